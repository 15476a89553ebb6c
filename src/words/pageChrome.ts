import { SCOPE_COUNTERS } from './counters.js';

/**
 * What a printed web page carries around its release — read in PDF text, where no markup tells
 * the article from the site: side-bar headings, navigation labels, breadcrumbs, and the footer's
 * company profile and copyright.
 */

/** Headings of a side bar or a related-news box: the list under them is other news. */
export const SIDEBAR_HEADING = /^(?:[■□◆●▼>＞]\s*)?(?:最新の?(?:お知らせ|ニュース(?:リリース)?|プレスリリース|情報|記事)|新着(?:情報|記事|ニュース|のお知らせ)?|お知らせ一覧|ニュース(?:一覧|リリース一覧)|関連(?:記事|ニュース|情報|リンク|するお知らせ)|人気(?:の)?記事|最近の(?:エントリー|記事|投稿|お知らせ|ニュース(?:リリース)?|プレスリリース)|トラックバック(?:\([0-9]+\))?|コメント(?:\([0-9]+\))?|おすすめ(?:記事|情報)?|よく読まれている記事|(?:アクセス|人気|記事)?ランキング|イベント(?:情報|カレンダー)|カテゴリー?|アーカイブ|月別アーカイブ|タグ|サイト内検索|メニュー|サイトマップ|バックナンバー|過去の(?:お知らせ|記事|ニュース)|RECENT\s*(?:POSTS|NEWS|ENTRIES)|WHAT['’]?S\s*NEW|NEWS\s*(?:&|＆|AND)\s*TOPICS|TOPICS|INFORMATION|CATEGORY|ARCHIVES?|NEWS|MENU)\s*$/i;

/** Labels of a site's global navigation. */
export const NAV_LABEL = /^(?:ホーム|トップ(?:ページ)?|HOME|TOP|企業情報|会社(?:概要|情報|案内)|私たちについて|当社について|About(?:\s*us)?|事業(?:紹介|内容|案内)|製品(?:情報|・サービス)?|サービス(?:一覧|紹介)?|ニュース(?:リリース)?|お知らせ|プレスリリース|IR(?:情報)?|投資家情報|株主・投資家の皆様へ|サステナビリティ|CSR|採用(?:情報)?|リクルート|お問い?合わせ|(?:交通)?アクセス|サイトマップ|English|ENGLISH|診療(?:科|案内)|外来(?:のご案内)?|入院(?:のご案内)?|病院(?:紹介|案内)|くらし|子育て|健康・福祉|観光|市政情報|町政情報|組織(?:から探す|一覧)|よくある(?:ご)?質問|個人情報保護方針|プライバシーポリシー|サイトポリシー|利用規約|ウェブアクセシビリティ)$/i;

/** A home label: a run of three navigation labels is a menu when one of them leads home. */
export const HOME_LABEL = /^(?:ホーム|トップ(?:ページ)?|HOME|TOP)$/i;

/** A contact box's label line: 「本リリースに関する報道関係者からのお問い合わせ先」「【お問合せ先】」. */
export const CONTACT_LABEL = /^[【［\[<＜〈《■□◆●]?[ 　]*(?:[^。、]{0,24}?(?:に関する|についての))?(?:報道関係者?(?:様)?(?:から|の方)?の)?(?:お|ご)?(?:問い?合わ?せ|連絡|取材)(?:先|窓口)[ 　]*[】］\]>＞〉》]?[ 　]*[:：]?$/;
/** A contact box's means of contact: a phone number or a mail address. */
export const CONTACT_MEANS = /(?:TEL|電話|FAX|ＴＥＬ)[ 　]*[:：]?[ 　]*[0-9０-９]|0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}|[\w.+-]+@[\w-]+\.[\w.]+/i;

/** A site header's contact line beside the logo: 「お問い合わせ 0120-000-000」「TEL：03-1234-5678」. */
export const HEADER_CONTACT = /^(?:お問い?合わせ|ご相談|TEL|電話|フリーダイヤル|代表)(?:\s*(?:窓口|番号|TEL|電話))?\s*[:：]?\s*(?:TEL|電話)?\s*[:：]?\s*0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$/i;

/** A line of a company block's address under its name: postal code, telephone, 所在地 (「〒404-6702 …」「TEL 022-…」). */
export const ADDRESS_LINE = /^(?:〒[ ]?[0-9０-９]{3}|(?:TEL|ＴＥＬ|電話(?:番号)?)[ ]?[:：.]?[ ]?[0-9０-９(（]|(?:住所|所在地)[ ]?[:：])/i;

/**
 * A name opening a footer's line, its address after it: a postal code (a print may run the two together:
 * 「北海道滝川市〒750-7328 …」), or a space and a telephone number (「株式会社Ａ TEL 03-…」).
 */
export const NAME_BEFORE_ADDRESS = /^([^\s〒]{2,40}?)(?:[ 　]*〒[ ]?[0-9０-９]{3}|[ 　]+(?:TEL|ＴＥＬ|電話)[ ]?[:：.]?[ ]?[0-9０-９(（])/i;

/** A site header's search box as it prints: its placeholder and its button (「キーワードで検索」「検索」「サイト内検索」). */
export const SEARCH_BOX = /^(?:(?:サイト内|キーワード(?:で|を入力)?|フリーワード(?:で)?)?(?:検索|を検索)(?:する)?|Search|(?:サイト内|キーワード)検索[ ]*検索)$/i;

/**
 * Share buttons and skip links: 「共有:」「X」「Facebook」「LINE」「コンテンツへスキップ」, a service's button
 * with its tally (「X で共有 216」「Facebookでシェア」「シェア 19」「シェア 148件」「はてブ 16」: a blog's share row).
 */
export const SHARE_LABEL = /^(?:(?:X|Twitter|Facebook|LINE|はてなブックマーク|はてな|Pocket|Threads|Bluesky|メール)[ ]*(?:で|に)?[ ]*(?:共有|シェア|ポスト|送る)(?:する)?(?:[ ]*[0-9,]{1,9})?|(?:共有|シェア(?:する)?|ツイート|ポスト|いいね|はてブ|はてな(?:ブックマーク)?)(?:[:：]|[ ]*[0-9,]{1,9}(?:[ ]?(?:件|回))?)?|X|Twitter|Facebook|LINE|Pocket|印刷(?:する)?|このページを印刷|コンテンツへスキップ|本文へ(?:スキップ|移動)|メニュー|閉じる|ページの先頭へ(?:戻る)?|PAGE TOP|ページトップへ)$/i;

/**
 * The label of a record's stamp among a page's properties — a database-backed page (a Notion page, a kintone record) shows
 * when its record was made and last edited: 「作成日時 2025/10/19 11:31」「最終更新日時：2025年11月8日」「Created time」. When the
 * record changed, not when anything was published (NFKC-folded text).
 */
export const RECORD_STAMP = /^(?:作成日時|最終更新日時|created(?: time| at)?|last edited(?: time)?)[ ]*[:：]?[ ]*/i;

/**
 * A tally of the page's readers, with the button that adds to it — what a help center prints around its article: the follow
 * button and its followers (「フォローする 565人がフォロー中」), the vote tally under it (「559人中99人がこの記事が役に立ったと言っています」).
 * A count of people who act on the page, not of anyone the release is about; it is the whole line.
 */
export const READER_TALLY = /^(?:(?:フォロー|購読|ウォッチ)(?:する)?[ ]*)?[0-9,]{1,9}[ ]?人が(?:フォロー|購読|ウォッチ)(?:中|しています)$|^[0-9,]{0,9}[ ]?人中[ ]?[0-9,]{1,9}[ ]?人が(?:この)?(?:記事|ページ|回答)(?:が|は)?(?:役に立った|参考になった|役立った)と(?:言って|回答して|答えて)います$/;

/** A share row's lead label before its buttons: 「この記事をシェア：」「共有する:」. */
export const SHARE_LEAD = /^(?:この(?:記事|ページ)を?|記事を?)?(?:シェア|共有)(?:する)?[ ]?[:：][ ]?/;

/**
 * One button of a row of share buttons, with its tally (「X 296」「Facebook 66」「はてブ 36」「LINEで送る」), read in turn from
 * where the last one ended (sticky): a line of such buttons alone is the share row (shareRow in pdf/chrome.ts).
 * A reader's reaction buttons are buttons of it too, their icon's glyph before them and their tally maybe in brackets
 * (「♥ いいね 538」「ブックマーク 120」「バッジを贈る（32）」, a tech blog's row under the article; 「ストック 12」「スキ 40」): each
 * counts readers' clicks on the page, nothing the release tells.
 */
export const SHARE_BUTTON = /(?:[♥♡❤★☆👍]\uFE0F? ?)?(?:X|Twitter|Facebook|LINE|はてなブックマーク|はてブ|はてな|Pocket|Threads|Bluesky|Pinterest|LinkedIn|B!|シェア|ツイート|ポスト|いいね[!！]?|ブックマーク|ストック|スキ|バッジ)(?: ?(?:で|に|を)? ?(?:共有|シェア|ポスト|送る|贈る)(?:する)?)? ?(?:[(（][0-9,]{1,9}[)）]|[0-9,]{0,9}(?:件|回)?) ?/uy;

/** How many share buttons (with or without their tallies) make up the whole row after its lead label; 0 when anything else is in it. */
export function shareButtonCount(row: string): number {
  const rest = row.replace(SHARE_LEAD, '');
  let at = 0;
  let buttons = 0;
  while (at < rest.length) {
    SHARE_BUTTON.lastIndex = at;
    if (!SHARE_BUTTON.exec(rest) || SHARE_BUTTON.lastIndex === at) return 0;
    at = SHARE_BUTTON.lastIndex;
    buttons++;
  }
  return buttons;
}

/** A cookie-consent banner line. */
export const COOKIE_BANNER = /(?:cookie|クッキー)[^。]{0,40}(?:使用|利用|同意)|同意する$/i;

/**
 * A footer's line naming who puts the site out, by its label: 「発行：Ａ株式会社」「運営会社：…」「編集・発行 …」. The
 * label and its mark; the name follows.
 */
export const PUBLISHER_LABEL = /^(?:編集[・･]?)?(?:発行|運営)(?:[・･]?編集)?(?:元|者|会社|主体|団体)?[ 　]*[:：][ 　]*/;

/** A consent button of a cookie notice: 「同意する」「OK」「閉じる」「Accept all」. */
export const CONSENT_BUTTON = /^(?:OK|同意(?:する|します|して閉じる)?|承諾(?:する)?|了解(?:しました)?|閉じる|許可(?:する)?|すべて(?:を)?(?:許可|受け入れる|同意する)|Accept(?: all)?|Agree|I agree|Got it|Close)$/i;

/**
 * The other buttons of a cookie notice, set beside its consent button (「同意する 設定」「Accept all Reject all」):
 * a choice of the notice's, read as a button only on a row that also holds a consent button.
 */
export const CONSENT_CHOICE = /^(?:(?:Cookie|クッキー)?(?:の)?(?:詳細)?設定(?:する)?|詳細|拒否(?:する)?|すべて(?:を)?拒否(?:する)?|同意しない|カスタマイズ|管理(?:する)?|Settings|Cookie settings|Customi[sz]e|Manage|Reject(?: all)?|Decline)$/i;

/** A category label printed beside a page's dates: 「2024年12月17日 お知らせ」. */
export const NEWS_CATEGORY = /^(?:お知らせ|ニュース|ニュースリリース|プレスリリース|重要(?:なお知らせ)?|IR(?:情報)?|News|Topics|トピックス|インフォメーション|更新)$/i;

/** A blog post's reading time beside its date: 「3分で読めます」「この記事は約5分で読めます」「約5分」「読了時間：3分」「3 min read」. */
export const READING_TIME = /^(?:(?:この記事は)?約?[0-9]{1,3}[ ]*分(?:で読めます|で読める|程度)?|読了(?:時間)?[ ]*[:：目安]*[ ]*約?[0-9]{1,3}[ ]*分|[0-9]{1,3}[ ]*min(?:ute)?s?[ ]*read)$/i;

/** A post's tag as a theme links it after the date: 「#お知らせ」「＃重要」 (not 「#1」, a number). */
const POST_TAG_WORD = '[#＃][^\\s#＃0-9][^\\s#＃]{0,19}';
/** One post's tag, alone. */
export const POST_TAG = new RegExp(`^${POST_TAG_WORD}$`);
/** A post's tags ending its meta row, each after a space: 「 #お知らせ」「 #重要 #プレスリリース」 (bounded: linear on any line). */
export const POST_TAGS = new RegExp(`(?:[ ]{1,8}${POST_TAG_WORD}){1,5}$`);

/** A breadcrumb trail: "ホーム > ニュースリリース > …". */
export const BREADCRUMB = /^(?:ホーム|トップ(?:ページ)?|HOME|TOP)\s*[>＞»›/]\s*\S/i;

/**
 * A trail whose separators are drawn (an icon, a CSS chevron) and print as gaps only: the home link,
 * a site section's link, then the page (「ホーム 新着情報 2026年6月17日 【続報】…」).
 */
export const SPACED_BREADCRUMB = /^(?:ホーム|トップ(?:ページ)?|HOME|TOP)[ ]+(?:新着情報|お知らせ(?:一覧)?|ニュース(?:リリース)?|プレスリリース|News|Topics|トピックス|インフォメーション|重要なお知らせ)[ ]+\S/i;

/** A footer's copyright line. */
export const COPYRIGHT = /(?:©|Ⓒ|\(c\)|copyright\b|all rights reserved)/i;

/** Links to the neighbouring articles under a post: 前へ：…, 次の記事 …, « 前のお知らせ. */
export const PREV_NEXT = /^(?:[«‹←]|前へ|次へ|前の(?:記事|投稿|お知らせ|ニュース|エントリー)|次の(?:記事|投稿|お知らせ|ニュース|エントリー)|(?:PREV|NEXT)(?:IOUS)?\b)|[»›→]$/i;

/**
 * Both neighbours' links, labelled: 「« 前の記事：…（2025年10月29日） | 次の記事：…」 — the previous one's label opening the
 * line, the next one's after it. A release names no 前の記事 and 次の記事 together.
 */
export const PREV_LINK_LABEL = /^[«‹←≪]?[ ]?前の(?:記事|投稿|お知らせ|ニュース|エントリー)[ ]?[:：]/;
export const NEXT_LINK_LABEL = /次の(?:記事|投稿|お知らせ|ニュース|エントリー)[ ]?[:：]/;

/** The page's own last-updated line under the article: このページの最終更新日：2025年1月15日. */
export const PAGE_UPDATED = /^(?:このページの|本ページの|ページ)?(?:最終)?更新日(?:時)?\s*[:：]/;
/** The same label with its date, the colon optional as a printed line may drop it: 「最終更新日 2024.12.26」「このページの更新日：令和6年12月26日」「更新日：R7.5.2」. */
export const PAGE_UPDATED_DATE = /^(?:このページの|本ページの|ページ)?(?:最終)?更新日(?:時)?[ ]*[:：]?[ ]*(?:[0-9令平]|[RH][0-9])/;

/** A page's labelled publication line: 「公開日：2026年4月17日」「掲載日 2025.01.09」「掲載開始日 2025年4月11日」「発表日：R7.4.16」 (the era's initial). */
export const PAGE_PUBLISHED_DATE = /^(?:公開|掲載|公表|発表|投稿)(?:開始)?日(?:時)?[ ]*[:：]?[ ]*(?:[0-9令平]|[RH][0-9])/;

/**
 * A page's date label alone on its line, its date on the next: a definition list printed term over description
 * (「掲載日」 over 「2026年2月6日」, 「掲載開始日」 over 「2025年4月11日」, 「更新日」 over 「2026年3月18日」).
 */
export const PAGE_DATE_LABEL = /^(?:このページの|本ページの|ページ)?(?:最終)?(?:公開|掲載|公表|発表|投稿|更新)(?:開始)?日(?:時)?[ ]*[:：]?$/;

/**
 * A profile figure in a site footer: a company's (従業員数：1,234名, 資本金 …), a hospital's or a
 * school's (病床数 452床, 学生数, 教員数), a municipality's (人口：575,918人, 世帯数, 面積), a service's
 * (会員数 60,967名, 患者数 延べ37,848人), a counter widget's running total (累計導入実績6,314件) — these with their number right after
 * them: 「人口減少」「会員数は約120万人です。」 are the text's.
 */
/** The alt text an image of a logo carries when it names nothing: 「ロゴ」「Logo」「サイトロゴ」「会社ロゴ画像」. */
const LOGO_ALT = String.raw`(?:サイト|会社|企業)?(?:ロゴ|logo)(?:画像|イメージ)?`;
/** A logo's placeholder alt text as a whole line or name (a broken image printed as its alt): it names no one. */
export const LOGO_PLACEHOLDER = new RegExp(`^${LOGO_ALT}$`, 'i');
/**
 * A logo's placeholder alt text (「ロゴ」「Logo」, a broken image printed as its alt) run into the line beside it, before a
 * word of another script (「ロゴ会員数 23,402名／スタッフ 33名」): no part of that line's text.
 */
export const LOGO_PLACEHOLDER_BEFORE = new RegExp(String.raw`^${LOGO_ALT}[ ]?(?=[\p{Script=Han}\p{Script=Hiragana}0-9０-９])`, 'iu');
export const PROFILE_FIGURE = /^(?:従業員数|社員数|職員数|教職員数|教員数|学生数|生徒数|病床数|許可病床数|資本金|設立|創業|創立|売上高|売上収益|拠点数|店舗数)\s*[:：]?\s*\S|^(?:人口|世帯数|面積|会員数|患者数|(?:累計)?[^\s0-9０-９:：、。]{0,4}実績)\s*[:：]?\s*(?:延べ|累計|約)?[0-9０-９]/;

/**
 * An image's placeholder alt text standing where a name would, a broken image printed as its alt (「フッターロゴ」「ロゴ」
 * 「Company logo」「メイン画像」「トップバナー」): it says what the image is, and names no one on any site.
 */
export const IMAGE_PLACEHOLDER = /(?:ロゴ|logo|画像|image|バナー|banner)(?:画像|イメージ|マーク)?$/iu;

/**
 * The heading of a box about a company beside the article (a press-release distribution site's 企業情報 box, a corporate
 * site's 会社概要 side box, a blog platform's プロフィール of the account that posts): its name, then its fields
 * (ISSUER_BOX_FIELD).
 */
export const ISSUER_BOX_HEADING = /^[■□◆◇●○▼▶【\[ ]*(?:(?:企業|会社|団体|法人|事業者|発表元|発信元|配信元)(?:の)?(?:情報|概要|プロフィール)|プロフィール)[】\] ]*$/;
/**
 * A field of such a box, its label alone (<dt>, <th>) or before its value: 代表者名, 所在地, 設立, 資本金, 従業員数 … and a
 * blog account's フォロワー, ランキング.
 */
export const ISSUER_BOX_FIELD = /^(?:代表者?(?:名)?|代表取締役|所在地|本社(?:所在地)?|住所|設立(?:年月日|年月|年)?|創業|創立|資本金|従業員数?|社員数|事業内容|業種|上場市場|URL|ホームページ|電話番号|フォロワー(?:数)?|読者(?:数)?|ランキング)$/i;
/** A field that gives the box's name itself: 会社名, 企業名, 社名, 名称. */
export const ISSUER_BOX_NAME_FIELD = /^(?:会社名|企業名|社名|法人名|団体名|名称|商号)$/;

/**
 * Headings a site puts above lists of its other pages (related news, rankings, what's new): the
 * list under such a heading is site chrome even without dates, when it is mostly links.
 */
export const OTHER_PAGES_HEADINGS = [
  '関連記事', '関連する記事', '関連ニュース', '関連するニュース', '関連するお知らせ', '関連情報', '関連リリース',
  'その他のお知らせ', 'そのほかのお知らせ', '他のお知らせ', 'お知らせ一覧', 'ニュース一覧',
  '新着情報', '新着記事', '新着ニュース', '最新のお知らせ', '最新情報', '最新記事', '最新ニュース', '最近のエントリー', '最近の投稿',
  'よく読まれている記事', '人気記事', 'アクセスランキング', 'ランキング', 'おすすめ記事', 'おすすめ', 'ピックアップ', 'トピックス',
  'related', 'related posts', 'related news', 'recent posts', 'latest news', 'popular posts',
];

/**
 * Headings of a site's own boxes about itself, set under or beside a release by the template: its FAQ
 * (「よくある質問」: 面会時間, 駐車場, 粗大ごみの出し方), its access and opening hours. A box so headed tells of
 * the institution, never of the release; a release's own FAQ names its subject (「本件に関するよくあるご質問」).
 */
export const SITE_BOX_HEADING = /^[■□◆◇●○▼▶【\[ ]*(?:よくある(?:ご)?質問|(?:交通)?アクセス|外来受付時間|診療時間|開庁時間)[】\] ]*$/;

/**
 * A site's description under its banner: 「〇〇からのお知らせを掲載しています。」 — no sentence of the release; also with the
 * site's own figure in brackets after it (「…の最新情報をお届けします（購読者 9,467人）」).
 */
export const SITE_TAGLINE = /^.{0,60}(?:を|の)(?:掲載|ご紹介|紹介|ご案内|お届け)(?:しています|しております|いたします|します)(?:。|[ 　]*[（(][^（）()。]{1,30}[）)]。?)$/;

/** A site banner's section name after the site's name: 「日新火災海上保険株式会社ニュースリリース」. */
export const BANNER_SECTION = /(?:ニュースリリース|プレスリリース|News\s*Release|Press\s*Release)$/i;

/** The label of a byline's writer field: 「投稿者：広報担当」「Posted by admin」. */
export const BYLINE_WRITER = '(?:投稿者|作成者|執筆者|posted by)';

/** A blog entry's byline under the article: 「投稿者: 広報部 日時: 2024年12月17日 10:00」, Posted by … */
export const ENTRY_BYLINE = /^(?:投稿者|投稿日時?|作成者|Posted\s+(?:by|on|at))\s*[:：]?\s*\S/i;

/**
 * A site's line that says who publishes it, the label (PUBLISHER_LABEL) before the name (「発行：株式会社Ａ」「発行元：Ｂ協会」
 * 「運営会社：株式会社Ｃ」), set in its footer: the name captured.
 */
export const PUBLISHER_LINE = new RegExp(`${PUBLISHER_LABEL.source}([^\\s:：。、「」][^:：。「」]{1,49})$`);

/** An author box's label: who wrote the entry (「この記事を書いた人」「この記事の著者」「執筆者プロフィール」「ライター紹介」「About the author」). */
const AUTHOR_BOX_WORDS = '(?:この記事を(?:書いた|執筆した)人|この記事の(?:著者|執筆者|筆者|ライター|監修者|作成者)|記事を書いた人|(?:著者|執筆者|筆者|ライター|監修者)(?:の)?(?:紹介|プロフィール|情報|について)|about (?:the )?author|written by)';

/**
 * The label of a box about who wrote the entry, opening its line (「この記事を書いた人」「この記事の著者」「執筆者プロフィール」
 * 「ライター紹介」「About the author」「Written by」): a blog theme's author box under the article — the writer's name, a
 * description, the writer's own tallies (「投稿記事数 961件」). About the site's writer, never the release.
 */
export const AUTHOR_BOX_LABEL = new RegExp(`^${AUTHOR_BOX_WORDS}(?=$|[ 　:：|｜])`, 'i');

/**
 * An author box's heading as a print sets it on a line: the label alone, or with the writer's name after a colon
 * (「この記事を書いた人：広報担当」) or the writer's tally after a space (「この記事を書いた人 投稿記事数 961件」).
 */
export const AUTHOR_BOX_LINE = new RegExp(`^${AUTHOR_BOX_WORDS}(?:[ 　]*[:：][^。]{0,30}|[ 　]+[^。]{1,30})?$`, 'i');

/**
 * A page-feedback box under the article (municipal and corporate CMSs alike): the site asks whether
 * the page helped — 「このページの情報は役に立ちましたか？」「この記事は参考になりましたか」 — or heads it
 * 「このページに関するアンケート」. Its tally (「これまでに1627件の回答」) is the site's, not the release's.
 * The question set as the box's heading has no question mark (「<h2>このページの情報は役に立ちましたか</h2>」): its 「か」
 * ends the line (or a colon follows it, the form's own question).
 */
export const PAGE_FEEDBACK = /(?:この|本)(?:ページ|記事|お知らせ)(?:の(?:情報|内容|記事))?(?:は|が)[^。？?\n]{0,20}?(?:役に立ち|役立ち|参考にな|わかりやすか|分かりやすか|見つけやすか|満足いただけ)[^。？?\n]{0,12}(?:[？?]|か(?=[：:]|$))|(?:この|本)(?:ページ|記事)(?:に関する|についての|への)(?:アンケート|ご意見|評価)/;
/** Literals one of which PAGE_FEEDBACK's text holds: the prefilter before the pattern. */
export const PAGE_FEEDBACK_HINTS = ['このページ', '本ページ', 'この記事', '本記事', 'このお知らせ', '本お知らせ'];

/**
 * A site banner's section or kind set after the site's name, apart from it: 「有限会社Ａ ニュースリリース」
 * 「大分県大分市 お知らせ」「株式会社Ｂ 公式サイト」. The name before it is the site's. A help site's name is its kind
 * too (「…の調査結果について | ヘルプセンター」, a help desk's default): 「ヘルプセンター」「サポート」「よくあるご質問」 name no one.
 */
export const SITE_SECTION = /^(?:ニュースリリース|プレスリリース|ニュース|お知らせ|新着情報|最新情報|トピックス|インフォメーション|ニュース[&＆・]トピックス|ブログ|公式ブログ|(?:公式|オフィシャル)?(?:ホームページ|ウェブサイト|Webサイト|サイト)|(?:ヘルプ|サポート|カスタマーサポート)(?:センター|デスク|サイト|ページ)?|よくある(?:ご)?質問|News(?:\s*Release)?|Press\s*Release|Topics|News\s*[&＆]\s*Topics|What'?s\s*New|Information|Blog|Official\s*Site|Help(?:\s*Center)?|Support(?:\s*Center)?|FAQs?)$/i;

/**
 * The label of an event's date on a site's notice card: 「開催日：2026年6月13日」「受付期間：…」「申込締切：…」.
 * A release's own dates are labelled as incidents (発生日時, 確認日) or not at all.
 */
export const EVENT_DATE_LABEL = /(?:開催|募集|受付|申込|申し込み)(?:日時|日|期間|期限|締切|締め切り)[ 　]*[:：]/;

/** The words of a page's view count before its figure (「閲覧数 8,765」), the figure, and the figure after its label. */
const VIEW_COUNT_WORD = '閲覧数|閲覧回数|アクセス数|表示回数|ページビュー|PV';
const PAGE_COUNT = '[0-9][0-9,]{0,11}';
/** A bracketed hit count after an entry's date or author (XOOPS's 「(644 ヒット)」, 「(1,234 views)」). */
const HIT_COUNT = `\\(${PAGE_COUNT}[ ]*(?:ヒット|hits?|reads?|views?)\\)`;
const LABELLED_COUNT = `[ ]*[:：]?[ ]*${PAGE_COUNT}[ ]*(?:回|件|PV)?`;
/** The CMS's number of the page (「ページ番号」「記事ID」). */
const PAGE_NUMBER_WORD = '(?:ページ|記事|コンテンツ|投稿)(?:番号|ID|ＩＤ)';

/**
 * A page's view count set after its date on the date line (「掲載日 2026年04月16日　閲覧数 1,181」, a
 * portal's card footer, or XOOPS's 「投稿日時 : 2026.08.06 (644 ヒット)」): no fact of the release. NFKC-folded text, the field
 * at the end after a space.
 */
export const VIEW_COUNT_FIELD = new RegExp(`[ ]+(?:[|｜][ ]*)?(?:(?:${VIEW_COUNT_WORD}|閲覧|views?)${LABELLED_COUNT}|${PAGE_COUNT}[ ]*(?:views?|PV|回閲覧)|${HIT_COUNT})$`, 'i');

/**
 * An entry's byline that gives no date (the theme's date printed empty, or only in the page's metadata): the author, maybe an
 * empty date label and the hit count — 「by 院長」「投稿者: webmaster」「投稿者 : 広報部 投稿日時 : (9,572 ヒット)」. NFKC-folded
 * text, its spaces one.
 */
export const DATELESS_BYLINE = new RegExp(`^(?:by|${BYLINE_WRITER})[ ]?[:：]?[ ]?[^ 0-9:：|｜]{1,20}(?:[ ](?:(?:投稿|公開|掲載)日時?|日時)[ ]?[:：])?(?:[ ]?${HIT_COUNT})?$`, 'i');

/**
 * The label of a CMS's page-contact box under every page (「このページに関するお問い合わせ」, then the
 * department that keeps the page): the site's template naming the page's owner, not the release signing.
 */
export const PAGE_INQUIRY_LABEL = /^[■□◆●【［\[]?[ ]*(?:この|本)(?:ページ|記事|情報)(?:に関する|についての|の)(?:お|ご)?(?:問い?合わ?せ|問合わせ|連絡)(?:先|窓口)?[ ]*[】］\]]?[ ]*[:：]?$/;

/**
 * A line that numbers or counts the page itself: 「ページ番号：4258」「記事ID: 1024」「閲覧数 8,765」「1,234 views」 —
 * the CMS's, no fact of the release.
 */
export const PAGE_INFO_LINE = new RegExp(`^(?:${PAGE_NUMBER_WORD}|${VIEW_COUNT_WORD})${LABELLED_COUNT}$|^${PAGE_COUNT}[ ]*(?:views?|PV)$`, 'i');

/**
 * A line that tells of the page's own revisions (NFKC-folded): 「この掲示は 2026/08/19 に 355 回目の編集がされています。」
 * under a document published to the web, a wiki's 「このページの最終更新日時は 2025年4月1日 (火) 10:00 です。」, a blog's
 * 「この記事は2025年5月1日に更新されました」. Its subject is the page itself; its date and count are the page's, no event's.
 * (Read only where the line holds a date: see chrome.ts pageInfoLines.)
 */
export const PAGE_REVISION_LINE = /^この(?:ページ|掲示|掲示板|記事|投稿)(?:は|の)[^。]{0,40}?(?:編集|更新|改訂|改定)[^。]{0,16}。?$/;

/**
 * The page's number set before its date on one line (「ページ番号：81578　更新日：2025/11/29」, a table
 * layout's strip over the body): the CMS's field, then the date line. NFKC-folded text; the space or bar after it included.
 */
export const PAGE_INFO_FIELD = new RegExp(`^${PAGE_NUMBER_WORD}${LABELLED_COUNT}[ ]*(?:[|｜/][ ]*)?(?=[^ 0-9])`, 'i');

/** A menu button's label a printed page keeps beside the logo (the drawer's 「メニュー」 of a narrow layout). */
export const MENU_BUTTON = /^(?:(?:グローバル|サイド)?メニュー|MENU)$/i;

/**
 * A figure a site's header sets beside its logo on the same line (「加入者数 47,785人（令和8年1月15日現在）」「会員数 1,234名」):
 * its label, the number, its counter and maybe the day it holds for, at the line's end after a space.
 */
export const HEADER_FIGURE = new RegExp(`[ 　]+[^\\s0-9０-９]{1,12}[ 　]*[:：]?[ 　]*[0-9０-９][0-9０-９,，]{0,12}[ 　]*(?:万|億)?(?:${SCOPE_COUNTERS.join('|')})(?:[（(][^（()）]{1,30}[)）])?$`);

/**
 * A shop's ranking and price list, in a page's side or under its article (「人気ランキング」: 1位 … ¥1,202): a price as
 * written on an item (「¥5,966」「￥800」「1,449円」), read by the HTML ranking list and the print's card grid alike.
 */
export const SHOP_PRICE = /[¥￥][ ]?[0-9]|[0-9]円/;
/** A rank as a ranking writes it at an item's head: 1位, 第2位, No.3 (the HTML list item's text). */
export const SHOP_RANK = /(?:^|[^0-9])[0-9]{1,2}位|^No\.?[ ]?[0-9]{1,2}(?![0-9])/;
/** A card's rank opening its printed cell or alone in it, its number captured: 「1位」「2位 商品A」. */
export const SHOP_RANK_CELL = /^(?:第)?([0-9]{1,2})位(?![0-9])/;

/**
 * A feed link's title as a blog engine writes it, the site's name before a mark and the feed's word after it (WordPress's
 * 「Ａ協会 » フィード」「Ａ協会 » コメントフィード」「Ａ協会 » お知らせ カテゴリーのフィード」, 「Ａ協会 | RSS」「Ａ協会 - Atom」):
 * the site's name captured. A feed titled by its format alone (「RSS 2.0」「Atom」) names no one.
 */
export const FEED_TITLE = /^([^»›|｜]{2,50}?)[ 　]*[»›|｜\-–][ 　]*(?:[^»›|｜]{0,80}の)?(?:コメント)?(?:フィード|feed|RSS(?:[ 　]*[0-9.]{1,4})?|Atom)$/i;

/** A site's policy page its footer links to, named with whose it is before it (「Ａ株式会社 個人情報保護方針」「Ａ協会のプライバシーポリシー」). */
export const POLICY_LINK_WORDS = /^(.{2,50}?)(?:[ 　]+|の)(?:個人情報保護方針|プライバシー[ 　・]?ポリシー|個人情報の取り?扱いについて|サイトポリシー)$/;
