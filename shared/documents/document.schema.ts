import { z } from 'zod';
import { Id } from '../award/award.schema';
import { ScoringMethod } from '../scoring/scoring-input.schema';

/** What the decision documents, finalising and verification exchange between main and the renderer. */

/** The canonical results of one category as sealed (`juri-results/1`); the fingerprint is SHA-256 over RFC 8785 JSON. */
export const SealedResultsSchema = z.object({
  format: z.literal('juri-results/1'),
  categoryId: z.string(),
  name: z.string(),
  method: ScoringMethod,
  ranking: z.array(
    z.object({
      nomineeId: z.string(),
      name: z.string(),
      rank: z.number().int().nullable(),
      /** `exact` is the reduced fraction `num/den`; `fixed` the published 2-decimal figure. */
      score: z.object({ exact: z.string(), fixed: z.string() }).nullable(),
      insufficient: z.boolean(),
      jurorCount: z.number().int(),
    }),
  ),
  winners: z.array(z.object({ nomineeId: z.string(), rank: z.number().int(), title: z.string().nullable() })),
  agreement: z.object({
    kendallW: z.string().nullable(),
    jurorIds: z.array(z.string()),
    nomineeIds: z.array(z.string()),
  }),
  tieBreaks: z.array(
    z.object({
      rank: z.number().int(),
      nomineeIds: z.array(z.string()),
      kind: z.string(),
      criterionId: z.string().nullable(),
      groups: z.array(z.array(z.string())),
      reason: z.string().nullable(),
    }),
  ),
});
export type SealedResults = z.infer<typeof SealedResultsSchema>;

/** A category's seal: sealed with its fingerprint, or open (with the reason of the last reopen). */
export const SealSchema = z.object({
  categoryId: z.string(),
  name: z.string(),
  sealed: z.boolean(),
  fingerprint: z.string().nullable(),
  /** When and by whom the category was last finalised or reopened. */
  at: z.string().nullable(),
  by: z.string().nullable(),
  reopenReason: z.string().nullable(),
});
export type Seal = z.infer<typeof SealSchema>;

export const CommitteeStatusSchema = z.object({
  exists: z.boolean(),
  subject: z.string().nullable(),
  /** SHA-256 of the certificate, `AB:CD:…`, to read out when recipients import the `.cer`. */
  fingerprint: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type CommitteeStatus = z.infer<typeof CommitteeStatusSchema>;

export const PassphraseSchema = z.string().min(1, { error: 'errors.required' }).max(200);

export const CreateCommitteeSchema = z
  .object({
    passphrase: z.string().min(4, { error: 'errors.document.passphraseTooShort' }).max(200),
    confirm: z.string(),
  })
  .refine((v) => v.passphrase === v.confirm, { path: ['confirm'], error: 'errors.document.passphraseMismatch' });

export const CategoryRefSchema = z.object({ categoryId: Id });
export const ReopenSealSchema = z.object({
  categoryId: Id,
  reason: z.string().trim().min(5, { error: 'errors.document.reasonTooShort' }).max(2000),
});

export const DecisionRequestSchema = z.object({
  /** Omitted: one sheet for the whole award (every category must be sealed). */
  categoryId: Id.optional(),
  passphrase: PassphraseSchema,
  language: z.enum(['id', 'en']).optional(),
});
export type DecisionRequest = z.infer<typeof DecisionRequestSchema>;

/** A file the user chose, sent as base64 (at most ~30 MB of PDF). */
export const PdfFileSchema = z.object({ fileName: z.string().max(500), base64: z.string().max(40_000_000) });

/** What Juri writes into the PDF's information dictionary (`/JuriDocument`, base64 JSON), covered by the signature. */
export const DocumentClaimSchema = z.object({
  format: z.literal('juri-document/1'),
  kind: z.enum(['decision']),
  awardId: z.string(),
  award: z.string(),
  documentNumber: z.string(),
  categories: z.array(z.object({ id: z.string(), name: z.string(), fingerprint: z.string() })),
});
export type DocumentClaim = z.infer<typeof DocumentClaimSchema>;

export const SignatureCheckSchema = z.object({
  /** The PKCS#7 matches the bytes it covers and was made by the certificate it carries. */
  valid: z.boolean(),
  /** The signature covers the file to its end (a later one may have been appended). */
  coversWholeFile: z.boolean(),
  signer: z.string().nullable(),
  signingTime: z.string().nullable(),
  /** SHA-256 of the signer certificate, `AB:CD:…`. */
  certificateFingerprint: z.string().nullable(),
  /** The signer is this award's committee certificate (null when no award was given). */
  committee: z.boolean().nullable(),
  problem: z.string().nullable(),
});
export type SignatureCheck = z.infer<typeof SignatureCheckSchema>;

export const VerifyReportSchema = z.object({
  /** Every signature valid, the last one covering the whole file, and (with an award) the first by its committee. */
  valid: z.boolean(),
  signatures: z.array(SignatureCheckSchema),
  claim: DocumentClaimSchema.nullable(),
  /** With an award: the document belongs to it (same award id and committee certificate). */
  sameAward: z.boolean().nullable(),
  /** With an award: per category, whether the signed fingerprint equals the one sealed in the file. */
  categories: z.array(
    z.object({ id: z.string(), name: z.string(), fingerprint: z.string(), matches: z.boolean().nullable() }),
  ),
  /** Translated sentences explaining why the document is not valid. */
  problems: z.array(z.string()),
});
export type VerifyReport = z.infer<typeof VerifyReportSchema>;
