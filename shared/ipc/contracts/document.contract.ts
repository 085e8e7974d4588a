import { z } from 'zod';
import {
  CategoryRefSchema,
  CommitteeStatusSchema,
  CreateCommitteeSchema,
  DecisionRequestSchema,
  PdfFileSchema,
  ReopenSealSchema,
  SealSchema,
  VerifyReportSchema,
} from '../../documents/document.schema';
import { DownloadSchema } from '../../judging/ballot.schema';
import { op, none } from '../op';

/** The `document` namespace of the one IPC contract (composed in ../contract.ts). */
export const documentContract = {
  committee: op(
    "The award's committee certificate: whether it exists, its subject and SHA-256.",
    none,
    CommitteeStatusSchema,
  ),
  createCommittee: op(
    'Create the committee certificate, its key encrypted under the passphrase the ketua sets (ketua only, once).',
    CreateCommitteeSchema,
    CommitteeStatusSchema,
  ),
  certificate: op('The committee certificate as a .cer file (DER) for recipients to trust.', none, DownloadSchema),
  seals: op('The seal state of every category: sealed with its fingerprint, or open.', none, z.array(SealSchema)),
  finalise: op(
    "Seal a category's current results with their SHA-256 fingerprint (ketua only).",
    CategoryRefSchema,
    SealSchema,
  ),
  reopen: op(
    'Lift the seal of a category with a written reason, kept in the history (ketua only).',
    ReopenSealSchema,
    SealSchema,
  ),
  decision: op(
    'The signed decision sheet (Berita Acara) of one sealed category or the whole award, as PDF (ketua or sekretaris).',
    DecisionRequestSchema,
    DownloadSchema,
  ),
  verify: op(
    'Check a signed PDF: each signature, the signer, the time, and (with an award open) the committee and the sealed results.',
    PdfFileSchema,
    VerifyReportSchema,
  ),
} as const;
