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
