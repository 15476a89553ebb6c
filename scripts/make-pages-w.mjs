#!/usr/bin/env node
// Makes fixtures/pages-w, the twenty-third blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as news pages in six new site families (a SWELL-theme WordPress company site, an
// old Shift_JIS CGI ネットショップ's 店長からのお知らせ page, a Jimdo Creator small-business site, a Movable Type 7 Rainier-theme
// 学会 / NPO site, an Astro static corporate site with hydrated islands, a Concrete CMS + Bootstrap 5 自治体 site), plus
// Word-style document sources for the 10 shortest. Written without reading the tool; the release drawing, numeral/date forms
// and Markdown blocks are scripts/blind-set-kit.mjs's, the modes, encoding table and document maker make-pages-v.mjs's, extended.
// Usage: node scripts/make-pages-w.mjs --seed 20261214   (then print-blind-pages.mjs --set w, check-blind-pages.mjs --set w)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-w');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261214;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { rand, ri, isoAdd, pick, shuffle, own, all, chosen, KD, kanji, pad, esc, wd, dp, F, fw, kanjiDate, inline, plain, blocks, tableHtml, blockHtml, ctxFor, HEADLINES, newsItems, documentHtml } = kit;
const { dateParts, orgParts, timeEl, svgLogo, dateTop, ABBR, abbr, addrEl, crumbDate, logoHtml, crumbLi, ids } = blindSetModes(kit, { platformOf: (style) => PLATFORM[style] });

// ---------- date and organization modes ----------
const DATE_MODES = ['koukaiKoushin', 'dots', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'hyphenIso', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'fwJa', 'uketsuke', 'urlAndTitle', 'dlAfter', 'articleFooter', 'thHead', 'eraFw', 'postedWeekdayTime', 'splitSpans', 'dlKeisaiStart', 'reiwaKanji', 'metaNameDate', 'wordReiwaRight', 'keisaiWeekdayFull', 'breadcrumbDate', 'updateFirst', 'reiwaShortNoPad', 'isoStampShown', 'weekdayKeisai'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address', 'metaAuthor', 'signatureAlt', 'h1Logo', 'contactFirst', 'ogPlatformTitle', 'addressElement', 'ijoSignature', 'hakkouLine', 'abbrTitle'];
function headCommon(e, d, o, extra = '') {
  const ld = articleLd(kit, e, d, o);
  return `<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:title" content="${esc(e.title)}">\n<meta property="og:type" content="article">${o.og ? `\n<meta property="og:site_name" content="${esc(o.og)}">` : ''}${o.author ? `\n<meta name="author" content="${esc(o.author)}">` : ''}${d.urlDate ? `\n<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}-01.html">` : ''}${d.meta ? `\n${d.meta}` : ''}${e.metadata.jsonLd ? `\n<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}${extra}`;
}
const afterBody = (d, o, c) => `${d.after}${o.ijo ? `\n<div class="sign-block"><p style="text-align:right">以　上</p><p style="text-align:right">${esc(o.ijo)}</p></div>` : ''}${o.sigAlt ? `\n<p class="signature" style="text-align:right"><img src="/img/signature.png" alt="${esc(o.sigAlt)}" width="240" height="48"></p>` : ''}${o.contact ? `\n<div class="contact-block"><h3>お問い合わせ先</h3><p>${esc(o.contact)}<br>${pick(['広報室', '総務部', 'お客様相談窓口', '事務局'])}　電話：${c.phone()}<br>受付時間：平日（土日祝日を除く）</p></div>` : ''}`;
const PLATFORM = { wpswell: 'お知らせ', sjisshop: '店長からのお知らせ', jimdo: 'Jimdo', rainier: 'お知らせ', astro: 'News', ccmbs: '新着情報' };
const titleTag = (o) => (o.h1 ? 'h2' : 'h1');



const footOrg = (o) => `${o.address ? `<p class="foot-address">${esc(o.address)}</p>` : ''}${addrEl(o)}${o.fullFoot ? `<p class="foot-company">${esc(o.fullFoot)}</p>` : ''}<p class="copyright">${esc(o.copy)}</p>${o.hakkou ? `<p class="hakkou">発行：${esc(o.hakkou)}</p>` : ''}`;

// 1. wpswell (WordPress-like): a 工務店 / 不動産 / 税理士事務所 site on the SWELL theme: l-header with a phone bar, c-gnav, p-breadcrumb,
//    p-articleHead with c-postTimes, post_content with swell-block-capbox notes and scroll-hint tables, p-authorBox (記事数),
//    p-relatedPosts (dated), side: 人気記事 ranking with PV counts, 実績 box (累計施工棟数, 満足度 %), カテゴリー counts, 新着記事; CTA
//    資料請求 累計 N 件 in the footer; swellVars script with the post's view count.
function wpswell(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3} class="wp-block-heading">${b.html}</h${b.lv <= 2 ? 2 : 3}>`, note: (b) => `<div class="swell-block-capbox cap_box is-style-small_ttl"><div class="cap_box_content"><p>${b.html}</p></div></div>`, table: (b) => `<figure class="wp-block-table is-style-simple"><div class="c-scrollHint"><span>スクロールできます</span></div>${tableHtml(b.rows)}</figure>`, list: (b) => `<${b.t} class="wp-block-list is-style-check_list">${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>` })).join('\n');
  const kind = pick(['工務店', '不動産', '会計']);
  const posts = c.V(40, 980, { comma: false });
  const ranking = shuffle(HEADLINES).slice(0, 5).map((h) => ({ h, pv: c.V(1200, 98000) }));
  const built = c.V(300, 9800); const sat = c.V(80, 99, { comma: false });
  const cats = [['お知らせ', c.V(20, 300, { comma: false })], ['施工事例', c.V(20, 300, { comma: false })], ['コラム', c.V(20, 300, { comma: false })]];
  const latest = newsItems(c, 5, F.dots);
  const related = newsItems(c, 3, F.dots, false);
  const cta = c.V(1000, 98000); const views = c.V(300, 99000, { comma: false });
  const img = `<img src="/wp-content/uploads/logo.png" alt="${esc(o.logoAlt)}" class="c-headLogo__img" width="220" height="48">`;
  return `<!DOCTYPE html>
<html lang="ja" data-loaded="false" data-scrolled="false" data-spmenu="closed">
<head><meta charset="utf-8">
${headCommon(e, d, o, '\n<meta name="generator" content="WordPress 6.6.2">\n<link rel="stylesheet" id="main_style-css" href="/wp-content/themes/swell/build/css/main.css?ver=2.12.0" media="all">')}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#333;background:#fdfdfd}.l-container{max-width:1200px;margin:0 auto;padding:0 24px}.l-header__bar{background:#04384c;color:#fff;font-size:12px;padding:4px 24px}
.l-header__inner{display:flex;align-items:center;justify-content:space-between;padding:10px 24px}.c-gnav{display:flex;gap:22px;list-style:none;margin:0;padding:0}.l-content{display:flex;gap:40px}.l-mainContent{flex:1;min-width:0}#sidebar{width:300px;font-size:14px}
.c-widget__title{border-bottom:2px solid #04384c;font-size:15px;padding-bottom:4px}.p-breadcrumb__list{display:flex;gap:10px;list-style:none;padding:0;font-size:12px}.c-postTitle__ttl{font-size:26px}.p-articleMetas{font-size:13px;color:#666}
.cap_box_content{border:1px solid #f0b400;background:#fffbe8;padding:8px 14px}.c-scrollHint{font-size:11px;color:#999}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:5px 8px}.p-authorBox,.p-relatedPosts{border-top:1px solid #ddd;margin-top:20px;padding-top:10px;font-size:14px}
.l-footer{background:#04384c;color:#fff;margin-top:30px;padding:18px 24px;font-size:13px}.p-ctaBox{background:#f3f8fa;color:#04384c;padding:10px 14px;margin-bottom:10px}
@media print{.l-content{display:block}#sidebar{width:auto}.c-gnav,.l-header__bar{display:none}}</style>
</head>
<body class="wp-singular post-template-default single single-post postid-${ri(100, 9999)} single-format-standard">
<div id="body_wrap" class="-body-solid -sidebar-on -frame-off id_${ri(100, 9999)}">
<header id="header" class="l-header -series -series-right">
<div class="l-header__bar pc_"><div class="l-header__barInner l-container"><div class="c-catchphrase">${kind === '工務店' ? '自然素材の注文住宅・リフォーム' : kind === '不動産' ? '地域密着の売買・賃貸仲介' : '創業支援・相続・記帳代行'}</div></div></div>
<div class="l-header__inner"><div class="l-header__logo"><div class="c-headLogo -img">${logoHtml(o, `<a href="/" title="${esc(o.logoAlt)}" class="c-headLogo__link" rel="home">${img}</a>`)}</div></div>
<nav id="gnav" class="l-header__gnav c-gnavWrap"><ul class="c-gnav"><li class="menu-item"><a href="/"><span class="ttl">${esc(o.crumbHome)}</span></a></li><li class="menu-item"><a href="/works/"><span class="ttl">${kind === '会計' ? 'サービス' : '施工事例'}</span></a></li><li class="menu-item"><a href="/company/"><span class="ttl">会社案内</span></a></li><li class="menu-item -current"><a href="/news/"><span class="ttl">お知らせ</span></a></li><li class="menu-item"><a href="/contact/"><span class="ttl">お問い合わせ</span></a></li></ul></nav></div>
</header>
<div id="breadcrumb" class="p-breadcrumb -bg-on"><ol class="p-breadcrumb__list l-container"><li class="p-breadcrumb__item"><a href="/" class="p-breadcrumb__text"><span class="icon-home">${esc(o.crumbHome)}</span></a></li><li class="p-breadcrumb__item"><a href="/category/news/" class="p-breadcrumb__text"><span>お知らせ</span></a></li>${crumbLi(d, (x) => `<li class="p-breadcrumb__item"><span class="p-breadcrumb__text">${x}</span></li>`)}</ol></div>
<div id="content" class="l-content l-container" data-postid="${ri(100, 9999)}">
<main id="main_content" class="l-mainContent l-article">
<article class="l-mainContent__inner">
<div class="p-articleHead c-postTitle"><${titleTag(o)} class="c-postTitle__ttl">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}></div>
<div class="p-articleMetas -top"><div class="p-articleMetas__termList c-categoryList"><a class="c-categoryList__link hov-flash-up" href="/category/news/">お知らせ</a></div><div class="p-articleMetas__times c-postTimes u-thin"><span class="c-postTimes__posted icon-posted">${dateTop(d)}</span></div></div>
<div class="post_content">
${body}
</div>
${afterBody(d, o, c)}
<div class="p-articleFoot"><div class="p-articleMetas -bottom"><div class="p-articleMetas__termList c-tagList"><a class="c-tagList__link" href="/tag/info/">重要なお知らせ</a></div></div></div>
<div class="p-authorBox"><div class="p-authorBox__l"><span class="p-authorBox__name">広報担当</span></div><div class="p-authorBox__r"><p class="p-authorBox__desc">この記事を書いた人　投稿記事数 ${posts.s}件</p></div></div>
<section class="l-articleBottom__section -related"><h2 class="l-articleBottom__title c-secTitle">関連記事</h2><ul class="p-postList p-relatedPosts -type-card">${related.map((n) => `<li class="p-postList__item"><a href="/news/${ri(100, 9999)}/" class="p-postList__link"><div class="p-postList__body"><div class="p-postList__title">${esc(n.head)}</div><div class="p-postList__meta"><span class="c-postTimes__posted icon-posted">${n.ds}</span></div></div></a></li>`).join('')}</ul></section>
</article>
</main>
<aside id="sidebar" class="l-sidebar">
<div id="swell_popular_posts-2" class="c-widget widget_swell_popular_posts"><div class="c-widget__title -spmenu">人気記事</div><ul class="p-postList -type-list -w-ranking">${ranking.map((r) => `<li class="p-postList__item"><a href="/news/${ri(100, 9999)}/" class="p-postList__link"><div class="p-postList__body"><div class="p-postList__title">${esc(r.h)}</div><div class="p-postList__meta"><span class="p-postList__views icon-eye">${r.pv.s} views</span></div></div></a></li>`).join('')}</ul></div>
<div id="custom_html-3" class="c-widget widget_custom_html"><div class="c-widget__title">${kind === '会計' ? '数字で見る当事務所' : '数字で見る実績'}</div><div class="textwidget"><p>${kind === '会計' ? '累計顧問先' : '累計施工棟数'}　<strong>${built.s}</strong>${kind === '会計' ? '社' : '棟'}</p><p>お客様満足度　<strong>${sat.s}</strong>%</p></div></div>
<div id="categories-2" class="c-widget c-listMenu widget_categories"><div class="c-widget__title">カテゴリー</div><ul>${cats.map(([n, v]) => `<li class="cat-item"><a href="/category/${ri(1, 99)}/">${n} <span class="cat-post-count">(${v.s})</span></a></li>`).join('')}</ul></div>
<div id="swell_new_posts-2" class="c-widget widget_swell_new_posts"><div class="c-widget__title">新着記事</div><ul class="p-postList -type-list">${latest.map((n) => `<li class="p-postList__item"><a href="/news/${ri(100, 9999)}/" class="p-postList__link"><div class="p-postList__title">${esc(n.head)}</div><span class="c-postTimes__posted icon-posted">${n.ds}</span></a></li>`).join('')}</ul></div>
</aside>
</div>
<footer id="footer" class="l-footer"><div class="p-ctaBox"><p>無料相談・資料請求　累計 ${cta.s} 件のお問い合わせをいただいています</p></div><div class="l-footer__foot">${footOrg(o)}</div></footer>
</div>
<script id="swell_script-js-extra">var swellVars = {"siteUrl":"\\/","restUrl":"\\/wp-json\\/wp\\/v2\\/","ajaxUrl":"\\/wp-admin\\/admin-ajax.php","ajaxNonce":"${ids(10)}","isLoggedIn":"","useAjaxAfterPost":"","useAjaxFooter":"","usePvCount":"1","isFixHeadSP":"1","tocListTag":"ol","tocTarget":"h3","postViews":${views.v}};</script>
</body></html>
`;
}

// 2. sjisshop (old Shift_JIS table layout): an old ネットショップ (CGI cart, 780px tables, <font>, all 7 Shift_JIS) carrying the shop
//    company's release as a 店長からのお知らせ page: header with the shop phone, left column: ショッピングカート (送料無料まであと N円),
//    営業日カレンダー (休業日 list with weekdays), メルマガ 読者数, 売れ筋ランキング (<ol>, price 円（税込）, ポイント, 残り N個),
//    新着情報 (slash dates); footer 特定商取引法に基づく表記.
function sjisshop(e, c, d, o, bl) {
  const F2 = (h) => `<font size="2">${h}</font>`;
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<p><font size="3" color="#8b0000"><b>■${b.html}</b></font></p>`, p: (h) => `<p>${F2(h)}</p>`, note: (b) => `<p><font size="1" color="#555555">${b.html}</font></p>`, table: (b) => tableHtml(b.rows, 'bodytbl', ' border="1" cellspacing="0" cellpadding="4" bordercolor="#999999"'), list: (b) => `<${b.t}>${b.items.map((x) => `<li>${F2(x)}</li>`).join('')}</${b.t}>` })).join('\n');
  const holidays = Array.from({ length: 5 }, () => c.D(-10, 40)).sort();
  const freeShip = c.V(300, 4800); const readers = c.V(1000, 48000);
  const goods = shuffle(['有機緑茶 徳用袋', '特選ほうじ茶ティーバッグ', '手焼きせんべい詰め合わせ', '国産れんげはちみつ', '天然だしパック', '紀州南高梅 大粒', '生姜湯 お徳用', '黒豆茶']).slice(0, 5).map((g) => ({ g, price: c.V(480, 19800), pt: c.V(4, 198, { comma: false }), stock: c.V(3, 29, { comma: false }) }));
  const news = newsItems(c, 5, F.slash);
  const img = `<img src="img/shop_logo.gif" width="300" height="56" border="0" alt="${esc(o.logoAlt)}">`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta http-equiv="Content-Style-Type" content="text/css">
${headCommon(e, d, o)}
<style type="text/css"><!--
body{font-family:"ＭＳ Ｐゴシック","Noto Sans CJK JP",sans-serif;margin:0}a:link{color:#0033cc}.side{font-size:12px}.side td{font-size:12px}.bodytbl{border-collapse:collapse;font-size:13px}.bodytbl th{background:#f6efe0}
.price{color:#cc0000;font-weight:bold}
--></style>
</head>
<body bgcolor="#ffffff" text="#333333" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<center>
<table width="780" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" bgcolor="#5b3a1e"><table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td>${logoHtml(o, `<a href="index.html">${img}</a>`)}</td><td align="right"><font color="#ffffff" size="2">ご注文はインターネットで年中無休受付<br>お電話でのご注文：${c.phone()}</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#e8d9b5" align="center"><font size="2"><a href="index.html">${esc(o.crumbHome)}</a>｜<a href="list.cgi">商品一覧</a>｜<a href="guide.html">ご利用ガイド</a>｜<a href="news.cgi">店長からのお知らせ</a>｜<a href="mail.cgi">お問い合わせ</a>｜<a href="cart.cgi">カートを見る</a></font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#fbf6ea" class="side">
<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td bgcolor="#5b3a1e"><font color="#ffffff"><b>ショッピングカート</b></font></td></tr>
<tr><td>カートに商品は入っていません<br>送料無料まであと<b><font color="#cc0000">${freeShip.s}</font></b>円</td></tr>
<tr><td bgcolor="#5b3a1e"><font color="#ffffff"><b>営業日カレンダー</b></font></td></tr>
<tr><td>下記の日は休業日です。発送・メールのお返事はお休みさせていただきます。<br>${holidays.map((h) => `<font color="#cc0000">●</font>${F.md(h)}（${wd(h)}）`).join('<br>')}</td></tr>
<tr><td bgcolor="#5b3a1e"><font color="#ffffff"><b>メールマガジン</b></font></td></tr>
<tr><td>旬の入荷情報をお届けします。<br>読者数 ${readers.s}人<br><input type="text" name="mail" size="14"><input type="submit" value="登録"></td></tr>
<tr><td bgcolor="#8b0000"><font color="#ffffff"><b>売れ筋ランキング</b></font></td></tr>
<tr><td><ol style="margin:0;padding-left:18px">${goods.map((x) => `<li><a href="item.cgi?id=${ri(100, 9999)}">${x.g}</a><br><span class="price">${x.price.s}円</span>（税込）<br>ポイント ${x.pt.s}pt<br><font color="#cc0000">残り${x.stock.s}個</font></li>`).join('')}</ol></td></tr>
<tr><td bgcolor="#8b0000"><font color="#ffffff"><b>新着情報</b></font></td></tr>
<tr><td>${news.map((n) => `${n.ds}<br><a href="news.cgi?no=${ri(10, 999)}">${esc(n.head)}</a>`).join('<hr size="1" color="#dddddd">')}</td></tr>
</table>
</td>
<td width="610" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>
<font size="2"><a href="index.html">${esc(o.crumbHome)}</a> &gt; <a href="news.cgi">店長からのお知らせ</a>${d.crumb ? ` &gt; ${crumbDate(d)}` : ''}</font>
<hr size="1" color="#cccccc">
<${titleTag(o)} style="font-size:18px;margin:8px 0"><font color="#5b3a1e">${esc(d.heading)}${esc(e.title)}</font></${titleTag(o)}>
<p align="right"><font size="2">${dateTop(d)}</font></p>
${body}
${afterBody(d, o, c)}
<p align="right"><font size="2"><a href="#top">▲ページトップへ</a></font></p>
</td></tr></table>
</td>
</tr>
<tr><td colspan="2" bgcolor="#e8d9b5" align="center"><font size="2"><a href="law.html">特定商取引法に基づく表記</a>｜<a href="privacy.html">個人情報の取り扱い</a></font><br><font size="1">${footOrg(o)}</font></td></tr>
</table>
</center>
</body>
</html>
`;
}

// 3. jimdo (div soup): a Jimdo Creator-like small-business site (カフェ / 美容室 / 整骨院): #cc-inner, every module a div.j-module
//    (j-header, j-text, j-hr, j-table), the body's lines as <div>s inside j-text modules with <div><br></div> spacers, headings as
//    j-header divs; side bar: 店舗情報 (席数, 駐車場 台数, 徒歩 N 分), 臨時休業日, Instagram feed (♥ likes, dates), 新着情報;
//    Jimdo's footer row and cookie notice; a jimdoData script with the likes.
function jimdo(e, c, d, o, bl) {
  const mid = () => ri(1000000000, 9999999999);
  const body = bl.map((b) => blockHtml(b, {
    h: (b) => `<div class="j-module n j-header" id="cc-m-${mid()}"><div class="cc-m-hdr" style="font-size:${b.lv <= 2 ? 20 : 17}px;font-weight:bold;border-bottom:1px solid #c9b79c">${b.html}</div></div>`,
    p: (h) => `<div class="j-module n j-text" id="cc-m-${mid()}"><div id="cc-m-txt-${mid()}" class="cc-m-text">${h}</div><div><br></div></div>`,
    note: (b) => `<div class="j-module n j-text"><div class="cc-m-text" style="font-size:12px;color:#666">${b.html}</div></div>`,
    list: (b) => `<div class="j-module n j-text"><${b.t}>${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}></div>`,
    table: (b) => `<div class="j-module n j-table" id="cc-m-${mid()}">${tableHtml(b.rows, 'jtpl-table')}</div>`,
  })).join('\n');
  const seats = c.V(8, 60, { comma: false }); const counter = c.V(3, 12, { comma: false }); const park = c.V(2, 30, { comma: false }); const walk = c.V(2, 15, { comma: false });
  const closed = Array.from({ length: 3 }, () => c.D(-5, 45)).sort();
  const insta = Array.from({ length: 4 }, () => ({ likes: c.V(12, 2400), dt: c.D(-60, -1) })).sort((a, b) => (a.dt < b.dt ? 1 : -1));
  const news = newsItems(c, 4, F.dots);
  const img = `<img src="https://image.jimcdn.com/app/cms/image/transf/dimension=240x10000:format=png/path/logo.png" alt="${esc(o.logoAlt)}" class="">`;
  return `<!DOCTYPE html>
<html lang="ja-JP"><head><meta charset="utf-8">
${headCommon(e, d, o, `\n<meta name="generator" content="Jimdo Creator">\n<link rel="stylesheet" href="https://assets.jimstatic.com/web.css.${ids(32)}.css" media="all">`)}
<style>body{margin:0;font-family:"Hiragino Kaku Gothic ProN","Noto Sans CJK JP",sans-serif;background:#f4efe6;color:#3b2f25}#cc-inner{max-width:980px;margin:0 auto;background:#fff}.jtpl-header{padding:16px 24px;border-bottom:4px solid #7a5c3e}
.j-nav-level-0{display:flex;gap:18px;list-style:none;padding:0}.jtpl-content{display:flex;gap:28px;padding:20px 24px}.jtpl-section-main{flex:1}.jtpl-sidebar{width:260px;font-size:13px;background:#faf7f1;padding:10px}
.insta-grid{display:grid;grid-template-columns:1fr 1fr;gap:6px}.insta-item{background:#eee;padding:6px;font-size:11px}.jtpl-table{border-collapse:collapse}.jtpl-table td,.jtpl-table th{border:1px solid #c9b79c;padding:4px 6px}
.jtpl-footer{font-size:12px;padding:12px 24px;border-top:1px solid #ddd}.cc-cookie{font-size:11px;background:#333;color:#fff;padding:8px}
@media print{.jtpl-content{display:block}.jtpl-sidebar{width:auto}.jtpl-navigation{display:none}}</style>
</head>
<body class="body cc-page cc-pagemode-default cc-content-parent" id="page-${mid()}">
<div id="cc-website"><div id="cc-inner" class="cc-content-parent">
<div class="jtpl-header"><div class="jtpl-logo"><div id="cc-website-logo" class="cc-single-module-element"><div id="cc-m-${mid()}" class="j-module n j-imageSubtitle"><a href="/">${logoHtml(o, img)}</a></div></div></div>
<div class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0"><li class="jmd-nav__list-item-0"><a href="/">${esc(o.crumbHome)}</a></li><li class="jmd-nav__list-item-0"><a href="/menu/">メニュー</a></li><li class="jmd-nav__list-item-0 cc-nav-current j-nav-current"><a href="/news/" class="cc-nav-current j-nav-current">お知らせ</a></li><li class="jmd-nav__list-item-0"><a href="/access/">アクセス</a></li><li class="jmd-nav__list-item-0"><a href="/contact/">お問い合わせ</a></li></ul></div></div></div>
${d.crumb ? `<div class="jtpl-breadcrumb"><a href="/">${esc(o.crumbHome)}</a> » <a href="/news/">お知らせ</a> » ${crumbDate(d)}</div>` : ''}</div>
<div class="jtpl-content"><div class="jtpl-section-main"><div id="content_area" data-container="content"><div id="cc-matrix-${mid()}">
<div class="j-module n j-header" id="cc-m-${mid()}"><${titleTag(o)} class="cc-within-single-module-area" style="font-size:24px">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}></div>
<div class="j-module n j-text" id="cc-m-${mid()}"><div style="text-align:right;font-size:13px">${dateTop(d)}</div></div>
<div class="j-module n j-hr"><hr></div>
${body}
${afterBody(d, o, c)}
<div class="j-module n j-hr"><hr></div>
<div class="j-module n j-text"><div><a href="/news/">« お知らせ一覧へ戻る</a></div></div>
</div></div></div>
<div class="jtpl-sidebar"><div data-container="sidebar"><div id="cc-matrix-${mid()}">
<div class="j-module n j-header"><div class="cc-m-hdr"><b>店舗情報</b></div></div>
<div class="j-module n j-text"><div>席数　${seats.s}席（うちカウンター${counter.s}席）</div><div>駐車場　${park.s}台（無料）</div><div>最寄り駅から徒歩${walk.s}分</div><div>定休日　毎週水曜日</div></div>
<div class="j-module n j-header"><div class="cc-m-hdr"><b>臨時休業日</b></div></div>
<div class="j-module n j-text">${closed.map((h) => `<div>${F.md(h)}（${wd(h)}）</div>`).join('')}</div>
<div class="j-module n j-header"><div class="cc-m-hdr"><b>Instagram</b></div></div>
<div class="j-module n j-htmlCode"><div class="insta-grid">${insta.map((x) => `<div class="insta-item"><img src="/instagram/thumb.jpg" alt="Instagram 投稿" width="100" height="100"><div>♥ ${x.likes.s}</div><div>${F.dots(x.dt)}</div></div>`).join('')}</div></div>
<div class="j-module n j-header"><div class="cc-m-hdr"><b>新着情報</b></div></div>
<div class="j-module n j-text">${news.map((n) => `<div>${n.ds}</div><div>${esc(n.head)}</div><div><br></div>`).join('')}</div>
</div></div></div>
</div>
<div class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a href="/about/">概要</a> | <a href="/j/privacy">プライバシーポリシー</a> | <a href="/j/cookiepolicy">Cookie ポリシー</a> | <a href="/sitemap/">サイトマップ</a> | <a href="/login">ログイン</a></div>${footOrg(o)}<div class="rightrow"><a href="https://www.jimdo.com/jp/">Jimdo で無料ホームページを作成しましょう！</a></div></div></div>
<div class="cc-cookie" id="cc-individual-cookie-settings">このウェブサイトはクッキーを使用しています。利用を続けることで、クッキーの使用に同意したものとみなされます。 <a href="#">OK</a></div>
</div></div>
<script id="cc-jimdo-data">var jimdoData = {"isTestserver":false,"isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"${ids(32)}","cacheJsKey":"${ids(40)}","cmsPageId":${mid()},"webPage":{"isPremium":false},"shopInfo":{"seats":${seats.v},"parking":${park.v}},"instagram":{"likes":[${insta.map((x) => x.likes.v).join(',')}]}};</script>
</body></html>
`;
}

// 4. rainier (Movable Type): a Movable Type 7 「Rainier」 theme site of an 学会 / 研究会 / NPO (3 in EUC-JP): mt-entry-archive body,
//    site-header with MT search form (IncludeBlogs), entry-header with 投稿者 事務局, entry-nav « prev（date） / next（date） », side:
//    会員数 (正会員 / 学生会員 / 賛助会員, as-of date), 第N回 年次大会 (会期, 登録締切, 演題登録数), 最近の記事, 月別アーカイブ <select>
//    with counts, カテゴリ (counts); 事務局 phone; 「Powered by Movable Type」.
function rainier(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { note: (b) => `<p class="note"><small>${b.html}</small></p>` })).join('\n');
  const mem = c.V(300, 9800); const stu = c.V(30, 980, { comma: false }); const sup = c.V(5, 90, { comma: false }); const asOf = c.D(-90, -5);
  const no = c.V(12, 68, { comma: false }); const conf1 = c.D(30, 150); const dead = c.D(5, 28); const papers = c.V(40, 680, { comma: false });
  const recent = newsItems(c, 5, F.dots);
  const [py, pm] = dp(e.date);
  const months = Array.from({ length: 5 }, (_, k) => { const m0 = pm - 1 - k; const y = py + Math.floor(m0 / 12); const m = ((m0 % 12) + 12) % 12 + 1; return { y, m, n: c.V(2, 29, { comma: false }) }; });
  const cats = [['お知らせ', c.V(20, 400, { comma: false })], ['年次大会', c.V(5, 90, { comma: false })], ['学会誌', c.V(5, 90, { comma: false })]];
  const prev = c.D(-60, -2); const next = c.D(2, 40);
  const img = `<img src="/images/logo.png" alt="${esc(o.logoAlt)}" width="260" height="50">`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="${enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8'}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
${headCommon(e, d, o, '\n<meta name="generator" content="Movable Type Pro 7.9.8">\n<link rel="stylesheet" href="/mt-static/theme_static/rainier/css/screen.css">\n<link rel="alternate" type="application/atom+xml" title="Recent Entries" href="/atom.xml">')}
<style>body{margin:0;font-family:"Noto Serif CJK JP",serif;color:#222}.site-header{border-bottom:1px solid #ccc;padding:14px 28px}.site-navigation .menu{display:flex;gap:20px;list-style:none;padding:0;margin:6px 0 0}.site-content{display:flex;gap:36px;max-width:1100px;margin:0 auto;padding:20px 28px}
.site-main{flex:1;min-width:0}.site-sidebar{width:280px;font-size:14px}.widget{margin-bottom:18px}.widget-title{font-size:15px;border-bottom:1px dotted #999}.entry-meta{color:#666;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}.breadcrumb ol{display:flex;gap:8px;list-style:none;padding:0;font-size:12px}
.entry-nav ul{list-style:none;padding:0;display:flex;justify-content:space-between;font-size:13px}.site-footer{border-top:1px solid #ccc;padding:12px 28px;font-size:13px}
@media print{.site-content{display:block}.site-sidebar{width:auto}.site-navigation,.search-form{display:none}}</style>
</head>
<body class="mt-entry-archive">
<div class="site-wrapper">
<header class="site-header"><div class="site-branding">${logoHtml(o, `<a href="/" rel="home">${img}</a>`)}<p class="site-description">${pick(['会員相互の研鑽と学術の発展のために', '研究と実践をつなぐ', '知の交流を社会へ'])}</p></div>
<nav class="site-navigation"><ul class="menu"><li><a href="/about/">${pick(['学会について', '本会について', '団体概要'])}</a></li><li><a href="/join/">入会案内</a></li><li><a href="/conference/">年次大会</a></li><li><a href="/journal/">学会誌</a></li><li><a href="/news/">お知らせ</a></li></ul></nav>
<form class="search-form" method="get" action="/cgi-bin/mt/mt-search.cgi"><input type="hidden" name="IncludeBlogs" value="${ri(1, 9)}"><input type="hidden" name="limit" value="20"><input type="search" name="search" placeholder="サイト内検索"><button type="submit">検索</button></form>
</header>
<div class="site-content">
<main class="site-main" role="main">
<nav class="breadcrumb" aria-label="パンくずリスト"><ol><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/news/">お知らせ</a></li>${crumbLi(d)}</ol></nav>
<article class="entry" id="entry-${ri(100, 9999)}">
<header class="entry-header"><${titleTag(o)} class="entry-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="entry-meta"><span class="entry-date">${dateTop(d)}</span> <span class="entry-author">投稿者：事務局</span> <span class="entry-category"><a href="/news/info/">お知らせ</a></span></div></header>
<div class="entry-body">
${body}
</div>
${afterBody(d, o, c)}
<footer class="entry-footer"><nav class="entry-nav"><ul><li class="entry-nav-prev"><a href="/news/${ri(100, 9999)}.html">« ${esc(pick(HEADLINES))}（${F.dots(prev)}）</a></li><li class="entry-nav-next"><a href="/news/${ri(100, 9999)}.html">${esc(pick(HEADLINES))}（${F.dots(next)}） »</a></li></ul></nav></footer>
</article>
</main>
<aside class="site-sidebar">
<section class="widget widget-members"><h2 class="widget-title">会員数</h2><p>正会員 ${mem.s}名<br>学生会員 ${stu.s}名<br>賛助会員 ${sup.s}社<br><small>（${F.ja(asOf)}現在）</small></p></section>
<section class="widget widget-conference"><h2 class="widget-title">第${no.s}回 年次大会</h2><p>会期：${F.ja(conf1)}（${wd(conf1)}）<br>参加登録締切：${F.ja(dead)}<br>演題登録数 ${papers.s}件</p></section>
<section class="widget widget-recent-entries"><h2 class="widget-title">最近の記事</h2><ul>${recent.map((n) => `<li><a href="/news/${ri(100, 9999)}.html">${esc(n.head)}</a> <span class="date">${n.ds}</span></li>`).join('')}</ul></section>
<section class="widget widget-archive-monthly-dropdown"><h2 class="widget-title">月別アーカイブ</h2><select name="archive-dropdown" onchange="location.href=this.value"><option value="">月を選択...</option>${months.map((x) => `<option value="/news/${x.y}/${pad(x.m)}/">${x.y}年${x.m}月 (${x.n.s})</option>`).join('')}</select></section>
<section class="widget widget-categories"><h2 class="widget-title">カテゴリ</h2><ul>${cats.map(([n, v]) => `<li><a href="/news/${ri(1, 99)}/">${n} (${v.s})</a></li>`).join('')}</ul></section>
</aside>
</div>
<footer class="site-footer"><p>事務局　電話：${c.phone()}</p>${footOrg(o)}<p class="powered">Powered by <a href="https://www.movabletype.jp/">Movable Type</a></p></footer>
</div>
</body>
</html>
`;
}

// 5. astro (a Next.js-like framework page): an Astro static corporate site: data-astro-cid-* attributes on every element, the
//    hydration script for <astro-island>, islands with JSON-encoded props ([0,value] pairs) carrying the figures: a header
//    NewsTicker (dated headlines), a KpiCounter (導入社数, 継続率 %, 累計出荷台数), a RecruitBanner (募集人数, エントリー締切), a
//    LikeButton (いいね N); the article as rendered Markdown (.prose, heading ids) with 読了時間 約N分, tags, prev/next (dated);
//    footer 従業員数 and 資本金.
function astro(e, c, d, o, bl) {
  const cid = ids(8); const cid2 = ids(8);
  const A = (t) => t.replace(/<([a-z][a-z0-9]*)([ >])/g, `<$1 data-astro-cid-${cid}$2`);
  let hn = 0;
  const body = A(bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3} id="heading-${++hn}">${b.html}</h${b.lv <= 2 ? 2 : 3}>`, note: (b) => `<blockquote class="note"><p>${b.html}</p></blockquote>` })).join('\n'));
  const prop = (x) => esc(JSON.stringify(x));
  const ser = (v) => (Array.isArray(v) ? [1, v.map(ser)] : v && typeof v === 'object' ? [0, Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ser(x)]))] : [0, v]);
  const island = (name, props, inner, client = 'visible') => `<astro-island uid="${ids(6)}" prefix="r${ri(1, 9)}" component-url="/_astro/${name}.${ids(8)}.js" component-export="default" renderer-url="/_astro/client.${ids(8)}.js" props="${prop(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, ser(v)])))}" ssr="" client="${client}" opts="${prop({ name, value: true })}" await-children="">${inner}<!--astro:end--></astro-island>`;
  const ticker = newsItems(c, 3, F.dots);
  const kpiA = c.V(120, 9800); const kpiB = c.V(90, 99, { comma: false }); const kpiC = c.V(10000, 980000);
  const recruit = c.V(3, 40, { comma: false }); const entryDead = c.D(10, 90);
  const likes = c.V(10, 980, { comma: false }); const read = c.V(2, 12, { comma: false });
  const prev = c.D(-60, -2); const next = c.D(2, 40);
  const staff = c.V(40, 9800); const cap = c.V(10, 980, { comma: false });
  const img = `<img src="/_astro/logo.${ids(8)}_Z1${ids(5)}.webp" alt="${esc(o.logoAlt)}" width="180" height="40" loading="eager" decoding="async">`;
  return `<!DOCTYPE html><html lang="ja" data-astro-cid-${cid2}><head><meta charset="utf-8">
<meta name="generator" content="Astro v4.16.18">
${headCommon(e, d, o, `\n<link rel="stylesheet" href="/_astro/_slug_.${ids(8)}.css">\n<meta name="astro-view-transitions-enabled" content="true"><meta name="astro-view-transitions-fallback" content="animate">`)}
<style>astro-island,astro-slot,astro-static-slot{display:contents}body{margin:0;font-family:"Noto Sans JP",system-ui,sans-serif;color:#1f2937}.hdr{display:flex;justify-content:space-between;align-items:center;padding:12px 32px;border-bottom:1px solid #e5e7eb}.hdr nav a{margin-left:18px;color:#111}
.ticker{background:#0f172a;color:#e2e8f0;font-size:12px;padding:4px 32px}.layout{display:grid;grid-template-columns:1fr 300px;gap:40px;max-width:1120px;margin:0 auto;padding:24px 32px}.prose table{border-collapse:collapse}.prose td,.prose th{border:1px solid #cbd5e1;padding:4px 8px}.note{border-left:4px solid #f59e0b;margin:0;padding:4px 12px;background:#fffbeb}
.meta{font-size:13px;color:#6b7280}.card{border:1px solid #e5e7eb;border-radius:10px;padding:12px;margin-bottom:16px;font-size:14px}.kpi b{font-size:22px}.pager{display:flex;justify-content:space-between;font-size:13px;margin-top:24px}footer{background:#f8fafc;padding:16px 32px;font-size:13px}
@media print{.layout{display:block}.hdr nav,.ticker{display:none}}</style>
<script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).visible=e;window.dispatchEvent(new Event("astro:visible"));})();</script>
<script>(()=>{var A=Object.defineProperty;var g=(i,o,a)=>o in i?A(i,o,{enumerable:!0,configurable:!0,writable:!0,value:a}):i[o]=a;var d=(i,o,a)=>g(i,typeof o!="symbol"?o+"":o,a);{let i={0:t=>m(t),1:t=>a(t),2:t=>new RegExp(t),3:t=>new Date(t),4:t=>new Map(a(t)),5:t=>new Set(a(t)),6:t=>BigInt(t),7:t=>new URL(t),8:t=>new Uint8Array(t),9:t=>new Uint16Array(t),10:t=>new Uint32Array(t),11:t=>1/0*t},o=t=>{let[l,e]=t;return l in i?i[l](e):void 0},a=t=>t.map(o),m=t=>typeof t!="object"||t===null?t:Object.fromEntries(Object.entries(t).map(([l,e])=>[l,o(e)]));class y extends HTMLElement{constructor(){super(...arguments);d(this,"Component");d(this,"hydrator")}connectedCallback(){}}customElements.get("astro-island")||customElements.define("astro-island",y)}})();</script>
</head>
<body data-astro-cid-${cid2}>
${island('NewsTicker', { items: ticker.map((n) => ({ date: n.date, title: n.head })) }, `<div class="ticker" data-astro-cid-${cid2}>${ticker.map((n) => `<span>${n.ds}　${esc(n.head)}</span>`).join('　／　')}</div>`)}
<header class="hdr" data-astro-cid-${cid2}><a href="/" data-astro-cid-${cid2}>${logoHtml(o, img)}</a><nav data-astro-cid-${cid2}><a href="/company/">会社情報</a><a href="/service/">サービス</a><a href="/news/" aria-current="page">ニュース</a><a href="/recruit/">採用情報</a><a href="/contact/">お問い合わせ</a></nav></header>
${d.crumb ? `<nav class="crumbs" aria-label="breadcrumb" data-astro-cid-${cid2}><ol><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/news/">ニュース</a></li><li aria-current="page">${crumbDate(d)}</li></ol></nav>` : ''}
<div class="layout" data-astro-cid-${cid2}>
<main data-astro-cid-${cid2}><article class="prose" data-astro-cid-${cid}>
<${titleTag(o)} data-astro-cid-${cid}>${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<p class="meta" data-astro-cid-${cid}>${dateTop(d)}${d.line || d.top ? '　' : ''}<span>この記事は約${read.s}分で読めます</span>　<a href="/tags/news/">#お知らせ</a></p>
${body}
${afterBody(d, o, c)}
</article>
${island('LikeButton', { likes: likes.v, slug: ids(10) }, `<button class="like" data-astro-cid-${cid}>♡ いいね ${likes.s}</button>`, 'idle')}
<nav class="pager" data-astro-cid-${cid2}><a href="/news/${ids(10)}/">← ${esc(pick(HEADLINES))}（${F.slash(prev)}）</a><a href="/news/${ids(10)}/">${esc(pick(HEADLINES))}（${F.slash(next)}） →</a></nav>
</main>
<aside data-astro-cid-${cid2}>
${island('KpiCounter', { companies: kpiA.v, retention: kpiB.v, shipped: kpiC.v }, `<div class="card kpi" data-astro-cid-${cid2}><h3>数字で見る</h3><p>導入社数 <b>${kpiA.s}</b>社</p><p>継続率 <b>${kpiB.s}</b>%</p><p>累計出荷台数 <b>${kpiC.s}</b>台</p></div>`)}
${island('RecruitBanner', { positions: recruit.v, deadline: entryDead }, `<div class="card" data-astro-cid-${cid2}><h3>新卒採用</h3><p>募集人数 ${recruit.s}名／エントリー締切 ${F.ja(entryDead)}</p></div>`)}
</aside>
</div>
<footer data-astro-cid-${cid2}><p>従業員数 ${staff.s}名　資本金 ${cap.s}百万円</p>${footOrg(o)}</footer>
<script type="module" src="/_astro/hoisted.${ids(8)}.js"></script>
</body></html>
`;
}

// 6. ccmbs (Bootstrap CMS): a Concrete CMS 9 site on its Bootstrap 5 theme (Elemental-like) of a 市町村 / 公社 (2 in EUC-JP):
//    CCM_* globals, ccm-page wrapper, 本文へスキップ, 防災情報 alert (大雨警報 with date and time), 文字サイズ / 背景色, 組織から探す /
//    カテゴリから探す navigation, ccm-block-page-title-byline, このページに関するお問い合わせ (phone, fax), このページの情報は役に立ちましたか,
//    「このページの先頭へ」; side cards: 人口と世帯 (人口, 男, 女, 世帯数, as-of date), イベントカレンダー (dates, 定員), よくある質問, 新着情報.
function ccmbs(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3} class="h4 mt-4">${b.html}</h${b.lv <= 2 ? 2 : 3}>`, note: (b) => `<p class="small text-secondary">${b.html}</p>`, tableClass: 'table table-bordered' })).join('\n');
  const warn = c.D(-10, 3);
  const pop = c.V(8000, 480000); const men = c.V(4000, 240000); const women = c.V(4000, 240000); const hh = c.V(3000, 210000); const asOf = c.D(-60, -1);
  const events = Array.from({ length: 4 }, () => c.D(3, 60)).sort().map((dt) => ({ dt, ev: pick(['健康づくり講座', '親子ふれあい教室', '防災訓練', '歴史講演会', '環境フェア', 'スマホ相談会', '子育て広場', '市民ヨガ']), cap: c.V(10, 200, { comma: false }) }));
  const news = newsItems(c, 5, F.ja);
  const dept = pick(['総務課', '企画政策課', '情報政策課', '市民課', '健康推進課']);
  const img = `<img src="/application/files/logo.png" alt="${esc(o.logoAlt)}" width="260" height="56" class="ccm-image-block img-fluid bID-${ri(10, 999)}">`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="content-type" content="text/html; charset=${enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8'}">
${headCommon(e, d, o, '\n<meta name="generator" content="Concrete CMS">\n<link href="/concrete/themes/elemental/css/skins/default.css" rel="stylesheet" type="text/css" media="all">')}
<script type="text/javascript">var CCM_DISPATCHER_FILENAME = "/index.php";var CCM_CID = ${ri(100, 9999)};var CCM_EDIT_MODE = false;var CCM_ARRANGE_MODE = false;var CCM_IMAGE_PATH = "/concrete/images";var CCM_APPLICATION_URL = "https://www.example.lg.jp";var CCM_REL = "";var CCM_ACTIVE_LOCALE = "ja_JP";var CCM_USER_REGISTERED = false;</script>
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#222}.visually-hidden-focusable{position:absolute;left:-999px}.container{max-width:1140px;margin:0 auto;padding:0 12px}.row{display:flex;gap:24px}.col-content{flex:2;min-width:0}.sidebar{flex:1;font-size:14px}
.alert-danger{background:#f8d7da;color:#842029;padding:8px 16px;font-size:14px}.tools{font-size:12px;text-align:right}.gnav{display:flex;gap:0;list-style:none;padding:0;margin:8px 0;background:#1b5e20}.gnav a{display:block;color:#fff;padding:8px 16px}
.breadcrumb{display:flex;gap:8px;list-style:none;padding:0;font-size:13px}.card{border:1px solid #dee2e6;border-radius:6px;margin-bottom:14px}.card-header{background:#e8f5e9;padding:6px 10px;font-weight:bold}.card-body{padding:8px 10px}
.table{border-collapse:collapse}.table td,.table th{border:1px solid #adb5bd;padding:4px 8px}.small{font-size:85%}.pagetop{text-align:right;font-size:13px}footer{background:#1b5e20;color:#fff;padding:14px 0;font-size:13px;margin-top:24px}
@media print{.row{display:block}.gnav,.tools{display:none}}</style>
</head>
<body>
<div class="ccm-page ccm-page-id-${ri(100, 9999)} page-type-page page-template-right-sidebar">
<a href="#main-content" class="visually-hidden-focusable">本文へスキップ</a>
<div class="alert alert-danger bousai-info mb-0" role="alert"><strong>防災情報</strong>　${F.ja(warn)}（${wd(warn)}）${pad(ri(5, 22))}時${pad(ri(0, 59))}分発表　大雨警報（土砂災害）、洪水注意報が発表されています。 <a href="/bousai/">詳しくはこちら</a></div>
<header><div class="container"><div class="row align-items-center"><div class="col-sm-6">${logoHtml(o, `<a href="/">${img}</a>`)}</div>
<div class="col-sm-6 tools">文字サイズ <button type="button">標準</button><button type="button">拡大</button>　背景色 <button type="button">白</button><button type="button">黒</button>　<a href="/foreign/">Foreign Language</a>　<form class="d-inline" action="/search"><input type="search" name="query" placeholder="サイト内検索"></form></div></div>
<nav class="ccm-responsive-navigation"><ul class="gnav"><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li><li><a href="/kenko/">健康・福祉</a></li><li><a href="/bousai/">防災・安全</a></li><li><a href="/soshiki/">組織から探す</a></li><li><a href="/category/">カテゴリから探す</a></li></ul></nav></div></header>
<main id="main-content"><div class="container"><div class="row">
<div class="col-sm-8 col-content">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="breadcrumb-item"><a href="/soshiki/">組織から探す</a></li><li class="breadcrumb-item"><a href="/soshiki/somu/">${dept}</a></li>${crumbLi(d, (x) => `<li class="breadcrumb-item active" aria-current="page">${x}</li>`)}</ol></nav>
<div class="ccm-block-page-title-byline"><${titleTag(o)} class="page-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}><span class="page-date">${dateTop(d)}</span></div>
<div class="ccm-custom-style-container ccm-block-content">
${body}
</div>
${afterBody(d, o, c)}
<div class="card page-inquiry mt-4"><div class="card-header">このページに関するお問い合わせ</div><div class="card-body">${dept}　広報広聴係<br>電話：${c.phone()}　ファックス：${c.phone()}<br><a href="/inquiry/">メールフォームでのお問い合わせ</a></div></div>
<div class="card page-survey"><div class="card-header">このページの情報は役に立ちましたか？</div><div class="card-body"><label><input type="radio" name="q1"> 役に立った</label>　<label><input type="radio" name="q1"> どちらともいえない</label>　<label><input type="radio" name="q1"> 役に立たなかった</label></div></div>
<p class="pagetop"><a href="#">このページの先頭へ</a></p>
</div>
<aside class="col-sm-4 sidebar">
<div class="card population"><div class="card-header">人口と世帯</div><div class="card-body">人口　${pop.s}人<br>（男 ${men.s}人・女 ${women.s}人）<br>世帯数　${hh.s}世帯<br><small>${F.ja(asOf)}現在</small></div></div>
<div class="card ccm-block-calendar"><div class="card-header">イベントカレンダー</div><ul class="list-group list-group-flush">${events.map((x) => `<li class="list-group-item">${F.md(x.dt)}（${wd(x.dt)}）${x.ev}（定員${x.cap.s}名）</li>`).join('')}</ul></div>
<div class="card faq"><div class="card-header">よくある質問</div><ul>${shuffle(['住民票の写しを取得したい', '粗大ごみの出し方を知りたい', 'マイナンバーカードの受け取り方法', '児童手当の申請について', '転入・転出の手続き']).slice(0, 3).map((q) => `<li><a href="/faq/${ri(100, 9999)}.html">${q}</a></li>`).join('')}</ul></div>
<div class="card ccm-block-page-list"><div class="card-header">新着情報</div><ul class="list-unstyled card-body">${news.map((n) => `<li><span class="ccm-block-page-list-date">${n.ds}</span><br><a href="/news/${ri(100, 9999)}.html">${esc(n.head)}</a></li>`).join('')}</ul></div>
</aside></div></div></main>
<footer id="footer-theme"><div class="container"><p>開庁時間：平日 8時30分～17時15分（土日祝日・年末年始を除く）</p>${footOrg(o)}</div></footer>
</div>
</body>
</html>
`;
}

// ---------- documents ----------
// (make-pages-t.mjs's document maker; here the layouts are dealt in turn so that each occurs) Four layouts: `plain` (page numbers 「- N -」), `bessi` (the release's tables and lists moved to a 別紙 page at the end, 「（別紙のとおり）」
// where they stood, footer 「N / M」), `annex2col` (those on a 別紙 page set in two CSS columns), `wrapTable` (narrow
// fixed-layout tables whose cells wrap, a running header with the title, footer 「N ページ」).
let docTurn = 0;
const docHtml = (e, c, bl) => documentHtml(e, c, bl, (annexable) => (annexable ? ['annex2col', 'bessi', 'wrapTable', 'plain'][docTurn++ % 4] : pick(['plain', 'wrapTable', 'bessi'])), { boxOnBareAnnex: true });


// ---------- build ----------
const styles = shuffle([...Array(7).fill('wpswell'), ...Array(7).fill('sjisshop'), ...Array(7).fill('jimdo'), ...Array(7).fill('rainier'), ...Array(6).fill('astro'), ...Array(6).fill('ccmbs')]);
const dateModes = shuffle(Array.from({ length: 40 }, (_, k) => DATE_MODES[k % DATE_MODES.length]));
const orgModes = shuffle(Array.from({ length: 40 }, (_, k) => ORG_MODES[k % ORG_MODES.length]));
const entries = chosen.map((p, k) => ({ ...p, id: `w${pad(k + 1)}`, style: styles[k], dateMode: dateModes[k], orgMode: orgModes[k] }));
// abbrTitle needs a legal-form word to abbreviate: an entry whose organization has none trades modes with one that has
for (const e of entries) if (e.orgMode === 'abbrTitle' && !abbr(e.org)) { const o2 = entries.find((x) => x.orgMode !== 'abbrTitle' && abbr(x.org)); if (o2) [e.orgMode, o2.orgMode] = [o2.orgMode, e.orgMode]; }
let mtEuc = 0, ccEuc = 0;
for (const e of entries) e.encoding = e.style === 'sjisshop' ? 'Shift_JIS' : e.style === 'rainier' ? (mtEuc++ < 3 ? 'EUC-JP' : 'UTF-8') : e.style === 'ccmbs' ? (ccEuc++ < 2 ? 'EUC-JP' : 'UTF-8') : 'UTF-8';
const docIds = new Set(entries.slice().sort((a, b) => a.body.length - b.body.length || a.id.localeCompare(b.id)).slice(0, 10).map((e) => e.id));
writeBlindSet(kit, { out: OUT, entries, families: { wpswell, sjisshop, jimdo, rainier, astro, ccmbs }, dateParts, orgParts, docIds, docHtml });
