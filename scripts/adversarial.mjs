#!/usr/bin/env node
// Adversarial inputs against the parser: each must finish in time proportional to its size.
// Prints seconds and seconds/MB for each input at two sizes; the growth ratio between the sizes
// shows linearity (×4 input → about ×4 time). Exits 1 when an input grows clearly faster than
// linearly or exceeds the per-MB bound, so CI catches a quadratic regex or loop.
//
//   node scripts/adversarial.mjs [--quick] [--pdf-only]
// The PDF bombs of issue 14 (a stream inflating to 2 GiB, a 40000×40000 image, 12,000 pages, a
// circular page tree, 1k–8k pages for linearity) are generated here, never committed.
import { performance } from 'node:perf_hooks';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflate } from 'node:zlib';
import { parse, parseFile } from '../dist/index.js';

const quick = process.argv.includes('--quick');
// --pdf-only: the PDF bombs alone.
const pdfOnly = process.argv.includes('--pdf-only');
const MB = 1024 * 1024;
const MAX_SECONDS_PER_MB = 8; // generous: the archive parses at well under 0.1 s/MB
const MAX_GROWTH = 7; // ×4 input; linear ≈ 4, quadratic ≈ 16

const repeat = (unit, bytes) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
const CASES = [
  ['digits and commas, one line', (n) => repeat('1,234,567,', n)],
  ['「「「…', (n) => repeat('「', n)],
  ['no newline (prose)', (n) => repeat('2025年12月3日、当社サーバーが不正アクセスを受け、お客様の氏名・メールアドレス約1万2千件が漏えいした可能性があります。', n)],
  ['counts on one line', (n) => repeat('氏名：1件、', n)],
  // Prose broken at one width, every line mid-sentence: read as wrapped (src/normalize/unwrap.ts), joined lines of at most 1,200 characters.
  ['hard-wrapped prose', (n) => repeat('当社サーバーが不正アクセスを受け、お客様の氏名・メールアドレス約1万2千件が漏えいした可能性があり\n', n)],
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
for (const [name, make] of pdfOnly ? [] : CASES) {
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
if (!pdfOnly) try {
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

// ---- PDF bombs (issue 14): each must end in bounded time and memory, with one line when a cap is hit.

/** A PDF from object bodies (strings or Buffers), xref offsets computed. */
function buildPdf(objects) {
  const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    for (const b of [Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]) {
      parts.push(b);
      length += b.length;
    }
  });
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
const pdfStream = (bytes, dict = '') => Buffer.concat([Buffer.from(`<< /Length ${bytes.length} ${dict}>>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
const FONT = [
  '<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 7 0 R /DW 1000 >>',
  '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
];
const textOp = (y, s) => `BT /F1 11 Tf 1 0 0 1 72 ${y} Tm <${Buffer.from(s, 'utf16le').swap16().toString('hex')}> Tj ET`;
const PAGE = (contents, extra = '') => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> ${extra}>> /Contents ${contents} 0 R >>`;

/** `total` bytes of one repeated byte, deflated chunk by chunk (never held whole). */
async function deflateRepeated(total, byte = 0x20, head = Buffer.alloc(0)) {
  const chunk = Buffer.alloc(16 * MB, byte);
  const deflate = createDeflate({ level: 1 });
  const out = [];
  deflate.on('data', (d) => out.push(d));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  deflate.write(head);
  for (let left = total; left > 0; left -= chunk.length) {
    if (!deflate.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** n pages sharing one content stream, the line mid-page (atop every page it would be a running header). */
function manyPages(n) {
  const kids = Array.from({ length: n }, (_, i) => `${8 + i} 0 R`).join(' ');
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`, '<< >>', pdfStream(Buffer.from(textOp(420, '当社は不正アクセスを受けました。'), 'latin1')), ...FONT, ...Array.from({ length: n }, () => PAGE(4))]);
}

async function timePdf(label, bytes, options = {}) {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let outcome;
  try {
    await parse(bytes, { path: 'bomb.pdf', tokenize: false, ...options });
    outcome = 'read';
  } catch (e) {
    outcome = `refused: ${e.message.split(': ').slice(1).join(': ')}`;
  }
  const secs = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(c0);
  const cpu = (used.user + used.system) / 1e6;
  console.log(`${label.padEnd(44)} ${(bytes.length / MB).toFixed(1).padStart(6)} MB  ${secs.toFixed(2).padStart(6)} s  ${cpu.toFixed(2).padStart(6)} s CPU  RSS +${((process.memoryUsage().rss - rss0) / MB).toFixed(0)} MB  ${outcome}`);
  return { secs, cpu, outcome };
}

async function pdfCases() {
  console.log('\nPDF bombs (default caps unless stated):');
  let bad = 0;
  const inflate = quick ? 512 * MB : 2048 * MB;
  const bomb = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE(4), pdfStream(await deflateRepeated(inflate), '/Filter /FlateDecode '), ...FONT]);
  const r1 = await timePdf(`content stream inflating to ${inflate / MB} MiB`, bomb);
  if (!r1.outcome.startsWith('refused') || r1.secs > 20) bad++;

  const side = quick ? 20000 : 40000;
  const pixels = await deflateRepeated(side * side, 0);
  const image = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE(4, `/XObject << /Im1 8 0 R >> `), pdfStream(Buffer.from(`${textOp(760, '当社は不正アクセスを受けました。')}\nq 500 0 0 700 48 70 cm /Im1 Do Q`, 'latin1')), ...FONT, pdfStream(pixels, `/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode `)]);
  const r2 = await timePdf(`a page with a ${side}×${side} image`, image);
  if (r2.outcome !== 'read' || r2.secs > 10) bad++;

  const r3 = await timePdf('12,000 pages', manyPages(12000));
  if (!r3.outcome.startsWith('refused') || r3.secs > 10) bad++;

  const loop = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [8 0 R] /Count 1 >>', '<< /Type /Page /Parent 8 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', pdfStream(Buffer.from(textOp(420, '当社'), 'latin1')), ...FONT, '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>']);
  const r4 = await timePdf('a circular page tree', loop);
  if (!/circular/.test(r4.outcome)) bad++;

  // Time per page must stay level as the page count grows (it grew with the square before).
  const counts = quick ? [500, 1000, 2000] : [1000, 2000, 4000, 8000];
  const times = [];
  // CPU seconds: pdf.js runs in this thread, and CPU time does not depend on what the neighbours take of the cores.
  for (const n of counts) times.push((await timePdf(`${n} pages (--pdf-max-pages ${n})`, manyPages(n), { pdf: { maxPages: n } })).cpu);
  const growth = times[times.length - 1] / Math.max(times[0], 0.01) / (counts[counts.length - 1] / counts[0]);
  console.log(`pages: CPU time per page grows ×${growth.toFixed(2)} from ${counts[0]} to ${counts[counts.length - 1]} pages (linear ≈ 1; pdf.js's own page lookup in a flat page list adds a little)`);
  if (growth > 2) bad++;
  return bad;
}

failed += await pdfCases();

if (!pdfOnly) {
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
  // Each <dd> asks which <dt> it answers: walking back over its siblings every time was quadratic.
  ['150,000 <dd> under one <dt>', () => HTML_LEAD + '<dl><dt>掲載日</dt>' + '<dd>2025年1月1日</dd>'.repeat(150_000 * f) + '</dl>'],
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
}
console.log(failed ? `${failed} adversarial input(s) too slow` : 'all adversarial inputs linear');
process.exit(failed ? 1 : 0);
