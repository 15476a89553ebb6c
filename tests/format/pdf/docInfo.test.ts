import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { documentFacts, headingMarks, headingMarksOf, pdfTextString, structureOf } from '../../../src/format/pdf/docInfo.js';
import { PdfFile } from '../../../src/format/pdf/objects.js';
import { buildPdf, stream } from '../pdfBuilder.js';
import { dropTitleHeader } from '../../../src/format/pdf.js';
import type { PdfLine } from '../../../src/format/pdf/types.js';

const utf16 = (s: string) => '\u00fe\u00ff' + [...Buffer.from(s, 'utf16le').swap16()].map((b) => String.fromCharCode(b)).join('');

describe('pdfTextString: a PDF text string', () => {
  test.each([
    ['UTF-16BE with its byte-order mark', utf16('株式会社サンプル'), '株式会社サンプル'],
    ['UTF-8 with its own', '\u00ef\u00bb\u00bf' + Buffer.from('サンプル市', 'utf8').toString('latin1'), 'サンプル市'],
    ['PDFDocEncoding (ASCII)', 'Microsoft Word - notice.docx', 'Microsoft Word - notice.docx'],
    ['control characters and runs of space fold to one space', utf16('お知らせ\n\n｜ Ａ社'), 'お知らせ ｜ Ａ社'],
    ['an empty string', '', ''],
  ])('%s', (_label, bytes, text) => {
    expect(pdfTextString(bytes)).toBe(text);
  });
});

const open = (path: string) => {
  const file = new PdfFile(new Uint8Array(readFileSync(path)), 64 * 1024 * 1024, () => new Error('bomb'));
  return documentFacts(file, file.pages(10, () => new Error('pages'))[0]!.dict);
};

describe('documentFacts: the Title and the logo a printed page keeps (fixtures/pages-j, Chromium\'s tagged PDFs)', () => {
  test.each([
    // The logo: a figure in the link to the site's home, its alt text a name.
    ['fixtures/pages-j/pdf/divs-j01.pdf', '情報セキュリティインシデント発生に関するお詫びとお知らせ', 'ツネイシホールディングス株式会社'],
    ['fixtures/pages-j/pdf/mt-j12.pdf', '不正アクセスによる個人情報漏えいの可能性に関するお詫びとお知らせ | ニュースリリース', '株式会社トータルマリアージュサポート'],
    // A logo whose alt text names no one (「ホーム」) is no name; the Title keeps the <title> whole.
    ['fixtures/pages-j/pdf/next-j05.pdf', '【2026年3月25日】【重要】当社メールアカウントへの不正アクセス発生のお知らせ | 株式会社 ティ・アイ・ディ', null],
    ['fixtures/pages-j/pdf/mt-j07.pdf', '【2025年9月30日】不正メールへの注意喚起について | お知らせ', null],
    // The page's first figure in no link: an old layout's header band (fixtures/pages-o), a WordPress logo box.
    ['fixtures/pages-o/pdf/sjistable-o08.pdf', undefined, '三重県'],
    ['fixtures/pages-o/pdf/wpblock-o10.pdf', undefined, '株式会社オフィスバスターズ'],
    // A document made by LibreOffice: no structure tree.
    ['fixtures/seed-tokai-3rd.pdf', undefined, null],
  ])('%s', (path, title, logo) => {
    const facts = open(path);
    if (title !== undefined) expect(facts.title).toBe(title);
    expect(facts.logo).toBe(logo);
  });
});

/** A PDF text string as hex, UTF-16BE with its byte-order mark. */
const hex16 = (s: string) => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex')}>`;

/**
 * A one-page tagged PDF whose Document element holds `kids`: 「fig:ALT」 a figure, 「link:URI:ALT」 a figure in a
 * link to URI (its annotation an OBJR kid of the Link element, as Chromium writes it).
 */
function taggedPdf(kids: string[]): PdfFile {
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '',
    '<< /Type /StructTreeRoot /K 6 0 R >>',
    '',
  ];
  const refs: string[] = [];
  for (const kid of kids) {
    const [kind, ...rest] = kid.split(':');
    const alt = rest.pop()!;
    const figure = objects.push(`<< /Type /StructElem /S /Figure /P 6 0 R /Pg 3 0 R /Alt ${hex16(alt)} /K 0 >>`);
    if (kind === 'fig') {
      refs.push(`${figure} 0 R`);
      continue;
    }
    const annot = objects.push(`<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (${rest.join(':')}) >> >>`);
    refs.push(`${objects.push(`<< /Type /StructElem /S /Link /P 6 0 R /Pg 3 0 R /K [<< /Type /OBJR /Obj ${annot} 0 R >> ${figure} 0 R] >>`)} 0 R`);
  }
  objects[5] = `<< /Type /StructElem /S /Document /P 5 0 R /K [${refs.join(' ')}] >>`;
  const bytes = buildPdf(objects.map((o, i) => (i === 3 ? stream('') : o)));
  return new PdfFile(new Uint8Array(bytes), 64 * 1024 * 1024, () => new Error('bomb'));
}

describe('documentFacts: the logo among a tagged page\'s figures', () => {
  test.each([
    ['a figure in the link to the site\'s home', ['link:https://www.example.jp/:株式会社サンプル'], '株式会社サンプル'],
    // The page's first figure in no link (a header band's logo, a logo box): its alt text when it reads as a name.
    ['the first figure, in no link', ['fig:三重県', 'fig:株式会社ほか'], '三重県'],
    ['the home link\'s figure before the first figure in no link', ['fig:株式会社ほか', 'link:https://www.example.jp/:株式会社サンプル'], '株式会社サンプル'],
    // negative: the first figure in a link elsewhere is a banner; one whose alt text names no one is no logo
    ['the first figure in a link to another site (negative)', ['link:https://www.ppc.go.jp/news/:個人情報保護委員会', 'fig:株式会社ほか'], null],
    ['the first figure\'s alt text names no one (negative)', ['fig:ロゴ', 'fig:株式会社ほか'], null],
    ['the home link\'s figure names no one (negative)', ['fig:株式会社ほか', 'link:https://www.example.jp/:ホーム'], null],
  ])('%s', (_label, kids, logo) => {
    const file = taggedPdf(kids);
    expect(documentFacts(file, file.pages(10, () => new Error('pages'))[0]!.dict).logo).toBe(logo);
  });
});

const line = (cells: string[], position: number): PdfLine =>
  ({ page: 1, items: [], x: 20, right: 560, y: 800 - position * 800, size: 8, cells, cellX: cells.map((_, k) => 20 + k * 200), position, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine;

describe('dropTitleHeader: the browser\'s header line that prints the document\'s Title', () => {
  const TITLE = '【2026年6月24日】当社海外子会社におけるランサムウェア被害に関するお知らせ（第１報） | ニデック株式会社';
  test.each([
    ['the print time and the Title cut short, atop the page', line(['12/6/26, 6:48 AM', '【2026年6月24日】当社海外子会社におけるランサムウェア被害に関するお知らせ（第１報） | ニ…'], 0.03), false],
    ['a 24-hour time', line(['2026/12/05 10:00', '【2026年6月24日】当社海外子会社におけるランサムウェア被害に関するお知らせ（第１報）'], 0.97), false],
    // The release's own title at the top, without the print time, stays; so does a dated line that is not the Title.
    ['the title alone (negative)', line(['当社海外子会社におけるランサムウェア被害に関するお知らせ（第１報）'], 0.05), true],
    ['a time beside other words (negative)', line(['12/6/26, 6:48 AM', '新着情報'], 0.03), true],
    ['the header\'s words in the page\'s middle (negative)', line(['12/6/26, 6:48 AM', '【2026年6月24日】当社海外子会社におけるランサムウェア被害'], 0.5), true],
  ])('%s', (_label, l, kept) => {
    expect(dropTitleHeader([l], TITLE).length).toBe(kept ? 1 : 0);
  });

  test('no Title, nothing dropped', () => {
    expect(dropTitleHeader([line(['12/6/26, 6:48 AM', '【2026年6月24日】当社海外子会社'], 0.03)], null).length).toBe(1);
  });
});

describe('headingMarks: what a tagged PDF\'s structure tree puts under H1–H6', () => {
  const marks = (path: string) => {
    const file = new PdfFile(new Uint8Array(readFileSync(path)), 64 * 1024 * 1024, () => new Error('bomb'));
    const first = file.pages(10, () => new Error('pages'))[0]!.dict;
    return [...(headingMarks(file).get(first) ?? [])].length;
  };
  test.each([
    // Chromium tags a document's headings (set at body size in Type 3 fonts that say no weight)
    ['fixtures/pages-j/doc/j15.pdf', true],
    // negative: an untagged PDF has none
    ['fixtures/seed-tokai-3rd.pdf', false],
  ])('%s', (path, some) => {
    expect(marks(path) > 0).toBe(some);
  });
});

describe('headingMarksOf: the same heading marks from the structure tree once read', () => {
  const open = (path: string) => new PdfFile(new Uint8Array(readFileSync(path)), 64 * 1024 * 1024, () => new Error('bomb'));
  const sorted = (marks: Map<unknown, Set<number>>) => [...marks.values()].map((set) => [...set].sort((a, b) => a - b));
  test.each([
    ['fixtures/pages-j/doc/j15.pdf'],
    ['fixtures/pages-l/doc/l22.pdf'],
    ['fixtures/pages-l/pdf/wpblock-l01.pdf'],
  ])('%s: as headingMarks walks them', (path) => {
    const structure = structureOf(open(path));
    expect(structure).not.toBeNull();
    const once = sorted(headingMarksOf(structure!));
    expect(once.flat().length).toBeGreaterThan(0);
    expect(once).toEqual(sorted(headingMarks(open(path))));
  });
});
