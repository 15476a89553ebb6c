import { describe, expect, test } from 'vitest';
import { bodyReferenceDate, resolveDates } from '../../src/dates/resolveDates.js';
import { normalizeText } from '../../src/normalize/normalize.js';

type Day = { year: number; month: number; day: number };
const ymd = (text: string, reference: Day | null = null, anchor: Day | null = null) =>
  resolveDates(normalizeText(text).text, reference, anchor).map((d) => [d.year, d.month, d.day, d.certain]);
/** The day the reference-day rows read against (the tests never read the clock). */
const READ_ON = { year: 2026, month: 12, day: 7 };
const withSource = (text: string, anchor: Day = READ_ON, reference: Day | null = null) =>
  resolveDates(normalizeText(text).text, reference, anchor).map((d) => [d.year, d.month, d.day, d.certain, d.yearFrom]);

describe('resolveDates', () => {
  test.each([
    ['2025年3月1日、同月5日、翌6日、同日', null, [[2025, 3, 1, true], [2025, 3, 5, true], [2025, 3, 6, true], [2025, 3, 6, true]]],
    ['12月30日に検知、1月4日に復旧', { year: 2026, month: 2, day: 1 }, [[2025, 12, 30, false], [2026, 1, 4, false]]],
    ['令和7年12月22日、1月5日', null, [[2025, 12, 22, true], [2026, 1, 5, false]]],
    ['昨年11月29日', { year: 2025, month: 3, day: 1 }, [[2024, 11, 29, true]]],
    ['同年3月19日', null, []],
    // A year-less 2月29日 falling in a common year, and a chronology's 31日 in a 30-day month, do not exist.
    ['2月29日に検知', { year: 2025, month: 3, day: 10 }, []],
    ['2月29日に検知', { year: 2024, month: 3, day: 10 }, [[2024, 2, 29, false]]],
    ['2025年4月28日に検知し、31日に復旧', null, [[2025, 4, 28, true]]],
    // 同月25日 after the 26th stays in that month; 翌3日 and a chronology's 3日 after the 30th move on.
    ['2025年8月26日、同月25日', null, [[2025, 8, 26, true], [2025, 8, 25, true]]],
    ['2025年8月30日、翌3日', null, [[2025, 8, 30, true], [2025, 9, 3, true]]],
  ])('%s', (text, reference, expected) => {
    expect(ymd(text, reference)).toEqual(expected);
  });

  test.each([
    ['2025年3月10日に侵入され、その痕跡が12日(水)に見つかった', null, [[2025, 3, 10, true], [2025, 3, 12, true]]],
    ['12月30日に改ざんされ、2日(金)に判明', { year: 2026, month: 1, day: 20 }, [[2025, 12, 30, false], [2026, 1, 2, false]]],
    // A day inside a sentence needs a date before it in that sentence.
    ['不審なログインが12日(水)に判明', null, []],
    ['2025年3月10日に公表した。その後の調査で、痕跡が12日(水)に見つかった', null, [[2025, 3, 10, true]]],
  ])('a day inside the sentence of a date: %s', (text, reference, expected) => {
    expect(ymd(text, reference)).toEqual(expected);
  });

  test.each([
    ['18日午後、不正ログインを確認', { year: 2026, month: 5, day: 20 }, [[2026, 5, 18, false]]],
    ['28日未明、不正ログインを確認', { year: 2026, month: 1, day: 3 }, [[2025, 12, 28, false]]],
    // Without a time of day, or with no publication date, the month is not known.
    ['18日に不正ログインを確認', { year: 2026, month: 5, day: 20 }, []],
    ['18日午後、不正ログインを確認', null, []],
  ])('a release opening on "18日午後": %s', (text, reference, expected) => {
    expect(ymd(text, reference)).toEqual(expected);
  });

  test.each([
    ['今月8日以降に不正アクセスを受けた', { year: 2026, month: 3, day: 20 }, [[2026, 3, 8, true]]],
    ['先月28日に不正アクセスを受けた', { year: 2026, month: 1, day: 10 }, [[2025, 12, 28, true]]],
    ['今月8日以降に不正アクセスを受けた', null, []],
  ])('今月 / 先月: %s', (text, reference, expected) => {
    expect(ymd(text, reference)).toEqual(expected);
  });

  test.each([
    // No publication date: a day before the end of a span the text dates falls after it, in the next year.
    ['4月18日、取引先のサーバーがランサムウェアに感染しました。期間：2001年10月28日から2024年8月26日の間に契約', [[2025, 4, 18, false], [2001, 10, 28, true]]],
    // Negative rows: a day after the span's end stays in its year; a single date is no span; a publication date decides.
    ['9月18日、取引先のサーバーがランサムウェアに感染しました。期間：2001年10月28日から2024年8月26日の間に契約', [[2024, 9, 18, false], [2001, 10, 28, true]]],
    ['4月18日、サーバーがランサムウェアに感染しました。2024年8月26日に公表しました', [[2024, 4, 18, false], [2024, 8, 26, true]]],
  ])('the year-less date before a dated span: %s', (text, expected) => {
    expect(ymd(text)).toEqual(expected);
  });

  test.each([
    // No publication date: a day before the opening of a period the text tells of falls after it, in the next year (issue #10).
    ['お客様情報が漏えいした可能性があることを、4月10日に確認しました。サービス設備が、2024年8月3日以降に不正なアクセスを受け、不正なプログラムが実行されていました。2024年8月3日時点でご利用が終了しているご契約も対象です。', [[2025, 4, 10, false], [2024, 8, 3, true], [2024, 8, 3, true]]],
    // Negative rows: a day after the opening stays in its year; a bound of stored data opens no period of events.
    ['お客様情報が漏えいした可能性があることを、9月10日に確認しました。サービス設備が、2024年8月3日以降に不正なアクセスを受けました。2024年8月3日時点でご利用が終了しているご契約も対象です。', [[2024, 9, 10, false], [2024, 8, 3, true], [2024, 8, 3, true]]],
    ['4月10日に不正アクセスを確認しました。2024年8月3日以降にご登録のお客様の情報が対象です。2024年8月5日に公表しました。', [[2024, 4, 10, false], [2024, 8, 3, true], [2024, 8, 5, true]]],
  ])('the year-less date before a dated opening: %s', (text, expected) => {
    expect(ymd(text)).toEqual(expected);
  });

  test('a range end after a date is part of it, not a day of its own', () => {
    expect(ymd('2025年7月10日(木)の未明から11日(金)の昼にかけて不正ログインがあった')).toEqual([[2025, 7, 10, true]]);
  });

  test('a bare "14日" far from any dated text is not a date', () => {
    expect(ymd('2025年3月1日' + 'あ'.repeat(700) + '\n 14日 報告')).toEqual([[2025, 3, 1, true]]);
  });
});

describe('the year from the written weekdays, when nothing else dates a text', () => {
  test.each([
    // 2025-03-31 was a Monday, 2025-04-01 a Tuesday: one weekday is mistyped, the year of the other (the later of a tie) holds.
    ['3月31日(日)に発生したランサムウェア被害について。4月1日(火)から営業いたします。', [[2025, 3, 31, false], [2025, 4, 1, false]]],
    // Both weekdays agree on 2024 (2024-03-31 a Sunday, 2024-04-01 a Monday).
    ['3月31日(日)に発生。4月1日(月)から営業いたします。', [[2024, 3, 31, false], [2024, 4, 1, false]]],
    // The latest year written is a data period's (2023年度): a weekday moves the date on, not back (2025-04-18 was a Friday).
    ['### 4月18日(金曜日)\n委託先から連絡を受けた。\n令和5年度(2023年度)の卒業アルバム', [[2025, 4, 18, false]]],
    // Without a weekday a year of the data gives none: the reference day's does.
    ['### 4月18日\n委託先から連絡を受けた。\n令和5年度(2023年度)の卒業アルバム', [[2026, 4, 18, false]]],
    // A weekday that fits the latest year written keeps it (2023-04-18 was a Tuesday).
    ['### 4月18日(火)\n委託先から連絡を受けた。\n2023年度の卒業アルバム', [[2023, 4, 18, false]]],
  ])('%s', (text, expected) => {
    expect(ymd(text, null, READ_ON)).toEqual(expected);
  });
});

describe('a pasted body that writes no year: the reference day (the caller\'s, or today) dates it', () => {
  test.each([
    // The most recent such date up to the reference day; 本年 / 昨年 its year and the one before.
    ['10月15日に不正アクセスを確認しました。', READ_ON, [[2026, 10, 15, false, 'reference']]],
    ['本年5月21日に不正アクセスを確認しました。', READ_ON, [[2026, 5, 21, false, 'reference']]],
    ['昨年12月3日に不正アクセスを確認しました。', READ_ON, [[2025, 12, 3, false, 'reference']]],
    // A December date read in January is last year's; a date a few days on (a schedule) keeps the reference's year.
    ['12月3日に検知し、同日中に遮断しました。', { year: 2026, month: 1, day: 10 }, [[2025, 12, 3, false, 'reference'], [2025, 12, 3, false, 'reference']]],
    ['12月15日より再開いたします。', READ_ON, [[2026, 12, 15, false, 'reference']]],
    ['12月28日に発生しました。', READ_ON, [[2025, 12, 28, false, 'reference']]],
    // Words counted from the day of publication: from the reference day.
    ['本日、ランサムウェアによる被害が発生しました。', READ_ON, [[2026, 12, 7, false, 'reference']]],
    ['10日午前、不審なログインを確認しました。', READ_ON, [[2026, 11, 10, false, 'reference']]],
    // Negative rows: a year the text gives wins (a date's, a chronology's); a publication date wins.
    ['2025年10月1日に不正アクセスを受け、11月20日に確認しました。', READ_ON, [[2025, 10, 1, true, null], [2025, 11, 20, false, null]]],
    ['5月27日に改ざんを受けました。2025年6月17日に公表しました。', READ_ON, [[2025, 5, 27, false, null], [2025, 6, 17, true, null]]],
    // (A year that bounds stored data is none of the events': the reference day dates them.)
    ['5月16日に不正アクセスを受けました。対象は2015 年から 2023 年に弊社に在籍していた社員です。', READ_ON, [[2026, 5, 16, false, 'reference']]],
  ])('%s (read on %o)', (text, anchor, expected) => {
    expect(withSource(text, anchor)).toEqual(expected);
  });

  test('a publication date dates it, not the reference day', () => {
    expect(withSource('12月30日に検知、1月4日に復旧', { year: 2030, month: 6, day: 1 }, { year: 2026, month: 2, day: 1 })).toEqual([[2025, 12, 30, false, null], [2026, 1, 4, false, null]]);
  });

  test.each([
    // The weekday's year nearest the reference day, not after its year (2025-10-15 a Wednesday; 2026-10-15 a Thursday).
    ['10月15日(水)17時22分~20時42分の間に不正ログインがありました。', [[2025, 10, 15, false, 'weekday']]],
    ['10月15日(水)~17日(金)にかけて障害が発生しました。', [[2025, 10, 15, false, 'weekday']]],
    // The dates after it go on in its year.
    ['10月15日(水)に検知し、10月20日に公表しました。', [[2025, 10, 15, false, 'weekday'], [2025, 10, 20, false, 'weekday']]],
    // Negative rows: a range of days with no month is no date; 2月29日 is a Sunday in no year up to ten back (then the
    // reference's year, which has none); weekdays of a time table date nothing.
    ['15日(水)~17日(金)にかけて障害が発生しました。', []],
    ['2月29日(日)に発生しました。', []],
    ['受付時間 月曜日~金曜日 9:00~17:00\n10月15日に不正アクセスを確認しました。', [[2026, 10, 15, false, 'reference']]],
    ['| 曜日 | 受付時間 |\n|---|---|\n| 月~金 | 9:00~17:00 |\n\n10月15日に不正アクセスを確認しました。', [[2026, 10, 15, false, 'reference']]],
  ])('a written weekday: %s', (text, expected) => {
    expect(withSource(text)).toEqual(expected);
  });
});

describe('with no publication date, a year-less date takes the year of the events the text dates, never of its data', () => {
  test.each([
    // Years that bound stored data: a span of years, "…以降", a fiscal year, records "…以降のもの".
    ['5月16日に不正アクセスを受けました。対象は2015 年から 2023 年に弊社に在籍していた社員です。', []],
    ['5月16日に不正アクセスを受けました。対象は2014 年以降に弊社に在籍をしていた社員です。', []],
    ['本年9月10日に問合せを受けました。当社が2020 年度に実施した事業の参加者の情報です。', []],
    ['※流出したのは2021年10月以降のもの\n11月20日に不正アクセスを確認しました。', [[2021, 10, null, true]]],
    // A plan dates no event.
    ['5月27日に改ざんを受けました。2026年1月下旬よりリニューアルオープンする見通しが立ちました。', [[2026, 1, null, true]]],
    // Negative rows: a written day of an event, a bound reaching up to the present, a year in a link.
    ['5月27日に改ざんを受けました。2025年6月17日に公表しました。', [[2025, 5, 27, false], [2025, 6, 17, true]]],
    ['2025年10月1日に不正アクセスを受け、11月20日に確認しました。', [[2025, 10, 1, true], [2025, 11, 20, false]]],
    ['11月18日に感染を確認しました。2016年から2024年までの8年分の取引データが存在しています。', [[2024, 11, 18, false]]],
    ['4月15日に検知しました。詳細: https://www.example.jp/news/2025/0415.html', [[2025, 4, 15, false]]],
    // 昨年: the year before the latest single day the text dates an event on — not before a span's (often the data's).
    ['昨年5月18日、サーバーへの不正アクセスが発生しました。令和7年5月12日、町教育委員会から報告しました。', [[2024, 5, 18, false], [2025, 5, 12, true]]],
    ['昨年8月20日に報告がございました。対象日:2024年6月18日から2024年7月18日までのご宿泊日', [[2024, 8, 20, false], [2024, 6, 18, true]]],
  ])('%s', (text, expected) => {
    expect(ymd(text)).toEqual(expected);
  });
});

describe('the day a pasted text dates itself by', () => {
  const day = (text: string) => bodyReferenceDate(normalizeText(text).text);
  test.each([
    ['本日2025年1月29日、職員のメールアカウントが不正アクセスを受けました。', { year: 2025, month: 1, day: 29 }],
    ['本日（2025年12月11日）より、公式サイトがサイバー攻撃を受けております。', { year: 2025, month: 12, day: 11 }],
    ['2025年7月10日現在、他の被害は確認されておりません。', { year: 2025, month: 7, day: 10 }],
    // The latest "now", and 本日 before it.
    ['2025年7月10日現在、調査中です。2025年7月15日現在、被害はありません。', { year: 2025, month: 7, day: 15 }],
    ['本日2025年1月29日、不正アクセスを受けました。2025年2月1日現在、調査中です。', { year: 2025, month: 1, day: 29 }],
    // Negative rows: 時点 bounds data; "~現在まで" ends a span; a date of an event; a year-less "now".
    ['2024年8月3日時点でご利用が終了しているご契約', null],
    ['送信日時:2025年8月19日(火)21:03~現在まで', null],
    ['2025年7月10日、サイバー攻撃を受けました。現在調査中です。', null],
    ['7月10日現在、調査中です。', null],
  ])('%s', (text, expected) => {
    expect(day(text)).toEqual(expected);
  });
});
