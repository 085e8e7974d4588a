/**
 * Writes resources/demo/indicator-values.xlsx: the demo award's indicator data as a dinas would
 * send it, messy on purpose (title rows, merged group headers, "Kab."/"KAB"/"Kota" names, stray
 * spaces, "87,5 %" typed as text, percent-formatted cells, codes with and without the dot).
 * Run: npx tsx scripts/make-demo-indicators.ts
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

type Value = string | number | { pct: number };
type Row = [code: string, name: string, ...values: Value[]];

const SURVEI: Row[] = [
  ['64.01', ' Kab. Paser ', '87,5 %', '81,25 %'],
  ['6402', 'KAB KUTAI KARTANEGARA', { pct: 0.9125 }, { pct: 0.884 }],
  ['64.03', 'Kab.  Berau', '78,40', '74,1'],
  ['64.07', 'Kutai Barat', '69,9 %', '72 %'],
  ['64.08', 'Kab. Kutai Timur', 83.3, 79.05],
  ['64.09', 'Kab. Penajam Paser Utara', '90,00 %', '85,5 %'],
  ['64.11', 'Kab. Mahakam Ulu', '61,75 %', '58,2 %'],
  ['64.71', 'Kota  Balikpapan', '97,6 %', '95,35 %'],
  ['64.72', 'Kota Samarinda ', '95,1 %', '96,8 %'],
  ['64.74', 'KOTA BONTANG', '99,2 %', '97,45 %'],
];
const ATS: Row[] = [
  ['64.01', 'Kab. Paser', '12,5 %'],
  ['64.02', 'Kab. Kutai Kartanegara', '18,3 %'],
  ['64.03', 'Kab. Berau', '9,75 %'],
  ['64.07', 'Kab. Kutai Barat', '4,2 %'],
  ['64.08', 'Kab. Kutai Timur', '15 %'],
  ['64.09', 'Kab. Penajam Paser Utara', '7,8 %'],
  ['64.11', 'Kab. Mahakam Ulu', '3,1 %'],
  ['64.71', 'Kota Balikpapan', '21,45 %'],
  ['64.72', 'Kota Samarinda', '16,9 %'],
  ['64.74', 'Kota Bontang', '11 %'],
];
const AKUN: Row[] = [
  ['64.01', 'Kab. Paser', '72,4 %'],
  ['64.02', 'Kab. Kutai Kartanegara', '81,15 %'],
  ['64.03', 'Kab. Berau', '68 %'],
  ['64.07', 'Kab. Kutai Barat', '59,3 %'],
  ['64.08', 'Kab. Kutai Timur', '74,85 %'],
  ['64.09', 'Kab. Penajam Paser Utara', '77,2 %'],
  ['64.11', 'Kab. Mahakam Ulu', '48,6 %'],
  ['64.71', 'Kota Balikpapan', '93,05 %'],
  ['64.72', 'Kota Samarinda', '88,7 %'],
  ['64.74', 'Kota Bontang', '91,4 %'],
];
const SPM: Row[] = [
  ['6401', 'PASER', '86,12'],
  ['6402', 'KUTAI KARTANEGARA', '88,4'],
  ['6403', 'BERAU', '84,95'],
  ['6407', 'KUTAI BARAT', '79,3'],
  ['6408', 'KUTAI TIMUR', '82,05'],
  ['6409', 'PENAJAM PASER UTARA', '85'],
  ['6411', 'MAHAKAM ULU', '74,6'],
  ['6471', 'KOTA BALIKPAPAN', '93,75'],
  ['6472', 'KOTA SAMARINDA', '91,2'],
  ['6474', 'KOTA BONTANG', '94,1'],
];
const ANGGARAN: Row[] = [
  ['64.01', 'Kab. Paser', '23,4'],
  ['64.02', 'Kab. Kutai Kartanegara', '31,75'],
  ['64.03', 'Kab. Berau', '19,8'],
  ['64.07', 'Kab. Kutai Barat', '17,25'],
  ['64.08', 'Kab. Kutai Timur', '26,1'],
  ['64.09', 'Kab. Penajam Paser Utara', '21,05'],
  ['64.11', 'Kab. Mahakam Ulu', '14,6'],
  ['64.71', 'Kota Balikpapan', '28,9'],
  ['64.72', 'Kota Samarinda', '27,35'],
  ['64.74', 'Kota Bontang', '33,4'],
];

function sheet(book: ExcelJS.Workbook, name: string, title: string, group: string, subs: string[], rows: Row[]): void {
  const ws = book.addWorksheet(name);
  const last = String.fromCharCode(67 + subs.length);
  ws.mergeCells(`A1:${last}1`);
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = 'Sumber: Dinas Pendidikan kab/kota, rekap BPMP Kaltim (data sementara)';
  for (const [cell, label] of [
    ['A4', 'No'],
    ['B4', 'Kode Wilayah'],
    ['C4', 'Kabupaten/Kota'],
  ] as const) {
    ws.mergeCells(`${cell}:${cell.replace('4', '5')}`);
    ws.getCell(cell).value = label;
  }
  ws.mergeCells(`D4:${last}4`);
  ws.getCell('D4').value = group;
  subs.forEach((s, i) => (ws.getRow(5).getCell(4 + i).value = s));
  for (const r of [4, 5]) {
    ws.getRow(r).font = { bold: true };
    ws.getRow(r).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  rows.forEach(([code, nominee, ...values], i) => {
    const row = ws.getRow(6 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = code;
    row.getCell(3).value = nominee;
    values.forEach((v, j) => {
      const cell = row.getCell(4 + j);
      if (typeof v === 'object') {
        cell.value = v.pct;
        cell.numFmt = '0.00%';
      } else cell.value = v;
    });
  });
  ws.getColumn(3).width = 30;
  subs.forEach((_, j) => (ws.getColumn(4 + j).width = 20));
}

const book = new ExcelJS.Workbook();
book.creator = 'BPMP Kaltim';
book.created = book.modified = new Date('2024-11-20T08:00:00Z');
sheet(
  book,
  'Survei LB',
  'REKAP PENGISIAN SURVEI LINGKUNGAN BELAJAR 2024 — PROV. KALIMANTAN TIMUR',
  'Penyelesaian survei',
  ['jenjang SD (%)', 'jenjang SMP (%)'],
  SURVEI,
);
sheet(book, 'ATS', 'PENURUNAN ANAK TIDAK SEKOLAH (ATS) 2023–2024', 'Indikator ATS', ['Penurunan jumlah ATS (%)'], ATS);
sheet(
  book,
  'Anggaran SPM',
  'PROPORSI ANGGARAN SPM PENDIDIKAN TA 2024',
  'Anggaran',
  ['Proporsi anggaran SPM terhadap anggaran pendidikan (%)'],
  ANGGARAN,
);
sheet(
  book,
  'Akun',
  'AKTIVASI AKUN BELAJAR.ID PER 30 SEPTEMBER 2024',
  'Akun belajar.id',
  ['Persentase aktivasi akun belajar.id (%)'],
  AKUN,
);
sheet(book, 'SPM', 'INDEKS CAPAIAN SPM PENDIDIKAN 2023', 'SPM', ['Indeks capaian SPM pendidikan'], SPM);
const out = new URL('../resources/demo/indicator-values.xlsx', import.meta.url);
writeFileSync(out, Buffer.from(await book.xlsx.writeBuffer()));
console.log(`wrote ${out.pathname}`);
