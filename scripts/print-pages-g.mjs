// Prints fixtures/pages-g pages and Word-style documents to PDF with Debian's chromium, then repacks with qpdf.
// Run after make-pages-g.mjs: node scripts/print-pages-g.mjs
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';

const OUT = path.resolve('fixtures/pages-g');
const manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-g-'));
function print(inFile, outFile) {
  const raw = path.join(tmp, 'raw.pdf');
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${raw}`, '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw', '--virtual-time-budget=2000', 'file://' + inFile], { stdio: 'ignore', timeout: 60000 });
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', raw, outFile]);
}
for (const m of manifest) {
  // page size and background printing as a print stylesheet (ASCII, so safe in any encoding)
  const css = Buffer.from(`<style>@page{size:${m.pdfPage};margin:12mm}html{-webkit-print-color-adjust:exact;print-color-adjust:exact}</style>`, 'latin1');
  const buf = fs.readFileSync(path.join(OUT, m.html));
  const at = buf.indexOf('</head>');
  const tmpHtml = path.join(tmp, `${m.id}.html`);
  fs.writeFileSync(tmpHtml, Buffer.concat([buf.subarray(0, at), css, buf.subarray(at)]));
  print(tmpHtml, path.join(OUT, m.pdf));
  if (m.doc) print(path.join(OUT, 'doc-src', path.basename(m.doc).replace(/\.pdf$/, '.html')), path.join(OUT, m.doc));
  process.stdout.write(m.id + ' ');
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log('done');
