import { expect, test } from 'vitest';
import { isNumeralChar, isNumeralUnit } from '../../src/words/numerals.js';

test.each([
  ['7', true], [',', true], ['.', true], ['〇', true], ['五', true], ['十', true], ['千', true], ['万', true], ['億', true], ['兆', true],
  ['件', false], ['a', false], [' ', false], ['７', false], ['円', false], ['', false],
])('isNumeralChar(%j) is %s, and isNumeralUnit agrees', (ch, expected) => {
  expect(isNumeralChar(ch)).toBe(expected);
  if (ch.length === 1) expect(isNumeralUnit(ch.charCodeAt(0))).toBe(expected);
});

test('past the end of a text (NaN) is not a numeral', () => {
  expect(isNumeralUnit(''.charCodeAt(0))).toBe(false);
});
