#!/usr/bin/env node
// Makes fixtures/pages-ac, the twenty-ninth blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as news pages in six new site families (a WordPress site of a 動物病院 / 社会保険労務士
// 事務所 / 学童クラブ on the GeneratePress theme, an old Shift_JIS 街の不動産屋 table site, a Squarespace 7.1 blog item of a
// 建築設計事務所 / 写真スタジオ / ワイナリー, a Movable Type 5 「クラシックウェブサイト」 site of a 幼稚園 / 医師会 / 法律事務所, a
// Docusaurus 3 blog post (React static site) of a SaaS company / 情報基盤センター / OSS community, an XOOPS Cube Legacy site on a
// Bootstrap 4 theme of a 自治会連合会 / 公民館 / スポーツ少年団), plus Word-style document sources for 10 releases.
// Written without reading the tool; the release drawing, numeral/date forms, Markdown blocks and document maker are
// scripts/blind-set-kit.mjs's, the modes and the build scripts/blind-set-modes.mjs's, extended here by three date modes
// and two organization modes.
// Usage: node scripts/make-pages-ac.mjs --seed 20261222   (then print-blind-pages.mjs --set ac, check-blind-pages.mjs --set ac)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-ac');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261222;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { ri, pick, shuffle, pad, esc, wd, dp, F, tableHtml, blockHtml, HEADLINES, newsItems, documentHtml } = kit;
const PLATFORM = { wpgenerate: 'ブログ', sjisfudosan: 'お知らせ', squarespace: 'Journal', mtclassic: 'お知らせ', docusaurus: 'Blog', xoopsbs: 'XOOPS Cube Site' };
const { dateParts: baseDateParts, orgParts: baseOrgParts, dateTop, imgAlt, addrEl, crumbLi, logoHtml, ids, drawEntries, documentIds } = blindSetModes(kit, { platformOf: (style) => PLATFORM[style] });

// ---------- date and organization modes ----------
// Three new date modes: `yearCrumbMd` (the entry shows only 「12月3日（水）」; the year only as the breadcrumb's 「2025年のお知らせ」
// item, as sites with yearly news archives write it), `reiwaWeekdayFull` (「令和7年12月3日（水曜日）」, an era date with the full
// weekday name as 自治体 and 団体 documents write it), `headingParenAfter` (the date in full-width brackets after the title inside
// the heading: 「…について（2025年12月3日）」).
// Two new organization modes: `operatedSentence` (only a footer sentence 「このウェブサイトは org が運営しています。」),
// `printOnlyHeader` (only a header block hidden on screen and shown when printed: 「org」 and the site's address).
// 40 date modes: the 37 of blind-set-modes.mjs and the three new ones.
const DATE_MODES = ['yearCrumbMd', 'reiwaWeekdayFull', 'headingParenAfter', 'koukaiKoushin', 'dots', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'hyphenIso', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'fwJa', 'uketsuke', 'urlAndTitle', 'dlAfter', 'articleFooter', 'thHead', 'eraFw', 'postedWeekdayTime', 'splitSpans', 'dlKeisaiStart', 'reiwaKanji', 'metaNameDate', 'wordReiwaRight', 'keisaiWeekdayFull', 'breadcrumbDate', 'updateFirst', 'reiwaShortNoPad', 'isoStampShown', 'weekdayKeisai', 'twoDigitYear', 'enMonthDay', 'calendarBadge', 'kanjiKoukai', 'yearParenReiwa', 'jaTimeZeroPad', 'dotWeekdayEn'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address', 'metaAuthor', 'signatureAlt', 'h1Logo', 'contactFirst', 'ogPlatformTitle', 'addressElement', 'ijoSignature', 'hakkouLine', 'abbrTitle', 'appName', 'microdata', 'logoTitle', 'rssTitle', 'unneiLine', 'operatedSentence', 'printOnlyHeader'];
function dateParts(e, c, mode) {
  if (!['yearCrumbMd', 'reiwaWeekdayFull', 'headingParenAfter'].includes(mode)) return baseDateParts(e, c, mode);
  const r = baseDateParts(e, c, '');
  const [y, m, dd] = dp(e.date);
  if (mode === 'yearCrumbMd') { r.line = `${m}月${dd}日（${wd(e.date)}）`; r.crumbYear = `${y}年のお知らせ`; }
  if (mode === 'reiwaWeekdayFull') r.line = `令和${y - 2018}年${m}月${dd}日（${wd(e.date)}曜日）`;
  if (mode === 'headingParenAfter') r.headingAfter = `（${F.ja(e.date)}）`;
  return r;
}
function orgParts(e, mode) {
  const r = baseOrgParts(e, mode);
  if (mode === 'operatedSentence') r.operated = e.org;
  if (mode === 'printOnlyHeader') r.printHead = e.org;
  return r;
}
// the <head> lines every family shares: title, OGP, the organization's and the date's meta slots, JSON-LD (on some pages)
function headMeta(e, d, o, extra = '', xhtml = false) {
  const z = xhtml ? ' /' : '';
  const ld = articleLd(kit, e, d, o, 0.35, () => pick(['Article', 'NewsArticle', 'BlogPosting']));
  const m = [`<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>`, `<meta property="og:title" content="${esc(e.title)}"${z}>`, `<meta property="og:type" content="article"${z}>`, `<meta property="og:image" content="/images/ogp-${ids(8)}.png"${z}>`];
  if (o.og) m.push(`<meta property="og:site_name" content="${esc(o.og)}"${z}>`);
  if (o.author) m.push(`<meta name="author" content="${esc(o.author)}"${z}>`);
  if (o.appName) m.push(`<meta name="application-name" content="${esc(o.appName)}"${z}>`);
  m.push(`<link rel="alternate" type="application/rss+xml" title="${o.rss ? `${esc(o.rss)} 新着情報` : 'RSS'}" href="/rss.xml"${z}>`);
  if (d.urlDate) m.push(`<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}.html"${z}>`);
  if (d.meta) m.push(d.meta);
  if (e.metadata.jsonLd) m.push(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
  if (o.printHead) m.push('<style type="text/css" media="print">.print-only-header{display:block !important}</style>');
  return m.join('\n') + extra;
}
// what follows the release: the date mode's trailer, microdata, 以上 + signature, a signature image, an お問い合わせ先 block
const tail = (d, o, c) => [d.after, o.micro ? `<div itemscope itemtype="https://schema.org/Organization" style="display:none"><meta itemprop="name" content="${esc(o.micro)}"></div>` : '', o.ijo ? `<p style="text-align:right">以上</p><p style="text-align:right">${esc(o.ijo)}</p>` : '', o.sigAlt ? `<p style="text-align:right"><img src="/images/sign.png" alt="${esc(o.sigAlt)}" width="220" height="44"></p>` : '', o.contact ? `<div class="inquiry"><p><strong>本件に関するお問い合わせ</strong></p><p>${esc(o.contact)}　${pick(['総務課', '事務局', '管理部', '広報担当'])}<br>TEL ${c.phone()}</p></div>` : ''].filter(Boolean).join('\n');
const unnei = (o) => (o.unnei ? `<p class="operator">運営：${esc(o.unnei)}</p>` : '');
const hTag = (o) => (o.h1 ? 'h2' : 'h1');
// the entry's heading text: the date mode's prefix (【…】) or suffix (（…）) around the title
const ttl = (e, d) => `${esc(d.heading)}${esc(e.title)}${esc(d.headingAfter || '')}`;
// the breadcrumb's year item (yearCrumbMd) and date item (breadcrumbDate)
const yearLi = (d, li = (x) => `<li>${x}</li>`) => (d.crumbYear ? li(esc(d.crumbYear)) : '');
const crumbs = (d, li) => `${yearLi(d, li)}${crumbLi(d, li)}`;
// the header block only printing shows (printOnlyHeader)
const printHead = (o) => (o.printHead ? `<div class="print-only-header" style="display:none;font-size:12px;border-bottom:1px solid #999;margin-bottom:6px">${esc(o.printHead)}　https://www.example.jp/</div>` : '');
const footer = (o) => [o.address ? `<p>${esc(o.address)}</p>` : '', addrEl(o), o.fullFoot ? `<p>${esc(o.fullFoot)}</p>` : '', o.operated ? `<p class="site-operator">このウェブサイトは${esc(o.operated)}が運営しています。</p>` : '', `<p class="copy">${esc(o.copy)}</p>`, o.hakkou ? `<p>発行：${esc(o.hakkou)}</p>` : ''].filter(Boolean).join('');
const lst = (b, cls = '') => `<${b.t}${cls ? ` class="${cls}"` : ''}>${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>`;

// 1. wpgenerate (WordPress-like): a 動物病院 / 社会保険労務士事務所 / 学童クラブ site on the GeneratePress theme: `site-header` with
//    `inside-header grid-container`, `site-logo` or `main-title`, `site-description`, `main-navigation` (`inside-navigation`,
//    `menu-toggle`), `separate-containers right-sidebar` body classes, `inside-article` with `entry-header` / `entry-meta`
//    (posted-on, byline), `entry-content` (wp-block-table, `wp-block-group is-style-notice` notes), `footer.entry-meta` (cat-links),
//    `#nav-below`; `#right-sidebar`: 診療時間 / 事務所案内 / 施設案内 (figures: 年間手術件数, 獣医師, 顧問先, 助成金申請実績, 在籍児童,
//    定員), 最近の投稿 (年月日 dates, figure headlines), 休診日 / セミナー / 説明会 (date, 定員 N名); a Cookie Notice bar; footer
//    `site-info` 「Built with GeneratePress」; `generatepressMenu` and a `gpStats` script object with the counts.
function wpgenerate(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3} class="wp-block-heading">${b.html}</h${b.lv <= 2 ? 2 : 3}>`, note: (b) => `<div class="wp-block-group is-style-notice"><p>${b.html}</p></div>`, table: (b) => `<figure class="wp-block-table">${tableHtml(b.rows, 'has-fixed-layout')}</figure>`, list: (b) => lst(b, 'wp-block-list') })).join('\n');
  const kind = pick(['動物病院', '社労士事務所', '学童クラブ']);
  const stat = kind === '動物病院' ? [['年間手術件数', c.V(120, 2400), '件'], ['獣医師', c.V(11, 39, { comma: false }), '名'], ['カルテ登録数', c.V(3000, 48000), '頭']] : kind === '社労士事務所' ? [['顧問先', c.V(40, 680), '社'], ['助成金申請実績', c.V(150, 3900), '件'], ['所属社労士', c.V(11, 24, { comma: false }), '名']] : [['在籍児童', c.V(30, 160, { comma: false }), '名'], ['指導員', c.V(11, 26, { comma: false }), '名'], ['開所日数（年間）', c.V(240, 295, { comma: false }), '日']];
  const recent = newsItems(c, 5, F.ja);
  const ev = c.D(4, 45); const cap = c.V(12, 60, { comma: false });
  const evName = kind === '動物病院' ? 'パピー教室' : kind === '社労士事務所' ? '無料セミナー' : '入所説明会';
  const author = pick(['admin', 'スタッフ', '事務局', '院長']);
  const phone = c.phone();
  const postId = ri(100, 9999);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.6.1">
${headMeta(e, d, o, `\n<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">\n<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.6.1" media="all">\n<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222}.site-header{background-color:#fff}.main-navigation{background-color:#1e73be}</style>`)}
<style>body{margin:0;font-family:"Noto Sans JP","Hiragino Sans","Noto Sans CJK JP",sans-serif;line-height:1.8}.grid-container{max-width:1200px;margin:0 auto}.inside-header{display:flex;justify-content:space-between;align-items:center;padding:20px 40px}.main-title{font-size:24px;font-weight:bold}.site-description{font-size:13px;color:#666;margin:0}.main-navigation{background:#1e73be}.main-navigation .main-nav ul{display:flex;list-style:none;margin:0;padding:0 40px}.main-navigation a{color:#fff;display:block;padding:12px 18px;text-decoration:none}
.site-content{display:flex;gap:30px;padding:30px 0}.content-area{flex:1;min-width:0}.inside-article{background:#fff;padding:40px}.entry-meta{font-size:13px;color:#595959}.entry-content table{border-collapse:collapse;width:100%}.entry-content td,.entry-content th{border:1px solid #ccc;padding:6px 10px}.is-style-notice{background:#fff8e1;border-left:4px solid #f0b400;padding:8px 16px;margin:14px 0}.widget-area{width:320px}.widget{background:#fff;padding:24px;margin-bottom:20px;font-size:14px}.widget-title{font-size:17px;margin-top:0}.site-info{background:#222;color:#ccc;text-align:center;padding:20px;font-size:13px}#cookie-notice{position:fixed;bottom:0;left:0;right:0;background:#32323a;color:#fff;font-size:13px;padding:10px 20px}
@media print{.main-navigation,.menu-toggle{display:none}.site-content{display:block}.widget-area{width:auto}#cookie-notice{position:static}}</style>
</head>
<body class="post-template-default single single-post postid-${postId} single-format-standard wp-custom-logo wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="コンテンツへスキップ">コンテンツへスキップ</a>
${printHead(o)}
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="サイト" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding-container">${unnei(o)}${o.h1 ? logoHtml(o, '') : `<div class="site-logo">${logoHtml(o, `<a href="/" rel="home"><img class="header-image is-logo-image" src="/wp-content/uploads/2024/02/logo.png" width="300" height="64"${imgAlt(o)}></a>`)}</div>`}<p class="site-description" itemprop="description">${kind === '動物病院' ? '犬・猫・うさぎの診療　夜間救急対応' : kind === '社労士事務所' ? '労務管理・給与計算・助成金申請のご相談' : '放課後の「ただいま」を大切に'}</p></div>
<div class="header-widget"><p>お電話 ${phone}</p></div></div>
</header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="メイン" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">メニュー</span></button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu"><li class="menu-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="menu-item"><a href="/about/">${kind === '動物病院' ? '病院案内' : kind === '社労士事務所' ? '事務所案内' : 'クラブ案内'}</a></li><li class="menu-item"><a href="/service/">${kind === '動物病院' ? '診療案内' : kind === '社労士事務所' ? '業務内容' : '一日の流れ'}</a></li><li class="menu-item current-menu-parent"><a href="/news/">お知らせ</a></li><li class="menu-item"><a href="/access/">アクセス</a></li></ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
${d.crumb || d.crumbYear ? `<nav class="breadcrumb" aria-label="パンくずリスト"><ol style="display:flex;gap:8px;list-style:none;padding:0;font-size:12px"><li><a href="/">${esc(o.crumbHome)}</a> ›</li><li><a href="/news/">お知らせ</a> ›</li>${crumbs(d)}</ol></nav>` : ''}
<article id="post-${postId}" class="post-${postId} post type-post status-publish format-standard hentry category-news" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header"><${hTag(o)} class="entry-title" itemprop="headline">${ttl(e, d)}</${hTag(o)}>
<div class="entry-meta">${d.line || d.datetime ? `<span class="posted-on">${dateTop({ ...d, top: '' })}</span> ` : ''}<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><span class="author-name" itemprop="name">${esc(author)}</span></span></span></div>${d.top}
</header>
<div class="entry-content" itemprop="text">
${body}
</div>
${tail(d, o, c)}
<footer class="entry-meta" aria-label="エントリーメタ"><span class="cat-links"><span class="screen-reader-text">カテゴリー </span><a href="/category/news/" rel="category tag">お知らせ</a></span>
<nav id="nav-below" class="post-navigation" aria-label="投稿"><div class="nav-previous"><span class="prev"><a href="/news/${ri(100, 9999)}/" rel="prev">${esc(pick(HEADLINES))}</a></span></div><div class="nav-next"><span class="next"><a href="/news/${ri(100, 9999)}/" rel="next">${esc(pick(HEADLINES))}</a></span></div></nav></footer>
</div>
</article>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="block-${ri(2, 20)}" class="widget inner-padding widget_block"><h2 class="widget-title">${kind === '動物病院' ? '当院について' : kind === '社労士事務所' ? '実績' : 'クラブの概要'}</h2><ul>${stat.map(([k, v, u]) => `<li>${k}：${v.s}${u}</li>`).join('')}</ul></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">最近の投稿</h2><ul>${recent.map((n) => `<li><a href="/news/${ri(100, 9999)}/">${esc(n.head)}</a><span class="post-date">${n.ds}</span></li>`).join('')}</ul></aside>
<aside class="widget inner-padding widget_text"><h2 class="widget-title">${evName}</h2><p>${F.ja(ev)}（${wd(ev)}）<br>定員 ${cap.s}名（先着順）</p></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="サイト" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">${footer(o)}<span class="copyright">&copy; ${dp(e.date)[0]}</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">当サイトではサービス向上のためCookieを使用しています。</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">同意する</a></span></div></div>
<script id="generate-menu-js-extra">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"サブメニューを開く","closeSubMenuLabel":"サブメニューを閉じる"};</script>
<script>var gpStats = {"stats":[${stat.map(([, v]) => v.v).join(',')}],"event":{"date":"${ev}","capacity":${cap.v}}};</script>
</body>
</html>
`;
}

// 2. sjisfudosan (old Shift_JIS table layout): an old 街の不動産屋 site (HTML 4.01 Transitional, `<center>` 760px table,
//    spacer GIFs, `<font>`, `bgcolor`): header logo + 宅地建物取引業 免許番号 (知事(N)第N号), TEL / FAX, 営業時間 and 定休日;
//    a row of 【】 menu links; left column: おすすめ物件 (間取り, 賃料 N円, 管理費 N円, 専有 N㎡, 駅徒歩 N分), 管理戸数 N戸,
//    仲介実績 累計 N件, 無料相談会 (`M月D日（曜）`, 先着 N組), a text counter 「あなたは N 人目の訪問者です」; the release on the
//    right under 「★お知らせ★」 with ● heading bars and 「→ページの先頭へ」, then 過去のお知らせ (dot dates, figure headlines);
//    footer 所在地, 加盟団体, TEL. Printed with the two columns stacked (the release first).
function sjisfudosan(e, c, d, o, bl) {
  const F2 = (h) => `<font size="2">${h}</font>`;
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#fdf0d5" style="border-bottom:2px solid #c8780a"><font size="3" color="#8a4b00"><b>●${b.html}</b></font></td></tr></table>`, p: (h) => `<p>${F2(h)}</p>`, note: (b) => `<p><font size="2" color="#cc0000">${b.html}</font></p>`, table: (b) => tableHtml(b.rows, 'ftb', ' border="1" cellspacing="0" cellpadding="4" bordercolor="#c8a060" width="100%"'), list: (b) => `<${b.t}>${b.items.map((x) => `<li>${F2(x)}</li>`).join('')}</${b.t}>` })).join('\n');
  const phone = c.phone(); const fax = c.phone(); const addr = c.addr();
  const licN = c.V(11, 29, { comma: false }); const licNo = c.V(1000, 29999, { comma: false });
  const props = Array.from({ length: 3 }, () => ({ madori: pick(['1K', '1LDK', '2DK', '2LDK', '3LDK', 'ワンルーム']), rent: c.V(32000, 148000), fee: c.V(1500, 9800), area: c.V(18, 85, { comma: false }), walk: c.V(11, 25, { comma: false }), st: pick(['駅前', '中央', '本町', '東口', '北口']) }));
  const units = c.V(120, 3800); const deals = c.V(500, 12000);
  const soudan = c.D(3, 40); const kumi = c.V(11, 30, { comma: false });
  const counter = c.V(10000, 990000, { comma: false });
  const past = newsItems(c, 5, F.dots);
  const sp = (w, h) => `<img src="img/spacer.gif" width="${w}" height="${h}" alt="">`;
  const box = (t, h) => `<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#c8780a"><font size="2" color="#ffffff"><b>${t}</b></font></td></tr><tr><td bgcolor="#fffaf0"><font size="2">${h}</font></td></tr></table>${sp(1, 8)}<br>`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta name="keywords" content="不動産,賃貸,売買,アパート,マンション,月極駐車場">
<meta name="description" content="地域密着の不動産会社です。賃貸・売買・管理のご相談はお気軽に。">
${headMeta(e, d, o)}
<style type="text/css"><!--
body{font-family:"ＭＳ Ｐゴシック","Noto Sans CJK JP",sans-serif;margin:0}a{color:#8a4b00}.ftb{border-collapse:collapse;font-size:13px}.ftb th{background:#fdf0d5}
@media print{table.frame{width:100% !important}td.lcol,td.mcol{display:block;width:auto !important}td.gap{display:none}}
--></style>
</head>
<body bgcolor="#fffdf7" text="#333333" link="#8a4b00" vlink="#8a4b00" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<a name="top"></a>
${printHead(o)}
<center>
<table class="frame" width="760" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td colspan="3"><table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td>${unnei(o)}${logoHtml(o, `<a href="index.html"><img src="img/logo.gif" width="300" height="56" border="0"${imgAlt(o)}></a>`)}<br><font size="1" color="#996633">宅地建物取引業 ${pick(['東京都', '大阪府', '埼玉県', '千葉県', '愛知県'])}知事（${licN.s}）第${licNo.s}号</font></td><td align="right" valign="bottom">${F2(`TEL ${phone}<br>FAX ${fax}<br>営業時間 9:30〜18:30（水曜定休）`)}</td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#c8780a" align="center"><font size="2" color="#ffffff"><a href="index.html"><font color="#ffffff">【${esc(o.crumbHome)}】</font></a> <a href="chintai.html"><font color="#ffffff">【賃貸物件】</font></a> <a href="baibai.html"><font color="#ffffff">【売買物件】</font></a> <a href="parking.html"><font color="#ffffff">【月極駐車場】</font></a> <a href="kanri.html"><font color="#ffffff">【オーナー様へ】</font></a> <a href="company.html"><font color="#ffffff">【会社案内】</font></a></font></td></tr>
<tr valign="top">
<td class="mcol" width="570">
<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td bgcolor="#8a4b00" align="center"><font color="#ffffff"><b>★お知らせ★</b></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>
${d.crumb || d.crumbYear ? `<p>${F2(`<a href="index.html">${esc(o.crumbHome)}</a> &gt; <a href="news.html">お知らせ</a>${crumbs(d, (x) => ` &gt; ${x}`)}`)}</p>` : ''}
<${hTag(o)}><font size="4" color="#8a4b00">${ttl(e, d)}</font></${hTag(o)}>
<p align="right">${F2(dateTop(d))}</p>
<hr size="1" noshade color="#c8a060">
${body}
${tail(d, o, c)}
<p align="right">${F2('<a href="#top">→ページの先頭へ</a>')}</p>
</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td bgcolor="#8a4b00"><font size="2" color="#ffffff"><b>過去のお知らせ</b></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td>${F2(past.map((n) => `${n.ds}　<a href="news.html">${esc(n.head)}</a>`).join('<br>\n'))}</td></tr></table>
</td>
<td class="gap" width="15">${sp(15, 1)}</td>
<td class="lcol" width="175" bgcolor="#fffaf0">${sp(175, 6)}<br>
${box('おすすめ物件', props.map((p) => `■${p.madori}（${p.st}）<br>賃料 ${p.rent.s}円<br>管理費 ${p.fee.s}円<br>専有 ${p.area.s}㎡・駅徒歩${p.walk.s}分`).join('<br><br>'))}
${box('当社の実績', `管理戸数 ${units.s}戸<br>仲介実績 累計${deals.s}件`)}
${box('無料相談会', `相続・売却の無料相談会<br>${F.md(soudan)}（${wd(soudan)}）<br>先着 ${kumi.s}組・要予約`)}
<center><font size="1">あなたは<br><b>${counter.s}</b><br>人目の訪問者です</font></center><br>
</td></tr>
<tr><td colspan="3" bgcolor="#c8780a" align="center"><font size="2" color="#ffffff">${esc(addr)}　TEL ${phone}<br>（公社）全日本不動産協会会員・（公社）不動産保証協会会員</font><div style="color:#fff;font-size:12px">${footer(o)}</div></td></tr>
</table>
</center>
</body>
</html>
`;
}

// 3. squarespace (div soup): a Squarespace 7.1 blog item of a 建築設計事務所 / 写真スタジオ / ワイナリー: `sqs-announcement-bar`
//    (見学会 / 撮影会 / 蔵出し date, 送料無料 N円以上), `header#header` (`header-title-logo` or `header-title-text`,
//    `header-nav-item`s), `article.blog-item` (`blog-item-top-wrapper` with `blog-meta-item--date`, `blog-item-title`), the
//    body as `sqs-layout` rows of `sqs-block html-block` divs (one per block, `data-block-type="2"`, generated `block-yui_…`
//    ids), `blog-item-author-profile-wrapper`, `item-pagination` (previous / next headlines); a summary block 「Journal」 of other
//    posts (dates, figure headlines), a stats block (竣工実績 N件 / 撮影実績 N組 / 年間生産 N本…), newsletter 「N名が購読中」,
//    Instagram フォロワー N; `sqs-cookie-banner-v2`; `Static.SQUARESPACE_CONTEXT` with the counts.
function squarespace(e, c, d, o, bl) {
  const yui = () => `block-yui_3_17_2_1_${ri(1600000000, 1700000000)}${ri(100, 999)}_${ri(1000, 99999)}`;
  const blk = (h) => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="${yui()}"><div class="sqs-block-content"><div class="sqs-html-content">${h}</div></div></div>`;
  const body = bl.map((b) => blk(blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4} style="white-space:pre-wrap;">${b.html}</h${b.lv <= 2 ? 3 : 4}>`, p: (h) => `<p class="" style="white-space:pre-wrap;">${h}</p>`, note: (b) => `<p class="sqsrte-small" style="white-space:pre-wrap;">${b.html}</p>`, table: (b) => tableHtml(b.rows, 'sqs-table'), list: (b) => lst(b, 'sqs-list') }))).join('\n');
  const kind = pick(['建築設計事務所', '写真スタジオ', 'ワイナリー']);
  const stat = kind === '建築設計事務所' ? [['竣工実績', c.V(60, 900), '件'], ['一級建築士', c.V(11, 29, { comma: false }), '名']] : kind === '写真スタジオ' ? [['撮影実績', c.V(1200, 38000), '組'], ['衣装', c.V(120, 600), '着']] : [['年間生産', c.V(8000, 240000), '本'], ['自社畑', c.V(11, 48, { comma: false }), 'ha']];
  const annDate = c.D(4, 40); const ship = c.V(5000, 16000);
  const journal = newsItems(c, 3, (i) => { const [y, m, dd] = dp(i); return `${y}/${m}/${dd}`; });
  const subs = c.V(300, 9800); const insta = c.V(1200, 48000);
  const author = c.person();
  const annText = kind === '建築設計事務所' ? `完成見学会 ${F.ja(annDate)}（${wd(annDate)}）開催・要予約` : kind === '写真スタジオ' ? `七五三 前撮り予約受付中　${F.md(annDate)}まで早割` : `蔵出しワイン祭り ${F.ja(annDate)}（${wd(annDate)}）　${ship.s}円以上で送料無料`;
  const ctx = { website: { id: ids(24), identifier: ids(10), siteTitle: kind, timeZone: 'Asia/Tokyo', language: 'ja-JP' }, collection: { id: ids(24), typeName: 'blog', itemCount: stat[0][1].v }, item: { id: ids(24), recordTypeLabel: 'text' }, stats: { subscribers: subs.v, instagram: insta.v, ship: ship.v }, templateVersion: '7.1' };
  return `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="ja-JP">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta charset="utf-8">
<!-- This is Squarespace. --><!-- ${ids(12)} -->
${headMeta(e, d, o, `\n<link rel="preconnect" href="https://images.squarespace-cdn.com">\n<link href="//assets.squarespace.com/universal/styles-compressed/commerce-${ids(20)}-min.ja-JP.css" rel="stylesheet" type="text/css">\n<link href="https://static1.squarespace.com/static/versioned-site-css/${ids(24)}/${ri(10, 99)}/${ids(24)}/${ids(24)}/${ri(1000, 9999)}/site.css" rel="stylesheet" type="text/css">`)}
<style>body{margin:0;font-family:"Noto Sans JP","Hiragino Sans","Noto Sans CJK JP",sans-serif;color:#1d1d1d;background:#faf8f5}.sqs-announcement-bar{background:#2b2b2b;color:#fff;text-align:center;font-size:13px;padding:10px}.header{padding:28px 5vw;display:flex;justify-content:space-between;align-items:center}.header-title-text a{font-size:24px;letter-spacing:.1em;color:#1d1d1d;text-decoration:none}.header-nav-list{display:flex;gap:26px}.header-nav-item a{color:#1d1d1d;text-decoration:none;font-size:14px}
.blog-item-wrapper{max-width:760px;margin:0 auto;padding:40px 20px}.blog-item-top-wrapper{text-align:center;margin-bottom:40px}.blog-meta-item{font-size:13px;color:#777}.blog-item-title h1,.blog-item-title h2{font-size:30px;font-weight:400}.sqs-block{padding:8px 0}.sqs-html-content p{line-height:1.9;margin:0}.sqs-table{border-collapse:collapse;width:100%}.sqs-table td,.sqs-table th{border:1px solid #d5d0c8;padding:6px 10px}.sqsrte-small{font-size:13px;color:#666}.item-pagination{display:flex;justify-content:space-between;border-top:1px solid #ddd;padding-top:20px;margin-top:30px;font-size:14px}
.summary-block-wrapper{max-width:760px;margin:30px auto;padding:0 20px}.summary-item{border-top:1px solid #e5e0d8;padding:10px 0}.summary-metadata-item--date{font-size:12px;color:#888}.stats-block{display:flex;gap:40px;justify-content:center;padding:24px;background:#fff}.footer-sections{background:#2b2b2b;color:#ddd;font-size:13px;padding:30px 5vw}.sqs-cookie-banner-v2{position:fixed;bottom:16px;left:16px;max-width:360px;background:#fff;box-shadow:0 2px 10px rgba(0,0,0,.2);padding:14px;font-size:12px}
@media print{.header-nav,.sqs-cookie-banner-v2{display:none}.sqs-announcement-bar{position:static}}</style>
</head>
<body id="item-${ids(24)}" class="header-overlay-alignment-center tweak-blog-item-width-narrow tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title primary-button-style-solid show-blog-item-pagination collection-type-blog-basic-grid view-item collection-layout-default mobile-style-available sqs-seven-one">
${printHead(o)}
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p>${esc(annText)}</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-title-nav-wrapper">${unnei(o)}<div class="header-title" data-animation-role="header-element">${o.h1 ? logoHtml(o, '') : o.logoAlt !== 'ロゴ' || o.svg || o.logoTitle ? `<div class="header-title-logo">${logoHtml(o, `<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/${ids(24)}/${ids(8)}/logo.png?format=1500w"${imgAlt(o)} style="display:block"></a>`)}</div>` : `<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">${esc(kind === '建築設計事務所' ? 'ARCHITECTS OFFICE' : kind === '写真スタジオ' ? 'PHOTO STUDIO' : 'WINERY')}</a></div>`}</div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/">${esc(o.crumbHome)}</a></div><div class="header-nav-item header-nav-item--collection"><a href="/works">${kind === '建築設計事務所' ? 'Works' : kind === '写真スタジオ' ? 'Gallery' : 'Wines'}</a></div><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/journal" aria-current="page">Journal</a></div><div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div><div class="header-nav-item header-nav-item--collection"><a href="/contact">Contact</a></div></nav></div></div>
</div></div></div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="${ids(24)}">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry blog-item hentry tag-news author-${ids(6)} post-type-text article-index-1" data-item-id="${ids(24)}">
${d.crumb || d.crumbYear ? `<div class="blog-item-breadcrumb"><a href="/journal">Journal</a>${crumbs(d, (x) => ` / ${x}`)}</div>` : ''}
<div class="blog-item-top-wrapper">
<div class="blog-item-category-date-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-author">${esc(author)}</span></span><span class="blog-meta-delimiter"></span><span class="blog-meta-secondary">${d.line || d.datetime ? `<span class="blog-meta-item blog-meta-item--date">${dateTop({ ...d, top: '' })}</span>` : ''}</span></div></div>${d.top}
<div class="blog-item-title"><${hTag(o)} class="entry-title entry-title--large p-name" data-content-field="title" style="text-align:center;">${ttl(e, d)}</${hTag(o)}></div>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="${ri(1600000000, 1700000000)}${ri(100, 999)}" id="item-${ids(24)}"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${body}
</div></div></div>
</div></div>
${tail(d, o, c)}
<div class="blog-item-author-profile-wrapper"><div class="blog-item-author-name"><a href="/journal?author=${ids(24)}">${esc(author)}</a></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev" href="/journal/${ids(8)}"><div class="item-pagination-prev-next">前へ</div><h2 class="item-pagination-title">${esc(pick(HEADLINES))}</h2></a><a class="item-pagination-link item-pagination-link--next" href="/journal/${ids(8)}"><div class="item-pagination-prev-next">次へ</div><h2 class="item-pagination-title">${esc(pick(HEADLINES))}</h2></a></section>
</article>
</div></div></div>
</section>
<section class="page-section"><div class="summary-block-wrapper summary-block-collection-type-blog-basic-grid"><div class="summary-heading"><span>Journal</span></div><div class="summary-item-list">${journal.map((n) => `<div class="summary-item summary-item-record-type-text"><div class="summary-metadata-container"><div class="summary-metadata"><time class="summary-metadata-item summary-metadata-item--date">${n.ds}</time></div></div><div class="summary-title"><a href="/journal/${ids(8)}" class="summary-title-link">${esc(n.head)}</a></div></div>`).join('')}</div></div></section>
<section class="page-section"><div class="stats-block">${stat.map(([k, v, u]) => `<div class="sqs-block html-block"><div class="sqs-block-content"><p><strong>${v.s}</strong>${u}<br>${k}</p></div></div>`).join('')}</div></section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><div class="footer-sections"><div class="sqs-block newsletter-block"><p>ニュースレター（${subs.s}名が購読中）</p></div><div class="sqs-block socialaccountlinks-v2-block"><p>Instagram フォロワー ${insta.s}</p></div>${footer(o)}</div></footer>
</div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">このウェブサイトは、ユーザー体験の向上のためCookieを使用しています。</div><button class="sqs-cookie-banner-v2-accept">承認</button></div></div>
<script>Static.SQUARESPACE_CONTEXT = ${JSON.stringify(ctx)};</script>
</body>
</html>
`;
}

// 4. mtclassic (Movable Type): a Movable Type 5.2 「クラシックウェブサイト」 (Classic Website) theme site (XHTML 1.0
//    Transitional, `mt-site.js`, `mt.cgi`-less static publishing; 3 EUC-JP, 4 UTF-8) of a 私立幼稚園 / 地区医師会 / 法律事務所:
//    `body#classic-website.mt-entry-archive.layout-wt`, `#container-inner`, `#header-name` / `#header-description`, `#nav`
//    (the website's folders), `#alpha` → `entry-asset asset hentry` (`asset-header` with `asset-name entry-title`, `asset-meta`
//    「投稿者: … 日時: …」, `asset-body`, `asset-footer` カテゴリ / タグ), `content-nav` (« prev | メイン | next »); `#beta`: 検索,
//    最近のブログ記事 (slash dates, figure headlines), 月別アーカイブ 「2025年11月 (N)」, 園の概要 / 医師会の概要 / 事務所概要 (園児数,
//    教職員, 会員数, 加入医療機関, 弁護士 N名, 解決実績), 行事予定 / 休日当番医 / 無料法律相談 (dates); footer address and
//    「Powered by Movable Type Pro」.
function mtclassic(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4}>${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<p class="note" style="font-size:90%">${b.html}</p>`, tableClass: 'entry-table' })).join('\n');
  const kind = pick(['幼稚園', '医師会', '法律事務所']);
  const recent = newsItems(c, 5, F.slash);
  const months = Array.from({ length: 6 }, (_, k) => { const [y, m] = dp(e.date); const mm = ((m - 1 - k - 1 + 24) % 12) + 1; const yy = m - k - 1 <= 0 ? y - 1 : y; return { label: `${yy}年${mm}月`, n: c.V(11, 38, { comma: false }) }; });
  const stat = kind === '幼稚園' ? [['園児数', c.V(60, 420, { comma: false }), '名'], ['教職員', c.V(12, 48, { comma: false }), '名']] : kind === '医師会' ? [['会員数', c.V(150, 2400), '名'], ['加入医療機関', c.V(80, 1200), '施設']] : [['所属弁護士', c.V(11, 35, { comma: false }), '名'], ['解決実績', c.V(800, 9600), '件']];
  const evs = Array.from({ length: 3 }, () => c.D(3, 55)).sort();
  const evNames = kind === '幼稚園' ? shuffle(['未就園児教室', '入園説明会', '作品展', '生活発表会', '願書受付']) : kind === '医師会' ? shuffle(['休日当番医', '市民公開講座', '理事会', '予防接種説明会']) : shuffle(['無料法律相談会', '相続セミナー', '債務整理相談会', '事務所説明会']);
  const author = pick(['事務局', '広報担当', 'webmaster', '園長']);
  const charset = enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8';
  const eid = ri(100, 2999);
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<meta name="generator" content="Movable Type Pro 5.2.13" />
${headMeta(e, d, o, `\n<link rel="stylesheet" href="/styles.css" type="text/css" />\n<link rel="start" href="/" title="Home" />\n<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/rsd.xml" />\n<script type="text/javascript" src="/mt.js"></script>\n<link rel="prev bookmark" href="/news/${pad(eid - 1)}.html" title="${esc(pick(HEADLINES))}" />`, true)}
<style type="text/css">body{margin:0;background:#e9e6df;font-family:"Noto Sans JP","Hiragino Sans","Noto Sans CJK JP",sans-serif;font-size:13px;color:#333}#container-inner{width:950px;margin:0 auto;background:#fff}#header{background:#fff;border-bottom:4px solid #7a5c3a;padding:20px 25px}#header-name{margin:0;font-size:24px}#header-name a{color:#5a3e22;text-decoration:none}#header-description{font-size:12px;color:#888;margin:4px 0 0}#nav ul{display:flex;list-style:none;margin:0;padding:0;background:#7a5c3a}#nav li a{display:block;color:#fff;padding:9px 18px;text-decoration:none}
#content-inner{display:flex}#alpha{width:650px;padding:20px 25px}#beta{width:250px;padding:20px 15px;font-size:12px}.asset-name{font-size:20px;color:#5a3e22;border-bottom:1px solid #ccc}.asset-meta{font-size:11px;color:#777}.asset-body{line-height:1.9}.entry-table{border-collapse:collapse}.entry-table td,.entry-table th{border:1px solid #aaa;padding:4px 7px}.widget-header{background:#f1ede5;border-left:4px solid #7a5c3a;padding:3px 8px;font-size:13px}.widget-content ul{padding-left:16px}.content-nav{text-align:center;font-size:12px}#footer{background:#5a3e22;color:#eee;padding:14px 25px;font-size:11px}
@media print{#container-inner{width:auto}#content-inner{display:block}#alpha,#beta{width:auto}#nav,.widget-search{display:none}}</style>
</head>
<body id="classic-website" class="mt-entry-archive layout-wt">
${printHead(o)}
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">${unnei(o)}
${o.h1 ? `<h1 id="header-name"><a href="/" accesskey="1">${esc(o.h1)}</a></h1>` : `<div id="header-name">${logoHtml(o, `<a href="/" accesskey="1"><img src="/images/header-logo.png"${imgAlt(o)} width="360" height="48" /></a>`)}</div>`}
<div id="header-description">${kind === '幼稚園' ? 'のびのび　いきいき　なかよく' : kind === '医師会' ? '地域医療と市民の健康を支えます' : '暮らしと事業の法律問題をサポートします'}</div>
</div></div></div>
<div id="nav"><div id="nav-inner"><ul class="nav-list"><li class="nav-list-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="nav-list-item"><a href="/about/">${kind === '幼稚園' ? '園の紹介' : kind === '医師会' ? '医師会について' : '事務所案内'}</a></li><li class="nav-list-item"><a href="/${kind === '医師会' ? 'medical' : 'guide'}/">${kind === '幼稚園' ? '入園案内' : kind === '医師会' ? '医療機関検索' : '取扱分野'}</a></li><li class="nav-list-item"><a href="/news/">お知らせ</a></li><li class="nav-list-item"><a href="/access/">アクセス</a></li></ul></div></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
${d.crumb || d.crumbYear ? `<div id="breadcrumbs"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="/news/">お知らせ</a>${crumbs(d, (x) => ` &gt; ${x}`)}</div>` : ''}
<div id="entry-${eid}" class="entry-asset asset hentry">
<div class="asset-header">
<${hTag(o)} id="page-title" class="asset-name entry-title">${ttl(e, d)}</${hTag(o)}>
<div class="asset-meta">${d.line || d.datetime ? `<span class="byline">投稿者: <span class="vcard author">${esc(author)}</span> 日時: ${dateTop({ ...d, top: '' })}</span>` : `<span class="byline">投稿者: <span class="vcard author">${esc(author)}</span></span>`}</div>${d.top}
</div>
<div class="asset-content entry-content">
<div class="asset-body">
${body}
</div>
${tail(d, o, c)}
</div>
<div class="asset-footer"><div class="entry-categories"><h4>カテゴリ<span class="delimiter">:</span></h4><ul><li class="entry-category"><a href="/news/info/">お知らせ</a></li></ul></div></div>
</div>
<div class="content-nav"><a class="previous-link" href="/news/${pad(eid - 1)}.html">&laquo; ${esc(pick(HEADLINES))}</a> | <a class="main-index-link" href="/news/">メインページ</a> | <a class="next-link" href="/news/${pad(eid + 1)}.html">${esc(pick(HEADLINES))} &raquo;</a></div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-search widget"><h3 class="widget-header">検索</h3><div class="widget-content"><form method="get" action="/mt/mt-search.cgi"><input type="text" id="search" class="ti" name="search" value="" /><input type="hidden" name="IncludeBlogs" value="${ri(1, 9)}" /><input type="submit" accesskey="4" value="検索" /></form></div></div>
<div class="widget-about widget"><h3 class="widget-header">${kind === '幼稚園' ? '園の概要' : kind === '医師会' ? '医師会の概要' : '事務所概要'}</h3><div class="widget-content"><ul>${stat.map(([k, v, u]) => `<li>${k} ${v.s}${u}</li>`).join('')}</ul></div></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のブログ記事</h3><div class="widget-content"><ul>${recent.map((n) => `<li><a href="/news/${pad(ri(100, 2999))}.html">${esc(n.head)}</a><br />${n.ds}</li>`).join('')}</ul></div></div>
<div class="widget-events widget"><h3 class="widget-header">${kind === '幼稚園' ? '行事予定' : kind === '医師会' ? '今後の予定' : '相談会のご案内'}</h3><div class="widget-content"><ul>${evs.map((x, k) => `<li>${F.md(x)}（${wd(x)}）${evNames[k]}</li>`).join('')}</ul></div></div>
<div class="widget-archive-monthly widget-archive widget"><h3 class="widget-header">月別 アーカイブ</h3><div class="widget-content"><ul>${months.map((m) => `<li><a href="/news/${m.label.replace(/\D+/g, '_')}">${m.label} (${m.n.s})</a></li>`).join('')}</ul></div></div>
<div class="widget-syndication widget"><div class="widget-content"><ul><li><img src="/mt-static/images/status_icons/feed.gif" alt="購読する" width="9" height="9" /> <a href="/atom.xml">このブログを購読</a></li></ul></div></div>
<div class="widget-powered widget"><div class="widget-content"><a href="http://www.movabletype.jp/"><img src="/mt-static/images/bug-pbmt-white.png" alt="Powered by Movable Type Pro" width="120" height="75" /></a></div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content">${footer(o)}<div class="widget-powered"><div class="widget-content">Powered by <a href="http://www.sixapart.jp/movabletype/">Movable Type Pro</a></div></div></div></div></div>
</div></div>
</body>
</html>
`;
}

// 5. docusaurus (a React static-site page, Next.js-like): a Docusaurus 3 blog post of a SaaS company / 大学 情報基盤センター / OSS
//    コミュニティ: `html.blog-wrapper.blog-post-page.plugin-blog`, `meta name="docusaurus_locale"`, `#__docusaurus`, skip link,
//    `navbar navbar--fixed-top` (`navbar__brand` logo + `navbar__title`, ドキュメント / お知らせ / ステータス, GitHub), `main-wrapper`
//    → `container margin-vert--lg` → `row`: `aside.col col--3` 「最近の投稿」 sidebar (figure headlines, no dates), `main.col col--7`
//    `article` (`header` h1, date line 「· 約N分」, author avatars), `div.markdown` (h2/h3 with anchors, `theme-admonition` notes,
//    tables, lists), footer tags, `pagination-nav` (新しい記事 / 過去の記事 with headlines), `col col--2` table of contents; dark
//    footer (導入社数 / 利用者数 figures in the blurb, 「Built with Docusaurus.」); a `dataLayer` script with the counts and the
//    other posts' ISO dates.
function docusaurus(e, c, d, o, bl) {
  let hk = 0; const toc = [];
  const body = bl.map((b) => blockHtml(b, { h: (b) => { const lv = b.lv <= 2 ? 2 : 3; const id = `section-${++hk}`; if (lv === 2) toc.push({ id, html: b.html }); return `<h${lv} class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${b.html}<a href="#${id}" class="hash-link" aria-label="${id} への直接リンク" title="${id} への直接リンク">​</a></h${lv}>`; }, note: (b) => `<div class="theme-admonition theme-admonition-caution admonition_xJq3 alert alert--warning"><div class="admonitionHeading_Gvgb">注意</div><div class="admonitionContent_BuS1"><p>${b.html}</p></div></div>`, table: (b) => tableHtml(b.rows), list: (b) => lst(b) })).join('\n');
  const kind = pick(['SaaS', '情報基盤センター', 'OSSコミュニティ']);
  const minutes = c.V(11, 39, { comma: false });
  const recent = newsItems(c, 5, F.slash);
  const stat = kind === 'SaaS' ? [['導入社数', c.V(300, 9800), '社'], ['月間アクティブユーザー', c.V(12000, 480000), '人']] : kind === '情報基盤センター' ? [['学内アカウント', c.V(8000, 42000), '件'], ['無線LANアクセスポイント', c.V(300, 2400), '台']] : [['コントリビューター', c.V(120, 2400), '人'], ['GitHub スター', c.V(1500, 38000), '']];
  const author = pick(['広報チーム', 'セキュリティ対策室', '運用チーム', 'センター事務室']);
  const siteName = kind === 'SaaS' ? 'Product Blog' : kind === '情報基盤センター' ? 'センターからのお知らせ' : 'Community Blog';
  const dl = { event: 'blog_view', stats: stat.map(([, v]) => v.v), readingMinutes: minutes.v, related: recent.map((n) => ({ title: n.head, date: `${n.date}T00:00:00.000Z` })) };
  return `<!doctype html>
<html lang="ja" dir="ltr" class="blog-wrapper blog-post-page plugin-blog plugin-id-default" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.5.2">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="docusaurus_locale" content="ja">
<meta name="docusaurus_tag" content="default">
<meta name="docsearch:language" content="ja">
${headMeta(e, d, o, `\n<link rel="stylesheet" href="/assets/css/styles.${ids(8)}.css">\n<script src="/assets/js/runtime~main.${ids(8)}.js" defer="defer"></script>\n<script src="/assets/js/main.${ids(8)}.js" defer="defer"></script>`)}
<style>body{margin:0;font-family:"Hiragino Kaku Gothic ProN","Noto Sans CJK JP",system-ui,sans-serif;color:#1c1e21}.navbar{position:sticky;top:0;display:flex;align-items:center;gap:18px;height:60px;padding:0 16px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.1)}.navbar__title{font-weight:700}.navbar__item{color:#1c1e21;text-decoration:none}.container{max-width:1140px;margin:0 auto;padding:0 16px}.row{display:flex}.col--3{width:25%}.col--7{width:58%}.col--2{width:17%}.margin-vert--lg{margin:32px auto}
.sidebar_re4s{font-size:14px}.sidebarItemTitle_pO2u{font-weight:700;margin-bottom:8px}.sidebarItemList_Yudw{list-style:none;padding:0}.sidebarItem__DBe{margin:8px 0}.title_f1Hy{font-size:36px;margin:0 0 8px}.container_mt6G{font-size:14px;color:#606770}.markdown{line-height:1.8}.markdown table{border-collapse:collapse}.markdown td,.markdown th{border:1px solid #dadde1;padding:8px 12px}.alert--warning{background:#fff8e6;border-left:5px solid #e6a700;padding:12px 16px;margin:16px 0;border-radius:6px}.table-of-contents{font-size:13px;list-style:none;padding-left:8px;border-left:1px solid #ddd}.pagination-nav{display:flex;gap:16px;margin-top:32px}.pagination-nav__link{flex:1;border:1px solid #dadde1;border-radius:6px;padding:12px;text-decoration:none}.footer--dark{background:#303846;color:#ebedf0;padding:32px 16px;font-size:13px}
@media print{.navbar,.col--2,.theme-back-to-top-button{display:none}.row{display:block}.col--3,.col--7{width:auto}}</style>
</head>
<body class="navigation-with-keyboard">
<script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus">
${printHead(o)}
<div role="region" aria-label="メインコンテンツまでスキップ"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">メインコンテンツまでスキップ</a></div>
<nav aria-label="メイン" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items">${unnei(o)}<a class="navbar__brand" href="/">${o.h1 ? '' : `<div class="navbar__logo">${logoHtml(o, `<img src="/img/logo.svg"${imgAlt(o)} class="themedComponent_mlkZ themedComponent--light_NVdE" height="32" width="32">`)}</div>`}${o.h1 ? logoHtml(o, '') : `<b class="navbar__brand navbar__title text--truncate">${esc(siteName)}</b>`}</a><a class="navbar__item navbar__link" href="/docs/intro">ドキュメント</a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/blog">お知らせ</a><a class="navbar__item navbar__link" href="/status">ステータス</a></div><div class="navbar__items navbar__items--right"><a href="https://github.com/${ids(8)}" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub</a></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0">
<div class="container margin-vert--lg"><div class="row">
<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="最近のブログ記事のナビゲーション"><div class="sidebarItemTitle_pO2u margin-bottom--md">最近の投稿</div><ul class="sidebarItemList_Yudw clean-list">${recent.map((n) => `<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="/blog/${ids(8)}">${esc(n.head)}</a></li>`).join('')}</ul></nav></aside>
<main class="col col--7" itemscope itemtype="https://schema.org/Blog">
${d.crumb || d.crumbYear ? `<nav class="theme-doc-breadcrumbs" aria-label="パンくずリストのナビゲーション"><ul class="breadcrumbs" style="display:flex;gap:6px;list-style:none;padding:0;font-size:13px"><li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/">${esc(o.crumbHome)}</a></li><li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/blog">お知らせ</a></li>${crumbs(d, (x) => `<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">${x}</span></li>`)}</ul></nav>` : ''}
<article itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<header><${hTag(o)} class="title_f1Hy" itemprop="headline">${ttl(e, d)}</${hTag(o)}>
<div class="container_mt6G margin-vert--md">${d.line || d.datetime ? `${dateTop({ ...d, top: '' })} · ` : ''}約${minutes.s}分</div>${d.top}
<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><div class="avatar__intro" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="avatar__name"><span itemprop="name">${esc(author)}</span></div></div></div></div></div>
</header>
<div id="__blog-post-container" class="markdown" itemprop="articleBody">
${body}
</div>
${tail(d, o, c)}
<footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl"><div class="col"><b>タグ:</b><ul class="tags_jXut padding--none margin-left--sm"><li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/blog/tags/news">お知らせ</a></li><li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/blog/tags/security">セキュリティ</a></li></ul></div></footer>
</article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="ブログ記事のナビゲーション"><a class="pagination-nav__link pagination-nav__link--prev" href="/blog/${ids(8)}"><div class="pagination-nav__sublabel">新しい記事</div><div class="pagination-nav__label">${esc(pick(HEADLINES))}</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/blog/${ids(8)}"><div class="pagination-nav__sublabel">過去の記事</div><div class="pagination-nav__label">${esc(pick(HEADLINES))}</div></a></nav>
</main>
<div class="col col--2"><div class="tableOfContents_bqdL thin-scrollbar"><ul class="table-of-contents table-of-contents__left-border">${toc.map((t) => `<li><a href="#${t.id}" class="table-of-contents__link toc-highlight">${t.html}</a></li>`).join('')}</ul></div></div>
</div></div>
</div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">${esc(siteName)}</div><p>${stat.map(([k, v, u]) => `${k} ${v.s}${u}`).join(' / ')}</p></div><div class="col footer__col"><div class="footer__title">リンク</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/privacy">プライバシーポリシー</a></li><li class="footer__item"><a class="footer__link-item" href="/terms">利用規約</a></li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">${footer(o)}Built with Docusaurus.</div></div></div></footer>
</div>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push(${JSON.stringify(dl)});</script>
</body>
</html>
`;
}

// 6. xoopsbs (Bootstrap CMS): an XOOPS Cube Legacy 2.3 site on a Bootstrap 4 theme of a 自治会連合会 / 公民館 / スポーツ少年団
//    (UTF-8 4, EUC-JP 2): `meta name="generator" content="XOOPS Cube"`, `xoops.js`, `navbar navbar-expand-md navbar-dark bg-success`,
//    `#xoops_leftcolumn` (`card` blocks: メインメニュー `list-group`, ログイン form, オンライン状況 「N 人のユーザが現在オンラインです
//    （N 人のユーザが ニュース を参照しています）」 with 登録ユーザ / ゲスト counts, 会員数), `#xoops_centercolumn` (news module:
//    `breadcrumb`, `card.news-article` with `itemTitle`, `itemInfo` 「投稿者 : … 投稿日時 : … (N ヒット)」, `itemText`,
//    `alert alert-info` notes, `table table-sm table-bordered`, `itemFoot` 印刷用ページ / 友達に送る), `#xoops_rightcolumn` (新着
//    情報 with dot dates and figures, piCal 今後の予定 dates, アクセスカウンター); footer 「Powered by XOOPS Cube」; an
//    `XCL_CONFIG` script with the counts.
function xoopsbs(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 4 : 5} class="mt-3">${b.html}</h${b.lv <= 2 ? 4 : 5}>`, note: (b) => `<div class="alert alert-info" role="alert"><p class="mb-0">${b.html}</p></div>`, table: (b) => `<div class="table-responsive">${tableHtml(b.rows, 'table table-sm table-bordered')}</div>`, list: (b) => lst(b) })).join('\n');
  const kind = pick(['自治会連合会', '公民館', 'スポーツ少年団']);
  const online = c.V(11, 48, { comma: false }); const viewing = c.V(11, 39, { comma: false }); const guests = c.V(50, 240, { comma: false });
  const members = kind === 'スポーツ少年団' ? ['団員数', c.V(20, 160, { comma: false }), '名'] : kind === '公民館' ? ['登録サークル', c.V(12, 90, { comma: false }), '団体'] : ['加入世帯', c.V(1200, 38000), '世帯'];
  const hits = c.V(120, 9800);
  const topics = newsItems(c, 5, F.dots);
  const evs = Array.from({ length: 3 }, () => c.D(3, 55)).sort();
  const evNames = kind === '公民館' ? shuffle(['公民館まつり', '囲碁将棋教室', '料理教室', 'パソコン講座', '健康体操']) : kind === 'スポーツ少年団' ? shuffle(['練習試合', '市長杯大会', '保護者会', '体験会']) : shuffle(['役員会', '防災訓練', '一斉清掃', '敬老会']);
  const counter = c.V(10000, 990000, { comma: false });
  const charset = enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8';
  const storyid = ri(100, 2999);
  const poster = pick(['webmaster', '事務局', '広報部', '館長']);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="content-type" content="text/html; charset=${charset}">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index,follow">
<meta name="generator" content="XOOPS Cube">
${headMeta(e, d, o, `\n<link rel="stylesheet" href="/themes/bs4_xcl/css/bootstrap.min.css">\n<link rel="stylesheet" href="/themes/bs4_xcl/css/style.css">\n<script type="text/javascript" src="/include/xoops.js"></script>\n<script type="text/javascript"><!--\nvar xoops_url = "/";\n//--></script>`)}
<style>body{margin:0;font-family:"Noto Sans JP","Hiragino Sans","Noto Sans CJK JP",sans-serif;font-size:14px;color:#212529}.navbar{display:flex;justify-content:space-between;align-items:center;background:#28a745;color:#fff;padding:10px 16px}.navbar a{color:#fff;text-decoration:none}.navbar-nav{display:flex;gap:16px;list-style:none;margin:0;padding:0}.container{max-width:1140px;margin:0 auto;padding:0 15px}.row{display:flex;gap:20px}.col-md-3{width:23%;font-size:13px}.col-md-6{flex:1;min-width:0}.card{border:1px solid rgba(0,0,0,.125);border-radius:4px;margin:16px 0}.card-header{background:#f7f7f7;border-bottom:1px solid rgba(0,0,0,.125);padding:8px 12px;font-weight:bold}.card-body{padding:12px}.list-group{list-style:none;padding:0;margin:0}.list-group-item{border-bottom:1px solid #eee;padding:6px 4px}
.itemTitle{font-size:20px;margin:0 0 6px}.itemInfo{font-size:12px;color:#6c757d}.table{border-collapse:collapse;width:100%}.table td,.table th{border:1px solid #dee2e6;padding:4px 8px}.alert-info{background:#d1ecf1;border:1px solid #bee5eb;padding:10px 14px}.breadcrumb{display:flex;gap:6px;list-style:none;padding:8px 12px;background:#e9ecef;font-size:12px}footer{background:#343a40;color:#ccc;padding:16px;font-size:12px;text-align:center}
@media print{.navbar,#xoops_leftcolumn .login-block{display:none}.row{display:block}.col-md-3{width:auto}}</style>
</head>
<body>
${printHead(o)}
<nav class="navbar navbar-expand-md navbar-dark bg-success"><a class="navbar-brand" href="/">${esc(o.crumbHome)}</a><ul class="navbar-nav mr-auto"><li class="nav-item"><a class="nav-link" href="/modules/news/">お知らせ</a></li><li class="nav-item"><a class="nav-link" href="/modules/piCal/">行事予定</a></li><li class="nav-item"><a class="nav-link" href="/modules/d3forum/">掲示板</a></li><li class="nav-item"><a class="nav-link" href="/modules/inquiry/">お問い合わせ</a></li></ul></nav>
<header class="container py-3">${unnei(o)}${logoHtml(o, `<a href="/"><img src="/themes/bs4_xcl/images/logo.png"${imgAlt(o)} width="400" height="60"></a>`)}<p class="text-muted small mb-0">${kind === '自治会連合会' ? '住みよいまちを、みんなの手で' : kind === '公民館' ? '学び・集い・つながる地域の拠点' : '元気な子どもたちを育てます'}</p></header>
<div class="container"><div class="row">
<div id="xoops_leftcolumn" class="col-md-3">
<div class="card"><div class="card-header">メインメニュー</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="list-group-item"><a href="/modules/news/">お知らせ</a></li><li class="list-group-item"><a href="/modules/piCal/">行事予定</a></li><li class="list-group-item"><a href="/modules/pico/">${kind === '公民館' ? '施設のご案内' : kind === 'スポーツ少年団' ? '団の紹介' : '連合会について'}</a></li><li class="list-group-item"><a href="/modules/d3downloads/">各種様式</a></li></ul></div>
<div class="card login-block"><div class="card-header">ログイン</div><div class="card-body"><form action="/user.php" method="post">ユーザ名: <input type="text" name="uname" size="12"><br>パスワード: <input type="password" name="pass" size="12"><br><input type="hidden" name="op" value="login"><input type="submit" value="ログイン"></form><a href="/lostpass.php">パスワード紛失</a></div></div>
<div class="card"><div class="card-header">オンライン状況</div><div class="card-body">${online.s} 人のユーザが現在オンラインです。 (${viewing.s} 人のユーザが お知らせ を参照しています。)<br><br>登録ユーザ: 0<br>ゲスト: ${guests.s}<br><br><a href="/misc.php?action=showpopups&amp;type=online">もっと...</a></div></div>
<div class="card"><div class="card-header">${members[0]}</div><div class="card-body">${members[1].s}${members[2]}</div></div>
</div>
<div id="xoops_centercolumn" class="col-md-6">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="breadcrumb-item"><a href="/modules/news/">お知らせ</a></li>${crumbs(d, (x) => `<li class="breadcrumb-item active">${x}</li>`)}</ol>
<div class="card news-article"><div class="card-body">
<div class="itemHead"><span class="itemTitle"><${hTag(o)} style="font-size:20px;display:inline">${ttl(e, d)}</${hTag(o)}></span></div>
<div class="itemInfo">投稿者 : ${esc(poster)}${d.line || d.datetime ? ` 投稿日時 : ${dateTop({ ...d, top: '' })}` : ''} (${hits.s} ヒット)</div>${d.top}
<div class="itemText">
${body}
</div>
${tail(d, o, c)}
<div class="itemFoot"><span class="itemAdminLink"></span><span class="itemPermaLink"><a href="/modules/news/print.php?storyid=${storyid}" rel="nofollow">印刷用ページ</a>　<a href="mailto:?subject=${encodeURIComponent('興味深い記事')}" rel="nofollow">このニュースを友達に送る</a></span></div>
</div></div>
</div>
<div id="xoops_rightcolumn" class="col-md-3">
<div class="card"><div class="card-header">新着情報</div><div class="card-body"><ul class="list-unstyled" style="padding-left:0;list-style:none">${topics.map((n) => `<li class="mb-2"><small>${n.ds}</small><br><a href="/modules/news/article.php?storyid=${ri(100, 2999)}">${esc(n.head)}</a></li>`).join('')}</ul></div></div>
<div class="card"><div class="card-header">今後の予定</div><div class="card-body"><ul style="padding-left:16px">${evs.map((x, k) => `<li>${F.md(x)}（${wd(x)}）${evNames[k]}</li>`).join('')}</ul></div></div>
<div class="card"><div class="card-header">アクセスカウンター</div><div class="card-body text-center">${counter.s}</div></div>
</div>
</div></div>
<footer>${footer(o)}<p>Powered by <a href="https://xoopscube.org/">XOOPS Cube</a> &copy; 2005-${dp(e.date)[0]} The XOOPS Cube Project</p><p>Theme designed by bs4_xcl</p></footer>
<script type="text/javascript">var XCL_CONFIG = {"online":${online.v},"guests":${guests.v},"hits":${hits.v},"members":${members[1].v},"counter":${counter.v}};</script>
</body>
</html>
`;
}

// ---------- documents ----------
let docTurn = 0;
const docHtml = (e, c, bl) => documentHtml(e, c, bl, (annexable) => (annexable ? ['bessi', 'annex2col', 'wrapTable', 'plain'][docTurn++ % 4] : pick(['plain', 'bessi', 'wrapTable'])), { boxOnBareAnnex: true });

// ---------- build ----------
const entries = drawEntries('ac', [['wpgenerate', 7], ['sjisfudosan', 7], ['squarespace', 7], ['mtclassic', 7], ['docusaurus', 6], ['xoopsbs', 6]], DATE_MODES, ORG_MODES);
let mtN = 0, xN = 0;
for (const e of entries) e.encoding = e.style === 'sjisfudosan' ? 'Shift_JIS' : e.style === 'mtclassic' ? (mtN++ < 3 ? 'EUC-JP' : 'UTF-8') : e.style === 'xoopsbs' ? (xN++ < 2 ? 'EUC-JP' : 'UTF-8') : 'UTF-8';
const docIds = documentIds(entries);
writeBlindSet(kit, { out: OUT, entries, families: { wpgenerate, sjisfudosan, squarespace, mtclassic, docusaurus, xoopsbs }, dateParts, orgParts, docIds, docHtml });
