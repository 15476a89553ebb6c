import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { timelineExtractor } from '../../src/extract/timeline.js';
import { emptyFindings } from '../../src/extract/types.js';
import { READ_ON } from '../helpers.js';

/** [date, event] of every timeline entry of a text, with an optional publication date (read on READ_ON, 2026-12-07). */
async function timelineOf(text: string, publishedAt: string | null = null, readOn = READ_ON): Promise<[string, string][]> {
  const doc = buildDocument(text, undefined, readOn);
  const found = emptyFindings();
  if (publishedAt) found.publishedAt.push({ value: publishedAt, evidence: null, ruleId: 'test', at: 0 });
  const part = await timelineExtractor.extract(doc, found, { tokenize: false });
  return part.timeline!.map((f) => [f.value.date, f.value.event]);
}

describe('years of dates written without one', () => {
  test.each([
    // From the publication date, across the December → January turn.
    ['12月28日、不審な通信を検知しました。', '2026-01-15', [['2025-12-28', 'detected']]],
    ['1月5日、不審な通信を検知しました。', '2025-12-20', [['2026-01-05', 'detected']]],
    ['本年3月2日に不正アクセスを検知しました。', '2026-05-01', [['2026-03-02', 'detected']]],
  ])('%s (published %s)', async (text, published, expected) => {
    expect(await timelineOf(text, published)).toEqual(expected);
  });

  test.each([
    // No publication date: the year written before it, moving on a year when the month goes back.
    ['2025年12月20日に攻撃が発生しました。1月6日に警察へ相談しました。', [['2025-12-20', 'occurred'], ['2026-01-06', 'reported']]],
    // …or the year written after it.
    ['9月3日に不正アクセスを検知しました。なお、2025年9月10日に当社ホームページで公表しました。', [['2025-09-03', 'detected'], ['2025-09-10', 'published']]],
    // …the latest year the text writes, not a data period's ("2000年…~2025年…").
    ['4月15日、当社サーバーがランサムウェアに感染しました。対象は2000年4月1日~2025年4月14日に受注したお客様です。', [['2025-04-15', 'occurred'], ['2000-04-01', 'other']]],
    // 本年 with no publication date: a year written in a link counts.
    ['本年3月7日、委託先から不審なアクセスがあった旨の連絡を受けました。詳細: https://example.jp/press/2025/20250708.html', [['2025-03-07', 'detected']]],
    // A year-less date after a range continues from the range's end.
    ['2024年11月1日~2025年1月31日の間に不正アクセスがありました。2月3日に警察へ相談しました。', [['2024-11-01', 'occurred'], ['2025-02-03', 'reported']]],
    // The same month and day written with a year elsewhere.
    ['改ざんは6月4日に確認されました。対象は2023年4月1日~2026年6月4日のご予約です。', [['2026-06-04', 'detected'], ['2023-04-01', 'other']]],
    // 同年 / 本年 without a publication date.
    ['2025年10月2日に検知し、同年10月9日にサーバーを復旧しました。', [['2025-10-02', 'detected'], ['2025-10-09', 'restored']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });

  test('a weekday picks the year when nothing else gives one', async () => {
    // 2025-04-18 was a Friday.
    expect(await timelineOf('4月18日（金）、委託先から情報流出の可能性がある旨の連絡がありました。')).toEqual([['2025-04-18', 'detected']]);
  });

  test('a year-less date with nothing to date it by takes the reference day\'s most recent year', async () => {
    expect(await timelineOf('4月18日、委託先から連絡を受けました。')).toEqual([['2026-04-18', 'detected']]);
    expect(await timelineOf('4月18日、委託先から連絡を受けました。', null, '2026-04-01')).toEqual([['2025-04-18', 'detected']]);
  });

  test('an inferred year is marked uncertain, a written one certain', async () => {
    const doc = buildDocument('2025年12月1日に隔離し、12月3日に復旧しました。');
    const found = emptyFindings();
    found.publishedAt.push({ value: '2025-12-10', evidence: null, ruleId: 'test', at: 0 });
    const part = await timelineExtractor.extract(doc, found, { tokenize: false });
    expect(part.timeline!.map((f) => f.value.certain)).toEqual([true, false]);
  });
});

describe('dates written against the one before', () => {
  test.each([
    ['2025年7月26日、サーバーへの不正アクセスが発生しました。調査の結果、不正アクセスの痕跡が確認されたため、同日中にネットワークから遮断しました。',
      [['2025-07-26', 'occurred'], ['2025-07-26', 'contained'], ['2025-07-26', 'detected']]],
    ['2025年7月28日に個人情報保護委員会へ報告し、翌29日には警察に相談しました。', [['2025-07-28', 'reported'], ['2025-07-29', 'reported']]],
    ['2025年7月31日に不正アクセスを検知し、翌日にサービスを停止しました。', [['2025-07-31', 'detected'], ['2025-08-01', 'contained']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });

  test('a chronology of bare days and months', async () => {
    const text = ['令和7年2月 委託先のサーバーがランサムウェアに感染', '', '3月', ' 10日 委託先がホームページで公表', ' 12日 委託先から本市に報告がありました'].join('\n');
    expect(await timelineOf(text)).toEqual([['2025-02', 'occurred'], ['2025-03', 'other'], ['2025-03-10', 'published'], ['2025-03-12', 'detected']]);
  });
});

describe('clauses', () => {
  test('dates in a list share the clause after the last one', async () => {
    expect(await timelineOf('2025年11月3日 9:10頃、11月4日 16:20頃、および同日 18:00頃の3回にわたり、迷惑メールが送信される事案が発生しました。')).toEqual([
      ['2025-11-03', 'occurred'], ['2025-11-04', 'occurred'], ['2025-11-04', 'occurred'],
    ]);
  });

  test('a date inside parentheses keeps to them', async () => {
    expect(await timelineOf('委託先で発生したシステム障害（2025年5月2日に発生）の調査で、不正アクセスが2025年5月9日に判明しました。')).toEqual([
      ['2025-05-02', 'occurred'], ['2025-05-09', 'detected'],
    ]);
  });

  test('a date inside a parenthesis does not end the clause of the date before', async () => {
    expect(await timelineOf('2025年4月2日から5日にかけて、約300通のメール（送受信期間：2024年1月1日から2025年4月5日）に第三者によるアクセスの痕跡が確認されました。')).toEqual([
      ['2025-04-02', 'occurred'], ['2024-01-01', 'other'],
    ]);
  });

  test('quoted words are not the clause\'s verbs', async () => {
    expect(await timelineOf('|2025/6/2|取引先から当社に「2025年3月に攻撃を受けた」との第一報（影響範囲は調査中と連絡あり）|')).toEqual([
      ['2025-06-02', 'detected'], ['2025-03', 'occurred'],
    ]);
  });

  test('a line without 。 goes on on the indented line below it', async () => {
    const text = ['令和6年8月　　・委託先が運営するサーバーが', '', '　　　　　　　　第三者による不正アクセスの被害を受けた。'].join('\n');
    expect(await timelineOf(text)).toEqual([['2024-08', 'occurred']]);
  });
});

describe('dates of documents, not of the incident', () => {
  test.each([
    ['2025年12月22日付「不正アクセスに関するお知らせ（第二報）」にてお知らせしたとおり、調査を続けております。', [['2025-12-22', 'published']]],
    ['- 「サーバーへの不正アクセスに関するお知らせ（2025年12月19日）」', [['2025-12-19', 'published']]],
    ['2025年12月17日公表の「不正アクセスについて」において、影響を受けたと申し上げた件です。', [['2025-12-17', 'published']]],
    ['8月6日現在、二次被害は確認されておりません。', []],
    ['## 8月6日までの調査で判明した事実', []],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-12-25')).toEqual(expected);
  });
});

describe('the date of an earlier notice the text refers back to', () => {
  test.each([
    ['2025年10月21日にご案内のとおり、メールサービスに不正アクセスがあり、迷惑メールが発信されている事象が確認されました。', [['2025-10-21', 'published']]],
    ['2025年6月2日に当社ウェブサイトにてお知らせいたしましたとおり、当社サーバーへの不正アクセスが発生しました。', [['2025-06-02', 'published']]],
    ['2025年6月2日付で公表しましたように、ランサムウェアに感染しました。', [['2025-06-02', 'published']]],
    ['2025年6月2日に「当社サーバーへの不正アクセスに関するお知らせ」(以下、第一報)でお知らせしたとおり、当社サーバーが攻撃を受けました。', [['2025-06-02', 'published']]],
    ['2025年6月2日のお知らせ以降、調査により判明した事実をご報告します。', [['2025-06-02', 'published']]],
    ['2025年6月2日に公表しました当社サーバーへの不正アクセスによる被害について、続報をお知らせします。', [['2025-06-02', 'published']]],
    ['2025年6月2日以降にお知らせしております「不正ログインの発生について」に関連し、調査結果をご報告します。', [['2025-06-02', 'published']]],
    ['2025年6月2日にお知らせしました、当社が利用しているメールサービスが不正アクセスを受けた件について、続報をお知らせします。', [['2025-06-02', 'published']]],
    // The notice modifies the quoted title after a comma, or is set against what came later.
    ['当社サイトにて2025年6月2日にお知らせいたしました、「会員サイトへの不正ログイン」につきまして、調査結果を報告します。', [['2025-06-02', 'published']]],
    ['2025年6月2日に情報漏えいの可能性についてご報告いたしましたが、漏えいはなかったことが確認されました。', [['2025-06-02', 'published']]],
    // A date of the incident that is then announced keeps its event.
    ['2025年6月2日に不正アクセスが発生したため、ホームページでお知らせいたしました。', [['2025-06-02', 'occurred']]],
    // Not a notice: the organization was told, or it reported to an authority.
    ['2025年6月2日に委託先から報告を受け、不正アクセスが発生したことが判明しました。', [['2025-06-02', 'detected']]],
    ['2025年6月2日に警察へ報告いたしました。', [['2025-06-02', 'reported']]],
    ['2025年6月2日にご案内の書面を対象の皆様へ発送しました。', [['2025-06-02', 'other']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a date set as a target is no event', () => {
  test.each([
    ['監視は2025年11月5日を目途に終了する予定である旨、委託先より報告を受けております。', [['2025-11-05', 'other']]],
    ['サービスは2025年11月5日の予定で再開いたします。', [['2025-11-05', 'other']]],
    // A short phrase the date heads, only expected or planned, whatever is found later in the sentence.
    ['不正アクセスの有無の調査につきまして、2026年4月中旬頃の調査完了を見込んでおりましたが、調査の過程において、さらなる調査が必要であることが判明したため、調査を継続しております。', [['2026-04', 'other']]],
    ['2026年5月8日までにシステムを再開する予定です。', [['2026-05-08', 'other']]],
    ['2026年5月11日(月)の開示を予定しています。', [['2026-05-11', 'other']]],
    // A date that happened keeps its event.
    ['2025年11月5日に委託先より報告を受けました。', [['2025-11-05', 'detected']]],
    ['2025年11月5日に不正アクセスが判明したため、予定していた公開を延期しました。', [['2025-11-05', 'detected']]],
    ['2025年11月5日に発生した不正アクセスについて、調査完了は2025年12月中旬を見込んでおります。', [['2025-11-05', 'occurred'], ['2025-12', 'other']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a date heading a sentence with the incident\'s date inside it', () => {
  test.each([
    ['2025年9月8日に、2025年9月1日頃より会員サイトが不正アクセスを受けていた可能性があることが判明しました。', [['2025-09-08', 'detected'], ['2025-09-01', 'occurred']]],
    // Two dates of a list are no heading and its inner date.
    ['2025年9月1日、2025年9月2日に不正アクセスを受けました。', [['2025-09-01', 'occurred'], ['2025-09-02', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('dates labelled by what stands before them', () => {
  test.each([
    // A date in parentheses dates the noun before it.
    ['監視事業者からの攻撃通知（2025年6月3日 8時10分）を受け、通信記録を調べました。', [['2025-06-03', 'detected']]],
    ['不正アクセスの検知（2025年6月3日）以降の対応は次のとおりです。', [['2025-06-03', 'detected']]],
    ['個人情報保護委員会への報告（2025年6月5日）を行いました。', [['2025-06-05', 'other']]],
    // A period in parentheses after a noun of period named by what happened in it.
    ['改ざんされていた期間中（2025年7月19日（土）夕方頃～7/20（日）13:00頃まで）に当サイトを閲覧された方へ。', [['2025-07-19', 'occurred'], ['2025-07-20', 'other']]],
    ['※ BY社がサイバー攻撃を受けた期間（2024年10月15日～2024年10月24日）に保存されていたデータ', [['2024-10-15', 'occurred']]],
    ['緊急メンテナンス期間（2025年6月16日～25日）におきまして、パスワードをリセットします。', [['2025-06-16', 'other']]],
    // A date alone on its line under a heading that names the incident.
    ['## 2. 不正アクセスが発生した期間\n2025年5月1日 10:00 ~ 2025年5月3日 18:00 (日本時間)\n', [['2025-05-01', 'occurred']]],
    ['## 2. 対象となるご注文の期間\n2025年5月1日 ~ 2025年5月3日\n', [['2025-05-01', 'other']]],
    ['## 2. 不正アクセスが発生した期間\n詳細は2025年5月1日の記録を確認中です。\n', [['2025-05-01', 'other']]],
    // A bulleted date, and a heading closing with an aside.
    ['## 2. 改ざんが発生した期間（日本時間）\n- 2025年5月1日 10:00 ~ 2025年5月3日 18:00\n', [['2025-05-01', 'occurred']]],
    ['## 2. 対象となるご注文の期間（日本時間）\n- 2025年5月1日 ~ 2025年5月3日\n', [['2025-05-01', 'other']]],
    // A remark on the period between the heading and its date; a heading of a bare period over a range.
    ['## 1. 影響が発生した可能性のある期間（日本時間/UTC）\n補足として世界標準時も併記いたします。\n- 2025年5月1日 10:00 ~ 2025年5月3日 18:00\n', [['2025-05-01', 'occurred']]],
    ['## 1. 対象となるご注文の期間\n補足として世界標準時も併記いたします。\n- 2025年5月1日 ~ 2025年5月3日\n', [['2025-05-01', 'other']]],
    ['## 1. 影響が発生した可能性のある期間\n次の2件を確認しました。\n詳しくは後述します。\n- 2025年5月1日 ~ 2025年5月3日\n', [['2025-05-01', 'other']]],
    ['### ＜期間＞\n2025年7月1日（火）午後5時頃〜7月4日（金）午後3時頃\n', [['2025-07-01', 'occurred']]],
    ['### ＜期間＞\n2025年7月1日（火）\n', [['2025-07-01', 'other']]],
    ['### ＜対象期間＞\n2025年7月1日〜7月4日\n', [['2025-07-01', 'other']]],
    // A bracketed heading label, or one of the list's words, named by its event; a time zone before the lone date.
    ['## ＜改ざんされた期間＞ \n2025年3月17日 22:02頃 ～ 2025年3月18日 11:50頃\n', [['2025-03-17', 'occurred']]],
    ['## ◎ 改ざんによる影響が考えられる期間\n2025年2月6日～11月13日\n', [['2025-02-06', 'occurred']]],
    ['## 確認日時：\n2025年8月3日（日）午後5時30分頃\n', [['2025-08-03', 'detected']]],
    ['## ■ 問題が発生していた可能性のある時間帯\n日本時間：2025年12月31日 18:26 ～ 2026年1月2日 01:51\n', [['2025-12-31', 'occurred']]],
    // A period closed by its own まで / にかけて is still alone on its line.
    ['## 発生期間\n\n2026年7月19日（日）16時頃から7月31日（金）19時まで\n', [['2026-07-19', 'occurred']]],
    ['## 事案の発生期間\n令和7年7月10日（木曜日）未明から11日（金曜日）昼にかけて\n', [['2025-07-10', 'occurred']]],
    ['## 対象となるご注文の期間\n2026年7月19日から7月31日まで\n', [['2026-07-19', 'other']]],
    // Negative rows: a period named only by what could be checked; a bracketed label of no event.
    ['### • ファイアウォールログ確認可能期間：\n2026年2月19日 02:37 ～ 2026年2月20日 10:53\n', [['2026-02-19', 'other']]],
    ['## ＜キャンペーン期間＞\n2025年3月17日 ～ 2025年3月18日\n', [['2025-03-17', 'other']]],
    // A plain line set apart as the key of the date under it (a heading a PDF or a pasted page left unmarked).
    ['本件の概要は次のとおりです。\n\n改ざんの影響が考えられる期間\n2025 年 9 月 24 日 18:00 頃 ～ 2025 年 9 月 27 日 15:00 頃\n\n改ざんされたコンテンツの復元を行いました。\n', [['2025-09-24', 'occurred']]],
    // Negative rows: a plain line inside running lines (no blank line above it, a row of a list), and one with more lines under
    // the date.
    ['本件の概要は次のとおりです\n改ざんの影響が考えられる期間\n2025 年 9 月 24 日 ～ 2025 年 9 月 27 日\n', [['2025-09-24', 'other']]],
    ['\n改ざんの影響が考えられる期間\n2025 年 9 月 24 日 ～ 2025 年 9 月 27 日\n詳細は調査中\n', [['2025-09-24', 'other']]],
    // A label that says the incident arose over the period.
    ['- 漏えいの可能性が生じた期間：2025年9月25日 ～ 2025年10月3日', [['2025-09-25', 'occurred']]],
    ['- 対象期間：2025年9月25日 ～ 2025年10月3日', [['2025-09-25', 'other']]],
    // A bare period label in a section whose heading names the incident: the incident's span.
    ['## 1.不正ログインの状況\n不正ログインのあったIDの件数:2万1752件\n\n期間:2025年7月8～10日\n', [['2025-07-08', 'occurred']]],
    ['## 発生した事象\n期間：2025年2月5日(木) ～ 2月6日(金)\n\n内容：記事ページに不正なコードが埋め込まれておりました。\n', [['2025-02-05', 'occurred']]],
    // Negative rows: a heading of the data or of no event, a single day under the label.
    ['## 【対象となる個人情報】\n期間：2024年10月16日～2025年1月6日に宿泊予約システムに保管されていた個人情報\n', [['2024-10-16', 'other']]],
    ['### ■対象期間・サービス\n期間：2026年7月1日～2026年8月12日\n', [['2026-07-01', 'other']]],
    ['## 1.不正ログインの状況\n期間:2025年7月8日\n', [['2025-07-08', 'other']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a label without a colon names the date after it', () => {
  test.each([
    ['|発生日時|2025年5月1日 10時頃|', [['2025-05-01', 'occurred']]],
    ['|判明日|2025年5月3日|', [['2025-05-03', 'detected']]],
    ['|発生日|判明日|\n|---|---|\n|2025年5月1日|2025年5月3日|\n', [['2025-05-01', 'occurred'], ['2025-05-03', 'detected']]],
    ['|No.|改ざん日|内容|\n|---|---|---|\n|1|2025年2月28日|誘導リンクの記載|\n', [['2025-02-28', 'occurred']]],
    ['被害期間 2025年5月1日~2025年5月3日', [['2025-05-01', 'occurred']]],
    ['- 発生日時 2025年5月1日 10時頃', [['2025-05-01', 'occurred']]],
    ['【発生日時】2025年5月1日 10時頃', [['2025-05-01', 'occurred']]],
    ['<発覚日> 2025年5月1日', [['2025-05-01', 'detected']]],
    // The head noun decides; a period is the incident's span even where a finding names it.
    ['- 発生の確認時期：2025年5月1日', [['2025-05-01', 'detected']]],
    ['・不正ログインが確認された期間：2025年5月26日~6月2日', [['2025-05-26', 'occurred']]],
    ['- 確認日\n2025年5月1日\n', [['2025-05-01', 'detected']]],
    // A label of no event, a table without one, or a sentence: the clause decides as before.
    ['|対象期間|2025年5月1日~5月3日|', [['2025-05-01', 'other']]],
    ['|日時|内容|\n|---|---|\n|2025年5月1日|不正アクセスを検知|\n', [['2025-05-01', 'detected']]],
    ['2025年5月1日 不正アクセスを検知', [['2025-05-01', 'detected']]],
    ['調査の結果 2025年5月1日に侵入されていたことが判明しました。', [['2025-05-01', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('an occurrence seen as it happened', () => {
  test.each([
    // On the day of publication: the release could not tell of it before knowing.
    ['本日2025年1月29日、職員のメールアカウントが不正アクセスを受けました。', '2025-01-29', [['2025-01-29', 'occurred'], ['2025-01-29', 'detected']]],
    // Met at once by the next sentence.
    ['2025年12月23日に第三者による不正アクセスとみられる事象が発生しました。当該サーバについては、直ちに適切な対応を行いました。', '2026-04-10',
      [['2025-12-23', 'occurred'], ['2025-12-23', 'detected']]],
    // Met after a finding of its own, by someone else, or found by an investigation: the occurrence alone.
    ['2025年9月25日に不正アクセスが発生しました。事案判明後、直ちに隔離しました。', '2025-10-16', [['2025-09-25', 'occurred']]],
    ['子会社のサーバーが2024年12月26日にランサムウェアに感染しました。子会社では直ちに初期対応を実施しました。', '2025-02-14', [['2024-12-26', 'occurred']]],
    ['調査の結果、2025年4月5日に不正アクセスを受けていました。直ちに対応を始めました。', '2025-04-08', [['2025-04-05', 'occurred']]],
  ])('%s (published %s)', async (text, published, expected) => {
    expect(await timelineOf(text, published)).toEqual(expected);
  });
});

describe('more ways a date is read', () => {
  test.each([
    // A notice received ("…付で東京都より…旨、報告がありました") is news of the incident.
    ['2025年7月14日付で東京都より、電子申請サービスにおいて不正アクセスが確認された旨、報告がありました。', [['2025-07-14', 'detected']]],
    // A system failure named with its date that set off an investigation was noticed as it happened.
    ['2025年3月30日(日)に発生したシステム障害の調査の過程で、ランサムウェア被害の発生を確認しました。', [['2025-03-30', 'occurred'], ['2025-03-30', 'detected']]],
    // …wherever it happened, whatever verb names it, and whatever an investigation found of it later.
    ['2026年4月27日に当社において発生したシステム障害につき調査を進めた結果、当社の一部システムがランサムウェア攻撃の被害を受けたことを確認いたしました。', [['2026-04-27', 'occurred'], ['2026-04-27', 'detected']]],
    ['この度、2025年11月17日、18日に起こりましたHPアクセス障害に関しまして、調査の結果、海外からの不正アクセスが原因と判明いたしました。', [['2025-11-17', 'occurred'], ['2025-11-17', 'detected'], ['2025-11-18', 'occurred'], ['2025-11-18', 'detected']]],
    // (A failure only named as the notice's matter, with no investigation it set off: when it was noticed is not said.)
    ['2025年5月12日に発生した学内ネットワーク障害により無線ネットワーク（Wi-Fi）が不通となっておりましたが、本日復旧し利用可能となりましたのでお知らせいたします。', [['2025-05-12', 'occurred'], ['2026-12-07', 'restored']]],
    ['2026年3月11日に発生いたしましたシステム障害につきましては、発生から既に3週間余りが経過した現在もなお、事業が以前のようには復旧できておりません。', [['2026-03-11', 'occurred']]],
    // (Not an attack named by its date: whoever saw it is not said.)
    ['2026年4月27日に当社において発生した不正アクセスの調査を進めた結果、ランサムウェアによる被害であることを確認いたしました。', [['2026-04-27', 'detected']]],
    ['2026年4月27日に発生した不正アクセスにつきまして、現在も調査を進めております。', [['2026-04-27', 'occurred']]],
    ['2026年4月27日に障害対応の訓練が発生した旨を確認しました。', [['2026-04-27', 'detected']]],
    // A month alone dates the incident only.
    ['委託先のシステムが2024年5月にランサムウェア攻撃を受け、個人情報が漏えいしたおそれがあることが判明しました。', [['2024-05', 'occurred']]],
    ['当社のシステムが2024年5月12日にランサムウェア攻撃を受け、個人情報が漏えいしたおそれがあることが判明しました。', [['2024-05-12', 'occurred']]],
    // A vendor's alert received is detection; a numbered heading date reads the line below.
    ['## 経緯\n2024年12月11日\nクラウド管理会社より不正活動のアラートメールを受信し、調査を開始\n', [['2024-12-11', 'detected']]],
    ['### (1) 2025年4月18日(金曜日)\n\n県教育委員会から情報漏えいの可能性がある旨の連絡がありました。\n', [['2025-04-18', 'detected']]],
    // Found afterwards ("後日調査により判明"): the incident's period, not its detection.
    ['2025年4月8日~9日: 攻撃者による偵察と推察される不正アクセス(後日調査により判明)', [['2025-04-08', 'occurred']]],
    // A date in brackets alone on a heading line takes its event from the line below.
    ['### 【2026年6月24日】\n\n不正アクセスを確認。直ちに経路を遮断しました。\n', [['2026-06-24', 'detected']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a month-only date beside a day of that month with the same event', () => {
  test.each([
    ['2026年1月に不正アクセスが判明しました。1月23日、委託先から不正アクセスの痕跡を確認したとの報告を受けました。', [['2026-01-23', 'detected']]],
    // Different events, or a day of another month, keep the month.
    ['2026年1月に不正アクセスを受けました。1月23日に判明しました。', [['2026-01', 'occurred'], ['2026-01-23', 'detected']]],
    ['2025年12月に不正アクセスが判明しました。1月23日に委託先から報告を受けました。', [['2025-12', 'detected'], ['2026-01-23', 'detected']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a heading that carries its own date', () => {
  test.each([
    ['## 3. 経緯（2025年5月1日）\n当社サーバーが不正アクセスを受けました。\n', [['2025-05-01', 'occurred']]],
    ['## 不正アクセスの判明日（2025年5月3日）\n詳細は以下のとおりです。\n', [['2025-05-03', 'detected']]],
    ['## 追記（2025年5月9日）\n当社サーバーが不正アクセスを受けました。\n', [['2025-05-09', 'published']]],
    // Later findings, an as-of date, or nothing said under it: no event of the incident.
    ['## 新たに確認した事実（2025年5月8日）\n流出件数の拡大を確認いたしました。\n', [['2025-05-08', 'other']]],
    ['## 漏えいした情報（2025年5月9日時点）\n氏名\n', []],
    ['## 経緯（2025年5月1日）\n## 対応\n不正アクセスを受けました。\n', [['2025-05-01', 'other']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a date alone on its line takes its event from the line below', () => {
  test.each([
    ['### ■2024年7月\n委託先の工場でネットワークの異常が発生しました。\n', [['2024-07', 'occurred']]],
    // A Word document's bracketed heading round the chronology's mark or number, as "### ○…" is under a Markdown heading.
    ['【○2025 年 4 月 5 日（土）】\n同社のサーバーに対する不正アクセスが発生し、各種ファイルが暗号化されていることを発見。\n', [['2025-04-05', 'occurred'], ['2025-04-05', 'detected']]],
    ['【①2024 年 7 月】\n委託先の工場でネットワークの異常が発生しました。\n', [['2024-07', 'occurred']]],
    // (Not a bracket that opens words before the date: "【お知らせ】2025年4月5日" is no lone key.)
    ['【お知らせ 2025 年 4 月 5 日】\n委託先の工場でネットワークの異常が発生しました。\n', [['2025-04-05', 'other']]],
    // (With its hour, it was lived through as it happened: see "a date alone on its line with its hour" below.)
    ['2025年9月7日 午後2時頃\n事務用パソコンに遠隔操作による不正アクセスが発生しました。\n', [['2025-09-07', 'occurred'], ['2025-09-07', 'detected']]],
    ['- 2025年4月\n委託先より当委員会に報告があり、本件が判明しました。\n', [['2025-04', 'detected']]],
    // The line below dates something of its own, or heads a section: no event for the lone date.
    ['2025年9月7日\n2025年9月8日 サーバーを遮断しました。\n', [['2025-09-07', 'other'], ['2025-09-08', 'contained']]],
    ['### 2025年9月7日\n## 対応\n不正アクセスが発生しました。\n', [['2025-09-07', 'other']]],
    // A date inside a sentence ends with its line as before.
    ['調査は2025年9月7日\n不正アクセスが発生しました。\n', [['2025-09-07', 'other']]],
    // The entry's first sentence names no event: its next sentence does.
    ['### 【2026年7月27日】\n取引先を偽装したメールのリンクを社員がクリック。 表示された偽の画面で認証情報を入力したところ、メールアカウントに不正ログインされました。\n', [['2026-07-27', 'occurred']]],
    ['### （4） 令和7年2月25日\n写真館から学校に対し、上記事案の報告がありました。それを受け、学校から教職員課へ連絡があり、事案が判明しました。\n', [['2025-02-25', 'detected']]],
    // (Not past the entry's line, nor into a sentence with a date of its own, nor for a date inside a sentence.)
    ['### 【2026年7月27日】\n社員がリンクをクリック。\n不正ログインされました。\n', [['2026-07-27', 'other']]],
    ['### 【2026年7月27日】\n社員がリンクをクリック。7月30日に不正ログインされました。\n', [['2026-07-27', 'other'], ['2026-07-30', 'occurred']]],
    ['打ち合わせは2026年7月27日に行いました。その後、不正ログインされました。\n', [['2026-07-27', 'other']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe("a chronology's lone date keys the rows listed under it", () => {
  test.each([
    // A finding in a later row was made that day.
    ['### 2026年7月4日（土）\n- 08:56：開発環境端末へ不正アクセスが発生。\n- 10:48：データ窃取および削除、ランサムメッセージの残置を確認。\n- 11:52：被害状況の調査を開始。\n', [['2026-07-04', 'occurred'], ['2026-07-04', 'detected']]],
    ['(2024年5月18日(土))\n- 不正プログラムによる攻撃を受ける\n- サーバーにアクセスできないことから、システム会社が異常を認知し、ネットワークから遮断\n', [['2024-05-18', 'occurred'], ['2024-05-18', 'detected']]],
    // A later key with 同 for the year of the one above.
    ['### 2025 年 9 月 25 日\n- 多数の社員に不審メールが届く。\n### 同 9 月 26 日\n- 社内調査の結果、当社社員のメールアカウントへの不正ログインを確認。\n', [['2025-09-25', 'other'], ['2025-09-26', 'detected']]],
    // (Not rows past a blank line or a line dated of its own, nor rows without a list marker, nor a finding negated.)
    ['### 2026年7月4日\n- 開発環境端末へ不正アクセスが発生。\n\n- 被害を確認。\n', [['2026-07-04', 'occurred']]],
    ['### 2026年7月4日\n- 開発環境端末へ不正アクセスが発生。\n- 2026年7月6日 被害を確認。\n', [['2026-07-04', 'occurred'], ['2026-07-06', 'detected']]],
    ['### 2026年7月4日\n- 開発環境端末へ不正アクセスが発生。\n被害を確認しました。\n', [['2026-07-04', 'occurred']]],
    ['### 2026年7月4日\n- 開発環境端末へ不正アクセスが発生。\n- 情報の漏えいは確認されておりません。\n', [['2026-07-04', 'occurred']]],
    // (A date inside a sentence keys no rows.)
    ['調査は2026年7月4日に開始しました\n- 被害を確認。\n', [['2026-07-04', 'other']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('本日 with a time of day is the day of publication', () => {
  test.each([
    ['本日の朝8時すぎ~9時50分まで、当社サーバにおいて障害が発生しました。', '2025-11-19', [['2025-11-19', 'occurred'], ['2025-11-19', 'detected']]],
    // (A time of day dates what was seen as well as the seeing, as for any date.)
    ['本日午前10時頃、不審な通信を検知しました。', '2025-11-19', [['2025-11-19', 'occurred'], ['2025-11-19', 'detected']]],
    // Without a time, 本日 dates the notice itself, not an event.
    ['本日、不正アクセスの発生についてお知らせいたします。', '2025-11-19', []],
    ['本日までに判明した事項をご報告します。', '2025-11-19', []],
  ])('%s (published %s)', async (text, published, expected) => {
    expect(await timelineOf(text, published)).toEqual(expected);
  });
});

describe('days counted back from the publication', () => {
  test.each([
    ['昨日、当社サーバーがランサムウェアに感染しました。', '2025-11-19', [['2025-11-18', 'occurred']]],
    ['一昨日、当社サイトが改ざんされていることが判明しました。', '2025-11-19', [['2025-11-17', 'detected']]],
    ['昨夜22時ごろ第三者の不正アクセスにより被害を受け、現在調査中です。', '2025-11-19', [['2025-11-18', 'occurred']]],
    ['本日、当社ネットワークが第三者による不正アクセスを受けたことを確認しました。', '2025-11-19', [['2025-11-19', 'detected']]],
    ['本日、電子カルテシステムに大規模障害が発生しており、外来診療を制限しております。', '2025-11-19', [['2025-11-19', 'occurred'], ['2025-11-19', 'detected']]],
    // 前日 with no date before it is the day before the publication.
    ['前日夜からサービスにつながりにくい状態となっております。', '2025-11-19', [['2025-11-18', 'occurred']]],
    // Not a day of its own: a notice of today, a point in time, a word glossed by its written date, no publication date.
    ['本日、不正アクセスの発生についてお知らせいたします。', '2025-11-19', []],
    ['本日時点で二次被害は確認されておりません。', '2025-11-19', []],
    ['昨日までに全てのサーバーが復旧しました。', '2025-11-19', []],
    ['昨日2025年11月18日に不正アクセスが発生しました。', '2025-11-19', [['2025-11-18', 'occurred']]],
    ['本日、新たに判明した事項を個人情報保護委員会へ報告いたしました。', '2025-11-19', [['2025-11-19', 'reported']]],
  ])('%s (published %s)', async (text, published, expected) => {
    expect(await timelineOf(text, published)).toEqual(expected);
  });

  test('without a publication date they count from the reference day', async () => {
    expect(await timelineOf('昨日、当社サーバーがランサムウェアに感染しました。')).toEqual([['2026-12-06', 'occurred']]);
  });
});

describe('a weekday near the publication date', () => {
  test.each([
    // 2025-03-31 was a Monday: a wrong weekday does not move a date of the publication's own weeks a year back.
    // (On the day of publication it was seen as it happened, too.)
    ['3月31日(日)にシステム障害が発生しました。', '2025-03-31', [['2025-03-31', 'occurred'], ['2025-03-31', 'detected']]],
    // Months before the publication, the weekday still picks the year (2024-11-07 was a Thursday).
    ['11月7日(木)に不正アクセスが発生しました。', '2026-03-01', [['2024-11-07', 'occurred']]],
  ])('%s (published %s)', async (text, published, expected) => {
    expect(await timelineOf(text, published)).toEqual(expected);
  });
});

describe('a date inside a reference to an earlier notice', () => {
  test.each([
    // The notice told of the attack on its date; the notice's own date is the first one.
    ['2025年8月26日、当社システムが同月25日にランサムウェア攻撃を受けたことを当社ホームページで公表いたしましたが、調査を続けております。', [['2025-08-25', 'occurred']]],
    // A date of the notice itself stays the notice's.
    ['2025年8月26日に当社ホームページにて公表いたしましたとおり、ランサムウェア攻撃を受けました。', [['2025-08-26', 'published']]],
  ])('%s', async (text, expected) => {
    expect((await timelineOf(text)).filter(([, e]) => e !== 'other')).toEqual(expected);
  });
});

describe('a date heading a finding of a period, past a short subject', () => {
  test.each([
    ['2025年8月29日、第三者が、8月26日から28日の期間に複数回、当社のサーバに不正にリモート接続したことが発覚しました。', [['2025-08-29', 'detected'], ['2025-08-26', 'occurred']]],
    // A subject that is a whole clause is no short subject: the first date heads nothing.
    ['2025年8月29日、当社が委託していた保守業者の担当者から連絡があり、8月26日から28日の期間に不正にリモート接続したことが発覚しました。', [['2025-08-29', 'detected'], ['2025-08-26', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a chronology heading labels no date', () => {
  test('"発生事象と経緯" heads entries with their own events', async () => {
    expect(await timelineOf('## 発生事象と経緯\n2025年5月1日\n不審な通信を検知\n')).not.toContainEqual(['2025-05-01', 'occurred']);
  });
  test('"判明日" labels the date under it', async () => {
    expect(await timelineOf('## 判明日\n2025年5月1日(木曜日)\n')).toEqual([['2025-05-01', 'detected']]);
  });
});

describe('the latest year written, for a text without a publication date', () => {
  test.each([
    // A bound that runs up to a year reaches the present: the year is the text's ("2025年度末" ends in March 2026).
    ['4月16日に不正アクセスを検知しました。対象は2025年度末までに退職した方です。', [['2026-04-16', 'detected']]],
    ['5月12日に不正アクセスを検知しました。対象は1995年度~2025年度までの間に在籍した方です。', [['2025-05-12', 'detected']]],
    // A fiscal year of the data, or a span of them, dates no event: it gives no year to the incident's dates (the
    // reference day's does).
    ['4月16日に不正アクセスを検知しました。対象は2025年度に退職した方です。', [['2026-04-16', 'detected']]],
    ['9月22日に不正アクセスを受けました。対象は2001年度から2003年度に実施していた保険の加入者です。', [['2026-09-22', 'occurred']]],
    ['9月22日に不正アクセスを受けました。対象は2003年度に実施していた保険の加入者です。', [['2026-09-22', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a heading of the span the data was exposed over', () => {
  test.each([
    ['## １．情報漏洩の可能性がある期間\n　　 2024年8月3日(土) ～ 2025年4月10日(木)\n', [['2024-08-03', 'occurred']]],
    // A sub-heading naming only a span takes its kind from the heading above it.
    ['## ２．情報流出の可能性がある対象期間と情報項目\n### ■ 対象期間\n2026年5月1日 ～ 2026年8月5日\n', [['2026-05-01', 'occurred']]],
    // Negative rows: the finding's day, a sub-heading under a heading of the data, a bare 対象期間 alone.
    ['## 概要\n### 個人情報漏洩の判明日\n2025年4月24日（木）\n', [['2025-04-24', 'detected']]],
    ['## ２．対象となるお客様\n### ■ 対象期間\n2026年5月1日 ～ 2026年8月5日\n', [['2026-05-01', 'other']]],
    ['### 対象期間\n2026年5月1日 ～ 2026年8月5日\n', [['2026-05-01', 'other']]],
  ])('%j', async (text, expected) => {
    expect(await timelineOf(text, '2026-08-10')).toEqual(expected);
  });
});

describe("a provider's announcement of its own incident", () => {
  test.each([
    // How the organization learned of it: detection.
    ['幹事保険会社である損害保険ジャパン株式会社が、同社のシステムに対して不正アクセスが発生したことを令和7年6月11日付けで公表しています。', [['2025-06-11', 'detected']]],
    ['弊社が利用するIIJ社のメールシステムにおいて、第三者による不正アクセスが発生したことが、2025年4月14日に発表されました。', [['2025-04-14', 'detected']]],
    ['当社の委託先であるA株式会社が、2025年4月15日付で不正アクセスの発生を公表しております。', [['2025-04-15', 'detected']]],
    // Negative rows: the organization's own notices, a company of its own group, a footnote naming a release.
    ['当行は、IIJ社のメールシステムが不正アクセスを受けたことを2025年4月15日付ニュースリリースにてお知らせしておりました。', [['2025-04-15', 'published']]],
    ['当社は、本件を2025年4月18日付で公表しました。', [['2025-04-18', 'published']]],
    ['当社子会社のB株式会社が、2025年4月15日付で不正アクセスの発生を公表しております。', [['2025-04-15', 'published']]],
    ['※2025年4月15日付IIJ社ニュースリリース', [['2025-04-15', 'published']]],
    ['メールセキュリティサービス提供元業者が不正アクセスを受け、一部情報が漏えいした可能性がある旨の発表がありました（2025年4月15日公表）。', [['2025-04-15', 'detected']]],
    ['当院のお知らせ（2025年4月15日公表）をご覧ください。', [['2025-04-15', 'published']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-06-17')).toEqual(expected);
  });
});

describe('a span written as two dates, and a span of hours under a label heading', () => {
  test.each([
    // What was seen over a span ("…から同日夜にかけ") took place over it.
    ['2026年6月1日昼頃から同日夜にかけ、一部のページへアクセスされた際に不審な外部認証画面が表示される事象を確認しております。', [['2026-06-01', 'occurred'], ['2026-06-01', 'detected'], ['2026-06-01', 'detected']]],
    // Not a span: a date that only bounds data ("…から…までに…ご購入いただいたお客様").
    ['2024年3月から2024年9月13日までに商品をご購入いただいたお客様の情報が流出した可能性がございます。', []],
    // Two dates in a row without "にかけ" are no span.
    ['2026年6月1日から同日夜に調査を行い、不審な画面を確認しました。', [['2026-06-01', 'other'], ['2026-06-01', 'detected']]],
  ])('%s', async (text, expected) => {
    expect((await timelineOf(text)).filter(([, e]) => e !== 'other' || expected.some(([, x]) => x === 'other'))).toEqual(expected);
  });

  test.each([
    // What was found went on over days: its finding came at their end or later, on a day not given.
    ['2026年5月30日より6月1日にわたり、当サイト内のページにおきまして、不審な認証画面が表示される事象が確認されました。', [['2026-05-30', 'occurred']]],
    ['2025年5月6日から5月8日にかけて、管理システムに保存されていた予約情報が第三者により閲覧された可能性があることが確認されました。', [['2025-05-06', 'occurred']]],
    // Negative rows: a span within one day was seen that day; a chronology's entry over days is what the organization did then;
    // a single day found.
    ['2026年5月31日朝から同日15時ごろにかけ、当社ウェブサイト内のページにおきまして、不審な認証情報入力画面が表示される事象を確認いたしました。', [['2026-05-31', 'occurred'], ['2026-05-31', 'detected'], ['2026-05-31', 'detected']]],
    ['## 判明した経緯\n○令和7年4月17日（木曜）～18日（金曜）\n\n市立小中学校の状況を確認するとともに、印刷会社に聞き取りを行い、対象となる学校が8校あることを確認しました。\n', [['2025-04-17', 'detected']]],
    ['2026年5月30日、当サイト内のページにおきまして、不審な認証画面が表示される事象が確認されました。', [['2026-05-30', 'detected']]],
  ])('over days: %s', async (text, expected) => {
    expect(await timelineOf(text, '2026-06-03')).toEqual(expected);
  });

  test.each([
    ['## 発生日時\n10月15日(水)17時22分~20時42分の間\n', '2025-10-15', [['2025-10-15', 'occurred'], ['2025-10-15', 'detected']]],
    ['## 発生日時\n10月14日(火)17時22分~20時42分の間\n', '2025-10-15', [['2025-10-14', 'occurred']]],
    // Hours followed by words are no lone date: the label does not reach it.
    ['## 発生日時\n10月14日(火)17時22分~20時42分の間に窓口を閉鎖しました。\n', '2025-10-15', [['2025-10-14', 'contained']]],
  ])('%j (published %s)', async (text, published, expected) => {
    expect(await timelineOf(text, published)).toEqual(expected);
  });
});

describe('a stop at an hour, taken because of a finding', () => {
  test.each([
    ['個人情報が漏えいしたおそれのあることが発覚したため、2025年11月6日23時30分から緊急措置として当サービスを一時停止しております。', [['2025-11-06', 'contained'], ['2025-11-06', 'detected']]],
    // Without the hour, or without the finding, the stop alone.
    ['個人情報が漏えいしたおそれのあることが発覚したため、2025年11月6日から緊急措置として当サービスを一時停止しております。', [['2025-11-06', 'contained']]],
    ['システム更新のため、2025年11月6日23時30分から緊急措置として当サービスを一時停止しております。', [['2025-11-06', 'contained']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a heading that labels the date of the occurrence scopes the first date under it', () => {
  test.each([
    // A sentence of the finding under "発生日時": the section gives its date as the incident's too.
    ['## 1．発生日時\n2026年4月22日に社内システムにおいて不正アクセスがあったことを検知いたしました。\n## 2．対応状況\n不正アクセスを確認後、直ちに遮断しました。\n', [['2026-04-22', 'occurred'], ['2026-04-22', 'detected']]],
    ['## 2.発生日時・経緯\n### 【2026年1月6日】\n弊社製品サイトのサーバーにて不審なアクセスを検知。\n### 【2026年1月8日】\nサイトを一時閉鎖。\n', [['2026-01-06', 'occurred'], ['2026-01-06', 'detected'], ['2026-01-08', 'contained']]],
    // The same with all headings marked at one level (a Word document's or a PDF's marks): the day headings stand under the section.
    ['2.発生日時・経緯\n【2026年1月6日】\n弊社製品サイトのサーバーにて不審なアクセスを検知。\n【2026年1月8日】\nサイトを一時閉鎖。\n', [['2026-01-06', 'occurred'], ['2026-01-06', 'detected'], ['2026-01-08', 'contained']]],
    // (Not past a heading of words between: the day headings are that section's.)
    ['2.発生日時\n【概要】\n【2026年1月6日】\n弊社製品サイトのサーバーにて不審なアクセスを検知。\n', [['2026-01-06', 'detected']]],
    // Only the first date: later ones under it keep their own events.
    ['## 発生日時\n2026年4月22日に不審な通信を検知しました。2026年4月23日に委託先の調査で侵入の痕跡を確認しました。\n', [['2026-04-22', 'occurred'], ['2026-04-22', 'detected'], ['2026-04-23', 'detected']]],
    // Not a heading of the incident's story ("発生の経緯と概要"), its cause, or what came after it.
    ['## １．発生の経緯と概要\n2026年3月11日、当社の一部サーバーにおいてファイルが暗号化されていることを確認しました。\n', [['2026-03-11', 'detected']]],
    ['## 発生原因\n2026年3月11日、当社サーバーへの不正アクセスを検知しました。\n', [['2026-03-11', 'detected']]],
    ['## 事故発生後の対応\n2026年3月11日、当社サーバーへの不正アクセスを検知しました。\n', [['2026-03-11', 'detected']]],
    // News received under it tells nothing of when the incident began.
    ['## 発生日時\n2026年3月11日、委託先から不正アクセスを受けた旨の連絡を受けました。\n', [['2026-03-11', 'detected']]],
    // Any heading labelling a day scopes the first date of the prose line under it, whatever that sentence's verbs.
    ['#### 弊社ネットワークへの初回侵入日時\n攻撃者によりログが削除された為正確な時刻は不明ですが、2025年12月3日(水)のAM4:38にFirefoxの実行形跡が有りました。\n', [['2025-12-03', 'occurred']]],
    // The same key as a plain line, set apart by the finished sentence above it; not a wrapped line of prose (a comma in it).
    ['フォレンジック調査の結果を以下に記載いたします。\n弊社ネットワークへの初回侵入日時\n攻撃者によりログが削除された為正確な時刻は不明ですが、2025年12月3日(水)のAM4:38にFirefoxの実行形跡が有りました。\n', [['2025-12-03', 'occurred']]],
    ['フォレンジック調査の結果、弊社ネットワークへの初回侵入日時\n攻撃者によりログが削除された為正確な時刻は不明ですが、2025年12月3日(水)のAM4:38にFirefoxの実行形跡が有りました。\n', [['2025-12-03', 'other']]],
    ['## 2．発生時間：\n日本時間 2024年12月10日 11:15 P.M.頃（現地時間 12月10日 2:15 P.M.頃）\n', [['2024-12-10', 'occurred'], ['2024-12-10', 'other']]],
    ['## ◇発生日\n2025年6月26日より継続中\n', [['2025-06-26', 'occurred']]],
    ['## 確認日\n担当者が2025年6月26日の朝、画面の異常に気づきました。\n', [['2025-06-26', 'detected']]],
    // (Not a heading of a period, nor one that names a finding only as what could be checked, nor a later line.)
    ['## 2. 不正アクセスが発生した期間\n詳細は2025年5月1日の記録を確認中です。\n', [['2025-05-01', 'other']]],
    ['## ログ確認可能日\n保存されていたのは2025年5月1日以降の記録です。\n', [['2025-05-01', 'other']]],
    ['## 発生日\n詳細は調査中です。\n2025年5月1日に対策本部を設置しました。\n', [['2025-05-01', 'other']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a heading of how the incident came to light dates the finding by the first date under it', () => {
  test.each([
    // News passed on by a third party, named by no event word: the section says it is how the incident was found.
    ['## 3 事案発覚の経緯\n4月14日(月)に市内業者が印刷会社からの文書を受理し、市内小中学校を訪問して漏えい事案について報告しました。\n', '2025-04-18', [['2025-04-14', 'detected']]],
    ['## 2 判明した経緯\n### ○令和7年4月17日（木曜）\n卒業アルバム制作を受託した市内写真業者が教育委員会を訪れた。\n', '2025-04-18', [['2025-04-17', 'detected']]],
    // An incident named there with no finding dated in the section: found that day too.
    ['## 1．不正アクセス発覚の経緯\n2026年1月8日に、当社のホスティングサーバーにおいて不正ファイルが設置され、サイトが改ざんされました。\n', null, [['2026-01-08', 'occurred'], ['2026-01-08', 'detected']]],
    // …but a finding dated in the section dates it, and the incident keeps its own day.
    ['## 1.本件発覚の経緯および概要\n2026年6月9日、当社社員がフィッシングメールを受信し、偽サイトに認証情報を入力いたしました。\nその後、2026年6月15日、当該アカウントからフィッシングメールが送信されたことを確認しております。\n', null, [['2026-06-09', 'occurred'], ['2026-06-15', 'detected']]],
    // Not the story leading up to the finding, an overview that lists it among others, or what is known now.
    ['## 3．発覚までの経緯\n4月2日(水)に市内業者が印刷会社からの文書を受理しました。\n', '2025-04-18', [['2025-04-02', 'other']]],
    ['## 1. 概要（発生原因・発覚経緯）\n4月2日(水)に市内業者が印刷会社からの文書を受理しました。\n', '2025-04-18', [['2025-04-02', 'other']]],
    ['## 現在判明している状況\n4月2日(水)に市内業者が印刷会社からの文書を受理しました。\n', '2025-04-18', [['2025-04-02', 'other']]],
    // Only the first date of the section; a notice's date is no finding.
    ['## 発覚の経緯\n4月14日に市内業者が文書を受理しました。4月16日に市内小中学校へ説明しました。\n', '2025-04-18', [['2025-04-14', 'detected'], ['2025-04-16', 'other']]],
    ['## 発覚の経緯\n2025年4月14日付で公表いたしました。\n', null, [['2025-04-14', 'published']]],
  ])('%s', async (text, published, expected) => {
    expect(await timelineOf(text, published)).toEqual(expected);
  });
});

describe('a clause ends where その後 opens a later event, and a footnote marker is no word', () => {
  test.each([
    // The date is the notice's: what came afterwards ("その後…追加報告がありました") is undated.
    ['当社は、4月17日にIIJ社のサービスが不正アクセスを受けた件についてお知らせ(※)しましたが、その後IIJ社から当社において情報漏えいが確認されたとの追加報告がありました。', '2025-04-23', [['2025-04-17', 'published']]],
    ['当社は、4月17日にIIJ社のサービスが不正アクセスを受けた件についてお知らせしましたが、後日、IIJ社から追加報告がありました。', '2025-04-23', [['2025-04-17', 'published']]],
    // Without その後, news in the same clause is the date's.
    ['4月17日、IIJ社から当社において情報漏えいが確認されたとの報告がありました。', '2025-04-23', [['2025-04-17', 'detected']]],
    // A footnote marker inside the phrase of being told.
    ['4月17日、委託先から不正アクセスに関する報告※1を受けました。', '2025-04-23', [['2025-04-17', 'detected']]],
    // (Not その後 modifying a noun: the date heads that clause.)
    ['2026年2月16日、委託先から、その後の調査により個人情報が流出したとの報告を受けました。', '2026-03-18', [['2026-02-16', 'detected']]],
    // (その後 inside a later date's own clause parts nothing before that date.)
    ['4月10日に不正アクセスを検知し、その後4月12日にサーバーを停止しました。', '2025-04-23', [['2025-04-10', 'detected'], ['2025-04-12', 'contained']]],
  ])('%s', async (text, published, expected) => {
    expect(await timelineOf(text, published)).toEqual(expected);
  });
});

describe('a sentence broken inside a word goes on at the next line (text taken from a PDF)', () => {
  test.each([
    ['2026年3月18日、委託先事業者から、外部の者による不正なアクセスが行われ\nた痕跡が確認された旨の連絡を受領しました。\n', [['2026-03-18', 'detected']]],
    // A line that opens a new sentence, or a list item, stays apart.
    ['2026年3月18日、当社サーバーへの不正アクセスが発生\n委託先から連絡を受けました。\n', [['2026-03-18', 'occurred']]],
    ['2026年3月18日、当社サーバーへの不正アクセスが発生\n- 委託先から連絡を受けました。\n', [['2026-03-18', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a heading label closing with a colon labels the date under it', () => {
  test.each([
    // (The content field's finding is the record's day's too: see "a record's date field" below.)
    ['### 発生日時：\n\n2026 年7 月11 日未明\n\n### 発生内容：\n\nマルウェアへの感染の疑いを検知いたしました。\n', [['2026-07-11', 'occurred'], ['2026-07-11', 'detected']]],
    ['### 発生日時：\n\n2026 年7 月11 日未明\n\n### 発生内容：\n\nマルウェアに感染しました。\n', [['2026-07-11', 'occurred']]],
    ['## 確認日時：\n2025年8月3日（日）午後5時30分頃\n', [['2025-08-03', 'detected']]],
    // A heading that names no date stays silent.
    ['### 対象サービス：\n\n2026年7月11日\n', [['2026-07-11', 'other']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a date heading an investigation\'s result that dates the incident inside it', () => {
  test.each([
    ['1月14日（火）\n\n当該機器の状況を調査した結果、令和6年12月下旬にゼロデイ攻撃による不正アクセスの痕跡があったことを確認しました。\n', [['2025-01-14', 'detected'], ['2024-12', 'occurred']]],
    ['2025年1月14日、調査の結果、2024年12月20日に不正アクセスを受けていたことが判明しました。', [['2025-01-14', 'detected'], ['2024-12-20', 'occurred']]],
    // (Not where the first date has an event of its own.)
    ['2025年1月14日にサーバーを停止し、調査の結果、2024年12月20日に不正アクセスを受けていたことが判明しました。', [['2025-01-14', 'contained'], ['2024-12-20', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-03-07')).toEqual(expected);
  });
});

describe('a date alone on its line with its hour heads what the organization lived through', () => {
  test.each([
    ['## 1．事故の経緯\n令和7年9月7日 午後2時頃\n事務用パソコンにサポート詐欺による不正アクセスが発生しました。\n', [['2025-09-07', 'occurred'], ['2025-09-07', 'detected']]],
    ['## 1．発生の経緯\n- 9月10日（水）15時\nホームページ管理画面へのログインが不可となる事象が発生。\n', [['2025-09-10', 'occurred'], ['2025-09-10', 'detected']]],
    // Negative rows: a span of hours is read from logs afterwards; a date without its hour, or inside a sentence, says nothing of who saw it.
    ['## 2 経緯\n- 11月5日（水）8時57分～11月6日（木）6時44分\n3校に不正ログインされ、約16,000アドレスにメール送信\n', [['2025-11-05', 'occurred']]],
    ['## 1．事故の経緯\n令和7年9月7日\n事務用パソコンにサポート詐欺による不正アクセスが発生しました。\n', [['2025-09-07', 'occurred']]],
    ['調査の結果、令和7年9月7日午後2時頃に不正アクセスが発生していました。\n', [['2025-09-07', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-09-12')).toEqual(expected);
  });
});

describe('a chronology entry marked 〇 after its list marker is a lone date', () => {
  test.each([
    ['## 経緯\n- 〇令和7年1月16日(木曜日)17時30分頃\n 都職員がメールの送受信ができないことを確認し、運用管理受託者に調査を依頼した。\n- 〇令和7年1月17日(金曜日)\n 調査の結果、不正ログインが判明した。\n', [['2025-01-16', 'detected'], ['2025-01-17', 'detected']]],
    ['## 経緯\n〇 2025年1月16日\n不正アクセスが発生しました。\n', [['2025-01-16', 'occurred']]],
    // Negative row: the next entry is no part of the lone date's event.
    ['## 経緯\n- 〇令和7年1月16日(木曜日)\n- 〇令和7年1月17日(金曜日) サーバーを遮断した。\n', [['2025-01-16', 'other'], ['2025-01-17', 'contained']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-01-23')).toEqual(expected);
  });
});

describe('a chronology day written as a key, closed by its colon, heads its entry as a lone date does (issue #10)', () => {
  test.each([
    ['## 3．経緯\n### 5月25日：\n当該看護師が自宅で個人PCを使用してウェブサイトを閲覧していたところ、警告音とともに個人PC上に警告表示が出現し画面が停止した。\n\n### 5月30日：\n当該看護師が独自に専門業者へ調査・復旧を依頼したところ、詐欺および情報漏洩の可能性を指摘される。\n',
      [['2026-05-25', 'occurred'], ['2026-05-30', 'detected']]],
    ['## 経緯\n#### 2026年8月10日:\n当社による再調査の結果、個人情報を含むデータ約4,000ファイルが削除されたことを確認。\n', [['2026-08-10', 'detected']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2026-06-03')).toEqual(expected);
  });

  test.each([
    // Negative rows: a label whose value follows on the next line is no lone date; words after the colon are its own clause.
    ['## 経緯\n発生日時:\n2026年5月25日\n', [['2026-05-25', 'occurred']]],
    ['## 経緯\n### 5月30日：サーバーを遮断\n不正アクセスを検知しました。\n', [['2026-05-30', 'contained']]],
    ['## 経緯\n### 5月30日：\n### 5月31日：\n不正アクセスを検知しました。\n', [['2026-05-30', 'other'], ['2026-05-31', 'detected']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2026-06-03')).toEqual(expected);
  });
});

describe('a date in an aside in brackets does not part the next date from the words before the aside (issue #10)', () => {
  test.each([
    ['- フォレンジック調査会社等による調査の結果（2025 年 7 月 28 日～9 月 16日）、2025 年 4 月 13 日に弊社契約サーバーへの不正アクセスと情報流出が確認されました。',
      [['2025-07-28', 'other'], ['2025-04-13', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-10-07')).toEqual(expected);
  });

  test.each([
    // Negative rows: the aside's words after its bracket, and a date in no bracket, still part the clauses.
    ['調査の結果（2025年7月28日開始）を受け、2025年4月13日に当社サーバーへの不正アクセスを確認しました。', [['2025-07-28', 'other'], ['2025-04-13', 'detected']]],
    ['調査を2025年7月28日に開始し、2025年4月13日に当社サーバーへの不正アクセスが確認されました。', [['2025-07-28', 'other'], ['2025-04-13', 'detected']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-10-07')).toEqual(expected);
  });
});

describe('a date in brackets glossing the time word before it reads the clause after the bracket', () => {
  test.each([
    ['昨年夏(令和 6 年 7 月 22 日)、当社が管理運用するサーバーの一部におきまして、第三者による不正アクセスが発生いたしました。', [['2024-07-22', 'occurred']]],
    ['不正アクセスを受けたことから、本日（2025年7月28日）より一時サイトを閉鎖し、改修作業を実施いたします。', [['2025-07-28', 'contained']]],
    // Negative rows: a date in brackets after a noun dates that noun's clause only; an as-of gloss.
    ['個人情報保護委員会への報告（2025年6月5日）を行いました。', [['2025-06-05', 'other']]],
    ['本日（2026年6月19日）時点における初報としてお知らせいたします。', []],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-08-01')).toEqual(expected);
  });
});

describe('a lone date heading entries that open with a time of that day', () => {
  test.each([
    ['## 事案の概要と経緯\n令和7年5月16日(金曜日)\n\n- 13時30分頃 ホームページへのアクセス不具合発覚\n- 14時 サーバーの管理業者へ確認\n', [['2025-05-16', 'detected']]],
    ['### 【 4/18(金) 8:45 頃 】\n- システムに異常が生じていることを確認、調査開始\n', [['2025-04-18', 'detected']]],
    // Negative row: an entry that opens with a date of its own is no part of the lone date.
    ['## 経緯\n令和7年5月16日(金曜日)\n\n- 5月17日 ホームページへのアクセス不具合発覚\n', [['2025-05-16', 'other'], ['2025-05-17', 'detected']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-05-28')).toEqual(expected);
  });
});

describe('the page\'s own date line heading the body is the publication, no event', () => {
  test.each([
    ['2026.08.20\n\nこのたび、当社の社内システムに対する不正アクセスにより、個人情報の漏えいのおそれが判明しました。', '2026-08-20', []],
    ['2026年8月20日\n\n当社サーバーへの不正アクセスを検知しました。', '2026-08-20', []],
    // Negative rows: another day than the publication's; under a heading (a chronology's entry); after the prose began.
    ['2026年8月19日\n\n当社サーバーへの不正アクセスを検知しました。', '2026-08-20', [['2026-08-19', 'detected']]],
    ['## 経緯\n2026年8月20日\n\n当社サーバーへの不正アクセスを検知しました。', '2026-08-20', [['2026-08-20', 'detected']]],
    ['当社は対応を進めております。\n\n2026年8月20日\n\n当社サーバーへの不正アクセスを検知しました。', '2026-08-20', [['2026-08-20', 'detected']]],
  ])('%s (published %s)', async (text, published, expected) => {
    expect(await timelineOf(text, published)).toEqual(expected);
  });
});

describe('a chronology entry under a day heading: the heading is the finding, the entry\'s own date the event', () => {
  test.each([
    ['## 経緯\n\n### ■2025年4月17日（木）\n- 過去アクセスログを元に感染源を調査。\n- 4月15日にマルウェアが実行された形跡を確認。\n',
      [['2025-04-17', 'other'], ['2025-04-15', 'occurred']]],
    // An entry under a heading without a date is that entry's day of finding.
    ['## 経緯\n\n- 4月15日にマルウェアが実行された形跡を確認。\n- 4月17日に警察へ相談。\n', [['2025-04-15', 'detected'], ['2025-04-17', 'reported']]],
    // A day heading over an entry with no record of an earlier event: the entry's verb decides.
    ['## 経緯\n\n### ■2025年4月17日（木）\n- 4月15日に不審なアクセスを検知。\n', [['2025-04-17', 'other'], ['2025-04-15', 'detected']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-04-24')).toEqual(expected);
  });
});

describe('a pasted text that writes no year is dated by the weekday written with one of its days (issue #10)', () => {
  test.each([
    ['弊社のWebサイトが3月3日深夜に第三者による不正アクセスを受けました。\n\n弊社では、3月4日（火）9時頃に本件を把握しました。', [['2025-03-03', 'occurred'], ['2025-03-04', 'detected']]],
    ['当社サーバーが5月20日にランサムウェアに感染しました。5月21日（水）にネットワークを遮断しました。', [['2025-05-20', 'occurred'], ['2025-05-21', 'contained']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });

  test.each([
    // A text that writes a year (a data year): the day written with the weekday takes its year after it, and the other
    // days the weekday's, before the reference day's (2025-03-04 a Tuesday).
    ['2023年度の卒業アルバムのデータについて、3月3日に不正アクセスを受けました。3月4日（火）に把握しました。', [['2025-03-03', 'occurred'], ['2025-03-04', 'detected']]],
    // Negative row: no weekday and no year: the reference day's most recent year.
    ['弊社のWebサイトが3月3日深夜に第三者による不正アクセスを受けました。', [['2026-03-03', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a pasted text without a publication date is read against the day it dates itself by', () => {
  test.each([
    // 本日 glossed by a date, and a date stated as "now", date the text: an attack that day was seen as it happened.
    ['本日2025年1月29日、当法人職員のメールアカウントが第三者による不正アクセスを受けました。', [['2025-01-29', 'occurred'], ['2025-01-29', 'detected']]],
    ['2025年7月10日、第三者からのサイバー攻撃を受けました。\n2025年7月10日現在、他の被害は確認されておりません。', [['2025-07-10', 'occurred'], ['2025-07-10', 'detected']]],
    // A year-less date takes its year from that day (9月29日 before 2025年10月3日).
    ['9月29日、当社サーバーがランサムウェアに感染しました。\n2025年10月3日現在、復旧作業を進めております。', [['2025-09-29', 'occurred']]],
    // Negative rows: a day before the one the text is dated by, 時点 (a bound of data), a span running up to now.
    ['2025年7月10日、第三者からのサイバー攻撃を受けました。\n2025年7月12日現在、他の被害は確認されておりません。', [['2025-07-10', 'occurred']]],
    ['2025年7月10日、第三者からのサイバー攻撃を受けました。2025年7月10日時点で登録のあったお客様が対象です。', [['2025-07-10', 'occurred']]],
    ['2025年8月19日(火)21:03~現在まで、不審なメールが送信されております。', [['2025-08-19', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });

  test('a publication date comes first', async () => {
    expect(await timelineOf('本日2025年1月29日、当法人職員のメールアカウントが第三者による不正アクセスを受けました。', '2025-01-30')).toEqual([['2025-01-29', 'occurred']]);
  });
});

describe('a finding dated before the day the release names as that of the finding', () => {
  test.each([
    // "2024年11月5日に判明した…攻撃に関しまして": a trace found of an earlier day dates the intrusion.
    [
      '2024年11月5日に判明した、当社ファイルサーバー内のファイルが暗号化されるランサムウェア攻撃に関しまして、調査結果をお知らせします。\n\n- 2024年10月29日にサーバー内に不明なユーザーが侵入した形跡を確認',
      [['2024-11-05', 'detected'], ['2024-10-29', 'occurred']],
    ],
    // "12月23日（火）に確認されました…攻撃につきまして": what the investigation confirmed of October is the intrusion.
    [
      '2025年12月23日（火）に確認されました本学情報システムへのランサムウェア攻撃につきまして、調査結果をお知らせします。\n\n2025年10月7日、学内関係者のアカウントを悪用し学内ネットワークに侵入、サーバにアクセスされたことが確認されました。',
      [['2025-12-23', 'detected'], ['2025-10-07', 'occurred']],
    ],
    // A heading labelling the day of the finding: a contractor's confirmation before it is no finding of the organization.
    [
      '## 判明日\n令和6年7月2日（火曜日）\n\n## 経緯\n令和6年6月18日（火曜日）午前11時\nイセトーがインターネット上で個人情報を含むデータの漏えいを確認。',
      [['2024-07-02', 'detected'], ['2024-06-18', 'occurred']],
    ],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });

  test.each([
    // No day named as the finding's: each date keeps its own verdict.
    ['2024年10月29日にサーバー内に不明なユーザーが侵入した形跡を確認しました。2024年11月5日にファイルの暗号化を確認しました。', [['2024-10-29', 'detected'], ['2024-11-05', 'detected']]],
    // A finding after the named day is a later finding, left as it is.
    [
      '2024年11月5日に判明した不正アクセスについて、調査結果をお知らせします。2024年11月20日に新たな痕跡を確認しました。',
      [['2024-11-05', 'detected'], ['2024-11-20', 'detected']],
    ],
    // News received before the named day stays news received ("…から連絡を受け").
    [
      '2025年3月27日に判明した不正アクセスについてお知らせします。2025年3月20日、委託先から不審なアクセスがあった旨の連絡を受けました。',
      [['2025-03-27', 'detected'], ['2025-03-20', 'detected']],
    ],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a sentence that dates its finding to a later day than the occurrence it tells of', () => {
  test.each([
    [
      '2025年3月30日に弊社が利用している一部のサーバーにおいてシステム障害が発生し、同年3月31日にサイバー攻撃による被害を受けた可能性があることを確認いたしました。',
      [['2025-03-30', 'occurred'], ['2025-03-31', 'detected']],
    ],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });

  test.each([
    // The failure alone: lived through, so seen that day.
    ['2025年3月30日に弊社が利用している一部のサーバーにおいてシステム障害が発生しました。', [['2025-03-30', 'occurred'], ['2025-03-30', 'detected']]],
    // A later finding in a sentence of its own leaves the failure seen as it happened.
    [
      '2025年3月30日に弊社が利用している一部のサーバーにおいてシステム障害が発生しました。調査の結果、2025年4月2日にサイバー攻撃による被害を受けた可能性があることを確認いたしました。',
      [['2025-03-30', 'occurred'], ['2025-03-30', 'detected'], ['2025-04-02', 'detected']],
    ],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('a finding whose sentence dates what it found to an earlier day names the day of the finding (issue #10)', () => {
  test.each([
    // The lead restates the incident's day with 「…ていたことが判明」; the chronology's entry dates the finding.
    [
      '2025年5月5日（月)、当社のWebサイトが第三者による不正アクセスを受けていたことが判明しました。\n\n- 2025年5月7日、お客さまより「ログインできない」とのお申し出があり、調査したところ、5月5日に当該サイトが第三者による不正アクセスを受けていたことを確認しました。',
      [['2025-05-05', 'occurred'], ['2025-05-07', 'detected'], ['2025-05-05', 'occurred']],
    ],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });

  test.each([
    // The finding's sentence dates nothing earlier: each date keeps its reading.
    [
      '2025年5月5日（月)、当社のWebサイトが第三者による不正アクセスを受けていたことが判明しました。\n\n- 2025年5月7日、お客さまより「ログインできない」とのお申し出がありました。',
      [['2025-05-05', 'detected'], ['2025-05-07', 'detected']],
    ],
    // What it dates earlier is no occurrence the finding showed (a data bound): no day is named.
    [
      '2025年5月5日、当社のWebサイトが不正アクセスを受けていたことが判明しました。\n\n- 2025年5月7日、調査したところ、2020年4月以降にご登録のお客様の情報が閲覧可能な状態であったことを確認しました。',
      [['2025-05-05', 'detected'], ['2025-05-07', 'other'], ['2020-04', 'other']],
    ],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text)).toEqual(expected);
  });
});

describe('an incident stopped or announced on the day it happened was seen that day (issue #10)', () => {
  test.each([
    // Attacked, and the server stopped the same evening: the occurrence is also the finding.
    [
      '2025年12月27日20時、当サイトがサイバー攻撃を受けました。同日20時30分頃、サーバーを緊急停止いたしました。',
      [['2025-12-27', 'occurred'], ['2025-12-27', 'detected'], ['2025-12-27', 'contained']],
    ],
    // A later finding (traces of a leak weeks on) stays, after the day of the stop.
    [
      '9月25日、委託先のツールにおいて、身代金要求を伴う不正アクセスの被害を受けました。9月25日にツールへのアクセスを即時に遮断したことを確認しています。10月15日、情報流出の可能性を示す痕跡を確認しました。',
      [['2025-09-25', 'occurred'], ['2025-09-25', 'detected'], ['2025-09-25', 'contained'], ['2025-10-15', 'detected']],
    ],
    // An earlier notice published the day of the attack.
    [
      '2025年5月15日に公表しました弊社ネットワークへの不正アクセスにつきまして、調査結果をご報告いたします。2025年5月15日、外部からの不正アクセスによりサーバーのデータが暗号化される被害を受けました。',
      [['2025-05-15', 'published'], ['2025-05-15', 'occurred'], ['2025-05-15', 'detected']],
    ],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-12-30')).toEqual(expected);
  });

  test.each([
    // Stopped days later: when it was noticed in between is not said.
    ['2025年12月27日、当サイトがサイバー攻撃を受けました。12月29日、サーバーを停止いたしました。', [['2025-12-27', 'occurred'], ['2025-12-29', 'contained']]],
    // A finding dated on an earlier day is the finding; the stop adds none.
    [
      '2025年12月26日、不審な通信を検知しました。12月27日、当サイトがサイバー攻撃を受け、同日サーバーを停止いたしました。',
      [['2025-12-26', 'detected'], ['2025-12-27', 'occurred'], ['2025-12-27', 'contained']],
    ],
    // The notice came days after the attack.
    [
      '2025年5月20日に公表しました弊社ネットワークへの不正アクセスにつきまして、調査結果をご報告いたします。2025年5月15日、外部からの不正アクセスによりサーバーのデータが暗号化される被害を受けました。',
      [['2025-05-20', 'published'], ['2025-05-15', 'occurred']],
    ],
    // A stop only planned is no containment.
    ['2025年12月27日、当サイトがサイバー攻撃を受けました。2026年1月5日にサーバーを停止する予定です。', [['2025-12-27', 'occurred'], ['2026-01-05', 'other']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2025-12-30')).toEqual(expected);
  });
});

describe("a record's date field dates what its content field states (issue #10)", () => {
  test.each([
    // The content field tells of news received: it came on the record's day.
    [
      '## 1. 事案の概要\n発生日時: 2026 年 6 月 29 日\n\n事案内容: 弊社は、外部取引先より「ランサムウェア感染に起因するとみられる情報漏洩の可能性がある」との連絡を受けました。',
      [['2026-06-29', 'occurred'], ['2026-06-29', 'detected']],
    ],
    // Headings as field labels, the values on the lines under them.
    [
      '## 1. 発生の経緯と現在の状況\n\n### 発生日時:\n\n2026 年7 月11 日未明\n\n### 発生内容:\n\n当社の一部社内システムにおいて、マルウェアへの感染の疑いを検知いたしました。',
      [['2026-07-11', 'occurred'], ['2026-07-11', 'detected']],
    ],
    // Another field may stand between the date and the content.
    [
      '- 発生日時:2025年12月2日(火)未明\n- 対象:基幹システム\n- 内容:当社が利用するデータベース環境に対して外部から不正アクセスが行われ、ランサムウェアの関与が疑われる痕跡を確認しました。',
      [['2025-12-02', 'occurred'], ['2025-12-02', 'detected']],
    ],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2026-12-30')).toEqual(expected);
  });

  test.each([
    // The content states only the occurrence: no finding is dated.
    ['発生日時: 2026 年 6 月 29 日\n\n事案内容: 第三者による不正アクセスにより、サーバーのデータが暗号化されました。', [['2026-06-29', 'occurred']]],
    // A window of hours: what was confirmed within it is not dated to its first day.
    [
      '- 発生日時:2026年7月29日夕刻〜30日午前\n- 内容:第三者による不正アクセスにより、お客様の個人情報が外部へ流出した可能性が確認されました。',
      [['2026-07-29', 'occurred']],
    ],
    // Prose between the date and a section named 概要: no record.
    [
      '発生日時: 2026 年 6 月 29 日\n\n当社では直ちに対策本部を設置いたしました。\n\n## 2. 概要\n調査の結果、不正アクセスの痕跡を確認しました。',
      [['2026-06-29', 'occurred']],
    ],
    // The content's own date dates its finding.
    [
      '発生日時: 2026 年 6 月 29 日\n\n事案内容: 2026年7月2日、外部取引先より情報漏洩の可能性があるとの連絡を受けました。',
      [['2026-06-29', 'occurred'], ['2026-07-02', 'detected']],
    ],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2026-12-30')).toEqual(expected);
  });
});

describe("a chronology's entry led by a time of day alone is an hour of the day before (issue #10)", () => {
  test.each([
    // The entries of the day's account, each led by its hour.
    [
      '2026年5月25日(月)に、本学事務職員が使用しているパソコンが不正アクセスを受けた事案が発生しました。\n\n## 1 発覚した経緯等\n(1) 13時40分頃、本学事務職員がパソコンでファイル共有サービスを利用中に、第三者から不正アクセスを受けました。\n\n(2) 13時50分頃、当該事務職員が異変に気付き、本学情報セキュリティ部門に報告しました。',
      [['2026-05-25', 'occurred'], ['2026-05-25', 'occurred'], ['2026-05-25', 'detected']],
    ],
    // A list item with a clock time.
    ['2025年9月16日、委託先のパソコンが不正アクセスを受けました。\n- 16:45、従業員が異変に気付きました。', [['2025-09-16', 'occurred'], ['2025-09-16', 'detected']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2026-12-30')).toEqual(expected);
  });

  test.each([
    // No date before it: no day of its own (not the publication's).
    ['13時50分頃、当該事務職員が異変に気付きました。', []],
    // Not an entry's head: a time inside a line, or one not followed by its clause.
    ['2026年5月25日に不正アクセスが発生しました。受付時間 13時~17時、土日を除く。', [['2026-05-25', 'occurred']]],
    ['2026年5月25日に不正アクセスが発生しました。\n- 13時~17時 受付', [['2026-05-25', 'occurred']]],
  ])('%s', async (text, expected) => {
    expect(await timelineOf(text, '2026-12-30')).toEqual(expected);
  });
});
