/** Messages of the merge features, under `errors.merge.*`. */
export const mergeErrors = {};
