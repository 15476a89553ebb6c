// Generates fixtures/pages-e: a fifth blind set of news pages (six site stacks, UTF-8 / Shift_JIS / EUC-JP) made
// from 40 archive releases not used by pages-b/c/d, plus the HTML of 10 Word-style documents (printed to PDF by
// scripts/print-pages-e.mjs, kept outside the fixtures in BUILD_DIR). Deterministic: same seed, same files.
// Usage: node scripts/make-pages-e.mjs && node scripts/print-pages-e.mjs
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { mulberry32 } from './seededRandom.mjs';

const SEED = 0x7e5a_2612;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ARCHIVE = path.resolve(ROOT, '../shared/archive');
const OUT = process.env.PAGES_E_OUT ?? path.join(ROOT, 'fixtures/pages-e'); // another folder: check determinism
export const BUILD_DIR = path.join(os.tmpdir(), 'pages-e-build');

const rnd = mulberry32(SEED);
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const comma = (n) => n.toLocaleString('en-US');
const pad = (n) => String(n).padStart(2, '0');
const WD = ['日', '月', '火', '水', '木', '金', '土'];

// ---------- choose releases ----------
function listArchive(dir, rel = '') {
  const out = [];
  for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    const st = fs.statSync(path.join(dir, r));
    if (st.isDirectory()) out.push(...listArchive(dir, r));
    else if (name.endsWith('.md')) out.push(r);
  }
  return out;
}
const used = new Set();
for (const set of ['pages-b', 'pages-c', 'pages-d']) {
  for (const line of fs.readFileSync(path.join(ROOT, 'fixtures', set, 'ORIGIN.txt'), 'utf8').split('\n')) {
    const p = line.split('\t')[1];
    if (p) used.add(p.trim());
  }
}
const toAscii = (s) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function stripSections(md) {
  const out = [];
  let skip = false;
  for (const line of md.split('\n')) {
    if (/^# /.test(line)) skip = /^# (事案ID|公表種別)\s*$/.test(line);
    if (!skip) out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function parseRelease(md) {
  const m = md.match(/# 公表概要\n((?:- .*\n?)+)/);
  if (!m) return null;
  const items = m[1].trim().split('\n').map((l) => l.replace(/^- /, '').trim());
  const [title, dateText, org, url] = items;
  const d = toAscii(dateText || '').match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
  const bodyStart = md.indexOf('# 本文\n');
  if (!d || !title || !org || bodyStart < 0) return null;
  const body = md.slice(bodyStart + '# 本文\n'.length).trim();
  return { title, org, url, y: +d[1], m: +d[2], d: +d[3], body };
}

const candidates = shuffle(listArchive(ARCHIVE).filter((p) => !used.has(p)));
const chosen = [];
for (const p of candidates) {
  if (chosen.length === 40) break;
  const md = stripSections(fs.readFileSync(path.join(ARCHIVE, p), 'utf8'));
  const rel = parseRelease(md);
  if (!rel || rel.body.length < 400) continue;
  if (/[、,]/.test(rel.org)) continue; // joint releases: one organization per site
  chosen.push({ archive: p, md, ...rel });
}
if (chosen.length < 40) throw new Error('not enough releases');

// ---------- what the release itself states (decoys must avoid these) ----------
function releaseFacts(md) {
  const t = toAscii(md).replace(/(\d),(?=\d{3})/g, '$1');
  const nums = new Set();
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)\s*(億|万|千)?/g)) {
    const n = Number(m[1]);
    nums.add(n);
    if (m[2] === '万') nums.add(Math.round(n * 1e4));
    if (m[2] === '億') nums.add(Math.round(n * 1e8));
    if (m[2] === '千') nums.add(Math.round(n * 1e3));
  }
  const md2 = new Set();
  for (const m of t.matchAll(/(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) md2.add(`${+m[1]}-${+m[2]}`);
  for (const m of t.matchAll(/\d{4}\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})/g)) md2.add(`${+m[1]}-${+m[2]}`);
  return { nums, md: md2 };
}

// ---------- per-page decoy registry ----------
function makeCtx(rel) {
  const facts = releaseFacts(rel.md);
  const pub = new Date(Date.UTC(rel.y, rel.m - 1, rel.d));
  const values = new Set();
  const dates = new Set();
  const other = [];
  const ctx = {
    pub,
    values,
    dates,
    other,
    // a count the release never states
    // unit: 1e4 for 万, 1e6 for 百万 — the scaled value is recorded too
    num(min, max, unit = 1) {
      for (let i = 0; i < 600; i++) {
        if (i && i % 200 === 0) max = max * 2 + 10; // a release full of small numbers: widen the range
        const n = int(min, max);
        if (!facts.nums.has(n) && !facts.nums.has(n * unit)) {
          values.add(n);
          if (unit !== 1) values.add(n * unit);
          return n;
        }
      }
      throw new Error('no decoy number');
    },
    // a date (UTC Date) offset from the publication, whose month-day the release never mentions
    date(minDays, maxDays) {
      for (let i = 0; i < 200; i++) {
        const dt = new Date(pub.getTime() + int(minDays, maxDays) * 86400000);
        const key = `${dt.getUTCMonth() + 1}-${dt.getUTCDate()}`;
        if (facts.md.has(key) || dt.getTime() === pub.getTime()) continue;
        dates.add(iso(dt));
        return dt;
      }
      throw new Error('no decoy date');
    },
    fixedDate(y, m, d) {
      const dt = new Date(Date.UTC(y, m - 1, d));
      dates.add(iso(dt));
      return dt;
    },
    note(s) {
      other.push(s);
      return s;
    },
  };
  return ctx;
}
const iso = (dt) => `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
function fmt(dt, kind) {
  const y = dt.getUTCFullYear(), m = dt.getUTCMonth() + 1, d = dt.getUTCDate(), w = WD[dt.getUTCDay()];
  switch (kind) {
    case 'kanji': return `${y}年${m}月${d}日`;
    case 'kanjiPad': return `${y}年${pad(m)}月${pad(d)}日`;
    case 'kanjiWd': return `${y}年${m}月${d}日（${w}）`;
    case 'dot': return `${y}.${pad(m)}.${pad(d)}`;
    case 'slash': return `${y}/${pad(m)}/${pad(d)}`;
    case 'reiwa': return `令和${y - 2018}年${m}月${d}日`;
    case 'rdot': return `R${y - 2018}.${m}.${d}`;
    case 'hyphen': return `${y}-${pad(m)}-${pad(d)}`;
    default: throw new Error(kind);
  }
}

// ---------- decoy chrome content ----------
function newsTitle(ctx, kind = 'corp') {
  const corp = [
    () => '年末年始休業のお知らせ',
    () => `創業${ctx.num(12, 85)}周年記念キャンペーンを開始しました`,
    () => `会員数${ctx.num(3, 48, 1e4)}万人突破のお知らせ`,
    () => `オンラインセミナー開催のお知らせ（定員${ctx.num(30, 300)}名）`,
    () => '新サービス「クラウド受発注」提供開始のお知らせ',
    () => 'システムメンテナンスに伴うサービス一時停止のお知らせ',
    () => `第${ctx.num(21, 78)}期 決算公告`,
    () => `${ctx.num(11, 95)}店舗目となる新店舗オープンのお知らせ`,
    () => '夏季休業期間のお知らせ',
    () => '一部商品の価格改定のお知らせ',
    () => '採用情報を更新しました',
    () => 'ホームページをリニューアルしました',
    () => `累計出荷台数${comma(ctx.num(12000, 980000))}台を達成`,
    () => `災害義援金${ctx.num(50, 900, 1e4)}万円の寄付について`,
    () => '当社を装ったフィッシングメールにご注意ください',
    () => `${ctx.num(2, 9)}年連続で「健康経営優良法人」に認定されました`,
  ];
  const pub = [
    () => `市民公開講座の参加者募集（定員${ctx.num(30, 200)}名）`,
    () => `インフルエンザ予防接種の予約受付（先着${ctx.num(40, 400)}名）`,
    () => '外来診療担当医表を更新しました',
    () => '年末年始の休診・閉庁のお知らせ',
    () => `職員採用試験（${ctx.num(2, 15)}名程度）の実施について`,
    () => 'ホームページをリニューアルしました',
    () => `ふるさと納税の寄附件数が${comma(ctx.num(1200, 45000))}件を超えました`,
    () => '不審な電話・メールにご注意ください',
    () => `オープンキャンパスを開催します（参加者${ctx.num(100, 900)}名募集）`,
    () => '面会制限の緩和について',
  ];
  return pick(kind === 'pub' ? pub : corp)();
}
function newsList(ctx, n, kind, span = [-120, -3]) {
  const items = [];
  for (let i = 0; i < n; i++) items.push({ dt: ctx.date(span[0], span[1]), title: newsTitle(ctx, kind) });
  return items.sort((a, b) => b.dt - a.dt);
}
function archiveMonths(ctx, n) {
  const out = [];
  const y0 = ctx.pub.getUTCFullYear(), m0 = ctx.pub.getUTCMonth();
  for (let i = 1; i <= n; i++) {
    const d = new Date(Date.UTC(y0, m0 - i, 1));
    out.push({ label: `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`, count: ctx.num(2, 19) });
  }
  return out;
}
const isPublic = (org) => /(市|町|村|県|都|府|区|病院|大学|学校|学園|機構|センター|協会|組合|法人|庁|省|委員会)/.test(org);
const LAST = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'];
const FIRST = ['健一', '真由美', '浩二', '直子', '隆', '美咲', '誠', '由紀', '修', '和也'];
const personName = () => `${pick(LAST)} ${pick(FIRST)}`;
function phone(ctx) {
  return ctx.note(`${pick(['03', '06', '052', '092', '011', '045'])}-${int(1000, 6999)}-${int(1000, 9999)}`);
}
function postal(ctx) {
  return ctx.note(`〒${int(100, 990)}-${pad(int(0, 99))}${pad(int(0, 99))}`);
}
const PREFS = ['東京都千代田区', '大阪府大阪市北区', '愛知県名古屋市中区', '福岡県福岡市博多区', '北海道札幌市中央区', '神奈川県横浜市西区'];
function address(ctx) {
  return ctx.note(`${pick(PREFS)}${pick(['本町', '中央', '丸の内', '栄', '天神', '桜木町'])}${int(1, 4)}丁目${int(1, 30)}番${int(1, 20)}号`);
}

// ---------- Markdown body → HTML ----------
function inline(s) {
  let h = esc(s);
  h = h.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
  h = h.replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
  return h;
}
const LABEL_LINE = /^([^\s：:|#\-*・]{1,14})\s*[：:]\s*(\S.*)$/;
// opts: { h: base heading level, p: (html) => paragraph html, table class, li wrapper }
function mdToHtml(body, opts = {}) {
  const H = opts.h ?? 2;
  const P = opts.p ?? ((h) => `<p>${h}</p>`);
  const lines = body.split('\n');
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) { i++; continue; }
    let m;
    if ((m = line.match(/^(#{1,6})\s*(.*)$/))) {
      const lv = Math.min(6, H + m[1].length - 2);
      out.push(opts.heading ? opts.heading(lv, inline(m[2])) : `<h${lv}>${inline(m[2])}</h${lv}>`);
      i++;
      continue;
    }
    if (/^\s*\|/.test(line)) {
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      const cells = rows
        .filter((r) => !/^\s*\|[\s:|-]+\|?\s*$/.test(r))
        .map((r) => r.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()));
      const head = cells.shift();
      const t = [`<table${opts.tableAttr ?? ''}>`, '<thead><tr>' + head.map((c) => `<th>${inline(c)}</th>`).join('') + '</tr></thead><tbody>'];
      for (const r of cells) t.push('<tr>' + r.map((c) => `<td>${inline(c).replace(/&lt;br\s*\/?&gt;/g, '<br>')}</td>`).join('') + '</tr>');
      t.push('</tbody></table>');
      out.push(t.join('\n'));
      continue;
    }
    if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      const ordered = /^\s*\d+[.)]\s/.test(line);
      const items = [];
      while (i < lines.length && /^\s*([-*+]|\d+[.)])\s+/.test(lines[i])) {
        const nested = /^\s{2,}/.test(lines[i]);
        items.push({ nested, html: inline(lines[i].replace(/^\s*([-*+]|\d+[.)])\s+/, '')) });
        i++;
      }
      const tag = ordered ? 'ol' : 'ul';
      const parts = [`<${tag}>`];
      for (let k = 0; k < items.length; k++) {
        const it = items[k];
        if (it.nested) continue;
        const kids = [];
        for (let j = k + 1; j < items.length && items[j].nested; j++) kids.push(items[j]);
        parts.push(`<li>${it.html}${kids.length ? '<ul>' + kids.map((c) => `<li>${c.html}</li>`).join('') + '</ul>' : ''}</li>`);
      }
      // nested items with no parent
      if (items[0].nested) parts.push(...items.filter((x) => x.nested).map((c) => `<li>${c.html}</li>`));
      parts.push(`</${tag}>`);
      out.push(parts.join(''));
      continue;
    }
    // label lines (two or more in a row) → <dl>
    // (the archive often puts a blank line between them)
    const nextFilled = (k) => { while (k < lines.length && !lines[k].trim()) k++; return k; };
    if (LABEL_LINE.test(line) && LABEL_LINE.test(lines[nextFilled(i + 1)] ?? '')) {
      const dl = [`<dl${opts.dlAttr ?? ''}>`];
      while (i < lines.length && LABEL_LINE.test(lines[i])) {
        const mm = lines[i].match(LABEL_LINE);
        dl.push(`<dt>${inline(mm[1])}</dt><dd>${inline(mm[2])}</dd>`);
        i++;
        if (LABEL_LINE.test(lines[nextFilled(i)] ?? '')) i = nextFilled(i);
      }
      dl.push('</dl>');
      out.push(dl.join(''));
      continue;
    }
    const para = [];
    while (i < lines.length && lines[i].trim() && !/^(#{1,6}\s|\s*\||\s*([-*+]|\d+[.)])\s+)/.test(lines[i])) {
      if (para.length && LABEL_LINE.test(lines[i]) && i + 1 < lines.length && LABEL_LINE.test(lines[i + 1])) break;
      para.push(lines[i++]);
    }
    if (!para.length) { out.push(P(inline(lines[i++]))); continue; }
    out.push(P(para.map(inline).join('<br>\n')));
  }
  return out.join('\n');
}
function headingsOf(body) {
  return body.split('\n').filter((l) => /^##\s/.test(l)).map((l) => l.replace(/^#+\s*/, ''));
}

// ---------- the six stacks ----------
const titleTag = (rel, site, sep) => pick([
  () => `${rel.title} | ${site}`,
  () => `${rel.title}｜お知らせ｜${site}`,
  () => `${site} - ${rel.title}`,
  () => `${rel.title} - ニュース - ${site}`,
])();
function jsonLd(rel, ctx, modified) {
  return `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: rel.title,
    datePublished: `${iso(ctx.pub)}T${pad(int(9, 17))}:00:00+09:00`,
    dateModified: `${iso(modified ?? ctx.pub)}T${pad(int(9, 18))}:${pad(int(0, 59))}:00+09:00`,
    publisher: { '@type': 'Organization', name: rel.org, logo: { '@type': 'ImageObject', url: 'https://example.jp/logo.png' } },
  })}</script>`;
}
const ogTags = (rel, site) => `<meta property="og:site_name" content="${esc(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(rel.title)}">`;

// 1. WordPress block theme (FSE)
function wpblock(rel, ctx, enc) {
  const useOg = rnd() < 0.7, useLd = rnd() < 0.6;
  const updated = rnd() < 0.6 ? ctx.date(4, 40) : null;
  const recent = newsList(ctx, 5, isPublic(rel.org) ? 'pub' : 'corp');
  const months = archiveMonths(ctx, 6);
  const cats = ['お知らせ', 'プレスリリース', 'イベント', 'IR情報'].map((c) => ({ c, n: ctx.num(3, 60) }));
  const prev = { dt: ctx.date(-40, -2), title: newsTitle(ctx) }, next = { dt: ctx.date(2, 30), title: newsTitle(ctx) };
  const share = { fb: ctx.num(2, 90), x: ctx.num(2, 90), hb: ctx.num(2, 40) };
  const toc = headingsOf(rel.body);
  const dk = pick(['kanji', 'dot', 'slash', 'kanjiPad']);
  const [pubLabel, modLabel] = pick([['公開日', '更新日'], ['投稿日', '更新日'], ['掲載日', '最終更新日']]);
  const author = personName();
  ctx.note(author);
  const body = mdToHtml(rel.body, { h: 2, p: (h) => `<p class="wp-block-paragraph">${h}</p>`, tableAttr: ' class="has-fixed-layout"' });
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titleTag(rel, rel.org))}</title>
${useOg ? ogTags(rel, rel.org) : ''}
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1" media="all">
<style id="global-styles-inline-css">
body{margin:0;font-family:"Noto Sans JP",sans-serif;color:#222;line-height:1.8}
.wp-site-blocks{max-width:1100px;margin:0 auto;padding:0 20px}
header.wp-block-template-part{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #ddd;padding:12px 0}
.wp-block-site-title a{font-weight:700;font-size:20px;color:#0a3d62;text-decoration:none}
.wp-block-navigation__container{display:flex;gap:18px;list-style:none;margin:0;padding:0}
.breadcrumbs{font-size:12px;color:#666;margin:10px 0}
.wp-block-columns{display:flex;gap:40px}
.wp-block-column.main{flex:1 1 68%}
.wp-block-column.side{flex:0 0 28%;font-size:13px}
.ez-toc-container{border:1px solid #ccc;background:#f7f7f7;padding:10px 16px;margin:16px 0;display:inline-block}
.wp-block-post-date,.wp-block-post-terms{font-size:13px;color:#666;display:inline-block;margin-right:12px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:4px 8px}
.author-box{border:1px solid #ddd;padding:12px;margin:24px 0;font-size:13px}
.share{font-size:12px;display:flex;gap:10px}
.post-navigation{display:flex;justify-content:space-between;font-size:13px;margin:20px 0}
footer.wp-block-template-part{border-top:1px solid #ddd;margin-top:40px;padding:20px 0;font-size:12px}
</style>
${useLd ? jsonLd(rel, ctx, updated) : ''}
</head>
<body class="wp-singular post-template-default single single-post postid-${ctx.num(1200, 9800)} wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group"><p class="wp-block-site-title"><a href="/" rel="home"><img src="/wp-content/uploads/logo.svg" alt="${esc(rel.org)}" width="32" height="32"> ${esc(rel.org)}</a></p></div>
<nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li><a href="/about/">企業情報</a></li><li><a href="/service/">事業紹介</a></li><li><a href="/news/">ニュース</a></li><li><a href="/recruit/">採用情報</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></nav>
</header>
<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/"><span property="name">ホーム</span></a></span> &gt; <span property="itemListElement" typeof="ListItem"><a href="/news/"><span property="name">ニュース</span></a></span> &gt; <span class="post post-post current-item">${esc(rel.title)}</span></div>
<div class="wp-block-columns">
<main class="wp-block-column main">
<div class="wp-block-group">
<div class="wp-block-post-date"><span>${pubLabel}</span> <time datetime="${iso(ctx.pub)}T10:00:00+09:00">${fmt(ctx.pub, dk)}</time></div>
${updated ? `<div class="wp-block-post-date wp-block-post-date__modified-date"><span>${modLabel}</span> <time datetime="${iso(updated)}T15:20:00+09:00">${fmt(updated, dk)}</time></div>` : ''}
<div class="taxonomy-category wp-block-post-terms"><a href="/category/news/" rel="tag">お知らせ</a></div>
<h1 class="wp-block-post-title">${esc(rel.title)}</h1>
<div class="share"><span class="share-fb">シェア ${share.fb}</span><span class="share-x">ポスト ${share.x}</span><span class="share-hatena">はてブ ${share.hb}</span></div>
</div>
${toc.length >= 2 ? `<div id="ez-toc-container" class="ez-toc-container"><p class="ez-toc-title">目次</p><nav><ul class="ez-toc-list">${toc.map((t, k) => `<li><a href="#toc${k}">${esc(t)}</a></li>`).join('')}</ul></nav></div>` : ''}
<div class="entry-content wp-block-post-content is-layout-constrained">
${body}
</div>
<div class="author-box"><p class="author-box__title">この記事を書いた人</p><p><img src="/wp-content/uploads/avatar.png" alt="" width="48"> <strong>${esc(author)}</strong>（広報部）</p><p>${esc(rel.org)}の広報担当。ニュースリリースやイベント情報を発信しています。</p></div>
<nav class="post-navigation"><div class="nav-previous"><a href="/news/${ctx.num(100, 999)}/">« ${esc(prev.title)}</a><br><span>${fmt(prev.dt, dk)}</span></div><div class="nav-next"><a href="/news/${ctx.num(100, 999)}/">${esc(next.title)} »</a><br><span>${fmt(next.dt, dk)}</span></div></nav>
</main>
<aside class="wp-block-column side">
<div class="wp-block-group"><h2 class="wp-block-heading">最近の投稿</h2>
<ul class="wp-block-latest-posts__list has-dates">${recent.map((r) => `<li><a class="wp-block-latest-posts__post-title" href="/news/">${esc(r.title)}</a><time datetime="${iso(r.dt)}" class="wp-block-latest-posts__post-date">${fmt(r.dt, dk)}</time></li>`).join('\n')}</ul></div>
<div class="wp-block-group"><h2 class="wp-block-heading">アーカイブ</h2><ul class="wp-block-archives-list">${months.map((a) => `<li><a href="/news/">${a.label}</a> (${a.count})</li>`).join('')}</ul></div>
<div class="wp-block-group"><h2 class="wp-block-heading">カテゴリー</h2><ul class="wp-block-categories-list">${cats.map((c) => `<li class="cat-item"><a href="/category/">${c.c}</a> (${c.n})</li>`).join('')}</ul></div>
</aside>
</div>
<footer class="wp-block-template-part">
<div class="wp-block-query"><h2>新着情報</h2><ul class="wp-block-post-template">${newsList(ctx, 3, 'corp', [-200, -60]).map((r) => `<li class="wp-block-post"><div class="wp-block-post-date"><time datetime="${iso(r.dt)}">${fmt(r.dt, dk)}</time></div><h3 class="wp-block-post-title"><a href="/news/">${esc(r.title)}</a></h3></li>`).join('')}</ul></div>
<div class="wp-block-group"><p>${esc(rel.org)}</p><p>${esc(postal(ctx))} ${esc(address(ctx))}　TEL ${esc(phone(ctx))}</p><p>設立 ${fmt(ctx.fixedDate(int(1955, 2012), int(1, 12), int(1, 28)), 'kanji')}　資本金 ${comma(ctx.num(1000, 9800, 1e4))}万円　従業員数 ${comma(ctx.num(40, 2400))}名</p></div>
<p class="wp-block-site-tagline">Copyright © ${esc(rel.org)} All Rights Reserved.</p>
</footer>
</div>
<script id="wp-emoji-settings" type="application/json">{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/","ext":".png","source":{"concatemoji":"/wp-includes/js/wp-emoji-release.min.js?ver=6.7.1"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"postId":${ctx.num(1200, 9800)},"wordCount":${ctx.num(900, 4000)}});</script>
</body>
</html>`;
}

// 2. old table layout: municipal / hospital / school, legacy encoding
function lgtable(rel, ctx, enc) {
  const charset = enc === 'shift_jis' ? pick(['Shift_JIS', 'Shift_JIS', 'shift_jis', 'x-sjis']) : pick(['EUC-JP', 'euc-jp']);
  const hosp = /病院|医療|クリニック/.test(rel.org);
  const pageNo = ctx.num(1000, 48000);
  const hasPosted = rnd() < 0.5;
  const updated = hasPosted ? ctx.date(3, 30) : ctx.pub;
  const dk = pick(['kanji', 'reiwa', 'kanjiPad']);
  const pubOrg = isPublic(rel.org);
  const menu = hosp
    ? ['病院のご案内', '外来のご案内', '入院のご案内', '診療科・部門', '健診センター', '採用情報', 'アクセス']
    : pubOrg
      ? ['くらし・手続き', '子育て・教育', '健康・福祉', '産業・しごと', '観光・文化', '行政情報', '防災・安全']
      : ['会社概要', '事業内容', '製品・サービス', '施工実績', 'IR情報', '採用情報', 'お問い合わせ'];
  const popular = newsList(ctx, 5, pubOrg || hosp ? 'pub' : 'corp');
  const body = mdToHtml(rel.body, { h: 2, tableAttr: ' border="1" cellpadding="4" cellspacing="0" width="100%"' });
  const dept = pick(['総務課 情報政策係', '情報システム課', '総務部 総務課', '広報課', '医事課']);
  const footerFacts = hosp
    ? `病床数 ${ctx.num(120, 680)}床　診療科 ${ctx.num(14, 36)}科`
    : !pubOrg
      ? `創業 ${int(1935, 1990)}年　資本金 ${comma(ctx.num(1000, 9800, 1e4))}万円　従業員数 ${ctx.num(30, 950)}名　建設業許可 国土交通大臣許可（特-${ctx.num(2, 7)}）第${ctx.num(10000, 29999)}号`
      : `人口 ${comma(ctx.num(12000, 380000))}人　世帯数 ${comma(ctx.num(6000, 160000))}世帯（${fmt(ctx.date(-90, -20), 'kanji')}現在）`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<meta http-equiv="Content-Style-Type" content="text/css">
<title>${esc(rel.title)}／${esc(rel.org)}</title>
<style type="text/css">
body{margin:0;background:#fff;font-size:14px;font-family:"MS PGothic",sans-serif}
#tools td{font-size:11px}
.leftmenu{background:#eef3e8;font-size:13px}
.leftmenu a{display:block;padding:6px 8px;border-bottom:1px dotted #9a9}
h1.title{font-size:20px;border-left:8px solid #3a7d2b;padding:4px 10px;background:#f2f7ee}
h2{font-size:17px;border-bottom:2px solid #3a7d2b}
.update{text-align:right;font-size:12px}
.contact{border:1px solid #3a7d2b;padding:8px;margin-top:20px}
.footer{background:#3a7d2b;color:#fff;font-size:12px;padding:8px}
</style>
<script type="text/javascript" src="/js/fontsize.js"></script>
</head>
<body>
<a name="top"></a>
<table width="100%" border="0" cellspacing="0" cellpadding="0" id="header">
<tr><td width="50%"><a href="/"><img src="/images/logo.gif" alt="${esc(rel.org)}" width="240" height="50" border="0"></a></td>
<td align="right"><table border="0" id="tools"><tr><td>文字サイズ</td><td><a href="#">拡大</a></td><td><a href="#">標準</a></td><td>背景色</td><td><a href="#">白</a></td><td><a href="#">黒</a></td><td><a href="#">青</a></td><td><a href="/foreign/">Foreign language</a></td></tr>
<tr><td colspan="8"><form action="/search/" method="get">サイト内検索 <input type="text" name="q" size="16"> <input type="submit" value="検索"></form></td></tr></table></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr bgcolor="#3a7d2b"><td><font color="#ffffff" size="2">　<a href="/"><font color="#ffffff">トップページ</font></a> &gt; <a href="/news/"><font color="#ffffff">お知らせ</font></a> &gt; ${esc(rel.title)}</font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr valign="top">
<td width="190" class="leftmenu">
<p><b>メニュー</b></p>
${menu.map((x) => `<a href="/menu/">${x}</a>`).join('\n')}
<p><b>よく見られているページ</b></p>
<ol>${popular.map((p) => `<li><a href="/page/">${esc(p.title)}</a></li>`).join('')}</ol>
</td>
<td width="12">&nbsp;</td>
<td>
<h1 class="title">${esc(rel.title)}</h1>
<table width="100%" border="0"><tr><td align="left"><font size="2">ページ番号 ${pageNo}</font></td><td class="update">${hasPosted ? `掲載日：${fmt(ctx.pub, dk)}　` : ''}更新日：${fmt(updated, dk)}</td></tr></table>
<div id="contents">
${body}
</div>
<p><img src="/images/pdf.gif" alt="PDFファイル" width="16" height="16"> PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。お持ちでない方は<a href="https://get.adobe.com/jp/reader/">Adobe Acrobat Readerのダウンロード</a>（無料）からダウンロードしてください。</p>
<div class="contact">
<p><b>このページに関するお問い合わせ</b></p>
<p>${esc(rel.org)}　${dept}<br>${esc(postal(ctx))}　${esc(address(ctx))}<br>電話番号：${esc(phone(ctx))}　ファックス番号：${esc(phone(ctx))}<br><a href="/form/">メールフォームによるお問い合わせ</a></p>
</div>
<p><b>このページの情報は役に立ちましたか？</b><br><input type="radio" name="q1">役に立った <input type="radio" name="q1">ふつう <input type="radio" name="q1">役に立たなかった</p>
<p align="right"><a href="#top">ページの先頭へ戻る</a></p>
</td>
</tr>
</table>
<div class="footer">
<p>${esc(rel.org)}　${esc(postal(ctx))}　${esc(address(ctx))}　代表電話：${esc(phone(ctx))}<br>${pubOrg || hosp ? '開庁時間：午前8時30分から午後5時15分（土曜日・日曜日・祝日・年末年始を除く）' : '営業時間：平日 9:00～17:30'}<br>${footerFacts}</p>
<p>Copyright (C) ${esc(rel.org)} All Rights Reserved.</p>
</div>
</body>
</html>`;
}

// 3. site-builder export (Wix/Jimdo-like div soup)
function splitSpans(html) {
  // text split into spans at punctuation, as builders store runs of formatting (markup-free runs only)
  if (html.includes('<')) return `<span style="font-size:15px;">${html}</span>`;
  return html
    .split(/(?<=[、。）」])/)
    .map((part, k) => `<span style="font-size:15px;${k % 3 === 1 ? 'color:#333333;' : ''}">${part}</span>`)
    .join('');
}
function builder(rel, ctx, enc) {
  const useOg = rnd() < 0.5;
  const id = () => `comp-${Math.floor(rnd() * 36 ** 8).toString(36).padStart(8, '0')}`;
  const dk = pick(['dot', 'slash', 'kanjiWd']);
  const inTitle = rnd() < 0.5;
  const blog = newsList(ctx, 4, isPublic(rel.org) ? 'pub' : 'corp');
  const views = ctx.num(40, 3800), likes = ctx.num(2, 60);
  const body = mdToHtml(rel.body, {
    h: 2,
    p: (h) => `<p class="font_8" style="line-height:1.8em;">${h.split('<br>\n').map(splitSpans).join('<br>\n')}</p>\n<p class="font_8" style="line-height:1.8em;"><span style="font-size:15px;"><br></span></p>`,
    heading: (lv, h) => `<h${lv} class="font_${lv + 2}" style="font-size:${26 - lv * 2}px;"><span style="font-weight:bold;"><span style="color:#1B4F72;">${h}</span></span></h${lv}>`,
    tableAttr: ' style="border-collapse:collapse;width:100%;" border="1"',
  });
  const shownTitle = inTitle ? `【${fmt(ctx.pub, 'slash')}】${esc(rel.title)}` : esc(rel.title);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${inTitle ? `【${fmt(ctx.pub, 'slash')}】` : ''}${esc(rel.title)} | ${esc(rel.org)}</title>
<meta name="generator" content="Site Builder">
${useOg ? ogTags(rel, rel.org) : ''}
<style>
body{margin:0;font-family:"meiryo",sans-serif}
#SITE_CONTAINER{width:980px;margin:0 auto;position:relative}
#SITE_HEADER{position:relative;height:120px;background:#f4f8fb}
#SITE_HEADER>div{position:absolute}
.font_8{margin:0;font-size:15px}
#PAGES_CONTAINER{position:relative;padding:20px 40px}
.blog-post-meta{font-size:13px;color:#777}
#SITE_FOOTER{position:relative;background:#1B4F72;color:#fff;height:auto;padding:16px 40px;font-size:12px}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;font-size:12px;padding:8px 16px}
</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF">
<header id="SITE_HEADER">
<div id="${id()}" style="left:20px;top:24px;width:360px;height:60px;"><a href="/"><img src="/media/logo.png" alt="${esc(rel.org)}" style="width:56px;height:56px;"></a><p class="font_0" style="display:inline-block;font-size:22px;"><span style="font-weight:bold;">${esc(rel.org)}</span></p></div>
<div id="${id()}" style="left:420px;top:44px;width:540px;height:30px;"><nav><a href="/">HOME</a>　<a href="/about">会社案内</a>　<a href="/service">サービス</a>　<a href="/blog">お知らせ</a>　<a href="/contact">お問い合わせ</a></nav></div>
<div id="${id()}" style="left:720px;top:6px;width:240px;height:20px;font-size:11px;"><span>お電話：${esc(phone(ctx))}</span></div>
</header>
<main id="PAGES_CONTAINER">
<div id="${id()}" class="blog-post-page">
<div class="blog-post-meta"><span>${esc(rel.org)}</span><span> · </span><span>${fmt(ctx.pub, dk)}</span><span> · </span><span>${ctx.num(2, 6)}分で読めます</span></div>
<h1 class="font_0" style="font-size:28px;"><span style="font-weight:bold;">${shownTitle}</span></h1>
<div id="${id()}" class="rich-text">
${body}
</div>
<div class="blog-post-footer" style="font-size:13px;color:#777;"><span>閲覧数：${comma(views)}</span>　<span>いいね ${likes}</span>　<span>コメント 0</span></div>
<div id="${id()}" class="recent-posts"><h2 class="font_5" style="font-size:18px;"><span>最近の記事</span></h2>
${blog.map((b) => `<div style="display:inline-block;width:200px;vertical-align:top;margin:6px;font-size:13px;"><p class="font_9"><span>${fmt(b.dt, dk)}</span></p><p class="font_8"><span><a href="/post/">${esc(b.title)}</a></span></p></div>`).join('')}
</div>
</div>
</main>
<footer id="SITE_FOOTER">
<div id="${id()}"><p class="font_9"><span>${esc(rel.org)}</span><br><span>${esc(postal(ctx))} ${esc(address(ctx))}</span><br><span>営業時間 10:00～18:00（定休日：水曜日）</span></p></div>
<div id="${id()}"><p class="font_9"><span style="font-weight:bold;">キャンペーン実施中！</span><span>ご利用者数 累計${ctx.num(2, 30, 1e4)}万人突破記念　初回${ctx.num(11, 40)}%OFF</span></p></div>
<div id="${id()}"><p class="font_9"><span>©${ctx.pub.getUTCFullYear()} ${esc(rel.org)}</span></p></div>
</footer>
</div></div>
<div class="cookie" id="${id()}">当サイトではCookieを使用しています。サイトの閲覧を続けることで、Cookieの使用に同意したものとみなされます。<button>OK</button></div>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["bgScrub","blog"],"site":{"metaSiteId":"${Math.floor(rnd() * 1e9).toString(16)}","pageCount":${ctx.num(6, 40)}},"visitorCount":${ctx.num(5000, 90000)}}</script>
</body>
</html>`;
}

// 4. Movable Type corporate news archive
function mtnews(rel, ctx, enc) {
  const charset = enc === 'utf-8' ? 'UTF-8' : enc === 'shift_jis' ? 'Shift_JIS' : 'EUC-JP';
  const dk = pick(['kanjiPad', 'kanji', 'dot']);
  const y = ctx.pub.getUTCFullYear();
  const yearTabs = [y, y - 1, y - 2, y - 3];
  const yearList = newsList(ctx, 6, isPublic(rel.org) ? 'pub' : 'corp', [-150, -2]);
  const prev = { dt: ctx.date(-45, -3), title: newsTitle(ctx) }, next = { dt: ctx.date(3, 45), title: newsTitle(ctx) };
  const entryId = ctx.num(300, 2900);
  const tags = pick([['セキュリティ', '重要'], ['お知らせ'], ['重要なお知らせ', 'お詫び']]);
  const useLd = rnd() < 0.4;
  const body = mdToHtml(rel.body, { h: 3 });
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<meta name="generator" content="Movable Type Pro 7.9" />
<title>${esc(rel.org)}：ニュースリリース：${esc(rel.title)}</title>
<link rel="stylesheet" href="/styles.css" type="text/css" />
<link rel="prev" href="/news/${y}/entry-${entryId - 1}.html" title="${esc(prev.title)}" />
<style type="text/css">
body{font-family:sans-serif;font-size:14px;margin:0;color:#333}
#container{width:960px;margin:0 auto}
#header{border-bottom:3px solid #8b0000;padding:10px 0}
#header-name{font-size:22px;font-weight:bold}
#content{float:left;width:660px}
#beta{float:right;width:260px;font-size:12px;border-left:1px solid #ccc;padding-left:16px}
#footer{clear:both;border-top:1px solid #ccc;font-size:11px;padding:10px 0}
.entry-footer{font-size:12px;color:#666;border-top:1px dotted #aaa;margin-top:20px}
.year-tabs span{display:inline-block;padding:2px 8px;border:1px solid #aaa;margin-right:2px}
.year-tabs .on{background:#8b0000;color:#fff}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}
</style>
${useLd ? jsonLd(rel, ctx) : ''}
</head>
<body class="mt-entry-archive layout-wt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner">
<div id="header-name"><a href="/" accesskey="1"><img src="/images/logo.gif" alt="${esc(rel.org)}" /></a></div>
<div id="header-description">ニュースリリース</div>
<ul id="globalnav"><li><a href="/company/">会社情報</a></li><li><a href="/products/">製品情報</a></li><li><a href="/ir/">投資家情報</a></li><li><a href="/news/">ニュースリリース</a></li></ul>
</div></div>
<div id="content"><div id="content-inner">
<p class="topicpath"><a href="/">ホーム</a> &gt; <a href="/news/">ニュースリリース</a> &gt; <a href="/news/${y}/">${y}年</a> &gt; ${esc(rel.title)}</p>
<div id="entry-${entryId}" class="entry-asset asset hentry">
<div class="asset-header">
<p class="asset-meta">${(() => { const h = int(9, 17); return `<abbr class="published" title="${iso(ctx.pub)}T${pad(h)}:00:00+09:00">${fmt(ctx.pub, dk)}${rnd() < 0.5 ? ` ${pad(h)}:00` : ''}</abbr>`; })()}</p>
<h1 id="page-title" class="asset-name entry-title">${esc(rel.title)}</h1>
</div>
<div class="asset-content entry-content">
<div class="asset-body">
${body}
</div>
</div>
<div class="asset-footer entry-footer">
<p>カテゴリ：<a href="/news/category/notice/">重要なお知らせ</a>　|　タグ：${tags.map((t) => `<a href="/news/tag/" rel="tag">${t}</a>`).join(' ')}</p>
</div>
</div>
<div class="content-nav">
<a class="previous-link" href="/news/${y}/entry-${entryId - 1}.html">« ${esc(prev.title)}（${fmt(prev.dt, dk)}）</a> |
<a class="main-index-link" href="/news/">ニュースリリース一覧</a> |
<a class="next-link" href="/news/${y}/entry-${entryId + 1}.html">${esc(next.title)}（${fmt(next.dt, dk)}） »</a>
</div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-archive widget">
<h3 class="widget-header">ニュースリリース アーカイブ</h3>
<div class="year-tabs">${yearTabs.map((t, k) => `<span class="${k === 0 ? 'on' : ''}">${t}年</span>`).join('')}</div>
<ul class="widget-list">${yearList.map((it) => `<li class="widget-list-item"><span class="date">${fmt(it.dt, dk)}</span><br /><a href="/news/">${esc(it.title)}</a></li>`).join('\n')}</ul>
</div>
<div class="widget-categories widget"><h3 class="widget-header">カテゴリ</h3><ul><li><a href="/news/category/press/">プレスリリース (${ctx.num(20, 140)})</a></li><li><a href="/news/category/notice/">重要なお知らせ (${ctx.num(3, 19)})</a></li><li><a href="/news/category/ir/">IR (${ctx.num(10, 90)})</a></li></ul></div>
<div class="widget-syndication widget"><a href="/news/atom.xml">購読する このブログを購読</a></div>
</div></div>
<div id="footer"><div id="footer-inner">
<p>${esc(rel.org)}　本社：${esc(postal(ctx))} ${esc(address(ctx))}　資本金：${comma(ctx.num(2000, 48000, 1e6))}百万円　従業員数：連結 ${comma(ctx.num(300, 12000))}名</p>
<p>Copyright &copy; ${esc(rel.org)}. All rights reserved.</p>
<p class="powered">Powered by Movable Type Pro</p>
</div></div>
</div></div>
</body>
</html>`;
}

// 5. Next.js Pages Router with styled-components
function nextpages(rel, ctx, enc) {
  const cls = () => `sc-${Math.floor(rnd() * 36 ** 7).toString(36)}-${int(0, 9)} ${String.fromCharCode(97 + int(0, 25))}${Math.floor(rnd() * 36 ** 5).toString(36)}`;
  const useLd = rnd() < 0.6, useOg = rnd() < 0.7;
  const ldOnly = useLd && rnd() < 0.5; // no visible date: only JSON-LD (and __NEXT_DATA__) carry it
  const side = newsList(ctx, 6, isPublic(rel.org) ? 'pub' : 'corp');
  const pickup = newsList(ctx, 3, 'corp', [-300, -100]);
  const dk = pick(['dot', 'dot', 'slash']);
  const body = mdToHtml(rel.body, { h: 2 });
  const c = { wrap: cls(), head: cls(), main: cls(), side: cls(), art: cls(), date: cls(), foot: cls() };
  const nextData = {
    props: {
      pageProps: {
        article: { id: `news-${ctx.num(100, 999)}`, title: rel.title, publishedAt: `${iso(ctx.pub)}T01:00:00.000Z`, category: 'お知らせ' },
        sidebar: side.map((s) => ({ title: s.title, date: iso(s.dt) })),
        pickup: pickup.map((s) => ({ title: s.title, date: iso(s.dt), views: ctx.num(300, 9000) })),
      },
      __N_SSG: true,
    },
    page: '/news/[slug]',
    query: { slug: `${iso(ctx.pub).replace(/-/g, '')}` },
    buildId: Math.floor(rnd() * 36 ** 10).toString(36),
    isFallback: false,
    gsp: true,
    scriptLoader: [],
  };
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${esc(rel.title)}｜${esc(rel.org)}</title>${useOg ? ogTags(rel, rel.org) : ''}<meta name="next-head-count" content="6"/>
<style data-styled="active" data-styled-version="5.3.11">
body{margin:0;font-family:"Hiragino Sans","Noto Sans JP",sans-serif;color:#1a1a1a}
.${c.head.split(' ')[1]}{position:fixed;top:0;left:0;right:0;height:56px;background:#fff;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;justify-content:space-between;padding:0 24px;z-index:10}
.${c.wrap.split(' ')[1]}{max-width:1040px;margin:0 auto;padding:80px 24px 40px;display:flex;gap:32px}
.${c.main.split(' ')[1]}{flex:1;min-width:0;line-height:1.9}
.${c.side.split(' ')[1]}{width:260px;flex-shrink:0;font-size:13px}
.${c.date.split(' ')[1]}{color:#888;font-size:14px;letter-spacing:.05em}
.${c.foot.split(' ')[1]}{background:#111;color:#ccc;font-size:12px;padding:24px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:6px}
@media (max-width:900px){.${c.wrap.split(' ')[1]}{display:block}.${c.side.split(' ')[1]}{width:auto}}
</style>${useLd ? jsonLd(rel, ctx) : ''}</head><body><div id="__next"><header class="${c.head}"><a href="/" class="sc-logo"><img alt="${esc(rel.org)}" src="/_next/static/media/logo.4f2a1c.svg" width="160" height="32"/></a><nav class="sc-gnav"><a href="/company">企業情報</a> <a href="/business">事業内容</a> <a href="/news">ニュース</a> <a href="/sustainability">サステナビリティ</a> <a href="/recruit">採用</a></nav><form role="search" action="/search"><input type="search" name="q" placeholder="キーワードで検索" aria-label="サイト内検索"/><button type="submit">検索</button></form></header><div class="${c.wrap}"><main class="${c.main}"><nav aria-label="breadcrumb" class="sc-breadcrumb"><ol><li><a href="/">TOP</a></li><li><a href="/news">ニュース</a></li><li>${esc(rel.title)}</li></ol></nav><article class="${c.art}"><div class="sc-meta">${ldOnly ? '' : `<time dateTime="${iso(ctx.pub)}" class="${c.date}">${fmt(ctx.pub, dk)}</time>`}<span class="sc-badge">お知らせ</span></div><h1>${esc(rel.title)}</h1><div class="sc-body">
${body}
</div></article><section class="sc-pickup"><h2>ピックアップ</h2><ul>${pickup.map((p) => `<li><a href="/news/p"><time>${fmt(p.dt, dk)}</time><p>${esc(p.title)}</p></a></li>`).join('')}</ul></section></main><aside class="${c.side}"><h2>ニュース一覧</h2><ul>${side.map((s) => `<li><a href="/news/s"><time dateTime="${iso(s.dt)}">${fmt(s.dt, dk)}</time><span>${esc(s.title)}</span></a></li>`).join('')}</ul><div class="sc-banner"><a href="/campaign"><img alt="" src="/_next/static/media/bnr.png"/><p>アプリ累計${ctx.num(11, 95, 1e4)}万ダウンロード突破！</p></a></div></aside></div><footer class="${c.foot}"><div><p>${esc(rel.org)}</p><p>${esc(address(ctx))}</p><ul><li><a href="/privacy">プライバシーポリシー</a></li><li><a href="/sitemap">サイトマップ</a></li><li><a href="/terms">ご利用規約</a></li></ul></div><small>© ${ctx.pub.getUTCFullYear()} ${esc(rel.org)}</small></footer></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script><script src="/_next/static/chunks/webpack-${Math.floor(rnd() * 1e12).toString(16)}.js" defer=""></script></body></html>`;
}

// 6. Bootstrap 5 CMS
function bs5(rel, ctx, enc) {
  const useOg = rnd() < 0.6, useLd = rnd() < 0.5;
  const dk = pick(['reiwa', 'rdot', 'kanjiWd', 'kanji']);
  const updated = rnd() < 0.5 ? ctx.date(2, 25) : null;
  const pubOrg = isPublic(rel.org);
  const side = newsList(ctx, 5, pubOrg ? 'pub' : 'corp');
  const event = { dt: ctx.date(10, 60), cap: ctx.num(20, 120) };
  const body = mdToHtml(rel.body, { h: 2, tableAttr: ' class="table table-bordered table-sm"' });
  const facts = pubOrg
    ? `<li>設立：${fmt(ctx.fixedDate(int(1948, 2005), int(1, 12), int(1, 28)), 'kanji')}</li><li>会員数：${comma(ctx.num(200, 18000))}名</li><li>職員数：${ctx.num(30, 900)}名</li>`
    : `<li>設立：${fmt(ctx.fixedDate(int(1948, 2015), int(1, 12), int(1, 28)), 'kanji')}</li><li>資本金：${comma(ctx.num(1000, 9900, 1e4))}万円</li><li>従業員数：${comma(ctx.num(25, 3000))}名（グループ計）</li>`;
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(rel.title)} | ${esc(rel.org)}</title>
${useOg ? ogTags(rel, rel.org) : ''}
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
<style>
body{font-family:system-ui,"Noto Sans JP",sans-serif;margin:0;line-height:1.7}
.navbar{position:sticky;top:0;background:#0d6efd;color:#fff;padding:10px 20px;display:flex;justify-content:space-between}
.navbar a{color:#fff;margin-left:14px;text-decoration:none}
.container{max-width:1140px;margin:0 auto;padding:0 16px}
.row{display:flex;flex-wrap:wrap;margin:0 -12px}.row>*{padding:0 12px;box-sizing:border-box}
.col-lg-8{width:100%}.col-lg-4{width:100%}.col-md-3{width:50%}
@media (min-width:992px){.col-lg-8{width:66.6%}.col-lg-4{width:33.3%}.col-md-3{width:25%}}
.card{border:1px solid #dee2e6;border-radius:6px;margin:12px 0}.card-header{background:#f8f9fa;padding:8px 12px;font-weight:bold}.card-body{padding:12px}
.list-group{list-style:none;padding:0;margin:0}.list-group-item{border-bottom:1px solid #eee;padding:6px 12px;font-size:13px}
.badge{background:#6c757d;color:#fff;border-radius:4px;padding:1px 6px;font-size:11px}
.accordion-item{border:1px solid #dee2e6;margin-bottom:-1px}.accordion-button{padding:8px 12px;font-weight:bold}.accordion-body{padding:8px 12px;font-size:13px}
.toast{position:fixed;bottom:12px;right:12px;width:320px;background:#fff;border:1px solid #ccc;box-shadow:0 2px 8px rgba(0,0,0,.2);font-size:12px;padding:10px}
.table{border-collapse:collapse;width:100%}.table td,.table th{border:1px solid #dee2e6;padding:4px 8px}
footer{background:#212529;color:#adb5bd;font-size:12px;padding:24px 0;margin-top:32px}
footer a{color:#adb5bd}
</style>
${useLd ? jsonLd(rel, ctx, updated) : ''}
</head>
<body>
<nav class="navbar navbar-expand-lg sticky-top"><a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="${esc(rel.org)}" height="30"> ${esc(rel.org)}</a><div class="navbar-nav"><a class="nav-link" href="/about/">${pubOrg ? '法人概要' : '会社概要'}</a><a class="nav-link" href="/news/">お知らせ</a><a class="nav-link" href="/faq/">よくある質問</a><a class="nav-link" href="/contact/">お問い合わせ</a></div></nav>
<div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb" style="list-style:none;display:flex;gap:8px;padding:0;font-size:12px"><li class="breadcrumb-item"><a href="/">ホーム</a></li><li class="breadcrumb-item"><a href="/news/">お知らせ</a></li><li class="breadcrumb-item active" aria-current="page">${esc(rel.title)}</li></ol></nav>
<div class="row">
<div class="col-lg-8">
<article class="card"><div class="card-body">
<p class="text-muted small"><span class="badge bg-danger">重要</span> 掲載日：${fmt(ctx.pub, dk)}${updated ? `　最終更新日：${fmt(updated, dk)}` : ''}</p>
<h1 class="h3">${esc(rel.title)}</h1>
<div class="news-body">
${body}
</div>
</div></article>
<div class="accordion" id="faq"><h2 class="h5">よくあるご質問</h2>
<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button" type="button">問い合わせの回答にはどのくらいかかりますか？</button></h3><div class="accordion-collapse collapse show"><div class="accordion-body">通常${ctx.num(2, 7)}営業日以内にご回答いたします。</div></div></div>
<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button collapsed" type="button">窓口の受付時間を教えてください。</button></h3><div class="accordion-collapse collapse"><div class="accordion-body">平日9時から17時まで受け付けております。</div></div></div>
</div>
</div>
<div class="col-lg-4">
<div class="card"><div class="card-header">新着情報</div><ul class="list-group list-group-flush">${side.map((s) => `<li class="list-group-item"><small>${fmt(s.dt, dk)}</small><br><a href="/news/">${esc(s.title)}</a></li>`).join('')}</ul></div>
<div class="card"><div class="card-header">イベント</div><div class="card-body"><p>${pubOrg ? '公開講座' : '事業説明会'}を開催します。<br>開催日：${fmt(event.dt, dk)}<br>定員：${event.cap}名（先着順）</p></div></div>
</div>
</div>
</div>
<footer><div class="container"><div class="row">
<div class="col-md-3"><h6>${esc(rel.org)}</h6><ul class="list-unstyled">${facts}</ul></div>
<div class="col-md-3"><h6>サービス</h6><ul class="list-unstyled"><li><a href="#">事業案内</a></li><li><a href="#">導入事例</a></li><li><a href="#">料金プラン</a></li></ul></div>
<div class="col-md-3"><h6>サポート</h6><ul class="list-unstyled"><li><a href="#">よくある質問</a></li><li><a href="#">お問い合わせ</a></li><li>TEL ${esc(phone(ctx))}</li></ul></div>
<div class="col-md-3"><h6>サイト情報</h6><ul class="list-unstyled"><li><a href="#">個人情報保護方針</a></li><li><a href="#">サイトマップ</a></li><li><a href="#">アクセシビリティ</a></li></ul></div>
</div><p class="text-center">&copy; ${esc(rel.org)}</p></div></footer>
<div class="toast show" role="alert" aria-live="assertive"><div class="toast-body">当サイトは利便性向上のためCookieを利用しています。詳しくはプライバシーポリシーをご覧ください。<button type="button" class="btn btn-primary btn-sm">同意する</button></div></div>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>`;
}

// ---------- Word-style document ----------
function docHtml(rel, i) {
  const reiwa = i % 2 === 0;
  const pub = new Date(Date.UTC(rel.y, rel.m - 1, rel.d));
  const letterhead = i % 3 === 0;
  const addressee = isPublic(rel.org) ? '関係者各位' : pick(['お客様各位', '関係者各位', 'お取引先各位']);
  // numbered headings: ## → 1. 2. … ; tables keep narrow columns so cells wrap
  let sec = 0;
  const body = mdToHtml(rel.body, {
    h: 2,
    heading: (lv, h) => (lv === 2 ? `<h2>${/^[0-9０-９一二三四五六七八九十（(【]/.test(h) ? '' : `${++sec}．`}${h}</h2>` : `<h3>${h}</h3>`),
    p: (h) => (/^(記|以上)$/.test(h.trim()) ? `<p class="center">${h}</p>` : `<p>${h}</p>`),
  }).replace(/<dl>(.*?)<\/dl>/g, (_, inner) => `<table class="kv"><colgroup><col style="width:22%"><col></colgroup>${inner.replace(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g, '<tr><th>$1</th><td>$2</td></tr>')}</table>`);
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(rel.title)}</title>
<style>
@page{size:A4;margin:25mm 22mm 22mm 22mm;@bottom-center{content:"- " counter(page) " -";font-size:9pt;font-family:"Noto Serif CJK JP",serif}}
body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.75}
.right{text-align:right}.center{text-align:center}
h1{font-size:14pt;text-align:center;margin:18pt 0}
h2{font-size:11pt;margin:12pt 0 4pt}h3{font-size:10.5pt;margin:8pt 0 2pt}
p{margin:0 0 6pt;text-indent:1em}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:6pt 0}
td,th{border:0.5pt solid #000;padding:2pt 4pt;font-size:9.5pt;vertical-align:top;word-break:break-all}
th{background:#eee}
.letterhead{border-bottom:2pt solid #003366;color:#003366;font-family:"Noto Sans CJK JP",sans-serif;font-weight:bold;font-size:16pt;padding-bottom:4pt;margin-bottom:10pt}
</style></head><body>
${letterhead ? `<div class="letterhead">${esc(rel.org)}</div>` : ''}
<p class="right">${fmt(pub, reiwa ? 'reiwa' : 'kanji')}</p>
<p style="text-indent:0">${addressee}</p>
<p class="right">${esc(rel.org)}<br>${isPublic(rel.org) ? '' : '代表取締役社長　'}${isPublic(rel.org) ? '' : esc(personName())}</p>
<h1>${esc(rel.title)}</h1>
${body}
${/以上\s*$/.test(rel.body) ? '' : '<p class="right">以上</p>'}
</body></html>`;
}

// ---------- encode ----------
function encodeLegacy(html, enc) {
  // characters the legacy set lacks (or that do not round-trip) become numeric character references
  const iconvName = enc === 'shift_jis' ? 'CP932' : 'EUC-JP';
  const dec = new TextDecoder(enc);
  const chars = [...new Set([...html].filter((c) => c.codePointAt(0) > 0x7e))];
  const probe = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', iconvName], { input: chars.join('\n') + '\n' });
  const back = dec.decode(probe).split('\n');
  const bad = new Set(chars.filter((c, k) => back[k] !== c));
  const safe = [...html].map((c) => (bad.has(c) ? `&#${c.codePointAt(0)};` : c)).join('');
  return { bytes: execFileSync('iconv', ['-f', 'UTF-8', '-t', iconvName], { input: safe }), ncr: [...bad] };
}

// ---------- main ----------
const STYLES = { wpblock, lgtable, builder, mtnews, nextpages, bs5 };
const PLAN_COUNTS = { wpblock: 7, lgtable: 7, builder: 7, mtnews: 7, nextpages: 6, bs5: 6 };
// public bodies go to the municipal table layout first, the rest is dealt out at random
const order = [];
const pubIdx = chosen.map((r, k) => (isPublic(r.org) ? k : -1)).filter((k) => k >= 0);
const assign = new Array(40).fill(null);
for (const k of pubIdx.slice(0, PLAN_COUNTS.lgtable)) assign[k] = 'lgtable';
const pool = [];
for (const [s, n] of Object.entries(PLAN_COUNTS)) {
  const left = n - assign.filter((a) => a === s).length;
  for (let k = 0; k < left; k++) pool.push(s);
}
const dealt = shuffle(pool);
for (let k = 0; k < 40; k++) if (!assign[k]) assign[k] = dealt.pop();
// encodings: every lgtable legacy (4 Shift_JIS, 3 EUC-JP), five Movable Type pages legacy (2 Shift_JIS, 3 EUC-JP)
const encOf = new Array(40).fill('utf-8');
let lg = 0, mt = 0;
for (let k = 0; k < 40; k++) {
  if (assign[k] === 'lgtable') encOf[k] = lg++ < 4 ? 'shift_jis' : 'euc-jp';
  if (assign[k] === 'mtnews') {
    encOf[k] = mt < 2 ? 'shift_jis' : mt < 5 ? 'euc-jp' : 'utf-8';
    mt++;
  }
}
const SIZES = ['A4', 'B5', 'Letter', 'A4 landscape'];
// documents: releases with tables or label groups first (a document sets them as bordered tables)
const tabular = (r) => /^\s*\|/m.test(r.body) || mdToHtml(r.body).includes('<dl>');
const docOrder = shuffle([...Array(40).keys()]);
const docIdx = new Set([...docOrder.filter((k) => tabular(chosen[k])), ...docOrder.filter((k) => !tabular(chosen[k]))].slice(0, 10));

// README.md is written by hand; everything else is regenerated
for (const d of ['sources', 'html', 'pdf', 'doc']) {
  fs.rmSync(path.join(OUT, d), { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, d), { recursive: true });
}
fs.rmSync(BUILD_DIR, { recursive: true, force: true });
fs.mkdirSync(path.join(BUILD_DIR, 'doc'), { recursive: true });

const manifest = [];
const origin = [];
let docNo = 0;
chosen.forEach((rel, k) => {
  const id = `e${pad(k + 1)}`;
  const style = assign[k];
  const enc = encOf[k];
  const ctx = makeCtx(rel);
  let html = STYLES[style](rel, ctx, enc);
  const htmlPath = `html/${style}-${id}.html`;
  let ncr = [];
  if (enc === 'utf-8') fs.writeFileSync(path.join(OUT, htmlPath), html);
  else {
    const r = encodeLegacy(html, enc);
    ncr = r.ncr;
    fs.writeFileSync(path.join(OUT, htmlPath), r.bytes);
  }
  fs.writeFileSync(path.join(OUT, 'sources', `${id}.md`), rel.md.trimEnd() + '\n');
  let doc = null;
  if (docIdx.has(k)) {
    doc = `doc/doc-${id}.pdf`;
    fs.writeFileSync(path.join(BUILD_DIR, 'doc', `doc-${id}.html`), docHtml(rel, docNo++));
  }
  origin.push(`${id}\t${rel.archive}`);
  manifest.push({
    id,
    archive: rel.archive,
    source: `sources/${id}.md`,
    html: htmlPath,
    style,
    encoding: enc,
    pdf: `pdf/${style}-${id}.pdf`,
    pdfPage: pick(SIZES),
    doc,
    org: rel.org,
    title: rel.title,
    publishedAt: iso(ctx.pub),
    metadata: { ogSiteName: /og:site_name/.test(html), jsonLd: /application\/ld\+json/.test(html) },
    decoyValues: [...ctx.values].sort((a, b) => a - b),
    decoyDates: [...ctx.dates].sort(),
    decoyOther: ctx.other,
  });
  if (ncr.length) console.log(`${id} ${enc}: numeric references for ${ncr.join('')}`);
});
fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
fs.writeFileSync(path.join(OUT, 'ORIGIN.txt'), origin.join('\n') + '\n');
const count = (f) => manifest.filter(f).length;
console.log(`pages ${manifest.length}: ${Object.keys(STYLES).map((s) => `${s} ${count((m) => m.style === s)}`).join(', ')}; legacy ${count((m) => m.encoding !== 'utf-8')}; docs ${count((m) => m.doc)}`);
