/** Messages of the indicators features, under `errors.indicator.*`. */
export const indicatorErrors = {
  hasProblems:
    'Berkas data indikator punya {{count}} masalah. Tidak ada yang ditulis; perbaiki dulu baris yang ditandai.',
  whichCategory:
    'Kategori tidak bisa dikenali dari judul kolom berkas. Pilih salah satu kategori dengan kriteria indikator: {{categories}}.',
  severalCategories:
    'Berkas ini berisi data beberapa kategori: {{categories}}. Pilih satu kategori (di CLI: --category ID).',
  noIndicators: 'Kategori "{{category}}" tidak punya kriteria indikator, jadi tidak ada data yang perlu diisi.',
  noIndicatorCategories: 'Penghargaan ini belum punya kriteria indikator di kategori mana pun.',
  notIndicator: 'Kriteria "{{criterion}}" bukan kriteria indikator di kategori ini.',
  notInCategory: 'Peserta "{{nominee}}" tidak ikut di kategori ini.',
  sheetNotFound: 'Lembar "{{sheet}}" tidak ada di berkas. Lembar yang ada: {{sheets}}.',
  sealed: 'Hasil kategori "{{category}}" sudah disahkan. Data indikatornya tidak boleh diubah lagi.',
  reasonTooShort: 'Tuliskan alasan perubahan, paling sedikit 5 huruf.',
  percentOut: 'Nilai {{value}} untuk "{{criterion}}" adalah persentase, jadi harus antara 0 dan 100.',
  outOfScale: 'Nilai {{value}} untuk "{{criterion}}" harus antara {{min}} dan {{max}}.',
  unknown_category:
    'Lembar "{{sheet}}": judul kolom tidak cocok dengan kriteria indikator kategori mana pun. Pakai templat dari Juri, atau samakan judul kolom dengan nama kriteria.',
  no_header:
    'Lembar "{{sheet}}": baris judul tidak ditemukan. Beri judul kolom "Kode" atau "Kabupaten/Kota" di atas data.',
  unknown_column:
    'Lembar "{{sheet}}" kolom {{column}}: "{{name}}" bukan kriteria indikator kategori "{{category}}". Hapus kolom itu atau perbaiki judulnya.',
  unknown_nominee: 'Lembar "{{sheet}}" baris {{row}}: peserta "{{name}}" tidak dikenal di kategori ini.',
  ambiguous_nominee:
    'Lembar "{{sheet}}" baris {{row}}: "{{name}}" cocok dengan lebih dari satu peserta. Tulis "Kabupaten …" atau "Kota …", atau kode Kemendagri.',
  duplicate: 'Lembar "{{sheet}}" baris {{row}}: "{{name}}" sudah ada di baris {{first}}.',
  not_a_number: 'Lembar "{{sheet}}" sel {{column}}{{row}}: "{{value}}" bukan angka.',
  percent_out_of_range:
    'Lembar "{{sheet}}" sel {{column}}{{row}}: {{value}} untuk "{{criterion}}" adalah persentase, jadi harus antara 0 dan 100.',
  out_of_scale:
    'Lembar "{{sheet}}" sel {{column}}{{row}}: nilai {{value}} untuk "{{criterion}}" harus antara {{min}} dan {{max}}.',
  no_values: 'Lembar "{{sheet}}" tidak berisi nilai indikator apa pun.',
  template: {
    title: 'Data Indikator — {{award}}',
    instructions:
      'Isi satu nilai terukur per sel. Sel kosong tidak diubah. Jangan ubah baris ID dan kolom Kode. Desimal boleh dengan koma (87,5); persen boleh ditulis 87,5 %.',
    scale: '{{min}}–{{max}}',
  },
  rule: {
    higher: 'makin tinggi makin baik',
    lower: 'makin rendah makin baik',
    minmax: 'min–maks: {{direction}} (terbaik = 100, terburuk = 0)',
    target: 'target {{target}}, {{direction}}, maks. 100',
    targetCap: 'target {{target}}, {{direction}}, capaian dihitung sampai {{cap}} dari target = 100',
    rank: 'peringkat: {{direction}} (terbaik = 100, terakhir = 0)',
  },
};
