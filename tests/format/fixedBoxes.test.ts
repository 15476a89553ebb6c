import { describe, expect, test } from 'vitest';
import { extractHtml } from '../../src/format/html.js';
import { absoluteSelectors, fixedSelectors } from '../../src/format/fixedBoxes.js';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const RELEASE =
  '<h1>不正アクセスに関するお知らせ</h1><p>当社が運営する通販サイトにおいて、第三者による不正アクセスを受け、お客様の個人情報が流出したおそれがあることが判明いたしました。</p>' +
  '<p>調査の結果、顧客情報1,200件が流出したことを確認しました。関係者の皆様には多大なるご迷惑をおかけし、深くお詫び申し上げます。</p>' +
  '<p>当社では、外部の専門機関の協力を得て原因の調査を進めるとともに、不正アクセスの経路となったサーバーを停止し、全てのパスワードを変更いたしました。</p>' +
  '<p>対象となるお客様には、本日より順次、電子メールにてご連絡を差し上げております。不審なメールや電話にはご注意くださいますようお願い申し上げます。</p>';

describe('fixedBoxes: a box pinned to the window outside the text is the site\'s', () => {
  test.each([
    // A badge fixed by its class in the page's sheet, after the text's section.
    ['a class rule', '<style>.b{color:red}.float{position:fixed;right:8px}</style>', `<div class="wrap"><section><div class="rich">${RELEASE}</div></section><div class="float">WEB予約 累計3,468件</div></div>`, false],
    // …by an id, inside an @media block, behind a comment, with a tag in the compound.
    ['an id in @media', '<style>/* badge */@media screen{#chat{bottom:0;position : fixed}}</style>', `<div class="wrap"><div class="rich">${RELEASE}</div><div id="chat">会員数 3,468件</div></div>`, false],
    ['a tag and a class', '<style>header .x,div.float{position:fixed}</style>', `<div class="wrap"><div class="rich">${RELEASE}</div><div class="float extra">累計3,468件</div></div>`, false],
    // …or by its own style attribute.
    ['a style attribute', '', `<div class="wrap"><div class="rich">${RELEASE}</div><p style="position:fixed;bottom:0">累計3,468件</p></div>`, false],
    // Negatives: a box that is not fixed (absolute, sticky, a hover state, another class) stays.
    ['an absolute box (negative)', '<style>.float{position:absolute}</style>', `<div class="wrap"><div class="rich">${RELEASE}</div><div class="float">累計3,468件</div></div>`, true],
    ['a hover state (negative)', '<style>.float:hover{position:fixed}</style>', `<div class="wrap"><div class="rich">${RELEASE}</div><div class="float">累計3,468件</div></div>`, true],
    ['another class (negative)', '<style>.floating{position:fixed}</style>', `<div class="wrap"><div class="rich">${RELEASE}</div><div class="float">累計3,468件</div></div>`, true],
    // A fixed frame that holds the text scrolls inside: the text stays, and so does what is beside it.
    ['a fixed frame around the text (negative)', '<style>.frame{position:fixed;inset:0;overflow:auto}</style>', `<div class="frame"><div class="rich">${RELEASE}</div><p>累計3,468件</p></div>`, true],
  ])('%s', (_label, head, body, kept) => {
    const text = extractHtml(page(`<title>お知らせ</title>${head}`, body)).body;
    expect(text).toContain('1,200件が流出');
    expect(text.includes('3,468件')).toBe(kept);
  });

  // A box set absolutely above the text box (a builder's header band) is the site's frame; the text flows below it.
  // A long text: the header band's lines add little to it, so the body's block is widened over them.
  const BODY = RELEASE.replace('<h1>不正アクセスに関するお知らせ</h1>', '').repeat(3);
  test.each([
    ['a banner in an absolute header band', '<style>.comp{position:absolute}</style>', `<div id="site"><div class="comp"><img alt="ロゴ"><div class="comp"><span>休診のお知らせ：</span><span>7月14日（2026年）</span><span>は臨時休診です</span></div></div><div id="article"><h1>不正アクセスに関するお知らせ</h1>${BODY}</div></div>`, false],
    ['a menu row set absolutely by its style attribute', '', `<div id="site"><div style="position: absolute;top:70px"><span>ホーム</span>｜<span>7月14日は臨時休診です</span></div><div id="article"><h1>不正アクセスに関するお知らせ</h1>${BODY}</div></div>`, false],
    // Negatives: a box set absolutely after the text; one holding the page's date line or the title; one holding the text.
    ['an absolute box after the text (negative)', '<style>.comp{position:absolute}</style>', `<div id="site"><div id="article"><h1>不正アクセスに関するお知らせ</h1>${BODY}</div><div class="comp">休診のお知らせ：7月14日（2026年）は臨時休診です</div></div>`, true],
    ['an absolute box holding the date line (negative)', '<style>.comp{position:absolute}</style>', `<div id="site"><div class="comp"><p>公開日：2026年6月19日</p><p>休診のお知らせ：7月14日（2026年）は臨時休診です</p></div><div id="article"><h1>不正アクセスに関するお知らせ</h1>${BODY}</div></div>`, true],
    // (Its line carries no date: a dated one-line notice band before the title's box is chrome by another rule, chrome.ts noticeBandsBefore.)
    ['an absolute box holding the text (negative)', '<style>.comp{position:absolute}</style>', `<div class="comp"><p>休診のお知らせ：臨時休診の日は院内掲示でお知らせします</p><div id="article"><h1>不正アクセスに関するお知らせ</h1>${BODY}</div></div>`, true],
  ])('%s', (_label, head, body, kept) => {
    const release = extractHtml(page(`<title>不正アクセスに関するお知らせ | サンプル医院</title>${head}`, body));
    expect(release.body).toContain('1,200件が流出');
    expect(release.title).toBe('不正アクセスに関するお知らせ');
    expect(release.body.includes('臨時休診')).toBe(kept);
  });

  // A builder wraps every box in the same class and positions only its header's absolutely (「.hdr .sd」): the rule's
  // ancestors scope it, so the article's boxes of that class flow and stay.
  const SLIVERS = RELEASE.replace('<h1>不正アクセスに関するお知らせ</h1>', '').split('</p>').filter(Boolean).map((p) => `<div class="sd"><div class="in">${p}</p></div></div>`).join('');
  test.each([
    ['a descendant rule: only the header\'s boxes are lifted', '<style>.hdr .sd{position:absolute}.pg .sd{position:relative}</style>', false],
    ['a child rule and a tag ancestor', '<style>header > .sd{position:absolute}</style>', false],
  ])('%s', (_label, head, kept) => {
    const header = head.includes('header >') ? '<header class="top"><div class="sd">休診のお知らせ：7月14日（2026年）は臨時休診です</div></header>' : '<div class="hdr"><div class="sd">休診のお知らせ：7月14日（2026年）は臨時休診です</div></div>';
    const release = extractHtml(page(`<title>不正アクセスに関するお知らせ | サンプル</title>${head}`, `<div id="site">${header}<div class="pg"><div class="sd"><h1>不正アクセスに関するお知らせ</h1></div>${SLIVERS}</div></div>`));
    expect(release.body).toContain('1,200件が流出');
    expect(release.body).toContain('不審なメールや電話');
    expect(release.body.includes('臨時休診')).toBe(kept);
  });

  test.each([
    ['.hdr .sd{position:absolute}', [{ classes: ['sd'], id: null, within: [{ tag: null, classes: ['hdr'], id: null }] }]],
    ['header > div.sd{position:absolute}', [{ classes: ['sd'], id: null, within: [{ tag: 'header', classes: [], id: null }] }]],
    ['#top .band .sd{position:absolute}', [{ classes: ['sd'], id: null, within: [{ tag: null, classes: [], id: 'top' }, { tag: null, classes: ['band'], id: null }] }]],
    // An ancestor the walk cannot judge is left out; a rule for the box alone has no scope.
    ['body:not(.home) .sd{position:absolute}', [{ classes: ['sd'], id: null }]],
    ['.sd{position:absolute}', [{ classes: ['sd'], id: null }]],
  ])('absoluteSelectors(%s): the ancestors that scope the rule', (css, expected) => {
    expect(absoluteSelectors([css])).toEqual(expected);
  });

  test('an absolute box holding the title line above the text stays: the title is read from it', () => {
    const body = `<div id="site"><div class="comp"><div style="font-size:18px">不正アクセスに関するお知らせ</div></div><div id="article">${BODY}</div></div>`;
    const release = extractHtml(page('<title>不正アクセスに関するお知らせ | サンプル医院</title><style>.comp{position:absolute}</style>', body));
    expect(release.title).toBe('不正アクセスに関するお知らせ');
    expect(release.body).toContain('1,200件が流出');
  });

  test.each([
    ['.a{position:fixed}', [{ classes: ['a'], id: null }]],
    ['#x.y , p.z{top:0;position:fixed}', [{ classes: ['y'], id: 'x' }, { classes: ['z'], id: null }]],
    ['@media print{.a{position:fixed}}.b{position:static}', [{ classes: ['a'], id: null }]],
    ['.a{position:relative}/* .b{position:fixed} */', []],
    ['header{position:fixed}[data-x]{position:fixed}', []],
    ['.a{position:fixed', []],
  ])('fixedSelectors(%s)', (css, expected) => {
    expect(fixedSelectors([css])).toEqual(expected);
  });
});
