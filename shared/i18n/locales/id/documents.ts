/** Words main writes into files it produces (ballot templates; later decision sheets and certificates). */
export const documents = {
  ballot: {
    title: 'Lembar Nilai Juri — {{award}}',
    category: 'Kategori',
    juror: 'Juri',
    code: 'Kode',
    nominee: 'Peserta',
    idRow: 'ID',
    conflict: 'konflik kepentingan, jangan diisi',
    instructions:
      'Isi satu nilai per sel. Sel kosong tidak diubah. Jangan ubah baris ID dan kolom Kode. Desimal boleh dengan koma (87,5).',
    range: '{{min}}–{{max}}, langkah {{step}}',
  },
};
