export const ballots = {
  title: 'Surat Suara Kertas',
  intro: 'Impor nilai satu juri dari berkas CSV atau XLSX.',
};
