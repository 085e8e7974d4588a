/** The `certificate` namespace of the one IPC contract (composed in ../contract.ts). */
export const certificateContract = {} as const;
