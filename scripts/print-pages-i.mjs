// Prints fixtures/pages-i pages to PDF with Debian's chromium, and renders the 10 Word-style documents.
// Run after make-pages-i.mjs: `node scripts/print-pages-i.mjs` (needs chromium, fonts-noto-cjk, qpdf).
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { mulberry32 } from './seededRandom.mjs';

const rnd = mulberry32(55123);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const OUT = path.resolve(import.meta.dirname, '../fixtures/pages-i');
const manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-i-'));
fs.mkdirSync(path.join(OUT, 'pdf'), { recursive: true });
fs.mkdirSync(path.join(OUT, 'doc'), { recursive: true });
const only = process.argv[2]; // 'pages' or 'docs'

function print(htmlFile, out) {
  const raw = out + '.raw.pdf';
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${raw}`, 'file://' + htmlFile], { stdio: 'ignore', timeout: 120000 });
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', '--deterministic-id', raw, out]);
  fs.rmSync(raw);
}

if (only !== 'docs') {
  for (const m of manifest) {
    const bytes = fs.readFileSync(path.join(OUT, m.html));
    // @page size injected as ASCII right after <head>, so the legacy-encoded bytes stay intact
    const css = Buffer.from(`<style>@page{size:${m.pdfPage};margin:12mm}</style>`);
    const at = bytes.indexOf('<head>') + 6;
    const tmpHtml = path.join(tmp, path.basename(m.html));
    fs.writeFileSync(tmpHtml, Buffer.concat([bytes.subarray(0, at), css, bytes.subarray(at)]));
    print(tmpHtml, path.join(OUT, m.pdf));
    process.stdout.write('.');
  }
  console.log(' pages printed');
}

// ---------- Word-style documents ----------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (s) => esc(s).replace(/&lt;br\s*\/?&gt;/g, '<br>').replace(/\*\*([^*]+)\*\*/g, '$1');
function docBody(md) {
  const lines = md.split('\n');
  const out = [];
  let i = 0, h = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (!l.trim()) { i++; continue; }
    let m;
    if ((m = l.match(/^#{1,6}\s*(.*)$/))) { h++; out.push(`<h2>${/^[0-9０-９(（一二三四五六七八九十第■●【]/.test(m[1]) ? '' : `${h}．`}${inline(m[1])}</h2>`); i++; continue; }
    if (/^\s*\|/.test(l)) {
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      const cells = (r) => r.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
      const body = rows.filter((r) => !/^\s*\|[\s:|-]+\|?\s*$/.test(r));
      out.push('<table>' + body.map((r, k) => '<tr>' + cells(r).map((c) => (k ? `<td>${inline(c)}</td>` : `<th>${inline(c)}</th>`)).join('') + '</tr>').join('') + '</table>');
      continue;
    }
    if (/^\s*[-*]\s+/.test(l)) {
      const items = [];
      while (i < lines.length && /^\s*[-*]\s+/.test(lines[i])) items.push(lines[i++].replace(/^\s*[-*]\s+/, ''));
      out.push('<ul>' + items.map((x) => `<li>${inline(x)}</li>`).join('') + '</ul>');
      continue;
    }
    out.push(`<p>${inline(l)}</p>`); i++;
  }
  return out.join('\n');
}
const pad = (n) => String(n).padStart(2, '0');
if (only !== 'pages') {
  for (const m of manifest.filter((x) => x.doc)) {
    const src = fs.readFileSync(path.join(OUT, m.source), 'utf8');
    const bi = src.search(/^# 本文\s*$/m);
    const body = src.slice(src.indexOf('\n', bi) + 1).trim();
    const [y, mo, d] = m.publishedAt.split('-').map(Number);
    const dateLine = rnd() < 0.5 ? `令和${y - 2018}年${mo}月${d}日` : `${y}年${mo}月${d}日`;
    const addressee = pick(['お客様各位', '関係者各位', 'お取引先各位', '報道関係者各位']);
    const rep = (/病院|医療|クリニック/.test(m.org) ? '院長' : /組合|法人|協会|大学|学園/.test(m.org) ? '理事長' : pick(['代表取締役社長', '代表取締役', '代表取締役社長執行役員'])) + '　' + pick(['山田 太郎', '佐藤 一郎', '鈴木 健', '高橋 誠']);
    const letterhead = rnd() < 0.5;
    const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
@page{size:A4;margin:25mm 22mm 22mm 22mm;@bottom-center{content:"- " counter(page) " -";font-size:9pt}}
body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.7}
.lh{border-bottom:2px solid #234;font-family:"Noto Sans CJK JP",sans-serif;font-size:14pt;font-weight:bold;color:#234;padding-bottom:4px;margin-bottom:10px}
.r{text-align:right}.c{text-align:center}h1{font-size:13pt;text-align:center;margin:18px 0}h2{font-size:10.5pt;margin:12px 0 4px}
table{border-collapse:collapse;width:100%;table-layout:fixed}th,td{border:0.6pt solid #000;padding:3px 5px;vertical-align:top;font-size:9.5pt}th{background:#eee}
p{margin:0 0 6px;text-indent:1em}ul{margin:0 0 6px}</style></head><body>
${letterhead ? `<div class="lh">${esc(m.org)}</div>` : ''}
<p class="r" style="text-indent:0">${dateLine}</p>
<p style="text-indent:0">${addressee}</p>
<p class="r" style="text-indent:0">${esc(m.org)}<br>${rep}</p>
<h1>${esc(m.title)}</h1>
${/^記\s*$/m.test(body) ? '' : '<p class="c" style="text-indent:0">記</p>'}
${docBody(body)}
<p class="r" style="text-indent:0;margin-top:16px">以上</p>
</body></html>`;
    const f = path.join(tmp, `${m.id}-doc.html`);
    fs.writeFileSync(f, html);
    print(f, path.join(OUT, m.doc));
    process.stdout.write('d');
  }
  console.log(' documents printed');
}
fs.rmSync(tmp, { recursive: true, force: true });
