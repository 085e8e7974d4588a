import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwardDb } from '../../../electron/db/open-award-db';
import { resultsCsv, resultsWorkbook } from '../../../electron/services/certificates/results-export';
import { awardResults } from '../../../electron/services/results/results.service';
import { useTempDir } from '../../helpers/temp-dir';
import { CATEGORY, scoredDemo } from './fixtures';

describe('result exports', () => {
  const tmp = useTempDir();
  const open: AwardDb[] = [];
  afterEach(async () => {
    for (const a of open.splice(0)) await a.close();
  });

  it('writes an XLSX with rankings, per-juror scores and the history, read back with exceljs', async () => {
    const award = await scoredDemo(tmp.path('demo.juri'));
    open.push(award);
    const [expected] = await awardResults(award, CATEGORY, { breakdown: false });
    const book = new ExcelJS.Workbook();
    const bytes = await resultsWorkbook(award, 'id');
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Peringkat', 'Nilai Juri', 'Riwayat']);

    const rankings = book.getWorksheet('Peringkat')!;
    expect(rankings.getRow(1).values).toContain('Predikat');
    const rows = rankings.getSheetValues().slice(2) as unknown[][];
    const winner = rows.find((r) => r[1] === expected!.result.name && r[2] === 1)!;
    expect(winner[3]).toBe(expected!.result.ranking[0]!.name);
    expect(winner[5]).toBe(Number(expected!.result.ranking[0]!.score!.fixed));
    expect(winner[6]).toBe('Terbaik I');

    // Every score entered appears once: 5 jurors × 10 nominees × 2 criteria, less two conflicts of interest.
    const scores = book.getWorksheet('Nilai Juri')!;
    const ours = (scores.getSheetValues().slice(2) as unknown[][]).filter((r) => r[1] === expected!.result.name);
    expect(ours.filter((r) => typeof r[6] === 'number')).toHaveLength(5 * 10 * 2 - 2 * 2);
    expect(ours.some((r) => r[4] === 'konflik kepentingan')).toBe(true);

    const history = book.getWorksheet('Riwayat')!;
    const events = award.sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM event').get()!.n;
    expect(history.rowCount - 1).toBe(events);
    expect(history.getRow(2).getCell(2).value).toBe('score');

    // English sheet names too ("History" alone is reserved by Excel).
    const en = new ExcelJS.Workbook();
    await en.xlsx.load((await resultsWorkbook(award, 'en')) as unknown as ArrayBuffer);
    expect(en.worksheets.map((w) => w.name)).toEqual(['Rankings', 'Juror scores', 'Event history']);
  });

  it('writes one CSV per category, with `;` and decimal commas in Indonesian', async () => {
    const award = await scoredDemo(tmp.path('demo.juri'));
    open.push(award);
    const files = await resultsCsv(award, 'id');
    const ours = files.find((f) => f.fileName === `hasil-${CATEGORY}.csv`)!;
    expect(ours.text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(ours.text.slice(1).trim(), { delimiter: ';' }).data;
    expect(parsed[0]!.slice(0, 5)).toEqual(['Peringkat', 'ID Peserta', 'Peserta', 'Nilai Akhir', 'Predikat']);
    expect(parsed[1]![0]).toBe('1');
    expect(parsed[1]![3]).toMatch(/^\d+(,\d+)?$/);
    expect(parsed[1]![4]).toBe('Terbaik I');
    const en = (await resultsCsv(award, 'en')).find((f) => f.fileName === `hasil-${CATEGORY}.csv`)!;
    expect(en.text).toContain('Rank,Nominee ID,Nominee,Final score,Title');
  });
});
