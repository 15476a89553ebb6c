#!/usr/bin/env node
// Prints fixtures/pages-q (made by scripts/make-pages-q.mjs) to PDF with Debian's headless Chromium:
// each page as laid out by its own @page rule (paper, margins, print CSS; Chromium's header and footer on
// where the manifest says so), and the Word-style documents from the HTML make-pages-q.mjs left in
// $TMPDIR/pages-q-doc-html. PDFs are repacked with qpdf (object streams). Then checks every PDF with
// pdftotext: the share of the release body's characters not found in order (scripts/pdfFacts.mjs).
//
//   node scripts/make-pages-q.mjs && node scripts/print-pages-q.mjs [--jobs 2] [--check-only]
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { notIntact } from './pdfFacts.mjs';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const DIR = join(HERE, '..', 'fixtures', 'pages-q');
const DOC_BUILD = join(tmpdir(), 'pages-q-doc-html');
const args = process.argv.slice(2);
const JOBS = Number(args.includes('--jobs') ? args[args.indexOf('--jobs') + 1] : 2);
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));

async function print(input, output, headerFooter) {
  const profile = mkdtempSync(join(tmpdir(), 'pages-q-chromium-'));
  const tmp = `${output}.tmp.pdf`;
  try {
    await run('chromium', [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--user-data-dir=${profile}`,
      '--run-all-compositor-stages-before-draw', '--virtual-time-budget=4000',
      ...(headerFooter ? [] : ['--no-pdf-header-footer']),
      `--print-to-pdf=${tmp}`, `file://${input}`,
    ], { timeout: 120000 });
    await run('qpdf', ['--object-streams=generate', '--compress-streams=y', '--recompress-flate', tmp, output]).catch((e) => {
      if (e.code !== 3) throw e; // 3: warnings only
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(tmp, { force: true });
  }
}

const tasks = [];
if (!args.includes('--check-only')) {
  for (const e of manifest) {
    tasks.push(() => print(join(DIR, e.html), join(DIR, e.pdf), e.pdfPage.chromiumHeaderFooter));
    if (e.doc) {
      const src = join(DOC_BUILD, `${e.id}.html`);
      if (!existsSync(src)) throw new Error(`${src} missing: run scripts/make-pages-q.mjs first`);
      tasks.push(() => print(src, join(DIR, e.doc), false));
    }
  }
  let next = 0;
  await Promise.all(Array.from({ length: JOBS }, async () => {
    while (next < tasks.length) {
      const t = tasks[next++];
      await t();
    }
  }));
  console.log(`printed ${tasks.length} PDFs`);
}

// check: every PDF holds the release's body (characters in order, roughly)
let worst = 0;
for (const e of manifest) {
  const md = readFileSync(join(DIR, e.source), 'utf8');
  for (const f of [e.pdf, e.doc].filter(Boolean)) {
    const text = execFileSync('pdftotext', ['-layout', join(DIR, f), '-'], { maxBuffer: 64 << 20 }).toString('utf8');
    const { share } = notIntact(md, text);
    const raw = execFileSync('pdftotext', [join(DIR, f), '-'], { maxBuffer: 64 << 20 }).toString('utf8');
    const share2 = notIntact(md, raw).share;
    const best = Math.min(share, share2);
    worst = Math.max(worst, best);
    const pages = execFileSync('pdfinfo', [join(DIR, f)]).toString().match(/Pages:\s+(\d+)/)[1];
    console.log(`${f.padEnd(22)} pages ${pages.padStart(2)}  body chars not in order ${(best * 100).toFixed(1)}%`);
  }
}
console.log(`worst ${(worst * 100).toFixed(1)}%`);
