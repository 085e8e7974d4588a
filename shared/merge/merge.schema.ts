import { z } from 'zod';

/** Format tag of the signed manifest inside a file exported for merge. */
export const MANIFEST_FORMAT = 'juri-merge/1';

/** What the device signs when it exports: its identity and the head of its hash chain. */
export const ManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  awardId: z.string().min(1),
  deviceId: z.string().min(1),
  jurorId: z.string().nullable(),
  /** The device's Ed25519 public key, SPKI PEM. */
  publicKey: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  headSeq: z.number().int().nonnegative(),
  headHash: z.string(),
  eventCount: z.number().int().nonnegative(),
  at: z.string(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** Why a source file was refused whole (the target is untouched). */
export const RefusalSchema = z.object({
  code: z.string(),
  /** The reason, translated for the user. */
  message: z.string(),
});
export type Refusal = z.infer<typeof RefusalSchema>;

export const MergeSourceReportSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  accepted: z.boolean(),
  refusal: RefusalSchema.nullable(),
  deviceId: z.string().nullable(),
  jurorId: z.string().nullable(),
  /** True when the device was not registered at distribution and was enrolled by this merge. */
  enrolled: z.boolean(),
  added: z.number().int(),
  duplicates: z.number().int(),
  devices: z.array(z.string()),
  jurors: z.array(z.string()),
  /** The schema version of the source; older sources are migrated in a copy first. */
  schemaVersion: z.number().int().nullable(),
});
export type MergeSourceReport = z.infer<typeof MergeSourceReportSchema>;

export const ConflictKindSchema = z.enum(['cell', 'after_submit', 'quarantine']);
export type ConflictKind = z.infer<typeof ConflictKindSchema>;

/** One version of a cell as a device last wrote it. */
export const ConflictVersionSchema = z.object({
  deviceId: z.string(),
  value: z.number().nullable(),
  hlc: z.string(),
  at: z.string(),
  eventHash: z.string(),
});

/** Something the secretariat must decide; nothing is resolved silently. */
export const ConflictSchema = z.object({
  id: z.string(),
  kind: ConflictKindSchema,
  jurorId: z.string().nullable(),
  categoryId: z.string().nullable(),
  nomineeId: z.string().nullable(),
  criterionId: z.string().nullable(),
  /** The value the award file holds now (last writer wins). */
  current: z.number().nullable(),
  versions: z.array(ConflictVersionSchema),
  /** Quarantine only: what the target lacks (`nominee`, `criterion`, `category`, `juror`). */
  missing: z.array(z.string()),
  resolved: z
    .object({ value: z.number().nullable(), reason: z.string(), by: z.string().nullable(), at: z.string() })
    .nullable(),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const MergeReportSchema = z.object({
  mergeId: z.string().nullable(),
  at: z.string(),
  sources: z.array(MergeSourceReportSchema),
  conflicts: z.array(ConflictSchema),
  /** Where the target was backed up before this merge changed it; null when nothing changed. */
  backupPath: z.string().nullable(),
});
export type MergeReport = z.infer<typeof MergeReportSchema>;

export const MergeFileInputSchema = z.object({ fileName: z.string().min(1).max(255), base64: z.string() });

export const ResolveInputSchema = z.object({
  conflictId: z.string().min(1),
  value: z.number().finite().nullable(),
  reason: z.string().trim().min(1).max(1000),
});
export type ResolveInput = z.infer<typeof ResolveInputSchema>;

export const DistributedFileSchema = z.object({
  jurorId: z.string(),
  jurorName: z.string(),
  deviceId: z.string(),
  path: z.string(),
});
export type DistributedFile = z.infer<typeof DistributedFileSchema>;

export const UndoResultSchema = z.object({ restoredFrom: z.string(), mergeId: z.string() });
export type UndoResult = z.infer<typeof UndoResultSchema>;
