#!/usr/bin/env node
// Makes fixtures/pages-u, the twenty-first blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as news pages in six new site families (Cocoon-like WordPress, a
// Shift_JIS Perl-CGI 掲示板, a blog platform, PowerCMS 自治体-style, a press-release distribution site, Drupal +
// Bootstrap), plus Word-style document sources for the 10 shortest. Written without reading the tool; the release
// drawing, numeral/date forms, modes, encoding table and decoy checks are make-pages-t.mjs's.
// Usage: node scripts/make-pages-u.mjs --seed 20261212   (then print-blind-pages.mjs --set u, check-blind-pages.mjs --set u)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-u');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261212;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { rand, ri, pick, chance, shuffle, own, all, chosen, KD, kanji, pad, esc, wd, dp, F, fw, kanjiDate, inline, plain, blocks, tableHtml, blockHtml, ctxFor, HEADLINES, newsItems, documentHtml } = kit;
const { dateParts, orgParts, timeEl, svgLogo, dateTop, logoHtml, ids } = blindSetModes(kit, { platformOf: (style) => PLATFORM[style] });

// ---------- date and organization modes ----------
const DATE_MODES = ['koukaiKoushin', 'dots', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'hyphenIso', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'fwJa', 'uketsuke', 'urlAndTitle', 'dlAfter', 'articleFooter', 'thHead', 'eraFw', 'postedWeekdayTime', 'splitSpans', 'dlKeisaiStart', 'reiwaKanji'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address', 'metaAuthor', 'signatureAlt', 'h1Logo', 'contactFirst', 'ogPlatformTitle'];
function headCommon(e, d, o, extra = '') {
  const ld = articleLd(kit, e, d, o);
  return `<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:title" content="${esc(e.title)}">\n<meta property="og:type" content="article">${o.og ? `\n<meta property="og:site_name" content="${esc(o.og)}">` : ''}${o.author ? `\n<meta name="author" content="${esc(o.author)}">` : ''}${d.urlDate ? `\n<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}-01.html">` : ''}${d.meta ? `\n${d.meta}` : ''}${e.metadata.jsonLd ? `\n<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}${extra}`;
}
const afterBody = (d, o, c) => `${d.after}${o.sigAlt ? `\n<p class="signature" style="text-align:right"><img src="/img/signature.png" alt="${esc(o.sigAlt)}" width="240" height="48"></p>` : ''}${o.contact ? `\n<div class="contact-block"><h3>お問い合わせ先</h3><p>${esc(o.contact)}<br>${pick(['広報室', '総務部', 'お客様相談窓口', '事務局'])}　電話：${c.phone()}<br>受付時間：平日（土日祝日を除く）</p></div>` : ''}`;
const PLATFORM = { wpcocoon: 'ニュースまとめ', cgibbs: 'お知らせ掲示板', ameblog: 'ことのはブログ', powercms: 'PowerCMS Cloud', prwire: 'PRワイヤ', drupalbs: 'Drupal' };
const titleTag = (o) => (o.h1 ? 'h2' : 'h1');


const hx = (b) => b.html;
const FAKECOS = ['株式会社サンライズ工業', '株式会社ミドリ食品', 'あおば電機株式会社', '株式会社ネクストリンク', '東和物流株式会社', '株式会社ひかり書房', 'さくらソリューションズ株式会社', '株式会社みなと不動産'];
const firstPara = (bl) => (bl.find((b) => b.t === 'p') || { text: '' }).text;

// 1. wpcocoon: WordPress on a Japanese theme (Cocoon/SWELL-like) of a small company or 事務所: 目次 box built from the headings,
//    SNS share counts, この記事を書いた人 profile (記事数), 人気記事 with view counts, 関連記事 cards with dates, a next-article preview
//    with its first paragraph (a date, 定員, 参加費), カテゴリー counts, 最新のお知らせ.
function wpcocoon(e, c, d, o, bl) {
  const heads = bl.filter((b) => b.t === 'h');
  let hn = 0;
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h2 id="toc${++hn}" class="wp-block-heading">${b.html}</h2>`, note: (b) => `<div class="wp-block-cocoon-blocks-icon-box common-icon-box information-box"><p>${b.html}</p></div>`, tableClass: 'wp-block-table' })).join('\n');
  const toc = heads.length ? `<div id="toc" class="toc tnt-number toc-center"><input type="checkbox" class="toc-checkbox" id="toc-checkbox-1" checked><label class="toc-title" for="toc-checkbox-1">目次</label><div class="toc-content"><ol class="toc-list open">${heads.map((h, k) => `<li><a href="#toc${k + 1}" tabindex="0">${h.html}</a></li>`).join('')}</ol></div></div>` : '';
  const pop = newsItems(c, 5, F.slash, false).map((n) => ({ ...n, pv: c.V(1200, 98000).s }));
  const rel = newsItems(c, 4, F.dots);
  const latest = newsItems(c, 5, F.ja);
  const nd = c.D(5, 60); const cap = c.V(20, 300, { comma: false }); const fee = c.V(1000, 9800);
  const share = [c.V(12, 900, { comma: false }), c.V(12, 900, { comma: false })];
  const img = `<img src="/wp-content/uploads/logo.png" alt="${esc(o.logoAlt)}" width="260" height="50" class="site-logo-image header-site-logo-image">`;
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8">
${headCommon(e, d, o, '\n<meta name="generator" content="WordPress 6.6.2">\n<link rel="stylesheet" id="cocoon-style-css" href="/wp-content/themes/cocoon-master/style.css?ver=6.6.2" media="all">')}
<style>body{font-family:"Noto Sans JP",sans-serif;color:#333;margin:0;background:#f5f6f7}.wrap{max-width:1100px;margin:0 auto}#content-in{display:flex;gap:24px}.main{flex:1;background:#fff;padding:24px}.sidebar{width:320px;background:#fff;padding:16px;font-size:13px}
.toc{border:1px solid #ccc;padding:12px 20px;margin:16px auto;width:80%;font-size:14px}.toc-title{display:block;text-align:center;font-weight:bold}.toc-checkbox{display:none}
.entry-content h2{background:#2c6e9b;color:#fff;padding:8px 12px;font-size:18px}.information-box{border:1px solid #9ad;background:#eef6fb;padding:8px 12px 8px 48px}
.wp-block-table table,table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px}.author-box{border:1px solid #ddd;padding:12px;margin-top:24px;font-size:13px}
.related-entry-card{display:flex;gap:8px;border-bottom:1px dotted #ccc;padding:6px 0}.pager-post-navi{border:1px solid #ddd;padding:12px;margin-top:16px;font-size:13px}
#header{background:#fff;border-bottom:3px solid #2c6e9b;padding:10px 0}#navi ul{display:flex;gap:16px;list-style:none;background:#2c6e9b;margin:0;padding:8px}#navi a{color:#fff}
@media print{#content-in{display:block}.sidebar{width:auto}#navi{display:none}}</style>
</head>
<body class="post-template-default single single-post postid-${ri(300, 9999)} single-format-standard public-page page-body categoryid-${ri(2, 30)} ff-noto-sans-jp fz-16px fw-400 hlt-center-logo-wrap ect-entry-card-wrap rect-entry-card-wrap no-scrollable-sidebar no-scrollable-main sidebar-right mblt-footer-mobile-buttons scrollable-mobile-buttons author-admin mobile-button-fmb no-mobile-sidebar no-sp-snippet font-awesome-4 thumb-wide">
<div id="container" class="container cf">
<div id="header-container" class="header-container"><div id="header" class="header cf"><div id="header-in" class="header-in wrap cf">
<div class="tagline" itemprop="alternativeHeadline">${pick(['地域とともに歩む', 'お客様の安心のために', '確かな技術とサービス'])}</div>
<div class="logo logo-header logo-image"><a href="/" class="site-name site-name-text-link" itemprop="url">${logoHtml(o, img)}</a></div>
</div></div>
<nav id="navi" class="navi cf"><div id="navi-in" class="navi-in wrap cf"><ul id="menu-global" class="menu-top menu-header menu-pc"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/company/">会社案内</a></li><li><a href="/service/">サービス</a></li><li><a href="/news/">お知らせ</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></div></nav></div>
<div id="content" class="content cf"><div id="content-in" class="content-in wrap">
<main id="main" class="main">
<div id="breadcrumb" class="breadcrumb breadcrumb-category sbp-main-bottom"><div class="breadcrumb-home"><a href="/">${esc(o.crumbHome)}</a></div> <span class="sp">&gt;</span> <div class="breadcrumb-item"><a href="/category/news/">お知らせ</a></div></div>
<article id="post-${ri(300, 9999)}" class="article post type-post status-publish format-standard hentry category-news-post">
<header class="article-header entry-header"><${titleTag(o)} class="entry-title" itemprop="headline">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="date-tags">${dateTop(d)}</div></header>
<div class="sns-share ss-top ss-col-6 bc-brand-color sbc-hide ss-top"><div class="sns-share-message">シェアする</div><a class="share-button twitter-button">X <span class="share-count">${share[0].s}</span></a><a class="share-button facebook-button">Facebook <span class="share-count">${share[1].s}</span></a><a class="share-button hatebu-button">はてブ</a></div>
<div class="entry-content cf" itemprop="mainEntityOfPage">
${toc}
${body}
</div>
${afterBody(d, o, c)}
<footer class="article-footer entry-footer"><div class="entry-categories-tags ctdt-one-row"><div class="entry-categories"><a class="cat-link cat-link-1" href="/category/news/">お知らせ</a></div></div></footer>
</article>
<div class="author-box border-element no-icon cf"><div class="author-widget-name">この記事を書いた人</div><figure class="author-thumb"><img src="/wp-content/uploads/avatar.png" alt="" width="100" height="100"></figure><div class="author-content"><div class="author-name"><a href="/author/admin/">広報担当</a></div><div class="author-description"><p>当サイトの運営を担当しています。これまでに${c.V(30, 800, { comma: false }).s}本の記事を執筆しました。</p></div></div></div>
<aside id="related-entries" class="related-entry-card-wrap related-entries ect-entry-card-wrap"><h2 class="related-entry-heading"><span class="related-entry-main-heading main-caption">関連記事</span></h2>
<div class="related-list">${rel.map((n) => `<a href="/news/${ri(100, 999)}/" class="related-entry-card-wrap a-wrap"><article class="related-entry-card e-card cf"><figure class="related-entry-card-thumb card-thumb"><img src="/wp-content/uploads/noimage.png" alt="" width="160" height="90"></figure><div class="related-entry-card-content card-content"><h3 class="related-entry-card-title card-title">${esc(n.head)}</h3><div class="related-entry-card-meta card-meta"><span class="post-date">${n.ds}</span></div></div></article></a>`).join('')}</div></aside>
<div id="pager-post-navi" class="pager-post-navi post-navi-default cf"><a href="/news/${ri(100, 999)}/" class="next-post a-wrap cf" title="次の記事"><div class="iconfont next-icon">次の記事 &gt;</div><div class="next-post-title">${esc(pick(['オンライン説明会のご案内', '無料相談会開催のお知らせ', '見学会のお知らせ']))}</div><div class="next-post-snippet">${F.ja(nd)}（${wd(nd)}）に説明会を開催いたします。定員は${cap.s}名、参加費は${fee.s}円（税込）です。お早めにお申し込みください。</div></a></div>
</main>
<div id="sidebar" class="sidebar nwa cf" role="complementary">
<aside id="popular_entries-2" class="widget widget-sidebar widget_popular_entries"><h3 class="widget-sidebar-title widget-title">人気記事</h3><div class="popular-entry-cards widget-entry-cards no-icon cf ranking-visible">${pop.map((n, k) => `<a href="/news/${ri(100, 999)}/" class="popular-entry-card-link a-wrap no-${k + 1}"><div class="popular-entry-card widget-entry-card e-card cf"><div class="popular-entry-card-content card-content"><span class="popular-entry-card-title card-title">${esc(n.head)}</span><span class="popular-entry-card-pv widget-entry-card-pv">${n.pv} views</span><div class="popular-entry-card-date widget-entry-card-date"><span class="popular-entry-card-post-date post-date">${n.ds}</span></div></div></div></a>`).join('')}</div></aside>
<aside id="new_entries-2" class="widget widget-sidebar widget_new_entries"><h3 class="widget-sidebar-title widget-title">最新のお知らせ</h3><ul>${latest.map((n) => `<li><span class="post-date">${n.ds}</span> <a href="#">${esc(n.head)}</a></li>`).join('')}</ul></aside>
<aside id="categories-2" class="widget widget-sidebar widget_categories"><h3 class="widget-sidebar-title widget-title">カテゴリー</h3><ul>${['お知らせ', 'イベント', 'コラム', '採用'].map((x) => `<li class="cat-item"><a href="#">${x}<span class="post-count">${c.V(3, 240, { comma: false }).s}</span></a></li>`).join('')}</ul></aside>
</div></div></div>
<footer id="footer" class="footer footer-container nwa cf"><div class="footer-bottom-content"><div class="source-org copyright">${esc(o.copy)}</div>${o.address ? `<div class="footer-address">${esc(o.address)}</div>` : ''}</div></footer>
</div>
<script src="/wp-content/themes/cocoon-master/javascript.js?ver=6.6.2" id="cocoon-js-js"></script>
</body></html>
`;
}

// 2. cgibbs: a Shift_JIS Perl-CGI お知らせ掲示板 (KENT-WEB-like) with one post shown by permalink: 記事No / 件名 / 投稿者 /
//    投稿日 stamps, the post's body, [返信] link, a 過去ログ list of other posts with their stamps and 記事No, page links, an access
//    counter as digit images (alt digits) and text (本日 / 昨日), 管理者 link, the script's credit line.
function cgibbs(e, c, d, o, bl) {
  const no = c.V(120, 4800, { comma: false });
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<p><font color="#800000"><b>■${b.html}</b></font></p>`, note: (b) => `<p><font color="#666666">${b.html}</font></p>`, table: (b) => tableHtml(b.rows, '', ' border="1" cellpadding="3" cellspacing="0"') })).join('\n');
  const logs = Array.from({ length: 6 }, () => c.D(-200, -3)).sort().reverse().map((dt) => ({ dt, no: c.V(40, 4700, { comma: false }).s, head: pick(HEADLINES), res: c.V(1, 40, { comma: false }).s }));
  const cnt = c.V(120000, 990000, { comma: false }); const today = c.V(60, 900, { comma: false }); const yest = c.V(60, 900, { comma: false });
  const stamp = (iso) => { const [y, m, dd] = dp(iso); return `${y}/${pad(m)}/${pad(dd)}(${wd(iso)}) ${pad(ri(8, 20))}:${pad(ri(0, 59))}`; };
  const img = `<img src="./img/title.gif" alt="${esc(o.logoAlt)}" width="400" height="60" border="0">`;
  const dateRow = d.line || d.top || d.datetime ? `<tr><td nowrap>投稿日</td><td>：${dateTop(d)}</td></tr>` : '';
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="content-type" content="text/html; charset=shift_jis">
<meta http-equiv="content-style-type" content="text/css">
${headCommon(e, d, o)}
<style type="text/css">
<!--
body,td,th { font-size:13px; font-family:"ＭＳ Ｐゴシック","MS UI Gothic",Osaka,sans-serif; }
a:hover { color:#dd0000; }
.num { font-family:Verdana,Helvetica,Arial; }
table.art { border:1px solid #8ba6c7; background:#ffffff; width:92%; }
td.sub { color:#006600; font-weight:bold; }
-->
</style>
</head>
<body bgcolor="#f0f0f0" text="#000000" link="#0000ff" vlink="#800080">
<div align="center">
${logoHtml(o, img)}
<table><tr><td align="center">
[<a href="./index.html">${o.crumbHome === 'ホーム' ? 'トップに戻る' : esc(o.crumbHome)}</a>] [<a href="./joyful.cgi">お知らせ一覧</a>] [<a href="./joyful.cgi?mode=find">ワード検索</a>] [<a href="./joyful.cgi?mode=past">過去ログ</a>] [<a href="./admin.cgi">管理用</a>]
</td></tr></table>
<hr width="92%" size="1" noshade>
<table class="art" cellpadding="6" cellspacing="0"><tr><td>
<table cellpadding="1" cellspacing="0">
<tr><td nowrap>記事No</td><td>：<span class="num"><b>${no.s}</b></span> [<a href="./joyful.cgi?mode=res&amp;no=${no.s}">返信</a>]</td></tr>
<tr><td nowrap>件名</td><td class="sub">：${esc(d.heading)}${esc(e.title)}</td></tr>
<tr><td nowrap>投稿者</td><td>：<b>管理者</b></td></tr>
${dateRow}
</table>
<div style="margin:12px 24px;line-height:1.6">
${body}
${afterBody(d, o, c)}
</div>
</td></tr></table>
<br>
<table width="92%" cellpadding="4" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td bgcolor="#8ba6c7"><font color="#ffffff"><b>▼過去ログ</b></font></td></tr>
${logs.map((l) => `<tr><td>[<span class="num">${l.no}</span>] <a href="./joyful.cgi?mode=view&amp;no=${l.no}">${esc(l.head)}</a> - 管理者 <font color="#888888">${stamp(l.dt)}</font> (返信${l.res}件)</td></tr>`).join('\n')}
</table>
<p>ページ： <b>1</b> <a href="./joyful.cgi?page=10">2</a> <a href="./joyful.cgi?page=20">3</a></p>
<hr width="92%" size="1" noshade>
<p><img src="./count/dream.cgi?id=info" alt="${cnt.s}" width="90" height="20"><br>
<small>累計 ${cnt.s} ／ 本日 ${today.s} ／ 昨日 ${yest.s}</small></p>
${o.address ? `<p><small>${esc(o.address)}</small></p>` : ''}
<p><small>${esc(o.copy)}</small></p>
<p><small>- <a href="http://www.kent-web.com/" target="_top">JOYFUL NOTE</a> -</small></p>
</div>
</body>
</html>
`;
}

// 3. ameblog: a blog-platform page (Ameba/note-like) carrying an organization's release: the platform's header bar (ログイン,
//    ブログを始める), the blog's title, the entry's テーマ, body paragraphs as <div>s with empty <div><br></div> between, いいね！ /
//    コメント / リブログ counts, 「いいね！した人」, PR ads with prices, the blogger's profile (フォロワー, ランキング 総合/ジャンル順位),
//    人気記事 and 最新の記事 with dates, テーマ別記事一覧 with counts, and the platform's own ranking of other blogs.
function ameblog(e, c, d, o, bl) {
  const k = ids(5);
  const body = bl.map((b) => blockHtml(b, { p: (h) => `<div>${h}</div>\n<div><br></div>`, h: (b) => `<div><span style="font-size:1.4em;"><b>${b.html}</b></span></div>\n<div><br></div>`, note: (b) => `<div><span style="color:#888888;">${b.html}</span></div>` })).join('\n');
  const likes = c.V(12, 980, { comma: false }); const cm = c.V(1, 60, { comma: false }); const rb = c.V(1, 60, { comma: false });
  const fol = c.V(120, 56000); const rkA = c.V(200, 9800); const rkG = c.V(2, 180, { comma: false });
  const pop = newsItems(c, 5, F.ja, false); const latest = newsItems(c, 4, F.ja);
  const ads = [['ふるさと納税 人気返礼品', c.V(5000, 30000)], ['スキンケア 初回限定セット', c.V(980, 4980)], ['国産 冷凍おかずセット', c.V(1980, 8800)]];
  const img = `<img src="https://stat.kotonoha-blog.example/user_images/${ids(8)}/profile.jpg" alt="${esc(o.logoAlt)}" width="96" height="96">`;
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
${headCommon(e, d, o, `\n<meta property="og:image" content="https://stat.kotonoha-blog.example/ogp/${ids(12)}.png">\n<link rel="stylesheet" href="https://static.kotonoha-blog.example/blog/css/skin-${k}.css">`)}
<style>body{margin:0;font-family:"Hiragino Kaku Gothic ProN",Meiryo,sans-serif;background:#fafaf5;color:#333}.k-bar{background:#2d8c3c;color:#fff;font-size:12px;padding:6px 12px;display:flex;justify-content:space-between}
.skin-blogHeader{background:#fff;padding:16px;text-align:center;border-bottom:1px solid #ddd}.skin-columnWrap{display:flex;max-width:1000px;margin:0 auto;gap:20px}.skin-main{flex:1;background:#fff;padding:20px}.skin-side{width:300px;font-size:13px}
.skin-widget{background:#fff;padding:12px;margin:0 0 12px}.skin-entryFoot{border-top:1px solid #eee;margin-top:20px;padding-top:8px;font-size:13px}.k-pr{border:1px solid #eee;padding:8px;font-size:12px;color:#666}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px}@media print{.skin-columnWrap{display:block}.skin-side{width:auto}.k-bar{display:none}}</style>
</head>
<body class="skin-${k}">
<div class="k-bar" data-uranus-component="header"><span class="k-bar__logo">ことのはブログ</span><span><a href="/login">ログイン</a> ｜ <a href="/signup">ブログを始める</a> ｜ <a href="/ranking">ランキング</a></span></div>
<div class="skin-bgWrap"><div class="skin-blogHeader" data-uranus-component="blogHeader">${o.h1 ? logoHtml(o, '') : `<h1 class="skin-blogTitle"><a href="/">${pick(['公式ブログ', 'スタッフブログ', 'ニュース＆トピックス'])}</a></h1>`}<p class="skin-blogDescription">${pick(['最新情報をお届けします', '日々の取り組みをご紹介します'])}</p></div>
<div class="skin-columnWrap">
<div class="skin-main" data-uranus-layout="main"><div class="skin-borderQuiet">
<nav class="skin-breadcrumb"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="/theme/news">お知らせ</a></nav>
<article class="js-entryWrapper skin-entry" data-unique-entry-id="${ri(10000000, 99999999)}" data-unique-ameba-id="${ids(10)}">
<div class="skin-entryHead"><${o.h1 ? 'h2' : 'h2'} class="skin-entryTitle" data-uranus-component="entryTitle"><a href="#">${esc(d.heading)}${esc(e.title)}</a></${o.h1 ? 'h2' : 'h2'}>
<div class="skin-entryPubdate">${dateTop(d)}</div>
<div class="skin-entryThemes">テーマ：<a href="/theme/news">お知らせ</a></div></div>
<div class="skin-entryBody _2p2gXQQm" id="entryBody" data-uranus-component="entryBody">
${body}
</div>
${afterBody(d, o, c)}
<div class="skin-entryFoot"><span class="js-likeButton">いいね！<b>${likes.s}</b></span>　<a href="#comments">コメント(${cm.s})</a>　<a href="#reblog">リブログ(${rb.s})</a>
<div class="skin-likeUsers">いいね！した人 ｜ <a href="#">もっと見る</a></div></div>
<div class="k-pr" data-uranus-component="entryAd"><span>PR</span> ${ads.map(([n, p]) => `<a href="#">${n} ¥${p.s}（税込）</a>`).join(' ／ ')}</div>
</article>
<div class="skin-pagingNav"><a href="#" class="skin-pagingPrev">前の記事</a> ｜ <a href="#" class="skin-pagingNext">次の記事</a></div>
</div></div>
<div class="skin-side" data-uranus-layout="side">
<div class="skin-widget" data-uranus-component="profile"><h3>プロフィール</h3>${o.h1 ? '' : logoHtml(o, img)}<p><b>${pick(['広報スタッフ', '公式アカウント', '事務局'])}</b></p><p>フォロワー ${fol.s}人</p><p>ランキング 総合 ${rkA.s}位 ／ ジャンル ${rkG.s}位</p><p><a href="#">フォローする</a></p></div>
<div class="skin-widget" data-uranus-component="popularEntries"><h3>人気記事</h3><ol>${pop.map((n) => `<li><a href="#">${esc(n.head)}</a><br><small>${n.ds}</small></li>`).join('')}</ol></div>
<div class="skin-widget" data-uranus-component="recentEntries"><h3>最新の記事</h3><ul>${latest.map((n) => `<li><a href="#">${esc(n.head)}</a> <small>${n.ds}</small></li>`).join('')}</ul></div>
<div class="skin-widget" data-uranus-component="themes"><h3>テーマ</h3><ul>${['お知らせ', 'イベント', '日々のこと', 'スタッフ紹介'].map((x) => `<li><a href="#">${x}（${c.V(2, 300, { comma: false }).s}）</a></li>`).join('')}</ul></div>
<div class="skin-widget k-pr"><h3>PR</h3><p>${pick(['在宅ワーク 月収', '副業スタート 報酬'])}${c.V(30000, 300000).s}円も可能！</p></div>
</div></div></div>
<footer class="k-footer"><p>${esc(o.copy)}</p>${o.address ? `<p>${esc(o.address)}</p>` : ''}<p>ことのはブログ &#169; Kotonoha Inc.</p></footer>
<script>window.INIT_DATA={"entryState":{"likeCount":${likes.v},"commentCount":${cm.v},"reblogCount":${rb.v}},"bloggerState":{"followerCount":${fol.v},"rank":${rkA.v}}};</script>
</body></html>
`;
}

// 4. powercms: a PowerCMS/Joruri-like 自治体-style page (4 in EUC-JP): 本文へ skip link, 文字サイズ / 背景色 / 読み上げ / Foreign
//    Language bar, global navigation, パンくず, the article with ページ番号, 「このページに関するお問い合わせ」 (課名, 電話, ファクス),
//    「このページの情報は役に立ちましたか」 survey (with 回答数), side 人口・世帯数 widget (as-of date), このカテゴリの他のページ (dates),
//    注目情報, footer with 開庁時間.
function powercms(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h2><span>${b.html}</span></h2>`, note: (b) => `<div class="box-note"><p>${b.html}</p></div>`, tableClass: 'tbl-basic' })).join('\n');
  const pid = c.V(1000, 99999, { comma: false });
  const pop = c.V(30000, 900000); const hh = c.V(12000, 400000); const male = c.V(14000, 440000); const asof = c.D(-120, -10);
  const others = newsItems(c, 5, F.ja, false); const hot = newsItems(c, 3, F.ja);
  const ans = c.V(3, 300, { comma: false });
  const img = `<img src="/shared/img/logo.png" alt="${esc(o.logoAlt)}" width="280" height="56">`;
  const charset = enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8';
  return `<!DOCTYPE html>
<html lang="ja"><head>
<meta charset="${charset}">
${headCommon(e, d, o, `\n<meta name="generator" content="PowerCMS 6.4">\n<link rel="stylesheet" href="/shared/css/common.css">`)}
<style>body{font-family:"BIZ UDPGothic",sans-serif;margin:0;color:#222}#tmp_header{border-bottom:4px solid #006a4e;padding:8px 16px;display:flex;justify-content:space-between}#tmp_tools{font-size:12px}#tmp_gnavi ul{display:flex;list-style:none;margin:0;padding:0;background:#006a4e}#tmp_gnavi a{color:#fff;padding:8px 14px;display:block}
#tmp_wrapper{display:flex;max-width:1000px;margin:0 auto;gap:20px}#tmp_main{flex:1}#tmp_side{width:240px;font-size:13px}.box-note{border:1px dashed #999;padding:6px 10px}#tmp_contents h2{border-left:6px solid #006a4e;padding-left:8px}table.tbl-basic{border-collapse:collapse}table.tbl-basic th,table.tbl-basic td{border:1px solid #888;padding:4px}
#tmp_inquiry,#tmp_enquete{border:2px solid #ccc;padding:10px;margin-top:20px}.side-box{border:1px solid #ccc;margin-bottom:12px;padding:8px}@media print{#tmp_wrapper{display:block}#tmp_side{width:auto}#tmp_gnavi,#tmp_tools{display:none}}</style>
</head>
<body class="pcms-page">
<div id="tmp_skip"><a href="#tmp_contents">本文へ</a></div>
<div id="tmp_header"><div id="tmp_hlogo">${logoHtml(o, img)}</div>
<div id="tmp_tools"><span>文字サイズ <button type="button">標準</button><button type="button">拡大</button></span>　<span>背景色 <button type="button">白</button><button type="button">黒</button><button type="button">青</button></span>　<a href="#" class="btn-speech">読み上げ</a>　<a href="/foreign/" lang="en">Foreign Language</a>　<form action="/search/" style="display:inline"><input type="text" name="q" title="サイト内検索"><input type="submit" value="検索"></form></div></div>
<div id="tmp_gnavi"><ul><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li><li><a href="/kenko/">健康・福祉</a></li><li><a href="/sangyo/">産業・ビジネス</a></li><li><a href="/soshiki/">組織から探す</a></li></ul></div>
<div id="tmp_pankuzu"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="/soshiki/">組織から探す</a> &gt; <a href="/soshiki/somu/">総務課</a> &gt; ${esc(e.title)}</div>
<div id="tmp_wrapper"><div id="tmp_main"><div id="tmp_contents">
<${titleTag(o)}>${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<p class="update">${dateTop(d)}</p>
<p class="page-id">ページ番号 ${pid.s}</p>
${body}
${afterBody(d, o, c)}
<div id="tmp_inquiry"><h2>このページに関するお問い合わせ</h2><p>${pick(['総務課 広報広聴係', '情報政策課', '危機管理室'])}<br>〒${c.post().slice(1)} ${c.addr()}<br>電話：${c.phone()}　ファクス：${c.phone()}<br><a href="/inquiry/">お問い合わせは専用フォームをご利用ください。</a></p></div>
<div id="tmp_enquete"><h2>このページの情報は役に立ちましたか</h2><form><p>このページの情報は役に立ちましたか：<label><input type="radio" name="q1">役に立った</label><label><input type="radio" name="q1">ふつう</label><label><input type="radio" name="q1">役に立たなかった</label></p><p>このページの情報は見つけやすかったですか：<label><input type="radio" name="q2">見つけやすかった</label><label><input type="radio" name="q2">見つけにくかった</label></p><p><input type="submit" value="送信"></p></form><p class="enq-count">これまでに${ans.s}件のご回答をいただきました。</p></div>
</div></div>
<div id="tmp_side">
<div class="side-box" id="jinko"><h2>人口・世帯数</h2><p>人口　${pop.s}人<br>（男 ${male.s}人）<br>世帯数　${hh.s}世帯<br>（${F.reiwa(asof)}現在）</p></div>
<div class="side-box"><h2>このカテゴリの他のページ</h2><ul>${others.map((n) => `<li><a href="#">${esc(n.head)}</a>（${n.ds}）</li>`).join('')}</ul></div>
<div class="side-box"><h2>注目情報</h2><ul>${hot.map((n) => `<li>${n.ds}　<a href="#">${esc(n.head)}</a></li>`).join('')}</ul></div>
</div></div>
<div id="tmp_footer"><p>開庁時間：平日（土曜日・日曜日・祝日・年末年始を除く）</p>${o.address ? `<p>${esc(o.address)}</p>` : ''}<p class="copyright">${esc(o.copy).replace('©', '&copy;')}</p></div>
<script>var pcmsConfig={"pageId":${pid.v},"population":${pop.v},"households":${hh.v}};</script>
</body></html>
`;
}

// 5. prwire: a press-release distribution site (PR TIMES-like, Next.js export): the platform's name in og:site_name and the <title>
//    suffix, the issuer only in the 企業情報 box (代表者, 所在地, 設立 year, 資本金, 従業員数, URL — decoys) unless the release
//    names it, a 「プレスリリース素材」 strip, いいね / view counts, 種類・ビジネスカテゴリ, other companies' releases in the side bar
//    (dated), ランキング with view counts, `__NEXT_DATA__` with the side data.
function prwire(e, c, d, o, bl) {
  const h = ids(5);
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h2 class="body_heading__${h}">${b.html}</h2>`, note: (b) => `<p class="body_note__${h}">${b.html}</p>`, tableClass: `body_table__${h}` })).join('\n');
  const cap = c.V(1000, 90000); const emp = c.V(8, 9000); const est = c.V(1950, 2016, { comma: false }); const likes = c.V(3, 400, { comma: false }); const fol = c.V(20, 9000);
  const side = newsItems(c, 5, F.ja, true).map((n) => ({ ...n, co: pick(FAKECOS) }));
  const rank = newsItems(c, 5, F.ja, false).map((n) => ({ ...n, co: pick(FAKECOS), pv: c.V(800, 90000) }));
  const rel = c.V(3, 900, { comma: false });
  const iss = o.issuer;
  const rid = c.V(100, 9999, { comma: false }); const cid = c.V(1000, 99999, { comma: false });
  const next = { props: { pageProps: { release: { id: rid.v, companyId: cid.v, likeCount: likes.v }, sidebar: side.map((n) => ({ company: n.co, title: n.head, date: n.date })), ranking: rank.map((n) => ({ company: n.co, title: n.head, views: n.pv.v })) } }, page: '/main/html/rd/p/[id]', buildId: ids(12) };
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
${headCommon(e, d, o, `\n<meta name="next-head-count" content="9">\n<link rel="preload" href="/_next/static/css/${ids(16)}.css" as="style">`)}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#222;background:#f7f7f7}.header__${h}{background:#fff;border-bottom:1px solid #ddd;padding:10px 20px;display:flex;justify-content:space-between}.layout__${h}{display:flex;max-width:1080px;margin:0 auto;gap:24px}.main__${h}{flex:1;background:#fff;padding:24px}.aside__${h}{width:300px;font-size:13px}
.company__${h}{border:1px solid #ddd;background:#fff;padding:12px;margin-bottom:12px}.company__${h} dt{color:#777;font-size:12px}.company__${h} dd{margin:0 0 6px}.card__${h}{background:#fff;padding:10px;margin-bottom:8px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}.body_note__${h}{font-size:13px;color:#555}
@media print{.layout__${h}{display:block}.aside__${h}{width:auto}}</style>
</head>
<body><div id="__next">
<header class="header__${h}"><a href="/" class="logo__${h}"><img src="/common/img/prwire-logo.svg" alt="PRワイヤ" width="140" height="28"></a><nav><a href="/main/html/searchrlp">新着</a>　<a href="/main/html/ranking">ランキング</a>　<a href="/main/html/search">企業を探す</a>　<a href="/main/html/login">ログイン</a></nav></header>
<div class="layout__${h}"><main class="main__${h}"><article class="release__${h}">
<div class="release_meta__${h}"><span class="release_type__${h}">プレスリリース</span>　<span class="release_date__${h}">${dateTop(d)}</span></div>
<h1 class="release_title__${h}">${esc(d.heading)}${esc(e.title)}</h1>
<div class="release_body__${h}">
${body}
</div>
${afterBody(d, o, c)}
<div class="release_footer__${h}"><p>種類：その他　ビジネスカテゴリ：<a href="#">セキュリティ</a>　<a href="#">IT・通信</a></p><p>いいね ${likes.s}</p></div>
</article></main>
<aside class="aside__${h}">
<section class="company__${h}"><h2>企業情報</h2>${iss ? `<p class="company_name__${h}"><b>${esc(iss)}</b></p>` : `<p class="company_name__${h}"><b>このプレスリリースの配信企業</b></p>`}<dl><dt>代表者名</dt><dd>${c.person()}</dd><dt>所在地</dt><dd>${c.addr()}</dd><dt>設立</dt><dd>${est.s}年</dd><dt>資本金</dt><dd>${cap.s}万円</dd><dt>従業員数</dt><dd>${emp.s}名</dd><dt>URL</dt><dd>https://www.example.co.jp/</dd></dl><p>フォロワー ${fol.s}　プレスリリース ${rel.s}件</p></section>
<section><h2>このカテゴリの新着</h2>${side.map((n) => `<div class="card__${h}"><p><small>${esc(n.co)}</small></p><p><a href="#">${esc(n.head)}</a></p><p><small>${n.ds}</small></p></div>`).join('')}</section>
<section><h2>ランキング</h2><ol>${rank.map((n) => `<li><a href="#">${esc(n.head)}</a> <small>${esc(n.co)}｜${n.ds}｜${n.pv.s} views</small></li>`).join('')}</ol></section>
</aside></div>
<footer class="footer__${h}"><p>${o.address ? esc(o.address) + ' ' : ''}${esc(o.copy.includes('Copyright © All') ? 'Copyright © PR WIRE, Inc. All Rights Reserved.' : o.copy)}</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(next)}</script>
</body></html>
`;
}

// 6. drupalbs: Drupal 10 + Bootstrap Barrio theme of a hospital or university (1 in EUC-JP): skip link, dialog-off-canvas canvas,
//    navbar with system branding block, an emergency block (休診 / 入試 notice with a date), region-sidebar-first with a 診療科
//    (or 学部) list, views-row news block with dates, 外来患者数 / 病床数 (or 学生数 / 教員数) block, the node with
//    field--name-body, field--name-field-tags, a related views block, drupal-settings-json with figures.
function drupalbs(e, c, d, o, bl, enc) {
  const hosp = chance(0.5);
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h3>${b.html}</h3>`, note: (b) => `<div class="alert alert-secondary"><p>${b.html}</p></div>`, tableClass: 'table table-bordered' })).join('\n');
  const emerg = c.D(3, 40);
  const news = newsItems(c, 5, F.slash);
  const relv = newsItems(c, 3, F.ja, false);
  const f1 = c.V(300, 3800); const f2 = c.V(100, 1200); const nid = c.V(200, 9999, { comma: false });
  const depts = hosp ? ['内科', '循環器内科', '消化器外科', '整形外科', '小児科', '産婦人科', '眼科', '放射線科'] : ['文学部', '経済学部', '法学部', '理工学部', '看護学部', '大学院'];
  const img = `<img src="/sites/default/files/logo.png" alt="${esc(o.logoAlt)}" width="240" height="48">`;
  const settings = { path: { baseUrl: '/', currentPath: `node/${nid.v}`, currentLanguage: 'ja' }, site: { stats: hosp ? { outpatientsPerDay: f1.v, beds: f2.v } : { students: f1.v, faculty: f2.v } }, emergency: { until: emerg } };
  return `<!DOCTYPE html>
<html lang="ja" dir="ltr"><head>
<meta charset="${enc === 'EUC-JP' ? 'EUC-JP' : 'utf-8'}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
${headCommon(e, d, o, `\n<link rel="canonical" href="/node/${nid.v}">\n<link rel="shortlink" href="/node/${nid.v}">`)}
<style>body{margin:0;font-family:sans-serif;color:#222}.navbar{display:flex;justify-content:space-between;padding:8px 16px;background:#0b4f8a;color:#fff}.navbar a{color:#fff}.container{max-width:1140px;margin:0 auto}.row{display:flex;gap:24px}.col-md-3{width:25%}.col-md-9{flex:1}.alert{border:1px solid #c66;background:#fdecec;padding:8px 12px;margin:8px 0}.alert-secondary{border-color:#aaa;background:#f4f4f4}
.table{border-collapse:collapse}.table td,.table th{border:1px solid #999;padding:4px 8px}.views-row{border-bottom:1px dotted #bbb;padding:4px 0;font-size:13px}.block{margin-bottom:16px}.visually-hidden{position:absolute;left:-9999px}
@media print{.row{display:block}.col-md-3{width:auto}.navbar nav{display:none}}</style>
</head>
<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">メインコンテンツに移動</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner" aria-label="サイトヘッダー"><nav class="navbar navbar-expand-lg" id="navbar-main"><div class="region region-header"><div id="block-sitebranding" class="clearfix block block-system block-system-branding-block">${o.h1 ? logoHtml(o, '') : `<a href="/" title="${esc(o.crumbHome)}" rel="home" class="navbar-brand">${logoHtml(o, img)}</a>`}</div></div>
<nav class="region region-primary-menu"><ul class="nav navbar-nav"><li class="nav-item"><a href="/" class="nav-link">${esc(o.crumbHome)}</a></li><li class="nav-item"><a href="/about" class="nav-link">${hosp ? '病院のご案内' : '大学案内'}</a></li><li class="nav-item"><a href="/news" class="nav-link">お知らせ</a></li><li class="nav-item"><a href="/access" class="nav-link">アクセス</a></li></ul></nav></nav></header>
<div class="highlighted"><div data-drupal-messages-fallback class="hidden"></div><div id="block-emergency" class="block block-block-content alert alert-danger" role="alert">${hosp ? `【休診のお知らせ】${F.ja(emerg)}（${wd(emerg)}）は設備点検のため外来を休診いたします。` : `【入試情報】出願受付は${F.ja(emerg)}（${wd(emerg)}）必着です。`}</div></div>
<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="container"><nav aria-label="パンくず" class="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="breadcrumb-item"><a href="/news">お知らせ</a></li></ol></nav>
<div class="row row-offcanvas row-offcanvas-left clearfix">
<main class="main-content col-md-9 order-2" id="content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>
<div id="block-pagetitle" class="block block-core block-page-title-block"><${titleTag(o)} class="title"><span class="field field--name-title field--type-string field--label-hidden">${esc(d.heading)}${esc(e.title)}</span></${titleTag(o)}></div>
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article data-history-node-id="${nid.v}" class="node node--type-news node--view-mode-full clearfix">
<div class="node__meta"><span class="field field--name-created field--type-created">${dateTop(d)}</span></div>
<div class="node__content clearfix">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${body}
</div>
${afterBody(d, o, c)}
<div class="field field--name-field-tags field--type-entity-reference field--label-inline"><div class="field__label">タグ</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/${ri(2, 90)}">お知らせ</a></div></div></div>
</div></article></div>
<div class="views-element-container block block-views block-views-blocknews-block-related"><h2>関連ニュース</h2><div class="view view-news view-id-news view-display-id-block_related">${relv.map((n) => `<div class="views-row"><span class="views-field views-field-created">${n.ds}</span> <span class="views-field views-field-title"><a href="#">${esc(n.head)}</a></span></div>`).join('')}</div></div>
</section></main>
<div class="sidebar_first sidebar col-md-3 order-1" id="sidebar_first"><aside class="section" role="complementary"><div class="region region-sidebar-first">
<nav role="navigation" id="block-depts" class="block block-menu navigation menu--depts"><h2>${hosp ? '診療科のご案内' : '学部・大学院'}</h2><ul class="clearfix nav">${depts.map((x) => `<li class="nav-item"><a href="#" class="nav-link">${x}</a></li>`).join('')}</ul></nav>
<div class="views-element-container block block-views block-views-blocknews-block-1"><h2>新着情報</h2><div class="view view-news view-id-news view-display-id-block_1">${news.map((n) => `<div class="views-row"><div class="views-field views-field-created"><span class="field-content">${n.ds}</span></div><div class="views-field views-field-title"><span class="field-content"><a href="#">${esc(n.head)}</a></span></div></div>`).join('')}</div></div>
<div id="block-stats" class="block block-block-content"><h2>${hosp ? '数字で見る当院' : '数字で見る本学'}</h2><div class="field field--name-body"><p>${hosp ? `1日平均外来患者数 ${f1.s}人<br>病床数 ${f2.s}床` : `学生数 ${f1.s}名<br>教員数 ${f2.s}名`}</p></div></div>
</div></aside></div>
</div></div></div>
<footer class="site-footer"><div class="container"><div class="region region-footer-fifth"><div class="block">${o.address ? `<p>${esc(o.address)}</p>` : ''}<p>${esc(o.copy)}</p></div></div></div></footer>
</div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">${JSON.stringify(settings)}</script>
<script src="/core/misc/drupal.js?v=10.2.5"></script>
</body></html>
`;
}
// ---------- documents ----------
// (make-pages-t.mjs's document maker; here the layouts are dealt in turn so that each occurs) Four layouts: `plain` (page numbers 「- N -」), `bessi` (the release's tables and lists moved to a 別紙 page at the end, 「（別紙のとおり）」
// where they stood, footer 「N / M」), `annex2col` (those on a 別紙 page set in two CSS columns), `wrapTable` (narrow
// fixed-layout tables whose cells wrap, a running header with the title, footer 「N ページ」).
let docTurn = 0;
const docHtml = (e, c, bl) => documentHtml(e, c, bl, (annexable) => (annexable ? ['annex2col', 'bessi', 'wrapTable', 'plain'][docTurn++ % 4] : pick(['plain', 'wrapTable'])));


// ---------- build ----------
const styles = shuffle([...Array(7).fill('wpcocoon'), ...Array(7).fill('cgibbs'), ...Array(7).fill('ameblog'), ...Array(7).fill('powercms'), ...Array(6).fill('prwire'), ...Array(6).fill('drupalbs')]);
const dateModes = shuffle(Array.from({ length: 40 }, (_, k) => DATE_MODES[k % DATE_MODES.length]));
// prwire pages name the issuer only in the 企業情報 box (issuerBox); the other 34 take the 13 other modes in turn
const orgModes = shuffle(Array.from({ length: 34 }, (_, k) => ORG_MODES[k % ORG_MODES.length]));
let om = 0;
const entries = chosen.map((p, k) => ({ ...p, id: `u${pad(k + 1)}`, style: styles[k], dateMode: dateModes[k], orgMode: styles[k] === 'prwire' ? 'issuerBox' : orgModes[om++] }));
let pcEuc = 0, dpEuc = 0;
for (const e of entries) e.encoding = e.style === 'cgibbs' ? 'Shift_JIS' : e.style === 'powercms' ? (pcEuc++ < 4 ? 'EUC-JP' : 'UTF-8') : e.style === 'drupalbs' ? (dpEuc++ < 1 ? 'EUC-JP' : 'UTF-8') : 'UTF-8';
const docIds = new Set(entries.slice().sort((a, b) => a.body.length - b.body.length || a.id.localeCompare(b.id)).slice(0, 10).map((e) => e.id));
writeBlindSet(kit, { out: OUT, entries, families: { wpcocoon, cgibbs, ameblog, powercms, prwire, drupalbs }, dateParts, orgParts, docIds, docHtml });
