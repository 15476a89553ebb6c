#!/usr/bin/env node
// Seventeenth blind page set (issue #12's hidden set, pages-q), made without reading the tool's code:
// 40 archive releases (seeded uniform draw over releases not in /work/staging/pages-used.txt, one release
// per file, 本文 ≥ 400 visible characters), each rendered whole as a news page in one of six site
// families, with chrome full of decoy figures and dates; 10 of them also as Word-style documents (HTML
// written to a build directory, printed by scripts/print-pages-q.mjs).
//
//   node scripts/make-pages-q.mjs [--seed 20261208] [--archive /work/shared/archive]
//   node scripts/print-pages-q.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const SEED = Number(opt('--seed', '20261208'));
const ARCHIVE = opt('--archive', '/work/shared/archive');
const USED = opt('--used', '/work/staging/pages-used.txt');
const OUT = join(HERE, '..', 'fixtures', 'pages-q');
export const DOC_BUILD = join(tmpdir(), 'pages-q-doc-html');

// ---------- seeded randomness ----------
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const ri = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
function shuffle(xs) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

// ---------- archive ----------
function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}
const nfkc = (s) => s.normalize('NFKC');
function parseDate(s) {
  const t = nfkc(s).replace(/\s+/g, '');
  let m = t.match(/(20\d\d)年(\d{1,2})月(\d{1,2})日/) || t.match(/(20\d\d)[/.\-](\d{1,2})[/.\-](\d{1,2})/);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = t.match(/令和(\d+|元)年(\d{1,2})月(\d{1,2})日/);
  if (m) return [2018 + (m[1] === '元' ? 1 : Number(m[1])), Number(m[2]), Number(m[3])];
  return null;
}
/** Visible characters of the 本文 (markup, images, table rules and white space removed). */
function visibleBody(body) {
  return body.replace(/<img[^>]*>/g, '').replace(/<br\s*\/?>/gi, '').replace(/^\s*\|[\s:|-]+\|\s*$/gm, '')
    .replace(/^#{1,6}\s+/gm, '').replace(/^\s*(?:[-*]|[0-9]+\.)\s+/gm, '').replace(/\*\*/g, '').replace(/\|/g, '').replace(/\s+/g, '');
}
function readRelease(path) {
  const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  if ((text.match(/^#\s*本文\s*$/gm) || []).length !== 1) return null;
  if ((text.match(/^#\s*公表概要/gm) || []).length !== 1) return null;
  // the source: the archive file without the # 事案ID / # 公表種別 sections
  const lines = text.split('\n');
  const kept = [];
  let skipping = false;
  for (const line of lines) {
    if (/^#\s/.test(line)) skipping = /^#\s*(事案ID|公表種別)\s*$/.test(line);
    if (!skipping) kept.push(line);
  }
  const source = kept.join('\n').replace(/\n{3,}/g, '\n\n');
  const at = source.search(/^#\s*本文\s*$/m);
  const head = source.slice(0, at);
  const body = source.slice(at).replace(/^#\s*本文\s*\n/, '');
  const bullets = head.split('\n').filter((l) => /^-\s/.test(l)).map((l) => l.replace(/^-\s+/, '').trim());
  if (bullets.length < 3) return null;
  const [title, dateText, org] = bullets;
  const date = parseDate(dateText);
  if (!date || !title || !org) return null;
  if (visibleBody(body).length < 400) return null;
  return { source, body, title, org, date, url: bullets[3] ?? '' };
}

// ---------- numbers and dates the release holds (every numeral form) ----------
const KANJI = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function kanjiNumber(s) {
  let total = 0, section = 0, digit = 0;
  for (const ch of s) {
    if (ch in KANJI) digit = digit * 10 + KANJI[ch];
    else if (ch === '十' || ch === '百' || ch === '千') { section += (digit || 1) * { 十: 10, 百: 100, 千: 1000 }[ch]; digit = 0; }
    else if (ch === '万' || ch === '億') { total += (section + digit) * (ch === '万' ? 1e4 : 1e8); section = 0; digit = 0; }
  }
  return total + section + digit;
}
function releaseFacts(text) {
  const t = nfkc(text).replace(/(\d),(?=\d{3})/g, '$1').replace(/[ \t\u3000]+/g, '');
  const nums = new Set();
  for (const m of t.matchAll(/\d+(?:\.\d+)?/g)) { nums.add(Number(m[0])); nums.add(Number(m[0].replace('.', ''))); }
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)(億|万)(\d+)?(千)?/g)) {
    let v = Number(m[1]) * (m[2] === '億' ? 1e8 : 1e4);
    if (m[3]) v += Number(m[3]) * (m[4] ? 1000 : 1);
    nums.add(Math.round(v));
  }
  for (const m of t.matchAll(/[〇零一二三四五六七八九十百千万億]+/g)) nums.add(kanjiNumber(m[0]));
  const monthDays = new Set();
  const full = new Set();
  const add = (y, mo, d) => { monthDays.add(`${Number(mo)}-${Number(d)}`); if (y) full.add(`${y}-${Number(mo)}-${Number(d)}`); };
  for (const m of t.matchAll(/(?:(20\d\d)年)?(\d{1,2})月(\d{1,2})日/g)) add(m[1], m[2], m[3]);
  for (const m of t.matchAll(/(?:(20\d\d)[/.\-])?(\d{1,2})[/.\-](\d{1,2})/g)) add(m[1], m[2], m[3]);
  for (const m of t.matchAll(/(?:令和|R)(\d+|元)[年.](\d{1,2})[月.](\d{1,2})/g)) add(2018 + (m[1] === '元' ? 1 : Number(m[1])), m[2], m[3]);
  for (const m of t.matchAll(/[〇一二三四五六七八九十]+月[〇一二三四五六七八九十]+日/g)) {
    const [mo, d] = m[0].split('月');
    add(null, kanjiNumber(mo), kanjiNumber(d.replace('日', '')));
  }
  return { nums, digits: t.replace(/[^\d]/g, ' '), monthDays, full };
}

// ---------- pick the releases ----------
const used = new Set(readFileSync(USED, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
const candidates = [];
for (const path of walk(ARCHIVE)) {
  const rel = relative(ARCHIVE, path);
  if (!/^20\d\d\//.test(rel) || used.has(rel)) continue;
  const r = readRelease(path);
  if (r) candidates.push({ rel, ...r });
}
const drawn = shuffle(candidates).slice(0, 40);

// ---------- markdown → HTML ----------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function inline(s) {
  const parts = s.split(/(<br\s*\/?>|<img[^>]*>)/i);
  return parts.map((p, i) => {
    if (i % 2 === 1) return /^<br/i.test(p) ? '<br>' : '';
    let h = esc(p);
    h = h.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
    h = h.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_, txt, url) => `<a href="${url}">${txt}</a>${url && url !== txt ? `（${url}）` : ''}`);
    return h;
  }).join('');
}
function splitRow(line) {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|')) s = s.slice(0, -1);
  return s.split('|').map((c) => c.trim());
}
/** Blocks of the 本文: {type: h|p|ul|ol|table|note|center|right, ...}. */
function blocks(md) {
  const lines = md.split('\n');
  const out = [];
  let para = [];
  const flush = () => { if (para.length) { pushPara(para); para = []; } };
  const pushPara = (ls) => {
    const text = ls.join('\n').trim();
    if (!text) return;
    if (/^(記|以上)$/.test(text)) out.push({ type: text === '記' ? 'center' : 'right', text });
    else if (/^(※|＊|\*[^*]|注[)）:：0-9１-９]|（注|\(注)/.test(text)) out.push({ type: 'note', lines: ls });
    else out.push({ type: 'p', lines: ls });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*$/.test(line)) { flush(); continue; }
    let m;
    if ((m = line.match(/^(#{1,6})\s+(.*)$/))) { flush(); out.push({ type: 'h', level: m[1].length, text: m[2].trim() }); continue; }
    if (/^\s*\|/.test(line)) {
      flush();
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) { rows.push(lines[i]); i++; }
      i--;
      const cells = rows.filter((r) => !/^\s*\|[\s:|-]+\|\s*$/.test(r)).map(splitRow);
      out.push({ type: 'table', head: cells[0], rows: cells.slice(1) });
      continue;
    }
    if ((m = line.match(/^(\s*)([-*+]|\d+[.)])\s+(.*)$/)) && !/^\*\*/.test(line.trim())) {
      flush();
      const ordered = /\d/.test(m[2]);
      const items = [];
      while (i < lines.length && (m = lines[i].match(/^(\s*)([-*+]|\d+[.)])\s+(.*)$/)) && !/^\*\*/.test(lines[i].trim())) {
        items.push({ depth: Math.min(3, Math.floor(m[1].replace(/\t/g, '  ').length / 2)), marker: m[2], text: m[3] });
        i++;
      }
      i--;
      out.push({ type: ordered ? 'ol' : 'ul', items });
      continue;
    }
    if (/^\s*<img[^>]*>\s*$/i.test(line)) { flush(); continue; }
    para.push(line.trim());
  }
  flush();
  return out;
}
function tableHtml(b, { cls = '', spans = true, border = false } = {}) {
  const width = Math.max(b.head.length, ...b.rows.map((r) => r.length));
  const rows = b.rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
  // rowspan: identical consecutive values in the first column; colspan: an empty cell after a filled one
  const rowspan = rows.map(() => 1);
  if (spans && rows.length > 2) {
    for (let i = 0; i < rows.length; ) {
      let j = i + 1;
      while (j < rows.length && rows[j][0] !== '' && rows[j][0] === rows[i][0]) j++;
      rowspan[i] = j - i;
      for (let k = i + 1; k < j; k++) rowspan[k] = 0;
      i = j;
    }
  }
  let h = `<table${cls ? ` class="${cls}"` : ''}${border ? ' border="1" cellspacing="0" cellpadding="4"' : ''}>\n<thead><tr>${b.head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>\n<tbody>\n`;
  rows.forEach((r, ri2) => {
    h += '<tr>';
    for (let c = 0; c < width; c++) {
      if (c === 0 && rowspan[ri2] === 0) continue;
      let span = 1;
      if (spans && r[c] !== '') while (c + span < width && r[c + span] === '' && c + span > 0) span++;
      const attrs = `${c === 0 && rowspan[ri2] > 1 ? ` rowspan="${rowspan[ri2]}"` : ''}${span > 1 ? ` colspan="${span}"` : ''}`;
      h += c === 0 && b.head.length > 1 && rows.length > 1 && /[^\d,.\s]/.test(r[0]) ? `<th scope="row"${attrs}>${inline(r[c])}</th>` : `<td${attrs}>${inline(r[c])}</td>`;
      c += span - 1;
    }
    h += '</tr>\n';
  });
  return `${h}</tbody>\n</table>`;
}
/** The whole 本文 as HTML, in a family's dialect. */
function bodyHtml(md, d = {}) {
  const bs = blocks(md);
  const out = [];
  const hl = (lvl) => Math.min(6, Math.max(d.minH ?? 2, lvl + (d.hShift ?? 0)));
  for (const b of bs) {
    if (b.type === 'h') out.push(`<h${hl(b.level)}${d.hClass ? ` class="${d.hClass}"` : ''}>${inline(b.text)}</h${hl(b.level)}>`);
    else if (b.type === 'p') out.push(d.para ? d.para(b.lines) : `<p>${b.lines.map(inline).join('<br>\n')}</p>`);
    else if (b.type === 'note') out.push(d.note ? d.note(b.lines) : `<aside class="note"><p>${b.lines.map(inline).join('<br>\n')}</p></aside>`);
    else if (b.type === 'center') out.push(`<p style="text-align:center">${b.text}</p>`);
    else if (b.type === 'right') out.push(`<p style="text-align:right">${b.text}</p>`);
    else if (b.type === 'table') out.push(d.table ? d.table(tableHtml(b, d.tableOpts)) : tableHtml(b, d.tableOpts));
    else {
      const tag = b.type;
      const first = tag === 'ol' ? Number(b.items[0].marker.replace(/\D/g, '')) : 1;
      out.push(`<${tag}${tag === 'ol' && first !== 1 ? ` start="${first}"` : ''}>\n${b.items.map((it) => `<li${it.depth ? ` style="margin-left:${it.depth * 1.5}em"` : ''}>${inline(it.text)}</li>`).join('\n')}\n</${tag}>`);
    }
  }
  return out.join('\n');
}
const paragraphs = (md) => blocks(md).filter((b) => b.type === 'p').map((b) => b.lines.join(''));

// ---------- dates ----------
const pad2 = (n) => String(n).padStart(2, '0');
const iso = ([y, m, d]) => `${y}-${pad2(m)}-${pad2(d)}`;
const WEEK = '日月火水木金土';
const wd = ([y, m, d]) => WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
const fw = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const reiwa = (y) => (y === 2019 ? '元' : String(y - 2018));
function shiftDate([y, m, d], days) {
  const t = new Date(Date.UTC(y, m - 1, d) + days * 86400000);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}
const FMT = {
  kanji: (x) => `${x[0]}年${x[1]}月${x[2]}日`,
  kanji0: (x) => `${x[0]}年${pad2(x[1])}月${pad2(x[2])}日`,
  kanjiWd: (x) => `${x[0]}年${x[1]}月${x[2]}日(${wd(x)})`,
  dot: (x) => `${x[0]}.${pad2(x[1])}.${pad2(x[2])}`,
  dotShort: (x) => `${x[0]}.${x[1]}.${x[2]}`,
  slash: (x) => `${x[0]}/${pad2(x[1])}/${pad2(x[2])}`,
  slashShort: (x) => `${x[0]}/${x[1]}/${x[2]}`,
  iso: (x) => iso(x),
  reiwa: (x) => `令和${reiwa(x[0])}年${x[1]}月${x[2]}日`,
  reiwaFw: (x) => fw(`令和${reiwa(x[0])}年${x[1]}月${x[2]}日`),
  reiwaR: (x) => `R${reiwa(x[0])}.${x[1]}.${x[2]}`,
  reiwaBoth: (x) => `令和${reiwa(x[0])}年(${x[0]}年)${x[1]}月${x[2]}日`,
  md: (x) => `${x[1]}月${x[2]}日`,
};

// ---------- decoys ----------
function decoyMaker(facts, pub) {
  const values = new Set();
  const dates = new Set();
  const other = [];
  const okValue = (v) => !facts.nums.has(v) && !facts.digits.includes(String(v)) && !values.has(v);
  const value = (lo, hi) => {
    for (let tries = 0; tries < 200; tries++) {
      const v = ri(lo, hi);
      if (okValue(v)) { values.add(v); return v; }
    }
    throw new Error('no decoy value');
  };
  const okDate = (x) => !facts.monthDays.has(`${x[1]}-${x[2]}`) && iso(x) !== iso(pub) && !dates.has(iso(x));
  const date = (lo, hi) => {
    for (let tries = 0; tries < 400; tries++) {
      const x = shiftDate(pub, ri(lo, hi));
      if (okDate(x)) { dates.add(iso(x)); return x; }
    }
    throw new Error('no decoy date');
  };
  const comma = (v) => v.toLocaleString('en-US');
  return { value, date, other: (s) => { other.push(s); return s; }, comma, result: () => ({ decoyValues: [...values].sort((a, b) => a - b), decoyDates: [...dates].sort(), decoyOther: other }) };
}

// ---------- shared chrome text ----------
const PREFS = ['東京都千代田区丸の内', '大阪府大阪市北区梅田', '愛知県名古屋市中村区名駅', '福岡県福岡市博多区博多駅前', '宮城県仙台市青葉区中央', '北海道札幌市中央区北一条西', '広島県広島市中区紙屋町', '新潟県新潟市中央区万代'];
const HEADLINES = ['年末年始の営業日のお知らせ', 'ホームページをリニューアルしました', '定期メンテナンスのお知らせ', '新サービス提供開始のお知らせ', '決算説明会資料を掲載しました', '夏季休業のお知らせ', '採用情報を更新しました', 'イベント開催のご案内', '窓口受付時間変更のお知らせ', '会員向けセミナーのご案内', '価格改定のお知らせ', '臨時休業のお知らせ', 'システム更新作業のお知らせ', '統合報告書を公開しました', 'キャンペーン実施のお知らせ', '電話回線工事のお知らせ'];
const NAMES = ['山本 一郎', '佐藤 健二', '田中 修', '高橋 誠', '伊藤 博之', '渡辺 勝', '中村 浩', '小林 隆', '加藤 聡', '吉田 剛'];
function phone(d) { return d.other(`0${ri(3, 9)}${ri(0, 9)}-${ri(100, 999)}-${ri(1000, 9999)}`); }
function address(d) { return d.other(`〒${ri(100, 999)}-${pad2(ri(0, 99))}${ri(10, 99)} ${pick(PREFS)}${ri(1, 9)}丁目${ri(1, 30)}番${ri(1, 20)}号`); }
function newsList(d, pub, n, fmt, { figures = true } = {}) {
  const items = [];
  const heads = shuffle(HEADLINES);
  for (let i = 0; i < n; i++) {
    const x = d.date(-150, 60);
    let h = heads[i];
    if (figures && i % 2 === 0) {
      const [unit, label] = pick([['件', '申込'], ['名', '参加者'], ['人', '来場者'], ['件', '契約数'], ['名', '定員'], ['人', '会員数']]);
      const v = d.value(120, 98000);
      h = label === '契約数' || label === '会員数' ? `${h}（${label}${d.comma(v)}${unit}突破）` : `${h}（${label}${d.comma(v)}${unit}）`;
    }
    items.push({ date: fmt(x), iso: iso(x), text: h });
  }
  return items.sort((a, b) => (a.iso < b.iso ? 1 : -1));
}
function jsonLd(e, { withDate, withOrg, modified }) {
  const o = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: e.title };
  if (withDate) o.datePublished = `${iso(e.date)}T${pad2(ri(9, 17))}:00:00+09:00`;
  if (modified) o.dateModified = `${iso(modified)}T10:00:00+09:00`;
  if (withOrg) o.publisher = { '@type': 'Organization', name: e.org };
  o.interactionStatistic = { '@type': 'InteractionCounter', interactionType: 'https://schema.org/LikeAction', userInteractionCount: e.d.value(40, 900) };
  return o;
}

// ---------- date and organization placement ----------
const DATE_MODES = ['dateline', 'dateline-updated', 'dot', 'reiwa', 'reiwa-fw', 'time-only', 'jsonld-only', 'title-only', 'breadcrumb-only', 'kei-kou', 'slash-time', 'weekday', 'reiwa-r', 'iso', 'md-year-in-url'];
const ORG_MODES = ['title', 'og', 'logo-alt', 'copyright', 'address', 'all'];

/** The visible date line of a mode (empty when the date lives elsewhere). */
function dateLine(e) {
  const x = e.date;
  switch (e.dateMode) {
    case 'dateline': return `公開日：${FMT.kanji(x)}`;
    case 'dateline-updated': return `掲載日：${FMT.kanji(x)}（最終更新日：${FMT.kanji(e.updated)}）`;
    case 'dot': return FMT.dot(x);
    case 'reiwa': return `${FMT.reiwa(x)}`;
    case 'reiwa-fw': return FMT.reiwaFw(x);
    case 'kei-kou': return `掲載：${FMT.dotShort(x)} ／ 更新：${FMT.dotShort(e.updated)}`;
    case 'slash-time': return `${FMT.slash(x)} ${pad2(ri(9, 18))}:00`;
    case 'weekday': return FMT.kanjiWd(x);
    case 'reiwa-r': return `更新日 ${FMT.reiwaR(x)}`;
    case 'iso': return iso(x);
    case 'md-year-in-url': return `${FMT.md(x)}（${wd(x)}）掲載`;
    default: return '';
  }
}
const hasUpdate = (m) => m === 'dateline-updated' || m === 'kei-kou';

// ---------- the six families ----------
const SITE_WORDS = (e) => e.org.replace(/^(株式会社|有限会社|一般社団法人|公益財団法人|学校法人|医療法人|社会福祉法人)/, '').replace(/(株式会社|有限会社)$/, '').trim() || e.org;

function head(e, { charset = 'utf-8', css = '', extraHead = '', titleText }) {
  const ld = e.jsonLd ? `<script type="application/ld+json">${JSON.stringify(e.jsonLd)}</script>` : '';
  const legacy = charset !== 'utf-8';
  return `${legacy ? '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html lang="ja">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n<meta http-equiv="Content-Style-Type" content="text/css">\n' : `<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="${charset}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`}<title>${esc(titleText)}</title>
${e.ogSiteName ? `<meta property="og:site_name" content="${esc(e.ogSiteName)}">\n` : ''}<meta property="og:title" content="${esc(e.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="${esc(e.pageUrl)}">
${ld}
${extraHead}
<style>
@font-face{font-family:"QSans";src:local("NotoSansCJKjp-Regular");font-weight:100 900}
@font-face{font-family:"QSerif";src:local("NotoSerifCJKjp-Regular");font-weight:100 900}
@page { size: ${e.paper.css}; margin: ${e.paper.margin}; }
${css}
</style>
</head>`;
}
function titleText(e, sep = ' | ', section = 'お知らせ') {
  const t = e.dateMode === 'title-only' ? `【${FMT.kanji(e.date)}】${e.title}` : e.title;
  return e.orgMode === 'title' || e.orgMode === 'all' ? `${t}${sep}${e.org}` : `${t}${sep}${section}`;
}
const logoAlt = (e, fallback) => (e.orgMode === 'logo-alt' || e.orgMode === 'all' ? e.org : fallback);
const copyright = (e, fallback = '') => { const who = e.orgMode === 'copyright' || e.orgMode === 'all' ? e.org : fallback; return `© ${e.date[0]}${who ? ` ${who}` : ''} All Rights Reserved.`; };
const addressBlock = (e, d) => (e.orgMode === 'address' || e.orgMode === 'all' ? `<address>${esc(e.org)}<br>${address(d)}<br>TEL ${phone(d)}</address>` : `<address>${address(d)}<br>TEL ${phone(d)}</address>`);
function crumbs(e, sep, extra = []) {
  const last = e.dateMode === 'breadcrumb-only' ? `${FMT.kanji(e.date)}のお知らせ` : e.title;
  return ['ホーム', ...extra, last].map((c, i, a) => (i < a.length - 1 ? `<a href="/${i ? 'news/' : ''}">${c}</a>` : `<span aria-current="page">${esc(c)}</span>`)).join(sep);
}
function timeTag(e, cls = 'posted') {
  const line = dateLine(e);
  if (e.dateMode === 'time-only') return `<time class="${cls}" datetime="${iso(e.date)}T09:00:00+09:00"></time>`;
  if (e.dateMode === 'md-year-in-url') return `<time class="${cls}">${line}</time>`;
  if (!line) return '';
  return `<time class="${cls}" datetime="${iso(e.date)}">${line}</time>`;
}

// 1. WordPress block theme of a regional bank: rate strip, mega-menu, 重要なお知らせ, article in a page-builder table
function wpPage(e) {
  const d = e.d;
  const brand = 'ホーム';
  const imp = newsList(d, e.date, 5, FMT.kanji0, { figures: false });
  const side = newsList(d, e.date, 6, FMT.dot);
  const rate1 = `0.${ri(1, 4)}00`, fx = `${ri(140, 158)}.${pad2(ri(0, 99))}`;
  const stores = d.value(21, 96), staff = d.value(310, 2900), cap = d.value(12, 480), share = d.value(11, 340);
  const body = bodyHtml(e.body, { table: (t) => `<figure class="wp-block-table is-style-stripes">${t}</figure>`, note: (ls) => `<div class="wp-block-group has-border-color" style="border:2px solid #8ab;padding:.6em 1em"><p class="has-small-font-size">${ls.map(inline).join('<br>\n')}</p></div>` });
  const inTable = rand() < 0.6;
  const article = `<article class="wp-block-post type-post">
<h1 class="wp-block-post-title">${esc(e.title)}</h1>
<div class="wp-block-post-date">${timeTag(e)}</div>
<div class="entry-content wp-block-post-content">
${inTable ? `<table class="fl-builder-row" width="100%"><tr><td class="fl-col" width="78%" valign="top">\n${body}\n</td><td class="fl-col" valign="top"><div class="fl-module share"><p>シェア</p><p>X ${share}</p><p>LINE</p></div></td></tr></table>` : body}
</div>
<div class="wp-block-buttons"><a class="wp-block-button__link" href="#">一覧へ戻る</a></div>
</article>`;
  const css = `body{font-family:"QSans","Noto Sans CJK JP",sans-serif;margin:0;color:#222;font-size:15px}
.rate-strip{background:#0b3a6b;color:#fff;font-size:12px;padding:4px 16px;display:flex;gap:24px}
header.wp-block-template-part{position:sticky;top:0;background:#fff;border-bottom:3px solid #0b3a6b;padding:8px 16px;display:flex;align-items:center;gap:24px;z-index:5}
.mega{display:flex;gap:18px;font-size:13px}.mega .panel{display:none}
.wrap{display:grid;grid-template-columns:1fr 250px;gap:28px;padding:16px 24px}
.wp-block-table table,article table{border-collapse:collapse;width:100%}article td,article th{border:1px solid #aaa;padding:4px 6px;font-size:13px}
.important{border:2px solid #c00;padding:8px 12px;margin:12px 24px}.important li{font-size:13px}
aside.widget-area{font-size:13px;border-left:1px solid #ddd;padding-left:14px}
footer{background:#0b3a6b;color:#eef;padding:16px 24px;font-size:12px}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:10px 20px;font-size:12px}
@media print{.mega{display:none}.cookie{opacity:.92}}`;
  return `${head(e, { css, titleText: titleText(e, ' – ') })}
<body class="wp-site-blocks single-post">
<div class="rate-strip"><span>普通預金 年${rate1}%</span><span>定期預金(1年) 年0.${ri(2, 6)}50%</span><span>USD/JPY ${fx}</span><span>${FMT.slash(d.date(-3, -1))} 現在</span></div>
<header class="wp-block-template-part">
<a class="custom-logo-link" href="/"><img class="custom-logo" src="/logo.svg" alt="${esc(logoAlt(e, brand))}" width="180" height="40"></a>
<nav class="mega"><span>個人のお客さま<div class="panel">預金 / ローン / 資産運用</div></span><span>法人のお客さま</span><span>店舗・ATM（${stores}店舗）</span><span>会社情報</span><span>採用情報</span></nav>
</header>
<section class="important"><h2>重要なお知らせ</h2><ul>${imp.map((n) => `<li><time>${n.date}</time> ${n.text}</li>`).join('')}</ul></section>
<nav class="breadcrumb" style="padding:0 24px;font-size:12px">${crumbs(e, ' › ', ['ニュースリリース'])}</nav>
<div class="wrap">
<main>${article}</main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">最新のお知らせ</h2><ul>${side.map((n) => `<li><span class="date">${n.date}</span><br>${n.text}</li>`).join('')}</ul></section>
<section class="widget"><h2 class="widget-title">アーカイブ</h2><ul><li>${e.date[0]}年</li><li>${e.date[0] - 1}年</li></ul></section></aside>
</div>
<footer class="wp-block-template-part">${addressBlock(e, d)}<p>店舗数 ${stores}店舗 ／ 従業員数 ${d.comma(staff)}名 ／ 出資金 ${cap}億円</p><p>${copyright(e)}</p></footer>
<div class="cookie">当サイトではCookieを使用しています。閲覧を続けると同意したものとみなします。 <button>同意する</button></div>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"pageview","postId":${d.value(1000, 9999)},"published":"${iso(d.date(-400, -200))}"});</script>
</body></html>`;
}

// 2. Old Shift_JIS table layout of a 健保組合 / 共済: <table width=760>, left menu, <font>, <center>, marquee
function sjisPage(e) {
  const d = e.d;
  const brand = 'トップページ';
  const news = newsList(d, e.date, 5, FMT.reiwa);
  const members = d.value(5200, 88000), insured = d.value(3100, 40000), offices = d.value(40, 390);
  const dl = e.dateMode === 'reiwa' || e.dateMode === 'reiwa-fw' || e.dateMode === 'reiwa-r' ? `<div align="right"><font size="2">${dateLine(e)}</font></div>` : dateLine(e) ? `<div align="right"><font size="2">${timeTag(e)}</font></div>` : timeTag(e);
  const body = bodyHtml(e.body, { tableOpts: { border: true }, hClass: 'midashi', para: (ls) => `<p><font size="3">${ls.map(inline).join('<br>\n')}</font></p>`, note: (ls) => `<table width="100%" border="1" cellpadding="6" cellspacing="0" bgcolor="#ffffee"><tr><td><font size="2">${ls.map(inline).join('<br>\n')}</font></td></tr></table>` });
  const css = `body{margin:0;font-family:"QSans","Noto Sans CJK JP",sans-serif}h2.midashi,h3.midashi{background:#e0ecd0;border-left:6px solid #4a7a2a;padding:3px 6px;font-size:16px}td{font-size:14px}table[border] th{background:#eef4e4}`;
  return `${head(e, { charset: 'Shift_JIS', css, titleText: titleText(e, '／', 'お知らせ') })}
<body bgcolor="#ffffff" text="#000000" link="#0000cc">
<a name="top"></a>
<center>
<table width="760" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" bgcolor="#4a7a2a"><img src="/img/title.gif" alt="${esc(logoAlt(e, brand))}" width="400" height="50"><font color="#ffffff" size="2">　加入者数 ${d.comma(members)}人（${FMT.reiwa(d.date(-120, -20))}現在）</font></td></tr>
<tr><td colspan="2" bgcolor="#eeeeee"><marquee scrollamount="3"><font size="2">${news.slice(0, 3).map((n) => `◆${n.date} ${n.text}`).join('　')}</font></marquee></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#f4f8ee">
<table width="100%" border="0" cellpadding="4">
<tr><td><font size="2"><b>メニュー</b></font></td></tr>
${['トップページ', '組合のご案内', '保険料について', '給付について', '健診・保健事業', '各種届出用紙', 'お知らせ一覧', 'リンク'].map((m) => `<tr><td><font size="2">■<a href="#">${m}</a></font></td></tr>`).join('\n')}
<tr><td><font size="2">事業所数：${offices}<br>被保険者数：${d.comma(insured)}人</font></td></tr>
</table>
</td>
<td width="590" valign="top">
<table width="100%" border="0" cellpadding="8"><tr><td>
<font size="2">${crumbs(e, ' &gt; ', ['お知らせ'])}</font>
${dl}
<h1><font size="5" color="#2a4a10">${esc(e.title)}</font></h1>
<hr size="1" noshade>
${body}
<br>
<div align="right"><font size="2"><a href="#top">このページの先頭へ</a></font></div>
<hr size="1" noshade>
<font size="2"><b>最近のお知らせ</b></font>
<ul>${news.map((n) => `<li><font size="2">${n.date}　${n.text}</font></li>`).join('')}</ul>
</td></tr></table>
</td></tr>
<tr><td colspan="2" bgcolor="#4a7a2a" align="center"><font color="#ffffff" size="2">${addressBlock(e, d)}<br>${copyright(e)}</font></td></tr>
</table>
</center>
<script language="JavaScript"><!--
var counter = ${d.value(100000, 999999)}; document.write('<font size=1>あなたは' + counter + '人目の訪問者です</font>');
//--></script>
</body></html>`;
}

// 3. Page-builder div soup of a shop (EC-CUBE-like chrome): generated classes, absolute boxes, text split into spans
function builderPage(e) {
  const d = e.d;
  const brand = pick(['ONLINE STORE', 'オンラインショップ', '公式通販']);
  let k = 0;
  const cid = () => `c-${(SEED + k++ * 7919).toString(36).slice(-5)}`;
  const spans = (s) => {
    const parts = s.split(/(?<=[、。）」])/);
    return parts.map((p) => `<span class="${cid()}">${inline(p)}</span>`).join('');
  };
  const body = bodyHtml(e.body, {
    para: (ls) => `<div class="${cid()} txt"><div class="${cid()}"><p class="${cid()}">${ls.map(spans).join('<br>')}</p></div></div>`,
    note: (ls) => `<div class="${cid()} boxed" style="border:1px dashed #c96;background:#fff8ef;padding:8px"><p>${ls.map(spans).join('<br>')}</p></div>`,
    table: (t) => `<div class="${cid()} tbl-wrap">${t}</div>`,
    hClass: 'bld-heading',
  });
  const ranking = Array.from({ length: 5 }, (_, i) => `<div class="${cid()} rank"><span class="no">${i + 1}位</span><img src="/p/${i}.jpg" alt="商品画像"><span>${pick(['有機ほうじ茶', '国産はちみつ', '天然酵母パン', '季節のジャム', '無添加だし', '手作り石けん'])}</span><span class="price">¥${d.comma(d.value(680, 9800))}（税込）</span><span class="pt">${d.value(12, 98)}ポイント</span><span class="rv">レビュー${d.value(13, 870)}件</span></div>`).join('');
  const news = newsList(d, e.date, 4, FMT.slashShort);
  const dl = dateLine(e) || e.dateMode === 'time-only' ? `<div class="${cid()} meta">${timeTag(e)}</div>` : '';
  const css = `body{margin:0;font-family:"QSans","Noto Sans CJK JP",sans-serif;font-size:14px;color:#333}
.hdr{position:relative;height:120px;background:#f7f3ea}.hdr>div{position:absolute}
.b1{left:20px;top:14px}.b2{right:20px;top:18px;border:1px solid #999;padding:4px 10px;font-size:12px}.b3{left:0;right:0;top:70px;background:#6b8e23;color:#fff;text-align:center;padding:6px}
.cols{display:flex;gap:20px;padding:20px}.main{flex:1}.side{width:220px;font-size:12px}
.tbl-wrap table{border-collapse:collapse;width:100%}.tbl-wrap td,.tbl-wrap th{border:1px solid #bbb;padding:4px}
.rank{display:grid;grid-template-columns:40px 50px 1fr;font-size:12px;border-bottom:1px solid #eee;padding:4px 0}.rank img{width:40px;height:40px;background:#ddd}
.ranking{display:grid;grid-template-columns:repeat(5,1fr);gap:8px;padding:0 20px}
.ft{background:#3c3c3c;color:#ddd;font-size:12px;padding:16px 20px}`;
  return `${head(e, { css, titleText: titleText(e, ' | ', brand) })}
<body>
<div id="SITE_CONTAINER"><div class="hdr">
<div class="b1"><a href="/"><img src="/logo.png" alt="${esc(logoAlt(e, brand))}" width="200" height="48"></a></div>
<div class="b2"><div>カート <span>0点</span> <span>¥0</span></div><div>ログイン ｜ 新規会員登録</div></div>
<div class="b3"><span>${d.comma(d.value(3000, 9900))}円以上のお買い上げで送料無料</span>　<span>会員登録で${d.value(200, 900)}ポイントプレゼント</span></div>
</div>
<div class="${cid()} crumbs" style="padding:6px 20px;font-size:12px">${crumbs(e, ' ＞ ', ['新着情報'])}</div>
<div class="cols"><div class="main"><div class="${cid()}"><div class="${cid()}">
<h1 class="${cid()}"><span>${esc(e.title)}</span></h1>
${dl}
<div class="${cid()} rich-text">
${body}
</div></div></div></div>
<div class="side"><div class="${cid()}"><h3>新着情報</h3>${news.map((n) => `<div class="${cid()}"><span>${n.date}</span><br><span>${n.text}</span></div>`).join('')}</div>
<div class="${cid()}"><h3>営業日カレンダー</h3><p>${e.date[1]}月の定休日：土・日・祝日</p><p>ご注文は24時間受付</p></div></div></div>
<h2 style="padding:0 20px">人気ランキング</h2><div class="ranking">${ranking}</div>
<div class="ft"><p>${brand}（運営：${e.orgMode === 'all' || e.orgMode === 'address' ? esc(e.org) : '当社'}）</p>${addressBlock(e, d)}<p>特定商取引法に基づく表記 ｜ プライバシーポリシー</p><p>${copyright(e)}</p></div>
</div>
<script>var wixBiSession={"viewerSessionId":"${cid()}","initialTimestamp":${Date.UTC(...[e.date[0], e.date[1] - 2, 5])},"visitors":${d.value(10000, 99999)}};</script>
</body></html>`;
}

// 4. Movable Type of a university department (EUC-JP or UTF-8): calendar, tag cloud, 在籍者数・教員数
function mtPage(e, charset) {
  const d = e.d;
  const dept = `${pick(['情報工学', '応用化学', '人間科学', '経営情報', '生命科学'])}${pick(['科', '専攻', '学科'])}`;
  const [y, m] = e.date;
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  let cal = '<tr>' + '<td></td>'.repeat(first);
  for (let dd = 1; dd <= days; dd++) {
    cal += `<td>${dd === e.date[2] && e.dateMode !== 'jsonld-only' && e.dateMode !== 'title-only' ? `<a href="#">${dd}</a>` : dd}</td>`;
    if ((first + dd) % 7 === 0) cal += '</tr><tr>';
  }
  cal += '</tr>';
  const recent = newsList(d, e.date, 6, FMT.kanji0);
  const students = d.value(180, 1600), faculty = d.value(14, 95), grads = d.value(40, 420);
  const tags = ['お知らせ', '入試', '研究', 'セキュリティ', '学生生活', '就職', 'イベント'].map((t) => `<a href="#" style="font-size:${ri(10, 20)}px">${t}</a>`).join(' ');
  const body = bodyHtml(e.body, { note: (ls) => `<blockquote class="note">${ls.map(inline).join('<br>\n')}</blockquote>` });
  const stamp = dateLine(e);
  const css = `body{font-family:"QSerif","Noto Serif CJK JP",serif;background:#fafaf5;margin:0;font-size:14px}
#banner{background:#1d3557;color:#fff;padding:14px 20px}#container{display:flex;gap:18px;padding:14px}#alpha{flex:1}#beta{width:210px;font-size:12px}
.entry-footer{font-size:12px;color:#666;border-top:1px dotted #999;margin-top:16px}blockquote.note{border-left:4px solid #999;margin:1em 0;padding:.3em 1em;background:#f0f0ea}
table.calendar td{font-size:11px;text-align:center;padding:1px 3px}#alpha table{border-collapse:collapse}#alpha table td,#alpha table th{border:1px solid #888;padding:3px 5px}`;
  return `${head(e, { charset, css, titleText: titleText(e, ': ', `${dept} ニュース`) })}
<body class="mt-entry-archive">
<div id="banner"><h1 id="banner-header"><a href="/" accesskey="1"><img src="/mt-static/logo.gif" alt="${esc(logoAlt(e, `${dept}`))}"></a>${dept} ニュース</h1><p id="banner-description">${dept}の最新情報をお届けします</p></div>
<div id="container"><div id="alpha">
<p class="breadcrumbs" style="font-size:12px">${crumbs(e, ' &raquo; ', ['ニュース'])}</p>
${e.dateMode === 'dot' || e.dateMode === 'iso' || e.dateMode === 'weekday' ? `<h2 class="date-header">${stamp}</h2>` : ''}
<div class="entry" id="entry-${d.value(1000, 4999)}">
<h3 class="entry-header">${esc(e.title)}</h3>
<div class="entry-content"><div class="entry-body">
${body}
</div></div>
<p class="entry-footer"><span class="post-footers">投稿者 webmaster ${e.dateMode === 'dot' || e.dateMode === 'iso' || e.dateMode === 'weekday' ? '' : timeTag(e, 'published')}</span> <span class="separator">|</span> <a href="#">コメント (0)</a> <span class="separator">|</span> <a href="#">トラックバック (0)</a></p>
</div>
<div class="content-nav" style="font-size:12px">« <a href="#">前の記事</a> | <a href="/">メインページ</a> | <a href="#">次の記事</a> »</div>
</div>
<div id="beta">
<div class="widget-calendar"><h3>${y}年${m}月</h3><table class="calendar"><tr><th>日</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr>${cal}</table></div>
<div class="widget-recent"><h3>最近のエントリー</h3><ul>${recent.map((n) => `<li>${n.text}<br><small>${n.date}</small></li>`).join('')}</ul></div>
<div class="widget-tags"><h3>タグクラウド</h3><p>${tags}</p></div>
<div class="widget-about"><h3>${dept}について</h3><p>在籍者数 ${students}名（学部${students - grads}名・大学院${grads}名）<br>教員数 ${faculty}名<br>（${FMT.kanji(d.date(-200, -60))}現在）</p></div>
<div class="widget-syndicate"><a href="/atom.xml">購読する このブログを購読</a></div>
</div></div>
<div id="footer" style="font-size:12px;padding:10px 20px;border-top:1px solid #ccc">${addressBlock(e, d)}<p>${copyright(e)}</p><p>Powered by Movable Type 4.${ri(1, 3)}</p></div>
</body></html>`;
}

// 5. Next.js SaaS news page: fixed header, cookie modal, body as cards, part of the text in __NEXT_DATA__
function nextPage(e) {
  const d = e.d;
  const brand = `${pick(['Cloud', 'Smart', 'Flow', 'Kintai', 'Sales'])}${pick(['Desk', 'Base', 'Hub', 'Note'])}`;
  const incidents = Array.from({ length: 4 }, () => {
    const x = d.date(-90, 20);
    return { at: `${FMT.slash(x)} ${pad2(ri(0, 23))}:${pad2(ri(0, 59))}`, iso: iso(x), text: pick(['一部機能で表示遅延が発生', 'ログインしづらい事象', 'API応答の遅延', '通知メールの送信遅延']), status: pick(['復旧済み', '調査中', '監視中']) };
  });
  const users = d.value(1200, 98000), companies = d.value(300, 9000);
  const bs = blocks(e.body);
  const icons = ['ℹ', '⚠', '✔', '☎'];
  // cards: a heading starts a new card
  const cards = [];
  let cur = [];
  for (const b of bs) { if (b.type === 'h' && cur.length) { cards.push(cur); cur = []; } cur.push(b); }
  if (cur.length) cards.push(cur);
  const cardHtml = cards.map((c, i) => {
    const md = c.map((b) => blockMd(b)).join('\n\n');
    return `<section class="Card_card__${(i * 31 + 7).toString(36)}"><span class="Card_icon" aria-hidden="true">${icons[i % 4]}</span><div class="Card_body">${bodyHtml(md, { note: (ls) => `<aside class="Callout_root"><p>${ls.map(inline).join('<br>')}</p></aside>` })}</div></section>`;
  }).join('\n');
  const paras = paragraphs(e.body);
  const nextData = {
    props: { pageProps: {
      post: { slug: `news-${iso(e.date).replace(/-/g, '')}`, title: e.title, ...(e.dateMode === 'jsonld-only' || e.dateMode === 'title-only' || e.dateMode === 'breadcrumb-only' ? {} : { publishedAt: `${iso(e.date)}T10:00:00+09:00` }), excerpt: paras[0] ?? '', blocks: paras.slice(0, Math.max(1, Math.ceil(paras.length / 2))).map((t, i) => ({ id: `b${i}`, type: 'paragraph', text: t })) },
      related: newsList(d, e.date, 3, FMT.iso).map((n) => ({ date: n.iso, title: n.text })),
      stats: { users, companies, uptime: 99.98 },
    } },
    page: '/news/[slug]', query: { slug: 'x' }, buildId: `q${SEED.toString(36)}`, isFallback: false, gsp: true,
  };
  const related = nextData.props.pageProps.related;
  const modal = rand() < 0.6;
  const css = `body{margin:0;font-family:"QSans","Noto Sans CJK JP",sans-serif;font-size:15px;color:#1a1a2e}
header.Header_root{position:fixed;top:0;left:0;right:0;height:56px;background:#111827;color:#fff;display:flex;align-items:center;gap:24px;padding:0 24px;z-index:10}
main{padding:80px 32px 32px;display:grid;grid-template-columns:1fr 240px;gap:28px}
section[class^=Card_card]{border:1px solid #e5e7eb;border-radius:12px;padding:16px 20px 16px 56px;margin:14px 0;position:relative;box-shadow:0 1px 3px #0002}
.Card_icon{position:absolute;left:18px;top:18px;font-size:20px}.Callout_root{background:#eef6ff;border-radius:8px;padding:6px 12px}
section table{border-collapse:collapse;width:100%}section td,section th{border:1px solid #ccd;padding:4px 6px;font-size:13px}
.Status_root{font-size:12px;border:1px solid #f0c36d;background:#fffaf0;padding:10px;border-radius:8px}
footer{background:#f3f4f6;padding:20px 32px;font-size:12px}
.CookieModal_backdrop{position:fixed;inset:0;background:#0006;z-index:20;display:flex;align-items:center;justify-content:center}
.CookieModal_box{background:#fff;width:420px;padding:20px;border-radius:12px;font-size:13px}
@media print{html{zoom:${e.paper.zoom ?? 1}}}`;
  return `${head(e, { css, titleText: titleText(e, ' | ', `${brand} ニュース`), extraHead: `<link rel="preload" href="/_next/static/css/${cidHash(e.id)}.css" as="style"><meta name="next-head-count" content="9">` })}
<body><div id="__next">
<header class="Header_root"><a href="/"><img src="/_next/image?url=%2Flogo.svg&amp;w=128&amp;q=75" alt="${esc(logoAlt(e, brand))}" width="120" height="28"></a><nav><a href="/product">製品</a> <a href="/pricing">料金</a> <a href="/news">ニュース</a> <a href="/status">障害情報</a></nav><span>導入社数 ${d.comma(companies)}社</span></header>
<main><article>
<nav aria-label="breadcrumb" style="font-size:12px">${crumbs(e, ' / ', ['ニュース'])}</nav>
<h1>${esc(e.title)}</h1>
<div class="Meta_root">${timeTag(e)} <span class="Meta_likes">♡ ${d.value(20, 800)}</span></div>
${cardHtml}
</article>
<aside><div class="Status_root"><h2 style="font-size:14px">障害情報</h2><ul>${incidents.map((i) => `<li><time dateTime="${i.iso}">${i.at}</time><br>${i.text}（${i.status}）</li>`).join('')}</ul></div>
<h2 style="font-size:14px">関連ニュース</h2><ul style="font-size:12px">${related.map((r) => `<li>${r.date.replace(/-/g, '.')} ${r.title}</li>`).join('')}</ul>
<p style="font-size:12px">ご利用ユーザー数 ${d.comma(users)}人</p></aside>
</main>
<footer>${addressBlock(e, d)}<p>${copyright(e)}</p></footer>
${modal ? `<div class="CookieModal_backdrop" role="dialog"><div class="CookieModal_box"><h2>Cookieの利用について</h2><p>当サイトはサービス向上のためCookieを利用します。詳しくはCookieポリシーをご覧ください。</p><button>すべて許可</button> <button>必要なもののみ</button></div></div>` : ''}
</div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script>
</body></html>`;
}
const cidHash = (s) => Buffer.from(`${SEED}${s}`).toString('hex').slice(0, 16);
function blockMd(b) {
  if (b.type === 'h') return `${'#'.repeat(b.level)} ${b.text}`;
  if (b.type === 'p' || b.type === 'note') return b.lines.join('\n');
  if (b.type === 'center' || b.type === 'right') return b.text;
  if (b.type === 'table') return [b.head, b.head.map(() => '---'), ...b.rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  return b.items.map((it) => `${'  '.repeat(it.depth)}${it.marker} ${it.text}`).join('\n');
}

// 6. Bootstrap CMS of a hospital or 学校法人: cards, accordion (FAQ), info box, 担当課 block, feedback form
function bsPage(e) {
  const d = e.d;
  const hospital = rand() < 0.5;
  const brand = hospital ? '病院からのお知らせ' : '大学ニュース';
  const info = hospital
    ? `<div class="card mb-3"><div class="card-header">外来受付時間</div><table class="table table-sm mb-0"><tr><th>平日</th><td>8:30～11:30</td></tr><tr><th>土曜</th><td>8:30～10:30</td></tr></table><div class="card-body small">病床数 ${d.value(120, 780)}床 ／ 診療科 ${d.value(18, 38)}科<br>1日平均外来患者数 ${d.comma(d.value(400, 2400))}人</div></div>`
    : `<div class="card mb-3"><div class="card-header">大学概要</div><div class="card-body small">学生数 ${d.comma(d.value(1800, 14000))}名<br>入学定員 ${d.comma(d.value(300, 2600))}名<br>専任教員数 ${d.value(80, 560)}名<br>（${FMT.reiwa(d.date(-300, -60))}現在）</div></div>`;
  const banner = hospital ? `<div class="alert alert-danger mb-0 rounded-0 text-center">休診のお知らせ：${FMT.md(d.date(5, 40))}（${pick(['月', '水', '金'])}）は${pick(['眼科', '皮膚科', '整形外科'])}を休診します</div>` : `<div class="alert alert-primary mb-0 rounded-0 text-center">入試情報：${e.date[0] + 1}年度一般選抜 出願受付中（募集人員${d.value(110, 980)}名）</div>`;
  const news = newsList(d, e.date, 5, FMT.kanji);
  const mega = hospital ? ['外来のご案内', '入院のご案内', '診療科・部門', '病院のご紹介', '採用情報'] : ['受験生の方へ', '在学生の方へ', '卒業生の方へ', '企業の方へ', '大学案内'];
  const body = bodyHtml(e.body, { tableOpts: { cls: 'table table-bordered table-sm' }, note: (ls) => `<div class="alert alert-secondary" role="note">${ls.map(inline).join('<br>\n')}</div>` });
  const stacked = e.paper.narrow;
  const css = `body{font-family:"QSans","Noto Sans CJK JP",sans-serif;font-size:15px;margin:0}
.container{max-width:1100px;margin:0 auto;padding:0 16px}.row{display:flex;gap:24px}.col-main{flex:1}.col-side{width:260px}
.navbar{background:#0d6efd;color:#fff;padding:10px 16px;display:flex;gap:20px;align-items:center}.navbar a{color:#fff}
.card{border:1px solid #ddd;border-radius:6px;margin-bottom:12px}.card-header{background:#f7f7f7;padding:6px 10px;font-weight:bold}.card-body{padding:8px 10px}
.alert{padding:10px 14px;border-radius:4px}.alert-danger{background:#f8d7da}.alert-primary{background:#cfe2ff}.alert-secondary{background:#e2e3e5;margin:10px 0}
.table{border-collapse:collapse;width:100%}.table td,.table th{border:1px solid #bbb;padding:4px 6px}
.accordion-item{border:1px solid #ddd}.accordion-button{padding:8px 12px;font-weight:bold}.accordion-body{padding:8px 12px}
.fab-contact{position:fixed;right:16px;bottom:16px;background:#198754;color:#fff;padding:10px 16px;border-radius:24px}
footer{background:#212529;color:#ccc;padding:20px 16px;font-size:12px;margin-top:20px}
${stacked ? '@media print{.row{display:block}.col-side{width:auto}body{max-width:390px}}' : '@media print{.col-side{display:none}.navbar .mega{display:none}}'}`;
  return `${head(e, { css, titleText: titleText(e, ' | ', brand) })}
<body>
<a class="visually-hidden-focusable" href="#main">本文へ</a>
${banner}
<nav class="navbar"><a class="navbar-brand" href="/"><img src="/assets/logo.png" alt="${esc(logoAlt(e, brand))}" height="36"></a><span class="mega">${mega.map((m) => `<a href="#">${m}</a>`).join(' ')}</span></nav>
<div class="container">
<ol class="breadcrumb" style="font-size:12px;list-style:none;display:flex;gap:6px;padding:8px 0">${crumbs(e, ' ＞ ', ['お知らせ']).split(' ＞ ').map((c) => `<li class="breadcrumb-item">${c}</li>`).join('')}</ol>
<ul class="nav nav-tabs small"><li class="nav-item">すべて</li><li class="nav-item active">お知らせ</li><li class="nav-item">${hospital ? '患者さま向け' : '在学生向け'}</li></ul>
<div class="row"><main id="main" class="col-main">
<h1 class="h3 border-bottom pb-2">${esc(e.title)}</h1>
${e.dateMode === 'reiwa-r' || e.dateMode === 'dateline' ? `<p class="text-end text-muted small" style="text-align:right;color:#888;font-size:12px">${dateLine(e)}</p>` : `<p class="small">${timeTag(e)}</p>`}
<div class="cms-content">
${body}
</div>
<div class="card mt-4"><div class="card-header">このページに関するお問い合わせ</div><div class="card-body small">担当：${hospital ? '医事課' : '広報課'}<br>電話：${phone(d)}（受付時間 平日9:00～17:00）</div></div>
<div class="accordion mt-3" id="faq"><h2 class="h5">よくある質問</h2>
<div class="accordion-item"><div class="accordion-button">Q. ${hospital ? '面会はできますか' : '窓口の受付時間は'}</div><div class="accordion-body">A. ${hospital ? "面会は短時間でお願いします。" : '平日9時から17時までです。'}</div></div></div>
<form class="card mt-3 p-2 small"><p>この情報はお役に立ちましたか？</p><label><input type="radio" name="fb"> 役に立った</label> <label><input type="radio" name="fb"> どちらともいえない</label> <label><input type="radio" name="fb"> 役に立たなかった</label></form>
</main>
<aside class="col-side">${info}
<div class="card"><div class="card-header">最新のお知らせ</div><ul class="list-group list-group-flush small">${news.map((n) => `<li class="list-group-item">${n.date}<br>${n.text}</li>`).join('')}</ul></div></aside>
</div></div>
<a class="fab-contact" href="/contact">お問い合わせ</a>
<footer>${addressBlock(e, d)}<p>${copyright(e)}</p></footer>
<script src="/assets/bootstrap.bundle.min.js"></script>
</body></html>`;
}

// ---------- Word-style documents ----------
function docHtml(e) {
  const d = e.d;
  const x = e.date;
  const dateText = e.docVariant.wareki ? fw(`令和${reiwa(x[0])}年${x[1]}月${x[2]}日`) : FMT.kanji(x);
  const repTitle = /^(医療法人|社会福祉法人|一般社団法人|公益社団法人|一般財団法人|公益財団法人|学校法人|特定非営利活動法人)/.test(e.org) ? '理事長' : /(大学|学校|病院|センター|協会|組合|研究所|学会|機構)/.test(e.org) ? (/(大学)/.test(e.org) ? '学長' : /病院/.test(e.org) ? '院長' : '会長') : /(市|町|村|県|府|都|庁|省|局)$/.test(e.org) ? '' : '代表取締役社長';
  const rep = repTitle ? `${repTitle}　${e.docRep}` : '';
  const bs = blocks(e.body);
  let n = 0;
  const hasKi = bs.some((b) => b.type === 'center');
  const hasIjo = bs.some((b) => b.type === 'right');
  const out = [];
  let kiPlaced = hasKi;
  for (const b of bs) {
    if (b.type === 'h') {
      if (!kiPlaced) { out.push('<p class="ki">記</p>'); kiPlaced = true; }
      n++;
      const numbered = /^[0-9０-９一二三四五六七八九十（(【第■●・]/.test(b.text);
      out.push(`<h2>${numbered ? '' : `${n}．`}${inline(b.text)}</h2>`);
    } else out.push(bodyHtml(blockMd(b), { tableOpts: { spans: e.docVariant.spans } }));
  }
  if (!hasIjo) out.push('<p class="ijo">以上</p>');
  const headBlock = e.docVariant.box
    ? `<div class="hbox"><div>お客様各位</div><div class="r">${dateText}<br>${esc(e.org)}${rep ? `<br>${rep}` : ''}</div></div>`
    : `<div class="hcols"><div class="l">お客様各位<br>お取引先各位</div><div class="r">${dateText}<br>${esc(e.org)}${rep ? `<br>${rep}` : ''}</div></div>`;
  const contactTel = phone(d);
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(e.title)}</title><style>
@font-face{font-family:"QSans";src:local("NotoSansCJKjp-Regular");font-weight:100 900}
@font-face{font-family:"QSerif";src:local("NotoSerifCJKjp-Regular");font-weight:100 900}
@page{size:A4;margin:25mm 22mm 22mm;@bottom-center{content:"- " counter(page) " -";font-size:10pt;font-family:"QSerif"}}
body{font-family:"QSerif","Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.7;${e.docVariant.justify ? 'text-align:justify;letter-spacing:.08em;' : ''}}
.hcols{display:flex;justify-content:space-between}.hcols .r,.hbox .r{text-align:right}.hbox{border:1px solid #000;padding:8px 12px;display:flex;justify-content:space-between}
h1{text-align:center;font-size:14pt;margin:28px auto 20px;${e.docVariant.wrapTitle ? 'width:62%;' : ''}}h2{font-size:11pt;margin:14px 0 4px}
p{margin:0 0 8px;text-indent:1em}.ki{text-align:center;text-indent:0;margin:14px 0}.ijo{text-align:right}
table{border-collapse:collapse;width:100%;margin:6px 0;table-layout:fixed}td,th{border:1px solid #000;padding:3px 5px;font-size:9.5pt;vertical-align:top;word-break:break-all}thead{display:table-header-group}th{background:#eee}
.contact{border:1px solid #000;padding:8px 12px;margin-top:18px;font-size:10pt}.fn{border-top:1px solid #000;margin-top:18px;font-size:8.5pt;width:40%}
aside.note{border:1px solid #666;padding:4px 8px;margin:6px 0}
</style></head><body>
${headBlock}
<h1>${esc(e.title)}</h1>
${out.join('\n')}
<div class="contact"><b>【本件に関するお問い合わせ先】</b><br>${esc(e.org)}　お客様相談窓口<br>電話：${contactTel}<br>受付時間：平日 9:00～17:00（土日祝日・年末年始を除く）</div>
<div class="fn">※本書面は${FMT.kanji(x).replace(/^\d+年/, '')}時点の情報に基づいています。</div>
</body></html>`;
}

// ---------- legacy encodings (numeric character references for what the encoding lacks) ----------
function encode(html, encoding) {
  const label = encoding === 'Shift_JIS' ? 'CP932' : 'EUC-JP';
  const decoder = new TextDecoder(encoding === 'Shift_JIS' ? 'shift_jis' : 'euc-jp');
  const chars = [...new Set([...html].filter((c) => c.codePointAt(0) > 0x7f))];
  const bad = new Set();
  for (const c of chars) {
    let ok = false;
    try {
      const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', label], { input: c, stdio: ['pipe', 'pipe', 'ignore'] });
      ok = decoder.decode(bytes) === c;
    } catch { ok = false; }
    if (!ok) bad.add(c);
  }
  const text = [...html].map((c) => (bad.has(c) ? `&#${c.codePointAt(0)};` : c)).join('');
  return { bytes: execFileSync('iconv', ['-f', 'UTF-8', '-t', label], { input: text, maxBuffer: 64 << 20 }), replaced: [...bad] };
}

// ---------- build ----------
for (const dir of ['html', 'pdf', 'doc', 'sources']) rmSync(join(OUT, dir), { recursive: true, force: true });
rmSync(DOC_BUILD, { recursive: true, force: true });
for (const dir of ['html', 'pdf', 'doc', 'sources']) mkdirSync(join(OUT, dir), { recursive: true });
mkdirSync(DOC_BUILD, { recursive: true });

const STYLES = ['wp', 'sjis', 'builder', 'mt', 'next', 'bs'];
const PAPERS = {
  wp: [{ css: 'A4', margin: '12mm', label: 'A4 portrait', headerFooter: true }, { css: 'B5', margin: '10mm', label: 'B5 portrait' }, { css: 'A4 landscape', margin: '10mm', label: 'A4 landscape' }],
  sjis: [{ css: 'A4', margin: '10mm', label: 'A4 portrait' }, { css: 'B5', margin: '8mm', label: 'B5 portrait', headerFooter: true }, { css: 'letter', margin: '12mm', label: 'Letter portrait' }],
  builder: [{ css: 'A4', margin: '4mm', label: 'A4 portrait, 4 mm margins' }, { css: 'letter landscape', margin: '8mm', label: 'Letter landscape' }, { css: 'B5', margin: '6mm', label: 'B5 portrait', headerFooter: true }],
  mt: [{ css: 'A4', margin: '15mm', label: 'A4 portrait', headerFooter: true }, { css: 'letter landscape', margin: '10mm', label: 'Letter landscape', headerFooter: true }, { css: 'B5', margin: '12mm', label: 'B5 portrait' }],
  next: [{ css: 'A4', margin: '10mm', label: 'A4 portrait, 70% zoom', zoom: 0.7 }, { css: 'letter', margin: '10mm', label: 'Letter portrait', headerFooter: true }, { css: 'A4 landscape', margin: '8mm', label: 'A4 landscape' }],
  bs: [{ css: 'A4', margin: '12mm', label: 'A4 portrait, mobile width (side bar stacked)', narrow: true, headerFooter: true }, { css: 'A4', margin: '12mm', label: 'A4 portrait, print CSS drops side bar' }, { css: 'B5 landscape', margin: '10mm', label: 'B5 landscape' }],
};
const RENDER = { wp: wpPage, sjis: sjisPage, builder: builderPage, mt: mtPage, next: nextPage, bs: bsPage };
const docIdx = new Set(shuffle([...Array(40).keys()]).slice(0, 10));
const dateModes = shuffle([...DATE_MODES, ...DATE_MODES, ...DATE_MODES]).slice(0, 40);
const orgModes = shuffle(Array.from({ length: 42 }, (_, i) => ORG_MODES[i % ORG_MODES.length])).slice(0, 40);
let mtSeen = 0;
const manifest = [];
const origin = [];
let docN = 0;
drawn.forEach((r, i) => {
  const id = `q${pad2(i + 1)}`;
  const style = STYLES[i % 6];
  let encoding = 'utf-8';
  if (style === 'sjis') encoding = 'Shift_JIS';
  if (style === 'mt' && mtSeen++ < 5) encoding = 'EUC-JP';
  const facts = releaseFacts(r.source);
  const d = decoyMaker(facts, r.date);
  const e = { id, ...r, d, style, encoding, dateMode: dateModes[i], orgMode: orgModes[i], paper: pick(PAPERS[style]) };
  if (style === 'sjis' && e.dateMode === 'time-only') e.dateMode = 'reiwa-fw';
  if (hasUpdate(e.dateMode)) e.updated = d.date(3, 30);
  e.pageUrl = `https://www.example-${style}.jp/news/${e.dateMode === 'md-year-in-url' ? `${e.date[0]}/` : ''}${id}.html`;
  e.ogSiteName = e.orgMode === 'og' || e.orgMode === 'all' ? r.org : null;
  const ldWanted = e.dateMode === 'jsonld-only' || style === 'next' || style === 'wp' || e.orgMode === 'all';
  e.jsonLd = ldWanted ? jsonLd(e, { withDate: e.dateMode === 'jsonld-only' || e.dateMode !== 'title-only' && e.dateMode !== 'breadcrumb-only' && e.dateMode !== 'md-year-in-url' && rand() < 0.5, withOrg: e.orgMode === 'all', modified: e.updated }) : null;
  let html = RENDER[style](e, encoding === 'EUC-JP' ? 'EUC-JP' : 'utf-8');
  const htmlFile = `html/${style}-${id}.html`;
  let replaced = [];
  if (encoding === 'utf-8') writeFileSync(join(OUT, htmlFile), html);
  else { const enc = encode(html, encoding); writeFileSync(join(OUT, htmlFile), enc.bytes); replaced = enc.replaced; }
  writeFileSync(join(OUT, `sources/${id}.md`), r.source.endsWith('\n') ? r.source : `${r.source}\n`);
  let doc = null;
  if (docIdx.has(i)) {
    e.docRep = pick(NAMES);
    e.docVariant = { wareki: docN % 3 === 0, box: docN % 2 === 1, justify: docN % 4 === 2, spans: docN % 2 === 0, wrapTitle: docN === 3 };
    docN++;
    writeFileSync(join(DOC_BUILD, `${id}.html`), docHtml(e));
    doc = `doc/${id}.pdf`;
  }
  const dec = d.result();
  manifest.push({
    id, archive: r.rel, source: `sources/${id}.md`, html: htmlFile, style, encoding, pdf: `pdf/${style}-${id}.pdf`,
    pdfPage: { paper: e.paper.label, chromiumHeaderFooter: Boolean(e.paper.headerFooter) }, doc, org: r.org, title: r.title,
    publishedAt: iso(r.date), dateMode: e.dateMode, orgMode: e.orgMode, metadata: { ogSiteName: e.ogSiteName, jsonLd: e.jsonLd },
    ...dec, ...(replaced.length ? { numericCharRefs: replaced } : {}),
  });
  origin.push(`${id}\t${r.rel}`);
});
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(OUT, 'ORIGIN.txt'), `${origin.join('\n')}\n`);
console.log(`${candidates.length} candidates, ${manifest.length} pages, ${docN} documents (HTML in ${DOC_BUILD})`);
