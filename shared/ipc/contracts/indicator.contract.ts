/** The `indicator` namespace of the one IPC contract (composed in ../contract.ts). */
export const indicatorContract = {} as const;
