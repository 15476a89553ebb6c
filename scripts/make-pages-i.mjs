// Blind page set i (issue #12): 40 archive releases as news pages in six site stacks, with decoy-rich chrome.
// Deterministic: seeded PRNG; run `node scripts/make-pages-i.mjs` then `node scripts/print-pages-i.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { mulberry32 } from './seededRandom.mjs';

const SEED = 918273;
const rnd = mulberry32(SEED);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const ROOT = path.resolve(import.meta.dirname, '..');
const ARCHIVE = path.resolve(ROOT, '../shared/archive');
const OUT = path.join(ROOT, 'fixtures/pages-i');

// ---------- pick releases ----------
const used = new Set();
for (const s of 'bcdefgh') {
  for (const line of fs.readFileSync(path.join(ROOT, `fixtures/pages-${s}/ORIGIN.txt`), 'utf8').split('\n')) {
    const p = line.split('\t')[1];
    if (p) used.add(p.trim());
  }
}
function walk(d) {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.md') ? [path.join(d, e.name)] : []);
}
const all = walk(ARCHIVE).map((f) => path.relative(ARCHIVE, f)).sort();

function parseRelease(rel) {
  const text = fs.readFileSync(path.join(ARCHIVE, rel), 'utf8');
  if ((text.match(/^# 公表概要/gm) || []).length !== 1) return null;
  const bi = text.search(/^# 本文\s*$/m);
  if (bi < 0) return null;
  const body = text.slice(text.indexOf('\n', bi) + 1).trim();
  if (body.length < 400) return null;
  const ov = text.slice(0, bi).match(/^# 公表概要[^\n]*\n((?:- [^\n]*\n?)+)/m);
  if (!ov) return null;
  const items = ov[1].split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
  const [title, dateStr, org] = items;
  const m = dateStr && dateStr.match(/(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日/);
  if (!title || !org || !m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  // source copy: drop 事案ID and 公表種別 sections
  const src = text.replace(/^# (事案ID|公表種別)\s*\n(?:(?!# )[^\n]*\n)*/gm, '');
  return { rel, title, org, y, mo, d, body, src };
}

const candidates = all.filter((r) => !used.has(r));
const chosen = [];
const seen = new Set();
while (chosen.length < 40) {
  const r = candidates[Math.floor(rnd() * candidates.length)];
  if (seen.has(r)) continue;
  seen.add(r);
  const p = parseRelease(r);
  if (p && !chosen.some((c) => c.org === p.org)) chosen.push(p);
}

// ---------- helpers ----------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const WD = ['日', '月', '火', '水', '木', '金', '土'];
const wd = (y, m, d) => WD[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
const reiwa = (y) => (y - 2018 === 1 ? '元' : String(y - 2018));

function inline(s) {
  let t = esc(s);
  t = t.replace(/&lt;br\s*\/?&gt;/g, '<br>');
  t = t.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  t = t.replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
  return t;
}

// Markdown body → HTML: headings, lists, tables, label lines as <dl>, paragraphs. Whole 本文, never cut.
function renderBody(md, hBase = 2) {
  const lines = md.split('\n');
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (!l.trim()) { i++; continue; }
    let m;
    if ((m = l.match(/^(#{1,6})\s*(.*)$/))) {
      const lv = Math.min(6, hBase + m[1].length - 1);
      out.push(`<h${lv}>${inline(m[2])}</h${lv}>`); i++; continue;
    }
    if (/^\s*\|/.test(l)) {
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      const cells = (r) => r.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
      const body = rows.filter((r) => !/^\s*\|[\s:|-]+\|?\s*$/.test(r));
      const [head, ...rest] = body;
      out.push('<table class="tbl"><thead><tr>' + cells(head).map((c) => `<th>${inline(c)}</th>`).join('') + '</tr></thead><tbody>' +
        rest.map((r) => '<tr>' + cells(r).map((c) => `<td>${inline(c)}</td>`).join('') + '</tr>').join('') + '</tbody></table>');
      continue;
    }
    if (/^\s*[-*・]\s+/.test(l)) {
      const items = [];
      while (i < lines.length && /^\s*[-*・]\s+/.test(lines[i])) items.push(lines[i++].replace(/^\s*[-*・]\s+/, ''));
      out.push('<ul>' + items.map((x) => `<li>${inline(x)}</li>`).join('') + '</ul>');
      continue;
    }
    if (/^\s*\d+[.)．]\s+/.test(l)) {
      const items = [];
      while (i < lines.length && /^\s*\d+[.)．]\s+/.test(lines[i])) items.push(lines[i++].replace(/^\s*\d+[.)．]\s+/, ''));
      out.push('<ol>' + items.map((x) => `<li>${inline(x)}</li>`).join('') + '</ol>');
      continue;
    }
    const lab = /^([^：:。、]{1,12})[：:]\s*(\S.{0,80})$/;
    if (lab.test(l) && i + 1 < lines.length && lab.test(lines[i + 1])) {
      const items = [];
      while (i < lines.length && lab.test(lines[i])) { const mm = lines[i++].match(lab); items.push(mm); }
      out.push('<dl class="info">' + items.map((mm) => `<dt>${inline(mm[1])}</dt><dd>${inline(mm[2])}</dd>`).join('') + '</dl>');
      continue;
    }
    const para = [];
    while (i < lines.length && lines[i].trim() && !/^(#{1,6}\s|\s*\||\s*[-*・]\s+|\s*\d+[.)．]\s+)/.test(lines[i])) para.push(lines[i++]);
    if (!para.length) { out.push(`<p>${inline(lines[i++])}</p>`); continue; }
    out.push(`<p>${para.map(inline).join('<br>\n')}</p>`);
  }
  return out.join('\n');
}

// ---------- decoys ----------
function makeDecoys(rel) {
  const bodyText = rel.src;
  const values = new Set(), dates = new Set(), other = [];
  const num = (lo, hi) => {
    for (let k = 0; ; k++) {
      const n = int(lo, hi);
      if (!bodyText.includes(String(n)) && !bodyText.includes(n.toLocaleString('en-US'))) { values.add(n); return n; }
      if (k > 40) return n; // the release states it: not a decoy
    }
  };
  const pub = iso(rel.y, rel.mo, rel.d);
  const date = (span = 500) => {
    for (let k = 0; ; k++) {
      const t = Date.UTC(rel.y, rel.mo - 1, rel.d) + int(-span, span) * 86400000;
      const dt = new Date(t);
      const y = dt.getUTCFullYear(), m = dt.getUTCMonth() + 1, d = dt.getUTCDate();
      const s = iso(y, m, d);
      if ((s === pub || bodyText.includes(`${m}月${d}日`)) && k < 40) continue;
      if (s === pub) continue;
      dates.add(s); return { y, m, d, s };
    }
  };
  const tel = () => { const t = `0${int(3, 9)}-${int(1000, 9999)}-${int(1000, 9999)}`; other.push(t); return t; };
  const zip = () => { const z = `〒${int(100, 999)}-${int(1000, 9999)}`; other.push(z); return z; };
  return { values, dates, other, num, date, tel, zip };
}
const fmtJ = (x) => `${x.y}年${x.m}月${x.d}日`;
const fmtDot = (x) => `${x.y}.${pad(x.m)}.${pad(x.d)}`;
const fmtSl = (x) => `${x.y}/${pad(x.m)}/${pad(x.d)}`;
const NEWS = ['新サービス「スマート見積」提供開始のお知らせ', '年末年始の営業日について', '会員数{n}名突破記念キャンペーン', '累計{n}件突破のお知らせ',
  'セミナー（定員{n}名）開催のご案内', '夏季休業のお知らせ', '採用情報を更新しました', '新工場（延床面積{n}㎡）竣工のお知らせ', 'ウェブサイトをリニューアルしました',
  '導入実績{n}社を突破しました', 'お客様満足度調査の結果（回答{n}件）', '第{n}回定時株主総会招集ご通知', 'システムメンテナンスのお知らせ'];
function newsItems(D, k, fmt = fmtJ) {
  const out = [];
  for (let i = 0; i < k; i++) {
    const dt = D.date();
    let t = pick(NEWS);
    if (t.includes('{n}')) t = t.replace('{n}', D.num(12, 98000).toLocaleString('en-US'));
    out.push({ date: fmt(dt), iso: dt.s, title: t });
  }
  return out.sort((a, b) => b.iso.localeCompare(a.iso));
}
function orgData(D, kind) {
  const est = D.num(1948, 1999);
  const rows = [['設立', `${est}年`], ['資本金', `${D.num(10, 980)}百万円`], ['従業員数', `${D.num(35, 4800).toLocaleString('en-US')}名`]];
  if (kind === 'hospital') rows.push(['病床数', `${D.num(80, 720)}床`]);
  if (kind === 'coop') rows.push(['会員数', `${D.num(12000, 98000).toLocaleString('en-US')}名`]);
  return rows;
}

// ---------- date presentations ----------
function dateText(rel, form) {
  const x = { y: rel.y, m: rel.mo, d: rel.d };
  switch (form) {
    case 'jwd': return `${fmtJ(x)}（${wd(rel.y, rel.mo, rel.d)}）`;
    case 'dot': return fmtDot(x);
    case 'slash': return fmtSl(x);
    case 'reiwaShort': return `R${reiwa(rel.y)}.${rel.mo}.${rel.d}`;
    case 'reiwa': return `令和${reiwa(rel.y)}年${rel.mo}月${rel.d}日`;
    default: return fmtJ(x);
  }
}

// ---------- styles ----------
const styles = {};

// 1. WordPress classic theme from a Japanese theme shop (Cocoon-like): 目次 box, balloon, author box, related cards, follow CTA.
styles.wpcocoon = (r, D, o) => {
  const upd = D.date(40);
  const side = newsItems(D, 5, fmtDot);
  const rel = newsItems(D, 4, fmtDot);
  const arch = [1, 2, 3, 4].map(() => { const x = D.date(300); const n = D.num(2, 19); return `<li><a href="/${x.y}/${pad(x.m)}/">${x.y}年${x.m}月</a>&nbsp;(${n})</li>`; });
  const heads = [...o.bodyHtml.matchAll(/<h[23]>(.*?)<\/h[23]>/g)].map((m) => m[1]);
  const toc = heads.length ? `<div id="toc" class="toc tnt-number toc-center"><input type="checkbox" class="toc-checkbox" id="toc-checkbox-1" checked><label class="toc-title" for="toc-checkbox-1">目次</label><div class="toc-content"><ol class="toc-list open">${heads.map((h, i) => `<li><a href="#toc${i + 1}">${h}</a></li>`).join('')}</ol></div></div>` : '';
  const dateLine = o.dateMode === 'jsonld' ? '' : `<div class="date-tags"><span class="post-date"><span class="fa fa-clock-o"></span><time class="entry-date date published" datetime="${o.isoDT}">${o.dateShown}</time></span><span class="post-update"><span class="fa fa-history"></span><time class="entry-date date updated" datetime="${upd.s}">${fmtDot(upd)}</time></span></div>`;
  const shares = D.num(3, 480);
  return `<!doctype html>
<html lang="ja"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(r.title)} | ${esc(r.org)}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${esc(r.title)}">${o.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}
<link rel="stylesheet" id="cocoon-style-css" href="/wp-content/themes/cocoon-master/style.css?ver=6.7.1" media="all">
${o.jsonLd}
<style>body{font-family:sans-serif;margin:0;color:#333}#header{background:#f6f6f6;padding:12px 20px}#navi ul{display:flex;gap:18px;list-style:none;margin:0;padding:8px 20px;background:#2b4a7a}#navi a{color:#fff}.wrap{display:flex;gap:24px;max-width:1080px;margin:0 auto;padding:16px}#main{flex:1}#sidebar{width:300px;font-size:13px}.toc{border:1px solid #ccc;padding:8px 16px;margin:16px 0}.speech-wrap{display:flex;gap:8px;margin:16px 0}.speech-balloon{background:#eef;border-radius:6px;padding:8px}.related-entry-card{display:flex;gap:8px;border-bottom:1px dotted #ccc;padding:6px 0}.author-box{border:1px solid #ddd;padding:12px;margin:20px 0}.go-to-top,.footer-cta{position:fixed;right:12px;bottom:12px;background:#e95;color:#fff;padding:8px}table.tbl{border-collapse:collapse}table.tbl td,table.tbl th{border:1px solid #999;padding:4px}#footer{background:#333;color:#eee;padding:20px;font-size:12px}</style>
</head><body class="post-template-default single single-post public-page page-body categoryid-3 ff-yu-gothic fz-16px fw-400 hlt-center-logo-wrap ect-entry-card-wrap rect-entry-card-wrap no-scrollable-sidebar">
<div id="container" class="container">
<div id="header-container" class="header-container"><div id="header" class="header"><div class="logo logo-header logo-image"><a href="/" class="site-name site-name-text-link"><img class="site-logo-image header-site-logo-image" src="/wp-content/uploads/logo.png" alt="${esc(r.org)}" width="240" height="48"></a></div><div class="tagline">Since ${D.num(1950, 1999)}</div></div>
<nav id="navi" class="navi"><ul class="menu-top menu-header menu-pc"><li><a href="/">ホーム</a></li><li><a href="/company/">会社案内</a></li><li><a href="/service/">事業内容</a></li><li><a href="/category/news/">お知らせ</a></li><li><a href="/recruit/">採用情報</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></nav></div>
<div id="notice-area" class="notice-area"><a href="/campaign/">＼ 累計${D.num(20000, 150000).toLocaleString('en-US')}件突破！ 春の無料診断キャンペーン実施中 ／</a></div>
<div class="wrap">
<main id="main" class="main">
<div id="breadcrumb" class="breadcrumb breadcrumb-category sbp-main-top" itemscope itemtype="https://schema.org/BreadcrumbList"><div class="breadcrumb-home"><a href="/"><span>ホーム</span></a><span class="sp"> &gt; </span></div><div class="breadcrumb-item"><a href="/category/news/"><span>お知らせ</span></a>${o.dateMode === 'breadcrumb' ? `<span class="sp"> &gt; </span><a href="/${r.y}/${pad(r.mo)}/">${r.y}年${r.mo}月</a>` : ''}</div></div>
<article id="post-${D.num(1200, 8800)}" class="article post type-post status-publish format-standard hentry category-news-post">
<header class="article-header entry-header"><h1 class="entry-title" itemprop="headline">${esc(o.h1)}</h1>
<div class="eye-catch-wrap"><figure class="eye-catch"><img src="/wp-content/uploads/${r.y}/${pad(r.mo)}/news.jpg" alt="お知らせ" width="800" height="420"><span class="cat-label cat-label-3">お知らせ</span></figure></div>
<div class="sns-share ss-top ss-col-6 bc-brand-color sbc-hide ss-top"><div class="sns-share-message">シェアする</div><div class="sns-share-buttons"><a class="share-button twitter-button">X <span class="share-count">${shares}</span></a><a class="share-button facebook-button">Facebook <span class="share-count">${D.num(2, 90)}</span></a><a class="share-button hatebu-button">はてブ <span class="share-count">${D.num(1, 60)}</span></a></div></div>
${dateLine}</header>
<div class="entry-content cf" itemprop="mainEntityOfPage">
${toc}
${o.bodyHtml}
</div>
<footer class="article-footer entry-footer"><div class="entry-categories-tags ctdt-one-row"><div class="entry-categories"><a class="cat-link cat-link-3" href="/category/news/">お知らせ</a></div></div>
<div class="author-box border-element no-icon cf"><div class="author-thumb"><img src="/avatar.png" alt="" width="100"></div><div class="author-content"><div class="author-name">この記事を書いた人：<a href="/author/koho/">広報担当</a></div><div class="author-description"><p>${esc(r.org)} 広報部です。入社${D.num(4, 17)}年目、業界歴${D.num(18, 31)}年のスタッフが最新情報をお届けします。</p></div></div></div>
</footer></article>
<div class="speech-wrap sb-id-1 sbs-stn sbp-l sbis-cb cf"><div class="speech-person"><figure class="speech-icon"><img src="/balloon.png" alt="スタッフ" class="speech-icon-image"></figure><div class="speech-name">スタッフ</div></div><div class="speech-balloon"><p>無料相談は年間${D.num(300, 2900)}件以上！お気軽にどうぞ。</p></div></div>
<section class="under-entry-content"><aside id="related-entries" class="related-entries rect-entry-card"><h2 class="related-entry-heading"><span class="related-entry-main-heading main-caption">関連記事</span></h2><div class="related-list">
${rel.map((x) => `<a href="/news/${x.iso}/" class="related-entry-card-wrap a-wrap"><article class="related-entry-card e-card"><div class="related-entry-card-content card-content"><h3 class="related-entry-card-title card-title">${x.title}</h3><div class="related-entry-card-meta card-meta"><span class="post-date">${x.date}</span></div></div></article></a>`).join('\n')}
</div></aside>
<div id="pager-post-navi" class="pager-post-navi post-navi-default cf"><a href="/news/prev/" class="prev-post a-wrap border-element cf"><div class="prev-post-title">${side[1].title}<br><span class="post-date">${side[1].date}</span></div></a><a href="/news/next/" class="next-post a-wrap border-element cf"><div class="next-post-title">${side[0].title}<br><span class="post-date">${side[0].date}</span></div></a></div></section>
</main>
<div id="sidebar" class="sidebar nwa cf" role="complementary">
<aside id="search-2" class="widget widget-sidebar widget_search"><form class="search-box" method="get" action="/"><input type="text" placeholder="サイト内を検索" name="s" class="search-edit"></form></aside>
<aside id="recent-posts-2" class="widget widget-sidebar widget_recent_entries"><h3 class="widget-sidebar-title widget-title">新着記事</h3><ul>${side.map((x) => `<li><a href="/news/${x.iso}/">${x.title}</a> <span class="post-date">${x.date}</span></li>`).join('')}</ul></aside>
<aside id="popular" class="widget widget-sidebar widget_popular_entries"><h3 class="widget-sidebar-title widget-title">人気記事ランキング</h3><ol>${[1, 2, 3].map((k) => `<li><span class="rank">${k}</span> ${pick(NEWS).replace('{n}', D.num(100, 9000))} <span class="pv">${D.num(1000, 60000).toLocaleString('en-US')} views</span></li>`).join('')}</ol></aside>
<aside id="archives-2" class="widget widget-sidebar widget_archive"><h3 class="widget-sidebar-title widget-title">アーカイブ</h3><ul>${arch.join('')}</ul></aside>
</div></div>
<div class="footer-cta"><a href="/contact/">無料相談はこちら（受付 ${D.num(9, 10)}:00〜${D.num(17, 19)}:00）</a></div>
<footer id="footer" class="footer footer-container nwa"><div class="footer-in wrap cf"><div class="footer-widgets"><h3>会社概要</h3><dl>${orgData(D, o.kind).map(([a, b]) => `<dt>${a}</dt><dd>${b}</dd>`).join('')}</dl><p>${D.zip()} ${o.addr}<br>TEL ${D.tel()}</p></div>
<div class="copyright">© ${r.y} ${esc(r.org)}.</div></div></footer>
<div class="go-to-top"><button class="go-to-top-button">▲</button></div>
<script>var cocoon_localize_script_options={"is_lazy_load_enable":null,"is_fixed_mobile_buttons_enable":"","is_google_font_lazy_load_enable":"1","post_id":${D.num(1200, 8800)},"ver":"2.7.${D.num(1, 9)}"};</script>
</div></body></html>`;
};

// 2. Prefectural / city CMS, legacy encoding: accessibility toolbar, ふりがな, 3 columns, page number, survey.
styles.prefcms = (r, D, o) => {
  const upd = D.date(60);
  const popular = newsItems(D, 5, fmtJ);
  const events = [0, 1].map(() => { const x = D.date(200); return `<li>${fmtJ(x)} 開催　くらしの相談会（定員${D.num(20, 120)}名・先着順）</li>`; });
  const pageNo = D.num(10000, 99999);
  const dl = o.dateMode === 'jsonld' ? '' : `<p class="update">${o.dateLabel}：${o.dateShown}</p>`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${o.enc === 'euc-jp' ? 'EUC-JP' : 'Shift_JIS'}">
<meta http-equiv="Content-Style-Type" content="text/css">
<title>${esc(o.h1)}／${esc(r.org)}</title>
${o.jsonLd}
<link rel="stylesheet" href="/shared/style/default.css" type="text/css">
<style type="text/css">body{margin:0;font-family:sans-serif}#tmp_header{border-bottom:4px solid #063}#tmp_access{background:#eee;font-size:12px;padding:4px}table#tmp_wrap{width:100%;border-collapse:collapse}td#tmp_lnavi{width:180px;background:#f2f7f2;vertical-align:top;font-size:12px}td#tmp_main{vertical-align:top;padding:8px 16px}td#tmp_rnavi{width:180px;vertical-align:top;font-size:12px}table.tbl{border-collapse:collapse}table.tbl th,table.tbl td{border:1px solid #666;padding:3px}#tmp_footer{background:#063;color:#fff;font-size:12px;padding:10px}</style>
<script type="text/javascript" src="/shared/js/ruby.js"></script>
</head><body>
<div id="tmp_header"><div id="tmp_hlogo"><h1 style="margin:0"><a href="/"><img src="/shared/images/logo.gif" alt="${esc(r.org)}" width="260" height="50"></a></h1></div>
<div id="tmp_access"><span>文字サイズ</span> <a href="#" onclick="fsize('s')">標準</a> <a href="#" onclick="fsize('l')">拡大</a> ｜ <span>背景色</span> <a href="#">白</a> <a href="#">黒</a> <a href="#">青</a> ｜ <a href="#" id="ruby_on">ふりがなをつける</a> ｜ <a href="#">音声読み上げ</a> ｜ <a href="/foreign/">Foreign Language</a> ｜ <a href="/sitemap.html">サイトマップ</a></div>
<form action="/search/" id="tmp_search"><input type="text" name="q" title="サイト内検索"><input type="submit" value="検索"></form>
<ul id="tmp_gnavi"><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kenko/">健康・福祉</a></li><li><a href="/kosodate/">子育て・教育</a></li><li><a href="/sangyo/">産業・しごと</a></li><li><a href="/about/">組織案内</a></li></ul></div>
<div id="tmp_pankuzu"><a href="/">ホーム</a> &gt; <a href="/soshiki/">組織から探す</a> &gt; <a href="/soshiki/joho/">情報政策課</a>${o.dateMode === 'breadcrumb' ? ` &gt; <a href="/soshiki/joho/${r.y}/">${r.y}年度</a>（${fmtJ({ y: r.y, m: r.mo, d: r.d })}掲載）` : ''} &gt; ${esc(o.h1)}</div>
<table id="tmp_wrap" summary="レイアウト"><tr>
<td id="tmp_lnavi"><div class="lnavi_ttl">情報政策課</div><ul><li><a href="#">お知らせ一覧</a></li><li><a href="#">個人情報保護</a></li><li><a href="#">情報公開</a></li><li><a href="#">統計データ（人口${D.num(20000, 990000).toLocaleString('en-US')}人）</a></li></ul>
<div class="lnavi_ttl">よく見られているページ</div><ul>${popular.slice(0, 4).map((x) => `<li><a href="#">${x.title}</a></li>`).join('')}</ul></td>
<td id="tmp_main"><div id="tmp_contents">
<h2 class="title">${esc(o.h1)}</h2>
<p class="pageid">ページ番号：${pageNo}</p>
${dl}
${o.bodyHtml}
<div id="tmp_inquiry"><h2>このページに関するお問い合わせ</h2><p>${esc(r.org)}　情報政策課<br>${D.zip()} ${o.addr}<br>電話番号：${D.tel()}　ファクス番号：${D.tel()}</p></div>
<div id="tmp_adobe"><p>PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。Adobe Acrobat Readerのダウンロード（新しいウィンドウで開きます）</p></div>
<div id="tmp_enquete"><h2>このページの情報はお役に立ちましたか？</h2><form><input type="radio" name="q1">役に立った <input type="radio" name="q1">どちらともいえない <input type="radio" name="q1">役に立たなかった<br>（最大${D.num(150, 400)}文字）<textarea></textarea><input type="submit" value="送信"></form></div>
</div></td>
<td id="tmp_rnavi"><div class="rnavi_ttl">新着情報</div><ul>${popular.map((x) => `<li>${x.date}<br><a href="#">${x.title}</a></li>`).join('')}</ul>
<div class="rnavi_ttl">イベント</div><ul>${events.join('')}</ul>
<div class="rnavi_banner"><a href="#"><img src="/bnr/furusato.gif" alt="ふるさと納税 寄附件数${D.num(2000, 30000)}件"></a></div></td>
</tr></table>
<div id="tmp_footer"><p>${esc(r.org)}　法人番号 ${D.num(1000000, 9999999)}${D.num(100000, 999999)}<br>${D.zip()} ${o.addr}　代表電話：${D.tel()}<br>開庁時間：月曜日～金曜日 午前8時30分～午後5時15分（祝日・休日、12月29日～1月3日を除く）</p>
<p>更新日：${fmtJ(upd)}</p>
<p class="copyright">Copyright &copy; ${esc(r.org)} All Rights Reserved.</p></div>
</body></html>`;
};

// 3. Site-builder export (STUDIO/Peraichi-like): absolute boxes, hashed classes, text split in spans, <br> runs.
styles.builder = (r, D, o) => {
  const h = () => Math.floor(rnd() * 0xffffff).toString(36);
  const spanify = (html) => html.replace(/<p>([\s\S]*?)<\/p>/g, (_, t) => {
    const parts = t.split(/(<br>\n?)/);
    return `<div class="sd-${h()}" style="position:relative;width:100%"><p class="text-${h()}">${parts.map((p) => (p.startsWith('<br') ? '<br>' : p ? `<span style="font-size:15px;letter-spacing:0.04em">${p}</span>` : '')).join('')}</p></div><br><br>`;
  });
  const news = newsItems(D, 4, fmtDot);
  const dl = o.dateMode === 'jsonld' ? '' : `<div class="sd-${h()}" style="position:relative;height:28px"><span style="color:#888;font-size:13px">${o.dateLabel} ${o.dateShown}</span></div>`;
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${esc(o.h1)} - ${esc(r.org)}</title>${o.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}
${o.jsonLd}
<style>body{margin:0;font-family:'Noto Sans JP',sans-serif}.sd-head{position:sticky;top:0;background:#fff;height:64px;border-bottom:1px solid #eee;display:flex;align-items:center;gap:24px;padding:0 24px;z-index:9}.sd-main{width:760px;margin:0 auto;padding:40px 0}.sd-foot{background:#1d2b3a;color:#cfd;padding:32px;font-size:12px}table.tbl{border-collapse:collapse}table.tbl td,table.tbl th{border:1px solid #aaa;padding:4px}.sd-banner{position:relative;width:760px;margin:0 auto;background:#fd5;padding:12px;text-align:center}</style></head>
<body><div id="__studio" data-v-${h()}>
<header class="sd-head sd-${h()}"><a href="/"><img src="https://storage.studio.design/logo.svg" alt="${esc(r.org)}" width="150"></a><nav><a href="/about">ABOUT</a> <a href="/service">SERVICE</a> <a href="/news">NEWS</a> <a href="/contact">CONTACT</a></nav></header>
<div class="sd-banner"><span>導入企業</span><span style="font-size:28px;font-weight:bold">${D.num(120, 3800).toLocaleString('en-US')}</span><span>社突破！資料請求は無料</span></div>
<main class="sd-main"><div class="sd-${h()}" style="position:relative;width:760px;min-height:40px"><span style="font-size:12px">NEWS</span></div>
<div class="sd-${h()}"><h1 class="text-${h()}" style="font-size:26px"><span>${esc(o.h1)}</span></h1></div>
${dl}
<div class="sd-${h()} rich-text">${spanify(o.bodyHtml)}</div>
<div class="sd-${h()}" style="margin-top:48px"><p><span style="font-weight:bold">OTHER NEWS</span></p>${news.map((x) => `<div class="sd-${h()}"><span>${x.date}</span>　<span>${x.title}</span></div>`).join('')}</div></main>
<footer class="sd-foot"><div><span>${esc(r.org)}</span><br><span>${D.zip()}</span><span>${o.addr}</span><br><span>TEL ${D.tel()}</span></div><div>${orgData(D, o.kind).map(([a, b]) => `<span>${a}</span><span>：${b}</span><br>`).join('')}</div><div><span>© ${r.y} ${esc(r.org)}</span></div></footer>
<div class="sd-${h()}" style="position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:10px;font-size:12px">当サイトはCookieを使用します。<button>同意する</button></div>
</div><script>window.__STUDIO_PROPS__={"pageId":"${h()}","pv":${D.num(1000, 90000)},"updated":"${D.date(30).s}T09:00:00Z"}</script></body></html>`;
};

// 4. Movable Type corporate news archive: year tabs, entry-asset, カテゴリ：/タグ：, Shift_JIS.
styles.mtnews = (r, D, o) => {
  const years = [r.y, r.y - 1, r.y - 2, r.y - 3];
  const list = newsItems(D, 6, fmtSl);
  const dl = o.dateMode === 'jsonld' ? '' : `<p class="entry-date">${o.dateLabel}${o.dateShown}</p>`;
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="${o.enc === 'euc-jp' ? 'EUC-JP' : 'Shift_JIS'}">
<meta name="generator" content="Movable Type Pro 7.9.${D.num(1, 9)}">
<title>${esc(o.h1)} - ニュースリリース - ${esc(r.org)}</title>${o.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}
${o.jsonLd}
<style>body{margin:0;font-family:sans-serif}#header{padding:12px 24px;border-bottom:2px solid #036}#gnav{background:#036;padding:6px 24px}#gnav a{color:#fff;margin-right:16px}#container{display:flex;max-width:1000px;margin:0 auto;gap:20px;padding:16px}#alpha{flex:1}#beta{width:240px;font-size:12px}.year-tab{display:flex;gap:4px;list-style:none;padding:0}.year-tab li{border:1px solid #036;padding:2px 8px}table.tbl{border-collapse:collapse}table.tbl td,table.tbl th{border:1px solid #666;padding:4px}#footer{background:#eee;font-size:12px;padding:16px}</style>
</head><body class="mt-entry-archive">
<div id="header"><div class="site-title"><a href="/"><img src="/common/img/logo.png" alt="${esc(r.org)}"></a></div><div class="ir-stock">証券コード ${D.num(1300, 9900)}</div></div>
<div id="gnav"><a href="/">トップ</a><a href="/company/">企業情報</a><a href="/products/">製品情報</a><a href="/news/">ニュースリリース</a><a href="/ir/">IR情報</a><a href="/csr/">サステナビリティ</a></div>
<div id="topicpath"><a href="/">トップ</a> &gt; <a href="/news/">ニュースリリース</a>${o.dateMode === 'breadcrumb' ? ` &gt; <a href="/news/${r.y}/${pad(r.mo)}/">${r.y}年${pad(r.mo)}月${pad(r.d)}日</a>` : ''} &gt; ${esc(o.h1)}</div>
<div id="container"><div id="alpha"><div id="alpha-inner">
<div id="entry-${D.num(100, 999)}" class="entry-asset asset hentry"><div class="asset-header"><h1 class="asset-name entry-title">${esc(o.h1)}</h1>${dl}</div>
<div class="asset-content entry-content"><div class="asset-body">
${o.bodyHtml}
</div></div>
<div class="asset-footer"><p class="entry-categories">カテゴリ：<a href="/news/info/">お知らせ</a></p><p class="entry-tags">タグ：<a href="/tag/important">重要</a>, <a href="/tag/security">セキュリティ</a></p></div></div>
<div class="content-nav"><a href="/news/prev.html">« ${list[2].title}（${list[2].date}）</a> | <a href="/news/">ニュースリリース一覧</a> | <a href="/news/next.html">${list[1].title}（${list[1].date}） »</a></div>
</div></div>
<div id="beta"><div class="widget-archive widget"><h3 class="widget-header">ニュースリリース アーカイブ</h3><ul class="year-tab">${years.map((y) => `<li><a href="/news/${y}/">${y}年</a></li>`).join('')}</ul>
<ul class="archive-list">${[1, 2, 3, 4].map(() => { const x = D.date(200); return `<li><a href="/news/${x.y}/${pad(x.m)}/">${x.y}年${x.m}月</a> (${D.num(2, 14)})</li>`; }).join('')}</ul></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">最新ニュース</h3><ul>${list.map((x) => `<li><span class="date">${x.date}</span><a href="#">${x.title}</a></li>`).join('')}</ul></div>
<div class="widget-ir widget"><h3 class="widget-header">IRカレンダー</h3><p>第${D.num(2, 4)}四半期決算発表予定日：${fmtJ(D.date(200))}</p></div></div></div>
<div id="footer"><p>${esc(r.org)}　${D.zip()} ${o.addr}　TEL ${D.tel()}</p><p>${orgData(D, o.kind).map(([a, b]) => `${a}：${b}`).join('　')}</p><p>Copyright &copy; ${r.y} ${esc(r.org)} All rights reserved.</p></div>
</body></html>`;
};

// 5. Next.js Pages Router with styled-components (sc- hashed classes), search box, news sidebar from __NEXT_DATA__.
styles.nextsc = (r, D, o) => {
  const c = () => 'sc-' + Math.floor(rnd() * 0xffffff).toString(36) + ' ' + Math.floor(rnd() * 0xffffff).toString(36);
  const news = newsItems(D, 6, fmtDot);
  const dl = o.dateMode === 'jsonld' ? '' : `<div class="${c()}"><time datetime="${o.isoDT}">${o.dateShown}</time><span class="${c()}">お知らせ</span></div>`;
  const nd = { props: { pageProps: { post: { slug: `news-${r.y}${pad(r.mo)}${pad(r.d)}`, category: 'notice', views: D.num(500, 50000) }, sidebar: news.map((x) => ({ title: x.title, date: x.iso })), company: { name: r.org, employees: D.num(50, 3000) } }, __N_SSG: true }, page: '/news/[slug]', query: {}, buildId: Math.floor(rnd() * 1e9).toString(36), isFallback: false, gsp: true, scriptLoader: [] };
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${esc(o.h1)}｜${esc(r.org)}</title>${o.og ? `<meta property="og:site_name" content="${esc(r.org)}"/>` : ''}${o.jsonLd}<meta name="next-head-count" content="6"/>
<style data-styled="active" data-styled-version="6.1.8">body{margin:0;font-family:sans-serif}.hdr{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;display:flex;justify-content:space-between;padding:10px 24px;z-index:5}.lay{display:flex;gap:28px;max-width:1040px;margin:0 auto;padding:20px}.art{flex:1}.side{width:260px;font-size:13px}table.tbl{border-collapse:collapse}table.tbl td,table.tbl th{border:1px solid #999;padding:4px}.ftr{background:#111;color:#ccc;padding:24px;font-size:12px}</style></head>
<body><div id="__next"><header class="hdr ${c()}"><a href="/"><img alt="${esc(r.org)}" src="/_next/static/media/logo.3f2a1c.svg" width="160" height="32"/></a><nav class="${c()}"><a href="/services">サービス</a> <a href="/news">ニュース</a> <a href="/company">会社情報</a></nav><form class="${c()}" role="search"><input type="search" placeholder="キーワードで検索" aria-label="検索"/><button type="submit">検索</button></form></header>
<div class="lay ${c()}"><main class="art ${c()}"><nav aria-label="breadcrumb" class="${c()}"><ol><li><a href="/">HOME</a></li><li><a href="/news">NEWS</a></li>${o.dateMode === 'breadcrumb' ? `<li>${fmtDot({ y: r.y, m: r.mo, d: r.d })}</li>` : ''}</ol></nav>
<article class="${c()}"><h1 class="${c()}">${esc(o.h1)}</h1>${dl}<div class="${c()}">${o.bodyHtml}</div></article>
<div class="${c()}"><a href="/news">← ニュース一覧へ戻る</a></div></main>
<aside class="side ${c()}"><h2 class="${c()}">最新のニュース</h2><ul class="${c()}">${news.map((x) => `<li><time dateTime="${x.iso}">${x.date}</time><p>${x.title}</p></li>`).join('')}</ul>
<div class="${c()}"><h2>ウェビナー開催</h2><p>${fmtJ(D.date(120))} 14:00〜 定員${D.num(30, 300)}名</p></div></aside></div>
<footer class="ftr ${c()}"><p>${esc(r.org)}</p><p>${D.zip()} ${o.addr}</p><p>${orgData(D, o.kind).map(([a, b]) => `${a} ${b}`).join(' / ')}</p><small>© ${r.y} ${esc(r.org)}</small></footer></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nd)}</script></body></html>`;
};

// 6. Bootstrap 4: cooperative / bank / hospital portal with a carousel, interest-rate table in the side bar, cookie consent.
styles.bs4 = (r, D, o) => {
  const news = newsItems(D, 5, fmtSl);
  const rates = [['普通預金', `0.${D.num(10, 29)}0%`], ['定期預金（1年）', `0.${D.num(30, 69)}0%`], ['定期預金（5年）', `0.${D.num(70, 99)}0%`]];
  const dl = o.dateMode === 'jsonld' ? '' : `<p class="text-muted small mb-4"><i class="far fa-calendar-alt"></i> ${o.dateLabel}：${o.dateShown}</p>`;
  const asof = D.date(60);
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">
<title>${esc(o.h1)} | ${esc(r.org)}</title>${o.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}
${o.jsonLd}
<style>body{font-family:sans-serif;margin:0}.navbar{display:flex;gap:16px;background:#0b5e3b;padding:10px 20px}.navbar a{color:#fff}.container{max-width:1040px;margin:0 auto;padding:0 16px}.row{display:flex;gap:24px}.col-lg-8{flex:2}.col-lg-4{flex:1;font-size:13px}.carousel{background:#dfe;padding:20px;text-align:center;margin-bottom:16px}table.tbl,table.table{border-collapse:collapse;width:100%}table.tbl td,table.tbl th,table.table td,table.table th{border:1px solid #aaa;padding:4px}footer{background:#f4f4f4;padding:20px;font-size:12px;margin-top:30px}.cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:8px 16px;font-size:12px}</style>
</head><body>
<nav class="navbar navbar-expand-lg navbar-dark fixed-top"><a class="navbar-brand" href="/"><img src="/img/logo.svg" alt="${esc(r.org)}" height="36"></a><a class="nav-link" href="/kojin/">個人のお客さま</a><a class="nav-link" href="/hojin/">法人のお客さま</a><a class="nav-link" href="/about/">当組合について</a><a class="nav-link" href="/news/">お知らせ</a><a class="nav-link" href="/tenpo/">店舗・ATM</a></nav>
<div id="mainCarousel" class="carousel slide" data-ride="carousel"><div class="carousel-inner"><div class="carousel-item active"><p>住宅ローン 変動金利 年${D.num(1, 2)}.${D.num(10, 99)}%〜 ／ 取扱件数${D.num(1000, 9000).toLocaleString('en-US')}件突破</p></div><div class="carousel-item"><p>定期預金キャンペーン ${fmtJ(D.date(90))}まで</p></div></div></div>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">ホーム</a></li><li class="breadcrumb-item"><a href="/news/">お知らせ</a></li>${o.dateMode === 'breadcrumb' ? `<li class="breadcrumb-item">${fmtSl({ y: r.y, m: r.mo, d: r.d })}</li>` : ''}<li class="breadcrumb-item active" aria-current="page">${esc(o.h1)}</li></ol></nav>
<div class="row"><div class="col-lg-8"><article class="card border-0"><div class="card-body"><h1 class="h3 card-title border-bottom pb-2">${esc(o.h1)}</h1>${dl}<div class="news-body">${o.bodyHtml}</div></div></article>
<div class="d-flex justify-content-between my-4"><a class="btn btn-outline-secondary btn-sm" href="#">&laquo; 前の記事</a><a class="btn btn-outline-secondary btn-sm" href="/news/">一覧へ</a><a class="btn btn-outline-secondary btn-sm" href="#">次の記事 &raquo;</a></div></div>
<aside class="col-lg-4"><div class="card mb-3"><div class="card-header">お知らせ</div><ul class="list-group list-group-flush">${news.map((x) => `<li class="list-group-item"><small>${x.date}</small><br>${x.title}</li>`).join('')}</ul></div>
<div class="card mb-3"><div class="card-header">預金金利（${fmtJ(asof)}現在）</div><table class="table table-sm mb-0"><tbody>${rates.map(([a, b]) => `<tr><th>${a}</th><td>年${b}</td></tr>`).join('')}</tbody></table></div>
<div class="card"><div class="card-header">店舗のご案内</div><div class="card-body">${D.num(12, 60)}店舗・ATM ${D.num(40, 200)}か所</div></div></aside></div></div>
<footer><div class="container"><div class="row"><div class="col-md-3"><h6>${esc(r.org)}</h6><p>${D.zip()}<br>${o.addr}<br>TEL ${D.tel()}</p></div><div class="col-md-3"><ul class="list-unstyled">${orgData(D, o.kind).map(([a, b]) => `<li>${a}：${b}</li>`).join('')}</ul></div><div class="col-md-3"><ul class="list-unstyled"><li>個人情報保護方針</li><li>反社会的勢力に対する基本方針</li><li>金融商品勧誘方針</li></ul></div><div class="col-md-3"><ul class="list-unstyled"><li>サイトマップ</li><li>よくあるご質問</li></ul></div></div><p class="text-center"><small>&copy; ${r.y} ${esc(r.org)}</small></p></div></footer>
<div class="cookie alert alert-dark alert-dismissible fade show" role="alert">当サイトではサービス向上のためCookieを利用しています。<a href="/cookie/">詳しく</a> <button type="button" class="btn btn-primary btn-sm" data-dismiss="alert">同意する</button></div>
<script src="https://cdn.jsdelivr.net/npm/jquery@3.5.1/dist/jquery.slim.min.js"></script><script>$('.carousel').carousel({interval:${D.num(3000, 8000)}})</script>
</body></html>`;
};

// ---------- legacy encoding through iconv; characters the encoding lacks become numeric references ----------
function encodeLegacy(html, enc) {
  const target = enc === 'euc-jp' ? 'EUC-JP-MS' : 'CP932';
  const chars = [...new Set([...html].filter((ch) => ch.codePointAt(0) > 0x7f))];
  const probe = chars.join('\n') + '\n';
  const enc1 = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', target], { input: probe });
  const back = execFileSync('iconv', ['-f', target, '-t', 'UTF-8'], { input: enc1 }).toString('utf8').split('\n');
  const ok = new Set(chars.filter((ch, i) => back[i] === ch));
  const safe = [...html].map((ch) => (ch.codePointAt(0) > 0x7f && !ok.has(ch) ? `&#${ch.codePointAt(0)};` : ch)).join('');
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', target], { input: safe });
}

// ---------- build ----------
fs.rmSync(OUT, { recursive: true, force: true });
for (const d of ['sources', 'html']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
const styleOrder = ['wpcocoon', 'prefcms', 'builder', 'mtnews', 'nextsc', 'bs4'];
const KINDS = ['company', 'company', 'hospital', 'coop', 'company'];
const ADDR = ['東京都港区芝浦4丁目', '大阪府大阪市北区梅田2丁目', '愛知県名古屋市中区栄3丁目', '福岡県福岡市博多区博多駅前1丁目', '北海道札幌市中央区北二条西4丁目'];
const DATEFORMS = ['jwd', 'dot', 'slash', 'reiwaShort', 'reiwa', 'j'];
const LABELS = ['公開日', '掲載日', '投稿日', '更新日', '発表日', ''];
const manifest = [];
const origin = [];
// assignment: styles round-robin after a seeded shuffle; legacy encodings on prefcms (7) and mtnews (5)
const assign = chosen.map((_, i) => styleOrder[i % 6]);
for (let i = assign.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [assign[i], assign[j]] = [assign[j], assign[i]]; }
const docIdx = new Set();
while (docIdx.size < 10) docIdx.add(int(0, 39));
let mtCount = 0;
chosen.forEach((r, i) => {
  const id = `i${pad(i + 1)}`;
  const style = assign[i];
  let enc = 'utf-8';
  if (style === 'prefcms') enc = rnd() < 0.5 ? 'euc-jp' : 'shift_jis';
  if (style === 'mtnews' && mtCount++ < 5) enc = rnd() < 0.7 ? 'shift_jis' : 'euc-jp';
  const D = makeDecoys(r);
  const u = rnd();
  const dateMode = u < 0.62 ? 'line' : u < 0.74 ? 'title' : u < 0.87 ? 'jsonld' : 'breadcrumb';
  const form = pick(DATEFORMS);
  let label = pick(LABELS);
  const pubISO = iso(r.y, r.mo, r.d);
  const dateShown = dateText(r, form);
  if (label === '更新日') label = '公開日';
  const h1 = dateMode === 'title' ? `【${fmtSl({ y: r.y, m: r.mo, d: r.d })}】${r.title}` : r.title;
  const og = style !== 'prefcms' && rnd() < 0.6;
  const useLd = dateMode === 'jsonld' || rnd() < 0.4;
  const mod = D.date(20);
  const jsonLd = useLd ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: r.title, datePublished: `${pubISO}T10:00:00+09:00`, dateModified: `${mod.s}T15:30:00+09:00`, publisher: { '@type': 'Organization', name: r.org, logo: { '@type': 'ImageObject', url: '/logo.png' } } })}</script>` : '';
  const o = { h1, og, jsonLd, dateMode, dateShown, dateLabel: label ? (style === 'mtnews' ? `${label}：` : label) : '', isoDT: `${pubISO}T10:00:00+09:00`, bodyHtml: renderBody(r.body), kind: pick(KINDS), addr: pick(ADDR) + `${int(1, 30)}番${int(1, 20)}号`, enc };
  if (style === 'mtnews' && o.dateLabel === '') o.dateLabel = '';
  let html = styles[style](r, D, o);
  const file = `html/${style}-${id}.html`;
  const bytes = enc === 'utf-8' ? Buffer.from(html, 'utf8') : encodeLegacy(html, enc);
  fs.writeFileSync(path.join(OUT, file), bytes);
  fs.writeFileSync(path.join(OUT, `sources/${id}.md`), r.src);
  origin.push(`${id}\t${r.rel}`);
  const sizes = ['A4', 'A4', 'B5', 'Letter', 'A4 landscape'];
  manifest.push({
    id, archive: r.rel, source: `sources/${id}.md`, html: file, style, encoding: enc,
    pdf: `pdf/${style}-${id}.pdf`, pdfPage: pick(sizes), doc: docIdx.has(i) ? `doc/${id}.pdf` : null,
    org: r.org, title: r.title, publishedAt: pubISO,
    metadata: { ogSiteName: og, jsonLd: useLd }, dateMode,
    decoyValues: [...D.values].sort((a, b) => a - b), decoyDates: [...D.dates].sort(), decoyOther: D.other,
  });
});
fs.writeFileSync(path.join(OUT, 'ORIGIN.txt'), origin.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`wrote ${manifest.length} pages`, Object.entries(manifest.reduce((a, m) => ((a[m.style + '/' + m.encoding] = (a[m.style + '/' + m.encoding] || 0) + 1), a), {})));
