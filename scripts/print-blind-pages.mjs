#!/usr/bin/env node
// Prints a blind page set, fixtures/pages-X (pages-r … pages-z and pages-aa: made by scripts/make-pages-X.mjs; X is one or two
// letters, the ids are X followed by two digits), with Debian's chromium:
// every html/STYLE-XNN.html → pdf/STYLE-XNN.pdf with the entry's pdfPage settings (paper, landscape,
// scale, Chromium's own header/footer on or off, narrow layout, tight margins), and every
// doc-src/XNN.html → doc/XNN.pdf (A4, page numbers from @page margin boxes). The print settings
// are injected as an ASCII <style> into a temporary copy; the page's own @media print rules stay.
// Then each PDF is repacked with qpdf --object-streams=generate.
// Usage: node scripts/print-blind-pages.mjs --set r|s|…|z|aa [--only aa01,aa02] [--docs-only] [--jobs 2]
import { readFileSync, writeFileSync, mkdirSync, renameSync, existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const option = (name, fallback) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
const SET = option('set', 'r');
if (!/^[a-z]{1,2}$/.test(SET)) throw new Error(`--set takes a set's one or two letters (r … z, aa), not ${SET}`);
const DIR = join(HERE, '..', 'fixtures', `pages-${SET}`);
const TMP = `/tmp/pages-${SET}-print`;
mkdirSync(TMP, { recursive: true });
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1].split(',')) : null;
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')).filter((e) => !only || only.has(e.id));

function printCss(p) {
  const size = `${p.paper}${p.landscape ? ' landscape' : ''}`;
  let css = `@page{size:${size};${p.tightMargins ? 'margin:3mm;' : ''}}`;
  if (p.scale && p.scale !== 1) css += `html{zoom:${p.scale}}`;
  if (p.narrow) css += '@page{size:A4;margin:10mm 70mm 10mm 10mm}';
  return `<style media="print">${css}</style>`;
}
function inject(bytes, style) {
  const s = bytes.toString('latin1');
  const at = s.search(/<head[^>]*>/i);
  const end = s.indexOf('>', at) + 1;
  return Buffer.concat([bytes.subarray(0, end), Buffer.from(style, 'ascii'), bytes.subarray(end)]);
}
async function print(src, out, headerFooter) {
  const tmpPdf = join(TMP, `${Math.random().toString(36).slice(2)}.pdf`);
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--run-all-compositor-stages-before-draw', '--virtual-time-budget=3000',
    ...(headerFooter ? [] : ['--no-pdf-header-footer']), `--print-to-pdf=${tmpPdf}`, `file://${src}`];
  await run('chromium', args, { timeout: 120000 });
  await run('qpdf', ['--object-streams=generate', '--compress-streams=y', tmpPdf, out]);
}
const jobs = [];
const docsOnly = process.argv.includes('--docs-only');
for (const e of manifest) {
  if (!docsOnly) jobs.push(async () => {
    const tmp = join(TMP, `${e.id}.html`);
    writeFileSync(tmp, inject(readFileSync(join(DIR, e.html)), printCss(e.pdfPage)));
    await print(tmp, join(DIR, e.pdf), !!e.pdfPage.headerFooter);
    console.log(`${e.pdf}  ${JSON.stringify(e.pdfPage)}`);
  });
  if (e.doc) jobs.push(async () => {
    await print(join(DIR, 'doc-src', `${e.id}.html`), join(DIR, e.doc), false);
    console.log(e.doc);
  });
}
let next = 0;
await Promise.all(Array.from({ length: Number(option('jobs', '2')) }, async () => { while (next < jobs.length) await jobs[next++](); }));
