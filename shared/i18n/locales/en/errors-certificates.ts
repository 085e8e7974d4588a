import type { certificateErrors as id } from '../id/errors-certificates';

export const certificateErrors: Record<keyof typeof id, string> = {};
