import { PdfName, type PdfFile, type PdfPage } from './objects.js';
import type { Item } from './types.js';

/**
 * Where a page's links stand. A browser prints each link of the page as a Link annotation over
 * its text: a side bar's lists, menus, tag clouds and related posts are links line after line,
 * an article's sentences hardly ever. Only the rectangles are read (no action, no URI).
 */
export interface LinkRect {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** More annotations than this on a page are not read (no page of a release has as many links). */
const MAX_LINKS = 1000;

function rectOf(value: unknown): LinkRect | null {
  if (!Array.isArray(value) || value.length !== 4 || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  const [a, b, c, d] = value as number[];
  return { left: Math.min(a!, c!), bottom: Math.min(b!, d!), right: Math.max(a!, c!), top: Math.max(b!, d!) };
}

/** The Link annotations' rectangles of a page read by disclose's own reader. */
export function pageLinks(file: PdfFile, page: PdfPage): LinkRect[] {
  const annots = file.lookup(page.dict, 'Annots');
  if (!Array.isArray(annots)) return [];
  const out: LinkRect[] = [];
  for (const ref of annots.slice(0, MAX_LINKS)) {
    const annot = file.resolve(ref);
    if (!(annot instanceof Map)) continue;
    const subtype = file.resolve(annot.get('Subtype') ?? null);
    if (!(subtype instanceof PdfName) || subtype.name !== 'Link') continue;
    const rect = rectOf(file.resolve(annot.get('Rect') ?? null));
    if (rect) out.push(rect);
  }
  return out;
}

/** The Link annotations' rectangles from pdf.js's getAnnotations(). */
export function pdfjsLinks(annotations: unknown[]): LinkRect[] {
  const out: LinkRect[] = [];
  for (const a of annotations.slice(0, MAX_LINKS)) {
    const annotation = a as { subtype?: unknown; rect?: unknown };
    if (annotation?.subtype !== 'Link') continue;
    const rect = rectOf(annotation.rect);
    if (rect) out.push(rect);
  }
  return out;
}

/** The items whose middle lies in a link's rectangle. */
export function linkedItems(items: Item[], links: LinkRect[]): Set<Item> {
  const out = new Set<Item>();
  if (links.length === 0) return out;
  for (const item of items) {
    const x = item.x + item.width / 2;
    const y = item.y + item.size * 0.3;
    if (links.some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.bottom - 1 && y <= r.top + 1)) out.add(item);
  }
  return out;
}

/** The share of the items' characters that are linked. */
export function linkedShare(items: Item[], linked: Set<Item>): number {
  let all = 0;
  let inLinks = 0;
  for (const item of items) {
    const n = item.str.trim().length;
    all += n;
    if (linked.has(item)) inLinks += n;
  }
  return all === 0 ? 0 : inLinks / all;
}
