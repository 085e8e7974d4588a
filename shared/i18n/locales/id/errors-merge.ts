/** Messages of the merge features, under `errors.merge.*`. */
export const mergeErrors = {
  noJurors: 'Belum ada juri di berkas ini. Tambahkan Dewan Juri dulu sebelum membagikan berkas.',
  unreadable: 'Berkas tidak dapat dibaca.',
  notJuriFile: 'Berkas ini bukan berkas penghargaan Juri.',
  integrity: 'Berkas rusak (pemeriksaan integritas SQLite gagal: {{detail}}).',
  newerSchema:
    'Berkas dibuat oleh versi Juri yang lebih baru (skema {{found}}, aplikasi ini {{known}}). Perbarui Juri lalu gabungkan lagi.',
  notExported:
    'Berkas ini belum diekspor untuk digabung (tidak ada manifes bertanda tangan). Minta juri memakai "Ekspor untuk digabung".',
  otherAward: 'Berkas ini milik penghargaan lain (ID penghargaan berbeda).',
  badManifest: 'Manifes berkas tidak terbaca.',
  deviceKeyMismatch: 'Kunci perangkat {{device}} tidak sama dengan kunci yang terdaftar. Berkas mungkin dipalsukan.',
  badSignature: 'Tanda tangan manifes tidak sah. Berkas telah diubah setelah diekspor.',
  brokenChain: 'Rantai riwayat perangkat {{device}} putus pada urutan {{seq}}. Berkas telah diubah.',
  historyRewritten:
    'Riwayat perangkat {{device}} pada urutan {{seq}} berbeda dari yang sudah digabung. Riwayat yang ditulis ulang ditolak.',
  manifestMismatch: 'Isi berkas tidak cocok dengan manifesnya. Berkas telah diubah setelah diekspor.',
  foreignEvents:
    'Berkas memuat riwayat perangkat lain ({{device}}) yang belum pernah digabung. Gabungkan berkas perangkat itu sendiri.',
  nothingToUndo: 'Belum ada penggabungan yang bisa dibatalkan.',
  backupMissing: 'Cadangan sebelum penggabungan tidak ditemukan: {{path}}.',
  backupMismatch: 'Cadangan {{path}} bukan milik penghargaan ini.',
  conflictNotFound: 'Konflik tidak ditemukan. Muat ulang daftar konflik.',
  alreadyResolved: 'Konflik ini sudah diputuskan.',
};
