import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Language } from '../../../shared/i18n/i18n';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';
import type { AwardDb } from '../../db/open-award-db';
import { awardResults } from '../results/results.service';
import { readSetup } from '../setup.service';
import { slug } from './certificate-data';

const LABELS = {
  id: {
    rankings: 'Peringkat',
    scores: 'Nilai Juri',
    history: 'Riwayat',
    category: 'Kategori',
    rank: 'Peringkat',
    nominee: 'Peserta',
    nomineeId: 'ID Peserta',
    score: 'Nilai Akhir',
    title: 'Predikat',
    counted: 'Juri Dihitung',
    note: 'Catatan',
    insufficient: 'Data belum cukup',
    juror: 'Juri',
    criterion: 'Kriteria',
    raw: 'Nilai',
    mapped: 'Nilai (0–100)',
    status: 'Status',
    total: 'Total Juri (0–100)',
    at: 'Waktu',
    type: 'Jenis',
    actor: 'Pelaku',
    oldValue: 'Nilai Lama',
    value: 'Nilai Baru',
    text: 'Keterangan',
    source: 'Sumber',
    device: 'Perangkat',
    seq: 'Urutan',
    statuses: {
      counted: 'dihitung',
      conflict: 'konflik kepentingan',
      incomplete: 'belum lengkap',
      missing: 'belum menilai',
    },
  },
  en: {
    rankings: 'Rankings',
    scores: 'Juror scores',
    history: 'Event history',
    category: 'Category',
    rank: 'Rank',
    nominee: 'Nominee',
    nomineeId: 'Nominee ID',
    score: 'Final score',
    title: 'Title',
    counted: 'Jurors counted',
    note: 'Note',
    insufficient: 'Insufficient data',
    juror: 'Juror',
    criterion: 'Criterion',
    raw: 'Score',
    mapped: 'Score (0–100)',
    status: 'Status',
    total: 'Juror total (0–100)',
    at: 'Time',
    type: 'Type',
    actor: 'Actor',
    oldValue: 'Old value',
    value: 'New value',
    text: 'Text',
    source: 'Source',
    device: 'Device',
    seq: 'Sequence',
    statuses: { counted: 'counted', conflict: 'conflict of interest', incomplete: 'incomplete', missing: 'not scored' },
  },
} as const;

interface HistoryRow {
  device_id: string;
  seq: number;
  at: string;
  type: string;
  actor: string | null;
  juror: string | null;
  category: string | null;
  nominee: string | null;
  criterion: string | null;
  old_value: number | null;
  value: number | null;
  text: string | null;
  source: string;
}

/** Published scores are the engine's 2-decimal figure (exactly rounded), never a float rounding. */
const published = (fixed: string | undefined) => (fixed === undefined ? null : Number(fixed));

function titleOf(result: CategoryResult, nomineeId: string): string {
  return result.winners.find((w) => w.nomineeId === nomineeId)?.title ?? '';
}

function header(sheet: ExcelJS.Worksheet, columns: { header: string; width: number }[]): void {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * The results workbook: rankings per category, every juror's scores (raw and on 0–100, with
 * why a juror was not counted), and the whole history of the award file, oldest first.
 */
export async function resultsWorkbook(award: AwardDb, language: Language = 'id'): Promise<Buffer> {
  const L = LABELS[language];
  const setup = await readSetup(award);
  const results = await awardResults(award, undefined, { breakdown: true });
  const jurors = new Map(setup.jurors.map((j) => [j.id, j.name]));
  const criteria = new Map(setup.categories.flatMap((c) => c.criteria.map((k) => [k.id, k.name] as const)));
  const book = new ExcelJS.Workbook();
  book.creator = 'Juri';
  book.title = setup.award.programme.name;

  const rankings = book.addWorksheet(L.rankings);
  header(rankings, [
    { header: L.category, width: 40 },
    { header: L.rank, width: 10 },
    { header: L.nominee, width: 34 },
    { header: L.nomineeId, width: 14 },
    { header: L.score, width: 12 },
    { header: L.title, width: 16 },
    { header: L.counted, width: 14 },
    { header: L.note, width: 20 },
  ]);
  const scores = book.addWorksheet(L.scores);
  header(scores, [
    { header: L.category, width: 40 },
    { header: L.nominee, width: 34 },
    { header: L.juror, width: 30 },
    { header: L.status, width: 20 },
    { header: L.criterion, width: 40 },
    { header: L.raw, width: 10 },
    { header: L.mapped, width: 14 },
    { header: L.total, width: 16 },
  ]);
  for (const { result } of results) {
    for (const r of result.ranking) {
      rankings.addRow([
        result.name,
        r.rank,
        r.name,
        r.nomineeId,
        published(r.score?.fixed),
        titleOf(result, r.nomineeId),
        r.jurorCount,
        r.insufficient ? L.insufficient : '',
      ]);
      for (const j of r.breakdown.jurors) {
        for (const k of j.criteria) {
          scores.addRow([
            result.name,
            r.name,
            jurors.get(j.jurorId) ?? j.jurorId,
            L.statuses[j.status],
            criteria.get(k.criterionId) ?? k.criterionId,
            k.raw,
            k.mapped,
            published(j.total?.fixed),
          ]);
        }
      }
    }
  }
  for (const sheet of [rankings, scores]) sheet.getColumn(sheet === rankings ? 5 : 7).numFmt = '0.00';

  const history = book.addWorksheet(L.history);
  header(history, [
    { header: L.at, width: 24 },
    { header: L.type, width: 12 },
    { header: L.actor, width: 28 },
    { header: L.juror, width: 28 },
    { header: L.category, width: 30 },
    { header: L.nominee, width: 28 },
    { header: L.criterion, width: 30 },
    { header: L.oldValue, width: 10 },
    { header: L.value, width: 10 },
    { header: L.text, width: 40 },
    { header: L.source, width: 16 },
    { header: L.device, width: 38 },
    { header: L.seq, width: 8 },
  ]);
  const rows = award.sqlite
    .prepare<[], HistoryRow>(
      `SELECT e.device_id, e.seq, e.at, e.type, a.name AS actor, j.name AS juror, c.name AS category,
         n.name AS nominee, k.name AS criterion, e.old_value, e.value, e.text, e.source
       FROM event e
       LEFT JOIN juror a ON a.id = e.actor_id LEFT JOIN juror j ON j.id = e.juror_id
       LEFT JOIN category c ON c.id = e.category_id LEFT JOIN nominee n ON n.id = e.nominee_id
       LEFT JOIN criterion k ON k.id = e.criterion_id
       ORDER BY e.hlc, e.device_id`,
    )
    .iterate();
  for (const e of rows) {
    history.addRow([
      e.at,
      e.type,
      e.actor,
      e.juror,
      e.category,
      e.nominee,
      e.criterion,
      e.old_value,
      e.value,
      e.text,
      e.source,
      e.device_id,
      e.seq,
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * One CSV per category: the ranking with each juror's total. Indonesian files use `;` and a
 * decimal comma (what Excel expects in an Indonesian locale), English ones `,` and a dot.
 */
export async function resultsCsv(
  award: AwardDb,
  language: Language = 'id',
): Promise<{ fileName: string; text: string }[]> {
  const L = LABELS[language];
  const setup = await readSetup(award);
  const results = await awardResults(award, undefined, { breakdown: true });
  const number = (v: number | null) => (v === null ? '' : language === 'id' ? String(v).replace('.', ',') : String(v));
  return results.map(({ result }) => {
    const panel = setup.jurors;
    const rows = result.ranking.map((r) => {
      const totals = new Map(r.breakdown.jurors.map((j) => [j.jurorId, published(j.total?.fixed)]));
      return [
        r.rank ?? '',
        r.nomineeId,
        r.name,
        number(published(r.score?.fixed)),
        titleOf(result, r.nomineeId),
        r.jurorCount,
        ...panel.map((j) => number(totals.get(j.id) ?? null)),
      ];
    });
    const text = Papa.unparse(
      {
        fields: [L.rank, L.nomineeId, L.nominee, L.score, L.title, L.counted, ...panel.map((j) => j.name)],
        data: rows,
      },
      { delimiter: language === 'id' ? ';' : ',', newline: '\r\n' },
    );
    return { fileName: `hasil-${slug(result.categoryId)}.csv`, text: `\uFEFF${text}\r\n` };
  });
}
