#!/usr/bin/env node
// Makes fixtures/pages-y, the twenty-fifth blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as news pages in six new site families (a THE THOR-theme WordPress site of a 工務店 /
// 税理士事務所 / 不動産会社, an old Shift_JIS 自動車教習所 table site, a はてなブログ page, a Movable Type 5 Professional Website
// site of a 信用組合 / 生協 / 社協, a Gatsby static corporate site with its page data, a baserCMS 4 Bootstrap 4 shop site), plus
// Word-style document sources for 10 releases. Written without reading the tool; the release drawing, numeral/date forms,
// Markdown blocks and document maker are scripts/blind-set-kit.mjs's, the modes and decoy bookkeeping make-pages-x.mjs's,
// extended (three date modes, two organization modes).
// Usage: node scripts/make-pages-y.mjs --seed 20261218   (then print-blind-pages.mjs --set y, check-blind-pages.mjs --set y)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-y');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261218;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { rand, ri, isoAdd, pick, shuffle, own, all, chosen, KD, kanji, pad, esc, wd, dp, F, fw, kanjiDate, inline, plain, blocks, tableHtml, blockHtml, ctxFor, HEADLINES, newsItems, documentHtml } = kit;
const { dateParts, orgParts, timeEl, svgLogo, dateTop, MON, imgAlt, ABBR, abbr, addrEl, crumbDate, logoHtml, crumbLi, ids, drawEntries, documentIds } = blindSetModes(kit, { platformOf: (style) => PLATFORM[style] });

// ---------- date and organization modes ----------
const DATE_MODES = ['koukaiKoushin', 'dots', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'hyphenIso', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'fwJa', 'uketsuke', 'urlAndTitle', 'dlAfter', 'articleFooter', 'thHead', 'eraFw', 'postedWeekdayTime', 'splitSpans', 'dlKeisaiStart', 'reiwaKanji', 'metaNameDate', 'wordReiwaRight', 'keisaiWeekdayFull', 'breadcrumbDate', 'updateFirst', 'reiwaShortNoPad', 'isoStampShown', 'weekdayKeisai', 'twoDigitYear', 'enMonthDay', 'calendarBadge', 'kanjiKoukai', 'yearParenReiwa', 'jaTimeZeroPad', 'dotWeekdayEn'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address', 'metaAuthor', 'signatureAlt', 'h1Logo', 'contactFirst', 'ogPlatformTitle', 'addressElement', 'ijoSignature', 'hakkouLine', 'abbrTitle', 'appName', 'microdata', 'logoTitle', 'rssTitle', 'unneiLine'];
function headCommon(e, d, o, extra = '') {
  const ld = articleLd(kit, e, d, o);
  return `<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:title" content="${esc(e.title)}">\n<meta property="og:type" content="article">${o.og ? `\n<meta property="og:site_name" content="${esc(o.og)}">` : ''}${o.author ? `\n<meta name="author" content="${esc(o.author)}">` : ''}${o.appName ? `\n<meta name="application-name" content="${esc(o.appName)}">` : ''}\n<link rel="alternate" type="application/rss+xml" title="${o.rss ? `${esc(o.rss)} » フィード` : 'RSS 2.0'}" href="/feed/">${d.urlDate ? `\n<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}-01.html">` : ''}${d.meta ? `\n${d.meta}` : ''}${e.metadata.jsonLd ? `\n<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}${extra}`;
}
const afterBody = (d, o, c) => `${d.after}${o.micro ? `\n<div class="org-microdata" itemscope itemtype="https://schema.org/Organization" hidden><meta itemprop="name" content="${esc(o.micro)}"></div>` : ''}${o.ijo ? `\n<div class="sign-block"><p style="text-align:right">以　上</p><p style="text-align:right">${esc(o.ijo)}</p></div>` : ''}${o.sigAlt ? `\n<p class="signature" style="text-align:right"><img src="/img/signature.png" alt="${esc(o.sigAlt)}" width="240" height="48"></p>` : ''}${o.contact ? `\n<div class="contact-block"><h3>お問い合わせ先</h3><p>${esc(o.contact)}<br>${pick(['広報室', '総務部', 'お客様相談窓口', '事務局'])}　電話：${c.phone()}<br>受付時間：平日（土日祝日を除く）</p></div>` : ''}`;
const PLATFORM = { wpthor: 'コラム', sjiskyoshu: '教習所だより', hatenablog: 'はてなブログ', profweb: 'お知らせ', gatsby: 'Newsroom', basercms: 'ショップブログ' };
// the header's 「運営：」 line (unneiLine)
const unnei = (o) => (o.unnei ? `<p class="site-operator">運営：${esc(o.unnei)}</p>` : '');
const titleTag = (o) => (o.h1 ? 'h2' : 'h1');



const footOrg = (o) => `${o.address ? `<p class="foot-address">${esc(o.address)}</p>` : ''}${addrEl(o)}${o.fullFoot ? `<p class="foot-company">${esc(o.fullFoot)}</p>` : ''}<p class="copyright">${esc(o.copy)}</p>${o.hakkou ? `<p class="hakkou">発行：${esc(o.hakkou)}</p>` : ''}`;

// 1. wpthor (WordPress-like): a 工務店 / 税理士事務所 / 不動産会社 site on the THE THOR theme: l-header / l-headerBottom,
//    siteTitle, globalNavi, breadcrumb, heading-primary, dateList (date, views with icon-eye, folder), postContents, shareBtn
//    with counts, postCta (無料相談 残りN枠), profile box (記事数), related (dated), prevNext (dated); side: ランキング (views),
//    実績 (施工 / 顧問先 / 仲介 件数), 最新記事 (dots dates); footer 「創業N年」; a thor_vars script with the counts and views.
function wpthor(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3} class="${b.lv <= 2 ? 'heading heading-secondary' : 'heading heading-tertiary'}">${b.html}</h${b.lv <= 2 ? 2 : 3}>`, note: (b) => `<div class="ep-box es-BpointLeft bgc-VPyellow"><p>${b.html}</p></div>`, table: (b) => `<div class="scrollable-table">${tableHtml(b.rows, 'ep-table')}</div>`, list: (b) => `<${b.t} class="${b.t === 'ul' ? 'ep-list es-Bicon' : 'ep-list es-Bnumber'}">${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>` })).join('\n');
  const kind = pick(['工務店', '税理士事務所', '不動産']);
  const views = c.V(300, 86000);
  const shares = { x: c.V(2, 300, { comma: false }), fb: c.V(2, 300, { comma: false }), line: c.V(2, 120, { comma: false }) };
  const posts = c.V(40, 900, { comma: false });
  const slots = c.V(2, 14, { comma: false });
  const rank = shuffle(HEADLINES).slice(0, 4).map((h) => ({ h, pv: c.V(1200, 76000) }));
  const record = c.V(150, 9800);
  const founded = c.V(12, 95, { comma: false });
  const latest = newsItems(c, 4, F.dots);
  const related = newsItems(c, 3, F.slash, false);
  const prev = c.D(-60, -2); const next = c.D(2, 40);
  const rec = kind === '工務店' ? ['施工実績', '棟'] : kind === '税理士事務所' ? ['顧問先', '社'] : ['仲介実績', '件'];
  const img = `<img src="/wp-content/uploads/2022/11/site-logo.png"${imgAlt(o)} width="280" height="56">`;
  return `<!DOCTYPE html>
<html lang="ja" prefix="og: http://ogp.me/ns#">
<head><meta charset="UTF-8">
${headCommon(e, d, o, '\n<meta name="generator" content="WordPress 6.4.3">\n<link rel="stylesheet" id="thn-style-css" href="/wp-content/themes/the-thor/style.min.css?ver=2.6.3" type="text/css" media="all">\n<link rel="stylesheet" id="thn-child-css" href="/wp-content/themes/the-thor-child/style-user.css?ver=1.0.0" media="all">')}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#191919;background:#f2f2f2}.container{max-width:1170px;margin:0 auto;padding:0 15px}.l-headerTop{background:#191919;color:#ccc;font-size:12px;padding:3px 0}.l-header{background:#fff}.l-headerBottom{display:flex;justify-content:space-between;align-items:center;padding:14px 0}.globalNavi__list{display:flex;gap:22px;list-style:none;margin:0;padding:0}
.l-wrapper{display:flex;gap:30px;padding:24px 0}.l-main{flex:1;min-width:0;background:#fff;padding:24px 32px}.l-sidebar{width:330px;font-size:14px}.widget{background:#fff;padding:14px;margin-bottom:20px}.heading-widget{border-bottom:2px solid #191919;font-size:16px;margin:0 0 10px}
.breadcrumb__list{display:flex;gap:8px;list-style:none;padding:0;font-size:12px}.heading-primary{font-size:26px}.dateList{display:flex;gap:14px;list-style:none;padding:0;font-size:12px;color:#777}.heading-secondary{border-left:6px solid #191919;padding:6px 12px;background:#f7f7f7}.ep-box{border:2px dashed #e6b422;padding:10px 16px;margin:14px 0}.ep-table{border-collapse:collapse}.ep-table td,.ep-table th{border:1px solid #ccc;padding:5px 8px}
.shareBtn__list{display:flex;gap:6px;list-style:none;padding:0}.shareBtn__item{background:#eee;padding:6px 12px;font-size:12px}.postCta,.profile,.related,.prevNext{margin-top:26px;border-top:1px solid #ddd;padding-top:12px;font-size:14px}.l-footer{background:#191919;color:#ccc;padding:24px 0;font-size:13px}
@media print{.l-wrapper{display:block}.l-sidebar{width:auto}.globalNavi,.shareBtn,.l-headerTop{display:none}}</style>
</head>
<body class="t-logoSp25 t-logoPc50 t-footerFixed">
<header class="l-header"><div class="l-headerTop"><div class="container">${unnei(o)}<p>お気軽にご相談ください　受付 9:00〜18:00（水曜定休）</p></div></div>
<div class="container l-headerBottom"><div class="siteTitle">${logoHtml(o, `<a class="siteTitle__link" href="/">${img}</a>`)}</div>
<nav class="globalNavi"><div class="globalNavi__inner"><ul class="globalNavi__list"><li class="menu-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="menu-item"><a href="/service/">${kind === '工務店' ? '家づくり' : kind === '税理士事務所' ? 'サービス' : '物件検索'}</a></li><li class="menu-item"><a href="/works/">実績紹介</a></li><li class="menu-item current-menu-item"><a href="/column/">コラム</a></li><li class="menu-item"><a href="/company/">会社概要</a></li><li class="menu-item"><a href="/contact/">無料相談</a></li></ul></div></nav></div></header>
<div class="l-wrapper container">
<main class="l-main">
<div class="breadcrumb"><ul class="breadcrumb__list container"><li class="breadcrumb__item icon-home"><a href="/">${esc(o.crumbHome)}</a></li><li class="breadcrumb__item"><a href="/category/news/">お知らせ</a></li>${crumbLi(d, (x) => `<li class="breadcrumb__item">${x}</li>`)}</ul></div>
<div class="dividerBottom">
<${titleTag(o)} class="heading heading-primary">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<ul class="dateList dateList-main"><li class="dateList__item icon-clock">${dateTop(d)}</li><li class="dateList__item icon-folder"><a href="/category/news/" rel="category tag">お知らせ</a></li><li class="dateList__item icon-eye">${views.s}view</li></ul>
<div class="shareBtn"><ul class="shareBtn__list"><li class="shareBtn__item u-none-sp"><a class="shareBtn__link icon-twitter" href="https://twitter.com/share" target="_blank">ポスト <span class="shareBtn__count">${shares.x.s}</span></a></li><li class="shareBtn__item"><a class="shareBtn__link icon-facebook" href="https://www.facebook.com/sharer.php" target="_blank">シェア <span class="shareBtn__count">${shares.fb.s}</span></a></li><li class="shareBtn__item"><a class="shareBtn__link icon-line" href="https://social-plugins.line.me/lineit/share" target="_blank">LINE <span class="shareBtn__count">${shares.line.s}</span></a></li></ul></div>
<div class="postContents">
<section class="content">
${body}
</section>
${afterBody(d, o, c)}
</div>
<aside class="postCta"><div class="postCta__inner"><p class="postCta__title">無料相談受付中</p><p>今月の無料相談は残り <strong>${slots.s}</strong> 枠です。</p><a class="postCta__btn" href="/contact/">ご予約はこちら</a></div></aside>
<aside class="profile"><div class="profile__author"><img class="profile__img" src="/wp-content/uploads/author.png" alt="" width="80" height="80"><p class="profile__name">この記事を書いた人　編集部</p><p class="profile__count">投稿記事数 ${posts.s}</p></div></aside>
<aside class="related"><h2 class="heading heading-sub">関連する記事</h2><ul class="related__list">${related.map((n) => `<li class="related__item"><a href="/column/${ri(100, 9999)}/"><span class="related__date icon-clock">${n.ds}</span> ${esc(n.head)}</a></li>`).join('')}</ul></aside>
<div class="prevNext"><div class="prevNext__item prevNext__item-prev"><span class="prevNext__pop">Prev</span> <a href="/column/${ri(100, 9999)}/">${esc(pick(HEADLINES))}</a> <span class="dateList__item icon-clock">${F.dots(prev)}</span></div><div class="prevNext__item prevNext__item-next"><span class="prevNext__pop">Next</span> <a href="/column/${ri(100, 9999)}/">${esc(pick(HEADLINES))}</a> <span class="dateList__item icon-clock">${F.dots(next)}</span></div></div>
</div>
</main>
<div class="l-sidebar"><aside class="widget widget-sidebar widget_fit_ranking_archive_class"><h2 class="heading heading-widget">人気記事ランキング</h2><ol class="widgetArchive">${rank.map((r, k) => `<li class="widgetArchive__item widgetArchive__item-rank${k + 1}"><a href="/column/${ri(100, 9999)}/">${esc(r.h)}</a><span class="widgetArchive__view icon-eye">${r.pv.s}view</span></li>`).join('')}</ol></aside>
<aside class="widget widget-sidebar widget_text"><h2 class="heading heading-widget">${rec[0]}</h2><div class="textwidget"><p>これまでの${rec[0]} <strong>${record.s}</strong>${rec[1]}</p></div></aside>
<aside class="widget widget-sidebar widget_fit_thumbnail_archive_class"><h2 class="heading heading-widget">最新記事</h2><ul class="widgetArchive">${latest.map((n) => `<li class="widgetArchive__item"><span class="dateList__item icon-clock">${n.ds}</span><a href="/column/${ri(100, 9999)}/">${esc(n.head)}</a></li>`).join('')}</ul></aside></div>
</div>
<footer class="l-footer"><div class="container"><p class="l-footer__since">創業${founded.s}年　地域とともに</p>${footOrg(o)}</div></footer>
<script>var thor_vars = {"post_id":${ri(100, 9999)},"views":${views.v},"share":{"x":${shares.x.v},"facebook":${shares.fb.v},"line":${shares.line.v}},"author_posts":${posts.v}};</script>
</body></html>
`;
}

// 2. sjiskyoshu (old Shift_JIS table layout): an old 自動車教習所 site (6 Shift_JIS, HTML 4.01 Transitional, 780px table,
//    <font>, spacer GIFs, <marquee> of 入校 news): header with 公安委員会指定 and the phone; left column: 入校キャンペーン
//    (普通車AT N円（税込）), 技能教習の空き (本日 N時限), 送迎バス (N路線), 教習実績 (卒業生 累計 N名, 一発合格率 N％), 休校日
//    (M月D日（曜）), access counter with キリ番; the release under a 「■教習所からのお知らせ」 bar; 教習所ブログ (dated); footer
//    指定番号 (第N号) and 「Since 19xx」.
function sjiskyoshu(e, c, d, o, bl) {
  const F2 = (h) => `<font size="2">${h}</font>`;
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#dde8f5"><font size="3" color="#003366"><b>■${b.html}</b></font></td></tr></table>`, p: (h) => `<p>${F2(h)}</p>`, note: (b) => `<p><font size="2" color="#cc0000">${b.html}</font></p>`, table: (b) => tableHtml(b.rows, 'ktbl', ' border="1" cellspacing="0" cellpadding="3" bordercolor="#6688aa"'), list: (b) => `<${b.t}>${b.items.map((x) => `<li>${F2(x)}</li>`).join('')}</${b.t}>` })).join('\n');
  const fees = shuffle(['普通車AT', '普通車MT', '準中型', '普通二輪', '大型特殊']).slice(0, 3).map((p) => ({ p, yen: c.V(98000, 380000) }));
  const free = c.V(2, 14, { comma: false });
  const bus = c.V(3, 18, { comma: false });
  const grads = c.V(12000, 98000);
  const pass = c.V(81, 99, { comma: false });
  const cars = c.V(20, 90, { comma: false });
  const closed = Array.from({ length: 4 }, () => c.D(2, 45)).sort();
  const counter = c.V(100000, 9800000, { comma: false });
  const kiri = c.V(1000000, 9000000, { comma: false });
  const blog = newsItems(c, 4, F.slash);
  const since = ri(1962, 1988);
  const permit = `第${ri(10, 999)}号`; c.other.push(permit);
  const sp = (w, h) => `<img src="img/sp.gif" width="${w}" height="${h}" alt="">`;
  const img = `<img src="img/logo_top.gif" width="340" height="64" border="0"${imgAlt(o)}>`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta name="keywords" content="自動車学校,教習所,免許,合宿,送迎バス">
${headCommon(e, d, o)}
<style type="text/css"><!--
body{font-family:"ＭＳ Ｐゴシック","Noto Sans CJK JP",sans-serif;margin:0}.side td{font-size:12px}.ktbl{border-collapse:collapse;font-size:13px}.ktbl th{background:#eef3fa}.cnt{font-family:monospace;background:#003366;color:#ffff66;padding:0 4px}
@media print{table{width:100% !important}td{width:auto !important}img[src$="sp.gif"],marquee{display:none}}
--></style>
</head>
<body bgcolor="#e8eef6" text="#222222" link="#0033aa" vlink="#663399" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<a name="pagetop"></a>
<div align="center">
<table width="780" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td colspan="3"><table width="100%" border="0" cellspacing="0" cellpadding="6" bgcolor="#003366"><tr><td>${logoHtml(o, `<a href="index.html">${img}</a>`)}</td><td align="right"><font color="#ffffff" size="2">${o.unnei ? `運営：${esc(o.unnei)}<br>` : ''}公安委員会指定 自動車教習所<br>入校のご相談 TEL ${c.phone()}</font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#ffcc00"><font size="2"><marquee scrollamount="3">☆ 春休みの入校予約を受付中です ☆ 送迎バスのコースを一部変更しました ☆</marquee></font></td></tr>
<tr><td colspan="3" bgcolor="#6688aa" align="center"><font size="2" color="#ffffff"><a href="index.html"><font color="#ffffff">${esc(o.crumbHome)}</font></a>　｜　<a href="nyuko.html"><font color="#ffffff">入校案内</font></a>　｜　<a href="ryokin.html"><font color="#ffffff">料金</font></a>　｜　<a href="bus.html"><font color="#ffffff">送迎バス</font></a>　｜　<a href="oshirase.html"><font color="#ffffff">お知らせ</font></a>　｜　<a href="access.html"><font color="#ffffff">アクセス</font></a></font></td></tr>
<tr><td colspan="3">${sp(780, 6)}</td></tr>
<tr>
<td width="190" valign="top" bgcolor="#eef3fa" class="side">
<table width="190" border="0" cellspacing="0" cellpadding="5">
<tr><td bgcolor="#003366"><font color="#ffffff"><b>●入校キャンペーン</b></font></td></tr>
<tr><td>${fees.map((x) => `${x.p}<br><font color="#cc0000"><b>${x.yen.s}</b></font>円（税込）`).join('<br>')}</td></tr>
<tr><td bgcolor="#003366"><font color="#ffffff"><b>●技能教習の空き</b></font></td></tr>
<tr><td>本日の空き　<b>${free.s}</b>時限<br>（インターネット予約可）</td></tr>
<tr><td bgcolor="#003366"><font color="#ffffff"><b>●無料送迎バス</b></font></td></tr>
<tr><td>市内${bus.s}路線で運行中<br>教習車 ${cars.s}台</td></tr>
<tr><td bgcolor="#003366"><font color="#ffffff"><b>●教習実績</b></font></td></tr>
<tr><td>卒業生 累計${grads.s}名<br>卒業検定 一発合格率 ${pass.s}％</td></tr>
<tr><td bgcolor="#003366"><font color="#ffffff"><b>●休校日</b></font></td></tr>
<tr><td>${closed.map((h) => `${F.md(h)}（${wd(h)}）`).join('<br>')}</td></tr>
<tr><td align="center">${sp(1, 8)}<br><font size="1">あなたは</font><br><span class="cnt">${counter.s}</span><br><font size="1">人目の訪問者です<br>キリ番 ${kiri.s} を踏んだ方は<br>掲示板でお知らせください</font></td></tr>
</table>
</td>
<td width="10">${sp(10, 1)}</td>
<td width="580" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#336699"><font color="#ffffff"><b>■教習所からのお知らせ</b></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td>
<font size="2"><a href="index.html">${esc(o.crumbHome)}</a> &gt; <a href="oshirase.html">お知らせ</a>${d.crumb ? ` &gt; ${crumbDate(d)}` : ''}</font>
<${titleTag(o)}><font size="4" color="#003366">${esc(d.heading)}${esc(e.title)}</font></${titleTag(o)}>
<div align="right"><font size="2">${dateTop(d)}</font></div>
<hr size="1" noshade color="#6688aa">
${body}
${afterBody(d, o, c)}
<div align="right"><font size="2"><a href="#pagetop">▲ページの先頭へ</a></font></div>
</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#336699"><font color="#ffffff"><b>■教習所ブログ</b></font></td></tr>
${blog.map((n) => `<tr><td><font size="2">${n.ds}　<a href="blog.cgi?no=${ri(100, 999)}">${esc(n.head)}</a></font></td></tr>`).join('\n')}
</table>
</td></tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font size="2" color="#ffffff">公安委員会指定 ${permit}　Since ${since}<br>${footOrg(o)}</font></td></tr>
</table>
</div>
</body>
</html>
`;
}

// 3. hatenablog (div soup): a はてなブログ (Hatena Blog) used as an organization's blog: #globalheader-container, #blog-title,
//    #container / #content / #main / #box2 divs, article.entry with .entry-header (.date), .entry-categories, .entry-content,
//    .entry-footer with はてなスター (N stars), ブックマーク (N users), social buttons; #box2 modules: プロフィール (読者 N人),
//    検索, 最新記事 (slash dates), 月別アーカイブ (2025 / 11 (N) counts), カテゴリー (counts); 「このブログの人気記事」;
//    footer 「Powered by Hatena Blog | ブログを報告する」; a JSON data-* blob with star and bookmark counts.
function hatenablog(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4} id="${encodeURIComponent(b.text.slice(0, 12)).slice(0, 40)}">${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<blockquote><p>${b.html}</p></blockquote>`, table: (b) => tableHtml(b.rows) })).join('\n');
  const stars = c.V(3, 240, { comma: false });
  const bookmarks = c.V(2, 180, { comma: false });
  const readers = c.V(20, 4800, { comma: false });
  const latest = newsItems(c, 5, F.slash);
  const [y0, m0] = dp(e.date);
  const months = Array.from({ length: 5 }, (_, k) => { let y = y0, m = m0 - k; while (m < 1) { m += 12; y--; } return { y, m, n: c.V(2, 40, { comma: false }) }; });
  const cats = ['お知らせ', '活動報告', 'イベント', 'スタッフ日記'].map((x) => ({ x, n: c.V(3, 160, { comma: false }) }));
  const popular = shuffle(HEADLINES).slice(0, 3);
  const blogId = `${pick(['info', 'staff', 'kouhou', 'news'])}-${ids(4)}`;
  const img = `<img src="https://cdn-ak.f.st-hatena.com/images/fotolife/${blogId}/header.png"${imgAlt(o)} width="200" height="40">`;
  return `<!DOCTYPE html>
<html lang="ja" data-admin-domain="//blog.hatena.ne.jp" data-author="${blogId}" data-avail-langs="ja en" data-blog="${blogId}.hatenablog.com" data-blog-name="${esc(PLATFORM.hatenablog)}" data-page="entry" data-version="${ids(8)}" itemscope itemtype="http://schema.org/Blog">
<head prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb# article: http://ogp.me/ns/article#">
<meta charset="utf-8">
${headCommon(e, d, o, '\n<meta name="twitter:card" content="summary">\n<link rel="stylesheet" href="https://cdn.blog.st-hatena.com/css/blog.css?version=' + ids(8) + '">')}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;background:#f5f5f0;color:#333}#globalheader-container{height:36px;background:#333;color:#ddd;font-size:12px;display:flex;align-items:center;padding:0 12px;gap:16px}#blog-title{text-align:center;padding:28px 0 10px}#blog-title-inner a{font-size:28px;color:#333;text-decoration:none}#blog-description{font-size:13px;color:#777}
#content-inner{max-width:1000px;margin:0 auto;display:flex;gap:30px}#wrapper{flex:1;min-width:0}#box2{width:300px;font-size:13px}article.entry{background:#fff;padding:24px 30px}.entry-title{font-size:22px}.date{font-size:13px;color:#888}.entry-categories a{font-size:11px;background:#eee;padding:2px 6px;margin-right:4px}
blockquote{border-left:4px solid #ccc;margin:12px 0;padding:4px 12px;color:#555}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}.entry-footer{border-top:1px solid #eee;margin-top:20px;padding-top:10px;font-size:12px;color:#777}.hatena-module{background:#fff;padding:12px;margin-bottom:14px}.hatena-module-title{font-weight:bold;border-bottom:1px solid #ddd;margin-bottom:6px}
#footer{text-align:center;font-size:12px;color:#888;padding:20px}
@media print{#content-inner{display:block}#box2{width:auto}#globalheader-container,.social-buttons{display:none}}</style>
</head>
<body class="page-entry header-image-enable category-お知らせ globalheader-ng-enabled">
<div id="globalheader-container" data-brand="hatenablog"><span>はてなブログ</span><a href="https://hatenablog.com/">ブログトップ</a><a href="https://blog.hatena.ne.jp/-/reader/subscribe?blog=${blogId}">読者になる</a><a href="https://blog.hatena.ne.jp/register">ブログを始める</a></div>
<div id="container"><div id="container-inner">
<header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content">${unnei(o)}<h1 id="title">${o.h1 ? `<a href="https://${blogId}.hatenablog.com/">${esc(o.h1)}</a>` : `<a href="https://${blogId}.hatenablog.com/">${o.svg ? svgLogo(o) : ''}${img}</a>`}</h1><h2 id="blog-description">${esc(PLATFORM.hatenablog)}の活動やお知らせをお届けします</h2></div></div></header>
<div id="content" class="hfeed"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">
<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-${ri(400, 4000)} words-${ri(100, 900)} mode-html entry-odd" id="entry-${ids(16)}" data-keyword-campaign="" data-uuid="${ids(16)}" data-publication-type="entry">
<div class="entry-inner">
<header class="entry-header">
<div class="date entry-date first">${dateTop(d)}</div>
<h1 class="entry-title"><a href="https://${blogId}.hatenablog.com/entry/${ids(8)}" class="entry-title-link bookmark">${esc(d.heading)}${esc(e.title)}</a></h1>
<div class="entry-categories categories"><a href="https://${blogId}.hatenablog.com/archive/category/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B" class="entry-category-link category-お知らせ">お知らせ</a></div>
${d.crumb ? `<div class="breadcrumb">${esc(o.crumbHome)} &gt; ${crumbDate(d)}</div>` : ''}
</header>
<div class="entry-content hatenablog-entry">
${body}
</div>
${afterBody(d, o, c)}
<footer class="entry-footer">
<div class="entry-tags-wrapper"><div class="entry-tags"></div></div>
<p class="entry-footer-section track-inview-by-gtm"><span class="author vcard"><span class="fn">${blogId}</span></span> <a href="https://${blogId}.hatenablog.com/entry/${ids(8)}" class="entry-see-more">この記事へのリンク</a></p>
<div class="hatena-star-container" data-hatena-star-container><span class="hatena-star-add-button">☆</span><span class="hatena-star-star-container">★ ${stars.s}</span></div>
<div class="social-buttons"><div class="social-button-item"><a href="https://b.hatena.ne.jp/entry/s/${blogId}.hatenablog.com/" class="hatena-bookmark-button">B!</a> <span class="hatena-bookmark-count">${bookmarks.s} users</span></div><div class="social-button-item"><a href="https://x.com/share">ポスト</a></div></div>
<div class="customized-footer"><p>「${esc(PLATFORM.hatenablog)}」では、今後もこのページで最新の情報をお知らせします。</p></div>
<div class="comment-box js-comment-box"><ul class="comment js-comment"></ul><a class="leave-comment-title js-leave-comment-title">コメントを書く</a></div>
</footer>
</div>
</article>
<div class="pager pager-permalink permalink"><span class="pager-prev"><a href="https://${blogId}.hatenablog.com/entry/${ids(8)}" rel="prev">« ${esc(pick(HEADLINES))}</a></span><span class="pager-next"><a href="https://${blogId}.hatenablog.com/entry/${ids(8)}" rel="next">${esc(pick(HEADLINES))} »</a></span></div>
</div></div></div>
<aside id="box2"><div id="box2-inner">
<div class="hatena-module hatena-module-profile"><div class="hatena-module-title">プロフィール</div><div class="hatena-module-body"><a href="https://${blogId}.hatenablog.com/about" class="profile-icon-link"><img src="https://cdn.profile-image.st-hatena.com/users/${blogId}/profile.png" alt="id:${blogId}" class="profile-icon" width="60" height="60"></a><span class="id"><a href="https://${blogId}.hatenablog.com/about">id:${blogId}</a></span><div class="profile-activities">読者です 読者をやめる 読者になる 読者になる</div><div class="hatena-follow-button-box">このブログの読者 <span class="subscribers-count">${readers.s}</span>人</div></div></div>
<div class="hatena-module hatena-module-search-box"><div class="hatena-module-title">検索</div><form class="search-form"><input type="text" name="q" class="search-module-input" placeholder="記事を検索"></form></div>
<div class="hatena-module hatena-module-recent-entries"><div class="hatena-module-title">最新記事</div><ul class="recent-entries hatena-urllist">${latest.map((n) => `<li class="urllist-item recent-entries-item"><a href="https://${blogId}.hatenablog.com/entry/${ids(8)}" class="urllist-title-link">${esc(n.head)}</a><div class="urllist-date-link">${n.ds}</div></li>`).join('')}</ul></div>
<div class="hatena-module hatena-module-archive" data-archive-type="default"><div class="hatena-module-title">月別アーカイブ</div><ul class="hatena-urllist archive-module-year-list">${months.map((x) => `<li class="archive-module-month"><a href="https://${blogId}.hatenablog.com/archive/${x.y}/${pad(x.m)}">${x.y} / ${x.m}</a> (${x.n.s})</li>`).join('')}</ul></div>
<div class="hatena-module hatena-module-category"><div class="hatena-module-title">カテゴリー</div><ul class="hatena-urllist">${cats.map((x) => `<li><a href="https://${blogId}.hatenablog.com/archive/category/${encodeURIComponent(x.x)}" class="category-${x.x}">${x.x} (${x.n.s})</a></li>`).join('')}</ul></div>
<div class="hatena-module hatena-module-entries-access-ranking"><div class="hatena-module-title">このブログの人気記事</div><ul class="hatena-urllist">${popular.map((h) => `<li><a href="https://${blogId}.hatenablog.com/entry/${ids(8)}">${esc(h)}</a></li>`).join('')}</ul></div>
</div></aside>
</div></div>
<footer id="footer" data-brand="hatenablog">${footOrg(o)}<p>Powered by <a href="https://hatenablog.com/">Hatena Blog</a> | <a href="https://blog.hatena.ne.jp/-/abuse_report">ブログを報告する</a></p></footer>
</div></div>
<script type="application/json" data-hatena-counts>${JSON.stringify({ star: stars.v, bookmark: bookmarks.v, subscribers: readers.v, archive: months.map((x) => ({ month: `${x.y}-${pad(x.m)}`, count: x.n.v })) })}</script>
</body>
</html>
`;
}

// 4. profweb (Movable Type): a Movable Type 5 「Professional Website」 theme site of a 信用組合 / 生活協同組合 / 社会福祉協議会
//    (3 in EUC-JP): #container / #container-inner, #header-name, #global-navigation, #content with
//    #alpha (entry-asset asset: asset-header / asset-name / asset-meta, asset-content / asset-body, asset-footer
//    「カテゴリ:」) and #beta widgets: 店舗・ATM (N店舗, ATM N台), 組合員数 (as-of date), 休日ATM稼働日 (dates), ウェブページ
//    list, 月別アーカイブ (counts), 最近のエントリー (年月日 dates); footer with 金融機関コード / 会員数 and 「Powered by Movable Type Pro 5.2.13」.
function profweb(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4}>${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<p class="note">${b.html}</p>`, tableClass: 'table-data' })).join('\n');
  const kind = pick(['信用組合', '生協', '社協']);
  const shops = c.V(6, 48, { comma: false }); const atm = c.V(12, 140, { comma: false });
  const members = c.V(12000, 480000); const asOf = c.D(-120, -20);
  const atmDays = Array.from({ length: 3 }, () => c.D(3, 50)).sort();
  const latest = newsItems(c, 5, F.ja);
  const [y0, m0] = dp(e.date);
  const months = Array.from({ length: 4 }, (_, k) => { let y = y0, m = m0 - k; while (m < 1) { m += 12; y--; } return { y, m, n: c.V(2, 30, { comma: false }) }; });
  const volunteers = c.V(200, 9000);
  const code = String(ri(1000, 2999)); c.other.push(code);
  const img = `<img src="/images/logo.png"${imgAlt(o)} width="250" height="48">`;
  const meta = kind === '信用組合' ? [`店舗 ${shops.s}店舗／ATM ${atm.s}台`, `組合員数 ${members.s}名`, '休日ATM稼働日'] : kind === '生協' ? [`宅配センター ${shops.s}か所／店舗 ${atm.s}店`, `組合員数 ${members.s}人`, '臨時営業日'] : [`地区社協 ${shops.s}地区／サロン ${atm.s}か所`, `会員世帯数 ${members.s}世帯`, '相談会開催日'];
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8'}" />
<meta name="generator" content="Movable Type Pro 5.2.13" />
${headCommon(e, d, o, '\n<link rel="stylesheet" href="/styles.css" type="text/css" />\n<link rel="start" href="/" title="Home" />\n<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/mt/mt-rsd.cgi?blog_id=2" />')}
<style type="text/css">body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#333;background:#eef2ee}#container-inner{width:960px;margin:0 auto;background:#fff}#header{background:#2d6a4f;color:#fff;padding:16px 20px}#header-name a{color:#fff;font-size:24px;text-decoration:none}#header-description{font-size:12px}
#global-navigation ul{display:flex;list-style:none;margin:0;padding:0;background:#40916c}#global-navigation a{display:block;color:#fff;padding:8px 18px}#content-inner{display:flex;gap:24px;padding:20px}#alpha{flex:1;min-width:0}#beta{width:260px;font-size:13px}
.asset-name{font-size:22px;border-bottom:2px solid #2d6a4f}.asset-meta{font-size:12px;color:#777}.asset-footer{font-size:12px;border-top:1px dotted #aaa;margin-top:16px;padding-top:6px}.note{font-size:13px;background:#f4f8f4;padding:6px 10px}.table-data{border-collapse:collapse}.table-data td,.table-data th{border:1px solid #bbb;padding:4px 8px}
.widget{margin-bottom:16px}.widget-header{background:#2d6a4f;color:#fff;font-size:14px;padding:5px 8px;margin:0}.widget-content{padding:6px 8px;border:1px solid #ddd;border-top:0}#footer{background:#2d6a4f;color:#fff;padding:14px 20px;font-size:12px}
@media print{#content-inner{display:block}#beta{width:auto}#global-navigation{display:none}#container-inner{width:auto}}</style>
</head>
<body id="professional-website" class="mt-entry-archive layout-wt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">${unnei(o)}
<${o.h1 ? 'h1' : 'div'} id="header-name"><a href="/" accesskey="1">${o.h1 ? esc(o.h1) : `${o.svg ? svgLogo(o) : ''}${img}`}</a></${o.h1 ? 'h1' : 'div'}>
<div id="header-description">${kind === '信用組合' ? '地域の皆さまとともに歩む協同組織金融機関です' : kind === '生協' ? 'くらしに安心を、食卓に笑顔を' : 'だれもが安心して暮らせるまちづくり'}</div></div></div></div>
<div id="global-navigation"><ul><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/about/">ご案内</a></li><li><a href="/service/">${kind === '信用組合' ? '預金・ローン' : kind === '生協' ? '宅配・店舗' : '事業案内'}</a></li><li class="current"><a href="/news/">お知らせ</a></li><li><a href="/access/">アクセス</a></li></ul></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<div class="breadcrumbs"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="/news/">お知らせ</a>${d.crumb ? ` &gt; ${crumbDate(d)}` : ''}</div>
<div id="entry-${ri(100, 9999)}" class="entry-asset asset hentry">
<div class="asset-header"><${titleTag(o)} id="page-title" class="asset-name entry-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="asset-meta"><span class="byline"><abbr class="published">${dateTop(d)}</abbr></span></div></div>
<div class="asset-content entry-content"><div class="asset-body">
${body}
</div></div>
${afterBody(d, o, c)}
<div class="asset-footer"><div class="entry-categories"><h4>カテゴリ<span class="delimiter">:</span></h4><ul><li class="entry-category"><a href="/news/info/" rel="tag">お知らせ</a></li></ul></div></div>
</div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-custom widget"><h3 class="widget-header">${kind === '信用組合' ? '店舗・ATM' : kind === '生協' ? '拠点のご案内' : '地域の拠点'}</h3><div class="widget-content"><p>${meta[0]}</p></div></div>
<div class="widget-custom widget"><h3 class="widget-header">${kind === '社協' ? '会員' : '組合員'}数</h3><div class="widget-content"><p>${meta[1]}<br />（${F.ja(asOf)}現在）</p>${kind === '社協' ? `<p>ボランティア登録 ${volunteers.s}人</p>` : ''}</div></div>
<div class="widget-custom widget"><h3 class="widget-header">${meta[2]}</h3><div class="widget-content"><ul>${atmDays.map((h) => `<li>${F.md(h)}（${wd(h)}）</li>`).join('')}</ul></div></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のエントリー</h3><div class="widget-content"><ul>${latest.map((n) => `<li><a href="/news/${ri(100, 999)}.html">${esc(n.head)}</a> <span class="date">${n.ds}</span></li>`).join('')}</ul></div></div>
<div class="widget-archive-monthly widget"><h3 class="widget-header">月別アーカイブ</h3><div class="widget-content"><ul>${months.map((x) => `<li><a href="/news/${x.y}/${pad(x.m)}/">${x.y}年${x.m}月</a> (${x.n.s})</li>`).join('')}</ul></div></div>
<div class="widget-pages widget"><h3 class="widget-header">ウェブページ</h3><div class="widget-content"><ul><li><a href="/about/">ご案内</a></li><li><a href="/privacy.html">個人情報保護方針</a></li><li><a href="/sitemap.html">サイトマップ</a></li></ul></div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content">${kind === '信用組合' ? `<p>金融機関コード ${code}</p>` : `<p>登録番号 ${code}</p>`}${footOrg(o)}<p class="powered">Powered by <a href="https://www.movabletype.jp/">Movable Type Pro 5.2.13</a></p></div></div></div>
</div></div>
</body>
</html>
`;
}

// 5. gatsby (a Next.js-like React static page): a Gatsby 5 corporate site of a 物流 / 製造 / 素材 company: #___gatsby /
//    #gatsby-focus-wrapper, CSS-module classes (news-module--title--a1b2c), <link rel="preload" … page-data.json>, gatsby-image
//    wrappers; a KPI band in the header (拠点数, 従業員数, 売上高 N億円), a 採用説明会 banner (date, 定員), the release, 関連ニュース
//    (dots dates), IR カレンダー (決算発表予定日); the inline page-data JSON (result.data) carries the company figures and news again.
function gatsby(e, c, d, o, bl) {
  const h = () => ids(5);
  const cls = (m, n) => `${m}-module--${n}--${h()}`;
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3} class="${cls('post', 'heading')}">${b.html}</h${b.lv <= 2 ? 2 : 3}>`, p: (x) => `<p class="${cls('post', 'paragraph')}">${x}</p>`, note: (b) => `<aside class="${cls('post', 'note')}"><p>${b.html}</p></aside>`, tableClass: cls('post', 'table') })).join('\n');
  const bases = c.V(8, 120, { comma: false }); const staff = c.V(300, 28000); const sales = c.V(40, 9800);
  const semDate = c.D(5, 60); const seats = c.V(20, 300, { comma: false });
  const related = newsItems(c, 4, F.dots);
  const irDate = c.D(10, 90);
  const slug = ids(10);
  const data = { componentChunkName: 'component---src-templates-news-post-tsx', path: `/news/${slug}/`, result: { data: { site: { siteMetadata: { kpi: { bases: bases.v, employees: staff.v, salesOkuYen: sales.v } } }, recruit: { seminar: semDate, capacity: seats.v }, ir: { nextEarnings: irDate }, related: related.map((n) => ({ date: n.date, title: n.head })) }, pageContext: { id: ids(8) + '-' + ids(4) } }, staticQueryHashes: [String(ri(100000000, 999999999))] };
  const img = `<div class="gatsby-image-wrapper gatsby-image-wrapper-constrained" style="width:220px;height:44px"><img src="/static/${ids(32)}/logo.png"${imgAlt(o)} width="220" height="44" decoding="async" data-main-image></div>`;
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="generator" content="Gatsby 5.13.3"/>
${headCommon(e, d, o, `\n<link rel="preload" href="/page-data/news/${slug}/page-data.json" as="fetch" crossorigin="anonymous"/>\n<link rel="preload" href="/page-data/app-data.json" as="fetch" crossorigin="anonymous"/>\n<link as="script" rel="preload" href="/webpack-runtime-${ids(20)}.js"/>`)}
<style data-href="/styles.${ids(20)}.css" data-identity="gatsby-global-css">body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#1b2430}.${'hdr'}{background:#0b2545;color:#fff}.hdr-in{max-width:1120px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;padding:14px 20px}.gnav{display:flex;gap:24px;list-style:none;margin:0;padding:0}.gnav a{color:#fff}
.kpi{display:flex;gap:30px;justify-content:center;background:#13315c;color:#cfe;font-size:13px;padding:6px}.banner{background:#eef4ff;text-align:center;padding:8px;font-size:14px}.wrap{max-width:1120px;margin:0 auto;display:grid;grid-template-columns:1fr 300px;gap:40px;padding:30px 20px}.side{font-size:14px}.side section{border-top:3px solid #0b2545;margin-bottom:24px;padding-top:8px}
article h1,article h2{color:#0b2545}article table{border-collapse:collapse}article td,article th{border:1px solid #bbb;padding:5px 8px}article aside{background:#f3f6fa;padding:8px 14px}.ftr{background:#0b2545;color:#cdd;padding:24px 20px;font-size:13px}
@media print{.wrap{display:block}.gnav,.banner{display:none}}</style>
</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="hdr ${cls('layout', 'header')}"><div class="hdr-in">${unnei(o)}<a href="/" class="${cls('layout', 'logo')}">${o.h1 ? `<h1 class="site-logo">${esc(o.h1)}</h1>` : `${o.svg ? svgLogo(o) : ''}${img}`}</a>
<nav><ul class="gnav ${cls('layout', 'nav')}"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/company/">企業情報</a></li><li><a href="/business/">事業紹介</a></li><li><a href="/sustainability/">サステナビリティ</a></li><li><a href="/ir/">IR情報</a></li><li><a aria-current="page" class="active" href="/news/">ニュース</a></li><li><a href="/recruit/">採用情報</a></li></ul></nav></div>
<div class="kpi ${cls('layout', 'kpi')}"><span>国内外拠点 ${bases.s}か所</span><span>従業員数 ${staff.s}名（連結）</span><span>売上高 ${sales.s}億円</span></div></header>
<p class="banner ${cls('layout', 'banner')}">${F.ja(semDate)}開催　オンライン会社説明会（定員${seats.s}名）受付中</p>
<div class="wrap ${cls('news', 'container')}"><main>
<nav class="${cls('news', 'breadcrumb')}"><ol style="display:flex;gap:8px;list-style:none;padding:0;font-size:12px"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/news/">ニュース</a></li>${crumbLi(d)}</ol></nav>
<article class="${cls('news', 'article')}">
<p class="${cls('news', 'meta')}"><span class="${cls('news', 'date')}">${dateTop(d)}</span> <span class="${cls('news', 'category')}">お知らせ</span></p>
<${titleTag(o)} class="${cls('news', 'title')}">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="${cls('post', 'body')}">
${body}
</div>
${afterBody(d, o, c)}
</article>
<p><a href="/news/" class="${cls('news', 'back')}">ニュース一覧へ</a></p>
</main>
<div class="side ${cls('news', 'side')}">
<section><h2>関連ニュース</h2><ul style="list-style:none;padding:0">${related.map((n) => `<li><time>${n.ds}</time><br/><a href="/news/${ids(10)}/">${esc(n.head)}</a></li>`).join('')}</ul></section>
<section><h2>IRカレンダー</h2><p>次回決算発表予定日：${F.ja(irDate)}</p></section>
<section><h2>採用情報</h2><p>オンライン会社説明会 ${F.md(semDate)}（${wd(semDate)}）<br/>定員${seats.s}名</p></section>
</div></div>
<footer class="ftr ${cls('layout', 'footer')}"><p><a href="/privacy/" style="color:#cdd">プライバシーポリシー</a>　<a href="/sitemap/" style="color:#cdd">サイトマップ</a></p>${footOrg(o)}</footer>
</div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;overflow:hidden;clip:rect(0, 0, 0, 0)" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/news/${slug}/";window.___webpackCompilationHash="${ids(20)}";/*]]>*/</script>
<script id="gatsby-page-data">window.___pageData=${JSON.stringify(data)};</script>
<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-${ids(20)}.js\\"],\\"component---src-templates-news-post-tsx\\":[\\"/component---src-templates-news-post-tsx-${ids(20)}.js\\"]}";/*]]>*/</script>
</body></html>
`;
}

// 6. basercms (Bootstrap CMS): a baserCMS 4 site on a Bootstrap 4 theme of a カフェ / ベーカリー / 美容室 (UTF-8, 1 Shift_JIS,
//    2 EUC-JP): navbar navbar-expand-lg, container / row / col-lg-8 / col-lg-4, the release as a ブログ記事 (.bs-blog-post,
//    .bs-blog-title, .bs-blog-date, .bs-blog-contents); side cards: 営業日カレンダー (定休日 dates), 店舗情報 (席数, 駐車場 N台,
//    営業時間), Instagram (♥ N likes), ブログカテゴリー (counts), 最近の投稿 (dots dates); footer 「Powered by baserCMS」;
//    an instagramFeed script with the like counts.
function basercms(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4} class="h5 mt-4 border-bottom pb-1">${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<div class="alert alert-secondary small" role="note">${b.html}</div>`, tableClass: 'table table-sm table-bordered', list: (b) => `<${b.t} class="pl-4">${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>` })).join('\n');
  const kind = pick(['カフェ', 'ベーカリー', '美容室']);
  const closed = Array.from({ length: 5 }, () => c.D(-3, 40)).sort();
  const seats = c.V(8, 60, { comma: false }); const park = c.V(2, 30, { comma: false });
  const insta = Array.from({ length: 4 }, () => c.V(12, 2400, { comma: false }));
  const followers = c.V(800, 36000);
  const cats = ['お知らせ', '新メニュー', 'イベント', 'スタッフブログ'].map((x) => ({ x, n: c.V(2, 120, { comma: false }) }));
  const latest = newsItems(c, 4, F.dots);
  const point = c.V(5, 20, { comma: false });
  const charset = enc === 'EUC-JP' ? 'EUC-JP' : enc === 'Shift_JIS' ? 'Shift_JIS' : 'utf-8';
  const img = `<img src="/theme/bs4cafe/img/logo.png"${imgAlt(o)} class="d-inline-block align-top" width="180" height="40">`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="${charset}">
<meta name="generator" content="basercms">
${headCommon(e, d, o, '\n<link rel="stylesheet" href="/theme/bs4cafe/css/bootstrap.min.css">\n<link rel="stylesheet" href="/theme/bs4cafe/css/style.css">\n<link rel="alternate" type="application/atom+xml" title="Atom" href="/news/index.rss">')}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#4a3b2f;background:#fbf8f3}.container{max-width:1140px;margin:0 auto;padding:0 15px}.navbar{background:#4a3b2f;padding:10px 0}.navbar .container{display:flex;justify-content:space-between;align-items:center}.navbar-nav{display:flex;gap:20px;list-style:none;margin:0;padding:0}.navbar-nav a{color:#fff}
.row{display:flex;gap:30px;margin-top:24px}.col-lg-8{flex:2;min-width:0;background:#fff;padding:20px 26px}.col-lg-4{flex:1;font-size:14px}.card{background:#fff;border:1px solid #e6dccf;margin-bottom:18px}.card-header{background:#efe6da;padding:6px 12px;font-weight:bold}.card-body{padding:10px 12px}
.bs-blog-title{font-size:24px}.bs-blog-date{font-size:13px;color:#8a7a6a}.table{border-collapse:collapse}.table td,.table th{border:1px solid #ccc;padding:4px 8px}.alert{background:#f1ede8;padding:8px 12px;border-radius:4px}.insta{display:grid;grid-template-columns:1fr 1fr;gap:6px}.insta div{background:#eee;font-size:12px;padding:26px 4px 4px}
footer.bs-footer{background:#4a3b2f;color:#e9e0d6;text-align:center;font-size:12px;padding:18px;margin-top:30px}.topbar{background:#c7a27c;color:#fff;font-size:12px;text-align:center;padding:3px}
@media print{.row{display:block}.navbar-nav,.topbar,.insta{display:none}}</style>
</head>
<body id="Blog" class="blog-single">
<p class="topbar">LINE友だち登録でポイント${point.s}倍キャンペーン実施中</p>
<nav class="navbar navbar-expand-lg navbar-dark bs-header"><div class="container">${unnei(o)}<a class="navbar-brand" href="/">${o.h1 ? `<h1 class="h4 m-0">${esc(o.h1)}</h1>` : `${o.svg ? svgLogo(o) : ''}${img}`}</a>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarNav"><ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/">${esc(o.crumbHome)}</a></li><li class="nav-item"><a class="nav-link" href="/menu">${kind === '美容室' ? 'メニュー・料金' : 'メニュー'}</a></li><li class="nav-item"><a class="nav-link" href="/shop">店舗情報</a></li><li class="nav-item active"><a class="nav-link" href="/news/">お知らせ</a></li><li class="nav-item"><a class="nav-link" href="/contact/">お問い合わせ</a></li></ul></div></div></nav>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb bs-crumbs" style="display:flex;gap:8px;list-style:none;padding:0;font-size:12px;margin:12px 0 0"><li class="breadcrumb-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="breadcrumb-item"><a href="/news/">お知らせ</a></li>${crumbLi(d, (x) => `<li class="breadcrumb-item active" aria-current="page">${x}</li>`)}</ol></nav>
<div class="row">
<main class="col-lg-8 bs-main-contents">
<article class="bs-blog-post">
<${titleTag(o)} class="bs-blog-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="bs-blog-meta"><span class="bs-blog-date">${dateTop(d)}</span> <span class="badge badge-secondary bs-blog-category">お知らせ</span></div>
<div class="bs-blog-contents">
${body}
</div>
${afterBody(d, o, c)}
</article>
<div class="bs-blog-contents-navi d-flex justify-content-between small"><a href="/news/archives/${ri(10, 999)}" class="prev-link">≪ ${esc(pick(HEADLINES))}</a><a href="/news/archives/${ri(10, 999)}" class="next-link">${esc(pick(HEADLINES))} ≫</a></div>
</main>
<aside class="col-lg-4 bs-sub-contents">
<div class="card bs-widget-calendar"><div class="card-header">営業日カレンダー</div><div class="card-body"><p>定休日</p><ul>${closed.map((h) => `<li>${F.md(h)}（${wd(h)}）</li>`).join('')}</ul></div></div>
<div class="card"><div class="card-header">店舗情報</div><div class="card-body"><p>${kind === '美容室' ? `セット面 ${seats.s}席` : `客席 ${seats.s}席`}／駐車場 ${park.s}台<br>営業時間 ${kind === 'ベーカリー' ? '7:00〜18:00' : '10:00〜19:00'}</p></div></div>
<div class="card"><div class="card-header">Instagram</div><div class="card-body"><p class="small">フォロワー ${followers.s}人</p><div class="insta">${insta.map((x) => `<div>♥ ${x.s}</div>`).join('')}</div></div></div>
<div class="card bs-widget-blog-category"><div class="card-header">カテゴリー</div><div class="card-body"><ul>${cats.map((x) => `<li><a href="/news/archives/category/${encodeURIComponent(x.x)}">${x.x}(${x.n.s})</a></li>`).join('')}</ul></div></div>
<div class="card bs-widget-blog-recent"><div class="card-header">最近の投稿</div><div class="card-body"><ul class="list-unstyled">${latest.map((n) => `<li><span class="small">${n.ds}</span><br><a href="/news/archives/${ri(10, 999)}">${esc(n.head)}</a></li>`).join('')}</ul></div></div>
</aside>
</div></div>
<footer class="bs-footer"><div class="container">${footOrg(o)}<p class="small">Powered by <a href="https://basercms.net" style="color:#e9e0d6">baserCMS</a></p></div></footer>
<script>var instagramFeed = {"followers":${followers.v},"posts":[${insta.map((x) => `{"id":"${ids(11)}","likes":${x.v}}`).join(',')}]};</script>
</body>
</html>
`;
}

// ---------- documents ----------
// (blind-set-kit.mjs's document maker, as pages-w calls it; the layouts of annexable releases dealt in turn so that each occurs) Four layouts: `plain` (page numbers 「- N -」), `bessi` (the release's tables and lists moved to a 別紙 page at the end, 「（別紙のとおり）」
// where they stood, footer 「N / M」), `annex2col` (those on a 別紙 page set in two CSS columns), `wrapTable` (narrow
// fixed-layout tables whose cells wrap, a running header with the title, footer 「N ページ」).
let docTurn = 0;
const docHtml = (e, c, bl) => documentHtml(e, c, bl, (annexable) => (annexable ? ['annex2col', 'bessi', 'wrapTable', 'plain'][docTurn++ % 4] : pick(['plain', 'wrapTable', 'bessi'])), { boxOnBareAnnex: true });


// ---------- build ----------
const entries = drawEntries('y', [['wpthor', 7], ['sjiskyoshu', 6], ['hatenablog', 7], ['profweb', 7], ['gatsby', 6], ['basercms', 7]], DATE_MODES, ORG_MODES);
let pwEuc = 0, bcN = 0;
for (const e of entries) e.encoding = e.style === 'sjiskyoshu' ? 'Shift_JIS' : e.style === 'profweb' ? (pwEuc++ < 3 ? 'EUC-JP' : 'UTF-8') : e.style === 'basercms' ? ['EUC-JP', 'Shift_JIS', 'EUC-JP'][bcN++] || 'UTF-8' : 'UTF-8';
const docIds = documentIds(entries);
writeBlindSet(kit, { out: OUT, entries, families: { wpthor, sjiskyoshu, hatenablog, profweb, gatsby, basercms }, dateParts, orgParts, docIds, docHtml });
