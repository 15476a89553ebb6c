import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { incidentTypesExtractor, outsideQuotes } from '../../src/extract/incidentTypes.js';
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
    ['a vulnerability exploited, the agent between subject and passive verb', 'ページに存在した脆弱性が第三者に悪用され、一部の利用者が外部サイトへ誘導されました。', ['unauthorized_access']],
    ['a vulnerability exploited by an attacker (passive with により)', '当社システムに存在していた脆弱性が第三者により悪用されました。', ['unauthorized_access']],
    ['a vulnerability reported by an outsider, not exploited (negative)', '当社サイトの脆弱性が第三者から指摘され、修正プログラムを適用しました。', []],
    ['ransomware', '基幹サーバーがランサムウェアに感染し、業務ファイルが暗号化されました。', ['ransomware']],
    ['encryption without the word', '共有サーバー内のファイルが第三者により暗号化されていることを確認しました。', ['ransomware']],
    ['data stored encrypted is no attack (an incident of no named kind)', '特定サーバーに保管されていた暗号化された個人情報を含むデータベースについて、流出の可能性があることが判明しました。', ['other']],
    ['encryption told with the attacker as subject', '本件が第三者によるサイバー攻撃であり、犯人が当社の特定のサーバーにアクセスし、保存されているファイルの一部を暗号化したことを確認いたしました。', ['ransomware']],
    ['data the organization encrypts is no attack (negative)', '当社は、お客様からお預かりしたデータを暗号化して保存しております。', []],
    ['files encrypted by an attacker, then named', '攻撃によりサーバー内のファイルが暗号化された状態となっております。', ['ransomware']],
    ['malware', '職員の端末がEmotetに感染していたことが判明しました。', ['malware']],
    ['tampering', '公式オンラインストアの決済画面が改ざんされ、入力されたカード情報が盗まれました。', ['web_tampering']],
    ['misdelivery', '説明会の案内メールを誤って別の受講者あてに送信しました。', ['misdelivery']],
    ['loss', '職員が顧客名簿の入ったUSBメモリを紛失しました。', ['loss_theft']],
    ['an intruder\'s program placed on a web server is the intrusion, not malware, and no page altered', 'Webサーバー上に外部から不正なプログラムが設置され、不正アクセスが行われました。', ['unauthorized_access']],
    ['code put into the pages is tampering', 'Webサーバー上の一部のページに外部から不正なコードが埋め込まれ、不正アクセスが行われました。', ['unauthorized_access', 'web_tampering']],
    ['a malicious program that infected a PC (negative)', '職員の業務用パソコンが不正プログラムに感染していたことが判明しました。', ['malware']],
    ['an infection claimed by a fake warning', '画面に「ウイルス感染」のメッセージが表示され、指示に従ったところ遠隔操作されました。', ['unauthorized_access']],
    ['an infection found on a PC (negative)', '調査の結果、職員のパソコンがウイルスに感染していることを確認しました。', ['malware']],
    ['malicious code planted in a site', '不正アクセスにより、情報を操作する不正コードがサイト内に埋め込まれました。', ['unauthorized_access', 'web_tampering']],
    ['malicious code found absent (negative)', '調査の結果、データベース内に不正なコードの混入がないことを確認しました。', []],
    ['a site showing what it should not', '弊社ホームページが外部からの不正アクセスを受け、本来とは異なる内容が表示される状態になっておりました。', ['unauthorized_access', 'web_tampering']],
    ['files and pages planted on a site', '発覚後、不正に設置されたファイルやページの削除を行いました。', ['web_tampering']],
    ['a site sending visitors to an unrelated shop', '当該ウェブサイトと無関係なショッピングサイトに転送されるなどの事象が発生しました。', ['web_tampering']],
    ['unintended pop-ups on the organization\'s pages', '弊社オンラインストアの一部ページにて、外部アクセスの影響により、意図しないポップアップが表示される不具合が発生していました。', ['web_tampering']],
    ['spam articles posted on the site', '調査の結果、海外からのスパム記事投稿を目的とした不正アクセスであることを確認いたしました。', ['unauthorized_access', 'web_tampering']],
    ['a fake security check screen on tampered pages', '特定のページを閲覧した際に、偽のセキュリティ確認画面等が表示される場合があったことを確認いたしました。', ['phishing']],
    ['a link to an outside site followed by choice (negative)', 'バナーをクリックすると外部のショッピングサイトに移動します。', []],
    ['pop-ups blocked in a browser (negative)', 'ブラウザの設定により意図しないポップアップが表示されないようにできます。', []],
    ['tampering written in kana', '現在の調査状況では、「ホームページのかいざん」があることが判明しております。', ['web_tampering']],
    ['tampering of data only looked into', '外部者がアクセス可能となった個人情報について、改ざんや流出の可能性について調査を進めてまいりました。', []],
    ['tampering of data not found at all (全く)', '調査の結果、個人情報の改ざんは全く確認されませんでした。', []],
    ['fake login screen', 'アプリの一部ページで不正なログイン画面が表示される事象が発生しました。', ['phishing']],
    ['a suspicious sign-in screen on the organization\'s pages', '当サイトの一部ページにおいて、外部サービス（polyfill.io）を経由し、不審な認証画面が表示される事象が発生していたことを確認いたしました。', ['phishing', 'web_tampering']],
    ['an unintended sign-in screen on a page, put there by a service from outside', '当社ウェブサイト内のページにおきまして、外部サービス「polyfill.io」により意図しない不審な認証情報入力画面が表示される事象を確認いたしました。', ['phishing', 'web_tampering']],
    ['a sign-in screen the reader is told what to do with (negative)', '当サイトのページで不審な認証画面が表示された場合は、情報を入力しないようご注意ください。', []],
    ['a fake screen named with no site or page (negative)', 'パソコンに不審なログイン画面が表示される事象が発生しました。', ['phishing']],
    ['an intruder\'s own verb', '海外からクラウドサーバーにリモートデスクトップで接続され、侵入したことが判明いたしました。', ['unauthorized_access']],
    ['an intrusion in a timeline row', '10月1日 社員用VPNアカウントを悪用され、社内ネットワークへ侵入。', ['unauthorized_access']],
    ['an intrusion let in', 'ファイアウォールが突破されたことにより、ネットワーク内部への侵入を許しました。', ['unauthorized_access']],
    ['an intrusion only attempted (negative)', '攻撃者が侵入しようとした通信を遮断しました。', []],
    ['a virus that got in (negative)', 'ウイルスの侵入経路については調査中です。', ['malware']],
    ['an intrusion found absent (negative)', '調査の結果、第三者が社内ネットワークに侵入した形跡はありませんでした。', []],
    ['servers unusable (利用できない事象)', '弊社サーバー類が利用できない事象が発生していることを報告いたします。', ['outage']],
    ['files behind encryption that cannot be opened are no outage', 'ファイルサーバー内のファイルが暗号化されたことにより、当該ファイルへのアクセスができない状態となりました。', ['ransomware']],
    ['files encrypted and unreadable are no outage', '当社内の複数サーバーに保存しているファイルが暗号化されアクセスできない状態となっていることが判明しました。', ['ransomware']],
    ['data on a server unreachable is no outage', '一部のサーバーに保存されたデータにアクセスができない状態となっていることを確認いたしました。', []],
    ['a file server unreachable is an outage (negative)', '本日朝からファイルサーバーにアクセスできない状態となっております。', ['outage']],
    ['a home page that became unviewable (なくなる)', '外部からの不正アクセスによりホームページの閲覧ができなくなるという事案が発生いたしました。', ['outage', 'unauthorized_access']],
    ['errors shown on the site', '当社ホームページに対し、一部エラーが表示される等の不具合が発生していることを確認いたしました。', ['outage']],
    ['a site whose running was stopped', 'マルウェアによる外部不正アクセスを受け、一時的に運用を停止し、仮設ホームページにて情報配信しております。', ['malware', 'outage', 'unauthorized_access']],
    ['a server stopped at once is containment (negative)', '不正アクセスを検知したため、即座に当該サーバーを外部と遮断し運用を停止しました。', ['unauthorized_access']],
    ['a database taken out of use is a response (negative)', '対象データベースの運用停止及びバックアップデータベースへの切替えが完了しました。', []],
    ['an online store stopped', '個人情報の一部流出が懸念されたため、ミートガイ本店オンラインストアを停止しております。', ['outage']],
    ['a store stopped when told of a card leak is a response (negative)', 'JPCERT/CCから、カード情報の漏えい懸念について連絡を受け、2024年12月5日弊社が運営する「ナチュレ片山オンラインストア」を停止いたしました。', ['other']],
    ['card payment stopped is a response, not an outage (negative)', '影響の拡大を防止するため、弊社サイトでのクレジットカード決済を停止いたしました。', []],
    ['all servers stopped', '現在全サーバーを停止し、外部のセキュリティ専門機関に調査を依頼しております。', ['outage']],
    ['servers and PCs put to rest', '今回の被害に対応するため、イントラネット、感染が疑われるサーバー、PCは休止させております。', ['outage']],
    ['servers stopped and the network cut', '影響が及ぶ可能性のあるサーバーの停止、ネットワークの遮断等行い業務を遂行しております。', ['outage']],
    ['the whole network stopped as the first response', '同日中に、初動対応として社内の全ネットワークを停止しました。', ['outage']],
    ['PCs no longer used', '被害拡大防止措置の観点からシステムやPC等の利用を停止しておりました。', ['outage']],
    ['the one server attacked taken offline (negative)', '不正アクセスを確認後、直ちに対象サーバーを停止し、二次被害防止のための対応を実施いたしました。', ['unauthorized_access']],
    ['an infected file server taken offline (negative)', 'ウイルス感染が確認されたファイルサーバーの停止を行いました。', ['malware']],
    ['a server already stopped (negative)', '該当する Web サーバは停止済み。', []],
    ['a stop procedure taught (negative)', 'ランサムウェア検出の際のネットワーク停止手順について周知しました。', []],
    ['servers stopped while business went on (negative)', '当該サーバは停止しましたが、事業活動への影響はございません。', []],
    ['a system stopped to contain the attack', '不正アクセスの拡大を防ぐため、関連するシステムを停止しました。', ['outage', 'unauthorized_access']],
    ['a system stopped as a precaution', '直ちにインシデント対応手順を開始し、予防的に特定のシステムを停止させました。', ['outage']],
    ['a system stopped in an emergency', '学内業務システムの緊急停止（12月22日）', ['outage']],
    ['a function stopped as the first response stays containment (negative)', '一次対応として当該機能を停止しました。', []],
    ['operation partly suspended', '流出が懸念されたため、ネットワーク等の稼働を部分的に見合わせております。', ['outage']],
    ['a store\'s operation suspended for a time', '個人情報の一部流出が懸念されたため、オンラインストアの稼働を一時的に見合わせ、調査を行っています。', ['outage']],
    ['servers that stopped working', '5月26日に香港の子会社で一部サーバーが機能しない状況が発生しました。', ['outage']],
    ['the one server taken out is not working (negative)', '当該サーバーは現在稼働していない状態です。', []],
    ['running resumed as usual', '主要システムの安全性が確認され、通常どおりの運用を再開しております。', ['outage']],
    ['the network cut a clause after the purpose that scopes the sentence', '被害拡大を防ぐための対応を進めており、ネットワークの遮断等の処置を行っております。', ['outage']],
    ['the related network cut, a server named inside its phrase', '被害拡大を防止するため、当該サーバーを含む関連ネットワークの遮断など、必要な緊急措置を実施しております。', ['outage']],
    ['one server taken off the network a clause after the purpose (negative)', '影響の拡大を防ぐための対応として、当該サーバーをネットワークから切り離しました。', []],
    ['a group of servers taken off the network at once (negative)', '影響拡大防止のため、対象のサーバ群を速やかにネットワークから遮断しました。', []],
    ['a PC taken off the network after the purpose (negative)', '影響の拡大を防止するため、速やかに該当の端末をネットワークから切り離しました。', []],
    ['a system\'s failure with its holder in the genitive', '2025年3月9日に発生しました社内サーバ・システムの障害により、ご不便をおかけしております。', ['outage']],
    ['a stop told as an event that occurred', 'これにより、一部のシステムにおいてデータの暗号化および一時的な利用停止が発生しております。', ['outage']],
    ['a system failure only looked into (negative)', '現在、システムの障害の有無について調査しております。', []],
    ['servers stopped for the purpose of containment', 'また、被害拡大防止のためサーバーを停止しており、一部の対応についてお時間をいただく可能性がございます。', ['outage']],
    ['the servers concerned stopped as a first response (negative)', '当社は、直ちに、安全確保のための関係サーバの停止などの対応を行っております。', []],
    ['servers that cannot be used', '外部よりサイバー攻撃が行われ、サーバ等が使用できない状態となりました。', ['outage', 'unauthorized_access']],
    ['a key made unusable is a response (negative)', '当該アクセスキーについては既に使用できない状態にしております。', []],
    ['a fault on the website', '当社ウェブサイトにおける障害発生を受け、原因究明を進めております。', ['outage']],
    ['systems whose restoration is still ahead (復旧に向け)', '現在、システムの早期復旧に向け全力で取り組んでおります。', ['outage']],
    ['a full restoration still ahead', '引き続き全面復旧に向けて対応を進めてまいります。', ['outage']],
    ['a restoration under way', '現在、原因の調査及びシステムの復旧を進めております。', ['outage']],
    ['a date foreseen for the systems\' restoration', 'システム全体の復旧は2026年10月末頃を見込んでおります。', ['outage']],
    ['a restoration done (negative)', 'システムの復旧は完了しております。', []],
    ['data restored from backup, not a system (negative)', 'バックアップからデータの復旧を進めております。', []],
    ['a restoration under way where business went on (negative)', 'システムの復旧に向けた対応を進めておりますが、業務への影響はございません。', []],
    ['sites stopped for a time, the object closed by 等', '8月12日より公式ウェブサイト等を一時停止し、調査を行っておりました。', ['outage']],
    ['work partly stopped (一部 before the verb)', '受託業者に指示し、サイト運営業務を一部停止しております。', ['outage']],
    ['accounts stopped for a time (negative)', '該当するアカウント等を一時停止いたしました。', []],
    ['a site brought back online is no exposure', 'その後、当社ウェブサイトは閲覧可能な状態に復旧が完了いたしました。', []],
    ['data left viewable is an exposure (negative)', '設定の誤りにより、会員情報が外部から閲覧可能な状態となっておりました。', ['misconfiguration']],
    ['a term defined in a footnote', '※フォレンジック調査:不正アクセスやランサムウェア等のサイバー攻撃被害を受けた際に、原因や犯人の特定などを目的として、データを収集し分析する専門的な調査手法', []],
    ['a hijack named to be prevented, in brackets', '現在、二次的な影響(アカウントの乗っ取り)を防ぐため、システム側で一時的にアカウントを制限しております。', []],
    ['a hijack named to be prevented', 'アカウントの乗っ取りを防ぐため、二段階認証を導入しました。', []],
    ['a hijack that happened (negative)', '当社の公式アカウントが第三者により乗っ取られました。', ['account_compromise']],
    ['an implant operated from outside is malware, and a program placed is no page tampered', '2026年1月中旬以前より不正なプログラムが設置され、一定期間にわたり外部から操作されていたことが判明いたしました。', ['malware']],
    ['no date to recover the systems', 'また、システムの全面復旧時期については現時点で未定です。', ['outage']],
    ['a fault whose effects remain', '一部に障害の影響が残っておりますが、概ね平常どおり稼働しております。', ['outage']],
    ['a server found down', '5月12日に教務システムサーバがダウンしていることが確認されました。', ['outage']],
    ['a download is no server down (negative)', '攻撃者により、データベースの情報がダウンロードされた可能性があります。', []],
    ['an attack aimed at taking a server down is no outage (negative)', '攻撃の目的はサーバーダウンさせることであったと考えられます。', []],
    ['a term defined as what an investigation does', '(※)不正アクセスの痕跡を通信ログやサーバーの状態などから詳細に解析する調査', []],
    ['a malicious script planted in a store', '第三者による悪意ある不正スクリプトの設置により、お客様のカード情報が外部に送信されました。', ['web_tampering']],
    ['an illegitimate page shown on the site', '当社ウェブサイトにおいて、不正なウェブページが表示される事象が発生しました。', ['web_tampering']],
    ['a function stopped as the first response', '発覚後すぐに本サイトの登録機能を停止するという一次対応を速やかに実施しました。', []],
    ['site down', '本日午前から当協会のホームページが閲覧できない状態となっております。', ['outage']],
    ['accounts that could not be used (past of the negated potential)', 'また、学習用クラウドサービスアカウントが利用できなかったことにつきまして、深くお詫び申し上げます。', ['outage']],
    ['access that became impossible (不可となる)', '9月11日、ホームページへのアクセスが不可となる。', ['outage']],
    ['an attacked system that became unusable (不可能となり)', '被害を受けたシステムは利用不可能となりましたが、専門機関の支援のもと復旧作業を進めてまいりました。', ['outage']],
    ['a page overloaded until it went down', '当該ページに対して大量のアクセスが行われ、過負荷状態となってダウンしたことが判明しました。', ['outage']],
    ['a machine shut down on purpose is no outage (negative)', 'システムは不正アクセスを感知したと同時に自動的にシャットダウンしました。', ['unauthorized_access']],
    ['data unreachable is no outage (negative)', '一部のサーバーに保存されたデータにアクセスできなくなりました。', []],
    ['a person who could not log in is no outage (negative)', 'この際、口座にはうまくログインできず操作を中断している。', []],
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
    ['suspicious external login screen, its route untold', '一部の店舗ページで不審な外部認証画面が表示される事象が起きました。', ['phishing']],
    ['unintended redirect', 'スマートフォンで閲覧すると、意図しない外部サイトへ遷移する状態になっていました。', ['web_tampering']],
    ['redirected to an outside site', '採用ページを開いた利用者が外部サイトへリダイレクトされる事象を確認しました。', ['web_tampering']],
    ['pages not shown', '本日未明から当院のホームページが正常に表示されない状況です。', ['outage']],
    ['not yet fully restored', '会員ページは完全復旧には至っておりません。', ['outage']],
    ['suspicious sign-in screen, its route untold', '一部の会員ページで不審なサインイン画面が表示されていました。', ['phishing']],
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
    ['an intrusion reported by a provider', '迷惑メール対策サービスの提供設備に対して外部からの不正な侵入があったと提供元より報告がありました。', ['unauthorized_access']],
    ['the way in named', 'この度の侵入経路となったネットワーク上の脆弱性への対策は完了しております。', ['unauthorized_access']],
    ['a third party logged in', 'メッセージを経由して第三者がログインされたことによって、アカウント内の情報が閲覧されました。', ['unauthorized_access']],
    ['a third-party login not found', '調査の結果、第三者がログインした形跡はありませんでした。', []],
    ['a login by a third party only warned of', '第三者によるログインを防ぐため、パスワードを変更してください。', []],
    ['a fault detected on a server', '当社サーバーにおける障害を検知いたしました。', ['outage']],
    ['operations resumed', '安全が確認されたシステムから稼働を再開しております。', ['outage']],
    ['a site no longer displayed right', '公式HPは正しい表示が出来なくなっておりました。', ['outage']],
    ['what a logged-in intruder could see', 'ログイン後は、利用者アカウント登録情報として、氏名、住所が閲覧できる状態でした。', []],
    ['a page left open to anyone', '設定の変更により、利用者アカウント登録情報が閲覧できる状態でした。', ['misconfiguration']],
    ['other users seen after a login', 'マイページにログインすると、他のお客様の氏名が閲覧できる状態でした。', ['misconfiguration']],
    ['an account put back to use', 'パスワードを変更した上で、管理者アカウントの稼働を再開しました。', []],
    ['a fault only feared', '障害の発生に備え、バックアップを取得しております。', []],
    ['systems hit', '本件に伴い、一部システムに影響が生じ、予約受付を休止いたしました。', ['outage']],
    ['business badly hit', '今回の攻撃は、社内業務に著しい障害を生じさせました。', ['outage']],
    ['part of the business hit', '本事案の発生により、倉庫業務の一部に影響が生じております。', ['outage']],
    ['an impact only possible (an incident of no named kind)', '当社ネットワーク内の一部システムに影響を及ぼした可能性のあるインシデントが発生しました。', ['other']],
    ['an impact only feared', '再構築が完了するまでの間、一部業務に影響が生じる場合があります。', []],
    ['an impact avoided', '顧客業務に影響が出ないよう、代替手段を準備いたしました。', []],
    ['recovery still far off', '学内システムの全面的な復旧にはなお時間を要する見込みです。', ['outage']],
    ['a date to resume not set', '教室内PCの利用再開時期は現時点で未定となっております。', ['outage']],
    ['work towards resuming a service', '新環境にて、順次サービス再開に向けた作業を進めております。', ['outage']],
    ['a site down on and off', 'アクセスの集中により、コーポレートサイトが断続的に停止いたしました。', ['outage']],
    ['normal work possible again', '被害のあったサーバーは復旧し、通常業務が可能となっております。', ['outage']],
    ['mail that cannot be sent or received', '職員がメールの送受信ができないことを確認し、委託先に調査を依頼しました。', ['outage']],
    ['mail that cannot be received', '現時点ではメールの受信が出来ない状態である旨、ご了承ください。', ['outage']],
    ['an address gone dead', '上記対応に伴い、代表メールアドレスは現在不通となっております。', ['outage']],
    ['a site taken offline', '現在、当該サイトを一時的に公開停止し、原因の調査を進めております。', ['outage']],
    ['publication of a notice is no site taken offline', '本件に関するお知らせは、当サイトで公開しております。', []],
    ['a service stopped wholly', '原因が判明するまでの間、ダウンロードサービスを完全停止しております。', ['outage']],
    ['a service stopped in part', '不正アクセスの影響により、サービスの一部停止を行っております。', ['outage', 'unauthorized_access']],
    ['a system failure caused by encryption', '2025年1月22日、ランサムウェア攻撃により当社のサーバー内データが暗号化されシステム障害が発生したことを確認しました。', ['outage', 'ransomware']],
    ['a service whose users\' use is suspended', '「ファミリーリンクサービス」においてシステム不具合が発生しており、サービスのご利用を一時停止しております。', ['outage']],
    ['an outside service the organization stopped using (negative)', '現在は当該サービスの利用を停止し、必要な対策を実施しております。', []],
    ['resumption once a date is set', 'サービスの再開目処が立ち次第、改めて本サイトにてご案内いたします。', ['outage']],
    ['no resumption planned', 'VPN含む入口の全封鎖（現状早期再開の予定なし）', ['outage']],
    ['documents that could not be downloaded', '当サイトにおいて、一部の文書を閲覧・ダウンロードできない事象が発生しておりました。', ['outage']],
    ['a system failure while business went on, said in one sentence (negative)', '一時的にシステム障害が発生しましたが、業務への影響はございません。', []],
    ['a site that could not be reached', 'この度、11月17日、18日に起こりましたHPアクセス障害に関しまして、調査の結果、海外からの不正アクセスが原因と判明いたしました。', ['outage', 'unauthorized_access']],
    ['an access failure while business went on is still a failure that befell the servers', '一部のサーバーにおいてアクセス障害が発生いたしました。なお、日常業務への支障は発生しておらず通常通り運営しております。', ['outage']],
    ['a system slowed down', '大規模な不正アクセスにより、本システムの動作遅延やメール送信の不具合が継続的に発生しております。', ['outage', 'unauthorized_access']],
    ['readers asked to wait for recovery', '復旧まで今しばらくお待ちくださいますようお願い申し上げます。', ['outage']],
    ['a service resumed step by step (noun)', '2025年2月19日～2月28日 会員アプリサービスの順次再開', ['outage']],
    ['a delivery delayed is no system slowed (negative)', '配送の遅延についてお詫び申し上げます。', []],
    ['normal work taken up again', '翌日時点で、社内システムは復旧し、通常業務を再開しております。', ['outage']],
    ['business resumed step by step', '安全性が確認できた環境の範囲内で順次営業を再開しております。', ['outage']],
    ['PCs and mail in use again', '社員PC、スマートフォン、メール等も利用を再開しています。', ['outage']],
    ['an account put back to use is no outage (negative)', 'パスワードを変更のうえ、当該アカウントの利用を再開しました。', []],
    ['work resumed the same day (negative)', '発覚当日に安全を確認のうえ通常業務を再開しました。', []],
    ['work barely touched (negative)', '業務への影響は軽微であり、既に通常通り業務を再開しております。', []],
    ['business run as normal again', '業務システムの復旧を進め、現在は通常どおりの業務運営を再開しております。', ['outage']],
    ['mail that fails only in a case supposed for readers is no outage', '急に認証エラー等で送受信ができなくなった場合は、サポートまでご連絡ください。', []],
    ['a fault that left business unaffected is no outage', 'メールの送受信ができない状況となりましたが、業務への影響はございません。', []],
    ['normal work said to go on', '現時点で通常業務に変更はございません。', []],
    ['the network cut off to stop the spread', '当該事象の確認後、直ちに被害拡大を防止するためにネットワークの遮断等の対応を実施いたしました。', ['outage']],
    ['the outside network cut off to stop the spread', '現在、被害の拡大を防止するため、外部ネットワークを遮断し、システムの安全確認を進めております。', ['outage']],
    ['the network cut off to stop the spread, the purpose told as a noun', '直ちに被害拡大防止のため外部ネットワークを遮断し、同日、社内に対策本部を立ち上げました。', ['outage']],
    ['the organization\'s own network cut off to stop the spread', 'まず被害拡大を防ぐために弊社のネットワークを遮断した上で状況の確認をしております。', ['outage']],
    ['a noun purpose with business going on is no outage (negative)', '影響拡大防止のため社内ネットワークを遮断しましたが、業務への影響はございません。', []],
    ['another company\'s network cut off is not the organization\'s outage (negative)', '影響の拡大を防ぐために委託先のネットワークを遮断したとの報告を受けました。', []],
    ['a sign-in screen reported as shown on the pages', '当社ウェブサイトの一部で、以下のようなサインイン画面が表示される事を確認しております。', ['phishing']],
    ['a screen asking for credentials shown, named in brackets', '当システムへアクセスした際に、認証情報の入力を求める画面（Basic認証画面）が表示される事象が発生いたしました。', ['phishing']],
    ['a fake screen the pages could show', '当社Webサイトの一部ページにおいて、パスワードの入力を求める認証画面が表示される可能性がある事象を確認しております。', ['phishing']],
    ['a screen said to be gone is no new event (negative)', '現在は参照を削除し、認証画面が表示される事象は解消しております。', []],
    ['the ordinary login screen shown is no phishing (negative)', 'ログイン後、マイページ画面が表示されます。', []],
    ['a shop closed for a time', '現在、オンラインストアを一時閉鎖しております。', ['outage']],
    ['a site closed and reopened step by step', 'WEBサイトを閉鎖し原因究明及び再発防止対策を実施した上で順次再開いたしました。', ['outage']],
    ['a site closed for a long period', 'Webサイトの閉鎖期間が長期にわたり、ご不便をおかけしました。', ['outage']],
    ['a site closed for a time, told before its name', '一時的にWEBサイトを閉鎖し以下の対応を行いました。', ['outage']],
    ['the days since a site was closed', 'ホームページ閉鎖以降、安全対策を講じてまいりました。', ['outage']],
    ['a site closed for good is no outage (negative)', '当該サイトについては、本日をもって閉鎖いたしました。', []],
    ['an old site closed as the response is no outage (negative)', '再発防止策として、現在使用していない旧ホームページを閉鎖しました。', []],
    ['one server taken off the network is no outage (negative)', '影響の拡大を防止するため、当該サーバーをネットワークから切り離しました。', []],
    ['a network cut with business going on is no outage (negative)', '影響の拡大を防止するためにネットワークの遮断等の対応を実施しましたが、業務への影響はございません。', []],
    ['a malicious program slipped into software in use', '当社が利用しているオープンソースソフトウェアに第三者によって悪意あるプログラムが混入され、それを通じて当社環境への不正アクセスが行われました。', ['malware', 'unauthorized_access']],
    ['malicious code put into a page is tampering, not malware (negative)', '改ざんされたページには、閲覧者を詐欺サイトへ誘導する悪意あるコードが埋め込まれていました。', ['web_tampering']],
    ['a site that sends its visitors to fake sites', '現在、本会ホームページにアクセスすると外部の販売サイトを装った偽サイトに接続する事象が発生しております。', ['phishing', 'web_tampering']],
    ['a site that sends its visitors to a casino site', '当研究所のウェブサーバ内の一部のサイトにアクセスすると、オンラインカジノサイトへ転送される状態となっていました。', ['web_tampering']],
    ['a link followed by choice is no redirect (negative)', 'バナーをクリックすると外部のショッピングサイトに移動します。', []],
    ['a case put to readers is no redirect (negative)', '当社を装ったメールのURLにアクセスした場合、偽サイトに誘導されることがありますのでご注意ください。', []],
    ['a log-on by an attacker (ログオン)', 'クラウドストレージサービス上の1つのアカウントへの不正ログオンが確認されました。', ['unauthorized_access']],
    ['logged on with stolen credentials', '攻撃者が推測されたID・パスワードを用いて当該アカウントに対して不正にログオンを行ったものと考えられます。', ['unauthorized_access']],
    ['a flood of requests glossed as DDoS is no intrusion', '外部からの大量の不正アクセス（DDoS攻撃）の影響により、当社ウェブサイトが閲覧できない状態が発生しておりました。', ['outage']],
    ['an access glossed with another kind is still an intrusion (negative)', '外部からの不正アクセス（ランサムウェア攻撃）を受けたことが判明しました。', ['ransomware', 'unauthorized_access']],
    ['a plain intrusion beside a DDoS (negative)', 'DDoS攻撃とは別に、管理画面への不正アクセスも確認されました。', ['outage', 'unauthorized_access']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: negation, countermeasures and warnings', () => {
  test.each<[string, string, IncidentType[]]>([
    ['not ransomware', '今回の障害はランサムウェアによるものではないことを確認しております。', []],
    ['a trace said to be absent (形跡が無い)', 'なお、オンラインショップ自体につきましては、改ざんが行われた形跡が無いことを確認しております。', []],
    ['a trace said to be found (negative)', '調査の結果、ホームページの改ざんが行われた形跡が確認されました。', ['web_tampering']],
    ['a fact of an intrusion found (事実が, negative)', '調査の結果、不正アクセスの事実が確認されました。', ['unauthorized_access']],
    ['a possibility denied twice is still supposed', '悪意ある攻撃者が、漏洩したおそれのある情報を悪用し、フィッシングメール等を送付する可能性がないとはいえません。', []],
    ['a possibility denied outright (negative)', '当社を装ったフィッシングメールが送信されたことを確認しましたが、情報が漏えいする可能性はございません。', ['phishing']],
    ['a web server taken over is no account compromise', 'サイバー攻撃により当協会のウェブサーバーが乗っ取り被害に遭いました。', ['unauthorized_access']],
    ['an SNS account taken over (negative)', '弊社Instagramアカウントが、第三者により乗っ取られました。', ['account_compromise']],
    ['a long noun phrase the keyword modifies, negated by its head', 'なお、典型的なランサムウェア攻撃に見られるファイルの暗号化、システムの使用不能化、身代金要求、脅迫、データ収集や大量データ転送を示す直接的な挙動は確認されておりません。', []],
    ['a negation that begins past the reach is not the keyword\'s (negative)', 'ランサムウェア攻撃を受けた当社の東京本社および大阪支社ならびに名古屋営業所ほか全国十二か所の営業拠点と物流センターで利用していた販売管理システムのデータベースの漏えいは確認されておりません。', ['ransomware']],
    ['harms denied with 一切 between は and the predicate', '調査の結果、機密情報の外部への漏洩、およびサーバー内のデータの改ざんなど被害は一切なかったことを確認しております。', []],
    ['harms denied with 一切, the tampering told before (negative)', '当社ホームページが改ざんされましたが、個人情報の漏洩は一切ありません。', ['web_tampering']],
    ['a measure that holds the access back, joined by の', '生産管理システムのセキュリティ強化、不正アクセスの制限の強化等の再発防止策を策定しております。', []],
    ['the access limited to a time, not a measure (negative)', '不正アクセスの期間は2024年9月20日から同月27日までです。', ['unauthorized_access']],
    ['a busy phone line is no outage', '［電話番号］ （省略） ※電話が混み合いつながりにくい場合もありますのでメールでの連絡をご検討ください。', []],
    ['a site hard to reach is an outage (negative)', '現在、当社ホームページがつながりにくい状況となっております。', ['outage']],
    ['a trace coordinated with another, both not found', '- 端末へのマルウェアのインストール、リモート操作等の不正なプログラムが実行された痕跡や、自動起動設定に登録されている事実は確認されませんでした。', []],
    ['a trace of malware not found', 'クライアントPCにつきましては外部からの不正アクセスの痕跡およびマルウエアの痕跡は確認されませんでした。', []],
    ['malware found, a later harm not found (negative)', '調査の結果、端末がマルウェアに感染していたことが判明しましたが、情報が持ち出された痕跡や、二次被害は確認されておりません。', ['malware']],
    ['a takeover found absent (無しと確認)', '管理者IDおよびパスワードを使用したサイトの乗っ取り行為は無しと確認しました。', []],
    ['customers\' own accounts taken over are no account of the organization', '最近、当サービスをご利用のお客様において、他社サービスから漏れたパスワードによるアカウントの乗っ取りが急増しております。', []],
    ['the organization\'s own account taken over (negative)', '当社公式SNSアカウントが乗っ取られ、不審なメッセージが送信されました。', ['account_compromise']],
    ['phishing named as a use of the data that cannot be ruled out', '情報の内容によっては、なりすましメール、フィッシングメールその他の不正行為に利用される可能性を完全に否定することはできません。', []],
    ['a possible past intrusion not ruled out still counts (negative)', '外部から不正アクセスを受けた可能性を否定できません。', ['unauthorized_access']],
    ['the one damage set apart with 以外 happened', '現在までに、不正なウェブページが表示されたこと以外の被害等については確認されておりません。', ['web_tampering']],
    ['a damage named after 以外 is still denied (negative)', '当該パソコン以外の学内情報システムへの不正アクセスや不具合等は確認されておりません。', []],
    ['a term explained as a general name', '※マルウェア：ユーザーのPCなどに不利益をもたらす悪意のあるプログラムの総称。', []],
    ['a general name that is no definition', '端末がマルウェアに感染し、業務ファイルの総称一覧が流出しました。', ['malware']],
    ['listed damages not found', 'サーバーに不審な痕跡はあったものの、データの改ざん、マルウェア感染等の被害は確認されませんでした。', []],
    ['negation in a later clause does not reach back', '基幹サーバーがランサムウェアに感染しましたが、情報の外部流出は確認されておりません。', ['ransomware']],
    ['virus check is a countermeasure', '再発防止のため、全端末のウイルスチェックを実施しました。', []],
    ['resistance to intrusion is a countermeasure', '定期的なシステム監査を通じ、不正なアクセスへの耐性を強化してまいります。', []],
    ['a system that keeps intrusion off is a countermeasure', '新しい決済システムにより、不正なアクセスを阻止しつつ、正規な決済が行えるようになりました。', []],
    ['whether an intrusion happened, in a title', '(3)本事案に係る情報漏洩(ITシステムへの不正アクセス等)の有無について', []],
    ['whether an intrusion or a leak happened was looked into', '外部からのITシステムへの不正アクセス及び内部からの情報漏洩の有無について調査しました。', []],
    ['an intrusion that caused the leak looked into still happened (negative)', '不正アクセスを受け、情報漏洩の有無について調査しております。', ['unauthorized_access']],
    ['phishing training is a countermeasure', '今後は全職員へのフィッシング対策の研修を強化いたします。', []],
    ['phishing warning', '当社を装ったフィッシングメールにご注意ください。', []],
    ['phishing that may come', '流出した情報を悪用したフィッシングメールが届く可能性があります。', []],
    ['malware warning', '心当たりのないメールの添付ファイルはウイルス感染の危険があるため開封しないでください。', []],
    ['cause only supposed', '原因はルーターの設定不備であると推測されております。', []],
    ['a setting flaw that let an attacker in', '外部機器を交換した際、設定に不備があったことにより脆弱性が生じ、不正アクセスを受けました。', ['unauthorized_access']],
    ['a setting error that made data public, then attacked', '設定ミスによりファイルが閲覧可能な状態となり、その後、不正アクセスを受けました。', ['misconfiguration', 'unauthorized_access']],
    ['a setting error alone', 'ストレージの設定ミスにより、名簿ファイルが外部から閲覧できる状態でした。', ['misconfiguration']],
    ['a state only supposed beside an attack is no setting error', '一部のお客さまにつきまして、住所、メールアドレスなどが閲覧できる状態だった可能性があり、現在調査中でございます。', []],
    ['a site viewable again is no exposure', '対策を講じた結果、現在はすべての Webサイトが正常に閲覧できる状態へと復旧しております。', []],
    ['data that fell victim to an attack, then viewable (an incident of no named kind)', '市が提供していたデータも被害にあい、個人情報が一時、インターネット上で閲覧可能な状態になっていました。', ['other']],
    ['data viewable with no attack named (negative)', '市が提供していたデータの一部が、一時、インターネット上で閲覧可能な状態になっていました。', ['misconfiguration']],
    ['viewable because of the attacker', '不正アクセス者から名簿ファイルが閲覧可能な状態となっていました。', ['unauthorized_access']],
    ['viewable because of a setting', 'クラウド上の共有フォルダが誰でも閲覧できる状態になっていました。', ['misconfiguration']],
    ['exfiltration by an attacker is not insider', '攻撃者がデータを持ち出した可能性は低いと考えております。', []],
    ['staff took data', '元従業員が在職中に顧客データを不正に持ち出していたことが判明しました。', ['insider']],
    ['a site closed on purpose is still down for its users', '不正アクセスの判明後、ネットワークを遮断し、通販サイトを一時閉鎖いたしました。', ['outage', 'unauthorized_access']],
    ['a site stopped at once on detection is containment', '不正アクセスを検知後、直ちにホームページを停止し、専門業者による調査を開始しました。', ['unauthorized_access']],
    ['a site closed on the day the attack was confirmed is containment', '不正アクセスを受けたことを確認し、同日に当サイトを閉鎖し、専門調査会社による調査を開始いたしました。', ['unauthorized_access']],
    ['a site stopped the same day a report came in is containment (a leak feared, of no named kind)', '外部機関から漏洩懸念について連絡を受けました。同日、当該サイトを一時停止し、社内調査を実施しました。', ['other']],
    ['a busy call centre is no outage', '公表後数日は、お電話が繋がりにくい場合がございます。', []],
    ['a server stopped while business goes on', '当該サーバは停止しておりますが、業務システムは通常通り稼働しており、事業活動への影響は発生しておりません。', []],
    ['a system failure in another sentence than the unaffected business (the attack only its cause)', '開発センターのサーバーにおいてサイバー攻撃によるシステム障害が発生しました。現時点では、当社の生産及び納入業務に影響はなく、二次被害も確認されておりません。', ['outage']],
    ['business said unaffected with において leaves the system failure', 'サーバー内データが暗号化されシステム障害が発生しました。当社主要業務においては影響なく、通常通り営業しております。', ['outage', 'ransomware']],
    ['business said unaffected with において: the servers stopped by the organization are no outage (negative)', 'サーバー内データが暗号化されたため、当該サーバーを停止しました。当社主要業務においては影響なく、通常通り営業しております。', ['ransomware']],
    ['restoration work named alone is no outage', '当社のサーバーにおいてランサムウェアによる被害が発生しており、現在その影響範囲の調査及び復旧作業を進めております。', ['ransomware']],
    ['restoration work on a named system is an outage', 'ランサムウェアの被害を受け、メールシステムの復旧作業を進めております。', ['outage', 'ransomware']],
    ['a site closed for the investigation after the event was confirmed is containment', '不正アクセスによりサイトが改ざんされました。事象確認後、翌日よりサイトを一時閉鎖し、調査を進めてまいりました。', ['unauthorized_access', 'web_tampering']],
    ['a site closed with no first response said is an outage', '不正アクセスによりサイトが改ざんされました。現在、サイトを一時閉鎖しております。', ['outage', 'unauthorized_access', 'web_tampering']],
    ['a machine stopped at once is containment', '当社の情報システムが不正アクセスを受けたことを検知し、直ちに当該システムの稼働停止等の必要な対策を実施しました。', ['unauthorized_access']],
    ['a machine stopped by the attack is an outage', 'ランサムウェアにより生産設備が稼働停止となっております。', ['outage', 'ransomware']],
    ['a hospital limiting care', '電子カルテシステムに大規模障害が発生しており、外来診療を制限しております。', ['outage']],
    ['a hospital postponing surgery', 'システム異常の影響により、外来診療、手術等を延期いただきました皆さまにお詫び申し上げます。', ['outage']],
    ['damage said not to be ransomware', '外部からの不正アクセスを確認しました。また、ランサムウェアによる被害でないことも確認できております。', ['unauthorized_access']],
    ['phishing only guessed as the way in', '経路は解明されていないものの、フィッシングなど何らかの手段でアカウント情報が窃取され、不正アクセスを受けました。', ['unauthorized_access']],
    ['phishing mail named as a possible route', '警察による調査の結果、フィッシングメール等を通じて、システムに侵入した可能性があるとのことです。', ['unauthorized_access']],
    ['phishing mail established as the way in', '職員がフィッシングメールのリンクから認証情報を入力し、アカウントに不正アクセスを受けました。', ['phishing', 'unauthorized_access']],
    ['whether there was an intrusion is still checked', 'ランサムウェアによる被害について、侵入経路及び不正アクセスの有無等に関する調査を継続しております。', ['ransomware']],
    ['identity theft warned of is no lost device', '今後、フィッシング詐欺や個人情報盗難などの詐欺行為にご注意いただくよう、お願いいたします。', []],
    ['a stolen laptop', '社員が業務用パソコンの盗難に遭いました。', ['loss_theft']],
    ['viewable through a planted file is no setting error', '不正ファイル設置者が、不正ファイルを通じて、サーバー内の個人情報を閲覧可能な状態にありました。', []],
    ['a system failure and business hit (the attack only its cause)', '開発センターのサーバーにおいてサイバー攻撃によるシステム障害が発生しました。一部業務に遅延が生じております。', ['outage']],
    ['a service users cannot reach, whatever other business', 'ウェブサイトにアクセスしにくい事象が発生しておりましたが、現在は復旧しております。受注業務を含む事業運営への影響はありません。', ['outage']],
    ['a function stopped for users while business goes on', '万全を期すため、銀行口座連携機能を一時的に停止しております。当社では事業運営への影響はございません。', ['outage']],
    ['a fault that did not touch business, said in one sentence (negative)', '一部のサーバーに障害が発生しましたが、業務への影響はございません。', []],
    ['servers the organization stopped, where business went on (negative)', '一部のサーバーを停止しましたが、業務への影響はございません。', []],
    ['restoration of the system the organization carries out, where business went on (negative)', 'システムの復旧作業を進めておりますが、業務への影響はございません。', []],
    ['a system stopped as first response is still an outage', '侵入を検知した直後に会員システムを停止し、ネットワーク遮断等の初動対応を行いました。', ['outage']],
    ['a function stopped as first response is containment (negative)', '侵入を検知した直後に予約機能を停止し、ネットワーク遮断等の初動対応を行いました。', []],
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
    ['hearsay is not a glossary', 'フィッシングメールを通じてシステムに侵入されたとのことです。', ['phishing', 'unauthorized_access']],
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
    ['mails sent that may only have been phishing', '当社の配信システムから、フィッシングメール等の可能性があるものが大量に送信されました。', []],
    ['infection spread beside ransomware is the ransomware', 'サーバーがランサムウェアに感染したため、感染拡大を防ぐべくネットワークを遮断しました。', ['outage', 'ransomware']],
    ['viewable after the attack is no setting error', '外部からの不正アクセスにより、名簿がインターネット上から閲覧できる状態になっていました。', ['unauthorized_access']],
    ['a misdelivery guarded against (がないように)', '郵送に当たっては、誤送付がないように当時の氏名・ご住所と現在のものを突合いたしました。', []],
    ['a leak guarded against (のないよう)', '今後、情報の漏えいのないよう管理を徹底いたします。', []],
    ['a misdelivery that happened (negative)', '案内文書を別の方に誤送付してしまいました。', ['misdelivery']],
    ['a secondary harm prevented names no ransomware', '不正アクセスを受けたため、ランサムウエア等の不正なプログラムの実行による二次被害の発生を防ぐ目的で、サーバーを隔離しました。', ['unauthorized_access']],
    ['the spread of a harm that happened (negative)', 'ランサムウェアによる被害の拡大を防ぐため、サーバーを隔離しました。', ['ransomware']],
    ['a service that detects viruses is a countermeasure', '当法人が利用しているのは、電子メールを送受信する際にウイルスなどを検知するセキュリティーサービスとなります。', []],
    ['a virus that was detected (negative)', '端末のセキュリティソフトがウイルスを検知し、隔離いたしました。', ['malware']],
    ['a check for an infection is a countermeasure (感染調査)', '当施設でもパソコンのウイルス感染調査を実施いたしましたが、異常はありませんでした。', []],
    ['a check for an infection, joined by の (感染確認・駆除)', 'セキュリティソフトを最新版に更新の上、不正なプログラムの感染確認・駆除の実施をお願いいたします。', []],
    ['a check of an infection as a noun (感染チェック)', '運用事業者において、ウイルス感染チェックを実施し、問題がないことを確認しました。', []],
    ['an infection confirmed as an event (negative)', '調査の結果、端末のウイルス感染を確認しました。', ['malware']],
    ['software named after a virus is a countermeasure', 'ウイルスセキュリティソフトをお持ちのお客様は、最新版に更新してください。', []],
    ['harms to prevent that the keyword names (等の被害を防止)', '当該メールを受信された場合は、ウイルス感染やフィッシング詐欺等の被害を防止するため、以下のご対応をお願いいたします。', []],
    ['the spread of a harm that happened, 等の被害の拡大 (negative)', 'ランサムウェア等の被害の拡大を防止するため、サーバーを隔離しました。', ['ransomware']],
    ['no sign of ransomware found (兆候は見当たりません)', 'なお、現時点ではランサムウェアによる被害の兆候は見当たりません。', []],
    ['no trace of an intrusion found (見当たらない)', '調査の結果、第三者が侵入した形跡は見当たらないことを確認しました。', []],
    ['a stop of business said not to have happened', '本事象による業務の停止等は発生しておらず、業績への影響は軽微です。', []],
    ['a stop of business that happened (negative)', '物流センターでは入出荷業務の停止が発生しております。', ['outage']],
    ['an infection said to be absent, its subject marked by が', '当該事実を確認後、当公社 PC 等へのウイルス感染及び当公社からの個人情報等の流出がないことを確認しました。', []],
    ['the result of a scan given as a noun (検知なし)', '使用端末のウイルススキャンを改めて実施（結果、マルウェアの検知なし）', []],
    ['a tampering said to be absent', '運用事業者において、ホームページのコンテンツの改ざんがないことを確認しました。', []],
    ['a tampering said to be absent, confirmed as well (も併せて確認)', '本番データベースに対する侵害や改ざんがないことも併せて確認しております。', []],
    ['an infection found by a scan (negative)', '使用端末のウイルススキャンを実施した結果、マルウェアを検知しました。', ['malware']],
    ['a desk named after phishing, to consult', '不安な場合は、『フィッシング110番』などへご相談ください。', []],
    ['phishing that happened, then the desk (negative)', '当社を装ったフィッシングメールが確認されました。不安な場合は、『フィッシング110番』などへご相談ください。', ['phishing']],
    ['a danger of unauthorized access to readers (リスク)', '初期パスワードのままご利用の方は、第三者による不正アクセスのリスクが非常に高まります。', []],
    ['dangers a suspicious mail carries (危険を伴います)', 'これらの行為は、ウイルス感染、フィッシングサイトへの誘導、不正アクセスなどの危険を伴います。', []],
    ['an access that happened (negative)', '当社サーバーが不正アクセスを受けました。', ['unauthorized_access']],
    ['the subject of a conditional clause, coordinated nouns before the particle', '不正ログイン、金銭被害、個人情報の不正利用等が発生している場合は、金融機関、カード会社および警察へご相談ください。', []],
    ['an access supposed in a conditional (発生した場合、)', '万が一不正アクセスが発生した場合、お客様ご自身だけでなく、サーバー全体に重大な影響を及ぼす可能性がございます。', []],
    ['an access supposed in a conditional (があった場合においても)', '不正アクセスがあった場合においても、早期発見および多層のセキュリティ対策を含めた監視体制を強化しました。', []],
    ['an access that happened, the conditional a later clause (negative)', '当社サーバーが不正アクセスを受け、情報が流出した場合に備え、監視を強化しました。', ['unauthorized_access']],
    ['an access that happened, confirmed (negative)', '当社サーバーへの不正アクセスが発生したことを確認しました。', ['unauthorized_access']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: an incident of no named kind', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a forged order from someone posing as the bank', '取引先金融機関のオペレーターを騙る悪意の第三者から、再手続きが必要である旨の虚偽の指示を受け、資金が流失しました。', ['phishing']],
    ['a mail from someone posing as the head, then a forged order', '従業員に対し、同社の代表者を装った悪意ある第三者から、社外の連絡先へ誘導するメールが届きました。その後、経理担当者に対し虚偽の送金指示が行われました。', ['phishing']],
    ['the same fraud with no impersonator stays of no listed kind (negative)', '当社子会社におきまして、悪意ある第三者による虚偽の指示に基づき、資金を流出させる事案が発生いたしました。', ['other']],
    ['a support scam\'s caller is no phishing (negative)', '画面に表示された連絡先に架電したところ、サポート窓口を騙る悪意のある第三者からの指示を受け、資金が不正に送金されました。', []],
    ['a leak told with no kind named', '当社が管理するサーバーから、お客様の個人情報が流出した可能性があることが判明いたしました。', ['other']],
    ['a kind named: no "other" beside it', '当社サーバーが不正アクセスを受け、お客様の個人情報が流出した可能性があります。', ['unauthorized_access']],
    ['nothing happened: no incident', '本事象に起因するお客様情報の漏えい、不正アクセス、その他のセキュリティ被害は確認されておりません。', []],
    ['no word of an incident at all', '平素より当社サービスをご利用いただき、誠にありがとうございます。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });

  test('a follow-up leaves its kind to the earlier report', async () => {
    const doc = buildDocument('当社のメール情報が漏洩した可能性について、その後の調査結果をご報告いたします。');
    const found = { ...emptyFindings(), followUp: [{ value: true, evidence: doc.evidence(0, 4), ruleId: 'report.test', at: 0 }] };
    const part = await incidentTypesExtractor.extract(doc, found, { tokenize: false });
    expect((part.incidentTypes ?? []).filter((f) => !f.value.negated)).toEqual([]);
  });
});

describe('incident types: whose account sent the messages', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a mail server attacked, its sent mail kept on it is no mail sent', '当社の添付ファイル分離メールサーバに対し、第三者によるサイバー攻撃（不正アクセス）があったことを確認いたしました。当該サーバに保存されていたお客様への送信メール情報が外部に漏えいした可能性を否定できません。', ['unauthorized_access']],
    ['a mail server used to send spam (negative)', '当社のメールサーバに対し不正アクセスがあり、当該サーバから迷惑メールが大量に送信されました。', ['account_compromise', 'unauthorized_access']],
    ['an outsider used the account to send spam (active voice)', '概要：何者かが当協会支部のメールアカウントを使用し、迷惑メールを一斉送信した。', ['account_compromise']],
    ['an outsider logged in to the mail, the sending told next', '攻撃者が社用メールにログイン。連絡先情報を窃取し、そのうち553件のメールアドレス宛に当該社員を装ったメールを大量に送信しました。', ['account_compromise']],
    ['an outsider logged in to the mail, nothing sent (negative)', '攻撃者が社用メールにログイン。受信メールの一部が閲覧された可能性があります。', []],
    ['an outsider only shown a login screen (negative)', '第三者が当社メールのログイン画面を模した偽サイトを作成し、メールを送信しました。', ['phishing']],
    ['an outsider who may use the address is only feared (negative)', '第三者が当社のメールアドレスを使用して不審なメールを送信する可能性がありますのでご注意ください。', []],
    ['spam sent out after an intrusion into the mail service', '弊社のシステムで利用しているメールサービスに不正アクセスがあり、大量の迷惑メールが国内・海外に発信されている事象が発生しました。', ['account_compromise', 'unauthorized_access']],
    ['spam sent from an account broken into', '取引先に対して、不正アクセスを受けたアカウントからスパムメールが送信されていることを確認しております。', ['account_compromise', 'unauthorized_access']],
    ['spam sent with no intrusion named (negative)', '当社サービスの自動返信メールより、大量の迷惑メールが送信されるという事象が発生いたしました。', []],
    ['spam received after an intrusion (negative)', '不正アクセスの後、職員あてに大量の迷惑メールが配信され、受信が続いております。', ['unauthorized_access']],
    ['spam feared after an intrusion (negative)', '不正アクセスにより流出したアドレスあてに迷惑メールが送信される可能性があります。', ['unauthorized_access']],
    ['own mailbox used to send', '当社社員のメールアカウントが第三者に不正に利用され、取引先あてに不審なメールが送信されました。', ['account_compromise']],
    ['a business chat account broken into, no message told', '弊社従業員が利用しているビジネスチャットツール「Chatwork（チャットワーク）」のアカウントに対し、第三者による不正アクセスが発生したことを確認いたしました。', ['account_compromise', 'unauthorized_access']],
    ['the chat service named as where, then the account', '弊社が提供するカスタマーサポート窓口（Chatwork）において、弊社管理スタッフのアカウントが第三者による不正アクセスを受ける事案が発生いたしました。', ['account_compromise', 'unauthorized_access']],
    ['an SNS account taken over', '弊社公式Instagramアカウントが第三者により乗っ取られていたことが判明しました。', ['account_compromise']],
    ['a mail account only read is no hijack told (negative)', '当社社員が使用するメールアカウントに対し第三者による不正アクセスが確認され、当該アカウント内のメールに含まれる個人データが漏えいした可能性があります。', ['unauthorized_access']],
    ['customers\' chat accounts (negative)', 'お客様のLINEアカウントが第三者に不正にログインされる事象が複数報告されています。', ['unauthorized_access']],
    ['a break-in put as a case (negative)', 'Chatworkアカウントが不正に利用された場合は、速やかにパスワードを変更してください。', []],
    ['spoofed mail sent from the hijacked own account', '当社のアカウントが不正に利用され、不特定多数の方に迷惑メール(なりすましメール)が送信されました。', ['account_compromise']],
    ['phishing mail sent from the hijacked own account', '当社のアカウントが不正に利用され、取引先あてにフィッシングメールが送信されました。', ['account_compromise']],
    ['phishing mail sent from the account, in a sentence of its own', '職員のメールアカウントが第三者に不正に利用されました。当該アカウントから、取引先あてにフィッシングメールが送信されました。', ['account_compromise']],
    ['a phishing mail received as the way in, then the account misused', '職員が受信したフィッシングメールにより認証情報が窃取され、当該アカウントから迷惑メールが送信されました。', ['account_compromise', 'phishing']],
    ['phishing mail sent from the account that also led to a fake site', '当社のアカウントが不正に利用され、フィッシングメールが送信されました。メールのリンク先は当社を装った偽サイトでした。', ['account_compromise', 'phishing']],
    ['spoofed mail with no own account taken', '当社を装ったなりすましメールが送信されていることを確認しました。', ['phishing']],
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
    ['an account signed into from outside and used to send', '職員のMicrosoft 365アカウントにおいて、外部から不正にサインインされ、大量のメールが送信されました。', ['account_compromise', 'unauthorized_access']],
    ['mail sent from the account concerned (該当)', 'その結果、該当アカウントから複数の宛先へメールが送信されていたことが判明しました。', ['account_compromise']],
    ['spam sent from our mail delivery server', '当サイトでメール配信に使用しているサーバーが不正アクセスを受け、当該サーバーより大量の迷惑メールが配信されていました。', ['account_compromise', 'unauthorized_access']],
    ['data sent out from the server is no hijacked account', '当該サーバーから外部へ大量のデータが送信された痕跡を確認しました。', []],
    ['an account signed into, nothing sent', '会員アカウントに外部から不正にサインインされ、登録情報が閲覧された可能性があります。', ['unauthorized_access']],
    ['messages sent through our management screen on a booking platform', '弊社で管理しているBooking.com社の管理システムを使用して、フィッシングサイトへ誘導するメッセージが配信されていることを確認いたしました。', ['account_compromise', 'phishing']],
    ['the management system reached, messages sent by way of it', '予約情報管理システム(以下、管理システム)に対して不正アクセスが発生し、同社システムを経由して一部のお客様にフィッシングサイトに誘導するメッセージが配信されました。', ['account_compromise', 'phishing', 'unauthorized_access']],
    ['the platform\'s system attacked, messages from someone else (negative)', 'Booking.com社の宿泊予約管理システムが不正アクセスを受け、悪意のある人物により一部のお客様に対してフィッシングサイトへ誘導するメッセージが配信されました。', ['phishing', 'unauthorized_access']],
    ['messages by a chat app after a booking through the platform (negative)', '当ホテルが利用している予約サイトの管理画面が不正アクセスを受け、一部のお客様に対してWhatsApp等のメッセージアプリを通じてフィッシングサイトに誘導するメッセージが配信されました。', ['phishing', 'unauthorized_access']],
    ['the mail sent from our address, called phishing a sentence later', '職員のメールアカウントが不正に利用されました。当該職員のメールアドレスから不審なメールが送信されてきたとの連絡がありました。確認したところ、フィッシングメールであることが判明しました。', ['account_compromise']],
    ['a phishing mail received, a sentence after mail sent (negative)', '職員のメールアカウントが不正に利用されました。当該職員のメールアドレスから不審なメールが送信されていました。原因は、職員が受信したフィッシングメールでした。', ['account_compromise', 'phishing']],
    ['spam sent from our official address, the address in brackets', '不審なメールが弊社公式メールアドレス(info@example.jp)から配信されていることが確認されています。', ['account_compromise']],
    ['our address used for spam, hedged as a past event', '弊所が使用しているメールアドレスが、悪意のある第三者からの迷惑メールの配信に利用された恐れがあることが判明しました。', ['account_compromise']],
    ['mail against our will sent through our delivery service', '当社が利用する外部メール配信サービスにおいて、APIキーが第三者に不正取得され、当社の意図しないメールが大量に送信されていた事実が判明いたしました。', ['account_compromise']],
    ['a customer\'s address used for spam is not ours (negative)', 'お客様のメールアドレスが迷惑メールの送信に利用された事例が報告されています。', []],
    ['our address used for spam only as a case supposed (negative)', '当社のメールアドレスが迷惑メールの送信に利用された場合には、改めてお知らせいたします。', []],
    ['our address to be used for spam is a danger, not an event (negative)', '当社のメールアドレスが迷惑メールの送信に利用される恐れがあります。', []],
    ['a login to the booking site in one sentence, messages to guests in another', '一部のお客さまに対してフィッシングサイトへ誘導する通知が2026年1月4日に配信されたことが確認されました。また、調査の結果、一部海外のオンライン予約サイト（以下：同予約サイト）への不正ログインが行われたことが確認されました。', ['account_compromise', 'phishing', 'unauthorized_access']],
    ['the management system\'s credentials misused, messages sent to guests', '対象ホテルを予約された一部のお客様にフィッシングサイトに誘導するメッセージが配信されました。本事態は管理システムの認証情報が不正に利用された可能性が高い状況となっております。', ['account_compromise', 'phishing', 'unauthorized_access']],
    ['a login to the booking site, no message sent (negative)', '一部海外のオンライン予約サイトへの不正ログインが行われ、一部のお客さまの個人情報が漏えいしました。', ['unauthorized_access']],
    ['a login to the booking site, messages only feared (negative)', '予約サイトへの不正ログインが確認されました。今後、お客さまに不審なメッセージが送信される可能性がありますのでご注意ください。', ['unauthorized_access']],
    ['hijacked account sent phishing', '学生のメールアカウントがフィッシングによる不正アクセスを受け、学外へフィッシングメールが送信されました。', ['account_compromise', 'phishing', 'unauthorized_access']],
    ['mail whose purpose is phishing, sent from the hijacked account', '従業員のメールアカウントが第三者により不正にアクセスされ、当該アカウントからフィッシングを目的とすると思われる不審なメールが送信される事象が発生しました。', ['account_compromise', 'unauthorized_access']],
    ['phishing-purpose mail sent from the account, beside mail exchanged (送受信) that leaked', '従業員のメールアカウントが不正アクセスを受け、過去に送受信したメールが漏えいした可能性があること、及び、当該アカウントからフィッシングメールが送信される事象が発生したことを確認しました。', ['account_compromise', 'unauthorized_access']],
    ['a phishing mail received as the way in stays phishing (negative)', '職員が受信したフィッシングメールにより認証情報が窃取され、当該アカウントからフィッシングを目的としたメールが送信されました。', ['account_compromise', 'phishing']],
    ['phishing as a purpose of an attack, no mail sent from an account (negative)', 'フィッシングを目的とした偽サイトが確認されました。', ['phishing']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: an operation by someone not allowed to', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a terminal operated by a third party', '当該従業員が使用していた端末が第三者により不正に操作されたことを確認いたしました。', ['unauthorized_access']],
    ['a trace of an operation on the server', '調査を進めた結果、当社のサーバー内において不正な操作をした痕跡を確認しております。', ['unauthorized_access']],
    ['an operation named as the cause of a possible leak', '当社では、本件を不正操作による個人情報漏洩の可能性と判断しました。', ['unauthorized_access']],
    ['an operation looked for (negative)', '当該サーバーについては、不正な操作や情報持ち出しの有無を含めた詳細な調査を実施しております。', []],
    ['an operation said not to be found (negative)', 'ログ等を確認した結果、PC端末上での情報漏洩に繋がるような不正操作は確認されておりません。', []],
    ['a measure that alerts on an operation (negative)', '再構築にあたり、認証機能の強化や不正な操作でアラートを出せる仕組みを盛り込みます。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: where a file was placed', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a program placed on the homepage', '当社ホームページにおいて第三者による不正アクセスが確認され、一部に不正なプログラムが設置されていたことが判明いたしました。', ['unauthorized_access', 'web_tampering']],
    ['a file placed on the server that runs the site (negative)', '第三者が不正アクセスを行い、本件サイトを運用していたサーバに不正なファイルが設置され、当該ファイルが実行されたため。', ['unauthorized_access']],
    ['a file placed in part of the system, the site named before (negative)', '本サイトの運用サーバーにおいて、外部からの不正アクセスにより、システムの一部に不審なファイルが設置されていることが判明いたしました。', ['unauthorized_access']],
    ['a file placed in a customer\'s area, no site named (negative)', '一部のお客さま領域において不審なファイルが設置された痕跡を確認しております。', []],
    ['a file placed on the site itself', '当社ウェブサイトに不正なファイルが設置され、閲覧者が外部へ誘導されていました。', ['web_tampering']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a program said to have run', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a program run on a provider\'s equipment', '当該サービスを提供する設備上で不正なプログラムが実行されていたことの報告を受けました。', ['malware']],
    ['a program run by an outsider, the run its predicate', '外部の第三者が当社サーバー上で不正なプログラムを実行し、購入者情報を外部へ送信しました。', ['malware']],
    ['a program placed and run', 'Webサーバーに外部から不正なプログラムが設置および実行されたことが確認されました。', ['malware']],
    ['a program placed only, no run (negative)', 'Webサーバー上に外部から不正なプログラムが設置されていたことが判明しました。', []],
    ['a run named as a harm to prevent (negative)', '不正アクセスを受けたため、不正なプログラムの実行による二次被害の発生を防ぐ目的で、サーバーを隔離しました。', ['unauthorized_access']],
    ['a run whose trace was not found (negative)', '調査の結果、不正なプログラムが実行された痕跡は確認されませんでした。', []],
    ['a run a reader is warned of (negative)', '不審なファイルを開くと、不正なプログラムが実行されるおそれがありますのでご注意ください。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: the one system attacked, taken offline', () => {
  test.each<[string, string, IncidentType[]]>([
    ['the attacked system named back and stopped (negative)', '本学は、本件発覚後ただちに当該システムを停止し、専門機関と連携して原因の調査を行いました。', []],
    ['the system named back, stopped with its network cut (negative)', '発覚後、該当システムの停止およびネットワークからの遮断を行い、拡大防止措置を講じております。', []],
    ['systems stopped to contain the attack', '情報漏えいの拡大を防ぐため、関連するシステムを停止しました。', ['outage']],
    ['the systems a measure covers', '- 対象システムの停止', ['outage']],
    ['a named system stopped', '被害拡大防止の観点から写真販売システムを一時停止しております。', ['outage']],
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
    ['a ransomware attack spelt ウエア on a system', '印刷会社において，工場のシステムがランサムウエアによるサイバー攻撃を受けました。', ['ransomware']],
    ['the kind in brackets after the attack', '委託先がサーバー攻撃（ランサムウェア攻撃）を受けました。', ['ransomware']],
    ['a server attack alone', '先月、当会のサーバーがサーバー攻撃を受けました。', ['unauthorized_access']],
    ['a transfer fraud beside an intrusion is not other', '不正アクセスを受けた端末から不正送金が行われました。', ['unauthorized_access']],
    ['a supposed attack settled by the kind found', '当社はサイバー攻撃を受けた可能性があり、一部のサーバーでランサムウェアが検出されました。', ['ransomware']],
    ['a supposed attack settled in the next sentence', '共有フォルダが開けなくなり、サイバー攻撃の疑いがあると判断しました。調査の結果、ランサムウェアへの感染が判明しました。', ['ransomware']],
    ['an attack whose only named kind is an infection', '当社はサイバー攻撃を受け、一部のサーバーでランサムウェアが検出されました。', ['ransomware']],
    ['an attack that spread an infection', '工場のシステムがサイバー攻撃の影響を受け、これ以上の感染拡大を防ぐため通信を遮断しました。', ['malware']],
    // The organization's machine named as what the attack hit: the attack reached inside (fresh120g: 3 releases, no tuning release against).
    ['a server hit by an attack, beside an encryption', '2024 年 11 月 27 日、FEC 社内のサーバーがサイバー攻撃を受け、データが暗号化されていることが確認されました。', ['ransomware', 'unauthorized_access']],
    ['a system hit by a third party\'s attack, beside an outage', '当社のシステムが害意ある第三者からのサイバー攻撃を受け、システム障害が発生しました。', ['outage', 'unauthorized_access']],
    ['a server hit, then work stopped', '調査の結果、当社のサーバがサイバー攻撃を受けたことを確認しました。この遮断措置に伴い、業務への影響が生じています。', ['outage', 'unauthorized_access']],
    ['an attack named as the cause, a server only after it (negative)', 'サイバー攻撃の影響を受け、当社のサーバーにおいてシステム障害が発生しました。', ['outage']],
    ['a service, not a machine, hit beside an infection (negative)', '同サービスがサイバー攻撃を受け、ランサムウェアに感染しました。', ['ransomware']],
    ['an asserted attack beside tampering stays', '当社はサイバー攻撃を受け、公式サイトのページが改ざんされました。', ['unauthorized_access', 'web_tampering']],
    ['an attack beside a named intrusion stays', '当社はサイバー攻撃を受け、不正アクセスによりランサムウェアに感染しました。', ['ransomware', 'unauthorized_access']],
    ['an attack named only as the cause of an outage', '弊社は、2026年3月25日にサイバー攻撃の影響を受け、一部のサーバーにおいてシステム障害が発生しました。', ['outage']],
    ['an attack behind a system failure that goes on', 'サイバー攻撃被害に伴うシステム障害の発生により、一部お支払方法に制限が生じている状況が継続しております。', ['outage']],
    ['an attack from outside behind an outage stays an intrusion', '弊社は外部からのサイバー攻撃を受け、被害拡大防止のため以下のサイトを一時的に停止しております。', ['outage', 'unauthorized_access']],
    ['an attack beside an outage and a named intrusion (negative)', 'サイバー攻撃を受け、システム障害が発生しました。調査の結果、VPN機器を経由した不正アクセスが確認されました。', ['outage', 'unauthorized_access']],
    ['an attack with no outage stays an intrusion (negative)', '当社のサーバがサイバー攻撃を受けたことを確認しました。', ['unauthorized_access']],
    ['servers of the infection taken offline (negative)', 'ランサムウェアを検知したため、感染サーバーの停止を行いました。', ['ransomware']],
    ['an attack from outside beside an infection stays an intrusion', '当社の一部サーバーに対して外部から攻撃を受け、ランサムウェアの感染が確認されました。', ['ransomware', 'unauthorized_access']],
    ['an outside cyber attack beside an infection stays an intrusion', '同サービスが外部からのサイバー攻撃を受け、ランサムウェアに感染しました。', ['ransomware', 'unauthorized_access']],
    ['an attack of no stated origin beside an infection (negative)', '同サービスがサイバー攻撃を受け、ランサムウェアに感染しました。', ['ransomware']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: rows of a list of harms that may follow', () => {
  test.each<[string, string, IncidentType[]]>([
    ['phishing in a list of possible secondary harms', '当社サーバーが不正アクセスを受けました。\n\n不正取得された情報が悪用された場合、以下の二次被害が考えられます。\n\n- なりすましや詐欺行為\n- 架空請求やフィッシングメール', ['unauthorized_access']],
    ['phishing in a list of what happened (negative)', '当社で発生した事象は以下のとおりです。\n\n- 偽サイトへ誘導するフィッシングメールの送信\n- 会員情報の流出', ['phishing']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a support scam\'s fake warning', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a fake virus warning on a PC', 'パソコン端末でインターネットを閲覧中、画面に表示された偽のウイルス警告を契機として端末が外部から不正に接続され、遠隔操作されました。', ['unauthorized_access']],
    ['the trojan a caller claimed', '偽の Windows の警告画面が表示され、電話したところ「トロイの木馬というウイルスに感染したため、パソコンがロックされている状態です」と言われ、遠隔操作ソフトをインストールしました。', ['unauthorized_access']],
    ['a warning quoted as a detection', 'サポート詐欺に遭い、画面上に「ウイルスを検出した」とする警告表示が現れ、第三者による遠隔操作を受けました。', ['unauthorized_access']],
    ['malware found on the PC afterwards is still malware (negative)', 'サポート詐欺に遭った端末を調査したところ、マルウェアへの感染が確認されました。', ['malware']],
    ['a virus found with no scam told (negative)', '調査の結果、職員のパソコンがウイルスに感染していることを確認しました。', ['malware']],
    ['a warning about a broken signature is no scam (negative)', 'インストーラーを実行するとデジタル署名が無効である旨の警告メッセージが表示され、ウイルスが含まれていることが判明しました。', ['malware']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: one exposed state named twice', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a heading repeats a state an intrusion made', '当該不正アクセスを受けたアカウントから、一部の個人情報が閲覧可能な状態であったことが確認されました。\n\n## 【閲覧可能な状態にあった情報】\n\n- 氏名、メールアドレス', ['unauthorized_access']],
    ['a setting flaw that let an attack in, named again alone', '外部機器の設定に不備があり、その脆弱性から不正アクセスを受けました。\n\n※本件発覚後、システム会社が点検を行い設定の不備を確認しました。', ['unauthorized_access']],
    ['a state told as the vendor\'s report after the intrusion', '委託先の社内システムが不正アクセスを受け、第三者が加入者の情報を閲覧できる状態になっていました。\n\n委託先より、当市のお客様の情報について閲覧できる状態になっていたとの報告がありました。', ['unauthorized_access']],
    ['a setting error first only supposed is still one (negative)', '設定ミスの可能性があると考え、調査を行いました。\n\n調査の結果、設定ミスにより名簿が閲覧可能な状態であったことが判明しました。', ['misconfiguration']],
    ['a setting error with no attack (negative)', '共有フォルダの公開設定に誤りがあり、名簿が外部から閲覧可能な状態となっていました。', ['misconfiguration']],
    ['a setting flaw joined by 上の, an outsider using the server', 'メール送信サーバにおいて設定上の不備があり、第三者により迷惑メール送信の踏み台として利用される事案が発生いたしました。', ['misconfiguration']],
    ['a setting flaw named with an intrusion the sentence denies', '本件はシステム設定上の不備によるものであり、外部からの不正侵入や利用者アカウントの不正取得は確認されておりません。', ['misconfiguration']],
    ['a setting flaw joined by 上の that let an attack in (negative)', 'ネットワーク機器の設定上の不備を突かれ、外部から不正アクセスを受けました。', ['unauthorized_access']],
    ['an inappropriate setting that let outsiders relay mail', 'SMTPサーバの不適切な設定により、外部からのメール中継が可能な状態となっていました。', ['misconfiguration']],
    ['a setting done right is no flaw (negative)', '現在は適切な設定により安全に運用されていることを確認しております。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a credential or a privilege misused', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a privilege used by a third party, the misuse its predicate', '外部専門機関の調査において、第三者により管理者権限が不正に使用された事が確認されました。', ['unauthorized_access']],
    ['staff IDs misused', '本学の教員が利用するメールサーバの一つで、2名の教員のIDが不正に利用され、受信メールが閲覧された可能性があります。', ['unauthorized_access']],
    ['a credential\'s misuse told as a noun', '弊社が利用するメール送信システムの一部において第三者による不正な認証情報の利用を確認いたしました。', ['unauthorized_access']],
    ['a case supposed (negative)', 'パスワードが不正に利用された場合に備え、定期的な変更をお願いいたします。', []],
    ['a danger to readers (negative)', '流出したIDが不正に利用されるおそれがありますので、パスワードを変更してください。', []],
    ['a check for misuse (negative)', '全アカウントについて、IDが不正に利用されていないかを確認しております。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: mail impersonating someone, reported as sent or received', () => {
  test.each<[string, string, IncidentType[]]>([
    ['mail posing as the hotel reported as sent', '一部のお客様より、当館を装った不審なメールが送信されているとのご連絡を受け、調査を実施いたしました。', ['phishing']],
    ['mail posing as the provider reported as received', '弊社のプロバイダ名やサポートメールを装った不審なメールを受信したという情報が寄せられています。', ['phishing']],
    ['a sender address forged and mail sent', '第三者が当館のメールアドレスを送信元アドレスと偽装し不特定多数の宛先に不審メールを送信したものであることが判明しました。', ['phishing']],
    ['such mail only warned of (negative)', '当社を騙るフィッシングメール等にご注意いただきますようお願いいたします。', []],
    ['such mail feared to come (negative)', '今後、当社を装った不審なメールが送信される可能性があります。', []],
    ['such mail put to readers as a case (negative)', '当社を装った不審なメールを受信された場合は、開封せずに削除してください。', []],
    ['mail posing as the office whose sending was itself unauthorized, the office\'s sender misused (negative)', 'サーバーに対する第三者からの不正アクセスがあり、当方のメールアドレスを騙った不審なメールが複数の方へ不正に送信されている事実を確認しております。', ['unauthorized_access']],
    ['mail posing as staff, sent from the hijacked account, is the account compromise (negative)', '弊社従業員１名のメールアカウントが不正アクセスの被害に遭い、弊社従業員を装った不審なメールが送信されていることを確認いたしました。', ['account_compromise', 'unauthorized_access']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a page other than the site\'s own shown', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a page other than intended shown on the site', '弊社のWebサイトが第三者による不正アクセスを受け、一時的に意図しないページが表示されていました。', ['unauthorized_access', 'web_tampering']],
    ['the same told with 本来と異なる', '当該ウェブサイトにおいて、本来とは異なるページが表示されていたことが判明しました。', ['web_tampering']],
    ['an open redirect\'s target page is not the site altered (negative)', '使用していたツールの脆弱性が悪用され、本学とは無関係な内容のページへの転送の起点にされることが判明しました。', ['unauthorized_access']],
    ['a redirect told as a noun is left to the verb forms (negative)', '本学ウェブサイト内の一部ページが第三者による不適切な目的（外部サイトへの転送）に利用される、いわゆる「踏み台」として使用されました。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: what 改ざん governs', () => {
  test.each<[string, string, IncidentType[]]>([
    ['an account number altered is no website (negative)', '第三者の不正アクセスにより、当社グループのホテルにおいて売上金受領口座の改ざんが発生しました。', ['unauthorized_access']],
    ['customer records altered are no website (negative)', '第三者による不正アクセスにより、一部の顧客情報が改ざんされるとともに、外部に漏えいした可能性があることが判明いたしました。', ['unauthorized_access']],
    ['records viewed and altered (negative)', '第三者による不正アクセスにより、情報を閲覧、改ざんされた可能性があることが判明しました。', ['unauthorized_access']],
    ['a website altered', '当社ホームページが第三者により改ざんされ、不審なサイトへ誘導される状態となっておりました。', ['web_tampering']],
    ['the content of a site altered', '当社ウェブサイト上の情報が改ざんされ、本来とは異なる内容が表示されておりました。', ['web_tampering']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a harm the keyword caused, denied', () => {
  test.each<[string, string, IncidentType[]]>([
    ['the leak the access caused is denied, not the access', '今回の不正アクセスによる個人情報の漏洩はなかったことを確認しております。', ['unauthorized_access']],
    ['a leak and a further harm denied, the access taken as given', '不正アクセスにより外部への情報漏えい及び二次被害の事実は確認されていない。', ['unauthorized_access']],
    ['a theft of data denied after the login', '不正ログインによる外部への情報流出の痕跡は見当たらず、調査を継続しております。', ['unauthorized_access']],
    ['the harm itself denied denies the event (negative)', '現時点でランサムウェアによる被害は確認されておりません。', []],
    ['the access itself denied (negative)', '当社サーバーへの不正アクセスは確認されておりません。', []],
    ['an access and a leak both denied, coordinated (negative)', '現時点で当サイトへの不正アクセスや情報漏洩は確認されておりません。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a keyword in a clause closed by 場合', () => {
  test.each<[string, string, IncidentType[]]>([
    ['an access judged so, a case put', 'リスクベース認証により、不正アクセスと判断した場合の利用停止措置を導入しました。', []],
    ['a way in supposed', '上記説が侵入経路である場合は、脆弱性への対応を実施いたします。', []],
    ['a stop period a purchase may overlap', 'ご購入いただいた作品の視聴期間がサービス停止期間にかかる場合、返金いたします。', []],
    ['a screen sometimes shown is an event, 場合が no condition (negative)', '当サイトの一部ページにおいて、不審なログイン画面が表示される場合があることを確認いたしました。', ['phishing']],
    ['a stop told, its own clause closed by a verb (negative)', 'システム障害が発生し、受注業務を停止しております。', ['outage']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: mail that cannot be sent or received', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a failure of mail sending and receiving', '現在、弊社のメール送受信障害が続いており、ご不便をおかけしております。', ['outage']],
    ['a failure of the mail system', 'メールシステムの障害により、お問い合わせへの回答が遅れております。', ['outage']],
    ['mail unsendable as the clue to a hijack is no outage (negative)', 'メールが送信できない事象を調査した結果、メールアカウントへの不正アクセスが判明しました。', ['account_compromise', 'unauthorized_access']],
    ['a failure only looked for (negative)', '念のため、メール障害の有無を確認しております。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a machine or an account compromised (侵害)', () => {
  test.each<[string, string, IncidentType[]]>([
    ['servers and PCs compromised', 'VPN を経由して社内サーバおよび一部の社内 PC が侵害され、データが持ち出されました。', ['unauthorized_access']],
    ['a database seriously compromised', '弊社システムに対する攻撃により、中央データベースが深刻な侵害を受けました。', ['unauthorized_access']],
    ['a contractor\'s equipment compromised by someone', '委託先の業務設備が何者かに侵害を受け、開発環境にアクセスされました。', ['unauthorized_access']],
    ['a shop site compromised is its tampering, not an intrusion of its own (negative)', '当社グループ会社の通販サイトが侵害されて、サイトが改ざんされた事実を把握いたしました。', ['web_tampering']],
    ['a compromise of the system found', 'このたび、弊社が運営するサイトにおいて第三者によるシステム侵害が判明いたしました。', ['unauthorized_access']],
    ['personal data said not to be infringed (negative)', '管理システム内の個人情報が侵害を受けた形跡は確認されなかったとの報告を受けております。', []],
    ['rights infringed (negative)', '第三者の権利を侵害するおそれのある投稿は削除いたします。', []],
    ['a compromise of the database denied (negative)', '本番データベースが侵害された事実は確認されておりません。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a fake website', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a fake website imitating us', '当社の公式サイトを装った偽のウェブサイトが確認されています。', ['phishing']],
    ['a fake shopping site', '当社の商品を掲載した偽ショッピングサイトが開設されていることを確認しました。', ['phishing']],
    ['a fake website only warned of (negative)', '当社を装った偽のWebサイトにご注意ください。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: an event told politely, or in a clause joined by the bare stem', () => {
  test.each<[string, string, IncidentType[]]>([
    ['mail posing as the company, sent (polite progressive)', '一部のお客様より、当社を装った不審なメールが送信されておりますとのご連絡をいただきました。', ['phishing']],
    ['mail posing as the company, sent (polite past)', '本日、当社を装った不審なメールが複数のお客様に送信されました。', ['phishing']],
    ['mail posing as the company, received (polite past)', '当社の取引先が、弊社を装ったメールを受信しました。', ['phishing']],
    ['such mail received, put to readers as a case (negative)', '弊社を装った不審なメールを受信されました場合は、開封せずに削除してください。', []],
    ['such mail feared to come (negative)', '今後、当社を装った不審なメールが送信される可能性があります。', []],
    ['the sender used for sending (polite past)', '弊社の送信元アドレスが、第三者による迷惑メールの送信に利用されました。', ['account_compromise']],
    ['mail sent against the company\'s will (polite past)', '外部メール配信サービスにおいて、当社の意図しないメールが大量に送信されました。', ['account_compromise']],
    ['a sending against its will only feared (negative)', '意図しないメールが送信されることのないよう、設定を見直しました。', []],
    ['the management route joined by the bare stem', '予約管理システムのメール機能を使用し、一部のお客様にフィッシングサイトへ誘導するメッセージが配信されました。', ['account_compromise', 'phishing']],
    ['the management route used, no message sent (negative)', '予約管理システムを使用し、宿泊予約を受け付けております。', []],
    ['a staff member\'s address sending', '弊社スタッフのメールアドレスから、不審なメールが送信されております。', ['account_compromise']],
    ['a staff member\'s address named, nothing sent (negative)', '弊社スタッフのメールアドレスからのご連絡には、必ず署名を記載しております。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: an intrusion suffered, a hack, a device stolen', () => {
  test.each<[string, string, IncidentType[]]>([
    ['an intrusion suffered (侵入を受け)', '当社の業務用サーバーが第三者による侵入を受けました。', ['unauthorized_access']],
    ['a virus that got in is no intrusion (negative)', '一部の端末がウイルスの侵入を受けたことを確認しました。', ['malware']],
    ['an intrusion suffered, denied (negative)', 'サーバーが外部からの侵入を受けた形跡は確認されておりません。', []],
    ['a website hacked', '当社ウェブサイトが第三者によってハッキングされ、トップページが改ざんされました。', ['unauthorized_access', 'web_tampering']],
    ['hacking named as a topic (negative)', 'ハッキングの手口と対策について社内研修を実施します。', []],
    ['a notebook PC stolen', '従業員が業務用ノートPCを車内に置いていたところ、車上でPCが盗まれました。', ['loss_theft']],
    ['a bag with papers stolen', '顧客名簿の入った鞄を盗まれる事案が発生しました。', ['loss_theft']],
    ['data stolen by an intruder names no device (negative)', '不正アクセスにより個人情報が盗まれた可能性があります。', ['unauthorized_access']],
    ['a theft only feared (negative)', '端末が盗まれる可能性があるため、施錠を徹底してください。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a warning quoted from a message is the sender\'s', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a scam message quoted, its threat inside the quotation',
      'お客様に対して、予約管理システムのメール機能を使用し、「確認手続きを完了してください。完了されない場合、ご予約がキャンセルされる可能性があります。」という文章とフィッシングサイトへ誘導するURLが貼付されたメッセージが配信されていることを確認いたしました。',
      ['account_compromise', 'phishing']],
    ['the same warning in the release\'s own words (negative)', '予約管理システムのメール機能を使用し、今後フィッシングサイトへ誘導するメッセージが配信される可能性があります。', []],
    ['a warning to readers after a quoted subject line (negative)', '件名「ご予約の確認」のフィッシングメールにご注意ください。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });

  test.each<[string, number, string]>([
    ['当社を「装う」メールにご注意ください。', 0, '当社をメールにご注意ください。'],
    ['「キャンセルされる可能性があります。」という文章', 3, '「キャンセルされる可能性があります。」という文章'],
    ['「キャンセルされる可能性があります。」という文章', 20, 'という文章'],
    ['完了されない場合、可能性があります。」という文章のメッセージ', 25, 'という文章のメッセージ'],
    ['メール機能を使用し、「確認手続きを完了してください。', 0, 'メール機能を使用し、'],
  ])('outsideQuotes(%j, %i)', (sentence, at, want) => {
    expect(outsideQuotes(sentence, at)).toBe(want);
  });
});

describe('incident types: an adverb scoping its clause\'s verb, an active verb told politely', () => {
  test.each<[string, string, IncidentType[]]>([
    ['誤って before the object of the sending', '担当者が誤ってお客様情報を含むメールを送信しておりました。', ['misdelivery']],
    ['誤って before the goal of the sending', '誤って他のお客様宛てに請求書を送付いたしました。', ['misdelivery']],
    ['誤って with another verb (negative)', '担当者が誤ってファイルを削除しました。', []],
    ['a terminal operated by someone not allowed to (polite active)', '第三者が当社の端末を不正に操作しました。', ['unauthorized_access']],
    ['an operation only checked for (negative)', '端末が不正に操作されていないか確認しております。', []],
    ['a login only checked for (negative)', '全アカウントについて不正ログインがないかを調査しております。', []],
    ['a login told, then checked elsewhere', '当社サーバーへの不正ログインを確認したため、他のサーバーに同様の痕跡がないか調査しております。', ['unauthorized_access']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: an outsider as the agent, a wrong destination, staff\'s use outside work', () => {
  test.each<[string, string, IncidentType[]]>([
    ['someone logged in to the management screen', '何者かが管理画面にログインし、会員情報を閲覧しておりました。', ['unauthorized_access']],
    ['an attacker logged in with stolen credentials', '攻撃者によって窃取された認証情報でクラウドサービスにログインされました。', ['unauthorized_access']],
    ['staff who log in (negative)', '従業員が管理画面にログインし、設定を変更しました。', []],
    ['papers faxed to a wrong number', '書類を誤った宛先にFAXで送信いたしました。', ['misdelivery']],
    ['addresses put in TO, not BCC', 'メール送信時に宛先をBCCではなくTOに設定したため、他の方のメールアドレスが表示される状態となりました。', ['misdelivery']],
    ['the right destination checked (negative)', '送付先を二重に確認する手順を定めております。', []],
    ['staff who read data for ends outside their work', '当社社員が業務外の目的で顧客情報を閲覧しておりました。', ['insider']],
    ['use outside work forbidden, as a rule (negative)', '従業員が顧客情報を業務目的外で利用しないよう社内規程で定めております。', []],
    ['a view outside work forbidden (negative)', '従業員が業務目的外で顧客情報を閲覧することを禁止しております。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: work taken up again, the work the topic of its clause', () => {
  test.each<[string, string, IncidentType[]]>([
    ['work marked by については, its verb a clause later', 'なお、リスク遮断措置によって影響を受けていた業務については、安全確認およびリスク対策が完了したものから、順次再開しています。', ['outage']],
    ['a service marked by については, resumed politely', '今後順次再開を予定している弊社サービスについては、セキュリティ対策の強化を実施し、安全性を確認したうえで再開いたします。', ['outage']],
    ['work marked by は', 'お客様相談窓口業務は10日から現在にかけて再開しております。', ['outage']],
    ['work resumed the same day it was found (negative)', '通常業務については、発覚当日に安全を確認のうえ再開しております。', []],
    ['work said to go on, nothing resumed (negative)', '業務については、通常どおり継続しております。', []],
    ['an account\'s service resumed (negative)', '当該アカウントのサービスは、パスワード変更後に再開いたしました。', []],
    ['a resumption still to come, before a nominalizer', '対応が完了したことを受けサービスを再開することといたしました。', ['outage']],
    ['a resumption judged fit, the verb before こと', '現時点で得られている調査結果を総合的に勘案し、業務を再開することが妥当であると判断しております。', ['outage']],
    ['a resumption named as a decision', '## 4. 業務再開についての判断', ['outage']],
    ['a resumption planned', 'すべての確認作業が完了次第、サービスを順次再開することを予定しております。', ['outage']],
    ['a recovery as the topic, its progress a clause later', 'システム等の復旧につきましては、安全性の確認を最優先とし、段階的に進めてまいります。', ['outage']],
    ['an account\'s use to be resumed (negative)', 'パスワードの変更後、アカウントの利用を再開することが可能です。', []],
    ['a recovery said to be done, something else under way (negative)', 'システムの復旧につきましては完了しており、再発防止策の検討を進めております。', []],
    ['a resumption that needs no stop, a case put to readers (negative)', 'ご利用を再開する際は、新しいパスワードでログインしてください。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: work stopped, a service no longer given', () => {
  test.each<[string, string, IncidentType[]]>([
    ['the shop\'s business suspended', 'オンラインショップの営業を一時休止しております。', ['outage']],
    ['shipping stopped', '基幹システムの停止に伴い、製品の出荷を一時停止しております。', ['outage']],
    ['every service called off (中止)', '本件の影響により、全サービスの提供を中止しております。', ['outage']],
    ['a service that can no longer be given', 'サーバーが停止したため、サービスの提供ができなくなっております。', ['outage']],
    ['shipping said to go on (negative)', '製品の生産および出荷に影響はなく、通常どおり稼働しております。', []],
    ['a function stopped as the first response (negative)', '当該機能を停止し、ネットワーク遮断等の初動対応を実施しました。', []],
    ['a login failing for one user, a case put (negative)', 'ログインができなくなっている場合には、問い合わせ窓口までご連絡ください。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a fake screen is tampering where the release tells the script from outside that put it there', () => {
  test.each<[string, string, IncidentType[]]>([
    ['the route in the screen\'s sentence (を経由し)', '当サイトの一部ページにおいて、外部サービス（polyfill.io）を経由し、不審な認証画面が表示される事象が発生していたことを確認いたしました。', ['phishing', 'web_tampering']],
    ['the route in brackets, 経由で', '「よくあるご質問」ページにおきまして、当該ページで利用していた外部サービス「polyfill .io」経由で、意図しない認証情報入力画面が表示される事象が発生しておりました。', ['phishing', 'web_tampering']],
    ['a script delivery service (を通じた)', 'このたび、当サイトの一部ページにおいて、外部スクリプト配信サービス（polyfill.io）を通じた不審なログイン画面が表示される事象が発生しました。', ['phishing', 'web_tampering']],
    ['the cause told in a later sentence (の影響により)', 'お客様情報登録フォームのページへアクセスされた際に、意図しない認証画面が表示される事象を確認いたしました。当社にて調査を実施した結果、Webサイトの表示機能を補完するために利用していた外部提供プログラム（polyfill[.]io）の影響により、一部のお客様に対して当社が想定していない認証画面が表示されておりました。', ['phishing', 'web_tampering']],
    ['the cause told as 起因', '当社Webサイトの一部ページで不審な認証画面が表示される事象を確認しました。本事象は、当社が利用していた外部サービス（polyfill.io）に起因するものです。', ['phishing', 'web_tampering']],
    ['only the screen and its domain told (negative)', '「ほぼ日」の一部ウェブページにて、「https://polyfill.io」というドメイン名で、不審な認証画面が表示されたことを確認しました。', ['phishing']],
    ['only the screen told (negative)', '当社ウェブサイトの一部で、以下のようにpolyfill.ioへのサインインを求める不審な認証画面の表示を確認しております。', ['phishing']],
    ['a screen shown at times (場合がある), the route told', '当サイトの一部ページにおいて、外部スクリプト配信サービス（polyfill.io）を通じた不審なログイン画面が表示される場合があることを確認いたしました。', ['phishing', 'web_tampering']],
    ['a screen put to readers as a case (場合は, negative)', '当サイトの一部ページにおいて外部サービス（polyfill.io）を経由した不審なログイン画面が表示された場合は、情報を入力せずに画面を閉じてください。', []],
    ['a screen that may show, with a warning (場合がございます…ご注意, negative)', '外部サービス（polyfill.io）を経由し、当サイトの一部ページで不審なログイン画面が表示される場合がございますので、ご注意ください。', []],
    ['an outside service named, not as the screen\'s route (negative)', '当サイトの一部ページで不審な外部認証画面が表示される事象を確認しております。なお、外部サービスの利用状況についても確認を進めております。', ['phishing']],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: a stop said to go on is an outage', () => {
  test.each<[string, string, IncidentType[]]>([
    ['a network cut kept up (遮断の措置を継続)', '引き続き、社内ネットワークおよびインターネット接続は遮断の措置を継続しており、外部の専門機関と連携のもと安全性確認を進めております。', ['outage']],
    ['a network cut kept up (切断を継続)', '影響が懸念される周辺サーバに関しては切り離しと停止処置を行い、社内を含むネットワークの切断を継続しております。', ['outage']],
    ['access to the site kept stopped', 'ウェブサイトへのアクセス停止を継続するとともに、外部からのアクセス調査及び復旧、再発防止に向けた対応を進めております。', ['outage']],
    ['a block on the attacker\'s traffic kept up (negative)', '攻撃元と見られるIPアドレスからのアクセスの遮断を継続し、監視を強化しております。', []],
    ['a stop said to be over (negative)', 'ネットワークの遮断は解除し、通常どおり運用しております。', []],
    ['a stop kept up while business goes on unaffected (negative)', '一部サーバーの停止を継続しておりますが、事業活動への影響はございません。', []],
    ['an attack beside a stop kept up: the stop is the response, the attack still an intrusion', '今回のサイバー攻撃を受け、影響が懸念される周辺サーバに関しては切り離しと停止処置を行い、社内を含むネットワークの切断を継続しております。', ['outage', 'unauthorized_access']],
    ['an attack named only as the cause of a failure (negative)', 'サイバー攻撃の影響を受け、一部のサーバーにおいてシステム障害が発生しております。', ['outage']],
    ['a failure named by its cause (に起因する障害)', '8月5日11時頃に、当社データセンターにて発生した不正アクセスに起因する障害についてご報告申し上げます。', ['outage', 'unauthorized_access']],
    ['a failure named by its cause (による障害のため)', '当サイトはDDoS攻撃による障害のため、閲覧しづらい状況が続いております。', ['outage']],
    ['a failure by its cause denied (negative)', 'なお、今回の停電による障害は発生しておりません。', []],
    ['a failure by its cause only looked into (negative)', '停電による障害の有無について確認を進めております。', []],
    ['people with a disability, no failure (による障害者, negative)', '病気による障害者手帳の番号も含まれておりました。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});

describe('incident types: each type in the plain words a release may use instead of its keyword', () => {
  test.each<[string, string, IncidentType[]]>([
    // unauthorized_access: the outsider the login's agent, however long the means between them
    ['an outsider logs in with stolen credentials, a long means between agent and verb', '何者かが当社の従業員のIDとパスワードを使って社内システムにログインしていたことが判明しました。', ['unauthorized_access']],
    ['an outsider signs in, the agent set off by a comma', '第三者が、何らかの方法で入手した管理者のIDとパスワードを用いて管理画面にログインしたことを確認しました。', ['unauthorized_access']],
    ['an outsider accessing without leave (許可なく)', '第三者が当社のクラウドストレージに許可なくアクセスしていたことが判明しました。', ['unauthorized_access']],
    ['a login as someone else (なりすましログイン)', '当社の会員サイトにおいて、第三者によるなりすましログインが確認されました。', ['unauthorized_access']],
    ['an outsider\'s login supposed (negative)', '第三者がログインする可能性があるため、パスワードを変更してください。', []],
    ['an outsider\'s login with credentials found absent (negative)', '何者かがIDとパスワードを使ってログインした痕跡はありませんでした。', []],
    ['credentials asked of the reader (negative)', 'ログインの際はIDとパスワードを入力してください。', []],
    ['a vulnerability used, passive (脆弱性を利用され)', '当社ウェブサーバーの脆弱性を利用され、データベースの情報が窃取されました。', ['unauthorized_access']],
    ['a vulnerability aimed at, and an intruder who got in (狙われ, 入り込まれ)', 'VPN機器の脆弱性が狙われ、社内ネットワークに入り込まれました。', ['unauthorized_access']],
    ['an outsider who got in (第三者が…入り込み)', '第三者が当社サーバーに入り込み、ファイルを閲覧した形跡が確認されました。', ['unauthorized_access']],
    ['a connection that should not have been, as an event', '弊社サーバーに外部から不正な接続があったことが判明しました。', ['unauthorized_access']],
    ['a use of a vulnerability denied (negative)', '当社サーバーの脆弱性を利用した攻撃は確認されておりません。', []],
    ['a use of a vulnerability supposed (negative)', '脆弱性を利用される可能性があるため、修正プログラムを適用しました。', []],
    ['a connection blocked, no event (negative)', '不正な接続を遮断する仕組みを導入しております。', []],
    // ransomware: extortion
    ['a threat from the attackers (脅迫を受け)', '攻撃者から脅迫を受け、当社は警察に相談しております。', ['ransomware']],
    ['a threat to publish stolen data', 'ハッカー集団から、盗んだデータを公開するとの脅迫を受けました。', ['ransomware']],
    ['a ransom note left on a server', 'サーバー内に脅迫文が残されていました。', ['ransomware']],
    ['a ransom demanded', '攻撃者から身代金の支払いを要求されました。', ['ransomware']],
    ['data put on the attackers\' leak site', '攻撃グループのリークサイトに当社の情報が公開されていることを確認しました。', ['ransomware']],
    ['a leak site watched, nothing on it (negative)', 'リークサイトにおいて、弊社データの公開は確認されていません。', []],
    ['a threat warned of as a harm to come (negative)', '第三者からの金銭的要求や脅迫行為にご注意ください。', []],
    ['threatening words typed into a form (negative)', 'お問い合わせフォームに脅迫文が入力され、自動返信メールで送信されました。', []],
    ['a threat refused as a policy (negative)', '当社は脅迫に応じることはありません。', []],
    ['a leak site watched for a posting (がないか監視, negative)', 'リークサイトへの掲載がないか監視を続けております。', []],
    ['a leak site watched, 有無 without の (negative)', 'リークサイトへの掲載有無を引き続き監視しております。', []],
    ['a taking out looked into (かどうかを調査, negative)', '元従業員が顧客情報を持ち出したかどうかを調査しております。', []],
    ['a mistake to prevent, the verb nominalized (することのないよう, negative)', '宛先を誤って送信することのないよう、チェック体制を強化します。', []],
    ['papers to keep from being thrown away (negative)', '書類を誤って廃棄することのないよう、管理を徹底します。', []],
    ['a file put on the site by mistake (誤って掲載)', '個人情報を含むファイルが当社ウェブサイト上に誤って掲載されていました。', ['misconfiguration']],
    ['a list published by mistake (間違えて公開してしまい)', '担当者が名簿を間違えて公開してしまいました。', ['misconfiguration']],
    ['a posting by mistake to prevent (negative)', '誤って掲載することのないよう、確認体制を見直します。', []],
    ['malware spelled with the large エ (マルウエア)', '従業員のパソコンがマルウエアに感染していることが判明しました。', ['malware']],
    ['マルウエア found absent (negative)', 'その後の調査において、ランサムウエア等のマルウエアへの感染は確認されていません。', []],
    ['a spoofed site spelled with kanji (成りすましサイト)', '当社の成りすましサイトが確認されました。', ['phishing']],
    ['a spoofed site to beware of (negative)', '当社の成りすましサイトにご注意ください。', []],
    ['money asked in a support scam (negative)', '偽の警告画面に表示された番号に電話したところ、攻撃者から金銭を要求されました。', []],
    ['a PC shut down, not lost (電源を落とし, negative)', '感染が疑われるPCの電源を落とし、ネットワークから切り離しました。', []],
    // malware
    ['malicious software named in plain words', '従業員のパソコンが悪意あるソフトウェアに感染していたことが判明しました。', ['malware']],
    ['a malicious program that infected a PC', '業務用パソコンが悪意のあるプログラムに感染し、外部と通信していたことが判明しました。', ['malware']],
    ['an intrusion of malware to prevent (negative)', 'マルウェアの侵入を防ぐため、セキュリティ対策を強化いたします。', []],
    ['an infection to prevent (negative)', 'ウイルス感染を防ぐための対策を講じてまいります。', []],
    ['an infection to prevent, the verb negated before よう (negative)', '悪意あるソフトウェアに感染しないよう、OSを最新の状態に保ってください。', []],
    ['a spread stopped says something was infected', 'ウイルス感染の拡大を防止するため、当該端末を隔離しました。', ['malware']],
    // misdelivery
    ['a destination mixed up (送付先を取り違え)', '書類の送付先を取り違え、別のお客様に送付してしまいました。', ['misdelivery']],
    ['a destination mistaken (宛先を間違えて)', '宛先を間違えてメールを送信してしまいました。', ['misdelivery']],
    ['mistakenly, in plain words (間違えて)', '間違えて別のお客様にメールを送信しました。', ['misdelivery']],
    ['a destination typed wrong (宛先の入力を誤り)', '宛先の入力を誤り、関係のない第三者にメールを送信しました。', ['misdelivery']],
    ['papers put in by mistake (誤って同封)', '他の方の書類を誤って同封してしまいました。', ['misdelivery']],
    ['BCC put in the visible field (TO（宛先）に入力)', '担当者がBCCで送るべきところをTO（宛先）に入力して送信したため、受信者にメールアドレスが表示されました。', ['misdelivery']],
    ['sent to someone else, the mistake in てしまう', '請求書を別のお客様に送付してしまう事案が発生しました。', ['misdelivery']],
    ['a destination to get right, the verb negated before よう (negative)', '宛先を誤らないよう、ダブルチェックを徹底いたします。', []],
    ['a destination checked (negative)', '送付先の確認を徹底いたします。', []],
    ['an address set wrong, no mail (negative)', 'IPアドレスを誤って設定していました。', []],
    // loss_theft
    ['a USB memory lost, in plain words (なくしました)', '職員がUSBメモリをなくしました。', ['loss_theft']],
    ['papers dropped and lost (落としてしまい)', '職員が外出先で個人情報を記載した書類を落としてしまいました。', ['loss_theft']],
    ['a medium\'s whereabouts unknown', 'USBメモリの所在がわからなくなりました。', ['loss_theft']],
    ['papers thrown away by mistake', '答案用紙を誤って廃棄していました。', ['loss_theft']],
    ['a device to keep, the verb negated (negative)', 'USBメモリをなくさないよう管理を徹底します。', []],
    ['a device dropped and broken (negative)', 'パソコンを落として破損させました。', []],
    ['an oversight, not a loss (見落とし, negative)', '重要な書類を見落としていました。', []],
    // insider
    ['a former employee took data out (no 不正に)', '元従業員が在職中に顧客情報を持ち出していたことが判明しました。', ['insider']],
    ['a contractor\'s employee took data out', '委託先の従業員が個人情報を外部に持ち出していたことが判明しました。', ['insider']],
    ['a former employee obtained data and passed it on', '元従業員が顧客情報を不正に取得し、第三者に提供していました。', ['insider']],
    ['staff reading data unrelated to their work', '職員が業務と関係なく個人情報を閲覧していたことが判明しました。', ['insider']],
    ['an attacker took staff\'s data (negative)', '攻撃者が従業員の個人情報を持ち出した可能性があります。', []],
    ['a seal carried out as a fraudster told (negative)', '当該従業員が社内の銀行届出印を持ち出し、銀行窓口にて振込手続を行いました。', []],
    ['papers taken out for work, then lost: the loss (no insider)', '従業員が業務のため顧客情報を持ち出した際に、鞄ごと紛失しました。', ['loss_theft']],
    ['taking out forbidden (negative)', '個人情報の持ち出しを禁止しております。', []],
    ['taking out found absent (negative)', '従業員による持ち出しの事実は確認されておりません。', []],
    // the rest, in other words than the keyword's
    ['a site altered, told as 改変', 'リンクをクリックすると外部のサイトに遷移するよう、第三者により改変されていました。', ['web_tampering']],
    ['a site file\'s alteration found (の改変を確認)', 'ファイルの変更を調査し、当社サイトのテーマファイルの改変を確認しました。', ['web_tampering']],
    ['the organization\'s own change (改変することにより, negative)', '個人情報を保存しないシステムに改変することにより、セキュリティ対策を強化します。', []],
    ['a script put into the pages', '弊社サイトに不審なスクリプトが埋め込まれ、顧客情報が漏洩した可能性があります。', ['web_tampering']],
    ['links put into a site\'s pages', '本学ウェブサイト内にオンラインカジノに関するリンクが複数埋め込まれていました。', ['web_tampering']],
    ['code put into no site or page (negative)', 'メールの本文に不審なリンクが埋め込まれていました。', []],
    ['a suspicious program that infected a terminal', '業務用端末が不審なプログラムに感染した可能性があることが判明しました。', ['malware']],
    ['a device carried off (持ち去られ)', '職員の自宅に空き巣が入り、業務用パソコンが持ち去られました。', ['loss_theft']],
    ['an outsider\'s access denied (negative)', '第三者が当該サーバーにアクセスした形跡はありませんでした。', []],
    ['an own account named with its service (公式Xアカウントから) posts', '当社公式Xアカウントから、当社が意図しない投稿が行われました。', ['account_compromise']],
    ['an own account with its service, nothing sent (negative)', '当社公式Xアカウントからのお知らせをご確認ください。', []],
    ['a site that imitates the organization\'s', '弊社のウェブサイトを模倣したサイトが存在することが判明しました。', ['phishing']],
    ['mail under the organization\'s name, arrived (届いている)', '当社の社名をかたった不審なメールが複数の方に届いていることを確認しました。', ['phishing']],
    ['such mail that may arrive (negative)', '当社の社名をかたった不審なメールが届く可能性がございます。', []],
    ['papers handed over by mistake (誤ってお渡し)', '窓口で別の患者さんの書類を誤ってお渡ししました。', ['misdelivery']],
    ['papers mixed up and issued (取り違えて交付)', '他の方の診断書を取り違えて交付してしまいました。', ['misdelivery']],
    ['an issue to the wrong person as a noun (誤交付)', '証明書の誤交付が発生しました。', ['misdelivery']],
    ['a parcel sent to the wrong address as a noun (誤配送)', 'お客様情報が記載された納品書の誤配送が発生しました。', ['misdelivery']],
    ['a parcel misrouted to prevent (negative)', '誤配送がないよう、確認を徹底してまいります。', []],
    ['another\'s papers handed over, the mistake in てしまう', '別の利用者の書類を手渡してしまいました。', ['misdelivery']],
    ['papers handed over as meant (negative)', '申請書類を窓口でお渡ししました。', []],
    ['a medium gone missing (行方不明)', '顧客情報を記録した媒体が行方不明となっております。', ['loss_theft']],
    ['papers lost, the written word 遺失', '個人情報を含む書類を遺失しました。', ['loss_theft']],
    ['a PC left behind and not found', '外出先に置き去りにしたパソコンが見つかっておりません。', ['loss_theft']],
    ['staff let data out (外部に漏らしていた)', '職員が個人情報を外部に漏らしていたことが判明しました。', ['insider']],
    ['a former employee used data at the next employer', '元従業員が在職中に取得した顧客情報を、転職先で利用していたことが判明しました。', ['insider']],
    ['staff used a service outside, no data (negative)', '従業員が外部サービスで利用しておりました。', []],
  ])('%s', async (_name, text, want) => {
    expect(await typesOf(text)).toEqual(want);
  });
});
