// Blind page set F (issue #12): 40 archive releases rendered as news pages in six site stacks that the
// earlier sets did not use (WP classic + Elementor, a hospital/municipal table CMS in Shift_JIS, a
// Wix-like builder export, Movable Type with a mega-menu in EUC-JP, Next.js App Router with RSC payload
// scripts, a Bootstrap 4 portal), plus 10 Word-style documents. Deterministic: same seed, same files.
// Run: node scripts/make-pages-f.mjs && node scripts/print-pages-f.mjs
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { mulberry32 } from './seededRandom.mjs';

const SEED = 0x5f1e2026;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ARCHIVE = path.resolve(ROOT, '../shared/archive');
const OUT = path.join(ROOT, 'fixtures/pages-f');
const BUILD = '/tmp/pages-f-build';
const rng = mulberry32(SEED);
const pick = (a) => a[Math.floor(rng() * a.length)];
const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

// ---------- choose releases ----------
const used = new Set();
for (const s of ['b', 'c', 'd', 'e']) {
  for (const line of fs.readFileSync(path.join(ROOT, `fixtures/pages-${s}/ORIGIN.txt`), 'utf8').split('\n')) {
    const rel = line.split('\t')[1];
    if (rel) used.add(rel.trim());
  }
}
function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}
function stripSections(md) {
  // drop the archive's own bookkeeping sections, which a real page never shows
  const lines = md.split('\n');
  const out = [];
  let skip = false;
  for (const l of lines) {
    if (/^#\s/.test(l)) skip = /^#\s*(事案ID|公表種別)\s*$/.test(l);
    if (!skip) out.push(l);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
function parseRelease(md) {
  const m = md.match(/^#\s*公表概要\s*\n([\s\S]*?)(?=\n#\s)/);
  if (!m) return null;
  const bullets = m[1].split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
  if (bullets.length < 3) return null;
  const [title, dateLine, org] = bullets;
  const dm = dateLine.match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/) || dateLine.match(/^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/);
  if (!dm || !title || !org || org.length > 40) return null;
  const bi = md.search(/^#\s*本文\s*$/m);
  if (bi < 0) return null;
  const body = md.slice(bi).replace(/^#\s*本文\s*\n/, '');
  return { title, org, y: +dm[1], mo: +dm[2], d: +dm[3], body };
}
const all = walk(ARCHIVE).map((p) => path.relative(ARCHIVE, p));
const candidates = [];
for (const rel of all) {
  if (used.has(rel) || rel.startsWith('scripts')) continue;
  const md = stripSections(fs.readFileSync(path.join(ARCHIVE, rel), 'utf8'));
  const r = parseRelease(md);
  if (!r || r.body.trim().length < 400) continue;
  candidates.push({ rel, md, ...r });
}
for (let i = candidates.length - 1; i > 0; i--) {
  const j = Math.floor(rng() * (i + 1));
  [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
}
const chosen = [];
const seenOrgTitle = new Set();
for (const c of candidates) {
  const k = c.org + c.title;
  if (seenOrgTitle.has(k)) continue;
  seenOrgTitle.add(k);
  chosen.push(c);
  if (chosen.length === 40) break;
}

// ---------- helpers ----------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n) => String(n).padStart(2, '0');
const WD = ['日', '月', '火', '水', '木', '金', '土'];
const iso = (t) => `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
const F = {
  ja: (t) => `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日`,
  jaW: (t) => `${F.ja(t)}（${WD[t.getUTCDay()]}）`,
  ja0: (t) => `${t.getUTCFullYear()}年${pad(t.getUTCMonth() + 1)}月${pad(t.getUTCDate())}日`,
  dot: (t) => `${t.getUTCFullYear()}.${pad(t.getUTCMonth() + 1)}.${pad(t.getUTCDate())}`,
  slash: (t) => `${t.getUTCFullYear()}/${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())}`,
  reiwa: (t) => `令和${t.getUTCFullYear() - 2018}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日`,
  R: (t) => `R${t.getUTCFullYear() - 2018}.${t.getUTCMonth() + 1}.${t.getUTCDate()}`,
  ym: (t) => `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月`,
};
const comma = (n) => n.toLocaleString('en-US');

function normDigits(s) {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/(\d)[,，](?=\d{3})/g, '$1');
}

// Decoys: every number / date placed in the chrome, none the release itself states.
class Decoys {
  constructor(release, pub) {
    const t = normDigits(release.md);
    this.nums = new Set((t.match(/\d+/g) || []).map(Number));
    this.text = t;
    this.pub = pub;
    this.values = [];
    this.dates = [];
    this.other = [];
  }
  n(lo, hi) {
    for (;;) {
      const v = int(lo, hi);
      if (this.nums.has(v) || this.values.includes(v)) continue;
      this.values.push(v);
      return v;
    }
  }
  d(lo, hi) {
    for (;;) {
      const t = new Date(this.pub.getTime() + int(lo, hi) * 86400000);
      const md = `${t.getUTCMonth() + 1}月${t.getUTCDate()}日`;
      if (iso(t) === iso(this.pub) || this.dates.includes(iso(t)) || this.text.includes(md)) continue;
      this.dates.push(iso(t));
      return t;
    }
  }
  o(s) {
    this.other.push(s);
    return s;
  }
}

// ---------- Markdown body → HTML ----------
function inline(s) {
  const brs = [];
  let t = s.replace(/<br\s*\/?>/gi, () => `\u0000${brs.push(1)}\u0000`);
  t = esc(t).replace(/\u0000\d+\u0000/g, '<br>');
  t = t.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
  t = t.replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
  return t;
}
function mdToBlocks(body) {
  const lines = body.split('\n');
  const blocks = [];
  let para = [];
  const flush = () => {
    if (para.length) blocks.push({ t: 'p', text: para.join('') });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\s+$/, '');
    const l = raw.trim();
    if (!l) { flush(); continue; }
    let m;
    if ((m = l.match(/^(#{1,6})\s*(.+)$/))) { flush(); blocks.push({ t: 'h', level: m[1].length <= 2 ? 2 : 3, text: m[2] }); continue; }
    if (/^\|/.test(l)) {
      flush();
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) {
        const r = lines[i].trim();
        if (!/^\|[\s:|-]+\|?$/.test(r)) rows.push(r.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
        i++;
      }
      i--;
      blocks.push({ t: 'table', rows });
      continue;
    }
    if ((m = l.match(/^[-*+]\s+(.*)$/))) {
      flush();
      const last = blocks[blocks.length - 1];
      if (last && last.t === 'ul' && last.open) last.items.push(m[1]);
      else blocks.push({ t: 'ul', items: [m[1]], open: true });
      continue;
    }
    if ((m = l.match(/^(\d+)[.)]\s+(.*)$/))) {
      flush();
      const last = blocks[blocks.length - 1];
      if (last && last.t === 'ol' && last.open) last.items.push(m[2]);
      else blocks.push({ t: 'ol', items: [m[2]], start: +m[1], open: true });
      continue;
    }
    if ((m = l.match(/^([^\s：:。、]{1,14})[：:]\s*(\S.{0,80})$/)) && !/[。]$/.test(m[2])) {
      flush();
      const last = blocks[blocks.length - 1];
      if (last && last.t === 'dl' && last.open) last.items.push([m[1], m[2]]);
      else blocks.push({ t: 'dl', items: [[m[1], m[2]]], open: true });
      continue;
    }
    if (l === '記' || l === '以上') { flush(); blocks.push({ t: l === '記' ? 'ki' : 'ijo', text: l }); continue; }
    // a paragraph line closes any open list (a blank line would too)
    const last = blocks[blocks.length - 1];
    if (last && last.open && !para.length) last.open = false;
    para.push(l);
  }
  flush();
  // a single label line is just a paragraph
  return blocks.map((b) => (b.t === 'dl' && b.items.length === 1 ? { t: 'p', text: `${b.items[0][0]}：${b.items[0][1]}` } : b));
}
function blocksToHtml(blocks, o = {}) {
  const pc = o.p ? ` class="${o.p}"` : '';
  const out = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'p': out.push(`<p${pc}>${o.span ? o.span(b.text) : inline(b.text)}</p>`); break;
      case 'h': out.push(`<h${b.level + (o.hShift || 0)}${o.h ? ` class="${o.h}"` : ''}>${inline(b.text)}</h${b.level + (o.hShift || 0)}>`); break;
      case 'ul': out.push(`<ul>\n${b.items.map((x) => `<li>${inline(x)}</li>`).join('\n')}\n</ul>`); break;
      case 'ol': out.push(`<ol${b.start !== 1 ? ` start="${b.start}"` : ''}>\n${b.items.map((x) => `<li>${inline(x)}</li>`).join('\n')}\n</ol>`); break;
      case 'dl': out.push(`<dl${o.dl ? ` class="${o.dl}"` : ''}>\n${b.items.map(([k, v]) => `<dt>${inline(k)}</dt><dd>${inline(v)}</dd>`).join('\n')}\n</dl>`); break;
      case 'table': {
        const [head, ...rows] = b.rows;
        out.push(`<table${o.table ? ` class="${o.table}"` : ''}>\n<thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody>\n</table>`);
        break;
      }
      case 'ki': out.push(`<p style="text-align:center">記</p>`); break;
      case 'ijo': out.push(`<p style="text-align:right">以上</p>`); break;
    }
  }
  return out.join('\n');
}

// ---------- site data ----------
const PREFS = [['東京都', '千代田区神田錦町', '03'], ['大阪府', '大阪市北区梅田', '06'], ['愛知県', '名古屋市中区錦', '052'], ['福岡県', '福岡市中央区天神', '092'], ['北海道', '札幌市中央区北一条西', '011'], ['宮城県', '仙台市青葉区本町', '022'], ['広島県', '広島市中区基町', '082'], ['静岡県', '静岡市葵区追手町', '054']];
function kindOf(org) {
  if (/病院|医療|クリニック|医師会|診療所|医科|歯科|メディカル|ヘルスケア/.test(org)) return 'hospital';
  if (/大学|学校|学園|高校|高等学校|中学|小学校|教育委員会/.test(org)) return 'school';
  if (/[都道府県市町村区省]$|役所|役場|庁$/.test(org)) return 'municipal';
  if (/機構|協会|組合|財団|連合会|社団/.test(org)) return 'public';
  return 'company';
}
function siteData(D, org) {
  const [pref, city, area] = pick(PREFS);
  const zip = D.o(`〒${int(100, 998)}-${pad(int(0, 99))}${pad(int(0, 99))}`);
  const addr = D.o(`${pref}${city}${int(1, 5)}丁目${int(1, 20)}番${int(1, 30)}号`);
  const tel = D.o(`${area}-${int(1000, 9999)}-${int(1000, 9999)}`.replace(/^(\d{3})-(\d{4})/, '$1-$2'));
  const fax = D.o(`${area}-${int(1000, 9999)}-${int(1000, 9999)}`);
  const kind = kindOf(org);
  const facts = [];
  if (kind === 'hospital') {
    facts.push(['病床数', `${D.n(120, 680)}床`], ['診療科', `${D.n(14, 38)}科`], ['職員数', `${comma(D.n(300, 1900))}名`]);
  } else if (kind === 'school') {
    facts.push(['学生数', `${comma(D.n(2100, 18000))}名`], ['教員数', `${D.n(110, 900)}名`], ['創立', `${D.n(1890, 1975)}年`]);
  } else if (kind === 'municipal') {
    facts.push(['人口', `${comma(D.n(21000, 1500000))}人`], ['世帯数', `${comma(D.n(9000, 700000))}世帯`], ['職員数', `${comma(D.n(400, 9000))}人`]);
  } else if (kind === 'public') {
    facts.push(['会員数', `${comma(D.n(1200, 48000))}名`], ['職員数', `${D.n(40, 420)}名`], ['設立', `${D.n(1950, 2008)}年`]);
  } else {
    facts.push(['設立', `${D.n(1948, 2012)}年`], ['資本金', `${comma(D.n(30, 9800))}百万円`], ['従業員数', `${comma(D.n(120, 8600))}名（連結）`]);
  }
  return { zip, addr, tel, fax, kind, facts, year: 2026 };
}
const NEWS = ['年末年始休業のお知らせ', '夏季休業期間のご案内', 'ホームページをリニューアルしました', '新サービス提供開始のお知らせ', '健康経営優良法人に認定されました', '採用情報を更新しました', '電話回線メンテナンスのお知らせ', '個人情報保護方針改定のお知らせ', '展示会出展のご案内', '定時株主総会招集ご通知', '地域清掃活動に参加しました', '価格改定のお知らせ', '外来診療日程変更のお知らせ', '見学会開催のお知らせ', '公開講座のご案内', 'インフルエンザ予防接種のご案内', 'システムメンテナンスに伴うサービス停止について', 'お客様アンケート結果のご報告'];
const CATS = ['お知らせ', 'プレスリリース', 'イベント', 'IR情報', '採用', '重要なお知らせ', 'メディア掲載'];
function newsList(D, k, lo = -200, hi = -2) {
  const items = [];
  const titles = [...NEWS].sort(() => rng() - 0.5);
  for (let i = 0; i < k; i++) items.push({ t: D.d(lo, hi), title: titles[i % titles.length] });
  return items.sort((a, b) => b.t - a.t);
}
function archiveMonths(D, pub, k) {
  const out = [];
  for (let i = 0; i < k; i++) {
    const t = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - i, 1));
    out.push({ label: F.ym(t), n: D.n(2, 19) });
  }
  return out;
}

// ---------- styles ----------
function elementor(c) {
  const { D, org, title, pub, site } = c;
  const upd = D.d(3, 40);
  const side = newsList(D, 5);
  const rel = newsList(D, 3, -120, -5);
  const [prev, next] = [newsList(D, 1, -60, -1)[0], newsList(D, 1, 1, 30)[0]];
  const arch = archiveMonths(D, pub, 6);
  const share = [D.n(11, 80), D.n(3, 40)];
  const rank = [D.n(1200, 9000), D.n(300, 1100)];
  const og = c.i % 2 === 0;
  const ld = c.i % 3 !== 1;
  return `<!DOCTYPE html>
<html lang="ja" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | ${esc(org)}</title>
${og ? `<meta property="og:site_name" content="${esc(org)}">\n<meta property="og:type" content="article">\n<meta property="og:title" content="${esc(title)}">\n<meta property="article:published_time" content="${iso(pub)}T09:00:00+09:00">` : ''}
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
${ld ? `<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Article', headline: title, datePublished: `${iso(pub)}T09:00:00+09:00`, dateModified: `${iso(upd)}T17:12:40+09:00`, publisher: { '@id': '#organization' }, wordCount: D.n(600, 4000) }, { '@type': 'Organization', '@id': '#organization', name: org, logo: { '@type': 'ImageObject', width: 600, height: 120 } }] })}</script>` : ''}
<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#333;font-size:15px;line-height:1.8}
.elementor-section{width:100%}.elementor-container{max-width:1140px;margin:0 auto;display:flex}
.elementor-column{padding:10px;box-sizing:border-box}.elementor-col-66{width:68%}.elementor-col-33{width:32%}
.site-header{background:#0b3d6e;color:#fff}.site-header a{color:#fff;text-decoration:none;margin-right:18px}
.topbar{background:#082b4e;color:#cde;font-size:12px;padding:4px 0}
.elementor-post-info{list-style:none;padding:0;color:#777;font-size:13px;display:flex;gap:16px}
.elementor-widget-sidebar h3{border-bottom:2px solid #0b3d6e;font-size:16px}
.elementor-widget-sidebar ul{list-style:none;padding:0;font-size:13px}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px}
.cli-bar{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;font-size:12px;padding:8px 20px}
.site-footer{background:#f1f3f5;font-size:13px;margin-top:40px}
</style>
</head>
<body class="post-template-default single single-post postid-${D.n(1200, 9800)} elementor-default elementor-kit-7">
<div class="topbar"><div class="elementor-container">お電話でのお問い合わせ　TEL ${esc(site.tel)}（受付時間 9:00〜17:30 土日祝除く）</div></div>
<header class="site-header elementor elementor-${D.n(20, 99)}" data-elementor-type="header">
<section class="elementor-section"><div class="elementor-container">
<div class="elementor-column elementor-col-33"><div class="elementor-widget elementor-widget-theme-site-logo"><a href="/"><img src="/wp-content/uploads/logo.svg" alt="${esc(org)}" width="220" height="48"></a></div></div>
<div class="elementor-column elementor-col-66"><nav class="elementor-nav-menu--main"><a href="/">ホーム</a><a href="/about/">${site.kind === 'hospital' ? '病院案内' : site.kind === 'school' ? '大学案内' : '会社案内'}</a><a href="/service/">事業紹介</a><a href="/news/">お知らせ</a><a href="/recruit/">採用情報</a><a href="/contact/">お問い合わせ</a></nav></div>
</div></section>
</header>
<div data-elementor-type="single-post" class="elementor elementor-location-single">
<section class="elementor-section"><div class="elementor-container">
<div class="elementor-column elementor-col-66">
<div class="elementor-widget elementor-widget-breadcrumbs"><p id="breadcrumbs"><span><a href="/">ホーム</a></span> » <span><a href="/category/news/">お知らせ</a></span> » <span class="breadcrumb_last">${esc(title)}</span></p></div>
<div class="elementor-widget elementor-widget-theme-post-title"><h1 class="elementor-heading-title elementor-size-default">${esc(title)}</h1></div>
<div class="elementor-widget elementor-widget-post-info"><ul class="elementor-post-info">
<li class="elementor-post-info__item--type-date">投稿日：${F.jaW(pub)}</li>
<li class="elementor-post-info__item--type-time">最終更新日：${F.ja(upd)}</li>
<li class="elementor-post-info__item--type-terms"><a href="/category/news/">お知らせ</a></li>
</ul></div>
<div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${c.bodyHtml}
</div></div>
<div class="elementor-widget elementor-widget-share-buttons"><div class="elementor-share-buttons">シェアする：<span class="elementor-share-btn__title">Facebook</span> <span class="count">${share[0]}</span>　<span class="elementor-share-btn__title">X</span> <span class="count">${share[1]}</span>　<span>LINE</span></div></div>
<div class="elementor-widget elementor-widget-post-navigation"><div class="elementor-post-navigation">
<div class="elementor-post-navigation__prev"><a href="/news/p${D.n(100, 999)}/" rel="prev"><span class="post-navigation__prev--label">前の記事</span><span class="post-navigation__prev--title">${esc(prev.title)}（${F.dot(prev.t)}）</span></a></div>
<div class="elementor-post-navigation__next"><a href="/news/p${D.n(100, 999)}/" rel="next"><span class="post-navigation__next--label">次の記事</span><span class="post-navigation__next--title">${esc(next.title)}（${F.dot(next.t)}）</span></a></div>
</div></div>
<div class="elementor-widget elementor-widget-posts"><h2 class="elementor-heading-title">関連記事</h2><div class="elementor-posts-container">
${rel.map((r) => `<article class="elementor-post"><div class="elementor-post__meta-data"><span class="elementor-post-date">${F.ja(r.t)}</span></div><h3 class="elementor-post__title"><a href="#">${esc(r.title)}</a></h3></article>`).join('\n')}
</div></div>
</div>
<div class="elementor-column elementor-col-33">
<div class="elementor-widget elementor-widget-sidebar">
<section class="widget widget_search"><form role="search"><input type="search" placeholder="サイト内検索"><button>検索</button></form></section>
<section class="widget widget_recent_entries"><h3>新着情報</h3><ul>
${side.map((s) => `<li><a href="#">${esc(s.title)}</a> <span class="post-date">${F.ja(s.t)}</span></li>`).join('\n')}
</ul></section>
<section class="widget widget_archive"><h3>アーカイブ</h3><ul>
${arch.map((a) => `<li><a href="#">${a.label}</a>&nbsp;(${a.n})</li>`).join('\n')}
</ul></section>
<section class="widget widget_categories"><h3>カテゴリー</h3><ul>
${CATS.slice(0, 4).map((k) => `<li><a href="#">${k}</a> (${D.n(3, 60)})</li>`).join('\n')}
</ul></section>
<section class="widget widget_wpp"><h3>人気記事ランキング</h3><ol>
<li><a href="#">${esc(NEWS[2])}</a> <span class="wpp-views">${comma(rank[0])} views</span></li>
<li><a href="#">${esc(NEWS[5])}</a> <span class="wpp-views">${comma(rank[1])} views</span></li>
</ol></section>
</div>
</div>
</div></section>
</div>
<footer class="site-footer elementor elementor-${D.n(100, 199)}" data-elementor-type="footer">
<div class="elementor-container"><div class="elementor-column elementor-col-66">
<p><img src="/wp-content/uploads/logo-w.svg" alt="${esc(org)}" width="180"></p>
<p>${esc(site.zip)} ${esc(site.addr)}<br>TEL ${esc(site.tel)} / FAX ${esc(site.fax)}</p>
<p>${site.facts.map(([k, v]) => `${k}：${v}`).join('　')}</p>
</div><div class="elementor-column elementor-col-33"><p>© ${site.year} ${esc(org)} All Rights Reserved.</p></div></div>
</footer>
<div id="cookie-law-info-bar" class="cli-bar">当サイトでは、利便性向上のためCookieを使用しています。サイトを閲覧し続けることで、Cookieの使用に同意したものとみなされます。<a href="#">詳細</a> <button>同意する</button></div>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"postId":${D.values[D.values.length - 1]},"wordCount":${D.n(600, 4000)}});</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body>
</html>
`;
}

function hospital(c) {
  const { D, org, title, pub, site, encName } = c;
  const upd = D.d(5, 60);
  const pageNo = D.n(1000, 9999);
  const popular = newsList(D, 4, -400, -30);
  const kind = site.kind;
  const menu = kind === 'hospital'
    ? ['外来のご案内', '入院のご案内', '診療科・部門', 'お見舞いの方へ', '健診センター', '採用情報', '交通アクセス']
    : kind === 'school' ? ['大学案内', '学部・大学院', '入試情報', '学生生活', '研究・社会連携', '交通アクセス']
    : kind === 'municipal' || kind === 'public' ? ['くらし・手続き', '健康・福祉', '子育て・教育', '事業者の方へ', '組織案内', '交通アクセス']
      : ['会社概要', '事業内容', '製品情報', '拠点一覧', '採用情報', '交通アクセス'];
  const hours = kind === 'hospital' ? `<tr><td class="lm"><b>外来受付時間</b><br>午前 8:30～11:00<br>午後 13:00～15:00<br>休診日：土・日・祝日</td></tr>` : `<tr><td class="lm"><b>窓口受付時間</b><br>平日 8:30～17:15</td></tr>`;
  const dateLine = c.i % 2 === 0 ? `掲載日：${F.reiwa(pub)}　更新日：${F.reiwa(upd)}` : `公開日 ${F.R(pub)}　/　最終更新日 ${F.R(upd)}`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${encName}">
<meta http-equiv="Content-Style-Type" content="text/css">
<title>${esc(title)}｜${esc(org)}</title>
<style type="text/css">
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;font-size:14px;background:#fff}
table.frame{border-collapse:collapse}
td.lm{font-size:12px;padding:6px;border-bottom:1px dotted #999}
td.menu a{display:block;padding:6px;background:#e8f2e0;border-bottom:1px solid #fff;color:#234;text-decoration:none}
.contents td,.contents th{border:1px solid #888;padding:3px}
.contents table{border-collapse:collapse}
.inquiry{border:2px solid #6a9;padding:8px;margin-top:20px}
.pdfread{font-size:12px;border-top:1px solid #ccc;margin-top:16px;padding-top:6px}
</style>
</head>
<body>
<a name="top"></a><div class="skip"><a href="#contents">本文へスキップ</a></div>
<table class="frame" width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#3a7a5a" height="80">
<table width="100%" border="0"><tr>
<td><a href="/"><img src="/img/logo.gif" alt="${esc(org)}" width="300" height="60" border="0"></a></td>
<td align="right"><font color="#ffffff" size="2">文字サイズ <a href="#">小</a> <a href="#">中</a> <a href="#">大</a>　背景色 <a href="#">白</a> <a href="#">黒</a> <a href="#">青</a></font><br>
<form action="/search/"><input type="text" name="q" size="20"><input type="submit" value="サイト内検索"></form></td>
</tr></table></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#f4f8f2" class="menu">
<table width="200" border="0" cellspacing="0" cellpadding="0">
<tr><td class="menu">${menu.map((m) => `<a href="#">${m}</a>`).join('\n')}</td></tr>
${hours}
<tr><td class="lm"><b>代表電話</b><br>${esc(site.tel)}</td></tr>
<tr><td class="lm"><b>よく見られているページ</b><br>${popular.map((p) => `・<a href="#">${esc(p.title)}</a>`).join('<br>\n')}</td></tr>
<tr><td class="lm">${site.facts.map(([k, v]) => `${k} ${v}`).join('<br>')}</td></tr>
</table>
</td>
<td width="760" valign="top" class="contents"><a name="contents"></a>
<div class="pankuzu"><a href="/">トップページ</a> &gt; <a href="/news/">お知らせ</a> &gt; ${esc(title)}</div>
<p align="right"><font size="2">ページ番号：${pageNo}</font></p>
<h1><font size="5">${esc(title)}</font></h1>
<p align="right"><font size="2">${dateLine}</font></p>
<div class="honbun">
${c.bodyHtml}
</div>
<div class="pdfread">PDFファイルをご覧いただくには、Adobe Acrobat Readerが必要です。お持ちでない方は<a href="https://get.adobe.com/jp/reader/">Adobe Acrobat Readerのダウンロード</a>（無料）からダウンロードしてください。</div>
<div class="inquiry"><b>このページに関するお問い合わせ</b><br>${esc(org)}　${kind === 'hospital' ? '医事課' : '総務課'}<br>${esc(site.zip)} ${esc(site.addr)}<br>電話：${esc(site.tel)}　ファックス：${esc(site.fax)}</div>
<p align="right"><a href="#top">ページの先頭へ</a></p>
</td></tr>
<tr><td colspan="2" bgcolor="#3a7a5a"><font color="#ffffff" size="2">${esc(org)}　${esc(site.zip)} ${esc(site.addr)}　TEL ${esc(site.tel)}<br>Copyright (C) ${esc(org)} All Rights Reserved.</font></td></tr>
</table>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-${D.n(1000000, 9999999)}-1']);_gaq.push(['_trackPageview']);</script>
</body>
</html>
`;
}

function wix(c) {
  const { D, org, title, pub, site } = c;
  const news = newsList(D, 4);
  const ev = D.d(20, 80);
  const cap = D.n(20, 80);
  const total = D.n(30000, 250000);
  const id = () => `comp-${Math.floor(rng() * 36 ** 8).toString(36).padStart(8, '0')}`;
  // builder rich text: every paragraph cut into runs of spans with inline styles
  const span = (text) => {
    const out = [];
    let i = 0;
    while (i < text.length) {
      const n = int(6, 40);
      const seg = text.slice(i, i + n);
      out.push(`<span style="font-size:15px;"><span style="color:#2F2E2E;"><span style="letter-spacing:0.05em;">${inline(seg)}</span></span></span>`);
      i += n;
    }
    return out.join('');
  };
  const blocks = c.blocks;
  const body = blocks.map((b) => {
    if (b.t === 'p') return `<p class="font_8 wixui-rich-text__text" style="line-height:1.8em;">${span(b.text)}</p>\n<p class="font_8 wixui-rich-text__text"><span class="wixGuard wixui-rich-text__text">​</span></p>`;
    if (b.t === 'h') return `<h4 class="font_4 wixui-rich-text__text"><span style="font-weight:bold;"><span style="font-size:19px;">${inline(b.text)}</span></span></h4>`;
    return blocksToHtml([b]);
  }).join('\n');
  const titleLine = c.i % 2 === 0 ? `【${F.slash(pub)}】${esc(title)}` : esc(title);
  const dateBox = c.i % 2 === 0 ? '' : `<div id="${id()}" class="wixui-rich-text" data-testid="richTextElement" style="grid-area:2/1/3/2;margin:16px 0 0 120px;"><p class="font_9"><span style="color:#8C8C8C;">${F.dot(pub)}</span></p></div>`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>${titleLine} | ${esc(org)}</title>
<meta property="og:site_name" content="${esc(org)}">
<meta property="og:title" content="${esc(title)} | ${esc(org)}">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org/', '@type': 'LocalBusiness', name: org, address: { '@type': 'PostalAddress', streetAddress: site.addr, postalCode: site.zip.slice(1) }, telephone: site.tel })}</script>
<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif}
#SITE_CONTAINER{width:980px;margin:0 auto;position:relative}
#SITE_HEADER{height:110px;position:relative;background:#fafafa}
#SITE_HEADER .abs{position:absolute}
.mesh{display:grid;grid-template-columns:980px;}
.font_8{font-size:15px;margin:0}
.font_9{font-size:13px;margin:0}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}
#SITE_FOOTER{background:#2f2e2e;color:#ddd;font-size:12px;position:relative;height:160px;margin-top:40px}
#SITE_FOOTER .abs{position:absolute}
</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF">
<header id="SITE_HEADER">
<div id="${id()}" class="abs" style="left:20px;top:24px;width:260px;height:60px"><a href="/"><img alt="${esc(org)}" src="https://static.wixstatic.com/media/logo~mv2.png/v1/fill/w_260,h_60/logo.png" width="260" height="60"></a></div>
<nav id="${id()}" class="abs" style="left:420px;top:40px;width:540px;height:30px;font-size:14px"><a href="/">HOME</a>　<a href="/about">ABOUT</a>　<a href="/service">SERVICE</a>　<a href="/news">NEWS</a>　<a href="/contact">CONTACT</a></nav>
</header>
<main id="PAGES_CONTAINER"><section class="mesh">
<div id="${id()}" class="wixui-rich-text" data-testid="richTextElement" style="grid-area:1/1/2/2;margin:50px 0 0 120px;width:740px"><h2 class="font_2 wixui-rich-text__text"><span style="font-size:26px;"><span style="font-weight:bold;">${titleLine}</span></span></h2></div>
${dateBox}
<div id="${id()}" class="wixui-rich-text" data-testid="richTextElement" style="grid-area:3/1/4/2;margin:30px 0 0 120px;width:740px">
${body}
</div>
<div id="${id()}" class="wixui-box" style="grid-area:4/1/5/2;margin:40px 0 0 120px;width:740px;background:#f0f6ff;padding:14px;box-sizing:border-box">
<p class="font_8"><span style="font-weight:bold;">NEWS</span></p>
${news.map((n) => `<p class="font_9"><span>${F.dot(n.t)}</span>　<span>${esc(n.title)}</span></p>`).join('\n')}
</div>
<div id="${id()}" class="wixui-box" style="grid-area:5/1/6/2;margin:20px 0 0 120px;width:740px;border:2px solid #e55;padding:10px;box-sizing:border-box">
<p class="font_8"><span>オンラインセミナー開催のお知らせ</span></p>
<p class="font_9"><span>開催日：${F.jaW(ev)}　14:00〜15:30</span><br><span>定員${cap}名（先着順）・参加無料</span></p>
<p class="font_9"><span>おかげさまでサービス利用 累計${comma(total)}件突破！</span></p>
</div>
</section></main>
<footer id="SITE_FOOTER">
<div id="${id()}" class="abs" style="left:120px;top:24px;width:400px"><p class="font_9"><span>${esc(org)}</span><br><span>${esc(site.zip)}</span><br><span>${esc(site.addr)}</span><br><span>TEL：${esc(site.tel)}</span><br><span>営業時間 10:00〜18:00（土日祝定休）</span></p></div>
<div id="${id()}" class="abs" style="left:560px;top:24px;width:300px"><p class="font_9">${site.facts.map(([k, v]) => `<span>${k}　${v}</span>`).join('<br>')}</p></div>
<div id="${id()}" class="abs" style="left:120px;top:130px;width:740px"><p class="font_9"><span>©${site.year} by ${esc(org)}. Proudly created with Wix.com</span></p></div>
</footer>
</div></div>
<script id="wix-viewer-model" type="application/json">${JSON.stringify({ siteId: `${D.n(10000, 99999)}`, visitorCount: D.n(20000, 90000), pageId: id() })}</script>
</body>
</html>
`;
}

function mt(c) {
  const { D, org, title, pub, site, encName } = c;
  const list = newsList(D, 6, -330, -3);
  const [prev, next] = [newsList(D, 1, -60, -1)[0], newsList(D, 1, 1, 30)[0]];
  const hhmm = `${pad(int(9, 18))}:${pad(int(0, 5) * 10)}`;
  const dateShown = c.i % 2 === 0 ? F.dot(pub) : `${F.ja0(pub)} ${hhmm}`;
  const og = c.i % 3 === 0;
  const years = [pub.getUTCFullYear(), pub.getUTCFullYear() - 1, pub.getUTCFullYear() - 2, pub.getUTCFullYear() - 3];
  const mega = [
    ['企業情報', ['トップメッセージ', '会社概要', '沿革', '拠点一覧', 'コーポレートガバナンス']],
    ['事業・製品', ['製品一覧', '導入事例', 'カタログダウンロード', 'よくあるご質問']],
    ['IR情報', [`決算短信（${years[1]}年度 通期）`, '株主総会', 'IRカレンダー', '電子公告']],
    ['サステナビリティ', ['環境への取り組み', '人的資本', '情報セキュリティ基本方針']],
  ];
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${encName}" />
<meta name="generator" content="Movable Type Pro 7.9.3" />
<title>${esc(org)} - ${esc(title)}</title>
${og ? `<meta property="og:site_name" content="${esc(org)}" />\n<meta property="og:title" content="${esc(title)}" />` : ''}
<link rel="stylesheet" href="/styles.css" type="text/css" />
<style type="text/css">
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;font-size:14px;color:#222}
#header{background:#fff;border-bottom:3px solid #c00;padding:10px 30px}
#mega{list-style:none;margin:0;padding:0;display:flex;background:#333}
#mega>li{position:relative;padding:8px 20px;color:#fff}
#mega .panel{font-size:11px;color:#ccc;display:block;margin:0;padding:0 0 0 10px;list-style:none}
#container{width:900px;margin:20px auto;display:flex;gap:30px}
#alpha{width:640px}#beta{width:230px;font-size:12px}
.entry-meta{color:#666;font-size:13px}
.entry-footer{border-top:1px dotted #999;margin-top:20px;font-size:12px;color:#555}
.year-tab{list-style:none;padding:0;display:flex;gap:4px}.year-tab li{border:1px solid #999;padding:2px 8px}
.year-tab li.current{background:#c00;color:#fff}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}
#footer{background:#eee;padding:16px 30px;font-size:12px}
</style>
</head>
<body class="mt-entry-archive">
<div id="header"><div id="header-name"><a href="/" accesskey="1"><img src="/images/logo.png" alt="${esc(org)}" width="240" height="50" /></a></div></div>
<ul id="mega">
${mega.map(([h, items]) => `<li>${h}<ul class="panel">${items.map((x) => `<li><a href="#">${esc(x)}</a></li>`).join('')}</ul></li>`).join('\n')}
</ul>
<div id="container">
<div id="alpha">
<div class="topicpath"><a href="/">ホーム</a> &gt; <a href="/news/">ニュースリリース</a> &gt; <a href="/news/${pub.getUTCFullYear()}/">${pub.getUTCFullYear()}年</a> &gt; ${esc(title)}</div>
<div id="entry-${D.n(100, 2999)}" class="entry-asset asset hentry">
<div class="entry-meta"><span class="date">${dateShown}</span>　<span class="cat">ニュースリリース</span></div>
<h1 class="asset-name entry-title">${esc(title)}</h1>
<div class="asset-content entry-content">
<div class="asset-body">
${c.bodyHtml}
</div>
</div>
<div class="entry-footer">カテゴリ：<a href="#">ニュースリリース</a>　<a href="#">重要なお知らせ</a>　｜　タグ：<a href="#">セキュリティ</a>, <a href="#">お知らせ</a></div>
</div>
<div class="content-nav"><a href="#" class="previous">« ${F.dot(prev.t)} ${esc(prev.title)}</a> ｜ <a href="/news/">ニュースリリース一覧</a> ｜ <a href="#" class="next">${F.dot(next.t)} ${esc(next.title)} »</a></div>
</div>
<div id="beta">
<div class="widget-archive"><h3>ニュースリリース アーカイブ</h3>
<ul class="year-tab">${years.map((y, k) => `<li${k === 0 ? ' class="current"' : ''}>${y}年</li>`).join('')}</ul>
<dl>${list.map((l) => `<dt>${F.dot(l.t)}</dt><dd><a href="#">${esc(l.title)}</a></dd>`).join('\n')}</dl>
</div>
<div class="widget-ir"><h3>IRカレンダー</h3><p>第${D.n(40, 99)}回定時株主総会　${F.ja(D.d(60, 160))}</p><p>株主数 ${comma(D.n(3000, 60000))}名</p></div>
</div>
</div>
<div id="footer"><p>${esc(site.zip)} ${esc(site.addr)}　代表 ${esc(site.tel)}</p><p>${site.facts.map(([k, v]) => `${k} ${v}`).join(' ／ ')}</p><p>Copyright &copy; ${site.year} ${esc(org)} All rights reserved.</p></div>
</body>
</html>
`;
}

function nextapp(c) {
  const { D, org, title, pub, site } = c;
  const upd = D.d(2, 20);
  const side = newsList(D, 5);
  const members = D.n(20000, 400000);
  const h = () => Math.floor(rng() * 36 ** 5).toString(36).padStart(5, '0');
  const cls = (n) => `${n}__${h()}`;
  // date forms: a <time> with datetime, or (two pages) no visible date at all: only JSON-LD has it
  const hidden = c.i % 3 === 2;
  const dateEl = hidden ? '' : `<time dateTime="${iso(pub)}" class="${cls('NewsArticle_date')}">${c.i % 2 ? F.dot(pub) : F.ja(pub)}</time>`;
  const payloadTree = JSON.stringify(['$', 'article', null, { className: 'NewsArticle_article', children: [['$', 'h1', null, { children: title }], ...c.blocks.filter((b) => b.t === 'p').slice(0, 6).map((b) => ['$', 'p', null, { children: b.text }])] }]);
  const sideData = JSON.stringify({ news: side.map((s) => ({ id: D.n(300, 990), date: iso(s.t), title: s.title })), stats: { members } });
  const rsc = [
    `1:"$Sreact.fragment"\n2:I[${D.n(1000, 9999)},["static/chunks/app/layout-${h()}.js"],"default"]\n`,
    `3:${sideData}\n`,
    `4:${payloadTree}\n`,
  ];
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/${h()}${h()}.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-${h()}.js"/><script src="/_next/static/chunks/main-app-${h()}.js" async=""></script><title>${esc(title)} | ${esc(org)}</title><meta name="description" content="${esc(title)}"/>${c.i % 2 === 0 ? `<meta property="og:site_name" content="${esc(org)}"/>` : ''}<meta property="og:type" content="article"/><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${iso(pub)}T10:00:00+09:00`, dateModified: `${iso(upd)}T10:00:00+09:00`, publisher: { '@type': 'Organization', name: org } })}</script>
<style>body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#1a1a1a}.h{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;display:flex;align-items:center;gap:24px;padding:10px 32px}.w{display:grid;grid-template-columns:1fr 280px;gap:40px;max-width:1100px;margin:0 auto;padding:24px}aside{font-size:13px;border-left:1px solid #eee;padding-left:20px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 6px}footer{background:#111;color:#bbb;font-size:12px;padding:24px 32px}</style></head><body class="${cls('layout_body')}"><div hidden=""><!--$--><!--/$--></div><header class="h ${cls('Header_root')}"><a href="/"><img alt="${esc(org)}" loading="lazy" width="200" height="40" decoding="async" src="/_next/image?url=%2Flogo.png&amp;w=640&amp;q=75"/></a><nav class="${cls('Header_nav')}"><a href="/company">企業情報</a> <a href="/business">事業内容</a> <a href="/news">ニュース</a> <a href="/sustainability">サステナビリティ</a> <a href="/contact">お問い合わせ</a></nav><form role="search" class="${cls('SearchBox_form')}"><input type="search" placeholder="キーワードで検索" aria-label="検索"/><button type="submit">検索</button></form></header><div class="w"><main class="${cls('page_main')}"><nav aria-label="breadcrumb" class="${cls('Breadcrumb_root')}"><ol style="list-style:none;display:flex;gap:8px;padding:0;font-size:12px"><li><a href="/">TOP</a></li><li>›</li><li><a href="/news">ニュース</a></li><li>›</li><li aria-current="page">${esc(title)}</li></ol></nav><article class="${cls('NewsArticle_article')}"><div class="${cls('NewsArticle_meta')}">${dateEl}<span class="${cls('Tag_tag')}">お知らせ</span></div><h1 class="${cls('NewsArticle_title')}">${esc(title)}</h1><div class="${cls('NewsArticle_body')}">
${c.bodyHtml}
</div></article><div class="${cls('ShareButtons_root')}"><span>シェア</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div></main><aside class="${cls('Sidebar_root')}"><h2>最新ニュース</h2><ul style="list-style:none;padding:0">${side.map((s) => `<li><time dateTime="${iso(s.t)}">${F.dot(s.t)}</time><br/><a href="#">${esc(s.title)}</a></li>`).join('')}</ul><div class="${cls('Banner_root')}"><p>会員登録者数 ${comma(members)}人突破</p></div></aside></div><footer class="${cls('Footer_root')}"><p>${esc(org)}</p><p>${esc(site.zip)} ${esc(site.addr)} TEL ${esc(site.tel)}</p><p>${site.facts.map(([k, v]) => `${k}：${v}`).join(' ｜ ')}</p><small>© ${site.year} ${esc(org)}</small></footer><script src="/_next/static/chunks/webpack-${h()}.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>${rsc.map((r) => `<script>self.__next_f.push([1,${JSON.stringify(r).replace(/</g, '\\u003c')}])</script>`).join('')}</body></html>
`;
}

function bs4(c) {
  const { D, org, title, pub, site } = c;
  const onlyCrumb = c.i % 3 === 0;
  const ev = D.d(10, 70);
  const cap = D.n(30, 200);
  const views = D.n(300, 9000);
  const maint = D.d(5, 40);
  const rank = newsList(D, 3, -300, -10);
  const badges = [D.n(2, 30), D.n(2, 30), D.n(2, 30)];
  const cols = [['サービス', ['サービス一覧', 'ご利用料金', '導入の流れ', 'よくあるご質問']], ['企業情報', ['会社概要', '代表挨拶', 'アクセス', '沿革']], ['サポート', ['お問い合わせ', 'ダウンロード', 'メンテナンス情報', '障害情報']], ['ポリシー', ['個人情報保護方針', '情報セキュリティ基本方針', 'サイトのご利用について', 'サイトマップ']]];
  const crumbDate = `${F.ja(pub)}`;
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">
<title>${esc(title)} - ${esc(org)}</title>
${c.i % 2 ? `<meta property="og:site_name" content="${esc(org)}">` : ''}
<style>
body{padding-top:64px;font-family:"Noto Sans CJK JP",sans-serif;font-size:14px;margin:0}
.navbar{position:fixed;top:0;left:0;right:0;height:52px;background:#1d3f72;color:#fff;display:flex;align-items:center;padding:0 24px;gap:24px;z-index:10}
.navbar a{color:#fff;text-decoration:none}
.row{display:flex;gap:16px;padding:0 16px}.col-md-3{width:22%}.col-md-6{width:56%}
.card{border:1px solid #ddd;border-radius:4px;margin-bottom:14px}.card-header{background:#f5f5f5;padding:6px 12px;font-weight:bold}.card-body{padding:12px}
.list-group{list-style:none;padding:0;margin:0}.list-group-item{border-bottom:1px solid #eee;padding:6px 12px;display:flex;justify-content:space-between}
.badge{background:#6c757d;color:#fff;border-radius:8px;padding:0 6px;font-size:11px}
.breadcrumb{list-style:none;display:flex;gap:6px;padding:6px 12px;background:#e9ecef;margin:0 0 10px;font-size:12px}
.breadcrumb-item+.breadcrumb-item:before{content:"/ "}
.alert{background:#fff3cd;border:1px solid #ffe69c;padding:8px 12px;margin:0 16px 12px;font-size:13px}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}
footer{background:#222;color:#aaa;font-size:12px;padding:20px;margin-top:30px}.fcols{display:flex;gap:30px}
.toast{position:fixed;bottom:12px;right:12px;width:300px;background:#fff;border:1px solid #999;font-size:12px;padding:8px}
</style>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary fixed-top"><a class="navbar-brand" href="/"><img src="/assets/img/logo-white.png" alt="${esc(org)}" height="30"></a><a class="nav-link" href="/">ポータル</a><a class="nav-link" href="/info/">お知らせ</a><a class="nav-link" href="/service/">サービス</a><a class="nav-link" href="/support/">サポート</a><form class="form-inline"><input class="form-control form-control-sm" type="search" placeholder="検索"></form></nav>
<div class="alert alert-warning alert-dismissible fade show" role="alert">【メンテナンス】${F.jaW(maint)} 2:00〜5:00 にシステムメンテナンスを実施します。<button type="button" class="close" data-dismiss="alert">&times;</button></div>
<div class="container-fluid"><div class="row">
<div class="col-md-3"><div class="card"><div class="card-header">メニュー</div><ul class="list-group list-group-flush">
<li class="list-group-item">お知らせ <span class="badge badge-pill">${badges[0]}</span></li>
<li class="list-group-item">重要なお知らせ <span class="badge badge-pill">${badges[1]}</span></li>
<li class="list-group-item">メンテナンス情報 <span class="badge badge-pill">${badges[2]}</span></li>
<li class="list-group-item">ダウンロード</li></ul></div></div>
<div class="col-md-6">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">ホーム</a></li><li class="breadcrumb-item"><a href="/info/">お知らせ</a></li>${onlyCrumb ? `<li class="breadcrumb-item"><a href="/info/${pub.getUTCFullYear()}${pad(pub.getUTCMonth() + 1)}${pad(pub.getUTCDate())}/">${crumbDate}</a></li>` : ''}<li class="breadcrumb-item active" aria-current="page">${esc(title)}</li></ol></nav>
<div class="card"><div class="card-header"><span class="badge badge-danger">重要</span> お知らせ</div><div class="card-body">
<h2 class="card-title h4">${esc(title)}</h2>
${c.bodyHtml}
</div><div class="card-footer text-muted small" style="padding:6px 12px;border-top:1px solid #ddd">${onlyCrumb ? '' : `掲載日 ${F.ja0(pub)}　`}閲覧数 ${comma(views)}</div></div>
</div>
<div class="col-md-3">
<div class="card"><div class="card-header">イベント情報</div><div class="card-body small">オンライン説明会<br>開催日：${F.ja(ev)}<br>定員${cap}名</div></div>
<div class="card"><div class="card-header">アクセスランキング</div><ol class="small">${rank.map((r) => `<li>${esc(r.title)}（${F.slash(r.t)}）</li>`).join('')}</ol></div>
</div>
</div></div>
<footer><div class="fcols">${cols.map(([h, l]) => `<div><h6>${h}</h6><ul class="list-unstyled">${l.map((x) => `<li><a href="#">${x}</a></li>`).join('')}</ul></div>`).join('')}</div>
<p>${esc(org)}　${esc(site.zip)} ${esc(site.addr)}　TEL ${esc(site.tel)}　${site.facts.map(([k, v]) => `${k} ${v}`).join('　')}</p><p>Copyright &copy; ${esc(org)} All Rights Reserved.</p></footer>
<div class="toast" role="alert" aria-live="assertive"><div class="toast-header"><strong>Cookieの利用について</strong></div><div class="toast-body">本サイトはサービス向上のためCookieを利用します。<button class="btn btn-primary btn-sm">同意する</button></div></div>
<script src="https://cdn.jsdelivr.net/npm/jquery@3.5.1/dist/jquery.slim.min.js"></script>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
`;
}

// ---------- Word-style document ----------
function docHtml(c) {
  const { org, title, pub, blocks, D } = c;
  const kind = kindOf(org);
  const rep = kind === 'hospital' ? '病院長' : kind === 'school' ? '理事長' : kind === 'public' ? '理事長' : '代表取締役社長';
  const addressee = c.i % 2 ? 'お客様各位' : '関係者各位';
  const dateStr = c.i % 3 === 0 ? F.reiwa(pub) : F.ja(pub);
  const letterhead = c.i % 2 === 0;
  const hasKi = blocks.some((b) => b.t === 'ki');
  // wrap label lines as a two-column table so the doc has a table with wrapped cells
  const b2 = blocks.map((b) => (b.t === 'dl' ? { t: 'table', rows: [['項目', '内容'], ...b.items] } : b));
  let n = 0;
  const html = b2.map((b) => {
    if (b.t === 'h') {
      n++;
      const t = /^[0-9０-９１-９一二三四五六七八九十()（）.．、]/.test(b.text) ? b.text : `${n}．${b.text}`;
      return `<h3>${inline(t)}</h3>`;
    }
    return blocksToHtml([b], { table: 'doc' });
  }).join('\n');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
@page{size:A4;margin:25mm 22mm 22mm 22mm;@bottom-center{content:"- " counter(page) " -";font-size:9pt;font-family:"Noto Serif CJK JP",serif}}
body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.75;margin:0}
.lh{border-bottom:1.5pt solid #1b4f8a;color:#1b4f8a;font-family:"Noto Sans CJK JP",sans-serif;font-size:14pt;font-weight:bold;margin-bottom:10pt}
.r{text-align:right}.c{text-align:center}
h1{font-size:14pt;text-align:center;margin:18pt 0}
h3{font-size:11pt;margin:12pt 0 4pt}
p{margin:0 0 6pt;text-indent:1em}
table{border-collapse:collapse;width:100%;margin:6pt 0}td,th{border:0.75pt solid #000;padding:3pt 5pt;vertical-align:top;font-size:10pt}
table.doc td:first-child,table.doc th:first-child{width:22%}
</style></head><body>
${letterhead ? `<div class="lh">${esc(org)}</div>` : ''}
<p class="r" style="text-indent:0">${dateStr}</p>
<p style="text-indent:0">${addressee}</p>
<p class="r" style="text-indent:0">${esc(org)}<br>${rep}</p>
<h1>${esc(title)}</h1>
${html}
${hasKi ? '' : ''}${blocks.some((b) => b.t === 'ijo') ? '' : '<p class="r">以上</p>'}
</body></html>
`;
}

// ---------- encoding ----------
function encodeLegacy(html, enc) {
  const chars = [...new Set([...html].filter((ch) => ch.codePointAt(0) > 0x7f))];
  const probe = chars.join('\n') + '\n';
  const res = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', enc], { input: probe });
  const back = execFileSync('iconv', ['-f', enc, '-t', 'UTF-8'], { input: res }).toString('utf8').split('\n');
  const bad = new Set(chars.filter((ch, k) => back[k] !== ch));
  const fixed = [...html].map((ch) => (bad.has(ch) ? `&#${ch.codePointAt(0)};` : ch)).join('');
  return { bytes: execFileSync('iconv', ['-f', 'UTF-8', '-t', enc], { input: fixed, maxBuffer: 1 << 26 }), ncr: bad.size };
}

// ---------- main ----------
// printed PDFs stay: print-pages-f.mjs rewrites them
for (const d of ['sources', 'html']) fs.rmSync(path.join(OUT, d), { recursive: true, force: true });
for (const d of ['sources', 'html', 'pdf', 'docs']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
fs.rmSync(BUILD, { recursive: true, force: true });
fs.mkdirSync(path.join(BUILD, 'docs'), { recursive: true });
const styles = [...Array(7).fill('hospital'), ...Array(7).fill('mt'), ...Array(7).fill('elementor'), ...Array(7).fill('wix'), ...Array(6).fill('nextapp'), ...Array(6).fill('bs4')];
for (let i = styles.length - 1; i > 0; i--) {
  const j = Math.floor(rng() * (i + 1));
  [styles[i], styles[j]] = [styles[j], styles[i]];
}
// a 960px table layout does not shrink onto B5 (Chromium clips it), so table pages print on A4 instead
const PAGES = ['A4', 'B5', 'Letter', 'A4 landscape'];
const docIdx = new Set([1, 5, 9, 13, 17, 21, 25, 29, 33, 37]);
const styleCount = {};
const manifest = [];
const origin = [];
chosen.forEach((r, k) => {
  const id = `f${pad(k + 1)}`;
  const style = styles[k];
  const si = (styleCount[style] = (styleCount[style] ?? -1) + 1);
  const pub = new Date(Date.UTC(r.y, r.mo - 1, r.d));
  const D = new Decoys(r, pub);
  const site = siteData(D, r.org.trim());
  const blocks = mdToBlocks(r.body);
  const encoding = style === 'hospital' ? 'shift_jis' : style === 'mt' && si < 5 ? 'euc-jp' : 'utf-8';
  const encName = encoding === 'shift_jis' ? 'Shift_JIS' : encoding === 'euc-jp' ? 'EUC-JP' : 'UTF-8';
  const c = { i: si, D, org: r.org.trim(), title: r.title.trim(), pub, site, blocks, encName, bodyHtml: blocksToHtml(blocks) };
  const html = { hospital, mt, elementor, wix, nextapp, bs4 }[style](c);
  const htmlRel = `html/${style}-${id}.html`;
  if (encoding === 'utf-8') fs.writeFileSync(path.join(OUT, htmlRel), html);
  else fs.writeFileSync(path.join(OUT, htmlRel), encodeLegacy(html, encoding === 'shift_jis' ? 'CP932' : 'EUC-JP').bytes);
  fs.writeFileSync(path.join(OUT, `sources/${id}.md`), r.md);
  origin.push(`${id}\t${r.rel}`);
  let doc = null;
  if (docIdx.has(k)) {
    doc = `docs/doc-${id}.pdf`;
    fs.writeFileSync(path.join(BUILD, 'docs', `doc-${id}.html`), docHtml({ ...c, i: k }));
  }
  const metaFlags = { ogSiteName: /property="og:site_name"/.test(html), jsonLd: /application\/ld\+json/.test(html) };
  manifest.push({
    id, archive: r.rel, source: `sources/${id}.md`, html: htmlRel, style, encoding,
    pdf: `pdf/${style}-${id}.pdf`, pdfPage: style === 'hospital' && PAGES[k % 4] === 'B5' ? 'A4' : PAGES[k % 4], doc,
    org: c.org, title: c.title, publishedAt: iso(pub), metadata: metaFlags,
    decoyValues: [...D.values].sort((a, b) => a - b), decoyDates: [...D.dates].sort(), decoyOther: D.other,
  });
});
fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
fs.writeFileSync(path.join(OUT, 'ORIGIN.txt'), origin.join('\n') + '\n');
console.log(`wrote ${manifest.length} pages, ${manifest.filter((m) => m.doc).length} docs`, styleCount);
