#!/usr/bin/env node
// Makes fixtures/pages-v, the twenty-second blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as news pages in six new site families (a WordPress school site, a Word
// 「Web ページとして保存」 export inside an old Shift_JIS table site, a Zendesk-like help-center article, a MovableType.net
// site, a Notion page published through Next.js, an ASP.NET WebForms + Bootstrap corporate site), plus Word-style
// document sources for the 10 shortest. Written without reading the tool; the release drawing, numeral/date forms and
// Markdown blocks are scripts/blind-set-kit.mjs's, the modes, encoding table and document maker make-pages-u.mjs's, extended.
// Usage: node scripts/make-pages-v.mjs --seed 20261213   (then print-blind-pages.mjs --set v, check-blind-pages.mjs --set v)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-v');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261213;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { rand, ri, pick, shuffle, own, all, chosen, KD, kanji, pad, esc, wd, dp, F, fw, kanjiDate, inline, plain, blocks, tableHtml, blockHtml, ctxFor, HEADLINES, newsItems, documentHtml } = kit;
const { dateParts, orgParts, timeEl, svgLogo, dateTop, addrEl, crumbDate, logoHtml, crumbLi, ids } = blindSetModes(kit, { platformOf: (style) => PLATFORM[style] });

// ---------- date and organization modes ----------
const DATE_MODES = ['koukaiKoushin', 'dots', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'hyphenIso', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'fwJa', 'uketsuke', 'urlAndTitle', 'dlAfter', 'articleFooter', 'thHead', 'eraFw', 'postedWeekdayTime', 'splitSpans', 'dlKeisaiStart', 'reiwaKanji', 'metaNameDate', 'wordReiwaRight', 'keisaiWeekdayFull', 'breadcrumbDate'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address', 'metaAuthor', 'signatureAlt', 'h1Logo', 'contactFirst', 'ogPlatformTitle', 'addressElement', 'ijoSignature'];
function headCommon(e, d, o, extra = '') {
  const ld = articleLd(kit, e, d, o);
  return `<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:title" content="${esc(e.title)}">\n<meta property="og:type" content="article">${o.og ? `\n<meta property="og:site_name" content="${esc(o.og)}">` : ''}${o.author ? `\n<meta name="author" content="${esc(o.author)}">` : ''}${d.urlDate ? `\n<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}-01.html">` : ''}${d.meta ? `\n${d.meta}` : ''}${e.metadata.jsonLd ? `\n<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}${extra}`;
}
const afterBody = (d, o, c) => `${d.after}${o.ijo ? `\n<div class="sign-block"><p style="text-align:right">以　上</p><p style="text-align:right">${esc(o.ijo)}</p></div>` : ''}${o.sigAlt ? `\n<p class="signature" style="text-align:right"><img src="/img/signature.png" alt="${esc(o.sigAlt)}" width="240" height="48"></p>` : ''}${o.contact ? `\n<div class="contact-block"><h3>お問い合わせ先</h3><p>${esc(o.contact)}<br>${pick(['広報室', '総務部', 'お客様相談窓口', '事務局'])}　電話：${c.phone()}<br>受付時間：平日（土日祝日を除く）</p></div>` : ''}`;
const PLATFORM = { wpschool: '学校・園ホームページ', wordhtm: '公開資料', helpdesk: 'ヘルプセンター', mtnet: 'MovableType.net', notionnext: 'Notion', aspnetbs: 'NewsRelease.aspx' };
const titleTag = (o) => (o.h1 ? 'h2' : 'h1');



const uuid = () => `${ids(8)}-${ids(4)}-4${ids(3)}-a${ids(3)}-${ids(12)}`;
const footOrg = (o) => `${o.address ? `<p class="foot-address">${esc(o.address)}</p>` : ''}${addrEl(o)}<p class="copyright">${esc(o.copy)}</p>`;

// 1. wpschool (WordPress-like): a 学校 site on WordPress (Lightning-like theme, wp-block classes): school emblem, 児童数・学級数 box,
//    行事予定 table for the coming days (dates + events), 今日の給食 (menu, エネルギー kcal, たんぱく質 g), アクセスカウンタ 本日/昨日/累計,
//    学校だより list (第N号 with dates), 最新のお知らせ, the release as one post.
function wpschool(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h2 class="wp-block-heading is-style-vk-heading-plain">${b.html}</h2>`, note: (b) => `<div class="wp-block-group is-style-vk-group-alert"><p>${b.html}</p></div>`, table: (b) => `<figure class="wp-block-table is-style-vk-table-border">${tableHtml(b.rows)}</figure>`, p: (h) => `<p class="wp-block-paragraph">${h}</p>` })).join('\n');
  const kids = c.V(120, 980, { comma: false }); const cls = c.V(6, 31, { comma: false });
  const events = Array.from({ length: 5 }, () => c.D(1, 45)).sort().map((dt) => ({ dt, ev: pick(['避難訓練', '授業参観', '個人面談', '委員会活動', '音楽会', '持久走大会', '身体測定', '学校公開日', '給食試食会', '終業式']) }));
  const kcal = c.V(520, 890, { comma: false }); const prot = c.V(21, 38, { comma: false });
  const menu = shuffle(['ごはん', '牛乳', 'さばの味噌煮', '野菜のごま和え', 'けんちん汁', '筑前煮', 'みかん', 'ひじきの炒め煮']).slice(0, 4);
  const today = c.V(40, 900, { comma: false }); const yest = c.V(40, 900, { comma: false }); const total = c.V(100000, 990000);
  const dayori = Array.from({ length: 4 }, () => c.D(-120, -2)).sort().reverse().map((dt) => ({ dt, no: c.V(40, 380, { comma: false }).s }));
  const latest = newsItems(c, 5, F.ja);
  const img = `<img src="/wp-content/uploads/emblem.png" alt="${esc(o.logoAlt)}" width="64" height="64" class="custom-logo">`;
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8">
${headCommon(e, d, o, '\n<meta name="generator" content="WordPress 6.7.1">\n<link rel="stylesheet" id="lightning-design-style-css" href="/wp-content/themes/lightning/_g3/assets/css/style.css?ver=15.27.1" media="all">')}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#333;background:#fffdf5}.container{max-width:1080px;margin:0 auto}.site-header{background:#fff;border-top:6px solid #3a8f3a;padding:8px 16px;display:flex;align-items:center;gap:12px}
.global-nav ul{display:flex;list-style:none;margin:0;padding:6px 16px;background:#3a8f3a;gap:20px}.global-nav a{color:#fff}.site-body-container{display:flex;gap:24px;padding:16px}.main-section{flex:1;background:#fff;padding:20px}.sub-section{width:300px;font-size:13px}
.widget{background:#fff;border:1px solid #cfe3cf;margin-bottom:14px;padding:10px}.widget h3{margin:0 0 6px;font-size:14px;border-left:5px solid #3a8f3a;padding-left:6px}table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px 6px}
.is-style-vk-group-alert{border:1px solid #e99;background:#fff3f3;padding:6px 10px}.breadcrumb ol{display:flex;gap:8px;list-style:none;padding:0;font-size:12px}.entry-meta{color:#666;font-size:13px}
@media print{.site-body-container{display:block}.sub-section{width:auto}.global-nav{display:none}}</style>
</head>
<body class="post-template-default single single-post postid-${ri(100, 9999)} wp-embed-responsive sidebar-fix device-pc fa_v6_css">
<a class="skip-link screen-reader-text" href="#main">コンテンツへスキップ</a>
<header id="site-header" class="site-header site-header--layout--nav-float">${logoHtml(o, `<a href="/">${img}</a>`)}<div class="site-header-sub"><p class="site-header-sub-title">${pick(['みんなでつくる笑顔の学校', '明るく　正しく　たくましく', 'ふるさとを愛し未来をひらく'])}</p></div></header>
<nav id="global-nav" class="global-nav"><ul id="menu-main" class="menu vk-menu-acc global-nav-list nav"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/about/">学校の概要</a></li><li><a href="/category/news/">お知らせ</a></li><li><a href="/category/dayori/">学校だより</a></li><li><a href="/access/">アクセス</a></li></ul></nav>
<div id="breadcrumb" class="breadcrumb"><div class="container"><ol class="breadcrumb-list" itemscope itemtype="https://schema.org/BreadcrumbList"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/category/news/">お知らせ</a></li>${crumbLi(d)}</ol></div></div>
<div class="site-body"><div class="site-body-container container">
<main class="main-section main-section--col--two" id="main">
<article id="post-${ri(100, 9999)}" class="entry entry-full post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><${titleTag(o)} class="entry-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="entry-meta"><span class="entry-meta-item entry-meta-item-date">${dateTop(d)}</span> <span class="entry-meta-item entry-meta-item-author">投稿者：教務担当</span></div></header>
<div class="entry-body">
${body}
</div>
${afterBody(d, o, c)}
<div class="entry-footer"><div class="entry-meta-data-list"><dl><dt>カテゴリー</dt><dd><a href="/category/news/">お知らせ</a></dd></dl></div></div>
</article>
</main>
<div class="sub-section sub-section--col--two">
<aside class="widget widget_vk_widget_pr_content"><h3>本校の概要</h3><p>児童数　${kids.s}名<br>学級数　${cls.s}学級（特別支援学級を含む）</p></aside>
<aside class="widget widget_gyouji"><h3>行事予定</h3><table class="gyouji"><tbody>${events.map((x) => `<tr><th>${F.md(x.dt)}（${wd(x.dt)}）</th><td>${x.ev}</td></tr>`).join('')}</tbody></table></aside>
<aside class="widget widget_kyushoku"><h3>今日の給食</h3><p>${menu.join('、')}</p><p>エネルギー ${kcal.s}kcal／たんぱく質 ${prot.s}g</p></aside>
<aside class="widget widget_dayori"><h3>学校だより</h3><ul>${dayori.map((x) => `<li><a href="/wp-content/uploads/dayori.pdf">学校だより 第${x.no}号</a>（${F.slash(x.dt)}）</li>`).join('')}</ul></aside>
<aside class="widget widget_recent_entries"><h3>最新のお知らせ</h3><ul>${latest.map((n) => `<li><span class="post-date">${n.ds}</span> <a href="#">${esc(n.head)}</a></li>`).join('')}</ul></aside>
<aside class="widget widget_counter"><h3>アクセスカウンタ</h3><p>本日：${today.s}<br>昨日：${yest.s}<br>累計：${total.s}</p></aside>
</div>
</div></div>
<footer class="site-footer"><div class="container site-footer-copyright">${footOrg(o)}<p>Powered by <a href="https://wordpress.org/">WordPress</a> &amp; Lightning Theme</p></div></footer>
<script id="vkExUnicorn-js-extra">var vkExOpt = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","counter":{"today":${today.v},"yesterday":${yest.v},"total":${total.v}}};</script>
</body></html>
`;
}

// 2. wordhtm (old Shift_JIS table layout): a Word 「Web ページとして保存」 export pasted into an old 自治体/公社 table-layout site:
//    the site's header table and left menu around the Word part; xmlns:o/w, mso styles, conditional comments, MsoNormal
//    paragraphs with <o:p></o:p> and <span lang=EN-US>, MsoTableGrid tables, MsoListParagraph items with supportLists markers.
//    Around it: 更新履歴 with dates, 人口 figure, 開庁時間, a visitor counter.
function wordhtm(e, c, d, o, bl) {
  const en = (h) => h.replace(/(^|>)([^<]*)/g, (m, a, t) => a + t.replace(/&#?[a-z0-9]+;|([A-Za-z0-9][A-Za-z0-9.,:/@_-]*)/gi, (m, w) => (w ? `<span lang=EN-US>${w}</span>` : m)));
  const mp = (h, style = '') => `<p class=MsoNormal${style ? ` style='${style}'` : ''}><span style='font-family:"ＭＳ 明朝",serif'>${en(h)}<o:p></o:p></span></p>`;
  const body = bl.map((b) => blockHtml(b, {
    h: (b) => `<p class=MsoNormal><b><span style='font-family:"ＭＳ ゴシック";mso-ascii-font-family:Century'>${en(b.html)}<o:p></o:p></span></b></p>`,
    p: (h) => mp(h, 'text-indent:10.5pt'),
    note: (b) => mp(b.html, 'margin-left:10.5pt;font-size:9.0pt'),
    list: (b) => b.items.map((x, k) => `<p class=MsoListParagraph style='margin-left:21.0pt;text-indent:-21.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US><span style='mso-list:Ignore'>${b.t === 'ol' ? `${k + 1}.` : '・'}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>${en(x)}<o:p></o:p></p>`).join('\n'),
    table: (b) => { const w = Math.max(...b.rows.map((r) => r.length)); return `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>${b.rows.map((r, ri_) => `<tr style='mso-yfti-irow:${ri_}'>${Array.from({ length: w }, (_, k) => `<td width=${Math.floor(560 / w)} valign=top style='border:solid windowtext 1.0pt;padding:0mm 5.4pt 0mm 5.4pt'><p class=MsoNormal>${r[k] !== undefined ? en(inline(r[k])) : ''}<o:p></o:p></p></td>`).join('')}</tr>`).join('\n')}</table>`; },
  })).join('\n');
  const upd = newsItems(c, 5, F.ja, false);
  const pop = c.V(12000, 480000); const hh = c.V(5000, 210000); const asOf = c.D(-60, -1); const cnt = c.V(100000, 990000, { comma: false });
  const img = `<img src="../images/title_logo.gif" width=420 height=64 border=0 alt="${esc(o.logoAlt)}">`;
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=shift_jis">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
${headCommon(e, d, o)}
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>user</o:Author>
  <o:Template>Normal</o:Template>
  <o:Revision>${ri(2, 9)}</o:Revision>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face {font-family:"ＭＳ 明朝"; panose-1:2 2 6 9 4 2 5 8 3 4;}
 @font-face {font-family:Century; panose-1:2 4 6 4 5 5 5 2 3 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; margin:0mm; text-align:justify; text-justify:inter-ideograph; font-size:10.5pt; font-family:"Century",serif;}
 p.MsoListParagraph {margin-top:0mm; margin-right:0mm; margin-bottom:0mm; margin-left:42.0pt; font-size:10.5pt;}
 @page WordSection1 {size:595.3pt 841.9pt; margin:99.25pt 30.0mm 30.0mm 30.0mm; layout-grid:18.0pt;}
 div.WordSection1 {page:WordSection1;}
 table.site {font-size:13px;}
 td.menu a {display:block; padding:3px; border-bottom:1px dotted #999;}
 @media print { table.site {width:100% !important;} td.menu {width:22%;} }
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable {mso-style-name:標準の表; mso-tstyle-rowband-size:0;}
</style>
<![endif]-->
</head>
<body lang=JA link=blue vlink=purple style='tab-interval:42.0pt;text-justify-trim:punctuation' bgcolor="#ffffff">
<table class=site width=760 border=0 cellspacing=0 cellpadding=0 align=center>
<tr><td colspan=2 bgcolor="#dfeee0">${logoHtml(o, img)}</td></tr>
<tr><td colspan=2 bgcolor="#336633" align=right><font color="#ffffff" size=2>${crumbDate(d) ? `${crumbDate(d)}掲載　` : ''}[<a href="../index.html"><font color="#ffffff">${esc(o.crumbHome)}</font></a>] [<a href="../sitemap.html"><font color="#ffffff">サイトマップ</font></a>]</font></td></tr>
<tr><td class=menu width=160 valign=top bgcolor="#f3f8f3">
<p><b>メニュー</b></p><a href="../gaiyo.html">概要</a><a href="../oshirase.html">お知らせ</a><a href="../shiryo.html">公開資料</a><a href="../toiawase.html">お問い合わせ</a>
<p><b>更新履歴</b></p><font size=1>${upd.map((n) => `${n.ds}<br>${esc(n.head)}<br>`).join('')}</font>
<p><font size=1>人口 ${pop.s}人<br>世帯数 ${hh.s}世帯<br>（${F.ja(asOf)}現在）</font></p>
<p><font size=1>開庁時間 平日（土日祝日・年末年始を除く）</font></p>
<p><img src="../cgi-bin/count.cgi?df=top" alt="${cnt.s}" width=90 height=16><br><font size=1>あなたは${cnt.s}人目の訪問者です</font></p>
</td>
<td valign=top style='padding:10px'>
${dateTop(d) ? `<div class=MsoNormal align=right style='text-align:right'>${dateTop(d)}</div>` : ''}
<div class=WordSection1 style='layout-grid:18.0pt'>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt;font-family:"ＭＳ ゴシック"'>${esc(d.heading)}${esc(e.title)}<o:p></o:p></span></b></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
${body}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
</div>
${afterBody(d, o, c)}
</td></tr>
<tr><td colspan=2 bgcolor="#dfeee0" align=center><font size=2>${footOrg(o)}</font></td></tr>
</table>
</body>
</html>
`;
}

// 3. helpdesk (div soup): a Zendesk-like help center article: ヘルプセンター header with search, breadcrumbs (ヘルプセンター > カテゴリ
//    > セクション), article author box (作成日 / 更新 stamps), body paragraphs as <div>s with <div>&nbsp;</div> spacers, headings as
//    bold divs, 「N人中M人がこの記事が役に立ったと言っています」, フォロー count, この記事に含まれる内容 list, 関連記事,
//    最近表示した記事, コミュニティ投稿 with vote/comment counts, HelpCenter JSON with the counts.
function helpdesk(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<div class="hc-h"><div><b>${b.html}</b></div></div>`, p: (h) => `<div>${h}</div>\n<div>&nbsp;</div>`, note: (b) => `<div class="callout callout--warning"><div>${b.html}</div></div>`, table: (b) => `<div class="table-wrap"><div>${tableHtml(b.rows, 'hc-table')}</div></div>` })).join('\n');
  const yes = c.V(3, 400, { comma: false }); const all_ = c.V(yes.v + 1, yes.v + 600, { comma: false }); const fol = c.V(5, 900, { comma: false });
  const upd = c.D(2, 50);
  const rel = shuffle(['パスワードを再設定する方法', 'ログインできない場合', '登録情報を変更するには', '二段階認証の設定', '退会の手続きについて', 'メールが届かない場合']).slice(0, 4);
  const recent = newsItems(c, 3, F.slash, true);
  const posts = Array.from({ length: 3 }, () => ({ t: pick(['ログイン画面が表示されません', '通知メールの設定について', 'アプリの動作が遅い', '請求書の再発行はできますか']), v: c.V(2, 300, { comma: false }).s, cm: c.V(1, 90, { comma: false }).s, dt: c.D() }));
  const hc = { locale: 'ja', article: { id: ri(10000000, 99999999), voteSum: yes.v, voteCount: all_.v, followers: fol.v } };
  const img = `<img src="/hc/theming_assets/logo.png" alt="${esc(o.logoAlt)}">`;
  return `<!DOCTYPE html>
<html dir="ltr" lang="ja">
<head>
<meta charset="utf-8">
<meta content="width=device-width, initial-scale=1.0" name="viewport">
${headCommon(e, d, o, '\n<link rel="stylesheet" href="/hc/theming_assets/style.css" media="all">')}
<style>body{margin:0;font-family:system-ui,"Noto Sans JP",sans-serif;color:#2f3941}.header{display:flex;justify-content:space-between;align-items:center;padding:10px 24px;border-bottom:1px solid #ddd}.container{max-width:1160px;margin:0 auto;padding:0 16px}
.article-container{display:flex;gap:32px}.article{flex:1}.article-sidebar{width:260px;font-size:13px;border-right:1px solid #eee;padding-right:16px}.breadcrumbs{display:flex;gap:6px;list-style:none;padding:0;font-size:13px}.breadcrumbs li+li:before{content:"›";margin-right:6px}
.callout{border-left:4px solid #e8a317;background:#fff8e6;padding:8px 12px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}.article-votes{border-top:1px solid #ddd;text-align:center;padding:16px;font-size:13px}
.article-relatives{display:flex;gap:32px;font-size:13px}.community-posts{font-size:13px}.meta-data{color:#68737d;font-size:13px}
@media print{.article-container,.article-relatives{display:block}.article-sidebar{width:auto;border:none}.search{display:none}}</style>
</head>
<body class="community-enabled">
<a class="skip-navigation" tabindex="1" href="#main-content">メインコンテンツへスキップ</a>
<header class="header"><div class="logo"><a title="${esc(o.crumbHome)}" href="/hc/ja">${logoHtml(o, img)}</a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/ja/requests/new">リクエストを送信</a></li><li><a class="sign-in" href="/hc/ja/signin">サインイン</a></li></ul></nav></div></header>
<main role="main">
<div class="container-divider"></div>
<div class="container">
<div class="sub-nav"><ol class="breadcrumbs"><li title="${esc(o.crumbHome)}"><a href="/hc/ja">${esc(o.crumbHome)}</a></li><li title="重要なお知らせ"><a href="/hc/ja/categories/${ri(1e9, 9e9)}">重要なお知らせ</a></li><li title="お知らせ"><a href="/hc/ja/sections/${ri(1e9, 9e9)}">お知らせ</a></li>${crumbLi(d, (x) => `<li>${x}</li>`)}</ol>
<div class="search-container"><form role="search" class="search" action="/hc/ja/search" method="get"><input type="search" name="query" placeholder="検索"></form></div></div>
<div class="article-container" id="article-container">
<aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">このセクションの記事</h3><ul>${rel.slice(0, 3).map((x) => `<li><a href="#" class="sidenav-item">${x}</a></li>`).join('')}<li><a href="#" class="sidenav-item current-article">${esc(e.title)}</a></li></ul></div></aside>
<article id="main-content" class="article">
<header class="article-header"><${titleTag(o)} title="${esc(e.title)}" class="article-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="article-author"><div class="avatar article-avatar"><img src="/hc/avatar.png" alt="" class="user-avatar"></div><div class="article-meta"><span class="author-name">サポートチーム</span><ul class="meta-group"><li class="meta-data">${dateTop(d)}</li><li class="meta-data">更新 ${F.ja(upd)}</li></ul></div></div>
<a class="article-subscribe button" role="button" href="#">フォローする</a> <span class="follow-count">${fol.s}人がフォロー中</span></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${body}
</div>
${afterBody(d, o, c)}
</div>
<div class="article-votes"><span class="article-votes-question">この記事は役に立ちましたか？</span><div class="article-votes-controls"><button class="button article-vote">はい</button> <button class="button article-vote">いいえ</button></div><small class="article-votes-count"><span class="article-vote-label">${all_.s}人中${yes.s}人がこの記事が役に立ったと言っています</span></small></div>
<div class="article-more-questions">他にご質問がございましたら、<a href="/hc/ja/requests/new">リクエストを送信</a>してください</div>
</section>
<section class="article-relatives"><div class="related-articles"><h3>関連記事</h3><ul>${rel.slice(1).map((x) => `<li><a href="#">${x}</a></li>`).join('')}</ul></div>
<div class="recent-articles"><h3>最近表示した記事</h3><ul>${recent.map((n) => `<li><a href="#">${esc(n.head)}</a> <span class="meta-data">${n.ds}</span></li>`).join('')}</ul></div></section>
<section class="community-posts"><h3>コミュニティ投稿</h3><ul>${posts.map((p) => `<li><a href="#">${p.t}</a> <span class="meta-data">${F.ja(p.dt)}・投票 ${p.v}・コメント ${p.cm}</span></li>`).join('')}</ul></section>
</article>
</div></div>
</main>
<footer class="footer"><div class="footer-inner">${footOrg(o)}<p class="powered-by-zendesk">Powered by HelpDesk</p></div></footer>
<script>window.HelpCenter = ${JSON.stringify(hc)};</script>
</body>
</html>
`;
}

// 4. mtnet (Movable Type): a MovableType.net-hosted small-company blog/news site (2 in EUC-JP): mt-site header, entry with
//    「この記事は約N分で読めます」, タグ with entry counts, 前の記事／次の記事 with dates, カテゴリー with counts, 最近のエントリー,
//    an お問い合わせ box (電話, 営業時間 as words), 「Powered by MovableType.net」, mtapp data attributes.
function mtnet(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h3 class="entry-body-heading">${b.html}</h3>`, note: (b) => `<p class="note" style="font-size:90%;color:#555">${b.html}</p>` })).join('\n');
  const mins = c.V(2, 15, { comma: false });
  const tags = ['お知らせ', '重要', 'セキュリティ', '会社情報'].map((t) => ({ t, n: c.V(2, 180, { comma: false }).s }));
  const prev = c.D(-90, -2); const next = c.D(2, 40);
  const cats = ['ニュース', 'イベント', 'ブログ', '製品情報'].map((t) => ({ t, n: c.V(2, 260, { comma: false }).s }));
  const recent = newsItems(c, 5, F.dots);
  const img = `<img src="/images/site-logo.png" alt="${esc(o.logoAlt)}" width="220" height="44">`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="${enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8'}">
<meta name="generator" content="MovableType.net">
${headCommon(e, d, o, '\n<link rel="stylesheet" href="/styles.css" type="text/css">\n<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml">')}
<style>body{margin:0;font-family:"Hiragino Kaku Gothic ProN",Meiryo,sans-serif;color:#333;background:#faf8f4}#container{max-width:1000px;margin:0 auto;background:#fff}#header{padding:16px 24px;border-bottom:2px solid #b55}#nav ul{display:flex;gap:18px;list-style:none;padding:6px 24px;margin:0;background:#f2e6e6}
#content-wrap{display:flex;gap:24px;padding:20px 24px}#main{flex:1}#sidebar{width:250px;font-size:13px}.widget{margin-bottom:16px}.widget h3{font-size:14px;border-bottom:1px solid #b55}.entry-meta{font-size:13px;color:#777}.reading-time{font-size:12px;background:#f6f0e8;display:inline-block;padding:2px 8px}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px}.entry-tags a{margin-right:8px}.content-nav{display:flex;justify-content:space-between;font-size:13px;border-top:1px solid #ddd;padding-top:8px}
@media print{#content-wrap{display:block}#sidebar{width:auto}#nav{display:none}}</style>
</head>
<body id="mtnet-theme" class="mt-entry-archive" data-mtnet-blog-id="${ri(1000, 99999)}">
<div id="container"><div id="header"><div class="site-branding"><a href="/" data-mt-link="index">${logoHtml(o, img)}</a></div><p class="site-description">${pick(['暮らしに寄り添うものづくり', '技術で未来をつなぐ', '地域のくらしを支える'])}</p></div>
<nav id="nav"><ul><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/about/">会社概要</a></li><li><a href="/news/">ニュース</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></nav>
<div class="breadcrumb"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="/news/">ニュース</a>${crumbDate(d) ? ` &gt; <span>${crumbDate(d)}</span>` : ''}</div>
<div id="content-wrap"><div id="main">
<article class="entry-asset asset hentry" id="entry-${ri(100, 9999)}" data-mt-entry-basename="${ids(8)}">
<div class="asset-header"><${titleTag(o)} class="asset-name entry-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="entry-meta asset-meta"><span class="byline">${dateTop(d)}</span></div>
<p class="reading-time">この記事は約${mins.s}分で読めます</p></div>
<div class="asset-content entry-content"><div class="asset-body">
${body}
</div></div>
${afterBody(d, o, c)}
<div class="entry-tags"><h4>タグ</h4>${tags.map((t) => `<a href="/tags/${encodeURIComponent(t.t)}/" rel="tag">${t.t}（${t.n}）</a>`).join('')}</div>
</article>
<nav class="content-nav"><a class="previous-link" href="#">« ${esc(pick(HEADLINES))}（${F.dots(prev)}）</a><a class="next-link" href="#">${esc(pick(HEADLINES))}（${F.dots(next)}） »</a></nav>
</div>
<div id="sidebar">
<div class="widget widget-recent-entries"><h3>最近のエントリー</h3><ul>${recent.map((n) => `<li><a href="#">${esc(n.head)}</a><br><span class="entry-meta">${n.ds}</span></li>`).join('')}</ul></div>
<div class="widget widget-category"><h3>カテゴリー</h3><ul>${cats.map((x) => `<li><a href="#">${x.t} (${x.n})</a></li>`).join('')}</ul></div>
<div class="widget widget-contact"><h3>お問い合わせ</h3><p>電話：${c.phone()}<br>営業時間：平日（土日祝を除く）</p></div>
</div></div>
<footer id="footer">${footOrg(o)}<p class="powered">Powered by <a href="https://movabletype.net/">MovableType.net</a></p></footer>
</div>
<script src="/mtnet/js/mtapp.js" data-mt-blog-id="${ri(1000, 99999)}"></script>
</body>
</html>
`;
}

// 5. notionnext (Next.js page): a Notion page published through a Next.js site builder (super/react-notion-x-like): #__next,
//    notion-app/notion-page, every block a div with data-block-id, text split over many styled spans (notion-semantic-string),
//    page properties (タグ, 作成日時 / 最終更新日時 as decoys), 「Published with Notion」, a sidebar of 最新のお知らせ database
//    rows with dates and figures, 会社データ (従業員数, 拠点数), __NEXT_DATA__ with the recordMap's figures.
function notionnext(e, c, d, o, bl) {
  const spl = (h) => { if (/[<&]/.test(h)) return `<span class="notion-semantic-string">${h}</span>`; const parts = []; let s = h; while (s.length > 14) { const k = ri(5, Math.min(30, s.length - 1)); parts.push(s.slice(0, k)); s = s.slice(k); } parts.push(s); return `<span class="notion-semantic-string">${parts.map((p, k) => (k % 3 === 1 ? `<span class="notion-bold" style="font-weight:inherit">${p}</span>` : `<span>${p}</span>`)).join('')}</span>`; };
  const blk = (cls, inner, tag = 'div') => `<${tag} class="notion-${cls} notion-block-${ids(32)}" data-block-id="${uuid()}">${inner}</${tag}>`;
  const body = bl.map((b) => blockHtml(b, {
    h: (b) => blk('h notion-h2', spl(b.html), 'h3'),
    p: (h) => blk('text', spl(h)),
    note: (b) => blk('callout notion-gray_background_co', `<div class="notion-page-icon-inline">💡</div><div class="notion-callout-text">${spl(b.html)}</div>`),
    list: (b) => `<${b.t} class="notion-list notion-list-${b.t === 'ol' ? 'numbered' : 'disc'}">${b.items.map((x) => `<li class="notion-block-${ids(32)}">${spl(x)}</li>`).join('')}</${b.t}>`,
    table: (b) => blk('simple-table', `<table class="notion-simple-table"><tbody>${b.rows.map((r) => `<tr class="notion-simple-table-row">${r.map((x) => `<td><div class="notion-simple-table-cell">${inline(x)}</div></td>`).join('')}</tr>`).join('')}</tbody></table>`),
  })).join('\n');
  const created = c.D(-20, -1); const edited = c.D(1, 30);
  const news = newsItems(c, 5, F.ja);
  const staff = c.V(30, 9800); const sites = c.V(3, 60, { comma: false }); const views = c.V(500, 99000);
  const nd = { props: { pageProps: { site: { name: PLATFORM.notionnext, rootNotionPageId: ids(32) }, recordMap: { block: { [uuid()]: { value: { type: 'page', properties: { views: views.v, staff: staff.v } } } } }, sidebar: news.map((n) => ({ date: n.date, title: n.head })) } }, page: '/[pageId]', query: { pageId: ids(32) }, buildId: ids(21), isFallback: false, gsp: true, scriptLoader: [] };
  const img = `<img src="/_next/image?url=%2Flogo.png&amp;w=256&amp;q=75" alt="${esc(o.logoAlt)}" width="128" height="32" decoding="async">`;
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
${headCommon(e, d, o, '\n<meta name="next-head-count" content="12"/>\n<link rel="preload" href="/_next/static/css/8f3a2c1d.css" as="style"/>')}
<style>body{margin:0;font-family:ui-sans-serif,-apple-system,"Noto Sans JP",sans-serif;color:#37352f}.notion-header{display:flex;justify-content:space-between;align-items:center;padding:8px 20px;border-bottom:1px solid #eee;position:sticky;top:0;background:#fff}
.layout{display:flex;gap:32px;max-width:1100px;margin:0 auto;padding:24px}.notion-page{flex:1;max-width:720px}.side{width:280px;font-size:13px}.notion-title{font-size:32px;font-weight:700}.notion-collection-row{font-size:13px;color:#787774;border-bottom:1px solid #eee;padding:8px 0}
.notion-text{padding:3px 2px;white-space:pre-wrap}.notion-callout{display:flex;gap:8px;background:#f1f1ef;padding:12px;border-radius:4px}.notion-simple-table{border-collapse:collapse}.notion-simple-table td{border:1px solid #e9e9e7;padding:6px 8px}
.side-card{border:1px solid #eee;border-radius:6px;padding:10px;margin-bottom:12px}.notion-footer{font-size:12px;color:#999;text-align:center;padding:24px}
@media print{.layout{display:block}.side{width:auto}.notion-header{position:static}}</style>
</head>
<body><div id="__next"><div class="notion notion-app light-mode notion-block-${ids(32)}"><div class="notion-viewport"></div>
<header class="notion-header"><div class="notion-nav-header"><div class="breadcrumbs"><a class="breadcrumb" href="/">${logoHtml(o, img)}<span class="title">${esc(o.crumbHome)}</span></a><span class="spacer">/</span><a class="breadcrumb" href="/news"><span class="title">お知らせ</span></a>${crumbDate(d) ? `<span class="spacer">/</span><span class="breadcrumb"><span class="title">${crumbDate(d)}</span></span>` : ''}</div>
<div class="notion-nav-header-rhs breadcrumbs"><a href="/about" class="breadcrumb button">会社概要</a><a href="/recruit" class="breadcrumb button">採用</a><a href="/contact" class="breadcrumb button">お問い合わせ</a></div></div></header>
<div class="layout"><main class="notion-page notion-page-no-cover notion-full-page">
<${titleTag(o)} class="notion-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="notion-collection-row"><div class="notion-collection-row-body"><div class="notion-collection-row-property"><span class="notion-collection-column-title">公開</span> <span class="notion-property notion-property-date">${dateTop(d)}</span></div><div class="notion-collection-row-property"><span class="notion-collection-column-title">タグ</span> <span class="notion-property-select-item">お知らせ</span></div><div class="notion-collection-row-property"><span class="notion-collection-column-title">作成日時</span> ${F.slash(created)} ${pad(ri(8, 19))}:${pad(ri(0, 59))}</div></div></div>
<div class="notion-page-content"><article class="notion-page-content-inner">
${body}
${afterBody(d, o, c)}
</article></div>
<p class="notion-last-edited">最終更新日時：${F.ja(edited)}　閲覧数 ${views.s}</p>
</main>
<aside class="side"><div class="side-card"><h4>最新のお知らせ</h4><ul>${news.map((n) => `<li><span class="notion-property-date">${n.ds}</span><br>${esc(n.head)}</li>`).join('')}</ul></div>
<div class="side-card"><h4>会社データ</h4><p>従業員数 ${staff.s}名<br>拠点数 ${sites.s}か所</p></div></aside></div>
<footer class="notion-footer">${footOrg(o)}<p>Published with Notion</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nd)}</script>
<script src="/_next/static/chunks/webpack-${ids(16)}.js" defer=""></script><script src="/_next/static/chunks/pages/%5BpageId%5D-${ids(16)}.js" defer=""></script>
</body></html>
`;
}

// 6. aspnetbs (Bootstrap CMS): an ASP.NET WebForms corporate site on Bootstrap 4 (3 in EUC-JP): <form id="form1"> around the page,
//    a long __VIEWSTATE and __EVENTVALIDATION, ctl00_ ids, 株価 widget (現在値 円, 前日比, 出来高, 時点 date), 為替 (USD/JPY whole yen),
//    新着情報 repeater (ctl00_rptNews_ctlNN_lblDate), IR カレンダー (決算発表予定日), footer 資本金・従業員数・設立.
function aspnetbs(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h4 class="h5 border-left border-primary pl-2 mt-4">${b.html}</h4>`, note: (b) => `<p class="small text-muted">${b.html}</p>`, tableClass: 'table table-bordered table-sm' })).join('\n');
  const vs = Buffer.from(Array.from({ length: ri(2400, 4200) }, () => ri(0, 255))).toString('base64');
  const ev = Buffer.from(Array.from({ length: ri(120, 300) }, () => ri(0, 255))).toString('base64');
  const price = c.V(400, 9800); const diff = c.V(2, 180, { comma: false }); const vol = c.V(10000, 990000); const at = c.D(-3, 3);
  const usd = c.V(138, 162, { comma: false });
  const news = newsItems(c, 6, F.slash);
  const ir = c.D(10, 80);
  const cap = c.V(100, 9800); const staff = c.V(50, 9800); const est = c.V(1948, 2005, { comma: false });
  const img = `<img id="ctl00_imgLogo" src="/Images/logo.png" alt="${esc(o.logoAlt)}" style="height:40px;">`;
  return `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=${enc === 'EUC-JP' ? 'euc-jp' : 'utf-8'}" />
${headCommon(e, d, o, '\n<link href="/Content/bootstrap.min.css" rel="stylesheet" />')}
<style>body{font-family:Meiryo,"Noto Sans JP",sans-serif;color:#212529;margin:0;font-size:15px}.container{max-width:1140px;margin:0 auto;padding:0 15px}.row{display:flex;gap:24px}.col-lg-8{flex:2}.col-lg-4{flex:1;font-size:13px}.navbar{background:#003a70;padding:8px 16px;display:flex;justify-content:space-between;align-items:center}.navbar a{color:#fff;margin-left:16px}
.card{border:1px solid #dee2e6;border-radius:4px;margin-bottom:14px}.card-header{background:#f1f4f8;padding:6px 10px;font-weight:bold}.card-body{padding:8px 10px}.table{border-collapse:collapse}.table td,.table th{border:1px solid #dee2e6;padding:4px 8px}.breadcrumb{display:flex;gap:8px;list-style:none;padding:8px 0;font-size:13px}
.text-success{color:#198754}.small{font-size:85%}footer{background:#eef1f5;padding:14px 0;font-size:13px;margin-top:24px}
@media print{.row{display:block}.navbar .navbar-nav{display:none}}</style>
</head>
<body>
<form method="post" action="./NewsDetail.aspx?id=${ri(100, 9999)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEP${vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="${ids(8).toUpperCase()}" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEd${ev}" /></div>
<nav class="navbar navbar-expand-lg navbar-dark"><a class="navbar-brand" id="ctl00_hlHome" href="/Default.aspx">${logoHtml(o, img)}</a><div class="navbar-nav" id="ctl00_pnlMenu"><a class="nav-link" href="/Company/">企業情報</a><a class="nav-link" href="/Products/">製品・サービス</a><a class="nav-link" href="/IR/">IR情報</a><a class="nav-link" href="/News/">ニュース</a><a class="nav-link" href="/Contact/">お問い合わせ</a></div></nav>
<div class="container">
<ol class="breadcrumb" id="ctl00_ContentPlaceHolder1_ucBreadcrumb_olCrumb"><li class="breadcrumb-item"><a href="/Default.aspx">${esc(o.crumbHome)}</a></li><li class="breadcrumb-item"><a href="/News/">ニュースリリース</a></li>${crumbLi(d, (x) => `<li class="breadcrumb-item active">${x}</li>`)}</ol>
<div class="row">
<div class="col-lg-8" id="ctl00_ContentPlaceHolder1_pnlDetail">
<${titleTag(o)} class="h3 mb-2" id="ctl00_ContentPlaceHolder1_lblTitle">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<p class="text-muted small"><span id="ctl00_ContentPlaceHolder1_lblDate">${dateTop(d)}</span></p>
<div id="ctl00_ContentPlaceHolder1_divBody" class="news-body">
${body}
</div>
${afterBody(d, o, c)}
<p class="mt-4"><a id="ctl00_ContentPlaceHolder1_lnkBack" class="btn btn-outline-secondary btn-sm" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkBack','')">一覧へ戻る</a></p>
</div>
<div class="col-lg-4" id="ctl00_pnlSide">
<div class="card" id="ctl00_ucStock_pnlStock"><div class="card-header">株価情報</div><div class="card-body"><p class="mb-1">現在値 <span id="ctl00_ucStock_lblPrice" class="h5">${price.s}</span>円</p><p class="mb-1 text-success">前日比 +${diff.s}円</p><p class="mb-1">出来高 ${vol.s}株</p><p class="small text-muted">${F.slash(at)} 終値</p></div></div>
<div class="card" id="ctl00_ucFx_pnlFx"><div class="card-header">為替レート</div><div class="card-body"><p class="mb-0">USD/JPY　${usd.s}円台</p></div></div>
<div class="card"><div class="card-header">新着情報</div><div class="card-body"><ul class="list-unstyled mb-0">${news.map((n, k) => `<li class="mb-1"><span id="ctl00_rptNews_ctl${pad(k)}_lblDate" class="text-muted">${n.ds}</span><br><a id="ctl00_rptNews_ctl${pad(k)}_hlTitle" href="/News/NewsDetail.aspx?id=${ri(100, 9999)}">${esc(n.head)}</a></li>`).join('')}</ul></div></div>
<div class="card"><div class="card-header">IRカレンダー</div><div class="card-body"><p class="mb-0">決算発表予定日：${F.ja(ir)}</p></div></div>
</div></div></div>
<footer><div class="container"><p class="mb-1">資本金 ${cap.s}百万円　従業員数 ${staff.s}名（連結）　設立 ${est.s}年</p>${footOrg(o)}</div></footer>
</form>
</body>
</html>
`;
}

// ---------- documents ----------
// (make-pages-t.mjs's document maker; here the layouts are dealt in turn so that each occurs) Four layouts: `plain` (page numbers 「- N -」), `bessi` (the release's tables and lists moved to a 別紙 page at the end, 「（別紙のとおり）」
// where they stood, footer 「N / M」), `annex2col` (those on a 別紙 page set in two CSS columns), `wrapTable` (narrow
// fixed-layout tables whose cells wrap, a running header with the title, footer 「N ページ」).
let docTurn = 0;
const docHtml = (e, c, bl) => documentHtml(e, c, bl, (annexable) => (annexable ? ['annex2col', 'bessi', 'wrapTable', 'plain'][docTurn++ % 4] : pick(['plain', 'wrapTable'])));


// ---------- build ----------
const styles = shuffle([...Array(7).fill('wpschool'), ...Array(7).fill('wordhtm'), ...Array(7).fill('helpdesk'), ...Array(7).fill('mtnet'), ...Array(6).fill('notionnext'), ...Array(6).fill('aspnetbs')]);
const dateModes = shuffle(Array.from({ length: 40 }, (_, k) => DATE_MODES[k % DATE_MODES.length]));
const orgModes = shuffle(Array.from({ length: 40 }, (_, k) => ORG_MODES[k % ORG_MODES.length]));
const entries = chosen.map((p, k) => ({ ...p, id: `v${pad(k + 1)}`, style: styles[k], dateMode: dateModes[k], orgMode: orgModes[k] }));
let mtEuc = 0, aspEuc = 0;
for (const e of entries) e.encoding = e.style === 'wordhtm' ? 'Shift_JIS' : e.style === 'mtnet' ? (mtEuc++ < 2 ? 'EUC-JP' : 'UTF-8') : e.style === 'aspnetbs' ? (aspEuc++ < 3 ? 'EUC-JP' : 'UTF-8') : 'UTF-8';
const docIds = new Set(entries.slice().sort((a, b) => a.body.length - b.body.length || a.id.localeCompare(b.id)).slice(0, 10).map((e) => e.id));
writeBlindSet(kit, { out: OUT, entries, families: { wpschool, wordhtm, helpdesk, mtnet, notionnext, aspnetbs }, dateParts, orgParts, docIds, docHtml });
