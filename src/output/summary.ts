import type { ChalkInstance } from 'chalk';
import type { Count, Incident } from '../types.js';
import { paletteOf, type Palette } from './color.js';
import { countTags, countsOf, headlineFiguresOf, productLabel, reportLabel, timelineInOrder } from './headline.js';
import { sanitizeDeep } from './sanitize.js';
import { displayWidth, groupDigits, padEndDisplay, padStartDisplay, truncateDisplay, wrapItems, wrapText } from './text.js';

export interface SummaryOptions {
  chalk: ChalkInstance;
  /** Line width in columns (the terminal's width, or 100). */
  width?: number;
  /** At most this many counts per status (the rest are summed up as "... N more"). */
  maxCounts?: number;
}

const INDENT = '  ';
const LABEL_WIDTH = 11;
const DEFAULT_WIDTH = 100;

/**
 * A compact, human summary of one release: who, when, which report, what kind of incident, the
 * headline counts (largest first), data kinds, products / CVEs and the dated timeline. Plain text
 * carries every fact (labels, not colors, say what a number is); color only underlines it.
 */
export function formatSummary(raw: Incident, options: SummaryOptions): string {
  const incident = sanitizeDeep(raw);
  const p = paletteOf(options.chalk);
  const width = Math.max(40, options.width ?? DEFAULT_WIDTH);
  const valueWidth = width - INDENT.length - LABEL_WIDTH - 1;
  const lines: string[] = [];

  const org = incident.organization?.name ?? '(organization unknown)';
  const head = [p.heading(org), p.date(incident.publishedAt ?? 'date unknown')];
  const report = reportLabel(incident);
  if (report) head.push(report);
  lines.push(head.join('  '));
  if (incident.title) lines.push(...wrapText(incident.title, width, 3));

  const row = (label: string, values: string[]): void => {
    const pad = ' '.repeat(INDENT.length + LABEL_WIDTH + 1);
    values.forEach((v, i) => lines.push(i === 0 ? `${INDENT}${p.label(padEndDisplay(label, LABEL_WIDTH))} ${v}` : pad + v));
  };

  const list = (items: string[], style?: (s: string) => string): string[] => (items.length ? wrapItems(items, valueWidth, 0, style) : ['-']);
  row('types', list(incident.incidentTypes, p.type));

  // The figures a reader quotes (src/incident/headline.ts): confirmed and possible, people and records.
  const heads = (['leaked', 'possible'] as const).flatMap((status) =>
    headlineFiguresOf(incident, status).map((f) => `${(status === 'leaked' ? p.leaked : p.possible)((f.approx ? '~' : '') + groupDigits(f.value))} ${f.unit} ${status === 'leaked' ? 'confirmed' : 'possible'}`),
  );
  row('headline', heads.length ? heads : ['-']);

  const blocks = [
    { label: 'leaked', counts: countsOf(incident, 'leaked'), style: p.leaked, max: options.maxCounts ?? 5 },
    { label: 'possible', counts: countsOf(incident, 'possible'), style: p.possible, max: options.maxCounts ?? 5 },
    { label: 'affected', counts: countsOf(incident, 'affected'), style: (s: string) => s, max: 3 },
  ];
  const shown = blocks.flatMap((b) => b.counts.slice(0, b.max));
  const numberWidth = Math.max(0, ...shown.map((c) => displayWidth(numberText(c))));
  const unitWidth = Math.max(0, ...shown.map((c) => displayWidth(c.unit)));
  if (shown.length === 0) row('leaked', ['- (none stated)']);
  // A section says which service a count belongs to; one shared heading ("漏えいした情報") says nothing.
  const showSection = new Set(incident.counts.map((c) => c.section)).size > 1;
  for (const b of blocks) {
    if (b.counts.length === 0) continue;
    const out = b.counts.slice(0, b.max).map((c) => {
      const figure = padStartDisplay(numberText(c), numberWidth);
      const unit = ` ${padEndDisplay(c.unit, unitWidth)}  `;
      const rest = truncateDisplay(countSubject(c, showSection), Math.max(8, valueWidth - numberWidth - displayWidth(unit)));
      return b.style(figure) + unit + rest;
    });
    if (b.counts.length > b.max) out.push(p.muted(`... ${b.counts.length - b.max} more`));
    row(b.label, out);
  }

  row('data', list(incident.dataTypes));
  if (incident.notLeaked.length) row('not leaked', list(incident.notLeaked));
  if (incident.products.length) row('products', list(uniq(incident.products.map(productLabel)), p.product));
  if (incident.cves.length) row('CVEs', list(incident.cves, p.cve));
  const timeline = timelineLines(incident, p);
  row('timeline', timeline.length ? timeline : ['-']);
  const source = [incident.source.path, incident.sourceUrl].filter((s): s is string => !!s);
  row('source', source.map((s) => p.muted(truncateDisplay(s, valueWidth))));
  return lines.join('\n') + '\n';
}

/** "1,931,902", "~12,000" when the text says 約 / 以上 …. */
function numberText(c: Count): string {
  return (c.approx ? '~' : '') + groupDigits(c.value);
}

function countSubject(c: Count, showSection: boolean): string {
  const subject = c.subject ?? '(no subject)';
  const withSection = showSection && c.section && !subject.includes(c.section) ? `${subject} [${c.section}]` : subject;
  // What the count is besides its status (a part, another organization's, traffic …), before the subject is cut.
  const tags = countTags(c).filter((t) => t !== 'total');
  return tags.length ? `(${tags.join(', ')}) ${withSection}` : withSection;
}

function timelineLines(incident: Incident, p: Palette): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of timelineInOrder(incident)) {
    const key = `${t.date}|${t.event}|${t.qualifier ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // "?" marks a year the release did not write (inferred from the publication date).
    const date = padEndDisplay(t.date + (t.certain ? '' : '?'), 11);
    out.push(`${p.date(date)} ${t.event}${t.qualifier ? ` (${t.qualifier})` : ''}`);
  }
  return out;
}

function uniq(items: string[]): string[] {
  return [...new Set(items)];
}
