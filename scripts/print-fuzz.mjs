#!/usr/bin/env node
// `npm run robust:printfuzz [-- --n 60 --seed 1 --verbose --dump DIR --jobs 2 --only N]`: a print fuzzer for
// issue #12, whose hidden set holds 40 pages printed to PDF by Chromium. The chrome fuzzer's pages
// (scripts/chrome-fuzz.mjs makePage, the same pages for the same seed) are each given the site's own screen
// CSS and printed with `chromium --headless --print-to-pdf` under independent random print choices:
//   paper (A4/B5/A5/Letter/A3), orientation, scale (CSS zoom 0.6–1.4), @page margins (0–25 mm), Chromium's own
//   header/footer (the print date, the <title>, the file URL, "1/3"), the page's own print stylesheet (none /
//   hide nav and side bar / stack the columns / hide the header), a narrow page box (the site's mobile layout),
//   background graphics printed or not, a fixed header (repeated on every printed page), a long side bar
//   (dated archive news and monthly archive counts that run over page breaks), the site's column layout on
//   screen (blocks / flex / float / grid; nested tables stay tables), and the PDF repacked by qpdf or not.
//   The site's mobile layout is `@media (max-width:700px)`: in print that is the page box, so A5, B5 portrait
//   and wide margins get it too, as a real responsive site does. `--force k=v,…` fixes print choices (debugging).
//   `--cache DIR` keeps each PDF under a key of the HTML printed, the print choices and (with Chromium's header
//   on) the print date, and reuses it, so a re-read of a seed after a tool change only re-parses (the readings
//   are those of a fresh print of the same day).
// Each PDF is read with the tool's `parse` and compared fact by fact with the Markdown's incident
// (scripts/pdfFacts.mjs compareFacts, titles without white space, as scripts/eval-blind-set.mjs does); decoy
// counts and dates taken are counted against every chrome figure and date the fuzzer placed (and the long
// side bar's, and the print date in Chromium's header), and the body characters not read back intact
// (pdfFacts.mjs notIntact) from the tool's extracted text. Written blind to the tool's code.
//
// The choices and the HTML printed are deterministic for a seed; the PDFs are not byte-for-byte: they vary
// with Chromium's version and fonts, and Chromium's header carries the day's date (recorded as a decoy).
// The site's layout hooks (data-pf=main/side/cols/header/nav) are set by a small ASCII script appended to
// the page, so the print rules reach the same blocks whatever class names and encoding the page has; the
// tool only ever sees the PDF. Skips with a message when chromium is missing. Not part of `npm test`.
import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync, copyFileSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARCHIVE, sample, makePage, numbersIn, monthDaysIn } from './chrome-fuzz.mjs';
import { keyedMulberry32 } from './seededRandom.mjs';
import { compareFacts, notIntact, sourceBodyChars, extractedChars } from './pdfFacts.mjs';
import { comparePage } from './pageFacts.mjs';
import { REFERENCE_DATE } from './referenceDay.mjs';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const N = Number(opt('n', '60'));
const SEED = Number(opt('seed', '1'));
const JOBS = Math.max(1, Number(opt('jobs', '2')));
const ONLY = opt('only') === undefined ? undefined : Number(opt('only'));
const DUMP = opt('dump');
const CACHE = opt('cache');
// --force layout=flex,longSide=yes: those print choices on every print (to look at one mechanism; not a seed's run)
const FORCE = Object.fromEntries((opt('force') ?? '').split(',').filter(Boolean).map((kv) => kv.split('=')));
const verbose = args.includes('--verbose') || args.includes('-v');

function has(cmd, flag = '--version') {
  try {
    execFileSync(cmd, [flag], { stdio: 'ignore', timeout: 60000 });
    return true;
  } catch {
    return false;
  }
}
if (!has('chromium')) {
  console.log('print-fuzz: skipped — no `chromium` on PATH (apt-get install chromium fonts-noto-cjk qpdf).');
  process.exit(0);
}
const QPDF = has('qpdf');
const PDFTOTEXT = has('pdftotext', '-v');

// ---------- print choices, one independent stream per page ----------
const PAPER_MM = { A4: [210, 297], B5: [176, 250], A5: [148, 210], Letter: [216, 279], A3: [297, 420] };
const pad2 = (n) => String(n).padStart(2, '0');
const iso = ({ y, m, d }) => `${y}-${pad2(m)}-${pad2(d)}`;
function addDays({ y, m, d }, n) {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function printChoices(release, page, seed, index) {
  const r = keyedMulberry32(seed, `print:${index}:${relative(ARCHIVE, release.file)}`);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  // every value is drawn every time, so one choice's value never shifts another's
  const c = {
    paper: pick(Object.keys(PAPER_MM)),
    orientation: pick(['portrait', 'landscape']),
    zoom: pick(['0.6', '0.8', '1', '1.2', '1.4']),
    margin: pick(['0mm', '5mm', '10mm', '15mm', '25mm']),
    headerFooter: pick(['on', 'off']),
    printCss: pick(['none', 'hideNavAside', 'stack', 'hideHeader']),
    narrow: pick(['no', 'yes']),
    background: pick(['off', 'on']),
    fixedHeader: pick(['no', 'yes']),
    longSide: pick(['no', 'yes']),
    layout: pick(['blocks', 'flex', 'float', 'grid']),
    repack: pick(['none', 'qpdf']),
  };
  Object.assign(c, FORCE);
  // a nested-table site has no column CSS and no mobile layout (its 960 px table is only clipped by a narrow page box)
  if (page.choices.skeleton === 'tables') Object.assign(c, { layout: 'table', narrow: 'n/a' });
  if (!QPDF) c.repack = 'none';
  return { c, r, pick };
}

// ---------- the long side bar: dated archive news and monthly counts, every figure and date a decoy ----------
const ARCHIVE_HEADS = ['過去のお知らせ', 'お知らせアーカイブ', 'バックナンバー', '過去の記事一覧'];
const OLD_HEADLINES = [
  (n) => `第${n}回定時株主総会招集ご通知`, (n) => `ポイント${n}倍キャンペーンのご案内`, (n) => `累計出荷台数${n}台を達成`,
  (n) => `${n}名様にオリジナルグッズが当たる！`, (n) => `地域清掃活動に${n}人が参加しました`, (n) => `新店舗オープン（駐車場${n}台）`,
  () => 'ホームページをリニューアルしました', () => '夏季休業のお知らせ', () => '電話番号変更のお知らせ', () => '採用情報を更新しました',
];
const LONG_DATE_FORMS = {
  dots: (x) => `${x.y}.${pad2(x.m)}.${pad2(x.d)}`,
  kanji: (x) => `${x.y}年${x.m}月${x.d}日`,
  slash: (x) => `${x.y}/${pad2(x.m)}/${pad2(x.d)}`,
  monthDay: (x) => `${x.m}/${x.d}`,
};
function longSideHtml(release, pick, r, entry) {
  const int = (a, b) => a + Math.floor(r() * (b - a + 1));
  const forbidden = numbersIn(release.md);
  const forbiddenMd = monthDaysIn(release.md);
  forbiddenMd.add(`${release.date.m}-${release.date.d}`);
  const values = [];
  const dates = [];
  const value = (lo, hi) => {
    for (let tries = 0; ; tries++) {
      const v = int(lo, tries > 50 ? hi * 10 ** Math.ceil((tries - 50) / 20) : hi);
      if (!forbidden.has(v)) return values.push(v), v;
    }
  };
  const form = pick(Object.keys(LONG_DATE_FORMS));
  const items = [];
  const count = int(30, 55);
  let back = int(5, 20);
  for (let k = 0; k < count; k++) {
    let x;
    do x = addDays(release.date, -back++);
    while (forbiddenMd.has(`${x.m}-${x.d}`));
    back += int(3, 15);
    dates.push(iso(x));
    items.push(`<li><span>${LONG_DATE_FORMS[form](x)}</span> <a href="#">${pick(OLD_HEADLINES)(value(2, 9999))}</a></li>`);
  }
  // a monthly archive (WordPress style): months with post counts; no day, so only the counts are decoys
  const months = [];
  for (let k = 1; k <= int(12, 24); k++) {
    const x = addDays({ ...release.date, d: 15 }, -30 * k);
    months.push(`<li><a href="#">${x.y}年${x.m}月</a> (${value(2, 60)})</li>`);
  }
  entry.decoyValues = [...new Set([...entry.decoyValues, ...values])].sort((a, b) => a - b);
  entry.decoyDates = [...new Set([...entry.decoyDates, ...dates])].sort();
  return `<section><h3>${pick(ARCHIVE_HEADS)}</h3><ul>${items.join('')}</ul></section><section><h3>月別アーカイブ</h3><ul>${months.join('')}</ul></section>`;
}

// ---------- what is appended to the page: the site's CSS, its print stylesheet, the print settings ----------
const asciiJs = (s) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
function hooksScript(sideHtml) {
  // marks the blocks by the page's structure: #main (or the 700-wide cell of a table skeleton), its sibling
  // column, their row, the header (the first block before the columns that is not a cookie dialog), its nav
  return `<script>(function(){var d=document,m=d.getElementById('main');var t=null;if(!m){m=d.querySelector('td[width="700"]');}
if(!m)return;var p=m.parentElement,s=null,i;for(i=0;i<p.children.length;i++)if(p.children[i]!==m)s=p.children[i];
m.setAttribute('data-pf','main');p.setAttribute('data-pf','cols');if(s)s.setAttribute('data-pf','side');
var h=null;if(p.tagName==='TR'){t=p.closest('table');t.setAttribute('data-pf','ltable');h=t.rows[0].cells[0];}
else{var up=p.parentElement;for(i=0;i<up.children.length&&up.children[i]!==p;i++){var k=up.children[i];if(k.getAttribute('role')!=='dialog'&&k.tagName!=='SCRIPT'){h=k;break;}}}
if(h){h.setAttribute('data-pf','header');var u=h.querySelector('ul');if(u)u.parentElement.setAttribute('data-pf','nav');}
${sideHtml ? `if(s)s.insertAdjacentHTML('beforeend',${asciiJs(sideHtml)});` : ''}})();</script>`;
}
function siteCss(c, sideFirst) {
  let css = 'body{font-family:sans-serif;margin:8px}[data-pf=header]{background:#1d3b5a;color:#fff;padding:10px}[data-pf=header] a{color:#fff}'
    + '[data-pf=side]{background:#eef2f5;padding:10px;font-size:14px}[data-pf=main] table{border-collapse:collapse}[data-pf=main] td,[data-pf=main] th{border:1px solid #999;padding:2px 4px}';
  if (c.layout === 'flex') css += '[data-pf=cols]{display:flex;gap:24px;align-items:flex-start}[data-pf=main]{flex:1;min-width:0}[data-pf=side]{flex:0 0 260px}';
  if (c.layout === 'float') css += '[data-pf=main]{float:left;width:calc(100% - 300px)}[data-pf=side]{float:right;width:260px}[data-pf=cols]::after{content:"";display:block;clear:both}';
  if (c.layout === 'grid') css += `[data-pf=cols]{display:grid;grid-template-columns:${sideFirst ? '260px minmax(0,1fr)' : 'minmax(0,1fr) 260px'};gap:24px}`;
  // the site's mobile layout: one column under 700 CSS px
  css += '@media (max-width:700px){[data-pf=cols]{display:block}[data-pf=main],[data-pf=side]{float:none;width:auto}}';
  if (c.fixedHeader === 'yes') css += '[data-pf=header]{position:fixed;top:0;left:0;right:0;z-index:9}body{padding-top:140px}';
  const own = {
    none: '',
    hideNavAside: '[data-pf=nav],[data-pf=side]{display:none!important}',
    stack: '[data-pf=cols]{display:block!important}[data-pf=cols]>*{display:block!important;float:none!important;width:auto!important}'
      + '[data-pf=ltable],[data-pf=ltable]>tbody,[data-pf=ltable]>tbody>tr,[data-pf=ltable]>tbody>tr>td{display:block!important;width:auto!important}',
    hideHeader: '[data-pf=header]{display:none!important}',
  }[c.printCss];
  if (own) css += `@media print{${own}}`;
  return `<style>${css}</style>`;
}
function printCss(c) {
  const [w0, h0] = PAPER_MM[c.paper];
  const width = c.orientation === 'landscape' ? h0 : w0;
  const m = Number(c.margin.replace('mm', ''));
  // a narrow page box (about 100 mm, 378 CSS px, wide) turns the site's mobile layout on
  const margin = c.narrow === 'yes' ? `${m}mm ${Math.max(m, width - m - 100)}mm ${m}mm ${m}mm` : `${m}mm`;
  let css = `@page{size:${c.paper}${c.orientation === 'landscape' ? ' landscape' : ''};margin:${margin}}`;
  if (c.zoom !== '1') css += `html{zoom:${c.zoom}}`;
  if (c.background === 'on') css += '*{-webkit-print-color-adjust:exact!important;print-color-adjust:exact!important}';
  return `<style media="print">${css}</style>`;
}
/** The page's bytes with ASCII appended before </body> (never in <head>: a late <meta charset> would be missed). */
function appendBeforeBodyEnd(bytes, ascii) {
  const s = bytes.toString('latin1');
  const at = s.lastIndexOf('</body>');
  const cut = at >= 0 ? at : bytes.length;
  return Buffer.concat([bytes.subarray(0, cut), Buffer.from(ascii, 'ascii'), bytes.subarray(cut)]);
}

/**
 * Share of the body's characters the PDF itself lacks, read by poppler's pdftotext (not the tool) and counted
 * as a multiset, so order and columns do not matter: text a page box clipped (a wide table, a big zoom) or a
 * fixed header covered is no reader's fault. Undefined without pdftotext.
 */
async function lostInPrint(md, pdfFile) {
  if (!PDFTOTEXT) return undefined;
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { maxBuffer: 64 << 20 });
  const have = new Map();
  for (const ch of extractedChars(stdout)) have.set(ch, (have.get(ch) ?? 0) + 1);
  let lost = 0;
  let total = 0;
  for (const ch of sourceBodyChars(md)) {
    total++;
    const n = have.get(ch) ?? 0;
    if (n > 0) have.set(ch, n - 1);
    else lost++;
  }
  return total ? lost / total : 0;
}

/**
 * What of the page's date and organization the print cannot show: a date only in JSON-LD or an empty <time>;
 * an organization only in og:site_name; either only in the <title> when Chromium's header is off or has no room
 * (it needs about 10 mm of margin); the logo's alt text (Chromium draws a missing image's alt) when the print
 * stylesheet hides the header. The Markdown's body may still name them.
 */
function onlyInMetadata(page, c) {
  const headerPrinted = c.headerFooter === 'on' && Number(c.margin.replace('mm', '')) >= 10;
  const out = [];
  const { dateAt, orgAt } = page.choices;
  if (dateAt === 'jsonLdOnly' || dateAt === 'timeOnly' || (dateAt === 'titleOnly' && !headerPrinted)) out.push('date');
  if (orgAt === 'ogSiteName' || (orgAt === 'title' && !headerPrinted) || (orgAt === 'logoAlt' && c.printCss === 'hideHeader')) out.push('organization');
  return out;
}

// ---------- one print ----------
const TMP = join('/tmp', `print-fuzz-${process.pid}`);
/** Prints through the cache when --cache is given: the key is the HTML's bytes, the print choices and the date Chromium's header shows. */
async function printCached(bytes, htmlFile, pdfFile, c, worker, printDate) {
  if (!CACHE) return printPdf(htmlFile, pdfFile, c, worker);
  const key = createHash('sha256').update(bytes).update(JSON.stringify(Object.entries(c).sort()))
    .update(c.headerFooter === 'on' ? printDate : '').digest('hex').slice(0, 32);
  const kept = join(CACHE, `${key}.pdf`);
  if (existsSync(kept)) return copyFileSync(kept, pdfFile);
  await printPdf(htmlFile, pdfFile, c, worker);
  copyFileSync(pdfFile, `${kept}.${process.pid}.tmp`);
  renameSync(`${kept}.${process.pid}.tmp`, kept);
}
async function printPdf(htmlFile, pdfFile, c, worker) {
  const raw = `${pdfFile}.raw.pdf`;
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--run-all-compositor-stages-before-draw', '--virtual-time-budget=3000',
    `--user-data-dir=${join(TMP, `profile${worker}`)}`, ...(c.headerFooter === 'on' ? [] : ['--no-pdf-header-footer']),
    `--print-to-pdf=${c.repack === 'qpdf' ? raw : pdfFile}`, `file://${htmlFile}`];
  await run('chromium', flags, { timeout: 120000 });
  if (c.repack === 'qpdf') await run('qpdf', ['--object-streams=generate', '--compress-streams=y', raw, pdfFile]);
}

async function main() {
  const { parse } = await import(join(ROOT, 'dist', 'index.js'));
  const { extractText } = await import(join(ROOT, 'dist', 'format', 'containers.js'));
  mkdirSync(TMP, { recursive: true });
  if (DUMP) mkdirSync(DUMP, { recursive: true });
  if (CACHE) mkdirSync(CACHE, { recursive: true });
  const releases = sample(N, SEED);
  // the date Chromium writes in its header (local time), a decoy the fuzzer did not draw
  const now = new Date();
  const printDate = iso({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
  const tasks = releases.map((rel, i) => ({ rel, i })).filter(({ i }) => ONLY === undefined || i === ONLY);
  const results = new Array(releases.length);
  let next = 0;
  let done = 0;
  const started = Date.now();
  async function one({ rel, i }, worker) {
    const page = makePage(rel, SEED, i);
    const { c, r, pick } = printChoices(rel, page, SEED, i);
    const entry = { ...page.entry };
    const side = c.longSide === 'yes' ? longSideHtml(rel, pick, r, entry) : '';
    if (c.headerFooter === 'on') entry.decoyDates = [...new Set([...entry.decoyDates, printDate])].sort();
    const sideFirst = page.choices.side === 'before';
    const bytes = appendBeforeBodyEnd(page.bytes, `${siteCss(c, sideFirst)}${printCss(c)}${hooksScript(side)}`);
    const name = `p${String(i).padStart(3, '0')}`;
    const dir = DUMP ?? TMP;
    const htmlFile = join(dir, `${name}.html`);
    const pdfFile = join(dir, `${name}.pdf`);
    writeFileSync(htmlFile, bytes);
    let cmp;
    let chars = { missing: 0, total: 0, share: 0 };
    let error;
    let lost;
    let htmlOk = false;
    try {
      await printCached(bytes, htmlFile, pdfFile, c, worker, printDate);
      const pdf = readFileSync(pdfFile);
      const source = await parse(Buffer.from(rel.md), { path: `${name}.md`, tokenize: true, referenceDate: REFERENCE_DATE });
      // the same page read as HTML (as robust:fuzz reads it), so a print's misses can be told from the page's
      htmlOk = comparePage(await parse(page.bytes, { path: `${name}.html`, tokenize: true, referenceDate: REFERENCE_DATE }), source, page.entry).differing.length === 0;
      cmp = compareFacts(await parse(pdf, { path: `${name}.pdf`, tokenize: true, referenceDate: REFERENCE_DATE }), source, entry);
      const { text } = await extractText(pdf, { path: `${name}.pdf` });
      chars = notIntact(rel.md, text);
      lost = await lostInPrint(rel.md, pdfFile);
    } catch (e) {
      error = e.message.split('\n')[0];
      cmp = { differing: ['FAILED'], decoyCounts: [], decoyDates: [], source: {}, pdf: {} };
    }
    if (DUMP) {
      writeFileSync(join(dir, `${name}.md`), rel.md);
      writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ archive: relative(ARCHIVE, rel.file), encoding: page.encoding, print: c, choices: page.choices, ...entry }, null, 1)}\n`);
    } else {
      rmSync(htmlFile, { force: true });
      rmSync(pdfFile, { force: true });
    }
    rmSync(`${pdfFile}.raw.pdf`, { force: true });
    results[i] = { name, rel, page, c, cmp, chars, error, lost, htmlOk, hidden: onlyInMetadata(page, c) };
    done++;
    if (process.stderr.isTTY) process.stderr.write(`\r${done}/${tasks.length} printed`);
  }
  await Promise.all(Array.from({ length: Math.min(JOBS, tasks.length) }, async (_, worker) => {
    while (next < tasks.length) await one(tasks[next++], worker);
  }));
  if (process.stderr.isTTY) process.stderr.write('\r');
  rmSync(TMP, { recursive: true, force: true });

  // ---------- the tables, in page order (the same for a seed whatever order the prints finished in) ----------
  const total = { prints: 0, same: 0, decoyCounts: 0, decoyDates: 0, failed: 0, missing: 0, chars: 0, lost: 0, lostSame: 0, htmlSame: 0, worse: 0, hidden: 0, shownSame: 0 };
  const LOST = 0.03;
  const byChoice = new Map();
  const fields = new Map();
  const tally = (key, ok, cmp, chars, butDate, htmlOk) => {
    const t = byChoice.get(key) ?? { prints: 0, same: 0, sameButDate: 0, decoys: 0, missing: 0, chars: 0, html: 0 };
    t.prints++;
    if (htmlOk) t.html++;
    if (ok) t.same++;
    if (butDate) t.sameButDate++;
    t.decoys += cmp.decoyCounts.length + cmp.decoyDates.length;
    t.missing += chars.missing;
    t.chars += chars.total;
    byChoice.set(key, t);
  };
  for (const res of results) {
    if (!res) continue;
    const { name, rel, page, c, cmp, chars, error, lost, htmlOk, hidden } = res;
    const ok = cmp.differing.length === 0;
    if (htmlOk) total.htmlSame++;
    if (htmlOk && !ok) total.worse++;
    if (hidden.length) total.hidden++;
    else if (ok) total.shownSame++;
    if (lost !== undefined && lost > LOST) {
      total.lost++;
      if (ok) total.lostSame++;
    }
    total.prints++;
    if (ok) total.same++;
    if (error) total.failed++;
    total.decoyCounts += cmp.decoyCounts.length;
    total.decoyDates += cmp.decoyDates.length;
    total.missing += chars.missing;
    total.chars += chars.total;
    for (const f of cmp.differing) fields.set(f, (fields.get(f) ?? 0) + 1);
    const butDate = cmp.differing.every((f) => f === 'publishedAt' || f === 'timeline');
    for (const [k, v] of Object.entries(c)) tally(`print.${k}=${v}`, ok, cmp, chars, butDate, htmlOk);
    for (const [k, v] of Object.entries(page.choices)) tally(`${k}=${v}`, ok, cmp, chars, butDate, htmlOk);
    const decoys = [...cmp.decoyCounts, ...cmp.decoyDates];
    if (verbose && (!ok || decoys.length || chars.share > 0.02)) {
      console.log(`${name} ${relative(ARCHIVE, rel.file)}  ${ok ? 'same facts' : `differs: ${cmp.differing.join(',')}`}${htmlOk ? '' : ' (HTML differs too)'}${hidden.length ? ` (${hidden.join(', ')} only in metadata)` : ''}  not intact ${(chars.share * 100).toFixed(1)}%${lost > LOST ? ` (the PDF itself lacks ${(lost * 100).toFixed(0)}%)` : ''}${decoys.length ? `  decoys ${decoys.join(',')}` : ''}${error ? `  ${error}` : ''}`);
      for (const f of cmp.differing.filter((f) => f !== 'FAILED')) console.log(`    ${f}: md ${JSON.stringify(cmp.source[f])}\n    ${' '.repeat(f.length)}  got ${JSON.stringify(cmp.pdf[f])}`);
      console.log(`    print ${Object.entries(c).map(([k, v]) => `${k}=${v}`).join(' ')}`);
      console.log(`    page  ${Object.entries(page.choices).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    }
  }
  const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(0)}%`.padStart(5);
  const intact = (t) => `${((100 * t.missing) / Math.max(1, t.chars)).toFixed(1)}%`;
  console.log(`\nfields that differ: ${[...fields].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}`);
  console.log('\nchoice value                  prints  same  share  but date  as HTML  decoys  not intact');
  const share = ([, t]) => t.same / Math.max(1, t.prints);
  const group = (key) => key.split('=')[0];
  // print choices in the order drawn, then the page choices alphabetically
  const printOrder = results.find(Boolean) ? Object.keys(results.find(Boolean).c) : [];
  const keys = [...byChoice].sort((a, b) => {
    const ia = printOrder.indexOf(group(a[0]).replace(/^print\./, ''));
    const ib = printOrder.indexOf(group(b[0]).replace(/^print\./, ''));
    const pa = a[0].startsWith('print.') ? ia : 1000;
    const pb = b[0].startsWith('print.') ? ib : 1000;
    return pa - pb || (pa === 1000 ? group(a[0]).localeCompare(group(b[0])) : 0) || share(a) - share(b);
  });
  let last;
  for (const [key, t] of keys) {
    if (last && group(key) !== last) console.log(last.startsWith('print.') && !key.startsWith('print.') ? '\n-- page choices (chrome-fuzz)\n' : '');
    last = group(key);
    console.log(`${key.padEnd(29)} ${String(t.prints).padStart(6)} ${String(t.same).padStart(5)} ${pct(t.same, t.prints)}     ${pct(t.sameButDate, t.prints)}    ${pct(t.html, t.prints)}  ${String(t.decoys).padStart(6)}  ${intact(t).padStart(10)}`);
  }
  const worst = keys.filter(([, t]) => t.prints >= 5).sort((a, b) => share(a) - share(b)).slice(0, 6);
  console.log(`\nlowest share same (≥5 prints): ${worst.map(([k, t]) => `${k} ${pct(t.same, t.prints).trim()}`).join(', ')}`);
  console.log(`\nseed ${SEED}: prints ${total.prints}, same facts ${total.same} (${pct(total.same, total.prints).trim()}), decoy counts ${total.decoyCounts}, decoy dates ${total.decoyDates}, not intact ${intact(total)}${total.failed ? `, failed ${total.failed}` : ''}`);
  console.log(`the same pages read as HTML: same facts ${total.htmlSame}; prints that lose facts their page gave: ${total.worse}`);
  console.log(`prints whose date or organization is only in the page's metadata: ${total.hidden}; same facts on the rest ${total.shownSame} of ${total.prints - total.hidden}`);
  if (PDFTOTEXT) console.log(`prints whose PDF itself lacks over ${LOST * 100}% of the body (pdftotext: clipped or covered): ${total.lost}; same facts on the rest ${total.same - total.lostSame} of ${total.prints - total.lost}`);
  console.log(`(${((Date.now() - started) / 1000 / Math.max(1, total.prints)).toFixed(1)} s a print, ${JOBS} jobs)`);
}

await main();
