// Prints blind set F (fixtures/pages-f) with Debian's chromium: every page at its manifest paper size
// (an @page rule injected into a temporary copy, so the committed HTML stays as the site served it),
// and the Word-style documents written by make-pages-f.mjs to /tmp/pages-f-build/docs; qpdf repacks.
// Run after make-pages-f.mjs: node scripts/print-pages-f.mjs
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'fixtures/pages-f');
const TMP = '/tmp/pages-f-build/print';
fs.mkdirSync(TMP, { recursive: true });
const manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));
const only = process.argv[2];

function chromium(htmlFile, pdfOut) {
  const raw = pdfOut + '.raw.pdf';
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-extensions', '--no-first-run',
    '--virtual-time-budget=3000', `--print-to-pdf=${raw}`, '--no-pdf-header-footer', `file://${htmlFile}`], { stdio: 'ignore', timeout: 120000 });
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', '--recompress-flate', '--compression-level=9', raw, pdfOut]);
  fs.rmSync(raw);
}
for (const m of manifest) {
  if (only && m.id !== only) continue;
  const bytes = fs.readFileSync(path.join(OUT, m.html));
  // ASCII-only injection keeps Shift_JIS / EUC-JP bytes intact
  const s = bytes.toString('latin1');
  const at = s.search(/<head>/i) + 6;
  const css = `<style>@page{size:${m.pdfPage};margin:10mm}</style>`;
  const tmp = path.join(TMP, path.basename(m.html));
  fs.writeFileSync(tmp, Buffer.concat([bytes.subarray(0, at), Buffer.from(css, 'latin1'), bytes.subarray(at)]));
  chromium(tmp, path.join(OUT, m.pdf));
  if (m.doc) chromium(`/tmp/pages-f-build/docs/${path.basename(m.doc, '.pdf')}.html`, path.join(OUT, m.doc));
  console.log(m.id, m.pdf, m.pdfPage, m.doc ?? '');
}
