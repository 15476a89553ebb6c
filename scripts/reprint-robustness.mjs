#!/usr/bin/env node
// Dev script (needs Debian's chromium; not part of `npm test`): do printed pages read the same whatever
// the print settings? Takes a seeded sample of the tuned blind sets' HTML pages (pages-b … pages-p, and
// the first halves of pages-q and pages-r, q01–q20 and r01–r20 only — their second halves stay untouched), prints each again with
// headless Chromium under a few varied settings into /tmp, reads every reprint and compares its facts
// with the Markdown source, the way scripts/eval-blind-set.mjs does (pdfFacts.compareFacts), and prints
// setting × same facts / decoy counts / decoy dates / not intact. A page that reads right at its
// original print and wrong at another setting depends on a layout accident: those are listed.
//
//   node scripts/reprint-robustness.mjs [--sets b,c,q] [--pages 8] [--per 3] [--seed 1]
//                                       [--out /tmp/reprint] [--reprint] [--verbose]
// Prints are cached under --out (reused unless --reprint), so a code change is measured by a rerun.
// The print date Chromium's header line shows is a decoy date (today), counted with the set's own.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareFacts, notIntact } from './pdfFacts.mjs';
import { keyedMulberry32 } from './seededRandom.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : dflt;
};
const SETS = opt('sets', 'b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r').split(',');
const PAGES = Number(opt('pages', '8'));
const PER = Number(opt('per', '3'));
const SEED = Number(opt('seed', '1'));
const OUT = resolve(opt('out', '/tmp/reprint'));
const REPRINT = args.includes('--reprint');
const VERBOSE = args.includes('--verbose');
const ONLY_SETTINGS = opt('settings', undefined)?.split(',');
// pages-q's and pages-r's second halves (q21–q40, r21–r40) are kept untouched: never printed, read or scored here
const UNTOUCHED = (set, id) => (set === 'q' || set === 'r') && Number(id.slice(1)) > 20;

// Chromium's default header (print date, title) and footer (URL, page n/N), as its print dialog draws them
// (headless Chromium fills the date in en-US form whatever the locale; a Japanese-locale print writes
// it as 2026/12/07 4:03, given literally here)
const header = (stamp) => `<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;padding:0 10mm">${stamp ? `<span>${stamp}</span>` : '<span class="date"></span>'}<span class="title"></span></div>`;
const FOOTER = '<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;padding:0 10mm"><span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>';

/** The settings: paper, scale, header and footer, margins, a mobile-width layout. */
const SETTINGS = {
  'A5': { format: 'A5', margin: '10mm' },
  'Letter-landscape': { format: 'Letter', landscape: true, margin: '10mm' },
  'A3': { format: 'A3', margin: '12mm' },
  'A4-scale-0.7': { format: 'A4', scale: 0.7, margin: '10mm' },
  'A4-scale-1.25': { format: 'A4', scale: 1.25, margin: '10mm' },
  'A4-header-footer': { format: 'A4', margin: '12mm', headerFooter: true },
  'B5-header-footer-ja': { width: '182mm', height: '257mm', margin: '12mm', headerFooter: true, locale: 'ja-JP' },
  'A4-margins-4mm': { format: 'A4', margin: '4mm' },
  'A4-mobile-width': { format: 'A4', margin: '10mm', narrow: true },
};
const NAMES = Object.keys(SETTINGS).filter((n) => !ONLY_SETTINGS || ONLY_SETTINGS.includes(n));

// seeded choice (mulberry32 over a string hash), so reruns print and read the same sample
const rng = (key) => keyedMulberry32(SEED, key);
function pick(list, n, rand) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

// a mobile-width layout: the page's own small-screen rules (@media … max-width …) applied as if the
// viewport were narrow, since Chromium lays out a print at the paper's width
function unwrapNarrowMedia() {
  for (const sheet of [...document.styleSheets]) {
    let rules;
    try {
      rules = [...sheet.cssRules];
    } catch {
      continue;
    }
    for (const rule of rules) {
      if (rule.constructor.name !== 'CSSMediaRule' || !/max-width/.test(rule.conditionText ?? rule.media.mediaText)) continue;
      if (/min-width/.test(rule.conditionText ?? rule.media.mediaText)) continue;
      for (const inner of [...rule.cssRules]) sheet.insertRule(inner.cssText, sheet.cssRules.length);
    }
  }
}

const plan = [];
for (const s of SETS) {
  const dir = join(ROOT, 'fixtures', `pages-${s}`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).filter((e) => !UNTOUCHED(s, e.id));
  const rand = rng(`set ${s}`);
  for (const entry of pick(manifest, PAGES, rand).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const r = rng(`page ${s} ${entry.id}`);
    plan.push({ set: s, dir, entry, settings: pick(NAMES, PER, r) });
  }
}

// ------------------------------------------------------------------ print
// the prints' clock is Tokyo's: the header line shows that day, a decoy date for the reader
const tokyo = new Date(Date.now() + 9 * 3600e3).toISOString();
const today = tokyo.slice(0, 10);
const jaStamp = `${tokyo.slice(0, 10).replace(/-/g, '/')} ${tokyo.slice(11, 16)}`;
const todo = plan.flatMap((p) => p.settings.map((name) => ({ p, name, out: join(OUT, `pages-${p.set}`, `${p.entry.id}-${name}.pdf`) })))
  .filter((t) => REPRINT || !existsSync(t.out));
if (todo.length > 0) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const contexts = new Map();
  let done = 0;
  const queue = [...todo];
  const worker = async () => {
    for (let t = queue.shift(); t; t = queue.shift()) {
      const { p, name, out } = t;
      const s = SETTINGS[name];
      const locale = s.locale ?? 'en-US';
      if (!contexts.has(locale)) contexts.set(locale, browser.newContext({ locale, timezoneId: 'Asia/Tokyo' }));
      const page = await (await contexts.get(locale)).newPage();
      try {
        await page.goto(pathToFileURL(join(p.dir, p.entry.html)).href, { waitUntil: 'load', timeout: 60000 });
        if (s.narrow) {
          await page.setViewportSize({ width: 390, height: 844 });
          await page.evaluate(unwrapNarrowMedia);
        }
        await page.emulateMedia({ media: 'print' });
        mkdirSync(dirname(out), { recursive: true });
        const margin = { top: s.margin, bottom: s.margin, left: s.margin, right: s.margin };
        if (s.headerFooter) {
          margin.top = '14mm';
          margin.bottom = '14mm';
        }
        await page.pdf({
          path: out,
          format: s.format,
          width: s.width,
          height: s.height,
          landscape: Boolean(s.landscape),
          scale: s.scale ?? 1,
          margin,
          printBackground: true,
          tagged: true,
          outline: true,
          displayHeaderFooter: Boolean(s.headerFooter),
          headerTemplate: s.headerFooter ? header(s.locale === 'ja-JP' ? jaStamp : undefined) : undefined,
          footerTemplate: s.headerFooter ? FOOTER : undefined,
        });
      } catch (e) {
        console.error(`print failed ${p.set}/${p.entry.id} ${name}: ${e.message}`);
      } finally {
        await page.close();
      }
      if (++done % 25 === 0) console.error(`printed ${done}/${todo.length}`);
    }
  };
  await Promise.all(Array.from({ length: Number(opt('jobs', '3')) }, worker));
  await browser.close();
}

// ------------------------------------------------------------------ read and compare
const { parse } = await import(join(ROOT, 'dist', 'index.js'));
const { extractText } = await import(join(ROOT, 'dist', 'format', 'containers.js'));

const table = new Map();
const row = (name) => {
  if (!table.has(name)) table.set(name, { files: 0, same: 0, decoyCounts: 0, decoyDates: 0, missing: 0, chars: 0, failed: 0, broke: 0 });
  return table.get(name);
};
const broken = [];
const sources = new Map();
async function readPdf(file, md, entry) {
  const bytes = readFileSync(file);
  const incident = await parse(bytes, { path: file, tokenize: true });
  const { text } = await extractText(bytes, { path: file });
  const chars = notIntact(md.toString('utf8'), text);
  const withToday = { ...entry, decoyDates: [...(entry.decoyDates ?? []), today] };
  return { cmp: compareFacts(incident, await sourceOf(entry.__dir, entry), withToday), chars };
}
async function sourceOf(dir, entry) {
  const key = join(dir, entry.source);
  if (!sources.has(key)) sources.set(key, await parse(readFileSync(key), { path: entry.source, tokenize: true }));
  return sources.get(key);
}
function add(t, res) {
  t.files++;
  if (res.cmp.differing.length === 0) t.same++;
  t.decoyCounts += res.cmp.decoyCounts.length;
  t.decoyDates += res.cmp.decoyDates.length;
  t.missing += res.chars.missing;
  t.chars += res.chars.total;
}
const describe = (res) => (res.cmp.differing.length === 0 ? 'same' : res.cmp.differing.join(','))
  + (res.cmp.decoyCounts.length + res.cmp.decoyDates.length > 0 ? ` decoys ${[...res.cmp.decoyCounts, ...res.cmp.decoyDates].join(',')}` : '');

for (const p of plan) {
  const entry = { ...p.entry, __dir: p.dir };
  const md = readFileSync(join(p.dir, entry.source));
  let original;
  try {
    original = await readPdf(join(p.dir, entry.pdf), md, entry);
    add(row('original print'), original);
  } catch (e) {
    row('original print').failed++;
    continue;
  }
  for (const name of p.settings) {
    const file = join(OUT, `pages-${p.set}`, `${entry.id}-${name}.pdf`);
    const t = row(name);
    if (!existsSync(file)) {
      t.failed++;
      continue;
    }
    let res;
    try {
      res = await readPdf(file, md, entry);
    } catch (e) {
      t.failed++;
      console.log(`${entry.id} ${name} FAILED ${e.message}`);
      continue;
    }
    add(t, res);
    add(row('all reprints'), res);
    const worse = (res.cmp.differing.length > 0 && original.cmp.differing.length === 0)
      || res.cmp.decoyCounts.length + res.cmp.decoyDates.length > original.cmp.decoyCounts.length + original.cmp.decoyDates.length;
    if (worse) {
      t.broke++;
      row('all reprints').broke++;
      broken.push(`${entry.id.padEnd(4)} ${name.padEnd(20)} original ${describe(original)}  reprint ${describe(res)}`);
      if (VERBOSE) {
        for (const f of res.cmp.differing) console.log(`  ${entry.id} ${name} ${f}: md ${JSON.stringify(res.cmp.source[f])}\n      got ${JSON.stringify(res.cmp.pdf[f])}`);
      }
    }
  }
}

const pad = (s, n) => String(s).padEnd(n);
const lines = [`${pad('setting', 22)} files  same facts  decoy counts  decoy dates  not intact  worse than original`];
const order = ['original print', ...NAMES, 'all reprints'];
for (const name of order) {
  const t = table.get(name);
  if (!t) continue;
  lines.push(`${pad(name, 22)} ${String(t.files).padStart(5)}  ${String(t.same).padStart(10)}  ${String(t.decoyCounts).padStart(12)}  ${String(t.decoyDates).padStart(11)}  ${`${((t.missing / Math.max(1, t.chars)) * 100).toFixed(2)}%`.padStart(10)}  ${name === 'original print' ? '' : String(t.broke).padStart(19)}${t.failed ? `  (${t.failed} failed)` : ''}`);
}
console.log(`\nreads worse than the original print (${broken.length}):\n${broken.join('\n')}`);
console.log(`\n${lines.join('\n')}`);
writeFileSync(join(OUT, 'last-table.txt'), `${lines.join('\n')}\n\n${broken.join('\n')}\n`);
