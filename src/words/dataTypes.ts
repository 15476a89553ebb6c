import type { DataType } from '../types.js';

/** Data-kind keywords, most specific first ("メールアドレス" before "アドレス", "ログインID" before "ID"). */
export const DATA_KEYWORDS: { type: DataType; pattern: RegExp }[] = [
  { type: 'email', pattern: /メールアドレス|メールアカウント|E-?mail|Eメール/i },
  { type: 'password', pattern: /パスワード|暗証番号|PIN(?:コード)?/i },
  { type: 'login_id', pattern: /ログインID|ログインＩＤ|ユーザーID|ユーザID|アカウント(?:ID|名|情報)|ログイン情報|認証情報|ID(?:・|及び|および|と)パスワード/i },
  { type: 'credit_card', pattern: /クレジットカード|カード番号|有効期限|セキュリティコード|カード情報/ },
  { type: 'bank_account', pattern: /口座番号|銀行口座|口座情報|口座名義|振込先/ },
  { type: 'birthdate', pattern: /生年月日|誕生日|年齢/ },
  { type: 'gender', pattern: /性別/ },
  { type: 'phone', pattern: /電話番号|携帯番号|TEL|FAX番号|ファックス番号|連絡先/i },
  { type: 'address', pattern: /住所|所在地|郵便番号|送付先/ },
  { type: 'name', pattern: /氏名|お名前|名前|姓名|フリガナ|ふりがな|宛名|漢字氏名|カナ氏名/ },
  { type: 'id_number', pattern: /マイナンバー|個人番号|免許証|保険証番号|被保険者番号|学籍番号|会員番号|顧客番号|患者番号|受験番号|パスポート|旅券番号|基礎年金番号|利用者番号|お客様番号|顧客ID|会員ID/ },
  { type: 'health', pattern: /病歴|病名|診療|健診|健康診断|検査結果|既往歴|処方|カルテ|診断|治療|服薬|障害の状況|要介護/ },
  { type: 'employment', pattern: /勤務先|所属|役職|職位|社員番号|従業員ID|職員番号|部署|会社名|企業名|勤務先情報/ },
  { type: 'order_history', pattern: /購入履歴|注文情報|注文履歴|購入情報|購入商品|注文内容|取引履歴|利用履歴|申込内容|予約情報|配送情報/ },
  { type: 'message_content', pattern: /メール本文|本文|添付ファイル|メールの内容|文書の内容|メッセージ|やり取り|件名|ファイルの内容|業務文書|メールデータ/ },
];
