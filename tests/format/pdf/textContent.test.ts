import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { extractPdf, extractWithPdfjs, readOwn } from '../../../src/format/pdf.js';
import { PdfFile, Unsupported } from '../../../src/format/pdf/objects.js';
import { PDF_OPS } from '../../../src/format/pdf/contentStream.js';
import { rulingSegments, type Segment } from '../../../src/format/pdf/rules.js';
import { FontCache, readPageText, type RawItem } from '../../../src/format/pdf/textContent.js';
import { FIXTURES } from '../../helpers.js';
import { buildPdf, cmapPdf, hex, stream, toUnicodeCMap, toUnicodePage } from '../pdfBuilder.js';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

/** The first page's items read without pdf.js. */
function ownItems(bytes: Uint8Array): RawItem[] {
  const file = new PdfFile(bytes, 1 << 30, () => new Error('too large'));
  const [page] = file.pages(10, () => new Error('too many'));
  return readPageText(file, page!, new FontCache(file)).items;
}

/** The first page's items from pdf.js's getTextContent, in the same shape. */
async function pdfjsItems(bytes: Uint8Array): Promise<RawItem[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true, isEvalSupported: false, useSystemFonts: false }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  await doc.destroy();
  return content.items.flatMap((i) => ('str' in i ? [{ str: i.str, width: i.width, height: i.height, transform: i.transform as number[] }] : []));
}

/** The first page's ruling segments: from the own reader's operators, and from pdf.js's getOperatorList. */
function ownSegments(bytes: Uint8Array): Segment[] {
  const file = new PdfFile(bytes, 1 << 30, () => new Error('too large'));
  const [page] = file.pages(10, () => new Error('too many'));
  return rulingSegments(readPageText(file, page!, new FontCache(file)).operators, PDF_OPS);
}
async function pdfjsSegments(bytes: Uint8Array): Promise<Segment[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true, isEvalSupported: false, useSystemFonts: false }).promise;
  const list = await (await doc.getPage(1)).getOperatorList();
  await doc.destroy();
  return rulingSegments(list, pdfjs.OPS as unknown as Record<string, number>);
}

const rounded = (items: RawItem[]) => items.map((i) => ({ str: i.str, width: +i.width.toFixed(6), height: +i.height.toFixed(6), transform: i.transform.map((x) => +x.toFixed(6)) }));

const TEXT = '当社は不正アクセスを受けました。顧客情報 1,234件 (氏名・住所) ABC def';

describe('marked content under a heading: its text counts as set apart (bold), as a tagged PDF\'s structure tree says', () => {
  /** The first page's items, with the marked-content ids the structure tree puts under a heading. */
  function headingItems(bytes: Uint8Array, headings: number[]): { str: string; bold: boolean }[] {
    const file = new PdfFile(bytes, 1 << 30, () => new Error('too large'));
    const [page] = file.pages(10, () => new Error('too many'));
    return readPageText(file, page!, new FontCache(file), new Set(headings)).items.map((i) => ({ str: i.str, bold: i.bold === true }));
  }
  const H = hex('氏名');
  const P = hex('住所');
  test.each([
    ['an MCID under a heading, inline properties', `BT /F1 10 Tf 72 700 Td /H2 << /MCID 0 >> BDC ${H} Tj EMC 0 -14 Td /P << /MCID 1 >> BDC ${P} Tj EMC ET`, [0], [true, false]],
    ['an MCID under a heading, named in the resources\' /Properties', `BT /F1 10 Tf 72 700 Td /H2 /MC0 BDC ${H} Tj EMC 0 -14 Td ${P} Tj ET`, [3], [true, false]],
    ['a sequence nested in the heading\'s', `BT /F1 10 Tf 72 700 Td /H2 << /MCID 0 >> BDC /Span BMC ${H} Tj EMC EMC 0 -14 Td ${P} Tj ET`, [0], [true, false]],
    // negative: an MCID the tree puts under no heading, and a file with no heading marks
    ['an MCID under no heading', `BT /F1 10 Tf 72 700 Td /P << /MCID 1 >> BDC ${H} Tj EMC ET`, [0], [false]],
    ['no heading marks at all', `BT /F1 10 Tf 72 700 Td /H2 << /MCID 0 >> BDC ${H} Tj EMC ET`, [], [false]],
  ])('%s', (_label, ops, headings, bold) => {
    const bytes = toUnicodePage(ops, '氏名住所', { resources: '/Properties << /MC0 << /MCID 3 >> >> ' });
    expect(headingItems(bytes, headings).filter((i) => i.str.trim() !== '').map((i) => i.bold)).toEqual(bold);
  });
});

describe('text operators: the same items as pdf.js getTextContent gives', () => {
  test.each([
    ['Tf Td Tj', `BT /F1 11 Tf 72 760 Td ${hex('当社は不正アクセスを受けました。')} Tj ET`],
    ['Tm, then T* with TL', `BT /F1 10.5 Tf 14 TL 1 0 0 1 72 700 Tm ${hex('顧客情報')} Tj T* ${hex('1,234件')} Tj ET`],
    ['TD sets the leading that T* then uses', `BT /F1 10 Tf 72 700 Td 0 -15 TD ${hex('氏名')} Tj T* ${hex('住所')} Tj ET`],
    ["' and \" move to the next line; \" sets word and character spacing", `BT /F1 10 Tf 12 TL 72 700 Td ${hex('氏名')} ' 2 1 ${hex('ABC def')} " ET`],
    ['TJ: a small kern stays in the word, a wide one becomes a space item', `BT /F1 10 Tf 72 700 Td [${hex('AB')} -50 ${hex('C')} -900 ${hex('def')} -4000 ${hex('氏名')}] TJ ET`],
    ['Tc character spacing and Tw word spacing on a space', `BT /F1 10 Tf 2 Tc 5 Tw 72 700 Td ${hex('ABC def')} Tj ET`],
    ['Tz horizontal scaling and Ts rise', `BT /F1 10 Tf 50 Tz 3 Ts 72 700 Td ${hex('顧客情報')} Tj ET`],
    ['a glyph per Td, as Chromium draws them', `BT /F1 11 Tf 1 0 0 -1 0 1008 Tm ${hex('当')} Tj 11 0 Td ${hex('社')} Tj 11 0 Td ${hex('は')} Tj 30 0 Td ${hex('不')} Tj ET`],
    ['cm scales and flips the page, q/Q restore it', `q .75 0 0 -.75 0 792 cm BT /F1 14 Tf 1 0 0 -1 10 40 Tm ${hex('氏名')} Tj ET Q BT /F1 10 Tf 72 600 Td ${hex('住所')} Tj ET`],
    ['marked content splits items (BDC … EMC)', `BT /F1 10 Tf 72 700 Td /Span << /ActualText (x) >> BDC ${hex('氏名')} Tj EMC ${hex('住所')} Tj ET`],
    ['text outside the page is skipped', `BT /F1 10 Tf 900 700 Td ${hex('氏名')} Tj ET BT /F1 10 Tf 72 700 Td ${hex('住所')} Tj ET`],
    ['a line below the last starts a new item', `BT /F1 10 Tf 72 700 Td ${hex('氏名')} Tj 0 -14 Td ${hex('住所')} Tj ET`],
    ['a rotated run', `BT /F1 10 Tf 0 1 -1 0 300 300 Tm ${hex('氏名住所')} Tj ET`],
    ['code 0, which the ToUnicode map lacks (Chromium\'s list bullet), reads as U+0000', `BT /F1 10 Tf 72 700 Td ${hex('\u0000')} Tj 14 0 Td ${hex('氏名')} Tj ET`],
  ])('%s', async (_label, ops) => {
    const bytes = toUnicodePage(ops, TEXT, { w: '32 [250] 44 [250 333 250] 48 [500 500 500 500 500] 65 [600 600 600] 100 [500 500 500]' });
    expect(rounded(ownItems(bytes))).toEqual(rounded(await pdfjsItems(bytes)));
  });

  test.each([
    ['the default width (DW) for codes /W does not list', '', 1000, 3 * 11],
    ['/W `c [w1 w2 …]` entries', `${0x6c0f} [500 600 700]`, 1000, (500 + 600 + 700) / 1000 * 11],
    ['/W `c_first c_last w` entries', `${0x6c0f} ${0x6c11} 800`, 1000, 3 * 0.8 * 11],
    ['a DW of 880', '', 880, 3 * 0.88 * 11],
  ])('widths: %s', (_label, w, dw, width) => {
    const bytes = toUnicodePage(`BT /F1 11 Tf 72 700 Td ${hex('\u6c0f\u6c10\u6c11')} Tj ET`, '\u6c0f\u6c10\u6c11', { w, dw });
    const [item] = ownItems(bytes);
    expect(item!.str).toBe('\u6c0f\u6c10\u6c11');
    expect(item!.width).toBeCloseTo(width, 6);
    expect(item!.transform.slice(4)).toEqual([72, 700]);
  });
});

/** A form XObject (object 9 on): its content, and more of its dictionary (/Matrix, /Resources, /Group). */
const form = (content: string, dict = '') => stream(content, `/Type /XObject /Subtype /Form /BBox [0 0 595 842] ${dict}`);
const formPage = (ops: string, forms: Uint8Array[], xobjects = '/Fm1 9 0 R') =>
  toUnicodePage(ops, TEXT, { w: '32 [250] 65 [600 600 600]', resources: `/XObject << ${xobjects} >> `, objects: forms });

describe('form XObjects: the same items and rules as pdf.js gives', () => {
  const text = (x: number, y: number, s: string) => `BT /F1 10 Tf ${x} ${y} Td ${hex(s)} Tj ET`;
  test.each([
    ['a form with text between the page\'s text', formPage(`${text(72, 720, '当社は')} /Fm1 Do ${text(72, 690, '顧客情報')}`, [form(text(72, 705, '不正アクセス'))])],
    ['a form continuing the page\'s line: the items split at the form', formPage(`BT /F1 10 Tf 72 700 Td ${hex('氏名')} Tj ET /Fm1 Do`, [form(text(92, 700, '住所'))])],
    ['a form with a /Matrix: its text scaled and moved', formPage(`${text(72, 720, '当社は')} /Fm1 Do`, [form(text(10, 10, '顧客情報'), '/Matrix [2 0 0 2 100 300] ')])],
    ['a form under cm and q: the matrix on the current CTM, the page\'s state after it unchanged', formPage(`q 1 0 0 1 0 -100 cm /Fm1 Do Q ${text(72, 600, '住所')}`, [form(`1 0 0 1 5 5 cm ${text(72, 700, '氏名')}`, '/Matrix [1 0 0 1 20 0] ')])],
    ['a form using the font the page set (its state is a copy of the page\'s)', formPage(`BT /F1 12 Tf 72 700 Td ${hex('氏名')} Tj /Fm1 Do ${hex('住所')} Tj ET`, [form(`BT 72 650 Td ${hex('顧客情報')} Tj ET`)])],
    ['a form with resources of its own (its font under another name)', formPage(`${text(72, 720, '当社は')} /Fm1 Do`, [form(`BT /G7 10 Tf 72 700 Td ${hex('氏名')} Tj ET`, '/Resources << /Font << /G7 5 0 R >> >> ')])],
    ['a form in a form, each with a matrix', formPage('/Fm1 Do', [form(`${text(72, 700, '氏名')} /Fm2 Do`, '/Matrix [1 0 0 1 0 -50] /Resources << /Font << /F1 5 0 R >> /XObject << /Fm2 10 0 R >> >> '), form(text(72, 700, '住所'), '/Matrix [0.5 0 0 0.5 10 10] ')])],
    ['a form drawn twice', formPage('/Fm1 Do 1 0 0 1 0 -40 cm /Fm1 Do', [form(text(72, 700, '氏名'))])],
    ['an empty form drawn twice, then one with text', formPage('/Fm1 Do /Fm2 Do /Fm1 Do', [form('0 0 m 10 0 l S'), form(text(72, 700, '氏名'))], '/Fm1 9 0 R /Fm2 10 0 R')],
    ['a form whose text fell outside the page, drawn again inside it: its text skipped as pdf.js skips it', formPage('q 1 0 0 1 1000 0 cm /Fm1 Do Q /Fm1 Do', [form(text(72, 700, '氏名'))])],
    ['an empty Flate form (/Length 0, as Chromium writes one) between the page\'s text', formPage(`${text(72, 720, '当社は')} /Fm1 Do ${text(72, 690, '氏名')}`, [form('', '/Filter /FlateDecode ')])],
    ['an image beside a form', formPage('/Im1 Do /Fm1 Do', [form(text(72, 700, '氏名')), stream('\x00', '/Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray ')], '/Fm1 9 0 R /Im1 10 0 R')],
  ])('text: %s', async (_label, bytes) => {
    expect(readOwn(bytes, 'x.pdf')).not.toBeNull();
    expect(rounded(ownItems(bytes))).toEqual(rounded(await pdfjsItems(bytes)));
  });

  test.each([
    ['a form with only a rectangle rule', formPage(`${text(72, 700, '氏名')} /Fm1 Do`, [form('0 0 0 rg 72 600 300 0.75 re f')]), 1],
    ['a form with a /Matrix moving its rules', formPage('/Fm1 Do', [form('72 600 300 0.75 re f 72 500 m 372 500 l S', '/Matrix [1 0 0 1 10 -20] ')]), 2],
    ['a form with a transparency group (pdf.js passes no bbox then)', formPage('q 1 0 0 1 0 50 cm /Fm1 Do Q 72 400 300 0.75 re f', [form('q 72 600 m 372 600 l 372 610 l 72 610 l W n 72 600 300 0.75 re f Q', '/Group << /S /Transparency >> ')]), 2],
    ['nested forms, each with a matrix', formPage('/Fm1 Do', [form('72 600 300 0.75 re f /Fm2 Do', '/Matrix [1 0 0 1 0 -50] /Resources << /XObject << /Fm2 10 0 R >> >> '), form('72 600 300 0.75 re f', '/Matrix [0.5 0 0 0.5 10 10] ')]), 2],
    ['no form: a plain rule (the same either way)', formPage('72 600 300 0.75 re f', [form('')]), 1],
    ['a form with a circle and no rule', formPage('/Fm1 Do', [form('10 0 m 10 5 5 10 0 10 c f')]), 0],
  ])('rules: %s', async (_label, bytes, count) => {
    const own = ownSegments(bytes);
    expect(own).toHaveLength(count);
    expect(own).toEqual(await pdfjsSegments(bytes));
  });
});

describe('files the reader leaves to pdf.js (Unsupported): the whole file goes there', () => {
  const text = `BT /F1 10 Tf 72 700 Td ${hex('氏名')} Tj ET`;
  test.each([
    ['a font without a ToUnicode map (a predefined CMap)', cmapPdf('UniJIS-UCS2-H', [Buffer.from('氏名', 'utf16le').swap16()])],
    ['vertical writing (Identity-V)', toUnicodePage(text, '氏名', { encoding: '/Identity-V' })],
    ['a font name missing from the resources', toUnicodePage(`BT /F9 10 Tf 72 700 Td ${hex('氏名')} Tj ET`, '氏名')],
    ['text before any Tf', toUnicodePage(`BT 72 700 Td ${hex('氏名')} Tj ET`, '氏名')],
    ['a code the ToUnicode map does not list', toUnicodePage(`BT /F1 10 Tf 72 700 Td ${hex('氏名住所')} Tj ET`, '氏名')],
    ['a malformed ToUnicode map', toUnicodePage(text, '氏名', { font: '/ToUnicode 9 0 R', objects: [stream('1 beginbfchar <6C0F> /name endbfchar')] })],
    ['a form XObject drawing itself', toUnicodePage(`/Fm1 Do ${text}`, '氏名', { resources: '/XObject << /Fm1 9 0 R >> ', objects: [stream(`${text} /Fm1 Do`, '/Type /XObject /Subtype /Form /BBox [0 0 595 842] ')] })],
    ['two form XObjects drawing each other', toUnicodePage(`/Fm1 Do ${text}`, '氏名', { resources: '/XObject << /Fm1 9 0 R /Fm2 10 0 R >> ', objects: [stream('/Fm2 Do', '/Type /XObject /Subtype /Form /BBox [0 0 595 842] '), stream('/Fm1 Do', '/Type /XObject /Subtype /Form /BBox [0 0 595 842] ')] })],
    ['form XObjects nested 13 deep', toUnicodePage(`/Fm9 Do ${text}`, '氏名', { resources: '/XObject << ' + Array.from({ length: 13 }, (_, k) => `/Fm${9 + k} ${9 + k} 0 R`).join(' ') + ' >> ', objects: Array.from({ length: 13 }, (_, k) => stream(k < 12 ? `/Fm${10 + k} Do` : text, '/Type /XObject /Subtype /Form /BBox [0 0 595 842] ')) })],
    ['a PostScript XObject', toUnicodePage(`/Ps1 Do ${text}`, '氏名', { resources: '/XObject << /Ps1 9 0 R >> ', objects: [stream('', '/Type /XObject /Subtype /PS ')] })],
    ['an inline image', toUnicodePage(`q BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q ${text}`, '氏名')],
    ['an unknown operator', toUnicodePage(`${text} 1 2 xyz`, '氏名')],
    ['a content stream in a filter other than Flate', buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', stream('8 0 m', '/Filter /LZWDecode ')])],
  ])('%s', async (_label, bytes) => {
    expect(() => ownItems(bytes)).toThrow(Unsupported);
    expect(readOwn(bytes, 'x.pdf')).toBeNull();
  });

  test('an encrypted file', () => {
    const bytes = Buffer.from(Buffer.from(toUnicodePage('', '')).toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 9 0 R'), 'latin1');
    expect(() => new PdfFile(bytes, 1 << 30, () => new Error())).toThrow(Unsupported);
  });

  test('a font without ToUnicode is still read, by pdf.js', async () => {
    const { text } = await extractPdf(cmapPdf('UniJIS-UCS2-H', [Buffer.from('顧客情報1,234件が流出したおそれがあります。', 'utf16le').swap16()]));
    expect(text).toContain('顧客情報1,234件が流出したおそれがあります。');
  });
});

describe('caps on the reader without pdf.js', () => {
  const line = `BT /F1 11 Tf 72 420 Td ${hex('顧客情報1,234件が流出しました。')} Tj ET\n`;
  const page = (extra: number) => {
    const content = deflateSync(Buffer.concat([Buffer.from(line, 'latin1'), Buffer.alloc(extra, 0x20)]), { level: 9 });
    const pdf = Buffer.from(toUnicodePage('', '顧客情報1,234件が流出しました。')).toString('latin1');
    // The page's content stream swapped for a Flate one.
    return Buffer.concat([Buffer.from(pdf.slice(0, pdf.indexOf('4 0 obj')), 'latin1'), Buffer.from(`4 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream\nendobj\n' + pdf.slice(pdf.indexOf('5 0 obj')), 'latin1')]);
  };

  test('a content stream inflating past the cap is refused in one line', async () => {
    const err = await extractPdf(page(64 * 1024 * 1024), 'bomb.pdf', { maxInflatedBytes: 8 * 1024 * 1024 }).catch((e: Error) => e);
    expect((err as Error).message).toBe('bomb.pdf: is a PDF whose streams inflate past the 8 MiB limit (a compression bomb?); raise --pdf-max-inflated to read it');
  });

  test('under the cap it is read without pdf.js', async () => {
    expect(readOwn(page(1024 * 1024), 'ok.pdf', { maxPages: 10, maxInflatedBytes: 8 * 1024 * 1024, timeoutSeconds: 60 })).not.toBeNull();
    expect((await extractPdf(page(1024 * 1024), 'ok.pdf', { maxInflatedBytes: 8 * 1024 * 1024 })).text).toContain('顧客情報1,234件が流出しました。');
  });

  test.each([
    [4, 'read'],
    [12, 'refused'],
  ])('a 1 MiB form drawn %i times: counted against an 8 MiB cap on every drawing (%s)', async (times, verdict) => {
    const content = deflateSync(Buffer.concat([Buffer.from(line, 'latin1'), Buffer.alloc(1024 * 1024, 0x20)]), { level: 9 });
    const bytes = toUnicodePage('/Fm1 Do '.repeat(times), '顧客情報1,234件が流出しました。', { resources: '/XObject << /Fm1 9 0 R >> ', objects: [stream(content, '/Filter /FlateDecode /Type /XObject /Subtype /Form /BBox [0 0 595 842] ')] });
    const result = extractPdf(bytes, 'f.pdf', { maxInflatedBytes: 8 * 1024 * 1024 });
    if (verdict === 'read') {
      expect(readOwn(bytes, 'f.pdf', { maxPages: 10, maxInflatedBytes: 8 * 1024 * 1024, timeoutSeconds: 60 })).not.toBeNull();
      expect((await result).text).toContain('顧客情報1,234件が流出しました。');
    }
    else await expect(result).rejects.toThrow(/^f\.pdf: is a PDF whose streams inflate past the 8 MiB limit/);
  });

  test('form XObjects nested 12 deep are read (13 go to pdf.js, above)', () => {
    const bytes = toUnicodePage(`/Fm9 Do`, '顧客情報1,234件が流出しました。', {
      resources: '/XObject << ' + Array.from({ length: 12 }, (_, k) => `/Fm${9 + k} ${9 + k} 0 R`).join(' ') + ' >> ',
      objects: Array.from({ length: 12 }, (_, k) => stream(k < 11 ? `/Fm${10 + k} Do` : line, '/Type /XObject /Subtype /Form /BBox [0 0 595 842] ')),
    });
    expect(ownItems(bytes).map((i) => i.str)).toEqual(['顧客情報1,234件が流出しました。']);
  });

  test('a page count past the cap is refused before a page is read', async () => {
    const bytes = toUnicodePage(line, '顧客情報1,234件が流出しました。');
    await expect(extractPdf(bytes, 'p.pdf', { maxPages: 0 })).rejects.toThrow(/^p\.pdf: is a PDF of 1 pages, over the 0-page limit/);
  });
});

const pdfs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pdfs(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : []));

describe('every fixture PDF: read without pdf.js, the same text as through pdf.js', () => {
  test.each(pdfs(FIXTURES).map((p) => [relative(FIXTURES, p), p]))('%s', async (_name, path) => {
    const bytes = readFileSync(path);
    expect(readOwn(bytes, path)).not.toBeNull();
    expect(await extractPdf(bytes, path)).toEqual(await extractWithPdfjs(bytes, path));
  }, 60_000);
});

test('the ToUnicode builder of these tests maps each character to itself', () => {
  expect(toUnicodeCMap('氏A')).toContain('<6c0f> <6c0f>');
});
