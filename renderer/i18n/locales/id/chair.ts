export const chair = {
  title: 'Ketua & Sekretariat',
  intro: 'Status lembar nilai setiap juri, pembukaan kembali, dan riwayat.',
};
