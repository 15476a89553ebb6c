import { describe, expect, test } from 'vitest';
import { extractHtml } from '../../../src/format/html.js';
import { follows } from '../../../src/format/dom.js';
import { parsePage } from '../../../src/format/pageTree.js';
import { descendants } from '../../../src/format/dom.js';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const RELEASE =
  '<p>当社サーバーが第三者による不正アクセスを受け、お客様の個人情報が流出したおそれがあることが判明いたしました。関係者の皆様に深くお詫び申し上げます。</p>' +
  '<p>調査の結果、会員情報1,234件が閲覧された可能性があります。引き続き調査を進めてまいります。</p>' +
  '<h2>お問い合わせ先</h2><p>本件に関するお問い合わせは、下記窓口までお願いいたします。</p>';
/** A page builder's main column: the heading widget, the text widget, and what follows it. */
const builder = (after: string, before = '') =>
  page('<title>不正アクセスに関するお知らせ</title>', `<div class="main"><div class="w1"><h1><span>不正アクセスに関するお知らせ</span></h1></div>${before}<div class="w2">${RELEASE}</div>${after}</div>`);

describe('a figure standing alone in a widget after the release text is the site\'s', () => {
  test.each([
    ['label, figure and unit each a span', '<div class="c1"><span>累計導入実績</span><span>6,314</span><span>件</span></div>', '6,314'],
    ['a figure with a plus, in <div>s', '<div class="c1"><div>1200+</div><div>導入企業</div></div>', '1200'],
    ['a figure in <strong> beside its label\'s <em>', '<section><em>会員数</em><strong>52,000</strong><em>人</em></section>', '52,000'],
  ])('%s: dropped', (_, widget, figure) => {
    const { body } = extractHtml(builder(widget));
    expect(body).toContain('1,234件');
    expect(body).not.toContain(figure);
  });

  test.each([
    ['a line with its figure in <strong> (text around it)', '<p>被害件数<strong>6,314</strong>件</p>', '6,314'],
    ['a small data table after the text', '<table><tr><th>対象件数</th><td>6,314</td></tr></table>', '6,314'],
    ['a contact box (a phone number is no figure)', '<div><span>TEL</span><span>03-1234-5678</span></div>', '03-1234-5678'],
    ['a sentence holding the figure', '<div><span>対象となるお客様は</span><span>6,314</span><span>名です。</span></div>', '6,314'],
    ['a list of figures', '<ul><li><span>会員</span><span>6,314</span></li><li><span>退会</span><span>12</span></li></ul>', '6,314'],
  ])('%s: kept', (_, block, figure) => {
    const { body } = extractHtml(builder(block));
    expect(body).toContain(figure);
  });

  test('a widget before the text (the title\'s side) is not read as one', () => {
    const { body } = extractHtml(builder('', '<div class="c1"><span>第</span><span>2</span><span>報</span></div>'));
    expect(body).toContain('1,234件');
  });
});

describe('a <time> after the release dates other news, not the page', () => {
  const article = (dateLine: string) => `<article><h1>不正アクセスに関するお知らせ</h1>${dateLine}${RELEASE}</article>`;
  const cards = '<section><h2>Latest</h2><div class="card"><time>2026.04.14</time><a href="/n/1">採用説明会</a></div><div class="card"><time>2024.03.05</time></div></section>';
  test.each([
    ['the article\'s 更新日 line, cards after it', page('', `<main>${article('<p>更新日：2025年10月03日</p>')}${cards}</main>`), '2025-10-03'],
    ['a <time> in the article, cards after it', page('', `<main>${article('<p><time datetime="2025-10-03">2025年10月3日</time></p>')}${cards}</main>`), '2025-10-03'],
    ['a <time> in the post header above the article\'s text', page('', `<main><div class="hd"><time datetime="2025-10-03">2025.10.03</time></div><div class="prose"><h1>不正アクセスに関するお知らせ</h1>${RELEASE}</div>${cards}</main>`), '2025-10-03'],
  ])('%s → %s', (_, html, date) => {
    expect(extractHtml(html).date).toBe(date);
  });

  test('no date of its own: the cards after it do not date the page', () => {
    expect(extractHtml(page('', `<main>${article('')}${cards}</main>`)).date).toBeNull();
  });
});

describe('follows: document order', () => {
  const doc = parsePage('<div id="a"><p id="b">x</p></div><div id="c"><span id="d">y</span></div>');
  const byId = (id: string) => descendants(doc).find((el) => el.attribs.id === id)!;
  test.each([
    ['c', 'a', true],
    ['d', 'b', true],
    ['b', 'd', false],
    ['a', 'c', false],
    ['b', 'a', false],
    ['a', 'b', false],
  ])('%s follows %s: %s', (node, ref, expected) => {
    expect(follows(byId(node), byId(ref))).toBe(expected);
  });
});

describe('the publisher named once, with no legal form', () => {
  const body = (header: string, footer: string) => page('<title>お知らせ</title>', `<div class="hdr">${header}</div><article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}</article><div class="ftr">${footer}</div>`);
  test.each([
    ['the logo\'s alt text', body('<img class="logo" alt="吉田フットサルクラブ Green Field" src="l.gif">', '<div>© 2012-2025 Official Site All Rights Reserved.</div>'), '吉田フットサルクラブ Green Field'],
    ['the copyright line\'s holder', body('<span>HOME</span>', '<div>© 2018-2025 Green Field Futsal All Rights Reserved.</div>'), 'Green Field Futsal'],
    ['the logo\'s alt text naming only the image', body('<img class="logo" alt="ロゴ" src="l.gif">', ''), null],
    ['a logo described in English', body('<img class="logo" alt="Company logo" src="l.gif">', ''), null],
    ['a section\'s label in the logo', body('<img class="logo" alt="NEWS" src="l.gif">', ''), null],
    ['a copyright line naming no holder', body('', '<div>Copyright © All Rights Reserved.</div>'), null],
    ['an image that is no logo', body('<img alt="吉田フットサルクラブ Green Field" src="photo.jpg">', ''), null],
  ])('%s → %s', (_, html, organization) => {
    expect(extractHtml(html).organization).toBe(organization);
  });
});

describe('a page dated only by its <title>', () => {
  const titled = (title: string) => page(`<title>${title}</title>`, `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}</article>`);
  test.each([
    ['a date in brackets closing the title', 'サーバへの不正アクセスに関するお知らせ（2025/3/10）', '2025-03-10'],
    ['… before the site\'s part', '不正アクセスに関するお知らせ（2025年04月28日）｜サンプル株式会社', '2025-04-28'],
    ['… with its label', '不正アクセスに関するお知らせ（2026年2月16日掲載） | サンプル市', '2026-02-16'],
    ['a date opening the title', '【2026年6月24日】不正アクセスに関するお知らせ | サンプル株式会社', '2026-06-24'],
    ['an update date in brackets', '不正アクセスに関するお知らせ（2025年4月28日更新）', null],
    ['a report number in brackets', '不正アクセスに関するお知らせ（第2報）｜サンプル株式会社', null],
    ['two dates in brackets', '不正アクセスに関するお知らせ（2025年4月1日・4月28日）', null],
    ['a date inside the title, not closing it', '2025年4月28日に発生した不正アクセスについて', null],
  ])('%s: %s → %s', (_, title, date) => {
    expect(extractHtml(titled(title)).date).toBe(date);
  });
});

describe('an <aside> in the flow of the release\'s paragraphs is its note', () => {
  const P1 = '<p>当社サーバーが第三者による不正アクセスを受けたことが判明いたしました。深くお詫び申し上げます。</p>';
  const P2 = '<p>引き続き調査を進めてまいります。判明した事項は速やかにお知らせいたします。</p>';
  const NOTE = '※対象となるお客様1,234名の全ての方について、上記の情報が全て流出したわけではございません。';
  test.each([
    ['between two paragraphs in an <article>', `<article><h1>不正アクセスに関するお知らせ</h1><div class="entry-content">${P1}<aside class="note">${NOTE}</aside>${P2}</div></article>`],
    ['after a paragraph, in no <article>', `<div class="asset-body"><h1>不正アクセスに関するお知らせ</h1>${P1}${P2}<aside>${NOTE}</aside></div>`],
  ])('%s: kept', (_, html) => {
    expect(extractHtml(page('', html)).body).toContain('1,234名');
  });

  test.each([
    ['a side bar beside the article', `<div class="wrap"><article><h1>不正アクセスに関するお知らせ</h1>${P1}${P2}</article><aside><h2>最新のお知らせ</h2><p>会員数30万人を達成しました。</p></aside></div>`, '30万人'],
    ['an aside of links among paragraphs', `<article><h1>不正アクセスに関するお知らせ</h1>${P1}<aside><a href="/n">会員数30万人を達成しました。</a></aside>${P2}</article>`, '30万人'],
    ['an aside with no sentence', `<article><h1>不正アクセスに関するお知らせ</h1>${P1}<aside>会員数 30万人</aside>${P2}</article>`, '30万人'],
    ['an aside beside no paragraph', `<article><h1>不正アクセスに関するお知らせ</h1>${P1}${P2}</article><aside>会員数30万人を達成しました。</aside>`, '30万人'],
  ])('%s: dropped', (_, html, decoy) => {
    const { body } = extractHtml(page('', html));
    expect(body).toContain('判明いたしました');
    expect(body).not.toContain(decoy);
  });
});
