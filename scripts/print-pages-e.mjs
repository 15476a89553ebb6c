// Prints fixtures/pages-e: every page of manifest.json to pdf/ with Debian's chromium (paper size from the
// manifest's pdfPage, injected as an @page rule into a temporary copy), and the Word-style documents that
// scripts/make-pages-e.mjs left in its build folder to doc/. qpdf repacks each PDF (object streams, a
// deterministic /ID); chromium's creation date stays, so a reprint differs in those bytes only.
// Usage: node scripts/make-pages-e.mjs && node scripts/print-pages-e.mjs [id…]
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'fixtures/pages-e');
const BUILD_DIR = path.join(os.tmpdir(), 'pages-e-build');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-e-print-'));
const only = new Set(process.argv.slice(2));

function chromiumPrint(htmlFile, pdfFile) {
  const raw = path.join(TMP, 'raw.pdf');
  execFileSync('chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions',
    `--user-data-dir=${path.join(TMP, 'profile')}`,
    '--run-all-compositor-stages-before-draw', '--virtual-time-budget=2000',
    `--print-to-pdf=${raw}`, '--no-pdf-header-footer', `file://${htmlFile}`,
  ], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 120000 });
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', '--recompress-flate', '--deterministic-id', raw, pdfFile]);
}

const manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));
for (const m of manifest) {
  if (only.size && !only.has(m.id)) continue;
  const bytes = fs.readFileSync(path.join(OUT, m.html));
  // the @page rule is ASCII, so it can go into Shift_JIS / EUC-JP bytes as well
  const rule = Buffer.from(`<style media="print">@page{size:${m.pdfPage};margin:12mm}</style>`);
  const at = bytes.indexOf(Buffer.from('</head>'));
  const copy = path.join(TMP, path.basename(m.html));
  fs.writeFileSync(copy, Buffer.concat([bytes.subarray(0, at), rule, bytes.subarray(at)]));
  chromiumPrint(copy, path.join(OUT, m.pdf));
  if (m.doc) chromiumPrint(path.join(BUILD_DIR, 'doc', path.basename(m.doc).replace(/\.pdf$/, '.html')), path.join(OUT, m.doc));
  console.log(m.id, m.pdf, m.doc ?? '');
}
fs.rmSync(TMP, { recursive: true, force: true });
