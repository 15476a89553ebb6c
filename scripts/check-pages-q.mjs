#!/usr/bin/env node
// Checks fixtures/pages-q independently of the generator's own bookkeeping:
// - every decoy value and date of the manifest is absent from the release (Markdown source) in every
//   numeral form (ASCII / full-width digits, with or without thousands commas, 漢数字, 万 notation;
//   dates as Y年M月D日, M月D日, Y/M/D, Y.M.D, Y-M-D, M/D, 令和/R);
// - each HTML page decodes cleanly in its declared encoding and holds the whole 本文 (share of the
//   body's characters not found in order in the page's visible text, scripts/pdfFacts.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notIntact } from './pdfFacts.mjs';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages-q');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const DIG = '〇一二三四五六七八九';
function kanji(n) {
  if (n === 0) return '〇';
  const part = (x) => {
    let s = '';
    for (const [u, c] of [[1000, '千'], [100, '百'], [10, '十']]) {
      const q = Math.floor(x / u);
      if (q) s += (q > 1 ? DIG[q] : '') + c;
      x %= u;
    }
    return s + (x ? DIG[x] : '');
  };
  const man = Math.floor(n / 10000);
  return (man ? `${part(man)}万` : '') + part(n % 10000);
}
const kanjiPlain = (n) => String(n).replace(/\d/g, (c) => DIG[c]);
let problems = 0;
for (const e of manifest) {
  const src = readFileSync(join(DIR, e.source), 'utf8');
  const t = src.normalize('NFKC').replace(/\s+/g, '');
  const noComma = t.replace(/(\d),(?=\d{3})/g, '$1');
  const runs = new Set(noComma.match(/\d+/g) ?? []);
  for (const v of e.decoyValues) {
    const forms = [kanji(v), kanjiPlain(v), v >= 10000 ? `${v / 10000}万` : null].filter(Boolean);
    const hit = runs.has(String(v)) || forms.some((f) => t.includes(f));
    if (hit) { problems++; console.log(`${e.id} decoy value ${v} is in the release`); }
  }
  for (const ds of e.decoyDates) {
    const [y, m, d] = ds.split('-').map(Number);
    const r = y - 2018;
    const forms = [`${m}月${d}日`, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}-${m}-${d}`, `令和${r}年${m}月${d}日`, `R${r}.${m}.${d}`, `${kanjiPlain(m)}月${kanjiPlain(d)}日`];
    const padded = t.replace(/(^|\D)0(\d)/g, '$1$2');
    const hit = forms.some((f) => padded.includes(f)) || ds === e.publishedAt || new RegExp(`(^|\\D)${m}/${d}(\\D|$)`).test(padded);
    if (hit) { problems++; console.log(`${e.id} decoy date ${ds} is in the release`); }
  }
  const bytes = readFileSync(join(DIR, e.html));
  const label = /utf/i.test(e.encoding) ? 'utf-8' : e.encoding.toLowerCase() === 'shift_jis' ? 'shift_jis' : 'euc-jp';
  const html = new TextDecoder(label).decode(bytes);
  if (html.includes('\ufffd')) { problems++; console.log(`${e.id} ${e.html} does not decode as ${label}`); }
  if (!new RegExp(`charset="?${e.encoding}`, 'i').test(html)) { problems++; console.log(`${e.id} ${e.html} does not declare ${e.encoding}`); }
  const visible = html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, '\n')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const share = notIntact(src, visible).share;
  if (share > 0.01) { problems++; console.log(`${e.id} ${e.html}: ${(share * 100).toFixed(1)}% of the body not in order`); }
  console.log(`${e.id} ${e.style.padEnd(8)} ${e.encoding.padEnd(9)} decoys ${String(e.decoyValues.length).padStart(2)} values ${String(e.decoyDates.length).padStart(2)} dates  html body not in order ${(share * 100).toFixed(1)}%`);
}
console.log(problems ? `${problems} problems` : 'all decoys absent from the releases; every page holds its whole 本文');
process.exit(problems ? 1 : 0);
