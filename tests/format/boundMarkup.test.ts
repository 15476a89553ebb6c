import { describe, expect, test } from 'vitest';
import { boundMarkup, MAX_ATTRIBUTES, MAX_DEPTH, MAX_ELEMENTS } from '../../src/format/boundMarkup.js';
import { extractHtml } from '../../src/format/html.js';

const lead = '<html><body><article><h1>不正アクセスに関するお知らせ</h1><p>当社サーバーが不正アクセスを受け、顧客情報1,234件が流出したおそれがあります。</p>';

describe('boundMarkup: hostile markup cut to bounds before parsing', () => {
  test.each([
    ['an ordinary page', `${lead}<div><ul><li>氏名<li>住所</ul><table><tr><td>a<td>b</table><p>x<br>y<br><br>z</p></div></article></body></html>`],
    ['unclosed <p> and <li> (implied ends) far past the depth bound', `${lead}${'<p>段落'.repeat(MAX_DEPTH * 3)}<ul>${'<li>項目'.repeat(MAX_DEPTH * 3)}</ul>`],
    ['a script holding tags', `${lead}<script>var s = "${'<div>'.repeat(MAX_DEPTH * 2)}";</script>`],
    ['a comment holding tags', `${lead}<!-- ${'<div>'.repeat(MAX_DEPTH * 2)} -->`],
    ['a quoted attribute holding ">"', `${lead}<div title="a > b" data-x='<div>'>x</div>`],
  ])('%s is left as it is', (_, html) => {
    const bounded = boundMarkup(html);
    expect(bounded.html).toBe(html);
    expect(bounded.warnings).toEqual([]);
  });

  test.each([
    ['nested unclosed <div>', `${lead}${'<div>'.repeat(MAX_DEPTH + 100)}本文の続き`, /nested deeper than 256 levels: 101 inner tags/],
    ['nested tables', `${lead}${'<table><tr><td>'.repeat(MAX_DEPTH + 10)}本文の続き`, /nested deeper than/],
    ['nested lists', `${lead}${'<ul><li>'.repeat(MAX_DEPTH + 10)}本文の続き`, /nested deeper than/],
    ['repeated <body> and <caption>', `${lead}${'<body><caption>'.repeat(MAX_DEPTH + 10)}本文の続き`, /nested deeper than/],
    ['one element with too many attributes', `${lead}<div ${Array.from({ length: MAX_ATTRIBUTES + 5 }, (_, i) => `a${i}="1"`).join(' ')}>本文の続き</div>`, /1 element with more than 256 attributes/],
    ['a run of <br>', `${lead}<p>本文の続き${'<br>'.repeat(1000)}</p>`, /998 repeated <br> ignored/],
    ['too many elements', `${lead}${'<i>本文の続き</i>'.repeat(MAX_ELEMENTS + 10)}`, /more than 50000 elements/],
  ])('%s: cut with a warning, the text kept', (_, html, warning) => {
    const page = extractHtml(html);
    expect(page.warnings.join('\n')).toMatch(warning);
    expect(page.body).toContain('1,234件');
    expect(page.body).toContain('本文の続き');
  });

  test('a tag kept within the depth bound keeps its end tag; a dropped one loses its own', () => {
    const html = `<body>${'<div>'.repeat(MAX_DEPTH + 2)}x${'</div>'.repeat(MAX_DEPTH + 2)}<p>後</p></body>`;
    const bounded = boundMarkup(html);
    expect(bounded.html.match(/<div>/g)!.length).toBe(MAX_DEPTH);
    expect(bounded.html.match(/<\/div>/g)!.length).toBe(MAX_DEPTH);
    expect(bounded.html).toContain('<p>後</p>');
  });
});
