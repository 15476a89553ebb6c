// Generates fixtures/pages-d: a fourth blind set of news pages (six site stacks, three encodings) built from
// 40 archive releases, plus the Word-style document HTML that scripts/print-pages-d.sh prints to PDF.
// Deterministic: one seeded PRNG drives every choice. Usage: node scripts/make-pages-d.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './seededRandom.mjs';

const SEED = 913370421;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const archive = join(root, '..', 'shared', 'archive');
const out = join(root, 'fixtures', 'pages-d');
const rnd = mulberry32(SEED);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const shuffle = (a) => { const b = [...a]; for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; };
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n) => String(n).padStart(2, '0');

// ---------- pick releases ----------
const used = new Set();
for (const set of ['pages-b', 'pages-c']) {
  const p = join(root, 'fixtures', set, 'ORIGIN.txt');
  if (existsSync(p)) for (const line of readFileSync(p, 'utf8').split('\n')) { const f = line.split('\t')[1]; if (f) used.add(f.trim()); }
}
const all = [];
for (const y of readdirSync(archive).filter((d) => /^\d{4}$/.test(d)).sort())
  for (const m of readdirSync(join(archive, y)).sort())
    for (const f of readdirSync(join(archive, y, m)).filter((f) => f.endsWith('.md')).sort()) all.push(`${y}/${m}/${f}`);

function sections(md) {
  const secs = {}; let cur = null;
  for (const line of md.split('\n')) {
    const h = /^# (.+)$/.exec(line);
    if (h) { cur = h[1].trim(); secs[cur] = []; continue; }
    if (cur) secs[cur].push(line);
  }
  return secs;
}
const candidates = [];
for (const rel of all) {
  if (used.has(rel)) continue;
  const md = readFileSync(join(archive, rel), 'utf8');
  const s = sections(md);
  if (!s['本文'] || !s['公表概要']) continue;
  const body = s['本文'].join('\n').trim();
  if (body.length < 400) continue;
  const meta = s['公表概要'].filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
  const d = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(meta[1] || '');
  if (!d || !meta[0] || !meta[2]) continue;
  candidates.push({ rel, md, title: meta[0], date: { y: +d[1], m: +d[2], d: +d[3] }, org: meta[2], body });
}
const chosen = shuffle(candidates).slice(0, 40);

// ---------- helpers ----------
const toHalf = (s) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/，/g, ',');
function releaseNumbers(text) {
  const set = new Set();
  for (const m of toHalf(text).matchAll(/\d[\d,]*/g)) set.add(Number(m[0].replace(/,/g, '')));
  return set;
}
const iso = (dt) => `${dt.y}-${pad(dt.m)}-${pad(dt.d)}`;
function addDays(dt, n) { const t = new Date(Date.UTC(dt.y, dt.m - 1, dt.d + n)); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; }
const wareki = (dt) => `令和${dt.y - 2018 === 1 ? '元' : dt.y - 2018}年${dt.m}月${dt.d}日`;
const jp = (dt) => `${dt.y}年${dt.m}月${dt.d}日`;

function md2html(body) {
  const lines = body.split('\n');
  const outH = []; let i = 0;
  const inline = (s) => esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/(^|[^"=>])(https?:\/\/[\x21-\x7e]+)/g, (m, a, u) => `${a}<a href="${u}">${u}</a>`);
  const labelRe = /^([^：:\s]{2,12})[：:]\s*(\S.*)$/;
  while (i < lines.length) {
    const l = lines[i];
    if (!l.trim()) { i++; continue; }
    let h;
    if ((h = /^(#{2,6})\s+(.*)$/.exec(l))) { const lv = Math.min(h[1].length + 1, 6); outH.push(`<h${lv}>${inline(h[2])}</h${lv}>`); i++; continue; }
    if (/^\s*\|/.test(l)) {
      const rows = []; while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      const cells = rows.filter((r) => !/^\s*\|[\s|:-]+\|\s*$/.test(r)).map((r) => r.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
      const [head, ...rest] = cells;
      outH.push(`<table class="tbl"><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${rest.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
      continue;
    }
    if (/^\s*[-*・]\s+/.test(l)) {
      const items = []; while (i < lines.length && /^\s*[-*・]\s+/.test(lines[i])) items.push(lines[i++].replace(/^\s*[-*・]\s+/, ''));
      outH.push(`<ul>${items.map((t) => `<li>${inline(t)}</li>`).join('')}</ul>`); continue;
    }
    if (/^\s*\d+[.)]\s+/.test(l)) {
      const items = []; while (i < lines.length && /^\s*\d+[.)]\s+/.test(lines[i])) items.push(lines[i++].replace(/^\s*\d+[.)]\s+/, ''));
      outH.push(`<ol>${items.map((t) => `<li>${inline(t)}</li>`).join('')}</ol>`); continue;
    }
    if (labelRe.test(l) && i + 1 < lines.length && labelRe.test(lines[i + 1])) {
      const items = []; while (i < lines.length && labelRe.test(lines[i])) { const m = labelRe.exec(lines[i++]); items.push(`<dt>${inline(m[1])}</dt><dd>${inline(m[2])}</dd>`); }
      outH.push(`<dl class="info">${items.join('')}</dl>`); continue;
    }
    const para = []; while (i < lines.length && lines[i].trim() && !/^(#{2,6}\s|\s*\||\s*[-*・]\s+|\s*\d+[.)]\s+)/.test(lines[i])) para.push(lines[i++]);
    if (!para.length) { outH.push(`<p>${inline(l)}</p>`); i++; continue; }
    outH.push(`<p>${para.map(inline).join('<br>\n')}</p>`);
  }
  return outH.join('\n');
}

// ---------- decoys ----------
function decoyKit(rel) {
  const nums = releaseNumbers(rel.md);
  const values = []; const dates = []; const other = [];
  const num = (lo, hi) => { for (;;) { const n = int(lo, hi); if (!nums.has(n) && !values.includes(n)) { values.push(n); return n; } } };
  const relText = toHalf(rel.md).replace(/\s+/g, '');
  const dateNear = (lo, hi) => {
    for (;;) {
      const dt = addDays(rel.date, int(lo, hi));
      if (iso(dt) === iso(rel.date) || relText.includes(`${dt.m}月${dt.d}日`) || relText.includes(`${dt.m}/${dt.d}`) || dates.includes(iso(dt))) continue;
      dates.push(iso(dt)); return dt;
    }
  };
  const c = (n) => n.toLocaleString('en-US');
  return { values, dates, other, num, dateNear, c };
}
const newsTitles = ['{n}周年記念キャンペーンを実施します', '新サービス「スマート{k}」提供開始のお知らせ', '{k}セミナー（定員{n}名）開催のご案内', '会員数{n}名突破のお知らせ', '年末年始の営業について', '{k}アプリをリニューアルしました', '累計導入{n}社を達成しました', '夏季休業期間のお知らせ', 'ISMS認証を取得しました', '{k}に新拠点を開設しました', '採用情報を更新しました', 'サステナビリティレポートを公開しました'];
const kw = ['クラウド', 'DX', '物流', '健康', 'セキュリティ', '地域', 'エネルギー', '教育'];
function newsItem(k) {
  const t = pick(newsTitles);
  const title = t.replace('{k}', pick(kw)).replace('{n}', () => c1(k, t.includes('周年') ? k.num(11, 80) : k.num(120, 98000)));
  return { title, dt: k.dateNear(-160, -3) };
}
const c1 = (k, n) => k.c(n);
const fmt = {
  dot: (dt) => `${dt.y}.${pad(dt.m)}.${pad(dt.d)}`,
  slash: (dt) => `${dt.y}/${dt.m}/${dt.d}`,
  jp, wareki,
};
function chrome(k, org, style) {
  const recent = Array.from({ length: int(4, 6) }, () => newsItem(k));
  const archMonths = Array.from({ length: 6 }, (_, i) => { const t = new Date(Date.UTC(k.y, k.m - 1 - i, 1)); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, n: k.num(2, 40) }; });
  const cats = ['お知らせ', 'プレスリリース', 'IR情報', 'イベント', 'メディア掲載'].map((name) => ({ name, n: k.num(5, 400) }));
  const tags = ['セキュリティ', 'DX', '採用', 'CSR', '新製品', '地域貢献', 'キャンペーン'].map((name) => ({ name, n: k.num(2, 250) }));
  const related = Array.from({ length: 3 }, () => newsItem(k));
  const prev = newsItem(k); const next = { title: pick(newsTitles).replace('{k}', pick(kw)).replace('{n}', () => k.c(k.num(150, 9000))), dt: k.dateNear(2, 40) };
  const event = { title: `${pick(kw)}活用セミナー${k.y}`, cap: k.num(30, 300), dt: k.dateNear(15, 90), time: `${int(10, 15)}:00〜${int(16, 18)}:30` };
  const campaign = { n: k.num(2, 99) * 10000, label: pick(['累計導入', '累計ダウンロード', '会員登録', '累計出荷']) };
  const founded = { y: int(1950, 2005), m: int(1, 12), d: int(1, 28) }; k.dates.push(iso(founded));
  const corp = { capital: k.num(10, 980), employees: k.num(60, 9800), bases: k.num(3, 60), members: k.num(1200, 480000), founded };
  const tel = `0${int(3, 99)}-${int(100, 999)}-${String(int(0, 9999)).padStart(4, '0')}`; k.other.push(tel);
  const zip = `〒${int(100, 999)}-${String(int(0, 9999)).padStart(4, '0')}`; k.other.push(zip);
  const comments = k.num(2, 60); const shares = k.num(61, 2400); const views = k.num(2500, 90000);
  const modified = k.dateNear(1, 30);
  return { recent, archMonths, cats, tags, related, prev, next, event, campaign, corp, tel, zip, comments, shares, views, modified, org, style };
}
const addr = () => pick(['東京都千代田区丸の内', '大阪府大阪市北区梅田', '愛知県名古屋市中村区名駅', '福岡県福岡市博多区博多駅前', '宮城県仙台市青葉区中央']) + `${int(1, 4)}-${int(1, 20)}-${int(1, 30)}`;

// ---------- styles ----------
function wpcorp(r, ch, d, opts) {
  const dt = d.date; const enc = opts.charset;
  const mega = ['企業情報', '事業紹介', 'サステナビリティ', 'IR情報', '採用情報'].map((m, i) => `<li class="menu-item menu-item-has-children menu-item-${1200 + i}"><a href="/${['company', 'business', 'sustainability', 'ir', 'recruit'][i]}/">${m}</a><div class="mega-menu"><div class="mega-col"><ul class="sub-menu">${['概要', 'メッセージ', '沿革', '拠点一覧'].map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul></div><div class="mega-col mega-feature"><p>${ch.campaign.label}${ch.campaign.n / 10000}万件突破</p></div></div></li>`).join('');
  const side = `<aside id="secondary" class="widget-area sidebar"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">最近の投稿</h2><ul>${ch.recent.map((n) => `<li><a href="#">${esc(n.title)}</a><span class="post-date">${fmt.dot(n.dt)}</span></li>`).join('')}</ul></section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">アーカイブ</h2><ul>${ch.archMonths.map((a) => `<li><a href="/${a.y}/${pad(a.m)}/">${a.y}年${a.m}月</a>&nbsp;(${a.n})</li>`).join('')}</ul></section><section id="categories-2" class="widget widget_categories"><h2 class="widget-title">カテゴリー</h2><ul>${ch.cats.map((c) => `<li class="cat-item"><a href="#">${c.name}</a> (${c.n})</li>`).join('')}</ul></section><section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">タグ</h2><div class="tagcloud">${ch.tags.map((t) => `<a href="#" class="tag-cloud-link" style="font-size:${int(8, 22)}pt" aria-label="${t.name} (${t.n}個の項目)">${t.name}<span class="tag-link-count"> (${t.n})</span></a>`).join(' ')}</div></section><section class="widget widget_block"><div class="wp-block-group event-box"><h3 class="wp-block-heading">${esc(ch.event.title)}</h3><p>開催日：${jp(ch.event.dt)} ${ch.event.time}<br>定員${ch.event.cap}名（先着順）</p></div></section></aside>`;
  return `<!DOCTYPE html>
<html lang="ja" class="no-js">
<head>
<meta charset="${enc}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.title)} | ${esc(r.org)}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1" media="all">
<link rel="stylesheet" id="corporate-pro-style-css" href="/wp-content/themes/corporate-pro/style.css?ver=3.2.0" media="all">
${opts.og ? `<meta property="og:site_name" content="${esc(r.org)}">\n<meta property="og:type" content="article">\n<meta property="og:title" content="${esc(r.title)}">` : ''}
<meta property="article:published_time" content="${iso(dt)}T09:00:00+09:00">
<meta property="article:modified_time" content="${iso(ch.modified)}T17:12:40+09:00">
${opts.jsonld ? `<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: r.title, datePublished: `${iso(dt)}T09:00:00+09:00`, dateModified: `${iso(ch.modified)}T17:12:40+09:00`, publisher: { '@type': 'Organization', name: r.org, logo: { '@type': 'ImageObject', url: '/wp-content/uploads/logo.png', width: 240, height: 60 } } }] })}</script>` : ''}
<style>body{font-family:"Noto Sans CJK JP",sans-serif;margin:0;color:#222}.site-header{position:sticky;top:0;background:#fff;border-bottom:3px solid #0a4d8c;padding:8px 24px;display:flex;justify-content:space-between}.main-navigation ul{list-style:none;display:flex;gap:18px;margin:0;padding:0}.mega-menu{display:none}.mega-col p{font-size:12px}.site-content{display:flex;gap:32px;max-width:1080px;margin:0 auto;padding:24px}.content-area{flex:1}.sidebar{width:280px;font-size:13px}.entry-content table{border-collapse:collapse}.entry-content td,.entry-content th{border:1px solid #999;padding:4px 8px}.cookie-notice{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:10px;font-size:12px}@media print{.cookie-notice{position:static}}</style>
</head>
<body class="post-template-default single single-post postid-${int(1000, 9999)} single-format-standard wp-custom-logo">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">コンテンツへスキップ</a>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/logo.png" class="custom-logo" alt="${esc(r.org)}" width="240" height="60"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu nav-menu">${mega}<li class="menu-item menu-contact"><a href="/contact/">お問い合わせ</a></li></ul></nav></header>
<div class="campaign-bar">${ch.campaign.label}${k10(ch.campaign.n)}件突破！感謝キャンペーン実施中</div>
<nav class="breadcrumbs" aria-label="パンくず"><span><a href="/">ホーム</a></span> &gt; <span><a href="/news/">ニュース</a></span> &gt; <span class="breadcrumb_last">${esc(r.title)}</span></nav>
<div id="content" class="site-content">
<main id="primary" class="site-main content-area">
<article id="post-${int(1000, 9999)}" class="post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><div class="entry-meta"><span class="posted-on">投稿日：<a href="#" rel="bookmark"><time class="entry-date published" datetime="${iso(dt)}T09:00:00+09:00">${fmt.dot(dt)}</time></a></span> <span class="updated-on">更新日：<time class="updated" datetime="${iso(ch.modified)}T17:12:40+09:00">${fmt.dot(ch.modified)}</time></span> <span class="cat-links"><a href="#" rel="category tag">お知らせ</a></span></div>
<h1 class="entry-title">${esc(r.title)}</h1></header>
<div class="entry-content">
${d.bodyHtml}
</div>
<footer class="entry-footer"><span class="comments-link"><a href="#respond">コメント (${ch.comments})</a></span> <div class="sharedaddy sd-sharing-enabled"><span class="share-count">シェア ${ch.shares}</span></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="投稿"><h2 class="screen-reader-text">投稿ナビゲーション</h2><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">前の投稿</span> <span class="post-title">${esc(ch.prev.title)}</span> <span class="nav-date">${fmt.dot(ch.prev.dt)}</span></a></div><div class="nav-next"><a href="#" rel="next"><span class="meta-nav">次の投稿</span> <span class="post-title">${esc(ch.next.title)}</span> <span class="nav-date">${fmt.dot(ch.next.dt)}</span></a></div></div></nav>
<section class="related-posts"><h3>関連記事</h3><ul class="wp-block-latest-posts__list">${ch.related.map((n) => `<li><a class="wp-block-latest-posts__post-title" href="#">${esc(n.title)}</a><time datetime="${iso(n.dt)}" class="wp-block-latest-posts__post-date">${jp(n.dt)}</time></li>`).join('')}</ul></section>
</main>
${side}
</div>
<footer id="colophon" class="site-footer"><div class="footer-widgets"><section class="widget widget_text"><h2 class="widget-title">会社概要</h2><div class="textwidget"><p>${esc(r.org)}<br>${ch.zip} ${addr()}<br>TEL：${ch.tel}<br>設立：${jp(ch.corp.founded)}<br>資本金：${ch.corp.capital}百万円<br>従業員数：${k.c(ch.corp.employees)}名（連結）<br>拠点数：国内${ch.corp.bases}拠点</p></div></section></div>
<div class="site-info">© ${dt.y} ${esc(r.org)} All Rights Reserved.</div></footer>
<div id="cookie-notice" class="cookie-notice" role="dialog">当サイトではCookieを使用しています。<a href="/privacy/">プライバシーポリシー</a> <button>同意する</button></div>
</div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
<script>var wpcf7 = {"api":{"root":"\\/wp-json\\/","namespace":"contact-form-7\\/v1"},"cached":${int(0, 1)},"postId":${ch.views}};</script>
</body>
</html>
`;
}
let k; // current decoy kit, used by style helpers
const k10 = (n) => (n % 10000 === 0 ? `${n / 10000}万` : k.c(n));

function tableframes(r, ch, d, opts) {
  const dt = d.date;
  const spacer = (w, h) => `<img src="/img/spacer.gif" width="${w}" height="${h}" alt="">`;
  const dateLine = opts.wareki ? `掲載日：${wareki(dt)}` : `掲載日：${fmt.slash(dt)}`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=${opts.charset}">
<META NAME="keywords" CONTENT="${esc(r.org)},お知らせ">
<TITLE>${esc(r.org)}／${esc(r.title)}</TITLE>
<SCRIPT LANGUAGE="JavaScript"><!--
function MM_swapImage(){ var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }
var counter = ${ch.views};
//--></SCRIPT>
</HEAD>
<BODY STYLE="font-family:\'ＭＳ Ｐゴシック\',IPAPGothic,Osaka,sans-serif" BGCOLOR="#FFFFFF" TEXT="#333333" LINK="#003399" VLINK="#663399" LEFTMARGIN="0" TOPMARGIN="0" MARGINWIDTH="0" MARGINHEIGHT="0">
<TABLE WIDTH="760" BORDER="0" CELLSPACING="0" CELLPADDING="0" ALIGN="center">
<TR><TD COLSPAN="3" BGCOLOR="#003366"><TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="4"><TR><TD><IMG SRC="/img/logo.gif" WIDTH="220" HEIGHT="48" ALT="${esc(r.org)}" BORDER="0"></TD><TD ALIGN="right"><FONT COLOR="#FFFFFF" SIZE="1">｜<A HREF="/"><FONT COLOR="#FFFFFF">HOME</FONT></A>｜<A HREF="/sitemap.html"><FONT COLOR="#FFFFFF">サイトマップ</FONT></A>｜<A HREF="/contact.html"><FONT COLOR="#FFFFFF">お問い合わせ</FONT></A>｜</FONT></TD></TR></TABLE></TD></TR>
<TR><TD COLSPAN="3">${spacer(1, 6)}</TD></TR>
<TR>
<TD WIDTH="160" VALIGN="top" BGCOLOR="#EEF2F8">
<TABLE WIDTH="160" BORDER="0" CELLSPACING="0" CELLPADDING="3">
${['トップページ', '会社案内', '製品情報', 'ニュース', '採用情報', 'リンク'].map((m) => `<TR><TD><IMG SRC="/img/arrow.gif" WIDTH="9" HEIGHT="9" ALT=""> <A HREF="#"><FONT SIZE="2">${m}</FONT></A></TD></TR>`).join('\n')}
<TR><TD>${spacer(1, 12)}</TD></TR>
<TR><TD BGCOLOR="#336699"><FONT COLOR="#FFFFFF" SIZE="2"><B>新着情報</B></FONT></TD></TR>
${ch.recent.map((n) => `<TR><TD><FONT SIZE="1" COLOR="#666666">${fmt.slash(n.dt)}</FONT><BR><FONT SIZE="2"><A HREF="#">${esc(n.title)}</A></FONT></TD></TR>`).join('\n')}
<TR><TD>${spacer(1, 12)}</TD></TR>
<TR><TD BGCOLOR="#FFF4D6"><FONT SIZE="2"><B>◆${esc(ch.event.title)}</B><BR>開催日：${jp(ch.event.dt)}<BR>${ch.event.time}<BR>定員：${ch.event.cap}名</FONT></TD></TR>
<TR><TD ALIGN="center"><FONT SIZE="1">あなたは${k.c(ch.views)}人目の訪問者です</FONT></TD></TR>
</TABLE>
</TD>
<TD WIDTH="12">${spacer(12, 1)}</TD>
<TD WIDTH="588" VALIGN="top">
<TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD><FONT SIZE="1"><A HREF="/">HOME</A> &gt; <A HREF="/news/">ニュース</A> &gt; ${esc(r.title)}</FONT></TD></TR></TABLE>
${spacer(1, 10)}<BR>
<TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="6"><TR><TD BGCOLOR="#003366"><FONT COLOR="#FFFFFF" SIZE="3"><B>${esc(r.title)}</B></FONT></TD></TR>
<TR><TD ALIGN="right"><FONT SIZE="2">${dateLine}</FONT></TD></TR>
<TR><TD><FONT SIZE="2">
${d.bodyHtml}
</FONT></TD></TR></TABLE>
${spacer(1, 16)}<BR>
<TABLE WIDTH="100%" BORDER="1" CELLSPACING="0" CELLPADDING="3" BORDERCOLOR="#CCCCCC"><TR><TD><FONT SIZE="2">≪ <A HREF="#">${esc(ch.prev.title)}</A>（${fmt.slash(ch.prev.dt)}）</FONT></TD><TD ALIGN="right"><FONT SIZE="2"><A HREF="#">${esc(ch.next.title)}</A>（${fmt.slash(ch.next.dt)}） ≫</FONT></TD></TR></TABLE>
<P ALIGN="right"><A HREF="#top"><FONT SIZE="1">▲ページの先頭へ</FONT></A></P>
</TD></TR>
<TR><TD COLSPAN="3" BGCOLOR="#003366" ALIGN="center"><FONT COLOR="#FFFFFF" SIZE="1">${esc(r.org)}　${ch.zip} ${addr()}　TEL ${ch.tel}<BR>創業 ${jp(ch.corp.founded)}　資本金 ${ch.corp.capital}百万円　従業員 ${k.c(ch.corp.employees)}名<BR>Copyright (C) ${dt.y} ${esc(r.org)} All rights reserved.</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
`;
}

function divabs(r, ch, d, opts) {
  const dt = d.date;
  const bodyRuns = d.bodyHtml.replace(/<p>/g, '<div style="margin:0 0 10px 0">').replace(/<\/p>/g, '</div>');
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${opts.charset}">
<title>${esc(r.title)}｜${esc(r.org)}</title>
${opts.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}
<style>body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;font-size:14px}.x1{position:relative;width:980px;margin:0 auto}.x2{position:absolute;left:0;top:0;width:980px;height:90px;background:#f5f5f5}.x3{position:absolute;left:0;top:110px;width:210px}.x4{position:relative;margin-left:240px;padding-top:110px;width:520px;min-height:1500px}.x5{position:absolute;left:780px;top:110px;width:200px;font-size:12px}</style>
</head>
<body>
<div class="x1">
<div class="x2"><div style="position:absolute;left:20px;top:18px"><img src="/common/img/logo.png" alt="${esc(r.org)}" width="200"></div><div style="position:absolute;right:20px;top:30px;font-size:12px"><a href="/">トップ</a>　<a href="/about/">会社情報</a>　<a href="/service/">サービス</a>　<a href="/news/">お知らせ</a>　<a href="/inquiry/">お問合せ</a></div><div style="position:absolute;left:240px;top:62px;color:#c00;font-weight:bold">${ch.campaign.label}${k10(ch.campaign.n)}件突破！</div></div>
<div class="x3"><div style="background:#036;color:#fff;padding:6px">メニュー</div><div><div style="padding:4px;border-bottom:1px dotted #999"><a href="#">会社概要</a></div><div style="padding:4px;border-bottom:1px dotted #999"><a href="#">事業内容</a></div><div style="padding:4px;border-bottom:1px dotted #999"><a href="#">お知らせ一覧</a></div></div>
<div style="margin-top:16px;background:#036;color:#fff;padding:6px">過去のお知らせ</div><div>${ch.archMonths.map((a) => `<a href="#">${a.y}年${a.m}月</a>（${a.n}件）`).join('<br>')}</div>
<div style="margin-top:16px;border:1px solid #ccc;padding:6px"><div style="font-weight:bold">${esc(ch.event.title)}</div>日時：${fmt.slash(ch.event.dt)} ${ch.event.time}<br>定員：${ch.event.cap}名<br>参加費：無料</div></div>
<div class="x4"><div style="font-size:11px;color:#666"><a href="/">TOP</a> ＞ <a href="/news/">お知らせ</a> ＞ 詳細</div>
<div style="font-size:20px;font-weight:bold;border-left:6px solid #036;padding-left:8px;margin:12px 0">${esc(r.title)}</div>
<div style="text-align:right;font-size:12px"><div>公開日：${jp(dt)}</div><div>更新日：${jp(ch.modified)}</div></div>
<div style="line-height:1.8">
${bodyRuns}
</div>
<div style="margin-top:24px;border-top:1px solid #ccc;padding-top:8px;font-size:12px"><div>関連するお知らせ</div>${ch.related.map((n) => `<div>${jp(n.dt)}　<a href="#">${esc(n.title)}</a></div>`).join('')}</div>
</div>
<div class="x5"><div style="background:#eee;padding:6px;font-weight:bold">新着情報</div>${ch.recent.map((n) => `<div style="padding:4px 0;border-bottom:1px solid #ddd">${fmt.dot(n.dt)}<br><a href="#">${esc(n.title)}</a></div>`).join('')}
<div style="margin-top:12px;padding:6px;background:#fffbe6">会員数 ${k.c(ch.corp.members)}名<br>全国${ch.corp.bases}拠点</div></div>
<div style="position:relative;margin-top:24px;width:980px;background:#333;color:#ccc;font-size:11px;padding:10px 0;text-align:center">${esc(r.org)}<br>${ch.zip} ${addr()} TEL:${ch.tel}<br>設立 ${jp(ch.corp.founded)} ／ 資本金 ${ch.corp.capital}百万円 ／ 従業員数 ${k.c(ch.corp.employees)}名<br>Copyright&copy; ${esc(r.org)} All Rights Reserved.</div>
</div>
<div style="position:fixed;bottom:0;left:0;width:100%;background:rgba(0,0,0,.8);color:#fff;font-size:12px;padding:8px">本サイトはCookieを利用しています。引き続き閲覧することで同意したものとみなします。<span style="border:1px solid #fff;padding:2px 6px">OK</span></div>
</body>
</html>
`;
}

function calendar(y, m, dt) {
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay(); const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells = Array(first).fill('<td>&nbsp;</td>');
  for (let i = 1; i <= days; i++) cells.push(i === dt.d ? `<td><a href="#">${i}</a></td>` : `<td>${i}</td>`);
  const rows = []; for (let i = 0; i < cells.length; i += 7) rows.push(`<tr>${cells.slice(i, i + 7).join('')}</tr>`);
  return `<table summary="投稿カレンダー" class="calendar"><caption>${y}年${m}月</caption><tr><th>日</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr>${rows.join('')}</table>`;
}
function mtblog(r, ch, d, opts) {
  const dt = d.date;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${opts.charset}" />
<meta name="generator" content="Movable Type Pro 5.2.13" />
<link rel="stylesheet" href="/styles.css" type="text/css" />
<link rel="alternate" type="application/atom+xml" title="Recent Entries" href="/atom.xml" />
<title>${esc(r.title)} - ${esc(r.org)} お知らせ</title>
<link rel="prev" href="#" title="${esc(ch.prev.title)}" />
<link rel="next" href="#" title="${esc(ch.next.title)}" />
<!--
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description dc:title="${esc(r.title)}" dc:date="${iso(dt)}T10:00:00+09:00" /></rdf:RDF>
-->
<style>body{font-family:'ヒラギノ角ゴ Pro W3','ＭＳ Ｐゴシック',IPAPGothic,sans-serif}#container-inner{width:960px;margin:0 auto;display:flex}#alpha{flex:1;padding:20px}#beta{width:240px;padding:20px;font-size:12px}.calendar td,.calendar th{padding:2px 5px;text-align:center}.asset-body table{border-collapse:collapse}.asset-body td,.asset-body th{border:1px solid #888;padding:3px}</style>
</head>
<body class="mt-entry-archive layout-wt">
<div id="container"><div id="header"><div id="header-inner"><div id="header-content"><h1 id="header-name"><a href="/" accesskey="1"><img src="/images/logo.gif" alt="${esc(r.org)}" /></a></h1><div id="header-description">${esc(r.org)}からのお知らせブログ</div></div></div></div>
<div id="content"><div id="container-inner"><div id="alpha"><div id="alpha-inner">
<div id="entry-${int(100, 999)}" class="entry-asset asset hentry">
<div class="asset-header"><h1 id="page-title" class="asset-name entry-title">${esc(r.title)}</h1>
<div class="asset-meta"><span class="byline">投稿者：広報担当 (<abbr class="published" title="${iso(dt)}T10:00:00+09:00">${dt.y}年${pad(dt.m)}月${pad(dt.d)}日 10:00</abbr>)</span></div></div>
<div class="asset-content entry-content"><div class="asset-body">
${d.bodyHtml}
</div></div>
<div class="asset-footer"><div class="entry-categories"><h4>カテゴリ<span class="delimiter">:</span></h4><ul><li class="entry-category"><a href="#">重要なお知らせ</a></li></ul></div><span class="trackbacks">トラックバック (0)</span> <span class="comments">コメント (${ch.comments})</span></div>
</div>
<div class="content-nav"><a href="#">« ${esc(ch.prev.title)}</a> | <a href="/">メインページ</a> | <a href="#">${esc(ch.next.title)} »</a></div>
<div id="trackbacks" class="trackbacks"><h2 class="trackbacks-header">トラックバック</h2><div class="trackbacks-info"><p>このエントリーのトラックバックURL: /mt/mt-tb.cgi/${int(100, 999)}</p></div></div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-calendar widget"><h3 class="widget-header">${dt.y}年${dt.m}月</h3><div class="widget-content">${calendar(dt.y, dt.m, dt)}</div></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のエントリー</h3><div class="widget-content"><ul>${ch.recent.map((n) => `<li><a href="#">${esc(n.title)}</a> <span>(${fmt.slash(n.dt)})</span></li>`).join('')}</ul></div></div>
<div class="widget-archive-monthly widget-archive widget"><h3 class="widget-header">月別 アーカイブ</h3><div class="widget-content"><ul>${ch.archMonths.map((a) => `<li><a href="#">${a.y}年${a.m}月</a> (${a.n})</li>`).join('')}</ul></div></div>
<div class="widget-archive-category widget"><h3 class="widget-header">カテゴリ</h3><div class="widget-content"><ul>${ch.cats.map((c) => `<li><a href="#">${c.name} (${c.n})</a></li>`).join('')}</ul></div></div>
<div class="widget-tag-cloud widget"><h3 class="widget-header">タグクラウド</h3><div class="widget-content"><ul class="widget-list">${ch.tags.map((t) => `<li class="rank-${int(1, 6)} widget-list-item"><a href="#">${t.name}</a>(${t.n})</li>`).join('')}</ul></div></div>
<div class="widget-syndication widget"><div class="widget-content"><a href="/atom.xml">このブログを購読</a></div></div>
<div class="widget"><h3 class="widget-header">イベント情報</h3><div class="widget-content">${esc(ch.event.title)}<br />開催日 ${fmt.slash(ch.event.dt)}<br />定員 ${ch.event.cap}名</div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content"><p>${esc(r.org)}　${ch.zip} ${addr()}　TEL ${ch.tel}</p><p>設立 ${jp(ch.corp.founded)}／従業員 ${k.c(ch.corp.employees)}名／拠点 ${ch.corp.bases}か所</p><div class="widget-powered"><div class="widget-content">Powered by <a href="https://www.movabletype.jp/">Movable Type Pro</a></div></div><p>Copyright &copy; ${esc(r.org)}. All rights reserved.</p></div></div></div>
</div>
</body>
</html>
`;
}

function nextapp(r, ch, d, opts) {
  const dt = d.date; const h = () => Array.from({ length: 5 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789_'[int(0, 36)]).join('');
  const cls = (n) => `${n}_${h()}__${h()}`;
  const props = { title: r.title, publishedAt: `${iso(dt)}T00:00:00.000Z`, updatedAt: `${iso(ch.modified)}T03:00:00.000Z`, category: 'news', views: ch.views, related: ch.related.map((n) => ({ title: n.title, date: iso(n.dt) })) };
  const rsc = JSON.stringify(`2:["$","article",null,{"className":"${cls('Article_root')}","children":${JSON.stringify(props)}}]\n`);
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/${h()}${h()}.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-${h()}${h()}.js"/><script src="/_next/static/chunks/main-app-${h()}.js" async=""></script><title>${esc(r.title)} | ${esc(r.org)}</title><meta name="description" content="${esc(r.title)}"/>${opts.og ? `<meta property="og:site_name" content="${esc(r.org)}"/>` : ''}<meta property="og:title" content="${esc(r.title)}"/><meta property="article:published_time" content="${iso(dt)}"/>${opts.jsonld ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: r.title, datePublished: iso(dt), dateModified: iso(ch.modified), publisher: { '@type': 'Organization', name: r.org } })}</script>` : ''}<style>body{margin:0;font-family:"Noto Sans CJK JP",sans-serif}.${cls('Header_header')}{height:64px}.wrap{max-width:${opts.wide ? 1100 : 760}px;margin:0 auto;padding:24px}.grid{display:${opts.wide ? 'grid' : 'block'};grid-template-columns:1fr 300px;gap:40px}table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:4px}</style></head><body class="__className_${h()}"><div hidden=""><!--$--><!--/$--></div><header class="Header_header__${h()}"><div class="Header_inner__${h()}"><a href="/"><img alt="${esc(r.org)}" loading="lazy" width="180" height="40" decoding="async" src="/_next/image?url=%2Flogo.svg&amp;w=384&amp;q=75"/></a><nav class="Nav_nav__${h()}"><ul><li><a href="/company">企業情報</a></li><li><a href="/service">サービス</a></li><li><a href="/news">ニュース</a></li><li><a href="/recruit">採用</a></li></ul></nav></div></header><div class="Banner_banner__${h()}">${ch.campaign.label}${k10(ch.campaign.n)}件突破 ― ありがとうございます</div><main class="wrap"><ol class="Breadcrumb_list__${h()}"><li><a href="/">ホーム</a></li><li><a href="/news">ニュース</a></li><li>${esc(r.title)}</li></ol><div class="grid"><article class="Article_article__${h()}"><div class="Article_meta__${h()}"><time dateTime="${iso(dt)}">${fmt.dot(dt)}</time><span class="Tag_tag__${h()}">お知らせ</span></div><h1 class="Article_title__${h()}">${esc(r.title)}</h1><div class="Article_body__${h()}">${d.bodyHtml}</div><div class="Share_share__${h()}"><span>シェア</span><span>${ch.shares}</span></div></article><aside class="Sidebar_sidebar__${h()}"><section><h2>新着ニュース</h2><ul>${ch.recent.map((n) => `<li><time dateTime="${iso(n.dt)}">${fmt.dot(n.dt)}</time><a href="#">${esc(n.title)}</a></li>`).join('')}</ul></section><section class="Event_event__${h()}"><h2>イベント</h2><p>${esc(ch.event.title)}</p><p>開催日 ${fmt.dot(ch.event.dt)}</p><p>定員${ch.event.cap}名</p></section></aside></div><section class="Related_related__${h()}"><h2>関連ニュース</h2>${ch.related.map((n) => `<a href="#"><time dateTime="${iso(n.dt)}">${fmt.dot(n.dt)}</time><span>${esc(n.title)}</span></a>`).join('')}</section><nav class="Pager_pager__${h()}"><a href="#">← ${esc(ch.prev.title)} (${fmt.dot(ch.prev.dt)})</a><a href="#">${esc(ch.next.title)} (${fmt.dot(ch.next.dt)}) →</a></nav></main><footer class="Footer_footer__${h()}"><dl><dt>会社名</dt><dd>${esc(r.org)}</dd><dt>設立</dt><dd>${jp(ch.corp.founded)}</dd><dt>資本金</dt><dd>${ch.corp.capital}百万円</dd><dt>従業員数</dt><dd>${k.c(ch.corp.employees)}名</dd><dt>会員数</dt><dd>${k.c(ch.corp.members)}名</dd></dl><small>© ${dt.y} ${esc(r.org)}</small></footer><div class="CookieConsent_root__${h()}" role="dialog"><p>当サイトはCookieを使用します。</p><button>すべて許可</button></div><script src="/_next/static/chunks/webpack-${h()}.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/${h()}.css\\",\\"style\\"]\\n"])</script><script>self.__next_f.push([1,${rsc}])</script><script>self.__next_f.push([1,"3:{\\"metadata\\":[[\\"$\\",\\"title\\",\\"0\\",{\\"children\\":\\"${esc(r.title).replace(/"/g, '')}\\"}]],\\"views\\":${ch.views},\\"shares\\":${ch.shares}}\\n"])</script></body></html>
`;
}

function bs3cms(r, ch, d, opts) {
  const dt = d.date;
  const dateLine = opts.wareki ? `公開日：${wareki(dt)}` : `公開日：${jp(dt)}`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="${opts.charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.title)}｜お知らせ｜${esc(r.org)}</title>
${opts.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}
${opts.jsonld ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'http://schema.org', '@type': 'WebPage', name: r.title, datePublished: iso(dt), dateModified: iso(ch.modified), publisher: { '@type': 'Organization', name: r.org } })}</script>` : ''}
<link href="/assets/bootstrap-3.4.1/css/bootstrap.min.css" rel="stylesheet">
<style>body{font-family:"Noto Sans CJK JP",sans-serif;font-size:14px;padding-top:${opts.sticky ? 60 : 0}px}.navbar{background:#f8f8f8;border-bottom:1px solid #e7e7e7;${opts.sticky ? 'position:fixed;top:0;left:0;right:0;' : ''}padding:10px}.container{max-width:1000px;margin:0 auto}.row{display:flex;gap:24px}.col-md-8{flex:2}.col-md-4{flex:1}.panel{border:1px solid #ddd;margin-bottom:16px}.panel-heading{background:#f5f5f5;padding:6px 10px;font-weight:bold}.panel-body{padding:10px}.list-group-item{display:block;padding:6px 10px;border-bottom:1px solid #eee}.badge{background:#777;color:#fff;border-radius:10px;padding:0 6px;font-size:11px}table{border-collapse:collapse}.table td,.table th{border:1px solid #ccc;padding:4px}</style>
</head>
<body>
<nav class="navbar navbar-default${opts.sticky ? ' navbar-fixed-top' : ''}"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#gnav"><span class="sr-only">メニュー</span><span class="icon-bar"></span></button><a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="${esc(r.org)}" height="30"></a></div><div class="collapse navbar-collapse" id="gnav"><ul class="nav navbar-nav navbar-right"><li><a href="/">ホーム</a></li><li class="active"><a href="/info/">お知らせ</a></li><li><a href="/about/">組織概要</a></li><li><a href="/access/">アクセス</a></li></ul></div></div></nav>
<div class="container">
<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/info/">お知らせ</a></li><li class="active">${esc(r.title)}</li></ol>
<div class="alert alert-info" role="alert">${ch.campaign.label}${k10(ch.campaign.n)}件を突破しました。</div>
<div class="row">
<div class="col-md-8" id="main">
<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">${esc(r.title)}</h1></div>
<div class="panel-body"><p class="text-right text-muted"><small>${dateLine}　最終更新日：${opts.wareki ? wareki(ch.modified) : jp(ch.modified)}</small></p>
<div class="cms-content">
${d.bodyHtml.replace(/<table class="tbl">/g, '<table class="table table-bordered">')}
</div></div>
<div class="panel-footer"><span class="glyphicon glyphicon-eye-open"></span> 閲覧数 ${k.c(ch.views)}　<span class="glyphicon glyphicon-share"></span> シェア ${ch.shares}</div></div>
<ul class="pager"><li class="previous"><a href="#">&larr; ${esc(ch.prev.title)}（${jp(ch.prev.dt)}）</a></li><li class="next"><a href="#">${esc(ch.next.title)}（${jp(ch.next.dt)}） &rarr;</a></li></ul>
</div>
<div class="col-md-4" id="side">
<div class="panel panel-primary"><div class="panel-heading">新着情報</div><div class="list-group">${ch.recent.map((n) => `<a href="#" class="list-group-item"><small>${jp(n.dt)}</small><br>${esc(n.title)}</a>`).join('')}</div></div>
<div class="panel panel-default"><div class="panel-heading">カテゴリ</div><ul class="list-group">${ch.cats.map((c) => `<li class="list-group-item"><span class="badge">${c.n}</span>${c.name}</li>`).join('')}</ul></div>
<div class="panel panel-warning"><div class="panel-heading">セミナーのご案内</div><div class="panel-body">${esc(ch.event.title)}<br>開催日：${jp(ch.event.dt)}<br>時間：${ch.event.time}<br>定員：${ch.event.cap}名</div></div>
<div class="panel panel-default"><div class="panel-heading">関連情報</div><div class="panel-body">${ch.related.map((n) => `<p><small>${fmt.slash(n.dt)}</small> <a href="#">${esc(n.title)}</a></p>`).join('')}</div></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><div class="row"><div class="col-sm-6"><address><strong>${esc(r.org)}</strong><br>${ch.zip} ${addr()}<br>TEL：${ch.tel}</address></div><div class="col-sm-6"><table class="table table-condensed"><tr><th>設立</th><td>${jp(ch.corp.founded)}</td></tr><tr><th>資本金</th><td>${ch.corp.capital}百万円</td></tr><tr><th>職員数</th><td>${k.c(ch.corp.employees)}名</td></tr><tr><th>会員数</th><td>${k.c(ch.corp.members)}名</td></tr></table></div></div><p class="text-center"><small>Copyright &copy; ${dt.y} ${esc(r.org)}. All Rights Reserved.</small></p></div></footer>
<div id="cookie-consent" class="navbar-fixed-bottom alert alert-warning">このサイトではCookieを使用しています。<button class="btn btn-default btn-xs">閉じる</button></div>
<script src="/assets/js/jquery-1.12.4.min.js"></script><script src="/assets/bootstrap-3.4.1/js/bootstrap.min.js"></script>
</body>
</html>
`;
}

// ---------- document (Word-style) ----------
function docHtml(r, i) {
  const dt = r.date; const useWareki = i % 2 === 0;
  const addressee = i % 3 === 0 ? '関係者各位' : 'お客様各位';
  const o = r.org;
  const rep = /大学|学校法人|学園/.test(o) ? pick(['理事長', '学長']) : /病院|医療/.test(o) ? '院長' : /教育委員会$/.test(o) ? '教育長' : /[都道府県市区町村]$/.test(o) ? `${o.slice(-1) === '都' || o.slice(-1) === '道' || o.slice(-1) === '府' || o.slice(-1) === '県' ? '知事' : o.slice(-1) + '長'}`
    : /株式会社|有限会社|合同会社/.test(o) ? pick(['代表取締役社長', '代表取締役']) : pick(['理事長', '代表理事', '会長']);
  const repName = pick(['山田 太郎', '佐藤 一郎', '鈴木 花子', '高橋 健', '田中 誠']);
  let n = 0;
  const body = md2html(r.body).replace(/<h[2-6]>(?![0-9０-９■□●◆【（(第一二三四五六七八九])/g, () => `<h2>${++n}．`).replace(/<h[2-6]>/g, '<h2>').replace(/<\/h[2-6]>/g, '</h2>');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(r.title)}</title><style>
@page{size:A4;margin:28mm 24mm 24mm 24mm;@bottom-center{content:"- " counter(page) " -";font-size:10pt;font-family:"Noto Serif CJK JP",serif}}
body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.75;margin:0}
.r{text-align:right}.c{text-align:center}h1{font-size:14pt;text-align:center;margin:22px 0}h2{font-size:11pt;margin:14px 0 4px}
table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border:1px solid #000;padding:3px 6px;vertical-align:top;word-break:break-all}th{background:#eee}ul,ol{margin:2px 0 2px 1.5em;padding:0}p{margin:0 0 6px;text-indent:1em}dl.info{margin:0 0 6px 1em}dl.info dt{float:left;clear:left;width:7em}dl.info dd{margin-left:8em}
</style></head><body>
<p class="r" style="text-indent:0">${useWareki ? wareki(dt) : jp(dt)}</p>
<p style="text-indent:0">${addressee}</p>
<p class="r" style="text-indent:0">${esc(r.org)}<br>${rep}　${repName}</p>
<h1>${esc(r.title)}</h1>
<p class="c" style="text-indent:0">記</p>
${body}
<p class="r" style="text-indent:0;margin-top:18px">以上</p>
</body></html>
`;
}

// ---------- encode ----------
function encode(html, charset) {
  if (charset === 'utf-8') return Buffer.from(html, 'utf8');
  const target = charset === 'shift_jis' ? 'CP932' : 'EUC-JP';
  const chars = [...new Set([...html].filter((c) => c.charCodeAt(0) > 127))];
  const back = execFileSync('sh', ['-c', `iconv -c -f UTF-8 -t ${target} | iconv -f ${target} -t UTF-8`], { input: chars.join('\n') + '\n' }).toString('utf8').split('\n');
  const bad = new Set(chars.filter((c, i) => back[i] !== c));
  const safe = [...html].map((c) => (bad.has(c) ? `&#x${c.codePointAt(0).toString(16).toUpperCase()};` : c)).join('');
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', target], { input: safe, maxBuffer: 64 << 20 });
}

// Only what the page really shows goes into the manifest (a category count drawn for a style that has no
// category widget is not a decoy).
function placedValues(html, values) {
  return values.filter((v) => [k.c(v), String(v), v % 10000 === 0 ? `${v / 10000}万` : null].some((f) => f && html.includes(f))).sort((a, b) => a - b);
}
function placedDates(html, dates) {
  return [...new Set(dates)].filter((s) => {
    const [y, m, d] = s.split('-').map(Number); const dt = { y, m, d };
    return [s, jp(dt), wareki(dt), fmt.dot(dt), fmt.slash(dt), `${y}年${pad(m)}月${pad(d)}日`].some((f) => html.includes(f));
  }).sort();
}

// ---------- main ----------
for (const sub of ['sources', 'html', 'doc-html']) { rmSync(join(out, sub), { recursive: true, force: true }); mkdirSync(join(out, sub), { recursive: true }); }
const styles = { wpcorp, tableframes, divabs, mtblog, nextapp, bs3cms };
// 7/7/7/7/6/6 pages; 12 pages in legacy encodings: all tableframes (Shift_JIS), 3 divabs + 2 mtblog (EUC-JP)
const plan = [];
for (const [s, n] of [['wpcorp', 7], ['tableframes', 7], ['divabs', 7], ['mtblog', 7], ['nextapp', 6], ['bs3cms', 6]])
  for (let i = 0; i < n; i++) plan.push({ style: s, encoding: s === 'tableframes' ? 'shift_jis' : (s === 'divabs' && i < 3) || (s === 'mtblog' && i < 2) ? 'euc-jp' : 'utf-8' });
const order = shuffle(plan);
const pages = ['A4', 'A4', 'A4-landscape', 'B5', 'Letter'];
const docIdx = new Set(shuffle([...Array(40).keys()].filter((i) => chosen[i].body.length >= 600)).slice(0, 10));
const manifest = []; const origin = [];
chosen.forEach((r, i) => {
  const id = `d${pad(i + 1)}`;
  const src = r.md.replace(/^# (事案ID|公表種別)\n[\s\S]*?(?=^# |(?![\s\S]))/gm, '');
  writeFileSync(join(out, 'sources', `${id}.md`), src);
  origin.push(`${id}\t${r.rel}`);
  const { style, encoding } = order[i];
  k = decoyKit(r); k.y = r.date.y; k.m = r.date.m;
  const ch = chrome(k, r.org, style);
  const opts = { charset: encoding === 'utf-8' ? (style === 'tableframes' ? 'UTF-8' : 'utf-8') : encoding === 'shift_jis' ? 'Shift_JIS' : 'EUC-JP', og: rnd() < 0.6, jsonld: rnd() < 0.5, wareki: rnd() < 0.4, wide: rnd() < 0.6, sticky: rnd() < 0.5 };
  if (style === 'tableframes' || style === 'mtblog' || style === 'divabs') opts.jsonld = false;
  const html = styles[style](r, ch, { date: r.date, bodyHtml: md2html(r.body) }, opts);
  const htmlName = `html/${style}-${id}.html`;
  writeFileSync(join(out, htmlName), encode(html, encoding));
  const pdfPage = pick(pages);
  const isDoc = docIdx.has(i);
  if (isDoc) writeFileSync(join(out, 'doc-html', `${id}.html`), docHtml(r, i));
  manifest.push({
    id, archive: r.rel, source: `sources/${id}.md`, html: htmlName, style, encoding, pdf: `pdf/${style}-${id}.pdf`, pdfPage,
    doc: isDoc ? `doc/${id}.pdf` : null, org: r.org, title: r.title, publishedAt: iso(r.date),
    metadata: { ogSiteName: opts.og && !['tableframes', 'mtblog'].includes(style), jsonLd: opts.jsonld },
    decoyValues: placedValues(html, k.values), decoyDates: placedDates(html, k.dates), decoyOther: k.other.filter((o) => html.includes(o)),
  });
});
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(join(out, 'ORIGIN.txt'), origin.join('\n') + '\n');
console.log(`wrote ${manifest.length} pages, ${docIdx.size} documents to ${out}`);
