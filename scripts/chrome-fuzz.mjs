#!/usr/bin/env node
// `npm run robust:fuzz [-- --n 200 --seed 1 --verbose --dump DIR --only N]`: a chrome fuzzer for issue #12.
// The eighteen hand-made page sets each come from one generator, and every new generator still breaks the
// tool somewhere; so here every page is composed from independent random choices (skeleton, class names,
// source order, wrapper depth, header, title block, date line form and place, side blocks, related news,
// share and prev/next, footer, cookie banner, scripts, encoding) around the whole 本文 of an archive release.
// Hundreds of sites no generator has made are read in a minute, and the per-choice table shows which
// choice values the tool reads worst. Written blind to the tool's code (only scripts/pageFacts.mjs is used).
//
// Every figure and date placed in the chrome is a decoy drawn so it never occurs in the release (numbers
// after NFKC, commas, 万/千/億 and kanji numerals; dates against every month-day the release mentions), as
// fixtures/pages-r/README.md describes. Pages are not committed: they are byte-identical for a seed.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Encoding from 'encoding-japanese';
import { keyedMulberry32 } from './seededRandom.mjs';
import { REFERENCE_DATE } from './referenceDay.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
export const ARCHIVE = '/work/shared/archive';

// ---------- the archive: releases with one 本文 and a title / date / organization ----------
function listArchive(dir = ARCHIVE) {
  const out = [];
  for (const y of readdirSync(dir).filter((d) => /^\d{4}$/.test(d)).sort())
    for (const m of readdirSync(join(dir, y)).sort())
      for (const f of readdirSync(join(dir, y, m)).sort()) if (f.endsWith('.md')) out.push(join(dir, y, m, f));
  return out;
}
/** The release's summary and 本文, or undefined when the file holds more than one 本文 or lacks a dated summary. */
export function readRelease(file) {
  const raw = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  if ((raw.match(/^# 本文\s*$/gm) ?? []).length !== 1) return undefined;
  // the source Markdown: the file without its 事案ID / 公表種別 sections
  const sections = raw.split(/^(?=# )/m);
  const md = sections.filter((s) => !/^# (?:事案ID|公表種別)\s*$/m.test(s.split('\n')[0])).join('');
  const summary = sections.find((s) => s.startsWith('# 公表概要'));
  const bodySection = sections.find((s) => /^# 本文\s*$/.test(s.split('\n')[0]));
  if (!summary || !bodySection) return undefined;
  const bullets = summary.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
  const at = bullets.findIndex((b) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(b));
  if (at < 1 || !bullets[at + 1]) return undefined;
  const [, y, mo, d] = bullets[at].match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/).map(Number);
  const body = bodySection.split('\n').slice(1).join('\n').trim();
  if (body.length < 100) return undefined;
  return { file, md, title: bullets[0], org: bullets[at + 1], date: { y, m: mo, d }, body };
}

// ---------- numbers and dates of the release, so no decoy repeats one ----------
const KANJI_DIGIT = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_UNIT = { 十: 10, 百: 100, 千: 1000 };
function kanjiValue(s) {
  let total = 0;
  let section = 0;
  let digit = null;
  for (const ch of s) {
    if (ch in KANJI_DIGIT) digit = digit === null ? KANJI_DIGIT[ch] : digit * 10 + KANJI_DIGIT[ch];
    else if (ch in KANJI_UNIT) {
      section += (digit ?? 1) * KANJI_UNIT[ch];
      digit = null;
    } else if (ch === '万' || ch === '億') {
      total += (section + (digit ?? 0) || 1) * (ch === '万' ? 1e4 : 1e8);
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}
/** Every value a number of the text can be read as: digits, 1,234, 1.2万, 3千, 十二, 二万五千. */
export function numbersIn(text) {
  const t = text.normalize('NFKC').replace(/(\d)[,，](?=\d{3})/g, '$1');
  const out = new Set();
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)\s*(億|万|千)?/g)) {
    const v = Number(m[1]);
    out.add(v);
    for (const part of m[1].split('.')) out.add(Number(part));
    if (m[2]) out.add(Math.round(v * { 億: 1e8, 万: 1e4, 千: 1e3 }[m[2]]));
  }
  for (const m of t.matchAll(/[〇零一二三四五六七八九十百千万億]+/g)) if (/[〇零一二三四五六七八九十百]/.test(m[0])) out.add(kanjiValue(m[0]));
  return out;
}
/** Every month-day the text names (M月D日, M/D, Y.M.D, Y-M-D, 令和…), as "M-D". */
export function monthDaysIn(text) {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const out = new Set();
  for (const m of t.matchAll(/(\d{1,2})月(\d{1,2})日/g)) out.add(`${Number(m[1])}-${Number(m[2])}`);
  for (const m of t.matchAll(/\d{4}[/.\-年](\d{1,2})[/.\-月](\d{1,2})/g)) out.add(`${Number(m[1])}-${Number(m[2])}`);
  for (const m of t.matchAll(/\d{1,2}[/.](\d{1,2})[/.](\d{1,2})(?!\d)/g)) out.add(`${Number(m[1])}-${Number(m[2])}`);
  for (const m of t.matchAll(/(\d{1,2})[/.\-](\d{1,2})(?![\d])/g)) out.add(`${Number(m[1])}-${Number(m[2])}`);
  for (const m of t.matchAll(/(\d{1,2})月([〇一二三四五六七八九十]+)日/g)) out.add(`${Number(m[1])}-${kanjiValue(m[2])}`);
  for (const m of t.matchAll(/([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日/g)) out.add(`${kanjiValue(m[1])}-${kanjiValue(m[2])}`);
  return out;
}

// ---------- small helpers ----------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad2 = (n) => String(n).padStart(2, '0');
const iso = ({ y, m, d }) => `${y}-${pad2(m)}-${pad2(d)}`;
const WEEK = '日月火水木金土';
const weekday = ({ y, m, d }) => WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
const fw = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** A date in one of the forms Japanese sites write. */
const DATE_FORMS = {
  dots: (x) => `${x.y}.${pad2(x.m)}.${pad2(x.d)}`,
  dotsShort: (x) => `${x.y}.${x.m}.${x.d}`,
  kanji: (x) => `${x.y}年${x.m}月${x.d}日`,
  kanjiWeek: (x) => `${x.y}年${x.m}月${x.d}日(${weekday(x)})`,
  reiwa: (x) => `令和${x.y - 2018}年${x.m}月${x.d}日`,
  reiwaFw: (x) => fw(`令和${x.y - 2018}年${x.m}月${x.d}日`),
  slash: (x) => `${x.y}/${pad2(x.m)}/${pad2(x.d)}`,
  slashTime: (x) => `${x.y}/${pad2(x.m)}/${pad2(x.d)} ${pad2(9 + ((x.d * 7) % 9))}:${pad2((x.m * 13) % 60)}`,
  iso: (x) => iso(x),
  rShort: (x) => `R${x.y - 2018}.${x.m}.${x.d}`,
};
const SIDE_DATE_FORMS = { ...DATE_FORMS, monthDay: (x) => `${x.m}/${x.d}` };
function addDays({ y, m, d }, n) {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

// ---------- the 本文 as HTML: paragraphs, lists, headings, tables ----------
const inline = (s) => esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
export function renderBody(body, cls) {
  const lines = body.split('\n');
  const out = [];
  let para = [];
  const flush = () => {
    if (para.length) out.push(`<p${cls('para')}>${para.map(inline).join('<br>\n')}</p>`);
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    let m;
    if (!line.trim()) flush();
    else if ((m = line.match(/^(#{1,6})\s+(.*)$/))) {
      flush();
      const level = Math.min(6, m[1].length + 1);
      out.push(`<h${level}${cls('subhead')}>${inline(m[2])}</h${level}>`);
    } else if (/^\s*\|/.test(line)) {
      flush();
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++].trim());
      i--;
      const cells = (r) => r.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      const isRule = (r) => /^\|?[\s:|-]+\|?$/.test(r) && r.includes('-');
      const html = rows.filter((r) => !isRule(r)).map((r, k) => {
        const tag = k === 0 && rows[1] && isRule(rows[1]) ? 'th' : 'td';
        return `<tr>${cells(r).map((c) => `<${tag}>${inline(c)}</${tag}>`).join('')}</tr>`;
      });
      out.push(`<table${cls('table')}>\n${html.join('\n')}\n</table>`);
    } else if (/\S\t+\S/.test(line)) {
      // tab-separated rows (a table pasted from the page as text) were a table on the site
      flush();
      const rows = [];
      while (i < lines.length && /\S\t+\S/.test(lines[i])) rows.push(lines[i++].trim());
      i--;
      out.push(`<table${cls('table')}>\n${rows.map((row) => `<tr>${row.split(/\t+/).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('\n')}\n</table>`);
    } else if ((m = line.match(/^\s*([-*+]|\d+[.)])\s+(.*)$/))) {
      flush();
      const ordered = /\d/.test(m[1]);
      const items = [];
      // the raw line, trimmed as the test above was (a trailing U+2028 would stop \`.*$\` and loop forever)
      while (i < lines.length && (m = lines[i].trimEnd().match(/^\s*([-*+]|\d+[.)])\s+(.*)$/)) && /\d/.test(m[1]) === ordered) {
        items.push(`<li>${inline(m[2])}</li>`);
        i++;
      }
      i--;
      out.push(`<${ordered ? 'ol' : 'ul'}${cls('list')}>\n${items.join('\n')}\n</${ordered ? 'ol' : 'ul'}>`);
    } else if ((m = line.match(/^>\s?(.*)$/))) {
      flush();
      out.push(`<blockquote><p>${inline(m[1])}</p></blockquote>`);
    } else if (/^\s*(?:-{3,}|\*{3,})\s*$/.test(line)) {
      flush();
      out.push('<hr>');
    } else para.push(line.trim());
  }
  flush();
  return out.join('\n');
}

// ---------- one page from independent choices ----------
const NEWS_HEADS = ['最新のお知らせ', '新着情報', 'お知らせ一覧', 'ニュース', "What's New", 'トピックス', '最近の投稿'];
const HEADLINES = [
  (n) => `会員数が${n}人を突破しました`, (n) => `抽選で${n}名様にプレゼント！春のキャンペーン`, (n) => `累計${n}件のご応募ありがとうございました`,
  (n) => `オンライン説明会（定員${n}名）を開催します`, (n) => `導入企業${n}社を突破しました`, (n) => `${n}人の皆様にご来場いただきました`,
  () => 'システムメンテナンスのお知らせ', () => '年末年始の休業日について', () => '個人情報保護方針を改定しました', () => '不審なメールにご注意ください',
];
const FIGURE_FORMS = ['plain', 'comma', 'fullwidth', 'man'];

export function makePage(release, seed, index) {
  const r = keyedMulberry32(seed, `page:${index}:${relative(ARCHIVE, release.file)}`);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const chance = (p) => r() < p;
  const int = (a, b) => a + Math.floor(r() * (b - a + 1));
  const choices = {};
  const choose = (name, xs) => (choices[name] = pick(xs));

  // decoys never equal to a number or month-day of the source Markdown
  const forbidden = numbersIn(release.md);
  const forbiddenMd = monthDaysIn(release.md);
  forbiddenMd.add(`${release.date.m}-${release.date.d}`);
  const decoyValues = new Set();
  const decoyDates = new Set();
  const value = (lo, hi) => {
    // a long release may name most small numbers: widen the range until a free one turns up
    for (let tries = 0; ; tries++) {
      const v = int(lo, tries > 50 ? hi * 10 ** Math.ceil((tries - 50) / 20) : hi);
      if (!forbidden.has(v)) return decoyValues.add(v), v;
    }
  };
  /** A chrome figure, written as 1234 / 1,234 / １２３４ / 1.2万 (the value recorded). */
  const figure = (lo, hi) => {
    // 1.2万 only where the figure may be that large (いいね 4.9万 for a 10–900 range is no site's)
    const form = pick(hi >= 10000 ? FIGURE_FORMS : FIGURE_FORMS.filter((f) => f !== 'man'));
    if (form === 'man') {
      for (let tries = 0; tries < 200; tries++) {
        const tenths = int(11, 99);
        const v = tenths * 1000;
        if (!forbidden.has(v) && !forbidden.has(tenths)) return decoyValues.add(v), `${(tenths / 10).toFixed(1)}万`;
      }
    }
    // (a release naming every 1.1万…9.9万 falls back to digits)
    const v = value(lo, hi);
    return form === 'comma' ? v.toLocaleString('en-US') : form === 'fullwidth' ? fw(String(v)) : String(v);
  };
  const date = (from = -400, to = 120) => {
    for (;;) {
      const x = addDays(release.date, int(from, to));
      if (!forbiddenMd.has(`${x.m}-${x.d}`)) return decoyDates.add(iso(x)), x;
    }
  };

  // -- layout choices
  const skeleton = choose('skeleton', ['semantic', 'divs', 'tables']);
  const naming = choose('classes', ['meaningful', 'hashed', 'none']);
  const sideFirst = choose('side', ['before', 'after']) === 'before';
  const depth = choose('wrappers', [0, 1, 2, 3, 4, 5, 6]);
  const hashed = new Map();
  const cls = (name) => {
    if (naming === 'none') return '';
    if (naming === 'meaningful') return ` class="${name}"`;
    if (!hashed.has(name)) hashed.set(name, `css-${Math.floor(r() * 36 ** 6).toString(36)}`);
    return ` class="${hashed.get(name)}"`;
  };
  const tag = (semantic) => (skeleton === 'semantic' ? semantic : 'div');
  const box = (semantic, name, inner) => `<${tag(semantic)}${cls(name)}>\n${inner}\n</${tag(semantic)}>`;

  // -- where the organization and the publication date are
  const orgAt = choose('orgAt', ['title', 'ogSiteName', 'logoAlt', 'copyright']);
  const dateAt = choose('dateAt', ['beforeTitle', 'afterTitle', 'afterArticle', 'breadcrumb', 'timeOnly', 'jsonLdOnly', 'titleOnly']);
  const visibleDate = ['beforeTitle', 'afterTitle', 'afterArticle', 'breadcrumb', 'titleOnly'].includes(dateAt);
  const dateForm = visibleDate ? choose('dateForm', Object.keys(DATE_FORMS)) : (choices.dateForm = 'isoAttr');
  const pub = visibleDate ? DATE_FORMS[dateForm](release.date) : '';
  const label = visibleDate && dateAt !== 'breadcrumb' && dateAt !== 'titleOnly' ? choose('dateLabel', ['', '公開日：', '掲載日：', '投稿日 ', '発表日：', 'suffix']) : (choices.dateLabel = 'n/a');
  const update = choose('updateDate', ['none', 'sameLine', 'afterArticle']);
  const upd = update === 'none' ? undefined : date(3, 90);
  const updText = upd && `更新日：${DATE_FORMS[pick(['dots', 'kanji', 'slash'])](upd)}`;
  const dateLine = (where) => {
    const parts = [];
    if (dateAt === where) parts.push(label === 'suffix' ? `${pub} 掲載` : `${label}${pub}`);
    // a same-line update date shares the publication date's line, or stands alone under the title
    if (update === 'sameLine' && where === (['beforeTitle', 'afterTitle', 'afterArticle'].includes(dateAt) ? dateAt : 'afterTitle')) parts.push(updText);
    if (update === 'afterArticle' && where === 'afterArticle') parts.push(updText);
    if (!parts.length) return '';
    const el = pick(['p', 'div', 'span-pair', 'time']);
    if (el === 'span-pair') return `<div${cls('date-line')}>${parts.map((p) => `<span>${esc(p)}</span>`).join(' ')}</div>`;
    if (el === 'time' && dateAt === where) return `<p${cls('date')}><time datetime="${iso(release.date)}">${esc(parts[0])}</time>${parts[1] ? ` ${esc(parts[1])}` : ''}</p>`;
    return `<${el === 'time' ? 'p' : el}${cls('date')}>${parts.map(esc).join('　')}</${el === 'time' ? 'p' : el}>`;
  };

  // -- header
  const logo = choose('logo', ['img', 'text']);
  const logoName = orgAt === 'logoAlt' ? release.org : 'トップページへ戻る';
  const header = [
    chance(0.3) ? `<div${cls('skip')}><a href="#main">本文へスキップ</a></div>` : '',
    logo === 'img' ? `<div${cls('logo')}><a href="/"><img src="/img/logo.png" alt="${esc(logoName)}" width="200"></a></div>` : `<div${cls('logo')}><a href="/">${orgAt === 'logoAlt' ? `<img src="/img/mark.svg" alt="${esc(release.org)}">` : ''}<span>オフィシャルサイト</span></a></div>`,
    choose('nav', ['yes', 'no']) === 'yes' ? box('nav', 'gnav', `<ul>${['ホーム', '私たちについて', '事業紹介', 'ニュース', '採用情報', 'お問い合わせ'].map((x) => `<li><a href="#">${x}</a></li>`).join('')}</ul>`) : '',
    chance(0.5) ? `<form${cls('search')} action="/search"><input type="text" name="q" placeholder="サイト内検索"><button type="submit">検索</button></form>` : '',
    choose('alert', ['yes', 'no']) === 'yes' ? `<div${cls('alert')}><strong>緊急情報</strong> ${esc(DATE_FORMS[pick(['kanji', 'dots', 'slashTime'])](date()))} 大雨による臨時休業（${figure(10, 90)}店舗）について</div>` : '',
  ].filter(Boolean).join('\n');
  const crumbs = dateAt === 'breadcrumb' ? (choices.breadcrumb = 'withDate') : choose('breadcrumb', ['yes', 'no']) === 'yes';
  const breadcrumb = crumbs ? `<${skeleton === 'semantic' ? 'nav' : 'div'}${cls('breadcrumb')}><a href="/">ホーム</a> &gt; <a href="/news/">お知らせ</a> &gt; ${dateAt === 'breadcrumb' ? `<a href="#">${esc(pub)}</a> &gt; ` : ''}<span>${esc(release.title)}</span></${skeleton === 'semantic' ? 'nav' : 'div'}>` : '';

  // -- the article: title block, 本文, related, share, prev/next
  const titleTag = choose('titleTag', ['h1', 'h2', 'div']);
  const titleEl = `<${titleTag}${cls('entry-title')}>${esc(release.title)}</${titleTag}>`;
  const timeOnly = dateAt === 'timeOnly' ? `<time${cls('pubdate')} datetime="${iso(release.date)}T${pad2(int(9, 18))}:00:00+09:00"></time>` : '';
  const shareAt = choose('share', ['none', 'top', 'bottom']);
  const share = () => `<div${cls('share')}><a href="#">いいね ${figure(10, 900)}</a> <a href="#">ポスト ${figure(10, 900)}</a> <a href="#">はてブ ${figure(2, 90)}</a></div>`;
  const newsItems = (k, form) => Array.from({ length: k }, () => [SIDE_DATE_FORMS[form](date()), pick(HEADLINES)(figure(11, 99999))]);
  const related = choose('related', ['none', 'under', 'beside']);
  const relatedBlock = () => box('section', 'related', `<h3>関連するお知らせ</h3>\n<ul>${newsItems(int(2, 4), pick(['dots', 'kanji', 'slash'])).map(([d, h]) => `<li><a href="#">${esc(h)}</a> <span>(${esc(d)})</span></li>`).join('\n')}</ul>`);
  const prevNext = choose('prevNext', ['yes', 'no']) === 'yes'
    ? `<div${cls('pager')}><a href="#">« 前の記事：${esc(pick(HEADLINES)(figure(11, 9999)))}（${esc(DATE_FORMS.kanji(date()))}）</a> | <a href="#">次の記事：${esc(pick(HEADLINES)(figure(11, 9999)))}（${esc(DATE_FORMS.dots(date()))}）»</a></div>`
    : '';
  let article = [
    dateLine('beforeTitle'), titleEl, dateLine('afterTitle'), timeOnly,
    shareAt === 'top' ? share() : '',
    `<div${cls('entry-content')}>\n${renderBody(release.body, cls)}\n</div>`,
    dateLine('afterArticle'),
    shareAt === 'bottom' ? share() : '',
    related === 'under' ? relatedBlock() : '', prevNext,
  ].filter(Boolean).join('\n');
  article = box('article', 'post', article);

  // -- side blocks, each drawn independently
  const side = [];
  const newsForm = choose('sideNews', ['none', 'ul', 'dl', 'table', 'divs']);
  if (newsForm !== 'none') {
    const items = newsItems(int(3, 8), choose('sideDateForm', Object.keys(SIDE_DATE_FORMS)));
    const list = {
      ul: () => `<ul>${items.map(([d, h]) => `<li><span>${esc(d)}</span> <a href="#">${esc(h)}</a></li>`).join('\n')}</ul>`,
      dl: () => `<dl>${items.map(([d, h]) => `<dt>${esc(d)}</dt><dd><a href="#">${esc(h)}</a></dd>`).join('\n')}</dl>`,
      table: () => `<table>${items.map(([d, h]) => `<tr><th>${esc(d)}</th><td><a href="#">${esc(h)}</a></td></tr>`).join('\n')}</table>`,
      divs: () => items.map(([d, h]) => `<div${cls('news-item')}><div${cls('news-date')}>${esc(d)}</div><div${cls('news-title')}>${esc(h)}</div></div>`).join('\n'),
    }[newsForm]();
    side.push(box('section', 'widget news', `<h3>${pick(NEWS_HEADS)}</h3>\n${list}`));
  } else choices.sideDateForm = 'n/a';
  if (choose('ranking', ['yes', 'no']) === 'yes')
    side.push(box('section', 'widget ranking', `<h3>${pick(['人気記事', 'アクセスランキング', 'よく読まれている記事'])}</h3>\n<ol>${Array.from({ length: 5 }, () => `<li><a href="#">${esc(pick(HEADLINES)(figure(11, 9999)))}</a> <span>${pick([(v) => `${v} views`, (v) => `${v}PV`, (v) => `閲覧数 ${v}`])(figure(100, 99999))}</span></li>`).join('\n')}</ol>`));
  const overview = choose('overview', ['none', 'company', 'hospital', 'school']);
  if (overview !== 'none') {
    const asOf = DATE_FORMS[pick(['kanji', 'reiwa', 'dots'])](date(-300, -10));
    const rows = {
      company: [['設立', `${int(1950, 2015)}年`], ['資本金', `${figure(10, 9999)}百万円`], ['従業員数', `${figure(20, 99999)}名（${asOf}現在）`], ['拠点数', `${figure(3, 300)}拠点`]],
      hospital: [['病床数', `${figure(50, 1200)}床`], ['診療科', `${figure(5, 40)}科`], ['職員数', `${figure(100, 3000)}人（${asOf}現在）`], ['外来患者数', `1日平均${figure(100, 3000)}人`]],
      school: [['学生数', `${figure(500, 30000)}名（${asOf}現在）`], ['教員数', `${figure(50, 2000)}名`], ['学部', `${figure(2, 12)}学部`]],
    }[overview];
    const head = { company: '会社概要', hospital: '病院概要', school: '大学概要' }[overview];
    side.push(box('section', 'widget profile', `<h3>${head}</h3>\n${chance(0.5) ? `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join('')}</dl>` : `<table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}</td></tr>`).join('')}</table>`}`));
  }
  if (choose('event', ['yes', 'no']) === 'yes')
    side.push(box('section', 'widget event', `<h3>イベント情報</h3>\n<p>${esc(DATE_FORMS[pick(['kanjiWeek', 'dots', 'kanji'])](date(5, 120)))} 13:30〜 セキュリティセミナー（定員${figure(20, 500)}名・参加無料）</p>`));
  if (choose('banner', ['yes', 'no']) === 'yes')
    side.push(`<div${cls('banner')}><a href="#">${esc(pick([(v) => `今なら${v}名様にギフト券プレゼント`, (v) => `導入実績${v}社突破！`, (v) => `累計${v}件の相談実績`, (v) => `登録者数${v}人`])(figure(100, 99999)))}</a></div>`);
  if (choose('calendar', ['yes', 'no']) === 'yes') {
    // a month none of whose days the release names: every day cell is a decoy date
    let x;
    for (let tries = 0; tries < 24; tries++) {
      x = addDays(release.date, int(-200, 200));
      const days = new Date(Date.UTC(x.y, x.m, 0)).getUTCDate();
      if (![...forbiddenMd].some((md) => md.startsWith(`${x.m}-`))) break;
      if (tries === 23) x.bad = days;
    }
    if (!x.bad) {
      const days = new Date(Date.UTC(x.y, x.m, 0)).getUTCDate();
      const first = new Date(Date.UTC(x.y, x.m - 1, 1)).getUTCDay();
      for (let d = 1; d <= days; d++) decoyDates.add(iso({ y: x.y, m: x.m, d }));
      const cells = [...Array(first).fill(''), ...Array.from({ length: days }, (_, k) => String(k + 1))];
      const rows = [];
      for (let k = 0; k < cells.length; k += 7) rows.push(`<tr>${cells.slice(k, k + 7).map((c) => `<td>${c}</td>`).join('')}</tr>`);
      side.push(box('section', 'widget calendar', `<table><caption>${x.y}年${x.m}月</caption><tr>${[...WEEK].map((w) => `<th>${w}</th>`).join('')}</tr>\n${rows.join('\n')}</table>`));
    } else choices.calendar = 'skipped';
  }
  if (choose('ticker', ['yes', 'no']) === 'yes')
    side.push(`<div${cls('ticker')}>${esc(DATE_FORMS.slashTime(date()))} 現在　日経平均 ${figure(20000, 49999)}円　本日の来場者 ${figure(100, 9999)}人　降水確率 ${figure(10, 90)}%</div>`);
  if (choose('tags', ['yes', 'no']) === 'yes')
    side.push(box('section', 'widget tags', `<h3>${pick(['タグ', 'カテゴリー'])}</h3>\n${['お知らせ', 'セキュリティ', 'イベント', 'プレスリリース', '採用'].map((t) => `<a href="#">${t}(${figure(3, 999)})</a>`).join(' ')}`));
  if (related === 'beside') side.push(relatedBlock());
  const sideOrder = side.map((_, k) => [r(), k]).sort((a, b) => a[0] - b[0]).map(([, k]) => side[k]);
  const sideBar = box('aside', 'sidebar', sideOrder.join('\n') || '<p>メニュー</p>');

  // -- footer, cookie banner, scripts
  const year = release.date.y;
  const footer = box('footer', 'footer', [
    `<address>〒${int(100, 999)}-${String(int(0, 9999)).padStart(4, '0')} ${pick(['東京都千代田区丸の内', '大阪府大阪市北区梅田', '愛知県名古屋市中区栄', '福岡県福岡市博多区'])}${fw(String(int(1, 9)))}丁目 TEL：0${int(3, 9)}-${int(1000, 9999)}-${int(1000, 9999)}</address>`,
    choose('footerFigures', ['yes', 'no']) === 'yes' ? `<p>従業員数 ${figure(20, 99999)}名 ／ 取引先 ${figure(20, 9999)}社</p>` : '',
    `<p${cls('copyright')}>${orgAt === 'copyright' ? `© ${year} ${esc(release.org)} All Rights Reserved.` : `Copyright © ${year} All Rights Reserved.`}</p>`,
  ].filter(Boolean).join('\n'));
  const cookie = choose('cookie', ['none', 'top', 'bottom']);
  const cookieBanner = `<div${cls('cookie-consent')} role="dialog"><p>当サイトではCookieを使用しています。${figure(11, 999)}社のパートナーと情報を共有する場合があります。</p><button>同意する</button></div>`;
  const jsonLd = dateAt === 'jsonLdOnly' ? (choices.jsonLd = 'withDate') : choose('jsonLd', ['none', 'withDate', 'noDate']);
  const scripts = [];
  if (jsonLd !== 'none') {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: release.title, ...(jsonLd === 'withDate' ? { datePublished: `${iso(release.date)}T10:00:00+09:00` } : {}), ...(upd ? { dateModified: `${iso(upd)}T10:00:00+09:00` } : {}) };
    scripts.push(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
  }
  if (choose('nextData', ['yes', 'no']) === 'yes') {
    const data = { props: { pageProps: { sideNews: newsItems(3, 'iso').map(([d, h]) => ({ date: d, title: h })), stats: { members: value(100, 99999) } } }, page: '/news/[slug]' };
    scripts.push(`<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`);
  }
  if (choose('dataLayer', ['yes', 'no']) === 'yes')
    scripts.push(`<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"news","pageViews":${value(100, 99999)},"lastModified":"${iso(date())}"});</script>`);

  // -- the page: head, skeleton, wrappers, encoding
  const encoding = choose('encoding', ['UTF-8', 'Shift_JIS', 'EUC-JP']);
  const titleText = `${dateAt === 'titleOnly' ? `【${pub}】` : ''}${release.title}${orgAt === 'title' ? ` | ${release.org}` : ' | お知らせ'}`;
  const head = [
    pick([`<meta charset="${encoding}">`, `<meta http-equiv="Content-Type" content="text/html; charset=${encoding}">`]),
    `<title>${esc(titleText)}</title>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    orgAt === 'ogSiteName' ? `<meta property="og:site_name" content="${esc(release.org)}">` : '',
    `<meta property="og:title" content="${esc(release.title)}">`,
    `<style>${naming === 'none' ? 'body{margin:0}' : `${cls('sidebar').replace(/^ class="(.*)"$/, '.$1')}{width:280px}`}</style>`,
    ...(chance(0.5) ? scripts : []),
  ].filter(Boolean);
  const headScripts = head.filter((h) => h.startsWith('<script')).length > 0;
  const mainCol = [breadcrumb && chance(0.5) ? breadcrumb : '', article].filter(Boolean).join('\n');
  const crumbOutside = breadcrumb && !mainCol.includes(breadcrumb);
  const mainBox = skeleton === 'semantic' ? `<main id="main"${cls('main')}>\n${mainCol}\n</main>` : `<div id="main"${cls('main')}>\n${mainCol}\n</div>`;
  let columns;
  if (skeleton === 'tables') {
    const cells = [`<td valign="top" width="${sideFirst ? 200 : 700}">\n${sideFirst ? sideBar : mainCol}\n</td>`, `<td valign="top" width="${sideFirst ? 700 : 200}">\n${sideFirst ? mainCol : sideBar}\n</td>`];
    columns = `<table width="960" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2">\n${header}\n</td></tr>\n${crumbOutside ? `<tr><td colspan="2">${breadcrumb}</td></tr>\n` : ''}<tr>${cells.join('\n')}</tr>\n<tr><td colspan="2">\n${footer}\n</td></tr></table>`;
  } else {
    const cols = sideFirst ? [sideBar, mainBox] : [mainBox, sideBar];
    columns = [box('header', 'site-header', header), crumbOutside ? breadcrumb : '', `<div${cls('container')}>\n${cols.join('\n')}\n</div>`, footer].filter(Boolean).join('\n');
  }
  for (let k = 0; k < depth; k++) columns = `<div${cls(`wrap${k}`)}>\n${columns}\n</div>`;
  const bodyParts = [cookie === 'top' ? cookieBanner : '', columns, cookie === 'bottom' ? cookieBanner : '', ...(headScripts ? [] : scripts)].filter(Boolean);
  const html = `<!DOCTYPE html>\n<html lang="ja">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${bodyParts.join('\n')}\n</body>\n</html>\n`;
  const bytes = encodePage(html, encoding);
  return {
    bytes, html, encoding, choices,
    entry: { title: release.title, org: release.org, publishedAt: iso(release.date), orgAt, dateAt, decoyValues: [...decoyValues].sort((a, b) => a - b), decoyDates: [...decoyDates].sort() },
  };
}

// ---------- encoding: characters the encoding lacks become &#N; (or \uXXXX inside scripts) ----------
const encodable = new Map();
function canEncode(ch, enc) {
  const key = `${enc}:${ch}`;
  if (!encodable.has(key)) {
    const back = Encoding.codeToString(Encoding.convert(Encoding.convert(Encoding.stringToCode(ch), { from: 'UNICODE', to: enc }), { from: enc, to: 'UNICODE' }));
    encodable.set(key, back === ch);
  }
  return encodable.get(key);
}
function encodePage(html, encoding) {
  if (encoding === 'UTF-8') return Buffer.from(html, 'utf8');
  const enc = encoding === 'Shift_JIS' ? 'SJIS' : 'EUCJP';
  const parts = html.split(/(<script[^>]*>[\s\S]*?<\/script>)/);
  const safe = parts.map((part, k) => [...part].map((ch) => (ch.charCodeAt(0) < 128 || canEncode(ch, enc) ? ch : k % 2 ? [...ch].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('') : `&#${ch.codePointAt(0)};`)).join('')).join('');
  return Buffer.from(Encoding.convert(Encoding.stringToCode(safe), { from: 'UNICODE', to: enc }));
}

/** The seeded sample: `n` releases drawn without replacement from the archive's usable files. */
export function sample(n, seed) {
  const files = listArchive();
  const rand = keyedMulberry32(seed, 'sample');
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [files[i], files[j]] = [files[j], files[i]];
  }
  const out = [];
  for (const f of files) {
    if (out.length >= n) break;
    const rel = readRelease(f);
    if (rel) out.push(rel);
  }
  return out;
}

// ---------- the run ----------
async function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const N = Number(opt('n', '200'));
  const SEED = Number(opt('seed', '1'));
  const ONLY = opt('only') === undefined ? undefined : Number(opt('only'));
  const DUMP = opt('dump');
  const verbose = args.includes('--verbose') || args.includes('-v');
  const { parse } = await import(join(ROOT, 'dist', 'index.js'));
  const { comparePage } = await import('./pageFacts.mjs');
  const releases = sample(N, SEED);
  const total = { pages: 0, same: 0, decoyCounts: 0, decoyDates: 0, failed: 0 };
  const byChoice = new Map();
  const fields = new Map();
  if (DUMP) mkdirSync(DUMP, { recursive: true });
  for (let i = 0; i < releases.length; i++) {
    if (ONLY !== undefined && i !== ONLY) continue;
    const rel = releases[i];
    const page = makePage(rel, SEED, i);
    const name = `p${String(i).padStart(3, '0')}`;
    if (DUMP) {
      writeFileSync(join(DUMP, `${name}.html`), page.bytes);
      writeFileSync(join(DUMP, `${name}.md`), rel.md);
      writeFileSync(join(DUMP, `${name}.json`), `${JSON.stringify({ archive: relative(ARCHIVE, rel.file), encoding: page.encoding, choices: page.choices, ...page.entry }, null, 1)}\n`);
    }
    const source = await parse(Buffer.from(rel.md), { path: `${name}.md`, tokenize: true, referenceDate: REFERENCE_DATE });
    let cmp;
    try {
      cmp = comparePage(await parse(page.bytes, { path: `${name}.html`, tokenize: true, referenceDate: REFERENCE_DATE }), source, page.entry);
    } catch (e) {
      cmp = { differing: ['FAILED'], decoyCounts: [], decoyDates: [], source: {}, page: {}, error: e.message };
      total.failed++;
    }
    const ok = cmp.differing.length === 0;
    total.pages++;
    if (ok) total.same++;
    total.decoyCounts += cmp.decoyCounts.length;
    total.decoyDates += cmp.decoyDates.length;
    for (const f of cmp.differing) fields.set(f, (fields.get(f) ?? 0) + 1);
    for (const [k, v] of Object.entries(page.choices)) {
      const key = `${k}=${v}`;
      const t = byChoice.get(key) ?? { pages: 0, same: 0, sameButDate: 0, decoys: 0 };
      t.pages++;
      if (ok) t.same++;
      // the publication date's place dominates: a second column shows what else a choice breaks
      if (cmp.differing.every((f) => f === 'publishedAt' || f === 'timeline')) t.sameButDate++;
      t.decoys += cmp.decoyCounts.length + cmp.decoyDates.length;
      byChoice.set(key, t);
    }
    const decoys = [...cmp.decoyCounts.map((c) => `${c.value}${c.unit}`), ...cmp.decoyDates];
    if (verbose && (!ok || decoys.length)) {
      console.log(`${name} ${relative(ARCHIVE, rel.file)}  ${ok ? 'same facts' : `differs: ${cmp.differing.join(',')}`}${decoys.length ? `  decoys ${decoys.join(',')}` : ''}${cmp.error ? `  ${cmp.error}` : ''}`);
      for (const f of cmp.differing.filter((f) => f !== 'FAILED')) console.log(`    ${f}: md ${JSON.stringify(cmp.source[f])}\n    ${' '.repeat(f.length)}  got ${JSON.stringify(cmp.page[f])}`);
      console.log(`    choices ${Object.entries(page.choices).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    }
  }
  const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(0)}%`.padStart(5);
  console.log(`\nseed ${SEED}: pages ${total.pages}, same facts ${total.same} (${pct(total.same, total.pages).trim()}), decoy counts ${total.decoyCounts}, decoy dates ${total.decoyDates}${total.failed ? `, failed ${total.failed}` : ''}`);
  console.log(`fields that differ: ${[...fields].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}`);
  console.log('\nchoice value                 pages  same  share  but date  decoys taken');
  let lastKey;
  for (const [key, t] of [...byChoice].sort((a, b) => a[0].split('=')[0].localeCompare(b[0].split('=')[0]) || t0(a) - t0(b))) {
    const k = key.split('=')[0];
    if (lastKey && k !== lastKey) console.log('');
    lastKey = k;
    console.log(`${key.padEnd(28)} ${String(t.pages).padStart(5)} ${String(t.same).padStart(5)} ${pct(t.same, t.pages)}     ${pct(t.sameButDate, t.pages)}  ${String(t.decoys).padStart(5)}`);
  }
  const worst = [...byChoice].filter(([, t]) => t.pages >= 5).sort((a, b) => t0(a) - t0(b)).slice(0, 5);
  console.log(`\nlowest share same (≥5 pages): ${worst.map(([k, t]) => `${k} ${pct(t.same, t.pages).trim()}`).join(', ')}`);
}
const t0 = ([, t]) => t.same / Math.max(1, t.pages);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
