import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { countsExtractor } from '../../src/extract/counts.js';
import { emptyFindings } from '../../src/extract/types.js';
import { dedupeCountsRefiner, longestCommonRun, subjectKey } from '../../src/refine/counts.js';
import { REFINERS } from '../../src/refine/registry.js';

/** Value+unit of the counts before and after the restatement refiner. */
function beforeAfter(text: string): { before: string[]; after: string[] } {
  const doc = buildDocument(text);
  const found = { ...emptyFindings(), ...(countsExtractor.extract(doc, emptyFindings(), { tokenize: false }) as { counts: never[] }) };
  const show = (cs: typeof found.counts) => cs.map((c) => `${c.value.value}${c.value.unit}`);
  return { before: show(found.counts), after: show(dedupeCountsRefiner.refine(found, doc).counts) };
}

describe('counts.dedupe: one figure stated twice is one count', () => {
  test.each([
    [
      'summary and detail, 件 then 名: the people count stands (the records figure is its restatement)',
      'お客様の個人情報（12,345件）が漏えいした可能性があります。\n\n## 詳細\n期間中にご登録されたお客様12,345名の情報が対象です。',
      ['12345名'],
    ],
    [
      'a heading\'s figure without a subject, restated by an item of the next section',
      '### 【対象件数】7,237件\n\n### 【個人情報の種別】\n- 氏名・団地名・部屋番号・生年月日：7,237件\n- 生活保護受給の有無：488件',
      ['7237件', '488件'],
    ],
    [
      'one sentence giving the figure for two kinds of records keeps them records',
      'お客様の個人情報（24,166件）、クレジットカード情報（24,166件）が漏えいした可能性があります。\n\n## 詳細\n期間中にご登録されたお客様24,166名の情報が対象です。',
      ['24166件', '24166件'],
    ],
    [
      'a list item restating a prose figure',
      '教職員のアカウントから426件のフィッシングメールが送信されました。\n\n## 送信状況\n- 送信メール件数: 426件',
      ['426件'],
    ],
    [
      'a heading figure and its table row whose subject contains it',
      '#### ①取引先の皆様：52名\n|　|営業部の取引先の皆様：52名|他部門の取引先の皆様：該当無し|',
      ['52名'],
    ],
    [
      'a heading figure and an item whose whole subject ends it (not a phrase tail)',
      '### 従業員に関する個人情報 約5,000件\n- 当社の従業員に関する個人情報 約5,000件',
      ['5000件'],
    ],
    ['a small figure pointed back at', '利用者のうち5名のアカウントに不正ログインがありました。\n\n該当する5名の方には個別に連絡しています。', ['5名']],
    [
      'small figures with a shared subject',
      '- 今回漏えいしたのは申請者のメールアドレス1件のみです。\n\n## 漏えいした可能性のある情報\n申請者の電子メールアドレス1件',
      ['1件'],
    ],
    [
      'a small total restated with a shorter subject inside the first',
      '本学の学生及び教職員（計4名）のアカウントが不正利用されました。\n\n## 経緯\n第三者が本学の計4名のアカウントへ不正にアクセスしました。',
      ['4名'],
    ],
    [
      'a small figure whose subject is only a clause',
      '昨年以降に入会した会員7名の個人情報が漏えいした可能性があります。\n\n## 対応\n漏えいの可能性のある7名に、個別にご連絡しました。',
      ['7名'],
    ],
    [
      'a named group in the summary given again under another section',
      '## 1 事案の概要\n- 不正アクセス対象 多治見市立小中学校5校の学校メール\n\n## 4 今後の対応\n- 11月14日より不正アクセスが確認された多治見市立小中学校5校の学校メール利用を再開',
      ['5校'],
    ],
    [
      // The same record given twice (its line's figures agree) is one record (negative of the rule above).
      'a record of several figures given again with the same figures',
      '## 概要\n\n- 対象者 児童8名 教職員13名\n\n## 詳細\n\n- 対象者 児童8名 教職員13名',
      ['8名', '13名'],
    ],
    [
      'a list item whose subject is only a clause',
      '- 今年入会された方 6 名の個人情報漏えいの可能性\n\n## 対応\n(1) 漏洩の可能性のある6名に謝罪文を発送',
      ['6名'],
    ],
    ['a total restated in a later line', '対象者は合計1,500人です。\n\n児童 計1,200人\n\n教職員 計300人 合計1,500人', ['1500人', '1200人', '300人']],
    [
      'a small figure whose subject points back after its topic (本件は先述の…)',
      'なお、本件は独立した1台の検証用サーバーにおいて発生したものです。\n\n## 対応\n※本件は先述の特定の検証環境（1台）のみで発生した事象です。',
      ['1台'],
    ],
    [
      'one set of accounts counted with three counters: the first statement stands, still accounts',
      'その後の調査により、計4件のアカウントにおいて不正アクセスの形跡を確認いたしました。\n\n不正アクセスを受けた4アカウントのうち、3アカウントのデータが閲覧された可能性があります。\n\n侵害された4名のアカウントから迷惑メールが送信されました。',
      ['4件', '3アカウント'],
    ],
  ])('%s', (_what, text, after) => {
    const r = beforeAfter(text);
    expect(r.before.length).toBeGreaterThan(after.length);
    expect(r.after).toEqual(after);
  });

  test.each([
    ['two things with equal counts in one sentence', 'お客様の個人情報（3,210件）、クレジットカード情報（3,210件）が流出した可能性があります。', ['3210件', '3210件']],
    [
      'equal counts for different data items in separate lists',
      '## 対象者\n- 会員：約8,000名\n\n## 漏えいした情報\n- 会員ID（約8,000名）\n- 氏名（約8,000名）',
      ['8000名', '8000名', '8000名'],
    ],
    [
      'small equal counts of different people',
      '教職員2名のメールアカウントが不正アクセスを受けました。\n\nなお、学生2名のアカウントにも不正ログインがありました。',
      ['2名', '2名'],
    ],
    [
      'small equal counts whose subjects share no word',
      '職員1名のパソコンがウイルスに感染しました。\n\nまた、取引先の担当者1名のアカウントにも不正ログインがありました。',
      ['1名', '1名'],
    ],
    ['equal values with unrelated counters', 'サーバ3台が暗号化され、3件のファイルが流出しました。', ['3台', '3件']],
    // "上記以外の" points away from what was said (negative of the pointer back).
    [
      'a small figure whose subject is all else than what was said above',
      '職員1名のパソコンがウイルスに感染しました。\n\n## 対応\nまた、本件は上記以外の取引先の端末1台でも確認されました。',
      ['1名', '1台'],
    ],
    [
      'small equal figures whose later subject names its own group after its topic',
      'なお、本件は独立した1台の検証用サーバーにおいて発生したものです。\n\n## 対応\n※本件は別の本番環境（1台）でも確認されました。',
      ['1台', '1台'],
    ],
    ['accounts and records of equal small value', '4アカウントに不正ログインがあり、4件の注文情報が閲覧されました。', ['4アカウント', '4件']],
    ['accounts listed for different services', '- 管理者アカウント：2アカウント\n- 利用者の2件のアカウント', ['2アカウント', '2件']],
    ['a total with its parts', '児童 計1,200人\n\n教職員 計300人 合計1,500人', ['1200人', '300人', '1500人']],
    [
      'rows of one list whose subjects end alike',
      '## 対象者\n- 東京本社の従業員 5名\n- 大阪本社の従業員 5名',
      ['5名', '5名'],
    ],
    [
      'small figures in two sections whose subjects share only a short ending',
      '## 概要\n- 市立中学校 5校\n\n## 対応\n- 県立高等学校 5校',
      ['5校', '5校'],
    ],
    [
      'equal figures in two records of several figures each (one line per school)',
      '### (1) 愛宕小学校\n\nデータ漏えい（可能性）件数（人数） 児童8名 教職員13名 計21名\n\n### (2) 衣里小学校\n\nデータ漏えい（可能性）件数（人数） 児童8名 教職員14名 計22名',
      ['8名', '13名', '21名', '8名', '14名', '22名'],
    ],
    [
      'equal figures in two list items, one subject only the tail of a phrase cut at a bracket',
      '## 漏えいの可能性がある個人情報\n- 研究技術職関連の採用に関する個人情報　約5,000件\n- 従業員（役員、社員などを含む）に関する個人情報　約5,000件',
      ['5000件', '5000件'],
    ],
  ])('keeps %s', (_what, text, after) => {
    expect(beforeAfter(text).after).toEqual(after);
  });

  test('is registered', () => {
    expect(REFINERS).toContain(dedupeCountsRefiner);
  });
});

describe('subject comparison', () => {
  test.each([
    ['①お取引先さま・お客さま', 'お取引先さまお客さま'],
    ['- 従業員ID', '従業員ID'],
    ['（1）対象者 ', '1対象者'],
    [null, ''],
  ])('subjectKey(%s) = %s', (subject, key) => {
    expect(subjectKey(subject)).toBe(key);
  });

  test.each([
    ['申請者のメールアドレス', '申請者の電子メールアドレス', 7],
    ['教職員', '学生', 0],
    ['', 'お客様', 0],
  ])('longestCommonRun(%s, %s) = %d', (a, b, n) => {
    expect(longestCommonRun(a, b)).toBe(n);
  });
});
