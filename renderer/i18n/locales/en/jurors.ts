import type { jurors as id } from '../id/jurors';

export const jurors: Record<keyof typeof id, string> = {
  title: 'Jury',
  intro: 'Jury members, sign-in PINs and conflicts of interest.',
  empty: 'No jurors yet.',
};
