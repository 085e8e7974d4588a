import { z } from 'zod';
import { DownloadSchema } from '../../judging/ballot.schema';
import {
  ConflictSchema,
  DistributedFileSchema,
  MergeFileInputSchema,
  MergeReportSchema,
  MergeSourceReportSchema,
  ResolveInputSchema,
  UndoResultSchema,
} from '../../merge/merge.schema';
import { none, op } from '../op';

/** The `merge` namespace of the one IPC contract (composed in ../contract.ts). */
export const mergeContract = {
  distribute: op(
    'Make one committee file per juror (same setup, own device key registered here) in outDir, or in a folder beside the award (secretariat only).',
    z.object({ outDir: z.string().min(1).nullable().optional() }),
    z.array(DistributedFileSchema),
  ),
  exportFile: op(
    'Export this committee file for merging: a consistent snapshot with a manifest signed by this device (signed-in juror).',
    none,
    DownloadSchema,
  ),
  merge: op(
    'Merge committee files exported for merge into the open award: each checked whole, all new events in one transaction, backup first (secretariat only).',
    z
      .object({
        files: z.array(MergeFileInputSchema).max(200).default([]),
        paths: z.array(z.string().min(1)).max(200).default([]),
      })
      .refine((v) => v.files.length + v.paths.length > 0, { message: 'errors.required', path: ['files'] }),
    MergeReportSchema,
  ),
  undo: op('Undo the last merge: restore the backup taken before it (secretariat only).', none, UndoResultSchema),
  report: op(
    'What was merged so far (per source, newest first) and whether a merge can be undone (secretariat only).',
    none,
    z.object({
      sources: z.array(MergeSourceReportSchema),
      lastMerge: z.object({ mergeId: z.string(), at: z.string() }).nullable(),
    }),
  ),
  conflicts: op(
    'Every conflict found in the merged events, open and decided (secretariat only).',
    none,
    z.array(ConflictSchema),
  ),
  resolve: op(
    "Decide a conflict: recorded as a 'resolve' event; for a score the chosen value is written too (secretariat only).",
    ResolveInputSchema,
    ConflictSchema,
  ),
} as const;
