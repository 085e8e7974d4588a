/** cli messages of the certificates feature. */
export const certificateCli = {};
