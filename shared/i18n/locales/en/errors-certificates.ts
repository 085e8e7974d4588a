import type { certificateErrors as id } from '../id/errors-certificates';

export const certificateErrors: Record<keyof typeof id, string> = {
  signatureNotPng: 'The signature must be a PNG image from the signature pad.',
  signatureDamaged: 'The signature image is damaged or incomplete. Draw it again and save.',
  signatureTooLarge: 'The signature image is too large ({{kb}} KB, at most {{max}} KB).',
  notSealed: "This category's decision is not finalised yet. The ketua must finalise it before jurors can approve it.",
  noWinners: 'There are no winners to print certificates for yet. Check the results and the category’s winner rules.',
  jobNotFound: 'Export job not found (the app may have been restarted).',
  exportFailed: 'Exporting the certificates failed: {{reason}}',
  payloadUnreadable: 'This QR code is not a Juri certificate, or its content is damaged.',
  signatureInvalid: "The certificate's digital signature is not valid: its content has been changed.",
  otherAward: "This certificate was signed with another award's key, not this file's.",
  resultsDiffer: "This certificate does not match the award file's current results.",
  qrNotFound: 'No QR code found in the image "{{path}}".',
  outNotDirectory: 'The output folder "{{path}}" cannot be used.',
  imageTooLarge: 'The image is too large (at most 3 MB).',
  imageNotSupported: 'The image must be a PNG or JPEG.',
};
