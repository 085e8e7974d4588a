import type { documentErrors as id } from '../id/errors-documents';

export const documentErrors: Record<keyof typeof id, string> = {};
