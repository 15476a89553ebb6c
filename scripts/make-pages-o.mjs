#!/usr/bin/env node
// Blind page set pages-o (issue #12 style), made without reading the tool's code or earlier sets.
// 40 archive releases (seeded uniform draw over releases not in /work/staging/pages-used.txt, single-release
// files, 本文 ≥ 400 chars), each rendered whole as a news page in one of six site styles:
//   wpblock   WordPress block theme: mega-menu, page-builder two-column <table>, share counts, related posts
//   sjistable old municipal table layout (width=760, <font>/<center>, left menu, 人口/世帯数), Shift_JIS
//   builder   no-code builder div soup (absolutely positioned boxes, text split into spans), clinic site
//   mtblog    Movable Type blog: archive calendar, tag cloud, entry meta (some EUC-JP)
//   nextjs    Next.js IR page: __NEXT_DATA__ holding part of the text, fixed header/footer, cookie modal, ticker
//   bscms     Bootstrap CMS for a hospital/school: cards, accordions, 診療時間/学生数 info boxes
// Then scripts/print-pages-o.mjs prints them (and the 10 Word-style documents written here) to PDF.
//
//   node scripts/make-pages-o.mjs [--seed 20261206]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const OUT = join(ROOT, 'fixtures', 'pages-o');
const ARCHIVE = '/work/shared/archive';
const USED = '/work/staging/pages-used.txt';
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 20261206;

// ---------- seeded randomness ----------
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const ri = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
function shuffle(r, xs) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------- choose releases ----------
const used = new Set(readFileSync(USED, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean));
function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}
const files = ['2024', '2025', '2026'].flatMap((y) => walk(join(ARCHIVE, y))).map((p) => relative(ARCHIVE, p));

function parseRelease(rel) {
  const md = readFileSync(join(ARCHIVE, rel), 'utf8');
  if ((md.match(/^# 本文[ \t]*$/gm) ?? []).length !== 1) return null;
  if ((md.match(/^# 公表概要/gm) ?? []).length > 1) return null;
  const [head, body] = md.split(/^# 本文[ \t]*$/m);
  const items = head.split(/^# /m)[1]?.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim()) ?? [];
  const [title, dateText, org] = items;
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(dateText ?? '');
  if (!title || !org || !m) return null;
  const bodyText = body.trim();
  if (bodyText.replace(/\s+/g, '').length < 400) return null;
  // source: the release without # 事案ID / # 公表種別
  const source = md.replace(/^# (?:事案ID|公表種別)[ \t]*\n(?:(?!# ).*\n)*/gm, '');
  return { rel, md, source, title, org, y: +m[1], mo: +m[2], d: +m[3], body: bodyText };
}
const candidates = files.filter((f) => !used.has(f)).map(parseRelease).filter(Boolean);
const chosen = shuffle(rand, candidates).slice(0, 40);

// ---------- numbers and dates a release states (all numeral forms) ----------
const KD = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KU = { 十: 10, 百: 100, 千: 1000 };
function kanjiValue(s) {
  let total = 0;
  let section = 0;
  let digit = null;
  for (const ch of s) {
    if (ch in KD) digit = digit === null ? KD[ch] : digit * 10 + KD[ch];
    else if (ch in KU) {
      section += (digit ?? 1) * KU[ch];
      digit = null;
    } else if (ch === '万' || ch === '億') {
      total += (section + (digit ?? 0)) * (ch === '万' ? 1e4 : 1e8);
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}
function statedNumbers(text) {
  const t = text.normalize('NFKC');
  const vals = new Set();
  for (const m of t.matchAll(/[0-9][0-9,.]*/g)) {
    const s = m[0].replace(/[,.]+$/, '');
    vals.add(Number(s.replace(/,/g, '')));
    for (const part of s.split(/[,.]/)) vals.add(Number(part));
    const n = Number(s.replace(/,/g, ''));
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (after === '万') vals.add(Math.round(n * 1e4));
    if (after === '千') vals.add(Math.round(n * 1e3));
    if (after === '億') vals.add(Math.round(n * 1e8));
  }
  // mixed 1万2,000 / 1万2千
  for (const m of t.matchAll(/([0-9]+)万([0-9,]+)/g)) vals.add(Number(m[1]) * 1e4 + Number(m[2].replace(/,/g, '')));
  for (const m of t.matchAll(/[〇零一二三四五六七八九十百千万億]+/g)) if (m[0].length > 0) vals.add(kanjiValue(m[0]));
  return vals;
}
function statedDates(text, pubYear) {
  const t = text.normalize('NFKC');
  const full = new Set();
  const monthDays = new Set();
  const add = (y, mo, d) => {
    monthDays.add(`${+mo}-${+d}`);
    if (y) full.add(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  };
  for (const m of t.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g)) add(m[1], m[2], m[3]);
  for (const m of t.matchAll(/(?:令和|R)(\d{1,2}|元)[年.](\d{1,2})[月.](\d{1,2})/g)) add(2018 + (m[1] === '元' ? 1 : +m[1]), m[2], m[3]);
  for (const m of t.matchAll(/(?:(\d{4})[/.-])?(\d{1,2})[/.-](\d{1,2})(?!\d)/g)) add(m[1], m[2], m[3]);
  void pubYear;
  return { full, monthDays };
}

// ---------- markdown body → HTML ----------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function splitSpans(r, text) {
  // text is plain (unescaped); cut into 3–14 character spans
  const chars = [...text];
  const out = [];
  for (let i = 0; i < chars.length; ) {
    const n = ri(r, 3, 14);
    out.push(`<span class="t${ri(r, 1, 4)}">${esc(chars.slice(i, i + n).join(''))}</span>`);
    i += n;
  }
  return out.join('');
}
function inline(s, opt = {}) {
  const r = opt.r;
  const txt = (x) => (opt.split ? splitSpans(r, x) : esc(x));
  const out = [];
  const re = /<img[^>]*>|<br\s*\/?>|\*\*([^*]+)\*\*|\[([^\]]*)\]\(([^)]*)\)/gi;
  let last = 0;
  for (const m of s.matchAll(re)) {
    out.push(txt(s.slice(last, m.index)));
    if (/^<img/i.test(m[0])) {
      const alt = /alt="([^"]*)"/.exec(m[0])?.[1] ?? '';
      out.push(`<span class="img-ph" role="img" aria-label="${esc(alt)}"></span>`);
    } else if (/^<br/i.test(m[0])) out.push('<br>');
    else if (m[1] !== undefined) out.push(`<strong>${txt(m[1])}</strong>`);
    else {
      const [label, url] = [m[2], m[3]];
      out.push(`<a href="${esc(url)}">${txt(label)}</a>`);
      if (label.trim() !== url.trim()) out.push(`（${esc(url)}）`);
    }
    last = m.index + m[0].length;
  }
  out.push(txt(s.slice(last)));
  return out.join('');
}
function parseBlocks(body) {
  const lines = body.split('\n');
  const blocks = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    let m;
    if ((m = /^(#{2,6})\s+(.*)$/.exec(line))) {
      blocks.push({ type: 'h', level: m[1].length, text: m[2].trim() });
      i++;
    } else if (/^\s*\|/.test(line)) {
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      const cells = rows
        .filter((r) => !/^\s*\|[\s:|-]+\|\s*$/.test(r))
        .map((r) => r.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()));
      blocks.push({ type: 'table', rows: cells });
    } else if (/^\s*(?:[-*]|[0-9]+\.)\s+/.test(line)) {
      const items = [];
      const ordered = /^\s*[0-9]+\.\s/.test(line);
      while (i < lines.length && /^\s*(?:[-*]|[0-9]+\.)\s+/.test(lines[i])) {
        const mm = /^(\s*)(?:[-*]|[0-9]+\.)\s+(.*)$/.exec(lines[i++]);
        items.push({ depth: mm[1].length >= 2 ? 1 : 0, text: mm[2] });
      }
      blocks.push({ type: 'list', ordered, items });
    } else {
      const para = [];
      while (i < lines.length && lines[i].trim() && !/^(#{2,6})\s|^\s*\||^\s*(?:[-*]|[0-9]+\.)\s+/.test(lines[i])) para.push(lines[i++]);
      blocks.push({ type: 'p', lines: para });
    }
  }
  return blocks;
}
function tableHtml(rows, { merge, cls = '', r }) {
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((x) => x.length));
  const grid = rows.map((row) => Array.from({ length: width }, (_, k) => ({ text: row[k] ?? '', rs: 1, cs: 1, skip: false })));
  if (merge) {
    // rowspan: identical non-empty first-column cells in consecutive body rows
    for (let k = 1; k < grid.length; k++) {
      let top = k;
      while (top > 1 && grid[top - 1][0].skip) top--;
      const anchor = grid[k - 1][0].skip ? grid[top - 1][0] : grid[k - 1][0];
      if (k > 1 && grid[k][0].text && grid[k][0].text === anchor.text) {
        anchor.rs++;
        grid[k][0].skip = true;
      }
    }
    // colspan: a non-empty cell followed by empty cells
    for (const row of grid) {
      for (let k = 0; k < row.length; k++) {
        if (row[k].skip || !row[k].text) continue;
        let j = k + 1;
        while (j < row.length && !row[j].text && !row[j].skip) {
          row[k].cs++;
          row[j].skip = true;
          j++;
        }
      }
    }
  }
  const tr = (row, tag) => `<tr>${row.filter((c) => !c.skip).map((c) => `<${tag}${c.rs > 1 ? ` rowspan="${c.rs}"` : ''}${c.cs > 1 ? ` colspan="${c.cs}"` : ''}>${inline(c.text, { r })}</${tag}>`).join('')}</tr>`;
  return `<table class="${cls}"><thead>${tr(grid[0], 'th')}</thead><tbody>${grid.slice(1).map((row) => tr(row, 'td')).join('\n')}</tbody></table>`;
}
/** The whole 本文 as HTML. opts: {r, split, merge, noteWrap(html)→html, hShift, tableCls, paraTag} */
function bodyHtml(blocks, opts) {
  const { r } = opts;
  const out = [];
  let inContact = false;
  for (const b of blocks) {
    if (b.type === 'h') {
      inContact = /問い?合わせ|窓口|連絡先/.test(b.text);
      const lv = Math.min(6, b.level + (opts.hShift ?? 0));
      out.push(`<h${lv}${opts.hCls ? ` class="${opts.hCls}"` : ''}>${inline(b.text, opts)}</h${lv}>`);
    } else if (b.type === 'table') out.push(tableHtml(b.rows, { merge: opts.merge, cls: opts.tableCls ?? '', r }));
    else if (b.type === 'list') {
      const tag = b.ordered ? 'ol' : 'ul';
      let html = `<${tag}>`;
      let depth = 0;
      for (const it of b.items) {
        if (it.depth > depth) html += '<ul>';
        if (it.depth < depth) html += '</ul>';
        depth = it.depth;
        html += `<li>${inline(it.text, opts)}</li>`;
      }
      if (depth) html += '</ul>';
      out.push(html + `</${tag}>`);
    } else {
      const inner = b.lines.map((l) => inline(l.trim(), opts)).join('<br>\n');
      const isNote = /^(?:※|＊|\*|注|（注|\(注|なお、)/.test(b.lines[0].trim());
      const tag = opts.paraTag ?? 'p';
      const para = `<${tag}>${inner}</${tag}>`;
      if ((isNote || inContact) && opts.noteWrap) out.push(opts.noteWrap(para, inContact ? 'contact' : 'note'));
      else out.push(para);
    }
  }
  return out.join('\n');
}

// ---------- dates ----------
const pad2 = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`;
const fw = (s) => String(s).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function shiftDate(y, m, d, days) {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}
const wareki = (y) => (y - 2018 === 1 ? '元' : String(y - 2018));
const DATE_FORMS = {
  dateline: (y, m, d) => `公開日：${y}年${m}月${d}日`,
  dotted: (y, m, d) => `${y}.${pad2(m)}.${pad2(d)}`,
  reiwa: (y, m, d) => `令和${wareki(y)}年${m}月${d}日`,
  reiwaFull: (y, m, d) => `令和${fw(wareki(y))}年${fw(m)}月${fw(d)}日`,
  slash: (y, m, d) => `${y}/${m}/${d}`,
  rdot: (y, m, d) => `R${wareki(y)}.${m}.${d}`,
  zeropad: (y, m, d) => `${y}年${pad2(m)}月${pad2(d)}日`,
  keisai: (y, m, d, u) => `掲載日：${y}年${m}月${d}日（最終更新日：${u[0]}年${u[1]}月${u[2]}日）`,
  koshin: (y, m, d) => `更新日 ${y}年${m}月${d}日`,
  time: null,
  jsonld: null,
  title: null,
};

// ---------- encodings ----------
function toLegacy(html, enc) {
  // characters the encoding lacks (round trip differs) become numeric character references
  const uniq = [...new Set([...html])].filter((c) => c.codePointAt(0) > 0x7f);
  const inText = uniq.join('\n');
  const back = execFileSync('iconv', ['-f', enc, '-t', 'UTF-8'], { input: execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', enc], { input: inText }) }).toString('utf8').split('\n');
  const ok = new Set(uniq.filter((c, k) => back[k] === c));
  const fixed = [...html].map((c) => (c.codePointAt(0) > 0x7f && !ok.has(c) ? `&#${c.codePointAt(0)};` : c)).join('');
  const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', enc], { input: fixed, maxBuffer: 1 << 26 });
  const ncrs = [...new Set([...html].filter((c) => c.codePointAt(0) > 0x7f && !ok.has(c)))];
  return { bytes, ncrs };
}

// ---------- chrome material ----------
const HEADLINES = [
  ['年末年始の営業日のお知らせ', null],
  ['オンライン説明会を開催しました（参加者{n}名）', '名'],
  ['会員数が{n}人を突破しました', '人'],
  ['定員{n}名のセミナー申込受付を開始', '名'],
  ['累計契約数{n}件を達成', '件'],
  ['地域清掃活動に社員{n}名が参加', '名'],
  ['問い合わせ窓口の受付時間変更について', null],
  ['新サービスの導入実績が{n}社に', '社'],
  ['ボランティア登録者{n}人の感謝状贈呈式', '人'],
  ['アプリのダウンロード数{n}件突破', '件'],
  ['健康診断の受診者{n}名に結果を送付', '名'],
  ['寄付金{n}円を贈呈しました', '円'],
  ['システムメンテナンスのお知らせ', null],
  ['夏季休業のご案内', null],
  ['利用者アンケート（回答{n}件）の結果を公開', '件'],
];
const TAGS = ['お知らせ', 'セキュリティ', 'IR', '採用', 'イベント', 'CSR', 'プレスリリース', '製品情報', '地域貢献', 'DX', '障害情報', '重要'];
const PREFS = ['東京都千代田区丸の内', '大阪府大阪市北区梅田', '愛知県名古屋市中村区名駅', '福岡県福岡市博多区博多駅前', '北海道札幌市中央区北', '宮城県仙台市青葉区本町', '広島県広島市中区基町', '神奈川県横浜市西区みなとみらい'];
const NAMES = ['山田 太郎', '佐藤 恵子', '鈴木 一郎', '高橋 誠', '田中 美穂', '伊藤 健二', '渡辺 直樹', '中村 由美'];

function makeDecoys(r, rel) {
  const nums = statedNumbers(rel.md);
  const { full, monthDays } = statedDates(rel.md);
  const pub = iso(rel.y, rel.mo, rel.d);
  const values = [];
  const dates = [];
  const other = [];
  const taken = new Set();
  const dv = (lo, hi) => {
    for (;;) {
      const n = ri(r, lo, hi);
      if (nums.has(n) || taken.has(n) || (n >= 1990 && n <= 2035)) continue;
      taken.add(n);
      values.push(n);
      return n;
    }
  };
  const dd = (lo, hi, register = true) => {
    for (;;) {
      const [y, m, d] = shiftDate(rel.y, rel.mo, rel.d, ri(r, lo, hi));
      const k = iso(y, m, d);
      if (k === pub || full.has(k) || monthDays.has(`${m}-${d}`) || dates.includes(k)) continue;
      if (register) dates.push(k);
      return [y, m, d];
    }
  };
  const fmtN = (n) => n.toLocaleString('en-US');
  const other1 = (s) => (other.push(s), s);
  return { dv, dd, fmtN, other1, values, dates, other };
}
function newsItems(D, r, n, fmt) {
  const items = [];
  for (const [text, unit] of shuffle(r, HEADLINES).slice(0, n)) {
    const [y, m, d] = D.dd(-75, 40);
    const label = unit ? text.replace('{n}', D.fmtN(D.dv(unit === '円' ? 10000 : 120, unit === '円' ? 900000 : 48000))) : text;
    items.push({ date: fmt(y, m, d), iso: iso(y, m, d), text: label });
  }
  return items;
}
const f_dot = (y, m, d) => `${y}.${pad2(m)}.${pad2(d)}`;
const f_kanji = (y, m, d) => `${y}年${m}月${d}日`;
const f_slash = (y, m, d) => `${y}/${pad2(m)}/${pad2(d)}`;
const f_reiwa = (y, m, d) => `令和${wareki(y)}年${m}月${d}日`;

// ---------- page styles ----------
function head({ charset, title, og, jsonLd, extra = '' }) {
  const meta = charset === 'utf-8' ? '<meta charset="utf-8">' : `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`;
  return `<head>\n${meta}\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n${og ? `<meta property="og:site_name" content="${esc(og)}">\n` : ''}<meta property="og:type" content="article">\n${jsonLd ? `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>\n` : ''}${extra}</head>`;
}

function ctx(rel, r, style, k) {
  const D = makeDecoys(r, rel);
  const dateMode = DATE_MODES[k];
  const orgMode = ORG_MODES[k];
  const { y, mo, d } = rel;
  const upd = D.dd(3, 12, false);
  if (dateMode === 'keisai') D.dates.push(iso(...upd));
  const dateText = DATE_FORMS[dateMode] ? DATE_FORMS[dateMode](y, mo, d, upd) : '';
  const pubIso = iso(y, mo, d);
  const timeTag = dateMode === 'time' ? `<time datetime="${pubIso}T09:00:00+09:00" class="pubtime"></time>` : '';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: rel.title,
    ...(dateMode === 'jsonld' ? { datePublished: `${pubIso}T10:00:00+09:00` } : {}),
    ...(orgMode !== 'copyright' && orgMode !== 'logoalt' ? { publisher: { '@type': 'Organization', name: rel.org } } : {}),
  };
  const titleTag = (site) => {
    const base = dateMode === 'title' ? `${rel.title}（${y}年${mo}月${d}日）` : rel.title;
    return orgMode === 'title' ? `${base} | ${rel.org}` : `${base} | ${site}`;
  };
  const siteName = orgMode === 'ogsite' || orgMode === 'title' || orgMode === 'logoalt' || orgMode === 'copyright' ? null : null;
  void siteName;
  return { D, dateMode, orgMode, dateText, timeTag, jsonLd, titleTag, pubIso, upd };
}
// the visible brand: only the org when orgMode says so, else a neutral portal name
function brand(c, rel, neutral) {
  return {
    logoAlt: c.orgMode === 'logoalt' ? rel.org : neutral,
    og: c.orgMode === 'ogsite' ? rel.org : neutral,
    copy: c.orgMode === 'copyright' ? rel.org : neutral,
  };
}

// modern themes here set headings in the regular weight (colour and size instead of bold)
const FLAT = 'h1,h2,h3,h4,h5,h6,th,b,strong{font-weight:normal}h1,h2,h3{color:#124}strong{color:#a00}';
const CSS_COMMON = `body{font-family:"Noto Sans CJK JP",sans-serif;}table{border-collapse:collapse}.img-ph{display:inline-block;width:120px;height:60px;background:#ddd;vertical-align:middle}`;

function pageWp(rel, r, c) {
  const { D } = c;
  const b = brand(c, rel, 'NewsPress ポータル');
  const news = newsItems(D, r, 5, f_dot);
  const shares = [D.dv(130, 9800), D.dv(130, 9800), D.dv(130, 9800)];
  const emp = D.dv(310, 12000);
  const capital = D.other1(`資本金 ${ri(r, 1, 99)}億${ri(r, 1, 9)},000万円`);
  const tel = D.other1(`TEL 0${ri(r, 3, 9)}-${ri(r, 1000, 9999)}-${ri(r, 1000, 9999)}`);
  const addr = D.other1(`〒${ri(r, 100, 999)}-${ri(r, 1000, 9999)} ${pick(r, PREFS)}${ri(r, 1, 9)}-${ri(r, 1, 20)}-${ri(r, 1, 30)}`);
  const [cy, cm, cd] = D.dd(1, 30);
  const inTable = r() < 0.5;
  const blocks = parseBlocks(rel.body);
  const body = bodyHtml(blocks, { r, hShift: 0, merge: r() < 0.5, tableCls: 'wp-block-table is-style-stripes', noteWrap: (p, kind) => `<div class="wp-block-group has-border ${kind}">${p}</div>` });
  const article = `<article class="wp-block-post">
<nav class="breadcrumb" aria-label="パンくず"><a href="/">ホーム</a> › <a href="/news/">ニュースリリース</a> › <span>${esc(rel.title)}</span></nav>
<h1 class="wp-block-post-title">${esc(rel.title)}</h1>
<div class="wp-block-post-date">${c.dateText ? `<span>${esc(c.dateText)}</span>` : ''}${c.timeTag}</div>
<div class="share">シェア <span class="fb">${shares[0]}</span> <span class="x">${shares[1]}</span> <span class="hb">${shares[2]}</span></div>
<div class="entry-content">
${body}
</div>
<div class="wp-block-tag-cloud">${shuffle(r, TAGS).slice(0, 4).map((t) => `<a href="#">${t}</a>`).join(' ')}</div>
</article>`;
  const side = `<aside class="widget-area"><section class="widget"><h2 class="widget-title">最新のお知らせ</h2><ul>${news.map((n) => `<li><time>${n.date}</time> <a href="#">${esc(n.text)}</a></li>`).join('')}</ul></section>
<section class="widget"><h2 class="widget-title">会社データ</h2><p>従業員数 ${D.fmtN(emp)}名（連結）<br>${capital}</p></section></aside>`;
  const main = inTable
    ? `<table class="builder-cols" width="100%"><tr><td valign="top" width="70%">${article}</td><td valign="top">${side}</td></tr></table>`
    : `<div class="wp-block-columns"><div class="wp-block-column" style="flex-basis:68%">${article}</div><div class="wp-block-column">${side}</div></div>`;
  const dl = JSON.stringify({ event: 'page_view', postId: D.dv(2000, 60000), modified: iso(cy, cm, cd) });
  return `<!DOCTYPE html>
<html lang="ja">
${head({ charset: 'utf-8', title: c.titleTag('NewsPress'), og: b.og, jsonLd: c.jsonLd, extra: `<style>${CSS_COMMON}${FLAT}
.wp-site-blocks{max-width:1100px;margin:0 auto}.mega{display:flex;gap:20px;background:#123;color:#fff;padding:8px}.mega .panel{font-size:11px;color:#cde}
.wp-block-columns{display:flex;gap:24px}.wp-block-table td,.wp-block-table th{border:1px solid #999;padding:4px}.wp-block-group.has-border{border:2px solid #e8a;padding:8px;margin:10px 0}
.share span{background:#eee;padding:2px 6px;margin-right:4px}.cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:10px;font-size:12px}
</style>` })}
<body class="wp-singular post-template-default">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="site-logo"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="${esc(b.logoAlt)}" width="160" height="40"></div>
<nav class="mega"><div>企業情報<div class="panel">会社概要 / 沿革 / 拠点一覧（国内${D.dv(12, 95)}拠点）</div></div><div>事業紹介<div class="panel">製品・サービス / 導入事例</div></div><div>IR情報<div class="panel">決算短信 / 株主総会</div></div><div>採用情報<div class="panel">新卒採用（募集${D.dv(21, 180)}名）</div></div><div>お問い合わせ</div></nav></header>
<main>${main}</main>
<section class="related"><h2>関連ニュース</h2><ul>${newsItems(D, r, 3, f_kanji).map((n) => `<li>${n.date}　${esc(n.text)}</li>`).join('')}</ul></section>
<footer class="wp-block-template-part"><p>${addr}　${tel}</p><p>© ${rel.y} ${esc(b.copy)} All Rights Reserved.</p></footer>
</div>
<div class="cookie">当サイトはCookieを使用しています。詳細はプライバシーポリシーをご覧ください。 <button>同意する</button></div>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push(${dl});</script>
</body>
</html>
`;
}

function pageSjis(rel, r, c) {
  const { D } = c;
  const b = brand(c, rel, '市民ポータル');
  const pop = D.dv(18000, 390000);
  const hh = D.dv(9000, 180000);
  const [py, pm, pd] = D.dd(-60, -20);
  const news = newsItems(D, r, 4, f_reiwa);
  const blocks = parseBlocks(rel.body);
  const body = bodyHtml(blocks, { r, hShift: 1, merge: true, tableCls: 'tbl', noteWrap: (p) => `<table border="1" cellpadding="6" width="100%" bgcolor="#fffff0"><tr><td>${p}</td></tr></table>` });
  const menu = ['くらしの情報', '健康・福祉', '子育て・教育', '防災・安全', '環境・ごみ', '市政情報', '施設案内'];
  const dateDiv = c.dateText ? `<div align="right"><font size="2">${esc(c.dateText)}</font></div>` : c.timeTag;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
${head({ charset: 'Shift_JIS', title: c.titleTag(b.og), og: c.orgMode === 'ogsite' ? rel.org : null, jsonLd: c.dateMode === 'jsonld' || c.orgMode === 'title' ? c.jsonLd : null, extra: `<style type="text/css">${CSS_COMMON} .tbl td,.tbl th{border:1px solid #666;padding:3px} a{color:#00c}</style>` })}
<body bgcolor="#ffffff" text="#000000" link="#0000cc" vlink="#660099">
<a name="top"></a><a href="#honbun"><font size="1">本文へ</font></a>
<center>
<table width="760" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" bgcolor="#336699"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="${esc(b.logoAlt)}" width="300" height="50"><font color="#ffffff" size="2">　現在の人口 ${D.fmtN(pop)}人　世帯数 ${D.fmtN(hh)}世帯（令和${wareki(py)}年${pm}月${pd}日現在）</font></td></tr>
<tr><td colspan="2" bgcolor="#ddeeff"><font size="2"><a href="/">トップページ</a> &gt; <a href="#">くらしの情報</a> &gt; ${esc(rel.title)}</font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#eef5ff">
<table width="100%" border="0" cellpadding="4">${menu.map((m) => `<tr><td><font size="2">■<a href="#">${m}</a></font></td></tr>`).join('')}</table>
<br><table width="100%" border="1" cellpadding="3"><tr><td bgcolor="#ffcc66"><font size="2"><b>新着情報</b></font></td></tr>${news.map((n) => `<tr><td><font size="1">${n.date}<br>${esc(n.text)}</font></td></tr>`).join('')}</table>
</td>
<td width="590" valign="top">
<a name="honbun"></a>
<table width="100%" border="0" cellpadding="8"><tr><td>
<font size="4"><b>${esc(rel.title)}</b></font>
${dateDiv}
<hr size="1" noshade>
${body}
<hr size="1" noshade>
<table width="100%" border="1" cellpadding="6"><tr><td bgcolor="#eeeeee"><b>このページに関するお問い合わせ</b><br>総務部 情報政策課　電話：0${ri(r, 100, 999)}-${ri(r, 10, 99)}-${ri(r, 1000, 9999)}　受付 平日8時30分～17時15分</td></tr></table>
<div align="right"><font size="2"><a href="#top">▲このページの先頭へ</a></font></div>
</td></tr></table>
</td></tr>
<tr><td colspan="2" bgcolor="#336699" align="center"><font color="#ffffff" size="2">職員数 ${D.fmtN(D.dv(300, 4800))}人　庁舎：${esc(D.other1(pick(r, PREFS) + ri(r, 1, 9) + '番' + ri(r, 1, 30) + '号'))}<br>Copyright (C) ${esc(b.copy)} All Rights Reserved.</font></td></tr>
</table>
</center>
<script type="text/javascript">var access_counter=${D.dv(100000, 990000)};</script>
</body>
</html>
`;
}

function pageBuilder(rel, r, c) {
  const { D } = c;
  const b = brand(c, rel, 'clinic site');
  const blocks = parseBlocks(rel.body);
  const titleAsImg = r() < 0.4;
  const body = bodyHtml(blocks, { r, split: true, hShift: 1, merge: r() < 0.5, paraTag: 'div', tableCls: 'wx-table', noteWrap: (p) => `<div class="wx-box" style="border:1px dashed #c66;padding:10px;margin:8px 0">${p}</div>` });
  const hours = `<table class="hours"><tr><th>診療時間</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr><tr><td>9:00～12:30</td><td>○</td><td>○</td><td>○</td><td>○</td><td>○</td><td>○</td></tr><tr><td>14:30～18:00</td><td>○</td><td>○</td><td>／</td><td>○</td><td>○</td><td>／</td></tr></table>`;
  const news = newsItems(D, r, 4, f_slash);
  const beds = D.dv(19, 480);
  return `<!DOCTYPE html>
<html lang="ja">
${head({ charset: 'utf-8', title: c.titleTag(b.og), og: b.og, jsonLd: c.jsonLd, extra: `<style>${CSS_COMMON}${FLAT}
#SITE_CONTAINER{position:relative;width:980px;margin:0 auto;min-height:1400px}.comp{position:absolute}
.t1{letter-spacing:.02em}.t2{}.t3{}.t4{}
#comp-header{top:0;left:0;width:980px;height:110px;background:#f4f9f6}
#comp-nav{top:70px;left:300px;width:660px;font-size:13px}
#comp-side{top:140px;left:700px;width:270px;font-size:12px;background:#fafafa;padding:8px}
#comp-article{position:relative;top:0;margin-top:140px;width:660px;padding-left:10px}
.wx-table td,.wx-table th{border:1px solid #7a7;padding:4px}.hours td,.hours th{border:1px solid #ccc;font-size:11px;padding:2px}
</style>` })}
<body>
<div id="SITE_CONTAINER">
<div class="comp" id="comp-header"><div class="comp" style="top:14px;left:16px"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="${esc(b.logoAlt)}" width="260" height="48"></div>
<div class="comp" style="top:16px;left:640px;font-size:12px"><span>休診のお知らせ：</span><span>${(() => { const [yy, mm, dd] = D.dd(5, 30); return `${mm}月${dd}日（${yy}年）`; })()}</span><span>は臨時休診です</span></div></div>
<div class="comp" id="comp-nav"><span>ホーム</span>｜<span>医院紹介</span>｜<span>診療案内</span>｜<span>アクセス</span>｜<span>お知らせ</span></div>
<div class="comp" id="comp-side"><p><b>外来受付時間</b></p>${hours}<p>病床数 ${beds}床／医師${D.dv(3, 18)}名・看護師${D.dv(20, 160)}名</p>
<p><b>お知らせ</b></p>${news.map((n) => `<div>${n.date}</div><div>${esc(n.text)}</div>`).join('')}
<p>${esc(D.other1('電話 0' + ri(r, 10, 99) + '-' + ri(r, 100, 999) + '-' + ri(r, 1000, 9999)))}</p></div>
<div id="comp-article">
${titleAsImg ? `<h1 class="site-h1">${esc(b.logoAlt)}</h1><div class="title-img"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="${esc(rel.title)}" width="600" height="40"></div><div style="font-size:18px;font-weight:bold">${splitSpans(r, rel.title)}</div>` : `<h1>${splitSpans(r, rel.title)}</h1>`}
<div class="date" style="color:#888">${c.dateText ? splitSpans(r, c.dateText) : ''}${c.timeTag}</div>
${body}
<div style="margin-top:20px;font-size:12px;color:#555"><span>いいね！</span><span>${D.dv(40, 3000)}</span></div>
<div style="margin-top:30px;font-size:11px;text-align:center">© 2026 ${esc(b.copy)}</div>
</div>
</div>
<script id="wix-viewer-model" type="application/json">${JSON.stringify({ siteRevision: D.dv(300, 9000), publishedAt: iso(...D.dd(-200, -100)), visitors: D.dv(50000, 900000) })}</script>
</body>
</html>
`;
}

function calendarHtml(y, m) {
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells = Array(first).fill('').concat(Array.from({ length: days }, (_, i) => String(i + 1)));
  const rows = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(`<tr>${cells.slice(i, i + 7).concat(Array(7).fill('')).slice(0, 7).map((x) => `<td>${x}</td>`).join('')}</tr>`);
  return `<table class="calendar"><caption>${y}年${m}月</caption><tr><th>日</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr>${rows.join('')}</table>`;
}
function pageMt(rel, r, c, charset) {
  const { D } = c;
  const b = brand(c, rel, 'スタッフブログ');
  const blocks = parseBlocks(rel.body);
  const body = bodyHtml(blocks, { r, hShift: 1, merge: false, tableCls: 'mt-table', noteWrap: (p) => `<aside class="note">${p}</aside>` });
  const news = newsItems(D, r, 5, f_kanji);
  const [calY, calM] = shiftDate(rel.y, rel.mo, rel.d, -40);
  const comments = D.dv(3, 90);
  return `<!DOCTYPE html>
<html lang="ja">
${head({ charset, title: c.titleTag(b.og), og: b.og, jsonLd: c.jsonLd, extra: `<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/mt/rsd.xml">
<style>${CSS_COMMON} #container{width:900px;margin:auto}#alpha{float:left;width:620px}#beta{float:right;width:250px;font-size:12px}
.mt-table td,.mt-table th{border:1px solid #888;padding:3px}.note{background:#f6f6e8;border-left:4px solid #cc9;padding:6px 10px;margin:10px 0}
.calendar td{width:24px;text-align:center;font-size:11px}.tagcloud .r1{font-size:10px}.tagcloud .r3{font-size:16px}#footer{clear:both}</style>` })}
<body class="mt-entry-archive">
<div id="container">
<div id="header"><h1 id="header-name"><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="${esc(b.logoAlt)}" width="200" height="40"></a></h1><div id="header-description">社員が日々の出来事をお伝えします</div></div>
<div id="content">
<div id="alpha">
<div class="content-nav"><a href="#">« 前の記事</a> | <a href="/">メイン</a> | <a href="#">次の記事 »</a></div>
<div class="entry-asset asset hentry">
<div class="asset-header"><h2 class="asset-name entry-title">${esc(rel.title)}</h2>
<div class="asset-meta">${c.dateText ? `<span class="byline">投稿者：広報担当 | <abbr class="published">${esc(c.dateText)}</abbr></span>` : `<span class="byline">投稿者：広報担当</span>${c.timeTag}`}</div></div>
<div class="asset-content entry-content"><div class="asset-body">
${body}
</div></div>
<div class="asset-footer">カテゴリ：<a href="#">お知らせ</a> | <a href="#">コメント (${comments})</a> | <a href="#">トラックバック (${D.dv(2, 40)})</a></div>
</div>
</div>
<div id="beta">
<div class="widget-calendar">${calendarHtml(calY, calM)}</div>
<div class="widget-recent"><h3>最近のエントリー</h3><ul>${news.map((n) => `<li>${esc(n.text)}<br><small>${n.date}</small></li>`).join('')}</ul></div>
<div class="widget-tag-cloud tagcloud"><h3>タグクラウド</h3>${shuffle(r, TAGS).map((t) => `<a class="r${ri(r, 1, 3)}" href="#">${t}</a>`).join(' ')}</div>
<div class="widget-archives"><h3>月別アーカイブ</h3><ul>${[1, 2, 3, 4].map((k) => { const [ay, am] = shiftDate(rel.y, rel.mo, 1, -31 * k); return `<li>${ay}年${am}月 (${D.dv(2, 60)})</li>`; }).join('')}</ul></div>
<div class="widget-about"><h3>会社概要</h3><p>会員数 ${D.fmtN(D.dv(1200, 88000))}人<br>${esc(D.other1(pick(r, PREFS) + ri(r, 1, 9) + '丁目' + ri(r, 1, 20) + '番'))}</p></div>
</div>
</div>
<div id="footer">Copyright © ${esc(b.copy)}. Powered by Movable Type ${ri(r, 6, 8)}.${ri(r, 0, 9)}</div>
</div>
</body>
</html>
`;
}

function pageNext(rel, r, c) {
  const { D } = c;
  const b = brand(c, rel, 'IR NEWS');
  const blocks = parseBlocks(rel.body);
  const half = Math.max(1, Math.floor(blocks.length / 2));
  const opts = { r, hShift: 0, merge: r() < 0.5, tableCls: 'tbl', noteWrap: (p) => `<aside class="callout">${p}</aside>` };
  const body1 = bodyHtml(blocks.slice(0, half), opts);
  const body2 = bodyHtml(blocks.slice(half), opts);
  const price = D.dv(310, 9800);
  const ticker = newsItems(D, r, 3, f_slash);
  const pdfKb = D.dv(120, 990);
  const nextData = {
    props: { pageProps: { post: { slug: `news-${D.dv(1000, 9999)}`, title: rel.title, lead: blocks.filter((x) => x.type === 'p').slice(0, 1).map((x) => x.lines.join('')).join(''), views: D.dv(1000, 99000), ...(c.dateMode === 'jsonld' || c.dateMode === 'time' ? {} : { updatedAt: `${iso(...c.upd)}T00:00:00.000Z` }) }, ticker: ticker.map((t) => ({ date: t.iso, text: t.text })) } },
    page: '/news/[slug]',
    buildId: `b${ri(r, 100000, 999999)}`,
  };
  if (nextData.props.pageProps.post.updatedAt) D.dates.push(iso(...c.upd));
  return `<!DOCTYPE html>
<html lang="ja">
${head({ charset: 'utf-8', title: c.titleTag(b.og), og: b.og, jsonLd: c.jsonLd, extra: `<style>${CSS_COMMON}${FLAT}
.hdr{position:fixed;top:0;left:0;right:0;height:54px;background:#0b2447;color:#fff;z-index:10;display:flex;align-items:center;gap:16px;padding:0 16px}
.tick{font-size:11px;color:#9cf;white-space:nowrap;overflow:hidden}
main{max-width:760px;margin:70px auto 80px}.ftr{position:fixed;bottom:0;left:0;right:0;height:40px;background:#19376d;color:#fff;font-size:11px;padding:6px 16px}
.tbl td,.tbl th{border:1px solid #aab;padding:4px}.callout{background:#eef3ff;border:1px solid #99b;padding:8px;margin:10px 0}
.pdfbox{border:2px solid #0b2447;padding:10px;margin:16px 0;background:#f7f9fc}
.modal{position:fixed;top:30%;left:15%;right:15%;background:#fff;border:2px solid #333;padding:18px;z-index:20;box-shadow:0 0 0 2000px rgba(0,0,0,.35)}
</style>` })}
<body>
<div id="__next">
<header class="hdr"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="${esc(b.logoAlt)}" width="140" height="30"><nav>ニュース｜IR｜サステナビリティ｜採用</nav>
<div class="tick">株価 ${D.fmtN(price)}円（前日比 +${ri(r, 1, 90)}円）　${ticker.map((t) => `${t.date} ${esc(t.text)}`).join('　')}</div></header>
<main>
<div class="crumbs">ホーム &gt; ニュース &gt; ${esc(rel.title)}</div>
<h1>${esc(rel.title)}</h1>
<p class="meta">${c.dateText ? esc(c.dateText) : ''}${c.timeTag}</p>
<section class="body-1">
${body1}
</section>
<div class="pdfbox"><b>PDFダウンロード</b><br><a href="#">決算説明資料（PDF：${pdfKb}KB）</a><br><a href="#">統合報告書${rel.y - 1}（PDF：${D.fmtN(D.dv(1500, 9000))}KB）</a></div>
<section class="body-2">
${body2}
</section>
</main>
<footer class="ftr">売上高 ${D.fmtN(D.dv(1000, 90000))}百万円（前期）　従業員数 ${D.fmtN(D.dv(300, 30000))}名　© ${esc(b.copy)}</footer>
<div class="modal" role="dialog"><b>Cookieの利用について</b><p>当ウェブサイトでは、利便性向上のためCookieを使用します。「すべて許可」を選択すると${D.dv(11, 60)}社のパートナーと情報を共有します。</p><button>すべて許可</button> <button>設定</button></div>
</div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script>
</body>
</html>
`;
}

function pageBs(rel, r, c, charset) {
  const { D } = c;
  const school = r() < 0.5;
  const b = brand(c, rel, school ? '学園ニュース' : '病院からのお知らせ');
  const blocks = parseBlocks(rel.body);
  const body = bodyHtml(blocks, { r, hShift: 0, merge: true, tableCls: 'table table-bordered table-sm', noteWrap: (p, kind) => `<div class="alert ${kind === 'contact' ? 'alert-secondary' : 'alert-warning'}">${p}</div>` });
  const news = newsItems(D, r, 4, f_dot);
  const info = school
    ? `<div class="card mb-3"><div class="card-header">学園データ</div><div class="card-body small">学生数 ${D.fmtN(D.dv(800, 24000))}名<br>入学定員 ${D.fmtN(D.dv(120, 4200))}名<br>教員数 ${D.dv(40, 900)}名</div></div>`
    : `<div class="card mb-3"><div class="card-header">外来受付時間</div><div class="card-body small"><table class="table table-sm"><tr><th>平日</th><td>8:30～11:30</td></tr><tr><th>土曜</th><td>8:30～11:00</td></tr></table>病床数 ${D.dv(120, 900)}床<br>診療科 ${D.dv(12, 40)}科</div></div>`;
  const banner = school ? `<div class="alert alert-info text-center">入試情報：${(() => { const [yy, mm, dd] = D.dd(20, 60); return `${yy}年度一般選抜 出願締切 ${mm}月${dd}日`; })()}</div>` : `<div class="alert alert-danger text-center">休診のお知らせ：${(() => { const [, mm, dd] = D.dd(3, 40); return `${mm}月${dd}日`; })()}は設備点検のため外来休診</div>`;
  const dateLine = c.dateMode === 'koshin' || (c.dateText && r() < 0.5)
    ? `<p class="text-end text-muted small" style="color:#888;font-size:12px;text-align:right">${esc(c.dateText)}</p>${c.timeTag}`
    : `${c.dateText ? `<p class="small">${esc(c.dateText)}</p>` : ''}${c.timeTag}`;
  return `<!DOCTYPE html>
<html lang="ja">
${head({ charset, title: c.titleTag(b.og), og: b.og, jsonLd: c.jsonLd, extra: `<style>${CSS_COMMON}${FLAT}
.container{max-width:1140px;margin:auto}.row{display:flex;gap:20px}.col-lg-8{flex:2}.col-lg-4{flex:1}
.card{border:1px solid #ddd;border-radius:6px;margin-bottom:12px}.card-header{background:#f1f1f1;padding:6px 10px;font-weight:bold}.card-body{padding:8px 10px}
.table td,.table th{border:1px solid #bbb;padding:4px}.alert{padding:10px;border-radius:4px;margin:10px 0}.alert-warning{background:#fff3cd}.alert-secondary{background:#eee}.alert-info{background:#cff4fc}.alert-danger{background:#f8d7da}
.accordion-item{border:1px solid #ddd;margin-bottom:4px}.accordion-button{padding:6px 10px;font-weight:bold}.accordion-body{padding:6px 10px;font-size:12px}
.breadcrumb{list-style:none;display:flex;flex-wrap:wrap;gap:8px;padding:0;font-size:12px}.breadcrumb li+li:before{content:"/ "}.navbar{background:#0d6efd;color:#fff;padding:8px 16px;position:sticky;top:0}
@media print{.navbar .nav-links{display:none}}
@media (max-width:700px){.row{display:block}}
</style>` })}
<body>
<nav class="navbar"><a class="navbar-brand" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="${esc(b.logoAlt)}" width="180" height="36"></a> <span class="nav-links">${school ? '受験生の方へ｜在学生の方へ｜卒業生の方へ｜企業の方へ' : '外来のご案内｜入院のご案内｜診療科・部門｜採用情報'}</span></nav>
<div class="container">
${banner}
<ol class="breadcrumb"><li>ホーム</li><li>お知らせ</li><li>${esc(rel.title)}</li></ol>
<div class="row">
<div class="col-lg-8"><article>
<h1 class="h3">${esc(rel.title)}</h1>
${dateLine}
${body}
</article>
<div class="accordion" id="faq"><h2 class="h5">よくある質問</h2>
<div class="accordion-item"><div class="accordion-button">面会時間は？</div><div class="accordion-body">平日${ri(r, 13, 15)}時～${ri(r, 18, 20)}時です。</div></div>
<div class="accordion-item"><div class="accordion-button">駐車場はありますか？</div><div class="accordion-body">${D.dv(60, 700)}台分の駐車場がございます。</div></div></div>
</div>
<div class="col-lg-4">${info}
<div class="card"><div class="card-header">新着情報</div><ul class="list-group">${news.map((n) => `<li class="list-group-item"><span class="badge">${n.date}</span> ${esc(n.text)}</li>`).join('')}</ul></div></div>
</div>
</div>
<footer class="bg-dark text-white p-4"><p>${esc(D.other1(pick(r, PREFS) + ri(r, 1, 9) + '-' + ri(r, 1, 20)))}　TEL ${esc(D.other1(`0${ri(r, 10, 99)}-${ri(r, 100, 999)}-${ri(r, 1000, 9999)}`))}</p><p>${school ? `在籍者数 ${D.fmtN(D.dv(900, 30000))}名` : `職員数 ${D.fmtN(D.dv(300, 2500))}名`}</p><p class="small">© 2026 ${esc(b.copy)}</p></footer>
</body>
</html>
`;
}

// ---------- documents ----------
function docHtml(rel, r, k) {
  const blocks = parseBlocks(rel.body);
  const wa = k % 2 === 0;
  const dateStr = wa ? `令和${fw(wareki(rel.y))}年${fw(rel.mo)}月${fw(rel.d)}日` : `${rel.y}年${rel.mo}月${rel.d}日`;
  const rep = `代表取締役社長　${pick(r, NAMES)}`;
  const addressee = pick(r, ['お客様各位', 'お取引先各位', '関係者各位', '会員の皆様へ', '株主の皆様へ']);
  let n = 0;
  const numbered = blocks.map((bl) => {
    if (bl.type !== 'h') return bl;
    const hasNo = /^[\s■□●◆【（(]*[0-9０-９一二三四五六七八九十]/.test(bl.text);
    return hasNo ? bl : { ...bl, text: `${++n}．${bl.text}` };
  });
  const o = { r, hShift: 0, hCls: 'dh', merge: false, tableCls: 'dt', noteWrap: (p) => `<div class="dnote">${p}</div>` };
  let cut = numbered.findIndex((bl) => bl.type !== 'p');
  if (cut <= 0) cut = Math.min(1, numbered.length);
  const body = `${bodyHtml(numbered.slice(0, cut), o)}\n<div class="ki">記</div>\n${bodyHtml(numbered.slice(cut), o)}`;
  const twoCol = k % 3 === 0;
  const org = twoCol ? '' : `<div class="from">${esc(rel.org)}<br>${rep}</div>`;
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>${esc(rel.title)}</title>
<style>
@page{size:A4;margin:25mm 22mm 22mm 25mm;@bottom-center{content:"－ " counter(page) " －";font-size:9pt}}
body{font-family:"Noto Sans CJK JP",sans-serif;font-size:10.5pt;line-height:1.7}
.date{text-align:right}.addr{margin:8px 0}.from{text-align:right;margin-bottom:16px}
.hdr2{display:flex;justify-content:space-between}.hdr2 .right{text-align:right}
h1{text-align:center;font-size:14pt;margin:18px 60px}.ki{text-align:center;margin:10px 0}
.dh{font-size:10.5pt;font-weight:bold;margin:12px 0 4px}
table.dt{border-collapse:collapse;width:100%}table.dt td,table.dt th{border:1px solid #000;padding:3px 5px;vertical-align:top;word-break:break-all}
thead{display:table-header-group}.dnote{font-size:9.5pt}.ijo{text-align:right;margin-top:16px}
.fn{border-top:1px solid #000;margin-top:24px;font-size:8.5pt;width:40%}
</style></head><body>
${twoCol ? `<div class="hdr2"><div class="left">${addressee}</div><div class="right">${dateStr}<br>${esc(rel.org)}<br>${rep}</div></div>` : `<div class="date">${dateStr}</div><div class="addr">${addressee}</div>${org}`}
<h1>${esc(rel.title)}</h1>
${body}
<div class="ijo">以上</div>
<div class="fn">本書に関するお問い合わせは上記窓口までお願いいたします。</div>
</body></html>
`;
}

// ---------- assemble ----------
const STYLES = ['wpblock', 'sjistable', 'builder', 'mtblog', 'nextjs', 'bscms'];
// 40 slots: wpblock 7, sjistable 7 (all Shift_JIS), builder 6, mtblog 7 (4 EUC-JP), nextjs 6, bscms 7 (1 Shift_JIS)
const SLOT_STYLES = [...Array(7).fill('wpblock'), ...Array(7).fill('sjistable'), ...Array(6).fill('builder'), ...Array(7).fill('mtblog'), ...Array(6).fill('nextjs'), ...Array(7).fill('bscms')];
const slots = shuffle(rand, SLOT_STYLES);
const DMODES = ['dateline', 'dotted', 'reiwa', 'reiwaFull', 'slash', 'rdot', 'zeropad', 'keisai', 'koshin', 'time', 'jsonld', 'title'];
const DATE_MODES = shuffle(rand, Array.from({ length: 40 }, (_, i) => DMODES[i % DMODES.length]));
const ORG_MODES = shuffle(rand, Array.from({ length: 40 }, (_, i) => ['title', 'ogsite', 'logoalt', 'copyright'][i % 4]));
const mtEuc = new Set();
const bsSjis = new Set();
slots.forEach((s, i) => {
  if (s === 'mtblog' && mtEuc.size < 4) mtEuc.add(i);
  if (s === 'bscms' && bsSjis.size < 1) bsSjis.add(i);
});
const docIdx = new Set(shuffle(rand, [...Array(40).keys()]).slice(0, 10));
const PAPERS = ['A4', 'A4', 'B5', 'Letter', 'A4 landscape', 'Letter landscape', 'B5', 'A5'];

// everything but README.md is made here
for (const d of ['html', 'pdf', 'doc', 'sources', 'manifest.json', 'ORIGIN.txt']) rmSync(join(OUT, d), { recursive: true, force: true });
for (const d of ['html', 'pdf', 'doc', 'sources']) mkdirSync(join(OUT, d), { recursive: true });
const manifest = [];
const origin = [];
const problems = [];
for (let k = 0; k < 40; k++) {
  const rel = chosen[k];
  const id = `o${pad2(k + 1)}`;
  const style = slots[k];
  const r = mulberry32(SEED + 7919 * (k + 1));
  const c = ctx(rel, r, style, k);
  let charset = 'utf-8';
  if (style === 'sjistable' || bsSjis.has(k)) charset = 'Shift_JIS';
  if (mtEuc.has(k)) charset = 'EUC-JP';
  const html = style === 'wpblock' ? pageWp(rel, r, c) : style === 'sjistable' ? pageSjis(rel, r, c) : style === 'builder' ? pageBuilder(rel, r, c) : style === 'mtblog' ? pageMt(rel, r, c, charset) : style === 'nextjs' ? pageNext(rel, r, c) : pageBs(rel, r, c, charset);
  const htmlPath = `html/${style}-${id}.html`;
  let ncrs = [];
  if (charset === 'utf-8') writeFileSync(join(OUT, htmlPath), html);
  else {
    const out = toLegacy(html, charset === 'Shift_JIS' ? 'CP932' : 'EUC-JP');
    ncrs = out.ncrs;
    writeFileSync(join(OUT, htmlPath), out.bytes);
  }
  writeFileSync(join(OUT, 'sources', `${id}.md`), rel.source);
  origin.push(`${id}\t${rel.rel}`);
  // decoy check (all numeral forms): values never stated by the release, dates never stated
  const nums = statedNumbers(rel.md);
  const { full, monthDays } = statedDates(rel.md);
  for (const v of c.D.values) if (nums.has(v)) problems.push(`${id}: decoy value ${v} in release`);
  for (const dt of c.D.dates) {
    const [, m, d] = dt.split('-').map(Number);
    if (full.has(dt) || monthDays.has(`${m}-${d}`)) problems.push(`${id}: decoy date ${dt} in release`);
  }
  const paper = PAPERS[(k * 5 + 3) % PAPERS.length];
  const headerFooter = k % 3 === 1;
  manifest.push({
    id,
    archive: rel.rel,
    source: `sources/${id}.md`,
    html: htmlPath,
    style,
    encoding: charset === 'utf-8' ? 'utf-8' : charset === 'Shift_JIS' ? 'Shift_JIS' : 'EUC-JP',
    pdf: `pdf/${style}-${id}.pdf`,
    pdfPage: { paper, headerFooter },
    doc: docIdx.has(k) ? `doc/${id}.pdf` : null,
    org: rel.org,
    title: rel.title,
    publishedAt: iso(rel.y, rel.mo, rel.d),
    dateMode: c.dateMode,
    orgMode: c.orgMode,
    metadata: { ogSiteName: /og:site_name" content="([^"]*)"/.exec(html)?.[1] ?? null, jsonLd: /application\/ld\+json">/.test(html) ? c.jsonLd : null },
    decoyValues: [...new Set(c.D.values)],
    decoyDates: [...new Set(c.D.dates)],
    decoyOther: c.D.other,
    ncrs,
  });
  if (docIdx.has(k)) writeFileSync(join(OUT, 'doc', `${id}.html`), docHtml(rel, mulberry32(SEED + 104729 * (k + 1)), k));
}
writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(join(OUT, 'ORIGIN.txt'), origin.join('\n') + '\n');
console.log(`${manifest.length} pages; styles ${STYLES.map((s) => `${s} ${manifest.filter((e) => e.style === s).length}`).join(', ')}; legacy ${manifest.filter((e) => e.encoding !== 'utf-8').length}; docs ${manifest.filter((e) => e.doc).length}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
