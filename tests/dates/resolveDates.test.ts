import { describe, expect, test } from 'vitest';
import { resolveDates } from '../../src/dates/resolveDates.js';
import { normalizeText } from '../../src/normalize/normalize.js';

const ymd = (text: string, reference: { year: number; month: number; day: number } | null = null) =>
  resolveDates(normalizeText(text).text, reference).map((d) => [d.year, d.month, d.day, d.certain]);

describe('resolveDates', () => {
  test.each([
    ['2025年3月1日、同月5日、翌6日、同日', null, [[2025, 3, 1, true], [2025, 3, 5, true], [2025, 3, 6, true], [2025, 3, 6, true]]],
    ['12月30日に検知、1月4日に復旧', { year: 2026, month: 2, day: 1 }, [[2025, 12, 30, false], [2026, 1, 4, false]]],
    ['令和7年12月22日、1月5日', null, [[2025, 12, 22, true], [2026, 1, 5, false]]],
    ['昨年11月29日', { year: 2025, month: 3, day: 1 }, [[2024, 11, 29, true]]],
    ['同年3月19日', null, []],
  ])('%s', (text, reference, expected) => {
    expect(ymd(text, reference)).toEqual(expected);
  });

  test('a bare "14日" far from any dated text is not a date', () => {
    expect(ymd('2025年3月1日' + 'あ'.repeat(700) + '\n 14日 報告')).toEqual([[2025, 3, 1, true]]);
  });
});
