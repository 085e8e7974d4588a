import type { documentCli as id } from '../id/cli-documents';

export const documentCli: Record<keyof typeof id, string> = {};
