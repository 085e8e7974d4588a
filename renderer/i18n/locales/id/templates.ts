export const templates = {
  title: 'Templat',
  lead: 'Simpan susunan penghargaan ini sebagai templat untuk dipakai lagi tahun depan atau oleh daerah lain.',
  export: {
    title: 'Ekspor templat',
    text: 'Unduh susunan penghargaan yang sedang dibuka sebagai berkas .json.',
    button: 'Ekspor templat (.json)',
  },
  holds: {
    title: 'Isi templat',
    yes: [
      'Detail program dan penanda tangan',
      'Kategori, kriteria, bobot, skala dan rubrik',
      'Peserta dan peserta tiap kategori',
      'Dewan juri dan konflik kepentingan',
    ],
    no: ['Nilai dari juri', 'PIN juri'],
    noTitle: 'Tidak termasuk',
  },
  import: {
    title: 'Buat penghargaan dari templat',
    text: 'Berkas .json templat menjadi berkas penghargaan baru. Berkas yang sedang dibuka tidak berubah.',
    button: 'Buat dari templat…',
  },
  exported: 'Templat diunduh: {{fileName}}',
};
