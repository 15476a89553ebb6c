#!/usr/bin/env node
// Makes fixtures/pages-m (issue #12's hidden set, a thirteenth blind set), written without reading the
// tool's code or the earlier page sets: 40 archive releases drawn uniformly (seed 20261221) from the
// releases not listed in /work/staging/pages-used.txt (one release per file, 本文 ≥ 400 characters),
// each rendered whole as a news page in one of six site families nobody modelled before:
//   wpblock   WordPress block theme with a mega-menu (some: the article in a page builder's 2-column table)
//   muni      an old Shift_JIS municipal table layout (left menu, 本文へ skip link, <font>/<center>, marquee)
//   soup      page-builder div soup (absolutely positioned boxes, text split into spans)
//   mt        Movable Type (archive calendar, tag cloud, date-header), EUC-JP or UTF-8
//   next      a Next.js page (fixed header/footer overlays, text partly in __NEXT_DATA__, IR ticker)
//   bscms     a Bootstrap CMS of a hospital / school / public body (cards, accordion, info box, feedback form)
// Writes html/STYLE-mNN.html, sources/mNN.md, doc/mNN.html (documents, printed by print-pages-m.mjs),
// ORIGIN.txt and manifest.json.
//   node scripts/make-pages-m.mjs [--archive /work/shared/archive] [--used /work/staging/pages-used.txt]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './seededRandom.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const ARCHIVE = opt('--archive', '/work/shared/archive');
const USED = opt('--used', '/work/staging/pages-used.txt');
const OUT = join(HERE, '..', 'fixtures', 'pages-m');
const SEED = 20261221;
const N = 40;

// ---------- seeded randomness (the generator the other page sets share) ----------
const rnd = mulberry32(SEED);
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;
function shuffle(xs) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------- archive ----------
function listMd(dir, rel = '') {
  const out = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listMd(dir, r));
    else if (e.name.endsWith('.md')) out.push(r);
  }
  return out;
}
const used = new Set(readFileSync(USED, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean));
const candidates = [];
for (const year of ['2024', '2025', '2026']) {
  for (const rel of listMd(ARCHIVE, year)) {
    if (used.has(rel)) continue;
    const md = readFileSync(join(ARCHIVE, rel), 'utf8');
    if ((md.match(/^# 本文[ \t]*$/gm) ?? []).length !== 1 || (md.match(/^# 公表概要[ \t]*$/gm) ?? []).length !== 1) continue;
    const rel0 = parseRelease(md);
    if (!rel0) continue;
    if (rel0.body.replace(/\s+/g, '').length < 400) continue;
    candidates.push(rel);
  }
}
console.error(`candidates: ${candidates.length}`);

function parseRelease(md) {
  const sections = {};
  let cur = null;
  for (const line of md.split('\n')) {
    const m = /^# (\S+)\s*$/.exec(line);
    if (m) {
      cur = m[1];
      sections[cur] = [];
      continue;
    }
    if (cur) sections[cur].push(line);
  }
  if (!sections['公表概要'] || !sections['本文']) return null;
  const items = sections['公表概要'].filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
  if (items.length < 3) return null;
  const dm = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(items[1]);
  if (!dm) return null;
  const [y, mo, d] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
  const title = items[0];
  const org = items[2];
  if (!title || !org || /[|<>]/.test(title)) return null;
  const body = sections['本文'].join('\n').trim();
  return { title, org, url: items[3] ?? '', y, mo, d, body };
}

function stripMeta(md) {
  const out = [];
  let skip = false;
  for (const line of md.split('\n')) {
    if (/^# /.test(line)) skip = /^# (事案ID|公表種別)\s*$/.test(line);
    if (!skip) out.push(line);
  }
  return out.join('\n');
}

// ---------- numbers and dates in the release (every numeral form) ----------
const KANJI = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function kanjiNumber(s) {
  // 千二百三十四万五千 → 12345000 style (small units 十百千 inside 万/億 groups)
  let total = 0;
  let group = 0;
  let digit = null;
  for (const ch of s) {
    if (ch in KANJI) digit = (digit ?? 0) * 10 + KANJI[ch];
    else if (ch === '十' || ch === '百' || ch === '千') {
      group += (digit ?? 1) * { 十: 10, 百: 100, 千: 1000 }[ch];
      digit = null;
    } else if (ch === '万' || ch === '億') {
      total += (group + (digit ?? 0)) * (ch === '万' ? 1e4 : 1e8);
      group = 0;
      digit = null;
    }
  }
  return total + group + (digit ?? 0);
}
function releaseNumbers(text) {
  const t = text.normalize('NFKC');
  const values = new Set();
  const flat = t.replace(/(\d),(?=\d{3})/g, '$1');
  for (const m of flat.matchAll(/\d+(?:\.\d+)?/g)) {
    values.add(Number(m[0]));
    const rest = flat.slice(m.index + m[0].length);
    const um = /^(億|万|千)(\d+)?(万)?/.exec(rest);
    if (um) {
      const mult = { 億: 1e8, 万: 1e4, 千: 1e3 }[um[1]];
      let v = Number(m[0]) * mult;
      if (um[2]) v += Number(um[2]) * (um[3] ? 1e4 : 1);
      values.add(Math.round(v));
    }
  }
  for (const m of t.matchAll(/[〇零一二三四五六七八九十百千万億]+/g)) values.add(kanjiNumber(m[0]));
  return { values, digits: flat.replace(/[^\d]+/g, ' ') };
}
function releaseMonthDays(text) {
  const t = text.normalize('NFKC');
  const md = new Set();
  for (const m of t.matchAll(/(\d{1,2})月\s*(\d{1,2})日/g)) md.add(`${Number(m[1])}-${Number(m[2])}`);
  for (const m of t.matchAll(/(?<!\d)(\d{1,2})[/.](\d{1,2})(?!\d)/g)) md.add(`${Number(m[1])}-${Number(m[2])}`);
  for (const m of t.matchAll(/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g)) md.add(`${Number(m[2])}-${Number(m[3])}`);
  return md;
}

// ---------- date formats ----------
const pad2 = (n) => String(n).padStart(2, '0');
const FW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function fmt(date, kind) {
  const { y, mo, d } = date;
  const r = y - 2018;
  switch (kind) {
    case 'iso': return `${y}-${pad2(mo)}-${pad2(d)}`;
    case 'dot': return `${y}.${pad2(mo)}.${pad2(d)}`;
    case 'slash': return `${y}/${mo}/${d}`;
    case 'slash0': return `${y}/${pad2(mo)}/${pad2(d)}`;
    case 'kanji0': return `${y}年${pad2(mo)}月${pad2(d)}日`;
    case 'kanji': return `${y}年${mo}月${d}日`;
    case 'reiwa': return `令和${r}年${mo}月${d}日`;
    case 'reiwaFW': return FW(`令和${r}年${mo}月${d}日`);
    case 'R': return `R${r}.${mo}.${d}`;
    case 'en': return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]} ${d}, ${y}`;
    default: throw new Error(kind);
  }
}
function addDays(date, n) {
  const t = new Date(Date.UTC(date.y, date.mo - 1, date.d) + n * 864e5);
  return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const iso = (date) => fmt(date, 'iso');

// ---------- Markdown body → HTML ----------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function inline(s) {
  // keep <br> and <img>; escape the rest; **bold**; [text](url)
  const parts = s.split(/(<br\s*\/?>|<img[^>]*>)/gi);
  return parts
    .map((p, i) => {
      if (i % 2 === 1) return /^<br/i.test(p) ? '<br>' : p.replace(/src="(?!data:)[^"]*"/, 'src="data:image/gif;base64,R0lGODlhAQABAAAAACw="');
      return esc(p)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (m, t, u) => `<a href="${u.replace(/"/g, '&quot;')}">${t}</a>${u && !t.includes(u) ? '' : ''}`);
    })
    .join('');
}
/** Blocks of a Markdown body: heading, para, list, table. */
function blocks(body) {
  const lines = body.split('\n');
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) { i++; continue; }
    let m;
    if ((m = /^(#{2,6})\s+(.*)$/.exec(line))) { out.push({ type: 'h', level: m[1].length, text: m[2].trim() }); i++; continue; }
    if (/^\s*\|/.test(line)) {
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) { rows.push(lines[i]); i++; }
      const cells = rows.filter((r) => !/^\s*\|[\s:|-]+\|\s*$/.test(r)).map((r) => r.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()));
      const hasHead = rows.length > 1 && /^\s*\|[\s:|-]+\|\s*$/.test(rows[1]);
      out.push({ type: 'table', head: hasHead ? cells[0] : null, rows: hasHead ? cells.slice(1) : cells });
      continue;
    }
    if (/^\s*(?:[-*]|\d+\.)\s+/.test(line)) {
      const items = [];
      while (i < lines.length && /^\s*(?:[-*]|\d+\.)\s+/.test(lines[i])) {
        const mm = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(lines[i]);
        items.push({ indent: mm[1].replace(/\u3000/g, '  ').length, ordered: /\d/.test(mm[2]), num: mm[2], text: mm[3] });
        i++;
      }
      out.push({ type: 'list', items });
      continue;
    }
    out.push({ type: 'p', text: line.trim() });
    i++;
  }
  return out;
}
function tableHtml(b, { cls = '', border = false, spans = true } = {}) {
  // spans: an empty first cell under a filled one extends that cell (rowspan); empty cells after the
  // last filled one in a row are folded into it (colspan) — no text is added or lost.
  const width = Math.max(b.head?.length ?? 0, ...b.rows.map((r) => r.length));
  const grid = b.rows.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? ''));
  const rowspan = grid.map(() => Array(width).fill(1));
  const hidden = grid.map(() => Array(width).fill(false));
  if (spans) {
    for (let c = 0; c < Math.min(width, 1); c++) {
      let anchor = -1;
      for (let r = 0; r < grid.length; r++) {
        if (grid[r][c] === '' && anchor >= 0 && grid[r].slice(1).some((x) => x !== '')) { rowspan[anchor][c]++; hidden[r][c] = true; }
        else anchor = grid[r][c] === '' ? -1 : r;
      }
    }
  }
  const attrs = `${cls ? ` class="${cls}"` : ''}${border ? ' border="1" cellspacing="0" cellpadding="4"' : ''}`;
  let h = `<table${attrs}>`;
  if (b.head) h += `<thead><tr>${b.head.map((c) => `<th>${inline(c)}</th>`).join('')}${'<th></th>'.repeat(width - b.head.length)}</tr></thead>`;
  h += '<tbody>';
  for (let r = 0; r < grid.length; r++) {
    h += '<tr>';
    const row = grid[r];
    let last = row.length - 1;
    while (last > 0 && row[last] === '') last--;
    for (let c = 0; c < width; c++) {
      if (hidden[r][c]) continue;
      if (spans && c === last && last < width - 1 && last > 0) {
        h += `<td colspan="${width - last}"${rowspan[r][c] > 1 ? ` rowspan="${rowspan[r][c]}"` : ''}>${inline(row[c])}</td>`;
        break;
      }
      const tag = !b.head && c === 0 && width > 1 ? 'th' : 'td';
      h += `<${tag}${rowspan[r][c] > 1 ? ` rowspan="${rowspan[r][c]}"` : ''}>${inline(row[c])}</${tag}>`;
    }
    h += '</tr>';
  }
  return `${h}</tbody></table>`;
}
function listHtml(items, ordered) {
  // nested by indent
  let h = '';
  const stack = [];
  for (const it of items) {
    while (stack.length && it.indent < stack[stack.length - 1].indent) { h += `</li></${stack.pop().tag}>`; }
    const top = stack[stack.length - 1];
    if (!top || it.indent > top.indent) {
      const tag = it.ordered ? 'ol' : 'ul';
      stack.push({ indent: it.indent, tag });
      h += it.ordered ? `<ol>` : `<ul${ordered ? ` class="${ordered}"` : ''}>`;
    } else h += '</li>';
    h += `<li>${inline(it.text)}`;
  }
  while (stack.length) h += `</li></${stack.pop().tag}>`;
  return h;
}
const isNote = (t) => /^(※|＊|\*|注|（注|\(注|なお、|【ご参考】|【参考】)/.test(t);
/**
 * The whole body as HTML; `how` shapes it per family: heading tags/offset, paragraphs' wrapper, notes boxed
 * in <aside> or a bordered div, tables' class.
 */
function bodyHtml(body, how) {
  const bs = blocks(body);
  let h = '';
  let noteRun = [];
  const flushNotes = () => {
    if (!noteRun.length) return;
    const inner = noteRun.map((t) => how.para(t)).join('');
    h += how.note(inner);
    noteRun = [];
  };
  for (const b of bs) {
    if (b.type === 'p' && isNote(b.text) && how.note) { noteRun.push(b.text); continue; }
    flushNotes();
    if (b.type === 'h') h += how.heading(b.level, inline(b.text), b.text);
    else if (b.type === 'p') h += how.para(b.text);
    else if (b.type === 'list') h += how.list ? how.list(b.items) : listHtml(b.items);
    else if (b.type === 'table') h += how.table(b);
  }
  flushNotes();
  return h;
}

// ---------- encodings ----------
function encodeLegacy(html, enc) {
  const iconvName = enc === 'Shift_JIS' ? 'CP932' : 'EUC-JP';
  const chars = [...new Set([...html].filter((c) => c.codePointAt(0) > 127))];
  const probe = chars.join('\n') + '\n';
  const there = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', iconvName], { input: probe });
  const back = execFileSync('iconv', ['-f', iconvName, '-t', 'UTF-8'], { input: there }).toString('utf8').split('\n');
  const bad = new Set(chars.filter((c, k) => back[k] !== c));
  const safe = [...html].map((c) => (bad.has(c) ? `&#${c.codePointAt(0)};` : c)).join('');
  return { bytes: execFileSync('iconv', ['-f', 'UTF-8', '-t', iconvName], { input: safe, maxBuffer: 64 << 20 }), ncrs: [...bad] };
}

// ---------- chrome vocabulary ----------
const SURNAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '松本', '井上', '木村', '林', '清水', '山崎', '森', '池田'];
const GIVEN = ['誠', '健一', '裕子', '大輔', '直樹', '美穂', '浩二', '智子', '和也', '恵', '隆史', '由美'];
const PREFS = [['東京都', '千代田区丸の内', '03'], ['大阪府', '大阪市北区梅田', '06'], ['愛知県', '名古屋市中区栄', '052'], ['福岡県', '福岡市博多区博多駅前', '092'], ['北海道', '札幌市中央区北一条西', '011'], ['宮城県', '仙台市青葉区一番町', '022'], ['広島県', '広島市中区紙屋町', '082'], ['神奈川県', '横浜市西区みなとみらい', '045']];
const NEWS_HEADS = [
  '年末年始の営業日のお知らせ', 'ホームページをリニューアルしました', '新サービス「%」の提供を開始しました', '%の受付を開始しました', 'システムメンテナンスに伴うサービス停止のお知らせ',
  '定時株主総会招集ご通知', '採用情報を更新しました', '%キャンペーン実施のお知らせ', '夏季休業のお知らせ', '%セミナー開催のご案内', '価格改定のお知らせ', '第%回 地域交流イベントを開催しました',
  '事業所移転のお知らせ', '電話受付時間変更のお知らせ', 'サステナビリティレポートを公開しました', '健康経営優良法人に認定されました', '臨時休業のお知らせ', '%に関するアンケート結果',
];
const FILL = ['オンライン相談', 'スマート決済', '春の感謝祭', '防災', 'DX推進', '秋の見学会', '会員限定', '地域連携', '新生活応援', '省エネ'];
const TAGS = ['お知らせ', 'IR', 'セキュリティ', 'イベント', '採用', 'CSR', 'プレスリリース', '製品情報', '地域貢献', 'メディア掲載', '重要', 'キャンペーン'];
const person = () => `${pick(SURNAMES)} ${pick(GIVEN)}`;

/** Per page: a decoy factory that checks every value and date against the release. */
function decoyMaker(sourceMd, pub) {
  const { values, digits } = releaseNumbers(sourceMd);
  const mds = releaseMonthDays(sourceMd);
  const decoyValues = [];
  const decoyDates = [];
  const decoyOther = [];
  const okValue = (v) => !values.has(v) && !new RegExp(`(^|\\D)${v}(\\D|$)`).test(digits) && v !== pub.y && v !== pub.mo && v !== pub.d;
  return {
    decoyValues, decoyDates, decoyOther,
    /** A number in [lo, hi] (rounded to `step`), absent from the release; returned as the number. */
    num(lo, hi, step = 1) {
      for (let k = 0; k < 200; k++) {
        const v = Math.round(ri(lo, hi) / step) * step;
        if (v >= Math.max(lo, 10) && okValue(v)) { if (!decoyValues.includes(v)) decoyValues.push(v); return v; }
      }
      throw new Error('no decoy number');
    },
    /** A date `from`..`to` days from publication, not the publication and absent from the release. */
    date(from, to) {
      for (let k = 0; k < 200; k++) {
        const dd = addDays(pub, ri(from, to));
        if (iso(dd) === iso(pub) || mds.has(`${dd.mo}-${dd.d}`)) continue;
        if (!decoyDates.includes(iso(dd))) decoyDates.push(iso(dd));
        return dd;
      }
      throw new Error('no decoy date');
    },
    other(s) { if (!decoyOther.includes(s)) decoyOther.push(s); return s; },
  };
}
const comma = (v) => v.toLocaleString('en-US');
function yen(v) {
  // 450000000 → 4億5,000万円
  const oku = Math.floor(v / 1e8);
  const man = Math.floor((v % 1e8) / 1e4);
  return `${oku ? `${oku}億` : ''}${man ? `${comma(man)}万` : ''}円`;
}

function newsItems(D, pub, n, { fmtKind = 'dot', withSelf = null } = {}) {
  const items = [];
  for (let k = 0; k < n; k++) {
    const dd = D.date(-120, 25);
    let head = pick(NEWS_HEADS);
    head = head.includes('第%回') ? head.replace('第%回', `第${D.num(11, 48)}回`) : head.replace('%', pick(FILL));
    if (chance(0.35)) {
      const unit = pick([['契約数', '件'], ['会員数', '人'], ['定員', '名'], ['参加者', '名'], ['導入実績', '社'], ['累計', '件']]);
      head += `（${unit[0]}${comma(D.num(120, 98000, 10))}${unit[1]}${unit[0] === '定員' ? '・先着順' : '突破'}）`;
    }
    items.push({ date: dd, text: head, label: fmt(dd, fmtKind) });
  }
  if (withSelf) items.push({ date: pub, text: withSelf, label: fmt(pub, fmtKind), self: true });
  return items.sort((a, b) => (iso(b.date) < iso(a.date) ? -1 : 1));
}
function footerFacts(D, kind = 'corp') {
  const [pref, city, tel] = pick(PREFS);
  const addr = D.other(`〒${D.num(100, 989)}-${pad2(ri(0, 99))}${ri(10, 99)} ${pref}${city}${ri(1, 9)}丁目${ri(1, 20)}番${ri(1, 30)}号`);
  const phone = D.other(`${tel}-${ri(1000, 9999)}-${ri(1000, 9999)}`);
  const fax = D.other(`${tel}-${ri(1000, 9999)}-${ri(1000, 9999)}`);
  const facts = [];
  if (kind === 'corp') {
    facts.push(['資本金', yen(D.num(1e7, 9.8e9, 1e7))]);
    facts.push(['従業員数', `${comma(D.num(60, 12000))}名（連結）`]);
    facts.push(['設立', `${ri(1950, 2012)}年${ri(1, 12)}月`]);
  } else if (kind === 'hospital') {
    facts.push(['病床数', `${D.num(80, 690)}床`]);
    facts.push(['診療科', `${D.num(12, 34)}科`]);
    facts.push(['職員数', `${comma(D.num(300, 2400))}名`]);
  } else if (kind === 'school') {
    facts.push(['学生数', `${comma(D.num(800, 9800))}名`]);
    facts.push(['教職員数', `${D.num(90, 780)}名`]);
    facts.push(['入学定員', `${D.num(120, 1900, 10)}名`]);
  } else {
    facts.push(['人口', `${comma(D.num(12000, 480000))}人`]);
    facts.push(['世帯数', `${comma(D.num(5000, 210000))}世帯`]);
  }
  return { addr, phone, fax, facts };
}

// ---------- family renderers ----------
// Each returns { html, org, dateShown: { mode, text }, ogSiteName, jsonLd, print }.

function headAndMeta({ title, pageTitle, org, orgMode, pub, dateMode, D, extraHead = '', charset, lang = 'ja', desc }) {
  const ogSiteName = orgMode === 'ogsite' || chance(0.4) ? org : null;
  const jsonLd = dateMode === 'jsonld' || (chance(0.45) && dateMode !== 'title' && dateMode !== 'time')
    ? { '@context': 'https://schema.org', '@type': pick(['NewsArticle', 'Article', 'WebPage']), headline: title, datePublished: `${iso(pub)}T${pad2(ri(9, 18))}:${pad2(ri(0, 59))}:00+09:00`, dateModified: `${iso(D.date(1, 30))}T10:00:00+09:00`, publisher: { '@type': 'Organization', name: orgMode === 'copyright' || orgMode === 'logoalt' ? undefined : org } }
    : null;
  if (jsonLd && jsonLd.publisher.name === undefined) delete jsonLd.publisher.name;
  const meta = [
    charset === 'utf-8' ? '<meta charset="utf-8">' : `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`,
    `<title>${esc(pageTitle)}</title>`,
    `<meta name="description" content="${esc(desc ?? title)}">`,
    `<meta property="og:title" content="${esc(title)}">`,
    `<meta property="og:type" content="article">`,
    ogSiteName ? `<meta property="og:site_name" content="${esc(ogSiteName)}">` : '',
    jsonLd ? `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>` : '',
    extraHead,
  ].filter(Boolean).join('\n');
  return { meta, ogSiteName, jsonLd };
}

function pageTitleFor(title, org, orgMode, dateMode, pub, sep = ' | ') {
  const datePart = dateMode === 'title' ? pick([`【${fmt(pub, 'kanji')}】`, `(${fmt(pub, 'dot')}) `, `${fmt(pub, 'slash0')} `]) : '';
  const orgPart = orgMode === 'title' ? `${sep}${org}` : orgMode === 'ogsite' || orgMode === 'logoalt' ? `${sep}お知らせ` : '';
  return `${datePart}${title}${orgPart}`;
}
/** The visible date line (or none) for a mode. */
function dateLine(pub, dateMode, D, kinds) {
  const k = pick(kinds);
  switch (dateMode) {
    case 'published': return { html: `公開日：${fmt(pub, k)}`, text: fmt(pub, k), kind: k };
    case 'published+updated': {
      const up = D.date(2, 40);
      const k2 = k;
      return { html: `公開日：${fmt(pub, k)}　更新日：${fmt(up, k2)}`, text: fmt(pub, k), kind: k };
    }
    case 'updated-first': {
      const up = D.date(2, 40);
      return { html: `更新日：${fmt(up, k)}　／　掲載日：${fmt(pub, k)}`, text: fmt(pub, k), kind: k };
    }
    case 'bare': return { html: fmt(pub, k), text: fmt(pub, k), kind: k };
    case 'time': return { html: null, time: true, text: fmt(pub, k), kind: k };
    default: return { html: null, text: null, kind: null };
  }
}

function wpblock(ctx) {
  const { rel, pub, D, orgMode, dateMode, id } = ctx;
  const org = rel.org;
  const builderTable = chance(0.5);
  const pageTitle = pageTitleFor(rel.title, org, orgMode, dateMode, pub, pick([' | ', ' – ', ' - ']));
  const { meta, ogSiteName, jsonLd } = headAndMeta({ title: rel.title, pageTitle, org, orgMode, pub, dateMode, D, charset: 'utf-8' });
  const dl = dateLine(pub, dateMode, D, ['dot', 'kanji', 'slash', 'kanji0']);
  const news = newsItems(D, pub, ri(5, 7), { fmtKind: pick(['dot', 'kanji', 'slash0']) });
  const ff = footerFacts(D, 'corp');
  const mega = ['企業情報', '事業紹介', 'サービス', 'IR情報', 'サステナビリティ', '採用情報'].map((m) => `<li class="wp-block-navigation-item has-child"><a class="wp-block-navigation-item__content" href="#">${m}</a><div class="mega-panel"><ul>${Array.from({ length: 4 }, () => `<li><a href="#">${pick(FILL)}${pick(['について', 'の取り組み', '一覧', 'のご案内'])}</a></li>`).join('')}</ul><p class="mega-figure">${pick(['導入実績', '取引社数', '拠点数'])} <b>${comma(D.num(30, 4800))}</b>${pick(['社', '拠点', '件'])}</p></div></li>`).join('');
  const logo = orgMode === 'logoalt' ? `<img class="custom-logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${esc(org)}" width="180" height="40">` : orgMode === 'copyright' ? `<img class="custom-logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="ロゴ" width="180" height="40">` : `<img class="custom-logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="40" height="40"><span class="wp-block-site-title">${esc(org)}</span>`;
  const shares = `<div class="sharedaddy"><span>シェア</span> <a>X ${D.num(12, 480)}</a> <a>Facebook ${D.num(12, 480)}</a> <a>はてブ ${D.num(11, 99)}</a></div>`;
  const article = bodyHtml(rel.body, {
    heading: (l, h) => `<h${Math.min(6, l)} class="wp-block-heading">${h}</h${Math.min(6, l)}>`,
    para: (t) => `<p>${inline(t)}</p>`,
    note: (inner) => `<div class="wp-block-group is-style-box has-border-color" style="border:1px solid #c9c9c9;padding:8px 12px;margin:12px 0;background:#f7f7f7">${inner}</div>`,
    table: (b) => `<figure class="wp-block-table is-style-stripes">${tableHtml(b)}</figure>`,
  });
  const timeEl = dl.time || dateMode === 'published' || dateMode === 'bare' ? `<time class="entry-date published" datetime="${iso(pub)}T09:00:00+09:00">${dl.time ? fmt(pub, dl.kind) : dl.html}</time>` : dl.html ? `<span class="posted-on">${dl.html}</span>` : '';
  const main = `
<nav class="breadcrumb" aria-label="パンくず"><a href="/">ホーム</a> &gt; <a href="/news/">ニュース</a> &gt; <a href="/news/category/info/">お知らせ</a> &gt; <span>${esc(rel.title)}</span></nav>
<article class="post type-post status-publish format-standard hentry category-news">
<div class="wp-block-post-terms"><a rel="tag">お知らせ</a>, <a rel="tag">重要</a></div>
<h1 class="wp-block-post-title">${esc(rel.title)}</h1>
<div class="wp-block-post-date">${timeEl}</div>
<div class="entry-content wp-block-post-content">
${article}
</div>
${shares}
<nav class="post-navigation"><div class="nav-previous"><a>&laquo; ${esc(news[1].text)}</a></div><div class="nav-next"><a>${esc(news[0].text)} &raquo;</a></div></nav>
</article>`;
  const side = `<aside class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">最新のお知らせ</h2><ul>${news.map((n) => `<li><span class="post-date">${n.label}</span> <a href="#">${esc(n.text)}</a></li>`).join('')}</ul></section>
<section class="widget widget_text"><h2 class="widget-title">数字で見る</h2><ul><li>契約数 ${comma(D.num(1500, 90000))}件</li><li>会員数 ${comma(D.num(2000, 150000))}人</li><li>サポート満足度 ${D.num(81, 99)}%</li></ul></section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">タグ</h2>${shuffle(TAGS).slice(0, 8).map((t) => `<a class="tag-cloud-link" style="font-size:${ri(9, 18)}pt">${t}</a>`).join(' ')}</section>
</aside>`;
  const layout = builderTable
    ? `<table class="vc_row" width="100%" cellpadding="0" cellspacing="0"><tr><td class="vc_col-sm-8" valign="top" style="width:68%;padding-right:24px">${main}</td><td class="vc_col-sm-4" valign="top" style="width:32%">${side}</td></tr></table>`
    : `<div class="wp-block-columns"><div class="wp-block-column" style="flex-basis:68%">${main}</div><div class="wp-block-column" style="flex-basis:32%">${side}</div></div>`;
  const cookie = `<div id="cookie-law-info-bar" style="position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:10px 20px;font-size:13px;z-index:99">当サイトではCookieを使用しています。サイトを閲覧し続けることで、Cookieの使用に同意したものとみなされます。<a style="color:#9cf">プライバシーポリシー</a> <button>同意する</button></div>`;
  const copyYear = pub.y;
  const html = `<!DOCTYPE html>
<html lang="ja" class="wp-theme-blocky">
<head>
${meta}
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1">
<style>
body{font-family:"Noto Sans CJK JP",sans-serif;margin:0;color:#222;font-size:15px;line-height:1.8}
h1,h2,h3,h4,h5,h6,th,dt,b,strong{font-weight:normal}
h1{color:#0a4d8c}.wp-block-heading{border-bottom:2px solid #0a4d8c;color:#0a4d8c}strong{color:#b00}
.site-header{display:flex;align-items:center;gap:24px;padding:12px 24px;border-bottom:3px solid #0a4d8c;position:sticky;top:0;background:#fff}
.wp-block-navigation ul{list-style:none;margin:0;padding:0}.wp-block-navigation>ul{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:13px;white-space:nowrap}.mega-panel{display:none}
.has-child:first-child .mega-panel{display:block;position:absolute;top:60px;left:200px;background:#f2f6fa;border:1px solid #cdd;padding:6px 12px;width:360px;font-size:12px}
.wrap{max-width:1120px;margin:0 auto;padding:16px 24px}.wp-block-columns{display:flex;gap:32px}.wp-block-column:first-child{flex:1 1 68%;min-width:0}.wp-block-column:last-child{flex:0 0 28%}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;vertical-align:top}
.vc_row>tbody>tr>td{border:none}.widget{margin-bottom:24px;font-size:13px}.widget-title{font-size:15px;border-left:4px solid #0a4d8c;padding-left:8px}
.site-footer{background:#0a4d8c;color:#fff;padding:20px 24px;font-size:12px}
@media print{.sharedaddy,.post-navigation,#cookie-law-info-bar button{display:none}}
</style>
</head>
<body class="wp-singular post-template-default single single-post postid-${D.num(1200, 9800)}">
<a class="skip-link screen-reader-text" href="#wp--skip-link--target">コンテンツへスキップ</a>
<header class="site-header wp-block-template-part">
<div class="site-logo">${logo}</div>
<nav class="wp-block-navigation is-responsive"><ul class="wp-block-navigation__container">${mega}</ul></nav>
<div class="header-contact">お問い合わせ <b>${ff.phone}</b></div>
</header>
<main id="wp--skip-link--target" class="wrap">
${layout}
</main>
<footer class="site-footer wp-block-template-part">
<div class="footer-company"><p>${orgMode === 'logoalt' || orgMode === 'copyright' ? '' : `<strong>${esc(org)}</strong><br>`}${ff.addr}<br>TEL ${ff.phone} / FAX ${ff.fax}</p>
<dl>${ff.facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></div>
<p class="copyright">© ${copyYear} ${orgMode === 'copyright' || orgMode === 'title' ? esc(org) : ''} All Rights Reserved.</p>
</footer>
${cookie}
<script>window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ver":"6.7.1","postId":${D.num(1200, 9800)},"published":"${iso(D.date(-300, -130))}"};</script>
<script>var gtagConfig={page_views:${D.num(4000, 90000)},id:"G-${ri(100000, 999999)}"};</script>
</body>
</html>`;
  return { html, ogSiteName, jsonLd, variant: builderTable ? 'builder-table' : 'block-columns' };
}

function muni(ctx) {
  const { rel, pub, D, orgMode, dateMode, charset } = ctx;
  const org = rel.org;
  const pageTitle = pageTitleFor(rel.title, org, orgMode, dateMode, pub, pick(['／', '｜', ' - ']));
  const { meta, ogSiteName, jsonLd } = headAndMeta({ title: rel.title, pageTitle, org, orgMode, pub, dateMode, D, charset });
  const kinds = ['reiwa', 'reiwaFW', 'kanji', 'R', 'kanji0'];
  const dl = dateLine(pub, dateMode, D, kinds);
  const news = newsItems(D, pub, ri(4, 6), { fmtKind: pick(['reiwa', 'kanji', 'slash']) });
  const ff = footerFacts(D, 'muni');
  const pdfLinks = chance(0.6);
  const kb = () => `PDFファイル（${D.num(90, 880)}KB）`;
  const article = bodyHtml(rel.body, {
    heading: (l, h) => (l <= 2 ? `<h3 class="midashi"><font color="#003366">${h}</font></h3>` : `<h4><font color="#333333">${h}</font></h4>`),
    para: (t) => `<p><font size="2">${inline(t)}</font></p>`,
    note: (inner) => `<table width="100%" border="1" cellspacing="0" cellpadding="6" bordercolor="#999999" bgcolor="#ffffee"><tr><td>${inner}</td></tr></table><br>`,
    table: (b) => tableHtml(b, { border: true, cls: 'datatable' }),
    list: (items) => `<font size="2">${listHtml(items)}</font>`,
  });
  const marquee = `<marquee scrollamount="3" bgcolor="#ffffcc"><font size="2">${news.slice(0, 3).map((n) => `【${n.label}】${esc(n.text)}`).join('　　')}</font></marquee>`;
  const dateDiv = dl.html ? `<div align="right"><font size="2">${dl.html}</font></div>` : dl.time ? `<div align="right"><time datetime="${iso(pub)}"><font size="2">${dl.text}</font></time></div>` : '';
  const leftMenu = ['くらし・手続き', '健康・福祉', '子育て・教育', '産業・しごと', '観光・文化', '市政情報', '防災・安全'].map((m) => `<tr><td bgcolor="#e8f0f8"><font size="2">■<a href="#">${m}</a></font></td></tr>`).join('');
  const logoAlt = orgMode === 'copyright' ? 'ホームページ' : org;
  const faq = `<table width="100%" border="0" cellpadding="6" bgcolor="#f0f8f0"><tr><td><font size="2"><b>よくある質問</b><br>・${pick(['住民票の写しの請求方法', '粗大ごみの出し方', '各種証明書の手数料'])}について<br>・${pick(['窓口の受付時間', '施設予約の方法', '休日当番医'])}について（${D.num(11, 99)}件）</font></td></tr></table>`;
  const contact = `<table width="100%" border="1" cellspacing="0" cellpadding="6" bordercolor="#cccccc"><tr><td bgcolor="#eeeeee"><font size="2"><b>このページに関するお問い合わせ</b></font></td></tr><tr><td><font size="2">${pick(['総務部 情報政策課', '企画課 広報係', '総務課 文書係'])}<br>${ff.addr}<br>電話：${ff.phone}　ファクス：${ff.fax}<br>受付時間：午前8時30分～午後5時15分</font></td></tr></table>`;
  const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
${meta}
<style type="text/css">
body{margin:0;font-family:"Noto Sans CJK JP","MS PGothic",sans-serif}
.datatable th{background:#dde8f3}
h3.midashi{border-bottom:2px solid #336699;font-size:15px}
h4,th,strong{font-weight:normal}.datatable th{color:#003366}
</style>
</head>
<body bgcolor="#ffffff" text="#000000" link="#0000cc">
<a name="pagetop"></a>
<div><a href="#honbun"><font size="1">本文へ</font></a> ｜ <a href="#"><font size="1">文字の大きさ・色合いの変更</font></a> ｜ <a href="#"><font size="1">English</font></a></div>
<center>
<table width="780" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" bgcolor="#336699" height="70"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="260" height="50" alt="${esc(logoAlt)}">${orgMode === 'title' || orgMode === 'ogsite' ? `<font color="#ffffff" size="5"><b>${esc(org)}</b></font>` : ''}</td></tr>
<tr><td colspan="2">${marquee}</td></tr>
<tr><td colspan="2"><font size="2"><a href="#">トップページ</a> &gt; <a href="#">お知らせ</a> &gt; ${esc(rel.title)}</font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#f4f4f4">
<table width="100%" border="0" cellspacing="1" cellpadding="4">${leftMenu}</table>
<br><table width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td><font size="1"><b>${fmt(D.date(-40, -5), 'reiwa')}現在</b><br>${ff.facts.map(([k, v]) => `${k}：${v}`).join('<br>')}</font></td></tr></table>
<br><font size="1">アクセス数：${comma(D.num(10000, 990000))}</font>
</td>
<td width="610" valign="top" style="padding:8px 12px">
<a name="honbun"></a>
${dateDiv}
<h2><font color="#003366">${esc(rel.title)}</font></h2>
${pdfLinks ? `<p><font size="2"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="PDF"><a href="#">${esc(rel.title)}（${kb()}）</a></font></p>` : ''}
${article}
${pdfLinks ? `<p><font size="2">関連資料：<a href="#">別紙（${kb()}）</a>　<a href="#">報道発表資料（${kb()}）</a></font></p><p><font size="1">PDFファイルをご覧いただくには、Adobe Acrobat Reader が必要です。</font></p>` : ''}
<div align="right"><a href="#pagetop"><font size="2">このページの先頭へ</font></a></div>
${faq}<br>
${contact}
<div align="right"><a href="#pagetop"><font size="2">このページの先頭へ</font></a></div>
<table width="100%" border="0"><tr><td><font size="2"><b>新着情報</b></font></td></tr>${news.map((n) => `<tr><td><font size="2">${n.label}　<a href="#">${esc(n.text)}</a></font></td></tr>`).join('')}</table>
</td></tr>
<tr><td colspan="2" bgcolor="#336699" align="center"><font color="#ffffff" size="2">${ff.addr}　代表電話：${ff.phone}<br>開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、12月29日から1月3日を除く）<br>Copyright (C) ${orgMode === 'logoalt' ? '' : esc(org)} All Rights Reserved.</font></td></tr>
</table>
</center>
</body>
</html>`;
  return { html, ogSiteName, jsonLd, variant: pdfLinks ? 'pdf-links' : 'plain' };
}

function splitSpans(text, D) {
  // text split into spans at arbitrary points; no white space between them
  const chars = [...text];
  let out = '';
  let k = 0;
  while (k < chars.length) {
    const len = ri(3, 14);
    const chunk = chars.slice(k, k + len).join('');
    out += `<span class="${pick(['t1', 't2', 'wixui-rich-text__text', 'color_15'])}">${inline(chunk)}</span>`;
    k += len;
  }
  return out;
}
function soup(ctx) {
  const { rel, pub, D, orgMode, dateMode } = ctx;
  const org = rel.org;
  const pageTitle = pageTitleFor(rel.title, org, orgMode, dateMode, pub, pick([' | ', '｜']));
  const { meta, ogSiteName, jsonLd } = headAndMeta({ title: rel.title, pageTitle, org, orgMode, pub, dateMode, D, charset: 'utf-8' });
  const dl = dateLine(pub, dateMode, D, ['dot', 'slash0', 'kanji0', 'en']);
  const news = newsItems(D, pub, ri(4, 6), { fmtKind: pick(['dot', 'slash0']) });
  const ff = footerFacts(D, 'corp');
  const safeSplit = (t) => (/[*[\]<]/.test(t) ? inline(t) : splitSpans(t, D));
  const article = bodyHtml(rel.body, {
    heading: (l, h, raw) => `<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><${l <= 2 ? 'h2' : 'p'} class="elementor-heading-title elementor-size-${l <= 2 ? 'large' : 'medium'}" style="${l > 2 ? 'font-weight:bold;' : ''}">${h}</${l <= 2 ? 'h2' : 'p'}></div></div>`,
    para: (t) => `<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p class="font_8 wixui-rich-text__text">${safeSplit(t)}</p></div></div>`,
    note: (inner) => `<div class="e-con e-child" style="border:2px dashed #b0b0b0;border-radius:8px;padding:10px;margin:14px 0">${inner}</div>`,
    table: (b) => `<div class="elementor-widget elementor-widget-html"><div class="elementor-widget-container"><div style="overflow-x:auto">${tableHtml(b, { cls: 'tablepress' })}</div></div></div>`,
    list: (items) => `<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${listHtml(items)}</div></div>`,
  });
  const dateBox = dl.html ? `<div class="comp-dt" style="color:#888"><span>${dl.html.split('').slice(0, 4).join('')}</span><span>${dl.html.slice(4)}</span></div>` : dl.time ? `<div class="comp-dt"><time datetime="${iso(pub)}">${dl.text}</time></div>` : '';
  const logoAlt = orgMode === 'logoalt' ? org : 'logo';
  const html = `<!DOCTYPE html>
<html lang="ja">
<head>
${meta}
<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;font-size:15px;color:#333}
h1,h2,h3,h4,h5,h6,th,dt,b,strong{font-weight:normal}
strong{text-decoration:underline}
#SITE_HEADER{position:relative;height:120px;background:#fafafa;border-bottom:1px solid #ddd}
#SITE_HEADER>div{position:absolute}
.e-con{box-sizing:border-box}
#PAGES_CONTAINER{width:980px;margin:0 auto;position:relative}
.strip-right{position:absolute;left:720px;top:0;width:240px}
.strip-main{width:690px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:6px}
.elementor-heading-title.elementor-size-large{font-size:20px;color:#0b6}
#SITE_FOOTER{position:relative;height:170px;background:#2b2b2b;color:#ddd;font-size:12px}
#SITE_FOOTER>div{position:absolute}
</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<header id="SITE_HEADER">
<div id="comp-logo" style="left:40px;top:20px"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${esc(logoAlt)}" width="200" height="60"></div>
<div id="comp-menu" style="left:320px;top:40px"><nav><span><a>HOME</a></span> <span><a>ABOUT</a></span> <span><a>SERVICE</a></span> <span><a>NEWS</a></span> <span><a>RECRUIT</a></span> <span><a>CONTACT</a></span></nav></div>
<div id="comp-tel" style="left:760px;top:18px;font-size:12px"><span>受付 平日9:00〜18:00</span><br><span style="font-size:20px">${ff.phone}</span></div>
<div id="comp-badge" style="left:760px;top:78px;font-size:11px;background:#0b6;color:#fff;padding:2px 6px"><span>累計導入</span><span>${comma(D.num(200, 9000))}</span><span>社突破</span></div>
</header>
<main id="PAGES_CONTAINER">
<div class="strip-main">
<div class="e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-breadcrumbs"><span><a>HOME</a></span><span> › </span><span><a>NEWS</a></span><span> › </span><span>${esc(rel.title)}</span></div>
${dateBox}
<div class="elementor-widget elementor-widget-theme-post-title"><h1 class="elementor-heading-title">${esc(rel.title)}</h1></div>
<div class="e-con e-child">${article}</div>
<div class="share-buttons"><span>いいね！</span><span>${D.num(20, 900)}</span> <span>ツイート</span><span>${D.num(20, 900)}</span></div>
</div></div>
</div>
<div class="strip-right">
<div class="e-con" style="border:1px solid #e0e0e0;padding:10px;font-size:13px"><p><span style="font-weight:bold">最新のお知らせ</span></p>${news.map((n) => `<div class="item"><span class="d">${n.label}</span><br><span>${esc(n.text)}</span></div>`).join('')}</div>
<div class="e-con" style="margin-top:14px;border:1px solid #e0e0e0;padding:10px;font-size:13px"><span>セミナー</span><span>定員</span><span>${D.num(20, 300)}</span><span>名</span><br><span>開催日 </span><span>${fmt(D.date(8, 60), 'slash0')}</span></div>
</div>
</main>
<footer id="SITE_FOOTER">
<div style="left:40px;top:20px;width:500px">${orgMode === 'title' || orgMode === 'ogsite' ? `<span>${esc(org)}</span><br>` : ''}<span>${ff.addr}</span><br><span>TEL </span><span>${ff.phone}</span><br>${ff.facts.map(([k, v]) => `<span>${k}</span><span>：${v}</span>`).join('<br>')}</div>
<div style="left:600px;top:120px"><span>©</span><span>${pub.y}</span><span> ${orgMode === 'copyright' || orgMode === 'logoalt' ? esc(org) : 'All rights reserved'}</span>${orgMode === 'copyright' || orgMode === 'logoalt' ? '<span> All Rights Reserved.</span>' : ''}</div>
</footer>
</div></div></div>
<div id="cookie-banner" style="position:fixed;bottom:16px;left:16px;width:320px;background:#fff;border:1px solid #999;padding:12px;font-size:12px;box-shadow:0 2px 8px #0004">このサイトはCookieを使用しています。<button>すべて許可</button><button>拒否</button></div>
<script id="wix-warmup-data" type="application/json">{"siteId":"${ri(10000000, 99999999)}","pageViews":${D.num(1000, 80000)},"lastPublished":"${iso(D.date(-60, -3))}T03:12:00Z","members":${D.num(100, 5000)}}</script>
</body>
</html>`;
  return { html, ogSiteName, jsonLd, variant: 'spans' };
}

function mt(ctx) {
  const { rel, pub, D, orgMode, dateMode, charset } = ctx;
  const org = rel.org;
  const pageTitle = pageTitleFor(rel.title, org, orgMode, dateMode, pub, pick([': ', ' - ', ' | ']));
  const { meta, ogSiteName, jsonLd } = headAndMeta({ title: rel.title, pageTitle, org, orgMode, pub, dateMode, D, charset });
  const dl = dateLine(pub, dateMode, D, ['kanji0', 'kanji', 'reiwa']);
  const news = newsItems(D, pub, ri(5, 8), { fmtKind: 'kanji0' });
  const ff = footerFacts(D, pick(['corp', 'school']));
  const article = bodyHtml(rel.body, {
    heading: (l, h) => `<h${Math.min(6, l + 1)}>${h}</h${Math.min(6, l + 1)}>`,
    para: (t) => `<p>${inline(t)}</p>`,
    note: chance(0.5) ? (inner) => `<aside class="note">${inner}</aside>` : (inner) => `<div class="box" style="border:1px solid #999;padding:6px">${inner}</div>`,
    table: (b) => tableHtml(b, { border: true }),
  });
  // archive calendar of the month before publication (calendar days link to other entries)
  const cm = addDays({ y: pub.y, mo: pub.mo, d: 1 }, -1);
  const first = new Date(Date.UTC(cm.y, cm.mo - 1, 1)).getUTCDay();
  const days = cm.d;
  const linked = new Set();
  for (let k = 0; k < 3; k++) {
    const dd = D.date(-80, -1);
    if (dd.y === cm.y && dd.mo === cm.mo) linked.add(dd.d);
  }
  let cal = `<table class="calendar" summary="月別アーカイブ"><caption>${cm.y}年${cm.mo}月</caption><tr>${'日月火水木金土'.split('').map((w) => `<th>${w}</th>`).join('')}</tr><tr>`;
  for (let k = 0; k < first; k++) cal += '<td></td>';
  for (let dd = 1; dd <= days; dd++) {
    if ((first + dd - 1) % 7 === 0 && dd > 1) cal += '</tr><tr>';
    cal += `<td>${linked.has(dd) ? `<a href="/${cm.y}/${pad2(cm.mo)}/">${dd}</a>` : dd}</td>`;
  }
  cal += '</tr></table>';
  const dateHeader = dl.html ? `<h2 class="date-header">${dl.html}</h2>` : '';
  const entryFooterDate = dateMode === 'time' ? `<time class="published" datetime="${iso(pub)}T10:00:00+09:00">${dl.text ?? fmt(pub, 'kanji0')} 10:00</time>` : '';
  const author = D.other(person());
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
${meta}
<meta name="generator" content="Movable Type Pro 7.9.4" />
<link rel="stylesheet" href="/mt-static/themes/classic/screen.css" type="text/css" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/mt/rsd.xml" />
<style type="text/css">
body{font-family:"Noto Sans CJK JP","Hiragino Kaku Gothic Pro",Meiryo,sans-serif;margin:0;background:#f3efe6}
#container{width:900px;margin:0 auto;background:#fff}
#banner{padding:20px;background:#5a4632;color:#fff}
#alpha{float:left;width:600px;padding:16px}
#beta{float:right;width:240px;padding:16px 10px;font-size:12px}
#footer{clear:both;padding:12px;font-size:11px;border-top:1px solid #aaa}
.calendar td,.calendar th{padding:1px 4px;text-align:right}
.date-header{font-size:13px;color:#7a5f43;border-bottom:1px dotted #7a5f43}
h1,h2,h3,h4,h5,h6,th,strong,b{font-weight:normal}.asset-name{font-size:22px;color:#5a4632}.asset-body h3{background:#efe6d8;padding:2px 6px}
aside.note{background:#fff7e0;border-left:4px solid #e0a000;padding:4px 10px}
table{border-collapse:collapse}
</style>
</head>
<body class="mt-entry-archive layout-wt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">
<div id="header-name" id="banner" style="padding:16px;background:#5a4632"><a href="/" style="color:#fff;font-size:22px">${orgMode === 'logoalt' ? `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${esc(org)}" width="200" height="30" />` : orgMode === 'copyright' ? 'ニュースルーム' : esc(org)}</a></div>
<div id="header-description" style="font-size:12px">${pick(['お客様とともに', '地域とともに歩む', '確かな品質を、次の世代へ'])}（創業${D.num(21, 96)}年）</div>
</div></div></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<p class="content-nav"><a href="#">&laquo; ${esc(news[news.length - 1].text)}</a> | <a href="/">メインページ</a> | <a href="#">${esc(news[0].text)} &raquo;</a></p>
${dateHeader}
<div id="entry-${D.num(100, 999)}" class="entry-asset asset hentry">
<div class="asset-header"><h1 id="page-title" class="asset-name entry-title">${esc(rel.title)}</h1></div>
<div class="asset-content entry-content"><div class="asset-body">
${article}
</div></div>
<div class="asset-footer"><div class="entry-categories"><h4>カテゴリ<span class="delimiter">:</span></h4><ul><li class="entry-category"><a href="#">お知らせ</a></li></ul></div>
<div class="entry-tags"><h4>タグ<span class="delimiter">:</span></h4><ul><li><a rel="tag">重要</a></li><li><a rel="tag">お知らせ</a></li></ul></div>
<p class="byline">投稿者: <span class="vcard author">${author}</span> ${entryFooterDate} | <a href="#">パーマリンク</a> | <a href="#">コメント (0)</a> | <a href="#">トラックバック (${ri(2, 9)})</a></p></div>
</div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-calendar widget"><h3 class="widget-header">カレンダー</h3><div class="widget-content">${cal}</div></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のエントリー</h3><div class="widget-content"><ul>${news.map((n) => `<li><a href="#">${esc(n.text)}</a><br /><span class="date">${n.label}</span></li>`).join('')}</ul></div></div>
<div class="widget-tag-cloud widget"><h3 class="widget-header">タグクラウド</h3><div class="widget-content"><ul class="widget-list">${shuffle(TAGS).slice(0, 9).map((t) => `<li class="rank-${ri(1, 6)} widget-list-item"><a>${t}</a></li>`).join(' ')}</ul></div></div>
<div class="widget-archive-monthly widget"><h3 class="widget-header">月別アーカイブ</h3><div class="widget-content"><ul>${[0, 1, 2, 3].map((k) => { const m = addDays({ y: pub.y, mo: pub.mo, d: 1 }, -28 * k - 1); return `<li><a>${m.y}年${m.mo}月 (${D.num(11, 39)})</a></li>`; }).join('')}</ul></div></div>
<div class="widget"><h3 class="widget-header">会社概要</h3><div class="widget-content">${ff.facts.map(([k, v]) => `${k}：${v}`).join('<br />')}</div></div>
<div class="widget-syndication widget"><div class="widget-content"><a href="/atom.xml">このブログのフィードを取得</a> [<a href="#">フィードとは</a>]</div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content">${ff.addr} TEL:${ff.phone}<br />Copyright &copy; ${pub.y - ri(0, 8)}-${pub.y} ${orgMode === 'title' ? '' : esc(org)} All rights reserved. Powered by Movable Type Pro</div></div></div>
</div></div>
<script type="text/javascript">var mtCommenter={entry_id:${D.num(100, 999)},blog_id:${ri(1, 9)},ts:"${iso(D.date(-200, -100))} 12:00:00"};</script>
</body>
</html>`;
  return { html, ogSiteName, jsonLd, variant: `calendar-${cm.y}-${pad2(cm.mo)}` };
}

function next(ctx) {
  const { rel, pub, D, orgMode, dateMode } = ctx;
  const org = rel.org;
  const pageTitle = pageTitleFor(rel.title, org, orgMode, dateMode, pub, pick([' | ', ' - ']));
  const { meta, ogSiteName, jsonLd } = headAndMeta({ title: rel.title, pageTitle, org, orgMode, pub, dateMode, D, charset: 'utf-8' });
  const dl = dateLine(pub, dateMode, D, ['dot', 'slash0', 'kanji', 'en']);
  const news = newsItems(D, pub, ri(4, 6), { fmtKind: 'dot' });
  const ff = footerFacts(D, 'corp');
  const h = (s) => `${s}__${['x7Ab2', 'Qm3k9', 'Zp0Lq', 'a1B2c'][s.length % 4]}`;
  const article = bodyHtml(rel.body, {
    heading: (l, hh) => `<h${Math.min(6, l)} class="${h('Article_heading')}">${hh}</h${Math.min(6, l)}>`,
    para: (t) => `<p class="${h('Article_paragraph')}">${inline(t)}</p>`,
    note: (inner) => `<aside class="${h('Callout_root')}" role="note">${inner}</aside>`,
    table: (b) => `<div class="${h('Table_scroll')}">${tableHtml(b, { cls: h('Table_table') })}</div>`,
  });
  const stock = D.num(800, 9800);
  const ticker = `<div class="${h('Ticker_root')}" aria-hidden="true"><span>株価 ${comma(stock)}円（${fmt(D.date(-3, -1), 'slash')} 終値）</span><span>前日比 +${D.num(11, 99)}円</span><span>売上高 ${comma(D.num(1200, 98000))}百万円</span><span>営業利益 ${comma(D.num(100, 9000))}百万円（第${ri(2, 4)}四半期決算）</span></div>`;
  const paras = blocks(rel.body).filter((b) => b.type === 'p').slice(0, 2).map((b) => b.text);
  const nextData = {
    props: {
      pageProps: {
        article: { slug: `news-${iso(pub).replace(/-/g, '')}`, title: rel.title, ...(['jsonld', 'title', 'time'].includes(dateMode) ? {} : { publishedAt: `${iso(pub)}T00:00:00.000Z` }), category: 'お知らせ', lead: paras, updatedAt: `${iso(D.date(3, 30))}T02:00:00.000Z` },
        related: news.slice(0, 3).map((n) => ({ title: n.text, date: iso(n.date), views: D.num(100, 9999) })),
        site: { name: orgMode === 'copyright' || orgMode === 'logoalt' ? undefined : org, employees: D.num(100, 9000) },
      },
      __N_SSG: true,
    },
    page: '/news/[slug]', query: { slug: `news-${iso(pub).replace(/-/g, '')}` }, buildId: `b${ri(100000, 999999)}`, isFallback: false, gsp: true, scriptLoader: [],
  };
  const dateEl = dl.html ? `<p class="${h('Article_meta')}">${dl.html}</p>` : dl.time ? `<p class="${h('Article_meta')}"><time dateTime="${iso(pub)}">${dl.text}</time></p>` : '';
  const logo = orgMode === 'logoalt' ? `<img alt="${esc(org)}" src="/_next/static/media/logo.5f3a.svg" width="160" height="32" decoding="async">` : orgMode === 'copyright' ? `<img alt="" src="/_next/static/media/logo.5f3a.svg" width="160" height="32">` : `<span class="${h('Header_brand')}">${esc(org)}</span>`;
  const html = `<!DOCTYPE html><html lang="ja"><head>${meta.replace(/\n/g, '')}<meta name="next-head-count" content="9"><link rel="preload" href="/_next/static/css/3b1c7e.css" as="style"><style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#1a1a1a}
h1,h2,h3,h4,h5,h6,th,dt,b,strong{font-weight:normal}
h1{font-size:28px;letter-spacing:.04em}h2{border-left:6px solid #111;padding-left:10px}strong{background:linear-gradient(transparent 60%,#ff6 60%)}
.${h('Header_root')}{position:fixed;top:0;left:0;right:0;height:56px;background:#111;color:#fff;display:flex;align-items:center;gap:24px;padding:0 24px;z-index:10}
.${h('Ticker_root')}{position:fixed;top:56px;left:0;right:0;background:#ffe;font-size:11px;padding:2px 24px;display:flex;gap:24px;z-index:10}
.${h('Layout_main')}{max-width:1040px;margin:0 auto;padding:96px 24px 90px;display:grid;grid-template-columns:1fr 260px;gap:32px}
.${h('Callout_root')}{background:#eef6ff;border:1px solid #9bc;border-radius:6px;padding:8px 14px;margin:12px 0}
.${h('Footer_root')}{position:fixed;bottom:0;left:0;right:0;height:44px;background:#f4f4f4;font-size:11px;padding:4px 24px;border-top:1px solid #ccc}
table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:4px 8px}
</style></head><body><div id="__next"><div class="${h('Layout_root')}">
<header class="${h('Header_root')}"><a href="/">${logo}</a><nav><a href="/company">会社情報</a> <a href="/ir">IR</a> <a href="/news">ニュース</a> <a href="/recruit">採用</a></nav></header>
${ticker}
<main class="${h('Layout_main')}"><article class="${h('Article_root')}"><nav class="${h('Breadcrumb_root')}"><ol><li><a href="/">TOP</a></li><li><a href="/news">ニュース</a></li><li>${esc(rel.title)}</li></ol></nav>
${dateEl}<h1 class="${h('Article_title')}">${esc(rel.title)}</h1>
<div class="${h('Article_body')}">${article}</div></article>
<aside class="${h('Sidebar_root')}"><section><h2>関連ニュース</h2><ul>${news.map((n) => `<li><time dateTime="${iso(n.date)}">${n.label}</time><a href="#">${esc(n.text)}</a></li>`).join('')}</ul></section>
<section><h2>IRカレンダー</h2><dl><dt>${fmt(D.date(10, 70), 'kanji')}</dt><dd>決算発表（予定）</dd><dt>${fmt(D.date(10, 70), 'kanji')}</dt><dd>株主総会</dd></dl></section></aside></main>
<footer class="${h('Footer_root')}">${ff.addr}｜${ff.facts.map(([k, v]) => `${k} ${v}`).join('｜')}<br>© ${pub.y} ${orgMode === 'title' ? '' : esc(org)}</footer>
</div></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script><script src="/_next/static/chunks/main-${ri(1000, 9999)}.js" defer></script></body></html>`;
  return { html, ogSiteName, jsonLd, variant: 'fixed-overlays' };
}

function bscms(ctx) {
  const { rel, pub, D, orgMode, dateMode } = ctx;
  const org = rel.org;
  const kind = /病院|医療|クリニック|医院|診療|ヘルス|メディカル/.test(org) ? 'hospital' : /大学|学校|学園|高校|中学|小学|教育/.test(org) ? 'school' : /[都道府県市区町村]$|[省庁]$|機構|センター|協会|財団/.test(org) ? 'gov' : pick(['hospital', 'school', 'gov']);
  const pageTitle = pageTitleFor(rel.title, org, orgMode, dateMode, pub, pick([' | ', '｜']));
  const { meta, ogSiteName, jsonLd } = headAndMeta({ title: rel.title, pageTitle, org, orgMode, pub, dateMode, D, charset: 'utf-8' });
  const dl = dateLine(pub, dateMode, D, ['R', 'reiwaFW', 'kanji0', 'slash', 'reiwa']);
  const news = newsItems(D, pub, ri(4, 6), { fmtKind: pick(['slash0', 'kanji', 'R']) });
  const ff = footerFacts(D, kind === 'gov' ? 'muni' : kind);
  const article = bodyHtml(rel.body, {
    heading: (l, h) => `<h${Math.min(6, l + 1)} class="${l <= 2 ? 'border-start border-4 border-primary ps-2 mt-4' : 'h6 fw-bold mt-3'}">${h}</h${Math.min(6, l + 1)}>`,
    para: (t) => `<p>${inline(t)}</p>`,
    note: (inner) => `<div class="alert alert-secondary" role="note">${inner}</div>`,
    table: (b) => `<div class="table-responsive">${tableHtml(b, { cls: 'table table-bordered table-sm' })}</div>`,
  });
  let infoBox;
  if (kind === 'hospital') {
    infoBox = `<div class="card mb-3"><div class="card-header bg-success text-white">外来受付時間</div><div class="card-body p-2"><table class="table table-sm mb-1"><tr><th></th><th>月〜金</th><th>土</th></tr><tr><th>午前</th><td>8:30〜11:30</td><td>8:30〜11:00</td></tr><tr><th>午後</th><td>13:00〜16:00</td><td>休診</td></tr></table><small>${ff.facts.map(([k, v]) => `${k} ${v}`).join('／')}</small></div></div>`;
  } else if (kind === 'school') {
    infoBox = `<div class="card mb-3"><div class="card-header bg-primary text-white">大学概要</div><ul class="list-group list-group-flush">${ff.facts.map(([k, v]) => `<li class="list-group-item">${k}<span class="float-end">${v}</span></li>`).join('')}<li class="list-group-item">就職率<span class="float-end">${D.num(91, 99)}.${ri(1, 9)}%</span></li></ul></div>`;
  } else {
    infoBox = `<div class="card mb-3"><div class="card-header">窓口のご案内</div><div class="card-body small">開庁時間 8:30〜17:15<br>${ff.facts.map(([k, v]) => `${k} ${v}`).join('<br>')}<br>（${fmt(D.date(-50, -10), 'reiwa')}現在）</div></div>`;
  }
  const banner = kind === 'hospital' ? `<div class="alert alert-danger py-1 mb-0 text-center small">【休診のお知らせ】${fmt(D.date(5, 40), 'kanji')}（${pick(['月', '火', '水', '木', '金'])}）は${pick(['整形外科', '眼科', '皮膚科', '耳鼻咽喉科'])}を休診いたします</div>` : kind === 'school' ? `<div class="alert alert-warning py-1 mb-0 text-center small">${fmt(D.date(5, 60), 'kanji')} オープンキャンパス開催（定員${D.num(100, 600, 10)}名・要予約）</div>` : `<div class="alert alert-info py-1 mb-0 text-center small">${fmt(D.date(3, 50), 'kanji')}から${pick(['マイナンバーカード', '証明書コンビニ交付', '電子申請'])}の受付時間が変わります</div>`;
  const accordion = `<div class="accordion my-4" id="faq"><h2 class="h6">よくある質問</h2>${[['面会はできますか', `面会時間は14時〜19時、1回${D.num(15, 45)}分以内です。`], ['駐車場はありますか', `${D.num(60, 480)}台分の駐車場がございます。`]].map(([q, a], k) => `<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button${k ? ' collapsed' : ''}" type="button">${q}</button></h3><div class="accordion-collapse collapse${k ? '' : ' show'}"><div class="accordion-body">${a}</div></div></div>`).join('')}</div>`;
  const feedback = kind === 'gov' || chance(0.4) ? `<form class="border rounded p-3 my-4 bg-light"><p class="fw-bold mb-1">このページの情報は役に立ちましたか</p><label><input type="radio" name="q1"> 役に立った</label> <label><input type="radio" name="q1"> どちらともいえない</label> <label><input type="radio" name="q1"> 役に立たなかった</label><p class="fw-bold mb-1 mt-2">このページの情報は見つけやすかったですか</p><label><input type="radio" name="q2"> 見つけやすかった</label> <label><input type="radio" name="q2"> 見つけにくかった</label><br><button class="btn btn-sm btn-primary mt-2">送信</button></form>` : '';
  const dateEl = dl.html ? `<p class="text-muted small text-end">${dl.html}</p>` : dl.time ? `<p class="text-muted small text-end"><time datetime="${iso(pub)}">${dl.text}</time></p>` : '';
  const brand = orgMode === 'logoalt' ? `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${esc(org)}" width="220" height="44">` : orgMode === 'copyright' ? `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="トップページへ" width="220" height="44">` : `<span class="fs-4 fw-bold">${esc(org)}</span>`;
  const cards = news.slice(0, 3).map((n) => `<div class="col"><div class="card h-100"><div class="card-body"><small class="text-muted">${n.label}</small><p class="card-text">${esc(n.text)}</p></div></div></div>`).join('');
  const html = `<!doctype html>
<html lang="ja">
<head>
${meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
<style>
body{font-family:"Noto Sans CJK JP",sans-serif;margin:0;font-size:15px}
h1,h2,h3,h4,h5,h6,th,dt,b,strong{font-weight:normal}
h1,h2,h3{color:#155}.card-header{color:#133}
.container{max-width:1080px;margin:0 auto;padding:0 16px}.row{display:flex;gap:24px}.col-lg-8{flex:0 0 66%}.col-lg-4{flex:0 0 30%}
.card{border:1px solid #ccd;border-radius:6px;margin-bottom:12px}.card-header{padding:6px 10px;font-weight:bold;background:#e9eef5}.card-body{padding:8px 10px}
.alert{padding:8px 12px;border:1px solid #ccc;border-radius:4px;margin:10px 0}.alert-secondary{background:#f1f1f1}.alert-danger{background:#fde;color:#900}.alert-warning{background:#ffd}.alert-info{background:#eef}
.table{border-collapse:collapse;width:100%}.table td,.table th{border:1px solid #999;padding:4px 6px}
.row-cols-3{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
.sticky-top{position:sticky;top:0;background:#fff;border-bottom:2px solid #2a6;z-index:5}
.collapse:not(.show){display:none}
@media print{.navbar-nav,.accordion{display:none}form{display:block}}
</style>
</head>
<body>
<a class="visually-hidden-focusable" href="#main">本文へ移動</a>
${banner}
<header class="sticky-top"><div class="container d-flex py-2"><a class="navbar-brand" href="/">${brand}</a>
<ul class="navbar-nav" style="display:flex;gap:16px;list-style:none"><li>${kind === 'hospital' ? '外来のご案内' : kind === 'school' ? '入試情報' : 'くらし'}</li><li>${kind === 'hospital' ? '入院のご案内' : kind === 'school' ? '学部・大学院' : '手続き'}</li><li>アクセス</li><li>お問い合わせ</li></ul></div></header>
<div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb" style="display:flex;gap:6px;list-style:none;padding:0;font-size:13px"><li class="breadcrumb-item"><a href="/">ホーム</a> &gt;</li><li class="breadcrumb-item"><a href="/news/">お知らせ</a> &gt;</li><li class="breadcrumb-item active">${esc(rel.title)}</li></ol></nav>
<div class="row">
<main id="main" class="col-lg-8">
<h1 class="h3 border-bottom pb-2">${esc(rel.title)}</h1>
${dateEl}
<div class="cms-body">${article}</div>
${accordion}
${feedback}
<section class="my-4"><h2 class="h6">新着情報</h2><div class="row-cols-3">${cards}</div></section>
</main>
<aside class="col-lg-4">
${infoBox}
<div class="card mb-3"><div class="card-header">お知らせ一覧</div><ul class="list-group list-group-flush small">${news.map((n) => `<li class="list-group-item">${n.label}<br>${esc(n.text)}</li>`).join('')}</ul></div>
<div class="card"><div class="card-header">アクセス</div><div class="card-body small">${ff.addr}<br>TEL ${ff.phone}<br>${pick(['JR', '地下鉄', '市営バス'])}「${pick(['中央', '北口', '病院前', '大学前'])}」${pick(['駅', '停留所'])}から徒歩${ri(3, 19)}分</div></div>
</aside>
</div>
</div>
<footer class="bg-dark text-white mt-5 py-3" style="background:#223;color:#eee;padding:14px"><div class="container small">${orgMode === 'title' || orgMode === 'ogsite' ? `${esc(org)}<br>` : ''}${ff.addr}　TEL ${ff.phone}　FAX ${ff.fax}<br>Copyright © ${orgMode === 'copyright' || orgMode === 'logoalt' ? `${pub.y} ${esc(org)}` : `${pub.y - 3}-${pub.y}`}. All Rights Reserved.</div></footer>
<div class="cookie-consent position-fixed bottom-0 start-0 end-0 p-2 small" style="position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:8px">閲覧状況の把握のためCookieを利用しています（訪問者数 ${comma(D.num(1000, 99000))}人／月）。<button class="btn btn-light btn-sm">OK</button></div>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"page_view","page_id":${D.num(100, 9999)},"modified":"${iso(D.date(1, 30))}"});</script>
</body>
</html>`;
  return { html, ogSiteName, jsonLd, variant: kind };
}

// ---------- documents ----------
function documentHtml(rel, pub, D) {
  const addressee = pick(/大学|学校|学園/.test(rel.org) ? ['保護者各位', '学生・教職員各位', '関係者各位'] : /病院|医療|クリニック/.test(rel.org) ? ['患者様各位', '関係者各位', '地域の皆様へ'] : ['お客様各位', '関係者各位', 'お取引先各位', '会員の皆様へ']);
  const titles = /株式会社|有限会社|合同会社/.test(rel.org) ? ['代表取締役社長', '代表取締役', '代表取締役社長執行役員'] : /病院|医療|クリニック/.test(rel.org) ? ['院長', '理事長', '病院長'] : /大学|学校|学園/.test(rel.org) ? ['学長', '理事長', '校長'] : /[都道府県市区町村]$/.test(rel.org) ? [/[都道府県]$/.test(rel.org) ? '知事' : `${rel.org.slice(-1)}長`] : ['理事長', '会長', '代表理事'];
  const rep = D.other(`${pick(titles)}　${person()}`);
  const dk = pick(['reiwa', 'kanji', 'reiwaFW']);
  const twoCol = chance(0.5);
  let hn = 0;
  const num = ['１', '２', '３', '４', '５', '６', '７', '８', '９', '10', '11', '12', '13', '14', '15'];
  const body = bodyHtml(rel.body, {
    heading: (l, h, raw) => {
      const already = /^[\s■●◆【（(]*[0-9０-９一二三四五六七八九十]+[.．、)）\s]/.test(raw) || /^[（(][0-9０-９]+[)）]/.test(raw);
      if (l <= 2) { hn++; return `<h2>${already ? '' : `${num[hn - 1] ?? hn}．`}${h}</h2>`; }
      return `<h3>${h}</h3>`;
    },
    para: (t) => `<p>${inline(t)}</p>`,
    note: (inner) => `<div class="note">${inner}</div>`,
    table: (b) => tableHtml(b, { border: false, spans: true }),
  });
  const hasKi = /^記\s*$/m.test(rel.body);
  const ref = twoCol ? D.other(`${pick(['総発', '情セ', '管'])}第${D.num(100, 999)}号`) : '';
  const head = twoCol
    ? `<table class="hdr"><tr><td class="l">${addressee}</td><td class="r">${ref}<br>${fmt(pub, dk)}<br>${esc(rel.org)}<br>${rep}</td></tr></table>`
    : `<p class="r">${fmt(pub, dk)}</p><p>${addressee}</p><p class="r">${esc(rel.org)}<br>${rep}</p>`;
  const html = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(rel.title)}</title><style>
@page{size:A4;margin:25mm 22mm 22mm 25mm;@bottom-center{content:"- " counter(page) " -";font-size:9pt}}
body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.7}
.r{text-align:right}.hdr{width:100%;border:none}.hdr td{border:none;vertical-align:top}.hdr .r{text-align:right}
h1{text-align:center;font-size:15pt;margin:24px 0;font-weight:normal;letter-spacing:.1em}
h2{font-size:11pt;margin:14px 0 4px;font-weight:normal}h3{font-size:10.5pt;margin:10px 0 4px 1em;font-weight:normal}th,strong,b{font-weight:normal}
p{margin:4px 0;text-indent:1em}
table:not(.hdr){border-collapse:collapse;width:100%;margin:6px 0}
table:not(.hdr) td,table:not(.hdr) th{border:1px solid #000;padding:3px 5px;vertical-align:top;word-break:break-all}
thead{display:table-header-group}tr{break-inside:avoid}
.note{border:1px solid #000;padding:4px 8px;margin:6px 0}
.ki{text-align:center;margin:12px 0}.end{text-align:right;margin-top:18px}
.fn{border-top:1px solid #000;margin-top:24px;font-size:8.5pt;width:40%}
</style></head><body>
${head}
<h1>${esc(rel.title)}</h1>
${hasKi ? '' : '<p class="ki">記</p>'}
${body}
<p class="end">以上</p>
<div class="fn">※本書面は${esc(rel.org)}のウェブサイトにも掲載しております。</div>
</body></html>`;
  return { html, rep, variant: twoCol ? 'two-column-header' : 'stacked-header' };
}

// ---------- main ----------
const drawn = shuffle(candidates).slice(0, N).sort();
const STYLES = ['wpblock', 'muni', 'soup', 'mt', 'next', 'bscms'];
// 40 pages: muni 7 (Shift_JIS), mt 7 (5 EUC-JP, 2 UTF-8), wpblock 7, soup 7, next 6, bscms 6 → 12 legacy
const styleSlots = shuffle([...Array(7).fill('wpblock'), ...Array(7).fill('muni'), ...Array(7).fill('soup'), ...Array(7).fill('mt'), ...Array(6).fill('next'), ...Array(6).fill('bscms')]);
const mtEnc = shuffle(['EUC-JP', 'EUC-JP', 'EUC-JP', 'EUC-JP', 'EUC-JP', 'utf-8', 'utf-8']);
const DATE_MODES = ['published', 'published+updated', 'updated-first', 'bare', 'time', 'jsonld', 'title'];
const ORG_MODES = ['title', 'ogsite', 'logoalt', 'copyright'];
const dateModes = shuffle(Array.from({ length: N }, (_, k) => DATE_MODES[k % DATE_MODES.length]));
const orgModes = shuffle(Array.from({ length: N }, (_, k) => ORG_MODES[k % ORG_MODES.length]));
const docIdx = new Set(shuffle([...Array(N).keys()]).slice(0, 10));
const PAPERS = ['A4', 'A4', 'B5', 'Letter', 'A4 landscape', 'Letter landscape', 'B5', 'A4'];

// html/, sources/ and the documents' HTML are rewritten; the prints (pdf/, doc/*.pdf) and README.md are kept
for (const d of ['html', 'sources']) rmSync(join(OUT, d), { recursive: true, force: true });
for (const d of ['html', 'pdf', 'doc', 'sources']) mkdirSync(join(OUT, d), { recursive: true });
for (const f of readdirSync(join(OUT, 'doc'))) if (f.endsWith('.html')) rmSync(join(OUT, 'doc', f));
const manifest = [];
const origin = [];
let mtK = 0;
drawn.forEach((relPath, k) => {
  const id = `m${pad2(k + 1)}`;
  const md = readFileSync(join(ARCHIVE, relPath), 'utf8');
  const rel = parseRelease(md);
  const pub = { y: rel.y, mo: rel.mo, d: rel.d };
  const style = styleSlots[k];
  const charset = style === 'muni' ? 'Shift_JIS' : style === 'mt' ? mtEnc[mtK++] : 'utf-8';
  const D = decoyMaker(stripMeta(md), pub);
  const ctx = { rel, pub, D, orgMode: orgModes[k], dateMode: dateModes[k], charset, id };
  const out = { wpblock, muni, soup, mt, next, bscms }[style](ctx);
  const htmlFile = `html/${style}-${id}.html`;
  if (charset === 'utf-8') writeFileSync(join(OUT, htmlFile), out.html);
  else {
    const { bytes, ncrs } = encodeLegacy(out.html, charset);
    writeFileSync(join(OUT, htmlFile), bytes);
    if (ncrs.length) out.ncrs = ncrs;
  }
  writeFileSync(join(OUT, `sources/${id}.md`), stripMeta(md));
  let doc = null;
  let docVariant = null;
  if (docIdx.has(k)) {
    const dd = documentHtml(rel, pub, D);
    writeFileSync(join(OUT, `doc/${id}.html`), dd.html);
    doc = `doc/${id}.pdf`;
    docVariant = dd.variant;
  }
  const paper = pick(PAPERS);
  const headerFooter = chance(0.4) || ctx.dateMode === 'title';
  let margins = pick(['default', 'default', 'none', 'small']);
  if (headerFooter && margins === 'none') margins = 'default'; // Chromium drops its header and footer at margin 0
  origin.push(`${id}\t${relPath}`);
  manifest.push({
    id,
    archive: relPath,
    source: `sources/${id}.md`,
    html: htmlFile,
    style,
    variant: out.variant,
    encoding: charset,
    pdf: `pdf/${style}-${id}.pdf`,
    pdfPage: { paper, headerFooter, margins },
    doc,
    docVariant,
    org: rel.org,
    orgMode: ctx.orgMode,
    title: rel.title,
    publishedAt: iso(pub),
    dateMode: ctx.dateMode,
    metadata: { ogSiteName: out.ogSiteName, jsonLd: out.jsonLd },
    decoyValues: D.decoyValues,
    decoyDates: D.decoyDates,
    decoyOther: D.decoyOther,
    ...(out.ncrs ? { numericCharRefs: out.ncrs } : {}),
  });
});
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
writeFileSync(join(OUT, 'ORIGIN.txt'), `${origin.join('\n')}\n`);
console.error(`wrote ${manifest.length} pages, ${manifest.filter((m) => m.doc).length} documents to ${OUT}`);
