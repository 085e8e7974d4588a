/** Messages of the indicators features, under `errors.indicator.*`. */
export const indicatorErrors = {};
