export const decision = {
  title: 'Berita Acara & Piagam',
  intro: '',
};
