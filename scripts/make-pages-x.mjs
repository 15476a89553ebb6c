#!/usr/bin/env node
// Makes fixtures/pages-x, the twenty-fourth blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as news pages in six new site families (a SANGO-theme WordPress site of a small
// business, an old Shift_JIS 温泉旅館 site, a Google Docs document 「published to the web」 used as a notice board, a Movable
// Type 6 Eiger-theme 商工会議所 site, a SvelteKit static corporate site with its hydration data, an EC-CUBE 3 (Bootstrap 3)
// online shop's news page), plus Word-style document sources for the 10 shortest. Written without reading the tool; the
// release drawing, numeral/date forms, Markdown blocks and document maker are scripts/blind-set-kit.mjs's, the modes and
// decoy bookkeeping make-pages-w.mjs's, extended.
// Usage: node scripts/make-pages-x.mjs --seed 20261217   (then print-blind-pages.mjs --set x, check-blind-pages.mjs --set x)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-x');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261217;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { rand, ri, isoAdd, pick, shuffle, own, all, chosen, KD, kanji, pad, esc, wd, dp, F, fw, kanjiDate, inline, plain, blocks, tableHtml, blockHtml, ctxFor, HEADLINES, newsItems, documentHtml } = kit;
const { dateParts, orgParts, timeEl, svgLogo, dateTop, MON, imgAlt, ABBR, abbr, addrEl, crumbDate, logoHtml, crumbLi, ids, drawEntries, documentIds } = blindSetModes(kit, { platformOf: (style) => PLATFORM[style] });

// ---------- date and organization modes ----------
const DATE_MODES = ['koukaiKoushin', 'dots', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'hyphenIso', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'fwJa', 'uketsuke', 'urlAndTitle', 'dlAfter', 'articleFooter', 'thHead', 'eraFw', 'postedWeekdayTime', 'splitSpans', 'dlKeisaiStart', 'reiwaKanji', 'metaNameDate', 'wordReiwaRight', 'keisaiWeekdayFull', 'breadcrumbDate', 'updateFirst', 'reiwaShortNoPad', 'isoStampShown', 'weekdayKeisai', 'twoDigitYear', 'enMonthDay', 'calendarBadge', 'kanjiKoukai'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address', 'metaAuthor', 'signatureAlt', 'h1Logo', 'contactFirst', 'ogPlatformTitle', 'addressElement', 'ijoSignature', 'hakkouLine', 'abbrTitle', 'appName', 'microdata', 'logoTitle'];
function headCommon(e, d, o, extra = '') {
  const ld = articleLd(kit, e, d, o);
  return `<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:title" content="${esc(e.title)}">\n<meta property="og:type" content="article">${o.og ? `\n<meta property="og:site_name" content="${esc(o.og)}">` : ''}${o.author ? `\n<meta name="author" content="${esc(o.author)}">` : ''}${o.appName ? `\n<meta name="application-name" content="${esc(o.appName)}">` : ''}${d.urlDate ? `\n<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}-01.html">` : ''}${d.meta ? `\n${d.meta}` : ''}${e.metadata.jsonLd ? `\n<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}${extra}`;
}
const afterBody = (d, o, c) => `${d.after}${o.micro ? `\n<div class="org-microdata" itemscope itemtype="https://schema.org/Organization" hidden><meta itemprop="name" content="${esc(o.micro)}"></div>` : ''}${o.ijo ? `\n<div class="sign-block"><p style="text-align:right">以　上</p><p style="text-align:right">${esc(o.ijo)}</p></div>` : ''}${o.sigAlt ? `\n<p class="signature" style="text-align:right"><img src="/img/signature.png" alt="${esc(o.sigAlt)}" width="240" height="48"></p>` : ''}${o.contact ? `\n<div class="contact-block"><h3>お問い合わせ先</h3><p>${esc(o.contact)}<br>${pick(['広報室', '総務部', 'お客様相談窓口', '事務局'])}　電話：${c.phone()}<br>受付時間：平日（土日祝日を除く）</p></div>` : ''}`;
const PLATFORM = { wpsango: 'ブログ', sjisryokan: '館内だより', gdocs: 'Google ドキュメント', mteiger: '会議所ニュース', sveltekit: 'Newsroom', eccube: 'オンラインショップ' };
const titleTag = (o) => (o.h1 ? 'h2' : 'h1');



const footOrg = (o) => `${o.address ? `<p class="foot-address">${esc(o.address)}</p>` : ''}${addrEl(o)}${o.fullFoot ? `<p class="foot-company">${esc(o.fullFoot)}</p>` : ''}<p class="copyright">${esc(o.copy)}</p>${o.hakkou ? `<p class="hakkou">発行：${esc(o.hakkou)}</p>` : ''}`;

// 1. wpsango (WordPress-like): a 整骨院 / 学習塾 / ヨガ教室 site on the SANGO theme: #container, header-logo, desktop-nav,
//    breadcrumb (BreadcrumbList microdata), entry-header with entry-meta, entry-content with sng-box notes and tbrsp tables,
//    SNS share buttons with counts (scc), author-info box (フォロワー), related-posts (dated), prev-next; side: プロフィール
//    (施術実績 / 生徒数, フォロワー), 人気記事 (views), ご予約状況 (今週の空き枠), 新着記事 (slash dates); footer with 院数 / 教室数;
//    sngVars-like script with the share and view counts.
function wpsango(e, c, d, o, bl) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3}>${b.html}</h${b.lv <= 2 ? 2 : 3}>`, note: (b) => `<div class="sng-box box1"><p>${b.html}</p></div>`, table: (b) => `<div class="tbrsp">${tableHtml(b.rows)}</div>`, list: (b) => `<${b.t} class="${b.t === 'ul' ? 'list-check' : 'list-num'}">${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>` })).join('\n');
  const kind = pick(['整骨院', '学習塾', 'ヨガ']);
  const shares = { tw: c.V(3, 480, { comma: false }), fb: c.V(3, 480, { comma: false }), hb: c.V(2, 90, { comma: false }) };
  const followers = c.V(300, 48000);
  const record = c.V(1000, 98000);
  const popular = shuffle(HEADLINES).slice(0, 4).map((h) => ({ h, pv: c.V(1100, 64000) }));
  const slots = c.V(2, 19, { comma: false });
  const latest = newsItems(c, 4, F.slash);
  const related = newsItems(c, 3, F.dots, false);
  const prev = c.D(-70, -2); const next = c.D(2, 45);
  const branches = c.V(3, 48, { comma: false });
  const views = c.V(250, 98000, { comma: false });
  const img = `<img src="/wp-content/uploads/2023/04/logo-header.png"${imgAlt(o)} class="header-logo__img" width="260" height="52">`;
  const who = kind === '整骨院' ? ['施術実績', '名'] : kind === '学習塾' ? ['指導実績', '名'] : ['レッスン参加', '回'];
  return `<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8">
${headCommon(e, d, o, '\n<meta name="generator" content="WordPress 6.5.5">\n<link rel="stylesheet" id="sng-stylesheet-css" href="/wp-content/themes/sango-theme/style.css?ver3_9_7" media="all">\n<link rel="stylesheet" id="sng-option-css" href="/wp-content/themes/sango-theme/entry-option.css?ver3_9_7" media="all">')}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#252525;background:#f4f4f4}.wrap{max-width:1180px;margin:0 auto}.header{background:#58a9ef;color:#fff}#inner-header{display:flex;align-items:center;justify-content:space-between;padding:8px 16px}.desktop-nav ul{display:flex;gap:20px;list-style:none;margin:0;padding:0}.desktop-nav a{color:#fff}
#inner-content{display:flex;gap:30px;padding:20px 16px}#main{flex:1;min-width:0;background:#fff;padding:20px 28px}#sidebar1{width:320px;font-size:14px}.widget{background:#fff;margin-bottom:18px;padding:10px 14px}.widgettitle{background:#58a9ef;color:#fff;padding:6px 10px;margin:-10px -14px 8px;font-size:15px}
.breadcrumb ul{display:flex;gap:6px;list-style:none;padding:0;font-size:12px}.entry-title{font-size:24px}.entry-meta{font-size:13px;color:#888}.sng-box.box1{border:2px solid #f5a623;padding:8px 14px;margin:14px 0}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:5px 8px}
.sns-btn ul{display:flex;gap:8px;list-style:none;padding:0}.sns-btn__item{background:#eee;padding:6px 10px;font-size:12px}.author-info,.related-posts,#prev-next{border-top:1px solid #ddd;margin-top:20px;padding-top:12px;font-size:14px}.footer{background:#3c3c3c;color:#ddd;padding:18px 16px;font-size:13px;margin-top:30px}
@media print{#inner-content{display:block}#sidebar1{width:auto}.desktop-nav,.sns-btn{display:none}}</style>
</head>
<body class="post-template-default single single-post postid-${ri(100, 9999)} single-format-standard fa5">
<div id="container">
<header class="header"><div id="inner-header" class="wrap cf"><div id="logo" class="header-logo h1 dfont">${logoHtml(o, `<a href="/" class="header-logo__link">${img}</a>`)}</div>
<div class="header-search"><label class="header-search__open" for="header-search-input"><i class="fas fa-search" aria-hidden="true"></i></label></div>
<nav class="desktop-nav clearfix"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">${esc(o.crumbHome)}</a></li><li class="menu-item"><a href="/about/">${kind === '整骨院' ? '院について' : kind === '学習塾' ? '教室案内' : 'スタジオ紹介'}</a></li><li class="menu-item"><a href="/price/">料金</a></li><li class="menu-item current-menu-parent"><a href="/category/news/">ブログ</a></li><li class="menu-item"><a href="/reserve/">ご予約</a></li></ul></nav></div></header>
<div id="content"><div id="inner-content" class="wrap cf">
<main id="main" class="m-all t-2of3 d-5of7 cf">
<article id="entry" class="cf post type-post status-publish format-standard category-news">
<header class="article-header entry-header">
<nav id="breadcrumb" class="breadcrumb"><ul itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">${esc(o.crumbHome)}</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/category/news/" itemprop="item"><span itemprop="name">お知らせ</span></a><meta itemprop="position" content="2"></li>${crumbLi(d)}</ul></nav>
<${titleTag(o)} class="entry-title single-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="entry-meta vcard"><span class="pubdate entry-time dfont">${dateTop(d)}</span></div>
<div class="sns-btn sns-dif normal-sns"><ul><li class="tw sns-btn__item"><a href="https://twitter.com/share" target="_blank" rel="nofollow noopener noreferrer"><i class="fab fa-twitter" aria-hidden="true"></i><span class="share_txt">ポスト</span></a><span class="scc dfont">${shares.tw.s}</span></li><li class="fb sns-btn__item"><a href="https://www.facebook.com/share.php" target="_blank" rel="nofollow noopener noreferrer"><span class="share_txt">シェア</span></a><span class="scc dfont">${shares.fb.s}</span></li><li class="hatebu sns-btn__item"><a href="http://b.hatena.ne.jp/add?mode=confirm" target="_blank" rel="nofollow noopener noreferrer"><span class="share_txt">はてブ</span></a><span class="scc dfont">${shares.hb.s}</span></li></ul></div>
</header>
<section class="entry-content cf">
${body}
</section>
${afterBody(d, o, c)}
<footer class="article-footer"><aside><div class="footer-contents"><div class="author-info pastel-bc"><div class="author-info__inner"><div class="tb"><div class="tb-left"><div class="author_label"><span>この記事を書いた人</span></div><div class="author_img"><img alt="" src="/wp-content/uploads/avatar.png" class="avatar" height="100" width="100"></div><dl class="aut"><dt><a class="dfont" href="/author/staff/"><span>スタッフ</span></a></dt><dd>フォロワー ${followers.s}人</dd></dl></div></div></div></div>
<div class="related-posts type_a"><h3 class="h-undeline related_title">関連記事</h3><ul>${related.map((n) => `<li><a href="/news/${ri(100, 9999)}/"><div class="rep"><p>${esc(n.head)}</p><time class="dfont">${n.ds}</time></div></a></li>`).join('')}</ul></div>
<div id="prev-next" class="cf"><a class="prev-next__link prev-next__link--prev" href="/news/${ri(100, 9999)}/"><span class="prev-next__text">前の記事：${esc(pick(HEADLINES))}（${F.dots(prev)}）</span></a><a class="prev-next__link prev-next__link--next" href="/news/${ri(100, 9999)}/"><span class="prev-next__text">次の記事：${esc(pick(HEADLINES))}（${F.dots(next)}）</span></a></div>
</div></aside></footer>
</article>
</main>
<div id="sidebar1" class="sidebar m-all t-1of3 d-2of7 last-col cf" role="complementary"><aside class="insidesp"><div class="normal-sidebar">
<div class="widget my_profile"><h4 class="widgettitle dfont has-fa-before">プロフィール</h4><div class="yourprofile"><p class="yourname dfont">${kind === '整骨院' ? '院長' : kind === '学習塾' ? '塾長' : '代表インストラクター'}</p><p>${who[0]} ${record.s}${who[1]}以上</p><p>SNSフォロワー ${followers.s}人</p></div></div>
<div class="widget widget_popular_posts"><h4 class="widgettitle dfont has-fa-before">人気記事</h4><ul class="my-widget show_num">${popular.map((p) => `<li><a href="/news/${ri(100, 9999)}/"><div class="my-widget__text">${esc(p.h)}<span class="dfont views">${p.pv.s} views</span></div></a></li>`).join('')}</ul></div>
<div class="widget widget_text"><h4 class="widgettitle dfont has-fa-before">ご予約状況</h4><div class="textwidget"><p>今週の空き枠　残り<strong>${slots.s}</strong>枠</p><p><a href="/reserve/">WEB予約はこちら</a></p></div></div>
<div class="widget widget_recent_entries"><h4 class="widgettitle dfont has-fa-before">新着記事</h4><ul class="my-widget">${latest.map((n) => `<li><a href="/news/${ri(100, 9999)}/"><div class="my-widget__text">${esc(n.head)}<span class="post-date dfont">${n.ds}</span></div></a></li>`).join('')}</ul></div>
</div></aside></div>
</div></div>
<footer class="footer"><div id="footer-menu"><div><a class="footer-menu__btn dfont" href="/"><i class="fas fa-home" aria-hidden="true"></i> HOME</a></div><nav><div class="footer-links cf"><ul class="menu"><li><a href="/privacy/">プライバシーポリシー</a></li><li><a href="/sitemap/">サイトマップ</a></li></ul></div></nav>
<p class="footer-branches">${kind === '整骨院' ? `グループ院 ${branches.s}院` : kind === '学習塾' ? `県内 ${branches.s}教室` : `全国 ${branches.s}スタジオ`}で営業中</p>${footOrg(o)}</div></footer>
</div>
<script>var sngShare = {"postId":${ri(100, 9999)},"counts":{"twitter":${shares.tw.v},"facebook":${shares.fb.v},"hatebu":${shares.hb.v}},"pv":${views.v}};</script>
</body></html>
`;
}

// 2. sjisryokan (old Shift_JIS table layout): an old 温泉旅館 / 観光協会 site (all 7 Shift_JIS, HTML 4.01, <body background>,
//    760px <center> table, <font>, spacer GIFs): header cell with the reservation phone and 「創業N年」, a menu row of image-like
//    links, left column: 宿泊プラン (お一人様 N円～（税込）), 満室日 (dates with weekdays), 館内のご案内 (客室数, 収容人数, 駐車場),
//    本日の天気 (最高 / 最低気温 ℃, 降水確率 %), アクセスカウンタ 「あなたは N 人目のお客様です」; right: the release under a
//    「館内だより」 bar with ◆ headings, 女将の日記 (dated), 「▲このページのトップへ」; footer 旅館業許可 (番号) and 温泉組合.
function sjisryokan(e, c, d, o, bl) {
  const F2 = (h) => `<font size="2">${h}</font>`;
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#e9e1cf"><font size="3" color="#4a2f14"><b>◆${b.html}</b></font></td></tr></table>`, p: (h) => `<p>${F2(h)}</p>`, note: (b) => `<p><font size="1" color="#666666">${b.html}</font></p>`, table: (b) => tableHtml(b.rows, 'kantbl', ' border="1" cellspacing="0" cellpadding="4" bgcolor="#ffffff"'), list: (b) => `<${b.t}>${b.items.map((x) => `<li>${F2(x)}</li>`).join('')}</${b.t}>` })).join('\n');
  const founded = c.V(40, 180, { comma: false });
  const plans = shuffle(['季節の会席プラン', '素泊まりプラン', '露天風呂付き客室プラン', '朝食付きビジネスプラン', '連泊割プラン', '記念日プラン']).slice(0, 3).map((p) => ({ p, yen: c.V(6800, 48000) }));
  const full = Array.from({ length: 4 }, () => c.D(2, 50)).sort();
  const rooms = c.V(8, 60, { comma: false }); const capa = c.V(30, 240, { comma: false }); const park = c.V(10, 80, { comma: false });
  const hi = c.V(21, 36, { comma: false }); const lo = c.V(10, 19, { comma: false }); const rain = c.V(10, 90, { comma: false });
  const counter = c.V(100000, 9800000);
  const diary = newsItems(c, 4, F.slash);
  const permit = `第${ri(10, 999)}号`;
  c.other.push(permit);
  const sp = (w, h) => `<img src="img/spacer.gif" width="${w}" height="${h}" alt="">`;
  const img = `<img src="img/title_logo.gif" width="320" height="60" border="0"${imgAlt(o)}>`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta http-equiv="Content-Style-Type" content="text/css">
<meta name="keywords" content="温泉,旅館,露天風呂,会席料理,日帰り入浴">
${headCommon(e, d, o)}
<style type="text/css"><!--
body{font-family:"ＭＳ Ｐ明朝","Noto Serif CJK JP",serif;margin:0}a:link{color:#6b3e12}a:visited{color:#6b3e12}.side td{font-size:12px}.kantbl{border-collapse:collapse;font-size:13px}.kantbl th{background:#f3ead6}
.count{font-family:"Courier New",monospace;background:#000000;color:#33ff33;padding:0 3px}
@media print{table{width:100% !important}td{width:auto !important}img[src$="spacer.gif"]{display:none}}
--></style>
</head>
<body background="img/washi_bg.gif" bgcolor="#f7f1e3" text="#333333" link="#6b3e12" vlink="#6b3e12" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<a name="top"></a>
<center>
<table width="760" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td colspan="3" bgcolor="#4a2f14"><table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>${logoHtml(o, `<a href="index.html">${img}</a>`)}</td><td align="right" valign="bottom"><font color="#ffffff" size="2">創業${founded.s}年　源泉かけ流しの宿<br>ご予約・お問い合わせ　TEL ${c.phone()}</font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#c9b27c" align="center"><font size="2"><a href="index.html">${esc(o.crumbHome)}</a>　|　<a href="onsen.html">温泉</a>　|　<a href="ryouri.html">お料理</a>　|　<a href="heya.html">客室</a>　|　<a href="tayori.html">館内だより</a>　|　<a href="access.html">交通案内</a>　|　<a href="yoyaku.cgi">ご予約</a></font></td></tr>
<tr><td colspan="3">${sp(760, 8)}</td></tr>
<tr>
<td width="180" valign="top" bgcolor="#f3ead6" class="side">
<table width="180" border="0" cellspacing="0" cellpadding="5">
<tr><td bgcolor="#7a5a2c"><font color="#ffffff"><b>◇宿泊プラン</b></font></td></tr>
<tr><td>${plans.map((x) => `<a href="plan.cgi?p=${ri(10, 99)}">${x.p}</a><br>お一人様 <font color="#cc0000"><b>${x.yen.s}</b></font>円～（税込）`).join('<br><br>')}</td></tr>
<tr><td bgcolor="#7a5a2c"><font color="#ffffff"><b>◇満室のお知らせ</b></font></td></tr>
<tr><td>下記の日は満室となりました。<br>${full.map((h) => `<font color="#cc0000">×</font> ${F.md(h)}（${wd(h)}）`).join('<br>')}</td></tr>
<tr><td bgcolor="#7a5a2c"><font color="#ffffff"><b>◇館内のご案内</b></font></td></tr>
<tr><td>客室数　${rooms.s}室<br>収容人数　${capa.s}名<br>駐車場　${park.s}台（無料）<br>チェックイン 15:00／アウト 10:00</td></tr>
<tr><td bgcolor="#7a5a2c"><font color="#ffffff"><b>◇本日の天気</b></font></td></tr>
<tr><td>晴れのち曇り<br>最高気温 ${hi.s}℃／最低気温 ${lo.s}℃<br>降水確率 ${rain.s}％</td></tr>
<tr><td align="center">${sp(1, 6)}<br><font size="1">あなたは</font><br><span class="count">${counter.v}</span><br><font size="1">人目のお客様です</font></td></tr>
</table>
</td>
<td width="10">${sp(10, 1)}</td>
<td width="570" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="#4a2f14"><font color="#ffffff" size="2">　■館内だより</font></td></tr></table>
<font size="2"><a href="index.html">${esc(o.crumbHome)}</a> ＞ <a href="tayori.html">館内だより</a>${d.crumb ? ` ＞ ${crumbDate(d)}` : ''}</font>
<${titleTag(o)} style="font-size:18px;margin:10px 0 4px 0"><font color="#4a2f14">${esc(d.heading)}${esc(e.title)}</font></${titleTag(o)}>
<div align="right"><font size="2">${dateTop(d)}</font></div>
<hr size="1" noshade color="#c9b27c">
${body}
${afterBody(d, o, c)}
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#e9e1cf"><font size="2"><b>女将の日記</b></font></td></tr>
${diary.map((n) => `<tr><td><font size="2">${n.ds}　<a href="nikki.cgi?no=${ri(10, 999)}">${esc(n.head)}</a></font></td></tr>`).join('\n')}
</table>
<div align="right"><font size="2"><a href="#top">▲このページのトップへ</a></font></div>
${sp(1, 10)}
</td>
</tr>
<tr><td colspan="3" bgcolor="#4a2f14" align="center"><font size="2" color="#ffffff">旅館業許可 ${permit}　／　当館は温泉旅館協同組合に加盟しています</font><br><font size="1" color="#ffffff">${footOrg(o)}</font></td></tr>
</table>
</center>
</body>
</html>
`;
}

// 3. gdocs (div soup): a Google Docs document 「published to the web」 used as the organization's notice board: #banner
//    (the document's name, 「Google ドキュメントを使って公開済み」, 不正使用を報告, 詳細), #contents holding the document's own HTML
//    (generated c1…cN classes, every paragraph's text cut into style runs of <span>s, headings as <p>/<h2> with id h.xxxx,
//    lists as lst-kix_ <ul>/<ol>, tables as c-classed <table> with a <p><span> in every cell); the document opens with a
//    letterhead table (logo image, 営業時間 / 会員数 / スタッフ数) and closes with 「これまでのお知らせ」 (dated entries with
//    figures) and a 掲示板の更新履歴 line; #footer 「5 分ごとに自動更新」.
function gdocs(e, c, d, o, bl) {
  let cls = 0; const C = () => `c${ri(0, 40)}`;
  const runs = (text) => { const out = []; let s = text; while (s.length) { let n = Math.min(s.length, ri(4, 28)); while (n < s.length && /[0-9０-９,.]/.test(s[n - 1]) && /[0-9０-９,.]/.test(s[n])) n++; out.push(`<span class="${C()}">${esc(s.slice(0, n))}</span>`); s = s.slice(n); } return out.join('') || `<span class="${C()}"></span>`; };
  const hid = () => `h.${ids(12)}`;
  let li = 0;
  const body = bl.map((b) => {
    if (b.t === 'h') return b.lv <= 2 ? `<h2 class="${C()}" id="${hid()}"><span class="${C()}">${esc(b.text)}</span></h2>` : `<p class="${C()}"><span class="${C()} bold">${esc(b.text)}</span></p>`;
    if (b.t === 'p') return b.note ? `<p class="${C()} note"><span class="${C()} small">${esc(b.text)}</span></p>` : `<p class="${C()}">${runs(b.text)}</p>`;
    if (b.t === 'ul' || b.t === 'ol') { const k = `lst-kix_${ids(12)}-0`; li++; return `<${b.t} class="${C()} ${k} start"${b.t === 'ol' ? ' start="1"' : ''}>${b.texts.map((x) => `<li class="${C()} li-bullet-0">${runs(x)}</li>`).join('')}</${b.t}>`; }
    if (b.t === 'table') { const w = Math.max(...b.rows.map((r) => r.length)); return `<table class="${C()} doc-table">${b.rows.map((r, i) => `<tr class="${C()}">${Array.from({ length: w }, (_, k) => `<td class="${C()}" colspan="1" rowspan="1"><p class="${C()}"><span class="${C()}${i === 0 && b.rows.length > 1 ? ' bold' : ''}">${esc(plain(r[k] || ''))}</span></p></td>`).join('')}</tr>`).join('')}</table>`; }
    return '';
  }).join('\n');
  const hours = `${ri(8, 10)}:00～${ri(17, 19)}:00`;
  const members = c.V(120, 48000); const staff = c.V(5, 240, { comma: false });
  const past = newsItems(c, 5, F.ja).map((n) => ({ ...n, extra: c.V(20, 9800) }));
  const edits = c.V(12, 480, { comma: false });
  const lastEdit = c.D(1, 20);
  const img = `<img src="https://lh7-rt.googleusercontent.com/docsz/AD_4nX${ids(24)}?key=${ids(16)}" style="width:180px;height:44px"${imgAlt(o)}>`;
  const docName = `${PLATFORM_DOC[ri(0, PLATFORM_DOC.length - 1)]}`;
  return `<!DOCTYPE html>
<html lang="ja"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
${headCommon(e, d, o, `\n<meta name="referrer" content="strict-origin-when-cross-origin">\n<link rel="shortcut icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico">`)}
<style type="text/css">body{margin:0;font-family:Arial,"Noto Sans CJK JP",sans-serif;background:#fff}#banner{border-bottom:1px solid #ccc;padding:10px 20px;display:flex;justify-content:space-between;font-size:14px}#title{font-weight:bold}#contents{max-width:720px;margin:20px auto;padding:0 20px}
.doc-content p{margin:0;line-height:1.5;font-size:11pt}.doc-content h2{font-size:14pt;margin:14pt 0 4pt}.bold{font-weight:700}.small{font-size:9pt;color:#555}.doc-table,.lh-table{border-collapse:collapse;margin:6pt 0}.doc-table td{border:1px solid #000;padding:4pt 5pt;vertical-align:top}.lh-table td{border:0;padding:2pt 6pt;font-size:9pt}
.c0{color:#000}.c3{font-size:11pt}.c7{text-decoration:none}.c12{vertical-align:baseline}.c21{font-style:normal}.title{font-size:18pt;font-weight:700;margin:6pt 0 10pt}#footer{border-top:1px solid #ccc;padding:10px 20px;font-size:12px;color:#777}
@media print{#banner,#footer{display:none}}</style>
</head>
<body>
<div id="banner"><div id="title">${esc(docName)}</div><div id="interval"><span>Google ドキュメントを使って公開済み</span>　<a href="https://docs.google.com/abuse?id=${ids(30)}">不正使用を報告</a>　<a href="https://support.google.com/docs/answer/183965?hl=ja">詳細</a></div></div>
<div id="contents"><div class="doc-content">
<table class="lh-table ${C()}"><tr><td>${logoHtml(o, `<span style="overflow:hidden;display:inline-block">${img}</span>`)}</td><td><p class="${C()}"><span class="${C()}">受付時間 ${hours}</span></p><p class="${C()}"><span class="${C()}">会員数 ${members.s}名／スタッフ ${staff.s}名</span></p><p class="${C()}"><span class="${C()}"><a class="${C()}" href="https://www.google.com/url?q=https://www.example.jp/&amp;sa=D">${esc(o.crumbHome)}へ戻る</a></span></p></td></tr></table>
<hr>
<p class="${C()} title" id="${hid()}"><span class="${C()}">${d.heading ? esc(d.heading) : ''}${esc(e.title)}</span></p>
<p class="${C()}" style="text-align:right"><span class="${C()}">${dateTop(d)}</span></p>
${d.crumb ? `<p class="${C()}"><span class="${C()}">お知らせ ＞ ${crumbDate(d)}</span></p>` : ''}
${body}
${afterBody(d, o, c)}
<hr style="page-break-before:auto">
<h2 class="${C()}" id="${hid()}"><span class="${C()}">これまでのお知らせ</span></h2>
${past.map((n) => `<p class="${C()}"><span class="${C()} bold">${n.ds}</span><span class="${C()}">　${esc(n.head)}</span></p><p class="${C()}"><span class="${C()} small">（閲覧 ${n.extra.s}回）</span></p>`).join('\n')}
<p class="${C()}"><span class="${C()} small">この掲示は ${F.slash(lastEdit)} に ${edits.s} 回目の編集がされています。</span></p>
${footOrg(o)}
</div></div>
<div id="footer"><div>Google ドキュメントを使って公開済み – <a href="https://docs.google.com/abuse?id=${ids(30)}">不正使用を報告</a> – <a href="https://support.google.com/docs/answer/183965?hl=ja">詳細</a> – 5 分ごとに自動更新</div></div>
<script nonce="${ids(22)}">window.DOCS_timing = {};window.viewerData = {"config":{"id":"2PACX-1v${ids(40)}","title":${JSON.stringify(docName)},"revision":${edits.v},"isPublished":true}};</script>
</body></html>
`;
}
const PLATFORM_DOC = ['お知らせ掲示板', 'お知らせ（公開用）', '【公開】お客様へのお知らせ', '掲示板_お知らせ一覧', 'ニュース（Web公開）'];

// 4. mteiger (Movable Type): a Movable Type 6 「Eiger」 theme site of a 商工会議所 / 商工会 / 観光協会 (3 in EUC-JP): #container,
//    #header with the site name image and a 「会員専用」 link, #global-navigation, .asset-header / .asset-meta / .asset-body, MT's
//    「このブログ記事について」 widget (the previous and next entries by name), side: 会員事業所数 (as-of date), 景況調査 (業況DI
//    ▲N, 調査対象 N社, 回答率 %), 検定試験 (第N回 簿記検定, 試験日, 申込締切), 会報 (発行部数 N部), 最近のブログ記事 (dates),
//    カテゴリ (counts); footer 所在地 / 電話 / 開所時間, 「Powered by Movable Type 6.8.8」.
function mteiger(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4}>${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<p class="note" style="font-size:90%">${b.html}</p>`, tableClass: 'mt-table' })).join('\n');
  const firms = c.V(400, 9800); const asOf = c.D(-80, -3);
  const di = c.V(3, 39, { comma: false }); const surveyed = c.V(120, 980, { comma: false }); const rate = c.V(40, 89, { comma: false });
  const kai = c.V(120, 172, { comma: false }); const exam = c.D(20, 100); const apply = c.D(3, 30);
  const copies = c.V(1200, 9800);
  const recent = newsItems(c, 5, F.ja);
  const cats = [['会議所ニュース', c.V(20, 400, { comma: false })], ['セミナー・講習会', c.V(10, 200, { comma: false })], ['検定試験', c.V(5, 90, { comma: false })]];
  const prevT = pick(HEADLINES); const nextT = pick(HEADLINES.filter((h) => h !== prevT));
  const kind = pick(['商工会議所', '商工会', '観光協会']);
  const img = `<img src="/images/site-name.png" width="300" height="48"${imgAlt(o)}>`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="${enc === 'EUC-JP' ? 'EUC-JP' : 'UTF-8'}">
<meta name="generator" content="Movable Type Pro 6.8.8">
${headCommon(e, d, o, '\n<link rel="stylesheet" href="/styles.css" type="text/css">\n<link rel="start" href="/" title="Home">\n<link rel="alternate" type="application/atom+xml" title="Recent Entries" href="/atom.xml">\n<script src="/mt.js"></script>')}
<style>body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#333;background:#eef2f5}#container{max-width:1000px;margin:0 auto;background:#fff}#header{padding:14px 24px;display:flex;justify-content:space-between;align-items:center;border-top:6px solid #0b4f8a}
#global-navigation ul{display:flex;list-style:none;margin:0;padding:0;background:#0b4f8a}#global-navigation a{display:block;color:#fff;padding:9px 18px;font-size:14px}#content{display:flex;gap:28px;padding:20px 24px}#alpha{flex:1;min-width:0}#beta{width:250px;font-size:13px}
.widget{border:1px solid #d5dde5;margin-bottom:14px}.widget-header{background:#e6eef6;margin:0;padding:6px 10px;font-size:14px}.widget-content{padding:6px 10px}.asset-meta{font-size:13px;color:#777;border-bottom:1px dotted #aaa;padding-bottom:4px}.mt-table{border-collapse:collapse}.mt-table td,.mt-table th{border:1px solid #999;padding:4px 8px}
#footer{background:#0b4f8a;color:#fff;padding:14px 24px;font-size:12px}#footer a{color:#fff}
@media print{#content{display:block}#beta{width:auto}#global-navigation{display:none}}</style>
</head>
<body id="eiger" class="mt-entry-archive">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content"><div id="header-name">${logoHtml(o, `<a href="/" accesskey="1">${img}</a>`)}</div><div id="header-description">地域経済の発展と会員事業所の皆さまの繁栄のために</div></div></div><div class="header-links"><a href="/member/">会員専用ページ</a>｜<a href="/access/">アクセス</a></div></div>
<div id="global-navigation"><ul><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/about/">${kind}について</a></li><li><a href="/support/">経営支援</a></li><li><a href="/seminar/">セミナー</a></li><li><a href="/kentei/">検定試験</a></li><li><a href="/news/">会議所ニュース</a></li></ul></div>
<div id="content">
<div id="alpha"><div id="alpha-inner">
<div class="breadcrumbs"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="/news/">会議所ニュース</a>${d.crumb ? ` &gt; ${crumbDate(d)}` : ''}</div>
<div id="entry-${ri(100, 9999)}" class="entry-asset asset hentry">
<div class="asset-header"><${titleTag(o)} class="asset-name entry-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<div class="asset-meta"><span class="byline">${dateTop(d)}</span></div></div>
<div class="asset-content entry-content"><div class="asset-body">
${body}
</div></div>
${afterBody(d, o, c)}
<div class="asset-footer"><div class="entry-categories"><h4>カテゴリ<span class="delimiter">:</span></h4><ul><li class="entry-category"><a href="/news/info/">会議所ニュース</a></li></ul></div></div>
</div>
<div class="widget-about-this-page widget"><h3 class="widget-header">このブログ記事について</h3><div class="widget-content"><p>このページは、事務局が書いたブログ記事です。</p><p>ひとつ前のブログ記事は「<a href="/news/${ri(100, 9999)}.html">${esc(prevT)}</a>」です。</p><p>次のブログ記事は「<a href="/news/${ri(100, 9999)}.html">${esc(nextT)}</a>」です。</p><p>最近のコンテンツは<a href="/">インデックスページ</a>で見られます。過去に書かれたものは<a href="/archives.html">アーカイブのページ</a>で見られます。</p></div></div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget widget-members"><h3 class="widget-header">会員事業所数</h3><div class="widget-content"><p><strong>${firms.s}</strong>事業所<br>（${F.ja(asOf)}現在）</p></div></div>
<div class="widget widget-survey"><h3 class="widget-header">景況調査</h3><div class="widget-content"><p>全産業 業況DI ▲${di.s}<br>調査対象 ${surveyed.s}社／回答率 ${rate.s}％</p></div></div>
<div class="widget widget-kentei"><h3 class="widget-header">検定試験</h3><div class="widget-content"><p>第${kai.s}回 簿記検定試験<br>試験日：${F.ja(exam)}（${wd(exam)}）<br>申込締切：${F.ja(apply)}</p></div></div>
<div class="widget widget-kaiho"><h3 class="widget-header">会報</h3><div class="widget-content"><p>会報誌 最新号（発行部数 ${copies.s}部）を会員の皆さまへお届けしています。</p></div></div>
<div class="widget widget-recent-entries"><h3 class="widget-header">最近のブログ記事</h3><div class="widget-content"><ul>${recent.map((n) => `<li><a href="/news/${ri(100, 9999)}.html">${esc(n.head)}</a><br><span class="date">${n.ds}</span></li>`).join('')}</ul></div></div>
<div class="widget widget-categories"><h3 class="widget-header">カテゴリ</h3><div class="widget-content"><ul>${cats.map(([n, v]) => `<li><a href="/news/${ri(1, 99)}/">${n} (${v.s})</a></li>`).join('')}</ul></div></div>
<div class="widget widget-syndication"><div class="widget-content"><a href="/atom.xml">このブログを購読</a></div></div>
</div></div>
</div>
<div id="footer"><div id="footer-inner"><div id="footer-content"><p>事務局　電話 ${c.phone()}　FAX ${c.phone()}　開所時間 8:30～17:15（土日祝日を除く）</p>${footOrg(o)}<div class="widget-powered"><div class="widget-content">Powered by <a href="https://www.movabletype.jp/">Movable Type Pro 6.8.8</a></div></div></div></div></div>
</div></div>
</body>
</html>
`;
}

// 5. sveltekit (a Next.js-like framework page): a SvelteKit static (adapter-static) corporate site of a SaaS / 自治体DX company:
//    svelte-xxxxxx scoped classes on every element of the article, <!--[--> / <!--]--> hydration markers, modulepreload links to
//    /_app/immutable/, a top announcement bar (ウェビナー date, 定員), header, the article with 「N min read」 and tags, share bar;
//    side: 導入実績 (導入自治体数, 導入社数, 継続率 %), 資金調達 (累計 N億円, シリーズ), 採用 (募集職種 N, 社員数), 最新ニュース
//    (dots dates); footer; the kit.start() script whose data array carries the side figures and the news again.
function sveltekit(e, c, d, o, bl) {
  const h1 = `svelte-${ids(6)}`; const h2 = `svelte-${ids(6)}`;
  const S = (t) => t.replace(/<([a-z][a-z0-9]*)( class="([^"]*)")?([ >])/g, (_, tag, cl, v, end) => `<${tag} class="${v ? `${v} ` : ''}${h1}"${end}`);
  const body = S(bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 2 : 3}>${b.html}</h${b.lv <= 2 ? 2 : 3}>`, note: (b) => `<div class="callout"><p>${b.html}</p></div>` })).join('\n<!---->'));
  const webinar = c.D(5, 50); const seats = c.V(30, 500, { comma: false });
  const cities = c.V(30, 980, { comma: false }); const firms = c.V(200, 9800); const keep = c.V(90, 99, { comma: false });
  const raised = c.V(12, 98, { comma: false }); const series = pick(['A', 'B', 'C']);
  const roles = c.V(5, 40, { comma: false }); const staff = c.V(40, 980, { comma: false });
  const read = c.V(3, 15, { comma: false });
  const news = newsItems(c, 4, F.dots);
  const img = `<img src="/_app/immutable/assets/logo.${ids(8)}.svg" width="150" height="36"${imgAlt(o)} class="${h2}">`;
  const data = [null, { type: 'data', data: { stats: { municipalities: cities.v, companies: firms.v, retention: keep.v }, funding: { totalOkuYen: raised.v, series }, recruit: { openRoles: roles.v, employees: staff.v }, webinar: { date: webinar, capacity: seats.v }, news: news.map((n) => ({ date: n.date, title: n.head, slug: ids(8) })) }, uses: {} }, { type: 'data', data: { post: { slug: ids(10), readingMinutes: read.v, tags: ['お知らせ', '重要'] } }, uses: { params: ['slug'] } }];
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<link rel="icon" href="/favicon.png">
${headCommon(e, d, o, `\n<link href="/_app/immutable/assets/0.${ids(8)}.css" rel="stylesheet">\n<link href="/_app/immutable/entry/start.${ids(8)}.js" rel="modulepreload">\n<link href="/_app/immutable/chunks/entry.${ids(8)}.js" rel="modulepreload">\n<link href="/_app/immutable/entry/app.${ids(8)}.js" rel="modulepreload">\n<link href="/_app/immutable/nodes/0.${ids(8)}.js" rel="modulepreload">\n<link href="/_app/immutable/nodes/7.${ids(8)}.js" rel="modulepreload">`)}
<style>body{margin:0;font-family:"Noto Sans JP",system-ui,sans-serif;color:#0f172a}.announce.${h2}{background:#4f46e5;color:#fff;font-size:13px;padding:6px 32px}header.${h2}{display:flex;justify-content:space-between;align-items:center;padding:14px 32px;border-bottom:1px solid #e2e8f0}nav.${h2} a{margin-left:20px;color:#0f172a;text-decoration:none}
.wrap.${h2}{display:grid;grid-template-columns:minmax(0,1fr) 280px;gap:48px;max-width:1100px;margin:0 auto;padding:28px 32px}article table{border-collapse:collapse}article td,article th{border:1px solid #cbd5e1;padding:4px 8px}.callout.${h1}{background:#f1f5f9;border-radius:8px;padding:6px 14px}
.meta.${h1}{color:#64748b;font-size:13px}.side-card.${h2}{border:1px solid #e2e8f0;border-radius:12px;padding:12px 14px;margin-bottom:16px;font-size:14px}.num.${h2}{font-size:22px;font-weight:700}.share.${h1}{display:flex;gap:10px;font-size:13px;margin-top:20px}footer.${h2}{background:#0f172a;color:#cbd5e1;padding:20px 32px;font-size:13px}
@media print{.wrap.${h2}{display:block}nav.${h2},.announce.${h2}{display:none}}</style>
</head>
<body data-sveltekit-preload-data="hover">
<div style="display: contents"><!--[--><!--[--><!---->
<div class="announce ${h2}">【ウェビナー】${F.md(webinar)}（${wd(webinar)}）開催　定員${seats.s}名　<a href="/events/">お申し込みはこちら</a></div>
<header class="${h2}"><a href="/" class="logo ${h2}">${logoHtml(o, img)}</a><nav class="${h2}"><a href="/product" class="${h2}">プロダクト</a><a href="/cases" class="${h2}">導入事例</a><a href="/news" class="${h2}" aria-current="page">ニュース</a><a href="/company" class="${h2}">会社概要</a><a href="/careers" class="${h2}">採用</a></nav></header>
${d.crumb ? `<nav class="crumbs ${h2}" aria-label="パンくず"><a href="/">${esc(o.crumbHome)}</a> / <a href="/news">ニュース</a> / <span>${crumbDate(d)}</span></nav>` : ''}
<div class="wrap ${h2}"><main class="${h2}"><!--[--><!---->
<article class="post ${h1}">
<${titleTag(o)} class="${h1}">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<p class="meta ${h1}">${dateTop(d)}${d.line || d.top ? '　・　' : ''}${read.s} min read　<span class="tag ${h1}">#お知らせ</span></p>
<!---->${body}<!---->
${afterBody(d, o, c)}
<div class="share ${h1}"><span>この記事をシェア</span><a href="https://x.com/intent/post" class="${h1}">X</a><a href="https://www.facebook.com/sharer/sharer.php" class="${h1}">Facebook</a><a href="https://social-plugins.line.me/lineit/share" class="${h1}">LINE</a></div>
</article><!--]--></main>
<aside class="${h2}"><!--[-->
<section class="side-card ${h2}"><h3 class="${h2}">導入実績</h3><p class="${h2}">導入自治体数 <span class="num ${h2}">${cities.s}</span></p><p class="${h2}">導入社数 <span class="num ${h2}">${firms.s}</span>社</p><p class="${h2}">継続率 <span class="num ${h2}">${keep.s}</span>%</p></section>
<section class="side-card ${h2}"><h3 class="${h2}">資金調達</h3><p class="${h2}">シリーズ${series}　累計調達額 ${raised.s}億円</p></section>
<section class="side-card ${h2}"><h3 class="${h2}">採用情報</h3><p class="${h2}">募集中の職種 ${roles.s}件／社員数 ${staff.s}名</p></section>
<section class="side-card ${h2}"><h3 class="${h2}">最新ニュース</h3><ul class="${h2}">${news.map((n) => `<!--[--><li class="${h2}"><time class="${h2}">${n.ds}</time> <a href="/news/${ids(8)}" class="${h2}">${esc(n.head)}</a></li><!--]-->`).join('')}</ul></section>
<!--]--></aside></div>
<footer class="${h2}"><p class="${h2}"><a href="/privacy">プライバシーポリシー</a>　<a href="/security">情報セキュリティ方針</a></p>${footOrg(o)}</footer>
<!--]--><!--]-->
<script>
{
__sveltekit_${ids(6)} = { base: new URL("..", location).pathname.slice(0, -1) };
const element = document.currentScript.parentElement;
const data = ${JSON.stringify(data)};
Promise.all([import("/_app/immutable/entry/start.${ids(8)}.js"), import("/_app/immutable/entry/app.${ids(8)}.js")]).then(([kit, app]) => { kit.start(app, element, { node_ids: [0, 7], data, form: null, error: null }); });
}
</script>
</div>
</body>
</html>
`;
}

// 6. eccube (Bootstrap CMS): an EC-CUBE 3 online shop (its Bootstrap 3 front theme: container-fluid / row / col-sm-*,
//    glyphicons-like svg icons) of a 食品 / 雑貨 maker carrying the company's release as a 新着情報 page (2 in EUC-JP):
//    #page_user_data, header with #cart_area (カート N点 ¥0), 会員登録で N ポイント, search form, #category drawer; the
//    release in .news_detail under a breadcrumb; side: 送料無料ライン (N円以上), 営業日カレンダー (休業日 dates), ランキング
//    (.item_box with ¥ price, レビュー N件, 在庫 N点), クーポン (N% OFF, 有効期限 date); footer 本日N時までのご注文で当日発送, copyright;
//    an eccube.productsClassCategories-like script with stock and prices.
function eccube(e, c, d, o, bl, enc) {
  const body = bl.map((b) => blockHtml(b, { h: (b) => `<h${b.lv <= 2 ? 3 : 4} class="heading03">${b.html}</h${b.lv <= 2 ? 3 : 4}>`, note: (b) => `<p class="text-small attention">${b.html}</p>`, tableClass: 'table table-bordered news_table' })).join('\n');
  const signupPt = c.V(100, 1000, { comma: false });
  const freeLine = c.V(3000, 12000);
  const closed = Array.from({ length: 4 }, () => c.D(-5, 35)).sort();
  const goods = shuffle(['国産りんごジュース 1L×6本', '無添加ドライフルーツ', '手づくりグラノーラ', '信州そば 乾麺セット', '有機ほうじ茶ラテ', '季節のジャム3種', '米粉クッキー缶']).slice(0, 4).map((g) => ({ g, price: c.V(580, 12800), rev: c.V(3, 480, { comma: false }), stock: c.V(2, 98, { comma: false }) }));
  const off = c.V(5, 30, { comma: false }); const expire = c.D(5, 60);
  const news = newsItems(c, 4, F.slash);
  const shipHour = ri(11, 15);
  const img = `<img src="/html/template/default/img/common/logo.png"${imgAlt(o)} width="240" height="50">`;
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="${enc === 'EUC-JP' ? 'EUC-JP' : 'utf-8'}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
${headCommon(e, d, o, '\n<link rel="icon" href="/html/template/default/img/common/favicon.ico">\n<link rel="stylesheet" href="/html/template/default/css/style.min.css?v=3.0.18">\n<link rel="stylesheet" href="/html/template/default/css/slick.css?v=3.0.18">')}
<style>body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#525263;background:#f6f6f6}.container-fluid{max-width:1150px;margin:0 auto;padding:0 16px;background:#fff}.row{display:flex;gap:24px}.col-sm-9{flex:3;min-width:0}.col-sm-3{flex:1;font-size:13px}
#header .inner{display:flex;justify-content:space-between;align-items:center;padding:12px 0}#cart_area{font-size:13px}.badge{background:#de5d50;color:#fff;border-radius:10px;padding:0 6px}.header-notice{background:#de5d50;color:#fff;text-align:center;font-size:13px;padding:5px}
#category ul{display:flex;gap:0;list-style:none;padding:0;margin:0;border-top:1px solid #ddd;border-bottom:1px solid #ddd}#category a{display:block;padding:8px 16px;color:#525263}.heading01{font-size:22px;border-bottom:1px solid #ccc;padding-bottom:6px}.heading03{font-size:17px;border-left:4px solid #de5d50;padding-left:8px}
.table{border-collapse:collapse}.table td,.table th{border:1px solid #ccc;padding:5px 8px}.side_box{border:1px solid #ddd;margin-bottom:14px}.side_box h2{background:#525263;color:#fff;font-size:14px;margin:0;padding:6px 10px}.side_box .inner{padding:8px 10px}.item_price{color:#de5d50;font-weight:bold}.breadcrumb{list-style:none;display:flex;gap:6px;padding:0;font-size:12px}
#footer{background:#e8e8e8;padding:18px 16px;font-size:12px;text-align:center;margin-top:24px}
@media print{.row{display:block}#category,.header-notice,#cart_area{display:none}}</style>
</head>
<body id="page_user_data" class="user_data_page">
<div id="wrapper">
<p class="header-notice">新規会員登録で${signupPt.s}ポイントプレゼント！</p>
<header id="header"><div class="container-fluid inner">
<div class="header_logo_area"><p class="copy">こだわりの素材を産地直送でお届けします</p><h1 class="header_logo">${o.h1 ? `<a href="/">${esc(o.h1)}</a>` : `<a href="/">${o.svg ? svgLogo(o) : ''}${img}</a>`}</h1></div>
<div id="cart_area"><p class="clearfix cart-trigger"><a href="/cart"><svg class="cb cb-shopping-cart" width="20" height="20"><use xlink:href="#cb-shopping-cart"></use></svg><span class="badge">0</span></a><span class="cart_price pc">合計 <span class="price">¥0</span></span></p>
<div id="member" class="member drawer_block pc"><ul class="member_link"><li><a href="/entry">新規会員登録</a></li><li><a href="/mypage/login">ログイン</a></li><li><a href="/mypage/favorite">お気に入り</a></li></ul></div>
<form method="get" id="searchform" action="/products/list"><input type="search" name="name" maxlength="50" placeholder="キーワードを入力"><button type="submit" class="bt_search">検索</button></form></div>
</div>
<nav id="category" class="drawer_block pc"><ul class="category-nav"><li><a href="/products/list?category_id=1">ジュース・飲料</a></li><li><a href="/products/list?category_id=2">お菓子</a></li><li><a href="/products/list?category_id=3">食品・調味料</a></li><li><a href="/products/list?category_id=4">ギフト</a></li><li><a href="/user_data/news">新着情報</a></li></ul></nav>
</header>
<div id="contents" class="theme_side_right"><div class="container-fluid"><div class="row">
<div id="main" class="col-sm-9"><div id="main_middle">
<ol class="breadcrumb"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/user_data/news">新着情報</a></li>${crumbLi(d)}</ol>
<div class="news_detail">
<${titleTag(o)} class="heading01">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<p class="news_date text-right">${dateTop(d)}</p>
<div class="news_body">
${body}
</div>
${afterBody(d, o, c)}
<p class="text-center"><a href="/user_data/news" class="btn btn-default">新着情報一覧へ戻る</a></p>
</div>
</div></div>
<div id="side_right" class="col-sm-3">
<div class="side_box"><h2>送料について</h2><div class="inner"><p>1回のご注文が${freeLine.s}円（税込）以上で送料無料</p></div></div>
<div class="side_box ec-calendarRole"><h2>営業日カレンダー</h2><div class="inner"><p>休業日：</p><ul>${closed.map((h) => `<li>${F.slash(h)}（${wd(h)}）</li>`).join('')}</ul><p>休業日のご注文は翌営業日の発送となります。</p></div></div>
<div class="side_box ranking"><h2>人気ランキング</h2><div class="inner">${goods.map((x) => `<div class="item_box"><a href="/products/detail/${ri(10, 999)}"><p class="item_name">${x.g}</p><p class="item_price">¥${x.price.s} <span class="small">税込</span></p><p class="item_review">★★★★☆ レビュー${x.rev.s}件</p><p class="item_stock">在庫 ${x.stock.s}点</p></a></div>`).join('')}</div></div>
<div class="side_box coupon"><h2>クーポン</h2><div class="inner"><p>会員様限定 全品${off.s}%OFF<br>有効期限：${F.ja(expire)}まで</p></div></div>
<div class="side_box ec-newsRole"><h2>新着情報</h2><div class="inner"><dl>${news.map((n) => `<dt>${n.ds}</dt><dd><a href="/user_data/news_${ri(10, 999)}">${esc(n.head)}</a></dd>`).join('')}</dl></div></div>
</div>
</div></div></div>
<footer id="footer"><div class="container-fluid inner"><ul class="footer_nav"><li><a href="/help/about">当サイトについて</a></li><li><a href="/help/privacy">プライバシーポリシー</a></li><li><a href="/help/tradelaw">特定商取引法に基づく表記</a></li><li><a href="/contact">お問い合わせ</a></li></ul><p>本日${shipHour}時までのご注文で当日発送いたします。</p>${footOrg(o)}</div></footer>
</div>
<script>var eccube = eccube || {}; eccube.productsClassCategories = {${goods.map((x) => `"${ri(10, 999)}":{"__unselected":{"#":{"classcategory_id2":"","name":"","stock_find":true,"price01":"","price02":"${x.price.s}","stock":${x.stock.v},"review_count":${x.rev.v}}}}`).join(',')}};</script>
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
const entries = drawEntries('x', [['wpsango', 7], ['sjisryokan', 7], ['gdocs', 7], ['mteiger', 7], ['sveltekit', 6], ['eccube', 6]], DATE_MODES, ORG_MODES);
let mtEuc = 0, ecEuc = 0;
for (const e of entries) e.encoding = e.style === 'sjisryokan' ? 'Shift_JIS' : e.style === 'mteiger' ? (mtEuc++ < 3 ? 'EUC-JP' : 'UTF-8') : e.style === 'eccube' ? (ecEuc++ < 2 ? 'EUC-JP' : 'UTF-8') : 'UTF-8';
const docIds = documentIds(entries);
writeBlindSet(kit, { out: OUT, entries, families: { wpsango, sjisryokan, gdocs, mteiger, sveltekit, eccube }, dateParts, orgParts, docIds, docHtml });
