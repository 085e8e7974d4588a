import { z } from 'zod';
import { Id, PinSchema } from '../award/award.schema';

/** Largest accepted signature image (the PNG bytes, not the data URL text). */
export const MAX_SIGNATURE_BYTES = 200 * 1024;

/** A drawn signature as the signature pad gives it: `data:image/png;base64,...`. */
export const SignatureDataUrl = z
  .string()
  .max(Math.ceil((MAX_SIGNATURE_BYTES * 4) / 3) + 64, { error: 'errors.certificate.signatureTooLarge' })
  .startsWith('data:image/png;base64,', { error: 'errors.certificate.signatureNotPng' });

export const SignatureSchema = z.object({
  jurorId: z.string(),
  name: z.string(),
  role: z.enum(['ketua', 'sekretaris', 'anggota']),
  /** The PNG data URL, or null when the juror has not drawn one yet. */
  image: z.string().nullable(),
  at: z.string().nullable(),
});
export type Signature = z.infer<typeof SignatureSchema>;

export const SaveSignatureSchema = z.object({
  /** Omit for the signed-in juror's own signature; another juror's needs the secretariat. */
  jurorId: Id.optional(),
  image: SignatureDataUrl,
});
export const JurorRefSchema = z.object({ jurorId: Id.optional() });

export const ApprovalSchema = z.object({
  jurorId: z.string(),
  name: z.string(),
  role: z.enum(['ketua', 'sekretaris', 'anggota']),
  /** When this juror approved the current seal, or null when they have not (yet). */
  approvedAt: z.string().nullable(),
});
export type Approval = z.infer<typeof ApprovalSchema>;

export const ApprovalsSchema = z.object({
  categoryId: z.string(),
  category: z.string(),
  sealed: z.boolean(),
  /** The sealed results' SHA-256 fingerprint the approvals refer to. */
  fingerprint: z.string().nullable(),
  approvals: z.array(ApprovalSchema),
});
export type Approvals = z.infer<typeof ApprovalsSchema>;

export const ApproveSchema = z.object({ categoryId: Id, pin: PinSchema });
export const CategoryRefSchema = z.object({ categoryId: Id });

/**
 * What a certificate's QR code carries, signed with the award's Ed25519 certificate key.
 * Short keys keep the QR code small: award, category, nominee, rank, title, date, public key.
 */
export const CertificateClaimSchema = z.object({
  a: z.string(),
  c: z.string(),
  n: z.string(),
  r: z.number().int().positive(),
  t: z.string(),
  d: z.string(),
  /** The award's Ed25519 public key (raw 32 bytes, base64url), so a verifier needs no file. */
  k: z.string(),
});
export type CertificateClaim = z.infer<typeof CertificateClaimSchema>;

export const VerifyCertificateSchema = z.object({ payload: z.string().trim().min(1).max(4000) });

export const CertificateCheckSchema = z.object({
  /** The signature is valid for the key inside the payload. */
  signatureValid: z.boolean(),
  claim: CertificateClaimSchema.nullable(),
  /** SHA-256 of the public key, first 16 hex digits: what the organiser publishes. */
  keyId: z.string().nullable(),
  /** Checked against an award file: null when no file was given. */
  award: z
    .object({
      /** The payload was signed with this award's key. */
      sameKey: z.boolean(),
      /** The nominee still holds this rank and title in the award's current results. */
      matchesResults: z.boolean(),
      category: z.string().nullable(),
      nominee: z.string().nullable(),
    })
    .nullable(),
  /** Valid overall: signature, and with a file the key and the results. */
  valid: z.boolean(),
  /** An errors.* key explaining why not, when not valid. */
  problem: z.string().nullable(),
});
export type CertificateCheck = z.infer<typeof CertificateCheckSchema>;

export const ExportCertificatesSchema = z.object({
  categoryId: Id.optional(),
  /** The committee passphrase: when given, every PDF is signed with the committee certificate. */
  passphrase: z.string().max(200).optional(),
});
export const JobRefSchema = z.object({ jobId: z.string().min(1).max(64) });

export const JobState = z.enum(['running', 'done', 'cancelled', 'failed']);
export const ExportJobSchema = z.object({
  jobId: z.string(),
  state: JobState,
  done: z.number().int(),
  total: z.number().int(),
  /** The folder the PDFs are written to. */
  dir: z.string(),
  /** The combined print file, once written. */
  combined: z.string().nullable(),
  error: z.string().nullable(),
});
export type ExportJob = z.infer<typeof ExportJobSchema>;

/** Largest accepted logo or background image for certificates (the image bytes). */
export const MAX_CERTIFICATE_IMAGE_BYTES = 3 * 1024 * 1024;

export const CertificateImagesSchema = z.object({
  /** The organiser's logo (PNG or JPEG data URL), or null. */
  logo: z.string().nullable(),
  /** A full-page background (PNG or JPEG data URL), or null for the drawn border. */
  background: z.string().nullable(),
});
export type CertificateImages = z.infer<typeof CertificateImagesSchema>;

export const SetCertificateImageSchema = z.object({
  kind: z.enum(['logo', 'background']),
  image: z
    .string()
    .max(Math.ceil((MAX_CERTIFICATE_IMAGE_BYTES * 4) / 3) + 64, { error: 'errors.certificate.imageTooLarge' })
    .regex(/^data:image\/(png|jpeg);base64,/, { error: 'errors.certificate.imageNotSupported' })
    .nullable(),
});
