/** CLI messages of the indicators commands (spread into the `cli` namespace). */
export const indicatorCli = {
  indicatorsDescription: 'data indikator terukur: templat, impor, daftar',
  indicatorsImportDescription:
    'impor nilai indikator dari CSV/XLSX: semua baris atau tidak sama sekali; setiap masalah dicetak',
  indicatorsTemplateDescription: 'buat templat data indikator untuk satu kategori (.xlsx atau .csv)',
  indicatorsListDescription: 'cetak nilai indikator per kategori, dengan sumber dan aturan penilaiannya',
  argIndicatorSheet: 'berkas data indikator (.csv atau .xlsx)',
  optIndicatorCategory: 'id kategori (bawaan: dikenali dari judul kolom)',
  optIndicatorCategoryAll: 'id kategori (bawaan: semua kategori dengan indikator)',
  optSheetName: 'nama lembar di berkas XLSX (bawaan: lembar yang cocok)',
  optOutIndicators: 'berkas templat yang dibuat (.xlsx atau .csv)',
  indicatorsTemplateWritten: 'Templat data indikator ditulis: {{path}}',
  indicatorsRule: 'aturan',
  indicatorsNone: 'Tidak ada kriteria indikator.',
  indicatorsChecked:
    'Lembar "{{sheet}}" untuk "{{category}}": {{values}} nilai terbaca, {{changes}} akan diubah, {{unchanged}} tetap. Tidak ada yang ditulis (--dry-run).',
  indicatorsImported: 'Lembar "{{sheet}}" untuk "{{category}}": {{changes}} nilai diimpor, {{unchanged}} tetap.',
  indicatorsUnchanged:
    'Lembar "{{sheet}}" untuk "{{category}}": {{values}} nilai, semuanya sama dengan yang tersimpan.',
};
