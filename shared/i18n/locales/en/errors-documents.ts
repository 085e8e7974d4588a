import type { documentErrors as id } from '../id/errors-documents';

export const documentErrors: Record<keyof typeof id, string> = {
  passphraseTooShort: 'The passphrase needs at least {{min}} characters.',
  passphraseMismatch: 'The two passphrases differ.',
  passphraseMissing: 'No passphrase for the jury certificate was given. Set the JURI_PASSPHRASE environment variable.',
  wrongPassphrase: 'Wrong passphrase for the jury certificate.',
  committeeKeyExists:
    'This award already has a jury certificate. It is not replaced, so documents already signed stay checkable.',
  noCommitteeKey: 'This award has no jury certificate yet. The chair can create it under Documents.',
  nothingToFinalise: 'The category {{category}} cannot be finalised yet: nobody can be ranked.',
  alreadySealed: 'The category {{category}} is already finalised.',
  notSealed: 'The category {{category}} is not finalised yet. The chair of the jury must finalise it first.',
  sealMismatch: 'The results of {{category}} changed after finalising. The chair must reopen and finalise it again.',
  reasonTooShort: 'Write a reason of at least 5 characters.',
  sealedCategory: 'The category {{category}} is finalised; scores cannot change until the chair reopens it.',
  notPdf: 'The file "{{name}}" is not a PDF.',
  documentInvalid: 'The document is NOT VALID.',
};
