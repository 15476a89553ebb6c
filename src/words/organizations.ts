/** Words that make a name an organization's name, and what kind of organization each means. */
import type { OrganizationKind } from '../types.js';

/** Legal-entity words written before or after the name (株式会社ＸＸ / ＸＸ株式会社). */
export const CORPORATE_FORMS = [
  '株式会社', '有限会社', '合同会社', '合名会社', '合資会社', '(株)', '㈱',
  '学校法人', '国立大学法人', '公立大学法人', '医療法人社団', '医療法人財団', '医療法人', '社会医療法人',
  '社会福祉法人', '一般社団法人', '公益社団法人', '一般財団法人', '公益財団法人', '特定非営利活動法人', 'NPO法人',
  '独立行政法人', '地方独立行政法人', '国立研究開発法人', '協同組合', '生活協同組合', '農業協同組合', '信用金庫', '信用組合',
  '税理士法人', '弁護士法人', '監査法人', '司法書士法人', '行政書士法人', '社会保険労務士法人',
] as const;

/** Name endings that say what a body is when no legal form is written (…市, …大学, …病院). */
export const NAME_ENDINGS: { ending: string; kind: OrganizationKind }[] = [
  { ending: '教育委員会', kind: 'government' },
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
];

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
export const SELF_REFERENCES = ['当社', '弊社', '当法人', '本学', '当学', '本校', '当院', '当館', '本市', '当協会', '当会', '当組合', '当機構', '当財団', '当行', '当庫', '本会'];
