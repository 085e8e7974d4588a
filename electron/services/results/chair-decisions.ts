import { TieDecisionSchema, type TieDecision } from '../../../shared/scoring/tie-decision.schema';
import type { AwardDb } from '../../db/open-award-db';
import { clockOf } from '../scoring/hlc';

// A 'tiebreak' event carries in its text the tied nominees, best first, and the reason (JSON).

interface TieEventRow {
  text: string | null;
  hlc: string;
  device_id: string;
}

/** The same key for a set of nominees whatever their order. */
export const setKey = (ids: readonly string[]) => [...ids].sort().join('\u0000');

/**
 * The ketua's tie decisions for a category, from its 'tiebreak' events: for each set of tied
 * nominees, the newest decision (last writer wins by clock, like every projection, so merged files
 * agree). Newest first, so the engine meets the current decision for a set before older ones.
 */
export function chairDecisions(award: AwardDb, categoryId: string): TieDecision[] {
  const rows = award.sqlite
    .prepare<[string], TieEventRow>(
      "SELECT text, hlc, device_id FROM event WHERE type = 'tiebreak' AND category_id = ?",
    )
    .all(categoryId)
    .map((row) => ({ row, clock: clockOf(row.hlc, row.device_id) }))
    .sort((a, b) => (a.clock < b.clock ? 1 : a.clock > b.clock ? -1 : 0));
  const seen = new Set<string>();
  const out: TieDecision[] = [];
  for (const { row } of rows) {
    const parsed = TieDecisionSchema.safeParse(safeJson(row.text));
    if (!parsed.success) continue;
    const key = setKey(parsed.data.nomineeIds);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(parsed.data);
  }
  return out;
}

function safeJson(text: string | null): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return null;
  }
}
