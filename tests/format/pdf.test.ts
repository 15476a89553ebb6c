import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { describe, expect, test } from 'vitest';
import { clippedNameEnd, documentOwnTitle, extractPdf, homeLinkTexts, pageDate, rereadBeforeSideBars, soleCopyrightHolder, titleHeadingDate, titleOfDocument, withoutDatelessByline, withoutTitleHeading, withoutTreeHead, withoutWrapSpace } from '../../src/format/pdf.js';
import type { PdfLine } from '../../src/format/pdf/types.js';
import { extractText } from '../../src/format/containers.js';
import { parseFile } from '../../src/parse.js';
import { FIXTURES } from '../helpers.js';
import { buildPdf, cmapPdf, hex, imageOnlyPdf, stream, toUnicodePage } from './pdfBuilder.js';

const ucs2 = (s: string) => Buffer.from(s, 'utf16le').swap16();
const sjis = (s: string) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(s), { to: 'SJIS', from: 'UNICODE' }));

describe('extractPdf: Japanese text through the CMaps pdfjs-dist ships (no embedded font, no ToUnicode)', () => {
  test.each([
    ['UniJIS-UCS2-H (Unicode codes)', 'UniJIS-UCS2-H', ucs2],
    ['90ms-RKSJ-H (Shift_JIS codes, as older Japanese PDFs hold)', '90ms-RKSJ-H', sjis],
  ])('%s', async (_label, cmap, encode) => {
    const pdf = cmapPdf(cmap, [encode('2025年6月2日'), encode('顧客情報1,234件が流出したおそれがあります。')]);
    const { text, date } = await extractPdf(pdf);
    expect(date).toBe('2025-06-02');
    expect(text).toContain('顧客情報1,234件が流出したおそれがあります。');
  });
});

describe('extractPdf: layout rebuilt from positions (the seed and table fixtures, made by LibreOffice)', async () => {
  const seed = await extractPdf(readFileSync(join(FIXTURES, 'seed-tokai-3rd.pdf')));
  const tables = await extractPdf(readFileSync(join(FIXTURES, 'pdf-tables.pdf')));

  test('the title in large type and the date line at the top become overview facts', () => {
    expect(seed.title).toBe('OneOffice メールソリューションにおける不正アクセスによる個人情報漏洩についてのお知らせとお詫び（第三報）');
    expect(seed.date).toBe('2026-01-23');
    expect(tables.date).toBe('2025-12-10');
  });

  test('lines wrapped at the right margin are one paragraph again, with no space between Japanese characters', () => {
    expect(seed.text).toContain('株式会社ＴＯＫＡＩコミュニケーションズ（本社：静岡県静岡市葵区、代表取締役社長：髙橋強、以下「当社」）は、当社が法人向けに提供するメールサービス「OneOffice Mail Solution」において、');
    // A URL broken across two lines comes back whole.
    expect(seed.text).toContain('https://www.cisco.com/c/ja_jp/support/docs/csa/2025/cisco-sa-sma-attack-N9bf4.html\n');
  });

  test('larger type becomes headings; a count line stays whole under its heading', () => {
    expect(seed.text).toMatch(/^#{2,4} ■情報漏洩の範囲$/m);
    expect(seed.text).toMatch(/^#{2,4} ②OneOffice SPAM Filtering\n\n利用者のメールアドレス ： 79,991 件$/m);
  });

  test('the running header and the "- N -" page numbers are gone', () => {
    expect(seed.text).not.toContain('メールソリューションに関するお知らせ');
    expect(seed.text).not.toMatch(/^- ?[0-9]+ ?-$/m);
    expect(tables.text).not.toContain('会員サイトへの不正ログインに関するご報告');
  });

  test('table rows keep each subject beside its count; a wrapped cell is joined back', () => {
    expect(tables.text).toContain('| 不正ログインされたアカウント | 1,284 件 |');
    expect(tables.text).toContain('| うちポイントが不正に利用されたアカウント | 37 件 |');
    expect(tables.text).toContain('| 2025 年 11 月 21 日 | 特定の IP アドレス群からの大量のログイン試行を検知 |');
  });

  test('the table counts reach the incident with their row subjects', async () => {
    const incident = await parseFile(join(FIXTURES, 'pdf-tables.pdf'));
    expect(incident.counts).toContainEqual(expect.objectContaining({ value: 1284, subject: '不正ログインされたアカウント' }));
    expect(incident.counts.map((c) => c.value)).not.toContain(2); // no page number became a count
  });
});

describe('PDF errors: one line, never an empty incident', () => {
  test('a scanned (image-only) PDF', async () => {
    await expect(extractText(imageOnlyPdf(), { path: 'scan.pdf' })).rejects.toThrow(/^scan\.pdf: is a PDF with no text layer \(a scanned or image-only document\); run OCR/);
  });

  test('a PDF with pages but no content at all', async () => {
    const empty = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', stream('')]);
    await expect(extractText(empty, { path: 'blank.pdf' })).rejects.toThrow(/no text layer/);
  });

  test('a file that starts like a PDF but is not one', async () => {
    const err = await extractText(Buffer.from('%PDF-1.4\nthis is not really a pdf'), { path: 'bad.pdf' }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/^bad\.pdf: is not a readable PDF \(/);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('extractPdf: text positions on a hand-built page', () => {
  test('cells aligned in columns become table rows, even when a gap is narrower than two type sizes', async () => {
    const { positionedPdf } = await import('./pdfBuilder.js');
    const pdf = positionedPdf([
      { x: 72, y: 760, text: '当社は不正アクセスを受けました。' },
      { x: 72, y: 700, text: '氏名' },
      { x: 228, y: 700, text: '1,204件' },
      // A subject long enough to leave 1.2 type sizes before the count column: the column start
      // the other rows share splits it. (pdfjs itself merges runs closer than about half a size.)
      { x: 72, y: 680, text: '会員のメールアドレスと電話' },
      { x: 228, y: 680, text: '3,310件' },
      { x: 72, y: 660, text: 'ログインID' },
      { x: 228, y: 660, text: '58件' },
    ]);
    const { text } = await extractPdf(pdf);
    expect(text).toContain('| 氏名 | 1,204件 |');
    expect(text).toContain('| 会員のメールアドレスと電話 | 3,310件 |');
    expect(text).toContain('| ログインID | 58件 |');
  });
});

test('no title when the largest type is shared by section headings', async () => {
  const { japanesePagePdf, textAt } = await import('./pdfBuilder.js');
  const pdf = japanesePagePdf([textAt(72, 760, '■概要', 14), textAt(72, 740, '当社サーバが不正アクセスを受けました。', 10.5), textAt(72, 700, '■原因', 14), textAt(72, 680, '脆弱性が悪用されました。', 10.5)].join('\n'));
  const { title, text } = await extractPdf(pdf);
  expect(title).toBeNull();
  expect(text).toBe('## ■概要\n\n当社サーバが不正アクセスを受けました。\n\n## ■原因\n\n脆弱性が悪用されました。\n');
});

test('a scanned page among text pages gives a warning that its content is missing', async () => {
  const { buildPdf, stream, textAt } = await import('./pdfBuilder.js');
  const pdf = buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 8 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(textAt(72, 760, '当社は、顧客情報1,234件が流出したことを確認しました。')),
    '<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 10 0 R >> >> /Contents 9 0 R >>',
    stream('q 500 0 0 700 48 70 cm /Im1 Do Q'),
    stream(Uint8Array.from({ length: 16 }, (_, i) => (i * 16) & 0xff), '/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 '),
  ]);
  const { text, warnings } = await extractPdf(pdf);
  expect(text).toContain('1,234件');
  expect(warnings).toEqual(['PDF page 2 has no text layer (scanned?); its content is not in the incident']);
});

test('a PDF set in vertical writing (縦書き) is refused in one line rather than read as scrambled lines', async () => {
  const { japanesePagePdf, textAt } = await import('./pdfBuilder.js');
  const pdf = japanesePagePdf(textAt(500, 760, '当社は不正アクセスを受けました。'), 'UniJIS-UCS2-V');
  await expect(extractText(pdf, { path: 'tate.pdf' })).rejects.toThrow(/^tate\.pdf: is a PDF whose text is all rotated or set vertically, which is not supported$/);
});

describe('list bullets drawn as paths (Chromium prints ● and ○ so): the line reads as a 「- 」 item', () => {
  /** A circle of radius r around (cx, cy) as four Bézier curves, then the paint operator. */
  const circle = (cx: number, cy: number, r: number, paint: string) => {
    const k = r * 0.5523;
    return `${cx + r} ${cy} m ${cx + r} ${cy + k} ${cx + k} ${cy + r} ${cx} ${cy + r} c ${cx - k} ${cy + r} ${cx - r} ${cy + k} ${cx - r} ${cy} c ${cx - r} ${cy - k} ${cx - k} ${cy - r} ${cx} ${cy - r} c ${cx + k} ${cy - r} ${cx + r} ${cy - k} ${cx + r} ${cy} c h ${paint}\n`;
  };
  const LINES = ['名称：会員サイト', '保管情報：氏名、住所'];
  const TEXT = LINES.join('') + '当社は不正アクセスを受けました。';
  const page = (marks: string) =>
    toUnicodePage(`${marks}BT /F1 11 Tf 72 700 Td ${hex('当社は不正アクセスを受けました。')} Tj ET BT /F1 11 Tf 90 680 Td ${hex(LINES[0]!)} Tj ET BT /F1 11 Tf 90 660 Td ${hex(LINES[1]!)} Tj ET`, TEXT);
  test.each([
    ['filled discs left of each item', circle(82, 684, 2.2, 'f') + circle(82, 664, 2.2, 'f'), ['- 名称：会員サイト', '- 保管情報：氏名、住所']],
    ['stroked circles (a nested list)', circle(82, 684, 2.2, 'S') + circle(82, 664, 2.2, 'S'), ['- 名称：会員サイト', '- 保管情報：氏名、住所']],
    // Other drawings are no bullets.
    ['no mark', '', ['名称：会員サイト', '保管情報：氏名、住所']],
    ['a large circle (a figure)', circle(60, 670, 30, 'f'), ['名称：会員サイト', '保管情報：氏名、住所']],
    ['a small square (a filled rectangle)', '80 682 4 4 re f 80 662 4 4 re f ', ['名称：会員サイト', '保管情報：氏名、住所']],
    ['a disc far left of the text', circle(40, 684, 2.2, 'f'), ['名称：会員サイト', '保管情報：氏名、住所']],
  ])('%s', async (_label, marks, expected) => {
    const { text } = await extractPdf(page(marks));
    const lines = text.split('\n').filter((l) => l.includes('名称') || l.includes('保管情報'));
    expect(lines).toEqual(expected);
  });
});

test.each([
  // A browser's oblique of a font without italics slants the glyphs; the baseline stays level: read.
  ['slanted (an oblique heading)', '1 0 0.2 1', true],
  // Turned a quarter: a stamp or a side label, not read.
  ['rotated a quarter turn', '0 1 -1 0', false],
])('a text run %s', async (_label, matrix, read) => {
  const { japanesePagePdf } = await import('./pdfBuilder.js');
  const hexOf = (t: string) => Buffer.from(t, 'utf16le').swap16().toString('hex');
  const body = 'BT /F1 11 Tf 1 0 0 1 60 760 Tm <' + hexOf('当社は不正アクセスを受けました。') + '> Tj ET';
  const run = `BT /F1 11 Tf ${matrix} 60 700 Tm <${hexOf('関連する記事の見出し')}> Tj ET`;
  const { text } = await extractPdf(japanesePagePdf(`${body}\n${run}`));
  expect(text.includes('関連する記事の見出し')).toBe(read);
});

test('a printed page whose wrapped title stands over right-aligned 公開日 and 更新日 lines is dated by its publication, the date lines out of the text', async () => {
  const page = await extractPdf(readFileSync(join(FIXTURES, 'pages-d', 'pdf', 'divabs-d36.pdf')));
  expect(page.title).toBe('【注意喚起】弊社ドメインを装った不審メールにご注意ください');
  expect(page.date).toBe('2026-04-17');
  expect(page.text).not.toMatch(/公開日|更新日/);
  expect(page.text.startsWith('平素は格別のご愛顧を賜り')).toBe(true);
});

describe('the document Title (the page\'s <title>) where the printed head gives another title', () => {
  test.each([
    ['【2025年3月31日】サンプルへの不正アクセスに関するお知らせ | 株式会社サンプル', 'サンプルへの不正アクセスに関するお知らせ'],
    // The site's name is no title, however long: the other part is the page's.
    ['お知らせ詳細 - 国立大学法人サンプル大学 サンプル大学病院', null],
    ['当社社員メールアカウントへの不正アクセスについて | Sample Drug Discovery Partners株式会社', '当社社員メールアカウントへの不正アクセスについて'],
    ['サーバの不正アクセスに関するお知らせ／株式会社サンプルグループホールディングス', 'サーバの不正アクセスに関するお知らせ'],
    ['【重要】見本ウェブサイトの不正アクセスについて（第３報） - ニュースリリース - https://www.example.lg.jp/soshiki/232/x.html', '【重要】見本ウェブサイトの不正アクセスについて（第３報）'],
    ['株式会社サンプル｜お知らせ', null],
    // A blog's 「Entry: Blog」: the entry's part; a colon with no space after stays in the title.
    ['当社業務委託先のファイルサーバへの不正アクセスについて: 情報工学専攻 ニュース', '当社業務委託先のファイルサーバへの不正アクセスについて'],
    ['見本ウェブサイトの障害（10:00現在）について | 株式会社サンプル', '見本ウェブサイトの障害（10:00現在）について'],
    [null, null],
  ])('%s → own title %s', (title, own) => {
    expect(documentOwnTitle(title)).toBe(own);
  });

  const PRINTED = 'ロゴ\nニュース・トピックス\n### サンプルシステムへの不正アクセスに関するご報告（最終報）\n投稿者: 広報担当';
  test.each([
    // A broken logo printed as its alt text in the largest type: the Title's own part, printed, is the title.
    ['ロゴ', 'サンプルシステムへの不正アクセスに関するご報告（最終報） - 株式会社サンプル', PRINTED, 'サンプルシステムへの不正アクセスに関するご報告（最終報）'],
    // A head's title missing a character the print lost: the Title's whole one.
    ['サンプルシステムへの不正クセスに関するご報告', 'サンプルシステムへの不正アクセスに関するご報告', 'サンプルシステムへの不正アクセスに関するご報告', 'サンプルシステムへの不正アクセスに関するご報告'],
    // A head's title the Title holds, or that holds it, stands.
    ['サンプルシステムへの不正アクセスに関するご報告（最終報）', 'サンプルシステムへの不正アクセスに関するご報告 - 株式会社サンプル', PRINTED, 'サンプルシステムへの不正アクセスに関するご報告（最終報）'],
    ['【重要】サンプルシステムへの不正アクセスに関するご報告', 'サンプルシステムへの不正アクセスに関するご報告', PRINTED, '【重要】サンプルシステムへの不正アクセスに関するご報告'],
    // A Title the print never shows (a file name, a word processor's) is no title.
    ['ロゴ', 'Microsoft Word - 20250512_お知らせ最終版.docx', PRINTED, 'ロゴ'],
    ['不正アクセスに関するお知らせ', '別件の障害についてのお知らせとお詫び', '不正アクセスに関するお知らせ\n本文', '不正アクセスに関するお知らせ'],
    [null, null, PRINTED, null],
    // No title printed (the page's heading is the site's name): a web page's Title, the release's part beside the
    // site's name, gives it; a word processor's Title, a Title without a site's part or naming no notice, does not.
    [null, 'サイバー攻撃を受けたことによる お客様情報等の外部漏えいの可能性について｜株式会社サンプル', PRINTED, 'サイバー攻撃を受けたことによる お客様情報等の外部漏えいの可能性について'],
    [null, 'Microsoft Word - 20250512_お知らせ最終版.docx', PRINTED, null],
    // The head's title is the Title's start, the print going on with the rest below it (its wrapped line read apart).
    ['【重要】弊社ネットワークへの不正アクセス', '【重要】弊社ネットワークへの不正アクセスに関するご報告 | 株式会社サンプル', '## 【重要】弊社ネットワークへの不正アクセス\n\nに関するご報告 ホーム｜医院紹介\n本文', '【重要】弊社ネットワークへの不正アクセスに関するご報告'],
    ['【重要】弊社ネットワークへの不正アクセス', '【重要】弊社ネットワークへの不正アクセスに関するご報告 | 株式会社サンプル', '## 【重要】弊社ネットワークへの不正アクセス\n\n本文', '【重要】弊社ネットワークへの不正アクセス'],
    [null, '別件の障害についてのお知らせとお詫び', PRINTED, null],
    [null, '会社案内・事業所一覧｜株式会社サンプル', PRINTED, null],
    // A short Title (its bare date off) printed as a heading of its own under a logo's placeholder: the entry's title.
    ['ロゴ', '2025年5月22日　表題記載なし', '## ロゴ\n\n学会からのお知らせと活動記録\n\n### 表題記載なし\n\n本文です。', '表題記載なし'],
    [null, '2025年5月22日　表題記載なし', '学会からのお知らせと活動記録\n\n### 表題記載なし\n\n本文です。', '表題記載なし'],
    // negative: printed only inside a line (no heading of its own), a head with a title of its own, a label's length.
    ['ロゴ', '2025年5月22日　表題記載なし', '## ロゴ\n\n表題記載なしのお知らせです。', 'ロゴ'],
    ['不正アクセスに関するお知らせ', '2025年5月22日　ご報告です', '## 不正アクセスに関するお知らせ\n\n### ご報告です\n\n本文です。', '不正アクセスに関するお知らせ'],
    ['ロゴ', '2025年5月22日　概要', '## ロゴ\n\n### 概要\n\n本文です。', 'ロゴ'],
    // A heading closed by the page's date in brackets the Title leaves out: the title is the words before it; a Title that
    // carries the date too keeps it the title's.
    ['サイバー攻撃によるシステム障害発生のお知らせとお詫び（2026年1月22日）', 'サイバー攻撃によるシステム障害発生のお知らせとお詫び', PRINTED, 'サイバー攻撃によるシステム障害発生のお知らせとお詫び'],
    ['不正アクセス発生に関するお知らせ（2025/12/8）', '不正アクセス発生に関するお知らせ（2025/12/8） | 株式会社サンプル', PRINTED, '不正アクセス発生に関するお知らせ（2025/12/8）'],
    ['不審な認証画面の表示について（2026年6月8日更新）', '不審な認証画面の表示について', PRINTED, '不審な認証画面の表示について（2026年6月8日更新）'],
  ])('head %s, Title %s → %s', (head, documentTitle, printed, title) => {
    expect(titleOfDocument(head, documentTitle, printed)).toBe(title);
  });
});

describe('withoutTitleHeading: the title printed again as a heading atop the text goes with the head', () => {
  const TITLE = '芸術文化ホール利用者の個人情報漏えいのおそれについて';
  const SENTENCE = '標記の件について、受託者から報告があったことから、以下のとおりお知らせします。';
  test.each<[string, string, string]>([
    ['under the site\'s section label, a byline after it', `ニュース・トピックス\n\n### ${TITLE}\n\n投稿者: 広報担当\n\n${SENTENCE}`, `ニュース・トピックス\n\n投稿者: 広報担当\n\n${SENTENCE}`],
    ['spaced otherwise', `## 芸術文化ホール利用者の 個人情報漏えいのおそれについて\n\n${SENTENCE}`, SENTENCE],
    // negative: a heading below the first sentence, another heading, or the title as a sentence of the text stays
    ['a heading under the first sentence (negative)', `${SENTENCE}\n\n### ${TITLE}`, `${SENTENCE}\n\n### ${TITLE}`],
    ['another heading (negative)', `### 事案概要\n\n${SENTENCE}`, `### 事案概要\n\n${SENTENCE}`],
    ['the title as a line of text (negative)', `${TITLE}\n\n${SENTENCE}`, `${TITLE}\n\n${SENTENCE}`],
    // The heading printed with the page's date before the title: it goes too (its date is the page's).
    ['the title with its date in brackets before it', `ホーム > お知らせ\n\n### 【2025年4月16日】${TITLE}\n\n${SENTENCE}`, `ホーム > お知らせ\n\n${SENTENCE}`],
  ])('%s', (_, text, expected) => {
    expect(withoutTitleHeading(text, TITLE)).toBe(expected);
  });
});

describe('titleHeadingDate: the date the title\'s heading prints before it', () => {
  const TITLE = '卒業アルバムに掲載された情報の漏えいのおそれについて';
  const SENTENCE = '標記の件について、受託者から報告があったことから、以下のとおりお知らせします。';
  test.each<[string, string, string | null]>([
    ['a date in brackets', `### 【2025年4月16日】${TITLE}\n\n${SENTENCE}`, '2025-04-16'],
    ['a dotted date in round brackets', `## (2025.04.16) ${TITLE}\n\n${SENTENCE}`, '2025-04-16'],
    // negative: the title alone, a day in the headline's own words, another heading's date, a heading under the first sentence
    ['the title alone (negative)', `### ${TITLE}\n\n${SENTENCE}`, null],
    ['a date of the headline\'s words (negative)', `### 【2025年4月1日施行】${TITLE}\n\n${SENTENCE}`, null],
    ['another heading\'s date (negative)', `### 【2025年4月16日】事案の概要\n\n${SENTENCE}`, null],
    ['under the first sentence (negative)', `${SENTENCE}\n\n### 【2025年4月16日】${TITLE}`, null],
  ])('%s', (_, text, date) => {
    expect(titleHeadingDate(text, TITLE)).toBe(date);
  });
});

test.each([
  ['医療法人社団サンプルSKYファミリ ークリニック', '医療法人社団サンプルSKYファミリークリニック'],
  ['株式会社サンプルシ ョップ', '株式会社サンプルショップ'],
  // negative: a space before a word's start, or after a Latin letter, stays
  ['株式会社 サンプル', '株式会社 サンプル'],
  ['Sample ーLab', 'Sample ーLab'],
  [null, null],
] as [string | null, string | null][])('withoutWrapSpace %j', (name, expected) => {
  expect(withoutWrapSpace(name)).toBe(expected);
});

// A page that dropped no side column, before one that did, is read again with those columns; the reading is kept
// when it drops something.
test.each([
  ['a side bar told on page 2', [[5, 0], [8, 1]], [3, 5], [3, 8]],
  ['the second reading drops nothing (negative)', [[5, 0], [8, 1]], [5, 5], [5, 8]],
  ['page 1 dropped a column of its own (negative)', [[5, 1], [8, 1]], [3, 5], [5, 8]],
  ['no side bar on page 2 (negative)', [[5, 0], [8, 0]], [3, 5], [5, 8]],
] as [string, [number, number][], number[], number[]][])('rereadBeforeSideBars: %s', (_label, pages, again, expected) => {
  const column = { left: 300, right: 400, wide: false };
  const read = pages.map(([lines, columns]) => ({ lines: new Array(lines).fill(0), columns: new Array(columns).fill(column) }));
  rereadBeforeSideBars(read, (k, columns) => (columns.length > 0 ? new Array(again[k]).fill(0) : []));
  expect(read.map((p) => p.lines.length)).toEqual(expected);
});

describe('clippedNameEnd: a site\'s name whose long vowel the print clipped, as the text writes it', () => {
  test.each<[string, string | null, string, string | null]>([
    ['the text writes the name on with ー', '株式会社ひだまりテクノセンタ', '本件に関するお問い合わせ先\n（株）ひだまりテクノセンター', '株式会社ひだまりテクノセンター'],
    ['the text writes it without ー too (negative)', '株式会社ひだまりテクノセンタ', '（株）ひだまりテクノセンター\nひだまりテクノセンタ株式会社', '株式会社ひだまりテクノセンタ'],
    ['the text does not name it (negative)', '株式会社ひだまりテクノセンタ', '当社サーバーが不正アクセスを受けました。', '株式会社ひだまりテクノセンタ'],
    ['a name ending in kanji (negative)', '見本市', '見本市ー', '見本市'],
    ['no name', null, 'テキスト', null],
  ])('%s', (_, name, text, expected) => {
    expect(clippedNameEnd(name, text)).toBe(expected);
  });
});

// The page's date: the head's date line, unless it is an update line (「更新日：2025/08/12」 under the title): then the
// Title's date (Chromium's header prints 「【2025年2月6日】…」), a byline, a publication line come first, and the update's
// date only when none gives one.
test.each([
  ['an update line, the Title dated', { date: '2025-04-01', updated: true }, ['2025-02-06', null], '2025-02-06'],
  ['an update line, a publication line under the text', { date: '2025-04-01', updated: true }, [null, '2025-02-06'], '2025-02-06'],
  ['an update line and nothing else', { date: '2025-04-01', updated: true }, [null, null], '2025-04-01'],
  // Negative cases: a publication line in the head wins over the Title's date; no head date at all.
  ['a publication line, the Title dated otherwise', { date: '2025-04-01', updated: false }, ['2025-02-06', null], '2025-04-01'],
  ['no head date', { date: null, updated: false }, [null, '2025-02-06'], '2025-02-06'],
  ['no date anywhere', { date: null, updated: false }, [null, null], null],
] as [string, { date: string | null; updated: boolean }, (string | null)[], string | null][])('pageDate: %s', (_label, head, later, expected) => {
  expect(pageDate(head, ...later.map((d) => () => d))).toBe(expected);
});

describe('soleCopyrightHolder: the footer\'s copyright holder in any form, where no other place of the print names the site', () => {
  const lines = (texts: string[]): PdfLine[] =>
    texts.map((text, k) => ({ page: 1, items: [], x: 40, right: 400, y: 700 - k * 16, size: 10, cells: [text], cellX: [40], position: k / 40, spaceBefore: false, spaceAfter: false }) as unknown as PdfLine);
  const RELEASE = '当社サーバーが第三者による不正アクセスを受けました。';
  test.each([
    // pages-z wpsnow: a group's name with no legal form, the footer logo's alt text 「フッターロゴ」 above it
    ['a group\'s name without a legal form', [RELEASE, 'フッターロゴ', 'おかげさまで開業70周年', 'Copyright © サンプルグループ All Rights Reserved.'], RELEASE, 'サンプルグループ'],
    ['the last of two copyright lines', [RELEASE, '© 2025 見本ネット', 'Copyright © 2026 サンプルクリニック'], RELEASE, 'サンプルクリニック'],
    // not a name: a brand in Latin letters, a section's label, an image's description, a phrase, the release's own line
    ['a Latin brand (negative)', [RELEASE, 'Copyright © 2026 SAMPLE All Rights Reserved.'], RELEASE, null],
    ['a section\'s label (negative)', [RELEASE, 'Copyright © 2025 ニュースリリース'], RELEASE, null],
    ['an image\'s description (negative)', [RELEASE, '© フッターロゴ'], RELEASE, null],
    ['a holderless line (negative)', [RELEASE, 'Copyright © All Rights Reserved.'], RELEASE, null],
    ['a copyright line of the release\'s own text (negative)', [RELEASE, '© 2026 サンプルグループ'], `${RELEASE}\n© 2026 サンプルグループ`, null],
  ])('%s', (_label, texts, text, name) => {
    expect(soleCopyrightHolder(lines(texts), text)).toBe(name);
  });
});

describe('homeLinkTexts: the words a tagged print\'s home links print', () => {
  // Nodes: 0 Document, 1 Link (home), 2 Span in it, 3 Link (elsewhere), 4 P.
  const nodes = [
    { role: 'Document', parent: -1 },
    { role: 'Link', parent: 0, home: true },
    { role: 'Span', parent: 1 },
    { role: 'Link', parent: 0 },
    { role: 'P', parent: 0 },
  ];
  const item = (str: string, tag?: number) => ({ str, x: 0, y: 0, width: 10, size: 10, ...(tag === undefined ? {} : { tag }) });
  test.each([
    // A name wrapped inside the link (「…ニッセイ・ウ」 over 「ェルス…」) is joined again, the kid's runs with it.
    ['a home link wrapped over two lines', [[item('サンプル生命保険相互会社、見本・ウ', 1), item('ェルス生命保険株式会社 トップ', 2), item('weblog トップ', 3), item('本文です。', 4)]], ['サンプル生命保険相互会社、見本・ウェルス生命保険株式会社 トップ']],
    // A header fixed to the window prints on every page: its link's words once.
    ['a fixed header\'s home link on two pages', [[item('一般社団法人サンプル学会', 1), item('本文です。', 4)], [item('一般社団法人サンプル学会', 1)]], ['一般社団法人サンプル学会']],
    ['a link elsewhere and untagged text (negative)', [[item('株式会社サンプル トップ', 3), item('株式会社サンプル トップ')]], []],
  ])('%s', (_label, pages, texts) => {
    expect(homeLinkTexts(pages, nodes)).toEqual(texts);
  });
});

/** A print's line as the head's reading is given it (only its cells are read). */
const headLine = (text: string) => ({ cells: [text] }) as unknown as PdfLine;

describe('withoutTreeHead: what the header\'s reading left of a tagged print\'s head is no text of the release\'s', () => {
  const HEAD = ['ロゴ', '元気な子どもたちを育てます', 'オンライン状況', '16 人のユーザが現在オンラインです。 (11 人のユーザが お知らせ を参照しています。)', '登録ユーザ: 0', 'ゲスト: 198', '団員数', '154名'].map(headLine);
  const BODY = '平素より弊社サービスをご利用いただき、誠にありがとうございます。\n\n当社では本事案把握後、速やかに報告いたしました。';
  test.each([
    ['a side column stacked over the article', 'ロゴ\n\n元気な子どもたちを育てます\n\nオンライン状況\n\n16 人のユーザが現在オンラインです。 (11 人のユーザが お知らせ を参照しています。)\n\n登録ユーザ: 0\nゲスト: 198\n\n#### 団員数\n\n154名\n\n' + BODY, HEAD, BODY],
    // What the header's reading took already (the logo's name and tagline) leaves the rest to go.
    ['the rest after the header\'s reading', 'オンライン状況\n\n16 人のユーザが現在オンラインです。 (11 人のユーザが お知らせ を参照しています。)\n\n登録ユーザ: 0\nゲスト: 198\n\n' + BODY, HEAD, BODY],
    // Not so: no head in the tree, a text whose first line is no head's, head lines out of their order.
    ['no head', 'オンライン状況\n\n' + BODY, [], 'オンライン状況\n\n' + BODY],
    ['a first line of the release\'s', BODY, HEAD, BODY],
    ['the head\'s lines out of order stop at the first', '団員数\n\nオンライン状況\n\n' + BODY, HEAD, 'オンライン状況\n\n' + BODY],
  ] as [string, string, PdfLine[], string][])('%s', (_label, text, head, expected) => {
    expect(withoutTreeHead(text, head)).toBe(expected);
  });
});

describe('withoutDatelessByline: an entry\'s byline with no date opening the text is the head\'s', () => {
  const BODY = '美濃見本株式会社が受けたサイバー攻撃について、調査結果をお知らせいたします。';
  test.each([
    ['投稿者: webmaster', ''],
    ['by 院長', ''],
    ['投稿者 : 広報部 投稿日時 : (9,572 ヒット)', ''],
    // Not so: a byline with its date (the head's reading's), a label that is no byline's, a byline further down.
    ['投稿者: webmaster 日時: 2025年11月3日', '投稿者: webmaster 日時: 2025年11月3日\n\n'],
    ['担当者: 総務課', '担当者: 総務課\n\n'],
    ['by the way 〜 当社のお知らせです', 'by the way 〜 当社のお知らせです\n\n'],
  ])('%s', (line, kept) => {
    expect(withoutDatelessByline(`${line}\n\n${BODY}`)).toBe(kept + BODY);
  });
  test('a byline after the first line stays', () => {
    expect(withoutDatelessByline(`${BODY}\n\n投稿者: webmaster`)).toBe(`${BODY}\n\n投稿者: webmaster`);
  });
});
