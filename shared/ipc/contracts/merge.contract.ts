/** The `merge` namespace of the one IPC contract (composed in ../contract.ts). */
export const mergeContract = {} as const;
