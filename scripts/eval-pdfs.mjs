#!/usr/bin/env node
// `npm run eval:pdfs`: reads every PDF of the development set (fixtures/pdf-dev, made by
// scripts/make-pdf-fixtures.mjs) and compares it with the Markdown release it was printed from.
// Per file: the fact fields that differ, decoy counts and dates taken from the page's chrome, and
// the share of the body's characters not read back intact. Then the totals per kind.
//
//   npm run build && npm run eval:pdfs [-- --verbose]     (--verbose shows the differing values)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareFacts, notIntact } from './pdfFacts.mjs';

const ROOT = process.env.DISCLOSE_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const DEV = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pdf-dev');

const { parse } = await import(join(ROOT, 'dist', 'index.js'));
const { extractText } = await import(join(ROOT, 'dist', 'format', 'containers.js'));
const verbose = process.argv.includes('--verbose');
const manifest = JSON.parse(readFileSync(join(DEV, 'manifest.json'), 'utf8'));

const totals = {};
for (const entry of manifest) {
  const md = readFileSync(join(DEV, entry.source));
  const source = await parse(md, { path: entry.source, tokenize: true });
  for (const kind of ['page', 'doc']) {
    const file = entry[kind];
    const bytes = readFileSync(join(DEV, file));
    const t0 = performance.now();
    let incident;
    let text;
    try {
      text = (await extractText(bytes, { path: file })).text;
      incident = await parse(bytes, { path: file, tokenize: true });
    } catch (e) {
      console.log(`${file.padEnd(12)} FAILED ${e.message}`);
      continue;
    }
    const ms = performance.now() - t0;
    const cmp = compareFacts(incident, source, kind === 'page' ? entry : undefined);
    const chars = notIntact(md.toString('utf8'), text);
    const t = (totals[kind] ??= { files: 0, equal: 0, decoyCounts: 0, decoyDates: 0, missing: 0, total: 0 });
    t.files++;
    if (cmp.differing.length === 0) t.equal++;
    t.decoyCounts += cmp.decoyCounts.length;
    t.decoyDates += cmp.decoyDates.length;
    t.missing += chars.missing;
    t.total += chars.total;
    const decoys = cmp.decoyCounts.length + cmp.decoyDates.length > 0 ? `  decoys ${[...cmp.decoyCounts, ...cmp.decoyDates].join(',')}` : '';
    console.log(`${file.padEnd(12)} ${cmp.differing.length === 0 ? 'same facts' : `differs: ${cmp.differing.join(',')}`.padEnd(10)}  not intact ${(chars.share * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(5)} ms${decoys}`);
    if (verbose) {
      for (const f of cmp.differing) console.log(`    ${f}: md ${JSON.stringify(cmp.source[f])}\n    ${' '.repeat(f.length)}  pdf ${JSON.stringify(cmp.pdf[f])}`);
    }
  }
}
// Pages of the HTML development set printed from the browser (fixtures/pdf-dev/site.json), against
// the Markdown those pages were made from, with the decoys of fixtures/pages/manifest.json.
// An entry with `set` comes from that folder of fixtures/pdf-dev (site-pages: other releases, wide
// and narrow layouts) and its manifest.
const setFolder = (set) => (set ? join(DEV, set) : join(DEV, '..', 'pages'));
const manifests = new Map();
const manifestOf = (set) => manifests.get(set) ?? manifests.set(set, JSON.parse(readFileSync(join(setFolder(set), 'manifest.json'), 'utf8'))).get(set);
for (const { file, page, set } of JSON.parse(readFileSync(join(DEV, 'site.json'), 'utf8'))) {
  const entry = manifestOf(set).find((e) => e.file === page);
  const source = await parse(readFileSync(join(setFolder(set), entry.source)), { path: entry.source, tokenize: true });
  let incident;
  try {
    incident = await parse(readFileSync(join(DEV, file)), { path: file, tokenize: true });
  } catch (e) {
    console.log(`${file.padEnd(34)} FAILED ${e.message}`);
    continue;
  }
  const cmp = compareFacts(incident, source, entry);
  const t = (totals.site ??= { files: 0, equal: 0, decoyCounts: 0, decoyDates: 0, missing: 0, total: 0 });
  t.files++;
  if (cmp.differing.length === 0) t.equal++;
  t.decoyCounts += cmp.decoyCounts.length;
  t.decoyDates += cmp.decoyDates.length;
  const decoys = cmp.decoyCounts.length + cmp.decoyDates.length > 0 ? `  decoys ${[...cmp.decoyCounts, ...cmp.decoyDates].join(',')}` : '';
  console.log(`${file.padEnd(34)} ${cmp.differing.length === 0 ? 'same facts' : `differs: ${cmp.differing.join(',')}`}${decoys}`);
  if (verbose) {
    for (const f of cmp.differing) console.log(`    ${f}: md ${JSON.stringify(cmp.source[f])}\n    ${' '.repeat(f.length)}  pdf ${JSON.stringify(cmp.pdf[f])}`);
  }
}

const LABELS = { page: 'printed pages ', doc: 'documents     ', site: 'site pages    ' };
console.log('');
for (const [kind, t] of Object.entries(totals)) {
  const intact = kind === 'site' ? '' : `, ${((t.missing / Math.max(1, t.total)) * 100).toFixed(2)}% of body characters not intact`;
  console.log(`${LABELS[kind]} ${t.equal}/${t.files} same facts as the Markdown, ${t.decoyCounts} decoy counts and ${t.decoyDates} decoy dates taken${intact}`);
}
