#!/usr/bin/env node
// pages-n: a fourteenth blind page set (issue #12), made without reading the tool's code or earlier sets.
// 40 archive releases drawn (seeded) from /work/shared/archive, each rendered whole as a news page in one
// of six site styles (28 UTF-8, 12 Shift_JIS/EUC-JP), plus the HTML of 10 Word-style documents.
// `node scripts/make-pages-n.mjs [SEED]` writes fixtures/pages-n/{html,sources,doc-html}, manifest.json,
// ORIGIN.txt; `node scripts/print-pages-n.mjs` then prints pdf/ and doc/.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'fixtures', 'pages-n');
const ARCHIVE = process.env.ARCHIVE ?? '/work/shared/archive';
const USED = process.env.PAGES_USED ?? '/work/staging/pages-used.txt';
const SEED = Number(process.argv[2] ?? 20261222);

// ---------- seeded random ----------
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
function shuffle(xs) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const comma = (n) => n.toLocaleString('en-US');
const pad2 = (n) => String(n).padStart(2, '0');
const zen = (s) => String(s).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

// ---------- the archive ----------
function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}
const used = new Set(readFileSync(USED, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean));

function parseRelease(path) {
  const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const heads = [...text.matchAll(/^# (.*)$/gm)].map((m) => m[1].trim());
  const allowed = new Set(['公表概要', '事案ID', '公表種別', '本文']);
  if (heads.some((h) => !allowed.has(h))) return null; // a second release or extra section
  for (const h of heads) if (heads.filter((x) => x === h).length > 1) return null;
  if (!heads.includes('公表概要') || !heads.includes('本文')) return null;
  const sections = {};
  const parts = text.split(/^# /m).slice(1);
  for (const p of parts) { const nl = p.indexOf('\n'); sections[p.slice(0, nl).trim()] = p.slice(nl + 1); }
  const over = sections['公表概要'].split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
  const [title, dateStr, org] = over;
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(dateStr ?? '');
  if (!title || !org || !m) return null;
  const body = sections['本文'].trim();
  if (body.length < 400) return null;
  const source = text.replace(/^# (事案ID|公表種別)\n[\s\S]*?(?=^# |(?![\s\S]))/gm, '');
  return { path, title, org, url: over[3] ?? '', y: +m[1], mo: +m[2], d: +m[3], body, source };
}

const all = walk(ARCHIVE).filter((p) => !used.has(relative(ARCHIVE, p)));
const candidates = all.map(parseRelease).filter(Boolean);
const chosen = shuffle(candidates).slice(0, 40);

// ---------- numbers and dates a release states (all numeral forms) ----------
const KD = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function kanjiNum(s) {
  let total = 0, sect = 0, cur = 0;
  for (const ch of s) {
    if (ch in KD) cur = cur * 10 + KD[ch];
    else if (ch === '十' || ch === '百' || ch === '千') { sect += (cur || 1) * { 十: 10, 百: 100, 千: 1000 }[ch]; cur = 0; }
    else if (ch === '万' || ch === '億') { total += (sect + cur || 1) * (ch === '万' ? 1e4 : 1e8); sect = 0; cur = 0; }
  }
  return total + sect + cur;
}
function releaseFacts(body) {
  const t = body.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1');
  const runs = new Set();
  const values = new Set();
  for (const m of t.matchAll(/\d+(?:\.\d+)?/g)) {
    runs.add(m[0]); const v = parseFloat(m[0]); values.add(v);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (after === '万') values.add(Math.round(v * 1e4));
    if (after === '千') values.add(Math.round(v * 1e3));
    if (after === '億') values.add(Math.round(v * 1e8));
  }
  for (const m of t.matchAll(/[〇零一二三四五六七八九十百千万億]+/g)) values.add(kanjiNum(m[0]));
  const md = new Set();
  for (const m of t.matchAll(/(\d{1,2})月\s*(\d{1,2})日/g)) md.add(`${+m[1]}-${+m[2]}`);
  for (const m of t.matchAll(/(?<!\d)(\d{1,2})[/.](\d{1,2})(?!\d)/g)) md.add(`${+m[1]}-${+m[2]}`);
  for (const m of t.matchAll(/\d{4}[/.-](\d{1,2})[/.-](\d{1,2})/g)) md.add(`${+m[1]}-${+m[2]}`);
  return { runs, values, md, text: t };
}
function valueFree(v, f) {
  if (f.values.has(v)) return false;
  const s = String(v);
  if (s.length >= 3) for (const r of f.runs) if (r.includes(s) || (s.includes(r) && r.length >= 3)) return false;
  return true;
}

// ---------- decoys ----------
const UNITS = {
  契約数: ['件', 3000, 90000], 会員数: ['人', 2000, 60000], 定員: ['名', 120, 4800], 受講者: ['名', 150, 2900],
  従業員数: ['名', 180, 9800], 病床数: ['床', 90, 880], 学生数: ['名', 1200, 19000], 入学定員: ['名', 300, 3900],
  参加者: ['人', 110, 980], 導入社数: ['社', 130, 4700], 相談件数: ['件', 140, 2600], 人口: ['人', 18000, 390000],
};
function makeDecoys(rel, f) {
  const values = [];
  const num = (lo, hi) => {
    for (let k = 0; k < 400; k++) {
      const v = ri(lo, k < 200 ? hi : hi * 3);
      if (v % 10 === 0 && k < 100) continue;
      if (valueFree(v, f) && !values.includes(v)) { values.push(v); return v; }
    }
    throw new Error('no free value');
  };
  const dates = [];
  const pub = Date.UTC(rel.y, rel.mo - 1, rel.d);
  const date = (lo, hi) => {
    for (let k = 0; k < 400; k++) {
      const dt = new Date(pub + ri(lo, hi) * 864e5);
      const y = dt.getUTCFullYear(), mo = dt.getUTCMonth() + 1, d = dt.getUTCDate();
      const iso = `${y}-${pad2(mo)}-${pad2(d)}`;
      if (dt.getTime() === pub || f.md.has(`${mo}-${d}`) || dates.some((x) => x.iso === iso)) continue;
      const o = { y, mo, d, iso };
      dates.push(o);
      return o;
    }
    throw new Error('no free date');
  };
  const fig = (label) => { const [unit, lo, hi] = UNITS[label]; return { label, unit, value: num(lo, hi) }; };
  return { values, dates, num, date, fig };
}

const fmt = {
  kanji: (o) => `${o.y}年${o.mo}月${o.d}日`,
  kanji0: (o) => `${o.y}年${pad2(o.mo)}月${pad2(o.d)}日`,
  dots: (o) => `${o.y}.${pad2(o.mo)}.${pad2(o.d)}`,
  slash: (o) => `${o.y}/${o.mo}/${o.d}`,
  iso: (o) => `${o.y}-${pad2(o.mo)}-${pad2(o.d)}`,
  reiwa: (o) => `令和${o.y - 2018}年${o.mo}月${o.d}日`,
  reiwaZen: (o) => `令和${zen(o.y - 2018)}年${zen(o.mo)}月${zen(o.d)}日`,
  rdots: (o) => `R${o.y - 2018}.${o.mo}.${o.d}`,
};

// ---------- the release's 本文 as HTML ----------
function inline(s) {
  return esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}
function splitSpans(html, every) {
  // text split into many spans, the way page builders leave it (tags kept whole)
  const parts = html.split(/(<[^>]+>|&[a-z#0-9]+;)/);
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    if (p.startsWith('<') || p.startsWith('&')) { out += p; continue; }
    const chars = [...p];
    for (let i = 0; i < chars.length; i += every) out += `<span class="t${i % 3}">${chars.slice(i, i + every).join('')}</span>`;
  }
  return out;
}
function table(rows, o) {
  const cells = rows.map((r) => r.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim()));
  const body = cells.filter((r) => !r.every((c) => /^:?-{2,}:?$/.test(c) || c === ''));
  if (body.length === 0) return '';
  const width = Math.max(...body.map((r) => r.length));
  const head = body[0];
  const rest = body.slice(1);
  // merged cells: identical first-column cells one under the other become one cell (rowspan); a header
  // cell followed by empty header cells spans them (colspan)
  let h = '<thead><tr>';
  for (let i = 0; i < head.length; i++) {
    let span = 1;
    if (o.colspan) while (i + span < head.length && head[i + span] === '' && head[i] !== '') span++;
    h += `<th${span > 1 ? ` colspan="${span}"` : ''}>${inline(head[i])}</th>`;
    i += span - 1;
  }
  h += '</tr></thead><tbody>';
  const skip = new Set();
  rest.forEach((r, ri2) => {
    h += '<tr>';
    for (let i = 0; i < width; i++) {
      if (skip.has(`${ri2}:${i}`)) continue;
      const c = r[i] ?? '';
      let span = 1;
      if (o.rowspan && i === 0 && c !== '') while (rest[ri2 + span] && rest[ri2 + span][0] === c) { skip.add(`${ri2 + span}:0`); span++; }
      h += `<td${span > 1 ? ` rowspan="${span}"` : ''}>${inline(c).replace(/&lt;br\s*\/?&gt;/g, '<br>')}</td>`;
    }
    h += '</tr>';
  });
  return `<table class="${o.tableClass ?? 'release-table'}"${o.border ? ' border="1" cellpadding="4" cellspacing="0"' : ''}>${h}</tbody></table>`;
}
function renderBody(body, o = {}) {
  const lines = body.split('\n');
  const out = [];
  let i = 0;
  const hOff = o.hOff ?? 0;
  let inNote = false;
  const wrapP = (s) => (o.spans ? splitSpans(inline(s), o.spans) : inline(s));
  while (i < lines.length) {
    const l = lines[i];
    if (l.trim() === '') { i++; continue; }
    let m;
    if ((m = /^(#{2,6})\s*(.*)$/.exec(l))) {
      const lvl = Math.min(6, m[1].length + hOff);
      out.push(`<h${lvl}${o.hClass ? ` class="${o.hClass}"` : ''}>${inline(m[2])}</h${lvl}>`);
      i++; continue;
    }
    if (/^\s*\|/.test(l)) {
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      out.push(table(rows, o));
      continue;
    }
    if (/^\s*([-*+]|\d+[.)])\s+/.test(l)) {
      const ordered = /^\s*\d+[.)]\s/.test(l);
      const items = [];
      while (i < lines.length && /^\s*([-*+]|\d+[.)])\s+/.test(lines[i])) items.push(lines[i++].replace(/^\s*([-*+]|\d+[.)])\s+/, (mm) => (ordered ? '' : '')));
      // a run of 「項目：内容」 bullets is set as a two-column table (th/td), the way many sites and Word
      // documents lay such a block out; the same label one under the other becomes one rowspan cell
      const KV = /^[・●○■◆□]?\s*([^：:]{1,16}?)\s*[：:]\s*(.+)$/;
      if (o.kvTables && !ordered && items.length >= 2 && items.every((it) => KV.test(it))) {
        const kv = items.map((it) => KV.exec(it).slice(1, 3));
        let t = `<table class="${o.tableClass ?? 'release-table'} kv"${o.border ? ' border="1" cellpadding="4" cellspacing="0"' : ''}>`;
        if (o.kvHead) t += '<thead><tr><th>項目</th><th>内容</th></tr></thead>';
        t += '<tbody>';
        for (let a = 0; a < kv.length; a++) {
          let span = 1;
          while (a + span < kv.length && kv[a + span][0] === kv[a][0]) span++;
          t += `<tr><th${span > 1 ? ` rowspan="${span}"` : ''}>${inline(kv[a][0])}</th><td>${wrapP(kv[a][1])}</td></tr>`;
          for (let b = 1; b < span; b++) t += `<tr><td>${wrapP(kv[a + b][1])}</td></tr>`;
          a += span - 1;
        }
        out.push(`${t}</tbody></table>`);
        continue;
      }
      const tag = ordered ? 'ol' : 'ul';
      // ordered items keep their own numbers as text so they are not lost
      const li = ordered ? [] : items;
      if (ordered) { let k = i - items.length; for (const it of items) li.push(lines[k++].trim()); }
      out.push(`<${tag}${ordered ? ' style="list-style:none;padding-left:1em"' : ''}>${li.map((x) => `<li>${wrapP(x)}</li>`).join('')}</${tag}>`);
      continue;
    }
    if (/^\s*<img\b/i.test(l)) {
      const alt = /alt="([^"]*)"/.exec(l)?.[1] ?? '';
      const w = Math.min(480, +(/width="(\d+)"/.exec(l)?.[1] ?? 320));
      out.push(`<figure class="fig"><img alt="${esc(alt)}" width="${w}" height="${Math.round(w / 3)}" style="background:#e8e8e8;display:block"></figure>`);
      i++; continue;
    }
    // a paragraph line: notes (※, なお…, 【…】 blocks) go into boxed asides when the style wants them
    const NOTE = /^\s*(※|＊|\*|注\d*[:：）)]|【注)/;
    const isNote = NOTE.test(l);
    if (o.notes && isNote) {
      const group = [];
      do group.push(lines[i++]); while (i < lines.length && NOTE.test(lines[i]));
      out.push(`${o.notes === 'aside' ? '<aside class="note-box">' : '<div class="box-note">'}${group.map((g) => `<p>${wrapP(g)}</p>`).join('')}${o.notes === 'aside' ? '</aside>' : '</div>'}`);
      continue;
    }
    // consecutive 「項目：内容」 paragraphs (blank lines between allowed) as a table too
    const KVP = /^[・●○■◆□]?\s*([^：:。、「」（）()]{1,16}?[^0-9０-９\s])\s*(?:：|:\s)\s*(.+)$/;
    if (o.kvTables && KVP.test(l)) {
      let j = i + 1;
      while (j < lines.length && lines[j].trim() === '') j++;
      if (j < lines.length && KVP.test(lines[j]) && !/^(#|\s*\||\s*[-*+]\s|\s*<img)/.test(lines[j])) {
        const run = [];
        let k = i;
        while (k < lines.length) {
          if (lines[k].trim() === '') { k++; continue; }
          if (!KVP.test(lines[k]) || /^(#|\s*\||\s*[-*+]\s|\s*<img)/.test(lines[k])) break;
          run.push(KVP.exec(lines[k]).slice(1, 3));
          k++;
        }
        let t = `<table class="${o.tableClass ?? 'release-table'} kv"${o.border ? ' border="1" cellpadding="4" cellspacing="0"' : ''}>`;
        if (o.kvHead) t += '<thead><tr><th>項目</th><th>内容</th></tr></thead>';
        t += `<tbody>${run.map(([a, b]) => `<tr><th>${inline(a)}</th><td>${wrapP(b)}</td></tr>`).join('')}</tbody></table>`;
        out.push(t);
        i = k;
        continue;
      }
    }
    out.push(`<p>${wrapP(l)}</p>`);
    i++;
  }
  void inNote;
  return out.join('\n');
}
const plain = (body) => body.split('\n').map((l) => l.replace(/^#+\s*/, '').replace(/^\s*[-*+]\s+/, '').replace(/\*\*/g, '')).filter((l) => l.trim() && !/^\s*\|?\s*:?-{2,}/.test(l) && !/^\s*<img/.test(l));

// ---------- the styles ----------
const STYLE_COUNTS = { wpmega: 7, sjisfont: 7, builder: 6, mtcal: 7, nextapp: 6, bscards: 7 };
const styleList = shuffle(Object.entries(STYLE_COUNTS).flatMap(([s, n]) => Array(n).fill(s)));
const eucFor = { mtcal: 3, bscards: 2 };
const DATE_MODES = ['kokai', 'koshin', 'dots', 'reiwa', 'timeOnly', 'jsonldOnly', 'titleOnly', 'slash', 'rdots', 'reiwaZen', 'keisai', 'kanji0'];
const ORG_MODES = ['title', 'ogSiteName', 'logoAlt', 'copyright', 'title+logoAlt', 'ogSiteName+copyright'];
const PEOPLE = ['山田 太郎', '佐藤 一郎', '鈴木 花子', '高橋 健', '田中 誠', '渡辺 恵子', '伊藤 修', '中村 直樹', '小林 亮', '加藤 美香'];
const CITIES = ['東京都千代田区丸の内', '大阪府大阪市北区梅田', '愛知県名古屋市中区栄', '福岡県福岡市博多区博多駅前', '北海道札幌市中央区北', '宮城県仙台市青葉区本町', '広島県広島市中区基町', '神奈川県横浜市西区みなとみらい', '京都府京都市下京区烏丸通', '新潟県新潟市中央区万代'];
const OTHER_ORGS = ['みどり台市', '北浜テクノ株式会社', '青葉ネットサービス株式会社', '学校法人白鷺学院', '医療法人社団つばさ会', '桜川市観光協会', '株式会社ひかり物流', '一般社団法人地域情報化推進会議', 'サンライズ電工株式会社', '東和メディカル株式会社'];
const HEADLINES = ['新サービス提供開始のお知らせ', '年末年始の営業について', 'システムメンテナンスのお知らせ', '採用情報を更新しました', '決算説明会資料を掲載しました', '臨時休業のお知らせ', 'セミナー開催のご案内', '窓口受付時間の変更について', '社会貢献活動のご報告', 'ウェブサイトリニューアルのお知らせ', '健康診断の受付開始について', '料金改定のお知らせ', '防災訓練を実施しました', '夏季休暇のお知らせ', 'オープンキャンパス開催'];

const kindOf = (org) => (/病院|医療|クリニック|医院|診療所/.test(org) ? 'hospital' : /学校|大学|学園|学院|高専|教育委員会/.test(org) ? 'school' : /(市|町|村|区|県|都|省|庁)$/.test(org) ? 'muni' : 'corp');
function pageFacts(rel, dec, style) {
  // every chrome figure with its label, and the dates of the side bar
  const news = Array.from({ length: 5 }, () => ({ date: dec.date(-120, 45), head: pick(HEADLINES), fig: null }));
  news[1].fig = dec.fig(pick(['契約数', '会員数', '導入社数']));
  news[3].fig = dec.fig(pick(['参加者', '受講者', '相談件数']));
  const related = Array.from({ length: 3 }, () => ({ date: dec.date(-400, -10), head: `${pick(OTHER_ORGS)}：${pick(HEADLINES)}` }));
  const kind = kindOf(rel.org);
  const footFigs = [dec.fig('従業員数'), dec.fig(kind === 'hospital' ? '病床数' : kind === 'school' ? '学生数' : kind === 'muni' ? '人口' : pick(['定員', '会員数']))];
  const capital = dec.num(11, 980);
  const share = dec.num(101, 4999);
  const phoneA = `0${ri(3, 99)}-${ri(200, 989)}-${ri(1000, 9989)}`;
  const zip = `${ri(100, 989)}-${pad2(ri(0, 99))}${pad2(ri(0, 99))}`;
  const addr = `${pick(CITIES)}${ri(1, 9)}丁目${ri(2, 29)}番${ri(2, 19)}号`;
  const x = { pv: dec.num(10000, 99999), views: dec.num(1000, 29999), teachers: dec.num(101, 899), parking: dec.num(120, 519), depts: dec.num(12, 41), bases: dec.num(7, 66), admission: dec.num(300, 2999), cat: dec.num(11, 97), ext: dec.num(201, 899), arch: dec.num(2, 24), visit: dec.num(2, 5) };
  const update = dec.date(3, 40);
  const jsonDate = dec.date(-300, -30);
  return { x, kind, news, related, footFigs, capital, share, phoneA, zip, addr, update, jsonDate, person: pick(PEOPLE) };
}

function dateBits(rel, mode, cf) {
  const p = { y: rel.y, mo: rel.mo, d: rel.d, iso: `${rel.y}-${pad2(rel.mo)}-${pad2(rel.d)}` };
  const time = (txt) => `<time datetime="${p.iso}">${txt}</time>`;
  switch (mode) {
    case 'kokai': return { line: `公開日：${fmt.kanji(p)}`, p };
    case 'koshin': return { line: `公開日：${fmt.kanji(p)}　更新日：${fmt.kanji(cf.update)}`, p, update: true };
    case 'dots': return { line: fmt.dots(p), p };
    case 'reiwa': return { line: fmt.reiwa(p), p };
    case 'timeOnly': return { line: '', timeTag: `<time datetime="${p.iso}T09:00:00+09:00"></time>`, p };
    case 'jsonldOnly': return { line: '', p, jsonldOnly: true };
    case 'titleOnly': return { line: '', p, inTitle: `【${fmt.kanji(p)}】` };
    case 'slash': return { line: time(fmt.slash(p)), p };
    case 'rdots': return { line: `掲載 ${fmt.rdots(p)}`, p };
    case 'reiwaZen': return { line: fmt.reiwaZen(p), p };
    case 'keisai': return { line: `掲載日：${fmt.kanji(p)}（最終更新日：${fmt.kanji(cf.update)}）`, p, update: true };
    default: return { line: `${fmt.kanji0(p)}`, p };
  }
}

function orgBits(org, mode) {
  return {
    inTitle: mode.includes('title'),
    og: mode.includes('ogSiteName') ? org : null,
    logoAlt: mode.includes('logoAlt'),
    copy: mode.includes('copyright'),
  };
}

function jsonLd(rel, cf, withDate, ob) {
  const o = {
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: rel.title,
    ...(withDate ? { datePublished: `${rel.y}-${pad2(rel.mo)}-${pad2(rel.d)}T10:00:00+09:00` } : {}),
    dateModified: `${cf.update.iso}T17:30:00+09:00`,
    ...(ob.og || ob.copy ? { publisher: { '@type': 'Organization', name: rel.org } } : {}),
    interactionStatistic: { '@type': 'InteractionCounter', userInteractionCount: cf.share },
  };
  return o;
}

function head(rel, cf, db, ob, css, extra = '', charset = 'UTF-8', legacyMeta = false) {
  const t = `${db.inTitle ?? ''}${rel.title}${ob.inTitle ? ` | ${rel.org}` : ' | ニュース'}`;
  // JSON-LD's datePublished: always when the date is only there, never when it is only in the title or an
  // empty <time>, else on two pages in five
  const r = db.jsonldOnly ? 1 : rnd();
  const ld = jsonLd(rel, cf, db.jsonldOnly || (!db.inTitle && !db.timeTag && r < 0.4), ob);
  return {
    ld,
    html: `<head>\n${legacyMeta ? `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">` : `<meta charset="${charset}">`}\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(t)}</title>\n${ob.og ? `<meta property="og:site_name" content="${esc(ob.og)}">\n` : ''}<meta property="og:title" content="${esc(rel.title)}">\n<meta property="og:type" content="article">\n<script type="application/ld+json">${JSON.stringify(ld)}</script>\n<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"pv","pv_total":${cf.x.pv},"campaign":"${cf.jsonDate.iso}"});</script>\n<style>${css}${charset === 'Shift_JIS' ? '' : '\nh2,h3,h4,h5,h6,th{font-weight:normal}h2,h3{border-bottom:1px solid #bbb;padding-bottom:2px}'}</style>\n${extra}</head>`,
  };
}
const orgName = (rel, ob, fallback) => (ob.logoAlt ? `<img class="logo" alt="${esc(rel.org)}" width="180" height="40" style="background:#234">` : `<span class="logo-text">${esc(fallback)}</span>`);
const copyright = (rel, ob) => (ob.copy ? `© ${rel.y} ${esc(rel.org)} All Rights Reserved.` : `© ${rel.y} All Rights Reserved.`);
const siteLabel = (rel) => (/(市|町|村|県|区)$/.test(rel.org) ? '公式ホームページ' : 'オフィシャルサイト');

// ---------- style 1: WordPress block theme with a mega-menu; article sometimes inside a 2-column table
function wpmega(rel, cf, db, ob, bodyHtml) {
  const css = `body{font-family:"Noto Sans CJK JP",sans-serif;margin:0;color:#222}.wp-site-blocks>header{border-bottom:3px solid #0a4}
.mega{display:flex;gap:24px;padding:8px 24px;background:#f4f7f5;font-size:12px}.mega .col h4{margin:0 0 4px;font-size:12px}.mega ul{margin:0;padding-left:14px}
.wp-block-group.main{display:flex;gap:28px;padding:16px 24px}.entry-content{flex:1 1 auto;min-width:0}.sidebar{width:230px;flex:0 0 230px;font-size:12px}
.wp-block-table table,.release-table{border-collapse:collapse;margin:8px 0}.release-table td,.release-table th{border:1px solid #999;padding:3px 6px}
.note-box{border:1px solid #0a4;background:#f0fff4;padding:6px 10px;margin:10px 0}.share{font-size:11px;color:#666}.crumb{font-size:11px;padding:6px 24px}
footer{background:#223;color:#eee;font-size:11px;padding:14px 24px}@media print{.mega .col:nth-child(n+3){display:none}}`;
  const h = head(rel, cf, db, ob, css);
  const pagebuilderTable = rnd() < 0.5;
  const side = `<aside class="sidebar"><h3>最新のお知らせ</h3><ul>${cf.news.map((n) => `<li><span class="d">${fmt.dots(n.date)}</span> ${esc(n.head)}${n.fig ? `（${n.fig.label} ${comma(n.fig.value)}${n.fig.unit}突破）` : ''}</li>`).join('')}</ul>
<h3>関連記事</h3><ul>${cf.related.map((n) => `<li>${esc(n.head)} <small>${fmt.kanji(n.date)}</small></li>`).join('')}</ul><h3>カテゴリー</h3><ul><li>お知らせ (${cf.x.cat})</li><li>プレスリリース</li><li>IR情報</li></ul></aside>`;
  const article = `<article class="entry-content"><h1 class="wp-block-post-title">${esc(rel.title)}</h1>
<div class="wp-block-post-date">${db.line}${db.timeTag ?? ''}</div><div class="share">シェア ${comma(cf.share)} ・ ポスト</div>
${bodyHtml}
<div class="wp-block-buttons"><a class="wp-block-button__link">お知らせ一覧へ戻る</a></div></article>`;
  const main = pagebuilderTable
    ? `<table class="pb-row" width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top">${article}</td><td valign="top" width="240">${side}</td></tr></table>`
    : `<div class="wp-block-group main">${article}${side}</div>`;
  const body = `<body class="wp-site-blocks-body"><div class="wp-site-blocks"><header><div style="padding:10px 24px">${orgName(rel, ob, siteLabel(rel))}</div>
<nav class="mega"><div class="col"><h4>企業情報</h4><ul><li>トップメッセージ</li><li>会社概要</li><li>沿革</li></ul></div><div class="col"><h4>事業紹介</h4><ul><li>ソリューション</li><li>導入事例（${comma(cf.footFigs[1].value)}件）</li></ul></div><div class="col"><h4>IR情報</h4><ul><li>決算短信</li><li>株主総会</li></ul></div><div class="col"><h4>採用情報</h4><ul><li>新卒採用</li><li>キャリア採用</li></ul></div></nav></header>
<div class="crumb">ホーム ＞ ニュース ＞ ${esc(rel.title.slice(0, 24))}…</div>
<main>${main}</main>
<footer><div>${esc(cf.zip)} ${esc(cf.addr)}　TEL ${cf.phoneA}</div><div>${cf.footFigs[0].label} ${comma(cf.footFigs[0].value)}${cf.footFigs[0].unit}（連結）／資本金 ${cf.capital}億円</div><div>${copyright(rel, ob)}</div></footer></div></body>`;
  return { html: `<!DOCTYPE html>\n<html lang="ja">\n${h.html}\n${body}\n</html>\n`, ld: h.ld };
}

// ---------- style 2: an old municipal table layout in Shift_JIS, <font>/<center>, left menu, 先頭へ ----
function sjisfont(rel, cf, db, ob, bodyHtml, charset) {
  const css = `body{margin:0;font-size:13px}td.menu{background:#eef;font-size:12px}.release-table{border-collapse:collapse}.release-table td,.release-table th{border:1px solid #666}`;
  const h = head(rel, cf, db, ob, css, '', charset, true);
  // the date sits right-aligned, in 令和 when the mode allows it
  const dline = db.line ? `<div align="right"><font size="2">${db.line}</font></div>` : '';
  const body = `<body bgcolor="#ffffff" text="#000000" link="#0000cc">
<a href="#honbun"><font size="1">本文へ</font></a>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#003366" height="56">${ob.logoAlt ? `<img alt="${esc(rel.org)}" width="220" height="44">` : `<font color="#ffffff" size="5"><b>${esc(siteLabel(rel))}</b></font>`}</td>
<td bgcolor="#003366" align="right"><font color="#ffffff" size="2">${cf.footFigs[1].label} ${comma(cf.footFigs[1].value)}${cf.footFigs[1].unit}（${fmt.reiwa(cf.news[0].date)}現在）</font></td></tr>
<tr><td colspan="2" bgcolor="#cccccc"><font size="2">ホーム ＞ くらしの情報 ＞ お知らせ</font></td></tr></table>
<table width="100%" border="0" cellpadding="6" cellspacing="0"><tr>
<td class="menu" width="170" valign="top"><font size="2"><b>くらしの情報</b><br>├ 届出・証明<br>├ 税金<br>├ 健康・福祉<br>└ ごみ・環境<br><br><b>新着情報</b><br>${cf.news.map((n) => `${fmt.reiwa(n.date)}<br>${esc(n.head)}${n.fig ? `（${n.fig.label}${comma(n.fig.value)}${n.fig.unit}）` : ''}<br>`).join('')}</font></td>
<td valign="top"><a name="honbun"></a>
<center><font size="4" color="#003366"><b>${esc(rel.title)}</b></font></center>
${dline}${db.timeTag ?? ''}
<hr size="1">
${bodyHtml}
<hr size="1">
<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr><td bgcolor="#ffffee"><font size="2"><b>このページに関するお問い合わせ</b><br>総務部 情報政策課　電話：${cf.phoneA}（内線${cf.x.ext}）<br>受付時間 8時30分から17時15分</font></td></tr></table>
<div align="right"><a href="#top"><font size="2">このページの先頭へ</font></a></div>
</td></tr></table>
<hr><center><font size="2">${esc(cf.zip)} ${esc(cf.addr)}　代表電話 ${cf.phoneA}<br>職員数 ${comma(cf.footFigs[0].value)}名<br>${copyright(rel, ob)}</font></center>
</body>`;
  return { html: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html lang="ja">\n${h.html}\n${body}\n</html>\n`, ld: h.ld };
}

// ---------- style 3: a no-code page builder (absolute boxes, spans, text as images) ----------
function builder(rel, cf, db, ob, bodyHtml) {
  const css = `body{margin:0;font-family:"Noto Sans CJK JP",sans-serif}.comp{position:relative;width:100%;height:190px}.comp>div{position:absolute}
.t0{letter-spacing:.01em}.t1{letter-spacing:0}.t2{letter-spacing:.02em}#SITE_HEADER{background:#fafafa;border-bottom:1px solid #ddd}
.sec-strip{position:relative;padding:20px 40px}.rich p{margin:0 0 10px;line-height:1.8}.release-table{border-collapse:collapse}.release-table td,.release-table th{border:1px solid #aaa;padding:4px}
.box-note{border:2px dashed #c66;padding:8px;margin:8px 0}.float-badge{position:fixed;right:8px;bottom:8px;background:#e33;color:#fff;padding:6px 10px;font-size:12px}`;
  const h = head(rel, cf, db, ob, css);
  const body = `<body><div id="SITE_CONTAINER"><header id="SITE_HEADER" class="comp">
<div style="left:30px;top:18px;width:260px;height:44px">${ob.logoAlt ? `<img alt="${esc(rel.org)}" width="240" height="44">` : `<p><span>${esc(siteLabel(rel))}</span></p>`}</div>
<div style="left:360px;top:20px;width:420px;height:24px;font-size:12px"><span>ホーム</span>｜<span>${cf.kind === 'hospital' ? '診療案内' : 'サービス'}</span>｜<span>アクセス</span>｜<span>お知らせ</span></div>
<div style="left:30px;top:78px;width:300px;height:20px;font-size:12px"><span>${cf.kind === 'hospital' ? '外来受付 8:30〜11:30' : '営業時間 10:00〜18:30（土日祝休）'}</span></div>
<div style="left:30px;top:100px;width:300px;height:20px;font-size:12px"><img alt="ご予約 ${cf.phoneA}" width="200" height="18"></div>
<div style="left:360px;top:78px;width:420px;height:100px;font-size:11px;border:1px solid #ccc;padding:4px">${cf.news.slice(0, 3).map((n) => `<div><span>${fmt.slash(n.date)}</span> <span>${esc(n.head)}</span>${n.fig ? `<span>（${n.fig.label}${comma(n.fig.value)}${n.fig.unit}）</span>` : ''}</div>`).join('')}</div>
</header>
<section class="sec-strip"><div class="rich"><h1><span>${splitSpans(esc(rel.title), 7)}</span></h1>
<p class="font_8">${db.line ? `<span>${db.line}</span>` : ''}${db.timeTag ?? ''}</p>
${bodyHtml}</div></section>
<section class="sec-strip comp" style="height:150px"><div style="left:40px;top:10px;width:300px;font-size:12px"><p><span>${cf.footFigs[1].label}</span><span> ${comma(cf.footFigs[1].value)}${cf.footFigs[1].unit}</span></p><p><span>スタッフ ${comma(cf.footFigs[0].value)}名</span></p></div>
<div style="left:380px;top:10px;width:360px;font-size:12px"><p><span>${esc(cf.zip)}</span> <span>${esc(cf.addr)}</span></p><p><span>TEL ${cf.phoneA}</span></p></div>
<div style="left:40px;top:100px;width:600px;font-size:11px"><span>${copyright(rel, ob)}</span></div></section>
<div class="float-badge">WEB予約 累計${comma(cf.share)}件</div></div></body>`;
  return { html: `<!DOCTYPE html>\n<html lang="ja">\n${h.html}\n${body}\n</html>\n`, ld: h.ld };
}

// ---------- style 4: Movable Type with an archive calendar and a tag cloud ----------
function mtcal(rel, cf, db, ob, bodyHtml, charset) {
  const css = `body{font-family:serif;margin:0;background:#f6f3ee}#container{width:900px;margin:0 auto;background:#fff}#banner{padding:14px;border-bottom:2px solid #963}
#content{float:left;width:610px;padding:14px}#beta{float:right;width:230px;padding:10px;font-size:12px}#footer{clear:both;border-top:1px solid #999;padding:10px;font-size:11px}
.calendar td{text-align:center;font-size:11px;padding:1px 3px}.tagcloud a{margin-right:6px}.release-table{border-collapse:collapse}.release-table td,.release-table th{border:1px solid #777;padding:3px}
.note-box{background:#ffe;border-left:4px solid #963;padding:4px 10px}.asset-meta{font-size:12px;color:#666}`;
  const h = head(rel, cf, db, ob, css, `<link rel="alternate" type="application/atom+xml" href="/atom.xml">\n`, charset, charset !== 'UTF-8');
  // the month's calendar with links on the side bar's news days
  const cy = cf.news[0].date.y, cm = cf.news[0].date.mo;
  const first = new Date(Date.UTC(cy, cm - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(cy, cm, 0)).getUTCDate();
  let cal = `<table class="calendar"><caption>${cy}年${cm}月</caption><tr><th>日</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr><tr>`;
  for (let k = 0; k < first; k++) cal += '<td></td>';
  for (let d = 1; d <= days; d++) { cal += `<td>${d === cf.news[0].date.d ? `<a href="#">${d}</a>` : d}</td>`; if ((first + d) % 7 === 0) cal += '</tr><tr>'; }
  cal += '</tr></table>';
  const tags = ['お知らせ', 'セキュリティ', 'イベント', '採用', 'IR', 'メンテナンス'].map((t) => `<a style="font-size:${ri(10, 18)}px">${t}</a>`).join(' ');
  const body = `<body class="mt-entry-archive"><div id="container"><div id="banner"><h2 id="banner-header">${ob.logoAlt ? `<img alt="${esc(rel.org)}" width="200" height="36">` : esc(siteLabel(rel))}</h2><div id="banner-description">お知らせブログ</div></div>
<div id="content"><div class="entry-asset asset hentry"><h1 class="asset-name entry-title">${esc(rel.title)}</h1>
<div class="asset-meta">${db.line}${db.timeTag ?? ''}</div>
<div class="asset-body">${bodyHtml}</div>
<div class="asset-footer">カテゴリ：お知らせ ｜ <a>コメント (0)</a> ｜ <a>トラックバック (0)</a></div></div>
<div class="entry-nav">« <a>${esc(cf.related[0].head)}</a> ｜ <a>メインページ</a> ｜ <a>${esc(cf.related[1].head)}</a> »</div></div>
<div id="beta"><div class="widget-calendar"><h3>アーカイブカレンダー</h3>${cal}</div>
<div class="widget-recent"><h3>最近のエントリー</h3><ul>${cf.news.map((n) => `<li>${esc(n.head)}${n.fig ? `（${n.fig.label}${comma(n.fig.value)}${n.fig.unit}）` : ''}<br><small>${fmt.slash(n.date)}</small></li>`).join('')}</ul></div>
<div class="widget-tags"><h3>タグクラウド</h3><div class="tagcloud">${tags}</div></div>
<div class="widget-archive"><h3>月別アーカイブ</h3><ul><li>${cf.related[2].date.y}年${cf.related[2].date.mo}月 (${cf.x.arch})</li></ul></div></div>
<div id="footer">${esc(cf.zip)} ${esc(cf.addr)} TEL：${cf.phoneA}<br>${cf.footFigs[0].label}：${comma(cf.footFigs[0].value)}${cf.footFigs[0].unit}　資本金：${cf.capital}百万円<br>${copyright(rel, ob)}<br>Powered by Movable Type</div></div></body>`;
  return { html: `<!DOCTYPE html>\n<html lang="ja">\n${h.html}\n${body}\n</html>\n`, ld: h.ld };
}

// ---------- style 5: a Next.js page, text partly in __NEXT_DATA__, fixed header/footer, cookie modal
function nextapp(rel, cf, db, ob, bodyHtml) {
  const css = `body{margin:0;font-family:"Noto Sans CJK JP",sans-serif}.Header_root__x1{position:fixed;top:0;left:0;right:0;height:52px;background:#111;color:#fff;display:flex;align-items:center;gap:20px;padding:0 20px;font-size:13px;z-index:9}
.Footer_root__k3{position:fixed;bottom:0;left:0;right:0;height:30px;background:#eee;font-size:11px;padding:4px 20px}.Layout_main__a9{padding:70px 28px 50px;max-width:760px}
.Ticker_root__t7{background:#ffd;font-size:11px;padding:3px 20px;margin-top:52px;white-space:nowrap;overflow:hidden}.release-table{border-collapse:collapse}.release-table td,.release-table th{border:1px solid #888;padding:4px}
.CookieModal_backdrop__q{position:absolute;top:120px;left:40px;right:40px;background:rgba(255,255,255,.96);border:2px solid #333;padding:16px;z-index:20;font-size:12px}
.note-box{background:#eef4ff;padding:6px 12px;border-radius:6px}.Related_grid__m{display:grid;grid-template-columns:1fr 1fr 1fr;gap:10px;font-size:12px}`;
  const h = head(rel, cf, db, ob, css);
  const paras = plain(rel.body);
  const nextData = {
    props: { pageProps: {
      article: { title: rel.title, excerpt: paras.slice(0, 2).join(''), sections: paras.filter((p, k) => k < 6), ...(db.jsonldOnly || db.inTitle ? {} : { publishedAt: `${rel.y}-${pad2(rel.mo)}-${pad2(rel.d)}` }), updatedAt: cf.update.iso, views: cf.x.views },
      ticker: cf.news.map((n) => ({ date: n.date.iso, title: n.head, value: n.fig?.value ?? null })),
      site: { ...(ob.og ? { name: rel.org } : {}), members: cf.footFigs[1].value },
    }, __N_SSG: true }, page: '/news/[slug]', query: { slug: `n${cf.share}` }, buildId: `b${cf.capital}x`,
  };
  const body = `<body><div id="__next"><header class="Header_root__x1">${orgName(rel, ob, 'NEWSROOM')}<span>製品</span><span>ソリューション</span><span>ニュース</span><span>採用</span></header>
<div class="Ticker_root__t7">${cf.news.map((n) => `<span>${fmt.dots(n.date)} ${esc(n.head)}${n.fig ? ` ${n.fig.label}${comma(n.fig.value)}${n.fig.unit}` : ''}</span>　`).join('')}</div>
<div class="CookieModal_backdrop__q" role="dialog"><b>Cookieの使用について</b><p>当サイトではCookieを使用します。詳しくはプライバシーポリシー（${fmt.kanji(cf.related[0].date)}改定）をご覧ください。</p><button>すべて許可</button> <button>設定</button></div>
<main class="Layout_main__a9"><nav aria-label="breadcrumb">Home / News</nav><article><h1>${esc(rel.title)}</h1><p class="Article_date__d">${db.line}${db.timeTag ?? ''}</p>
${bodyHtml}</article>
<section><h2>関連ニュース</h2><div class="Related_grid__m">${cf.related.map((n) => `<div><small>${fmt.dots(n.date)}</small><p>${esc(n.head)}</p></div>`).join('')}</div></section></main>
<footer class="Footer_root__k3">${esc(cf.addr)} ／ ${cf.footFigs[0].label} ${comma(cf.footFigs[0].value)}${cf.footFigs[0].unit} ／ ${copyright(rel, ob)}</footer></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script></body>`;
  return { html: `<!DOCTYPE html>\n<html lang="ja">\n${h.html}\n${body}\n</html>\n`, ld: h.ld };
}

// ---------- style 6: a Bootstrap CMS with cards, accordions and an info box (hospital / school) ----
function bscards(rel, cf, db, ob, bodyHtml, charset) {
  const hospital = cf.kind === 'hospital';
  const school = cf.kind === 'school';
  const css = `body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;font-size:14px}.container{max-width:1040px;margin:0 auto;padding:0 12px}.row{display:flex;flex-wrap:wrap;gap:20px}
.col-lg-8{flex:1 1 560px;min-width:0}.col-lg-4{flex:0 0 280px}.card{border:1px solid #dee2e6;border-radius:6px;margin-bottom:12px}.card-header{background:#f1f3f5;padding:6px 10px;font-weight:bold}.card-body{padding:8px 10px;font-size:12px}
.navbar{background:#0d6efd;color:#fff;padding:10px 16px;display:flex;gap:18px}.alert{background:#fff3cd;border:1px solid #ffe69c;padding:8px 12px;margin:10px 0;font-size:13px}
.release-table,.table{border-collapse:collapse;width:100%}.release-table td,.release-table th{border:1px solid #adb5bd;padding:4px 6px}.box-note{border:1px solid #0d6efd;border-radius:6px;padding:8px 12px;margin:8px 0;background:#f5f9ff}
.accordion-item{border:1px solid #dee2e6;margin-top:4px}.accordion-button{padding:6px 10px;background:#f8f9fa}.accordion-body{padding:6px 10px;font-size:12px}
@media (max-width:700px){.row{display:block}.col-lg-4{width:auto}}`;
  const h = head(rel, cf, db, ob, css, '', charset, charset !== 'UTF-8');
  const info = hospital
    ? `<div class="card"><div class="card-header">外来受付時間</div><div class="card-body"><table class="table"><tr><th></th><th>月〜金</th><th>土</th></tr><tr><td>午前</td><td>8:30〜11:30</td><td>8:30〜11:00</td></tr><tr><td>午後</td><td>13:00〜16:00</td><td>休診</td></tr></table>病床数 ${comma(cf.footFigs[1].value)}床／診療科 ${cf.x.depts}科</div></div>`
    : !school ? `<div class="card"><div class="card-header">${cf.kind === 'muni' ? '組織の概要' : '会社概要'}</div><div class="card-body">${cf.footFigs[1].label} ${comma(cf.footFigs[1].value)}${cf.footFigs[1].unit}（${fmt.kanji(cf.news[2].date)}現在）<br>拠点数 ${cf.x.bases}か所<br>資本金 ${cf.capital}百万円</div></div>`
    : `<div class="card"><div class="card-header">大学概要</div><div class="card-body">学生数 ${comma(cf.footFigs[1].value)}名（${fmt.kanji(cf.news[2].date)}現在）<br>入学定員 ${comma(cf.x.admission)}名<br>教員数 ${comma(cf.x.teachers)}名</div></div>`;
  const body = `<body><nav class="navbar">${orgName(rel, ob, hospital ? '病院ホームページ' : school ? 'キャンパスサイト' : 'コーポレートサイト')}<span>${hospital ? '外来のご案内' : school ? '受験生の方へ' : '製品・サービス'}</span><span>${hospital ? '入院のご案内' : school ? '在学生の方へ' : '会社情報'}</span><span>お知らせ</span></nav>
<div class="container"><div class="alert">${hospital ? '休診のお知らせ' : school ? '入試情報' : '重要'}：${fmt.kanji(cf.news[4].date)}は${hospital ? '休診' : '窓口休業'}となります。</div>
<ol class="breadcrumb"><li>ホーム</li><li>お知らせ</li></ol>
<div class="row"><div class="col-lg-8"><article class="card"><div class="card-body" style="font-size:14px"><h1 class="h3">${esc(rel.title)}</h1><p class="text-muted">${db.line}${db.timeTag ?? ''}</p>
${bodyHtml}</div></article>
<div class="accordion"><h2 class="h5">よくあるご質問</h2><div class="accordion-item"><div class="accordion-button">Q. ${hospital ? '面会時間を教えてください' : '窓口の受付時間を教えてください'}</div><div class="accordion-body">平日 14時〜19時（最大${cf.x.visit}名まで）</div></div><div class="accordion-item"><div class="accordion-button">Q. 駐車場はありますか</div><div class="accordion-body">${comma(cf.x.parking)}台分ございます。</div></div></div></div>
<div class="col-lg-4">${info}<div class="card"><div class="card-header">新着情報</div><div class="card-body"><ul>${cf.news.map((n) => `<li>${fmt.kanji0(n.date)}<br>${esc(n.head)}${n.fig ? `（${n.fig.label}${comma(n.fig.value)}${n.fig.unit}）` : ''}</li>`).join('')}</ul></div></div></div></div></div>
<footer style="background:#212529;color:#ddd;padding:14px;font-size:11px"><div class="container">${esc(cf.zip)} ${esc(cf.addr)}　TEL ${cf.phoneA}<br>職員数 ${comma(cf.footFigs[0].value)}名<br>${copyright(rel, ob)}</div></footer></body>`;
  return { html: `<!DOCTYPE html>\n<html lang="ja">\n${h.html}\n${body}\n</html>\n`, ld: h.ld };
}

const STYLES = { wpmega, sjisfont, builder, mtcal, nextapp, bscards };
const BODY_OPTS = {
  wpmega: { notes: 'aside', rowspan: true, colspan: true, hOff: 0, kvTables: true },
  sjisfont: { border: true, hOff: 1, rowspan: true, kvTables: true },
  builder: { spans: 9, notes: 'box', hOff: 0 },
  mtcal: { notes: 'aside', hOff: 1, colspan: true, kvTables: true },
  nextapp: { notes: 'aside', hOff: 0, rowspan: true, kvTables: true },
  bscards: { notes: 'box', hOff: 1, colspan: true, rowspan: true, kvTables: true },
};

// ---------- encoding: characters the legacy charset lacks become numeric character references ----------
const encCache = new Map();
function encodable(ch, enc) {
  const key = `${enc}:${ch}`;
  if (!encCache.has(key)) encCache.set(key, spawnSync('iconv', ['-f', 'UTF-8', '-t', enc], { input: ch }).status === 0);
  return encCache.get(key);
}
function toLegacy(html, enc) {
  let s = '';
  for (const ch of html) s += ch.charCodeAt(0) < 128 || encodable(ch, enc) ? ch : `&#${ch.codePointAt(0)};`;
  const r = spawnSync('iconv', ['-f', 'UTF-8', '-t', enc], { input: s, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`iconv ${enc}: ${r.stderr}`);
  return r.stdout;
}

// ---------- Word-style documents ----------
function docHtml(rel, cf) {
  const p = { y: rel.y, mo: rel.mo, d: rel.d };
  const lines = rel.body.split('\n');
  // 記 goes after the opening paragraphs (before the first heading, table or list)
  const firstBlock = lines.findIndex((l) => /^(#{2,}|\s*\||\s*[-*+]\s|\s*\d+[.)]\s)/.test(l));
  const cut = firstBlock > 0 ? firstBlock : Math.min(lines.length, lines.findIndex((l, k) => k > 0 && l.trim() === '') + 1 || 2);
  let n = 0;
  const numbered = lines.slice(cut).map((l) => {
    const m = /^(#{2,6})\s*(.*)$/.exec(l);
    if (!m || m[1].length > 2) return l;
    n++;
    return /^[（(]?[0-9０-９一二三四五六七八九十]+[.．、)）]/.test(m[2]) || /^第/.test(m[2]) ? l : `## ${n}．${m[2]}`;
  });
  const head = renderBody(lines.slice(0, cut).join('\n'), { border: true, kvTables: true, kvHead: true });
  const rest = renderBody(numbered.join('\n'), { border: true, hOff: 1, notes: 'box', kvTables: true, kvHead: true });
  const twoCol = rnd() < 0.5;
  const dateTxt = rnd() < 0.5 ? fmt.reiwa(p) : fmt.kanji(p);
  const docNo = `${pick(['総発', '情シ', '管理'])}第${cf.capital}号`;
  const addressee = pick(['お客様各位', '関係各位', 'お取引先各位', '株主の皆様へ']);
  const sender = `<div>${esc(rel.org)}</div><div>代表者　${esc(cf.person)}</div>`;
  const css = `@page{size:A4;margin:25mm 22mm 22mm 25mm;@bottom-center{content:"- " counter(page) " -";font-size:10pt}}
body{font-family:"Noto Sans CJK JP",sans-serif;font-size:10.5pt;line-height:1.7}.r{text-align:right}.c{text-align:center}h1{font-size:14pt;text-align:center;margin:18px 0}
h3,h4,h5{font-size:11pt;font-weight:normal;margin:12px 0 4px}th{font-weight:normal;background:#eee}table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border:1px solid #000;padding:3px 6px;vertical-align:top;word-break:break-all}thead{display:table-header-group}
.hdr{display:flex;justify-content:space-between}.ki{text-align:center;margin:14px 0}.ijo{text-align:right;margin-top:16px}.fn{border-top:1px solid #000;margin-top:24px;font-size:9pt;width:40%}
.box-note{border:1px solid #000;padding:4px 8px;margin:6px 0}p{margin:0 0 4px;text-indent:1em}li p,td p{text-indent:0}`;
  const top = twoCol
    ? `<div class="hdr"><div><p style="text-indent:0">${addressee}</p></div><div class="r"><div>${docNo}</div><div>${dateTxt}</div>${sender}</div></div>`
    : `<div class="r">${docNo}<br>${dateTxt}</div><p style="text-indent:0">${addressee}</p><div class="r">${sender}</div>`;
  return `<!DOCTYPE html>\n<html lang="ja"><head><meta charset="UTF-8"><title>${esc(rel.title)}</title><style>${css}</style></head><body>
${top}
<h1>${esc(rel.title)}</h1>
${head}
<div class="ki">記</div>
${rest}
<div class="ijo">以上</div>
<div class="fn">※本書面は${esc(rel.org)}の公表内容を文書化したものです。</div>
</body></html>\n`;
}

// ---------- build ----------
for (const d of ['html', 'sources']) rmSync(join(OUT, d), { recursive: true, force: true });
for (const d of ['html', 'sources']) mkdirSync(join(OUT, d), { recursive: true });
const BUILD = process.env.PAGES_N_BUILD ?? '/tmp/pages-n-build';
rmSync(join(BUILD, 'doc-html'), { recursive: true, force: true });
mkdirSync(join(BUILD, 'doc-html'), { recursive: true });
const dateModes = shuffle([...DATE_MODES, ...DATE_MODES, ...DATE_MODES, ...DATE_MODES]).slice(0, 40);
const orgModes = shuffle(Array.from({ length: 40 }, (_, k) => ORG_MODES[k % ORG_MODES.length]));
const docIds = new Set(shuffle(Array.from({ length: 40 }, (_, k) => k)).slice(0, 10));
const PAPERS = ['A4', 'A4', 'B5', 'Letter', 'A4 landscape', 'Letter landscape', 'B5', 'A5', 'A4', 'Letter'];
const eucLeft = { ...eucFor };
const manifest = [];
const origin = [];
chosen.forEach((rel, k) => {
  const id = `n${pad2(k + 1)}`;
  const style = styleList[k];
  let encoding = 'UTF-8';
  if (style === 'sjisfont') encoding = 'Shift_JIS';
  else if (eucLeft[style] > 0) { eucLeft[style]--; encoding = 'EUC-JP'; }
  const f = releaseFacts(rel.source);
  const dec = makeDecoys(rel, f);
  const cf = pageFacts(rel, dec, style);
  const dateMode = dateModes[k];
  const orgMode = orgModes[k];
  const db = dateBits(rel, dateMode, cf);
  const ob = orgBits(rel.org, orgMode);
  const bodyHtml = renderBody(rel.body, BODY_OPTS[style]);
  const charsetName = encoding === 'Shift_JIS' ? 'Shift_JIS' : encoding === 'EUC-JP' ? 'EUC-JP' : 'UTF-8';
  const { html, ld } = STYLES[style](rel, cf, db, ob, bodyHtml, charsetName);
  const file = `html/${style}-${id}.html`;
  const bytes = encoding === 'UTF-8' ? Buffer.from(html, 'utf8') : toLegacy(html, encoding === 'Shift_JIS' ? 'CP932' : 'EUC-JP');
  writeFileSync(join(OUT, file), bytes);
  writeFileSync(join(OUT, 'sources', `${id}.md`), rel.source.replace(/\n{3,}/g, '\n\n'));
  let doc = null;
  if (docIds.has(k)) { doc = `doc/${id}.pdf`; writeFileSync(join(BUILD, 'doc-html', `${id}.html`), docHtml(rel, cf)); }
  const paper = PAPERS[k % PAPERS.length];
  const headerFooter = k % 3 === 1;
  // only what the page really shows: the chrome of each style uses a part of the drawn figures and dates
  const shown = html.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1');
  const placedValues = dec.values.filter((v) => new RegExp(`(?<![0-9])${v}(?![0-9])`).test(shown));
  const decoyDates = dec.dates.filter((o) => ['iso', 'dots', 'kanji', 'kanji0', 'slash', 'reiwa'].some((k) => shown.includes(fmt[k](o)))).map((x) => x.iso);
  // the printed header's date (the day the set is printed) is chrome too, when it never occurs in the release
  manifest.push({
    id, archive: relative(ARCHIVE, rel.path), source: `sources/${id}.md`, html: file, style, encoding,
    pdf: `pdf/${style}-${id}.pdf`, pdfPage: { paper, headerFooter, narrow: paper === 'A5' },
    doc, org: rel.org, title: rel.title, publishedAt: `${rel.y}-${pad2(rel.mo)}-${pad2(rel.d)}`,
    dateMode, orgMode,
    metadata: { ogSiteName: ob.og, jsonLd: ld },
    decoyValues: [...placedValues].sort((a, b) => a - b),
    decoyDates: [...new Set(decoyDates)].sort(),
    decoyOther: [cf.phoneA, cf.zip, cf.addr, ...cf.related.map((r) => r.head), ...(doc ? [cf.person] : [])],
  });
  origin.push(`${id}\t${relative(ARCHIVE, rel.path)}`);
});
writeFileSync(join(OUT, 'manifest.json'), `[\n${manifest.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`); // one entry a line
writeFileSync(join(OUT, 'ORIGIN.txt'), `${origin.join('\n')}\n`);

// ---------- checks: decoys absent from the release in every numeral form ----------
let bad = 0;
for (const e of manifest) {
  const src = readFileSync(join(OUT, e.source), 'utf8');
  const f = releaseFacts(src);
  for (const v of e.decoyValues) if (!valueFree(v, f)) { bad++; console.error(`${e.id}: decoy value ${v} in release`); }
  for (const d of e.decoyDates) { const [, mo, dd] = d.split('-').map(Number); if (f.md.has(`${mo}-${dd}`) || d === e.publishedAt) { bad++; console.error(`${e.id}: decoy date ${d} in release`); } }
}
const counts = manifest.reduce((a, e) => ((a[`${e.style}/${e.encoding}`] = (a[`${e.style}/${e.encoding}`] ?? 0) + 1), a), {});
console.log(`pages-n: ${manifest.length} pages (${candidates.length} candidates of ${all.length} unused files), seed ${SEED}`);
console.log(counts);
if (bad) { console.error(`${bad} decoy problems`); process.exit(1); }
