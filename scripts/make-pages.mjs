#!/usr/bin/env node
// Renders the releases in fixtures/pages/sources/*.md (archive layout, a few releases chosen from
// ../shared/archive) into realistic corporate news pages in six site styles, each wrapped in
// decoy-rich chrome: side-bar news with dates and counts, related news, footers with figures,
// cookie banners, scripts and JSON data holding numbers and dates. Writes
// fixtures/pages/<style>/<id>.html and fixtures/pages/manifest.json (style, encoding, source, and
// the decoy values and dates a page must not yield). Deterministic: the same sources give the
// same bytes (no clock, no randomness beyond a seeded generator).
//
//   node scripts/make-pages.mjs            # writes fixtures/pages/
//   node scripts/make-pages.mjs --sources DIR --out DIR   # another set (the printed site pages of
//                                          # fixtures/pdf-dev/site-pages): each page also carries the
//                                          # site's layout CSS, wide (side bar beside the article) or
//                                          # narrow (stacked, as a phone or a narrow print shows it)
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Encoding from 'encoding-japanese';
import { mulberry32 } from './seededRandom.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argOf = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const PAGES = argOf('--out') ?? join(ROOT, 'fixtures', 'pages');
const SOURCES = argOf('--sources') ?? join(PAGES, 'sources');
/** Layout CSS only for another set: fixtures/pages stays byte for byte as it was. */
const WITH_LAYOUT = argOf('--out') !== null;

const rng = mulberry32;
const seedOf = (s) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The archive layout: overview bullets (told apart by shape) and the body. */
function readSource(md) {
  const [head, ...rest] = md.split(/^#[ \t]*本文[ \t]*$/m);
  const body = rest.join('# 本文');
  const bullets = head.split('\n').filter((l) => /^- /.test(l)).map((l) => l.slice(2).trim());
  const date = bullets.find((b) => /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/.test(b));
  const url = bullets.find((b) => /^https?:\/\//.test(b));
  const others = bullets.filter((b) => b !== date && b !== url && !/^第\d+報|^関連/.test(b));
  const [y, m, d] = date.match(/\d+/g).map(Number);
  return { title: others[0], org: others[1], date: { y, m, d }, url, body };
}

const inline = (s) =>
  esc(s)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/(^|[^"=>])(https?:\/\/[^\s<>"）)]+)/g, '$1<a href="$2">$2</a>');

/** The release body's Markdown as the HTML a CMS editor would produce. */
function bodyHtml(md, { pClass = '' } = {}) {
  const lines = md.replace(/\r/g, '').split('\n');
  const out = [];
  let para = [];
  const flush = () => {
    if (para.length) out.push(`<p${pClass}>${para.map(inline).join('<br>\n')}</p>`);
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\s+$/, '');
    if (!line.trim()) { flush(); continue; }
    const h = /^(#{1,4})[ ]+(.*)$/.exec(line);
    if (h) { flush(); const n = Math.min(4, Math.max(2, h[1].length)); out.push(`<h${n}>${inline(h[2])}</h${n}>`); continue; }
    if (/^\|/.test(line)) {
      flush();
      const rows = [];
      while (i < lines.length && /^\|/.test(lines[i])) rows.push(lines[i++].trim());
      i--;
      const cells = (r) => r.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      const html = ['<table>'];
      rows.forEach((r, k) => {
        if (/^\|[\s:|-]+\|?$/.test(r)) return;
        const tag = k === 0 && rows[1] && /^\|[\s:|-]+\|?$/.test(rows[1]) ? 'th' : 'td';
        html.push(`<tr>${cells(r).map((c) => `<${tag}>${inline(c)}</${tag}>`).join('')}</tr>`);
      });
      html.push('</table>');
      out.push(html.join('\n'));
      continue;
    }
    const li = /^(\s*)(?:[-*・]|(\d+)\.)[ ]+(.*)$/.exec(line);
    if (li) {
      flush();
      const ordered = li[2] !== undefined;
      const items = [];
      while (i < lines.length) {
        const m = /^(\s*)(?:[-*・]|(\d+)\.)[ ]+(.*)$/.exec(lines[i]);
        if (!m) {
          // A continuation line indented under the item.
          if (/^\s{2,}\S/.test(lines[i]) && items.length) { items[items.length - 1].text += '<br>' + inline(lines[i].trim()); i++; continue; }
          break;
        }
        items.push({ depth: m[1].length >= 2 ? 1 : 0, text: inline(m[3].replace(/\s+$/, '')) });
        i++;
      }
      i--;
      const tag = ordered ? 'ol' : 'ul';
      const html = [`<${tag}>`];
      for (let k = 0; k < items.length; k++) {
        const it = items[k];
        if (it.depth === 1) continue;
        const kids = [];
        for (let j = k + 1; j < items.length && items[j].depth === 1; j++) kids.push(items[j]);
        html.push(`<li>${it.text}${kids.length ? `<ul>${kids.map((c) => `<li>${c.text}</li>`).join('')}</ul>` : ''}</li>`);
      }
      html.push(`</${tag}>`);
      out.push(html.join('\n'));
      continue;
    }
    para.push(line.trim());
  }
  flush();
  return out.join('\n');
}

// ---- decoys -------------------------------------------------------------------------------------

function addDays({ y, m, d }, n) {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const iso = ({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const kanjiDate = ({ y, m, d }) => `${y}年${m}月${d}日`;
const dotDate = ({ y, m, d }) => `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`;
const slashDate = ({ y, m, d }) => `${y}/${m}/${d}`;
const warekiDate = ({ y, m, d }) => `令和${y - 2018}年${m}月${d}日`;

/** Side-bar and related news: what a corporate site lists beside every release. value = the decoy count. */
const NEWS = [
  { text: '光回線サービスの契約数100万件突破のお知らせ', value: 1000000 },
  { text: '【セミナー】情報セキュリティ対策セミナー（定員200名）開催のご案内', value: 200 },
  { text: '会員数が30万人を突破しました', value: 300000 },
  { text: '年末年始休業のお知らせ', value: null },
  { text: 'スマートフォンアプリのダウンロード数が45万件を超えました', value: 450000 },
  { text: '採用説明会を開催します（参加者150名様）', value: 150 },
  { text: '不審なメールにご注意ください（2,500件のお問い合わせを受けて）', value: 2500 },
  { text: '新サービス「クラウド帳票Pro」の提供を開始しました', value: null },
  { text: '累計導入社数8,000社を達成', value: 8000 },
  { text: 'プレゼントキャンペーン：抽選で500名様に', value: 500 },
];
/** Promotion boxes in side bars: plain text, no link, no date. */
const PROMO = [
  { text: '光回線サービスは契約数100万件を突破しました。ご愛顧いただき誠にありがとうございます。', value: 1000000 },
  { text: '情報セキュリティ対策セミナーを開催します。定員200名、参加無料です。お早めにお申し込みください。', value: 200 },
  { text: '会員数30万人突破記念キャンペーンを実施中です。抽選で500名様にプレゼントが当たります。', value: 300000 },
];
const FOOTER_FIGURES = [
  { text: '従業員数：3,456名（連結・2025年3月31日現在）', value: 3456 },
  { text: '病床数：452床', value: 452 },
  { text: '資本金：12億3,400万円', value: null },
  { text: '取引先数：約7,800社', value: 7800 },
];

function pick(r, list, n) {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
  return out;
}

/**
 * A news list in one of the shapes sites use; variant 0 is the style's own markup (given), the
 * others a definition list, lines broken by <br>, a two-column table.
 */
function newsList(items, variant, fmt, own) {
  switch (variant) {
    case 1:
      return `<dl class="news-list">${items.map((n) => `<dt>${fmt(n.date)}</dt><dd><a href="/news/${n.id}">${esc(n.text)}</a></dd>`).join('\n')}</dl>`;
    case 2:
      return `<p class="txt">${items.map((n) => `${fmt(n.date)}　<a href="/news/${n.id}">${esc(n.text)}</a>`).join('<br>\n')}</p>`;
    case 3:
      return `<table class="tbl">${items.map((n) => `<tr><th>${fmt(n.date)}</th><td><a href="/news/${n.id}">${esc(n.text)}</a></td></tr>`).join('\n')}</table>`;
    default:
      return own;
  }
}

// ---- site styles --------------------------------------------------------------------------------

const cookieText = '当サイトでは、利便性向上のためCookieを使用しています。サイトを閲覧いただくことで、Cookieの使用に同意したものとみなします。（2025年4月1日改定）';

const STYLES = {
  /** WordPress theme: semantic tags, Yoast meta, widget side bar, related posts, JSON in scripts. */
  wordpress(p) {
    const { title, org, date, body, news, related, footer, url } = p;
    return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | ${esc(org)}</title>
<meta property="og:site_name" content="${esc(org)}">
<meta property="og:title" content="${esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${iso(date)}T10:00:00+09:00">
<meta property="article:modified_time" content="${iso(p.updated)}T18:30:00+09:00">
<link rel="canonical" href="${esc(url)}">
<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.2"}};</script>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: org, potentialAction: { '@type': 'SearchAction' } }, { '@type': 'Article', headline: title, datePublished: `${iso(date)}T10:00:00+09:00`, dateModified: `${iso(p.updated)}T18:30:00+09:00`, publisher: { '@type': 'Organization', name: org } }] }).replace(/</g, '\\u003c')}</script>
</head>
<body class="post-template-default single single-post postid-${1000 + p.n} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">コンテンツへスキップ</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="/" rel="home"><img src="/logo.png" alt="${esc(org)}" width="200" height="40"></a></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/company/">企業情報</a></li><li><a href="/service/">サービス</a></li><li><a href="/news/">ニュース</a></li><li><a href="/ir/">IR情報</a></li><li><a href="/recruit/">採用情報</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-${1000 + p.n}" class="post-${1000 + p.n} post type-post status-publish format-standard hentry category-news">
  <header class="entry-header">
    <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="${iso(date)}T10:00:00+09:00">${kanjiDate(date)}</time><time class="updated" datetime="${iso(p.updated)}T18:30:00+09:00">${kanjiDate(p.updated)}</time></span> <span class="cat-links"><a href="/category/news/" rel="category tag">お知らせ</a></span></div>
    <h1 class="entry-title">${esc(title)}</h1>
  </header>
  <div class="entry-content">
${body}
  </div>
  <footer class="entry-footer"><div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">共有:</h3><ul><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li></ul></div></footer>
</article>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">関連記事</h3>
${related.map((n) => `<div class="jp-relatedposts-post"><a href="/news/${n.id}/">${esc(n.text)}</a> <span class="jp-relatedposts-post-date">${kanjiDate(n.date)}</span></div>`).join('\n')}
</div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/news/${p.n - 1}/" rel="prev">${esc(news[0].text)}</a></div></div></nav>
</main>
</div>
<aside id="secondary" class="widget-area">
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">最新のお知らせ</h2>
  <ul>
${news.map((n) => `<li><a href="/news/${n.id}/">${esc(n.text)}</a><span class="post-date">${kanjiDate(n.date)}</span></li>`).join('\n')}
  </ul></section>
  <section id="archives-2" class="widget widget_archive"><h2 class="widget-title">アーカイブ</h2><ul><li><a href="/2025/12/">2025年12月</a></li><li><a href="/2025/11/">2025年11月</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <div class="footer-company"><p>${esc(org)}</p><p>${footer.map((f) => esc(f.text)).join('<br>')}</p></div>
  <div class="site-info">Copyright &copy; ${date.y} ${esc(org)} All Rights Reserved.</div>
</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">${cookieText}</span><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">同意する</a></div></div>
<script>var gtagConfig = {"send_page_view":true,"visits":128734,"since":"${iso(news[1].date)}"};</script>
</body>
</html>
`;
  },

  /** An old Shift_JIS site laid out with nested tables: left menu with 新着情報, no h1, footer row with company figures. */
  tableSjis(p) {
    const { title, org, date, body, news, footer } = p;
    return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<TITLE>${esc(org)}｜お知らせ</TITLE>
<SCRIPT language="JavaScript">
<!--
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }
var counter = 204517; var lastUpdate = "${slashDate(news[0].date)}";
//-->
</SCRIPT>
</HEAD>
<BODY bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<TABLE width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<TR><TD colspan="2"><IMG src="img/head_logo.gif" width="300" height="60" alt="${esc(org)}"><IMG src="img/head_tel.gif" alt="お問い合わせ 0120-000-000"></TD></TR>
<TR><TD colspan="2" bgcolor="#003366"><A href="index.html"><IMG src="img/m_home.gif" alt="ホーム" border="0"></A><A href="company.html"><IMG src="img/m_company.gif" alt="会社案内" border="0"></A><A href="news.html"><IMG src="img/m_news.gif" alt="ニュース" border="0"></A></TD></TR>
<TR>
<TD width="180" valign="top" bgcolor="#EEF3F8">
<TABLE width="170" border="0" cellspacing="0" cellpadding="4">
<TR><TD><B><FONT color="#003366">■新着情報</FONT></B></TD></TR>
${p.variant % 2 === 0 ? news.map((n) => `<TR><TD><FONT size="2">${dotDate(n.date)}<BR><A href="news/${n.id}.html">${esc(n.text)}</A></FONT></TD></TR>`).join('\n') : `<TR><TD><FONT size="2">${news.map((n) => `${dotDate(n.date)}<BR><A href="news/${n.id}.html">${esc(n.text)}</A>`).join('<BR><BR>\n')}</FONT></TD></TR>`}
<TR><TD><FONT size="2"><A href="link.html">リンク集</A></FONT></TD></TR>
<TR><TD><FONT size="2">■トピックス<BR>${esc(PROMO[p.n % PROMO.length].text)}</FONT></TD></TR>
</TABLE>
</TD>
<TD width="600" valign="top">
<TABLE width="580" border="0" cellspacing="0" cellpadding="8">
<TR><TD align="right"><FONT size="2">${dotDate(date)}</FONT></TD></TR>
${p.variant >= 2 ? `<TR><TD class="news_ttl">${esc(title)}</TD></TR>` : `<TR><TD><FONT size="4"><B>${esc(title)}</B></FONT></TD></TR>`}
<TR><TD><FONT size="2">
${body}
</FONT></TD></TR>
<TR><TD align="right"><A href="#top">▲ページの先頭へ</A></TD></TR>
</TABLE>
</TD>
</TR>
<TR><TD colspan="2" bgcolor="#003366" align="center"><FONT color="#FFFFFF" size="2">${esc(org)}　${footer.map((f) => esc(f.text)).join('　')}<BR>Copyright(C) 2003-${date.y} ${esc(org)}. All Rights Reserved.</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
`;
  },

  /** Div soup from a page builder: hashed class names only, logo alt and copyright name the site. */
  divSoup(p) {
    const { title, org, date, body, news, related, footer } = p;
    return `<!doctype html>
<html lang="ja"><head><meta charset="${p.charset}"><title>${esc(title)}</title>
<meta name="description" content="${esc(title)}">
<link rel="stylesheet" href="/assets/css/style.css?v=20250401">
<script>dataLayer=[{"pageType":"news","pv":58211,"published":"${iso(news[2].date)}"}];</script>
</head><body>
<div class="wr">
<div class="hd"><div class="hd-in"><div class="lg"><a href="/"><img src="/img/logo.svg" alt="${esc(org)}"></a></div><div class="gm"><a href="/about/">私たちについて</a><a href="/business/">事業紹介</a><a href="/news/">ニュース</a><a href="/recruit/">採用</a><a href="/contact/">お問い合わせ</a></div></div></div>
<div class="kv"><div class="kv-t">NEWS</div><div class="kv-s">ニュース</div></div>
<div class="bc"><a href="/">TOP</a> &gt; <a href="/news/">ニュース</a> &gt; ${esc(title)}</div>
<div class="cw">
<div class="c2">
<div class="dt">公開日：${slashDate(date)}　更新日：${slashDate(p.updated)}</div>
<div class="tt">${esc(title)}</div>
<div class="tx">
${body}
<p class="upd">このページの最終更新日：${kanjiDate(p.updated)}</p>
</div>
<div class="pn"><a href="/news/${news[0].id}">« ${esc(news[0].text)}</a><a href="/news/${news[1].id}">${esc(news[1].text)} »</a></div>
<div class="rl"><div class="rl-h">関連するお知らせ</div>
${newsList(related, (p.variant + 1) % 4, slashDate, related.map((n) => `<div class="rl-i"><span class="rl-d">${slashDate(n.date)}</span><a href="/news/${n.id}">${esc(n.text)}</a></div>`).join('\n'))}
</div>
</div>
<div class="c3">
<div class="c3-h">最新のお知らせ</div>
${newsList(news, p.variant, kanjiDate, news.map((n) => `<div class="c3-i"><div class="c3-d">${kanjiDate(n.date)}</div><div class="c3-t"><a href="/news/${n.id}">${esc(n.text)}</a></div></div>`).join('\n'))}
<div class="c3-b"><a href="/seminar/"><img src="/img/bnr_seminar.jpg" alt="セミナー定員200名 受付中"></a></div>
<div class="c3-p"><p>${esc(PROMO[p.n % PROMO.length].text)}</p></div>
<div class="c3-c"><dl><dt>従業員数</dt><dd>3,456名</dd><dt>設立</dt><dd>1987年4月1日</dd></dl></div>
</div>
</div>
<div class="ft"><div class="ft-in"><div class="ft-co">${esc(org)}</div><div class="ft-fg">${footer.map((f) => `<div>${esc(f.text)}</div>`).join('')}</div><div class="ft-cr">&copy; ${esc(org)}</div></div></div>
<div class="ck"><div class="ck-t">${cookieText}</div><div class="ck-b">OK</div></div>
</div>
</body></html>
`;
  },

  /** Movable Type: #alpha (entry) and #beta (side bar), a date header, a blog-name title. */
  movableType(p) {
    const { title, org, date, body, news, footer } = p;
    return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${p.charset}" />
<meta name="generator" content="Movable Type Pro 7.9.4" />
<title>${esc(title)} - ${esc(org)} ニュースリリース</title>
<script type="text/javascript">var adminurl = '/cgi-bin/mt/mt.cgi'; var blog_id = '3'; var entry_count = 1274;</script>
</head>
<body id="classic-blog" class="mt-entry-archive layout-wtt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">
<div id="header-name"><a href="/" accesskey="1">${esc(org)} ニュースリリース</a></div>
<div id="header-description">${esc(org)}からのお知らせを掲載しています。</div>
</div></div></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<div id="entry-${p.n}" class="entry-asset asset hentry">
<div class="asset-header">
<h2 class="date-header">${date.y}年${String(date.m).padStart(2, '0')}月${String(date.d).padStart(2, '0')}日</h2>
<h3 class="asset-name entry-title">${esc(title)}</h3>
</div>
<div class="asset-content entry-content">
<div class="asset-body">
${body}
</div>
</div>
<div class="asset-footer"><span class="byline">投稿者: 広報部 日時: ${kanjiDate(date)} 10:00</span></div>
</div>
<div id="trackbacks" class="trackbacks"><h2 class="trackbacks-header">トラックバック(0)</h2></div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のエントリー</h3>
<div class="widget-content">${newsList(news, p.variant, dotDate, `<ul>
${news.map((n) => `<li><a href="/news/${n.id}.html">${esc(n.text)}</a> (${dotDate(n.date)})</li>`).join('\n')}
</ul>`)}</div></div>
<div class="widget-archive-monthly widget"><h3 class="widget-header">月別アーカイブ</h3><div class="widget-content"><ul><li><a href="/2025/12/">2025年12月 (4)</a></li><li><a href="/2025/11/">2025年11月 (7)</a></li></ul></div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content">
<div class="widget-powered"><div class="widget-content">${esc(org)} ${footer.map((f) => esc(f.text)).join(' / ')}</div></div>
<p>Copyright &copy; ${date.y} ${esc(org)}. All rights reserved.</p>
</div></div></div>
</div></div>
</body>
</html>
`;
  },

  /** A Next.js page: hashed CSS-module classes, 令和 date line, everything again in __NEXT_DATA__. */
  nextjs(p) {
    const { title, org, date, body, news, related, footer, md } = p;
    const nextData = {
      props: {
        pageProps: {
          article: { title, publishedAt: `${iso(date)}T01:00:00.000Z`, updatedAt: `${iso(p.updated)}T09:30:00.000Z`, body: md, views: 18342 },
          latest: news.map((n) => ({ id: n.id, title: n.text, date: iso(n.date) })),
          related: related.map((n) => ({ id: n.id, title: n.text, date: iso(n.date) })),
          site: { name: org, employees: 3456, founded: '1987-04-01' },
        },
        __N_SSG: true,
      },
      page: '/news/[id]',
      query: { id: String(p.n) },
      buildId: 'k2JH7xqT1aZ0',
      isFallback: false,
      gsp: true,
    };
    return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${esc(title)}｜${esc(org)}</title><meta property="og:site_name" content="${esc(org)}"/><meta property="og:title" content="${esc(title)}"/><meta name="next-head-count" content="6"/><link rel="preload" href="/_next/static/css/9c3f1a.css" as="style"/><script src="/_next/static/chunks/webpack-3b1f.js" defer=""></script><script src="/_next/static/chunks/main-7d2e.js" defer=""></script></head><body><div id="__next"><div class="Layout_root__x8Q2a"><div class="Header_bar__1kLmN"><a class="Header_logo__9pQ1z" href="/"><img alt="${esc(org)}" src="/logo.svg" width="160" height="32"/></a><ul class="Header_menu__Zx81c"><li><a href="/company">会社情報</a></li><li><a href="/news">ニュース</a></li><li><a href="/careers">採用</a></li></ul></div><div class="Layout_body__Qw3e1"><div class="Layout_main__a1B2c"><div class="NewsDetail_head__P0o9i"><p class="NewsDetail_date__L5k4j">${warekiDate(date)}</p><h1 class="NewsDetail_title__M3n2b">${esc(title)}</h1></div><div class="NewsDetail_body__R7t6y">${body}</div><div class="NewsDetail_related__V4c3x"><p class="NewsDetail_relHead__E2w1q">関連ニュース</p>${related.map((n) => `<a class="NewsCard_card__T9y8u" href="/news/${n.id}"><span class="NewsCard_date__U7i6o">${warekiDate(n.date)}</span><span class="NewsCard_title__I5o4p">${esc(n.text)}</span></a>`).join('')}</div></div><div class="Layout_sub__S3d2f"><p class="Sub_head__F1g0h">最新のお知らせ</p>${news.map((n) => `<a class="NewsCard_card__T9y8u" href="/news/${n.id}"><span class="NewsCard_date__U7i6o">${dotDate(n.date)}</span><span class="NewsCard_title__I5o4p">${esc(n.text)}</span></a>`).join('')}</div></div><div class="Footer_root__H9j8k"><div class="Footer_info__J7k6l">${footer.map((f) => `<span>${esc(f.text)}</span>`).join('')}</div><small class="Footer_copy__K5l4z">© ${date.y} ${esc(org)}</small></div><div class="CookieBanner_wrap__Z1x2c"><p>${cookieText}</p><button>同意する</button></div></div></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script></body></html>
`;
  },

  /** A Bootstrap CMS: navbar, col-lg-8 article with a related list, col-lg-4 cards, JSON-LD NewsArticle. */
  bootstrap(p) {
    const { title, org, date, body, news, related, footer, url } = p;
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${iso(date)}T09:00:00+09:00`, dateModified: `${iso(p.updated)}T17:00:00+09:00`, publisher: { '@type': 'Organization', name: org, logo: { '@type': 'ImageObject', url: '/img/logo.png' } }, mainEntityOfPage: url };
    return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="${p.charset}">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>${esc(title)}</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XXXX',{'campaign':'${iso(news[3].date)}','members':120000});</script>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom"><div class="container"><a class="navbar-brand" href="/"><img src="/img/logo.png" alt="${esc(org)}" height="36"></a>
<div class="collapse navbar-collapse"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/about">会社概要</a></li><li class="nav-item"><a class="nav-link" href="/news">ニュースリリース</a></li><li class="nav-item"><a class="nav-link" href="/contact">お問い合わせ</a></li></ul></div></div></nav>
<div class="container my-4">
<div class="row">
<div class="col-lg-8">
<div class="card border-0">
<div class="card-body px-0">
<p class="text-muted small mb-1">掲載日：${slashDate(date)}　最終更新日：${slashDate(p.updated)}</p>
<h2 class="h3 fw-bold mb-4">${esc(title)}</h2>
<div class="cms-body">
${body}
</div>
</div>
</div>
<div class="d-flex justify-content-between my-4"><a href="/news/${news[2].id}" class="btn btn-outline-secondary btn-sm">前へ：${esc(news[2].text)}</a><a href="/news/${news[3].id}" class="btn btn-outline-secondary btn-sm">次へ：${esc(news[3].text)}</a></div>
<div class="mt-4"><h4 class="border-bottom pb-2">よく読まれている記事</h4><ul>${related.map((n) => `<li><a href="/news/${n.id}">${esc(n.text)}</a></li>`).join('')}</ul></div>
<div class="mt-5">
<h4 class="border-bottom pb-2">関連するお知らせ</h4>
${newsList(related, p.variant, slashDate, `<ul class="list-unstyled">
${related.map((n) => `<li class="py-2 border-bottom"><span class="text-muted me-3">${slashDate(n.date)}</span><a href="/news/${n.id}">${esc(n.text)}</a></li>`).join('\n')}
</ul>`)}
</div>
</div>
<div class="col-lg-4">
<div class="card mb-4"><div class="card-header">最新のお知らせ</div>${newsList(news, (p.variant + 2) % 4, kanjiDate, `<ul class="list-group list-group-flush">
${news.map((n) => `<li class="list-group-item"><small class="text-muted d-block">${kanjiDate(n.date)}</small><a href="/news/${n.id}">${esc(n.text)}</a></li>`).join('\n')}
</ul>`)}</div>
<div class="card mb-4"><div class="card-body"><p class="card-text">${esc(PROMO[p.n % PROMO.length].text)}</p></div></div>
<div class="card"><div class="card-body"><h5 class="card-title">会社情報</h5><p class="card-text">${footer.map((f) => esc(f.text)).join('<br>')}</p></div></div>
</div>
</div>
</div>
<footer class="bg-dark text-white py-4"><div class="container"><p class="mb-0 small">${esc(org)}　${footer.map((f) => esc(f.text)).join('　')}</p><p class="mb-0 small">&copy; ${date.y} ${esc(org)}</p></div></footer>
<div class="position-fixed bottom-0 w-100 bg-light p-3 border-top" id="cookieConsent"><div class="container d-flex"><p class="mb-0 me-3 small">${cookieText}</p><button class="btn btn-primary btn-sm">同意する</button></div></div>
</body>
</html>
`;
  },
};

/**
 * The site's own stylesheet, as far as printing sees it: on a wide page the side bar stands beside
 * the article (a printed page then weaves the two columns' lines together), on a narrow one the
 * blocks stack. Navigation menus run in one line either way; the release's own tables are ruled, a
 * layout table (border="0") is not. ASCII only (pasted into any encoding).
 */
const LAYOUT_CSS = {
  common: 'body{font-size:13px;line-height:1.7;margin:0 12px} nav ul, .menu, .gm, .Header_menu__Zx81c, .navbar-nav{list-style:none;padding:0;margin:0} nav li, .menu li, .gm a, .Header_menu__Zx81c li, .navbar-nav li{display:inline-block;margin-right:12px} table{border-collapse:collapse} table:not([border]) td, table:not([border]) th{border:1px solid #999;padding:2px 5px}',
  wide: {
    wordpress: '#content{display:flex;gap:3%} #primary{flex:0 0 68%} #secondary{flex:0 0 28%}',
    tableSjis: '',
    divSoup: '.cw{display:flex;gap:3%} .c2{flex:0 0 68%} .c3{flex:0 0 28%}',
    movableType: '#alpha{float:left;width:68%} #beta{float:right;width:28%} #footer{clear:both}',
    nextjs: '.Layout_body__Qw3e1{display:flex;gap:3%} .Layout_main__a1B2c{flex:0 0 68%} .Layout_sub__S3d2f{flex:0 0 28%}',
    bootstrap: '.row{display:flex;gap:3%} .col-lg-8{flex:0 0 64%} .col-lg-4{flex:0 0 32%}',
  },
  narrow: { tableSjis: 'table[border]{width:100% !important} table[border] td{display:block;width:auto !important}' },
};
function withLayout(html, style, layout) {
  const css = `${LAYOUT_CSS.common} ${LAYOUT_CSS[layout][style] ?? ''}`;
  return html.replace(/<head>/i, (h) => `${h}\n<style>${css}</style>`);
}

/** Each source is rendered in three styles, with these encodings. */
const STYLE_ORDER = ['wordpress', 'tableSjis', 'divSoup', 'movableType', 'nextjs', 'bootstrap'];
const CHARSET = {
  wordpress: () => 'utf-8',
  tableSjis: () => 'shift_jis',
  divSoup: (n) => (n % 2 === 0 ? 'euc-jp' : 'utf-8'),
  movableType: (n) => (n % 2 === 1 ? 'euc-jp' : 'utf-8'),
  nextjs: () => 'utf-8',
  bootstrap: (n) => (n % 6 === 0 ? 'shift_jis' : 'utf-8'),
};
const DECLARED = { 'utf-8': 'UTF-8', shift_jis: 'Shift_JIS', 'euc-jp': 'EUC-JP' };

/** Text in a legacy encoding; a character it cannot hold becomes a numeric character reference, as editors write it. */
function encode(html, charset) {
  if (charset === 'utf-8') return Buffer.from(html, 'utf8');
  const to = charset === 'shift_jis' ? 'SJIS' : 'EUCJP';
  const decoder = new TextDecoder(charset);
  let safe = '';
  for (const ch of html) {
    if (ch.charCodeAt(0) < 0x80) { safe += ch; continue; }
    const bytes = Uint8Array.from(Encoding.convert(Encoding.stringToCode(ch), { to, from: 'UNICODE' }));
    safe += decoder.decode(bytes) === ch ? ch : `&#${ch.codePointAt(0)};`;
  }
  return Buffer.from(Encoding.convert(Encoding.stringToCode(safe), { to, from: 'UNICODE' }));
}

function main() {
  const ids = readdirSync(SOURCES).filter((f) => f.endsWith('.md')).sort();
  const manifest = [];
  for (const style of STYLE_ORDER) mkdirSync(join(PAGES, style), { recursive: true });
  ids.forEach((file, index) => {
    const id = file.replace(/\.md$/, '');
    const md = readFileSync(join(SOURCES, file), 'utf8');
    const src = readSource(md);
    const r = rng(seedOf(id));
    const n = index + 1;
    const styles = [STYLE_ORDER[index % 6], STYLE_ORDER[(index + 3) % 6], STYLE_ORDER[(index + 1) % 6]];
    for (const style of styles) {
      const variant = Math.floor(r() * 4);
      const charset = CHARSET[style](n);
      const offsets = [-9, -23, -38, -52, -71, -96, 5, 12];
      const newsItems = pick(r, NEWS, 5).map((item, k) => ({ ...item, id: 2000 + n * 10 + k, date: addDays(src.date, offsets[k]) }));
      const related = pick(r, NEWS.filter((x) => !newsItems.includes(x)), 3).map((item, k) => ({ ...item, id: 3000 + n * 10 + k, date: addDays(src.date, offsets[5 + k]) }));
      const footer = pick(r, FOOTER_FIGURES, 2);
      const updated = addDays(src.date, 6);
      const page = {
        n, title: src.title, org: src.org, date: src.date, updated, url: src.url ?? `https://www.example.co.jp/news/${n}.html`,
        body: bodyHtml(src.body), md: src.body, news: newsItems, related, footer, charset: DECLARED[charset], variant,
      };
      // Wide and narrow layouts alternate over the pages of a set made with --out.
      const layout = WITH_LAYOUT ? (manifest.length % 2 === 0 ? 'wide' : 'narrow') : null;
      const html = layout ? withLayout(STYLES[style](page), style, layout) : STYLES[style](page);
      const out = `${style}/${id}.html`;
      writeFileSync(join(PAGES, out), encode(html, charset));
      manifest.push({
        file: out, style, encoding: charset, source: `sources/${file}`, ...(layout ? { layout } : {}),
        decoyValues: [...newsItems, ...related, ...footer, PROMO[n % PROMO.length], { value: 500 }, { value: 3456 }].map((x) => x.value).filter((v) => v !== null).filter((v, i, all) => all.indexOf(v) === i).sort((a, b) => a - b),
        decoyDates: [...new Set([...newsItems, ...related].map((x) => iso(x.date)).concat(iso(updated)))].sort(),
      });
    }
  });
  writeFileSync(join(PAGES, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  console.log(`wrote ${manifest.length} pages in ${STYLE_ORDER.length} styles to ${PAGES}`);
}

main();
