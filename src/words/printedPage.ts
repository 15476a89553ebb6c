/**
 * Words of a printed web page's chrome that the PDF reader looks for (src/format/pdf/chrome.ts);
 * the HTML path's words are in pageChrome.ts.
 */
import { AUTHOR_BOX_LINE } from './pageChrome.js';

/** A site's links to its social accounts, one word each: 「YouTube Instagram X」. */
export const SOCIAL_LINK = /^(?:YouTube|Instagram|X|Twitter|Facebook|LINE|TikTok|note|LinkedIn|Threads|Bluesky|RSS)$/i;

/** A link back to the list of articles or the top of the page, which closes an article: 「ニュースリリース一覧へ戻る」「▲ページの先頭へ」. */
export const BACK_TO_LIST = /^[▲△↑^]?[ ]*(?:[^\s。、]{0,16}(?:一覧|トップ|TOP)(?:ページ)?(?:へ|に)戻る|戻る|BACK|(?:この)?ページ(?:の)?(?:先頭|トップ|上)へ(?:戻る)?|PAGE[ ]*TOP)$/i;

/**
 * A link to the previous or next article drawn with a triangle: 「◀ 学校説明会を開催します 2024年11月22日」,
 * 「奨学金の募集について 2024年12月30日 ▶」. The triangle opens or closes the line; a sentence never does.
 */
export const PREV_NEXT_ARROW = /^[◀◁◄⯇][ 　]*\S|\S[ 　]*[▶▷►⯈]$/;

/**
 * Links to the neighbouring articles between double angle marks, as old sites print them under the
 * article: 「≪ 健康アプリをリニューアルしました（2026/2/2）」「夏季休業期間のお知らせ（2025/7/31）≫」, or both
 * in one row. The same marks around a label (「≪お問い合わせ先≫」) are a heading of the release.
 */
export const PREV_MARK = /^(?:≪|<<|＜＜)[ 　]*/;
export const NEXT_MARK = /[ 　]*(?:≫|>>|＞＞)$/;

/**
 * A page's feedback box, which follows the article on municipal and corporate CMS pages:
 * 「このページに関するアンケート」「この情報は役に立ちましたか？（これまでに1627件の回答）」.
 */
export const PAGE_SURVEY = /^(?:(?:この|本)(?:ページ|記事)(?:に関する|についての)(?:アンケート|ご意見|評価)|(?:この|本)(?:ページ|記事)?(?:の)?(?:情報|内容)?は(?:お?役に立ちましたか|わかりやすかったですか|分かりやすかったですか))/;

/**
 * The heading of a blog post's author box under the article (「この記事を書いた人：広報担当」「この記事の執筆者」
 * 「著者プロフィール」「この記事を書いた人 投稿記事数 961件」), maybe with the author's name or tally: the profile and the
 * author's balloon after it are the theme's. The HTML path's label (pageChrome.ts AUTHOR_BOX_LABEL), as a line.
 */
export const AUTHOR_BOX = AUTHOR_BOX_LINE;

/**
 * The heading of a box of other articles read by the page's visitors, printed under the article:
 * 「このページを見た人はこちらも見ています」「この記事を読んだ人はこんな記事も読んでいます」「あわせて読みたい」.
 */
export const ALSO_READ_HEADING = /^(?:[■□◆●▼]\s*)?(?:(?:この|本)(?:ページ|記事)を(?:見た|読んだ|ご覧になった)(?:人|方)(?:は|が)[^。]{0,20}(?:見て|読んで)います|あわせて(?:読みたい|読まれている記事|ご覧ください)|こちらも(?:おすすめ|読まれています)|よく見られているページ)$/;

/**
 * The comment count a blog entry's meta line ends with: 「投稿日: 2025年4月18日 投稿者: 広報担当 6件のコメント」,
 * 「… コメント(3)」「… 12 Comments」. The count is the site's, never the release's.
 */
export const COMMENT_COUNT = /[ 　]*(?:[0-9０-９,]{1,7}[ 　]*件の(?:コメント|フィードバック)|コメント[ 　]*[(（][0-9０-９,]{1,7}[)）]|[0-9,]{1,7}[ ]*(?:Comments?|Responses?))$/i;

/**
 * A view counter after the page's date in an article's footer: 「掲載日 2026年04月16日 閲覧数 1,181」,
 * 「… PV 3,204」「… 1,204 views」. The count is the site's, the date before it the page's.
 */
export const VIEW_COUNT = /[ 　]+(?:(?:閲覧数|閲覧回数|アクセス数|表示回数|PV)[ 　]*[:：]?[ 　]*[0-9０-９,，]{1,9}(?:[ 　]*(?:回|件))?|[0-9,]{1,9}[ ]*(?:views?|PV))$/i;

/**
 * A site footer's company block: the postal code (「〒329-2528」) and the company's figures among the
 * address and phone lines (「設立 1960年 資本金 685百万円 従業員数 2,988名」, a school's 学生数 and 教員数,
 * a city's 人口). A release's own contact block gives the address, never the capital or the headcount.
 */
export const POSTAL_CODE = /〒[ 　]?[0-9０-９]{3}[-－‐−][0-9０-９]{4}/;
export const COMPANY_FIGURE = /(?:^|[ 　|｜])(?:設立|創業|創立|資本金|従業員数|社員数|職員数|教職員数|教員数|学生数|生徒数|病床数|許可病床数|人口|世帯数|売上高|売上収益)[ 　]*[:：]?[ 　]*[0-9０-９]/g;

/**
 * A month calendar's weekday header printed as a line (a side bar's calendar widget): the seven
 * days from Sunday or from Monday, 「日 月 火 水 木 金 土」, 「Sun Mon … Sat」, 「Mo Tu … Su」.
 */
export const WEEKDAY_HEADER = /^(?:日[ ]*月[ ]*火[ ]*水[ ]*木[ ]*金[ ]*土|月[ ]*火[ ]*水[ ]*木[ ]*金[ ]*土[ ]*日|Su(?:n)?[ ]+Mo(?:n)?[ ]+Tu(?:e)?[ ]+We(?:d)?[ ]+Th(?:u)?[ ]+Fr(?:i)?[ ]+Sa(?:t)?|Mo(?:n)?[ ]+Tu(?:e)?[ ]+We(?:d)?[ ]+Th(?:u)?[ ]+Fr(?:i)?[ ]+Sa(?:t)?[ ]+Su(?:n)?)$/i;

/** A day of a month, 1–31. */
const DAY = '(?:[1-9]|[12][0-9]|3[01])';
/** A calendar's cell: one day number. */
export const DAY_NUMBER = new RegExp(`^${DAY}$`);
/** A calendar's row of day numbers printed as a line: one to seven of 1–31 set apart (「6 7 8 9 10 11 12」). */
export const DAY_NUMBER_ROW = new RegExp(`^${DAY}(?:[ ]+${DAY}){0,6}$`);

/** A month calendar's caption over its weekday header: 「2025年11月」「2025.11」「＜ 2025年11月 ＞」. */
export const MONTH_CAPTION = /^[<＜«‹]?[ ]*(?:19|20)[0-9]{2}[ ]*[年./][ ]*[0-9]{1,2}[ ]*月?[ ]*[>＞»›]?$/;

/** A page's table of contents over links to its own headings (a blog theme's 目次 box): 「目次」「この記事の目次」「Contents」. */
export const CONTENTS_HEADING = /^(?:[■□◆●▼]\s*)?(?:目次|もくじ|この記事の目次|この記事の内容|Contents|Table\s+of\s+Contents|INDEX)$/i;

/**
 * A document's pointer to its annex standing where a section's list or table would (the whole line):
 * 「（別紙のとおり）」「別紙1のとおり」「（別紙参照）」「別紙に記載」. A sentence that mentions the annex (「詳細は別紙のとおりです。」) is none.
 */
export const ANNEX_REFERENCE = /^[（(]?[ ]*別紙[0-9０-９]*[ ]*(?:のとおり|の通り|を?参照|に記載)[ ]*[）)]?$/;
/** The label that opens a document's annex page, alone on its line: 「別紙」「別紙1」「（別紙）」. */
export const ANNEX_LABEL = /^[（(【]?[ ]*別紙[ ]*[0-9０-９]*[ ]*[）)】]?$/;

/**
 * A section's number opening a heading of the release: 「① 漏えい件数」「イ　個人データの件数」「(2) 代理店関連の個人情報」
 * 「2. 漏えいした個人情報」「第3　今後の対応」 — the list shape a page's running head or a side box's line does not take
 * (chrome.ts: a heading set in small type at a page's break).
 */
export const SECTION_HEADING_NUMBER = /^(?:[①-⑳]|[ア-ン][ 　]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|[0-9０-９]{1,2}[.．][ 　]?[^0-9０-９ 　]|第[0-9０-９一二三四五六七八九十]{1,3}[ 　条章節項])/;
