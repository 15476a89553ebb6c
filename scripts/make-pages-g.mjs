// Blind set pages-g (issue #12): 40 archive releases as news pages in six site styles, plus 10 Word-style
// documents. Deterministic: seed 71129. Run: node scripts/make-pages-g.mjs && node scripts/print-pages-g.mjs
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { mulberry32 } from './seededRandom.mjs';

const SEED = 71129;
const rnd = mulberry32(SEED);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const shuffle = (a) => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const ARCH = path.resolve('../shared/archive');
const OUT = path.resolve('fixtures/pages-g');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------- pick releases ----------
const used = new Set();
for (const s of ['b', 'c', 'd', 'e', 'f']) {
  for (const line of fs.readFileSync(`fixtures/pages-${s}/ORIGIN.txt`, 'utf8').split('\n')) {
    const p = line.split('\t')[1]; if (p) used.add(p.trim());
  }
}
const all = [];
(function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) { if (e.name !== 'scripts') walk(p); } else if (e.name.endsWith('.md')) all.push(path.relative(ARCH, p)); } })(ARCH);
all.sort();
function parse(rel) {
  const md = fs.readFileSync(path.join(ARCH, rel), 'utf8');
  const sec = {}; let cur = null;
  for (const line of md.split('\n')) { const m = line.match(/^# (.+)$/); if (m) { cur = m[1].trim(); sec[cur] = []; continue; } if (cur) sec[cur].push(line); }
  const bullets = (sec['公表概要'] || []).filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
  const body = (sec['本文'] || []).join('\n').trim();
  const dm = (bullets[1] || '').match(/(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日/);
  return { md, title: bullets[0], org: bullets[2], body, date: dm ? [+dm[1], +dm[2], +dm[3]] : null };
}
const cands = shuffle(all.filter((p) => !used.has(p)));
const chosen = [];
for (const rel of cands) {
  if (chosen.length === 40) break;
  const r = parse(rel);
  if (!r.title || !r.org || !r.date || r.body.length < 400) continue;
  chosen.push({ rel, ...r });
}
for (const d of ['sources', 'html', 'doc-src']) fs.rmSync(path.join(OUT, d), { recursive: true, force: true }); // PDFs are rewritten by print-pages-g.mjs
for (const d of ['sources', 'html', 'pdf', 'doc', 'doc-src']) fs.mkdirSync(path.join(OUT, d), { recursive: true });

// ---------- body markdown -> HTML ----------
function inline(s) { return esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/(https?:\/\/[^\s<）)]+)/g, '<a href="$1">$1</a>'); }
function bodyHtml(body, pClass = '') {
  const lines = body.split('\n'); const out = []; let i = 0;
  const pc = pClass ? ` class="${pClass}"` : '';
  while (i < lines.length) {
    const l = lines[i];
    if (!l.trim()) { i++; continue; }
    if (/^\s*\|/.test(l)) {
      const rows = []; while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      const cells = rows.filter((r) => !/^\s*\|[\s:|-]+\|\s*$/.test(r)).map((r) => r.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
      out.push('<table class="tbl"><thead><tr>' + cells[0].map((c) => `<th>${inline(c)}</th>`).join('') + '</tr></thead><tbody>' + cells.slice(1).map((r) => '<tr>' + r.map((c) => `<td>${inline(c)}</td>`).join('') + '</tr>').join('') + '</tbody></table>');
      continue;
    }
    if (/^#{1,6}\s/.test(l)) { out.push(`<h3>${inline(l.replace(/^#+\s*/, ''))}</h3>`); i++; continue; }
    if (/^\s*[-*・]\s/.test(l)) { const it = []; while (i < lines.length && /^\s*[-*・]\s/.test(lines[i])) it.push(lines[i++].replace(/^\s*[-*・]\s/, '')); out.push('<ul>' + it.map((x) => `<li>${inline(x)}</li>`).join('') + '</ul>'); continue; }
    if (/^\s*\d+[.)]\s/.test(l)) { const it = []; while (i < lines.length && /^\s*\d+[.)]\s/.test(lines[i])) it.push(lines[i++].replace(/^\s*\d+[.)]\s/, '')); out.push('<ol>' + it.map((x) => `<li>${inline(x)}</li>`).join('') + '</ol>'); continue; }
    const lab = l.match(/^([^：:。、]{1,12})[：:]\s*(\S.*)$/);
    if (lab && !/https?$/.test(lab[1])) {
      const it = []; while (i < lines.length) { const m = lines[i].match(/^([^：:。、]{1,12})[：:]\s*(\S.*)$/); if (!m || /https?$/.test(m[1])) break; it.push(m); i++; }
      out.push('<dl class="dl">' + it.map((m) => `<dt>${inline(m[1])}</dt><dd>${inline(m[2])}</dd>`).join('') + '</dl>'); continue;
    }
    if (/^[■●◆【〇○◎＜<（(]?[０-９0-9一二三四五六七八九十]*[．.、)）]?.{0,30}[】＞>]?$/.test(l) && l.length <= 24 && /^[■●◆【１-９1-9]/.test(l)) { out.push(`<h3>${inline(l)}</h3>`); i++; continue; }
    out.push(`<p${pc}>${inline(l).replace(/  +/g, ' ')}</p>`); i++;
  }
  return out.join('\n');
}

// ---------- decoys ----------
const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d[0]}-${pad(d[1])}-${pad(d[2])}`;
const comma = (n) => n.toLocaleString('en-US');
function mkDecoy(r) {
  const norm = r.body.normalize('NFKC').replace(/[,，\s]/g, '');
  const d = { values: new Set(), dates: new Set(), other: [] };
  d.num = (lo, hi) => { for (let k = 0; ; k++) { if (k > 50) { lo *= 10; hi *= 10; k = 0; } const n = int(lo, hi); if (!norm.includes(String(n)) && !(r.title.normalize('NFKC').includes(String(n)))) { d.values.add(n); return n; } } };
  // a capital written in full yen: the recorded decoy is the yen amount, not the drawn millions
  d.mega = (n) => { d.values.delete(n); d.values.add(n * 1000000); return n * 1000000; };
  d.date = (spread = 200) => {
    const base = Date.UTC(r.date[0], r.date[1] - 1, r.date[2]);
    for (let k = 0; ; k++) {
      const t = new Date(base + (int(-spread, spread) + (k > 100 ? 400 : 0)) * 86400000);
      const x = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
      if (iso(x) === iso(r.date)) continue;
      if (norm.includes(`${x[1]}月${x[2]}日`) || norm.includes(`${x[1]}/${x[2]}`)) continue;
      d.dates.add(iso(x)); return x;
    }
  };
  d.after = () => { const base = Date.UTC(r.date[0], r.date[1] - 1, r.date[2]); for (let k = 0; ; k++) { const t = new Date(base + (int(2, 40) + (k > 100 ? 300 : 0)) * 86400000); const x = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]; if (norm.includes(`${x[1]}月${x[2]}日`)) continue; d.dates.add(iso(x)); return x; } };
  return d;
}
const PREFS = [['東京都', '千代田区神田錦町3丁目', '03'], ['大阪府', '大阪市北区梅田2丁目', '06'], ['愛知県', '名古屋市中区栄4丁目', '052'], ['福岡県', '北九州市小倉北区魚町1丁目', '093'], ['北海道', '札幌市中央区北3条西7丁目', '011'], ['広島県', '広島市中区紙屋町1丁目', '082'], ['宮城県', '仙台市青葉区一番町2丁目', '022']];
function contact(d) {
  const p = pick(PREFS);
  const zip = `〒${int(100, 989)}-${String(int(0, 9999)).padStart(4, '0')}`;
  const addr = `${p[0]}${p[1]}${int(1, 28)}番${int(1, 30)}号`;
  const tel = `${p[2]}-${int(1000, 9899)}-${String(int(0, 9999)).padStart(4, '0')}`;
  const fax = `${p[2]}-${int(1000, 9899)}-${String(int(0, 9999)).padStart(4, '0')}`;
  d.other.push(zip, addr, tel, fax);
  return { zip, addr, tel, fax };
}
const jd = (x) => `${x[0]}年${x[1]}月${x[2]}日`;
const dot = (x) => `${x[0]}.${pad(x[1])}.${pad(x[2])}`;
const slash = (x) => `${x[0]}/${pad(x[1])}/${pad(x[2])}`;
const WD = '日月火水木金土';
const wd = (x) => WD[new Date(Date.UTC(x[0], x[1] - 1, x[2])).getUTCDay()];
const reiwa = (x) => `令和${x[0] - 2018}年${x[1]}月${x[2]}日`;
const rdot = (x) => `R${x[0] - 2018}.${x[1]}.${x[2]}`;

function newsItems(d, n) {
  const T = [
    () => `年末年始の営業についてのお知らせ`,
    () => `会員数${comma(d.num(12000, 480000))}人を突破しました`,
    () => `オンラインセミナー開催のご案内（定員${d.num(30, 300)}名）`,
    () => `累計${comma(d.num(20000, 900000))}件突破記念キャンペーン`,
    () => `新サービス「スマートサポート」提供開始のお知らせ`,
    () => `夏季休業期間のお知らせ`,
    () => `${d.num(3, 60)}周年記念ロゴを制定しました`,
    () => `ホームページをリニューアルしました`,
    () => `採用説明会（参加者${d.num(40, 400)}名）を開催しました`,
    () => `製品価格改定のお知らせ（約${d.num(3, 19)}%）`,
    () => `健康講座「食と睡眠」開催のお知らせ`,
    () => `店舗数${d.num(41, 390)}店舗体制となりました`,
  ];
  const items = []; const used = new Set();
  while (items.length < n) { const k = int(0, T.length - 1); if (used.has(k)) continue; used.add(k); items.push({ date: d.date(), title: T[k]() }); }
  return items.sort((a, b) => iso(b.date).localeCompare(iso(a.date)));
}
function archiveMonths(r) { const out = []; let y = r.date[0], m = r.date[1]; for (let i = 0; i < 6; i++) { out.push([y, m]); m--; if (m === 0) { m = 12; y--; } } return out; }

// ---------- six styles ----------
const CSS_BASE = 'body{font-family:"Noto Sans CJK JP",sans-serif;margin:0;color:#222;line-height:1.8}table.tbl{border-collapse:collapse}table.tbl th,table.tbl td{border:1px solid #999;padding:4px 8px}';
function jsonLd(r, d, modified) {
  return `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: r.title, datePublished: iso(r.date) + 'T09:00:00+09:00', dateModified: iso(modified) + 'T10:30:00+09:00', publisher: { '@type': 'Organization', name: r.org, logo: { '@type': 'ImageObject', url: '/logo.png' } } })}</script>`;
}

function styleWp(r, d, opt) { // SWELL-like Japanese theme shop WordPress
  const mod = d.after(); const ci = contact(d); const news = newsItems(d, 5); const rel = newsItems(d, 3);
  const prev = { date: d.date(), title: '定時株主総会招集ご通知の電子提供について' }, next = { date: d.after(), title: `第${d.num(11, 79)}期 決算公告` };
  const shares = d.num(12, 480), pv = d.num(1000, 99999);
  const dateLine = opt.dateMode === 'time' ? `<div class="p-articleMetas"><time class="c-postTimes__posted icon-posted" datetime="${iso(r.date)}">${dot(r.date)}</time><time class="c-postTimes__modified icon-modified" datetime="${iso(mod)}">${dot(mod)}</time></div>`
    : `<div class="p-articleMetas"><span class="c-postTimes__posted">公開日：${jd(r.date)}</span> <span class="c-postTimes__modified">最終更新日：${jd(mod)}</span></div>`;
  const h3s = (r.body.match(/^#+\s.*$/gm) || []).slice(0, 5);
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(r.title)} | ${esc(r.org)}</title>
${opt.og ? `<meta property="og:site_name" content="${esc(r.org)}"><meta property="og:type" content="article"><meta property="article:published_time" content="${iso(r.date)}T09:00:00+09:00">` : ''}
${opt.ld ? jsonLd(r, d, mod) : ''}
<link rel="stylesheet" id="swell-main-css" href="/wp-content/themes/swell/build/css/main.css?ver=2.9.1">
<style>${CSS_BASE}.l-header{background:#fff;border-bottom:3px solid #1a6bb5;padding:10px 24px}.l-content{display:flex;max-width:1100px;margin:auto;gap:32px;padding:16px}.l-mainContent{flex:1}.l-sidebar{width:280px}.p-toc{border:1px solid #ccc;padding:8px 16px;background:#f7f9fb}.cap_box{border:2px solid #1a6bb5;margin:16px 0}.cap_box_ttl{background:#1a6bb5;color:#fff;padding:2px 12px}.p-fixBtnWrap{position:fixed;right:16px;bottom:16px;background:#e85a2c;color:#fff;padding:10px 16px;border-radius:24px}.c-balloon{display:flex;gap:8px;margin:16px 0}.c-balloon__text{background:#eef;padding:8px;border-radius:8px}.p-postList__item{display:flex;gap:8px;border-bottom:1px solid #eee}</style>
<script>window.swellVars={"isLoggedIn":false,"postId":${d.num(1200, 9800)},"pv":${pv}};</script>
</head><body class="post-template-default single single-post">
<div id="body_wrap"><header id="header" class="l-header -series"><div class="l-header__inner"><div class="l-header__logo"><h1 class="c-headLogo"><a href="/" class="c-headLogo__link"><img src="/wp-content/uploads/logo.png" alt="${esc(r.org)}" class="c-headLogo__img"></a></h1></div>
<nav id="gnav" class="l-header__gnav"><ul class="c-gnav"><li class="menu-item"><a href="/"><span class="ttl">ホーム</span></a></li><li class="menu-item"><a href="/company/"><span class="ttl">会社情報</span></a></li><li class="menu-item"><a href="/service/"><span class="ttl">事業内容</span></a></li><li class="menu-item current-menu-parent"><a href="/news/"><span class="ttl">お知らせ</span></a></li><li class="menu-item"><a href="/recruit/"><span class="ttl">採用情報</span></a></li><li class="menu-item"><a href="/contact/"><span class="ttl">お問い合わせ</span></a></li></ul></nav></div></header>
<div class="l-topTitleArea"><div id="breadcrumb" class="p-breadcrumb"><ol class="p-breadcrumb__list"><li class="p-breadcrumb__item"><a href="/">ホーム</a></li><li class="p-breadcrumb__item"><a href="/news/">お知らせ</a></li><li class="p-breadcrumb__item"><span>${esc(r.title)}</span></li></ol></div></div>
<div id="content" class="l-content l-container"><main id="main_content" class="l-mainContent l-article"><article class="l-mainContent__inner">
<div class="p-articleHead c-postTitle"><h1 class="c-postTitle__ttl">${esc(r.title)}</h1></div>
${dateLine}
<div class="p-articleThumb"><span class="c-categoryList"><a class="c-categoryList__link" href="/category/news/">重要なお知らせ</a></span> <span class="c-shareCount">${shares} shares</span></div>
${h3s.length >= 2 ? `<div class="p-toc -double"><span class="p-toc__ttl">目次</span><ol class="p-toc__list">${h3s.map((h) => `<li><a href="#">${esc(h.replace(/^#+\s*/, ''))}</a></li>`).join('')}</ol></div>` : ''}
<div class="post_content">
${bodyHtml(r.body)}
</div>
<div class="cap_box"><div class="cap_box_ttl">お問い合わせ窓口</div><div class="cap_box_content"><p>${esc(r.org)} 総務部 TEL：${ci.tel}（受付時間 平日9:00～17:00）</p></div></div>
<div class="c-balloon -bln-left"><div class="c-balloon__icon"><img src="/staff.png" alt="広報担当"><span class="c-balloon__iconName">広報担当</span></div><div class="c-balloon__body"><div class="c-balloon__text">SNSでも最新情報を発信中！フォロワー${comma(d.num(1200, 58000))}人突破しました。</div></div></div>
<div class="c-shareBtns"><ul class="c-shareBtns__list"><li class="c-shareBtns__item -facebook"><a href="#">シェア <span>${d.num(3, 90)}</span></a></li><li class="c-shareBtns__item -twitter"><a href="#">ポスト</a></li><li class="c-shareBtns__item -hatebu"><a href="#">はてブ <span>${d.num(2, 40)}</span></a></li></ul></div>
<div class="p-pnLinks"><div class="p-pnLinks__item -prev"><a href="#" class="p-pnLinks__link"><span class="p-pnLinks__title">${prev.title}</span><span class="p-pnLinks__date">${dot(prev.date)}</span></a></div><div class="p-pnLinks__item -next"><a href="#" class="p-pnLinks__link"><span class="p-pnLinks__title">${next.title}</span><span class="p-pnLinks__date">${dot(next.date)}</span></a></div></div>
<section class="l-articleBottom__section -related"><h2 class="l-articleBottom__title c-secTitle">関連記事</h2><ul class="p-postList p-relatedPosts -type-card">${rel.map((n) => `<li class="p-postList__item"><a href="#" class="p-postList__link"><div class="p-postList__body"><div class="p-postList__title">${n.title}</div><div class="p-postList__meta"><span class="c-postTimes__posted">${dot(n.date)}</span></div></div></a></li>`).join('')}</ul></section>
</article></main>
<aside id="sidebar" class="l-sidebar"><div id="search-2" class="c-widget widget_search"><form class="c-searchForm"><input type="text" placeholder="検索" class="c-searchForm__s"></form></div>
<div id="swell_new_posts-2" class="c-widget widget_swell_new_posts"><div class="c-widget__title -side">新着記事</div><ul class="p-postList -type-list">${news.map((n) => `<li class="p-postList__item"><a href="#"><span class="p-postList__title">${n.title}</span><span class="p-postList__meta c-postTimes__posted">${dot(n.date)}</span></a></li>`).join('')}</ul></div>
<div id="archives-2" class="c-widget widget_archive"><div class="c-widget__title -side">アーカイブ</div><ul>${archiveMonths(r).map(([y, m]) => `<li><a href="#">${y}年${m}月</a>&nbsp;(${d.num(1, 14)})</li>`).join('')}</ul></div>
<div id="categories-2" class="c-widget widget_categories"><div class="c-widget__title -side">カテゴリー</div><ul><li><a href="#">お知らせ (${d.num(20, 160)})</a></li><li><a href="#">IR情報 (${d.num(5, 80)})</a></li><li><a href="#">プレスリリース (${d.num(10, 120)})</a></li></ul></div></aside></div>
<footer id="footer" class="l-footer"><div class="l-footer__inner"><div class="w-footer"><p class="company">${esc(r.org)}</p><p>${ci.zip} ${ci.addr}</p><p>TEL ${ci.tel} / FAX ${ci.fax}</p><p>設立 ${d.num(1948, 2010)}年 ／ 従業員数 ${comma(d.num(60, 4800))}名</p></div>
<p class="copyright">© ${r.date[0]} ${esc(r.org)}.</p></div></footer>
<div class="p-fixBtnWrap">資料請求はこちら（無料）</div></div></body></html>`;
}

function styleTable(r, d, opt) { // municipal / hospital CMS, legacy encoding, 3 columns of tables
  const mod = d.after(); const ci = contact(d); const news = newsItems(d, 5);
  const pageNo = d.num(10000, 99999);
  const dateLine = opt.dateMode === 'reiwa' ? `<p class="update">更新日：${reiwa(mod)}</p><p class="pubdate">掲載日：${reiwa(r.date)}</p>`
    : `<div class="date">ページ番号：${pageNo}　更新日：${slash(mod)}</div><div class="date">公開日：${rdot(r.date)}</div>`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=${opt.charsetLabel}">
<meta http-equiv="Content-Style-Type" content="text/css">
<title>${esc(r.title)}／${esc(r.org)}</title>
${opt.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}
<style type="text/css">${CSS_BASE}body{font-size:14px}#header{background:#2d6a3e;color:#fff}td.leftmenu{width:180px;background:#eef5ea;vertical-align:top}td.right{width:190px;vertical-align:top;background:#f6f6f6}td.main{vertical-align:top;padding:8px 16px}</style>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-${d.num(1000000, 9999999)}-1']);</script>
</head><body>
<a name="top"></a><div class="skip"><a href="#main">本文へスキップ</a></div>
<table id="header" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td><a href="/"><img src="/img/logo.gif" alt="${esc(r.org)}" width="240" height="48"></a></td>
<td align="right" class="tools">文字サイズ <a href="#">標準</a> <a href="#">拡大</a>　背景色 <a href="#">白</a> <a href="#">黒</a> <a href="#">青</a>　<a href="/foreign/">Foreign language</a></td></tr></table>
<table width="100%" cellpadding="4" cellspacing="0"><tr><td class="pankuzu"><a href="/">トップページ</a> &gt; <a href="/kurashi/">くらし・手続き</a> &gt; <a href="/oshirase/">お知らせ</a> &gt; ${esc(r.title)}</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="leftmenu"><table width="100%" cellpadding="3"><tr><th>メニュー</th></tr><tr><td><a href="#">くらし・手続き</a></td></tr><tr><td><a href="#">健康・福祉</a></td></tr><tr><td><a href="#">子育て・教育</a></td></tr><tr><td><a href="#">外来のご案内</a></td></tr><tr><td><a href="#">入札・契約</a></td></tr><tr><td><a href="#">組織から探す</a></td></tr></table></td>
<td class="main"><a name="main"></a>
<h1 class="title">${esc(r.title)}</h1>
${dateLine}
<div id="honbun">
${bodyHtml(r.body)}
</div>
<div class="pdfdl"><p>PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。<a href="https://get.adobe.com/jp/reader/">Adobe Acrobat Readerのダウンロード</a>（新しいウィンドウで開きます）</p></div>
<div class="toiawase"><h2>このページに関するお問い合わせ</h2><p>${esc(r.org)} 情報政策課<br>${ci.zip} ${ci.addr}<br>電話：${ci.tel}　ファクス：${ci.fax}</p></div>
<div class="survey"><h2>このページの情報はお役に立ちましたか？</h2><form><input type="radio" name="q1">役に立った <input type="radio" name="q1">ふつう <input type="radio" name="q1">役に立たなかった<br><input type="submit" value="送信"></form></div>
</td>
<td class="right"><table width="100%" cellpadding="3"><tr><th>新着情報</th></tr>${news.map((n) => `<tr><td>${opt.dateMode === 'reiwa' ? rdot(n.date) : `${n.date[0]}年${n.date[1]}月${n.date[2]}日`}<br><a href="#">${n.title}</a></td></tr>`).join('')}</table>
<table width="100%" cellpadding="3"><tr><th>よく見られているページ</th></tr><tr><td>1. <a href="#">各種証明書の発行</a>（${comma(d.num(1200, 9800))}件）</td></tr><tr><td>2. <a href="#">休日当番医</a></td></tr><tr><td>3. <a href="#">ごみ収集カレンダー</a></td></tr></table>
<table width="100%" cellpadding="3"><tr><th>イベント</th></tr><tr><td>市民健康フェア（定員${d.num(40, 250)}名）<br>開催日：${jd(d.date(60))}</td></tr></table></td>
</tr></table>
<table id="footer" width="100%" cellpadding="8"><tr><td align="center">${esc(r.org)}　${ci.zip} ${ci.addr}　電話：${ci.tel}<br>開庁時間：午前8時30分～午後5時15分　病床数 ${d.num(120, 780)}床<br>Copyright (C) ${esc(r.org)} All Rights Reserved.</td></tr></table>
</body></html>`;
}

function styleDivsoup(r, d, opt) { // Jimdo/Wix-like builder export: absolute boxes, spans, inline styles
  const ci = contact(d); const news = newsItems(d, 4);
  const spanify = (t) => { const out = []; let i = 0; while (i < t.length) { const n = int(3, 14); out.push(`<span style="font-size:15px;letter-spacing:0.02em">${esc(t.slice(i, i + n))}</span>`); i += n; } return out.join(''); };
  const paras = r.body.split(/\n+/).filter((x) => x.trim());
  const bodyBoxes = paras.map((p, k) => /^\s*\|/.test(p) ? null : `<div class="txt-${k}" style="margin:0 0 12px 0"><p class="font_8" style="line-height:1.7">${spanify(p)}</p></div>`);
  // tables stay tables; consecutive table lines grouped
  const parts = []; let tbl = [];
  paras.forEach((p, k) => { if (bodyBoxes[k] === null) { tbl.push(p); } else { if (tbl.length) { parts.push(`<div class="tbl-wrap">${bodyHtml(tbl.join('\n'))}</div>`); tbl = []; } parts.push(bodyBoxes[k]); } });
  if (tbl.length) parts.push(`<div class="tbl-wrap">${bodyHtml(tbl.join('\n'))}</div>`);
  const dateTxt = opt.dateMode === 'title' ? '' : `<div style="position:relative;width:600px;height:24px"><p style="font-size:13px;color:#888"><span>${dot(r.date)}</span></p></div>`;
  const h = opt.dateMode === 'title' ? `【${slash(r.date)}】${r.title}` : r.title;
  return `<!DOCTYPE html><html lang="ja"><head><meta ${opt.charsetLabel === 'UTF-8' ? 'charset="UTF-8"' : `http-equiv="Content-Type" content="text/html; charset=${opt.charsetLabel}"`}>
<title>${esc(h)} - ${esc(r.org)}</title>
${opt.og ? `<meta property="og:site_name" content="${esc(r.org)}"><meta property="og:title" content="${esc(h)}">` : ''}
<style>${CSS_BASE}.cc-m-all{position:relative}#cc-nav{position:sticky;top:0;background:#333;color:#fff;padding:8px}.j-cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:8px;font-size:12px}</style>
<script>var jimdoData={"isTestserver":false,"websiteId":"s${d.num(100000, 999999)}","pageId":${d.num(1000000, 9999999)}};</script>
</head><body class="jimdo j-module-body">
<div id="cc-nav" class="j-nav"><div style="display:inline-block;width:220px"><img src="/s/logo.png" alt="${esc(r.org)}" style="height:32px"></div><span style="margin-left:20px"><a href="/" style="color:#fff">HOME</a>　<a href="/about/" style="color:#fff">ABOUT</a>　<a href="/news/" style="color:#fff">NEWS</a>　<a href="/shop/" style="color:#fff">SHOP</a>　<a href="/access/" style="color:#fff">ACCESS</a></span></div>
<div id="content_area" style="width:980px;margin:0 auto;display:flex;gap:24px"><div style="width:680px" class="cc-m-all">
<div id="cc-matrix-1" style="position:relative;width:680px"><div class="j-module n j-header"><h1 style="font-size:24px"><span><span style="font-weight:bold">${esc(h)}</span></span></h1></div>
${dateTxt}
<div class="j-module n j-text">${parts.join('\n')}</div>
<div class="j-module n j-hr"><hr></div>
<div class="j-module n j-text"><p><span style="font-size:13px">ご来店ポイント${d.num(2, 9)}倍デー開催中！</span><br><br><span style="font-size:13px">LINE友だち${comma(d.num(1500, 30000))}人突破</span></p></div></div></div>
<div style="width:260px" class="j-sidebar"><div class="j-module n j-header"><h2 style="font-size:16px"><span>NEWS</span></h2></div>${news.map((n) => `<div class="j-module n j-text"><p><span style="font-size:12px;color:#999">${dot(n.date)}</span><br><span style="font-size:13px">${n.title}</span></p></div>`).join('')}
<div class="j-module n j-text"><p><span style="font-size:12px">営業時間 10:00-19:00<br>定休日 水曜日</span></p></div></div></div>
<div id="contentfooter" style="background:#f2f2f2;padding:16px;text-align:center"><span style="font-size:12px">${esc(r.org)}</span><br><span style="font-size:12px">${ci.zip} ${ci.addr}</span><br><span style="font-size:12px">TEL ${ci.tel}</span><br><span style="font-size:11px">資本金 ${comma(d.mega(d.num(3, 99)))}円　創業 ${d.num(1951, 2015)}年</span><br><span style="font-size:11px">© ${esc(r.org)}</span></div>
<div class="j-cookie">当サイトではクッキーを使用しています。閲覧を続けることで同意したものとみなします。 <a href="#" style="color:#ffd">OK</a></div>
</body></html>`;
}

function styleMt(r, d, opt) { // Movable Type corporate news archive, year tabs, calendar widget
  const mod = d.after(); const ci = contact(d); const news = newsItems(d, 5);
  const y = r.date[0];
  const prev = { date: d.date(), title: '株主優待制度の変更に関するお知らせ' }, next = { date: d.after(), title: '役員人事に関するお知らせ' };
  const first = new Date(Date.UTC(y, r.date[1] - 1, 1)).getUTCDay(); const days = new Date(Date.UTC(y, r.date[1], 0)).getUTCDate();
  let cal = '<tr>' + '<td></td>'.repeat(first); for (let k = 1; k <= days; k++) { cal += `<td>${k}</td>`; if ((first + k) % 7 === 0) cal += '</tr><tr>'; } cal += '</tr>';
  const dateLine = opt.dateMode === 'week' ? `<p class="entry-date">${jd(r.date)}（${wd(r.date)}）</p>` : opt.dateMode === 'ldonly' ? '' : `<div class="entry-meta"><span class="date">掲載日：${jd(r.date)}</span></div>`;
  const bc = opt.dateMode === 'ldonly' ? `<a href="/">HOME</a> &gt; <a href="/news/">ニュースリリース</a> &gt; <a href="/news/${y}/">${y}年</a> &gt; ${esc(r.title)}` : `<a href="/">HOME</a> &gt; <a href="/news/">ニュースリリース</a> &gt; ${esc(r.title)}`;
  return `<!DOCTYPE html><html lang="ja"><head><meta ${opt.charsetLabel === 'UTF-8' ? 'charset="UTF-8"' : `http-equiv="Content-Type" content="text/html; charset=${opt.charsetLabel}"`}>
<meta name="generator" content="Movable Type Pro 7.9">
<title>${esc(r.title)} - ニュースリリース - ${esc(r.org)}</title>
${opt.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}
${opt.ld || opt.dateMode === 'ldonly' ? jsonLd(r, d, mod) : ''}
<style>${CSS_BASE}#container{max-width:1000px;margin:auto}#content{display:flex;gap:24px}#alpha{flex:1}#beta{width:240px;font-size:13px}.year-tab li{display:inline-block;border:1px solid #aaa;padding:2px 10px}.entry-asset{margin:16px 0}</style>
</head><body id="mt-news" class="mt-entry-archive">
<div id="container"><div id="header"><div id="header-inner"><div id="header-name"><a href="/"><img src="/images/logo.png" alt="${esc(r.org)}"></a></div><div id="header-description">ニュースリリース</div>
<ul id="global-nav"><li><a href="/company/">企業情報</a></li><li><a href="/products/">製品情報</a></li><li><a href="/ir/">IR情報</a></li><li><a href="/news/">ニュースリリース</a></li><li><a href="/csr/">サステナビリティ</a></li></ul></div></div>
<div id="topicpath">${bc}</div>
<div id="content"><div id="alpha"><div id="alpha-inner">
<ul class="year-tab">${[y, y - 1, y - 2, y - 3].map((yy) => `<li${yy === y ? ' class="current"' : ''}><a href="/news/${yy}/">${yy}年</a></li>`).join('')}</ul>
<div id="entry-${d.num(100, 9999)}" class="entry-asset asset hentry"><div class="asset-header"><h1 id="page-title" class="asset-name entry-title">${esc(r.title)}</h1>${dateLine}</div>
<div class="asset-content entry-content"><div class="asset-body">
${bodyHtml(r.body)}
</div></div>
<div class="asset-footer"><div class="entry-categories"><span>カテゴリ：</span><a href="#">お知らせ</a></div><div class="entry-tags"><span>タグ：</span><a href="#">重要</a>, <a href="#">${y}</a></div></div></div>
<div class="content-nav"><a href="#" rel="prev">&laquo; ${prev.title}（${dot(prev.date)}）</a> | <a href="/news/">ニュースリリース一覧</a> | <a href="#" rel="next">${next.title}（${dot(next.date)}） &raquo;</a></div>
</div></div>
<div id="beta"><div class="widget-calendar widget"><h3 class="widget-header">${y}年${r.date[1]}月</h3><table summary="投稿されたエントリーへのリンク付きカレンダー"><tr><th>日</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr>${cal}</table></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のニュースリリース</h3><ul>${news.map((n) => `<li><span class="date">${y === n.date[0] ? `${n.date[1]}月${n.date[2]}日` : jd(n.date)}</span> <a href="#">${n.title}</a></li>`).join('')}</ul></div>
<div class="widget-archive widget"><h3 class="widget-header">月別アーカイブ</h3><ul>${archiveMonths(r).map(([yy, m]) => `<li><a href="#">${yy}年${m}月 (${d.num(1, 12)})</a></li>`).join('')}</ul></div></div></div>
<div id="footer"><div id="footer-inner"><p>${esc(r.org)}　本社：${ci.zip} ${ci.addr}　TEL：${ci.tel}</p><p>資本金 ${comma(d.num(100, 9800))}百万円　従業員数（連結）${comma(d.num(300, 12000))}名</p><p class="copyright">Copyright &copy; ${y} ${esc(r.org)} All rights reserved.</p></div></div></div>
</body></html>`;
}

function styleNext(r, d, opt) { // Next.js pages router, styled-components hashed classes, __NEXT_DATA__
  const mod = d.after(); const ci = contact(d); const news = newsItems(d, 5);
  const h = () => Math.floor(rnd() * 2 ** 32).toString(36).slice(0, 6);
  const sc = {}; for (const k of ['wrap', 'head', 'logo', 'search', 'main', 'title', 'date', 'body', 'side', 'foot', 'item']) sc[k] = `sc-${h()} ${h()}${h()}`.replace(/\d/g, (c) => 'abcdefghij'[c]);
  const dateEl = opt.dateMode === 'ldonly' ? '' : `<p class="${sc.date}"><time datetime="${iso(r.date)}T09:00:00.000Z">${slash(r.date)}</time></p>`;
  const nextData = { props: { pageProps: { article: { slug: `news-${iso(r.date).replace(/-/g, '')}`, title: r.title, publishedAt: iso(r.date), updatedAt: iso(mod), viewCount: d.num(2000, 90000) }, sidebar: news.map((n) => ({ date: iso(n.date), title: n.title })) }, __N_SSG: true }, page: '/news/[slug]', query: { slug: 'x' }, buildId: h() + h(), isFallback: false, gsp: true };
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${esc(r.title)}｜${esc(r.org)}</title>
${opt.og ? `<meta property="og:site_name" content="${esc(r.org)}"/><meta property="og:title" content="${esc(r.title)}"/>` : ''}
${opt.ld || opt.dateMode === 'ldonly' ? jsonLd(r, d, mod) : ''}
<style data-styled="active" data-styled-version="5.3.11">${CSS_BASE}.${sc.wrap.split(' ')[1]}{max-width:1080px;margin:auto}.${sc.main.split(' ')[1]}{display:grid;grid-template-columns:1fr 260px;gap:32px}.${sc.head.split(' ')[1]}{position:sticky;top:0;background:#0b1f3a;color:#fff;padding:12px 24px;display:flex;justify-content:space-between}</style>
</head><body><div id="__next"><div class="${sc.wrap}">
<header class="${sc.head}"><a href="/" class="${sc.logo}"><img alt="${esc(r.org)}" src="/_next/static/media/logo.svg" width="160" height="32"/></a><nav><a href="/about">企業情報</a> <a href="/service">サービス</a> <a href="/news">ニュース</a> <a href="/contact">お問い合わせ</a></nav><form class="${sc.search}" role="search"><input type="search" placeholder="サイト内検索"/></form></header>
<nav aria-label="breadcrumb"><ol><li><a href="/">TOP</a></li><li><a href="/news">ニュース</a></li><li>${esc(r.title)}</li></ol></nav>
<div class="${sc.main}"><main><article><h1 class="${sc.title}">${esc(r.title)}</h1>${dateEl}
<div class="${sc.body}">
${bodyHtml(r.body)}
</div></article></main>
<aside class="${sc.side}"><h2>最新ニュース</h2><ul>${news.map((n) => `<li class="${sc.item}"><span>${dot(n.date)}</span><a href="#">${n.title}</a></li>`).join('')}</ul><div>導入企業数 ${comma(d.num(300, 9000))}社</div></aside></div>
<footer class="${sc.foot}"><p>${esc(r.org)}</p><p>${ci.zip} ${ci.addr}</p><p>設立：${d.num(1970, 2019)}年　従業員数：${d.num(30, 2400)}名</p><small>© ${r.date[0]} ${esc(r.org)}</small></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script>
</body></html>`;
}

function styleBs(r, d, opt) { // Bootstrap 3 CMS: jumbotron, breadcrumb bar, panels
  const mod = d.after(); const ci = contact(d); const news = newsItems(d, 4); const rel = newsItems(d, 3);
  const dateLine = opt.dateMode === 'bconly' ? '' : `<p class="text-muted small"><span class="glyphicon glyphicon-calendar"></span> 投稿日：${jd(r.date)}　<span class="glyphicon glyphicon-refresh"></span> 更新日：${jd(mod)}</p>`;
  const bcDate = opt.dateMode === 'bconly' ? `<li><a href="/news/${r.date[0]}/">${r.date[0]}年${r.date[1]}月${r.date[2]}日</a></li>` : '';
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.org)}｜${esc(r.title)}</title>
${opt.og ? `<meta property="og:site_name" content="${esc(r.org)}">` : ''}
${opt.ld ? jsonLd(r, d, mod) : ''}
<link href="/css/bootstrap.min.css" rel="stylesheet">
<style>${CSS_BASE}.navbar{background:#243447;color:#fff;padding:10px 20px}.jumbotron{background:#e9eef3;padding:24px}.container{max-width:1100px;margin:auto}.row{display:flex;gap:24px}.col-md-8{flex:2}.col-md-4{flex:1}.panel{border:1px solid #ddd;margin-bottom:16px}.panel-heading{background:#f5f5f5;padding:6px 10px}.breadcrumb li{display:inline;margin-right:8px}.alert-cookie{position:fixed;top:0;left:0;right:0;background:#fffbe6;border-bottom:1px solid #e6c200;padding:6px;font-size:12px;z-index:9}</style>
</head><body>
<div class="alert alert-cookie alert-dismissible">本サイトはCookieを利用しています。詳しくはプライバシーポリシーをご覧ください。<button type="button" class="close">同意する</button></div>
<nav class="navbar navbar-inverse navbar-static-top"><div class="container"><a class="navbar-brand" href="/"><img src="/img/logo.png" alt="${esc(r.org)}" height="30"></a><ul class="nav navbar-nav"><li><a href="/">ホーム</a></li><li><a href="/about/">法人概要</a></li><li class="active"><a href="/news/">新着情報</a></li><li><a href="/access/">アクセス</a></li></ul></div></nav>
<div class="jumbotron"><div class="container"><h2>新着情報</h2><p>学生数 ${comma(d.num(800, 12000))}名・卒業生${comma(d.num(20000, 90000))}名のネットワーク</p></div></div>
<div class="container"><ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/news/">新着情報</a></li>${bcDate}<li class="active">${esc(r.title)}</li></ol>
<div class="row"><div class="col-md-8"><div class="page-header"><h1>${esc(r.title)}</h1></div>${dateLine}
<div class="entry-body">
${bodyHtml(r.body)}
</div>
<div class="panel panel-default"><div class="panel-heading">関連するお知らせ</div><div class="list-group">${rel.map((n) => `<a href="#" class="list-group-item"><span class="badge">${slash(n.date)}</span>${n.title}</a>`).join('')}</div></div>
<ul class="pager"><li class="previous"><a href="#">&larr; 前の記事</a></li><li class="next"><a href="#">次の記事 &rarr;</a></li></ul></div>
<div class="col-md-4"><div class="panel panel-primary"><div class="panel-heading">お知らせ</div><ul class="list-group">${news.map((n) => `<li class="list-group-item"><small>${jd(n.date)}</small><br>${n.title}</li>`).join('')}</ul></div>
<div class="panel panel-default"><div class="panel-heading">オープンキャンパス</div><div class="panel-body">開催日：${jd(d.date(90))}<br>定員${d.num(50, 400)}名（要予約）</div></div></div></div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-sm-3"><h4>法人概要</h4><p>${esc(r.org)}<br>${ci.zip}<br>${ci.addr}</p></div><div class="col-sm-3"><h4>お問い合わせ</h4><p>TEL ${ci.tel}<br>FAX ${ci.fax}</p></div><div class="col-sm-3"><h4>リンク</h4><p><a href="#">採用情報</a><br><a href="#">個人情報保護方針</a></p></div><div class="col-sm-3"><h4>データ</h4><p>設立 ${d.num(1900, 1999)}年<br>教職員数 ${d.num(40, 900)}名</p></div></div>
<p class="text-center">Copyright &copy; ${r.date[0]} ${esc(r.org)} All Rights Reserved.</p></div></footer>
</body></html>`;
}

// ---------- Word-style document ----------
function docHtml(r, d, opt) {
  const ci = { };
  const dateStr = opt.reiwa ? reiwa(r.date) : jd(r.date);
  const addressee = pick(['お客様各位', '関係者各位', 'お取引先各位']);
  const heads = []; let n = 0;
  const body = r.body.split('\n').filter((x) => x.trim());
  // group into numbered headings every few paragraphs
  const chunks = []; for (let i = 0; i < body.length; i += 3) chunks.push(body.slice(i, i + 3).join('\n'));
  const parts = chunks.map((c, k) => k === 0 ? bodyHtml(c) : `<h2>${k}．${pick(['経緯', '概要', '対応状況', '今後の対応', '影響範囲'])}</h2>${bodyHtml(c)}`);
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(r.title)}</title>
<style>@page{size:A4;margin:25mm 22mm 20mm 22mm;@bottom-center{content:"- " counter(page) " -";font-size:10pt}}body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.75;margin:0}.right{text-align:right}.center{text-align:center}h1{font-size:14pt;text-align:center;margin:18px 0}h2{font-size:11pt;margin:14px 0 4px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:3px 6px;vertical-align:top}.lh{border-bottom:2px solid #333;font-family:"Noto Sans CJK JP";font-size:16pt;letter-spacing:0.2em;margin-bottom:12px}</style></head><body>
${opt.letterhead ? `<div class="lh">${esc(r.org)}</div>` : ''}
<p class="right">${dateStr}</p>
<p>${addressee}</p>
<p class="right">${esc(r.org)}<br>${pick(['代表取締役社長', '理事長', '代表取締役', '院長'])}　${pick(['山田 太郎', '佐藤 一郎', '鈴木 健', '高橋 誠'])}</p>
<h1>${esc(r.title)}</h1>
${parts.join('\n')}
<p class="right">以上</p>
</body></html>`;
}

// ---------- encoding ----------
function encode(html, enc) {
  if (enc === 'utf-8') return Buffer.from(html, 'utf8');
  const ic = enc === 'shift_jis' ? 'CP932' : 'EUC-JP';
  const chars = [...new Set([...html].filter((c) => c.codePointAt(0) > 127))];
  const probe = chars.join('\n') + '\n';
  const back = execFileSync('iconv', ['-f', ic, '-t', 'UTF-8'], { input: execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', ic], { input: probe }) }).toString('utf8').split('\n');
  const bad = new Set(chars.filter((c, i) => back[i] !== c));
  const fixed = [...html].map((c) => bad.has(c) ? `&#${c.codePointAt(0)};` : c).join('');
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', ic], { input: fixed, maxBuffer: 1 << 26 });
}

// ---------- assign styles ----------
const STYLES = ['wp', 'table', 'divsoup', 'mt', 'next', 'bs'];
const plan = [];
for (let i = 0; i < 40; i++) plan.push(STYLES[i % 6]);
shuffle(plan);
// legacy encodings: all 'table' pages (7), plus 3 mt and 2 divsoup
let mtL = 0, dsL = 0;
const SIZES = ['A4', 'B5', 'Letter', 'A4 landscape'];
const DATE_MODES = { wp: ['plain', 'time'], table: ['plain', 'reiwa'], divsoup: ['plain', 'title'], mt: ['plain', 'week', 'ldonly'], next: ['plain', 'ldonly'], bs: ['plain', 'bconly'] };
const docIdx = new Set(shuffle([...Array(40).keys()]).slice(0, 10));
const manifest = []; const origin = [];
chosen.forEach((r, i) => {
  const id = `g${pad(i + 1)}`;
  const style = plan[i];
  let enc = 'utf-8';
  if (style === 'table') enc = rnd() < 0.5 ? 'shift_jis' : 'euc-jp';
  if (style === 'mt' && mtL < 3) { enc = mtL % 2 ? 'shift_jis' : 'euc-jp'; mtL++; }
  if (style === 'divsoup' && dsL < 2) { enc = dsL ? 'euc-jp' : 'shift_jis'; dsL++; }
  const opt = { og: rnd() < 0.55, ld: rnd() < 0.4, dateMode: pick(DATE_MODES[style]), charsetLabel: enc === 'utf-8' ? 'UTF-8' : enc === 'shift_jis' ? 'Shift_JIS' : 'EUC-JP' };
  if (opt.dateMode === 'ldonly') opt.ld = true;
  const d = mkDecoy(r);
  const html = { wp: styleWp, table: styleTable, divsoup: styleDivsoup, mt: styleMt, next: styleNext, bs: styleBs }[style](r, d, opt);
  const src = r.md.replace(/# 事案ID\n[\s\S]*?(?=\n# |$)/, '').replace(/# 公表種別\n[\s\S]*?(?=\n# |$)/, '').replace(/\n{3,}/g, '\n\n');
  fs.writeFileSync(path.join(OUT, 'sources', `${id}.md`), src);
  const htmlRel = `html/${style}-${id}.html`;
  fs.writeFileSync(path.join(OUT, htmlRel), encode(html, enc));
  let doc = null;
  if (docIdx.has(i)) { doc = `doc/doc-${id}.pdf`; fs.writeFileSync(path.join(OUT, 'doc-src', `doc-${id}.html`), docHtml(r, d, { reiwa: rnd() < 0.5, letterhead: rnd() < 0.5 })); }
  origin.push(`${id}\t${r.rel}`);
  manifest.push({ id, archive: r.rel, source: `sources/${id}.md`, html: htmlRel, style, encoding: enc, pdf: `pdf/${style}-${id}.pdf`, pdfPage: pick(SIZES), doc, org: r.org, title: r.title, publishedAt: iso(r.date),
    metadata: { ogSiteName: opt.og, jsonLd: !!opt.ld }, dateMode: opt.dateMode,
    decoyValues: [...d.values].sort((a, b) => a - b), decoyDates: [...d.dates].sort(), decoyOther: d.other });
});
fs.writeFileSync(path.join(OUT, 'ORIGIN.txt'), origin.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
const cnt = {}; for (const m of manifest) cnt[m.style + '/' + m.encoding] = (cnt[m.style + '/' + m.encoding] || 0) + 1;
console.log(cnt, 'docs', manifest.filter((m) => m.doc).length);
