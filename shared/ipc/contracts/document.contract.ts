/** The `document` namespace of the one IPC contract (composed in ../contract.ts). */
export const documentContract = {} as const;
