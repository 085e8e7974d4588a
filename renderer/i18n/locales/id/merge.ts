export const merge = {
  title: 'Gabungkan Berkas',
  intro: '',
};
