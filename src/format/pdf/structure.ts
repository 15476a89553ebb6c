import type { StructNode } from './docInfo.js';

/**
 * A printed web page's chrome told by its structure tree. A browser prints a page TAGGED: every text
 * run belongs to a structure element of the page's DOM (Document > NonStruct … > H1–H6, P, L > LI,
 * Table > TR > TD, Link, Art, Aside). That is the browser's own view of the page and holds on any site:
 *
 * - the release is the element around the H1 that holds much of the page's text (over each H1, the
 *   smallest element holding at least ARTICLE_SHARE of the text that is no link's; the smallest of those);
 * - navigation, breadcrumbs' menus, side-bar news lists, archives, tag clouds, link columns of a footer,
 *   links to the neighbouring articles are lists and blocks whose text is mostly links: outside the
 *   release such a block goes whole (its dates, counts and box titles with it), and a list of links
 *   goes wherever it stands (a table of contents repeating the headings, a post's related links);
 * - what follows the release's element in the tree (side boxes, a feedback survey, the site's footer with
 *   its company figures, a cookie notice) goes, when what follows it inside its own container is little beside
 *   the release (AFTER_SHARE; past the container stand the page's other parts, a side column stacked under the
 *   main one by the print) — or whatever its length when that element is the page's own <article> (Art): the page
 *   says where the release ends.
 *
 * Kept of a dropped block before the release all the same: text that is no link's, in no heading and in
 * no list entry holding a link (the header's site name, a date line in the list of a post's category and
 * tags). Items without a structure element (a browser's print header, page numbers: artifacts) are never
 * judged here. Only evidence: the text goes where the layout's own chrome rules (chrome.ts) left it.
 */

/** The share of the page's text (no link's) the release's element holds at least. */
const ARTICLE_SHARE = 0.4;
/** A heading below H1 stands for the title when at most this share of its release's plain text comes before it. */
const TITLE_LEAD = 0.15;
/** A block whose text is at least this much links' (with two links or more) is navigation. */
const LINK_DENSE = 0.5;
/** Too little of the page tagged (or too little text) to judge by its tree. */
const MIN_TAGGED_SHARE = 0.6;

export interface TaggedText {
  /** The structure element the text belongs to (an index into the nodes), or none. */
  tag?: number;
  str: string;
}

/** Text after the release's element, at most this share of the release's, is the page's end (its footer). */
const AFTER_SHARE = 0.35;
const HEADING = /^H[1-6]?$/;
const visible = (s: string) => s.replace(/\s+/g, '').length;

/** What the tree says of each element: chrome (its text is not the release's) and where the release is. */
export interface StructureChrome {
  /** Elements whose text is chrome, by index (their kids' too). */
  chrome: boolean[];
  /** The release's element, or -1 when the tree shows none. */
  article: number;
  /** The release's title: the H1 over which it was found, and the last of its kids (-1, -1 when none). */
  title: [number, number];
}

/** The elements of a structure tree that are a page's chrome, judged by the text the pages draw in them. */
export function structureChrome(nodes: readonly StructNode[], items: Iterable<TaggedText>): StructureChrome {
  const n = nodes.length;
  const none: StructureChrome = { chrome: new Array<boolean>(n).fill(false), article: -1, title: [-1, -1] };
  const own = new Float64Array(n);
  let tagged = 0;
  let all = 0;
  for (const item of items) {
    const c = visible(item.str);
    all += c;
    if (item.tag === undefined || item.tag < 0 || item.tag >= n) continue;
    own[item.tag] += c;
    tagged += c;
  }
  if (tagged === 0 || tagged < all * MIN_TAGGED_SHARE) return none;
  // Parents come before their kids (the tree's order): a link's, a list's, a table's, and sums from the leaves up.
  const inLink = new Array<boolean>(n).fill(false);
  const inList = new Array<boolean>(n).fill(false);
  const inHeading = new Array<boolean>(n).fill(false);
  // The list item or table row a node stands in (-1: none).
  const entry = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const { role, parent } = nodes[i]!;
    const up = parent >= 0 && parent < i ? parent : -1;
    inLink[i] = role === 'Link' || (up >= 0 && inLink[up]!);
    inList[i] = role === 'L' || role === 'LI' || role === 'Table' || (up >= 0 && inList[up]!);
    inHeading[i] = HEADING.test(role) || (up >= 0 && inHeading[up]!);
    entry[i] = role === 'LI' || role === 'TR' ? i : up >= 0 ? entry[up]! : -1;
  }
  const chars = Float64Array.from(own);
  const linkChars = new Float64Array(n);
  const links = new Float64Array(n);
  for (let i = 0; i < n; i++) if (inLink[i]) linkChars[i] = own[i]!;
  for (let i = n - 1; i >= 0; i--) {
    const p = nodes[i]!.parent;
    // A Link with text counts once (its text may sit in kids).
    if (nodes[i]!.role === 'Link' && chars[i]! > 0) links[i]! += 1;
    if (p < 0 || p >= i) continue;
    chars[p] += chars[i]!;
    linkChars[p] += linkChars[i]!;
    links[p] += links[i]!;
  }
  let plain = 0;
  for (let i = 0; i < n; i++) if (!inLink[i]) plain += own[i]!;
  // The release: over each H1 (no link's), the smallest element holding enough of the page's plain text; the smallest of those.
  // A heading whose text is all a link's may be the site's logo (「<h1><a href="/">…信用組合</a></h1>」) as well as a post's
  // title linking to itself: it does not settle the level alone. While a level has no heading of text of its own, the next
  // level's headings are weighed too — a site that sets its logo as the H1 (or in a link around one) titles its posts with
  // an H2 (「<article><h2>…のお詫び</h2>」); a logo climbs to the whole page, the title to the release, and the side boxes'
  // H2s, each in a box holding little of the page's text, to no smaller element than the release's.
  // (A lower level's heading stands for the title only at the head of the element it climbs to: little of that element's
  // plain text before it — a box's heading at the release's end, 「関連するお知らせ」, heads no release.)
  // (Only below a logo's H1: a page with no H1 at all titles its release with no heading, and its H2s are its boxes'.)
  const headings: { at: number; level: number }[] = [];
  const logoH1 = nodes.some((node, i) => node.role === 'H1' && chars[i]! > 0 && (inLink[i] || linkChars[i]! >= chars[i]!));
  for (let level = 1; level <= 6; level++) {
    let titled = false;
    for (let i = 0; i < n; i++) {
      if (nodes[i]!.role !== `H${level}` || inLink[i] || chars[i] === 0) continue;
      headings.push({ at: i, level });
      if (linkChars[i]! < chars[i]!) titled = true;
    }
    if (titled || !logoH1) break;
  }
  // The plain text (no link's) before each element in the tree's order: an element's own text before a kid is what lies between them.
  const plainBefore = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) plainBefore[i + 1] = plainBefore[i]! + (inLink[i] ? 0 : own[i]!);
  let article = -1;
  let h1 = -1;
  for (const { at: i, level } of headings) {
    let a = i;
    while (chars[a]! - linkChars[a]! < plain * ARTICLE_SHARE && nodes[a]!.parent >= 0 && nodes[a]!.parent < a) a = nodes[a]!.parent;
    if (chars[a]! - linkChars[a]! < plain * ARTICLE_SHARE) continue;
    if (level > 1 && plainBefore[i]! - plainBefore[a]! > (chars[a]! - linkChars[a]!) * TITLE_LEAD) continue;
    if (article < 0 || chars[a]! < chars[article]!) [article, h1] = [a, i];
  }
  const holdsArticle = new Array<boolean>(n).fill(false);
  for (let a = article; a >= 0; a = nodes[a]!.parent < a ? nodes[a]!.parent : -1) holdsArticle[a] = true;
  // The release's element and its kids: a run of the tree's order.
  const inArticle = new Array<boolean>(n).fill(false);
  let articleEnd = article;
  for (let i = Math.max(article, 0); i < n && article >= 0; i++) {
    const p = nodes[i]!.parent;
    inArticle[i] = i === article || (p >= 0 && p < i && inArticle[p]!);
    if (inArticle[i]) articleEnd = i;
  }
  // What follows the release's element (side boxes, a survey, the site's footer) goes when it is little beside
  // the release: much text after it is more likely the release's own, its element taken too small — unless the
  // element is the page's own <article>, which says itself where the release ends (a FAQ box, side boxes after it).
  // Only what follows it inside its own container (the element's parent) is weighed: the release taken too small
  // goes on there, beside it; past the container's end stand the page's other parts (a side column the print
  // stacks under the main one, the footer), which follow the release whatever their length.
  // (The container and its kids are a run of the tree's order, as the release's element is.)
  const parent = article >= 0 && nodes[article]!.parent >= 0 && nodes[article]!.parent < article ? nodes[article]!.parent : -1;
  const inParent = new Array<boolean>(n).fill(parent < 0);
  let parentEnd = parent < 0 ? n - 1 : parent;
  for (let i = parent + 1; i < n && parent >= 0; i++) {
    const p = nodes[i]!.parent;
    inParent[i] = p === parent || (p >= 0 && p < i && p > parent && inParent[p]!);
    if (inParent[i]) parentEnd = i;
  }
  let after = 0;
  for (let i = articleEnd + 1; i <= parentEnd && article >= 0; i++) if (!inLink[i]) after += own[i]!;
  const dropAfter = article >= 0 && (nodes[article]!.role === 'Art' || after <= (chars[article]! - linkChars[article]!) * AFTER_SHARE);
  const dense = (i: number) => links[i]! >= 2 && linkChars[i]! >= chars[i]! * LINK_DENSE;
  // Kept although its block goes: plain text before the release (anywhere when the tree shows none), in no heading, in a list only as an
  // entry without a link (a date in the list of a post's category and tags).
  const kept = (i: number) => (article < 0 || i < article) && !inLink[i] && !inHeading[i] && (!inList[i] || (entry[i]! >= 0 && linkChars[entry[i]!] === 0));
  const dropped = new Array<boolean>(n).fill(false);
  const chrome = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const p = nodes[i]!.parent;
    const up = p >= 0 && p < i ? p : -1;
    if (holdsArticle[i] || chars[i] === 0) continue;
    const role = nodes[i]!.role;
    // A list of links, anywhere; outside the release, any block of links; what follows the release.
    const block = (dense(i) && (role === 'L' || !inArticle[i])) || (dropAfter && i > articleEnd);
    dropped[i] = block || (up >= 0 && dropped[up]!);
    chrome[i] = dropped[i]! && !kept(i);
  }
  let h1End = h1;
  for (let i = h1 + 1; h1 >= 0 && i < n; i++) {
    let a = nodes[i]!.parent;
    while (a > h1 && nodes[a]!.parent < a) a = nodes[a]!.parent;
    if (a !== h1) break;
    h1End = i;
  }
  return { chrome, article, title: [h1, h1End] };
}

/** The roles of a table's elements: lists in its cells are the table's, not columns. */
const TABLE_ROLE = /^(?:Table|TR|TD|TH|THead|TBody|TFoot)$/;

/**
 * The list each element's text stands in as a list item's: the L holding its innermost LI (its index), -1 for text in
 * no list item, -2 for text inside a table (a table's cells side by side are its rows, whatever they hold).
 */
export function itemLists(nodes: readonly StructNode[]): Int32Array {
  const out = new Int32Array(nodes.length).fill(-1);
  for (let i = 0; i < nodes.length; i++) {
    const { role, parent } = nodes[i]!;
    const up = parent >= 0 && parent < i ? parent : -1;
    if (TABLE_ROLE.test(role) || (up >= 0 && out[up] === -2)) out[i] = -2;
    else if (role === 'LI') out[i] = up;
    else out[i] = up >= 0 ? out[up]! : -1;
  }
  return out;
}

/**
 * Whether two sides' tagged text stands in separate lists: every visible run of each side in a list item (outside any
 * table), and no list holding runs of both sides. Untagged runs (a bullet drawn as text, a page number) are not weighed;
 * a side without tagged text is not a list.
 */
export function inSeparateLists(lists: Int32Array, left: Iterable<{ tag?: number; str: string }>, right: Iterable<{ tag?: number; str: string }>): boolean {
  const of = (side: Iterable<{ tag?: number; str: string }>): Set<number> | null => {
    const held = new Set<number>();
    for (const item of side) {
      if (item.tag === undefined || item.str.trim() === '') continue;
      const list = item.tag >= 0 && item.tag < lists.length ? lists[item.tag]! : -1;
      if (list < 0) return null;
      held.add(list);
    }
    return held.size > 0 ? held : null;
  };
  const a = of(left);
  const b = a && of(right);
  return a !== null && b !== null && ![...a].some((l) => b.has(l));
}
