#!/usr/bin/env node
// Blind set pages-p (issue #12's hidden set, sixteenth blind set): 40 archive releases drawn with a
// seeded generator from the releases not used by earlier sets, each rendered whole as a news page in
// six site families, 28 UTF-8 and 12 legacy (Shift_JIS / EUC-JP through iconv, characters the
// encoding lacks as numeric character references), with chrome full of decoy figures and dates.
// Written without reading the tool's code. `node scripts/make-pages-p.mjs` then
// `node scripts/print-pages-p.mjs` (chromium) regenerate fixtures/pages-p.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SEED = 20261207;
export const OUT = resolve(HERE, '..', 'fixtures', 'pages-p');
export const DOCSRC = '/tmp/pages-p-docsrc';
const ARCHIVE = process.env.ARCHIVE ?? '/work/shared/archive';
const USED = process.env.PAGES_USED ?? '/work/staging/pages-used.txt';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(SEED);
const ri = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rng() * xs.length)];
const shuffle = (xs) => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad2 = (n) => String(n).padStart(2, '0');
const fw = (s) => String(s).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

// ---------------------------------------------------------------- releases
function listArchive() {
  const out = [];
  for (const y of readdirSync(ARCHIVE).filter((d) => /^\d{4}$/.test(d)).sort())
    for (const m of readdirSync(join(ARCHIVE, y)).sort())
      for (const f of readdirSync(join(ARCHIVE, y, m)).sort()) if (f.endsWith('.md')) out.push(`${y}/${m}/${f}`);
  return out;
}

function parseRelease(path) {
  const text = readFileSync(join(ARCHIVE, path), 'utf8').replace(/\r\n/g, '\n');
  const tops = [...text.matchAll(/^#[ \t]+(\S.*?)\s*$/gm)].map((m) => m[1]);
  if (tops.filter((h) => /公表概要/.test(h)).length !== 1) return null;
  if (tops.filter((h) => h === '本文').length !== 1 || (text.match(/^# 本文[ \t]*$/gm) ?? []).length !== 1) return null;
  if (tops.some((h) => !['公表概要', '事案ID', '公表種別', '本文'].includes(h))) return null;
  // the source: the release without `# 事案ID` / `# 公表種別`
  const source = text.replace(/^# (?:事案ID|公表種別)[ \t]*\n(?:(?!# ).*\n?)*/gm, '').replace(/\n{3,}/g, '\n\n');
  const summary = source.split(/^# 本文[ \t]*$/m)[0];
  const bullets = [...summary.matchAll(/^- (.*)$/gm)].map((m) => m[1].trim());
  if (bullets.length < 3) return null;
  const [title, dateLine, org] = bullets;
  const dm = dateLine.normalize('NFKC').match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/);
  if (!dm || !title || !org || /第\d報：/.test(org)) return null;
  const body = source.split(/^# 本文[ \t]*$/m)[1].replace(/^\n+/, '').replace(/\s+$/, '\n');
  if (body.replace(/\s/g, '').length < 400) return null;
  const url = bullets.find((b) => /^https?:\/\//.test(b)) ?? null;
  return { path, source, title, org, url, body, date: { y: +dm[1], m: +dm[2], d: +dm[3] } };
}

// ---------------------------------------------------------------- numbers and dates in the release
const KD = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function kanjiValue(s) {
  let total = 0, section = 0, digit = 0;
  for (const ch of s) {
    if (ch in KD) digit = digit * 10 + KD[ch];
    else if (ch === '十' || ch === '百' || ch === '千') {
      const u = { 十: 10, 百: 100, 千: 1000 }[ch];
      section += (digit || 1) * u;
      digit = 0;
    } else if (ch === '万' || ch === '億') {
      const u = ch === '万' ? 1e4 : 1e8;
      total += (section + digit || 1) * u;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}
function releaseNumbers(text) {
  const t = text.normalize('NFKC').replace(/(\d)[,，](?=\d{3})/g, '$1');
  const s = new Set();
  for (const m of t.matchAll(/\d+(?:\.\d+)?/g)) {
    s.add(Number(m[0]));
    for (const part of m[0].split('.')) s.add(Number(part));
  }
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)万(\d+)?/g)) s.add(Math.round(Number(m[1]) * 1e4 + Number(m[2] ?? 0)));
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)億/g)) s.add(Math.round(Number(m[1]) * 1e8));
  for (const m of t.matchAll(/[〇零一二三四五六七八九十百千万億]+/g)) s.add(kanjiValue(m[0]));
  return s;
}
function releaseMonthDays(text) {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const s = new Set();
  for (const m of t.matchAll(/(\d{1,2})月(\d{1,2})日/g)) s.add(`${+m[1]}-${+m[2]}`);
  for (const m of t.matchAll(/(?:^|[^\d])(\d{1,2})[/.](\d{1,2})(?![\d])/g)) s.add(`${+m[1]}-${+m[2]}`);
  for (const m of t.matchAll(/\d{4}[-/.](\d{1,2})[-/.](\d{1,2})/g)) s.add(`${+m[1]}-${+m[2]}`);
  return s;
}

// ---------------------------------------------------------------- date forms
const WD = ['日', '月', '火', '水', '木', '金', '土'];
const dow = ({ y, m, d }) => WD[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
const iso = ({ y, m, d }) => `${y}-${pad2(m)}-${pad2(d)}`;
const reiwa = (y) => (y - 2018 === 1 ? '元' : String(y - 2018));
export function fmtDate(dt, kind) {
  const { y, m, d } = dt;
  switch (kind) {
    case 'kanji': return `${y}年${m}月${d}日`;
    case 'kanji0': return `${y}年${pad2(m)}月${pad2(d)}日`;
    case 'dot': return `${y}.${pad2(m)}.${pad2(d)}`;
    case 'slash': return `${y}/${m}/${d}`;
    case 'iso': return iso(dt);
    case 'wareki': return `令和${reiwa(y)}年${m}月${d}日`;
    case 'warekiFW': return `令和${fw(reiwa(y))}年${fw(m)}月${fw(d)}日`;
    case 'rshort': return `R${reiwa(y)}.${m}.${d}`;
    case 'yy': return `${String(y).slice(2)}/${pad2(m)}/${pad2(d)}`;
    case 'warekiParen': return `令和${reiwa(y)}年(${y}年)${m}月${d}日`;
    case 'md': return `${m}月${d}日（${dow(dt)}）`;
    case 'kanjiDow': return `${y}年${m}月${d}日（${dow(dt)}）`;
    default: throw new Error(kind);
  }
}
function addDays({ y, m, d }, n) {
  const t = new Date(Date.UTC(y, m - 1, d) + n * 864e5);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

// ---------------------------------------------------------------- a page's decoy book
class Decoys {
  constructor(rel) {
    this.rel = rel;
    this.nums = releaseNumbers(rel.source);
    this.mds = releaseMonthDays(rel.source);
    this.values = [];
    this.dates = [];
    this.other = [];
  }
  n(lo, hi) {
    for (let k = 0; ; k++) {
      if (k > 200) { hi = hi * 10 + 9; lo = hi - 90; k = 0; }
      const v = ri(lo, hi);
      if (this.nums.has(v) || v === this.rel.date.y) continue;
      if (!this.values.includes(v)) this.values.push(v);
      return v;
    }
  }
  /** a figure as the page prints it */
  f(lo, hi, form = pick(['comma', 'comma', 'plain', 'fw'])) {
    const v = this.n(lo, hi);
    return form === 'comma' ? v.toLocaleString('en-US') : form === 'fw' ? fw(v.toLocaleString('en-US')) : String(v);
  }
  /** a date within [from, to] days of publication that the release never mentions (month-day in any form) */
  date(from = -90, to = 40) {
    for (let k = 0; ; k++) {
      if (k > 300) { from -= 30; to += 30; k = 0; }
      const dt = addDays(this.rel.date, ri(from, to));
      if (this.mds.has(`${dt.m}-${dt.d}`)) continue;
      if (dt.m === this.rel.date.m && dt.d === this.rel.date.d) continue;
      const s = iso(dt);
      if (!this.dates.includes(s)) this.dates.push(s);
      return dt;
    }
  }
  o(s) {
    if (!this.other.includes(s)) this.other.push(s);
    return s;
  }
  phone() {
    return this.o(`0${ri(3, 99)}-${ri(100, 999)}-${ri(1000, 9999)}`);
  }
  zip() {
    return this.o(`〒${ri(100, 999)}-${pad2(ri(0, 99))}${pad2(ri(0, 99))}`);
  }
}

// ---------------------------------------------------------------- markdown body → HTML
function inline(raw, spans = false) {
  let s = raw.replace(/<img[^>]*>/gi, '').replace(/<br\s*\/?>/gi, '\u0001');
  if (spans && !/\*\*|\]\(/.test(s)) {
    const parts = [];
    let i = 0;
    const chars = [...s];
    while (i < chars.length) {
      const n = ri(2, 14);
      parts.push(chars.slice(i, i + n).join(''));
      i += n;
    }
    return parts
      .map((p) => (p === '\u0001' ? '<br>' : `<span class="${pick(['t1', 't2', 'tx', 'r'])}">${esc(p).replace(/\u0001/g, '<br>')}</span>`))
      .join('');
  }
  s = esc(s)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_, t, u) => `<a href="${u}">${t || u}</a>`)
    .replace(/\u0001/g, '<br>');
  return s;
}

function splitRow(line) {
  let l = line.trim();
  if (l.startsWith('|')) l = l.slice(1);
  if (l.endsWith('|')) l = l.slice(0, -1);
  return l.split('|').map((c) => c.trim());
}

function tableHtml(lines, opts) {
  const rows = lines.filter((l) => !/^\s*\|[\s:|-]+\|\s*$/.test(l)).map(splitRow);
  const hasHead = lines.length > 1 && /^\s*\|[\s:|-]+\|\s*$/.test(lines[1]);
  const width = Math.max(...rows.map((r) => r.length));
  // empty cells after a filled one join it (colspan); a first-column cell equal to the one above joins it (rowspan)
  const grid = rows.map((r) => r.concat(Array(width - r.length).fill('')));
  const span = grid.map((r) => r.map(() => ({ col: 1, row: 1, skip: false })));
  grid.forEach((r, i) => {
    for (let j = 1; j < width; j++) {
      if (r[j] === '' && r[j - 1] !== '' && !span[i][j - 1].skip) {
        let k = j - 1;
        while (span[i][k].skip) k--;
        span[i][k].col++;
        span[i][j].skip = true;
      }
    }
  });
  if (opts.rowspan) {
    for (let i = hasHead ? 2 : 1; i < grid.length; i++) {
      if (grid[i][0] !== '' && grid[i][0] === grid[i - 1][0]) {
        let k = i - 1;
        while (span[k][0].skip) k--;
        span[k][0].row++;
        span[i][0].skip = true;
      }
    }
  }
  const cell = (tag, i, j) => {
    const sp = span[i][j];
    if (sp.skip) return '';
    const a = `${sp.col > 1 ? ` colspan="${sp.col}"` : ''}${sp.row > 1 ? ` rowspan="${sp.row}"` : ''}`;
    return `<${tag}${a}>${inline(grid[i][j])}</${tag}>`;
  };
  let h = `<table class="${opts.tableClass ?? 'tbl'}"${opts.tableAttrs ?? ''}>`;
  if (hasHead) h += `<thead><tr>${grid[0].map((_, j) => cell('th', 0, j)).join('')}</tr></thead>`;
  h += '<tbody>';
  for (let i = hasHead ? 1 : 0; i < grid.length; i++) h += `<tr>${grid[i].map((_, j) => cell(!hasHead && j === 0 && width > 1 ? 'th' : 'td', i, j)).join('')}</tr>`;
  return `${h}</tbody></table>`;
}

/** The whole 本文 as HTML blocks; notes (※ …) and the contact section go into boxes inside the article. */
export function bodyHtml(md, opts = {}) {
  const lines = md.split('\n');
  const out = [];
  let i = 0;
  const H = opts.h ?? ['h2', 'h3', 'h4', 'h4', 'h4'];
  let boxOpen = false;
  const closeBox = () => {
    if (boxOpen) out.push(opts.boxClose ?? '</div>');
    boxOpen = false;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) { i++; continue; }
    const hm = line.match(/^(#{2,6})\s*(.*)$/);
    if (hm) {
      closeBox();
      const level = hm[1].length - 2;
      const text = hm[2].trim();
      if (/問い?合わ?せ|窓口/.test(text) && opts.contactBox) {
        out.push(opts.contactBox);
        boxOpen = true;
      }
      out.push(`<${H[level]}${opts.hAttrs?.[level] ?? ''}>${inline(text)}</${H[level]}>`);
      i++;
      continue;
    }
    if (/^\s*\|/.test(line)) {
      const t = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) t.push(lines[i++]);
      out.push(opts.tableWrap ? opts.tableWrap(tableHtml(t, opts)) : tableHtml(t, opts));
      continue;
    }
    if (/^\s*(?:[-*]|\d+\.)\s+/.test(line) && !/^\s*\*\*/.test(line)) {
      const items = [];
      const ordered = /^\s*\d+\.\s/.test(line);
      const start = ordered ? Number(line.match(/\d+/)[0]) : 1;
      while (i < lines.length && /^\s*(?:[-*]|\d+\.)\s+/.test(lines[i]) && !/^\s*\*\*/.test(lines[i]) && /^\s*\d+\.\s/.test(lines[i]) === ordered) {
        const indent = lines[i].match(/^\s*/)[0].length;
        items.push(`<li${indent >= 2 ? ' class="sub"' : ''}>${inline(lines[i].replace(/^\s*(?:[-*]|\d+\.)\s+/, ''), opts.spans)}</li>`);
        i++;
      }
      out.push(ordered ? `<ol${start !== 1 ? ` start="${start}"` : ''}>${items.join('')}</ol>` : `<ul${opts.ulAttrs ?? ''}>${items.join('')}</ul>`);
      continue;
    }
    const para = [];
    while (i < lines.length && !/^\s*$/.test(lines[i]) && !/^#{2,6}\s/.test(lines[i]) && !/^\s*\|/.test(lines[i]) && !(/^\s*(?:[-*]|\d+\.)\s+/.test(lines[i]) && !/^\s*\*\*/.test(lines[i]))) para.push(lines[i++]);
    const html = para.map((l) => inline(l, opts.spans)).join('<br>');
    if (/^[※＊*]|^（注|^注[）)：:]/.test(para[0]) && !boxOpen) out.push(opts.note ? opts.note(html) : `<aside class="note"><p>${html}</p></aside>`);
    else out.push(opts.p ? opts.p(html) : `<p>${html}</p>`);
  }
  closeBox();
  return out.join('\n');
}

// ---------------------------------------------------------------- shared chrome helpers
const HEADLINES = [
  (D) => `会員数が${D.f(20000, 90000)}名を突破しました`,
  (D) => `説明会の定員を${D.f(120, 480)}名に拡大しました`,
  (D) => `年末年始の営業について（${D.f(31, 95)}店舗）`,
  (D) => `契約数${D.f(11000, 48000)}件を達成`,
  (D) => `ボランティア${D.f(210, 880)}人が参加しました`,
  (D) => `環境報告書を公開（CO2排出量${D.f(1300, 9800)}t削減）`,
  (D) => `システムメンテナンスのお知らせ（約${D.f(3, 9, 'plain')}時間停止）`,
  (D) => `夏季休業のお知らせ`,
  (D) => `新サービスの利用者が${D.f(2100, 9900)}人に`,
  (D) => `地域清掃活動に${D.f(60, 190)}名が参加`,
  (D) => `寄附金${D.f(120, 990)}件のご報告`,
  (D) => `採用説明会を開催します（募集${D.f(12, 48)}名）`,
  (D) => `アプリ累計ダウンロード${D.f(130000, 990000)}件突破`,
  (D) => `第${D.f(41, 89, 'plain')}回定時株主総会招集ご通知`,
];
function news(D, n, kind) {
  const hs = shuffle(HEADLINES).slice(0, n);
  return hs.map((h) => ({ date: D.date(-120, 45), text: h(D), kind }));
}
const COOKIE = (D) => `当サイトではCookieを使用しています（${D.f(12, 40, 'plain')}社の計測ツール）。詳しくはプライバシーポリシーをご覧ください。`;
const PREFS = ['東京都千代田区丸の内', '大阪府大阪市北区梅田', '愛知県名古屋市中村区名駅', '福岡県福岡市博多区博多駅前', '北海道札幌市中央区北一条西', '宮城県仙台市青葉区本町', '広島県広島市中区紙屋町', '神奈川県横浜市西区みなとみらい'];
const addr = (D) => D.o(`${pick(PREFS)}${ri(1, 9)}-${ri(1, 30)}-${ri(1, 20)}`);
const NAMES = ['山田 太郎', '佐藤 一郎', '鈴木 花子', '高橋 健', '田中 誠', '伊藤 直樹', '渡辺 恵', '中村 修'];

function jsonLd(rel, D, { withDate = true, extra = {} } = {}) {
  const o = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: rel.title,
    ...(withDate ? { datePublished: `${iso(rel.date)}T${pad2(ri(9, 18))}:00:00+09:00`, dateModified: `${iso(D.date(1, 30))}T10:00:00+09:00` } : {}),
    publisher: { '@type': 'Organization', name: rel.org, logo: { '@type': 'ImageObject', url: '/img/logo.png', width: D.n(180, 320), height: D.n(40, 90) } },
    interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'https://schema.org/ShareAction', userInteractionCount: D.n(100, 999) },
    ...extra,
  };
  return o;
}

// ---------------------------------------------------------------- page context
/**
 * ctx: rel, D (decoys), dateMode, orgMode, plus what each style derives.
 * dateMode: where the publication date is; orgMode: where the organization is named.
 */
function dateVisible(ctx) {
  const { rel, dateMode } = ctx;
  const forms = {
    koukai: `公開日：${fmtDate(rel.date, 'kanji')}`,
    koushin: `更新日 ${fmtDate(rel.date, 'kanji')}`,
    dot: fmtDate(rel.date, 'dot'),
    wareki: fmtDate(rel.date, 'wareki'),
    warekiFW: fmtDate(rel.date, 'warekiFW'),
    slash: fmtDate(rel.date, 'slash'),
    kanji0: fmtDate(rel.date, 'kanji0'),
    rshort: `掲載 ${fmtDate(rel.date, 'rshort')}`,
    iso: fmtDate(rel.date, 'iso'),
    yy: fmtDate(rel.date, 'yy'),
    warekiParen: `発表日：${fmtDate(rel.date, 'warekiParen')}`,
    keisai: `掲載日：${fmtDate(rel.date, 'kanji')}（最終更新日：${fmtDate(ctx.D.date(3, 40), 'kanji')}）`,
    mdonly: `${fmtDate(rel.date, 'md')}掲載`,
  };
  return forms[dateMode] ?? null; // time-only, jsonld-only, title-only: nothing visible
}
const DATE_MODES = ['koukai', 'koushin', 'dot', 'wareki', 'warekiFW', 'slash', 'kanji0', 'rshort', 'iso', 'yy', 'warekiParen', 'keisai', 'mdonly', 'time-only', 'jsonld-only', 'title-only'];
const ORG_MODES = ['title', 'og', 'logo-alt', 'copyright', 'footer-only'];

function titleTag(ctx, site) {
  const { rel, dateMode, orgMode } = ctx;
  const datePart = dateMode === 'title-only' ? `【${fmtDate(rel.date, 'kanji')}】` : '';
  return orgMode === 'title' ? `${datePart}${rel.title}｜${rel.org}` : `${datePart}${rel.title}｜${site}`;
}
function metaTags(ctx, site) {
  const { rel, orgMode } = ctx;
  const og = orgMode === 'og' || orgMode === 'title' ? rel.org : site;
  ctx.ogSiteName = og;
  return `<meta property="og:site_name" content="${esc(og)}">\n<meta property="og:title" content="${esc(rel.title)}">\n<meta property="og:type" content="article">`;
}
/** The name the chrome shows in logo text: the org unless it must only appear in one place. */
function chromeName(ctx, site) {
  return ['title', 'og'].includes(ctx.orgMode) ? ctx.rel.org : site;
}
function copyright(ctx, site) {
  const y = ctx.rel.date.y;
  return ctx.orgMode === 'copyright' || ctx.orgMode === 'footer-only' ? `© ${y} ${ctx.rel.org} All Rights Reserved.` : `Copyright © ${site}. All Rights Reserved.`;
}
const SITE_WORDS = ['オフィシャルサイト', 'コーポレートサイト', '公式ウェブサイト', 'ニュースルーム', 'インフォメーション'];

function ldScript(ctx, obj) {
  ctx.jsonLd = obj;
  return `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
}
function timeEl(ctx, visible, cls = 'date') {
  return `<time class="${cls}" datetime="${iso(ctx.rel.date)}T${pad2(ri(9, 17))}:${pad2(ri(0, 59))}:00+09:00">${visible ? esc(visible) : ''}</time>`;
}

// ================================================================ style 1: WordPress block theme
function styleWp(ctx) {
  const { rel, D } = ctx;
  const site = pick(SITE_WORDS);
  const name = chromeName(ctx, site);
  const inTable = rng() < 0.5;
  const dv = dateVisible(ctx);
  const side = news(D, 5, 'post');
  const ticker = news(D, 3, 'tick');
  const body = bodyHtml(rel.body, {
    h: ['h2', 'h3', 'h4', 'h4', 'h4'],
    hAttrs: [' class="wp-block-heading has-large-font-size"', ' class="wp-block-heading"'],
    tableClass: 'has-fixed-layout', tableWrap: (t) => `<figure class="wp-block-table is-style-stripes">${t}</figure>`, rowspan: true,
    p: (h) => `<p class="has-text-align-left">${h}</p>`,
    note: (h) => `<div class="wp-block-group is-style-callout has-pale-cyan-blue-background-color"><div class="wp-block-group__inner-container"><p>${h}</p></div></div>`,
    contactBox: '<div class="wp-block-group has-border-color" style="border:2px solid #0693e3;padding:1em">',
  });
  const pdfLinks = rng() < 0.5;
  const showDate = dv ? `<div class="wp-block-post-date">${ctx.dateMode === 'time-only' ? '' : ''}${timeEl(ctx, dv)}</div>` : ctx.dateMode === 'time-only' ? `<div class="wp-block-post-date">${timeEl(ctx, '')}<span class="dashicons dashicons-calendar"></span></div>` : '';
  const article = `
<article class="wp-block-post post type-post status-publish format-standard category-news">
<div class="wp-block-post-terms"><a href="/category/news/">お知らせ</a> <a href="/category/important/">重要なお知らせ</a></div>
<h1 class="wp-block-post-title">${esc(rel.title)}</h1>
${showDate}
${pdfLinks ? `<p class="pdf-link"><a href="/wp-content/uploads/${rel.date.y}/${pad2(rel.date.m)}/release.pdf">PDFファイル（${D.f(110, 480, 'plain')}KB）</a></p>` : ''}
<div class="entry-content wp-block-post-content is-layout-flow">
${body}
</div>
${pdfLinks ? `<div class="wp-block-file"><a href="/wp-content/uploads/release.pdf">PDF版はこちら（PDF：${D.f(130, 520, 'plain')}KB）</a><a class="wp-block-file__button" download>ダウンロード</a></div>` : ''}
<div class="sharedaddy"><span>シェア</span> <a class="share-x">ポスト ${D.f(12, 390, 'plain')}</a> <a class="share-fb">いいね！ ${D.f(12, 390, 'plain')}</a> <a class="share-hatena">B! ${D.f(12, 390, 'plain')}</a></div>
</article>`;
  const main = inTable
    ? `<table class="pb-row" width="100%" cellpadding="0" cellspacing="0"><tr><td class="pb-col" valign="top" width="70%">${article}</td><td class="pb-col" valign="top">${sidebar()}</td></tr></table>`
    : `<div class="wp-block-columns"><div class="wp-block-column" style="flex-basis:68%">${article}</div><div class="wp-block-column" style="flex-basis:32%">${sidebar()}</div></div>`;
  function sidebar() {
    return `<aside class="widget-area"><section class="widget wp-block-latest-posts"><h2 class="widget-title">最新のお知らせ</h2><ul>${side.map((n) => `<li><time>${fmtDate(n.date, 'dot')}</time><a href="#">${esc(n.text)}</a></li>`).join('')}</ul></section>
<section class="widget"><h2 class="widget-title">会社データ</h2><dl><dt>従業員数</dt><dd>${D.f(300, 9800)}名（連結）</dd><dt>資本金</dt><dd>${D.f(12, 980, 'plain')}億円</dd><dt>拠点数</dt><dd>${D.f(14, 88, 'plain')}拠点</dd></dl></section>
<section class="widget"><h2 class="widget-title">人気の記事</h2><ol><li>採用情報 2027（${D.f(1200, 4800)}view）</li><li>サステナビリティ（${D.f(1200, 4800)}view）</li></ol></section></aside>`;
  }
  const mega = `<nav class="wp-block-navigation mega-menu"><ul><li class="has-child"><a>企業情報</a><div class="mega"><div class="col"><h3>企業情報</h3><a>トップメッセージ</a><a>会社概要</a><a>沿革</a></div><div class="col"><h3>数字で見る当社</h3><p>売上高 ${D.f(120, 980, 'plain')}億円</p><p>取引先 ${D.f(1100, 8800)}社</p></div></div></li><li><a>事業内容</a></li><li><a>IR情報</a></li><li><a>サステナビリティ</a></li><li><a>採用情報</a></li><li><a>ニュース</a></li></ul></nav>`;
  const logo = ctx.orgMode === 'logo-alt' ? `<img src="/wp-content/themes/corp/logo.svg" alt="${esc(rel.org)}" width="220" height="48">` : `<span class="site-title">${esc(name)}</span>`;
  const ld = ctx.dateMode === 'jsonld-only' || rng() < 0.6 ? ldScript(ctx, { '@context': 'https://schema.org', '@graph': [jsonLd(rel, D, { withDate: ctx.dateMode !== 'title-only' && ctx.dateMode !== 'time-only' }), { '@type': 'BreadcrumbList', itemListElement: [{ position: 1, name: 'ホーム' }, { position: 2, name: 'ニュース' }] }] }) : '';
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>${esc(titleTag(ctx, site))}</title>
${metaTags(ctx, site)}
<meta name="generator" content="WordPress 6.7.1">
<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#222;font-size:15px;line-height:1.8}
.site-header{position:sticky;top:0;background:#fff;border-bottom:3px solid #0693e3;padding:8px 24px;display:flex;gap:24px;align-items:center;z-index:9}
.site-title{font-weight:bold;font-size:20px}
.mega-menu ul{display:flex;gap:14px;list-style:none;margin:0;padding:0}.mega{display:none}
.ticker{background:#0b2545;color:#fff;font-size:12px;padding:4px 24px;white-space:nowrap;overflow:hidden}
.ticker span{margin-right:36px}
.breadcrumbs{font-size:12px;padding:6px 24px;color:#666}
.wp-block-columns{display:flex;gap:32px;padding:0 24px}
.wp-block-post-title{font-size:24px;border-left:6px solid #0693e3;padding-left:12px}
.wp-block-post-date{color:#888;font-size:13px;text-align:right}
figure.wp-block-table table{border-collapse:collapse;width:100%}figure.wp-block-table td,figure.wp-block-table th{border:1px solid #999;padding:4px 8px}
.is-style-callout{background:#e8f4fb;padding:10px 14px;border-radius:6px;margin:1em 0}
.widget-area{font-size:13px;background:#f5f7fa;padding:12px}.widget-title{font-size:15px;border-bottom:1px solid #ccc}
.sharedaddy a{margin-right:10px;font-size:12px}
.site-footer{background:#222;color:#ddd;padding:20px 24px;font-size:12px;margin-top:30px}
.cookie{position:fixed;bottom:0;left:0;right:0;background:rgba(0,0,0,.85);color:#fff;padding:10px 24px;font-size:12px}
${ctx.printCss ?? ''}
</style>
${ld}
</head>
<body class="wp-singular post-template-default single single-post wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#wp--skip-link--target">コンテンツへスキップ</a>
<header class="site-header wp-block-template-part">${logo}${mega}</header>
<div class="ticker" role="marquee">${ticker.map((n) => `<span>${fmtDate(n.date, 'slash')} ${esc(n.text)}</span>`).join('')}</div>
<nav class="breadcrumbs"><a href="/">ホーム</a> &gt; <a href="/news/">ニュース</a> &gt; ${ctx.dateMode === 'mdonly' ? `<a href="/news/${rel.date.y}/">${rel.date.y}年</a> &gt; ` : ''}<span>${esc(rel.title)}</span></nav>
<main id="wp--skip-link--target" class="wp-block-group">
${main}
<section class="related"><h2>関連ニュース</h2><ul>${news(D, 3, 'rel').map((n) => `<li>${fmtDate(n.date, 'kanji')}　${esc(n.text)}</li>`).join('')}</ul></section>
</main>
<footer class="site-footer"><div class="wp-block-columns"><div><p>${ctx.orgMode === 'footer-only' ? esc(rel.org) : esc(name)}</p><p>本社 ${D.zip()} ${addr(D)}<br>TEL ${D.phone()}（代表）</p><p>従業員数 ${D.f(400, 9900)}名 ／ 資本金 ${D.f(10, 990, 'plain')}億${D.f(1000, 9999, 'plain')}万円</p></div><div><a>サイトマップ</a> <a>個人情報保護方針</a> <a>お問い合わせ</a></div></div><p class="copy">${esc(copyright(ctx, site))}</p></footer>
<div class="cookie" id="cookie-law-info-bar">${esc(COOKIE(D))} <button>同意する</button></div>
<script>window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.7.1"}};var wpData={"postId":${D.n(10000, 99999)},"views":${D.n(1000, 9999)},"updated":"${iso(D.date(1, 20))}"};</script>
</body>
</html>`;
}

// ================================================================ style 2: old Shift_JIS municipal table layout
function styleSjis(ctx) {
  const { rel, D } = ctx;
  const site = pick(['総合ポータル', 'ホームページ', '公式ホームページ']);
  const name = chromeName(ctx, site);
  const asOf = D.date(-60, -5);
  const dv = dateVisible(ctx);
  const left = ['くらしの情報', '　├ 届出・証明', '　├ 税金', '　├ 健康・福祉', '　├ 子育て・教育', '　└ ごみ・環境', '事業者の方へ', '観光・イベント', '組織から探す', '情報公開'];
  const body = bodyHtml(rel.body, {
    h: ['h3', 'h4', 'h5', 'h5', 'h5'],
    hAttrs: [' class="midashi"'],
    tableClass: 'data', tableAttrs: ' border="1" cellpadding="4" cellspacing="0" width="100%"', rowspan: rng() < 0.7,
    p: (h) => `<p><font size="2">${h}</font></p>`,
    note: (h) => `<table border="1" cellpadding="6" cellspacing="0" width="100%" bgcolor="#FFFFE0"><tr><td><font size="2">${h}</font></td></tr></table>`,
  });
  const dateDiv = dv ? `<div align="right"><font size="2">${esc(dv)}</font></div>` : ctx.dateMode === 'time-only' ? `<div align="right">${timeEl(ctx, '')}</div>` : '';
  const faq = [`Q. 窓口の受付時間は？　A. 平日8時30分から17時15分までです（年間${D.f(240, 245, 'plain')}日開庁）。`, `Q. 証明書の発行手数料は？　A. 1通${D.f(210, 450, 'plain')}円です。`];
  const ld = ctx.dateMode === 'jsonld-only' ? ldScript(ctx, jsonLd(rel, D)) : '';
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>${esc(titleTag(ctx, site))}</title>
${metaTags(ctx, site)}
<style type="text/css">
body{margin:0;font-family:"Noto Serif CJK JP",serif;background:#eef}
.midashi{background:#336;color:#fff;padding:3px 6px;font-size:15px}
table.data th{background:#dde}
.pop{font-size:12px}
</style>
${ld}
<script type="text/javascript">var accessCounter=${D.n(100000, 999999)};var lastUpdate="${fmtDate(D.date(-10, 10), 'slash')}";</script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#0000CC">
<a href="#honbun"><font size="1">本文へ</font></a>
<center>
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" bgcolor="#336699">
<table width="100%"><tr><td>${ctx.orgMode === 'logo-alt' ? `<img src="/img/logo.gif" alt="${esc(rel.org)}" width="240" height="50">` : `<font color="#FFFFFF" size="5"><b>${esc(name)}</b></font>`}</td>
<td align="right" class="pop"><font color="#FFFFFF">現在の人口 ${D.f(31000, 389000)}人　世帯数 ${D.f(12000, 170000)}世帯<br>（${fmtDate(asOf, 'wareki')}現在）</font></td></tr></table>
</td></tr>
<tr><td colspan="2" bgcolor="#DDDDEE"><font size="2"><a href="/">トップページ</a> ＞ <a href="/kurashi/">くらしの情報</a> ＞ <a href="/oshirase/">お知らせ</a> ＞ ${esc(rel.title)}</font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#F0F0F8"><font size="2">${left.map((l) => `${esc(l)}<br>`).join('\n')}</font>
<hr><font size="2"><b>新着情報</b><br>${news(D, 4, 'new').map((n) => `${fmtDate(n.date, 'wareki')}<br>${esc(n.text)}<br>`).join('\n')}</font></td>
<td width="590" valign="top" bgcolor="#FFFFFF">
<a name="honbun"></a>
<table width="100%" cellpadding="8"><tr><td>
<h2><font color="#003366">${esc(rel.title)}</font></h2>
${dateDiv}
${body}
<hr>
<table border="1" cellpadding="6" cellspacing="0" width="100%" bgcolor="#F8F8FF"><tr><th align="left">よくある質問</th></tr>${faq.map((q) => `<tr><td><font size="2">${esc(q)}</font></td></tr>`).join('')}</table>
<br>
<table border="1" cellpadding="6" cellspacing="0" width="100%"><tr><th align="left" bgcolor="#DDEEFF">このページに関するお問い合わせ</th></tr><tr><td><font size="2">総務部 情報政策課 情報管理係<br>電話：${D.phone()}　ファクス：${D.phone()}<br>受付時間：午前8時30分から午後5時15分</font></td></tr></table>
<form><font size="2">このページの情報は役に立ちましたか？<br><input type="radio" name="q1">役に立った <input type="radio" name="q1">ふつう <input type="radio" name="q1">役に立たなかった</font></form>
<div align="right"><a href="#top"><font size="2">このページの先頭へ</font></a></div>
</td></tr></table>
</td></tr>
<tr><td colspan="2" bgcolor="#336699" align="center"><font color="#FFFFFF" size="2">${ctx.orgMode === 'footer-only' ? esc(rel.org) + '　' : ''}${D.zip()} ${addr(D)}　代表電話 ${D.phone()}<br>開庁時間 平日 8時30分～17時15分（職員数 ${D.f(320, 2900)}人）<br>${esc(copyright(ctx, site))}</font></td></tr>
</table>
</center>
</body>
</html>`;
}

// ================================================================ style 3: page-builder div soup (clinic / builder)
function styleDivsoup(ctx) {
  const { rel, D } = ctx;
  const site = pick(['クリニック公式サイト', 'Official Site', 'ホームページ']);
  const name = chromeName(ctx, site);
  const dv = dateVisible(ctx);
  const uid = () => `comp-${Math.floor(rng() * 1e9).toString(36)}`;
  const body = bodyHtml(rel.body, {
    spans: true,
    h: ['div', 'div', 'div', 'div', 'div'],
    hAttrs: [' class="elementor-heading-title h2like" role="heading" aria-level="2"', ' class="elementor-heading-title h3like" role="heading" aria-level="3"', ' class="h4like"', ' class="h4like"', ' class="h4like"'],
    tableClass: 'elementor-table', rowspan: true, tableWrap: (t) => `<div class="elementor-widget-container"><div class="tbl-scroll">${t}</div></div>`,
    p: (h) => `<div id="${uid()}" class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><div class="txt">${h}</div></div></div>`,
    note: (h) => `<div class="elementor-alert elementor-alert-info" role="alert"><span class="elementor-alert-description">${h}</span></div>`,
    contactBox: '<div class="contact-box" style="border:1px dashed #c33;padding:10px;margin:12px 0">',
  });
  const cal = (() => {
    const base = D.date(5, 30);
    const m = base.m;
    let rows = '';
    for (let w = 0; w < 2; w++) rows += `<tr>${[0, 1, 2, 3, 4, 5, 6].map((k) => `<td>${w * 7 + k + 1}${(w * 7 + k) % 7 === 3 ? '<br>休' : ''}</td>`).join('')}</tr>`;
    return `<div class="cal-title">診療カレンダー ${m}月</div><table class="cal"><tr>${WD.map((w) => `<th>${w}</th>`).join('')}</tr>${rows}</table>`;
  })();
  const closed = D.date(5, 45);
  const titleAsImg = ctx.titleImg;
  const dateBlock = dv ? `<div class="meta-date" style="text-align:right;color:#999;font-size:12px">${esc(dv)}</div>` : ctx.dateMode === 'time-only' ? `<div class="meta-date">${timeEl(ctx, '')}</div>` : '';
  const ld = ctx.dateMode === 'jsonld-only' || rng() < 0.4 ? ldScript(ctx, { ...jsonLd(rel, D, { withDate: !['title-only', 'time-only'].includes(ctx.dateMode) }), '@type': 'MedicalWebPage' }) : '';
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(titleTag(ctx, site))}</title>
${metaTags(ctx, site)}
<meta name="generator" content="Elementor 3.25.4; features: e_font_icon_svg">
<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;font-size:14px;color:#333}
#SITE_HEADER{position:relative;height:150px;background:#f3faf7}
#SITE_HEADER>div{position:absolute}
.closed-banner{background:#c33;color:#fff;padding:6px 20px;font-weight:bold}
.wrap{display:flex;gap:24px;padding:16px 20px}
.main-col{flex:1 1 0;min-width:0}.side-col{width:230px;font-size:12px}
.h2like{font-size:18px;font-weight:bold;border-bottom:2px solid #3a8;margin:18px 0 6px}.h3like{font-size:16px;font-weight:bold;margin:12px 0 4px}.h4like{font-weight:bold}
.txt{margin:0 0 10px}.tx{letter-spacing:.02em}.r{color:#222}
.elementor-table{border-collapse:collapse;width:100%}.elementor-table td,.elementor-table th{border:1px solid #aaa;padding:3px 6px}
.elementor-alert{background:#eef7ff;border-left:4px solid #39f;padding:8px 12px;margin:10px 0;display:block}
table.cal,table.hours{border-collapse:collapse;width:100%;font-size:11px}table.cal td,table.cal th,table.hours td,table.hours th{border:1px solid #ccc;text-align:center;padding:2px}
.side-box{border:1px solid #3a8;padding:8px;margin-bottom:12px}
#SITE_FOOTER{background:#3a8;color:#fff;padding:16px 20px;font-size:12px}
</style>
${ld}
</head><body>
<div id="SITE_CONTAINER"><div id="main_MF">
<header id="SITE_HEADER">
<div style="left:20px;top:18px;width:320px;height:60px" id="${uid()}">${ctx.orgMode === 'logo-alt' || ctx.orgMode === 'copyright' || ctx.orgMode === 'footer-only' ? `<img src="/media/logo_${ri(100, 999)}.png" alt="${ctx.orgMode === 'logo-alt' ? esc(rel.org) : 'ロゴ'}" width="300" height="56">` : `<p class="font_2"><span style="font-size:24px"><span>${esc(name)}</span></span></p>`}</div>
<div style="left:560px;top:14px;width:220px;height:40px" id="${uid()}"><p class="font_8"><span>ご予約・お問い合わせ</span></p><p class="font_8"><span>${D.phone()}</span></p></div>
<div style="left:560px;top:60px;width:220px;height:30px" id="${uid()}"><span>患者数 延べ${D.f(21000, 88000)}人</span></div>
<div style="left:20px;top:104px;width:760px;height:34px" id="${uid()}"><nav><span>ホーム</span> ｜ <span>診療案内</span> ｜ <span>医師紹介</span> ｜ <span>アクセス</span> ｜ <span>お知らせ</span></nav></div>
</header>
<div class="closed-banner">休診のお知らせ：${fmtDate(closed, 'md')}は院内研修のため休診いたします</div>
<div class="wrap">
<div class="main-col"><div class="elementor elementor-${ri(100, 999)}" data-elementor-type="single-post">
<div class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
${titleAsImg ? `<h1 class="site-h1">${esc(name)}</h1><div class="title-img"><img src="/media/title_${ri(100, 999)}.png" alt="${esc(rel.title)}" width="640" height="60"></div>` : `<h1 class="elementor-heading-title elementor-size-default"><span>${esc(rel.title)}</span></h1>`}
${dateBlock}
${body}
</div></div></div></div>
<div class="elementor-share-buttons"><span>LINEで送る ${D.f(10, 99, 'plain')}</span> <span>いいね ${D.f(10, 99, 'plain')}</span></div>
</div></div>
<div class="side-col">
<div class="side-box"><b>外来受付時間</b><table class="hours"><tr><th></th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr><tr><td>午前 8:30～12:00</td><td>○</td><td>○</td><td>○</td><td>○</td><td>○</td><td>○</td></tr><tr><td>午後 14:00～17:30</td><td>○</td><td>○</td><td>／</td><td>○</td><td>○</td><td>／</td></tr></table></div>
<div class="side-box">${cal}</div>
<div class="side-box"><b>病院概要</b><br>病床数 ${D.f(120, 680, 'plain')}床<br>診療科 ${D.f(19, 38, 'plain')}科<br>医師数 ${D.f(40, 190, 'plain')}名<br>年間手術件数 ${D.f(1100, 4800)}件</div>
<div class="side-box"><b>最新のお知らせ</b>${news(D, 4, 'side').map((n) => `<div class="n"><span>${fmtDate(n.date, 'iso')}</span><br><span>${esc(n.text)}</span></div>`).join('')}</div>
</div>
</div>
<footer id="SITE_FOOTER"><div>${ctx.orgMode === 'footer-only' ? esc(rel.org) + '<br>' : ''}${D.zip()} ${addr(D)}<br>TEL ${D.phone()} ／ FAX ${D.phone()}</div><div>${esc(copyright(ctx, site))}</div></footer>
</div></div>
<script>window.viewerModel={"siteId":"${Math.floor(rng() * 1e12).toString(16)}","visitors":${D.n(10000, 99999)},"publishedDate":"${iso(D.date(-200, -100))}"};</script>
</body></html>`;
}

// ================================================================ style 4: Movable Type (archive calendar, tag cloud)
function styleMt(ctx) {
  const { rel, D } = ctx;
  const site = pick(['ブログ', 'ニュースブログ', 'スタッフ日記']);
  const name = chromeName(ctx, site);
  const dv = dateVisible(ctx);
  const charset = ctx.encoding === 'EUC-JP' ? 'EUC-JP' : 'UTF-8';
  const body = bodyHtml(rel.body, {
    h: ['h3', 'h4', 'h5', 'h5', 'h5'],
    tableClass: 'entry-table', tableAttrs: ' border="1"', rowspan: false,
    note: (h) => `<blockquote class="note"><p>${h}</p></blockquote>`,
    contactBox: '<div class="box-contact">',
  });
  const { y, m } = rel.date;
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells = Array(first).fill('').concat(Array.from({ length: days }, (_, i) => String(i + 1)));
  while (cells.length % 7) cells.push('');
  const linked = new Set([rel.date.d, ri(1, days), ri(1, days)]);
  let cal = '';
  for (let i = 0; i < cells.length; i += 7) cal += `<tr>${cells.slice(i, i + 7).map((c) => `<td>${c && linked.has(+c) ? `<a href="/${y}/${pad2(m)}/${pad2(+c)}/">${c}</a>` : c}</td>`).join('')}</tr>`;
  const tags = ['お知らせ', 'セキュリティ', 'メンテナンス', 'イベント', '採用', 'IR', '商品情報', '店舗'].map((t) => `<a class="tag-${ri(1, 6)}" href="#">${t}<span>(${D.f(13, 160, 'plain')})</span></a>`);
  const months = Array.from({ length: 5 }, (_, k) => addDays({ y, m, d: 15 }, -30 * (k + 1)));
  const meta = dv ? esc(dv) : '';
  const ld = ctx.dateMode === 'jsonld-only' ? ldScript(ctx, jsonLd(rel, D)) : '';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<meta name="generator" content="Movable Type Pro 5.2.13" />
<title>${esc(titleTag(ctx, site))}</title>
${metaTags(ctx, site)}
<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml" />
<style type="text/css">
body{font-family:"Noto Sans CJK JP",sans-serif;font-size:13px;background:#f0ede6;margin:0}
#container{width:900px;margin:0 auto;background:#fff}
#header{background:#5a3e2b;color:#fff;padding:16px}
#content{float:left;width:620px;padding:16px}#beta{float:right;width:230px;padding:12px;font-size:12px;background:#faf7f0}
#footer{clear:both;background:#5a3e2b;color:#eee;padding:12px;font-size:11px}
.entry-table{border-collapse:collapse}.entry-table td,.entry-table th{border:1px solid #888;padding:3px}
.calendar td{text-align:center;width:26px}
blockquote.note{border-left:4px solid #b97;background:#fbf6ee;margin:10px 0;padding:4px 12px}
.box-contact{border:1px solid #5a3e2b;padding:8px 12px}
.entry-footer{font-size:11px;color:#777;border-top:1px dotted #aaa}
</style>
${ld}
</head>
<body class="mt-entry-archive layout-two-column-right">
<div id="container"><div id="header"><div id="header-name">${ctx.orgMode === 'logo-alt' ? `<img src="/images/logo.gif" alt="${esc(rel.org)}" />` : `<a href="/">${esc(name)}</a>`}</div><div id="header-description">${esc(site)}の最新情報をお届けします（購読者 ${D.f(1200, 9800)}人）</div></div>
<div id="content"><div class="entry-asset asset hentry">
<div class="asset-header"><h2 class="asset-name entry-title">${esc(rel.title)}</h2>
<div class="asset-meta">${ctx.dateMode === 'time-only' ? `<abbr class="published" title="${iso(rel.date)}T10:00:00+09:00"></abbr>` : `<span class="byline">投稿者：${ctx.dateMode === 'mdonly' ? '' : ''}広報担当 ${meta ? `<abbr class="published">${meta}</abbr>` : ''}</span>`}</div></div>
<div class="asset-content entry-content"><div class="asset-body">
${body}
</div></div>
<div class="entry-footer">カテゴリ：<a href="#">お知らせ</a> ｜ <a href="#">コメント(${D.f(2, 40, 'plain')})</a> ｜ <a href="#">トラックバック(${D.f(2, 40, 'plain')})</a></div>
</div>
<div class="content-nav"><a href="#">« ${esc(news(D, 1, 'prev')[0].text)}</a> ｜ <a href="/">メインページ</a> ｜ <a href="#">${esc(news(D, 1, 'next')[0].text)} »</a></div>
</div>
<div id="beta"><div class="widget-calendar widget"><h3 class="widget-header">${y}年${m}月</h3><table class="calendar" summary="投稿されたエントリーへのリンク付きカレンダー"><tr><th>日</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr>${cal}</table></div>
<div class="widget-tag-cloud widget"><h3 class="widget-header">タグクラウド</h3><div class="widget-content">${tags.join(' ')}</div></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のエントリー</h3><ul>${news(D, 4, 'recent').map((n) => `<li>${esc(n.text)}（${fmtDate(n.date, 'kanji0')}）</li>`).join('')}</ul></div>
<div class="widget-archive-monthly widget"><h3 class="widget-header">月別アーカイブ</h3><ul>${months.map((mm) => `<li>${mm.y}年${mm.m}月 (${D.f(13, 99, 'plain')})</li>`).join('')}</ul></div>
</div>
<div id="footer">${ctx.orgMode === 'footer-only' ? esc(rel.org) + ' ／ ' : ''}${D.zip()} ${addr(D)} TEL：${D.phone()}<br />会員数 ${D.f(11000, 98000)}名 ／ 加盟店 ${D.f(110, 980, 'plain')}店<br />${esc(copyright(ctx, site))} Powered by Movable Type</div>
</div>
<script type="text/javascript">var mtAccess={"entry_id":${D.n(1000, 9999)},"blog_id":${ri(1, 9)},"pv":${D.n(10000, 99999)}};</script>
</body></html>`;
}

// ================================================================ style 5: Next.js (fixed overlays, __NEXT_DATA__, status timeline)
function styleNext(ctx) {
  const { rel, D } = ctx;
  const site = pick(['Newsroom', 'Press Center', 'ニュースセンター']);
  const name = chromeName(ctx, site);
  const dv = dateVisible(ctx);
  const body = bodyHtml(rel.body, {
    h: ['h2', 'h3', 'h4', 'h4', 'h4'],
    hAttrs: [' class="Article_h2__x7Ka2"', ' class="Article_h3__Qm3pz"'],
    tableClass: 'Table_root__9fKd1', rowspan: true,
    p: (h) => `<p class="Article_p__2sLrH">${h}</p>`,
    note: (h) => `<aside class="Callout_root__b3Qw1" role="note"><p>${h}</p></aside>`,
    contactBox: '<section class="ContactBox_root__1aZ0q">',
    boxClose: '</section>',
  });
  const incidents = Array.from({ length: 4 }, () => ({ d: D.date(-60, 20), t: `${pad2(ri(0, 23))}:${pad2(ri(0, 59))}`, s: pick(['調査中', '復旧済み', '監視中', '解決済み']), txt: pick(['API応答遅延', 'ログイン障害', '決済処理の遅延', 'メール配信遅延']) }));
  const paras = rel.body.split(/\n\s*\n/).filter((p) => !/^[#|]/.test(p.trim())).slice(0, ri(1, 3)).map((p) => p.replace(/\n/g, ''));
  const nextData = {
    props: {
      pageProps: {
        article: { id: D.n(10000, 99999), slug: `news-${iso(rel.date).replace(/-/g, '')}`, title: rel.title, ...(ctx.dateMode === 'time-only' || ctx.dateMode === 'title-only' ? {} : { publishedAt: `${iso(rel.date)}T01:00:00.000Z` }), updatedAt: `${iso(D.date(1, 30))}T03:00:00.000Z`, excerpt: paras[0]?.slice(0, 80) ?? '', blocks: paras.map((p) => ({ type: 'paragraph', text: p })) },
        related: news(D, 3, 'nd').map((n) => ({ title: n.text, date: iso(n.date) })),
        stock: { price: D.n(1100, 9800), change: D.n(11, 99), volume: D.n(100000, 990000) },
      },
      __N_SSG: true,
    },
    page: '/news/[slug]',
    query: { slug: `news-${iso(rel.date).replace(/-/g, '')}` },
    buildId: Math.floor(rng() * 1e12).toString(36),
    isFallback: false,
    gsp: true,
    scriptLoader: [],
  };
  const stock = nextData.props.pageProps.stock;
  const ld = ctx.dateMode === 'jsonld-only' || rng() < 0.5 ? ldScript(ctx, jsonLd(rel, D, { withDate: !['time-only', 'title-only'].includes(ctx.dateMode) })) : '';
  const modal = ctx.cookieModal;
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${esc(titleTag(ctx, site))}</title>
${metaTags(ctx, site)}
<meta name="next-head-count" content="7"/>
<link rel="preload" href="/_next/static/css/${Math.floor(rng() * 1e9).toString(16)}.css" as="style"/>
<style data-n-css="">
body{margin:0;font-family:"Noto Sans CJK JP",system-ui,sans-serif;font-size:15px;color:#111;line-height:1.75}
.Header_root__a1{position:fixed;top:0;left:0;right:0;height:56px;background:#0f172a;color:#fff;display:flex;align-items:center;gap:20px;padding:0 24px;z-index:50}
.Ticker_root__z{position:fixed;top:56px;left:0;right:0;background:#1e293b;color:#cbd5e1;font-size:12px;padding:3px 24px;z-index:49}
.Layout_main__k2{display:grid;grid-template-columns:minmax(0,1fr) 260px;gap:32px;padding:96px 24px 80px}
.Article_title__Lp0{font-size:26px;line-height:1.4}
.Article_meta__r8{color:#64748b;font-size:13px}
.Table_root__9fKd1{border-collapse:collapse;width:100%}.Table_root__9fKd1 td,.Table_root__9fKd1 th{border:1px solid #cbd5e1;padding:4px 8px}
.Callout_root__b3Qw1{border:1px solid #f59e0b;background:#fffbeb;padding:6px 14px;border-radius:8px;margin:12px 0}
.ContactBox_root__1aZ0q{background:#f1f5f9;padding:8px 16px;border-radius:8px}
.Status_root__p{font-size:12px;border:1px solid #e2e8f0;padding:10px;border-radius:8px}
.Status_item__q{border-left:3px solid #ef4444;padding-left:8px;margin:8px 0}
.Footer_root__f{position:fixed;bottom:0;left:0;right:0;background:#0f172a;color:#94a3b8;font-size:11px;padding:6px 24px;z-index:50}
.Consent_backdrop__c{position:fixed;inset:0;background:rgba(15,23,42,.55);z-index:99;display:flex;align-items:center;justify-content:center}
.Consent_modal__m{background:#fff;width:440px;padding:20px;border-radius:12px;font-size:13px}
</style>
${ld}
</head><body><div id="__next">
<header class="Header_root__a1">${ctx.orgMode === 'logo-alt' ? `<img alt="${esc(rel.org)}" src="/_next/image?url=%2Flogo.svg&amp;w=256&amp;q=75" width="160" height="32" decoding="async"/>` : `<span class="Header_brand__b">${esc(name)}</span>`}<nav><a href="/news">ニュース</a> <a href="/ir">IR</a> <a href="/company">会社情報</a> <a href="/status">ステータス</a></nav></header>
<div class="Ticker_root__z">株価 ${stock.price.toLocaleString('en-US')}円（前日比 +${stock.change}円）出来高 ${stock.volume.toLocaleString('en-US')}株 ｜ 第${D.f(2, 3, 'plain')}四半期決算 売上収益 ${D.f(110, 980, 'plain')}億円 ｜ ${fmtDate(D.date(-30, 10), 'slash')} 15:00現在</div>
<div class="Layout_main__k2"><main>
<nav aria-label="breadcrumb" class="Breadcrumb_root__t"><ol><li><a href="/">ホーム</a></li><li><a href="/news">ニュース</a></li>${ctx.dateMode === 'mdonly' ? `<li><a href="/news/${rel.date.y}">${rel.date.y}</a></li>` : ''}<li aria-current="page">${esc(rel.title)}</li></ol></nav>
<article class="Article_root__w"><h1 class="Article_title__Lp0">${esc(rel.title)}</h1>
<div class="Article_meta__r8">${dv ? `<time dateTime="${iso(rel.date)}">${esc(dv)}</time>` : ctx.dateMode === 'time-only' ? `<time dateTime="${iso(rel.date)}T10:00:00+09:00"></time>` : ''}<span> ・ この記事は約${D.f(3, 9, 'plain')}分で読めます</span></div>
<div class="Article_body__e">
${body}
</div>
<div class="Share_root__s">シェア ${D.f(110, 990, 'plain')}件</div>
</article>
<section class="Related_root__r"><h2>関連記事</h2><ul>${nextData.props.pageProps.related.map((r) => `<li><span>${r.date.replace(/-/g, '.')}</span> ${esc(r.title)}</li>`).join('')}</ul></section>
</main>
<aside class="Sidebar_root__x"><div class="Status_root__p"><h3>障害情報</h3>${incidents.map((x) => `<div class="Status_item__q"><div>${fmtDate(x.d, 'slash')} ${x.t}</div><div>${x.txt}（${x.s}）影響 ${D.f(12, 980, 'plain')}件</div></div>`).join('')}</div>
<div class="Kpi_root__k"><h3>数字で見る</h3><p>導入社数 ${D.f(1100, 9800)}社</p><p>利用者数 ${D.f(110000, 990000)}人</p></div></aside>
</div>
<footer class="Footer_root__f">${ctx.orgMode === 'footer-only' ? esc(rel.org) + ' ｜ ' : ''}${addr(D)} ｜ ${D.phone()} ｜ ${esc(copyright(ctx, site))}</footer>
${modal ? `<div class="Consent_backdrop__c" role="dialog" aria-modal="true"><div class="Consent_modal__m"><h2>Cookieの利用について</h2><p>${esc(COOKIE(D))}</p><button>すべて許可</button> <button>必須のみ</button></div></div>` : ''}
</div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script>
</body></html>`;
}

// ================================================================ style 6: Bootstrap CMS (school, cards, accordion)
function styleBs(ctx) {
  const { rel, D } = ctx;
  const site = pick(['大学公式サイト', '学園ポータル', 'Official Website']);
  const name = chromeName(ctx, site);
  const dv = dateVisible(ctx);
  const split = rng() < 0.5;
  const body = bodyHtml(rel.body, {
    h: ['h2', 'h3', 'h4', 'h4', 'h4'],
    hAttrs: [' class="h5 border-start border-4 border-primary ps-2 mt-4"', ' class="h6 fw-bold"'],
    tableClass: 'table table-bordered table-sm', tableWrap: (t) => `<div class="table-responsive">${t}</div>`, rowspan: true,
    note: (h) => `<div class="alert alert-secondary small" role="note">${h}</div>`,
    contactBox: '<div class="card my-3"><div class="card-body">',
    boxClose: '</div></div>',
  });
  // an IR-like split: the article's blocks cut in two <section>s with a PDF box (chrome) between them
  let article = `<section class="news-body">${body}</section>`;
  if (split) {
    const blocks = body.split('\n');
    const cut = Math.max(1, Math.floor(blocks.length / 2));
    article = `<section class="news-body">${blocks.slice(0, cut).join('\n')}</section>
<div class="card border-danger my-3 d-print-block"><div class="card-body"><h5 class="card-title">PDFダウンロード</h5><a href="#">本リリース（PDF：${D.f(110, 990, 'plain')}KB）</a><br><a href="#">決算短信（PDF：${D.f(110, 990, 'plain')}KB）</a></div></div>
<section class="news-body">${blocks.slice(cut).join('\n')}</section>`;
  }
  const ld = ctx.dateMode === 'jsonld-only' || rng() < 0.5 ? ldScript(ctx, jsonLd(rel, D, { withDate: !['time-only', 'title-only'].includes(ctx.dateMode) })) : '';
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titleTag(ctx, site))}</title>
${metaTags(ctx, site)}
<style>
body{font-family:"Noto Sans CJK JP",sans-serif;font-size:14px;margin:0;color:#212529}
.navbar{display:flex;gap:16px;background:#003a70;color:#fff;padding:10px 20px;align-items:center}.navbar a{color:#fff}
.dropdown-mega{display:none}
.banner{background:#ffc107;padding:8px 20px;font-weight:bold}
.container{display:flex;gap:24px;padding:12px 20px}.col-lg-8{flex:0 0 64%;min-width:0}.col-lg-4{flex:1;min-width:0}
.card{border:1px solid #ddd;border-radius:6px;margin-bottom:12px}.card-body{padding:10px 14px}
.table{border-collapse:collapse;width:100%}.table td,.table th{border:1px solid #999;padding:3px 6px}
.alert{background:#eee;border:1px solid #bbb;padding:8px 12px;border-radius:4px}
.accordion-item{border:1px solid #ccc;margin:4px 0;padding:6px 10px}
.text-muted{color:#777}.small{font-size:12px}.text-end{text-align:right}
.btn-contact{position:fixed;right:16px;bottom:16px;background:#d63384;color:#fff;padding:10px 16px;border-radius:24px}
footer{background:#002244;color:#ccc;padding:16px 20px;font-size:12px}
@media (max-width:640px){.container{flex-direction:column}.col-lg-8,.col-lg-4{flex:none;width:auto}.navbar{flex-wrap:wrap}}
@media print{.col-lg-4{display:${ctx.printHideSide ? 'none' : 'block'}}.navbar .nav-search{display:none}}
</style>
${ld}
</head><body>
<nav class="navbar navbar-expand-lg">${ctx.orgMode === 'logo-alt' ? `<a class="navbar-brand"><img src="/assets/img/logo.png" alt="${esc(rel.org)}" height="40"></a>` : `<a class="navbar-brand">${esc(name)}</a>`}
<ul class="navbar-nav"><li class="nav-item dropdown">受験生の方へ<div class="dropdown-mega"><a>入試情報</a><a>オープンキャンパス（参加者${D.f(1100, 4800)}名）</a><a>学費・奨学金</a></div></li><li>在学生の方へ</li><li>卒業生の方へ</li><li>企業・研究者の方へ</li></ul><span class="nav-search">検索</span></nav>
<div class="banner">入試情報：一般選抜の出願受付は${fmtDate(D.date(10, 60), 'md')}まで（募集人員 ${D.f(210, 890, 'plain')}名）</div>
<div class="container"><div class="row">
<nav aria-label="breadcrumb" class="small"><ol class="breadcrumb"><li class="breadcrumb-item">ホーム</li><li class="breadcrumb-item">ニュース</li>${ctx.dateMode === 'mdonly' ? `<li class="breadcrumb-item">${rel.date.y}年度</li>` : ''}<li class="breadcrumb-item active">${esc(rel.title)}</li></ol></nav>
</div></div>
<div class="container">
<main class="col-lg-8">
<h1 class="h3">${esc(rel.title)}</h1>
${dv ? `<p class="text-muted small text-end">${esc(dv)}</p>` : ctx.dateMode === 'time-only' ? `<p class="text-muted small text-end">${timeEl(ctx, '')}</p>` : ''}
<div class="badge-row"><span class="badge bg-danger">重要</span> <span class="badge bg-secondary">お知らせ</span></div>
${article}
<div class="accordion" id="faq"><h2 class="h6">よくあるご質問</h2><div class="accordion-item"><button class="accordion-button">問い合わせ窓口の受付時間は？</button><div class="accordion-collapse">平日9時～17時（年間${D.f(240, 245, 'plain')}日）です。</div></div><div class="accordion-item"><button class="accordion-button">学費の納入期限は？</button><div class="accordion-collapse">${fmtDate(D.date(20, 80), 'kanji')}です。</div></div></div>
</main>
<aside class="col-lg-4">
<div class="card"><div class="card-body"><h5>大学概要</h5><p>学生数 ${D.f(3100, 19800)}名<br>入学定員 ${D.f(520, 3900)}名<br>教員数 ${D.f(120, 980, 'plain')}名<br>学部 ${D.f(4, 12, 'plain')}学部</p></div></div>
<div class="card"><div class="card-body"><h5>附属病院</h5><p>診療時間 8:30～11:00<br>病床数 ${D.f(300, 980, 'plain')}床</p></div></div>
<div class="card"><div class="card-body"><h5>最新のお知らせ</h5><ul class="list-unstyled">${news(D, 4, 'bs').map((n) => `<li><small>${fmtDate(n.date, 'kanji')}</small><br>${esc(n.text)}</li>`).join('')}</ul></div></div>
</aside>
</div>
<footer>${ctx.orgMode === 'footer-only' ? esc(rel.org) + '<br>' : ''}${D.zip()} ${addr(D)} ／ TEL ${D.phone()}<br>在籍者数 ${D.f(4100, 21000)}名（${fmtDate(D.date(-100, -20), 'kanji')}現在） ／ 入学定員 ${D.f(600, 3900)}名<br>${esc(copyright(ctx, site))}</footer>
<a class="btn-contact">お問い合わせ</a>
<script>var dataLayer=[{"event":"pageview","articleId":${D.n(1000, 9999)},"visits":${D.n(10000, 99999)}}];</script>
</body></html>`;
}

const STYLES = { wpblock: styleWp, sjismuni: styleSjis, divsoup: styleDivsoup, mtblog: styleMt, nextjs: styleNext, bscms: styleBs };

// ================================================================ Word-style document
function docHtml(rel, D) {
  const wareki = rng() < 0.5;
  const date = wareki ? fmtDate(rel.date, 'warekiFW') : fmtDate(rel.date, 'kanji');
  const addressee = pick(['お客様各位', '関係者各位', '報道関係者各位', 'お取引先各位', '会員の皆様へ']);
  const rep = `${pick(['代表取締役社長', '理事長', '代表理事', '院長', '学長'])}　${D.o(pick(NAMES))}`;
  const docNo = D.o(`${pick(['総', '情', '広'])}発第${D.n(101, 998)}号`);
  let hn = 0;
  const body = bodyHtml(rel.body, {
    h: ['h2', 'h3', 'h4', 'h4', 'h4'],
    tableClass: 'doc', rowspan: true,
    note: (h) => `<p class="note">${h}</p>`,
  }).replace(/<h2>(.*?)<\/h2>/g, (_, t) => {
    hn++;
    return /^[\s0-9０-９.．、)）(（第■●◆【［]/.test(t) ? `<h2>${t}</h2>` : `<h2>${hn}．${t}</h2>`;
  });
  const hasKi = /^記\s*$/m.test(rel.body);
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(rel.title)}</title>
<style>
@page{size:A4;margin:28mm 24mm 24mm 26mm;@bottom-center{content:"- " counter(page) " -";font-size:10pt}}
body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.75;text-align:justify;${rng() < 0.5 ? 'letter-spacing:.06em;' : ''}}
.head{display:flex;justify-content:space-between;align-items:flex-start}
.right{text-align:right}
h1{text-align:center;font-size:14pt;margin:18pt 40pt}
h2{font-size:11pt;margin:10pt 0 2pt}h3,h4{font-size:10.5pt;margin:6pt 0 2pt}
.ki{text-align:center;margin:8pt 0}
table.doc{border-collapse:collapse;width:100%;margin:6pt 0}table.doc td,table.doc th{border:1px solid #000;padding:2pt 4pt;vertical-align:top}
table.doc thead{display:table-header-group}
.end{text-align:right;margin-top:12pt}
.foot{border-top:1px solid #000;margin-top:24pt;font-size:8.5pt}
p{margin:0 0 4pt;text-indent:1em}
</style></head><body>
<div class="head"><div class="left"><p>${addressee}</p></div><div class="right"><p>${esc(docNo)}</p><p>${date}</p><p>${esc(rel.org)}</p><p>${esc(rep)}</p></div></div>
<h1>${esc(rel.title)}</h1>
${hasKi ? '' : '<p class="ki">記</p>'}
${body}
<p class="end">以上</p>
<div class="foot">※本書面の内容は発行日現在のものです。内容は予告なく変更されることがあります。</div>
</body></html>`;
}

// one self-hosted weight per family (bold is synthesised), as many Japanese sites ship their web font
const FONTFACE = '@font-face{font-family:"Noto Sans CJK JP";src:local("Noto Sans CJK JP Regular"),local("NotoSansCJKjp-Regular");font-weight:100 900}@font-face{font-family:"Noto Serif CJK JP";src:local("Noto Serif CJK JP Regular"),local("NotoSerifCJKjp-Regular");font-weight:100 900}\n';
const withFont = (html) => html.replace(/<style[^>]*>/, (m) => m + FONTFACE);

// ================================================================ encoding
function encodeLegacy(html, enc) {
  const chars = [...new Set([...html].filter((c) => c.codePointAt(0) > 0x7f))];
  const probe = chars.join('\n');
  const encoded = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', enc], { input: probe, maxBuffer: 1 << 26 });
  const back = execFileSync('iconv', ['-f', enc, '-t', 'UTF-8'], { input: encoded, maxBuffer: 1 << 26 }).toString('utf8').split('\n');
  const bad = new Set(chars.filter((c, i) => back[i] !== c));
  const fixed = [...html].map((c) => (bad.has(c) ? `&#${c.codePointAt(0)};` : c)).join('');
  return { bytes: execFileSync('iconv', ['-f', 'UTF-8', '-t', enc], { input: fixed, maxBuffer: 1 << 26 }), ncr: bad.size };
}

// ================================================================ main
function main() {
  const used = new Set(readFileSync(USED, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  const all = listArchive().filter((p) => !used.has(p));
  const eligible = all.map(parseRelease).filter(Boolean);
  const chosen = shuffle(eligible).slice(0, 40);
  console.log(`archive ${listArchive().length}, not used ${all.length}, eligible ${eligible.length}, chosen ${chosen.length}`);

  for (const d of ['html', 'sources']) rmSync(join(OUT, d), { recursive: true, force: true }); // pdf/, doc/: the printer rewrites them
  for (const d of ['html', 'pdf', 'doc', 'sources']) mkdirSync(join(OUT, d), { recursive: true });
  rmSync(DOCSRC, { recursive: true, force: true });
  mkdirSync(DOCSRC, { recursive: true });

  const styleOrder = shuffle(Object.keys(STYLES).flatMap((s, i) => Array(i < 4 ? 7 : 6).fill(s)));
  const dateModes = shuffle(Array.from({ length: 40 }, (_, i) => DATE_MODES[i % DATE_MODES.length]));
  const orgModes = shuffle(Array.from({ length: 40 }, (_, i) => ORG_MODES[i % ORG_MODES.length]));
  const papers = ['A4', 'A4', 'B5', 'Letter', 'A4 landscape', 'Letter landscape', 'B5', 'A4'];
  let mtLegacy = 0;
  const docIds = new Set(shuffle(Array.from({ length: 40 }, (_, i) => i)).slice(0, 10));
  let titleImgDone = false;
  const manifest = [];
  const origin = [];
  chosen.forEach((rel, i) => {
    const id = `p${pad2(i + 1)}`;
    const style = styleOrder[i];
    let encoding = 'UTF-8';
    if (style === 'sjismuni') encoding = 'Shift_JIS';
    if (style === 'mtblog' && mtLegacy < 5) { encoding = 'EUC-JP'; mtLegacy++; }
    const D = new Decoys(rel);
    const ctx = { rel, D, dateMode: dateModes[i], orgMode: orgModes[i], encoding };
    if (style === 'divsoup' && !titleImgDone && rng() < 0.5) { ctx.titleImg = true; titleImgDone = true; }
    if (style === 'nextjs') ctx.cookieModal = rng() < 0.6;
    if (style === 'bscms') ctx.printHideSide = rng() < 0.5;
    let html = withFont(STYLES[style](ctx));
    const htmlFile = `html/${style}-${id}.html`;
    let ncr = 0;
    if (encoding === 'UTF-8') writeFileSync(join(OUT, htmlFile), html);
    else {
      const r = encodeLegacy(html, encoding === 'Shift_JIS' ? 'CP932' : 'EUC-JP');
      ncr = r.ncr;
      writeFileSync(join(OUT, htmlFile), r.bytes);
    }
    writeFileSync(join(OUT, `sources/${id}.md`), rel.source);
    const paper = papers[ri(0, papers.length - 1)];
    const pdfPage = { paper, headerFooter: rng() < 0.4, margin: style === 'sjismuni' && rng() < 0.5 ? 'tiny' : 'default', narrow: style === 'bscms' && rng() < 0.4 };
    if (pdfPage.narrow) pdfPage.paper = '120mm x 250mm (mobile width)';
    let doc = null;
    if (docIds.has(i)) {
      doc = `doc/${id}.pdf`;
      writeFileSync(join(DOCSRC, `${id}.html`), withFont(docHtml(rel, D)));
    }
    origin.push(`${id}\t${rel.path}`);
    manifest.push({
      id, archive: rel.path, source: `sources/${id}.md`, html: htmlFile, style, encoding, pdf: `pdf/${style}-${id}.pdf`, pdfPage, doc,
      org: rel.org, title: rel.title, publishedAt: iso(rel.date), dateMode: ctx.dateMode, orgMode: ctx.orgMode,
      metadata: { ogSiteName: ctx.ogSiteName ?? null, jsonLd: ctx.jsonLd ?? null },
      decoyValues: D.values, decoyDates: D.dates, decoyOther: D.other,
      ...(ncr ? { ncrChars: ncr } : {}), ...(ctx.titleImg ? { titleAsImage: true } : {}),
    });
  });
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  writeFileSync(join(OUT, 'ORIGIN.txt'), `${origin.join('\n')}\n`);
  // self-check: no decoy in its release in any numeral form
  let bad = 0;
  for (const e of manifest) {
    const src = readFileSync(join(OUT, e.source), 'utf8');
    const nums = releaseNumbers(src);
    const mds = releaseMonthDays(src);
    for (const v of e.decoyValues) if (nums.has(v)) { bad++; console.log(`decoy ${v} in ${e.id}`); }
    for (const d of e.decoyDates) { const [, m, dd] = d.split('-').map(Number); if (mds.has(`${m}-${dd}`) || d === e.publishedAt) { bad++; console.log(`decoy date ${d} in ${e.id}`); } }
  }
  const count = (k) => manifest.reduce((a, e) => ((a[e[k]] = (a[e[k]] ?? 0) + 1), a), {});
  console.log('styles', count('style'), 'encodings', count('encoding'), 'decoy problems', bad);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
