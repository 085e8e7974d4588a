import type { mergeErrors as id } from '../id/errors-merge';

export const mergeErrors: Record<keyof typeof id, string> = {};
