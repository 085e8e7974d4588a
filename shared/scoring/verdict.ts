import type { i18n } from 'i18next';
import type { Analysis, VerdictReason } from './analysis.schema';

const NS = 'results';

/** One reason or note in the user's language (`results.*` keys; an empty `winners` reads "nobody"). */
export function describeReason(t: i18n['t'], reason: VerdictReason): string {
  const key = reason.key.startsWith(`${NS}.`) ? reason.key.slice(NS.length + 1) : reason.key;
  const params = { ...reason.params };
  if (params.winners === '') params.winners = t('verdict.nobody', { ns: NS });
  return t(key, { ns: NS, ...params });
}

/**
 * The verdict as the jury reads it: first the plain sentence ("Stabil: …", or "Sensitif, karena
 * tanpa Juri A, pemenangnya menjadi …; …"; "Stabil pada pemeriksaan yang dapat dilakukan" when a
 * leave-one-out check had to be skipped), then one sentence per note (outlier jurors, low or
 * possibly chance agreement). `t` is an i18next `t` with the `results` namespace loaded.
 */
export function describeVerdict(t: i18n['t'], analysis: Pick<Analysis, 'verdict'>): string[] {
  const { verdict } = analysis;
  const joined = verdict.reasons.map((r) => describeReason(t, r)).join(t('verdict.separator', { ns: NS }));
  const partial = verdict.notes.some((n) => n.key === 'results.notes.looNotAssessed');
  const head =
    verdict.status === 'stable'
      ? t(partial ? 'verdict.stablePartial' : 'verdict.stable', { ns: NS })
      : t(verdict.status === 'sensitive' ? 'verdict.sensitive' : 'verdict.undetermined', { ns: NS, reasons: joined });
  return [head, ...verdict.notes.map((n) => describeReason(t, n))];
}
