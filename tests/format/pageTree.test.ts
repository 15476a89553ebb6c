import { describe, expect, test } from 'vitest';
import type { AnyNode, Element } from 'domhandler';
import { parsePage } from '../../src/format/pageTree.js';

/** The tree as "tag(children …)" with text in quotes, white space left out: what a browser's DOM inspector shows. */
function outline(node: AnyNode): string {
  if (node.type === 'text') {
    const text = (node as unknown as { data: string }).data.trim();
    return text ? JSON.stringify(text) : '';
  }
  const children = ((node as Element).children ?? []).map(outline).filter(Boolean).join(' ');
  if (node.type === 'root') return children;
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return '';
  return children ? `${(node as Element).name}(${children})` : (node as Element).name;
}
const bodyOf = (html: string) => {
  const doc = parsePage(html);
  const find = (n: AnyNode): Element | null => {
    if (n.type === 'tag' && (n as Element).name === 'body') return n as Element;
    for (const c of (n as Element).children ?? []) {
      const found = find(c);
      if (found) return found;
    }
    return null;
  };
  return outline(find(doc)!);
};
const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('parsePage: start tags close what HTML closes implicitly', () => {
  test.each([
    ['a cell closes the open cell, through an unclosed <p>', '<table><tr><td><p>a<td>b</table>', 'body(table(tbody(tr(td(p("a")) td("b")))))'],
    ['a row closes the open row and cell', '<table><tr><td>a<tr><td>b</table>', 'body(table(tbody(tr(td("a")) tr(td("b")))))'],
    ['a row straight in a table gets its <tbody>, a cell its row too', '<table><td>a<td>b</table>', 'body(table(tbody(tr(td("a") td("b")))))'],
    ['an item closes the open item, through an unclosed <p>', '<ul><li><p>a<li>b</ul>', 'body(ul(li(p("a")) li("b")))'],
    ['<dt> closes the open <dd>', '<dl><dt>a<dd>b<dt>c<dd>d</dl>', 'body(dl(dt("a") dd("b") dt("c") dd("d")))'],
    ['a block closes the open <p> through inline markup', '<p><span>a<div>b</div>', 'body(p(span("a")) div("b"))'],
    ['a heading closes the open heading', '<h2>a<h3>b</h3>', 'body(h2("a") h3("b"))'],
    ['a link closes the open link', '<p><a href="/1">a<a href="/2">b</a></p>', 'body(p(a("a") a("b")))'],
    ['a table closes the open <p> in standards mode', '<p>a<table><tr><td>b</table>', 'body(p("a") table(tbody(tr(td("b")))))'],
    // and what stays open
    ['an item inside a nested list stays in its item', '<ul><li>a<ul><li>b</ul><li>c</ul>', 'body(ul(li("a" ul(li("b"))) li("c")))'],
    ['a cell of a table inside a cell stays in the inner table', '<table><tr><td><table><tr><td>a</table><td>b</table>', 'body(table(tbody(tr(td(table(tbody(tr(td("a"))))) td("b")))))'],
    ['an item closes the open item through a <div>', '<ul><li><div>a<li>b</div></ul>', 'body(ul(li(div("a")) li("b")))'],
    ['an item after a <section> inside an item nests', '<ul><li><section>a<li>b</section></ul>', 'body(ul(li(section("a" li("b")))))'],
    ['inline markup does not close a <p>', '<p>a<span>b</span>c</p>', 'body(p("a" span("b") "c"))'],
    ['a link inside a table cell does not close the link around the table', '<a href="/">x<table><tr><td><a href="/2">y</a></table></a>', 'body(a("x" table(tbody(tr(td(a("y")))))))'],
  ])('%s', (_, body, expected) => {
    expect(bodyOf(page(body))).toBe(expected);
  });

  test.each([
    ['no doctype (quirks mode)', '<html><body><p>a<table><tr><td>b</table></body></html>', 'body(p("a" table(tbody(tr(td("b"))))))'],
    ['an HTML 4.0 Transitional doctype', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><body><p>a<table><tr><td>b</table></body></html>', 'body(p("a" table(tbody(tr(td("b"))))))'],
    ['an HTML 4.01 Transitional doctype with its system id', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><html><body><p>a<table><tr><td>b</table></body></html>', 'body(p("a") table(tbody(tr(td("b")))))'],
  ])('in quirks mode a table stays in the open <p>: %s', (_, html, expected) => {
    expect(bodyOf(html)).toBe(expected);
  });
});

describe('parsePage: content where a browser puts it', () => {
  test.each([
    ['text straight in a table stands before it', '<table>前の文<tr><td>a</td></tr></table>', 'body("前の文" table(tbody(tr(td("a")))))'],
    ['a paragraph in a row stands before the table', '<table><tr><p>注記</p><td>a</td></tr></table>', 'body(p("注記") table(tbody(tr(td("a")))))'],
    ['a form around rows stays empty and the rows stay in the table', '<table><form action="/x"><tr><td>a</td></tr></form></table>', 'body(table(form tbody(tr(td("a")))))'],
    ['a <div> around rows leaves them in the table', '<table><div>注<tr><td>a</td></tr></div></table>', 'body(div("注") table(tbody(tr(td("a")))))'],
    ['a table in a cell keeps its own rows', '<table><tr><td>x<table><tr><td>a</table></td></tr></table>', 'body(table(tbody(tr(td("x" table(tbody(tr(td("a")))))))))'],
  ])('%s', (_, body, expected) => {
    expect(bodyOf(page(body))).toBe(expected);
  });

  test.each([
    ['a page without <body>', '<!DOCTYPE html><title>t</title><p>a</p> <b>b</b>', 'body(p("a") b("b"))'],
    ['a page without <html>, <head> or <body>', '<title>t</title><meta name="x" content="y"><p>a</p>', 'body(p("a"))'],
    ['content after </html>', '<!DOCTYPE html><html><body><p>a</p></body></html><p>b</p>', 'body(p("a") p("b"))'],
    ['content after </body>', '<!DOCTYPE html><html><body><p>a</p></body><p>b</p></html>', 'body(p("a") p("b"))'],
    ['content in <head>', '<!DOCTYPE html><html><head><title>t</title><div>a</div></head><body><p>b</p></body></html>', 'body(div("a") p("b"))'],
    // and what stays
    ['head elements before the body stay out of it', '<!DOCTYPE html><html><head><title>t</title></head><script>x</script><body><p>a</p></body></html>', 'body(p("a"))'],
  ])('%s is in the body', (_, html, expected) => {
    expect(bodyOf(html)).toBe(expected);
  });

  test('<noscript> holds no elements (a logo image in it is not the page\'s logo)', () => {
    expect(bodyOf(page('<p>a</p><noscript><img src="/logo.png" alt="株式会社例"><p>b</p></noscript><p>c</p>'))).toBe('body(p("a") noscript p("c"))');
  });

  test('a <template>\'s content is a fragment no element walk enters', () => {
    expect(bodyOf(page('<p>a</p><template><p>b</p></template>'))).toBe('body(p("a") template(p("b")))');
    const doc = parsePage(page('<template><p>b</p></template>'));
    const template = (function find(n: AnyNode): Element | null {
      if (n.type === 'tag' && (n as Element).name === 'template') return n as Element;
      for (const c of (n as Element).children ?? []) {
        const found = find(c);
        if (found) return found;
      }
      return null;
    })(doc)!;
    expect(template.children.map((c) => c.type)).toEqual(['root']);
  });

  test('line breaks are normalized (CR LF and CR become LF), NUL characters dropped', () => {
    expect(bodyOf(page('<pre>a\r\nb\rc\0d</pre>'))).toBe('body(pre("a\\nb\\ncd"))');
  });
});
