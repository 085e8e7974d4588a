import type { i18n } from 'i18next';
import { formatLocaleNumber, parseLocaleNumber } from '../../../shared/format/number';
import type { BallotPreview, Download } from '../../../shared/judging/ballot.schema';
import { matchNominee, normalizeName } from '../../../shared/regions/name-match';
import type { AwardDb } from '../../db/open-award-db';
import { readTable } from '../tabular/read-table';
import { ballotTemplate, templateWords } from './ballot-template';
import { importBallot, previewBallot, type BallotMessage, type BallotParsers } from './ballot.service';

/** Indonesian number formats, Kemendagri codes and tolerant names: what a paper ballot is read with. */
export const ballotParsers: BallotParsers = {
  parseNumber: parseLocaleNumber,
  matchNominee,
  normalize: normalizeName,
};

/** A ballot problem in the caller's language (`errors:ballot.<reason>`). */
export const ballotMessage =
  (i: i18n): BallotMessage =>
  (reason, params) => {
    const language = i.language === 'en' ? 'en' : 'id';
    const shown = Object.fromEntries(
      Object.entries(params).map(([key, v]) => [
        key,
        typeof v === 'number' && NUMBER_PARAMS.has(key)
          ? formatLocaleNumber(v, language, { maximumFractionDigits: 4 })
          : v,
      ]),
    );
    return i.t(`ballot.${reason}`, { ns: 'errors', ...shown });
  };

/** Scores and scale bounds are shown as the user writes numbers ("87,5"); rows and columns are not. */
const NUMBER_PARAMS = new Set(['value', 'min', 'max', 'step']);

/** Reads a CSV/XLSX ballot file and previews it against the award; nothing is written. */
export async function previewBallotFile(
  award: AwardDb,
  jurorId: string,
  fileName: string,
  bytes: Uint8Array,
  i: i18n,
): Promise<BallotPreview> {
  const sheets = await readTable(fileName, bytes);
  return previewBallot(award, jurorId, fileName, sheets, ballotParsers, ballotMessage(i));
}

/** Reads a CSV/XLSX ballot file and imports all of it, or nothing when any row has a problem. */
export async function importBallotFile(
  award: AwardDb,
  jurorId: string,
  actorId: string | null,
  fileName: string,
  bytes: Uint8Array,
  i: i18n,
  now = new Date(),
): Promise<BallotPreview> {
  const sheets = await readTable(fileName, bytes);
  return importBallot(award, jurorId, actorId, fileName, sheets, ballotParsers, ballotMessage(i), now);
}

/** A ready ballot template for one juror (one category, or all with judged criteria). */
export function ballotTemplateFile(
  award: AwardDb,
  jurorId: string,
  options: { categoryId?: string; format: 'xlsx' | 'csv' },
  i: i18n,
): Promise<Download> {
  return ballotTemplate(award, jurorId, options, templateWords(i));
}
