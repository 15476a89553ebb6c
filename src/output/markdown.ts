import type { Count, Incident } from '../types.js';
import { countsOf, reportLabel } from './headline.js';
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

function headline(counts: Count[]): string {
  if (counts.length === 0) return '';
  const c = counts[0]!;
  const subject = c.subject ? ` ${md(c.subject, 40)}` : '';
  const more = counts.length > 1 ? ` (+${counts.length - 1})` : '';
  return `${c.approx ? '~' : ''}${groupDigits(c.value)} ${md(c.unit)}${subject}${more}`;
}

export function markdownRow(incident: Incident): string {
  const name = incident.organization?.name ? md(incident.organization.name) : '(unknown)';
  const url = incident.sourceUrl && SAFE_URL.test(incident.sourceUrl) ? incident.sourceUrl : null;
  const cells = [
    incident.publishedAt ? md(incident.publishedAt) : '',
    url ? `[${name}](${url})` : name,
    md(reportLabel(incident)),
    incident.incidentTypes.map((t) => md(t)).join(', '),
    headline(countsOf(incident, 'leaked')),
    headline(countsOf(incident, 'possible')),
    incident.dataTypes.map((t) => md(t)).join(', '),
    [...new Set([...incident.products.map((p) => p.name), ...incident.cves])].map((t) => md(t, 60)).join(', '),
  ];
  return `| ${cells.map((c) => c || ' ').join(' | ')} |\n`;
}
