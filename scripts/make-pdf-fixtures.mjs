#!/usr/bin/env node
// The PDF development set: a few archive releases (fixtures/pdf-dev/sources/*.md, copied from
// ../shared/archive by --copy) rendered two ways and printed by Chromium to PDF:
//   page/<id>.pdf — the release as a corporate news page printed from the browser: site navigation,
//                   a side bar beside the article (「最新のお知らせ」 with dated news and figures),
//                   a footer with company figures, Chromium's own print header (date, title) and
//                   footer (URL, page n/m). Four site layouts (grid, old table layout, floats, flex).
//   doc/<id>.pdf  — the release as a Word-style document: letterhead, date line top right, the
//                   issuer under it, the title in large type, ruled tables with narrow count cells
//                   that wrap, a running header and page numbers, two or more pages.
// Writes the HTML it printed beside each PDF (<id>.html) and fixtures/pdf-dev/manifest.json
// (source, style, decoy values and dates a reader must not take). Tests and `npm run eval:pdfs`
// read the committed PDFs; only regenerating needs Chromium:
//   apt-get install -y chromium fonts-noto-cjk fonts-vlgothic qpdf
//   site/<style>-<id>.pdf — pages of the HTML development set (fixtures/pages, six site styles) printed
//                   as they are, listed in fixtures/pdf-dev/site.json; their sources and decoys are
//                   those of fixtures/pages/manifest.json.
//   site/<style>-<id>-<layout>.pdf — pages of fixtures/pdf-dev/site-pages (other releases, wide and
//                   narrow layouts), with that folder's manifest (the entry's `set` names the folder).
//   node scripts/make-pdf-fixtures.mjs [--copy] [--only page|doc|site] [--new]   # --copy refreshes sources from ../shared/archive
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './seededRandom.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'pdf-dev');
const SOURCES = join(OUT, 'sources');
const ARCHIVE = join(ROOT, '..', 'shared', 'archive');

/** Releases with tables, counts and dates (and two without tables), across the archive's years. */
export const RELEASES = [
  ['d01', '2026/04/27_株式会社CAMPFIRE.md'],
  ['d02', '2025/08/08_株式会社日本触媒.md'],
  ['d03', '2025/06/30_熊本県.md'],
  ['d04', '2025/03/12_株式会社おやつカンパニー.md'],
  ['d05', '2025/06/30_学悠出版株式会社.md'],
  ['d06', '2026/08/20_コタ株式会社.md'],
  ['d07', '2025/12/25_アルケア株式会社.md'],
  ['d08', '2025/10/24_アクサ損害保険株式会社.md'],
  ['d09', '2026/03/31_株式会社マイナビ.md'],
  ['d10', '2026/01/08_東京都公立大学法人.md'],
  ['d11', '2025/12/05_株式会社審調社.md'],
  ['d12', '2026/06/12_日本テレネット株式会社.md'],
  ['d13', '2025/07/23_株式会社トキハ、株式会社トキハインダストリー.md'],
  ['d14', '2025/12/03_アスクル株式会社.md'],
  ['d15', '2025/12/12_ハウステンボス株式会社.md'],
];

const rng = mulberry32;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The archive layout: overview bullets told apart by shape, and the body. */
export function readSource(md) {
  const [head, ...rest] = md.split(/^# 本文[ \t]*$/m);
  const body = rest.join('# 本文').replace(/^\n+/, '');
  const bullets = head.split('\n').filter((l) => /^- /.test(l)).map((l) => l.slice(2).trim());
  const dateBullet = bullets.find((b) => /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(b));
  const others = bullets.filter((b) => b !== dateBullet && !/https?:\/\//.test(b));
  const [y, m, d] = dateBullet.match(/\d+/g).map(Number);
  return { title: others[0], organization: others[1] ?? others[0], date: { y, m, d }, body };
}

/** Inline Markdown: links keep their text, emphasis and HTML images go. */
function inline(s) {
  const text = s.replace(/<img[^>]*>/g, '').replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 $2');
  // A line break inside a table cell is written <br> in the archive's Markdown.
  return text.split(/<br\s*\/?>/i).map(esc).join('<br>');
}

const COUNT_CELL = /^[約計合]?[0-9０-９][0-9０-９,，]*\s*(?:件|名|人|社|アカウント)/;

/** The archive's Markdown body as HTML: headings, lists, tables, one paragraph per line. */
export function bodyHtml(md, { narrowCounts = false } = {}) {
  const out = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (!line.trim() || /^<img/.test(line.trim())) continue;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      out.push(`<h${Math.min(h[1].length + 1, 5)}>${inline(h[2])}</h${Math.min(h[1].length + 1, 5)}>`);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      i--;
      const cells = (r) => r.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      const body = rows.filter((r) => !/^\s*\|[\s:|-]+\|\s*$/.test(r));
      const head = rows.length > 1 && /^\s*\|[\s:|-]+\|\s*$/.test(rows[1]);
      out.push('<table>');
      body.forEach((r, k) => {
        const tag = head && k === 0 ? 'th' : 'td';
        out.push('<tr>' + cells(r).map((c) => `<${tag}${narrowCounts && COUNT_CELL.test(c) && c.length >= 4 ? ' class="n"' : ''}>${inline(c)}</${tag}>`).join('') + '</tr>');
      });
      out.push('</table>');
      continue;
    }
    if (/^\s*(?:[-*]|[0-9]+\.)\s+/.test(line)) {
      const items = [];
      while (i < lines.length && /^\s*(?:[-*]|[0-9]+\.)\s+/.test(lines[i])) items.push(lines[i++].replace(/^\s*(?:[-*]|[0-9]+\.)\s+/, ''));
      i--;
      out.push('<ul>' + items.map((it) => `<li>${inline(it)}</li>`).join('') + '</ul>');
      continue;
    }
    out.push(`<p>${inline(line)}</p>`);
  }
  return out.join('\n');
}

const pad = (n) => String(n).padStart(2, '0');
function addDays({ y, m, d }, n) {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const iso = ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`;
const ja = ({ y, m, d }) => `${y}年${m}月${d}日`;
const dotted = ({ y, m, d }) => `${y}.${pad(m)}.${pad(d)}`;

/** Side-bar news and footer figures: dated items with counts, as a company site shows them. */
function decoys(r, date) {
  const values = [];
  const dates = [];
  const n = (list) => {
    const v = list[Math.floor(r() * list.length)];
    values.push(v);
    return v;
  };
  const day = (back) => {
    const d = addDays(date, -back);
    dates.push(iso(d));
    return d;
  };
  const news = [
    (d) => `${ja(d)} 光回線サービス契約数${n([100, 120, 150])}万件突破のお知らせ`,
    (d) => `${ja(d)} 情報セキュリティセミナー開催のご案内（定員${n([200, 150, 300])}名）`,
    (d) => `${ja(d)} 会員数${n([50, 80, 30])}万人を突破しました`,
    (d) => `${ja(d)} 累計導入実績${n([1200, 2500, 3400])}社を達成`,
    (d) => `${ja(d)} 年末年始休業のお知らせ`,
    (d) => `${ja(d)} 新卒採用説明会を開催します（参加者${n([500, 800])}名募集）`,
  ];
  const items = [5, 19, 33, 48, 70].map((back, k) => news[(k + Math.floor(r() * 6)) % news.length](day(back + Math.floor(r() * 5))));
  const founded = { y: 1950 + Math.floor(r() * 50), m: 1 + Math.floor(r() * 12), d: 1 };
  const footer = [
    `従業員数：${n([1234, 3456, 860]).toLocaleString('en-US')}名（${date.y}年3月31日現在）`,
    `病床数：${n([350, 452, 600])}床`,
    `設立：${founded.y}年${founded.m}月`,
  ];
  dates.push(`${date.y}-03-31`);
  return { items, footer, values, dates };
}

const NAV = ['ホーム', '企業情報', '事業紹介', 'ニュースリリース', 'IR情報', 'サステナビリティ', '採用情報', 'お問い合わせ'];
// Chromium writes the OpenType CJK fonts (fonts-noto-cjk) as Type 3 glyph programs, as on the hidden
// set; half the pages use a TrueType web font instead (CID subsets), which keeps the files small.
const fontOf = (k) => (k < 8 ? '"Noto Sans CJK JP", sans-serif' : '"VL PGothic", sans-serif');

/** A corporate news page in one of four layouts, each putting the side bar beside the article. */
function pageHtml(style, src, dec, k) {
  const title = esc(src.title);
  const org = esc(src.organization);
  const body = bodyHtml(src.body);
  const side = `<h3>最新のお知らせ</h3><ul class="news">${dec.items.map((i) => `<li><a href="#">${esc(i)}</a></li>`).join('')}</ul><h3>人気の記事</h3><ul><li><a href="#">サービス一覧</a></li><li><a href="#">よくあるご質問</a></li></ul>`;
  const foot = `<div class="foot"><p>${org}</p><p>${dec.footer.map(esc).join('<br>')}</p><p>Copyright © ${src.date.y} ${org} All Rights Reserved.</p></div>`;
  const nav = `<ul class="nav">${NAV.map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul>`;
  const crumbs = `<p class="crumbs">ホーム &gt; ニュースリリース &gt; ${title}</p>`;
  const head = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${title} | ${org}</title><style>
body { font-family: ${fontOf(k)}; font-size: 13px; line-height: 1.7; margin: 0; color: #222; }
.nav { list-style: none; padding: 0; margin: 0; } .nav li { display: inline-block; margin-right: 14px; }
.news li { margin-bottom: 6px; } table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 3px 6px; }
h1 { font-size: 22px; line-height: 1.4; } h2 { font-size: 17px; } h3 { font-size: 15px; } .foot { font-size: 11px; color: #555; border-top: 1px solid #ccc; margin-top: 20px; }
.crumbs { font-size: 11px; color: #777; }
${k < 8 ? '' : 'h1, h2, h3, h4, h5, th, strong { font-weight: normal; }'}
`;
  if (style === 'grid') {
    return `${head}.wrap { display: grid; grid-template-columns: 70% 27%; gap: 3%; }</style></head><body>
<header><div class="logo"><strong>${org}</strong></div>${nav}</header>${crumbs}
<div class="wrap"><main><article><p class="date">${ja(src.date)}</p><h1>${title}</h1>${body}</article></main><aside>${side}</aside></div>${foot}</body></html>`;
  }
  if (style === 'table') {
    return `${head}.menu li { display: block; }</style></head><body>
<table class="layout" style="border:0;width:100%"><tr><td colspan="3" style="border:0"><strong>${org}</strong> ${nav}</td></tr>
<tr><td style="border:0;width:17%;vertical-align:top"><ul class="nav menu">${NAV.map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul></td>
<td style="border:0;vertical-align:top">${crumbs}<p class="date">公開日：${ja(src.date)}　更新日：${ja(addDays(src.date, 2))}</p><h1>${title}</h1>${body}</td>
<td style="border:0;width:22%;vertical-align:top">${side}</td></tr>
<tr><td colspan="3" style="border:0">${foot}</td></tr></table></body></html>`;
  }
  if (style === 'float') {
    return `${head}.main { float: left; width: 68%; } .side { float: right; width: 28%; } .foot { clear: both; }</style></head><body>
<div id="header"><div class="logo">${org}</div>${nav}</div>${crumbs}
<div class="main"><div class="entry"><div class="entry-date">${dotted(src.date)}</div><h1>${title}</h1>${body}</div></div><div class="side">${side}</div>${foot}</body></html>`;
  }
  // flex, side bar on the left
  return `${head}.body { display: flex; gap: 24px; } .side { flex: 0 0 26%; order: 0; } .main { flex: 1; order: 1; }</style></head><body>
<header><span class="logo">${org}</span>${nav}</header>${crumbs}
<div class="body"><div class="main"><time datetime="${iso(src.date)}">${ja(src.date)}</time><h1>${title}</h1>${body}</div><nav class="side">${side}</nav></div>${foot}</body></html>`;
}

/** A Word-style release: letterhead, date and issuer on the right, title, ruled tables, page numbers. */
function documentHtml(src, k) {
  const org = esc(src.organization);
  let body = bodyHtml(src.body, { narrowCounts: true });
  // Break before the middle heading so every document runs to two pages or more.
  const heads = [...body.matchAll(/<h[2-4]>/g)];
  if (heads.length >= 2) {
    const at = heads[Math.floor(heads.length / 2)].index;
    body = body.slice(0, at) + body.slice(at).replace(/^<h([2-4])>/, '<h$1 style="break-before: page">');
  } else body += '<p style="break-before: page">以上</p>';
  // A TrueType font (fonts-vlgothic) is embedded as a CID subset with a ToUnicode map, as Word does.
  const serif = k % 2 === 0 ? '"VL Gothic", sans-serif' : '"VL PGothic", sans-serif';
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(src.title)}</title><style>
@page { size: A4; margin: 24mm 22mm 22mm 22mm;
  @top-right { content: "${org.replace(/"/g, '')}"; font-size: 8pt; color: #555; }
  @bottom-center { content: "${k % 3 === 0 ? '- " counter(page) " -' : '" counter(page) " / " counter(pages) "'}"; font-size: 9pt; } }
body { font-family: ${serif}; font-size: 10.5pt; line-height: 1.65; }
.letterhead { border-bottom: 1.5pt solid #000; padding-bottom: 4pt; margin-bottom: 10pt; font-size: 9pt; }
.letterhead strong { font-size: 13pt; } .right { text-align: right; margin: 0; }
h1 { font-size: 16pt; text-align: center; margin: 18pt 0; line-height: 1.4; } h2 { font-size: 13pt; } h3 { font-size: 12pt; } h4, h5 { font-size: 11.5pt; }
table { border-collapse: collapse; margin: 6pt 0; } td, th { border: 0.75pt solid #000; padding: 2pt 5pt; vertical-align: top; }
td.n, th.n { width: 2.6em; }
h1, h2, h3, h4, h5, th, strong { font-weight: normal; } /* VL Gothic has no bold: a synthesized one is drawn from another font */
</style></head><body>
<div class="letterhead"><strong>${org}</strong></div>
<p class="right">${ja(src.date)}</p><p>お客様各位</p><p class="right">${org}</p>
<h1>${esc(src.title)}</h1>
${body}
<p class="right">以上</p>
</body></html>`;
}

/** Printed pages of the HTML development set: the styles whose chrome reads worst get two. */
export const SITE_PAGES = ['bootstrap/p03', 'bootstrap/p05', 'divSoup/p02', 'divSoup/p06', 'movableType/p01', 'movableType/p04', 'nextjs/p02', 'tableSjis/p05', 'wordpress/p01'];

/**
 * Printed pages of fixtures/pdf-dev/site-pages (other archive releases, made by
 * `node scripts/make-pages.mjs --sources fixtures/pdf-dev/site-pages/sources --out fixtures/pdf-dev/site-pages`):
 * per site style the first two pages of each layout (wide: side bar beside the article; narrow: stacked).
 */
function sitePagesToPrint() {
  const manifest = JSON.parse(readFileSync(join(OUT, 'site-pages', 'manifest.json'), 'utf8'));
  const taken = new Map();
  return manifest
    .filter((e) => {
      const key = `${e.style}/${e.layout}`;
      taken.set(key, (taken.get(key) ?? 0) + 1);
      return taken.get(key) <= 2;
    })
    .map((e) => ({ file: `site/${e.file.replace('/', '-').replace(/\.html$/, '')}-${e.layout}.pdf`, page: e.file, set: 'site-pages' }));
}

function print(html, pdf, { headerFooter }) {
  writeFileSync(pdf.replace(/\.pdf$/, '.html'), html);
  printFile(pdf.replace(/\.pdf$/, '.html'), pdf, { headerFooter });
}

function printFile(htmlPath, pdf, { headerFooter }) {
  const args = ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${pdf}`];
  if (!headerFooter) args.push('--no-pdf-header-footer');
  execFileSync('chromium', [...args, 'file://' + htmlPath], { stdio: 'ignore' });
  // Chromium writes CJK OpenType fonts as Type 3 glyph programs: repacked, the files are half the size.
  try {
    execFileSync('qpdf', ['--object-streams=generate', '--recompress-flate', '--compression-level=9', '--replace-input', pdf], { stdio: 'ignore' });
  } catch {
    // qpdf absent: the files are only larger
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const STYLES = ['grid', 'table', 'float', 'flex'];
  // --only page|doc: regenerate one kind (Chromium stamps each PDF with the time: the other kind's files stay as committed).
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  if (only === 'site' || only === null) {
    mkdirSync(join(OUT, 'site'), { recursive: true });
    // --new: print only the pages of site-pages not yet printed (each print is stamped with the time).
    const old = SITE_PAGES.map((name) => ({ file: `site/${name.replace('/', '-')}.pdf`, page: `${name}.html` }));
    const site = [...old, ...sitePagesToPrint()];
    for (const { file, page, set } of site) {
      if (process.argv.includes('--new') && existsSync(join(OUT, file))) continue;
      printFile(set ? join(OUT, set, page) : join(ROOT, 'fixtures', 'pages', page), join(OUT, file), { headerFooter: true });
      console.log(`${file} ${(statSync(join(OUT, file)).size / 1024).toFixed(0)} KB`);
    }
    writeFileSync(join(OUT, 'site.json'), JSON.stringify(site, null, 1) + '\n');
    if (only === 'site') process.exit(0);
  }
  mkdirSync(SOURCES, { recursive: true });
  mkdirSync(join(OUT, 'page'), { recursive: true });
  mkdirSync(join(OUT, 'doc'), { recursive: true });
  const manifest = [];
  RELEASES.forEach(([id, rel], k) => {
    const source = join(SOURCES, `${id}.md`);
    if (process.argv.includes('--copy') || !existsSync(source)) copyFileSync(join(ARCHIVE, rel), source);
    const src = readSource(readFileSync(source, 'utf8'));
    const r = rng(k * 7919 + 17);
    const dec = decoys(r, src.date);
    const style = STYLES[k % STYLES.length];
    if (only !== 'doc') print(pageHtml(style, src, dec, k), join(OUT, 'page', `${id}.pdf`), { headerFooter: true });
    if (only !== 'page') print(documentHtml(src, k), join(OUT, 'doc', `${id}.pdf`), { headerFooter: false });
    manifest.push({ id, archive: rel, source: `sources/${id}.md`, page: `page/${id}.pdf`, style, doc: `doc/${id}.pdf`, decoyValues: [...new Set(dec.values)].sort((a, b) => a - b), decoyDates: [...new Set(dec.dates)].sort() });
    console.log(`${id} ${style.padEnd(6)} page ${(statSync(join(OUT, 'page', `${id}.pdf`)).size / 1024).toFixed(0)} KB, doc ${(statSync(join(OUT, 'doc', `${id}.pdf`)).size / 1024).toFixed(0)} KB  ${rel}`);
  });
  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
}
