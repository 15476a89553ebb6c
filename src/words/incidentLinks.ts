/** Words that tie a release to an earlier one of the same incident, and that say where a series stands. */

/** Title words every notice has: they say nothing about WHICH incident (removed before titles are compared). */
export const GENERIC_TITLE_WORDS = [
  'お知らせ', 'お詫び', 'おわび', 'ご報告', 'ご案内', 'ご連絡', 'について', 'に関する', 'に関して', 'に伴う', 'による', 'における',
  'および', '及び', 'ならびに', 'のお願い', '重要', '続報', '最終報', '第一報', '第二報', '第三報', '第四報', '第五報', '初報',
  '第1報', '第2報', '第3報', '第4報', '第5報', '第6報', '第7報', '第8報', '第9報', '更新', '追記', '訂正', '再掲',
  '不正アクセス', 'サイバー攻撃', 'ランサムウェア', '個人情報', '漏えい', '漏洩', '流出', 'の可能性', '可能性', 'おそれ', '恐れ',
  'セキュリティインシデント', 'インシデント', '発生', '被害', '弊社', '当社', '本学', '本院', '当院', '本会', '当会', 'お客様',
  '調査結果', '調査', '結果', '件', 'の件', 'の',
] as const;

/** What follows a date that names an earlier notice: 「7月2日付で公表」「6月11日にお知らせ」. */
export const EARLIER_NOTICE_WORDS = ['公表', 'お知らせ', 'ご報告', '報告', '公開', '掲載', '発表', 'ご案内', '告知', '第一報', '第1報', '初報'] as const;

/** What follows a date that names when the incident happened: 「本年3月11日に発生」「6月8日より発生」. */
export const OCCURRENCE_WORDS = ['発生', '検知', '判明', '確認', '受け', '被害'] as const;

/** A system's failure in a title (the noun before it is what failed). */
export const OUTAGE_WORDS = ['障害', '停止', '不具合', '休止', '中断', '利用できない'] as const;
/** The same system back (the noun before it is what recovered). */
export const RECOVERY_WORDS = ['復旧', '再開', '回復', '復帰'] as const;

/** A release that closes its incident: the last word on it. */
export const CLOSING_WORDS = ['最終報', '調査完了', '調査が完了', '再発防止策', '再発防止に向けた', '収束'] as const;

/** Words before a name for the incident at hand, already known to the reader: 「このたびのランサムウェア被害」. */
export const RECALLING_WORDS = ['このたびの', 'この度の', '今般の', '先般の', '先日の', '今回の', '発生した', '発生いたしました', '発生しました'] as const;

/** A title reporting what an investigation found: a follow-up of the incident investigated (「調査結果のご報告」「（調査報告）」). */
export const INVESTIGATION_RESULT_WORDS = ['調査結果', '調査報告', '調査完了', '調査が完了'] as const;

/** A title telling of an incident at a contractor (「委託先保険代理店におけるランサムウェア被害」): not the organization's own. */
export const CONTRACTOR_WORDS = ['委託先', '代理店', '取引先', '委託業者', '委託会社', '提携先'] as const;

/** Words ending a group's name (「保険見直し本舗グループ」「はるやまホールディングス」): the group and its namesake are one family. */
export const GROUP_NAME_ENDINGS = ['グループ', 'ホールディングス', 'HD'] as const;

/** Sections of a body that publish in its name (「熊本県 農業技術課」): too small to be an organization of their own. */
export const ORGANIZATION_SECTIONS = ['課', '係'] as const;
