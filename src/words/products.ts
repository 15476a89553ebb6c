/**
 * Words for finding the products and services involved in an incident: well-known products with
 * their vendor, the words that make a quoted name a service, the words that make a mention
 * "involved" (the product was attacked, abused, stopped) and the ones that make it a passing
 * mention (a contact channel, an unaffected account).
 */
import { escapeRegExp } from '../util/regex.js';

export interface KnownProduct {
  name: string;
  vendor: string | null;
  pattern: RegExp;
}


/**
 * A table entry. The default pattern is the name with optional spaces between words, matched
 * case-insensitively and not inside a longer Latin word; `caseSensitive` is for acronyms and
 * common words (LINE, Box, SAP) that would otherwise match ordinary text.
 */
const p = (name: string, vendor: string | null, pattern?: string, caseSensitive = false): KnownProduct => ({
  name,
  vendor,
  pattern: new RegExp(`(?<![A-Za-z0-9])(?:${pattern ?? escapeRegExp(name).replace(/ /g, '[ ]?')})(?![A-Za-z0-9])`, caseSensitive ? 'gu' : 'giu'),
});

/** Longest match wins, so a specific product ("Cisco Secure Email Gateway") beats a bare vendor word. */
export const KNOWN_PRODUCTS: KnownProduct[] = [
  // Network and security appliances: the usual way in.
  p('Cisco Secure Email Gateway', 'Cisco'),
  p('Cisco Secure Email & Web Manager', 'Cisco', 'Cisco[ ]Secure[ ]Email[ ]?(?:&|and)[ ]?Web[ ]Manager'),
  p('Cisco ASA', 'Cisco'),
  p('Cisco AnyConnect', 'Cisco'),
  p('FortiGate', 'Fortinet', 'Forti[ ]?Gate'),
  p('FortiOS', 'Fortinet'),
  p('FortiClient', 'Fortinet'),
  p('FortiWeb', 'Fortinet'),
  p('FortiManager', 'Fortinet'),
  p('Ivanti Connect Secure', 'Ivanti'),
  p('Pulse Secure', 'Ivanti'),
  p('Ivanti EPMM', 'Ivanti'),
  p('PAN-OS', 'Palo Alto Networks'),
  p('GlobalProtect', 'Palo Alto Networks'),
  p('SonicWall', 'SonicWall'),
  p('Citrix NetScaler', 'Citrix', 'Citrix[ ]NetScaler|NetScaler(?:[ ]ADC|[ ]Gateway)?'),
  p('Citrix ADC', 'Citrix'),
  p('F5 BIG-IP', 'F5', '(?:F5[ ])?BIG-IP'),
  p('SoftEther VPN', 'SoftEther'),
  p('3CX', '3CX', '3CX', true),
  p('WatchGuard Firebox', 'WatchGuard', '(?:WatchGuard[ ])?Firebox|WatchGuard'),
  p('Check Point', 'Check Point', 'Check[ ]Point(?:[ ]Quantum)?'),
  p('Zimbra', 'Synacor'),
  // Products exploited in attacks on Japanese organizations.
  p('Active! mail', 'Qualitia', 'Active![ ]?mail'),
  p('LanScope', 'MOTEX', 'LanScope(?:[ ](?:Endpoint[ ]Manager|Cat))?'),
  p('Proself', 'Northgrid'),
  p('FileZen', 'Soliton'),
  p('Arcserve', 'Arcserve'),
  p('SKYSEA Client View', 'Sky', 'SKYSEA[ ]?Client[ ]?View'),
  // Microsoft, Google, Amazon and other cloud platforms.
  p('Microsoft 365', 'Microsoft', 'Microsoft[ ]?365|Office[ ]?365|M365'),
  p('Microsoft Exchange', 'Microsoft', '(?:Microsoft[ ])?Exchange[ ](?:Server|Online)|Microsoft[ ]Exchange'),
  p('Microsoft Entra ID', 'Microsoft', '(?:Microsoft[ ])?Entra[ ]ID|Azure[ ]AD|Azure[ ]Active[ ]Directory'),
  p('SharePoint', 'Microsoft', 'Share[ ]?Point'),
  p('OneDrive', 'Microsoft'),
  p('Outlook', 'Microsoft'),
  p('Microsoft Teams', 'Microsoft', 'Microsoft[ ]Teams'),
  p('Azure', 'Microsoft'),
  p('Active Directory', 'Microsoft', 'Active[ ]?Directory|アクティブ[ ]?ディレクトリ'),
  p('Windows Server', 'Microsoft'),
  p('Google Workspace', 'Google'),
  p('Gmail', 'Google'),
  p('Google Drive', 'Google', 'Google[ ]?ドライブ|Google[ ]Drive'),
  p('Google フォーム', 'Google', 'Google[ ]?フォーム|Google[ ]Forms?'),
  p('Google アカウント', 'Google', 'Google[ ]?アカウント'),
  p('Amazon Web Services', 'Amazon', 'Amazon[ ]Web[ ]Services|AWS', true),
  p('Amazon S3', 'Amazon', 'Amazon[ ]S3'),
  p('Amazon SES', 'Amazon', 'Amazon[ ]SES'),
  p('Salesforce', 'Salesforce'),
  p('kintone', 'Cybozu'),
  p('サイボウズ Office', 'Cybozu', 'サイボウズ[ ]?Office'),
  p('Garoon', 'Cybozu'),
  p('Box', 'Box', 'Box', true),
  p('Dropbox', 'Dropbox'),
  p('GitHub', 'GitHub'),
  p('GitLab', 'GitLab'),
  p('Zoom', 'Zoom', 'Zoom', true),
  p('ServiceNow', 'ServiceNow'),
  p('Oracle E-Business Suite', 'Oracle', 'Oracle[ ]E-?Business[ ]Suite|Oracle[ ]EBS'),
  p('SAP', 'SAP', 'SAP', true),
  // Chat, social media and messaging: involved when the account was hijacked or abused.
  p('Slack', 'Slack', 'Slack|スラック'),
  p('Chatwork', 'Chatwork', 'Chatwork|チャットワーク'),
  p('LINE WORKS', 'LINE WORKS', 'LINE[ ]?WORKS|LINE[ ]?ワークス'),
  p('LINE', 'LY Corporation', 'LINE', true),
  p('Instagram', 'Meta', 'Instagram|インスタグラム'),
  p('Facebook', 'Meta', 'Facebook|フェイスブック'),
  p('WhatsApp', 'Meta'),
  p('Telegram', 'Telegram'),
  p('Discord', 'Discord', 'Discord|ディスコード'),
  p('X (旧Twitter)', 'X', 'X[ ]?\\(旧[ ]?(?:Twitter|ツイッター)\\)|Twitter|ツイッター|(?<=公式[ ]?)X|X(?=[ ]?(?:公式)?アカウント)|(?<![一-龠々ァ-ヶー])X(?=の(?:公式)?(?:アカウント|認証情報|ログイン情報|パスワード))', true),
  p('TikTok', 'ByteDance'),
  p('YouTube', 'Google'),
  // Web and shop platforms.
  p('WordPress', 'WordPress'),
  p('EC-CUBE', 'EC-CUBE'),
  p('Movable Type', 'Six Apart'),
  p('Shopify', 'Shopify'),
  p('Magento', 'Adobe'),
  p('polyfill.io', null, 'polyfill[ ]?(?:\\[\\.\\]|\\.)[ ]?io'),
  // Travel booking platforms whose hotel accounts are taken over.
  p('Booking.com', 'Booking.com', 'Booking\\.com'),
  p('Expedia', 'Expedia'),
  p('Trip.com', 'Trip.com', 'Trip\\.com'),
  p('Airbnb', 'Airbnb'),
  p('じゃらんnet', 'Recruit', 'じゃらん(?:net)?'),
  // Servers, storage and remote access.
  p('VMware ESXi', 'VMware', '(?:VMware[ ])?ESXi'),
  p('VMware vCenter', 'VMware', '(?:VMware[ ])?vCenter'),
  p('MOVEit', 'Progress'),
  p('Confluence', 'Atlassian'),
  p('Jenkins', 'Jenkins'),
  p('Apache Tomcat', 'Apache', '(?:Apache[ ])?Tomcat'),
  p('Drupal', 'Drupal'),
  p('Joomla!', 'Joomla', 'Joomla!?'),
  p('Zabbix', 'Zabbix'),
  p('phpMyAdmin', 'phpMyAdmin'),
  p('Apache Struts', 'Apache'),
  p('OpenSSL', 'OpenSSL Project'),
  p('Log4j', 'Apache', '(?:Apache[ ])?Log4j'),
  // Databases and caches left open to the internet or broken into.
  p('MySQL', 'Oracle'),
  p('PostgreSQL', 'PostgreSQL'),
  p('Redis', 'Redis'),
  p('Elasticsearch', 'Elastic'),
  p('MongoDB', 'MongoDB'),
  p('Veeam', 'Veeam'),
  p('TeamViewer', 'TeamViewer'),
  p('AnyDesk', 'AnyDesk'),
  p('Synology', 'Synology'),
  p('QNAP', 'QNAP'),
  p('Buffalo', 'Buffalo', 'BUFFALO|バッファロー'),
  p('Mailchimp', 'Intuit'),
  p('SendGrid', 'Twilio'),
];

/** Words that name a vendor in Japanese text, mapped to the vendor name used above. */
export const VENDOR_ALIASES: Record<string, string> = {
  'シスコシステムズ': 'Cisco',
  'シスコ': 'Cisco',
  'フォーティネット': 'Fortinet',
  'マイクロソフト': 'Microsoft',
  'グーグル': 'Google',
  'パロアルトネットワークス': 'Palo Alto Networks',
};

/**
 * Words right after 「name」 that make it a service or system the incident happened in:
 * 「ＸＸ」において / 「ＸＸ」への不正アクセス / 「ＸＸ」をご利用の / 「ＸＸ」のシステム / 「ＸＸ」受注／出荷業務停止 (its business stopped).
 */
export const QUOTED_AFTER =
  /^(?:において|におきまして|における|にて|への(?:不正|攻撃|サイバー)|が[、,]?(?:不正|第三者|外部|サイバー|攻撃|改ざん|乗っ取)|に(?:対し|対する|ついて)|をご?利用|を(?:使用|経由|通じ)|経由|の(?:サービス|システム|サーバ|一部|会員|利用者|ユーザ|アカウント|脆弱性|ウェブサイト|Web|WEB|サイト|停止|運用|運営|管理画面|決済)|で(?:の|は|使用|購入|ご購入|登録)|上で|停止|サービス|システム|アプリ|というドメイン|(?:(?:ウェブ|Web|WEB)[ ]?)?サイト|ホームページ|HP|改ざん|障害|不具合|閉鎖|を踏み台|がご?利用(?:しづらい|しにくい|できな)|(?:受注|出荷|販売|営業|受付|提供|配信)[^。、「」『』\n]{0,8}?(?:停止|休止|中断|再開))/;

/**
 * The clause right after 「name」 (or a list of them) says what happened to it: 「Ａ」「Ｂ」の受注を停止,
 * 「Ａ」で障害が発生. A particle first, so the quote heads the noun phrase the verb is about.
 */
export const QUOTED_CLAUSE_AFTER =
  /^(?:の|で|に|が|は|では)[^。、「」『』\n]{0,10}?(?:停止|休止|中断|障害|不具合|不正|漏え?い|漏洩|流出|攻撃|被害|改ざん|改竄|感染|乗っ取|閉鎖)/;

/** A quoted name that calls itself a service by its own ending: 「ミドリ予約サイト」, 「ミドリ便ナビ」. */
export const SERVICE_NAME_ENDING = /(?:サイト|サービス|システム|アプリ|ショップ|ストア|ネット|ナビ|ポータル)$/;

/**
 * Words right before 「name」 that say a service is being named: 運営する「ＸＸ」, 対象サービス:「ＸＸ」, レンタルサーバー「ＸＸ」, and the kind of
 * service with its names in parentheses (個人向け EC（「ＸＸ」）, 遠隔操作ソフト（「Ａ」「Ｂ」）).
 */
export const QUOTED_BEFORE =
  /(?:運営|提供|利用|使用|導入|管理)(?:する|している|していた|しております|の)$|(?:サービス|システム|製品|ソフト(?:ウェア|ウエア)?|アプリ|ツール|サイト|ショップ|ストア|メディア|プログラム|プラットフォーム|ファンクラブ|コミュニティ|ドメイン名?|レンタルサーバー?)[:]?$|(?:サービス|システム|製品|ソフト(?:ウェア|ウエア)?|アプリ|ツール|サイト|ショップ|ストア|(?<![A-Za-z])EC)[ ]?\($|(?:弊社|当社|同社)$|対象(?:サービス|システム|製品)?:$/;

/**
 * Words that make a quoted or listed name generic rather than a proper name: a name made only
 * of these (「マイページ」, 「お問い合わせフォーム」, 「会員アカウント」) is not a product.
 */
export const GENERIC_NAME_WORDS = [
  'マイページ', 'ログインページ', 'ホームページ', 'ウェブサイト', 'ウェブページ', 'webサイト', 'サイト', 'ページ',
  'お問い合わせ', '問い合わせ', '申込み', '申し込み', '申込', 'フォーム', 'メールフォーム', 'アンケート',
  '会員', 'アカウント', 'ログイン', 'システム', 'サービス', 'サーバー', 'サーバ', 'アプリ', 'ツール', 'ソフト',
  'ソフトウェア', 'ソフトウエア', 'メール', 'ネットワーク', 'データベース', 'クラウド', 'ストレージ', 'ファイル',
  'フォルダ', '隠し', '共有', '顧客管理', '管理', '機能', '画面', '採用情報', '採用', '情報', '不正ログイン',
  '不正アクセス', '不正利用', 'イベント', 'キャンペーン', '公式', '当社', '弊社', '本学', '当院', 'オンライン',
  'ショップ', 'ストア', '通販', 'web', 'ec', 'お問合せ', '問合せ', 'お申し込み', 'お申込み', '講座', '相談',
  '見積もり', '見積り', '見積', '調査', 'ダウンロード', 'バーチャル', 'ツアー', '満足度', 'お客さま', 'お客様',
  '退職日', '領収書', '申し込み', '等', 'フィッシング', 'リーク', '臨時', '当該', '本件', '対象', '該当', '偽', 'データ', '送信', '配信', '受信', 'マッチング', '連携', 'カート', '認証', 'オーダー', '詳細', '省略', '社内', '旧来', '内', 'の', '・', '/', '-', '(', ')',
].sort((a, b) => b.length - a.length);

/**
 * Phrases, not names: particles, verb endings and conjunctions (a particle only after a word: へいわ…, がんばる… may open a name; 第三者が推測しやすい…, 再発防止に向けた
 * 取り組み, ＡおよびＢの申し込み, すべての予約, お問い合わせ等フォーム).
 */
export const PHRASE_WORDS = /(?<=.)[をがへ]|における|による|に向けた|された|れた|した|する|やすい|ください|ません|および|及び|ならびに|並びに|すべての|全ての|[^一-龠]等|等$/;

/** A place rather than a product: hotels, inns and halls named in a greeting or a quote. */
export const FACILITY_NAME = /(?:ホテル|旅館|ホテルズ|会館|音戯館|ゲストハウス|ステーション|London|Hotel)(?![ァ-ヶー]*(?:システム|サイト|サービス|アプリ))/i;

/** An event or a program, not a product: 「Ｘフォトコンテスト」, 「Ｘ夏祭り」, 「Ｘキャンペーン」, 「Ｘ 2024事業」 (their website may be; the event is not). */
export const EVENT_NAME = /(?:コンテスト|コンクール|キャンペーン|フェア|フェスティバル|フェス|祭り?|大会|セミナー|シンポジウム|フォーラム|講演会|説明会|事業)$/;

/**
 * A server's host name (cloud6.host.jp, www.example.co.jp): a machine, not a product. A registered
 * domain is a brand: polyfill.io and Booking.com have one dot, Ｘ.co.jp two.
 */
export const HOST_NAME = /^(?![^.]{1,30}\.(?:co|or|ne|ac|go|lg|ed|gr|ad|com|net|org)\.[A-Za-z]{2}$)[A-Za-z0-9-]{1,30}(?:\.[A-Za-z0-9-]{1,30}){2,4}$/;

/** A quoted phrase that is a title, a notice or a sentence, not a name. */
export const NOT_A_NAME =
  /お知らせ|お詫び|おわび|について$|ご報告|ご案内|のお願い|に関する|第[0-9]+報|\(続報\)|[、。,]|[0-9]{1,3}(?:,[0-9]{3})+|してください|ました|です$|ます$/;

/** Organization words: a quoted organization name is the vendor, not the product. */
export const ORGANIZATION_NAME =
  /株式会社|有限会社|合同会社|\(株\)|㈱|法人|(?:[^ァ-ヶー]社|会社|グループ|印刷|工業|製作所|商事|産業|建設|電機|運輸|興業|協会|協議会|委員会|連合会|審議会|組合|機構|財団|省|庁|大学|学校|病院|クリニック|銀行|ハウス|センター|会館|ホテル|旅館|施設|研究所|美術館|博物館|図書館|Inc\.?|Ltd\.?|LLC|Co\.|Corp\.?|Corporation|Group|Holdings|Company|GmbH|S\.A\.)$/i;

/**
 * After a quoted name, its own alias says it is a place or a body (「Ｘ」(以下「本ホテル」)):
 * the name is a facility or an organization even when its words do not say so.
 */
export const PLACE_ALIAS_AFTER = /^[ ]?\(以下[、,]?[ ]?「?(?:本|当|同)?(?:ホテル|旅館|施設|店舗|店|館|法人|会社|財団|協会|大学|病院|社)[」)]/;

/** Words right before 「name」 that make it a company: 運営委託先「Ｘ」, 取引先「Ｘ」. */
export const ORGANIZATION_BEFORE = /(?:委託先|取引先|運営会社|親会社|子会社|提携先|協力会社|業者)[:]?$/;

/**
 * Around a mention: the attacker's own tool or storage, not a product of the victim
 * (攻撃者管理のクラウドストレージ(Ｘ), Ｘ経由の通信).
 */
export const ATTACKER_BEFORE = /攻撃者[^。、\n]{0,20}$/;
export const ATTACKER_CHANNEL_AFTER = /^(?:経由|を介した|を経由した)の?(?:通信|接続|C2)/;

/** Latin words that are generic acronyms, not product names (VPN機器, Webサイト, PC端末). */
export const GENERIC_LATIN = new Set([
  'web', 'www', 'ec', 'it', 'pc', 'vpn', 'ssl', 'ssl-vpn', 'sslvpn', 'nas', 'utm', 'waf', 'edr', 'xdr', 'ids', 'ips',
  'id', 'ip', 'os', 'sns', 'sms', 'fax', 'url', 'hp', 'db', 'api', 'saas', 'paas', 'iaas', 'asp', 'cms', 'wi-fi', 'ldap',
  'wifi', 'pdf', 'usb', 'ai', 'dx', 'faq', 'tel', 'mail', 'email', 'e', 'dm', 'qr', 'cd', 'dvd', 'pos', 'erp',
  'sha-1', 'sha-256', 'sha-512', 'md5', 'aes', 'aes-256', 'rsa', 'crm', 'sftp', 'edi', 'btob', 'b2b', 'btoc', 'b2c', 'bpo', 'css', 'ssl/tls', 'tls', 'line', 'sns', 'ai-ocr', 'ocr', 'ses', 'iot', 'ict', 'gps', 'ftp', 'smtp', 'ssh', 'rdp', 'dns', 'lan', 'wan', 'bi', 'dc', 'soc', 'csirt', 'mfa', 'it環境', 'ddos', 'javascript', 'php', 'html', 'sql', 'java', 'python', 'cookie', 'ip-vpn', 'fw', 'ad', 'lms', 'wms', 'rpa',
]);

/**
 * Endings of an unquoted name that make it a service of the organization when the name starts
 * with Latin letters: LoGoフォーム, ＸＸアプリ, ＸＸオンラインショップ, ＸＸ環境ラベルプログラム.
 */
export const SERVICE_SUFFIX = /(?:アプリ|フォーム|プログラム|オンラインショップ|オンラインストア|通販サイト|ポータル|ストア|サービス)$/;

/**
 * Right after an unquoted Latin name: the name is the target of the attack or the outage
 * (ＸＸ Basicシステム障害, ＸＸへの不正アクセス, ＸＸに対するサイバー攻撃). Not による (the attacker's tool).
 */
export const LATIN_TARGET_AFTER =
  /^[ ]?(?:(?:及び|および|や|、)[^。、\n()]{1,16}?)?(?:への|に対する|に対して|において|における|の)?(?:不正アクセス|不正ログイン|サイバー攻撃|システム障害|障害|乗っ取り|改ざん|脆弱性|(?:本格|全面|早期|一部)?復旧|利用(?:が)?(?:でき|出来)(?:な|ず))/;

/**
 * Right after an unquoted Latin name: the place data or an account stood in (Ｘ上に同期されていた個人情報,
 * ＸＸ WEBアカウントへのログイン, Ｘのメールサーバー) — the involvement check then reads the sentence.
 */
export const LATIN_PLACE_AFTER = /^[ ]?(?:上(?:に|の|で)(?!で)|(?:の)?アカウント(?:が|を|に|へ|の|から)|(?:の)?(?:公式)?(?:ホームページ|ウェブサイト|Webサイト|WEBサイト)(?:が|を|に|へ|の|で|から|は)|の公式サイト(?:が|を|に|へ|の|で|から|は))/;

/** A quoted thing rather than a name, when only the clause after it speaks for it: 「サポート詐欺」の被害, 【LINE上の表示名】の流出. */
export const QUOTED_THING = /(?:詐欺|情報|データ|リスク|メール|名|履歴|内容|攻撃)$|上の/;

/** A trademark sign after a name: ＸＸ®, ＸＸ™, ＸＸ(R). */
export const TRADEMARK_SIGN = /^(?:®|™|\((?:R|TM)\))/;

/**
 * Endings of an unquoted shop or app name (ミドリ堂オンラインショップ, ミドリ公式アプリ); the words before
 * must be a name, not a kind of app (メッセージアプリ, 会員アプリ) or the writer (弊社ＥＣサイト).
 */
export const SHOP_SUFFIX = ['オンラインショップ', 'オンラインストア', 'ネットストア', 'ネットショップ', '通販サイト', 'ECサイト', 'アプリ'];
/** The writer or a pointer at the start of a shop name: 弊社, 当社, 当該, 同, 旧, 新. */
export const SELF_PREFIX = /^(?:弊社|当社|同社|本社|自社|弊|当|本|同|各|旧|新|該当|当該|公式|専用|一部の?|全ての?|すべての?)+/;
/** Words that say what kind of app or shop it is, not whose (メッセージアプリ, 認証アプリ, 加盟店ECサイト). */
export const GENERIC_SHOP_WORDS = [
  'ペイメント', 'メッセージ', 'メッセンジャー', 'メッセージング', 'タクシー', 'スマホ', 'スマートフォン', 'モバイル', 'ウェブ', 'web', 'ストア',
  '会員', '認証', '外部', '連携', '通話', 'メール', '電子', '決済', '予約', 'ポイント', '写真', 'チャット', '業務', '加盟店', 'オンライン',
  'ショッピング', 'ネット', 'インターネット', 'ec', 'sns', 'line', '提供', '利用', '公式', '対象', '他社', '第三者', 'ダウンロード', '偽', '不正',
  'ブラウザ', 'セキュリティ', 'システム', '管理', '二段階', '2段階', 'ワンタイム', 'パスワード', 'ソーシャル', 'ゲーム', '地図', 'カメラ', '翻訳',
].sort((a, b) => b.length - a.length);

/**
 * Words that make a mention of a product "involved": the sentence (or heading, or list lead-in)
 * says it was attacked, abused, leaked from, stopped or hijacked.
 */
export const INVOLVEMENT =
  /不正(?![確解])|不審|乗っ取|乗取|脆弱性|改ざん|改竄|改変|漏え?い|漏洩|流出|攻撃|感染|ランサム|マルウェア|ウイルス|ウィルス|侵入|悪用|障害|停止|被害|なりすまし|成りすまし|閲覧され|窃取|フィッシング|誤送信|誤送付|紛失|盗難|(?<![本当同])インシデント|アクセスしにくい|つながりにくい|利用(?:が)?できな|(?:でき|され)なくな|(?:でき|され)ない(?:事象|状態が続)|不具合|偽の|スパム|ハッキング|ハッカー|しづらい|しにくい|閉鎖|踏み台|不正転送|異常な|高負荷|(?:サイト|サービス|アプリ|ショップ|ストア)」?(?:の|を|が|は)?(?:本格|全面|早期|順次|一部)?(?:復旧|再開)|ログインされ|(?:外部|第三者)(?:へ|に)(?:転送|送信)され|(?:意図|想定)(?:しない|していない)(?:不審な)?(?:認証(?:情報入力)?画面|画面|ページ|外部サイト|ポップアップ)|(?:復旧|再開)(?:まで|の(?:見込み|見通し|目途|めど)|に(?:は)?(?:時間|しばらく)|に向け)/;

/**
 * Words about preventing an incident, not telling one (追加的な漏えい防止のため, 再発防止, 被害拡大の防止): a sentence
 * about countermeasures (ＸＸの認証情報の変更) does not involve what it names.
 */
export const PREVENTION = /(?:再発|(?:漏え?い|漏洩|流出|被害|不正アクセス|不正利用|感染)(?:の)?(?:拡大)?)(?:の)?防止/g;

/**
 * After a mention: the product itself was not affected (「Ｘ」自体への不正アクセスは確認されておりません,
 * 他のアカウント（Ｘ、Ｙ）については影響がない).
 */
export const UNAFFECTED_AFTER =
  /^[^。\n]{0,40}?(?:自体|について(?:は|も)?|につきまして(?:は|も)?|には|では|は)[^。\n]{0,40}?(?:影響|被害|不正(?:な)?アクセス|乗っ取|侵入|漏え?い|漏洩|改ざん|痕跡|形跡)[^。\n]{0,16}?(?:ない|なし|ません|ず[、,]|認められ(?:ない|ません))|^[^。\n]{0,30}?(?:での|への|に対する)(?:不正利用|不正アクセス|不正ログイン|侵入|攻撃)(?:の(?:痕跡|形跡|事実))?(?:は|も)[^。\n]{0,16}?(?:ない|ません)|^[^。\n]{0,40}?(?:対象外|(?:の)?対象(?:では|とは)(?:ない|ありません|ございません|なりません))/;

/**
 * After a mention: a channel for notices or contact, not the incident (Ｘでお知らせ, LINEでのお問い合わせ). Not when
 * what is made known is an attack on it (Ｘでの不正ログインの発生をお知らせ).
 */
export const PASSING_AFTER =
  /^[ ]?:[ ]?(?:https?:|www\.)|^(?:の)?(?:公式)?(?:アカウント|ページ)?[ ]?(?:で|にて|を通じて|を(?:利用|使用)して|より|から|上で|等で)(?:(?!不正|攻撃|改ざん|障害|漏え?い|漏洩|流出)[^。\n]){0,16}?(?:お知らせ|告知|公表|発信|ご案内|掲載|お問い合わせ|問い合わせ|ご連絡|周知|閲覧|ダウンロード|ご確認)/;

/** After a mention: a name impersonated (Ｘを装ったフィッシング, Ｘを騙った連絡), not a service that was hit. */
export const IMPERSONATED_AFTER = /^(?:を|の名(?:前|称)?を|に)(?:装|騙|かた|名乗|偽|なりすま|成りすま)/;

/** Before a mention: a channel named as where to look or ask (公式Ｘ, お問い合わせ窓口: LINE). */
export const PASSING_BEFORE = /(?:お問い合わせ|問い合わせ|窓口|連絡先|フォロー)[^。\n]{0,8}$/;

/**
 * After a channel's name in parentheses: the place where the incident happened (サポート窓口（Ｘ）において…不正アクセス),
 * so the channel is the service hit, not one named for questions.
 */
export const CHANNEL_AS_PLACE_AFTER = /^\)(?:において|におきまして|における)/;

/**
 * An incident sentence that sets the organization's service apart from what was hit (サービス本番環境とは分離された
 * 社内開発環境, 本番環境とは論理的に分離された開発環境, サービスへの影響はございません): the greeted service is not the one attacked.
 */
export const SERVICE_SET_APART = /とは(?:[^。、\n]{0,6}?(?:分離|切り離|隔離)|別|異な)|(?:サービス|サイト|アプリ)(?:へ|に)の影響は(?:ない|なく|ありません|ございません)/;

/**
 * The head noun of an unquoted service name (ＵＭストア, ミドリ本店サイト, ＸＸポイント メンバーズページ,
 * エコ定期券 Webサイト): what the words before it name is a site, shop, app or system.
 */
export const NAMED_SERVICE_NOUNS = [
  'オンラインショップ', 'オンラインストア', 'ネットストア', 'ネットショップ', '通販サイト', 'ECサイト', '公式サイト', '会員サイト', '予約サイト',
  'Webサイト', 'WEBサイト', 'ウェブサイト', 'メンバーズページ', 'サービスサイト', 'サイト', 'ストア', 'ショップ', 'アプリ', 'サービス', 'システム', 'ポータル',
];

/**
 * Katakana words that say what kind of service it is, not whose (フィッシングサイト, リークサイト,
 * クラウドサービス, コーポレートサイト): with GENERIC_NAME_WORDS and GENERIC_SHOP_WORDS, a name made only of
 * them is no proper name.
 */
export const GENERIC_SERVICE_WORDS = [
  'プレス', 'リリース', 'ダーク', 'リーク', 'フィッシング', 'コーポレート', 'ブログ', 'トップ', 'ニュース', 'ポータル', 'サポート', 'ヘルプ', 'ソース', 'コード',
  'バックアップ', 'セキュア', 'ファイル', 'ホスティング', 'レンタル', 'サーバー', 'サーバ', 'ドメイン', 'プラットフォーム', 'パッケージ', 'ソリューション',
  'テスト', 'デモ', 'キャンペーン', 'スペシャル', 'ブランド', 'オフィシャル', 'インターネット', 'ホームページ', 'ページ', 'マイ', 'ペイ', 'カード',
  'クレジット', 'アクセス', 'コンテンツ', 'マネジメント', 'グループ', 'ネットワーク', 'ウイルス', 'ウィルス', 'スパム', 'ランサムウェア', 'マルウェア',
  'リモート', 'デスクトップ', 'ワーク', 'テレワーク', 'ビジネス', 'ポイント', 'ギフト', 'チケット', 'ファン', 'クラブ', 'メンバー', 'メンバーズ',
  'アドレス', 'ベンダー', 'ベンダ', 'レイアウト', 'ライブラリ', 'スクリプト', 'オープン',
];

/**
 * What the clause right after an unquoted service name says of it: the thing attacked or stopped
 * (Ｘが不正アクセスを受け, Ｘは…営業を停止, Ｘの提供を停止, Ｘの全面復旧), the place of the incident (Ｘにおいて…不正ログイン),
 * or the target (Ｘへの不正アクセス).
 */
export const SERVICE_SAID_AFTER = [
  /^[ ]?(?:が|は|も|につきまして(?:は)?|について(?:は)?)[、,]?[^。\n「」]{0,28}?(?:不正アクセス|不正ログイン|不正に|攻撃|被害|改ざん|改竄|侵入|侵害|感染|停止|休止|障害|乗っ取|ダウン|閉鎖|漏え?い|漏洩|流出|(?:利用|受注|注文|受付|販売|営業|出荷)を?再開)/,
  /^[ ]?(?:において|における|におきまして|にて|上で|上の|で(?:の|は)?)[、,]?[^。\n「」]{0,36}?(?:不正アクセス|不正ログイン|なりすまし|不正利用|不正な|改ざん|改竄|漏え?い|漏洩|流出|障害|停止|被害|攻撃|侵入|(?:受注|注文|受付|販売|営業|出荷)を?再開)/,
  /^[ ]?(?:への|に対する|に対して|に対し)[、,]?(?:第三者|外部|悪意|何者か|不正|攻撃|サイバー|ランサム|DDoS)/,
  /^[ ]?の(?:サーバー?|システム|管理画面|データベース|一部|ページ)?(?:が|に|へ|で|の)?[^。\n「」、]{0,18}?(?:停止|休止|障害|改ざん|改竄|不具合|被害|不正アクセス|不正ログイン|漏え?い|漏洩|流出|復旧|再開)/,
  /^[ ]?(?:を|の(?:提供|運営|営業|受付|販売|公開|サービス)を)[^。\n「」]{0,12}?(?:停止|休止|中断|閉鎖)/,
];

/**
 * After the incident word said of a service: the clause denies it (不正アクセスは発生していない, 確認されておりません),
 * the sentence asks (不正アクセスの影響はありますか), or the incident is a risk guarded against, no event (古いＸは攻撃に弱い
 * ので更新, Ｘの被害防止のため, Ｘへの不正アクセス対策).
 */
export const SAID_DENIED = /^[^。、\n]{0,24}?(?:ません|ない|なし|なく|おらず|ず[、,。]|別の|とは別)|^[^。\n]{0,40}?(?:ますか|ですか|でしょうか)[?？]?(?:。|$)|^(?:の|に|へ|を)?(?:防止|対策|予防|弱い|備え|防[ぐぎげ])/;

/**
 * After the organization's own name, unquoted: words that use it as the name of a service people use, not of the
 * body that runs it (ＸＸをご利用いただいた方, ＸＸで支援をいただいた, ＸＸに登録された, ＸＸ会員ログイン画面). Not the
 * greeting (ＸＸをご利用いただき、誠に…), which thanks the organization's customers for anything it does.
 */
export const OWN_BRAND_USED_AFTER =
  /^(?:を(?:ご)?(?:利用|愛用)(?:いただいた|頂いた|された|されていた|の)|で(?:の)?(?:ご)?(?:支援|購入|注文|予約|登録|決済)(?:を|を?いただ|され|した|いただ)|に(?:ご)?(?:登録|会員登録|ログイン)(?:いただ|され|した|して)|(?:の)?会員(?:ログイン|登録|情報|ページ|サイト|アカウント|ID|の|様|さま)|の(?:ユーザー?|利用者)(?:アカウント|情報|の|様|さま))/;

/** After an unquoted name: the people who use it (ＸＸをご利用のお客様へ, ＸＸをご利用いただいている皆様). */
export const USERS_OF_AFTER = /^を(?:ご)?(?:利用|愛用)(?:の|いただいている|いただいていた|いただいた|頂いている|頂いた)(?:お客|皆|方|会員|ユーザ|利用者|[ァ-ヶー]{2,12}(?:様|さま))/;

/**
 * A Latin name that is a company's, not a product's: a legal form or a group word at its end (ＸＸ Inc., ＸＸ Holdings),
 * PT. before it (an Indonesian company), or a country after the brand (ＸＸ INDONESIA, ＸＸ Japan: a subsidiary).
 */
export const LATIN_COMPANY_NAME =
  /^PT\.?[ ]|(?:Inc|Ltd|LLC|Co|Corp|Corporation|Limited|GmbH|BHD|Pte|S\.A|Group|Holdings?|Company|Japan|America|Indonesia|Thailand|Malaysia|Vietnam|Singapore|Europe|Asia|China|Korea|Taiwan|Mexico|USA|India|Philippines)\.?$/i;

/** Right before 「name」: an address or an account's own name (社内メールアドレス「info」, アカウント名「ｘｘ」), not a product. */
export const ADDRESS_BEFORE = /(?:メールアドレス|アドレス|アカウント名|ユーザー?名|ユーザーID|ログインID)[:]?$/;

/**
 * A list item that says, in its own sentence, that what it names was not reached (…へのファイルアクセス及びダウンロードが
 * あった事実は確認されませんでした, …の痕跡も認められませんでした): an item of the investigation's findings, not a target.
 */
export const ITEM_DENIED = /(?:事実|痕跡|形跡)(?:等)?(?:は|も)[^。\n]{0,10}?(?:確認|認め)(?:され|られ)(?:ませんでした|ず|なかった|て(?:い|お)(?:ない|りません|ません))/;

/** Right before 「name」: a venue's kind (シェアリングスペース「Ｘ」, 店舗「Ｘ」): the name is a place, not a product. */
export const FACILITY_BEFORE = /(?:スペース|店舗|施設|カフェ|レストラン|ジム|教室|ホテル|旅館|ショールーム|サロン)$/;

/**
 * A heading over the measures taken after the incident (５．再発防止策について, 今後の対策, セキュリティ強化の取り組み): what its
 * items name is a remedy, not the thing attacked.
 */
export const REMEDY_HEADING = /再発防止|防止(?:策|対策)|改善策|(?:今後の|セキュリティ|安全管理)(?:の)?(?:対策|強化)|対策(?:について|の(?:実施|内容|強化))?[ ]*$/;

/**
 * After an incident word: its own clause denies it, with the word as its topic (流出はございません, 不正アクセスの痕跡は
 * 確認されておりません, 影響もありません). Not a hedge (漏えいの可能性は否定できません) nor a purpose (影響が出ないよう).
 */
export const INCIDENT_DENIED_AFTER =
  /^(?:[^。、\n]{0,12}?(?:事実|痕跡|形跡|可能性|被害|発生|等|など))?(?:は|も)[^。、\n]{0,14}?(?<!否定でき|否定され|否定し|断定でき|特定でき|判明し)(?:ございません|ありません|おりません|いません|ない(?![かよ])|なし|ません|(?<![必ま])ず(?=[、,。]|に))/;

/** Words of a denial anywhere in a text: without one, nothing in it is denied. */
export const DENIAL_WORDS = /ません|ない|なし|(?<![必ま])ず(?=[、,。]|に)/;

/**
 * After an incident word: its clause ends in a verb that modifies the noun after it (侵入が確認されたサーバー等から,
 * 不正アクセスを受けた端末を): the incident is said of that noun, a thing the sentence goes on from, not of what the
 * sentence is about. Not a noun the clause only completes (受けた可能性, 流出した事実, 感染した旨; こと and other kana nouns are not read as nouns).
 */
export const INCIDENT_MODIFIES_NOUN_AFTER =
  /^[^。、「」\n]{0,14}?(?:された|れた|した|けた|った|いた)(?!可能性|恐れ|疑い|事実|事象|旨|状態|形跡|痕跡|結果|際|場合|模様)(?=[一-龠々ァ-ヶ])/;

/**
 * A heading that scopes what the incident did NOT reach (不正アクセスの痕跡がないと判断された範囲, 他サービスへの影響はありません,
 * 影響を受けないケース, 本件の漏えい対象外): the items under it are unaffected, whatever incident words they repeat.
 */
export const UNAFFECTED_SCOPE_HEADING =
  /(?:痕跡|形跡|影響|被害)(?:が|は|も)?(?:ない|なかった|無い|ありません|ございません|認められ(?:ない|ません))|影響を受けない|対象外|(?:漏え?い|漏洩)して(?:い|お)(?:ない|りません|ません)/;

/**
 * A name that says what its thing is for (添付ファイルダウンロード用Webシステム, 担当者のための教材サイト, キャンペーン専用フォーム,
 * 法人向けサイト) describes it: no proper name. (Not 用 of 利用 / 運用 / 採用 and the like: 利用者管理システム.)
 */
export const PURPOSE_DESCRIPTION =
  /(?:(?<![利採運活信使費応起登雇引作適転])用|向け|のための)(?:の)?[一-龠々]{0,4}[ ]?(?:Web|WEB|ウェブ)?[ ]?(?:システム|サイト|フォーム|ページ|ツール|アプリ|サービス|ポータル)$/;
