/**
 * Words that set how sure a statement is (read by src/extract/countStatus.ts). Checked in this order:
 * a negation wins over "possible", which wins over "leaked".
 */
export const NOT_LEAKED_PATTERNS: RegExp[] = [
  /(?:漏えい|漏洩|流出|漏れ|持ち出され|閲覧され|窃取され|盗まれ)(?:して|した事実|の事実|の痕跡|した痕跡|された痕跡|等の二次被害|の形跡|した形跡)?(?:は|も)?(?:一切)?(?:い|お)?(?:ない|ません|りません|なかった|ておりません|ていません|ていない|ていなかった|なし)/,
  // also active: "流出の確認はしておりません"
  /(?:漏えい|漏洩|流出)(?:等)?(?:の|は|も|を)?(?:現時点で|現在までに|現在のところ)?(?:確認|認め)(?:は|を)?(?:されて|られて|して)(?:い|お)(?:ない|りません|ません)/,
  /(?:漏えい|漏洩|流出)(?:して|した)?(?:い|お)?(?:ない|りません)(?:こと|旨)を確認/,
  /含まれて(?:い|お)(?:ない|りません|ません)/,
  /対象外/,
  /(?:被害|影響)は(?:ない|ありません|ございません)/,
  // "漏えいを示す痕跡は確認されておりません", "流出した証拠は見つかっていない" (not: 流出した情報の不正利用の事実は…)
  /(?:漏えい|漏洩|流出)(?:(?!不正利用|悪用|二次)[^。、]){0,12}?(?:痕跡|形跡|事実|証拠|証跡)(?:等)?(?:は|も)[^。、]{0,10}?(?:確認|認め|見つか|発見)(?:されて|られて|って)?(?:い|お)?(?:ない|りません|ません|ず|なかった)/,
  // "漏えいの可能性はありません" (a possibility denied)
  /(?:可能性|おそれ|恐れ)は(?:ない|ありません|ございません|低い|極めて低い)/,
];
// Not "恐れ入りますが" (a courtesy).
export const POSSIBLE_PATTERNS: RegExp[] = [/可能性/, /おそれ/, /恐れ(?!入)/, /虞/, /否定でき/, /疑い/, /懸念/];

/**
 * A hedge whose verb is another event than the leak: misuse of data already out (流出した情報を
 * 悪用したメールが送付される可能性, 二次被害のおそれ), or the attack itself (不正アクセスの疑い,
 * 不正アクセスを受けた可能性). The hedge qualifies the verb right before it, so it says nothing
 * about whether data leaked; readStatus drops it before reading the statement.
 */
export const HEDGE_ON_OTHER_EVENT = /(?:悪用|不正(?:に)?(?:利用|使用)|不正ログイン|二次(?:的な)?被害|詐欺|(?<!誤)(?:送付|送信|発信)|届|かかってく|解読を試み|不正(?:な)?アクセス|侵入|ランサムウェアを実行|攻撃|被害が生じ)(?:を受け|が(?:あ|発生し))?(?:され|さ|し|く|け)?(?:る|た|れる|れた)?(?:の|こと)?(?:可能性|おそれ|恐れ(?!入)|疑い|懸念)/g;
export const LEAKED_PATTERNS: RegExp[] = [
  /漏えい|漏洩|流出|漏れ|窃取|盗ま|盗難|持ち出|閲覧された|閲覧可能|公開され|誤送信|誤送付|誤配信|誤って|取得され|不正に?取得|ダウンロードされ|盗み出|詐取|外部に(?:出|送)/,
];

/**
 * Data public by design ("サービス内で公開されているID", "既に公開されている情報"): what the data is, not
 * a leak; readStatus drops it before reading the statement.
 */
export const PUBLIC_BY_DESIGN = /(?:既に|すでに|一般に|(?:サービス|サイト|ホームページ|ウェブサイト|Webサイト)(?:内|上)?(?:にて|で|に)(?:既に|すでに)?)公開され(?:ている|ていた|ており)/g;

/**
 * Data that outsiders are confirmed to have reached ("外部からのアクセスが確認された個人情報"): viewed,
 * so leaked. Not "不正アクセスされた情報", which names what the attack reached, leak undecided.
 */
export const DATA_ACCESSED = /(?<!不正|不正な)アクセス(?:が確認され|され)た(?:個人)?(?:情報|データ|ファイル)/;

/** Warnings about what may follow ("フィッシングメールが送付される可能性があります。ご注意ください"). */
export const WARNING_SENTENCE = /ご注意|ご留意|お気をつけ|お気を付け|注意喚起|注意してください|ご用心|開かないよう|開封しない|アクセスしない|削除して|ご連絡ください/;
