export const jurors = {
  title: 'Dewan Juri',
  intro: 'Anggota dewan juri, PIN masuk, dan konflik kepentingan.',
  empty: 'Belum ada juri.',
};
