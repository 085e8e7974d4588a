/** errors messages of the certificates feature. */
export const certificateErrors = {
  signatureNotPng: 'Tanda tangan harus berupa gambar PNG dari papan tanda tangan.',
  signatureDamaged: 'Gambar tanda tangan rusak atau tidak lengkap. Gambar ulang lalu simpan lagi.',
  signatureTooLarge: 'Gambar tanda tangan terlalu besar ({{kb}} KB, paling besar {{max}} KB).',
  notSealed:
    'Keputusan kategori ini belum difinalkan. Ketua dewan juri harus memfinalkannya dulu sebelum juri menyetujuinya.',
  noWinners: 'Belum ada pemenang untuk dicetak piagamnya. Periksa hasil penilaian dan aturan pemenang kategori.',
  jobNotFound: 'Proses ekspor tidak ditemukan (mungkin aplikasi sudah dibuka ulang).',
  exportFailed: 'Ekspor piagam gagal: {{reason}}',
  payloadUnreadable: 'Kode QR ini bukan piagam Juri atau isinya rusak.',
  signatureInvalid: 'Tanda tangan digital piagam tidak sah: isinya telah diubah.',
  otherAward: 'Piagam ini ditandatangani dengan kunci penghargaan lain, bukan berkas ini.',
  resultsDiffer: 'Piagam ini tidak sesuai dengan hasil penilaian saat ini di berkas penghargaan.',
  qrNotFound: 'Tidak ditemukan kode QR di gambar "{{path}}".',
  outNotDirectory: 'Folder tujuan "{{path}}" tidak dapat dipakai.',
  imageTooLarge: 'Gambar terlalu besar (paling besar 3 MB).',
  imageNotSupported: 'Gambar harus berupa PNG atau JPEG.',
};
