import type { AnyNode, Element } from 'domhandler';
import { descendants, subtreeWeights, tagChildren, textOf, type Weight } from './dom.js';

/**
 * Site chrome told by its shape rather than its class names (which a page builder hashes or a
 * table layout never had): lists of dated links (「最新のお知らせ」, related news), cookie banners
 * and the copyright footer with the company figures beside it. Each finder returns the elements
 * to drop; the release body itself is none of these shapes.
 */

/** A date as news lists write it: 2026年1月23日, 2026.01.23, 2026/1/23, 令和8年1月23日. */
const LIST_DATE = /(?:19|20)[0-9]{2}[ ]?(?:年[ ]?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|[./-][0-9]{1,2}[./-][0-9]{1,2})|令和[ ]?[0-9元]{1,2}[ ]?年[ ]?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日/;
const COOKIE = /cookie|クッキー/i;
const CONSENT = /同意|使用して(?:い|お)|利用して(?:い|お)|受け入れ|accept|agree/i;
const COPYRIGHT_LINE = /(?:copyright|©|\([cC]\)|（[cC]）)[^\n]{0,80}?(?:(?:19|20)[0-9]{2}|all rights reserved)/i;
const BLOCKS = new Set(['div', 'section', 'aside', 'p', 'dialog', 'ul', 'ol', 'table', 'tbody', 'tr', 'td', 'footer', 'dl', 'nav', 'header', 'center', 'font', 'small', 'address']);

/**
 * A news listing: a container at least half of whose children are short items holding a date and
 * a link that carries most of the item's other text ("2025.11.10 <a>契約数100万件突破</a>").
 * A release's own timeline rows hold dates but no links, so they stay.
 */
export function datedLinkLists(root: AnyNode, weights: Map<AnyNode, Weight> = subtreeWeights(root)): Element[] {
  const found: Element[] = [];
  for (const el of descendants(root)) {
    const children = tagChildren(el).filter((c) => c.tagName !== 'br' && c.tagName !== 'hr');
    if (children.length < 2) continue;
    let items = 0;
    for (const child of children) if (isNewsItem(child, weights)) items++;
    if (items >= 2 && items * 2 >= children.length) found.push(el);
  }
  return outermost(found);
}

function isNewsItem(el: Element, weights: Map<AnyNode, Weight>): boolean {
  const weight = weights.get(el) ?? { all: 0, links: 0 };
  if (weight.all < 8 || weight.all > 200 || weight.links === 0) return false;
  const text = textOf(el).replace(/\s+/g, ' ').trim();
  if (text.length < 8 || text.length > 200) return false;
  const date = LIST_DATE.exec(text.normalize('NFKC'));
  if (!date) return false;
  const { all, links } = weight;
  const dateChars = date[0].replace(/\s/g, '').length;
  return links > 0 && links >= (all - dateChars) * 0.6;
}

/** A cookie-consent banner: a short block that speaks of cookies and of consenting to them. */
export function cookieBanners(root: AnyNode, weights: Map<AnyNode, Weight> = subtreeWeights(root)): Element[] {
  const found: Element[] = [];
  for (const el of descendants(root)) {
    if (!BLOCKS.has(el.tagName)) continue;
    const all = weights.get(el)?.all ?? 0;
    if (all === 0 || all > 300) continue;
    const text = textOf(el);
    if (COOKIE.test(text) && CONSENT.test(text)) found.push(el);
  }
  return outermost(found);
}

/**
 * The copyright footer: the block around a copyright line, widened while its parent stays short
 * (the company name, 従業員数 and 病床数 beside it), never up to a block holding the release.
 */
export function copyrightFooters(root: AnyNode, keep: ReadonlySet<AnyNode>, weights: Map<AnyNode, Weight> = subtreeWeights(root)): Element[] {
  const found: Element[] = [];
  for (const el of descendants(root)) {
    const own = el.children.filter((c) => c.type === 'text').map((c) => (c as unknown as { data: string }).data).join('');
    if (own.length > 200 || !COPYRIGHT_LINE.test(own)) continue;
    let block: Element = el;
    for (let p = el.parent; p && p.type === 'tag'; p = p.parent) {
      const parent = p as Element;
      if (parent.tagName === 'body' || parent.tagName === 'html' || keep.has(parent) || (weights.get(parent)?.all ?? 0) > 400) break;
      block = parent;
    }
    if (!keep.has(block) && (BLOCKS.has(block.tagName) || block !== el)) found.push(block);
  }
  return outermost(found);
}

/** Drops elements inside others of the list (removing the outer one removes them). */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parent; p; p = p.parent) if (set.has(p as Element)) return false;
    return true;
  });
}
