import { describe, expect, test } from 'vitest';
import { extractHtml } from '../../src/format/html.js';

// What still holds when a page's class names, semantic tags and date line's place are another site's
// (scripts/html-mutation-robustness.mjs): every page here has classes that name nothing.
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const RELEASE = '<p>当社が運営する通販サイトにおいて、第三者による不正アクセスを受け、お客様の個人情報が流出したおそれがあることが判明いたしました。関係者の皆様には多大なるご迷惑をおかけし、深くお詫び申し上げます。</p><p>調査の結果、お客様の氏名とメールアドレスが閲覧された可能性があることを確認いたしました。</p>';
const TITLE = '<h1>不正アクセスに関するお知らせ</h1>';

describe('extractHtml: a skip link\'s target is the content, whatever its tag', () => {
  test.each([
    ['a <div> with the skip link\'s target id', '<div id="wp--skip-link--target" class="k1">', true],
    ['a <div> with an id naming a side bar', '<div id="side-col" class="k1">', false],
  ])('%s', (_label, open, kept) => {
    // (The title stands before the box: a box holding the title heading and the prose is a layout wrapper whatever its
    // id names — tests/format/html/layoutWrapper.test.ts.)
    const { body } = extractHtml(page('<title>t</title>', `<a href="#x">コンテンツへスキップ</a>${TITLE}${open}<div class="k2">${RELEASE}</div></div>`));
    expect(body.includes('流出したおそれ')).toBe(kept);
  });
});

describe('extractHtml: the line a page\'s date stands in goes whole', () => {
  test.each([
    [
      'a byline: the posted and the updated <time>, the author, the comments\' count',
      `<div class="k3"><span>投稿日: <a href="/p"><time datetime="2025-04-18T10:00:00+09:00">2025年4月18日</time><time datetime="2025-05-04T09:30:00+09:00">2025年5月4日</time></a></span> <span>投稿者: 広報担当</span> <span><a href="#c">6件のコメント</a></span></div>`,
      '2025-04-18',
      ['2025年5月4日', '6件', '広報担当'],
    ],
    [
      'a meta row of two <time>s',
      '<div class="k4"><time datetime="2025-03-18">2025.03.18</time><time datetime="2025-03-31">2025.03.31</time></div>',
      '2025-03-18',
      ['2025.03.31'],
    ],
  ])('%s', (_label, line, date, gone) => {
    const r = extractHtml(page('<title>t</title>', `<div class="k1">${TITLE}${line}<div class="k2">${RELEASE}</div></div>`));
    expect(r.date).toBe(date);
    for (const g of gone) expect(r.body).not.toContain(g);
    expect(r.body).toContain('流出したおそれ');
  });

  test('a signature\'s date line under the text keeps the publisher beside it', () => {
    const r = extractHtml(page('<title>t</title>', `<div class="k1">${TITLE}<p><time datetime="2025-04-18">2025年4月18日</time></p><div class="k2">${RELEASE}<p>2025年4月18日 株式会社サンプル</p></div></div>`));
    expect(r.date).toBe('2025-04-18');
    expect(r.body).toContain('株式会社サンプル');
  });
});

describe('extractHtml: a date line\'s label says whose date it is', () => {
  test.each([
    ['an update <time> above the title, the publication under the text', '<div><span>更新日</span> <time datetime="2025-01-27">2025/01/27</time></div>', '<p>2024年12月25日 掲載</p>', '2024-12-25'],
    ['a publication <time> above the title', '<div><span>公開日</span> <time datetime="2024-12-25">2024/12/25</time></div>', '', '2024-12-25'],
    ['the date line under the text alone', '', '<p>2026年1月23日 掲載</p>', '2026-01-23'],
    ['a labelled publication line under the text', '', '<p>公開日：2026年1月23日</p>', '2026-01-23'],
    // A bare date alone right under the text box dates a page nothing else dates (dateAfterTextBox); a signature's date
    // is the release's own day as well.
    ['a bare date under the text', '', '<p>2026年1月23日</p>', '2026-01-23'],
  ])('%s', (_label, above, below, date) => {
    const r = extractHtml(page('<title>t</title>', `<div class="k1">${above}${TITLE}<div class="k2">${RELEASE}</div>${below}</div><div class="k9"><p>株式会社サンプル</p></div>`));
    expect(r.date).toBe(date);
  });
});

describe('extractHtml: a box set absolutely before the text', () => {
  const css = '<style>.k5{position:absolute}</style>';
  test.each([
    ['a dated news list beside the text goes', '<div class="k5"><h3>最新のお知らせ</h3><div><span>2025.11.10</span><br><span>資料を掲載しました（参加者43,574人）</span></div><div><span>2025.12.03</span><br><span>価格改定（登録者77,186名）</span></div><div><span>2025.03.24</span><br><span>移転のお知らせ（会員数47,938名）</span></div></div>', '43,574人', false],
    ['a header band holding the page\'s date line stays', '<div class="k5"><p>ロゴ</p><p>公開日 2025年6月16日</p></div>', '2025年6月16日', true],
  ])('%s', (_label, box, probe, kept) => {
    const r = extractHtml(page(`<title>t</title>${css}`, `<div class="k0">${box}<div class="k1">${TITLE}<div class="k2">${RELEASE}</div></div></div>`));
    expect(r.body.includes(probe) || r.date === '2025-06-16').toBe(kept);
    expect(r.body).toContain('流出したおそれ');
  });
});

describe('extractHtml: a share button\'s tally is no count of the release', () => {
  test.each([
    ['シェア 551件', false],
    ['シェア 551', false],
    ['被害件数 551件', true],
  ])('%s', (line, kept) => {
    const r = extractHtml(page('<title>t</title>', `<div class="k1">${TITLE}<div class="k2">${RELEASE}<p>${line}</p></div></div>`));
    expect(r.body.includes('551')).toBe(kept);
  });
});
