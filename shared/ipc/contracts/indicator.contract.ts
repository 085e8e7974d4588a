import { z } from 'zod';
import { Id } from '../../award/award.schema';
import {
  IndicatorFileSchema,
  IndicatorHistoryEntrySchema,
  IndicatorListSchema,
  IndicatorPreviewSchema,
  IndicatorTemplateRequestSchema,
  SetIndicatorRuleSchema,
  SetIndicatorSchema,
} from '../../indicators/indicator.schema';
import { DownloadSchema } from '../../judging/ballot.schema';
import { op } from '../op';

const byCategory = z.object({ categoryId: Id });

/** The `indicator` namespace of the one IPC contract (composed in ../contract.ts). */
export const indicatorContract = {
  list: op(
    "A category's indicator criteria (with the scoring rule in words), nominees and measured values; any signed-in juror.",
    byCategory,
    IndicatorListSchema,
  ),
  template: op(
    'A ready indicator template for one category (XLSX or CSV), current values filled in; ketua or sekretaris.',
    IndicatorTemplateRequestSchema,
    DownloadSchema,
  ),
  preview: op(
    'Read an indicator file (CSV/XLSX) against a category: every value with its change and every problem. Writes nothing.',
    IndicatorFileSchema,
    IndicatorPreviewSchema,
  ),
  import: op(
    'Import an indicator file: all of its new or changed values in one transaction, or nothing when any row has a problem.',
    IndicatorFileSchema,
    IndicatorPreviewSchema,
  ),
  set: op(
    'Enter, correct or clear one measured value, with a reason (ketua or sekretaris); recorded in the history.',
    SetIndicatorSchema,
    IndicatorListSchema,
  ),
  setRule: op(
    "Change an indicator criterion's scoring rule (min–max, target with cap, rank) and direction; ketua or sekretaris.",
    SetIndicatorRuleSchema,
    IndicatorListSchema,
  ),
  history: op(
    "Every change of a category's indicator values, newest first: who, when, old → new, source and reason.",
    byCategory,
    z.array(IndicatorHistoryEntrySchema),
  ),
} as const;
