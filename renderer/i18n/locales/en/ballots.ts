import type { ballots as id } from '../id/ballots';

export const ballots: Record<keyof typeof id, string> = {
  title: 'Paper ballots',
  intro: "Import one juror's scores from a CSV or XLSX file.",
};
