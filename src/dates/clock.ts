import { parseIsoDate } from './dateMentions.js';
import type { Day } from './resolveDates.js';

/**
 * Today, the reference day a pasted text is read against when the caller names none (as chrono reads "Dec 3" against
 * now): the only place the dates code reads the clock. DISCLOSE_TEST_TODAY=YYYY-MM-DD moves it, for the test run that
 * shows no test, golden or script depends on the day it runs (every one that parses year-less text pins its reference).
 */
export function today(): Day {
  const moved = parseIsoDate(process.env.DISCLOSE_TEST_TODAY ?? null);
  if (moved) return moved;
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
