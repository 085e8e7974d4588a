import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import { Workspace } from '../../../electron/services/workspace';
import type { BallotPreview, Download } from '../../../shared/judging/ballot.schema';
import type { HistoryEntry, Sheet } from '../../../shared/judging/judging.schema';
import { useTempDir } from '../../helpers/temp-dir';
import { errorOf, valueOf } from '../../helpers/envelope';
import { placeDemoAward } from '../../helpers/demo-award';

// Demo award: juri-2 is the sekretaris (PIN 2222); juri-3 has a conflict with Kota Samarinda (64.72);
// "perencanaan-data" has judged criteria pbd-dokumen and pbd-pendampingan (1–100, step 1).
const CAT = 'perencanaan-data';

describe('paper ballots through the gate', () => {
  const tmp = useTempDir();
  const hosts: HostContext[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.workspace.close();
  });

  async function secretariat(): Promise<HostContext> {
    const ctx: HostContext = { kind: 'web', version: 'test', language: 'id', workspace: new Workspace(tmp.path('d')) };
    hosts.push(ctx);
    await placeDemoAward(tmp.path('d'));
    valueOf(await dispatch(ctx, 'file:openDemo', undefined));
    valueOf(await dispatch(ctx, 'session:signIn', { jurorId: 'juri-2', pin: '2222' }));
    return ctx;
  }

  async function template(ctx: HostContext, jurorId: string): Promise<ExcelJS.Workbook> {
    const file = valueOf<Download>(
      await dispatch(ctx, 'ballot:template', { jurorId, categoryId: CAT, format: 'xlsx' }),
    );
    expect(file.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    return book;
  }

  const asFile = async (jurorId: string, book: ExcelJS.Workbook, fileName = 'nilai.xlsx') => ({
    jurorId,
    fileName,
    base64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64'),
  });

  /** Fills every nominee row of the template: the first criterion 70 + row, the second 60 + row. */
  function fill(book: ExcelJS.Workbook): ExcelJS.Worksheet {
    const ws = book.worksheets[0]!;
    ws.eachRow((row, n) => {
      const name = row.getCell(2).text;
      if (n >= 7 && name.length > 0 && !name.includes('—')) {
        row.getCell(3).value = 70 + n;
        row.getCell(4).value = 60 + n;
      }
    });
    return ws;
  }

  it('imports a filled template: every cell, as events whose source names the file, sheet and row', async () => {
    const ctx = await secretariat();
    const book = await template(ctx, 'juri-4');
    const ws = fill(book);
    const preview = valueOf<BallotPreview>(await dispatch(ctx, 'ballot:preview', await asFile('juri-4', book)));
    expect(preview.problems).toEqual([]);
    expect(preview.cells).toHaveLength(20);
    expect(preview.changes).toBe(20);

    const imported = valueOf<BallotPreview>(await dispatch(ctx, 'ballot:import', await asFile('juri-4', book)));
    expect(imported.changes).toBe(20);
    const history = valueOf<HistoryEntry[]>(await dispatch(ctx, 'chair:history', { jurorId: 'juri-4', limit: 100 }));
    expect(history).toHaveLength(20);
    expect(history.every((h) => h.actor?.id === 'juri-2' && h.juror?.id === 'juri-4')).toBe(true);
    expect(history.map((h) => h.source)).toContain(`ballot:nilai.xlsx#${ws.name}!7`);

    // juri-4 sees the values in their own sheet.
    valueOf(await dispatch(ctx, 'session:signIn', { jurorId: 'juri-4', pin: '4444' }));
    const sheet = valueOf<Sheet>(await dispatch(ctx, 'scoring:sheet', { categoryId: CAT }));
    expect(sheet.progress).toEqual({ done: 20, due: 20 });
    expect(sheet.cells.find((c) => c.nomineeId === 'wil-64.01' && c.criterionId === 'pbd-dokumen')?.value).toBe(77);

    // Importing the same ballot again changes nothing and writes no event.
    valueOf(await dispatch(ctx, 'session:signIn', { jurorId: 'juri-2', pin: '2222' }));
    expect(valueOf<BallotPreview>(await dispatch(ctx, 'ballot:import', await asFile('juri-4', book))).changes).toBe(0);
    expect(valueOf<HistoryEntry[]>(await dispatch(ctx, 'chair:history', { jurorId: 'juri-4' }))).toHaveLength(20);
  });

  it('lists every bad row before writing, and writes nothing when any row is bad', async () => {
    const ctx = await secretariat();
    const book = await template(ctx, 'juri-3');
    const ws = book.worksheets[0]!;
    // Messy but valid: Indonesian decimals as text, stray spaces, "Kab." for "Kabupaten".
    ws.getRow(7).getCell(3).value = ' 80 ';
    ws.getRow(7).getCell(2).value = 'Kab.  Paser';
    ws.getRow(7).getCell(1).value = null;
    // Bad: out of range, off the step, not a number, unknown nominee, duplicate, conflict of interest.
    ws.getRow(8).getCell(3).value = 150;
    ws.getRow(9).getCell(3).value = '87,5';
    ws.getRow(10).getCell(3).value = 'baik';
    ws.addRow(['', 'Kota Atlantis', 80, 80]);
    ws.addRow(['64.01', 'Kabupaten Paser', 75, 75]);
    const samarinda = ws.getColumn(1).values.findIndex((v) => v === '64.72');
    ws.getRow(samarinda).getCell(3).value = 90;

    const preview = valueOf<BallotPreview>(await dispatch(ctx, 'ballot:preview', await asFile('juri-3', book)));
    const reasons = preview.problems.map((p) => p.reason).sort();
    expect(reasons).toEqual(['conflict', 'duplicate', 'not_a_number', 'off_step', 'out_of_range', 'unknown_nominee']);
    const outOfRange = preview.problems.find((p) => p.reason === 'out_of_range');
    expect(outOfRange).toMatchObject({ row: 8 });
    expect(outOfRange?.message).toMatch(/1.*100/);
    expect(preview.cells.find((c) => c.row === 7)).toMatchObject({ nomineeId: 'wil-64.01', value: 80 });

    const refused = errorOf(await dispatch(ctx, 'ballot:import', await asFile('juri-3', book)));
    expect(refused.code).toBe('invalid_input');
    expect(refused.issues).toHaveLength(6);
    expect(valueOf<HistoryEntry[]>(await dispatch(ctx, 'chair:history', { jurorId: 'juri-3' }))).toEqual([]);
  });

  it('reads a semicolon CSV in Indonesian format with a BOM, and refuses a file that is not a table', async () => {
    const ctx = await secretariat();
    const csv = valueOf<Download>(
      await dispatch(ctx, 'ballot:template', { jurorId: 'juri-5', categoryId: CAT, format: 'csv' }),
    );
    const lines = Buffer.from(csv.base64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0]?.startsWith('\uFEFF')).toBe(true);
    const filled = lines.map((line, i) =>
      i >= 2 && line && !line.includes('—') ? line.replace(/;;$/, ';88;77') : line,
    );
    const base64 = Buffer.from(filled.join('\r\n'), 'utf8').toString('base64');
    const preview = valueOf<BallotPreview>(
      await dispatch(ctx, 'ballot:preview', { jurorId: 'juri-5', fileName: 'juri5.csv', base64 }),
    );
    expect(preview.problems).toEqual([]);
    expect(preview.cells).toHaveLength(18); // 9 nominees × 2 criteria: juri-5 may not score 64.71
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const wrong = errorOf(
      await dispatch(ctx, 'ballot:preview', { jurorId: 'juri-5', fileName: 'nilai.xlsx', base64: png }),
    );
    expect(wrong.code).toBe('invalid_input');
    expect(wrong.message).toContain('nilai.xlsx');
  });

  it('is for the sekretaris only', async () => {
    const ctx = await secretariat();
    valueOf(await dispatch(ctx, 'session:signIn', { jurorId: 'juri-3', pin: '3333' }));
    const refused = errorOf(await dispatch(ctx, 'ballot:template', { jurorId: 'juri-3', format: 'xlsx' }));
    expect(refused.code).toBe('forbidden');
  });
});
