import type { indicators as id } from '../id/indicators';

type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

export const indicators: Same<typeof id> = {
  title: 'Indicator data',
  intro: '',
};
