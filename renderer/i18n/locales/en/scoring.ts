import type { scoring as id } from '../id/scoring';

export const scoring: Record<keyof typeof id, string> = {
  title: 'My score sheets',
  intro: 'Score each nominee per criterion. Every score is saved at once.',
};
