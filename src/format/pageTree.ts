import { Parser } from 'htmlparser2';
import { Document, DomHandler, Element, type AnyNode, type ChildNode, type ParentNode } from 'domhandler';

/**
 * A page's DOM, parsed with htmlparser2 (several times faster than parse5) and settled the way a
 * browser's tree builder settles it wherever that changes the text we read:
 *
 * - start tags close what HTML closes implicitly: a cell closes the open cell (through an
 *   unclosed <p>), a row the open row, <li>/<dd>/<dt> the open item, a block the open <p> (a
 *   table too, except in quirks mode), a heading the open heading, a link the open link; a row
 *   straight in a table gets its <tbody>, a cell its row;
 * - content a table may not hold (text, paragraphs) stands before the table; a <form> inside a
 *   table holds nothing (its rows stay in the table);
 * - everything outside <body> that is content (a page without <body>, text after </html>) is in it;
 * - <noscript> holds no elements (a browser that runs scripts reads it as text), and a
 *   <template>'s content is a fragment of its own.
 *
 * Misnested inline markup (<b><p></b></p>) is left as htmlparser2 reads it: the text keeps its
 * order, only where a paragraph breaks may differ from a browser's.
 */
export function parsePage(html: string): Document {
  const source = html.includes('\r') || html.includes('\0') ? html.replace(/\r\n?/g, '\n').replace(/\0/g, '') : html;
  const tables: Element[] = [];
  const holders: Element[] = [];
  const handler = new PageHandler(tables, holders);
  const parser = new PageParser(handler, { decodeEntities: true });
  (parser as unknown as ParserInternals).quirks = isQuirksMode(source);
  parser.end(source);
  const doc = handler.root;
  for (const held of holders) {
    if (held.name === 'noscript') {
      for (const c of held.children) c.parent = null;
      held.children = [];
    } else {
      // A template's content is a fragment of its own, as a browser keeps it: no element walk enters it.
      const fragment = new Document(held.children);
      for (const c of held.children) c.parent = fragment;
      fragment.parent = held;
      held.children = [fragment];
    }
  }
  for (const table of tables) settleTable(table);
  settleBody(doc);
  return doc;
}

/** htmlparser2's Parser internals the tree rules need (pinned version; tests/format/pageTree.test.ts checks the rules). */
interface ParserInternals {
  /** Open element names, innermost first. */
  stack: string[];
  cbs: { onclosetag(name: string, isImplied: boolean): void };
  quirks: boolean;
  emitOpenTag(name: string): void;
  endOpenTag(isImplied: boolean): void;
}

/** Scope boundaries (the HTML spec's "has an element in scope"). */
const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template']);
const BUTTON_SCOPE = new Set([...SCOPE, 'button']);
const TABLE_SCOPE = new Set(['html', 'table', 'template']);
/** Start tags that close an open <p>. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'pre', 'listing', 'form', 'plaintext', 'xmp', 'hr', 'li', 'dd', 'dt',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that stop the search for an open <li>/<dd>/<dt> (the spec's "special" minus address, div, p). */
const ITEM_STOP = new Set([
  'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption', 'center', 'col',
  'colgroup', 'details', 'dir', 'dl', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'keygen', 'listing', 'main', 'marquee',
  'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'param', 'plaintext', 'pre', 'script', 'search', 'section',
  'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track',
  'ul', 'wbr', 'xmp',
]);
const TABLE_SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
/** The innermost of these open says where in a table a row or cell would go. */
const TABLE_CONTEXT = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'html', 'template']);

/** Where `names` is open within scope: its index in the stack (innermost first), else -1. */
function inScope(stack: readonly string[], names: ReadonlySet<string> | string, boundary: ReadonlySet<string>): number {
  for (let i = 0; i < stack.length; i++) {
    const open = stack[i]!;
    if (typeof names === 'string' ? open === names : names.has(open)) return i;
    if (boundary.has(open)) return -1;
  }
  return -1;
}

/** Closes the innermost `count` open elements (implied end tags). */
function closeOpen(parser: ParserInternals, count: number): void {
  for (let i = 0; i < count; i++) parser.cbs.onclosetag(parser.stack.shift()!, true);
}

class PageParser extends Parser {}
const parserBase = Parser.prototype as unknown as ParserInternals;
(PageParser.prototype as unknown as ParserInternals).emitOpenTag = function emitOpenTag(this: ParserInternals, name: string): void {
  const stack = this.stack;
  if (name === 'td' || name === 'th' || name === 'tr' || TABLE_SECTIONS.has(name)) {
    const cell = inScope(stack, CELLS, TABLE_SCOPE);
    if (cell >= 0) closeOpen(this, cell + 1);
    if (name !== 'td' && name !== 'th') {
      const row = inScope(stack, 'tr', TABLE_SCOPE);
      if (row >= 0) closeOpen(this, row + 1);
    }
    if (TABLE_SECTIONS.has(name)) {
      const section = inScope(stack, TABLE_SECTIONS, TABLE_SCOPE);
      if (section >= 0) closeOpen(this, section + 1);
    }
    // A row straight in a table gets the <tbody> a browser makes for it, a cell its row too.
    // (A form or a stray wrapper may stand between: settleTable moves it out.)
    let context: string | undefined;
    for (let i = 0; i < stack.length && context === undefined; i++) if (TABLE_CONTEXT.has(stack[i]!)) context = stack[i];
    if ((name === 'td' || name === 'th' || name === 'tr') && context === 'table') openImplied(this, 'tbody');
    if ((name === 'td' || name === 'th') && (context === 'table' || TABLE_SECTIONS.has(context ?? ''))) openImplied(this, 'tr');
  } else if (name === 'li' || name === 'dd' || name === 'dt') {
    for (let i = 0; i < stack.length; i++) {
      const open = stack[i]!;
      if (name === 'li' ? open === 'li' : open === 'dd' || open === 'dt') {
        closeOpen(this, i + 1);
        break;
      }
      if (ITEM_STOP.has(open)) break;
    }
  }
  if (CLOSES_P.has(name) || (name === 'table' && !this.quirks)) {
    // No <p> open at all (the native scan is the cheap question): nothing to close.
    const p = stack.indexOf('p') < 0 ? -1 : inScope(stack, 'p', BUTTON_SCOPE);
    if (p >= 0) closeOpen(this, p + 1);
  } else if (name === 'table' && stack[0] === 'p') {
    // Quirks mode: the table goes inside the open <p>, where htmlparser2 would close it.
    stack.unshift(QUIRKS_GUARD);
    parserBase.emitOpenTag.call(this, name);
    stack.splice(stack.indexOf(QUIRKS_GUARD), 1);
    return;
  }
  if (HEADING.has(name) && HEADING.has(stack[0] ?? '')) closeOpen(this, 1);
  // A link never holds a link: an unclosed <a> ends where the next one starts.
  if (name === 'a') {
    const link = stack.indexOf('a') < 0 ? -1 : inScope(stack, 'a', SCOPE);
    if (link >= 0) closeOpen(this, link + 1);
  }
  parserBase.emitOpenTag.call(this, name);
};
const CELLS = new Set(['td', 'th']);
/** Stands on the stack for a moment so that htmlparser2 sees no <p> to close. */
const QUIRKS_GUARD = '#quirks';

/** Opens an element no tag named (a row's <tbody>, a cell's <tr>). */
function openImplied(parser: ParserInternals, name: string): void {
  parserBase.emitOpenTag.call(parser, name);
  parserBase.endOpenTag.call(parser, true);
}

/** domhandler's builder, noting the tables, <noscript>s and <template>s as they open. */
class PageHandler extends DomHandler {
  constructor(
    private readonly tables: Element[],
    private readonly holders: Element[],
  ) {
    super();
  }
  override onopentag(name: string, attribs: { [key: string]: string }): void {
    super.onopentag(name, attribs);
    if (name === 'table') this.tables.push(this.tagStack[this.tagStack.length - 1] as Element);
    else if (name === 'noscript' || name === 'template') this.holders.push(this.tagStack[this.tagStack.length - 1] as Element);
  }
}

/**
 * Quirks mode (no doctype, or an old one): there <table> does not close an open <p>. The public
 * identifiers are the spec's list, by prefix, shortened to those seen on real pages.
 */
function isQuirksMode(html: string): boolean {
  const m = /^\s*(?:<!--[^]*?-->\s*)*<!doctype\s+([^>]*)>/i.exec(html.slice(0, 4096).replace(/^\ufeff/, ''));
  if (!m) return true;
  const doctype = m[1]!;
  if (!/^html\b/i.test(doctype)) return true;
  const publicId = /public\s+["']([^"']*)["']/i.exec(doctype)?.[1]?.toLowerCase() ?? '';
  const hasSystemId = /public\s+["'][^"']*["']\s+["']/i.test(doctype);
  if (!publicId) return false;
  if (QUIRKS_PUBLIC.some((prefix) => publicId.startsWith(prefix))) return true;
  return !hasSystemId && (publicId.startsWith('-//w3c//dtd html 4.01 frameset//') || publicId.startsWith('-//w3c//dtd html 4.01 transitional//'));
}
const QUIRKS_PUBLIC = [
  '+//silmaril//dtd html pro v0r11 19970101//', '-//as//dtd html 3.0 aswedit + extensions//', '-//advasoft ltd//dtd html 3.0 aswedit + extensions//',
  '-//ietf//dtd html', '-//metrius//', '-//microsoft//', '-//netscape comm. corp.//', '-//o\'reilly and associates//', '-//softquad', '-//spyglass//',
  '-//sq//', '-//sun microsystems corp.//', '-//w3c//dtd html 3', '-//w3c//dtd html 4.0 frameset//', '-//w3c//dtd html 4.0 transitional//',
  '-//w3c//dtd html experimental', '-//w3c//dtd w3 html//', '-//w3o//dtd w3 html', '-//webtechs//', '-/w3c/dtd html 4.0 transitional/en', 'html',
];

const isTag = (node: AnyNode, name: string): node is Element => node.type === 'tag' && (node as Element).name === name;
const isBlankText = (node: AnyNode) => node.type === 'text' && !/[^\t\n\f\r ]/.test((node as unknown as { data: string }).data);
/** What a table, its sections and rows hold; anything else a browser puts before the table. */
const TABLE_PARTS = new Set(['caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'script', 'style', 'template', 'input', 'form']);
/** Elements whose presence in a misplaced wrapper means the wrapper's rows belong to the table. */
const ROW_PARTS = new Set(['tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption']);

/**
 * A table's stray content stands before it, in order. A <form> (or another wrapper) around rows
 * stays empty where it was and its rows stay in the table.
 */
function settleTable(table: Element): void {
  if (!table.parent) return;
  const before: ChildNode[] = [];
  const visit = (container: Element, allowed: (el: Element) => boolean) => {
    for (let i = 0; i < container.children.length; i++) {
      const child = container.children[i]!;
      if (child.type === 'comment' || isBlankText(child)) continue;
      if (child.type === 'tag' && (allowed(child as Element) || holdsRows(child as Element))) {
        const el = child as Element;
        if (el.name === 'form') {
          // A form in a table holds nothing: what it held follows it.
          const inner = el.children;
          el.children = [];
          for (const c of inner) c.parent = null;
          insertAt(container, i + 1, inner);
          continue;
        }
        if (!allowed(el)) {
          // A wrapper around rows stands before the table with what comes before its rows; the
          // rows and what follows them take its place and are settled in turn.
          const split = el.children.findIndex((c) => c.type === 'tag' && (ROW_PARTS.has((c as Element).name) || holdsRows(c as Element)));
          const rest = el.children.slice(split);
          el.children = el.children.slice(0, split);
          for (const c of rest) c.parent = null;
          relink(el, Math.max(0, split - 1), split);
          replaceChild(container, i, rest);
          before.push(el);
          i--;
          continue;
        }
        if (TABLE_SECTIONS.has(el.name)) visit(el, (c) => c.name === 'tr' || !ROW_PARTS.has(c.name) && TABLE_PARTS.has(c.name));
        else if (el.name === 'tr') visit(el, (c) => c.name === 'td' || c.name === 'th' || (TABLE_PARTS.has(c.name) && !ROW_PARTS.has(c.name)));
        continue;
      }
      replaceChild(container, i, []);
      before.push(child);
      i--;
    }
  };
  visit(table, (el) => TABLE_PARTS.has(el.name));
  if (before.length > 0) insertBefore(table, before);
}

/** Whether an element holds table rows or cells outside any table of its own. */
function holdsRows(el: Element): boolean {
  const stack: ChildNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const name = (node as Element).name;
    if (ROW_PARTS.has(name)) return true;
    if (name !== 'table') stack.push(...(node as Element).children);
  }
  return false;
}

/** Elements a browser keeps in <head> while the body has not begun. */
const HEAD_ELEMENTS = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'script', 'style', 'template']);

/**
 * Content outside <body> goes into it: what comes before the body (a page without <body>, or
 * content in <head>) at its start, what comes after </body> or </html> at its end.
 */
function settleBody(doc: Document): void {
  let body: Element | null = null;
  let started = false;
  const before: ChildNode[] = [];
  const after: ChildNode[] = [];
  const visit = (parent: ParentNode) => {
    for (const node of parent.children) {
      if (node.type === 'tag') {
        const el = node as Element;
        if (el.name === 'body' && !body) {
          body = el;
          started = true;
          continue;
        }
        if (el.name === 'html' || (el.name === 'head' && !started)) {
          visit(el);
          continue;
        }
        if (!started && HEAD_ELEMENTS.has(el.name)) continue;
      } else if (node.type === 'text') {
        // White space counts only between pieces of content that have no <body> yet.
        if (isBlankText(node) && (!started || body)) continue;
      } else continue; // doctype, comments
      started = true;
      (body ? after : before).push(node);
    }
  };
  visit(doc);
  if (body && before.length === 0 && after.length === 0) return;
  if (!body) {
    const holder = (doc.children.find((c) => isTag(c, 'html')) as Element | undefined) ?? doc;
    const created = new Element('body', {});
    for (const node of before) detach(node);
    appendChildren(created, before);
    appendChildren(holder, [created]);
    return;
  }
  const target = body as Element;
  for (const node of [...before, ...after]) detach(node);
  const kept = target.children;
  target.children = [];
  appendChildren(target, [...before, ...kept, ...after]);
}

function detach(node: ChildNode): void {
  const parent = node.parent;
  if (!parent) return;
  const at = parent.children.indexOf(node);
  if (at >= 0) replaceChild(parent as Element, at, []);
}

/** Replaces the child at `index` by `nodes` (already detached), keeping the sibling links. */
function replaceChild(parent: ParentNode, index: number, nodes: ChildNode[]): void {
  const old = parent.children[index]!;
  parent.children.splice(index, 1, ...nodes);
  old.parent = null;
  old.prev = null;
  old.next = null;
  relink(parent, Math.max(0, index - 1), index + nodes.length + 1);
}

/** Puts `nodes` (detached) at `index` of the parent's children. */
function insertAt(parent: ParentNode, index: number, nodes: ChildNode[]): void {
  parent.children.splice(index, 0, ...nodes);
  for (const node of nodes) node.parent = parent;
  relink(parent, Math.max(0, index - 1), index + nodes.length + 1);
}

/** Puts `nodes` (detached or not) just before `ref`, in order. */
function insertBefore(ref: ChildNode, nodes: ChildNode[]): void {
  const parent = ref.parent!;
  for (const node of nodes) if (node.parent) detach(node);
  const at = parent.children.indexOf(ref);
  parent.children.splice(at, 0, ...nodes);
  for (const node of nodes) node.parent = parent;
  relink(parent, Math.max(0, at - 1), at + nodes.length + 1);
}

function appendChildren(parent: ParentNode, nodes: ChildNode[]): void {
  const from = parent.children.length;
  parent.children.push(...nodes);
  for (const node of nodes) node.parent = parent;
  relink(parent, Math.max(0, from - 1), parent.children.length);
}

/** Sets prev/next of the children from `from` to `to` (exclusive). */
function relink(parent: ParentNode, from: number, to: number): void {
  const children = parent.children;
  for (let i = from; i < Math.min(to, children.length); i++) {
    children[i]!.prev = children[i - 1] ?? null;
    children[i]!.next = children[i + 1] ?? null;
  }
}
