/** Messages of the documents features, under `errors.document.*`. */
export const documentErrors = {};
