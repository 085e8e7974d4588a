/** Words of the agreement and robustness analysis (electron/scoring/analyse.ts), for every host. */
export const results = {
  verdict: {
    stable: 'Stabil: pemenang tetap sama bila salah satu juri dikeluarkan dan bila bobot satu kriteria digeser ±10%.',
    stablePartial: 'Stabil pada pemeriksaan yang dapat dilakukan (lihat catatan).',
    sensitive: 'Sensitif, karena {{reasons}}.',
    undetermined: 'Belum dapat dinilai, karena {{reasons}}.',
    separator: '; ',
    looChanged: 'tanpa {{juror}}, pemenangnya menjadi {{winners}}',
    looReordered: 'tanpa {{juror}}, urutan pemenang berubah menjadi {{winners}}',
    weightChanged: 'bila bobot {{criterion}} diubah {{percent}}%, pemenangnya menjadi {{winners}}',
    weightReordered: 'bila bobot {{criterion}} diubah {{percent}}%, urutan pemenang berubah menjadi {{winners}}',
    noWinners: 'belum ada peserta yang dapat diperingkat',
    nobody: 'tidak ada',
  },
  notes: {
    outlier:
      'Penilaian {{juror}} kurang sejalan dengan juri lain (Spearman ρ = {{rho, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}).',
    lowAgreement:
      'Kesepakatan antarjuri rendah (W Kendall = {{w, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}).',
    notSignificant:
      'Kesepakatan antarjuri bisa saja kebetulan (p = {{p, number(maximumFractionDigits: 3)}}, lebih dari 0,05).',
    agreementUnavailable:
      'W Kendall belum dapat dihitung: perlu sedikitnya dua juri yang sama-sama menilai dua peserta yang sama.',
    looNotAssessed:
      'Tanpa {{juror}}, ada peserta yang tidak lagi memenuhi kuorum, jadi pemeriksaan tanpa juri ini dilewati.',
  },
};
