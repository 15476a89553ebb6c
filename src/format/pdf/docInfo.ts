import { HOME_PAGE_FILE, looksLikeName } from '../pageMeta.js';
import { PdfName, PdfString, type PdfDict, type PdfFile, type PdfValue } from './objects.js';

/**
 * What a PDF says of itself beside its pages' text: the document's Title (a browser prints a page
 * with its <title> there: 「【2026年6月24日】…のお知らせ | Ｘ株式会社」) and, in a tagged PDF, the
 * alternative text of the logo — the figure the site's home link holds on the first page (a
 * browser tags a printed page's images with their alt text, which the print itself never shows).
 */
export interface DocumentFacts {
  title: string | null;
  logo: string | null;
}

export const NO_DOCUMENT_FACTS: DocumentFacts = { title: null, logo: null };

/** A PDF text string (one char per byte): UTF-16BE with its byte-order mark, UTF-8 with its own, else PDFDocEncoding (read as Latin-1). */
export function pdfTextString(bytes: string): string {
  let text = bytes;
  if (bytes.startsWith('\u00fe\u00ff')) {
    const codes: number[] = [];
    for (let i = 2; i + 1 < bytes.length; i += 2) codes.push((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    text = String.fromCharCode(...codes.slice(0, 4096));
  } else if (bytes.startsWith('\u00ef\u00bb\u00bf')) text = Buffer.from(bytes.slice(3), 'latin1').toString('utf8');
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Structure elements visited at most: a logo stands among the first of a page's (its header). */
const MAX_ELEMENTS = 4000;

/**
 * A link to the site's home page: the bare host, 「/」, its index page (index.html, Default.aspx …; a page saved and printed
 * from disk: file:///, or the index page in the folder the page was saved in — its 「index.html」 link made absolute there).
 */
const HOME_URI = new RegExp(String.raw`^(?:(?:https?:\/\/[^/?#\s]+|file:\/\/)\/?(?:${HOME_PAGE_FILE})?|file:\/\/\/(?:[^/?#\s]+\/){0,12}${HOME_PAGE_FILE})$`, 'i');

/** The document's Title and its logo's alt text, each null when the file gives none. Never throws. */
export function documentFacts(file: PdfFile, firstPage: PdfDict | null): DocumentFacts {
  let title: string | null = null;
  let logo: string | null = null;
  try {
    const raw = file.lookup(file.info(), 'Title');
    if (raw instanceof PdfString) title = pdfTextString(raw.bytes) || null;
  } catch {
    title = null;
  }
  try {
    logo = logoAlt(file, firstPage);
  } catch {
    logo = null;
  }
  return { title, logo };
}

const nameOf = (v: PdfValue) => (v instanceof PdfName ? v.name : null);

/**
 * The alt text of the first figure, on the first page, that a link to a site's home holds, when it reads as a name;
 * else of the page's first figure, when it is in no link and its alt text reads as a name: a site's header band opens
 * with its logo in no home link (an old layout table's first row, a logo box 「<div class="site-logo"><img alt="株式会社Ｘ">」),
 * as the HTML reading takes it (pageMeta.ts firstImageName). A first figure in a link is a banner to elsewhere.
 */
function logoAlt(file: PdfFile, firstPage: PdfDict | null): string | null {
  let logo: string | null | undefined;
  let first: { alt: string; linked: boolean } | null = null;
  // Each element carries whether a home link holds it, and whether any link does.
  walkStructTree(file, MAX_ELEMENTS, { home: false, link: false }, (element, pg, { home, link }) => {
    if (typeof element === 'number') return 'skip';
    const type = nameOf(file.lookup(element, 'Type'));
    if (type === 'MCR' || type === 'OBJR') return 'skip';
    // Past the first page nothing is the header's logo.
    if (firstPage !== null && pg !== null && pg !== firstPage) return 'skip';
    const role = nameOf(file.lookup(element, 'S'));
    if (role === 'Figure') {
      const alt = file.lookup(element, 'Alt');
      const text = alt instanceof PdfString ? pdfTextString(alt.bytes) : '';
      // The first such figure is the site's logo (its header comes first): one further down is a banner
      // linking to another site's home (「個人情報保護委員会」), never taken for the page's own.
      if (home) {
        logo = looksLikeName(text) ? text : null;
        return 'stop';
      }
      first ??= { alt: text, linked: link };
      return 'skip';
    }
    const isLink = role === 'Link';
    return { kids: { home: home || (isLink && linksHome(file, element)), link: link || isLink } };
  });
  if (logo !== undefined) return logo;
  const figure = first as { alt: string; linked: boolean } | null;
  return figure !== null && !figure.linked && looksLikeName(figure.alt) ? figure.alt : null;
}

/**
 * What a walk does after an element (a structure element, or a marked-content id given as a bare number):
 * go on into its kids with their flag, pass over them, or end the walk.
 */
type StructStep<F> = { kids: F } | 'skip' | 'stop';

/**
 * A depth-first walk of a tagged PDF's structure tree in the tree's order, each element with its page
 * (its own /Pg or its parent's) and a flag its ancestors pass down; at most `limit` elements, each once.
 */
function walkStructTree<F>(file: PdfFile, limit: number, flag: F, visit: (element: PdfDict | number, page: PdfDict | null, flag: F) => StructStep<F>): void {
  const root = file.dictAt(file.catalog(), 'StructTreeRoot');
  if (!root) return;
  const stack: { value: PdfValue; flag: F; page: PdfDict | null }[] = [{ value: root.get('K') ?? null, flag, page: null }];
  const seen = new Set<PdfDict>();
  let visited = 0;
  while (stack.length > 0 && visited < limit) {
    const { value, flag, page } = stack.pop()!;
    if (typeof value === 'number') {
      if (visit(value, page, flag) === 'stop') return;
      continue;
    }
    const node = file.resolve(value);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i]!, flag, page });
      continue;
    }
    if (!(node instanceof Map) || seen.has(node)) continue;
    seen.add(node);
    visited++;
    const pg = file.dictAt(node, 'Pg') ?? page;
    const step = visit(node, pg, flag);
    if (step === 'stop') return;
    if (step !== 'skip') stack.push({ value: node.get('K') ?? null, flag: step.kids, page: pg });
  }
}

/** A Link element whose annotation leads to the site's home page. */
function linksHome(file: PdfFile, link: PdfDict): boolean {
  const kids = file.resolve(link.get('K') ?? null);
  for (const kid of Array.isArray(kids) ? kids.slice(0, 20) : [kids]) {
    const k = file.resolve(kid);
    if (!(k instanceof Map) || nameOf(file.lookup(k, 'Type')) !== 'OBJR') continue;
    const action = file.dictAt(file.dictAt(k, 'Obj'), 'A');
    const uri = file.lookup(action, 'URI');
    if (uri instanceof PdfString && HOME_URI.test(pdfTextString(uri.bytes))) return true;
  }
  return false;
}

/** Structure elements read at most for heading marks (a long document's tree). */
const MAX_HEADING_ELEMENTS = 20000;

/**
 * The marked-content ids a tagged PDF's structure tree puts under a heading (H, H1–H6), by page: a
 * browser tags a printed page's or document's <h1>–<h6> so, a heading set at body size in a font
 * that says no weight (Chromium's Type 3 fonts) among them. Empty when the file has no tree. Never throws.
 */
export function headingMarks(file: PdfFile): Map<PdfDict, Set<number>> {
  const marks = new Map<PdfDict, Set<number>>();
  const add = (page: PdfDict | null, mcid: number) => {
    if (!page) return;
    let set = marks.get(page);
    if (!set) marks.set(page, (set = new Set()));
    set.add(mcid);
  };
  try {
    // Each element carries whether a heading holds it.
    walkStructTree(file, MAX_HEADING_ELEMENTS, false, (element, pg, heading) => {
      if (typeof element === 'number') {
        if (heading) add(pg, element);
        return 'skip';
      }
      const type = nameOf(file.lookup(element, 'Type'));
      if (type === 'MCR') {
        const mcid = file.lookup(element, 'MCID');
        if (heading && typeof mcid === 'number') add(pg, mcid);
        return 'skip';
      }
      if (type === 'OBJR') return 'skip';
      const role = nameOf(file.lookup(element, 'S'));
      return { kids: heading || (role !== null && HEADING_ROLE.test(role)) };
    });
  } catch {
    return marks;
  }
  return marks;
}

const HEADING_ROLE = /^H[1-6]?$/;

/** One element of a tagged PDF's structure tree: its role (the RoleMap applied) and its parent's index (-1 for a top one). */
export interface StructNode {
  role: string;
  parent: number;
  /** A Link whose annotation leads to the site's home page (linksHome). */
  home?: boolean;
}

/**
 * A tagged PDF's structure tree as a table: the elements in the tree's order (a parent before its kids)
 * and, by page, the element each marked-content id belongs to. A browser prints a page with its DOM
 * this way (Document > NonStruct … > P, H1–H6, L > LI, Table > TR > TD, Link), on any site.
 */
export interface Structure {
  nodes: StructNode[];
  pages: Map<PdfDict, Map<number, number>>;
}

/** Structure elements read at most for the page structure: a tree larger than this is not judged by it. */
const MAX_STRUCTURE_ELEMENTS = 30000;

/** The structure tree of a tagged PDF, or null when it has none, or one too large to read whole. Never throws. */
export function structureOf(file: PdfFile): Structure | null {
  const nodes: StructNode[] = [];
  const pages = new Map<PdfDict, Map<number, number>>();
  const add = (page: PdfDict | null, mcid: number, node: number) => {
    if (!page || node < 0) return;
    let map = pages.get(page);
    if (!map) pages.set(page, (map = new Map()));
    if (!map.has(mcid)) map.set(mcid, node);
  };
  let complete = true;
  try {
    const root = file.dictAt(file.catalog(), 'StructTreeRoot');
    if (!root) return null;
    const roleMap = file.dictAt(root, 'RoleMap');
    const roleOf = (element: PdfDict): string => {
      let role = nameOf(file.lookup(element, 'S')) ?? '';
      // A custom role mapped onto a standard one (a few steps at most: a map may loop).
      for (let i = 0; i < 4 && roleMap && roleMap.has(role); i++) role = nameOf(file.lookup(roleMap, role)) ?? role;
      return role;
    };
    let visited = 0;
    walkStructTree(file, MAX_STRUCTURE_ELEMENTS, -1, (element, pg, parent) => {
      visited++;
      if (typeof element === 'number') {
        add(pg, element, parent);
        return 'skip';
      }
      const type = nameOf(file.lookup(element, 'Type'));
      if (type === 'MCR') {
        const mcid = file.lookup(element, 'MCID');
        if (typeof mcid === 'number') add(pg, mcid, parent);
        return 'skip';
      }
      if (type === 'OBJR') return 'skip';
      const role = roleOf(element);
      nodes.push(role === 'Link' && linksHome(file, element) ? { role, parent, home: true } : { role, parent });
      return { kids: nodes.length - 1 };
    });
    complete = visited < MAX_STRUCTURE_ELEMENTS;
  } catch {
    return null;
  }
  return complete && nodes.length > 0 ? { nodes, pages } : null;
}

/**
 * The marked-content ids under a heading (H, H1–H6), by page, as a read structure tree gives them: what
 * headingMarks finds by walking the tree again. The tree's order puts a parent before its kids.
 */
export function headingMarksOf(structure: Structure): Map<PdfDict, Set<number>> {
  const { nodes } = structure;
  const inHeading = new Array<boolean>(nodes.length).fill(false);
  nodes.forEach(({ role, parent }, i) => {
    inHeading[i] = HEADING_ROLE.test(role) || (parent >= 0 && parent < i && inHeading[parent]!);
  });
  const marks = new Map<PdfDict, Set<number>>();
  for (const [page, byMcid] of structure.pages) {
    const set = new Set<number>();
    for (const [mcid, node] of byMcid) if (inHeading[node]) set.add(mcid);
    if (set.size > 0) marks.set(page, set);
  }
  return marks;
}
