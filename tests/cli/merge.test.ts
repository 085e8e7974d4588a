import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsJson } from '../../electron/services/results/results.service';
import type { DistributedFile, MergeReport } from '../../shared/merge/merge.schema';
import { json, juri, SPAWN_TIMEOUT, STACK_FRAME, tempDir } from './run-juri';
import { copyDemoAward } from '../helpers/demo-award';

const CAT = 'perencanaan-data';
const JURORS = ['juri-2', 'juri-3', 'juri-4'] as const;

// distribute → each juror's paper ballot imported into their own committee file with `juri scores
// import` → export-merge → merge into two copies of the master in opposite orders → same results.
describe('juri distribute, export-merge and merge', () => {
  const tmp = tempDir();
  const master = tmp.file('master.juri');
  const exports: string[] = [];
  let files: DistributedFile[] = [];

  beforeAll(async () => {
    await (await copyDemoAward(master)).close();
    const made = await juri(['distribute', master, '--out', tmp.file('komite'), '--json']);
    expect(made.code, made.stderr).toBe(0);
    files = json<DistributedFile[]>(made);
  }, SPAWN_TIMEOUT * 3);
  afterAll(() => tmp.remove());

  async function ballot(file: string, jurorId: string, score: (row: number) => number): Promise<string> {
    const template = tmp.file(`t-${jurorId}.xlsx`);
    const made = await juri(['scores', 'template', file, '--juror', jurorId, '--category', CAT, '--out', template]);
    expect(made.code, made.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    book.worksheets[0]!.eachRow((row, n) => {
      if (n >= 7 && !row.getCell(2).text.includes('—')) {
        row.getCell(3).value = score(n);
        row.getCell(4).value = Math.max(1, score(n) - 3);
      }
    });
    const path = tmp.file(`${jurorId}.xlsx`);
    writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
    return path;
  }

  it(
    'gives identical results whatever the merge order, and a second merge changes nothing',
    async () => {
      expect(files.map((f) => f.jurorId)).toEqual(['juri-1', 'juri-2', 'juri-3', 'juri-4', 'juri-5']);
      for (const [j, jurorId] of JURORS.entries()) {
        const file = files.find((f) => f.jurorId === jurorId)!.path;
        const sheet = await ballot(file, jurorId, (n) => 100 - ((n * (j + 3)) % 40));
        const imported = await juri(['scores', 'import', file, '--juror', jurorId, sheet]);
        expect(imported.code, imported.stderr).toBe(0);
        const out = tmp.file(`export-${jurorId}.juri`);
        const exported = await juri(['export-merge', file, '--out', out]);
        expect(exported.code, exported.stderr).toBe(0);
        exports.push(out);
      }
      const other = tmp.file('other.juri');
      copyFileSync(master, other);
      const first = await juri(['merge', master, ...exports, '--json']);
      expect(first.code, first.stderr).toBe(0);
      const report = json<MergeReport>(first);
      expect(report.sources.every((s) => s.accepted && s.added > 0 && !s.enrolled)).toBe(true);
      expect(report.conflicts).toEqual([]);
      for (const source of [...exports].reverse()) expect((await juri(['merge', other, source])).code).toBe(0);

      const a = json<ResultsJson[]>(await juri(['results', master, '--json']));
      const b = json<ResultsJson[]>(await juri(['results', other, '--json']));
      expect(b).toEqual(a);
      const ranked = a.find((c) => c.id === CAT)!;
      expect(ranked.ranking.filter((r) => r.score !== null)).toHaveLength(10);

      const again = await juri(['merge', master, ...exports]);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/0 peristiwa ditambahkan, \d+ duplikat diabaikan/);
      expect(json<ResultsJson[]>(await juri(['results', master, '--json']))).toEqual(a);
    },
    SPAWN_TIMEOUT * 12,
  );

  it(
    'refuses a tampered file with a clear reason and a non-zero exit, and undoes the last merge',
    async () => {
      const bytes = readFileSync(exports[0]!);
      const tampered = tmp.file('tampered.juri');
      const copy = Buffer.from(bytes);
      const sig = copy.indexOf(Buffer.from('merge_signature'));
      expect(sig).toBeGreaterThan(-1);
      // Flip one character of the base64 signature that follows its key.
      const pos = sig + 'merge_signature'.length + 5;
      copy[pos] = copy[pos] === 0x41 ? 0x42 : 0x41;
      writeFileSync(tampered, copy);
      const refused = await juri(['merge', master, tampered], { env: { JURI_LANG: 'en' } });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/tampered\.juri: refused — The manifest signature is not valid/);
      expect(refused.stderr).toContain('1 file(s) refused and not merged: tampered.juri');
      expect(refused.stderr).not.toContain(STACK_FRAME);

      const undo = await juri(['merge', '--undo', master]);
      expect(undo.code, undo.stderr).toBe(0);
      const after = json<ResultsJson[]>(await juri(['results', master, '--json']));
      expect(after.find((c) => c.id === CAT)!.ranking.every((r) => r.score === null)).toBe(true);
    },
    SPAWN_TIMEOUT * 4,
  );
});
