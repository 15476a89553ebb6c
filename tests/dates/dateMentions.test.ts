import { describe, expect, test } from 'vitest';
import { findDateMentions, inferYear, parseWarekiYear } from '../../src/dates/dateMentions.js';
import { normalizeText } from '../../src/normalize/normalize.js';

const first = (s: string) => findDateMentions(normalizeText(s).text)[0];

describe('findDateMentions', () => {
  test.each([
    ['2025年12月3日に検知', 2025, 12, 3],
    ['2025 年 12 月 3 日、不審な通信', 2025, 12, 3],
    ['２０２５年１２月３日', 2025, 12, 3],
    ['令和7年12月3日', 2025, 12, 3],
    ['令和元年5月1日', 2019, 5, 1],
    ['平成31年4月30日', 1989 + 30, 4, 30],
    ['2025/12/3', 2025, 12, 3],
    ['2025.1.15', 2025, 1, 15],
  ])('%s', (text, year, month, day) => {
    expect(first(text)).toMatchObject({ year, month, day });
  });

  test('a year-less date leaves the year to inference', () => {
    expect(first('12月3日（水）に発覚')).toMatchObject({ year: null, month: 12, day: 3 });
  });

  test('month only, with 上旬', () => {
    expect(first('2024年12月上旬に侵入')).toMatchObject({ year: 2024, month: 12, day: null, qualifier: '上旬' });
  });

  test('a range keeps its start and records its end', () => {
    expect(first('10月1日から4日にかけて')).toMatchObject({ month: 10, day: 1, rangeEnd: { month: 10, day: 4 } });
    expect(first('2025年9月1日～9月3日')).toMatchObject({ year: 2025, month: 9, day: 1, rangeEnd: { month: 9, day: 3 } });
  });

  test.each([['13月5日'], ['2025年0月1日'], ['第12報'], ['3,000件'], ['12025年1月1日']])('no date in %s', (text) => {
    const m = first(text);
    if (text === '12025年1月1日') expect(m?.year ?? null).not.toBe(12025);
    else expect(m).toBeUndefined();
  });
});

describe('year inference', () => {
  test.each([
    [12, 3, { year: 2026, month: 1, day: 23 }, 2025],
    [1, 15, { year: 2025, month: 12, day: 20 }, 2026],
    [3, 1, { year: 2025, month: 6, day: 1 }, 2025],
    [11, 30, { year: 2025, month: 12, day: 1 }, 2025],
  ])('%d月%d日 published %o → %d', (month, day, ref, year) => {
    expect(inferYear(month, day, ref)).toBe(year);
  });

  test('wareki', () => {
    expect(parseWarekiYear('令和', '7')).toBe(2025);
    expect(parseWarekiYear('令和', '元')).toBe(2019);
    expect(parseWarekiYear('平成', '三十')).toBe(2018);
    expect(parseWarekiYear('大正', '1')).toBeNull();
  });
});
