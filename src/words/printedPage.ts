/**
 * Words of a printed web page's chrome that the PDF reader looks for (src/format/pdf/chrome.ts);
 * the HTML path's words are in pageChrome.ts.
 */

/** A site's links to its social accounts, one word each: 「YouTube Instagram X」. */
export const SOCIAL_LINK = /^(?:YouTube|Instagram|X|Twitter|Facebook|LINE|TikTok|note|LinkedIn|Threads|Bluesky|RSS)$/i;

/** A link back to the list of articles or the top of the page, which closes an article: 「ニュースリリース一覧へ戻る」「▲ページの先頭へ」. */
export const BACK_TO_LIST = /^[▲△↑^]?[ ]*(?:[^\s。、]{0,16}(?:一覧|トップ|TOP)(?:ページ)?(?:へ|に)戻る|戻る|BACK|(?:この)?ページ(?:の)?(?:先頭|トップ|上)へ(?:戻る)?|PAGE[ ]*TOP)$/i;
