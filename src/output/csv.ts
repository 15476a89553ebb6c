import type { Incident } from '../types.js';
import { figuresOf, headlineFiguresOf, productLabel, timelineInOrder } from './headline.js';
import { neutralizeFormula, stripUnsafe } from './sanitize.js';

/**
 * CSV (RFC 4180): one row per release, the headline fields flattened, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break, quotes doubled. Lists are joined with "; ".
 * Text cells are stripped of control characters and neutralized against formula injection.
 */

type Cell = string | number | boolean | null;

export const CSV_COLUMNS: readonly { name: string; value: (i: Incident) => Cell }[] = [
  { name: 'path', value: (i) => i.source.path },
  { name: 'published_at', value: (i) => i.publishedAt },
  { name: 'organization', value: (i) => i.organization?.name ?? null },
  { name: 'organization_normalized', value: (i) => i.organization?.normalizedName ?? null },
  { name: 'organization_kind', value: (i) => i.organization?.kind ?? null },
  { name: 'title', value: (i) => i.title },
  { name: 'source_url', value: (i) => i.sourceUrl },
  { name: 'report_number', value: (i) => i.report.number },
  { name: 'follow_up', value: (i) => i.report.followUp },
  { name: 'final', value: (i) => i.report.final },
  { name: 'incident_types', value: (i) => i.incidentTypes.join('; ') },
  { name: 'leaked_people', value: (i) => figuresOf(i).leakedPeople },
  { name: 'leaked_records', value: (i) => figuresOf(i).leakedRecords },
  { name: 'possible_people', value: (i) => figuresOf(i).possiblePeople },
  { name: 'possible_records', value: (i) => figuresOf(i).possibleRecords },
  { name: 'top_leaked_value', value: (i) => headlineFiguresOf(i, 'leaked')[0]?.value ?? null },
  { name: 'top_leaked_unit', value: (i) => headlineFiguresOf(i, 'leaked')[0]?.unit ?? null },
  { name: 'top_leaked_subject', value: (i) => headlineFiguresOf(i, 'leaked')[0]?.subject ?? null },
  { name: 'top_possible_value', value: (i) => headlineFiguresOf(i, 'possible')[0]?.value ?? null },
  { name: 'top_possible_unit', value: (i) => headlineFiguresOf(i, 'possible')[0]?.unit ?? null },
  { name: 'top_possible_subject', value: (i) => headlineFiguresOf(i, 'possible')[0]?.subject ?? null },
  { name: 'counts', value: (i) => i.counts.length },
  { name: 'data_types', value: (i) => i.dataTypes.join('; ') },
  { name: 'not_leaked', value: (i) => i.notLeaked.join('; ') },
  { name: 'products', value: (i) => [...new Set(i.products.map(productLabel))].join('; ') },
  { name: 'cves', value: (i) => i.cves.join('; ') },
  { name: 'occurred', value: (i) => firstDate(i, 'occurred') },
  { name: 'detected', value: (i) => firstDate(i, 'detected') },
  { name: 'sha256', value: (i) => i.source.sha256 },
];

function firstDate(i: Incident, event: string): string | null {
  return timelineInOrder(i).find((t) => t.event === event)?.date ?? null;
}

export const CSV_EOL = '\r\n';
/** Excel reads a UTF-8 CSV as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** One CSV field: text is cleaned and neutralized, then quoted if it needs to be. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = neutralizeFormula(stripUnsafe(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + CSV_EOL;
}

export function csvHeader(): string {
  return csvLine(CSV_COLUMNS.map((c) => c.name));
}

export function csvRow(incident: Incident): string {
  return csvLine(CSV_COLUMNS.map((c) => c.value(incident)));
}
