import { expect, test } from 'vitest';
import { pushAll } from '../../src/util/arrays.js';

test('pushAll appends lists in order', () => {
  expect(pushAll([1], [2, 3], [], [4])).toEqual([1, 2, 3, 4]);
});

test('pushAll takes more items than a spread call could (hostile input yields that many findings)', () => {
  const many = Array.from({ length: 500_000 }, (_, i) => i);
  expect(() => [].push(...(many as never[]))).toThrow(RangeError);
  const into: number[] = [];
  pushAll(into, many);
  expect(into.length).toBe(500_000);
  expect(into[499_999]).toBe(499_999);
});
