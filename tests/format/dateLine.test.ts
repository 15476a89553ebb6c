import { describe, expect, test } from 'vitest';
import {
  asOfDate, bylineDate, dateOfDateLine, isCreationLabel, datesOfDateLine, eraInitialDateLine, FOLDS_TO_DIGIT, labelledTitleDate, monthDayDateLine, pageTitleDate, placedDateLine, postMetaDate,
  titleDatePrefix, titleDateSuffix, twoDigitYearDateLine, withoutPageInfo, writtenYears, yearlessDateLine, yearOfMonthDay,
} from '../../src/format/dateLine.js';

describe('dateOfDateLine: a line that is a date and its label only', () => {
  test.each([
    // A date in kanji numerals, as a formal letter or a press page writes it: the year digit by digit or the era's.
    ['二〇二五年七月十六日', '2025-07-16'],
    ['二〇二六年四月二十八日発表', '2026-04-28'],
    ['令和七年十二月三十一日', '2025-12-31'],
    ['令和元年五月七日', '2019-05-07'],
    ['公開日：二〇二六年一月二十三日', '2026-01-23'],
    // …but not a year of other than four digits, a month or a day out of range, or a date in a sentence.
    ['二〇二五五年七月十六日', null],
    ['二千二十五年七月十六日', null],
    ['二〇二五年十三月一日', null],
    ['二〇二五年七月三十二日', null],
    ['二〇二五年七月十六日に発生しました', null],
    // A portal's card footer: the labelled date, then the page's view count; a bare date's count is a list's item.
    ['掲載日 2026年04月16日　閲覧数 1,181', '2026-04-16'],
    ['公開日：2025/2/28 | 1,234 views', '2025-02-28'],
    ['掲載日 2026年01月23日　閲覧 1,181回', '2026-01-23'],
    ['2026年04月16日　閲覧数 1,181', null],
    ['掲載日 2026年04月16日　被害件数 1,181', null],
    // A theme's meta row: the bare date, the post's category, the view count (THE THOR's 「N view」) — the category makes it
    // no list's item; a headline there, or no category, keeps it one.
    ['令和八年二月四日 お知らせ 52,637view', '2026-02-04'],
    ['二〇二五年四月二十四日発表 お知らせ 25,493view', '2025-04-24'],
    ['2025.12.03 お知らせ 1,204 views', '2025-12-03'],
    ['お知らせ 2025.12.03 1,204 views', '2025-12-03'],
    ['2025.12.03 1,204 views', null],
    ['2025.12.03 ホームページをリニューアルしました 1,204 views', null],
    ['2025.12.03 お知らせ 1,204 件', null],
    // A machine's timestamp printed as the page's date (a theme's <time> shown as its datetime), alone or with the category.
    ['2026-03-02T18:00:00+09:00', '2026-03-02'],
    ['2026-03-02T18:00:00+09:00 お知らせ 31,044view', '2026-03-02'],
    ['2026-03-02T18:00Z', '2026-03-02'],
    ['2026-03-02T18:00:00+09:00頃に発生', null],
    ['2026-03-02T18:00:00+09:00 不正アクセスを確認', null],
    // A news category's badge before a labelled date.
    ['重要 掲載日：2026年7月16日　最終更新日：2026年8月5日', '2026-07-16'],
    ['お知らせ 公開日 2026/07/16', '2026-07-16'],
    // …also run into the label, as a printed page sets the badge beside it (no space between them).
    ['お知らせ公開日：2026年2月6日', '2026-02-06'],
    ['重要なお知らせ更新 2025.04.09', '2025-04-09'],
    ['ニュースリリース掲載日：2026年2月6日 更新日：2026年3月1日', '2026-02-06'],
    ['お知らせ令和8年1月23日', '2026-01-23'],
    ['重要令和元年5月7日', '2019-05-07'],
    ['システム令和8年1月23日', null],
    // …but not a category that is no news category, nor a badge before a bare date's sentence.
    ['事故 掲載日：2026年7月16日', null],
    ['システム公開日：2026年2月6日', null],
    ['お知らせ公開予定：2026年2月6日', null],
    // A labelled date in an era's short dotted form; a bare one is no date line (a side bar's item, a version).
    ['重要 掲載日：R8.2.13 最終更新日：R8.3.10', '2026-02-13'],
    ['掲載日：Ｒ８．２．１３', '2026-02-13'],
    ['更新日：H30.4.1', '2018-04-01'],
    ['R8.2.13', null],
    // …or the label after the date: 「R8.3.6 掲載」 (with an update's date beside it); not a bare one with other words after it
    ['R8.3.6 掲載', '2026-03-06'],
    ['R8.3.6 掲載　更新日：2026.04.19', '2026-03-06'],
    ['R8.3.6 リリース', null],
    // …or a second label beside it, which makes the line a date line: the bare first date is the publication's
    ['R8.5.27 更新日：2026/07/06', '2026-05-27'],
    ['R7.7.17　更新日：2025年7月20日', '2025-07-17'],
    ['R7.7.17 / 最終更新日 R7.8.1', '2025-07-17'],
    ['V8.5.27 更新日：2026/07/06', null],
    ['R8.5.27 版 更新日：2026/07/06', null],
    // A second labelled date in brackets after the first: the publication date, not the update's.
    ['掲載日：2025年10月19日（最終更新日：2025年11月2日）', '2025-10-19'],
    ['公開日 2026/1/23 (更新日 2026/1/30)', '2026-01-23'],
    // …but brackets holding no labelled date are no second date.
    ['掲載日：2025年10月19日（更新）', null],
    ['2026年1月23日（2026年1月30日）', null],
    // both dates in the short form, the update's after a slash or a space (a table-layout CMS's 「公開日 … / 最終更新日 …」)
    ['公開日 R7.1.21　/　最終更新日 R7.2.16', '2025-01-21'],
    ['公開日 R7.12.26 最終更新日 R8.2.18', '2025-12-26'],
    ['公開日 R7.12.26 / 最終更新日 RX.2.18', null],
    ['掲載日：R8.2.13.1', null],
    // …in slashes as well as dots (one separator throughout)
    ['公開日：R7/5/8', '2025-05-08'],
    ['掲載日：R7/5.8', null],
    ['R7/5/8', null],
    // A date in English words under a Japanese label (a theme's format), month first or day first; 公開日 still wins.
    ['公開日：Nov 13, 2025　更新日：Nov 15, 2025', '2025-11-13'],
    ['更新日：Nov 15, 2025 公開日：Nov 13, 2025', '2025-11-13'],
    ['公開日：November 13, 2025', '2025-11-13'],
    ['Posted on Sept. 3rd, 2025', '2025-09-03'],
    ['13 Nov 2025', '2025-11-13'],
    // …but not a word that only begins like a month, a month without its year, nor a date followed by a sentence.
    ['Mayor 5, 2025', null],
    ['公開日：Nov 13', null],
    ['Nov 13, 2025 Security advisory', null],
    ['公開日：Nov 32, 2025', null],
    ['2026年1月23日', '2026-01-23'],
    ['2026.01.23', '2026-01-23'],
    ['2026/1/23', '2026-01-23'],
    ['令和8年1月23日', '2026-01-23'],
    ['公開日：2026年1月23日', '2026-01-23'],
    ['2026 年 1 月 23 日 (金)', '2026-01-23'],
    ['掲載日 2026/01/23 10:00', '2026-01-23'],
    // 公開日 wins over 更新日, in either order
    ['公開日：2026/1/23　更新日：2026/1/30', '2026-01-23'],
    ['最終更新日：2026/1/30 公開日：2026/1/23', '2026-01-23'],
    ['掲載日：2026/1/23　最終更新日：2026/1/30', '2026-01-23'],
    ['掲載日：2026年1月23日更新日：2026年1月30日', '2026-01-23'],
    ['Posted on 2026年1月23日', '2026-01-23'],
    ['このページの最終更新日：2026年1月30日', '2026-01-30'],
    ['2026年1月23日（金曜日）', '2026-01-23'],
    // an update date alone is still the line's date (the caller ranks it below a publication date)
    ['更新日：2026年1月30日', '2026-01-30'],
    // a press release's 配信日時 with its time, a weekday, a category past a bar
    ['配信日時：2025年12月3日 9時00分　｜　カテゴリ：コーポレート', '2025-12-03'],
    ['配信日：2025年12月3日（水）15時00分', '2025-12-03'],
    ['発表日 2026.01.23 午後3時30分', '2026-01-23'],
    ['公開日：令和8年1月23日 | お知らせ', '2026-01-23'],
    ['配信日時：2025/12/3 15:00 JST', '2025-12-03'],
    ['最終更新日：2026年1月30日 10時 公開日：2026年1月23日', '2026-01-23'],
    // a legacy page's date in brackets
    ['［2025.07.14］', '2025-07-14'],
    ['【2026年1月23日】', '2026-01-23'],
    ['（公開日：2026/1/23）', '2026-01-23'],
    // a second label without a colon, or past a slash
    ['公開日 2025年12月3日 最終更新日 2025年12月5日', '2025-12-03'],
    ['更新日 2025年12月5日 公開日 2025年12月3日', '2025-12-03'],
    ['公開日：2025年12月3日 / 更新日：2025年12月5日', '2025-12-03'],
    // an English weekday; a news category after the date
    ['2025.12.03 (Wed)', '2025-12-03'],
    ['2025年12月3日 プレスリリース', '2025-12-03'],
    ['2025.12.03 | お知らせ', '2025-12-03'],
    ['ニュースリリース　2025.12.03', '2025-12-03'],
    ['お知らせ | 2025年12月3日', '2025-12-03'],
    ['不正アクセス 2025年12月3日', null],
    // not date lines
    ['2025年12月3日 新サービス開始', null],
    ['公開日 2025年12月3日 更新日は未定', null],
    ['［2025.07.14］ 夏季休業のお知らせ', null],
    ['(2026年1月23日', null],
    ['2026年1月23日に不正アクセスを確認しました', null],
    // a bare date past which a bar gives a headline is a news list's item, not a date line
    ['2025年11月10日 ｜ 新サービスのお知らせ', null],
    // past the bar a field with a digit (a count, a date) is not a category
    ['配信日時：2025年12月3日 9時00分 ｜ 契約数100万件突破', null],
    ['2026年1月23日 15時に不正アクセスを検知', null],
    ['2026年1月', null],
    ['公開日：2026/1/23　お問い合わせ：0120-000-000', null],
    ['2026年1月23日～2026年1月25日', null],
    // a post's like button after its date and time; not a count without its mark, nor a mark before other words
    ['2025/01/28 10:00 ♡ 561', '2025-01-28'],
    ['2025.01.28 ★ 12', '2025-01-28'],
    ['2025/01/28 10:00 561', null],
    ['2025/01/28 ♡ 561件の流出', null],
    // the post's meta its theme sets after the date: the reading time, the post's tags (pages-w astro)
    ['二〇二五年四月十六日発表　この記事は約11分で読めます　#お知らせ', '2025-04-16'],
    ['2025.12.03　読了時間：3分', '2025-12-03'],
    ['公開日：2025/12/3 3 min read #重要', '2025-12-03'],
    // …not a count or a sentence after the date, nor a tag that is a number
    ['2025年4月16日 #1', null],
    ['2025年4月16日　11分間停止しました', null],
    // ISO 8601's stamp as a theme prints it, its time and offset after the date (pages-y wpthor)
    ['2026-03-02T18:00:00+09:00', '2026-03-02'],
    ['2026-03-02T09:30Z', '2026-03-02'],
    ['公開日：2026-03-02T18:00:00.000+0900', '2026-03-02'],
    // …not a stamp cut short or run into a sentence
    ['2026-03-02T18', null],
    ['2026-03-02T18:00:00+09:00に発生しました', null],
  ])('%s → %s', (line, iso) => {
    expect(dateOfDateLine(line)).toBe(iso);
  });

  // 「更新」 is a news category's badge, and an update's label when its colon follows it (pages-w rainier's 「更新：…　掲載：…」).
  test.each([
    ['更新：2026年1月27日　掲載：2026年1月21日', [{ iso: '2026-01-27', update: true }, { iso: '2026-01-21', update: false }]],
    ['更新：2026/1/27', [{ iso: '2026-01-27', update: true }]],
    // negative: a category's badge run into a publication label, or before a date with a colon
    ['更新公開日：2026/1/27', [{ iso: '2026-01-27', update: false }]],
    ['お知らせ：2026/1/27', [{ iso: '2026-01-27', update: false }]],
  ])('%s: an update\'s label, not a badge', (line, dates) => {
    expect(datesOfDateLine(line)).toEqual(dates);
  });

  test('both dates of a publication/update line are given, labelled', () => {
    expect(datesOfDateLine('公開日：2026/1/23　更新日：2026/1/30')).toEqual([
      { iso: '2026-01-23', update: false },
      { iso: '2026-01-30', update: true },
    ]);
  });
});

describe('eraInitialDateLine: a line that is a date in the era\'s initial alone', () => {
  test.each([
    ['R7.5.8', '2025-05-08'],
    ['R7/1/30', '2025-01-30'],
    ['Ｒ７．１０．２１', '2025-10-21'],
    ['[H30.4.1]', '2018-04-01'],
    // not a date: a month missing, mixed signs, more parts, a version, another letter, a day out of range
    ['R7.5', null],
    ['R7.5/8', null],
    ['R7.5.8.1', null],
    ['v7.5.8', null],
    ['R7.5.8 リリース', null],
    ['R7.13.1', null],
  ])('%s → %s', (line, iso) => {
    expect(eraInitialDateLine(line)?.[0]?.iso ?? null).toBe(iso);
  });
});

describe('yearlessDateLine: a date line with a weekday and no year, dated by the years the page writes', () => {
  test.each([
    ['4月17日（木）掲載', [2025, 2026], '2025-04-17'],
    ['4月23日（木）掲載', [2026], '2026-04-23'],
    ['掲載日：4/23(木)', [2025, 2026], '2026-04-23'],
    ['【4月17日(木)】', [2024, 2025], '2025-04-17'],
    // no weekday, a weekday no year fits, two years fitting, no year written, a year written, more than a date; a
    // two-digit year is no year-less line (placedDateLine reads it where the date line stands)
    ['25/06/11', [2025], null],
    ['4月17日掲載', [2025], null],
    ['4月17日（金）掲載', [2025], null],
    ['4月17日（木）', [2025, 2031], null],
    ['4月17日（木）', [], null],
    ['2025年4月17日（木）', [2025], null],
    ['4月17日（木）に発生した障害について', [2025], null],
  ])('%s with %j → %s', (line, years, iso) => {
    expect(yearlessDateLine(line, new Set(years))?.[0]?.iso ?? null).toBe(iso);
  });
});

describe('withoutPageInfo: the page\'s number before a labelled date (a table layout\'s strip)', () => {
  test.each([
    ['ページ番号：81578　更新日：2025/11/29', '更新日:2025/11/29'],
    ['記事ID: 1024 | 掲載日：2026年1月23日', '掲載日:2026年1月23日'],
    ['ページ番号 13052　公開日：R7.11.21', '公開日:R7.11.21'],
    // Before a bare date, behind a count's label, or with no page number: none.
    ['ページ番号：81578　2025/11/29', null],
    ['件数：81578　更新日：2025/11/29', null],
    ['更新日：2025/11/29', null],
    ['ページ番号：81578', null],
  ])('%s → %s', (line, expected) => {
    expect(withoutPageInfo(line)).toBe(expected);
  });
});

describe('bylineDate: a blog entry\'s byline dates the entry', () => {
  test.each([
    ['投稿日: 2025年4月18日2025年5月4日 投稿者: 広報担当 6件のコメント', '2025-04-18'],
    ['投稿日: 2025/04/222025/05/08 投稿者: 広報担当 15件のコメント', '2025-04-22'],
    ['投稿日: 2025/4/52025/5/8', '2025-04-05'],
    ['公開日：2025年4月18日 10:00 カテゴリー：お知らせ', '2025-04-18'],
    ['Posted on 2025.04.22 by admin', '2025-04-22'],
    ['投稿者：広報担当 発表日：令和7年(2025年)7月31日', '2025-07-31'],
    ['作成者: 総務課 公開日: 2025/4/17', '2025-04-17'],
    // not a byline's date: the labelled date opens a sentence
    ['投稿者：広報担当 発表日：2025年7月31日に調査', null],
    ['投稿日時 2025年4月18日 コメント(3)', '2025-04-18'],
    ['投稿日: 2025年4月18日2025年5月4日 投稿', '2025-04-18'],
    // the author first, the date after the name (Movable Type's byline)
    ['投稿者：広報担当 (2025年04月17日 10:00)', '2025-04-17'],
    ['投稿者：広報担当 (2025年04月17日 10:00) コメント (53)', '2025-04-17'],
    ['Posted by admin at 2025.04.17 10:00', '2025-04-17'],
    ['作成者: 総務課 | 2025/4/17', '2025-04-17'],
    ['投稿者: 広報 2025年4月18日', '2025-04-18'],
    // the date in the era's initial after the author (the label says it is the entry's date)
    ['投稿者：広報担当 | R7.10.21', '2025-10-21'],
    ['投稿日: R7/10/21', '2025-10-21'],
    ['投稿者：広報担当 | R7.10', null],
    ['投稿者：広報担当 | R7.10.21.3', null],
    // Movable Type's entry footer: a name of two words, the permalink, comments and trackbacks (wrapped or not)
    ['投稿者: 小林 大輔 2025年06月18日 10:00 | パーマリンク | コメント (0) | トラックバック (3)', '2025-06-18'],
    ['投稿者: 小林 大輔 2025年06月18日 10:00 | パーマリンク | コメント (0) | トラックバ', '2025-06-18'],
    // the author, then the labelled date and the entry's other fields after it
    ['投稿者 webmaster 公開日：2025年4月7日 | コメント (0) | トラックバック (0)', '2025-04-07'],
    ['投稿者 webmaster 掲載日：2025年5月12日（最終更新日：2025年6月3日） |', '2025-05-12'],
    ['投稿者：広報担当 公開日：2025年4月7日 | コメント (0) | 対象者 1,200名', null],
    // not a byline's date: another number, a sentence, no label, another field's label, a month alone
    ['投稿日: 2025年4月18日 対象者 1,200名', null],
    ['投稿日: 2025年4月18日に不正アクセスを確認', null],
    ['投稿者：広報担当 (2025年04月17日 10:00) 対象者 1,200名', null],
    ['投稿者: 広報 2025年4月18日に公開予定', null],
    ['担当者: 山田 2025年4月18日', null],
    ['投稿者: 広報担当 お問い合わせ 2025年4月18日', null],
    ['2025年4月18日 投稿者: 広報担当', null],
    ['投稿日: 2025年4月', null],
    ['投稿日: 2025年4月18日 投稿内容の一部', null],
    ['投稿者: 小林 大輔 2025年06月18日 10:00 | パーマリンク | 対象者 1,200名', null],
    ['投稿者: 小林 大輔 対象 2025年06月18日', null],
    // the author, then a field labelled 日時 alone (Movable Type's 「投稿者: … 日時: …」), or 投稿日時 with XOOPS's hit count
    ['投稿者: webmaster 日時: 2026/6/30（火）', '2026-06-30'],
    ['投稿者: webmaster 日時: R8.06.24', '2026-06-24'],
    ['投稿者: 小林 大輔 日時: 2025年06月18日 10:00', '2025-06-18'],
    ['投稿者: 小林 大輔 日時点 2025年06月18日', null],
    ['投稿者: 事務局 日時: Posted: 2026-08-12', '2026-08-12'],
    ['投稿者 : 事務局 投稿日時 : 2026.08.06 (644 ヒット)', '2026-08-06'],
    ['投稿者 : 事務局 投稿日時 : 2026.08.06 (644 件)', null],
    ['投稿者: webmaster 日時: 2026/6/30に発生', null],
    ['日時: 2026/6/30（火）', null],
    ['投稿者: webmaster 開催日時: 2026/6/30', null],
  ])('%s → %s', (line, iso) => {
    expect(bylineDate(line)).toBe(iso);
  });
});

describe('postMetaDate: a post\'s meta row (author · date · reading time) dates the post', () => {
  test.each([
    ['株式会社サンプル · 2025/11/10 · 6分で読めます', '2025-11-10'],
    ['サンプル投資顧問株式会社 · 2025.04.21 · 3分で読めます', '2025-04-21'],
    ['NECサンプルソリューションズ株式会社 · 2025年12月19日（金） · 3分で読めます', '2025-12-19'],
    ['広報部 | 2026年1月23日 | お知らせ', '2026-01-23'],
    ['2026.01.23 • 5 min read', '2026-01-23'],
    ['令和７年６月１３日 ・ この記事は約85分で読めます', '2025-06-13'],
    ['2025/12/10 ・ 約3分', '2025-12-10'],
    // Set apart by spaces alone: the reading time and the post's tags after the date (an Astro theme's meta row).
    ['2025/2/7（金） この記事は約12分で読めます #お知らせ', '2025-02-07'],
    ['二〇二五年四月十六日発表 この記事は約11分で読めます #お知らせ', '2025-04-16'],
    ['2025年3月1日 #お知らせ #重要', '2025-03-01'],
    ['2025.03.01 5 min read', '2025-03-01'],
    // …not a date with other words after it, a clause, a date without its year, nor a date with nothing after it
    ['2025年3月1日 お知らせ 広報部', null],
    ['2025年3月1日に発生した件 #お知らせ', null],
    ['3月1日 この記事は約5分で読めます', null],
    ['この記事は約5分で読めます', null],
    // not a meta row: a count beside the date, two dates, a sentence, no separator, no date
    ['株式会社サンプル · 2025/11/10 · 閲覧数 1,204', null],
    ['2025/11/10 · 2025/11/12', null],
    ['2025年11月10日 · 不正アクセスを確認し、調査を開始しました。', null],
    ['株式会社サンプル 2025/11/10 6分で読めます', null],
    ['株式会社サンプル · 6分で読めます', null],
    ['2025年6月13日 ・ この記事は閲覧数 1,204', null],
    ['ホーム ・ ニュース ・ 2025年6月13日、不正アクセスを確認', null],
    // Tags after the row's fields, and a machine's timestamp as its date.
    ['2026-08-03T14:00:00+09:00 ・ 6 min read #お知らせ', '2026-08-03'],
    ['2026.01.23 ・ 5 min read #セキュリティ #重要', '2026-01-23'],
    ['2026-08-03T14:00 ・ 6 min read', '2026-08-03'],
    ['2026-08-03T14:00:00+09:00 ・ #お知らせ 1,204', null],
    ['2026-08-03T99 ・ 6 min read', null],
  ])('%s → %s', (line, iso) => {
    expect(postMetaDate(line)).toBe(iso);
  });
});

describe('datesOfDateLine: an English date with the year first, as a calendar badge stacks it', () => {
  test.each([
    ['2025 OCT 03', '2025-10-03'],
    ['2025OCT03', '2025-10-03'],
    ['2025 December 3', '2025-12-03'],
    ['Dec 3, 2025', '2025-12-03'],
    // not a date: a month name with no day, a word after the day
    ['2025 OCT', null],
    ['2025 OCT 03 release notes', null],
  ])('%s → %s', (line, iso) => {
    expect(dateOfDateLine(line)).toBe(iso);
  });
});

describe('dateOfDateLine: an English weekday after the date, as a corporate theme sets it', () => {
  test.each([
    ['2025.08.29 FRI', '2025-08-29'],
    ['2025/08/29 Fri.', '2025-08-29'],
    ['2025.08.29 Friday', '2025-08-29'],
    ['2025.08.29 (FRI)', '2025-08-29'],
    ['2025年8月27日 Wednesday 10:00', '2025-08-27'],
    // not a weekday: a word that opens like one, or a weekday with words after it
    ['2025.08.29 Sunshine', null],
    ['2025.08.29 FRIEND', null],
    ['2025.08.29 FRI 新製品発表', null],
  ])('%s → %s', (line, iso) => {
    expect(dateOfDateLine(line)).toBe(iso);
  });
});

describe('datesOfDateLine: a category word that is itself a date\'s label labels the line', () => {
  test.each([
    ['更新：2026年8月1日　掲載：2026年7月28日', [{ iso: '2026-08-01', update: true }, { iso: '2026-07-28', update: false }]],
    ['更新:2026年8月1日', [{ iso: '2026-08-01', update: true }]],
    // A category badge run into a date's label is still a badge.
    ['お知らせ公開日：2026年2月6日', [{ iso: '2026-02-06', update: false }]],
    ['重要 掲載日：2026年7月16日', [{ iso: '2026-07-16', update: false }]],
  ])('%s', (line, dates) => {
    expect(datesOfDateLine(line)).toEqual(dates);
  });
});

describe('FOLDS_TO_DIGIT: a character that folds (NFKC) to a digit, the test before a line is folded', () => {
  test.each([
    ['2', true],
    ['２', true],
    ['①', true],
    ['⑳', true],
    ['²', true],
    ['㏠', true],
    ['㋀', true],
    ['𝟙', true],
    ['年', false],
    ['一', false],
    ['Ⅷ', false],
    ['公開日', false],
  ])('%s: %s', (ch, expected) => {
    expect(FOLDS_TO_DIGIT.test(ch)).toBe(expected);
    expect(/[0-9]/.test(ch.normalize('NFKC'))).toBe(expected);
  });

  test('a date line written in compatibility characters still reads', () => {
    expect(dateOfDateLine('公開日：２０２６年１月２３日')).toBe('2026-01-23');
  });
});

describe('titleDatePrefix: a site\'s date set in square brackets before its titles', () => {
  test.each([
    ['【2025/04/21】当社が使用するメールシステムへの不正アクセスに関するお知らせ', { title: '当社が使用するメールシステムへの不正アクセスに関するお知らせ', date: '2025-04-21' }],
    ['［2026.01.23］ 不正アクセスに関するお知らせ', { title: '不正アクセスに関するお知らせ', date: '2026-01-23' }],
    ['[2025年12月3日] ランサムウェア被害のお知らせ', { title: 'ランサムウェア被害のお知らせ', date: '2025-12-03' }],
    // in round brackets, the year first
    ['(2025.04.22) 卒業アルバムに掲載された情報の漏えいの可能性について', { title: '卒業アルバムに掲載された情報の漏えいの可能性について', date: '2025-04-22' }],
    ['（2025年7月11日）不正アクセスによるメールアドレス変更について', { title: '不正アクセスによるメールアドレス変更について', date: '2025-07-11' }],
    ['(第2報) 不正アクセスに関するお知らせ', null],
    ['(7/11) 不正アクセスに関するお知らせ', null],
    ['(2025年7月11日発生) 不正アクセスに関するお知らせ', null],
    // Not a bare date: a label, 発表, or words inside the brackets belong to the title.
    ['（令和7年7月15日発表）綾瀬市が利用する電子申請サービスへの不正アクセス被害について', null],
    ['【令和7年7月15日発表】電子申請サービスへの不正アクセス被害について', null],
    ['【重要】不正アクセスに関するお知らせ', null],
    ['【第2報】不正アクセスに関するお知らせ', null],
    // A date in brackets later in the title stays.
    ['不正アクセスに関するお知らせ【2025/04/21更新】', null],
    // Nothing after the date: no title to give.
    ['【2025/04/21】', null],
    // In the era's initial, in ISO form, in the era's name (full-width too), with a time: the date alone all the same.
    ['【R8.3.16】当社グループシステムに対する不正アクセスの発生について', { title: '当社グループシステムに対する不正アクセスの発生について', date: '2026-03-16' }],
    ['【2025-04-18】公共下水道台帳システムに関する個人情報流出の可能性について', { title: '公共下水道台帳システムに関する個人情報流出の可能性について', date: '2025-04-18' }],
    ['【令和７年５月１２日】宿泊予約サービスにおける個人情報漏洩の可能性に関するお知らせ', { title: '宿泊予約サービスにおける個人情報漏洩の可能性に関するお知らせ', date: '2025-05-12' }],
    ['【2025/07/07 10:13】不正アクセスに関するお知らせ', { title: '不正アクセスに関するお知らせ', date: '2025-07-07' }],
    // negative: an era's initial without its day, a fiscal year's span, a version: no date alone
    ['【R8.3】不正アクセスに関するお知らせ', null],
    ['【2025-2026年度】不正アクセスに関するお知らせ', null],
    ['【v7.5.8】不正アクセスに関するお知らせ', null],
  ])('%s', (title, expected) => {
    expect(titleDatePrefix(title)).toEqual(expected);
  });
});

describe('labelledTitleDate: the date a title carries after its notice\'s label', () => {
  test.each([
    ['【注意喚起】2026/05/12 メールアドレスの不正利用が確認されています', '2026-05-12'],
    ['［重要］２０２６．５．１２　不正ログインに関するお知らせ', '2026-05-12'],
    // A date in the headline's words, a date without its label, a date ending the title, a count: none.
    ['【重要】2026年4月1日施行の規約改定について', null],
    ['2026/05/12 メールアドレスの不正利用について', null],
    ['【注意喚起】メールアドレスの不正利用について（2026/05/12）', null],
    ['【注意喚起】2026/05/12', null],
    ['【第2報】2026/05/12 不正アクセスについて', null],
  ])('%s → %s', (title, expected) => {
    expect(labelledTitleDate(title)).toBe(expected);
  });
});

describe('titleDateSuffix and pageTitleDate: a page\'s date set in brackets after its title', () => {
  test.each([
    ['弊社システムに対するランサムウェア攻撃について（2025年04月28日）', { title: '弊社システムに対するランサムウェア攻撃について', date: '2025-04-28' }],
    ['サーバへの不正アクセスによる個人情報漏えいのおそれについてご報告とお詫び（2025/3/10）', { title: 'サーバへの不正アクセスによる個人情報漏えいのおそれについてご報告とお詫び', date: '2025-03-10' }],
    ['不正アクセスに関するお知らせ [2026.01.23]', { title: '不正アクセスに関するお知らせ ', date: '2026-01-23' }],
    // In the era's initial (R for 令和, H for 平成), as municipal pages write it.
    ['不正アクセスによるフィッシングサイトへ誘導するメッセージの配信についてのお詫び（R6.12.28）', { title: '不正アクセスによるフィッシングサイトへ誘導するメッセージの配信についてのお詫び', date: '2024-12-28' }],
    ['個人情報の流出について(H31.4.5)', { title: '個人情報の流出について', date: '2019-04-05' }],
    // Not a date in the era's initial: a product's model, a version, a part of the date missing.
    ['ルーターの脆弱性について（R6.12）', null],
    ['不正アクセスに関するお知らせ（RX100.2.3）', null],
    ['脆弱性対策について（V6.12.28）', null],
    // A label or a verb with the date says what the day was: it stays in the title.
    ['不正アクセスに関するお知らせ【2025/04/21更新】', null],
    ['システム障害について（2024年12月25日発生）', null],
    ['不正アクセスに関するお知らせ（第2報）', null],
    // A date inside the title, not closing it in brackets.
    ['2025年4月28日に発生したシステム障害について', null],
    // Nothing before the date: no title.
    ['（2025年4月28日）', null],
  ])('%s', (title, expected) => {
    expect(titleDateSuffix(title)).toEqual(expected);
  });

  test.each([
    ['【2025/04/21】当社が使用するメールシステムへの不正アクセスに関するお知らせ', '2025-04-21'],
    ['弊社システムに対するランサムウェア攻撃について（2025年04月28日）', '2025-04-28'],
    // In the title's own part, beside the site's.
    ['サーバへの不正アクセスについて（2025/3/10）｜お知らせ', '2025-03-10'],
    ['サーバへの不正アクセスについて（2025/3/10） | 株式会社Ａ', '2025-03-10'],
    ['【確報】ランサムウェア感染被害に伴う個人情報に関するお知らせ｜お知らせ', null],
    ['不正アクセスに関するお知らせ【2025/04/21更新】 | 株式会社Ａ', null],
  ])('pageTitleDate: %s', (title, expected) => {
    expect(pageTitleDate(title)).toBe(expected);
  });
});

describe('asOfDate: the latest day a release states its facts as of', () => {
  test.each<[string, string, string | null]>([
    ['現在において', '※物流会社からは、2025年9月12日現在において、お客様の個人情報が流出した具体的な事実は確認できていない旨の報告を受けております。', '2025-09-12'],
    ['時点, spaced as a PDF prints it', '流出が確認された個人情報の概要（2025 年 12 月 12 日時点）は以下のとおりです。', '2025-12-12'],
    ['the era, a weekday and an hour; the latest of two', '約1万人（令和8年2月14日 11時 時点）。令和8年2月16日（月）現在、調査を継続しております。', '2026-02-16'],
    ['full-width digits', '２０２５年９月２６日現在まで新たなアクセスは発生しておりません。', '2025-09-26'],
    // negative: a date that is no as-of date, or none at all
    ['an incident date', '2025年6月20日（金）未明、当社システムに対し不正アクセスを受けました。', null],
    ['a month without its day', '2025年9月末時点で脆弱性が公表されておりました。', null],
    ['no date', '現在、調査を継続しております。', null],
  ])('%s', (_, text, date) => {
    expect(asOfDate(text)).toBe(date);
  });

  test('linear on a long run of dates', () => {
    const text = '2025年12月1日'.repeat(20000);
    const start = performance.now();
    expect(asOfDate(text)).toBeNull();
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('twoDigitYearDateLine: a date line in a two-digit year, the year first', () => {
  test.each<[string, string | null]>([
    ['26/03/20', '2026-03-20'],
    ['２５／０６／１１', '2025-06-11'],
    ['掲載日：25.6.11', '2025-06-11'],
    ['[26/03/20]', '2026-03-20'],
    // negative: no month 13, a full year, a time's date from the browser's header, more on the line
    ['26/13/20', null],
    ['2026/03/20', null],
    ['12/6/26, 6:50 AM', null],
    ['26/03/20 採用説明会を開催します', null],
    ['Ver. 26.03.20', null],
  ])('%s', (line, expected) => {
    expect(twoDigitYearDateLine(line)).toBe(expected);
  });
});

describe('monthDayDateLine and yearOfMonthDay: a date line without its year', () => {
  test.each<[string, { month: number; day: number; weekday: number | null } | null]>([
    ['10月30日（木）掲載', { month: 10, day: 30, weekday: 4 }],
    ['掲載日：6月22日(月)', { month: 6, day: 22, weekday: 1 }],
    ['６月２２日 公開', { month: 6, day: 22, weekday: null }],
    // negative: a sentence, a period's bound, a count, a full date (dateOfDateLine's)
    ['6月22日（月）は休診いたします', null],
    ['6月22日から', null],
    ['6月22日（月）に3件', null],
    ['13月2日掲載', null],
  ])('%s', (line, expected) => {
    expect(monthDayDateLine(line)).toEqual(expected);
  });

  test.each<[string, { month: number; day: number; weekday: number | null }, number[], number | null, number | null]>([
    ['the weekday fits one year near the page\'s', { month: 10, day: 30, weekday: 4 }, [2025, 2025, 2026], null, 2025],
    ['the trail\'s year, the weekday agreeing', { month: 6, day: 22, weekday: 1 }, [], 2026, 2026],
    ['the trail\'s year, no weekday', { month: 6, day: 22, weekday: null }, [2019], 2026, 2026],
    // negative: the trail's year against the weekday; no weekday and no trail; no year on the page; a span too wide
    ['the trail\'s year against the weekday', { month: 6, day: 22, weekday: 1 }, [2026], 2025, null],
    ['no weekday and no trail', { month: 6, day: 22, weekday: null }, [2026], null, null],
    ['no year on the page', { month: 6, day: 22, weekday: 1 }, [], null, null],
    ['the weekday fitting no year near', { month: 10, day: 30, weekday: 6 }, [2025], null, null],
    ['years far apart', { month: 10, day: 30, weekday: 4 }, [2005, 2025], null, null],
  ])('%s', (_, line, years, trail, expected) => {
    expect(yearOfMonthDay(line, years, trail)).toBe(expected);
  });

  test('writtenYears: the years in full dates and the era\'s', () => {
    expect(writtenYears('2025年10月27日、2024/3/1、令和8年、２０２３．１．２、ID 20250 と 1999')).toEqual([2025, 2024, 2026, 2023]);
  });
});

describe('placedDateLine: a date line only its place makes the page\'s', () => {
  test.each<[string, number[], number | null, { iso: string; update: boolean }[] | null]>([
    ['26/03/20', [], null, [{ iso: '2026-03-20', update: false }]],
    ['10月30日（木）掲載', [2025], null, [{ iso: '2025-10-30', update: false }]],
    ['更新日：6月22日(月)', [], 2026, [{ iso: '2026-06-22', update: true }]],
    // negative: the month and day without a publication label; no year told
    ['10月30日（木）', [2025], null, null],
    ['10月30日掲載', [2025], null, null],
  ])('%s', (line, years, trail, expected) => {
    expect(placedDateLine(line, () => years, trail)).toEqual(expected);
  });
});

describe('dateOfDateLine: a date line in kanji numerals', () => {
  test.each([
    ['二〇二六年四月二十八日発表', '2026-04-28'],
    ['二〇二五年十二月一日', '2025-12-01'],
    ['公開日：二〇二六年一月二十三日', '2026-01-23'],
    ['令和八年四月二十八日', '2026-04-28'],
    ['令和元年十月十日', '2019-10-10'],
    // Negatives: no year, a month or day no calendar has, a year not written digit by digit, a sentence.
    ['四月二十八日', null],
    ['二〇二六年十三月一日', null],
    ['二〇二六年四月四十日', null],
    ['二千二十六年四月二十八日', null],
    ['二〇二六年四月二十八日に不正アクセスを確認しました。', null],
  ])('%s', (line, iso) => {
    expect(dateOfDateLine(line)).toBe(iso);
  });
});

describe('dateOfDateLine: an era\'s dotted date under its name (its initial alone needs a label)', () => {
  test.each([
    ['令和7.5.15', '2025-05-15'],
    ['令和７．５．１５', '2025-05-15'],
    ['平成31/4/30', '2019-04-30'],
    ['令和元.10.1', '2019-10-01'],
    ['公開日：令和7.12.3', '2025-12-03'],
    // Negatives: the initial alone (a version, a side bar's item), a month no calendar has, a fourth part (a version's),
    // the date in a sentence.
    ['R7.5.15', null],
    ['令和7.13.15', null],
    ['令和7.5.15.2', null],
    ['令和7.5.15に不正アクセスを確認しました。', null],
  ])('%s', (line, iso) => {
    expect(dateOfDateLine(line)).toBe(iso);
  });
});

describe('datesOfDateLine: a 掲載開始日 label, and 最終更新 without 日 as the second', () => {
  test.each([
    ['掲載開始日 2026年1月23日 ／ 最終更新 2026/02/01', [{ iso: '2026-01-23', update: false }, { iso: '2026-02-01', update: true }]],
    ['掲載開始日：2026年1月23日', [{ iso: '2026-01-23', update: false }]],
    ['公開日：2026/1/23 最終更新 2026/1/30', [{ iso: '2026-01-23', update: false }, { iso: '2026-01-30', update: true }]],
    // Negatives: 最終更新 before no date is no second date line; a sentence after the label is no date line.
    ['掲載開始日 2026年1月23日 ／ 最終更新者 総務課', null],
    ['掲載開始日 2026年1月23日から受付を開始します', null],
  ])('%s', (line, dates) => {
    expect(datesOfDateLine(line)).toEqual(dates);
  });
});

describe('pageTitleDate: a full date opening the title, a space after it, in no brackets', () => {
  test.each([
    ['2026年1月23日　不正アクセスに関するお知らせ', '2026-01-23'],
    ['2026.01.23 不正アクセスに関するお知らせ | 株式会社Ｘ', '2026-01-23'],
    ['株式会社Ｘ | ２０２６年１月２３日 個人情報漏えいのお詫び', '2026-01-23'],
    // Negatives: a date run into the title's words, a date with no year, a date alone.
    ['2026年1月23日に発生したシステム障害について', null],
    ['1月23日 不正アクセスに関するお知らせ', null],
    ['2026年1月23日', null],
  ])('%s', (title, iso) => {
    expect(pageTitleDate(title)).toBe(iso);
  });
});

describe('isCreationLabel: a record\'s creation stamp, not its publication', () => {
  test.each([
    ['作成日時 2025/03/31 17:35', true],
    ['登録日：2025年4月1日', true],
    ['Created 2025-03-31', true],
    // Negatives: a publication's label, or one beside the creation's.
    ['公開日：2025年4月17日', false],
    ['作成・公開日：2025年4月17日', false],
    ['作成者: 総務課 | 2025/4/17', false],
    ['2025年4月17日', false],
  ])('%s', (line, created) => {
    expect(isCreationLabel(line)).toBe(created);
  });
});
