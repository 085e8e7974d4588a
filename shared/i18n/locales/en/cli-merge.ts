import type { mergeCli as id } from '../id/cli-merge';

export const mergeCli: Record<keyof typeof id, string> = {};
