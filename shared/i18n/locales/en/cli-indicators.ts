import type { indicatorCli as id } from '../id/cli-indicators';

export const indicatorCli: Record<keyof typeof id, string> = {};
