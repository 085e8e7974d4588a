export const nominees = {
  title: 'Peserta',
  intro: 'Peserta yang dinilai: provinsi, kabupaten/kota, atau peserta lain (sekolah, perorangan, instansi).',
  empty: 'Belum ada peserta.',
};
