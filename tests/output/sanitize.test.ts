import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, neutralizeFormula, sanitizeDeep, stripUnsafe } from '../../src/output/sanitize.js';

describe('stripUnsafe', () => {
  test.each([
    ['OSC title, BEL-terminated', '前\x1b]0;pwned\x07後', '前後'],
    ['OSC hyperlink, ST-terminated', 'a\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\b', 'alinkb'],
    ['CSI clear screen', '株式会社\x1b[2J商事', '株式会社商事'],
    ['CSI color with parameters', '\x1b[1;31m赤\x1b[0m', '赤'],
    ['CSI with private marker', 'x\x1b[?1049hy', 'xy'],
    ['8-bit CSI', 'x\x9b2Jy', 'xy'],
    ['two-byte ESC (full reset)', 'x\x1bcy', 'xy'],
    ['DCS string', 'x\x1bPq#0;2;0;0;0\x1b\\y', 'xy'],
    ['unterminated OSC keeps the rest as plain text', 'x\x1b]0;title', 'x0;title'],
    ['lone ESC at the end', 'x\x1b', 'x'],
    ['C0 controls (BEL, backspace, NUL)', 'a\x07b\x08c\x00d', 'abcd'],
    ['C1 controls and DEL', 'a\x85b\x7fc\x9dd', 'abcd'],
    ['tabs and line breaks become spaces', 'a\tb\nc\r\nd\u2028e', 'a b c  d e'],
    ['bidi override (Trojan Source)', 'abc\u202edef\u2066g\u2069', 'abcdefg'],
    ['LRM, RLM and ALM marks', '株式\u200e会社\u200fテスト\u061c', '株式会社テスト'],
    ['zero-width space, word joiner, BOM inside a number', '1\u200b2\u20603\ufeff4件', '1234件'],
    ['ZWJ in an emoji sequence is kept', '👨\u200d👩', '👨\u200d👩'],
    ['ordinary Japanese and symbols untouched', '株式会社ＴＯＫＡＩ（本社：静岡県）79,991件 & <b>', '株式会社ＴＯＫＡＩ（本社：静岡県）79,991件 & <b>'],
  ])('%s', (_name, input, expected) => {
    expect(stripUnsafe(input)).toBe(expected);
  });

  test('never leaves a control character, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('\x1b', '\x1b[', '\x1b]', '\x07', '\x9b', '\x1b\\', '\x9c', '\u202e', '\u200e', '\u200b', '\u061c')), { maxLength: 40 }), (parts) => {
        expect(stripUnsafe(parts.join(''))).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c]/);
      }),
    );
  });

  test('many unterminated OSC introducers (the scanner does not search again from each one)', () => {
    const hostile = '\x1b]'.repeat(50_000) + 'tail';
    expect(stripUnsafe(hostile)).toBe('tail');
  });
});

describe('sanitizeDeep', () => {
  test('cleans every string value, nested, and leaves numbers, booleans and null', () => {
    const input = { a: 'x\x1b[2Jy', b: [{ c: '\x1b]0;t\x07z' }], n: 3, t: true, z: null };
    expect(sanitizeDeep(input)).toEqual({ a: 'xy', b: [{ c: 'z' }], n: 3, t: true, z: null });
    expect(input.a).toBe('x\x1b[2Jy'); // a copy: the incident itself is untouched
  });
});

describe('neutralizeFormula (CSV injection)', () => {
  test.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+SUM(1,2)', `'+SUM(1,2)`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['  =1+1', `'  =1+1`],
    ['＝1+1', `'＝1+1`],
    ['株式会社=テスト', '株式会社=テスト'],
    ['2025-12-03', '2025-12-03'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  test.each([
    ['a|b', 'a\\|b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['A&B', 'A&amp;B'],
    ['株式会社テスト', '株式会社テスト'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
