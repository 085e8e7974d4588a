import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../shared/format/number';
import { matchNominee } from '../../../shared/regions/name-match';
import { UserError } from '../../../shared/user-error';
import { regionNominees } from '../../../electron/services/regions.service';
import { fillMergedHeader, MAX_ROWS, readTable, type TableSheet } from '../../../electron/services/tabular/read-table';

const FIXTURES = join(import.meta.dirname, '../../fixtures/tabular');
const utf8 = (text: string) => new TextEncoder().encode(text);
const cellsOf = (sheet: TableSheet | undefined, rowNumber: number) =>
  sheet?.rows.find((r) => r.rowNumber === rowNumber)?.cells;

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function refused(
  fileName: string,
  bytes: Uint8Array,
  key: 'errors.fileFormat' | 'errors.tableTooLarge' = 'errors.fileFormat',
): Promise<UserError> {
  const error: unknown = await readTable(fileName, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const userError = error as UserError;
  expect(userError.key).toBe(key);
  expect(userError.code).toBe('invalid_input');
  expect(userError.params.name).toBe(fileName);
  return userError;
}

const kaltim = regionNominees('64', false, ['64.01', '64.02', '64.72', '64.74']);

describe('readTable: CSV', () => {
  it('reads a semicolon CSV with a BOM, CRLF, a title, blank lines, stray spaces and Indonesian numbers', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'indikator-kaltim-semicolon.csv')));
    const [sheet, ...more] = await readTable('indikator-kaltim-semicolon.csv', bytes);
    expect(more).toEqual([]);
    expect(sheet?.name).toBe('indikator-kaltim-semicolon');
    // Blank lines are left out, but every row keeps the number Excel shows.
    expect(sheet?.rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5, 6, 8]);
    expect(cellsOf(sheet, 1)).toEqual(['Data Indikator Pendidikan Kalimantan Timur 2024']);
    expect(cellsOf(sheet, 3)).toEqual([
      'No',
      'Kode',
      'Kabupaten/Kota',
      'Survei Lingkungan Belajar (%)',
      'Anggaran SPM (Rp)',
    ]);
    expect(cellsOf(sheet, 4)).toEqual(['1', '64.01', 'Kab. Paser', '87,5', '1.234.567']);
    expect(cellsOf(sheet, 6)).toEqual(['3', null, 'Kota  Samarinda', '100', '2 500 000']);
    expect(cellsOf(sheet, 8)).toEqual(['4', '64,74', 'Kot. Bontang', '75,0', '-']);

    // What a reader then makes of it, with the shared parsers.
    const data = [4, 5, 6, 8].map((n) => cellsOf(sheet, n) ?? []);
    const ids = data.map(([, code, name]) =>
      matchNominee({ ...(code ? { code: String(code) } : {}), name: String(name) }, kaltim),
    );
    expect(ids).toEqual([{ id: 'wil-64.01' }, { id: 'wil-64.02' }, { id: 'wil-64.72' }, { id: 'wil-64.74' }]);
    expect(data.map((c) => parseLocaleNumber(String(c[3])))).toEqual([87.5, 92.25, 100, 75]);
    expect(data.map((c) => parseLocaleNumber(String(c[4])))).toEqual([1234567, 12500000.5, 2500000, 'invalid']);
  });

  it('reads a comma CSV whose decimal commas are quoted', async () => {
    const csv = 'Nama,Nilai,Catatan\n"Kota Samarinda","87,5","baik, lengkap"\nKab. Paser,90,\n';
    const [sheet] = await readTable('nilai.csv', utf8(csv));
    expect(sheet?.rows).toEqual([
      { rowNumber: 1, cells: ['Nama', 'Nilai', 'Catatan'] },
      { rowNumber: 2, cells: ['Kota Samarinda', '87,5', 'baik, lengkap'] },
      { rowNumber: 3, cells: ['Kab. Paser', '90'] },
    ]);
  });

  it('prefers a steady ";" over the decimal commas it separates', async () => {
    const csv = 'Nama;A;B\nKota Samarinda;87,5;90\nKab. Paser;80;92,25\nKota Bontang;70,5;60,5\n';
    const [sheet] = await readTable('nilai.csv', utf8(csv));
    expect(cellsOf(sheet, 2)).toEqual(['Kota Samarinda', '87,5', '90']);
    expect(cellsOf(sheet, 4)).toEqual(['Kota Bontang', '70,5', '60,5']);
  });

  it('reads a tab-separated .txt in UTF-16 (Excel "Unicode Text")', async () => {
    const text = 'Nama\tNilai\r\nKota Samarinda\t87,5\r\n';
    const body = Buffer.from(text, 'utf16le');
    const bytes = new Uint8Array([0xff, 0xfe, ...body]);
    const [sheet] = await readTable('nilai.txt', bytes);
    expect(sheet?.rows).toEqual([
      { rowNumber: 1, cells: ['Nama', 'Nilai'] },
      { rowNumber: 2, cells: ['Kota Samarinda', '87,5'] },
    ]);
  });

  it('reads Windows-1252 text from older Excel', async () => {
    const bytes = new Uint8Array([...utf8('Nama;Catatan\nKota Samarinda;'), 0xe9, 0x96, ...utf8('ok\n')]);
    const [sheet] = await readTable('lama.csv', bytes);
    expect(cellsOf(sheet, 2)).toEqual(['Kota Samarinda', 'é–ok']);
  });

  it('counts a quoted multi-line cell as one row, as Excel shows it', async () => {
    const csv = 'Nama;Catatan\n"Kota Samarinda";"baris satu\nbaris dua"\nKab. Paser;x\n';
    const [sheet] = await readTable('catatan.csv', utf8(csv));
    expect(cellsOf(sheet, 2)).toEqual(['Kota Samarinda', 'baris satu\nbaris dua']);
    expect(cellsOf(sheet, 3)).toEqual(['Kab. Paser', 'x']);
  });

  it('follows an Excel "sep=" first line, which Excel hides', async () => {
    const [sheet] = await readTable('nilai.csv', utf8('sep=,\r\nNama,Nilai;Catatan\r\nKota Samarinda,87;5\r\n'));
    expect(sheet?.rows).toEqual([
      { rowNumber: 1, cells: ['Nama', 'Nilai;Catatan'] },
      { rowNumber: 2, cells: ['Kota Samarinda', '87;5'] },
    ]);
  });

  it('reads .tsv and names the sheet after the file, without its folder', async () => {
    const [sheet] = await readTable(
      'C:\\Users\\sekretariat\\Nilai Juri.tsv',
      utf8('Nama\tNilai\nKota Samarinda\t87,5'),
    );
    expect(sheet?.name).toBe('Nilai Juri');
    expect(cellsOf(sheet, 2)).toEqual(['Kota Samarinda', '87,5']);
  });

  it('reads an empty CSV as one sheet without rows', async () => {
    expect(await readTable('kosong.csv', new Uint8Array())).toEqual([{ name: 'kosong', rows: [] }]);
  });

  it('refuses binary content named .csv, and a file with too many rows', async () => {
    await refused('nilai.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const big = utf8(`Nama;Nilai\n${'Kota Samarinda;1\n'.repeat(MAX_ROWS + 1)}`);
    const error = await refused('besar.csv', big, 'errors.tableTooLarge');
    expect(error.params).toEqual({ name: 'besar.csv', sheet: 'besar', rows: MAX_ROWS });
  });
});

describe('readTable: XLSX', () => {
  it('reads every worksheet with Excel row numbers, typed cells, formulas, percentages and merges', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Indikator');
      ws.getCell('A1').value = 'Rekap Indikator 2024 ';
      ws.getRow(3).values = ['No', 'Kode', 'Kabupaten/Kota', 'Indikator Pendidikan'];
      ws.mergeCells('A3:A4');
      ws.mergeCells('B3:B4');
      ws.mergeCells('C3:C4');
      ws.mergeCells('D3:F3');
      ws.getCell('D4').value = { richText: [{ text: 'Survei ' }, { text: '(%)', font: { bold: true } }] };
      ws.getCell('E4').value = 'ATS turun (%)';
      ws.getCell('F4').value = 'Anggaran SPM (Rp)';
      ws.getRow(5).values = [1, 64.01, '  Kab. Paser ', 0.875, { formula: 'D5*20', result: 17.5 }, 1234567.5];
      ws.getCell('D5').numFmt = '0.0%';
      ws.getCell('F5').numFmt = '#,##0.00';
      ws.getRow(7).values = [2, '64.72', 'KOTA SAMARINDA', '92,5 %', { formula: 'X1', result: { error: '#REF!' } }];
      ws.getCell('G7').value = new Date(Date.UTC(2024, 4, 1));
      ws.getCell('H7').value = { text: 'tautan', hyperlink: 'https://example.org' };
      ws.getCell('I7').value = true;
      ws.getCell('J7').value = 0.123;
      ws.getCell('J7').numFmt = '0%';
      ws.getCell('K7').value = { formula: '0.1+0.2', result: 0.1 + 0.2 };
      const notes = wb.addWorksheet('Catatan');
      notes.getCell('B2').value = 'Sumber: Dinas Pendidikan';
    });
    const sheets = await readTable('rekap.xlsx', bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Indikator', 'Catatan']);
    const [sheet, notes] = sheets;
    expect(sheet?.rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5, 7]);
    expect(cellsOf(sheet, 1)).toEqual(['Rekap Indikator 2024']);
    // A merge keeps its value in the top-left cell only.
    expect(cellsOf(sheet, 3)).toEqual(['No', 'Kode', 'Kabupaten/Kota', 'Indikator Pendidikan']);
    expect(cellsOf(sheet, 4)).toEqual([null, null, null, 'Survei (%)', 'ATS turun (%)', 'Anggaran SPM (Rp)']);
    expect(cellsOf(sheet, 5)).toEqual([1, 64.01, 'Kab. Paser', 87.5, 17.5, 1234567.5]);
    expect(cellsOf(sheet, 7)).toEqual([
      2,
      '64.72',
      'KOTA SAMARINDA',
      '92,5 %',
      '#REF!',
      null,
      '2024-05-01',
      'tautan',
      'TRUE',
      12.3,
      0.3,
    ]);
    expect(sheet?.merges).toEqual(
      expect.arrayContaining([
        { top: 3, left: 0, bottom: 4, right: 0 },
        { top: 3, left: 3, bottom: 3, right: 5 },
      ]),
    );
    expect(notes?.rows).toEqual([{ rowNumber: 2, cells: [null, 'Sumber: Dinas Pendidikan'] }]);
    expect(notes?.merges).toBeUndefined();
    expect(matchNominee({ code: String(cellsOf(sheet, 5)?.[1]) }, kaltim)).toEqual({ id: 'wil-64.01' });
  });

  it('reads an .xlsx whose formulas have no cached result as blank', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Nilai');
      ws.getCell('A1').value = 'Nama';
      ws.getCell('B1').value = { formula: 'SUM(1,2)' };
    });
    const [sheet] = await readTable('NILAI.XLSX', bytes);
    expect(sheet?.rows).toEqual([{ rowNumber: 1, cells: ['Nama'] }]);
  });

  it.each([
    [
      'a PNG renamed .xlsx',
      'gambar.xlsx',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    ],
    ['a truncated zip', 'rusak.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])],
    [
      'an encrypted workbook (OLE container)',
      'terkunci.xlsx',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    ],
    ['an empty file', 'kosong.xlsx', new Uint8Array()],
    ['a CSV renamed .xlsx', 'nilai.xlsx', utf8('Nama;Nilai\nKota Samarinda;87,5\n')],
  ])('refuses %s with the file-format message', async (_what, fileName, bytes) => {
    await refused(fileName, bytes);
  });

  it('refuses a zip that is not a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 1;
    const good = new Uint8Array(await wb.xlsx.writeBuffer());
    // Keep the zip signature, break what follows.
    const broken = good.slice(0, 200);
    await refused('potong.xlsx', broken);
  });

  it('refuses a sheet with too many rows', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Besar');
      for (let r = 1; r <= MAX_ROWS + 1; r++) ws.getCell(r, 1).value = r;
    });
    const error = await refused('besar.xlsx', bytes, 'errors.tableTooLarge');
    expect(error.params).toEqual({ name: 'besar.xlsx', sheet: 'Besar', rows: MAX_ROWS });
  });
});

describe('readTable: other files', () => {
  it('names the file without its folder in the message', async () => {
    const error: unknown = await readTable('/home/juri/Unduhan/nilai.pdf', utf8('%PDF-1.7')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).params).toEqual({ name: 'nilai.pdf' });
  });

  it.each(['nilai.xls', 'nilai.pdf', 'nilai', 'nilai.ods', 'nilai.csv.png'])(
    'refuses %s by its extension',
    async (name) => {
      await refused(name, utf8('Nama;Nilai\n'));
    },
  );
});

describe('fillMergedHeader', () => {
  it('labels columns under a merged group title in an XLSX', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Indikator');
      ws.getRow(2).values = ['No', 'Kabupaten/Kota', 'Indikator Pendidikan', null, null, 'Keterangan'];
      ws.mergeCells('A2:A3');
      ws.mergeCells('B2:B3');
      ws.mergeCells('C2:E2');
      ws.mergeCells('F2:F3');
      ws.getRow(3).values = [null, null, 'Survei (%)', 'ATS turun (%)', 'SPM (%)'];
      ws.getRow(4).values = [1, 'Kota Samarinda', 87.5, 10, 20, 'ok'];
    });
    const [sheet] = await readTable('indikator.xlsx', bytes);
    if (!sheet) throw new Error('no sheet');
    const { columns, bottom } = fillMergedHeader(sheet, 2);
    expect(bottom).toBe(3);
    expect(columns).toEqual([
      { index: 0, parts: ['No'], label: 'No' },
      { index: 1, parts: ['Kabupaten/Kota'], label: 'Kabupaten/Kota' },
      { index: 2, parts: ['Indikator Pendidikan', 'Survei (%)'], label: 'Indikator Pendidikan / Survei (%)' },
      { index: 3, parts: ['Indikator Pendidikan', 'ATS turun (%)'], label: 'Indikator Pendidikan / ATS turun (%)' },
      { index: 4, parts: ['Indikator Pendidikan', 'SPM (%)'], label: 'Indikator Pendidikan / SPM (%)' },
      { index: 5, parts: ['Keterangan'], label: 'Keterangan' },
    ]);
  });

  it('does the same for a CSV saved from that sheet (blank cells where merges were)', async () => {
    const csv =
      'No;Kabupaten/Kota;Indikator Pendidikan;;;Keterangan\n;;Survei (%);ATS turun (%);SPM (%);\n1;Kota Samarinda;87,5;10;20;ok\n';
    const [sheet] = await readTable('indikator.csv', utf8(csv));
    if (!sheet) throw new Error('no sheet');
    const { columns, bottom } = fillMergedHeader(sheet, 1);
    expect(bottom).toBe(2);
    expect(columns.map((c) => c.parts)).toEqual([
      ['No'],
      ['Kabupaten/Kota'],
      ['Indikator Pendidikan', 'Survei (%)'],
      ['Indikator Pendidikan', 'ATS turun (%)'],
      ['Indikator Pendidikan', 'SPM (%)'],
      ['Keterangan'],
    ]);
  });

  it('keeps a one-row header to one row', async () => {
    const [sheet] = await readTable('nilai.csv', utf8('Nama;Survei (%)\nKota Samarinda;87,5\n'));
    if (!sheet) throw new Error('no sheet');
    expect(fillMergedHeader(sheet, 1)).toEqual({
      bottom: 1,
      columns: [
        { index: 0, parts: ['Nama'], label: 'Nama' },
        { index: 1, parts: ['Survei (%)'], label: 'Survei (%)' },
      ],
    });
  });
});

/** Cell texts as they come in real sheets: names, codes, Indonesian numbers, notes with punctuation. */
const cellText = fc.oneof(
  fc.constantFrom('Kota Samarinda', 'Kab. Paser', 'KABUPATEN KUTAI KARTANEGARA', '64.72', '6472', ''),
  fc.constantFrom('87,5', '1.234,5', '92,25 %', '100', '-', 'baik; lengkap', 'kata "kutip"', 'dua\nbaris'),
  fc.stringMatching(/^[A-Za-z0-9 ,.;%()-]{0,12}$/).map((t) => t.trim()),
);

describe('readTable: any table written as CSV reads back', () => {
  test.prop(
    [
      fc
        .integer({ min: 2, max: 6 })
        .chain((width) =>
          fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 12 }),
        ),
      fc.constantFrom(';', ',', '\t'),
      fc.constantFrom('\r\n', '\n'),
      fc.boolean(),
    ],
    { numRuns: 300 },
  )('with ";", "," or tab, CRLF or LF, with or without a BOM', async (table, delimiter, newline, bom) => {
    // A table whose first row names every column, as a header does.
    const rows = [table[0]?.map((_, i) => `Kolom ${i + 1}`) ?? [], ...table];
    const csv = Papa.unparse(rows, { delimiter, newline });
    const [sheet] = await readTable('tabel.csv', utf8((bom ? '\uFEFF' : '') + csv));
    const expected = rows
      .map((cells, i) => {
        const trimmed = cells.map((c) => (c.trim() === '' ? null : c.trim()));
        while (trimmed.length > 0 && trimmed[trimmed.length - 1] === null) trimmed.pop();
        return { rowNumber: i + 1, cells: trimmed };
      })
      .filter((r) => r.cells.length > 0);
    expect(sheet?.rows).toEqual(expected);
  });
});

describe('readTable: never crashes on garbage', () => {
  test.prop([fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('x.csv', 'x.xlsx', 'x.txt')], { numRuns: 300 })(
    'returns sheets or a file-format UserError',
    async (bytes, name) => {
      const result: unknown = await readTable(name, bytes).catch((e: unknown) => e);
      if (result instanceof Error) {
        expect(result).toBeInstanceOf(UserError);
        expect((result as UserError).key).toBe('errors.fileFormat');
      } else expect(Array.isArray(result)).toBe(true);
    },
  );

  test.prop([fc.uint8Array({ minLength: 1, maxLength: 4000 }), fc.nat()], { numRuns: 60 })(
    'a real workbook with bytes overwritten is read or refused, never a crash',
    async (noise, at) => {
      const good = await xlsx((wb) => {
        const ws = wb.addWorksheet('Nilai');
        ws.getRow(1).values = ['Nama', 'Nilai'];
        ws.getRow(2).values = ['Kota Samarinda', 87.5];
      });
      const broken = good.slice();
      broken.set(noise.subarray(0, Math.max(0, broken.length - (at % broken.length))), at % broken.length);
      const result: unknown = await readTable('rusak.xlsx', broken).catch((e: unknown) => e);
      if (result instanceof Error) expect(result).toBeInstanceOf(UserError);
      else expect(Array.isArray(result)).toBe(true);
    },
  );
});
