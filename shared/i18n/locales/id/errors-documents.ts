/** Messages of the documents features, under `errors.document.*`. */
export const documentErrors = {
  passphraseTooShort: 'Frasa sandi paling sedikit {{min}} karakter.',
  passphraseMismatch: 'Kedua frasa sandi tidak sama.',
  passphraseMissing: 'Frasa sandi sertifikat Dewan Juri belum diberikan. Isi variabel lingkungan JURI_PASSPHRASE.',
  wrongPassphrase: 'Frasa sandi sertifikat Dewan Juri salah.',
  committeeKeyExists:
    'Penghargaan ini sudah memiliki sertifikat Dewan Juri. Sertifikat tidak dibuat ulang agar dokumen yang sudah ditandatangani tetap dapat diperiksa.',
  noCommitteeKey: 'Penghargaan ini belum memiliki sertifikat Dewan Juri. Ketua dapat membuatnya di menu Dokumen.',
  nothingToFinalise: 'Kategori {{category}} belum dapat difinalkan: belum ada peserta yang dapat diperingkat.',
  alreadySealed: 'Kategori {{category}} sudah difinalkan.',
  notSealed: 'Kategori {{category}} belum difinalkan. Ketua dewan juri harus memfinalkannya dulu.',
  sealMismatch:
    'Hasil kategori {{category}} berubah setelah difinalkan. Ketua harus membuka kembali lalu memfinalkannya lagi.',
  reasonTooShort: 'Tuliskan alasan paling sedikit 5 karakter.',
  sealedCategory: 'Kategori {{category}} sudah difinalkan; nilai tidak dapat diubah sebelum ketua membukanya kembali.',
  notPdf: 'Berkas "{{name}}" bukan PDF.',
  documentInvalid: 'Dokumen TIDAK SAH.',
};
