#!/usr/bin/env node
// Adversarial inputs against the parser: each must finish in time proportional to its size.
// Prints seconds and seconds/MB for each input at two sizes; the growth ratio between the sizes
// shows linearity (×4 input → about ×4 time). Exits 1 when an input grows clearly faster than
// linearly or exceeds the per-MB bound, so CI catches a quadratic regex or loop.
//
//   node scripts/adversarial.mjs [--quick]
import { performance } from 'node:perf_hooks';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseFile } from '../dist/index.js';

const quick = process.argv.includes('--quick');
const MB = 1024 * 1024;
const MAX_SECONDS_PER_MB = 8; // generous: the archive parses at well under 0.1 s/MB
const MAX_GROWTH = 7; // ×4 input; linear ≈ 4, quadratic ≈ 16

const repeat = (unit, bytes) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
const CASES = [
  ['digits and commas, one line', (n) => repeat('1,234,567,', n)],
  ['「「「…', (n) => repeat('「', n)],
  ['no newline (prose)', (n) => repeat('2025年12月3日、当社サーバーが不正アクセスを受け、お客様の氏名・メールアドレス約1万2千件が漏えいした可能性があります。', n)],
  ['counts on one line', (n) => repeat('氏名：1件、', n)],
  ['bullets', (n) => repeat('- 利用者のメールアドレス ： 79,991件\n', n)],
  ['headings', (n) => repeat('## ■情報漏洩の範囲\n', n)],
  ['table rows', (n) => repeat('| 氏名 | 1,234件 |\n', n)],
  ['dates without days', (n) => repeat('2025年12月', n)],
  ['numerals', (n) => repeat('一二三四五六七八九十百千万', n)],
  ['parentheses and colons', (n) => repeat('(:(:(', n)],
  ['Latin runs', (n) => repeat('Cisco Secure Email ', n)],
  ['株式会社 runs', (n) => repeat('株式会社', n)],
  ['data kinds on one line', (n) => repeat('氏名、メールアドレス、', n)],
  ['incident words on one line', (n) => repeat('不正アクセス、ランサムウェア、', n)],
  ['quoted names', (n) => repeat('「OneOffice Mail」において', n)],
  ['list lead-ins', (n) => repeat('以下の情報\n- 氏名\n', n)],
];

async function timeParse(text) {
  const t0 = performance.now();
  await parse(text, { path: 'adversarial.txt', tokenize: false });
  return (performance.now() - t0) / 1000;
}

const small = quick ? 0.125 * MB : 0.25 * MB;
const large = small * 4;
let failed = 0;
console.log(`input                          ${String(small / MB).padStart(5)} MB s   ${String(large / MB).padStart(5)} MB s   s/MB   growth`);
for (const [name, make] of CASES) {
  const a = await timeParse(make(small));
  const b = await timeParse(make(large));
  const perMb = b / (large / MB);
  const growth = b / Math.max(a, 0.005);
  const bad = perMb > MAX_SECONDS_PER_MB || (b > 0.2 && growth > MAX_GROWTH);
  if (bad) failed++;
  console.log(`${name.padEnd(30)} ${a.toFixed(3).padStart(10)}   ${b.toFixed(3).padStart(10)}   ${perMb.toFixed(3)}  ×${growth.toFixed(1)}${bad ? '  TOO SLOW' : ''}`);
}

// 100,000 bullets and a 50 MB file, through the file reader as a user would.
const dir = mkdtempSync(join(tmpdir(), 'disclose-adv-'));
try {
  const bullets = join(dir, 'bullets.txt');
  writeFileSync(bullets, '# 本文\n' + '- 氏名、住所、電話番号 ： 1,234件\n'.repeat(100_000));
  let t0 = performance.now();
  const inc = await parseFile(bullets, { tokenize: false });
  console.log(`100,000 bullets (${(Buffer.byteLength('- 氏名、住所、電話番号 ： 1,234件\n') * 100_000 / MB).toFixed(1)} MB): ${((performance.now() - t0) / 1000).toFixed(2)} s, ${inc.counts.length} counts after dedupe`);

  const bigSize = quick ? 10 * MB : 50 * MB;
  const big = join(dir, 'big.txt');
  writeFileSync(big, repeat('2025年12月3日、不正アクセスを受けた。利用者のメールアドレス ： 79,991件\n', bigSize));
  t0 = performance.now();
  const limit = quick ? 5 * MB : undefined; // quick mode writes 10 MB: refuse it with a 5 MB limit
  try {
    await parseFile(big, limit ? { maxBytes: limit } : {});
    console.log('default --max-bytes did NOT refuse a large file');
    failed++;
  } catch (e) {
    console.log(`${bigSize / MB} MB file with ${quick ? 'a 5 MiB' : 'the default 20 MiB'} limit: refused in ${((performance.now() - t0) / 1000).toFixed(3)} s (${e.message.split(': ').slice(1).join(': ')})`);
  }
  t0 = performance.now();
  const rss0 = process.memoryUsage().rss;
  await parseFile(big, { maxBytes: 64 * MB, tokenize: false });
  const secs = (performance.now() - t0) / 1000;
  console.log(`${bigSize / MB} MB file with --max-bytes 64 MiB: ${secs.toFixed(2)} s (${(secs / (bigSize / MB)).toFixed(3)} s/MB), RSS +${((process.memoryUsage().rss - rss0) / MB).toFixed(0)} MB`);
  if (secs / (bigSize / MB) > MAX_SECONDS_PER_MB) failed++;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// Hostile HTML (issue 14): each page must finish within its bound with a warning that says what
// was cut, and a text release mentioning %PDF- or a UTF-16 page without a BOM must read as text.
const HTML_LEAD = '<html><head><title>t</title></head><body><article><h1>不正アクセスに関するお知らせ</h1><p>当社サーバーが不正アクセスを受け、顧客情報1,234件が流出したおそれがあります。</p>';
const f = quick ? 0.25 : 1;
const HTML_CASES = [
  ['2,000,000 nested unclosed <div>', () => HTML_LEAD + '<div>'.repeat(2_000_000 * f) + '本文'],
  ['one element, 1,000,000 attributes', () => HTML_LEAD + '<div ' + Array.from({ length: 1_000_000 * f }, (_, i) => `a${i}="1"`).join(' ') + '>本文</div>'],
  ['50,000 nested tables', () => HTML_LEAD + '<table><tr><td>'.repeat(50_000 * f) + '本文'],
  ['100,000 nested lists', () => HTML_LEAD + '<ul><li>'.repeat(100_000 * f) + '本文'],
  ['150,000 <li>', () => HTML_LEAD + '<ul>' + '<li>項目'.repeat(150_000 * f) + '</ul>'],
  ['1,500,000 <br>', () => HTML_LEAD + '<p>' + '<br>'.repeat(1_500_000 * f) + '本文</p>'],
];
const MAX_HTML_SECONDS = 60;
for (const [name, make] of HTML_CASES) {
  const html = make();
  const t0 = performance.now();
  const rss0 = process.memoryUsage().rss;
  const inc = await parse(Buffer.from(html), { path: 'hostile.html', tokenize: false });
  const secs = (performance.now() - t0) / 1000;
  const bad = secs > MAX_HTML_SECONDS || inc.counts.length === 0;
  if (bad) failed++;
  console.log(`${name.padEnd(36)} ${(html.length / MB).toFixed(1).padStart(5)} MB  ${secs.toFixed(2).padStart(6)} s  RSS +${((process.memoryUsage().rss - rss0) / MB).toFixed(0)} MB  ${inc.warnings.join('; ')}${bad ? '  FAILED' : ''}`);
}
const pdfMention = '# 本文\n%PDF-1.7 のファイルを装ったメールが届いたとの報告を受け、調査したところ、当社サーバーが不正アクセスを受けていたことが判明しました。';
const asText = await parse(Buffer.from(pdfMention), { path: 'mentions-pdf.txt', tokenize: false }).then((i) => i.source.format, (e) => `refused: ${e.message}`);
console.log(`a text release mentioning %PDF- at its start: ${asText}`);
if (asText !== 'text') failed++;
const utf16 = Buffer.from('<!DOCTYPE html><html><head><meta charset="utf-16"><title>お知らせ</title></head><body><article><h1>不正アクセスに関するお知らせ</h1><p>顧客情報1,234件が流出したおそれがあります。</p></article></body></html>', 'utf16le');
const u16 = await parse(utf16, { path: 'utf16.html', tokenize: false }).then((i) => `${i.source.format} ${i.source.encoding}`, (e) => `refused: ${e.message}`);
console.log(`a UTF-16 LE page without a BOM: ${u16}`);
if (u16 !== 'html utf-16le') failed++;

console.log(failed ? `${failed} adversarial input(s) too slow` : 'all adversarial inputs linear');
process.exit(failed ? 1 : 0);
