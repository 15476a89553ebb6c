import type { AnyNode, Element } from 'domhandler';
import { isElement, textOf } from './dom.js';

/**
 * What a page says about itself, gathered in one walk (a selector per item walks the whole page
 * each time): <meta> contents by attribute, <title>, canonical link, <base>, JSON-LD scripts, <body>.
 */
export interface PageHead {
  /** "property=og:title", "name=date", "itemprop=datepublished" … (lower-cased) → content; the first wins. */
  meta: Map<string, string>;
  title: string;
  canonical: string | null;
  base: string | null;
  jsonLd: string[];
  /** The titles of the page's feed links (「<link rel="alternate" type="application/rss+xml" title="Ａ協会 » フィード">」). */
  feeds: string[];
  body: Element | null;
}

/** A feed's media type: RSS or Atom. */
const FEED_TYPE = /^\s*application\/(?:rss|atom)\+xml\s*$/i;
/** The most feed links kept (a page lists its own feed, its comments', its categories'). */
const FEEDS = 4;

/** The attributes that name a <meta>'s content. */
const META_KEYS = ['property', 'name', 'itemprop'] as const;

export function readHead(root: AnyNode): PageHead {
  const head: PageHead = { meta: new Map(), title: '', canonical: null, base: null, jsonLd: [], feeds: [], body: null };
  let titleSeen = false;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      const a = node.attribs;
      switch (node.tagName) {
        case 'meta':
          for (const attr of META_KEYS) {
            const key = a[attr] ? `${attr}=${a[attr]!.toLowerCase()}` : null;
            if (key && !head.meta.has(key)) head.meta.set(key, a.content ?? '');
          }
          break;
        case 'title':
          if (!titleSeen) head.title = textOf(node);
          titleSeen = true;
          break;
        case 'link':
          if (!head.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? '') && a.href) head.canonical = a.href;
          if (/(?:^|\s)alternate(?:\s|$)/i.test(a.rel ?? '') && FEED_TYPE.test(a.type ?? '') && a.title && head.feeds.length < FEEDS) head.feeds.push(a.title);
          break;
        case 'base':
          if (!head.base && a.href) head.base = a.href;
          break;
        case 'script':
          if (/^\s*application\/ld\+json\s*$/i.test(a.type ?? '')) head.jsonLd.push(textOf(node));
          continue; // nothing inside a script is markup
        case 'body':
          head.body ??= node;
          break;
        default:
          break;
      }
    }
    const children = (node as { children?: AnyNode[] }).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return head;
}
