import type { IncidentType } from '../types.js';

/**
 * Incident keywords. A keyword that stands in a negated clause ("ランサムウェアによるものでは
 * ない") or in a warning to readers ("フィッシングメールにご注意ください") does not count.
 */
export const INCIDENT_KEYWORDS: { type: IncidentType; pattern: RegExp; warnable?: boolean }[] = [
  { type: 'unauthorized_access', pattern: /不正アクセス|不正ログイン|不正侵入|侵入され|サイバー攻撃|リスト型攻撃|パスワードリスト攻撃|ブルートフォース|総当たり攻撃|脆弱性を(?:悪用|突)|不正に(?:アクセス|ログイン|侵入)|攻撃を受け/ },
  { type: 'ransomware', pattern: /ランサムウェア|ランサム|身代金|暗号化され|データが暗号化|ransomware/i },
  { type: 'malware', pattern: /マルウェア|ウイルス|ウィルス|Emotet|エモテット|トロイの木馬|インフォスティーラー|情報窃取型|バックドア|不正なプログラム|不正プログラム/i },
  { type: 'account_compromise', pattern: /乗っ取|乗取|なりすましログイン|アカウントが(?:第三者に|不正に)|アカウントを(?:不正|第三者)|(?:当社|弊社|本学|当院|職員|社員|従業員|教員)の?(?:メール)?アカウントから|から(?:大量の|不審な|迷惑)?(?:メール|メッセージ|DM)が(?:送信|送付)|不正に(?:利用|使用)され/ },
  { type: 'phishing', pattern: /フィッシング|偽サイト|偽の(?:サイト|ログイン|画面|ページ|メール)|なりすましメール|なりすましサイト|偽メール|不審な認証画面|偽装したサイト|模倣サイト|偽の認証/, warnable: true },
  { type: 'web_tampering', pattern: /改ざん|改竄|不正なスクリプト|不正なプログラムが(?:設置|埋め込)|スキミング|決済画面が(?:偽|改)|不正なファイルが設置/ },
  { type: 'misdelivery', pattern: /誤送信|誤送付|誤配布|誤配信|誤発送|誤って(?:送信|送付|配布|配信|発送|別の|他の)|BCC(?:で|に)(?:送信|すべき)|(?:TO|CC|To|Cc)欄|宛先を誤|宛名を誤|同封/, warnable: true },
  { type: 'misconfiguration', pattern: /設定不備|設定ミス|設定の不備|設定誤り|設定を誤|誤設定|閲覧可能な状態|閲覧できる状態|公開状態|アクセス可能な状態|外部から(?:閲覧|参照|アクセス)(?:可能|でき)|公開設定/ },
  { type: 'loss_theft', pattern: /紛失|盗難|置き忘れ|置忘れ|誤廃棄|所在不明|車上荒らし|ひったくり|落とし/ },
  { type: 'insider', pattern: /不正に持ち出|持ち出し|不正な持ち出し|元従業員が|元社員が|従業員が不正|社員が不正|職員が不正|委託先従業員が|内部不正|私的に(?:利用|閲覧)|不正に(?:閲覧|取得|使用)した/ },
  { type: 'outage', pattern: /システム障害|サービス(?:を)?停止|停止して(?:い|お)|利用できない状態|利用できなくな|繋がりにくい|つながりにくい|障害が発生|DDoS|ＤＤｏＳ|サービス(?:の)?一時停止|業務(?:が|に)(?:停止|支障)|稼働停止|休止/i },
];
