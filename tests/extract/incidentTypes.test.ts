import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { incidentTypesExtractor } from '../../src/extract/incidentTypes.js';
import { emptyFindings } from '../../src/extract/types.js';
import type { IncidentType } from '../../src/types.js';

/** The incident types a text yields: those with some hit that is not negated. */
async function typesOf(text: string): Promise<IncidentType[]> {
  const doc = buildDocument(text);
  const part = await incidentTypesExtractor.extract(doc, emptyFindings(), { tokenize: false });
  return [...new Set((part.incidentTypes ?? []).filter((f) => !f.value.negated).map((f) => f.value.type))].sort();
}

describe('incident types: keywords', () => {
  test.each<[string, string, IncidentType[]]>([
    ['intrusion', '当社の予約サーバーが外部から不正アクセスを受けました。', ['unauthorized_access']],
    ['credential stuffing', '会員サイトに対するリスト型攻撃により一部の会員アカウントへログインされました。', ['unauthorized_access']],
    ['ransomware', '基幹サーバーがランサムウェアに感染し、業務ファイルが暗号化されました。', ['ransomware']],
    ['encryption without the word', '共有サーバー内のファイルが第三者により暗号化されていることを確認しました。', ['ransomware']],
    ['malware', '職員の端末がEmotetに感染していたことが判明しました。', ['malware']],
    ['tampering', '公式オンラインストアの決済画面が改ざんされ、入力されたカード情報が盗まれました。', ['web_tampering']],
    ['misdelivery', '説明会の案内メールを誤って別の受講者あてに送信しました。', ['misdelivery']],
    ['loss', '職員が顧客名簿の入ったUSBメモリを紛失しました。', ['loss_theft']],
    ['fake login screen', 'アプリの一部ページで不正なログイン画面が表示される事象が発生しました。', ['phishing']],
    ['site down', '本日午前から当協会のホームページが閲覧できない状態となっております。', ['outage']],
    ['service stopped', '安全確保のため、ファイル共有機能を停止しております。', ['outage']],
    ['web service unusable', '図書館の蔵書検索サービスが利用できない状況にあります。', ['outage']],
    ['recovery work', '現在、ウェブサイトの復旧作業を進めております。', ['outage']],
    ['misspelt intrusion (不正の)', '研究室のサーバーが外部から不正のアクセスを受けたことが分かりました。', ['unauthorized_access']],
    ['encryption written with が', '社内にある二台の共有サーバが攻撃により暗号化がされていることが分かりました。', ['ransomware']],
    ['encryption damage by malware', '倉庫管理サーバに対するマルウェアによる暗号化の被害が見つかりました。', ['ransomware']],
    ['pages rewritten', '当店サイトの商品紹介ページが第三者により書き換えられていました。', ['web_tampering']],
    ['spam pages generated', '公式サイトの配下に不審なページが大量に生成されていることが分かりました。', ['web_tampering']],
    ['app suspended', '被害の広がりを踏まえ、会員向けアプリを停止しております。', ['outage']],
    ['back to normal business', '受注業務は本日より通常業務に復旧しております。', ['outage']],
    ['server cannot be reached', '午前九時頃、複数の部署からサーバーに接続できないとの連絡がありました。', ['outage']],
    ['equipment fault', '夜間に館内の空調制御システムに不具合が発生しました。', ['outage']],
    ['maintenance page', '翌日から当会サイトをメンテナンス表示に切り替えました。', ['outage']],
    ['redirect to an inappropriate site', '当社サイトの一部ページで、不適切なサイトへ遷移する事象が発生しました。', ['web_tampering']],
    ['site restored', '不正なデータを削除した後、サイトを復旧いたしました。', ['outage']],
    ['service still suspended', 'ポイント交換サービスの再開まではご不便をおかけいたします。', ['outage']],
    ['PC controlled from outside', '職員が偽の警告画面の指示に従った結果、端末が外部から遠隔操作されました。', ['unauthorized_access']],
    ['remote-control software installed', '社員が電話口の指示で遠隔操作ソフトを業務端末にインストールしてしまいました。', ['unauthorized_access']],
    ['suspicious external login screen', '一部の店舗ページで不審な外部認証画面が表示される事象が起きました。', ['phishing']],
    ['unintended redirect', 'スマートフォンで閲覧すると、意図しない外部サイトへ遷移する状態になっていました。', ['web_tampering']],
    ['redirected to an outside site', '採用ページを開いた利用者が外部サイトへリダイレクトされる事象を確認しました。', ['web_tampering']],
    ['pages not shown', '本日未明から当院のホームページが正常に表示されない状況です。', ['outage']],
    ['not yet fully restored', '会員ページは完全復旧には至っておりません。', ['outage']],
    ['suspicious sign-in screen', '一部の会員ページで不審なサインイン画面が表示されていました。', ['phishing']],
    ['unintended login screen', '申込フォームで意図しない認証画面が表示される事象が発生しました。', ['phishing']],
    ['traces of remote control', '事務所のパソコンに第三者による遠隔操作の痕跡が見つかりました。', ['unauthorized_access']],
    ['brute force written out', 'ログイン画面に対しパスワードを総当たりで試す攻撃が続きました。', ['unauthorized_access']],
    ['hostile access', 'メールサービスに悪意のあるアクセスが続いていることを確認しました。', ['unauthorized_access']],
    ['an attack on a service', '当社のウェブメールへの攻撃を確認いたしました。', ['unauthorized_access']],
    ['network fault', '昨夜のネットワーク不具合によりご迷惑をおかけしました。', ['outage']],
    ['an intruder entered the network', '何者かが当社のネットワークに侵入したことが分かりました。', ['unauthorized_access']],
    ['compromise activity', '基幹サーバに対して侵害活動が行われていたことを確認しました。', ['unauthorized_access']],
    ['an outside attack', '当社の情報システムに対する外部攻撃が発生しました。', ['unauthorized_access']],
    ['forged transfer order', '海外子会社において、虚偽の送金指示により資金が流出する事案が発生しました。', ['other']],
    ['unauthorized writing on a site', '当店のキャンペーンサイトに第三者による不正な書き込みが行われました。', ['web_tampering']],
    ['cracking', '当社の配信サーバーが外部からクラッキングされました。', ['unauthorized_access']],
    ['business delayed', '受注処理など一部業務に遅延が生じております。', ['outage']],
    ['business hit', '外部からの不正アクセスにより、一部業務に影響が出ておりましたが、本日復旧いたしました。', ['outage', 'unauthorized_access']],
    ['a network down', '同日中にホームページやメールの通信障害は解消されました。', ['outage']],
    ['a server made inaccessible', '委託先のサーバーに保存している各種ファイルが暗号化され、アクセス不能な状況となっていることを確認しました。', ['outage', 'ransomware']],
    ['no date to resume', '業務再開に向けた対応を進めていますが、現時点で再開のめどは立っていません。', ['outage']],
    ['stopping an infection from spreading', 'これ以上の感染拡大を防ぐため、全拠点の通信を止めました。', ['malware']],
    ['reachable from the internet, then attacked', '移行作業中に顧客データベースがインターネット上からアクセスできる状態となり、その間に第三者による不正アクセスを受けました。', ['misconfiguration', 'unauthorized_access']],
    ['a website altered beside ransomware', 'ランサムウェア攻撃と同時に、公式サイトのページが改ざんされました。', ['ransomware', 'web_tampering']],
    ['unrelated pages shown on the site', '当社ウェブサイトに、当社とは無関係の不正なウェブページが表示されていたことを確認しました。', ['web_tampering']],
    ['a download link serving another file', 'ダウンロードボタンから、正規ファイルではない別ファイルがダウンロードされる状態でした。', ['web_tampering']],
    ['an unrelated site only linked to', '当社とは無関係のサイトへのリンクにご注意ください。', []],
    ['an intrusion from outside', '外部からの侵入経路の特定を進めております。', ['unauthorized_access']],
    ['a fault detected on a server', '当社サーバーにおける障害を検知いたしました。', ['outage']],
    ['operations resumed', '安全が確認されたシステムから稼働を再開しております。', ['outage']],
    ['a site no longer displayed right', '公式HPは正しい表示が出来なくなっておりました。', ['outage']],
    ['what a logged-in intruder could see', 'ログイン後は、利用者アカウント登録情報として、氏名、住所が閲覧できる状態でした。', []],
    ['a page left open to anyone', '設定の変更により、利用者アカウント登録情報が閲覧できる状態でした。', ['misconfiguration']],
    ['other users seen after a login', 'マイページにログインすると、他のお客様の氏名が閲覧できる状態でした。', ['misconfiguration']],
    ['an account put back to use', 'パスワードを変更した上で、管理者アカウントの稼働を再開しました。', []],
    ['a fault only feared', '障害の発生に備え、バックアップを取得しております。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: negation, countermeasures and warnings', () => {
  test.each<[string, string, IncidentType[]]>([
    ['not ransomware', '今回の障害はランサムウェアによるものではないことを確認しております。', []],
    ['listed damages not found', 'サーバーに不審な痕跡はあったものの、データの改ざん、マルウェア感染等の被害は確認されませんでした。', []],
    ['negation in a later clause does not reach back', '基幹サーバーがランサムウェアに感染しましたが、情報の外部流出は確認されておりません。', ['ransomware']],
    ['virus check is a countermeasure', '再発防止のため、全端末のウイルスチェックを実施しました。', []],
    ['phishing training is a countermeasure', '今後は全職員へのフィッシング対策の研修を強化いたします。', []],
    ['phishing warning', '当社を装ったフィッシングメールにご注意ください。', []],
    ['phishing that may come', '流出した情報を悪用したフィッシングメールが届く可能性があります。', []],
    ['malware warning', '心当たりのないメールの添付ファイルはウイルス感染の危険があるため開封しないでください。', []],
    ['cause only supposed', '原因はルーターの設定不備であると推測されております。', []],
    ['viewable because of the attacker', '不正アクセス者から名簿ファイルが閲覧可能な状態となっていました。', ['unauthorized_access']],
    ['viewable because of a setting', 'クラウド上の共有フォルダが誰でも閲覧できる状態になっていました。', ['misconfiguration']],
    ['exfiltration by an attacker is not insider', '攻撃者がデータを持ち出した可能性は低いと考えております。', []],
    ['staff took data', '元従業員が在職中に顧客データを不正に持ち出していたことが判明しました。', ['insider']],
    ['a site closed on purpose is still down for its users', '不正アクセスの判明後、ネットワークを遮断し、通販サイトを一時閉鎖いたしました。', ['outage', 'unauthorized_access']],
    ['a site stopped at once on detection is containment', '不正アクセスを検知後、直ちにホームページを停止し、専門業者による調査を開始しました。', ['unauthorized_access']],
    ['a site closed on the day the attack was confirmed is containment', '不正アクセスを受けたことを確認し、同日に当サイトを閉鎖し、専門調査会社による調査を開始いたしました。', ['unauthorized_access']],
    ['a site stopped the same day a report came in is containment', '外部機関から漏洩懸念について連絡を受けました。同日、当該サイトを一時停止し、社内調査を実施しました。', []],
    ['a busy call centre is no outage', '公表後数日は、お電話が繋がりにくい場合がございます。', []],
    ['a server stopped while business goes on', '当該サーバは停止しておりますが、業務システムは通常通り稼働しており、事業活動への影響は発生しておりません。', []],
    ['a system failure in another sentence than the unaffected business', '開発センターのサーバーにおいてサイバー攻撃によるシステム障害が発生しました。現時点では、当社の生産及び納入業務に影響はなく、二次被害も確認されておりません。', ['unauthorized_access']],
    ['business said unaffected with において', 'サーバー内データが暗号化されシステム障害が発生しました。当社主要業務においては影響なく、通常通り営業しております。', ['ransomware']],
    ['restoration work named alone is no outage', '当社のサーバーにおいてランサムウェアによる被害が発生しており、現在その影響範囲の調査及び復旧作業を進めております。', ['ransomware']],
    ['restoration work on a named system is an outage', 'ランサムウェアの被害を受け、メールシステムの復旧作業を進めております。', ['outage', 'ransomware']],
    ['a site closed for the investigation after the event was confirmed is containment', '不正アクセスによりサイトが改ざんされました。事象確認後、翌日よりサイトを一時閉鎖し、調査を進めてまいりました。', ['unauthorized_access', 'web_tampering']],
    ['a site closed with no first response said is an outage', '不正アクセスによりサイトが改ざんされました。現在、サイトを一時閉鎖しております。', ['outage', 'unauthorized_access', 'web_tampering']],
    ['a machine stopped at once is containment', '当社の情報システムが不正アクセスを受けたことを検知し、直ちに当該システムの稼働停止等の必要な対策を実施しました。', ['unauthorized_access']],
    ['a machine stopped by the attack is an outage', 'ランサムウェアにより生産設備が稼働停止となっております。', ['outage', 'ransomware']],
    ['a hospital limiting care', '電子カルテシステムに大規模障害が発生しており、外来診療を制限しております。', ['outage']],
    ['a hospital postponing surgery', 'システム異常の影響により、外来診療、手術等を延期いただきました皆さまにお詫び申し上げます。', ['outage']],
    ['a system failure and business hit', '開発センターのサーバーにおいてサイバー攻撃によるシステム障害が発生しました。一部業務に遅延が生じております。', ['outage', 'unauthorized_access']],
    ['a service users cannot reach, whatever other business', 'ウェブサイトにアクセスしにくい事象が発生しておりましたが、現在は復旧しております。受注業務を含む事業運営への影響はありません。', ['outage']],
    ['a function stopped for users while business goes on', '万全を期すため、銀行口座連携機能を一時的に停止しております。当社では事業運営への影響はございません。', ['outage']],
    ['a fault that did not touch business', '一部のサーバーに障害が発生しましたが、業務への影響はございません。', []],
    ['stop as first response is containment', '侵入を検知した直後に会員システムを停止し、ネットワーク遮断等の初動対応を行いました。', []],
    ['preventing intrusion is a countermeasure', '今後は不正アクセスを防止するための監視を強化いたします。', []],
    ['phishing that may be sent', '攻撃者が流出した情報を悪用し、フィッシングメールを送付する可能性はあります。', []],
    ['danger named after the keyword', 'リンクを開くとウイルス感染のおそれがありますので、削除をお願いします。', []],
    ['impacts that may arise', '本件により生じる可能性のある影響として、フィッシングメール等が考えられます。', []],
    ['preventing second damage', 'お客様を狙ったフィッシング詐欺等の二次被害を防ぐため、注意喚起を行いました。', []],
    ['no spread of the attack', '社外のネットワークへの攻撃の拡大は無かったことを確認しております。', []],
    ['no stop of business', '現時点で業務停止に至る被害は確認されておらず、通常どおり営業しております。', []],
    ['old password cannot log in', '以前のパスワードではログインできない状態にしております。', []],
    ['data kept encrypted', '会員のパスワードは暗号化されて保存されております。', []],
    ['a section on reopening the shop', '## 6. 再発防止策およびネットショップの再開について', []],
    ['a stop of the whole network is no fault of equipment', '念のため、社内ネットワークを外部から遮断しております。', []],
    ['danger of opening attachments', '添付ファイルを開くとウイルス感染の危険がございますので、開かずに削除してください。', []],
    ['fake mails as a feared second damage', '今後、当社を名乗るなりすましメールが届く二次被害のおそれがあります。', []],
    ['phishing in a training list', '・フィッシング・SNS詐欺対策の研修', []],
    ['malware on detection is a procedure', '・ウイルス検出の際の報告手順の見直し', []],
    ['limiting remote-control software is a countermeasure', '・遠隔操作ソフトのインストール制限', []],
    ['a glossary note', '※フォレンジック調査とは、不正アクセスやウイルス感染の経路を調べる調査です。', []],
    ['a term explained', '※ランサムウェア：感染した端末のファイルを暗号化し、復旧と引き換えに金銭を要求するマルウェアのこと。', []],
    ['hearsay is not a glossary', 'フィッシングメールを通じて侵入した可能性があるとのことです。', ['phishing']],
    ['a virus-scanning store is a countermeasure', '・ウイルス検知・駆除機能を備えた共有ストレージの利用', []],
    ['generic malware beside ransomware is the ransomware', '基幹システムがランサムウェア（身代金要求型ウイルス）に感染しました。', ['ransomware']],
    ['a named malware beside ransomware stays', '端末からEmotetが検出され、その後サーバーがランサムウェアに感染しました。', ['malware', 'ransomware']],
    ['a phishing link leads to a fake site, no redirect of ours', 'メール本文のURLを開くと偽サイトへ誘導されます。', ['phishing']],
    ['a fake warning that pretends an infection', '改ざんされたページに、ウイルス感染を装う偽の警告が表示されていました。', ['web_tampering']],
    ['seeing the fake warning does not infect', '警告が表示されただけではウイルスに感染はしないことを確認しております。', []],
    ['a real infection is still malware', '職員の端末がウイルスに感染し、不審な通信が発生しました。', ['malware']],
    ['negation of what the damage caused', '今回のランサムウェア被害の影響による情報漏えいは確認されておりません。', ['ransomware']],
    ['files altered by ransomware are no website', '社内サーバーのファイルが改ざんされる障害が起き、ランサムウェアによる攻撃と判明しました。', ['ransomware']],
    ['a danger denied is no warning', '原因のマルウェアは駆除済みで、感染が広がるおそれはございません。', ['malware']],
    ['a danger still warned', 'ウイルスが広がる恐れがあるため、ファイルは開かないでください。', []],
    ['monitoring against intrusion is a countermeasure', '今後は不正アクセスに関する監視を強化いたします。', []],
    ['a phishing scam only possible', '当法人を名乗るフィッシング詐欺の可能性がありますので、ご連絡ください。', []],
    ['mails sent that may have been phishing', '当社の配信システムから、フィッシングメール等の可能性があるものが大量に送信されました。', ['phishing']],
    ['infection spread beside ransomware is the ransomware', 'サーバーがランサムウェアに感染したため、感染拡大を防ぐべくネットワークを遮断しました。', ['ransomware']],
    ['viewable after the attack is no setting error', '外部からの不正アクセスにより、名簿がインターネット上から閲覧できる状態になっていました。', ['unauthorized_access']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: whose account sent the messages', () => {
  test.each<[string, string, IncidentType[]]>([
    ['own mailbox used to send', '当社社員のメールアカウントが第三者に不正に利用され、取引先あてに不審なメールが送信されました。', ['account_compromise']],
    ['one of our addresses misused', '窓口のメールアドレスの一つが不正に利用され、大量の迷惑メールが送信されました。', ['account_compromise']],
    ['mail server abused', '当館のメールサーバが外部から悪用され、迷惑メールが送信されました。', ['account_compromise']],
    ['spam from our address', '弊社アドレスから不審なメールが送信されている事象を確認しました。', ['account_compromise']],
    ['own address used for spam', '施設のメールアドレスが不正に使用され、大量の迷惑メールが送信されたことを確認しました。', ['account_compromise']],
    ['SNS hijack', '当店の公式Instagramアカウントが第三者に乗っ取られました。', ['account_compromise']],
    ['account accessed, nothing sent', '利用者アカウントが第三者による不正アクセスを受け、登録情報が閲覧された可能性があります。', ['unauthorized_access']],
    ['fake site imitating us', '当社の公式サイトを装った偽サイトが確認されました。', ['phishing']],
    ['an account, its address in brackets, accessed and used to send', '弊社の問い合わせ用メールアカウント(info@example.jp)に対し、外部からの不正アクセスがあり、大量のメールが送信されました。', ['account_compromise', 'unauthorized_access']],
    ['mail sent from the account in question', '当該アカウントから取引先あてに不審なメールが送信されていたことを確認しました。', ['account_compromise']],
    ['account accessed, messages sent in the next sentence', '予約サイトの当館アカウントに第三者が不正にログインしました。その後、一部の宿泊予定者へ偽サイトに誘導するメッセージが配信されました。', ['account_compromise', 'phishing', 'unauthorized_access']],
    ['mail sent by means of our address is no hijack', '当社のメールアドレスにより送信したメールの本文が、不正アクセスにより閲覧された可能性があります。', ['unauthorized_access']],
    ['account accessed, an unrelated sentence next', '会員のアカウントに第三者が不正にログインしました。その後、社内で対策会議を開きました。', ['unauthorized_access']],
    ['hijacked account sent phishing', '学生のメールアカウントがフィッシングによる不正アクセスを受け、学外へフィッシングメールが送信されました。', ['account_compromise', 'phishing', 'unauthorized_access']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a vague attack', () => {
  test.each<[string, string, IncidentType[]]>([
    ['only supposed: other', '当社システムがサイバー攻撃を受けた可能性のある事象を確認いたしました。', ['other']],
    ['attack asserted, leak supposed', '委託先のメールサービスがサイバー攻撃を受け、当社のメール情報が漏えいした可能性があります。', ['unauthorized_access']],
    ['asserted: unauthorized access', '当社の会員サイトがサイバー攻撃を受け、会員情報の一部が流出しました。', ['unauthorized_access']],
    ['an attack of a named kind adds no intrusion', '当社の物流子会社がランサムウェアによるサイバー攻撃を受けました。', ['ransomware']],
    ['a ransomware attack', '委託先の印刷会社がランサムウェア攻撃を受けました。', ['ransomware']],
    ['the kind in brackets after the attack', '委託先がサーバー攻撃（ランサムウェア攻撃）を受けました。', ['ransomware']],
    ['a server attack alone', '先月、当会のサーバーがサーバー攻撃を受けました。', ['unauthorized_access']],
    ['a transfer fraud beside an intrusion is not other', '不正アクセスを受けた端末から不正送金が行われました。', ['unauthorized_access']],
    ['a supposed attack settled by the kind found', '当社はサイバー攻撃を受けた可能性があり、一部のサーバーでランサムウェアが検出されました。', ['ransomware']],
    ['a supposed attack settled in the next sentence', '共有フォルダが開けなくなり、サイバー攻撃の疑いがあると判断しました。調査の結果、ランサムウェアへの感染が判明しました。', ['ransomware']],
    ['an attack whose only named kind is an infection', '当社はサイバー攻撃を受け、一部のサーバーでランサムウェアが検出されました。', ['ransomware']],
    ['an attack that spread an infection', '工場のシステムがサイバー攻撃を受け、これ以上の感染拡大を防ぐため通信を遮断しました。', ['malware']],
    ['an asserted attack beside tampering stays', '当社はサイバー攻撃を受け、公式サイトのページが改ざんされました。', ['unauthorized_access', 'web_tampering']],
    ['an attack beside a named intrusion stays', '当社はサイバー攻撃を受け、不正アクセスによりランサムウェアに感染しました。', ['ransomware', 'unauthorized_access']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});
