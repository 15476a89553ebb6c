#!/usr/bin/env node
// Makes fixtures/pages-ab, the twenty-eighth blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as news pages in six new site families (a WordPress site of a 介護施設 / 保育園 /
// 建設会社 on the Astra theme, an old Shift_JIS ゴルフ倶楽部 table site, a Weebly blog page of an 英会話教室 / ゲストハウス /
// 観光農園, a Movable Type 2.661 default-template weblog, a Zenn-like Publication article (Next.js, __NEXT_DATA__), a
// NetCommons 3 (Bootstrap 3) site of a 小学校 / 中学校 / 教育委員会 / 学会), plus Word-style document sources for 10 releases.
// Written without reading the tool; the release drawing, numeral/date forms, Markdown blocks and document maker are
// scripts/blind-set-kit.mjs's, the modes and the build scripts/blind-set-modes.mjs's, extended here by three date modes
// and two organization modes.
// Usage: node scripts/make-pages-ab.mjs --seed 20261221   (then print-blind-pages.mjs --set ab, check-blind-pages.mjs --set ab)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-ab');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261221;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { ri, pick, shuffle, pad, esc, wd, dp, F, tableHtml, blockHtml, HEADLINES, newsItems, documentHtml } = kit;
const PLATFORM = { wpastra: 'お知らせ', sjisgolf: 'クラブだより', weebly: 'ブログ', mt26: 'weblog', zenn: 'Zenn', netcommons: 'NetCommons' };
const { dateParts: baseDateParts, orgParts: baseOrgParts, dateTop, imgAlt, addrEl, crumbLi, logoHtml, ids, drawEntries, documentIds } = blindSetModes(kit, { platformOf: (style) => PLATFORM[style] });

// ---------- date and organization modes ----------
// Three new date modes: `niKoukai` (「2025/12/03に公開・2025/12/09に更新」 as Zenn/Qiita write it; the 更新 date a decoy),
// `yearDotSplit` (the year and 「12.03」 in two spans of a date block), `slashReiwaParen` (「2025/12/3（令和7年）」).
// Two new organization modes: `ogImageAlt` (only <meta property="og:image:alt">), `officialTagline` (only the header's tagline
// 「org 公式ウェブサイト」).
// 40 date modes: the 37 of blind-set-modes.mjs and the three new ones.
const DATE_MODES = ['niKoukai', 'yearDotSplit', 'slashReiwaParen', 'koukaiKoushin', 'dots', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'hyphenIso', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'fwJa', 'uketsuke', 'urlAndTitle', 'dlAfter', 'articleFooter', 'thHead', 'eraFw', 'postedWeekdayTime', 'splitSpans', 'dlKeisaiStart', 'reiwaKanji', 'metaNameDate', 'wordReiwaRight', 'keisaiWeekdayFull', 'breadcrumbDate', 'updateFirst', 'reiwaShortNoPad', 'isoStampShown', 'weekdayKeisai', 'twoDigitYear', 'enMonthDay', 'calendarBadge', 'kanjiKoukai', 'yearParenReiwa', 'jaTimeZeroPad', 'dotWeekdayEn'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address', 'metaAuthor', 'signatureAlt', 'h1Logo', 'contactFirst', 'ogPlatformTitle', 'addressElement', 'ijoSignature', 'hakkouLine', 'abbrTitle', 'appName', 'microdata', 'logoTitle', 'rssTitle', 'unneiLine', 'ogImageAlt', 'officialTagline'];
function dateParts(e, c, mode) {
  if (!['niKoukai', 'yearDotSplit', 'slashReiwaParen'].includes(mode)) return baseDateParts(e, c, mode);
  const r = baseDateParts(e, c, '');
  const [y, m, dd] = dp(e.date);
  if (mode === 'niKoukai') { const u = c.D(2, 30); r.line = `${F.slash(e.date)}に公開・${F.slash(u)}に更新`; }
  if (mode === 'yearDotSplit') r.top = `<div class="entry-date"><span class="entry-date__year">${y}</span><span class="entry-date__md">${pad(m)}.${pad(dd)}</span></div>`;
  if (mode === 'slashReiwaParen') r.line = `${y}/${m}/${dd}（令和${y - 2018}年）`;
  return r;
}
function orgParts(e, mode) {
  const r = baseOrgParts(e, mode);
  if (mode === 'ogImageAlt') r.ogImgAlt = e.org;
  if (mode === 'officialTagline') r.tagline = `${e.org} 公式ウェブサイト`;
  return r;
}
// the <head> lines every family shares: title, OGP, the organization's and the date's meta slots, JSON-LD (on some pages)
function headMeta(e, d, o, extra = '', xhtml = false) {
  const z = xhtml ? ' /' : '';
  const ld = articleLd(kit, e, d, o, 0.35, () => pick(['Article', 'NewsArticle', 'BlogPosting']));
  const m = [`<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>`, `<meta property="og:title" content="${esc(e.title)}"${z}>`, `<meta property="og:type" content="article"${z}>`, `<meta property="og:image" content="/images/ogp-${ids(8)}.png"${z}>`];
  if (o.ogImgAlt) m.push(`<meta property="og:image:alt" content="${esc(o.ogImgAlt)}"${z}>`);
  if (o.og) m.push(`<meta property="og:site_name" content="${esc(o.og)}"${z}>`);
  if (o.author) m.push(`<meta name="author" content="${esc(o.author)}"${z}>`);
  if (o.appName) m.push(`<meta name="application-name" content="${esc(o.appName)}"${z}>`);
  m.push(`<link rel="alternate" type="application/rss+xml" title="${o.rss ? `${esc(o.rss)} 新着情報` : 'RSS'}" href="/rss.xml"${z}>`);
  if (d.urlDate) m.push(`<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}.html"${z}>`);
  if (d.meta) m.push(d.meta);
  if (e.metadata.jsonLd) m.push(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
  return m.join('\n') + extra;
}
// what follows the release: the date mode's trailer, microdata, 以上 + signature, a signature image, an お問い合わせ先 block
const tail = (d, o, c) => [d.after, o.micro ? `<div itemscope itemtype="https://schema.org/Organization" style="display:none"><meta itemprop="name" content="${esc(o.micro)}"></div>` : '', o.ijo ? `<p style="text-align:right">以上</p><p style="text-align:right">${esc(o.ijo)}</p>` : '', o.sigAlt ? `<p style="text-align:right"><img src="/images/sign.png" alt="${esc(o.sigAlt)}" width="220" height="44"></p>` : '', o.contact ? `<div class="inquiry"><p><strong>本件に関するお問い合わせ</strong></p><p>${esc(o.contact)}　${pick(['総務課', '事務局', '管理部', '広報担当'])}<br>TEL ${c.phone()}</p></div>` : ''].filter(Boolean).join('\n');
const tagline = (o, dflt) => esc(o.tagline || dflt);
const unnei = (o) => (o.unnei ? `<p class="operator">運営：${esc(o.unnei)}</p>` : '');
const hTag = (o) => (o.h1 ? 'h2' : 'h1');
const footer = (o) => [o.address ? `<p>${esc(o.address)}</p>` : '', addrEl(o), o.fullFoot ? `<p>${esc(o.fullFoot)}</p>` : '', `<p class="copy">${esc(o.copy)}</p>`, o.hakkou ? `<p>発行：${esc(o.hakkou)}</p>` : ''].filter(Boolean).join('');
const lst = (b, cls = '') => `<${b.t}${cls ? ` class="${cls}"` : ''}>${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>`;

// 1. wpastra (WordPress-like): a 介護施設 / 保育園 / 建設会社 site on the Astra theme: ast-above-header-bar (TEL, 見学受付), site-branding with
//    custom-logo, ast-builder-menu, ast-breadcrumbs-wrapper, article.ast-article-single with entry-meta (posted-on / by / category),
//    wp-block-table and wp-block-group notes, post-navigation; #secondary: 最近の投稿 (ja dates, figures), 空き状況 / 園児数 / 施工実績
//    N, カテゴリー (counts), 見学会 (date, 定員 N組); footer 「Powered by Astra WordPress Theme」; an astra script object with the counts.
function wpastra(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3} class="wp-block-heading">${b.html}</h${b.lv <= 2 ? 2 : 3}>`, note: (b) => `<div class="wp-block-group has-pale-pink-background-color has-background"><div class="wp-block-group__inner-container"><p>${b.html}</p></div></div>`, table: (b) => `<figure class="wp-block-table is-style-stripes">${tableHtml(b.rows)}</figure>`, list: (b) => lst(b, 'wp-block-list') })).join('\n');
  const kind = pick(['介護施設', '保育園', '建設会社']);
  const recent = newsItems(c, 5, F.ja);
  const stat = kind === '介護施設' ? [['ショートステイ 空き', c.V(11, 39, { comma: false }), '床'], ['入居定員', c.V(20, 120, { comma: false }), '名']] : kind === '保育園' ? [['園児数', c.V(40, 240, { comma: false }), '名'], ['保育士', c.V(12, 75, { comma: false }), '名']] : [['施工実績', c.V(120, 4800), '棟'], ['一級建築士', c.V(11, 68, { comma: false }), '名']];
  const cats = ['お知らせ', kind === '建設会社' ? '施工事例' : '行事', '採用情報', 'ブログ'].map((t) => ({ t, n: c.V(2, 160, { comma: false }) }));
  const tour = c.D(4, 45); const groups = c.V(12, 40, { comma: false });
  const author = pick(['admin', 'staff', '事務局', 'webmaster']);
  const phone = c.phone();
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.5.2">
${headMeta(e, d, o, `\n<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.12" media="all">\n<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2" media="all">`)}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#3a3a3a;background:#f5f5f5}.ast-container{max-width:1200px;margin:0 auto;padding:0 20px}.ast-above-header-bar{background:#2c7a5a;color:#fff;font-size:13px;padding:6px 0}.ast-primary-header-bar{background:#fff;border-bottom:1px solid #eaeaea;padding:14px 0}.ast-primary-header-bar .ast-container{display:flex;justify-content:space-between;align-items:center}
.main-header-menu{display:flex;gap:20px;list-style:none;margin:0;padding:0}.main-header-menu a{color:#2c7a5a;text-decoration:none}#content .ast-container{display:flex;gap:40px;padding-top:30px}#primary{flex:1;min-width:0;background:#fff;padding:30px}#secondary{width:300px;font-size:14px}.widget{background:#fff;padding:18px;margin-bottom:20px}.widget-title{font-size:16px;border-bottom:2px solid #2c7a5a}
.entry-meta{font-size:13px;color:#777}.wp-block-table table{border-collapse:collapse;width:100%}.wp-block-table td,.wp-block-table th{border:1px solid #ddd;padding:6px 10px}.is-style-stripes tbody tr:nth-child(odd){background:#f3f3f3}.has-pale-pink-background-color{background:#fde8ec;padding:10px 16px;margin:14px 0}.post-navigation{display:flex;justify-content:space-between;font-size:13px;margin-top:30px}.site-footer{background:#234;color:#cde;font-size:12px;padding:24px 0;margin-top:30px}
@media print{.ast-above-header-bar,.main-header-navigation,.ast-mobile-header-wrap{display:none}#content .ast-container{display:block}#secondary{width:auto}}</style>
</head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-${ri(100, 9999)} single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.6.12 ast-blog-single-style-1 ast-single-post">
<a class="skip-link screen-reader-text" href="#content">コンテンツへスキップ</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header"><div class="ast-container">${unnei(o)}<div class="ast-header-html-1">TEL ${phone}　${kind === '建設会社' ? '受付 8:30〜17:30（日祝休）' : '見学受付 10:00〜16:00'}</div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar"><div class="ast-container">
<div class="site-branding ast-site-identity">${logoHtml(o, `<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="280" height="60" src="/wp-content/uploads/2023/04/logo.png" class="custom-logo"${imgAlt(o)}></a></span>`)}<p class="site-description">${tagline(o, kind === '介護施設' ? '住み慣れた地域で、その人らしい暮らしを' : kind === '保育園' ? '子どもの「やりたい」を大切に' : '地域の住まいを、確かな技術で')}</p></div>
<div class="ast-builder-menu-1 ast-builder-menu main-header-navigation"><nav class="site-navigation ast-flex-grow-1"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu"><li class="menu-item"><a href="/" class="menu-link">${esc(o.crumbHome)}</a></li><li class="menu-item"><a href="/about/" class="menu-link">${kind === '建設会社' ? '会社案内' : '施設案内'}</a></li><li class="menu-item"><a href="/${kind === '建設会社' ? 'works' : 'daily'}/" class="menu-link">${kind === '建設会社' ? '施工事例' : '日々の様子'}</a></li><li class="menu-item"><a href="/recruit/" class="menu-link">採用情報</a></li><li class="menu-item current-menu-ancestor"><a href="/news/" class="menu-link">お知らせ</a></li><li class="menu-item"><a href="/contact/" class="menu-link">お問い合わせ</a></li></ul></nav></div>
</div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="パンくずリスト" class="breadcrumb-trail breadcrumbs"><ul class="trail-items" style="display:flex;gap:8px;list-style:none;padding:0;font-size:12px"><li class="trail-item trail-begin"><a href="/" rel="home"><span>${esc(o.crumbHome)}</span></a></li><li class="trail-item"><a href="/category/news/"><span>お知らせ</span></a></li>${crumbLi(d, (x) => `<li class="trail-item trail-end"><span>${x}</span></li>`)}</ul></nav></div></div>
<main id="main" class="site-main">
<article class="post-${ri(100, 9999)} post type-post status-publish format-standard hentry category-news ast-article-single" id="post-${ri(100, 9999)}" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="ast-post-format- single-layout-1"><header class="entry-header">
<${hTag(o)} class="entry-title" itemprop="headline">${esc(d.heading)}${esc(e.title)}</${hTag(o)}>
<div class="entry-meta">${d.line || d.datetime ? `<span class="posted-on"><span class="published" itemprop="datePublished">${dateTop({ ...d, top: '' })}</span></span> / ` : ''}By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope><span class="author-name">${esc(author)}</span></span> / <span class="cat-links"><a href="/category/news/" rel="category tag">お知らせ</a></span></div>${d.top}
</header>
<div class="entry-content clear" itemprop="text">
${body}
</div>
${tail(d, o, c)}
</div>
</article>
<nav class="navigation post-navigation" aria-label="投稿"><div class="nav-links"><div class="nav-previous"><a href="/news/${ri(100, 9999)}/" rel="prev"><span class="ast-left-arrow">&larr;</span> 前の投稿</a></div><div class="nav-next"><a href="/news/${ri(100, 9999)}/" rel="next">次の投稿 <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">最近の投稿</h2><ul>${recent.map((n) => `<li><a href="/news/${ri(100, 9999)}/">${esc(n.head)}</a> <span class="post-date">${n.ds}</span></li>`).join('')}</ul></aside>
<aside class="widget widget_block"><h2 class="widget-title">${kind === '介護施設' ? '空き状況' : kind === '保育園' ? '園の概要' : '数字で見る'}</h2><ul>${stat.map(([k, v, u]) => `<li>${k} <strong>${v.s}</strong>${u}</li>`).join('')}</ul></aside>
<aside class="widget widget_block"><h2 class="widget-title">${kind === '建設会社' ? '完成見学会' : '施設見学会'}</h2><p>${F.ja(tour)}（${wd(tour)}）開催<br>先着 ${groups.s}組限定・要予約</p></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">カテゴリー</h2><ul>${cats.map((t) => `<li class="cat-item"><a href="/category/${ids(4)}/">${t.t}</a> (${t.n.s})</li>`).join('')}</ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-container"><div class="ast-footer-copyright">${footer(o)}<p>Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></div></div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1","stats":[${stat.map(([, v]) => v.v).join(',')}],"tour_groups":${groups.v},"cat_counts":[${cats.map((t) => t.n.v).join(',')}]};</script>
</body>
</html>
`;
}

// 2. sjisgolf (old Shift_JIS table layout): an old ゴルフ倶楽部 site (HTML 4.01 Transitional, 770px table, spacer GIFs, <font>,
//    <center>): header logo + 予約専用 TEL / FAX; a row of ｜-separated links; left column (menu of ●-links, 本日のコース状況,
//    プレー料金 平日 / 土日祝 N円, 正会員 N名, 次回月例杯 (M月D日（曜）), オープンコンペ (date, 定員 N組), ホールインワン累計 N名,
//    全長 N ヤード, a text access counter); the release on the right under 「◆クラブからのお知らせ◆」 with ▼ heading bars and
//    「▲このページのトップへ」, then 過去のお知らせ (slash dates, figure headlines); footer 所在地 and 開場 year.
function sjisgolf(e, c, d, o, bl) {
  const F2 = (h) => `<font size="2">${h}</font>`;
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#e8f0d8" style="border-left:6px solid #3d6b1f"><font size="3" color="#2a4d12"><b>▼${b.html}</b></font></td></tr></table>`, p: (h) => `<p>${F2(h)}</p>`, note: (b) => `<p><font size="2" color="#993300">${b.html}</font></p>`, table: (b) => tableHtml(b.rows, 'gtb', ' border="1" cellspacing="0" cellpadding="4" bordercolor="#7a9a5a" width="100%"'), list: (b) => `<${b.t}>${b.items.map((x) => `<li>${F2(x)}</li>`).join('')}</${b.t}>` })).join('\n');
  const phone = c.phone(); const fax = c.phone(); const addr = c.addr();
  const weekday = c.V(5000, 16000); const holiday = c.V(9000, 28000);
  const members = c.V(300, 2400);
  const monthly = c.D(3, 40);
  const comp = c.D(10, 70); const compGroups = c.V(20, 80, { comma: false });
  const hio = c.V(30, 900, { comma: false });
  const yards = c.V(6000, 7200);
  const counter = c.V(100000, 2900000, { comma: false });
  const past = newsItems(c, 5, F.slash);
  const opened = ri(1962, 1995);
  const sp = (w, h) => `<img src="img/sp.gif" width="${w}" height="${h}" alt="">`;
  const box = (t, h) => `<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#3d6b1f"><font size="2" color="#ffffff"><b>${t}</b></font></td></tr><tr><td bgcolor="#f4f8ec"><font size="2">${h}</font></td></tr></table>${sp(1, 8)}<br>`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta name="keywords" content="ゴルフ場,ゴルフ倶楽部,コンペ,予約,月例">
<meta name="description" content="${tagline(o, '四季折々の自然に恵まれた丘陵コース')}">
${headMeta(e, d, o)}
<style type="text/css"><!--
body{font-family:"ＭＳ Ｐゴシック","Noto Sans CJK JP",sans-serif;margin:0}a{color:#2a4d12}.gtb{border-collapse:collapse;font-size:13px}.gtb th{background:#e8f0d8}
@media print{table.frame{width:100% !important}td.lcol,td.mcol{display:block;width:auto !important}td.gap{display:none}}
--></style>
</head>
<body bgcolor="#ffffff" background="img/bg_green.gif" text="#222222" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<a name="pagetop"></a>
<center>
<table class="frame" width="770" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td colspan="3"><table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td>${unnei(o)}${logoHtml(o, `<a href="index.html"><img src="img/logo.gif" width="330" height="60" border="0"${imgAlt(o)}></a>`)}<br><font size="1" color="#557733">${tagline(o, '四季折々の自然に恵まれた丘陵コース')}</font></td><td align="right" valign="bottom">${F2(`ご予約専用 TEL ${phone}<br>FAX ${fax}`)}</td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#3d6b1f" align="center"><font size="2" color="#ffffff"><a href="index.html"><font color="#ffffff">${esc(o.crumbHome)}</font></a>｜<a href="course.html"><font color="#ffffff">コース紹介</font></a>｜<a href="price.html"><font color="#ffffff">料金案内</font></a>｜<a href="compe.html"><font color="#ffffff">コンペプラン</font></a>｜<a href="restaurant.html"><font color="#ffffff">レストラン</font></a>｜<a href="member.html"><font color="#ffffff">会員権</font></a>｜<a href="access.html"><font color="#ffffff">交通アクセス</font></a></font></td></tr>
<tr valign="top">
<td class="lcol" width="175" bgcolor="#f4f8ec">${sp(175, 6)}<br>
${box('メニュー', '● <a href="yoyaku.html">WEB予約</a><br>● <a href="news.html">お知らせ</a><br>● <a href="getsurei.html">月例競技</a><br>● <a href="pro.html">レッスン</a><br>● <a href="recruit.html">キャディ募集</a>')}
${box('本日のコース状況', `グリーン：良好<br>全長 ${yards.s}ヤード`)}
${box('プレー料金', `平日 ${weekday.s}円〜<br>土日祝 ${holiday.s}円〜<br><font size="1">（昼食付・利用税別）</font>`)}
${box('倶楽部の概要', `正会員 ${members.s}名<br>ホールインワン累計 ${hio.s}名`)}
${box('競技日程', `次回月例杯<br>${F.md(monthly)}（${wd(monthly)}）<br>オープンコンペ<br>${F.ja(comp)}<br>定員 ${compGroups.s}組`)}
<center><font size="1">あなたは<br><b>${counter.s}</b><br>人目のお客様です</font></center><br>
</td>
<td class="gap" width="15">${sp(15, 1)}</td>
<td class="mcol" width="580">
<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td bgcolor="#2a4d12" align="center"><font color="#ffffff"><b>◆クラブからのお知らせ◆</b></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>
${crumbLi(d, (x) => `<p>${F2(x)}</p>`)}
<${hTag(o)}><font size="4" color="#2a4d12">${esc(d.heading)}${esc(e.title)}</font></${hTag(o)}>
<p align="right">${F2(dateTop(d))}</p>
<hr size="1" noshade color="#7a9a5a">
${body}
${tail(d, o, c)}
<p align="right">${F2('<a href="#pagetop">▲このページのトップへ</a>')}</p>
</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td bgcolor="#2a4d12"><font size="2" color="#ffffff"><b>過去のお知らせ</b></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td>${F2(past.map((n) => `${n.ds}　<a href="news.html">${esc(n.head)}</a>`).join('<br>\n'))}</td></tr></table>
</td></tr>
<tr><td colspan="3" bgcolor="#3d6b1f" align="center"><font size="2" color="#ffffff">${esc(addr)}　TEL ${phone}<br>開場 ${opened}年</font><div style="color:#fff;font-size:12px">${footer(o)}</div></td></tr>
</table>
</center>
</body>
</html>
`;
}

// 3. weebly (div soup): a Weebly blog post of an 英会話教室 / ゲストハウス / 観光農園: .wsite-header-section, #wsite-title, ul.wsite-menu-default,
//    #wsite-content > .blog-post (.blog-header with h2.blog-title, .blog-date span.date-text, .blog-content with div.paragraph runs,
//    h2.wsite-content-title, table wrappers, div.wsite-spacer), .blog-comments-bottom 「コメント N」; .blog-sidebar: 著者, 次回体験会 /
//    収穫体験 (date, 定員 N名), 料金 N円, 生徒数 / 客室 / 農園 N, アーカイブ (months), カテゴリー; footer 「Weebly で作成」; _W script.
function weebly(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h2 class="wsite-content-title">${b.html}</h2>`, p: (h) => `<div class="paragraph">${h}</div>`, note: (b) => `<div class="paragraph" style="color:#a33"><em>${b.html}</em></div>`, table: (b) => `<div class="wsite-custom-table">${tableHtml(b.rows, 'wsite-table', ' border="1"')}</div>`, list: (b) => `<div class="paragraph">${lst(b)}</div>` })).join('\n<div class="wsite-spacer" style="height:10px"></div>\n');
  const kind = pick(['英会話教室', 'ゲストハウス', '観光農園']);
  const comments = c.V(11, 86, { comma: false });
  const event = c.D(5, 50); const cap = c.V(12, 60, { comma: false });
  const fee = c.V(800, 9800);
  const stat = kind === '英会話教室' ? ['在籍生徒数', c.V(30, 600), '名'] : kind === 'ゲストハウス' ? ['ドミトリー', c.V(12, 64, { comma: false }), 'ベッド'] : ['農園の広さ', c.V(12, 95, { comma: false }), 'ヘクタール'];
  const recent = newsItems(c, 3, F.slash);
  const months = Array.from({ length: 5 }, (_, k) => { const [y, m] = dp(e.date); const mm = ((m - 1 - k - 1 + 24) % 12) + 1; const yy = m - k - 1 <= 0 ? y - 1 : y; return `${yy}年${mm}月`; });
  const author = c.person();
  const siteId = ri(100000000, 999999999);
  const eventName = kind === '英会話教室' ? '無料体験レッスン' : kind === 'ゲストハウス' ? '宿泊者交流会' : '収穫体験';
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
${headMeta(e, d, o, `\n<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=${ri(1600000000, 1700000000)}">\n<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?${ri(1000, 9999)}">\n<link rel="stylesheet" type="text/css" href="/files/main_style.css?${ri(1600000000, 1700000000)}" title="wsite-theme-css">`)}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#444;background:#fbfaf7}.wsite-header-section{background:#5a7d9a;color:#fff;padding:26px 30px}#wsite-title{font-size:28px;font-weight:bold}.wsite-menu-default{display:flex;gap:22px;list-style:none;padding:10px 30px;margin:0;background:#eef1f4}.wsite-menu-default a{color:#334;text-decoration:none}
.container{max-width:1000px;margin:0 auto;padding:24px 30px}#blogTable{width:100%;border-collapse:collapse}#blogTable>tbody>tr>td{vertical-align:top}.blog-sidebar{width:250px;padding-left:30px;font-size:13px}.blog-title{font-size:24px;color:#2a4d6e}.blog-date{font-size:13px;color:#999}.paragraph{line-height:1.9;margin-bottom:8px}.wsite-content-title{font-size:19px;color:#2a4d6e}.wsite-table{border-collapse:collapse}.wsite-table td,.wsite-table th{border:1px solid #ccc;padding:5px 8px}.blog-sidebar .column-title{font-weight:bold;border-bottom:1px solid #ccc;margin-top:16px}.footer-wrap{background:#eef1f4;padding:18px 30px;font-size:12px}
@media print{.wsite-menu-default{display:none}#blogTable>tbody>tr>td{display:block;width:auto !important;padding-left:0}}</style>
</head>
<body class="wsite-theme-light no-header-page wsite-page-blog weeblylink_new_window">
<div class="wrapper">
<div class="wsite-header-section">${unnei(o)}<div id="wsite-title">${logoHtml(o, `<a href="/"><img src="/uploads/${ri(1, 9)}/${siteId}/logo_${ids(6)}.png"${imgAlt(o)} width="250" height="54"></a>`)}</div><div class="wsite-header-tagline">${tagline(o, kind === '英会話教室' ? '子どもから大人まで、楽しく話せる英語を' : kind === 'ゲストハウス' ? '旅人が集う小さな宿' : '季節の味覚を、畑からまっすぐ')}</div></div>
<ul class="wsite-menu-default"><li id="pg${ids(6)}"><a href="/">${esc(o.crumbHome)}</a></li><li id="pg${ids(6)}"><a href="/about.html">${kind === '英会話教室' ? 'コース・料金' : kind === 'ゲストハウス' ? 'お部屋' : '農園について'}</a></li><li id="active"><a href="/blog">ブログ</a></li><li id="pg${ids(6)}"><a href="/access.html">アクセス</a></li><li id="pg${ids(6)}"><a href="/contact.html">お問い合わせ</a></li></ul>
<div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
${d.crumb ? `<div class="wsite-breadcrumb"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="/blog">ブログ</a>${crumbLi(d, (x) => ` &gt; ${x}`)}</div>` : ''}
<table id="blogTable"><tbody><tr><td id="blogContent">
<div id="blog-post-${ri(100000000000, 999999999999)}" class="blog-post">
<div class="blog-header"><${hTag(o)} class="blog-title"><a class="blog-title-link blog-link" href="/blog/${ids(10)}">${esc(d.heading)}${esc(e.title)}</a></${hTag(o)}>
<p class="blog-date"><span class="date-text">${dateTop(d)}</span></p><div class="blog-separator">&nbsp;</div></div>
<div class="blog-content">
${body}
</div>
${tail(d, o, c)}
<div class="blog-comments-bottom"><a class="blog-link" href="/blog/${ids(10)}#comments">コメント ${comments.s}</a></div>
</div>
</td><td class="blog-sidebar">
<div class="column-title">著者</div><div class="paragraph">${esc(author)}<br>${kind === '英会話教室' ? '教室長' : kind === 'ゲストハウス' ? 'オーナー' : '園主'}</div>
<div class="column-title">${eventName}</div><div class="paragraph">${F.ja(event)}（${wd(event)}）<br>定員 ${cap.s}名・参加費 ${fee.s}円</div>
<div class="column-title">${stat[0]}</div><div class="paragraph">${stat[1].s}${stat[2]}</div>
<div class="column-title">最近の投稿</div><div class="paragraph">${recent.map((n) => `${n.ds}<br><a href="/blog/${ids(10)}">${esc(n.head)}</a>`).join('<br>')}</div>
<div class="column-title">アーカイブ</div><div class="paragraph">${months.map((m) => `<a href="/blog/archives/${ids(4)}">${m}</a>`).join('<br>')}</div>
<div class="column-title">カテゴリー</div><div class="paragraph"><a href="/blog/category/all">すべて</a><br><a href="/blog/category/${ids(6)}">お知らせ</a></div>
<div class="column-title">RSSフィード</div>
</td></tr></tbody></table>
</div></div>
<div class="footer-wrap"><div class="wsite-footer">${footer(o)}</div><div id="weebly-footer-signup-container">Weebly で作成</div></div>
</div>
<script type="text/javascript">var _W = _W || {}; _W.configDomain = "www.weebly.com"; _W.relinquish = true; _W.setup_rpc({"url":"\\/ajax\\/api\\/JsonRPC\\/Commerce\\/","actions":{}}); _W.siteId = "${siteId}"; _W.blogPost = {"comments":${comments.v},"eventCapacity":${cap.v},"eventFee":${fee.v},"stat":${stat[1].v}};</script>
</body>
</html>
`;
}

// 4. mt26 (Movable Type): a Movable Type 2.661 default-template weblog's individual entry archive (XHTML 1.0 Transitional; 3 in
//    EUC-JP, 1 in Shift_JIS) of a 社会福祉法人 / 同窓会 / 町工場 / 保存会: #banner (h1 link, span.description), #content with
//    #menu (« prev | メイン | next »), h2.date, div.blog > h3.title, div.blogbody, span.posted 「Posted by … at …」 with
//    コメント (N) | トラックバック (N); the トラックバックURL; #links: 検索, 最近のエントリー, アーカイブ (months), 最近のコメント (name on
//    a figure headline), アクセス数 N, Syndicate this site (XML), 「Powered by Movable Type 2.661」.
function mt26(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<p><strong>■${b.html}</strong></p>`, note: (b) => `<p style="font-size:11px">${b.html}</p>`, tableClass: 'entrytable' })).join('\n');
  const comments = c.V(11, 72, { comma: false }); const tbs = c.V(11, 48, { comma: false });
  const recent = newsItems(c, 5, F.slash);
  const rc = newsItems(c, 2, F.slash);
  const access = c.V(20000, 880000);
  const poster = pick(['webmaster', '事務局', 'staff', '管理人']);
  const charset = enc === 'EUC-JP' ? 'EUC-JP' : enc === 'Shift_JIS' ? 'Shift_JIS' : 'UTF-8';
  const months = Array.from({ length: 6 }, (_, k) => { const [y, m] = dp(e.date); const mm = ((m - 1 - k - 1 + 24) % 12) + 1; const yy = m - k - 1 <= 0 ? y - 1 : y; return `${yy}年${pad(mm)}月`; });
  const eid = ri(100, 2999);
  const who = [c.person(), c.person()];
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<meta name="generator" content="http://www.movabletype.org/" />
${headMeta(e, d, o, `\n<link rel="stylesheet" href="/blog/styles-site.css" type="text/css" />\n<link rel="start" href="/blog/" title="Home" />\n<link rel="prev" href="/blog/archives/${pad(eid - 1)}.html" title="前のエントリー" />`, true)}
<!--
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<rdf:Description rdf:about="/blog/archives/${pad(eid)}.html" trackback:ping="/mt/mt-tb.cgi/${eid}" dc:title="${esc(e.title)}" dc:identifier="/blog/archives/${pad(eid)}.html" dc:subject="お知らせ" />
</rdf:RDF>
-->
<style type="text/css">body{margin:0;background:#fff;font-family:"Noto Sans JP",Verdana,sans-serif;font-size:13px;color:#333}#banner{background:#6b8e9f;color:#fff;padding:15px;border-bottom:1px solid #fff}#banner a{color:#fff;text-decoration:none}#banner h1{margin:0;font-size:26px}.description{font-size:11px}
#content{position:absolute;left:0;margin:20px 220px 20px 20px;}#links{position:absolute;right:20px;top:110px;width:180px;font-size:11px}.sidetitle{background:#6b8e9f;color:#fff;font-weight:bold;padding:2px 6px;margin-top:12px}.side{padding:4px 6px}.date{font-size:12px;border-bottom:1px dotted #999;color:#666}.title{font-size:17px;color:#335}.blogbody{line-height:1.8}.posted{font-size:11px;color:#666;border-top:1px dotted #999;display:block;margin-top:14px}.entrytable{border-collapse:collapse}.entrytable td,.entrytable th{border:1px solid #999;padding:3px 6px}
@media print{#content{position:static;margin:10px}#links{position:static;width:auto;margin:10px}}</style>
</head>
<body>
<div id="banner">${unnei(o)}${o.h1 ? `<h1><a href="/blog/" accesskey="1">${esc(o.h1)}</a></h1>` : `<h1>${logoHtml(o, `<a href="/blog/" accesskey="1"><img src="/blog/images/banner.gif"${imgAlt(o)} width="320" height="40" border="0" /></a>`)}</h1>`}
<span class="description">${tagline(o, pick(['活動のようすをお伝えします', '事務局からのお知らせと日々の記録', 'ものづくりの現場から']))}</span></div>
<div id="content">
<p align="right" id="menu"><a href="/blog/archives/${pad(eid - 1)}.html">&laquo; ${esc(pick(HEADLINES))}</a> | <a href="/blog/">メイン</a> | <a href="/blog/archives/${pad(eid + 1)}.html">${esc(pick(HEADLINES))} &raquo;</a></p>
${d.crumb ? `<p class="crumb"><a href="/blog/">${esc(o.crumbHome)}</a> &gt; ${crumbLi(d, (x) => x)}</p>` : ''}
${d.top ? `${d.top}\n` : ''}${d.line || d.datetime ? `<h2 class="date">${dateTop({ ...d, top: '' })}</h2>` : ''}
<div class="blog">
<${o.h1 ? 'h2' : 'h3'} class="title">${esc(d.heading)}${esc(e.title)}</${o.h1 ? 'h2' : 'h3'}>
<div class="blogbody">
${body}
${tail(d, o, c)}
<span class="posted">Posted by ${esc(poster)} | <a href="/blog/archives/${pad(eid)}.html#comments">コメント (${comments.s})</a> | <a href="/mt/mt-tb.cgi?__mode=view&amp;entry_id=${eid}">トラックバック (${tbs.s})</a><br /></span>
</div>
<div class="comments-head">トラックバック</div>
<div class="comments-body"><p>このエントリーのトラックバックURL:<br />/mt/mt-tb.cgi/${eid}</p></div>
</div>
</div>
<div id="links">
<div class="sidetitle">検索</div><div class="side"><form method="get" action="/mt/mt-search.cgi"><input type="hidden" name="IncludeBlogs" value="1" /><input id="search" name="search" size="16" /><input type="submit" value="検索" /></form></div>
<div class="sidetitle">最近のエントリー</div><div class="side">${recent.map((n) => `<a href="/blog/archives/${pad(ri(100, 2999))}.html">${esc(n.head)}</a> (${n.ds})<br />`).join('\n')}</div>
<div class="sidetitle">アーカイブ</div><div class="side">${months.map((m) => `<a href="/blog/archives/${m.replace(/\D+/g, '_')}index.html">${m}</a><br />`).join('\n')}</div>
<div class="sidetitle">最近のコメント</div><div class="side">${rc.map((n, k) => `<a href="/blog/archives/${pad(ri(100, 2999))}.html#comments">${esc(who[k])}</a>: ${esc(n.head)} (${n.ds})<br />`).join('\n')}</div>
<div class="sidetitle">リンク</div><div class="side"><a href="/">${esc(o.crumbHome)}</a><br /><a href="/blog/">weblog トップ</a></div>
<div class="sidetitle">アクセス数</div><div class="side">${access.s}</div>
<div class="syndicate"><a href="/blog/index.rdf">Syndicate this site (XML)</a></div>
<div class="powered">${footer(o)}Powered by<br /><a href="http://www.movabletype.org">Movable Type 2.661</a></div>
</div>
</body>
</html>
`;
}

// 5. zenn (Next.js page): a Zenn-like Publication article (Next.js pages router): #__next, header with ログイン, View_main,
//    ArticleHeader (emoji, title, 「Idea」 badge, date), znc body (h2/h3 ids, lists, table-wrapper tables, aside.msg notes),
//    いいね N, ブックマーク N, Publication card (メンバー N人, フォロワー N), author card (フォロワー N), バッジ N, トピックス, 関連記事
//    (「に公開」 dates, figures); footer 「© Classmethod, Inc.」; __NEXT_DATA__ with the counts and related articles' dates again.
function zenn(e, c, d, o, bl) {
  let hk = 0;
  const body = bl.map((b) => blockHtml(b, { h: (b) => { const lv = b.lv <= 2 ? 2 : 3; return `<h${lv} id="${encodeURIComponent(b.text.slice(0, 16))}-${hk++}"><a class="header-anchor-link" href="#${hk}" aria-hidden="true"></a> ${b.html}</h${lv}>`; }, note: (b) => `<aside class="msg message"><div class="msg-symbol">!</div><div class="msg-content"><p>${b.html}</p></div></aside>`, table: (b) => `<div class="table-wrapper">${tableHtml(b.rows)}</div>`, list: (b) => lst(b) })).join('\n');
  const likes = c.V(3, 900, { comma: false }); const bookmarks = c.V(11, 300, { comma: false });
  const members = c.V(12, 90, { comma: false }); const pubFollowers = c.V(50, 9000); const authorFollowers = c.V(5, 2400);
  const badges = c.V(11, 64, { comma: false });
  const rel = newsItems(c, 4, (i) => `${F.slash(i)}に公開`);
  const emoji = pick(['📢', '🔐', '🙇', '📝']);
  const pubName = pick(['広報ブログ', 'コーポレートブログ', 'お知らせ', 'Tech Blog']);
  const author = pick(['広報チーム', 'コーポレート広報', 'セキュリティ対策室', 'PR担当']);
  const slug = ids(14);
  const hdr = `Header_container__${ids(5)}`;
  const next = { props: { pageProps: { article: { slug, likedCount: likes.v, bookmarkedCount: bookmarks.v, articleType: 'idea', badgesCount: badges.v, user: { name: author, followerCount: authorFollowers.v }, publication: { displayName: pubName, membersCount: members.v, followerCount: pubFollowers.v } }, relatedArticles: rel.map((n) => ({ title: n.head, publishedAt: `${n.date}T${pad(ri(8, 20))}:00:00.000+09:00` })) } }, page: '/[username]/articles/[slug]', query: { slug }, buildId: ids(21), isFallback: false, gssp: true, scriptLoader: [] };
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charSet="utf-8">
<meta name="viewport" content="width=device-width">
${headMeta(e, d, o, `\n<meta name="twitter:card" content="summary_large_image">\n<meta name="next-head-count" content="${ri(14, 22)}">\n<link rel="preload" href="/_next/static/css/${ids(16)}.css" as="style">\n<link rel="stylesheet" href="/_next/static/css/${ids(16)}.css" data-n-g="">\n<script defer src="/_next/static/chunks/pages/_app-${ids(16)}.js"></script>`)}
<style>body{margin:0;font-family:-apple-system,"Noto Sans JP",sans-serif;color:#202d3c;background:#edf2f7}.${hdr}{display:flex;justify-content:space-between;align-items:center;padding:12px 28px;background:#fff}.View_main{max-width:1100px;margin:0 auto;padding:30px 20px}.ArticleHeader{text-align:center;padding:30px 0}.ArticleHeader .Emoji{font-size:64px}.ArticleHeader h1,.ArticleHeader h2{font-size:30px}.ArticleHeader .meta{font-size:14px;color:#65717b}
.View_grid{display:flex;gap:24px}.View_content{flex:1;min-width:0;background:#fff;border-radius:12px;padding:40px}.View_sidebar{width:300px;font-size:13px}.side-card{background:#fff;border-radius:12px;padding:16px;margin-bottom:16px}.znc{line-height:1.9}.znc h2{border-bottom:1px solid #ddd;font-size:22px}.znc .table-wrapper table{border-collapse:collapse}.znc td,.znc th{border:1px solid #d6e3ed;padding:6px 10px}.msg{display:flex;gap:10px;background:#fff6e4;border-radius:8px;padding:12px 16px;margin:16px 0}.Footer{background:#fff;padding:28px;font-size:12px;color:#65717b;margin-top:30px}
@media print{.View_grid{display:block}.View_sidebar{width:auto}.Header_login{display:none}}</style>
</head>
<body>
<div id="__next">
<header class="${hdr}">${unnei(o)}<div class="Header_logo">${logoHtml(o, `<a href="/"><img src="/images/logo-transparent.png"${imgAlt(o)} width="120" height="32"></a>`)}</div>${o.tagline ? `<div class="Header_tagline">${tagline(o, '')}</div>` : ''}<div class="Header_login"><a href="/enter">ログイン</a></div></header>
<main class="View_main">
${d.crumb ? `<nav class="Breadcrumb"><a href="/">${esc(o.crumbHome)}</a> / <a href="/p/${ids(8)}">${esc(pubName)}</a>${crumbLi(d, (x) => ` / <span>${x}</span>`)}</nav>` : ''}
<div class="ArticleHeader"><div class="Emoji"><span>${emoji}</span></div><${hTag(o)} class="ArticleHeader_title">${esc(d.heading)}${esc(e.title)}</${hTag(o)}><div class="meta"><span class="ArticleHeader_badge">Idea</span>　<span class="ArticleHeader_date">${dateTop(d)}</span></div></div>
<div class="View_grid">
<section class="View_content"><div class="znc BodyContent_anchorToc">
${body}
</div>
${tail(d, o, c)}
<div class="ArticleFooter"><button class="LikeButton">♥ いいね ${likes.s}</button>　<button class="BookmarkButton">ブックマーク ${bookmarks.s}</button>　<span class="BadgeCount">バッジを贈る（${badges.s}）</span></div>
</section>
<aside class="View_sidebar">
<div class="side-card"><div class="SidebarPublication_name"><a href="/p/${ids(8)}">${esc(pubName)}</a></div><p>Publicationメンバー ${members.s}人<br>フォロワー ${pubFollowers.s}</p><button>フォロー</button></div>
<div class="side-card"><div class="SidebarUser_name">${esc(author)}</div><p>フォロワー ${authorFollowers.s}</p></div>
<div class="side-card"><p>トピックス</p><ul><li>お知らせ</li><li>セキュリティ</li><li>idea</li></ul></div>
<div class="side-card"><p>関連する記事</p><ul>${rel.map((n) => `<li><a href="/p/${ids(8)}/articles/${ids(14)}">${esc(n.head)}</a><br><span class="date">${n.ds}</span></li>`).join('')}</ul></div>
</aside>
</div>
</main>
<footer class="Footer">${footer(o)}<p><a href="/about">Zennについて</a>　<a href="/terms">利用規約</a>　<a href="/privacy">プライバシーポリシー</a></p><p>© Classmethod, Inc.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(next)}</script>
</body>
</html>
`;
}

// 6. netcommons (Bootstrap CMS): a NetCommons 3 site (Bootstrap 3) of a 小学校 / 中学校 / 教育委員会 / 学会 (UTF-8 5, EUC-JP 2):
//    navbar-inverse navbar-fixed-top (ログイン, ヘルプ), #container-header (site name frame), #container-major col-md-3 (メニュー
//    frame nc-menu, カウンター frame with one span.label per digit, カレンダー frame with 行事予定 dates), #container-main col-md-9:
//    panel frame 「学校ブログ」 / 「お知らせ」 with article.blogs_entry (h1, 投稿日時, 本文 in nc-wysiwyg, like N, コメント N),
//    #container-minor col-md-3 (新着情報 with slash dates and figures, 児童数 / 生徒数 / 会員数 N); footer 「Powered by NetCommons」;
//    NetCommonsApp config JSON with the counts.
function netcommons(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4}>${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<div class="alert alert-warning"><p>${b.html}</p></div>`, table: (b) => `<div class="table-responsive">${tableHtml(b.rows, 'table table-bordered')}</div>`, list: (b) => lst(b) })).join('\n');
  const kind = pick(['小学校', '中学校', '教育委員会', '学会']);
  const counter = c.V(10000, 990000, { comma: false });
  const digits = String(counter.v).padStart(7, '0').split('').map((x) => `<span class="label label-default">${x}</span>`).join('');
  const events = Array.from({ length: 3 }, () => c.D(3, 50)).sort();
  const evNames = kind === '学会' ? shuffle(['理事会', '研究発表会', '総会', '講演会', '編集委員会']) : kind === '教育委員会' ? shuffle(['定例教育委員会', '校長会', '教職員研修', '成人式実行委員会']) : shuffle(['避難訓練', '授業参観', '学校公開日', '個人懇談会', '音楽会']);
  const topics = newsItems(c, 5, F.slash);
  const stat = kind === '小学校' ? [['児童数', c.V(60, 900, { comma: false }), '名'], ['学級数', c.V(12, 48, { comma: false }), '学級']] : kind === '中学校' ? [['生徒数', c.V(80, 1100, { comma: false }), '名'], ['部活動', c.V(13, 48, { comma: false }), '部']] : kind === '教育委員会' ? [['市内小中学校', c.V(8, 60, { comma: false }), '校'], ['児童生徒数', c.V(2000, 48000), '名']] : [['正会員', c.V(200, 5200), '名'], ['賛助会員', c.V(12, 99, { comma: false }), '社']];
  const likes = c.V(11, 180, { comma: false }); const comments = c.V(11, 58, { comma: false });
  const charset = enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8';
  const frameTitle = kind === '学会' || kind === '教育委員会' ? 'お知らせ' : '学校ブログ';
  return `<!DOCTYPE html>
<html lang="ja" ng-app="NetCommonsApp">
<head>
<meta charset="${charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
${headMeta(e, d, o, `\n<link rel="stylesheet" href="/components/bootstrap/dist/css/bootstrap.min.css">\n<link rel="stylesheet" href="/net_commons/css/style.css">\n<link rel="stylesheet" href="/blogs/css/style.css">\n<link rel="stylesheet" href="/theme/${pick(['Default', 'BlueSky', 'GreenForest'])}/css/style.css">`)}
<style>body{margin:0;padding-top:50px;font-family:"Noto Sans JP",sans-serif;color:#333;font-size:14px}.navbar-inverse{position:fixed;top:0;left:0;right:0;height:44px;background:#222;color:#9d9d9d;display:flex;justify-content:space-between;align-items:center;padding:0 16px}.navbar-inverse a{color:#9d9d9d}.container{max-width:1170px;margin:0 auto;padding:0 15px}.row{display:flex;gap:24px}.col-md-3{width:24%;font-size:13px}.col-md-9,.col-main{flex:1;min-width:0}
.panel{border:1px solid #ddd;border-radius:4px;margin-bottom:18px}.panel-heading{background:#f5f5f5;border-bottom:1px solid #ddd;padding:8px 14px;font-weight:bold}.panel-body{padding:14px}.label{display:inline-block;background:#777;color:#fff;padding:2px 5px;margin:0 1px;border-radius:3px;font-size:12px}.alert-warning{background:#fcf8e3;border:1px solid #faebcc;padding:10px 14px}.table{border-collapse:collapse;width:100%}.table td,.table th{border:1px solid #ddd;padding:6px 8px}.blogs_entry_meta{font-size:12px;color:#777}#container-header .panel-body{font-size:22px;font-weight:bold}footer{border-top:1px solid #ddd;padding:18px 0;font-size:12px;color:#777}
@media print{body{padding-top:0}.navbar-inverse,#container-major .nc-menu{display:none}.row{display:block}.col-md-3{width:auto}}</style>
</head>
<body class="body" ng-controller="NetCommons.base">
<header id="nc-system-header"><nav class="navbar navbar-inverse navbar-fixed-top" role="navigation"><a class="navbar-brand" href="/">${esc(o.crumbHome)}</a><ul class="nav navbar-nav navbar-right" style="display:flex;gap:14px;list-style:none;margin:0"><li><a href="/auth/login">ログイン</a></li><li><a href="https://www.netcommons.org/" target="_blank">ヘルプ</a></li></ul></nav></header>
<main id="nc-container" class="container">
<div id="container-header"><section class="frame panel panel-default"><div class="panel-body">${unnei(o)}${logoHtml(o, `<a href="/"><img src="/wysiwyg/image/download/1/${ri(1, 99)}/big"${imgAlt(o)} width="420" height="64"></a>`)}<div class="site-tagline" style="font-size:13px;font-weight:normal">${tagline(o, kind === '学会' ? '学術研究の発展と会員相互の交流' : kind === '教育委員会' ? '生涯学習と学校教育の情報' : '学校の様子をお伝えします')}</div></div></section></div>
<div class="row">
<div id="container-major" class="col-md-3">
<section class="frame panel panel-default nc-menu"><div class="panel-heading">メニュー</div><div class="panel-body"><ul class="list-group" style="list-style:none;padding:0"><li class="list-group-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="list-group-item"><a href="/gaiyou">${kind === '学会' ? '学会概要' : kind === '教育委員会' ? '組織・所管' : '学校概要'}</a></li><li class="list-group-item active"><a href="/blog">${frameTitle}</a></li><li class="list-group-item"><a href="/calendar">行事予定</a></li><li class="list-group-item"><a href="/link">リンク</a></li></ul></div></section>
<section class="frame panel panel-default"><div class="panel-heading">カウンター</div><div class="panel-body"><div class="access-counters">${digits}</div></div></section>
<section class="frame panel panel-default"><div class="panel-heading">行事予定</div><div class="panel-body"><ul style="padding-left:16px">${events.map((x, k) => `<li>${F.md(x)}（${wd(x)}）${evNames[k]}</li>`).join('')}</ul></div></section>
</div>
<div id="container-main" class="col-main" role="main">
<section class="frame panel panel-default"><div class="panel-heading"><span>${frameTitle}</span></div><div class="panel-body block">
${d.crumb ? `<ol class="breadcrumb" style="display:flex;gap:6px;list-style:none;padding:0;font-size:12px"><li><a href="/">${esc(o.crumbHome)}</a> /</li><li><a href="/blog">${frameTitle}</a> /</li>${crumbLi(d)}</ol>` : ''}
<article class="blogs_entry" id="blogs_entry_${ri(100, 9999)}">
<${hTag(o)} class="blogs_entry_title">${esc(d.heading)}${esc(e.title)}</${hTag(o)}>
<div class="blogs_entry_meta">${d.line || d.datetime ? `投稿日時 : ${dateTop({ ...d, top: '' })}　` : ''}<span class="blogs_entry_category">カテゴリ:<a href="/blog/category/${ri(1, 12)}">お知らせ</a></span></div>
${d.top}
<div class="blogs_entry_body1 nc-wysiwyg">
${body}
</div>
${tail(d, o, c)}
<div class="blogs_entry_reaction"><span class="glyphicon glyphicon-thumbs-up"></span> ${likes.s}　<a href="#comments">コメント (${comments.s})</a></div>
</article>
</div></section>
</div>
<div id="container-minor" class="col-md-3">
<section class="frame panel panel-default"><div class="panel-heading">新着情報</div><div class="panel-body"><ul style="padding-left:16px">${topics.map((n) => `<li><span class="topics-date">${n.ds}</span><br><a href="/topics/${ri(100, 9999)}">${esc(n.head)}</a></li>`).join('')}</ul></div></section>
<section class="frame panel panel-default"><div class="panel-heading">${kind === '学会' ? '会員数' : kind === '教育委員会' ? '市の教育' : '本校の概要'}</div><div class="panel-body">${stat.map(([k, v, u]) => `${k} ${v.s}${u}`).join('<br>')}</div></section>
</div>
</div>
</main>
<footer id="nc-system-footer"><div class="container">${footer(o)}<p>Powered by <a href="https://www.netcommons.org/">NetCommons</a> 3</p></div></footer>
<script>NetCommonsApp.constant('NC3_CONFIG', {"counter":${counter.v},"like":${likes.v},"comments":${comments.v},"stats":[${stat.map(([, v]) => v.v).join(',')}]});</script>
</body>
</html>
`;
}

// ---------- documents ----------
let docTurn = 0;
const docHtml = (e, c, bl) => documentHtml(e, c, bl, (annexable) => (annexable ? ['annex2col', 'wrapTable', 'bessi', 'plain'][docTurn++ % 4] : pick(['plain', 'bessi', 'wrapTable'])), { boxOnBareAnnex: true });

// ---------- build ----------
const entries = drawEntries('ab', [['wpastra', 7], ['sjisgolf', 6], ['weebly', 7], ['mt26', 7], ['zenn', 6], ['netcommons', 7]], DATE_MODES, ORG_MODES);
let mtN = 0, ncN = 0;
for (const e of entries) e.encoding = e.style === 'sjisgolf' ? 'Shift_JIS' : e.style === 'mt26' ? ['EUC-JP', 'EUC-JP', 'Shift_JIS', 'EUC-JP'][mtN++] || 'UTF-8' : e.style === 'netcommons' ? (ncN++ < 2 ? 'EUC-JP' : 'UTF-8') : 'UTF-8';
const docIds = documentIds(entries);
writeBlindSet(kit, { out: OUT, entries, families: { wpastra, sjisgolf, weebly, mt26, zenn, netcommons }, dateParts, orgParts, docIds, docHtml });
