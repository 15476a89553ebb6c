#!/usr/bin/env node
// Checks fixtures/pages-m: releases drawn once each and none from /work/staging/pages-used.txt; every decoy
// value and date absent from the release in every numeral form; each page (HTML, and its PDF through
// pdftotext) holding the whole 本文 (share of the body's characters not found in order, scripts/pdfFacts.mjs's
// measure); the organization and the publication date present where the entry's modes put them.
//   node scripts/check-pages-m.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notIntact } from './pdfFacts.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIR = join(HERE, '..', 'fixtures', 'pages-m');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const used = new Set(readFileSync('/work/staging/pages-used.txt', 'utf8').split('\n').map((s) => s.trim()));
let problems = 0;
const bad = (id, msg) => { problems++; console.log(`${id}: ${msg}`); };

const FW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const KD = '〇一二三四五六七八九';
const kanjiDigits = (n) => String(n).split('').map((c) => KD[c]).join('');
function valueForms(v) {
  const forms = new Set([String(v), v.toLocaleString('en-US')]);
  if (v >= 10000) {
    const man = Math.floor(v / 1e4);
    const rest = v % 1e4;
    forms.add(`${man}万${rest ? rest : ''}`);
    forms.add(`${man.toLocaleString('en-US')}万${rest ? rest.toLocaleString('en-US') : ''}`);
    if (rest % 1000 === 0) forms.add(`${(v / 1e4).toString()}万`);
    if (rest && rest % 1000 === 0) forms.add(`${man}万${rest / 1000}千`);
  }
  if (v >= 1e8) forms.add(`${Math.floor(v / 1e8)}億`);
  if (v < 10000) forms.add(kanjiDigits(v));
  return [...forms];
}
function dateForms(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const p = (n) => String(n).padStart(2, '0');
  return [`${m}月${d}日`, `${p(m)}月${p(d)}日`, `${y}/${m}/${d}`, `${y}/${p(m)}/${p(d)}`, `${m}/${d}`, `${p(m)}/${p(d)}`, iso, `${y}.${p(m)}.${p(d)}`, `${y}.${m}.${d}`, `令和${y - 2018}年${m}月${d}日`, `R${y - 2018}.${m}.${d}`];
}
const hasBounded = (text, s) => {
  let at = text.indexOf(s);
  while (at >= 0) {
    const before = text[at - 1] ?? '';
    const after = text[at + s.length] ?? '';
    if (!/[\d,.]/.test(before) && !/\d/.test(after) && !(after === ',' && /\d/.test(text[at + s.length + 1] ?? '')) && !(after === '.' && /\d/.test(text[at + s.length + 1] ?? ''))) return true;
    at = text.indexOf(s, at + 1);
  }
  return false;
};
function htmlText(file, encoding) {
  const bytes = readFileSync(file);
  const html = /^utf-?8$/i.test(encoding) ? bytes.toString('utf8') : execFileSync('iconv', ['-f', encoding === 'Shift_JIS' ? 'CP932' : 'EUC-JP', '-t', 'UTF-8'], { input: bytes }).toString('utf8');
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h\d|td|th)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (m, n) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&laquo;|&raquo;|&copy;|&nbsp;/g, ' ');
}

const seen = new Set();
const rows = [];
for (const e of manifest) {
  if (used.has(e.archive)) bad(e.id, `archive ${e.archive} is in pages-used.txt`);
  if (seen.has(e.archive)) bad(e.id, `archive ${e.archive} drawn twice`);
  seen.add(e.archive);
  const md = readFileSync(join(DIR, e.source), 'utf8');
  if (/^# (事案ID|公表種別)/m.test(md)) bad(e.id, 'source keeps 事案ID/公表種別');
  const release = md.normalize('NFKC');
  for (const v of e.decoyValues) for (const f of valueForms(v)) if (hasBounded(release, f.normalize('NFKC'))) bad(e.id, `decoy value ${v} stated in the release as ${f}`);
  for (const d of e.decoyDates) {
    if (d === e.publishedAt) bad(e.id, `decoy date ${d} is the publication date`);
    for (const f of dateForms(d)) if (hasBounded(release, f)) bad(e.id, `decoy date ${d} stated in the release as ${f}`);
  }
  const text = htmlText(join(DIR, e.html), e.encoding);
  const h = notIntact(md, text);
  if (h.share > 0.005) bad(e.id, `html misses ${(h.share * 100).toFixed(2)}% of the body`);
  const shown = (text + (e.doc ? htmlText(join(DIR, e.doc.replace(/\.pdf$/, '.html')), 'utf-8') : '')).normalize('NFKC') + readFileSync(join(DIR, e.html), 'latin1');
  for (const v of e.decoyValues) if (!valueForms(v).some((f) => shown.includes(f))) bad(e.id, `decoy value ${v} not on the page nor in the document`);
  const raw = /^utf-?8$/i.test(e.encoding) ? readFileSync(join(DIR, e.html), 'utf8') : htmlText(join(DIR, e.html), e.encoding);
  const rawUtf = /^utf-?8$/i.test(e.encoding) ? raw : execFileSync('iconv', ['-f', e.encoding === 'Shift_JIS' ? 'CP932' : 'EUC-JP', '-t', 'UTF-8'], { input: readFileSync(join(DIR, e.html)) }).toString('utf8').replace(/&#(\d+);/g, (m, n) => String.fromCodePoint(Number(n)));
  if (!rawUtf.includes(e.org)) bad(e.id, 'organization nowhere on the page');
  let p = null;
  let d = null;
  if (existsSync(join(DIR, e.pdf))) {
    const t = execFileSync('pdftotext', ['-enc', 'UTF-8', join(DIR, e.pdf), '-']).toString('utf8');
    p = notIntact(md, t);
    if (p.share > 0.02) bad(e.id, `pdf misses ${(p.share * 100).toFixed(2)}% of the body`);
  } else bad(e.id, 'no pdf');
  if (e.doc) {
    if (existsSync(join(DIR, e.doc))) {
      const t = execFileSync('pdftotext', ['-enc', 'UTF-8', join(DIR, e.doc), '-']).toString('utf8');
      d = notIntact(md, t);
      if (d.share > 0.02) bad(e.id, `doc misses ${(d.share * 100).toFixed(2)}% of the body`);
    } else bad(e.id, 'no doc pdf');
  }
  rows.push(`${e.id} ${e.style.padEnd(8)} ${e.encoding.padEnd(9)} html ${(h.share * 100).toFixed(2)}%  pdf ${p ? (p.share * 100).toFixed(2) : '-'}%  doc ${d ? `${(d.share * 100).toFixed(2)}%` : '-'}  (${h.total} chars)`);
}
console.log(rows.join('\n'));
let size = 0;
const walk = (d) => { for (const f of readdirSync(d, { withFileTypes: true })) { if (f.isDirectory()) walk(join(d, f.name)); else size += statSync(join(d, f.name)).size; } };
walk(DIR);
console.log(`entries ${manifest.length}, documents ${manifest.filter((e) => e.doc).length}, legacy ${manifest.filter((e) => !/^utf-?8$/i.test(e.encoding)).length}, size ${(size / 1048576).toFixed(2)} MB, problems ${problems}`);
process.exit(problems ? 1 : 0);
