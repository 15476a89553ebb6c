import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../src/normalize/normalize.js';

describe('normalizeText', () => {
  test.each([
    ['２０２５年１２月３日', '2025年12月3日'],
    ['７９，９９１件', '79,991件'],
    ['ＴＯＫＡＩ', 'TOKAI'],
    ['利用者：', '利用者:'],
    ['10月1日〜4日', '10月1日~4日'],
    ['ｶﾞｽ', 'ガス'],
    ['①OneOffice', '①OneOffice'],
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['a\r\rb\r', 'a\n\nb\n'],
    ['a\r\n\rb', 'a\n\nb'],
  ])('%s → %s', (source, folded) => {
    expect(normalizeText(source).text).toBe(folded);
  });

  test('a lone CR is a line break that maps back onto the CR', () => {
    const n = normalizeText('題名\r本文');
    expect(n.toSource(2, 3)).toEqual({ start: 2, end: 3 });
    expect(n.toSource(3, 5)).toEqual({ start: 3, end: 5 });
  });

  test('every normalized span maps back to a source span', () => {
    const n = normalizeText('株式会社ＴＯＫＡＩ　７９，９９１件');
    const at = n.text.indexOf('79,991件');
    const span = n.toSource(at, at + '79,991件'.length);
    expect(n.source.slice(span.start, span.end)).toBe('７９，９９１件');
  });

  test.each([
    ['a lone high surrogate', 'A\ud800B'],
    ['a lone low surrogate', '\udc00あ'],
    ['a pair kept whole', '𠮟責'],
    ['ASCII only', 'plain text 123'],
    ['a text longer than one chunk', 'あ'.repeat(20000) + '\ud83d'],
  ])('the folded text keeps %s unit for unit', (_, source) => {
    expect(normalizeText(source).text).toBe(source);
  });

  test('offsets are monotonic for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const n = normalizeText(s);
        let last = 0;
        for (let i = 0; i < n.text.length; i++) {
          const span = n.toSource(i, i + 1);
          expect(span.start).toBeGreaterThanOrEqual(last);
          expect(span.end).toBeGreaterThan(span.start);
          last = span.start;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
