// The reference day the harness scripts read pages and texts on (ParseOptions.referenceDate, `--reference-date`): a page
// that lost its publication date is dated the same whatever day a script runs (the day this was set, 2026-12-07).
export const REFERENCE_DATE = '2026-12-07';
