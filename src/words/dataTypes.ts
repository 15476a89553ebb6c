import type { DataType } from '../types.js';

/**
 * Data-kind keywords, most specific first ("メールアドレス" before "アドレス", "ログインID" before
 * "ID"). `other` lists kinds outside the named categories (写真, 通話記録, ソースコード…).
 */
export const DATA_KEYWORDS: { type: DataType; pattern: RegExp }[] = [
  { type: 'email', pattern: /メールアドレス|E-?mail(?:アドレス)?|Eメール/i },
  { type: 'password', pattern: /パスワード|暗証番号|PIN(?:コード)?/i },
  { type: 'login_id', pattern: /ログイン ?ID|ユーザー? ?ID|ユーザー?名|アカウント ?(?:ID|名)|ログイン名|ログイン情報|利用者 ?ID|(?:統合)?認証 ?ID|サインイン ?ID|ID(?:・|、|及び|および|と|や)パスワード|(?<=(?:^|\n)[-・*]\s?|[、・(])ID(?=[ \t]{0,8}(?:\n|$)|[、・)])/i },
  { type: 'credit_card', pattern: /クレジットカード|カード番号|(?<!ポイント(?:及び|および|の|・)?|パスワード(?:の)?)有効期限|セキュリティコード|カード情報|カード名義/ },
  { type: 'bank_account', pattern: /口座番号|銀行口座|口座情報|口座名義|(?:振替|引落し?|引き落とし|預金|決済)口座|口座振替|振込先|金融機関(?:名|口座)/ },
  { type: 'birthdate', pattern: /生年月日|誕生日/ },
  { type: 'gender', pattern: /性別/ },
  { type: 'phone', pattern: /電話番号|携帯番号|TEL|FAX(?:番号)?|ファックス番号|ファクシミリ(?:番号)?/i },
  { type: 'address', pattern: /住所|所在地|郵便番号|送付先/ },
  { type: 'name', pattern: /氏名|お名前|名前|姓名|フリガナ|ふりがな|宛名|(?:社員|顧客|利用者|従業員|職員|患者|児童|生徒|学生|会員|契約者|保護者|担当者|受講者|参加者|申込者|応募者|名義人)名/ },
  { type: 'id_number', pattern: /マイナンバー|個人番号|免許証|保険証番号|被保険者番号|学籍番号|学生証番号|学生番号|教職員番号|会員番号|顧客番号|患者番号|受験番号|パスポート|旅券番号|基礎年金番号|利用者番号|お客様番号|お客さま番号|顧客ID|会員ID|(?:患者|学生|生徒|回答者|応募者|受講者)ID|診察券番号|身分証明書|身分証|証券番号|契約番号|受給者番号|在留カード/ },
  { type: 'health', pattern: /病歴|病名|診療|健診|健康診断|検査結果|既往歴|処方|カルテ|診断|治療|服薬|障害の状況|要介護|アレルギー|健康状態|病状|障がい|健康調査/ },
  { type: 'employment', pattern: /勤務先|所属(?!する|し)|役職(?!員)|職位|社員番号|(?:従業員|社員|職員|教職員)ID|職員番号|部署|(?<!電力|保険|運送|配送|ガス|通信|証券|信販|カード)会社名|企業名|法人名(?!簿)|勤務先情報|社員証|社員区分|給与|職種|職業|職歴|(?<!学)経歴/ },
  { type: 'order_history', pattern: /購入履歴|注文情報|注文履歴|購入情報|購入商品|注文内容|注文番号|取引履歴|利用履歴|申込内容|予約情報|予約内容|予約履歴|配送情報|注文商品|予約 ?(?:ID|番号)|宿泊(?:日|施設名|情報|履歴|内容)/ },
  { type: 'message_content', pattern: /メール本文|本文(?!中)|添付ファイル|メールの内容|文書の内容|(?<!誘導する|不正|不審な|攻撃者の|」の|ショート|警告|表示された)メッセージ(?!が(?:送信|配信|送付|表示|発生)|を(?:送信|配信|送付|表示))|やり取り|件名|ファイルの内容|業務文書|メールデータ|電子ファイル|アップロード(?:した|された)?(?:ファイル|データ)|契約書|請求書|見積書|社内文書|内部文書|(?:お)?問い合わせ(?:の)?内容|(?<!迷惑)メール情報|(?<!フィッシング|迷惑|不審な|なりすまし|偽の?)メール(?:に含まれる|に含まれていた|に記載された|に記載されていた|内の)(?:社内外の|お客様の|取引先の)?(?:個人データ|個人情報|情報|データ)|チャット(?:の)?(?:履歴|内容|ログ)/ },
  {
    type: 'other',
    pattern: /顔写真|写真|画像|動画|映像|通話(?:記録|録音)|録音|ソースコード|IPアドレス|(?:アクセス|操作|通信|サーバー?|認証)ログ|取引情報|取引内容|取引先(?:様)?(?:の)?情報|(?:契約先|取引先|需要者|発注者|仕入先)名(?!簿)|契約内容|保障内容|保険内容|保険金額|保険料|家族|続柄|年齢|報酬|使用量|料金|明細|(?:システム|構成|設計|技術|業務)(?:に関する|上の)?情報|利用情報|配送先情報|(?<!行政)法人情報(?!処理)|船名|文集|作文|成績|位置情報|国籍|第二連絡先|相談内容|アンケート(?:の)?回答|ドメイン名|ホスト名|学歴|出身(?:高校|高等学校|中学校?|学校|校)|面談(?:情報|記録|内容)|印鑑(?:登録)?証明書|住民票|(?:小|中|高等|義務教育)学校名|通学(?:先|校)名?|在籍校名|その他(?!の?(?:個人情報|お客様情報))(?:の)?[^、。・\s]{0,12}情報/,
  },
];

/**
 * Information named only as a whole ("個人情報の一部", "お客さま情報", "学生情報"): the kind is
 * "other" when the release names no specific kind at risk.
 */
export const UMBRELLA_DATA = /個人情報|登録情報|(?:お客様|お客さま|顧客|利用者|会員|登録者|学生|生徒|児童|職員|従業員|社員|取引先|お取引先様|関係者|患者|受講者|申込者)(?:の)?(?:個人)?情報/;

/**
 * Data named only as a part of what a system held ("ファイルサーバーのデータの一部", "サーバー内の情報"): "other" only
 * when it is said to have leaked or possibly leaked; encrypted or stored says nothing of a leak.
 */
export const PART_OF_DATA = /(?:データ|情報|ファイル)の一部|一部の(?:データ|情報|ファイル)|(?:保有する|保有している|保管されていた|保存されていた|サーバー?(?:内|上)の|社内の|業務(?:関連|上の)?|(?:お客さま|お客様|顧客)に関する)(?:情報|データ)/;

/** The title of a linked notice in quotes ("「…お客様情報の漏えいについて」"): someone else's release. */
export const QUOTED_TITLE_AFTER = /^[^「」。]{0,40}(?:について|に関するお知らせ|のお知らせ)」/;

/**
 * Right after a data word: it names a practice or a source, not data at risk ("パスワードの変更を
 * お願いします", "IDとパスワードを用いてログインを試みる", "特定のIPアドレスから").
 */
export const NOT_DATA_AFTER = /^(?:等)?(?:の|を|が|は)?(?:リセット|変更|強度|脆弱性|ポリシー|複雑さ|再設定|設定|運用|管理|使い回|強化|無効化|初期化|再発行|用いて|使用す|使用して|使って|利用す|利用して|リスト攻撃|リスト型)|^(?:により|による|で|にて)(?:暗号化|保護|ロック)|^(?:等)?(?:の|を)(?:詐取|窃取|搾取|不正取得|盗取|盗む|盗み取る)(?:を|する|した)?(?:こと)?(?:を)?(?:目的|狙)|^(?:から|より)(?!.{0,3}(?:漏|流出))/;
/** "パスワードは、当社にてリセットしております": a response a few words on, with no leak in between. */
export const RESET_SOON_AFTER = /^([^。]{0,12}?)(?:リセット|再設定|初期化|無効化)/;

/**
 * Right after a data word: the word ends a list that is set apart ("氏名、IPアドレス以外に漏えいした
 * 事実は確認されませんでした"); what the rest of the sentence says about the others decides.
 */
export const EXCEPT_AFTER = /^[^。がはをにでもし]{0,30}?(?:等|など)?(?:の情報)?以外(?:に|の|は|で)?/;

/** A company profile field ("（所在地：東京都港区、代表者：…）"), not data at risk. */
export const PROFILE_FIELD_AFTER = /^\s?:\s?[^、。\d]{1,5}?[都道府県市区町村](?:[^、。]{0,12})?[、)]/;

/** Right after a keyword: the kind is named only to be set apart ("クレジットカード情報以外の…"). */
export const EXCLUDED_AFTER = /^(?:情報|番号|データ)?(?:等|など)?(?:以外|を除|は除)/;

/** A list header like "取引情報関連（契約先名・住所）" or "登録情報:": the items inside say the kinds. */
export const LIST_HEADER_AFTER = /^(?:等|など|関連|関係)?(?:\((?!約|最大|計|合計|[0-9])|:)/;

/** The clause says the data was NOT leaked ("…は含まれておりません", "…は漏えいしていないことを確認"). */
export const DATA_NOT_LEAKED: RegExp[] = [
  /(?:漏えい|漏洩|流出|漏れ|持ち出され|閲覧され|窃取され|盗まれ)(?:等)?(?:して|した事実|の事実|の痕跡|した痕跡|された痕跡|の形跡|した形跡)?(?:は|も|が)?(?:一切)?(?:い|お)?(?:ない|無い|ません|りません|なかった|無かった|ておりません|ていません|ていない|ていなかった)(?!.{0,12}(?:可能性|おそれ))/,
  /(?:漏えい|漏洩|流出)(?:して|した)?(?:い|お)?(?:ない|りません)(?:こと|旨)を確認/,
  /(?:含まれ|記載され)(?:て(?:い|お)(?:ない|りません|ません)|ません|ず)|含んで(?:い|お)(?:ない|りません)/,
  /(?:漏えい|漏洩|流出)(?:は|も|が)?(?:一切)?発生して(?:い|お)(?:ない|りません|ません)/,
  /(?<!変更|相違|違い|問題|支障|心配)(?:は|も)(?:一切)?(?:ございません|ありません)/,
  /対象外|対象(?:と|に)(?:は)?なって(?:い|お)(?:ない|りません)/,
  /(?:閲覧|取得|アクセス)(?:は|も)?(?:されて|されたことは|された事実は)(?:い|お)?(?:ない|ません|りません)/,
];

/** Only "not confirmed" ("漏えいは確認されておりません"): says neither leaked nor safe. */
export const DATA_NOT_CONFIRMED = /(?:報告|連絡)(?:は|を)?受けて(?:い|お)(?:ない|りません|ません|らず)|(?:について|に関して|に関する)(?:の)?(?:調査|確認)|(?:確認|認め|検出)(?:されて|られて)(?:い|お)(?:ない|りません|ません|らず)|(?:確認|認め)(?:され|られ)(?:ませんでした|なかった|ず)|至って(?:い|お)(?:ない|りません)/;

/** "漏えいした可能性は非常に低い": judged unlikely, which establishes nothing. */
export const DATA_UNLIKELY = /(?:可能性|おそれ|恐れ)(?:は|が)(?:非常に|極めて|きわめて|著しく|十分に)?低い/;
/** The clause says the data may have leaked. */
export const DATA_POSSIBLE = /可能性|おそれ|恐れ|否定でき|疑い|懸念/;
/** The clause says the data leaked or was exposed (viewable, stolen, sent away). */
export const DATA_LEAKED = /漏えい|漏洩|流出|漏れ|窃取|盗ま|盗難|持ち出|閲覧され|閲覧可能|閲覧できる|参照可能|アクセスが?可能|公開され|誤送信|誤送付|誤配信|取得され|盗み出|詐取|外部に(?:出|送)|暴露|リーク|読み出され|読みだされ|読み取られ|抜き取られ|奪取され(?:た)?(?:情報|データ|個人情報)|(?:情報|データ)[^。、]{0,8}?奪(?:取|われ)/;
/** The clause says the data stood where the attack reached (stored on the breached server). */
export const DATA_EXPOSED = /格納|保存され|保管され|記録され|含まれ|記載され|暗号化され|入力され/;
/** A heading or lead-in that scopes what the attack reached ("影響範囲", "対象となる情報"). */
export const DATA_SCOPE = /影響範囲|対象(?:となる|となった|の)(?:情報|個人情報|データ|項目)|(?:不正(?:に)?)?アクセスされた(?:情報|個人情報|データ)/;

/** A clause ends at a conjunction ("…ありましたが、") or a sentence end. */
export const DATA_CLAUSE_END = /ましたが、?|ですが、?|ものの|[。]|が、|なお、|また、/;

/** Warnings and requests to readers: their data words do not say what leaked. */
export const DATA_REQUEST = /ご注意|ご留意|お願い|ください|推奨|おすすめ|お勧め|ご変更|変更を|再設定を|万が一|万一|場合には|場合は/;
