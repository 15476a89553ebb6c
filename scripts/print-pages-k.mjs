#!/usr/bin/env node
// Prints fixtures/pages-k (made by scripts/make-pages-k.mjs): each page with Debian's
// `chromium --headless --print-to-pdf` on the paper its manifest entry names (an @page rule added to a
// temporary copy; side bars, sticky headers and fixed cookie bars print as the browser lays them out), the
// Word-style documents from /tmp/pages-k-doc, each PDF repacked with `qpdf --object-streams=generate`; then
// checks that every decoy is absent from its release and that each PDF's text holds the release body
// (pdftotext, share of body characters not in order, via scripts/pdfFacts.mjs's notIntact).
//
//   node scripts/make-pages-k.mjs && node scripts/print-pages-k.mjs [--doc-src /tmp/pages-k-doc] [--only k01,k02]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notIntact } from './pdfFacts.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIR = join(HERE, '..', 'fixtures', 'pages-k');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const DOCSRC = opt('--doc-src', '/tmp/pages-k-doc');
const only = opt('--only') ? new Set(opt('--only').split(',')) : null;
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'pages-k-'));

function chromiumPrint(htmlPath, pdfPath) {
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--hide-scrollbars',
    `--user-data-dir=${join(tmp, 'profile')}`, '--virtual-time-budget=2000', `--print-to-pdf=${pdfPath}`, `file://${htmlPath}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  const packed = `${pdfPath}.q`;
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', '--recompress-flate', pdfPath, packed]);
  renameSync(packed, pdfPath);
}

for (const e of manifest) {
  if (only && !only.has(e.id)) continue;
  const bytes = readFileSync(join(DIR, e.html));
  const [size, landscape] = e.pdfPage.split(' ');
  const rule = Buffer.from(`<style>@page{size:${size}${landscape ? ' landscape' : ''};margin:12mm}</style>`, 'ascii');
  const at = bytes.lastIndexOf(Buffer.from('</head>', 'ascii'));
  const copy = join(tmp, `${e.id}.html`);
  writeFileSync(copy, Buffer.concat([bytes.subarray(0, at), rule, bytes.subarray(at)]));
  chromiumPrint(copy, join(DIR, e.pdf));
  if (e.doc) {
    const src = join(DOCSRC, `${e.id}.html`);
    if (!existsSync(src)) throw new Error(`${src} missing: run scripts/make-pages-k.mjs first`);
    chromiumPrint(src, join(DIR, e.doc));
  }
  process.stdout.write(`${e.id} `);
}
console.log();
rmSync(tmp, { recursive: true, force: true });

// ---------- checks ----------
const nf = (s) => s.normalize('NFKC');
let bad = 0;
for (const e of manifest) {
  if (only && !only.has(e.id)) continue;
  const md = readFileSync(join(DIR, e.source), 'utf8');
  const text = nf(md).replace(/(\d),(?=\d{3})/g, '$1');
  for (const v of e.decoyValues) if (new RegExp(`(^|[^0-9.])${v}(?![0-9])`).test(text)) { console.log(`${e.id}: decoy value ${v} in the release`); bad++; }
  for (const d of e.decoyDates) {
    const [y, m, dd] = d.split('-').map(Number);
    if (text.includes(`${y}年${m}月${dd}日`) || text.includes(`${m}月${dd}日`) || text.includes(`${y}/${m}/${dd}`)) { console.log(`${e.id}: decoy date ${d} in the release`); bad++; }
  }
  for (const f of [e.pdf, e.doc].filter(Boolean)) {
    const t = execFileSync('pdftotext', ['-layout', join(DIR, f), '-']).toString('utf8');
    const r = notIntact(md, t.replace(/^\s+/gm, ''));
    const flag = r.share > 0.05 ? '  <-- check' : '';
    if (flag) bad++;
    console.log(`${f.padEnd(30)} pages ${execFileSync('pdfinfo', [join(DIR, f)]).toString().match(/Pages:\s+(\d+)/)[1].padStart(2)}  not intact ${(r.share * 100).toFixed(1)}% of ${r.total}${flag}`);
  }
}
console.log(bad ? `${bad} problem(s)` : 'all checks pass');
