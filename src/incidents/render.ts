import type { ChalkInstance } from 'chalk';
import { paletteOf } from '../output/color.js';
import { csvField, CSV_EOL, UTF8_BOM } from '../output/csv.js';
import { escapeMarkdown, sanitizeDeep, stripUnsafe } from '../output/sanitize.js';
import { displayWidth, groupDigits, padEndDisplay, truncateDisplay } from '../output/text.js';
import { HEADLINE_KEYS } from '../types.js';
import type { ConsolidatedFigure, IncidentRecord, ReleaseChanges } from './build.js';

/** `disclose incidents` output: the formats `parse` has, one incident per record. */
export const INCIDENT_FORMATS = ['json', 'ndjson', 'summary', 'table', 'csv', 'markdown'] as const;
export type IncidentFormat = (typeof INCIDENT_FORMATS)[number];

const FIGURE_LABELS: Record<(typeof HEADLINE_KEYS)[number], string> = {
  confirmedPeople: 'confirmed people',
  confirmedRecords: 'confirmed records',
  possiblePeople: 'possible people',
  possibleRecords: 'possible records',
};

function figure(f: ConsolidatedFigure | null): string {
  return f ? `${f.approx ? '~' : ''}${groupDigits(f.value)} ${f.unit}` : '';
}

/** A short name for a release path: the file name. */
function shortPath(path: string): string {
  return path.replace(/\\/g, '/').split('/').slice(-3).join('/');
}

/** The changes of one follow-up, one line each: "confirmed people 1,000 → 1,200 名 (raised)". */
export function changeLines(c: ReleaseChanges): string[] {
  const out: string[] = [];
  for (const f of c.figures) {
    const from = f.from === null ? '-' : groupDigits(f.from);
    const to = f.to === null ? '-' : groupDigits(f.to);
    out.push(`${FIGURE_LABELS[f.figure]}: ${from} → ${to} ${f.unit} (${f.change})`);
  }
  if (c.dataTypesAdded.length) out.push(`data added: ${c.dataTypesAdded.join(', ')}`);
  if (c.dataTypesRuledOut.length) out.push(`ruled out: ${c.dataTypesRuledOut.join(', ')}`);
  if (c.incidentTypesAdded.length) out.push(`types added: ${c.incidentTypesAdded.join(', ')}`);
  for (const d of c.newDates) out.push(`new date: ${d.date} ${d.event}`);
  if (c.status) out.push(`status: ${c.status.from} → ${c.status.to}`);
  if (out.length === 0) out.push('no change in figures, data kinds, dates or status');
  return out;
}

export function formatIncidentSummary(raw: IncidentRecord, chalk: ChalkInstance): string {
  const r = sanitizeDeep(raw);
  const p = paletteOf(chalk);
  const lines: string[] = [];
  lines.push(`${p.heading(r.organization?.name ?? '(unknown)')}  ${p.date(r.firstDate ?? '-')} … ${p.date(r.lastDate ?? '-')}  ${r.status}  ${p.muted(r.id)}`);
  lines.push(`${p.label('releases')}`);
  for (const rel of r.releases) {
    const num = rel.report.number !== null ? ` 第${rel.report.number}報` : '';
    const why = rel.linkedBy.length ? p.muted(`  ← ${[...new Set(rel.linkedBy.map((l) => l.kind))].join(', ')}`) : '';
    lines.push(`  ${p.date(rel.publishedAt ?? '-')}  ${padEndDisplay(rel.role, 9)}${num} ${truncateDisplay(rel.title ?? '', 60)}${why}`);
  }
  const figs = HEADLINE_KEYS.filter((k) => r.headline[k]).map((k) => `${FIGURE_LABELS[k]} ${(k.startsWith('confirmed') ? p.leaked : p.possible)(figure(r.headline[k]))}`);
  if (figs.length) lines.push(`${p.label('headline')}  ${figs.join('  ')}`);
  if (r.incidentTypes.length) lines.push(`${p.label('types')}     ${r.incidentTypes.map(p.type).join(', ')}`);
  if (r.dataTypes.length) lines.push(`${p.label('data')}      ${r.dataTypes.join(', ')}${r.notLeaked.length ? `  (not leaked: ${r.notLeaked.join(', ')})` : ''}`);
  if (r.products.length || r.cves.length) lines.push(`${p.label('products')}  ${[...r.products.map((x) => x.name), ...r.cves.map(p.cve)].join(', ')}`);
  for (const c of r.changes) {
    lines.push(`${p.label('changes')}   ${shortPath(c.release)}`);
    for (const l of changeLines(c)) lines.push(`  ${l}`);
  }
  return lines.join('\n') + '\n';
}

const TABLE_HEADER = ['first', 'last', 'organization', 'releases', 'status', 'confirmed', 'possible', 'types'];

export function formatIncidentTable(raw: readonly IncidentRecord[], chalk: ChalkInstance): string {
  const p = paletteOf(chalk);
  const rows = raw.map((x) => {
    const r = sanitizeDeep(x);
    const top = (a: ConsolidatedFigure | null, b: ConsolidatedFigure | null): string => figure(a ?? b);
    return [r.firstDate ?? '-', r.lastDate ?? '-', truncateDisplay(r.organization?.name ?? '(unknown)', 30), String(r.releases.length), r.status, top(r.headline.confirmedPeople, r.headline.confirmedRecords), top(r.headline.possiblePeople, r.headline.possibleRecords), truncateDisplay(r.incidentTypes.join(','), 32)];
  });
  const widths = TABLE_HEADER.map((h, k) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[k]!))));
  const line = (cells: string[]): string => cells.map((c, k) => padEndDisplay(c, widths[k]!)).join('  ').trimEnd();
  return [p.heading(line(TABLE_HEADER)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

export const INCIDENT_CSV_COLUMNS = ['id', 'organization', 'status', 'first_date', 'last_date', 'releases', 'confirmed_people', 'confirmed_records', 'possible_people', 'possible_records', 'incident_types', 'data_types', 'not_leaked', 'products', 'cves', 'paths'];

export function incidentCsvRow(r: IncidentRecord): string {
  const v = (f: ConsolidatedFigure | null): number | null => f?.value ?? null;
  const cells = [r.id, r.organization?.name ?? null, r.status, r.firstDate, r.lastDate, r.releases.length, v(r.headline.confirmedPeople), v(r.headline.confirmedRecords), v(r.headline.possiblePeople), v(r.headline.possibleRecords), r.incidentTypes.join('; '), r.dataTypes.join('; '), r.notLeaked.join('; '), r.products.map((x) => x.name).join('; '), r.cves.join('; '), r.releases.map((x) => x.path).join('; ')];
  return cells.map(csvField).join(',') + CSV_EOL;
}

function md(text: string, max = 200): string {
  return escapeMarkdown(truncateDisplay(stripUnsafe(text), max));
}

export function incidentMarkdownHeader(): string {
  return '| First | Last | Organization | Releases | Status | Confirmed | Possible | Incident types |\n| --- | --- | --- | --: | --- | --: | --: | --- |\n';
}

export function incidentMarkdownRow(r: IncidentRecord): string {
  const cells = [r.firstDate ?? '', r.lastDate ?? '', md(r.organization?.name ?? '(unknown)'), String(r.releases.length), r.status, md(figure(r.headline.confirmedPeople ?? r.headline.confirmedRecords)), md(figure(r.headline.possiblePeople ?? r.headline.possibleRecords)), r.incidentTypes.join(', ')];
  return `| ${cells.map((c) => c || ' ').join(' | ')} |\n`;
}

/** Renders all incidents in one format. */
export function renderIncidents(records: readonly IncidentRecord[], format: IncidentFormat, options: { chalk: ChalkInstance; bom?: boolean }): string {
  switch (format) {
    case 'ndjson':
      return records.map((r) => JSON.stringify(r) + '\n').join('');
    case 'json':
      return JSON.stringify(records, null, 2) + '\n';
    case 'summary':
      return records.map((r) => formatIncidentSummary(r, options.chalk)).join('\n');
    case 'table':
      return formatIncidentTable(records, options.chalk);
    case 'csv':
      return (options.bom ? UTF8_BOM : '') + INCIDENT_CSV_COLUMNS.join(',') + CSV_EOL + records.map(incidentCsvRow).join('');
    case 'markdown':
      return incidentMarkdownHeader() + records.map(incidentMarkdownRow).join('');
  }
}

/** `disclose diff` on a terminal: what the newer release changes. */
export function formatDiffText(raw: ReleaseChanges, chalk: ChalkInstance): string {
  const c = sanitizeDeep(raw);
  const p = paletteOf(chalk);
  return [`${p.label('from')} ${c.previous}`, `${p.label('to')}   ${c.release}`, ...changeLines(c).map((l) => `  ${l}`)].join('\n') + '\n';
}
