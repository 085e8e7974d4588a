import type { certificates as id } from '../id/certificates';

type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

export const certificates: Same<typeof id> = {
  title: 'Certificates of award',
};
