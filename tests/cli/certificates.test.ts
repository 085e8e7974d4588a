import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDemoSignatures } from '../../electron/services/certificates/demo-signatures';
import { CATEGORY, scoredDemo, sealCategory } from '../unit/certificates/fixtures';
import { pdfPages, pdfText, readQrFromPdf } from '../unit/certificates/read-qr';
import { juri, json, SPAWN_TIMEOUT, tempDir } from './run-juri';
import { copyDemoAward } from '../helpers/demo-award';

const tmp = tempDir();
const award = tmp.file('demo.juri');

beforeAll(async () => {
  const file = await scoredDemo(award);
  addDemoSignatures(file);
  await sealCategory(file, CATEGORY);
  await file.close();
}, 60_000);
afterAll(() => tmp.remove());

describe('juri export certificates / xlsx / csv and verify-certificate', { timeout: SPAWN_TIMEOUT * 3 }, () => {
  it('writes the certificates of one category with progress, and their QR codes verify', async () => {
    const out = tmp.file('piagam');
    const result = await juri(['export', 'certificates', award, '--out', out, '--category', CATEGORY]);
    expect(result.stderr).toContain('Piagam 1/4');
    expect(result.stderr).toContain('Piagam 4/4');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`3 piagam ditulis ke ${out}`);
    const pdfs = readdirSync(out).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(4);
    const first = join(
      out,
      pdfs.find((f) => f.startsWith(`${CATEGORY}_1_`))!,
    );
    expect(pdfPages(first)).toBe(1);
    expect(pdfText(first)).toContain('Terbaik I');

    const payload = readQrFromPdf(first, tmp.file('qr'))!;
    const ok = await juri(['verify-certificate', payload, '--award', award]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Piagam SAH');
    expect(ok.stdout).toContain('Sesuai dengan hasil di berkas: ya');
    const fromPng = await juri(['verify-certificate', tmp.file('qr.png'), '--json']);
    expect(json<{ valid: boolean; claim: { r: number } }>(fromPng)).toMatchObject({ valid: true, claim: { r: 1 } });

    const [body, signature] = payload.split('.') as [string, string];
    const claim = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = `${Buffer.from(JSON.stringify({ ...claim, n: 'wil-64.72' })).toString('base64url')}.${signature}`;
    const bad = await juri(['verify-certificate', forged, '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Certificate NOT VALID');
    expect(bad.stderr).toContain('digital signature is not valid');
  });

  it('exports the results workbook and the CSV files', async () => {
    const xlsx = tmp.file('hasil.xlsx');
    const result = await juri(['export', 'xlsx', award, '--out', xlsx]);
    expect(result.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Peringkat', 'Nilai Juri', 'Riwayat']);

    const dir = tmp.file('csv');
    const csv = await juri(['export', 'csv', award, '--out', dir]);
    expect(csv.code).toBe(0);
    expect(existsSync(join(dir, `hasil-${CATEGORY}.csv`))).toBe(true);
    expect(readFileSync(join(dir, `hasil-${CATEGORY}.csv`), 'utf8')).toContain('Terbaik I');
  });

  it('refuses an award without winners in one clear line', async () => {
    const empty = tmp.file('empty.juri');
    await (await copyDemoAward(empty)).close();
    const result = await juri(['export', 'certificates', empty, '--out', tmp.file('none')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Belum ada pemenang');
  });
});
