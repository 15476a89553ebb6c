#!/usr/bin/env node
// Checks a blind page set, fixtures/pages-X (`--set r|s|…|z|aa`: one or two letters), without the tool: (1) no decoy value or date of the manifest occurs in the
// release (values in every numeral form: plain, 1,234, full-width, kanji, 万; dates as ISO, 年月日,
// slashes, dots, 令和, full-width); (2) every page's HTML text and every PDF's pdftotext output holds
// the release's sentences (share of 本文 sentences found, white space ignored).
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const SET = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : 'r';
if (!/^[a-z]{1,2}$/.test(SET)) throw new Error(`--set takes a set's one or two letters (r … z, aa), not ${SET}`);
const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', `pages-${SET}`);
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const norm = (s) => s.normalize('NFKC').replace(/\s+/g, '');
const KD = '〇一二三四五六七八九';
function kanji(n) {
  if (n === 0) return '〇';
  const part = (x) => { let s = ''; for (const [u, k] of [[1000, '千'], [100, '百'], [10, '十']]) { const d = Math.floor(x / u) % 10; if (d) s += (d > 1 ? KD[d] : '') + k; } return s + (x % 10 ? KD[x % 10] : ''); };
  const man = Math.floor(n / 10000), rest = n % 10000;
  return (man ? part(man) + '万' : '') + (rest ? part(rest) : '');
}
const valueForms = (v) => {
  const f = [String(v), v.toLocaleString('en-US'), kanji(v), [...String(v)].map((d) => KD[d]).join('')];
  if (v >= 10000 && v % 1000 === 0) f.push(`${v / 10000}万`);
  return f;
};
const dateForms = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  const p = (n) => String(n).padStart(2, '0');
  return [`${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${y}/${p(m)}/${p(d)}`, `${y}.${m}.${d}`, `${y}.${p(m)}.${p(d)}`, iso, `令和${y - 2018}年${m}月${d}日`, `${m}月${d}日`];
};
let bad = 0;
const rows = [];
for (const e of manifest) {
  const md = readFileSync(join(DIR, e.source), 'utf8');
  const text = norm(md).replace(/(\d),(?=\d{3})/g, '$1');
  const textComma = norm(md);
  for (const v of e.decoyValues) for (const f of valueForms(v)) if (text.includes(norm(f)) || textComma.includes(norm(f))) {
    // a digit form inside a longer number is not the value; accept only standalone hits
    const re = new RegExp(`(?<![0-9,.])${norm(f).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9,])`);
    if (re.test(text) || re.test(textComma)) { console.log(`${e.id}: decoy value ${v} (${f}) is in the release`); bad++; }
  }
  for (const d of e.decoyDates) for (const f of dateForms(d)) if (text.includes(norm(f))) { console.log(`${e.id}: decoy date ${d} (${f}) is in the release`); bad++; }
  if (e.decoyDates.includes(e.publishedAt)) { console.log(`${e.id}: publication date among decoys`); bad++; }
  // sentences of the 本文
  const body = md.split(/^# 本文[ \t]*$/m)[1]
    .replace(/<img[^>]*>/g, '').replace(/<br\s*\/?>/gi, '\n').replace(/^\s*\|[\s:|-]+\|\s*$/gm, '').replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|[0-9]+\.)\s+/gm, '').replace(/\*\*/g, '').replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1').replace(/\|/g, '\n');
  const sentences = body.split(/[。\n]/).map(norm).filter((s) => s.length >= 8);
  const share = (hay) => { const h = norm(hay); return sentences.filter((s) => h.includes(s)).length / Math.max(1, sentences.length); };
  const htmlBytes = readFileSync(join(DIR, e.html));
  const html = new TextDecoder(e.encoding === 'Shift_JIS' ? 'shift_jis' : e.encoding === 'EUC-JP' ? 'euc-jp' : 'utf-8').decode(htmlBytes);
  const htmlText = html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n)).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
  const pdfText = (f) => !existsSync(join(DIR, f)) ? '' : execFileSync('pdftotext', ['-enc', 'UTF-8', join(DIR, f), '-']).toString('utf8');
  const r = { id: e.id, html: share(htmlText), pdf: share(pdfText(e.pdf)), doc: e.doc ? share(pdfText(e.doc)) : null, n: sentences.length };
  rows.push(r);
  console.log(`${e.id.padEnd(4)} ${e.style.padEnd(10)} sentences ${String(r.n).padStart(3)}  html ${(r.html * 100).toFixed(0)}%  pdf ${(r.pdf * 100).toFixed(0)}%${r.doc === null ? '' : `  doc ${(r.doc * 100).toFixed(0)}%`}`);
}
const avg = (k) => rows.filter((r) => r[k] !== null).reduce((a, r) => a + r[k], 0) / rows.filter((r) => r[k] !== null).length;
console.log(`decoy problems: ${bad}; sentences found: html ${(avg('html') * 100).toFixed(1)}%, pdf ${(avg('pdf') * 100).toFixed(1)}%, doc ${(avg('doc') * 100).toFixed(1)}%`);
process.exitCode = bad ? 1 : 0;
