import type { ChalkInstance } from 'chalk';
import type { Incident } from '../types.js';
import { paletteOf } from './color.js';
import { headlineFiguresOf, reportLabel } from './headline.js';
import { sanitizeDeep } from './sanitize.js';
import { displayWidth, groupDigits, padEndDisplay, padStartDisplay, truncateDisplay } from './text.js';

export interface TableOptions {
  chalk: ChalkInstance;
  /** The terminal's width: the organization, types and data columns narrow to fit it (down to 12 columns each). */
  width?: number;
}

/** Columns that give up room first when the table is wider than the terminal, in order. */
const SHRINKABLE = ['data', 'types', 'organization'];
const MIN_SHRUNK = 12;

interface Column {
  header: string;
  /** Widest a cell may be, in columns (longer cells are cut with "..."). */
  max: number;
  align: 'left' | 'right';
  cell: (incident: Incident) => string;
  style?: 'leaked' | 'possible' | 'date' | 'heading';
}

/** The headline figures of a status: "168 名", "4,120 名 / 4,120 件" (people, then records). */
function topCount(incident: Incident, status: 'leaked' | 'possible'): string {
  return headlineFiguresOf(incident, status).map((f) => `${f.approx ? '~' : ''}${groupDigits(f.value)} ${f.unit}`).join(' / ');
}

export const TABLE_COLUMNS: readonly Column[] = [
  { header: 'date', max: 10, align: 'left', style: 'date', cell: (i) => i.publishedAt ?? '-' },
  { header: 'organization', max: 30, align: 'left', style: 'heading', cell: (i) => i.organization?.name ?? '(unknown)' },
  { header: 'report', max: 18, align: 'left', cell: reportLabel },
  { header: 'types', max: 32, align: 'left', cell: (i) => i.incidentTypes.join(',') },
  { header: 'leaked', max: 26, align: 'right', style: 'leaked', cell: (i) => topCount(i, 'leaked') },
  { header: 'possible', max: 26, align: 'right', style: 'possible', cell: (i) => topCount(i, 'possible') },
  { header: 'data', max: 40, align: 'left', cell: (i) => i.dataTypes.join(',') },
];

/**
 * One row per release, columns aligned by display width; the widths come from the rows, so the
 * table is printed once every release is in (`createWriter` buffers it).
 */
export function formatTable(raw: readonly Incident[], options: TableOptions): string {
  const p = paletteOf(options.chalk);
  const cells = raw.map((incident) => {
    const clean = sanitizeDeep(incident);
    return TABLE_COLUMNS.map((col) => col.cell(clean));
  });
  const limits = TABLE_COLUMNS.map((col, k) => Math.min(col.max, Math.max(displayWidth(col.header), ...cells.map((r) => displayWidth(r[k]!)))));
  if (options.width) {
    let excess = limits.reduce((a, b) => a + b, 0) + 2 * (limits.length - 1) - options.width;
    for (const name of SHRINKABLE) {
      if (excess <= 0) break;
      const k = TABLE_COLUMNS.findIndex((c) => c.header === name);
      const give = Math.min(excess, Math.max(0, limits[k]! - MIN_SHRUNK));
      limits[k] = limits[k]! - give;
      excess -= give;
    }
  }
  const rows = cells.map((r) => r.map((text, k) => truncateDisplay(text, limits[k]!)));
  const widths = TABLE_COLUMNS.map((col, k) => Math.max(displayWidth(col.header), ...rows.map((r) => displayWidth(r[k]!))));
  const pad = (text: string, k: number): string =>
    TABLE_COLUMNS[k]!.align === 'right' ? padStartDisplay(text, widths[k]!) : padEndDisplay(text, widths[k]!);
  const styleOf = (col: Column): ((s: string) => string) => (col.style ? p[col.style] : (s) => s);
  const lines: string[] = [];
  lines.push(TABLE_COLUMNS.map((col, k) => p.heading(pad(col.header, k))).join('  ').trimEnd());
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) {
    // Color the text, not the padding, so trailing spaces stay plain and trimmable.
    lines.push(
      r
        .map((text, k) => {
          const padded = pad(text, k);
          if (text === '') return padded;
          const at = padded.indexOf(text);
          return padded.slice(0, at) + styleOf(TABLE_COLUMNS[k]!)(text) + padded.slice(at + text.length);
        })
        .join('  ')
        .trimEnd(),
    );
  }
  return lines.join('\n') + '\n';
}
