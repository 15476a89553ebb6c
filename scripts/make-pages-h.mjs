// Blind page set pages-h (issue #12): 40 archive releases rendered as news pages in six site stacks,
// written without looking at the tool. Seeded, so every run writes the same files.
// Usage: node scripts/make-pages-h.mjs && node scripts/print-pages-h.mjs
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { mulberry32 } from './seededRandom.mjs';

const SEED = 0x5e12_0712;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ARCHIVE = path.resolve(ROOT, '../shared/archive');
const OUT = path.join(ROOT, 'fixtures/pages-h');
export const DOC_BUILD = path.join(os.tmpdir(), 'pages-h-doc');
const rnd = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const shuffle = (xs) => { const a = [...xs]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n) => String(n).padStart(2, '0');

// ---------- choose releases ----------
const used = new Set();
for (const s of ['b', 'c', 'd', 'e', 'f', 'g']) {
  for (const line of fs.readFileSync(path.join(ROOT, `fixtures/pages-${s}/ORIGIN.txt`), 'utf8').split('\n')) {
    const p = line.split('\t')[1];
    if (p) used.add(p.trim());
  }
}
function walk(d) { return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.md') ? [path.join(d, e.name)] : []); }
const all = walk(ARCHIVE).map((p) => path.relative(ARCHIVE, p)).filter((p) => !p.startsWith('scripts/')).sort();
function sections(md) {
  const out = {}; let cur = null;
  for (const line of md.split('\n')) {
    const m = /^# (\S.*)$/.exec(line);
    if (m) { cur = m[1].trim(); out[cur] = []; continue; }
    if (cur) out[cur].push(line);
  }
  return out;
}
const candidates = all.filter((p) => {
  if (used.has(p)) return false;
  const s = sections(fs.readFileSync(path.join(ARCHIVE, p), 'utf8'));
  const body = (s['本文'] || []).join('\n').trim();
  const head = (s['公表概要'] || []).filter((l) => l.startsWith('- '));
  return body.length >= 400 && head.length >= 3 && /\d{4}年\d{1,2}月\d{1,2}日/.test(head[1]);
});
const chosen = shuffle(candidates).slice(0, 40);

// ---------- markdown body -> html ----------
function inline(s) { return esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>'); }
const LABEL = /^([^：:|#\-\s][^：:]{0,14})[：:](.+)$/;
function mdToHtml(body, opts = {}) {
  const lines = body.split('\n');
  const out = []; let i = 0;
  const hTag = opts.h || ['h2', 'h3'];
  while (i < lines.length) {
    const l = lines[i].trim();
    if (!l) { i++; continue; }
    let m;
    if ((m = /^(#{2,6})\s*(.+)$/.exec(l))) { out.push(`<${m[1].length === 2 ? hTag[0] : hTag[1]}>${inline(m[2])}</${m[1].length === 2 ? hTag[0] : hTag[1]}>`); i++; continue; }
    if (l.startsWith('|')) {
      const rows = [];
      while (i < lines.length && lines[i].trim().startsWith('|')) { rows.push(lines[i].trim()); i++; }
      const cells = rows.filter((r) => !/^\|[\s:|-]+\|$/.test(r)).map((r) => r.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
      const [hd, ...rest] = cells;
      out.push(`<table class="${opts.tableClass || ''}"><thead><tr>${hd.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${rest.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`);
      continue;
    }
    if (/^([-*・])\s*/.test(l) && !/^-{3,}$/.test(l)) {
      const items = [];
      while (i < lines.length && /^\s*[-*・]\s*\S/.test(lines[i])) { items.push(lines[i].trim().replace(/^[-*・]\s*/, '')); i++; }
      out.push(`<ul>${items.map((t) => `<li>${inline(t)}</li>`).join('')}</ul>`);
      continue;
    }
    if (/^\d+[.．]\s*\S/.test(l)) {
      const items = [];
      while (i < lines.length && /^\s*\d+[.．]\s*\S/.test(lines[i])) { items.push(lines[i].trim().replace(/^\d+[.．]\s*/, '')); i++; }
      out.push(`<ol>${items.map((t) => `<li>${inline(t)}</li>`).join('')}</ol>`);
      continue;
    }
    if (LABEL.test(l) && i + 1 < lines.length) {
      const pairs = []; let j = i;
      while (j < lines.length) {
        const t = lines[j].trim();
        if (!t) { if (j + 1 < lines.length && LABEL.test(lines[j + 1].trim())) { j++; continue; } break; }
        const mm = LABEL.exec(t); if (!mm) break;
        pairs.push([mm[1], mm[2]]); j++;
      }
      if (pairs.length >= 2) {
        out.push(`<dl>${pairs.map(([k, v]) => `<dt>${inline(k)}</dt><dd>${inline(v.trim())}</dd>`).join('')}</dl>`);
        i = j; continue;
      }
    }
    const para = [];
    while (i < lines.length && lines[i].trim() && !/^(#{2,6}\s|\||[-*・]\s*\S|\d+[.．]\s*\S)/.test(lines[i].trim())) { para.push(lines[i].trim()); i++; }
    if (para.length === 0) { out.push(`<p>${inline(l)}</p>`); i++; continue; }
    out.push(`<p>${para.map(inline).join('<br>\n')}</p>`);
  }
  return out.join('\n');
}

// ---------- decoys ----------
function decoyKit(src, pubDate) {
  const values = new Set(), dates = new Set(), other = [];
  const digitsIn = new Set((src.replace(/,/g, '').match(/\d+/g) || []));
  // a value the release also states is not a decoy: after enough tries, place it unrecorded
  const num = (lo, hi) => { for (let t = 0; ; t++) { const v = ri(lo, hi); if (!digitsIn.has(String(v)) && !src.includes(v.toLocaleString('en-US'))) { values.add(v); return v; } if (t > 200) return v; } };
  const date = (y0 = 2023, y1 = 2026) => {
    for (let t = 0; ; t++) {
      if (t > 500) { y0 -= 1; }
      const y = ri(y0, y1), m = ri(1, 12), d = ri(1, 28);
      const iso = `${y}-${pad(m)}-${pad(d)}`;
      if (iso === pubDate || src.includes(`${m}月${d}日`) || src.includes(`${m}/${d}`) || src.includes(`${pad(m)}/${pad(d)}`)) continue;
      dates.add(iso); return { y, m, d, iso };
    }
  };
  const o = (s) => { other.push(s); return s; };
  return { num, date, o, values, dates, other };
}
const WD = '日月火水木金土';
const wd = (y, m, d) => WD[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
const fmt = {
  kanji: ({ y, m, d }) => `${y}年${m}月${d}日`,
  kanjiW: ({ y, m, d }) => `${y}年${m}月${d}日（${wd(y, m, d)}）`,
  dot: ({ y, m, d }) => `${y}.${pad(m)}.${pad(d)}`,
  slash: ({ y, m, d }) => `${y}/${pad(m)}/${pad(d)}`,
  wareki: ({ y, m, d }) => `令和${y - 2018}年${m}月${d}日`,
  rdot: ({ y, m, d }) => `R${y - 2018}.${m}.${d}`,
  iso: ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`,
};
const PREFS = [['東京都', '千代田区', '03'], ['大阪府', '大阪市北区', '06'], ['愛知県', '名古屋市中区', '052'], ['福岡県', '福岡市博多区', '092'], ['北海道', '札幌市中央区', '011'], ['広島県', '広島市中区', '082'], ['宮城県', '仙台市青葉区', '022'], ['静岡県', '静岡市葵区', '054']];
const TOWNS = ['本町', '栄町', '中央', '錦', '緑町', '旭町', '若葉', '駅前通'];
function address(k) {
  const [p, c, tel] = pick(PREFS);
  const zip = k.o(`〒${ri(100, 989)}-${pad(ri(0, 99))}${ri(10, 99)}`);
  const addr = k.o(`${p}${c}${pick(TOWNS)}${ri(1, 5)}丁目${ri(1, 30)}番${ri(1, 20)}号`);
  const phone = k.o(`${tel}-${ri(1000, 9999)}-${ri(1000, 9999)}`.replace(/^(\d{3})-(\d{4})/, '$1-$2'));
  const fax = k.o(`${tel}-${ri(1000, 9999)}-${ri(1000, 9999)}`);
  return { zip, addr, phone, fax };
}
const NEWS_TOPICS = ['年末年始の営業について', '新サービス「スマート見積」提供開始のお知らせ', '夏季休業日のお知らせ', '会員数{N}名突破記念キャンペーン', 'システムメンテナンスのお知らせ', '{N}周年記念セミナー開催（定員{M}名）', '採用情報を更新しました', '累計出荷{N}台を達成しました', '健康経営優良法人に認定されました', 'ホームページをリニューアルしました', '価格改定のお知らせ', '新拠点開設のお知らせ'];
function newsItems(k, n, f) {
  return Array.from({ length: n }, () => {
    const d = k.date(); let t = pick(NEWS_TOPICS);
    t = t.replace('{N}', () => k.num(10, 250000).toLocaleString('ja-JP')).replace('{M}', () => String(k.num(20, 300)));
    return { date: f(d), iso: d.iso, title: t };
  }).sort((a, b) => (a.iso < b.iso ? 1 : -1));
}

// ---------- release ----------
function parseRelease(rel) {
  const raw = fs.readFileSync(path.join(ARCHIVE, rel), 'utf8');
  const s = sections(raw);
  const head = s['公表概要'].filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
  const [title, dateLine, org] = head;
  const dm = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(dateLine);
  const date = { y: +dm[1], m: +dm[2], d: +dm[3] };
  date.iso = `${date.y}-${pad(date.m)}-${pad(date.d)}`;
  const body = s['本文'].join('\n').trim();
  // source copy without 事案ID / 公表種別
  const keep = raw.split(/\n(?=# )/).filter((sec) => !/^# (事案ID|公表種別)\b/.test(sec.replace(/^\n+/, ''))).join('\n');
  return { raw, keep, title, date, org, body, url: head[3] || '' };
}

// ---------- page chrome per stack ----------
const CSS_PRINT = (size) => `@page { size: ${size}; margin: 12mm 10mm; }`;
const SIZE_CSS = { A4: 'A4', B5: 'B5', Letter: 'letter', 'A4-landscape': 'A4 landscape' };

function jsonLd(r, opts) {
  const o = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: r.title, datePublished: `${r.date.iso}T${opts.time || '10:00:00'}+09:00`, publisher: { '@type': 'Organization', name: r.org } };
  if (opts.modified) o.dateModified = `${opts.modified}T09:00:00+09:00`;
  return `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
}

function styleWp(r, k, c) {
  // WordPress block theme (FSE) with ticker, TOC plugin, author box, mega footer, query loop in footer
  const news = newsItems(k, 5, fmt.dot);
  const loop = newsItems(k, 3, fmt.kanji);
  const a = address(k);
  const mod = k.date(r.date.y, r.date.y + 1);
  const dateLine = c.dateMode === 'ldonly' ? '' : c.dateMode === 'title' ? '' :
    `<div class="wp-block-group entry-meta is-layout-flex"><span class="meta-label">投稿日</span><div class="wp-block-post-date"><time datetime="${r.date.iso}T10:00:00+09:00">${fmt.dot(r.date)}</time></div><span class="meta-label">最終更新日</span><div class="wp-block-post-date wp-block-post-date__modified-date"><time datetime="${mod.iso}">${fmt.dot(mod)}</time></div></div>`;
  const h1 = c.dateMode === 'title' ? `【${fmt.slash(r.date)}】${r.title}` : r.title;
  const heads = [...r.body.matchAll(/^##+\s*(.+)$/gm)].map((m) => m[1]);
  const toc = heads.length >= 2 ? `<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy"><p class="ez-toc-title">目次</p><nav><ul class="ez-toc-list">${heads.map((h, i) => `<li><a href="#toc${i}">${esc(h)}</a></li>`).join('')}</ul></nav></div>` : '';
  const shares = k.num(12, 480);
  const body = `<header class="wp-block-template-part site-header"><div class="wp-block-group news-ticker"><span class="ticker-label">NEWS</span><ul class="ticker-track">${news.slice(0, 3).map((n) => `<li><span class="ticker-date">${n.date}</span> ${esc(n.title)}</li>`).join('')}</ul></div>
<div class="wp-block-group is-layout-flex header-inner"><p class="wp-block-site-title"><a href="/" rel="home"><img src="/wp-content/uploads/logo.svg" alt="${esc(r.org)}" width="180"></a></p>
<nav class="wp-block-navigation"><ul><li><a href="/company/">会社情報</a></li><li><a href="/service/">事業・サービス</a></li><li><a href="/news/">お知らせ</a></li><li><a href="/recruit/">採用情報</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></nav></div></header>
<main class="wp-block-group site-main"><nav class="aioseo-breadcrumbs"><span class="aioseo-breadcrumb"><a href="/">ホーム</a></span> » <span class="aioseo-breadcrumb"><a href="/news/">お知らせ</a></span> » <span class="aioseo-breadcrumb">${esc(h1)}</span></nav>
<div class="layout">
<article class="wp-block-post post type-post status-publish category-news"><div class="wp-block-post-terms taxonomy-category"><a href="/category/important/">重要なお知らせ</a></div>
<h1 class="wp-block-post-title">${esc(h1)}</h1>${dateLine}
<div class="wp-block-post-content entry-content">${toc}${mdToHtml(r.body, { h: ['h2 class="wp-block-heading"'.split(' ')[0], 'h3'] })}</div>
<div class="sns-share"><span>シェア</span><a class="share-x">X</a><a class="share-fb">Facebook <span class="count">${shares}</span></a><a class="share-hatena">B!</a></div>
<div class="wp-block-group author-box"><p class="author-box-title">この記事を書いた人</p><img src="/wp-content/uploads/avatar.png" alt=""><p class="author-name">広報部</p><p class="author-desc">${esc(r.org)}の広報担当です。ニュースリリース、イベント情報を発信しています。</p></div>
<nav class="post-navigation"><div class="nav-previous"><a href="#"><span class="label">前の記事</span>${esc(news[3].title)}<span class="date">${news[3].date}</span></a></div><div class="nav-next"><a href="#"><span class="label">次の記事</span>${esc(news[4].title)}<span class="date">${news[4].date}</span></a></div></nav>
</article>
<aside class="wp-block-group sidebar"><h2 class="wp-block-heading">最新の投稿</h2><ul class="wp-block-latest-posts">${news.map((n) => `<li><a href="#">${esc(n.title)}</a><time class="wp-block-latest-posts__post-date">${n.date}</time></li>`).join('')}</ul>
<h2 class="wp-block-heading">アーカイブ</h2><ul class="wp-block-archives">${[0, 1, 2].map(() => { const d = k.date(); return `<li><a href="#">${d.y}年${d.m}月</a>&nbsp;(${k.num(2, 19)})</li>`; }).join('')}</ul>
<div class="campaign-banner"><p>導入実績 累計${k.num(1200, 90000).toLocaleString('ja-JP')}社突破！</p><p>無料相談受付中</p></div></aside>
</div></main>
<footer class="wp-block-template-part site-footer mega-footer"><div class="wp-block-columns"><div class="wp-block-column"><p><strong>${esc(r.org)}</strong></p><p>${a.zip}<br>${a.addr}</p><p>TEL ${a.phone} / FAX ${a.fax}</p></div>
<div class="wp-block-column"><h3>会社概要</h3><dl class="company-data"><dt>設立</dt><dd>${k.num(1952, 2015)}年</dd><dt>資本金</dt><dd>${k.num(10, 980).toLocaleString('ja-JP')}百万円</dd><dt>従業員数</dt><dd>${k.num(35, 4800).toLocaleString('ja-JP')}名</dd></dl></div>
<div class="wp-block-column"><h3>新着</h3><ul class="wp-block-query">${loop.map((n) => `<li class="wp-block-post"><div class="wp-block-post-date"><time>${n.date}</time></div><h4 class="wp-block-post-title">${esc(n.title)}</h4></li>`).join('')}</ul></div>
<div class="wp-block-column"><ul><li><a href="/privacy/">プライバシーポリシー</a></li><li><a href="/security/">情報セキュリティ基本方針</a></li><li><a href="/sitemap/">サイトマップ</a></li></ul></div></div>
<p class="copyright">© ${esc(r.org)} All Rights Reserved.</p></footer>
<div class="floating-cta"><a href="/contact/">資料請求・お問い合わせはこちら</a></div>`;
  const css = `body{font-family:"Noto Sans JP",sans-serif;margin:0;color:#222;font-size:15px;line-height:1.8}.news-ticker{background:#0a3d62;color:#fff;font-size:12px;padding:4px 16px;display:flex;gap:12px}.news-ticker ul{display:flex;gap:24px;list-style:none;margin:0;padding:0;white-space:nowrap;overflow:hidden}
.header-inner{display:flex;justify-content:space-between;padding:10px 20px;border-bottom:1px solid #ddd}.wp-block-navigation ul{display:flex;gap:16px;list-style:none}.layout{display:grid;grid-template-columns:${c.sidebar ? '1fr 240px' : '1fr'};gap:28px;padding:0 20px}.sidebar{font-size:13px;${c.sidebar ? '' : 'border-top:2px solid #0a3d62'}}
#ez-toc-container{border:1px solid #aaa;background:#f9f9f9;padding:8px 16px;margin:12px 0}.entry-meta{display:flex;gap:8px;font-size:13px;color:#666}.author-box{border:1px solid #ddd;padding:12px;margin:20px 0}.post-navigation{display:flex;justify-content:space-between;font-size:13px}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}.mega-footer .wp-block-columns{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;background:#1d2b36;color:#ddd;padding:20px;font-size:12px}.copyright{text-align:center;font-size:11px}.floating-cta{position:fixed;right:12px;bottom:12px;background:#e67e22;color:#fff;padding:8px 14px;border-radius:20px;font-size:13px}
${CSS_PRINT(SIZE_CSS[c.pdfPage])}`;
  return { head: `<meta name="generator" content="WordPress 6.7.1">${c.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}<meta property="og:type" content="article">`, titleTag: `${h1} | ${r.org}`, css, body, modified: mod.iso };
}

function styleLegacy(r, k, c) {
  // old hospital / municipal-corporation table layout, left menu column, accessibility buttons
  const a = address(k);
  const pageNo = k.num(1000, 99999);
  const upd = fmt.wareki(r.date);
  const pop = newsItems(k, 4, fmt.kanji);
  const hosp = /病院|医療|クリニック|医院|診療|医科|歯科/.test(r.org);
  const outp = !hosp ? ['会社案内', '事業内容', '店舗・拠点一覧', '商品のご案内', '採用情報', 'よくあるご質問', 'お問い合わせ'] : ['内科', '外科', '整形外科', '小児科', '眼科', '皮膚科', 'リハビリテーション科'];
  const dateHtml = c.dateMode === 'ldonly' ? '' : c.dateMode === 'breadcrumb' ? '' : `<tr><td align="right" class="update"><font size="2">更新日：${c.dateMode === 'wareki' ? upd : fmt.kanji(r.date)}</font></td></tr>`;
  const crumbDate = c.dateMode === 'breadcrumb' ? `（${fmt.kanji(r.date)}掲載）` : '';
  const body = `<table width="100%" border="0" cellspacing="0" cellpadding="0" class="header"><tr><td width="300"><a href="../index.html"><img src="../img/logo.gif" width="280" height="60" alt="${esc(r.org)}" border="0"></a></td>
<td align="right"><font size="2">文字サイズ <a href="#">標準</a> <a href="#">拡大</a>　背景色 <a href="#">白</a> <a href="#">黒</a> <a href="#">青</a></font><br><font size="2">代表電話 ${a.phone}</font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#336699" class="gnav"><tr>${(hosp ? ['ホーム', '外来のご案内', '入院のご案内', '診療科・部門', '病院について', '採用情報', 'アクセス'] : ['ホーム', '企業情報', '事業紹介', 'お知らせ', '採用情報', 'アクセス']).map((x) => `<td align="center"><a href="#"><font color="#ffffff" size="2">${x}</font></a></td>`).join('')}</tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td colspan="2" class="pankuzu"><font size="2"><a href="../index.html">トップページ</a> &gt; <a href="index.html">お知らせ</a> &gt; ${esc(r.title)}${crumbDate}</font></td></tr>
<tr><td width="200" valign="top" bgcolor="#eef3f8" class="leftmenu">
<table width="100%" cellpadding="3" cellspacing="0" border="0"><tr><td bgcolor="#336699"><font color="#ffffff" size="2"><b>${hosp ? '診療科のご案内' : 'メニュー'}</b></font></td></tr>${outp.map((x) => `<tr><td><font size="2">・<a href="#">${x}</a></font></td></tr>`).join('')}</table>
<table width="100%" cellpadding="3" cellspacing="0" border="0"><tr><td bgcolor="#336699"><font color="#ffffff" size="2"><b>${hosp ? '外来担当表' : '営業のご案内'}</b></font></td></tr><tr><td><font size="2">${hosp ? '受付時間' : '営業時間'} ${k.num(7, 8)}:30～${hosp ? '11:00' : '17:30'}<br>${hosp ? '休診日' : '定休日'} 土・日・祝日</font></td></tr></table>
<table width="100%" cellpadding="3" cellspacing="0" border="0"><tr><td bgcolor="#336699"><font color="#ffffff" size="2"><b>よく見られているページ</b></font></td></tr>${pop.map((n, i) => `<tr><td><font size="2">${i + 1}. <a href="#">${esc(n.title)}</a></font></td></tr>`).join('')}</table>
</td><td valign="top" class="contents" style="padding:10px">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="h1"><h1><font size="4">${esc(r.title)}</font></h1></td></tr>${dateHtml}
<tr><td align="right"><font size="2">ページ番号：${pageNo}</font></td></tr>
<tr><td class="honbun">${mdToHtml(r.body)}</td></tr>
<tr><td><hr><p><font size="2"><a href="#"><img src="../img/get_adobe_reader.gif" alt="Adobe Acrobat Readerのダウンロード" width="158" height="39" border="0"></a><br>PDFファイルをご覧いただくには、Adobe Acrobat Reader（無料）が必要です。</font></p></td></tr>
<tr><td bgcolor="#f0f0f0"><font size="2"><b>このページに関するお問い合わせ</b><br>${esc(r.org)}　総務課<br>${a.zip}　${a.addr}<br>電話：${a.phone}　ファックス：${a.fax}</font></td></tr>
<tr><td><font size="2"><b>このページの情報はお役に立ちましたか？</b><br><input type="radio" name="q1">役に立った <input type="radio" name="q1">ふつう <input type="radio" name="q1">役に立たなかった</font></td></tr>
</table></td></tr></table>
<table width="100%" bgcolor="#336699" cellpadding="8"><tr><td align="center"><font color="#ffffff" size="2">${esc(r.org)}　${a.zip} ${a.addr}　TEL ${a.phone}<br>${hosp ? `病床数 ${k.num(80, 650)}床　／　許可病床 一般${k.num(40, 400)}床` : `設立 ${k.num(1948, 2010)}年　／　資本金 ${k.num(10, 900)}百万円　／　従業員数 ${k.num(20, 1500)}名`}<br>Copyright (C) ${esc(r.org)} All Rights Reserved.</font></td></tr></table>`;
  const css = `body{margin:0;font-family:"MS PGothic","Noto Sans CJK JP",sans-serif}.honbun table{border-collapse:collapse}.honbun td,.honbun th{border:1px solid #666;padding:3px}${CSS_PRINT(SIZE_CSS[c.pdfPage])}`;
  return { head: c.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : '', titleTag: `${r.title}／${r.org}`, css, body, doctype: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">' };
}

function spanSplit(html) {
  // site-builder editors cut text into spans at punctuation where a style run changed
  return html.replace(/<p>([\s\S]*?)<\/p>/g, (m, inner) => `<p class="font_8 wixui-rich-text__text">${inner.split(/(?<=[、。])/).map((part) => `<span style="color:#333333;letter-spacing:0.05em" class="wixui-rich-text__text">${part}</span>`).join('')}</p>`);
}
function styleSoup(r, k, c) {
  const a = address(k);
  const news = newsItems(k, 4, fmt.slash);
  const ev = k.date(r.date.y, r.date.y + 1);
  const dateHtml = c.dateMode === 'ldonly' ? '' : `<div id="comp-date" class="comp txt" style="position:relative;width:300px;height:22px"><p class="font_9"><span style="font-size:13px"><span style="color:#888888">${fmt.dot(r.date)}</span></span></p></div>`;
  const body = `<div id="SITE_CONTAINER"><div id="masterPage"><header id="SITE_HEADER" style="position:${c.sticky ? 'fixed' : 'relative'};top:0;left:0;right:0;height:64px;background:#fff;z-index:50;border-bottom:1px solid #eee">
<div class="comp logo" style="position:absolute;left:20px;top:10px;width:260px;height:44px"><img alt="${esc(r.org)}" src="logo.png" style="width:260px;height:44px;object-fit:contain"></div>
<nav style="position:absolute;right:20px;top:20px"><span class="menu-item">HOME</span>　<span class="menu-item">ABOUT</span>　<span class="menu-item">SERVICE</span>　<span class="menu-item">NEWS</span>　<span class="menu-item">CONTACT</span></nav></header>
<main id="PAGES_CONTAINER" style="${c.sticky ? 'padding-top:70px' : ''}"><div class="strip" style="width:100%;min-height:80px;background:#f4f1ea"><div class="comp txt" style="width:640px;margin:0 auto;padding:20px 0"><h1 class="font_2"><span style="font-size:26px"><span style="font-weight:bold">${esc(r.title)}</span></span></h1></div></div>
<div class="strip" style="display:flex;gap:0;width:980px;margin:0 auto">
<div class="col" style="width:${c.sidebar ? '660px' : '980px'};padding:20px">${dateHtml}<div id="comp-body" class="comp txt rich">${spanSplit(mdToHtml(r.body))}</div>
<div class="comp" style="height:40px"></div><p><span style="font-size:12px">シェア　いいね！ ${k.num(5, 300)}</span></p></div>
${c.sidebar ? `<div class="col" style="width:280px;padding:20px;background:#faf8f4">` : `<div class="col" style="width:940px;padding:20px;background:#faf8f4">`}<h2 class="font_5"><span>NEWS</span></h2>${news.map((n) => `<div class="comp txt"><p class="font_9"><span style="font-size:12px">${n.date}</span><br><span>${esc(n.title)}</span></p></div>`).join('')}
<div class="comp box" style="margin-top:20px;padding:12px;border:2px solid #c9a96e"><p><span style="font-weight:bold">EVENT</span></p><p><span>オープンハウス見学会</span><br><span>開催日：${fmt.kanjiW(ev)}</span><br><span>定員${k.num(10, 60)}組（要予約）</span></p></div></div></div>
</main>
<footer id="SITE_FOOTER" style="background:#333;color:#ccc;padding:24px;font-size:12px"><div class="comp txt"><p><span>${esc(r.org)}</span><br><span>${a.zip}</span><br><span>${a.addr}</span><br><span>TEL：${a.phone}</span><br><br><span>営業時間 ${k.num(8, 10)}:00～${k.num(17, 19)}:00</span></p><p><span>©2025 by ${esc(r.org)}. Proudly created with Wix.com</span></p></div></footer>
${c.cookie ? `<div id="cookie-banner" style="position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;font-size:11px;padding:6px 20px">このサイトはCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。<button>OK</button></div>` : ''}</div></div>`;
  const css = `body{margin:0;font-family:"Noto Sans JP",sans-serif;font-size:14px;line-height:1.9;color:#333}#comp-body table{border-collapse:collapse}#comp-body td,#comp-body th{border:1px solid #aaa;padding:4px}${CSS_PRINT(SIZE_CSS[c.pdfPage])}`;
  return { head: `<meta name="generator" content="Wix.com Website Builder">${c.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}`, titleTag: `${r.title} | ${r.org}`, css, body };
}

function styleMt(r, k, c) {
  // Movable Type corporate news archive: year tabs, entry-asset, カテゴリ/タグ footer
  const a = address(k);
  const years = [r.date.y, r.date.y - 1, r.date.y - 2, r.date.y - 3];
  const list = newsItems(k, 6, fmt.slash);
  const d = c.dateMode === 'ldonly' ? '' : `<p class="entry-date">${c.dateMode === 'wareki' ? fmt.wareki(r.date) : fmt.kanjiW(r.date)}</p>`;
  const body = `<div id="container"><div id="header"><div id="header-inner"><p id="site-logo"><a href="/"><img src="/images/logo.png" alt="${esc(r.org)}"></a></p><ul id="utility"><li><a href="/en/">English</a></li><li><a href="/sitemap/">サイトマップ</a></li></ul>
<form id="search" action="/mt/mt-search.cgi"><input type="text" name="search" placeholder="サイト内検索"><input type="submit" value="検索"></form></div>
<ul id="global-nav"><li>企業情報</li><li>製品情報</li><li>ニュースリリース</li><li>IR情報</li><li>サステナビリティ</li></ul></div>
<div id="topicpath"><a href="/">HOME</a> &gt; <a href="/news/">ニュースリリース</a> &gt; <strong>${esc(r.title)}</strong></div>
<div id="content"><div id="alpha"><div class="entry-asset asset" id="entry-${k.num(200, 9999)}"><div class="asset-header"><h1 class="asset-name entry-title">${esc(r.title)}</h1>${d}</div>
<div class="asset-content entry-content"><div class="asset-body">${mdToHtml(r.body)}</div></div>
<div class="asset-footer"><p class="entry-categories">カテゴリ：<a href="/news/important/">重要なお知らせ</a></p><p class="entry-tags">タグ：<a href="#">お知らせ</a>, <a href="#">セキュリティ</a></p></div></div>
<p class="content-nav"><a href="#">« ${esc(list[0].title)}</a> | <a href="/news/">ニュースリリース一覧</a> | <a href="#">${esc(list[1].title)} »</a></p></div>
<div id="beta"><div class="widget-archive widget"><h3 class="widget-header">ニュースリリース</h3><ul class="year-tab">${years.map((y) => `<li><a href="/news/${y}/">${y}年</a></li>`).join('')}</ul>
<ul class="widget-list">${list.map((n) => `<li><span class="date">${n.date}</span><a href="#">${esc(n.title)}</a></li>`).join('')}</ul></div>
<div class="widget"><h3 class="widget-header">株価情報</h3><p class="stock">証券コード ${k.num(1300, 9990)}<br>株価 ${k.num(300, 9800).toLocaleString('ja-JP')}円（前日比 +${k.num(2, 90)}円）</p></div>
<div class="widget"><h3 class="widget-header">IRライブラリ</h3><ul><li><a href="#">決算短信</a></li><li><a href="#">有価証券報告書</a></li><li><a href="#">株主通信</a></li></ul></div></div></div>
<div id="footer"><p>${esc(r.org)}　本社　${a.zip} ${a.addr}　TEL ${a.phone}</p><p>資本金 ${k.num(100, 9800).toLocaleString('ja-JP')}百万円 ／ 従業員数（連結） ${k.num(120, 12000).toLocaleString('ja-JP')}名</p><address>Copyright &copy; ${esc(r.org)} All rights reserved.</address></div></div>`;
  const css = `body{margin:0;font-family:sans-serif;font-size:14px;line-height:1.7}#header{border-bottom:3px solid #004b8d;padding:8px 16px}#global-nav{display:flex;gap:20px;list-style:none;padding:0}#content{display:${c.sidebar ? 'flex' : 'block'};gap:20px;padding:0 16px}#alpha{flex:1}#beta{${c.sidebar ? 'width:220px' : ''};font-size:12px}.year-tab{display:flex;gap:6px;list-style:none;padding:0}.asset-body table{border-collapse:collapse}.asset-body td,.asset-body th{border:1px solid #888;padding:3px}#footer{background:#eee;padding:12px;font-size:12px}
@media print{#search,#utility{display:none}} ${CSS_PRINT(SIZE_CSS[c.pdfPage])}`;
  return { head: `<meta name="generator" content="Movable Type Pro 7.9">${c.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}`, titleTag: `${r.title} - ニュースリリース - ${r.org}`, css, body };
}

function hashCls(base) { return `${base}_${Math.floor(rnd() * 36 ** 5).toString(36).padStart(5, '0')}`; }
function styleNext(r, k, c) {
  // Next.js App Router page, CSS modules (hashed class names), self.__next_f payload
  const a = address(k);
  const news = newsItems(k, 5, fmt.dot);
  const cl = Object.fromEntries(['header', 'logo', 'nav', 'search', 'article', 'date', 'title', 'body', 'aside', 'card', 'footer', 'stock', 'wrap'].map((n) => [n, `${n.charAt(0).toUpperCase() + n.slice(1)}_${n}__${hashCls('x').slice(2)}`]));
  const dateHtml = c.dateMode === 'ldonly' ? '' : `<time class="${cl.date}" dateTime="${r.date.iso}">${c.dateMode === 'dots' ? fmt.dot(r.date) : fmt.kanji(r.date)}</time>`;
  const price = k.num(400, 8800);
  const body = `<div class="${cl.wrap}"><header class="${cl.header}"><a class="${cl.logo}" href="/"><img alt="${esc(r.org)}" src="/_next/static/media/logo.4f3c2a.svg" width="200" height="40"></a>
<nav class="${cl.nav}"><a href="/about">企業情報</a><a href="/business">事業紹介</a><a href="/news">ニュース</a><a href="/ir">株主・投資家情報</a><a href="/contact">お問い合わせ</a></nav><form class="${cl.search}"><input type="search" placeholder="キーワードで検索"></form>
<div class="${cl.stock}">株価 ${price.toLocaleString('ja-JP')}円 <span>+${k.num(1, 60)}</span></div></header>
<main class="${cl.article}"><nav aria-label="breadcrumb"><ol><li><a href="/">トップ</a></li><li><a href="/news">ニュース</a></li><li>${esc(r.title)}</li></ol></nav>
<article>${dateHtml}<h1 class="${cl.title}">${esc(r.title)}</h1><div class="${cl.body}">${mdToHtml(r.body)}</div></article>
<aside class="${cl.aside}"><h2>最新ニュース</h2>${news.map((n) => `<a class="${cl.card}" href="#"><time>${n.date}</time><p>${esc(n.title)}</p></a>`).join('')}</aside></main>
<footer class="${cl.footer}"><p>${esc(r.org)}</p><p>${a.zip} ${a.addr}</p><p>設立 ${k.num(1950, 2018)}年 ／ 従業員数 ${k.num(40, 3000).toLocaleString('ja-JP')}名</p><p>© ${esc(r.org)}</p></footer></div>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/${hashCls('a').slice(2)}.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"3:[\\"$\\",\\"div\\",null,{\\"children\\":[\\"$\\",\\"ul\\",null,{\\"items\\":${JSON.stringify(news.map((n) => ({ date: n.iso, title: n.title, views: k.num(100, 99999) }))).replace(/"/g, '\\\\\\"')}}]}]\\n"])</script>`;
  const css = `body{margin:0;font-family:"Noto Sans JP",sans-serif;font-size:15px;line-height:1.8}.${cl.header}{display:flex;align-items:center;gap:20px;padding:12px 24px;border-bottom:1px solid #ddd;${c.sticky ? 'position:fixed;top:0;left:0;right:0;background:#fff;z-index:9' : ''}}.${cl.nav}{display:flex;gap:14px;font-size:13px}.${cl.stock}{font-size:12px;color:#0a7}
.${cl.article}{display:grid;grid-template-columns:${c.sidebar ? '1fr 250px' : '1fr'};gap:24px;padding:${c.sticky ? '80px' : '16px'} 24px 16px}.${cl.aside}{font-size:13px}.${cl.card}{display:block;border:1px solid #eee;padding:8px;margin-bottom:8px;color:#333;text-decoration:none}.${cl.body} table{border-collapse:collapse}.${cl.body} td,.${cl.body} th{border:1px solid #999;padding:4px}.${cl.footer}{background:#111;color:#aaa;padding:20px 24px;font-size:12px}nav ol{display:flex;gap:8px;list-style:none;padding:0;font-size:12px}
${CSS_PRINT(SIZE_CSS[c.pdfPage])}`;
  return { head: `<meta name="next-size-adjust" content="">${c.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}`, titleTag: `${r.title}｜${r.org}`, css, body };
}

function styleBs(r, k, c) {
  const a = address(k);
  const news = newsItems(k, 4, fmt.dot);
  const sem = k.date(r.date.y, r.date.y + 1);
  const dateHtml = c.dateMode === 'ldonly' ? '' : c.dateMode === 'title' ? '' : `<p class="text-muted small mb-3"><i class="bi bi-calendar"></i> 掲載日：${fmt.kanji(r.date)}</p>`;
  const h1 = c.dateMode === 'title' ? `【${fmt.slash(r.date)}】${r.title}` : r.title;
  const body = `<nav class="navbar navbar-expand-lg bg-white border-bottom ${c.sticky ? 'fixed-top' : 'sticky-top'}"><div class="container"><a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="${esc(r.org)}" height="36"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="offcanvas" data-bs-target="#offcanvasNav"><span class="navbar-toggler-icon"></span></button>
<div class="offcanvas offcanvas-end" id="offcanvasNav"><div class="offcanvas-header"><h5 class="offcanvas-title">メニュー</h5></div><div class="offcanvas-body"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/about/">私たちについて</a></li><li class="nav-item"><a class="nav-link" href="/products/">製品・サービス</a></li><li class="nav-item"><a class="nav-link active" href="/news/">お知らせ</a></li><li class="nav-item"><a class="nav-link" href="/faq/">よくある質問</a></li></ul></div></div></div></nav>
<div class="bg-light border-bottom ${c.sticky ? 'mt-5 pt-3' : ''}"><div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb mb-0 py-2"><li class="breadcrumb-item"><a href="/">ホーム</a></li><li class="breadcrumb-item"><a href="/news/">お知らせ</a></li><li class="breadcrumb-item active">${esc(h1)}</li></ol></nav></div></div>
<div class="container py-4"><div class="row"><div class="${c.sidebar ? 'col-8' : 'col-12'}"><article><span class="badge text-bg-danger mb-2">重要</span><h1 class="h3 fw-bold">${esc(h1)}</h1>${dateHtml}<div class="news-body">${mdToHtml(r.body, { tableClass: 'table table-bordered' })}</div></article>
<div class="accordion my-4" id="faq"><div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button">会員登録の方法を教えてください</button></h2><div class="accordion-collapse collapse show"><div class="accordion-body">マイページから${k.num(3, 9)}ステップで登録できます。</div></div></div></div></div>
<div class="${c.sidebar ? 'col-4' : 'col-12'}"><div class="card mb-3"><div class="card-header">新着情報</div><ul class="list-group list-group-flush">${news.map((n) => `<li class="list-group-item small"><span class="text-muted">${n.date}</span><br>${esc(n.title)}</li>`).join('')}</ul></div>
<div class="card mb-3"><div class="card-body"><h5 class="card-title">オンライン説明会</h5><p class="card-text small">開催日：${fmt.kanjiW(sem)}<br>定員：${k.num(15, 200)}名<br>参加費無料</p></div></div>
<div class="card text-bg-warning"><div class="card-body small">ご利用者数 ${k.num(11000, 990000).toLocaleString('ja-JP')}人突破！</div></div></div></div></div>
<footer class="bg-dark text-light py-4 small"><div class="container"><div class="row row-cols-4"><div class="col"><p class="fw-bold">${esc(r.org)}</p><p>${a.zip}<br>${a.addr}<br>TEL ${a.phone}</p></div><div class="col"><p class="fw-bold">会社情報</p><ul class="list-unstyled"><li>会社概要</li><li>沿革</li><li>アクセス</li></ul><p>会員数 ${k.num(2000, 80000).toLocaleString('ja-JP')}名</p></div><div class="col"><p class="fw-bold">サービス</p><ul class="list-unstyled"><li>料金プラン</li><li>導入事例</li></ul></div><div class="col"><p class="fw-bold">サポート</p><ul class="list-unstyled"><li>よくある質問</li><li>お問い合わせ</li><li>プライバシーポリシー</li></ul></div></div><p class="text-center mt-3 mb-0">&copy; ${esc(r.org)}</p></div></footer>
${c.cookie ? `<div class="toast show position-fixed bottom-0 end-0 m-3" role="alert"><div class="toast-body">当サイトではCookieを利用しています。<button class="btn btn-sm btn-primary">同意する</button></div></div>` : ''}`;
  const css = `body{margin:0;font-family:system-ui,"Noto Sans JP",sans-serif;font-size:15px;line-height:1.7}.container{max-width:1100px;margin:0 auto;padding:0 16px}.row{display:flex;flex-wrap:wrap;gap:0}.col-8{width:66%;padding-right:16px;box-sizing:border-box}.col-4{width:34%}.col-12{width:100%}.row-cols-4>.col{width:25%}.navbar{display:flex;padding:8px 0;background:#fff}.fixed-top{position:fixed;top:0;left:0;right:0;z-index:10}.offcanvas{display:inline-block}.navbar-nav{display:flex;gap:14px;list-style:none}.offcanvas-header{display:none}.breadcrumb{display:flex;gap:8px;list-style:none;font-size:12px}
.card{border:1px solid #ddd;border-radius:6px;margin-bottom:12px}.card-header{background:#f5f5f5;padding:6px 10px}.list-group{list-style:none;padding:0;margin:0}.list-group-item{padding:6px 10px;border-top:1px solid #eee}.bg-dark{background:#212529;color:#eee}.table{border-collapse:collapse}.table td,.table th{border:1px solid #999;padding:4px}.toast{position:fixed;bottom:0;right:0;background:#fff;border:1px solid #ccc;padding:8px;font-size:12px}
${CSS_PRINT(SIZE_CSS[c.pdfPage])}`;
  return { head: `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css">${c.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}`, titleTag: `${h1} | ${r.org}`, css, body };
}

// ---------- documents ----------
function docHtml(r, k, c) {
  const a = address(k);
  const dstr = c.docWareki ? fmt.wareki(r.date) : fmt.kanji(r.date);
  const addressee = pick(['お客様各位', '関係者各位', 'お取引先各位']);
  const chief = pick(['代表取締役社長', '代表取締役', '理事長', '院長']);
  const name = pick(['山田 太郎', '佐藤 健一', '鈴木 一郎', '高橋 誠', '田中 裕子']);
  let n = 0;
  // Word letters set label lines as a two-column ruled table, the label column narrow so long cells wrap
  const body = mdToHtml(r.body).replace(/<h2>/g, () => `<h2>${++n}．`)
    .replace(/<dl>([\s\S]*?)<\/dl>/g, (m, inner) => `<table class="kv"><colgroup><col style="width:22%"><col></colgroup>${inner.replace(/<dt>([\s\S]*?)<\/dt><dd>([\s\S]*?)<\/dd>/g, '<tr><th>$1</th><td>$2</td></tr>')}</table>`);
  const letterhead = c.letterhead ? `<div class="lh"><span class="lhname">${esc(r.org)}</span><span class="lhaddr">${a.zip} ${a.addr}　TEL ${a.phone}</span></div>` : '';
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(r.title)}</title><style>
@page{size:A4;margin:22mm 20mm 20mm 20mm;@bottom-center{content:"- " counter(page) " -";font-size:9pt}}
body{font-family:"Noto Serif CJK JP","Noto Serif JP",serif;font-size:10.5pt;line-height:1.75;margin:0}
.lh{display:flex;justify-content:space-between;border-bottom:2px solid #234;padding-bottom:4px;margin-bottom:10px}.lhname{font-size:13pt;font-weight:bold;color:#234}.lhaddr{font-size:8pt;align-self:flex-end}
.right{text-align:right}.title{text-align:center;font-size:14pt;font-weight:bold;margin:18px 0}.ki{text-align:center;margin:12px 0}
h2{font-size:11pt;margin:12px 0 4px}h3{font-size:10.5pt;margin:8px 0 2px}table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border:1px solid #000;padding:3px 5px;vertical-align:top;word-break:break-all}th{background:#eee}
.ijo{text-align:right;margin-top:18px}p{margin:4px 0;text-indent:1em}
</style></head><body>${letterhead}<p class="right">${dstr}</p><p style="text-indent:0">${addressee}</p><p class="right">${esc(r.org)}<br>${chief}　${name}</p>
<p class="title">${esc(r.title)}</p>${c.ki ? '<p class="ki">記</p>' : ''}${body}<p class="ijo">以上</p>
<p style="text-indent:0;margin-top:20px">【本件に関するお問い合わせ先】</p><table class="contact"><colgroup><col style="width:18%"><col style="width:22%"><col style="width:16%"><col></colgroup><thead><tr><th>窓口</th><th>電話番号</th><th>受付時間</th><th>備考</th></tr></thead><tbody><tr><td>${esc(r.org)}　お客様相談窓口</td><td>${a.phone}（通話料無料）</td><td>平日${k.num(9, 10)}:00～${k.num(16, 18)}:00（土日祝日を除く）</td><td>お問い合わせの際は、本書面をお手元にご用意のうえ、お名前とご連絡先をお伝えください。</td></tr></tbody></table></body></html>`;
}

// ---------- encoding ----------
function encode(html, enc) {
  if (enc === 'utf-8') return Buffer.from(html, 'utf8');
  const codec = enc === 'shift_jis' ? 'CP932' : 'EUC-JP-MS';
  const chars = [...new Set([...html])].filter((ch) => ch.codePointAt(0) > 0x7f);
  const probe = chars.join('\n');
  const there = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', codec], { input: probe });
  const back = execFileSync('iconv', ['-f', codec, '-t', 'UTF-8'], { input: there }).toString('utf8').split('\n');
  const ok = new Set(chars.filter((ch, i) => back[i] === ch));
  const safe = [...html].map((ch) => (ch.codePointAt(0) > 0x7f && !ok.has(ch) ? `&#${ch.codePointAt(0)};` : ch)).join('');
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', codec], { input: safe, maxBuffer: 1 << 26 });
}

// ---------- plan ----------
const STYLES = [...Array(7).fill('wpfse'), ...Array(7).fill('legacy'), ...Array(7).fill('soup'), ...Array(7).fill('mt'), ...Array(6).fill('next'), ...Array(6).fill('bootstrap')];
const styleOrder = shuffle(STYLES);
const RENDER = { wpfse: styleWp, legacy: styleLegacy, soup: styleSoup, mt: styleMt, next: styleNext, bootstrap: styleBs };
const PAGES = ['A4', 'B5', 'Letter', 'A4-landscape'];
const DATE_MODES = {
  wpfse: ['line', 'line', 'title', 'ldonly', 'line', 'line', 'line'],
  legacy: ['line', 'wareki', 'breadcrumb', 'line', 'wareki', 'line', 'breadcrumb'],
  soup: ['line', 'line', 'ldonly', 'line', 'line', 'line', 'line'],
  mt: ['line', 'wareki', 'line', 'ldonly', 'line', 'line', 'line'],
  next: ['line', 'dots', 'ldonly', 'line', 'dots', 'line'],
  bootstrap: ['line', 'title', 'line', 'line', 'ldonly', 'line'],
};
const LEGACY_ENC = { legacy: ['shift_jis', 'shift_jis', 'shift_jis', 'shift_jis', 'euc-jp', 'euc-jp', 'euc-jp'], mt: ['shift_jis', 'euc-jp', 'shift_jis', 'euc-jp', 'shift_jis', 'utf-8', 'utf-8'] };
const docIds = new Set(shuffle(chosen.map((_, i) => i)).slice(0, 10));

for (const d of ['sources', 'html', 'pdf', 'doc']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
fs.rmSync(DOC_BUILD, { recursive: true, force: true });
fs.mkdirSync(DOC_BUILD, { recursive: true });
const seen = {};
const manifest = []; const origin = []; const printJobs = [];
chosen.forEach((rel, i) => {
  const id = `h${pad(i + 1)}`;
  const style = styleOrder[i];
  const nth = (seen[style] = (seen[style] ?? -1) + 1);
  const r = parseRelease(rel);
  const enc = LEGACY_ENC[style]?.[nth] ?? 'utf-8';
  const dateMode = DATE_MODES[style][nth];
  const pdfPage = PAGES[(i + nth) % PAGES.length];
  const c = { dateMode, pdfPage, og: rnd() < 0.6, sidebar: rnd() < 0.6, sticky: rnd() < 0.4, cookie: rnd() < 0.5 };
  const needLd = dateMode === 'ldonly' || rnd() < 0.4;
  const k = decoyKit(r.raw, r.date.iso);
  const page = RENDER[style](r, k, c);
  const ld = needLd ? jsonLd(r, { modified: page.modified }) : '';
  const metaCharset = enc === 'utf-8' ? '<meta charset="utf-8">' : style === 'legacy' ? `<meta http-equiv="Content-Type" content="text/html; charset=${enc === 'shift_jis' ? 'Shift_JIS' : 'EUC-JP'}">` : `<meta charset="${enc === 'shift_jis' ? 'Shift_JIS' : 'EUC-JP'}">`;
  const html = `${page.doctype || '<!DOCTYPE html>'}
<html lang="ja"><head>${metaCharset}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.titleTag)}</title>${page.head}${ld}
<style>${page.css}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-${hashCls('q').slice(2).toUpperCase()}');var pv=${k.num(1000, 900000)};</script>
</head><body class="${style}">
${page.body}
</body></html>
`;
  const htmlRel = `html/${style}-${id}.html`, pdfRel = `pdf/${style}-${id}.pdf`;
  fs.writeFileSync(path.join(OUT, htmlRel), encode(html, enc));
  fs.writeFileSync(path.join(OUT, `sources/${id}.md`), r.keep.trimEnd() + '\n');
  origin.push(`${id}\t${rel}`);
  printJobs.push({ in: path.join(OUT, htmlRel), out: path.join(OUT, pdfRel) });
  let doc = null;
  if (docIds.has(i)) {
    const dk = decoyKit(r.raw, r.date.iso);
    const dh = docHtml(r, dk, { docWareki: rnd() < 0.5, letterhead: rnd() < 0.5, ki: rnd() < 0.6 });
    const tmp = path.join(DOC_BUILD, `${id}.html`);
    fs.writeFileSync(tmp, dh);
    doc = `doc/${id}.pdf`;
    printJobs.push({ in: tmp, out: path.join(OUT, doc) });
    dk.values.forEach((v) => k.values.add(v)); dk.other.forEach((v) => k.other.push(v));
  }
  manifest.push({
    id, archive: rel, source: `sources/${id}.md`, html: htmlRel, style, encoding: enc, pdf: pdfRel, pdfPage, doc,
    org: r.org, title: r.title, publishedAt: r.date.iso,
    metadata: { ogSiteName: c.og, jsonLd: needLd }, dateMode,
    decoyValues: [...k.values].sort((a, b) => a - b), decoyDates: [...k.dates].sort(), decoyOther: k.other,
  });
});
fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
fs.writeFileSync(path.join(OUT, 'ORIGIN.txt'), origin.join('\n') + '\n');
fs.writeFileSync(path.join(DOC_BUILD, 'jobs.json'), JSON.stringify(printJobs, null, 1));
console.log(`pages-h: ${manifest.length} pages, ${manifest.filter((m) => m.doc).length} documents; print jobs in ${DOC_BUILD}/jobs.json`);
