#!/usr/bin/env node
// Prints fixtures/pages-n: every page with Debian's chromium (headless, print-to-pdf) on the paper its
// manifest entry names (pdfPage: paper, Chromium's own header/footer on or off), and the Word-style
// documents the generator left in /tmp/pages-n-build/doc-html (A4, page numbers from @page). PDFs are
// repacked with qpdf --object-streams=generate. Run after scripts/make-pages-n.mjs.
import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync, renameSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-n');
const BUILD = process.env.PAGES_N_BUILD ?? '/tmp/pages-n-build';
const CHROME = process.env.CHROMIUM ?? 'chromium';
const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
const only = process.argv[2] ? new Set(process.argv[2].split(',')) : null;

// paper → @page rule injected into a copy of the page (ASCII, so safe in Shift_JIS and EUC-JP too)
const PAGE = {
  A4: 'size:A4;margin:12mm 10mm',
  B5: 'size:182mm 257mm;margin:10mm',
  Letter: 'size:letter;margin:0.5in',
  'A4 landscape': 'size:A4 landscape;margin:4mm', // margins so small the side bar crowds the edge
  'Letter landscape': 'size:letter landscape;margin:8mm',
  A5: 'size:A5;margin:8mm', // a narrow print: the Bootstrap rows stack
};

function print(src, pdf, headerFooter) {
  const profile = join(BUILD, 'profile');
  const args = ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${profile}`, '--hide-scrollbars',
    '--run-all-compositor-stages-before-draw', '--virtual-time-budget=3000', `--print-to-pdf=${pdf}.tmp`];
  if (!headerFooter) args.push('--no-pdf-header-footer');
  args.push(`file://${src}`);
  const r = spawnSync(CHROME, args, { timeout: 90000, encoding: 'utf8' });
  if (!existsSync(`${pdf}.tmp`)) throw new Error(`chromium failed on ${src}: ${r.stderr?.slice(-400)}`);
  const q = spawnSync('qpdf', ['--object-streams=generate', '--compress-streams=y', `${pdf}.tmp`, pdf]);
  if (q.status !== 0 && q.status !== 3) throw new Error(`qpdf ${pdf}: ${q.stderr}`);
  rmSync(`${pdf}.tmp`);
}

mkdirSync(join(OUT, 'pdf'), { recursive: true });
mkdirSync(join(OUT, 'doc'), { recursive: true });
for (const e of manifest) {
  if (only && !only.has(e.id)) continue;
  const dir = join(BUILD, 'www.example-news.jp', 'news', e.id);
  mkdirSync(dir, { recursive: true });
  const bytes = readFileSync(join(OUT, e.html));
  const s = bytes.toString('latin1');
  const at = s.indexOf('</head>');
  // Chromium's own header and footer are drawn in the page margin: with them on, the margin is widened
  const rule = Buffer.from(`<style>@page{${PAGE[e.pdfPage.paper]}${e.pdfPage.headerFooter ? ';margin-top:14mm;margin-bottom:14mm' : ''}}</style>\n`, 'latin1');
  const page = Buffer.concat([bytes.subarray(0, at), rule, bytes.subarray(at)]);
  const src = join(dir, 'index.html');
  writeFileSync(src, page);
  print(src, join(OUT, e.pdf), e.pdfPage.headerFooter);
  if (e.doc) print(join(BUILD, 'doc-html', `${e.id}.html`), join(OUT, e.doc), false);
  console.log(`${e.id} ${e.pdf}${e.doc ? ` ${e.doc}` : ''}`);
}
