#!/usr/bin/env node
// pages-j: the tenth blind set of issue #12's kind, made without reading the tool (its code, tests or
// earlier page sets). 40 archive releases drawn uniformly (seeded) from those not yet used by a page
// set (/work/staging/pages-used.txt), each rendered whole as a corporate/public news page in one of six
// site styles with decoy-rich chrome; 10 of them also as Word-style documents (HTML here, printed by
// scripts/print-pages-j.mjs).
//
//   node scripts/make-pages-j.mjs [--archive DIR] [--used FILE] [--out DIR] [--doc-build DIR]
//
// Writes OUT/html/STYLE-jNN.html, OUT/sources/jNN.md, OUT/ORIGIN.txt, OUT/manifest.json, and the
// documents' HTML under DOC-BUILD (default $TMPDIR/pages-j-doc) for the printer. Deterministic: the same
// archive and used-list give byte-identical files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './seededRandom.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const ARCHIVE = resolve(opt('--archive', '/work/shared/archive'));
const USED = resolve(opt('--used', '/work/staging/pages-used.txt'));
const OUT = resolve(opt('--out', join(HERE, '..', 'fixtures', 'pages-j')));
const DOC_BUILD = resolve(opt('--doc-build', join(tmpdir(), 'pages-j-doc')));

export const SEED = 0x5e14_0a14; // selection; every other stream derives from it (SEED + k)
const N_PAGES = 40;
const N_DOCS = 10;

// ---------------------------------------------------------------------------------------------
// The archive: one release per file, 本文 ≥ 400 characters, a full publication date.

function listArchive() {
  const files = [];
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.md')) files.push(p.slice(ARCHIVE.length + 1));
    }
  };
  for (const y of readdirSync(ARCHIVE).sort()) if (/^\d{4}$/.test(y)) walk(join(ARCHIVE, y));
  return files;
}

function parseDate(s) {
  const t = s.normalize('NFKC');
  let m = t.match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/) ?? t.match(/(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})/);
  if (m) return { y: +m[1], m: +m[2], d: +m[3] };
  m = t.match(/令和\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
  if (m) return { y: 2018 + (m[1] === '元' ? 1 : +m[1]), m: +m[2], d: +m[3] };
  return null;
}

/** The release's parts, or why it is not eligible. */
function parseRelease(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const heads = lines.map((l, i) => [l, i]).filter(([l]) => /^#\s/.test(l) || l === '#');
  const bodyHeads = heads.filter(([l]) => /^#\s*本文\s*$/.test(l));
  const overviewHeads = heads.filter(([l]) => /^#\s*公表概要\s*$/.test(l));
  if (bodyHeads.length !== 1 || overviewHeads.length > 1) return { why: 'several releases' };
  const bodyAt = bodyHeads[0][1];
  // the overview: the bullets of the first section (its heading may be blank in a few files)
  const firstHead = heads[0][1];
  const bullets = [];
  for (let i = firstHead + 1; i < lines.length && !/^#/.test(lines[i]); i++) {
    const m = lines[i].match(/^-\s*(.*)$/);
    if (m) bullets.push(m[1].trim());
  }
  const [title, dateLine, org, url] = bullets;
  if (!title || !dateLine || !org) return { why: 'overview' };
  const date = parseDate(dateLine);
  if (!date) return { why: 'date' };
  const body = lines.slice(bodyAt + 1).join('\n').replace(/\s+$/, '');
  if ([...body.replace(/\s+/g, '')].length < 400) return { why: 'short' };
  // the source: the release without # 事案ID / # 公表種別 sections
  const keep = [];
  let skipping = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^#\s/.test(l) || l === '#') skipping = /^#\s*(事案ID|公表種別)\s*$/.test(l);
    if (!skipping) keep.push(l);
  }
  const source = `${keep.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '')}\n`;
  return { title, dateLine, org, url: url ?? '', date, body, source };
}

// ---------------------------------------------------------------------------------------------
// What the release states: every number (in any numeral form) and every month-day, so that chrome
// decoys never coincide with it.

const KANJI_DIGIT = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT = { 万: 1e4, 億: 1e8, 兆: 1e12 };

export function valuesIn(text) {
  const t = text.normalize('NFKC');
  const vals = new Set();
  for (const m of t.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const raw = m[0].replace(/,+$/, '');
    vals.add(Number(raw.replace(/,/g, '')));
    for (const part of raw.split(/[,.]/)) if (part) vals.add(Number(part));
  }
  // Japanese compound numerals: 28万2千, 1,450 万, 三十五, 二〇二五
  const chars = [...t];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (!(/\d/.test(c) || c in KANJI_DIGIT || c in SMALL_UNIT)) continue;
    let total = 0;
    let section = 0;
    let cur = null;
    let j = i;
    let any = false;
    while (j < chars.length) {
      const ch = chars[j];
      if (/\d/.test(ch)) {
        let k = j;
        let s = '';
        while (k < chars.length && /[\d,.]/.test(chars[k])) s += chars[k++];
        s = s.replace(/[,.]+$/, '');
        cur = Number(s.replace(/,/g, ''));
        j = k;
        any = true;
      } else if (ch in KANJI_DIGIT) {
        cur = (cur ?? 0) * 10 + KANJI_DIGIT[ch];
        j++;
        any = true;
      } else if (ch in SMALL_UNIT) {
        section += (cur ?? 1) * SMALL_UNIT[ch];
        cur = null;
        j++;
        any = true;
      } else if (ch in BIG_UNIT && any) {
        total += (section + (cur ?? 0) || 1) * BIG_UNIT[ch];
        section = 0;
        cur = null;
        j++;
      } else if (ch === ' ' && j + 1 < chars.length && /[\d万億千]/.test(chars[j + 1])) {
        j++;
      } else break;
    }
    if (any) vals.add(Math.round(total + section + (cur ?? 0)));
  }
  return vals;
}

const kanjiToNum = (s) => {
  let v = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch in KANJI_DIGIT) cur = cur * 10 + KANJI_DIGIT[ch];
    else if (ch === '十') {
      v += (cur || 1) * 10;
      cur = 0;
    }
  }
  return v + cur;
};

/** Month-day pairs ("M-D") and full dates the release states, in any form. */
export function datesIn(text) {
  const t = text.normalize('NFKC');
  const md = new Set();
  const full = new Set();
  const add = (y, m, d) => {
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      md.add(`${m}-${d}`);
      if (y) full.add(`${y}-${m}-${d}`);
    }
  };
  for (const m of t.matchAll(/(\d{1,2})\s*月\s*(\d{1,2})\s*日?/g)) add(0, +m[1], +m[2]);
  for (const m of t.matchAll(/(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:\([^)]{0,4}\)\s*)?[~〜～ー―‐-]\s*(\d{1,2})\s*日/g)) add(0, +m[1], +m[3]);
  for (const m of t.matchAll(/(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})/g)) add(+m[1], +m[2], +m[3]);
  for (const m of t.matchAll(/(?<![\d/.])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g)) add(0, +m[1], +m[2]);
  for (const m of t.matchAll(/([〇一二三四五六七八九十]+)\s*月\s*([〇一二三四五六七八九十]+)\s*日/g)) add(0, kanjiToNum(m[1]), kanjiToNum(m[2]));
  for (const m of t.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) add(+m[1], +m[2], +m[3]);
  return { md, full };
}

// ---------------------------------------------------------------------------------------------
// Markdown body → HTML, block by block, with a style's choices (tags, classes, bullets as lists or divs).

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PLACEHOLDER =
  'data:image/svg+xml;charset=utf-8,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%22480%22 height=%22160%22%3E%3Crect width=%22100%25%22 height=%22100%25%22 fill=%22%23e3e6ea%22/%3E%3C/svg%3E';

function inline(s) {
  // keep <br> and <img>, escape the rest; links, bare URLs, bold
  const parts = s.split(/(<br\s*\/?>|<img[^>]*>)/i);
  return parts
    .map((p, i) => {
      if (i % 2 === 1) {
        if (/^<br/i.test(p)) return '<br>';
        const w = p.match(/width="(\d+)"/)?.[1] ?? '400';
        return `<img src="${PLACEHOLDER}" width="${Math.min(+w, 560)}" alt="">`;
      }
      let out = '';
      let last = 0;
      const re = /\[([^\]]*)\]\(([^)\s]*)\)|(https?:\/\/[^\s<>"'）)」、。]+)|\*\*([^*]+)\*\*/g;
      for (const m of p.matchAll(re)) {
        out += esc(p.slice(last, m.index));
        if (m[1] !== undefined) out += `<a href="${esc(m[2])}">${esc(m[1])}</a>${m[2] && m[1] !== m[2] ? `（${esc(m[2])}）` : ''}`;
        else if (m[3] !== undefined) out += `<a href="${esc(m[3])}">${esc(m[3])}</a>`;
        else out += `<strong>${esc(m[4])}</strong>`;
        last = m.index + m[0].length;
      }
      return out + esc(p.slice(last));
    })
    .join('');
}

function splitRow(line) {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|')) s = s.slice(0, -1);
  return s.split('|').map((c) => c.trim());
}

/** Blocks of a Markdown body: heading, para (lines), list (items with depth and ordered), table, blank. */
export function blocksOf(body) {
  const lines = body.split('\n');
  const blocks = [];
  let i = 0;
  const isList = (l) => /^\s*(?:[-*+・]|\d+\.)\s+\S/.test(l) && !/^\s*\*\*/.test(l);
  const isTable = (l) => /^\s*\|/.test(l);
  const isHead = (l) => /^#{1,6}\s*\S/.test(l);
  while (i < lines.length) {
    const l = lines[i];
    if (!l.trim()) {
      i++;
      continue;
    }
    if (isHead(l)) {
      const m = l.match(/^(#{1,6})\s*(.*)$/);
      blocks.push({ type: 'heading', level: m[1].length, text: m[2].trim() });
      i++;
    } else if (isTable(l)) {
      const rows = [];
      while (i < lines.length && isTable(lines[i])) rows.push(lines[i++]);
      const cells = rows.map(splitRow);
      let head = null;
      let bodyRows = cells;
      if (cells.length > 1 && cells[1].every((c) => /^:?-{2,}:?$/.test(c) || c === '')) {
        head = cells[0];
        bodyRows = cells.slice(2);
      }
      bodyRows = bodyRows.filter((r) => !r.every((c) => /^:?-{2,}:?$/.test(c)));
      blocks.push({ type: 'table', head, rows: bodyRows });
    } else if (isList(l)) {
      const items = [];
      while (i < lines.length && isList(lines[i])) {
        const m = lines[i].match(/^(\s*)([-*+・]|\d+\.)\s+(.*)$/);
        items.push({ depth: m[1].replace(/\t/g, '  ').length >= 2 ? 1 : 0, ordered: /\d/.test(m[2]), n: parseInt(m[2], 10), text: m[3] });
        i++;
      }
      blocks.push({ type: 'list', items });
    } else {
      const para = [];
      while (i < lines.length && lines[i].trim() && !isHead(lines[i]) && !isTable(lines[i]) && !isList(lines[i])) para.push(lines[i++]);
      blocks.push({ type: 'para', lines: para });
    }
  }
  return blocks;
}

function listHtml(items, o) {
  // items at depth 0/1 → nested lists
  let out = '';
  let idx = 0;
  const group = (depth) => {
    let html = '';
    const first = items[idx];
    const ordered = first.ordered;
    if (o.bullets === 'div') {
      html += `<div class="${o.listClass ?? 'list'}">`;
      while (idx < items.length && items[idx].depth >= depth) {
        if (items[idx].depth > depth) {
          html += group(depth + 1);
          continue;
        }
        const it = items[idx++];
        html += `<div class="${o.itemClass ?? 'list-item'}">${ordered ? `${it.n}. ` : '・'}${inline(it.text)}</div>`;
      }
      return `${html}</div>`;
    }
    const tag = ordered ? 'ol' : 'ul';
    html += `<${tag}${ordered && first.n > 1 ? ` start="${first.n}"` : ''}${o.ulClass ? ` class="${o.ulClass}"` : ''}>`;
    let open = false;
    while (idx < items.length && items[idx].depth >= depth) {
      if (items[idx].depth > depth) {
        html += group(depth + 1);
        continue;
      }
      if (open) html += '</li>';
      const it = items[idx++];
      html += `<li>${inline(it.text)}`;
      open = true;
    }
    if (open) html += '</li>';
    return `${html}</${tag}>`;
  };
  while (idx < items.length) {
    if (items[idx].ordered !== (items[Math.max(0, idx - 1)]?.ordered ?? items[idx].ordered) && out) out += '\n';
    out += group(items[idx].depth);
  }
  return out;
}

/**
 * The body as HTML. o: { heading(level, text) → html, para: 'p'|'div'|'br', bullets: 'ul'|'div', tableAttrs }
 */
export function bodyHtml(body, o = {}) {
  const out = [];
  for (const b of blocksOf(body)) {
    if (b.type === 'heading') {
      out.push(o.heading ? o.heading(b.level, inline(b.text)) : `<h${Math.min(6, b.level + 1)}>${inline(b.text)}</h${Math.min(6, b.level + 1)}>`);
    } else if (b.type === 'para') {
      const inner = b.lines.map((l) => inline(l)).join('<br>\n');
      if (o.para === 'div') out.push(`<div class="${o.paraClass ?? 'txt'}">${inner}</div>`);
      else if (o.para === 'br') out.push(`${inner}<br><br>`);
      else out.push(`<p${o.paraClass ? ` class="${o.paraClass}"` : ''}>${inner}</p>`);
    } else if (b.type === 'list') {
      out.push(listHtml(b.items, o));
    } else if (b.type === 'table') {
      const width = Math.max(b.head?.length ?? 0, ...b.rows.map((r) => r.length));
      const pad = (r) => [...r, ...Array(Math.max(0, width - r.length)).fill('')];
      let t = `<table${o.tableAttrs ? ` ${o.tableAttrs}` : ''}>`;
      if (b.head) t += `<thead><tr>${pad(b.head).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>`;
      t += `<tbody>${b.rows.map((r) => `<tr>${pad(r).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
      out.push(o.tableWrap ? o.tableWrap(t) : t);
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Decoys: counts and dates for the chrome, each checked against everything the release states.

const pad2 = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.y}-${pad2(d.m)}-${pad2(d.d)}`;
const fmt = {
  kanji: (d) => `${d.y}年${d.m}月${d.d}日`,
  dot: (d) => `${d.y}.${pad2(d.m)}.${pad2(d.d)}`,
  slash: (d) => `${d.y}/${pad2(d.m)}/${pad2(d.d)}`,
  slashShort: (d) => `${d.y}/${d.m}/${d.d}`,
  wareki: (d) => `令和${d.y - 2018 === 1 ? '元' : d.y - 2018}年${d.m}月${d.d}日`,
  hyphen: (d) => iso(d),
};
const toDate = (ms) => {
  const x = new Date(ms);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
};
const msOf = (d) => Date.UTC(d.y, d.m - 1, d.d);
const comma = (n) => n.toLocaleString('en-US');
const WEEK = ['日', '月', '火', '水', '木', '金', '土'];
const weekday = (d) => WEEK[new Date(msOf(d)).getUTCDay()];

class Decoys {
  constructor(rel, rnd) {
    this.rnd = rnd;
    // the whole source (overview, first-report links included), not the body alone
    this.values = valuesIn(rel.source);
    this.dates = datesIn(rel.source);
    this.pub = rel.date;
    this.decoyValues = [];
    this.decoyDates = [];
    this.other = [];
  }
  int(lo, hi) {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  pick(xs) {
    return xs[Math.floor(this.rnd() * xs.length)];
  }
  /** a number from gen() that the release never states */
  value(gen) {
    for (let k = 0; k < 800; k++) {
      const v = k < 400 ? gen() : this.int(31, 997);
      if (!this.values.has(v) && !this.decoyValues.includes(v)) {
        this.decoyValues.push(v);
        return v;
      }
    }
    throw new Error('no decoy value');
  }
  /** a date offset from publication (days lo..hi) that the release never states (not even its month-day) */
  date(lo, hi) {
    for (let k = 0; k < 500; k++) {
      const d = toDate(msOf(this.pub) + this.int(lo, hi) * 86400000);
      const key = `${d.m}-${d.d}`;
      if (this.dates.md.has(key) || (d.m === this.pub.m && d.d === this.pub.d)) continue;
      if (!this.decoyDates.includes(iso(d))) this.decoyDates.push(iso(d));
      return d;
    }
    throw new Error('no decoy date');
  }
  note(s) {
    this.other.push(s);
    return s;
  }
}

const SERVICES = ['光回線サービス', 'モバイル決済アプリ', '電子書籍サービス', 'クラウド会計', '宅配サービス', 'オンライン診療', '見守りサービス', 'ポイントカード'];
const EVENTS = ['DX推進', '情報セキュリティ', '事業承継', '健康経営', '採用担当者向け', '子育て支援', '防災'];
const PLACES = ['札幌', '仙台', '名古屋', '大阪', '広島', '福岡', '那覇', '金沢'];
const PREFS = [
  ['東京都', '千代田区丸の内', '03'],
  ['大阪府', '大阪市北区梅田', '06'],
  ['愛知県', '名古屋市中区栄', '052'],
  ['福岡県', '福岡市博多区博多駅前', '092'],
  ['北海道', '札幌市中央区北一条西', '011'],
  ['宮城県', '仙台市青葉区本町', '022'],
  ['広島県', '広島市中区紙屋町', '082'],
  ['静岡県', '静岡市葵区追手町', '054'],
];

function orgKind(org) {
  if (/病院|医療法人|クリニック|医院|診療所|医療センター/.test(org)) return 'hospital';
  if (/大学|学校法人|高等学校|学園|学院|専門学校|教育委員会|幼稚園/.test(org)) return 'school';
  if (/[都道府県市区町村]$|[都道府県市区町村]役所|庁$|広域連合|事務組合/.test(org)) return 'public';
  if (/法人|協会|機構|財団|組合|連合会|学会|センター/.test(org)) return 'association';
  return 'company';
}

/** The chrome's decoy material for one page (all numbers and dates checked against the release). */
function chromeFor(rel, rnd) {
  const D = new Decoys(rel, rnd);
  const kind = orgKind(rel.org);
  const latest = [];
  const templates = [
    () => `${D.pick(SERVICES)}の契約数が${comma(D.value(() => D.int(12, 250) * 10000))}件を突破しました`,
    () => `${D.pick(EVENTS)}セミナー（定員${D.value(() => D.int(3, 40) * 10)}名）の参加者募集について`,
    () => `会員数${comma(D.value(() => D.int(11, 98) * 1000))}人を達成いたしました`,
    () => `${D.pick(PLACES)}で説明会を開催します（先着${D.value(() => D.int(4, 30) * 5)}名）`,
    () => `お客様アンケートの結果を公開しました（回答${comma(D.value(() => D.int(1200, 9800)))}件）`,
    () => `${D.pick(['年末年始', '夏季', 'ゴールデンウィーク'])}の営業日のお知らせ`,
    () => {
      const d = D.date(5, 40);
      return `システムメンテナンスのお知らせ（${d.m}月${d.d}日）`;
    },
    () => `新卒採用のエントリー受付を開始しました（募集人数${D.value(() => D.int(10, 45))}名）`,
    () => `ボランティア清掃活動に社員${D.value(() => D.int(31, 180))}人が参加しました`,
  ];
  const order = templates.map((t, i) => [rnd(), i]).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
  for (const i of order.slice(0, 5)) latest.push({ date: D.date(-75, 20), text: templates[i]() });
  latest.sort((a, b) => msOf(b.date) - msOf(a.date));
  const related = [
    { date: D.date(-400, -30), text: D.pick(['当社を装った不審なメールにご注意ください', 'フィッシングサイトに関する注意喚起', '個人情報保護方針の改定について']) },
    { date: D.date(-200, -10), text: D.pick(['サービス一時停止のお知らせ', 'ウェブサイトリニューアルのお知らせ', '電話番号変更のお知らせ']) },
    { date: D.date(-90, -3), text: D.pick([`【第1報】システム障害の発生について`, '一部サービスの提供再開について', '役員人事に関するお知らせ']) },
  ];
  const [pref, city, area] = D.pick(PREFS);
  const postal = D.note(`〒${D.int(100, 998)}-${pad2(D.int(0, 99))}${pad2(D.int(0, 99))}`);
  const address = D.note(`${pref}${city}${D.int(1, 9)}-${D.int(1, 20)}-${D.int(1, 30)}`);
  const tel = D.note(`TEL ${area}-${D.int(1000, 9899)}-${D.int(1000, 9999)}`.replace(/^TEL (0\d)-(\d{4})/, 'TEL $1-$2'));
  const fax = D.note(`FAX ${area}-${D.int(1000, 9899)}-${D.int(1000, 9999)}`);
  const asOf = D.date(-280, -40);
  const facts = [];
  if (kind === 'hospital') {
    facts.push(['病床数', `${D.value(() => D.int(12, 60) * 10)}床`]);
    facts.push(['職員数', `${comma(D.value(() => D.int(180, 1400)))}名（${asOf.y}年${asOf.m}月${asOf.d}日現在）`]);
  } else if (kind === 'school') {
    facts.push(['学生数', `${comma(D.value(() => D.int(800, 14000)))}名（${asOf.y}年${asOf.m}月${asOf.d}日現在）`]);
    facts.push(['教職員数', `${D.value(() => D.int(60, 900))}人`]);
  } else if (kind === 'public') {
    facts.push(['人口', `${comma(D.value(() => D.int(8000, 900000)))}人（${asOf.y}年${asOf.m}月${asOf.d}日現在）`]);
    facts.push(['世帯数', `${comma(D.value(() => D.int(3000, 400000)))}世帯`]);
  } else if (kind === 'association') {
    facts.push(['会員数', `${comma(D.value(() => D.int(120, 9000)))}名（${asOf.y}年${asOf.m}月${asOf.d}日現在）`]);
    facts.push(['職員数', `${D.value(() => D.int(8, 140))}名`]);
  } else {
    facts.push(['従業員数', `${comma(D.value(() => D.int(40, 5200)))}名（${asOf.y}年${asOf.m}月${asOf.d}日現在）`]);
    facts.push(['資本金', D.note(`${D.pick(['1億', '3億', '4,800万', '9,000万', '12億'])}円`)]);
  }
  const shares = { like: D.value(() => D.int(13, 480)), post: D.value(() => D.int(10, 95)), hatena: D.value(() => D.int(10, 60)) };
  const modified = D.date(2, 45);
  const cookieDays = D.value(() => D.pick([30, 90, 180, 365, 395]));
  const policyRevised = D.date(-700, -120);
  const archiveMonths = [];
  for (let k = 0; k < 4; k++) {
    const ms = Date.UTC(rel.date.y, rel.date.m - 1 - k, 1);
    const x = toDate(ms);
    archiveMonths.push({ y: x.y, m: x.m, n: D.value(() => D.int(10, 29)) });
  }
  const script = {
    pageId: D.value(() => D.int(10000, 99999)),
    views: D.value(() => D.int(1000, 60000)),
    tickerDate: D.date(-30, 30),
    campaignEnd: D.date(10, 120),
  };
  return { D, kind, latest, related, postal, address, tel, fax, facts, shares, modified, cookieDays, policyRevised, archiveMonths, script };
}

// ---------------------------------------------------------------------------------------------
// Page metadata: where the date and the organization are.

const LOGO =
  'data:image/svg+xml;charset=utf-8,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%22160%22 height=%2240%22%3E%3Crect width=%2240%22 height=%2240%22 rx=%228%22 fill=%22%23205493%22/%3E%3Crect x=%2248%22 y=%2212%22 width=%22104%22 height=%2216%22 fill=%22%23a9b8cc%22/%3E%3C/svg%3E';

function jsonLd(rel, c, meta, withDate) {
  const o = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: rel.title,
    mainEntityOfPage: rel.url || undefined,
  };
  if (withDate) {
    o.datePublished = `${iso(rel.date)}T${meta.hour}:00:00+09:00`;
    o.dateModified = `${iso(c.modified)}T${pad2(9 + (meta.hour % 5))}:30:00+09:00`;
  }
  if (meta.orgPlaces.includes('jsonld')) o.publisher = { '@type': 'Organization', name: rel.org, logo: { '@type': 'ImageObject', url: '/img/logo.png' } };
  return o;
}

const scriptJson = (o) => JSON.stringify(o).replace(/</g, '\\u003c');

// ---------------------------------------------------------------------------------------------
// The six site styles. Each gets (rel, c: chrome, meta) and returns the whole page (a string).

function titleTag(rel, meta) {
  const dated = meta.dateMode === 'title' ? `【${fmt.kanji(rel.date)}】` : '';
  const suffix = meta.orgPlaces.includes('title') ? ` | ${rel.org}` : meta.siteLabel ? ` | ${meta.siteLabel}` : '';
  return `${dated}${rel.title}${suffix}`;
}

function headMeta(rel, c, meta) {
  const m = [];
  m.push(`<meta property="og:title" content="${esc(rel.title)}">`);
  m.push(`<meta property="og:type" content="article">`);
  if (rel.url) m.push(`<meta property="og:url" content="${esc(rel.url)}">`);
  if (meta.orgPlaces.includes('og')) m.push(`<meta property="og:site_name" content="${esc(rel.org)}">`);
  else if (meta.siteLabel) m.push(`<meta property="og:site_name" content="${esc(meta.siteLabel)}">`);
  m.push(`<meta property="og:image" content="/img/ogp.png">`);
  if (meta.metaPublished) m.push(`<meta property="article:published_time" content="${iso(rel.date)}T${meta.hour}:00:00+09:00">`);
  if (meta.jsonLd) m.push(`<script type="application/ld+json">${scriptJson(meta.jsonLd)}</script>`);
  return m.join('\n');
}

function dateVisible(rel, c, meta, style) {
  // the visible date line, per the page's date mode (empty when the date is not shown)
  switch (meta.dateMode) {
    case 'dateline':
      return meta.withModified
        ? `公開日：${fmt.kanji(rel.date)}　更新日：${fmt.kanji(c.modified)}`
        : `${meta.pubLabel}：${fmt.kanji(rel.date)}`;
    case 'dotted':
      return fmt.dot(rel.date);
    case 'wareki':
      return `${fmt.wareki(rel.date)}${meta.pubLabel === '掲載日' ? '掲載' : ''}`;
    case 'time':
      return `<time datetime="${iso(rel.date)}T${meta.hour}:00:00+09:00">${style === 'next' ? fmt.slash(rel.date) : fmt.slashShort(rel.date)}</time>`;
    default:
      return '';
  }
}

function copyright(rel, c, meta) {
  const who = meta.orgPlaces.includes('copyright') ? rel.org : meta.siteLabel ?? 'All Rights Reserved.';
  return `Copyright &copy; ${meta.copyFrom}-${rel.date.y} ${esc(who)}${meta.orgPlaces.includes('copyright') ? ' All Rights Reserved.' : ''}`;
}

const logoAlt = (rel, meta) => (meta.orgPlaces.includes('logo') ? esc(rel.org) : 'ホーム');

const cookieBar = (c, cls) =>
  `<div class="${cls}" role="dialog" aria-label="cookie">当サイトでは、利便性の向上とアクセス解析のためにCookieを使用しています。Cookieの保存期間は最長${c.cookieDays}日です。詳しくは<a href="/privacy/cookie/">Cookieポリシー</a>（${c.policyRevised.y}年${c.policyRevised.m}月${c.policyRevised.d}日改定）をご覧ください。<button type="button">同意する</button><button type="button">設定</button></div>`;

const shareBar = (c, cls) =>
  `<div class="${cls}"><span class="share-fb">いいね！ ${c.shares.like}</span><span class="share-x">ポスト ${c.shares.post}</span><span class="share-hb">B! ${c.shares.hatena}</span><span class="share-line">LINEで送る</span></div>`;

const analytics = (c, rel) =>
  `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-${(c.script.pageId * 7919).toString(36).toUpperCase().slice(0, 8)}',{page_id:${c.script.pageId},content_group:'news',views_last_30d:${c.script.views}});</script>
<script>var newsTicker={"updated":"${iso(c.script.tickerDate)}T08:00:00+09:00","items":[{"date":"${iso(c.latest[0].date)}","title":${JSON.stringify(c.latest[0].text)}},{"date":"${iso(c.latest[1].date)}","title":${JSON.stringify(c.latest[1].text)}}],"campaign":{"ends":"${fmt.slash(c.script.campaignEnd)}","limit":${c.cookieDays}}};</script>`;

// modern styles load a one-weight web font (as many Japanese sites load Noto Sans JP): bold is synthesized
const webFont = `@font-face{font-family:"Noto Sans JP";src:local("Noto Sans CJK JP"),local("NotoSansCJKjp-Regular"),url(/assets/fonts/NotoSansJP-Regular.woff2) format("woff2");font-weight:100 900;font-display:swap}`;
const baseCss = `body{margin:0;font-family:"Hiragino Kaku Gothic ProN","Noto Sans CJK JP",Meiryo,sans-serif;color:#222;line-height:1.75;font-size:15px}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:6px 8px;vertical-align:top}th{background:#eef1f5}
a{color:#1a55a3}img{max-width:100%}`;

// 1. WordPress-like
function styleWp(rel, c, meta) {
  const content = bodyHtml(rel.body, {
    heading: (l, t) => `<h${Math.min(6, l + 1)} class="wp-block-heading">${t}</h${Math.min(6, l + 1)}>`,
    ulClass: 'wp-block-list',
    tableWrap: (t) => `<figure class="wp-block-table">${t}</figure>`,
  });
  const dv = dateVisible(rel, c, meta, 'wp');
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titleTag(rel, meta))}</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="https://api.w.org/" href="/wp-json/">
<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/${c.script.pageId}">
${headMeta(rel, c, meta)}
<script>window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};</script>
<style>${webFont}${baseCss.replace('body{margin:0;font-family:', 'body{margin:0;font-family:"Noto Sans JP",')}
.site-header{position:sticky;top:0;background:#fff;border-bottom:3px solid #205493;display:flex;align-items:center;gap:24px;padding:10px 24px;z-index:5}
.main-navigation ul{list-style:none;display:flex;gap:18px;margin:0;padding:0;font-size:14px}
.site-content{display:flex;gap:32px;max-width:1100px;margin:0 auto;padding:20px}
#primary{flex:1 1 auto;min-width:0}#secondary{flex:0 0 280px;font-size:13px}
.widget{border:1px solid #ddd;padding:12px;margin-bottom:18px}.widget-title{font-size:15px;border-left:4px solid #205493;padding-left:8px}
.widget ul{list-style:none;padding:0;margin:0}.widget li{border-bottom:1px dotted #ccc;padding:4px 0}
.entry-title{font-size:24px;line-height:1.4}.entry-meta{color:#666;font-size:13px}
.breadcrumb{font-size:12px;color:#666;margin:8px 0}
.site-footer{background:#1d2b3a;color:#dde;padding:24px;font-size:13px}.site-footer a{color:#cde}
.cookie-notice{position:fixed;bottom:0;left:0;right:0;background:rgba(20,20,20,.92);color:#fff;padding:10px 20px;font-size:12px}
.sharedaddy{margin:24px 0;font-size:12px;color:#555}.sharedaddy span{margin-right:14px;border:1px solid #ccc;padding:2px 8px}
</style>
</head>
<body class="post-template-default single single-post postid-${c.script.pageId}">
<div id="page" class="site">
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="${LOGO}" width="160" height="40" alt="${logoAlt(rel, meta)}"></a></div>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">ホーム</a></li><li><a href="/company/">会社情報</a></li><li><a href="/service/">事業・サービス</a></li><li><a href="/news/">ニュース</a></li><li><a href="/ir/">IR情報</a></li><li><a href="/recruit/">採用情報</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<nav class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/news/">ニュース</a> &gt; <span>お知らせ</span></nav>
<article id="post-${c.script.pageId}" class="post-${c.script.pageId} post type-post status-publish format-standard hentry category-news">
<header class="entry-header">
<h1 class="entry-title">${esc(rel.title)}</h1>
${dv ? `<div class="entry-meta"><span class="posted-on">${dv}</span> <span class="cat-links"><a href="/category/news/" rel="category tag">お知らせ</a></span></div>` : `<div class="entry-meta"><span class="cat-links"><a href="/category/news/" rel="category tag">お知らせ</a></span></div>`}
</header>
<div class="entry-content">
${content}
</div>
<footer class="entry-footer">${shareBar(c, 'sharedaddy')}</footer>
</article>
<nav class="navigation post-navigation" aria-label="投稿"><div class="nav-links"><div class="nav-previous"><a href="/news/prev/" rel="prev">${esc(c.related[2].text)}</a></div><div class="nav-next"><a href="/news/next/" rel="next">${esc(c.latest[0].text)}</a></div></div></nav>
<section class="related-posts"><h2 class="widget-title">関連記事</h2><ul>${c.related.map((r) => `<li><a href="/news/${iso(r.date)}/">${esc(r.text)}</a> <span class="date">${fmt.slash(r.date)}</span></li>`).join('')}</ul></section>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">最新のお知らせ</h2><ul>${c.latest.map((l) => `<li><span class="post-date">${fmt.kanji(l.date)}</span><br><a href="/news/">${esc(l.text)}</a></li>`).join('')}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">カテゴリー</h2><ul><li><a href="/category/news/">お知らせ</a></li><li><a href="/category/press/">プレスリリース</a></li><li><a href="/category/event/">イベント</a></li></ul></section>
<section class="widget widget_archive"><h2 class="widget-title">アーカイブ</h2><ul>${c.archiveMonths.map((a) => `<li><a href="/${a.y}/${pad2(a.m)}/">${a.y}年${a.m}月</a>&nbsp;(${a.n})</li>`).join('')}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
<div class="footer-info"><p>${c.facts.map(([k, v]) => `${k}：${v}`).join('　')}</p><p>${c.postal} ${c.address}　${c.tel}　${c.fax}</p></div>
<div class="site-info"><a href="/privacy/">プライバシーポリシー</a> | <a href="/sitemap/">サイトマップ</a><br>${copyright(rel, c, meta)}</div>
</footer>
</div>
${cookieBar(c, 'cookie-notice')}
${analytics(c, rel)}
</body>
</html>
`;
}

// 2. An old table layout (Shift_JIS)
function styleTable(rel, c, meta) {
  const content = bodyHtml(rel.body, {
    heading: (l, t) =>
      l <= 2
        ? `<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#336699"><font color="#FFFFFF"><b>${t}</b></font></td></tr></table>`
        : `<p><font color="#003366"><b>${t}</b></font></p>`,
    tableAttrs: 'border="1" cellspacing="0" cellpadding="4" width="96%"',
  });
  const dv = dateVisible(rel, c, meta, 'table');
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta http-equiv="Content-Style-Type" content="text/css">
<title>${esc(titleTag(rel, meta))}</title>
${headMeta(rel, c, meta)}
<style type="text/css"><!--
body{margin:0;font-family:"ＭＳ Ｐゴシック","Noto Sans CJK JP",sans-serif;font-size:13px;line-height:1.6}
td{font-size:13px} .news td{border-bottom:1px dotted #999}
table.body-table{border-collapse:collapse} th{background:#dde6f0}
.copy{font-size:11px;color:#555}
--></style>
<script type="text/javascript"><!--
function MM_swapImage(){var i,j=0,x,a=MM_swapImage.arguments;document.MM_sr=new Array;}
var lastUpdate="${fmt.slash(c.script.tickerDate)}"; var counter=${c.script.views};
//--></script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" height="70" bgcolor="#E8EEF5"><a href="/"><img src="${LOGO}" width="160" height="40" border="0" alt="${logoAlt(rel, meta)}"></a>
<font size="1">｜<a href="/">トップページ</a>｜<a href="/sitemap.html">サイトマップ</a>｜<a href="/english/">English</a>｜</font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#F2F2F2">
<table width="170" border="0" cellspacing="0" cellpadding="6">
<tr><td><a href="/about/">■ 組織案内</a></td></tr><tr><td><a href="/service/">■ サービス</a></td></tr><tr><td><a href="/news/">■ 新着情報</a></td></tr><tr><td><a href="/access/">■ アクセス</a></td></tr><tr><td><a href="/contact/">■ お問い合わせ</a></td></tr>
<tr><td><font size="1">アクセスカウンタ<br>${comma(c.script.views)}</font></td></tr>
</table>
</td>
<td width="590" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font size="1"><a href="/">トップ</a> &gt; <a href="/news/">新着情報</a> &gt; お知らせ</font>
${dv ? `<div align="right"><font size="2">${dv}</font></div>` : ''}
<h2><font color="#003366">${esc(rel.title)}</font></h2>
<hr size="1" noshade>
${content.replace(/<table border="1"/g, '<table class="body-table" border="1"')}
<hr size="1" noshade>
<div align="right"><a href="#top">▲ページの先頭へ</a></div>
</td></tr></table>
</td>
<td width="200" valign="top">
<table width="200" border="0" cellspacing="0" cellpadding="4" class="news">
<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>新着情報</b></font></td></tr>
${c.latest.map((l) => `<tr><td><font size="1">${fmt.wareki(l.date)}</font><br>${esc(l.text)}</td></tr>`).join('\n')}
<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>関連情報</b></font></td></tr>
${c.related.map((r) => `<tr><td><font size="1">${fmt.dot(r.date)}</font><br><a href="/news/">${esc(r.text)}</a></td></tr>`).join('\n')}
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#E8EEF5" align="center"><font size="1">${c.facts.map(([k, v]) => `${k} ${v}`).join(' ／ ')}<br>${c.postal}　${c.address}　${c.tel}　${c.fax}</font><br><span class="copy">${copyright(rel, c, meta)}</span></td></tr>
</table>
</body>
</html>
`;
}

// 3. Div soup (generated class names, no semantic tags, bullets as divs)
function styleDivs(rel, c, meta, rnd) {
  const h = () => Math.floor(rnd() * 0xfffff).toString(36);
  const content = bodyHtml(rel.body, {
    heading: (l, t) => `<div class="c-ttl c-ttl--lv${l} _${h()}"><span>${t}</span></div>`,
    para: 'div',
    paraClass: `c-txt _${h()}`,
    bullets: 'div',
    listClass: `c-list _${h()}`,
    itemClass: 'c-list__item',
    tableWrap: (t) => `<div class="c-table-wrap"><div class="c-table">${t}</div></div>`,
  });
  const dv = dateVisible(rel, c, meta, 'divs');
  const enc = meta.encoding === 'utf-8' ? 'UTF-8' : meta.encoding === 'euc-jp' ? 'EUC-JP' : 'Shift_JIS';
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="${enc}">
<title>${esc(titleTag(rel, meta))}</title>
<meta name="viewport" content="width=device-width">
${headMeta(rel, c, meta)}
<style>${webFont}${baseCss.replace('body{margin:0;font-family:', 'body{margin:0;font-family:"Noto Sans JP",')}
.l-wrap{display:flex;flex-direction:row-reverse;max-width:1080px;margin:0 auto;gap:28px}
.l-side{width:260px;flex:0 0 260px;font-size:12px}.l-main{flex:1;min-width:0}
.c-ttl{font-weight:bold;margin:1.4em 0 .6em;border-bottom:1px solid #bbb}.c-ttl--lv2{font-size:18px}.c-ttl--lv3{font-size:16px}
.c-txt{margin:.8em 0}.c-list{margin:.6em 0 .6em 1em}.c-list .c-list{margin-left:1.2em}
.p-head{display:flex;justify-content:space-between;padding:12px 20px;background:#f6f6f6}.p-gnav div{display:inline-block;margin:0 10px}
.p-foot{background:#333;color:#eee;font-size:12px;padding:20px}
.p-cookie{position:fixed;left:10px;bottom:10px;width:300px;background:#fff;border:1px solid #888;padding:10px;font-size:11px}
.p-share{font-size:11px;color:#666}.p-share span{margin-right:10px}
</style>
</head>
<body>
<div id="app"><div class="p-root _${h()}"><div class="p-head">
<div class="p-logo"><a href="/"><img src="${LOGO}" alt="${logoAlt(rel, meta)}" width="160" height="40"></a></div>
<div class="p-gnav"><div><a href="/about">私たちについて</a></div><div><a href="/business">事業内容</a></div><div><a href="/news">お知らせ</a></div><div><a href="/recruit">採用</a></div><div><a href="/contact">お問い合わせ</a></div></div>
</div>
<div class="p-bread"><div><a href="/">TOP</a></div><div>／</div><div><a href="/news">お知らせ</a></div><div>／</div><div>詳細</div></div>
<div class="l-wrap">
<div class="l-side"><div class="c-box"><div class="c-box__ttl">最新のお知らせ</div>
${c.latest.map((l) => `<div class="c-news"><div class="c-news__date">${fmt.dot(l.date)}</div><div class="c-news__ttl"><a href="/news">${esc(l.text)}</a></div></div>`).join('\n')}
</div><div class="c-box"><div class="c-box__ttl">関連ニュース</div>
${c.related.map((r) => `<div class="c-news"><div class="c-news__date">${fmt.kanji(r.date)}</div><div class="c-news__ttl"><a href="/news">${esc(r.text)}</a></div></div>`).join('\n')}
</div></div>
<div class="l-main"><div class="p-article _${h()}">
<div class="p-article__head"><div class="p-article__cat">お知らせ</div>${dv ? `<div class="p-article__date">${dv}</div>` : ''}<div class="p-article__ttl" role="heading" aria-level="1" style="font-size:24px;font-weight:bold">${esc(rel.title)}</div></div>
<div class="p-article__body">
${content}
</div>
<div class="p-share">${shareBar(c, 'p-share__in')}</div>
</div></div>
</div>
<div class="p-foot"><div class="p-foot__info"><div>${c.postal}</div><div>${c.address}</div><div>${c.tel} / ${c.fax}</div><div>${c.facts.map(([k, v]) => `${k}：${v}`).join('<br>')}</div></div><div class="p-foot__copy">${copyright(rel, c, meta)}</div></div>
${cookieBar(c, 'p-cookie')}
</div></div>
${analytics(c, rel)}
</body>
</html>
`;
}

// 4. Movable Type
function styleMt(rel, c, meta) {
  const content = bodyHtml(rel.body, {
    heading: (l, t) => `<h${Math.min(6, l + 1)}>${t}</h${Math.min(6, l + 1)}>`,
    tableAttrs: 'class="mt-table" border="1"',
  });
  const dv = dateVisible(rel, c, meta, 'mt');
  const enc = meta.encoding === 'euc-jp' ? 'EUC-JP' : 'UTF-8';
  const pubAbbr = meta.dateMode === 'dateline' || meta.dateMode === 'dotted' || meta.dateMode === 'wareki' || meta.dateMode === 'time';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${enc}" />
<meta name="generator" content="Movable Type Pro 7.9.8" />
<title>${esc(titleTag(rel, meta))}</title>
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/mt/rsd.xml" />
${headMeta(rel, c, meta)}
<style type="text/css">${baseCss}
#container{width:980px;margin:0 auto}#header{border-bottom:2px solid #800;padding:10px 0}
#content-inner{display:flex;gap:24px}#alpha{width:680px}#beta{width:260px;font-size:12px}
.widget{margin-bottom:16px}.widget-header{background:#800;color:#fff;padding:4px 8px;font-size:13px}
.asset-meta{font-size:12px;color:#666;border-bottom:1px dotted #999;margin-bottom:12px}
#footer{border-top:1px solid #999;font-size:11px;padding:12px 0;color:#555}
.mt-table{width:100%}
</style>
<script type="text/javascript" src="/mt.js"></script>
<script type="text/javascript">var mtEntryId=${c.script.pageId};var mtBlogId=2;mtAttachEvent('load',function(){});</script>
</head>
<body id="classic-blog" class="mt-entry-archive layout-wt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">
<div id="header-name"><a href="/" accesskey="1"><img src="${LOGO}" width="160" height="40" alt="${logoAlt(rel, meta)}" /></a></div>
<div id="header-description">${meta.siteLabel ? esc(meta.siteLabel) : 'ニュースリリース'}</div>
<ul class="gnav"><li><a href="/">ホーム</a></li><li><a href="/news/">ニュースリリース</a></li><li><a href="/company/">企業情報</a></li><li><a href="/contact/">お問い合わせ</a></li></ul>
</div></div></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<div id="entry-${c.script.pageId}" class="entry-asset asset hentry">
<div class="asset-header">
<h1 id="page-title" class="asset-name entry-title">${esc(rel.title)}</h1>
<div class="asset-meta">${dv ? `<span class="byline">${pubAbbr ? `<abbr class="published" title="${iso(rel.date)}T${meta.hour}:00:00+09:00">${dv}</abbr>` : dv}</span> | ` : ''}<span class="category"><a href="/news/info/">お知らせ</a></span></div>
</div>
<div class="asset-content entry-content">
<div class="asset-body">
${content}
</div>
</div>
<div class="asset-footer">${shareBar(c, 'entry-share')}</div>
</div>
<div class="entry-navi">&laquo; <a href="/news/prev.html">${esc(c.related[2].text)}</a> | <a href="/">メインページ</a> | <a href="/news/archives.html">アーカイブ</a> | <a href="/news/next.html">${esc(c.latest[c.latest.length - 1].text)}</a> &raquo;</div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-search widget"><h3 class="widget-header">検索</h3><div class="widget-content"><form method="get" action="/mt/mt-search.cgi"><input type="text" name="search" value="" /><input type="hidden" name="IncludeBlogs" value="2" /><input type="submit" value="検索" /></form></div></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のエントリー</h3><div class="widget-content"><ul>${c.latest.map((l) => `<li><a href="/news/">${esc(l.text)}</a> <span>(${fmt.slash(l.date)})</span></li>`).join('')}</ul></div></div>
<div class="widget-archive-monthly widget"><h3 class="widget-header">月別アーカイブ</h3><div class="widget-content"><ul>${c.archiveMonths.map((a) => `<li><a href="/news/${a.y}/${pad2(a.m)}/">${a.y}年${a.m}月 (${a.n})</a></li>`).join('')}</ul></div></div>
<div class="widget-related widget"><h3 class="widget-header">関連するお知らせ</h3><div class="widget-content"><ul>${c.related.map((r) => `<li>${fmt.kanji(r.date)} <a href="/news/">${esc(r.text)}</a></li>`).join('')}</ul></div></div>
<div class="widget-powered widget"><div class="widget-content"><a href="https://www.movabletype.jp/">Powered by Movable Type Pro</a></div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content">
<div class="widget-about">${c.facts.map(([k, v]) => `${k} ${v}`).join('　')}<br />${c.postal} ${c.address} ${c.tel}</div>
<div class="widget-powered">${copyright(rel, c, meta)}</div>
</div></div></div>
</div></div>
${analytics(c, rel)}
</body>
</html>
`;
}

// 5. A Next.js page (CSS-module classes, __NEXT_DATA__ with the article and the side data)
function styleNext(rel, c, meta, rnd) {
  const h = () => Math.floor(rnd() * 0xfffff).toString(36).padStart(4, 'x').slice(0, 5);
  const cls = (name) => `Article_${name}__${h()}`;
  const content = bodyHtml(rel.body, {
    heading: (l, t) => `<h${Math.min(6, l + 1)} class="${cls('h')}">${t}</h${Math.min(6, l + 1)}>`,
    paraClass: cls('p'),
    ulClass: cls('list'),
    tableWrap: (t) => `<div class="${cls('tableScroll')}">${t}</div>`,
  });
  const dv = dateVisible(rel, c, meta, 'next');
  const buildId = Math.floor(rnd() * 2 ** 40).toString(36);
  const data = {
    props: {
      pageProps: {
        article: {
          id: c.script.pageId,
          slug: `news-${c.script.pageId}`,
          title: rel.title,
          category: 'お知らせ',
          ...(meta.dateMode === 'jsonld' || meta.dateMode === 'title' ? {} : { publishedAt: `${iso(rel.date)}T${pad2(+meta.hour - 9)}:00:00.000Z` }),
          revisedAt: `${iso(c.modified)}T03:12:44.000Z`,
        },
        sideNews: c.latest.map((l, i) => ({ id: c.script.pageId - 10 - i, date: iso(l.date), title: l.text })),
        relatedNews: c.related.map((r, i) => ({ id: c.script.pageId - 90 - i, date: `${iso(r.date)}T00:00:00.000Z`, title: r.text })),
        stats: { pageViews: c.script.views, shares: c.shares },
      },
      __N_SSG: true,
    },
    page: '/news/[slug]',
    query: { slug: `news-${c.script.pageId}` },
    buildId,
    isFallback: false,
    gsp: true,
    scriptLoader: [],
  };
  return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>${esc(titleTag(rel, meta))}</title>
${headMeta(rel, c, meta)}
<meta name="next-head-count" content="12"/><link rel="preload" href="/_next/static/css/${buildId}.css" as="style"/>
<style>${webFont}${baseCss.replace('body{margin:0;font-family:', 'body{margin:0;font-family:"Noto Sans JP",')}
.Layout_header{position:sticky;top:0;background:#0b1f33;color:#fff;display:flex;justify-content:space-between;align-items:center;padding:10px 28px;z-index:9}
.Layout_header a{color:#fff;margin-left:18px;font-size:14px;text-decoration:none}
.Layout_grid{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:36px;max-width:1120px;margin:0 auto;padding:24px}
.Layout_aside{grid-column:2;grid-row:1;font-size:13px}.Layout_main{grid-column:1;grid-row:1;min-width:0}
.Card{border-radius:8px;background:#f5f7fa;padding:14px;margin-bottom:16px}.Card h2{font-size:15px;margin:0 0 8px}
.Card ul{list-style:none;margin:0;padding:0}.Card li{padding:6px 0;border-bottom:1px solid #e2e6ea}
.Footer{background:#0b1f33;color:#c9d3dd;font-size:12px;padding:28px}
.Cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.2);padding:12px 28px;font-size:12px}
@media (max-width:900px){.Layout_grid{grid-template-columns:1fr}.Layout_aside{grid-column:1;grid-row:2}}
</style>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script><script src="/_next/static/chunks/webpack-${h()}.js" defer=""></script><script src="/_next/static/chunks/framework-${h()}.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bslug%5D-${h()}.js" defer=""></script></head><body><div id="__next"><header class="Layout_header"><a href="/"><img src="${LOGO}" width="160" height="40" alt="${logoAlt(rel, meta)}"/></a><nav><a href="/services">サービス</a><a href="/news">ニュース</a><a href="/company">会社概要</a><a href="/sustainability">サステナビリティ</a><a href="/contact">お問い合わせ</a></nav></header><div class="Layout_grid"><aside class="Layout_aside"><section class="Card"><h2>最新のお知らせ</h2><ul>${c.latest.map((l) => `<li><time dateTime="${iso(l.date)}">${fmt.dot(l.date)}</time><p>${esc(l.text)}</p></li>`).join('')}</ul></section><section class="Card"><h2>関連ニュース</h2><ul>${c.related.map((r) => `<li><time dateTime="${iso(r.date)}">${fmt.dot(r.date)}</time><p><a href="/news">${esc(r.text)}</a></p></li>`).join('')}</ul></section></aside><main class="Layout_main"><nav aria-label="breadcrumb" class="${cls('crumbs')}"><a href="/">ホーム</a> / <a href="/news">ニュース</a> / <span>${esc(rel.title.length > 18 ? `${rel.title.slice(0, 18)}…` : rel.title)}</span></nav><article class="${cls('article')}"><div class="${cls('meta')}"><span class="${cls('badge')}">お知らせ</span>${dv ? `<span class="${cls('date')}">${dv}</span>` : ''}</div><h1 class="${cls('title')}">${esc(rel.title)}</h1><div class="${cls('body')}">
${content}
</div>${shareBar(c, cls('share'))}</article></main></div><footer class="Footer"><div>${c.postal} ${c.address}</div><div>${c.tel}</div><div>${c.facts.map(([k, v]) => `${k}：${v}`).join(' ｜ ')}</div><small>${copyright(rel, c, meta)}</small></footer>${cookieBar(c, 'Cookie')}</div><script id="__NEXT_DATA__" type="application/json">${scriptJson(data)}</script></body></html>
`;
}

// 6. A Bootstrap CMS
function styleBootstrap(rel, c, meta) {
  const content = bodyHtml(rel.body, {
    heading: (l, t) => `<h${Math.min(6, l + 1)} class="${l <= 2 ? 'h4 border-bottom pb-2 mt-4' : 'h5 mt-3'}">${t}</h${Math.min(6, l + 1)}>`,
    tableAttrs: 'class="table table-bordered table-sm"',
    tableWrap: (t) => `<div class="table-responsive">${t}</div>`,
    ulClass: 'mb-3',
  });
  const dv = dateVisible(rel, c, meta, 'bs');
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>${esc(titleTag(rel, meta))}</title>
${headMeta(rel, c, meta)}
<style>${webFont}${baseCss.replace('body{margin:0;font-family:', 'body{margin:0;font-family:"Noto Sans JP",')}
.container{max-width:1140px;margin:0 auto;padding:0 15px}.row{display:flex;flex-wrap:wrap;margin:0 -15px}
.col-lg-8,.col-lg-4,.col-md-4{padding:0 15px;width:100%;box-sizing:border-box}
@media (min-width:992px){.col-lg-8{width:66.66%}.col-lg-4{width:33.33%}}
@media (min-width:768px){.col-md-4{width:33.33%}}
.navbar{display:flex;align-items:center;justify-content:space-between;padding:8px 16px;background:#f8f9fa;border-bottom:1px solid #dee2e6}
.navbar-nav{display:flex;list-style:none;margin:0;padding:0;gap:16px;font-size:14px}
.breadcrumb{display:flex;list-style:none;padding:8px 0;margin:0 0 12px;font-size:13px;gap:6px}.breadcrumb-item+.breadcrumb-item::before{content:"/";padding-right:6px;color:#6c757d}
.card{border:1px solid rgba(0,0,0,.125);border-radius:4px;margin-bottom:16px}.card-header{background:#f7f7f7;padding:8px 12px;font-weight:bold;font-size:14px}
.list-group{list-style:none;margin:0;padding:0;font-size:13px}.list-group-item{padding:8px 12px;border-top:1px solid rgba(0,0,0,.125)}
.badge{display:inline-block;background:#6c757d;color:#fff;border-radius:10px;padding:0 7px;font-size:11px;margin-left:4px}
.text-muted{color:#6c757d}.small{font-size:12px}.table{width:100%}.h4{font-size:20px}.h5{font-size:17px}
footer.bg-dark{background:#343a40;color:#ddd;padding:24px 0;font-size:13px;margin-top:32px}
.fixed-bottom{position:fixed;bottom:0;left:0;right:0;background:#212529;color:#fff;padding:10px 16px;font-size:12px}
</style>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-light bg-light"><a class="navbar-brand" href="/"><img src="${LOGO}" width="160" height="40" alt="${logoAlt(rel, meta)}"></a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">トップ</a></li><li class="nav-item"><a class="nav-link" href="/about/">概要</a></li><li class="nav-item active"><a class="nav-link" href="/topics/">トピックス</a></li><li class="nav-item"><a class="nav-link" href="/faq/">よくある質問</a></li><li class="nav-item"><a class="nav-link" href="/inquiry/">お問い合わせ</a></li></ul></nav>
<div class="container mt-3">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">トップ</a></li><li class="breadcrumb-item"><a href="/topics/">トピックス</a></li><li class="breadcrumb-item active" aria-current="page">お知らせ詳細</li></ol>
<div class="row">
<div class="col-lg-8">
<div class="topics-detail">
${dv ? `<p class="text-muted small mb-1">${dv}</p>` : ''}
<h1 class="h3 mb-4">${esc(rel.title)}</h1>
<div class="topics-body">
${content}
</div>
${shareBar(c, 'share-buttons small text-muted')}
</div>
<div class="card mt-4"><div class="card-header">関連するお知らせ</div><ul class="list-group list-group-flush">${c.related.map((r) => `<li class="list-group-item"><span class="text-muted">${fmt.slash(r.date)}</span> <a href="/topics/">${esc(r.text)}</a></li>`).join('')}</ul></div>
</div>
<div class="col-lg-4">
<div class="card"><div class="card-header">最新のお知らせ</div><ul class="list-group list-group-flush">${c.latest.map((l) => `<li class="list-group-item"><span class="text-muted small">${fmt.kanji(l.date)}（${weekday(l.date)}）</span><br><a href="/topics/">${esc(l.text)}</a></li>`).join('')}</ul></div>
<div class="card"><div class="card-header">アーカイブ</div><ul class="list-group list-group-flush">${c.archiveMonths.map((a) => `<li class="list-group-item"><a href="/topics/${a.y}${pad2(a.m)}/">${a.y}年${a.m}月</a><span class="badge">${a.n}</span></li>`).join('')}</ul></div>
</div>
</div>
</div>
<footer class="bg-dark"><div class="container"><div class="row"><div class="col-md-4"><img src="${LOGO}" width="120" height="30" alt=""><br>${c.postal}<br>${c.address}</div><div class="col-md-4">${c.tel}<br>${c.fax}<br>受付時間 9:00〜17:00（土日祝除く）</div><div class="col-md-4">${c.facts.map(([k, v]) => `${k}：${v}`).join('<br>')}</div></div><p class="small mt-3">${copyright(rel, c, meta)}</p></div></footer>
<div class="fixed-bottom cookie-consent">${cookieBar(c, 'cookie-text').replace(/^<div class="cookie-text"/, '<div class="cookie-text"')}</div>
${analytics(c, rel)}
<script src="/assets/js/jquery-3.5.1.slim.min.js"></script><script src="/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>
`;
}

const STYLES = { wp: styleWp, table: styleTable, divs: styleDivs, mt: styleMt, next: styleNext, bootstrap: styleBootstrap };

// ---------------------------------------------------------------------------------------------
// Legacy encodings: characters the encoding lacks (or would not read back the same through a
// WHATWG decoder) become numeric character references (in scripts, \\uXXXX escapes).

function encodable(chars, enc) {
  const iconvName = enc === 'shift_jis' ? 'CP932' : 'EUC-JP';
  const input = chars.join('\n');
  const bytes = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', iconvName], { input, maxBuffer: 1 << 26 });
  const back = new TextDecoder(enc).decode(bytes).split('\n');
  const ok = new Set();
  chars.forEach((ch, i) => {
    if (back[i] === ch) ok.add(ch);
  });
  return ok;
}

export function toLegacy(html, enc) {
  const chars = [...new Set([...html].filter((ch) => ch.codePointAt(0) > 0x7f))];
  const ok = encodable(chars, enc);
  const parts = html.split(/(<script[\s\S]*?<\/script>)/);
  const fixed = parts
    .map((p, i) =>
      [...p]
        .map((ch) => {
          if (ch.codePointAt(0) <= 0x7f || ok.has(ch)) return ch;
          if (i % 2 === 1) return ch.split('').map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
          return `&#${ch.codePointAt(0)};`;
        })
        .join(''),
    )
    .join('');
  const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', enc === 'shift_jis' ? 'CP932' : 'EUC-JP'], { input: fixed, maxBuffer: 1 << 26 });
  if (new TextDecoder(enc).decode(bytes) !== fixed) throw new Error(`${enc} round trip`);
  const refs = [...new Set([...fixed.matchAll(/&#(\d+);/g)].map((m) => String.fromCodePoint(+m[1])))];
  return { bytes, refs };
}

// ---------------------------------------------------------------------------------------------
// Word-style documents (A4): date right, addressee, organization and representative, centered
// title, 記, numbered headings, bordered tables, 以上, page numbers.

const REPS = ['代表取締役社長　山本 隆之', '代表取締役　佐々木 恵', '理事長　中村 正和', '代表取締役社長執行役員　高橋 誠一', '院長　小林 直樹', '学長　松田 裕子', '代表理事　井上 洋平', '代表取締役　吉田 亮'];
const ADDRESSEES = ['お客様各位', '関係者各位', 'お取引先各位', '会員の皆様へ', '報道関係者各位'];

function docHtml(rel, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const kind = orgKind(rel.org);
  const rep = kind === 'hospital' ? pick(['院長　小林 直樹', '理事長　中村 正和']) : kind === 'school' ? pick(['学長　松田 裕子', '理事長　中村 正和']) : kind === 'public' ? pick(['市長　大野 健太郎', '知事　村上 浩二']) : pick(REPS);
  const dateStr = rnd() < 0.5 ? fmt.kanji(rel.date) : fmt.wareki(rel.date);
  // consecutive paragraphs that are each 「label：value」 lines join into one table block
  const blocks = [];
  let pending = [];
  const flushKv = () => {
    if (pending.length >= 2) blocks.push({ type: 'kv', rows: pending.flatMap((p) => p.lines.map(labelOf)) });
    else blocks.push(...pending);
    pending = [];
  };
  for (const b of blocksOf(rel.body)) {
    if (b.type === 'para' && b.lines.every((l) => labelOf(l))) pending.push(b);
    else {
      flushKv();
      blocks.push(b);
    }
  }
  flushKv();
  const kvTable = (rows) => `<table class="kv"><colgroup><col style="width:30%"><col></colgroup><tbody>${rows.map(([l, v]) => `<tr><th>${inline(l)}</th><td>${inline(v)}</td></tr>`).join('')}</tbody></table>`;
  const hasKi = blocks.some((b) => b.type === 'para' && b.lines.some((l) => /^\s*記\s*$/.test(l)));
  const endsIjo = /以\s*上\s*$/.test(rel.body.trim());
  let n = 0;
  const numbered = (t) => (/^\s*(?:[0-9０-９]+|[（(][0-9０-９一二三四五六七八九]+[)）]|[一二三四五六七八九十]+[、.．]|[①-⑳]|第)/.test(t) ? t : `${++n}．${t}`);
  // 記 goes before the first heading (or the first list/table, or the third block) unless the release has its own
  let kiAt = blocks.findIndex((b) => b.type === 'heading');
  if (kiAt < 0) kiAt = blocks.findIndex((b, i) => i > 0 && b.type !== 'para');
  if (kiAt < 0) kiAt = Math.min(2, blocks.length - 1);
  const out = [];
  blocks.forEach((b, bi) => {
    if (!hasKi && bi === kiAt) out.push('<p class="ki">記</p>');
    if (b.type === 'heading') {
      const t = b.level <= 2 ? numbered(b.text) : b.text;
      out.push(b.level <= 2 ? `<h2>${inline(t)}</h2>` : `<h3>${inline(t)}</h3>`);
    } else if (b.type === 'para' && b.lines.length === 1 && /^\s*記\s*$/.test(b.lines[0])) {
      out.push('<p class="ki">記</p>');
    } else if (b.type === 'table') {
      out.push(bodyHtml(tableMd(b), {}));
    } else if (b.type === 'kv') {
      out.push(kvTable(b.rows));
    } else {
      // runs of 「label：value」 lines or items become a bordered two-column table, as a Word document has them
      const lines = b.type === 'para' ? b.lines.map((l) => ({ md: l, text: l })) : b.items.map((it) => ({ md: `${it.depth ? '  ' : ''}${it.ordered ? `${it.n}.` : '-'} ${it.text}`, text: it.text, item: true }));
      const flush = (seg) => {
        if (seg.length) out.push(bodyHtml(seg.map((x) => x.md).join('\n'), {}));
      };
      let seg = [];
      for (let k = 0; k < lines.length; ) {
        const run = [];
        while (k + run.length < lines.length && labelOf(lines[k + run.length].text)) run.push(labelOf(lines[k + run.length].text));
        if (run.length >= 2) {
          flush(seg);
          seg = [];
          out.push(kvTable(run));
          k += run.length;
        } else {
          seg.push(lines[k]);
          k++;
        }
      }
      flush(seg);
    }
  });
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>${esc(rel.title)}</title>
<style>
@font-face{font-family:"ＭＳ 明朝";src:local("Noto Serif CJK JP"),local("NotoSerifCJKjp-Regular");font-weight:100 900}
@page{size:A4;margin:25mm 22mm 25mm 22mm;@bottom-center{content:"- " counter(page) " -";font-family:"ＭＳ 明朝",serif;font-size:10pt}}
body{font-family:"ＭＳ 明朝","Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.7;margin:0}
.date{text-align:right}.to{margin:1em 0}.from{text-align:right;margin:1em 0 2em}
h1{text-align:center;font-size:14pt;margin:1.5em 0}.ki{text-align:center;margin:1.2em 0}
h2{font-size:11pt;margin:1.2em 0 .4em}h3{font-size:10.5pt;margin:1em 0 .3em 1em}
p{margin:.4em 0;text-indent:1em}ul,ol{margin:.3em 0 .3em 2em;padding:0}
table{border-collapse:collapse;width:100%;margin:.6em 0;table-layout:fixed}th,td{border:1px solid #000;padding:3pt 5pt;vertical-align:top;word-break:break-all}th{background:#eee}
.ijo{text-align:right;margin-top:1.5em}
</style></head><body>
<p class="date">${dateStr}</p>
<p class="to">${pick(ADDRESSEES)}</p>
<div class="from">${esc(rel.org)}<br>${rep}</div>
<h1>${esc(rel.title)}</h1>
${out.join('\n')}
${endsIjo ? '' : '<p class="ijo">以上</p>'}
</body></html>
`;
}

/** [label, value] of a 「label：value」 line (label short, no sentence in it), else null */
function labelOf(text) {
  const m = text.match(/^\s*([^：:。、「」\s][^：:。「」]{0,23}?)\s*[：:]\s*(\S.*)$/);
  if (!m || m[2].startsWith('//')) return null;
  return [m[1], m[2]];
}

function tableMd(b) {
  const rows = [];
  if (b.head) rows.push(`|${b.head.join('|')}|`, `|${b.head.map(() => '---').join('|')}|`);
  for (const r of b.rows) rows.push(`|${r.join('|')}|`);
  return rows.join('\n');
}

// ---------------------------------------------------------------------------------------------

function shuffle(xs, rnd) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function main() {
  const used = new Set(readFileSync(USED, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  const eligible = [];
  const why = {};
  for (const f of listArchive()) {
    if (used.has(f)) {
      why.used = (why.used ?? 0) + 1;
      continue;
    }
    const rel = parseRelease(readFileSync(join(ARCHIVE, f), 'utf8'));
    if (rel.why) {
      why[rel.why] = (why[rel.why] ?? 0) + 1;
      continue;
    }
    eligible.push({ path: f, ...rel });
  }
  console.log(`eligible ${eligible.length}; skipped ${JSON.stringify(why)}`);
  const rnd = mulberry32(SEED);
  const chosen = shuffle(eligible, rnd).slice(0, N_PAGES);

  const styleList = shuffle(['wp', 'wp', 'wp', 'wp', 'wp', 'wp', 'wp', 'table', 'table', 'table', 'table', 'table', 'table', 'table', 'divs', 'divs', 'divs', 'divs', 'divs', 'divs', 'divs', 'mt', 'mt', 'mt', 'mt', 'mt', 'mt', 'mt', 'next', 'next', 'next', 'next', 'next', 'next', 'bootstrap', 'bootstrap', 'bootstrap', 'bootstrap', 'bootstrap', 'bootstrap'], mulberry32(SEED + 1));
  const dateModes = shuffle([...Array(10).fill('dateline'), ...Array(7).fill('dotted'), ...Array(7).fill('wareki'), ...Array(6).fill('time'), ...Array(5).fill('jsonld'), ...Array(5).fill('title')], mulberry32(SEED + 2));
  const papers = shuffle([...Array(14).fill('A4'), ...Array(9).fill('B5'), ...Array(9).fill('Letter'), ...Array(8).fill('A4 landscape')], mulberry32(SEED + 3));
  // legacy: every table page in Shift_JIS; 3 Movable Type pages and 2 div-soup pages in EUC-JP
  let mtLegacy = 3;
  let divLegacy = 2;
  const docRnd = mulberry32(SEED + 4);
  const tabular = (r) => /^\s*\|/m.test(r.body) || r.body.split('\n').filter((l) => labelOf(l.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ''))).length >= 3;
  const withTables = chosen.map((r, i) => [i, tabular(r)]);
  const docOrder = shuffle(withTables, docRnd);
  const docIdx = new Set([...docOrder.filter(([, t]) => t).slice(0, 7), ...docOrder.filter(([, t]) => !t)].slice(0, N_DOCS).map(([i]) => i));
  // header/footer as the browser prints them on a quarter of the pages
  const headerIdx = new Set(shuffle([...Array(N_PAGES).keys()], mulberry32(SEED + 5)).slice(0, 8));

  rmSync(join(OUT, 'html'), { recursive: true, force: true });
  rmSync(join(OUT, 'sources'), { recursive: true, force: true });
  rmSync(DOC_BUILD, { recursive: true, force: true });
  for (const d of ['html', 'sources', 'pdf', 'doc']) mkdirSync(join(OUT, d), { recursive: true });
  mkdirSync(DOC_BUILD, { recursive: true });

  // the print date the printer stamped on pages printed with the browser's header survives a regeneration
  let printed = new Map();
  try {
    printed = new Map(JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')).map((e) => [`${e.id} ${e.archive}`, { printedOn: e.pdfPrintedOn, createdOn: e.pdfCreatedOn }]));
  } catch {}
  const manifest = [];
  const origin = [];
  chosen.forEach((rel, i) => {
    const id = `j${pad2(i + 1)}`;
    const style = styleList[i];
    const prnd = mulberry32(SEED + 100 + i);
    const c = chromeFor(rel, prnd);
    let encoding = 'utf-8';
    if (style === 'table') encoding = 'shift_jis';
    if (style === 'mt' && mtLegacy > 0) {
      encoding = 'euc-jp';
      mtLegacy--;
    }
    if (style === 'divs' && divLegacy > 0) {
      encoding = 'euc-jp';
      divLegacy--;
    }
    const dateMode = dateModes[i];
    // where the organization is named: at least one of title, og:site_name, logo alt, copyright
    const places = ['title', 'og', 'logo', 'copyright'].filter(() => prnd() < 0.55);
    if (places.length === 0) places.push(['title', 'og', 'logo', 'copyright'][Math.floor(prnd() * 4)]);
    const withJsonLd = dateMode === 'jsonld' || (dateMode !== 'title' && prnd() < 0.45);
    const jsonLdDated = dateMode === 'jsonld' || (dateMode !== 'time' && prnd() < 0.6);
    if (withJsonLd && prnd() < 0.7) places.push('jsonld');
    const meta = {
      dateMode,
      orgPlaces: places,
      siteLabel: prnd() < 0.5 ? c.D.pick(['ニュースリリース', 'お知らせ', 'NEWS', '新着情報', 'トピックス']) : null,
      withModified: dateMode === 'dateline' && prnd() < 0.6,
      pubLabel: c.D.pick(['公開日', '掲載日', '公開日', '発表日']),
      hour: pad2(9 + Math.floor(prnd() * 9)),
      copyFrom: 1998 + Math.floor(prnd() * 20),
      metaPublished: dateMode !== 'title' && dateMode !== 'jsonld' && dateMode !== 'time' && prnd() < 0.4,
      encoding,
    };
    meta.jsonLd = withJsonLd ? jsonLd(rel, c, meta, jsonLdDated) : null;
    // dates the page shows or carries beyond the publication: 更新日, JSON-LD dateModified, __NEXT_DATA__ revisedAt
    const decoyDates = [...c.D.decoyDates];
    const usedModified = meta.withModified || meta.jsonLd?.dateModified || style === 'next';
    if (!usedModified) decoyDates.splice(decoyDates.indexOf(iso(c.modified)), 1);
    let html = STYLES[style](rel, c, meta, prnd);
    const file = `html/${style}-${id}.html`;
    let refs = [];
    if (encoding === 'utf-8') writeFileSync(join(OUT, file), html);
    else {
      const r = toLegacy(html, encoding);
      refs = r.refs;
      writeFileSync(join(OUT, file), r.bytes);
    }
    writeFileSync(join(OUT, 'sources', `${id}.md`), rel.source);
    origin.push(`${id}\t${rel.path}`);
    const doc = docIdx.has(i) ? `doc/${id}.pdf` : null;
    if (doc) writeFileSync(join(DOC_BUILD, `${id}.html`), docHtml(rel, mulberry32(SEED + 200 + i)));
    // every chrome number and date must be absent from the release (all numeral forms)
    const vals = valuesIn(rel.source);
    const dts = datesIn(rel.source);
    for (const v of c.D.decoyValues) if (vals.has(v)) throw new Error(`${id}: decoy value ${v} in release`);
    for (const d of decoyDates) {
      const [y, m, dd] = d.split('-').map(Number);
      if (dts.md.has(`${m}-${dd}`) || d === iso(rel.date)) throw new Error(`${id}: decoy date ${d} in release`);
    }
    const was = printed.get(`${id} ${rel.path}`) ?? {};
    const printedOn = headerIdx.has(i) ? was.printedOn : undefined;
    const createdOn = was.createdOn;
    for (const day of [createdOn, printedOn]) {
      if (!day) continue;
      const [, m, dd] = day.split('-').map(Number);
      if (!dts.md.has(`${m}-${dd}`) && day !== iso(rel.date)) decoyDates.push(day);
    }
    manifest.push({
      id,
      archive: rel.path,
      source: `sources/${id}.md`,
      html: file,
      style,
      encoding,
      pdf: `pdf/${style}-${id}.pdf`,
      pdfPage: papers[i],
      pdfHeaderFooter: headerIdx.has(i),
      ...(printedOn ? { pdfPrintedOn: printedOn } : {}),
      ...(createdOn ? { pdfCreatedOn: createdOn } : {}),
      doc,
      org: rel.org,
      title: rel.title,
      publishedAt: iso(rel.date),
      dateMode,
      orgPlaces: places.filter((p) => p !== 'jsonld').concat(places.includes('jsonld') ? ['jsonld publisher'] : []),
      metadata: { ogSiteName: places.includes('og') ? rel.org : meta.siteLabel, jsonLd: meta.jsonLd },
      decoyValues: [...c.D.decoyValues].sort((a, b) => a - b),
      decoyDates: [...new Set(decoyDates)].sort(),
      decoyOther: [...c.D.other, ...(encoding === 'utf-8' ? [] : refs.length ? [`numeric character references: ${refs.join('')}`] : [])],
    });
  });
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(OUT, 'ORIGIN.txt'), `${origin.join('\n')}\n`);
  const byStyle = {};
  for (const e of manifest) byStyle[`${e.style}/${e.encoding}`] = (byStyle[`${e.style}/${e.encoding}`] ?? 0) + 1;
  console.log(`wrote ${manifest.length} pages (${JSON.stringify(byStyle)}), ${manifest.filter((e) => e.doc).length} document sources in ${DOC_BUILD}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
