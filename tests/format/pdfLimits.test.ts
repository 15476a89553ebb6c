import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { extractPdf } from '../../src/format/pdf.js';
import { checkInflatedSize, DEFAULT_PDF_LIMITS } from '../../src/format/pdf/limits.js';
import { extractText } from '../../src/format/containers.js';
import { buildPdf, stream, textAt } from './pdfBuilder.js';

/** The non-embedded Japanese font objects pdfBuilder's pages use, as objects 5–7. */
const FONT = [
  '<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 7 0 R /DW 1000 >>',
  '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
];
const PAGE = (parent: number, contents: number, extra = '') => `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> ${extra}>> /Contents ${contents} 0 R >>`;
// Mid-page: the same line atop every page would be a running header.
const TEXT = textAt(72, 420, '当社は、顧客情報1,234件が流出したことを確認しました。');

/** n pages all drawing the same content stream (object 4): a long PDF in a small file. */
function manyPages(n: number): Uint8Array {
  const kids = Array.from({ length: n }, (_, i) => `${8 + i} 0 R`).join(' ');
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`, '<< >>', stream(TEXT), ...FONT, ...Array.from({ length: n }, () => PAGE(2, 4))]);
}

/** One page whose content stream is `bytes` of spaces, Flate-compressed (a few kilobytes per megabyte). */
function inflatingPage(bytes: number): Uint8Array {
  const compressed = deflateSync(Buffer.concat([Buffer.from(TEXT + '\n', 'latin1'), Buffer.alloc(bytes, 0x20)]), { level: 9 });
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE(2, 4), stream(compressed, '/Filter /FlateDecode '), ...FONT]);
}

describe('caps on what one PDF may cost: refused in one line, naming the option that raises the cap', () => {
  test('a content stream that inflates past the cap (a compression bomb) is refused before pdf.js inflates it', async () => {
    const bomb = inflatingPage(64 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200_000);
    const err = await extractPdf(bomb, 'bomb.pdf', { maxInflatedBytes: 8 * 1024 * 1024 }).catch((e: Error) => e);
    expect((err as Error).message).toBe('bomb.pdf: is a PDF whose streams inflate past the 8 MiB limit (a compression bomb?); raise --pdf-max-inflated to read it');
  });

  test('the same stream under the cap is read', async () => {
    const { text } = await extractPdf(inflatingPage(1024 * 1024), 'ok.pdf', { maxInflatedBytes: 8 * 1024 * 1024 });
    expect(text).toContain('1,234件');
  });

  test('a 12,000-page PDF is refused by the page cap before any page is read', async () => {
    const err = await extractText(manyPages(12_000), { path: 'long.pdf' }).catch((e: Error) => e);
    expect((err as Error).message).toBe(`long.pdf: is a PDF of 12000 pages, over the ${DEFAULT_PDF_LIMITS.maxPages}-page limit; raise --pdf-max-pages to read it`);
  });

  test.each([
    [3, 2, 'refused'],
    [3, 3, 'read'],
  ])('%i pages with a cap of %i: %s', async (pages, cap, outcome) => {
    const run = extractPdf(manyPages(pages), 'p.pdf', { maxPages: cap });
    if (outcome === 'read') expect((await run).text).toContain('1,234件');
    else await expect(run).rejects.toThrow(/over the 2-page limit/);
  });

  test('past the time cap the read stops with one line', async () => {
    const err = await extractPdf(manyPages(50), 'slow.pdf', { timeoutSeconds: 0.001 }).catch((e: Error) => e);
    expect((err as Error).message).toBe('slow.pdf: is a PDF that took longer than the 0.001 s limit to read; raise --pdf-timeout to read it');
  });

  test('a text-less page with a 40000×40000 image among text pages: the image is never decoded, the page is reported as scanned', async () => {
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 8 0 R] /Count 2 >>',
      PAGE(2, 4),
      stream(TEXT),
      ...FONT,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 10 0 R >> >> /Contents 9 0 R >>',
      stream('q 500 0 0 700 48 70 cm /Im1 Do Q'),
      // 1.6 billion pixels claimed; decoding would allocate 1.6 GB.
      stream(deflateSync(Buffer.alloc(4096)), '/Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode '),
    ]);
    const { text, warnings } = await extractPdf(pdf, 'big-image.pdf');
    expect(text).toContain('1,234件');
    expect(warnings).toEqual(['PDF page 2 has no text layer (scanned?); its content is not in the incident']);
  });
});

describe('a page tree pdf.js cannot walk gives the real reason, not "no text layer"', () => {
  test.each([
    ['a Pages node that lists its parent among its kids', ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [8 0 R] /Count 1 >>', PAGE(8, 4), stream(TEXT), ...FONT, '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>']],
    ['the root listing itself', ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>', PAGE(2, 4), stream(TEXT), ...FONT]],
  ])('%s', async (_label, objects) => {
    await expect(extractText(buildPdf(objects), { path: 'loop.pdf' })).rejects.toThrow(/^loop\.pdf: is not a readable PDF: its page tree is circular \(a page refers back to one of its parents\)$/);
  });

  test('a page tree nested 5,000 deep is walked and read', async () => {
    const n = 5000;
    const objects = ['<< /Type /Catalog /Pages 8 0 R >>', '<< >>', PAGE(8 + n - 1, 4), stream(TEXT), ...FONT];
    for (let i = 0; i < n; i++) objects.push(`<< /Type /Pages ${i ? `/Parent ${8 + i - 1} 0 R ` : ''}/Kids [${i === n - 1 ? 3 : 8 + i + 1} 0 R] /Count 1 >>`);
    expect((await extractPdf(buildPdf(objects), 'deep.pdf')).text).toContain('1,234件');
  });

  test('a PDF whose page tree is empty', async () => {
    const pdf = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);
    await expect(extractText(pdf, { path: 'none.pdf' })).rejects.toThrow(/^none\.pdf: (?:is a PDF with no pages \(its page tree is empty\)|is not a readable PDF)/);
  });
});

describe('checkInflatedSize: which streams count against the cap', () => {
  const big = deflateSync(Buffer.alloc(2 * 1024 * 1024));
  test.each([
    ['a Flate content stream past the cap', stream(big, '/Filter /FlateDecode '), true],
    ['a Flate image past the cap (images are never decoded)', stream(big, '/Type /XObject /Subtype /Image /Width 2048 /Height 1024 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode '), false],
    ['a stream without the Flate filter', stream(Buffer.alloc(4096, 0x41), ''), false],
    ['a stream that does not inflate (damaged or encrypted)', stream(Buffer.from('not deflate data at all'), '/Filter /FlateDecode '), false],
  ])('%s', (_label, object, refused) => {
    const pdf = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', object]);
    const run = () => checkInflatedSize(pdf, 1024 * 1024, 'x.pdf');
    if (refused) expect(run).toThrow(/inflate past the 1 MiB limit/);
    else expect(run).not.toThrow();
  });
});
