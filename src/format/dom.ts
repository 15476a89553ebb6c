import type { AnyNode, Element } from 'domhandler';

/**
 * Iterative walks over a parsed page. Cheerio's `.text()` recurses (a page nested 5,000 levels deep
 * overflows the stack) and `.find()` / `.children(selector)` pass through css-select's
 * removeSubsets, quadratic in the number of siblings (30,000 paragraphs took minutes): the
 * extractor uses these instead wherever a page may be large.
 */

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Descendant elements in document order, optionally only those with the given tag names; with a
 * limit, the first `limit` of them (a reader of the page's top does not list the whole page).
 */
export function descendants(root: AnyNode, names?: ReadonlySet<string>, limit = Infinity): Element[] {
  const out: Element[] = [];
  if (limit <= 0) return out;
  const stack = reversedChildren(root);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if ((!names || names.has(node.tagName)) && out.push(node) >= limit) break;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** Whether any descendant element has one of the tag names (the walk stops at the first). */
export function hasDescendant(root: AnyNode, names: ReadonlySet<string>): boolean {
  return descendants(root, names, 1).length > 0;
}

/** The text of a subtree, in document order (what `.text()` gives). */
export function textOf(root: AnyNode): string {
  if (root.type === 'text') return (root as unknown as { data: string }).data;
  const children = childrenOf(root);
  // Most elements read hold one text node, or text nodes alone: no stack for them.
  let flat = '';
  let i = 0;
  for (; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === 'text') flat += (c as unknown as { data: string }).data;
    else if (isElement(c)) break;
  }
  if (i === children.length) return flat;
  let text = flat;
  const stack: AnyNode[] = [];
  for (let k = children.length - 1; k >= i; k--) stack.push(children[k]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') text += (node as unknown as { data: string }).data;
    else if (isElement(node)) for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
  }
  return text;
}

/** Non-space characters of a subtree, and how many of them stand in links. */
export function textWeight(root: AnyNode): { all: number; links: number } {
  let all = 0;
  let links = 0;
  const stack: { node: AnyNode; inLink: boolean }[] = [{ node: root, inLink: false }];
  while (stack.length > 0) {
    const { node, inLink } = stack.pop()!;
    if (node.type === 'text') {
      const n = countVisible((node as unknown as { data: string }).data);
      all += n;
      if (inLink) links += n;
    } else if (isElement(node) || node.type === 'root') {
      const link = inLink || (isElement(node) && node.tagName === 'a');
      for (const c of childrenOf(node)) stack.push({ node: c, inLink: link });
    }
  }
  return { all, links };
}

/** Non-space characters of a subtree's readable text: what scripts, styles and templates hold is never counted. */
export function proseWeight(root: AnyNode, unread: ReadonlySet<string>): number {
  let all = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') all += countVisible((node as unknown as { data: string }).data);
    else if (isElement(node) ? !unread.has(node.tagName) : node.type === 'root') for (const c of childrenOf(node)) stack.push(c);
  }
  return all;
}

/** The nearest ancestor-or-self element with one of the tag names. */
export function closestTag(node: AnyNode, names: ReadonlySet<string>): Element | null {
  for (let n: AnyNode | null = node; n; n = n.parent) if (isElement(n) && names.has(n.tagName)) return n;
  return null;
}

/** Element children, optionally of some tag names. */
export function tagChildren(el: AnyNode, names?: readonly string[]): Element[] {
  return childrenOf(el).filter((c): c is Element => isElement(c) && (!names || names.includes(c.tagName)));
}

/** How many element children, optionally of some tag names (tagChildren's length, without the list). */
export function countTagChildren(el: AnyNode, names?: ReadonlySet<string>): number {
  let n = 0;
  for (const c of childrenOf(el)) if (isElement(c) && (!names || names.has(c.tagName))) n++;
  return n;
}

export function isAncestor(ancestor: AnyNode, node: AnyNode): boolean {
  for (let n: AnyNode | null = node.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** Whether `node` comes after `ref` in document order, and not inside it (two nodes of one tree). */
export function follows(node: AnyNode, ref: AnyNode): boolean {
  // The child of their common ancestor on each side: its place among its siblings decides.
  const refPath = new Map<AnyNode, AnyNode>();
  for (let n: AnyNode = ref; n.parent; n = n.parent) refPath.set(n.parent, n);
  for (let n: AnyNode = node; n.parent; n = n.parent) {
    const refSide = refPath.get(n.parent);
    if (refSide === undefined) continue;
    if (refSide === n) return false;
    const siblings = childrenOf(n.parent);
    return siblings.indexOf(n) > siblings.indexOf(refSide);
  }
  return false;
}

/** A node's children, last first: a stack that pops them in document order. */
function reversedChildren(node: AnyNode): AnyNode[] {
  const children = childrenOf(node);
  const stack: AnyNode[] = new Array(children.length);
  for (let i = 0; i < children.length; i++) stack[children.length - 1 - i] = children[i]!;
  return stack;
}

function childrenOf(node: AnyNode): AnyNode[] {
  return (node as { children?: AnyNode[] }).children ?? [];
}

/** Characters that are not white space as /\s/ reads it (what `s.replace(/\s/g, '').length` counts, without the copy). */
export function nonSpaceCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) n++;
  return n;
}

/** What /\s/ matches, by UTF-16 unit (ECMAScript's white space and line terminators). */
function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function countVisible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

export interface Weight {
  /** Visible characters of the subtree. */
  all: number;
  /** Of them, characters inside links. */
  links: number;
  /** Nodes in the subtree (the element itself included). */
  nodes: number;
}

/**
 * textWeight of every element below root in one post-order pass (linear, where calling
 * textWeight per element costs the page's depth times its size).
 */
export function subtreeWeights(root: AnyNode): Map<AnyNode, Weight> {
  const weights = new Map<AnyNode, Weight>();
  // Nodes to visit, and beside each whether its children are already done (no object per entry).
  const stack: AnyNode[] = [root];
  const done: boolean[] = [false];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const childrenDone = done.pop()!;
    if (node.type === 'text') continue;
    if (!childrenDone) {
      stack.push(node);
      done.push(true);
      // Text is counted by its parent below: a text node is never visited on its own.
      for (const c of childrenOf(node)) {
        if (c.type === 'text') continue;
        stack.push(c);
        done.push(false);
      }
      continue;
    }
    const w: Weight = { all: 0, links: 0, nodes: 1 };
    const isLink = isElement(node) && node.tagName === 'a';
    for (const c of childrenOf(node)) {
      if (c.type === 'text') {
        const n = countVisible((c as unknown as { data: string }).data);
        w.all += n;
        w.nodes++;
        if (isLink) w.links += n;
      } else {
        const cw = weights.get(c);
        if (!cw) continue;
        w.nodes += cw.nodes;
        w.all += cw.all;
        w.links += isLink ? cw.all : cw.links;
      }
    }
    weights.set(node, w);
  }
  return weights;
}

/**
 * Detaches elements from the tree, each parent's child list rebuilt once (removing one at a time
 * splices the list each time: quadratic among 100,000 siblings). Given the subtree weights, keeps
 * them true: what a removed node weighed leaves each of its ancestors.
 */
export function removeAll(elements: readonly AnyNode[], weights?: Map<AnyNode, Weight>): void {
  if (elements.length === 0) return;
  if (weights) {
    const gone = new Set(elements);
    for (const el of gone) {
      // Inside another removed node: that one's weight takes it away.
      let nested = false;
      for (let p = el.parent; p && !nested; p = p.parent) nested = gone.has(p);
      if (!nested) subtractWeight(el, weights);
    }
  }
  const byParent = new Map<AnyNode, Set<AnyNode>>();
  for (const el of elements) {
    const parent = el.parent;
    if (!parent) continue;
    if (!byParent.has(parent)) byParent.set(parent, new Set());
    byParent.get(parent)!.add(el);
  }
  for (const [parent, gone] of byParent) {
    const holder = parent as unknown as { children: AnyNode[] };
    const kept = holder.children.filter((c) => !gone.has(c));
    kept.forEach((c, i) => {
      c.prev = kept[i - 1] ?? null;
      c.next = kept[i + 1] ?? null;
    });
    holder.children = kept;
    for (const el of gone) {
      el.parent = null;
      el.prev = null;
      el.next = null;
    }
  }
}

/** Takes a node's weight off its ancestors (as subtreeWeights would count them without it). */
function subtractWeight(node: AnyNode, weights: Map<AnyNode, Weight>): void {
  const own = node.type === 'text' ? { all: countVisible((node as unknown as { data: string }).data), links: 0, nodes: 1 } : weights.get(node);
  if (!own) return;
  // Below a link, all of the node's text is link text.
  let links = own.links;
  for (let p = node.parent; p; p = p.parent) {
    if (isElement(p) && p.tagName === 'a') links = own.all;
    const w = weights.get(p);
    if (!w) continue;
    w.all -= own.all;
    w.links -= links;
    w.nodes -= own.nodes;
  }
}
