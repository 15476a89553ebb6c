import type { CountMeasure } from '../types.js';

/**
 * Counter words after a number that measure an incident's scope (people, records, accounts,
 * messages, devices, addresses, contracts). Longest first so "アカウント" wins over a shorter
 * overlap. Time, money and order counters (日, 年, 円, 回, 報, 店舗) are absent on purpose.
 */
export const SCOPE_COUNTERS = [
  'アカウント', 'ファイル', 'フォルダ', 'レコード', 'ユーザー', 'ユーザ', 'アドレス', 'ドメイン', '世帯', '団体', '法人', '口座', '企業',
  '事業者', '契約', '校園', '校', '園', '件', '名', '人', '通', '社', '台', '枚', '個', '組', '店',
  // "ログインID数 13,547ID", "隔離メール数 3,569,937 メール": accounts and messages counted by their own word.
  'ID', 'メール',
  // "電話番号数：15万9850番号": numbers counted by their own word; "約60GB程度公開された": data measured by its volume.
  '番号', 'GB', 'TB',
].sort((a, b) => b.length - a.length);

/**
 * What may follow a counter character when it is the start of another word, not a counter:
 * 2通り (ways), 1名前, 3社員, 1台帳, 5個人, 2校舎, 1組織, 4店舗 (stores are not scope), 4021社資交付金 (社会資本).
 */
export const NOT_A_COUNTER_AFTER: Readonly<Record<string, RegExp>> = {
  名: /^(?:前|称|義|簿|刺|乗|所|物|誉)/,
  人: /^(?:事|間|材|員|的|工|権|口|物|格|気|体)/,
  社: /^(?:員|内|外|長|会|名|屋|是|章|用|印|判|宅|債|殿|資)/,
  台: /^(?:帳|湾|所|風|詞|本|東|北|頭)/,
  通: /^(?:り|知|信|常|販|行|過|称|報|院|勤|算|訳|貨|商|達|関|話|年|路|帳|用|じ)/,
  個: /^(?:人|別|所|室|性|体)/,
  校: /^(?:正|舎|長|内|了|閲|則|外|庭|門)/,
  組: /^(?:織|合|込|み|成|立|長)/,
  件: /^(?:名)/,
  店: /^(?:舗|長|頭|内|員|名|主)/,
  園: /^(?:児|長|内|外|庭|芸|舎|生|地|区)/,
  枚: /^(?:方|挙)/,
  // "3IDE", "5IDカード" are names; "12 メールアドレス", "2 メールプレミアム", "3メール送信" are words.
  ID: /^(?:[A-Za-z]|カード|番号)/,
  GB: /^[A-Za-z]/,
  TB: /^[A-Za-z]/,
  メール: /^[ァ-ヶー一-龠]/,
};

/** Counters of organizations and places: their own status is "affected" unless a heading says more. */
export const ORGANIZATION_COUNTERS = ['校園', '校', '園', '社', '団体', '法人', '企業', '事業者', '店'];
/**
 * After an organization's figure: the data it counts ("2社の情報", "業務委託先企業 4 社のメールアドレス",
 * "16校の令和5年度卒業生に係る卒業アルバムのデータ", "262団体と個人34人の登録情報": a figure joined to it shares its
 * noun); the modifier runs to no particle that opens a clause of its own, nor into a bracket ("12校の卒業アルバム制作業者
 * （株式会社写真の…）": a name in it is no data).
 */
export const ORGANIZATION_DATA_AFTER = /^(?:分)?\)?(?:(?:と|及び|および)[^。、がをは0-9]{0,8}[0-9][0-9,]*[ ]?(?:人|名|件)分?)?(?:の|(?:について|において)[、,]?)[^。、がをは(「]{0,30}?(?:情報|データ|メールアドレス|氏名|住所|電話番号|名簿|写真)/;
/** Counters of devices: what their own clause or headings say, else "affected" (a PC is infected, not leaked). */
export const DEVICE_COUNTERS = ['台'];

/** Counters of people and records that may be restated with one another (お客様 1,000名 = 個人情報 1,000件). */
export const RECORD_COUNTERS = ['件', '名', '人'];

/** Written before a number: makes it approximate ("約", "最大") or a total ("合計"). */
export const APPROX_PREFIXES = ['約', '最大', '最大で', 'およそ', '概ね', 'おおよそ', '推定', '延べ', 'のべ', '計', '合計', '総計'];
/** Only these prefixes make a count approximate. */
export const APPROX_PREFIX_WORDS = ['約', '最大', '最大で', 'およそ', '概ね', 'おおよそ', '推定'];
/** Written after the counter: makes it approximate. */
export const APPROX_SUFFIXES = ['以上', '超え', '超', '程度', '余り', 'あまり', '強', '前後', 'ほど', '余', '弱', 'を超える', 'を上回る', '近く', '規模'];

/** A list's lead-in that says its figures are upper bounds or estimates ("最大件数は以下のとおり"). */
export const APPROX_LEAD_IN = /最大(?:で|の)?(?:件数|人数|数)|概算|概数|推計/;

/**
 * Right after the counter: the number is an ordinal, a rate, staffing or the complement of a
 * scope, not a scope (2件目, 1人あたり, 10名体制, 3名ずつ, 1名につき). A figure before 以外 is the scope set apart
 * from the rest (「感染したパソコン1台以外に…感染の疑いは確認されておりません」, 「上記2台以外のサーバ…には影響はございません」).
 */
export const NON_SCOPE_AFTER = /^(?:目|あたり|当たり|体制|態勢|ずつ|につき(?!まして)|毎|単位|以内|の(?:調査|対応|専門|協力|支援|応援)?(?:チーム|体制|態勢))/;
/**
 * Right after the counter: what an investigation covered, not what the incident reached
 * ("全端末(約800台)を対象にログを調査", "500件を対象として点検", "全ファイル(約44万ファイル)を対象として、個人情報が
 * 記載されているファイルの調査を実施": the what of the search may stand between, after one comma).
 */
export const INVESTIGATED_AFTER = /^[ ]?\)?[ ]?を対象(?:に|と)(?:して|した)?[、,]?[^。、]{0,36}?(?:調査|解析|点検|検査|スキャン|確認)/;
/**
 * Right after an organization's figure: the organizations asked or checked, not those the incident reached
 * ("市内全小中学校(13校)に確認を開始", "区立小・中学校(72校)、特別支援学校(1校)、幼稚園(1園)に卒業アルバムの発注状況を
 * 確認した"); sibling items of the list may stand between. Not what was done to them ("20社に不審なメールが送信された
 * ことを確認": a clause of its own, with が or a past verb, before the check).
 */
export const ASKED_AFTER = /^[ ]?\)?(?:、[^。、()]{1,12}\([^()]{1,8}\)){0,3}に(?:対し(?:て)?)?[^。、がた]{0,16}?(?:確認|照会|聞き取り|問い合わせ)(?:を(?:開始|行|実施)|し(?:た|まし|、)|したところ)/;
/**
 * Right after the counter: how far a response has come ("112名のうち、108名の方に対し連絡済み",
 * "本日までに約8,000名への通知を完了"), not the incident's scope.
 */
export const PROGRESS_AFTER = /^[ ]?(?:の方|の皆様|様)?(?:に|へ)(?:対し(?:て)?)?[、,]?[^。、]{0,12}?(?:連絡|通知|送付|発送|返金|ご案内|お詫び)(?:済み|済|を完了|が完了|を終え)/;

/**
 * "全45校のうち", "全12校中、": the population a scope is picked out of. Only when nothing before
 * it says the whole set was hit ("対象となった全200名のうち" keeps its total).
 */
export const POPULATION_AFTER = /^[ ]?(?:のうち|中[、,])/;
/** Before the number, in an aside after an office set up: its staffing ("対策室を設置(兼務職員19人)"). */
export const STAFFING_BEFORE = /(?:室|本部|窓口|センター|チーム)を(?:設置|開設|新設|編成|立ち上げ)(?:し)?[ ]?\([^()]{0,12}$/;
/**
 * Right before the number: a rate ("IDごとに1人", "1件につき"), or a legal threshold quoted
 * (報告義務が生じる「1,000件以上」).
 */
export const NON_SCOPE_BEFORE = /(?:ごと|毎)に[ ]?$|(?:報告義務|報告対象|届出義務)[^。、]{0,8}「$/;
/**
 * Earlier in the figure's sentence: an example of how figures are counted ("(例えば同姓同名で、一方に住所だけが
 * 登録されていた場合等は2件"): a hypothetical figure, no scope.
 */
export const EXAMPLE_BEFORE = /(?:例えば|たとえば|例として)[^。]*$/;

/**
 * Just before the number, inside its clause: a figure that an earlier report gave and this one
 * replaces ("(第一報は約438万人)", "前回公表時は", "当初").
 */
export const SUPERSEDED_BEFORE = /(?:第[0-9一二三四五六七八九十]{1,2}報|前回|前報|当初|従前|訂正前|変更前)[^。、0-9]{0,8}?(?:で|に|には|では|時点|時|は|の)[:、 ]*(?:約|最大|計|合計)?[ ]?$/;
/** Right after the counter: "18ドメイン→69ドメイン", "3,000件から3,500件に" — this figure is replaced by the next. */
export const SUPERSEDED_AFTER = /^[ ]?(?:→|⇒|->|から)[ ]?(?:約|最大)?[ ]?[0-9]/;

/** Subjects that say a number is not the incident's scope wherever the word stands (staff, attempts, traffic, business days). */
export const NON_SCOPE_SUBJECTS = /営業日|取引先数|仕入先|従業員数|社員数|職員数|人員|体制|要員|エンジニア|技術者|調査チーム|専門家|取締役|試行|視聴者数|アクセス数|閲覧数|ページビュー/;

/**
 * Nouns that make a subject non-scope only as its head (its last word): "一部の店舗", "お問い合わせ
 * 窓口", "相談件数" count stores and inquiries, while "お問い合わせフォーム入力データ", "支店の顧客",
 * "相談室にお問い合わせいただいた方" count data and people. 事業者 is a scope counter; 業者 alone is a contractor. A volume
 * of traffic ("300GB程度の不正な通信の容量") is no data's.
 */
export const NON_SCOPE_HEADS = /(?:店舗|商品|品目|アイテム|拠点|支店|部署|窓口|回線|コールセンター|問い?合わ?せ|相談|受付|(?<!事)業者|通信の?容?量)(?:数|件数)?$/;

/** What may trail a subject after its head noun: particles, a copula, a pointer back, a total word. */
const AFTER_HEAD = /(?:である|上記|前記|当該|これら|の|は|が|:|[ ]|約|計|合計)+$/;

/** Whether a count's subject says it is not the incident's scope (see NON_SCOPE_SUBJECTS, NON_SCOPE_HEADS). */
export function isNonScopeSubject(subject: string): boolean {
  if (NON_SCOPE_SUBJECTS.test(subject)) return true;
  // Subjects are short; the tail bound keeps the anchored patterns linear on a long table cell.
  return NON_SCOPE_HEADS.test(subject.slice(-40).replace(AFTER_HEAD, ''));
}

/**
 * A subject that sizes a course, an event or a publication, never what an incident reached
 * (定員40名, 募集人数200名, 発行部数3万部) — only as the subject's head.
 */
export const CAPACITY_HEADS = /(?:(?:募集)?定員|(?:定|募集人|収容人|発行部)数)$/;
/**
 * A subject that sizes a whole service by its members or contracts (会員数約120万人の通販サイト): as the
 * head of a figure that describes a noun after it; in a table row (|契約数|385契約|) or a sentence
 * of its own the same words count the incident's scope.
 */
export const SERVICE_SIZE_HEADS = /(?:会員|契約|加入者|登録者|利用者|ユーザー?|購読者)数$/;
/** After the counter: the figure describes the noun after it, or what the service holds (を誇る, を擁する). */
export const ATTRIBUTIVE_AFTER = /^(?:の(?!うち|中|内)|を(?:誇|擁|有)する)/;
const INCIDENT_IN_SUBJECT = /漏|流出|対象|影響|被害|該当|不正|閲覧|可能性|おそれ|恐れ|送信|送付|誤|紛失|盗|窃取|ログイン|判明|確認|含|件数/;

/** Whether a count's subject sizes a course, a publication or a whole service rather than the incident's reach. */
export function isWholeSizeSubject(subject: string, after: string): boolean {
  if (INCIDENT_IN_SUBJECT.test(subject)) return false;
  const head = subject.slice(-40).replace(AFTER_HEAD, '');
  return CAPACITY_HEADS.test(head) || (SERVICE_SIZE_HEADS.test(head) && ATTRIBUTIVE_AFTER.test(after));
}

/** Right after the counter: a milestone reached ("契約数100万件を突破", "会員100万人達成"). */
export const MILESTONE_AFTER = /^(?:を)?(?:突破|達成)/;

/**
 * Subjects that point back at a group already named ("上記の中学校", "該当する", "当該"), so the
 * count restates an earlier one.
 */
export const ANAPHORIC_SUBJECT = /^(?:上記|前記|該当|当該|対象|これら|それら|その|同|前述|先述)/;

/**
 * A pointer to what the text has already said ("先述の", "上記の", "前述の") standing inside a subject after its topic or another
 * phrase ("※本件は先述の特定の検証環境（1台）"): the figure restates one given before.
 */
export const POINTS_BACK_IN_SUBJECT = /[はがもを、,](?:上記|前記|前述|先述)の/;

/**
 * What was done to the counted thing, short of a leak ("暗号化されたパスワード" describes stored data, not an attack): attacked, logged into, misused, encrypted,
 * infected, sent (phishing mail, 不審なメール送信 from a person's account), phished (credentials entered), made the target of the incident.
 */
export const AFFECTED_ACTIONS = /不正(?:な)?アクセス(?:を受け|があ|され|が行われ|が確認され|の痕跡|の形跡)|不正(?:に)?ログイン|不正に(?:アクセス|利用|使用|交換|取得|操作)され|不正利用され|不正に利用|乗っ取|感染(?:し|した|され|が確認)|暗号化(?:され(?!た(?:パスワード|状態|形式|値|カード番号))|の被害)|影響を受け|被害を受け|被害に(?:あ|遭)|対象と(?:な(?!る(?:お客|方|皆|者|人|個人|会員|利用者|ユーザ|児童|生徒|学生|職員|教職員))|し)|送信(?:され|が行われ|件数|数)|不正(?:な)?送信|不審な(?:メール|メッセージ)?の?送信|送付され|(?:認証情報|パスワード|ID)を入力|アクセスされ|改ざんされ|(?:アクセス|ログイン)\)?(?:が|を)行われ|ログインされ/;

/**
 * A denial that the counted thing was attacked at all ("サーバー(14台)への不正侵入は確認されておりません",
 * "感染していません", "不正アクセスの痕跡およびマルウエアの痕跡は確認されませんでした": the denial may cover a coordinated
 * trace, in any negative form of its verb): nothing got out of it. Not "暗号化されていない", which says data was stored in clear.
 */
export const ATTACK_DENIED = /(?:アクセス|閲覧|ダウンロード)(?:は|も)?され(?:て(?:い|お)(?:ない|りません|ません)|なかった)|(?<!不正)アクセス(?:が|は|も)(?:無い|ない|なかった|無かった|ありません|ございません)|(?:不正侵入|侵入|不正アクセス|感染)(?:の痕跡|の形跡|の事実|した痕跡|された痕跡)?(?:(?:や|及び|および|並びに)[^。、]{0,20}?)?(?:は|も)(?:一切)?(?:確認|検出|認め)(?:(?:されて|られて)(?:い|お)(?:ない|りません|ません)|(?:され|られ)(?:ませんでした|なかった|ず))|(?:感染|侵入され)(?:して|て)(?:い|お)(?:ない|りません|ません)/;

/** An aside that is only a hedge on the word before it ("データ漏えい(可能性)件数"): part of the statement. */
export const HEDGE_ASIDE = /\((の?(?:可能性|おそれ|恐れ|疑い)(?:あり|有り|がある|のある)?)\)/g;

/**
 * A login by an outsider ("不正ログインをされた対象数", "ログインされた利用者"): done to people's accounts, it says nothing
 * of their data, which the release's own claim decides.
 */
export const LOGIN_ON_ACCOUNTS = /不正(?:に)?ログイン|ログインされ/;

/**
 * A heading or lead-in whose head noun is a system, a server or a device ("不正アクセスを受けたシステム",
 * "ランサムウェアに感染したサーバー"): what it says was done, was done to that, not to the figures of data under it.
 */
export const NAMES_SYSTEM = /(?:システム|サーバー?|サーバ機器|端末|パソコン|PC|機器|ネットワーク|サイト|ウェブサイト|ホームページ|クラウド(?:サービス)?|環境)(?:等|など)?[)）】\]]*[ ]*$/;

/** Nouns that mark a group as concerned without saying what happened (対象者, 該当する方). */
export const AFFECTED_NOUNS = /対象|該当|影響|被害/;

/**
 * Where one clause ends inside a sentence: an adversative after a predicate ("確認されておりませんが、"),
 * "ものの", "一方で". Status words on the far side belong to another statement. Some releases write
 * the comma as "，" (',' once width-folded).
 */
export const CLAUSE_BREAK = /(?:(?:ます|ません|した|ある|いる|ない|です|でした|れる|れた|おり|あり|った)が|ものの|けれども|けれど|一方で?|のみで|だけで)[、,]|ものの|けれども/;

/** Status words that are predicates, not nouns naming a group (該当端末, 対象者): what a new clause with its own subject says. */
export const STATUS_PREDICATE = /漏えい|漏洩|流出|漏れ|窃取|盗ま|盗難|盗み|持ち出|閲覧|公開さ|誤送|誤配|誤って|詐取|取得さ|可能性|おそれ|恐れ|否定でき|疑い|不正|感染|暗号化|送信|入力|乗っ取|アクセス|改ざん|含まれ/;
/**
 * Words that carry a status, to find a count's predicate after it: the predicates and the nouns of a group.
 * (No predicate starts with a noun's first character: where the nouns stand in the alternation changes no match.)
 */
export const STATUS_WORD = new RegExp(`${STATUS_PREDICATE.source}|影響|被害|対象|該当`);

/** Words that say data got out (for the release's overall claim). */
export const LEAK_WORD = /(?:データ|情報|ファイル)に(?:不正に)?アクセス(?:を)?(?:した|された)(?:可能性|おそれ)|漏えい|漏洩|流出|漏れ|窃取|盗ま|盗難|盗み|持ち出|閲覧され|閲覧可能|閲覧の(?:可能性|おそれ)|閲覧(?:でき|出来)る状態|公開され|誤送|誤配|詐取|外部に(?:出|送)/;

/**
 * Leak words that name a topic, not a claim: "漏えい状況について", "流出の有無", "情報漏洩防止", an
 * embedded question ("流出した情報があるか、…調査中", "漏洩したかどうかは") and a condition
 * ("漏えいが確認された場合には").
 */
export const LEAK_TOPIC = /(?:漏えい|漏洩|流出)(?:等)?(?:の)?(?:状況|有無|防止|対策|調査)|(?:漏えい|漏洩|流出)[^。、]{0,14}?(?:た|る)(?:場合|際|とき)|(?:漏えい|漏洩|流出)[^。、]{0,16}?(?:ある|あった|した|された|いる|いない|ない)か(?:ないか|どうか|否か)?(?=[、はをにの]|について)/g;

/** Product names that end in a number ("Microsoft 365", "Windows 11"): the number is a version, not a count. */
export const PRODUCT_BEFORE_NUMBER = /(?:Microsoft|Office|Windows|Dynamics|Exchange|Server|Android|iOS|iPhone|iPad|Galaxy|Pixel|Ver|ver|Version|version)[ ]?$/;

/**
 * Right after the counter: a figure the release itself corrects ("171名とお伝えしておりましたが、
 * …正確には168名", "「最大 3,455,754 名様分」から下方修正").
 */
export const CORRECTED_AFTER = /^(?:様分|様)?[」』]?[ ]?(?:と(?:お伝え|お知らせ|ご案内|ご報告|公表|発表|報告|記載|表記)(?:いた)?し(?:て(?:おり|い)(?:ました|ます)が|たが)|から[^。]{0,12}?(?:下方|上方)?(?:修正|訂正|変更|更新|特定))/;

/** A subject that counts duplicates taken out of a figure ("うち重複3名", "重複していた方が3名"), not a deduplicated total (重複を除いた件数). */
export const DUPLICATE_SUBJECT = /重複(?!を?(?:除|排除|削除)|分を?除|除外)/;

/** After the counter: the figure counts entries already counted elsewhere ("うち 6 件は（１）と重複"). */
export const DUPLICATE_AFTER = /^[ ]?(?:は|が)[^。、]{0,16}?と重複/;

/**
 * What a count measures when it is not the people or records the incident reached, read from its
 * subject and the words of its clause before the number (see CountMeasure).
 */
export const MEASURE_BEFORE: readonly (readonly [CountMeasure, RegExp])[] = [
  ['gross', /名寄せ前|重複(?:を)?含(?:む|め|んだ)|重複(?:を)?除(?:く|いた)前/],
  ['traffic', /スパム|迷惑メール|隔離(?:された|メール)|通信量|アクセス(?:件数|回数)/],
  ['sent', /(?<!誤|誤って)送信(?:された|した)?(?:メール|SMS|ショートメッセージ|メッセージ)?(?:の)?(?:総?数|件数)|不正(?:な)?送信|(?:不審な|フィッシング|なりすまし)(?:メール|SMS|メッセージ)(?:の)?(?:送信)?(?:数|件数)?$/],
  ['attempts', /試行|試み|攻撃(?:回数|件数|数)|不正ログイン(?:の)?(?:件数|回数)/],
  ['logins', /不正な?ログインにより[、,]?[ ]?$|(?:不正に?)?ログインされた(?:アカウント|ID|会員|利用者|お客様)?(?:の)?(?:数|件数)?(?:は|が|:)?[ ]?$|不正ログイン(?:が確認された|を受けた|された)(?:アカウント|ID|会員|利用者|お客様)?(?:の)?(?:数|件数)?(?:は|が|:)?[ ]?$/],
  ['examined', /(?:精査|調査|解析|照合|点検)(?:を行っ|し)た(?:件数|数|データ|レコード|ファイル)?(?:は|が|:)?[ ]?$|調査対象(?:の|と(?:な|し)た)?[^。、]{0,8}$/],
  ['increment', /新たに[ ]?$|(?:追加|増加)(?:分|で)[ ]?(?:は|が|:)?[ ]?$/],
];

/** Right after the counter: what was done to the counted messages by the attacker ("3,000通の不審なメールが送信", "…件が送信されました"). */
export const MEASURE_AFTER: readonly (readonly [CountMeasure, RegExp])[] = [
  // "最大1,613件(重複を除くと1,102件)": the figure before duplicates were taken out.
  ['gross', /^[ ]?[(:]?[ ]?(?:重複(?:を)?(?:除(?:く|いた|外)|排除)|名寄せ(?:後|すると|した))/],
  ['sent', /^(?:分)?(?:の)?(?:不審な|スパム|迷惑|フィッシング|なりすまし)(?:メール|SMS|メッセージ)|^[^。、]{0,6}(?<!誤|誤って)送信され/],
  ['attempts', /^(?:の|に(?:わたる|及ぶ))?(?:不正)?(?:ログイン|アクセス)?(?:の)?(?:試行|試み)/],
  ['logins', /^(?:分)?(?:の)?(?:アカウント|ID)?(?:に|へ|で)(?:不正に?)?ログインされ|^(?:分)?(?:の)?(?:アカウント|ID)?(?:に|へ|で)不正ログインが(?:行われ|確認され|あ)/],
];

/**
 * Before the number in its clause: another organization speaks ("同社は1,750万件の顧客情報…"), so
 * the figure is its scope, relayed.
 */
export const OTHER_SPEAKER_BEFORE = /(?:^|[、。 ])同(?:社|市|町|村|県|府|都|法人|機構|グループ|行|院|大学|庁|省)(?:は|が|では|によると|の発表では)/;

/** Before the number: a scope wider than the release's own ("システム全体で399名", "全国で"). */
export const WIDER_SCOPE_BEFORE = /(?:システム|サービス)?全体(?:で|では|の)|全国(?:で|では|の)|全社(?:で|では)/;

/** Before the number, in a figure another party reported: a scope beyond the release's (全国約30都道府県の…約2千カ所分). */
export const RELAYED_WIDER_BEFORE = /全国|(?:システム|サービス)全体|全体で|他の?(?:自治体|団体|企業|学校|医療機関)/;
/** After the number, in its sentence: the figure is what another party reported (…と報告があり, との連絡, と発表). */
export const RELAYED_AFTER = /と(?:の)?(?:報告|連絡|発表|公表|説明)|とのこと/;

/** In a count's clause: the release's own side ("本市に申請実績のある利用者については、3名"). */
export const OWN_SIDE_WORDS = /本市|当市|本町|当町|本村|当村|本県|当県|本区|当区|本学|当学|本校|当校|当社|弊社|本社の|当院|本院|当行|弊行|当法人|本法人|当機構|本機構|当組合|弊組合|当協会|本会|当会/;

/** A subject that names an organization or institution (虎の門病院, ○○市): figures per organization. */
export const ORGANIZATION_SUBJECT = /(?:病院|医院|クリニック|大学|学校|学園|株式会社|会社|銀行|市|町|村|県|区|機構|協会|組合)$/;

/** Right before the number: a breakdown under a total ("うち", "このうち", "内訳"). */
export const PART_BEFORE = /(?:うち|内訳|内数)[、,: ]?[^。0-9]{0,30}?[ ]?(?:約|最大)?[ ]?$/;

/** Right before the number: a stated total ("合計", "計", "総数", "総レコード数は"). */
export const TOTAL_BEFORE = /(?:合計|総計|総数|累計|計|全体で|総[^。、0-9 ]{0,6}数(?:は|が|:)?)[ :]?(?:で)?[ ]?(?:約|最大|およそ)?[ ]?$/;

/** Counters of people (the headline's people figures). */
export const PEOPLE_COUNTERS: readonly string[] = ['名', '人', '方', '世帯'];
/** Counters of records: entries, messages, accounts, cards, files (the headline's record figures). */
export const RECORD_THING_COUNTERS: readonly string[] = ['件', '通', 'アカウント', '枚', '個', 'ID', 'メール', 'レコード', 'アドレス', '口座', 'ファイル'];

/** 'people', 'records', or null for counters of neither (社, 校, 台 …). */
export function unitClassOf(unit: string): 'people' | 'records' | null {
  if (PEOPLE_COUNTERS.includes(unit)) return 'people';
  if (RECORD_THING_COUNTERS.includes(unit)) return 'records';
  return null;
}

/**
 * A heading of requests or warnings to readers (４．お客様へのお願い, ご注意ください, 注意喚起): a figure under it counts what
 * the readers are asked to watch for ("上記2件の情報の入力を求めるような不審なメール"), not the incident's scope.
 */
export const REQUEST_HEADING = /へのお願い|ご注意(?:ください|のお願い)?|ご留意|注意喚起/;

/**
 * A table's column header (or a list's note) that names a counted quantity: a noun ending in 数 (生徒数, 対象者数, 件数,
 * 影響件数), with the counter its figures are in when the header gives it in brackets ("生徒数(人)"). The figures under
 * it are bare numbers ("2,077"): the header scopes their unit and what they count.
 */
export const MEASURE_HEADER = /^([^()0-9|]{0,20}数)(?:\(([^()]{1,6})\))?$/;
/** A 数 that names nothing counted: "括弧内は内数" says the bracket holds a part of the figure before it, not of what. */
export const NO_MEASURE_NOUN = /^(?:内|うち)?数$/;
/** A header cell over a breakdown's sum ("総数(人)", "合計"): the other measured columns are its parts. */
export const TOTAL_HEADER = /^(?:総数|合計|総計|計)/;
/**
 * A note that says what a list's bracketed figures hold ("計17校,1,198人(カッコ内は卒業生数)", "※括弧内の数字は生徒数"):
 * the noun it names.
 */
export const BRACKET_NOTE = /(?:カッコ|括弧|かっこ|\(\))内(?:の数字|の数値|の数)?(?:は|:)[ ]?([^()。、:0-9]{1,16}?数)/;
