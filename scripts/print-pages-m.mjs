#!/usr/bin/env node
// Prints fixtures/pages-m (made by scripts/make-pages-m.mjs) to PDF with Debian's chromium:
// every html/STYLE-mNN.html → pdf/STYLE-mNN.pdf on the paper of its manifest entry's pdfPage
// (A4 / B5 / Letter, portrait or landscape; margins default, small or none — given to the printer as an
// @page rule added to a temporary copy of the page, the page's own bytes and encoding otherwise kept),
// with Chromium's own header and footer (date, title, URL, page numbers) when pdfPage.headerFooter;
// and every doc/mNN.html → doc/mNN.pdf (A4, page numbers from the document's own @page rule).
// PDFs are repacked with qpdf --object-streams=generate. The print date Chromium puts in its header is
// added to the entry's decoyDates (it is a date on the page that the release never states).
//   node scripts/print-pages-m.mjs [--only m01,m02]
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const DIR = join(HERE, '..', 'fixtures', 'pages-m');
const TMP = '/tmp/pages-m-print/www.example.jp/news';
const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
rmSync('/tmp/pages-m-print', { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });

function pageRule({ paper, margins }) {
  const margin = margins === 'none' ? 'margin:0;' : margins === 'small' ? 'margin:4mm;' : '';
  return `<style media="print">@page{size:${paper};${margin}}</style>`;
}
async function chromium(htmlPath, pdfPath, headerFooter, slot) {
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=/tmp/pages-m-print/profile${slot}`, '--run-all-compositor-stages-before-draw', '--virtual-time-budget=3000', `--print-to-pdf=${pdfPath}`];
  if (!headerFooter) flags.push('--no-pdf-header-footer');
  await run('chromium', [...flags, `file://${htmlPath}`], { timeout: 120000 });
  const packed = `${pdfPath}.q.pdf`;
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', pdfPath, packed]);
  renameSync(packed, pdfPath);
}

const jobs = [];
for (const e of manifest) {
  if (only && !only.has(e.id)) continue;
  jobs.push(async (slot) => {
    const bytes = readFileSync(join(DIR, e.html));
    const s = bytes.toString('latin1');
    const at = s.search(/<head>/i) + 6;
    const withRule = Buffer.concat([bytes.subarray(0, at), Buffer.from(pageRule(e.pdfPage), 'latin1'), bytes.subarray(at)]);
    const tmp = join(TMP, e.html.replace(/^html\//, ''));
    writeFileSync(tmp, withRule);
    await chromium(tmp, join(DIR, e.pdf), e.pdfPage.headerFooter, slot);
    console.error(`${e.pdf}`);
  });
  if (e.doc) {
    jobs.push(async (slot) => {
      await chromium(join(DIR, e.doc.replace(/\.pdf$/, '.html')), join(DIR, e.doc), false, slot);
      console.error(`${e.doc}`);
    });
  }
}
const SLOTS = 2;
let next = 0;
await Promise.all(Array.from({ length: SLOTS }, async (_, slot) => {
  while (next < jobs.length) await jobs[next++](slot);
}));

// Chromium's header shows the print date (the PDF's creation date, local time): a decoy date of each page
// printed with it. Every entry is brought up to date, also those not printed by this run.
for (const e of manifest) {
  if (!e.pdfPage.headerFooter) continue;
  let printDate;
  try {
    const info = execFileSync('pdfinfo', ['-isodates', join(DIR, e.pdf)]).toString('utf8');
    printDate = /CreationDate:\s+(\d{4}-\d{2}-\d{2})/.exec(info)[1];
  } catch {
    continue;
  }
  e.pdfPage.printDate = printDate;
  const md = readFileSync(join(DIR, e.source), 'utf8').normalize('NFKC');
  const [, m, d] = printDate.split('-').map(Number);
  const stated = md.includes(`${m}月${d}日`) || md.includes(printDate) || new RegExp(`(^|\\D)${m}/${d}(\\D|$)`).test(md);
  if (!stated && !e.decoyDates.includes(printDate)) e.decoyDates.push(printDate);
}
writeFileSync(join(DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
rmSync('/tmp/pages-m-print', { recursive: true, force: true });
