import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { cleanName, isProductName, productsExtractor } from '../../src/extract/products.js';
import { emptyFindings } from '../../src/extract/types.js';
import { parseText } from '../../src/pipeline.js';

type Found = { name: string; vendor: string | null; ruleId: string };

async function productsOf(text: string): Promise<Found[]> {
  const doc = buildDocument(text);
  const part = await productsExtractor.extract(doc, emptyFindings(), { tokenize: false });
  const found = part.products ?? [];
  for (const f of found) expect(text.slice(f.evidence!.start, f.evidence!.end)).toBe(f.evidence!.text);
  return found.map((f) => ({ name: f.value.name, vendor: f.value.vendor, ruleId: f.ruleId }));
}
const names = async (text: string) => (await productsOf(text)).map((p) => p.name);

describe('a greeted name read against the organization the release names (whole pipeline)', () => {
  // The greeting rule needs the organization's name: without it an unmarked name may be the organization itself.
  test.each<[string, string, string[]]>([
    ['a greeted service whose very next sentence tells the incident', '株式会社ミドリ観光\n平素よりミドリトラベルをご利用いただき、誠にありがとうございます。\n\nこのたび、同サービスを管理するサーバが外部からの不正アクセスを受けました。', ['ミドリトラベル']],
    ['the greeted name is the organization\'s own', '株式会社ミドリ通信フォト\n平素よりミドリ通信フォトをご利用いただき、誠にありがとうございます。\n\nこのたび、弊社サーバが外部からの不正アクセスを受けました。', []],
    ['a brand the company\'s Latin name goes on from', '株式会社 Midorilabs Japan\nいつもMidoriをご利用いただき、誠にありがとうございます。\n\nこのたび、一部のライブ配信において、不正アクセスによる視聴者数の増加が確認されました。', ['Midori']],
    ['the company\'s short name, a word of its own', '株式会社 Midori Labs\nいつもMidoriをご利用いただき、誠にありがとうございます。\n\nこのたび、一部のライブ配信において、不正アクセスによる視聴者数の増加が確認されました。', []],
  ])('%s', async (_label, text, expected) => {
    const incident = await parseText(text, { tokenize: false });
    expect(incident.products.map((p) => p.name)).toEqual(expected);
  });
});

describe('the organization\'s own name used as its service\'s (products.ownBrand, whole pipeline)', () => {
  test.each<[string, string, string[]]>([
    ['backers who used the platform named like its company', '株式会社MIDORIFUND\n過去にMIDORIFUNDで支援をいただいた方の氏名が流出した可能性があります。', ['MIDORIFUND']],
    ['users who used it, in a table of what leaked', '株式会社MIDORIFUND\n以下の個人情報が漏えいした可能性があります。\n\n|対象|件数|\n|---|---|\n|MIDORIFUNDをご利用いただいたオーナー様|120件|\n', ['MIDORIFUND']],
    ['a kana brand\'s member login page where logins were abused', '株式会社みどりなび\n弊社サイトのみどりなび会員ログイン画面において、リスト型攻撃による不正ログインが確認されました。', ['みどりなび']],
    ['the greeting thanks the organization\'s customers', '株式会社MIDORIFUND\n平素よりMIDORIFUNDをご利用いただき、誠にありがとうございます。\n弊社サーバが不正アクセスを受けました。', []],
    ['a name in kanji is the body, not a brand', '株式会社緑急便\n緑急便をご利用いただいたお客様の情報が流出した可能性があります。', []],
    ['no incident told of it', '株式会社MIDORIFUND\nMIDORIFUNDで支援をいただいた皆様に新機能をご案内します。', []],
  ])('%s', async (_label, text, expected) => {
    const incident = await parseText(text, { tokenize: false });
    expect(incident.products.map((p) => p.name)).toEqual(expected);
  });
});

describe('a greeted service read against the sentences after the greeting', () => {
  // One mechanism: the next sentence for an unmarked name, the whole opening for the one name a greeting quotes.
  test.each<[string, string, string[]]>([
    ['a quoted greeting, the incident in a bullet right after', '平素より「ミドリカメラ」をご利用いただき、誠にありがとうございます。\n\n- 先の不正アクセスにより、一部のお客様の個人情報が漏えいしていたことを確認いたしました。', ['ミドリカメラ']],
    ['a quoted greeting after a comma, no organization named', '平素より、「ミドリでんき」をご愛顧いただき、誠にありがとうございます。\n\nこのたび、外部からのサイバー攻撃を受け停止していたサーバーが復旧しました。', ['ミドリでんき']],
    ['a quoted greeting after a comma, the incident laid at another company', '平素より、「ミドリでんき」をご愛顧いただき、誠にありがとうございます。\n\n委託先である株式会社アオバのサーバが不正アクセスを受けました。', []],
    ['an unmarked greeting after a comma in pasted prose, the next sentence about the company\'s server', '平素より、ミドリビジョンをご利用いただき、誠にありがとうございます。\n\nこのたび、弊社サーバが第三者による不正アクセスを受けました。', []],
    ['a quoted greeting, the incident two sentences on', '平素より「ミドリカメラ」をご利用いただき、誠にありがとうございます。\n\nお客様に深くお詫び申し上げます。先の不正アクセスの件につきまして、ご報告いたします。', ['ミドリカメラ']],
    ['a greeting that says what the quoted name is before it', '平素より弊社オンラインショップ「ミドリミートストア」をご利用いただき、誠にありがとうございます。\nこの度の不正アクセスにより、お客様の個人情報漏洩の恐れを招きました。', ['ミドリミートストア']],
    ['a greeting that names its shop in angle brackets', '平素より弊社通販サイト〈ミドリの縁側〉をご利用いただき、誠にありがとうございます。\nこの度、弊社サイトが第三者による不正アクセスを受けました。', ['ミドリの縁側']],
    ['a greeting that names its shop in angle brackets, then its alias', '平素より弊社通販サイト〈ミドリの縁側〉（以下「当サイト」）をご利用いただき、誠にありがとうございます。\nこの度、当サイトが第三者による不正アクセスを受けました。', ['ミドリの縁側']],
    ['a greeting with a described quoted name and no incident', '平素より弊社ECサイト「ミドリクラブ」をご利用いただき、誠にありがとうございます。\n新商品のご案内です。', []],
    ['a quoted greeting, the incident laid at another company', '平素より「ミドリカメラ」をご利用いただき、誠にありがとうございます。\n\n委託先である株式会社アオバのサーバが不正アクセスを受けました。', []],
    ['a quoted greeting, the opening sets the service apart', '平素より「ミドリカメラ」をご利用いただき、誠にありがとうございます。\n\nサービス本番環境とは分離された開発環境が不正アクセスを受けました。', []],
    ['a service the first sentence introduces, its vendor named with the incident', '当区が利用する、株式会社ミドリバンクのオンライン申請フォーム「ミドリフォーム」では、利用者アカウントを作成できます。\nこの利用者アカウントのログインページが不正なアクセスを受けました。\nミドリバンク社において、経路を遮断したとの報告を受けております。', ['ミドリフォーム']],
    ['a service the first sentence introduces, the incident at another company', '当区が利用する申請フォーム「ミドリフォーム」では、利用者アカウントを作成できます。\n委託先である株式会社アオバのサーバが不正アクセスを受けました。', []],
    ['a service introduced only in a later sentence', '当区のサーバが点検を終えました。\n当区が利用する申請フォーム「ミドリフォーム」では、利用者アカウントを作成できます。\nログインページが不正なアクセスを受けました。', []],
    ['an unmarked greeting in pasted prose, the next sentence pointing at the own site', '平素よりミドリビジョンをご利用いただき、誠にありがとうございます。\n\nこのたび、当サイトにおいて第三者による不正アクセスによる改ざんが確認されました。', ['ミドリビジョン']],
    ['an unmarked greeting in pasted prose, the next sentence about the company\'s server', '平素よりミドリビジョンをご利用いただき、誠にありがとうございます。\n\nこのたび、弊社サーバが第三者による不正アクセスを受けました。', []],
    ['an unmarked greeting, the incident only in a later sentence', '株式会社ミドリ観光\n平素よりミドリトラベルをご利用いただき、誠にありがとうございます。\n\n新しいプランのご案内です。なお、先日サーバが不正アクセスを受けました。', []],
    ['an unmarked greeting in pasted prose naming a site by its domain', '平素はミドリパック.jpをご利用いただき誠にありがとうございます。\n\nこのたび、弊社が運営するサイトにおいて第三者による不正アクセスでのシステム侵害が判明いたしました。', ['ミドリパック.jp']],
    ['an unmarked greeting in pasted prose naming a body in kanji', '平素は緑川運輸をご利用いただき誠にありがとうございます。\n\nこのたび、弊社が運営するサイトにおいて第三者による不正アクセスでのシステム侵害が判明いたしました。', []],
    ['a greeted name whose ・ joins words of one name (the first never written alone)', '平素はギター・ミドリWEBをご愛顧いただきましてありがとうございます。\n\nこの度、当サイトの一部記事において、外部からの不正アクセスによる改ざんが発生いたしました。\n\nギター・ミドリWEB 編集部', ['ギター・ミドリWEB']],
    ['a greeted list whose items the release writes alone', '株式会社ミドリ\nいつもミドリマネー・ミドリギフトをご利用いただき、ありがとうございます。\nこのたび、ミドリマネーへの交換において不正アクセスが確認されました。ミドリギフトの一部機能を停止しております。', ['ミドリマネー', 'ミドリギフト']],
        ['a greeted domain, the incident laid at another company', '平素はミドリパック.jpをご利用いただき誠にありがとうございます。\n\n委託先である株式会社アオバのサーバが不正アクセスを受けました。', []],
  ])('%s', async (_label, text, expected) => {
    const incident = await parseText(text, { tokenize: false });
    expect(incident.products.map((p) => p.name)).toEqual(expected);
  });
});

describe('an unquoted service name its clause says was hit (products.namedService)', () => {
  test.each<[string, string, string[]]>([
    ['a Latin-named store said to be stopped', '安全性の確認のためMDストアは同日直ちにシステムメンテナンスに入り、一部の営業を停止いたしました。', ['MDストア']],
    ['a katakana name with kanji and a page noun, where the incident took place', 'ミドリショッピングパークポイント メンバーズページにおいて、悪意のある第三者による不正ログインが確認されました。', ['ミドリショッピングパークポイント メンバーズページ']],
    ['a shop site of the organization\'s name and 本店', '現在、アオバ本店サイトは停止を継続しております。', ['アオバ本店サイト']],
    ['a service written in spaced words', '取引先が利用する「お知らせ」によれば、MIDORI セキュア MX サービスが第三者による不正アクセスを受けました。', ['MIDORI セキュア MX サービス']],
    ['a Latin word ending a longer katakana name is not a name alone: the whole site is', 'ミドリコンソーシアムTOKAIウェブサイトの一時公開停止について', ['ミドリコンソーシアムTOKAIウェブサイト']],
    ['a service whose full recovery a heading reports', '## ２．MIDORI サービスの進捗（全面復旧）\n\n出荷を再開しました。', ['MIDORI サービス']],
    ['a site where ordering resumed (it had stopped)', '【注文方法】 FAX に加え、ミドリアリーナ Web サイトでのご注文を再開', ['ミドリアリーナ Web サイト']],
    ['one brand\'s service and its site are one product', 'MIDORI サービスの本格復旧を進めております。MIDORI Web サイトでのご注文を再開しました。', ['MIDORI Web サイト']],
    ['a katakana and kanji name with a spaced Web site', '当社バスのエコ通勤定期券 Web サイトが第三者による不正アクセスを受けていたことが判明しました。', ['エコ通勤定期券 Web サイト']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['a kind of service in katakana alone', 'ナースコールシステムが不正アクセスを受け、停止しました。'],
    ['a generic site', 'フィッシングサイトにおいて入力された情報が流出しました。'],
    ['the clause denies the incident', 'なお、ミドリ公式アプリへの不正アクセスは発生していないことを確認しております。'],
    ['another of the organization\'s systems', '他のMIDORIシステムへの不正な通信および情報漏えいは発生していません。'],
    ['a site where news goes on', 'ミドリアリーナ Web サイトでの新商品の販売を開始しました。'],
    ['a question about a site', 'MIDORI Passサイトにて決済をしていますが、不正アクセスの影響はありますか。'],
    ['a store named in passing', 'MDストアでは新商品を販売しております。サーバが不正アクセスを受けました。'],
    ['the alias of a quoted store', '「MIDORI MUSIC STORE」(以下、MMストア)において不正アクセスが発生しました。MMストアは営業を停止いたしました。'],
    ['the organization\'s own Web site', 'ミドリ株式会社\n現在、ミドリWebサイトにてシステム障害が発生しております。'],
  ])('%s', async (_label, text) => {
    expect(await names(text)).not.toContainEqual(expect.stringMatching(/ストア$|システム$|サイト$|アプリ$/));
  });
});

describe('an unquoted name the organization runs, its clause saying it was hit (products.operated)', () => {
  test.each<[string, string, string[]]>([
    ['a Latin-and-kanji name where the attack took place', '2025年11月16日、当協議会が運営するm-計量におきまして、ファイル保管サーバに対する不正アクセスを受けたことが確認されました。', ['m-計量']],
    ['a kanji-and-katakana name of a paper\'s site, told in an earlier notice', '7月11日付でミドリ新聞社が運営するミドリ新聞デジタルでの不正ログインの発生をお知らせいたしました。', ['ミドリ新聞デジタル']],
    ['a Latin name with a service noun the company provides', 'このたび、弊社が提供するMDクラウドサービスにおいて、第三者による不正アクセスが発生しました。', ['MDクラウドサービス']],
    ['a kind of system, not a name', '当社が運営するメールシステムが不正アクセスを受けました。', []],
    ['a description of whom it serves', 'このたび、当社が提供するOEM向けホームページ作成サービスにおいて、不正アクセスが発生しました。', []],
    ['a contractor, not a product', '弊社が運営を委託している委託先ベンダに対する不正アクセスが発生しました。', []],
    ['the clause does not say it was hit', '当社が運営するミドリデジタルでは、新しい記事を公開しました。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('an unquoted name given with its address, its clause saying it was hit (products.addressed)', () => {
  test.each<[string, string, string[]]>([
    ['a Latin-and-katakana name with its URL, then the attack on it', '7月9日から発生しましたWebベースメールリーダ(https://webmail.midori.example)に対する悪意のあるアクセスの続報です。', ['Webベースメールリーダ']],
    ['a site run by the organization, with its address', '本学会が運営するM-STARサイト（https://m-star.midori.example/br/）において、不正アクセスを確認いたしました。', ['M-STARサイト']],
    ['a katakana site with a bare domain', 'スマートミドリサイト(smart-midori.example)において、第三者による不正アクセスを受けました。', ['スマートミドリサイト']],
    ['a generic site with its address', '当社の会員サイト（https://member.midori.example/）において不正アクセスが発生しました。', []],
    ['the organization\'s own site with its address', '当社ウェブサイト（https://www.midori.example/）において不正アクセスが発生しました。', []],
    ['a named site where nothing happened', 'ミドリメールリーダ(https://webmail.midori.example)をご利用ください。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('an unquoted name whose users the release addresses (products.usedBy)', () => {
  test.each<[string, string, string[]]>([
    ['a katakana shop name, its users told of unauthorized logins', 'ミドリセンターオンラインをご利用のお客様へ:不正ログインに関するお知らせ', ['ミドリセンターオンライン']],
    ['a Latin service whose users\' accounts were taken over', '最近、Midori UPをご利用のお客様において、アカウントの乗っ取りが確認されています。', ['Midori UP']],
    ['a payment method is not a service of its own', 'ミドリPay決済をご利用のお客様のカード情報が流出した可能性があります。', []],
    ['a kind of service in katakana', 'メール相談サービスをご利用のお客様の情報が漏えいした可能性があります。', []],
    ['a masked address quoted from a phishing mail', '「ob●.midori.ne.jp をご利用のお客様へ」という不審なメールが送信されました。', []],
    ['no incident in its sentence', 'ミドリセンターオンラインをご利用のお客様へ、新商品のご案内です。', []],
    ['a table row of the users whose data may have leaked, named by their role', '漏えい可能性のある範囲の詳細が分かりましたので、ご報告いたします。\n\n|対象者|内容|\n|---|---|\n|過去にMIDOFUNDをご利用いただいたプロジェクトオーナー様の一部|氏名、住所|\n', ['MIDOFUND']],
    ['users named by their role, nothing said of them', 'MIDOFUNDをご利用いただいたプロジェクトオーナー様に新機能をご案内します。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a service named alone under the services\' state (products.statusHeading)', () => {
  test.each<[string, string, string[]]>([
    ['a heading per service, the section saying it is not yet back', '## ３．その他サービスの状況\n### （１）その他の弊社サービスに関する状況は以下のとおりです。\n#### MIDORIKO（ミドリコ）\n現時点では出荷トライアル運用の対象外。\n\nサービス再開時期は確定し次第お知らせいたします。\n\n#### ミドプリ（印刷サービス）\nサービスの全面再開時期は確定し次第お知らせいたします。\n', ['MIDORIKO', 'ミドプリ']],
    ['names alone on their lines, as a printed page gives them', '### ３．その他サービスの状況\n\n（１）その他の弊社サービスに関する状況は以下のとおりです。\n\nMIDORIKO（ミドリコ）\n\n- サービス再開時期は確定し次第お知らせいたします。\n\nアオバエル\n\n- 通常サービスをご提供中。\n', ['MIDORIKO']],
    ['a service running as usual, stopped only in a note', '## ３．その他サービスの状況\n#### AOBAEL（アオバエル）\n通常サービスをご提供中。\n\n※一サプライヤーとしての当社は出荷を停止しております。\n', []],
    ['a line opening with the name and its coming restart', '## ２．その他サービスの状況\nMIDORIKO（ミドリコ） 2026 年 1 月中の再開を予定しております。\n\nミドプリ（印刷サービス） すべてのお客様に向けて通常サービスをご提供中。\n', ['MIDORIKO']],
    ['a line whose name goes on with a site noun is not the name alone', '## ２．MIDORI サービスの状況\nMIDORI Web サイトでのご注文を再開しました。\n', ['MIDORI Web サイト']],
    ['a name heading under a heading that is not about services', '## ３．経緯\n#### MIDORIKO（ミドリコ）\n10月19日に停止しました。\n', []],
    ['a heading of words, not a name', '## ３．その他サービスの状況\n#### 物流センター（東京）\n出荷を停止しております。\n', []],
    ['list items under a heading of restored services', '## ３．対象サービスの復旧状況\n### ①　サービス復旧済み\n- M-フラッシュ\n- 各種お問合せ、資料請求\n### ②　サービス停止中\n- オンライン口座開設（対面取引で代替中）\n', ['M-フラッシュ']],
    ['list items under a heading of services running as usual', '## ３．その他サービスの状況\n### 通常通り稼働中のサービス\n- M-フラッシュ\n', []],
    ['list items introduced by their own lead-in', '## ３．サービスの停止状況\n以下のお問い合わせ先をご利用ください。\n- M-フラッシュ\n', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('names in parentheses after the kind of service they are', () => {
  test.each<[string, string, string[]]>([
    ['quoted names of the shops whose customers\' data leaked', '## １．外部流出を確認した情報\n### ①事業所向け EC（「MIDORI」「ミドリアリーナ」）のお客様からのお問い合わせに関する一部の情報\n（会社名、メールアドレス）\n', ['MIDORI', 'ミドリアリーナ']],
    ['quoted names in parentheses, nothing said of them', '当社は事業所向け EC（「MIDORI」「ミドリアリーナ」）を運営しております。\n', []],
    ['a katakana host name after rental server, its clause saying it was hit', '当会契約のレンタルサーバー（ミドリサーバー）内にあります会員管理システムが第三者による不正なアクセスを受けました。', ['ミドリサーバー']],
    ['a katakana service name stopped', 'カーシェアサービス（ミドリテコ）の新規入会を停止しております。', ['ミドリテコ']],
    ['the kind of software in parentheses is no name', '当社サイトが利用していた外部ソフトウェア（プラグイン）の脆弱性を悪用した不正アクセスを受けました。', []],
    ['a generic katakana word in parentheses is no name', 'サーバー（バックアップサーバー）が不正アクセスを受けました。', []],
    // Capitals in parentheses abbreviate the words before them only when those words hold their letters in order; after
    // a kind of service in katakana they are its name, the only one the release gives (fresh120f: ポータルサイト(UNIPA)).
    ['capitals naming a portal whose restoration is under way', '現在は無線ネットワークと教務システム、ポータルサイト(UNIPA)の復旧に向けて作業を進めているところです。', ['UNIPA']],
    ['capitals naming a mail service said to be hit', '不正アクセスを受けたメールサービス(SMX)の調査を続けています。', ['SMX']],
    ['capitals that abbreviate the service before them are no name of their own', '当社が利用するセキュアMXサービス(SMX)への不正アクセスにより、メールアドレスが流出した可能性があります。', []],
    ['capitals of a protocol in parentheses are no name', 'アカウント情報等を管理するサーバ（LDAP）が不正アクセスを受けました。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('an unquoted Latin name its own clause says was hit (products.latinSaid)', () => {
  test.each<[string, string, string[]]>([
    ['a platform accessed with stolen credentials', '攻撃者が当該従業員の認証情報を用いて、Midorinetesの本番環境へ不正アクセスを行った形跡が確認されています。', ['Midorinetes']],
    ['an account taken over', '12月2日に、Midori Accountが第三者により不正に書き換えられ、端末が初期化されている事象を確認しました。', ['Midori Account']],
    ['the attacker\'s own task, named after a product', '不正なタスク Midori Drive Caching が登録され、攻撃に使われました。', []],
    ['a product whose admin accounts were stopped', '二次被害防止のため、全MIDORISWITCHの管理者アカウントを全停止しました。', ['MIDORISWITCH']],
    ['a company given a short name, then hit', '当社の子会社 Midori Trading Inc.(以下「Midoritra」)において、サーバーが第三者による不正アクセスを受けました。Midoritraが不正アクセスを受けました。', []],
    ['a foreign subsidiary written with PT.', 'PT. MIDORI INDONESIA において、ランサムウェアによる被害が発生しました。', []],
    ['an acronym, not a name', 'MDRが不正アクセスを受けました。', []],
    ['a hash algorithm said of the passwords', 'パスワードはSHA-256でハッシュ化されており、漏えいしたのは暗号化された値のみです。', []],
    ['nothing said of it', 'Midorinetesの本番環境は通常どおり稼働しています。', []],
    ['the incident denied', 'Midorinetesへの不正アクセスは確認されておりません。', []],
    ['a risk guarded against, no event: weak to attacks', '古いMidorisはウィルスの攻撃に弱いので最新版へ更新しておく。', []],
    ['a risk guarded against, no event: the measure against intrusion', 'Midorinetesは侵入防止のため、多要素認証を必須といたしました。', []],
    ['an event, then a measure against more of it', 'Midorinetesが不正アクセスを受けたため、被害防止の措置を講じました。', ['Midorinetes']],
    ['a gloss of its kind in parentheses between the name and its clause', 'BY 社が提供する SaaS サービスである Midori Force Management(シフト作成ツール)において漏洩が発生いたしました。', ['Midori Force Management']],
    ['a gloss of its kind, the clause telling nothing', 'Midori Force Management(シフト作成ツール)において勤怠を管理しています。', []],
    ['an alias in parentheses is no gloss: a subsidiary', 'PT.MIDORI SEISAKUSHO INDONESIA(以下 PMI)において、ランサムウェア被害が発生しました。', []],
    ['a note that is no kind of software (a part of a device)', 'Midorinas(HDD)が、ランサムウェアに感染しました。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a service that became unusable is involved (INVOLVEMENT)', () => {
  test.each<[string, string, string[]]>([
    ['its site could not serve documents', 'Midori環境ラベルプログラムのウェブサイトにおいて、一部の文書を閲覧・ダウンロードできない事象が発生しておりました。', ['Midori環境ラベルプログラム']],
    ['it could no longer be used', 'MidoriBoardアプリが一時的に使用できなくなっております。', ['MidoriBoardアプリ']],
    ['its site goes on failing to serve documents', 'Midori環境ラベルプログラムのウェブサイトにおいて、一部文書を閲覧・ダウンロードできない状態が続いております。', ['Midori環境ラベルプログラム']],
    ['its site was made unviewable as a remedy', 'Midori環境ラベルプログラムのウェブサイトは、現在外部から閲覧できない状態としております。', []],
    ['its site serves documents', 'Midori環境ラベルプログラムのウェブサイトでは、文書を閲覧・ダウンロードできます。', []],
    ['quoted services whose restoration is still to come', '出荷対応を開始しております。ただし、「ミドリ楽譜ナビ」につきましては、復旧まで今しばらくお時間をいただく見込みです。', ['ミドリ楽譜ナビ']],
    ['a service whose resumption has no prospect yet', '「ミドリナビ」の再開の見通しは立っておりません。', ['ミドリナビ']],
    ['a service that runs as usual', '「ミドリナビ」は通常どおりご利用いただけます。', []],
    ['quoted shops whose orders and shipping stopped, in a chronology cell', '|10 月 19 日|・16 時半、「MIDORI」「ミドリアリーナ」受注／出荷業務停止|\n', ['MIDORI', 'ミドリアリーナ']],
    ['quoted shops whose orders go on', '|10 月 19 日|・16 時半、「MIDORI」「ミドリアリーナ」受注業務を継続|\n', []],
    // A service's resumption told by a verb (サービスを再開, サービスが復旧) is the event サービスの再開 names: it had stopped.
    ['a service whose delivery service was resumed (を再開)', 'また MIDORIサービスでは、本日2月13日より一般品から順次、当日配送サービスを再開いたしました。', ['MIDORIサービス']],
    ['a quoted app that came back (が復旧)', '「ミドリナビ」アプリが復旧しました。', ['ミドリナビ']],
    ['a service whose delivery service was started, not resumed', 'また MIDORIサービスでは、本日2月13日より一般品から順次、当日配送サービスを開始いたしました。', []],
    ['a service that resumes nothing of its own: the word is about work, not a service', 'MIDORIサービスでは、本日より業務を再開いたしました。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a denied sentence whose only other incident word is said of a noun it modifies (INCIDENT_MODIFIES_NOUN_AFTER, ず)', () => {
  test.each<[string, string, string[]]>([
    ['services the traces of access from the broken-into servers did not reach', 'MidoriPro®（ミドリプロ®）等のお客様サービスに関わるシステムにつきまして、本調査において侵入が確認されたサーバー等から、お客様サービスに関わる環境に対し、不正なアクセスの試行を示す痕跡は確認されておらず、これに加え当社における調査においても、当該環境に不審なログインを示す痕跡は確認されておりません。', []],
    ['a denial in the continuative negative (確認されず)', '「ミドリナビ」への不正アクセスの痕跡は確認されず、通常どおりご利用いただけます。', []],
    // Kept: nothing denied, the modifying clause the only incident words (it ran on the server broken into).
    ['a service that ran on the server broken into', 'MidoriPro®（ミドリプロ®）は、本調査において侵入が確認されたサーバー上で稼働しておりました。', ['MidoriPro', 'ミドリプロ']],
    ['a hedge in the continuative (否定できず) is no denial', '「ミドリナビ」が不正アクセスを受けた可能性は否定できず、調査を続けております。', ['ミドリナビ']],
    ['a clause completing 可能性 is told, whatever else is denied', '「ミドリナビ」が不正アクセスを受けた可能性があり、個人情報の流出は確認されておりません。', ['ミドリナビ']],
    ['必ず is no denial', '「ミドリナビ」の運用サーバーが第三者による不正アクセスを受け、必ず、パスワードを変更してください。', ['ミドリナビ']],
    // Verbs listed with たり share the predicate at the end of the list; a clause after であり is the name's own.
    ['verbs listed with たり, the list denied at its end', 'なお、本件はメールアカウント単体に対する不正アクセスであり、「ミドリ査定」のシステム自体が直接ハッキングされたり、データベースが侵害されたりした事実は確認されておりません。', []],
    ['verbs listed with たり, the list told', '「ミドリ査定」のシステムが改ざんされたり、データベースが侵害されたりする被害が発生しました。', ['ミドリ査定']],
    ['a clause after であり told of the name', '原因は外部からの不正アクセスであり、「ミドリ査定」の会員情報が流出した可能性があります。', ['ミドリ査定']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a page showing what the site did not mean to show is an incident (INVOLVEMENT)', () => {
  test.each<[string, string, string[]]>([
    ['an unintended login screen shown through an external script', '当社サイトの「よくあるご質問」ページで利用していた外部サービス「polyfill .io」経由で、意図しない認証情報入力画面が表示される事象を確認いたしました。', ['polyfill .io']],
    ['an unexpected screen shown by a quoted service', '「ミドリ検索」経由で、想定していない画面が表示されていたことを確認いたしました。', ['ミドリ検索']],
    ['readers sent to an unintended outside site', '「ミドリ地図」を経由して意図しない外部サイトへ遷移する事象が発生しました。', ['ミドリ地図']],
    ['an unintended update prevented is no incident', '「ミドリ検索」の設定を見直し、意図しない自動更新を防止しました。', []],
    ['a service shown as intended', '「ミドリ検索」経由で、お問い合わせ画面が表示されます。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('items under a heading of what the incident did not reach are unaffected (UNAFFECTED_SCOPE_HEADING)', () => {
  test.each<[string, string, string[]]>([
    ['services under a no-trace heading', '職員のアカウントが不正アクセスを受けました。\n\n## 不正アクセスの痕跡がないと判断された範囲\n- 不正アクセスを受けたアカウントの Outlook 以外のサービス（Teams、OneDrive、SharePoint など）\n', []],
    ['a service under a no-effect heading', 'サーバーがランサムウェアに感染しました。\n\n### 他サービスへの影響はありません\n- 「ミドリ予約」が停止したとの情報がありますが、誤りです。\n', []],
    ['services under a heading of those hit', '職員のアカウントが不正アクセスを受けました。\n\n## 不正アクセスの範囲\n- 当該アカウントの Outlook へのログイン\n', ['Outlook']],
    ['a service under a heading that cannot rule a leak out', 'サーバーが不正アクセスを受けました。\n\n## 漏えいの可能性が否定できないサービス\n- 「ミドリ予約」の会員情報が流出した可能性があります。\n', ['ミドリ予約']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a defanged name is kept as written, its evidence where it is written (products.external)', () => {
  test.each<[string, string, string[]]>([
    ['a defanged external service in parentheses', '「ミドリ特設ページ」において、外部サービス（polyfill[.]io）を経由し、不審な認証画面が表示される事象が発生しました。', ['ミドリ特設ページ', 'polyfill[.]io']],
    ['a defanged name not in the table', 'ページで、外部サービス（midori-cdn[.]example）を経由し、不審な画面が表示されました。', ['midori-cdn[.]example']],
    ['a plain spelling stays plain', 'ページで、外部サービス（midori-cdn.example）を経由し、不審な画面が表示されました。', ['midori-cdn.example']],
    ['a defanged external service that was not involved', '外部サービス（midori-cdn[.]example）は通常どおりご利用いただけます。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a table row\'s last cell cut off inside its sentence goes on in the next line', () => {
  test.each<[string, string, string[]]>([
    ['a dated row whose text wrapped out of its cell, cut after の', '## ２ 事故の経緯\n\n| 令和6年5月 | ・サンプル社が運営するウェブ入稿システム「MidoriLAYLA」のシステム管理会社の |\n\nサーバが第三者による不正アクセスの被害を受けた。\n', ['MidoriLAYLA']],
    // A row whose cell ends its own words is a row: the next sentence is not about it.
    ['a row that ends on a noun', '## 利用システム\n\n| 入稿 | ウェブ入稿システム「MidoriLAYLA」 |\n\nサーバが第三者による不正アクセスの被害を受けた。\n', []],
    ['a row cut after の, the next line no incident', '## ２ 経緯\n\n| 令和6年5月 | ・ウェブ入稿システム「MidoriLAYLA」の |\n\n機能を更新しました。\n', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('two names with one service noun listed together are siblings (products.sibling)', () => {
  test.each<[string, string, string[]]>([
    ['the second of two services, the first kept', '## MIDORI サービスの状況\nランサムウェア攻撃によるシステム障害のため、MIDORI サービスの受注を停止しております。\n### 【参考：商品拡大状況】（MIDORI サービス・アオバアリーナサービス 共通）\n', ['MIDORI サービス', 'アオバアリーナサービス']],
    ['two services, neither kept', '新しいMIDORI サービス・アオバアリーナサービスをご案内します。\n', []],
    ['a generic sibling is no name', 'ランサムウェア攻撃のため、MIDORI サービスの受注を停止しております。対象はMIDORI サービス・クラウドサービスです。\n', ['MIDORI サービス']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a quoted name with a second name in parentheses, then named by one part (A（B）)', () => {
  test.each<[string, string, string[]]>([
    ['the system part said to be attacked later', '本学では、委託先が提供する「特許管理システム（MIDOPAT）」を利用しています。\n\nこのたび、特許管理システムが第三者による不正アクセスを受けました。', ['特許管理システム(MIDOPAT)']],
    ['the Latin part said to be attacked later', '本学では、委託先が提供する「特許管理システム（MIDOPAT）」を利用しています。\n\nこのたび、MIDOPATへの不正アクセスが確認されました。', ['特許管理システム(MIDOPAT)']],
    ['neither part said to be hit', '本学では、委託先が提供する「特許管理システム（MIDOPAT）」を利用しています。\n\nこのたび、職員のパソコンがウイルスに感染しました。', []],
    ['the incident told of the system the release points back at', '本学では、委託先が提供する「特許管理システム（MIDOPAT）」を利用しています。\n\n今般、当該システムを運用していた委託先のサーバに対して不正アクセスが行われました。', ['特許管理システム(MIDOPAT)']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('the service a closing line commends, kept where a mention of it is involved (products.closing)', () => {
  test.each<[string, string, string[]]>([
    ['its mail addresses changed by a third party', 'ユーザーIDの不正取得により一部のお客さまのMido-netメールアドレスが意図せず変更される事象を確認しております。\n\n引き続き、Mido-netをよろしくお願いいたします。', ['Mido-net']],
    ['nothing said of it elsewhere', '弊社サーバが不正アクセスを受けました。\n\n引き続き、Mido-netをよろしくお願いいたします。', []],
    ['the writer\'s own words', '弊社サービスが不正アクセスを受けました。\n\n今後とも弊社サービスをご愛顧賜りますようお願い申し上げます。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a venue or a description is not the product\'s name', () => {
  test.each<[string, string, string[]]>([
    ['a quoted venue run by the organization', '当社が運営するシェアリングスペース「ミドリCLUB」ではDDoS攻撃によるネットワーク障害が発生しております。', []],
    ['a quoted service run by the organization', '当社が運営するサービス「ミドリCLUB」ではDDoS攻撃によるネットワーク障害が発生しております。', ['ミドリCLUB']],
    ['a kind of app that goes on to quote its name', '弊社が開発・提供するミドリレジ連携アプリ「書類名人」において、データベースが第三者による不正アクセスを受けました。', ['書類名人']],
    ['an app named without a quote', '弊社が提供するミドリレジ連携アプリにおいて、データベースが第三者による不正アクセスを受けました。', ['ミドリレジ連携アプリ']],
    ['a quoted system named by what it is for (PURPOSE_DESCRIPTION)', '当社が運用する「添付ファイルダウンロード用Webシステム」が不正アクセスを受けました。', []],
    ['a quoted site named for whom it serves', '「ミドリ教育-担当者のための教材サイト」が改ざんされ、停止しました。', []],
    ['a Latin name plus a campaign\'s own form', 'ABC1試乗キャンペーン専用フォームにおいて、不正な申し込みが多数確認されました。', []],
    ['a quoted system whose users are managed (用 of 利用)', '当社の「ミドリ利用者管理システム」が不正アクセスを受けました。', ['ミドリ利用者管理システム']],
    ['a quoted system with a name of its own', '当社が運用する「ミドリファイル便」が不正アクセスを受けました。', ['ミドリファイル便']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a support channel that is where the incident happened', () => {
  test.each<[string, string, string[]]>([
    ['the channel in parentheses, the account on it hijacked', '弊社が提供するカスタマーサポート窓口（Chatwork）において、弊社管理スタッフのアカウントが第三者による不正アクセスを受ける事案が発生いたしました。', ['Chatwork']],
    ['a greeted service, then an incident in the channel: the channel, not the greeted one', '平素は「ミドリスイッチ」をご利用いただき、厚く御礼申し上げます。\n弊社のサポート窓口（Chatwork）において、スタッフのアカウントが不正アクセスを受けました。', ['Chatwork']],
    ['the channel only named for questions', '不正アクセスが発生しました。お問い合わせ窓口（Chatwork）にてご連絡ください。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a system brought in against the attack is the remedy, not the target', () => {
  test.each<[string, string, string[]]>([
    ['a quoted system deployed to detect fraud', '12月13日に実装した「MIDOSEC」は、不正決済の試みを検知・排除する最新技術を備えたシステムです。', []],
    ['a heading of the deployment', '## セキュリティシステム「MIDOSEC」の実装\n不正アクセスへの対策を強化しました。', []],
    ['a system in use that was attacked', '当社が2020年に導入した「MIDOSEC」が不正アクセスを受けました。', ['MIDOSEC']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a quoted name holding the alias the release gives it (「Ｘ（以下、「本ソフトウェア」といいます。）」)', () => {
  test.each<[string, string, string[]]>([
    ['software whose quote holds its alias, then attacked', '当社の提供する暗号資産ウォレットソフトウェア「Midori Enterprise Wallet(以下、「本ソフトウェア」といいます。)」を構成するインフラストラクチャの特定部へ不正アクセスが行われました。', ['Midori Enterprise Wallet']],
    ['the same quote, nothing said of it', '当社の提供する暗号資産ウォレットソフトウェア「Midori Enterprise Wallet(以下、「本ソフトウェア」といいます。)」の新版をご案内します。', []],
    ['the alias alone is no name', '当社サーバ(以下「本サーバ」)が不正アクセスを受けました。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a name in curly double quotes is quoted like 「」', () => {
  test.each<[string, string, string[]]>([
    ['a named web event site attacked', '合同 Web ビジネス交流会“ミドリ CREATION”への不正アクセスの発生について', ['ミドリ CREATION']],
    ['a quoted phrase, not a name', 'このたび“なりすまし”による不正ログインが確認されました。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a channel for notices, not the incident (PASSING_AFTER)', () => {
  test.each<[string, string, string[]]>([
    ['what is made known is an attack on it', '当社が運営するミドリデジタルでの不正ログインの発生をお知らせいたしました。', ['ミドリデジタル']],
    ['news given through the account', 'このたび不正アクセスが発生しました。詳細はMIDORIアプリでお知らせいたします。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('products named where the release scopes, quotes or spells them (fresh120 classes)', () => {
  test.each<[string, string, string[]]>([
    ['a platform company with nested parentheses after 社', 'Booking.com社(本社:アムステルダム(蘭))の宿泊予約管理システムが不正アクセスを受けました。', ['Booking.com']],
    ['an external library named after what it is for', '外部ライブラリ:古いブラウザに対応するための「MidoriLib」が改ざんされ、不正なスクリプトが読み込まれました。', ['MidoriLib']],
    ['items under a heading that labels the services hit', 'このたび、当社サーバーが不正アクセスを受けました。\n\n## ■ 対象サービス\n- みどりちゃん病児保育\n- ミドリステージ\n', ['みどりちゃん病児保育', 'ミドリステージ']],
    ['the one line right under a heading that labels the site hit', 'このたび、当館のサイトが改ざんされました。\n\n## ◎対象サイト\nミドリ大学図書館Webサイト\nhttps://www.library.midori.example/\n', ['ミドリ大学図書館Webサイト']],
    ['an item\'s address in parentheses is not its name', 'このたび、当社サイトが改ざんされました。\n\n## 2.対象サイト\n- midoriオンラインショップ（https://shop.midori.example/）\n', ['midoriオンラインショップ']],
    ['a portal whose use is to resume', 'MGUポータルにつきましては、3月中旬には利用を再開できるよう準備を進めております。', ['MGUポータル']],
    ['the katakana spelling of a table product', 'その後、アクティブディレクトリ サーバにログインされ、社員の認証情報が取得されました。', ['アクティブディレクトリ']],
    ['software named in parentheses after the database and server it runs', '開発環境のデータベース(MidoriDB)およびキャッシュサーバ(AobaCache)に対して外部からの不正アクセスが発生しました。', ['MidoriDB', 'AobaCache']],
    ['an acronym in parentheses after a server is a protocol, not a product', '認証サーバ(LDAP)に対して外部からの不正アクセスが発生しました。', []],
    ['a database product of the table', '顧客情報を保存していたElasticsearchのデータが外部から閲覧可能な状態となり、情報が漏えいしました。', ['Elasticsearch']],
    ['one long name typed twice, a letter apart, is one product', '「MIDO セキュア MIX サービス」が不正アクセスを受けました。MIDO セキュア MX サービスは停止しています。', ['MIDO セキュア MIX サービス']],
    ['two versions of a name are two products', '「Midori Server 2019」および「Midori Server 2016」において不正アクセスが確認されました。', ['Midori Server 2019', 'Midori Server 2016']],
    ['a quoted part of a vendor\'s service is that service', '当社が利用する「セキュア MX」について、MIDO セキュア MX サービスが第三者による不正アクセスを受けました。', ['MIDO セキュア MX サービス']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['functions under a heading of services and functions', 'このたび、当社サーバーが不正アクセスを受けました。\n\n### 【停止中のサービス・機能】\n- お試しデザイン提案サービス新規受付\n- ネットでオーダーメイド新規受付\n'],
    ['phrases under a heading of services', 'このたび、当社サーバーが不正アクセスを受けました。\n\n## 対象サービス\n- ネットでオーダーメイド\n'],
    ['a line under a labelled heading that is a field, not a name', 'このたび、当社サイトが改ざんされました。\n\n## ■対象期間・サービス\n期間:2026年7月1日～2026年8月12日\n'],
    ['a list under a heading of services, with no incident told', '新しいサービスを開始しました。\n\n## 対象サービス\n- ミドリステージ\n'],
    ['a platform named among countermeasures', 'その後も、追加的な漏えい防止のため、データベースへの接続情報やAWSの認証情報の変更を実施しました。'],
  ])('%s', async (_label, text) => {
    expect(await names(text)).toEqual([]);
  });
});

describe('items of a list of the services hit, sorted under sub-headings or led in by the sites hit (products.serviceList)', () => {
  test.each<[string, string, string[]]>([
    ['apps sorted under a sub-heading of the labelled heading', 'このたび、当社システムにおいて不正アクセスが確認されました。\n\n## 【対象サービス】\n当社が運営する以下のwebサイトおよびアプリが対象となります。\n\n### ＜アプリ＞\n- Midorin\n- Aobacchi\n', ['Midorin', 'Aobacchi']],
    ['a sub-heading that names a platform, its tools under it, a generic one left out', '当研究所のウェブサイトにおいて不正なアクセスの痕跡が確認されました。\n\n### 対象コンテンツ：\n#### ミドリ情報プラットフォーム（M-PLAT）\n- AobaCast\n- Midori Viewer\n#### サイト全体\n', ['ミドリ情報プラットフォーム(M-PLAT)', 'AobaCast', 'Midori Viewer']],
    ['an item\'s note of editions in parentheses', '当社サーバーへの不正アクセスが確認されました。\n\n## 〇対象サービス\n- M-フラッシュ（スマホ版、タブレット版）\n', ['M-フラッシュ']],
    ['a lead-in that says the sites listed were tampered with', '調査の結果、以下のウェブサイトにおいて、第三者による改ざんが行われていたことが判明しました。\n\n- ミドリ協会公式ウェブサイト\n- MDR20周年記念サイト\n', ['ミドリ協会公式ウェブサイト', 'MDR20周年記念サイト']],
    // The heading a page or a PDF left as a plain line labels the items under it as the heading did.
    ['items under a plain title that labels the services hit', 'お客様のアカウント情報が第三者に窃取されたことが判明しました。\n\n調査結果\n専門機関による精査の結果、不正なログインが確認されました。\n\n対象サービス\n- ミドリイベントポータル\n- アオバステージ\n\n本日時点で把握している概要\n', ['ミドリイベントポータル', 'アオバステージ']],
    // Negatives: a plain title of another section, nearer the items, ends the search; a lead-in below the title speaks first.
    ['items under another plain title below it (negative)', 'お客様のアカウント情報が第三者に窃取されたことが判明しました。\n\n対象サービス\n- ミドリイベントポータル\n\n今後の取り組み\n- アオバステージ\n', ['ミドリイベントポータル']],
    ['a lead-in under the title that introduces measures (negative)', 'お客様のアカウント情報が第三者に窃取されたことが判明しました。\n\n対象サービス\nミドリイベントポータルについて、以下の対策を実施しました。\n- アオバステージ\n', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['a sub-heading of apps under a heading that labels nothing', 'このたび、当社システムにおいて不正アクセスが確認されました。\n\n## 経緯\n### ＜アプリ＞\n- Midorin\n'],
    ['a sub-heading that is a sentence, not a sorting label', 'このたび、当社システムにおいて不正アクセスが確認されました。\n\n## 対象サービス\n### 以下のアプリが対象です。\n- Midorin\n'],
    ['a lead-in about sites with no incident', '以下のウェブサイトをリニューアルしました。\n\n- ミドリ協会公式ウェブサイト\n'],
  ])('%s', async (_label, text) => {
    expect(await names(text)).toEqual([]);
  });
});

describe('a heading that scopes the systems or services hit speaks for the names under it (TARGET_HEADING)', () => {
  test.each<[string, string, string[]]>([
    ['quoted services of a target provider, under a heading of the providers hit', '当社がプロバイダー向けに提供するメールシステムに不正アクセスがあり、情報が漏えいした可能性があります。\n\n## ２．対象の ISP 事業者\n対象の事業者さまおよびメールサービスは以下のとおりです。\n\nミドリ通信株式会社：「ミドリ光サービス」、「ミドリモバイルサービス」に係るメールサービス\n', ['ミドリ光サービス', 'ミドリモバイルサービス']],
    ['a hosting brand quoted after its kind, under a heading of the providers hit', '当社が提供するメールシステムに不正アクセスがあり、情報が漏えいした可能性があります。\n\n## ２．対象の ISP 事業者\n株式会社アオバウェブ：レンタルサーバー「AOB」のメールサービス\n', ['AOB']],
    ['an external script named in the paragraph under a heading of the site hit', '当社サイトにアクセスされた際、不正な認証画面が表示される事象を確認いたしました。\n\n### ■対象サイト\n- ミドリお客様登録フォーム\n\n調査の結果、利用していた外部提供プログラム（polyfill[.]io）の影響により、想定していない画面が表示されていたことを確認いたしました。\n', ['ミドリお客様登録フォーム', 'polyfill[.]io']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['a heading of the mails hit, not of systems', '当社が利用するメールサービスに不正アクセスがありました。\n\n### 【対象となるメール例】\n- 公式通販サイト「ミドリコンシェルジュ」ご注文時のお知らせメール\n'],
    ['a heading of the data hit', '会員管理システムに不正アクセスがありました。\n\n## ■対象となる可能性のある個人情報\n#### 対応予定：\nクレジット決済システムMidoriPayの3Dセキュア導入\n'],
    ['a hosting brand quoted after its kind, nothing said to be hit', '当社はレンタルサーバー「AOB」の提供を開始しました。\n'],
    ['a heading of what was not affected', '当社サーバーが不正アクセスを受けました。\n\n## 対象外のサービス\nミドリ通信株式会社：「ミドリ光サービス」に係るメールサービス\n'],
    ['a target heading in a release that tells no incident', '新しいサービスのご案内です。\n\n## 対象サービス\nミドリ通信株式会社：「ミドリ光サービス」に係るメールサービス\n'],
  ])('%s', async (_label, text) => {
    expect(await names(text)).toEqual([]);
  });
});

describe('a quoted list one of whose items calls itself a service is a list of services (fresh120h class)', () => {
  test.each<[string, string, string[]]>([
    ['a kana name listed after a name with a service ending, their restoration still to come', 'ただし、「ミドリ楽譜ナビ」「注文くん」につきましては、復旧まで今しばらくお時間をいただく見込みです。', ['ミドリ楽譜ナビ', '注文くん']],
    ['the same list first, the stop of the services after it', 'ランサムウェア感染被害が発生いたしました。これにより、「ミドリ楽譜ナビ」「注文くん」をはじめとした各種サービス停止が生じております。', ['ミドリ楽譜ナビ', '注文くん']],
    ['a kana name alone, no sibling telling its kind', 'ただし、「注文くん」につきましては、復旧まで今しばらくお時間をいただく見込みです。', []],
    ['a kana name in a list of no service, the incident after it', '「みどりまんじゅう」「注文くん」につきましては、復旧まで今しばらくお時間をいただく見込みです。', []],
    ['a service-ended name and a data item quoted apart, not one list', '「ミドリ楽譜ナビ」が停止しました。なお、お客様の「氏名」「住所」につきましては流出しておりません。', ['ミドリ楽譜ナビ']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('persons named as members of a service, where the list or heading scopes whom the incident reached (products.member)', () => {
  const opening = '当社サーバーが外部からの不正アクセスを受けました。\n\n';
  test.each<[string, string, string[]]>([
    ['a label of the persons reached, the value an unquoted member name', opening + '## 【情報漏えいの可能性のある対象者及び個人情報】\n対象者：ミドリＣＬＵＢ会員（2015年10月1日～2025年1月20日に来店実績のある方の一部）\nＭｉｄｏ24 会員及びＭｉｄｏ24 ゴルフ会員（会員になられた方の一部）\n', ['ミドリCLUB', 'Mido24']],
    ['a list labelled by the notice sent to those reached, a quoted name after its kind', opening + 'これまでに情報漏洩のおそれに関するご案内をお送りしたお客様\n - カーシェア「ミドリテコ」会員様\n - ミドリ協商パーキング 月ぎめ駐車場ご利用者様\n - MDPポイントカード会員様\n', ['ミドリテコ', 'MDPポイントカード']],
    ['a sub-heading of the data that may have leaked: those registered with a quoted name', opening + '## 2. 情報漏えいの可能性のある個人情報\n### (1)「不動産投資のミドリ」に会員登録いただいている個人のお客様\n氏名、住所\n', ['不動産投資のミドリ']],
    ['the registered groups of a platform under a heading of those reached (a name may open with へ)', opening + '## １．対象者\n- 「へいわ創造プラットフォームみどり」の登録団体の皆様\n', ['へいわ創造プラットフォームみどり']],
    ['members whose data the item says did not leak', opening + '## 対象となるお客様\n- 「ミドリモット」の会員情報は漏えいしておりません。\n', []],
    ['an item run together with a ※ note denying a leak of other members: the note is not the item\'s words', opening + '## 【情報漏えいの可能性のある個人情報】\nミドリＣＬＵＢ会員及び仮会員の、氏名・住所・会員番号※ミドリ・ダジュール会員の個人情報の外部への漏えいはございません。\n', ['ミドリCLUB']],
    ['the same item with its own denial before the ※ note', opening + '## 対象となるお客様\n- 「ミドリモット」の会員情報は漏えいしておりません※詳細は別途ご案内します。\n', []],
    ['a kind of member in kanji, no service named', opening + '## １．対象者\n- 一般会員様\n- 法人会員様\n', []],
    ['members of a service under a heading that scopes no persons reached', opening + '## パスワードの変更\n- 「へいわ創造プラットフォームみどり」に登録された団体\n', []],
    ['the registered groups written as one noun (「Ｘ」登録団体), under a heading of the data the attacker took', opening + '### Q4. 犯人により奪取された情報を教えてください\n#### ●「へいわ創造プラットフォームみどり」登録団体の皆様\n- 企業・団体名\n', ['へいわ創造プラットフォームみどり']],
    ['the same groups under a heading that scopes no data taken', opening + '### Q5. 今後の予定を教えてください\n#### ●「へいわ創造プラットフォームみどり」登録団体の皆様\n- 企業・団体名\n', []],
    ['data taken is said of a heading that names no service\'s members', opening + '### 奪取された情報\n#### ●一般登録者の皆様\n- 氏名\n', []],
    ['a membership list with no incident told', 'ご案内をお送りしたお客様\n - カーシェア「ミドリテコ」会員様\n', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a footnote mark ties a sentence to its note: the names the note gives are involved as the sentence tells (products.footnote)', () => {
  test.each<[string, string, string[]]>([
    ['a server marked [1] in a sentence about the ransomware, its note naming the software it runs', 'ランサムウェア感染サーバからの情報取得が困難なため、連携するＭＤホスト[1]を対象として調査しました。\n\n[1]ネットワーク上のコンピュータ等を管理するMidori Directoryドメインサービスを担うサーバ。\n', ['Midori Directory']],
    ['a library marked （※） as the cause, its note quoting the library', '当システムで認証画面が表示される事象が発生しました。\n調査の結果、当システムで利用していた外部ライブラリ（※）に起因するものでした。\n\n※外部ライブラリ：古いブラウザにも対応するための「Midorifill」。\n', ['Midorifill']],
    ['a store marked *注1 in the sentence about the leak, its note listing the sibling stores', '弊社が運営するECサイト「MIDORI STORE」(以下、Mストア *注1)において、不正アクセスによってお客様の個人情報が流出した可能性があることが判明しました。\n\n*注1) 弊社が運営するECサイトには「MIDORI STORE」の他に、「ミドリアーティストストア」「THE GREEN SHOP」の計3サイトが存在します。\n', ['MIDORI STORE', 'ミドリアーティストストア', 'THE GREEN SHOP']],
    ['a glossary note spelling out the marked acronym, and its gloss in parentheses', '不正アクセスを受けたため、ＭＦＡ※１を導入しました。\n\n※１ Multi Factor Midori：IDやパスワードに加え、倉庫管理システム（WMS：Warehouse Midori System）の認証を用いる方式。\n', []],
    ['a quoted term the note explains, not a name', '当社の業務委託先において不正アクセスがあり、情報が漏えいしました（※）。\n\n※当社は、委託先を経由した「再委託」により、業務を委託しております。\n', []],
    ['a marked word in a sentence that tells no incident', '当社では連携するサーバ（ＭＤホスト[1]）を運用しています。\n\n[1]Midori Directoryドメインサービスを担うサーバ。\n', []],
    ['a trademark note', 'サーバが不正アクセスを受けました（※）。\n\n※Midori Officeは米国Midori Corporationの登録商標です。\n', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a list of quoted names shares the words before its first item; a lead-in under a heading completes it (fresh120g classes)', () => {
  test.each<[string, string, string[]]>([
    ['every item of a quoted list after its kind, kana names too', '当社が利用するツールに不正アクセスがあり、個人情報が漏えいしました。\n\n## 2. 漏えいの対象者\n\n当社が運営する以下のサービスをご利用いただいた全てのお客様\n\n- 旧オンラインストア「みどりすとあ」「あおばしょっぷ」「クロノストア」\n', ['みどりすとあ', 'あおばしょっぷ', 'クロノストア']],
    ['a fan club named in kana after its kind', '当社が利用するツールに不正アクセスがあり、個人情報が漏えいしました。\n\n## 2. 漏えいの対象者\n\n当社が運営する以下のサービスをご利用いただいた全てのお客様\n\n- ミドリ公式ファンクラブ「みどらぶ」（リニューアル前を含む）\n', ['みどらぶ']],
    ['a platform named in the lead-in right under a heading of the leaked data', '当社が利用する外部クラウドサービス上の情報が流出していた事がわかりました。\n\n## 1.調査結果\n当社が運営していた音声プラットフォーム「MidoriCast」のサーバーについて緊急で調査を実施しました。\n\n## 2.一部流出した情報について\n旧「MidoriCast」のメッセージフォーム投稿データの一部で、以下のものです。\n\n- ユーザーネーム\n', ['MidoriCast']],
    // The same item without its denial is a target, as is a quoted name after its kind that is not an address.
    ['an item of the findings that names what was reached', '外部調査の結果、当該アカウントに対し、海外から不正なアクセス及びログインが行われたことが確認されました。\n\n- クラウド上のファイル（SharePoint 及び OneDrive）へのファイルアクセス及びダウンロードが確認されました。\n', ['SharePoint', 'OneDrive']],
    ['a service site named in the title, Latin letters and kanji before サービスサイト', '# 公表概要\n- サイバー攻撃によるMDR人材紹介サービスサイトの改ざんのご報告とお詫び\n\n# 本文\n当社が運用する求職者向けウェブサイトが第三者からのサイバー攻撃を受け、改ざんされたことが判明いたしました。', ['MDR人材紹介サービスサイト']],
    ['a Google account reached', '教員が個人で取得した Google アカウントへの不正アクセスにより、個人情報が流出した可能性があります。', ['Google アカウント']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['quoted items after a word that names no service', '当社サーバーに不正アクセスがありました。\n\n- 商品名「みどりまんじゅう」「あおばもなか」\n'],
    ['a lead-in under a heading that tells no incident', '当社サーバーに不正アクセスがありました。\n\n## 1.調査結果\n当社が運営していた音声プラットフォーム「MidoriCast」のサーバーについて緊急で調査を実施しました。\n\n## 2.今後のサービス提供について\n旧「MidoriCast」のメッセージフォームは、以下のとおり再開します。\n\n- 4月1日\n'],
    ['a kind of service site without a name of its own', '当社のサービスサイトが第三者からのサイバー攻撃を受け、改ざんされたことが判明いたしました。'],
    ['an address quoted after its kind is no product', '2025年9月6日に発生した社内メールアドレス「midori-front」への不正アクセスの可能性について、調査を進めてまいりました。'],
    ['an item of the findings that says what it names was not reached', '外部調査の結果、当該アカウントに対し、海外から不正なアクセス及びログインが行われたことが確認されました。\n\n- クラウド上のファイル（SharePoint 及び OneDrive）へのファイルアクセス及びダウンロードがあった事実は確認されませんでした。\n'],
    ['a lead-in that is not the first line under its heading', '当社が利用する外部クラウドサービス上の情報が流出していた事がわかりました。\n\n## 1.調査結果\n当社が運営していた音声プラットフォーム「MidoriCast」のサーバーについて緊急で調査を実施しました。\n\n## 2.一部流出した情報について\n調査を続けております。\n\n旧「MidoriCast」のご案内は、以下のとおりです。\n\n- 4月1日\n'],
  ])('%s', async (_label, text) => {
    expect(await names(text)).toEqual([]);
  });
});

describe('a named system said to be down or being restored (outage)', () => {
  test.each<[string, string, string[]]>([
    ['a Latin name and a device whose use became impossible', '5月12日に発生した学内ネットワーク障害により、MIDOPA及び証明書自動発行機の利用ができなくなっておりましたが、本日復旧しました。', ['MIDOPA']],
    ['a portal named in parentheses whose restoration is under way', '現在は無線ネットワークと教務システム、ポータルサイト(MidoPortal)の復旧に向けて作業を進めているところです。', ['MidoPortal']],
    ['a Latin name whose restoration is under way', '現在は無線ネットワークと教務システム、MidoPortalの復旧に向けて作業を進めているところです。', ['MidoPortal']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['an acronym that abbreviates the service before it', '当社が利用するセキュアＭＸサービス（ＳＭＸ）への不正アクセスにより、メールアドレスが流出した可能性があります。'],
    ['work being restored, no system named', '現在は業務の復旧に向けて作業を進めているところです。'],
    ['a Latin name restored, nothing said to have been down in its sentence', 'MIDOPAの新機能を公開しました。'],
  ])('%s', async (_label, text) => {
    expect(await names(text)).toEqual([]);
  });
});

describe('a product named as the body writes it, not as the title does (whole pipeline)', () => {
  test.each<[string, string, string[]]>([
    ['the title\'s katakana, the body\'s Latin name with its reading', '# 公表概要\n- 業務用チャット「スラック」への不正ログインについて\n- 2025年11月4日\n- 株式会社ミドリ新聞社\n\n# 本文\n当社が利用しているビジネスチャット「Slack（スラック）」に外部から不正なログインがありました。\n', ['Slack']],
    ['the body names it only in passing: the title\'s involved mention stands', '# 公表概要\n- 業務用チャット「スラック」への不正ログインについて\n- 2025年11月4日\n- 株式会社ミドリ新聞社\n\n# 本文\n当社はSlackを業務で利用しております。\n', ['スラック']],
  ])('%s', async (_label, text, expected) => {
    const incident = await parseText(text, { tokenize: false });
    expect(incident.products.map((p) => p.name)).toEqual(expected);
  });
});

describe('an organization\'s own app keeps its name (whole pipeline)', () => {
  test.each<[string, string, string[]]>([
    ['the organization\'s official app, a function of it stopped', 'ミドリランド株式会社\n弊社システムが不正アクセスを受けました。\n本件に伴い、一部システムに影響が生じ、\n- ミドリランド公式アプリのアトラクション待ち時間表示の休止\n', ['ミドリランド公式アプリ']],
    ['the organization\'s own Web site is the organization\'s', 'ミドリランド株式会社\n現在、ミドリランドWebサイトにてシステム障害が発生しております。', []],
  ])('%s', async (_label, text, expected) => {
    const incident = await parseText(text, { tokenize: false });
    expect(incident.products.map((p) => p.name)).toEqual(expected);
  });
});

describe('products involved in the incident', () => {
  test.each<[string, string, string[]]>([
    ['quoted service with において', '当社が提供するクラウドサービス「ミライ会計Cloud」において、第三者による不正アクセスが確認されました。', ['ミライ会計Cloud']],
    ['quoted shop name, kana and kanji', '弊社が運営する「ひまわり商店オンラインストア」への不正アクセスにより、カード情報が漏えいした可能性があります。', ['ひまわり商店オンラインストア']],
    ['a list of quoted names shares the context after it', '「アオバ便」、「アオバ倉庫」をご利用のお客様の情報が流出したおそれがあります。', ['アオバ便', 'アオバ倉庫']],
    ['quoted after 対象サービス', '対象サービス:「Nimbus 大容量転送」\n同サービスは外部からの攻撃を受け停止しています。', ['Nimbus 大容量転送']],
    ['quoted URL of a third-party domain', 'サイトの一部で「https://cdnlib.example」というドメイン名から不審な認証画面が表示されました。', ['cdnlib.example']],
    ['a greeted quoted name holding a !', '平素より「ミドリ!フォト」をご利用いただき、誠にありがとうございます。\n先の不正アクセスの件につきまして、漏えいの対象となったお客様を特定いたしました。', ['ミドリ!フォト']],
    ['a greeted name with its abbreviation: the abbreviated app is the service', '平素よりMidori Business Club（MBC）をご利用いただき、誠にありがとうございます。\nこのたび、サーバが不正アクセスを受けました。\nMBCアプリの利用を停止いたします。', ['Midori Business Club']],
    ['a greeted shop named after the organization', '株式会社ミドリ堂\nいつもミドリ堂オンラインショップをご利用いただき、誠にありがとうございます。\nこのたび、弊社が運営するサイトにおいて第三者による不正アクセスが判明いたしました。', ['ミドリ堂オンラインショップ']],
    ['a quoted name nested in a quoted list item shares the list\'s context', '当社が提供する『法人カード「ミドリペイ」』『AOBA CARD』の各サービスが一時停止しました。', ['ミドリペイ', 'AOBA CARD']],
    ['the context after a quoted list goes on past the alias it is given', '当社が運営する「MIDORI MUSIC STORE」および「AOBA STORE」（以下、当ストア）において発生した不正アクセスについて', ['MIDORI MUSIC STORE', 'AOBA STORE']],
    ['the context after a quoted name goes on past its address', '「ミドリ!フォト」（midori.example）において、第三者による不正アクセスが発生しました。', ['ミドリ!フォト']],
    ['greeting name kept when a later sentence stops it', 'いつもポイントパス・ギフトパスをご利用いただき、ありがとうございます。\n現在、ポイントパス・ギフトパスの全サービスを停止しております。', ['ポイントパス', 'ギフトパス']],
    ['Latin name with a service ending', '本市が利用しているKanaeruフォームの利用者アカウントに不審なアクセスがありました。', ['Kanaeruフォーム']],
    ['Latin name with サービス, unquoted', '当社が利用しているMDRセキュアMXサービスへの不正アクセスにより、メールが漏えいした可能性があります。', ['MDRセキュアMXサービス']],
    ['a quoted kanji name next to ウェブサイト', '「国際交流ひろば」ウェブサイトが改ざんされました。', ['国際交流ひろば']],
    ['a quoted media name that is hard to use', '天気情報メディア「sora.example」がご利用しづらい状態となっております。', ['sora.example']],
    ['third-party service in parentheses', 'ウェブサイトの一部ページで、外部サービス(cdnlib.example)を経由して不審な画面が表示されました。', ['cdnlib.example']],
    ['list introduced as the affected services', '当社が利用する以下のクラウドサービスにおいて情報漏えいが発生しました。\n- Shift Planner Pro：勤怠管理ツール\n', ['Shift Planner Pro']],
    ['webmail product named with its punctuation', 'ウェブメールのActive! mailに存在する脆弱性を突いた攻撃を受けました。', ['Active! mail']],
    ['known appliance exploited', '社内ネットワークに設置したFortiGateの脆弱性を悪用され、侵入を受けました。', ['FortiGate']],
    ['known cloud account hijacked, written without a space', '職員1名のMicrosoft365アカウントが不正にログインされ、迷惑メールが送信されました。', ['Microsoft365']],
    ['own SNS account taken over, in katakana', '弊社のインスタグラムアカウントが第三者に乗っ取られました。', ['インスタグラム']],
    ['a hijacked official X account', '当社の公式Xアカウントが第三者に乗っ取られ、不審な投稿が行われました。', ['X']],
    ['the credentials of the organization\'s X', '当団体のXの認証情報が漏えいしたことを確認しました。', ['X']],
    ['X\'s account written with の', '当社のXのアカウントに第三者による不正ログインがありました。', ['X']],
    ['a chat platform\'s server broken into', 'スマートフォンから当団体のDiscordサーバーに不正にアクセスされ、パスワードが漏えいしました。', ['Discord']],
    ['the product, not the brand that ends in its name', '下記の公式SNSアカウントで乗っ取りが発覚しました。\n・BLUE LINE 公式Instagram\n', ['Instagram']],
    ['a platform named through its company\'s system', '当館が利用するExpedia社(本社:米国)の予約管理システムが不正アクセスを受けました。', ['Expedia']],
    ['a table product whose company has the same name', 'Chatwork株式会社が提供するChatworkのアカウントが不正アクセスを受けました。', ['Chatwork']],
    ['one entry for two spellings of a table product, as first written', '弊社Instagramアカウントが乗っ取られました。インスタグラムの運営会社にも乗っ取りを報告しました。', ['Instagram']],
    ['one entry for a quoted and a defanged spelling of a table product', 'サイトに「polyfill.io」経由で不審な画面が表示されました。原因は polyfill[.]io の改ざんでした。', ['polyfill.io']],
    ['a name followed by a common noun is still the name', 'いつもミドリギフトをご利用いただきありがとうございます。\n停止期間中に期限を迎えるミドリギフトコードは再発行します。', ['ミドリギフト']],
    ['one entry for a name said three times', '「ミドリ予約」への不正アクセスを検知しました。ミドリ予約は停止中です。ミドリ予約の再開は未定です。', ['ミドリ予約']],
    ['one entry for a name and its longer form', '「Nimbus」の一部機能が攻撃を受けました。「Nimbus 大容量転送」において保存されたファイルが閲覧された可能性があります。', ['Nimbus 大容量転送']],
    ['a 。 inside a parenthesized note does not end the sentence', '予約システム「ミドリチケット」(以下「本システム」といいます。)に対し、大量の不正アクセスが続いています。', ['ミドリチケット']],
    ['a kana name listed with a proper name is its sibling', '「アオバ会計ナビ」及び「あおばくん」においてデータベースの異常な高負荷を検知しました。', ['アオバ会計ナビ', 'あおばくん']],
    ['an unquoted Latin name with システム障害 right after it', 'Nimbus Basicシステム障害の復旧状況をお知らせします。', ['Nimbus Basic']],
    ['an unquoted Latin name with への不正アクセス', '弊社が運営するmidori Ticketへの不正アクセスが続いております。', ['midori Ticket']],
    ['a name that opens with @', '学習支援サイト@MIDORIに対して不正アクセスが行われました。', ['@MIDORI']],
    ['が followed by a comma still names the target', '当社が利用する「Nimbus メール」が、第三者による攻撃を受けました。', ['Nimbus メール']],
    ['a quoted service named like its company', '株式会社ミドリネットは、配信サービス「ミドリネット」において不正アクセスが発生したことをお知らせします。', ['ミドリネット']],
    ['a name in parentheses after a service noun', '当館が利用する予約管理システム(TL-ミドリ)が第三者による不正アクセスを受けました。', ['TL-ミドリ']],
    ['a name under a product label', '業務で使用する入力補助ツール(製品名:Kazeru、以下「ツール」)において、ランサムウェアの被害がありました。', ['Kazeru']],
    ['a Latin name right after a service noun', '当社が提供する文字認識サービスKazeruのサーバーが不正アクセスを受けました。', ['Kazeru']],
    ['a middle word of a longer name is another product', '「Kazeru Nimbus Cloud」と「Nimbus」において不正アクセスが発生しました。', ['Kazeru Nimbus Cloud', 'Nimbus']],
    ['a generic compound listed with a named system', '「オンライン予約」および「ミドリ よりみちネット」のシステムが第三者による不正アクセスを受けました。', ['オンライン予約', 'ミドリ よりみちネット']],
    ['one generic word listed with a name is still generic', '「マイページ」および「ミドリネット」のシステムが不正アクセスを受けました。', ['ミドリネット']],
    ['a product whose download page was altered', 'いつもミドリエディタをご利用いただき、ありがとうございます。\nミドリエディタ公式サイトのダウンロードボタンに第三者による改変が疑われる事象を確認しました。', ['ミドリエディタ']],
    ['a third-party library after a colon', 'サイトで読み込んでいた外部ライブラリ:「Nimbusfill」が改ざんされていました。', ['Nimbusfill']],
    ['quoted names written side by side are one list', '「ミドリ便」「アオバ便」において不正アクセスによる障害が発生しました。', ['ミドリ便', 'アオバ便']],
    ['a name in 【】 with a service context', '当店【ミドリ堂オンラインストア】におきまして、第三者による不正アクセスが確認されました。', ['ミドリ堂オンラインストア']],
    ['a Latin name right after 通販サイト', '当社が運営する通販サイトMIDORI CLOSETにおきまして、不正なログインが行われました。', ['MIDORI CLOSET']],
    ['a shop named in parentheses after a generic shop noun', '弊社オンラインショップ(ミドリ公式オンラインショップ)への不正ログインが確認されました。', ['ミドリ公式オンラインショップ']],
    ['a quoted name right before システム', '「Midori Link」システム不具合に伴うサービス一時停止についてお知らせします。', ['Midori Link']],
    ['OpenSSL from the table', 'サーバのOpenSSLの設定ファイルが外部から攻撃を受けました。', ['OpenSSL']],
    ['an incident not called 本インシデント still involves the name', 'Facebook アカウントで発生したインシデントについてお知らせします。', ['Facebook']],
    ['quoted names whose orders were stopped', '16時30分 「MIDORI」「アオバアリーナ」「KAZERU」の受注を停止しました。', ['MIDORI', 'アオバアリーナ', 'KAZERU']],
    ['an unquoted shop name with a katakana owner', '当社が運営するミドリカーテンオンラインショップにおいて、第三者による不正アクセスが発生しました。', ['ミドリカーテンオンラインショップ']],
    ['an unquoted official app name', 'ミドリ堂公式アプリへの不正ログインが確認されました。', ['ミドリ堂公式アプリ']],
    ['a Latin platform data was synced to', '社用スマートフォンを紛失し、Nimbus上に同期されていた個人情報が漏えいした可能性があります。', ['Nimbus']],
    ['a Latin service account logged into by a third party', '第三者が不正に取得したパスワードを利用し、MIDORI WEBアカウントへログインを試みた事象が確認されました。', ['MIDORI WEB']],
    ['a name marked as a trademark', '当局が運用するKAZERU®のメールサーバーを不正に利用したスパムメールの送信が確認されました。', ['KAZERU']],
    ['a Latin name before its home page', 'Kazeru ホームページに関する不正リンクについてお知らせします。', ['Kazeru']],
    ['a service named in parentheses after a portal site', '現在はポータルサイト(MidoriPortal)の障害の復旧に向けて作業を進めています。', ['MidoriPortal']],
    ['a shop named in the greeting and then called 当サイト', 'いつもミドリ堂オンラインショップをご利用いただき、誠にありがとうございます。\nこのたび、当サイトが第三者による不正アクセスを受け、カード情報が漏洩した可能性があることが判明いたしました。', ['ミドリ堂オンラインショップ']],
    ['a Latin service quoted as the company\'s own and then called 本サービス', '弊社が運営するサービス「MIDORI FIT」について、お知らせいたします。\n本サービスのサーバーが不正アクセスを受けました。', ['MIDORI FIT']],
    ['a quoted name that ends as a site, stopped by the attack', '攻撃によって停止していた「ミドリしおりサイト」の閲覧サービスを再開しました。', ['ミドリしおりサイト']],
    ['a quoted name followed by など', '「ミドリよりそうネット」などのシステムにおいて、第三者による不正アクセスが発生しました。', ['ミドリよりそうネット']],
    ['a quoted app whose reopening is announced', '## 3.「ミドリアプリ」の再開と再発防止策について', ['ミドリアプリ']],
    ['a Latin greeting name that is also the company\'s', '株式会社MIDORI NEWSは、次のとおりお知らせします。\n平素よりMIDORI NEWSをご利用いただき、誠にありがとうございます。\nMIDORI NEWSの管理画面に第三者による不正アクセスがありました。', ['MIDORI NEWS']],
    ['a platform whose operator is contacted right after the incident sentence', 'このたび、当アカウントが第三者による不正アクセスの被害に遭い、不正な投稿が発信されました。\n\n現在、Instagramの運営側と連携し、アカウントの安全確保に努めております。', ['Instagram']],
    ['a quoted program whose operation used the attacked system', '当社は患者様サポートプログラム「ミドリコネクト」の運営を受託しています。「ミドリコネクト」の運営に使用しているシステムにおいて、第三者による不正アクセスが発生しました。', ['ミドリコネクト']],
    ['a layout-broken sentence goes on in the next line', '印刷会社が運営する入稿システム「PrintGo」の保守会社\n\nのサーバが第三者による不正アクセスの被害を受けた。', ['PrintGo']],
    ['a katakana-named system attacked', 'ミドリクラブ会員管理システムが９月２２日に第三者による不正アクセスを受け、情報が流出した可能性があります。', ['ミドリクラブ会員管理システム']],
    ['a Latin service in a numbered heading', '## ２．MIDORI サービスの復旧計画・進捗\n\n順次、出荷拠点を拡大しております。', ['MIDORI サービス']],
    ['a service whose full recovery is under way', 'MIDORI サービスの本格復旧を進めております。', ['MIDORI サービス']],
    ['a shop name in angle brackets after a service noun', '弊社通販サイト〈みどりの縁側〉において、不正アクセスによる個人情報流出の可能性が判明しました。', ['みどりの縁側']],
    ['the one service a greeting quotes, then an incident', '平素より「はいみどり！フォト」をご利用いただき、誠にありがとうございます。\n\n先の不正アクセスの件につきまして、調査の結果、漏えいの対象となったお客様を特定いたしました。', ['はいみどり!フォト']],
    ['an unquoted Latin name with its official site attacked', '業務委託にて運営するMIDORI UPGRADE SQUAREの公式サイトにおいて、外部からの不正アクセスを受けたことが確認されました。', ['MIDORI UPGRADE SQUARE']],
    ['an unquoted name defined as 当サイト', '当社が運営する進路情報ポータルサイト進路ナビ(以下「当サイト」)において、外部からの不正アクセスが確認されました。', ['進路ナビ']],
  ])('%s', async (_name, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['generic words only', 'サーバに対する不正アクセスが発生し、VPN機器の脆弱性が悪用されました。'],
    ['a Latin name with a plain site is not its official site', 'MIDORI Passサイトにて決済をしていますが、不正アクセスの影響はありますか。'],
    ['two services a greeting quotes name no one of them', '平素より「ミドリ便」ならびに「マイミドリ」サービスをご利用いただき、誠にありがとうございます。\n\n当社サーバーへの不正アクセスが判明しました。'],
    ['a quoted greeting with no incident said', '平素より「ミドリスイッチ」をご利用いただき、誠にありがとうございます。\n\n新機能のご案内です。'],
    ['a label in angle brackets', '〈患者に関する情報〉\n不正アクセスにより、以下の情報が流出した可能性があります。'],
    ['a service noun alone defined as 本サービス', '当社が補助的に使用していたクラウドストレージサービス(以下「本件サービス」)において不正アクセスがありました。'],
    ['a kanji description defined as 当サイト', '当社が運営するサイト会員向け情報(以下「当サイト」)に不正アクセスがありました。'],
    ['a common katakana word before a system', 'セキュリティ監視システムが外部からの攻撃を受けました。'],
    ['a katakana-named system not attacked', 'ミドリクラブ会員管理システムは通常どおりご利用いただけます。'],
    ['a Latin name after a domain dot', '詳細は www.midori サービスのご案内をご覧ください。'],
    ['a name the release writes with a legal form', '「ミドリネット」への不正アクセスについて、株式会社ミドリネットより報告を受けました。'],
    ['an organization in quotes', '「株式会社ミドリ情報」において不正アクセスが発生しました。'],
    ['a quoted notice title', '2025年5月1日付「当社サーバへの不正アクセスに関するお知らせ」において公表した件の続報です。'],
    ['a quoted phrase about the incident', '「漏洩の可能性」において不正アクセスの影響を調べています。'],
    ['a channel for notices', '本件の不正アクセスに関する続報は、当社Facebookページでお知らせいたします。'],
    ['accounts said to be unaffected', 'なお、当社の他のSNSアカウント(Facebook、LINE)については不正アクセスの影響がないことを確認しております。'],
    ['the service itself said not to be accessed', '「スマイル予約」自体への不正アクセスは確認されておりません。'],
    ['two greeted services: the next sentence may be about one', '平素より「ミドリ便」ならびに「ミドリ倉庫」をご利用いただき、誠にありがとうございます。\n当社が運営するWebサービスにおいて、不正アクセスが確認されました。'],
    ['a greeted service, the incident only two sentences on', '平素よりミドリトラベルをご利用いただき、誠にありがとうございます。\n本日は新しいプランのご案内です。\nなお、当社サーバが不正アクセスを受けました。'],
    ['pasted prose that never names the organization: an unmarked greeted name may be the organization itself', '平素よりミドリ通信フォトをご利用いただき、誠にありがとうございます。\nこのたび、弊社サーバが外部からの不正アクセスを受けました。'],
    ['a greeted department of the organization is no service', '平素よりミドリ開発保険サービス事業本部をご利用いただき、誠にありがとうございます。\nこのたび、弊社サーバが外部からの不正アクセスを受けました。'],
    ['a greeted homepage is no named service', '平素よりミドリ観光協会ホームページをご利用いただき、誠にありがとうございます。\nこのたび、不正アクセスによる改ざんが確認されました。'],
    ['a nested quoted name whose list is not said to be involved', '当社が提供する『法人カード「ミドリペイ」』『AOBA CARD』の各サービスをご案内します。'],
    ['a quoted account handle given an alias of an account', 'この度、公式アカウント「midori_jp」（以下「対象アカウント」といいます。）が第三者に乗っ取られました。'],
    ['a quoted product given a note of what it is', '「ミドリメラ」（ミネラルウォーター）をご利用のお客様の口座情報が漏えいしました。'],
    ['a greeted service the incident sentence sets apart', '平素より「ミドリ広場」をご利用いただき、誠にありがとうございます。\nこのたび、サービス本番環境とは分離された社内開発環境の一部に対し、第三者による不正アクセスが行われました。'],
    ['a greeted service set apart later in the opening', '平素より「ミドリ広場」をご利用いただき、誠にありがとうございます。\n\n本報告では調査結果をお知らせいたします。\n\n本番環境とは論理的に分離された開発環境において、不正アクセスの兆候を検知しました。'],
    ['a greeting without any incident word', '平素より「ミドリ宅配便」をご利用いただき誠にありがとうございます。'],
    ['a greeting name that is no service\'s', 'いつもミドリ商会の商品をご利用いただき、ありがとうございます。\n当サイトが不正アクセスを受けました。'],
    ['a refund channel named beside the incident', '送金サービス「MIDORI POST」よりご案内いたします。\n当サービスへの不正アクセスにより、ご迷惑をおかけしております。'],
    ['a sister service said not to be concerned', '弊社のホームページ作成サービス（MidoriSite）をご利用のお客様は、本件の対象ではありません。\n当サービスへの不正アクセスについてご報告いたします。'],
    ['a greeting shop whose own site is not involved', 'いつもミドリ堂オンラインショップをご利用いただき、誠にありがとうございます。\n当サイトは通常どおりご利用いただけます。'],
    ['an alias the release defines for its site', 'ミドリ堂(https://midori.example/、以下「本件サイト」といいます。)におきまして、不正アクセスが発生しました。'],
    ['a quoted phishing site is no product', '※「フィッシングサイト」とは、不正な手法を用いて個人情報を盗み取る偽のサイトです。'],
    ['a greeting name only impersonated in a warning', '平素よりミドリキッチンをご利用いただき、誠にありがとうございます。\nミドリキッチンを装ったフィッシング詐欺の可能性があります。'],
    ['a tool used in the investigation after the incident sentence', 'PCに保存されていた個人情報が削除されていました。\nその後、端末ログの調査(Lanscopeによるログ解析)を実施しました。'],
    ['a quoted scam, not a name, before the clause', '「サポート詐欺」の被害が発生しました。'],
    ['a quoted data field in 【】', 'システム上で取得が可能な【ミドリ上の表示名】の流出が確認されました。'],
    ['a kind of app, not a named one', '不審なメッセージアプリへの不正ログインが確認されました。'],
    ['the writer\'s own shop without a name', '弊社オンラインショップへの不正アクセスが確認されました。'],
    ['a shop said to be unaffected', 'なお、ミドリネットストアでの不正利用も確認されておりません。'],
    ['a trademarked service with no trace of access', 'また、MIDORI®等のサービス環境への不正アクセスの痕跡も確認できておりません。'],
    ['an acronym of the organization before its home page', '一般社団法人ミドリ協会(以下、MDRA)は、MDRAホームページが利用できない事象が発生しました。'],
    ['a hotel named in a greeting is a place', 'いつもホテルミドリ札幌をご利用いただきありがとうございます。ホテルミドリ札幌において不正アクセスが発生しました。'],
    ['a product word inside a URL', '不正アクセスの詳細は https://example.jp/GitHub/notice をご覧ください。'],
    ['a vendor written as a company', '予約サイトを運営するBooking.com社からの連絡で不正アクセスが判明しました。'],
    ['cloud services said not to be harmed', 'Microsoft365、kintone、その他のクラウドサービスは被害を受けておりません。'],
    ['a channel used to announce the incident', 'ウェブサイトを閉鎖したため、Facebook を利用して本インシデントの第一報を告知しました。'],
    ['a data field named after a platform', '漏えいした可能性のある情報は、LINE IDとニックネームです。'],
    ['a longer Latin name that starts with a product', '不正なタスク Google Drive Caching が登録され、攻撃に使われました。'],
    ['SES in Japanese business sense is not Amazon SES', '当社のSESマッチングサービスのメールアカウントが不正アクセスを受けました。'],
    ['a passing mention without incident words', 'PDFファイルはAdobe Acrobat Readerで閲覧してください。'],
    ['a name found again only inside a longer word', '平素より「ミドリブックス」をご利用いただきありがとうございます。ミドリブックスネットワーク株式会社のPCが不正アクセスを受けました。'],
    ['a company word and a generic service', 'ABC社メールサービスおよびXYZメールサービスへの不正アクセスが確認されました。'],
    ['a link list of where to read news while the site is closed', 'サイトは不正アクセスのため閉鎖しています。再開までは以下をご覧ください。\n- Facebook: https://facebook.example/ourpage\n'],
    ['a council named in quotes', '「ひろば産業振興協議会」ウェブサイトへの不正アクセスを確認しました。'],
    ['a malware family is not a product', 'サーバがLockBitと呼ばれるランサムウェアに感染しました。'],
    ['a programming language is not a product', 'サイトのJavaScriptの改ざんにより、不審な画面が表示されました。'],
    ['an address with @ is not a name', 'info@midori.example.jpへの不正アクセスを確認しました。'],
    ['a company quoted after 委託先', '予約システムの運営委託先「Midori Travel」において不正アクセスが発生しました。'],
    ['a company with an English ending', '当社が利用する「Midori Travel Group」において不正アクセスが発生しました。'],
    ['a quoted hotel whose alias says it is a hotel', '当社が運営する「ミドリプラス天神」(以下「本ホテル」という。)において、予約システムのアカウントが不正利用されました。'],
    ['the attacker\'s storage is not a product', '攻撃者は、窃取したファイルを攻撃者管理のクラウドストレージ(OneDrive)へ送信しました。'],
    ['the attacker\'s channel is not a product', '侵入後、Telegram経由の通信が確認され、別の攻撃者へ権限が渡った可能性があります。'],
    ['a letter X standing for a person is not the platform', 'X氏の認証情報が漏えいした可能性があります。'],
    ['X\'s credentials said of a placeholder item', '項目Xの認証情報は流出していません。'],
    ['a chat platform named only as a notice channel', 'サイトは不正アクセスのため停止しています。最新情報はDiscordでお知らせします。'],
    ['a description in parentheses after a service noun', '不正アクセスを受けたサーバには業務システム(遠隔操作ツール)が入っていました。'],
    ['a generic acronym right after a service noun', '授業支援システムLMSが不正アクセスにより停止しました。'],
    ['a site address in parentheses is not a name', '不正アクセスを受けた弊社オンラインショップ(shop.midori.example)は停止しています。'],
    ['a cart server in 【】 is a generic word', '当社が運営する【カートサーバー】におきまして、不正アクセスが生じました。'],
    ['a vendor alone is a company', 'Microsoftへの不正アクセスにより、当社のデータが流出しました。'],
    ['a heading mark in 【】 is not a name', '【重要】当社サービスへの不正アクセスについて'],
    ['an event named in quotes is not a product', '「ミドリ写真コンテスト」のWebサイトに第三者による不正な書き込みがありました。'],
    ['a server host name is a machine', '弊社サーバ web3.host.example.jp において障害が発生しました。'],
    ['a channel named beside one that announced 本インシデント', 'X や Facebook をご覧にならないお客様のため、本インシデントについての告知へのリンクを掲載しました。'],
    ['a list item that is a clause, not a name', '以下のサービスにおいて障害が発生しています。\n- 交換を申請されたお客様\n'],
  ])('none: %s', async (_name, text) => {
    expect(await names(text)).toEqual([]);
  });

  test('the organization\'s own name in parentheses is not its product', async () => {
    const { parseText } = await import('../../src/pipeline.js');
    const text = '# 公表概要\n- 不正アクセスのお知らせ\n- 2025年4月1日\n- 社会福祉法人 みどり会（ミドリテラス）\n\n# 本文\nいつもミドリテラスをご利用いただきありがとうございます。ミドリテラスのサーバーが不正アクセスを受けました。\n';
    const incident = await parseText(text, { tokenize: false });
    expect(incident.organization?.name).toBe('社会福祉法人 みどり会（ミドリテラス）');
    expect(incident.products.map((p) => p.name)).toEqual([]);
  });

  test('vendors come from the table', async () => {
    const found = await productsOf('Cisco Secure Email Gateway の脆弱性が悪用され、サーバに侵入されました。');
    expect(found).toEqual([{ name: 'Cisco Secure Email Gateway', vendor: 'Cisco', ruleId: 'products.known' }]);
  });

  test.each<[string, string, string | null]>([
    ['a company before の', '株式会社ミドリシステムの「ミドリフォーム」が不正アクセスを受けました。', '株式会社ミドリシステム'],
    ['a company that provides the service', 'アオバ社が提供するクラウドサービス「アオバ勤怠」において情報漏えいが発生しました。', 'アオバ'],
    ['the company with its short name in parentheses', '株式会社ミドリネット(MN)が法人向けに提供する「ミドリメール」において不正アクセスがありました。', '株式会社ミドリネット'],
    ['a vendor written in katakana is named as the table names it', 'マイクロソフト社が提供する「ミドリ連携」が不正アクセスを受けました。', 'Microsoft'],
    ['the writer itself is not a vendor', '2025年5月1日弊社が運営する「ミドリ商店」への不正アクセスを確認しました。', null],
  ])('vendor from the words before the name: %s', async (_name, text, vendor) => {
    const found = await productsOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.vendor).toBe(vendor);
  });

  test('the rule that found each name is named', async () => {
    const found = await productsOf('弊社が運営する「ミドリ商店」が不正アクセスを受け、外部サービス(cdnlib.example)を経由して不審な画面が出ました。FortiGateの脆弱性も悪用されました。');
    expect(found.map((f) => f.ruleId)).toEqual(['products.quoted', 'products.external', 'products.known']);
  });

  test('the issuing organization is not its own product', async () => {
    const doc = buildDocument('「ミドリ」の一部ウェブページで不審な認証画面が表示されました。');
    const found = emptyFindings();
    found.organization.push({ value: { name: '株式会社ミドリ', kind: 'company', headquarters: null, representative: null, score: 5 }, evidence: null, ruleId: 'test', at: 0 });
    const part = await productsExtractor.extract(doc, found, { tokenize: false });
    expect(part.products).toEqual([]);
  });
});

describe('quoted names', () => {
  test.each<[string, string]>([
    ['PepOn(ペップオン)', 'PepOn'],
    ['https://cdn.example.io', 'cdn.example.io'],
    ['ヒカリ通信(以下、当サービス)', 'ヒカリ通信'],
    ['evil[.]example', 'evil[.]example'],
    ['ミドリ予約 *1', 'ミドリ予約'],
    ['Example.com経由', 'Example.com'],
    ['ミドリ屋.JP(midoriya.example.jp)', 'ミドリ屋.JP'],
    ['(midoriya.example.jp)', '(midoriya.example.jp)'],
    ['Nimbus Suite 一部サーバー(dc1.example.jp)', 'Nimbus Suite'],
    ['MidoriBooks(注)', 'MidoriBooks'],
    ['セキュアMXサービス(SMX)', 'セキュアMXサービス'],
    ['特許管理システム(KEMPOS)', '特許管理システム(KEMPOS)'],
    ['Midori Cloud(MC)', 'Midori Cloud(MC)'],
    ['ミドリ会議(※1)', 'ミドリ会議'],
  ])('%s is cleaned to %s', (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });

  test.each<[string, boolean]>([
    ['ミライ会計Cloud', true],
    ['緑町ふるさと納税特設サイト', true],
    ['アオバ倉庫', true],
    ['マイページ', false],
    ['お問い合わせフォーム', false],
    ['不正ログイン', false],
    ['漏洩の可能性', false],
    ['株式会社ミドリ', false],
    ['ミドリ工業社', false],
    ['第三者が閲覧しやすい設定', false],
    ['データ①', false],
    ['当社へのサイバー攻撃', false],
    ['Webサイト', false],
    ['VPN', false],
    ['退職日', false],
    ['すべてのミドリ予約申し込み', false],
    ['デザイン相談およびオーダー申し込み', false],
    ['ミドリサポート等窓口', false],
    ['オーダー詳細ダウンロ―ド', false],
    ['ミドリ写真コンテスト', false],
    ['Out of Midori in あおば 2024事業', false],
    ['ミドリ事業ナビ', true],
    ['web3.host.example.jp', false],
    ['Midorisan.co.jp', true],
    ['sora.example', true],
  ])('%s is a product name: %s', (name, expected) => {
    expect(isProductName(name)).toBe(expected);
  });
});

describe('--explain for products and CVEs', () => {
  test('each product and CVE names the rule that fired and the span it read', async () => {
    const { parseText } = await import('../../src/pipeline.js');
    const text = '当社が利用するファイル転送製品「NimbusTransfer」の脆弱性(cve-2024-1234)が悪用され、さらにFortiGateの脆弱性(CVE-2023-27997)を突かれて不正アクセスを受けました。';
    const incident = await parseText(text, { explain: true, tokenize: false });
    const entries = (incident.explain ?? []).filter((e) => e.field === 'products' || e.field === 'cves');
    expect(entries.map((e) => [e.field, e.ruleId, e.evidence?.text])).toEqual([
      ['products', 'products.quoted', 'NimbusTransfer'],
      ['products', 'products.known', 'FortiGate'],
      ['cves', 'cves.foldedId', 'cve-2024-1234'],
      ['cves', 'cves.id', 'CVE-2023-27997'],
    ]);
    expect(incident.cves).toEqual(['CVE-2024-1234', 'CVE-2023-27997']);
  });
});

describe('the items under a heading of remedies name measures, not targets', () => {
  test.each<[string, string, string[]]>([
    ['a rebuild on a cloud platform, under 再発防止策', '## ５．再発防止策について\n今回の被害を受け当社の情報セキュリティに関して下記の見直しを実施いたします。\n\n- 全ユーザの認証情報の再設定\n- サーバーはAWS（クラウドサービス）での再構築\n', []],
    ['a security product brought in, under 今後の対策', '## 今後の対策\n被害にあった機器について以下を実施します。\n\n- 新たなセキュリティシステム「Midori Cyber Guard」を導入\n', []],
    ['the same list under a heading of what was hit', '## 被害の状況\n今回の被害を受けたシステムは以下のとおりです。\n\n- サーバーはAWS（クラウドサービス）上の環境\n', ['AWS']],
    ['an item under 再発防止策 that itself tells the attack', '## 再発防止策\n以下を実施します。\n\n- 不正アクセスを受けたFortiGateのファームウェア更新\n', ['FortiGate']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('an incident word its own clause denies does not involve the name', () => {
  test.each<[string, string, string[]]>([
    ['a shop said to be safe, the leak denied', '株式会社ミドリ\n本件に関する情報がSNS等で拡散されておりますが、ミドリ公式ECサイトは厳格なセキュリティで管理されており、ミドリ公式ECサイトをご利用されたお客様の個人情報の流出はございません。', []],
    ['the attack on a named server denied, with its traces', '既報の通り、当社「ミドリオンラインサーバー」等当社管理サーバーに対する攻撃および情報の流出の形跡は確認されませんでした。', []],
    ['attacked, only the leak denied', '当社が運営する「ミドリオンラインストア」が不正アクセスを受けましたが、個人情報の流出はございません。', ['ミドリオンラインストア']],
    ['the cause laid at a service, another cause denied', '本事象は、当社が利用していた外部サービス（polyfill.io）に起因するものであり、当社のWebサーバーへの不正アクセスによるものではありません。', ['polyfill.io']],
    ['a leak that cannot be ruled out is no denial', '当社が運営する「ミドリオンラインストア」において、個人情報の漏えいの可能性は否定できません。', ['ミドリオンラインストア']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a name after a turn of the sentence (…でしたが、) is judged by its own clause (clauseAt)', () => {
  test.each<[string, string, string[]]>([
    ['the attack told before the turn, a risk of another service after it', '今回の不正アクセスの対象は Exchange Online だけでしたが、同一のパスワードを使用する SharePoint においても、同様な危険性が存在するため確認を進めています。', ['Exchange Online']],
    ['a name after the turn that its own clause says was hit', '当社サーバーの調査を進めておりましたが、「ミドリドライブ」においても不正アクセスの痕跡が見つかりました。', ['ミドリドライブ']],
    ['a service introduced before the turn, the leak told after it', '当社は公式オンラインショップ「ミドリネットストア」を運営していましたが、この度委託先のランサムウェア感染により、お客さま情報が外部に流出した可能性があることを確認いたしました。', ['ミドリネットストア']],
    ['a name after the turn pointed back at by the clause before', '「ミドリメール」が不正アクセスを受けましたが、同サービスと連携する「ミドリドライブ」は通常どおりご利用いただけます。', ['ミドリメール']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('不正確 and 不正解 tell no incident', () => {
  test.each<[string, string, string[]]>([
    ['inaccurate news about a shop', '一部不正確な情報がSNSで拡散されておりますが、「ミドリオンラインストア」は通常どおりご利用いただけます。', []],
    ['a wrong answer in a quiz app', '「ミドリクイズアプリ」で不正解の表示が続く事象について', []],
    ['an unauthorized login is one', '「ミドリオンラインストア」で不正なログインが確認されました。', ['ミドリオンラインストア']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a kept name\'s family: Latin runs that go on from its first word (products.family)', () => {
  test.each<[string, string, string[]]>([
    ['a sibling service', '当社が運営する「Midori Web サイト」が第三者による不正アクセスを受け、システム障害が発生しております。\nMidori Logist の 3PL 事業における出荷業務についても停止しております。\n', ['Midori Web サイト', 'Midori Logist']],
    // A legal form after the run makes it a company's name, not a product (negative).
    ['a company of the group', '当社が運営する「Midori Web サイト」が第三者による不正アクセスを受け、システム障害が発生しております。\nMidori Logist 株式会社の 3PL 事業における出荷業務についても停止しております。\n', ['Midori Web サイト']],
    ['a company with a Latin legal form', '当社が運営する「Midori Web サイト」が第三者による不正アクセスを受け、システム障害が発生しております。\nMidori Logist Inc. の出荷業務についても停止しております。\n', ['Midori Web サイト']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a quoted name before Web サイト, the two scripts spaced apart as a PDF\'s text writes them', () => {
  test.each<[string, string, string[]]>([
    ['a kanji name quoted before Web サイト, said to be defaced', '厚生労働省が運営する「みどり職場応援団」Web サイトが改ざんされ、本来とは異なるページが表示されていました。', ['みどり職場応援団']],
    ['written without the space, as before', '厚生労働省が運営する「みどり職場応援団」Webサイトが改ざんされました。', ['みどり職場応援団']],
    ['a kanji phrase before Web サイト with no incident is no product', '「みどり職場応援団」Web サイトをリニューアルしました。', []],
    ['a kanji phrase quoted before Web alone is no site', '「みどり職場応援団」Web セミナーの申込者情報が漏えいしました。', []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a quoted name given as a kind of service, the kind written alone where the release tells the incident', () => {
  // (Each release opens with a sentence of its own: a quoted service in the first sentence is the introduction rule's.)
  const open = '市議会の会議運営についてお知らせします。\n\n';
  test.each<[string, string, string[]]>([
    ['the kind told of in an earlier sentence, the name under a heading', '市議会で利用している会議システムのID・パスワードが漏えいし、不正に使用されました。\n\n## 概要\n会議システム「MidoriBooks(注)」に議員のアカウントから画面の共有が通知された。', ['MidoriBooks']],
    ['the kind told of in a later sentence', `${open}本会議中、会議システム「MidoriBooks」に通知が表示された。\n\n調査の結果、会議システムへの不正アクセスが確認されました。`, ['MidoriBooks']],
    ['the kind told of only with another name', `${open}本会議中、会議システム「MidoriBooks」に通知が表示された。\n\n会議システム「AobaMeet」への不正アクセスが確認されました。`, ['AobaMeet']],
    ['the kind said unaffected', `${open}本会議中、会議システム「MidoriBooks」に通知が表示された。\n\n会議システムへの不正アクセスの痕跡はございません。`, []],
    ['the organization\'s own kind (当社システム) is no apposition', `${open}本会議中、当社システム「MidoriBooks」に通知が表示された。\n\n当社システムへの不正アクセスが確認されました。`, []],
    ['the kind part of a longer word elsewhere', `${open}本会議中、会議システム「MidoriBooks」に通知が表示された。\n\n旧会議システムサーバへの不正アクセスが確認されました。`, []],
    ['no incident told of the kind', `${open}本会議中、会議システム「MidoriBooks」に通知が表示された。\n\n会議システムの操作研修を行いました。`, []],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});

describe('a denial read after the incident\'s whole noun (不正|アクセスは確認されておりません)', () => {
  const open = 'このたびの件についてご報告します。\n\n';
  test.each<[string, string, string[]]>([
    ['不正アクセス denied', `${open}「ミドリ予約」において、不正アクセスは確認されておりません。`, []],
    ['不正ログイン denied', `${open}「ミドリ予約」において、不正ログインはございません。`, []],
    ['不正アクセス told', `${open}「ミドリ予約」において、不正アクセスを受けたことが判明しました。`, ['ミドリ予約']],
    ['不正アクセス told, a later clause denying only a leak of what it held', `${open}「ミドリ予約」において不正アクセスが発生しましたが、情報の流出は確認されておりません。`, ['ミドリ予約']],
  ])('%s', async (_label, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});
