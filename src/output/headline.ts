import type { Count, CountStatus, Incident } from '../types.js';

/**
 * The headline of a release: its leaked and possibly-leaked counts, largest first, and the figures
 * the table, CSV and stats report. Counts in one release often overlap (a total and its breakdown,
 * the same people counted as e-mail addresses and as names), so a release's figure for a unit class
 * is its LARGEST count of that class and status, never the sum.
 */

/** Counter words that count people. */
export const PEOPLE_UNITS: ReadonlySet<string> = new Set(['名', '人']);
/** Counter words that count records: entries, e-mails, accounts. */
export const RECORD_UNITS: ReadonlySet<string> = new Set(['件', '通', 'アカウント']);

export type FigureStatus = Extract<CountStatus, 'leaked' | 'possible'>;
export const FIGURE_STATUSES: readonly FigureStatus[] = ['leaked', 'possible'];

/** The counts of one status, largest first (ties keep document order). */
export function countsOf(incident: Incident, status: CountStatus): Count[] {
  return incident.counts.filter((c) => c.status === status).sort((a, b) => b.value - a.value);
}

export interface Figures {
  leakedPeople: number | null;
  leakedRecords: number | null;
  possiblePeople: number | null;
  possibleRecords: number | null;
}

export const FIGURE_KEYS: readonly (keyof Figures)[] = ['leakedPeople', 'leakedRecords', 'possiblePeople', 'possibleRecords'];

/** The largest count per status and unit class, or null when the release gives none. */
export function figuresOf(incident: Incident): Figures {
  const max = (status: FigureStatus, units: ReadonlySet<string>): number | null => {
    let best: number | null = null;
    for (const c of incident.counts) if (c.status === status && units.has(c.unit) && (best === null || c.value > best)) best = c.value;
    return best;
  };
  return {
    leakedPeople: max('leaked', PEOPLE_UNITS),
    leakedRecords: max('leaked', RECORD_UNITS),
    possiblePeople: max('possible', PEOPLE_UNITS),
    possibleRecords: max('possible', RECORD_UNITS),
  };
}

/** The timeline in date order ("2025-12" before "2025-12-03"); stable for equal dates. */
export function timelineInOrder(incident: Incident): Incident['timeline'] {
  return [...incident.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** "第3報", plus follow-up / final words, or "" for a first notice with no number. */
export function reportLabel(incident: Incident): string {
  const parts: string[] = [];
  if (incident.report.number !== null) parts.push(`第${incident.report.number}報`);
  if (incident.report.final) parts.push('final');
  else if (incident.report.followUp) parts.push('follow-up');
  return parts.join(' ');
}

/** Products as "name (vendor)" unless the name already carries the vendor. */
export function productLabel(p: Incident['products'][number]): string {
  if (!p.vendor || p.name.toLowerCase().includes(p.vendor.toLowerCase())) return p.name;
  return `${p.name} (${p.vendor})`;
}
