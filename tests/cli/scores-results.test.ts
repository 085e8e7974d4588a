import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsJson } from '../../electron/services/results/results.service';
import { json, juri, SPAWN_TIMEOUT, STACK_FRAME, tempDir } from './run-juri';
import { copyDemoAward } from '../helpers/demo-award';

const CAT = 'perencanaan-data';

describe('juri scores and juri results', () => {
  const tmp = tempDir();
  const award = tmp.file('demo.juri');
  beforeAll(async () => {
    await (await copyDemoAward(award)).close();
  }, SPAWN_TIMEOUT);
  afterAll(() => tmp.remove());

  /** A template for the juror, filled with `score(row)` for both criteria, saved as `name`. */
  async function ballot(jurorId: string, name: string, score: (row: number) => number | string): Promise<string> {
    const template = tmp.file(`t-${name}`);
    const made = await juri(['scores', 'template', award, '--juror', jurorId, '--category', CAT, '--out', template]);
    expect(made.code, made.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    const ws = book.worksheets[0]!;
    ws.eachRow((row, n) => {
      if (n >= 7 && !row.getCell(2).text.includes('—')) {
        row.getCell(3).value = score(n);
        row.getCell(4).value = score(n);
      }
    });
    const path = tmp.file(name);
    writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
    return path;
  }

  it(
    'refuses a ballot with a bad row, naming it, and writes nothing',
    async () => {
      const path = await ballot('juri-3', 'bad.xlsx', (n) => (n === 9 ? 150 : 80));
      const result = await juri(['scores', 'import', award, '--juror', 'juri-3', path]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/bad\.xlsx|baris 9|D9|C9/);
      expect(result.stderr).toContain('1 dan 100');
      expect(result.stderr).not.toContain(STACK_FRAME);
      const results = json<ResultsJson[]>(await juri(['results', award, '--category', CAT, '--json']));
      expect(results[0]?.ranking.every((r) => r.score === null)).toBe(true);
    },
    SPAWN_TIMEOUT * 3,
  );

  it(
    'imports three jurors’ ballots and ranks the category from them',
    async () => {
      // Row 7 is Kabupaten Paser (64.01); every juror puts it highest, then descending by row.
      for (const [jurorId, offset] of [
        ['juri-3', 0],
        ['juri-4', 2],
        ['juri-5', 4],
      ] as const) {
        const path = await ballot(jurorId, `${jurorId}.xlsx`, (n) => 100 - (n - 7) * 5 - offset);
        const result = await juri(['scores', 'import', award, '--juror', jurorId, path]);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toMatch(/tersimpan/);
      }
      const results = json<ResultsJson[]>(await juri(['results', award, '--category', CAT, '--json']));
      expect(results).toHaveLength(1);
      const [category] = results;
      expect(category).toMatchObject({ id: CAT, method: 'mean' });
      const first = category!.ranking[0]!;
      expect(first).toMatchObject({ nomineeId: 'wil-64.01', rank: 1, insufficient: false });
      // Paser: 100, 98 and 96 on 1–100 → (99, 97, 95)/99·100 … mean of mapped totals.
      const mapped = [100, 98, 96].map((v) => ((v - 1) / 99) * 100);
      expect(first.score).toBeCloseTo(mapped.reduce((a, b) => a + b) / 3, 2);
      expect(category!.agreement.kendallW).toBeGreaterThan(0.9);
      expect(typeof category!.stable).toBe('boolean');

      const human = await juri(['results', award, '--category', CAT]);
      expect(human.stdout).toContain('Kabupaten Paser');
      expect(human.stdout).toMatch(/Kesepakatan juri: W = \d/);
    },
    SPAWN_TIMEOUT * 6,
  );
});
