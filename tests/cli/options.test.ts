import { InvalidArgumentError } from 'commander';
import { describe, expect, test } from 'vitest';
import { dateBoundArg, dayArg, encodingArg, jobsArg, MAX_JOBS, maxBytesArg, topArg } from '../../src/cli/options.js';

describe('option values are checked once, as usage errors', () => {
  test.each([
    ['0', 0],
    ['4', 4],
    [String(MAX_JOBS), MAX_JOBS],
  ])('--jobs %s', (v, n) => expect(jobsArg(v)).toBe(n));
  test.each(['abc', '-1', '1.5', '', String(MAX_JOBS + 1), '9999', '1e3'])('--jobs %j is refused', (v) => expect(() => jobsArg(v)).toThrow(InvalidArgumentError));

  test.each([
    ['1', 1],
    ['1048576', 1048576],
    ['20M', 20 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['1 GiB', 1024 ** 3],
  ])('--max-bytes %s', (v, n) => expect(maxBytesArg(v)).toBe(n));
  test.each(['abc', '-5', '0', '', '1.5', '20X', '99999999999999T'])('--max-bytes %j is refused', (v) => expect(() => maxBytesArg(v)).toThrow(InvalidArgumentError));

  test.each([
    ['1', 1],
    ['25', 25],
  ])('--top %s', (v, n) => expect(topArg(v)).toBe(n));
  test.each(['abc', '0', '-3', '10001', ''])('--top %j is refused', (v) => expect(() => topArg(v)).toThrow(/from 1 to 10000/));

  test.each(['2025', '2025-12', '2025-12-31', '2024-02-29', '2000-02-29'])('--since %s', (v) => expect(dateBoundArg(v)).toBe(v));
  test.each(['2025-13', '2025-00', '2025-02-29', '1900-02-29', '2024-04-31', '2025-12-32', '25-12', 'last week', '2025/12'])('--since %j is refused', (v) =>
    expect(() => dateBoundArg(v)).toThrow(/YYYY-MM-DD/),
  );

  test.each(['2025-12-31', '2024-02-29'])('--reference-date %s', (v) => expect(dayArg(v)).toBe(v));
  test.each(['2025', '2025-12', '2025-02-29', '2025/12/31', ''])('--reference-date %j is refused', (v) => expect(() => dayArg(v)).toThrow(InvalidArgumentError));

  test.each([
    ['utf-8', 'utf-8'],
    ['SJIS', 'shift_jis'],
    ['cp932', 'shift_jis'],
    ['euc-jp', 'euc-jp'],
  ])('--encoding %s', (v, name) => expect(encodingArg(v)).toBe(name));
  test.each(['latin1', 'windows-1252', ''])('--encoding %j is refused, naming the allowed ones', (v) => expect(() => encodingArg(v)).toThrow(/utf-8, shift_jis, euc-jp, iso-2022-jp, utf-16le, utf-16be/));
});
