export const indicators = {
  title: 'Data Indikator',
  intro: '',
};
