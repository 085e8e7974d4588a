import type { results as id } from '../id/results';

type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

export const results: Same<typeof id> = {
  verdict: {
    stable: "Stable: the winners stay the same without any one juror and with any criterion's weight moved by ±10%.",
    stablePartial: 'Stable in the checks that could be made (see the notes).',
    sensitive: 'Sensitive, because {{reasons}}.',
    undetermined: 'Not yet assessable, because {{reasons}}.',
    separator: '; ',
    looChanged: 'without {{juror}}, the winners become {{winners}}',
    looReordered: 'without {{juror}}, the winners change places: {{winners}}',
    weightChanged: 'with the weight of {{criterion}} changed by {{percent}}%, the winners become {{winners}}',
    weightReordered: 'with the weight of {{criterion}} changed by {{percent}}%, the winners change places: {{winners}}',
    noWinners: 'no nominee can be ranked yet',
    nobody: 'nobody',
  },
  notes: {
    outlier:
      "{{juror}}'s scores agree little with the other jurors' (Spearman ρ = {{rho, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}).",
    lowAgreement:
      "The jurors' agreement is low (Kendall's W = {{w, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}).",
    notSignificant: "The jurors' agreement could be chance (p = {{p, number(maximumFractionDigits: 3)}}, above 0.05).",
    agreementUnavailable:
      "Kendall's W cannot be computed yet: it needs at least two jurors who both scored the same two nominees.",
    looNotAssessed:
      'Without {{juror}}, some nominee would fall below the quorum, so the check without this juror was skipped.',
  },
};
