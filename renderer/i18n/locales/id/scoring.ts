export const scoring = {
  title: 'Lembar Nilai Saya',
  intro: 'Nilai setiap peserta per kriteria. Setiap nilai langsung tersimpan.',
};
