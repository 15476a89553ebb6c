import { describe, expect, test } from 'vitest';
import { boxesAboveList, dropPageChrome, pageUpdatedDate, stackedDateLabelsJoined } from '../../../src/format/pdf/chrome.js';
import type { PdfLine } from '../../../src/format/pdf/types.js';

/** A line of one page: its text at a baseline, 15 pt type at x 35 unless told, as wide as its characters. */
const at = (text: string, y: number, o: { x?: number; size?: number; bold?: boolean; right?: number; page?: number; linked?: boolean } = {}): PdfLine => {
  const x = o.x ?? 35;
  const size = o.size ?? 15;
  return { page: o.page ?? 1, items: [], x, right: o.right ?? x + [...text].length * size, y, size, bold: o.bold, linked: o.linked, cells: [text], cellX: [x], position: (842 - y) / 842, spaceBefore: false, spaceAfter: false, block: 0, column: 0 } as PdfLine;
};
/** A wrapped paragraph's full line: it runs to the column's right edge. */
const full = (text: string, y: number) => at(text, y, { right: 335 });

/** The end of a Divi post printed narrow (pages-t wpdivi): paragraphs 21 pt apart, a section heading, the closing line. */
const ARTICLE = [
  full('被害の全容を把握するには、今しばらく時間', 789),
  full('を要する見込みですが、現時点で判明してい', 768),
  at('る内容について、下記の通りご報告いたします。', 746, { right: 335 }),
  full('お取引様、関係先の皆様に多大なるご心配と', 709),
  at('ご迷惑をおかけし、深くお詫び申し上げます。', 688, { right: 335 }),
  at('１． 経緯', 646, { size: 17.5, bold: true }),
  full('8月6日（水）に、当社の一部サーバーに対し', 606),
  at('て、外部からの攻撃が確認されました。', 585),
  at('今後とも何卒宜しくお願いいたします。', 548),
];
/** The side column stacked under it: its news list's heading and entries. */
const LIST = [
  at('最新のお知らせ', 190, { size: 12.2, bold: true }),
  at('セミナー定員834,165名2025.07.15', 154, { x: 73, size: 12.2 }),
  at('説明会開催のご案内2025.07.10', 136, { x: 73, size: 12.2 }),
];
const texts = (lines: PdfLine[]) => lines.map((l) => l.cells.join(' '));

describe('boxesAboveList: the side column under the article begins at its margin', () => {
  test.each([
    [
      'a promotion and icon cards over the news list (its margin twice the article\'s gaps, a box title set large)',
      [at('決算セール開催', 470, { x: 48, size: 22.5, bold: true }), at('特選車210台 8月23日まで', 428, { x: 48 }), at('詳しく見る', 406, { x: 48 }), at('無料査定', 351), at('お気軽にご相談ください。', 309), at('車検予約', 267), at('お気軽にご相談ください。', 225)],
      ['決算セール開催', '特選車210台 8月23日まで', '詳しく見る', '無料査定', 'お気軽にご相談ください。', '車検予約', 'お気軽にご相談ください。'],
    ],
    // The release goes on after a box of its own (a note's margin): that gap opens no box title, its text is the release's.
    [
      'the release\'s paragraph after its note\'s margin (body type, not bold)',
      [at('現在、詳細な事実関係の調査に努めております', 470), at('が、ご注意いただきますようお願いします。', 449), at('本件に関するお問い合わせはこちら', 400)],
      [],
    ],
    [
      'the release\'s contact section after a wide margin',
      [at('３ 問い合わせ先', 470, { size: 17.5, bold: true }), at('株式会社Ｘ 個人情報窓口', 430), at('(省略)', 400)],
      [],
    ],
    [
      'the release\'s closing among the lines',
      [at('お問い合わせ先', 470, { size: 17.5, bold: true }), at('株式会社Ｘ 総務部', 430), at('以上', 400)],
      [],
    ],
    [
      'a wrapped paragraph among the lines (a box wraps none)',
      [at('今後の対応について', 470, { size: 17.5, bold: true }), full('引き続き調査を進めるとともに、再発防止策', 430), at('を講じてまいります。', 409)],
      [],
    ],
    // A call-out box in small type, its text over its button (AFFINGER's LINE box under the post, pages-aa04/aa17).
    [
      'a call-out box in small type ending in its button (a short link alone)',
      [at('LINE公式アカウントで無料相談受付中（友だち 4,243人）', 470, { size: 10.5, right: 250 }), at('友だち追加', 444, { size: 10.5, linked: true })],
      ['LINE公式アカウントで無料相談受付中（友だち 4,243人）', '友だち追加'],
    ],
    [
      'small type with no button (the release\'s own note in small type)',
      [at('※掲載の人数は12月1日時点のものです', 470, { size: 10.5 }), at('（対象者 4,243人）', 444, { size: 10.5 })],
      [],
    ],
    [
      'a button under a line in the body\'s type (the release\'s own link)',
      [at('会員登録者数 4,243人', 470), at('詳しくはこちら', 444, { linked: true })],
      [],
    ],
    [
      'a link that is no button\'s label (a long linked line)',
      [at('お問い合わせ窓口（受付 4,243件）', 470, { size: 10.5 }), at('お問い合わせフォームはこちらのページからどうぞ', 444, { size: 10.5, right: 250, linked: true })],
      [],
    ],
    [
      'a gap no wider than the article\'s own',
      [at('決算セール開催', 520, { x: 48, size: 22.5, bold: true }), at('特選車210台 8月23日まで', 490, { x: 48 }), at('詳しく見る', 468, { x: 48 })],
      [],
    ],
  ] as [string, PdfLine[], string[]][])('%s', (_label, boxes, dropped) => {
    const lines = [...ARTICLE, ...boxes, ...LIST];
    const t = texts(lines);
    const heading = t.indexOf('最新のお知らせ');
    const firstSentence = t.findIndex((x) => x.includes('。'));
    expect(boxesAboveList(lines, t, heading, firstSentence).map((k) => t[k])).toEqual(dropped);
    // The article's lines all stay when the page's chrome is dropped.
    const kept = texts(dropPageChrome(lines));
    for (const l of texts(ARTICLE)) expect(kept).toContain(l);
    for (const d of dropped) expect(kept).not.toContain(d);
  });
});

describe('stackedDateLabelsJoined: a page date label over its date reads as one line', () => {
  test.each([
    // A definition list: the term, its description indented below it in the same type.
    ['掲載日 over its date', [at('掲載日', 161, { size: 11.2 }), at('2026年2月6日', 144, { x: 63, size: 11.2 })], ['掲載日 2026年2月6日']],
    ['更新日： over its date, flush left', [at('更新日：', 161, { size: 11.2 }), at('2026.03.18', 144, { size: 11.2 })], ['更新日: 2026.03.18']],
    ['公開日 over a full-width date', [at('公開日', 161, { size: 11.2 }), at('２０２６年２月６日', 144, { x: 63, size: 11.2 })], ['公開日 2026年2月6日']],
    // Not a page date's label, or no date alone below it, or the date far below or far right (another column's), or in other type.
    ['発生日 over a date', [at('発生日', 161), at('2026年2月3日', 142, { x: 63 })], ['発生日', '2026年2月3日']],
    ['掲載日 over a sentence', [at('掲載日', 161), at('2026年2月6日に掲載しました。', 142, { x: 63 })], ['掲載日', '2026年2月6日に掲載しました。']],
    ['the date three lines below', [at('掲載日', 161), at('2026年2月6日', 100, { x: 63 })], ['掲載日', '2026年2月6日']],
    ['the date in a column to the right', [at('掲載日', 161), at('2026年2月6日', 142, { x: 300 })], ['掲載日', '2026年2月6日']],
    ['the date in larger type', [at('掲載日', 161, { size: 11.2 }), at('2026年2月6日', 140, { x: 63, size: 18 })], ['掲載日', '2026年2月6日']],
    // A list set flush right (pages-v wordhtm-v19): the wider date starts left of its label, both end at one right edge.
    ['掲載開始日 over its date, flush right', [at('掲載開始日', 358, { x: 595, size: 12.5, right: 658 }), at('2025年4月11日', 340, { x: 574, size: 12.5, right: 658 })], ['掲載開始日 2025年4月11日']],
    ['最終更新日 over its date, flush right', [at('最終更新日', 322, { x: 595, size: 12.5, right: 658 }), at('2025年5月15日', 304, { x: 573, size: 12.5, right: 658 })], ['最終更新日 2025年5月15日']],
    // Flush right but another label (an event's), or right edges a column apart.
    ['受付開始日 over its date, flush right', [at('受付開始日', 358, { x: 595, size: 12.5, right: 658 }), at('2025年4月11日', 340, { x: 574, size: 12.5, right: 658 })], ['受付開始日', '2025年4月11日']],
    ['a date ending far right of the label', [at('掲載開始日', 358, { x: 595, size: 12.5, right: 658 }), at('2025年4月11日', 340, { x: 520, size: 12.5, right: 600 })], ['掲載開始日', '2025年4月11日']],
    // A date line whose last label's date wrapped onto the next line alone (printfuzz s8 p058, a narrow column).
    ['公開日 … 更新日： over the update\'s date', [at('公開日：2026/05/18 09:05 更新日：', 195, { size: 13.7 }), at('2026.05.31', 175, { size: 13.7 })], ['公開日:2026/05/18 09:05 更新日: 2026.05.31']],
    ['掲載日 … with its weekday, 更新日 over its date', [at('掲載日 2025年2月7日(金) 更新日', 195, { size: 13.7 }), at('2025年3月20日', 175, { size: 13.7 })], ['掲載日 2025年2月7日(金) 更新日 2025年3月20日']],
    // Not so: words other than dates and their labels before the last label (an event's date, a headline), or no date before it.
    ['an event\'s date before the label', [at('発生日：2026/05/10 公表日：', 195, { size: 13.7 }), at('2026.05.31', 175, { size: 13.7 })], ['発生日：2026/05/10 公表日：', '2026.05.31']],
    ['a headline before the label', [at('システムメンテナンス 2026/05/18 更新日：', 195, { size: 13.7 }), at('2026.05.31', 175, { size: 13.7 })], ['システムメンテナンス 2026/05/18 更新日：', '2026.05.31']],
    ['a sentence over a date', [at('次のとおり公表しました。公開日：', 195, { size: 13.7 }), at('2026.05.31', 175, { size: 13.7 })], ['次のとおり公表しました。公開日：', '2026.05.31']],
    // A date line wrapped inside a label's word in a narrow column (printfuzz s4 p009, s8 p051): read as one, no space at the cut.
    ['2025年4月18日 更 over 新日：…', [at('2025年4月18日 更', 225, { size: 11.2 }), at('新日：2025/04/24', 209, { size: 11.2 })], ['2025年4月18日 更新日:2025/04/24']],
    ['… 掲載 更 over 新日：…', [at('2025年2月7日(金) 掲載 更', 341, { size: 14.4 }), at('新日：2025年3月20日', 320, { size: 14.4 })], ['2025年2月7日(金) 掲載 更新日:2025年3月20日']],
    ['… 更新 over 日：…', [at('2025年4月18日 更新', 225, { size: 11.2 }), at('日：2025/04/24', 209, { size: 11.2 })], ['2025年4月18日 更新日:2025/04/24']],
    // Not so: the line below no rest of the word, no date on one side, words besides dates and labels, a line indented or far below.
    ['更 over a sentence', [at('2025年4月18日 更', 225, { size: 11.2 }), at('新サービスの提供を開始しました。', 209, { size: 11.2 })], ['2025年4月18日 更', '新サービスの提供を開始しました。']],
    ['更 over 日：… (no word\'s rest)', [at('2025年4月18日 更', 225, { size: 11.2 }), at('日：2025/04/24', 209, { size: 11.2 })], ['2025年4月18日 更', '日：2025/04/24']],
    ['no date above the cut', [at('このページの更', 225, { size: 11.2 }), at('新日：2025/04/24', 209, { size: 11.2 })], ['このページの更', '新日：2025/04/24']],
    ['a headline before the cut', [at('お知らせ 2025年4月18日 更', 225, { size: 11.2 }), at('新日：2025/04/24', 209, { size: 11.2 })], ['お知らせ 2025年4月18日 更', '新日：2025/04/24']],
    ['the rest indented', [at('2025年4月18日 更', 225, { size: 11.2 }), at('新日：2025/04/24', 209, { x: 80, size: 11.2 })], ['2025年4月18日 更', '新日：2025/04/24']],
    ['the rest far below', [at('2025年4月18日 更', 225, { size: 11.2 }), at('新日：2025/04/24', 180, { size: 11.2 })], ['2025年4月18日 更', '新日：2025/04/24']],
  ] as [string, PdfLine[], string[]][])('%s', (_label, lines, joined) => {
    expect(texts(stackedDateLabelsJoined(lines))).toEqual(joined);
  });

  test('a flush-right list of 掲載開始日 and 最終更新日: the publication dates the page', () => {
    const lines = stackedDateLabelsJoined([
      at('掲載開始日', 358, { x: 595, size: 12.5, right: 658 }),
      at('2025年4月11日', 340, { x: 574, size: 12.5, right: 658 }),
      at('最終更新日', 322, { x: 595, size: 12.5, right: 658 }),
      at('2025年5月15日', 304, { x: 573, size: 12.5, right: 658 }),
      ...ARTICLE.map((l) => ({ ...l, page: 2 })),
    ]);
    expect(pageUpdatedDate(lines)).toBe('2025-04-11');
  });

  test('the page\'s date list under the article: the publication dates the page, neither line stays in the text', () => {
    const lines = stackedDateLabelsJoined([
      ...ARTICLE,
      at('掲載日', 300, { size: 11.2 }),
      at('2026年2月6日', 283, { x: 63, size: 11.2 }),
      at('更新日', 266, { size: 11.2 }),
      at('2026年3月18日', 249, { x: 63, size: 11.2 }),
    ]);
    expect(pageUpdatedDate(lines)).toBe('2026-02-06');
    expect(texts(dropPageChrome(lines))).toEqual(texts(ARTICLE));
  });

  test('公開日 … 更新日： over the update\'s date under the article: the publication dates the page, neither line stays', () => {
    const lines = stackedDateLabelsJoined([...ARTICLE, at('公開日：2026/05/18 09:05 更新日：', 300), at('2026.05.31', 280), at('ページトップ', 250, { x: 200 })]);
    expect(pageUpdatedDate(lines)).toBe('2026-05-18');
    expect(texts(dropPageChrome(lines)).join('\n')).not.toMatch(/2026/);
  });

  test('a date line cut inside 更新日 under the article: the publication before the cut dates the page, neither line stays', () => {
    const lines = stackedDateLabelsJoined([...ARTICLE, at('2025年4月18日 更', 300, { size: 11.2 }), at('新日：2025/04/24', 284, { size: 11.2 }), at('ページトップ', 250, { x: 200 })]);
    expect(pageUpdatedDate(lines)).toBe('2025-04-18');
    expect(texts(dropPageChrome(lines)).join('\n')).not.toMatch(/2025/);
  });

  // A page's publication and update on one line: the publication's date is the page's (the update's a later change), the
  // line read as it stands; only an update alone dates the page by the update.
  test.each([
    ['publication then update', '2025年7月15日(火) 更新日：2025.09.15', '2025-07-15'],
    ['掲載 then 更新日', '2026-04-27 掲載 更新日：2026/06/18', '2026-04-27'],
    ['update alone', '更新日：2025.09.15', '2025-09-15'],
  ])('pageUpdatedDate, one line under the article: %s', (_label, line, expected) => {
    expect(pageUpdatedDate([...ARTICLE, at(line, 300, { size: 11.2 })])).toBe(expected);
  });

  // No publication line beside it: the update line alone still dates the page (pageUpdatedDate reads the lines), and
  // goes from the text as the page's update line (isPageUpdateLine), as any update line under the article does.
  test('an update line alone under the article: joined, it dates the page and leaves the text', () => {
    const lines = stackedDateLabelsJoined([...ARTICLE, at('更新日', 300, { size: 11.2 }), at('2026年3月18日', 283, { x: 63, size: 11.2 }), at('ページトップ', 250, { x: 200 })]);
    expect(texts(lines)).toContain('更新日 2026年3月18日');
    expect(pageUpdatedDate(lines)).toBe('2026-03-18');
    expect(texts(dropPageChrome(lines))).not.toContain('更新日 2026年3月18日');
  });
});
