/**
 * Counter words after a number that measure an incident's scope (people, records, accounts,
 * messages, devices). Longest first so "アカウント" wins over a shorter overlap. Time, money and
 * order counters (日, 年, 円, 回, 報, 店舗) are absent on purpose.
 */
export const SCOPE_COUNTERS = [
  'アカウント', 'ファイル', 'フォルダ', 'レコード', 'ユーザー', 'ユーザ', '世帯', '団体', '法人', '口座', '企業', '事業者', '校', '件', '名', '人', '通', '社', '台', '枚', '個', '通分', '組',
].sort((a, b) => b.length - a.length);

/** Written before a number: makes it approximate ("約", "最大") or a total ("合計"). */
export const APPROX_PREFIXES = ['約', '最大', 'およそ', '概ね', 'おおよそ', '推定', '延べ', '計', '合計', '総計'];
/** Only these prefixes make a count approximate. */
export const APPROX_PREFIX_WORDS = ['約', '最大', 'およそ', '概ね', 'おおよそ', '推定'];
/** Written after the counter: makes it approximate. */
export const APPROX_SUFFIXES = ['以上', '超', '程度', '余り', 'あまり', '強', '前後', 'ほど', '余', '弱', '超え'];

/** Subjects that say a number is not the incident's scope (stores, catalog items, staff on call). */
export const NON_SCOPE_SUBJECTS = /店舗|商品|品目|営業日|取引先数|仕入先|拠点|支店|部署数|従業員数|社員数|職員数|人員|体制|窓口|回線|コールセンター|問い合わせ|お問合せ|お問い合わせ|相談|受付/;
