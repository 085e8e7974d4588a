import type { decision as id } from '../id/decision';

type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

export const decision: Same<typeof id> = {
  title: 'Decision sheets & certificates',
  intro: '',
};
