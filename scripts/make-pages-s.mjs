#!/usr/bin/env node
// Makes fixtures/pages-s, the nineteenth blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as corporate news pages in six new site families, plus
// Word-style document sources for the 10 shortest. Written without reading the tool or earlier makers.
// Usage: node scripts/make-pages-s.mjs --seed 20261210   (then print-blind-pages.mjs --set s, check-blind-pages.mjs --set s)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-s');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261210;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { rand, ri, pick, chance, shuffle, all, chosen, pad, esc, wd, dp, F, fw, kanjiDate, blocks, tableHtml, blockHtml, ctxFor, HEADLINES, newsItems } = kit;
const { dateParts, orgParts, timeEl, svgLogo } = blindSetModes(kit);

// ---------- date and organization modes ----------
const DATE_MODES = ['koukaiKoushin', 'dots', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'hyphenIso', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'fwJa', 'uketsuke', 'urlAndTitle'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address'];
function headCommon(e, d, o, extra = '') {
  const ld = articleLd(kit, e, d, o);
  return `<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:title" content="${esc(e.title)}">\n<meta property="og:type" content="article">${o.og ? `\n<meta property="og:site_name" content="${esc(o.og)}">` : ''}${d.urlDate ? `\n<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}-01.html">` : ''}${d.meta ? `\n${d.meta}` : ''}${e.metadata.jsonLd ? `\n<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}${extra}`;
}

// ---------- families ----------
// 1. wpclinic: WordPress block theme (Twenty Twenty-Four child) of a clinic / 税理士法人 with a 予約 widget and a Cocoon-like 目次.
function wpclinic(e, c, d, o, bl) {
  const kind = pick(['clinic', 'tax']);
  const slots = Array.from({ length: 4 }, () => c.D(1, 40)).sort();
  const news = newsItems(c, 5, F.dots);
  const toc = bl.filter((b) => b.t === 'h').slice(0, 8);
  const staff = c.V(12, 480); const yrs = c.V(21, 95, { comma: false }); const rev = c.V(1200, 98000);
  const article = bl.map((b, k) => blockHtml(b, {
    h: (b) => `<h${Math.min(4, b.lv)} class="wp-block-heading" id="toc${k}">${b.html}</h${Math.min(4, b.lv)}>`,
    p: (h) => `<p class="wp-block-paragraph">${h}</p>`,
    note: (b) => `<div class="wp-block-group is-style-section-2 has-border-color"><p>${b.html}</p></div>`,
    list: (b) => `<${b.t} class="wp-block-list">${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>`,
    table: (b) => `<figure class="wp-block-table is-style-stripes">${tableHtml(b.rows)}</figure>`,
  })).join('\n');
  const reserve = kind === 'clinic' ? 'WEB予約' : '無料相談のご予約';
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8">
${headCommon(e, d, o)}
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1" media="all">
<style>
body{font-family:"Noto Sans JP",sans-serif;margin:0;color:#222;background:#fbfaf6}
.wp-site-blocks>header{display:flex;align-items:center;gap:16px;padding:12px 24px;border-bottom:1px solid #ddd;background:#fff}
.wp-block-navigation{display:flex;gap:18px;list-style:none;margin:0 0 0 auto;padding:0}
.reserve-bar{background:#e8f4ef;padding:6px 24px;font-size:13px}
.wp-block-columns{display:flex;gap:32px;max-width:1100px;margin:0 auto;padding:24px}
.wp-block-column.main{flex:1 1 66%}.wp-block-column.side{flex:0 0 300px;font-size:13px}
.toc{border:1px solid #cbd;padding:10px 16px;margin:16px 0;background:#fff}.toc ol{margin:4px 0}
.wp-block-table table{border-collapse:collapse;width:100%}.wp-block-table td,.wp-block-table th{border:1px solid #bbb;padding:4px 6px}
.is-style-section-2{border:1px solid #c9b;padding:6px 12px;background:#fff8f0}
.widget{background:#fff;border:1px solid #ddd;padding:10px 14px;margin-bottom:16px}
.slot{display:flex;justify-content:space-between;border-bottom:1px dotted #ccc;padding:3px 0}
footer{background:#334;color:#eee;padding:16px 24px;font-size:12px}
@media print{.reserve-bar{display:none}.wp-block-columns{display:block}}
</style></head>
<body class="wp-singular post-template-default single single-post wp-theme-twentytwentyfour">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><a class="custom-logo-link" href="/">${o.svg || chance(0.4) ? svgLogo(o) : ''}<img class="custom-logo" src="/wp-content/uploads/logo.png" alt="${esc(o.logoAlt)}" width="160" height="40"></a>
<ul class="wp-block-navigation"><li>${kind === 'clinic' ? '診療案内' : '業務案内'}</li><li>${kind === 'clinic' ? '医師紹介' : '所属税理士'}</li><li>お知らせ</li><li>アクセス</li><li><a href="/reserve/">${reserve}</a></li></ul></header>
<div class="reserve-bar">${reserve}受付中：本日の${kind === 'clinic' ? '待ち人数' : '相談枠'} <b>${c.V(3, 60, { comma: false }).s}</b> ／ 累計ご予約 ${c.V(2000, 90000).s}件</div>
<nav class="breadcrumb" aria-label="パンくず"><a href="/">${esc(o.crumbHome)}</a> › <a href="/news/">お知らせ</a> › <span>${esc(e.title)}</span></nav>
<div class="wp-block-columns">
<main class="wp-block-column main">
<article class="wp-block-post post type-post status-publish format-standard hentry category-news">
<h1 class="wp-block-post-title">${esc(d.heading)}${esc(e.title)}</h1>
<div class="wp-block-post-date">${d.line ? esc(d.line) : ''}${timeEl(d)}</div>
${toc.length >= 2 ? `<div class="toc" id="toc"><div class="toc-title">目次</div><ol>${toc.map((b) => `<li><a href="#">${esc(b.text)}</a></li>`).join('')}</ol></div>` : ''}
<div class="entry-content wp-block-post-content is-layout-constrained">
${article}
</div>
<div class="wp-block-buttons"><a class="share-x">ポスト ${c.V(11, 900).s}</a> <a class="share-fb">シェア ${c.V(11, 900).s}</a></div>
</article>
<section class="related"><h2>関連記事</h2><ul>${newsItems(c, 3, F.ja).map((n) => `<li><a href="#">${esc(n.head)}</a> <span>${n.ds}</span></li>`).join('')}</ul></section>
</main>
<aside class="wp-block-column side">
<div class="widget reserve-widget"><h3>${reserve}カレンダー</h3>${slots.map((s) => `<div class="slot"><span>${F.md(s)}（${wd(s)}）午前</span><span>残り${c.V(2, 40, { comma: false }).s}枠</span></div>`).join('')}<p><a href="/reserve/">${reserve}はこちら</a></p></div>
<div class="widget"><h3>最新のお知らせ</h3><ul>${news.map((n) => `<li><span class="date">${n.ds}</span><br><a href="#">${esc(n.head)}</a></li>`).join('')}</ul></div>
<div class="widget"><h3>${kind === 'clinic' ? '当院について' : '事務所概要'}</h3><p>${kind === 'clinic' ? `スタッフ数 ${staff.s}名<br>開院${yrs.s}年<br>年間来院数 ${rev.s}人` : `職員数 ${staff.s}名<br>創業${yrs.s}年<br>顧問先 ${rev.s}社`}</p></div>
<div class="widget"><h3>カテゴリー</h3><ul><li>お知らせ (${c.V(40, 300, { comma: false }).s})</li><li>コラム (${c.V(40, 300, { comma: false }).s})</li></ul></div>
</aside></div>
<footer class="wp-block-template-part"><p>${esc(o.address)}${o.address ? '<br>' : ''}${c.post()} ${c.addr()}　TEL ${c.phone()}</p><p>${esc(o.copy)}</p></footer>
</div>
<script id="booking-widget-js-extra">var bookingConf={"slotsLeft":${c.V(5, 99, { comma: false }).v},"nextOpen":"${c.D(1, 20)}","clinicId":"c${ri(100, 999)}"};</script>
</body></html>
`;
}

// 2. jaframe: Shift_JIS 農協 / 自治会 / 漁協 page from the frameset era (content frame with <center>, <marquee>, <blink>, bgcolor).
function jaframe(e, c, d, o, bl) {
  const kind = pick(['ja', 'jichikai', 'gyokyo']);
  const label = { ja: ['組合員数', '名'], jichikai: ['加入世帯数', '世帯'], gyokyo: ['組合員数', '名'] }[kind];
  const asOf = c.D(-200, -20);
  const prices = kind === 'jichikai' ? [['資源ごみ回収量', 'kg'], ['防犯灯', '基']] : kind === 'ja' ? [['キャベツ 1ケース', '円'], ['玉ねぎ 20kg', '円'], ['米 30kg', '円']] : [['本日の水揚げ', 'kg'], ['アジ 1箱', '円']];
  const marquee = newsItems(c, 4, F.reiwa).map((n) => `■${n.ds}　${n.head}`).concat(prices.map(([a, u]) => `◆${a} ${c.V(300, 9800).s}${u}`)).join('　　');
  const article = bl.map((b) => blockHtml(b, {
    h: (b) => `<br><table width="100%" cellpadding="3" cellspacing="0"><tr><td bgcolor="#336633"><font color="#FFFFFF"><b>${b.html}</b></font></td></tr></table>`,
    p: (h) => `<p><font size="2">${h}</font></p>`,
    note: (b) => `<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#999999"><tr><td><font size="2">${b.html}</font></td></tr></table>`,
    list: (b) => `<${b.t}>${b.items.map((x) => `<li><font size="2">${x}</font>`).join('\n')}</${b.t}>`,
    table: (b) => tableHtml(b.rows, '', ' border="1" cellpadding="3" cellspacing="0" bordercolor="#669966"'),
  })).join('\n');
  const news = newsItems(c, 5, F.reiwa);
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
${headCommon(e, d, o)}
<script language="JavaScript"><!--
function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}
if(top==self){/* フレーム外表示 */}
var kouhou={"hakkou":"${c.D()}","busu":${c.V(300, 9000, { comma: false }).v}};
//--></script>
</head>
<body bgcolor="#FFFFF0" text="#000000" link="#006600" vlink="#663300" topmargin="0" leftmargin="0">
<center>
<table width="740" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#336633" height="60">${o.svg ? svgLogo(o) : ''}<img src="../img/logo.gif" width="220" height="50" alt="${esc(o.logoAlt)}" align="left"><font color="#FFFFCC" size="2">${label[0]} ${c.V(300, 90000).s}${label[1]}（${F.reiwa(asOf)}現在）</font></td></tr>
<tr><td bgcolor="#CCFFCC"><font size="2"><marquee scrollamount="3" behavior="scroll">${esc(marquee)}</marquee></font></td></tr>
<tr><td><font size="2"><a href="../index.html" target="_top">${esc(o.crumbHome)}</a> &gt; <a href="index.html">お知らせ</a> &gt; ${esc(e.title)}</font></td></tr>
</table>
<table width="740" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="170" valign="top" bgcolor="#EEF5E8"><img src="../img/spacer.gif" width="170" height="1"><br>
<font size="2"><b>＜メニュー＞</b><br>■<a href="#">${kind === 'ja' ? '営農情報' : kind === 'gyokyo' ? '市況情報' : '回覧板'}</a><br>■<a href="#">お知らせ</a><br>■<a href="#">各種手続き</a><br>■<a href="#">アクセス</a><br><br>
<b>＜新着情報＞</b><br>${news.map((n) => `<img src="../img/new.gif" width="28" height="11" alt="NEW">${n.ds}<br>${esc(n.head)}<br>`).join('\n')}<br>
<b>＜${kind === 'ja' ? '直売所' : kind === 'gyokyo' ? '市場' : '集会所'}＞</b><br>${kind === 'jichikai' ? '利用' : '来場'}者 ${c.V(100, 9000).s}人／月<br>
あなたは <blink>${String(c.V(10000, 999999, { comma: false }).v).padStart(7, '0')}</blink> 人目の訪問者です</font></td>
<td width="10"><img src="../img/spacer.gif" width="10" height="1"></td>
<td width="560" valign="top">
<center><font size="4" color="#006633"><b>${esc(d.heading)}${esc(e.title)}</b></font></center>
<div align="right"><font size="2">${esc(d.line)}${timeEl(d)}</font></div>
<hr size="1" noshade>
${article}
<hr size="1" noshade>
<div align="right"><font size="2"><a href="#top">▲ページの先頭へ</a></font></div>
</td></tr></table>
<table width="740" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#336633" align="center"><font color="#FFFFFF" size="2">${esc(o.address)}${o.address ? '<br>' : ''}${c.post()} ${c.addr()}　TEL ${c.phone()}<br>${esc(o.copy)}</font></td></tr></table>
</center>
</body></html>
`;
}

// 3. wixgrid: Wix-like div soup; every box absolutely placed in a CSS grid by grid-row, DOM order unrelated to the visual order.
function wixgrid(e, c, d, o, bl) {
  const cls = () => `comp-${(rand() * 1e9 >>> 0).toString(36)}`;
  const spanify = (h) => { const out = []; let i = 0; const parts = h.split(/(<[^>]+>|&[#a-z0-9]+;)/); for (const p of parts) { if (!p) continue; if (p[0] === '<' || p[0] === '&') { out.push(p); continue; } let j = 0; while (j < p.length) { const n = ri(3, 12); out.push(`<span class="wixui-rich-text__text">${p.slice(j, j + n)}</span>`); j += n; } } return out.join(''); };
  const boxes = [];
  let row = 4;
  bl.forEach((b) => {
    const html = blockHtml(b, {
      h: (b) => `<div role="heading" aria-level="2" class="font_4 wixui-rich-text__text"><span style="font-size:22px">${spanify(b.html)}</span></div>`,
      p: (h) => `<p class="font_8 wixui-rich-text__text">${spanify(h)}</p>`,
      note: (b) => `<div class="${cls()}" style="border:1px dashed #999;padding:8px"><p class="font_9">${spanify(b.html)}</p></div>`,
      list: (b) => `<ul class="font_8 wixui-rich-text__text">${b.items.map((x) => `<li><p class="font_8">${spanify(x)}</p></li>`).join('')}</ul>`,
    });
    boxes.push({ row: row++, col: 'main', html });
  });
  const end = row;
  const news = newsItems(c, 4, F.slash);
  const chrome = [
    { row: 1, col: 'full', html: `<div class="hdr">${svgLogo(o)}<img src="logo.png" alt="${esc(o.logoAlt)}" style="height:36px"><span class="menu">HOME　ABOUT　NEWS　RESERVE　CONTACT</span></div>` },
    { row: 2, col: 'full', html: `<div class="badge">オンライン予約 累計${c.V(1000, 90000).s}件 ／ 口コミ評価 ${c.V(100, 999).s}件</div>` },
    { row: 3, col: 'main', html: `<nav><a href="/">${esc(o.crumbHome)}</a> ＞ NEWS</nav><h1 class="font_2">${spanify(esc(d.heading + e.title))}</h1><p class="font_9 date">${esc(d.line)}${timeEl(d)}</p>` },
    { row: 4, col: 'side', span: 6, html: `<div class="sidebox"><p class="font_5">LATEST NEWS</p>${news.map((n) => `<p class="font_9">${n.ds}<br>${esc(n.head)}</p>`).join('')}</div>` },
    { row: 10, col: 'side', span: 4, html: `<div class="sidebox"><p class="font_5">STUDIO DATA</p><p class="font_9">会員数 ${c.V(200, 9000).s}名<br>月間レッスン ${c.V(100, 3000).s}回<br>インストラクター ${c.V(12, 90).s}名</p></div>` },
    { row: end, col: 'full', html: `<div class="ftr">${esc(o.address)} ${c.post()} ${c.addr()} ／ ${c.phone()}<br>${esc(o.copy)}</div>` },
  ];
  // DOM order: footer, side boxes and header interleaved among the article blocks
  const dom = boxes.slice();
  dom.splice(Math.floor(dom.length / 2), 0, chrome[3]);
  dom.splice(1, 0, chrome[4]);
  dom.unshift(chrome[5], chrome[1]);
  dom.splice(Math.min(3, dom.length), 0, chrome[0]);
  dom.push(chrome[2]);
  const place = (b) => `grid-row:${b.row}${b.span ? ` / span ${b.span}` : ''};grid-column:${b.col === 'full' ? '1 / 3' : b.col === 'main' ? '1' : '2'}`;
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
${headCommon(e, d, o, '\n<meta name="generator" content="Wix.com Website Builder">')}
<style>
body{margin:0;font-family:"Noto Sans JP",sans-serif;background:#faf7f2;color:#333}
#SITE_CONTAINER{display:grid;grid-template-columns:minmax(0,1fr) 260px;column-gap:32px;max-width:1000px;margin:0 auto;padding:0 16px}
.hdr{display:flex;align-items:center;gap:12px;padding:14px 0;border-bottom:2px solid #b89}.menu{margin-left:auto;font-size:12px;letter-spacing:.2em}
.badge{position:relative;background:#b89;color:#fff;padding:4px 10px;font-size:12px}
.sidebox{border:1px solid #ccc;padding:10px;font-size:12px;background:#fff;margin-top:12px}
.ftr{border-top:1px solid #ccc;padding:14px 0;font-size:11px}
p{margin:0 0 12px;line-height:1.9}table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:4px}
</style></head>
<body><div id="SITE_CONTAINER">
${dom.map((b) => `<div id="${cls()}" class="${cls()} wixui-section" style="${place(b)}"><div data-testid="richTextElement">${b.html}</div></div>`).join('\n')}
</div>
<script type="application/json" id="wix-viewer-model">${JSON.stringify({ siteRevision: c.V(100, 990, { comma: false }).v, visitorCount: c.V(10000, 99999, { comma: false }).v, lastPublish: c.D(1, 30) })}</script>
</body></html>
`;
}

// 4. mt4ir: Movable Type 4 corporate IR / news entry with a 株価 widget, IR calendar and 決算短信 links.
function mt4ir(e, c, d, o, bl, xhtmlEnc) {
  const price = c.V(300, 9800); const diff = c.V(3, 290, { comma: false });
  const irs = Array.from({ length: 3 }, () => c.D(5, 90)).sort();
  const article = bl.map((b) => blockHtml(b, {
    h: (b) => `<h3 class="entry-subhead">${b.html}</h3>`,
    note: (b) => `<p class="note">${b.html}</p>`,
    table: (b) => tableHtml(b.rows, 'entry-table', ' summary="表"'),
  })).join('\n');
  const prev = c.D(-60, -3), next = c.D(3, 40);
  return `<?xml version="1.0" encoding="${xhtmlEnc}"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${xhtmlEnc}" />
<meta name="generator" content="Movable Type Pro 4.38" />
${headCommon(e, d, o)}
<link rel="stylesheet" href="/mt-static/themes/minimalist-red/screen.css" type="text/css" />
<style type="text/css">
body{font-family:sans-serif;margin:0;background:#fff}#container{width:960px;margin:0 auto}
#header{border-bottom:3px solid #a00;padding:10px 0}#nav{background:#333;color:#fff;padding:4px 10px;font-size:12px}
#content{float:left;width:660px}#beta{float:right;width:270px;font-size:12px}#footer{clear:both;border-top:1px solid #999;font-size:11px;padding:8px 0}
.widget{border:1px solid #ccc;margin-bottom:12px;padding:8px}.stock{font-size:20px;color:#a00}
.entry-table{border-collapse:collapse}.entry-table td,.entry-table th{border:1px solid #999;padding:3px 5px}
.note{font-size:12px;color:#555}
</style>
</head>
<body class="mt-entry-archive layout-wt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-name"><a href="/" accesskey="1">${o.svg ? svgLogo(o) : ''}<img src="/images/logo.gif" alt="${esc(o.logoAlt)}" /></a></div>
<div id="header-description">株主・投資家の皆さまへ</div></div></div>
<div id="nav">トップ ｜ 企業情報 ｜ IR情報 ｜ ニュースリリース ｜ 採用情報</div>
<div id="content"><div id="content-inner">
<p class="crumbs"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="/news/">ニュースリリース</a> &gt; ${esc(e.title)}</p>
<div id="entry-${ri(1000, 9999)}" class="entry-asset asset hentry"><div class="asset-inner">
<div class="asset-header"><h2 class="asset-name entry-title">${esc(d.heading)}${esc(e.title)}</h2>
<div class="asset-meta"><span class="byline">${d.line ? `<abbr class="published">${esc(d.line)}</abbr>` : ''}${timeEl(d)}</span></div></div>
<div class="asset-content entry-content"><div class="asset-body">
${article}
</div></div>
<div class="asset-footer">カテゴリ：<a href="#">ニュースリリース</a></div>
</div></div>
<p class="content-nav"><a href="#">« ${esc(pick(HEADLINES))}（${F.dots(prev)}）</a> | <a href="/">メインページ</a> | <a href="#">${esc(pick(HEADLINES))}（${F.dots(next)}） »</a></p>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget widget-stock"><h3 class="widget-header">株価情報</h3><div class="widget-content"><span class="stock">${price.s}円</span> 前日比 +${diff.s}円<br />出来高 ${c.V(10000, 990000).s}株<br />時価総額 ${c.V(100, 9000).s}億円<br />（${F.slash(c.D(-3, -1))} 終値・20分遅れ）</div></div>
<div class="widget"><h3 class="widget-header">IRカレンダー</h3><ul>${irs.map((x, k) => `<li>${F.ja(x)} ${['第3四半期決算発表', '定時株主総会', '期末配当金支払開始'][k]}</li>`).join('')}</ul></div>
<div class="widget"><h3 class="widget-header">決算短信</h3><ul>${newsItems(c, 3, F.ja, false).map((n) => `<li>${n.ds} 決算短信〔日本基準〕（連結）（PDF ${c.V(120, 980).s}KB）</li>`).join('')}</ul></div>
<div class="widget"><h3 class="widget-header">最近のエントリー</h3><ul>${newsItems(c, 4, F.dots).map((n) => `<li>${esc(n.head)}（${n.ds}）</li>`).join('')}</ul></div>
<div class="widget"><h3 class="widget-header">会社概要</h3><p>資本金 ${c.V(100, 9000).s}百万円<br />従業員数 ${c.V(120, 9000).s}名（連結）<br />売上高 ${c.V(1000, 99000).s}百万円</p></div>
</div></div>
<div id="footer"><address>${esc(o.address)}${o.address ? '<br />' : ''}${c.post()} ${c.addr()} TEL ${c.phone()}</address>${esc(o.copy)}<br />Powered by Movable Type Pro</div>
</div></div>
<script type="text/javascript">var mtStock={"code":"${ri(1300, 9999)}","close":${price.v},"asOf":"${c.D(-3, -1)}"};</script>
</body></html>
`;
}

// 5. nextpages: Next.js pages router with emotion (css-xxxx) classes, __NEXT_DATA__ holding pageProps (title, excerpt, recruit banner figures, side news).
function nextpages(e, c, d, o, bl) {
  const h = () => `css-${(rand() * 1e8 >>> 0).toString(36)}`;
  const C = { wrap: h(), hdr: h(), body: h(), side: h(), card: h(), p: h(), h2: h(), ftr: h(), date: h() };
  const news = newsItems(c, 5, F.dots);
  const recruit = c.V(12, 300); const ent = c.V(1000, 90000);
  const paras = bl.filter((b) => b.t === 'p').slice(0, 2).map((b) => b.text);
  const article = bl.map((b) => blockHtml(b, {
    h: (b) => `<h2 class="${C.h2}">${b.html}</h2>`,
    p: (x) => `<p class="${C.p}">${x}</p>`,
    note: (b) => `<div class="chakra-alert ${h()}" role="status"><p class="${C.p}">${b.html}</p></div>`,
    table: (b) => `<div class="chakra-table__container">${tableHtml(b.rows, `chakra-table ${h()}`)}</div>`,
  })).join('\n');
  const data = { props: { pageProps: { post: { title: e.title, excerpt: paras.join(''), slug: `news-${ri(100, 999)}` }, sidebar: news.map((n) => ({ date: n.date, title: n.head })), recruit: { openings: recruit.v, entries: ent.v, deadline: c.D(10, 60) }, stats: { pv: c.V(10000, 990000, { comma: false }).v } }, __N_SSG: true }, page: '/news/[slug]', query: { slug: 'x' }, buildId: `b${ri(10000, 99999)}`, isFallback: false, gsp: true, scriptLoader: [] };
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/>
${headCommon(e, d, o)}
<meta name="next-head-count" content="9"/>
<link rel="preload" href="/_next/static/css/${(rand() * 1e12 >>> 0).toString(16)}.css" as="style"/>
<style data-emotion="css">.${C.wrap}{display:flex;gap:40px;max-width:1080px;margin:0 auto;padding:24px}.${C.body}{flex:1}.${C.side}{width:280px;font-size:13px}.${C.hdr}{display:flex;align-items:center;gap:12px;padding:12px 24px;background:#0b2545;color:#fff}.${C.card}{border:1px solid #dde;border-radius:6px;padding:12px;margin-bottom:14px}.${C.p}{line-height:1.9;margin:0 0 14px}.${C.h2}{border-left:4px solid #13315c;padding-left:8px;font-size:19px}.${C.ftr}{background:#eef;padding:16px 24px;font-size:12px}.${C.date}{color:#666;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #99a;padding:4px 6px}.chakra-alert{background:#fff5e6;padding:8px 12px;border-radius:4px}
@media print{.${C.wrap}{display:block}.${C.side}{width:auto}}</style>
</head><body><div id="__next">
<header class="${C.hdr}">${svgLogo(o)}<img alt="${esc(o.logoAlt)}" src="/_next/image?url=%2Flogo.png&amp;w=256&amp;q=75" width="128" height="32" decoding="async"/><nav style="margin-left:auto">事業内容　ニュース　採用情報　お問い合わせ</nav></header>
<div class="${C.card}" style="margin:12px 24px;background:#fffbe6">中途採用 募集中：${recruit.s}職種 ／ エントリー累計${ent.s}名</div>
<div class="${C.wrap}"><main class="${C.body}">
<nav aria-label="breadcrumb" class="chakra-breadcrumb"><ol><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/news">ニュース</a></li></ol></nav>
<article><h1 class="chakra-heading">${esc(d.heading)}${esc(e.title)}</h1><p class="${C.date}">${esc(d.line)}${timeEl(d)}</p>
<div class="${h()}">
${article}
</div></article></main>
<aside class="${C.side}"><div class="${C.card}"><p><b>最新ニュース</b></p>${news.map((n) => `<p><time>${n.ds}</time><br/>${esc(n.head)}</p>`).join('')}</div>
<div class="${C.card}"><p><b>数字で見る</b></p><p>社員数 ${c.V(50, 9000).s}名<br/>拠点数 ${c.V(12, 200).s}か所<br/>取引社数 ${c.V(300, 9000).s}社</p></div></aside></div>
<footer class="${C.ftr}">${esc(o.address)} ${c.post()} ${c.addr()}<br/>${esc(o.copy)}</footer>
</div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script><script src="/_next/static/chunks/main-${(rand() * 1e12 >>> 0).toString(16)}.js" defer=""></script></body></html>
`;
}

// 6. bs3carousel: Bootstrap 3 university / hospital CMS with a carousel of dated events, panels, wells, glyphicons.
function bs3carousel(e, c, d, o, bl, enc) {
  const kind = pick(['univ', 'hosp']);
  const ev = Array.from({ length: 3 }, () => c.D(5, 80)).sort();
  const slides = kind === 'univ'
    ? [`オープンキャンパス ${F.ja(ev[0])} 開催（定員${c.V(120, 900).s}名）`, `一般選抜 出願締切 ${F.ja(ev[1])}（募集人員${c.V(120, 900).s}名）`, `公開講座 ${F.ja(ev[2])}　受講者${c.V(30, 300).s}名募集`]
    : [`健康講座 ${F.ja(ev[0])} 開催（定員${c.V(30, 300).s}名）`, `${F.ja(ev[1])} 休診のお知らせ`, `人間ドック 年間受診者${c.V(1000, 20000).s}人`];
  const article = bl.map((b) => blockHtml(b, {
    h: (b) => `<h3 class="page-header">${b.html}</h3>`,
    note: (b) => `<div class="well well-sm">${b.html}</div>`,
    table: (b) => `<div class="table-responsive">${tableHtml(b.rows, 'table table-bordered table-condensed')}</div>`,
  })).join('\n');
  const news = newsItems(c, 5, F.reiwa);
  const charset = enc === 'UTF-8' ? '<meta charset="utf-8">' : `<meta http-equiv="Content-Type" content="text/html; charset=${enc}">`;
  return `<!DOCTYPE html>
<html lang="ja"><head>${charset}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
${headCommon(e, d, o)}
<link href="/common/css/bootstrap.min.css?v=3.3.7" rel="stylesheet">
<style>
body{font-family:sans-serif;margin:0}.navbar-inverse{background:#1d3557;color:#fff;padding:10px 15px}.container{max-width:1000px;margin:0 auto;padding:0 15px}
.row{display:flex;gap:24px}.col-md-8{flex:2}.col-md-4{flex:1;font-size:13px}
.carousel{background:#457b9d;color:#fff;padding:18px;margin-bottom:16px}.carousel .item{display:none}.carousel .item.active{display:block}
.panel{border:1px solid #ccc;margin-bottom:14px}.panel-heading{background:#f1f1f1;padding:6px 10px;font-weight:bold}.panel-body{padding:8px 10px}
.well{background:#f5f5f5;border:1px solid #e3e3e3;padding:9px}.table{border-collapse:collapse;width:100%}.table td,.table th{border:1px solid #bbb;padding:4px}
footer{background:#1d3557;color:#ddd;padding:16px;font-size:12px}
@media print{.carousel .item{display:block}.navbar-inverse{display:none}}
</style></head>
<body>
<a class="sr-only sr-only-focusable" href="#main">本文へスキップ</a>
<nav class="navbar navbar-inverse navbar-static-top"><div class="container"><a class="navbar-brand" href="/">${o.svg ? svgLogo(o) : ''}<img src="/common/img/logo.png" alt="${esc(o.logoAlt)}" height="30"></a>
<ul class="nav navbar-nav"><li>${kind === 'univ' ? '受験生の方' : '外来のご案内'}</li><li>${kind === 'univ' ? '在学生の方' : '入院のご案内'}</li><li>お知らせ</li><li>交通アクセス</li></ul></div></nav>
<div class="container">
<div id="topCarousel" class="carousel slide" data-ride="carousel"><ol class="carousel-indicators"><li class="active"></li><li></li><li></li></ol>
<div class="carousel-inner" role="listbox">${slides.map((s, k) => `<div class="item${k === 0 ? ' active' : ''}"><div class="carousel-caption"><span class="glyphicon glyphicon-bullhorn"></span> ${esc(s)}</div></div>`).join('')}</div></div>
<ol class="breadcrumb"><li><a href="/">${esc(o.crumbHome)}</a></li><li><a href="/news/">お知らせ</a></li><li class="active">${esc(e.title)}</li></ol>
<div class="row"><div class="col-md-8" id="main">
<h2>${esc(d.heading)}${esc(e.title)}</h2>
<p class="text-right text-muted"><span class="glyphicon glyphicon-time"></span> ${esc(d.line)}${timeEl(d)}</p>
${article}
<div class="panel panel-info"><div class="panel-heading">このページに関するアンケート</div><div class="panel-body">このページの内容は分かりやすかったですか？（回答数 ${c.V(40, 900).s}件）</div></div>
</div>
<div class="col-md-4">
<div class="panel panel-default"><div class="panel-heading"><span class="glyphicon glyphicon-list"></span> 新着情報</div><div class="list-group">${news.map((n) => `<a class="list-group-item" href="#"><small>${n.ds}</small><br>${esc(n.head)}</a>`).join('')}</div></div>
<div class="panel panel-default"><div class="panel-heading">${kind === 'univ' ? '大学概要' : '病院概要'}</div><div class="panel-body">${kind === 'univ' ? `学生数 ${c.V(1000, 20000).s}名<br>教員数 ${c.V(100, 900).s}名<br>入学定員 ${c.V(200, 3000).s}名` : `病床数 ${c.V(100, 900).s}床<br>診療科 ${c.V(12, 40).s}科<br>1日平均外来患者数 ${c.V(300, 2500).s}人`}<br>（${F.reiwa(c.D(-200, -30))}現在）</div></div>
</div></div></div>
<footer><div class="container">${esc(o.address)}${o.address ? '<br>' : ''}${c.post()} ${c.addr()}　代表電話 ${c.phone()}<br>${esc(o.copy)}</div></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"news","eventDate":"${c.D(5, 60)}","views":${c.V(1000, 99999, { comma: false }).v}});</script>
</body></html>
`;
}

// ---------- documents ----------
function docHtml(e, c, bl) {
  const form = pick(['ja', 'reiwa', 'reiwaFw', 'kanjiNum']);
  const ds = form === 'ja' ? F.ja(e.date) : form === 'reiwa' ? F.reiwa(e.date) : form === 'reiwaFw' ? fw(F.reiwa(e.date)) : kanjiDate(e.date);
  const rep = c.person();
  let n = 0;
  const body = bl.map((b) => blockHtml(b, {
    h: (b) => (/^\s*(\d|[０-９]|[一二三四五六七八九十]+[、．.]|[（(]|第)/.test(b.text) ? `<h3>${b.html}</h3>` : `<h3>${++n}．${b.html}</h3>`),
    note: (b) => `<p class="note">${b.html}</p>`,
    table: (b) => tableHtml(b.rows, 'doc'),
  })).join('\n');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(e.title)}</title><style>
@page{size:A4;margin:25mm 22mm 22mm 25mm;@bottom-center{content:"- " counter(page) " -";font-size:9pt}}
body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.75}
.to{margin:0}.right{text-align:right}h1{text-align:center;font-size:14pt;margin:18pt 0}
h3{font-size:11pt;margin:12pt 0 4pt}p{margin:0 0 6pt;text-indent:1em}.note{font-size:9.5pt;text-indent:0}
table.doc{border-collapse:collapse;width:100%;table-layout:fixed}table.doc th,table.doc td{border:0.5pt solid #000;padding:2pt 4pt;word-break:break-all;vertical-align:top}thead{display:table-header-group}
.ki{text-align:center}.ijo{text-align:right}.box{border:0.75pt solid #000;padding:6pt 10pt;margin-top:14pt;width:60%;margin-left:auto}
</style></head><body>
<p class="to">${pick(['お客様各位', '関係者各位', 'お取引先各位'])}</p>
<p class="right">${ds}</p><p class="right">${esc(e.org)}</p><p class="right">代表者 ${rep}</p>
<h1>${esc(e.title)}</h1>
${body}
<p class="ijo">以上</p>
<div class="box">【本件に関するお問い合わせ先】<br>${esc(e.org)} 専用窓口<br>電話 ${c.phone()}<br>受付時間 平日 午前～午後（土日祝日を除く）</div>
</body></html>`;
}


// ---------- build ----------
const styles = shuffle([...Array(7).fill('wpclinic'), ...Array(7).fill('jaframe'), ...Array(7).fill('wixgrid'), ...Array(7).fill('mt4ir'), ...Array(6).fill('nextpages'), ...Array(6).fill('bs3carousel')]);
const dateModes = shuffle(Array.from({ length: 40 }, (_, k) => DATE_MODES[k % DATE_MODES.length]));
const orgModes = shuffle(Array.from({ length: 40 }, (_, k) => ORG_MODES[k % ORG_MODES.length]));
const entries = chosen.map((p, k) => ({ ...p, id: `s${pad(k + 1)}`, style: styles[k], dateMode: dateModes[k], orgMode: orgModes[k] }));
let mtEuc = 0, bsEuc = 0;
for (const e of entries) e.encoding = e.style === 'jaframe' ? 'Shift_JIS' : e.style === 'mt4ir' ? (mtEuc++ < 4 ? 'EUC-JP' : 'UTF-8') : e.style === 'bs3carousel' ? (bsEuc++ < 1 ? 'EUC-JP' : 'UTF-8') : 'UTF-8';
const docIds = new Set(entries.slice().sort((a, b) => a.body.length - b.body.length || a.id.localeCompare(b.id)).slice(0, 10).map((e) => e.id));
writeBlindSet(kit, { out: OUT, entries, families: { wpclinic, jaframe, wixgrid, mt4ir, nextpages, bs3carousel }, dateParts, orgParts, docIds, docHtml, docLayout: false });
