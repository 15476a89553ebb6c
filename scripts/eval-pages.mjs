#!/usr/bin/env node
// How well web pages read: each page of fixtures/pages (made by scripts/make-pages.mjs) is parsed
// and its facts compared with those parsed from its Markdown source. Prints, per site style, the
// files with the same facts, and the decoy counts and dates taken from the site's chrome.
//
//   npm run eval:pages [-- --verbose]     (after npm run build)
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseFile } from '../dist/index.js';
import { comparePage } from './pageFacts.mjs';
import { REFERENCE_DATE } from './referenceDay.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));

const rows = new Map();
const fieldMisses = new Map();
const total = { files: 0, same: 0, decoyCounts: 0, decoyDates: 0, failed: 0 };
for (const entry of manifest) {
  const key = `${entry.style} (${entry.encoding})`;
  const row = rows.get(key) ?? { files: 0, same: 0, decoyCounts: 0, decoyDates: 0, failed: 0 };
  rows.set(key, row);
  row.files++;
  total.files++;
  const source = await parse(readFileSync(join(ROOT, entry.source), 'utf8'), { path: entry.source, tokenize: true, referenceDate: REFERENCE_DATE });
  let page;
  try {
    page = await parseFile(join(ROOT, entry.file), { tokenize: true, referenceDate: REFERENCE_DATE });
  } catch (e) {
    row.failed++;
    total.failed++;
    console.log(`${entry.file}: FAILED ${e.message}`);
    continue;
  }
  const result = comparePage(page, source, entry);
  if (result.differing.length === 0) {
    row.same++;
    total.same++;
  }
  row.decoyCounts += result.decoyCounts.length;
  row.decoyDates += result.decoyDates.length;
  total.decoyCounts += result.decoyCounts.length;
  total.decoyDates += result.decoyDates.length;
  for (const f of result.differing) fieldMisses.set(f, (fieldMisses.get(f) ?? 0) + 1);
  if (verbose && (result.differing.length > 0 || result.decoyCounts.length > 0 || result.decoyDates.length > 0)) {
    console.log(`\n${entry.file} (${entry.source})`);
    for (const f of result.differing) console.log(`  ${f}: page ${JSON.stringify(result.page[f])}\n  ${' '.repeat(f.length)}   md ${JSON.stringify(result.source[f])}`);
    for (const c of result.decoyCounts) console.log(`  decoy count: ${c.value}${c.unit} «${c.evidence.text}»`);
    for (const d of result.decoyDates) console.log(`  decoy date: ${d}`);
  }
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('style (encoding)', 26)} files  same facts  decoy counts  decoy dates  failed`);
for (const [key, r] of [...rows].sort()) console.log(`${pad(key, 26)} ${String(r.files).padStart(5)}  ${String(r.same).padStart(10)}  ${String(r.decoyCounts).padStart(12)}  ${String(r.decoyDates).padStart(11)}  ${String(r.failed).padStart(6)}`);
console.log(`${pad('all', 26)} ${String(total.files).padStart(5)}  ${String(total.same).padStart(10)}  ${String(total.decoyCounts).padStart(12)}  ${String(total.decoyDates).padStart(11)}  ${String(total.failed).padStart(6)}`);
console.log(`fields that differ: ${[...fieldMisses].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}`);
