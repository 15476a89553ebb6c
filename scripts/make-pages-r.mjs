#!/usr/bin/env node
// pages-r: an eighteenth blind set of site pages for issue #12, made without reading the tool.
// 40 archive releases (seeded uniform draw over releases not in /work/staging/pages-used.txt, one
// release per file, 本文 ≥ 400 chars), each rendered whole inside one of six site families:
//   wpten  — WordPress classic theme (Twenty-Ten-like) with archives/category counts and a 会員 widget
//   sjisco — an old Shift_JIS 協同組合/商工会 site: nested <table width=760>, spacer GIFs, <font size>
//   studio — div soup from a Japanese no-code CMS (STUDIO/ペライチ-like): absolute boxes, per-char spans
//   mtnews — Movable Type of a local-news/publisher-style site: calendar, tag cloud, ranking, prev/next
//   nextrsc — a Next.js app-router page whose text also lives in self.__next_f.push RSC payloads
//   bsfire — a Bootstrap 5 CMS with 緊急情報 strip, tabs, info box and an accordion holding part of the release
// Usage: node scripts/make-pages-r.mjs [--seed 20261209]   (then node scripts/print-blind-pages.mjs --set r)
import { mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './seededRandom.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-r');
const ARCHIVE = '/work/shared/archive';
const USED = '/work/staging/pages-used.txt';
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261209;
const rng = mulberry32(SEED);
const rint = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rng() * xs.length)];
const shuffle = (xs) => { const a = [...xs]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const pad2 = (n) => String(n).padStart(2, '0');
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fw = (s) => String(s).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const comma = (n) => n.toLocaleString('en-US');

// ---------- selection ----------
function listArchive() {
  const out = [];
  for (const y of readdirSync(ARCHIVE).filter((d) => /^\d{4}$/.test(d)).sort())
    for (const m of readdirSync(join(ARCHIVE, y)).sort())
      for (const f of readdirSync(join(ARCHIVE, y, m)).sort()) if (f.endsWith('.md')) out.push(`${y}/${m}/${f}`);
  return out;
}
const used = new Set(readFileSync(USED, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean));
const DATE_RE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
function parseRelease(path) {
  const md = readFileSync(join(ARCHIVE, path), 'utf8');
  if ((md.match(/^# 本文[ \t]*$/gm) ?? []).length !== 1) return null;
  if ((md.match(/^# 公表概要/gm) ?? []).length > 1) return null;
  const [head, body] = md.split(/^# 本文[ \t]*$/m);
  const bullets = head.split(/^# /m)[1]?.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim()) ?? [];
  const di = bullets.findIndex((b) => DATE_RE.test(b));
  if (di < 1) return null;
  const [, y, mo, d] = bullets[di].match(DATE_RE);
  const org = bullets[di + 1];
  if (!org || /^https?:/.test(org)) return null;
  const url = bullets.find((b) => /^https?:\/\//.test(b)) ?? '';
  if (body.replace(/\s+/g, '').length < 400) return null;
  const source = md.replace(/^# (事案ID|公表種別)[ \t]*\n(?:(?!# ).*\n)*/gm, '');
  return { path, md, source, title: bullets[0], org, url, body: body.replace(/^\s*\n/, '').trimEnd(), y: +y, mo: +mo, d: +d, publishedAt: `${y}-${pad2(mo)}-${pad2(d)}` };
}
const candidates = listArchive().filter((p) => !used.has(p)).map(parseRelease).filter(Boolean);
const chosen = shuffle(candidates).slice(0, 40).sort((a, b) => a.path.localeCompare(b.path));

// ---------- release facts to keep decoys out ----------
const KANJI = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function kanjiNumbers(text) {
  const out = [];
  for (const m of text.matchAll(/[〇一二三四五六七八九十百千万]+/g)) {
    let total = 0, section = 0, digit = 0;
    for (const ch of m[0]) {
      if (ch in KANJI) digit = digit * 10 + KANJI[ch];
      else if (ch === '十' || ch === '百' || ch === '千') { section += (digit || 1) * { 十: 10, 百: 100, 千: 1000 }[ch]; digit = 0; }
      else if (ch === '万') { total += (section + digit || 1) * 10000; section = 0; digit = 0; }
    }
    out.push(total + section + digit);
  }
  return out;
}
function releaseFacts(md) {
  const t = md.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1').replace(/(\d)\s+(?=\d)/g, '$1');
  const digits = t;
  const nums = new Set([...t.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])));
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)\s*万/g)) nums.add(Math.round(Number(m[1]) * 10000));
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)\s*千/g)) nums.add(Math.round(Number(m[1]) * 1000));
  for (const n of kanjiNumbers(t)) nums.add(n);
  const md2 = new Set();
  const full = new Set();
  const add = (y, m, d) => { md2.add(`${+m}-${+d}`); if (y) full.add(`${y}-${pad2(m)}-${pad2(d)}`); };
  const T = t.replace(/\s+/g, '');
  for (const m of T.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g)) add(m[1], m[2], m[3]);
  for (const m of T.matchAll(/(?:(\d{4})[/.\-])?(\d{1,2})[/.\-](\d{1,2})(?!\d)/g)) if (+m[2] <= 12 && +m[3] <= 31) add(m[1], m[2], m[3]);
  for (const m of T.matchAll(/(?:令和|R)(\d+|元)[年.](\d{1,2})[月.](\d{1,2})/g)) add(2018 + (m[1] === '元' ? 1 : +m[1]), m[2], m[3]);
  return { digits, nums, md2, full };
}

// ---------- Markdown body → blocks → HTML ----------
function blocksOf(body) {
  const lines = body.split('\n');
  const blocks = [];
  let para = null;
  const flush = () => { if (para) blocks.push(para); para = null; };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\s+$/, '');
    const line = raw.trim();
    if (!line) { flush(); continue; }
    let m;
    if ((m = line.match(/^(#{1,6})\s+(.*)$/))) { flush(); blocks.push({ type: 'h', level: m[1].length, text: m[2].trim() }); continue; }
    if (line.startsWith('|')) {
      flush();
      const rows = [];
      while (i < lines.length && lines[i].trim().startsWith('|')) {
        const l = lines[i].trim();
        if (!/^\|[\s:|-]+\|?$/.test(l)) rows.push(l.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()));
        i++;
      }
      i--;
      blocks.push({ type: 'table', rows });
      continue;
    }
    if ((m = raw.match(/^[\s　]*(?:[-*+]|(\d+)\.)\s+(.*)$/))) {
      const kind = m[1] ? 'ol' : 'ul';
      if (!para || para.type !== kind) { flush(); para = { type: kind, items: [] }; }
      para.items.push(m[2].trim());
      continue;
    }
    if (para && (para.type === 'ul' || para.type === 'ol') && /^\s{2,}/.test(raw)) { para.items[para.items.length - 1] += '\n' + line; continue; }
    if (!para || para.type !== 'p') { flush(); para = { type: 'p', lines: [] }; }
    para.lines.push(line);
  }
  flush();
  return blocks;
}
function inline(s, o = {}) {
  const parts = [];
  let rest = s.replace(/<img[^>]*>/gi, '');
  const re = /(<br\s*\/?>)|\*\*([^*]+)\*\*|\[([^\]]*)\]\(([^)]*)\)|(https?:\/\/[^\s　<>）)」]+)|(\n)/gi;
  let last = 0;
  for (const m of rest.matchAll(re)) {
    parts.push(o.text(rest.slice(last, m.index)));
    if (m[1] || m[6]) parts.push('<br>');
    else if (m[2]) parts.push(`<strong>${o.text(m[2])}</strong>`);
    else if (m[3] !== undefined) parts.push(`<a href="${esc(m[4])}">${o.text(m[3])}</a>${o.text(m[4] && !/^https?:/.test(m[4]) ? '' : m[4] || '')}`);
    else if (m[5]) parts.push(`<a href="${esc(m[5])}">${o.text(m[5])}</a>`);
    last = m.index + m[0].length;
  }
  parts.push(o.text(rest.slice(last)));
  return parts.join('');
}
const plainText = (s) => esc(s);
function spanSplit(s) { // no-code builder: text split into many spans
  if (!s) return '';
  const out = [];
  let i = 0;
  const chars = [...s];
  while (i < chars.length) { const n = rint(2, 9); out.push(`<span class="t${rint(1, 4)}">${esc(chars.slice(i, i + n).join(''))}</span>`); i += n; }
  return out.join('');
}
const perChar = (s) => [...s].map((c) => `<span class="c">${esc(c)}</span>`).join('');

function tableHtml(rows, o) {
  if (rows.length === 0) return '';
  const [head, ...body] = rows;
  const width = Math.max(...rows.map((r) => r.length));
  // merge identical consecutive first cells into rowspan; a row with one filled cell and empties into colspan
  const spans = body.map(() => 1);
  if (o.spans) for (let i = body.length - 1; i > 0; i--) if (body[i][0] && body[i][0] === body[i - 1][0]) { spans[i - 1] += spans[i]; spans[i] = 0; }
  let h = `<table${o.tableAttr ?? ''}>`;
  h += `<thead><tr>${head.map((c) => `<th>${inline(c, o)}</th>`).join('')}</tr></thead><tbody>`;
  body.forEach((r, i) => {
    h += '<tr>';
    const filled = r.filter((c) => c !== '').length;
    if (o.spans && filled === 1 && r[0] && width > 1) { h += `<td colspan="${width}">${inline(r[0], o)}</td></tr>`; return; }
    r.forEach((c, j) => {
      if (j === 0 && o.spans) { if (spans[i] === 0) return; h += `<td${spans[i] > 1 ? ` rowspan="${spans[i]}"` : ''}>${inline(c, o)}</td>`; return; }
      h += `<td>${inline(c, o)}</td>`;
    });
    h += '</tr>';
  });
  return h + '</tbody></table>';
}
// o: {text, hShift, pMode:'br'|'split', spans, note:'aside'|'div'|null, heading(level,text), wrapP(html)}
function renderBlocks(blocks, o) {
  const out = [];
  for (const b of blocks) {
    if (b.type === 'h') {
      const lv = Math.min(6, b.level + (o.hShift ?? 0));
      out.push(o.heading ? o.heading(lv, b.text) : `<h${lv}>${inline(b.text, o)}</h${lv}>`);
    } else if (b.type === 'table') out.push(o.table ? o.table(tableHtml(b.rows, o)) : tableHtml(b.rows, o));
    else if (b.type === 'ul' || b.type === 'ol') out.push(`<${b.type}${o.listAttr ?? ''}>${b.items.map((it) => `<li>${inline(it, o)}</li>`).join('')}</${b.type}>`);
    else {
      const isNote = o.note && b.lines.every((l) => /^[※＊*注]/.test(l));
      const ps = o.pMode === 'split' ? b.lines.map((l) => `<p>${inline(l, o)}</p>`) : [`<p>${b.lines.map((l) => inline(l, o)).join('<br>\n')}</p>`];
      const html = o.wrapP ? ps.map(o.wrapP).join('\n') : ps.join('\n');
      out.push(isNote ? (o.note === 'aside' ? `<aside class="note">${html}</aside>` : `<div class="box-note" style="border:1px solid #999;padding:8px;margin:8px 0">${html}</div>`) : html);
    }
  }
  return out.join('\n');
}

// ---------- decoys ----------
function decoyMaker(rel) {
  const facts = releaseFacts(rel.md);
  const values = [], dates = [], other = [];
  const pubT = Date.UTC(rel.y, rel.mo - 1, rel.d);
  return {
    facts, values, dates, other,
    num(lo, hi, unitLabel) {
      for (let k = 0; k < 500; k++) {
        const v = rint(lo, hi);
        if (facts.nums.has(v) || facts.digits.includes(String(v)) || values.includes(v)) continue;
        values.push(v);
        return v;
      }
      return this.num(lo, hi * 3 + 50, unitLabel);
    },
    date(minAgo = 2, maxAgo = 80, future = false) {
      for (let k = 0; k < 500; k++) {
        const off = rint(minAgo, maxAgo) * (future ? 1 : -1);
        const t = new Date(pubT + off * 86400000);
        const y = t.getUTCFullYear(), m = t.getUTCMonth() + 1, d = t.getUTCDate();
        const iso = `${y}-${pad2(m)}-${pad2(d)}`;
        if (iso === rel.publishedAt || facts.md2.has(`${m}-${d}`) || dates.includes(iso)) continue;
        dates.push(iso);
        return { y, m, d, iso };
      }
      throw new Error('no decoy date');
    },
    o(s) { other.push(s); return s; },
  };
}
const WEEK = ['日', '月', '火', '水', '木', '金', '土'];
const wd = (y, m, d) => WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
const reiwa = (y) => (y - 2018 === 1 ? '元' : String(y - 2018));
const fmt = {
  kanji: (x) => `${x.y}年${x.m}月${x.d}日`,
  kanji0: (x) => `${x.y}年${pad2(x.m)}月${pad2(x.d)}日`,
  dots: (x) => `${x.y}.${pad2(x.m)}.${pad2(x.d)}`,
  dot1: (x) => `${x.y}.${x.m}.${x.d}`,
  slash: (x) => `${x.y}/${pad2(x.m)}/${pad2(x.d)}`,
  slash1: (x) => `${x.y}/${x.m}/${x.d}`,
  iso: (x) => `${x.y}-${pad2(x.m)}-${pad2(x.d)}`,
  reiwa: (x) => `令和${reiwa(x.y)}年${x.m}月${x.d}日`,
  reiwaFw: (x) => `令和${fw(reiwa(x.y))}年${fw(x.m)}月${fw(x.d)}日`,
  rShort: (x) => `R${x.y - 2018}.${x.m}.${x.d}`,
};

function orgKind(org) {
  if (/病院|医療|クリニック|医院|診療所|医科|歯科/.test(org)) return 'hospital';
  if (/大学|学校|学園|高等専門|高校|中学/.test(org)) return 'school';
  if (/[都道府県市区町村]$|省$|庁$|役所|役場|広域連合|組合$/.test(org)) return 'gov';
  return 'company';
}
function infoFigures(kind, D) {
  const f = [];
  const add = (label, v, unit, text) => f.push({ label, v, unit, text: text ?? `${comma(v)}${unit}` });
  if (kind === 'hospital') { add('病床数', D.num(120, 880), '床'); add('診療科', D.num(13, 38), '科'); add('1日平均外来患者数', D.num(420, 1900), '人'); add('職員数', D.num(310, 1450), '名'); }
  else if (kind === 'school') { add('学生数', D.num(1800, 14800), '名'); add('教員数', D.num(140, 960), '名'); add('入学定員', D.num(310, 2900), '名'); add('在籍者数', D.num(2100, 16200), '人'); }
  else if (kind === 'gov') { add('人口', D.num(23000, 690000), '人'); add('世帯数', D.num(11000, 310000), '世帯'); add('職員数', D.num(310, 4800), '人'); }
  else { const cap = D.num(110, 9800); add('資本金', cap, '百万円'); add('従業員数', D.num(140, 8900), '名'); add('拠点数', D.num(13, 97), '拠点'); add('取引社数', D.num(1100, 9900), '社'); }
  return f;
}
const HEADLINES = [
  (D) => `会員数が${comma(D.num(12000, 98000))}人を突破しました`,
  (D) => `ご契約数${comma(D.num(2100, 48000))}件達成のお知らせ`,
  (D) => `オンライン説明会（定員${D.num(31, 290)}名）を開催します`,
  (D) => `地域清掃活動に${D.num(41, 390)}名が参加しました`,
  (D) => `年末年始の営業時間について`,
  (D) => `新サービスの提供開始（対応拠点${D.num(14, 96)}か所）`,
  (D) => `寄付金${comma(D.num(1200, 9800))}万円を贈呈しました`,
  (D) => `システムメンテナンスのお知らせ（約${D.num(3, 11)}時間）`,
  (D) => `採用情報を更新しました（募集${D.num(12, 88)}名）`,
  (D) => `お客様アンケート結果（回答${comma(D.num(1300, 9700))}件）`,
  (D) => `夏季休業のお知らせ`,
  (D) => `ホームページをリニューアルしました`,
];
const headlines = (D, n) => shuffle(HEADLINES).slice(0, n).map((f) => f(D));
const PHONES = () => `0${rint(3, 99)}-${rint(100, 9999)}-${pad2(rint(0, 99))}${pad2(rint(0, 99))}`;
const ADDRS = ['東京都千代田区内幸町二丁目', '大阪府大阪市北区梅田三丁目', '愛知県名古屋市中村区名駅四丁目', '福岡県福岡市博多区博多駅前一丁目', '北海道札幌市中央区北一条西五丁目', '宮城県仙台市青葉区中央二丁目', '広島県広島市中区基町', '新潟県新潟市中央区万代一丁目'];
const STAFF = ['山田 太郎', '佐藤 健一', '鈴木 一郎', '高橋 誠', '田中 浩二', '伊藤 和彦', '渡辺 修', '中村 隆'];

// ---------- date display by mode ----------
const DATE_MODES = ['postedBy', 'dots', 'reiwaWeekday', 'reiwaFw', 'timeOnly', 'jsonLdOnly', 'titleOnly', 'updatedAfter', 'lastLine', 'slashTime', 'keisaiKoshin', 'breadcrumbOnly', 'rShort', 'koukaiKoushin', 'kanjiWeekday'];
function dateDisplay(mode, pub, D) {
  // returns {line (html placed under the title or null), after (html after the article), lastLine, crumb, title, jsonOnly, time}
  const x = pub;
  const r = { line: null, after: null, lastLine: null, crumb: null, titlePrefix: null };
  switch (mode) {
    case 'postedBy': r.line = `<span class="meta-prep">投稿日:</span> <span class="entry-date">${fmt.kanji(x)}</span> <span class="meta-sep">作成者:</span> <span class="author">広報課</span>`; break;
    case 'dots': r.line = `<span class="date">${fmt.dots(x)}</span>`; break;
    case 'reiwaWeekday': r.line = `${fmt.reiwa(x)}(${wd(x.y, x.m, x.d)}曜日)`; break;
    case 'reiwaFw': r.line = `${fmt.reiwaFw(x)}`; break;
    case 'timeOnly': r.line = `<time datetime="${fmt.iso(x)}T10:00:00+09:00"></time>`; break;
    case 'jsonLdOnly': break;
    case 'titleOnly': r.titlePrefix = `【${fmt.kanji(x)}】`; break;
    case 'updatedAfter': r.after = `<p class="updated">${fmt.kanji(x)} 更新</p>`; break;
    case 'lastLine': r.lastLine = `<p>（${fmt.kanji(x)} 掲載）</p>`; break;
    case 'slashTime': r.line = `${fmt.slash(x)} ${pad2(rint(9, 18))}:00`; break;
    case 'keisaiKoshin': { const u = D.date(3, 20, true); r.line = `掲載：${fmt.dot1(x)} ／ 更新：${fmt.dot1(u)}`; break; }
    case 'breadcrumbOnly': r.crumb = fmt.kanji(x); break;
    case 'rShort': r.line = fmt.rShort(x); break;
    case 'koukaiKoushin': { const u = D.date(2, 25, true); r.line = `掲載日：${fmt.kanji(x)}（最終更新日：${fmt.kanji(u)}）`; break; }
    case 'kanjiWeekday': r.line = `${fmt.kanji(x)}(${wd(x.y, x.m, x.d)})`; break;
  }
  return r;
}
const jsonLd = (rel, opts) => JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: rel.title, ...(opts.date ? { datePublished: `${rel.publishedAt}T09:00:00+09:00` } : {}), ...(opts.org ? { publisher: { '@type': 'Organization', name: rel.org } } : {}), ...(opts.extra ?? {}) });

// ---------- the six families ----------
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'address'];

function page(style, rel, ctx) {
  const { D, pub, dm, orgMode, id } = ctx;
  const kind = orgKind(rel.org);
  const figs = infoFigures(kind, D);
  const o = (m) => orgMode === m;
  const titleTag = `${dm.titlePrefix ?? ''}${rel.title}${o('title') ? ` | ${rel.org}` : ''}`;
  const ogSite = o('ogSiteName') ? rel.org : null;
  const ld = dm.line === null && !dm.after && !dm.lastLine && !dm.crumb && !dm.titlePrefix || ctx.ldDate;
  const ldText = ctx.wantLd ? jsonLd(rel, { date: ld, org: o('ogSiteName') || o('title') }) : null;
  const blocks = blocksOf(rel.body);
  const heads = headlines(D, 6);
  const hdDates = heads.map(() => D.date(3, 120));
  const copyYear = pub.y;
  const copyright = o('copyright') ? `© ${copyYear} ${esc(rel.org)} All Rights Reserved.` : `© ${copyYear} All Rights Reserved.`;
  const addr = D.o(pick(ADDRS) + `${rint(1, 9)}-${rint(1, 30)}`);
  const tel = D.o(PHONES());
  const zip = D.o(`〒${rint(100, 999)}-${pad2(rint(0, 99))}${pad2(rint(0, 99))}`);
  const addressBlock = `${o('address') ? `${esc(rel.org)}<br>` : ''}${zip} ${addr}<br>TEL ${tel}（受付時間 平日9:00〜17:30）`;
  const logo = o('logoAlt') ? `<img src="/img/logo.png" alt="${esc(rel.org)}" width="220" height="48">` : `<img src="/img/logo.png" alt="" width="220" height="48">`;
  const meta = { ogSiteName: ogSite, jsonLd: ldText };
  const common = { ...ctx, kind, figs, titleTag, ogSite, ldText, blocks, heads, hdDates, copyright, addressBlock, logo, meta };
  return { html: FAMILIES[style](rel, common), meta };
}

const headMeta = (c, rel, extra = '') => `<title>${esc(c.titleTag)}</title>
${c.ogSite ? `<meta property="og:site_name" content="${esc(c.ogSite)}">\n` : ''}<meta property="og:title" content="${esc(rel.title)}">
<meta property="og:type" content="article">
${c.ldText ? `<script type="application/ld+json">${c.ldText}</script>\n` : ''}${extra}`;

const FAMILIES = {
  // 1. WordPress classic theme (Twenty-Ten-like), NPO/corporate blog
  wpten(rel, c) {
    const { D, dm } = c;
    const arch = Array.from({ length: 6 }, (_, i) => { const t = new Date(Date.UTC(c.pub.y, c.pub.m - 1 - i, 1)); return `<li><a href="/${t.getUTCFullYear()}/${pad2(t.getUTCMonth() + 1)}/">${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月</a>&nbsp;(${D.num(2, 60)})</li>`; });
    const cats = ['お知らせ', 'イベント', 'プレスリリース', '活動報告'].map((k) => `<li class="cat-item"><a href="/category/${encodeURIComponent(k)}/">${k}</a> (${D.num(11, 240)})</li>`);
    const body = renderBlocks(c.blocks, { text: plainText, hShift: 1, pMode: 'br', spans: true, note: 'aside', tableAttr: ' class="wp-block-table" border="1"' });
    const inTable = c.variant % 2 === 0;
    const article = `<div id="post-${rint(1000, 9999)}" class="post type-post status-publish format-standard hentry category-news">
<h1 class="entry-title">${esc(rel.title)}</h1>
${dm.line ? `<div class="entry-meta">${dm.line}</div>` : ''}
<div class="entry-content">
${inTable ? `<table class="pb-layout" width="100%" cellpadding="0" cellspacing="0"><tr><td width="72%" valign="top">${body}${dm.lastLine ?? ''}</td><td width="28%" valign="top"><div class="pb-share">この記事をシェア<br>いいね！ ${D.num(31, 890)}<br>ツイート ${D.num(11, 390)}</div></td></tr></table>` : `${body}${dm.lastLine ?? ''}\n<div class="sharedaddy">シェア: Facebook ${D.num(12, 480)} / X ${D.num(12, 480)} / はてブ ${D.num(3, 99)}</div>`}
</div>
${dm.after ?? ''}
<div class="entry-utility">カテゴリー: <a href="/category/news/">お知らせ</a> | <a href="#respond">コメントする</a></div>
</div>
<div id="nav-below" class="navigation"><div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">&larr;</span> ${esc(c.heads[4])}</a></div><div class="nav-next"><a href="#" rel="next">${esc(c.heads[5])} <span class="meta-nav">&rarr;</span></a></div></div>`;
    const member = D.num(1200, 9800), amount = D.num(130, 980);
    return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8">
${headMeta(c, rel)}<link rel="stylesheet" href="/wp-content/themes/twentyten/style.css?ver=3.1">
<style>
body{font-family:"Noto Sans CJK JP",sans-serif;background:#f1f1f1;margin:0;color:#333}
#wrapper{background:#fff;width:940px;margin:20px auto;padding:0 20px}
#header{padding-top:30px}#site-title{font-size:30px;font-weight:bold}#site-description{font-style:italic;color:#666}
#branding img.header{width:940px;height:120px;background:linear-gradient(90deg,#7a9,#c96);display:block;border-top:4px solid #000;border-bottom:1px solid #000}
#access{background:#000;display:block;float:left;width:940px}#access a{color:#aaa;display:inline-block;padding:0 10px;line-height:38px;text-decoration:none}
#main{clear:both;overflow:hidden;padding:40px 0 0}#container{float:left;width:640px}#primary{float:right;width:220px;font-size:13px}
.entry-title{font-size:21px}.entry-meta{color:#888;font-size:12px}.wp-block-table{border-collapse:collapse}.wp-block-table td,.wp-block-table th{border:1px solid #ccc;padding:4px}
aside.note{background:#fffbe6;border-left:4px solid #e0b000;padding:6px 10px}
.widget-title{font-weight:bold;border-bottom:1px solid #ddd}#colophon{border-top:4px solid #000;clear:both;font-size:12px;padding:18px 0}
@media print{#access{display:none}a[href]:after{content:" (" attr(href) ")";font-size:10px;color:#666}}
</style></head>
<body class="single single-post">
<div id="wrapper" class="hfeed">
<div id="header"><div id="masthead"><div id="branding" role="banner">
<div id="site-title"><span><a href="/" rel="home">${c.logo}</a></span></div>
<div id="site-description">地域とともに、未来へ。</div>
<img class="header" src="/wp-content/uploads/header.jpg" alt="">
</div>
<div id="access" role="navigation"><div class="menu-header"><ul class="menu"><a href="/">ホーム</a><a href="/about/">私たちについて</a><a href="/news/">お知らせ</a><a href="/activity/">活動内容</a><a href="/recruit/">採用情報</a><a href="/contact/">お問い合わせ</a></ul></div></div>
</div></div>
<div id="main">
<div id="container"><div id="content" role="main">
${dm.crumb ? `<div class="breadcrumbs"><a href="/">ホーム</a> &gt; <a href="/news/">お知らせ</a> &gt; <span>${dm.crumb}</span></div>` : ''}
${article}
<div id="comments"><h3 id="reply-title">コメントを残す</h3><p>メールアドレスが公開されることはありません。</p></div>
</div></div>
<div id="primary" class="widget-area" role="complementary"><ul class="xoxo">
<li class="widget-container widget_search"><form role="search"><input type="text" name="s"><input type="submit" value="検索"></form></li>
<li class="widget-container"><h3 class="widget-title">ご支援のお願い</h3><p>会員数 ${comma(member)}人<br>ご寄付累計 ${amount}万円</p><p><a href="/donate/">寄付する</a></p></li>
<li class="widget-container widget_recent_entries"><h3 class="widget-title">最近の投稿</h3><ul>${c.heads.slice(0, 4).map((h, i) => `<li><a href="/?p=${rint(100, 999)}">${esc(h)}</a> <span class="post-date">${fmt.kanji(c.hdDates[i])}</span></li>`).join('')}</ul></li>
<li class="widget-container widget_archive"><h3 class="widget-title">アーカイブ</h3><ul>${arch.join('')}</ul></li>
<li class="widget-container widget_categories"><h3 class="widget-title">カテゴリー</h3><ul>${cats.join('')}</ul></li>
<li class="widget-container"><h3 class="widget-title">団体概要</h3><ul>${c.figs.map((f) => `<li>${f.label}：${f.text}</li>`).join('')}</ul></li>
</ul></div>
</div>
<div id="footer" role="contentinfo"><div id="colophon">
<div id="site-info">${c.addressBlock}</div>
<div id="site-generator">${c.copyright} Proudly powered by WordPress.</div>
</div></div>
</div>
<script>var _wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ver":"6.4.${rint(1, 5)}","visits":${D.num(10000, 99999)}};</script>
</body></html>`;
  },

  // 2. old Shift_JIS 協同組合 / 商工会 site: nested tables, spacer gifs, font size
  sjisco(rel, c) {
    const { D, dm } = c;
    const T = (s) => `<font size="2">${s}</font>`;
    const body = renderBlocks(c.blocks, { text: plainText, hShift: 0, pMode: 'br', spans: true, note: 'div', tableAttr: ' border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#999999"',
      heading: (lv, t) => lv <= 2 ? `<table width="100%" cellpadding="3" cellspacing="0"><tr><td bgcolor="#336699"><font color="#FFFFFF" size="3"><b>${inline(t, { text: plainText })}</b></font></td></tr></table>` : `<p><font color="#336699"><b>${inline(t, { text: plainText })}</b></font></p>`,
      wrapP: (p) => p.replace('<p>', '<p><font size="2">').replace(/<\/p>$/, '</font></p>') });
    const news = c.heads.slice(0, 5).map((h, i) => `<tr><td width="90" valign="top" nowrap>${T(fmt.dots(c.hdDates[i]))}</td><td>${T(esc(h))}</td></tr>`).join('');
    const asOf = D.date(20, 70);
    const headFig = c.kind === 'gov' ? `現在の人口 ${comma(D.num(21000, 480000))}人　世帯数 ${comma(D.num(9000, 210000))}世帯（${fmt.reiwa(asOf)}現在）`
      : c.kind === 'hospital' ? `病床数 ${D.num(110, 760)}床　外来受付 8:30〜11:00`
      : c.kind === 'school' ? `在籍者数 ${comma(D.num(900, 9800))}名（${fmt.reiwa(asOf)}現在）`
      : `会員数 ${comma(D.num(310, 2900))}社（${fmt.reiwa(asOf)}現在）`;
    const dateDiv = dm.line ? `<div align="right">${T(dm.line)}</div>` : '';
    return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
${headMeta(c, rel)}<style type="text/css"><!--
body{margin:0;font-family:"Noto Sans CJK JP","ＭＳ Ｐゴシック",sans-serif}
td{font-size:13px;line-height:150%}
.left a{color:#003366}
--></style></head>
<body bgcolor="#FFFFFF" text="#333333" link="#003399" vlink="#663399">
<a name="top"></a>
<center>
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3" bgcolor="#DDEEFF">
 <table width="100%" border="0" cellpadding="4" cellspacing="0"><tr>
  <td width="260">${c.logo}</td>
  <td align="right">${T(`${headFig}　｜　<a href="/sitemap.html">サイトマップ</a>　｜　<a href="/access.html">アクセス</a>`)}</td>
 </tr></table>
</td></tr>
<tr><td colspan="3" bgcolor="#336699"><img src="/img/spacer.gif" width="1" height="4" alt=""></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#F0F4F8" class="left">
 <img src="/img/spacer.gif" width="160" height="10" alt=""><br>
 <table width="150" border="0" cellpadding="3" cellspacing="0" align="center">
 ${['トップページ', '組合のご案内', '事業内容', '共同購買', '福利厚生', 'お知らせ', 'リンク集', 'お問い合わせ'].map((m) => `<tr><td>${T(`■ <a href="/${encodeURIComponent(m)}.html">${m}</a>`)}</td></tr>`).join('')}
 </table>
 <img src="/img/spacer.gif" width="1" height="20" alt=""><br>
 <table width="150" border="1" cellpadding="3" cellspacing="0" align="center" bordercolor="#99AACC"><tr><td bgcolor="#FFFFFF">${T(`<b>組合概要</b><br>${c.figs.map((f) => `${f.label} ${f.text}`).join('<br>')}<br>設立 昭和${rint(30, 60)}年`)}</td></tr></table>
</td>
<td width="10"><img src="/img/spacer.gif" width="10" height="1" alt=""></td>
<td width="590" valign="top">
 <img src="/img/spacer.gif" width="1" height="10" alt=""><br>
 ${T(`<a href="/">トップ</a> &gt; <a href="/news/">お知らせ</a> &gt; ${dm.crumb ?? '本文'}`)}<br><br>
 ${dateDiv}
 <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td><font size="4"><b>${esc(rel.title)}</b></font></td></tr><tr><td><img src="/img/line.gif" width="590" height="2" alt=""></td></tr></table>
 <br>
 ${body}
 ${dm.lastLine ?? ''}${dm.after ?? ''}
 <div align="right">${T('<a href="#top">▲このページの先頭へ</a>')}</div>
 <br>
 <table width="100%" border="0" cellpadding="2" cellspacing="1" bgcolor="#CCCCCC"><tr><td bgcolor="#EEEEEE">${T("<b>What's New</b>")}</td></tr><tr><td bgcolor="#FFFFFF"><table width="100%" border="0" cellpadding="2" cellspacing="0">${news}</table></td></tr></table>
 <br>
</td></tr>
<tr><td colspan="3" bgcolor="#336699" align="center">${`<font size="1" color="#FFFFFF">${c.addressBlock}<br>${c.copyright}</font>`}</td></tr>
</table>
</center>
<script language="JavaScript"><!--
var counter=${D.num(100000, 999999)}; document.write('<img src="/cgi-bin/count.cgi?'+counter+'" width=1 height=1>');
//--></script>
</body></html>`;
  },

  // 3. div soup from a no-code CMS: absolute boxes, per-char heading spans, split text
  studio(rel, c) {
    const { D, dm } = c;
    let n = 0;
    const box = (inner, cls = 'sd') => `<div class="${cls} appear" data-s-${(n++).toString(36)}="${rint(1000, 9999).toString(16)}"><div class="sd-inner">${inner}</div></div>`;
    const body = renderBlocks(c.blocks, { text: spanSplit, hShift: 1, pMode: 'split', spans: false, note: 'div', tableAttr: ' class="sd-table"',
      heading: (lv, t) => box(`<h${lv} class="sd-h">${perChar(t.replace(/<[^>]*>/g, ''))}</h${lv}>`, 'sd sd-heading'),
      wrapP: (p) => box(p.replace('<p>', '<p class="sd-text">')), table: (t) => box(t, 'sd sd-tablewrap') });
    const inquiries = D.num(1200, 9800);
    return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
${headMeta(c, rel)}<meta name="generator" content="STUDIO">
<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#222}
.hdr{position:relative;height:96px;background:#fafaf5}
.hdr .sd{position:absolute}
.hdr .l{left:24px;top:22px}.hdr .nav{left:340px;top:36px;font-size:13px}.hdr .cnt{right:24px;top:18px;background:#ffe;border:1px solid #cc9;padding:6px 10px;font-size:12px}
.main{position:relative;width:720px;margin:0 auto;padding:24px 0}
.main .sd{position:relative;left:${rint(0, 12)}px}
.sd-heading .c{display:inline-block;letter-spacing:.02em}.sd-heading h1,.sd-heading h2,.sd-heading h3,.sd-heading h4,strong{font-weight:400}
.sd-table{border-collapse:collapse;width:100%}.sd-table td,.sd-table th{border:1px solid #bbb;padding:4px}
.side{position:absolute;right:-230px;top:40px;width:200px;font-size:12px;background:#f4f8f4;padding:8px}
.ftr{background:#223;color:#ddd;font-size:12px;padding:20px 40px}
.chat{position:fixed;right:12px;bottom:12px;background:#0a7;color:#fff;border-radius:20px;padding:8px 14px;font-size:12px}
</style></head><body>
<div id="__studio"><div class="hdr">
${box(c.logo, 'sd l')}${box(['HOME', 'ABOUT', 'SERVICE', 'NEWS', 'RECRUIT', 'CONTACT'].map((x) => `<span class="nv">${x}</span>`).join('　'), 'sd nav')}
${box(`<span>お問い合わせ件数</span> <span class="num">${comma(inquiries)}</span><span>件</span>`, 'sd cnt')}
</div>
<div class="main">
${dm.crumb ? box(`<span>HOME</span> / <span>NEWS</span> / <span>${dm.crumb}</span>`) : box('<span>HOME</span> / <span>NEWS</span>')}
${box(`<span class="tag">NEWS</span>`)}
${box(`<h1 class="sd-title">${perChar(rel.title)}</h1>`, 'sd sd-heading')}
${dm.line ? box(`<p class="sd-date">${dm.line}</p>`) : ''}
${body}
${dm.lastLine ? box(dm.lastLine) : ''}${dm.after ? box(dm.after) : ''}
${box(`<a class="btn" href="/news">${perChar('一覧へ戻る')}</a>`)}
<div class="side">${box(`<p>${perChar('NEWS')}</p>${c.heads.slice(0, 4).map((h, i) => `<p><span>${fmt.dots(c.hdDates[i])}</span><br><span>${spanSplit(h)}</span></p>`).join('')}`)}
${box(`<p>${c.figs.map((f) => `<span>${f.label}</span> <span>${f.text}</span>`).join('<br>')}</p>`)}</div>
</div>
<div class="ftr">${box(`<p>${c.addressBlock}</p>`)}${box(`<p>${c.copyright}</p>`)}</div>
<div class="chat">${perChar('LINEで相談')}（友だち ${comma(D.num(1100, 9900))}人）</div>
</div>
<script>window.__STUDIO_PROJECT__={"id":"${rint(100000, 999999).toString(36)}","pv":${D.num(10000, 99999)},"published":"${fmt.iso(c.hdDates[5])}T00:00:00Z"};</script>
</body></html>`;
  },

  // 4. Movable Type: local paper / publisher style blog with calendar, tag cloud, ranking, prev/next
  mtnews(rel, c) {
    const { D, dm } = c;
    const body = renderBlocks(c.blocks, { text: plainText, hShift: 1, pMode: 'split', spans: true, note: 'aside', tableAttr: ' class="mt-table" border="1" cellspacing="0" cellpadding="4"' });
    const y = c.pub.y, m = c.pub.m;
    const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const linked = new Set([c.pub.d]);
    let cal = '<tr>' + '<td></td>'.repeat(first);
    for (let d = 1; d <= days; d++) { cal += `<td>${linked.has(d) ? `<a href="/${y}/${pad2(m)}/">${d}</a>` : d}</td>`; if ((first + d) % 7 === 0) cal += '</tr><tr>'; }
    cal += '</tr>';
    const rank = Array.from({ length: 10 }, (_, i) => `<li><span class="rank">${i + 1}位</span> ${esc(c.heads[i % 6])}（${comma(D.num(1100, 48000))} views）</li>`);
    const prev = D.date(2, 20), next = D.date(2, 20, true);
    const tags = ['セキュリティ', '地域', '経済', 'イベント', '行政', '教育', '医療', '人事', 'IT'].map((t) => `<a href="/tag/${encodeURIComponent(t)}" style="font-size:${rint(10, 22)}px">${t}</a>`).join(' ');
    const charset = c.encoding === 'EUC-JP' ? 'EUC-JP' : 'UTF-8';
    return `<?xml version="1.0" encoding="${charset}"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<meta name="generator" content="Movable Type Pro 5.2.13" />
${headMeta(c, rel)}<link rel="stylesheet" href="/styles.css" type="text/css" />
<style type="text/css">
body{font-family:"Noto Sans CJK JP",sans-serif;margin:0;background:#fff}
#container{width:900px;margin:0 auto}#header{border-bottom:3px double #333;padding:10px 0}
#header .ticker{font-size:12px;background:#eee;padding:2px 6px}
#alpha{float:left;width:600px}#beta{float:right;width:260px;font-size:12px}
.asset-meta{font-size:12px;color:#777}.mt-table{border-collapse:collapse}
aside.note{border:1px dashed #888;padding:6px;background:#f8f8f8}
.calendar td{text-align:center;width:24px;font-size:11px}
h1,h2,h3,h4,h5,strong,th{font-weight:normal}h1{font-size:26px;color:#222}h2,h3{color:#8a1c1c;border-left:5px solid #8a1c1c;padding-left:6px}
#footer{clear:both;border-top:1px solid #333;font-size:12px;padding:10px 0}
</style>
</head>
<body id="classic-blog" class="mt-entry-archive layout-wt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">
<div id="header-name"><a href="/" accesskey="1">${c.logo}</a></div>
<div id="header-description">ニュースと話題を毎日お届け</div>
<div class="ticker">【速報】${esc(c.heads[0])}（${fmt.kanji(c.hdDates[0])}）　【経済】日経平均 ${comma(D.num(31000, 42000))}円　【天気】降水確率 ${D.num(10, 90)}%</div>
</div></div></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<div class="breadcrumbs"><a href="/">トップ</a> &gt; <a href="/news/">ニュース</a>${dm.crumb ? ` &gt; ${dm.crumb}` : ''}</div>
<div id="entry-${rint(1000, 9999)}" class="entry-asset asset hentry">
<div class="asset-header"><h1 id="page-title" class="asset-name entry-title">${esc(rel.title)}</h1>
<div class="asset-meta">${dm.line ?? ''}</div></div>
<div class="asset-content entry-content"><div class="asset-body">
${body}
${dm.lastLine ?? ''}
</div></div>
<div class="asset-footer">${dm.after ?? ''}<span class="tags">タグ: <a href="#">お知らせ</a></span> | <a href="#comments">コメント (0)</a> | <a href="#trackbacks">トラックバック (0)</a></div>
</div>
<div class="content-nav"><a href="/archives/prev.html">« 前の記事：${esc(c.heads[1])}（${fmt.kanji(prev)}）</a> | <a href="/">メインページ</a> | <a href="/archives/next.html">次の記事：${esc(c.heads[2])}（${fmt.kanji(next)}） »</a></div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-calendar widget"><h3 class="widget-header">${y}年${m}月</h3><table class="calendar" summary="投稿されたエントリーへのリンク付きカレンダー"><tr><th>日</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr>${cal}</table></div>
<div class="widget-ranking widget"><h3 class="widget-header">アクセスランキング</h3><ol>${rank.join('')}</ol></div>
<div class="widget-tag-cloud widget"><h3 class="widget-header">タグクラウド</h3><div class="widget-content">${tags}</div></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のエントリー</h3><ul>${c.heads.slice(3, 6).map((h, i) => `<li>${fmt.slash(c.hdDates[i + 3])} <a href="#">${esc(h)}</a></li>`).join('')}</ul></div>
<div class="widget"><h3 class="widget-header">会社案内</h3><p>${c.figs.map((f) => `${f.label}：${f.text}`).join('<br />')}</p></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><address>${c.addressBlock}</address><p>${c.copyright} Powered by Movable Type</p></div></div>
</div></div>
</body></html>`;
  },

  // 5. Next.js app router: RSC payload in self.__next_f.push, hero banner, article split into cards, cookie modal
  nextrsc(rel, c) {
    const { D, dm } = c;
    const body = renderBlocks(c.blocks, { text: plainText, hShift: 0, pMode: 'split', spans: true, note: 'aside', tableAttr: ' class="tbl_x9"',
      heading: (lv, t) => `</section><section class="card_k3"><span class="icon" aria-hidden="true">◆</span><h${lv} class="h_2a">${inline(t, { text: plainText })}</h${lv}>` });
    const firms = D.num(1100, 9800);
    const payloadText = c.blocks.filter((b) => b.type === 'p').slice(0, 3).map((b) => b.lines.join('')).join('');
    const rsc1 = JSON.stringify(`1:HL["/_next/static/css/${rint(1e6, 9e6).toString(16)}.css","style"]\n`);
    const rsc2 = JSON.stringify(`3:["$","article",null,{"className":"article_p1","children":[["$","h1",null,{"children":${JSON.stringify(rel.title)}}],["$","div",null,{"className":"body","children":${JSON.stringify(payloadText)}}]]}]\n`);
    const rsc3 = JSON.stringify(`5:{"sidebar":{"news":${JSON.stringify(c.heads.slice(0, 4).map((h, i) => ({ title: h, date: fmt.iso(c.hdDates[i]) })))},"stats":{"companies":${firms},"users":${D.num(10000, 99000)}}}}\n`);
    return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-${rint(1e6, 9e6).toString(16)}.js"/>
${headMeta(c, rel)}<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#1b1b1b;background:#f6f7fb}
.hdr_q1{position:fixed;top:0;left:0;right:0;height:56px;background:#0b2a5b;color:#fff;display:flex;align-items:center;padding:0 24px;z-index:10}
.hdr_q1 nav a{color:#cfe;margin-left:18px;font-size:13px}
.hero_z{margin-top:56px;background:linear-gradient(90deg,#0b2a5b,#2d6cdf);color:#fff;padding:28px 40px;font-size:22px;font-weight:bold}
.wrap_b{max-width:860px;margin:0 auto;padding:20px}
.card_k3{background:#fff;border-radius:12px;border:1px solid #d5dbe8;padding:16px 20px;margin:14px 0}
.icon{color:#2d6cdf;margin-right:6px}.h_2a{display:inline;font-size:18px}
h1,h2,h3,h4,strong,th,.hero_z{font-weight:400}
.tbl_x9{border-collapse:collapse;width:100%}.tbl_x9 td,.tbl_x9 th{border:1px solid #c8d0e0;padding:6px}
aside.note{background:#eef4ff;border-radius:8px;padding:8px 12px}
.ftr_m{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:1px solid #ccd;font-size:11px;padding:6px 24px}
.cookie_w{position:fixed;top:120px;left:50%;transform:translateX(-50%);width:460px;background:#fff;border:2px solid #555;padding:18px;z-index:20;font-size:13px}
.rel_v{font-size:13px}
</style></head><body>
<div hidden=""><!--$--><!--/$--></div>
<header class="hdr_q1"><a href="/">${c.logo}</a><nav><a href="/service">サービス</a><a href="/case">導入事例</a><a href="/news">ニュース</a><a href="/company">会社情報</a><a href="/contact">お問い合わせ</a></nav></header>
<div class="hero_z">導入企業数 ${comma(firms)}社突破</div>
<main class="wrap_b">
<nav aria-label="breadcrumb" class="bc_r"><ol><li><a href="/">ホーム</a></li><li><a href="/news">ニュース</a></li>${dm.crumb ? `<li aria-current="page">${dm.crumb}</li>` : ''}</ol></nav>
<article class="article_p1">
<section class="card_k3"><p class="cat_t">プレスリリース</p><h1 class="title_u">${esc(rel.title)}</h1>${dm.line ? `<div class="date_n">${dm.line}</div>` : ''}
${body}
${dm.lastLine ?? ''}
</section>
${dm.after ?? ''}
</article>
<section class="rel_v"><h2>関連ニュース</h2><ul>${c.heads.slice(0, 4).map((h, i) => `<li><time dateTime="${fmt.iso(c.hdDates[i])}">${fmt.dots(c.hdDates[i])}</time> ${esc(h)}</li>`).join('')}</ul></section>
<section class="rel_v"><h2>会社概要</h2><dl>${c.figs.map((f) => `<dt>${f.label}</dt><dd>${f.text}</dd>`).join('')}</dl></section>
<div style="height:40px"></div>
</main>
<footer class="ftr_m">${c.addressBlock.replace(/<br>/g, '　')}　${c.copyright}</footer>
<div class="cookie_w" role="dialog" aria-modal="true"><p><b>Cookieの利用について</b></p><p>当サイトでは利便性向上のためCookieを使用します（提携事業者${D.num(12, 48)}社）。</p><button>同意する</button> <button>設定</button></div>
<script src="/_next/static/chunks/main-app.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,${rsc1}])</script>
<script>self.__next_f.push([1,${rsc2}])</script>
<script>self.__next_f.push([1,${rsc3}])</script>
</body></html>`;
  },

  // 6. Bootstrap 5 CMS: 緊急情報 strip, tabs, info box, accordion holding the release's later sections
  bsfire(rel, c) {
    const { D, dm } = c;
    const opts = { text: plainText, hShift: 0, pMode: 'br', spans: true, note: 'div', tableAttr: ' class="table table-bordered table-sm"', listAttr: ' class="mb-3"' };
    // the release's last headed sections go into an (expanded) accordion
    const hIdx = c.blocks.map((b, i) => (b.type === 'h' ? i : -1)).filter((i) => i >= 0);
    let main = c.blocks, acc = [];
    if (hIdx.length >= 3) { const cut = hIdx[hIdx.length - 2]; main = c.blocks.slice(0, cut); acc = c.blocks.slice(cut); }
    const accGroups = [];
    for (const b of acc) { if (b.type === 'h') accGroups.push({ h: b, rest: [] }); else accGroups[accGroups.length - 1].rest.push(b); }
    const accHtml = accGroups.length ? `<div class="accordion mb-3" id="accRel">${accGroups.map((g, i) => `<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse" data-bs-target="#c${i}" aria-expanded="true">${inline(g.h.text, opts)}</button></h2><div id="c${i}" class="accordion-collapse collapse show"><div class="accordion-body">${renderBlocks(g.rest, opts)}</div></div></div>`).join('')}</div>` : '';
    const alertT = D.date(1, 10);
    return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${headMeta(c, rel)}<link href="/assets/bootstrap-5.3.3.min.css" rel="stylesheet">
<style>
body{font-family:"Noto Sans CJK JP",sans-serif;margin:0;font-size:15px}
.container{max-width:1080px;margin:0 auto;padding:0 12px}.row{display:flex;gap:20px}.col-lg-8{flex:0 0 66%}.col-lg-4{flex:1}
.alert-danger{background:#f8d7da;color:#842029;padding:8px 16px;font-size:13px}
.navbar{background:#8b0000;color:#fff;padding:10px 16px}.navbar a{color:#fff;margin-right:14px;font-size:14px}
.nav-tabs{display:flex;list-style:none;padding:0;border-bottom:1px solid #dee2e6}.nav-tabs li{padding:6px 12px;border:1px solid #dee2e6;margin-right:4px}
.card{border:1px solid #ddd;border-radius:6px;margin-bottom:14px}.card-header{background:#f1f1f1;padding:6px 10px;font-weight:bold}.card-body{padding:10px;font-size:13px}
.table{border-collapse:collapse;width:100%}.table td,.table th{border:1px solid #999;padding:4px}
.accordion-item{border:1px solid #ccc}.accordion-button{background:#eef;border:0;width:100%;text-align:left;padding:8px;font-size:16px;font-weight:bold}.accordion-body{padding:8px 12px}
.text-end{text-align:right}.small{font-size:12px;color:#666}
footer{background:#333;color:#eee;padding:16px;font-size:12px;margin-top:20px}
@media print{.navbar{display:none}.col-lg-4 .card:first-child{display:none}}
</style></head>
<body>
<a class="visually-hidden-focusable" href="#main">本文へスキップ</a>
<div class="alert alert-danger mb-0" role="alert"><strong>緊急情報</strong> ${fmt.kanji(alertT)} ${pad2(rint(6, 21))}:${pad2(rint(0, 59))}　${esc(c.heads[5])}</div>
<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/">${c.logo}</a><a href="/">ホーム</a><a href="/about">概要</a><a href="/news">お知らせ</a><a href="/faq">よくある質問</a><a href="/contact">お問い合わせ</a></div></nav>
<div class="container mt-3">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">ホーム</a></li><li class="breadcrumb-item"><a href="/news/">お知らせ</a></li>${dm.crumb ? `<li class="breadcrumb-item active">${dm.crumb}</li>` : ''}</ol></nav>
<ul class="nav nav-tabs"><li class="nav-item active">お知らせ</li><li class="nav-item">イベント</li><li class="nav-item">採用</li><li class="nav-item">入札・契約</li></ul>
<div class="row">
<div class="col-lg-8" id="main">
<h1 class="h3 mt-3">${esc(rel.title)}</h1>
${dm.line ? `<p class="text-end small">${dm.line}</p>` : ''}
${renderBlocks(main, opts)}
${accHtml}
${dm.lastLine ?? ''}
${dm.after ?? ''}
<div class="card"><div class="card-header">このページに関するお問い合わせ</div><div class="card-body">総務部 広報担当<br>TEL ${D.o(PHONES())}</div></div>
<div class="card"><div class="card-header">この情報はお役に立ちましたか？</div><div class="card-body"><label><input type="radio" name="q"> 役に立った</label> <label><input type="radio" name="q"> 役に立たなかった</label></div></div>
</div>
<div class="col-lg-4">
<div class="card"><div class="card-header">新着情報</div><div class="card-body"><ul class="list-unstyled">${c.heads.slice(0, 5).map((h, i) => `<li><span class="badge">${fmt.kanji0(c.hdDates[i])}</span><br>${esc(h)}</li>`).join('')}</ul></div></div>
<div class="card"><div class="card-header">${c.kind === 'gov' ? '人口・世帯数' : c.kind === 'hospital' ? '病院概要' : c.kind === 'school' ? '大学概要' : '会社概要'}</div><div class="card-body"><table class="table table-sm">${c.figs.map((f) => `<tr><th>${f.label}</th><td>${f.text}</td></tr>`).join('')}</table><p class="small">（${fmt.kanji(D.date(20, 60))}現在）</p></div></div>
<div class="card"><div class="card-header">受付時間</div><div class="card-body">平日 8:30〜17:15<br>土曜 9:00〜12:00</div></div>
</div>
</div>
</div>
<footer><div class="container"><address>${c.addressBlock}</address><p>${c.copyright}</p></div></footer>
<script src="/assets/bootstrap.bundle.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"page_view","page_id":${D.num(10000, 99999)},"last_modified":"${fmt.iso(D.date(1, 40))}"});</script>
</body></html>`;
  },
};

// ---------- legacy encodings: characters the encoding lacks become numeric character references ----------
function encodeLegacy(html, enc) {
  const chars = [...new Set([...html])].filter((ch) => ch.codePointAt(0) > 0x7f);
  const iconvEnc = enc === 'Shift_JIS' ? 'CP932' : 'EUC-JP';
  const there = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', iconvEnc], { input: chars.join('\n') + '\n' });
  const back = execFileSync('iconv', ['-f', iconvEnc, '-t', 'UTF-8'], { input: there }).toString('utf8').split('\n');
  const bad = new Set(chars.filter((ch, i) => back[i] !== ch));
  const fixed = [...html].map((ch) => (bad.has(ch) ? `&#${ch.codePointAt(0)};` : ch)).join('');
  return { bytes: execFileSync('iconv', ['-f', 'UTF-8', '-t', iconvEnc], { input: fixed, maxBuffer: 1 << 26 }), ncr: [...bad] };
}

// ---------- Word-style document ----------
function docHtml(rel, D, id) {
  const blocks = blocksOf(rel.body);
  const x = { y: rel.y, m: rel.mo, d: rel.d };
  const dateStr = pick([fmt.kanji(x), fmt.reiwaFw(x), fmt.reiwa(x)]);
  const addressee = pick(['お客様各位', '関係各位', 'お取引先各位', '報道関係者各位']);
  const drawn = pick(['代表取締役社長', '理事長', '代表理事', '院長', '学長']);
  const kind = orgKind(rel.org);
  const role = kind === 'gov' ? ({ 県: '知事', 都: '知事', 府: '知事', 道: '知事', 市: '市長', 区: '区長', 町: '町長', 村: '村長' }[rel.org.slice(-1)] ?? '理事長')
    : kind === 'hospital' ? (drawn === '院長' ? '院長' : '理事長') : kind === 'school' ? (drawn === '学長' ? '学長' : '理事長')
    : /財団|社団|協会|連合会|法人|機構|公社/.test(rel.org) && !/株式会社/.test(rel.org) ? (drawn === '代表理事' ? '代表理事' : '理事長') : '代表取締役社長';
  const rep = D.o(role + '　' + pick(STAFF));
  let hn = 0;
  const body = renderBlocks(blocks, { text: plainText, hShift: 0, pMode: 'split', spans: true, note: 'div', tableAttr: ' class="dt"',
    heading: (lv, t) => { const has = /^[\s■□●◆【]*[0-9０-９一二三四五六七八九十]+[.．、)）]/.test(t.replace(/^■\s*/, '')); if (lv <= 2) hn++; return `<h${Math.min(lv + 1, 5)} class="dh">${!has && lv <= 2 ? `${hn}．` : ''}${inline(t, { text: plainText })}</h${Math.min(lv + 1, 5)}>`; } });
  const endsIjo = /以上\s*$/.test(rel.body);
  const hasKi = /^記$/m.test(rel.body);
  const tel = D.o(PHONES());
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(rel.title)}</title>
<style>
@page{size:A4;margin:25mm 22mm 22mm 25mm;@bottom-center{content:"- " counter(page) " -";font-size:10pt}}
body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.7;text-align:justify}
.hdr{display:flex;justify-content:space-between}.right{text-align:right}
h1{text-align:center;font-size:14pt;margin:22px 60px}
.dh{font-size:11pt;margin:14px 0 4px}
.dt{border-collapse:collapse;width:100%;table-layout:fixed}.dt th,.dt td{border:1px solid #000;padding:3px 5px;word-break:break-all;vertical-align:top}
.dt thead{display:table-header-group}.dt tr{break-inside:avoid}
.ki{text-align:center;margin:12px 0}.ijo{text-align:right}
.contact{border:1px solid #000;padding:8px 12px;margin-top:20px;width:60%;margin-left:auto}
</style></head><body>
<div class="hdr"><div><p>${addressee}</p></div><div class="right"><p>${dateStr}</p><p>${esc(rel.org)}<br>${rep}</p></div></div>
<h1>${esc(rel.title)}</h1>
${hasKi ? '' : '<p class="ki">記</p>'}
${body}
${endsIjo ? '' : '<p class="ijo">以上</p>'}
<div class="contact">【本件に関するお問い合わせ先】<br>${esc(rel.org)}　お客様相談窓口<br>電話：${tel}<br>受付時間：平日 9:00〜17:00（土日祝日を除く）</div>
</body></html>`;
}

// ---------- build ----------
// html/, doc-src/ and sources/ are rewritten; pdf/ and doc/ are left to scripts/print-blind-pages.mjs --set r; README.md stays
for (const d of ['html', 'doc-src', 'sources']) if (existsSync(join(OUT, d))) rmSync(join(OUT, d), { recursive: true });
for (const d of ['html', 'pdf', 'doc', 'doc-src', 'sources']) mkdirSync(join(OUT, d), { recursive: true });
const STYLES = ['wpten', 'sjisco', 'studio', 'mtnews', 'nextrsc', 'bsfire'];
const styleSeq = shuffle([...Array(7).fill('wpten'), ...Array(7).fill('sjisco'), ...Array(7).fill('studio'), ...Array(7).fill('mtnews'), ...Array(6).fill('nextrsc'), ...Array(6).fill('bsfire')]);
const dateSeq = shuffle([...DATE_MODES, ...DATE_MODES, ...DATE_MODES]).slice(0, 40);
const orgSeq = shuffle(Array.from({ length: 40 }, (_, i) => ORG_MODES[i % ORG_MODES.length]));
// documents: the 10 releases with the shortest 本文 (keeps the set's size down: chromium embeds CJK glyphs as Type 3)
const docIds = new Set(chosen.map((r, i) => [r.body.replace(/\s+/g, '').length, i]).sort((a, b) => a[0] - b[0]).slice(0, 10).map(([, i]) => i));
const PRINTS = [
  { paper: 'A4' }, { paper: 'A4', headerFooter: true }, { paper: 'B5' }, { paper: 'Letter' }, { paper: 'Letter', landscape: true },
  { paper: 'A4', landscape: true }, { paper: 'A5' }, { paper: 'A4', scale: 0.7 }, { paper: 'B5', scale: 1.25 }, { paper: 'A4', headerFooter: true, narrow: true },
  { paper: 'Letter', headerFooter: true }, { paper: 'A4', tightMargins: true },
];
const printSeq = shuffle([...PRINTS, ...PRINTS, ...PRINTS, ...PRINTS]).slice(0, 40);
let mtCount = 0;
const manifest = [];
const origin = [];
chosen.forEach((rel, i) => {
  const id = `r${pad2(i + 1)}`;
  const style = styleSeq[i];
  let encoding = 'UTF-8';
  if (style === 'sjisco') encoding = 'Shift_JIS';
  if (style === 'mtnews' && mtCount++ < 5) encoding = 'EUC-JP';
  const D = decoyMaker(rel);
  const pub = { y: rel.y, m: rel.mo, d: rel.d };
  let dateMode = dateSeq[i];
  const dm = dateDisplay(dateMode, pub, D);
  const orgMode = orgSeq[i];
  const wantLd = dateMode === 'jsonLdOnly' || rng() < 0.4;
  const ctx = { D, pub, dm, dateMode, orgMode, id, encoding, variant: i, wantLd, ldDate: dateMode === 'jsonLdOnly' || (dm.line !== null && rng() < 0.5) };
  const { html, meta } = page(style, rel, ctx);
  const htmlPath = `html/${style}-${id}.html`;
  let ncr = [];
  if (encoding === 'UTF-8') writeFileSync(join(OUT, htmlPath), html);
  else { const e = encodeLegacy(html, encoding); ncr = e.ncr; writeFileSync(join(OUT, htmlPath), e.bytes); }
  writeFileSync(join(OUT, 'sources', `${id}.md`), rel.source);
  const hasDoc = docIds.has(i);
  if (hasDoc) writeFileSync(join(OUT, 'doc-src', `${id}.html`), docHtml(rel, D, id));
  origin.push(`${id}\t${rel.path}`);
  manifest.push({
    id, archive: rel.path, source: `sources/${id}.md`, html: htmlPath, style, encoding,
    pdf: `pdf/${style}-${id}.pdf`, pdfPage: printSeq[i], doc: hasDoc ? `doc/${id}.pdf` : null,
    org: rel.org, title: rel.title, publishedAt: rel.publishedAt, dateMode, orgMode,
    metadata: meta, decoyValues: D.values, decoyDates: D.dates, decoyOther: D.other, ncr,
  });
});
writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
writeFileSync(join(OUT, 'ORIGIN.txt'), origin.join('\n') + '\n');
console.log(`pages-r: ${manifest.length} pages (${candidates.length} candidates), seed ${SEED}`);
for (const s of STYLES) console.log(`  ${s}: ${manifest.filter((e) => e.style === s).map((e) => e.id).join(' ')}`);
