import type { TimelineEvent } from '../types.js';
import { matchesOf, globalForm } from '../util/regex.js';

/**
 * Words that give a dated clause its event, matched on normalized text. The classifier
 * (src/dates/dateEvents.ts) takes the word that comes FIRST in the clause after the date, so
 * order here does not decide; `role` says how a word combines with the others.
 * - incident: the incident itself happened (occurred)
 * - detect: the organization found it (detected)
 * - told: the organization was told of it (detected, whatever else the clause says)
 * - response: what was done afterwards
 */
export interface EventWord {
  event: TimelineEvent;
  role: 'incident' | 'detect' | 'told' | 'response';
  pattern: RegExp;
  /** Right before the match: the word says something else here. */
  unless?: RegExp;
}

/** Before 確認: what was confirmed is a sound state ("ご利用が可能であることが確認でき"), not the incident. */
// ("お客様のマネーへの不正利用がないことを改めて確認": an absence confirmed, written with a modifier between.)
// ("システムの安全性を確認した上で…再開": a check that the systems are sound before reopening.)
// ("…不審な痕跡が存在しないことを確認", "マルウェアが残存していないことを確認", "新たな侵害が確認されていないこと": an absence in a negated verb.)
// ("安全が確認できたものから順次再開", "システムの安全を確認し": safety, not the incident.)
const SOUND_STATE_BEFORE = /(?:(?:可能|安全|正常|問題(?:が|は)?ない|影響(?:が|は)?ない|支障(?:が|は)?ない|(?:が|は)(?:ない|なかった)|(?:し|され)(?:てい|てお)?(?:ない|なかった|りません))(?:である|であった|な|だった)?こと|(?:安全|健全|正常)性?)(?:が|を)(?:改めて|あらためて|再度)?[ ]?$/;

const AUTHORITY = '(?:警察|警察署|県警|府警|道警|警視庁|委員会|監督官庁|所管官庁|関係省庁|関係機関|文部科学省|総務省|経済産業省|厚生労働省|金融庁|[^ 、。]{0,6}(?:省|庁)|IPA|情報処理推進機構|JPCERT(?:/CC)?|JIPDEC|日本情報経済社会推進協会)';
const NOT_AFTER_LEAK = '(?!ていない|ておりません|ていません|ておらず|ないこと|ないよう|てない)';

export const EVENT_WORDS: EventWord[] = [
  // The incident itself.
  { event: 'occurred', role: 'incident', pattern: /発生(?!を防|防止|しない|させない|時点|する可能性|のおそれ|の防止|を抑|源|元)/ },
  // (受け also written in kana: "サイバー攻撃をうけました".)
  { event: 'occurred', role: 'incident', pattern: /(?:アクセス|攻撃|侵入|被害|改ざん|感染|ログイン|侵害)(?:を|の被害を)(?:受け|うけ)/ },
  { event: 'occurred', role: 'incident', pattern: /(?:アクセス|ログイン|攻撃|侵入|侵害|送信)(?:等)?(?:が|は)(?:あり|あった|なされ|繰り返し行われ|行われ|実行され)/ },
  // "7月頃に行われたランサムウェア攻撃": the attack the date belongs to.
  // ("1月30日に被ったランサムウェア攻撃につき": suffered, written with 被る.)
  // ("4月10日に生じたランサムウエア攻撃につきまして": 生じる, 起きる, 起こる are 発生する's intransitive kin.)
  { event: 'occurred', role: 'incident', pattern: /(?:行われ|実行され|仕掛けられ|受け|被っ|生じ|起き|起こっ)た[^。、]{0,12}?(?:攻撃|不正アクセス|侵入|不正ログイン|被害)/ },
  { event: 'occurred', role: 'incident', pattern: /(?:作成|操作|改ざん|送信)(?:等)?が(?:行われ|なされ)|(?:攻撃|アクセス|送信|侵入|流出)(?:が)?(?:始ま|開始され)/ },
  // ("開発者端末が侵害される": a chronology's entry in the present tense.)
  { event: 'occurred', role: 'incident', pattern: /侵入(?:され|し(?!ない)|を許し)|侵害され(?!て(?:い|お)(?:ない|ません|りません|らず)|ず|ない|た(?:可能性|おそれ|恐れ))|感染(?:し|が発生|により|による|によって|(?=[。|]|$))|暗号化(?:され|が発生)|改ざん(?:され|を受け)|窃取され|持ち出(?:され|し)|乗っ取(?:られ|り)/ },
  // ("…より1件のパスワードが流出。": a chronology's or a summary's entry ending in the noun; the humble
  // "購入者情報が漏えいいたしました" too.)
  // ("資金が不正に流失しました": funds washed out, 流失 as 流出.)
  { event: 'occurred', role: 'incident', pattern: new RegExp(`(?:漏えい|漏洩|流出|流失)(?:し|いたし|致し)${NOT_AFTER_LEAK}|(?:が|も)(?:漏えい|漏洩|流出|流失)(?=[。|]|$)`) },
  // A member of the organization deceived, in the passive of the deceiver's act ("…社員が、…架電するよう誘導・欺罔され"): the attack
  // striking. (Not customers led to a fake site, which they tell of: "偽サイトに誘導されたとのご連絡が宿泊者様から".)
  { event: 'occurred', role: 'incident', pattern: /(?:誘導|欺罔|騙|だま)され(?<=(?:社員|従業員|職員|担当者|教員|スタッフ)[^。]{0,60}(?:誘導|欺罔|騙|だま)され)(?!る(?:おそれ|恐れ|可能性|ことの|ことが(?:ない|ありません))|ない|ず|ません|ぬ)/ },
  { event: 'occurred', role: 'incident', pattern: /不正(?:に|な)?(?:利用|使用|ログイン)(?:され|が行われ|し(?!ない|ていない|ておりません))|不正(?:に|な)?(?:ログイン|アクセス)され|不正に(?:アクセス|ログイン|閲覧|取得|持ち出|(?:リモート)?接続)し(?!ない|ていない|ておりません)/ },
  // "…を装った第三者から…メールが届きました": the impersonating message is the attack itself.
  { event: 'occurred', role: 'incident', pattern: /(?:を装った|になりすました|になりすます|を騙る|をかたる)[^。]{0,60}?(?:メール|メッセージ|SMS|DM)(?:が|も)?(?:[^。、]{0,12}?(?:に|へ))?(?:届き|届いた|届けられ)/ },
  // "…従業員が海外企業を装うフィッシングメールを受信したことを端緒として": a phishing mail received is the attack's first step
  // (not one received in a case the text advises on: "…を受信した場合は").
  { event: 'occurred', role: 'incident', pattern: /(?:フィッシング|なりすまし|偽の?|不審な|標的型(?:攻撃)?)(?:メール|メッセージ|SMS)を(?:受信(?:し|いたし)|受け取(?:り|っ))(?!た?(?:場合|際|ら|時は))/ },
  // "…のメールアドレスから、迷惑メールが送信されました": mail sent from the organization's hijacked account is the attack.
  // ("…フィッシングサイトへ誘導するURLリンクが貼付されたメッセージが配信され": messages sent to guests from a hijacked booking account.)
  { event: 'occurred', role: 'incident', pattern: /(?:迷惑|スパム|不審な?|なりすまし|フィッシング|偽の?)(?:メール|(?:[^。、]{0,40}?(?:誘導する|を含む|目的の|された)[^。、]{0,4}?)?(?:メール|メッセージ|SMS))(?:が|も)[^。、]{0,16}?(?:送信|送付|配信)(?:され|が行われ)/ },
  // "…画面上に「ウイルスを検出した」とする警告表示が現れました", "偽の警告画面が表示され": a fake warning on the screen is the
  // attack (a support scam) striking.
  { event: 'occurred', role: 'incident', pattern: /(?:偽の?|虚偽の|不審な|セキュリティ)?警告(?:画面|表示|メッセージ|掲示)?(?:が|も)[^。、]{0,8}?(?:表示され|現れ|出現し|出(?:た|て))/ },
  // "…される事案が生じました": the incident came about.
  { event: 'occurred', role: 'incident', pattern: /(?:事案|事象|事態|被害|障害|不具合)(?:が|も)生じ/ },
  // A chronology's entry ending in the noun ("…社内ネットワークへ侵入。"), and an account or a flaw misused ("VPNアカウントを悪用され").
  { event: 'occurred', role: 'incident', pattern: /侵入(?=[。|]|$)|悪用(?:され|し)(?!る|ない|ていない|ておりません)/ },
  { event: 'occurred', role: 'incident', pattern: /紛失(?:し|した|が判明)|盗難(?:に遭|され|被害)|置き忘れ|誤(?:って)?(?:送信|送付|配布|配信|掲載|廃棄)(?:し|され|が)/ },
  // "…のメールアカウントが不正アクセスの被害に遭い、…", "サポート詐欺の被害にあいました", "ランサムウェアによる感染被害に遭いました":
  // the harm suffered, in the verb 遭う. (Not denied, "被害に遭っておりません"; not the honorific of customers harmed, "被害に遭われた方";
  // not a case put, "被害に遭う可能性"; not a thing named by it, "不正アクセスの被害にあったレイアウトシステム".)
  { event: 'occurred', role: 'incident', pattern: /(?:攻撃|アクセス|ログイン|詐欺|ランサムウェア|ウイルス|ウィルス|マルウェア|改ざん|侵入|乗っ取り|感染|スミッシング|フィッシング)(?:等)?(?:の)?被害に(?:遭|あ)(?:い(?!ませ)|っ(?!て(?:い|お)(?:ない|ません|りません|らず)|た[一-龥ァ-ヴA-Za-z]))/ },
  // A system that stops by itself ("サイトが断続的に停止致しました"): an outage, not a containment ("サイトを停止").
  { event: 'occurred', role: 'incident', pattern: /(?:サイト|サーバ|サーバー|システム|サービス|ネットワーク|業務|機能|端末|ページ|回線)(?:が|も)[^。、を]{0,8}?(?:停止|ダウン|中断|停電)(?:し|いたし|致し|した|する|状態|(?=[。|]|$))/ },
  // Symptoms of the attack on the organization's own systems (verbs listed with ・ share the potential: "閲覧・ダウンロードできない状態").
  { event: 'occurred', role: 'incident', pattern: /(?:見る|開く|使用する|利用する|閲覧する|ログインする|アクセスする)?ことができなくな|(?:利用|使用|閲覧|接続|ログイン|表示)(?:・[一-龥ァ-ヴー]{1,8})?(?:が)?(?:でき|出来)な(?:く|い状態|い状況)|使用不能|利用不能|(?:アクセス|接続|閲覧|利用)しにくい|(?:つなが|繋が)りにくい/ },

  // Being told.
  // (An investigation's report is not news of the incident: "調査結果の報告を受け".)
  // (Received as a favour too: "…とのご連絡をいただきました", "お申し出を頂き"; not asked for, "ご連絡をいただきますよう", "…いただけますと幸い".)
  { event: 'detected', role: 'told', pattern: /(?<!結果の|結果に関する|調査の|最終|調査)(?:連絡|報告|通知|通報|指摘|一報|情報提供|知らせ|申告|相談|申し出|申出)を(?:[^。、]{0,20}?(?:から|より))?(?:受け|うけ|受領|受信|(?:いただ|頂)(?:き(?!ます(?:よう|ように)|たく)|い(?:た|て)))/ },
  // "IIJ社より…インシデントが報告されました": news passed on, in the passive, with its teller (not "…から報告された情報").
  { event: 'detected', role: 'told', pattern: /(?:から|より)[^。]{0,60}?(?:報告|連絡|通知|通報)され(?:まし)?た(?![一-龥ァ-ヴ])/ },
  // "クラウドサービス提供元からの通知により、…", "専門業者に…依頼したところ、…可能性を指摘される": news as the means, and in the passive.
  { event: 'detected', role: 'told', pattern: /(?:から|より)の[^。、]{0,20}?(?:通知|連絡|報告|指摘|通報|一報)(?:により|によって|で[、 ])|指摘され(?!て(?:い|お)(?:ない|ません|りません|らず)|ず|ない)/ },
  // "複数のお客様からのお問い合わせを受けて調べた結果", "お客様よりお問い合わせをいただき": customers telling of it.
  { event: 'detected', role: 'told', pattern: /(?:問い合わせ|問合せ|問い合せ)を(?:受け|うけ|いただ|頂)/ },
  // "問い合わせが当ホテルに寄せられ": the recipient may stand between.
  // ("…が届いたとのお電話がありました": news by telephone, its content marked by との; not a call that was itself the fraud.)
  { event: 'detected', role: 'told', pattern: /(?:連絡|報告|通知|通報|指摘|問い合わせ|問合せ|申し出|申出|情報提供|(?<=との)(?:お)?電話)[ ]?(?:が|も)?(?:あり|あった|入り|入った|(?:[^。、]{0,12}?(?:に|へ))?寄せられ)|連絡あり|(?:連絡|報告|通知|通報)(?:が|も)なされ/ },
  { event: 'detected', role: 'told', pattern: /(?:から|より)[^。]{0,60}?(?:第一報|一報)(?!を(?:公表|掲載|発表|公開))|旨の(?:報告(?!書)|連絡|通知)/ },
  // "写真店が南菅小学校に報告", "…より当該各小学校へ本件の報告を行った": a third party tells the organization or one of its units.
  // ("イシクラが大磯中学校、国府中学校へ経緯説明": several units told at once.)
  // ("当該看護師から当院へ事案について報告": the matter told named before the noun.)
  { event: 'detected', role: 'told', pattern: /(?:から|より|が)[^。、]{0,24}?(?:当社|弊社|本学|本校|当校|当院|本市|当市|本町|本村|本区|学校|小学校|中学校|高等学校|幼稚園|保育園|教育委員会|当法人|当協会|当財団|当機構|事務局|本会|当会)(?:[、・][^。、]{0,16}?(?:学校|幼稚園|保育園|教育委員会))?(?:の[^。、]{0,8}?)?(?:へ|に)(?:対し(?:て)?)?[、 ]?(?:[^。、]{0,10}?(?:の|について|に関して|に関する))?(?:報告|連絡|通知|通報|一報|経緯説明|説明)(?!書|済|する予定|された(?:情報|内容)|会)/ },
  // A chronology's row ending in the noun of the news, its teller named and no other recipient ("福島県教育委員会より、…の可能性が
  // ある園・学校についての情報提供"): told that day. (Not an investigation's result, "調査結果の報告", nor news passed to someone
  // else, "…から(有)田村カメラに対し、上記事案の報告".)
  { event: 'detected', role: 'told', pattern: /(?:から|より)[、 ]?(?:(?!に対し|あて|へ)[^。]){0,60}?(?<!結果)(?:について|に関する|の|との|旨の)(?:情報提供|報告|連絡|通知|通報)(?=[\\]?[ ]*(?:[。|]|$))/ },
  // Someone else's announcement: "…が発生したとの発表がありました", "…を受けたと発表しました" of a vendor.
  { event: 'detected', role: 'told', pattern: /(?:との|という|旨の|と)(?:発表|公表)(?:が(?:あり|あった)|を受け)/ },
  // Finding out.
  // (Not the nouns of a time: "発覚日までの間", "判明時点".)
  { event: 'detected', role: 'detect', pattern: /(?:検知|検出(?!され(?:て)?(?:いない|ておりません|ていません|ず))|発見(?!次第|され(?:て)?(?:いない|ておりません))|発覚|判明|覚知)(?!日(?!本)|時点|の?(?:強化|体制|機能|能力|精度|システム|ツール|ソフト|製品|型))|気づ|気付|気が(?:つ|付)|察知|感知(?:し|され|いたし)(?!て(?:おりません|いない|いません|おらず)|ない|ず|ません)|アラート(?:メール)?(?:を受信|を受け|が発報|を検知)|警告(?:メール)?を受信|認知(?:し|いたし|され)|(?:認知|認識)(?=[。|]|$)|(?:認知|認識)するに至|(?:わか|分か)(?:り(?!次第|ませ|かね)|った)|認識(?:し|いたし|、)|把握(?:し|いたし|後)|を把握(?=[\\]?[ ]*(?:[。|]|$))|を(?:認識|確認)後|見つか(?:り(?!ませ)|っ(?!て(?:い|お)(?:ない|りません|らず)))|見つけ(?!られ(?:ませ|ず|な))|(?:こと|事実|旨|可能性|おそれ|恐れ|痕跡|形跡|不正アクセス|漏えい|漏洩|流出|感染|改ざん|侵入)(?:等)?が明らか(?:に|と)な(?:り(?!次第|ませ)|った)/ },
  // "…から顧客情報漏えいの懸念が生じたため、即座に当該サーバーを遮断": the organization came to suspect the incident that day
  // (not a case put, "…の疑いが生じた場合は").
  { event: 'detected', role: 'detect', pattern: /(?:漏えい|漏洩|流出|不正アクセス|感染|侵入|改ざん|攻撃|不正利用)(?:等)?の(?:懸念|疑い|疑義|おそれ|恐れ)(?:が|の)生じ(?!た?場合|る)/ },
  { event: 'detected', role: 'detect', pattern: /確認(?:し|され|いたし|した|でき(?:た|まし))(?!て(?:おりません|いない|いません|おらず)|ない|なかっ|なく|ず|ません|てまいり|ていく)|を確認(?:[。、|]|$)|(?<=[一-龥ァ-ヴ])確認(?=[、。|<]|$)/, unless: SOUND_STATE_BEFORE },

  // Responses.
  { event: 'patched', role: 'response', pattern: /修正(?:済み|版|プログラム|パッチ)|パッチ(?:を)?(?:適用|公開)|アップデート(?:を)?(?:公開|適用)|脆弱性(?:を|の)?(?:修正|対応)/ },
  { event: 'reported', role: 'response', pattern: new RegExp(`${AUTHORITY}(?:等)?(?:に|へ)(?:は|も)?(?:の)?(?:(?:速報|確報|被害|状況|事案|本件|事態)(?:を|について)?)?(?:報告|届出|届け出|相談|通報|被害届|被害申告|提出|連絡|申告)`) },
  { event: 'reported', role: 'response', pattern: /^[ 、]*(?:に|へ)(?:は|も)?(?:報告|届出|届け出|相談|通報|被害申告)|被害届|被害申告|刑事告訴|(?:速報|確報)を(?:提出|送信)/ },
  { event: 'notified', role: 'response', pattern: /(?:お客様|対象者|対象の方|関係者|会員|利用者|ご本人|保護者)(?:様)?(?:へ|に)(?:は)?(?:の)?(?:ご連絡|ご案内|通知|メール|お知らせ|書面)|個別に(?:ご連絡|通知|メール|お知らせ|ご案内)|順次[、 ]?(?:個別に)?(?:ご連絡|ご案内|通知|メール|お知らせ|送付|発送|お送り)|(?:文書|書面|はがき|封書)(?:を|の|で)(?:お送り|送付|発送|郵送)/ },
  { event: 'published', role: 'response', pattern: /公表(?:し|いたし|した|され|を行|する|済)|(?:ホームページ|ウェブサイト|Webサイト|webサイト|HP|当サイト)(?:上)?(?:で|に|にて|において)(?:掲載|公開|公表|お知らせ)|お知らせ(?:いたしました|しました)|第[0-9一二三四五六七八九十]+報(?:を|として)?(?:公表|掲載|発表|公開)|発表(?:し|いたし|が(?:あり|ありま))|(?:プレス|ニュース)リリース/ },
  { event: 'restored', role: 'response', pattern: /復旧(?:し|いたし|した|が完了|完了|しま)|(?:を|が)?再開(?:し|いたし|した|して|され|しま)|正常化|正常に(?:稼働|動作|利用)/ },
  { event: 'contained', role: 'response', pattern: /(?:遮断|隔離)(?![ァ-ヴー]|機能|装置)|停止(?:し|いたし|致し|した|する|措置|させ)|一時停止|切り離|切断|無効化|閉鎖|(?:パスワード|PW)(?:を|の)?(?:変更|リセット|初期化)|アクセス(?:を)?制限|封じ込め|ブロック(?:し|いたし|(?=[。|]|$))/ },
];

/** Names of attacks: with a detection verb after a "from" date they date the attack too. */
// (Not the agent nouns, "不正侵入者が窃取した個人情報が…閲覧可能な状態となっていることを確認": the intruder, not an attack.)
export const ATTACK_NOUNS = /不正(?:な)?(?:アクセス|ログイン|リクエスト|通信|利用|プログラム)|不審な(?:アクセス|通信|ログイン|メール)|第三者による(?:不正な?)?アクセス|攻撃(?!者)|侵入(?!者)|ランサムウェア|マルウェア|ウイルス|改ざん|漏えい|漏洩|流出/;

/** Right after an incident word: it is the object of the verb that follows ("受けたことを確認"). */
export const COMPLEMENT_AFTER = /^(?:し|され)?(?:て(?:い|お))?(?:た|る|ている|ていた)?(?:の)?(?:こと(?!から|に関|によ|に伴|について|につき)|旨|痕跡|形跡|事実|事象|可能性|恐れ|おそれ|疑い)/;

/**
 * Before the word that decides, the subject is someone else (a contractor, another company):
 * "委託業者が…を検知" is the incident's first finding, though not the organization's own.
 */
export const THIRD_PARTY_SUBJECT = /(?<subject>委託先|委託業者|委託事業者|再委託先|事業者|業者|ベンダー?|\(株\)|同社|株式会社[^ 、。()]{1,20}?|[^ 、。()]{1,20}(?:社|会社))[ ]?(?:が|において|にて|側で)/;
/** Companies of the organization's own group: their findings are the organization's. */
export const OWN_GROUP = /子会社|グループ会社|関係会社|関連会社|当グループ/;


/** Between an incident word and a finding: the state that was found ("…され閲覧できない状況を確認"). */
export const FOUND_STATE_BETWEEN = /^[^、。]{0,24}(?:状況|状態)(?:を|が)[ ]?$/;
/** Right after an incident word, the state it names found ("閲覧できない状態であることが判明", "利用できない状況を確認"). */
export const FOUND_STATE_AFTER = /^(?:い|く)?(?:なっている|なった)?(?:状況|状態)?(?:である|となっている|になっている|にある)?(?:こと)?(?:が|を)[ ]?(?:判明|確認|発見)/;

/** Systems that stopped working as the incident struck ("閲覧できなくなる障害が生じ", "利用できない状態となり"): seen that day. */
export const UNAVAILABLE_SEEN = /(?:でき|出来)(?:なくな|ない(?:状態|状況)(?:と|に)な)|(?:使用|利用|アクセス|接続|閲覧|操作)不能|起動(?:でき|し)なくな|動作不良(?:と|に)な/;

/** A failure of the organization's systems taking place ("システム障害が発生", "障害が生じ"). */
// ("サイト表示の不具合が発生": a malfunction of what the systems do, as 障害; not a fault of something named, "アドレスに不具合が生じ".)
export const OUTAGE_OCCURRED = /(?:障害|(?:表示|動作|閲覧|接続|システム|サイト)(?:の)?不具合)(?:が|も)?(?:発生|生じ)/;

/** Right after an incident word: only its possibility is stated ("流出した可能性があることが判明"). */
export const POSSIBILITY_AFTER = /^(?:し|され)?(?:て(?:い|お))?(?:た|る|ている|ていた)?(?:可能性|おそれ|恐れ|疑い)/;

/** Right after a word: it modifies the noun that follows ("…が確認された学校の利用を再開"). */
// (A quoted name is a noun too: "本学ウェブサイトで公開する「バーチャルキャンパスツアー」が悪用された".)
export const MODIFIER_AFTER = /^(?:し|され|いたし|す)?(?:た|る|ている|ていた)(?=[一-龥ァ-ヴ「])(?!ため|ところ|後|直後|際|上|旨|事(?![項例務業])|結果|時|場合|可能性|恐れ|疑い|痕跡|形跡|事実|事象)/;
/** The same, for a word whose match already ends in た ("確認できた内容"). */
export const NOUN_AFTER = /^(?=[一-龥ァ-ヴ「])(?!ため|ところ|後|直後|際|上|旨|事(?![項例務業])|結果|時|場合|可能性|恐れ|疑い|痕跡|形跡|事実|事象)/;

/** Between the date and an incident word, nothing but a particle: "5月16日にのみ発生した". */
export const ADJACENT_GAP = /^[ 、]{0,2}(?:に|にも|にのみ|から|より|頃に|ごろに|以降に?)?[ ]{0,2}$/;
/** Between the date and a finding word, a particle and at most the noun found: "10月31日に流出が確認された情報", "2月3日に被害確認した障害". */
export const ADJACENT_FINDING_GAP = /^[ ]{0,2}(?:に|頃に|ごろに)[ ]{0,2}(?:[一-龥ァ-ヴー]{1,8}(?:が|を)?)?$/;

/**
 * Before the date: a verb that modifies it ("不正アクセスを検知した8月9日"), or modifies the day it names, the date
 * standing as that day's value ("注１：POKKA PTE. LTD.にて不正アクセスを確認した日　６月１４日").
 */
// ("…ネットワーク遮断を行った同年12月25日": a verbal noun's act done with 行う.)
// ("…を行った同年12月25日": the date's year word between.)
export const ATTRIBUTIVE_BEFORE = /(?:した|された|いたした|受けた|あった|行った|おこなった)(?:(?:日|日時)[ ]?(?:は|:)?)?[ ]{0,3}(?:同年|本年|今年|昨年)?[ ]?$/;

/** Before the date in its sentence: the date is a finding of an investigation (when it happened). */
export const INVESTIGATION_BEFORE = /調査(?:の|した|を行った|を実施した|を進めた)?結果|調査により|調査で|遡って|その結果|結果、|調査が完了し|(?:確認し|調査し|調査を行な?っ|調査を実施し|調べ|精査し|解析し)たところ|調査を(?:開始し|始め|進め|行い|実施し)[、,]/;

/**
 * After a date, a period it opens that is an investigation's, ending in what it found ("同日より調査を進めた結果、…を受けたことを
 * 確認", "2025年10月25日より社内で調査をしましたところ、…痕跡が確認"): the date is when the investigation began; what it found
 * came at a day the text does not give, and the incident happened before it.
 */
export const INVESTIGATION_WINDOW_AFTER = /^[ 、]{0,2}(?:頃|ごろ)?(?:から|より|以降)[、 ]?[^。、]{0,30}?(?:調査|解析|精査)[^。、]{0,14}?(?:結果|ところ)/;

/** Before the first event word: the date is when an investigation ended ("調査が完了し、…"). */
export const INVESTIGATION_DONE = /調査(?:が|を)(?:完了|終了)|調査結果(?:を|が)(?:受領|まとま)/;

/** Around an incident word: the text states that it happened ("発生し", "…があり"), not only what it was. */
export const OCCURRENCE_STATED = /発生|(?:が|は)(?:あり|あった|行われ)/;

/**
 * News that nothing leaked ("IIJ社より…流出はなかったとの報告を受けました", "報告があり、…漏えいはなかった
 * ことが確認"): an investigation's result, not news of the incident.
 */
export const TOLD_NO_LEAK = /(?:(?:漏えい|漏洩|流出)[^。]{0,24}?(?:なかった|はない|は無い|していない|しておりません|ありません)|(?:漏えい|漏洩|流出)(?:の事実|の形跡|の痕跡)?(?:は|が)(?:見受けられ|認められ|確認され|確認でき)(?:ない|ません|なかった|ておりません|ていない|ていません))(?:こと|旨)?(?:との|旨の|という|とする)?[^。]{0,12}?(?:報告|連絡|回答)|(?:報告|連絡)(?:があり|を受け)[、,][^。]{0,30}?(?:漏えい|漏洩|流出)[^。]{0,12}?(?:なかった|はない|していない)/;

/**
 * After a date, a period it opens told as news ("2025年4月11日(金)以降におきましては対策により安全な状態となっているとの報告を受けて
 * おります", "…午前5時30分以降、…メッセージが送信されているとお客様より連絡がありました"): the date is inside what was told,
 * the news came on a day the text does not give.
 */
export const SINCE_TOLD = /^(?<head>[ ]?(?:\([^()]{1,4}\))?[ ]?(?:頃|ごろ)?(?<bound>以降|以後|より|から))(?<matter>[^。]{0,80}?)(?:と[、 ]?|との|という|旨の)[^。、]{0,12}?(?:報告|連絡|通知|回答)(?:を|が)/;

/**
 * News of a duty, not of the incident ("個人情報保護委員会より顧客及び関係者への報告が必要である旨の連絡", "…報告義務を果たしたと
 * 誤認していたことを認識"): a regulator's instruction on reporting it, which tells nothing of when it was found.
 */
export const TOLD_DUTY = /(?:報告|通知|連絡|公表)(?:が|を|する)?(?:必要|義務)|義務を果たし/;

/** In the clause: traces found afterwards, so the date is not when anyone noticed. */
export const TRACE_WORDS = /痕跡|形跡|ログ(?:を|の)(?:調査|解析)|後日|事後|後の調査/;

/** After a date (and its time): it opens a period (から, より, 以降, にかけて, の期間). */
export const WINDOW_AFTER = /^[ 、]{0,2}(?:から|より|以前(?:から|より)|以降|以来|にかけて|~|の間|の期間|までの(?:間|期間))/;

/** After a range: it qualifies a noun ("2016年3月から2025年2月までの記事"), so it says what is in scope. */
export const RANGE_OF_NOUN = /^[ ]?(?:まで)?の(?!間|期間|うち)/;

/** The clause describes who or what is in scope, not an event ("…のお客様で、…情報は以下のとおりです"). */
export const SCOPE_STATEMENT = /(?:以下|下記)の(?:とおり|通り)|は(?:以下|下記)(?:です|となります)/;

/** After a date: it dates the document, not the incident ("2025年12月22日付「…」", "8月6日現在"). */
export const NOTICE_DATE_AFTER = /^[ ]?(?:付|付け|発行|掲載|公開|に公表|に発表|に掲載|発表の|公表の)/;
/**
 * After a date: it dates an earlier notice the text refers back to ("7月4日に当社ホームページにて
 * ご報告いたしましたとおり、…が発生しました"), so the incident words after it are not its events.
 */
export const NOTICE_REFERENCE_AFTER = new RegExp(
  '^[ ]?(?:' +
    // "…にてご報告いたしましたとおり", "…に「…」（以下 第一報）でお知らせしたとおり", "…に公表しました弊社…の被害",
    // "…以降にお知らせしております「…」"
    '(?:に|付で|付けで)?(?:「[^「」]{0,80}」|\\([^()]{0,20}\\)|[^。、「(]){0,40}?(?:ご報告|お知らせ|公表|発表|ご案内)(?:いたし|し|させていただき)(?:ており(?:ます)?|ている|ています|(?:まし)?た)(?:とおり|通り|ように|よう|内容|件|お知らせ|が、|、?「|、|[一-龥ァ-ヴ])' +
    // "11月25日のお知らせ以降", "12月5日の第一報"
    '|の(?:お知らせ|ご報告|公表|発表|第[0-9一二三四五六七八九十]+報|第一報|プレスリリース|リリース)(?!を受け|があり)' +
    // "10月21日にご案内のとおり": the notice named by its noun
    '|(?:に|付で|付けで)(?:ご案内|お知らせ|ご報告|ご連絡)の(?:とおり|通り)' +
  ')',
);
/**
 * Within an earlier notice's reference, the dated matter it told of ("同月25日にランサムウェア攻撃を受けたことを
 * 当社ホームページで公表いたしましたが"): the date is the matter's, not the notice's.
 */
export const MATTER_OF_NOTICE = /^[^。、「]{0,30}?(?:受け|され|発生し|あっ|生じ)た(?:こと|旨)(?:を|について)/;
/** After an incident word, a notice of it ("…を受けたことを当社ホームページで公表"): told of, not found then. */
export const COMPLEMENT_ANNOUNCED = /^[^。、]{0,10}?(?:こと|旨)を[^。、]{0,20}?(?:公表|お知らせ|ご報告|発表)/;
/** After a date: a target or plan ("11月5日を目途に終了予定"), not something that happened. */
export const PLAN_AFTER = /^[ ]?(?:を目途|をめど|を目処|目途|めど|を予定|の予定|予定|を期限|を目標)/;
/**
 * After a date, a short phrase it dates that was only expected or planned ("4月中旬頃の調査完了を見込んでおりましたが",
 * "8日までにシステムを再開する予定です", "11日(月)の開示を予定しています"): no event took place that day.
 */
export const PLANNED_PHRASE_AFTER = /^[ ]?(?:\([^()]{1,4}\))?(?:頃|ごろ)?(?:の|に|まで|までに|中に)[^。、]{0,16}?(?:を|が|する|される)?(?:見込ん|見込み|見込ま|予定し|予定で|予定です|目指し|目途|めど)/;
export const AS_OF_AFTER = /^[ ]?(?:現在|時点|更新|(?:現在)?までの(?:調査|状況|確認))/;
/** Words of a notice, for a date that dates one. */
export const NOTICE_WORDS = /お知らせ|お詫び|ご報告|公表|発表|リリース|報\)|報」|第[0-9一二三四五六七八九十]+報|「/;
/** Before a parenthesized date: a title (「…のお知らせ（2025年12月19日）」). */
export const TITLE_BEFORE_PAREN = /(?:お知らせ|お詫び|ご報告|について|ご案内|報|リリース)[)」]?[ ]?\($/;

/** A label before a date ("送信日時:", "発生日:", "検知日時:"); its words give the event. */
// ("対応：本年4月23日": a year word may stand between the label and its date.)
export const LABEL_BEFORE = /(?<label>[^ :、。|・()]{1,14})[ ]?:[ ]{0,3}(?:本年|今年|昨年|同年)?[ ]?$/;
export const LABEL_EVENTS: { event: TimelineEvent; pattern: RegExp }[] = [
  // ("不正送信期間", "漏えい対象期間": the span of the misuse, of the leak's scope.)
  { event: 'occurred', pattern: /発生|生じた(?:期間|日|時期)|送信日|不正アクセス|攻撃|侵入|感染|(?:漏えい|漏洩|流出|被害)(?:対象)?(?:日|期間|時期)|不正ログイン|不正(?:送信|利用|使用)|改ざん|紛失|盗難|誤送信/ },
  { event: 'detected', pattern: /検知|発見|判明|確認|覚知|発覚|認知/ },
  { event: 'published', pattern: /公表|掲載|発表|公開日/ },
  { event: 'reported', pattern: /報告日|届出/ },
  { event: 'restored', pattern: /復旧|再開/ },
  { event: 'contained', pattern: /遮断|停止/ },
];

/**
 * Right after a date, an attack it names: "10月8日の不正アクセスから…", "5日(土)のサイバー攻撃により".
 * The attack's finding ("12月3日の不正アクセス判明以降") is not the attack.
 */
export const DATED_ATTACK_AFTER = /^[ ]?(?:頃|ごろ)?の(?:第三者による|外部からの)?(?:不正(?:な)?アクセス|不正ログイン|サイバー攻撃|ランサムウェア(?:攻撃|感染|被害)?|攻撃|侵入|改ざん|情報漏えい|情報漏洩|情報流出)(?!の?(?:判明|検知|発覚|確認|発見|覚知|報告|連絡|公表|お知らせ)|に関する(?:お知らせ|ご報告|報告|続報)|について(?:の)?(?:お知らせ|ご報告|続報))/;

/** The event of a label: its last event word, the head of the noun phrase ("不正アクセスの判明日" → detected). */
export function labelEventOf(label: string): TimelineEvent | null {
  let best: { event: TimelineEvent; at: number } | null = null;
  for (const e of LABEL_EVENTS) {
    for (const m of matchesOf(globalForm(e.pattern), label)) if (!best || m.index! > best.at) best = { event: e.event, at: m.index! };
  }
  // "不正ログインが確認された期間": a period is the incident's span, whatever verb names it.
  if (best?.event === 'detected' && /(?:期間|時間帯)$/.test(label)) return 'occurred';
  return best?.event ?? null;
}

/** A label that only says "when" ("時期:"): a period it opens is the incident's. */
export const WHEN_LABEL = /^(?:発生)?時期$/;

/**
 * An account marked as inferred afterwards by its evidential ("…アクセスできる状態になっていたと推測され", "…行われたものと
 * みられ", "…されたと推定され"): what it says was reconstructed, not seen as it happened.
 */
export const INFERRED_ACCOUNT = /(?:ていた|た|ている|てい|れる|る)(?:もの)?(?:と|で)(?:あると)?(?:推測|推定)(?:され|でき|いたし|し)|(?:ていた|た)(?:もの)?と(?:考えられ|みられ|見られ|思われ)/;

/** Before a finding, its object written as past ("表示されていたことが判明"): found afterwards, not seen then. */
export const FOUND_AFTERWARDS = /(?:(?:ていた|た)(?:こと|旨|事実)|可能性(?:が|も)?(?:ある|あった)(?:こと|旨))(?:が|を|も)[ ]?$/;

/** After a date: it bounds a period ("12月11日までに…ご利用のお客様"), so it is no finding or incident of its own. */
export const UNTIL_AFTER = /^[ 、]{0,2}まで/;

/** Right after a date, a record of that day ("2020年7月31日の記録が確認"): what the record shows happened then. */
export const DATED_RECORD_AFTER = /^[ ]?(?:頃)?の(?:記録|ログ|痕跡|形跡|送信記録|通信記録|アクセス記録|アクセスログ|送信履歴|ログイン履歴)/;

/**
 * Right after a date, an event of that day known from its record ("8月12日17時59分頃に不審なファイル更新が
 * 行われた記録を確認"): the date is the event's, not the finding's.
 */
export const RECORD_OF_EVENT_AFTER = /^[ ]?(?:頃|ごろ)?に[^。、]{0,30}?(?:た|れた)(?:記録|ログ|痕跡|形跡|履歴)(?:を|が)[ ]?(?:確認|検出|発見)/;

/** Before a date: it bounds a stated scope ("対象期間を2021年10月から…としてお知らせ"). */
export const SCOPE_BEFORE = /(?:対象|調査対象|影響)(?:期間|範囲)(?:を|は|が|について)[、 ]?$/;

/** Before a date: "…が最初に発生したのは2026年6月10日" — the event is written before it. */
// ("本事象を確認したのは、7月22日": a comma may stand before the date.)
export const CLEFT_BEFORE = /のは[、 ]?$/;

/** A clause that is only a light verb ("に受けました", "にありました"): its object stands before the date. */
// (Not the verb in its attributive form naming a noun after it: "2025年8月24日に実施した当社ネットワークにおける…入替作業".)
export const LIGHT_VERB_CLAUSE = /^[ 、]*(?:に|、)?[ ]?(?:受け|あり|行い|行われ|実施|なされ)(?!(?:し|いたし)?た[一-龥ァ-ヴ])/;

/**
 * A date right inside what the organization was told ("9月25日に…不正アクセスがあったことについてLBM社より報告を受けました"):
 * the date is the incident's; when the news came is not said.
 */
export const INSIDE_TOLD = /^(?<matter>[ ]?(?:頃|ごろ)?に[^。、]{0,40}?(?:た|ていた))(?:こと|旨)(?:について|に関して|につき)?[、 ]?[^。、]{0,24}?(?:から|より)[^。、]{0,10}?(?:報告|連絡|通知|通報)を(?:受け|受領)/;
/**
 * The same with the news quoted before its source ("…に何者かによる攻撃を受けたことにより、…流出したおそれが
 * あると、委託会社より報告を受け"): a longer matter, closed by と, with the teller named after it.
 */
// (The teller may also follow the news: "…おそれがあるとの報告をサーバ運営委託会社より受けました".)
// (Or news that came in, "…が発生したとの発表がありました", "…おそれがあるとの報告がありました": the matter is as much inside it.)
export const INSIDE_TOLD_QUOTED = /^(?<matter>[ ]?(?:頃|ごろ)?(?:に|、)[^。]{0,120}?(?:た|ている|ていた|ある|あった))(?:と|との|旨の?)[、 ]?(?:(?:[^。、]{0,24}?(?:から|より)[^。、]{0,10}?(?:報告|連絡|通知|通報)を|(?:報告|連絡|通知|通報)を[^。、]{0,24}?(?:から|より))(?:受け|受領)|(?:発表|報告|連絡|通知|通報)(?:が|も)[ ]?(?:あり|あった|なされ))/;
/**
 * Before a date set apart by a comma, where the quoted matter took place ("IIJ社のメールシステムにおいて、2025年4月14日、…が発生したとの
 * 発表がありました"): the sentence opened the matter before the date, so the date is inside it (a date opening the sentence,
 * "2025年4月14日、…との報告がありました", heads the news).
 */
export const MATTER_PLACE_BEFORE = /(?:において|にて|におきまして)[、 ]?$/;
/** In such a matter, a teller named before the incident: the date is then the news's ("…に委託先から…と、…より報告"). */
export const TELLER_IN_MATTER = /(?<!に)より|から/;

/** Received news ("…との報告を受け"): the organization itself was told, whoever else the clause names. */
export const TOLD_RECEIVED = /(?:連絡|報告|通知|通報|指摘|一報|情報提供|知らせ)を(?:[^。、]{0,20}?(?:から|より))?(?:受け|受領|受信)/;

/**
 * After a date, the people or records it selects ("2000年4月以降にご登録のお客様", "…以前に入会された会員"):
 * a bound of the stored data in scope, not an event. The verb is the customer's, in attributive form.
 * Purchases and payments bound the data too ("4月1日以降にご購入のお客様の氏名"), except where card data
 * entered in that period is what leaked: then the period is the skimming's (ALL_DATA_BOUND_CARD).
 */
const SELECTED = '[、]?[^。、]{0,6}?(?:お客様|お客さま|方|会員|利用者|患者|顧客|生徒|学生|児童|職員|社員|従業員|皆様|者|データ|情報|ユーザー|人|氏名|住所|メールアドレス)';
const REGISTERED = '(?:登録|入会|在籍|入学|卒業|加入|契約|申込み?|申し込み|応募|入社|採用)';
/** (Data entered into a form in a period is what a skimmer took then, so 入力 and 決済 are no bound.) */
const TRANSACTED = '(?:購入|利用|注文|来店|宿泊|予約|受診|来院|入院)';
/** Registration: "…にご登録の", "…以前に入会した会員", "…に在籍していた方". */
export const DATA_BOUND_AFTER = new RegExp(
  `^[ ]?(?:以降|以前|から|より|まで|までに|までの間に|の間に|に)?[^。、]{0,14}?(?:(?:ご|お)${REGISTERED}(?:の|いただいた|頂いた|された|をされた|になった|なさった)|${REGISTERED}(?:を)?(?:され|し|いただい|頂い|いたし)(?:た|ている|ていた))${SELECTED}`,
);
/** Purchases and visits, by the customer (honorific or passive) and after a written bound: "…以降にご購入のお客様". */
export const TRANSACTION_BOUND_AFTER = new RegExp(
  `^[ ]?(?:以降|以前|から|より|まで|までに|までの間に|の間に)[^。、]{0,14}?(?:(?:ご|お)${TRANSACTED}(?:の|いただいた|頂いた|された|をされた|になった|なさった)|${TRANSACTED}(?:され|いただい|頂い)た)${SELECTED}`,
);
/**
 * The organization's own requests in a period ("1994年7月から2017年10月にかけて当社が鑑定会社に依頼した事案"), and
 * records from a date on ("流出したのは2021年10月以降のもの"): what the data covers, not an event.
 */
export const RECORDS_BOUND_AFTER = /^[ ]?(?:(?:以降|以前|から|より|まで|までに|までの間に|の間に|にかけて)[^。、]{0,16}?(?:依頼|委託|発注|送付|提出)(?:を)?(?:し|いたし|され)た[^。、]{0,8}?(?:案件|事案|書類|データ|情報|もの|分|ファイル)|(?:以降|以前|まで)の(?:もの|データ|情報|分|記録|ファイル|メール|書類))/;

/** Card data in the clause: a period of purchases is when the card data was skimmed. */
export const CARD_DATA = /クレジットカード|カード情報|カード番号|決済情報/;

/**
 * After a date that opens a period, a stop still in force ("10月19日21時より…受注を停止しております"):
 * the outage began that day.
 */
/** A stop made to protect ("緊急措置として", "被害の防止を最優先とする観点から"): a containment, not an outage. */
// ("新たな宿泊予約の受付を停止": new orders or bookings held back while the service itself runs.)
export const PROTECTIVE_STOP = /措置|防止|防ぐ|念のため|予防|安全確保|観点から|拡大を|保全|新たな|新規/;
// ("…サービスの一部停止を行っております": the stop named as a noun, as "停止しております".)
export const STOPPED_SINCE_AFTER = /^[ 、]{0,2}(?:頃|ごろ)?(?:から|より|以降)[、 ]?[^。]{0,60}?(?:サービス|業務|サイト|ストア|ショップ|受注|出荷|販売|営業|診療|提供|システム|機能|受付|運行|配送|運用)(?:の)?(?:全て|すべて|一部|全部)?(?:を|が)?[ ]?(?:一時)?(?:停止|休止|中断|見合わせ)(?:を)?(?:して|いたして|させて|させていただいて|致して|行って|実施して|実施いたして)(?:おります|います|いる|おり)/;
/**
 * The same stop or failure named by what it holds back, in attributive form ("10月19日（日）21時より停止していた公式オンラインショップ",
 * "5月12日より続いている学内ネットワーク障害"): the outage began that day.
 */
export const STOPPED_SINCE_ATTRIBUTIVE = /^[ 、]{0,2}(?:頃|ごろ)?(?:から|より|以降)[、 ]?(?:(?:稼働|運用|営業|サービス)?(?:一時)?(?:停止|休止|中断)(?:して|いたして|させて)(?:い|お)(?:る|た)(?=[一-龥ァ-ヴ「])|(?:続いて|継続して)(?:い|お)る[^。、]{0,16}?(?:障害|停止|不具合))/;

/** After an incident word that modifies a noun, the noun is the sentence's matter ("…発生したインシデントにつきまして"). */
export const NAMED_MATTER_AFTER = /^(?:し|され|いたし|致し)?(?:まし)?た[^。、]{0,40}?(?:につきまして|について|に関して|に関し|に関しまして)/;

/** Right after a date, a verb that only names a thing ("…に作成された当社正規VPNアカウント", "…に実施した…入替作業において"). */
// (Also in the non-past, of what was or is to be held, with its doer: "1月18日（土）及び19日（日）に当センター兵庫県支部が実施する
// 消防設備士試験に際し"; the days listed after the date share its verb.)
export const ATTRIBUTIVE_OTHER = /^[ ]?(?:\([^()]{1,4}\))?(?:(?:[、・と]|及び|および)[ ]?[0-9]{1,2}日(?:\([^()]{1,4}\))?){0,3}(?:に|頃に|ごろに)(?:[^、。]{0,8}?(?:作成|設定|導入|購入|登録|開設|付与|発行|契約|配布|構築|設置|開始|採用|実施|開催)(?:され|し|いたし)た|[^、。が]{0,14}?(?:が)?(?:実施|開催|実行)(?:する|される))(?=[一-龥ァ-ヴ])/;
/** A finding whose object is a past event ("…に設置されたことが判明", "…を受けていたことを確認"). */
export const COMPLEMENT_FINDING = /^[^。]{0,60}?(?:た|ていた|ている|ておりました|ていました)(?:こと|旨|事実)(?:が|を|も)[ ]?(?:判明|確認|発覚|検知|発見|把握|認識)/;
/** Right before a date, the subject of a clause: "不正なプログラムが", "当該サーバーは". */
export const SUBJECT_BEFORE_DATE = /(?<subject>[^、。 ]{2,20})(?:が|は)[ ]?$/;

/** "X から Y に対し": someone else than the organization was told. */
export const OTHER_RECIPIENT = /(?:から|より)[、 ]?(?<recipient>[^。、]{1,20}?)(?:に対し|あて)/;
/** "㈱イシクラに、委員会より…旨の報告が入った": a company named first as the one told. */
export const OTHER_RECIPIENT_FIRST = /^[ 、]*(?<recipient>[^。、]{0,16}?(?:㈱|\(株\)|株式会社|有限会社|㈲|\(有\))[^。、]{0,16}?|[^。、]{0,16}(?:社|委託先|業者))(?:に|へ)(?:対し(?:て)?)?[、 ]/;

/**
 * Before a date in parentheses, a period named by what happened in it: "改ざんされていた期間中（2025年7月19日…～…）",
 * "サイバー攻撃を受けた期間（…）". The label's words give the event (labelEventOf); "緊急メンテナンス期間（…）" names none.
 */
export const PAREN_PERIOD_BEFORE = /(?<label>[^、。()「」 ]{1,24}(?:期間|時間帯|時期))中?\($/;

/**
 * Before a date in parentheses, the noun it dates: "…からの攻撃通知（2026年2月18日 23時40分）を踏まえ",
 * "不正アクセスの検知（3月2日）". Tried in order; a notice's title is handled before these.
 */
export const PAREN_NOUN_EVENTS: { event: TimelineEvent; pattern: RegExp }[] = [
  { event: 'detected', pattern: /(?:から|より)の?[^、。()「」]{0,20}(?:通知|連絡|報告|通報|指摘|一報)\($/ },
  { event: 'detected', pattern: /(?:検知|発見|判明|発覚|覚知)\($/ },
  // "…漏えいした可能性がある旨の発表がありました（2025年4月15日公表）": a provider's announcement, how the organization learned of it.
  { event: 'detected', pattern: /(?:旨の|との)(?:発表|公表)が(?:あり|ありました)[。]?\($/ },
  { event: 'occurred', pattern: /(?:発生|サイバー攻撃|不正アクセス|侵入|感染|改ざん|誤送信|紛失|盗難)\($/ },
];

/** The end of a label that names a date or a period ("発生日時", "被害期間", "判明日"): a noun of time. */
export const DATE_LABEL_END = /(?:日|日時|日付|期間|時期|年月日|時間帯|時刻|発生時間)$/;
/**
 * Before a date, a label standing on its own without a colon: "- 発生日時 2025年…", "【発生日時】2025年…",
 * "■発生日 …", "＜発覚日＞ …" (at the start of the line, after a list or heading mark).
 */
export const LINE_LABEL_BEFORE = /^[ ]{0,8}(?:#{1,6}[ ]?)?(?:[-*・■●◆□○◇▼]|[0-9]{1,2}[.)]|\([0-9]{1,2}\)|[①-⑳])?[ ]{0,2}[【<\[(]?(?<label>[^ 、。|()【】<>\[\]:]{2,14})[】>\])]?[ ]{0,3}$/;

/**
 * A field of a record that states what happened ("事案内容: …", "### 発生内容:", "概要 …"), beside its date field ("発生日時:
 * …"): its label and value (the value may stand on the lines below). The date field dates the event the content states.
 */
export const RECORD_CONTENT_FIELD = /^[ ]{0,8}(?:#{1,6}[ ]?)?(?:[-*・■●◆□○◇▼]|[0-9]{1,2}[.)]|\([0-9]{1,2}\)|[①-⑳])?[ ]{0,2}[【<\[]?(?:発生|事案|事象|被害)?(?:の)?(?:内容|概要)[】>\]]?[ ]?(?::[ ]{0,3}(?<value>.*))?$/;

/** A heading that labels the dates under it ("## 1. 影響が発生した可能性のある期間"): its words give the event. */
// ("### 発生日時：" closes with a colon.)
export const HEADING_LABEL = /^[#]{0,6}[ ]?(?:[0-9]{1,2}[.)]|[(][0-9]{1,2}[)]|[①-⑳]|[■●◆□○・])?[ ]?(?<label>[^。、:]{2,30})(?:[ ]?:)?$/;
export const HEADING_LABEL_EVENTS: { event: TimelineEvent; pattern: RegExp }[] = [
  // Only a label of a date or period ("発生日", "…が発生した期間"), not a chronology's heading ("発生事象と経緯").
  { event: 'occurred', pattern: /(?:発生|被害|不正アクセス|攻撃)[^経]{0,16}(?:日|日時|時期|期間|年月日|時間帯)$/ },
  { event: 'detected', pattern: /(?:検知|発見|判明|覚知|発覚|確認|認知)(?:した)?(?:日|日時|年月日)$/ },
  // ("情報漏洩の可能性がある期間", "情報流出の可能性がある対象期間と情報項目": the span the data was exposed over; after the
  // finding's labels, "個人情報漏洩の判明日".)
  { event: 'occurred', pattern: /(?:漏えい|漏洩|流出)[^経]{0,16}(?:期間|時期)(?:(?:と|及び|および)[^、。経]{1,10})?$/ },
];


/**
 * A heading that labels the date of the incident's occurrence, whose first date is when it began:
 * "発生日時", "発生日", "発生時期", "発生日時・経緯" (after any numbering). Not a heading of its story
 * ("発生の経緯と概要", "発生した事象"): annotators read the first date there as a finding as often as not.
 */
export const OCCURRENCE_HEADING = /^[0-9.、()・ ]{0,6}(?:本件の|事案の|障害|事案|事故|インシデント)?発生(?:日時|日|時期|期間|年月日|時間|時刻)/;

/**
 * A heading of the account of how the incident came to light ("不正アクセス発覚の経緯", "判明した経緯", "本件の発覚経緯と
 * これまでの対応", "発覚の経緯と原因"): the section tells the finding from its start, so its first date is the day it began.
 * Not the story leading up to it ("発覚までの経緯": its first date is the incident's), what is known now ("現在判明している状況"),
 * nor an overview listing it among others ("概要（発生原因・発覚経緯）").
 */
export const DISCOVERY_HEADING = /^[0-9.、()・ <【■●]{0,6}[^。、:()・]{0,12}?(?:発覚|判明|発見|覚知)(?:の|した|に至った)?(?:経緯|経過|端緒)/;

/**
 * Before a date, 本日 glossed by it ("本日2025年1月29日、…", "本日(2025年12月11日)より"): the text's own day.
 * (Read on the few characters before the date.)
 */
export const TODAY_GLOSSED_BEFORE = /本日[ ]?\(?[ ]?$/;
/** After a date, "as of now" ("2025年7月10日現在、…"): the day the text was written (not 時点, which bounds data). */
export const AS_OF_NOW_AFTER = /^[ ]?現在/;
/** After a date, a bound rather than a day something happened on ("2024年8月3日以降に…", "2025年2月まで"). */
export const BOUND_AFTER = /^[ ]?(?:以降|以前|以後|より前|まで)/;
/** In the rest of a date's sentence, a plan ("…リニューアルオープンする見通しが立ちました", "…を終了する予定です"). */
export const PLANNED_CLAUSE = /(?:する|いたす|致す|となる|できる|再開|終了|開始|公開|実施)(?:の)?(?:予定|見通し|見込み)/;
/**
 * After a bare year (no month), a span or a fiscal year of data: "2015年から", "2014年以降", "2023年に弊社に在籍",
 * "2020年度に実施した", "2017~2025年度" — no year of the events a release tells of.
 */
export const BARE_YEAR_DATA_AFTER = /^[ ]?(?:年[ ]?(?:度|から|より|以降|以前|以後|まで|~|-|－|に[^。、]{0,6}?(?:在籍|在職|入学|卒業|入社|登録|加入|入会))|(?:~|-|－)[ ]?[0-9]{4}[ ]?年)/;
/**
 * After a bare year, a bound reaching up to it ("2016年から2024年までの8年分", "2025年度末までに退職した方",
 * "1995年度~2025年度までの間に在籍"): data kept until then runs up to the present, so the year is the text's.
 */
export const BARE_YEAR_REACHING_AFTER = /^[ ]?年[ ]?(?:度[ ]?)?(?:末[ ]?)?まで/;

/**
 * Written variants of what the event tables write one way, read as that way before a date's clause is classified:
 * the kanji 致し of いたし ("確認致しました"), the polite ございまし of ありまし after a subject ("…との報告がございました"),
 * and an adverb of frequency or manner between a subject and its verb ("不正アクセスが複数回行われ").
 */
export const CLAUSE_VARIANTS: [RegExp, string][] = [
  [/致し/g, 'いたし'],
  [/(?<=[がも])ございまし/g, 'ありまし'],
  [/(?<=[がはも][ ]?)(?:複数回|数回|何度も|何度か|再度|再び|断続的に|継続的に|一時的に|大量に|相次いで)[、 ]?/g, ''],
];
