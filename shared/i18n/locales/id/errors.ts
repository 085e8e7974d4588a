import { indicatorErrors } from './errors-indicators';
import { mergeErrors } from './errors-merge';
import { documentErrors } from './errors-documents';
import { certificateErrors } from './errors-certificates';

export const errors = {
  required: 'Wajib diisi.',
  tooLong: 'Terlalu panjang.',
  date: 'Tanggal tidak valid (gunakan TTTT-BB-HH).',
  number: 'Harus berupa angka.',
  decimals: 'Paling banyak 4 angka di belakang koma.',
  endBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
  stepPositive: 'Langkah harus lebih dari 0.',
  maxAboveMin: 'Nilai maksimum harus lebih besar dari minimum.',
  stepTooLarge: 'Langkah lebih besar dari rentang skala.',
  rubricOutsideScale: 'Rentang level rubrik harus di dalam skala kriteria.',
  weightPositive: 'Bobot harus lebih dari 0.',
  regionCode: 'Kode wilayah Kemendagri tidak valid (contoh: 64 atau 64.72).',
  pin: 'PIN harus 4–8 angka.',
  templateFormat: 'Bukan templat Juri (format harus "juri-template/1").',
  duplicateId: 'ID ini dipakai lebih dari sekali.',
  unknownNominee: 'Merujuk ke peserta yang tidak ada.',
  duplicateRegion: 'Wilayah ini sudah menjadi peserta.',
  invalidInput: 'Isian belum benar. Periksa kolom yang ditandai.',
  notFound: 'Data tidak ditemukan: {{what}}.',
  noAwardOpen: 'Belum ada berkas penghargaan yang dibuka.',
  notJuriFile: 'Berkas "{{path}}" bukan berkas penghargaan Juri.',
  resultsHidden: 'Hasil penilaian belum dibuka oleh ketua dewan juri. Juri menilai secara mandiri sampai hasil dibuka.',
  tableTooLarge: 'Berkas "{{name}}" terlalu besar: lembar "{{sheet}}" berisi lebih dari {{rows}} baris.',
  fileNotFound: 'Berkas "{{path}}" tidak ditemukan. Periksa nama dan foldernya.',
  newerSchema:
    'Berkas ini dibuat oleh versi Juri yang lebih baru (skema {{found}}, aplikasi ini {{known}}). Perbarui Juri untuk membukanya.',
  fileExists: 'Berkas "{{path}}" sudah ada. Pilih nama lain.',
  fileMissing: 'Berkas "{{path}}" tidak ditemukan.',
  unknownRegion: 'Kode wilayah {{code}} tidak ada di data referensi.',
  regionNotInProvince: 'Kab/kota {{code}} bukan bagian dari provinsi {{province}}.',
  dialogUnavailable: 'Mode peramban tidak punya dialog berkas. Ketik lokasi berkas.',
  invalidTemplate: 'Templat tidak valid: {{count}} masalah. Tidak ada yang ditulis.',
  internal: 'Terjadi kesalahan tak terduga. Data Anda tidak berubah. ({{detail}})',
  notSignedIn: 'Masuk dulu sebagai juri (pilih nama Anda dan masukkan PIN).',
  chairOnly: 'Hanya ketua dewan juri yang boleh melakukan ini.',
  secretariatOnly: 'Hanya ketua atau sekretaris dewan juri yang boleh melihat ini.',
  setupLockedWhileScoring:
    'Penilaian sudah dimulai: pengaturan hanya dapat diubah oleh ketua atau sekretaris yang sudah masuk.',
  wrongPin: 'PIN salah. Sisa percobaan: {{left}}.',
  pinLocked: 'Terlalu banyak PIN salah. Coba lagi dalam {{seconds}} detik.',
  pinNotSet: 'Juri ini belum punya PIN. Buat PIN terlebih dahulu.',
  pinAlreadySet: 'Juri ini sudah punya PIN. Masuk dengan PIN tersebut.',
  pinMismatch: 'Kedua PIN tidak sama.',
  categorySealed:
    'Hasil kategori ini sudah ditetapkan ketua, jadi nilainya tidak dapat diubah. Ketua dapat membuka kembali kategori dengan alasan tertulis.',
  tieNoChairStep:
    'Rantai penentu seri kategori ini tidak berakhir dengan keputusan ketua. Ubah pengaturan kategori lebih dulu.',
  tieNotTied: 'Peserta yang dipilih tidak sedang seri di kategori ini. Muat ulang hasil lalu coba lagi.',
  reasonRequired: 'Tuliskan alasannya (paling sedikit 5 karakter).',
  scoreOutOfRange: 'Nilai harus antara {{min}} dan {{max}}.',
  scoreOffStep: 'Nilai harus kelipatan {{step}} mulai dari {{min}} (antara {{min}} dan {{max}}).',
  sheetIncomplete: 'Masih ada {{missing}} sel yang belum dinilai. Lengkapi semua sel sebelum mengirim.',
  sheetNotSubmitted: 'Lembar ini belum dikirim, jadi tidak perlu dibuka kembali.',
  sheetLocked: 'Lembar penilaian ini sudah dikirim dan terkunci. Minta ketua membukanya kembali.',
  unknownCell: 'Peserta atau kriteria tidak ada di kategori ini: {{what}}.',
  indicatorReadOnly: 'Kriteria indikator diisi dari data terukur, bukan oleh juri.',
  conflictOfInterest: 'Anda memiliki konflik kepentingan dengan peserta ini, jadi tidak boleh menilainya.',
  ballotHasProblems: 'Lembar nilai punya {{count}} masalah. Tidak ada yang ditulis; perbaiki dulu baris yang ditandai.',
  ballot: {
    unknown_category:
      'Lembar "{{sheet}}": kolom kriteria tidak cocok dengan kategori mana pun. Pakai templat dari Juri, atau samakan judul kolom dengan nama kriteria.',
    unknown_nominee: 'Lembar "{{sheet}}" baris {{row}}: peserta "{{name}}" tidak dikenal di kategori ini.',
    ambiguous_nominee:
      'Lembar "{{sheet}}" baris {{row}}: "{{name}}" cocok dengan lebih dari satu peserta. Tulis "Kabupaten …" atau "Kota …", atau kode Kemendagri.',
    unknown_criterion:
      'Lembar "{{sheet}}" kolom {{column}}: "{{name}}" bukan kriteria yang dinilai juri di kategori "{{category}}".',
    not_a_number: 'Lembar "{{sheet}}" sel {{column}}{{row}}: "{{value}}" bukan angka.',
    out_of_range:
      'Lembar "{{sheet}}" sel {{column}}{{row}}: nilai {{value}} untuk "{{criterion}}" harus antara {{min}} dan {{max}}.',
    off_step:
      'Lembar "{{sheet}}" sel {{column}}{{row}}: nilai {{value}} untuk "{{criterion}}" harus kelipatan {{step}} (antara {{min}} dan {{max}}).',
    duplicate: 'Lembar "{{sheet}}" baris {{row}}: "{{name}}" sudah ada di baris {{first}}.',
    conflict:
      'Lembar "{{sheet}}" baris {{row}}: juri ini punya konflik kepentingan dengan "{{name}}"; nilainya tidak boleh diisi.',
    sheet_submitted:
      'Lembar "{{sheet}}": lembar penilaian kategori "{{category}}" juri ini sudah dikirim dan terkunci.',
    no_scores: 'Berkas tidak berisi nilai apa pun.',
  },
  fileFormat: 'Berkas "{{name}}" harus berformat .xlsx atau .csv.',
  noJudgedCriteria: 'Tidak ada kriteria yang dinilai juri di kategori ini, jadi tidak perlu lembar nilai.',
  csvOneCategory: 'Templat CSV hanya untuk satu kategori. Pilih kategorinya, atau unduh XLSX untuk semua kategori.',
  indicator: indicatorErrors,
  merge: mergeErrors,
  document: documentErrors,
  certificate: certificateErrors,
};
