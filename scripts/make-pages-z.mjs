#!/usr/bin/env node
// Makes fixtures/pages-z, the twenty-sixth blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as news pages in six new site families (a Snow Monkey-theme WordPress site of a
// 歯科医院 / 学習塾 / 税理士法人, an old Shift_JIS 酒蔵 table site, a Blogger page, a Movable Type Pico-theme 学会 / 研究会 site,
// a Remix (React Router) SSR corporate page with its loader data, a Joomla! 4 Cassiopeia (Bootstrap 5) 観光協会 / 商店街 site),
// plus Word-style document sources for 10 releases. Written without reading the tool; the release drawing, numeral/date
// forms, Markdown blocks and document maker are scripts/blind-set-kit.mjs's, the modes and the build
// scripts/blind-set-modes.mjs's, extended here by three date modes and two organization modes.
// Usage: node scripts/make-pages-z.mjs --seed 20261219   (then print-blind-pages.mjs --set z, check-blind-pages.mjs --set z)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-z');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261219;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { ri, pick, shuffle, pad, esc, wd, dp, F, fw, blocks, tableHtml, blockHtml, HEADLINES, newsItems, documentHtml } = kit;
const { dateParts: baseDateParts, orgParts: baseOrgParts, svgLogo, dateTop, MON, imgAlt, abbr, addrEl, crumbLi, logoHtml, ids, drawEntries, documentIds } = blindSetModes(kit, { platformOf: (style) => PLATFORM[style] });

// ---------- date and organization modes ----------
// pages-y's modes plus three date modes: `reiwaParenWestern` (令和7年（2025年）12月3日), `fwSlash` (２０２５／１２／０３, full-width
// digits and slashes), `enDayMonth` (Published: 3 December 2025); and two organization modes: `footerLogoAlt` (only the alt of
// the footer's logo image), `dcPublisher` (only <meta name="DC.publisher">).
const DATE_MODES = ['koukaiKoushin', 'dots', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'hyphenIso', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'fwJa', 'uketsuke', 'urlAndTitle', 'dlAfter', 'articleFooter', 'thHead', 'eraFw', 'postedWeekdayTime', 'splitSpans', 'dlKeisaiStart', 'reiwaKanji', 'metaNameDate', 'wordReiwaRight', 'keisaiWeekdayFull', 'breadcrumbDate', 'updateFirst', 'reiwaShortNoPad', 'isoStampShown', 'weekdayKeisai', 'twoDigitYear', 'enMonthDay', 'calendarBadge', 'kanjiKoukai', 'yearParenReiwa', 'jaTimeZeroPad', 'dotWeekdayEn', 'reiwaParenWestern', 'fwSlash', 'enDayMonth'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address', 'metaAuthor', 'signatureAlt', 'h1Logo', 'contactFirst', 'ogPlatformTitle', 'addressElement', 'ijoSignature', 'hakkouLine', 'abbrTitle', 'appName', 'microdata', 'logoTitle', 'rssTitle', 'unneiLine', 'footerLogoAlt', 'dcPublisher'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function dateParts(e, c, mode) {
  if (!['reiwaParenWestern', 'fwSlash', 'enDayMonth'].includes(mode)) return baseDateParts(e, c, mode);
  const r = baseDateParts(e, c, '');
  const [y, m, dd] = dp(e.date);
  if (mode === 'reiwaParenWestern') r.line = `令和${y - 2018}年（${y}年）${m}月${dd}日`;
  if (mode === 'fwSlash') r.line = fw(`${y}／${pad(m)}／${pad(dd)}`);
  if (mode === 'enDayMonth') r.line = `Published: ${dd} ${MONTH_EN[m - 1]} ${y}`;
  return r;
}
function orgParts(e, mode) {
  const r = baseOrgParts(e, mode);
  if (mode === 'footerLogoAlt') r.footAlt = e.org;
  if (mode === 'dcPublisher') r.dc = e.org;
  return r;
}
function headCommon(e, d, o, extra = '') {
  const ld = articleLd(kit, e, d, o);
  return `<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:title" content="${esc(e.title)}">\n<meta property="og:type" content="article">${o.og ? `\n<meta property="og:site_name" content="${esc(o.og)}">` : ''}${o.author ? `\n<meta name="author" content="${esc(o.author)}">` : ''}${o.dc ? `\n<meta name="DC.publisher" content="${esc(o.dc)}">` : ''}${o.appName ? `\n<meta name="application-name" content="${esc(o.appName)}">` : ''}\n<link rel="alternate" type="application/rss+xml" title="${o.rss ? `${esc(o.rss)} » フィード` : 'RSS 2.0'}" href="/feed/">${d.urlDate ? `\n<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}-01.html">` : ''}${d.meta ? `\n${d.meta}` : ''}${e.metadata.jsonLd ? `\n<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}${extra}`;
}
const afterBody = (d, o, c) => `${d.after}${o.micro ? `\n<div class="org-microdata" itemscope itemtype="https://schema.org/Organization" hidden><meta itemprop="name" content="${esc(o.micro)}"></div>` : ''}${o.ijo ? `\n<div class="sign-block"><p style="text-align:right">以　上</p><p style="text-align:right">${esc(o.ijo)}</p></div>` : ''}${o.sigAlt ? `\n<p class="signature" style="text-align:right"><img src="/img/signature.png" alt="${esc(o.sigAlt)}" width="240" height="48"></p>` : ''}${o.contact ? `\n<div class="contact-block"><h3>お問い合わせ先</h3><p>${esc(o.contact)}<br>${pick(['広報室', '総務部', 'お客様相談窓口', '事務局'])}　電話：${c.phone()}<br>受付時間：平日（土日祝日を除く）</p></div>` : ''}`;
const PLATFORM = { wpsnow: 'ブログ', sjiskura: '蔵元だより', blogger: 'Blogger', mtpico: 'お知らせ', remix: 'News', joomla: 'お知らせ' };
const unnei = (o) => (o.unnei ? `<p class="site-operator">運営：${esc(o.unnei)}</p>` : '');
const titleTag = (o) => (o.h1 ? 'h2' : 'h1');
const footLogo = (o, src) => `<img class="footer-logo" src="${src}" alt="${esc(o.footAlt || 'フッターロゴ')}" width="160" height="32">`;
const footOrg = (o) => `${o.address ? `<p class="foot-address">${esc(o.address)}</p>` : ''}${addrEl(o)}${o.fullFoot ? `<p class="foot-company">${esc(o.fullFoot)}</p>` : ''}<p class="copyright">${esc(o.copy)}</p>${o.hakkou ? `<p class="hakkou">発行：${esc(o.hakkou)}</p>` : ''}`;

// 1. wpsnow (WordPress-like): a 歯科医院 / 学習塾 / 税理士法人 site on the Snow Monkey theme: l-header / c-fluid-container,
//    p-global-nav, c-breadcrumbs, c-entry (c-entry__header, c-meta with 公開日 / 最終更新日 icons, c-entry__content), smb-alert notes,
//    smb-btn-box (初診予約 / 体験授業 残りN枠), p-entries-ranking (N PV), snow-monkey 関連記事 (dates), prev / next (dates);
//    side: 診療時間 / 在籍生徒数 / 顧問先, Google口コミ ★ 4.x（N件）; footer 開業N周年; a snow_monkey_vars script with counts.
function wpsnow(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3} class="wp-block-heading">${b.html}</h${b.lv <= 2 ? 2 : 3}>`, note: (b) => `<div class="smb-alert smb-alert--warning"><div class="smb-alert__body"><p>${b.html}</p></div></div>`, table: (b) => `<figure class="wp-block-table">${tableHtml(b.rows, 'has-fixed-layout')}</figure>`, list: (b) => `<${b.t} class="wp-block-list">${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>` })).join('\n');
  const kind = pick(['歯科医院', '学習塾', '税理士法人']);
  const pv = c.V(200, 52000);
  const slots = c.V(2, 16, { comma: false });
  const rank = shuffle(HEADLINES).slice(0, 3).map((h) => ({ h, pv: c.V(900, 64000) }));
  const stat = c.V(60, 4800);
  const reviews = c.V(20, 900, { comma: false });
  const years = c.V(11, 70, { comma: false });
  const related = newsItems(c, 3, F.slash, true);
  const prev = c.D(-50, -3); const next = c.D(3, 45);
  const st = kind === '歯科医院' ? ['年間来院患者数', '名'] : kind === '学習塾' ? ['在籍生徒数', '名'] : ['顧問先数', '社'];
  const stars = `4.${ri(1, 9)}`; c.other.push(stars);
  const cta = kind === '歯科医院' ? '初診WEB予約' : kind === '学習塾' ? '無料体験授業' : '無料税務相談';
  return `<!DOCTYPE html>
<html lang="ja" data-loaded="false" data-scrolled="false" data-spy="none">
<head><meta charset="UTF-8">
${headCommon(e, d, o, '\n<meta name="generator" content="WordPress 6.5.2">\n<link rel="stylesheet" id="snow-monkey-app-css" href="/wp-content/themes/snow-monkey/assets/css/app/app.css?ver=25.4.1" media="all">\n<link rel="stylesheet" id="snow-monkey-blocks-css" href="/wp-content/plugins/snow-monkey-blocks/dist/css/app.css?ver=21.0.6" media="all">')}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#333}.c-container{max-width:1200px;margin:0 auto;padding:0 24px}.l-header{border-bottom:1px solid #eee}.l-header__row{display:flex;justify-content:space-between;align-items:center;padding:16px 0}.p-global-nav ul{display:flex;gap:24px;list-style:none;margin:0;padding:0}
.l-contents__inner{display:flex;gap:48px;padding:32px 0}.l-contents__main{flex:1;min-width:0}.l-contents__sidebar{width:300px;font-size:14px}.c-widget{margin-bottom:28px}.c-widget__title{border-bottom:1px solid #333;font-size:15px}
.c-breadcrumbs__list{display:flex;gap:8px;list-style:none;padding:0;font-size:12px}.c-entry__title{font-size:28px}.c-meta{display:flex;gap:14px;list-style:none;padding:0;font-size:13px;color:#777}.smb-alert{background:#fff8e6;border:1px solid #f0c36d;padding:10px 14px;margin:14px 0}.wp-block-table table{border-collapse:collapse}.wp-block-table td,.wp-block-table th{border:1px solid #ccc;padding:5px 8px}
.smb-btn-box,.p-related-posts,.c-prev-next-nav{margin-top:28px;border-top:1px solid #eee;padding-top:12px;font-size:14px}.l-footer{background:#f5f5f5;padding:26px 0;font-size:13px}
@media print{.l-contents__inner{display:block}.l-contents__sidebar{width:auto}.p-global-nav,.c-share-buttons{display:none}}</style>
</head>
<body class="post-template-default single single-post l-body--right-sidebar">
<div class="l-container">
<header class="l-header l-header--1row"><div class="c-container">${unnei(o)}<div class="l-header__row"><div class="c-site-branding">${logoHtml(o, `<a class="custom-logo-link" href="/" rel="home"><img class="custom-logo" src="/wp-content/uploads/2023/04/logo.svg"${imgAlt(o)} width="240" height="48"></a>`)}</div>
<nav class="p-global-nav"><ul class="c-navbar"><li class="c-navbar__item"><a href="/">${esc(o.crumbHome)}</a></li><li class="c-navbar__item"><a href="/about/">${kind === '歯科医院' ? '医院紹介' : kind === '学習塾' ? 'コース案内' : '事務所案内'}</a></li><li class="c-navbar__item"><a href="/price/">料金</a></li><li class="c-navbar__item"><a href="/blog/">ブログ</a></li><li class="c-navbar__item"><a href="/access/">アクセス</a></li></ul></nav></div></div></header>
<div class="l-contents"><div class="c-container l-contents__inner">
<main class="l-contents__main" role="main">
<div class="c-breadcrumbs"><ol class="c-breadcrumbs__list"><li class="c-breadcrumbs__item"><a href="/">${esc(o.crumbHome)}</a></li><li class="c-breadcrumbs__item"><a href="/blog/">ブログ</a></li>${crumbLi(d, (x) => `<li class="c-breadcrumbs__item">${x}</li>`)}</ol></div>
<article class="c-entry post type-post status-publish">
<header class="c-entry__header"><${titleTag(o)} class="c-entry__title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="c-entry__meta"><ul class="c-meta"><li class="c-meta__item c-meta__item--published">${dateTop(d)}</li><li class="c-meta__item c-meta__item--categories"><span class="c-entry-summary__term">お知らせ</span></li><li class="c-meta__item c-meta__item--pv">${pv.s} PV</li></ul></div></header>
<div class="c-entry__body"><div class="c-entry__content p-entry-content">
${body}
</div>
${afterBody(d, o, c)}
</div>
<div class="smb-btn-box"><p class="smb-btn-box__lede">${cta}受付中 — 今月の残り <strong>${slots.s}</strong> 枠</p><a class="smb-btn" href="/reserve/"><span class="smb-btn__label">ご予約はこちら</span></a></div>
<aside class="p-related-posts"><h2 class="p-related-posts__title">関連記事</h2><ul class="c-entries">${related.map((n) => `<li class="c-entries__item"><a href="/blog/${ri(100, 9999)}/"><span class="c-entry-summary__date">${n.ds}</span> ${esc(n.head)}</a></li>`).join('')}</ul></aside>
<nav class="c-prev-next-nav"><div class="c-prev-next-nav__item c-prev-next-nav__item--prev"><a href="/blog/${ri(100, 9999)}/">« ${esc(pick(HEADLINES))}</a> <span>${F.dots(prev)}</span></div><div class="c-prev-next-nav__item c-prev-next-nav__item--next"><a href="/blog/${ri(100, 9999)}/">${esc(pick(HEADLINES))} »</a> <span>${F.dots(next)}</span></div></nav>
</article>
</main>
<aside class="l-contents__sidebar"><div class="c-widget snow-monkey-posts"><h2 class="c-widget__title">よく読まれている記事</h2><ol>${rank.map((r) => `<li><a href="/blog/${ri(100, 9999)}/">${esc(r.h)}</a> <span class="pv">${r.pv.s} PV</span></li>`).join('')}</ol></div>
<div class="c-widget widget_text"><h2 class="c-widget__title">${st[0]}</h2><p>${st[0]} <strong>${stat.s}</strong>${st[1]}（前年度実績）</p></div>
<div class="c-widget"><h2 class="c-widget__title">Googleクチコミ</h2><p>★★★★☆ ${stars}（${reviews.s}件）</p></div></aside>
</div></div>
<footer class="l-footer"><div class="c-container">${footLogo(o, '/wp-content/uploads/2023/04/logo-white.svg')}<p>おかげさまで開業${years.s}周年</p>${footOrg(o)}</div></footer>
</div>
<script id="snow-monkey-js-extra">var snow_monkey = {"home_url":"\\/","post_views":${pv.v},"reserve_slots":${slots.v},"reviews":${reviews.v},"stat":${stat.v}};</script>
</body></html>
`;
}

// 2. sjiskura (old Shift_JIS table layout): an old 酒蔵 (蔵元) site (HTML 4.01 Transitional, 760px table, <font>, spacer GIFs,
//    bgcolor cells, a <marquee> of 新酒 news): header 創業 and phone; left column: 蔵見学 (次回 M月D日, 定員N名), 今季の仕込み
//    (N本, 精米歩合 N%), 受賞歴 (全国新酒鑑評会 金賞 N回), 蔵開き (date), 通販 送料無料 N円以上, access counter; the release under
//    「◆蔵元からのお知らせ」; 蔵元日記 (slash dates, figure headlines); footer 酒類製造免許 and 「Since」.
function sjiskura(e, c, d, o, bl) {
  const F2 = (h) => `<font size="2">${h}</font>`;
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#5a3a1a"><font size="3" color="#ffffff"><b>◆${b.html}</b></font></td></tr></table>`, p: (h) => `<p>${F2(h)}</p>`, note: (b) => `<p><font size="2" color="#993300">${b.html}</font></p>`, table: (b) => tableHtml(b.rows, 'ktbl', ' border="1" cellspacing="0" cellpadding="3" bordercolor="#8b6b4a"'), list: (b) => `<${b.t}>${b.items.map((x) => `<li>${F2(x)}</li>`).join('')}</${b.t}>` })).join('\n');
  const tour = c.D(4, 50); const cap = c.V(8, 40, { comma: false });
  const tanks = c.V(12, 160, { comma: false }); const seimai = c.V(35, 70, { comma: false });
  const gold = c.V(3, 29, { comma: false });
  const kurabiraki = c.D(10, 90);
  const ship = c.V(5500, 15000);
  const counter = c.V(100000, 9900000, { comma: false });
  const diary = newsItems(c, 4, F.slash);
  const since = ri(1688, 1920);
  const lic = `酒類製造免許 ${pick(['札', '仙', '関', '金', '名', '大', '広', '高', '福', '熊'])}第${ri(10, 999)}号`; c.other.push(lic);
  const phone = c.phone();
  const sp = (w, h) => `<img src="img/spacer.gif" width="${w}" height="${h}" alt="">`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta name="keywords" content="日本酒,地酒,蔵元,純米吟醸,通販">
${headCommon(e, d, o)}
<style type="text/css"><!--
body{font-family:"ＭＳ Ｐ明朝","Noto Serif CJK JP",serif;margin:0;background:#f4ecdc}.side td{font-size:12px}.ktbl{border-collapse:collapse;font-size:13px}.ktbl th{background:#efe3cc}.cnt{font-family:monospace;background:#000;color:#0f0;padding:0 4px}
@media print{table{width:100% !important}td{width:auto !important}img[src$="spacer.gif"],marquee{display:none}}
--></style>
</head>
<body bgcolor="#f4ecdc" text="#3a2a1a" link="#7a2a00" vlink="#5a3a1a" topmargin="0" leftmargin="0" marginheight="0" marginwidth="0">
<center>
<table width="760" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td colspan="3" bgcolor="#3a2414">${sp(760, 4)}</td></tr>
<tr><td colspan="3"><table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td>${unnei(o)}${logoHtml(o, `<a href="index.html"><img src="img/kura_logo.gif" width="320" height="60" border="0"${imgAlt(o)}></a>`)}</td><td align="right"><font size="2">創業 ${since}年　酒蔵見学受付中<br>TEL ${phone}</font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#5a3a1a" align="center"><font size="2" color="#ffffff"><a href="index.html"><font color="#ffffff">${esc(o.crumbHome)}</font></a>　｜　<a href="sake.html"><font color="#ffffff">お酒のご紹介</font></a>　｜　<a href="kengaku.html"><font color="#ffffff">蔵見学</font></a>　｜　<a href="shop.html"><font color="#ffffff">通信販売</font></a>　｜　<a href="news.html"><font color="#ffffff">お知らせ</font></a>　｜　<a href="access.html"><font color="#ffffff">交通案内</font></a></font></td></tr>
<tr><td colspan="3"><marquee scrollamount="3"><font size="2" color="#7a2a00">新酒しぼりたて 入荷しました！　蔵見学は要予約です（定員${cap.s}名）</font></marquee></td></tr>
<tr valign="top">
<td width="180" bgcolor="#f8f1e3" class="side">
<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td bgcolor="#8b6b4a"><font color="#ffffff"><b>蔵見学のご案内</b></font></td></tr><tr><td>次回 ${F.md(tour)}（${wd(tour)}）<br>定員 ${cap.s}名（要予約）</td></tr>
<tr><td bgcolor="#8b6b4a"><font color="#ffffff"><b>今季の仕込み</b></font></td></tr><tr><td>仕込み本数 ${tanks.s}本<br>精米歩合 ${seimai.s}％</td></tr>
<tr><td bgcolor="#8b6b4a"><font color="#ffffff"><b>受賞歴</b></font></td></tr><tr><td>全国新酒鑑評会<br>金賞受賞 通算${gold.s}回</td></tr>
<tr><td bgcolor="#8b6b4a"><font color="#ffffff"><b>蔵開き</b></font></td></tr><tr><td>${F.ja(kurabiraki)}開催予定</td></tr>
<tr><td bgcolor="#8b6b4a"><font color="#ffffff"><b>通信販売</b></font></td></tr><tr><td>${ship.s}円以上お買い上げで送料無料</td></tr>
<tr><td align="center">あなたは<br><span class="cnt">${String(counter.v).padStart(7, '0')}</span><br>人目のお客様です</td></tr>
</table></td>
<td width="10">${sp(10, 1)}</td>
<td width="570">
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#3a2414"><font color="#ffffff"><b>◆蔵元からのお知らせ</b></font></td></tr></table>
<font size="2">${crumbLi(d, (x) => `<p>${x}</p>`)}</font>
<${titleTag(o)}><font size="4" color="#5a3a1a">${esc(d.heading)}${esc(e.title)}</font></${titleTag(o)}>
<p align="right"><font size="2">${dateTop(d)}</font></p>
${body}
${afterBody(d, o, c)}
<p align="right"><font size="2"><a href="#top">▲このページの上へ</a></font></p>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#8b6b4a"><font color="#ffffff"><b>蔵元日記</b></font></td></tr></table>
<font size="2">${diary.map((n) => `${n.ds}　<a href="diary.html">${esc(n.head)}</a><br>`).join('\n')}</font>
</td></tr>
<tr><td colspan="3" bgcolor="#3a2414" align="center"><font size="2" color="#ffffff">${footLogo(o, 'img/foot_logo.gif')}<br>${esc(lic)}　Since ${since}<br>飲酒運転は法律で禁止されています。</font><div style="color:#fff;font-size:12px">${footOrg(o)}</div></td></tr>
</table>
</center>
</body>
</html>
`;
}

// 3. blogger (div soup): a Blogger page used as an organization's blog (Contempo-like): <html b:version="2" class="v2">,
//    div.outer-wrapper / main-outer / column-center-inner, .date-header, .post-outer / .post.hentry, h3.post-title, .post-body,
//    .post-footer (投稿者, ラベル, コメント N件), blog-pager (次の投稿 / 前の投稿); sidebar: プロフィール, 合計ページビュー数
//    (counter), ブログ アーカイブ (▼ 2025 (N) ▼ 12月 (N)), ラベル (counts), 人気の投稿 (dated, figures), フォロワー (N);
//    footer 「Powered by Blogger」; a _WidgetManager script with the view count and archive counts.
function blogger(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4} style="text-align:left">${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<blockquote>${b.html}</blockquote>`, table: (b) => tableHtml(b.rows, '', ' border="1" cellpadding="4" style="border-collapse:collapse"'), list: (b) => `<${b.t} style="text-align:left">${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>` })).join('\n');
  const views = c.V(10000, 990000);
  const comments = c.V(2, 60, { comma: false });
  const yearN = c.V(20, 140, { comma: false }); const monN = c.V(2, 19, { comma: false });
  const labels = ['お知らせ', '活動報告', 'イベント', 'メディア掲載'].map((x) => ({ x, n: c.V(2, 160, { comma: false }) }));
  const popular = newsItems(c, 3, F.slash);
  const followers = c.V(30, 3900, { comma: false });
  const [y, m] = dp(e.date);
  const author = c.person();
  const prof = pick(['広報担当', '事務局', 'スタッフ一同']);
  return `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="ja" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head><meta charset="UTF-8">
<meta content="blogger" name="generator">
${headCommon(e, d, o, `\n<link href="https://www.blogger.com/static/v1/widgets/${ri(1000000000, 4000000000)}-css_bundle_v2.css" rel="stylesheet" type="text/css">\n<link rel="service.post" type="application/atom+xml" href="https://www.blogger.com/feeds/${ri(1000000000, 9999999999)}/posts/default">`)}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#222;background:#eceff1}.outer-wrapper{max-width:1080px;margin:0 auto;display:flex;gap:28px;padding:20px}.main-outer{flex:1;min-width:0;background:#fff;padding:20px 28px}.sidebar-container{width:300px;font-size:14px}.widget{background:#fff;padding:12px;margin-bottom:18px}.widget h2{font-size:15px;border-bottom:1px solid #ddd}
.header-outer{background:#24292e;color:#fff;padding:20px}.header-outer h1,.header-outer .title{margin:0;font-size:26px}.date-header{font-size:13px;color:#757575}.post-title{font-size:24px}.post-body table td,.post-body table th{padding:4px 8px}blockquote{border-left:4px solid #bbb;margin:12px 0;padding:4px 12px;color:#444}.post-footer,.blog-pager{font-size:13px;color:#666;margin-top:20px}.footer-outer{text-align:center;font-size:12px;padding:20px}
@media print{.outer-wrapper{display:block}.sidebar-container{width:auto}.navbar,.share-buttons{display:none}}</style>
</head>
<body class="version-1-3-3 variant-indie_light">
<div class="navbar section" id="navbar"><div class="widget Navbar" data-version="1" id="Navbar1"><a href="https://www.blogger.com/">ブログを作成</a>　<a href="https://www.blogger.com/">ログイン</a></div></div>
<div class="header-outer"><div class="header section" id="header"><div class="widget Header" data-version="2" id="Header1">${unnei(o)}${o.h1 ? `<h1 class="title"><a href="/">${esc(o.h1)}</a></h1>` : `${o.svg ? svgLogo(o) : ''}<a href="/"><img src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/${ids(24)}/s320/header.png"${imgAlt(o)} width="320" height="64"></a>`}<p class="description">${pick(['活動の記録とお知らせ', '日々のできごとをお伝えします', '最新情報をお届けします'])}</p></div></div></div>
<div class="outer-wrapper">
<div class="main-outer"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" data-version="2" id="Blog1">
<div class="blog-posts hfeed container">
<div class="breadcrumbs"><a href="/">${esc(o.crumbHome)}</a> › <a href="/search/label/お知らせ">お知らせ</a>${crumbLi(d, (x) => ` › <span>${x}</span>`)}</div>
<div class="date-outer"><h2 class="date-header"><span>${dateTop(d)}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<a name="${ri(1000000000, 9999999999)}"></a>
<${o.h1 ? 'h2' : 'h3'} class="post-title entry-title" itemprop="name">${esc(d.heading)}${esc(e.title)}</${o.h1 ? 'h2' : 'h3'}>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-${ri(1000000000, 9999999999)}" itemprop="description articleBody">
${body}
<div style="clear:both"></div></div>
${afterBody(d, o, c)}
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">投稿者 <span class="fn">${esc(author)}</span></span>　<span class="post-comment-link"><a class="comment-link" href="#comments">コメント ${comments.s} 件</a></span></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">ラベル: <a href="/search/label/お知らせ" rel="tag">お知らせ</a></span></div></div>
</div></div></div></div>
</div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/">次の投稿</a></span>　<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/">前の投稿</a></span>　<a class="home-link" href="/">ホーム</a></div>
</div></div></div></div>
<div class="sidebar-container"><div class="sidebar section" id="sidebar">
<div class="widget Profile" id="Profile1"><h2>自己紹介</h2><p>${prof}</p><a href="https://www.blogger.com/profile/${ri(10000000000, 99999999999)}">詳細プロフィールを表示</a></div>
<div class="widget Stats" id="Stats1"><h2>合計ページビュー数</h2><div class="counter-wrapper graph-counter-wrapper">${views.s}</div></div>
<div class="widget Followers" id="Followers1"><h2>フォロワー</h2><p>フォロワー（${followers.s}）</p></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>ブログ アーカイブ</h2><ul class="hierarchy"><li class="archivedate expanded">▼ ${y} (${yearN.s})<ul class="hierarchy"><li class="archivedate expanded">▼ ${m}月 (${monN.s})</li></ul></li></ul></div>
<div class="widget Label" id="Label1"><h2>ラベル</h2><ul>${labels.map((l) => `<li><a dir="ltr" href="/search/label/${encodeURIComponent(l.x)}">${l.x}</a> <span dir="ltr">(${l.n.s})</span></li>`).join('')}</ul></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>人気の投稿</h2><ul>${popular.map((n) => `<li><div class="item-title"><a href="/">${esc(n.head)}</a></div><div class="item-date">${n.ds}</div></li>`).join('')}</ul></div>
</div></div>
</div>
<div class="footer-outer">${footLogo(o, '/img/footer.png')}${footOrg(o)}<p>Powered by <a href="https://www.blogger.com">Blogger</a>.</p></div>
<script type="text/javascript">window['__wavt'] = 'AOuZoY${ids(20)}';_WidgetManager._Init('//www.blogger.com/rearrange?blogID=${ri(1000000000, 9999999999)}', '//example.blogspot.com/', '${ri(1000000000, 9999999999)}');_WidgetManager._RegisterWidget('_StatsView', new _WidgetInfo('Stats1', 'sidebar', {'title': '合計ページビュー数', 'showGraphicalCounter': true, 'totalViews': ${views.v}}));_WidgetManager._RegisterWidget('_BlogArchiveView', new _WidgetInfo('BlogArchive1', 'sidebar', {'yearCount': ${yearN.v}, 'monthCount': ${monN.v}}));_WidgetManager._RegisterWidget('_FollowersView', new _WidgetInfo('Followers1', 'sidebar', {'count': ${followers.v}}));</script>
</body></html>
`;
}

// 4. mtpico (Movable Type): a Movable Type 5 「Pico」-theme site (XHTML 1.0 Strict, mt-rsd link; 3 in EUC-JP) of a 学会 / 研究会 /
//    同窓会: #container, #header (#header-name, #header-description), #nav, .entry-asset (asset-header, asset-name, asset-meta
//    with byline, asset-content / asset-body, asset-footer), entry-nav (« prev | メイン | next »); then in the one column below:
//    学術大会 (第N回, date, 参加者 N名 見込み, 演題登録締切 date), 会員数 (正会員 N名 as of date), 学会誌 (第N巻第N号), 最近のエントリー
//    (slash dates), アーカイブ (counts); footer 「Powered by Movable Type 5.2」 and 事務局 phone.
function mtpico(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4}>${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<p class="note">${b.html}</p>`, tableClass: 'entry-table' })).join('\n');
  const kind = pick(['学会', '研究会', '同窓会']);
  const meetingNo = c.V(12, 88, { comma: false }); const meeting = c.D(20, 120);
  const attend = c.V(150, 2800); const deadline = c.D(5, 40);
  const members = c.V(300, 16000); const asOf = c.D(-120, -10);
  const vol = c.V(20, 70, { comma: false });
  const recent = newsItems(c, 4, F.slash, false);
  const arch = Array.from({ length: 3 }, () => c.V(2, 24, { comma: false }));
  const [y, m] = dp(e.date);
  const months = [0, 1, 2].map((k) => { const mm = ((m - 1 - k + 12) % 12) + 1; return `${m - k <= 0 ? y - 1 : y}年${mm}月`; });
  const phone = c.phone();
  const charset = enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8';
  return `<?xml version="1.0" encoding="${charset}"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<meta name="generator" content="Movable Type Pro 5.2.13" />
${headCommon(e, d, o, '\n<link rel="stylesheet" href="/styles.css" type="text/css" />\n<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/mt/mt-rsd.cgi?blog_id=1" />')}
<style type="text/css">body{margin:0;font-family:Georgia,"Noto Serif CJK JP",serif;color:#333;background:#fff}#container{max-width:720px;margin:0 auto;padding:20px}#header{border-bottom:1px solid #999;padding-bottom:10px}#header-name{font-size:24px;margin:0}#header-description{font-size:13px;color:#777}#nav ul{list-style:none;padding:0;display:flex;gap:18px;font-size:13px}
.asset-name{font-size:22px}.asset-meta{font-size:12px;color:#777}.note{background:#f6f6f6;padding:6px 10px}.entry-table{border-collapse:collapse}.entry-table td,.entry-table th{border:1px solid #aaa;padding:4px 8px}.entry-nav{font-size:13px;margin:18px 0}.widget{border-top:1px solid #ccc;padding:8px 0;font-size:13px}.widget-header{font-size:14px;margin:0 0 6px}#footer{border-top:1px solid #999;font-size:12px;color:#666;padding-top:8px}
@media print{#nav{display:none}}</style>
</head>
<body id="pico" class="mt-entry-archive">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">${unnei(o)}
${o.h1 ? `<h1 id="header-name"><a href="/" accesskey="1">${esc(o.h1)}</a></h1>` : `<div id="header-name">${o.svg ? svgLogo(o) : ''}<a href="/" accesskey="1"><img src="/images/banner.png"${imgAlt(o)} width="300" height="50" /></a></div>`}
<div id="header-description">${kind}からのお知らせと活動記録</div>
<div id="nav"><ul><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/about/">${kind}について</a></li><li><a href="/meeting/">学術大会</a></li><li><a href="/journal/">${kind === '同窓会' ? '会報' : '学会誌'}</a></li><li><a href="/join/">入会案内</a></li></ul></div>
</div></div></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
${crumbLi(d, (x) => `<p class="breadcrumb"><a href="/">${esc(o.crumbHome)}</a> &gt; ${x}</p>`)}
<div id="entry-${ri(100, 2999)}" class="entry-asset asset hentry">
<div class="asset-header"><${titleTag(o)} class="asset-name entry-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="asset-meta"><span class="byline vcard">${dateTop(d)}</span></div></div>
<div class="asset-content entry-content"><div class="asset-body">
${body}
</div></div>
${afterBody(d, o, c)}
<div class="asset-footer"><span class="entry-categories">カテゴリ: <a href="/news/" rel="tag">お知らせ</a></span></div>
</div>
<p class="entry-nav"><a href="/news/${ri(100, 999)}.html">« ${esc(pick(HEADLINES))}</a> | <a href="/">メイン</a> | <a href="/news/${ri(100, 999)}.html">${esc(pick(HEADLINES))} »</a></p>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget"><h3 class="widget-header">第${meetingNo.s}回学術大会</h3><div class="widget-content">会期：${F.ja(meeting)}（${wd(meeting)}）<br />参加者 ${attend.s}名見込み<br />演題登録締切：${F.slash(deadline)}</div></div>
<div class="widget"><h3 class="widget-header">会員数</h3><div class="widget-content">正会員 ${members.s}名（${F.ja(asOf)}現在）</div></div>
<div class="widget"><h3 class="widget-header">${kind === '同窓会' ? '会報' : '学会誌'}</h3><div class="widget-content">第${vol.s}巻を発行しました</div></div>
<div class="widget widget-recent-entries"><h3 class="widget-header">最近のエントリー</h3><ul>${recent.map((n) => `<li><a href="/news/${ri(100, 999)}.html">${esc(n.head)}</a> (${n.ds})</li>`).join('')}</ul></div>
<div class="widget widget-archive-monthly"><h3 class="widget-header">アーカイブ</h3><ul>${months.map((mm, k) => `<li><a href="/${mm.replace(/\D+/g, '/')}">${mm} (${arch[k].s})</a></li>`).join('')}</ul></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner">${footLogo(o, '/images/footer-mark.png')}<p>事務局 TEL ${phone}</p>${footOrg(o)}<p>Powered by <a href="https://www.movabletype.jp/">Movable Type Pro 5.2.13</a></p></div></div>
</div></div>
</body>
</html>
`;
}

// 5. remix (Next.js-like page): a Remix (React Router 7) SSR corporate site of a 商社 / SaaS / 食品メーカー: modulepreload links to
//    /build/_shared/*, CSS-in-JS (emotion, css-xxxxx) class names, a header with a ticker band (株価 N円 前日比), a hero stat band
//    (導入社数 N社, 継続率 N%), the article in <main>; side: 関連ニュース (dots dates), イベント (ウェビナー date, 定員N名); footer
//    with ISMS 認証番号; window.__remixContext with the loader data (stats, ticker, webinar, related news again).
function remix(e, c, d, o, bl) {
  const cl = () => `css-${ids(6)}`;
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3} class="${cl()}">${b.html}</h${b.lv <= 2 ? 2 : 3}>`, note: (b) => `<aside class="${cl()} note-callout"><p>${b.html}</p></aside>`, tableClass: cl() })).join('\n');
  const price = c.V(300, 9800); const diff = c.V(2, 120, { comma: false });
  const clients = c.V(200, 24000); const retain = c.V(90, 99, { comma: false });
  const webinar = c.D(5, 60); const cap = c.V(50, 1000);
  const related = newsItems(c, 4, F.dots);
  const code = `証券コード ${ri(1000, 9999)}`; c.other.push(code);
  const isms = `IS ${ri(100000, 799999)}`; c.other.push(isms);
  const loader = { root: { ticker: { price: price.v, change: -diff.v }, stats: { clients: clients.v, retentionRate: retain.v } }, 'routes/news.$slug': { webinar: { date: webinar, capacity: cap.v }, related: related.map((n) => ({ publishedAt: n.date, title: n.head })) } };
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>
${headCommon(e, d, o, `\n<link rel="modulepreload" href="/build/entry.client-${ids(8).toUpperCase()}.js"/>\n<link rel="modulepreload" href="/build/_shared/chunk-${ids(8).toUpperCase()}.js"/>\n<link rel="modulepreload" href="/build/routes/news.$slug-${ids(8).toUpperCase()}.js"/>\n<link rel="stylesheet" href="/build/_assets/global-${ids(8).toUpperCase()}.css"/>`)}
<style data-emotion="css-global">body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#10213a}.hdr{background:#fff;border-bottom:1px solid #dde}.hdr-in{max-width:1160px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;padding:12px 20px}.gnav{display:flex;gap:22px;list-style:none;margin:0;padding:0}.ticker{background:#10213a;color:#9fd;font-size:12px;padding:3px 20px;text-align:right}
.stats{display:flex;gap:40px;justify-content:center;background:#f0f5ff;font-size:13px;padding:8px}.wrap{max-width:1160px;margin:0 auto;display:grid;grid-template-columns:1fr 290px;gap:44px;padding:28px 20px}.side{font-size:14px}.side section{border:1px solid #dde;padding:10px 14px;margin-bottom:20px}
main table{border-collapse:collapse}main td,main th{border:1px solid #bbc;padding:5px 8px}.note-callout{background:#f5f7fb;border-left:4px solid #3a6ff7;padding:6px 14px}.ftr{background:#10213a;color:#ccd;padding:24px 20px;font-size:13px}
@media print{.wrap{display:block}.gnav,.ticker{display:none}}</style>
</head><body>
<header class="hdr"><div class="ticker">東証プライム ${code}　${price.s}円（前日比 −${diff.s}円）</div><div class="hdr-in">${unnei(o)}<a href="/" class="${cl()}">${o.h1 ? `<h1 class="${cl()}">${esc(o.h1)}</h1>` : `${o.svg ? svgLogo(o) : ''}<img src="/build/_assets/logo-${ids(8).toUpperCase()}.svg"${imgAlt(o)} width="200" height="40"/>`}</a>
<nav><ul class="gnav"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/products">製品・サービス</a></li><li><a href="/case">導入事例</a></li><li><a aria-current="page" class="active" href="/news">ニュース</a></li><li><a href="/company">会社情報</a></li><li><a href="/contact">お問い合わせ</a></li></ul></nav></div>
<div class="stats"><span>導入社数 ${clients.s}社</span><span>継続率 ${retain.s}%</span></div></header>
<div class="wrap"><main class="${cl()}">
<nav aria-label="breadcrumb" class="${cl()}"><ol style="display:flex;gap:8px;list-style:none;padding:0;font-size:12px"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/news">ニュース</a></li>${crumbLi(d)}</ol></nav>
<article class="${cl()}">
<div class="${cl()}"><span class="${cl()}">${dateTop(d)}</span> <span class="${cl()}">プレスリリース</span></div>
<${titleTag(o)} class="${cl()}">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="${cl()}">
${body}
</div>
${afterBody(d, o, c)}
</article>
<p><a href="/news" class="${cl()}">← ニュース一覧</a></p>
</main>
<div class="side">
<section><h2>関連ニュース</h2><ul style="list-style:none;padding:0">${related.map((n) => `<li><time>${n.ds}</time><br/><a href="/news/${ids(8)}">${esc(n.head)}</a></li>`).join('')}</ul></section>
<section><h2>イベント</h2><p>オンラインウェビナー<br/>${F.ja(webinar)}（${wd(webinar)}）開催<br/>定員${cap.s}名</p></section>
</div></div>
<footer class="ftr">${footLogo(o, '/build/_assets/logo-white.svg')}<p>ISMS認証取得（${esc(isms)}）</p>${footOrg(o)}</footer>
<script>window.__remixContext = ${JSON.stringify({ url: `/news/${ids(8)}`, state: { loaderData: loader, actionData: null, errors: null }, future: { v3_fetcherPersist: true } })};__remixContext.p = function(v,e,p,x){};</script>
<script type="module" async="">import "/build/manifest-${ids(8).toUpperCase()}.js";import * as route0 from "/build/root-${ids(8).toUpperCase()}.js";window.__remixRouteModules = {"root":route0};</script>
</body></html>
`;
}

// 6. joomla (Bootstrap CMS): a Joomla! 4 site on the Cassiopeia (Bootstrap 5) template of a 観光協会 / 商店街振興組合 / 道の駅
//    (UTF-8 4, EUC-JP 2, Shift_JIS 1): header container-header, mod-menu, mod-breadcrumbs, com-content-article item-page with
//    article-info (dl: 公開日 / ヒット数 N), alert notes, table-striped tables, pagination (前へ / 次へ); sidebar-right cards:
//    イベントカレンダー (dates), 本日の天気・来場者 (N人), 駐車場 N台, 加盟店 N店, 最新記事 (dots dates, figures), アクセスランキング;
//    footer 「Joomla! is Free Software」; Joomla.optionsStorage script with hits and counts.
function joomla(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4}>${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<div class="alert alert-info" role="alert">${b.html}</div>`, tableClass: 'table table-striped table-bordered', list: (b) => `<${b.t} class="list-group-numbered">${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>` })).join('\n');
  const kind = pick(['観光協会', '商店街振興組合', '道の駅']);
  const hits = c.V(40, 38000);
  const events = Array.from({ length: 3 }, () => c.D(3, 75)).sort();
  const evNames = shuffle(['朝市', '花火大会', 'スタンプラリー', 'ライトアップ', '収穫祭', 'フリーマーケット']).slice(0, 3);
  const visitors = c.V(200, 9800); const park = c.V(20, 600, { comma: false }); const shops = c.V(12, 240, { comma: false });
  const latest = newsItems(c, 4, F.dots);
  const rank = shuffle(HEADLINES).slice(0, 3).map((h) => ({ h, n: c.V(500, 42000) }));
  const charset = enc === 'EUC-JP' ? 'EUC-JP' : enc === 'Shift_JIS' ? 'Shift_JIS' : 'utf-8';
  return `<!DOCTYPE html>
<html lang="ja-jp" dir="ltr">
<head>
<meta charset="${charset}">
<meta name="generator" content="Joomla! - Open Source Content Management">
${headCommon(e, d, o, '\n<link href="/media/templates/site/cassiopeia/css/template.min.css?3c2ba7" rel="stylesheet">\n<link href="/media/system/css/joomla-fontawesome.min.css?3c2ba7" rel="stylesheet">')}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#22262a;background:#fff}.container-header{background:#1b4d3e;color:#fff}.container-header .grid-child{max-width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;padding:14px 20px}.mod-menu{display:flex;gap:20px;list-style:none;margin:0;padding:0}.mod-menu a{color:#fff}
.site-grid{max-width:1200px;margin:0 auto;display:grid;grid-template-columns:1fr 300px;gap:32px;padding:24px 20px}.card{border:1px solid #dfe3e7;border-radius:4px;margin-bottom:18px;font-size:14px}.card-header{background:#eef3f0;padding:6px 12px;font-weight:bold}.card-body{padding:10px 12px}
.article-info{display:flex;gap:16px;font-size:13px;color:#667}.article-info dt{display:none}.table{border-collapse:collapse}.table td,.table th{border:1px solid #ccc;padding:4px 8px}.alert{background:#e8f4fa;padding:8px 12px;border-radius:4px}.footer{background:#1b4d3e;color:#dde;padding:20px;font-size:12px;text-align:center}.banner-top{background:#f4b400;text-align:center;font-size:13px;padding:4px}
@media print{.site-grid{display:block}.mod-menu,.banner-top{display:none}}</style>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-${ri(101, 299)} has-sidebar-right">
<p class="banner-top">${F.md(events[0])}（${wd(events[0])}）は${evNames[0]}開催　臨時駐車場あり</p>
<header class="header container-header full-width"><div class="grid-child">${unnei(o)}<div class="navbar-brand"><a class="brand-logo" href="/">${o.h1 ? `<h1 class="h3 m-0">${esc(o.h1)}</h1>` : `${o.svg ? svgLogo(o) : ''}<img loading="eager" decoding="async" src="/images/headers/logo.png"${imgAlt(o)} width="220" height="48">`}</a></div>
<nav class="navbar navbar-expand-lg"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">${esc(o.crumbHome)}</a></li><li class="nav-item item-${ri(102, 130)}"><a href="/spot">${kind === '商店街振興組合' ? '加盟店紹介' : '観光スポット'}</a></li><li class="nav-item item-${ri(131, 160)}"><a href="/event">イベント</a></li><li class="nav-item item-${ri(161, 190)} current active"><a href="/news" aria-current="location">お知らせ</a></li><li class="nav-item item-${ri(191, 220)}"><a href="/access">アクセス</a></li></ul></nav></div></header>
<div class="site-grid">
<main class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="パンくず"><ol class="mod-breadcrumbs breadcrumb px-3 py-2" style="display:flex;gap:8px;list-style:none;padding:0;font-size:12px"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">${esc(o.crumbHome)}</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/news" class="pathway">お知らせ</a></li>${crumbLi(d, (x) => `<li class="mod-breadcrumbs__item breadcrumb-item active"><span>${x}</span></li>`)}</ol></nav>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><${titleTag(o)} itemprop="headline">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}></div>
<dl class="article-info text-muted"><dt class="article-info-term">詳細</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>${dateTop(d)}</dd><dd class="category-name">カテゴリ: <a href="/news">お知らせ</a></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>ヒット数: ${hits.s}</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${body}
</div>
${afterBody(d, o, c)}
<nav class="pagenavigation" aria-label="ページナビゲーション"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/news/${ri(10, 999)}" rel="prev">‹ 前へ</a> <a class="btn btn-sm btn-secondary next" href="/news/${ri(10, 999)}" rel="next">次へ ›</a></span></nav>
</div>
</main>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card"><h3 class="card-header">イベントカレンダー</h3><div class="card-body"><ul>${events.map((x, k) => `<li>${F.md(x)}（${wd(x)}）${evNames[k]}</li>`).join('')}</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">${kind === '商店街振興組合' ? '商店街のご案内' : '施設情報'}</h3><div class="card-body"><p>先月の来場者 ${visitors.s}人<br>無料駐車場 ${park.s}台<br>${kind === '商店街振興組合' ? '加盟店' : '協力店'} ${shops.s}店</p></div></div>
<div class="sidebar-right card"><h3 class="card-header">最新記事</h3><div class="card-body"><ul class="mod-articleslatest latestnews">${latest.map((n) => `<li><span class="small">${n.ds}</span> <a href="/news/${ri(10, 999)}">${esc(n.head)}</a></li>`).join('')}</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">アクセスランキング</h3><div class="card-body"><ol class="mostread">${rank.map((r) => `<li><a href="/news/${ri(10, 999)}">${esc(r.h)}</a>（${r.n.s}）</li>`).join('')}</ol></div></div>
</div></div>
<footer class="container-footer footer full-width"><div class="grid-child">${footLogo(o, '/images/footer-logo.png')}${footOrg(o)}<p>Joomla! is Free Software released under the GNU General Public License.</p></div></footer>
<script type="application/json" class="joomla-script-options new">${JSON.stringify({ 'joomla.jtext': { ERROR: 'エラー' }, system: { paths: { root: '', base: '' } }, contentStats: { hits: hits.v, visitors: visitors.v, parking: park.v, shops: shops.v, mostRead: rank.map((r) => r.n.v) } })}</script>
</body>
</html>
`;
}

// ---------- documents ----------
let docTurn = 0;
const docHtml = (e, c, bl) => documentHtml(e, c, bl, (annexable) => (annexable ? ['annex2col', 'bessi', 'wrapTable', 'plain'][docTurn++ % 4] : pick(['plain', 'wrapTable', 'bessi'])), { boxOnBareAnnex: true });

// ---------- build ----------
const entries = drawEntries('z', [['wpsnow', 7], ['sjiskura', 6], ['blogger', 7], ['mtpico', 7], ['remix', 6], ['joomla', 7]], DATE_MODES, ORG_MODES);
let mpEuc = 0, jmN = 0;
for (const e of entries) e.encoding = e.style === 'sjiskura' ? 'Shift_JIS' : e.style === 'mtpico' ? (mpEuc++ < 3 ? 'EUC-JP' : 'UTF-8') : e.style === 'joomla' ? ['EUC-JP', 'Shift_JIS', 'EUC-JP'][jmN++] || 'UTF-8' : 'UTF-8';
const docIds = documentIds(entries);
writeBlindSet(kit, { out: OUT, entries, families: { wpsnow, sjiskura, blogger, mtpico, remix, joomla }, dateParts, orgParts, docIds, docHtml });
