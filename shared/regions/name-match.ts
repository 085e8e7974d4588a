/** A nominee as the matcher sees it: region nominees carry their Kemendagri code. */
export interface MatchableNominee {
  id: string;
  name: string;
  kind: 'province' | 'regency' | 'city' | 'custom';
  regionCode: string | null;
}

export type NomineeMatch = { id: string } | { reason: 'unknown' | 'ambiguous' };

/** Abbreviations and old spellings people type, mapped to one word each (applied per word). */
const WORDS: Record<string, string> = {
  kab: 'kabupaten',
  kabupaten: 'kabupaten',
  kot: 'kota',
  kota: 'kota',
  kotamadya: 'kota',
  kodya: 'kota',
  prov: 'provinsi',
  propinsi: 'provinsi',
  provinsi: 'provinsi',
  kep: 'kepulauan',
  dki: 'daerah khusus ibukota',
  di: 'daerah istimewa',
  diy: 'daerah istimewa yogyakarta',
};
const KIND_WORDS = { kabupaten: 'regency', kota: 'city', provinsi: 'province' } as const;
type KindWord = keyof typeof KIND_WORDS;

/**
 * The form names are compared in: lower case, accents and punctuation dropped, single spaces,
 * and "Kab."/"Kab"/"Kabupaten" → "kabupaten", "Kot."/"Kota"/"Kotamadya" → "kota",
 * "Prov."/"Propinsi"/"Provinsi" → "provinsi", "Kep." → "kepulauan", "DKI"/"DI"/"DIY" expanded.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => WORDS[w] ?? w)
    .join(' ');
}

/**
 * A Kemendagri code in one form: "64.72", "6472", " 64.72 ", "64,72" → "64.72"; "64" → "64".
 * "64.1" becomes "64.10", because a spreadsheet that read "64.10" as a number shows it so.
 * Returns null for anything that is not a province or kab/kota code.
 */
export function normalizeRegionCode(text: string): string | null {
  const s = text.trim().replace(/\s+/g, '').replace(',', '.');
  let m = /^(\d{2})\.?(\d{2})$/.exec(s);
  if (m) return `${m[1]}.${m[2]}`;
  m = /^(\d{2})\.(\d)$/.exec(s);
  if (m) return `${m[1]}.${m[2]}0`;
  return /^\d{2}$/.test(s) ? s : null;
}

interface Keys {
  full: string;
  kind: KindWord | null;
  core: string;
}

function keysOf(name: string): Keys {
  const full = normalizeName(name);
  const [first = '', ...rest] = full.split(' ');
  const kind = first in KIND_WORDS && rest.length > 0 ? (first as KindWord) : null;
  return { full, kind, core: kind ? rest.join(' ') : full };
}

const compact = (s: string) => s.replace(/ /g, '');

function nomineeKind(n: MatchableNominee, keys: Keys): KindWord | null {
  if (n.kind === 'province') return 'provinsi';
  if (n.kind === 'regency') return 'kabupaten';
  if (n.kind === 'city') return 'kota';
  return keys.kind;
}

/** One id, or why not: the first tier with any candidate decides. */
function decide(ids: string[][]): NomineeMatch {
  for (const tier of ids) {
    const unique = [...new Set(tier)];
    if (unique.length === 1 && unique[0] !== undefined) return { id: unique[0] };
    if (unique.length > 1) return { reason: 'ambiguous' };
  }
  return { reason: 'unknown' };
}

/**
 * Finds the nominee a row means. By Kemendagri code first (any of "64.72", "6472", "64,72"), or
 * by a nominee's id, then by name: an exact normalized name wins; then the name without its
 * "Kabupaten"/"Kota"/"Provinsi" word ("Kutai Kartanegara" → "Kabupaten Kutai Kartanegara"),
 * which is 'ambiguous' when it fits more than one ("Bandung" with both Kab. and Kota Bandung).
 * A name that says its kind never matches a nominee of another kind ("Kab. Samarinda" is unknown).
 * Spaces and hyphens are finally ignored ("Tolitoli" = "Toli-Toli").
 */
export function matchNominee(key: { code?: string; name?: string }, nominees: MatchableNominee[]): NomineeMatch {
  const code = key.code?.trim() ?? '';
  if (code !== '') {
    const byId = nominees.find((n) => n.id === code);
    if (byId) return { id: byId.id };
    const wanted = normalizeRegionCode(code);
    if (wanted !== null) {
      const byCode = nominees.filter((n) => n.regionCode !== null && normalizeRegionCode(n.regionCode) === wanted);
      const decided = decide([byCode.map((n) => n.id)]);
      if ('id' in decided || decided.reason === 'ambiguous') return decided;
    }
  }
  const name = key.name ?? '';
  const wanted = keysOf(name);
  if (wanted.full === '') return { reason: 'unknown' };

  const all = nominees.map((n) => {
    const keys = keysOf(n.name);
    return { id: n.id, keys, kind: nomineeKind(n, keys) };
  });
  const kindFits = (kind: KindWord | null) => wanted.kind === null || kind === null || kind === wanted.kind;
  return decide([
    all.filter((n) => n.keys.full === wanted.full).map((n) => n.id),
    all.filter((n) => compact(n.keys.full) === compact(wanted.full)).map((n) => n.id),
    all.filter((n) => kindFits(n.kind) && n.keys.core === wanted.core).map((n) => n.id),
    all.filter((n) => kindFits(n.kind) && compact(n.keys.core) === compact(wanted.core)).map((n) => n.id),
  ]);
}
