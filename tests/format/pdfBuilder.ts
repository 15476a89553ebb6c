/**
 * Builds small PDFs by hand for tests (xref offsets computed), so a test can hold exactly the PDF
 * feature it is about: a predefined CMap with no embedded font, an image-only page.
 */
export function buildPdf(objects: (string | Uint8Array)[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const enc = (s: string) => Buffer.from(s, 'latin1');
  let length = 0;
  const push = (b: Uint8Array) => {
    parts.push(b);
    length += b.length;
  };
  push(enc('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'));
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    push(enc(`${i + 1} 0 obj\n`));
    push(typeof body === 'string' ? enc(body) : body);
    push(enc('\nendobj\n'));
  });
  const xref = length;
  push(enc(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`));
  push(enc(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A content stream object. */
export function stream(content: string | Uint8Array, dict = ''): Uint8Array {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'latin1') : content;
  return Buffer.concat([Buffer.from(`<< /Length ${bytes.length} ${dict}>>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

/** One A4 page showing `lines` (already-encoded string operands) in a Type0 font with a predefined CMap. */
export function cmapPdf(encoding: string, lines: Uint8Array[]): Uint8Array {
  const ops: Uint8Array[] = [Buffer.from('BT /F1 11 Tf 14 TL 72 760 Td\n', 'latin1')];
  for (const l of lines) ops.push(Buffer.from('<' + Buffer.from(l).toString('hex') + '> Tj T*\n', 'latin1'));
  ops.push(Buffer.from('ET', 'latin1'));
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(Buffer.concat(ops)),
    `<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /${encoding} /DescendantFonts [6 0 R] >>`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ]);
}

/** One page that only draws a grey image: what a scanner produces. */
export function imageOnlyPdf(): Uint8Array {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 500 0 0 700 48 70 cm /Im1 Do Q'),
    stream(Uint8Array.from({ length: 16 }, (_, i) => (i * 16) & 0xff), '/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 '),
  ]);
}

/** One A4 page drawing `ops` with /F1 = a non-embedded Japanese CID font (KozMinPr6N) using a UTF-16 CMap. */
export function japanesePagePdf(ops: string, cmap = 'UniJIS-UCS2-H'): Uint8Array {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(ops),
    `<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /${cmap} /DescendantFonts [6 0 R] >>`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ]);
}

/** A text run at a position, in the UTF-16 encoding japanesePagePdf's font takes. */
export function textAt(x: number, y: number, text: string, size = 11): string {
  return `BT /F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm <${Buffer.from(text, 'utf16le').swap16().toString('hex')}> Tj ET`;
}

/** One A4 page with 11pt text runs placed at given positions. */
export function positionedPdf(runs: { x: number; y: number; text: string }[]): Uint8Array {
  return japanesePagePdf(runs.map((r) => textAt(r.x, r.y, r.text)).join('\n'));
}

/** UTF-16BE hex of a text: the codes of toUnicodePage's font (its code for a character is the character's UTF-16 unit). */
export const hex = (text: string) => `<${Buffer.from(text, 'utf16le').swap16().toString('hex')}>`;

/** A ToUnicode CMap stream's text mapping each character of `text` from its own UTF-16 code (bfchar). */
export function toUnicodeCMap(text: string): string {
  const units = [...new Set([...text].map((ch) => ch.charCodeAt(0)))];
  const entries = units.map((u) => `<${u.toString(16).padStart(4, '0')}> <${u.toString(16).padStart(4, '0')}>`);
  return `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test-UCS def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n${entries.length} beginbfchar\n${entries.join('\n')}\nendbfchar\nendcmap end end`;
}

/**
 * One A4 page drawing `ops` with /F1: an embedded-style Type0 font, Identity-H, with a ToUnicode
 * map for the characters of `text` and widths `w` (a /W array body; default width `dw`) — the
 * kind of font Chromium and Word write, which disclose reads without pdf.js.
 */
export function toUnicodePage(ops: string, text: string, { w = '', dw = 1000, font = '', resources = '', objects = [] as string[], encoding = '/Identity-H' } = {}): Uint8Array {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> ${resources}>> /Contents 4 0 R >>`,
    stream(ops),
    `<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+TestGothic /Encoding ${encoding} /DescendantFonts [6 0 R] /ToUnicode 8 0 R ${font}>>`,
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+TestGothic /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW ${dw} /W [${w}] /CIDToGIDMap /Identity >>`,
    '<< /Type /FontDescriptor /FontName /AAAAAA+TestGothic /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    stream(toUnicodeCMap(text)),
    ...objects,
  ]);
}
