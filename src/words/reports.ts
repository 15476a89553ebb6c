/** How a release says where it stands in a series of reports. */

/** "第3報", "第三報", "第 12 報", "第ニ報" (katakana ニ for 二) — the number group is parsed by parseJapaneseNumber. */
export const NTH_REPORT = /第[ ]{0,2}([0-9]{1,3}|[一二三四五六七八九十ニ]{1,3})[ ]{0,2}報(?!道|酬|告書)/g;

/**
 * What follows a 第N報 that names the release itself: "第二報としてお知らせいたします",
 * "第3報となります", "第3報をご報告いたします", "調査の第2報を申し上げます" (not "…いたしました": that one is past).
 */
export const SELF_AFTER = /^[)）】\]」』]?(?:[・、][ ]?(?:本リリース|本お知らせ|本発表|本報告|今回)|として(?!(?:お知らせ|公表|公開|ご報告|報告|発表|掲載|ご案内)(?:いたしました|しました|した|済|させていただきました|申し上げました))|となります|となる|です|を(?:お知らせ|ご報告|報告|公表|発表|掲載|ご案内)?(?:いたします|します|申し上げます|させていただきます|する))/;

/**
 * What follows a 第N報 that points back at an earlier release: "第5報でお知らせした", "第一報時点では",
 * "第一報（10月4日）第二報（6日）に続き", "第1報の内容", "第2報から変更はありません",
 * "当社システム障害（第1報）につきまして", "「…（第2報）」に関して", "「…（第一報）」を当社ウェブサイトにおいて公表",
 * "「…（第三報）」を適時開示", "（…のお知らせ（第二報））以降" (a quoted title in brackets closes two), "前回（第2報）
 * お知らせした" (a bracketed 第N報 is the object of the past publishing verb right after it, its particle dropped).
 */
export const EARLIER_AFTER = /^(?:[ ]?[(（][^)）]{0,80}[)）][」』]?|[)）】\]]{1,2}[」』]?)?[ ]?(?:第|にて|で(?!す|し|ござ)|において|時点|の(?:内容|時点|とおり|通り|公表|お知らせ|発表|掲載|後|際|(?:ご)?報告以降)|に(?:続|て|おいて|記載|掲載|つき|関し)|付|以降|から|では|(?:を|も)?(?:ご)?参照|をご覧|(?:[、,・]|及び|および|と|や|ならびに)(?=[^。]{0,24}第[ ]?[0-9一二三四五六七八九十]{1,3}[ ]?報)|等|まで|へ|として(?:お知らせ|公表|公開|ご報告|報告|発表|掲載|ご案内)(?:いたしました|しました|した|済|させていただきました|申し上げました)|(?<=[)）】\]」』][ ]?)(?:お知らせ|公表|公開|ご報告|発表|掲載|ご案内)(?:いたしました|致しました|しました|した|させていただきました|申し上げました|しております|いたしております|しておりました)|を(?:[^。、」]{0,16}?(?:において|にて|で))?(?:お知らせ|ご報告|公表|公開|発表|掲載|適時開示|開示)(?:いたしました|しました|した|させていただきました|[ ]?$|[、,。|]|<br))/i;

/**
 * What precedes a 第N報 that is an earlier one: "12月17日付けの第一報", "前回の第2報", "前回（第2報）", "第1報・第2報" (an earlier
 * one listed before it — not "続報・第2報", where the 続報 is this very release).
 */
export const EARLIER_BEFORE = /(?:日付?け?の?|日(?:付け?)?(?:で|に|にて)|付け?の?|日[ ]?[(（]|日の|前回(?:の|[ ]?[(（【])|先般の|既報の|これまでの|過去の|(?<![続速確終])報(?:[ ]?[(（][^)）]{0,20}[)）])?[ ]?(?:[、,・]|及び|および|と|や|ならびに)|以下[、,]?[ ]?「)[ ]?$/;

/**
 * A title that numbers itself without 第…報: "…について（２）", "…ご報告 その２", "（その３）", "（初報）" (1).
 * Only at the end of a title, where a number in brackets is the release's place in its series.
 */
export const TITLE_SERIES_NUMBER = /(?:[(（][ ]?(?:その)?[ ]?(?<paren>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ ]?[)）]|[ 　]その[ ]?(?<sono>[0-9]{1,2}|[一二三四五六七八九十]{1,3})|[(（【][ ]?(?<first>初報)[ ]?[)）】])[ ]*$/;

/** Words in a title or 公表種別 that make a release a follow-up. */
export const FOLLOW_UP_TITLE = /続報|最終(?:の)?(?:ご)?報(?:告)?|確報|経過(?:の)?(?:ご)?報告|追加(?:の)?(?:お知らせ|ご報告|報告|情報)|更新|アップデート|その後|現在の状況|経過について|パート[2-9２-９]/;
/** Words that make a release the last of its series. */
export const FINAL_REPORT = /最終(?:の)?(?:ご)?報(?:告)?|最終版|確報/;

/** A date as releases write it: "11月25日", "2025.04.18", "2025/4/18". */
const NOTICE_DATE = String.raw`(?:[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|[0-9]{4}[./][0-9]{1,2}[./][0-9]{1,2})`;
/** Verbs of making a matter public. */
const NOTICE_VERB = String.raw`(?:公表|お知らせ|公開|発表|掲載|ご報告|報告|ご案内|ニュースリリース|リリース|適時開示|開示)`;
/** Past or continuing forms after such a verb: "いたしました", "致しました", "しておりました", "をさせていただきました". */
const NOTICE_DONE = String.raw`(?:[ ]?[(（][^)）]{0,120}[)）])?(?:を)?(?:いたしました|致しました|しました|した|させていただきました|させて頂きました|申し上げました|しております|いたしております|しておりました|いたしておりました|しています|している|してまいりました|を行って(?:まいりました|参りました)|のとおり|の通り|いたしましたとおり|済)`;
/** Where a release was published: "当社ホームページにて", "弊社ウェブサイト上で". */
const ON_SITE_NAMED = String.raw`(?:当社|弊社|本学|当院|本会|当法人|当協会|当社グループ)?の?(?:ホームページ|ウェブサイト|Webサイト|WEBサイト|webサイト)(?:[ ]?[(（][^)）]{0,20}[)）])?上?(?:にて|で|において)`;
/** The same, optional. */
const ON_SITE = String.raw`(?:${ON_SITE_NAMED})?`;
/** Up to 40 characters inside a sentence, where a quoted title 「…」 counts as one. */
const NOTICE_GAP = String.raw`(?:「[^」]{0,100}」|[(（][^)）。]{0,100}[)）]|[^。「(（]){0,40}?`;

/**
 * A sentence that points back to an earlier public announcement of the same matter: "11月25日付にて
 * 公表いたしました", "先般お知らせいたしました", "前回のお知らせ", "既報のとおり", "2025年2月28日公表の「…」",
 * "4月15日に「…」をニュースリリースしましたが", "4月18日付「…」のとおり", "…を受けたことを公表いたしました".
 */
export const EARLIER_NOTICE = new RegExp(
  String.raw`(?:${NOTICE_DATE}|既報|前回|先般|先日|これまで|以前|すでに|既に|かねて)${NOTICE_GAP}(?<!再)${NOTICE_VERB}${NOTICE_DONE}` +
    String.raw`|(?:[0-9]{1,2}[ ]?日|既報|前回|先般|先日)[^。]{0,30}?(?:公表|発表|お知らせ|掲載)(?:し|いたし)[、,]` +
    String.raw`|${NOTICE_DATE}(?:付け?)?(?:で|に)?(?:公表|発表|掲載|リリース)(?:の|し|済)` +
    String.raw`|${NOTICE_DATE}付け?(?:の(?:お知らせ|ニュースリリース|プレスリリース|発表))?「[^」]{0,100}」(?:の|に)?(?:とおり|通り|にて|で|に(?:関し|つき|ついて))` +
    // "6月8日の告知では…とお伝えしておりました": what an earlier dated notice said.
    String.raw`|${NOTICE_DATE}(?:付け?)?の(?:告知|お知らせ|ご案内|発表|公表)(?:で|に|にて)は` +
    // "4月18日付お知らせにて", "4月28日付のニュースリリースに続き".
    String.raw`|${NOTICE_DATE}付け?の?(?:お知らせ|ニュースリリース|プレスリリース|リリース|発表|公表)(?:にて|で|の(?:とおり|通り)|に続)` +
    String.raw`|(?:こと|旨)を${ON_SITE}(?:公表|お知らせ|ご報告|発表)(?:いたしました|致しました|しました|させていただいており|(?:いた)?し[、,])` +
    // "…を受けたとお知らせしましたが", "…を受けた旨を公表しておりますが": the matter was made public before.
    // "…を受けた旨をご報告させていただきましたが": a report made to the reader (one made to the regulator is ruled out by NOT_PUBLIC_REPORT).
    String.raw`|(?:と|旨を?|について)(?:お知らせ|公表|発表|掲載|ご報告|ご案内)(?:いたしました|致しました|しました|しておりました|していました|いたしておりました|しております|させていただきました|させていただいておりました)が` +
    // "…の可能性があるとお知らせしておりました。": announced and standing until now, so announced before this release.
    String.raw`|(?:と|旨を?)(?:お知らせ|公表|発表|掲載)(?:しておりました|していました|いたしておりました|させていただいておりました)(?=[。、,])` +
    String.raw`|${ON_SITE_NAMED}(?:ご報告|お知らせ|公表|掲載)(?:いたしました|致しました|しました|させていただきました|しております|いたしております|しておりました)(?:とおり|通り)` +
    // "2024年11月25日のお知らせ以降": what has come to light since a dated notice.
    String.raw`|${NOTICE_DATE}(?:付け?)?の(?:お知らせ|ご報告|ご案内|発表|公表|リリース|ニュースリリース|プレスリリース)(?:以降|後)` +
    // "ランサムウェア攻撃（2025年11月13日公表）により": the matter named with the date it was made public — not after
    // "…旨の発表がありました（4月15日公表）", another body's announcement.
    String.raw`|(?<!た[ ]?)[(（][ ]?(?:[0-9]{4}[ ]?年[ ]?)?${NOTICE_DATE}(?:付け?)?[ ]?(?:公表|発表|お知らせ|掲載)(?:済み?)?[)）]` +
    String.raw`|前回(?:の)?(?:お知らせ|ご報告|報告|公表|発表|「)|既報[^。]{0,80}?(?:とおり|通り)` +
    // "12月3日付で子会社…が利用するサーバーに不正なアクセスがあったこと公表しております": a date marked 付(け)で dates a
    // document or an act of publishing, so it binds to the sentence's publishing verb however long the clause it
    // announced (the を after こと may be dropped); the verb in a past or perfect form.
    String.raw`|${NOTICE_DATE}(?:[ ]?[(（][^)）]{1,3}[)）])?付け?で[^。]{0,120}?(?:こと|旨)を?(?:公表|お知らせ|発表|開示)(?:いたしました|致しました|しました|しております|いたしております|させていただきました|させていただいております)` +
    // An earlier notice named only by its quoted title: "「…について」にてお知らせいたしましたとおり".
    String.raw`|「[^」]{1,100}」(?:にて|で)${NOTICE_VERB}(?:いたしました|致しました|しました|させていただきました|させて頂きました|申し上げました)`,
);
/**
 * An earlier notice made by someone else, named as the subject of the verb right after the date: "4月23日に建築局が
 * 発表した", "7月17日に、委託先のＸ社が「…」ことを公表しました" — another body's announcement, not an earlier release of
 * this series. (The writer itself, 当社・本学・当院…, is not someone else.)
 */
export const OTHER_PUBLISHER = /^(?:[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|[0-9]{4}[./][0-9]{1,2}[./][0-9]{1,2})(?:[ ]?\([^()]{1,3}\))?(?:付け?)?(?:に|で)?[、,]?[ ]?(?!(?:当|弊|本|同|私ども))[^\s、。「」()]{1,20}?が(?:「[^」]{0,120}」(?:と|を|ことを|旨を)?)?(?:発表|公表|お知らせ|公開|報告|掲載)/;
/**
 * The subject of the sentence, set apart by a comma after が, is another organization named by its legal form:
 * "幹事保険会社である損害保険ジャパン株式会社が、…ことを令和７年６月11日付けで公表しています" — that body's notice,
 * not an earlier release of this series. (The writer names itself 当社・弊社…, not by its legal form.)
 */
export const OTHER_SUBJECT = /(?:株式会社|有限会社|合同会社|法人|機構|協会|組合|(?:[^当弊本]|^)社)(?:[ ]?[(（][^)）]{0,30}[)）])?が[、,]/;
/** "（裏面にこれまでの経緯を掲載しています）": the history of the matter printed with this very notice, not an earlier one. */
export const HISTORY_PRINTED = /^(?:これまで|以前|今まで)の(?:経緯|経過|流れ|状況)を/;
/**
 * What follows an earlier notice that was about something else: "5月13日に公表いたしました2026年3月期の連結業績予想に修正が
 * 必要", "本件は9月30日に公表しました「…（最終報）」とは無関係です" — a routine financial release, or another matter the
 * release sets itself apart from.
 */
export const OTHER_MATTER_AFTER = /^[^。]{0,30}?(?:業績予想|決算|配当予想|有価証券報告書|中期経営計画)|^[^。]{0,60}?とは(?:無関係|関係(?:が|は)?(?:ありません|ございません|な)|別(?:の|件)|異な)/;
/** An earlier notice whose verb is a public one, after the content it announced ("…旨お知らせしていましたが"). */
export const ANNOUNCED_CONTENT = /^(?:と|旨を?)(?:お知らせ|公表|発表|掲載)/;
/** Who an earlier "報告" went to when it was not the public: the regulator, the police, a customer. */
export const NOT_PUBLIC_REPORT = /委員会|警察|警視庁|当局|所管|監督|官庁|省へ|省に|庁へ|庁に|へ(?:の)?報告|(?<![日既][ ]?)に(?:対し|対して)?(?:ご)?報告|報告を受け|報告があり|から(?:の)?報告|より報告|郵送|個別に|メールにて|書面|文書で|捜査機関/;
/** "最終のご報告をいたします", "…の最終報です", "続報としてお知らせします", "更新情報をお知らせいたします" in the opening: this release follows an earlier one. */
export const FOLLOW_UP_OPENING = /最終(?:の)?(?:ご)?報告(?:を(?:いたします|申し上げます|させていただきます|お知らせ)|と(?:なります|いたします|させていただきます)|として(?:お知らせ|ご報告|公表))|最終報(?:告)?(?:です|となります)|続報(?:となります|です)|(?:本|この|今回の)(?:お知らせ|リリース|発表|ご報告)?は[^。]{0,20}続報|その後の(?:状況|経過)(?:について|を|に関して)|更新情報を(?:お知らせ|ご報告)|現在の状況(?:と|を|について|に関して)[^。]{0,20}(?:ご報告|お知らせ)(?:いたします|します|申し上げます)/;
/** A label line at the top of a pasted release that calls it a follow-up: "■2025年4月25日　続報", "【続報】". */
export const FOLLOW_UP_LABEL = /^[■◆●□◇◎・\s]*(?:[【\[(]?[ ]?(?:[0-9]{4}[年/.][0-9]{1,2}[月/.][0-9]{1,2}日?|[0-9]{1,2}月[0-9]{1,2}日)(?:[ ]?[(（][^)）]{1,4}[)）])?[ ]?[】\])]?[　 ]*)?[【\[(]?(?:続報|追加報告|最終報告?)[】\])]?\s*$/;
/** "本日時点における初報としてお知らせいたします", "4月4日時点の初報をお知らせいたします": the release calls itself the first report. */
export const FIRST_REPORT_SELF = /初報(?:として|を)(?:お知らせ|ご報告|報告|公表|発表|ご案内)(?:いたします|致します|します|申し上げます|させていただきます)/;
/** A date as a list of earlier notices writes it: "2025年12月17日", "同月26日", "14日", "10月8日付", "2月3日（火）". */
export const LISTED_DATE = String.raw`(?:(?:[0-9]{4}|同)[ ]?年[ ]?)?(?:[0-9]{1,2}[ ]?月[ ]?|同月[ ]?)?[0-9]{1,2}[ ]?日(?:[ ]?[(（][^)）]{1,3}[)）])?(?:付け?)?`;
/**
 * Two or more dates governing one past publishing verb: "9月29日付・10月3日付・10月8日付で、…について公表しています",
 * "5月12日および5月15日付で公表しております通り", "2025年12月17日、及び2026年1月7日に公表いたしましたとおり" — as many
 * earlier notices of the writer as dates listed.
 */
export const DATED_NOTICES = new RegExp(
  String.raw`(?<![0-9年月][ ]?)(?<list>${LISTED_DATE}(?:[ ]?(?:[、,・]|及び|および|並びに|ならびに|と){1,2}[ ]?${LISTED_DATE}){1,8})(?:で|に|にて)?[、,]?[ ]?(?<what>[^。]{0,60}?)(?:公表|お知らせ|発表|掲載|ご報告|開示)(?:いたしました|致しました|しました|した|させていただきました|しております|いたしております|しています)`,
);
/** One date of such a list, to count them. */
export const LISTED_DATE_EACH = new RegExp(LISTED_DATE, 'g');
/** "第一報（10月4日）第二報（6日）に続き": the release follows the Nth, so it is the (N+1)th. */
export const FOLLOWS_NTH = /^(?:[ ]?[(（][^)）]{0,30}[)）])?[ ]?(?:に続き|に続いて|に引き続き|に続く)/;
/** "改めてお詫び申し上げます", "改めまして深くお詫び" in the first sentences: the release apologizes again, after an earlier notice. */
export const APOLOGY_AGAIN = /(?:改めて|改めまして|あらためて|あらためまして)[^。]{0,6}(?:お詫び|おわび)/;
/** Before a 第N報 in the same clause: it went to the regulator or the police ("委員会へ第一報を報告"). */
export const NOT_PUBLIC_NTH_BEFORE = /委員会|警察|警視庁|当局|所管|監督|官庁|省へ|省に|庁へ|庁に|捜査/;
/** After a 第N報: it was filed or received, not published ("第一報を提出", "第一報がありました", "第一報連絡"). */
export const NOT_PUBLIC_NTH_AFTER = /^[)）】\]」』]?(?:が(?:あ|入)|連絡|を(?:受|提出|報告し|報告い))/;
/** "調査が完了いたしましたので", "全ての調査と対応を完了し、", "調査結果と再発防止策をご報告": the release closes the investigation. */
export const INVESTIGATION_DONE = /調査[^。]{0,12}完了(?:いた)?し(?:まし)?(?:た|[、,])|再発防止(?!に向けた(?:調査|対応))/;
/** What precedes a 第N報 that names this release: "本お知らせ（第2報）では", "今回の第3報では". */
export const SELF_BEFORE = /(?:本|この|今回の)(?:お知らせ|リリース|発表|ご報告|報告|公表)[ ]?[(（【]?[ ]?$|今回の[ ]?$/;
/** What follows a 第N報 still to come: "第2報以降として公表いたします", "第3報にてお知らせする予定です" (not "第一報以降に判明した": that one is past). */
export const FUTURE_AFTER = /^[)）】\]]?[ ]?(?:以降[ ]?(?:として|にて|で|に(?!判明|確認|発生|実施))|(?:として|にて|で)[^。]{0,20}予定)/;
/** What precedes a 第N報 still to come: "判明次第、第2報として", "今後、第3報にて", "次回の第4報". */
export const FUTURE_BEFORE = /(?:次第|今後|後日|改めて|次回の?)[、,]?[ ]?[(（【]?[ ]?$/;
/**
 * Openings that report on a matter already known to the reader, so the release follows an earlier notice:
 * "新たに判明した被害状況をご報告します", "調査を進めてまいりました結果をご報告いたします",
 * "発生した障害につきまして、調査の結果…判明しました", "本件につきましては、…調査を進めてまいりました"
 * (the matter is named as known, and the result or the work since is new). An `untitledOnly` hint is read only in
 * pasted text without a title: where the title is there, it says better whether the release follows another.
 */
export const FOLLOW_UP_BODY_OPENINGS: { ruleId: string; re: RegExp; untitledOnly?: boolean }[] = [
  { ruleId: 'report.newFindings', re: /(?<!今後[、,]?[ ]?)新たに判明(?:した|いたしました|しました)(?!場合|際|事項につきましては)/ },
  { ruleId: 'report.progressReport', re: /進めて(?:おり(?:ます)?|まいりました)(?:が)?[、,]?[^。次]{0,40}(?:状況|結果)[^。次]{0,30}(?:ご報告|お知らせ)(?:いたします|申し上げます|します|させていただきます)/ },
  // A matter still going on ("発生しております障害につきまして") is known from itself, not from an earlier notice.
  { ruleId: 'report.knownMatterResult', re: /(?<!(?:して|続いて)(?:おります|いる)[^。、]{0,40})(?:につきまして|に関しまして)[、,](?:(?!から|より)[^。]){0,12}調査の結果/ },
  // "調査の進捗状況および現時点で判明している事項について、ご報告申し上げます": the progress of work begun before.
  { ruleId: 'report.progressReport', re: /(?<!次第[、,]?)(?:調査|対応|復旧)(?:の|等の)?(?:進捗|進展)(?:状況)?(?:および|及び|と|について|を|に関して|、)(?:(?!次第|今後|後日|改めて|随時)[^。]){0,40}?(?:ご報告|お知らせ)(?:いたします|申し上げます|します|させていただきます)/ },
  { ruleId: 'report.stateNow', re: /現時点での(?:調査)?状況[^。]{0,12}(?:ご報告|お知らせ)(?:いたします|申し上げます|します)/ },
  // "その進捗につきまして以下の通りご報告いたします": the progress of work the reader knows of.
  { ruleId: 'report.progressReport', re: /その(?:後の)?(?:進捗|進展)(?:状況)?(?:につきまして|について|を|に関して)(?:は)?[、,]?(?:(?!次第|今後|後日|随時)[^。]){0,20}(?:ご報告|お知らせ)(?:いたします|申し上げます|します|させていただきます)/ },
  // "最新情報を以下の通りご報告します", "…時点の最新状況を…ご報告申し上げます": news that updates an earlier state (not
  // "最新の状況については調査が進み次第お知らせいたします": that one is promised).
  { ruleId: 'report.latestState', re: /最新(?:の)?(?:情報|状況)(?:を|について|につき)(?:(?!次第|今後|後日|随時)[^。]){0,20}(?:ご報告|お知らせ)(?:いたします|申し上げます|します|させていただきます)/ },
  // "改めて経緯と現在の対応状況をお知らせいたします" (not "詳細は判明次第改めてお知らせ": that one is still to come).
  { ruleId: 'report.toldAgain', re: /(?<!(?:次第|後日|今後|判明し)[^。]{0,20})(?:改めて|改めまして|あらためて)[、,]?[^。]{0,30}(?:経緯|状況|経過|内容)[^。]{0,30}(?:お知らせ|ご報告|ご案内)(?:いたします|申し上げます|します)/ },
  // "ランサムウェア被害に関しまして、外部専門家による調査が完了いたしましたので": the matter is named as known and the
  // investigation into it is over (22 of 22 archive releases of this form are numbered or linked follow-ups).
  { ruleId: 'report.investigationDone', re: /(?:に関しまして|につきまして|に関し(?:て)?[、,]|について[、,])[、,]?[^。]{0,40}調査が完了(?:いたし|し|致し)ましたので/ },
  // "…事案に関する調査結果と再発防止策のご報告です", "不正アクセスの調査結果および再発防止策について、下記の通りご報告申し上げます":
  // the release delivers, now, the outcome of the investigation together with the remedy — the close of a matter told
  // before (all 15 archive releases of this form are numbered, linked or otherwise marked follow-ups). Not the promise
  // of them (詳細な調査結果および再発防止策については、確定次第改めてご報告いたします).
  { ruleId: 'report.resultAndRemedy', re: /調査結果(?:の概要)?(?:および|及び|と|並びに|ならびに)(?:今後の)?再発防止策(?:について|に関して|に関する|を|の)?[、,]?(?:(?!次第|今後|後日|改めて|あらためて|随時)[^。]){0,20}?(?:ご報告|お知らせ)(?:いたします|申し上げます|します|です|させていただきます|致します)/ },
  // "本事案の発生から最終的なご報告までにお時間を頂戴いたしました": the last of a series of reports.
  { ruleId: 'report.finalReportWord', re: /最終的な(?:ご)?(?:報告|お知らせ)(?!書)/ },
  // "コーポレートサイトにて業務状況等について随時ご案内を行っておりますが": notices given all along.
  { ruleId: 'report.toldAllAlong', re: /随時(?:ご案内|お知らせ|ご報告|公表)(?:を行って|して|いたして)(?:おります|おりました|まいりました)(?:が|[、,])/ },
  // "…不通となっておりましたが、本日復旧し", "…停止しておりましたが、12月19日12時よりサービスを再開": a state the reader has
  // known ends on a stated day. (A release telling only that it "has recovered" — 現在は復旧しております — may be the first word.)
  // "6月8日より実施しておりました、…サービス停止につきまして、…8月12日…以降、順次サービスを再開いたしました": the held state
  // may also qualify the matter (a relative clause set off by a comma) rather than end in が.
  { ruleId: 'report.resumedOnDay', re: /(?:て|で)(?:おりました|おりまし|いました|おりした|まいりました|参りました)(?:が|けれども|(?=[、,]))[、,]?[^。]{0,120}?(?:本日|[0-9]{1,2}[ ]?日)[^。]{0,60}?(?:再開|復旧)(?:いたし|致し|し|する|します|となり|の運び|する運び|(?:作業|対応)?が完了)/ },
  { ruleId: 'report.knownMatterProgress', re: /(?:につきまして|に関しまして|につきましては)[、,][^。]{0,80}(?:進めて|行って)(?:まいりました|参りました)/ },
  // "5月24日に発生しましたランサムウェア被害につきまして、…": a dated incident named as the matter already known.
  // "2025年8月に発生した第三者による不正アクセスに関して": a month with its year names the past matter as well as a day does.
  { ruleId: 'report.knownDatedMatter', re: /(?:[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|[0-9]{1,2}[ ]?日|[0-9]{4}[ ]?年[ ]?[0-9]{1,2}[ ]?月(?:[上中下]旬)?)(?:[ ]?\([^()]{1,4}\))?[^、。]{0,12}?(?:に)?(?:発生|確認|発覚|判明|検知)(?:いたし|致し|し|され)(?:まし)?た(?![上がら])[、,]?[^。]{0,60}?(?:につきまして|について(?:は|、)|に関しまして|に関し(?:て)?[、,]|につきましては)/ },
  // "9月29日に発生したサイバー攻撃の経緯について調査を進めてまいりました": a dated matter worked on since, in one sentence.
  { ruleId: 'report.knownDatedMatterProgress', re: /(?:[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|[0-9]{1,2}[ ]?日)(?:[ ]?\([^()]{1,4}\))?(?:に)?(?:発生|発覚|判明)(?:いたし|致し|し)(?:まし)?た[^。]{0,60}?(?:について|に関して|に関し)[^。]{0,20}?(?:調査|対応)を(?:進めて|行って|実施して)(?:まいりました|参りました)/ },
  // "5月15日に発覚しました…不正アクセスによる被害の発生により、多大なるご心配とご迷惑をおかけしている": a dated matter named
  // as the cause of the trouble the reader has already had, so it was made known before.
  { ruleId: 'report.knownDatedCause', re: /(?:[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|[0-9]{4}[ ]?年[ ]?[0-9]{1,2}[ ]?月)(?:[ ]?\([^()]{1,4}\))?(?:[ ]?[0-9:時分頃]{0,10})?に(?:発覚|発生|判明|確認)(?:いたし|致し|し)(?:まし)?た[^。]{0,60}?(?:により|に伴い|に伴う|によって)[^。]{0,60}?(?:ご迷惑|ご心配|ご不便)/, untitledOnly: true },
  // "2025年10月3日、当社グループにおいて発生した情報セキュリティインシデントにつきまして": the date set apart by a comma.
  { ruleId: 'report.knownDatedMatter', re: /^[^。]{0,40}?(?:[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|[0-9]{4}[ ]?年[ ]?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日)[、,][ ]?(?:当社|弊社|本学|当院|本法人|当法人)(?:グループ)?(?:において|で)発生(?:した|しました|いたしました)[^。]{0,40}?(?:につきまして|について|に関し)/ },
  // "…不正アクセスを受けた件につきまして": the matter is named as "the case", known to the reader from before.
  // Not when the clause right after apologizes for the case or tells what was found (…を受けた件につきまして、多大な
  // ご迷惑をおかけし…お詫び / …データの暗号化が発覚しました): that is how a first notice names its matter (but
  // …件につきましては、発生直後より…ご心配をおかけし looks back).
  { ruleId: 'report.knownCase', re: /(?:た|ました)件(?:につきまして|について|に関して|に関しまして|に関し)(?!(?:は)?[、,]?[^。、]{0,40}?(?:お詫び|おわび|ご迷惑|ご心配|発覚|判明))/ },
  // "1月30日より稼働停止していたサーバーが復旧し": what was stopped is back, after the notice of the stop.
  // "同サイトを一時閉鎖しておりましたが、原因を特定し、サイトの復旧を完了いたしました": the end told as the work done.
  { ruleId: 'report.resumedAfterStop', re: /(?:停止|休止|中断|遮断|閉鎖|制限)(?:して|させて|いたして)?(?:おりました|いました|いた)[^。]{0,80}(?:再開|復旧)(?:(?:作業)?(?:を|が)完了|いたし|し|する運び|となり)/ },
];
/**
 * A notice verb in a perfect or continuing aspect, done "as things went" (随時・順次・適宜): notices have been given
 * up to this release, so it follows them. Read anywhere in the text (the aspect, not the place, says it):
 * "本件はサービスサイト上で順次ご報告してまいりましたが", "本事案を公表し、お知らせを随時更新しております" (a past
 * publishing coordinated with the updates that go on). Not "随時ご報告いたします" / "随時更新してまいります" (to come).
 */
export const NOTICES_SO_FAR: { ruleId: string; re: RegExp }[] = [
  { ruleId: 'report.noticesSoFar', re: /(?:随時|順次|適宜|逐次)(?:ご案内|お知らせ|ご報告|公表|報告)(?:を行って|して|いたして|させていただいて)(?:まいりました|参りました|おりました)/ },
  // "引き続き多大なるご心配とご迷惑をおかけしておりますこと": trouble the writer goes on causing (引き続き with the continuing
  // おかけしております), so the reader was told of it before — not "引き続きご迷惑をお掛けしますこと" (to come, as a first
  // notice says of the recovery ahead).
  { ruleId: 'report.continuingTrouble', re: /引き続き[、,]?[^。、]{0,16}?(?:ご迷惑|ご心配|ご不便|ご不安)[^。、]{0,16}?(?:おかけ|お掛け)(?:して|いたして)(?:おり|い)/ },
  { ruleId: 'report.publishedAndUpdated', re: /(?:公表|掲載|公開|お知らせ)(?:し|いたし)[、,](?:(?!今後|次第)[^。]){0,30}(?:随時|順次|適宜|逐次)(?:更新|追記)(?:して|いたして)(?:おります|まいりました|参りました)/ },
];
/**
 * A dated entry of a chronology that is a publishing act of the writer: "2024年12月12日、…当社サイトに「…」を掲載させて
 * いただきました", "1月21日(火) 外部に対する公表（第一報）", "*1 2026年1月14日付お知らせ" — the verb in a past form,
 * or the act named as a noun at the end of the entry or before its 第N報 label.
 */
export const CHRONOLOGY_NOTICE = /(?:公表|掲載|発表|お知らせ|ニュースリリース|プレスリリース|適時開示)(?:いたしました|致しました|しました|させていただきました|させて頂きました|を(?:行い|いたし|し)ました|[ ]?(?:。|$)|[ ]?[(（]第)/;
/**
 * What makes such an entry no public notice of the writer's: it went to the regulator, the police or a person; it was
 * received (…から, …より); the attacker or a leak site published (リークサイトに掲載); someone else is its subject
 * (同社); the press reported it. (Another body named as the subject of the verb is read apart: CHRONOLOGY_SUBJECT.)
 */
export const CHRONOLOGY_NOT_OWN = /委員会|警察|警視庁|当局|所管|監督|官庁|省へ|省に|庁へ|庁に|へ(?:の)?報告|報告を受け|から|より|郵送|個別|メールにて|メールで|書面|文書|捜査|ダーク|リーク|攻撃者|犯行|SNS|報道|同社/;
/** The subject of an entry's publishing verb, named with が in its clause: "斎藤コロタイプが自社のホームページ上で本事案を公表". */
export const CHRONOLOGY_SUBJECT = /(?<subject>[^\s、。「」()（）]{1,20}?)が[^、。]{0,30}?(?:公表|発表|掲載|お知らせ)/;
/** A notice named after its publisher, an organization: "2025年4月15日付ＩＩＪ社ニュースリリース", "同機構のお知らせ". */
export const CHRONOLOGY_PUBLISHER = /(?<subject>[^\s、。「」()（）]{0,20}?(?:社|会社|機構|協会|法人|省|庁|局|グループ|団体|組合))(?:の|による)?[ ]?(?:ニュースリリース|プレスリリース|リリース|お知らせ|公表|発表)/;
/** What makes a later dated entry no event that has happened: a plan or a bound still to come. */
export const CHRONOLOGY_PLAN = /予定|見込|目途|めど|までに|以降|期限|期間/;
/**
 * The opening sentence of the prose names the incident as its topic — "当社サカイ創建グループで発生しました外部からの
 * 不正アクセスにつきまして、…", "弊社サーバーに対する不正アクセスおよびランサムウェア被害につきまして、…", after the
 * writer's own topic ("株式会社Ｘ（本社：…）は、システム障害発生に関して、…") — given
 * information, known to the reader from an earlier notice; a first notice brings the incident in as news (このたび…
 * が判明しました). The noun phrase before the topic marker holds no comma; KNOWN_TOPIC_NOT_GIVEN lists what makes
 * the topic no sign of an earlier notice.
 */
export const KNOWN_TOPIC_OPENING = /^(?:[^。]{2,120}?(?:は|では)[、,][ ]?)?[^。、]{4,80}?(?:事案|被害|攻撃|不正アクセス|障害|インシデント|件|事象|発生)(?:につきまして|に関しまして|について|に関して|に関し)[、,]/;
/**
 * In the opening sentence: the incident marked as new (このたび, 今般, 本日, 今回); the apology frame a first notice opens with
 * (…につきまして、ご迷惑をおかけし…お詫び); or the matter still going on, known from itself (発生しております障害につきまして).
 */
export const KNOWN_TOPIC_NOT_GIVEN = /このたび|この度|今般|本日|今回|お詫び|おわび|ご迷惑|ご心配|(?:して|続いて)(?:おります|いる)[^。、]{0,40}(?:につきまして|に関しまして|について|に関して|に関し)[、,]/;
/**
 * The opening sentence names the incident with a determiner that points at it as already known — "このたびのシステム障害に
 * 関し、…", "このたびのＩＩＪ社メールシステムへの不正アクセス事案につきまして、…", "先の不正アクセスの件につきまして、…": the
 * attributive この度の / 先の presupposes the matter, where a first notice brings it in as news with the adverb (このたび、…が
 * 判明しました) or opens on its apology (このたびは、…). Read at the very start of the sentence only ("委託先の…につきまして" holds
 * 先の, "この度の事態を厳粛に受け止め" closes a first notice), and whatever the clause after the topic says (the apology frame
 * that KNOWN_TOPIC_NOT_GIVEN reads as a first notice follows a matter named so as well). In the archive all 9 openings of this
 * form are follow-ups (tune gold: 4 of 4).
 */
export const KNOWN_TOPIC_DETERMINED = /^[ 　]*(?:このたびの|この度の|今般の|先般の|先の)[^。、]{2,60}?(?:につきまして|に関しまして|について|に関して|に関し|につき)[、,(（]/;
/** A topic that points back within the text: "本件につきましては", "当該事案に関しまして". */
export const ANAPHOR_TOPIC = /^[^。]{0,10}(?:本件|本事案|本事象|当該事案|当該事象|同事案)(?:につきまして|に関しまして|について|に関して|に関し)/;
/** What brings a matter in as news in a sentence: "このたび、…が発生いたしました", "今般、…を確認しました". */
export const NEWS_MARKER = /^[^。]{0,10}(?:このたび|この度|今般)[、,]/;
/** A sentence that only greets the reader ("平素より…御礼申し上げます", "お客様各位"): the prose opens after it. */
export const GREETING_SENTENCE = /^(?:平素|いつも|日頃|日ごろ|毎度)|(?:御礼申し上げます|お礼申し上げます|ありがとうございます)。?$|各位$/;
/** A section marked as updated ("漏えいした情報（更新）", "対象者（3月5日追加）"): the release revises an earlier one. */
export const UPDATED_SECTION = /[(（【](?:[0-9/月日 ]{0,8})?(?:更新|追記|追加)[)）】][ ]*$/;
/** Words that place a past-tense "公表いたしました" at this very release: "この度…公表いたしました". */
export const THIS_RELEASE = /この度|このたび|本日|今般/;
/** Words of a heading above quotes of other releases ("前回のお知らせ", "【ご参考】", "これまでの経緯"). */
export const REFERENCE_HEADING = /参考|前回|既報|過去|これまで|経緯|経過/;
