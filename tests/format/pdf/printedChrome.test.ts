import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { authorProfile, dropPageChrome, entryDay, isShareRow, listEntryDay, newestFirstLists, pageUpdatedDate, strandedHeadlines, unorderedDatedEntries, viewCountedEntries, wrappedRankings } from '../../../src/format/pdf/chrome.js';
import { AUTHOR_BOX } from '../../../src/words/printedPage.js';
import { groupLines, lineSize } from '../../../src/format/pdf/lines.js';
import type { Item, PdfLine } from '../../../src/format/pdf/types.js';
import { extractText } from '../../../src/format/containers.js';
import { eraInitialDate, splitHeader } from '../../../src/format/pdf/assemble.js';
import { FIXTURES } from '../../helpers.js';

/** Lines set 18 pt apart down one page, in 10 pt type. */
const page = (texts: string[], start = 700): PdfLine[] =>
  texts.map((t, k) => ({ page: 1, items: [], x: 50, right: 500, y: start - k * 18, size: 10, cells: [t], cellX: [50], position: k / 40, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine);
const kept = (lines: PdfLine[]) => dropPageChrome(lines).map((l) => l.cells.join(' '));

/** Pieces of one baseline: [text, x, size], each character as wide as its size. */
const pieces = (ps: [string, number, number][]): Item[] => ps.map(([str, x, size]) => ({ str, x, y: 700, width: [...str].length * size, size }));

test.each([
  // A figure set large inside a banner's phrase: the line is in the phrase's type.
  ['a large figure inside a banner line', [['導入企業', 50, 16], ['264', 114, 28], ['社突破！資料請求は無料', 198, 16]], 16],
  ['a title with a smaller suffix keeps the title\'s size', [['不正アクセスに関するお知らせ', 50, 24], ['（第2報）', 386, 14]], 24],
  // A logo's name beside a header's small links (cells apart): the logo's size.
  ['a logo beside a header\'s small links', [['京都商工会議所', 50, 20], ['文字サイズ 標準 拡大 背景色 白 黒 青', 400, 9]], 20],
  ['one size', [['お客様情報に関するお知らせ', 50, 12]], 12],
] as [string, [string, number, number][], number][])('lineSize: %s', (_label, ps, size) => {
  expect(groupLines(pieces(ps))[0]!.size).toBe(size);
});

test('lineSize of cells', () => {
  expect(lineSize([[{ str: 'abc', size: 10 }, { str: '1', size: 20 }]])).toBe(10);
  expect(lineSize([[{ str: 'ab', size: 10 }, { str: '12', size: 20 }]])).toBe(20);
  expect(lineSize([])).toBe(0);
});

test.each([
  ['2027.04.25 ウェブサイトをリニューアルしました', 20270425],
  ['2025年3月10日 お知らせ', 20250310],
  ['令和7年3月10日 お知らせ', 20250310],
  ['令和元年5月1日 お知らせ', 20190501],
  ['R7.3.10 お知らせ', 20250310],
  ['2026/1/3', 20260103],
  ['お知らせ 2025年3月10日', null],
])('entryDay: %s', (text, day) => {
  expect(entryDay(text)).toBe(day);
});

const ARTICLE = ['当社サーバーへの不正アクセスにより、お客様情報 1,204 件が流出した可能性があります。', '以 上'];
test.each([
  ['another news list under the article, newest first', [...ARTICLE, 'OTHER NEWS', '2027.04.25 ウェブサイトをリニューアルしました', '2027.04.20 採用情報を更新しました', '2026.01.03 システムメンテナンスのお知らせ', '2025.08.26 年末年始の営業日について'], ARTICLE],
  ['entries whose title stands under its date', [...ARTICLE, 'お知らせ', '2027/06/05', 'お客様満足度調査の結果（回', '答76,822件）', '2027/02/22', '導入実績53,440社を突破しました', '2026/05/24', 'システムメンテナンスのお知らせ'], ARTICLE],
  ['entries on one day and later ones, newest first', [...ARTICLE, '2026.05.01 夏季休業のお知らせ', '2026.05.01 採用情報を更新しました', '2025.12.15 セミナー（定員200名）開催のご案内'], ARTICLE],
  // The release's own dated lines run forward in time, or are too few.
  ['the release\'s chronology stays', [...ARTICLE, '2025年4月1日 不正アクセスを検知', '2025年4月2日 外部専門機関による調査を開始', '2025年4月10日 個人情報保護委員会へ報告'], [...ARTICLE, '2025年4月1日 不正アクセスを検知', '2025年4月2日 外部専門機関による調査を開始', '2025年4月10日 個人情報保護委員会へ報告']],
  ['two dated lines newest first stay', [...ARTICLE, '2025年4月10日 第2報を掲載', '2025年4月1日 第1報を掲載'], [...ARTICLE, '2025年4月10日 第2報を掲載', '2025年4月1日 第1報を掲載']],
  ['dated sentences stay', [...ARTICLE, '2025年4月10日、当社は調査を終えました。', '2025年4月2日、調査を開始しました。', '2025年4月1日、不正アクセスを検知しました。'], [...ARTICLE, '2025年4月10日、当社は調査を終えました。', '2025年4月2日、調査を開始しました。', '2025年4月1日、不正アクセスを検知しました。']],
  ['all on one day stay', [...ARTICLE, '2025年4月1日 10時 検知', '2025年4月1日 11時 遮断', '2025年4月1日 12時 報告'], [...ARTICLE, '2025年4月1日 10時 検知', '2025年4月1日 11時 遮断', '2025年4月1日 12時 報告']],
  // A bulletin board's other posts under the post: each its post stamp (date and clock time) after its title, newest first.
  ['a bulletin board\'s post list, stamped after the title', [...ARTICLE, '▼過去ログ', '[2110] 広報誌最新号を発行しました - 管理者 2026/07/17(金) 13:07 (返信32件)', '[3831] ホームページをリニューアルしました - 管理者 2026/06/30(火) 09:22 (返信23件)', '[467] 年末年始の営業について - 管理者 2026/03/25(水) 10:04 (返信40件)'], ARTICLE],
  ['a blog\'s recent posts, the stamp without a weekday', [...ARTICLE, '最近の投稿', 'セミナー開催のご案内（定員200名） 2026年7月17日 13:07', '採用情報を更新しました 2026年6月30日 9:22', '夏季休業のお知らせ 2026年3月25日 10:04'], ARTICLE],
  // The release's own lines with a date after their words stay: its earlier notices cited by the day (no clock time),
  // a chronology stamped to the minute running forward in time, too few stamped entries.
  ['earlier notices cited newest first by their day stay', [...ARTICLE, '不正アクセスに関するお知らせ 第3報・最終報告 (2026/02/27)', '不正アクセスに関するお知らせ 第2報 (2026/01/30)', '不正アクセス発生に関するお知らせ (2025/12/8)'], [...ARTICLE, '不正アクセスに関するお知らせ 第3報・最終報告 (2026/02/27)', '不正アクセスに関するお知らせ 第2報 (2026/01/30)', '不正アクセス発生に関するお知らせ (2025/12/8)']],
  ['a stamped chronology forward in time stays', [...ARTICLE, '不正アクセスを検知 2025/04/01 10:12', '外部専門機関による調査を開始 2025/04/02 09:00', '個人情報保護委員会へ報告 2025/04/10 17:30'], [...ARTICLE, '不正アクセスを検知 2025/04/01 10:12', '外部専門機関による調査を開始 2025/04/02 09:00', '個人情報保護委員会へ報告 2025/04/10 17:30']],
  // Printed narrow, each row wraps: its stamp cut at the line's end, or the whole stamp on the row's second line.
  ['a post list whose rows wrap', [...ARTICLE, '▼過去ログ', '[2110] 広報誌最新号を発行しました - 管理者 2026/07/17(金)', '13:07 (返信32件)', '[3831] ホームページをリニューアルしました - 管理者', '2026/06/30(火) 09:22 (返信23件)', '[467] 年末年始の営業について - 管理者 2026/03/25(水)', '10:04 (返信40件)'], ARTICLE],
  ['a stamped chronology whose lines wrap stays', [...ARTICLE, '不正アクセスを検知し、当該サーバをネットワークから遮断 2025/04/01', '10:12', '外部専門機関による調査を開始 2025/04/02', '09:00', '個人情報保護委員会へ報告 2025/04/10', '17:30'], [...ARTICLE, '不正アクセスを検知し、当該サーバをネットワークから遮断 2025/04/01', '10:12', '外部専門機関による調査を開始 2025/04/02', '09:00', '個人情報保護委員会へ報告 2025/04/10', '17:30']],
  ['two stamped lines newest first stay', [...ARTICLE, '第2報 2025/04/10 17:30', '第1報 2025/04/01 10:12'], [...ARTICLE, '第2報 2025/04/10 17:30', '第1報 2025/04/01 10:12']],
  // A box's news set in no order (printfuzz s8 p038): a run newest first, then entries of its shape — the date in the
  // same form, alone on its line, its title under it — whatever their days.
  ['a box\'s news in no order after a run newest first', ['トピックス', '2025.08.17', '導入企業4.2万社を突破しました', '2024.09.22', '導入企業49368社を突破しました', '2024.08.23', '会員数が9.8万人を突破しました', '2025.07.31', '抽選で2,201名様にプレゼント!春のキャン', 'ペーン', ...ARTICLE], ARTICLE],
  // Not so: after the run, the release's chronology in another form of date (its own lines) stays.
  ['a chronology in another date form after the run stays', ['トピックス', '2025.08.17', '導入企業4.2万社を突破しました', '2024.09.22', '導入企業49368社を突破しました', '2024.08.23', '会員数が9.8万人を突破しました', '2025年9月1日', '不正アクセスを検知', ...ARTICLE], ['2025年9月1日', '不正アクセスを検知', ...ARTICLE]],
  ['dated lines of another shape after the run stay', ['トピックス', '2025.08.17', '導入企業4.2万社を突破しました', '2024.09.22', '導入企業49368社を突破しました', '2024.08.23', '会員数が9.8万人を突破しました', '2025.09.01 不正アクセスを検知', '2025.09.02 調査を開始', ...ARTICLE], ['2025.09.01 不正アクセスを検知', '2025.09.02 調査を開始', ...ARTICLE]],
])('dropPageChrome, news newest first: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});

test.each([
  ['2027.04.25 ウェブサイトをリニューアルしました', 20270425],
  ['[2110] 広報誌最新号を発行しました - 管理者 2026/07/17(金) 13:07 (返信32件)', 20260717],
  ['採用情報を更新しました 2026年6月30日 9:22', 20260630],
  // No clock time, or two stamps: no entry's one day.
  ['第2報 (2026/01/30)', null],
  ['2026/07/17 13:07 から 2026/07/18 9:00 まで停止', 20260717],
  ['停止 2026/07/17 13:07 〜 2026/07/18 9:00', null],
])('listEntryDay: %s', (text, day) => {
  expect(listEntryDay(text)).toBe(day);
});

test('newestFirstLists: a post list broken by the page, its first row at the foot of one page', () => {
  const texts = ['▼過去ログ', '[2110] 広報誌最新号を発行しました - 管理者 2026/07/17(金)', '13:07 (返信32件)', '[3831] ホームページをリニューアルしました - 管理者', '2026/06/30(火) 09:22 (返信23件)', '[3804] 地域清掃活動を実施しました - 管理者 2026/05/11(月)', '12:07 (返信20件)'];
  const lines = [...page(texts.slice(0, 3), 80), ...page(texts.slice(3), 540).map((l) => ({ ...l, page: 2 }))];
  expect(newestFirstLists(lines, texts)).toEqual([0, 1, 2, 3, 4, 5, 6]);
});

test('newestFirstLists takes the heading over the entries', () => {
  const texts = ['OTHER NEWS', '2027.04.25 ウェブサイトをリニューアルしました', '2027.04.20 採用情報を更新しました', '2026.01.03 システムメンテナンスのお知らせ', '株式会社サンプル'];
  expect(newestFirstLists(page(texts), texts)).toEqual([0, 1, 2, 3]);
});

/** Printed pages of the ninth blind set's tuning half (fixtures/pages-i, i01–i20). */
const printed = async (name: string) => (await extractText(readFileSync(join(FIXTURES, 'pages-i', 'pdf', name)), { path: name })).text;

test.each([
  // A banner with a large figure (「導入企業 264 社突破！…」) above the article: the title is the article's heading.
  ['builder-i06.pdf', '- お客様情報に関するお知らせとお詫び', ['導入企業', 'OTHER NEWS', '2027.09.01']],
  ['builder-i13.pdf', '- 当金庫子会社ホームページの不正アクセスの調査結果および再発防止策について', ['導入企業', 'OTHER NEWS', '回答90,595件']],
])('printed site-builder page %s', async (name, titleLine, absent) => {
  const text = await printed(name);
  expect(text.split('\n')[1]).toBe(titleLine);
  for (const a of absent) expect(text).not.toContain(a);
});

test.each([
  // A carousel's campaign line above the title (「定期預金キャンペーン 2026年8月7日まで」) is no date line: the head is the
  // title and its 発表日 line, and the header's rows above it go.
  ['bs4-i18.pdf', ['- 本学への不正アクセスについてのご報告とお詫び（6/17追記）', '- 2026年6月17日'], ['キャンペーン', '個人のお客']],
  // The copyright holder with a digit in its name names the site; the logo wrapped in the header row is read whole.
  ['bs4-i19.pdf', ['- 2026年5月1日', '- 株式会社２りんかんイエローハット'], ['キャンペーン', '個人のお客']],
])('printed portal page %s', async (name, overview, absent) => {
  const text = await printed(name);
  for (const o of overview) expect(text.split('# 本文')[0]).toContain(o);
  for (const a of absent) expect(text).not.toContain(a);
});

const POST = ['ホーム >', 'お知らせ', '当社サーバーへの不正アクセスにより、お客様情報 1,204 件が流出した可能性があります。', ...new Array(6).fill('当社は、再発防止に努めてまいります。')];
test.each([
  // The author box closes the article: the post's category over it (as its head printed it), the profile and the balloon go.
  ['a blog theme\'s author box and balloon', [...POST, 'お知らせ', 'この記事を書いた人：広報担当', '株式会社サンプル 広報部です。入社16年目のスタッフが最新情報をお届けします。', '無料相談は年間2400件以上！お気軽にどうぞ。'], POST],
  ['an author box whose heading carries its post count', [...POST, '広報担当', 'この記事を書いた人　投稿記事数 548件', '関連記事', 'システムメンテナンスのお知らせ'], [...POST, '広報担当']],
  ['an author box under its own heading', [...POST, 'この記事の執筆者', '山本 隆（広報部）', 'サンプル株式会社の広報担当。'], POST],
  // The release's own lines stay: a sentence naming the article's writer, a category line not in the head.
  ['a sentence about who wrote the article stays', [...POST, 'この記事を書いた人に確認したところ、誤りはありませんでした。'], [...POST, 'この記事を書いた人に確認したところ、誤りはありませんでした。']],
  ['a short line not printed in the head stays over the box', [...POST, '以上', 'この記事を書いた人：広報担当'], [...POST, '以上']],
])('dropPageChrome, author box: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});

test.each([
  ['この記事を書いた人', true],
  ['この記事を書いた人：広報担当', true],
  // A short field of the box set a space after the heading on its line (a SWELL theme's 「この記事を書いた人　投稿記事数 548件」).
  ['この記事を書いた人　投稿記事数 548件', true],
  ['この記事を書いた人 広報担当', true],
  ['この記事を書いた人 広報部の山田です。', false],
  ['著者プロフィール', true],
  ['この記事の監修者', true],
  // the writer's tally after the label, a space apart (pages-w wpswell's 「この記事を書いた人　投稿記事数 961件」)
  ['この記事を書いた人 投稿記事数 961件', true],
  ['執筆者プロフィール　総務部 山田', true],
  ['この記事を書いた人は広報部の山田です。', false],
  ['この記事の著者 山田は広報部に所属しています。', false],
  ['記事', false],
])('AUTHOR_BOX: %s', (text, expected) => {
  expect(AUTHOR_BOX.test(text)).toBe(expected);
});

test('authorProfile reads the box under the article, not a line in its first half', () => {
  expect(authorProfile(page([...POST, 'この記事を書いた人', '444株式会社の広報担当です。']))).toContain('444株式会社');
  expect(authorProfile(page(['この記事を書いた人', ...POST]))).toBe('');
});

test.each([
  // The author box's balloon (「無料相談は年間750件以上！」) is no count; the site is still named (the holder, named in the profile).
  ['wpcocoon-i15.pdf', '株式会社インフォメーション・ディベロプメント', ['この記事を書いた人', '750件']],
  ['wpcocoon-i17.pdf', '信和株式会社', ['この記事を書いた人', '2400件']],
])('printed blog-theme page %s', async (name, org, absent) => {
  const text = await printed(name);
  expect(text.split('# 本文')[0]).toContain(`- ${org}`);
  for (const a of absent) expect(text).not.toContain(a);
});

test.each([
  // Two dates printed one against the other (the icons between them not printed) are parted; other runs of digits are not.
  ['a post\'s date against its update\'s', [['R8.2.9', 50, 6], ['2025.12.31', 86, 6]], 'R8.2.9 2025.12.31'],
  ['two dates in the West\'s years', [['2025.04.23', 50, 6], ['2025.05.22', 110, 6]], '2025.04.23 2025.05.22'],
  ['a figure split over two runs stays whole', [['1,2', 50, 6], ['34件', 68, 6]], '1,234件'],
  ['a date and the time after it', [['2025.04.23', 50, 6], ['10:00', 110, 6]], '2025.04.2310:00'],
] as [string, [string, number, number][], string][])('groupLines, dates run together: %s', (_label, ps, text) => {
  expect(groupLines(pieces(ps))[0]!.cells.join(' ')).toBe(text);
});

test.each([
  ['R8.2.9', '令和8年2月9日'],
  ['H31.4.30', '平成31年4月30日'],
  ['R8.2.92025', null],
  ['2026.2.9', null],
])('eraInitialDate: %s', (text, expected) => {
  expect(eraInitialDate(text)).toBe(expected);
});

test.each([
  // The post's date in the era's initial beside its update's: the post's date dates the page.
  ['R8.2.9 2025.12.31', '2026-02-09'],
  ['R8.2.9', '2026-02-09'],
  ['2025.04.23 2025.05.22', '2025-04-23'],
  // The post's date in the era's full form, its update's run into it (the update's icon not printed: wpcocoon-i24).
  ['令和8年7月13日2026.07.23', '2026-07-13'],
  ['令和元年5月7日 2019.05.20', '2019-05-07'],
  // Not a date line: a sentence, a figure.
  ['R8.2.9 に公開しました。', null],
  ['令和8年7月13日2026.07.23に更新しました。', null],
])('splitHeader, a date line under the title: %s', (line, date) => {
  const head = splitHeader(`## 不正アクセスに関するお知らせ\n\n${line}\n\n当社サーバーが不正アクセスを受けました。`);
  expect(head.date).toBe(date);
});

/** Lines of a narrow column: a box's heading in 18 pt type wrapped onto a second line 26 pt below. */
const narrow = (before: string[], heading: [string, string], after: string[]): PdfLine[] => {
  const lines = page(before);
  let y = lines[lines.length - 1]!.y - 30;
  const at = (t: string, size: number) => ({ page: 1, items: [], x: 50, right: 300, y, size, cells: [t], cellX: [50], position: 0.9, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine;
  const out = [...lines, at(heading[0], 18)];
  y -= 26;
  out.push(at(heading[1], 18));
  for (const t of after) {
    y -= 18;
    out.push(at(t, 10));
  }
  return out;
};
test.each([
  // The page's feedback box under its heading wrapped in a narrow column closes the article: the footer after it goes.
  ['a survey heading wrapped', ['このページの情報はお役に立', 'ちましたか？'], ['役に立った どちらともいえない', '開庁時間：月曜日〜金曜日（祝日・休日、12月29日〜1月3日を除く）'], POST],
  // A heading of the release's own that wraps stays with what follows it.
  ['a heading of the release wrapped', ['再発防止策について、当社の取り組', 'みをお知らせします'], ['外部専門家の助言を受けます。'], [...POST, '再発防止策について、当社の取り組', 'みをお知らせします', '外部専門家の助言を受けます。']],
] as [string, [string, string], string[], string[]][])('dropPageChrome, a closing box\'s heading wrapped: %s', (_label, heading, after, expected) => {
  expect(dropPageChrome(narrow(POST, heading, after)).map((l) => l.cells.join(' '))).toEqual(expected);
});

test.each([
  // The feedback box and the site footer after it go (its 開庁時間 「12月29日〜1月3日を除く」 is no date of the release).
  ['prefcms-i01.pdf', null, ['お役に立ちましたか', '12月29日']],
  // The header row run on after the site's name (「株式会社Ａ ニュース 会キーワードで検索」) is left out of the organization.
  ['nextsc-i09.pdf', '株式会社穴吹ハウジングサービス', ['キーワードで検索\n']],
])('printed page %s', async (name, org, absent) => {
  const text = await printed(name);
  if (org) expect(text.split('# 本文')[0]).toContain(`- ${org}\n`);
  for (const a of absent) expect(text).not.toContain(a);
});

const FIRST = '当社サーバーが第三者による不正アクセスを受けました。';
test.each([
  // No date line: the site's header above the title goes (its banner's figure is no fact of the release).
  ['a Latin menu row and a banner above the title', '株式会社サンプル ABOUT SERVICE NEWS CONTACT\n\n導入企業264社突破！資料請求は無料\n\n## 不正アクセスに関するお知らせ（第二報）\n\n' + FIRST, '不正アクセスに関するお知らせ（第二報）', FIRST],
  ['the start of a trail above the title', 'サンプル株式会社\nSince 1986\n\n＼ 累計76,304件突破！ ／\n\nホーム >\nお知らせ\n\n## サービス停止についてのお詫びとご報告\n\n' + FIRST, 'サービス停止についてのお詫びとご報告', FIRST],
  // A letter's head with no date (addressee, issuer) has no menu: it stays.
  ['a letter\'s addressee and issuer above the title', 'お取引先各位\n\nサンプル株式会社\n\n## 不正アクセスに関するお知らせ\n\n' + FIRST, '不正アクセスに関するお知らせ', 'お取引先各位'],
  // The title opening with its date is dated by it: the logo above it stays.
  ['a title opening with its date', '株式会社サンプル ABOUT SERVICE NEWS CONTACT\n\n## 【2026/05/01】不正アクセスに関するお知らせ\n\n' + FIRST, '【2026/05/01】不正アクセスに関するお知らせ', '株式会社サンプル ABOUT SERVICE NEWS CONTACT'],
])('splitHeader, a title with no date line under the site\'s header: %s', (_label, text, title, start) => {
  const head = splitHeader(text);
  expect(head.title).toBe(title);
  expect(head.date).toBe(null);
  expect(head.text.startsWith(start)).toBe(true);
});

test.each([
  // A ranking's entries, each ending with its view count (or with it on a line of its own under the title): the box goes.
  ['entries ending with their counts', ['1. 1 累計8082件突破のお知らせ 45,053 views', '2. 2 セミナー（定員947名）開催のご案内36,423 views', '3. 3 採用情報を更新しました 12,372 views'], [0, 1, 2]],
  ['a count under its entry\'s title', ['1. 1 累計8082件突破のお知らせ 45,053 views', '2. 2 セミナー（定員947名）開催のご案内', '36,423 views', '3. 3 採用情報を更新しました 12,372 views'], [0, 1, 2, 3]],
  ['page views in PV', ['夏季休業のお知らせ 1,204 PV', '採用情報を更新しました 980 PV'], [0, 1]],
  // One line, or the release's own sentence about views, stays.
  ['one entry alone', ['累計8082件突破のお知らせ 45,053 views'], []],
  ['sentences about views', ['当該ページは 12,000 views', '閲覧は約 3,000 views でした。'], []],
])('viewCountedEntries: %s', (_label, texts, expected) => {
  expect(viewCountedEntries(texts)).toEqual(expected);
});

test.each([
  // A ranking wrapped in a narrow column (seed-2 print of the print fuzzer): its view counts broken between lines, in words or figures.
  [
    'entries wrapped, their counts broken between lines',
    ['1. 個人情報保護方針を改定しました ９', '７１９７ views', '2. オンライン説明会（定員7,704名）を', '開催します 4.2万 views', '3. 3941人の皆様にご来場いただきまし', 'た 閲覧数 7,046', '4. 抽選で７００２名様にプレゼント！春', 'のキャンペーン 69,937PV', '5. 個人情報保護方針を改定しました 閲', '覧数 6.9万', '前回の報告に続き、その後の調査にて判明した内容をお知らせいたします。'],
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  ],
  ['entries whole', ['1. 年末年始の休業日について 74,673 views', '2. 累計1,863件のご応募ありがとうございました 閲覧数 1.5万', '3. 導入企業6,119社を突破しました 92469 views'], [0, 1, 2]],
  // Not a ranking: two entries; a numbering that skips; a release's numbered list without view counts; a sentence under the numbers.
  ['two entries stay', ['1. 個人情報保護方針を改定しました 97197 views', '2. 年末年始の休業日について 4.2万 views'], []],
  ['a numbering that skips stays', ['1. 個人情報保護方針を改定しました 97197 views', '3. 年末年始の休業日について 4.2万 views', '4. 導入企業6,119社を突破しました 92469 views'], []],
  ['a release\'s numbered list stays', ['1. 氏名、住所', '2. 電話番号', '3. メールアドレス 約1,200件'], []],
  ['a sentence in an entry stays', ['1. 当該ページの閲覧数は', '次のとおりです。閲覧数 1,200', '2. 年末年始の休業日について 4.2万 views', '3. 導入企業6,119社を突破しました 92469 views'], []],
])('wrappedRankings: %s', (_label, texts, expected) => {
  expect(wrappedRankings(texts)).toEqual(expected);
});

const SECTIONS = ['1.経緯および調査結果', '本件の経緯です。', '2.該当のサーバーに格納されていた', '情報', 'サーバーに格納されていた情報です。', '3.提供再開について', '再開の予定です。'];
test.each([
  // A table of contents whose entries wrap in its box (「1. 1.経緯および調査結」 over 「果」), under 「目次」 or with the heading lost:
  // entries numbered twice over, each naming a heading further down (itself maybe wrapped).
  ['entries wrapped, under 目次', ['目次', '1. 1.経緯および調査結', '果', '2. 2.該当のサーバーに', '格納されていた情報', '3. 3.提供再開について', ...SECTIONS], SECTIONS],
  ['entries whole, the heading lost', ['1. 1.経緯および調査結果', '2. 2.該当のサーバーに格納されていた情報', '3. 3.提供再開について', ...SECTIONS], SECTIONS],
  // The line after an entry that names its heading whole is no piece of it; two entries are too few; a list numbered once stays.
  ['the release\'s line after the contents stays', ['1. 1.経緯および調査結果', '2. 2.該当のサーバーに格納されていた情報', '3. 3.提供再開について', '株式会社サンプル', ...SECTIONS], ['株式会社サンプル', ...SECTIONS]],
  ['two entries stay', ['1. 1.経緯および調査結果', '3. 3.提供再開について', ...SECTIONS], ['1. 1.経緯および調査結果', '3. 3.提供再開について', ...SECTIONS]],
  ['a list numbered once stays', ['1.経緯および調査結果', '3.提供再開について', '4.再開の予定です', ...SECTIONS], ['1.経緯および調査結果', '3.提供再開について', '4.再開の予定です', ...SECTIONS]],
])('dropPageChrome, a table of contents: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});

test.each([
  // A row of share buttons, their tallies run together (wpcocoon-i24, over the page's date line).
  ['X 296Facebook 66はてブ 36', true],
  ['X 12 Facebook 3 LINEで送る', true],
  ['Twitter Facebook はてブ Pocket', true],
  // Not a share row: one button alone (SHARE_LABEL's), a sentence naming the services, a date line.
  ['X 296', false],
  ['Facebookで告知しました', false],
  ['X（旧Twitter）およびFacebookの公式アカウント', false],
  ['令和8年7月13日2026.07.23', false],
  // After the row's lead label.
  ['この記事をシェア：X 385 Facebook 996 はてブ 33', true],
  ['共有する: X Facebook LINE', true],
  // The label alone, or before words that are no buttons.
  ['この記事をシェア：', false],
  ['この記事をシェア：皆様のご協力をお願いいたします', false],
  // A reader's reaction buttons under the article, an icon's glyph before one, a tally in brackets (pages-ab zenn-ab01,
  // ab04, ab10: what follows the row, the publication's and author's cards, goes with it).
  ['♥ いいね 538 ブックマーク 120 バッジを贈る(32)', true],
  ['いいね 12 ストック 3', true],
  // Not so: one reaction alone, a sentence about bookmarks, a scanner's name opening with スキ.
  ['ブックマーク 120', false],
  ['ブックマークの登録をお願いします', false],
  ['スキャン 12 いいね 3', false],
])('isShareRow: %s', (text, expected) => {
  expect(isShareRow(text)).toBe(expected);
});

const SHARED_ARTICLE = ['当社サーバーが不正アクセスを受けました。', '現在、外部の専門家と調査を進めております。', 'ご迷惑をおかけし、深くお詫び申し上げます。'];
test.each([
  // A share row closing the article: the neighbouring posts' titles after it go (wp-j17's 「先着145名」).
  ['the neighbouring posts after a share row go', [...SHARED_ARTICLE, 'いいね！ 60 ポスト 73 B! 29 LINEで送る', '役員人事に関するお知らせ', '福岡で説明会を開催します（先着145名）'], SHARED_ARTICLE],
  // Negative cases: a sentence after the share row (the article goes on), a share row in the first half.
  ['a sentence after the share row stays', [...SHARED_ARTICLE, 'X 12 Facebook 3', '今後も調査を続けてまいります。', '役員人事に関するお知らせ'], [...SHARED_ARTICLE, '今後も調査を続けてまいります。', '役員人事に関するお知らせ']],
  ['a share row over the article keeps what follows', ['X 296Facebook 66はてブ 36', '令和8年7月13日', ...SHARED_ARTICLE, '以上'], ['令和8年7月13日', ...SHARED_ARTICLE, '以上']],
])('dropPageChrome, a share row: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});


// The site's own box closing the print (a municipal CMS's FAQ under every page): from its bare heading on, when
// a short box's text follows it. A release's own FAQ names its subject, or goes on longer; a heading in the first half stays.
const RELEASE = ['当社サーバーへの不正アクセスにより、お客様情報 1,204 件が流出した可能性があります。', '調査の結果、原因を特定しました。', '以 上'];
const SITE_FAQ = ['Q. 窓口の受付時間は？ A. 平日8時30分から17時15分までです（年間243日開庁）。', 'Q. 証明書の発行手数料は？ A. 1通413円です。'];
test.each([
  ['the site\'s FAQ after the release', [...RELEASE, 'よくある質問', ...SITE_FAQ], RELEASE],
  ['headed with a mark', [...RELEASE, '■よくあるご質問', ...SITE_FAQ], RELEASE],
  ['an access box', [...RELEASE, 'アクセス', '市役所本庁舎 駐車場 120台'], RELEASE],
  // Negative cases: the release's own FAQ, a long box, a heading with nothing under it.
  ['the release\'s own FAQ stays', [...RELEASE, '本件に関するよくあるご質問', 'Q. 流出した件数は？ A. 1,204件です。'], [...RELEASE, '本件に関するよくあるご質問', 'Q. 流出した件数は？ A. 1,204件です。']],
  ['a long box stays', [...RELEASE, 'よくある質問', ...Array.from({ length: 3 }, (_, k) => `Q${k + 1}. ${'不正アクセスの原因と影響範囲、今後の対応について教えてください。'.repeat(4)} A. 調査中です。`)], [...RELEASE, 'よくある質問', ...Array.from({ length: 3 }, (_, k) => `Q${k + 1}. ${'不正アクセスの原因と影響範囲、今後の対応について教えてください。'.repeat(4)} A. 調査中です。`)]],
  ['a heading alone at the end stays', [...RELEASE, 'よくある質問'], [...RELEASE, 'よくある質問']],
])('dropPageChrome, the site\'s box closing the print: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});

// A notice bar in the page's head: a short line about a day right under the menu or right over the trail, before
// the first sentence. The article's date line (opening with its day, or labelled) and the release's text stay.
const MENU = 'ホーム ｜ 診療案内 ｜ 医師紹介 ｜ アクセス ｜ お知らせ';
const LEAD = '当社サーバーへの不正アクセスにより、お客様情報が流出した可能性があります。';
test.each([
  ['a notice under the menu', ['山田クリニック', MENU, '休診のお知らせ：12月30日（月）は院内研修のため休診いたします', '不正アクセスに関するお知らせ', LEAD], ['山田クリニック', '不正アクセスに関するお知らせ', LEAD]],
  ['a banner over the trail', ['山田大学', '入試情報：一般選抜の出願受付は4月25日（金）まで（募集人員 516名）', 'ホーム > ニュース > 不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ', LEAD], ['山田大学', '不正アクセスに関するお知らせ', LEAD]],
  // A banner holding figures and no day (a recruiting banner's), over the trail.
  ['a recruiting banner\'s figures over the trail', ['山田商事株式会社', '中途採用 募集中：54職種 ／ エントリー累計52,165名', 'ホーム > ニュース > 不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ', LEAD], ['山田商事株式会社', '不正アクセスに関するお知らせ', LEAD]],
  // A carousel whose slides all print, stacked one a line over the trail: each is a banner on the one under it.
  ['a carousel\'s slides stacked over the trail', ['山田大学', 'オープンキャンパス 2025年11月20日 開催（定員611名）', '一般選抜 出願締切 2025年11月27日（募集人員447名）', '公開講座 2025年12月5日 受講者289名募集', 'ホーム > ニュース > 不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ', LEAD], ['山田大学', '不正アクセスに関するお知らせ', LEAD]],
  // Negative cases.
  ['a report\'s number over the trail stays', ['山田商事株式会社', '【第2報】', 'ホーム > ニュース > 不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ', LEAD], ['山田商事株式会社', '【第2報】', '不正アクセスに関するお知らせ', LEAD]],
  ['a line with a figure not under the menu nor over the trail stays', ['山田商事株式会社', MENU, '不正アクセスに関するお知らせ', 'お客様1,204名の情報について', LEAD], ['山田商事株式会社', '不正アクセスに関するお知らせ', 'お客様1,204名の情報について', LEAD]],
  ['a stack broken by a line with neither day nor figure stays above the break', ['山田大学', 'オープンキャンパス 2025年11月20日 開催（定員611名）', '山田大学からのお知らせ', '公開講座 2025年12月5日 受講者289名募集', 'ホーム > ニュース > 不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ', LEAD], ['山田大学', '山田大学からのお知らせ', '不正アクセスに関するお知らせ', LEAD]],
  // (The line above the break, a label, a date and a headline, goes as an alert bar's: headAlertLines in chrome.ts.)
  ['the date line under the menu stays', ['山田商事株式会社', MENU, '2024年12月25日2024年12月31日 お知らせ', '不正アクセスに関するお知らせ', LEAD], ['山田商事株式会社', '2024年12月25日2024年12月31日 お知らせ', '不正アクセスに関するお知らせ', LEAD]],
  ['a month-day date line stays', ['山田商事株式会社', MENU, '10月30日（木）掲載', LEAD], ['山田商事株式会社', '10月30日（木）掲載', LEAD]],
  ['a labelled date line stays', ['山田商事株式会社', MENU, '公開日：2025年4月18日', LEAD], ['山田商事株式会社', '公開日：2025年4月18日', LEAD]],
  ['a line with a day not under the menu nor over the trail stays', ['山田商事株式会社', MENU, '不正アクセスに関するお知らせ', '4月1日発生のシステム障害について', LEAD], ['山田商事株式会社', '不正アクセスに関するお知らせ', '4月1日発生のシステム障害について', LEAD]],
  ['a byline under the menu stays', ['山田商事株式会社', MENU, '山田商事株式会社 · 2025年12月19日（金） · 3分で読めます', '不正アクセスに関するお知らせ', LEAD], ['山田商事株式会社', '山田商事株式会社 · 2025年12月19日（金） · 3分で読めます', '不正アクセスに関するお知らせ', LEAD]],
  ['a sentence with a day under the menu stays', ['山田商事株式会社', MENU, '12月30日、当社サーバーへの不正アクセスを確認しました。', LEAD], ['山田商事株式会社', '12月30日、当社サーバーへの不正アクセスを確認しました。', LEAD]],
])('dropPageChrome, a notice bar in the head: %s', (_label, texts, expected) => {
  // The title in larger type than the rest, as pages set it.
  expect(kept(page(texts).map((l) => (l.cells[0] === '不正アクセスに関するお知らせ' ? { ...l, size: 16 } : l)))).toEqual(expected);
});

// A date alone printed higher on the first page than the breadcrumb trail (a marquee cut to its first entry's date,
// today's date in the header) is the site header's, wherever the XY-cut reads it; the article's date line under the
// trail stays, and a page without a trail keeps its dates. (The trail itself goes, as ever.)
const TRAIL = 'トップページ > お知らせ > 不正アクセスに関するお知らせ';
test.each([
  ['a ticker\'s date over the trail, read after it', ['日本システム株式会社', TRAIL, '【令和7年5月4日】', '令和7年4月18日', '不正アクセスに関するお知らせ', LEAD], [0, 2, 1, 3, 4, 5], ['日本システム株式会社', '令和7年4月18日', '不正アクセスに関するお知らせ', LEAD]],
  ['a header\'s date read in order', ['日本システム株式会社', '2025年5月4日（日）', TRAIL, '不正アクセスに関するお知らせ', '2025年4月18日', LEAD], [0, 1, 2, 3, 4, 5], ['日本システム株式会社', '不正アクセスに関するお知らせ', '2025年4月18日', LEAD]],
  ['the one date line, over the trail, stays', ['日本システム株式会社', '2025年4月18日', TRAIL, '不正アクセスに関するお知らせ', LEAD], [0, 1, 2, 3, 4], ['日本システム株式会社', '2025年4月18日', '不正アクセスに関するお知らせ', LEAD]],
  // Negative cases.
  ['the date line under the trail stays', ['日本システム株式会社', TRAIL, '2025年4月18日', '不正アクセスに関するお知らせ', LEAD], [0, 1, 2, 3, 4], ['日本システム株式会社', '2025年4月18日', '不正アクセスに関するお知らせ', LEAD]],
  ['no trail: the date over the title stays', ['日本システム株式会社', '2025年4月18日', '不正アクセスに関するお知らせ', LEAD], [0, 1, 2, 3], ['日本システム株式会社', '2025年4月18日', '不正アクセスに関するお知らせ', LEAD]],
  ['a headline over the trail is no date line', ['日本システム株式会社', '2025年5月4日 防災キャンペーン実施', TRAIL, '不正アクセスに関するお知らせ', LEAD], [0, 1, 2, 3, 4], ['日本システム株式会社', '2025年5月4日 防災キャンペーン実施', '不正アクセスに関するお知らせ', LEAD]],
] as [string, string[], number[], string[]][])('dropPageChrome, a date over the trail: %s', (_label, texts, rows, expected) => {
  // Each line's place on the page is its row; the list is in reading order.
  const lines = texts.map((t, k) => ({ ...page(texts)[k]!, y: 700 - rows[k]! * 18, position: rows[k]! / 40, size: t === '不正アクセスに関するお知らせ' ? 16 : 10 }));
  expect(kept(lines)).toEqual(expected);
});

// An update line set in the site's footer block — after the institution's address and hours, by the copyright, in the
// footer's type — is every page's, not the article's date; the page's own 「最終更新日」 over the address block stays.
const small = (lines: PdfLine[], from: number) => lines.map((l, k) => (k >= from ? { ...l, size: 7.5 } : l));
test.each([
  ['an update line among the address and the copyright', [LEAD, '〒264-4194 北海道札幌市中央区北二条西4丁目15番5号 代表電話：03-3769-2240', '開庁時間：月曜日〜金曜日 午前8時30分〜午後5時15分', '更新日：2025年11月17日', 'Copyright © 学校法人Ａ学園 Ａ大学 All Rights Reserved.'], 1, null],
  // Negative cases.
  ['the page\'s update line over the address block', [LEAD, '最終更新日 2024.12.26', '〒984-7880 広島県広島市中区緑が丘4丁目12番5号 TEL 030-887-8015', 'Copyright(C) 1963-2024 Ａ株式会社 All rights reserved.'], 1, '2024-12-26'],
  ['an update line under the text, the footer in its own type', [LEAD, '更新日：2025年11月17日', '〒264-4194 北海道札幌市中央区北二条西4丁目15番5号', 'Copyright © Ａ大学 All Rights Reserved.'], 2, '2025-11-17'],
  ['a footer without an address', [LEAD, 'サイトマップ ｜ プライバシーポリシー', '更新日：2025年11月17日', 'Copyright © Ａ大学 All Rights Reserved.'], 1, '2025-11-17'],
] as [string, string[], number, string | null][])('pageUpdatedDate, the site footer\'s update line: %s', (_label, texts, footerFrom, date) => {
  expect(pageUpdatedDate(small(page(texts), footerFrom))).toBe(date);
});

// A trail wraps onto a line of its type just below it, starting at its left edge: that line goes with it. A line set
// flush right under the trail (the date line 「4月17日（木）掲載」, no year to tell it as one) is no wrap, and stays.
test.each([
  ['a date line flush right under the trail', 'ホーム > お知らせ > 外部メールサービスに関する情報漏えいの可能性について', '4月17日（木）掲載', 480, ['4月17日（木）掲載', LEAD]],
  // The title set in the trail's type right under it, the trail's last level said again whole (printfuzz s1 p031, p044).
  ['the title in the trail\'s type under it', 'ホーム > お知らせ > 弊社WEBサーバへの不正アクセスについて（第1報）', '弊社WEBサーバへの不正アクセスについて（第1報）', 50, ['弊社WEBサーバへの不正アクセスについて（第1報）', LEAD]],
  // Or from its start, where the trail ran past the paper's edge (printfuzz s2 p052).
  ['the title under a trail cut at the edge', 'ホーム > お知らせ > 令和7年9月26日 > 【お詫び】弊社サーバーの不正アクセスに関', '【お詫び】弊社サーバーの不正アクセスに関するご報告', 50, ['【お詫び】弊社サーバーの不正アクセスに関するご報告', LEAD]],
  // Negative cases: the trail's wrap at its left edge goes, a short label ending the trail again too.
  ['the trail wrapped at its left edge', 'ホーム > お知らせ > 外部メールサービスに関する情報漏えいの', '可能性について', 50, [LEAD]],
  ['the trail wrapped after a short last level', 'ホーム > 大学案内 > お知らせ', 'お知らせ', 50, [LEAD]],
] as [string, string, string, number, string[]][])('dropPageChrome, under the trail: %s', (_label, trail, below, x, expected) => {
  const lines = page([trail, below, LEAD]);
  lines[1] = { ...lines[1]!, x, cellX: [x], y: lines[0]!.y - 13 };
  expect(kept(lines)).toEqual(expected);
});

test.each([
  // A publication line with the update's label wrapped after it, the update's date on the next line (a narrow column):
  // the publication's date, not the update's (the update's own line under the article gives the update's).
  ['the update label wrapped after the publication date', ['発表日：2024-12-18 更新', '日：2025/01/02', '当社は本日、次のとおりご報告いたします。', '更新日：2025/01/02'], '2024-12-18'],
  // The label after the date alone marks an update, which alone still dates the page; the publication's label after it dates it.
  ['an update label after the date alone', ['2025年1月2日 更新'], '2025-01-02'],
  ['a publication label after the date', ['2024年12月18日 掲載', '更新日：2025年1月2日'], '2024-12-18'],
])('pageUpdatedDate, a label after the date: %s', (_label, texts, date) => {
  expect(pageUpdatedDate(page(texts))).toBe(date);
});

// A side column stacked above the article, its list indented its own way, ends where the article's head starts at the
// article's left edge: the title and the date line over the first sentence stay (printfuzz s1 p042, s2 p015).
const SECOND = '現在、外部の専門機関と連携し、原因および被害状況の調査を進めております。';
const ARCHIVE_LIST = ['月別アーカイブ', '2025年8月 (34)', '2025年7月 (50)', '2025年6月 (48)'];
const atEdge = (texts: string[], listX: number[]) => page(texts).map((l, k) => (k < listX.length ? { ...l, x: listX[k]!, cellX: [listX[k]!] } : l));
test.each([
  ['the title and an update line at the article\'s edge', [...ARCHIVE_LIST, '弊社業務状況に関しまして', '更新日：2025.11.19', LEAD, SECOND], [60, 80, 80, 80], ['弊社業務状況に関しまして', '更新日：2025.11.19', LEAD, SECOND]],
  ['a publication line and the title at the article\'s edge', [...ARCHIVE_LIST, '発表日：2025年4月18日', '当社メールシステムへの不正アクセスに関するお知らせ', LEAD, SECOND], [60, 80, 80, 80], ['発表日：2025年4月18日', '当社メールシステムへの不正アクセスに関するお知らせ', LEAD, SECOND]],
  // Negative cases: the list set at the article's edge runs on over short lines; so does one indented less than half an em.
  ['a list at the article\'s edge', [...ARCHIVE_LIST, '弊社業務状況に関しまして', '更新日：2025.11.19', LEAD, SECOND], [50, 50, 50, 50], [LEAD, SECOND]],
  ['a list indented by a point', [...ARCHIVE_LIST, '弊社業務状況に関しまして', '更新日：2025.11.19', LEAD, SECOND], [51, 51, 51, 51], [LEAD, SECOND]],
])('dropPageChrome, a side list over the article\'s head: %s', (_label, texts, listX, expected) => {
  expect(kept(atEdge(texts, listX))).toEqual(expected);
});

// A side bar's month calendar printed in the text's flow (stacked under the article): its caption, weekday header and day rows
// go — the caption would date the timeline (printfuzz s2 p033, s3 p038).
test.each([
  ['a calendar under the article', [LEAD, SECOND, '2025年11月', '日 月 火 水 木 金 土', '1', '2 3 4 5 6 7 8', '9 10 11 12 13 14 15', '16 17 18 19 20 21 22', '23 24 25 26 27 28 29', '30'], [LEAD, SECOND]],
  ['a calendar from Monday, its caption in dots', [LEAD, SECOND, '2025.7', '月 火 水 木 金 土 日', '1 2 3 4 5 6', '7 8 9 10 11 12 13', '14 15 16 17 18 19 20'], [LEAD, SECOND]],
  // Negative cases: a weekday header over fewer rows stays, and so does a month line over no calendar.
  ['a weekday header over two rows', [LEAD, '2025年11月', '日 月 火 水 木 金 土', '1 2 3', '4 5 6', SECOND], [LEAD, '2025年11月', '日 月 火 水 木 金 土', '1 2 3', '4 5 6', SECOND]],
])('dropPageChrome, a calendar in the flow: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});

// A page's publication or update line dated in the era's initial (「発表日：R7.4.16」 under the article, printfuzz s1 p025).
test.each([
  ['a publication line in the era\'s initial', ['当社は本日、次のとおりご報告いたします。', '発表日：R7.4.16'], '2025-04-16'],
  ['an update line in the era\'s initial', ['当社は本日、次のとおりご報告いたします。', '更新日：R7.5.2'], '2025-05-02'],
  // Negative case: a label over no date (a department's name after it) dates nothing.
  ['a publication label over a name in capitals', ['当社は本日、次のとおりご報告いたします。', '発表日：R&D部門より'], null],
])('pageUpdatedDate, the era\'s initial: %s', (_label, texts, date) => {
  expect(pageUpdatedDate(page(texts))).toBe(date);
});

// A news list's headline that opens with a decimal figure and its unit (「4.2万人の皆様にご来場いただきました」, printfuzz s7 p020)
// is an entry like any other, not a numbered point of the release that would end the list.
test.each([
  ['a headline opening with a decimal figure', ['新着情報', '2024年9月18日', '年末年始の休業日について', '2025年1月11日', '4.2万人の皆様にご来場いただきました', '2024年9月17日', '27067人の皆様にご来場いただきました', ...ARTICLE], ARTICLE],
  ['a headline opening with 5.2万件', ['新着情報', '2024年9月18日', '年末年始の休業日について', '2025年1月11日', '5.2万件のご応募ありがとうございました', '2024年9月17日', 'システムメンテナンスのお知らせ', ...ARTICLE], ARTICLE],
  // Not so: a numbered point of the release (「4. 今後の対応」) after the list is the article's again.
  ['a numbered point after the list stays', ['新着情報', '2024年9月18日', '年末年始の休業日について', '4. 今後の対応', ...ARTICLE], ['4. 今後の対応', ...ARTICLE]],
  ['a sub-numbered point stays', ['新着情報', '2024年9月18日', '年末年始の休業日について', '4.2 再発防止策', ...ARTICLE], ['4.2 再発防止策', ...ARTICLE]],
] as [string, string[], string[]][])('dropPageChrome, list entries: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});

// A count headline left alone between side boxes the rules took (printfuzz s4 p025, s3 p057).
test.each([
  ['a count headline between two dropped boxes', ['5. システムメンテナンスのお知らせ', '累計２２７１１件の相談実績', '2026/01/13 10:13 現在 | 日経平均 28,407円'], [true, false, true], 10, [1]],
  ['登録者数 between the share row and a card', ['いいね 292 ポスト 195 はてブ 33', '登録者数89,827人', '病院概要'], [true, false, true], 10, [1]],
  // Not so: a sentence, a line without a count, a neighbour kept, the title's larger type.
  ['a sentence with a count', ['5. システムメンテナンスのお知らせ', '1,204件が流出しました。', '病院概要'], [true, false, true], 10, []],
  ['no count', ['5. システムメンテナンスのお知らせ', 'システム障害のお知らせ', '病院概要'], [true, false, true], 10, []],
  ['the line below kept', ['5. システムメンテナンスのお知らせ', '累計２２７１１件の相談実績', '当社サーバーへの不正アクセスについて'], [true, false, false], 10, []],
  ['a title set larger', ['ホーム > お知らせ', '会員情報12万件流出のお知らせ', 'いいね 292 ポスト 195'], [true, false, true], 20, []],
] as [string, string[], boolean[], number, number[]][])('strandedHeadlines: %s', (_label, texts, dropped, size, expected) => {
  const lines = page([...texts, ...ARTICLE, ...ARTICLE, ...ARTICLE]).map((l, k) => (k === 1 ? { ...l, size } : l));
  const all = lines.map((l) => l.cells.join(' '));
  expect(strandedHeadlines(lines, all, (k) => dropped[k] ?? false)).toEqual(expected);
});

// A side box's news in no order (printfuzz s3 p024): four entries or more, each a date alone over its title, one form and place.
const BOX = ['トピックス', '2025年10月22日', '不審なメールにご注意ください', '2025年8月8日', '抽選で51395名様にプレゼント!春のキ', 'ャンペーン', '2025年10月17日', 'システムメンテナンスのお知らせ', '2025年5月14日', '会員数が51,140人を突破しました'];
test.each([
  ['a box of entries in no order', [...BOX, ...ARTICLE], BOX.map((_t, k) => k)],
  // Not so: the release's chronology forward in time, too few entries, a sentence under a date, dates in two forms.
  ['a chronology forward in time', ['経緯', '2025年4月1日', '不正アクセスを検知', '2025年4月2日', '外部専門機関による調査を開始', '2025年4月10日', '個人情報保護委員会へ報告', '2025年4月20日', 'お客様へのご連絡を開始', ...ARTICLE], []],
  ['three entries', [...BOX.slice(0, 8), ...ARTICLE], []],
  ['a sentence under a date', ['経緯', '2025年4月10日', '個人情報保護委員会へ報告しました。', '2025年4月1日', '不正アクセスを検知', '2025年4月20日', 'お客様へのご連絡を開始', '2025年4月2日', '調査を開始', ...ARTICLE], []],
  ['dates in two forms', ['トピックス', '2025年10月22日', '不審なメールにご注意ください', '2025.08.08', '採用情報を更新しました', '2025年10月17日', 'システムメンテナンスのお知らせ', '2025.05.14', '会員数が51,140人を突破しました', ...ARTICLE], []],
] as [string, string[], number[]][])('unorderedDatedEntries: %s', (_label, texts, expected) => {
  const lines = page(texts);
  expect(unorderedDatedEntries(lines, lines.map((l) => l.cells.join(' ')))).toEqual(expected);
});

// A news list's heading under a cookie notice (printfuzz s2 p040): the notice's sentence is no article's, so the list still
// ends at the title set larger than its heading.
test('dropPageChrome: a list under a cookie notice ends at the title in larger type', () => {
  const lines = page(['当サイトではCookieを使用しています。839社のパートナーと情報を共有する場合があります。', '同意する', "What's New", '令和7年3月30日', '不審なメールにご注意ください', '9.0万名(令和7年6月28日現在)', 'フィリピン子会社のITシステムへの不正アクセスに関するお知らせ', ...ARTICLE]).map((l, k) => (k === 6 ? { ...l, size: 20 } : k >= 2 && k <= 5 ? { ...l, size: 7 } : l));
  expect(kept(lines)).toContain('フィリピン子会社のITシステムへの不正アクセスに関するお知らせ');
});
