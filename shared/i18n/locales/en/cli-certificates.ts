import type { certificateCli as id } from '../id/cli-certificates';

export const certificateCli: Record<keyof typeof id, string> = {};
