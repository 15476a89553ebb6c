import type { Incident } from '../types.js';
import { headlineFiguresOf, reportLabel, type TopFigure } from './headline.js';
import { escapeMarkdown, stripUnsafe } from './sanitize.js';
import { groupDigits, truncateDisplay } from './text.js';

/**
 * A Markdown (GFM) table fit for a report: one row per release. Document text is stripped of
 * control characters and escaped (pipes, HTML, emphasis/link markers), so a release cannot break
 * the table or inject markup; the organization links to the source URL when it is a plain http(s) URL.
 */

const HEADER = ['Date', 'Organization', 'Report', 'Incident types', 'Leaked', 'Possibly leaked', 'Data', 'Products / CVEs'];
const ALIGN = ['---', '---', '---', '---', '--:', '--:', '---', '---'];

export function markdownHeader(): string {
  return `| ${HEADER.join(' | ')} |\n| ${ALIGN.join(' | ')} |\n`;
}

/** Plain text from the document, made safe for a table cell. */
function md(text: string, max = 200): string {
  return escapeMarkdown(truncateDisplay(stripUnsafe(text), max));
}

const SAFE_URL = /^https?:\/\/[^\s()<>\[\]|"'`\\]{1,2000}$/;

/** The headline figures of a status with their subjects: "168 名 慶應義塾大学病院". */
function headline(figures: TopFigure[]): string {
  return figures.map((f) => `${f.approx ? '~' : ''}${groupDigits(f.value)} ${md(f.unit)}${f.subject ? ` ${md(f.subject, 40)}` : ''}`).join('; ');
}

export function markdownRow(incident: Incident): string {
  const name = incident.organization?.name ? md(incident.organization.name) : '(unknown)';
  const url = incident.sourceUrl && SAFE_URL.test(incident.sourceUrl) ? incident.sourceUrl : null;
  const cells = [
    incident.publishedAt ? md(incident.publishedAt) : '',
    url ? `[${name}](${url})` : name,
    md(reportLabel(incident)),
    incident.incidentTypes.map((t) => md(t)).join(', '),
    headline(headlineFiguresOf(incident, 'leaked')),
    headline(headlineFiguresOf(incident, 'possible')),
    incident.dataTypes.map((t) => md(t)).join(', '),
    [...new Set([...incident.products.map((p) => p.name), ...incident.cves])].map((t) => md(t, 60)).join(', '),
  ];
  return `| ${cells.map((c) => c || ' ').join(' | ')} |\n`;
}
