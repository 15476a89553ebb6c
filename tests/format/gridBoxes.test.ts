import { describe, expect, test } from 'vitest';
import { extractHtml } from '../../src/format/html.js';
import { gridContainers, placementOf } from '../../src/format/gridBoxes.js';
import { parsePage } from '../../src/format/pageTree.js';

const page = (body: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>不正アクセスに関するお知らせ</title></head><body>${body}</body></html>`;
/** A builder's box placed on the grid by its own style. */
const box = (style: string, inner: string) => `<div class="comp-x" style="${style}"><div data-testid="richTextElement">${inner}</div></div>`;
const P = [
  '当社が運営する通販サイトにおいて、第三者による不正アクセスを受け、お客様の個人情報が流出したおそれがあることが判明いたしました。',
  '調査の結果、顧客情報1,200件が流出したことを確認しました。関係者の皆様には多大なるご迷惑をおかけし、深くお詫び申し上げます。',
  '当社では、外部の専門機関の協力を得て原因の調査を進めるとともに、不正アクセスの経路となったサーバーを停止いたしました。',
  '対象となるお客様には、本日より順次、電子メールにてご連絡を差し上げております。不審なメールにはご注意ください。',
];
const SIDE_NEWS = '<p>LATEST NEWS</p><p>2026/05/28<br>契約数199,578件突破</p><p>2026/05/16<br>オンライン相談を開始しました</p>';
const STUDIO_DATA = '<p>STUDIO DATA</p><p>会員数 4,989名<br>インストラクター 88名</p>';
const BADGE = '<div class="badge">オンライン予約 累計6,968件 ／ 口コミ評価 587件</div>';
const TITLE = '<p>ホーム ＞ NEWS</p><h1>不正アクセスに関するお知らせ</h1><p>Posted: 2026-03-12</p>';

describe('placementOf: a box\'s row and column tracks from its inline style', () => {
  test.each([
    ['grid-row:4;grid-column:1', { row: 4, col: 1, colEnd: 2 }],
    ['grid-row:10 / span 4;grid-column:2', { row: 10, col: 2, colEnd: 3 }],
    ['grid-row:2;grid-column:1 / 3', { row: 2, col: 1, colEnd: 3 }],
    ['grid-row: 1; grid-column: 1 / -1', { row: 1, col: 1, colEnd: Infinity }],
    ['grid-area:3/1/4/2', { row: 3, col: 1, colEnd: 2 }],
    ['grid-area:5 / 2 / span 2 / span 2', { row: 5, col: 2, colEnd: 4 }],
    // Negatives: no column, a named line, no grid at all.
    ['grid-row:4', null],
    ['grid-row:header;grid-column:1', null],
    ['display:grid;gap:8px', null],
    [undefined, null],
  ])('%s', (style, placement) => {
    expect(placementOf(style)).toEqual(placement);
  });
});

describe('gridBoxes: a builder\'s grid read in its rows\' order, without its side track and header band', () => {
  // The DOM order of a Wix export: footer, badge, the first paragraph, the header, a side box, paragraphs with the
  // side bar's news between them, the title block last.
  const grid = (sideStyle: string, badge = BADGE, mainCol = '1') =>
    `<div id="SITE" style="display:grid">` +
    box('grid-row:9;grid-column:1 / 3', '<div class="ftr">Copyright © All Rights Reserved.</div>') +
    box('grid-row:2;grid-column:1 / 3', badge) +
    box(`grid-row:4;grid-column:${mainCol}`, `<p>${P[0]}</p>`) +
    box('grid-row:1;grid-column:1 / 3', '<div class="hdr">HOME　ABOUT　NEWS</div>') +
    box(`grid-row:5 / span 3;${sideStyle}`, STUDIO_DATA) +
    box(`grid-row:5;grid-column:${mainCol}`, `<p>${P[1]}</p>`) +
    box(`grid-row:4 / span 2;${sideStyle}`, SIDE_NEWS) +
    box(`grid-row:6;grid-column:${mainCol}`, `<p>${P[2]}</p>`) +
    box(`grid-row:7;grid-column:${mainCol}`, `<p>${P[3]}</p>`) +
    box(`grid-row:3;grid-column:${mainCol}`, TITLE) +
    '</div>';

  test('the side track\'s boxes and the band above the article go; the title block reads first', () => {
    const r = extractHtml(page(grid('grid-column:2')));
    expect(r.body).not.toMatch(/4,989名|88名|199,578件|6,968件|587件|2026\/05/);
    expect(r.date).toBe('2026-03-12');
    expect(r.body.indexOf('1,200件')).toBeGreaterThan(r.body.indexOf('第三者による不正アクセス'));
    expect(r.body.indexOf('サーバーを停止')).toBeGreaterThan(r.body.indexOf('1,200件'));
  });

  test.each([
    // A band box above the article that holds a sentence is the release's lead, not the site's badge.
    ['a band box with a sentence (negative)', grid('grid-column:2', '<p>本件につきまして、お客様に多大なるご迷惑をおかけしましたことを深くお詫び申し上げます。</p>'), 'ご迷惑をおかけしましたこと'],
    // Two tracks of like text: no track is the article's, nothing goes.
    ['two tracks alike (negative)', grid('grid-column:2', BADGE).replace(/(grid-row:[67];grid-column:)1/g, '$12'), '6,968件'],
  ])('%s', (_label, html, kept) => {
    expect(extractHtml(page(html)).body).toContain(kept);
  });

  test.each([
    ['the grid of ten placed boxes', grid('grid-column:2'), 1],
    // Negatives: two placed boxes are a layout, not a builder's grid; unplaced children outnumber the placed.
    ['two placed boxes (negative)', `<div style="display:grid">${box('grid-row:2;grid-column:1', `<p>${P[0]}</p>`)}${box('grid-row:1;grid-column:2', STUDIO_DATA)}</div>`, 0],
    ['mostly unplaced children (negative)', grid('grid-column:2').replace(/<\/div>$/, `${'<p>x</p>'.repeat(6)}</div>`), 0],
  ])('gridContainers: %s', (_label, html, n) => {
    expect(gridContainers(parsePage(page(html)))).toHaveLength(n);
  });
});
