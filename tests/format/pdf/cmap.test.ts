import { describe, expect, test } from 'vitest';
import { parseCMap, parsePlainCMap, utf16Text } from '../../../src/format/pdf/cmap.js';
import { Unsupported } from '../../../src/format/pdf/objects.js';

const wrap = (body: string) => `/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n${body}\nendcmap CMapName currentdict /CMap defineresource pop end end`;

describe('parseCMap: ToUnicode entries as pdf.js reads them', () => {
  test.each([
    ['a one-byte bfchar', '1 beginbfchar <20> <0020> endbfchar', [[0x20, ' ']]],
    ['a two-byte bfchar to a kanji', '2 beginbfchar <0a7c> <6f0f> <0A7D> <6D29> endbfchar', [[0x0a7c, '漏'], [0x0a7d, '洩']]],
    ['a bfrange counting up in its last byte', '1 beginbfrange <0010> <0012> <0041> endbfrange', [[0x10, 'A'], [0x11, 'B'], [0x12, 'C']]],
    ['a bfrange whose last byte carries into the one before (as pdf.js does)', '1 beginbfrange <0001> <0002> <30FF> endbfrange', [[1, '\u30ff'], [2, '\u3100']]],
    ['a bfrange with an array of destinations', '1 beginbfrange <0005> <0007> [<6C0F> <540D> <4F4F>] endbfrange', [[5, '氏'], [6, '名'], [7, '住']]],
    ['an array shorter than its range maps only what it lists', '1 beginbfrange <0005> <0009> [<0041> <0042>] endbfrange', [[5, 'A'], [6, 'B'], [7, undefined]]],
    ['a UTF-16 surrogate pair is one character', '1 beginbfchar <0003> <D842DFB7> endbfchar', [[3, '𠮷']]],
    ['a ligature glyph maps to two letters', '1 beginbfchar <00b1> <00660069> endbfchar', [[0xb1, 'fi']]],
    ['an odd-length destination gets a leading zero byte', '1 beginbfchar <41> <41> endbfchar', [[0x41, 'A']]],
    ['comments and line breaks between entries', '% a comment\n1 beginbfchar\n<0041>\n<0061> % lower case\nendbfchar', [[0x41, 'a']]],
  ])('%s', (_label, body, expected) => {
    const { unicode } = parseCMap(wrap(body));
    for (const [code, text] of expected as [number, string | undefined][]) expect(unicode.get(code)).toBe(text);
    // The general reader (which a comment sends the text to) reads it the same as the plain one.
    expect(parseCMap(`${wrap(body)}\n% end`)).toEqual(parseCMap(wrap(body)));
  });

  test.each([
    ['one byte', '1 begincodespacerange <00> <FF> endcodespacerange', [{ bytes: 1, low: 0, high: 0xff }]],
    ['two bytes', '1 begincodespacerange <0000> <FFFF> endcodespacerange', [{ bytes: 2, low: 0, high: 0xffff }]],
    ['mixed lengths (Shift_JIS-like)', '2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange', [{ bytes: 1, low: 0, high: 0x80 }, { bytes: 2, low: 0x8140, high: 0x9ffc }]],
  ])('codespace ranges: %s', (_label, body, expected) => {
    expect(parseCMap(wrap(body)).codespace).toEqual(expected);
    expect(parseCMap(`% general\n${wrap(body)}`).codespace).toEqual(expected);
  });

  test('cidrange and cidchar map codes to CIDs; WMode 1 is vertical writing', () => {
    const text = wrap('/WMode 1 def 1 begincidrange <0020> <0022> 100 endcidrange 1 begincidchar <0030> 7 endcidchar');
    const cmap = parseCMap(text);
    expect([...cmap.cid]).toEqual([[0x20, 100], [0x21, 101], [0x22, 102], [0x30, 7]]);
    expect(cmap.vertical).toBe(true);
    expect(parseCMap(`${text}\n%`)).toEqual(cmap);
    expect(parseCMap(wrap('/WMode 0 def')).vertical).toBe(false);
  });

  test.each([
    ['usecmap (a CMap built on another)', '/Adobe-Japan1-UCS2 usecmap'],
    ['an unterminated section', '1 beginbfchar <0041> <0061>'],
    ['a bfchar whose destination is a name', '1 beginbfchar <0041> /A endbfchar'],
    ['a bfrange running backwards', '1 beginbfrange <0012> <0010> <0041> endbfrange'],
    ['a bfrange of a million codes', '1 beginbfrange <000000> <0FFFFF> <0041> endbfrange'],
    ['a code of five bytes', '1 beginbfchar <0102030405> <0041> endbfchar'],
    ['a codespace range whose ends differ in length', '1 begincodespacerange <00> <FFFF> endcodespacerange'],
    ['an unterminated string', '1 beginbfchar <0041> (abc endbfchar'],
  ])('malformed: %s → Unsupported (the file goes to pdf.js)', (_label, body) => {
    expect(() => parseCMap(wrap(body))).toThrow(Unsupported);
  });

  test.each([
    ['\u0000A', 'A'],
    ['\u00d8\u0042\u00df\u00b7', '𠮷'],
    ['\u0030\u0042\u0030\u0044', 'あい'],
  ])('utf16Text(%j) = %s', (bytes, text) => {
    expect(utf16Text(bytes)).toBe(text);
  });
});

describe('parsePlainCMap: the usual form read by regular expressions, anything else left to the general reader', () => {
  // A Type 3 font's ToUnicode map as Chromium writes it.
  const chromium = '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<<  /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n3 beginbfchar\n<35> <60C5>\n<4A> <60D1>\n<B1> <610F>\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend';
  test.each([
    ["Chromium's map", chromium, true],
    ['a bfrange with an array', wrap('1 beginbfrange <10> <11> [<0041> <0042>] endbfrange'), true],
    ['hex digits split by white space', wrap('1 beginbfchar <00 41> <00 61> endbfchar'), true],
    ['a comment', `${chromium}\n% a comment`, false],
    ['usecmap', wrap('/Foo usecmap 1 beginbfchar <41> <0061> endbfchar'), false],
    ['a section without its end', wrap('1 beginbfchar <41> <0061>'), false],
    ['a name where a destination belongs', wrap('1 beginbfchar <41> /a endbfchar'), false],
  ])('%s: read plainly %s', (_label, text, plain) => {
    const cmap = parsePlainCMap(text);
    expect(cmap !== null).toBe(plain);
    if (cmap) expect(cmap).toEqual(parseCMap(`${text}\n%`));
  });

  test("Chromium's map: its three characters over one-byte codes", () => {
    const cmap = parsePlainCMap(chromium)!;
    expect([...cmap.unicode]).toEqual([[0x35, '情'], [0x4a, '惑'], [0xb1, '意']]);
    expect(cmap.codespace).toEqual([{ bytes: 1, low: 0, high: 0xff }]);
  });
});
