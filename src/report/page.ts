import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ReportData } from './data.js';

/**
 * The browser script, read once: plain JavaScript in assets/ (not compiled, so the page runs exactly
 * the file in the repository), two folders up from src/report/ and dist/report/ alike.
 */
let clientScript: string | null = null;
export function clientScriptText(): string {
  clientScript ??= readFileSync(new URL('../../assets/report-client.js', import.meta.url), 'utf8');
  return clientScript;
}

/**
 * JSON that is safe inside <script type="application/json">: no "<" (so no "</script>" and no
 * "<!--"), no ">" or "&", and no U+2028/U+2029 — each written as its \u escape, which JSON.parse reads back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A double-quoted attribute's value: quotes, ampersands and angle brackets escaped, apostrophes left (the CSP's 'none'). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Text for HTML element content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Nothing may be fetched: no script, style, font, image, frame or connection but the inline script
 * and style named by their hashes (a data: icon keeps the browser from asking for /favicon.ico).
 */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface PageOptions {
  title?: string;
  /** Shown under the title: what the page was built from. */
  subtitle?: string;
}

/** One self-contained HTML page: the data as JSON, the script and style inline, nothing fetched. */
export function buildReportPage(data: ReportData, options: PageOptions = {}): string {
  const title = options.title ?? 'disclose report';
  const script = clientScriptText();
  const style = STYLE;
  const releases = data.incidents.reduce((n, i) => n + i.releases.length, 0);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(script, style))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeHtml(data.generator)}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${style}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="muted">${escapeHtml(options.subtitle ?? '')} ${releases.toLocaleString('en-US')} releases, ${data.incidents.length.toLocaleString('en-US')} incidents · ${escapeHtml(data.generator)}</p>
<noscript><p>This page draws its charts with its own inline script; allow scripts for this file to see them.</p></noscript>
</header>
<form id="filters" class="filters" aria-label="Filters">
<fieldset><legend>Period 期間</legend>
<label>From <select id="f-from"><option value="">first</option></select></label>
<label>to <select id="f-to"><option value="">last</option></select></label>
</fieldset>
<fieldset><legend>By 単位</legend>
<label><input type="radio" name="gran" value="year"> year</label>
<label><input type="radio" name="gran" value="month" checked> month</label>
<label><input type="radio" name="gran" value="day"> day</label>
</fieldset>
<fieldset><legend>Show 絞り込み</legend>
<label>Type <select id="f-type"><option value="">all types</option></select></label>
<label>Organization <select id="f-kind"><option value="">all kinds</option></select></label>
<label>Search <input id="f-q" type="search" placeholder="組織名・タイトル・製品" autocomplete="off"></label>
<button type="button" id="f-reset">Reset</button>
</fieldset>
</form>
<main>
<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview 概要</h2><div id="overview-body"></div></section>
<section id="activity" aria-labelledby="activity-h"><h2 id="activity-h">Releases and incidents 公表と事案</h2><div id="activity-body"></div></section>
<section id="figures" aria-labelledby="figures-h"><h2 id="figures-h">People and records 漏えい人数・件数</h2><div id="figures-body"></div></section>
<section id="largest" aria-labelledby="largest-h"><h2 id="largest-h">Largest incidents 大規模な事案</h2>
<p class="controls"><label>Show <select id="f-largest" form="filters"><option>10</option><option>25</option><option>50</option></select> incidents</label></p>
<div id="largest-body"></div></section>
<section id="rankings" aria-labelledby="rankings-h"><h2 id="rankings-h">Types, data kinds and products 種別・情報・製品</h2><div id="rankings-body"></div></section>
<section id="incidents" aria-labelledby="incidents-h"><h2 id="incidents-h">Incidents and their timelines 事案の経緯</h2><div id="incidents-body"></div></section>
</main>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

const STYLE = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #5a5a5a; --line: #d0d0d0; --bg: #fff; --accent: #3366aa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1040px; padding: 0 16px 48px; color: var(--fg); background: var(--bg);
  font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Yu Gothic", Meiryo, "Source Han Sans JP", sans-serif; }
h1 { font-size: 1.6em; margin: 16px 0 0; }
h2 { font-size: 1.25em; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
h3 { font-size: 1.05em; margin: 0 0 4px; }
.muted, .note, .sub { color: var(--muted); }
.note { font-size: .9em; }
.filters { background: #f6f7f9; border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
.filters legend { float: left; font-weight: 600; margin-right: 6px; }
select, input, button { font: inherit; }
.totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px; margin: 0; }
.totals div { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; }
.totals dt { font-size: .85em; color: var(--muted); }
.totals dd { margin: 0; }
.totals .value { font-size: 1.4em; font-weight: 700; font-variant-numeric: tabular-nums; }
.chart-box { margin: 16px 0; }
.chart-box figcaption { font-weight: 600; }
svg.chart { width: 100%; height: auto; display: block; }
svg text { font-family: inherit; fill: var(--fg); }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .label { font-size: 13px; }
svg .axis-label { font-size: 11px; fill: var(--muted); }
svg .grid { stroke: #eee; }
svg .axis { stroke: #888; }
svg .bar-releases { fill: #6f9bd1; }
svg .bar-incidents { fill: #1d3f6e; }
svg .mark-release { fill: var(--accent); }
svg .mark-release.changed { stroke: #cc3311; stroke-width: 3; }
svg .mark-event { fill: #ee7733; }
.legend { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 2px 14px; font-size: .85em; }
.chart-table { border-collapse: collapse; font-size: .85em; margin: 6px 0; font-variant-numeric: tabular-nums; }
.chart-table th, .chart-table td { border: 1px solid var(--line); padding: 2px 8px; text-align: right; }
.chart-table th[scope="row"], .chart-table caption, .chart-table td:nth-child(3) { text-align: left; }
.largest > li { margin: 14px 0; padding: 8px 12px; border: 1px solid var(--line); border-radius: 6px; }
.figures { list-style: none; padding: 0; margin: 4px 0; }
blockquote { margin: 2px 0 6px 12px; padding-left: 8px; border-left: 3px solid var(--line); color: #333; font-size: .92em; }
.releases { font-size: .9em; margin: 4px 0; padding-left: 22px; overflow-wrap: anywhere; }
.org { font-weight: 600; }
details.incident { border-bottom: 1px solid var(--line); padding: 4px 0; }
details.incident summary { cursor: pointer; }
a { color: #1a4f99; }
@media print {
  .filters, button, .controls, noscript { display: none !important; }
  body { max-width: none; font-size: 11pt; }
  section { break-inside: auto; }
  .chart-box, .largest > li { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; }
  details.table-view > *:not(summary) { display: none; }
}
`;
