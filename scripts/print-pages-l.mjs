#!/usr/bin/env node
// Prints pages-l (after make-pages-l.mjs): each html/STYLE-lNN.html → pdf/STYLE-lNN.pdf with Debian's chromium
// (paper and Chromium's own header/footer from manifest pdfPage), the Word-style documents → doc/lNN.pdf,
// then repacks every PDF with qpdf --object-streams=generate.
import { readFileSync, writeFileSync, mkdirSync, rmSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
const run = promisify(execFile);
const OUT = 'fixtures/pages-l';
const DOC_HTML = '/tmp/pages-l-doc-html';
const TMP = '/tmp/pages-l-print';
mkdirSync(TMP, { recursive: true }); mkdirSync(join(OUT, 'pdf'), { recursive: true }); mkdirSync(join(OUT, 'doc'), { recursive: true });
const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
const PAPER = { A4: 'A4', B5: 'B5', letter: 'letter', 'A4 landscape': 'A4 landscape' };
async function print(htmlFile, pdfFile, headerFooter) {
  const profile = join(TMP, 'profile-' + Math.random().toString(36).slice(2));
  const args = ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${profile}`, '--run-all-compositor-stages-before-draw', '--virtual-time-budget=2000', `--print-to-pdf=${resolve(pdfFile)}`];
  if (!headerFooter) args.push('--no-pdf-header-footer');
  args.push('file://' + resolve(htmlFile));
  await run('chromium', args, { timeout: 120000 });
  rmSync(profile, { recursive: true, force: true });
  const tmp = pdfFile + '.tmp';
  await run('qpdf', ['--object-streams=generate', '--compress-streams=y', pdfFile, tmp]);
  renameSync(tmp, pdfFile);
}
const jobs = [];
for (const e of manifest) {
  // the page's own bytes plus an @page rule (ASCII, safe in Shift_JIS/EUC-JP) for the paper
  const bytes = readFileSync(join(OUT, e.html));
  const i = bytes.indexOf('</head>');
  const rule = Buffer.from(`<style>@page{size:${PAPER[e.pdfPage.paper]};margin:12mm}</style>`);
  const tmpHtml = join(TMP, e.html.replace('html/', ''));
  writeFileSync(tmpHtml, Buffer.concat([bytes.subarray(0, i), rule, bytes.subarray(i)]));
  jobs.push(() => print(tmpHtml, join(OUT, e.pdf), e.pdfPage.headerFooter));
  if (e.doc) jobs.push(() => print(join(DOC_HTML, `${e.id}.html`), join(OUT, e.doc), false));
}
let next = 0;
await Promise.all([0, 1].map(async () => { while (next < jobs.length) { const j = jobs[next++]; await j(); } }));
console.log(`printed ${jobs.length} PDFs`);
