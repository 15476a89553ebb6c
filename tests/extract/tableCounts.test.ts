import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { countsExtractor } from '../../src/extract/counts.js';
import { scopedFigures } from '../../src/extract/tableCounts.js';
import { dedupeCountsRefiner } from '../../src/refine/counts.js';
import { emptyFindings } from '../../src/extract/types.js';

/** The counts of a release text (value, counter, evidence), after extraction and the restatement refiner. */
function countsOf(text: string): string[] {
  const doc = buildDocument(text);
  const found = { ...emptyFindings(), ...(countsExtractor.extract(doc, emptyFindings(), { tokenize: false }) as { counts: never[] }) };
  return dedupeCountsRefiner.refine(found, doc).counts.map((c) => `${c.value.value}${c.value.unit} ${c.evidence!.text}`);
}

/** The bare figures a header or note scopes: value, counter and subject. */
function scopedOf(text: string): string[] {
  return scopedFigures(buildDocument(text)).map((f) => `${f.q.value}${f.q.unit} ${f.subject}`);
}

describe('bare figures scoped by a header or a note', () => {
  test.each([
    // TAB-separated cells (the TAB folds to a space): the header's "(人)" gives the counter, each column its noun.
    [
      '## 2　漏洩のおそれがある情報\n\n \t生徒数(人)\t教職員数(人)\t総数(人)\n県立学校14校\t2,077\t974\t3,051\n \n',
      ['2077人 県立学校14校 生徒数', '974人 県立学校14校 教職員数', '3051人 県立学校14校 総数'],
    ],
    // A table printed one cell per row: the header's last word is the last column's; its counter is the one the
    // release writes for the same noun (対象者数：14,638 名).
    [
      '- 対象者数：14,638 名\n\n【別紙】会社別内訳一覧\n|No. 会社名 （五十音順） 期間 対象者数|\n|---|\n|1 株式会社ウイズユニティ 2025/02 ～ 2025/10 55|\n|8 株式会社 JR 大分シティ 2016/08 ～ 2025/10 1,970|\n',
      ['55名 株式会社ウイズユニティ 対象者数', '1970名 株式会社 JR 大分シティ 対象者数'],
    ],
    // The same table as a PDF gives it back: the header a heading, rows in lines of their own or split into two cells.
    [
      '対象者数：14,638 名\n\n#### No. 会社名 （五十音順） 期間 対象者数\n\n1 株式会社ウイズユニティ 2025/02 〜2025/10 55\n\n| 3 キャタピラー九州株式会社 2017/10 | 〜 2025/10 11 |\n6 三軌建設株式会社 2017/07 〜 2025/10 667\n\n2 / 3\n',
      ['55名 株式会社ウイズユニティ 対象者数', '11名 キャタピラー九州株式会社 対象者数', '667名 三軌建設株式会社 対象者数'],
    ],
    ['## 漏えいした可能性のある件数\n項目 件数\n- 氏名 1,234\n- メールアドレス 1,100\n', ['1234件 氏名 件数', '1100件 メールアドレス 件数']],
    // The same TAB table as a page or a print gives it back, its cells set apart by spaces: the header's last words each
    // name a quantity, matched to the row's last bare numbers from the right.
    [
      '## 2　漏洩のおそれがある情報\n\n生徒数(人) 教職員数(人) 総数(人)\n\n県立学校14校 2,077 974 3,051\n\n県立学校名\n',
      ['2077人 県立学校14校 生徒数', '974人 県立学校14校 教職員数', '3051人 県立学校14校 総数'],
    ],
    // A row with fewer bare numbers than the header's quantities: only those it ends in, from the right.
    ['生徒数(人) 教職員数(人) 総数(人)\nA校 2025/10 25\n', ['25人 A校 総数']],
    // A note that says what the brackets hold scopes the list under it; the counter is the note's figure's.
    [
      '## ２ 当該事業者に卒業アルバム制作を発注した市立学校\n計17校，1,198人(カッコ内は卒業生数)\n\n中部小学校(18)\n\n万年橋小学校(30)\n\n## ３ 対応\n桔梗小学校(137)\n',
      ['18人 中部小学校 卒業生数', '30人 万年橋小学校 卒業生数'],
    ],
    // Items on one line, separated by 、; a note without a figure takes the noun's own counter (件数 → 件).
    ['※括弧内は件数\nA支店(12)、B支店(3)\n', ['12件 A支店 件数', '3件 B支店 件数']],
    // A Markdown grid: the counter from the header's brackets or the noun (件数).
    ['|学校名|卒業生数(人)|\n|---|---|\n|中部小学校|18|\n|港小学校|81|\n', ['18人 中部小学校 卒業生数', '81人 港小学校 卒業生数']],
    ['|区分|件数|\n|---|---|\n|取引先の口座情報|1,206|\n', ['1206件 取引先の口座情報 件数']],
    // A headcount noun beside the total it is a part of (教職員数 next to 総数) is scope.
    ['|学校|生徒数(人)|教職員数(人)|総数(人)|\n|---|---|---|---|\n|A校|20|5|25|\n', ['20人 A校 生徒数', '5人 A校 教職員数', '25人 A校 総数']],
  ])('%s', (text, expected) => {
    expect(scopedOf(text)).toEqual(expected);
  });

  test.each([
    // Dates, row numbers, money, percentages, phone numbers, zero: no header names a count of them, or they are no bare count.
    ['|会社名|対象者数(人)|\n|---|---|\n|A社|2025/02|\n|B社|0|\n|C社|055|\n'],
    ['|No.|会社名|\n|---|---|\n|1|A社|\n|2|B社|\n'],
    ['|項目|金額(円)|\n|---|---|\n|返金|55,000|\n'],
    ['|項目|割合(%)|\n|---|---|\n|A|55|\n'],
    ['|窓口|電話番号|\n|---|---|\n|専用窓口|0120-123-456|\n'],
    ['日時\t内容\n4月1日\t説明会\n2025\t12\n'],
    // Figures that are no incident's scope: capacity, stores, staff (no total beside them).
    ['|講座|募集人数|\n|---|---|\n|A講座|40|\n'],
    ['|地域|店舗数|\n|---|---|\n|関東|55|\n'],
    ['|会社名|従業員数|\n|---|---|\n|A社|120|\n'],
    // A header whose noun has no counter anywhere in the release: no unit to give.
    ['|学校名|生徒数|\n|---|---|\n|A校|18|\n'],
    // A one-cell table whose last word is no count, or whose rows do not end in a bare number.
    ['|No. 会社名 期間|\n|---|\n|1 株式会社A 2025/02 ～ 2025/10|\n'],
    ['|No. 会社名 件数|\n|---|\n|1 株式会社A 12件|\n'],
    // Rows whose last word is no bare count, a header line that is prose, a header whose last word names no count.
    ['No. 会社名 対象者数\n株式会社A 55名\n株式会社B 2025/10\n'],
    ['以下のとおり、各社の対象者数をお知らせします。\n株式会社A 55\n'],
    ['会社名 期間\n株式会社A 2025/10 55\n'],
    // A row of numbers only has no name: no row.
    ['生徒数(人) 教職員数(人) 総数(人)\n2,077 974 3,051\n'],
    // Bracketed figures with no note that says what they hold, or a note that names no count.
    ['中部小学校(18)\n万年橋小学校(30)\n'],
    ['※カッコ内は所在地\n中部小学校(函館市)\n'],
    // "括弧内は内数": the bracket holds a part of the figure before it, of nothing named.
    ['計120人(括弧内は内数)\nA校 20人(5)\nB校 100人(7)\n'],
  ])('nothing in %s', (text) => {
    expect(scopedOf(text)).toEqual([]);
  });

  test('each part keeps its row as evidence, and a figure with its own counter is read once', () => {
    expect(countsOf('## 漏えいの可能性がある情報\n|区分|件数|\n|---|---|\n|氏名|1,206件|\n|住所|950|\n')).toEqual(['1206件 氏名|1,206件', '950件 住所|950']);
    expect(countsOf('## 2　漏洩のおそれがある情報\n\n \t生徒数(人)\t教職員数(人)\t総数(人)\n県立学校14校\t2,077\t974\t3,051\n')).toEqual([
      '14校 県立学校14校',
      '2077人 県立学校14校\t2,077\t974\t3,051',
      '974人 県立学校14校\t2,077\t974\t3,051',
      '3051人 県立学校14校\t2,077\t974\t3,051',
    ]);
  });

  test('a long line that is almost a bracketed list is read in linear time', () => {
    const line = `${'中部 小学校 (18) '.repeat(35)}x(`;
    const doc = buildDocument(`計20人(カッコ内は生徒数)\n${line}\n${'|学校名|生徒数(人)|\n'.repeat(300)}`);
    const t = performance.now();
    expect(scopedFigures(doc)).toEqual([]);
    expect(performance.now() - t).toBeLessThan(500);
  });

  test('two rows with the same figure are two records, whatever their names share', () => {
    const text =
      '対象者数：586 名\n\nNo. 会社名 期間 対象者数\n| 9 株式会社 JR 鹿児島シティ 2016/11 | 〜 2025/10 171 |\n11 JR 九州エージェンシー 2018/01 〜 2025/10 244\n' +
      '46 株式会社 JR 小倉シティ 2016/12 〜 2025/10 （退職者を含む期間） 171\n';
    expect(countsOf(text).map((c) => c.split(' ')[0])).toEqual(['586名', '171名', '244名', '171名']);
  });
});
