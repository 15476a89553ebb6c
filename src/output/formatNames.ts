// The format names alone, so that defining --format loads none of the renderers (chalk, string-width).

/** Every output format of `parse` and `batch`. */
export const FORMATS = ['json', 'ndjson', 'summary', 'table', 'csv', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];
