#!/usr/bin/env node
// `npm run robust:html [-- --sets b,c --mutations rename,tags --seed 7 --verbose]`: how much of the HTML
// path's reading rests on what one generator happened to write. Every tuned blind page set (pages-b …
// pages-p, and pages-q's and pages-r's first halves q01–q20, r01–r20 only — the second halves stay
// untouched) is read as made and as eight seeded mutants, each made separately, the way a different site
// would differ:
//   rename  every class and id renamed to a meaningless token (the page's CSS renamed with it)
//   tags    header/nav/aside/footer/article/main → div, classes kept
//   side    the side bar (an aside, or the column beside the article) moved before the article
//   date    the date line near the title removed, 「2026年1月23日 掲載」 added below the article
//   heads   the chrome blocks' headings rephrased from a small table (お知らせ一覧 → 新着情報 …)
//   wrap    the article set two or three layout levels deeper (nested <div>s, a one-cell layout <table>)
//   chromedates  every date outside the article rewritten in one other form (2026年1月23日, 令和8年1月23日,
//           2026/1/23, 2026.01.23, R8.1.23), as another site's CMS prints them
//   lists   a dated list outside the article (「新着情報」's <ul>) written as a <dl> (date, headline) or a <table>
// Each mutant's facts are compared with the Markdown source's (scripts/pageFacts.mjs, as
// scripts/eval-blind-set.mjs does). Prints per mutation: pages the mutation changed, same facts, decoy
// counts and dates taken, and the pages read right as made but wrong as a mutant (--verbose: what differs).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Encoding from 'encoding-japanese';
import { parseDocument } from 'htmlparser2';
import render from 'dom-serializer';
import { comparePage } from './pageFacts.mjs';
import { REFERENCE_DATE } from './referenceDay.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const verbose = args.includes('--verbose') || args.includes('-v');
const SETS = opt('sets', 'b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r').split(',');
const MUTATIONS = opt('mutations', 'rename,tags,side,date,heads,wrap,chromedates,lists').split(',');
const SEED = Number(opt('seed', '1'));
const DUMP = opt('dump'); // a directory: each mutant's HTML written there (UTF-8) to read with `disclose text`
const ONLY = opt('only') ? new Set(opt('only').split(',')) : undefined;
/** pages-q's and pages-r's second halves (q21–q40, r21–r40) are never read: they stay untouched for a fresh measurement. */
const allowed = (set, id) => (set !== 'q' && set !== 'r') || Number(id.slice(1)) <= 20;

const { parse } = await import(join(ROOT, 'dist', 'index.js'));

// ---------- seeded randomness ----------
function rng(seedText) {
  let h = 2166136261 ^ SEED;
  for (let i = 0; i < seedText.length; i++) h = Math.imul(h ^ seedText.charCodeAt(i), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}
const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)];

// ---------- bytes ↔ text in the page's own encoding ----------
function codec(encoding) {
  const e = (encoding ?? 'utf-8').toLowerCase().replace(/[-_]/g, '');
  if (e === 'shiftjis' || e === 'sjis') return 'SJIS';
  if (e === 'eucjp') return 'EUCJP';
  return 'UTF8';
}
const decode = (bytes, enc) => (enc === 'UTF8' ? bytes.toString('utf8') : Encoding.codeToString(Encoding.convert(bytes, { from: enc, to: 'UNICODE' })));
const encode = (text, enc) => (enc === 'UTF8' ? Buffer.from(text, 'utf8') : Buffer.from(Encoding.convert(Encoding.stringToCode(text), { from: 'UNICODE', to: enc })));

// ---------- a small DOM toolkit over htmlparser2's tree ----------
const isEl = (n) => n.type === 'tag' || n.type === 'script' || n.type === 'style';
function* walk(node) {
  for (const c of node.children ?? []) {
    yield c;
    if (isEl(c)) yield* walk(c);
  }
}
const textOf = (n) => (n.type === 'text' ? n.data : isEl(n) && n.name !== 'script' && n.name !== 'style' ? (n.children ?? []).map(textOf).join('') : '');
const squash = (s) => s.replace(/&nbsp;|&#160;/g, ' ').replace(/\s+/g, '').normalize('NFKC');
const contains = (a, b) => {
  for (let n = b; n; n = n.parent) if (n === a) return true;
  return false;
};
function detach(n) {
  const p = n.parent;
  const i = p.children.indexOf(n);
  p.children.splice(i, 1);
  if (n.prev) n.prev.next = n.next;
  if (n.next) n.next.prev = n.prev;
  n.parent = n.prev = n.next = null;
}
function insertBefore(ref, n) {
  const p = ref.parent;
  const i = p.children.indexOf(ref);
  p.children.splice(i, 0, n);
  n.parent = p;
  n.prev = ref.prev;
  n.next = ref;
  if (ref.prev) ref.prev.next = n;
  ref.prev = n;
}
function append(parent, n) {
  const last = parent.children[parent.children.length - 1] ?? null;
  parent.children.push(n);
  n.parent = parent;
  n.prev = last;
  n.next = null;
  if (last) last.next = n;
}
function fragment(html) {
  return parseDocument(html, { decodeEntities: false }).children;
}

/** The element holding the release's title: the smallest whose text is the title, else the first h1. */
function titleElement(doc, title) {
  const want = squash(title ?? '');
  let best;
  for (const n of walk(doc)) {
    if (!isEl(n) || n.name === 'title' || n.name === 'script' || n.name === 'style' || n.name === 'head') continue;
    if (contains(headOf(doc), n)) continue;
    const t = squash(textOf(n));
    if (want && t === want) best = n; // walking is depth-first, so a later equal match is a descendant
  }
  if (best) return best;
  for (const n of walk(doc)) if (isEl(n) && n.name === 'h1') return n;
  return undefined;
}
function headOf(doc) {
  for (const n of walk(doc)) if (isEl(n) && n.name === 'head') return n;
  return undefined;
}
/** The article: the title's lowest ancestor holding most of the Markdown body's text. */
function articleElement(doc, titleEl, mdText) {
  const need = squash(mdText).length * 0.6;
  for (let n = titleEl; n && n.type !== 'root'; n = n.parent) if (squash(textOf(n)).length >= need) return n;
  return undefined;
}
function markdownText(md) {
  return md.replace(/^#+\s.*$/m, '').replace(/[#*>|`_-]/g, '');
}

// ---------- the mutations ----------
function renameMutation(doc, ctx) {
  const rand = rng(`rename:${ctx.file}`);
  const names = new Map();
  const token = (name) => {
    if (!names.has(name)) {
      let t;
      do t = `k${Math.floor(rand() * 36 ** 5).toString(36)}`;
      while ([...names.values()].includes(t));
      names.set(name, t);
    }
    return names.get(name);
  };
  let changed = 0;
  for (const n of walk(doc)) {
    if (!isEl(n)) continue;
    if (n.attribs.class !== undefined) {
      n.attribs.class = n.attribs.class.split(/\s+/).filter(Boolean).map((c) => token(`.${c}`)).join(' ');
      changed++;
    }
    if (n.attribs.id !== undefined) {
      n.attribs.id = token(`#${n.attribs.id}`);
      changed++;
    }
  }
  // the page's own CSS follows its renamed classes and ids, as a different site's CSS would match its own
  for (const n of walk(doc)) {
    if (n.type !== 'style') continue;
    for (const c of n.children) {
      if (c.type !== 'text') continue;
      c.data = c.data.replace(/([.#])(-?[A-Za-z_][\w-]*)/g, (m, sigil, name) => (names.has(`${sigil}${name}`) ? `.${names.get(`${sigil}${name}`)}` : m));
      // an id renamed above is now matched by the same token as a class: give the element that class too
    }
  }
  for (const n of walk(doc)) {
    if (isEl(n) && n.attribs.id !== undefined) n.attribs.class = [n.attribs.class, n.attribs.id].filter(Boolean).join(' ');
  }
  return changed > 0;
}

const SEMANTIC = new Set(['header', 'nav', 'aside', 'footer', 'article', 'main']);
function tagsMutation(doc) {
  let changed = 0;
  for (const n of walk(doc)) {
    if (n.type === 'tag' && SEMANTIC.has(n.name)) {
      n.name = 'div';
      changed++;
    }
  }
  return changed > 0;
}

const SIDE_CLASS = /(?:^|[\s_-])(?:side(?:bar|col|nav|menu)?|sub(?:col|column|content|area|nav)?|widget-area|secondary|rail|col-(?:lg|md|sm|xl)-[1-4])(?:$|[\s_-])/i;
function sideMutation(doc, ctx) {
  const { article } = ctx;
  if (!article) return false;
  let side;
  for (const n of walk(doc)) {
    if (!isEl(n) || contains(n, article) || contains(article, n)) continue;
    if (n.name === 'aside' || SIDE_CLASS.test(`${n.attribs.class ?? ''} ${n.attribs.id ?? ''}`)) {
      side = n;
      break;
    }
  }
  if (!side) return false;
  // the article's ancestor that is the side bar's sibling (or the side bar's ancestor's sibling)
  let anchor;
  for (let s = side; s && s.type !== 'root' && !anchor; s = s.parent) {
    for (let a = article; a && a.type !== 'root'; a = a.parent) {
      if (a.parent === s.parent && a !== s) {
        anchor = a;
        side = s;
        break;
      }
    }
  }
  if (!anchor || anchor.type === 'root') return false;
  const sibs = anchor.parent.children;
  if (sibs.indexOf(side) < sibs.indexOf(anchor)) return false; // already before
  detach(side);
  insertBefore(anchor, side);
  return true;
}

const DATE = /(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})|令和\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})/g;
function datesIn(text) {
  const out = [];
  for (const m of text.normalize('NFKC').matchAll(DATE)) {
    const [y, mo, d] = m[1] ? [Number(m[1]), Number(m[2]), Number(m[3])] : [2018 + (m[4] === '元' ? 1 : Number(m[4])), Number(m[5]), Number(m[6])];
    out.push(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  }
  return out;
}
function dateMutation(doc, ctx) {
  const { article, titleEl, entry } = ctx;
  if (!article || !titleEl || !entry.publishedAt) return false;
  // the date line: the smallest element in the article's column, outside the title and before the
  // body's first long paragraph, whose short text holds the publication date
  const scope = article.parent && article.parent.type !== 'root' ? article.parent : article;
  let found;
  let seenBody = false;
  for (const n of walk(scope)) {
    if (n.type === 'text' && contains(article, n) && !contains(titleEl, n) && squash(n.data).length > 60) seenBody = true;
    if (seenBody) break;
    if (!isEl(n) || contains(titleEl, n) || contains(n, titleEl) || n.name === 'script' || n.name === 'style') continue;
    const text = squash(textOf(n));
    if (text.length > 60 || !datesIn(text).includes(entry.publishedAt)) continue;
    found = n; // later matches are descendants (smaller) or later elements
    const inner = [...walk(n)].some((c) => isEl(c) && datesIn(squash(textOf(c))).includes(entry.publishedAt));
    if (!inner) break;
  }
  if (!found) return false;
  // the whole line moves (「<div><span>公開日 2026.03.06</span><span>更新日 2026.03.17</span></div>」): climb while
  // the parent stays a short line apart from the title
  while (found.parent && found.parent !== scope && found.parent !== article && squash(textOf(found.parent)).length <= 60 && !contains(found.parent, titleEl)) found = found.parent;
  detach(found);
  const [y, m, d] = entry.publishedAt.split('-').map(Number);
  for (const n of fragment(`<p>${y}年${m}月${d}日 掲載</p>`)) append(article, n);
  return true;
}

const HEADINGS = [
  ['お知らせ一覧', ['新着情報', 'ニュース', 'インフォメーション']],
  ['最新のお知らせ', ['新着情報', 'トピックス', '最近の更新']],
  ['新着情報', ['お知らせ一覧', '最新情報', 'What\'s New']],
  ['新着記事', ['最近の投稿', '新しい記事']],
  ['最近の投稿', ['新着記事', '最近のエントリー']],
  ['関連記事', ['あわせて読みたい', 'こちらもおすすめ', '関連情報']],
  ['関連するお知らせ', ['関連情報', 'この記事を読んだ人はこちらも']],
  ['関連情報', ['関連リンク', '参考情報']],
  ['人気記事', ['よく読まれている記事', 'アクセスランキング']],
  ['ランキング', ['人気の記事', 'よく見られているページ']],
  ['会社概要', ['企業情報', '当社について']],
  ['学校概要', ['大学概要', '本学について']],
  ['病院概要', ['施設案内', '当院について']],
  ['組織概要', ['団体概要', '法人情報']],
  ['法人概要', ['団体概要', '組織情報']],
  ['よくあるご質問', ['FAQ', 'よくある質問']],
  ['カテゴリー', ['カテゴリ一覧', 'ジャンル']],
  ['アーカイブ', ['過去の記事', '月別アーカイブ']],
  ['イベント情報', ['催し物', 'イベントのご案内']],
  ['プレスリリース', ['報道発表', 'ニュースリリース']],
  ['ピックアップ', ['注目情報', 'おすすめ']],
  ['数字で見る', ['データで見る', '実績']],
];
function headsMutation(doc, ctx) {
  const rand = rng(`heads:${ctx.file}`);
  let changed = 0;
  for (const n of walk(doc)) {
    if (n.type !== 'text' || (ctx.article && contains(ctx.article, n))) continue;
    if (n.parent && (n.parent.name === 'script' || n.parent.name === 'style' || n.parent.name === 'title')) continue;
    const t = n.data.trim();
    if (t.length === 0 || t.length > 24) continue;
    for (const [from, tos] of HEADINGS) {
      if (!t.includes(from)) continue;
      n.data = n.data.replace(from, pick(rand, tos));
      changed++;
      break;
    }
  }
  return changed > 0;
}

/** The article set deeper in layout a theme or an old table layout adds around it: two <div>s and a one-cell <table>. */
function wrapMutation(doc, ctx) {
  const { article } = ctx;
  if (!article || !article.parent) return false;
  const rand = rng(`wrap:${ctx.file}`);
  const shell = pick(rand, [
    '<div class="l-outer"><div class="l-inner"><table width="100%" cellpadding="0" cellspacing="0"><tbody><tr><td valign="top"></td></tr></tbody></table></div></div>',
    '<div class="row"><div class="col"><div class="box"><div class="box-in"></div></div></div></div>',
    '<table border="0" width="760"><tr><td width="10"></td><td><div class="txt"></div></td></tr></table>',
  ]);
  const [outer] = fragment(shell);
  // the innermost empty element receives the article
  let hole;
  for (const n of walk({ children: [outer] })) if (isEl(n) && n.children.filter(isEl).length === 0 && (n.name === 'div' || (n.name === 'td' && !n.attribs.width))) hole = n;
  if (!hole) return false;
  insertBefore(article, outer);
  detach(article);
  append(hole, article);
  return true;
}

/** A date as the page's chrome writes it, written another way a site might: 2026年1月23日, R8.1.23, 2026/1/23, 1/23, 令和8年1月23日. */
const CHROME_DATE = /((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?![\d])|((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/g;
function chromeDatesMutation(doc, ctx) {
  const rand = rng(`chromedates:${ctx.file}`);
  const form = pick(rand, ['kanji', 'reiwa', 'slash', 'dots', 'era']);
  const write = (y, m, d) => {
    if (form === 'kanji') return `${y}年${m}月${d}日`;
    if (form === 'reiwa') return `令和${y - 2018}年${m}月${d}日`;
    if (form === 'slash') return `${y}/${m}/${d}`;
    if (form === 'dots') return `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`;
    return `R${y - 2018}.${m}.${d}`;
  };
  let changed = 0;
  const head = headOf(doc);
  for (const n of walk(doc)) {
    if (n.type !== 'text' || (ctx.article && contains(ctx.article, n)) || (head && contains(head, n))) continue;
    if (n.parent && (n.parent.name === 'script' || n.parent.name === 'style' || n.parent.name === 'title' || n.parent.name === 'time')) continue;
    const next = n.data.replace(CHROME_DATE, (m, y1, _sep, m1, d1, y2, m2, d2) => {
      const [y, mo, d] = y1 ? [Number(y1), Number(m1), Number(d1)] : [Number(y2), Number(m2), Number(d2)];
      if (y < 2019 && (form === 'reiwa' || form === 'era')) return m;
      const out = write(y, mo, d);
      if (out !== m) changed++;
      return out;
    });
    n.data = next;
  }
  return changed > 0;
}

/** A news list (<ul> of dated items outside the article) written as a <dl> of a date and its headline, or a <table>. */
function listsMutation(doc, ctx) {
  const rand = rng(`lists:${ctx.file}`);
  let changed = 0;
  const lists = [...walk(doc)].filter((n) => isEl(n) && (n.name === 'ul' || n.name === 'ol') && !(ctx.article && (contains(ctx.article, n) || contains(n, ctx.article))));
  for (const list of lists) {
    const items = list.children.filter((c) => isEl(c) && c.name === 'li');
    if (items.length < 2 || !items.every((li) => datesIn(squash(textOf(li))).length > 0)) continue;
    const asTable = rand() < 0.5;
    const rows = items.map((li) => {
      const text = render(li.children, { decodeEntities: false, encodeEntities: false });
      // the item's date (its first element or text holding one) apart from the rest
      const m = /^(\s*(?:<[^>]+>)*\s*[^<]*?(?:\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}日?|令和\S*?日)\s*(?:<\/[^>]+>)*)([\s\S]*)$/.exec(text);
      const [date, rest] = m ? [m[1], m[2]] : ['', text];
      return asTable ? `<tr><th>${date}</th><td>${rest}</td></tr>` : `<dt>${date}</dt><dd>${rest}</dd>`;
    });
    const html = asTable ? `<table class="${list.attribs.class ?? ''}"><tbody>${rows.join('')}</tbody></table>` : `<dl class="${list.attribs.class ?? ''}">${rows.join('')}</dl>`;
    const [replacement] = fragment(html);
    insertBefore(list, replacement);
    detach(list);
    changed++;
  }
  return changed > 0;
}

const MUTATE = { rename: renameMutation, tags: tagsMutation, side: sideMutation, date: dateMutation, heads: headsMutation, wrap: wrapMutation, chromedates: chromeDatesMutation, lists: listsMutation };

// ---------- the run ----------
const rows = Object.fromEntries(['made', 'roundtrip', ...MUTATIONS].map((m) => [m, { pages: 0, applied: 0, same: 0, decoyCounts: 0, decoyDates: 0, lost: [], gained: [] }]));
const madeMisses = [];
const decoyList = (cmp) => [...cmp.decoyCounts.map((c) => `${c.value}${c.unit}`), ...cmp.decoyDates];

for (const set of SETS) {
  const dir = join(ROOT, 'fixtures', `pages-${set}`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).filter((e) => allowed(set, e.id) && (!ONLY || ONLY.has(e.id)));
  for (const entry of manifest) {
    const md = readFileSync(join(dir, entry.source), 'utf8');
    const source = await parse(Buffer.from(md), { path: entry.source, tokenize: true, referenceDate: REFERENCE_DATE });
    const bytes = readFileSync(join(dir, entry.html));
    const enc = codec(entry.encoding);
    const html = decode(bytes, enc);
    // A page the tool refuses (no release text found in it) differs in every fact and takes no decoy.
    const readAs = async (buf) => {
      try {
        return comparePage(await parse(buf, { path: entry.html, tokenize: true, referenceDate: REFERENCE_DATE }), source, entry);
      } catch (e) {
        return { differing: ['FAILED'], decoyCounts: [], decoyDates: [], source: {}, page: {}, error: e.message };
      }
    };
    const made = await readAs(bytes);
    const record = (name, cmp, applied) => {
      const r = rows[name];
      r.pages++;
      if (applied) r.applied++;
      const ok = cmp.differing.length === 0;
      if (ok) r.same++;
      r.decoyCounts += cmp.decoyCounts.length;
      r.decoyDates += cmp.decoyDates.length;
      const madeOk = made.differing.length === 0;
      const newDecoys = decoyList(cmp).filter((d) => !decoyList(made).includes(d));
      if ((madeOk && !ok) || newDecoys.length > 0) r.lost.push({ id: entry.id, file: `pages-${set}/${entry.html}`, differing: cmp.differing, decoys: newDecoys, cmp });
      if (!madeOk && ok) r.gained.push(entry.id);
      if (name === 'made' && !ok) madeMisses.push(`pages-${set}/${entry.html} ${cmp.differing.join(',')}`);
    };
    record('made', made, true);
    const variants = [['roundtrip', () => true], ...MUTATIONS.map((m) => [m, MUTATE[m]])];
    for (const [name, fn] of variants) {
      const doc = parseDocument(html, { decodeEntities: false });
      const titleEl = titleElement(doc, entry.title);
      const article = titleEl ? articleElement(doc, titleEl, markdownText(md)) : undefined;
      const applied = fn(doc, { file: entry.html, entry, titleEl, article });
      if (!applied) {
        record(name, made, false);
        continue;
      }
      const out = render(doc, { decodeEntities: false, encodeEntities: false });
      if (DUMP) writeFileSync(join(DUMP, `${entry.id}-${name}.html`), out);
      record(name, await readAs(encode(out, enc)), true);
    }
  }
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('mutation', 10)} pages  applied  same facts  decoy counts  decoy dates  lost  gained`);
for (const [name, r] of Object.entries(rows)) {
  console.log(`${pad(name, 10)} ${String(r.pages).padStart(5)}  ${String(r.applied).padStart(7)}  ${String(r.same).padStart(10)}  ${String(r.decoyCounts).padStart(12)}  ${String(r.decoyDates).padStart(11)}  ${String(r.lost.length).padStart(4)}  ${String(r.gained.length).padStart(6)}`);
}
if (madeMisses.length > 0) console.log(`\nread wrong as made: ${madeMisses.join('; ')}`);
for (const [name, r] of Object.entries(rows)) {
  if (name === 'made' || r.lost.length === 0) continue;
  console.log(`\n${name}: read right as made (or without these decoys), not as a mutant`);
  for (const l of r.lost) {
    console.log(`  ${pad(l.file, 44)} ${l.differing.join(',') || '-'}${l.decoys.length ? `  decoys ${l.decoys.join(',')}` : ''}`);
    if (verbose) for (const f of l.differing) console.log(`      ${f}: md ${JSON.stringify(l.cmp.source[f])}\n      ${' '.repeat(f.length)}  got ${JSON.stringify(l.cmp.page[f])}`);
  }
}
