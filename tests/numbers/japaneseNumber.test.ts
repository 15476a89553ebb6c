import { describe, expect, test } from 'vitest';
import { parseJapaneseNumber } from '../../src/numbers/japaneseNumber.js';
import { normalizeText } from '../../src/normalize/normalize.js';

describe('parseJapaneseNumber', () => {
  test.each([
    ['79,991', 79991],
    ['1,931,902', 1931902],
    ['815', 815],
    ['1万2千', 12000],
    ['4万5千', 45000],
    ['7.4万', 74000],
    ['三千', 3000],
    ['二十五', 25],
    ['千', 1000],
    ['1億2,345万', 123450000],
    ['9007199254740991', 9007199254740991],
    ['0000000000000000012', 12],
    ['12万', 120000],
    ['3千', 3000],
    ['百二十', 120],
  ])('%s → %d', (written, value) => {
    expect(parseJapaneseNumber(written)).toBe(value);
  });

  test('full-width digits parse once width-folded', () => {
    expect(parseJapaneseNumber(normalizeText('７９，９９１').text)).toBe(79991);
  });

  test.each([['1,2'], ['12,34'], [''], ['.'], ['1..2'], ['万'], ['1万万'], ['3,'], ['99999999999999999999'], ['99,999,999,999,999,999,999'], ['9007199254740993'], ['1兆億'], ['9999兆']])('%s is not a number', (written) => {
    expect(parseJapaneseNumber(written)).toBeNull();
  });
});
