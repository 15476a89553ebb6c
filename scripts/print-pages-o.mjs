#!/usr/bin/env node
// Prints fixtures/pages-o (made by scripts/make-pages-o.mjs) to PDF with Debian's chromium:
// each page as manifest.pdfPage says (paper A4/B5/A5/Letter, portrait or landscape, Chromium's own
// header/footer on or off; a few with @page margins so small the side bar runs to the edge), and the
// Word-style documents doc/oNN.html → doc/oNN.pdf (their own @page footer carries the page numbers;
// the .html is removed after printing). PDFs are repacked with `qpdf --object-streams=generate`.
//
//   node scripts/print-pages-o.mjs [--only o01,o02]
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const DIR = join(HERE, '..', 'fixtures', 'pages-o');
const TMP = '/tmp/pages-o-print';
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(',')) : null;
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')).filter((e) => !only || only.has(e.id));
mkdirSync(TMP, { recursive: true });

// fixed layout widths (px) of the styles that do not reflow; the rest are fluid
const FIXED = { sjistable: 770, builder: 990, mtblog: 910 };
const PAPER_MM = { A4: [210, 297], B5: [176, 250], A5: [148, 210], Letter: [216, 279] };
function pageCss(p, k, style) {
  const [size, orient] = p.paper.split(' ');
  const tiny = k % 7 === 3;
  const [w, h] = PAPER_MM[size];
  const marginMm = tiny ? 2 : 10;
  const availPx = (((orient === 'landscape' ? h : w) - 2 * marginMm) * 96) / 25.4;
  // Chrome's print dialog shrinks a page wider than the paper to fit; headless printing clips it, so do the same
  const zoom = FIXED[style] && FIXED[style] > availPx ? `html{zoom:${(availPx / FIXED[style]).toFixed(3)}}` : '';
  return `<style media="print">@page{size:${size}${orient ? ` ${orient}` : ''};margin:${tiny ? '3mm 2mm' : '12mm 10mm'}}${zoom}</style>`;
}

async function chromium(input, output, headerFooter, slot) {
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--user-data-dir=${TMP}/profile${slot}`, '--run-all-compositor-stages-before-draw', '--virtual-time-budget=2000', `--print-to-pdf=${output}`];
  if (!headerFooter) flags.push('--no-pdf-header-footer');
  await run('chromium', [...flags, `file://${input}`], { timeout: 120000 });
  const packed = `${output}.qpdf`;
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', output, packed]);
  renameSync(packed, output);
}

const jobs = [];
manifest.forEach((e, k) => {
  jobs.push(async (slot) => {
    const bytes = readFileSync(join(DIR, e.html));
    // inject the print rule after <head> (ASCII, safe in Shift_JIS / EUC-JP too)
    const s = bytes.toString('latin1').replace(/<head>/i, (h) => h + pageCss(e.pdfPage, k, e.style));
    const tmp = join(TMP, e.html.replace('html/', ''));
    writeFileSync(tmp, Buffer.from(s, 'latin1'));
    await chromium(tmp, join(DIR, e.pdf), e.pdfPage.headerFooter, slot);
    console.log(`${e.pdf} (${e.pdfPage.paper}${e.pdfPage.headerFooter ? ', header/footer' : ''})`);
  });
  if (e.doc) {
    jobs.push(async (slot) => {
      const src = join(DIR, e.doc.replace(/\.pdf$/, '.html'));
      if (!existsSync(src)) throw new Error(`${src} missing: run make-pages-o.mjs first`);
      await chromium(src, join(DIR, e.doc), false, slot);
      rmSync(src);
      console.log(e.doc);
    });
  }
});
let next = 0;
await Promise.all([0, 1].map(async (slot) => {
  while (next < jobs.length) await jobs[next++](slot);
}));
rmSync(TMP, { recursive: true, force: true });

// Chromium's own header prints the print date (M/D/YY): a decoy date of those PDFs, unless the release states it
if (!only) {
  const now = new Date();
  const printed = now.toISOString().slice(0, 10);
  const [, pm, pd] = printed.split('-').map(Number);
  const all = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
  for (const e of all) {
    e.printedAt = printed;
    if (!e.pdfPage.headerFooter) continue;
    const md = readFileSync(join(DIR, e.source), 'utf8').normalize('NFKC');
    const stated = new RegExp(`(?<![0-9])${pm}月${pd}日|(?<![0-9])${pm}/${pd}(?![0-9])|(?<![0-9])0?${pm}[.-]0?${pd}(?![0-9])`).test(md);
    if (!stated && !e.decoyDates.includes(printed)) e.decoyDates.push(printed);
  }
  writeFileSync(join(DIR, 'manifest.json'), JSON.stringify(all, null, 2) + '\n');
}
