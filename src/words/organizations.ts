/** Words that make a name an organization's name, and what kind of organization each means. */
import type { OrganizationKind } from '../types.js';

/** Legal-entity words written before or after the name (株式会社ＸＸ / ＸＸ株式会社). */
export const CORPORATE_FORMS = [
  '株式会社', '有限会社', '合同会社', '合名会社', '合資会社', '(株)', '㈱',
  '学校法人', '国立大学法人', '公立大学法人', '医療法人社団', '医療法人財団', '医療法人', '社会医療法人',
  '社会福祉法人', '一般社団法人', '公益社団法人', '一般財団法人', '公益財団法人', '特定非営利活動法人', 'NPO法人',
  '独立行政法人', '地方独立行政法人', '国立研究開発法人', '協同組合', '生活協同組合', '農業協同組合', '信用金庫', '信用組合',
  '税理士法人', '弁護士法人', '監査法人', '司法書士法人', '行政書士法人', '社会保険労務士法人',
  '相互会社', '公立大学法人', '認定特定非営利活動法人', '有限責任監査法人',
] as const;

/** Name endings that say what a body is when no legal form is written (…市, …大学, …病院). */
export const NAME_ENDINGS: { ending: string; kind: OrganizationKind }[] = [
  { ending: '教育委員会', kind: 'government' },
  { ending: '委員会', kind: 'government' },
  { ending: '事務組合', kind: 'government' },
  { ending: '企業団', kind: 'government' },
  { ending: '広域連合', kind: 'government' },
  { ending: '公社', kind: 'government' },
  { ending: '公庫', kind: 'government' },
  { ending: '議会', kind: 'government' },
  { ending: '図書館', kind: 'government' },
  { ending: '博物館', kind: 'government' },
  { ending: '美術館', kind: 'government' },
  { ending: '市役所', kind: 'government' },
  { ending: '区役所', kind: 'government' },
  { ending: '町役場', kind: 'government' },
  { ending: '村役場', kind: 'government' },
  { ending: '県庁', kind: 'government' },
  { ending: '省', kind: 'government' },
  { ending: '庁', kind: 'government' },
  { ending: '都', kind: 'government' },
  { ending: '道', kind: 'government' },
  { ending: '府', kind: 'government' },
  { ending: '県', kind: 'government' },
  { ending: '市', kind: 'government' },
  { ending: '区', kind: 'government' },
  { ending: '町', kind: 'government' },
  { ending: '村', kind: 'government' },
  { ending: '大学', kind: 'school' },
  { ending: '短期大学', kind: 'school' },
  { ending: '大学院', kind: 'school' },
  { ending: '学校', kind: 'school' },
  { ending: '幼稚園', kind: 'school' },
  { ending: '保育園', kind: 'school' },
  { ending: 'こども園', kind: 'school' },
  { ending: '高等学校', kind: 'school' },
  { ending: '中学校', kind: 'school' },
  { ending: '小学校', kind: 'school' },
  { ending: '学園', kind: 'school' },
  { ending: '高専', kind: 'school' },
  { ending: '病院', kind: 'medical' },
  { ending: 'クリニック', kind: 'medical' },
  { ending: '医院', kind: 'medical' },
  { ending: '診療所', kind: 'medical' },
  { ending: '協会', kind: 'association' },
  { ending: '連合会', kind: 'association' },
  { ending: '組合', kind: 'association' },
  { ending: '財団', kind: 'association' },
  { ending: '機構', kind: 'association' },
  { ending: '研究所', kind: 'association' },
  { ending: '学会', kind: 'association' },
  { ending: '商工会議所', kind: 'association' },
  { ending: '商工会', kind: 'association' },
  { ending: '共済会', kind: 'association' },
  { ending: '実行委員会', kind: 'association' },
  { ending: '金庫', kind: 'company' },
  { ending: '銀行', kind: 'company' },
];

/** The words that make a name an organization's: a legal form (it opens or ends the name) or a body's ending. */
export const ORGANIZATION_WORDS: readonly string[] = [...CORPORATE_FORMS, ...NAME_ENDINGS.map((e) => e.ending)];

/** Legal forms mapped to a kind (first match wins). */
export const FORM_KINDS: { form: string; kind: OrganizationKind }[] = [
  { form: '学校法人', kind: 'school' },
  { form: '大学法人', kind: 'school' },
  { form: '医療法人', kind: 'medical' },
  { form: '社団法人', kind: 'association' },
  { form: '財団法人', kind: 'association' },
  { form: '社会福祉法人', kind: 'association' },
  { form: '特定非営利活動法人', kind: 'association' },
  { form: 'NPO法人', kind: 'association' },
  { form: '協同組合', kind: 'association' },
  { form: '独立行政法人', kind: 'government' },
  { form: '研究開発法人', kind: 'government' },
  { form: '会社', kind: 'company' },
  { form: '(株)', kind: 'company' },
  { form: '法人', kind: 'company' },
  { form: '信用金庫', kind: 'company' },
];

/** Words a release title uses and an organization's name does not. */
export const TITLE_WORDS = ['お知らせ', 'お詫び', 'について', 'ご報告', 'に関する', '発生', '不正アクセス', '漏えい', '漏洩', '被害', 'ご案内', 'ご注意'];

/** Words that stand for the issuing organization itself in its own release. */
export const SELF_REFERENCES = [
  '当社', '弊社', '当法人', '本法人', '本学', '当学', '本校', '当校', '当院', '本院', '当館', '本館', '本市', '当市', '本県', '当県', '本町', '当町',
  '本村', '本区', '当区', '当協会', '本協会', '当会', '本会', '当組合', '本組合', '当機構', '本機構', '当財団', '本財団', '当行', '当庫', '当金庫',
  '当園', '本園', '当センター', '本センター', '当省', '本省', '当庁', '弊団体', '当団体', '本団体', '当グループ', '弊グループ', '当連合会', '本連合会', '当公社', '当公庫',
];

/**
 * Words that join a name to the release's own word for itself as another party beside it (「当社および中国電力ネットワーク
 * 株式会社」「弊社と株式会社Ａ」「当社・Ａ社」): the name is not the one who speaks. (Not 「、」: 「弊社、Ａ株式会社は」 names the speaker.)
 */
export const SELF_COORDINATION = ['および', '及び', 'ならびに', '並びに', 'と', '・'];

/**
 * Words right before a name that make it someone other than the issuer: a contractor, a vendor,
 * a parent or partner ("委託先である株式会社ＸＸ", "利用している株式会社ＸＸ").
 */
export const THIRD_PARTY_BEFORE = [
  '委託先', '委託業者', '委託事業者', '委託会社', '受託者', '受託事業者', '受託業者', '請負者', '請負業者', '提供会社', '提供元', '提供事業者',
  '子会社', '連結子会社', 'グループ会社', '運営会社', '運営事業者', '運営元', '開発会社', '開発元', '開発事業者', '保守会社', '保守業者', '取引先', '親会社', '関連会社', '契約先', '販売元', '販売店',
  'ベンダー', '協力会社', '再委託先', '調査会社', '調査機関', '専門会社', '専門企業', '専門機関', '印刷会社', '発送業者', '配送業者', '事業者', '業者',
  '利用している', '利用する', '利用しております', '使用している', '使用する', '導入している', '契約している', '契約関係にある', '委託している',
  '委託しております', '委託しておりました', '委託していた', '委託した', '発注した', '依頼していた', '依頼した',
  '受託している', '受託しております', '受託する', '受託した', '請け負っている', '請け負う', '採用している', '加入している',
];

/** Words right after a name that make it someone other than the issuer ("ＸＸ様", "ＸＸ社から報告"). */
export const THIRD_PARTY_AFTER = /^[ ]?(?:様|殿|御中|各位|によ(?:りますと|れば|ると)|から[、,]|社(?:製|から|より|の(?:発表|報告|公表|サービス|システム))|から(?:の)?(?:報告|連絡|通知|説明|発表|指摘|情報提供|委託)|より(?:報告|連絡|通知|説明|指摘)|に(?:委託|依頼|業務委託|対し)|製|の(?:発表|プレスリリース|リリース|公表|ホームページ|ウェブサイト|Webサイト|サイト)|が(?:公表|発表)した)/;

/** A label naming the supplier of a product or service: "（提供：ＸＸ株式会社）", "開発元：…". */
export const SUPPLIER_LABEL = /(?:提供|開発|製造|販売|運営|委託先|委託|協力|製品)(?:元|会社)?[ ]?:[ ]?$/;

/** Headings of the contact section, where the issuer gives its name and desk. */
export const CONTACT_HEADING = /問い?合わ?せ|連絡先|窓口/;

/** Words inside the parenthesis after a name that only the issuer writes about itself. */
export const ISSUER_PAREN_WORDS = /^[ ]?\((?:[^()]{0,60}?)(?:本社|本店|本部|所在地|代表|頭取|社長|理事長|学長|総長|市長|知事|区長|町長|村長|院長|会長|CEO|取締役|東証|証券コード|コード番号)/;

/** Words after a name on its own line that make the line a signature (name, then a department or a title). */
export const SIGNATURE_TAIL = /^[ ]*(?:$|[ ]?(?:[^ 。、]{0,20}(?:部|課|室|局|係|センター|窓口|担当|事務局|本部|グループ|チーム)(?:[ ]|$)|代表|取締役|社長|理事長|学長|院長|会長|市長|知事|広報|総務))/;

/**
 * A head's title as a letter signs with it, fused to the body's name or on the line under it
 * (「Ｘ市長 山田 太郎」「Ｘ大学学長 …」「代表取締役社長 …」), longest first.
 */
export const HEAD_TITLES = ['代表取締役社長', '代表取締役', '代表理事', '代表者', '理事長', '知事', '学長', '総長', '院長', '病院長', '校長', '館長', '園長', '会長', '社長', '市長', '区長', '町長', '村長', '長'] as const;

/**
 * Endings of a body's name too common in prose to find names by (KIND_ONLY_ENDINGS), that still make a line
 * standing alone — a logo, a copyright's holder, a letter's sender — one body's name: 「Ｘ共済事業団」「Ｘ弁護士会」.
 */
export const STANDALONE_NAME_ENDINGS = ['事業団', '弁護士会'] as const;

/** Endings of a desk or office that another body runs and names in parentheses: 「Ｘ事業事務局（株式会社Ｙ）」. */
export const RUN_DESK_ENDING = /(?:事務局|事務所|センター|本部)$/;

/**
 * The work a desk is named for, before its office's word (「事務局」「総務局」「お客様センター」「サポートセンター」): what the
 * desk does, not whose it is — said of any body's desk, it names none.
 */
export const DESK_WORK = /(?:事務|総務|広報|庶務|運営|管理|企画|お客様(?:相談)?|カスタマー(?:サポート|サービス)?|サポート|コール|相談|問い?合わ?せ|受付)$/;
/** The office words a desk's work is written before (DESK_WORK): never a body's own kind (省, 庁 — 「総務省」 is one). */
export const DESK_OFFICE = /^(?:局|センター|本部)$/;

/** A group's name, which may give the company that speaks for it in parentheses: 「Ｘ創建グループ（Ｘ創建株式会社）」. */
export const GROUP_NAME_ENDING = /[^\s（(]{2}(?:グループ|ホールディングス)$/;

/** Units of an office written right after its name on a contact line (広島県地域政策局…, ＸＸ市総務部…). */
export const DEPARTMENT_RUN = /^[\p{Script=Han}\p{Script=Katakana}ー・]{0,24}?(?:局|部|課|室|係|センター|窓口|担当|事務局|本部|チーム)/u;

/**
 * An office of a body written on to the body's name in the text: 「こども未来課」「教育委員会」「総務部情報政策課」
 * (no particle first: 「の一部」). Unlike DEPARTMENT_RUN it takes kana and a board (委員会), and no kanji
 * may follow the office's word.
 */
export const OFFICE_OF_IT = /^(?![のはがをにでともへや])[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{0,16}?(?:課|部|局|室|係|センター|事務局|本部|委員会)(?![\p{Script=Han}])/u;

/** Words that end like a name but name no one in particular (都道府県, 市区町村, 関係機関). */
export const GENERIC_NAMES = [
  '都道府県', '市区町村', '市町村', '区市町村', '各都道府県', '地方公共団体', '自治体', '関係機関', '関係各所', '関係団体', '警察', '所轄警察署',
  '他社', '各社', '同社', '本社', '支社', '貴社', '御社', '会社', '同市', '同県', '各市', '全国', '国', '本学', '他大学', '各大学', '同大学',
  '個人情報保護委員会', '警視庁', '警察庁', '監督官庁', '所管省庁', '委員会', '協会', '組合', '機構', '研究所', '大学', '病院', '学校', '銀行', '金庫',
];

/**
 * Endings that tell an issuer's kind but are too common in prose to find names by
 * (…局, …グループ, …支部): used for the kind of a name already found.
 */
export const KIND_ONLY_ENDINGS: { ending: string; kind: OrganizationKind }[] = [
  { ending: '局', kind: 'government' },
  { ending: '大学部', kind: 'school' },
  { ending: '大學', kind: 'school' },
  { ending: '外科', kind: 'medical' },
  { ending: '内科', kind: 'medical' },
  { ending: '歯科', kind: 'medical' },
  { ending: '弁護士会', kind: 'association' },
  { ending: '事業団', kind: 'association' },
  { ending: '支部', kind: 'association' },
  { ending: 'グループ', kind: 'company' },
  { ending: 'ホールディングス', kind: 'company' },
];
