import type { i18n } from 'i18next';
import { formatLocaleNumber, parseLocaleNumber } from '../../../shared/format/number';
import type {
  IndicatorFile,
  IndicatorList,
  IndicatorPreview,
  IndicatorProblemReason,
} from '../../../shared/indicators/indicator.schema';
import { ruleInWords } from '../../../shared/indicators/rule-words';
import type { Download } from '../../../shared/judging/ballot.schema';
import { matchNominee, normalizeName } from '../../../shared/regions/name-match';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { readTable } from '../tabular/read-table';
import { indicatorTemplate } from './indicator-template';
import { importIndicators, previewIndicators, type IndicatorParsers } from './indicator-import.service';
import { listIndicators } from './indicator.service';

type FileInput = Omit<IndicatorFile, 'base64'>;

const languageOf = (i: i18n): 'id' | 'en' => (i.language === 'en' ? 'en' : 'id');

/** Values and bounds are shown as the user writes numbers ("87,5"); rows and columns are not. */
const NUMBER_PARAMS = new Set(['value', 'min', 'max']);

/** Indonesian numbers, Kemendagri codes and tolerant names, with problems in the caller's language. */
export function indicatorParsers(i: i18n): IndicatorParsers {
  const language = languageOf(i);
  return {
    parseNumber: parseLocaleNumber,
    matchNominee,
    normalize: normalizeName,
    message: (reason: IndicatorProblemReason, params) =>
      i.t(`indicator.${reason}`, {
        ns: 'errors',
        ...Object.fromEntries(
          Object.entries(params).map(([k, v]) => [
            k,
            typeof v === 'number' && NUMBER_PARAMS.has(k) ? formatLocaleNumber(v, language) : v,
          ]),
        ),
      }),
  };
}

/** A rule in words, in the caller's language. */
export const ruleTextFor = (i: i18n) => (k: Parameters<typeof ruleInWords>[0]) =>
  ruleInWords(k, languageOf(i), (key, params = {}) => i.t(`indicator.rule.${key}`, { ns: 'errors', ...params }));

/** Reads a CSV/XLSX indicator file and previews it against the award; nothing is written. */
export async function previewIndicatorFile(
  award: AwardDb,
  input: FileInput,
  bytes: Uint8Array,
  i: i18n,
): Promise<IndicatorPreview> {
  const sheets = await readTable(input.fileName, bytes);
  return previewIndicators(award, input, sheets, indicatorParsers(i));
}

/** Reads a CSV/XLSX indicator file and imports all of it, or nothing when any row has a problem. */
export async function importIndicatorFile(
  award: AwardDb,
  actorId: string | null,
  input: FileInput,
  bytes: Uint8Array,
  i: i18n,
  now = new Date(),
): Promise<IndicatorPreview> {
  const sheets = await readTable(input.fileName, bytes);
  return importIndicators(award, actorId, input, sheets, indicatorParsers(i), now);
}

/** The category's values with each rule in the caller's language. */
export const indicatorList = (award: AwardDb, categoryId: string, i: i18n): IndicatorList =>
  listIndicators(award, categoryId, ruleTextFor(i));

/** A ready template for one category (current values filled in). */
export function indicatorTemplateFile(
  award: AwardDb,
  categoryId: string,
  format: 'xlsx' | 'csv',
  i: i18n,
): Promise<Download> {
  const list = indicatorList(award, categoryId, i);
  if (list.criteria.length === 0)
    throw new UserError('invalid_input', 'errors.indicator.noIndicators', { category: list.category.name });
  const awardName = award.sqlite.prepare<[], { name: string }>('SELECT name FROM award').get()?.name ?? '';
  const t = (key: string, params: Record<string, unknown> = {}) => i.t(key, params);
  const n = (v: number) => formatLocaleNumber(v, languageOf(i));
  return indicatorTemplate(list, format, {
    title: t('indicator.template.title', { ns: 'errors', award: awardName }),
    category: t('ballot.category', { ns: 'documents' }),
    code: t('ballot.code', { ns: 'documents' }),
    nominee: t('ballot.nominee', { ns: 'documents' }),
    idRow: t('ballot.idRow', { ns: 'documents' }),
    instructions: t('indicator.template.instructions', { ns: 'errors' }),
    scale: (min, max) => t('indicator.template.scale', { ns: 'errors', min: n(min), max: n(max) }),
  });
}
