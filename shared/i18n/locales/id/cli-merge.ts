/** CLI messages of the merge commands (spread into the `cli` namespace). */
export const mergeCli = {};
