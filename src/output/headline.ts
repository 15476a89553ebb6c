import { headlineOf } from '../incident/headline.js';
import type { Count, CountStatus, Incident } from '../types.js';

/**
 * What the human formats show first: a release's leaked and possibly-leaked counts, largest first,
 * and its headline figures (the table, CSV, index and stats report those, never a sum).
 */

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

/**
 * The release's headline values (src/incident/headline.ts). Incident JSON written before the
 * headline existed has none: its counts give it.
 */
export function figuresOf(incident: Incident): Figures {
  const h = incident.headline ?? headlineOf(incident.counts ?? []);
  return {
    leakedPeople: h.confirmedPeople?.value ?? null,
    leakedRecords: h.confirmedRecords?.value ?? null,
    possiblePeople: h.possiblePeople?.value ?? null,
    possibleRecords: h.possibleRecords?.value ?? null,
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
