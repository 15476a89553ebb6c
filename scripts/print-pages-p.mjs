#!/usr/bin/env node
// Prints fixtures/pages-p (made by scripts/make-pages-p.mjs) with Debian's chromium: every page to
// pdf/STYLE-pNN.pdf with the paper of its manifest entry (pdfPage: paper, Chromium's own header and
// footer on or off, tiny @page margins, a narrow mobile-width sheet), and the ten Word-style documents
// the generator left in /tmp/pages-p-docsrc to doc/pNN.pdf. Then repacks every PDF with qpdf and checks
// with pdftotext that each PDF holds its release's body (share of body characters not read back in order).
import { execFileSync, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, renameSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { notIntact } from './pdfFacts.mjs';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(HERE, '..', 'fixtures', 'pages-p');
const DOCSRC = '/tmp/pages-p-docsrc';
const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
const TMP = mkdtempSync(join(tmpdir(), 'print-p-'));

const SIZES = { A4: '210mm 297mm', B5: '182mm 257mm', Letter: '8.5in 11in' };
function pageCss({ paper, margin, narrow }) {
  if (narrow) return '@page{size:120mm 250mm;margin:8mm}';
  const [name, land] = paper.split(' ');
  const [w, h] = SIZES[name].split(' ');
  return `@page{size:${land ? `${h} ${w}` : `${w} ${h}`};${margin === 'tiny' ? 'margin:2mm;' : ''}}`;
}

async function chromium(input, output, headerFooter) {
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions', '--hide-scrollbars',
    '--run-all-compositor-stages-before-draw', '--virtual-time-budget=3000', `--user-data-dir=${join(TMP, 'profile-' + Math.random().toString(36).slice(2))}`,
    `--print-to-pdf=${output}`, ...(headerFooter ? [] : ['--no-pdf-header-footer']), `file://${input}`];
  await run('chromium', args, { timeout: 120000 });
  const packed = `${output}.q`;
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', '--recompress-flate', '--compression-level=9', output, packed]);
  renameSync(packed, output);
}

const jobs = [];
for (const e of manifest) {
  jobs.push(async () => {
    // inject the paper into a copy (ASCII, so the page's own encoding is untouched)
    const bytes = readFileSync(join(OUT, e.html)).toString('latin1');
    const copy = join(TMP, e.html.replace('html/', ''));
    // the site's images (logos, a title image) as they load on the real site: drawn, so their alt text is not printed
    const img = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='240' height='50'%3E%3Crect width='240' height='50' rx='6' fill='%23345'/%3E%3Ccircle cx='25' cy='25' r='14' fill='%23fc3'/%3E%3C/svg%3E";
    const printed = bytes.replace(/(<img\b[^>]*?\bsrc=")(?!data:)[^"]*"/gi, `$1${img}"`).replace(/<\/head>/i, `<style>${pageCss(e.pdfPage)}</style></head>`);
    writeFileSync(copy, Buffer.from(printed, 'latin1'));
    await chromium(copy, join(OUT, e.pdf), e.pdfPage.headerFooter);
  });
  if (e.doc) jobs.push(() => chromium(join(DOCSRC, `${e.id}.html`), join(OUT, e.doc), false));
}
const PAR = Number(process.env.PAR ?? 2);
let next = 0;
await Promise.all(Array.from({ length: PAR }, async () => {
  while (next < jobs.length) await jobs[next++]();
}));
rmSync(TMP, { recursive: true, force: true });

// check: the release body is in every PDF, in order
let worst = 0;
let total = 0;
for (const e of manifest) {
  const md = readFileSync(join(OUT, e.source), 'utf8');
  for (const f of [e.pdf, e.doc].filter(Boolean)) {
    const text = execFileSync('pdftotext', ['-layout', join(OUT, f), '-']).toString('utf8');
    const r = notIntact(md, text);
    const pages = Number(execFileSync('qpdf', ['--show-npages', join(OUT, f)]).toString().trim());
    total += statSync(join(OUT, f)).size;
    worst = Math.max(worst, r.share);
    console.log(`${f.padEnd(26)} ${String(pages).padStart(2)}p ${(statSync(join(OUT, f)).size / 1024).toFixed(0).padStart(5)}KB  body not intact ${(r.share * 100).toFixed(1)}%`);
  }
}
console.log(`PDFs ${(total / 1048576).toFixed(1)} MB, worst not-intact ${(worst * 100).toFixed(1)}%`);
