import { describe, expect, test } from 'vitest';
import type { AnyNode, Element } from 'domhandler';
import { descendants, hasDescendant, removeAll, subtreeWeights } from '../../src/format/dom.js';
import { parsePage } from '../../src/format/pageTree.js';

const PAGE = `<!DOCTYPE html><html><head><title>t</title></head><body>
<div id="a"><p id="p1">本文の段落です。<a href="/x" id="link">リンク<span id="inlink">の中</span>です</a></p>
<ul id="list"><li id="li1">項目一</li><li id="li2"><b id="b">強調</b>項目二</li></ul><!-- 注記 --></div>
<footer id="f">Copyright 2026 例</footer></body></html>`;

const byId = (root: AnyNode, id: string) => descendants(root).find((el) => el.attribs.id === id)!;

describe('removeAll with weights: the weights stay what a fresh count gives', () => {
  test.each([
    ['one paragraph', ['p1']],
    ['an element inside a link (its text was link text above the link)', ['inlink']],
    ['a link', ['link']],
    ['an element and one inside it', ['list', 'b']],
    ['an inner element listed before its outer one', ['b', 'list']],
    ['siblings', ['li1', 'li2']],
    ['a footer outside the block', ['f']],
  ])('%s', (_, ids) => {
    const doc = parsePage(PAGE);
    const weights = subtreeWeights(doc);
    removeAll(ids.map((id) => byId(doc, id)), weights);
    const fresh = subtreeWeights(doc);
    for (const [node, w] of fresh) expect(weights.get(node), (node as Element).name ?? node.type).toEqual(w);
  });

  test('a text node removed on its own', () => {
    const doc = parsePage(PAGE);
    const weights = subtreeWeights(doc);
    const text = byId(doc, 'li1').children[0]!;
    removeAll([text], weights);
    const fresh = subtreeWeights(doc);
    for (const [node, w] of fresh) expect(weights.get(node)).toEqual(w);
  });

  test('without weights, elements are detached and the siblings relinked', () => {
    const doc = parsePage(PAGE);
    const list = byId(doc, 'list');
    removeAll([byId(doc, 'li1')]);
    expect(list.children.map((c) => (c as Element).attribs.id)).toEqual(['li2']);
    expect(list.children[0]!.prev).toBeNull();
  });
});

describe('descendants with a limit: the first elements in document order', () => {
  test.each([
    [0, []],
    [1, ['a']],
    [3, ['a', 'p1', 'link']],
    [100, ['a', 'p1', 'link', 'inlink', 'list', 'li1', 'li2', 'b', 'f']],
  ])('limit %s', (limit, ids) => {
    const body = byId(parsePage(PAGE), 'a').parent!;
    expect(descendants(body, undefined, limit).map((el) => el.attribs.id)).toEqual(ids);
  });

  test('with tag names, the limit counts the matching elements only', () => {
    expect(descendants(parsePage(PAGE), new Set(['li']), 1).map((el) => el.attribs.id)).toEqual(['li1']);
  });
});

describe('hasDescendant: an element of the names anywhere below, the root itself not counted', () => {
  test.each([
    ['a', 'b', true],
    ['list', 'b', true],
    ['p1', 'span', true],
    ['p1', 'li', false],
    ['b', 'b', false],
    ['f', 'p', false],
  ])('below #%s, a <%s>: %s', (id, name, expected) => {
    expect(hasDescendant(byId(parsePage(PAGE), id), new Set([name]))).toBe(expected);
  });
});
