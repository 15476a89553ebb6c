/** How a release says where it stands in a series of reports. */

/** "第3報", "第三報", "第 12 報" — the number group is parsed by parseJapaneseNumber. */
export const NTH_REPORT = /第[ ]{0,2}([0-9]{1,3}|[一二三四五六七八九十]{1,3})[ ]{0,2}報/;
/** Words in a title or 公表種別 that make a release a follow-up. */
export const FOLLOW_UP_WORDS = ['続報', '最終報', '最終報告', '最終のご報告', '経過報告', '経過のご報告', '調査結果', '調査完了', '進捗', '追加のお知らせ', '追加報告', '復旧のお知らせ', '再開のお知らせ', '更新', 'アップデート'];
/** Words that make a release the last of its series. */
export const FINAL_REPORT_WORDS = ['最終報', '最終報告', '最終のご報告', '最終版'];
/** Words that say a release is a first notice. */
export const FIRST_REPORT_WORDS = ['初報', '第一報', '第1報'];
/** A sentence that points back to an earlier announcement of the same matter. */
export const EARLIER_NOTICE = /(?:[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|既報|前回|先般|先日|これまで|以前)[^。]{0,40}?(?:公表|お知らせ|公開|発表|掲載|ご報告|ご案内|報告)(?:いたしました|しました|した|させていただきました|申し上げました|しております|のとおり|の通り|いたしましたとおり)/;
