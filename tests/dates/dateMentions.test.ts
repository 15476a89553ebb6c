import { describe, expect, test } from 'vitest';
import {
  findDateMentions, findRelativeDates, inferYear, nearestYearOfWeekday, parseWarekiYear, recentYear, shiftDay, yearAfter, yearOfWeekday,
} from '../../src/dates/dateMentions.js';
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
    ['令和6（2024）年12月30日', 2024, 12, 30],
    ['令和６年（２０２４年）１２月３０日', 2024, 12, 30],
    ['2024（令和6）年12月30日', 2024, 12, 30],
    ['2025.1.15', 2025, 1, 15],
    // The era's name written out, the rest in dots or slashes (pages-aa reiwaDotsLong).
    ['令和7.5.15', 2025, 5, 15],
    ['令和7/12/3', 2025, 12, 3],
    ['平成31.4.30', 2019, 4, 30],
  ])('%s', (text, year, month, day) => {
    expect(first(text)).toMatchObject({ year, month, day });
  });

  // The era year glossing the Gregorian one after 年 (as 「令和6年(2024年)」 glosses the era's): one date with its written
  // year, not a bare year and a year-less 5月1日 read against the publication (issue #10).
  test.each([
    ['2025年(令和7年)5月1日、不正アクセスを確認', 2025, 5, 1, '2025年(令和7年)5月1日'],
    ['２０２４年（令和６年）１２月３０日に発生', 2024, 12, 30, '2024年(令和6年)12月30日'],
    ['2024 年 ( 平成 36 年 ) 1 月 5 日', 2024, 1, 5, '2024 年 ( 平成 36 年 ) 1 月 5 日'],
    ['2025年(令和7年)4月', 2025, 4, null, '2025年(令和7年)4月'],
  ])('the era year in brackets after the Gregorian year: %s', (text, year, month, day, span) => {
    const t = normalizeText(text).text;
    const m = findDateMentions(t)[0]!;
    expect(m).toMatchObject({ year, month, day });
    expect(t.slice(m.start, m.end)).toBe(span);
  });

  // (Not a bracket of something else after the year: 「2025年(第3四半期)5月」 gives no year to the month.)
  // Not the era's year and a month alone, nor a run of more parts (a version's).
  test.each(['令和7.5', '令和7.5.15.2', '令和7.13.1'])('no era date in dots: %s', (text) => {
    expect(findDateMentions(normalizeText(text).text)).toEqual([]);
  });

  test.each([['2025年(第3四半期)5月1日', null], ['2025年(予定)5月1日', null]])('no era gloss in %s', (text, year) => {
    expect(findDateMentions(normalizeText(text).text).find((m) => m.month === 5)).toMatchObject({ year, month: 5, day: 1 });
  });

  test.each([['4/27（日）に送信', 4, 27], ['12/3 (水)', 12, 3]])('month/day with a weekday: %s', (text, month, day) => {
    expect(first(text)).toMatchObject({ year: null, month, day });
  });

  test.each([['1/3の確率'], ['バージョン7.4/3'], ['2/3以上']])('no short date in %s', (text) => {
    expect(first(text)).toBeUndefined();
  });

  // A fiscal term is named by the month it closes in: no date (issue #10).
  test.each([['本事案が 2026 年３月期の業績に与える影響は精査中です'], ['2025年12月期決算において注記する予定です'], ['連結業績（2026年2月期）への影響'], ['2027 年 3 月期第 1 四半期決算発表を延期']])('no date in a fiscal term: %s', (text) => {
    expect(first(text)).toBeUndefined();
  });

  test.each([['2026年3月期限の支払い', 2026, 3], ['2026年3月期間中に', 2026, 3], ['2026年3月に発生', 2026, 3]])('a month with 期限, 期間 or nothing after it stays a date: %s', (text, year, month) => {
    expect(first(text)).toMatchObject({ year, month, day: null });
  });

  test('a year-less date leaves the year to inference', () => {
    expect(first('12月3日（水）に発覚')).toMatchObject({ year: null, month: 12, day: 3 });
  });

  test('month only, with 上旬', () => {
    expect(first('2024年12月上旬に侵入')).toMatchObject({ year: 2024, month: 12, day: null, qualifier: '上旬' });
  });

  test.each([
    ['2025/6/2(月)から 6/9(月)までの期間', { year: 2025, month: 6, day: 2, rangeEnd: { month: 6, day: 9 } }],
    ['6/2(月)~6/9(月)', { month: 6, day: 2, rangeEnd: { month: 6, day: 9 } }],
    ['2025/6/2から2025/6/9にかけて', { year: 2025, month: 6, day: 2, rangeEnd: { year: 2025, month: 6, day: 9 } }],
    // A fraction after a date is no range end.
    ['2025/6/2から1/2の割合で', { year: 2025, month: 6, day: 2, rangeEnd: null }],
  ])('a slash range: %s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  test('a range keeps its start and records its end', () => {
    expect(first('10月1日から4日にかけて')).toMatchObject({ month: 10, day: 1, rangeEnd: { month: 10, day: 4 } });
    expect(first('2025年9月1日～9月3日')).toMatchObject({ year: 2025, month: 9, day: 1, rangeEnd: { month: 9, day: 3 } });
  });

  // A first day sharing its 日 with the range's end ("期間:7月8～10日"); without that end it is no day.
  test.each([
    ['期間:7月8～10日', { month: 7, day: 8, rangeEnd: { month: 7, day: 10 } }],
    ['2025年7月8〜10日', { year: 2025, month: 7, day: 8, rangeEnd: { month: 7, day: 10 } }],
    ['2025年7月8～10件', { year: 2025, month: 7, day: null, rangeEnd: null }],
  ])('a shared 日: %s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });
  test.each([['7月8～10件'], ['7月8～10']])('no day in %s', (text) => {
    expect(first(text)).toBeUndefined();
  });

  test.each([['13月5日'], ['2025年0月1日'], ['第12報'], ['3,000件'], ['12025年1月1日'], ['2025年2月30日'], ['2023年2月29日'], ['2024年4月31日'], ['令和7年6月31日'], ['2025/11/31'], ['2月30日'], ['9月31日']])('no date in %s', (text) => {
    const m = first(text);
    if (text === '12025年1月1日') expect(m?.year ?? null).not.toBe(12025);
    else expect(m).toBeUndefined();
  });
});

test.each([
  ['2024年2月29日', 2024, 2, 29],
  ['2000年2月29日', 2000, 2, 29],
  ['2月29日', null, 2, 29],
  ['2025年4月30日', 2025, 4, 30],
  ['2025年12月31日', 2025, 12, 31],
])('a day the calendar has: %s', (text, year, month, day) => {
  expect(first(text)).toMatchObject({ year, month, day });
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

describe('what follows a date', () => {
  test.each([
    ['6月2日13時30分頃に検知', { month: 6, day: 2, time: '13時30分頃', qualifier: '頃' }],
    ['6月2日 午前9時ごろ、サーバが停止', { time: '午前9時ごろ' }],
    ['9月8日未明に攻撃を受け', { time: '未明', qualifier: null }],
    ['9月8日（月）深夜に', { time: '深夜', weekday: 1 }],
    ['3月1日 07:45 頃', { time: '07:45 頃' }],
    // (PDF text spaces its numerals.)
    ['2025 年 1 月 12 日(日)14 時頃、不正アクセスを検知', { day: 12, time: '14 時頃' }],
    ['6 月 30 日（月）午前 4 時ごろ、', { time: '午前 4 時ごろ' }],
    ['1 月 26 日(日)16 時 30 分頃、', { time: '16 時 30 分頃' }],
    ['３月４日（水曜日）に判明', { weekday: 3, time: null }],
    // A short date with an hour after の; a month after 本年 / 同年.
    ['3/8の21時頃から、表示が出来なくなりました', { year: null, month: 3, day: 8, time: '21時頃' }],
    ['本年１月、サーバに対して不正アクセスがあり', { year: null, month: 1, day: null, yearHint: 'current' }],
    ['同年8月上旬に侵入', { year: null, month: 8, day: null, yearHint: 'same', qualifier: '上旬' }],
    // A month alone with a part of it named (its year implied).
    ['４月下旬に不正アクセスを確認した直後より', { year: null, month: 4, day: null, qualifier: '下旬' }],
    ['11月中旬、委託先から報告を受ける', { year: null, month: 11, day: null, qualifier: '中旬' }],
    ['3 月末に復旧', { year: null, month: 3, day: null, qualifier: '末' }],
    ['3月4日に判明', { time: null, weekday: null }],
    // A time of day after の glosses the date (issue #10); a noun it begins does not ("…日の朝刊").
    ['2025年5月30日の未明より、サイトが閲覧できない状態が発生', { day: 30, time: '未明' }],
    ['7月3日の朝刊に掲載', { day: 3, time: null }],
    ['7月3日の夕食会で', { day: 3, time: null }],
  ])('%s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  test.each([
    ['2月3日（月）から5日（水）にかけて', { month: 2, day: 3, rangeEnd: { month: 2, day: 5 } }],
    ['2月3日夜~4日朝まで', { day: 3, time: '夜', rangeEnd: { month: 2, day: 4 } }],
    ['2025年6月15日から同月17日にかけて', { day: 15, rangeEnd: { month: 6, day: 17 } }],
    ['令和7年6月14日（土）未明から令和7年8月7日にかけて', { year: 2025, month: 6, day: 14, rangeEnd: { year: 2025, month: 8, day: 7 } }],
    ['11月30日 23:10頃～12月1日 01:20頃', { month: 11, day: 30, rangeEnd: { month: 12, day: 1 } }],
    ['2023年7月1日から2024年6月30日までの期間', { year: 2023, rangeEnd: { year: 2024, month: 6, day: 30 } }],
    ['2019年4月から2024年3月までの記事', { year: 2019, month: 4, day: null, rangeEnd: { year: 2024, month: 3, day: null } }],
    ['2024年10月~12月上旬', { month: 10, day: null, rangeEnd: { year: null, month: 12, day: null } }],
    ['2025年7月10日木曜日の未明から11日金曜日の昼にかけて', { day: 10, time: '未明', rangeEnd: { month: 7, day: 11 } }],
  ])('range %s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  test('the end of a range is not a date of its own', () => {
    expect(findDateMentions(normalizeText('2023年7月1日～2024年6月30日の間に').text)).toHaveLength(1);
  });

  test('a time that is not a time stays out: "2月3日 10件"', () => {
    expect(first('2月3日 10件')).toMatchObject({ time: null });
    expect(first('2月3日 10 時間にわたり')).toMatchObject({ time: null });
    expect(first('2月3日 10時間にわたり')).toMatchObject({ time: null });
    // A fraction or a ratio is no date, nor a month without 本年 / 同年 before it.
    expect(findDateMentions(normalizeText('比率は1/3の10時間分、1/2 から増加').text)).toHaveLength(0);
    expect(findDateMentions(normalizeText('毎年1月に更新しています').text)).toHaveLength(0);
    // (A month with no part of it named, a span "during", or the last day written 末日 stay out.)
    expect(findDateMentions(normalizeText('12月中に再開する予定です').text)).toHaveLength(0);
    expect(findDateMentions(normalizeText('3月末日までにご返送ください').text)).toHaveLength(0);
    expect(findDateMentions(normalizeText('3か月末までに').text)).toHaveLength(0);
    expect(findDateMentions(normalizeText('本年1月3日に検知').text)[0]).toMatchObject({ month: 1, day: 3 });
  });

  test.each([
    ['同年5月2日', 'same'],
    ['本年 5月2日', 'current'],
    ['今年5月2日', 'current'],
    ['昨年5月2日', 'previous'],
    ['5月2日', null],
  ])('year hint of %s', (text, hint) => {
    expect(first(text)?.yearHint).toBe(hint);
  });
});

describe('dates written against the one before', () => {
  const relative = (s: string) => findRelativeDates(normalizeText(s).text).map((r) => [r.kind, r.value]);
  test.each([
    ['同日中にサーバを隔離', [['sameDay', null]]],
    ['翌日に復旧', [['nextDay', null]]],
    ['翌朝には再開', [['nextDay', null]]],
    ['前日の夜', [['previousDay', null]]],
    ['同月26日付けの第二報', [['day', 26]]],
    ['翌 9 日には警察に相談', [['day', 9]]],
    ['5月\n 12日 協会がサイトで公表\n 14日 業者から報告', [['month', 5], ['day', 12], ['day', 14]]],
    ['| 3日 | 調査開始 |', [['day', 3]]],
    ['11月 調査終了', [['month', 11]]],
    ['書き換えられていたことが 15日(水)に判明した', [['day', 15]]],
    ['不正な送金が9日夜に行われた', [['day', 9]]],
    ['20日午後、不審なログインを確認', [['day', 20]]],
    ['調査した。21日に結果を受領', [['day', 21]]],
    ['今月8日以降、不審なアクセスが続いた', [['day', 8]]],
    ['|同 昼|調査の結果、暗号化を確認|', [['sameDay', null]]],
    ['同 15:30 サーバーを隔離', [['sameDay', null]]],
    ['先月28日に攻撃を受けた', [['day', 28]]],
  ])('%s', (text, expected) => {
    expect(relative(text)).toEqual(expected);
  });

  test.each([['同日付で公表'], ['3日以内に'], ['毎月10日に'], ['30日間保存'], ['1日に2回送信'], ['約5日に一度'], ['第2日に入り'], ['5日後に判明'], ['6月1日の3日に', 'the three days'], ['から12日(金)にかけて'], ['より12日に'], ['同社の朝の会議'], ['同 社員が確認']])('none in %s', (text) => {
    expect(relative(text)).toEqual([]);
  });

  test('day arithmetic crosses months and years', () => {
    expect(shiftDay({ year: 2025, month: 12, day: 31 }, 1)).toEqual({ year: 2026, month: 1, day: 1 });
    expect(shiftDay({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('years from nearby dates and weekdays', () => {
  test.each([
    [{ year: 2025, month: 12 }, 1, 2026],
    [{ year: 2025, month: 10 }, 3, 2026],
    [{ year: 2025, month: 3 }, 1, 2025],
    [{ year: 2025, month: 5 }, 4, 2025],
  ])('after %o, month %d is in %d', (previous, month, year) => {
    expect(yearAfter(previous, month)).toBe(year);
  });

  test.each([
    // 2025-04-18 was a Friday (5), 2024-04-18 a Thursday (4).
    [2025, 4, 18, 5, 2025],
    [2025, 4, 18, 4, 2024],
    [2024, 12, 3, 3, 2025],
  ])('year %d, %d/%d on weekday %d → %d', (year, month, day, weekday, expected) => {
    expect(yearOfWeekday(year, month, day, weekday)).toBe(expected);
  });

  test.each([
    // 2025-10-15 was a Wednesday (3), 2026-10-15 a Thursday: read on 2026-12-07 → 2025.
    [10, 15, 3, { year: 2026, month: 12, day: 7 }, 2025],
    [4, 18, 5, { year: 2026, month: 12, day: 7 }, 2025],
    [1, 1, 4, { year: 2026, month: 12, day: 7 }, 2026],
    // A schedule a month after the reference day: its own year, not the last one before it (2025-05-25 a Sunday).
    [5, 25, 0, { year: 2025, month: 4, day: 23 }, 2025],
    // A December weekday read in January: the year before (2025-12-26 a Friday).
    [12, 26, 5, { year: 2026, month: 1, day: 10 }, 2025],
    // Negative rows: no year up to ten before the reference's puts 2月29日 on a Sunday (2024 Thu, 2020 Sat, 2016 Mon);
    // a year after the reference's is never taken (2027-01-01 a Friday; 2021-01-01 was one too).
    [2, 29, 0, { year: 2026, month: 12, day: 7 }, null],
    [1, 1, 5, { year: 2026, month: 12, day: 7 }, 2021],
  ])('%d/%d on weekday %d, read on %o → %s', (month, day, weekday, reference, expected) => {
    expect(nearestYearOfWeekday(month, day, weekday, reference)).toBe(expected);
  });

  test.each([
    // The most recent such date up to the reference day (14 days after it still count).
    [12, 3, { year: 2026, month: 1, day: 10 }, 2025],
    [1, 5, { year: 2026, month: 1, day: 10 }, 2026],
    [10, 15, { year: 2026, month: 12, day: 7 }, 2026],
    [12, 20, { year: 2026, month: 12, day: 7 }, 2026],
    [12, 22, { year: 2026, month: 12, day: 7 }, 2025],
    [5, null, { year: 2026, month: 4, day: 1 }, 2025],
  ])('%d/%s read on %o → %d', (month, day, reference, expected) => {
    expect(recentYear(month, day, reference)).toBe(expected);
  });
});

describe('a range written with a comma after より', () => {
  test('"12月5日深夜より、2025年12月8日早朝にかけて" is one range', () => {
    const [m] = findDateMentions(normalizeText('2025年12月5日（金）深夜より、2025年12月8日（月）早朝にかけて行われ').text);
    expect(m!.rangeEnd).toEqual({ year: 2025, month: 12, day: 8 });
  });
});
