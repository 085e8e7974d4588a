import { TieDecisionSchema } from '../../../shared/scoring/tie-decision.schema';
import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../../../shared/judging/judging.schema';
import { localeOf } from '../../i18n/i18n';
import { formatNumber } from '../../ui/format';

/** `ballot:file.xlsx#Sheet!7` → the file, sheet and row of a paper ballot; null for other sources. */
export function parseBallotSource(source: string): { file: string; sheet: string | null; row: number | null } | null {
  if (!source.startsWith('ballot:')) return null;
  const rest = source.slice('ballot:'.length);
  const match = /^(.+)#(.*)!(\d+)$/.exec(rest);
  if (!match) return { file: rest, sheet: null, row: null };
  return { file: match[1] ?? rest, sheet: match[2] ?? '', row: Number(match[3]) };
}

/** Where a change came from, in the user's words ("Surat suara: file.xlsx, lembar Sheet, baris 7"). */
export function describeSource(source: string, t: TFunction): string {
  if (source === 'app') return t('history.source_app');
  const ballot = parseBallotSource(source);
  if (!ballot) return source;
  if (ballot.sheet === null || ballot.row === null) return t('history.source_ballotFile', { file: ballot.file });
  return t('history.source_ballot', { file: ballot.file, sheet: ballot.sheet, row: ballot.row });
}

/** The device time of an event in the user's local time and language (`23 Nov 2026, 08.15.02`). */
export function formatEventTime(at: string, language: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(date);
}

/** Old → new of a score, or what else changed, as one short line. */
export function describeChange(
  entry: HistoryEntry,
  t: TFunction,
  language: string,
  nomineeName: (id: string) => string = (id) => id,
): string {
  const value = (v: number | null) => (v === null ? t('history.empty_value') : formatNumber(v, language));
  switch (entry.type) {
    case 'score':
      return `${value(entry.oldValue)} → ${value(entry.value)}`;
    case 'release':
      return t(`history.released_${entry.value === 1 ? 'true' : 'false'}`);
    case 'reopen':
      return entry.text ? t('history.reason', { text: entry.text }) : '';
    case 'indicator':
      return `${value(entry.oldValue)} → ${value(entry.value)}${entry.text ? ` — ${t('history.reason', { text: entry.text })}` : ''}`;
    case 'tiebreak':
      return describeTie(entry, t, nomineeName);
    case 'finalise':
      return entry.value === 1
        ? t('history.sealed', { fingerprint: fingerprintOf(entry.text).slice(0, 16) })
        : t('history.reason', { text: entry.text ?? '' });
    case 'approve':
      return t('history.approved', { fingerprint: (entry.text ?? '').slice(0, 16) });
    default:
      return entry.text ?? '';
  }
}

/** A tie decision's order and reason; its text is the JSON the results service records. */
function describeTie(entry: HistoryEntry, t: TFunction, nomineeName: (id: string) => string): string {
  const parsed = TieDecisionSchema.safeParse(parseJson(entry.text));
  if (!parsed.success) return entry.text ?? '';
  return t('history.tieOrder', {
    order: parsed.data.nomineeIds.map(nomineeName).join(' › '),
    reason: parsed.data.reason,
  });
}

function parseJson(text: string | null): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return null;
  }
}

function fingerprintOf(text: string | null): string {
  const parsed = parseJson(text);
  return parsed && typeof parsed === 'object' && 'fingerprint' in parsed && typeof parsed.fingerprint === 'string'
    ? parsed.fingerprint
    : '';
}
