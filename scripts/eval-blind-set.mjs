#!/usr/bin/env node
// `npm run eval:blind [-- DIR] [--verbose]`: a page-and-PDF set made blind to the tool (by default
// fixtures/pages-b, made by scripts/make-pages-b.mjs without reading the tool's code), read the way
// issue #12's hidden set is: each release as a site page (HTML), the same page printed to PDF, and
// some as Word-style documents, each compared fact by fact with its Markdown source. Prints the
// issue's table: per format the files with the same facts as the Markdown, decoy counts and dates
// taken from the site's chrome, and for PDFs the share of body characters not read back intact.
//
//   --only b03,b15   just those entries (with --verbose: what differs)
//   manifest.json: [{ id, source, html, encoding, style, pdf, doc|null, decoyValues, decoyDates }]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparePage } from './pageFacts.mjs';
import { compareFacts, notIntact } from './pdfFacts.mjs';
import { REFERENCE_DATE } from './referenceDay.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args.splice(onlyAt, 2)[1].split(',')) : undefined;
const DIR = resolve(args.find((a) => !a.startsWith('-')) ?? join(HERE, '..', 'fixtures', 'pages-b'));
const { parse } = await import(join(HERE, '..', 'dist', 'index.js'));
const { extractText } = await import(join(HERE, '..', 'dist', 'format', 'containers.js'));
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')).filter((e) => !only || only.has(e.id));

const ROWS = {
  htmlUtf8: 'HTML, UTF-8',
  htmlLegacy: 'HTML, Shift_JIS / EUC-JP',
  pdfPage: 'PDF printed from the page',
  pdfDoc: 'PDF document',
};
const totals = Object.fromEntries(Object.keys(ROWS).map((k) => [k, { files: 0, same: 0, decoyCounts: 0, decoyDates: 0, missing: 0, chars: 0, failed: 0 }]));
const fieldMisses = new Map();

function tally(row, file, cmp, extra = '') {
  const t = totals[row];
  t.files++;
  if (cmp.differing.length === 0) t.same++;
  t.decoyCounts += cmp.decoyCounts.length;
  t.decoyDates += cmp.decoyDates.length;
  for (const f of cmp.differing) fieldMisses.set(f, (fieldMisses.get(f) ?? 0) + 1);
  const decoys = [...cmp.decoyCounts.map((c) => (typeof c === 'number' ? c : `${c.value}${c.unit}`)), ...cmp.decoyDates];
  const verdict = cmp.differing.length === 0 ? 'same facts' : `differs: ${cmp.differing.join(',')}`;
  console.log(`${file.padEnd(34)} ${verdict}${extra}${decoys.length > 0 ? `  decoys ${decoys.join(',')}` : ''}`);
  if (verbose) {
    const got = cmp.page ?? cmp.pdf;
    for (const f of cmp.differing) console.log(`    ${f}: md ${JSON.stringify(cmp.source[f])}\n    ${' '.repeat(f.length)}  got ${JSON.stringify(got[f])}`);
  }
}

async function read(file) {
  const bytes = readFileSync(join(DIR, file));
  return parse(bytes, { path: file, tokenize: true, referenceDate: REFERENCE_DATE });
}

for (const entry of manifest) {
  const md = readFileSync(join(DIR, entry.source));
  const source = await parse(md, { path: entry.source, tokenize: true, referenceDate: REFERENCE_DATE });
  const htmlRow = /^utf-?8$/i.test(entry.encoding ?? 'utf-8') ? 'htmlUtf8' : 'htmlLegacy';
  for (const [row, file] of [[htmlRow, entry.html], ['pdfPage', entry.pdf], ['pdfDoc', entry.doc]]) {
    if (!file) continue;
    let incident;
    let extra = '';
    try {
      incident = await read(file);
      if (row !== htmlRow) {
        const { text } = await extractText(readFileSync(join(DIR, file)), { path: file });
        const chars = notIntact(md.toString('utf8'), text);
        totals[row].missing += chars.missing;
        totals[row].chars += chars.total;
        extra = `  not intact ${(chars.share * 100).toFixed(1)}%`;
      }
    } catch (e) {
      totals[row].files++;
      totals[row].failed++;
      console.log(`${file.padEnd(34)} FAILED ${e.message}`);
      continue;
    }
    const cmp = row === htmlRow ? comparePage(incident, source, entry) : compareFacts(incident, source, entry);
    tally(row, file, cmp, extra);
  }
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('format', 26)} files  same facts  decoy counts  decoy dates  not intact`);
const all = { files: 0, same: 0, decoyCounts: 0, decoyDates: 0 };
for (const [key, t] of Object.entries(totals)) {
  if (t.files === 0) continue;
  const intact = key.startsWith('pdf') ? `${((t.missing / Math.max(1, t.chars)) * 100).toFixed(2)}%` : '';
  console.log(`${pad(ROWS[key], 26)} ${String(t.files).padStart(5)}  ${String(t.same).padStart(10)}  ${String(t.decoyCounts).padStart(12)}  ${String(t.decoyDates).padStart(11)}  ${intact.padStart(10)}${t.failed ? `  (${t.failed} failed)` : ''}`);
  for (const k of Object.keys(all)) all[k] += t[k];
}
const pdfMissing = totals.pdfPage.missing + totals.pdfDoc.missing;
const pdfChars = totals.pdfPage.chars + totals.pdfDoc.chars;
console.log(`${pad('all', 26)} ${String(all.files).padStart(5)}  ${String(all.same).padStart(10)}  ${String(all.decoyCounts).padStart(12)}  ${String(all.decoyDates).padStart(11)}  ${`${((pdfMissing / Math.max(1, pdfChars)) * 100).toFixed(2)}%`.padStart(10)}`);
console.log(`fields that differ: ${[...fieldMisses].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}`);
