import type { indicatorErrors as id } from '../id/errors-indicators';

export const indicatorErrors: Record<keyof typeof id, string> = {};
