import { describe, expect, test } from 'vitest';
import { boxesAfterList, breadcrumbTrail, cardGrid, dropPageChrome, isPrintFooter, labelAfterDate, textShares, headNewsLines, headNotices, consentNotices, headAlertLines, profileCards, statisticWidgets, isPageUpdateLine, headStatistics, dropRunningLines, isFigureRow, isFooterContactRow, isNeighbourLinks, isNewsTicker, pageUpdatedDate, isCalendarLines, isMonthGrid, isNavLine, isRunTogetherNav, isSideChrome, sideBarCarriedOver, sideBarLeftover, sideBarTracker, type SideColumn } from '../../../src/format/pdf/chrome.js';
import { itemAtom, tableAtom, type Atom } from '../../../src/format/pdf/xycut.js';
import type { PdfLine } from '../../../src/format/pdf/types.js';
import { ALSO_READ_HEADING, COMMENT_COUNT, PAGE_SURVEY, PREV_NEXT_ARROW } from '../../../src/words/printedPage.js';
import { LOGO_PLACEHOLDER_BEFORE, BANNER_SECTION, BREADCRUMB, SPACED_BREADCRUMB, COPYRIGHT, ENTRY_BYLINE, HEADER_CONTACT, PREV_NEXT, PROFILE_FIGURE, READER_TALLY, RECORD_STAMP, SEARCH_BOX, SHARE_LABEL, SIDEBAR_HEADING, SITE_SECTION, SITE_TAGLINE } from '../../../src/words/pageChrome.js';

/** Lines set 18 pt apart down one page, in 10 pt type. */
const page = (texts: string[], start = 700): PdfLine[] =>
  texts.map((t, k) => ({ page: 1, items: [], x: 50, right: 500, y: start - k * 18, size: 10, cells: [t], cellX: [50], position: k / 40, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine);
const kept = (lines: PdfLine[]) => dropPageChrome(lines).map((l) => l.cells.join(' '));

const BODY = ['当社サーバーへの不正アクセスにより、お客様情報 1,204 件が流出した可能性があります。'];
test.each([
  ['a cookie notice wrapped over two lines', [...BODY, '当サイトでは利便性向上のためCookieを使用しています。閲覧いただくことで、Cookieの', '使用に同意したものとみなします。（2025年4月1日改定）'], BODY],
  ['a page\'s update line under the article, more text after it', [...BODY, ...BODY, '更新日：2026/10/05', 'お問い合わせは下記窓口までお願いいたします。'], [...BODY, ...BODY, 'お問い合わせは下記窓口までお願いいたします。']],
  ['a page\'s update line wrapped over three lines of a narrow column', [...BODY, ...BODY, '更新', '日：', '2026/10/05', 'お問い合わせは下記窓口までお願いいたします。'], [...BODY, ...BODY, 'お問い合わせは下記窓口までお願いいたします。']],
  // The update's label wrapped at its 日 after the publication's date, whatever the line's length; the update's label
  // and date wrapped down a narrow column after the publication's date, read on while the lines keep it one.
  ['an update label wrapped at its 日 after the publication line', [...BODY, ...BODY, '発表日：2024-12-18 更新', '日：2025/01/02', 'お問い合わせは下記窓口までお願いいたします。'], [...BODY, ...BODY, 'お問い合わせは下記窓口までお願いいたします。']],
  ['a publication and update line wrapped down a narrow column', [...BODY, ...BODY, '令和7年', '5月15日', '更新', '日：', '2025.05.21', 'お問い合わせは下記窓口までお願いいたします。'], [...BODY, ...BODY, 'お問い合わせは下記窓口までお願いいたします。']],
  // Squeezed to a glyph a line (printfuzz s7 p020): 「更」 over 「新」 over 「日：」 over its date; not a sentence so squeezed.
  ['a page\'s update line squeezed to a glyph a line', [...BODY, ...BODY, '更', '新', '日：', '2025/05/30', 'お問い合わせは下記窓口までお願いいたします。'], [...BODY, ...BODY, 'お問い合わせは下記窓口までお願いいたします。']],
  ['a sentence squeezed to a glyph a line stays', [...BODY, ...BODY, '更', '新', 'し', 'ま', 'し', 'た。'], [...BODY, ...BODY, '更', '新', 'し', 'ま', 'し', 'た。']],
  // Not so: a sentence after a line ending in 更新 (the release's own), a 日 opening the release's next line.
  ['a sentence wrapped after 更新 stays', [...BODY, ...BODY, '2025年1月10日にシステムを更新', '日中に作業を完了しました。'], [...BODY, ...BODY, '2025年1月10日にシステムを更新', '日中に作業を完了しました。']],
  // The browser's footer on a print of one page closes it: the site's footer above it goes as it would without it.
  ['an update line under the release\'s first sentence only (a notice above the article) stays', [...BODY, '更新日：2026/10/05', '当社は調査を進めております。', '詳細は判明次第お知らせします。'], [...BODY, '更新日：2026/10/05', '当社は調査を進めております。', '詳細は判明次第お知らせします。']],
  ['the release\'s sentence about an update stays', [...BODY, '2026年10月5日にシステムを更新しました。'], [...BODY, '2026年10月5日にシステムを更新しました。']],
  ['profile figures after the site name', [...BODY, '三重県 資本金：12億3,400万円 従業員数：3,456名'], BODY],
  ['a service\'s member count a gap from its number, over the copyright', [...BODY, '会員数 60,967名', '© 株式会社サンプル'], BODY],
  ['the release\'s own closing line about its members stays', [...BODY, '会員数は約120万人です。'], [...BODY, '会員数は約120万人です。']],
  ['links to the neighbouring articles, wrapped', [...BODY, '前へ：会員数が30万人を突破しました次へ：【セミナー】情報セキュリティ対策セミナー（定員200', '名）開催のご案内', '© 2025 三重県'], BODY],
  ['a banner and the site footer after the links to the neighbouring articles', [...BODY, 'このページの最終更新日：2025年1月15日', '« 新サービスの提供を開始しました【セミナー】情報セキュリティ対策セミナー（定員200名）開催のご案内 »', '会員数30万人突破記念キャンペーンを実施中です。抽選で500名様にプレゼントが当たります。', '従業員数', '3,456名'], BODY],
  // The release's own closing lines stay.
  ['a last paragraph of the release that wraps', ['お客様には多大なご心配をおかけしましたことを深くお詫び申し上げます。なお、本件に関するお問い合わせは下記', '窓口までお願いいたします。'], ['お客様には多大なご心配をおかけしましたことを深くお詫び申し上げます。なお、本件に関するお問い合わせは下記', '窓口までお願いいたします。']],
  ['a row of the organization\'s figures and its social links', [...BODY, '学生数 20,803名｜教員数 2,189名｜創立 1977年8月26日', 'YouTube Instagram X', '© 2025 学校法人青葉学園'], BODY],
  ['a site footer\'s company block wrapped over three lines', [...BODY, '株式会社サンプル 〒329-2528', '宮城県仙台市青葉区本町3丁目11番27号 TEL 022-8427-9815 設立 1960年 資本金 685百万円 従業員数', '2,988名（連結）'], BODY],
  ['a company block in two cells of a row', [...BODY, '株式会社サンプル 〒431-9921 静岡県静岡市葵区追手町5丁目16番27号 TEL 054-9798-1114 設立 1974年 資本金 9,308百万円 従業員数 8,376名（連結）'], BODY],
  ['a school\'s footer on one line: address, TEL and its figures', [...BODY, '学校法人サンプル学園 〒988-2615 北海道札幌市中央区北一条西5丁目19番19号 TEL 011-1147-9198 学生数 7,098名 教員数 840名 創立 1966年'], BODY],
  ['a hospital\'s figure after its opening hours, set apart from its label', [...BODY, '開庁時間：午前8時30分〜午後5時15分 病床数 333床'], BODY],
  ['the release\'s own line naming a figure apart from its label stays', [...BODY, '対象となった患者様 病床数 333床の病棟にご入院の方'], [...BODY, '対象となった患者様 病床数 333床の病棟にご入院の方']],
  ['a city\'s row of figures under its address', [...BODY, '〒598-7711 東京都千代田区神田錦町1丁目12番15号 TEL 03-1232-9291', '人口：575,918人 ｜ 世帯数：401,147世帯 ｜ 職員数：7,246人'], [...BODY, '〒598-7711 東京都千代田区神田錦町1丁目12番15号 TEL 03-1232-9291']],
  ['the release\'s own contact block with a count of its own stays', [...BODY, '〒329-2528 宮城県仙台市青葉区本町3丁目11番27号 TEL 022-8427-9815 対象者数 1,200名'], [...BODY, '〒329-2528 宮城県仙台市青葉区本町3丁目11番27号 TEL 022-8427-9815 対象者数 1,200名']],
  ['the release\'s own contact block (an address, no figures) stays', [...BODY, '株式会社サンプル 総務部 〒329-2528 宮城県仙台市青葉区本町3丁目11番27号 TEL 022-8427-9815'], [...BODY, '株式会社サンプル 総務部 〒329-2528 宮城県仙台市青葉区本町3丁目11番27号 TEL 022-8427-9815']],
  ['the release\'s own row of figures stays', [...BODY, '対象者数 1,200名｜うち漏えい 300名'], [...BODY, '対象者数 1,200名｜うち漏えい 300名']],
  ['a side bar stacked under the article after the link back to the list', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), 'ニュースリリース一覧へ戻る｜印刷する', '会社概要', '| 設立 | 1966年10月22日 |', '関連リリース', '2026年5月7日 11:00', '累計販売台数343,000台突破のお知らせ'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')]],
  ['an old site\'s footer after the link to the page\'s top', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '▲ページの先頭へ', '最終更新日 2026.06.25', '〒460-2021 愛知県名古屋市中区本町8丁目13番16号 TEL 097-836-2619'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')]],
  ['the release\'s own sentence about returning stays', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '返金手続きが完了した方は、一覧へ戻る必要はありません。'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '返金手続きが完了した方は、一覧へ戻る必要はありません。']],
  ['a blog entry\'s byline', [...BODY, '投稿者: 広報部日時: 2024年12月17日 10:00'], BODY],
  ['a closing line naming the company', ['株式会社サンプル 代表取締役社長 山田太郎'], ['株式会社サンプル 代表取締役社長 山田太郎']],
  ['a header\'s contact number at the top of the first page', ['お問い合わせ 0120-000-000', ...BODY], BODY],
  // A search box's label alone on its line goes wherever it prints (a side bar's search box beside the title, low on the page).
  ['a side bar\'s search label between the article\'s lines', [...new Array(12).fill(BODY[0]), '検索', ...BODY], new Array(13).fill(BODY[0])],
  ['the release\'s own line about searching stays', [...new Array(12).fill(BODY[0]), '検索エンジンに表示されていたページは削除しました。'], [...new Array(12).fill(BODY[0]), '検索エンジンに表示されていたページは削除しました。']],
  ['links to the neighbouring articles drawn with triangles, the box of articles seen by others and the footer', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '◀ 学校説明会を開催します 2024年11月22日', '奨学金の募集について（採用予定25名） 2024年12月30日 ▶', 'このページを見た人はこちらも見ています', '| 2024年05月08日 | インフルエンザによる学級閉鎖について |', '駿台外語ビジネス専門学校', 'TEL 067-276-9629', '創立 2002/10/11 / 在籍者数 19,168名'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')]],
  ['a page\'s feedback box and the footer after it', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), 'このページに関するアンケート', 'このページの情報は役に立ちましたか？（これまでに1627件の回答）', '| 福島県伊達市 | 人口：86,549人 |'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')]],
  // The CMS's page-contact box closes the article: the side menu's boxes a print sets after the body and the footer follow it.
  ['a page-contact box, then the side menu\'s box of figures and the footer', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), 'このページに関するお問い合わせ', '総務課 広報係', '電話：04-3847-4495', '人口と世帯', '人口 170,400人', '世帯数 21,497世帯', 'Copyright (C) All rights reserved.'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')]],
  ['a page-contact box whose label wraps in its narrow cell', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), 'このページに関するお問', 'い合わせ', '総務課 広報係', '人口と世帯', '人口 170,400人', '世帯数 21,497世帯'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')]],
  ['a page-contact box labelled in brackets', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '【この記事に関するお問い合わせ先】', '広報課 電話：03-1234-5678', '会員数 60,967名'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')]],
  ['the release\'s own contact label and its desk stay', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '本件に関するお問い合わせ先', '株式会社サンプル 広報部', '受付時間 平日9時〜17時'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '本件に関するお問い合わせ先', '株式会社サンプル 広報部', '受付時間 平日9時〜17時']],
  ['the release\'s own sentence about inquiries on this page stays', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), 'このページに関するお問い合わせは、下記窓口までお願いいたします。', '株式会社サンプル 広報部'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), 'このページに関するお問い合わせは、下記窓口までお願いいたします。', '株式会社サンプル 広報部']],
  ['a wrapped line of the release that a label\'s words open stays', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), 'このページに関するお問', 'い合わせの多かったご質問を、下記にまとめました。'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), 'このページに関するお問', 'い合わせの多かったご質問を、下記にまとめました。']],
  ['the release\'s own triangle-marked heading and its sentence about this page stay', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '▶ 対象となるお客様', 'このページの情報は2025年4月1日時点のものです。', '対象のお客様は1,204名です。'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '▶ 対象となるお客様', 'このページの情報は2025年4月1日時点のものです。', '対象のお客様は1,204名です。']],
  ['a blog entry\'s meta line loses its comment count, keeps its date', ['投稿日: 2025年4月18日 投稿者: 広報担当 6件のコメント', ...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')], ['投稿日: 2025年4月18日 投稿者: 広報担当', ...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')]],
  ['a meta line wrapped inside its count loses the count and the wrap', ['投稿日: 2025/04/22 投稿者: 広報担当 15件のコメ', 'ント', ...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')], ['投稿日: 2025/04/22 投稿者: 広報担当', ...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')]],
  ['a count in the release\'s own sentence stays', [...BODY, '投稿された6件のコメントを削除しました。'], [...BODY, '投稿された6件のコメントを削除しました。']],
  ['a footer\'s phone number under its member count', [...BODY, ...new Array(10).fill('当社は、再発防止に努めてまいります。'), '会員数 72,570名', 'TEL 011-6201-1600'], [...BODY, ...new Array(10).fill('当社は、再発防止に努めてまいります。')]],
  ['the release\'s own contact number under its own count stays', [...BODY, ...new Array(10).fill('当社は、再発防止に努めてまいります。'), '対象者数 1,200名', 'TEL 011-6201-1600'], [...BODY, ...new Array(10).fill('当社は、再発防止に努めてまいります。'), '対象者数 1,200名', 'TEL 011-6201-1600']],
  ['a contact number in the release\'s own closing lines stays', [...BODY, ...new Array(10).fill('当社は、再発防止に努めてまいります。'), 'お問い合わせ 0120-000-000'], [...BODY, ...new Array(10).fill('当社は、再発防止に努めてまいります。'), 'お問い合わせ 0120-000-000']],
  ['a page-feedback box under the article, wherever it stands', [...BODY, 'このページに関するアンケート', 'このページの情報は役に立ちましたか？（これまでに1627件の回答）', ...BODY], [...BODY, ...BODY]],
  ['a blog\'s share buttons with their tallies', [...BODY, 'X で共有 216', 'Facebookでシェア', 'はてなブックマークに送る 12', ...BODY], [...BODY, ...BODY]],
  ['the release\'s own lines about sharing stay', [...BODY, 'メールで共有された情報 120件', '販売・開発パートナーとの情報共有および協議'], [...BODY, 'メールで共有された情報 120件', '販売・開発パートナーとの情報共有および協議']],
  ['an old site\'s links to the neighbouring articles between double angle marks, then its footer', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '≪ 健康アプリをリニューアルしました（2026/2/2） 累計導入8,802社を達成しました（2026/4/11） ≫', '▲ページの先頭へ', 'Copyright (C) 2026 株式会社サンプル All rights reserved.'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')]],
  ['the release\'s own heading in double angle marks and its contact lines stay', [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '≪個人情報の取り扱いに関するお問い合わせ窓口≫', 'お客様相談室 0120-000-000'], [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。'), '≪個人情報の取り扱いに関するお問い合わせ窓口≫', 'お客様相談室 0120-000-000']],
  ['the release\'s own line about the page stays', [...BODY, 'このページは、1,627件の不正アクセスの記録をまとめたものです。'], [...BODY, 'このページは、1,627件の不正アクセスの記録をまとめたものです。']],
  // A help center's reader tallies (pages-v helpdesk): the follow button and its followers over the article, the vote tally under it.
  ['a help center\'s follow button and its followers over the article', ['フォローする 565人がフォロー中', ...BODY], BODY],
  // A database-backed page's record stamps (pages-v notionnext), with the view count printed beside the last one.
  ['a page\'s record stamps over and under the article', ['作成日時 2025/10/19 11:31', ...BODY, '最終更新日時：2025年11月8日 閲覧数 63,549'], BODY],
  ['the release\'s own line about a record\'s creation stays', [...BODY, '作成日時 2025/10/19 11:31 以降に登録されたデータが対象です。'], [...BODY, '作成日時 2025/10/19 11:31 以降に登録されたデータが対象です。']],
  ['a help center\'s vote tally under the article', [...BODY, '559人中99人がこの記事が役に立ったと言っています', ...BODY], [...BODY, ...BODY]],
  ['the release\'s own lines counting people who follow or found it useful stay', ['565人がフォロー中のアカウントから送信されたメールです。', '約1,200人がこの記事を閲覧した可能性があります', ...BODY], ['565人がフォロー中のアカウントから送信されたメールです。', '約1,200人がこの記事を閲覧した可能性があります', ...BODY]],
])('dropPageChrome, site footer: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});

test.each([
  ['a section banner above the breadcrumb is no news list: the title and lead stay', ['NEWS', 'ニュース', 'TOP > ニュース > 不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ', '当社サーバーが第三者による不正アクセスを受け、お客様情報の一部が流出した可能性があることが'], ['不正アクセスに関するお知らせ', '当社サーバーが第三者による不正アクセスを受け、お客様情報の一部が流出した可能性があることが']],
  ['a news list under its heading goes', [...BODY, '最新のお知らせ', '2025年3月15日 会員数が30万人を突破しました', '2025年3月1日 セミナー（定員200名）開催のご案内'], BODY],
  ['the article\'s date line under the breadcrumb is no wrap of the trail', ['TOP > ニュース > 不正アクセスに関するお知らせ', '公開日：2025/4/28 更新日：2025/5/4', '不正アクセスに関するお知らせ', ...BODY], ['公開日：2025/4/28 更新日：2025/5/4', '不正アクセスに関するお知らせ', ...BODY]],
  ['a trail whose separators are drawn (gaps only) goes, the date line above it and the title in larger type under it stay', ['2026年8月14日', 'トップ ニュース 不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ', ...BODY], ['2026年8月14日', '不正アクセスに関するお知らせ', ...BODY]],
  ['a line opening with a home link over no news section stays', ['ホーム 採用情報 説明会の日程を更新しました', ...BODY], ['ホーム 採用情報 説明会の日程を更新しました', ...BODY]],
  ['the trail wrapped onto a second line still goes', ['TOP > ニュース > 当社サーバーへの不正アクセスによる個人情報漏えいの可能性に関する', 'お知らせとお詫び', ...BODY], BODY],
  ['another box between a stacked news list and the article\'s date line goes', ['■新着情報', '2026.01.11', '年末年始休業のお知らせ', 'リンク集', '■トピックス', '会員数30万人突破記念キャンペーンを実施中です。抽選で500名様にプレゼントが当たります。', '2026.01.20', ...BODY], ['2026.01.20', ...BODY]],
  ['news cards run on as one paragraph (a narrow page) go', [...BODY, '最新のお知らせ', '2024.12.16年末年始休業のお知らせ2024.12.02プレゼントキャンペーン：抽選で500名様に2024.11.17不審なメールにご注', '意ください（2,500件のお問い合わせを受けて）2024.11.03採用説明会を開催します（参加者150名様）2024.10.15会員数が', '30万人を突破しました'], BODY],
  ['a long line of the release with two dates after a news list stays', ['最新のお知らせ', '2025年3月15日 会員数が30万人を突破しました', '2025年3月10日に不正アクセスを検知し、2025年3月12日に外部専門家による調査を開始したところ、お客様の氏名、住所、電話番号、メールアドレス等', 'が流出した可能性があることが判明しました。'], ['2025年3月10日に不正アクセスを検知し、2025年3月12日に外部専門家による調査を開始したところ、お客様の氏名、住所、電話番号、メールアドレス等', 'が流出した可能性があることが判明しました。']],
  ['a side box\'s heading with no entries over the breadcrumb: the title above the date line stays for the head', ['サイト内検索', 'トップページ > お知らせ > 不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ', '掲載日：令和8年8月5日 更新日：令和8年9月30日', ...BODY], ['不正アクセスに関するお知らせ', '掲載日：令和8年8月5日 更新日：令和8年9月30日', ...BODY]],
  ['without the breadcrumb, what stands between a side box and the date line is another box', ['サイト内検索', '■トピックス', '会員数30万人突破記念キャンペーンを実施中です。抽選で500名様にプレゼントが当たります。', '2026.01.20', ...BODY], ['2026.01.20', ...BODY]],
  ['the page\'s one publication line under the article (a card footer) goes', [...BODY, ...BODY, '掲載日 2026年04月16日 閲覧数 1,181'], [...BODY, ...BODY]],
  ['a publication line above the article stays for the head', ['掲載日 2026年04月16日', ...BODY, ...BODY], ['掲載日 2026年04月16日', ...BODY, ...BODY]],
  ['publication lines that differ stay', ['掲載日 2026年04月16日', ...BODY, ...BODY, '掲載日 2025年01月09日'], ['掲載日 2026年04月16日', ...BODY, ...BODY, '掲載日 2025年01月09日']],
  ['a ranking stacked under the article: its ranked, dated entries go', [...BODY, ...BODY, 'アクセスランキング', '1. 採用情報を更新しました（2026/03/05）', '2. 年末年始休業のお知らせ（2025/09/20）'], [...BODY, ...BODY]],
  ['the release\'s own numbered points after a heading that is no side box\'s stay', [...BODY, '経緯', '1. 初報を公表しました（2026/03/05）', '2. 第2報を公表しました（2026/03/20）'], [...BODY, '経緯', '1. 初報を公表しました（2026/03/05）', '2. 第2報を公表しました（2026/03/20）']],
  ['a paragraph after a news list with no date line after it stays', ['最新のお知らせ', '2025年3月15日 会員数が30万人を突破しました', 'リンク集', '当社は2025年3月20日、第三者による不正アクセスを確認しました。', '調査の結果、お客様情報が流出した可能性があります。', ...BODY], ['当社は2025年3月20日、第三者による不正アクセスを確認しました。', '調査の結果、お客様情報が流出した可能性があります。', ...BODY]],
  ['a section banner over a trail without separators: the title set larger ends the list, the title and lead stay', ['新着情報', '学生数8,337名・卒業生33,741名のネットワーク', 'ホーム新着情報不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ', '投稿日：2025年4月18日 更新日：2025年5月1日', '2025年3月4日付「第一報」にてお知らせしました通り、当社サーバーが', '第三者による不正アクセスを受けました。', ...BODY], ['不正アクセスに関するお知らせ', '投稿日：2025年4月18日 更新日：2025年5月1日', '2025年3月4日付「第一報」にてお知らせしました通り、当社サーバーが', '第三者による不正アクセスを受けました。', ...BODY]],
  ['the lead paragraph\'s lines without a full stop under a section banner stay when the title outsizes it', ['新着情報', '不正アクセスに関するお知らせ', '2025年3月4日付「第一報」にてお知らせしました通り、当社サーバーが', '第三者による不正アクセスを受けました。', ...BODY], ['不正アクセスに関するお知らせ', '2025年3月4日付「第一報」にてお知らせしました通り、当社サーバーが', '第三者による不正アクセスを受けました。', ...BODY]],
  ['the neighbouring posts\' cards right above a related list, their dates after the titles or under them, go', [...BODY, '広報担当', '定時株主総会招集ご通知の電子提供について', '2025.10.13', '第44期 決算公告2026.02.09', '関連記事', '健康講座「食と睡眠」開催のお知らせ', '2025.12.31'], [...BODY, '広報担当']],
  ['one dated line of the release above a related list stays', [...BODY, '経緯', '初報を公表しました2025.10.13', '関連記事', '健康講座「食と睡眠」開催のお知らせ'], [...BODY, '経緯', '初報を公表しました2025.10.13']],
  ['the release\'s own dates opening its lines above a related list stay', [...BODY, '2025.10.13 不審な通信を検知', '2025.10.14 サーバーを停止', '関連記事', '健康講座「食と睡眠」開催のお知らせ'], [...BODY, '2025.10.13 不審な通信を検知', '2025.10.14 サーバーを停止']],
  ['a list heading in the entries\' large type: its entries go, however large', ['新着情報(大)', '2026.01.11 年末年始休業のお知らせ', '不正アクセスに関するお知らせ', ...BODY], BODY],
  ['under the article, a larger heading after a news list is the next box\'s: it goes with the list', [...BODY, '最新のお知らせ', '2025年3月15日 会員数が30万人を突破しました', '「不正アクセスに関するお知らせ」への6件のフィードバック'], BODY],
  ['a box of the pages most read: its numbered links, no dates, go', [...BODY, 'よく見られているページ', '1. 各種証明書の発行（8,112', '件）', '2. 休日当番医', '3. ごみ収集カレンダー', ...BODY, ...BODY], [...BODY, ...BODY, ...BODY]],
  ['a number out of order under the box\'s heading stops it', ['よく見られているページ', '2. 休日当番医', ...BODY, ...BODY, ...BODY], ['2. 休日当番医', ...BODY, ...BODY, ...BODY]],
  ['a menu\'s numbered trail under its heading is no ranking: 「1. ホーム」 stops it', ['メニュー', '1. ホーム', '組織概要', ...BODY, ...BODY, ...BODY], ['1. ホーム', '組織概要', ...BODY, ...BODY, ...BODY]],
  ['the release\'s numbered points under a heading that is no side box\'s stay', [...BODY, '経緯', '1. 各種証明書の発行（8,112', '件）', '2. 休日当番医'], [...BODY, '経緯', '1. 各種証明書の発行（8,112', '件）', '2. 休日当番医']],
])('dropPageChrome, news lists: %s', (_label, texts, expected) => {
  const lines = page(texts.map((t) => t.replace('(大)', '')));
  // The title in larger type, as printed; so is a banner marked (大), and a comments box's heading.
  for (const [k, l] of lines.entries()) if (l.cells[0] === '不正アクセスに関するお知らせ' || texts[k]!.endsWith('(大)') || l.cells[0]!.endsWith('フィードバック')) l.size = 16;
  expect(kept(lines)).toEqual(expected);
});

test.each([
  ['a corporate site menu', 'ホーム 企業情報 事業紹介 ニュースリリース IR情報 採用情報 お問い合わせ', true],
  ['a hospital menu', 'トップページ 診療科 外来のご案内 入院のご案内 病院紹介 アクセス', true],
  ['a municipal menu', 'くらし 子育て 健康・福祉 観光 市政情報', true],
  // A release's own lists are not navigation.
  ['data kinds separated by spaces', '氏名 住所 電話番号 メールアドレス 生年月日', false],
  ['too short to tell', 'ホーム お知らせ', false],
  ['three labels, one leading home (image links printed as their alt text)', 'ホーム 会社案内 ニュース', true],
  ['three labels, none leading home', '会社概要 ニュースリリース お問い合わせ', false],
  ['three words, one of them no label', 'ホーム 氏名 住所', false],
  ['a sentence', '当社ホームページのお問い合わせフォームよりご連絡ください。', false],
])('isNavLine: %s', (_label, text, expected) => {
  expect(isNavLine(text)).toBe(expected);
});

test.each([
  ['« 前の記事 システム障害のお知らせ', false, true],
  ['≪ 健康アプリをリニューアルしました（2026/2/2） | 累計導入8,802社を達成しました（2026/4/11） ≫', false, true],
  ['≪ 新サービス「スマート地域」提供開始のお知らせ（2025/1/22） 夏季休業期間のお知らせ（2025/7/31）≫', false, true],
  ['＜＜ 前のお知らせ 年末年始の営業について', true, true],
  ['夏季休業期間のお知らせ（2025/7/31） ≫', true, true],
  // one mark: a link in the text (「詳しくはこちら≫」) as well, so only at the page's end
  ['夏季休業期間のお知らせ（2025/7/31） ≫', false, false],
  ['詳しくはこちら≫', false, false],
  // a label the marks enclose, marks inside the line, a sentence
  ['≪お問い合わせ先≫', true, false],
  ['≪個人情報の取り扱いに関するお問い合わせ窓口≫', true, false],
  ['≪注意≫ 不審なメールにはご注意ください', true, false],
  ['≪ 対象となるお客様には個別にご連絡いたします。', true, false],
])('isNeighbourLinks: %s (one mark taken: %s) → %s', (text, single, expected) => {
  expect(isNeighbourLinks(text, single)).toBe(expected);
});

test.each([
  [SIDEBAR_HEADING, '最新のお知らせ', true],
  [SIDEBAR_HEADING, '■ 関連記事', true],
  [SIDEBAR_HEADING, 'RECENT POSTS', true],
  [SIDEBAR_HEADING, '最新のお知らせについて当社は次のとおり対応しました', false],
  [SIDEBAR_HEADING, 'アクセスランキング', true],
  [SIDEBAR_HEADING, 'イベント情報', true],
  [SIDEBAR_HEADING, 'イベントの中止について', false],
  [SIDEBAR_HEADING, 'ランキング機能の停止について', false],
  [SIDEBAR_HEADING, '最近のニュースリリース', true],
  [SIDEBAR_HEADING, '最新のプレスリリース', true],
  [SIDEBAR_HEADING, '最近のお知らせ', true],
  [SIDEBAR_HEADING, '最近のニュースリリースでお知らせしたとおり、調査を続けております', false],
  [SHARE_LABEL, 'シェア 19', true],
  [SHARE_LABEL, 'はてブ 16', true],
  [SHARE_LABEL, 'シェア1752', true],
  [SHARE_LABEL, 'シェア 148件', true],
  [SHARE_LABEL, 'いいね 12回', true],
  [SHARE_LABEL, 'シェア 148件の情報', false],
  [SHARE_LABEL, 'Facebookでシェア', true],
  [SHARE_LABEL, 'シェア 19件の投稿が閲覧された可能性があります', false],
  [SHARE_LABEL, 'シェアオフィスの利用者 1,200名', false],
  [HEADER_CONTACT, 'お問い合わせ 0120-000-000', true],
  [HEADER_CONTACT, 'TEL：03-1234-5678', true],
  [HEADER_CONTACT, 'お問い合わせは 0120-000-000 までお願いいたします。', false],
  [HEADER_CONTACT, '電話番号、メールアドレス', false],
  [BREADCRUMB, 'ホーム > ニュースリリース > 不正アクセスに関するお知らせ', true],
  [BREADCRUMB, 'TOP ＞ お知らせ', true],
  [BREADCRUMB, '対象 > 1,000件', false],
  [SPACED_BREADCRUMB, 'ホーム 新着情報 2026年6月17日 【続報】サービス一時停止に関するお知', true],
  [SPACED_BREADCRUMB, 'TOP お知らせ 不正アクセスに関するお知らせ', true],
  [SPACED_BREADCRUMB, 'ホーム 新着情報', false],
  [SPACED_BREADCRUMB, 'ホームページ 新着情報 を更新しました', false],
  [SPACED_BREADCRUMB, 'ホーム 採用情報 説明会', false],
  [COPYRIGHT, 'Copyright © 2026 Example Co., Ltd. All Rights Reserved.', true],
  [READER_TALLY, 'フォローする 565人がフォロー中', true],
  [READER_TALLY, '70人がフォロー中', true],
  [READER_TALLY, '人中208人がこの記事が役に立ったと言っています', true],
  [READER_TALLY, '355人中208人がこの記事が役に立ったと言っています', true],
  [READER_TALLY, '565人がフォロー中のアカウントを乗っ取られました', false],
  [READER_TALLY, '355人中208人の情報が流出した可能性があります', false],
  [RECORD_STAMP, '作成日時 2025/10/19 11:31', true],
  [RECORD_STAMP, '最終更新日時：2025年11月8日 閲覧数 63,549', true],
  [RECORD_STAMP, '作成日：2025年4月1日', false],
  [RECORD_STAMP, '更新日：2025年4月1日', false],
  [SITE_SECTION, 'ヘルプセンター', true],
  [SITE_SECTION, 'よくあるご質問', true],
  [SITE_SECTION, '東京ヘルプセンター株式会社', false],
  [SITE_SECTION, '市民サポートセンター', false],
  [COPYRIGHT, '著作権侵害の被害について', false],
  [PREV_NEXT, '前へ：会員数が30万人を突破しました', true],
  [PREV_NEXT, '« 前の記事 システム障害のお知らせ', true],
  [PREV_NEXT, '次のとおりお知らせいたします。', false],
  [PREV_NEXT, '新サービスの提供を開始しました »', true],
  [PREV_NEXT, '次回の更新は4月を予定しています。', false],
  [PREV_NEXT_ARROW, '◀ 学校説明会を開催します 2024年11月22日', true],
  [PREV_NEXT_ARROW, '奨学金の募集について 2024年12月30日 ▶', true],
  [PREV_NEXT_ARROW, '▶ 対象となるお客様', false],
  [PREV_NEXT_ARROW, '対象：会員様（▶印の項目）', false],
  [PAGE_SURVEY, 'このページに関するアンケート', true],
  [PAGE_SURVEY, 'このページの情報は役に立ちましたか？（これまでに1627件の回答）', true],
  [PAGE_SURVEY, 'この情報はお役に立ちましたか？', true],
  [PAGE_SURVEY, 'このページの情報は2025年4月1日時点のものです。', false],
  [PAGE_SURVEY, 'アンケートにご回答いただいたお客様の情報', false],
  [COMMENT_COUNT, '投稿日: 2025年4月18日 投稿者: 広報担当 6件のコメント', true],
  [COMMENT_COUNT, 'Posted on 2025-04-18 by admin 12 Comments', true],
  [COMMENT_COUNT, '投稿日: 2025年4月18日 コメント(3)', true],
  [COMMENT_COUNT, 'お寄せいただいた1,200件のご意見', false],
  [ALSO_READ_HEADING, 'このページを見た人はこちらも見ています', true],
  [ALSO_READ_HEADING, 'この記事を読んだ人はこんな記事も読んでいます', true],
  [ALSO_READ_HEADING, 'あわせて読みたい', true],
  [ALSO_READ_HEADING, 'このページを見た人は速やかにパスワードを変更してください。', false],
  [SITE_TAGLINE, '日新火災海上保険株式会社からのお知らせを掲載しています。', true],
  [SITE_TAGLINE, '当社は不正アクセスの経緯を下記のとおりご報告いたします。', false],
  [SITE_TAGLINE, 'スタッフ日記の最新情報をお届けします（購読者 ９,４６７人）', true],
  [SITE_TAGLINE, '当社の新製品情報をご紹介しています（会員数 12,000名）。', true],
  // negative: a release's sentence with a bracketed note, or the description without its stop
  [SITE_TAGLINE, '当社は不正アクセスの経緯を下記のとおりご報告いたします（第2報）', false],
  [SITE_TAGLINE, 'スタッフ日記の最新情報をお届けします', false],
  [BANNER_SECTION, '日新火災海上保険株式会社ニュースリリース', true],
  [BANNER_SECTION, 'システム障害に関するお知らせ', false],
  [ENTRY_BYLINE, '投稿者: 広報部日時: 2024年12月17日 10:00', true],
  [ENTRY_BYLINE, '投稿された内容の一部が閲覧可能な状態でした。', false],
  [PROFILE_FIGURE, '従業員数：3,456名（2025年3月31日現在）', true],
  [PROFILE_FIGURE, '病床数 452床', true],
  [PROFILE_FIGURE, '患者数 延べ37848人', true],
  [PROFILE_FIGURE, '会員数 約60,967名', true],
  // negative: the text's sentence about patients
  [PROFILE_FIGURE, '患者数は約1,200名です。', false],
  [PROFILE_FIGURE, '対象となる患者数 1,234名', false],
  [PROFILE_FIGURE, '人口：575,918人', true],
  [PROFILE_FIGURE, '教員数 840名', true],
  [PROFILE_FIGURE, '人口減少地域の利用者 120名', false],
  [PROFILE_FIGURE, '会員数 60,967名', true],
  [PROFILE_FIGURE, '会員数は約120万人です。', false],
  [PROFILE_FIGURE, '従業員の個人情報 120名分', false],
  [PROFILE_FIGURE, 'TEL：0120-000-000（受付時間 9:00～17:00）', false],
  // A counter widget's running total (a page builder's 「累計導入実績」 badge).
  [PROFILE_FIGURE, '累計導入実績6,314件', true],
  [PROFILE_FIGURE, '導入実績 1,200社', true],
  [PROFILE_FIGURE, '累計導入実績は1,200社を超えました。', false],
  [PROFILE_FIGURE, '対象者数 1,200名', false],
  [PROFILE_FIGURE, '当社の実績として公表しております', false],
])('%s matches %s: %s', (pattern, text, expected) => {
  expect(pattern.test(text)).toBe(expected);
});

test.each([
  ['a menu whose links touch', '私たちについて事業紹介ニュース採用お問い合わせ', true],
  ['a hospital menu run together', 'トップページ診療科外来のご案内入院のご案内アクセス', true],
  // A title or a line of the release is no menu, even made of menu words.
  ['a title', 'ランサムウェア被害による個人情報の流出懸念のご報告', false],
  ['three labels only', 'ホーム企業情報お問い合わせ', false],
  ['labels with an unknown word between them', 'ホーム企業情報お客様情報ニュース採用', false],
])('isRunTogetherNav: %s', (_label, text, expected) => {
  expect(isRunTogetherNav(text)).toBe(expected);
});

/** Atoms of lines set 17 pt apart in one column: x, width. */
const column = (texts: string[], x: number, width: number): Atom[] =>
  texts.map((str, k) => itemAtom({ str, x, y: 600 - k * 17, width, size: 10 }));
const JULY = ['1 2 3 4 5', '6 7 8 9 10 11 12', '13 14 15 16 17 18 19', '20 21 22 23 24 25 26', '27 28 29 30 31'];
const ARTICLE = new Array(8).fill('2025年11月26日に、不審な通信が湘南藤沢キャンパスのメールシステムのス');

test.each([
  ['a promotion card and a company profile beside the article', ['会員数30万人突破記念キャンペーンを', '実施中です。抽選で500名様にプレゼン', 'トが当たります。', '会社情報', '病床数：452床', '資本金：12億3,400万円'], 120, true],
  ['a news list under its heading', ['最新のお知らせ', '2025年12月17日 スマートフォンアプリの', 'ダウンロード数が45万件'], 120, true],
  ['a hospital\'s boxes, two thirds of the article\'s width', ['診療科のご案内', '総合内科', '循環器内科', '外科', '眼科', '病院概要', '病床数 526床', '診療科 38科', '職員数 1,509名'], 220, true],
  // A column of the release itself stays.
  ['a column of the release two thirds of the article\'s width, a figure among its sentences', ['当社の従業員は、今回の事案を受けて', '再発防止に努めます。', '従業員数 1,509名', '対象は全従業員です。'], 220, false],
  ['a narrow column of the release naming a figure in prose', ['当社の従業員は、', '今回の事案を受けて', '再発防止に努めます。'], 120, false],
  ['a profile figure in a column as wide as the article', ['会社情報', '資本金：12億3,400万円', '従業員数：3,456名'], 330, false],
  ['an event list as wide as the article (a narrow page)', ['イベントカレンダー', '2025.12.31（水）', '大学院入試説明会（オンライン）', '2026.01.13（火）', 'オープンキャンパス（定員1,015名）', '2026.01.17（土）', '公開講座（定員151名）'], 360, true],
  ['a company profile above a list of related releases, as wide as the article', ['会社概要', '会社名 株式会社サンプル', '代表者 代表取締役社長 山田 太郎', '設立 1949年2月13日', '資本金 18,711百万円', '従業員数 3,266名（連結）', '所在地 東京都千代田区丸の内1丁目', '証券コード 6267', '関連リリース', '2025年7月20日 11:00', '代表取締役の異動に関するお知らせ', '2025年10月12日 09:00', '新工場の稼働開始について（年間生産能力', '16,800トン）', '2025年8月31日 16:00', '累計販売台数432,000台突破のお知らせ', '2025年9月25日 15:00', '代表取締役の異動に関するお知らせ'], 360, true],
  ['a company profile above a list of related releases, a little narrower than the article', ['会社概要', '設立 1949年2月13日', '資本金 18,711百万円', '従業員数 3,266名（連結）', '所在地 東京都千代田区丸の内1丁目', '関連リリース', '2025年7月20日 11:00', '代表取締役の異動に関するお知らせ', '2025年10月12日 09:00', '新工場の稼働開始について（年間生産能力', '16,800トン）', '2025年8月31日 16:00', '累計販売台数432,000台突破のお知らせ', '代表取締役の異動に関するお知らせ', '代表取締役の異動に関するお知らせ', '代表取締役の異動に関するお知らせ'], 300, true],
  ['a company profile with one dated line, as wide as the article', ['会社概要', '会社名 株式会社サンプル', '設立 1949年2月13日', '資本金 18,711百万円', '従業員数 3,266名（連結）', '所在地 東京都千代田区丸の内1丁目', '証券コード 6267', '2025年7月20日 更新'], 360, false],
  ['a dated column of the release as wide as the article', ['2025年12月1日 不正アクセスを検知しました。', '2025年12月2日 警察に相談しました。', '2025年12月3日 対象者へ通知しました。'], 360, false],
  ['a blog\'s stack of boxes under their headings, wider than the article (a narrow page)', ['最近の投稿', '11周年記念キャンペーンを実施します', '夏季休業期間のお知らせ2024.12.30', 'アーカイブ', '2025年4月 (15)', '2025年3月 (8)', 'カテゴリー', 'お知らせ (99)', 'タグ', 'セキュリティ (82) DX (69)'], 420, true],
  ['one box\'s heading in a column as wide as the article is not enough', ['カテゴリー', 'お知らせ (99)', 'プレスリリース (219)', 'IR情報 (45)'], 360, false],
  ['the release\'s own column with such headings and a sentence stays', ['アーカイブ', '過去の記録は下記のとおりです。', 'カテゴリー', '対象 1,204件'], 420, false],
  ['a news list half the article\'s width, its entries wrapped over three lines, under a heading of no list\'s words', ['お知らせ', '2025年6月17日', '健康講座「食と睡眠」開', '催のお知らせ', '2025年4月27日', '採用説明会（参加者235', '名）を開催しました', '2025年3月10日', '新サービス「スマートサ', 'ポート」提供開始のお知', 'らせ', '2025年2月17日', '累計598,693件突破記念', 'キャンペーン', 'オープンキャンパス', '開催日：2025年1月11日', '定員69名（要予約）'], 160, true],
  ['the release\'s own dated lines half the article\'s width, a sentence among them', ['2025年6月17日', '不正アクセスを', '検知し、サーバー', 'を停止', '2025年6月18日', '所轄の警察署に', '相談しました。', '外部の専門機関', 'に調査を依頼', '2025年6月20日', '対象となるお客', '様へ個別に通知', '開始'], 160, false],
  ['a calendar printed as text over other boxes', ['2025年7月', '日 月 火 水 木 金 土', '1 2 3 4 5', '6 7 8 9 10 11 12', '13 14 15 16 17 18 19', '20 21 22 23 24 25 26', '27 28 29 30 31', 'リンク'], 170, true],
  ['a calendar as wide as the article', ['2025年7月', '日 月 火 水 木 金 土', '1 2 3 4 5', '6 7 8 9 10 11 12', '13 14 15 16 17 18 19', '20 21 22 23 24 25 26', '27 28 29 30 31'], 360, true],
  ['days named over a row of counts is no calendar', ['曜日別の件数', '日 月 火 水 木 金 土', '12 8 7 10 9 15 4'], 360, false],
  ['a news box\'s heading over wrapped entries dated R7.3.16, as wide as the article', ['新着情報', 'R8.2.18', '累計867,663件突破記念キャ', 'ンペーン', 'R7.11.21', '製品価格改定のお知らせ', '（約11%）', 'R7.9.23', '新サービス「スマートサポ', 'ート」提供開始のお知らせ', 'R7.5.11', '店舗数253店舗体制となりま', 'した', 'よく見られているページ', '1. 各種証明書の発行', '2. 休日当番医', '3. ごみ収集カレンダー', 'イベント', '市民健康フェア（定員46', '名）'], 350, true],
  ['a heading over two dated entries only, as wide as the article', ['新着情報', 'R8.2.18', '累計867,663件突破記念キャ', 'ンペーン', 'R7.11.21', '製品価格改定のお知らせ', '（約11%）', 'リンク', '各種証明書の発行', '休日当番医', 'ごみ収集カレンダー', '市民健康フェア'], 350, false],
  // A side bar's calendar printed without rules beside the article: the whole column goes (its news entries undated by year).
  ['a calendar widget over recent posts', ['2025年7月', '日 月 火 水 木 金 土', ...JULY, '最近のニュースリリース', '12月16日 会員数177,982人を突破しました'], 120, true],
  // (Under a news box's heading the entries are a side bar even without the calendar: hasListHeading.)
  ['the same entry without the calendar or a news heading', ['2025年7月', '12月16日 会員数177,982人を突破しました'], 120, false],
  // An old table layout's left column: its boxes' headings in brackets, its entries dated after a NEW mark.
  ['a left column under headings in brackets', ['＜メニュー＞', '■回覧板', '■お知らせ', '＜新着情報＞', 'NEW令和7年3月27日', '累計相談件数98,708件', 'NEW令和7年2月17日', '来場者数848,164人を記録'], 120, true],
  ['a heading in square brackets', ['【新着情報】', '令和7年3月27日 来場者数848,164人を記録'], 120, true],
  // Brackets around other words make no list heading.
  ['a column under a bracketed heading of the release\'s own', ['【対象となる情報】', '氏名', '住所', '電話番号'], 120, false],
  ['a heading with words around its brackets', ['＜新着情報＞のご案内', '令和7年3月27日 来場者数848,164人を記録'], 120, false],
])('isSideChrome: %s', (_label, texts, width, expected) => {
  expect(isSideChrome(column(texts, 398, width), column(ARTICLE, 37, 340))).toBe(expected);
});

test.each([
  // A broken logo's alt run into a letterhead's row: what follows it is the row's own text.
  ['ロゴ会員数 23,402名／スタッフ 33名', '会員数 23,402名／スタッフ 33名'],
  ['Logo 会員数 15,935名', '会員数 15,935名'],
  // negative: a word that opens with ロゴ, the placeholder alone, a line without it
  ['ロゴマーク変更のお知らせ', 'ロゴマーク変更のお知らせ'],
  ['ロゴ', 'ロゴ'],
  ['会員数 23,402名', '会員数 23,402名'],
])('LOGO_PLACEHOLDER_BEFORE: %s', (text, rest) => {
  expect(text.replace(LOGO_PLACEHOLDER_BEFORE, '')).toBe(rest);
});

/** An article of sentences (each line ends one). */
const PROSE = new Array(8).fill('当社サーバーが第三者による不正アクセスを受けたことを確認しました。');
/** An old 旅館 site's left column, a few characters a line: plan prices, the days fully booked. */
const LEFT_STRIP = ['◇宿泊プラン', '季節の会席', 'プラン', 'お一人様', '42,810円〜', '（税込）', '◇満室のお', '知らせ', '下記の日は', '満室となり', 'ました。', '× 7月5日', '（土）'];

test.each([
  ['an old table layout\'s left column of boxes beside the release, one sentence in it', LEFT_STRIP, 47, PROSE, true],
  // The release's own narrow column: its lines end sentences.
  ['a narrow column of the release\'s sentences (negative)', ['当社は、', '6月4日に', '不正アクセス', 'を確認しました。', '対象は', '1,200名', 'です。', '調査を', '継続します。'], 47, PROSE, false],
  // Wider than a third of the article: no strip of a few characters.
  ['the same column wider than a third of the article (negative)', LEFT_STRIP, 150, PROSE, false],
  // Beside lines that end no sentence, nothing tells the article.
  ['beside an article of no sentences (negative)', LEFT_STRIP, 47, ARTICLE, false],
  ['a strip of five lines (negative)', LEFT_STRIP.slice(0, 5), 47, PROSE, false],
])('isSideChrome, a narrow strip: %s', (_label, texts, width, article, expected) => {
  expect(isSideChrome(column(texts, 31, width), column(article, 90, 300))).toBe(expected);
});

test.each([
  ['a month\'s grid', [['日', '月', '火', '水', '木', '金', '土'], ['', '', '', '', '1', '2', '3'], ['4', '5', '6', '7', '8', '9', '10'], ['11', '12', '13', '14', '15', '16', '17']], true],
  ['a table of counts by weekday', [['月', '火', '水', '木', '金', '土', '日'], ['120', '98', '77', '101', '88', '45', '32'], ['1', '2', '3', '4', '5', '6', '7']], false],
  ['a two-column table', [['区分', '件数'], ['氏名', '1'], ['住所', '2'], ['電話', '3']], false],
])('isMonthGrid: %s', (_label, rows, expected) => {
  expect(isMonthGrid(rows)).toBe(expected);
});

test.each([
  ['a calendar widget under its month', ['2025年7月', '日 月 火 水 木 金 土', ...JULY, '最近のニュースリリース'], true],
  ['a calendar from Monday, English', ['July 2025', 'Mon Tue Wed Thu Fri Sat Sun', '1 2 3 4 5 6', ...JULY.slice(1)], true],
  ['two short rows under the header, then the month\'s remaining rows', ['日 月 火 水 木 金 土', '1', '2 3 4 5 6 7 8', '9 10 11 12 13 14 15'], true],
  // Negative cases: numbers with no weekday header, a header over text, a header over two rows, a week's shift plan.
  ['rows of numbers with no weekday header', JULY, false],
  ['a weekday header over sentences', ['日 月 火 水 木 金 土', '受付は平日のみです。', '土日は休業します。', '祝日も休業します。'], false],
  ['a weekday header over two rows', ['日 月 火 水 木 金 土', '1 2 3 4 5', '6 7 8 9 10 11 12'], false],
  ['a row of counts in a table', ['区分 件数', '1 200 300', '2 400 500', '3 600 700'], false],
  ['a calendar\'s day names over its weeks', ['2025年12月', '日 月 火 水 木 金 土', '1 2 3 4 5 6', '7 8 9 10 11 12 13', '14 15 16 17 18 19 20'], true],
  ['a week from Monday, in English', ['Mon Tue Wed Thu Fri Sat Sun', '1 2', '3 4 5 6 7 8 9', '10 11 12 13 14 15 16'], true],
  ['day names over one row of counts', ['日 月 火 水 木 金 土', '12 8 7 10 9 15 4'], false],
  ['rows of numbers without the day names', ['1 2 3 4 5 6', '7 8 9 10 11 12 13', '14 15 16 17 18 19 20'], false],
  ['counts past 31 under the day names', ['日 月 火 水 木 金 土', '120 98 77', '101 88 45 32', '40 50 60'], false],
])('isCalendarLines: %s', (_label, lines, expected) => {
  expect(isCalendarLines(lines)).toBe(expected);
});

test.each([
  ['学生数 20,803名｜教員数 2,189名｜創立 1977年8月26日', true],
  ['従業員数：1,644名 | 資本金：43億円', true],
  ['人口：575,918人 ｜ 世帯数：401,147世帯 ｜ 職員数：7,246人', true],
  // A row of the release's own counts opens with no profile label.
  ['対象者数 1,200名｜うち漏えい 300名', false],
  ['学生数 20,803名', false],
  ['従業員数 1987名 / 取引先 4806社', true],
  ['対象者数 1,200名 / うち漏えい 300名', false],
  // Full-width digits and slashes as a page sets them.
  ['従業員数 ３７５５９名 ／ 取引先 589社', true],
  ['対象者数 １，２００名 ／ うち漏えい ３００名', false],
])('isFigureRow: %s', (text, expected) => {
  expect(isFigureRow(text)).toBe(expected);
});

test.each([
  ['a ticker of the latest posts, the last cut off by the page\'s edge', ['NEWS 2026.11.28 累計出荷125,613台を達成しました', '2026.10.04 累計出荷137,359台を達成しました', '2026.03.15 システムメ'], true],
  ['its last entry cut off to a year', ['新着情報 2026.06.18 年末年始の営業について', '2025.04.18 累計出荷196,424台を達成しました', '2023'], true],
  // The release's own timeline, a date cell beside what happened, is no ticker.
  ['a timeline row: a date cell, then its event', ['2025年3月1日', '不正アクセスを検知'], false],
  ['a row of two dates alone (a period\'s start and end)', ['2025年3月1日', '2025年3月12日'], false],
  ['two dated events that end a sentence', ['2025年3月1日 不正アクセスを検知しました。', '2025年3月2日 サーバーを停止しました。'], false],
  ['one dated headline beside the site\'s menu', ['NEWS 2026.11.28 累計出荷125,613台を達成しました', '会社情報', '事業・サービス'], false],
  // A ticker the print runs together into one cell: a space before each dated headline.
  ['a run-together ticker, a figure in an entry and the last cut off', ['2025.11.21 採用情報を更新しました 2025.08.26 システムメンテナンスのお知らせ 会員数33,605人 2025.10.01 新サー'], true],
  ['a run-together ticker of two entries', ['2025.04.16 システムメンテナンスのお知らせ 2025.05.07 新サービス提供開始のお知らせ 会員数'], true],
  ['a period of a timeline, a time after each date', ['2025年12月31日 18:26 〜 2026年1月2日 01:51（日本時間）'], false],
  ['a date line\'s two dates with short labels', ['2025.04.16 公開 2025.05.07 更新'], false],
  ['a sentence with two dates', ['2025年12月3日 不正アクセスを検知し、2025年12月5日 サーバーを停止しました。'], false],
  ['one dated headline alone', ['2025.04.16 システムメンテナンスのお知らせ'], false],
  ['a date line with its labels before the dates', ['公開日 2025.04.16 更新日 2025.05.07'], false],
])('isNewsTicker: %s', (_label, cells, expected) => {
  expect(isNewsTicker({ cells, table: false } as unknown as PdfLine)).toBe(expected);
});

test.each([
  ['the side bar\'s last boxes on the next page, in the strip it stood in', ['サポート窓口の年間対応件数684,690件', 'お問い合わせ件数（今月）40,163件'], 398, true],
  ['an event card a little left of where the list stood (the card\'s own padding)', ['オープンキャンパス', '開催日：2026年4月28日', '定員285名（要予約）'], 391, true],
  ['a column starting past a character left of the strip', ['オープンキャンパス', '開催日：2026年4月28日', '定員285名（要予約）'], 380, false],
  // Elsewhere, or holding a sentence, a narrow column is read.
  ['a narrow column left of where the side bar stood', ['サポート窓口の年間対応件数684,690件', 'お問い合わせ件数（今月）40,163件'], 200, false],
  ['a column of sentences in the strip', ['当社は、今回の事案を受けて', '再発防止に努めます。'], 398, false],
])('sideBarTracker: %s', (_label, texts, x, expected) => {
  const columns: SideColumn[] = [];
  const isChrome = sideBarTracker(columns);
  // Page 1: a news list beside the article is dropped, and its strip remembered.
  expect(isChrome(column(['最新のお知らせ', '2025年12月17日 アプリの', 'ダウンロード数が45万件'], 398, 120), column(ARTICLE, 37, 340))).toBe(true);
  expect(isChrome(column(texts, x, 120), column(ARTICLE, x === 398 ? 37 : 340, 340))).toBe(expected);
});

test.each([
  ['the last line of an event card at the page\'s top, in the strip', ['開催日：2025年8月22日'], 398, 700, [{ left: 398, right: 518 }], true],
  ['a news entry\'s rest and the next box at the top, lined up with the article', ['2026年6月1日', '新サービス「スマートサポート」提供開', '始のお知らせ', 'オープンキャンパス'], 398, 700, [{ left: 398, right: 518 }], true],
  ['in the strip of a side bar as wide as its article', ['開催日：2025年8月22日'], 398, 700, [{ left: 398, right: 518, wide: true }], true],
  // Not at the page's top, holding a sentence, elsewhere, or with no side bar dropped before: not carried over.
  ['in the strip, but lower on the page', ['開催日：2025年8月22日'], 398, 640, [{ left: 398, right: 518 }], false],
  ['a sentence in the strip', ['本件の対象は約1,200名です。'], 398, 700, [{ left: 398, right: 518 }], false],
  ['left of the strip', ['開催日：2025年8月22日'], 200, 700, [{ left: 398, right: 518 }], false],
  ['no side bar dropped before', ['開催日：2025年8月22日'], 398, 700, [], false],
])('sideBarCarriedOver: %s', (_label, texts, x, top, carried, expected) => {
  // The side's first line at y `top` (column() sets it at 600).
  const side = column(texts, x, 110).map((a) => ({ ...a, top: a.top + top - 600, bottom: a.bottom + top - 600 }));
  // The page's top: the article's first line at y 700 (its atom's top at 708).
  expect(sideBarCarriedOver(carried, 708, 10)(side)).toBe(expected);
});

/** Lines down one page, those marked 「→」 printed as links (the page's Link annotations), the marker cut off. */
const withLinks = (texts: string[]): PdfLine[] => page(texts.map((t) => t.replace(/^→/, ''))).map((l, k) => (texts[k]!.startsWith('→') ? { ...l, linked: true } : l));
const ARTICLE_END = [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')];

test.each([
  ['a news list under a heading of any words, its dates plain and its titles links', [...ARTICLE_END, 'ピックアップ', '2025.09.03', '→創業80周年記念キャンペーンを開始しました', '2025.07.03', '→ホームページをリニューアルしました'], ARTICLE_END],
  ['entries with the date and the title on one linked line', [...ARTICLE_END, '→2025.12.13第54期 決算公告', '→2025.12.09オンラインセミナー開催のお知らせ（定員239名）', ...BODY], [...ARTICLE_END, ...BODY]],
  ['breadcrumbs printed as an ordered list', ['→1. TOP', '→2. ニュース', '3. 不正アクセスによる個人情報の漏えいに関するお詫びとお知らせ', ...ARTICLE_END], ARTICLE_END],
  ['a side bar stacked under the article: its news list, an event card and the footer after it', [...ARTICLE_END, '新着情報', '令和7年5月13日', '→第36期 決算公告', '令和7年5月6日', '→採用情報を更新しました', 'イベント', '事業説明会を開催します。', '開催日：令和7年7月2日', '定員：115名（先着順）', '株式会社サンプル', '設立：1970年5月1日', 'サポート', '→よくある質問', 'TEL 03-0000-0000'], ARTICLE_END],
  ['a paragraph of the release after the list keeps what follows the list', [...ARTICLE_END, '新着情報', '令和7年5月13日', '→第36期 決算公告', '令和7年5月6日', '→採用情報を更新しました', 'イベント', '当社は、引き続き外部の専門家と連携し、原因分析を踏まえた再発防止策の策定に努めてまいります。'], [...ARTICLE_END, 'イベント', '当社は、引き続き外部の専門家と連携し、原因分析を踏まえた再発防止策の策定に努めてまいります。']],
  // The release's own dated lines (no links), the earlier releases it cites with their addresses, and its own numbered points stay.
  ['the release\'s own timeline, not links', [...ARTICLE_END, '経緯', '2025年5月20日', '不審な通信を検知', '2025年5月21日', 'サーバーを停止'], [...ARTICLE_END, '経緯', '2025年5月20日', '不審な通信を検知', '2025年5月21日', 'サーバーを停止']],
  ['the earlier releases it cites', [...ARTICLE_END, '※', '→2025年4月30日付 当社グループにおけるランサムウェア被害に関しまして（第 2 報）', '→https://example.co.jp/news/20250430.pdf', '→初報（2025年2月25日付）https://example.co.jp/news/20250225.pdf'], [...ARTICLE_END, '※', '2025年4月30日付 当社グループにおけるランサムウェア被害に関しまして（第 2 報）', 'https://example.co.jp/news/20250430.pdf', '初報（2025年2月25日付）https://example.co.jp/news/20250225.pdf']],
  ['numbered points not from the site\'s home', ['1. 概要', '2. 原因', ...ARTICLE_END], ['1. 概要', '2. 原因', ...ARTICLE_END]],
])('dropPageChrome, linked lists: %s', (_label, texts, expected) => {
  expect(dropPageChrome(withLinks(texts)).map((l) => l.cells.join(' '))).toEqual(expected);
});

/** Rows of cells set 14 pt apart at the top of page 1, cells starting at the given x. */
const rows = (cells: [string[], number[]][]): PdfLine[] =>
  cells.map(([texts, xs], k) => ({ page: 1, items: [], x: xs[0]!, right: 550, y: 740 - k * 14, size: 12, cells: texts, cellX: xs, position: 0.05 + k * 0.02, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine);

test.each([
  ['a menu row wrapped onto a second row: the logo\'s name and the last label cut short', rows([[['株式会社サンプル', '会社概要 お知らせ よくある質問 採用情報'], [71, 357]], [['サンプル', 'お問い合わせ'], [59, 357]]]), []],
  // Negative cases: a row of cells under a menu that does not stand in its columns, or a sentence, stays.
  ['a table row under the menu, in other columns', rows([[['株式会社サンプル', '会社概要 お知らせ よくある質問 採用情報'], [71, 357]], [['対象者', '1,204名'], [150, 250]]]), ['対象者 1,204名']],
  ['a sentence under the menu', rows([[['株式会社サンプル', '会社概要 お知らせ よくある質問 採用情報'], [71, 357]], [['当社は次のとおりご報告いたします。', '以上'], [71, 357]]]), ['当社は次のとおりご報告いたします。 以上']],
])('dropPageChrome, a menu row wrapped: %s', (_label, lines, expected) => {
  expect(dropPageChrome(lines).map((l) => l.cells.join(' '))).toEqual(expected);
});

test.each([
  ['キーワードで検索', true],
  ['検索', true],
  ['サイト内検索', true],
  ['Search', true],
  // The release's own lines about a search stay.
  ['検索エンジン', false],
  ['検索結果に表示される', false],
])('SEARCH_BOX: %s', (text, expected) => {
  expect(SEARCH_BOX.test(text)).toBe(expected);
});

/** A card of a news list: its date over its title, at x, its date on the row's baseline. */
const card = (date: string, title: string, x: number): Atom[] => [itemAtom({ str: date, x, y: 500, width: 80, size: 8 }), itemAtom({ str: title, x, y: 480, width: 90, size: 9 })];

test.each([
  ['the rest of a row of news cards whose first went with the heading', [...card('2025年10月27日（月）', '採用情報を更新しました', 269), ...card('2025年10月10日（金）', 'セミナー開催のお知らせ', 375)], true],
  // Cards not in the dropped card's row, or a column of sentences beside it, stay.
  ['dated entries in another row', [...card('2025年10月27日（月）', '採用情報を更新しました', 269), ...card('2025年10月10日（金）', 'セミナー開催のお知らせ', 375)].map((a) => itemAtom({ ...a.item!, y: a.item!.y - 200 })), false],
  ['the release\'s own paragraph on the row', [itemAtom({ str: '2025年10月27日（月）', x: 269, y: 500, width: 80, size: 8 }), itemAtom({ str: '不正アクセスを確認しました。', x: 269, y: 480, width: 190, size: 9 })], false],
])('sideBarTracker, a row of news cards: %s', (_label, rest, expected) => {
  const isChrome = sideBarTracker([]);
  const first = [itemAtom({ str: '最近の記事', x: 54, y: 530, width: 60, size: 13 }), ...card('2025年11月17日（月）', '新サービス提供開始のお知らせ', 54)];
  expect(isChrome(first, rest)).toBe(true);
  expect(isChrome(rest, first)).toBe(expected);
});

test.each([
  ['a month archive\'s last entry on the next page, in the strip', '2024年8月 (9)', 398, true, true],
  ['a tag line a little left of where the list stood', 'タグ：重要, 2025', 391, true, true],
  // Negative cases: no side bar dropped before, a line left of the strip, a sentence in the strip.
  ['no side bar dropped before', '2024年8月 (9)', 398, false, false],
  ['a line left of where the side bar stood', '2024年8月 (9)', 200, true, false],
  ['a sentence in the strip', '再発防止に努めます。', 398, true, false],
])('sideBarLeftover: %s', (_label, text, x, dropped, expected) => {
  const columns: SideColumn[] = [];
  // Page 1: a news list beside the article is dropped, and its strip remembered.
  if (dropped) expect(sideBarTracker(columns)(column(['最新のお知らせ', '2025年12月17日 アプリの', 'ダウンロード数が45万件'], 398, 120), column(ARTICLE, 37, 340))).toBe(true);
  expect(sideBarLeftover(columns)(column([text], x, 80), column(ARTICLE, x === 398 || x === 391 ? 37 : 340, 340))).toBe(expected);
});

test.each([
  ['the rest of a wide side bar on the next page, a line in larger type running past its strip', ['地域貢献 (182) キャンペー', 'ン (127)', 'セキュリティ活用セミナー2025', '開催日：2025年6月9日 10:00〜16:30', '定員97名（先着順）'], 160, 216, true],
  // Negative cases: a side bar narrower than its article before, or a column of sentences in the strip.
  ['as wide where the side bar was narrower than the article beside it', ['地域貢献 (182) キャンペー', 'ン (127)', 'セキュリティ活用セミナー2025', '開催日：2025年6月9日 10:00〜16:30'], 240, 205, false],
  ['a column of sentences in the wide strip', ['当社は、今回の事案を受けて', '再発防止に努めます。'], 160, 205, false],
])('sideBarTracker, a side bar wider than the article (a narrow page): %s', (_label, texts, articleBefore, width, expected) => {
  const columns: SideColumn[] = [];
  const isChrome = sideBarTracker(columns);
  const narrowArticle = new Array(8).fill('2025年11月26日に、不審な通信がありました。');
  // Page 1: the blog's boxes (210 pt wide) beside the article are dropped, and their strip remembered.
  const boxes = ['最近の投稿', '11周年記念キャンペーンを実施します', '2025.01.14', 'アーカイブ', '2025年4月 (15)', 'カテゴリー', 'お知らせ (99)'];
  expect(isChrome(column(boxes, 237, 210), column(narrowArticle, 20, articleBefore))).toBe(true);
  // Page 2: the article 160 pt wide; the side's first line in larger type.
  const side = column(texts, 237, width);
  side[0] = itemAtom({ str: texts[0]!, x: 237, y: 600, width, size: 20 });
  expect(isChrome(side, column(narrowArticle, 51, 160))).toBe(expected);
});

test.each([
  ['an old site\'s last-updated line', [...BODY, '最終更新日 2024.12.26', 'Copyright(C) 1963-2024 株式会社サンプル'], '2024-12-26'],
  ['このページの更新日 in a 令和 date', [...BODY, 'このページの更新日：令和6年12月26日'], '2024-12-26'],
  // A date in the release, or two update lines that differ, give none.
  ['no update line', [...BODY, '2024年12月26日に公表しました。'], null],
  ['two update lines that differ', ['最終更新日 2024.12.26', ...BODY, '最終更新日 2025.01.10'], null],
  ['a sentence about an update', [...BODY, '更新日時点で確認できた件数は1,204件です。'], null],
  // The page's publication line beside its update line: the publication dates the page.
  ['公開日 and 更新日 lines', ['公開日：2026年4月17日', '更新日：2026年5月9日', ...BODY], '2026-04-17'],
  // Two publication lines that differ (a side box's entry's) leave the date open.
  ['two 公開日 lines that differ', ['公開日：2026年4月17日', '更新日：2026年5月9日', ...BODY, '公開日：2025年1月9日'], null],
  // A publication line alone (no date line by the title: an article card's footer under the text) dates the page, its view count aside.
  ['a 公開日 line without an update line', ['公開日：2026年4月17日', ...BODY], '2026-04-17'],
  ['a card footer\'s 掲載日 with the view count', [...BODY, '掲載日 2026年04月16日 閲覧数 1,181'], '2026-04-16'],
  ['a card footer\'s 掲載日 with a view count in PV', [...BODY, '掲載日：2026/04/16　1,181 PV'], '2026-04-16'],
  ['a 掲載日 line with a count that is no view count', [...BODY, '掲載日 2026年04月16日 対象者 1,181名'], null],
  ['two 掲載日 lines that differ', ['掲載日：2026年4月17日', ...BODY, '掲載日：2025年1月9日'], null],
  // The label after the date, a line alone under the article: 「（2025年11月13日 掲載）」「2025年4月4日 更新」.
  ['a bracketed date and 掲載 under the article', [...BODY, '以上', '（2025年11月13日 掲載）'], '2025-11-13'],
  ['a date and 更新 under the article', [...BODY, '2025年4月4日 更新', '一覧へ戻る'], '2025-04-04'],
  ['a date, 公開 and 更新 after their dates', ['2025年4月1日 公開', ...BODY, '2025年4月4日 更新'], '2025-04-01'],
  ['a sentence ending in a date and 更新', [...BODY, '対応状況は2025年4月4日更新'], null],
  ['a bare date under the article', [...BODY, '2025年4月3日'], null],
  // A sentence that mentions the publication is no date line.
  ['a sentence about the publication', [...BODY, '公開日から3日後に更新しました。', '最終更新日 2024.12.26'], '2024-12-26'],
])('pageUpdatedDate: %s', (_label, texts, expected) => {
  expect(pageUpdatedDate(page(texts))).toBe(expected);
});

/** Lines of two pages: page 1 in 10 pt body type, page 2 opening with the given lines in 8 pt type. */
const twoPages = (page2: { text: string; y: number }[]): PdfLine[] => [
  ...[700, 682, 664].map((y, k) => ({ page: 1, items: [], x: 50, right: 500, y, size: 10, cells: [`当社は、再発防止に努めてまいります。${k}`], cellX: [50], position: (792 - y) / 792, spaceBefore: false, spaceAfter: false }) as PdfLine),
  ...page2.map(({ text, y }) => ({ page: 2, items: [], x: 50, right: 300, y, size: 8, cells: [text], cellX: [50], position: (792 - y) / 792, spaceBefore: false, spaceAfter: false }) as PdfLine),
];

test.each([
  ['a box\'s heading carried over to the top of a page, its entries one line below, stays', [{ text: '関連ニュース', y: 755 }, { text: '・2025/03/02 価格改定のお知らせ', y: 743 }], ['関連ニュース', '・2025/03/02 価格改定のお知らせ']],
  ['a running head in small type standing apart at the top goes', [{ text: '株式会社サンプル ニュースリリース', y: 775 }, { text: '・2025/03/02 価格改定のお知らせ', y: 700 }], ['・2025/03/02 価格改定のお知らせ']],
])('dropRunningLines: %s', (_label, page2, expected) => {
  expect(dropRunningLines(twoPages(page2), 2).filter((l) => l.page === 2).map((l) => l.cells[0])).toEqual(expected);
});

/** Two pages of 10 pt text at mid-page, with the given lines (8 pt unless told) set about them. */
const pageBreak = (extra: { page: number; text: string; y: number; size?: number; x?: number }[]): PdfLine[] => [
  ...[1, 2].flatMap((page) => [400, 382, 364].map((y, k) => ({ page, items: [], x: 50, right: 500, y, size: 10, cells: [`当社は、調査を継続しております。${k}`], cellX: [50], position: (792 - y) / 792, spaceBefore: false, spaceAfter: false }) as PdfLine)),
  ...extra.map(({ page, text, y, size = 8, x = 50 }) => ({ page, items: [], x, right: 400, y, size, cells: [text], cellX: [x], position: (792 - y) / 792, spaceBefore: false, spaceAfter: false }) as PdfLine),
];

test.each([
  // A blog theme's numbered h4, smaller than the text, printed at a page's break: the text's heading, kept.
  ['a numbered heading atop page 2 over the text it heads stays', [{ page: 2, text: '② 漏えい件数', y: 775 }, { page: 2, text: 'お客様数:約438万人', y: 747, size: 10 }], '② 漏えい件数', true],
  ['a katakana-numbered heading atop a page stays', [{ page: 2, text: 'イ　個人データの件数', y: 775 }, { page: 2, text: '3,093件', y: 750, size: 10 }], 'イ　個人データの件数', true],
  ['a numbered heading at page 1\'s foot under the section it follows stays', [{ page: 1, text: '漏洩のおそれがある個人情報(第2報から変更はありません)', y: 60, size: 10 }, { page: 1, text: '①お取引先さま・お客さま:74名', y: 33 }], '①お取引先さま・お客さま:74名', true],
  // negative: no section's number (a running head, a footer's copyright), no line of the body's type beside it (a side
  // box's numbered entries), or the text's line starting elsewhere: the small line at the page's edge goes.
  ['a running head over the text goes (negative)', [{ page: 2, text: '株式会社サンプル ニュースリリース', y: 775 }, { page: 2, text: 'お客様数:約438万人', y: 747, size: 10 }], '株式会社サンプル ニュースリリース', false],
  ['a footer\'s copyright at page 1\'s foot goes (negative)', [{ page: 1, text: '漏洩のおそれがある個人情報', y: 60, size: 10 }, { page: 1, text: 'Copyright © 2025 株式会社サンプル', y: 33 }], 'Copyright © 2025 株式会社サンプル', false],
  ['a side box\'s numbered entry atop a page goes (negative)', [{ page: 2, text: '2. 新サービス提供開始のお知らせ', y: 775 }, { page: 2, text: '3. 窓口受付時間変更のお知らせ', y: 747 }], '2. 新サービス提供開始のお知らせ', false],
  ['a numbered line over text that starts elsewhere goes (negative)', [{ page: 2, text: '② 漏えい件数', y: 775 }, { page: 2, text: 'お客様数:約438万人', y: 747, size: 10, x: 300 }], '② 漏えい件数', false],
  ['a numbered line standing far from the text goes (negative)', [{ page: 2, text: '② 漏えい件数', y: 775 }, { page: 2, text: 'お客様数:約438万人', y: 700, size: 10 }], '② 漏えい件数', false],
])('dropRunningLines, a small line at a page\'s break: %s', (_label, extra, text, stays) => {
  expect(dropRunningLines(pageBreak(extra), 2).some((l) => l.cells[0] === text)).toBe(stays);
});

const columnAtoms = (texts: string[], x: number, width: number) => texts.map((t, k) => itemAtom({ str: t, x, y: 700 - k * 16, width, size: 10 }));

test.each([
  ['a side bar headed 最近の投稿 beside the article', ['最近の投稿', 'セミナー開催のご案内', '夏季休業期間のお知らせ'], ['当社は不正アクセスを受けました。', 'お客様情報が漏洩した可能性があります。', '深くお詫び申し上げます。', '再発防止に努めます。'], true],
  // A narrow side bar's heading wraps: 「アクセスランキ」 over 「ング」.
  ['a ranking box whose heading wraps in a narrow column', ['アクセスランキ', 'ング', '1. ホームペー', 'ジをリニュ', '（2024/11/19）'], ['当社は不正アクセスを受けました。', 'お客様情報が漏洩した可能性があります。', '深くお詫び申し上げます。', '再発防止に努めます。'], true],
  ['two short lines of the release that do not make a heading', ['アクセス', '数の推移', '1. 4月', '2. 5月'], ['当社は不正アクセスを受けました。', 'お客様情報が漏洩した可能性があります。', '深くお詫び申し上げます。', '再発防止に努めます。'], false],
  // The article's column, narrower by a little, with a related posts box at its foot, is the article.
  ['the article closed by a related posts box', ['当社は不正アクセスを受けました。', 'お客様情報が漏洩した可能性があります。', '深くお詫び申し上げます。', '関連記事', '価格改定のお知らせ'], ['メディア掲載 (109)', 'プレスリリース (96)', 'タグ', 'セミナー (27) サポート (9)', 'イベント情報'], false],
])('isSideChrome: %s', (_label, side, other, expected) => {
  expect(isSideChrome(columnAtoms(side, 300, 150), columnAtoms(other, 50, 200))).toBe(expected);
});

test.each([
  ['（2025年11月13日 掲載）', { iso: '2025-11-13', update: false }],
  ['2025年4月4日 更新', { iso: '2025-04-04', update: true }],
  ['2025/04/04 公開', { iso: '2025-04-04', update: false }],
  ['掲載日：2025年4月4日', null],
  ['2025年4月4日に掲載', null],
  ['令和7年4月3日現在', null],
  ['2025年4月4日 更新 2025年4月5日 更新', null],
])('labelAfterDate: %s', (text, expected) => {
  expect(labelAfterDate(text)).toEqual(expected);
});

test.each([
  ['the publication line with its label after the date, under the article, goes', ['当社は不正アクセスを受けました。', '再発防止に努めます。', '以上', '（2025年11月13日 掲載）'], ['当社は不正アクセスを受けました。', '再発防止に努めます。', '以上']],
  ['the same line above the text is the head\'s and stays', ['（2025年11月13日 掲載）', '当社は不正アクセスを受けました。', '再発防止に努めます。'], ['（2025年11月13日 掲載）', '当社は不正アクセスを受けました。', '再発防止に努めます。']],
])('dropPageChrome, a page date line: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});

/** A ruled table of the given rows (two cells each), in a side column at x 398. */
const sideTable = (rows: string[][], top: number): Atom =>
  tableAtom({ left: 398, right: 518, top, bottom: top - rows.length * 17, rows: rows.map((cells, k) => ({ items: [], x: 398, right: 518, y: top - 12 - k * 17, size: 10, cells, cellX: [398, 460], spaceBefore: false, spaceAfter: false })) });

test.each([
  // A company profile whose figures are a ruled table's rows (「| 資本金 | 2,994百万円 |」) under its heading, then an hours box.
  ['a narrow column: a profile\'s ruled table under 会社概要', [['資本金', '2,994百万円'], ['従業員数', '5,822名'], ['取引社数', '5,634社']], 120, true],
  ['a narrow column: a ruled table of the release\'s own counts', [['対象者', '5,822名'], ['対象件数', '5,634件']], 120, false],
  ['a profile\'s ruled table in a column as wide as the article', [['資本金', '2,994百万円'], ['従業員数', '5,822名']], 330, false],
])('isSideChrome, a ruled table in the column: %s', (_label, rows, width, expected) => {
  const side = [...column(['会社概要'], 398, width), sideTable(rows, 580), ...column(['（2025年3月21日現在）', '受付時間', '平日 8:30〜17:15'], 398, width).map((a) => ({ ...a, top: a.top - 60, bottom: a.bottom - 60 }))];
  expect(isSideChrome(side, column(ARTICLE, 37, 340))).toBe(expected);
});

// The title set in the trail's type right under it says the trail's last level again: no wrap of the trail (printfuzz s3 p020).
test.each([
  ['the title under the trail', ['ホーム > お知らせ > 不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ', ...BODY], 'ホーム > お知らせ > 不正アクセスに関するお知らせ'],
  // Negative case: the trail's wrap is read with it.
  ['the trail wrapped', ['ホーム > お知らせ > 当社サーバーへの不正アクセスによる個人情報漏えいの', '可能性について', ...BODY], 'ホーム > お知らせ > 当社サーバーへの不正アクセスによる個人情報漏えいの可能性について'],
])('breadcrumbTrail, the line under it: %s', (_label, texts, trail) => {
  expect(breadcrumbTrail(page(texts))).toBe(trail);
});

/** A breadcrumb whose links wrap each in its own box (cells at 224, 260, 300), then the title and text. */
const boxedTrail = (rows: string[][]): PdfLine[] => [
  ...rows.map((cells, k) => ({ page: 1, items: [], x: 224, right: 600, y: 465 - k * 13, size: 9, cells, cellX: [224, 260, 300].slice(0, cells.length), position: 0.2, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine),
  ...page(['当社ウェブサイトにおける表示不具合について', ...BODY], 400),
];

test.each([
  ['a trail whose links wrap in their boxes', [['ホー', '/ お知', '/ 当社ウェブサイトにおける表示'], ['ム', 'らせ', '不具合について']], 'ホーム / お知らせ / 当社ウェブサイトにおける表示不具合について', true],
  ['a last box wrapping onto a third line', [['ホ', '/ お知', '/ 2025年'], ['ー', 'らせ', '2月28日'], ['ム']], 'ホーム / お知らせ / 2025年2月28日', true],
  // A row of cells of the release (a two-column table wrapped) is no trail.
  ['a table\'s row wrapped in its cells', [['対象', '氏名、住所、電話'], ['者', '番号']], null, false],
  ['a trail on one line', [['ホーム > お知らせ > 当社ウェブサイトにおける表示不具合について']], 'ホーム > お知らせ > 当社ウェブサイトにおける表示不具合について', true],
  // Separators drawn, not printed (a CSS chevron): the gaps part the links; the trail is read, and goes like a printed one.
  ['a trail whose separators print as gaps', [['ホーム 新着情報 2026年6月17日 当社ウェブサイトにおける表示不具合について']], 'ホーム > 新着情報 > 2026年6月17日 > 当社ウェブサイトにおける表示不具合について', true],
  ['words after the home label with no section\'s are no trail', [['ホーム 採用情報 説明会のご案内']], null, false],
])('breadcrumbTrail and dropPageChrome, a trail: %s', (_label, rows, trail, dropped) => {
  const lines = boxedTrail(rows);
  expect(breadcrumbTrail(lines)).toBe(trail);
  const left = kept(lines);
  expect(left.length === lines.length - rows.length).toBe(dropped);
  expect(left).toContain('当社ウェブサイトにおける表示不具合について');
});

// A narrow print's side bar fills page 1: the trail is the first the print shows, on the first page holding one.
test.each([
  ['the trail on page 2 under a side bar', ['新着情報', '2025/02/11 ホームページをリニューアルしました'], ['ホーム > お知らせ > 2025/04/22 > 当社が利用するメールシステムへ'], 'ホーム > お知らせ > 2025/04/22 > 当社が利用するメールシステムへ'],
  ['the trail on page 1 is taken, not page 2\'s', ['ホーム > お知らせ > 不正アクセスについて'], ['ホーム > 採用情報 > 説明会'], 'ホーム > お知らせ > 不正アクセスについて'],
  // Not so: 「ホームページを…」 is no trail's home link.
  ['no trail on any page', ['2025/02/11 ホームページをリニューアルしました'], ['当社サーバーへの不正アクセスが判明しました。'], null],
] as [string, string[], string[], string | null][])('breadcrumbTrail, the first page holding one: %s', (_label, first, second, trail) => {
  const lines = [...page(first), ...page(second).map((l) => ({ ...l, page: 2 }))];
  expect(breadcrumbTrail(lines)).toBe(trail);
});

/** Lines of two pages: the text 「page|x|text」 sets a line's page and x (18 pt apart down each page). */
const pages = (specs: string[]): PdfLine[] => {
  const onPage = new Map<number, number>();
  return specs.map((spec) => {
    const [p, x, t] = spec.split('|') as [string, string, string];
    const k = onPage.get(Number(p)) ?? 0;
    onPage.set(Number(p), k + 1);
    return { ...page([t])[0]!, page: Number(p), x: Number(x), cellX: [Number(x)], y: 700 - k * 18, position: k / 40 };
  });
};
const LONG = 'さて、この度、弊社サイトにおきまして、第三者による不正アクセスが発生いたしました。詳細は以下のとおりです。';
const SIDE_LIST = ['1|398|新着記事', '1|410|新サービス「スマートサポート」', '1|410|提供開始のお知らせ2026.08.17', '1|410|夏季休業期間のお知らせ', '1|410|2025.07.30'];

test.each([
  ['the next page goes on with the article\'s column: its lines stay', [...SIDE_LIST, '2|50|平素は格別のご愛顧を賜わり、', '2|50|厚くお礼申しあげます。', `2|50|${LONG}`], ['平素は格別のご愛顧を賜わり、', '厚くお礼申しあげます。', LONG]],
  // The list's entries going on where they stood, or the site's footer (no sentence) in another column, go with the list.
  ['the list goes on in its column on the next page', [...SIDE_LIST, '2|410|採用説明会を開催しました', '2|410|2025.06.30', `2|50|${LONG}`], [LONG]],
  ['the site\'s footer on the next page, in another column', [...SIDE_LIST, '2|50|おかげさまで', '2|50|年間外来患者数 延べ19万人！', '2|50|病床数：149床'], []],
])('dropPageChrome, a side bar\'s list at a page\'s end: %s', (_label, specs, expected) => {
  expect(kept(pages(specs))).toEqual(expected);
});

const TEXT = ['平素より格別のご高配を賜り、厚く御礼申し上げます。', '1. 事象の概要', '当社サーバーへの不正アクセスを確認しました。', '2. 個人情報漏えいの可能性について', '氏名、電話番号が漏えいした可能性がございます。'];
test.each([
  ['a table of contents naming the headings below', ['目次', '1. 1. 事象の概要', '2. 2. 個人情報漏えいの可能性について', ...TEXT], TEXT],
  ['entries without numbers, the headings numbered', ['この記事の目次', '事象の概要', '個人情報漏えいの可能性について', ...TEXT], TEXT],
  // Entries naming nothing further down, or one entry only, are no table of contents.
  ['a heading 目次 over lines that name no heading', ['目次', '1. 経緯', '2. 原因', ...TEXT], ['目次', '1. 経緯', '2. 原因', ...TEXT]],
  ['one entry only', ['目次', '1. 事象の概要', ...TEXT], ['目次', '1. 事象の概要', ...TEXT]],
])('dropPageChrome, a table of contents: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});

/** A footer's lines under the article: text, type size, baseline (a footer's items, each its own box, 15.5 pt apart). */
const footer = (rows: [string, number, number][]): PdfLine[] => rows.map(([t, size, y]) => ({ ...page([t])[0]!, y, size, position: 0.8 }));
const ARTICLE_LINES = [...BODY, ...new Array(4).fill('当社は、再発防止に努めてまいります。')];
test.each([
  ['a company block set one item a line, its figures in smaller type', [['〒681-9516 広島県広島市中区紙屋町1丁目15番15号', 6.7, 500], ['TEL 082-9316-0149', 6.7, 484.5], ['資本金 29,000,000円 創業 2002年', 6.1, 469]], []],
  // The release's own contact block (no figures), or figures far below an address, stay.
  ['a contact block with no figures', [['〒681-9516 広島県広島市中区紙屋町1丁目15番15号', 6.7, 500], ['TEL 082-9316-0149', 6.7, 484.5], ['受付時間 平日9:00〜17:00', 6.1, 469]], ['〒681-9516 広島県広島市中区紙屋町1丁目15番15号', 'TEL 082-9316-0149', '受付時間 平日9:00〜17:00']],
  ['figures far below the address', [['〒681-9516 広島県広島市中区紙屋町1丁目15番15号', 6.7, 560], ['TEL 082-9316-0149', 6.7, 484.5], ['資本金 29,000,000円 創業 2002年', 6.1, 469]], ['〒681-9516 広島県広島市中区紙屋町1丁目15番15号', 'TEL 082-9316-0149', '資本金 29,000,000円 創業 2002年']],
])("dropPageChrome, a footer's company block: %s", (_label, rows, expected) => {
  expect(kept([...page(ARTICLE_LINES, 800), ...footer(rows as [string, number, number][])]).slice(ARTICLE_LINES.length)).toEqual(expected);
});

test.each([
  // A footer's contact and figure cells in a table row, the phone number cut at the cell's edge.
  ['a phone cell beside a member count', ['TEL 022-3171-', '会員数 47,871名'], true],
  ['postal code and staff count', ['〒712-9869', '従業員数：1,644名'], true],
  ['full-width TEL', ['ＴＥＬ　03-1234-5678', '資本金 1億円'], true],
  // The release's own table: its counts open with no profile label; a contact row alone holds no figure.
  ['a release\'s count row', ['対象者数', '47,871名'], false],
  ['contact cells only', ['TEL 022-3171-4567', 'FAX 022-3171-4568'], false],
  ['a figure beside a sentence', ['会員数 47,871名', '本件の対象は会員の皆様です。'], false],
  ['one cell', ['会員数 47,871名'], false],
])('isFooterContactRow: %s', (_label, cells, expected) => {
  expect(isFooterContactRow(cells)).toBe(expected);
});

/** A line of one page: a ruled table's row (cells at x 46 and 108) or a line of one cell. */
const at = (page: number, y: number, cells: string[], table: boolean, x = 46): PdfLine =>
  ({ page, items: [], x, right: 400, y, size: 12, cells, cellX: cells.length > 1 ? [46, 108] : [x], position: 1 - y / 842, spaceBefore: false, spaceAfter: false, block: 0, column: page, ...(table ? { table: true } : {}) }) as PdfLine;
const ROW_ABOVE = at(2, 60, ['10 月 23日', '主要な外部クラウドサービスに関連するパスワードを変更完了しました。'], true);
test.each([
  ['a spanning cell\'s first lines painted again at the page\'s foot goes', [ROW_ABOVE, at(2, 27, ['10 月 24'], false, 49), at(3, 800, ['10 月 24日', '・管理アカウントの MFA 適用'], true)], false],
  ['a note at the page\'s foot that the next row does not open with stays', [ROW_ABOVE, at(2, 27, ['※1 管理者権限'], false, 49), at(3, 800, ['10 月 24日', '・管理アカウントの MFA 適用'], true)], true],
  ['the same words opening the next page\'s paragraph (no table row) stay', [ROW_ABOVE, at(2, 27, ['10 月 24'], false, 49), at(3, 800, ['10 月 24日に全てのパスワードを変更しました。'], false)], true],
  ['a line under no table stays', [at(2, 60, ['当社は、再発防止に努めてまいります。'], false), at(2, 27, ['10 月 24'], false, 49), at(3, 800, ['10 月 24日', '・管理アカウントの MFA 適用'], true)], true],
])('dropPageChrome, a page break: %s', (_label, lines, stays) => {
  expect(dropPageChrome(lines).some((l) => l.page === 2 && l.y === 27)).toBe(stays);
});

/** Three pages in 10 pt body type; the foot of each (position past 0.875) given per page. */
const footedPages = (feet: { text: string; y: number; x?: number }[][]): PdfLine[] => feet.flatMap((foot, p) => [
  ...[200, 180, 160].map((y, k) => ({ page: p + 1, items: [], x: 50, right: 500, y, size: 10, cells: [`当社は、再発防止に努めてまいります。${k}`], cellX: [50], position: (842 - y) / 842, spaceBefore: false, spaceAfter: false }) as PdfLine),
  ...foot.map(({ text, y, x = 50 }) => ({ page: p + 1, items: [], x, right: 300, y, size: 10, cells: [text], cellX: [x], position: (842 - y) / 842, spaceBefore: false, spaceAfter: false }) as PdfLine),
]);

test.each([
  // A table row's last cell wrapped at a page's foot, one line under its row: the text's, kept.
  ['a figure carried on under its row at the page\'s foot stays', [[{ text: '19 JR 九州住宅株式会社 2017/06 〜 2025/10', y: 91 }, { text: '136', y: 71 }], [], []], ['19 JR 九州住宅株式会社 2017/06 〜 2025/10', '136']],
  // negative: a page number standing apart, or under a line that starts elsewhere, or recurring on every page, goes
  ['a page number standing apart goes (negative)', [[{ text: '19 JR 九州住宅株式会社 2017/06 〜 2025/10', y: 91 }, { text: '136', y: 30 }], [], []], ['19 JR 九州住宅株式会社 2017/06 〜 2025/10']],
  ['a page number centred under the last line goes (negative)', [[{ text: '19 JR 九州住宅株式会社 2017/06 〜 2025/10', y: 91 }, { text: '- 1 -', y: 71, x: 290 }], [], []], ['19 JR 九州住宅株式会社 2017/06 〜 2025/10']],
  ['a page number right under the text on every page goes (negative)', [[{ text: '以上の対応を実施しております。', y: 91 }, { text: '1', y: 71 }], [{ text: '調査を継続しております。', y: 91 }, { text: '2', y: 71 }], [{ text: '深くお詫び申し上げます。', y: 91 }, { text: '3', y: 71 }]], ['以上の対応を実施しております。']],
])('dropRunningLines: %s', (_label, feet, expected) => {
  expect(dropRunningLines(footedPages(feet), 3).filter((l) => l.page === 1 && l.position > 0.875).map((l) => l.cells[0])).toEqual(expected);
});

describe('headNewsLines: a news box in the page\'s head, above the title', () => {
  /** Page-1 lines top down, each [text, size]: 18 pt apart. */
  const head = (rows: [string, number][], page = 1): PdfLine[] =>
    rows.map(([t, size], k) => ({ page, items: [], x: 50, right: 500, y: 760 - k * 18, size, cells: [t], cellX: [50], position: k / 40, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine);
  const TITLE: [string, number] = ['【重要】ホームページに関する不正リンクについて', 18];
  const BODY: [string, number][] = [['公開日：2026年1月4日 更新日：2026年1月24日', 9], ['平素より弊社サービスをご利用いただき、誠にありがとうございます。', 9], ['当社ウェブサイトが第三者による不正アクセスを受けました。', 9], ['調査の結果を以下にご報告いたします。', 9]];
  test.each([
    ['three dated headlines beside the logo, in no order', [['オフィシャルサイト', 9], ['2025/11/29 セミナー開催のご案内', 6], ['2025/12/21 ウェブサイトリニューアルのお知らせ（導入社数2,999社）', 6], ['2025/11/14 年末年始の営業について', 6], TITLE, ...BODY], [1, 2, 3]],
    ['two dated headlines', [['2025.04.16 システムメンテナンスのお知らせ', 8], ['2025.05.07 新サービス提供開始のお知らせ', 8], TITLE, ...BODY], [0, 1]],
    // Not so: one dated line (the page's date line above its title), dated lines under the title, dates with no headline, no title.
    ['a date line above the title', [['2025年12月21日 お知らせ', 9], TITLE, ...BODY], []],
    ['the release\'s own dated lines under its title', [TITLE, ...BODY, ['2025年12月3日 不正アクセスを検知', 9], ['2025年12月5日 サーバーを停止', 9]], []],
    ['two dates alone above the title', [['2025年12月21日', 9], ['2025年12月22日', 9], TITLE, ...BODY], []],
    ['no title set larger than the text', [['2025/11/29 セミナー開催のご案内', 9], ['2025/12/21 ウェブサイトリニューアルのお知らせ', 9], ['当社ウェブサイトが第三者による不正アクセスを受けました。', 9], ...BODY], []],
    // A side column's schedule printed above the article (pages-ab netcommons-ab08, ab19): its days without the year, an
    // event's name after each, the box's heading in their type with them; under a logo set larger than the title too.
    ['a schedule box above the title, its heading with it', [['学校の様子をお伝えします', 9], ['行事予定', 9], ['8月4日（月）避難訓練', 9], ['8月6日（水）音楽会', 9], ['9月3日（水）個人懇談会', 9], ['学校ブログ', 10], TITLE, ...BODY], [1, 2, 3, 4]],
    ['a schedule box under a logo set larger than the title', [['住友金属鉱山株式会社', 33], ['行事予定', 9], ['5月18日（月）定例教育委員会', 9], ['5月22日（金）成人式実行委員会', 9], ['お知らせ', 10], TITLE, ...BODY], [1, 2, 3]],
    // Not so: the release's own schedule under its title; one day alone above it; a day with no event after it.
    ['the release\'s own schedule under its title', [['住友金属鉱山株式会社', 33], TITLE, ['平素より弊社サービスをご利用いただき、誠にありがとうございます。', 9], ['8月4日（月）説明会', 9], ['8月6日（水）説明会', 9], ...BODY], []],
    ['one schedule day above the title', [['行事予定', 9], ['8月4日（月）避難訓練', 9], TITLE, ...BODY], []],
    ['days alone above the title', [['8月4日（月）', 9], ['8月6日（水）', 9], TITLE, ...BODY], []],
  ] as [string, [string, number][], number[]][])('%s', (_label, rows, expected) => {
    const lines = head(rows);
    expect(headNewsLines(lines, lines.map((l) => l.cells.join(' ')))).toEqual(expected);
  });
});

describe('headAlertLines: an alert bar\'s dated headline in the page\'s head', () => {
  const head = (rows: [string, number][]): PdfLine[] =>
    rows.map(([t, size], k) => ({ page: 1, items: [], x: 50, right: 500, y: 760 - k * 18, size, cells: [t], cellX: [50], position: k / 40, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine);
  const ALERT: [string, number] = ['緊急情報 2026/01/24 15:13 大雨による臨時休業(55店舗)について', 7.2];
  const BODY: [string, number][] = [['平素より当サイトをご利用いただき、誠にありがとうございます。', 7.2], ['2025年12月30日17時頃にサーバーを再開しました。', 7.2]];
  test.each([
    ['above the trail, the title in the text\'s type', [['オフィシャルサイト', 7.2], ALERT, ['ホーム > お知らせ > サイバー攻撃について', 7.2], ['投稿日 令和7年12月30日', 7.2], ['サイバー攻撃について', 7.2], ...BODY], [1]],
    ['above a title set larger', [['Ａ株式会社', 7.2], ['重大 2025.05.08 システムメンテナンスのお知らせ', 7.2], ['海外子会社のシステムに対する不正アクセスについて', 14], ['2025年12月3日', 7.2], ...BODY], [1]],
    ['under a cookie notice\'s sentence', [['当サイトではCookieを使用しています。', 6], ALERT, ...BODY], [1]],
    // A cookie notice wrapped over two lines right over its button (printfuzz s8 p053): its second line's sentence is the notice's.
    ['under a cookie notice wrapped over its button', [['当サイトではCookieを使用しています。496社のパートナーと情報を共有する', 7.2], ['場合があります。', 7.2], ['同意する', 6], ['オフィシャルサイト', 7.2], ALERT, ['ホーム > お知らせ > 業務委託先における不正アクセス被害について', 7.2], ...BODY], [4]],
    // Not so: the page's own date line (its label names the date; a category; no headline), a line under the first sentence.
    ['the page\'s labelled date line', [['投稿日 2025/12/30 10:00 サイバー攻撃について', 7.2], ...BODY], []],
    ['a date line with its category', [['重要 2025.12.30 サイバー攻撃に関するお知らせ', 7.2], ...BODY], []],
    ['a date and a short label', [['NEWS 2025.12.30 お知らせ', 7.2], ...BODY], []],
    ['a dated line under the first sentence', [...BODY, ALERT], []],
    // A wrapped sentence about cookies with no button under it may be the release's: it ends the head.
    ['under a wrapped cookie sentence with no button', [['当サイトではCookieを使用しています。496社のパートナーと情報を共有する', 7.2], ['場合があります。', 7.2], ALERT, ...BODY], []],
  ] as [string, [string, number][], number[]][])('%s', (_label, rows, expected) => {
    const lines = head(rows);
    expect(headAlertLines(lines, lines.map((l) => l.cells.join(' ')))).toEqual(expected);
  });
});

describe('headAlertLines: an alert bar on a first page that is all head, or wrapped in a narrow column', () => {
  // [text, page, y, x, right]: a print at 14.4 pt, 842 pt high.
  const print = (rows: [string, number, number, number, number][]): PdfLine[] =>
    rows.map(([t, page, y, x, right]) => ({ page, items: [], x, right, y, size: 14.4, cells: [t], cellX: [x], position: (842 - y) / 842, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine);
  const MENU: [string, number, number, number, number][] = [['株式会社ギオン', 1, 700, 55, 173], ['ホーム', 1, 660, 80, 130], ['私たちについて', 1, 636, 80, 197], ['採用情報', 1, 612, 80, 148], ['サイト内検索 検索', 1, 560, 42, 256]];
  const ARTICLE: [string, number, number, number, number][] = [['不正アクセスに関するご報告', 2, 700, 28, 245], ['この度、当社サーバーが第三者により不正アクセスされたことをご報告いたします。', 2, 660, 28, 650]];
  const ALERT_LOW: [string, number, number, number, number] = ['緊急情報 2024.04.23 大雨による臨時休業（４０店舗）について', 1, 190, 38, 515];
  const NARROW: [string, number, number, number, number][] = [['緊急情報 2025.01.20 大雨に', 1, 600, 33, 213], ['よる臨時休業（23店舗）につ', 1, 579, 33, 222], ['いて', 1, 558, 33, 62]];
  test.each([
    // printfuzz s8 p010: the menu and the side bar stacked above the article fill page 1; the alert stands low on it.
    ['low on a first page of menu and side bar', [...MENU, ALERT_LOW, ['カテゴリー', 1, 120, 38, 124], ...ARTICLE], [5]],
    // printfuzz s4 p057: the alert's headline wrapped twice in a narrow column, each line as wide as the column.
    ['wrapped in a narrow column', [...MENU, ...NARROW, ...ARTICLE], [5, 6, 7]],
    // Not so: page 1 holds the release's first sentence (the head ends above it, at the top half), or a line below
    // the first set apart or indented is another block's (its headline alone is too short).
    ['low on a first page that holds a sentence', [...MENU, ['この度、当社サーバーが第三者により不正アクセスされたことをご報告いたします。', 1, 500, 28, 650], ALERT_LOW, ...ARTICLE], []],
    ['its first line alone, the next set apart', [...MENU, NARROW[0]!, ['よる臨時休業（23店舗）につ', 1, 520, 33, 222], ...ARTICLE], []],
    ['its first line alone, the next indented', [...MENU, NARROW[0]!, ['よる臨時休業（23店舗）につ', 1, 579, 80, 262], ...ARTICLE], []],
  ] as [string, [string, number, number, number, number][], number[]][])('%s', (_label, rows, expected) => {
    const lines = print(rows);
    expect(headAlertLines(lines, lines.map((l) => l.cells.join(' ')))).toEqual(expected);
  });
});

describe('profileCards: a profile card printed as a definition list', () => {
  const BODY = ['当社サーバーへの不正アクセスにより、お客様情報 1,204 件が流出した可能性があります。'];
  test.each([
    ['a university\'s card, a label run into the figure above it', [...BODY, '大学概要', '学生数', '8.8万名（2026年5月10日現在）教員数', '３２５名', '学部', '１０７学部'], [1, 2, 3, 4, 5, 6]],
    ['a company\'s card, a figure wrapped', ['設立', '1953年', '資本金', '- ４８９９百万円従業員数', '- 4.6万名（2025.03.05現', '- 在）', '拠点数', '- 263拠点', ...BODY], [0, 1, 2, 3, 4, 5, 6, 7]],
    ['a hospital\'s card', ['病院概要', '病床数', '831床', '診療科', '23科', '職員数', '2,063人（令和7年12月19日現在）外来患者数', '1日平均2058人', ...BODY], [0, 1, 2, 3, 4, 5, 6, 7]],
    // Not so: the release's own figures under a heading (no profile's labels), one profile figure alone, figures in sentences.
    ['the release\'s counts under their headings', ['漏えいした件数', '1,204件', '対象期間', '2025年4月1日～2025年4月3日', ...BODY], []],
    ['one profile label', ['従業員数', '120名', '対象者', '3,000名', ...BODY], []],
    // Each field on one line, its label and its figure; the card ends at its last field (the next box's heading, a
    // headline wrapped in the narrow column after it, stay for their own rules).
    // (Its field 「学部 12学部」, a label no profile takes, is the card's too.)
    ['a university\'s card of fields', [...BODY, '大学概要', '学生数 18,253名（2024.11.17現在）', '教員数 724名', '学部 12学部'], [1, 2, 3, 4]],
    ['a company\'s card of fields, then the next box', [...BODY, '会社概要', '設立 1992年', '資本金 2371百万円', '従業員数 61551名（令和7年5月26日現在）', '拠点数 79拠点', '人気記事', '不正アクセスによ', 'る情報漏洩に関す', ...BODY], [1, 2, 3, 4, 5]],
    // Not so: one field among the release's own figures under their headings.
    ['one field among the release\'s figures', [...BODY, '従業員数 120名', '対象者', '3,000名', '対象件数', '1,204件', ...BODY], []],
    ['figures in sentences', ['設立は1953年です。', '資本金は4,899百万円です。', ...BODY], []],
    // Fields whose labels no profile takes fill a card of two profile labels (「診療科 12科」「外来患者数 1日平均2015人」),
    // a label cell wrapped around its figure too (「外来患者」 over 「1日平均992人」 over 「数」).
    ['a hospital\'s card of fields', [...BODY, '病院概要', '病床数 930床', '診療科 12科', '職員数 384人(2024年10月31日現在)', '外来患者数 1日平均2015人', '人気記事', ...BODY], [1, 2, 3, 4, 5]],
    ['a hospital\'s card, a label wrapped around its figure', [...BODY, '病院概要', '病床数 525床', '診療科 31科', '職員数 656人(2024.12.30現在)', '外来患者', '1日平均992人', '数', '人気記事', ...BODY], [1, 2, 3, 4, 5, 6, 7]],
    // Not so: the release's fields with one profile label; a release's field over the card is no heading of it; a
    // short title with its date line after a card is no field.
    ['the release\'s fields, one profile label', [...BODY, '漏えい件数 1,204件', '対象者数 500名', '従業員数 120名', ...BODY], []],
    ['a release\'s field over a card', [...BODY, '漏えい件数 1,204件', '病床数 930床', '職員数 384人', ...BODY], [2, 3]],
    ['a title and its date after a card', ['病床数 930床', '職員数 384人', 'お詫び', '2025年1月10日', ...BODY], [0, 1]],
    // A headline with a figure after a card is no field of it (no space or colon after its label, words after its unit).
    ['a headline after a card', [...BODY, '会社概要', '設立 1988年', '資本金 608百万円', '今なら90376名様にギフト券プレゼント', ...BODY], [1, 2, 3]],
  ] as [string, string[], number[]][])('%s', (_label, texts, expected) => {
    const lines = page(texts);
    expect(profileCards(lines, lines.map((l) => l.cells.join(' ')))).toEqual(expected);
  });
});

describe('statisticWidgets: a live statistics widget\'s line, figures as of a day and time', () => {
  const BODY = ['当社サーバーへの不正アクセスにより、お客様情報 1,204 件が流出した可能性があります。'];
  test.each([
    ['under the article', [...BODY, '2024/07/27 09:31 現在 日経平均 2.7万円 本日の来場者 4,259人 降水確率 ３９%'], [1]],
    ['wrapped onto a second line', [...BODY, '2026/03/02 14:39 現在 日経平均 5.4万円', '本日の来場者 4904人 降水確率 ５０%', ...BODY], [1, 2]],
    // A figure wrapped from its unit (printfuzz s3 p029): the two lines read as one.
    ['a figure wrapped from its unit', [...BODY, '2026/11/27 09:23 現在 日経平均 25,791', '円 本日の来場者 7750人 降水確率 ２', ...BODY], [1, 2]],
    // Not so: one figure in the two lines read as one.
    ['one figure wrapped from its unit', [...BODY, '2026/11/27 09:23 現在 日経平均 25,791', '円 (前日比)', ...BODY], []],
    // Not so: the release's figures as of a day (no clock time; in a sentence), one figure, the next line a date line.
    ['the release\'s figures as of a day', ['2025年1月10日現在 漏えい件数 1,234件 対象者 500名', ...BODY], []],
    ['as of a time, in a sentence', ['2025年1月10日 17:00 現在、漏えい件数は1,234件、対象者は500名です。', ...BODY], []],
    ['one figure', ['2025/01/10 17:00 現在 来場者 1,234人', ...BODY], []],
    // Wrapped down a very narrow column, a few characters a line: read down the column, up to the next box's heading.
    ['wrapped down a narrow column', [...BODY, '2025/03/08', '11:39 現在 日', '経平均 6.1万円', '本日の来場者', '5650人 降水', '確率 33%', 'イベント情報', ...BODY], [1, 2, 3, 4, 5, 6]],
    // Not so: a release's figures as of a time wrapped so (a sentence), one figure down the column.
    ['a sentence wrapped down a narrow column', [...BODY, '2025/01/10', '17:00 現在、対象', '者は500名、件数は', '1,234件です。', ...BODY], []],
    ['one figure down a narrow column', [...BODY, '2025/01/10', '17:00 現在', '来場者 1,234人', 'イベント情報', ...BODY], []],
  ] as [string, string[], number[]][])('%s', (_label, texts, expected) => {
    const lines = page(texts);
    expect(statisticWidgets(lines, lines.map((l) => l.cells.join(' ')))).toEqual(expected);
  });
});

test('dropPageChrome: the site footer over the browser\'s own footer on a print of one page goes as it would without it', () => {
  const lines = page([...BODY, ...BODY, '〒887-1465 大阪府大阪市北区梅田8丁目 TEL:07-7561-5969', '従業員数 37559名 / 取引先 589社', 'Copyright © 2025 All Rights Reserved.', 'file:///tmp/print/p057.html 1/1']);
  // (The browser's footer in its own smaller type at the paper's foot.)
  lines[lines.length - 1] = { ...lines[lines.length - 1]!, x: 24, y: 17, size: 8, position: 0.98 };
  expect(kept(lines)).toEqual([...BODY, ...BODY, '〒887-1465 大阪府大阪市北区梅田8丁目 TEL:07-7561-5969']);
});

describe('dropPageChrome: both neighbours\' links close the article wherever the print sets them', () => {
  // A side column read after the article (many short lines) leaves the links no late place on the print.
  const SIDE = Array.from({ length: 12 }, (_v, k) => `ホームページをリニューアルしました ${k + 1}`);
  test.each([
    ['wrapped in a narrow column', [...BODY, ...BODY, '« 前の記事：個人情報保護方針', 'を改定しました（2025年10月29', '日） | 次の記事：導入企業を突破', 'しました（2026.07.07）»', ...SIDE], [...BODY, ...BODY]],
    ['on one line', [...BODY, ...BODY, '« 前の記事：システムメンテナンスのお知らせ（2026年4月15日） | 次の記事：個人情報保護方', ...SIDE], [...BODY, ...BODY]],
    // Not so: the previous one's label alone (the release's own words after it stay for the late rule), the next
    // one's label without the previous one's.
    ['the previous label alone', [...BODY, ...BODY, '前の記事：2025年4月1日のお知らせをご覧ください', '当社は引き続き調査を進めております。', ...SIDE], [...BODY, ...BODY, '前の記事：2025年4月1日のお知らせをご覧ください', '当社は引き続き調査を進めております。', ...SIDE]],
    ['the next label alone', [...BODY, ...BODY, '次の記事：2025年4月1日のお知らせ', '当社は引き続き調査を進めております。', ...SIDE], [...BODY, ...BODY, '次の記事：2025年4月1日のお知らせ', '当社は引き続き調査を進めております。', ...SIDE]],
  ] as [string, string[], string[]][])('%s', (_label, texts, expected) => {
    expect(kept(page(texts))).toEqual(expected);
  });
});

test.each([
  ['file:///tmp/print/p057.html 1/1', true],
  ['https://www.example.co.jp/news/2025/0415.html 2/3', true],
  // Not so: an address in the release's sentence, an address with no page number.
  ['詳細はhttps://example.jp/news/ 1/2 をご覧ください', false],
  ['https://www.example.co.jp/news/2025/0415.html', false],
])('isPrintFooter: %s', (text, expected) => {
  expect(isPrintFooter(text)).toBe(expected);
});

test.each([
  [['更新日：2026/10/05'], true],
  [['2026-04-27 掲載 更新日：2026/06/18'], true],
  [['更新日：2025年8月20日', '2/3'], true],
  [['最終更新日 令和7年9月12日'], true],
  // Not so: a publication line alone, a date with words of the release's, a page number alone.
  [['掲載日：2025年8月20日'], false],
  [['2025年8月20日 システムを更新'], false],
  [['2/3'], false],
  // A date's weekday and clock time are its own; 発表日 labels a publication as 公開日 does.
  [['2025年7月15日(火) 更新日：2025.09.15'], true],
  [['公開日：2026/05/18 09:05 更新日：2026.05.31'], true],
  [['発表日：2024-12-18 更新日：2025/01/02'], true],
  // Not so: a weekday and time with no update label, the release's sentence with a time.
  [['公開日：2026/05/18 09:05'], false],
  [['2025年7月15日(火) 17:00 システムを更新'], false],
] as [string[], boolean][])('isPageUpdateLine: %j', (cells, expected) => {
  expect(isPageUpdateLine(cells)).toBe(expected);
});

describe('consentNotices: a cookie notice printed in the flow, right over its buttons', () => {
  const NOTICE = '当サイトではCookieを使用しています。478社のパートナーと情報を共有する場合があります。';
  const BODY = ['当社サーバーへの不正アクセスにより、お客様情報 1,204 件が流出した可能性があります。'];
  test.each([
    ['a notice over its consent button, above the trail', [NOTICE, '同意する', 'ホーム > お知らせ > 不正アクセスについて', ...BODY], [0, 1]],
    ['a notice wrapped over two lines, over two buttons', ['当サイトではCookieを使用しています。221社のパートナーと情報を共', '有する場合があります。', '同意する 設定', ...BODY], [0, 1, 2]],
    ['a notice under the article, over its button', [...BODY, NOTICE, 'OK'], [1, 2]],
    // Not so: a sentence about cookies with no button under it, a button far below, a button row with no notice above.
    ['a release about cookies, no button', ['当社サイトではCookieを使用していますが、流出した情報に含まれておりません。', ...BODY], []],
    ['the button four lines further down', [NOTICE, ...BODY, ...BODY, ...BODY, '同意する'], []],
    ['a button alone', [...BODY, '閉じる'], []],
    ['a notice opening the page right over the trail, its button read elsewhere', [NOTICE, 'ホーム > お知らせ > 不正アクセスについて', ...BODY], [0]],
    ['a release\'s first sentence about cookies, no trail under it', ['当サイトではCookieを使用しておりますが、今回の事案とは関係ございません。', ...BODY], []],
    // Wrapped down a narrow column, a few characters a line, over its button: read as one paragraph.
    ['a notice wrapped down a narrow column over its button', ['当サイト', 'では', 'Cookieを', '使用して', 'います。', '599社の', 'パートナ', 'ーと情報', 'を共有す', 'る場合が', 'ありま', 'す。', '同意する', 'ホーム >', ...BODY], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    // Above the trail, not its first line (the header's search box over it), its button read in another column.
    ['a notice above the trail under the search box', ['サイト内検索 検索', NOTICE, 'ホーム > お知らせ > 不正アクセスについて', ...BODY], [1]],
    // Not so: a release's sentence about cookies wrapped so, no button under it.
    ['a release about cookies wrapped down a narrow column', ['当サイトでは', 'Cookieを使用', 'しています。', '流出した情報', 'に含まれて', 'おりません。', ...BODY], []],
  ] as [string, string[], number[]][])('%s', (_label, texts, expected) => {
    const lines = page(texts);
    expect(consentNotices(lines, lines.map((l) => l.cells.join(' ')))).toEqual(expected);
  });

  // The print's first line, its buttons not printed, right over the title set larger (printfuzz s7 p001).
  test.each([
    ['the print\'s first line over the title set larger', [[NOTICE, 7.2], ['不正アクセスに関するお知らせ', 14.4], [BODY[0]!, 7.2]], [0]],
    // Not so: over a line in its own type, or not the first line, or a release's sentence about cookies over a heading.
    ['over a line in its own type', [[NOTICE, 7.2], [BODY[0]!, 7.2]], []],
    ['under the title', [['不正アクセスに関するお知らせ', 14.4], [NOTICE, 7.2], ['経緯', 14.4]], []],
    ['a release\'s sentence about cookies over a heading', [['当社サイトではCookieを使用していますが、流出した情報に含まれておりません。', 7.2], ['経緯', 8]], []],
  ] as [string, [string, number][], number[]][])('%s', (_label, rows, expected) => {
    const lines = page(rows.map(([t]) => t)).map((l, k) => ({ ...l, size: rows[k]![1] }));
    expect(consentNotices(lines, lines.map((l) => l.cells.join(' ')))).toEqual(expected);
  });
});

describe('headNotices: a notice in the page\'s head, a sentence above the title in smaller type', () => {
  /** Page-1 lines top down, each [text, size]: 18 pt apart. */
  const head = (rows: [string, number][], page = 1): PdfLine[] =>
    rows.map(([t, size], k) => ({ page, items: [], x: 50, right: 500, y: 760 - k * 18, size, cells: [t], cellX: [50], position: k / 40, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine);
  const TITLE: [string, number] = ['情報漏えいに関するお詫びと報告', 21];
  const BODY: [string, number][] = [['当団体における情報漏えいについて、深くお詫び申し上げます。', 10.5], ['2025年1月27日、当団体のXの認証情報が漏えいしたことを確認しました。', 10.5], ['現在のところ、個人情報が漏えいした事実は確認されておりません。', 10.5], ['調査の結果を以下にご報告いたします。', 10.5]];
  const MENU: [string, number] = ['コーポレートサイト 製品・サービス 会社情報 お知らせ', 10.5];
  test.each([
    ['an announcement bar under the menu', [MENU, ['重要：2026年5月25日は窓口休業となります。', 9.7], ['1. ホーム', 10.5], ['2. お知らせ', 10.5], TITLE, ...BODY], [1]],
    ['a cookie banner over the trail', [['Cookieの使用について', 9], ['Home / News', 10.5], ['当サイトではCookieを使用します。詳しくはプライバシーポリシー（2024年5月16日改定）をご覧ください。', 9], TITLE, ...BODY], [2]],
    // Not so: the page's date line and trail above the title (no sentence), a sentence above the title in the text's type,
    // the release's sentences under its title, no title set larger than the text, a title low on the page.
    ['a date line and a trail above the title', [MENU, ['ホーム > お知らせ', 9], ['2025年1月28日 お知らせ', 9], TITLE, ...BODY], []],
    ['a sentence above the title in the text\'s type', [MENU, ['2025年1月27日、当団体のXの認証情報が漏えいしたことを確認しました。', 10.5], TITLE, ...BODY], []],
    ['a small sentence under the title', [MENU, TITLE, ['※2025年1月28日に内容を更新しました。', 9], ...BODY], []],
    ['no title set larger than the text', [['重要：2026年5月25日は窓口休業となります。', 9.7], ['情報漏えいに関するお詫びと報告', 12], ...BODY], []],
    ['the largest type low on the page', [['重要：2026年5月25日は窓口休業となります。', 9.7], ...BODY, ...BODY, ...BODY, ...BODY, ...BODY, TITLE, ...BODY], []],
  ] as [string, [string, number][], number[]][])('%s', (_label, rows, expected) => {
    const lines = head(rows);
    expect(headNotices(lines, lines.map((l) => l.cells.join(' ')))).toEqual(expected);
  });
});

describe('headStatistics: figures as of a day in the page\'s head, before any sentence', () => {
  /** Page-1 lines top down, each its cells: 18 pt apart. */
  const head = (rows: string[][], page = 1): PdfLine[] =>
    rows.map((cells, k) => ({ page, items: [], x: 50, right: 500, y: 760 - k * 18, size: 10, cells, cellX: cells.map((_c, i) => 50 + i * 200), position: k / 40, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine);
  const BODY = [['当社が利用するメールシステムが不正アクセスを受けました。'], ['調査の結果を以下にご報告いたします。']];
  const TITLE = ['当社が利用するメールシステムへの不正アクセスに関するお知らせ'];
  test.each([
    ['a municipal header, its as-of note under it', [['本文へ'], ['現在の人口 ３４６,３９５人 世帯数 158,759世帯'], ['（令和7年3月9日現在）'], ['トップページ ＞ お知らせ'], TITLE, ['令和7年4月18日'], ...BODY], [1, 2], []],
    // The logo's cell stays (it names the site); only the note's cell goes.
    ['the note in a cell beside the logo', [['現在の人口 45919人 世帯数 52153世帯'], ['総合ポータル', '（令和8年4月17日現在）'], TITLE, ...BODY], [0], [1]],
    ['figures and their day on one line', [['会員数 12,345名 加盟店 678店（2026年3月1日時点）'], TITLE, ...BODY], [0], []],
    // Not so: a title with its as-of day (one figure or none), figures with no day, figures under the first sentence, a later page.
    ['a title as of a day', [['不正アクセスに関するお知らせ（第2報：2025年1月10日現在）'], ...BODY], [], []],
    ['a title with one count, as of a day', [['個人情報1,234件の漏えいについて'], ['（2025年1月10日現在）'], ...BODY], [], []],
    ['a title with one count, its as-of day in a cell beside', [['個人情報1,234件の漏えいについて'], ['株式会社サンプル', '（2025年1月10日現在）'], ...BODY], [], []],
    ['figures with no day', [['現在の人口 45919人 世帯数 52153世帯'], TITLE, ...BODY], [], []],
    ['the release\'s figures under its sentences', [TITLE, ...BODY, ['対象 1,234件 うち氏名 567件'], ['（2025年1月10日現在）']], [], []],
  ] as [string, string[][], number[], number[]][])('%s', (_label, rows, expected, notes) => {
    const lines = head(rows);
    expect(headStatistics(lines, lines.map((l) => l.cells.join(' ')))).toEqual({ lines: expected, notes });
  });
  // The logo read as a line of its own between the figures and their note (on nearly the note's baseline, left of it):
  // the note's figures are the line standing over it in its column.
  const placedHead = (rows: [string, number, number, number][]): PdfLine[] =>
    [...rows, ...[TITLE, ...BODY].map(([t]) => [t!, 250, 670, 0] as [string, number, number, number])].map(([t, x, right, y], k) =>
      ({ page: 1, items: [], x, right, y: y || 500 - k * 18, size: 9, cells: [t], cellX: [x], position: k / 40, spaceBefore: false, spaceAfter: false, block: 0, column: 0 }) as PdfLine);
  test.each([
    ['the logo between the figures and their note', [['現在の人口 45919人 世帯数 52153世帯', 518, 679, 581], ['総合ポータル', 114, 222, 571], ['（令和8年4月17日現在）', 579, 679, 568]], [0, 2]],
    // Not so: the line over the note in its column holds no figures (a figure row far left of it, a title over it).
    ['figures elsewhere on the page\'s head', [['現在の人口 45919人 世帯数 52153世帯', 20, 180, 581], ['総合ポータル', 200, 300, 571], ['（令和8年4月17日現在）', 579, 679, 568]], []],
  ] as [string, [string, number, number, number][], number[]][])('%s', (_label, rows, expected) => {
    const lines = placedHead(rows);
    expect(headStatistics(lines, lines.map((l) => l.cells.join(' ')))).toEqual({ lines: expected, notes: [] });
  });
  test('not on a later page', () => {
    const lines = head([['現在の人口 45919人 世帯数 52153世帯'], ['（令和8年4月17日現在）'], ...BODY], 2);
    expect(headStatistics(lines, lines.map((l) => l.cells.join(' ')))).toEqual({ lines: [], notes: [] });
  });
  test('the logo\'s name beside the note stays in the page, the figures and the note go', () => {
    const lines = head([['現在の人口 47,821人 世帯数 128689世帯'], ['片山商事株式会社', '（令和7年10月10日現在）'], TITLE, ...BODY]);
    const text = kept(lines).join('\n');
    expect(text).toContain('片山商事株式会社');
    expect(text).not.toMatch(/47,821|令和7年10月10日/);
  });
});

/** A row of cells in 9 pt type at y on a page. */
const row = (page: number, y: number, cells: string[], x = 26): PdfLine =>
  ({ page, items: [], x, right: 560, y, size: 9, cells, cellX: cells.map((_, k) => x + k * 60), position: 1 - y / 842, spaceBefore: false, spaceAfter: false }) as PdfLine;
const CLOSING = row(2, 144, ['お問い合わせ先 サンプル株式会社 広報担当']);
const FOOTER = row(3, 757, ['オンラインショップ（運営：当社）']);
test.each([
  // A shop's ranking printed as rows across a page break: the ranks' row, the prices' row, the reviews' counts.
  ['a ranking\'s rows over a page break', [CLOSING, row(2, 77, ['2位', '商品石けん', '3位', '商品ほうじ茶', '4位', '商品石けん']), row(2, 65, ['画像', '画像', '画像']), row(2, 47, ['¥9,505 15ポイントレビュー217件', '¥6,212 31ポイントレビュー376件', '¥1,588 32ポイントレビュー652件']), row(3, 807, ['（税込）', '（税込）', '（税込）']), FOOTER], [1, 2, 3, 4]],
  ['product cards with prices, no ranks', [CLOSING, row(2, 54, ['有機ほう 3位', '商品', '季節のジ 5位', '商品']), row(2, 41, ['¥5,966 レビュー65件', '¥5,609 レビュー178件', '¥2,708 レビュー641件']), FOOTER], [1, 2]],
  // negative: a release's table of counts by month, a table with one price a row, ranks not in order
  ['a table of counts (negative)', [CLOSING, row(2, 77, ['対象', '件数', '備考']), row(2, 65, ['会員', '217件', 'メールアドレス']), row(2, 53, ['非会員', '376件', '氏名']), FOOTER], []],
  ['one price a row (negative)', [CLOSING, row(2, 77, ['商品', '価格', '対象件数']), row(2, 65, ['商品A', '1,200円', '217件']), row(2, 53, ['商品B', '¥3,400', '376件']), FOOTER], []],
  ['numbers with 位 not in order (negative)', [CLOSING, row(2, 77, ['3位', '関係者', '1位', '取引先']), FOOTER], []],
])('cardGrid: %s', (_label, lines, expected) => {
  expect(cardGrid(lines).sort((a, b) => a - b)).toEqual(expected);
});

// How far down the print a line is, by its lines or by the text before it: on narrow paper a side bar cut off at the
// paper's edge (or stacked under the article) is many short lines, so the links to the neighbouring articles stand
// early by lines though the release's text is all above them.
const SENTENCES = new Array(7).fill('さて、この度、弊社サイトにおきまして、第三者による不正アクセスが発生いたしました。詳細は以下のとおりです。');
const NEIGHBOURS = '« 地域清掃活動に１３０名が参加 ｜ メインページ ｜ システムメンテナンスのお知らせ（約45時間停止） »';
const CUT_SIDE_BAR = ['2025年4月', '日 月', '6 7', '13 14', '20 21 2', '27 28 2', 'タグクラウ', 'お知らせ(14)', '最近のエン', 'アプリ', '５４件', '月別アーカ', '2025年', '2024年'];
test.each([
  ['links to the neighbouring articles over a side bar cut off at the paper\'s edge', [...SENTENCES, NEIGHBOURS, ...CUT_SIDE_BAR, '〒573-5487 北海道札幌市中央区北一条西9-30-16 TEL：010-972-5692', '会員数 36088名 ／ 加盟店 115店'], SENTENCES],
  // negative: the release's sentences after the links (more than a third of its text) keep them.
  ['the release going on after them (negative)', [...SENTENCES.slice(0, 3), NEIGHBOURS, ...SENTENCES.slice(3)], [...SENTENCES.slice(0, 3), NEIGHBOURS, ...SENTENCES.slice(3)]],
])('dropPageChrome, the article\'s end by its text\'s share: %s', (_label, texts, expected) => {
  expect(kept(page(texts))).toEqual(expected);
});

test.each([
  [[], []],
  [['あいう', 'えお', '', 'かきくけこ'], [0, 0.3, 0.5, 0.5]],
] as [string[], number[]][])('textShares %j', (texts, shares) => {
  expect(textShares(page(texts))).toEqual(shares);
});

// A menu's last label wrapped onto the line below, cut inside its word (「… 採用情報 ニュ」 over 「ースリリース」), goes with the menu.
const menuRow = (): PdfLine => ({
  ...page(['x'])[0]!, y: 802, size: 11.25, x: 47, right: 560, cells: ['西日本サンプル協同組合', '企業情報 事業紹介 IR情報 サステナビリティ 採用情報 ニュ'], cellX: [47, 216.7],
  items: [{ str: '西日本サンプル協同組合', x: 47, y: 802, width: 120, size: 11.25 }, { str: '企業情報 事業紹介 IR情報 サステナビリティ 採用情報 ニュ', x: 216.7, y: 802, width: 330, size: 10.5 }],
});
const below = (text: string, x: number, y = 786): PdfLine => ({ ...page([text])[0]!, x, y, size: 10.5, cellX: [x], right: x + 70 });
test.each([
  ['the label\'s rest under the menu', below('ースリリース', 200), []],
  // negative: a line opening as words open; the rest under the logo, not the menu; a paragraph's gap below.
  ['a line opening with a word\'s start (negative)', below('ニュースリリース', 200), ['ニュースリリース']],
  ['a line under the logo (negative)', below('ースリリース', 47), ['ースリリース']],
  ['a line a paragraph\'s gap below (negative)', below('ースリリース', 200, 740), ['ースリリース']],
] as [string, PdfLine, string[]][])('dropPageChrome, a menu label wrapped inside its word: %s', (_label, line, expected) => {
  expect(kept([menuRow(), line, ...page(BODY, 700)])).toEqual([...expected, ...BODY]);
});

describe('boxesAfterList: what follows a dropped list in the text\'s second half is the side bar\'s, but a squeezed paragraph', () => {
  const HEAD = ['当社サーバーへの不正アクセスにより、お客様情報 1,204 件が流出した可能性があります。', '詳細は調査中であり、判明次第お知らせいたします。', '最新のお知らせ', '2025.07.15 セミナーのお知らせ'];
  const glyphs = (t: string) => [...t].map((ch, k, all) => (ch === '。' ? '' : all[k + 1] === '。' ? `${ch}。` : ch)).filter(Boolean);
  test.each([
    ['boxes and the footer after the list', [...HEAD, 'イベント情報', '開催日：2025年8月1日', '定員：50名', '© 2025 Ａ株式会社'], [4, 5, 6, 7]],
    // printfuzz s3 p029: the release's paragraph squeezed to a glyph a line after a statistics widget dropped above it.
    ['a paragraph squeezed to a glyph a line', [...HEAD, ...glyphs('本日までの調査の結果をご報告いたします。')], []],
    // Not so: short box lines with no sentence, a sentence's end in a short run.
    ['short lines, no sentence', [...HEAD, 'カ', 'テ', 'ゴ', 'リ', 'ー'], [4, 5, 6, 7, 8]],
    ['a short run with a sentence\'s end', [...HEAD, '同意', 'する。', '© 2025 Ａ株式会社'], [4, 5, 6]],
  ] as [string, string[], number[]][])('%s', (_label, texts, expected) => {
    expect(boxesAfterList(texts, new Set([2, 3]))).toEqual(expected);
  });
});
