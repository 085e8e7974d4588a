/** errors messages of the certificates feature. */
export const certificateErrors = {};
