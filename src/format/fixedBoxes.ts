import type { AnyNode, Element } from 'domhandler';
import { isAncestor } from './dom.js';

/**
 * Boxes the page pins to the window (`position: fixed`): a floating badge (「WEB予約 累計3,468件」), a
 * chat or booking button, a fixed header or footer bar, a consent layer. Such a box stays put while the
 * page scrolls under it, so it is never a part of the text that scrolls: outside the release's text box
 * it is the site's, on any site, whatever its class is called. The style says it, inline or in the
 * page's <style> sheets by class or id.
 */

/** A compound selector's class names and id (「div.float-badge」, 「#chat」, 「.a.b」). */
interface Compound {
  classes: string[];
  id: string | null;
  /**
   * The compounds before it in its selector, nearest last (「.hdr .sd」: [.hdr]): the box is styled only inside
   * them — a builder positions its header's boxes absolutely and the same class flows in the article.
   */
  within?: Ancestor[];
}
/** A compound a styled box stands inside: a tag, classes, an id (「header」, 「.hdr」, 「#top.band」). */
interface Ancestor {
  tag: string | null;
  classes: string[];
  id: string | null;
}

/** `position: fixed` anywhere in a text (a page, a sheet): a cheap test before the sheets are read or the tree walked. */
export const MENTIONS_FIXED = /position\s*:\s*fixed/i;
/** `position: fixed` in a declaration block or a style attribute. */
const FIXED = /(?:^|[;{\s])position\s*:\s*fixed\b/i;
/** `position: absolute` anywhere in a text: a cheap test before the sheets are read or the tree walked. */
export const MENTIONS_ABSOLUTE = /position\s*:\s*absolute/i;
/** `position: absolute` in a declaration block or a style attribute. */
const ABSOLUTE = /(?:^|[;{\s])position\s*:\s*absolute\b/i;
/** A compound of a tag, classes and an id only (no attribute or pseudo-class: 「.menu:hover」 is a state, not the box). */
const COMPOUND = /^(?:[A-Za-z][A-Za-z0-9-]*|\*)?((?:[.#][A-Za-z_\u00a0-\uffff-][\w\u00a0-\uffff-]*)+)$/;
const PART = /[.#][^.#]+/g;
/** An ancestor's compound: a tag alone may name it (「header .logo」). */
const ANCESTOR = /^([A-Za-z][A-Za-z0-9-]*)?((?:[.#][A-Za-z_\u00a0-\uffff-][\w\u00a0-\uffff-]*)*)$/;
/** The most style sheet text read (a page's inline sheets; a framework's may be large). */
const CSS_LIMIT = 2_000_000;

/**
 * The compound selectors (the last of each selector: the element it styles) of every rule that
 * fixes its box, from style sheet texts. Comments are taken out; an at-rule's block (@media) is
 * read through to the rules inside it.
 */
export function fixedSelectors(sheets: readonly string[]): Compound[] {
  return selectorsPositioning(sheets, MENTIONS_FIXED, FIXED);
}

/** The compound selectors of every rule that positions its box absolutely (as fixedSelectors). */
export function absoluteSelectors(sheets: readonly string[]): Compound[] {
  return selectorsPositioning(sheets, MENTIONS_ABSOLUTE, ABSOLUTE);
}

function selectorsPositioning(sheets: readonly string[], mentions: RegExp, declares: RegExp): Compound[] {
  const found: Compound[] = [];
  for (const raw of sheets) {
    if (!mentions.test(raw)) continue;
    const css = withoutComments(raw.length > CSS_LIMIT ? raw.slice(0, CSS_LIMIT) : raw);
    const preludes: string[] = [];
    let from = 0;
    for (let i = 0; i < css.length; i++) {
      const c = css[i];
      if (c === '{') {
        preludes.push(css.slice(from, i));
        from = i + 1;
      } else if (c === '}') {
        const prelude = preludes.pop();
        if (prelude !== undefined && declares.test(css.slice(from, i)) && !prelude.trim().startsWith('@')) {
          for (const selector of prelude.split(',')) {
            const compound = compoundOf(selector);
            if (compound) found.push(compound);
          }
        }
        from = i + 1;
      } else if (c === ';' && preludes.length === 0) from = i + 1;
    }
  }
  return found;
}

function withoutComments(css: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = css.indexOf('/*', from);
    if (open < 0) return out + css.slice(from);
    out += css.slice(from, open);
    const close = css.indexOf('*/', open + 2);
    if (close < 0) return out;
    from = close + 2;
  }
}

/** The last compound of a selector, when it names a class or an id and nothing else but a tag. */
function compoundOf(selector: string): Compound | null {
  const parts = selector.trim().split(/[\s>+~]+/);
  const last = parts[parts.length - 1] ?? '';
  const m = COMPOUND.exec(last);
  if (!m) return null;
  const { classes, id } = partsOf(m[1]!);
  // An ancestor compound the walk cannot judge (an attribute, a pseudo-class: 「body:not(.home)」) is left out.
  const within: Ancestor[] = [];
  for (const part of parts.slice(0, -1)) {
    const a = ANCESTOR.exec(part);
    if (a && (a[1] || a[2])) within.push({ tag: a[1] ? a[1].toLowerCase() : null, ...partsOf(a[2] ?? '') });
  }
  return within.length > 0 ? { classes, id, within } : { classes, id };
}

function partsOf(compound: string): { classes: string[]; id: string | null } {
  const classes: string[] = [];
  let id: string | null = null;
  for (const part of compound.match(PART) ?? []) {
    if (part[0] === '.') classes.push(part.slice(1));
    else id = part.slice(1);
  }
  return { classes, id };
}

function matches(el: Element, c: { classes: readonly string[]; id: string | null; tag?: string | null }): boolean {
  const a = el.attribs;
  if (c.tag && el.tagName !== c.tag) return false;
  if (c.id !== null && c.id !== a.id) return false;
  if (c.classes.length === 0) return true;
  const classes = a.class ? a.class.split(/\s+/) : [];
  return c.classes.every((name) => classes.includes(name));
}

/** Whether the compounds a rule is scoped within stand around el, in order (descendant and child alike). */
function standsWithin(el: Element, within: readonly Ancestor[] | undefined): boolean {
  if (!within) return true;
  let i = within.length - 1;
  for (let p = el.parent; p && i >= 0; p = p.parent) if (p.type === 'tag' && matches(p as Element, within[i]!)) i--;
  return i < 0;
}

/** Whether the element's style fixes it: its own style attribute, or a rule whose compound it matches. */
export function isFixedBox(el: Element, rules: readonly Compound[]): boolean {
  return isPositioned(el, rules, FIXED);
}

function isPositioned(el: Element, rules: readonly Compound[], declares: RegExp): boolean {
  const a = el.attribs;
  if (a.style && declares.test(a.style)) return true;
  if (rules.length === 0 || (!a.class && !a.id)) return false;
  return rules.some((r) => (r.classes.length > 0 || r.id !== null) && matches(el, r) && standsWithin(el, r.within));
}

/**
 * The fixed boxes in the body's container outside its text box: neither holding the text box
 * (a page whose whole frame is fixed and scrolls inside) nor inside it. Outermost only.
 */
export function fixedBoxesOutside(root: AnyNode, textBox: AnyNode, rules: readonly Compound[]): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...((root as { children?: AnyNode[] }).children ?? [])];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' || node === textBox) continue;
    const el = node as Element;
    if (isFixedBox(el, rules) && !isAncestor(el, textBox)) {
      found.push(el);
      continue;
    }
    for (const c of el.children) stack.push(c);
  }
  return found;
}

/**
 * The boxes set absolutely (`position: absolute`) that come before the text box in the body's container, outside it:
 * a site builder's header band (the logo, a banner 「休診のお知らせ：…は臨時休診です」, the menu row) placed over the
 * page's top while the article flows below it. The article is what flows: a box lifted out of the flow above it is
 * the site's frame, on any site, whatever its class. Outermost only, never one holding the text box; `keep` spares a
 * box that holds what the page's head gives the release (its title, its date line). A box set absolutely after the
 * text (a badge, a note placed in the article's corner) is not judged here.
 */
export function absoluteBoxesBefore(root: AnyNode, textBox: AnyNode, rules: readonly Compound[], keep: (box: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...((root as { children?: AnyNode[] }).children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    // Document order: the walk ends at the text box.
    if (node === textBox) break;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (!isAncestor(el, textBox) && isPositioned(el, rules, ABSOLUTE)) {
      if (!keep(el)) found.push(el);
      continue;
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** The text of a <style> element (read before it goes with the furniture). */
export function sheetText(style: Element): string {
  return style.children.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : '')).join('');
}
