#!/usr/bin/env node
// pages-l: a twelfth blind set (issue #12). Seeded, deterministic: 40 archive releases rendered whole as
// news pages in six site styles (28 UTF-8, 12 Shift_JIS/EUC-JP), plus Word-style documents for 10.
// Usage: node scripts/make-pages-l.mjs [--seed 20261216]   (then node scripts/print-pages-l.mjs)
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { mulberry32 } from './seededRandom.mjs';

const ARCHIVE = '/work/shared/archive';
const USED = '/work/staging/pages-used.txt';
const OUT = 'fixtures/pages-l';
const DOC_HTML = '/tmp/pages-l-doc-html'; // Word-style documents' HTML, printed by print-pages-l.mjs (not kept)
const seedArg = process.argv.indexOf('--seed');
const SEED = seedArg > 0 ? Number(process.argv[seedArg + 1]) : 20261216;

const rnd = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------- releases ----------
const used = new Set(readFileSync(USED, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean));
const files = [];
for (const y of ['2024', '2025', '2026']) {
  const walk = (d) => { for (const f of readdirSync(d).sort()) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (f.endsWith('.md')) files.push(p.slice(ARCHIVE.length + 1)); } };
  walk(join(ARCHIVE, y));
}
function parseRelease(rel) {
  const text = readFileSync(join(ARCHIVE, rel), 'utf8').replace(/\r\n/g, '\n');
  const heads = text.split('\n').filter((l) => /^# /.test(l)).map((l) => l.slice(2).trim());
  if (heads.filter((h) => h === '本文').length !== 1 || heads.filter((h) => h.startsWith('公表概要')).length !== 1) return null;
  if (heads.some((h) => !['本文', '公表概要', '事案ID', '公表種別'].includes(h))) return null;
  // source: drop # 事案ID / # 公表種別 sections
  const out = []; let skip = false;
  for (const l of text.split('\n')) {
    if (/^# /.test(l)) skip = /^# (事案ID|公表種別)/.test(l);
    if (!skip) out.push(l);
  }
  const source = out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  const m = source.match(/# 公表概要\n([\s\S]*?)\n# 本文\n([\s\S]*)$/);
  if (!m) return null;
  const meta = m[1].split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
  const body = m[2].trim();
  if (body.length < 400 || meta.length < 3) return null;
  const dm = meta[1].match(/(\d{4})年(\d{1,2})月(\d{1,2})日/) || meta[1].match(/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/);
  if (!dm) return null;
  const publishedAt = `${dm[1]}-${dm[2].padStart(2, '0')}-${dm[3].padStart(2, '0')}`;
  return { rel, source, body, title: meta[0], org: meta[2], url: meta[3] || '', publishedAt };
}
const candidates = files.filter((f) => !used.has(f));
const chosen = [];
const pool = candidates.slice();
while (chosen.length < 40 && pool.length) {
  const k = Math.floor(rnd() * pool.length);
  const [f] = pool.splice(k, 1);
  const r = parseRelease(f);
  if (r) chosen.push(r);
}

// ---------- numerals ----------
const KD = '〇一二三四五六七八九';
function kanji(n) {
  if (n === 0) return '〇';
  const units = [['兆', 1e12], ['億', 1e8], ['万', 1e4]];
  const small = (x) => { let s = ''; for (const [u, v] of [['千', 1000], ['百', 100], ['十', 10]]) { const d = Math.floor(x / v); if (d) s += (d > 1 ? KD[d] : '') + u; x %= v; } return s + (x ? KD[x] : ''); };
  let s = ''; for (const [u, v] of units) { const d = Math.floor(n / v); if (d) s += small(d) + u; n %= v; } return s + small(n);
}
const normalize = (t) => t.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/(\d)[,，](?=\d)/g, '$1');
function numberAbsent(n, rel) {
  const t = normalize(rel.source);
  const digits = t.match(/\d+/g) || [];
  if (digits.some((d) => d === String(n) || d.includes(String(n)) && String(n).length >= 3)) return false;
  if (rel.source.includes(kanji(n))) return false;
  const man = n >= 10000 && n % 10000 === 0 ? `${n / 10000}万` : null;
  if (man && t.includes(man)) return false;
  return true;
}
function dateAbsent(iso, rel) {
  const [y, m, d] = iso.split('-').map(Number);
  const t = normalize(rel.source);
  const forms = [`${m}月${d}日`, `${m}/${d}`, `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`, `${m}.${d}`, `${y}-${String(m).padStart(2, '0')}`, `${kanji(m)}月${kanji(d)}日`];
  return !forms.some((f) => t.includes(f)) && iso !== rel.publishedAt;
}

// ---------- markdown body → html ----------
function inline(s) { return esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>'); }
function tableHtml(rows, spans, cls) {
  const cells = rows.map((r) => r.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
  const head = cells[0]; const bodyRows = cells.slice(2);
  let h = `<table class="${cls}"><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>`;
  // rowspan: first-column cells equal to the one above merge (only when spans on)
  const rs = bodyRows.map(() => 1); const hide = bodyRows.map(() => false);
  if (spans) for (let i = bodyRows.length - 1; i > 0; i--) if (bodyRows[i][0] && bodyRows[i][0] === bodyRows[i - 1][0]) { rs[i - 1] += rs[i]; hide[i] = true; }
  bodyRows.forEach((r, i) => {
    h += '<tr>';
    r.forEach((c, j) => {
      if (j === 0 && hide[i]) return;
      // colspan: a row whose remaining cells are empty spans them
      if (spans && j === 0 && r.length > 1 && r.slice(1).every((x) => x === '')) { h += `<td colspan="${r.length}">${inline(c)}</td>`; r.length = 1; return; }
      h += `<td${j === 0 && rs[i] > 1 ? ` rowspan="${rs[i]}"` : ''}>${inline(c)}</td>`;
    });
    h += '</tr>';
  });
  return h + '</tbody></table>';
}
function bodyHtml(md, opt) {
  const lines = md.split('\n'); const out = []; let i = 0; let asideUsed = false;
  while (i < lines.length) {
    const l = lines[i];
    if (!l.trim()) { i++; continue; }
    if (/^#{2,6} /.test(l)) { const lv = Math.min(6, l.match(/^#+/)[0].length + (opt.hShift || 0)); out.push(`<h${lv}>${inline(l.replace(/^#+ /, ''))}</h${lv}>`); i++; continue; }
    if (/^\s*\|/.test(l)) { const rows = []; while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++].trim()); if (rows.length >= 2 && /^\|?\s*:?-/.test(rows[1])) out.push(tableHtml(rows, opt.spans, opt.tableClass || 'tbl')); else out.push(`<p>${rows.map(inline).join('<br>')}</p>`); continue; }
    if (/^\s*([-*・]|\d+\.)\s/.test(l)) {
      const items = []; while (i < lines.length && /^\s*([-*・]|\d+\.)\s/.test(lines[i])) items.push(lines[i++].replace(/^\s*([-*・]|\d+\.)\s+/, ''));
      out.push(`<ul class="${opt.ulClass || ''}">${items.map((x) => `<li>${inline(x)}</li>`).join('')}</ul>`); continue;
    }
    const para = []; while (i < lines.length && lines[i].trim() && !/^#{2,6} |^\s*\||^\s*([-*・]|\d+\.)\s/.test(lines[i])) para.push(lines[i++]);
    const txt = para.map(inline).join('<br>');
    if (opt.aside && !asideUsed && /^(なお|※|注)/.test(para[0])) { asideUsed = true; out.push(opt.aside === 'aside' ? `<aside class="note">${txt}</aside>` : `<div class="boxnote" style="border:1px solid #888;padding:8px;margin:10px 0">${txt}</div>`); continue; }
    if (opt.spanSplit) out.push(`<p>${para.map((p) => splitSpans(p)).join('<br>')}</p>`); else out.push(`<p>${txt}</p>`);
  }
  return out.join('\n');
}
function splitSpans(s) { // page-builder text split into spans at punctuation (no spaces added)
  const parts = s.split(/(?<=[、。])/); return parts.map((p, k) => `<span class="t${k % 3}">${inline(p)}</span>`).join('');
}

// ---------- chrome decoys ----------
function makeDecoys(rel) {
  const values = []; const dates = [];
  const num = (lo, hi) => { for (let k = 0; k < 200; k++) { const n = ri(lo, hi); if (numberAbsent(n, rel) && !values.includes(n)) { values.push(n); return n; } } throw new Error('no decoy'); };
  const date = () => { for (let k = 0; k < 200; k++) { const y = pick([2024, 2025, 2026]); const m = ri(1, 12); const d = ri(1, 28); const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`; if (dateAbsent(iso, rel) && !dates.includes(iso)) { dates.push(iso); return { y, m, d, iso }; } } throw new Error('no date'); };
  return { values, dates, num, date };
}
const fmt = (n) => n.toLocaleString('en-US');
const fmtDate = (o, k) => [`${o.y}.${String(o.m).padStart(2, '0')}.${String(o.d).padStart(2, '0')}`, `${o.y}年${o.m}月${o.d}日`, `${o.y}/${o.m}/${o.d}`, `${o.y}年${String(o.m).padStart(2, '0')}月${String(o.d).padStart(2, '0')}日`][k % 4];
const HEADLINES = ['年末年始の営業について', '新サービス開始のお知らせ', 'システムメンテナンスのお知らせ', '採用説明会を開催します', '夏季休業のご案内', 'ウェブサイトをリニューアルしました', '説明会の参加者を募集します', '会員向けキャンペーンのご案内', '決算説明資料を掲載しました', '地域イベントに協賛しました'];
function latestNews(D, n, withFigures) {
  const items = [];
  for (let k = 0; k < n; k++) {
    const d = D.date(); let h = pick(HEADLINES);
    if (withFigures && k % 2 === 0) { const unit = pick(['件', '名', '人']); const label = pick(['契約数', '定員', '会員数', '参加者']); h = `${label}${fmt(D.num(120, 98000))}${unit}を突破 ${h}`; }
    items.push({ d, h });
  }
  return items;
}

// ---------- dates on page ----------
function reiwa(iso, full) { const [y, m, d] = iso.split('-').map(Number); const r = y - 2018; const z = (x) => String(x).replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)); return full ? `令和${z(r)}年${z(m)}月${z(d)}日` : `令和${r}年${m}月${d}日`; }
function dateText(iso, k) { const [y, m, d] = iso.split('-').map(Number); return [`${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`, reiwa(iso), `${y}/${m}/${d}`, `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`, `R${y - 2018}.${m}.${d}`, reiwa(iso, true), `${y}年${m}月${d}日`][k % 7]; }

const DATE_MODES = ['dateline-公開日', 'dateline-更新日', 'dotted', 'reiwa', 'time-only', 'jsonld-only', 'title-only'];
const ORG_MODES = ['title', 'og:site_name', 'logo-alt', 'copyright'];

function ctx(rel, i, style) {
  const D = makeDecoys(rel);
  const dateMode = DATE_MODES[(i * 3 + style.length) % DATE_MODES.length];
  const orgMode = ORG_MODES[(i + Math.floor(i / 6)) % ORG_MODES.length];
  const dt = dateText(rel.publishedAt, i);
  const titleTag = orgMode === 'title' ? `${rel.title}｜${rel.org}` : dateMode === 'title-only' ? `${rel.title}（${dt}）` : `${rel.title}｜お知らせ`;
  const fullTitle = dateMode === 'title-only' && orgMode === 'title' ? `${rel.title}（${dt}）｜${rel.org}` : titleTag;
  const jsonLd = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: rel.title };
  if (dateMode === 'jsonld-only' || rnd() < 0.4) jsonLd.datePublished = rel.publishedAt + 'T' + String(ri(9, 18)).padStart(2, '0') + ':00:00+09:00';
  const mod = D.date(); jsonLd.dateModified = mod.iso + 'T10:00:00+09:00';
  if (orgMode !== 'copyright' && orgMode !== 'logo-alt') jsonLd.publisher = { '@type': 'Organization', name: rel.org };
  const ogSiteName = orgMode === 'og:site_name' || orgMode === 'title' ? rel.org : null;
  let dateLine = '';
  if (dateMode === 'dateline-公開日') dateLine = `<p class="dateline">公開日：${dateText(rel.publishedAt, i)}　更新日：${fmtDate(D.date(), i)}</p>`;
  else if (dateMode === 'dateline-更新日') dateLine = `<p class="dateline">更新日：${dateText(rel.publishedAt, i)}</p>`;
  else if (dateMode === 'dotted') dateLine = `<p class="date">${rel.publishedAt.replace(/-/g, '.')}</p>`;
  else if (dateMode === 'reiwa') dateLine = `<p class="date">${reiwa(rel.publishedAt, i % 2 === 1)}</p>`;
  else if (dateMode === 'time-only') dateLine = `<div class="meta"><time datetime="${rel.publishedAt}">${dateText(rel.publishedAt, i + 2)}</time></div>`;
  const orgVisible = orgMode === 'logo-alt' ? `<img class="logo" alt="${esc(rel.org)}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="160" height="40">` : orgMode === 'copyright' ? '<span class="logo-text">NEWS &amp; TOPICS</span>' : `<span class="logo-text">${esc(rel.org)}</span>`;
  const copyright = `© ${ri(2008, 2019)}-${rel.publishedAt.slice(0, 4)} ${orgMode === 'copyright' ? esc(rel.org) : 'Official Site'} All Rights Reserved.`;
  const phone = `0${ri(3, 99)}-${ri(100, 9999)}-${String(ri(0, 9999)).padStart(4, '0')}`;
  const zip = `〒${ri(100, 999)}-${String(ri(0, 9999)).padStart(4, '0')}`;
  const footerFacts = { 従業員数: `${fmt(D.num(150, 48000))}名`, 資本金: `${fmt(D.num(120, 9800))}百万円`, 病床数: `${D.num(101, 899)}床` };
  return { D, dateMode, orgMode, fullTitle, jsonLd, ogSiteName, dateLine, orgVisible, copyright, phone, zip, footerFacts, other: [phone, zip, copyright] };
}
function head(c, rel, css, charset) {
  return `<!DOCTYPE html>\n<html lang="ja"><head><meta charset="${charset}">\n<title>${esc(c.fullTitle)}</title>\n${c.ogSiteName ? `<meta property="og:site_name" content="${esc(c.ogSiteName)}">\n` : ''}<meta property="og:title" content="${esc(rel.title)}">\n<meta name="viewport" content="width=device-width,initial-scale=1">\n<script type="application/ld+json">${JSON.stringify(c.jsonLd)}</script>\n<style>body{font-family:'Noto Sans CJK JP',sans-serif;margin:0;color:#222}${css}</style></head>`;
}
const share = (c) => `<div class="share">この記事をシェア：<span>X ${c.D.num(11, 999)}</span> <span>Facebook ${c.D.num(11, 999)}</span> <span>はてブ ${c.D.num(11, 99)}</span></div>`;
const cookie = (pos) => `<div class="cookie" style="position:fixed;${pos}:0;left:0;right:0;background:#333;color:#fff;padding:8px;font-size:12px">当サイトではCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。<button>同意する</button></div>`;
const tracker = (c) => `<script>window.dataLayer=window.dataLayer||[];dataLayer.push({pageId:${c.D.num(10000, 99999)},published:"${fmtDate(c.D.date(), 2)}",views:${c.D.num(1000, 90000)}});</script>`;

// ---------- six styles ----------
const STYLES = {
  wpblock(rel, c) { // WordPress block theme with a mega-menu
    const news = latestNews(c.D, 5, true);
    return head(c, rel, `.mega{display:flex;gap:20px;background:#0b3d91;color:#fff;padding:10px}.mega ul{list-style:none;margin:0;padding:0;font-size:11px}.wrap{display:grid;grid-template-columns:1fr 240px;gap:24px;padding:16px}.wp-block-table table{border-collapse:collapse}.wp-block-table td,.wp-block-table th{border:1px solid #999;padding:4px}.sidebar{font-size:12px;background:#f4f4f4;padding:8px}aside.note{background:#fffbe6;border-left:4px solid #e0b400;padding:8px}`, 'utf-8') +
      `<body class="wp-site-blocks"><header class="wp-block-template-part"><div class="site-logo">${c.orgVisible}</div><nav class="mega"><div><b>企業情報</b><ul><li>トップメッセージ</li><li>会社概要</li><li>沿革</li></ul></div><div><b>事業紹介</b><ul><li>ソリューション</li><li>導入事例 ${c.D.num(120, 990)}社</li></ul></div><div><b>IR情報</b><ul><li>決算短信</li><li>株主総会</li></ul></div><div><b>採用情報</b><ul><li>新卒採用</li><li>キャリア採用</li></ul></div></nav></header>
<nav class="breadcrumb">ホーム ＞ ニュース ＞ お知らせ</nav>
<div class="wrap"><main class="wp-block-post-content"><article><h1 class="wp-block-post-title">${esc(rel.title)}</h1>${c.dateLine}
<div class="entry-content">${bodyHtml(rel.body, { aside: 'aside', spans: true, tableClass: 'wp-block-table' }).replace(/<table/g, '<figure class="wp-block-table"><table').replace(/<\/table>/g, '</table></figure>')}</div>${share(c)}</article>
<section class="related"><h2>関連ニュース</h2><ul>${latestNews(c.D, 3, false).map((n) => `<li>${fmtDate(n.d, 1)} ${n.h}</li>`).join('')}</ul></section></main>
<aside class="sidebar"><h2>最新のお知らせ</h2><ul>${news.map((n) => `<li><span>${fmtDate(n.d, 0)}</span> ${n.h}</li>`).join('')}</ul><h2>タグ</h2><p>セキュリティ IR 採用</p></aside></div>
<footer><p>${c.zip} 東京都千代田区丸の内${ri(1, 3)}-${ri(1, 9)}-${ri(1, 9)}　TEL ${c.phone}</p><p>従業員数 ${c.footerFacts.従業員数}　資本金 ${c.footerFacts.資本金}</p><p>${c.copyright}</p></footer>${cookie('bottom')}${tracker(c)}</body></html>`;
  },
  oldtable(rel, c) { // old municipal table layout, left menu, このページの先頭へ
    const news = latestNews(c.D, 4, true);
    return head(c, rel, `table.layout{width:100%;border:0}td.left{width:160px;background:#e8f0e0;vertical-align:top;font-size:12px}.tbl{border-collapse:collapse}.tbl td,.tbl th{border:1px solid #666;padding:3px}`, 'Shift_JIS') +
      `<body bgcolor="#ffffff"><a href="#main">本文へ</a>
<table class="layout" cellpadding="4"><tr><td colspan="2" bgcolor="#336633"><font color="#ffffff" size="5">${c.orgVisible}</font><br><font color="#ffffff" size="2">文字サイズ 拡大 標準　｜　サイトマップ</font></td></tr>
<tr><td class="left"><b>メニュー</b><br>くらし・手続き<br>健康・福祉<br>子育て・教育<br>まちづくり<br>市政情報<br><br><b>新着情報</b><br>${news.map((n) => `${fmtDate(n.d, 3)}<br>${n.h}<br>`).join('')}<br>人口 ${fmt(c.D.num(20000, 480000))}人<br>世帯数 ${fmt(c.D.num(9000, 200000))}世帯</td>
<td valign="top"><a name="main"></a><font size="2">トップページ ＞ 市政情報 ＞ お知らせ</font><h1>${esc(rel.title)}</h1>${c.dateLine}
${bodyHtml(rel.body, { spans: true, aside: 'box' })}
<table border="1" cellpadding="6" width="100%"><tr><td bgcolor="#eeeeee"><b>このページに関するお問い合わせ</b><br>担当窓口　電話：${c.phone}</td></tr></table>
<table border="1" width="100%"><tr><td><b>よくある質問</b><br>Q. 開庁時間は？ A. 平日8時30分から17時15分まで</td></tr></table>
<p align="right"><a href="#top">このページの先頭へ</a></p></td></tr>
<tr><td colspan="2" bgcolor="#cccccc"><font size="2">${c.zip} 所在地　代表電話 ${c.phone}　職員数 ${c.footerFacts.従業員数}<br>${c.copyright}</font></td></tr></table>${tracker(c)}</body></html>`;
  },
  divsoup(rel, c) { // page builder: absolutely positioned boxes, spans
    const news = latestNews(c.D, 3, true);
    const body = bodyHtml(rel.body, { spanSplit: true, aside: 'box', spans: false, ulClass: 'elementor-icon-list' });
    return head(c, rel, `.e-con{position:relative}.hdr{position:absolute;top:0;left:0;width:100%;height:70px;background:#111;color:#fff}.hdr .menu{position:absolute;right:20px;top:24px;font-size:12px}.main{position:relative;top:90px;margin:0 40px 120px 40px}.side{position:absolute;top:90px;right:0;width:180px;font-size:11px;background:#fafafa}.t1{color:#222}.t2{letter-spacing:.01em}table{border-collapse:collapse}td,th{border:1px solid #aaa}`, 'utf-8') +
      `<body><div class="e-con"><div class="hdr"><div style="position:absolute;left:20px;top:18px">${c.orgVisible}</div><div class="menu"><span>HOME</span> <span>ABOUT</span> <span>SERVICE</span> <span>NEWS</span> <span>CONTACT</span></div></div>
<div class="main" style="margin-right:220px"><div class="elementor-widget-heading"><h1><span>${esc(rel.title)}</span></h1></div><div class="elementor-widget-text">${c.dateLine}</div><div class="elementor-widget-text-editor">${body}</div>
<div class="elementor-counter"><span>累計導入実績</span><span>${fmt(c.D.num(300, 9999))}</span><span>件</span></div>${share(c)}</div>
<div class="side"><div><b>最新のお知らせ</b></div>${news.map((n) => `<div><span>${fmtDate(n.d, 2)}</span><div>${n.h}</div></div>`).join('')}</div>
<div class="ftr" style="position:relative;top:100px;background:#222;color:#ccc;padding:20px;font-size:11px"><div>${c.zip} 大阪府大阪市北区梅田${ri(1, 3)}-${ri(1, 9)}</div><div>TEL ${c.phone}</div><div>${c.copyright}</div></div></div>${cookie('bottom')}${tracker(c)}</body></html>`;
  },
  movabletype(rel, c) { // MT with archive calendar and tag cloud
    const [y, m] = rel.publishedAt.split('-').map(Number);
    const cal = Array.from({ length: 28 }, (_, k) => k + 1).map((d) => `<td>${d}</td>`);
    const weeks = []; for (let k = 0; k < 28; k += 7) weeks.push(`<tr>${cal.slice(k, k + 7).join('')}</tr>`);
    const news = latestNews(c.D, 5, true);
    return head(c, rel, `#container{display:flex}#alpha{flex:1;padding:12px}#beta{width:210px;font-size:11px;padding:8px;border-left:1px dotted #999}.calendar td{font-size:10px;padding:1px}.tbl{border-collapse:collapse}.tbl td,.tbl th{border:1px solid #777;padding:3px}.tagcloud span{margin:2px}`, 'utf-8') +
      `<body class="mt-entry-archive"><div id="header"><h2 id="header-name">${c.orgVisible}</h2><p id="header-description">ニュースリリース・お知らせ</p></div>
<div id="container"><div id="alpha"><div class="entry-asset"><div class="asset-header"><h1 class="asset-name entry-title">${esc(rel.title)}</h1><div class="asset-meta">${c.dateLine}</div></div>
<div class="asset-content entry-content"><div class="asset-body">${bodyHtml(rel.body, { aside: 'aside', spans: true })}</div></div><div class="asset-footer">カテゴリ：お知らせ | <a>コメント (${c.D.num(11, 99)})</a> | <a>トラックバック (${c.D.num(101, 199)})</a></div></div>
<div class="entry-navigation">« 前の記事 | メインページ | アーカイブ | 次の記事 »</div></div>
<div id="beta"><div class="widget-calendar"><h3>${y + 1}年${m % 12 + 1}月</h3><table class="calendar"><tr><th>日</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr>${weeks.join('')}</table></div>
<div class="widget-recent-entries"><h3>最近のエントリー</h3><ul>${news.map((n) => `<li>${n.h} (${fmtDate(n.d, 0)})</li>`).join('')}</ul></div>
<div class="widget-tag-cloud"><h3>タグクラウド</h3><p class="tagcloud"><span>お知らせ</span> <span>セキュリティ</span> <span>イベント</span> <span>IR</span> <span>会員数${fmt(c.D.num(1200, 88000))}名</span></p></div>
<div class="widget-archive"><h3>月別アーカイブ</h3><ul><li>${fmtDate(c.D.date(), 1).replace(/\d+日$/, '')} (${c.D.num(11, 60)})</li></ul></div></div></div>
<div id="footer">${c.zip} 所在地 TEL ${c.phone}<br>Powered by Movable Type 7<br>${c.copyright}</div>${tracker(c)}</body></html>`;
  },
  nextjs(rel, c) { // Next.js page; text partly also in __NEXT_DATA__; fixed header/footer overlays
    const paras = rel.body.split(/\n\n+/).slice(0, 4);
    const nd = { props: { pageProps: { article: { title: rel.title, excerpt: paras.join('\n\n').slice(0, 400), id: c.D.num(1000, 9999), views: c.D.num(10000, 99999), related: latestNews(c.D, 3, false).map((n) => ({ date: n.d.iso, title: n.h })) } } }, page: '/news/[slug]', buildId: 'x' + c.D.num(100000, 999999) };
    const news = latestNews(c.D, 3, true);
    return head(c, rel, `.fixed-h{position:fixed;top:0;left:0;right:0;height:56px;background:rgba(255,255,255,.95);border-bottom:1px solid #ddd;display:flex;gap:16px;align-items:center;padding:0 16px;z-index:9}.fixed-f{position:fixed;bottom:0;left:0;right:0;background:#f0f0f0;font-size:11px;padding:6px}main{padding:72px 24px 60px;max-width:760px}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px}.box{border:2px solid #0070f3;padding:8px}`, 'utf-8') +
      `<body><div id="__next"><header class="fixed-h">${c.orgVisible}<nav>ニュース ・ 製品 ・ 会社情報 ・ 採用 ・ お問い合わせ</nav></header>
<main><nav aria-label="breadcrumb">Home / Newsroom / ${esc(rel.title.slice(0, 12))}…</nav><article><h1>${esc(rel.title)}</h1>${c.dateLine}<div class="prose">${bodyHtml(rel.body, { aside: 'box', spans: true })}</div></article>
<section><h2>Latest</h2>${news.map((n) => `<div class="card"><time>${fmtDate(n.d, 0)}</time><p>${n.h}</p></div>`).join('')}</section></main>
<footer class="fixed-f">${c.zip} TEL ${c.phone}　従業員数 ${c.footerFacts.従業員数}　${c.copyright}</footer></div>${cookie('top')}
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nd).replace(/</g, '\\u003c')}</script>${tracker(c)}</body></html>`;
  },
  bootstrap(rel, c) { // Bootstrap CMS: cards, accordion, hospital/school info box
    const hosp = rnd() < 0.5;
    const info = hosp
      ? `<div class="card"><div class="card-header">外来受付時間</div><table class="table table-sm"><tr><th></th><th>午前</th><th>午後</th></tr><tr><td>月～金</td><td>8:30～11:30</td><td>13:00～16:00</td></tr><tr><td>土</td><td>8:30～11:00</td><td>休診</td></tr></table><p>病床数 ${c.footerFacts.病床数}　職員数 ${c.footerFacts.従業員数}</p></div>`
      : `<div class="card"><div class="card-header">学校概要</div><ul class="list-group"><li class="list-group-item">学生数 ${fmt(c.D.num(800, 29000))}人</li><li class="list-group-item">教員数 ${c.D.num(101, 1900)}名</li><li class="list-group-item">入学定員 ${fmt(c.D.num(200, 6000))}名</li></ul></div>`;
    const news = latestNews(c.D, 4, true);
    return head(c, rel, `.container{display:flex;gap:16px;padding:12px}.col-md-8{flex:2}.col-md-4{flex:1;font-size:12px}.card{border:1px solid #ddd;border-radius:6px;margin-bottom:10px;padding:6px}.card-header{background:#eef;font-weight:bold}.table{border-collapse:collapse}.table td,.table th{border:1px solid #ccc;padding:3px}.navbar{background:#198754;color:#fff;padding:8px}.alert-info{background:#e7f5ff;border:1px solid #9cd;padding:8px}@media print{.navbar .nav-item,.cookie{display:none}}`, 'utf-8') +
      `<body><nav class="navbar"><a class="navbar-brand">${c.orgVisible}</a> <span class="nav-item">受診案内</span> <span class="nav-item">入院案内</span> <span class="nav-item">採用情報</span> <span>交通アクセス</span></nav>
<ol class="breadcrumb"><li>ホーム</li><li>お知らせ</li></ol>
<div class="container"><div class="col-md-8"><article><h1 class="h3">${esc(rel.title)}</h1>${c.dateLine}${bodyHtml(rel.body, { aside: 'box', spans: true, tableClass: 'table table-bordered' }).replace('boxnote', 'boxnote alert alert-info')}</article>
<div class="accordion"><div class="accordion-item"><h2 class="accordion-header">よくあるご質問</h2><div class="accordion-body">面会時間は${ri(13, 15)}時から${ri(17, 19)}時です。駐車場は${c.D.num(101, 480)}台分ございます。</div></div></div>
<h2 class="h5">新着情報</h2><div class="list-group">${latestNews(c.D, 3, false).map((n) => `<a class="list-group-item">${fmtDate(n.d, 3)} ${n.h}</a>`).join('')}</div></div>
<div class="col-md-4">${info}<div class="card"><div class="card-header">最新のお知らせ</div><ul>${news.map((n) => `<li>${fmtDate(n.d, 2)} ${n.h}</li>`).join('')}</ul></div></div></div>
<footer class="bg-light p-3">${c.zip} 所在地　代表 ${c.phone}<br>${c.copyright}</footer>${cookie('bottom')}${tracker(c)}</body></html>`;
  },
};
const STYLE_NAMES = Object.keys(STYLES);

// ---------- legacy encodings ----------
function encodeLegacy(html, enc) {
  const chars = [...new Set([...html])].filter((ch) => ch.codePointAt(0) > 127);
  const probe = chars.join('\n') + '\n';
  const encoded = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', enc], { input: probe });
  const back = execFileSync('iconv', ['-f', enc, '-t', 'UTF-8'], { input: encoded }).toString('utf8').split('\n');
  const ok = new Set(chars.filter((ch, k) => back[k] === ch));
  const safe = [...html].map((ch) => (ch.codePointAt(0) > 127 && !ok.has(ch) ? `&#${ch.codePointAt(0)};` : ch)).join('');
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', enc], { input: safe, maxBuffer: 64 << 20 });
}

// ---------- Word-style document ----------
function docHtml(rel, c) {
  const [y, m, d] = rel.publishedAt.split('-').map(Number);
  let n = 0;
  const body = bodyHtml(rel.body, { spans: true, hShift: 0 }).replace(/<h([23])>/g, (all, lv) => (lv === '2' ? `<h2>${++n}．` : '<h3>')).replace(/<h2>\d+．(?=[\d０-９（(第【■●])/g, '<h2>');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(rel.title)}</title><style>@page{size:A4;margin:25mm 22mm;@bottom-center{content:counter(page)}}body{font-family:'Noto Serif CJK JP',serif;font-size:10.5pt;line-height:1.7}.date{text-align:right}.org{text-align:right}h1{text-align:center;font-size:14pt;margin:24px 0}h2{font-size:11pt}h3{font-size:10.5pt}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:3px;word-break:break-all}.ki{text-align:center}.ijo{text-align:right}</style></head><body>
<p class="date">${y}年${m}月${d}日</p><p>関係者各位</p><p class="org">${esc(rel.org)}<br>代表取締役　山田 太郎</p><h1>${esc(rel.title)}</h1>${/<p>記<\/p>/.test(body) ? body.replace(/<p>記<\/p>/, '<p class="ki">記</p>') : body.replace(/<h2>/, '<p class="ki">記</p><h2>')}<p class="ijo">以上</p></body></html>`;
}

// ---------- build ----------
mkdirSync(join(OUT, 'html'), { recursive: true }); mkdirSync(join(OUT, 'sources'), { recursive: true });
const manifest = []; const origin = [];
const LEGACY_EXTRA = new Set(); // five Movable Type pages in EUC-JP
chosen.forEach((rel, i) => {
  const style = STYLE_NAMES[i % 6];
  const id = `l${String(i + 1).padStart(2, '0')}`;
  let encoding = 'utf-8';
  if (style === 'oldtable') encoding = 'Shift_JIS';
  else if (style === 'movabletype' && LEGACY_EXTRA.size < 5) { LEGACY_EXTRA.add(id); encoding = 'EUC-JP'; }
  const c = ctx(rel, i, style);
  let html = STYLES[style](rel, c);
  if (encoding === 'EUC-JP') html = html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">');
  if (encoding === 'Shift_JIS') html = html.replace('<meta charset="Shift_JIS">', '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">');
  const file = `html/${style}-${id}.html`;
  writeFileSync(join(OUT, file), encoding === 'utf-8' ? html : encodeLegacy(html, encoding === 'Shift_JIS' ? 'CP932' : 'EUC-JP'));
  writeFileSync(join(OUT, `sources/${id}.md`), rel.source);
  origin.push(`${id}\t${rel.rel}`);
  const doc = i % 4 === 1 ? `doc/${id}.pdf` : null;
  if (doc) { mkdirSync(DOC_HTML, { recursive: true }); writeFileSync(join(DOC_HTML, `${id}.html`), docHtml(rel, c)); }
  const paper = ['A4', 'B5', 'letter', 'A4 landscape'][i % 4];
  manifest.push({ id, archive: rel.rel, source: `sources/${id}.md`, html: file, style, encoding, pdf: `pdf/${style}-${id}.pdf`, pdfPage: { paper, headerFooter: i % 3 === 0 }, doc, org: rel.org, title: rel.title, publishedAt: rel.publishedAt, dateMode: c.dateMode, orgMode: c.orgMode, metadata: { ogSiteName: c.ogSiteName, jsonLd: c.jsonLd }, decoyValues: c.D.values, decoyDates: c.D.dates, decoyOther: c.other });
});
// verify decoys
for (const e of manifest) {
  const rel = chosen.find((r) => r.rel === e.archive);
  for (const v of e.decoyValues) if (!numberAbsent(v, rel)) throw new Error(`${e.id} decoy ${v} in release`);
  for (const d of e.decoyDates) if (!dateAbsent(d, rel)) throw new Error(`${e.id} decoy date ${d} in release`);
}
writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
writeFileSync(join(OUT, 'ORIGIN.txt'), origin.join('\n') + '\n');
console.log(`${manifest.length} pages, ${manifest.filter((e) => e.doc).length} docs, ${manifest.filter((e) => e.encoding !== 'utf-8').length} legacy; seed ${SEED}`);
