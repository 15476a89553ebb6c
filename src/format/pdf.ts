import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { InputError } from '../errors.js';
import { bylineDate, forgetDateLines, pageTitleDate, titleDatePrefix, titleDateSuffix, withoutBareTitleDate } from './dateLine.js';
import { assemble, logoHeadAbove, PRINTED_AT, printedIssuerBox, printedSiteName, splitHeader, wrappedLogoName } from './pdf/assemble.js';
import { authorProfile, dropPageChrome, dropRunningLines, isNewsBox, pageUpdatedDate, sideBarCarriedOver, sideBarLeftover, sideBarTracker, stackedDateLabelsJoined, type SideColumn } from './pdf/chrome.js';
import { bottomBarLines, dropFixedBarRules, dropFixedBars, fixedBars, fixedBoxes, topBarLines } from './pdf/fixedBars.js';
import { dropOverlays } from './pdf/overlays.js';
import { annexPlaced } from './pdf/annex.js';
import { isShiftJisMojibake, unmojibake } from './pdf/mojibake.js';
import { linkedItems, linkedShare, pageLinks, pdfjsLinks, type LinkRect } from './pdf/links.js';
import { normalizeGlyphs } from './pdf/glyphs.js';
import { checkInflatedSize, DEFAULT_PDF_LIMITS, holdsImages, type PdfLimits } from './pdf/limits.js';
import { contentOperators, pageContents, PDF_OPS } from './pdf/contentStream.js';
import { columnStarts, glyphStacks, groupLines } from './pdf/lines.js';
import { COPYRIGHT, DATELESS_BYLINE, LOGO_PLACEHOLDER } from '../words/pageChrome.js';
import { CORPORATE_FORMS, TITLE_WORDS } from '../words/organizations.js';
import { bulletMarks, rulingSegments, type BulletMark, type OperatorList, type Segment } from './pdf/rules.js';
import { findRuledTables } from './pdf/tables.js';
import type { Item, PdfLine } from './pdf/types.js';
import { lineTextOf, maxOf } from './pdf/types.js';
import { itemAtom, tableAtom, xyCut, type Atom } from './pdf/xycut.js';
import { PdfFile, type PdfDict } from './pdf/objects.js';
import { FontCache, readPageText, type RawItem } from './pdf/textContent.js';
import { BOLD_NAME } from './pdf/fonts.js';
import { copyrightHolderOf, homeLinkName, isJointIssuers, isSectionLabel, looksLikeName, placeName, titleAgreedName, titleSiteName } from './pageMeta.js';
import { breadcrumbTrail } from './pdf/chrome.js';
import { documentFacts, headingMarks, headingMarksOf, NO_DOCUMENT_FACTS, structureOf, type DocumentFacts, type StructNode, type Structure } from './pdf/docInfo.js';
import { inSeparateLists, itemLists, structureChrome } from './pdf/structure.js';

export { DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf/limits.js';

/**
 * PDF releases as text. The file's objects, fonts and content streams are read here
 * (pdf/objects.ts, pdf/fonts.ts, pdf/textContent.ts): text through the fonts' ToUnicode maps, in
 * the runs pdf.js's getTextContent would give, without running a font program. A file that reader
 * leaves (encryption, other filters, fonts without ToUnicode, vertical writing, form XObjects …)
 * goes whole to pdfjs-dist 4 (the last line that runs on Node 20), loaded only then, with the
 * CMaps the package ships (read from node_modules, never the network). Compatibility characters of
 * subset fonts are mapped back (src/format/pdf/glyphs.ts). Per page, ruled tables are rebuilt cell
 * by cell from the rules the page draws (pdf/tables.ts), the rest is cut into blocks in reading
 * order (pdf/xycut.ts) — a printed web page's side bar is dropped there — and each block's items
 * on one baseline form a line (pdf/lines.ts). Then running headers, footers and page numbers,
 * navigation, breadcrumbs and the site footer go (pdf/chrome.ts), and lines are joined into
 * paragraphs, headings and `| a | b |` rows (pdf/assemble.ts). Images are never decoded; bombs
 * stop at the caps of pdf/limits.ts.
 */
export interface PdfText {
  /** The release text, without the date line and title it opened with. */
  text: string;
  /** The title: the large type at the top. */
  title: string | null;
  /** "YYYY-MM-DD" from the date line at the top. */
  date: string | null;
  /** A joint release's issuers from the banner or letterhead atop it (「株式会社Ａ、株式会社Ｂ」). */
  organization?: string | null;
  /** The site's name its printed footer gives (the copyright holder): the publisher when the text names none. */
  siteName?: string | null;
  /** The logo's alt text a tagged PDF keeps (the figure in the site's home link on the first page). */
  logo?: string | null;
  /** The document's metadata Title (a printed page's <title>). */
  documentTitle?: string | null;
  warnings: string[];
}

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<Pdfjs> | null = null;

/**
 * pdf.js's legacy build, once. Its core-js polyfills replace two built-ins that V8 already
 * implements — Array.prototype.push (over a corner case of non-writable lengths) and JSON.parse
 * (for the source-text proposal) — with slower script versions for the whole process; every
 * release parsed after a PDF paid for them. The native ones are put back.
 */
function loadPdfjs(): Promise<Pdfjs> {
  if (loading) return loading;
  const push = Array.prototype.push;
  const parseJson = JSON.parse;
  loading = import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(JSON, 'parse', { value: parseJson, writable: true, configurable: true, enumerable: false });
    return pdfjs;
  });
  return loading;
}

const firstLine = (e: unknown) => ((e as Error)?.message ?? String(e)).split('\n')[0]!;

/** A page tree that pdf.js cannot walk: the reason in words a user can act on. */
function pageTreeReason(message: string): string | null {
  if (/circular reference|loop/i.test(message)) return 'its page tree is circular (a page refers back to one of its parents)';
  if (/maximum call stack|too deep|recursion/i.test(message)) return 'its page tree is nested too deeply to walk';
  if (/page dictionary|Pages tree|Kids|invalid page/i.test(message)) return `its page tree is broken (${message})`;
  return null;
}

/** A page's runs of horizontal text as layout items, with the characters read and those left (rotated, vertical). */
function horizontalItems(raw: Iterable<RawItem & { vertical?: boolean }>): { items: Item[]; onPage: number; rotated: number } {
  const items: Item[] = [];
  let onPage = 0;
  let rotated = 0;
  for (const item of raw) {
    if (item.str.length === 0) continue;
    const [a, b, c, d, e, f] = item.transform;
    // Horizontal text only: rotated items (stamps) and vertical writing (縦書き notes) are not read.
    // A slant (c alone: the oblique a browser makes of a font without italics) keeps the baseline level.
    if (item.vertical || Math.abs(b!) > 0.01 || Math.abs(c!) > Math.abs(d!) * 0.5 || a! <= 0) {
      rotated += item.str.trim().length;
      continue;
    }
    onPage += item.str.trim().length;
    items.push({ str: normalizeGlyphs(item.str), x: e!, y: f!, width: item.width, size: Math.abs(d!) || item.height || 10, ...(item.bold ? { bold: true } : {}), ...(item.tag !== undefined ? { tag: item.tag } : {}) });
  }
  return { items, onPage, rotated };
}

/** The lines of a document, page by page, with the counts the errors and warnings need. */
class PageLines {
  private readonly read: PdfLine[] = [];
  characters = 0;
  rotated = 0;
  readonly blankPages: number[] = [];
  /** The lines of a bar fixed to the window's bottom (a site footer printed on every page), as the last page prints it. */
  footerBar: PdfLine[] = [];
  /** The lines of a bar fixed to the window's top (a sticky header with the logo), as the first page prints it. */
  headerBar: PdfLine[] = [];
  /** Copyright lines of blocks the layout dropped as a side bar (a footer's column of figures over 「© 2025 Ｘ株式会社」). */
  droppedCopyright: PdfLine[] = [];
  /** The first page's topmost line, when the layout dropped it with a side column and it stands above all it kept (the logo's name atop a menu column). */
  droppedTop: PdfLine | null = null;
  /** The text is a UTF-8 page the browser printed as Shift_JIS (its lines are read back; the Title is too). */
  mojibake = false;
  /** The words of each link a tagged PDF's tree shows to lead to the site's home page, in the pages' order (homeLinkName). */
  homeLinks: string[] = [];
  /** The pages taken in, laid out together once all are in (a fixed bar is told by its recurring on each). */
  private pending: { items: Item[]; operators: OperatorList; ops: Record<string, number>; view: number[]; links: LinkRect[] }[] = [];

  /** images: the file holds images; structure: a tagged PDF's structure elements (its items carry theirs). */
  constructor(
    private readonly images: boolean,
    private readonly structure: readonly StructNode[] | null = null,
  ) {}

  /** One page's text items (pdf.js's shape) and drawing operators, page numbers from 1. */
  add(p: number, raw: Iterable<RawItem & { vertical?: boolean }>, operators: OperatorList, ops: Record<string, number>, view: number[], links: LinkRect[] = []): void {
    const { items, onPage, rotated } = horizontalItems(raw);
    this.rotated += rotated;
    this.characters += onPage;
    if (onPage === 0 && this.images && operators.fnArray.length > 0) this.blankPages.push(p);
    // A page left unread (pdf.js could not) leaves a gap: page numbers stay the file's.
    while (this.pending.length < p - 1) this.pending.push({ items: [], operators: { fnArray: [], argsArray: [] }, ops, view, links: [] });
    this.pending.push({ items, operators, ops, view, links });
  }

  /** The pages' lines in reading order, fixed bars and side bars dropped. */
  get lines(): PdfLine[] {
    if (this.pending.length === 0) return this.read;
    const pages = this.pending;
    this.pending = [];
    // A UTF-8 page the browser printed as Shift_JIS reads back as the page wrote it (pdf/mojibake.ts): each line's
    // cells, its runs joined (a run may hold a single byte's character).
    const mojibake = isShiftJisMojibake(pages.flatMap((p) => p.items.map((i) => i.str)).join(''));
    if (mojibake) this.mojibake = true;
    const from = this.read.length;
    const bars = fixedBars(pages);
    this.footerBar = bottomBarLines(pages, bars);
    this.headerBar = topBarLines(pages, bars);
    // A fixed bar's frame and borders go with it (rules read once per page here; without a bar, readPage reads them).
    const withRules: { items: Item[]; view: readonly number[]; segments?: Segment[] }[] = bars.length > 0 ? pages.map((p) => ({ items: p.items, view: p.view, segments: rulingSegments(p.operators, p.ops) })) : pages;
    // A box painted over the page's own text on one page (a cookie dialog) goes too (pdf/overlays.ts).
    // So does a box fixed in the window's middle (a cookie dialog) that the print repeats on every page.
    const boxed = fixedBoxes(pages);
    const kept = dropFixedBars(withRules, bars, true).map((p) => ({ ...p, items: dropOverlays(boxed.size > 0 ? p.items.filter((i) => !boxed.has(i)) : p.items) }));
    const borders = bars.length > 0 ? dropFixedBarRules(withRules.map((p) => ({ segments: p.segments ?? [], view: p.view })), bars).map((s) => new Set(s)) : [];
    const rules = kept.map((p, k) => (borders[k] ? p.segments.filter((s) => borders[k]!.has(s)) : null));
    // Where the side bars dropped so far stood: their column goes on over the next pages.
    const sideColumns: SideColumn[] = [];
    // (A tagged PDF's lists: lists set side by side are columns, though their lines line up.)
    const lists = this.structure ? itemLists(this.structure) : null;
    if (this.structure) this.homeLinks.push(...homeLinkTexts(pages.map((p) => p.items), this.structure));
    const readPages = pages.map(({ operators, ops, links }, k) => {
      const known = sideColumns.length;
      let lines = readPage(kept[k]!.items, rules[k] ?? null, operators, ops, sideColumns, links, lists);
      // A side bar first told down the page (its boxes above it read with the release's lines beside them, a gutter
      // too narrow to cut): the page read again with its strip known drops them too (xyCut's stripCut).
      if (sideColumns.length > known) {
        const again = readPage(kept[k]!.items, rules[k] ?? null, operators, ops, sideColumns.map((c) => ({ ...c })), links, lists);
        if (again.length < lines.length) lines = again;
      }
      return { lines, columns: sideColumns.slice(known) };
    });
    rereadBeforeSideBars(readPages, (k, columns) => readPage(kept[k]!.items, rules[k] ?? null, pages[k]!.operators, pages[k]!.ops, columns, pages[k]!.links, lists));
    pages.forEach(({ view }, k) => {
      const [, y0, , y1] = view as [number, number, number, number];
      const position = (y: number) => (y1 - y) / Math.max(1, y1 - y0);
      const block = k * 1_000_000;
      const read = new Set<Item>();
      for (const pageLine of readPages[k]!.lines) {
        const line: PdfLine = { ...pageLine.line, page: k + 1, position: position(pageLine.line.y), block: block + pageLine.block, column: block + pageLine.column };
        for (const item of line.items) read.add(item);
        this.read.push(line);
      }
      // What the layout dropped beside the text may hold the site's copyright line (read only when the rest names no holder).
      const dropped = kept[k]!.items.filter((i) => !read.has(i) && i.str.trim() !== '');
      // (The site's logo set atop a menu column the layout dropped as a side bar, higher than any line it kept.)
      if (k === 0 && dropped.length > 0) {
        const top = groupLines(dropped).sort((a, b) => b.y - a.y)[0]!;
        const keptTop = maxOf([...read].map((i) => i.y));
        if (top.y > keptTop && position(top.y) < DROPPED_TOP_REACH) this.droppedTop = { ...top, page: 1, position: position(top.y) };
      }
      if (dropped.some((i) => COPYRIGHT.test(i.str))) {
        // (With the line under it: the holder's name may wrap onto it.)
        const lines = groupLines(dropped).sort((a, b) => b.y - a.y);
        lines.forEach((l, j) => {
          if (!COPYRIGHT.test(l.cells.join(' '))) return;
          for (const m of lines.slice(j, j + 2)) this.droppedCopyright.push({ ...m, page: k + 1, position: position(m.y) });
        });
      }
    });
    // The tree is judged on the text the layout kept: a side bar cut off beside the article (its boxes after the release in
    // the tree) no longer weighs against the release as text that follows it.
    if (mojibake) for (let k = from; k < this.read.length; k++) this.read[k]!.cells = this.read[k]!.cells.map(unmojibake);
    const tagged = this.structure ? taggedChrome(this.read.slice(from).flatMap((l) => l.items), this.structure) : null;
    if (tagged) {
      for (let k = from; k < this.read.length; k++) if (isTaggedChrome(this.read[k]!.items, tagged.chrome)) this.read[k]!.tagChrome = true;
      keepHead(this.read, from, tagged.title, tagged.article);
    }
    return this.read;
  }
}

/**
 * A name read with a space where its line wrapped before a character no word opens with (「…SKYファミリ」 over
 * 「ークリニック」 → 「…SKYファミリークリニック」): a long vowel or a small kana after a kana or kanji.
 */
export function withoutWrapSpace(name: string | null): string | null {
  return name === null ? null : name.replace(/(?<=[\u3041-\u30ff\u4e00-\u9fff])[ 　]+(?=[ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ])/g, '');
}

/**
 * A site's name whose last character the print lost (a logo's alt text wrapped past its box, clipped: 「株式会社ひたち」
 * over 「なかテクノセンタ」, the 「ー」 gone): the text writes the name on with a long vowel after the same words
 * (「（株）ひたちなかテクノセンター」, the legal form as it likes), the name so ended. The name as it is otherwise.
 */
export function clippedNameEnd(name: string | null, text: string): string | null {
  if (name === null || name.endsWith('ー')) return name;
  const core = name.normalize('NFKC').replace(LEGAL_FORM_EDGE, '').trim();
  if (core.length < 4 || !/[\u30a1-\u30fa]$/.test(core)) return name;
  const plain = text.normalize('NFKC');
  // (The words written on with the long vowel, and never without it.)
  let at = plain.indexOf(core);
  let longer = false;
  for (; at >= 0; at = plain.indexOf(core, at + 1)) {
    if (plain[at + core.length] !== 'ー') return name;
    longer = true;
  }
  return longer ? name + 'ー' : name;
}
/** How near the first page's top (its share of the page's height) a dropped column's first line must stand to be the logo's. */
const DROPPED_TOP_REACH = 0.12;

/** A name with a legal form (「楽待株式会社」「一般社団法人Ａ」): an organization's, no section's or slogan's. */
const hasLegalForm = (name: string) => CORPORATE_FORMS.some((f) => name.includes(f));

/** A legal form at a name's start or end, with the space beside it. */
const LEGAL_FORM_EDGE = /^(?:株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人)[ ]?|[ ]?(?:株式会社|有限会社|合同会社)$/;

/**
 * A side bar first told on a later page, printed beside the page before it too: on narrow paper the title
 * may fill a page whose side bar stands beside nothing but it (no sentence to tell it from the article), the
 * side bar told only on the next page, beside the article's sentences. A page that dropped no side column,
 * followed by one that did, is read again with the next page's columns known (sideBarTracker then drops a
 * column without sentences in their strip, as it does on the pages after); the second reading is taken when
 * it drops anything.
 */
export function rereadBeforeSideBars<T>(readPages: { lines: T[]; columns: SideColumn[] }[], reread: (k: number, columns: SideColumn[]) => T[]): void {
  for (let k = 0; k + 1 < readPages.length; k++) {
    if (readPages[k]!.columns.length > 0 || readPages[k + 1]!.columns.length === 0) continue;
    const again = reread(k, readPages[k + 1]!.columns.map((c) => ({ ...c })));
    if (again.length < readPages[k]!.lines.length) readPages[k]!.lines = again;
  }
}

/** The most home links read for their words (a page's header, its trail, a side box's and a footer's). */
const HOME_LINKS = 8;

/**
 * The words each home link of a tagged PDF prints (its items under a Link element whose annotation leads to the site's home,
 * docInfo.ts linksHome), in the pages' order: 「株式会社Ａ トップ」 — a line wrapped inside the link joined again.
 */
export function homeLinkTexts(pages: readonly (readonly Item[])[], nodes: readonly StructNode[]): string[] {
  // The home link each element stands in (-1: none); parents come before their kids.
  const homeOf = new Array<number>(nodes.length).fill(-1);
  let any = false;
  nodes.forEach(({ home, parent }, i) => {
    homeOf[i] = home ? i : parent >= 0 && parent < i ? homeOf[parent]! : -1;
    if (home) any = true;
  });
  if (!any) return [];
  const texts = new Map<number, string>();
  // The page each link was first read on: a header fixed to the window prints on every page, its link's words again.
  const pageOf = new Map<number, number>();
  for (const [k, items] of pages.entries()) {
    for (const item of items) {
      const link = item.tag !== undefined && item.tag >= 0 && item.tag < nodes.length ? homeOf[item.tag]! : -1;
      if (link < 0 || item.str.trim() === '' || (pageOf.get(link) ?? k) !== k) continue;
      if (!texts.has(link) && texts.size >= HOME_LINKS) continue;
      pageOf.set(link, k);
      const before = texts.get(link) ?? '';
      const str = item.str.trim();
      // (Runs of one line, or a wrap inside the name: no space between wide characters.)
      const joint = before === '' || /[\u3000-\u9fff\uff00-\uffef]$/.test(before) || /^[\u3000-\u9fff\uff00-\uffef]/.test(str) ? '' : ' ';
      texts.set(link, before + joint + str);
    }
  }
  return [...texts.values()].map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The structure elements of a tagged PDF that its tree shows to be the page's chrome (pdf/structure.ts), and its title's, or null for none. */
function taggedChrome(items: readonly Item[], nodes: readonly StructNode[]): { chrome: boolean[]; title: [number, number]; article: number } | null {
  const { chrome, title, article } = structureChrome(nodes, items);
  return chrome.includes(true) ? { chrome, title, article } : null;
}

/**
 * The page's head — what prints above the release's title and comes before the release in the tree — is left
 * to the layout: the header's reading (pdf/assemble.ts splitHeader) finds the site's name and the date line by
 * the menu rows around them. (A side bar beside the title, a menu the page's code puts after the release, go.)
 * With no title in the tree, the first line of tagged text that is not chrome marks where the release begins.
 */
function keepHead(lines: PdfLine[], from: number, [first, last]: [number, number], article: number): void {
  // With no title in the tree (no H1 over the release), the first line of tagged text that is not chrome stands for it.
  const at = first >= 0
    ? lines.findIndex((l, k) => k >= from && l.items.some((i) => i.tag !== undefined && i.tag >= first && i.tag <= last))
    : lines.findIndex((l, k) => k >= from && !l.tagChrome && l.items.some((i) => i.tag !== undefined));
  if (at < 0) return;
  const { page, y, size } = lines[at]!;
  const before = first >= 0 ? article : Math.min(...lines[at]!.items.map((i) => i.tag ?? Infinity));
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (!(l.page < page || (l.page === page && l.y > y + size * 0.5)) || !l.items.every((i) => i.tag === undefined || i.tag < before)) continue;
    delete l.tagChrome;
    // (With a title in the tree: what of it the header's reading leaves is no text of the release's — withoutTreeHead.)
    if (first >= 0) l.treeHead = true;
  }
}

/** The text without the entry's dateless byline opening it (DATELESS_BYLINE): the head's, no name of the release's. */
export function withoutDatelessByline(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !DATELESS_BYLINE.test(lines[first]!.normalize('NFKC').replace(/\s+/g, ' ').trim())) return text;
  return lines.slice(first + 1).join('\n').replace(/^\n+/, '');
}

/** A line's letters as the head's text is matched: NFKC, no spaces, no heading's, list item's or cell's marks. */
const headLetters = (line: string) => line.normalize('NFKC').replace(/^#{2,6} |^- /, '').replace(/[\s|]+/g, '');

/**
 * The text without the lines it opens with that are the page's head by the tagged PDF's tree (printed above the release's
 * title, before the release in the tree: pdf.ts keepHead), read in their order: what the header's reading (splitHeader)
 * left of them — a side column the print stacked over the article, its boxes' figures (「オンライン状況」「16 人のユーザが
 * 現在オンラインです。」「団員数 154名」) — is the page's, not the release's.
 */
export function withoutTreeHead(text: string, head: readonly PdfLine[]): string {
  if (head.length === 0) return text;
  const letters = head.map((l) => headLetters(lineTextOf(l))).join('');
  const lines = text.split('\n');
  let at = 0;
  let end = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = headLetters(lines[i]!);
    if (line === '') continue;
    const found = letters.indexOf(line, at);
    if (found < 0) break;
    at = found + line.length;
    end = i + 1;
  }
  return end === 0 ? text : lines.slice(end).join('\n').replace(/^\n+/, '');
}

/** A line whose text all belongs to chrome elements (an untagged logo wrapped onto a menu's row keeps the row). */
function isTaggedChrome(items: readonly Item[], chrome: readonly boolean[]): boolean {
  let all = 0;
  let inChrome = 0;
  for (const item of items) {
    const c = item.str.replace(/\s+/g, '').length;
    all += c;
    if (item.tag !== undefined && chrome[item.tag]) inChrome += c;
  }
  return all > 0 && inChrome === all;
}

const tooManyPages = (path: string, pages: number, caps: PdfLimits) => new InputError(path, `is a PDF of ${pages} pages, over the ${caps.maxPages}-page limit; raise --pdf-max-pages to read it`);
const tooLong = (path: string, caps: PdfLimits) => new InputError(path, `is a PDF that took longer than the ${caps.timeoutSeconds} s limit to read; raise --pdf-timeout to read it`);
const bomb = (path: string, caps: PdfLimits) => new InputError(path, `is a PDF whose streams inflate past the ${inflatedCap(caps.maxInflatedBytes)} limit (a compression bomb?); raise --pdf-max-inflated to read it`);
const inflatedCap = (n: number) => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MiB` : `${n} bytes`);

/**
 * The pages read without pdf.js (pdf/objects.ts, pdf/fonts.ts, pdf/textContent.ts), or null when
 * the file holds something that reader leaves to pdf.js. Only the streams it reads count against
 * the inflation cap: a font program or a Type 3 glyph procedure is never inflated.
 */
export function readOwn(bytes: Uint8Array, path: string, caps: PdfLimits = DEFAULT_PDF_LIMITS, deadline = Infinity): { pages: PageLines; numPages: number; facts: DocumentFacts } | null {
  try {
    const file = new PdfFile(bytes, caps.maxInflatedBytes, () => bomb(path, caps));
    const pages = file.pages(caps.maxPages, (n) => tooManyPages(path, n, caps));
    const fonts = new FontCache(file);
    const structure = structureOf(file);
    const out = new PageLines(holdsImages(bytes, file.latin), structure?.nodes ?? null);
    // The tree read once: its headings from it (a tree too large to read whole still gives its first headings).
    const headings = structure ? headingMarksOf(structure) : headingMarks(file);
    pages.forEach((page, i) => {
      if (Date.now() > deadline) throw tooLong(path, caps);
      const { items, operators } = readPageText(file, page, fonts, headings.get(page.dict), structure?.pages.get(page.dict));
      out.add(i + 1, items, operators, PDF_OPS, page.view, pageLinks(file, page));
    });
    // Laid out here, so that anything unexpected in it sends the file to pdf.js like a reading error.
    void out.lines;
    return { pages: out, numPages: pages.length, facts: documentFacts(file, pages[0]?.dict ?? null) };
  } catch (e) {
    if (e instanceof InputError) throw e;
    // Unsupported, or anything unexpected in a file this reader misjudged: pdf.js reads it whole.
    return null;
  }
}

/**
 * What disclose's own object reader finds in a file whose text is left to pdf.js: the Title and the logo
 * (facts), and the structure tree with the pages' dictionaries in order (structure, null for an untagged
 * file); each null where the reader cannot walk it. One reading of the file serves both.
 */
function ownObjects(bytes: Uint8Array, caps: PdfLimits): { facts: DocumentFacts | null; structure: { structure: Structure; pages: PdfDict[] } | null } {
  let file: PdfFile;
  let pages: PdfDict[];
  try {
    file = new PdfFile(bytes, caps.maxInflatedBytes, () => new Error('inflated past the cap'));
    pages = file.pages(caps.maxPages, () => new Error('too many pages')).map((p) => p.dict);
  } catch {
    return { facts: null, structure: null };
  }
  // Each read on its own: a tree the reader cannot walk leaves the Title, and the other way round.
  const attempt = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch {
      return null;
    }
  };
  const structure = attempt(() => structureOf(file));
  return { facts: attempt(() => documentFacts(file, pages[0] ?? null)), structure: structure ? { structure, pages } : null };
}

export async function extractPdf(bytes: Uint8Array, path = '-', limits: Partial<PdfLimits> = {}): Promise<PdfText> {
  forgetDateLines();
  const caps: PdfLimits = { ...DEFAULT_PDF_LIMITS, ...limits };
  const deadline = Date.now() + caps.timeoutSeconds * 1000;
  const own = readOwn(bytes, path, caps, deadline);
  if (own) return finish(own.pages, own.numPages, [], null, path, own.facts);
  return extractWithPdfjs(bytes, path, caps, deadline);
}

/** The document's text from its pages' lines: errors for a PDF without readable text, warnings, chrome dropped. */
function finish(pages: PageLines, numPages: number, unreadable: string[], treeReason: string | null, path: string, facts: DocumentFacts = NO_DOCUMENT_FACTS): PdfText {
  const { characters, rotated, blankPages } = pages;
  if (numPages === 0) throw new InputError(path, 'is a PDF with no pages (its page tree is empty)');
  if (characters === 0 && treeReason) throw new InputError(path, `is not a readable PDF: ${treeReason}`);
  if (characters === 0 && unreadable.length > 0) throw new InputError(path, `is not a readable PDF (page ${unreadable[0]})`);
  if (characters === 0 && rotated > 0) throw new InputError(path, 'is a PDF whose text is all rotated or set vertically, which is not supported');
  if (characters === 0) throw new InputError(path, 'is a PDF with no text layer (a scanned or image-only document); run OCR on it first (e.g. ocrmypdf) and parse the result');
  const warnings: string[] = unreadable.map((u) => `PDF page ${u} could not be read; its content is not in the incident`);
  // A page without text among pages with text: a scanned page (an attachment, a signed letter) whose facts are missing.
  if (blankPages.length > 0) warnings.push(`PDF page${blankPages.length > 1 ? 's' : ''} ${blankPages.slice(0, 10).join(', ')} ha${blankPages.length > 1 ? 've' : 's'} no text layer (scanned?); ${blankPages.length > 1 ? 'their' : 'its'} content is not in the incident`);
  // (A page's date label printed over its date is read as one line: 「掲載日」 over 「2026年2月6日」.)
  const lines = stackedDateLabelsJoined(pages.lines);
  // (The Title the browser wrote from the page's <title>, read under the same wrong charset.)
  if (pages.mojibake && facts.title !== null) facts = { ...facts, title: unmojibake(facts.title) };
  const running = dropRunningLines(dropTitleHeader(lines, facts.title), numPages);
  // What the geometry left of the chrome the structure tree shows (a tagged PDF's) goes too.
  const kept = dropPageChrome(running).filter((l) => !l.tagChrome);
  // (A document's lists and tables set on its annex page go back under the pointers the text left: 「（別紙のとおり）」.)
  const assembled = assemble(annexPlaced(kept));
  const read = splitHeader(assembled, breadcrumbTrail(pages.lines));
  const head = { ...read, text: withoutDatelessByline(withoutTreeHead(read.text, kept.filter((l) => l.treeHead))) };
  // No date line by the title: a blog entry's byline under its text (「投稿者: 小林 大輔 2025年06月18日 10:00 | パーマリンク」)
  // dates the entry, when it is the one byline the page prints; it moves into the overview like a date line.
  // (An update line's date is the page's last change, not its publication: pageDate reads a byline before it.)
  const byline = head.date !== null && !head.updated ? null : entryByline(head.text);
  const text = byline ? byline.text : head.text;
  const title = titleOfDocument(head.title, facts.title, assembled);
  // A footer's 「Copyright © 2025 ニュースリリース」 names a section of the site, no one.
  // (A footer fixed to the window's bottom, dropped from every page, is read after the page's own lines.)
  // (A copyright line the layout dropped with a side column, a footer's column of figures, counts when nothing else names
  // the site: neither the lines read, nor the logo's alt text, nor the site part of the Title.)
  const footed = [...pages.lines, ...pages.footerBar];
  const namedElsewhere = () => facts.logo !== null || (facts.title !== null && titleSiteName(facts.title) !== null);
  const closing = authorProfile(running);
  const printedName = printedSiteName(footed, text, closing, pages.headerBar) ?? (pages.droppedCopyright.length > 0 && !namedElsewhere() ? printedSiteName([...footed, ...pages.droppedCopyright], text, closing, pages.headerBar) : null);
  // (Or, with no other place naming the site, a dropped menu column's top line that names an organization with its legal
  // form: the logo's name above the menu, 「楽待株式会社」 over 「メニュー」.)
  const topName = pages.droppedTop && !namedElsewhere() ? lineTextOf(pages.droppedTop) : null;
  // (Last, with no other place naming the site, the footer's copyright holder in whatever form it takes — 「Copyright ©
  // フェースグループ All Rights Reserved.」, a group's name with no legal form — as a page's metadata reads its one place.)
  const printedSite =
    (printedName !== null && isSectionLabel(printedName) ? null : printedName) ??
    titleAgreedHolder(pages.lines, facts.title) ??
    (topName !== null && hasLegalForm(topName) && looksLikeName(topName) ? topName : null) ??
    (namedElsewhere() ? null : soleCopyrightHolder(footed, text));
  // A footer's holder that reads as no organization's name (「© 市民ポータル」「Copyright スタッフブログ」, the Title's site part
  // agreeing) gives way to a logo whose alt text does (「三重県」「美濃工業株式会社」), or to the Title's site part that does,
  // as a page's metadata is read (pageMeta.ts: the first place that names an organization).
  const siteName = clippedNameEnd(printedSite !== null && namedElsewhere() && !looksLikeName(printedSite) && !isJointIssuers(printedSite) ? null : printedSite, text);
  // A site of joint issuers (the footer's 「© 2025 株式会社Ａ、株式会社Ｂ」) names them all, where the text may give the list
  // too (its contact block): the text's first name would be one of them.
  // First the company box the print stacks after the article (a distribution site's 企業情報): the issuer, where the
  // site's places name the platform.
  const organization =
    printedIssuerBox(pages.lines, text) ?? withoutWrapSpace(logoHeadAbove(wrappedLogoName(head.organization, siteName, assembled), assembled)) ?? (siteName !== null && isJointIssuers(siteName) ? siteName : null);
  // No date line by the title: the page's own 「最終更新日 2024.12.26」 under the article (an old
  // site's only date) tells when it was put up.
  // (Nor that: the title's own date, read where every page's title is, in composeArchive.)
  // The document's Title, as a browser sets it from the page's <title>, may open with the page's date
  // (「【2026年6月24日】…」): the publication date before the page's own update date.
  // (Or that byline printed where the page's chrome went with it: 「投稿者 webmaster 公開日：2025年4月7日 | コメント (0)」.)
  // (Or the title's heading, printed with the date the Title leaves out: 「【2025年4月16日】卒業アルバムに…」.)
  // (Or the title's heading closed by the date the Title leaves out: 「…お詫び（2026年1月22日）」, titleOfDocument.)
  const closingDate = () => (head.title !== null && title !== null && head.title !== title ? titleDateSuffix(head.title)?.date ?? null : null);
  const date = pageDate(head, () => (facts.title ? pageTitleDate(facts.title) : null), () => (title !== null ? titleHeadingDate(text, title) : null), closingDate, () => byline?.date ?? null, () => printedByline(pages.lines), () => pageUpdatedDate(lines));
  const bad = [...text].filter((ch) => /[\ufffd\ue000-\uf8ff\u0000-\u0008]/.test(ch)).length;
  if (bad > text.length * 0.05) warnings.push(`${bad} characters of the PDF's text could not be mapped to Unicode (fonts without ToUnicode maps); facts may be missing`);
  // The title printed again as a heading atop the text (the head read it elsewhere: no date line beside it) goes with
  // the head: a title that says 「…のおそれについて」 is no sentence of the release's.
  const body = title !== null ? withoutTitleHeading(text, title) : text;
  // The logo's alt text a tagged PDF keeps; else the name a home link prints (「株式会社Ａ トップ」 in the menu row, a side
  // box's links), as the page's markup is read (pageMeta.ts logoAlt).
  const logo = facts.logo ?? pages.homeLinks.map(homeLinkName).find((n) => n !== null) ?? null;
  return { text: body, title, date, organization, siteName, logo, documentTitle: facts.title, warnings };
}

/**
 * The page's date: its head's date line; when that line is an update's (「更新日：2025/08/12」 under the title, no
 * publication line beside it), the first of the later readings that gives one (the Title's date, the title's heading's,
 * a byline, a publication line under the text) — the update is when the page last changed — and the update's date only
 * when none does (a city's page that prints no other date: its last change is the best it tells of its day).
 */
export function pageDate(head: { date: string | null; updated: boolean }, ...later: (() => string | null)[]): string | null {
  if (head.date !== null && !head.updated) return head.date;
  for (const read of later) {
    const date = read();
    if (date !== null) return date;
  }
  return head.date;
}

/**
 * The text without the heading that repeats its title (「### 芸術文化ホール利用者の…について」 under the site's section label),
 * when that heading stands above the text's first sentence; the text as it is otherwise.
 */
export function withoutTitleHeading(text: string, title: string): string {
  const lines = text.split('\n');
  const at = titleHeading(lines, title);
  if (at === null) return text;
  lines.splice(at.line, lines[at.line + 1]?.trim() === '' ? 2 : 1);
  return lines.join('\n');
}

/**
 * The heading above the text's first sentence that repeats the title, maybe with the page's date before it
 * (「### 【2025年4月16日】卒業アルバムに…について」, the document's Title without it), and that date; null when none does.
 */
function titleHeading(lines: readonly string[], title: string): { line: number; date: string | null } | null {
  const wanted = compact(title);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (/。$/.test(line)) break;
    const heading = /^#{2,6} (.+)$/.exec(line);
    if (!heading) continue;
    if (compact(heading[1]!) === wanted) return { line: i, date: null };
    const dated = titleDatePrefix(heading[1]!);
    if (dated && compact(dated.title) === wanted) return { line: i, date: dated.date };
  }
  return null;
}

/** The page's date the title's heading prints before it (「【2025年4月16日】…」), or null. */
export function titleHeadingDate(text: string, title: string): string | null {
  return titleHeading(text.split('\n'), title)?.date ?? null;
}

/**
 * The date of the one blog byline among the text's lines (every byline line giving the same date), and the text without
 * those lines; null when no line, or lines of different dates (a listing of entries), are bylines.
 */
function entryByline(text: string): { date: string; text: string } | null {
  const lines = text.split('\n');
  let date: string | null = null;
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 100 || !BYLINE_START.test(line)) continue;
    const d = bylineDate(line.trim());
    if (!d) continue;
    if (date !== null && d !== date) return null;
    date = d;
    at.push(i);
  }
  if (date === null) return null;
  const drop = new Set(at);
  return { date, text: lines.filter((_, i) => !drop.has(i)).join('\n') };
}
/**
 * The one date of the entry's bylines among all the page's lines (a cell of its own beside a side column's), as entryByline
 * reads them in the text: null when none, or when they give two dates.
 */
export function printedByline(lines: readonly PdfLine[]): string | null {
  const dates = new Set<string>();
  for (const l of lines) {
    for (const cell of l.cells) {
      if (cell.length > 100 || !BYLINE_START.test(cell)) continue;
      const d = bylineDate(cell.trim());
      if (d) dates.add(d);
    }
  }
  return dates.size === 1 ? [...dates][0]! : null;
}

/** A byline's first words (bylineDate's: an entry's 投稿日 or its author's field; a page's 公開日 line is pageUpdatedDate's), the test before a line is read. */
const BYLINE_START = /^[ ]*(?:投稿|作成者|執筆者|posted)/i;

/** A title's letters as compared: NFKC, no spaces. */
const compact = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * The page's own title in the document's Title (a browser sets it from the page's <title>: 「【2025年3月31日】…のお知らせ
 * | 株式会社Ｘ」): its date taken off, the longest of its parts. Null when it is short (a site's 「ニュース | Ｘ」).
 */
export function documentOwnTitle(documentTitle: string | null, least = MIN_DOCUMENT_TITLE): string | null {
  if (!documentTitle) return null;
  const undated = titleDatePrefix(documentTitle)?.title ?? titleDateSuffix(documentTitle)?.title ?? documentTitle;
  // The site's parts: its name (「お知らせ詳細 - 日本医科大学武蔵小杉病院」), its section's label, the page's address.
  // (A blog's 「Entry: Blog」 sets its colon right after the entry's last word.)
  const parts = undated.replace(/\s+/g, ' ').split(/\s[|\-–—]\s|\s?:\s|[|｜／]/).map((p) => p.trim())
    .filter((p) => p !== '' && !looksLikeName(p) && !isJointIssuers(p) && !isSectionLabel(p) && !/^[a-z]+:\/\//i.test(p));
  const own = parts.reduce<string | null>((a, p) => (a === null || compact(p).length > compact(a).length ? p : a), null);
  return own !== null && compact(own).length >= least ? own : null;
}

/**
 * The document's Title's own part, its opening date off and short as it may be (「2025年5月22日　表題記載なし」: 表題記載なし),
 * when the print sets it as a heading line of its own (「### 表題記載なし」): the entry's heading the page's <title> repeats —
 * its title, where the head gave none or only a logo's placeholder alt text in the largest type (「ロゴ」). Null otherwise.
 */
export function printedTitleHeading(documentTitle: string | null, printed: string): string | null {
  const own = documentTitle !== null ? documentOwnTitle(withoutBareTitleDate(documentTitle), MIN_SHORT_TITLE) : null;
  if (own === null) return null;
  const letters = compact(own);
  return printed.split('\n').some((l) => /^#{2,6} /.test(l) && compact(l.replace(/^#{2,6} /, '')) === letters) ? own : null;
}

/** A Title's own part shorter than this, even printed as a heading, is a label's (「概要」「お知らせ」). */
const MIN_SHORT_TITLE = 4;

/** A document Title's own part shorter than this names a section or a site, no release. */
const MIN_DOCUMENT_TITLE = 10;

/**
 * The title a printed page's head gives, or the document's Title's own part where the two disagree and the
 * print shows that part (its first characters) among its lines: a page whose logo is printed as its alt text in the
 * largest type (「ロゴ」, a broken image) above the entry's title has its title in the document's Title. A head's
 * title the Title holds, or that holds it, stands; so does every title of a file whose Title the print never shows
 * (a file name, 「Microsoft Word - 文書1」).
 */
export function titleOfDocument(headTitle: string | null, documentTitle: string | null, printed: string): string | null {
  // A heading closed by the page's date in brackets that the document's Title leaves out (「…お詫び（2026年1月22日）」 over the
  // Title 「…お詫び | Ａ」): the date is the page's (the head's date line), the title the heading's words before it. A Title that
  // carries the date too (「…お知らせ（2025/12/8）」) says the date is the title's own.
  const suffixed = headTitle !== null && documentTitle !== null ? titleDateSuffix(headTitle) : null;
  if (suffixed && compact(documentTitle!).includes(compact(suffixed.title)) && !compact(documentTitle!).includes(compact(headTitle!))) headTitle = suffixed.title.trim();
  const own = (headTitle === null || LOGO_PLACEHOLDER.test(headTitle) ? printedTitleHeading(documentTitle, printed) : null) ?? documentOwnTitle(documentTitle);
  if (own === null) return headTitle;
  const ownLetters = compact(own);
  if (headTitle !== null) {
    const head = compact(headTitle);
    // (A head's title that is the Title's start, where the print goes on with the rest of it on the lines below — the
    // title's wrapped line read apart, a fixed menu printed over it — is the title's first line: the Title's whole.)
    if (ownLetters.length > head.length && ownLetters.startsWith(head) && head.length > 0 && compact(printed.replace(/^#{2,6} /gm, '')).includes(ownLetters)) return own;
    if (head.length === 0 || ownLetters.includes(head) || head.includes(ownLetters)) return headTitle;
  }
  if (compact(printed).includes(ownLetters.slice(0, 16))) return own;
  // No title printed at all (the page's heading is the site's name, the release's title only in its <title>): a Title
  // of a web page's form — the release's part beside the site's name (「…の可能性について｜株式会社Ａ」) — that names a
  // notice gives it. (Not a word processor's Title, a file name with no site's part.)
  return headTitle ?? (titleSiteName(documentTitle!) !== null && TITLE_WORDS.some((w) => own.includes(w)) ? own : null);
}

const JAPANESE_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The longest holder a footer's copyright line gives that counts as the site's name alone (a name, no phrase). */
const SOLE_HOLDER = 30;

/**
 * The holder the page's last copyright line names, when that line is the site's footer (no line of the release's text) and
 * the holder reads as a name (no section's label, no image's description, no sentence's marks): the site's one name when
 * no other place of the print names it, as pageMeta.ts reads a page's one place (onlyName). Null otherwise.
 */
export function soleCopyrightHolder(lines: readonly PdfLine[], text: string): string | null {
  let holder: string | null = null;
  let line = '';
  for (const l of lines) {
    const t = lineTextOf(l);
    if (t.length > 120) continue;
    const found = copyrightHolderOf(t);
    if (found !== null) [holder, line] = [found, t];
  }
  // (Written in Japanese: a brand in Latin letters, 「© 2026 SAMPLE」「Sample Zakka Co., Ltd.」, is the English name the
  // release's own name stands for, no site's name to set over it.)
  if (holder === null || holder.length > SOLE_HOLDER || !JAPANESE_LETTER.test(holder) || /[。、：:|｜「」]/.test(holder) || text.includes(line.trim())) return null;
  return placeName(holder);
}

/**
 * The footer's copyright holder when the document's Title (the page's <title>) names it as the site's
 * part too (「…に関しまして | 寺崎脳神経外科」 and 「Copyright © 2013-2025 寺崎脳神経外科 All Rights Reserved.」):
 * the site's name though it has no legal form or ending. The last copyright line counts (footers come last).
 */
function titleAgreedHolder(lines: readonly PdfLine[], documentTitle: string | null): string | null {
  if (!documentTitle) return null;
  let holder: string | null = null;
  for (const l of lines) {
    const text = lineTextOf(l);
    if (text.length > 120) continue;
    holder = copyrightHolderOf(text) ?? holder;
  }
  return titleAgreedName(documentTitle, holder);
}

/** The marked-content ids pdf.js gives (「p3R_mc9」) that the page's structure tree puts under a heading (H, H1–H6). */
async function headingContentIds(page: { getStructTree(): Promise<unknown> }): Promise<Set<string>> {
  const ids = new Set<string>();
  let tree: unknown;
  try {
    tree = await page.getStructTree();
  } catch {
    return ids;
  }
  const stack: { node: unknown; heading: boolean }[] = [{ node: tree, heading: false }];
  for (let seen = 0; stack.length > 0 && seen < 20000; seen++) {
    const { node, heading } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const n = node as { role?: string; type?: string; id?: string; children?: unknown[] };
    if (n.type === 'content' && heading && typeof n.id === 'string') ids.add(n.id);
    const under = heading || (typeof n.role === 'string' && /^H[1-6]?$/.test(n.role));
    for (const c of n.children ?? []) stack.push({ node: c, heading: under });
  }
  return ids;
}

/** A marked-content id as pdf.js names it: the page's object and the MCID (「p3R_mc9」). */
const MARKED_ID = /_mc([0-9]+)$/;

/**
 * The browser's own header printed on a page (「12/6/26, 6:48 AM | 【2026年6月24日】…のお知らせ | ニ…」): a line in
 * the page's top or bottom margin holding the print's date and time and the document's Title (cut short with 「…」
 * where it is long). On a one-page print nothing recurs to tell it by; the Title does, and it is not the release's.
 */
export function dropTitleHeader(lines: PdfLine[], documentTitle: string | null): PdfLine[] {
  const title = documentTitle?.normalize('NFKC').replace(/\s+/g, '') ?? '';
  if (title.length < 8 || lines.length === 0) return lines;
  const start = title.slice(0, 12);
  return lines.filter((l) => {
    if ((l.position >= 0.1 && l.position <= 0.9) || l.cells.length < 2) return true;
    const cells = l.cells.map((c) => c.normalize('NFKC').trim());
    return !(cells.some((c) => PRINTED_AT.test(c)) && cells.some((c) => c.replace(/\s+/g, '').includes(start)));
  });
}

/** The whole file through pdf.js (the fallback; tests compare the two readers with it). */
export async function extractWithPdfjs(bytes: Uint8Array, path: string, caps: PdfLimits = DEFAULT_PDF_LIMITS, deadline = Date.now() + caps.timeoutSeconds * 1000): Promise<PdfText> {
  checkInflatedSize(bytes, caps.maxInflatedBytes, path);
  const images = holdsImages(bytes);
  const pdfjs = await loadPdfjs();
  const dir = packageDir();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (and detaches) the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    cMapUrl: join(dir, 'cmaps') + sep,
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts') + sep,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    // Text never needs an image: every image is left undecoded (a 40000×40000 one costs nothing).
    maxImageSize: 0,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooLong(path, caps)), Math.max(0, deadline - Date.now()));
  });
  timeout.catch(() => undefined);
  const inTime = <T>(p: Promise<T>): Promise<T> => Promise.race([p, timeout]);
  let doc;
  try {
    doc = await inTime(task.promise);
  } catch (e) {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
    if (e instanceof InputError) throw e;
    const name = (e as Error)?.name;
    if (name === 'PasswordException') throw new InputError(path, 'is a password-protected PDF');
    const reason = pageTreeReason(firstLine(e));
    throw new InputError(path, reason ? `is not a readable PDF: ${reason}` : `is not a readable PDF (${firstLine(e)})`);
  }
  try {
    if (doc.numPages > caps.maxPages) throw tooManyPages(path, doc.numPages, caps);
    // (Only where both readers count the same pages: each page's marked-content ids are its own.)
    const own = ownObjects(bytes, caps);
    const tree = own.structure && own.structure.pages.length === doc.numPages ? own.structure : null;
    const pages = new PageLines(images, tree?.structure.nodes ?? null);
    const unreadable: string[] = [];
    let treeReason: string | null = null;
    // The pages' drawing operators read from the file itself when it is plain enough (contentStream.ts); else from pdf.js.
    let contents: Uint8Array[] | null = null;
    try {
      contents = pageContents(bytes, doc.numPages);
    } catch {
      contents = null;
    }
    const ops = pdfjs.OPS as unknown as Record<string, number>;
    for (let p = 1; p <= doc.numPages; p++) {
      let page;
      let content;
      let operators: OperatorList;
      let links: LinkRect[] = [];
      let ownOperators = false;
      try {
        page = await inTime(doc.getPage(p));
        content = await inTime(page.getTextContent({ includeMarkedContent: true }));
        const own = contents?.[p - 1] ? contentOperators(contents[p - 1]!, ops) : null;
        operators = own ?? (await inTime(page.getOperatorList()));
        ownOperators = own !== null;
        links = pdfjsLinks(await inTime(page.getAnnotations()).catch(() => []));
      } catch (e) {
        if (e instanceof InputError) throw e;
        // One broken page (a damaged content stream) costs that page, not the release.
        treeReason ??= pageTreeReason(firstLine(e));
        unreadable.push(`${p} (${treeReason ?? firstLine(e)})`);
        continue;
      }
      const styles = content.styles as Record<string, { vertical?: boolean } | undefined>;
      // A font's face name (bold or not) is known once the page's operators are read.
      if (ownOperators && content.items.length > 0) await inTime(page.getOperatorList()).catch(() => null);
      const bold = new Map<string, boolean>();
      const boldOf = (fontName: string) => {
        let b = bold.get(fontName);
        if (b === undefined) {
          let name: unknown = null;
          try { name = page!.commonObjs.has(fontName) ? (page!.commonObjs.get(fontName) as { name?: unknown }).name : null; } catch { name = null; }
          bold.set(fontName, (b = typeof name === 'string' && BOLD_NAME.test(name)));
        }
        return b;
      };
      // Text the structure tree puts under a heading (a tagged PDF's H1–H6) is set apart as bold, as the own reader sets it.
      const headings = await headingContentIds(page);
      // Each item's structure element, as the own reader gives it: pdf.js names a marked-content id 「p3R_mc9」.
      const tags = tree ? tree.structure.pages.get(tree.pages[p - 1]!) : undefined;
      const marked: boolean[] = [];
      const tagged: number[] = [];
      const raw = content.items.flatMap((item) => {
        if (!('str' in item)) {
          const m = item as { type?: string; id?: string };
          if (m.type === 'endMarkedContent') {
            marked.pop();
            tagged.pop();
          } else if (m.type === 'beginMarkedContent' || m.type === 'beginMarkedContentProps') {
            marked.push(marked.at(-1) === true || (m.id !== undefined && headings.has(m.id)));
            const mcid = m.id !== undefined ? MARKED_ID.exec(m.id) : null;
            tagged.push(mcid ? (tags?.get(Number(mcid[1])) ?? -1) : (tagged.at(-1) ?? -1));
          }
          return [];
        }
        const tag = tagged.at(-1) ?? -1;
        return [{ str: item.str, width: item.width, height: item.height, transform: item.transform as number[], vertical: styles[item.fontName]?.vertical === true, ...(boldOf(item.fontName) || marked.at(-1) === true ? { bold: true } : {}), ...(tag >= 0 ? { tag } : {}) }];
      });
      pages.add(p, raw, operators, ops, page.view, links);
      page.cleanup();
    }
    // The Title and the logo as disclose's reader finds them where it can walk the file's objects (its
    // text may be what it left to pdf.js), else the Title pdf.js reads.
    let facts = own.facts;
    if (!facts) {
      const info = await inTime(doc.getMetadata()).catch(() => null);
      const title = (info?.info as { Title?: unknown } | undefined)?.Title;
      facts = { title: typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() || null : null, logo: null };
    }
    return finish(pages, doc.numPages, unreadable, treeReason, path, facts);
  } finally {
    clearTimeout(timer);
    await doc.destroy();
  }
}

/** Beyond this many text items a page is read as one block (the XY-cut's cost grows with items × blocks). */
const MAX_CUT_ITEMS = 20_000;

/** One page's lines in reading order: ruled tables (from the page's rules) row by row, the rest block by block. */
function readPage(items: Item[], rules: Segment[] | null, operators: OperatorList, ops: Record<string, number>, sideColumns: SideColumn[] = [], links: LinkRect[] = [], lists: Int32Array | null = null): { line: Omit<PdfLine, 'page' | 'position'>; block: number; column: number }[] {
  if (items.length === 0) return [];
  const { tables, rest } = findRuledTables(rules ?? rulingSegments(operators, ops), items);
  const sizes = rest.map((i) => i.size).sort((a, b) => a - b);
  const em = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const atoms = [...rest.map(itemAtom), ...tables.map(tableAtom)];
  const linked = linkedItems(rest, links);
  // Side bars dropped on the pages before: their rest may stand at this page's top.
  const continuesSideBar = sideBarCarriedOver([...sideColumns], maxOf(atoms.map((a) => a.top)), em);
  const blocks = atoms.length > MAX_CUT_ITEMS ? [{ atoms, column: 0 }] : xyCut(atoms, { em, isChrome: sideBarTracker(sideColumns, linked), isLeftover: sideBarLeftover(sideColumns), isNewsBox, continuesSideBar, sideStrips: () => sideColumns, ...(lists ? { separateLists: (left: Atom[], right: Atom[]) => inSeparateLists(lists, atomItems(left), atomItems(right)) } : {}) });
  const starts = columnStarts(rest);
  const stacked = glyphStacks(rest);
  const bullets = bulletMarks(operators, ops);
  const out: { line: Omit<PdfLine, 'page' | 'position'>; block: number; column: number }[] = [];
  blocks.forEach(({ atoms: blockAtoms, column }, k) => {
    const texts = blockAtoms.flatMap((a) => (a.item ? [a.item] : []));
    const rows = blockAtoms.flatMap((a) => (a.table ? a.table.rows : []));
    const lines = [...groupLines(texts, starts, stacked), ...rows].sort((a, b) => b.y - a.y || a.x - b.x);
    for (const line of lines) {
      if (bullets.length > 0 && !line.table && hasBullet(line, bullets)) {
        line.bullet = true;
        // A list item's words set apart by wide spaces (「氏名　住所　電話番号」) are one item, not a table's cells.
        if (line.cells.length > 1) Object.assign(line, { cells: [line.cells.join(' ')], cellX: [line.cellX[0]!] });
      }
      if (linked.size > 0 && !line.table && linkedShare(line.items, linked) >= 0.5) line.linked = true;
      out.push({ line, block: k, column });
    }
  });
  return out;
}

/** The text runs among a side's atoms (a ruled table's atoms hold none). */
const atomItems = (atoms: readonly Atom[]): Item[] => atoms.flatMap((a) => (a.item ? [a.item] : []));

/** A bullet mark just left of the line's first character, at the height of its text. */
function hasBullet(line: Pick<PdfLine, 'x' | 'y' | 'size'>, bullets: BulletMark[]): boolean {
  return bullets.some((b) => b.x < line.x - line.size * 0.2 && b.x > line.x - line.size * 2.5 && b.y > line.y - line.size * 0.2 && b.y < line.y + line.size * 0.9 && b.size < line.size * 0.8);
}
