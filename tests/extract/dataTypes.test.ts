import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { dataTypesExtractor, judgeData, titleLineAbove } from '../../src/extract/dataTypes.js';
import { emptyFindings } from '../../src/extract/types.js';
import type { DataType } from '../../src/types.js';

/** Data kinds at risk and kinds confirmed not leaked, as the incident would list them. */
async function kindsOf(text: string): Promise<{ leaked: DataType[]; notLeaked: DataType[] }> {
  const doc = buildDocument(text);
  const part = await dataTypesExtractor.extract(doc, emptyFindings(), { tokenize: false });
  const found = part.dataTypes ?? [];
  const leaked = new Set(found.filter((f) => f.value.leaked).map((f) => f.value.type));
  const notLeaked = new Set(found.filter((f) => !f.value.leaked && !leaked.has(f.value.type)).map((f) => f.value.type));
  return { leaked: [...leaked].sort(), notLeaked: [...notLeaked].sort() };
}

describe('data kinds in one sentence', () => {
  test.each<[string, string, DataType[], DataType[]]>([
    ['parenthesised list', '会員の個人情報（氏名、住所、電話番号、メールアドレス）が漏えいした可能性があります。', ['address', 'email', 'name', 'phone'], []],
    ['login ID with a space', '利用者のログイン ID とパスワードが外部に流出しました。', ['login_id', 'password'], []],
    ['leaked and set apart in one sentence', '氏名と生年月日が流出した可能性がありますが、クレジットカード情報は含まれておりません。', ['birthdate', 'name'], ['credit_card']],
    ['a denial of another topic turned by a contrast leaves the next clause to its heading', '## 漏えいが確認された情報\n- 回答者ID\n※基本的に住所等の情報は含まれておりませんが、ごく一部フリーコメントに氏名等をご記入されているお客さまがいらっしゃいました（対象者６名）。', ['id_number', 'name'], ['address']],
    ['a kind denied before the contrast stays denied (negative)', '## 漏えいが確認された情報\n- 回答者ID\n※氏名は含まれておりませんが、ごく一部の回答に住所等を記入されている方がいらっしゃいました。', ['address', 'id_number'], ['name']],
    ['a leak denied with no data as its topic still covers the next clause (negative)', '## 保存されていた情報\n- 回答者ID\n※外部への流出はございませんが、ごく一部の回答に住所等を記入されている方がいらっしゃいました。', ['id_number'], ['address']],
    ['nothing at risk is not said: not confirmed', '現時点でメールアドレスや本文の漏えいは確認されておりません。', [], []],
    ['not confirmed (ておらず)', '現時点で氏名や住所の流出は確認されておらず、調査を続けております。', [], []],
    ['confirmed not leaked', '調査の結果、パスワードは漏えいしていないことを確認しました。', [], ['password']],
    ['set apart with 以外', 'クレジットカード情報以外の個人情報（氏名、住所）が閲覧可能な状態にありました。', ['address', 'name'], []],
    ['stored on the breached server', '不正アクセスを受けたサーバーには、応募者の氏名と顔写真が保存されていました。', ['name', 'other'], []],
    ['card items in a list', '漏えいした可能性のある情報は、カード名義人名、クレジットカード番号、有効期限です。', ['credit_card', 'name'], []],
    ['not confirmed, but possible in the next clause', '|社員|氏名、メールアドレス|漏えいの事実は確認されていないが、漏えいしたおそれがある|', ['email', 'name'], []],
    ['a counted parenthesis is not a list header', '卒業アルバムに掲載された児童の氏名および顔写真（約800人分）が流出したおそれがあります。', ['name', 'other'], []],
    ['policy details', '漏えい等のおそれがあるのは、契約者の氏名・職業、保険金額・保険料です。', ['employment', 'name', 'other'], []],
    ['customer names and building lots', '漏えいした可能性があるのは、工事名(お客様名)・工事場所(建築地番)です。', ['address', 'name'], []],
    ['the prefecture one lives in and the branch one works at', '漏えいが確認された情報は、お住まいの都道府県と営業所名です。', ['address', 'employment'], []],
    ['names of business partners', '流出した可能性があるのは、契約先名と担当者の電話番号です。', ['other', 'phone'], []],
    ['officers are people, not a job title (the mails viewed are contents)', '役職員の個人データを含むメールが閲覧された可能性があります。', ['message_content'], []],
    ['staff and patient IDs', '流出したのは患者IDと職員IDの一覧です。', ['employment', 'id_number'], []],
    ['school of the children', '漏えいのおそれがあるのは、児童の氏名と通学先の小学校名です。', ['name', 'other'], []],
    ['documents on the server are contents (ドキュメント)', 'サーバ内のドキュメント及びファイルが暗号化され使用出来なくなるとともに、一部が窃取されるという被害が生じました。', ['message_content'], []],
    ['a user\'s own documents folder restored is none (negative)', 'なお、ネットワークサーバ上の学生個人のマイドキュメントフォルダについては、ウィルス感染により復旧作業中です。', [], []],
    ['what was said on a call is content (the call\'s time an item of no kind)', '侵害された可能性のある情報：電話番号、通話日時、通話内容の文字起こし情報の一部', ['message_content', 'other', 'phone'], []],
    ['inquiries are messages', '問い合わせフォームに入力されたお問い合わせ内容が閲覧された可能性があります。', ['message_content'], []],
    ['domain names', '流出が確認されたのは、利用企業のドメイン名とホスト名のみです。', ['other'], []],
    ['data read out', '共有サーバー内の顧客名簿（氏名、電話番号）が不正に読み出されました。', ['name', 'phone'], []],
    ['what was set apart leaked', '調査の結果、氏名とメールアドレス以外に漏えいした事実は確認されませんでした。', ['email', 'name'], []],
    ['set apart from what leaked', '住所、電話番号以外の情報が流出しました。', [], []],
    ['not leaked (しておりません)', '取引先の口座情報は流出しておりません。', [], ['bank_account']],
    ['not leaked (が無かった)', '委託先からは、会員の電話番号の流出が無かった旨の報告を受けました。', [], ['phone']],
    ['no report of a leak', '現時点で、利用者のメールアドレスが流出したとの報告は受けておりません。', [], []],
    ['points and their expiry are not card data', '会員番号、保有ポイント及び有効期限が閲覧された可能性があります。', ['id_number'], []],
    ['a card expiry date', '流出したのはカード名義と有効期限です。', ['credit_card'], []],
    ['data held in mails', '受信箱のメールに含まれる個人データが閲覧された可能性があります。', ['message_content'], []],
    ['a link in a mail is not mail content', 'メールに記載されたURLから偽サイトに誘導され、情報が盗まれました。', [], []],
    ['a fake page in a phishing mail is not mail content', '職員がフィッシングメールに記載された偽のページにIDを入力し、認証情報が窃取されました。', [], []],
    ['a transfer account', '契約者の氏名と保険料の振替口座が漏えいしました。', ['bank_account', 'name', 'other'], []],
    ['a CV', '応募者の学歴と職歴、身分証明書の写しが閲覧可能な状態でした。', ['employment', 'id_number', 'other'], []],
    ['chat history', '一部利用者のチャット履歴が外部から閲覧された可能性があります。', ['message_content'], []],
    ['messages the attacker sent are not data', '一部の会員に偽サイトへ誘導するメッセージが送信された可能性があります。', [], []],
    ['a ransom note is not data', '攻撃者のメッセージが記載されたファイルがサーバーに置かれていました。', [], []],
    ['a URL in the body of a fake mail', '万一受信された場合は、本文中に記載されたURLを開かないでください。', [], []],
    ['messages exchanged with customers', '利用者とのメッセージの履歴が閲覧された可能性があります。', ['message_content'], []],
    ['a power company in a quote is not an employer', '見積情報（電力会社名、契約電力）が流出しました。', [], []],
    ['an agency name is not corporate data', '詳しくは独立行政法人情報処理推進機構の資料が公開されています。', [], []],
    // A desk's phone given with its number is a contact line, whatever section it stands in.
    ['a contact desk\'s TEL with its number under a leak\'s section', '## ４．情報流出等への対応状況について\n\n- お客様の氏名が流出したことを確認しております。\n\nサンプル株式会社 広報部 TEL：06-379-3498 受付時間 平日9:00〜17:30\n', ['name'], []],
    ['a free-dial number after 電話番号', '## 流出した情報\n\n氏名が流出しました。\n\nコールセンター 電話番号 0120-123-456\n', ['name'], []],
    ['an area code in parentheses', '## 流出した情報\n\n氏名が流出しました。\n\n広報部 TEL (03)1234-5678\n', ['name'], []],
    ['the phone number as a kind of data still counts', '## 流出した情報\n\n氏名、電話番号：数字10桁が流出しました。\n', ['name', 'phone'], []],
    ['our head office is not data', '当社（所在地：愛知県名古屋市、代表取締役：佐藤一郎）の会員の氏名が流出した可能性があります。', ['name'], []],
    ['ordered items are order history', '配送連絡メールには、お名前とご注文商品情報が記載されていました。', ['name', 'order_history'], []],
    ['not written in the mail (記載されていません)', 'なお、当該メールにはご住所やお電話番号は記載されていません。', [], ['address', 'phone']],
    ['a leak that did not happen (発生していない)', '委託先からは、メールアドレスやメール本文の漏えいは発生していないとの報告を受けました。', [], ['email', 'message_content']],
    ['stay details are a reservation', '漏えいしたおそれがあるのは、宿泊者氏名、宿泊日、予約ID、宿泊施設名です。', ['name', 'order_history'], []],
    ['a reservation history', '閲覧されたおそれがあるのは、会員の予約履歴とメールアドレスです。', ['email', 'order_history'], []],
    ['a password that protects a device is not data at risk', '紛失したUSBメモリにはパスワードによる保護を施しておりました。', [], []],
    ['a health questionnaire', '学生番号と健康調査票の回答が流出した可能性があります。', ['health', 'id_number'], []],
    ['a password that encrypts a file is not a password at risk', '流出した可能性のある名簿（パスワードにより暗号化済み）には、受講者の氏名が含まれます。', ['name'], []],
    ['SMS is a channel, not message content', '本件に便乗した不審なSMS（ショートメッセージ）が届く可能性がありますのでご注意ください。', [], []],
    ['a fake warning message shown on a page', '改ざんされたページに表示されたメッセージ内のボタンを押しても、個人情報が送信されることはありません。', [], []],
    ['school background and interview notes', '流出したおそれがあるのは、卒業生の出身高校と面談記録です。', ['other'], []],
    ['certificates in a contract file', '閲覧された可能性があるのは、賃借人の住民票および印鑑登録証明書の写しです。', ['other'], []],
    ['a hypothetical mail in a request is not an address at risk', '万一、当社のメールアドレスから不審なメールが届いた場合は、本文に記載されたURLを開かないようお願いいたします。', [], []],
    ['an earlier notice overruled by the finding', '先日、会員のメールアドレス漏えいの可能性についてご報告いたしましたが、調査の結果、漏えいはなかったことが確認されました。', [], []],
    ['an earlier notice confirmed by the finding', '先日、会員のメールアドレス漏えいの可能性についてお知らせしましたが、調査の結果、漏えいしたことが判明しました。', ['email'], []],
    ['a report received before is the story', '本件は、委託先のメール本文が流出した可能性があるとの報告を委託先から受けていたものです。', [], []],
    ['a report received now still says possible', '委託先から、会員の氏名が流出した可能性があるとの報告を受けました。', ['name'], []],
    ['a tap number is a customer number', '流出したおそれがあるのは、利用者の水栓番号と氏名です。', ['id_number', 'name'], []],
    ['a customer-number word that is not a number', '流出したおそれがあるのは、加入者の氏名と住所です。', ['address', 'name'], []],
    ['documents handed in are documents', '閲覧された可能性があるのは、保険金請求のために提出された書類です。', ['message_content'], []],
    ['a clinic is not a medical record', '診療所職員の氏名が漏えいしたおそれがあります。', ['name'], []],
    ['a medical treatment is health data', '患者の診療情報が漏えいしたおそれがあります。', ['health'], []],
    ['a way to deal with it is not a prescription', '感染した端末の対処方法を記載した資料が閲覧された可能性があります。', [], []],
    ['a prescription is health data', '処方内容が閲覧された可能性があります。', ['health'], []],
    ['a security check is not a diagnosis', 'セキュリティ診断の報告書が流出した可能性があります。', [], []],
    ['a diagnosis is health data', '健診の診断結果が流出した可能性があります。', ['health'], []],
    ['"named X" is not a name', '「Cache Helper」という名前のファイルが閲覧された可能性があります。', [], []],
    ['a messaging feature holds the data, it is not the data', 'ダイレクトメッセージ機能内の個人情報（氏名）が閲覧されたおそれがあります。', ['name'], []],
    ['messages in an account are message content', 'アカウント内のダイレクトメッセージが閲覧されたおそれがあります。', ['message_content'], []],
    ['business cards carry the employer', '展示会で交換した名刺の情報が流出した可能性があります。', ['employment'], []],
    ['CVs and entry sheets', '応募者のエントリーシートと履歴書が閲覧された可能性があります。', ['other'], []],
    ['shares held', '株主名簿（氏名、所有株式数）が流出した可能性があります。', ['name', 'other'], []],
    ['information written in quarantined mails', '隔離されたメールに記載されている情報が漏洩した可能性があります。', ['message_content'], []],
    ['a bank account money was sent to is not data', '経理担当者が偽の指示に従い、第三者の銀行口座へ約1千万円を送金し、資金が流出しました。', [], []],
    ['a bank account that leaked is data', '取引先の銀行口座が流出しました。', ['bank_account'], []],
    ['the family of staff are whose data, not a kind', '従業員の家族の氏名と生年月日が流出した可能性があります。', ['birthdate', 'name'], []],
    ['information on the family of staff is other data', '従業員の家族の情報が流出した可能性があります。', ['other'], []],
    ['family details are other data', '職員の住所と家族構成が流出した可能性があります。', ['address', 'other'], []],
    ['a phishing message is the means, not data', '送られたフィッシングメッセージを経由して、アカウント内の情報が閲覧されました。', [], []],
    ['not contained in the data', '氏名が流出した可能性があります。なお、電話番号、メールアドレスについては、当該システムのデータに含まれておりません。', ['name'], ['email', 'phone']],
    ['contained in the data', '当該システムのデータには電話番号、メールアドレスが含まれておりました。', ['email', 'phone'], []],
    ['other than some people sets apart the people, not the word', '電話番号、クレジットカード情報、加入者以外の住所については含まれておりません。', [], ['address', 'credit_card', 'phone']],
    ['card payment is a method, not data', 'クレジットカード決済の一時停止に伴い、配送に遅れが生じる可能性がございます。', [], []],
    ['card payment data is data', 'クレジットカード決済情報が流出した可能性があります。', ['credit_card'], []],
    ['an earlier announcement recalled', 'メール情報が外部に漏えいした可能性があると、4月16日に当社ホームページのお知らせで公表しました。', [], []],
    ['a possible leak said today', 'メール情報が外部に漏えいした可能性があると、委託先より報告を受けました。', ['message_content'], []],
    ['not contained (含まれない)', '流出した可能性がある情報は氏名とメールアドレスです。その他機微情報も含まれない見込みです。', ['email', 'name'], ['other']],
    ['never stored (保管しておりません)', '氏名と電話番号が漏えいした可能性がありますが、クレジットカード情報は弊社では一切保管しておりません。', ['name', 'phone'], ['credit_card']],
    ['never held (所持しておりません)', '氏名が閲覧された可能性があります。(注)マイナンバーカードやクレジットカード等の情報は所持しておりません。', ['name'], ['credit_card', 'id_number']],
    ['data attacked is at risk (に対して)', '一部のお客様のご予約情報に対して不正アクセスを行った疑いがあります。', ['order_history'], []],
    ['a leaked address that scam mail may reach', '漏えいしたメールアドレス宛てに不審なメールが送信されるおそれがあります。なお、漏えいしたのはメールアドレスのみです。', ['email'], []],
    ['card data beside a card company', 'クレジットカード会社からの連絡により、クレジットカード情報が流出した可能性が判明しました。', ['credit_card'], []],
    ['medical records stored in the records system', '電子カルテに登録されている病名と処方内容が閲覧された可能性があります。', ['health'], []],
    ['treatment data', '診療情報と検査結果が流出したおそれがあります。', ['health'], []],
    ['families addressed beside the data', '患者様及びそのご家族、関係者の皆様の氏名が漏えいした可能性があります。', ['name'], []],
    ['a property name is no mail subject', '流出したのは物件名称と管理担当者の役職のみです。', ['employment'], []],
    ['logs that leaked are data (negative of logs examined)', '流出した可能性のある情報は、会員の氏名とアクセスログです。', ['name', 'other'], []],
    ['a mail account named beside its password is its ID', '漏えいした可能性のある情報：当該サービスで作成された電子メールのアカウント・パスワード', ['login_id', 'password'], []],
    ['a mail account alone is no ID (negative)', '一部職員のメールアカウントが第三者に不正に利用され、迷惑メールが送信されました。', [], []],
    ['a mail account and password not leaked (negative)', '図書館メールアカウント・パスワードの流出は確認されておりません。', [], []],
    ['business files are document content', 'これら業務ファイルについては、外部に流出した可能性を完全に否定することはできません。', ['message_content'], []],
    ['what was sent and received is mail content', '以下のメールアドレス、パスワード、送受信内容が漏洩した恐れがあります。', ['email', 'message_content', 'password'], []],
    // The price of a stay or an order is what was ordered; a billing statement (料金明細) or a public-utility bill is not.
    ['the price of a stay is order history', '流出した可能性のある情報は、氏名、宿泊ホテル名、当該の宿泊料金、チェックイン日です。', ['name', 'order_history'], []],
    ['a price among reservation details', '情報：氏名、住所、予約内容（料金、日程）が閲覧された可能性があります。', ['address', 'name', 'order_history'], []],
    ['a billing statement is no order (negative)', '閲覧された可能性のあるお客さま情報は、氏名、サービス料金明細です。', ['name', 'other'], []],
    ['a public-utility bill is no data (negative)', '漏えいした可能性があるのは、公共料金の引き落とし手続きに関する案内文です。', [], []],
    ['a delivery address is an address', '漏えい等の可能性のある情報は、氏名/電話番号/配送先情報/購買履歴です。', ['address', 'name', 'order_history', 'phone'], []],
    ['blood type is health data', '流出した可能性があるのは、作業員の氏名、血液型、経験年数です。', ['health', 'name'], []],
    // A file named as the carrier of other data says nothing of what the file holds beyond that data.
    ['a file carrying personal data is no document content', '委託先から、本学卒業生の個人情報が記載された電子ファイルが流出したとの報告を受けました。', ['other'], []],
    ['a file of the information feared leaked names no content', '当社の環境から流出した疑いのある情報の電子ファイルがインターネット上で公開されていることを確認しました。', [], []],
    ['files a customer uploaded are content', '契約者がアップロードした電子ファイルが閲覧された可能性があります。', ['message_content'], []],
    // Information of no named kind as the subject of a leak, whoever it concerns.
    ['information on outside parties read out', '社外関係者に関する情報および当社に関する情報が不正に読み出された可能性があることを確認しました。', ['other'], []],
    ['information on customers and others possibly leaked', 'サーバーに保管されているお客様等に関する情報が外部へ流出した可能性があることを確認しました。', ['other'], []],
    ['information held, possibly leaked (a verb’s clause before it)', '当社が保有していた情報が外部に流出した可能性があります。', ['other'], []],
    ['information posted on the internet', '海外連結子会社に関連するとみられる情報が、インターネット上に掲載されていることを７月２日に確認いたしました。', ['other'], []],
    ['information posted on a leak site', 'リークサイトにおいて、当社に関連するとみられる情報が掲載されていることを確認いたしました。', ['other'], []],
    // Sent out of the organization (外部に送信された) is a leak's verb like 流出した; sent anywhere else is not.
    ['information sent outside the network', '通信機器のログから10月2日夜から10月4日早朝にかけて300GB程度の情報が外部に送信されたことも確認しております。', ['other'], []],
    ['information sent outside, no trace found (negative)', '一方で、情報が外部に送信された明確な痕跡は確認されておりません。', [], []],
    ['information sent to the company\'s own server is no leak (negative)', 'フォームに入力された情報が当社サーバーに送信されたことを確認しました。', [], []],
    ['information printed in a document is not posted (negative)', '配布した資料に、当社が作成した情報が掲載されていることを確認いたしました。', [], []],
    ['credentials stolen are the means, not other data (negative)', '第三者により認証情報が窃取された可能性が高く、取得された認証情報が不正に利用されました。', [], []],
    ['account credentials that let the intruder in (negative)', '監視サービスに登録されていたアカウント情報が漏えいし、その情報を用いて第三者が管理画面へ不正にアクセスしました。', [], []],
    ['no confirmation yet of a leak (確認は取れておりません)', '現時点では、組合員様および関係者の皆さまの情報が外部に流出したとの確認は取れておりません。', [], []],
    ['family data is other data', '従業員の扶養家族に関する情報が漏えいした可能性があります。', ['other'], []],
    ['ID and password written with spaces', '今回流出した ID および パスワードは、既に変更しております。', ['login_id', 'password'], []],
    ['IDs and passwords leaked elsewhere, used for the attack', '第三者が他社サービスから流出したとみられる ID とパスワードの組み合わせを用いて不正にログインを試み、会員の氏名が閲覧されました。', ['name'], []],
    ['a list of leaked passwords is the attack tool', '他社サービスから流出したパスワードリスト等を用いたリスト型攻撃の可能性があり、学生の氏名が閲覧された可能性があります。', ['name'], []],
    ['nicknames, point balances and licences are other data', '漏えいのおそれがあるのは、ニックネーム、ポイント残高、保有資格です。', ['other'], []],
    ['the cash balance of a company is no data', '関係者ヒヤリングで現預金残高の確認を行い、氏名の流出の有無を調査しました。', [], []],
    ['surgery videos are health data', '患者43名の氏名及び手術動画が漏えいした可能性があります。', ['health', 'name'], []],
    ['a password made from a birthdate', '流出したおそれがあるのは、生年月日を基にした初期設定パスワードです。', ['password'], []],
    ['photo data is a photo', 'サーバーに保存された写真データの一部が流出したおそれがあります。', ['other'], []],
    ['kinds never stored on the system are not at risk', 'ログインIDと氏名が閲覧された可能性があります。クレジットカード情報、銀行口座情報、マイナンバー等の機微な個人情報については、当該システム上に保存されていないことを確認しております。', ['login_id', 'name'], ['bank_account', 'credit_card', 'id_number']],
    ['stored elsewhere: not at risk (negative: stored on the breached server is)', '氏名は当該サーバーに保存されていました。クレジットカード情報は当該サーバーには格納されておりません。', ['name'], ['credit_card']],
    ['kinds the attack did not affect', '別のシステムで稼働しており、クレジットカード情報や銀行口座情報など、本件不正アクセスの影響を受けておりません。漏えいした可能性のある情報は氏名と住所です。', ['address', 'name'], ['bank_account', 'credit_card']],
    ['no trace of a leak found', '患者様の氏名や診断名の外部への漏洩の痕跡は見当たらず、被害も確認されていません。', [], ['health', 'name']],
    ['a leak not seen in the logs', '操作ログを確認したところ、ファイル操作の痕跡や生徒情報の流出は見受けられない。', [], ['other']],
    ['another party announced a leak that did not reach us', '別途 IIJ 社からはメールアドレスや本文の情報漏えいについて公表されていますが、弊社においてはこのような情報漏えいはなかったことを確認しております。', [], []],
    ['our own leak after another party announced its own (negative)', '委託先からメールアドレスの漏えいについて公表されていますが、弊社の会員のメールアドレスも流出したことが判明しました。', ['email'], []],
    ['an ID with its form in brackets beside the password', '業務で使用するID（メールアドレス）・パスワードなどの認証情報が流出したことが判明いたしました。', ['email', 'login_id', 'password'], []],
    ['a LINE ID is a login ID', '漏えいしたおそれのある項目は、メールアドレス、LINE ID、ログインパスワードです。', ['email', 'login_id', 'password'], []],
    ['a member ID written with a space, and shareholder numbers', '漏えいの可能性がある情報は、会員 ID、株主番号、氏名です。', ['id_number', 'name'], []],
    ['what readers typed into a form', '各フォームにご入力いただいた内容が漏えいしたおそれがあります。', ['message_content'], []],
    ['mails sent and received', '当該メールアカウントの過去の送受信メールが閲覧された可能性があります。', ['message_content'], []],
    ['a quoted mail title is not the release speaking of the message (negative)', '「ご予約がキャンセルされる可能性があります」というタイトルで予約の確認を求めるメッセージとともにURLリンクが付されたメールが送信されていると、お客様よりご連絡がございました。', [], []],
    ['a quotation naming the kinds themselves is kept', '「氏名」「住所」「電話番号」の3つが流出した可能性のある情報となります。', ['address', 'name', 'phone'], []],
    ['the release\'s own verdict beside a quoted notice title stands', '「不正アクセスに関するお知らせ」でお知らせしたとおり、お問い合わせ内容が閲覧された可能性があります。', ['message_content'], []],
    ['a mailbox reached: what it holds is message content', '当該アカウントのメールボックス等にアクセスが行われた可能性があります。', ['message_content'], []],
    ['what a mailbox held, open to view', '一時的に第三者がメールボックス内のすべての内容を閲覧可能な状態にありました。', ['message_content'], []],
    ['what was written in a mailbox, possibly read', '対象アカウントのメールボックス内の記載情報が読み取られた可能性がございます。', ['message_content'], []],
    ['what a chat held, possibly viewed', 'チャット内の情報が第三者に閲覧された可能性を否定できない状況です。', ['message_content'], []],
    ['a mailbox where a suspicious mail sat is no data at risk (negative)', '不審なメールが該当アカウントのメールボックスにある旨の報告を受けました。', [], []],
    ['a mailbox reachable only from inside is no data at risk (negative)', 'メールボックスは社内からしかアクセスできないように制限しております。', [], []],
    ['a mailbox said not to have been read (negative)', 'メールボックス内の内容が閲覧された痕跡は確認されておりません。', [], []],
    ['business documents', '報告書類及び契約関連文書、通関書類が流出した可能性を否定できません。', ['message_content'], []],
    ['order data received by fax', '受注データ（氏名、住所）が流出した可能性が高いと判断しました。', ['address', 'name', 'order_history'], []],
    ['inquiries written without い', '漏えいしたのは、お子様の氏名とお問合せ内容です。', ['message_content', 'name'], []],
    ['mails that no leak reached', '弊社とお客様との間で送受信されたメールに対しては、不正アクセスおよび流出の被害が生じていないことを確認しております。', [], ['message_content']],
    ['data typed into a fake payment screen is no message', '漏えいの可能性のある情報は、偽の決済画面に入力された情報です。', [], []],
    ['a leak, loss or damage of data is a possible leak', '個人情報の漏えい、滅失又は毀損が発生したおそれがあります。', ['other'], []],
    ['a leak said outright, not a condition (negative)', '個人情報が流出したことが判明しましたので、対象の方へご連絡いたします。', ['other'], []],
    ['a possibility denied', '氏名と住所が漏洩した可能性があります。クレジットカード情報につきましては外部決済会社に委託しておりますので、漏洩、流出の可能性はないものと判断しております。', ['address', 'name'], ['credit_card']],
    ['a fear denied', '「ログインパスワード」につきましては、漏洩の恐れはないと判明致しました。', [], ['password']],
    ['the extent of a leak under investigation: the leak stands (negative)', 'IDおよびパスワードの漏えい範囲については、現在も調査を継続しております。', ['login_id', 'password'], []],
    ['not confirmed, yet not ruled out', '情報漏えいの事実は確認できておりませんが、可能性を否定できないため、お詫び申し上げます。', ['other'], []],
    ['a kind not among those at risk (含まれておらず)', 'なお、クレジットカードなどの決済情報およびマイナンバー情報は、流出可能性が否定できない個人情報には含まれておらず、公開された事実は確認されておりません。', [], ['credit_card', 'id_number']],
    ['a kind never stored (格納していない)', 'なお、本メールサーバはログファイルのみを保存しており、個人情報は格納していない。', [], []],
    ['kinds never kept (保有しておらず)', 'お客様のクレジットカード情報および銀行口座番号は当社で保有しておらず、流出の心配はございません。', [], ['bank_account', 'credit_card']],
    ['health data', '漏えいした可能性がある情報は、従業員の氏名、健康情報です。', ['health', 'name'], []],
    ['personnel data', '従業員に関する人事情報、口座情報が流出したおそれがあります。', ['bank_account', 'employment'], []],
    ['kinds possibly held, then kinds not found leaked, in one sentence', '含まれる可能性のある情報は、氏名、電話番号など、希望条件の一部で、クレジットカード情報の流出事実は確認されておりません。', ['name', 'phone'], []],
    ['credentials whose leak is being looked into are still at risk (negative)', '予約システムのIDとパスワードが漏洩した原因の明確化を目的に、外部調査会社に調査を依頼しました。', ['login_id', 'password'], []],
    ['credentials of members stolen by an intruder who got in (negative)', '第三者が当社サーバーに不正アクセスし、会員のログインIDとパスワードが窃取されたことが判明しました。', ['login_id', 'password'], []],
    ['passwords that leaked, their misuse still a possibility (negative)', '会員のパスワードが漏洩し、不正利用された可能性があります。', ['password'], []],
    ['customers\' passwords stolen by an intruder are data at risk (negative)', '不正アクセスにより、会員のログインIDとパスワードが窃取されました。', ['login_id', 'password'], []],
    ['kinds shown on a page that may have been viewed', '会員情報ページには、お名前、性別、生年月日、住所が掲載されておりますが、', ['address', 'birthdate', 'gender', 'name'], []],
    ['a phone number posted for inquiries is no data at risk', 'お問い合わせ先の電話番号は当社ホームページをご覧ください。', [], []],
    ['a scope as the topic, the kinds its predicate', '対象データの内訳は、氏名(100件)、メールアドレス(24件)です。', ['email', 'name'], []],
    ['a scope as the topic, still under investigation', '対象となる情報は現在調査中ですが、氏名を含む可能性があります。', ['name'], []],
    ['a topic that is no scope', '当社の窓口は、電話番号とメールアドレスでお問い合わせを受け付けております。', [], []],
    ['kept in the list while the rest is being investigated (negative)', '流出の可能性がある情報は、取引先様の銀行口座情報です。', ['bank_account'], []],
    ['credentials obtained by a third party (不正取得)', '第三者によるユーザーIDおよびパスワードの不正取得により、一部のお客さまのアカウントが変更されました。', ['login_id', 'password'], []],
    ['a PIN set apart in brackets (は含みません)', '流出したのは銀行口座番号（暗証番号は含みません）です。', ['bank_account'], ['password']],
    ['the word a bracket follows is not set apart (negative)', '流出したのは銀行口座番号（支店名を含む）です。', ['bank_account'], []],
    ['a passive denial (窃取された事実はない)', '当行のメールアドレスやメール本文に関するデータが窃取された事実はないとの説明を受けております。', [], ['email', 'message_content']],
    ['no fear of a leak (おそれがない)', 'メールのやり取りに関するデータについては漏えいのおそれがないことが確認できております。', [], ['message_content']],
    ['a fear not ruled out is still a fear (negative)', 'メールアドレスが漏えいしたおそれがないとは言い切れません。', ['email'], []],
    ['the order a leaked name belongs to (に紐づく)', '一部のご注文内容に紐づく、購入者のお名前とご住所が漏えいしました。', ['address', 'name'], []],
    ['a card statement to check is no order history (the request puts card data at risk)', 'ECサイトから個人情報が流出したおそれがあるため、クレジットカードでお支払いをされたお客様は、身に覚えのない利用履歴がないかご確認をお願いいたします。', ['credit_card', 'other'], []],
    ['a service history that leaked (negative)', '漏えいした可能性のある情報は、氏名とサービスの利用履歴です。', ['name', 'order_history'], []],
    ['a department in a list (negative)', '漏えいしたのは、氏名、所属部署、役職です。', ['employment', 'name'], []],
    ['a passport among leaked papers (negative)', '一部の従業員のパスポート情報が流出した可能性があります。', ['id_number'], []],
    ['whether a card is registered is no card data', '流出したのは、会員氏名、クレジットカード登録有無です。', ['name'], []],
    ['grade, department and group names are other data', '漏えいした可能性のある情報は、氏名、学年、学科名、団体名です。', ['name', 'other'], []],
    ['invoice numbers, contracts and finances are other data', '流出したのは、取引先の氏名、インボイス番号、ご契約情報および財務情報です。', ['name', 'other'], []],
    ['a group one belongs to beside an affiliation is employment (negative)', '漏えいした可能性のある情報は、氏名、団体名、所属機関です。', ['employment', 'name'], []],
    ['a password written PW beside a member ID', '漏洩した可能性のある情報は、氏名、住所、会員ID及びPWです。', ['address', 'login_id', 'name', 'password'], []],
    ['a debit card number', '同システムには、デビットカード番号の下4桁が保管されていた可能性があります。', ['credit_card'], []],
    ['school and insurance numbers', '流出したおそれがあるのは、児童の出席番号、学修番号、保険者番号です。', ['id_number'], []],
    ['disease names are health data', 'PCには患者様の氏名と疾患名が保存されていました。', ['health', 'name'], []],
    ['staff numbers, dates of joining and leaving, titles and HR data', '漏えいした可能性のある情報は、従業員番号、入社日、退職日、肩書、人事関連情報です。', ['employment'], []],
    ['mail subjects written as 表題', '閲覧された可能性があるのは、メールアドレス、メール表題です。', ['email', 'message_content'], []],
    ['items bought and booking dates', '漏えいした可能性がある情報は、氏名、購入品、予約日です。', ['name', 'order_history'], []],
    ['contact details named only as such', '漏えいした可能性のある情報は、氏名・住所・連絡先・メールアドレスです。', ['address', 'email', 'name', 'other'], []],
    ['school names in a group name', '流出したのは、購入者のお名前／団体名（園名・学校名等）です。', ['name', 'other'], []],
    ['a school beside faculty and department is an affiliation (negative)', '漏えいした可能性のある情報は、氏名、所属機関、学部・学科・学校名です。', ['employment', 'name'], []],
    // A list closed by 等: the last item is an item like the others ("…／連絡先情報等", "所在地および連絡先等)").
    ['contact details closing a list with 等', '漏えいした可能性のある情報は以下のとおりです。\n\n氏名／電話番号／メールアドレス／連絡先情報等\n', ['email', 'name', 'other', 'phone'], []],
    ['contact details with 等 before a bracket closes', '漏えいした可能性のある情報：氏名、所属団体の情報(名称、所在地および連絡先等)', ['address', 'employment', 'name', 'other'], []],
    ['a desk to contact with 等 is no data (negative)', '漏えいした可能性のある方には、当社の窓口等よりご連絡先等をご案内いたします。', [], []],
    ['contact details unknown are no data (negative)', '漏えいの可能性がある方のうち、ご連絡先が不明な方には本公表をもって通知に代えます。', [], []],
    ['drawings, design data and finance and tax data are other data', '漏えいした可能性がある情報は、図面、設計/製作データ、財務及び税務データです。', ['other'], []],
    ['insurance claims, negotiation records and assessments are other data', '流出したおそれがあるのは、証券番号、保険金給付情報、交渉履歴、鑑定内容です。', ['id_number', 'other'], []],
    ['last visit dates are other data; attendance is employment', '漏えいした可能性のある情報は、会員様の氏名・最終ご来店日、従業員の勤怠データです。', ['employment', 'name', 'other'], []],
    ['drawings only asked about are no data (negative)', '取引関連資料（図面、仕様書等）に関するお問い合わせも受け付けております。', [], []],
    ['received mail of a hijacked account', '当該メールアカウントの過去の受信メールが漏洩した可能性があります。', ['message_content'], []],
    ['internal and external documents', '社内サーバーに保管されていた社内外文書の一部が、社外に流出した可能性があります。', ['message_content'], []],
    ['papers on the work', '漏えいした情報には、管理業務に関する書類の一部、社内で使用していた資料等が含まれております。', ['message_content'], []],
    ['papers that name the store, not what leaked (negative)', '治験業務に関する資料を保管していたNASにも不正アクセスがあり、患者さんの氏名が漏洩した可能性があります。', ['name'], []],
    ['a topic naming what became of the kinds, a denial of others after', 'なお、閲覧された可能性があるお客さま情報の項目は、氏名、住所、証券番号・保険料等であり、銀行口座に関わる情報は含まれていないことを確認しております。', ['address', 'id_number', 'name', 'other'], ['bank_account']],
    ['a topic that says nothing of a leak (negative)', '当社が保有する情報の項目は、氏名、住所であり、銀行口座に関わる情報は含まれていないことを確認しております。', [], ['address', 'bank_account', 'name']],
    ['a PW policy is no data (negative)', '再発防止策として、ID・PWの定期更新を徹底いたします。', [], []],
    ['a leak told beside a leak to be kept from happening (negative)', '会員のパスワードが流出したため、今後漏えいしないよう管理を強化します。', ['password'], []],
    ['encrypted passwords that still possibly leaked (negative)', 'パスワードは暗号化されて保存されておりましたが、流出した可能性があります。', ['password'], []],
    ['not confirmed, and later fraud is a risk of another event', '現時点において、メールアドレスやメール本文に関する情報漏えいは確認されておりませんが、当機構を騙るフィッシングメール等による詐欺が今後発生する可能性があります。', [], []],
    // TEL and FAX stand as words of their own, not letters of a Latin name.
    ['TEL as a word of its own', '漏えいした可能性があるのは、お客様の氏名、TEL、FAX番号です。', ['name', 'phone'], []],
    ['TEL inside a hotel\'s Latin name (negative)', 'この度、SAMPLE HOTEL CYCLEにおいて利用している予約サイトが不正アクセスを受け、氏名が閲覧された可能性があります。', ['name'], []],
    ['Tel inside a Latin word (negative)', '攻撃者はTelegramを用いて連絡してきましたが、メールアドレスが流出した可能性があります。', ['email'], []],
    // Family as people whose data it is, not the data ("家族構成", "家族の氏名").
    ['family data', '漏えいしたおそれのある情報は、従業員の氏名、住所、家族構成です。', ['address', 'name', 'other'], []],
    ['family as the people concerned (negative)', '弊社役職員（退職者を含む。）および家族に関する情報（氏名、住所）が漏えいした可能性があります。', ['address', 'name'], []],
    ['dependants registered as family (negative)', '扶養家族としての登録があった方の氏名が漏えいした可能性があります。', ['name'], []],
    ['a family card (negative)', '家族カードをお持ちのお客様のメールアドレスも漏えいした可能性があります。', ['email'], []],
    // A subject marker with a comma right after the word: the clause runs on to its predicate.
    ['a subject with a comma, then not confirmed', '### (1) 情報漏洩の可能性について\nお客様からお預かりしたその他の情報が、実際に外部に漏洩した事実は確認されておりません。', [], []],
    ['a subject with a comma, then possibly taken (negative)', '該当の教員にメールを送信された方のメールアドレスや氏名が、第三者に不正に取得された可能性があります。', ['email', 'name'], []],
    // An ID written apart from its noun, as PDF text often is.
    ['a respondent ID written apart', '外部に流出したのは、お客様満足度調査の回答者 ID および回答内容です。', ['id_number'], []],
    ['an employee ID written apart', '漏洩した情報は従業員 ID と漢字氏名、生年月日です。', ['birthdate', 'employment', 'name'], []],
    // Sensitive personal data in the legal sense (要配慮個人情報) is medical data in these releases.
    ['sensitive personal data at risk', '要配慮個人情報を含むお客さま情報の漏えいのおそれがあることが判明いたしました。', ['health'], []],
    ['sensitive personal data not included (negative)', 'これら漏えいのおそれのある個人情報には、要配慮個人情報は含まれておりません。', [], ['health']],
    ['whether one has a disability', '流出の可能性がある個人情報は、氏名、障害の有無です。', ['health', 'name'], []],
    ['whether a system failed is no health data (negative)', '流出の可能性がある個人情報は氏名です。システム障害の有無については調査中です。', ['name'], []],
    // A denial in brackets speaks of what it names, not of the items listed around it.
    ['items after a bracketed denial split at its full stop', '## 漏えいまたはそのおそれがある情報\n予約関連情報:予約日、支払方法(現地支払いの選択。クレジットカード情報は含まれません)、お客さまとやり取りをしたメッセージ履歴\n', ['message_content', 'order_history'], ['credit_card']],
    ['items after a bracketed denial', '## 漏えいのおそれがある情報\n利用端末(個人情報は含まれておりません)、お問い合わせ内容\n', ['message_content'], []],
    ['the word inside the bracketed denial stays denied (negative)', '## 漏えいのおそれがある情報\n利用端末、支払方法(クレジットカード情報は含まれません)\n', [], ['credit_card']],
    ['a bracket closing a list speaks for every item in it (negative)', '## 漏えいのおそれがある情報\n- 氏名、住所\n- パスワード・メールアドレス(本件の漏えい対象ではございません)\n', ['address', 'name'], ['email', 'password']],
    // Synonyms of the GUIDE's kinds: 購買履歴 is a purchase history, a customer code a customer number, a salary account a bank account.
    ['a purchase history (購買履歴)', '漏えいした可能性のある情報は、氏名、配送先情報、購買履歴です。', ['address', 'name', 'order_history'], []],
    ['customer and user codes', '閲覧された可能性のある情報は、利用者コード、氏名、顧客コードです。', ['id_number', 'name'], []],
    ['a salary account', '漏えいした疑いのある情報は、従業員の氏名、給与口座です。', ['bank_account', 'name'], []],
    ['purchasing data of a system kept apart (negative)', '本件のシステム（金融・共済・購買データ等）とは異なる回線で運用されている別システムであるため、影響はございません。', [], []],
    // Quoted items are data; a quoted name after a product word is not.
    ['quoted items are data (negative)', '以下の対象となる方の「氏名」「住所」「電話番号」につきまして、流出の可能性が否定できません。', ['address', 'name', 'phone'], []],
    ['a quoted list after a noun is data (negative)', '契約者にかかる「水栓番号、氏名、住所」が閲覧された可能性があります。', ['address', 'id_number', 'name'], []],
    ['a heading that states a leak is no question (negative)', '## 氏名と住所が漏洩した可能性があります\n詳細は調査中です。\n', ['address', 'name'], []],
    ['an item of a numbered list is no section title (negative)', '確認された被害は以下のとおりです。\n(1)サーバーの停止\n(2)個人情報の外部流出\n', ['other'], []],
    ['a numbered sentence is no section title (negative)', '(4)個人情報が外部に流出いたしました。\n詳細は調査中です。\n', ['other'], []],
    ['an answer line that states a leak is no question (negative)', 'A：氏名と住所が漏洩した可能性があります。\n', ['address', 'name'], []],
    ['a Q line that asks nothing is a statement (negative)', 'Q：氏名と住所が漏洩した可能性があります。\n', ['address', 'name'], []],
    ['subject lines of mails as data (negative)', '漏洩の可能性のある情報:メールのヘッダ情報(メールアドレスおよび件名)', ['email', 'message_content'], []],
    ['a leak, then no further harm in its own sentence (negative)', '会員の氏名が漏えいしました。なお、不正利用等の被害はございません。', ['name'], []],
    ['a mail history', '調査の結果、3月23日に一部のメール送受信履歴が閲覧された可能性があります。', ['message_content'], []],
    ['a mail history confirmed safe (negative)', '現時点で弊社のメールアドレスやメール履歴などの情報漏えいは無いことが確認できております。', [], ['email', 'message_content']],
    ['a possibility reported, no result yet (negative)', '送受信したメールデータの一部が外部に流出した可能性について、サービスの提供元から報告を受けましたのでお知らせいたします。', ['message_content'], []],
    ['a possibility apologised for (negative)', 'お客様のクレジットカード情報が漏洩した可能性につきまして、多大なるご心配とご迷惑をおかけしておりますことを深くお詫び申し上げます。', ['credit_card'], []],
    ['a possibility with は apologised for (negative)', 'お客様のクレジットカード情報が漏洩した可能性につきましては、多大なるご心配とご迷惑をおかけしておりますことを深くお詫び申し上げます。', ['credit_card'], []],
    ['data registered on the device hit', '業務を行う目的で、個人情報(メールアドレス、氏名、所属組織名)が当該機器に登録されていることが判りました。', ['email', 'employment', 'name'], []],
    ['an address registered for mail is no data at risk (negative)', '対象の方には、登録されているメールアドレスに個別にご連絡いたします。', [], []],
    // A numbered list run together on one line when the page was flattened: each item is its own statement.
    ['a scope label inside a run-together list', '- 2.調査結果 (1)原因 脆弱性がありました。 (2)個人情報の漏えいについて 持ち出された事実は確認されておりません。 (3)対象となる個人情報 会員の氏名、メールアドレス、電話番号等 (4)二次被害の状況 二次被害は、現在まで確認されておりません。', ['email', 'name', 'phone'], []],
    ['a run-together item that is no scope label (negative)', '- 2.調査結果 (1)原因 脆弱性がありました。 (3)今後の対応 会員の氏名、メールアドレスの管理を強化いたします (4)二次被害の状況 二次被害は、現在まで確認されておりません。', [], []],
    // A leak denied together with another event.
    ['a vendor\'s report quoted is its finding relayed (negative: との連絡)', '委託先から「会員の氏名とメールアドレスが流出した可能性がある」との連絡を受けました。', ['email', 'name'], []],
    ['a password leak told, not only considered (negative)', '管理者のパスワードが漏えいした可能性があり、その可能性を考慮し、全利用者のパスワードを変更しました。', ['password'], []],
    ['a leak denied with another event', 'なお、登録フォームに入力された会社名、氏名、住所、電話番号、メールアドレス等の情報については、漏えいや不正取得が発生していないことを確認しております。', [], ['address', 'email', 'employment', 'name', 'phone']],
    ['a leak with another event, not denied (negative)', '登録フォームに入力された氏名について、漏えいや不正取得が発生した可能性があります。', ['name'], []],
    ['our own address attacked is the hijacked account, not data at risk', '当社のメールアドレスが第三者による不正アクセスを受け、当該アドレスからスパムメールが送信されていた可能性があることが判明しました。', [], []],
    ['our own address used to send spam, the address written after it', '弊所が使用しているメールアドレス info@po.example.jpが、悪意のある第三者からの迷惑メールの配信に利用された恐れがあることが判明しました。', [], []],
    ['addresses kept apart from the server attacked are still confirmed not leaked (negative)', 'なお、クレジットカード情報、メールアドレスは今回不正アクセスを受けたサーバーとは異なるため、漏えいの可能性のある個人情報には含まれていないことが確認できております。', [], ['credit_card', 'email']],
    ['addresses that leaked and were then misused are still at risk (negative)', '流出したメールアドレスが外部に漏えいした可能性があり、当該メールアドレスが不正に利用されるおそれがあります。', ['email'], []],
    ['a possibility taken in among what is still being checked', 'なお、個人情報の漏洩については現在のところ確認されておりませんが、その可能性も含めて詳細を確認中です。', [], []],
    ['a possibility told, then an inquiry into its extent (negative)', '氏名と住所が流出した可能性があり、影響範囲を確認中です。', ['address', 'name'], []],
    ['an earlier notice told (お伝えしましたが), the finding after it', '先日、お客さまとのメールの内容が流出した可能性がある旨をお伝えしましたが、調査の結果、これらの内容は漏えいしていないことが判明しました。', [], []],
    ['a ransom note left is no message content', '10:48：データ窃取および削除、ランサムメッセージの残置を確認。', [], []],
    ['messages of the service that leaked are (negative)', '利用者同士のメッセージが外部に漏えいしました。', ['message_content'], []],
    ['a licence number is an identifying number', '当該システムで管理していた社員番号、資格情報（各種免許番号等）について、外部から閲覧または取得された可能性があります。', ['employment', 'id_number'], []],
    ['a medical registration number is an identifying number', '120名分（氏名・住所・医籍等登録番号）が流出した可能性があります。', ['address', 'id_number', 'name'], []],
    ['the circle a member belongs to is no employment (negative)', '会員プロフィール情報（所属サークル・使用パドル）等が漏えいした可能性があります。', [], []],
    ['the department a member belongs to is (negative)', '会員の氏名、所属部署が漏えいした可能性があります。', ['employment', 'name'], []],
    ['請求書 modifying the noun after it is no document', '保険金請求者氏名、保険金請求書住所が閲覧可能な状態となっていました。', ['address', 'name'], []],
    ['a claim form itself is a document (negative)', '契約書、請求書が流出した可能性があります。', ['message_content'], []],
    ['含む negated in the active voice (含みません)', '漏えいした可能性のある個人情報は氏名、電話番号です。※漏えいした可能性のある個人情報にクレジットカード情報は含みません。', ['name', 'phone'], ['credit_card']],
    ['含む negated in the plain form at a note\'s end (含まない)', '氏名、住所が流出した可能性があります。※クレジットカード情報は含まない', ['address', 'name'], ['credit_card']],
    ['含まない modifying a noun is no denial (negative)', '一部、個人情報を含まないシステム設定情報が閲覧された可能性がございます。', ['other'], []],
    ['data never passed to the party that leaked it', '氏名、住所が流出した可能性があります。\n（メールアドレスおよびクレジットカード情報の委託は受けておりません）', ['address', 'name'], ['credit_card', 'email']],
    ['data passed to the party is at risk (negative)', '当社が委託していた氏名、メールアドレスが流出した可能性があります。', ['email', 'name'], []],
    ['a bracketed remark on its own topic speaks of that topic', '人事関連情報、銀行口座番号（暗証番号は含みません）等も一部含まれていた可能性があります。', ['bank_account', 'employment'], ['password']],
    ['a name glossed with what it leaves out', '漏えいした可能性のある情報は以下のとおりです。\n\n- お名前（フリガナ、会社名は含みません）\n- 住所\n', ['address', 'name'], ['employment']],
    ['a bracketed denial of the word itself still denies it (negative)', '漏えいした可能性のある情報は以下のとおりです。\n\n- 氏名\n- クレジットカード情報（弊社では保有しておらず、漏えいの可能性はございません）\n', ['name'], ['credit_card']],
  ])('%s', async (_name, text, leaked, notLeaked) => {
    expect(await kindsOf(text)).toEqual({ leaked, notLeaked });
  });
});

describe('data words that do not say what leaked', () => {
  test.each<[string, string]>([
    ['a request to readers', '念のため、パスワードの変更をお願いいたします。'],
    ['attack method', '他社から流出したIDとパスワードを用いてログインを試みる攻撃が行われた可能性があります。'],
    ['reset as a response', '不正ログインの対象となった可能性のあるお客様のパスワードはリセットしております。'],
    ['a weak password is no leaked password', '管理者アカウントのパスワードの強度が低く、管理者権限が奪取されました。'],
    ['the attacker source', '特定のIPアドレスから大量のログイン要求があったことを検知しました。'],
    ['a phishing warning', '当社を装ったメールでメールアドレスの確認を求められた場合はご注意ください。'],
    ['data named as the aim of a fraud', '個人情報等の詐取を目的とした偽サイトへ誘導するメッセージが配信されました。'],
    ['a leak judged very unlikely', '調査の結果、会員の氏名や住所が外部に漏えいした可能性は極めて低いと判断しております。'],
    ['a polite phrase is no fear of a leak', '誠に恐れ入りますが、同じパスワードをご利用の場合は変更をお願いします。'],
    ['a card company is no card data', '一部のクレジットカード会社から、不正利用の可能性について連絡を受けました。'],
    ['an address mail is sent to', '対象のお客様には、ご登録のメールアドレス宛に個別にご案内いたします。'],
    ['an address letters are delivered to', 'ご登録の住所にお届けしておりますため、ご案内が届いていない可能性がございます。'],
    ['a risk that scam mail arrives', '今後、皆さまの電話番号宛てに不審な連絡が届く可能性があります。'],
    ['a delay is no leak', '登録されたクレジットカードでのご注文は、配送に遅れが生じる可能性がございます。'],
    ['a name used to impersonate', '役員の名前を騙った第三者から、送金を依頼するメールが届きました。'],
    ['an address impersonated', '職員のメールアドレスをかたり、情報の詐取を目的としたメールが届くおそれがあります。'],
    ['what scammers try to ask for', '当社を装い、暗証番号やパスワード等をお電話で聞き出そうとする連絡が発生する可能性がございます。'],
    ['what a fake mail demands', '記載されたURLへアクセスすると、パスワードやアカウントを要求するものでした。'],
    ['logs read in the investigation', '不正アクセスの恐れがある不審な通信ログを検知し、機器を遮断しました。'],
    ['logs analysed', '各種ログ（アクセスログ、操作ログ）を解析した結果、不正アクセスの可能性が判明しました。'],
    ['logs examined by investigators', '外部のセキュリティ専門会社からアクセスログの確認調査の結果、不正コードが埋め込まれた可能性が高いと判断しました。'],
    ['a credential changed as a response', 'サーバーに保存されている認証情報(パスワード等)を変更する。'],
    ['a photo studio is no photo', '学校から写真館を通して卒業アルバム制作を受注した事業者が、ランサムウェアの被害を受けた可能性があります。'],
    ['a records system is no medical record', '電子カルテシステム内にウイルスが侵入し、データが流出した可能性があります。'],
    ['patients who were treated are people, not data', '対象者は、1月に訪問診療を受けていた患者様で、漏えいの可能性があります。'],
    ['health checks restricted are an operation', '不正アクセスの影響により、健診業務の制限を行っており、漏えいの有無を調査しております。'],
    ['an attachment a phishing mail pretends to carry', '届いたメールには、添付ファイルに見せかけた不審なリンクが含まれており、情報窃取のおそれがあります。'],
    ['a term explained', 'リスト型攻撃とは、他社サービスから流出した可能性のあるIDとパスワードの組み合わせリストを用いてログインを試みる攻撃をいいます。'],
    ['guessing passwords is an attack method', '外部からのパスワード総当たり攻撃によりアカウントが不正に利用され、情報が窃取されました。'],
    ['password checks at a login screen', '管理画面に入るには、IPアドレス認証とログインパスワード認証を通過する必要があり、不正アクセスの可能性を調査しています。'],
    ['a card used to pay on a scam site', '一部のお客様がメッセージに記載されたフィッシングサイトにアクセスし、クレジットカードで支払いを行ったとの報告を受けております。'],
    ['attachments not to be opened', '不審なメールを受信された場合は、ウイルス感染の恐れがあるため、添付ファイルの開封は行わないでください。'],
    ['the title of an earlier notice in quotes', '当社が４月１８日にお知らせしました「メール情報漏えいの可能性に関するお知らせ」につきまして、調査結果をご報告いたします。'],
    ['a notice title with its apology', '「IIJ セキュアMX サービスにおけるお客様情報の漏えいについてのお詫びとご報告」をご覧ください。'],
    ['other effects in brackets name no data', 'なお、その他の影響（情報の漏洩や別の改ざんなど）が生じていないかについては、引き続き調査を進めております。'],
    ['an address that was the target of the attack', '社内メールアドレス「info-front」への不正アクセスの可能性について、調査を進めてまいりました。'],
    ['passwords used in a list attack', '弊社以外のサービスから流出した可能性のあるユーザーID、パスワードを利用したリスト型攻撃を受けました。'],
    ['credentials used to log in', '外部から不正に取得されたと思われるID（メールアドレス）およびパスワードを使った不正ログインが発生しました。'],
    ['a leak only supposed', '今後お客様や関係者の皆様の個人情報の流出が判明しましたら、対象となる方々へ個別にご連絡いたします。'],
    ['a leak of card data only supposed', '調査の結果、カード情報を含む個人情報の漏洩が確認された場合には、対象となるお客様へ個別にご連絡させていただきます。'],
    ['the name of the privacy law', '## 情報漏えいの可能性について\n速やかに個人情報の保護に関する法律に基づき報告を行います。'],
    ['data lost or damaged, not leaked, under a heading on a leak', '## 情報漏えいの可能性について\n当社の保有する情報の一部が滅失または毀損した可能性があります。'],
    ['a leak not yet confirmed (確認が取れておらず)', 'お客さまの個人情報の流出については確認が取れておらず、詳細につきましても調査中でございます。'],
    ['a leak not yet confirmed (未だ確認がとれておりません)', 'なお、個人情報や顧客データなどの流出、その他内外部を含めた影響については未だ確認がとれておりません。'],
    ['a leak whose fact is being checked', '尚、本件に関するお客様情報等の漏洩の事実については現在確認中となります。'],
    ['a leak being investigated', '個人情報及び機密情報の外部への流出につきましては現在調査中です。'],
    ['a leak being investigated with experts', '個人情報の流出については外部専門家と連携して調査を進めております。'],
    ['a leak that could not be confirmed', 'お客様の個人情報が外部へ流出した事実は確認できておりません。'],
    ['traces of access not found', 'お客様の個人情報にアクセスされた痕跡は発見されておりません。'],
    ['no outflow', '現時点において、個人情報等の流出はなく、被害等のご連絡もいただいておりません。'],
    ['a check not made', '現在のところ個人情報の流出の確認はしておりませんが、引き続き調査を継続してまいります。'],
    ['no event suspected of a leak', '個人情報が流出した疑いのある事象は発生していませんが、ご心配をおかけしております。'],
    ['calls that may come are another event', '情報流出および二次被害は確認されておりませんが、当社関係者になりすました不審メールやご連絡があるおそれがございます。'],
    ['the rest still being investigated', '## 情報漏洩について\nその他の情報は調査中です。'],
    ['a weak password is the cause', '- 発生要因： パスワードが推測されやすいものであったことが考えられます。'],
    ['credentials reused, in a term explained', '※リスト型攻撃:他社から流出したユーザーIDとパスワードの組み合わせを利用して侵入を試みる手法です。ユーザーIDとパスワードの使い回しが悪用されます。'],
    ['a card used to pay', '## 流出した情報\nお支払い方法（現金でのお支払いかクレジットカードによるお支払いかの記載）'],
    ['a fear reported earlier and then cleared', '当初、以下の情報漏えいのおそれがあるとされていましたが、調査の結果、情報の外部流出の事実は確認されませんでした。\n契約者の氏名、被保険者の住所'],
    ['credentials stolen as the cause of a hijack', '悪意ある第三者により、認証情報(ID・パスワード)が窃取され、アカウントが乗っ取られたことが原因と考えられます。'],
    ['credentials obtained to get into a system', '外部の第三者が弊社の営業管理システムのID及びパスワードを不正に入手し、当該システムにアクセスした可能性があります。'],
    ['a stolen password named as the root cause', '外部攻撃者の標的となり、ユーザーIDやパスワード等が窃取されてしまったことが本件の根本原因であると推測されます。'],
    ['a department that acts is no data', '社内の専門部署および外部専門機関と連携のうえ、漏洩の可能性を調査しております。'],
    ['a season pass is no passport', '公式eパスポートチケットの購入がご利用いただけない状況となり、漏えいの可能性を調査しております。'],
    ['a short message service is no message', '「ジチタイＳＭＳ（ショート・メッセージ・サービス）」のアカウントが漏えいしたことを確認しました。'],
    ['whether card data is at risk is still being investigated', 'クレジットカードの名義及びカード番号の一部も漏えい対象に含まれるかについては現在調査中となります。'],
    ['the sending address of spam, with a bracket', '本漏洩により、不審なメールが弊社公式メールアドレス（省略）から配信されていることが確認されています。'],
    ['admin credentials obtained to get into a server', '攻撃者が、サーバーの管理者アカウントのIDおよびパスワードを何らかの形で不正に取得し、弊社サーバー内にアクセスしたと推定されます。'],
    ['credentials obtained elsewhere and used', '外部で不正に取得したID・パスワードを利用し、アカウントへログインを試みたと思われる事象が確認されました。'],
    ['a list of leaked pairs used to attack', '今回の不正アクセスは、流出しているメールアドレスとパスワードのリストを用いた攻撃によるものです。'],
    ['passwords tried as an attack', '推測しやすいパスワードを試す攻撃手法により、不正ログインが行われました。'],
    ['a request to keep a password from leaking', 'パスワードは第三者に漏洩しないようにご注意ください。'],
    ['a leaked password as the supposed way in', 'パスワード漏洩または機器の脆弱性悪用により侵入された可能性があります。'],
    ['leaked data used as a password elsewhere', '漏洩したおそれのある情報を他のサービスのパスワードに使用されている場合、速やかに変更をお願いいたします。'],
    ['a possibility an earlier notice wrote of', '第一報ではマイページパスワードが含まれる可能性についても記載しておりましたが、その後の調査で含まれていないことを確認しました。'],
    ['a note that passwords are kept encrypted', '※パスワードは暗号化されて保存されております。'],
    ['a message app is no message', '一部のお客様に、WhatsApp 等のメッセージアプリを通じて偽サイトへ誘導する連絡が送信された可能性があります。'],
    ['a data word in an app\'s quoted name', '外部アプリ「書類上手/見積・請求書,+invoice」において、利用企業のアカウントに不正ログインがありました。'],
    ['a data word in a site\'s name in double quotes', 'ウェブサイト『「映像のまち・かわさき」推進フォーラム』が改ざんされた可能性があります。'],
    ['a menu path in quotes', '### 流出した可能性のある情報の確かめ方\n1. 「マイページ」>「ログイン情報」をタップ\n'],
    ['a reader\'s question as a heading', '## よくあるご質問\n## Q:ECサイトに登録している名前や住所、電話番号等の個人情報が漏洩している可能性はありますか?\nA:現在、事実関係の調査に努めております。\n'],
    // The same question printed as a line of its own (a printed page or a document keeps no heading).
    // A numbered section's title printed as a line of its own (a PDF keeps no heading mark), its text below it.
    ['a section title line over its text', '(3)業務への影響\n各事業所のサービスは継続しております。\n\n(4)個人情報・取引先等情報の外部流出\n現時点では流出は確認されておりませんが、監視を継続してまいります。\n'],
    ['a reader\'s question as a line', 'Q：EC サイトに登録している名前や住所、電話番号等の個人情報が漏洩している可能性はありますか？\nA：現在調査中となります。\n'],
    ['a numbered question line', 'Q1. 氏名や住所は流出していますか?\nA1. 現在調査中です。\n'],
    ['a FAQ heading on what one wants to check', '## 個人情報漏えいに関するご質問\n### オンラインストアの購入履歴を確認したい\nマイページからご確認いただけます。\n'],
    ['a subject line describing a suspicious mail', 'お心当たりのないメールや、不自然な件名のメールを受信された場合は、ウイルス感染の恐れがあるため、開封せず削除してください。'],
    ['a subject line one does not recognise', '本件で漏えいした個人情報を悪用した不審な連絡が発生するおそれもございますため、発信元や件名に心当たりのない連絡があった場合はご留意ください。'],
    ['a leak among harms that did not happen', '詳細な調査の結果、機密情報の外部への漏洩、およびサーバー内のデータの改ざんなど被害は一切なかったことを確認しております。'],
    ['a possibility taken up as the topic of a result', '2025.04.18付でお知らせしました、不正アクセスによるメール情報の漏えいの可能性について、株式会社インターネットイニシアティブより調査の結果報告が有りましたので、お知らせいたします。'],
    ['a possibility resolved by a final report', '弊社のメール情報が外部に漏えいした可能性について、IIJ社の調査において、情報漏えいの事実は確認されなかったとの最終報告を受けました。'],
    ['a possibility taken up with は as the topic of a result', 'お客様の個人情報（氏名・住所・電話番号等）が流出した可能性につきましては、管理システム提供元へ調査を依頼し、確認を行った結果、個人情報が侵害を受けた形跡は確認されなかったとの報告を受けております。'],
    ['a possibility under investigation', '外部に漏洩した事実は確認されておりません。しかしながら、情報漏洩の可能性について、引き続き外部の専門家へ詳細な調査を依頼しております。'],
    // Credentials as the means of the attack: the cause told as a leak (窃取されたことによるもの, 窃取による…が原因, 窃取したことで、
    // …不正アクセス), the object of a verb of use before the intrusion (…を悪用して…不正アクセス), or one of the causes supposed (漏洩し不正利用されたか).
    ['credentials stolen, the cause found', '不正アクセスの原因が、フィッシングによって管理アカウントのログインIDとログインパスワードを窃取されたことによるものと判明。'],
    ['a theft named as the cause in quotes', 'ログインパスワードの窃取による「メールアカウントの不正使用」が原因です。'],
    ['a theft that let an intruder in', '第三者がパスワードを窃取したことで、正規のルートを経由した不正アクセスが行われました。'],
    ['a stolen password misused to get in', '攻撃者が、管理者パスワードが記載されたファイルを不正に取得した後、同管理者パスワードを悪用して本件サーバーへ不正アクセスしたことが判明いたしました。'],
    ['credentials used, then a login', '第三者がTL-リンカーンのログインID、パスワードを使用し、不正にログイン操作を行った疑いがある旨の連絡がありました。'],
    ['a leaked password as one supposed cause', 'その接続パスワードが何らかの原因で漏洩し不正利用されたか、または機器の脆弱性を衝いて不正侵入されたか、いずれかの原因で侵入されたものと思われます。'],
    ['a password leak considered as a precaution', '他のアカウントでもパスワード漏えいの可能性を考慮し、当社メールシステム利用者全員にパスワード変更を指示しました。'],
    // The words of a message someone sent, quoted: a scam's claim, not the release's.
    ['a scam mail quoted as claiming a leak', 'メールマガジンに登録して下さっているお客様の一部に「個人情報が流出した」という内容のメールが送られている事を確認しております。'],
    ['a fake notice quoted with its subject', 'お客様に「【重要】貴殿の個人情報およびクレジットカード情報が流出しました」という内容のメールが届いております。'],
    ['a measure against leaks of passwords', 'その結果、情報漏洩は確認されませんでした。弊社では、社内体制の見直し、パスワード漏洩対策の導入等を実施致しました。'],
  ])('%s', async (_name, text) => {
    expect((await kindsOf(text)).leaked).toEqual([]);
  });
});

describe('labels, notes and supposed cases', () => {
  test.each<[string, string[], DataType[]]>([
    ['a scope label on the line of the items', ['- 対象となる情報:氏名、メールアドレス'], ['email', 'name']],
    ['a release that concludes nothing leaked', ['## ファイルサーバに保存されていた個人情報', '児童名簿(児童氏名、生年月日、住所)', '', '調査の結果、情報流出は発生しなかったと判断いたしました。'], []],
    ['a feared leak of mail data cleared', ['当社の一部のメール情報が漏えいした可能性があることが判明いたしました。', 'その後、当社に関わる情報漏えいはなかったことが確認されました。'], []],
    ['a conclusion that still leaves a leak open (negative)', ['サーバーには氏名、住所が保存されていました。', '情報流出はなかったと考えておりますが、可能性を否定できません。'], ['address', 'name']],
    ['a denial of named kinds only (negative)', ['漏えいした可能性のある情報は、氏名、電話番号です。', 'なお、クレジットカード情報の漏えいはなかったことを確認しております。'], ['name', 'phone']],
    ['a leak said outright stands beside a cleared fear (negative)', ['会員の氏名が流出しました。', '決済システムに関する情報流出はなかったことを確認しました。'], ['name']],
    ['a lead-in naming what the intrusion reached', ['不正アクセスが判明している情報は、下記のとおりです。', '- 会員の情報（氏名、生年月日）'], ['birthdate', 'name']],
    ['a lead-in on access that names no data reached', ['アクセスが確認された日時は、下記のとおりです。', '- 氏名欄の表示'], []],
    ['a scope label set off by a wide space', ['対象となる個人情報　氏名・電話番号'], ['name', 'phone']],
    ['a label that scopes nothing', ['- 問い合わせ先:電話番号 03-0000-0000'], []],
    ['a list in brackets on its own line spells out the sentence above', ['当該パソコンには、患者様情報の一部約5000件が保管されていました。', '', '(患者番号、氏名、生年月日)'], ['id_number', 'name', 'birthdate'].sort() as DataType[]],
    ['a note in brackets under a sentence that says nothing of a leak', ['本システムではメールアドレスをユーザー認証に利用しています。', '', '(氏名、住所は登録されておりません)'], []],
    ['a list in brackets under a sentence on a leak not found', ['外部への情報流出の痕跡は確認されておりません。', '', '(氏名、住所、電話番号)'], []],
    ['a label naming the kinds of information', ['情報種類:予約者氏名、電話番号、性別'], ['gender', 'name', 'phone']],
    ['a label naming the range of personal data', ['④個人情報の範囲:氏名、連絡先。'], ['name', 'other']],
    ['a bracketed label that is only "items"', ['【項目】宿泊施設利用者の個人情報(氏名、住所、メールアドレス)'], ['address', 'email', 'name']],
    ['a bracketed label of a help desk scopes nothing', ['【本件に関するご相談窓口】 専用窓口 メールアドレス:(省略)'], []],
    ['a label of the sender scopes nothing', ['- 差出人名:外国人名(メールアドレスは当館のものを使用)'], []],
    ['a note inside the list does not end it', ['漏えいした可能性のある情報は以下のとおりです。', '- 氏名', '※旧姓を含みます。', '- 住所'], ['address', 'name']],
    // A case put by a noun only says whose data a row holds; one put by a verb supposes an event and asks something of readers.
    ['a case put by a noun inside a row of the list', ['## ■流出した可能性がある情報の内容', '- 特待生申請をした生徒の学籍番号、氏名、性別、体育特待の場合は所属部活、補助額'], ['gender', 'id_number', 'name', 'other']],
    ['a case put by a noun opening a row', ['漏えいした可能性のある情報は以下のとおりです。', '③法人の場合は、ご担当者様の所属部署・役職'], ['employment']],
    ['a case put by a verb in a row stays a supposed case (negative)', ['## 漏えいの可能性のある情報', '- パスワードを他のサービスで使用している場合は、変更をお勧めします'], []],
    ['a case put by a verb with no request word (negative)', ['## 漏えいの可能性のある情報', '- クレジットカードで決済された場合には、カード番号'], []],
    ['a note after another section does not carry its lead-in', ['対象のお客様には以下の行為が発生する可能性がございます。', '- アカウントページの閲覧', '※決済の詳細は保持しておりません。', '', '## お願い', 'ご登録のアドレスに対しては、以下の件名でメールをお送りしております。'], []],
    // The dev gold (象印, ほぼ日): what a fake screen on the organization's pages took is possibly at risk, put to readers as a case or not.
    ['credentials typed into a screen, in a supposed case put to readers', ['万が一、この画面でユーザー名やパスワードを入力された場合は、他サービスのパスワードを変更してください。'], ['login_id', 'password']],
    ['credentials possibly typed into a screen', ['万が一、当該画面においてユーザー名およびパスワードをご入力された可能性のある場合は、速やかなご変更をお願いいたします。'], ['login_id', 'password']],
    ['credentials typed into a suspicious screen (入力してしまった)', ['万が一、上記時間帯に不審な画面へユーザー名やパスワードを入力してしまった場合は、速やかにパスワードの変更を行ってください。'], ['login_id', 'password']],
    ['credentials typed at a link in a mail (negative)', ['万が一、当該メールに記載されたリンク先において、IDやパスワード等の認証情報を入力された可能性がある場合には、パスワードの変更を推奨いたします。'], []],
    ['credentials possibly typed, in a supposed case', ['万が一、IDやパスワード等を入力された可能性がある場合には、パスワードの変更を推奨いたします。'], []],
    ['credentials typed in by customers', ['一部のお客様が偽サイトにIDとパスワードを入力され、第三者に取得されました。'], ['login_id', 'password']],
    ['what a phishing mail asks for', ['IDとパスワードの入力を求める不審なメールが送信されました。'], []],
    ['a screen that asks for credentials is no leak (negative)', ['一部ページで不審な認証画面（ID・パスワード入力を求める画面）が表示される事象を確認しました。'], []],
    ['kinds not printed in what leaked', ['卒業アルバムに掲載された児童生徒の氏名および写真が漏えいしたおそれがあります。', '※児童生徒に関する住所や電話番号などは掲載されていません。'], ['name', 'other']],
    ['kinds printed in what leaked (negative)', ['卒業アルバムに掲載された児童生徒の氏名および写真が漏えいしたおそれがあります。', '※児童生徒の住所や電話番号も掲載されていました。'], ['address', 'name', 'other', 'phone']],
    ['a reader\'s question in a table cell', ['|どのような情報が流出しましたか?|「氏名」「住所」の2つが流出した可能性のある情報となります。|', '|クレジットカードの情報は含まれますか?|クレジットカード情報は含まれておりません。|'], ['address', 'name']],
    ['a reader\'s question as a sentence', ['お客様の氏名が流出した可能性があります。', 'Q. 登録した電話番号も流出している可能性はありますか?'], ['name']],
    ['the organization\'s contact mail', ['個人情報の一部が漏えいしました。', 'その後は、各漏えい情報の所管課のEメールへお問合せください。'], ['other']],
    ['the organization\'s contact address at the end', ['氏名が漏えいしました。', '恐れ入りますが本お知らせ末尾に記載のメールアドレスまでお問い合わせください。'], ['name']],
    ['credentials an intruder used to log in', ['当ホテルにおいて、当施設のログイン ID及びパスワードを使い第三者が不正にログイン操作を行い、一部のお客様の予約情報に対して不正アクセスを行った疑いを検出しました。'], ['order_history']],
    ['credentials said to have leaked (negative)', ['当施設のログイン ID及びパスワードが漏洩したおそれがあります。'], ['login_id', 'password']],
    ['a heading over what the attack did not reach', ['不正アクセスを受けました。', '## ■影響範囲外の情報', '- 氏名', '- 住所'], []],
    ['a heading over what the attack reached (negative)', ['不正アクセスを受けました。', '## ■影響範囲', '- 氏名', '- 住所'], ['address', 'name']],
    ['an "other" header over items of no listed kind', ['以下の情報が漏えいしたことを確認しました。', '- 基本情報： 氏名、住所', '- その他の情報：応援対象タレント（推し）の選択情報'], ['address', 'name', 'other']],
    ['an "other" header over listed kinds (negative)', ['以下の情報が漏えいしたことを確認しました。', '- 基本情報： 氏名', '- その他の情報（住所、電話番号）'], ['address', 'name', 'phone']],
    ['an "other" heading over whose data its section lists (negative)', ['以下の情報が漏えいしたおそれがあります。', '### その他の情報(採用応募者など)', '氏名、住所'], ['address', 'name']],
    ['the title of a linked notice on a line of its own', ['調査の結果、当社のメール情報の流出がないことが確認できました。', '', 'メール情報漏えいの可能性に関するお知らせ'], []],
    ['a line that says what leaked, with a full stop (negative)', ['当社のメール情報が漏えいした可能性があります。'], ['message_content']],
    ['a password leak put as a condition', ['他のインターネットサイトのパスワードを使いまわして利用された場合、何らかの原因で他のインターネットサイトからパスワードが漏洩すると、第三者にアクセスされ、アカウントを悪用される可能性があります。'], []],
    ['a password leak told (negative)', ['他のインターネットサイトから漏洩したパスワードにより、第三者にアクセスされました。'], ['password']],
    ['a password the organization changed', ['またメールアカウントのパスワードは2025年1月6日に変更を行い、その後不正アクセスは行われておりませんが、監視を継続しております。'], []],
    ['a scope label in brackets', ['【対象となる情報】氏名、住所、電話番号'], ['address', 'name', 'phone']],
    ['a heading numbered one tier down is an item of the section its number nests it in', ['## ２．漏えいの可能性のある個人情報の項目', '漏えいの可能性がある情報は以下のとおりです。', '', '## （１）会員の個人情報 3,887 件', '氏名、住所', '', '## （２）通販サイトでの購入履歴', ' 購入された商品内容'], ['address', 'name', 'order_history']],
    ['a sub-numbered heading under a section on what to do (negative)', ['## ３．お客様へのお願い', '## （１）通販サイトでの購入履歴', 'マイページからご確認ください。'], []],
    // A page that sets every heading at one level (pages-aa goope): a bracketed title after the section's sub-items, before the
    // section numbered next, stands in that section.
    ['a bracketed title after a section\'s sub-items, before the next section', ['## 2. 個人情報漏洩状況', '## (1)原因', '決済フォームの改ざんが行われたため。', '## (2)個人情報漏洩の可能性があるお客様', '以下のとおりです。', '## 【当サイトをご利用されたお客様】', '氏名/ご住所/電話番号', '## 3. お客様へのお願い', 'ご確認をお願いいたします。'], ['address', 'name', 'phone']],
    ['a bracketed title with no sub-item before it (negative)', ['## 2. 個人情報漏洩状況', '以下のとおりです。', '## 【当サイトをご利用されたお客様】', '氏名/ご住所/電話番号', '## 3. お客様へのお願い'], []],
    ['a bracketed title the next section\'s number does not follow (negative)', ['## 2. 個人情報漏洩状況', '## (1)原因', '決済フォームの改ざんが行われたため。', '## (2)個人情報漏洩の可能性があるお客様', '以下のとおりです。', '## 【本件に関するお問い合わせ先】', '氏名/ご住所/電話番号'], []],
    ['a sub-numbered heading under an unnumbered title (negative)', ['## 漏えいの可能性のある情報', '氏名', '## （２）購入履歴の確認', 'マイページからご確認ください。'], ['name']],
    ['the next item set a level up from the item before it stays under the same title', ['### 漏洩のおそれがある個人情報', '#### ①お取引先さま:74名', '|項目|国内|', '|---|---|', '|氏名|〇|', '', '### ②弊社グループ従業員:1493名', '|項目|国内|', '|---|---|', '|弊社ユーザID|〇|'], ['login_id', 'name']],
    ['an item a level up that does not continue the numbering (negative)', ['### 漏洩のおそれがある個人情報', '#### ①お取引先さま:74名', '|項目|国内|', '|---|---|', '|氏名|〇|', '', '### ③弊社の窓口', '|項目|内容|', '|---|---|', '|ユーザID|〇|'], ['name']],
    ['a lead-in with 以下となります above sub-headings', ['流出した情報は以下となります。', '', '## ■ご利用のお客様情報:', '氏名・メールアドレス・サイト会員番号'], ['email', 'id_number', 'name']],
    ['what an intruder could see after logging in', ['なお、マイページにアクセス後に、参照及び、お手続きできる情報は、以下のとおりです。', '', 'お名前、ご住所、お支払い履歴'], ['address', 'name', 'order_history']],
    ['what a customer can do on the page is no lead-in', ['マイページでお手続きできる内容は、以下のとおりです。', '', 'ご住所の変更、お支払い方法の変更'], []],
    ['a table header cell speaks for its column', ['内訳は以下のとおりに変更となります。', '', '|データ区分|漏えいの可能性がある個人情報の詳細|件数|', '|---|---|---|', '|資料請求をされた方|住所、氏名、電話番号|約1万件|'], ['address', 'name', 'phone']],
    ['a web page table with no separator row: its first row is the header', ['内訳は以下のとおりです。', '', '| データ区分 | 漏えいの可能性がある個人情報の詳細 | 件数 |', '| 資料請求をされた方 | 住所、氏名 | 約1万件 |'], ['address', 'name']],
    ['a header cell that says nothing of a leak', ['内訳は以下のとおりです。', '', '|データ区分|登録項目|件数|', '|---|---|---|', '|資料請求をされた方|住所、氏名|約1万件|'], []],
    ['a header cell that says not leaked', ['内訳は以下のとおりです。', '', '|区分|漏えいしていない情報|', '|---|---|', '|会員|クレジットカード情報|'], []],
    ['a heading naming the items of personal data', ['お客様の情報が流出したおそれがあります。', '### 【個人情報の項目】', '- 氏名', '- 住所'], ['address', 'name']],
    ['a label 対象情報 on a numbered line', ['(3)対象情報:氏名、住所、会員ID'], ['address', 'id_number', 'name']],
    ['no correction since the last report is no denial', ['- 不正アクセスされた可能性のある情報は代表者様の氏名、事務所の住所等で、前回報告から修正はありません。'], ['address', 'name']],
    ['an inline note does not turn the list before it', ['## 漏えいした可能性のある情報', '氏名、購入履歴、カード番号※セキュリティコードは当社では保持しておりません。'], ['credit_card', 'name', 'order_history']],
    ['a kind never held is not at risk', ['## 流出した可能性のある情報', '氏名、電話番号', '', '※クレジットカード情報は当社では保持しておりません。'], ['name', 'phone']],
    ['held kinds and a kind never held in one sentence', ['保存されている個人情報は氏名・電話番号等であり、クレジットカード情報は当システム内では保持しておりません。'], ['name', 'phone']],
    ['a title above sub-titles that say nothing', [' ## 2. 漏えい等が発生したおそれがある個人データ', '(1) 取引先様から受託している個人データ', ' Ø 契約者に関する個人データの項目', '・契約者の氏名・住所'], ['address', 'name']],
    // A plain title scopes its section as a heading does, prose between them or not (see 'a plain line titling its section').
    ['a title above prose reaches the list, as a heading would', ['漏えいしたおそれがある個人データ', '当社は、調査を外部に委託しました。', '・契約者の氏名・住所'], ['address', 'name']],
    ['a paragraph on the scope at risk right above a table', ['その後の精査により、漏えい可能性のある範囲の詳細が分かりましたので、ご報告いたします。', '', '|対象者|内容|', '|---|---|', '|会員の一部|氏名、住所、口座情報|'], ['address', 'bank_account', 'name']],
    ['a paragraph above a table that says nothing of a leak', ['ご利用状況の詳細は次の表のとおりです。なお、対象となる情報の一部は暗号化しております。', '', '|対象者|内容|', '|---|---|', '|会員の一部|氏名、住所|'], []],
    ['whether a leak happened is still open', ['現在、個人情報漏えいの有無を含め調査を行っております。'], []],
    ['what a fake site makes readers type', ['カード番号を入力させる偽サイトが確認されています。'], []],
    ['a remark between a lead-in and the list under a sub-heading', ['## 2.被害内容', '流出またはその可能性のある情報の最大件数は、以下のとおりです。', '', 'なお、現時点において、二次被害の発生は確認されておりません。', '', '### ■社員等に関する情報', '氏名、業務用メールアドレス、パスワード等:5,021件'], ['email', 'name', 'password']],
    ['across a remark, a lead-in over the whole release does not reach the list', ['当社は、下記のとおり、影響範囲および原因の分析を進めています。', '', 'なお、他のサービスは異なる設備で構築されております。', '', '## 1.経緯', 'メールアカウントの管理、メールデータの送受信などの機能を提供するシステムです'], []],
    ['a kind named as a heading\'s topic takes the text beneath, not the heading above', ['## 流出の対象となる情報', '氏名、住所', '', '### クレジットカード情報・銀行口座情報について', 'クレジットカード番号は当社では保有しておりません。'], ['address', 'name']],
    ['a kind named as a sub-heading under a lead-in is an item of the list (negative)', ['## ２．漏えいの可能性のある個人情報の項目', '漏えいの可能性がある情報は以下のとおりです。', '', '### （１）会員のお客様の個人情報', '氏名、住所', '', '### （２）通販サイトでの購入履歴', '購入された商品内容'], ['address', 'name', 'order_history']],
    ['a fear that still stands (negative)', ['以下の情報が漏えいしたおそれがあります。', '契約者の氏名、被保険者の住所'], ['address', 'name']],
    ['a heading naming the items of the personal data scopes the line below', ['## 3.当社が保有していた個人データの項目', '氏名・住所・電話番号', '## 4.対象者へのご案内について'], ['address', 'name', 'phone']],
    ['a heading naming the scope of the data scopes its rows', ['## 漏えいのおそれがあるデータの範囲', '- 氏名', '- メールアドレス'], ['email', 'name']],
    ['the items of data only to be set up is no scope (negative)', ['## 個人データの項目の見直しについて', '今後、保有する氏名・住所等の項目を見直してまいります。'], []],
    ['a person named with an honorific before 名', ['以下の情報が保存されていたことが確認されました。', '- 会社名', '- ご担当者様名', '- 受発注履歴'], ['employment', 'name', 'order_history']],
    ['prose that is no remark still ends the search', ['流出の可能性のある情報は、以下のとおりです。', '', '当社は調査を外部に委託しました。', '', '### ■社員等に関する情報', '氏名、業務用メールアドレス'], []],
    ['a lead-in that only announces, its reason saying nothing of data (negative)', ['システム障害が発生しましたので、以下の通りお知らせいたします。', '', '- 氏名', '- 住所'], []],
    ['a remark opened by また between a lead-in and the list', ['お客様の情報について、閲覧できる状態になっていたとの報告がありましたので、以下の通りお知らせいたします。', '', 'また、現時点では、お客様の情報が外部に漏えいした事実は確認されていません。', '', '## 1.事故関連データ（400件）', '事故番号、証券番号、保険金請求者氏名、保険金請求書住所'], ['address', 'id_number', 'name']],
  ])('%s', async (_name, lines, leaked) => {
    expect((await kindsOf(lines.join('\n'))).leaked).toEqual(leaked);
  });
});

describe('what a heading or a lead-in says', () => {
  test('a word said to be only "not confirmed" is not overruled by its heading', async () => {
    const text = ['## 漏えいした情報', '氏名、住所', '', '※診療情報の漏えいは、現時点で確認されておりません。', ''].join('\n');
    expect(await kindsOf(text)).toEqual({ leaked: ['address', 'name'], notLeaked: [] });
  });

  test('an aside in the same sentence does not turn the items before it', async () => {
    const text = ['## 漏えいした個人情報', '契約者氏名・生年月日等なお、マイナンバーおよび口座番号は含まれておりません', ''].join('\n');
    expect(await kindsOf(text)).toEqual({ leaked: ['birthdate', 'name'], notLeaked: ['bank_account', 'id_number'] });
  });

  test('an empty section heads the sibling sections below it', async () => {
    const text = ['## 漏えいのおそれがある個人情報', '', '## (1) 取引先の情報', '件数:約30件', '・氏名、電話番号', '', '## (2) 応募者の情報', '・氏名、生年月日', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['birthdate', 'name', 'phone']);
  });

  test('an empty section that says nothing does not stop the search for a lead-in', async () => {
    const text = ['流出した情報は以下のとおりです。', '## 【件数】120件', '## 【種別】', '- 氏名・電話番号:120件', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['name', 'phone']);
  });

  // A print's type sizes may set sibling headings a level apart: a heading with no text of its own straight over a
  // deeper one is one more title of the list, and the lead-in above it heads the list.
  test.each([
    [['流出した情報は以下のとおりです。', '### 【件数】120件', '#### 【種別】', '- 氏名・電話番号:120件', ''], ['name', 'phone']],
    [['流出した情報は以下のとおりです。', '', '### 【件数】120件', '', '#### 【種別】', '', '- 氏名・電話番号:120件', ''], ['name', 'phone']],
    // A parent heading over text of its own ends the search: the lead-in above it is its section's.
    [['被害状況は以下のとおりです。', '### 2. 今後の対応', '#### (1) お客様への連絡', '- 氏名・電話番号を確認のうえご連絡します', ''], []],
  ])('a lead-in above an empty parent heading: %j', async (lines, leaked) => {
    expect((await kindsOf(lines.join('\n'))).leaked).toEqual(leaked);
  });

  test('a lead-in naming whom it lists, past a request to readers', async () => {
    const text = [
      '## 患者さんへのお知らせ',
      'NASに保管されていた個人情報について、漏洩の可能性がある方には個別にご連絡をしておりますが、以下に該当する方につきましては、ご連絡先が不明であることからご連絡ができておりません。',
      '',
      '現時点において二次被害は確認されておりませんが、不審な連絡等にご注意いただきますようお願いいたします。',
      '',
      '- 2013年以降は受診のない患者さん:患者番号、氏名、性別',
      '',
    ].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['gender', 'id_number', 'name']);
  });

  test('a paragraph of prose still ends the search for a lead-in (negative)', async () => {
    const text = [
      'NASに保管されていた個人情報について、漏洩の可能性がある方には個別にご連絡をしておりますが、以下に該当する方につきましては、ご連絡ができておりません。',
      '',
      '本学では、情報機器の管理体制を見直し、再発防止に努めております。',
      '',
      '- 2013年以降は受診のない患者さん:患者番号、氏名、性別',
      '',
    ].join('\n');
    // Only the whole named in the lead-in's sentence, not the rows below the prose.
    expect((await kindsOf(text)).leaked).toEqual(['other']);
  });

  test('a question heading about what was stolen', async () => {
    const text = ['### Q3. 奪取された情報を教えてください', '以下のとおりです。', '- 氏名', '- メールアドレス', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['email', 'name']);
  });

  test('a titled bullet heads the indented text under it', async () => {
    const text = ['## 被害の状況', '- 閲覧可能となった個人情報', '  項目:氏名、電話番号', '  人数:12名', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['name', 'phone']);
  });

  test('a bullet that says nothing does not head the text under it', async () => {
    const text = ['## お問い合わせ窓口', '- 専用窓口', '  電話番号:0120-000-000', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual([]);
  });

  test('a scope heading (影響を受けた範囲) says the data was reached', async () => {
    const text = ['## 影響を受けた範囲', '・会員の氏名、メールアドレス', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['email', 'name']);
  });

  test('a heading about a leak of information names no data', async () => {
    const text = ['## 情報漏洩の可能性について', '現在、外部の専門家と調査を進めております。', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual([]);
  });

  test('a lead-in written as a list row', async () => {
    const text = ['- 暗号化された共有フォルダには、以下の会員情報が含まれています:', '', '• 氏名、電話番号', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['name', 'phone']);
  });

  test('a lead-in\'s aside after 「であり、」 does not turn the list', async () => {
    const text = [
      '- 流出の可能性がある情報は以下の通りであり、口座情報は含まれておりません。',
      '',
      '【対象となる情報】',
      '会員の氏名・住所',
      '',
    ].join('\n');
    expect(await kindsOf(text)).toEqual({ leaked: ['address', 'name'], notLeaked: ['bank_account'] });
  });

  test('a title written as plain text heads the rows right below it', async () => {
    const text = ['(3) 流出したおそれがある情報について', '- 取引先の担当者名、メールアドレス', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['email', 'name']);
  });

  test('a title of a linked notice does not head rows after a URL', async () => {
    const text = ['委託先サービスにおけるお客様情報の漏えいについて', 'https://example.jp/news/1', '', '参考: 取引先名簿の管理について(メールアドレスの扱い)', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual([]);
  });

  test('a heading for what was reached', async () => {
    const text = ['## 【対象となった個人情報】', '取引先担当者の情報(氏名、電話番号)', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['name', 'phone']);
  });

  test('a bare ID in a list under its lead-in', async () => {
    const text = ['漏えいした可能性のある情報は以下のとおりです。', '- 担当者氏名', '- ID', '- パスワード', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['login_id', 'name', 'password']);
  });

  test('only the lead-in clause that holds "以下" speaks of the list', async () => {
    const text = [
      '個人情報が漏えいしたことを重く受け止めており、責任を明確にするため、以下の役員が報酬の一部を返上いたします。',
      '|役職|氏名|返上額|',
      '|社長|山田太郎|月額の30%|',
      '',
    ].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['other']);
  });

  test('「漏えいの可能性がある情報」 lists data kinds', async () => {
    const text = ['## 漏えいの可能性がある情報', '- 氏名', '- 電話番号', '- 注文履歴', ''].join('\n');
    expect(await kindsOf(text)).toEqual({ leaked: ['name', 'order_history', 'phone'], notLeaked: [] });
  });

  test('「漏えいしていない情報」 lists notLeaked', async () => {
    const text = ['## 漏えいしていない情報', '- クレジットカード情報', '- 銀行口座番号', ''].join('\n');
    expect(await kindsOf(text)).toEqual({ leaked: [], notLeaked: ['bank_account', 'credit_card'] });
  });

  test('a lead-in above sibling headings; its second sentence does not turn the list', async () => {
    const text = [
      '流出した可能性のある情報は以下のとおりです。なお、口座情報はございません。',
      '## ■取引先に関する情報',
      '取引先名簿（会社名・住所・電話番号）：1,200件',
      '## ■社員に関する情報',
      '社員名・社員番号：確認中',
      '',
    ].join('\n');
    expect(await kindsOf(text)).toEqual({ leaked: ['address', 'employment', 'name', 'phone'], notLeaked: ['bank_account'] });
  });

  // A reader's yes-no question over its answer claims nothing; a question of what takes the leak as given.
  test.each<[string, string[], DataType[]]>([
    ['a yes-no question heading over its answer (negative)', ['### Q2. SMS配信先（エンドユーザー）の情報は流出しましたか？', 'いいえ。 SMS配信先（エンドユーザー様）の', '- 電話番号', '- 氏名', ''], []],
    ['a question of what over its answer', ['### Q1. 今回流出した情報には何が含まれていますか？', '当該ファイルは当社が保有していた登録情報の一覧です。', '- アカウントID', '- 担当者名', ''], ['login_id', 'name']],
  ])('%s', async (_name, lines, leaked) => {
    expect((await kindsOf(lines.join('\n'))).leaked).toEqual(leaked);
  });

  test('a note that nothing changed does not negate its heading', async () => {
    const text = ['## 漏えいのおそれがある情報（前回から変更はありません）', '|氏名|〇|', '|メールアドレス|〇|', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['email', 'name']);
  });

  test('an impact-scope table counts its items', async () => {
    const text = ['## 影響範囲', '|対象|項目|', '|従業員|氏名、住所、マイナンバー、ご家族の情報|', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['address', 'id_number', 'name', 'other']);
  });

  test('a card member number under a card heading is card data', async () => {
    const text = ['## クレジットカード情報が漏えいした可能性のあるお客様', '- 会員番号', '- 有効期限', ''].join('\n');
    expect((await kindsOf(text)).leaked).toEqual(['credit_card']);
  });

  test('the seed: header info and passwords not leaked, login IDs leaked', async () => {
    const text = [
      '## ■情報漏洩の範囲',
      '利用者のログイン ID（メールアドレス） ： 606 件',
      '',
      '以前お知らせした以下の情報については、調査の結果、漏洩していないことを確認いたしました。',
      '- 各種パスワード情報：管理サーバに保管',
      '- メールのヘッダ情報(メールアドレスおよび件名)：ログ保管サーバに保管',
      '',
    ].join('\n');
    const kinds = await kindsOf(text);
    expect(kinds.leaked).toEqual(['email', 'login_id']);
    expect(kinds.notLeaked).toEqual(expect.arrayContaining(['password', 'message_content']));
  });
});

// A section's title a page or a paste left unmarked (a plain short line, or all titles marked at one level) scopes the lines under
// it as a Markdown heading does, prose between them or not.
describe('a plain line titling its section', () => {
  test.each<[string, string[], DataType[]]>([
    ['a title over prose and a row of kinds', ['＜情報漏えいなどのおそれがある当社のお客さま情報＞', '保険見直し本舗グループの代理店のお客さまのうち、当社の保険契約に関するもの。', '', '契約者の氏名、被保険者の氏名・住所・電話番号・証券番号、通話記録など', ''], ['address', 'id_number', 'name', 'other', 'phone']],
    ['a numbered title over a lead-in that says nothing', ['２、不正アクセスされた情報', ' 現時点で把握している内容は、以下の通りです。', '', '- 顧客情報（氏名・住所・電話番号）', ''], ['address', 'name', 'phone']],
    ['a title over a sub-title that says nothing', ['漏えいのおそれがあるお客様情報', '', '入会申込書にご記載いただいた情報', '', '氏名、住所、生年月日', ''], ['address', 'birthdate', 'name']],
    ['a title over "項目" and rows', ['外部流出した個人情報 / 重要情報', '項目', '- ログインID', '- 氏名', ''], ['login_id', 'name']],
    ['a numbered sub-title under its section', ['2. 漏えいした可能性のある情報', '(1) 学生情報', '本学の卒業生に関するものです。', '氏名、学籍番号', ''], ['id_number', 'name']],
    ['a title marked like its sub-titles', ['【外部流出が確認された個人情報】', '【学生情報】', '本学院の卒業生の個人情報です。', '氏名、電話番号', ''], ['name', 'phone']],
    // Negatives: a short line that titles another section ends the search; so does a section's numbered title; a sibling sub-item
    // is no parent; a question or a count row is no title.
    ['another section\'s title ends the search (negative)', ['漏えいのおそれがある情報', '氏名', '', '今後の対応', '', 'パスワードの厳格な管理を徹底いたします', ''], ['name']],
    ['a numbered section that says nothing ends it (negative)', ['２、漏えいした可能性のある情報', '氏名', '', '３、原因', '', 'サーバーに保存されていたメールアドレスの管理不備', ''], ['name']],
    ['a sibling sub-item is no title of the next (negative)', ['(2) 閲覧された可能性のあるお客様の個人情報', '氏名、住所', '', '(4) お客様へのお願い', '', 'パスワードの使いまわしはしないでください', ''], ['address', 'name']],
    ['a question is no title (negative)', ['配信先について流出はありましたか？', '', '電話番号', ''], []],
    ['a question over a list is no title either (negative)', ['配信先について流出はありましたか？', '電話番号', '氏名', ''], []],
    ['a count row is no title (negative)', ['うち、閲覧された可能性のある件数:1件', '', '詳細は現在調査中です。', '', '弊社では電話番号を公開しております', ''], []],
    ['a line of prose a page wrapped is no title (negative)', ['本件により、外部に漏えいした可能性が', 'あります。現在調査中です。', '', '弊社では電話番号を公開しております', ''], []],
    ['the same words set alone as a title are one', ['お客様の個人情報が漏えいした可能性があるお客様', '', '会員登録時の内容です。', '', '電話番号', ''], ['phone']],
    ['a title over the whole notice is none (negative)', ['個人情報漏えいの可能性に関するお知らせ', '', '調査対象のサーバーには氏名を含むデータはございません', ''], []],
  ])('%s', async (_name, lines, leaked) => {
    expect((await kindsOf(lines.join('\n'))).leaked).toEqual(leaked);
  });
});

describe('readers asked to check their card statements', () => {
  test.each<[string, string, DataType[]]>([
    ['card users asked to check their history', '現時点では流出についての詳細は判明しておりませんが、クレジットカードによるお支払いをされたお客様におかれましては、身に覚えのない利用履歴がないかご確認をお願いいたします。', ['credit_card']],
    ['card users asked to check their statements', '過去に当社ECサイトにてクレジットカード決済をご利用いただいたお客様におかれましては、念のためカード会社のご利用明細をご確認ください。', ['credit_card']],
    ['card data said not held: the request adds nothing (negative)', 'クレジットカード情報は当社では保持しておりません。念のため、クレジットカードのご利用明細をご確認ください。', []],
    ['card payment stopped, no statement to check (negative)', '現在、クレジットカード決済を停止しております。ご確認のほどお願いいたします。', []],
  ])('%s', async (_name, text, leaked) => {
    expect((await kindsOf(text)).leaked).toEqual(leaked);
  });
});

describe('information named only as a whole', () => {
  test.each<[string, string, DataType[]]>([
    ['unspecified personal data: other', '学生の個人情報の一部が外部に流出した可能性があります。', ['other']],
    ['a heading naming the topic', '## 個人情報の流出\nしかしながら、漏洩の事実は確認されておりません。', []],
    ['a leak included in what is investigated', '外部専門家の支援を受けながら、個人情報や顧客データなどの外部への流出を含めた影響の範囲を調査しております。', []],
    ['not confirmed in the active voice (確認しておりません)', 'なお、本件による個人情報および機密情報の外部流出は確認しておりません。', []],
    ['the regulator is no personal data', '情報漏洩の確認や外部機関(警察、個人情報保護委員会)への通報を行いました。', []],
    ['the privacy law is no personal data', '本件を漏えいのおそれがある事態として個人情報保護法に基づく対応を進めております。', []],
    ['umbrella beside specific kinds adds nothing', '顧客情報（氏名、メールアドレス）が漏えいした可能性があります。', ['email', 'name']],
    ['a list header is not a kind', '登録情報（氏名、性別）が閲覧された可能性があります。', ['gender', 'name']],
    ['umbrella confirmed safe', 'お客様の個人情報の流出はないことを確認しております。', []],
    ['umbrella not confirmed', '現時点でお客様情報の漏えいは確認されておりません。', []],
    ['part of the server data possibly read', '社内サーバーのデータの一部が外部に読み出された可能性があります。', ['other']],
    ['part of the data encrypted says nothing of a leak', '攻撃により一部のファイルが暗号化されました。', []],
    ['what the server held', '調査の結果、サーバー内の情報が外部へ持ち出されたことが分かりました。', ['other']],
    ['data the company holds', '当社が保有するデータが流出した可能性があります。', ['other']],
    ['data the company holds, stored only', '当社が保有するデータは別のサーバーに保存されていました。', []],
    ['mail data', '取引先とやり取りしたメール情報の一部が閲覧された可能性があります。', ['message_content']],
    ['what was exchanged in a chat', '当該アカウントの不正利用中、チャット内のやり取りが第三者に閲覧された可能性があります。', ['message_content']],
    ['exchanges as an occasion of providing data (negative)', '業務上のやり取りに際し当社に個人情報をご提供いただいた方の情報が流出した可能性があります。', ['other']],
    ['accounts that once exchanged mail (negative)', '漏えいした可能性がある個人情報は、当協会とメールのやり取りのあったアカウントのメールアドレスです。', ['email']],
    ['exchanges named as the ground of a later suspicion (negative)', 'なお、当社とのメールのやり取りに関して情報漏洩が疑われるような事象が生じた場合は、ご連絡ください。', []],
    ['spam-mail data is not mail content', '迷惑メール情報が流出しました。', []],
    ['the content of the spam sent is the attacker\'s, not mail content at risk', '## 影響範囲\n迷惑メールの内容につきましては、当社とは一切関係がございません。', []],
    ['the content of a phishing mail is the attacker\'s', '## 影響範囲\n不審なメールの内容は当社とは関係がございません。', []],
    ['the content of the company\'s mail under the scope heading is mail content', '## 影響範囲\n当社のメールの内容が閲覧された可能性があります。', ['message_content']],
    ['a leak only under investigation', '個人情報の流出についての調査を依頼しましたが、流出はなかったとの報告を受けました。', []],
    ['a leak of personal data confirmed absent (漏洩等の事実がない)', 'また、個人情報の漏洩等の事実がないことを確認しております。', []],
    ['personal data still possibly leaked', '会員の個人情報等が漏洩した可能性があることが判明しました。', ['other']],
    ['traces of access to part of the data', '調査の結果、共有サーバーのデータの一部にアクセスされた形跡があることを確認しました。', ['other']],
    ['no traces of access to the data', '調査の結果、共有サーバーのデータの一部にアクセスされた形跡はないことを確認しました。', []],
    ['traces of access to a system say nothing of data', '社内サーバーに不正アクセスの痕跡があり、業務データの状況を調べております。', []],
    ['bare information possibly leaked', '業務用の端末から情報流出の可能性がある事案を確認しました。', ['other']],
    ['information named by its leak, a later harm hedged', '流出情報が悪用される可能性を踏まえ、当社は長期的に監視体制を継続してまいります。', ['other']],
    ['information named by its leak, unchanged since the last report', 'また、流出した情報は、第3報でご案内した内容から変更ございません。', ['other']],
    ['information named by its leak, not found (negative)', '調査によると、本日時点では当社から流出した情報は確認されておりません。', []],
    ['information possibly leaked named as a topic of research (negative)', '漏えいした可能性のある情報の範囲については、現在調査中です。', []],
    ['bare information possibly stolen', '現在の調査では、情報が窃取された可能性を否定できない状況です。', ['other']],
    ['bare information possibly taken', '第三者により閲覧または情報が不正に取得された可能性がございます。', ['other']],
    ['stealing named as an aim, not told (negative)', '本件は情報の窃取を主たる目的とする攻撃ではなかった可能性が高いと評価されております。', []],
    ['bare information taken, confirmed absent (negative)', '調査の結果、情報が窃取された痕跡は確認されませんでした。', []],
    ['bare information: a hypothetical is not a leak', '今後、情報の流出が判明した場合は、速やかにご連絡いたします。', []],
    ['bare information: advice to readers', '端末内の情報が漏えいしている可能性も考慮し、パスワードの変更をご検討ください。', []],
    ['bare information: not confirmed', '現時点で情報漏洩は確認されておりません。', []],
    ['a leak\'s possibility as one item under research (negative)', '現在、被害の発生原因や情報漏えいの可能性等、警察・外部専門会社と調査を進めております。', []],
    ['a leak\'s possibility listed with the scope still to be found (negative)', '被害発生原因の特定、情報漏洩の可能性、影響範囲等が判明しましたら、速やかにご報告いたします。', []],
    ['a leak\'s possibility told, then a list of what it may reach', '情報漏えいの可能性があり、対象の範囲等を調査しております。', ['other']],
    ['card information is not bare information', 'クレジットカード情報の流出は確認されておりません。', []],
    ['a leak still under investigation', 'なお、個人情報や顧客データの外部への流出は現在調査中です。', []],
    ['a leak possible while still under investigation', '個人情報が流出した可能性があり、範囲を調査中です。', ['other']],
    ['a linked title line without quotes', '※IIJ社からのプレスリリースはこちらをご覧ください。\n\nIIJセキュアMXサービスにおけるお客様情報の漏えいについてのお詫びとご報告(4月22日)', []],
    ['a linked title line with its publisher', '## IIJ社からのリリース\nIIJセキュアMXサービスにおけるお客様情報の漏えいについて (株式会社インターネットイニシアティブ)', []],
    ['a linked web page title with its site names after bars', '詳細は以下をご覧ください。\n\nIIJ セキュア MX サービスにおけるお客様情報の漏えいについてのお詫びとご報告 | IIJ について | IIJ（2025 年 4 月 22 日 更新）', []],
    ['a statement with a bar is no title (negative)', '## 影響\nお客様情報が流出した可能性があります | 詳細は調査中', ['other']],
    // An earlier notice recalled in the humble form, then found not to reach personal data.
    ['an earlier notice recalled (掲載させていただきましたが), then personal data not among what was reached', '4月17日付お知らせにて、IIJ提供のサービスにおいて情報漏えいが発生した可能性がある旨を掲載させていただきましたが、今般、報告を受けたデータの範囲に、お客様の個人情報が含まれないことを確認いたしました。', []],
    ['a kind found not included is a denial of that kind only (negative)', '会員の個人情報が漏えいした可能性があります。なお、クレジットカード情報が含まれないことを確認しております。', ['other']],
    // A leak denied through the noun it would have come with.
    ['no access that would lead to a leak (につながるような不正アクセスがなかった)', '調査の結果、個人情報の漏えいおよびそのおそれにつながるような不正アクセスがなかったことを確認しました。', []],
    ['access that led to a leak (negative)', '調査の結果、個人情報の漏えいにつながる不正アクセスがあったことを確認しました。', ['other']],
    ['a line without a full stop that is no title (negative)', '## 影響\nお客様情報が流出した可能性があります', ['other']],
    ['a title in double quotes', '『個人情報流出の可能性に関するお詫びとご報告』の事案について、調査結果をお知らせします。', []],
    ['personal data handled as work', '当社では、個人情報を取り扱う業務の管理を徹底し、漏えいの防止に努めます。', []],
    ['data encrypted by ransomware is not said to leak', '当社が保管する企業情報及び個人情報の一部が暗号化されていることを認識いたしました。', []],
    ['data held on a device that was reached (negative)', '当該パソコンには利用者の登録情報が含まれております。', ['other']],
    ['the quoted title of a vendor notice', '詳細は「メールサービスにおけるお客様情報の漏えいについて」（委託先）をご覧ください。', []],
    // Negation with the noun of negation as predicate, a bullet's terse form.
    ['a leak denied by a bullet\'s terse なし', '- ホームページサーバー内への不正アクセスは認められず、個人情報が流出した形跡なし', []],
    ['a leak denied by なし after the topic', '- 弊社メールアドレスで不正利用　情報流出はなし', []],
    ['なし naming no leak of its own (negative)', '- 個人情報が流出した可能性があります（二次被害なし）', ['other']],
    // A possibility marked as the topic of an investigation still under way: the investigation decides, not yet.
    ['the possibility as the topic of an investigation under way (は, no comma)', '現在、個人情報漏洩の確認はされておりませんが、その可能性につきましては現在調査中です。', []],
    ['the possibility as the topic of an investigation carried on', 'なお、現時点において、情報の漏えいは確認されておりませんが、その可能性については引き続き慎重に調査を行っております。', []],
    ['the possibility told, the investigation of its extent after it (negative)', '個人情報が流出した可能性があり、現在調査を行っております。', ['other']],
    ['not confirmed with the topic marked inside the verb (確認はされておりません)', '現時点で個人情報漏洩の確認はされておりません。', []],
    ['a leak confirmed (negative)', '調査の結果、個人情報の漏洩が確認されました。', ['other']],
    // A finding of no leak in the present tense concludes like its past form: what was feared is no longer at risk.
    ['no leak found, present tense (漏えいがないことが判明)', '４月２２日付で発表しました申請者の個人情報等の漏えいの可能性については、調査の結果、漏えいがないことが判明しました。', []],
    ['no leak confirmed after the earlier notice quoted (ないことが確認)', '以下の内容を掲載いたしました。\n\n【当社の一部のメール情報が外部に漏洩した可能性があることが判明いたしました。】\n\nその後、IIJ社の調査により、当社のメール送受信データに関する情報漏洩がないことが確認されましたので、お知らせいたします。', []],
    ['no leak in the other systems says nothing of this one (negative: 以外)', '会員の個人情報が漏えいした可能性があります。なお、当該サービス以外のシステムにおいては、情報漏えいはないことを確認しています。', ['other']],
    ['a leak found, not denied (negative)', '調査の結果、会員の個人情報が漏えいしたことが判明しました。', ['other']],
    // Whether the data was reached, asked and not yet known: nothing told of it.
    ['whether it was held is not known', '現在、同社にて事実関係の調査が進められておりますが、現時点では弊社のお客様の情報が含まれていたかは判明しておりません。', []],
    ['whether it was held, taken into an inquiry', '被害にあったサーバーに当社のお客さま情報が含まれていたのかを含め、影響範囲の全容把握には専門的分析が必要なことから、調査を開始しております。', []],
    ['which pages were viewed is unknown, not whether (negative: どの)', '一部のお客様の会員情報ページが閲覧された可能性があります。ただし、どのお客様の会員情報が閲覧されたかについては、特定することができておりません。', ['other']],
    ['held and possibly leaked (negative)', '当該サーバーにお客様の情報が含まれており、漏えいした可能性があります。', ['other']],
    // A leak's possibility taken into account as a precaution's ground.
    ['a possibility borne in mind while investigating', '個人情報の漏洩のおそれもふまえ、厳重に調査を行っております。', []],
    ['a possibility told, then borne in mind (negative)', '個人情報が漏洩した可能性があり、そのおそれもふまえ、厳重に調査を行っております。', ['other']],
  ])('%s', async (_name, text, leaked) => {
    expect((await kindsOf(text)).leaked).toEqual(leaked);
  });
});

describe('judgeData', () => {
  test.each([
    ['が漏えいした可能性があります。', 'possible'],
    ['が流出しました。', 'leaked'],
    ['は含まれておりません。', 'not_leaked'],
    ['の流出は確認されておりません。', 'unsure'],
    ['が格納されていました。', 'exposed'],
    ['を登録しています。', null],
  ])('%s → %s', (text, want) => {
    expect(judgeData(text)).toBe(want);
  });
});

describe('a title over a body that names no kind', () => {
  const release = (title: string, body: string) => `# 公表概要\n- ${title}\n- 2025年12月26日\n- 架空物産株式会社\n- https://example.jp/a\n\n# 本文\n${body}\n`;
  test.each<[string, string, string, DataType[]]>([
    ['a closing notice under a title that says personal information leaked', '【続報】委託先サービスへの不正アクセスによる従業員の個人情報漏洩について', '本件について、関係者への通知および関係機関への報告を完了いたしました。\n本件専用の問い合わせ窓口は本日をもって終了いたします。', ['other']],
    ['a title that says it may have leaked', '個人情報流出の可能性に関するお知らせ', '本件専用の窓口を下記のとおり設置いたしました。', ['other']],
    ['a body that speaks of the leak itself decides (negative)', '個人情報漏洩の可能性について', '調査の結果、個人情報の流出はなかったことを確認いたしました。', []],
    ['a title that says nothing leaked (negative)', '個人情報の流出はありませんでした', '本件専用の窓口を終了いたします。', []],
    ['a title of information of no owner (negative)', 'メール情報漏えいの可能性に関するお知らせ（続報）', '本件専用の窓口を終了いたします。', []],
    ['the title does not add to kinds the body names (negative)', '個人情報漏洩について', '氏名と住所が流出しました。', ['address', 'name']],
    ['a kind the body only denies leaves the title standing', '当院へのサイバー攻撃による個人情報漏洩に関するご報告とお詫び(第7報)', '当院から患者様へお電話でクレジットカード番号や各種パスワードをお聞きすることは一切ございません。', ['other']],
  ])('%s', async (_name, title, body, leaked) => {
    expect((await kindsOf(release(title, body))).leaked).toEqual(leaked);
  });
});

describe('items of a list that name no kind', () => {
  test.each<[string, string, DataType[], DataType[]]>([
    ['an item beside kinds in a label line', '漏えいした可能性のある情報：氏名、メールアドレス、年収・資産情報', ['email', 'name', 'other'], []],
    ['a bullet row beside rows of kinds', '以下の情報が流出した可能性があります。\n\n- 氏名\n- メールアドレス\n- プライバシーポリシーへの同意の有無', ['email', 'name', 'other'], []],
    ['a row with its figure', '## 漏えいした個人情報の種別\n- 氏名・生年月日:7,237件\n- 生活保護受給の有無:488件', ['birthdate', 'name', 'other'], []],
    ['items parted by spaces', '流出した可能性のある情報は以下のとおりです。\n\n- 氏名 住所 電話番号\n- 引越予定日 引越日 家財リスト', ['address', 'name', 'other', 'phone'], []],
    ['numbered items', '今回流出の可能性が認められたのは以下の通りです。\n\n①氏名 ②性別 ③進学情報', ['gender', 'name', 'other'], []],
    ['only kinds (negative)', '漏えいした可能性のある情報：氏名、住所、電話番号、メールアドレス', ['address', 'email', 'name', 'phone'], []],
    ['a head over its glossed kinds (negative)', '漏洩した可能性のある情報:\n企業情報(企業名、企業住所、電話番号)', ['address', 'employment', 'phone'], []],
    ['a part of a clause joined by ・ (negative)', '流出した可能性のある情報は以下のとおりです。\n\n- 製品の交換・修理などを希望されたお客様の氏名、住所', ['address', 'name'], []],
    ['parties in a list (negative)', '漏えいした可能性のある情報：当社従業員、お取引先の氏名、メールアドレス', ['email', 'name'], []],
    ['a kind written with a space (negative)', '漏えいした可能性のある情報は以下のとおりです。\n\n- システム ID\n- 氏名', ['name'], []],
    ['a row of another label (negative)', '以下の情報が流出した可能性があります。\n\n- 氏名、住所\n- 原因:外部からの不正アクセス', ['address', 'name'], []],
    ['a row of a list not at risk (negative)', '以下の情報は含まれておりません。\n\n- クレジットカード番号\n- 利用店舗名', [], ['credit_card']],
    ['a note under a list (negative)', '漏えいした可能性のある情報：氏名、パスワード\n※パスワードは暗号化されており、解読は困難', ['name', 'password'], []],
    ['a row describing people by what they did, its label on the line above (negative)', '## 漏えいの可能性がある個人データの内容\n\n対象者\n2023年11月7日から 2025年6月23日までのご宿泊日について、オンライン予約サイトから2024年5月24日までに当施設への予約、予約変更、予約取消をされたお客様\n\n情報項目: 予約者氏名、電話番号、メールアドレス、宿泊者氏名、 宿泊に関わる情報（宿泊日、泊数、室タイプ、室料金、宿泊人数等）', ['email', 'name', 'order_history', 'phone'], []],
    ['a prose sentence is left to its words (negative)', '流出した可能性があるのは、作業員の氏名、経験年数です。', ['name'], []],
    ['items of a list inside a sentence', '含まれる可能性のある情報は、氏名、メールアドレス、電話番号、住所、その他希望物件条件など、物件探しをされた個人様とのやり取り履歴の一部で、クレジットカード情報は含まれておりません。', ['address', 'email', 'message_content', 'name', 'other', 'phone'], ['credit_card']],
    ['items of a list inside brackets in a sentence', 'お客様の個人情報(氏名、性別、メールアドレス、会員ランク)がアクセスされた可能性があります。', ['email', 'gender', 'name', 'other'], []],
    ['a list of one kind in a sentence (negative)', '漏えいした可能性があるのは、会員の氏名、入会時期です。', ['name'], []],
    ['a word of the table its context kept from counting (negative)', '漏えいした可能性のある情報は、氏名、団体名、所属機関です。', ['employment', 'name'], []],
    ['a clause after the list (negative)', '氏名、メールアドレス、電話番号が漏えいした可能性があり、当社からご連絡を差し上げております。', ['email', 'name', 'phone'], []],
    ['a list in a sentence that denies it (negative)', 'なお、氏名、住所、利用店舗名は漏えいしておりません。', [], ['address', 'name']],
    ['an item before a note opened inside its row', '## 閲覧可能な状態にあった情報\n- 弊社取引先に係る氏名、連絡先情報(1先)※ 個別の事務手続き対応における作業を起因とするもの\n- 従業員の氏名、メールアドレス', ['email', 'name', 'other'], []],
    ['an item with its footnote marker', '以下の情報が流出した可能性があります。\n\n- 氏名\n- カテゴリー別問合せ実績の有無（※）\n\n※ 問合せ実績があるか否かのフラグ情報です。', ['name', 'other'], []],
    ['the words of a note inside a row are no items (negative)', '漏えいした可能性のある情報：氏名、住所 ※ 一部、旧住所・勤務地', ['address', 'name'], []],
    ['items of a table cell beside kinds', '漏えいした情報は以下のとおりです。\n\n|区分|漏えい情報内容|\n|---|---|\n|今回報告|氏名、住所、宣言番号、品目|', ['address', 'name', 'other'], []],
    ['items of a cell parted by line breaks', '|区分|流出した可能性のある情報|\n|---|---|\n|ログ情報|・差出人メールアドレス<br/>・メールサイズ|', ['email', 'other'], []],
    ['a cell of only kinds (negative)', '|区分|流出した可能性のある情報|\n|---|---|\n|会員|氏名、住所、電話番号|', ['address', 'name', 'phone'], []],
    ['a cell of prose (negative)', '|区分|流出した可能性のある情報|\n|---|---|\n|会員|氏名、住所、利用店舗名のうち一部です。|', ['address', 'name'], []],
    ['a cell of a table not at risk (negative)', '|区分|漏えいしていない情報|\n|---|---|\n|会員|クレジットカード番号、利用店舗名|', [], ['credit_card']],
  ])('%s', async (_label, text, leaked, notLeaked) => {
    expect(await kindsOf(text)).toEqual({ leaked, notLeaked });
  });
});

describe('kinds written with other words', () => {
  test.each<[string, string, DataType[]]>([
    ['a company name is employment', '漏えいした可能性のある情報：お客様の社名、担当者名', ['employment', 'name']],
    ['the organization’s own name on a leak site is no data (negative)', '攻撃者のリークサイトにおいて弊社の社名が掲載されたことを確認しました。', []],
    ['a department name is employment', '漏えいした可能性のある情報：社員番号、役職、部門名', ['employment']],
    ['a reading of a name is a name', '漏洩の可能性がある情報：社員氏名/カナ/社員番号', ['employment', 'name']],
    ['a bank code is an account', '流出した可能性のある情報：金融機関コード及び支店コード', ['bank_account']],
    ['an outcome of treatment is health', '漏洩した可能性のある情報：病名、転帰、入退院日', ['health']],
    ['a mail header is mail content', '漏えいした可能性のある情報：メールの本文・ヘッダ情報', ['message_content']],
    ['a building and room is an address', '流出した情報：建物名、部屋番号', ['address']],
    ['a security code with a long vowel is card data', '流出した可能性のある情報：カード番号、有効期限、セキュリティーコード', ['credit_card']],
    ['transfer details are an account', '流出した可能性のある情報は以下のとおりです。\n\n- お取引先様への振込み情報', ['bank_account']],
    ['school register details are an ID', '漏えいした可能性がある情報：学籍情報、氏名', ['id_number', 'name']],
    ['a word glossed by no kind is its own data', '流出した可能性がある情報は以下のとおりです。\n\n- 財務情報(決算作業用データ)\n- お取引先様への振込み情報', ['bank_account', 'other']],
    // Medical and care records of a person are health.
    ['visits to a doctor are health', '漏えいした可能性のある情報：患者様の氏名、受診歴、通院歴', ['health', 'name']],
    ['conditions and care levels are health', '流出した可能性のある情報は、利用者の氏名、既往症、持病、介護度、要支援の区分です。', ['health', 'name']],
    ['an injury and a pregnancy are health', '閲覧された可能性のある情報：お客さまの氏名、お怪我の状況、妊娠の有無', ['health', 'name']],
    ['handbooks and medical information are health', '漏えいのおそれがある情報：お薬手帳の記録、障害者手帳の等級、医療情報', ['health']],
    ['a service booked is no health record (negative)', '人間ドックを予約されたお客様の氏名、住所が流出した可能性があります。', ['address', 'name']],
    ['a medical information system is no record (negative)', '当院の医療情報システムの一部がランサムウェア攻撃を受け、患者様の氏名が漏えいした可能性があります。', ['name']],
    ['けが inside another word is no injury (negative)', '「氏名」と「電話番号」だけが漏えいを確認されたことになります。', ['name', 'phone']],
    ['a kind named as a condition that does not matter (negative)', 'サーバーの仕様上、入院歴の有無にかかわらず患者基本情報が更新される際に自動送信される仕組みとなっていたため、被害範囲が拡大いたしました。', []],
    ['a kind named as what does not matter, を問わず', '性別を問わず、全ての会員の氏名が流出した可能性があります。', ['name']],
    ['a kind whose presence is told is data (negative of の有無にかかわらず)', '漏えいした可能性のある情報：氏名、入院歴の有無', ['health', 'name']],
    ['a word glossed by kinds heads them (negative)', '流出した可能性がある情報は以下のとおりです。\n\n- 家族情報(氏名・生年月日)', ['birthdate', 'name']],
  ])('%s', async (_label, text, leaked) => {
    expect((await kindsOf(text)).leaked).toEqual(leaked);
  });
});

// The plain title over a line (shared with countStatus, which reads it for a status): which short lines are passed over on the
// way up — sub-titles, breakdown labels, a line a page wrapped mid-clause — and which end the search.
describe('titleLineAbove: the plain title over the last line', () => {
  test.each<[string, string[], string | null]>([
    ['a 【】 title over numbered 【】 sub-titles set at its level', ['■情報漏洩の範囲', '【①OneOffice Mail】', '利用者のメールアドレス : 815 件', '【②OneOffice SPAM Filtering】', '利用者のメールアドレス : 79,991件'], '■情報漏洩の範囲'],
    ['a breakdown label is a sub-title', ['2.漏えいが確認されたお客さま情報等', '漏えいが確認された情報はのべ27,745件。', '【<内訳>】', '(1) 法人の契約先の情報:10,872件'], '2.漏えいが確認されたお客さま情報等'],
    ['a line wrapped mid-clause is prose, not a title', ['■情報漏洩の範囲', 'ホワイトリスト・ブラックリストに登録された', '', 'メールアドレスまたはドメイン名 : 892 件'], '■情報漏洩の範囲'],
    ['a title with an English gloss', ['流出した可能性のある個人情報 / Potentially leaked personal information', '過去に教員にメールを送信された方の下記の情報'], '流出した可能性のある個人情報 / Potentially leaked personal information'],
    // Negatives: a line that ends in a predicate is a sentence without its full stop; another section's short title ends the
    // search, even one that ends in a particle when nothing follows it on the next line.
    ['a sentence without its full stop is no title (negative)', ['漏えいの可能性がある学校の一覧を掲載しています', '', '計:中学校6校'], null],
    ['another section\'s title ends the search (negative)', ['漏えいした情報', '今後の対応', '', '- メールアドレス'], null],
    ['a short title that ends in a particle, set alone, ends it too (negative)', ['漏えいした情報', '再発防止に向けて', '', '- メールアドレス'], null],
  ])('%s', (_name, lines, title) => {
    const doc = buildDocument(lines.join('\n'));
    const found = titleLineAbove(doc, doc.lines[doc.lines.length - 1]!);
    expect(found ? found.text.trim() : null).toBe(title);
  });
});

describe('a kind in another spelling, a compound or an English header', () => {
  test.each<[string, string, DataType[]]>([
    ['a casual word for a mail address', '漏えいした可能性のある情報：お名前、メアド', ['email', 'name']],
    ['a mail address written apart', '流出した可能性のある情報：氏名、メール・アドレス', ['email', 'name']],
    ['half-width katakana', '漏えいした可能性のある情報：ﾒｰﾙｱﾄﾞﾚｽ、ﾊﾟｽﾜｰﾄﾞ', ['email', 'password']],
    ['English words in a table cell', '|区分|流出した可能性のある情報|\n|---|---|\n|会員|Full name, E-mail address, Password|', ['email', 'name', 'password']],
    ['English headers of a list', '漏えいした可能性のある情報：User ID, Password, Date of birth, Gender, Phone number, Zip code', ['address', 'birthdate', 'gender', 'login_id', 'password', 'phone']],
    ['a product named Password is no password (negative)', '当社は1Passwordを導入しており、氏名が流出した可能性があります。', ['name']],
    ['a phone product is no phone number (negative)', 'iPhoneを紛失し、取引先の氏名が閲覧された可能性があります。', ['name']],
    ['a card code and card data', '流出した可能性のある情報：クレジット情報（カード番号、有効期限、CVV）', ['credit_card']],
    ['a residence card number is an ID, not card data', '漏えいした可能性のある情報：氏名、在留カード番号', ['id_number', 'name']],
    ['a point card number is an ID, not card data', '漏えいした可能性のある情報：ポイントカード番号、会員No.', ['id_number']],
    ['accounts to pay from and to refund to', '流出した可能性のある情報：お支払い口座、返金先口座、口座種別、銀行名', ['bank_account']],
    ['a home phone', '漏えいした可能性のある情報：氏名、自宅電話、携帯番号', ['name', 'phone']],
    ['a place of delivery and of residence', '流出した可能性のある情報：お届け先、居住地、都道府県', ['address']],
    ['prefectures as a count are no address (negative)', '全国約30都道府県の幼稚園の卒業アルバムの氏名が漏えいしたおそれがあります。', ['name']],
    ['a family name', '閲覧された可能性のある情報：名字、誕生日', ['birthdate', 'name']],
    ['a health insurance card and a pension number are IDs', '漏えいした可能性のある情報：健康保険証の写し、年金番号、住民票コード', ['id_number']],
    ['an insurance policy number is an ID of another word (negative of 保険証)', '流出した可能性のある情報：保険証券番号', ['id_number']],
    ['a student card and a member number of a co-op', '漏えいした可能性のある情報：学生証、組合員番号', ['id_number']],
    ['staff codes and a workplace are employment', '流出した可能性のある情報：社員コード、勤め先、雇用形態', ['employment']],
    ['the day and sum of an order are order history', '漏えいした可能性のある情報：購入日、注文金額、購入店舗', ['order_history']],
    ['a number alone names no kind (negative)', '漏えいした可能性のある情報：氏名、番号', ['name']],
    ['mails themselves viewed are their contents', '当該サーバー内に保管されていた、お客様と過去に送受信したメール等が閲覧された可能性があります。', ['message_content']],
    ['mails held in quarantine are their contents', '漏洩した可能性がある情報：スパムメール判定により隔離されたメール', ['message_content']],
    ['a scam mail sent is no content (negative)', '当社を装った不審なメールが第三者に送信されたことを確認しました。', []],
    ['a mail magazine\'s list kept on the server is addresses, not mails (negative)', 'サーバー上に保管されていたメールマガジン登録者様のメールアドレスが流出しました。', ['email']],
    ['a domain registrar named お名前.com is no name (negative)', 'お名前.comで管理するドメインが不正に移管され、当社の顧客の氏名が流出した可能性があります。', ['name']],
    ['the organization\'s own address is no data (negative; the mail leaked is content)', '当社の所在地が記載されたメールが流出しました。', ['message_content']],
    ['a customer company\'s address is data', '流出した情報：お客様の会社名、所在地', ['address', 'employment']],
    ['advice to change a password says nothing of it (negative)', '念のため、パスワードを変更してください。会員の氏名が流出した可能性があります。', ['name']],
  ])('%s', async (_label, text, leaked) => {
    expect((await kindsOf(text)).leaked).toEqual(leaked);
  });
});

describe('a word spaced out letter by letter', () => {
  test.each<[string, string, DataType[]]>([
    ['full-width spaces in a form\'s labels', '漏えいした可能性のある情報：氏　名、住　所、電 話 番 号', ['address', 'name', 'phone']],
    ['a PDF\'s letter-spacing inside a word', '流出した可能性のある情報：氏名/生年月日/ロ グイン ID/会員番号', ['birthdate', 'id_number', 'login_id', 'name']],
    ['two words side by side are not one (negative)', '株式会社 名古屋の氏名が流出した可能性があります。', ['name']],
    ['a spaced profile field with its value is no data (negative)', '## 1.資金流出事案の概要について\n会 社 名 :リンクティビティ株式会社\n所 在 地 :東京都千代田区', []],
    ['a profile field unspaced, too (negative)', '## 1.資金流出事案の概要について\n会社名：リンクティビティ株式会社\n所在地：東京都千代田区丸の内1-1', []],
    ['a field named with what it holds is data', '流出した可能性のある情報\n所在地:東京都内の店舗のみ\n会社名:お取引先の会社名\n氏名:1,200件', ['address', 'employment', 'name']],
  ])('%s', async (_label, text, leaked) => {
    expect((await kindsOf(text)).leaked).toEqual(leaked);
  });
});
