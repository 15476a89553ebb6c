#!/usr/bin/env node
// Prints pages-j (scripts/make-pages-j.mjs) to PDF with Debian's Chromium, as a reader would:
// each page on its manifest's paper (A4, B5, Letter, A4 landscape; an @page rule added to a temporary
// copy, nothing else changed), side bars, sticky headers and fixed cookie bars as the browser prints
// them, the browser's own header and footer (print date, title, file URL, page numbers) on the pages
// marked pdfHeaderFooter; and the 10 Word-style documents from their HTML (A4, page numbers by
// @page margin boxes). Then repacks every PDF with qpdf and checks that each PDF holds its release.
//
//   node scripts/print-pages-j.mjs [--dir fixtures/pages-j] [--doc-build DIR] [--only j01,j02] [--check-only]
//
// Needs: chromium, fonts-noto-cjk, qpdf, pdftotext. Writes pdf/*.pdf, doc/*.pdf, and for pages printed
// with the browser's header adds the print date to the entry (pdfPrintedOn, and decoyDates when the
// release never states that month-day).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datesIn } from './make-pages-j.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const DIR = resolve(opt('--dir', join(HERE, '..', 'fixtures', 'pages-j')));
const DOC_BUILD = resolve(opt('--doc-build', join(tmpdir(), 'pages-j-doc')));
const only = opt('--only') ? new Set(opt('--only').split(',')) : null;
const checkOnly = args.includes('--check-only');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));

const PAPER = { A4: 'A4', B5: 'B5', Letter: 'letter', 'A4 landscape': 'A4 landscape' };
const work = mkdtempSync(join(tmpdir(), 'print-pages-j-'));
const profile = join(work, 'profile');

function chromium(url, out, headerFooter) {
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--lang=ja',
    `--user-data-dir=${profile}`,
    '--run-all-compositor-stages-before-draw',
    '--virtual-time-budget=4000',
    headerFooter ? null : '--no-pdf-header-footer',
    `--print-to-pdf=${out}`,
    url,
  ].filter(Boolean);
  execFileSync('chromium', flags, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120000, env: { ...process.env, LANG: 'ja_JP.UTF-8', TZ: 'Asia/Tokyo' } });
}

function repack(pdf) {
  const tmp = `${pdf}.tmp`;
  execFileSync('qpdf', ['--object-streams=generate', '--recompress-flate', '--compression-level=9', pdf, tmp]);
  rmSync(pdf);
  execFileSync('mv', [tmp, pdf]);
}

/** A copy of the page with its paper as an @page rule, bytes otherwise untouched (any encoding). */
function withPaper(htmlBytes, paper) {
  const s = htmlBytes.toString('latin1');
  const at = s.search(/<head[^>]*>/i);
  const end = s.indexOf('>', at) + 1;
  // the printing machine's fonts: the page's Japanese families resolve to Noto Sans CJK JP Regular, bold
  // synthesized (as with MS P Gothic, which has no bold face); ASCII-only CSS, safe in any encoding
  const faces = ['\\FF2D\\FF33\\20\\FF30\\30B4\\30B7\\30C3\\30AF', 'Hiragino Kaku Gothic ProN', 'Meiryo']
    .map((f) => `@font-face{font-family:"${f}";src:local("Noto Sans CJK JP"),local("NotoSansCJKjp-Regular");font-weight:100 900}`)
    .join('');
  const rule = `<style>${faces}@page{size:${PAPER[paper]};margin:12mm 10mm}</style>`;
  return Buffer.from(s.slice(0, end) + rule + s.slice(end), 'latin1');
}

const today = () => {
  const d = new Date(Date.now() + 9 * 3600000);
  return d.toISOString().slice(0, 10);
};

if (!checkOnly) {
  if (!only) {
    // a full run starts from empty pdf/ and doc/ (no PDF of an earlier draw left behind)
    for (const d of ['pdf', 'doc']) {
      rmSync(join(DIR, d), { recursive: true, force: true });
      mkdirSync(join(DIR, d), { recursive: true });
    }
  }
  for (const e of manifest) {
    if (only && !only.has(e.id)) continue;
    const tmpHtml = join(work, basename(e.html));
    writeFileSync(tmpHtml, withPaper(readFileSync(join(DIR, e.html)), e.pdfPage));
    const out = join(DIR, e.pdf);
    chromium(`file://${tmpHtml}`, out, e.pdfHeaderFooter);
    repack(out);
    // dates the printing adds: the PDF's CreationDate (UTC, in its metadata) and, with the browser's
    // header, the print date on every page (JST) — decoys when the release never states that month-day
    const src = readFileSync(join(DIR, e.source), 'utf8');
    const stated = datesIn(src).md;
    const addDecoy = (day) => {
      const [, m, d] = day.split('-').map(Number);
      if (!stated.has(`${m}-${d}`) && day !== e.publishedAt) e.decoyDates = [...new Set([...e.decoyDates, day])].sort();
    };
    const created = execFileSync('pdfinfo', ['-isodates', out]).toString().match(/CreationDate:\s+(\d{4}-\d\d-\d\d)/)?.[1];
    if (created) {
      e.pdfCreatedOn = created;
      addDecoy(created);
    }
    if (e.pdfHeaderFooter) {
      e.pdfPrintedOn = today();
      addDecoy(e.pdfPrintedOn);
    }
    console.log(`${e.pdf.padEnd(28)} ${e.pdfPage.padEnd(13)} ${e.pdfHeaderFooter ? 'header/footer ' : ''}${(statSync(out).size / 1024).toFixed(0)} KB`);
    if (e.doc) {
      const docHtml = join(DOC_BUILD, `${e.id}.html`);
      if (!existsSync(docHtml)) throw new Error(`${docHtml} missing: run scripts/make-pages-j.mjs first`);
      const docOut = join(DIR, e.doc);
      chromium(`file://${docHtml}`, docOut, false);
      repack(docOut);
      console.log(`${e.doc.padEnd(28)} A4 document   ${(statSync(docOut).size / 1024).toFixed(0)} KB`);
    }
  }
  // pdfPrintedOn and pdfCreatedOn right after pdfHeaderFooter, as the generator writes them
  const ordered = manifest.map((e) => {
    const o = {};
    for (const [k, v] of Object.entries(e)) {
      if (k === 'pdfPrintedOn' || k === 'pdfCreatedOn') continue;
      o[k] = v;
      if (k === 'pdfHeaderFooter') {
        if (e.pdfPrintedOn) o.pdfPrintedOn = e.pdfPrintedOn;
        if (e.pdfCreatedOn) o.pdfCreatedOn = e.pdfCreatedOn;
      }
    }
    return o;
  });
  writeFileSync(join(DIR, 'manifest.json'), `${JSON.stringify(ordered, null, 2)}\n`);
}
rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Check: each PDF (and each page's HTML text) holds the release's sentences.

const norm = (s) => s.normalize('NFKC').replace(/[\s:]+/g, '');
function sentences(md) {
  const body = md.split(/^#\s*本文\s*$/m).slice(1).join('');
  const text = body
    .replace(/<img[^>]*>/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/^\s*\|[\s:|-]+\|?\s*$/gm, '')
    .replace(/^#{1,6}\s*/gm, '')
    .replace(/^\s*(?:[-*+・]|[0-9]+\.)\s+/gm, '')
    .replace(/\*\*/g, '')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1')
    .replace(/\|/g, '\n');
  return text
    .split(/(?<=。)|\n/)
    .map(norm)
    .filter((s) => s.length >= 6);
}
function coverage(md, text) {
  const hay = norm(text);
  const ss = sentences(md);
  const found = ss.filter((s) => hay.includes(s));
  return { found: found.length, total: ss.length, missing: ss.filter((s) => !hay.includes(s)) };
}
const htmlText = (e) => {
  const bytes = readFileSync(join(DIR, e.html));
  const s = new TextDecoder(e.encoding).decode(bytes);
  return s
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
};

let worst = 1;
let total = 0;
for (const e of manifest) {
  if (only && !only.has(e.id)) continue;
  const md = readFileSync(join(DIR, e.source), 'utf8');
  const rows = [['html', htmlText(e)]];
  for (const f of [e.pdf, e.doc].filter(Boolean)) {
    if (!existsSync(join(DIR, f))) continue;
    rows.push([f.startsWith('doc') ? 'doc' : 'pdf', execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(DIR, f), '-'], { maxBuffer: 1 << 26 }).toString('utf8')]);
  }
  const parts = rows.map(([k, t]) => {
    const c = coverage(md, t);
    const share = c.total ? c.found / c.total : 1;
    worst = Math.min(worst, share);
    if (share < 0.9) console.log(`  ${e.id} ${k} missing: ${c.missing.slice(0, 3).map((s) => s.slice(0, 40)).join(' / ')}`);
    return `${k} ${c.found}/${c.total}`;
  });
  console.log(`${e.id} ${parts.join('  ')}`);
}
for (const d of ['html', 'pdf', 'doc', 'sources']) {
  try {
    total += Number(execFileSync('du', ['-sb', join(DIR, d)]).toString().split('\t')[0]);
  } catch {}
}
console.log(`lowest sentence coverage ${(worst * 100).toFixed(1)}%; html+pdf+doc+sources ${(total / 1048576).toFixed(2)} MB`);

// ---------------------------------------------------------------------------------------------
// Decoys, checked again independently of the generator: no decoy number or date of an entry occurs in
// its source (the whole Markdown, overview included) in the usual numeral and date forms.
const fw = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + +d));
const KANJI = '〇一二三四五六七八九';
const kanjiDigits = (n) => String(n).replace(/[0-9]/g, (d) => KANJI[+d]);
const kanjiNumeral = (n) => (n < 100 && n >= 10 ? `${n >= 20 ? KANJI[Math.floor(n / 10)] : ''}十${n % 10 ? KANJI[n % 10] : ''}` : kanjiDigits(n));
let clashes = 0;
for (const e of manifest) {
  if (only && !only.has(e.id)) continue;
  const raw = readFileSync(join(DIR, e.source), 'utf8');
  const t = raw.normalize('NFKC');
  const runs = new Set([...t.replace(/(\d),(?=\d{3})/g, '$1').matchAll(/\d+/g)].map((m) => m[0].replace(/^0+(?=\d)/, '')));
  for (const v of e.decoyValues) {
    const forms = [String(v), v.toLocaleString('en-US')];
    if (v >= 10000 && v % 10000 === 0) forms.push(`${v / 10000}万`);
    if (v >= 10000 && v % 1000 === 0 && v % 10000 !== 0) forms.push(`${Math.floor(v / 10000)}万${(v % 10000) / 1000}千`);
    const hit = runs.has(String(v)) || forms.slice(2).some((f) => t.includes(f)) || raw.includes(fw(String(v))) || (v >= 10 && (raw.includes(kanjiDigits(v)) || raw.includes(kanjiNumeral(v))));
    if (hit) {
      clashes++;
      console.log(`  ${e.id} decoy value ${v} occurs in the source`);
    }
  }
  for (const d of e.decoyDates) {
    const [y, m, dd] = d.split('-').map(Number);
    const re = new RegExp(`(?<!\\d)${m}\\s*月\\s*${dd}\\s*日|${y}\\s*[/.-]\\s*0?${m}\\s*[/.-]\\s*0?${dd}(?!\\d)|(?<![\\d/])0?${m}/0?${dd}(?![\\d/])`);
    if (re.test(t) || d === e.publishedAt) {
      clashes++;
      console.log(`  ${e.id} decoy date ${d} occurs in the source`);
    }
  }
}
console.log(`decoys found in their sources: ${clashes}`);
