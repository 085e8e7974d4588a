/** CLI messages of the documents commands (spread into the `cli` namespace). */
export const documentCli = {};
