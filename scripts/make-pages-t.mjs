#!/usr/bin/env node
// Makes fixtures/pages-t, the twentieth blind page set of issue #12: 40 archive releases (not yet in
// /work/staging/pages-used.txt) rendered as corporate news pages in six new site families, plus
// Word-style document sources for the 10 shortest. Written without reading the tool or earlier makers.
// Usage: node scripts/make-pages-t.mjs --seed 20261211   (then print-blind-pages.mjs --set t, check-blind-pages.mjs --set t)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetKit } from './blind-set-kit.mjs';
import { blindSetModes, writeBlindSet, articleLd } from './blind-set-modes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-t');
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261211;
const kit = blindSetKit({ out: OUT, seed: SEED });
const { rand, ri, pick, shuffle, own, all, chosen, pad, esc, wd, dp, F, fw, kanjiDate, plain, blocks, tableHtml, blockHtml, ctxFor, newsItems, documentHtml } = kit;
const { dateParts, orgParts, timeEl, svgLogo, dateTop, logoHtml } = blindSetModes(kit);

// ---------- date and organization modes ----------
const DATE_MODES = ['koukaiKoushin', 'dots', 'reiwaLine', 'metaOnly', 'jsonLdOnly', 'timeOnly', 'kanjiNumeral', 'hyphenIso', 'slashWeekday', 'reiwaDotShort', 'headingBracket', 'fwJa', 'uketsuke', 'urlAndTitle', 'dlAfter', 'articleFooter', 'thHead', 'eraFw'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'svgTitle', 'jsonLdPublisher', 'breadcrumbHome', 'address', 'metaAuthor', 'signatureAlt', 'h1Logo'];
function headCommon(e, d, o, extra = '') {
  const ld = articleLd(kit, e, d, o);
  return `<title>${esc(d.titlePrefix + e.title + o.titleSuffix)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:title" content="${esc(e.title)}">\n<meta property="og:type" content="article">${o.og ? `\n<meta property="og:site_name" content="${esc(o.og)}">` : ''}${o.author ? `\n<meta name="author" content="${esc(o.author)}">` : ''}${d.urlDate ? `\n<link rel="canonical" href="https://www.example.jp/news/${d.urlDate}-01.html">` : ''}${d.meta ? `\n${d.meta}` : ''}${e.metadata.jsonLd ? `\n<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}${extra}`;
}
const afterBody = (d, o) => `${d.after}${o.sigAlt ? `\n<p class="signature" style="text-align:right"><img src="/img/signature.png" alt="${esc(o.sigAlt)}" width="240" height="48"></p>` : ''}`;
const titleTag = (o) => (o.h1 ? 'h2' : 'h1');

// ---------- families ----------
// 1. wpdivi: WordPress + Divi page builder of a 学習塾 / 自動車販売店 / 不動産会社: et_pb_section > row > column > module nesting,
//    blurb icon boxes, number counters animated by script (data-number-value only), campaign, side widgets, et_pb_custom JSON.
function wpdivi(e, c, d, o, bl) {
  const kind = pick(['juku', 'car', 'estate']);
  const K = {
    juku: { nav: ['コース案内', '合格実績', '校舎一覧', '無料体験'], counters: [['合格者数', '名'], ['在籍生徒数', '名'], ['講師数', '名']], blurbs: [['個別指導'], ['定期テスト対策']], camp: ['冬期講習 受付中', '定員', '名'] },
    car: { nav: ['新車', '中古車在庫', '車検・整備', '店舗案内'], counters: [['在庫台数', '台'], ['年間販売台数', '台'], ['整備実績', '件']], blurbs: [['無料査定'], ['車検予約']], camp: ['決算セール開催', '特選車', '台'] },
    estate: { nav: ['売買物件', '賃貸物件', '売却査定', '会社案内'], counters: [['管理戸数', '戸'], ['仲介件数', '件'], ['掲載物件数', '件']], blurbs: [['売却査定'], ['賃貸管理']], camp: ['住まいの相談会', '先着', '組'] },
  }[kind];
  const mod = () => `et_pb_module et_pb_text et_pb_text_${ri(0, 30)} et_pb_text_align_left et_pb_bg_layout_light`;
  const article = bl.map((b) => blockHtml(b, {
    h: (b) => `</div></div><div class="${mod()}"><div class="et_pb_text_inner"><h${Math.min(4, b.lv + 1)}>${b.html}</h${Math.min(4, b.lv + 1)}>`,
    note: (b) => `</div></div><div class="et_pb_module et_pb_blurb et_pb_blurb_note"><div class="et_pb_blurb_content"><span class="et-pb-icon">&#xe06b;</span><div class="et_pb_blurb_description"><p>${b.html}</p></div></div></div><div class="${mod()}"><div class="et_pb_text_inner">`,
  })).join('\n');
  const cnt = K.counters.map(([l, u]) => ({ l, u, v: c.V(120, 98000) }));
  const news = newsItems(c, 5, F.dots);
  const campEnd = c.D(5, 45);
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8">
${headCommon(e, d, o, '\n<meta name="generator" content="Divi">')}
<link rel="stylesheet" id="divi-style-css" href="/wp-content/themes/Divi/style.min.css" media="all">
<style>
body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#333}#main-header{display:flex;align-items:center;padding:14px 30px;box-shadow:0 1px 0 rgba(0,0,0,.1)}
#top-menu{display:flex;gap:22px;list-style:none;margin:0 0 0 auto;padding:0;font-size:14px}.site-logo{font-size:20px;margin:0}
.et_pb_section{padding:28px 0}.et_pb_row{max-width:1080px;margin:0 auto;display:flex;gap:5.5%}.et_pb_column_2_3{flex:0 0 64.8%}.et_pb_column_1_3{flex:0 0 29.6%}.et_pb_column_1_4{flex:1}
.et_section_hero{background:#1e3a5f;color:#fff}.et_pb_number_counter{text-align:center}.et_pb_number_counter .percent{font-size:36px;min-height:44px}
.et_pb_blurb_note{border-left:4px solid #e09f3e;background:#fff8ec;padding:8px 14px;margin:12px 0}.et-pb-icon{font-family:ETmodules;float:left;margin-right:8px}
.et_pb_text_inner table{border-collapse:collapse;width:100%}.et_pb_text_inner td,.et_pb_text_inner th{border:1px solid #ccc;padding:5px}
.et_pb_widget{margin-bottom:24px;font-size:13px}.et_pb_widget h4{border-bottom:2px solid #1e3a5f}.et_pb_cta{background:#e09f3e;color:#fff;padding:14px}
#main-footer{background:#222;color:#bbb;font-size:12px;padding:20px 30px}
@media print{.et_pb_row{display:block}.et_section_hero .et_pb_row{display:flex}}
</style></head>
<body class="post-template-default single single-post et_pb_pagebuilder_layout et_divi_theme et-db">
<div id="page-container"><header id="main-header" data-height-onload="66"><div class="logo_container">${logoHtml(o, `<a href="/"><img src="/wp-content/uploads/logo.png" alt="${esc(o.logoAlt)}" id="logo" data-height-percentage="54"></a>`)}</div>
<div id="et-top-navigation"><nav id="top-nav"><ul id="top-menu" class="nav">${K.nav.map((x) => `<li class="menu-item"><a href="#">${x}</a></li>`).join('')}<li class="menu-item"><a href="/news/">お知らせ</a></li></ul></nav></div></header>
<div id="et-main-area"><div id="main-content">
<div class="et_pb_section et_pb_section_0 et_section_hero et_section_regular"><div class="et_pb_row et_pb_row_0">
${cnt.map((x, k) => `<div class="et_pb_column et_pb_column_1_4 et_pb_column_${k}"><div class="et_pb_module et_pb_number_counter et_pb_number_counter_${k}" data-number-value="${x.v.v}" data-number-separator=","><div class="percent"><p><span class="percent-value"></span><span class="percent-sign">${x.u}</span></p></div><h3 class="title">${x.l}</h3></div></div>`).join('\n')}
</div></div>
<article id="post-${ri(1000, 9999)}" class="et_pb_post post type-post status-publish hentry category-news">
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1">
<div class="et_pb_column et_pb_column_2_3 et_pb_column_main">
<div class="et_pb_module et_pb_post_title et_pb_post_title_0"><div class="et_pb_title_container"><${titleTag(o)} class="entry-title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}><p class="et_pb_title_meta_container"><span class="published">${dateTop(d)}</span> | <a href="/category/news/" rel="category tag">お知らせ</a></p></div></div>
<div class="${mod()}"><div class="et_pb_text_inner">
${article}
</div></div>
${afterBody(d, o)}
</div>
<div class="et_pb_column et_pb_column_1_3 et_pb_column_side">
<div class="et_pb_module et_pb_cta et_pb_promo"><div class="et_pb_promo_description"><h2 class="et_pb_module_header">${K.camp[0]}</h2><div>${K.camp[1]}${c.V(12, 300).s}${K.camp[2]}　${F.md(campEnd)}まで</div></div><div class="et_pb_button_wrapper"><a class="et_pb_button" href="#">詳しく見る</a></div></div>
${K.blurbs.map(([t]) => `<div class="et_pb_module et_pb_blurb"><div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><span class="et-pb-icon et-pb-icon-circle">&#xe08a;</span></div><h4 class="et_pb_module_header">${t}</h4><div class="et_pb_blurb_description">お気軽にご相談ください。</div></div></div>`).join('\n')}
<div class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">最新のお知らせ</h4><ul>${news.map((n) => `<li><a href="#">${esc(n.head)}</a><span class="post-date">${n.ds}</span></li>`).join('')}</ul></div>
<div class="et_pb_widget widget_categories"><h4 class="widgettitle">カテゴリー</h4><ul><li>お知らせ (${c.V(20, 400, { comma: false }).s})</li><li>${kind === 'juku' ? '合格速報' : kind === 'car' ? '入庫情報' : '新着物件'} (${c.V(20, 400, { comma: false }).s})</li></ul></div>
</div></div></div></article>
</div>
<footer id="main-footer"><div id="footer-bottom"><div class="container">${esc(o.address)}${o.address ? '<br>' : ''}${c.post()} ${c.addr()}　TEL ${c.phone()}<p id="footer-info">${esc(o.copy)}</p></div></div></footer>
</div></div>
<script id="divi-custom-script-js-extra">var et_pb_custom = {"ajaxurl":"\\/wp-admin\\/admin-ajax.php","page_id":"${ri(1000, 9999)}","et_frontend_nonce":"${(rand() * 1e12 >>> 0).toString(16)}","campaign_end":"${campEnd}","counters":[${cnt.map((x) => x.v.v).join(',')}]};</script>
<script>jQuery(function($){$('.et_pb_number_counter').each(function(){var t=$(this),v=t.data('number-value');$({n:0}).animate({n:v},{duration:1800,step:function(n){t.find('.percent-value').text(Math.ceil(n).toLocaleString())}})})});</script>
</body></html>
`;
}

// 2. hpbsjis: ホームページビルダー site of a 町内会 / 病院 / 商店街 in Shift_JIS: nested layout tables, <font face size> on every run,
//    an image-map menu with half-width ｶﾀｶﾅ alts, 最終更新日 stamps, NEW! marks, トップへ戻る images.
function hpbsjis(e, c, d, o, bl) {
  const kind = pick(['chonai', 'byoin', 'shoten']);
  const K = {
    chonai: { menu: ['ﾄｯﾌﾟﾍﾟｰｼﾞ', 'ｲﾍﾞﾝﾄ情報', '回覧板', '防災ﾏｯﾌﾟ', 'ｱｸｾｽ'], fig: [['加入世帯', '世帯'], ['防犯灯', '基']], box: '町内会の概要' },
    byoin: { menu: ['ﾄｯﾌﾟﾍﾟｰｼﾞ', '外来ｶﾞｲﾄﾞ', '診療科ｺﾞ案内', '健診ｾﾝﾀｰ', 'ｱｸｾｽ'], fig: [['病床数', '床'], ['年間外来患者', '人']], box: '病院の概要' },
    shoten: { menu: ['ﾄｯﾌﾟﾍﾟｰｼﾞ', 'ｲﾍﾞﾝﾄ情報', '加盟店ﾘｽﾄ', 'ｸｰﾎﾟﾝ', 'ｱｸｾｽ'], fig: [['加盟店', '店'], ['ｽﾀﾝﾌﾟｶｰﾄﾞ会員', '名']], box: '商店街の概要' },
  }[kind];
  const f = (h, size = 2) => `<font face="ＭＳ Ｐゴシック" size="${size}">${h}</font>`;
  const article = bl.map((b) => blockHtml(b, {
    h: (b) => `<table border="0" width="100%" cellpadding="2" cellspacing="0"><tr><td bgcolor="#ffcc99">${f(`<b>■${b.html}</b>`, 3)}</td></tr></table>`,
    p: (h) => `<p>${f(h)}</p>`,
    note: (b) => `<table border="1" width="96%" cellpadding="5" cellspacing="0" bordercolor="#cc6633" bgcolor="#fff7ee"><tr><td>${f(b.html)}</td></tr></table>`,
    list: (b) => `<${b.t}>${b.items.map((x) => `<li>${f(x)}`).join('\n')}</${b.t}>`,
    table: (b) => tableHtml(b.rows, '', ' border="1" cellpadding="4" cellspacing="0" width="96%" bordercolor="#999999"'),
  })).join('\n');
  const upd = c.D(1, 30); const upd2 = c.D(-90, -10);
  const news = newsItems(c, 4, F.slash);
  const coords = K.menu.map((_, k) => `${k * 150},0,${k * 150 + 149},30`);
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<META name="GENERATOR" content="IBM WebSphere Homepage Builder Version 6.5.0.0 for Windows">
<META http-equiv="Content-Style-Type" content="text/css">
${headCommon(e, d, o)}
<SCRIPT language="JavaScript"><!--
var hpbUpdate = "${F.slash(upd)}"; var hpbAccess = ${c.V(10000, 999999, { comma: false }).v};
//--></SCRIPT>
</HEAD>
<BODY bgcolor="#fffff0" background="image/bg_kabe.gif" text="#333333" link="#0000cc" vlink="#663399">
<CENTER>
<TABLE border="0" width="760" cellpadding="0" cellspacing="0">
  <TBODY>
    <TR>
      <TD colspan="2" bgcolor="#ffffff">
      <TABLE border="0" width="100%" cellpadding="4" cellspacing="0"><TBODY><TR>
        <TD>${o.h1 ? `<h1 class="site-logo">${f(`<b>${esc(o.h1)}</b>`, 5)}</h1>` : `${o.svg ? svgLogo(o) : ''}<IMG src="image/title_logo.gif" width="420" height="60" border="0" alt="${esc(o.logoAlt)}">`}</TD>
        <TD align="right" valign="bottom">${f(`最終更新日：${F.slash(upd)}<BR>${K.fig[0][0]}：${c.V(120, 9800).s}${K.fig[0][1]}`, 1)}</TD>
      </TR></TBODY></TABLE>
      </TD>
    </TR>
    <TR>
      <TD colspan="2"><IMG src="image/menu_bar.gif" width="750" height="30" border="0" usemap="#MainMenu" alt="ﾒﾆｭｰ"><MAP name="MainMenu">${K.menu.map((m, k) => `<AREA shape="rect" coords="${coords[k]}" href="page${String.fromCharCode(97 + k)}.html" alt="${m}">`).join('')}</MAP></TD>
    </TR>
    <TR>
      <TD width="560" valign="top" bgcolor="#ffffff">
      <TABLE border="0" width="100%" cellpadding="8" cellspacing="0"><TBODY><TR><TD>
      ${f(`<A href="index.html">${esc(o.crumbHome)}</A> &gt; <A href="oshirase.html">お知らせ</A> &gt; 記事`, 1)}
      <TABLE border="0" width="100%" cellpadding="6" cellspacing="0" bgcolor="#ffeedd"><TBODY><TR><TD align="center">${o.h1 ? `<h2>${f(`<b>${esc(d.heading)}${esc(e.title)}</b>`, 4)}</h2>` : f(`<b>${esc(d.heading)}${esc(e.title)}</b>`, 4)}</TD></TR></TBODY></TABLE>
      <DIV align="right">${f(dateTop(d))}</DIV>
      <IMG src="image/line_orange.gif" width="540" height="5" border="0"><BR>
${article}
${afterBody(d, o)}
      <DIV align="right"><A href="#top"><IMG src="image/pagetop.gif" width="90" height="20" border="0" alt="ﾍﾟｰｼﾞﾄｯﾌﾟへ"></A></DIV>
      </TD></TR></TBODY></TABLE>
      </TD>
      <TD width="200" valign="top" bgcolor="#fff3e0">
      <TABLE border="0" width="100%" cellpadding="5" cellspacing="0"><TBODY>
        <TR><TD bgcolor="#ff9933">${f('<FONT color="#ffffff"><B>★お知らせ★</B></FONT>')}</TD></TR>
        <TR><TD>${news.map((n, k) => f(`${n.ds}${k < 2 ? '<FONT color="#ff0000">NEW!</FONT>' : ''}<BR>${esc(n.head)}<BR>`, 1)).join('<HR size="1">')}</TD></TR>
        <TR><TD bgcolor="#ff9933">${f(`<FONT color="#ffffff"><B>${K.box}</B></FONT>`)}</TD></TR>
        <TR><TD>${f(`${K.fig[1][0]}：${c.V(30, 9800).s}${K.fig[1][1]}<BR>創立${c.V(21, 95, { comma: false }).s}周年<BR><FONT size="1">（最終更新日 ${F.ja(upd2)}）</FONT>`, 1)}</TD></TR>
        <TR><TD align="center"><IMG src="/cgi-bin/counter.cgi?id=top" alt="ｱｸｾｽｶｳﾝﾀｰ"><BR>${f('ﾘﾝｸﾌﾘｰです', 1)}</TD></TR>
      </TBODY></TABLE>
      </TD>
    </TR>
    <TR>
      <TD colspan="2" bgcolor="#ff9933" align="center">${f(`<FONT color="#ffffff">${esc(o.address)}${o.address ? '<BR>' : ''}${c.post()} ${c.addr()}　TEL ${c.phone()}<BR>${esc(o.copy)}</FONT>`, 1)}</TD>
    </TR>
  </TBODY>
</TABLE>
</CENTER>
</BODY>
</HTML>
`;
}

// 3. shopsoup: Shopify-like shop builder, all divs: announcement bar, cart drawer, shopify-section wrappers, blog article with
//    RTE divs, 人気ランキング with prices and review counts, recently viewed, inventory JSON, countdown data-end.
function shopsoup(e, c, d, o, bl) {
  const g = () => `${pick(['x', 'c', 'sc', 'u'])}-${(rand() * 1e8 >>> 0).toString(36)}`;
  const article = bl.map((b) => blockHtml(b, {
    h: (b) => `<div class="${g()} rte-heading" role="heading" aria-level="3" style="font-weight:700;font-size:18px;margin:22px 0 8px">${b.html}</div>`,
    p: (h) => `<div class="${g()}" style="margin:0 0 12px">${h}</div>`,
    note: (b) => `<div class="${g()} rte-note" style="background:#f6f1ea;padding:10px 14px;margin:10px 0;font-size:13px"><div>${b.html}</div></div>`,
    list: (b) => `<div class="${g()}"><${b.t} style="margin:0 0 12px">${b.items.map((x) => `<li><div>${x}</div></li>`).join('')}</${b.t}></div>`,
    table: (b) => `<div class="${g()} table-wrap" style="overflow-x:auto">${tableHtml(b.rows, 'rte-table')}</div>`,
  })).join('\n');
  const items = ['オリジナルブレンド珈琲', '国産はちみつ', '手ぬぐいセット', '季節のジャム', 'ギフトボックス'].slice(0, 4).map((n) => ({ n, price: c.V(600, 9800), rev: c.V(12, 900, { comma: false }), stock: c.V(2, 300, { comma: false }) }));
  const free = c.V(3000, 9000); const off = c.V(11, 45, { comma: false }); const saleEnd = c.D(3, 30);
  const news = newsItems(c, 3, F.dots);
  return `<!doctype html>
<html class="no-js" lang="ja"><head><meta charset="utf-8">
${headCommon(e, d, o, '\n<meta name="theme-color" content="">')}
<link rel="stylesheet" href="//cdn.shop.example/s/files/t/assets/base.css" media="all">
<style>
body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#2b2b2b;background:#fffdf9}.${'ann'}{background:#3d2b1f;color:#fff;text-align:center;font-size:12px;padding:6px}
.hdr{display:flex;align-items:center;padding:16px 28px;border-bottom:1px solid #e5ded3}.hdr .nav{margin-left:auto;display:flex;gap:20px;font-size:13px}
.wrap{max-width:1100px;margin:0 auto;display:flex;gap:36px;padding:28px}.main{flex:1;line-height:1.9}.aside{flex:0 0 260px;font-size:12px}
.rank>div{display:flex;gap:8px;border-bottom:1px solid #eee;padding:8px 0}.rte-table{border-collapse:collapse}.rte-table td,.rte-table th{border:1px solid #d8cfc2;padding:5px}
.drawer{position:fixed;right:-400px;top:0;width:360px}.ftr{background:#f1ebe2;padding:22px 28px;font-size:12px}
@media print{.wrap{display:block}.drawer{display:none}}
</style></head>
<body class="template-article">
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="ann" role="region">${free.s}円以上のご購入で送料無料 ／ 今だけ全品${off.s}%OFF（${F.md(saleEnd)}まで）</div></div>
<div id="shopify-section-header" class="shopify-section"><div class="hdr"><div class="${g()}">${logoHtml(o, `<a href="/"><img src="//cdn.shop.example/s/files/logo.png" alt="${esc(o.logoAlt)}" width="150" height="40"></a>`)}</div><div class="nav"><div>ONLINE STORE</div><div>ギフト</div><div>読みもの</div><div>ご利用ガイド</div><div class="${g()}" data-cart-count="">カート</div></div></div></div>
<div class="drawer" id="CartDrawer"><div class="${g()}">カートは空です</div><div>お買い物を続ける</div></div>
<div class="wrap"><div class="main" id="MainContent"><div id="shopify-section-template--main-article" class="shopify-section">
<div class="${g()}"><div class="${g()}" style="font-size:12px"><a href="/">${esc(o.crumbHome)}</a> / <a href="/blogs/news">お知らせ</a></div>
<div class="${g()}"><${titleTag(o)} class="article-template__title" style="font-size:24px">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}><div class="${g()} circle-divider" style="font-size:12px;color:#776">${dateTop(d)}</div></div>
<div class="${g()} article-template__content rte">
${article}
</div>
${afterBody(d, o)}
</div></div></div>
<div class="aside"><div id="shopify-section-ranking" class="shopify-section"><div class="${g()}" style="font-weight:700">人気ランキング</div><div class="rank">${items.map((x) => `<div class="${g()}"><div><img src="//cdn.shop.example/s/files/p.jpg" alt="" width="56"></div><div><div>${x.n}</div><div>¥${x.price.s}（税込）</div><div>★★★★☆（${x.rev.s}件のレビュー）</div></div></div>`).join('')}</div></div>
<div class="${g()}" style="margin-top:20px;font-weight:700">お知らせ</div>${news.map((n) => `<div class="${g()}">${n.ds}　${esc(n.head)}</div>`).join('')}
<div class="${g()}" style="margin-top:20px">最近チェックした商品はまだありません。</div></div></div>
<div id="shopify-section-footer" class="shopify-section"><div class="ftr"><div>${esc(o.address)}${o.address ? '<br>' : ''}${c.post()} ${c.addr()}　${c.phone()}</div><div>${esc(o.copy)}</div></div></div>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceType":"article","resourceId":${c.V(100000, 999999, { comma: false }).v}}};</script>
<script type="application/json" id="inventory-json">${JSON.stringify({ products: items.map((x) => ({ title: x.n, price: x.price.v, inventory_quantity: x.stock.v })), sale_ends_at: saleEnd, free_shipping_threshold: free.v })}</script>
<script>document.querySelectorAll('[data-countdown]').forEach(function(el){el.textContent=el.dataset.end})</script>
</body></html>
`;
}

// 4. mt3press: Movable Type 3.x press room (商社 or 市役所) with the default three-column template: #banner, date-header,
//    entry-footer, カテゴリー and 月別アーカイブ with counts, tag cloud with counts, 最近のエントリー with dates, a 会社概要 / 市の概要 box.
function mt3press(e, c, d, o, bl, enc) {
  const kind = pick(['shosha', 'city']);
  const article = bl.map((b) => blockHtml(b, {
    h: (b) => `<h4>${b.html}</h4>`,
    note: (b) => `<blockquote><p>${b.html}</p></blockquote>`,
    table: (b) => tableHtml(b.rows, '', ' border="1" cellpadding="3"'),
    p: (h) => `<p>${h}</p>`,
  })).join('\n');
  const cut = Math.max(1, Math.ceil(bl.length / 3));
  const bodyPart = article.split('\n').slice(0, cut).join('\n'); const morePart = article.split('\n').slice(cut).join('\n');
  const recent = newsItems(c, 5, F.ja);
  const months = Array.from({ length: 4 }, (_, k) => { const dd = new Date(`${e.date}T00:00:00Z`); dd.setUTCMonth(dd.getUTCMonth() - 1 - k); return `${dd.getUTCFullYear()}年${dd.getUTCMonth() + 1}月`; });
  const tags = kind === 'shosha' ? ['IR', '人事', '事業投資', 'サステナビリティ', '情報セキュリティ'] : ['市政', '防災', '子育て', '観光', '情報セキュリティ'];
  const box = kind === 'shosha'
    ? `資本金 ${c.V(120, 9800).s}百万円<br />連結従業員数 ${c.V(300, 40000).s}名<br />海外拠点 ${c.V(12, 90).s}か所`
    : `人口 ${c.V(12000, 480000).s}人<br />世帯数 ${c.V(5000, 200000).s}世帯<br />（${F.ja(c.D(-120, -10))}現在）`;
  const charset = enc;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<meta name="generator" content="http://www.sixapart.jp/movabletype/" />
${headCommon(e, d, o)}
<link rel="stylesheet" href="../styles-site.css" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="../index.xml" />
<link rel="prev" href="../archives/${ri(100, 999)}.html" title="前の記事" />
<style type="text/css">
body{margin:0;font-family:Verdana,"ＭＳ Ｐゴシック",sans-serif;font-size:13px;background:#eee}#container{width:920px;margin:0 auto;background:#fff}
#banner{padding:18px 20px;background:#2f4f6f;color:#fff}#banner h1{margin:0;font-size:22px}#banner h2{margin:4px 0 0;font-size:12px;font-weight:normal}
#center{float:left;width:640px;padding:10px 20px}#right{float:left;width:220px;padding:10px 0;font-size:11px}
.date-header{font-size:12px;color:#666;border-bottom:1px dotted #999}.entry-header{font-size:18px}.entry-footer{font-size:11px;color:#666;border-top:1px dotted #ccc}
.sidebar h2{font-size:12px;background:#ddd;padding:3px}.taglevel1{font-size:16px}.taglevel3{font-size:12px}blockquote{border-left:3px solid #ccc;margin:8px 0;padding:0 10px}
#footer{clear:both;padding:10px;font-size:11px;border-top:1px solid #ccc}table{border-collapse:collapse}
</style>
</head>
<body class="layout-two-column-right">
<div id="container">
<div id="banner">${o.h1 ? `<h1 class="site-logo"><a href="/" accesskey="1">${esc(o.h1)}</a></h1>` : `${o.svg ? svgLogo(o) : ''}<a href="/"><img src="/images/logo_w.gif" alt="${esc(o.logoAlt)}" width="200" height="36" /></a>`}
<h2>${kind === 'shosha' ? 'ニュースリリース' : '報道発表資料'}</h2></div>
<div id="center"><div class="content">
<p class="nav"><a href="/">${esc(o.crumbHome)}</a> &gt; <a href="../">${kind === 'shosha' ? 'プレスルーム' : '報道発表'}</a></p>
${d.line || d.datetime || d.top ? `<h2 class="date-header">${dateTop(d)}</h2>` : ''}
<a id="a00${ri(1000, 9999)}"></a>
<div class="entry" id="entry-${ri(1000, 9999)}">
<h3 class="entry-header">${esc(d.heading)}${esc(e.title)}</h3>
<div class="entry-content">
<div class="entry-body">
${bodyPart}
</div>
<div id="more" class="entry-more">
${morePart}
</div>
${afterBody(d, o)}
</div>
<p class="entry-footer"><span class="post-footers">カテゴリー: <a href="../cat/">${kind === 'shosha' ? 'ニュースリリース' : '報道発表'}</a> ｜ タグ: <a href="#">情報セキュリティ</a></span> <span class="separator">|</span> <a class="permalink" href="#">固定リンク</a></p>
</div>
<p class="content-nav"><a href="../archives/prev.html">&laquo; ${esc(recent[1].head)}</a> | <a href="../">メインページ</a> | <a href="../archives/next.html">${esc(recent[0].head)} &raquo;</a></p>
</div></div>
<div id="right"><div class="sidebar">
<div id="search"><h2>検索</h2><form method="get" action="/mt/mt-search.cgi"><input id="search" name="search" size="18" /></form></div>
<div class="module-recent"><h2>最近のエントリー</h2><ul>${recent.map((n) => `<li><a href="#">${esc(n.head)}</a> (${n.ds})</li>`).join('')}</ul></div>
<div class="module-categories"><h2>カテゴリー</h2><ul><li><a href="#">${kind === 'shosha' ? 'ニュースリリース' : '報道発表'}</a> (${c.V(40, 900, { comma: false }).s})</li><li><a href="#">お知らせ</a> (${c.V(40, 900, { comma: false }).s})</li></ul></div>
<div class="module-archives"><h2>月別アーカイブ</h2><ul>${months.map((m) => `<li><a href="#">${m}</a> (${c.V(3, 60, { comma: false }).s})</li>`).join('')}</ul></div>
<div class="module-tagcloud"><h2>タグクラウド</h2><ul>${tags.map((t) => `<li class="taglevel${ri(1, 4)}"><a href="#">${t}</a> (${c.V(3, 300, { comma: false }).s})</li>`).join('')}</ul></div>
<div class="module-about"><h2>${kind === 'shosha' ? '会社概要' : '市の概要'}</h2><p>${box}</p></div>
<div class="module-powered"><p><a href="http://www.sixapart.jp/movabletype/">Powered by Movable Type</a></p></div>
</div></div>
<div id="footer">${esc(o.address)}${o.address ? '<br />' : ''}${c.post()} ${c.addr()}　TEL ${c.phone()}<br />${esc(o.copy)}</div>
</div>
</body>
</html>
`;
}

// 5. nuxtapp: Nuxt 2 SSR page: #__nuxt > #__layout, data-v-xxxxxxxx scoped attributes on every element, nuxt-link classes,
//    webinar card (開催日, 定員, 申込数), 人気記事 ranking with page views, chat widget, window.__NUXT__ IIFE hydration state.
function nuxtapp(e, c, d, o, bl) {
  const v = `data-v-${(rand() * 0xffffffff >>> 0).toString(16).padStart(8, '0')}`; const w = `data-v-${(rand() * 0xffffffff >>> 0).toString(16).padStart(8, '0')}`;
  const article = bl.map((b) => blockHtml(b, {
    h: (b) => `<h2 ${w} class="c-article__h2">${b.html}</h2>`,
    p: (h) => `<p ${w}>${h}</p>`,
    note: (b) => `<div ${w} class="c-callout c-callout--info"><p ${w}>${b.html}</p></div>`,
    list: (b) => `<${b.t} ${w} class="c-list">${b.items.map((x) => `<li ${w}>${x}</li>`).join('')}</${b.t}>`,
    table: (b) => `<div ${w} class="c-table-scroll">${tableHtml(b.rows, 'c-table')}</div>`,
  })).join('\n');
  const web = c.D(7, 50); const cap = c.V(50, 900); const appl = c.V(20, 800); const wait = c.V(2, 40, { comma: false });
  const pop = newsItems(c, 4, F.dots, false).map((n) => ({ ...n, pv: c.V(1000, 99000) }));
  const news = newsItems(c, 4, F.dots);
  const paras = bl.filter((b) => b.t === 'p').slice(0, 1).map((b) => b.text);
  const args = [JSON.stringify(web), cap.v, appl.v, JSON.stringify('news')];
  const state = `{layout:"default",data:[{article:{title:${JSON.stringify(e.title)},lead:${JSON.stringify(paras.join(''))},category:d,tags:["お知らせ"]},webinar:{date:a,capacity:b,applied:c},popular:[${pop.map((p) => `{title:${JSON.stringify(p.head)},date:${JSON.stringify(p.date)},pv:${p.pv.v}}`).join(',')}],news:[${news.map((n) => `{title:${JSON.stringify(n.head)},date:${JSON.stringify(n.date)}}`).join(',')}]}],fetch:{},error:null,state:{chat:{waiting:${wait.v}}},serverRendered:true,routePath:"\\u002Fnews\\u002F${(rand() * 1e8 >>> 0).toString(36)}",config:{_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F"}}}`;
  return `<!doctype html>
<html data-n-head-ssr lang="ja" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22ja%22%7D%7D"><head>
<meta data-n-head="ssr" charset="utf-8">
${headCommon(e, d, o).replace(/<meta /g, '<meta data-n-head="ssr" ').replace('<title>', '<title data-n-head="ssr">')}
<link rel="preload" href="/_nuxt/${(rand() * 1e12 >>> 0).toString(16)}.js" as="script">
<style data-vue-ssr-id="${(rand() * 1e8 >>> 0).toString(16)}:0">
body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#1f2933}.l-header[${v}]{display:flex;align-items:center;gap:16px;padding:14px 32px;border-bottom:1px solid #e4e7eb}
.l-header nav[${v}]{margin-left:auto;display:flex;gap:20px;font-size:14px}.l-body[${v}]{display:grid;grid-template-columns:minmax(0,1fr) 280px;gap:40px;max-width:1120px;margin:0 auto;padding:32px}
.c-callout[${w}]{border-left:4px solid #3b82f6;background:#eff6ff;padding:8px 14px}.c-table[${w}]{border-collapse:collapse}.c-table td,.c-table th{border:1px solid #cbd2d9;padding:6px}
.c-card[${v}]{border:1px solid #e4e7eb;border-radius:8px;padding:14px;margin-bottom:18px;font-size:13px}.c-chat[${v}]{position:fixed;right:18px;bottom:18px;background:#3b82f6;color:#fff;border-radius:20px;padding:8px 14px;font-size:12px}
.l-footer[${v}]{background:#102a43;color:#bcccdc;padding:24px 32px;font-size:12px}
@media print{.l-body[${v}]{display:block}.c-chat[${v}]{display:none}}
</style></head>
<body><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div ${v} class="l-default">
<header ${v} class="l-header">${o.h1 ? `<h1 ${v} class="site-logo"><a ${v} href="/" class="nuxt-link-active">${esc(o.h1)}</a></h1>` : `<a ${v} href="/" class="nuxt-link-active">${o.svg ? svgLogo(o) : ''}<img ${v} src="/_nuxt/img/logo.${(rand() * 1e8 >>> 0).toString(16)}.svg" alt="${esc(o.logoAlt)}" width="140" height="32"></a>`}<nav ${v}><a ${v} href="/service">サービス</a><a ${v} href="/case">導入事例</a><a ${v} href="/news" class="nuxt-link-active">お知らせ</a><a ${v} href="/contact">お問い合わせ</a></nav></header>
<div ${v} class="l-body"><main ${v}>
<ol ${v} class="c-breadcrumb"><li ${v}><a ${v} href="/" class="nuxt-link-active">${esc(o.crumbHome)}</a></li><li ${v}><a ${v} href="/news" class="nuxt-link-active">お知らせ</a></li></ol>
<article ${w} class="c-article"><header ${w}><${titleTag(o)} ${w} class="c-article__title">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}><div ${w} class="c-article__meta">${dateTop(d)}</div></header>
<div ${w} class="c-article__body">
${article}
</div>
${afterBody(d, o)}
</article></main>
<aside ${v} class="l-side"><div ${v} class="c-card"><p ${v}><b>ウェビナー開催のお知らせ</b></p><p ${v}>開催日：${F.jaW(web)}<br>定員 ${cap.s}名（お申込み ${appl.s}名）</p></div>
<div ${v} class="c-card"><p ${v}><b>人気記事</b></p><ol ${v}>${pop.map((p) => `<li ${v}>${esc(p.head)}<br><small>${p.ds}・${p.pv.s} views</small></li>`).join('')}</ol></div>
<div ${v} class="c-card"><p ${v}><b>新着のお知らせ</b></p>${news.map((n) => `<p ${v}><time ${v}>${n.ds}</time> ${esc(n.head)}</p>`).join('')}</div></aside></div>
<footer ${v} class="l-footer">${esc(o.address)}${o.address ? '<br>' : ''}${c.post()} ${c.addr()}<br>${esc(o.copy)}</footer>
<div ${v} class="c-chat">チャットで相談（待ち ${wait.s}名）</div>
</div></div></div><script>window.__NUXT__=(function(a,b,c,d){return ${state}}(${args.join(',')}));</script><script src="/_nuxt/${(rand() * 1e12 >>> 0).toString(16)}.js" defer></script></body></html>
`;
}

// 6. twportal: Tailwind CSS + Alpine.js 官公庁-like portal: 重要 alert banner, 文字サイズ/背景色 tools, mega-menu (hidden),
//    tabs whose hidden panes hold other news, an accordion of related FAQs, a survey modal dialog (hidden), 問い合わせ box.
function twportal(e, c, d, o, bl, enc) {
  const article = bl.map((b) => blockHtml(b, {
    h: (b) => `<h2 class="mt-8 mb-3 border-l-4 border-blue-800 pl-3 text-xl font-bold">${b.html}</h2>`,
    p: (h) => `<p class="mb-4 leading-relaxed">${h}</p>`,
    note: (b) => `<div class="my-4 rounded border border-amber-400 bg-amber-50 p-4 text-sm"><p>${b.html}</p></div>`,
    list: (b) => `<${b.t} class="mb-4 ${b.t === 'ul' ? 'list-disc' : 'list-decimal'} pl-6">${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>`,
    table: (b) => `<div class="overflow-x-auto">${tableHtml(b.rows, 'min-w-full border-collapse border border-gray-400 text-sm')}</div>`,
  })).join('\n');
  const stop = c.D(3, 40);
  const tabs = [['新着情報', newsItems(c, 4, F.ja)], ['報道発表', newsItems(c, 3, F.ja)], ['イベント', newsItems(c, 3, F.ja)]];
  const charset = enc === 'UTF-8' ? '<meta charset="utf-8">' : `<meta http-equiv="Content-Type" content="text/html; charset=${enc}">`;
  return `<!DOCTYPE html>
<html lang="ja"><head>${charset}
${headCommon(e, d, o)}
<script src="https://cdn.tailwindcss.example/3.4"></script><script defer src="/js/alpine.min.js"></script>
<style>
body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#1a1a1a}.hidden{display:none}[x-cloak]{display:none}
.mx-auto{margin-left:auto;margin-right:auto}.max-w-6xl{max-width:1100px}.px-4{padding-left:16px;padding-right:16px}.flex{display:flex}.gap-8{gap:32px}.flex-1{flex:1}.w-72{width:288px;flex:0 0 288px}
.bg-red-700{background:#b91c1c;color:#fff}.bg-blue-900{background:#1e3a8a;color:#fff}.text-sm{font-size:13px}.text-xs{font-size:11px}.text-xl{font-size:20px}.font-bold{font-weight:700}
.border-l-4{border-left:4px solid #1e40af}.pl-3{padding-left:12px}.rounded{border-radius:6px}.border{border:1px solid #ccc}.p-4{padding:16px}.bg-amber-50{background:#fffbeb}
.border-collapse{border-collapse:collapse}table td,table th{border:1px solid #9ca3af;padding:6px}.tab-btn{padding:6px 12px;border:1px solid #ccc}
@media print{.flex.gap-8{display:block}.w-72{width:auto}[role=dialog]{display:none}}
</style></head>
<body class="bg-white antialiased" x-data="{ menu:false, survey:false, fontSize:'m' }">
<a href="#main" class="sr-only focus:not-sr-only">本文へスキップ</a>
<div role="alert" class="bg-red-700 px-4 py-2 text-sm">【重要】システムメンテナンスのため、${F.ja(stop)}は電子申請サービスを停止します。</div>
<header class="bg-blue-900"><div class="mx-auto max-w-6xl px-4 flex items-center py-3">${logoHtml(o, `<a href="/"><img src="/img/logo-white.svg" alt="${esc(o.logoAlt)}" class="h-10"></a>`)}
<div class="ml-auto flex gap-4 text-xs"><span>文字サイズ <button>標準</button><button>拡大</button></span><span>背景色 <button>白</button><button>黒</button></span><a href="/foreign/">Foreign Language</a></div></div>
<nav class="mx-auto max-w-6xl px-4 flex gap-6 text-sm"><button @click="menu=!menu">くらし・手続き</button><button>健康・福祉</button><button>産業・しごと</button><button>組織から探す</button>
<div x-show="menu" x-cloak class="hidden absolute bg-white text-black p-4"><ul><li>届出・証明</li><li>税金</li><li>ごみ・リサイクル</li></ul></div></nav></header>
<nav aria-label="パンくずリスト" class="mx-auto max-w-6xl px-4 text-xs"><ol class="flex gap-2"><li><a href="/">${esc(o.crumbHome)}</a></li><li>＞ <a href="/news/">お知らせ</a></li></ol></nav>
<div class="mx-auto max-w-6xl px-4 flex gap-8">
<main id="main" class="flex-1">
<article><${titleTag(o)} class="text-2xl font-bold">${esc(d.heading)}${esc(e.title)}</${titleTag(o)}>
<p class="text-sm text-gray-600">${dateTop(d)}</p>
<div class="prose max-w-none">
${article}
</div>
${afterBody(d, o)}
</article>
<section class="mt-8 rounded border p-4 text-sm"><h2 class="font-bold">このページに関するお問い合わせ</h2><p>${esc(o.address)}${o.address ? '<br>' : ''}広報担当　${c.post()} ${c.addr()}<br>電話：${c.phone()}</p></section>
<section class="mt-6" x-data="{open:null}"><h2 class="font-bold">よくあるご質問</h2>
<div class="border"><button @click="open=1" aria-expanded="false">問い合わせ窓口の受付時間は？</button><div x-show="open===1" class="hidden p-4 text-sm">平日の日中に受け付けています（祝日・年末年始を除く）。</div></div>
<div class="border"><button @click="open=2" aria-expanded="false">郵送での申請はできますか？</button><div x-show="open===2" class="hidden p-4 text-sm">申請書をダウンロードのうえ、窓口あてに郵送してください。</div></div></section>
</main>
<aside class="w-72 text-sm" x-data="{tab:0}"><div class="flex">${tabs.map(([t], k) => `<button class="tab-btn" role="tab" aria-selected="${k === 0}" @click="tab=${k}">${t}</button>`).join('')}</div>
${tabs.map(([t, items], k) => `<div role="tabpanel" x-show="tab===${k}"${k ? ' class="hidden" hidden' : ''}><ul>${items.map((n) => `<li class="border-b py-2"><span class="text-xs">${n.ds}</span><br>${esc(n.head)}</li>`).join('')}</ul></div>`).join('\n')}
<div class="mt-6 rounded border p-4"><p class="font-bold">アンケート</p><p>このページの情報は役に立ちましたか？</p><button @click="survey=true">回答する</button></div></aside></div>
<div role="dialog" aria-modal="true" x-show="survey" x-cloak class="hidden fixed inset-0 bg-black/50"><div class="mx-auto mt-24 max-w-md rounded bg-white p-6"><p class="font-bold">ウェブアンケート</p><p>所要時間は約${c.V(11, 30, { comma: false }).s}分です。これまでに${c.V(300, 9000).s}名の方にご回答いただきました。</p><button @click="survey=false">閉じる</button></div></div>
<footer class="bg-blue-900 mt-10 p-4 text-xs"><div class="mx-auto max-w-6xl px-4"><p>${c.post()} ${c.addr()}　代表電話 ${c.phone()}</p><p>${esc(o.copy)}</p></div></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageCategory":"news","pageId":${c.V(10000, 99999, { comma: false }).v},"maintenance":"${stop}"});</script>
</body></html>
`;
}

// ---------- documents ----------
// Four layouts: `plain` (page numbers 「- N -」), `bessi` (the release's tables and lists moved to a 別紙 page at the end, 「（別紙のとおり）」
// where they stood, footer 「N / M」), `annex2col` (those on a 別紙 page set in two CSS columns), `wrapTable` (narrow
// fixed-layout tables whose cells wrap, a running header with the title, footer 「N ページ」).
const docHtml = (e, c, bl) => documentHtml(e, c, bl, (annexable) => pick(annexable ? ['plain', 'bessi', 'annex2col', 'wrapTable'] : ['plain', 'wrapTable']));


// ---------- build ----------
const styles = shuffle([...Array(7).fill('wpdivi'), ...Array(7).fill('hpbsjis'), ...Array(7).fill('shopsoup'), ...Array(7).fill('mt3press'), ...Array(6).fill('nuxtapp'), ...Array(6).fill('twportal')]);
const dateModes = shuffle(Array.from({ length: 40 }, (_, k) => DATE_MODES[k % DATE_MODES.length]));
const orgModes = shuffle(Array.from({ length: 40 }, (_, k) => ORG_MODES[k % ORG_MODES.length]));
const entries = chosen.map((p, k) => ({ ...p, id: `t${pad(k + 1)}`, style: styles[k], dateMode: dateModes[k], orgMode: orgModes[k] }));
let mtEuc = 0, twEuc = 0;
for (const e of entries) e.encoding = e.style === 'hpbsjis' ? 'Shift_JIS' : e.style === 'mt3press' ? (mtEuc++ < 4 ? 'EUC-JP' : 'UTF-8') : e.style === 'twportal' ? (twEuc++ < 1 ? 'EUC-JP' : 'UTF-8') : 'UTF-8';
const docIds = new Set(entries.slice().sort((a, b) => a.body.length - b.body.length || a.id.localeCompare(b.id)).slice(0, 10).map((e) => e.id));
writeBlindSet(kit, { out: OUT, entries, families: { wpdivi, hpbsjis, shopsoup, mt3press, nuxtapp, twportal }, dateParts, orgParts, docIds, docHtml });
