import type { Count, Headline, HeadlineFigure } from '../types.js';

/**
 * The headline of a release: for confirmed and possible leaks, of people and of records, the single
 * count the release stands behind. A release's counts overlap (a total and its breakdown, the same
 * people counted as e-mail addresses and as names), so a headline figure is always one count, never
 * a sum.
 */

/** Counter words that count people. */
export const PEOPLE_UNITS: ReadonlySet<string> = new Set(['名', '人', '方', '世帯']);
/** Counter words that count records: entries, e-mails, accounts. */
export const RECORD_UNITS: ReadonlySet<string> = new Set(['件', '通', 'アカウント']);

/** The count a headline figure stands on: the largest of its status and unit class (ties: first). */
function pick(counts: readonly Count[], status: Count['status'], units: ReadonlySet<string>): HeadlineFigure | null {
  let best = -1;
  counts.forEach((c, i) => {
    if (c.status === status && units.has(c.unit) && (best < 0 || c.value > counts[best]!.value)) best = i;
  });
  if (best < 0) return null;
  const c = counts[best]!;
  return { value: c.value, unit: c.unit, approx: c.approx, count: best, evidence: c.evidence };
}

export function headlineOf(counts: readonly Count[]): Headline {
  return {
    confirmedPeople: pick(counts, 'leaked', PEOPLE_UNITS),
    confirmedRecords: pick(counts, 'leaked', RECORD_UNITS),
    possiblePeople: pick(counts, 'possible', PEOPLE_UNITS),
    possibleRecords: pick(counts, 'possible', RECORD_UNITS),
  };
}
