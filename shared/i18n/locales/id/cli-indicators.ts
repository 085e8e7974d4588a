/** CLI messages of the indicators commands (spread into the `cli` namespace). */
export const indicatorCli = {};
