import { describe, expect, test } from 'vitest';
import { matchesOf, requiredLiterals } from '../../src/util/regex.js';
import { KNOWN_PRODUCTS } from '../../src/words/products.js';
import { normalizeText } from '../../src/normalize/normalize.js';

describe('requiredLiterals: texts every match contains one of', () => {
  test.each([
    ['plain word', 'FortiGate', ['fortigate']],
    ['longest run of an alternative', 'Oracle[ ]E-?Business', ['business']],
    ['one per alternative', 'Slack|スラック', ['slack', 'スラック']],
    ['a group every match goes through', '(?<![A-Za-z0-9])(?:Zoom|Teams)(?![A-Za-z0-9])', ['zoom', 'teams']],
    ['an optional group is not required', '(?:VMware[ ])?ESXi', ['esxi']],
    ['an optional character ends a run', 'ab?cd', ['cd']],
    ['an escaped character is literal', 'Booking\\.com', ['booking.com']],
    ['a lookbehind is not part of the match', '(?<=公式)X', ['x']],
  ])('%s: %s', (_, source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  test.each([
    ['a class escape', '\\d+'],
    ['an alternative with no literal', 'a|(?:b)?'],
    ['only a class', '[A-Z]{2,}'],
  ])('no literal to rule out with: %s', (_, source) => {
    expect(requiredLiterals(source)).toBeNull();
  });

  // The products extractor skips a table pattern whose literals are absent: that must never skip a match.
  test.each([
    'Microsoft365とOffice 365、M365のアカウント',
    'ＦｏｒｔｉＧａｔｅのＳＳＬ－ＶＰＮ',
    '公式Xアカウントと旧ツイッター、X(旧Twitter)',
    'VMware ESXiとvCenter、Apache Tomcat',
  ])('every known-product match in %s contains one of its literals', (source) => {
    const text = normalizeText(source).text;
    let matched = 0;
    for (const k of KNOWN_PRODUCTS) {
      const needles = requiredLiterals(k.pattern.source);
      for (const m of text.matchAll(k.pattern)) {
        matched++;
        expect(needles === null || needles.some((n) => m[0].toLowerCase().includes(n))).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});

describe('matchesOf: the matches of a global regex, as matchAll gives them', () => {
  const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);
  test.each([
    ['words', /個人情報|氏名/g, '氏名、住所、個人情報'],
    ['no match', /ランサム/g, '不正アクセス'],
    ['empty matches step one character', /(?=、)|x*/g, 'a、b'],
    ['empty matches step a whole code point with u', /(?:)/gu, 'a\u{20BB7}b'],
    ['a sticky global regex stops at the first gap', /[0-9]/gy, '12a3'],
    ['with indices', /(?<n>[0-9]+)件/dg, '3件と45件'],
  ])('%s', (_, pattern, text) => {
    expect(summary(matchesOf(pattern, text))).toEqual(summary(text.matchAll(new RegExp(pattern.source, pattern.flags))));
    expect(pattern.lastIndex).toBe(0);
  });

  test('one pattern may be used again inside its own loop', () => {
    const pattern = /[0-9]/g;
    const pairs: string[] = [];
    for (const a of matchesOf(pattern, '12')) for (const b of matchesOf(pattern, '34')) pairs.push(a[0] + b[0]);
    expect(pairs).toEqual(['13', '14', '23', '24']);
  });

  test('a regex without g is refused, as matchAll refuses it', () => {
    expect(() => [...matchesOf(/a/, 'a')]).toThrow(TypeError);
  });
});
