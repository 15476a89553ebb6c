#!/usr/bin/env node
// Makes fixtures/pages-aa, the twenty-seventh blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as news pages in six new site families (an AFFINGER-theme WordPress site of a
// 不動産会社 / 整骨院 / 行政書士事務所, an old Shift_JIS 漁業協同組合 table site, a Goope (グーペ) small-shop page, a Movable Type 4
// 「Motion」 community site of a 協会 / 協同組合 / NPO, a note.com-like article page (Nuxt 3, __NUXT_DATA__), an a-blog cms
// (Bootstrap 4) site of a 商工会 / 社会福祉協議会 / 専門学校), plus Word-style document sources for 10 releases. Written
// without reading the tool; the release drawing, numeral/date forms, Markdown blocks and document maker are
// scripts/blind-set-kit.mjs's, the modes and the build scripts/blind-set-modes.mjs's, extended here by three date modes
// and two organization modes.
// Usage: node scripts/make-pages-aa.mjs --seed 20261220   (then print-blind-pages.mjs --set aa, check-blind-pages.mjs --set aa)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-aa');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261220;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { ri, pick, shuffle, pad, esc, wd, dp, F, blocks, tableHtml, blockHtml, HEADLINES, newsItems, documentHtml } = kit;
const { dateParts: baseDateParts, orgParts: baseOrgParts, svgLogo, dateTop, imgAlt, abbr, addrEl, crumbLi, logoHtml, ids, drawEntries, documentIds } = blindSetModes(kit, { platformOf: (style) => PLATFORM[style] });

// ---------- date and organization modes ----------
// Three new date modes: `jaSpaced` (「2025 年 12 月 3 日」, spaced as a PDF-derived page writes it), `reiwaDotsLong` (「令和7.12.3」),
// `updatedShownPubMeta` (only 「最終更新日：…」 on the page — a decoy — with the publication date in
// <meta property="article:published_time">). Two new organization modes: `ogTitleOrg` (only og:title, 「title | org」, while
// <title> has the title alone), `privacyLink` (only the footer link 「org 個人情報保護方針」).
// 40 date modes: the three new ones, then pages-z's list without `dots`, `hyphenIso` and `fwJa` (each used in many sets).
const DATE_MODES = ['jaSpaced', 'reiwaDotsLong', 'updatedShownPubMeta', 'koukaiKoushin', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'uketsuke', 'urlAndTitle', 'dlAfter', 'articleFooter', 'thHead', 'eraFw', 'postedWeekdayTime', 'splitSpans', 'dlKeisaiStart', 'reiwaKanji', 'metaNameDate', 'wordReiwaRight', 'keisaiWeekdayFull', 'breadcrumbDate', 'updateFirst', 'reiwaShortNoPad', 'isoStampShown', 'weekdayKeisai', 'twoDigitYear', 'enMonthDay', 'calendarBadge', 'kanjiKoukai', 'yearParenReiwa', 'jaTimeZeroPad', 'dotWeekdayEn', 'reiwaParenWestern', 'fwSlash', 'enDayMonth'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address', 'metaAuthor', 'signatureAlt', 'h1Logo', 'contactFirst', 'ogPlatformTitle', 'addressElement', 'ijoSignature', 'hakkouLine', 'abbrTitle', 'appName', 'microdata', 'logoTitle', 'rssTitle', 'unneiLine', 'footerLogoAlt', 'dcPublisher', 'ogTitleOrg', 'privacyLink'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OWN_DATE = ['reiwaParenWestern', 'fwSlash', 'enDayMonth', 'jaSpaced', 'reiwaDotsLong', 'updatedShownPubMeta'];
function dateParts(e, c, mode) {
  if (!OWN_DATE.includes(mode)) return baseDateParts(e, c, mode);
  const r = baseDateParts(e, c, '');
  const [y, m, dd] = dp(e.date);
  // pages-z's three (as its maker writes them)
  if (mode === 'reiwaParenWestern') r.line = `令和${y - 2018}年（${y}年）${m}月${dd}日`;
  if (mode === 'fwSlash') r.line = kit.fw(`${y}／${pad(m)}／${pad(dd)}`);
  if (mode === 'enDayMonth') r.line = `Published: ${dd} ${MONTH_EN[m - 1]} ${y}`;
  // new here
  if (mode === 'jaSpaced') r.line = `${y} 年 ${m} 月 ${dd} 日`;
  if (mode === 'reiwaDotsLong') r.line = `令和${y - 2018}.${m}.${dd}`;
  if (mode === 'updatedShownPubMeta') { const u = c.D(2, 45); r.line = `最終更新日：${F.ja(u)}`; r.meta = `<meta property="article:published_time" content="${e.date}T09:00:00+09:00">`; }
  return r;
}
function orgParts(e, mode) {
  const r = baseOrgParts(e, mode);
  if (mode === 'footerLogoAlt') r.footAlt = e.org;
  if (mode === 'dcPublisher') r.dc = e.org;
  if (mode === 'ogTitleOrg') r.ogTitle = e.org;
  if (mode === 'privacyLink') r.privacy = e.org;
  return r;
}
function headCommon(e, d, o, extra = '') {
  const ld = articleLd(kit, e, d, o);
  const ogTitle = o.ogTitle ? `${e.title} | ${o.ogTitle}` : e.title;
  return `<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:title" content="${esc(ogTitle)}">\n<meta property="og:type" content="article">${o.og ? `\n<meta property="og:site_name" content="${esc(o.og)}">` : ''}${o.author ? `\n<meta name="author" content="${esc(o.author)}">` : ''}${o.dc ? `\n<meta name="DC.publisher" content="${esc(o.dc)}">` : ''}${o.appName ? `\n<meta name="application-name" content="${esc(o.appName)}">` : ''}\n<link rel="alternate" type="application/rss+xml" title="${o.rss ? `${esc(o.rss)} » フィード` : 'RSS 2.0'}" href="/feed/">${d.urlDate ? `\n<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}-01.html">` : ''}${d.meta ? `\n${d.meta}` : ''}${e.metadata.jsonLd ? `\n<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}${extra}`;
}
const afterBody = (d, o, c) => `${d.after}${o.micro ? `\n<div class="org-microdata" itemscope itemtype="https://schema.org/Organization" hidden><meta itemprop="name" content="${esc(o.micro)}"></div>` : ''}${o.ijo ? `\n<div class="sign-block"><p style="text-align:right">以　上</p><p style="text-align:right">${esc(o.ijo)}</p></div>` : ''}${o.sigAlt ? `\n<p class="signature" style="text-align:right"><img src="/img/signature.png" alt="${esc(o.sigAlt)}" width="240" height="48"></p>` : ''}${o.contact ? `\n<div class="contact-block"><h3>お問い合わせ先</h3><p>${esc(o.contact)}<br>${pick(['広報室', '総務部', 'お客様相談窓口', '事務局'])}　電話：${c.phone()}<br>受付時間：平日（土日祝日を除く）</p></div>` : ''}`;
const PLATFORM = { wpaffinger: 'ブログ', sjisgyokyo: '組合だより', goope: 'インフォメーション', mtmotion: 'コミュニティ', notecom: 'note', ablogcms: 'お知らせ' };
const unnei = (o) => (o.unnei ? `<p class="site-operator">運営：${esc(o.unnei)}</p>` : '');
const titleTag = (o) => (o.h1 ? 'h2' : 'h1');
const footLogo = (o, src) => `<img class="footer-logo" src="${src}" alt="${esc(o.footAlt || 'フッターロゴ')}" width="160" height="32">`;
const footOrg = (o) => `${o.address ? `<p class="foot-address">${esc(o.address)}</p>` : ''}${addrEl(o)}${o.fullFoot ? `<p class="foot-company">${esc(o.fullFoot)}</p>` : ''}<p class="privacy"><a href="/privacy/">${o.privacy ? `${esc(o.privacy)} 個人情報保護方針` : '個人情報保護方針'}</a>　<a href="/sitemap/">サイトマップ</a></p><p class="copyright">${esc(o.copy)}</p>${o.hakkou ? `<p class="hakkou">発行：${esc(o.hakkou)}</p>` : ''}`;
const list = (b, cls = '') => `<${b.t}${cls ? ` class="${cls}"` : ''}>${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>`;

// 1. wpaffinger (WordPress-like): a 不動産会社 / 整骨院 / 行政書士事務所 site on the AFFINGER6 theme: #st-ami, #headbox (電話 and
//    受付時間), #st-menubox, #breadcrumb (itemListElement), .post with .blogbox (date icons), st-catgroup, 「この記事は約N分で読めます」,
//    st-mybox notes, st-table tables; 「LINEで相談」 box with 友だち N人; kanren 関連記事 (ja dates, figure headlines); side: 人気記事
//    (N PV), 取扱物件数 / 施術実績 / 申請実績 N件, 対応エリア; footer 開業 year; an ST script object with counts.
function wpaffinger(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => (b.lv <= 2 ? `<h2>${b.html}</h2>` : `<h3>${b.html}</h3>`), note: (b) => `<div class="st-mybox has-title st-mybox-class" style="background:#FFFDE7;border-color:#FFD54F;border-width:2px"><p class="st-mybox-title" style="color:#FFD54F">注意</p><div class="st-in-mybox"><p>${b.html}</p></div></div>`, table: (b) => `<div class="scroll-box">${tableHtml(b.rows, 'st-table')}</div>`, list: (b) => list(b, 'is-style-st-maruck') })).join('\n');
  const kind = pick(['不動産会社', '整骨院', '行政書士事務所']);
  const minutes = c.V(3, 18, { comma: false });
  const friends = c.V(150, 8800);
  const rank = shuffle(HEADLINES).slice(0, 4).map((h) => ({ h, pv: c.V(1200, 88000) }));
  const stat = c.V(300, 26000);
  const kanren = newsItems(c, 4, F.ja, true);
  const st = kind === '不動産会社' ? ['取扱物件数', '件'] : kind === '整骨院' ? ['施術実績', '件'] : ['許認可申請実績', '件'];
  const phone = c.phone();
  const opened = ri(1978, 2015);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
${headCommon(e, d, o, '\n<meta name="generator" content="WordPress 6.4.3">\n<link rel="stylesheet" id="st-themecss-css" href="/wp-content/themes/affinger/st-themecss-loader.php?ver=6.4.3" media="all">\n<link rel="stylesheet" id="single_child2-css" href="/wp-content/themes/affinger-child/style.css?ver=20240101" media="all">')}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#1a1a1a;background:#f2f2f2}#st-ami{max-width:1060px;margin:0 auto;background:#fff}#headbox{display:flex;justify-content:space-between;align-items:center;padding:14px 20px}#st-menubox ul{display:flex;gap:0;list-style:none;margin:0;padding:0;background:#0b3d66}#st-menubox a{display:block;color:#fff;padding:10px 18px;text-decoration:none}
#content-w{display:flex;gap:30px;padding:20px}#contentInner{flex:1;min-width:0}#side{width:300px;font-size:14px}.blogbox{font-size:13px;color:#777}.st-catgroup span{background:#0b3d66;color:#fff;padding:2px 8px;font-size:12px}.post h2{background:#0b3d66;color:#fff;padding:8px 12px;font-size:19px}.post h3{border-bottom:2px solid #0b3d66;font-size:17px}
.st-mybox{border:2px solid #FFD54F;padding:8px 14px;margin:16px 0}.st-mybox-title{font-weight:bold;margin:0}.st-table{border-collapse:collapse}.st-table td,.st-table th{border:1px solid #ccc;padding:5px 8px}.kanren,.st-line-box{margin-top:26px;border-top:1px solid #ddd;padding-top:12px;font-size:14px}#footer{background:#0b3d66;color:#dde;padding:24px;font-size:13px}
@media print{#content-w{display:block}#side{width:auto}#st-menubox,.sns{display:none}}</style>
</head>
<body class="post-template-default single single-post postid-${ri(100, 9999)} single-format-standard not-front-page">
<div id="st-ami"><div id="wrapper"><div id="wrapper-in">
<header id="st-headwide"><div id="headbox-bg"><div id="headbox">${unnei(o)}<div id="header-l"><div id="st-text-logo">${logoHtml(o, `<p class="sitename"><a href="/"><img class="sitename-bottom" src="/wp-content/uploads/2022/08/logo.png"${imgAlt(o)} width="260" height="52"></a></p>`)}<p class="descr">${kind === '不動産会社' ? '地域密着の賃貸・売買仲介' : kind === '整骨院' ? '交通事故治療・スポーツ外傷' : '許認可・相続・会社設立のご相談'}</p></div></div>
<div id="header-r"><p class="head-telno">TEL ${phone}<br><span>受付 平日 9:00〜18:00</span></p></div></div></div>
<div id="st-menubox"><nav id="st-menuwide" class="smanone"><ul class="menu"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/service/">${kind === '不動産会社' ? '物件検索' : kind === '整骨院' ? '施術メニュー' : '業務内容'}</a></li><li><a href="/price/">料金案内</a></li><li><a href="/news/">お知らせ</a></li><li><a href="/company/">会社概要</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></nav></div></header>
<div id="content-w"><div id="content" class="clearfix"><div id="contentInner"><main><article>
<div id="breadcrumb"><ol itemscope itemtype="http://schema.org/BreadcrumbList" style="display:flex;gap:8px;list-style:none;padding:0;font-size:12px"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">${esc(o.crumbHome)}</span></a> &gt;</li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/news/" itemprop="item"><span itemprop="name">お知らせ</span></a> &gt;</li>${crumbLi(d)}</ol></div>
<div id="post-${ri(100, 9999)}" class="st-post post type-post status-publish format-standard">
<p class="st-catgroup itemp"><span class="catname st-catid${ri(2, 40)}">お知らせ</span></p>
<${titleTag(o)} class="entry-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="blogbox"><p><span class="kdate"><i class="st-fa st-svg-clock-o"></i>${dateTop(d)}</span></p></div>
<p class="st-reading-time">この記事は約<span>${minutes.s}</span>分で読めます</p>
<div class="mainbox"><div id="nocopy"><div class="entry-content">
${body}
</div></div>
${afterBody(d, o, c)}
</div>
<div class="st-line-box"><p>LINE公式アカウントで無料相談受付中（友だち ${friends.s}人）</p><a href="https://lin.ee/${ids(7)}" class="st-btn">友だち追加</a></div>
<div class="sns"><ul><li class="twitter"><a href="#">ポスト</a></li><li class="facebook"><a href="#">シェア</a></li><li class="share-copy">URLコピー</li></ul></div>
</div>
<div class="kanren"><p class="point"><span class="point-in">関連記事</span></p>${kanren.map((n) => `<dl class="clearfix"><dt><a href="/news/${ri(100, 9999)}/"><img src="/wp-content/uploads/thumb-${ids(4)}.jpg" alt="" width="150" height="150"></a></dt><dd><div class="blog_info"><p><i class="st-fa st-svg-clock-o"></i>${n.ds}</p></div><h5 class="kanren-t"><a href="/news/${ri(100, 9999)}/">${esc(n.head)}</a></h5></dd></dl>`).join('')}</div>
</article></main></div></div>
<div id="side"><aside><div class="st-aside">
<div class="side-widgets"><p class="st-widgets-title"><span>人気記事</span></p><ol class="st-pvm-ranking">${rank.map((r) => `<li><a href="/news/${ri(100, 9999)}/">${esc(r.h)}</a><span class="st-pvm-view">${r.pv.s} views</span></li>`).join('')}</ol></div>
<div class="side-widgets"><p class="st-widgets-title"><span>${st[0]}</span></p><p class="st-marumozi-big">${st[0]} <strong>${stat.s}</strong>${st[1]}</p></div>
<div class="side-widgets"><p class="st-widgets-title"><span>対応エリア</span></p><p>${pick(['市内全域', '県内全域', '近隣市町村'])}（出張相談可）</p></div>
</div></aside></div>
</div>
<footer id="footer"><div id="footer-in">${footLogo(o, '/wp-content/uploads/2022/08/logo-footer.png')}<p>開業 ${opened}年</p>${footOrg(o)}</div></footer>
</div></div></div>
<script id="st-affinger-js-extra">var ST = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","is_mobile":false,"pvm":[${rank.map((r) => r.pv.v).join(',')}],"line_friends":${friends.v},"stat":${stat.v},"reading_min":${minutes.v}};</script>
</body>
</html>
`;
}

// 2. sjisgyokyo (old Shift_JIS table layout): an old 漁業協同組合 site (HTML 4.01 Transitional, 780px table, <font>, spacer GIFs,
//    the news on the left and a right column): header 「○○漁協」 banner and TEL / FAX, menu row of image-less links; right
//    column: 本日の水揚げ (M月D日 N kg), 組合員数 N名, 遊漁承認証 (日券 N円 / 年券 N円), 次回大潮 (date), 朝市 (date, N店舗), an
//    image-digit access counter (one <img alt="d"> a digit); the release under 「■組合からのお知らせ」 with ■ heading bars and
//    「↑ページトップへ」; 組合日誌 (slash dates, figure headlines); footer 所在地, 漁業権番号 and 「Copyright(C)」.
function sjisgyokyo(e, c, d, o, bl) {
  const F2 = (h) => `<font size="2">${h}</font>`;
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#1f4e79"><font size="3" color="#ffffff"><b>■${b.html}</b></font></td></tr></table>`, p: (h) => `<p>${F2(h)}</p>`, note: (b) => `<p><font size="2" color="#cc0000">${b.html}</font></p>`, table: (b) => tableHtml(b.rows, 'gtbl', ' border="1" cellspacing="0" cellpadding="3" bordercolor="#6a8caf"'), list: (b) => `<${b.t}>${b.items.map((x) => `<li>${F2(x)}</li>`).join('')}</${b.t}>` })).join('\n');
  const landDay = c.D(-6, 6); const catchKg = c.V(300, 42000);
  const members = c.V(40, 1800);
  const dayFee = c.V(500, 3000, { comma: false }); const yearFee = c.V(6000, 30000);
  const spring = c.D(2, 30);
  const market = c.D(3, 40); const stalls = c.V(6, 60, { comma: false });
  const counter = c.V(10000, 990000, { comma: false });
  const diary = newsItems(c, 4, F.slash);
  const phone = c.phone(); const fax = c.phone(); const addr = c.addr();
  const right = `${pick(['共', '定', '区'])}第${ri(1, 99)}号`; c.other.push(`漁業権 ${right}`);
  const fish = pick(['アジ', 'サバ', 'ブリ', 'ヒラメ', 'カレイ', 'イカ']);
  const sp = (w, h) => `<img src="image/spacer.gif" width="${w}" height="${h}" alt="">`;
  const digits = String(counter.v).padStart(7, '0').split('').map((x) => `<img src="count/${x}.gif" width="15" height="20" alt="${x}">`).join('');
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta http-equiv="Content-Style-Type" content="text/css">
<meta name="keywords" content="漁協,漁業協同組合,朝市,遊漁,水産">
${headCommon(e, d, o)}
<style type="text/css"><!--
body{font-family:"ＭＳ Ｐゴシック","Noto Sans CJK JP",sans-serif;margin:0;background:#dce9f5}.rcol td{font-size:12px}.gtbl{border-collapse:collapse;font-size:13px}.gtbl th{background:#dbe7f3}
@media print{table{width:100% !important}td{width:auto !important}img[src$="spacer.gif"]{display:none}}
--></style>
</head>
<body bgcolor="#dce9f5" text="#102030" link="#003399" vlink="#663399" topmargin="0" leftmargin="0" marginheight="0" marginwidth="0">
<a name="top"></a>
<div align="center">
<table width="780" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td colspan="3" bgcolor="#1f4e79">${sp(780, 6)}</td></tr>
<tr><td colspan="3"><table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>${unnei(o)}${logoHtml(o, `<a href="index.htm"><img src="image/title.gif" width="360" height="56" border="0"${imgAlt(o)}></a>`)}</td><td align="right"><font size="2">TEL ${phone}<br>FAX ${fax}</font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#2e75b6" align="center"><font size="2" color="#ffffff"><a href="index.htm"><font color="#ffffff">${esc(o.crumbHome)}</font></a>　|　<a href="kumiai.htm"><font color="#ffffff">組合案内</font></a>　|　<a href="gyogyou.htm"><font color="#ffffff">漁業紹介</font></a>　|　<a href="yuugyo.htm"><font color="#ffffff">遊漁のご案内</font></a>　|　<a href="asaichi.htm"><font color="#ffffff">朝市・直売所</font></a>　|　<a href="news.htm"><font color="#ffffff">お知らせ</font></a>　|　<a href="access.htm"><font color="#ffffff">アクセス</font></a></font></td></tr>
<tr valign="top">
<td width="590">
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#1f4e79"><font color="#ffffff"><b>■組合からのお知らせ</b></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>
<font size="2">${crumbLi(d, (x) => `<p>${x}</p>`)}</font>
<${titleTag(o)}><font size="4" color="#1f4e79">${esc(d.heading)}${esc(e.title)}</font></${titleTag(o)}>
<p align="right"><font size="2">${dateTop(d)}</font></p>
${body}
${afterBody(d, o, c)}
<p align="right"><font size="2"><a href="#top">↑ページトップへ</a></font></p>
</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#1f4e79"><font color="#ffffff"><b>■組合日誌</b></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td><font size="2">${diary.map((n) => `${n.ds}　<a href="nisshi.htm">${esc(n.head)}</a><br>`).join('\n')}</font></td></tr></table>
</td>
<td width="10">${sp(10, 1)}</td>
<td width="180" bgcolor="#eef4fa" class="rcol">
<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td bgcolor="#2e75b6"><font color="#ffffff"><b>本日の水揚げ</b></font></td></tr><tr><td>${F.md(landDay)}（${wd(landDay)}）<br>${fish} ${catchKg.s}kg</td></tr>
<tr><td bgcolor="#2e75b6"><font color="#ffffff"><b>組合の概要</b></font></td></tr><tr><td>組合員数 ${members.s}名</td></tr>
<tr><td bgcolor="#2e75b6"><font color="#ffffff"><b>遊漁承認証</b></font></td></tr><tr><td>日券 ${dayFee.s}円<br>年券 ${yearFee.s}円</td></tr>
<tr><td bgcolor="#2e75b6"><font color="#ffffff"><b>潮見表</b></font></td></tr><tr><td>次回大潮 ${F.slash(spring)}</td></tr>
<tr><td bgcolor="#2e75b6"><font color="#ffffff"><b>港の朝市</b></font></td></tr><tr><td>${F.ja(market)}（${wd(market)}）開催<br>出店 ${stalls.s}店舗</td></tr>
<tr><td align="center"><font size="1">アクセスカウンター</font><br>${digits}</td></tr>
</table></td></tr>
<tr><td colspan="3" bgcolor="#1f4e79" align="center"><font size="2" color="#ffffff">${footLogo(o, 'image/foot_logo.gif')}<br>${esc(addr)}　TEL ${phone}<br>漁業権 ${esc(right)}</font><div style="color:#fff;font-size:12px">${footOrg(o)}</div></td></tr>
</table>
</div>
</body>
</html>
`;
}

// 3. goope (div soup): a グーペ (Goope) page of a カフェ / 美容室 / 整体院 / パン屋: div#wrapper, div#header (div.shop_name, div.tel),
//    div#navi, div#contents > div.information_area > div.entry (div.date, div.title, div.textfield with div paragraphs, div.caution
//    notes), div.pager; side div#side: div.shop_info (営業時間, 定休日, 席数 N席, 駐車場 N台), div.coupon (N%OFF, 有効期限 date),
//    div.reserve (本日の空き N枠), div.calendar_area (臨時休業日 list), div.information_list (dots dates, figures); footer 「Powered by
//    グーペ」; a goope_vars script with the counts.
function goope(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<div class="subtitle"><h3>${b.html}</h3></div>`, p: (h) => `<div class="txt">${h}</div>`, note: (b) => `<div class="caution"><div class="txt">${b.html}</div></div>`, table: (b) => `<div class="table_wrap">${tableHtml(b.rows, 'goope-table', ' border="1"')}</div>`, list: (b) => `<div class="list_wrap">${list(b)}</div>` })).join('\n');
  const kind = pick(['カフェ', '美容室', '整体院', 'パン屋']);
  const seats = c.V(8, 60, { comma: false }); const park = c.V(3, 30, { comma: false });
  const off = c.V(3, 25, { comma: false });
  const couponUntil = c.D(10, 60);
  const slots = c.V(2, 12, { comma: false });
  const closed = Array.from({ length: 3 }, () => c.D(2, 45)).sort();
  const infos = newsItems(c, 4, F.dots);
  const phone = c.phone();
  const likes = c.V(40, 2600);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="generator" content="Goope">
${headCommon(e, d, o, `\n<link rel="stylesheet" href="https://goope.jp/common/css/theme/${pick(['natural', 'cafe', 'simple', 'pop'])}/style.css?${ri(100000, 999999)}">\n<link rel="shortcut icon" href="//cdn.goope.jp/${ri(10000, 99999)}/favicon.ico">`)}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#4a3c30;background:#faf6ef}#wrapper{max-width:980px;margin:0 auto;background:#fff}#header{display:flex;justify-content:space-between;align-items:center;padding:18px 24px}#navi ul{display:flex;list-style:none;margin:0;padding:0;background:#8a6a4a}#navi a{display:block;color:#fff;padding:9px 16px;font-size:14px;text-decoration:none}
#container{display:flex;gap:28px;padding:22px 24px}#contents{flex:1;min-width:0}#side{width:260px;font-size:13px}#side .box{border:1px solid #e5dccf;padding:10px 12px;margin-bottom:16px}#side .box_title{font-weight:bold;border-bottom:1px dotted #b59a7a;margin-bottom:6px}
.entry .date{font-size:13px;color:#9a8670}.entry .title{font-size:22px;font-weight:bold;margin:6px 0 14px}.textfield .txt{margin:0 0 12px;line-height:1.8}.caution{background:#fff4f0;border:1px solid #f0b8a8;padding:6px 12px;margin:12px 0}.goope-table{border-collapse:collapse}.goope-table td,.goope-table th{border:1px solid #ccb;padding:4px 8px}#footer{background:#8a6a4a;color:#fff;padding:18px 24px;font-size:12px}
@media print{#container{display:block}#side{width:auto}#navi{display:none}}</style>
</head>
<body id="info">
<div id="wrapper">
<div id="header"><div class="header_left">${unnei(o)}<div class="shop_name">${logoHtml(o, `<a href="/"><img src="//cdn.goope.jp/${ri(10000, 99999)}/${ri(100000, 999999)}_logo.png"${imgAlt(o)} width="240" height="56"></a>`)}</div><div class="shop_desc">${kind === 'カフェ' ? '自家焙煎珈琲と手作りケーキ' : kind === '美容室' ? '完全予約制のプライベートサロン' : kind === '整体院' ? '肩こり・腰痛の根本改善' : '天然酵母の手作りパン'}</div></div>
<div class="tel"><div class="tel_label">ご予約・お問い合わせ</div><div class="tel_number">${phone}</div></div></div>
<div id="navi"><ul><li class="navi_top"><a href="/">${esc(o.crumbHome)}</a></li><li class="navi_info active"><a href="/info">インフォメーション</a></li><li class="navi_menu"><a href="/menu">メニュー</a></li><li class="navi_photo"><a href="/photo">フォト</a></li><li class="navi_calendar"><a href="/calendar">カレンダー</a></li><li class="navi_reservation"><a href="/reservation">予約</a></li><li class="navi_about"><a href="/about">店舗情報</a></li></ul></div>
<div id="container">
<div id="contents"><div class="information_area">
<div class="topic_path"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="/info">インフォメーション</a>${crumbLi(d, (x) => ` &gt; <span>${x}</span>`)}</div>
<div class="entry" id="info-${ri(1000000, 9999999)}">
<div class="date">${dateTop(d)}</div>
<div class="title"><${titleTag(o)} style="font-size:inherit;margin:0">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}></div>
<div class="textfield">
${body}
</div>
${afterBody(d, o, c)}
<div class="social"><div class="fb_like">いいね！ ${likes.s}</div></div>
</div>
<div class="pager"><a href="/info/${ri(1000000, 9999999)}" class="prev">&laquo; 前の記事</a>　<a href="/info" class="list">一覧へ</a>　<a href="/info/${ri(1000000, 9999999)}" class="next">次の記事 &raquo;</a></div>
</div></div>
<div id="side">
<div class="box shop_info"><div class="box_title">店舗情報</div><div class="box_body">営業時間 ${kind === 'パン屋' ? '7:00〜17:00' : '10:00〜19:00'}<br>定休日 ${pick(['月曜日', '火曜日', '水曜日', '日曜・祝日'])}<br>${kind === 'カフェ' ? '席数' : kind === 'パン屋' ? 'イートイン' : 'ベッド・席数'} ${seats.s}席<br>駐車場 ${park.s}台</div></div>
<div class="box coupon"><div class="box_title">クーポン</div><div class="box_body">初回ご来店 ${off.s}%OFF<br>有効期限：${F.slash(couponUntil)}まで</div></div>
<div class="box reserve"><div class="box_title">ネット予約</div><div class="box_body">本日の空き 残り${slots.s}枠</div></div>
<div class="box calendar_area"><div class="box_title">臨時休業日</div><div class="box_body">${closed.map((x) => `<div class="closed_day">${F.md(x)}（${wd(x)}）</div>`).join('')}</div></div>
<div class="box information_list"><div class="box_title">最新のインフォメーション</div><div class="box_body">${infos.map((n) => `<div class="info_item"><div class="info_date">${n.ds}</div><div class="info_title"><a href="/info/${ri(1000000, 9999999)}">${esc(n.head)}</a></div></div>`).join('')}</div></div>
</div>
</div>
<div id="footer">${footLogo(o, `//cdn.goope.jp/${ri(10000, 99999)}/footer_logo.png`)}${footOrg(o)}<div class="powered">Powered by <a href="https://goope.jp/">グーペ</a></div></div>
</div>
<script>var goope_vars = {"shop_id":${ri(10000, 99999)},"seats":${seats.v},"parking":${park.v},"coupon_off":${off.v},"slots_today":${slots.v},"likes":${likes.v}};</script>
</body>
</html>
`;
}

// 4. mtmotion (Movable Type): a Movable Type 4 「Motion」 template-set community site (XHTML 1.0 Transitional with an XML
//    declaration; 3 in EUC-JP) of a 協会 / 協同組合 / NPO: #container, #header (#header-name, #header-description), #nav
//    (ホーム / メンバー / アクティビティ), #alpha: .entry-asset.hentry (asset-header with userpic and asset-meta 「投稿者：name」,
//    asset-content, asset-footer with お気に入り N, コメント (N), タグ); #beta: メンバー (N), 最近のアクティビティ (dates, figures),
//    タグクラウド (counts), 会員企業 N社, 次回総会 (date, 参加費 N円); footer 「Powered by Movable Type 4.21 Motion」.
function mtmotion(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4}>${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<p class="note"><em>${b.html}</em></p>`, tableClass: 'entry-table' })).join('\n');
  const kind = pick(['協会', '協同組合', 'NPO']);
  const favs = c.V(3, 90, { comma: false }); const comments = c.V(1, 40, { comma: false });
  const membersN = c.V(40, 2600);
  const activity = newsItems(c, 4, F.slash);
  const tags = ['お知らせ', '総会', '研修会', '会員向け', '広報'].map((t) => ({ t, n: c.V(2, 240, { comma: false }) }));
  const firms = c.V(30, 1900);
  const meeting = c.D(7, 80); const fee = c.V(1000, 12000);
  const poster = c.person();
  const charset = enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8';
  const userpics = Array.from({ length: 6 }, () => `<li><a href="/members/${ids(6)}/"><img src="/mt-static/support/assets_c/userpics/userpic-${ri(1, 99)}-50x50.png" width="50" height="50" alt=""></a></li>`).join('');
  return `<?xml version="1.0" encoding="${charset}"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<meta name="generator" content="Movable Type 4.21-ja" />
${headCommon(e, d, o, `\n<link rel="stylesheet" href="/styles.css" type="text/css" />\n<link rel="stylesheet" href="/mt-static/themes/motion/screen.css" type="text/css" />\n<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/rsd.xml" />`)}
<style type="text/css">body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#333;background:#e9e6df}#container-inner{max-width:980px;margin:0 auto;background:#fff}#header{background:#4b5d3a;color:#fff;padding:20px 24px}#header-name{margin:0;font-size:26px}#header-name a{color:#fff}#nav ul{display:flex;gap:20px;list-style:none;margin:0;padding:8px 24px;background:#e1ddd2}
#content-inner{display:flex;gap:28px;padding:22px 24px}#alpha{flex:1;min-width:0}#beta{width:270px;font-size:13px}.widget{margin-bottom:20px}.widget-header{font-size:14px;border-bottom:2px solid #4b5d3a}.asset-meta{font-size:12px;color:#777}.asset-footer{font-size:12px;color:#777;border-top:1px dotted #aaa;margin-top:20px;padding-top:6px}.note{background:#f7f5ef;padding:6px 10px}.entry-table{border-collapse:collapse}.entry-table td,.entry-table th{border:1px solid #bbb;padding:4px 8px}.userpics{display:flex;flex-wrap:wrap;gap:4px;list-style:none;padding:0}#footer{background:#e1ddd2;padding:16px 24px;font-size:12px}
@media print{#content-inner{display:block}#beta{width:auto}#nav{display:none}}</style>
</head>
<body id="motion" class="mt-entry-archive layout-wt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">${unnei(o)}${o.h1 ? `<h1 id="header-name"><a href="/" accesskey="1">${esc(o.h1)}</a></h1>` : `<div id="header-name">${o.svg ? svgLogo(o) : ''}<a href="/" accesskey="1"><img src="/images/banner.png"${imgAlt(o)} width="300" height="50" /></a></div>`}<div id="header-description">${kind === 'NPO' ? '市民活動の情報共有コミュニティ' : '会員相互の情報交換の場'}</div></div></div></div>
<div id="nav"><div id="nav-inner"><ul class="nav-list pkg"><li class="nav-list-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="nav-list-item"><a href="/members/">メンバー</a></li><li class="nav-list-item"><a href="/activity/">アクティビティ</a></li><li class="nav-list-item"><a href="/about.html">このサイトについて</a></li></ul></div></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<div class="breadcrumbs"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="/news/">お知らせ</a>${crumbLi(d, (x) => ` &gt; <span>${x}</span>`)}</div>
<div id="entry-${ri(100, 9999)}" class="entry-asset asset hentry">
<div class="asset-header"><div class="user-pic"><img src="/mt-static/support/assets_c/userpics/userpic-${ri(1, 99)}-50x50.png" width="50" height="50" alt="" /></div>
<${titleTag(o)} id="page-title" class="asset-name entry-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="asset-meta"><span class="byline vcard">投稿者：<a class="fn url" href="/members/${ids(6)}/">${esc(poster)}</a></span> <span class="separator">|</span> <abbr class="published">${dateTop(d)}</abbr></div></div>
<div class="asset-content entry-content"><div class="asset-body">
${body}
</div></div>
${afterBody(d, o, c)}
<div class="asset-footer"><span class="favorites">お気に入り ${favs.s}</span> <span class="separator">|</span> <a href="#comments">コメント (${comments.s})</a> <span class="separator">|</span> タグ：<a href="/tag/お知らせ" rel="tag">お知らせ</a></div>
</div>
<div class="content-nav"><a href="/news/${ri(100, 999)}.html">« ${esc(pick(HEADLINES))}</a> | <a href="/">メイン</a> | <a href="/news/${ri(100, 999)}.html">${esc(pick(HEADLINES))} »</a></div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget widget-members"><h3 class="widget-header">メンバー (${membersN.s})</h3><div class="widget-content"><ul class="userpics">${userpics}</ul></div></div>
<div class="widget widget-activity"><h3 class="widget-header">最近のアクティビティ</h3><div class="widget-content"><ul>${activity.map((n) => `<li>${esc(n.head)} <span class="date">(${n.ds})</span></li>`).join('')}</ul></div></div>
<div class="widget widget-tagcloud"><h3 class="widget-header">タグクラウド</h3><div class="widget-content"><ul class="widget-list">${tags.map((t) => `<li class="rank-${ri(1, 6)}"><a href="/tag/${encodeURIComponent(t.t)}">${t.t}</a> (${t.n.s})</li>`).join('')}</ul></div></div>
<div class="widget widget-about"><h3 class="widget-header">このサイトについて</h3><div class="widget-content"><p>${kind === 'NPO' ? '登録団体' : '会員企業'} ${firms.s}社が参加しています。</p></div></div>
<div class="widget widget-event"><h3 class="widget-header">次回総会</h3><div class="widget-content"><p>${F.ja(meeting)}（${wd(meeting)}）<br>懇親会 参加費 ${fee.s}円</p></div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner">${footLogo(o, '/images/footer-mark.png')}${footOrg(o)}<p>Powered by <a href="http://www.sixapart.jp/movabletype/">Movable Type 4.21</a> Motion</p></div></div>
</div></div>
</body>
</html>
`;
}

// 5. notecom (Next.js-like SPA): a note.com-like article page (note pro for a company or body, rendered by Nuxt 3): div#__nuxt,
//    o-noteContentHeader (title, creator with フォロー button and フォロワー N), note-common-styles__textnote-body (<p name id>,
//    h2/h3, lists, a figure table), o-noteLikeV3 スキ N, コメント N, マガジン (N本), おすすめ記事 (ja dates, figures), 「この記事が
//    気に入ったらサポートをしてみませんか？」; a <script id="__NUXT_DATA__"> payload array with the counts again.
function notecom(e, c, d, o, bl) {
  const pid = () => ids(4) + '-' + ids(4);
  const body = bl.map((b) => blockHtml(b, { h: (b) => { const lv = b.lv <= 2 ? 2 : 3; const id = pid(); return `<h${lv} name="${id}" id="${id}">${b.html}</h${lv}>`; }, p: (h) => { const id = pid(); return `<p name="${id}" id="${id}">${h}</p>`; }, note: (b) => { const id = pid(); return `<blockquote name="${id}" id="${id}"><p>${b.html}</p></blockquote>`; }, table: (b) => `<figure name="${pid()}" class="table">${tableHtml(b.rows)}</figure>`, list: (b) => `<${b.t} name="${pid()}">${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>` })).join('\n');
  const likes = c.V(5, 3800); const followers = c.V(50, 48000); const comments = c.V(1, 60, { comma: false });
  const magN = c.V(5, 300, { comma: false });
  const rec = newsItems(c, 4, F.ja);
  const creator = pick(['広報担当', '公式note編集部', 'PR担当', '事務局']);
  const key = `n${ids(12)}`;
  const nuxt = [{ state: 1, data: 2 }, ['Reactive', 3], { [`note-${key}`]: 4 }, {}, { key, likeCount: likes.v, commentCount: comments.v, creator: { followerCount: followers.v, nickname: creator }, magazine: { notesCount: magN.v }, recommended: rec.map((n) => ({ publishAt: `${n.date}T10:00:00+09:00`, name: n.head })) }];
  return `<!DOCTYPE html>
<html lang="ja" data-n-head-ssr>
<head>
<meta charset="utf-8">
${headCommon(e, d, o, `\n<meta name="twitter:card" content="summary_large_image">\n<link rel="preload" href="/_nuxt/entry.${ids(8)}.js" as="script">\n<link rel="modulepreload" as="script" crossorigin href="/_nuxt/NoteDetail.${ids(8)}.js">\n<link rel="stylesheet" href="/_nuxt/entry.${ids(8)}.css">`)}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#08131a;background:#fff}.o-globalHeader{display:flex;justify-content:space-between;align-items:center;padding:10px 24px;border-bottom:1px solid #eee}.p-article{max-width:620px;margin:0 auto;padding:32px 20px}.o-noteContentHeader__title{font-size:28px;line-height:1.5}.o-noteContentHeader__info{display:flex;gap:12px;align-items:center;font-size:13px;color:#666}
.note-common-styles__textnote-body p{line-height:2;margin:0 0 20px}.note-common-styles__textnote-body h2{font-size:22px;margin:36px 0 16px}.note-common-styles__textnote-body h3{font-size:18px}blockquote{border-left:3px solid #ccc;margin:0 0 20px;padding:4px 16px;color:#555}figure.table table{border-collapse:collapse}figure.table td,figure.table th{border:1px solid #ddd;padding:6px 8px}
.o-noteLikeV3,.m-supportBox,.o-magazineBox,.o-recommendNotes{border-top:1px solid #eee;margin-top:28px;padding-top:14px;font-size:14px}.o-footer{background:#f5f8fa;padding:20px 24px;font-size:12px;color:#666}
@media print{.o-globalHeader nav,.a-button{display:none}}</style>
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="l-wrapper">
<header class="o-globalHeader">${unnei(o)}<a href="/" class="o-globalHeader__logo">${logoHtml(o, `<img src="https://assets.st-note.com/production/uploads/images/${ri(10000000, 99999999)}/profile_${ids(32)}.png"${imgAlt(o)} width="160" height="36">`)}</a><nav><a href="/">${esc(o.crumbHome)}</a>　<a href="/search">検索</a>　<a href="/login" class="a-button">ログイン</a>　<a href="/signup" class="a-button">会員登録</a></nav></header>
<main class="p-article"><article class="o-noteContent">
${d.crumb ? `<nav class="o-breadcrumb">${crumbLi(d, (x) => `<span>${x}</span>`)}</nav>` : ''}
<div class="o-noteContentHeader"><${titleTag(o)} class="o-noteContentHeader__title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="o-noteContentHeader__info"><div class="o-noteContentHeader__name"><a href="/${ids(8)}">${esc(creator)}</a></div><div class="o-noteContentHeader__date">${dateTop(d)}</div><button class="a-button">フォロー</button></div></div>
<div class="note-common-styles__textnote-body" data-name="body">
${body}
</div>
${afterBody(d, o, c)}
<div class="o-noteLikeV3"><span class="o-noteLikeV3__label">スキ</span> <span class="o-noteLikeV3__count">${likes.s}</span>　<span class="o-noteComment">コメント ${comments.s}</span></div>
<div class="m-supportBox"><p>この記事が気に入ったらサポートをしてみませんか？</p><button class="a-button">サポート</button></div>
<div class="o-creatorInfo"><p class="o-creatorInfo__name">${esc(creator)}</p><p class="o-creatorInfo__follower">フォロワー ${followers.s}</p></div>
<div class="o-magazineBox"><p>この記事が含まれているマガジン</p><p><a href="/m/m${ids(12)}">公式ニュースまとめ</a>　${magN.s}本</p></div>
<div class="o-recommendNotes"><h2 style="font-size:16px">おすすめ記事</h2><ul>${rec.map((n) => `<li><a href="/n/n${ids(12)}">${esc(n.head)}</a><br><time>${n.ds}</time></li>`).join('')}</ul></div>
</article></main>
<footer class="o-footer">${footLogo(o, 'https://assets.st-note.com/poc-image/manual/note-common-images/production/svg/production.svg')}${footOrg(o)}<p>© note inc.</p></footer>
</div></div></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">${JSON.stringify(nuxt)}</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"/api"},app:{baseURL:"/",buildAssetsDir:"/_nuxt/"}}</script>
</body>
</html>
`;
}

// 6. ablogcms (Bootstrap CMS): an a-blog cms site on a Bootstrap 4 theme of a 商工会 / 社会福祉協議会 / 専門学校 (UTF-8 4,
//    EUC-JP 2, Shift_JIS 1): navbar navbar-expand-lg, container / row / col-lg-8, acms-breadcrumb, entry with 「acms-entry-date」,
//    units (acms-entry-unit-full column-text / column-table / column-list), callout notes, prev/next entry links; col-lg-4: カレンダー
//    (the month's events as a list), エントリー一覧 (slash dates, figures), タグクラウド (counts), 会員事業所数 / 登録ボランティア / 在校生数;
//    footer 「Powered by a-blog cms」; an ACMS.Config script with the counts.
function ablogcms(e, c, d, o, bl, enc) {
  const unit = (inner, cls) => `<div class="acms-entry-unit-full ${cls}">${inner}</div>`;
  const body = bl.map((b) => blockHtml(b, { h: (b) => unit(`<h${b.lv <= 2 ? 2 : 3} class="entry-heading">${b.html}</h${b.lv <= 2 ? 2 : 3}>`, 'column-heading'), p: (h) => unit(`<p class="entry-text">${h}</p>`, 'column-text'), note: (b) => unit(`<div class="callout callout-warning"><p>${b.html}</p></div>`, 'column-text'), table: (b) => unit(`<div class="table-responsive">${tableHtml(b.rows, 'table table-bordered table-sm')}</div>`, 'column-table'), list: (b) => unit(list(b), 'column-list') })).join('\n');
  const kind = pick(['商工会', '社会福祉協議会', '専門学校']);
  const events = Array.from({ length: 3 }, () => c.D(3, 60)).sort();
  const evNames = shuffle(['個別相談会', '経営セミナー', '福祉まつり', 'オープンキャンパス', '交流会', '講習会']).slice(0, 3);
  const entriesL = newsItems(c, 5, F.slash);
  const tags = ['お知らせ', 'イベント', '補助金', '講座', '募集'].map((t) => ({ t, n: c.V(2, 180, { comma: false }) }));
  const st = kind === '商工会' ? ['会員事業所数', '事業所'] : kind === '社会福祉協議会' ? ['登録ボランティア', '名'] : ['在校生数', '名'];
  const stat = c.V(80, 6400);
  const views = c.V(30, 24000);
  const charset = enc === 'EUC-JP' ? 'EUC-JP' : enc === 'Shift_JIS' ? 'Shift_JIS' : 'UTF-8';
  const [, em] = dp(events[0]);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="${charset}">
<meta name="generator" content="a-blog cms">
${headCommon(e, d, o, `\n<link rel="stylesheet" href="/themes/site2020/css/bootstrap.min.css?date=${ri(20190101, 20231231)}">\n<link rel="stylesheet" href="/themes/system/css/acms.min.css?date=${ri(20190101, 20231231)}">`)}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#212529}.navbar{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;background:#0d6e5c;color:#fff}.navbar-nav{display:flex;gap:18px;list-style:none;margin:0;padding:0}.navbar-nav a{color:#fff}.container{max-width:1140px;margin:0 auto;padding:0 15px}.row{display:flex;gap:30px}.col-lg-8{flex:2;min-width:0}.col-lg-4{flex:1;font-size:14px}
.acms-breadcrumb{display:flex;gap:8px;list-style:none;padding:0;font-size:12px}.acms-entry-date{font-size:13px;color:#6c757d}.entry-heading{border-left:5px solid #0d6e5c;padding-left:10px;font-size:20px}.callout{background:#fff8e1;border-left:4px solid #f0ad4e;padding:8px 12px;margin:12px 0}.table{border-collapse:collapse}.table td,.table th{border:1px solid #dee2e6;padding:4px 8px}.card{border:1px solid #dee2e6;border-radius:4px;margin-bottom:18px}.card-header{background:#e9f4f1;padding:6px 12px;font-weight:bold}.card-body{padding:10px 12px}.footer{background:#0d6e5c;color:#dfe;padding:22px 24px;font-size:12px;margin-top:28px}
@media print{.row{display:block}.navbar-nav{display:none}}</style>
</head>
<body class="acms-body">
<header class="header"><nav class="navbar navbar-expand-lg">${unnei(o)}<a class="navbar-brand" href="/">${logoHtml(o, `<img src="/archives/001/202104/logo-${ids(12)}.png"${imgAlt(o)} width="230" height="46">`)}</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">${esc(o.crumbHome)}</a></li><li class="nav-item"><a class="nav-link" href="/about/">${kind === '専門学校' ? '学校案内' : '組織概要'}</a></li><li class="nav-item"><a class="nav-link" href="/support/">${kind === '商工会' ? '経営支援' : kind === '専門学校' ? '入試情報' : '事業案内'}</a></li><li class="nav-item active"><a class="nav-link" href="/news/">お知らせ</a></li><li class="nav-item"><a class="nav-link" href="/contact/">お問い合わせ</a></li></ul></nav></header>
<div class="container"><div class="row">
<main class="col-lg-8">
<ol class="acms-breadcrumb"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/news/">お知らせ</a></li>${crumbLi(d)}</ol>
<article class="entry entry-${ri(100, 9999)}">
<header class="entry-header"><p class="acms-entry-date">${dateTop(d)}</p><${titleTag(o)} class="entry-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}><p class="entry-category"><span class="badge badge-secondary">お知らせ</span> <span class="entry-view">閲覧数 ${views.s}</span></p></header>
<div class="entry-column clearfix">
${body}
</div>
${afterBody(d, o, c)}
</article>
<nav class="acms-serial-nav"><a href="/news/entry-${ri(100, 9999)}.html" class="btn btn-outline-secondary btn-sm">前の記事</a> <a href="/news/" class="btn btn-outline-secondary btn-sm">一覧へ戻る</a> <a href="/news/entry-${ri(100, 9999)}.html" class="btn btn-outline-secondary btn-sm">次の記事</a></nav>
</main>
<aside class="col-lg-4">
<div class="card module-calendar"><div class="card-header">カレンダー（${em}月）</div><div class="card-body"><ul class="list-unstyled">${events.map((x, k) => `<li>${F.md(x)}（${wd(x)}）${evNames[k]}</li>`).join('')}</ul></div></div>
<div class="card module-entry-list"><div class="card-header">エントリー一覧</div><div class="card-body"><ul class="list-unstyled">${entriesL.map((n) => `<li><span class="date">${n.ds}</span> <a href="/news/entry-${ri(100, 9999)}.html">${esc(n.head)}</a></li>`).join('')}</ul></div></div>
<div class="card module-tag-cloud"><div class="card-header">タグクラウド</div><div class="card-body">${tags.map((t) => `<a class="tag" href="/news/tag/${encodeURIComponent(t.t)}/">${t.t}（${t.n.s}）</a>`).join(' ')}</div></div>
<div class="card module-banner"><div class="card-header">${st[0]}</div><div class="card-body"><p>${st[0]} <strong>${stat.s}</strong>${st[1]}</p></div></div>
</aside>
</div></div>
<footer class="footer">${footLogo(o, `/archives/001/202104/footer-${ids(12)}.png`)}${footOrg(o)}<p>Powered by <a href="https://www.a-blogcms.jp/">a-blog cms</a></p></footer>
<script>ACMS = {"Config":{"root":"/","bid":1,"eid":${ri(100, 9999)}},"Stats":{"views":${views.v},"stat":${stat.v},"tags":[${tags.map((t) => t.n.v).join(',')}]}};</script>
</body>
</html>
`;
}

// ---------- documents ----------
let docTurn = 0;
const docHtml = (e, c, bl) => documentHtml(e, c, bl, (annexable) => (annexable ? ['bessi', 'wrapTable', 'annex2col', 'plain'][docTurn++ % 4] : pick(['plain', 'wrapTable', 'bessi'])), { boxOnBareAnnex: true });

// ---------- build ----------
const entries = drawEntries('aa', [['wpaffinger', 7], ['sjisgyokyo', 6], ['goope', 7], ['mtmotion', 7], ['notecom', 6], ['ablogcms', 7]], DATE_MODES, ORG_MODES);
let mmEuc = 0, abN = 0;
for (const e of entries) e.encoding = e.style === 'sjisgyokyo' ? 'Shift_JIS' : e.style === 'mtmotion' ? (mmEuc++ < 3 ? 'EUC-JP' : 'UTF-8') : e.style === 'ablogcms' ? ['EUC-JP', 'Shift_JIS', 'EUC-JP'][abN++] || 'UTF-8' : 'UTF-8';
const docIds = documentIds(entries);
writeBlindSet(kit, { out: OUT, entries, families: { wpaffinger, sjisgyokyo, goope, mtmotion, notecom, ablogcms }, dateParts, orgParts, docIds, docHtml });
