import type { nominees as id } from '../id/nominees';

export const nominees: Record<keyof typeof id, string> = {
  title: 'Nominees',
  intro: 'The nominees being judged: provinces, regencies/cities, or others (schools, people, agencies).',
  empty: 'No nominees yet.',
};
