import { headlineOf } from '../incident/headline.js';
import type { Count, CountStatus, Headline, Incident } from '../types.js';

/**
 * What the human formats show first: a release's leaked and possibly-leaked counts, largest first,
 * and its headline figures (the table, CSV, index and stats report those, never a sum).
 */

export type FigureStatus = Extract<CountStatus, 'leaked' | 'possible'>;
export const FIGURE_STATUSES: readonly FigureStatus[] = ['leaked', 'possible'];

/** The headline slots of a status, people first. */
const SLOTS: Record<FigureStatus, readonly (keyof Headline)[]> = {
  leaked: ['confirmedPeople', 'confirmedRecords'],
  possible: ['possiblePeople', 'possibleRecords'],
};

/** A headline figure with the subject of the count it came from. */
export interface TopFigure {
  value: number;
  unit: string;
  approx: boolean;
  subject: string | null;
}

/** The headline figures of a status (people first, then records), each with its count's subject. */
export function headlineFiguresOf(incident: Incident, status: FigureStatus): TopFigure[] {
  const h = headlineOfIncident(incident);
  return SLOTS[status].flatMap((k) => {
    const f = h[k];
    return f ? [{ value: f.value, unit: f.unit, approx: f.approx, subject: incident.counts[f.count]?.subject ?? null }] : [];
  });
}

function headlineOfIncident(incident: Incident): Headline {
  return incident.headline ?? headlineOf(incident.counts ?? []);
}

/**
 * The counts of one status: those the headline stands on first, then the rest largest first
 * (ties keep document order).
 */
export function countsOf(incident: Incident, status: CountStatus): Count[] {
  const h = headlineOfIncident(incident);
  const heads = new Set<number>();
  if (status === 'leaked' || status === 'possible') for (const k of SLOTS[status]) if (h[k]) heads.add(h[k]!.count);
  return incident.counts
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.status === status)
    .sort((a, b) => Number(heads.has(b.i)) - Number(heads.has(a.i)) || b.c.value - a.c.value)
    .map(({ c }) => c);
}

/** What a count is besides its status, when it is not an own extent figure standing alone: "part", "other scope", "traffic" …. */
export function countTags(c: Count): string[] {
  const tags: string[] = [];
  if (c.role === 'total') tags.push('total');
  if (c.role === 'part') tags.push('part');
  if (c.scope === 'other') tags.push('other scope');
  if (c.measure && c.measure !== 'extent') tags.push(c.measure);
  for (const r of c.replaces ?? []) tags.push(`replaces ${r.value.toLocaleString('en-US')}${r.unit}`);
  return tags;
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
  const h = headlineOfIncident(incident);
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
