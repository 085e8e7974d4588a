import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Analysis } from '../../../shared/scoring/analysis.schema';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';
import type { Seal, SealedResults } from '../../../shared/documents/document.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { awardResults } from '../results/results.service';
import { scoringFor } from '../scoring/scoring.service';

const MIN_REASON = 5;

/**
 * The results the jury signs off, in a form that does not depend on floats or key order:
 * exact scores as fractions and 2-decimal strings, ranks, winners, Kendall's W as a fraction,
 * tie-break decisions with their reasons.
 */
export function sealedResults(result: CategoryResult, analysis: Analysis): SealedResults {
  return {
    format: 'juri-results/1',
    categoryId: result.categoryId,
    name: result.name,
    method: result.method,
    ranking: result.ranking.map((r) => ({
      nomineeId: r.nomineeId,
      name: r.name,
      rank: r.rank,
      score: r.score === null ? null : { exact: `${r.score.num}/${r.score.den}`, fixed: r.score.fixed },
      insufficient: r.insufficient,
      jurorCount: r.jurorCount,
    })),
    winners: result.winners.map((w) => ({ nomineeId: w.nomineeId, rank: w.rank, title: w.title })),
    agreement: {
      kendallW: analysis.agreement.kendallWExact,
      jurorIds: analysis.agreement.jurorIds,
      nomineeIds: analysis.agreement.nomineeIds,
    },
    tieBreaks: result.tieBreaks.map((t) => ({
      rank: t.rank,
      nomineeIds: t.nomineeIds,
      kind: t.kind,
      criterionId: t.criterionId,
      groups: t.groups,
      reason: t.reason,
    })),
  };
}

/** SHA-256 (hex) over the RFC 8785 canonical JSON of the sealed results. */
export function fingerprintOf(results: unknown): string {
  const text = canonicalize(results);
  if (text === undefined) throw new Error('results cannot be canonicalised');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The live results of one category and their fingerprint, as they would be sealed now. */
export async function currentSeal(
  award: AwardDb,
  categoryId: string,
): Promise<{ results: SealedResults; fingerprint: string; result: CategoryResult; analysis: Analysis }> {
  const [first] = await awardResults(award, categoryId, { breakdown: true });
  if (!first) throw new UserError('not_found', 'errors.notFound', { what: categoryId });
  const results = sealedResults(first.result, first.analysis);
  return { results, fingerprint: fingerprintOf(results), ...first };
}

interface SealRow {
  category_id: string;
  sealed: number;
  fingerprint: string | null;
  results: string | null;
  clock: string;
}

interface SealEvent {
  at: string;
  actor: string | null;
  value: number | null;
  text: string | null;
}

/** The seal state of every category (unsealed ones included), with who sealed or reopened it last. */
export function listSeals(award: AwardDb): Seal[] {
  const categories = award.sqlite
    .prepare<[], { id: string; name: string }>('SELECT id, name FROM category ORDER BY position_no')
    .all();
  return categories.map((c) => sealOfCategory(award, c.id, c.name));
}

/** The seal state of one category. */
export function sealOf(award: AwardDb, categoryId: string): Seal {
  const category = award.sqlite
    .prepare<[string], { name: string }>('SELECT name FROM category WHERE id = ?')
    .get(categoryId);
  if (!category) throw new UserError('not_found', 'errors.notFound', { what: categoryId });
  return sealOfCategory(award, categoryId, category.name);
}

function sealOfCategory(award: AwardDb, categoryId: string, name: string): Seal {
  const row = award.sqlite
    .prepare<[string], SealRow>(
      'SELECT category_id, sealed, fingerprint, results, clock FROM seal WHERE category_id = ?',
    )
    .get(categoryId);
  const last = award.sqlite
    .prepare<[string], SealEvent>(
      `SELECT e.at, j.name AS actor, e.value, e.text FROM event e LEFT JOIN juror j ON j.id = e.actor_id
       WHERE e.type = 'finalise' AND e.category_id = ? ORDER BY e.hlc DESC, e.device_id DESC LIMIT 1`,
    )
    .get(categoryId);
  const sealed = row?.sealed === 1;
  return {
    categoryId,
    name,
    sealed,
    fingerprint: sealed ? (row?.fingerprint ?? null) : null,
    at: last?.at ?? null,
    by: last?.actor ?? null,
    reopenReason: !sealed && last && last.value !== 1 ? (last.text ?? null) : null,
  };
}

/** The sealed results stored for a category, or null when it is not sealed. */
export function sealedResultsOf(award: AwardDb, categoryId: string): { fingerprint: string; results: unknown } | null {
  const row = award.sqlite
    .prepare<[string], SealRow>(
      'SELECT category_id, sealed, fingerprint, results, clock FROM seal WHERE category_id = ?',
    )
    .get(categoryId);
  if (!row || row.sealed !== 1 || !row.fingerprint || row.results === null) return null;
  return { fingerprint: row.fingerprint, results: JSON.parse(row.results) as unknown };
}

/**
 * The ketua finalises a category: its current results are sealed with their fingerprint in a
 * 'finalise' event. Refused when already sealed, or when nobody can be ranked yet.
 */
export async function finaliseCategory(
  award: AwardDb,
  actorId: string,
  categoryId: string,
  now = new Date(),
): Promise<Seal> {
  const current = await currentSeal(award, categoryId);
  if (current.result.ranking.every((r) => r.rank === null)) {
    throw new UserError('invalid_input', 'errors.document.nothingToFinalise', { category: current.result.name });
  }
  const text = JSON.stringify({ fingerprint: current.fingerprint, results: current.results });
  scoringFor(award).log.append(now, () => {
    if (sealOf(award, categoryId).sealed) {
      throw new UserError('conflict', 'errors.document.alreadySealed', { category: current.result.name });
    }
    return {
      drafts: [{ type: 'finalise', actor_id: actorId, category_id: categoryId, value: 1, text }],
      result: () => undefined,
    };
  });
  return sealOf(award, categoryId);
}

/** An audited reopen: the seal is lifted with the ketua's reason, kept in the history. */
export function reopenCategory(
  award: AwardDb,
  actorId: string,
  categoryId: string,
  reason: string,
  now = new Date(),
): Seal {
  const why = reason.trim();
  if (why.length < MIN_REASON) {
    throw new UserError('invalid_input', 'errors.document.reasonTooShort', { min: MIN_REASON }, [
      { path: ['reason'], message: 'errors.document.reasonTooShort' },
    ]);
  }
  scoringFor(award).log.append(now, () => {
    const seal = sealOf(award, categoryId);
    if (!seal.sealed) throw new UserError('conflict', 'errors.document.notSealed', { category: seal.name });
    return {
      drafts: [{ type: 'finalise', actor_id: actorId, category_id: categoryId, value: 0, text: why }],
      result: () => undefined,
    };
  });
  return sealOf(award, categoryId);
}

/**
 * The sealed results of a category, checked against the live ones: a decision sheet is only made
 * for a sealed category whose results have not changed since (a change needs a reopen first).
 */
export async function requireSealed(award: AwardDb, categoryId: string) {
  const seal = sealOf(award, categoryId);
  if (!seal.sealed || !seal.fingerprint) {
    throw new UserError('conflict', 'errors.document.notSealed', { category: seal.name });
  }
  const current = await currentSeal(award, categoryId);
  if (current.fingerprint !== seal.fingerprint) {
    throw new UserError('conflict', 'errors.document.sealMismatch', { category: seal.name });
  }
  return { seal, ...current };
}
