import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentOperators, pageContents } from '../../../src/format/pdf/contentStream.js';
import { rulingSegments } from '../../../src/format/pdf/rules.js';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const OPS = pdfjs.OPS as unknown as Record<string, number>;
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const pdfs = [
  ...['pdf-tables.pdf', 'seed-tokai-3rd.pdf'].map((f) => join(FIXTURES, f)),
  ...['page', 'doc'].flatMap((k) => readdirSync(join(FIXTURES, 'pdf-dev', k)).filter((f) => f.endsWith('.pdf')).map((f) => join(FIXTURES, 'pdf-dev', k, f))),
];

/** A one-page PDF whose page content is `content` (the xref table is not needed by the reader). */
function onePage(content: string, { flate = false, extra = '' } = {}): Uint8Array {
  const data = flate ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content, 'latin1');
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R >>\nendobj\n${extra}4 0 obj\n<< /Length ${data.length}${flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

describe('pageContents + contentOperators: the rules pdf.js would report, without pdf.js', () => {
  test.each(pdfs.map((p) => [p.slice(FIXTURES.length + 1), p]))('%s: same ruling segments on every page', async (_name, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true, isEvalSupported: false }).promise;
    const contents = pageContents(bytes, doc.numPages);
    expect(contents).not.toBeNull();
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const own = contentOperators(contents![p - 1]!, OPS);
      expect(rulingSegments(own!, OPS)).toEqual(rulingSegments(await page.getOperatorList(), OPS));
    }
    await doc.destroy();
  });

  test.each([
    ['a thin filled rectangle, Flate', onePage('q 1 0 0 1 10 20 cm 50 700 200 0.5 re f Q', { flate: true }), [{ horizontal: true, at: 720.25, from: 60, to: 260 }]],
    ['a stroked line after text with parentheses and a hex string', onePage('BT /F1 12 Tf (a\\) b \\(c) Tj <3042> Tj ET 50 600 m 250 600 l S'), [{ horizontal: true, at: 600, from: 50, to: 250 }]],
    ['a clipped path painted nowhere', onePage('50 600 200 0.5 re W n'), []],
  ])('%s', (_name, bytes, segments) => {
    const contents = pageContents(bytes, 1);
    expect(rulingSegments(contentOperators(contents![0]!, OPS)!, OPS)).toEqual(segments);
  });

  test.each([
    ['an encrypted file', onePage('0 0 m', { extra: '9 0 obj\n<< /Filter /Standard >>\nendobj\n' }).toString().replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 9 0 R')],
    ['a form XObject (its rules would need its own resources)', onePage('/Fm1 Do', { extra: '5 0 obj\n<< /Type /XObject /Subtype /Form /Length 0 >>\nstream\n\nendstream\nendobj\n' })],
    ['another page count than pdf.js found', onePage('0 0 m')],
  ])('%s: left to pdf.js', (name, bytes) => {
    const input = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
    expect(pageContents(input, name.startsWith('another') ? 2 : 1)).toBeNull();
  });

  test('an inline image stops the reader (its data cannot be tokenized)', () => {
    expect(contentOperators(Buffer.from('q BI /W 1 /H 1 ID \x00\xff EI Q', 'latin1'), OPS)).toBeNull();
  });
});
