import type { merge as id } from '../id/merge';

type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

export const merge: Same<typeof id> = {
  title: 'Merge files',
  intro: '',
};
