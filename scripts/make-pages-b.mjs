#!/usr/bin/env node
// make-pages-b: a second, independent ("blind") set of web pages and PDFs made from archive releases.
// Each picked release is rendered as a news page in one of six site styles full of decoy chrome
// (side bars, related news, calendars, company boxes, script state), printed to PDF with Chromium,
// and ten of them are also laid out as Word-style letters and printed. Everything is seeded, so a
// rerun writes the same HTML; the manifest records every decoy number and date placed in the chrome.
//
//   node scripts/make-pages-b.mjs            # sources, HTML, manifest, then PDFs (needs chromium)
//   node scripts/make-pages-b.mjs --no-pdf   # sources, HTML and manifest only
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './seededRandom.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARCHIVE = path.resolve(ROOT, '..', 'shared', 'archive');
const OUT = path.join(ROOT, 'fixtures', 'pages-b');
const SEED = 0x5e7b6;
const COUNT = 40;
const DOC_COUNT = 10;
const NO_PDF = process.argv.includes('--no-pdf');

const rng = mulberry32(SEED);
const int = (a, b) => a + Math.floor(rng() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rng() * arr.length)];
const chance = (p) => rng() < p;
function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const pad = (n) => String(n).padStart(2, '0');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const comma = (n) => n.toLocaleString('en-US');

// ---------------------------------------------------------------- archive
function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

const DROPPED_SECTIONS = new Set(['事案ID', '公表種別', '好評種別']); // 好評種別: a typo of 公表種別 in one file

function parseRelease(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const kept = [];
  let dropping = false;
  let bodyAt = -1;
  for (const line of lines) {
    const h = /^#\s+(.*?)\s*$/.exec(line);
    if (h && bodyAt < 0) {
      dropping = DROPPED_SECTIONS.has(h[1]);
      if (h[1] === '本文') bodyAt = kept.length + 1;
    }
    if (!dropping) kept.push(line);
  }
  if (bodyAt < 0) return null;
  const summaryLines = kept.slice(0, bodyAt).filter((l) => /^-\s/.test(l)).map((l) => l.replace(/^-\s+/, '').trim());
  const [title, dateText, org] = summaryLines;
  if (!title || !dateText || !org) return null;
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(dateText.normalize('NFKC'));
  if (!m) return null;
  const body = kept.slice(bodyAt).join('\n').replace(/\s+$/, '') + '\n';
  return {
    file,
    rel: path.relative(ARCHIVE, file),
    source: kept.join('\n').replace(/\n*$/, '\n'),
    title,
    org,
    date: { y: +m[1], m: +m[2], d: +m[3] },
    body,
  };
}

function category(org) {
  if (/病院|医療センター|クリニック|診療所|医院/.test(org)) return 'hospital';
  if (/大学|学校|学園|高専/.test(org)) return 'university';
  if (!/株式会社|有限会社|合同会社|法人|協会|組合|財団|社団|機構/.test(org) && /(都|道|府|県|市|区|町|村)(役所|役場|教育委員会|水道局)?$/.test(org)) return 'municipal';
  if (/^(.+[都道府県市区町村])(教育委員会|水道局|役所|役場)$/.test(org)) return 'municipal';
  return 'company';
}

// numbers and dates the release states, so that no decoy repeats one of them
function bodyFacts(rel) {
  const t = (rel.source).normalize('NFKC');
  const numbers = new Set();
  for (const m of t.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const n = Number(m[0].replace(/,/g, ''));
    numbers.add(n);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (after === '万') numbers.add(n * 1e4);
    if (after === '億') numbers.add(n * 1e8);
    if (after === '千') numbers.add(n * 1e3);
  }
  const monthDays = new Set();
  for (const m of t.matchAll(/(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) monthDays.add(`${+m[1]}-${+m[2]}`);
  for (const m of t.matchAll(/\d{4}\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})/g)) monthDays.add(`${+m[1]}-${+m[2]}`);
  return { numbers, monthDays };
}

// ---------------------------------------------------------------- pick 40
const all = walk(ARCHIVE).map(parseRelease).filter(Boolean)
  .filter((r) => r.body.replace(/\s/g, '').length >= 400 && r.date.y >= 2019);
const pool = shuffle(all);
const hasTable = (r) => /^\|/m.test(r.body);
const chosen = [];
const take = (pred, n) => {
  for (const r of pool) {
    if (n <= 0) break;
    if (!chosen.includes(r) && pred(r) && !chosen.some((c) => c.org === r.org)) { chosen.push(r); n--; }
  }
};
// stratified: enough tables and enough hospitals, universities and municipalities for their site styles
take(hasTable, 9);
for (const cat of ['hospital', 'university', 'municipal']) {
  const have = chosen.filter((r) => category(r.org) === cat).length;
  take((r) => category(r.org) === cat, 6 - have);
}
take((r) => category(r.org) === 'company', COUNT - chosen.length);
const ordered = shuffle(chosen);

// ---------------------------------------------------------------- styles and encodings
const STYLE_OF_CAT = { municipal: 'municipal', hospital: 'hospital', university: 'university' };
const companyStyles = ['pressrelease', 'spa', 'legacy'];
let ci = 0;
const plan = ordered.map((r, i) => {
  const cat = category(r.org);
  const style = STYLE_OF_CAT[cat] ?? companyStyles[ci++ % 3];
  return { id: `b${pad(i + 1)}`, rel: r, cat, style };
});
// twelve pages in a legacy Japanese encoding: every legacy page, then municipal and hospital ones
{
  let left = 12;
  const assign = (p, enc) => { p.encoding = enc; left--; };
  plan.filter((p) => p.style === 'legacy').forEach((p, i) => left > 0 && assign(p, i % 2 ? 'euc-jp' : 'shift_jis'));
  plan.filter((p) => p.style === 'municipal').forEach((p, i) => left > 0 && i < 3 && assign(p, i % 2 ? 'shift_jis' : 'euc-jp'));
  plan.filter((p) => p.style === 'hospital').forEach((p, i) => left > 0 && i < 2 && assign(p, 'shift_jis'));
  plan.filter((p) => p.style === 'university').forEach((p) => left > 0 && !p.encoding && assign(p, 'euc-jp'));
  for (const p of plan) p.encoding ??= 'utf-8';
}

// ---------------------------------------------------------------- decoys
class Decoys {
  constructor(rel) {
    this.rel = rel;
    this.facts = bodyFacts(rel);
    this.values = [];
    this.dates = [];
    this.other = [];
  }
  ok(n) { return !this.facts.numbers.has(n) && !this.values.includes(n); }
  // a number the release never states, recorded
  num(lo, hi, step = 1) {
    for (let tries = 1; ; tries++) {
      if (tries % 40 === 0) hi *= 2; // a small range the release already fills: widen it
      const n = Math.round(int(lo, hi) / step) * step;
      if (n >= lo && this.ok(n)) { this.values.push(n); return n; }
    }
  }
  // 「N万」: the value N×10000 and the N shown
  man(lo, hi) {
    for (let tries = 1; ; tries++) {
      if (tries % 40 === 0) hi *= 2;
      const n = int(lo, hi);
      if (this.ok(n) && this.ok(n * 1e4)) { this.values.push(n * 1e4); return n; }
    }
  }
  pct() {
    for (;;) {
      const n = int(850, 999) / 10;
      if (this.ok(n)) { this.values.push(n); return n; }
    }
  }
  // a date within [from, to] days of the release, never one the release states
  date(from, to) {
    const base = Date.UTC(this.rel.date.y, this.rel.date.m - 1, this.rel.date.d);
    for (let tries = 1; ; tries++) {
      if (tries % 40 === 0) { from -= 30; to += 30; }
      const off = int(from, to);
      if (off === 0) continue;
      const t = new Date(base + off * 864e5);
      const y = t.getUTCFullYear(), m = t.getUTCMonth() + 1, d = t.getUTCDate();
      if (this.facts.monthDays.has(`${m}-${d}`)) continue;
      const iso = `${y}-${pad(m)}-${pad(d)}`;
      if (this.dates.includes(iso)) continue;
      this.dates.push(iso);
      return { y, m, d, iso };
    }
  }
  // an old date (founding), years before the release
  oldDate() {
    for (;;) {
      const y = int(1948, 2008), m = int(1, 12), d = int(1, 28);
      if (this.facts.monthDays.has(`${m}-${d}`)) continue;
      const iso = `${y}-${pad(m)}-${pad(d)}`;
      this.dates.push(iso);
      return { y, m, d, iso };
    }
  }
  phone() {
    const s = `0${int(3, 99)}-${int(100, 999)}-${int(1000, 9999)}`;
    this.other.push(s);
    return s;
  }
  postal() {
    const s = `〒${int(100, 999)}-${pad(int(0, 99))}${pad(int(0, 99))}`;
    this.other.push(s);
    return s;
  }
}

const wareki = (y) => (y === 2019 ? '元' : String(y - 2018));
const fmt = {
  jp: ({ y, m, d }) => `${y}年${m}月${d}日`,
  jp0: ({ y, m, d }) => `${y}年${pad(m)}月${pad(d)}日`,
  reiwa: ({ y, m, d }) => `令和${wareki(y)}年${m}月${d}日`,
  dot: ({ y, m, d }) => `${y}.${pad(m)}.${pad(d)}`,
  slash: ({ y, m, d }) => `${y}/${pad(m)}/${pad(d)}`,
  iso: ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`,
  md: ({ m, d }) => `${m}月${d}日`,
};
const WEEK = ['日', '月', '火', '水', '木', '金', '土'];
const dow = ({ y, m, d }) => WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];

// ---------------------------------------------------------------- Markdown body → HTML
function inline(s) {
  let h = esc(s.trim());
  h = h.replace(/&lt;br\s*\/?&gt;/gi, '<br>');
  h = h.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
  h = h.replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
  h = h.replace(/(^|[^"=>])(https?:\/\/[\w\-./?%&;=#~:+,]+)/g, (all, pre, url) => `${pre}<a href="${url}">${url}</a>`);
  return h;
}

function parseBlocks(md) {
  const lines = md.split('\n');
  const blocks = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) { i++; continue; }
    const h = /^(#{1,6})\s*(.*)$/.exec(line);
    if (h) { if (h[2].trim()) blocks.push({ type: 'h', level: h[1].length, text: h[2] }); i++; continue; }
    if (/^\s*\|/.test(line)) {
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      const cells = rows.map((r) => r.trim().replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim()));
      const sep = cells.findIndex((r) => r.every((c) => /^:?-{2,}:?$/.test(c) || c === ''));
      const body = cells.filter((_, k) => k !== sep);
      blocks.push({ type: 'table', head: sep === 1 ? body[0] : null, rows: sep === 1 ? body.slice(1) : body });
      continue;
    }
    const li = /^(\s*)(?:[-*+]|(\d+)\.)\s+(.*)$/;
    if (li.test(line)) {
      const items = [];
      while (i < lines.length && li.test(lines[i])) {
        const m = li.exec(lines[i++]);
        items.push({ depth: m[1].replace(/\t/g, '  ').length >= 2 ? 1 : 0, ordered: m[2] != null, n: m[2], text: m[3] });
      }
      blocks.push({ type: 'list', items });
      continue;
    }
    const para = [];
    while (i < lines.length && lines[i].trim() && !/^#{1,6}\s/.test(lines[i]) && !/^\s*\|/.test(lines[i]) && !li.test(lines[i])) para.push(lines[i++]);
    blocks.push({ type: 'p', lines: para });
  }
  return blocks;
}

// opts: hTag(level) → tag name, headingClass, tableAttrs, legacy (font tags), dl (key：value runs as <dl>)
function renderBody(blocks, opts = {}) {
  const out = [];
  for (const b of blocks) {
    if (b.type === 'h') {
      const tag = opts.hTag ? opts.hTag(b.level) : `h${Math.min(b.level + 1, 5)}`;
      if (opts.legacy) out.push(`<p><font size="3" color="#003399"><b>${inline(b.text)}</b></font></p>`);
      else out.push(`<${tag}${opts.headingClass ? ` class="${opts.headingClass}"` : ''}>${inline(b.text)}</${tag}>`);
    } else if (b.type === 'table') {
      const attrs = opts.tableAttrs ?? 'class="table01"';
      const cell = (t, c) => `<${t}>${opts.legacy ? `<font size="2">${inline(c)}</font>` : inline(c)}</${t}>`;
      const rows = [];
      if (b.head) rows.push(`<thead><tr>${b.head.map((c) => cell('th', c)).join('')}</tr></thead>`);
      rows.push(`<tbody>${b.rows.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`).join('\n')}</tbody>`);
      out.push(`<table ${attrs}>\n${rows.join('\n')}\n</table>`);
    } else if (b.type === 'list') {
      const ordered = b.items.every((x) => x.ordered);
      const tag = ordered ? 'ol' : 'ul';
      let html = `<${tag}>`;
      let depth = 0;
      b.items.forEach((it, k) => {
        if (it.depth > depth) { html = html.replace(/<\/li>$/, ''); html += '<ul>'; depth = 1; }
        else if (it.depth < depth) { html += '</ul></li>'; depth = 0; }
        const val = ordered && it.n && (k === 0 ? it.n !== '1' : false) ? ` value="${it.n}"` : '';
        html += `<li${val}>${inline(it.text)}</li>`;
      });
      if (depth) html += '</ul></li>';
      html += `</${tag}>`;
      out.push(html);
    } else {
      const kv = b.lines.map((l) => /^([^：:。、]{2,12})[：:]\s*(.+)$/.exec(l.trim()));
      if (opts.dl && b.lines.length >= 2 && kv.every(Boolean)) {
        out.push(`<dl class="${opts.dl}">${kv.map((m) => `<dt>${inline(m[1])}</dt><dd>${inline(m[2])}</dd>`).join('')}</dl>`);
      } else if (b.lines.length === 1 && /^記$/.test(b.lines[0].trim())) {
        out.push(opts.legacy ? '<p align="center">記</p>' : '<p class="center" style="text-align:center">記</p>');
      } else if (b.lines.length === 1 && /^以\s*上$/.test(b.lines[0].trim())) {
        out.push(opts.legacy ? '<p align="right">以上</p>' : '<p class="right" style="text-align:right">以上</p>');
      } else {
        const html = b.lines.map(inline).join('<br>\n');
        out.push(opts.legacy ? `<p><font size="2">${html}</font></p>` : `<p>${html}</p>`);
      }
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- shared chrome pieces
const PERSON = ['山本 健一', '佐藤 誠', '田中 裕子', '鈴木 一郎', '高橋 雅之', '伊藤 美和', '渡辺 孝', '中村 浩二', '小林 直樹', '加藤 恵'];
const PREFS = ['東京都千代田区', '大阪府大阪市北区', '愛知県名古屋市中区', '福岡県福岡市博多区', '宮城県仙台市青葉区', '広島県広島市中区', '北海道札幌市中央区', '神奈川県横浜市西区'];
const TOWN = ['本町', '中央', '栄町', '大手町', '緑が丘', '東雲', '旭町', '錦町'];
// a municipality's own address starts with its own name
const address = (dc, place = pick(PREFS)) => `${dc.postal()} ${place}${pick(TOWN)}${int(1, 9)}丁目${int(1, 30)}番${int(1, 20)}号`;

function metaBlock(p, dc, opts) {
  const out = [];
  if (opts.og) {
    out.push(`<meta property="og:title" content="${esc(p.rel.title)}">`);
    out.push(`<meta property="og:type" content="article">`);
    out.push(`<meta property="og:site_name" content="${esc(p.rel.org)}">`);
    out.push(`<meta property="og:image" content="https://www.example.jp/common/img/ogp.png">`);
  }
  if (opts.jsonld) {
    const d = p.rel.date;
    const ld = {
      '@context': 'https://schema.org',
      '@type': pick(['NewsArticle', 'Article', 'WebPage']),
      headline: p.rel.title,
      datePublished: `${fmt.iso(d)}T${pad(int(9, 17))}:00:00+09:00`,
      publisher: { '@type': 'Organization', name: p.rel.org, logo: { '@type': 'ImageObject', url: 'https://www.example.jp/common/img/logo.png' } },
    };
    if (opts.modified) ld.dateModified = `${opts.modified.iso}T10:00:00+09:00`;
    out.push(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
  }
  return out.join('\n');
}

const charsetMeta = (enc, httpEquiv) => {
  const name = { 'utf-8': 'UTF-8', shift_jis: 'Shift_JIS', 'euc-jp': 'EUC-JP' }[enc];
  return httpEquiv ? `<meta http-equiv="Content-Type" content="text/html; charset=${name}">` : `<meta charset="${name}">`;
};

// ---------------------------------------------------------------- (a) municipal CMS
function municipal(p, dc, blocks) {
  const { rel } = p;
  const d = rel.date;
  const both = chance(0.5);
  const upd = both ? dc.date(3, 40) : null;
  const pageId = dc.num(10000, 99999);
  const dept = pick(['総務部 情報政策課', '企画財政部 デジタル推進課', '市民生活部 広報広聴課', '総務課 情報システム係', '教育委員会事務局 教育総務課']);
  const news = [];
  for (let k = 0; k < 6; k++) {
    const nd = dc.date(-80, -1);
    const t = pick([
      () => `令和${wareki(nd.y + 1)}年度 保育施設の入所申込みを受け付けます（募集${dc.num(30, 480)}人）`,
      () => `プレミアム付商品券を追加販売します（${comma(dc.num(1200, 30000, 100))}冊）`,
      () => `市民公開講座の受講者を募集します（定員${dc.num(20, 300)}名）`,
      () => `ふるさと納税の寄附件数が${comma(dc.num(1200, 98000))}件になりました`,
      () => `防災備蓄品${comma(dc.num(2000, 50000, 100))}食を更新しました`,
      () => `マイナンバーカード交付数が${comma(dc.num(20000, 300000))}枚に達しました`,
      () => '年末年始のごみ収集日程について',
      () => '庁舎駐車場の一部閉鎖について',
    ])();
    news.push(`<li><span class="date">${fmt.reiwa(nd)}</span><a href="/soshiki/${int(1, 40)}/${dc.num(1000, 9999)}.html">${esc(t)}</a></li>`);
  }
  const popDate = dc.date(-60, -20);
  const toolbar = `<div id="tmp_setting"><dl class="font_size"><dt>文字サイズ</dt><dd><a href="javascript:void(0)">拡大</a></dd><dd><a href="javascript:void(0)">標準</a></dd></dl><dl class="bg_color"><dt>背景色</dt><dd><a href="javascript:void(0)" class="white">白</a></dd><dd><a href="javascript:void(0)" class="black">黒</a></dd><dd><a href="javascript:void(0)" class="blue">青</a></dd></dl><p class="voice"><a href="#">音声読み上げ</a></p><p class="lang"><a href="#">Foreign language</a></p></div>`;
  const dateLine = both
    ? `<div id="tmp_update_wrap"><p class="publish">公開日：${fmt.reiwa(d)}</p><p id="tmp_update">更新日：${fmt.reiwa(upd)}</p><p class="page_id">ページID：${pageId}</p></div>`
    : `<div id="tmp_update_wrap"><p id="tmp_update">更新日：${fmt.reiwa(d)}</p><p class="page_id">ページID：${pageId}</p></div>`;
  const phone = dc.phone();
  const fax = dc.phone();
  const hours = '開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、年末年始を除く）';
  const pop = dc.num(12000, 900000);
  const households = dc.num(5000, 400000);
  const sideWidth = pick([210, 230, 250]);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
${charsetMeta(p.encoding, chance(0.5))}
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(rel.title)}｜${esc(rel.org)}</title>
${metaBlock(p, dc, { og: p.og, jsonld: p.jsonld, modified: upd })}
<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#222;font-size:15px;line-height:1.7}
#tmp_wrapper{width:1000px;margin:0 auto}
#tmp_header{display:flex;justify-content:space-between;align-items:flex-start;padding:10px 0;border-bottom:4px solid #2a7a3b}
#tmp_hlogo img{display:block;width:280px;height:56px;background:#e8f2ea}
#tmp_means{font-size:12px;text-align:right}
#tmp_means ul{list-style:none;margin:0;padding:0;display:flex;gap:12px;justify-content:flex-end}
#tmp_setting dl{display:inline-flex;gap:4px;margin:4px 8px}
#tmp_setting dd{margin:0;border:1px solid #999;padding:0 4px}
#tmp_setting p{display:inline;margin:0 4px}
#tmp_gnavi ul{display:flex;list-style:none;margin:0;padding:0;background:#2a7a3b}
#tmp_gnavi li{flex:1;text-align:center;color:#fff;padding:8px 0;border-right:1px solid #fff}
#tmp_gnavi a{color:#fff;text-decoration:none}
#tmp_pankuzu{font-size:12px;padding:6px 0}
#tmp_wrap_main{display:flex;gap:24px}
#tmp_main{flex:1;min-width:0}
#tmp_lnavi{width:${sideWidth}px;flex:none;font-size:13px}
#tmp_lnavi h2{background:#2a7a3b;color:#fff;font-size:14px;padding:4px 8px;margin:0}
#tmp_lnavi ul{list-style:none;padding:0;margin:0 0 12px}
#tmp_lnavi li{border-bottom:1px dotted #999;padding:4px}
#tmp_lnavi .date{display:block;color:#555;font-size:12px}
#tmp_update_wrap{text-align:right;font-size:13px}
#tmp_update_wrap p{margin:0}
#tmp_contents h1{border-left:8px solid #2a7a3b;background:#eef6ef;padding:8px 12px;font-size:22px}
#tmp_contents h2,#tmp_contents h3{border-bottom:2px solid #2a7a3b;font-size:18px}
#tmp_contents h4,#tmp_contents h5{font-size:16px}
#tmp_contents table{border-collapse:collapse;margin:8px 0}
#tmp_contents th,#tmp_contents td{border:1px solid #666;padding:4px 8px;vertical-align:top}
#tmp_contents th{background:#eef6ef}
dl.kv dt{font-weight:bold;float:left;clear:left;width:9em}
dl.kv dd{margin-left:10em}
#tmp_inquiry{border:2px solid #2a7a3b;margin-top:24px}
#tmp_inquiry_ttl p{background:#2a7a3b;color:#fff;margin:0;padding:4px 8px;font-weight:bold}
#tmp_inquiry_cnt{padding:8px 12px}
#tmp_inquiry_cnt p{margin:2px 0}
#tmp_feedback{border:1px solid #ccc;margin-top:16px;padding:8px;font-size:13px}
#tmp_footer{margin-top:24px;background:#2a7a3b;color:#fff;padding:16px;font-size:13px}
#tmp_footer a{color:#fff}
.pagetop{text-align:right;font-size:12px}
.population{border:1px solid #2a7a3b;padding:6px;font-size:12px}
@media (max-width:700px){#tmp_wrapper{width:auto}#tmp_wrap_main{display:block}#tmp_lnavi{width:auto}#tmp_header{display:block}#tmp_gnavi ul{flex-wrap:wrap}}
</style>
</head>
<body>
<div id="tmp_wrapper">
<p class="skip"><a href="#tmp_contents">本文へスキップします。</a></p>
<div id="tmp_header">
<div id="tmp_hlogo"><p><a href="/"><img src="/shared/images/header/logo.png" alt="${esc(rel.org)}" width="280" height="56"></a></p></div>
<div id="tmp_means">
<ul id="tmp_hnavi_s"><li><a href="/sitemap.html">サイトマップ</a></li><li><a href="/faq/">よくある質問</a></li><li><a href="/soshiki/">組織から探す</a></li><li><a href="/english/">English</a></li></ul>
${toolbar}
<form id="tmp_search" action="/search/result.html"><label for="tmp_query">サイト内検索</label> <input id="tmp_query" type="text" name="q" size="24"> <input type="submit" value="検索"></form>
</div>
</div>
<div id="tmp_gnavi"><ul><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li><li><a href="/kenko/">健康・福祉</a></li><li><a href="/kanko/">観光・文化</a></li><li><a href="/jigyosha/">事業者の方へ</a></li><li><a href="/shisei/">行政情報</a></li></ul></div>
<div id="tmp_pankuzu"><p><a href="/">ホーム</a> &gt; <a href="/shisei/">行政情報</a> &gt; <a href="/shisei/oshirase/">お知らせ</a> &gt; <span>${esc(rel.title)}</span></p></div>
<div id="tmp_wrap_main">
<div id="tmp_main">
${dateLine}
<div id="tmp_contents">
<h1>${esc(rel.title)}</h1>
${renderBody(blocks, { dl: chance(0.5) ? 'kv' : null })}
</div>
<div id="tmp_inquiry">
<div id="tmp_inquiry_ttl"><p>このページに関するお問い合わせ</p></div>
<div id="tmp_inquiry_cnt">
<p class="inquiry_name">${esc(dept)}</p>
<p>${esc(address(dc, rel.org))}</p>
<p>電話番号：${phone}</p>
<p>ファクス番号：${fax}</p>
<p class="inquiry_btn"><a href="/cgi-bin/inquiry.php/${dc.num(100, 999)}">お問い合わせフォーム</a></p>
</div>
</div>
<div id="tmp_feedback">
<p><strong>このページの情報は役に立ちましたか？</strong></p>
<p><label><input type="radio" name="q1">役に立った</label> <label><input type="radio" name="q1">ふつう</label> <label><input type="radio" name="q1">役に立たなかった</label></p>
<p><input type="submit" value="送信"></p>
</div>
</div>
<div id="tmp_lnavi">
<h2>新着情報</h2>
<ul>
${news.join('\n')}
</ul>
<h2>ライフイベント</h2>
<ul><li><a href="#">妊娠・出産</a></li><li><a href="#">子育て</a></li><li><a href="#">引越し・住まい</a></li><li><a href="#">結婚・離婚</a></li><li><a href="#">おくやみ</a></li></ul>
<div class="population"><p>人口：${comma(pop)}人</p><p>世帯数：${comma(households)}世帯</p><p>（${fmt.reiwa(popDate)}現在）</p></div>
</div>
</div>
<div id="tmp_footer">
<p class="pagetop"><a href="#tmp_wrapper">ページの先頭へ戻る</a></p>
<p><strong>${esc(rel.org)}</strong></p>
<p>${esc(address(dc, rel.org))}　電話番号：${dc.phone()}（代表）</p>
<p>${hours}</p>
<p><a href="/privacy.html">個人情報の取り扱い</a>｜<a href="/accessibility.html">ウェブアクセシビリティ方針</a>｜<a href="/link.html">リンク・著作権</a></p>
<p id="tmp_copyright">${chance(0.5) ? `Copyright © ${esc(rel.org)} All Rights Reserved.` : `© ${d.y} ${esc(rel.org)}.`}</p>
</div>
</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------- (b) hospital
function hospital(p, dc, blocks) {
  const { rel } = p;
  const d = rel.date;
  const both = chance(0.4);
  const upd = both ? dc.date(2, 30) : null;
  const beds = dc.num(120, 900);
  const depts = dc.num(18, 38);
  const staff = dc.num(300, 2400);
  const news = [];
  for (let k = 0; k < 7; k++) {
    const nd = dc.date(-90, -1);
    const t = pick([
      () => `糖尿病教室を開催します（定員${dc.num(12, 60)}名・要予約）`,
      () => `年間分娩件数が${dc.num(300, 1500)}件となりました`,
      () => `看護師を募集しています（${dc.num(10, 80)}名）`,
      () => `インフルエンザ予防接種のご案内（先着${dc.num(200, 900)}名）`,
      () => `手術支援ロボットによる手術が累計${comma(dc.num(600, 4800))}件に達しました`,
      () => '面会制限の緩和について',
      () => '駐車場料金の改定について',
      () => `市民公開講座「がんと共に生きる」（参加者${dc.num(60, 400)}名）を開催しました`,
    ])();
    news.push(`<li><time datetime="${nd.iso}">${fmt.jp(nd)}</time><span class="cat">${pick(['お知らせ', '外来', '採用', 'イベント'])}</span><a href="/news/${nd.y}${pad(nd.m)}${pad(dc.num(10, 99))}.html">${esc(t)}</a></li>`);
  }
  const dateLine = both
    ? `<p class="post-date">掲載日：${fmt.jp(d)}　最終更新日：${fmt.jp(upd)}</p>`
    : `<p class="post-date">掲載日：${fmt.jp(d)}</p>`;
  const deptList = ['総合内科', '循環器内科', '消化器内科', '呼吸器内科', '腎臓内科', '外科', '整形外科', '脳神経外科', '小児科', '産婦人科', '眼科', '耳鼻咽喉科', '皮膚科', '泌尿器科', '放射線科', '麻酔科', 'リハビリテーション科', '救急科'];
  const narrow = chance(0.3);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
${charsetMeta(p.encoding, chance(0.6))}
<title>${chance(0.5) ? `${esc(rel.title)} | お知らせ | ${esc(rel.org)}` : `お知らせ詳細 - ${esc(rel.org)}`}</title>
<meta name="description" content="${esc(rel.org)}の公式ウェブサイトです。">
${metaBlock(p, dc, { og: p.og, jsonld: p.jsonld, modified: upd })}
<style>
/* no synthetic bold: IPA fonts have one weight, and Chromium would draw fake bold as Type 3 glyphs */
html{font-synthesis:none}
body{margin:0;font-family:"Hiragino Kaku Gothic ProN","メイリオ",Meiryo,"IPAPGothic",sans-serif;font-size:15px;color:#333;line-height:1.8}
.l-header{border-top:6px solid #1b7fbd;padding:8px 20px;display:flex;justify-content:space-between;align-items:center}
.l-header .logo img{width:260px;height:52px;background:#e3f1fa;display:block}
.l-header .tel{font-size:13px;text-align:right}
.l-header .tel strong{font-size:20px;color:#1b7fbd}
.fontsize{font-size:12px}.fontsize span{border:1px solid #aaa;padding:0 5px;margin-left:2px}
.g-nav ul{display:flex;margin:0;padding:0;list-style:none;background:#1b7fbd}
.g-nav li{flex:1;text-align:center;padding:10px 0;color:#fff;font-weight:bold}
.g-nav a{color:#fff;text-decoration:none}
.breadcrumb{font-size:12px;padding:6px 20px;background:#f2f7fa}
.l-container{display:flex;gap:28px;padding:20px;max-width:1100px;margin:0 auto}
.l-side{width:240px;flex:none;order:${narrow ? 2 : 0}}
.l-main{flex:1;min-width:0}
.side-box{border:1px solid #c9dfee;margin-bottom:16px}
.side-box h3{margin:0;background:#e3f1fa;font-size:14px;padding:6px 10px}
.side-box ul{margin:0;padding:6px 10px 6px 24px;font-size:13px}
.side-box table{border-collapse:collapse;width:100%;font-size:12px}
.side-box th,.side-box td{border:1px solid #c9dfee;padding:3px 5px}
.post-date{font-size:13px;color:#666;text-align:right;margin:0}
.news-title{font-size:24px;border-bottom:3px double #1b7fbd;padding-bottom:6px}
.post-body h2,.post-body h3{background:#e3f1fa;padding:4px 10px;font-size:18px}
.post-body h4,.post-body h5{font-size:16px;border-left:4px solid #1b7fbd;padding-left:8px}
.post-body table{border-collapse:collapse}
.post-body th,.post-body td{border:1px solid #9bbfd6;padding:4px 8px;vertical-align:top}
.post-body th{background:#f2f7fa}
.news-list{list-style:none;padding:0;font-size:13px}
.news-list li{border-bottom:1px solid #ddd;padding:6px 0}
.news-list time{color:#1b7fbd;margin-right:10px}
.news-list .cat{border:1px solid #1b7fbd;font-size:11px;padding:0 4px;margin-right:8px}
.l-footer{background:#0f4f78;color:#fff;padding:20px;font-size:13px}
.l-footer a{color:#fff}
.btn-top{position:absolute;right:10px}
@media (max-width:700px){.l-container{display:block}.l-side{width:auto}.l-header{display:block}}
</style>
</head>
<body>
<header class="l-header">
<div class="logo"><a href="/"><img src="/assets/img/common/logo.svg" alt="${esc(rel.org)}"></a></div>
<div class="tel"><p class="fontsize">文字サイズ<span>小</span><span>中</span><span>大</span></p><p>代表電話 <strong>${dc.phone()}</strong></p></div>
</header>
<nav class="g-nav"><ul><li><a href="/outpatient/">外来のご案内</a></li><li><a href="/inpatient/">入院・お見舞い</a></li><li><a href="/department/">診療科・部門</a></li><li><a href="/checkup/">健診・人間ドック</a></li><li><a href="/about/">病院紹介</a></li><li><a href="/recruit/">採用情報</a></li></ul></nav>
<div class="breadcrumb"><a href="/">トップページ</a> ＞ <a href="/news/">お知らせ</a> ＞ ${esc(rel.title)}</div>
<div class="l-container">
<aside class="l-side">
<div class="side-box"><h3>外来受付時間</h3>
<table><tr><th>受付</th><td>午前 8:30〜11:00</td></tr><tr><th>診療</th><td>午前 9:00〜</td></tr><tr><th>休診日</th><td>土・日・祝日、年末年始</td></tr></table>
<p style="font-size:12px;margin:4px 8px">※紹介状をお持ちください。</p></div>
<div class="side-box"><h3>診療科のご案内</h3><ul>${deptList.map((x) => `<li><a href="/department/">${x}</a></li>`).join('')}</ul></div>
<div class="side-box"><h3>病院概要</h3><ul><li>病床数 ${beds}床</li><li>診療科 ${depts}科</li><li>職員数 ${comma(staff)}名</li></ul></div>
</aside>
<main class="l-main">
<article class="news-detail">
${dateLine}
<h1 class="news-title">${esc(rel.title)}</h1>
<div class="post-body">
${renderBody(blocks, { hTag: (l) => `h${Math.min(l + 1, 5)}` })}
</div>
</article>
<section class="news-other"><h2>お知らせ一覧</h2><ul class="news-list">
${news.join('\n')}
</ul><p><a href="/news/">一覧を見る</a></p></section>
</main>
</div>
<footer class="l-footer">
<p><a href="#" class="btn-top">▲ページトップへ</a></p>
<p><strong>${esc(rel.org)}</strong></p>
<p>${esc(address(dc))}　TEL ${dc.phone()}　FAX ${dc.phone()}</p>
<p>病床数 ${beds}床｜救急指定病院｜臨床研修指定病院</p>
<p><a href="/privacy/">プライバシーポリシー</a>｜<a href="/sitemap/">サイトマップ</a>｜<a href="/access/">交通アクセス</a></p>
<p><small>Copyright © ${d.y} ${esc(rel.org)} All Rights Reserved.</small></p>
</footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------- (c) university
function university(p, dc, blocks) {
  const { rel } = p;
  const d = rel.date;
  const both = chance(0.35);
  const upd = both ? dc.date(1, 21) : null;
  const events = [];
  for (let k = 0; k < 4; k++) {
    const ed = dc.date(3, 70);
    const t = pick([
      () => `オープンキャンパス（事前申込 定員${comma(dc.num(300, 3000))}名）`,
      () => `公開講座「データサイエンス入門」（定員${dc.num(30, 200)}名）`,
      () => '後期学位記授与式',
      () => `学内合同企業説明会（参加企業${dc.num(40, 260)}社）`,
      () => '大学院入試説明会（オンライン）',
    ])();
    events.push({ ed, t });
  }
  events.sort((a, b) => (a.ed.iso < b.ed.iso ? -1 : 1));
  const news = [];
  for (let k = 0; k < 5; k++) {
    const nd = dc.date(-60, -1);
    const t = pick([
      () => `本学学生が全国大会で入賞しました（出場${dc.num(40, 400)}チーム）`,
      () => `科研費の採択件数が${dc.num(60, 600)}件となりました`,
      () => `留学生${dc.num(50, 900)}名を迎え入学式を挙行`,
      () => '図書館の開館時間変更のお知らせ',
      () => `卒業生の就職率${dc.pct()}%（前年度実績）`,
    ])();
    news.push(`<li><span class="news-date">${fmt.dot(nd)}</span><span class="label">${pick(['ニュース', 'お知らせ', '研究', '学生生活'])}</span><a href="/news/${nd.y}/${pad(nd.m)}${pad(nd.d)}_${dc.num(100, 999)}.html">${esc(t)}</a></li>`);
  }
  // mini calendar of the month after the release, event days linked
  const cy = d.m === 12 ? d.y + 1 : d.y, cm = d.m === 12 ? 1 : d.m + 1;
  const first = new Date(Date.UTC(cy, cm - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(cy, cm, 0)).getUTCDate();
  const eventDays = new Set(events.filter((e) => e.ed.y === cy && e.ed.m === cm).map((e) => e.ed.d));
  let cal = '<tr>' + WEEK.map((w) => `<th>${w}</th>`).join('') + '</tr><tr>' + '<td></td>'.repeat(first);
  for (let day = 1; day <= days; day++) {
    if ((first + day - 1) % 7 === 0 && day > 1) cal += '</tr><tr>';
    cal += eventDays.has(day) ? `<td class="ev"><a href="#">${day}</a></td>` : `<td>${day}</td>`;
  }
  cal += '</tr>';
  dc.other.push(`calendar grid ${cy}-${pad(cm)} days 1-${days}`);
  const quota = dc.num(1200, 6800);
  const quota2 = dc.num(100, 900);
  const students = dc.num(2000, 28000);
  const faculty = dc.num(150, 2400);
  const founded = dc.oldDate();
  const dateLine = both
    ? `<div class="article-meta"><span class="date">公開日 ${fmt.dot(d)}</span><span class="date">更新日 ${fmt.dot(upd)}</span><span class="tag">お知らせ</span></div>`
    : `<div class="article-meta"><span class="date">${fmt.dot(d)}</span><span class="tag">お知らせ</span></div>`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
${charsetMeta(p.encoding, false)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(rel.title)}｜ニュース｜${esc(rel.org)}</title>
${metaBlock(p, dc, { og: p.og, jsonld: p.jsonld, modified: upd })}
<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#1d1d1d;font-size:15px;line-height:1.85}
.util{background:#3b1e54;color:#fff;font-size:12px;display:flex;justify-content:flex-end;gap:14px;padding:4px 20px}
.util a{color:#fff;text-decoration:none}
.hdr{display:flex;align-items:center;justify-content:space-between;padding:12px 20px}
.hdr img{width:300px;height:60px;background:#efe8f5;display:block}
.faculty{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0;border-top:1px solid #3b1e54;border-bottom:1px solid #3b1e54}
.faculty li{padding:8px 14px;font-size:14px}
.banner{margin:12px 20px;background:linear-gradient(90deg,#3b1e54,#7a3e9d);color:#fff;padding:14px 18px;border-radius:6px}
.banner strong{font-size:20px}
.crumb{font-size:12px;margin:4px 20px}
.wrap{display:grid;grid-template-columns:1fr 280px;gap:32px;margin:0 20px}
.article-meta .date{margin-right:12px;color:#7a3e9d;font-weight:bold}
.article-meta .tag{background:#7a3e9d;color:#fff;font-size:12px;padding:1px 8px}
h1.article-title{font-size:26px;line-height:1.5;margin:8px 0 20px}
.article-body h2,.article-body h3{font-size:19px;border-bottom:1px solid #7a3e9d}
.article-body h4,.article-body h5{font-size:16px}
.article-body table{border-collapse:collapse;width:100%}
.article-body th,.article-body td{border:1px solid #bbb;padding:6px;vertical-align:top}
.article-body th{background:#f4eef8}
.side h2{font-size:15px;border-left:5px solid #7a3e9d;padding-left:8px}
.side ul{list-style:none;padding:0;font-size:13px}
.side li{border-bottom:1px solid #e4d8ec;padding:5px 0}
.news-date{display:block;color:#7a3e9d;font-size:12px}
.label{font-size:11px;border:1px solid #999;padding:0 4px;margin-right:4px}
.cal{border-collapse:collapse;font-size:12px;width:100%;text-align:center}
.cal th,.cal td{border:1px solid #ddd;padding:2px}
.cal td.ev{background:#7a3e9d}.cal td.ev a{color:#fff}
.ft{margin-top:30px;background:#2a1540;color:#ddd;padding:20px;font-size:13px}
.ft .sns span{border:1px solid #ddd;padding:0 6px;margin-right:6px}
@media (max-width:700px){.wrap{display:block}.hdr{display:block}}
</style>
</head>
<body>
<div class="util"><a href="#">受験生の方</a><a href="#">在学生の方</a><a href="#">卒業生の方</a><a href="#">企業・一般の方</a><a href="#">資料請求</a><a href="#">English</a><form style="display:inline"><input type="search" placeholder="キーワードで検索"></form></div>
<div class="hdr"><a href="/"><img src="/common/images/logo.png" alt="${esc(rel.org)}"></a><span>アクセス｜お問い合わせ</span></div>
<ul class="faculty"><li>大学紹介</li><li>文学部</li><li>経済学部</li><li>法学部</li><li>理工学部</li><li>看護学部</li><li>大学院</li><li>研究・産学連携</li><li>入試情報</li></ul>
<div class="banner"><p><strong>入試情報</strong>　${d.y + 1}年度 一般選抜 出願受付中｜募集人数 ${comma(quota)}名（全学部合計）｜大学院 入学定員 ${quota2}名</p></div>
<p class="crumb"><a href="/">HOME</a> / <a href="/news/">ニュース</a> / ${esc(rel.title)}</p>
<div class="wrap">
<main>
<article>
${dateLine}
<h1 class="article-title">${esc(rel.title)}</h1>
<div class="article-body">
${renderBody(blocks, {})}
</div>
<p class="share">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></p>
</article>
</main>
<aside class="side">
<h2>イベントカレンダー</h2>
<table class="cal"><caption>${cy}年${cm}月</caption>${cal}</table>
<ul>${events.map((e) => `<li><span class="news-date">${fmt.dot(e.ed)}（${dow(e.ed)}）</span>${esc(e.t)}</li>`).join('')}</ul>
<h2>新着ニュース</h2>
<ul>${news.join('\n')}</ul>
</aside>
</div>
<footer class="ft">
<p><strong>${esc(rel.org)}</strong>　${esc(address(dc))}　TEL ${dc.phone()}</p>
<p>学生数 ${comma(students)}名｜教員数 ${comma(faculty)}名｜創立 ${fmt.jp(founded)}</p>
<p class="sns"><span>YouTube</span><span>Instagram</span><span>X</span></p>
<p>© ${d.y} ${esc(rel.org)}</p>
</footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------- (d) company news release / IR
function pressrelease(p, dc, blocks) {
  const { rel } = p;
  const d = rel.date;
  const hh = pick([9, 10, 11, 13, 15, 16, 17]);
  const capital = dc.num(100, 48000);
  const employees = dc.num(80, 24000);
  const founded = dc.oldDate();
  const code = dc.num(1300, 9990);
  const share = { x: dc.num(11, 480), fb: dc.num(11, 300), hatena: dc.num(11, 99) };
  const views = dc.num(1200, 60000);
  const related = [];
  for (let k = 0; k < 5; k++) {
    const nd = dc.date(-120, -1);
    const t = pick([
      () => `${nd.y}年${pick(['3', '6', '9', '12'])}月期 第${pick(['1', '2', '3'])}四半期決算短信〔日本基準〕（連結）`,
      () => `新工場の稼働開始について（年間生産能力${comma(dc.num(1200, 90000, 100))}トン）`,
      () => `累計販売台数${comma(dc.num(10000, 990000, 1000))}台突破のお知らせ`,
      () => `自己株式の取得状況に関するお知らせ（取得株式数${comma(dc.num(10000, 900000, 100))}株）`,
      () => '代表取締役の異動に関するお知らせ',
      () => `会員サービスの会員数が${dc.man(20, 850)}万人を突破`,
      () => `新卒採用説明会を開催（定員${dc.num(30, 300)}名）`,
    ])();
    related.push(`<li><span class="rel-date">${fmt.jp(nd)} ${pad(pick([9, 11, 15, 16]))}:00</span><a href="/news/${nd.y}/${pad(nd.m)}${pad(nd.d)}.html">${esc(t)}</a></li>`);
  }
  const wide = chance(0.5);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
${charsetMeta(p.encoding, false)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(rel.title)}｜ニュースリリース｜${esc(rel.org)}</title>
${metaBlock(p, dc, { og: p.og, jsonld: p.jsonld })}
<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#222;font-size:15px;line-height:1.8;background:#f5f6f8}
.gh{background:#fff;display:flex;align-items:center;justify-content:space-between;padding:14px 32px;box-shadow:0 1px 3px #ccc}
.gh img{width:220px;height:44px;background:#dde4ee;display:block}
.gh nav a{margin-left:22px;color:#222;text-decoration:none;font-weight:bold;font-size:14px}
.hero{background:#0b2a4a;color:#fff;padding:26px 32px}
.hero .kicker{letter-spacing:.2em;font-size:12px}
.layout{display:flex;gap:30px;padding:24px 32px;max-width:${wide ? 1240 : 1080}px;margin:0 auto}
.release{flex:1;min-width:0;background:#fff;padding:28px 36px}
.rail{width:300px;flex:none}
.dist{font-size:13px;color:#555}
.release h1{font-size:25px;line-height:1.5}
.shares{display:flex;gap:8px;font-size:12px;margin:10px 0 20px}
.shares span{border:1px solid #ccc;border-radius:3px;padding:2px 8px;background:#fafafa}
.release h2,.release h3{font-size:19px;border-left:6px solid #0b2a4a;padding-left:10px}
.release h4,.release h5{font-size:16px}
.release table{border-collapse:collapse;width:100%}
.release th,.release td{border:1px solid #c5ccd6;padding:6px 8px;vertical-align:top}
.release th{background:#eef1f5}
dl.kv{display:grid;grid-template-columns:10em 1fr;gap:2px 12px}
dl.kv dt{font-weight:bold}dl.kv dd{margin:0}
.profile{background:#fff;border:1px solid #d5dbe3;padding:14px 18px;font-size:13px;margin-bottom:18px}
.profile h2{font-size:15px;margin:0 0 8px}
.profile table{border-collapse:collapse;width:100%}
.profile th{white-space:nowrap;text-align:left;padding:3px 8px 3px 0;vertical-align:top;color:#555}
.relnews{background:#fff;border:1px solid #d5dbe3;padding:14px 18px;font-size:13px}
.relnews ul{list-style:none;margin:0;padding:0}
.relnews li{border-bottom:1px solid #eee;padding:6px 0}
.rel-date{display:block;color:#888;font-size:12px}
.contact{border-top:1px solid #ccc;margin-top:24px;padding-top:12px;font-size:14px}
.gf{background:#0b2a4a;color:#cfd8e3;font-size:12px;padding:24px 32px}
.gf a{color:#cfd8e3}
@media (max-width:700px){.layout{display:block}.rail{width:auto}.gh{display:block}}
</style>
</head>
<body>
<header class="gh"><a href="/"><img src="/assets/images/logo.svg" alt="${esc(rel.org)}"></a>
<nav><a href="/company/">企業情報</a><a href="/business/">事業紹介</a><a href="/ir/">IR情報</a><a href="/sustainability/">サステナビリティ</a><a href="/recruit/">採用情報</a><a href="/news/">ニュースリリース</a></nav></header>
<div class="hero"><p class="kicker">NEWS RELEASE</p><p>ニュースリリース</p></div>
<div class="layout">
<main class="release">
<p class="dist">配信日時：${fmt.jp(d)} ${hh}時00分　｜　カテゴリ：${pick(['重要なお知らせ', 'お知らせ', 'IR・適時開示', 'コーポレート'])}</p>
<h1>${esc(rel.title)}</h1>
<div class="shares"><span>ポスト ${share.x}</span><span>シェア ${share.fb}</span><span>はてブ ${share.hatena}</span><span>閲覧数 ${comma(views)}</span></div>
<div class="release-body">
${renderBody(blocks, { dl: chance(0.6) ? 'kv' : null })}
</div>
<div class="contact"><p><strong>本リリースに関する報道関係者からのお問い合わせ先</strong><br>${esc(rel.org)} 広報部　TEL：${dc.phone()}　受付時間 平日9:00〜17:30</p></div>
<p><a href="/news/">ニュースリリース一覧へ戻る</a>｜<a href="javascript:window.print()">印刷する</a></p>
</main>
<aside class="rail">
<section class="profile"><h2>会社概要</h2><table>
<tr><th>会社名</th><td>${esc(rel.org)}</td></tr>
<tr><th>代表者</th><td>代表取締役社長 ${pick(PERSON)}</td></tr>
<tr><th>設立</th><td>${fmt.jp(founded)}</td></tr>
<tr><th>資本金</th><td>${comma(capital)}百万円</td></tr>
<tr><th>従業員数</th><td>${comma(employees)}名（連結）</td></tr>
<tr><th>所在地</th><td>${esc(address(dc))}</td></tr>
<tr><th>証券コード</th><td>${code}（東証${pick(['プライム', 'スタンダード', 'グロース'])}）</td></tr>
</table></section>
<section class="relnews"><h2>関連リリース</h2><ul>
${related.join('\n')}
</ul></section>
</aside>
</div>
<footer class="gf"><p><a href="/sitemap/">サイトマップ</a>｜<a href="/privacy/">個人情報保護方針</a>｜<a href="/terms/">ご利用条件</a></p>
<p>© ${d.y} ${esc(rel.org)}</p></footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------- (e) SPA shell with a state blob
function spa(p, dc, blocks) {
  const { rel } = p;
  const d = rel.date;
  const mod = dc.date(1, 45);
  const cards = [];
  const stateNews = [];
  for (let k = 0; k < 6; k++) {
    const nd = dc.date(-150, 20);
    const n = dc.num(1000, 980000, 10);
    const t = pick([
      `アプリ累計ダウンロード数${comma(n)}件を達成`,
      `ポイント会員${comma(n)}人突破記念キャンペーン`,
      `対象商品${comma(n)}点をリニューアル`,
      `サポート窓口の年間対応件数${comma(n)}件`,
    ]);
    const views = dc.num(100, 99999);
    stateNews.push({ id: dc.num(10000, 99999), slug: `news-${nd.iso}`, title: t, publishedAt: `${nd.iso}T${pad(int(8, 19))}:00:00+09:00`, views, tags: [pick(['お知らせ', 'キャンペーン', 'サービス'])] });
    if (k < 4) cards.push(`<li class="card"><time datetime="${nd.iso}">${fmt.slash(nd)}</time><p>${esc(t)}</p></li>`);
  }
  const partners = dc.num(12, 180);
  const articleId = dc.num(100000, 999999);
  const state = {
    config: { env: 'production', apiBase: '/api/v2', buildId: `b${dc.num(1000, 9999)}`, builtAt: `${mod.iso}T03:12:45Z`, featureFlags: { newHeader: true, abTest: dc.num(2, 9) } },
    site: { name: rel.org, locale: 'ja-JP', employees: dc.num(150, 9000), foundedOn: dc.oldDate().iso, stores: dc.num(20, 800) },
    article: { id: articleId, title: rel.title, publishedAt: `${fmt.iso(d)}T${pad(int(9, 18))}:00:00+09:00`, modifiedAt: `${mod.iso}T09:30:00+09:00`, readingMinutes: dc.num(3, 19), likeCount: dc.num(20, 900) },
    news: stateNews,
    metrics: { pageViewsToday: dc.num(1000, 99999), sessions: dc.num(10000, 999999), cartItems: 0, stockLevel: dc.num(100, 9999) },
    consent: { partners, version: `${d.y}.${dc.num(11, 99)}` },
  };
  const showTime = chance(0.5);
  return `<!DOCTYPE html>
<html lang="ja" data-theme="light">
<head>
${charsetMeta(p.encoding, false)}
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<title>${esc(rel.title)} | ${esc(rel.org)}</title>
${metaBlock(p, dc, { og: p.og, jsonld: p.jsonld, modified: mod })}
<link rel="preload" href="/_app/immutable/entry/start.${dc.num(10000, 99999)}.js" as="script">
<script>(function(w,d){w.dataLayer=w.dataLayer||[];w.dataLayer.push({event:'pageview',articleId:${articleId},ts:Date.now()});})(window,document);</script>
<style>
:root{--brand:#e4572e;--ink:#1f2328}
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:var(--ink);font-size:16px;line-height:1.9}
.app-header{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;border-bottom:1px solid #eee}
.app-header img{height:36px;width:180px;background:#fde3da;display:block}
.app-header nav a{margin-left:18px;color:var(--ink);text-decoration:none;font-size:14px}
.shell{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:40px;max-width:1160px;margin:24px auto;padding:0 24px}
.post time{color:#777;font-size:14px}
.post h1{font-size:28px;line-height:1.45}
.post h2,.post h3{font-size:20px;margin-top:32px}
.post h4,.post h5{font-size:17px}
.post table{border-collapse:collapse;width:100%;font-size:14px}
.post th,.post td{border-bottom:1px solid #ddd;padding:8px;text-align:left;vertical-align:top}
.cards{list-style:none;padding:0}
.card{border:1px solid #eee;border-radius:8px;padding:10px 14px;margin-bottom:10px;font-size:14px}
.card time{color:var(--brand);font-size:12px}
.cookie{border:1px solid #ccc;background:#fff8f5;padding:14px 18px;margin:0 24px;font-size:13px}
.cookie button{margin-left:8px}
.app-footer{border-top:1px solid #eee;padding:24px;font-size:13px;color:#666}
@media (max-width:700px){.shell{display:block}}
</style>
</head>
<body>
<noscript><p>このサイトを正しく表示するにはJavaScriptを有効にしてください。</p></noscript>
<div id="app" data-server-rendered="true">
<div class="cookie" role="dialog" aria-label="Cookieの利用について"><p>当サイトではサービス向上と広告配信のためCookieを利用し、${partners}社のパートナーと情報を共有します。「同意する」を押すとCookieの利用に同意したものとみなされます。<button type="button">同意する</button><button type="button">設定</button></p></div>
<header class="app-header"><a href="/" aria-label="ホーム"><img src="/_app/immutable/assets/logo.${dc.num(1000, 9999)}.svg" alt="${esc(rel.org)}"></a>
<nav><a href="/service">サービス</a><a href="/company">会社情報</a><a href="/news">お知らせ</a><a href="/support">サポート</a><a href="/login">ログイン</a></nav></header>
<div class="shell">
<main class="post" data-article-id="${articleId}">
${showTime ? `<time datetime="${fmt.iso(d)}">${fmt.slash(d)}</time>` : `<p class="post-meta"><span>お知らせ</span>・<time datetime="${fmt.iso(d)}T10:00:00+09:00">${fmt.jp(d)}</time></p>`}
<h1>${esc(rel.title)}</h1>
<div class="post-content">
${renderBody(blocks, {})}
</div>
</main>
<aside><h2>新着のお知らせ</h2><ul class="cards">${cards.join('\n')}</ul>
<div class="card"><p>お問い合わせ件数（今月）<strong>${comma(dc.num(1000, 90000))}</strong>件</p></div></aside>
</div>
<footer class="app-footer"><p><a href="/privacy">プライバシーポリシー</a> · <a href="/cookie">Cookieポリシー</a> · <a href="/terms">利用規約</a></p><p>© ${d.y} ${esc(rel.org)}</p></footer>
</div>
<script>window.__INITIAL_STATE__=${JSON.stringify(state)};</script>
<script id="__APP_DATA__" type="application/json">${JSON.stringify({ route: `/news/${articleId}`, related: stateNews.map((x) => ({ id: x.id, publishedAt: x.publishedAt, views: x.views })) })}</script>
<script type="module">import{start as s}from"/_app/immutable/entry/start.js";s({target:document.querySelector("#app"),hydrate:true,data:window.__INITIAL_STATE__});</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------- (f) legacy table layout
function legacy(p, dc, blocks) {
  const { rel } = p;
  const d = rel.date;
  const later = chance(0.55);
  const last = later ? dc.date(1, 60) : d;
  const visitors = dc.num(10000, 999999);
  const history = [];
  for (let k = 0; k < 5; k++) {
    const nd = dc.date(-200, -1);
    const t = pick([
      () => `ホームページをリニューアルしました`,
      () => `会社案内を更新（従業員数${dc.num(20, 900)}名）`,
      () => `取扱品目が${comma(dc.num(1200, 9000))}点になりました`,
      () => `夏季休業のお知らせ`,
      () => `累計納入実績${comma(dc.num(2000, 60000))}件を達成`,
      () => `ISO認証を取得しました`,
    ])();
    history.push(`<tr><td valign="top" nowrap><font size="2">${fmt.dot(nd)}</font></td><td><font size="2">${esc(t)}</font></td></tr>`);
  }
  const since = dc.oldDate();
  const enc = p.encoding;
  const tableAttrs = 'border="1" cellspacing="0" cellpadding="4" bordercolor="#999999"';
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
${charsetMeta(enc, true)}
<meta http-equiv="Content-Style-Type" content="text/css">
<title>${chance(0.5) ? `${esc(rel.org)} - お知らせ` : `${esc(rel.title)}`}</title>
<style type="text/css"><!--
html{font-synthesis:none}
body{font-family:"ＭＳ Ｐゴシック","MS PGothic","IPAPGothic",sans-serif}
a:hover{color:#FF6600}
.menu{line-height:1.9}
--></style>
<script type="text/javascript"><!--
function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}
//--></script>
</head>
<body bgcolor="#FFFFFF" text="#333333" link="#0033CC" vlink="#663399" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<a name="top"></a>
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="320"><a href="index.html"><img src="img/logo.gif" alt="${esc(rel.org)}" width="300" height="50" border="0"></a></td>
<td align="right" valign="bottom"><font size="1"><a href="index.html">HOME</a> | <a href="sitemap.html">サイトマップ</a> | <a href="mail.html">お問い合わせ</a></font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#003399"><img src="img/spacer.gif" width="1" height="4" alt=""></td></tr>
<tr><td colspan="3"><marquee scrollamount="3"><font size="2" color="#CC0000">★ 年末年始の営業についてのご案内 ★</font></marquee></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#EEF3FF">
<img src="img/spacer.gif" width="170" height="10" alt=""><br>
<table width="160" border="0" cellspacing="0" cellpadding="2" align="center" class="menu">
<tr><td><font size="2">■ <a href="index.html">トップページ</a></font></td></tr>
<tr><td><font size="2">■ <a href="company.html">会社概要</a></font></td></tr>
<tr><td><font size="2">■ <a href="products.html">製品案内</a></font></td></tr>
<tr><td><font size="2">■ <a href="news.html">お知らせ</a></font></td></tr>
<tr><td><font size="2">■ <a href="recruit.html">採用情報</a></font></td></tr>
<tr><td><font size="2">■ <a href="access.html">アクセス</a></font></td></tr>
</table>
<br>
<table width="160" border="0" cellspacing="0" cellpadding="2" align="center">
<tr><td bgcolor="#003399"><font size="2" color="#FFFFFF"><b>更新履歴</b></font></td></tr>
<tr><td><table border="0" cellspacing="0" cellpadding="2">
${history.join('\n')}
</table></td></tr></table>
<br>
<table width="160" border="1" cellspacing="0" cellpadding="3" align="center" bordercolor="#99AACC">
<tr><td colspan="2" bgcolor="#DDE6FF"><font size="2"><b>会社データ</b></font></td></tr>
<tr><td nowrap><font size="1">創業</font></td><td><font size="1">${fmt.jp(since)}</font></td></tr>
<tr><td nowrap><font size="1">資本金</font></td><td><font size="1">${comma(dc.num(1000, 90000, 100))}万円</font></td></tr>
<tr><td nowrap><font size="1">従業員</font></td><td><font size="1">${dc.num(12, 1800)}名</font></td></tr>
<tr><td nowrap><font size="1">取引先</font></td><td><font size="1">約${comma(dc.num(120, 4000, 10))}社</font></td></tr>
</table>
<br>
<center><font size="1">あなたは<br><font color="#CC0000" size="3"><b>${comma(visitors)}</b></font><br>人目のお客様です。<br>(since ${since.y}.${pad(since.m)}.${pad(since.d)})</font></center>
<img src="img/spacer.gif" width="1" height="200" alt="">
</td>
<td width="10"><img src="img/spacer.gif" width="10" height="1" alt=""></td>
<td width="600" valign="top">
<img src="img/spacer.gif" width="1" height="10" alt=""><br>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#003399"><font color="#FFFFFF"><b>お知らせ</b></font></td></tr></table>
<br>
${later ? `<font size="2">［${fmt.dot(d)}］</font><br>` : ''}
<font size="4" color="#003399"><b>${esc(rel.title)}</b></font>
<hr size="1" noshade>
${renderBody(blocks, { legacy: true, tableAttrs })}
<br>
<div align="right"><font size="2"><a href="#top">▲ページの先頭へ</a></font></div>
</td>
</tr>
<tr><td colspan="3"><img src="img/spacer.gif" width="1" height="20" alt=""></td></tr>
<tr><td colspan="3" align="center" bgcolor="#EEEEEE">
<font size="1">最終更新日 ${fmt.dot(last)}<br>
${esc(address(dc))}　TEL ${dc.phone()}　FAX ${dc.phone()}<br>
Copyright(C) ${since.y}-${d.y} ${esc(rel.org)} All rights reserved.</font>
</td></tr>
</table>
</body>
</html>
`;
}

const RENDER = { municipal, hospital, university, pressrelease, spa, legacy };

// ---------------------------------------------------------------- Word-style document
function wordDoc(p, blocks) {
  const { rel } = p;
  const d = rel.date;
  const hasKi = blocks.some((b) => b.type === 'p' && b.lines.length === 1 && b.lines[0].trim() === '記');
  const hasIjo = blocks.some((b) => b.type === 'p' && /^以\s*上$/.test(b.lines.at(-1).trim()));
  const numbered = (t) => /^[（(]?[0-9０-９一二三四五六七八九十①-⑳]/.test(t.trim());
  const cat = p.cat;
  const addressee = pick(cat === 'municipal' ? ['市民の皆様へ', '関係各位'] : cat === 'hospital' ? ['患者様・ご家族様各位', '関係各位'] : cat === 'university' ? ['学生・保護者の皆様', '関係各位'] : ['お客様各位', 'お取引先各位', '報道関係者各位', '株主・投資家の皆様へ']);
  const rep = cat === 'municipal' ? `${rel.org.endsWith('市') ? '市長' : '首長'}　${pick(PERSON)}` : cat === 'hospital' ? `病院長　${pick(PERSON)}` : cat === 'university' ? `学長　${pick(PERSON)}` : `代表取締役社長　${pick(PERSON)}`;
  let hn = 0;
  const parts = [];
  let kiPlaced = hasKi;
  const narrowLast = chance(0.6);
  for (const b of blocks) {
    if (b.type === 'h' && !kiPlaced) { parts.push('<p class="center">記</p>'); kiPlaced = true; }
    if (b.type === 'h' && b.level <= 2 && !numbered(b.text)) {
      hn++;
      parts.push(`<h2>${hn}．${inline(b.text)}</h2>`);
      continue;
    }
    if (b.type === 'table' && narrowLast && b.rows.every((r) => (r.at(-1) ?? '').length <= 10)) {
      const cols = Math.max(b.head?.length ?? 0, ...b.rows.map((r) => r.length));
      const html = renderBody([b], { tableAttrs: 'class="doc"' });
      const widths = Array.from({ length: cols }, (_, k) => (k === cols - 1 && cols > 1 ? '3.6em' : 'auto'));
      parts.push(html.replace('<table class="doc">', `<table class="doc"><colgroup>${widths.map((w) => `<col style="width:${w}">`).join('')}</colgroup>`));
      continue;
    }
    parts.push(renderBody([b], { hTag: (l) => (l <= 2 ? 'h2' : 'h3'), tableAttrs: 'class="doc"' }));
  }
  const docFont = chance(0.7) ? '"ＭＳ 明朝","MS Mincho","IPAMincho",serif' : '"Noto Serif CJK JP",serif';
  const dateText = cat === 'company' && chance(0.4) ? fmt.jp(d) : fmt.reiwa(d);
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><title>${esc(rel.title)}</title>
<style>
@page{size:A4;margin:25mm 22mm 22mm 25mm}
html{font-synthesis:none}
body{font-family:${docFont};font-size:10.5pt;line-height:1.75;margin:0}
p{margin:0 0 .4em;text-indent:0}
.right{text-align:right}.center{text-align:center}
h1{font-size:14pt;text-align:center;margin:1.4em 0 1.2em;font-weight:bold}
h2{font-size:11pt;margin:1em 0 .3em;font-weight:bold}
h3,h4,h5{font-size:10.5pt;margin:.8em 0 .2em;font-weight:bold}
table.doc{border-collapse:collapse;width:100%;margin:.4em 0;table-layout:fixed}
table.doc th,table.doc td{border:.6pt solid #000;padding:2pt 4pt;vertical-align:top;word-break:break-all}
table.doc th{background:#e8e8e8;font-weight:normal}
ul,ol{margin:.2em 0 .4em;padding-left:2em}
</style></head>
<body>
<p class="right">${dateText}</p>
<p>${addressee}</p>
<p class="right">${esc(rel.org)}<br>${rep}</p>
<h1>${esc(rel.title)}</h1>
${parts.join('\n')}
${hasIjo ? '' : '<p class="right">以上</p>'}
</body></html>
`;
}

// ---------------------------------------------------------------- encoding
const ICONV = { shift_jis: 'CP932', 'euc-jp': 'EUC-JP-MS' };
function encode(html, enc) {
  if (enc === 'utf-8') return Buffer.from(html, 'utf8');
  const cs = ICONV[enc];
  // characters the legacy charset cannot hold (or would not give back unchanged) become numeric references
  const chars = [...new Set([...html].filter((c) => c.codePointAt(0) > 0x7f))];
  // iconv -c exits 1 when it dropped a character; that is expected here
  const there = spawnSync('iconv', ['-c', '-f', 'UTF-8', '-t', cs], { input: chars.join('\n') + '\n' }).stdout;
  const back = execFileSync('iconv', ['-f', cs, '-t', 'UTF-8'], { input: there }).toString('utf8').split('\n');
  const bad = new Set(chars.filter((c, k) => back[k] !== c));
  const safe = bad.size ? [...html].map((c) => (bad.has(c) ? `&#${c.codePointAt(0)};` : c)).join('') : html;
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', cs], { input: safe, maxBuffer: 1 << 26 });
}

// ---------------------------------------------------------------- PDF
const PAGE_SIZES = [
  { name: 'A4', css: 'size:A4;margin:12mm' },
  { name: 'A4-landscape', css: 'size:A4 landscape;margin:10mm' },
  { name: 'wide-1280', css: 'size:1280px 1700px;margin:8mm' },
  { name: 'B5-narrow', css: 'size:182mm 257mm;margin:10mm' },
  { name: 'narrow-560', css: 'size:560px 900px;margin:6mm', stack: true },
];
// Chromium evaluates print media queries at a default paper width (about 740px), whatever @page says,
// so a narrow print gets the stacked, one-column layout of the small screen by an added rule
const STACK_CSS = '#tmp_wrapper{width:auto!important}#tmp_wrap_main,.l-container,.layout,.wrap,.shell,.gh,.l-header,.hdr{display:block!important}'
  + '#tmp_lnavi,.l-side,.rail{width:auto!important}';
function printPdf(htmlBytes, enc, size, out) {
  const tmp = fs.mkdtempSync('/tmp/pagesb-');
  const file = path.join(tmp, 'page.html');
  const inject = Buffer.from(`<style>@page{${size.css}}${size.stack ? STACK_CSS : ''}</style>\n`, 'ascii');
  const at = htmlBytes.indexOf(Buffer.from('</head>', 'ascii'));
  fs.writeFileSync(file, Buffer.concat([htmlBytes.subarray(0, at), inject, htmlBytes.subarray(at)]));
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--run-all-compositor-stages-before-draw', '--virtual-time-budget=2000', `--user-data-dir=${path.join(tmp, 'profile')}`,
    `--print-to-pdf=${out}`, '--no-pdf-header-footer', `file://${file}`], { stdio: 'ignore', timeout: 120000 });
  fs.rmSync(tmp, { recursive: true, force: true });
  if (!fs.existsSync(out)) throw new Error(`chromium wrote no ${out}`);
  // the creation date makes each print differ byte for byte; pin it so reruns give the same files
  const pdf = fs.readFileSync(out, 'latin1').replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, '/$1 (D:20260101000000');
  fs.writeFileSync(out, pdf, 'latin1');
  // Chromium writes its Type 3 CJK glyphs loosely compressed; repacking halves the files, same content
  execFileSync('qpdf', ['--object-streams=generate', '--recompress-flate', '--compression-level=9', '--deterministic-id', '--replace-input', out]);
}

// ---------------------------------------------------------------- main
for (const dir of NO_PDF ? ['sources', 'html'] : ['sources', 'html', 'pdf', 'doc']) fs.rmSync(path.join(OUT, dir), { recursive: true, force: true });
for (const dir of ['sources', 'html', 'pdf', 'doc']) fs.mkdirSync(path.join(OUT, dir), { recursive: true });

// documents: releases with tables first, then ones with headings
const docIds = new Set(
  [...plan].sort((a, b) => {
    const score = (x) => (hasTable(x.rel) ? 2 : 0) + (/^#{2,}/m.test(x.rel.body) ? 1 : 0);
    return score(b) - score(a) || (a.id < b.id ? -1 : 1);
  }).slice(0, DOC_COUNT).map((x) => x.id),
);

const manifest = [];
const origin = [];
plan.forEach((p, k) => {
  p.og = p.style !== 'legacy' && chance(0.55);
  p.jsonld = p.style !== 'legacy' && chance(0.45);
  const dc = new Decoys(p.rel);
  const blocks = parseBlocks(p.rel.body.replace(/^#\s*本文\s*\n/, ''));
  const html = RENDER[p.style](p, dc, blocks);
  const bytes = encode(html, p.encoding);
  const htmlPath = `html/${p.style}-${p.id}.html`;
  const pdfPath = `pdf/${p.style}-${p.id}.pdf`;
  fs.writeFileSync(path.join(OUT, 'sources', `${p.id}.md`), p.rel.source);
  fs.writeFileSync(path.join(OUT, htmlPath), bytes);
  origin.push(`${p.id}\t${p.rel.rel}`);
  const size = PAGE_SIZES[k % PAGE_SIZES.length];
  // the document is laid out whether or not it is printed, so --no-pdf draws the same random numbers
  const docHtml = docIds.has(p.id) ? wordDoc(p, blocks) : null;
  const docPath = docHtml ? `doc/${p.id}.pdf` : null;
  if (!NO_PDF) {
    printPdf(bytes, p.encoding, size, path.join(OUT, pdfPath));
    if (docHtml) printPdf(Buffer.from(docHtml, 'utf8'), 'utf-8', { css: 'size:A4;margin:25mm 22mm 22mm 25mm' }, path.join(OUT, docPath));
  }
  const uniq = (a) => [...new Set(a)];
  manifest.push({
    id: p.id,
    archive: p.rel.rel,
    source: `sources/${p.id}.md`,
    html: htmlPath,
    style: p.style,
    encoding: p.encoding,
    pdf: pdfPath,
    pdfPage: size.name,
    doc: docPath,
    org: p.rel.org,
    title: p.rel.title,
    publishedAt: fmt.iso(p.rel.date),
    metadata: { ogSiteName: p.og, jsonLd: p.jsonld },
    decoyValues: uniq(dc.values).sort((a, b) => a - b),
    decoyDates: uniq(dc.dates).sort(),
    decoyOther: dc.other,
  });
  process.stdout.write(`${p.id} ${p.style} ${p.encoding} ${p.rel.rel}\n`);
});
fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'ORIGIN.txt'), origin.join('\n') + '\n');
