import type { ChalkInstance } from 'chalk';
import { paletteOf } from '../output/color.js';
import { csvLine } from '../output/csv.js';
import { sanitizeDeep, stripUnsafe } from '../output/sanitize.js';
import { displayWidth, groupDigits, padEndDisplay, padStartDisplay, truncateDisplay } from '../output/text.js';
import type { Figures } from '../output/headline.js';
import type { Stats, Tally } from './aggregate.js';

const FIGURE_LABELS: Record<keyof Figures, string> = {
  leakedPeople: 'leaked people',
  leakedRecords: 'leaked records',
  possiblePeople: 'possibly leaked people',
  possibleRecords: 'possibly leaked records',
};

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `value / max * width` columns in Unicode blocks, eighths for the remainder; at least a sliver when value > 0. */
export function bar(value: number, max: number, width: number): string {
  if (value <= 0 || max <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** Rows of cells aligned by display width; `right` marks right-aligned (numeric) columns. */
function grid(rows: string[][], right: boolean[], indent = '  '): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => displayWidth(r[k] ?? ''))));
  return rows.map((r) => indent + r.map((cell, k) => (right[k] ? padStartDisplay(cell, widths[k]!) : padEndDisplay(cell, widths[k]!))).join('  ').trimEnd());
}

/** "1 release", "2 releases", "1,933 releases". */
const plural = (n: number, noun: string): string => `${groupDigits(n)} ${noun}${n === 1 ? '' : 's'}`;

const num = (n: number | null): string => (n === null ? '-' : groupDigits(n));

export interface StatsTextOptions {
  chalk: ChalkInstance;
  /** Widest bar, in columns. */
  barWidth?: number;
  /** Why nothing was selected, told when there are no releases ("no release published between …"). */
  emptyReason?: string;
}

/** The terminal view: a bar chart of releases per month, then the tables. */
export function formatStatsText(raw: Stats, options: StatsTextOptions): string {
  // Names and dates come from the releases (or from a hand-made NDJSON file): untrusted.
  const stats = sanitizeDeep(raw);
  const p = paletteOf(options.chalk);
  const out: string[] = [];
  const section = (title: string): void => void out.push('', p.heading(title));
  const range = stats.firstDate ? `, ${stats.firstDate} to ${stats.lastDate}` : '';
  out.push(
    p.heading(`${plural(stats.releases, 'release')}, ${plural(stats.incidents, 'incident')}`) +
      ` (${plural(stats.followUps, 'follow-up')}${stats.failed ? `, ${plural(stats.failed, 'input')} failed` : ''}${stats.nonReleases ? `, ${plural(stats.nonReleases, 'file')} not releases left out` : ''}${range})`,
  );

  // Nothing selected is an answer, not an error: say so instead of printing empty tables.
  if (stats.releases === 0) {
    out.push('', `Nothing to count: ${stripUnsafe(options.emptyReason ?? 'no release was selected')}.`);
    return out.join('\n') + '\n';
  }

  section('Releases per month');
  const max = Math.max(0, ...stats.byMonth.map((m) => m.releases));
  const monthRows = grid(stats.byMonth.map((m) => [m.month, groupDigits(m.releases)]), [false, true]);
  stats.byMonth.forEach((m, k) => {
    const b = bar(m.releases, max, options.barWidth ?? 50);
    out.push(b ? `${monthRows[k]}  ${p.bar(b)}` : monthRows[k]!);
  });

  section('Incident types');
  out.push(...tallyRows(stats.byIncidentType, p.label));

  section('Leaked and possibly leaked (per incident its latest figure; follow-ups not added again)');
  out.push(
    ...grid(
      [
        ['', 'total', 'incidents', 'sum over releases'],
        ...(Object.keys(FIGURE_LABELS) as (keyof Figures)[]).map((k) => [
          FIGURE_LABELS[k],
          groupDigits(stats.figures[k].total),
          groupDigits(stats.figures[k].incidents),
          groupDigits(stats.figures[k].releaseSum),
        ]),
      ],
      [false, true, true, true],
    ).map((line, k) => (k === 0 ? p.label(line) : line)),
  );

  if (stats.largest.length) {
    section('Largest incidents');
    out.push(
      ...grid(
        [
          ['organization', 'releases', 'last', 'leaked people', 'leaked records', 'possible people', 'possible records'],
          ...stats.largest.map((s) => [
            truncateDisplay(stripUnsafe(s.organization), 36),
            String(s.releases),
            s.last ?? '-',
            num(s.figures.leakedPeople),
            num(s.figures.leakedRecords),
            num(s.figures.possiblePeople),
            num(s.figures.possibleRecords),
          ]),
        ],
        [false, true, false, true, true, true, true],
      ).map((line, k) => (k === 0 ? p.label(line) : line)),
    );
  }

  section('Data kinds (leaked or possibly leaked)');
  out.push(...tallyRows(stats.dataTypes, p.label));
  section('Most-mentioned products');
  out.push(...(stats.products.length ? tallyRows(stats.products, p.label) : ['  -']));
  section('Most-mentioned CVEs');
  out.push(...(stats.cves.length ? tallyRows(stats.cves, p.label) : ['  -']));
  return out.join('\n') + '\n';
}

function tallyRows(rows: Tally[], headerStyle: (s: string) => string): string[] {
  if (rows.length === 0) return ['  -'];
  return grid(
    [['', 'releases', 'incidents'], ...rows.map((r) => [truncateDisplay(stripUnsafe(r.name), 40), groupDigits(r.releases), groupDigits(r.incidents)])],
    [false, true, true],
  ).map((line, k) => (k === 0 ? headerStyle(line) : line));
}

/**
 * Stats as one tidy CSV table (RFC 4180): `table,key,releases,incidents,value`, one row per month,
 * type, figure, data kind, product, CVE — easy to pivot in a spreadsheet.
 */
export function formatStatsCsv(stats: Stats, bom = false): string {
  let out = (bom ? '\uFEFF' : '') + csvLine(['table', 'key', 'releases', 'incidents', 'value']);
  out += csvLine(['total', 'releases', stats.releases, null, null]);
  out += csvLine(['total', 'incidents', null, stats.incidents, null]);
  out += csvLine(['total', 'follow_ups', stats.followUps, null, null]);
  out += csvLine(['total', 'failed', null, null, stats.failed]);
  out += csvLine(['total', 'non_releases', null, null, stats.nonReleases]);
  for (const m of stats.byMonth) out += csvLine(['month', m.month, m.releases, null, null]);
  for (const t of stats.byIncidentType) out += csvLine(['incident_type', t.name, t.releases, t.incidents, null]);
  for (const k of Object.keys(FIGURE_LABELS) as (keyof Figures)[]) {
    out += csvLine(['figure', k, null, stats.figures[k].incidents, stats.figures[k].total]);
    out += csvLine(['figure_release_sum', k, null, null, stats.figures[k].releaseSum]);
  }
  for (const t of stats.dataTypes) out += csvLine(['data_type', t.name, t.releases, t.incidents, null]);
  for (const t of stats.products) out += csvLine(['product', t.name, t.releases, t.incidents, null]);
  for (const t of stats.cves) out += csvLine(['cve', t.name, t.releases, t.incidents, null]);
  return out;
}

export function formatStatsJson(stats: Stats): string {
  return JSON.stringify(stats, null, 2) + '\n';
}
