import { describe, expect, test } from 'vitest';
import { eventsOfDate } from '../../src/dates/dateEvents.js';
import { findDateMentions } from '../../src/dates/dateMentions.js';
import { normalizeText } from '../../src/normalize/normalize.js';

/**
 * The events of the first date in a sentence: the text before it is `before`, the rest of the
 * sentence is the clause (what src/extract/timeline.ts hands over for a one-date sentence).
 */
function eventsOf(sentence: string): string[] {
  const text = normalizeText(sentence).text;
  const m = findDateMentions(text)[0]!;
  return eventsOfDate({ before: text.slice(0, m.start), clause: text.slice(m.end), isRange: m.rangeEnd !== null, hasTime: m.time !== null, monthOnly: m.day === null });
}

describe('the first event word after the date decides', () => {
  test.each([
    ['2025年3月2日、当社サーバーで不審な通信を検知し、直ちにネットワークから隔離しました。', ['detected']],
    ['2025年3月2日に外部からのサイバー攻撃が発生しました。', ['occurred']],
    ['2025年3月2日、ファイルサーバーが不正アクセスを受けました。', ['occurred']],
    ['2025年3月2日、サーバーが外部からの攻撃（不正アクセス）を受けました。', ['occurred']],
    ['2025年3月2日に当該サーバーをネットワークから遮断しました。', ['contained']],
    ['2025年3月4日に所轄の警察署へ被害を相談しました。', ['reported']],
    ['2025年3月5日、個人情報保護委員会に速報を提出いたしました。', ['reported']],
    ['2025年3月20日、開発元が修正済みソフトウエアを公開しました。', ['patched']],
    ['2025年3月9日にオンラインショップの営業を再開いたしました。', ['restored']],
    ['2025年3月9日に全システムが復旧しました。', ['restored']],
    ['2025年3月12日より、対象のお客様へのご連絡を順次開始しております。', ['notified']],
    ['2025年3月12日から順次、お詫びの文書を郵送でお送りしています。', ['notified']],
    ['2025年3月6日に当社ホームページで本件を公表しました。', ['published']],
    ['2025年3月1日、業務用パソコン1台を電車内に置き忘れました。', ['occurred']],
    ['2025年3月1日、取引先へのメールを誤って送信しました。', ['occurred']],
    // (Systems that stop working are noticed as they stop.)
    ['2025年3月1日朝、基幹システムが利用できない状態となりました。', ['occurred']],
    ['2025年3月2日、調査会社との打ち合わせを行いました。', []],
    ['|3月1日(日)|システムの不具合確認、担当者が上長に報告|', ['detected']],
    ['2025年3月2日、状況の確認中です。', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('being told is detection', () => {
  test.each([
    ['2025年5月8日、決済代行会社から情報流出の懸念について連絡を受けました。', ['detected']],
    ['2025年5月8日、委託先から不正アクセスがあった旨の報告がありました。', ['detected']],
    ['2025年5月8日、保守業者から本学に、サーバーが侵入を受けたとの第一報がありました。', ['detected']],
    ['不正アクセスがあったとの連絡を同社より2025年5月8日に受けました。', ['detected']],
    ['2025年5月8日、利用者から不審なメールが届いたとの問い合わせが寄せられました。', ['detected']],
    // A vendor's announcement of its own incident is how the organization learned of it.
    ['2025年5月8日、クラウド事業者のシステムに不正アクセスが発生したとの発表がありました。', ['detected']],
    ['2025年5月8日、委託先のサーバーがランサムウェアに感染したと発表がありました。', ['detected']],
    ['2025年5月8日、当社サーバーがランサムウェアに感染しました。同日、その旨を当社ウェブサイトで公表しました。', ['occurred']],
    ['2025年5月8日早朝より、偽サイトに誘導されたとのご連絡が宿泊者様から当館の窓口に寄せられ、調べたところ不正アクセスが判明しました。', ['detected']],
    ['2025年5月8日に外部機関から当機構に情報提供があり、調査を始めました。', ['detected']],
    // A space left in the text by a PDF's line break ("報告 があり").
    ['10月18日に、鑑定会社から当社に対し、情報漏えいのおそれが認められるとの報告 があり、調査を始めました。', ['detected']],
    // News received as a favour, by telephone, or as a request.
    ['2025年5月8日、取引先から不審なメールが届いているとのご連絡をいただきました。', ['detected']],
    ['2025年5月8日、委託先から、ランサムウェアの被害を受けたとの報告をいただきました。', ['detected']],
    ['2025年5月8日、お客様から不審なメールが届いたとのお電話がありました。', ['detected']],
    ['2025年5月8日、お客様から不審なメールが届いたとのお申し出を受けました。', ['detected']],
    // (A leak possible with no further harm seen is still news of the incident.)
    ['2025年4月21日、委託先から、情報流出の可能性がありますが、現時点で二次被害は確認されていないとの報告を受けました。', ['detected']],
    ['2025年4月21日、委託先から、情報流出が確認されたとの報告を受けました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });

  test.each([
    // Someone else was told.
    ['2025年5月8日、監督官庁から委託先に対し、追加の調査が必要との連絡がありました。'],
    // An investigation's report is not news of the incident.
    ['2025年5月8日までに調査が終わり、調査結果の報告を受けております。'],
    ['2025年5月8日に、情報流出の事実は確認されなかったとの最終報告を受けました。'],
    // A call that was itself the fraud is no news of the incident.
    ['2025年5月8日、銀行の担当者を名乗る者から電話があり、指示に従って手続きを行いました。'],
    ['2025年5月8日、調査会社から調査報告書を受領しました。'],
    // News asked of readers is none received.
    ['2025年3月2日、不審なメールを受け取られた場合は、当社までご連絡をいただけますと幸いです。'],
    ['2025年3月2日より、お心当たりのある方は下記窓口までご連絡をいただきますようお願いいたします。'],
    // News that no leak was seen is an investigation's result.
    ['11月中旬、委託先から本学のデータ流出は見受けられないとの報告を受ける。'],
    ['2025年4月21日、IIJ社から、当社のメール情報の流出は確認されなかったとの報告を受けました。'],
  ])('not told: %s', (sentence) => {
    expect(eventsOf(sentence)).not.toContain('detected');
  });
});

describe('an incident word with a detection word after it', () => {
  test.each([
    // The incident is the object of the finding.
    ['2025年6月3日、社員のメールアカウントが不正にログインされたことを確認しました。', ['detected']],
    ['2025年6月3日に社内システムが攻撃を受けた可能性のある事象を確認しました。', ['detected']],
    // Two clauses in a row; with a time of day the attack itself is dated too.
    ['2025年6月3日、サーバーが不正アクセスを受け、顧客情報が閲覧された可能性があることが判明しました。', ['detected']],
    ['2025年6月3日深夜、サーバーが不正アクセスを受け、顧客情報が閲覧された可能性があることが判明しました。', ['occurred', 'detected']],
    // "DATEに" binds the date to the first verb, the attack: when it was found is not said.
    ['2025年6月3日にサーバーが不正アクセスを受け、顧客情報が閲覧された可能性があることが判明しました。', ['occurred']],
    ['9月22日に第三者による不正アクセスを受け、情報が流出した可能性があることが判明いたしました。', ['occurred']],
    ['2025年10月9日未明に、外部サーバがランサムウェアによる不正アクセスを受け、個人情報の一部が漏洩した可能性があることが判明いたしました。', ['occurred']],
    // (Only where what was found is more than that day could show: a possibility, or a later event the dated one led to. A plain
    // fact of the attack found with it, its infection or encryption, was seen that day.)
    ['2025年3月24日に当社従業員がサポート詐欺のサイトへ誘導され、遠隔操作ソフトをインストールしたことにより、不正なアクセスを受けたことが判明しております。', ['occurred']],
    ['2026年1月15日に弊社が管理する一部のサーバーがランサムウェアによるサイバー攻撃を受け、お取引先様に関する情報の一部が外部に流出した可能性があることが判明いたしました。', ['occurred']],
    ['2026年6月15日に、本法人が管理するサーバーへ第三者からのサイバー攻撃（不正アクセス）を受け、ランサムウェアへの感染が確認されました。', ['occurred', 'detected']],
    ['本年５月 21 日にランサムウェア攻撃を受け、一部サーバーが暗号化されたことを確認しました。', ['occurred', 'detected']],
    ['令和７年９月１１日に、子会社が運営するホームページが第三者による不正アクセスを受け、サイトが改ざんされる事案が確認されました。', ['occurred', 'detected']],
    // (Where the occurrence is stated, or a state under way was found, it was seen that day too.)
    ['4月18日(金)に当社の複数サーバ、端末内のデータが暗号化され、ランサムウェアによる被害が発生していることを確認いたしました。', ['occurred', 'detected']],
    ['同年4月2日に、漏洩したと思われるファイルに個人情報が含まれている可能性があることが発覚しました。', ['occurred', 'detected']],
    ['2025年6月3日にサーバーへの不正アクセスが発生し、顧客情報が閲覧された可能性があることが判明しました。', ['occurred', 'detected']],
    ['2025年6月3日、業務サーバーへの不正アクセスが発生し、ファイルが暗号化されていることを確認しました。', ['occurred', 'detected']],
    // The date of an investigation's end is not the incident's.
    ['2025年6月20日、調査機関による調査が完了し、対象期間に入力されたカード情報が漏洩し、不正利用された可能性があることを確認しました。', []],
    ['2025年6月3日 14時10分頃、ウェブサイトが改ざんされ、閲覧者が別のサイトへ転送されていることが判明しました。', ['occurred', 'detected']],
    // Far apart, across a contrast: each keeps its own date.
    ['2025年6月3日に外部から侵入があり、一部のファイルが暗号化されたこと、流出の有無は不明ですが、影響を調べていることを委託先から確認しております。', ['occurred']],
    // A date right before the incident verb dates the incident.
    ['攻撃は2025年6月3日にのみ発生したことを確認しております。', ['occurred']],
    ['委託先に対し2024年7月頃に行われたランサムウェア攻撃を原因として漏えいした可能性があることが判明しました。', ['occurred']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });

  test.each([
    // A date an investigation found is when it happened.
    ['ログを調査した結果、2025年6月1日に第三者による不正ログインが行われていることを確認しました。', ['occurred']],
    ['影響範囲の調査を進めた結果、2025年6月1日、会員情報が外部に漏えいしていたことが判明しました。', ['detected']],
    // …unless only a possibility was found.
    ['外部機関による調査の結果、2025年6月20日に顧客情報が外部に流出した可能性があることが判明しました。', ['detected']],
    // "調べたところ" / "確認したところ" introduce what was found, too.
    ['通信記録を調べたところ、2025年6月1日に外部から侵入を受けていたことが確認されました。', ['occurred']],
    ['障害の原因を確認したところ、2025年6月1日においてサーバーが攻撃を受けたことが判明しました。', ['occurred']],
    // Without them the date heads the finding.
    ['2025年6月1日においてサーバーが攻撃を受けたことが判明しました。', ['detected']],
  ])('investigation: %s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a date that opens a period', () => {
  test.each([
    ['2025年7月1日から、海外のIPアドレスからの不正なログイン試行を断続的に検知しておりました。', ['occurred', 'detected']],
    ['2025年7月1日未明~2日昼にかけて、会員ページへの不審なアクセスが検知されました。', ['occurred', 'detected']],
    ['2025年7月1日から第三者による不正アクセスが行われていた痕跡を確認しました。', ['occurred']],
    ['調査の結果、2024年1月5日~2025年2月3日の期間にサイトで入力されたカード情報が流出し、不正利用された可能性があることを確認しました。', ['occurred']],
    ['2024年1月5日~2025年2月3日の期間中に商品を購入されたお客様のうち、漏えいした可能性のある情報は以下のとおりです。', []],
    ['2025年7月1日より、対象のお客様へメールでのご案内を開始しております。', ['notified']],
    // A range that qualifies a noun says what is in scope.
    ['2019年4月から2024年3月までの記事に不正なスクリプトが埋め込まれていたことが判明しました。', []],
    // The incident is the object of a finding written in the past: found afterwards, not during the period.
    ['2025年6月2日(月)午前3時~午前9時頃までの間、外部からの攻撃によりサイトが改ざんされ、偽の画面が表示されていたことが判明しました。', ['occurred']],
    ['2025年6月2日から4日にかけて、会員サイトに不正ログインされ、登録情報が閲覧されたことを確認しました。', ['occurred']],
    // A period that is the investigation's dates neither: the finding came at its end (the gold of 5 releases, none dating it).
    ['2025年6月2日から調査を進めた結果、サーバーがランサムウェア攻撃を受けたことを確認しました。', []],
    // …but a finding of what is going on is made during the period.
    ['2025年6月2日から4日にかけて、会員サイトで大量のログイン試行が発生していることを確認しました。', ['occurred', 'detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('words before the date', () => {
  test.each([
    ['- 発生日時：2025年8月1日 10:00頃', ['occurred']],
    ['- 送信日時：8月1日 10:00頃~8月1日 11:30頃', ['occurred']],
    ['- 検知日：2025年8月2日', ['detected']],
    ['対象期間：2025年8月1日~8月2日', []],
    ['当初、攻撃が始まったのは2025年8月1日としておりました。', ['occurred']],
    ['不正アクセスを検知した2025年8月2日以前に発生した事象です。', ['detected']],
    ['先般公表した、不正アクセスを検知した2025年8月2日以前の事象です。', ['detected']],
    // A label that only says "when": a period it opens is the incident's.
    ['時期:2025年11月中旬頃から', ['occurred']],
    ['- 時期：2025年11月3日~11月5日', ['occurred']],
    ['公表時期:2025年11月中旬から', ['published']],
    ['時期:2025年11月中旬', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a contractor finding it dates its detection, not when the attack began', () => {
  test.each([
    ['2025年9月1日、委託業者が保守用サーバーへの不審なアクセスを検知しました。', ['detected']],
    ['2025年9月1日、サンプル運輸株式会社が不正アクセスを覚知しました。', ['detected']],
    ['2025年9月1日、当社が不正アクセスを検知しました。', ['detected']],
    ['委託先の株式会社サンプル物流において、2025年9月1日に不正アクセスが確認されました。', ['detected']],
    ['2024年7月、サンプル印刷株式会社の工場にてネットワークの異常が確認され、調査の結果、不正アクセスがあったことが判明した。', ['detected']],
    ['本年3月7日、サンプルソリューションズ株式会社において社内サーバーに対する不審なアクセスを検知しました。', ['detected']],
    // At an hour, with no traces named, the attack was seen as it went on.
    ['不正プログラムを用いた大量アクセスが開始され、2025年4月22日8時53分にシステム管理会社が異常を検知したため、同社が調査を開始しました。', ['occurred', 'detected']],
    ['2025年4月22日、システム管理会社が異常を検知したため、同社が調査を開始しました。', ['detected']],
    // (The contractor's attack itself, told as it happened, stays the occurrence.)
    ['2025年7月1日に、委託先のサーバーでランサムウェア被害が発生しました。', ['occurred']],
    ['2025年2月に委託先が利用しているデータサーバーが不正アクセスを受けました。', ['occurred']],
    ['当社子会社において、2025年9月1日に不正アクセスが確認されました。', ['detected']],
    ['当社及び関係各社が実施した調査において2025年10月15日、データ流出の可能性を示す痕跡が確認されました。', ['detected']],
    // Traces are found after the fact: the contractor's finding is not when the attack happened.
    ['2026年1月22日、委託先において本システムへの不正アクセスの痕跡が確認されました。', ['detected']],
    ['2024年9月30日に再委託先であるサンプル株式会社において、外部からの不正アクセスの形跡が検出されました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('words that only modify a noun do not decide', () => {
  test.each([
    ['2025年9月5日より、不正アクセスが確認された店舗のレジ利用を再開しました。', ['restored']],
    // …but a word right after the date is its event.
    ['2025年9月5日に検知した攻撃について、サーバーを隔離しました。', ['detected']],
    ['2021年10月から2026年4月の間に当サイトで登録された、氏名、暗号化されたパスワード等', []],
    ['2025年9月5日、攻撃検知の事実をホームページで公表しました。', ['published']],
    ['2025年9月5日には、その時点で確認できた内容をウェブサイトにて公開しました。', ['published']],
    ['今回の障害は、2025年9月5日に当社サーバーが受けたランサムウェア被害によるものですが、カード情報は含まれていないことが確認されています。', ['occurred']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a date that names the attack', () => {
  test.each([
    ['2025年5月3日の不正アクセスにより、ファイルの一部が暗号化されました。', ['occurred']],
    ['2025年5月3日(土)のサイバー攻撃から復旧までの経緯をご説明します。', ['occurred']],
    ['2025年5月3日頃の第三者による不正アクセスについて、警察から連絡を受けました。', ['occurred']],
    // The finding, a notice or a report about the attack is not the attack.
    ['2025年5月3日の不正アクセス判明以降、サーバーを停止しております。', ['detected']],
    ['2025年5月3日の不正アクセスの検知を受け、調査を開始しました。', ['detected']],
    ['2025年5月3日の公表以降、問い合わせ窓口を設けております。', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('dates that bound a period or a record', () => {
  test.each([
    // The end of a period ("までに") is no finding and no incident.
    ['2025年3月10日までに当サイトをご利用のお客様の情報が漏えいしていたことを確認しました。', []],
    ['2025年3月10日までにすべてのお客様へ個別にご連絡いたしました。', ['notified']],
    // …nor the bounds of a scope.
    ['対象期間を2021年4月から2025年3月までとしてお知らせしておりましたが、その後の調査で判明しました。', []],
    ['影響範囲は2021年4月から2025年3月までと判明しました。', []],
    // A record of a day shows what happened that day.
    ['調査の結果、最も古いもので2021年6月1日の送信記録が確認されました。', ['occurred']],
    ['2021年6月1日のログを確認したところ、異常はありませんでした。', ['occurred']],
    // A time noun built on a finding word is no finding ("発覚日", "判明後").
    ['2015年6月から発覚日までの間に、査定業務の一部で書類が紛失していました。', ['occurred']],
    ['2025年6月2日、判明時点で稼働していたサーバーを停止しました。', ['contained']],
    // A possibility found within a period was found afterwards.
    ['2025年6月2日~6月9日の期間に入力された情報が漏洩した可能性があることも確認されました。', ['occurred']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('words of the language added from a fresh annotated set', () => {
  test.each([
    // "不正アクセスされ", "…事案が生じ": the incident came about that day.
    ['2025年4月3日、職員のノートパソコンが遠隔操作により不正アクセスされる事案が生じました。', ['occurred']],
    ['2025年4月3日、受付システムに障害が生じました。', ['occurred', 'detected']],
    ['2025年4月3日、委員会の開催日程に変更が生じました。', []],
    // A symptom: "接続しにくい".
    ['2025年6月2日からサーバーが接続しにくい状態が続いております。', ['occurred']],
    ['2025年6月2日からサーバーへの接続方法を変更しております。', []],
    // Confirming a sound state is no finding of the incident.
    ['2025年4月2日、全店舗でご利用が可能であることが確認できました。', []],
    ['2025年4月2日、顧客データに影響がないことを確認しました。', []],
    ['2025年4月2日、サーバー内に不審なファイルがあることを確認しました。', ['detected']],
    // An investigation begun before the date: the date is what it found happened.
    ['連絡を受けてすぐに調査を開始し、2025年1月5日にサーバーが不正アクセスを受けていたことを確認しました。', ['occurred']],
    ['2025年1月5日にサーバーが不正アクセスを受けていたことを確認し、調査を開始しました。', ['detected']],
    // "…が発生したことを確認": the occurrence is the object of the finding.
    ['2025年7月1日に、委託先のサーバーでランサムウェア被害が発生したことを確認しました。', ['detected']],
    ['2025年7月1日に、ファイルが暗号化される被害が発生していることを確認しました。', ['detected']],
    ['2025年7月1日に、委託先のサーバーでランサムウェア被害が発生しました。', ['occurred']],
    // Blocking an attack as it began: it was seen that day too.
    ['2025年8月3日深夜より外部からの攻撃とみられる通信が断続的に発生し、当該サーバーへの通信を遮断しました。', ['occurred', 'detected']],
    ['2025年8月3日深夜より外部からの攻撃とみられる通信が断続的に発生しました。', ['occurred']],
    ['調査の結果、2025年8月3日深夜より攻撃が発生し、その後サーバーを停止したことがわかりました。', ['occurred']],
    // A date set apart heads the stop too, with no hour: "…が発生したため、…を遮断" (NTTPC); one bound by に to the attack's verb is
    // the attack's alone (日本体操協会: the gold leaves the finding undated); a function that stopped is the incident, no response to it.
    ['2026年5月10日 外部からの攻撃と思われる通信が断続的に発生したため、当該サーバーへのアクセスを遮断し、サービスを停止しました', ['occurred', 'detected']],
    ['5月8日、添付ファイル分離メールサーバの送信機能が停止したため、当該サーバを経由しない構成に切り替えました。', ['occurred']],
    ['5月27日に本会ホームページに対するマルウェアによる外部不正アクセスを受け、一時的に運用を停止しました。', ['occurred']],
    ['2026年5月10日、外部からの攻撃と思われる通信が発生しました。', ['occurred']],
    ['調査の結果、2026年5月10日、外部からの攻撃と思われる通信が発生したため、当該サーバーへのアクセスを遮断しました。', ['occurred']],
    // "何者かが…を不正に使用し": the misuse, written actively.
    ['2025年5月2日から、何者かが当該アカウントを不正に使用し、迷惑メールを送信しておりました。', ['occurred']],
    ['2025年5月2日、アカウントを不正に使用しないよう注意喚起を行いました。', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('words that name a thing, and findings of an investigation', () => {
  test.each([
    ['2025年3月2日、サーバー内に不審なファイルの痕跡を把握いたしました。', ['detected']],
    ['2025年3月2日以降、状況の把握に努めております。', []],
    // A response word that names a service is no response.
    ['2025年3月2日、迷惑メール隔離サービスの機器で不正アクセスの疑いを検知しました。', ['detected']],
    ['2025年3月2日、当該機器をネットワークから隔離しました。', ['contained']],
    // A written report (of an investigation) is not news of the incident.
    ['2025年3月2日、被害はなかった旨の報告書を委託先より受領しました。', []],
    ['2025年3月2日、委託先から不審なアクセスがあった旨の報告を受けました。', ['detected']],
    // "…以前より" opens a period reaching back: the investigation dates the attack.
    ['調査の結果、2025年1月中旬以前より不正なプログラムが設置されていたことが判明しました。', ['occurred']],
    ['2025年1月20日、サーバー内に不正なプログラムが設置されていることを確認しました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('an hour dates the finding of an incident, not the incident found (complement.atHour)', () => {
  test.each([
    // The hour is the finding's: the incident's own start is not stated (the gold reads these both ways; the check half
    // lost more than it won by dating the incident too).
    ['2025年3月2日午前10時ごろ、社内システムで障害が発生していることを検知しました。', ['detected']],
    ['2025年3月2日、社内システムで障害が発生していることを確認しました。', ['detected']],
    ['2025年3月2日午前10時ごろ、社内システムで障害が発生していたことを検知しました。', ['detected']],
    // Negative rows: a failure stated at its hour is lived through (outageSeen); an attack noun seen at an hour (window.seen).
    ['2025年5月6日早朝、当社の基幹システムで障害が発生しました。', ['occurred', 'detected']],
    ['2025年3月23日午前、当社のメールアカウントからの不審なメール送信が確認されました。', ['occurred', 'detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('traces found at an hour date their finding, not the attack that left them (trace.atHour)', () => {
  test.each([
    // A chronology's row as text extraction leaves a table: the hour is the finding's; the attack came before, undated.
    ['11月7日（金）　22：30　委託先サーバにおいて不正アクセスの形跡を確認', ['detected']],
    ['2025年4月22日 8時53分、当社サーバーに不正アクセスの痕跡を検知しました。', ['detected']],
    // Negative rows: over a span the traces date the attack (window.found); an attack seen at an hour without traces (window.seen);
    // traces an investigation dated (trace).
    ['2025年6月24日から、当社サーバーへの不正アクセスの痕跡を確認しました。', ['occurred']],
    ['2025年3月23日午前、当社のメールアカウントからの不審なメール送信が確認されました。', ['occurred', 'detected']],
    ['調査の結果、2025年4月22日 8時53分に不正アクセスの痕跡が確認されました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a message from an impersonator is the attack', () => {
  test.each([
    ['2025年3月上旬、当社の代表者を装った第三者から、外部のチャットへ誘導するメールが経理担当者に届きました。', ['occurred']],
    ['2025年3月4日、お客様を名乗る方から問い合わせのメールが届きました。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('an incident inside the state that was found', () => {
  test.each([
    ['2025年2月3日に社内サーバーのデータが暗号化され閲覧できない状況を確認しました。', ['detected']],
    ['2025年2月3日午前9時頃、社内サーバーのデータが暗号化され閲覧できない状態を確認しました。', ['occurred', 'detected']],
    // A symptom lived through, then what it turned out to be: both that day (a state found dates the finding only).
    ['2026年2月3日、当社の一部サーバー内のファイルが暗号化され、ランサムウェアの被害であることが判明いたしました。', ['occurred', 'detected']],
    ['2026年2月4日、弊社の一部サーバー内のファイルが暗号化され、調査の結果、ランサムウェアによる被害であることが判明いたしました。', ['occurred', 'detected']],
    ['2026年2月4日、基幹システムが停止し、サイバー攻撃によるものと判明しました。', ['occurred', 'detected']],
    ['2025年12月15日、子会社のサーバー内のファイルが暗号化され、読み取れない状態となっていることを確認いたしました。', ['detected']],
    ['2025年12月15日、子会社のアカウントが不正アクセスを受け、ランサムウェアの被害であることが判明しました。', ['detected']],
    // …and so is a symptom bound to the date by に, found as a state.
    ['ウェブサイトが、2026年6月17日午後1時15分頃に閲覧できない状態であることが判明しました。', ['occurred', 'detected']],
    ['ウェブサイトが、2026年6月17日に閲覧できない状態であることが判明しました。', ['detected']],
    ['2026年6月17日に利用できない状況を確認しました。', ['detected']],
    // (A symptom stated as what happened stays the occurrence.)
    ['ウェブサイトが、2026年6月17日午後1時15分頃に閲覧できない状態となりました。', ['occurred']],
    // A separate clause of its own still dates the incident.
    ['2025年2月3日にサーバーが暗号化され、同日中にその事実を確認しました。', ['occurred', 'detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a system failure is seen as it happens', () => {
  test.each([
    ['2025年5月6日早朝、当社の基幹システムで障害が発生しました。', ['occurred', 'detected']],
    ['2025年5月6日午前2時頃、受注システムに障害が生じ、出荷を停止しました。', ['occurred', 'detected']],
    ['2025年5月6日、当社の基幹システムで障害が発生しました。', ['occurred', 'detected']],
    // An attack that need not be seen: only the occurrence.
    ['2025年5月6日夕方頃より、当社ホームページが改ざんされる事象が発生しました。', ['occurred']],
    // An investigation dates it afterwards.
    ['調査の結果、2025年5月6日午前2時頃に障害が発生していたことが判明しました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('news received is detection, whoever else the clause names', () => {
  test.each([
    ['2025年4月14日、委託先より同社のメールシステムに対して不正アクセスがあったとの報告を受けました。', ['detected']],
    ['2025年4月14日、受信者からの連絡により、教員アカウントへの不正アクセスを認知しました。', ['detected']],
    ['2025年4月14日、取引先からの問い合わせで、当社サイトが改ざんされていたことがわかりました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });

  test.each([
    // Someone else was told (no news received by the organization).
    ['2025年4月14日、監督官庁から委託先に対し、追加の調査が必要との連絡がありました。'],
    // "わかり次第" is a promise, not a finding.
    ['2025年4月14日に発生した障害の原因は、わかり次第お知らせします。'],
  ])('not detection: %s', (sentence) => {
    expect(eventsOf(sentence)).not.toContain('detected');
  });
});

describe('a date that selects the stored data is no event', () => {
  test.each([
    ['2000年4月以降にご登録のお客様の情報が流出した可能性があります。', []],
    ['2019年4月から2024年3月までに入会された会員の氏名が漏えいした可能性があります。', []],
    ['2015年4月1日以前に在籍していた職員の情報も含まれます。', []],
    ['2024年3月25日以降に当サービスをご利用されたユーザー様の情報が漏えいした可能性があります。', []],
    ['2023年4月1日から2024年3月31日までにご購入いただいたお客様の住所が閲覧された可能性があります。', []],
    ['2021年10月から2026年4月の間に当サイトで購入時にユーザー登録された、氏名・住所等のデータが流出した可能性があります。', []],
    ['1994年7月から2017年10月にかけて当社が鑑定会社に依頼した事案に関するお客さまの個人データが漏えいしたおそれがあります。', []],
    ['※流出したのは2021年10月以降のものです。', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });

  test.each([
    // Card data entered in a period is what a skimmer took then: the period is the incident's.
    ['2021年6月16日～2024年12月5日の期間にクレジットカード決済をされたお客様のカード情報が漏えいした可能性があります。', ['occurred']],
    // The organization's own use of a server, and a bare date before a purchase, are no bound.
    ['2025年2月に委託先が利用しているデータサーバーが不正アクセスを受けました。', ['occurred']],
    ['2025年2月2日、宿泊を予約されたお客様に不審なメッセージが配信されていることを確認しました。', ['detected']],
  ])('still an event: %s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a stop still in force dates an outage', () => {
  test.each([
    ['10月19日（日）21時より公式オンラインショップの受注および出荷業務を停止しております。', ['occurred']],
    ['2026年3月10日(火)午後以降、受注、出荷および全ての業務を停止しております。', ['occurred']],
    ['6月3日夜からサービスの提供を休止しています。', ['occurred']],
    // The stop named as a noun ("…の一部停止を行っております").
    ['2025年2月24日より、第三者からの不正アクセスの影響により、下記のとおり、サービスの一部停止を行っております。', ['occurred']],
    // A system that stops by itself, in a sentence or a chronology line.
    ['2025年12月6日～10日にかけ弊社コーポレートサイトの負荷が急激に高まり、サイトが断続的に停止致しました。', ['occurred']],
    ['|8月25日(月)|ランサムウェア感染により受注および出荷業務が停止|', ['occurred']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });

  test.each([
    // A stop made to protect, or of something that is no service, is a containment.
    ['2025年11月6日23時30分から緊急措置として当サービスを一時停止しております。', ['contained']],
    ['被害の拡大防止を最優先とする観点から、2026年8月12日より弊社システムを一時停止しております。', ['contained']],
    ['2025年9月4日より弊社予約サイト経由の新たな宿泊予約の受付を停止しております。', ['contained']],
    ['2024年9月4日以降、委託先への新たな調査の発注を停止しています。', ['contained']],
    ['2025年3月2日に当該サーバーを停止致しました。', ['contained']],
  ])('a containment: %s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
  // The stop named as a noun, made to protect: no outage.
  test.each([
    ['2025年9月4日より、念のため当サイトの一部停止を実施しております。', []],
    ['2025年9月4日より、被害の拡大を防ぐため、サービスの一部停止を行っております。', []],
  ])('no outage: %s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a third party telling the organization or one of its units', () => {
  test.each([
    ['|2025年4月14日|写真のたなかやが南菅小学校に報告|', ['detected']],
    ['令和7年4月16日 スクールアートより事故発生があった旨本校へ報告が入る', ['detected']],
    ['令和7年2月21日以降、写真館より当該各小学校へ本件の報告を行った。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });

  test.each([
    // A company named first is the one told.
    ['令和6年12月 ㈱イシクラに、個人情報保護委員会より顧客への報告が必要である旨の報告が入った。'],
    // Information that was reported, bounding a period.
    ['2025年4月より前の経緯については、印刷会社から本学に報告された情報による。'],
    // The organization reporting to an authority.
    ['2025年4月14日に当社から警察へ報告しました。'],
  ])('not told: %s', (sentence) => {
    expect(eventsOf(sentence)).not.toContain('detected');
  });
});

describe('systems that stop working date the incident; the annotators leave its finding undated', () => {
  test.each([
    ['令和8年3月1日に当院がサイバー攻撃を受け、各種システムが閲覧できなくなる障害が生じました。', ['occurred']],
    ['2025年7月26日、当社サーバーがランサムウェア攻撃を受け、システムが一時使用不能となりました。', ['occurred']],
    ['2025年6月30日午前4時頃、業務用サーバが不正にアクセスされ、データが暗号化され社内からサーバにアクセス不能な状況になりました。', ['occurred']],
    ['2025年1月26日夜に外部からの不正アクセスによりホームページの閲覧ができなくなるという事案が発生いたしました。', ['occurred']],
    ['2025年8月25日、サーバがランサムウェアに感染し、基幹システムにアクセスできない状況となりました。', ['occurred']],
    // Not a stop: a difficulty of access is no symptom of the attack.
    ['2025年8月25日、当社サーバが不正アクセスを受けました。なお、一般的な方法ではアクセスが困難な領域です。', ['occurred']],
    // Found by an investigation, or no symptom: the attack alone.
    ['調査の結果、2025年7月26日に当社サーバーが攻撃を受け、システムが使用不能となっていたことが判明しました。', ['occurred']],
    ['2025年7月26日、当社サーバーがランサムウェア攻撃を受けました。', ['occurred']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a failure of the systems is seen as it happens, with or without the hour', () => {
  test.each([
    ['2025年２月17日に当社システムにおいて障害が発生し、一部のサービスが停止しました。', ['occurred', 'detected']],
    ['2026年3月9日に弊社内に設置しているサーバでシステム障害が発生しました。', ['occurred', 'detected']],
    ['2025 年 8 月 20 日に当社開発センターのサーバーにおいてサイバー攻撃によるものと思われるシステム障害が発生いたしました。', ['occurred', 'detected']],
    ['2026 年３月 27 日にサイバー攻撃の影響を受けシステム障害が発生したことをお知らせいたします。', ['occurred', 'detected']],
    // Not a failure: an attack alone, a failure found by an investigation, or a month reconstructed afterwards.
    ['2026年3月9日にランサムウェア攻撃が発生しました。', ['occurred']],
    ['調査の結果、2026年3月9日にシステム障害が発生していたことが判明しました。', ['occurred']],
    ['2026年3月にシステム障害が発生しました。', ['occurred']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a notice that names the incident and its date', () => {
  test.each([
    ['2025年8月25日にランサムウェア攻撃を受けたことを当社ホームページで公表いたしました。', ['occurred']],
    ['2025年8月25日に不正アクセスを受けた旨をお知らせしました。', ['occurred']],
    // A finding of it, as before.
    ['2025年8月25日に不正アクセスを受けたことを確認しました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a chronology entry found and acted on (…を確認、…)', () => {
  test.each([
    ['2025年8月9日 ランサムウェアの被害を確認、ネットワークを遮断', ['detected']],
    ['2025年10月19日:システム障害を確認、プレスリリースを発表', ['detected']],
    // Not a finding: the confirmation is still to come.
    ['2025年10月19日:システム障害の有無を確認中、調査を継続', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a contractor explaining to the school is detection', () => {
  test.each([
    ['2025年3月11日 委託会社が二宮西中学校へ経緯説明', ['detected']],
    ['2025年3月11日 委託会社より学校へ説明', ['detected']],
    // Several of its schools told at once.
    ['2025年3月11日 株式会社イシクラが大磯町立大磯中学校、大磯町立国府中学校へ経緯説明', ['detected']],
    // A list of its schools that are not told anything.
    ['2025年3月11日 委託会社が大磯中学校、国府中学校の卒業アルバムの制作を受託', []],
    // An explanatory meeting held by the organization is no news received.
    ['2025年3月11日 学校に説明会を開催', []],
    // The matter told named before the noun.
    ['2026年3月1日 当該看護師から当院へ事案について報告', ['detected']],
    // (Not news passed from one company to another.)
    ['2026年3月1日 株式会社イシクラから委託会社へ経緯を報告', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe("a chronology's row ending in the noun of the news or of the finding", () => {
  test.each([
    ['令和7年4月16日 福島県子育て支援課・福島県教育委員会より、卒園・卒業アルバムの情報漏えいの可能性がある園・学校についての情報提供', ['detected']],
    ['2025年4月16日 委託先から不正アクセスの報告。', ['detected']],
    ['2026年4月11日 当社サービスにおいて、一部のユーザー様の個人情報が海外のサイトにて販売されているとの情報を把握', ['detected']],
    // News passed to someone else, an investigation's result, the noun inside a sentence: no news received.
    ['令和6年12月 個人情報保護委員会から株式会社イシクラに対し、顧客及び関係者への個別報告が必要である旨の連絡', []],
    ['2025年6月23日 委託先から調査結果の報告', []],
    ['2025年4月16日、委託先からの報告内容を精査しました。', []],
    // Sensed, noticed: findings in other words.
    ['2024年8月29日、当社は、当社のサーバがランサムウェアに感染していることを感知しました。', ['detected']],
    ['2024年8月29日、職員が不審な画面に気がつきました。', ['detected']],
    ['2024年8月29日以降、不正な通信は感知されておりません。', []],
    ['2024年8月29日、当該サーバーで不正な通信は感知されておりません。', []],
    // A grasp still sought is no finding.
    ['2025年4月16日以降、全容把握に努めております。', []],
    ['2025年4月16日、被害の全容を把握するため調査を開始しました。', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a date inside what the organization was told', () => {
  test.each([
    ['2025年9月25日に身代金要求を伴う不正アクセスがあったことについてLBM社より報告を受けました。', ['occurred']],
    ['2025年9月25日に不正アクセスを受けた旨、委託先から連絡を受けました。', ['occurred']],
    // The date set apart, or no incident inside: the day the news came.
    ['2025年9月25日、不正アクセスがあったことについてLBM社より報告を受けました。', ['detected']],
    ['2025年9月25日に調査が終わったことについて委託先より報告を受けました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('connecting without leave is the attack', () => {
  test.each([
    ['2025年8月26日、第三者が当社のサーバに不正にリモート接続しました。', ['occurred']],
    ['2025年8月26日、第三者が当社のサーバに不正に接続しました。', ['occurred']],
    ['2025年8月26日、保守業者が当社のサーバにリモート接続しました。', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('where the date stands in the sentence', () => {
  test.each([
    // A date heading a sentence about a matter its verb only names: the matter happened that day.
    ['2025年10月3日、当社グループにおいて発生した情報セキュリティインシデントにつきまして、深くお詫び申し上げます。', ['occurred']],
    ['令和6年11月14日に当会システムの一部へ不正アクセスを受けた件につきまして、改めてお詫び申し上げます。', ['occurred']],
    // An insider's access in the active voice is the incident.
    ['令和元年6月から令和6年9月までの間、他人のパスワードを推測し、人事給与システムに不正にアクセスし、情報を閲覧していました。', ['occurred']],
    // "…が発生したことに関連し、…判明": the incident is no object of the finding.
    ['2024年5月26日に当社の一部のサーバに不正アクセスが発生したことに関連し、調査の結果、個人情報が漏えいしたことが判明いたしました。', ['occurred', 'detected']],
    // After the subject of what was found, the date is inside the finding: the event's.
    ['このタイミングで、不正なプログラムが7月16日（水）に設置されたことが判明しました。', ['occurred']],
    ['通知が2026年1月4日(日)に配信されたことが確認されました。', ['occurred']],
    // Heading the sentence, or after the organization as subject, it is the finding's.
    ['2025年7月16日、不正なプログラムが設置されたことが判明しました。', ['detected']],
    ['当社は2025年7月16日に不正アクセスを受けたことを確認しました。', ['detected']],
    // A date of a verb that only names a thing.
    ['2025年4月10日に作成された当社正規VPNアカウントの悪用が確認されました。', ['other']],
    // An investigation's finding with the minute: the incident's.
    ['調査の結果、2026年6月18日22時46分頃、VPN機器を経由して侵入されていたことが判明しました。', ['occurred']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a chronology entry ending in the noun, and an account misused', () => {
  test.each([
    ['10月1日(水)19:31 社員用VPNアカウントを悪用され、社内ネットワークへ侵入。', ['occurred']],
    ['2025年10月1日、攻撃者が窃取したアカウントを悪用し、サーバに接続しました。', ['occurred']],
    // A misuse yet to come, or denied, is no event.
    ['2025年10月1日、流出した情報が悪用されるおそれがあるとの連絡を受けました。', ['detected']],
    // (An absence confirmed is no finding either: "…されていないことを確認".)
    ['2025年10月1日時点で、情報が悪用されていないことを確認しました。', []],
    ['2025年10月1日、侵入を防ぐための対策を実施しました。', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence).filter((e) => e !== 'other')).toEqual(events);
  });
});

describe('an event of a day known from its record', () => {
  test.each([
    ['サーバー上では、2026年8月12日17時59分頃に不審なファイル更新が行われた記録を確認しており、影響範囲を調査しています。', ['occurred']],
    ['調査の結果、2026年8月12日に不正なログインがされた履歴が確認されました。', ['occurred']],
    // A chronology's entry: the day of the finding.
    ['- 2025年4月15日にマルウェアが実行された形跡を確認。', ['detected']],
    // A date heading the sentence with a comma is the finding's.
    ['サーバー上では、2026年8月12日、不審なファイル更新が行われた記録を確認しました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence).filter((e) => e !== 'other')).toEqual(events);
  });
});

describe('a date bound to what an investigation found', () => {
  test.each([
    ['調査したところ、通常とは異なるアクセス履歴が検知され、昨年2024年4月6日に不審なアクセス元から複数の通信が繰り返されていたことが判明しました。', ['occurred']],
    ['調査の結果、2026年4月1日から4月6日にかけて、ログ管理画面に第三者がアクセスできる状態にあったことが判明しました。', ['occurred']],
    // A state found (data stored) is no event of that day; a date heading the finding is the finding's.
    ['調査の結果、同年12月25日に当該ファイルサーバ内に、お客様の情報が保存されていたことが判明しました。', ['detected']],
    ['調査の結果、2024年12月25日、不正アクセスが行われていたことが判明しました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence).filter((e) => e !== 'other')).toEqual(events);
  });
});

describe('an investigation written 調査を行なったところ', () => {
  test.each([
    ['管理システムに不正アクセスがないか調査を行なったところ、2025年9月2日に不正アクセスが行われ、予約情報が閲覧されていました。', ['occurred']],
    // Without the investigation, the finding of an attack is dated.
    ['2025年9月2日に不正アクセスを受けたことを確認しました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence).filter((e) => e !== 'other')).toEqual(events);
  });
});

describe('news that nothing leaked is no detection', () => {
  test.each([
    ['2025年4月21日にIIJ社より、当社のメール情報の漏えいはないとの追加報告を受けましたのでお知らせいたします。', ['other']],
    ['4月21日15時15分、IIJ社から最終調査結果の報告があり、当社に関わる情報漏えいはなかったことが確認されました。', ['other']],
    // News of a possible leak is detection.
    ['2025年4月21日にIIJ社より、当社のメール情報が漏えいした可能性があるとの報告を受けました。', ['detected']],
    ['2025年4月10日、データが漏えいした可能性が否定できない旨の報告を委託先より受けました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('words of unseen releases', () => {
  test.each([
    // Coming to know, as a chronology's noun or "…するに至った".
    ['|2025/07/24|お客様からのお問い合わせにより本事象を認知|', ['detected']],
    ['2025年4月14日、写真室から情報提供を受け、本学は本事案を認識するに至った。', ['detected']],
    ['2025年4月14日、本学は本事案を認識するに至った。', ['detected']],
    // (Recognition as a noun inside the sentence is no finding.)
    ['2025年4月14日、認識の共有を図るため会議を開催しました。', []],
    // Found (見つかる / 見つける).
    ['2025年4月2日(水)に一部ファイルについて、外部へ転送されたログが見つかりました。', ['detected']],
    ['2025年4月2日、サーバー内に不審なファイルを見つけました。', ['detected']],
    ['2025年4月2日までに見つからなかった場合は、再度ご連絡ください。', []],
    ['2025年4月2日の調査では、不審なファイルは見つかりませんでした。', []],
    ['2025年4月2日の調査で、外部への送信記録は見つかっておりません。', []],
    // A page that cannot be read, with が between.
    ['2025年1月26日夜以降、外部からの不正アクセスによりホームページの閲覧ができない状況となりました。', ['occurred']],
    ['2025年1月26日、閲覧ができる状態に戻りました。', []],
    // A summary's entry ending in the noun of the leak.
    ['①概要： 2025 年 8 月 30 日に海外からのシステム攻撃より 1 件のパスワードが流出。', ['occurred']],
    ['2025年8月30日、流出防止のための対策を講じました。', []],
    // A symptom that set off an investigation was noticed that day.
    ['令和７年５月26日、当機構の特定のアドレスに不具合が生じたことから、機構内で調査を行ったところ、', ['occurred', 'detected']],
    ['令和 7 年 1 月 4 日早朝、社内業務システムにシステム障害が発生し、調査を行った結果、社内業務用サーバが不正アクセスを受け、ランサムウェアにより複数のサーバが暗号化されたことを確認しました。', ['occurred', 'detected']],
    // (Without an investigation it set off, or where an investigation found it, it keeps its own reading.)
    ['2025年5月26日、当機構の特定のアドレスに不具合が生じました。', ['occurred']],
    ['2024年7月1日、本印刷会社の工場においてネットワーク接続異常が発生したことから、本印刷会社が調査を開始しました。', ['occurred']],
    ['2024年7月1日、当社の工場においてネットワーク接続異常が発生したことから、当社が調査を開始しました。', ['occurred', 'detected']],
    ['調査の結果、2025年5月23日に不具合が生じたことから、データが消失したことが判明しました。', ['occurred']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a date bound to the first event of a chain that led to the incident', () => {
  test.each([
    ['本件は、2025 年 5 月 9 日に当社従業員がサポート詐欺のサイトへ誘導され、遠隔操作ソフトをインストールしたことにより、不正なアクセスを受けたことが判明しております。', ['occurred']],
    // No chain before the incident: the finding (as before).
    ['2025年8月25日に不正アクセスを受けたことを確認しました。', ['detected']],
    // (An attack stated as done, "…アクセスが行われ、…を確認", is dated too.)
    ['2025年8月29日（金）、弊社システムの一部に不正なアクセスが行われ、サーバー内のファイルの一部が暗号化されていることを確認しました。', ['occurred', 'detected']],
    ['運営会社を通じ調査を実施したところ、2025年10月23日に不正アクセスが行われ、お客様の個人情報が不正に取得されたことが判明いたしました。', ['occurred']],
    ['2025年8月25日、当社従業員がサポート詐欺のサイトへ誘導され、遠隔操作ソフトをインストールしたことにより、不正なアクセスを受けたことが判明しました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('dates of another incident, and a date inside a subject\'s clause', () => {
  test.each([
    ['なお、2025年11月に発生した当社への不正アクセスと今回の事案については、侵入経路が異なることから、直接の関係はないものと認識しております。', ['other']],
    ['2025年11月に発生した当社への不正アクセスについて、現在も調査を継続しております。', ['occurred']],
    ['アルバム印刷の委託先のウェブサーバーが、2024年7月、不正アクセスを受け、本校卒業生の個人写真が閲覧された可能性が判明いたしました。', ['occurred']],
    ['アルバム印刷の委託先のウェブサーバーが、昨年７月、不正アクセスを受け、本校卒業生の個人写真が閲覧された可能性が判明いたしました。', ['occurred']],
    // (The organization as the subject: the finding, as before.)
    ['当社は、2024年7月1日、不正アクセスを受け、個人写真が閲覧された可能性が判明いたしました。', ['detected']],
    ['株式会社サンプルは、2025年1月22日、ランサムウェア攻撃により当社のサーバー内データが暗号化されたことを確認しました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('an event word whose predicate is denied does not date that event', () => {
  test.each([
    ['2025年12月8日以降、追加の不正アクセスは検知しておりません。', []],
    ['2025年9月7日、ウイルススキャンを実施したところ、ウイルスは検出されなかった。', []],
    ['2025年1月2日以降、不正なメール送信は発生していない。', []],
    ['2023年8月14日以降パスワードを変更していないユーザーが対象です。', []],
    // A denied use of a word does not hide a later use of the same word.
    ['2025年2月26日、調査の過程で、当社が認知しない変更が加えられていたことが判明しました。', ['detected']],
    // Negative rows: the event stands.
    ['2025年12月8日、不正アクセスを検知しております。', ['detected']],
    ['2025年9月7日、ウイルスが検出されました。', ['detected']],
    ['2025年1月2日に不正なメール送信が発生し、現在も調査中です。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('mail sent from the organization\'s hijacked account is the attack', () => {
  test.each([
    ['令和8年1月8日から、当研究所のメールアドレスから、迷惑メールが送信されました。', ['occurred']],
    ['2025年1月15日16時21分から1月16日19時44分の間に、メールサーバから、スパムメールが479,716件送付され、その一部が到達したことが確認された。', ['occurred']],
    ['2025年3月3日、当社従業員のアカウントから不審なメールが送信されていることを確認いたしました。', ['detected']],
    // Negative rows: mail the organization sends, or mail denied.
    ['2025年3月3日、対象のお客様へメールを送信しました。', ['notified']],
    ['2025年3月3日以降、迷惑メールは送信されておりません。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('signs or a suspicion of an attack seen that day date the finding only', () => {
  test.each([
    ['2025年11月26日夕刻、社内開発環境の一部に対し、マルウェア感染を含む不正アクセスの兆候を検知しました。', ['detected']],
    ['2025年12月3日、サイト内の一部ページにおいて改ざんの疑いを確認しました。', ['detected']],
    // Negative rows: the attack itself seen at an hour is dated too; a suspicion found later by an investigation is not this rule's.
    ['2025年11月26日夕刻、社内開発環境の一部に対し、不正アクセスを検知しました。', ['occurred', 'detected']],
    ['2025年11月26日、不正アクセスを受けた疑いがあることが判明しました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a date inside news quoted before its teller is the incident\'s', () => {
  test.each([
    ['当クリニックのウェブサーバーに対して、2024年12月4日に何者かによる不正アクセス攻撃を受けたことにより、お客様情報の一部が外部へ流出したおそれがあると、サーバー運営委託会社より報告を受けました。', ['occurred']],
    // Negative rows: the date heads the sentence (after its topic), or the teller stands inside the matter.
    ['当社グループは、2025年4月17日に当社グループが利用するメールシステムが不正アクセスを受けたと同社から報告を受けました。', ['detected']],
    ['当院では、2024年12月4日に委託先から、不正アクセスを受けたおそれがあると、担当者より報告を受けました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('an attack found at a stated hour: the hour is the finding\'s', () => {
  test.each([
    ['2025年6月20日(金)未明、当社システムに対し、外部の第三者から不正アクセスを受けたことを確認いたしました。', ['detected']],
    ['2025年3月18日朝、当社の一部サーバーにおいて不正アクセスによる被害が発生したことを確認しました。', ['detected']],
    // No hour, a possibility, news or an investigation's result: the finding too. Negative row: an attack stated at its own
    // hour, as a clause of its own, is dated itself.
    ['2025年6月20日未明、当社システムが外部の第三者から不正アクセスを受けました。', ['occurred']],
    ['2025年6月20日、当社システムに対し、外部の第三者から不正アクセスを受けたことを確認いたしました。', ['detected']],
    ['2026年2月2日午前10時頃、当社がサイバー攻撃を受けた可能性のある事象を確認いたしました。', ['detected']],
    ['2025年1月27日14時頃、A氏からの情報提供により、当団体のアカウント情報が漏えいしたことを確認しました。', ['detected']],
    ['2025年12月25日昼、関係事業者による確認の結果、サーバにおいてファイル暗号化が発生していたことが判明しました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('verbs written in other forms: kana 受け, humble 漏えいいたし, news passed on in the passive', () => {
  test.each([
    ['10月20日(月)、当校がランサムウェアによるサイバー攻撃をうけました。', ['occurred']],
    ['2025年5月8日、委託先から不正アクセスについて連絡をうけました。', ['detected']],
    ['2026年8月1日、外部の第三者により購入者情報が漏えいいたしました。', ['occurred']],
    ['2025年4月15日にIIJ社より「IIJセキュアMX」サービスにおいて、不正アクセスによるインシデントが報告されました。', ['detected']],
    // Negative rows: a denial; information that was reported is a noun's, no news received; 受け of something else.
    ['2026年8月1日時点で、購入者情報が漏えいいたしておりません。', []],
    ['2025年4月15日より前の経緯は、印刷会社から本学に報告された情報による。', []],
    ['2025年5月8日、サーバーの保守点検をうけました。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a cleft with a comma before its date', () => {
  test.each([
    ['※本事象を確認したのは、7月22日（水）18時30分頃です。', ['detected']],
    ['不正アクセスが最初に発生したのは、2026年6月10日であることが判明しました。', ['occurred']],
    // Negative row: no event word before the cleft.
    ['お問い合わせが多かったのは、2026年6月10日です。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('an incident verb bound to the date and naming the matter, before news of it', () => {
  test.each([
    ['令和6年10月に発生した本事案について調査及び報告を指定管理者に求めたところ、以下の通り報告を受けました。', ['occurred']],
    ['2025年3月2日に発生した不正アクセスについて、委託先から報告を受けました。', ['occurred']],
    // Negative rows: the date heads the news; the incident verb is not bound to the date.
    ['2025年3月2日、委託先から不正アクセスが発生したとの報告を受けました。', ['detected']],
    ['2025年3月2日に、委託先から、発生した不正アクセスについて報告を受けました。', ['detected']],
    ['2025年10月1日、流出した情報が悪用されるおそれがあるとの連絡を受けました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('phishing messages sent from a hijacked account are the attack; customers asking is news of it', () => {
  test.each([
    // (Sent to the customers over a period: the organization learned of it on a day the text does not give.)
    ['2024年12月25日0:40頃から、宿泊を予約されたお客様に対して、フィッシングサイトへ誘導するURLリンクが貼付されたメッセージが配信されていることを確認いたしました。', ['occurred']],
    ['2025年2月2日から2月3日にかけて、お客様に対して、弊社アカウントより偽のメッセージが配信されました。', ['occurred']],
    ['2026年1月14日以降、複数のお客様からのお問い合わせを受けて調べた結果、お客様に対して不審なメッセージが送信されていたことが判明しました。', ['detected']],
    ['2026年1月18日、お客様よりお問い合わせをいただき、調査を開始しました。', ['detected']],
    // Negative rows: the organization's own notice mail; an inquiry counter is no news.
    ['2025年2月4日、対象のお客様へお詫びのメッセージを配信いたしました。', []],
    ['2025年2月4日より、お問い合わせ窓口を設置しております。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('news as the means of the finding, news in the passive, and chronology entries of the attack', () => {
  test.each([
    ['3月31日: クラウドサービス提供元からの通知により、システムによる被害防止措置が作動し、社内調査を開始した', ['detected']],
    ['5月30日、当該看護師が専門業者へ調査を依頼したところ、詐欺および情報漏洩の可能性を指摘される。', ['detected']],
    ['3月24日: 当該ソフトウェアを利用したデバイスが起点となって攻撃が実行された', ['occurred']],
    ['2026年3月24日 悪意のあるプログラムが混入された外部ソフトウェアの実行により、開発者端末が侵害される', ['occurred']],
    // Negative rows: nothing was pointed out; what was not breached; a breach only possible.
    ['2026年3月24日の監査では、特段の問題は指摘されませんでした。', []],
    ['2026年3月24日時点で、データベースが侵害されていないことを確認しました。', []],
    ['2026年3月24日に公表された侵害された可能性のある情報の一覧です。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a finding as a noun before what followed it', () => {
  test.each([
    ['2026年5月2日に本件を把握後、直ちに対象サーバーを停止しました。', ['detected']],
    ['2025年12月2日、攻撃者が公開した情報の中に当社の情報があることを認識、調査を開始しました。', ['detected']],
    // Negative row: a plan to act once the matter is grasped.
    ['2026年5月2日までに、状況を把握することを目指します。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a label of the response scopes the date under it', () => {
  test.each([
    ['対応：本年4月23日、情報が流出した可能性がある退職者を除く関係者に対し、本事案の周知およびパスワード変更を依頼', []],
    ['対応状況：2026年6月3日11時50分頃、第三者による当該アカウントへのアクセスをブロック', ['contained']],
    ['発生日：本年4月20日、不正アクセスを受けました。', ['occurred']],
    // Negative row: a label of no response leaves the clause to decide.
    ['概要：2025年4月20日、当社サーバーが不正アクセスを受けました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('an absence confirmed is no finding of the incident', () => {
  test.each([
    ['2026年6月8日（月）より実施しておりました、システムへの不正アクセスを理由としたサービス停止につきまして、お客様のマネーへの不正利用がないことを改めて確認いたしました。', []],
    ['11月6日、受託業者から中間報告（原因を特定し、個人情報等のデータ流出がないことが確認できたとの報告）', []],
    // Negative row: what was confirmed is the incident.
    ['2026年6月8日、お客様のマネーへの不正利用があったことを確認いたしました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('dates8: verbs and word orders of unseen releases', () => {
  test.each([
    // A check that the systems are sound is no finding of the incident.
    ['その後2025年10月28日にシステムの安全性を確認した上で通常の営業を再開いたしました。', ['restored']],
    ['2025年10月28日に当社システムの健全性を確認しました。', []],
    ['2025年10月28日に不正アクセスの痕跡を確認しました。', ['detected']],
    // An attack the organization suffered (被る), named by the verb right after its date.
    ['１月３０日に被ったランサムウェア攻撃につき社内調査を進めたところ個人情報が流出したことが判明しました。', ['occurred']],
    ['１月３０日に被害を確認し、調査を開始しました。', ['detected']],
    // The news quoted before its teller, whichever comes first of the teller and 報告を.
    ['当協会のウェブサーバに対して、2024年12月4日に何者かによる不正アクセス攻撃を受けたことにより、お客様情報の一部が外部へ流出したおそれがあるとの報告をサーバ運営委託会社より受けました。', ['occurred']],
    ['当クリニックのウェブサーバーに対して、2024年12月4日に何者かによる不正アクセス攻撃を受けたことにより、情報が流出したおそれがあると、サーバー運営会社より報告を受けました。', ['occurred']],
    ['2024年12月4日に、サーバ運営委託会社より不正アクセスを受けたとの報告を受けました。', ['detected']],
    // Traces dated to a month only were read afterwards: the month is the attack's.
    ['令和7年3月にランサムウェア感染の痕跡を確認。', ['occurred']],
    ['令和7年3月3日にランサムウェア感染の痕跡を確認しました。', ['detected']],
    ['令和7年3月に不正アクセスを確認しました。', ['detected']],
    // After an investigation, a date set apart heads its finding of traces; one bound by に dates what the traces show.
    ['継続調査の結果、2025年12月21日、ログを保管するサーバに不正アクセスの形跡が確認されました。', ['detected']],
    ['継続調査の結果、2025年12月に、ログを保管するサーバに不正アクセスの形跡が確認されました。', ['occurred']],
    // A finding bound to the date by に, with only the noun found between, dates the finding though it modifies a noun.
    ['10月31日に流出が確認された以下の情報の流出件数の拡大を確認いたしました。', ['detected']],
    ['2026年2月3日に被害確認した当社グループにおけるランサムウェアによるシステム障害につきまして、調査を継続しております。', ['detected']],
    ['3月13日にシステム障害を検知した直後、対象サーバーを遮断しました。', ['detected']],
    // Not bound by に (a subject and a comma stand between): the finding modifies a noun of another matter.
    ['10月31日、当社が確認した情報については、別途お知らせいたします。', []],
    // Checks started right after news received: the news had come that day.
    ['他自治体での当該事案に関する新聞報道を受け、令和7年4月14日、町立の小学校、中学校、幼稚園に確認を開始しました。', ['detected']],
    ['委託先から漏えい懸念の連絡を受け、2024年5月28日、関係部署で対応を協議しました。', ['detected']],
    // A stop taken on the news keeps its own event; no news before: nothing.
    ['お客様のクレジットカード情報の漏洩懸念について連絡を受け、2024年5月28日弊社が運営するオンラインショップでのカード決済を停止いたしました。', ['contained']],
    ['令和7年4月14日、町立の小学校、中学校、幼稚園に確認を開始しました。', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('the occurrence as a noun, the object of a finding', () => {
  test.each([
    // "…の発生が確認され" is "…が発生したことを確認": the finding's date.
    ['当サイトにおきまして、2026年6月22日に第三者による不正アクセスの発生が確認され、登録情報が漏えいした可能性があることが発覚しました。', ['detected']],
    ['2025年2月16日、当社グループにおいてランサムウェア被害の発生が確認されました。', ['detected']],
    // At an hour too, the finding only (as "…を受けたことを確認" at an hour).
    ['2026年3月2日早朝、当社の端末の一部がランサムウェアによりファイルが暗号化される被害の発生を確認しました。', ['detected']],
    // Negative rows: 発生 as a verb states the occurrence; the noun as the cause of what followed, not what was found.
    ['2025年2月16日、当社グループにおいてランサムウェア被害が発生しました。', ['occurred']],
    ['2025年2月16日に不正アクセスの発生により、サービスを停止し、その後これを確認しました。', ['occurred', 'detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('what a site or screen showed on a day was seen that day', () => {
  test.each([
    ['この度、2026年5月6日(水)に、弊社コーポレートサイトが外部からの不正アクセスを受け、本来とは異なる不適切なウェブページへ誘導される事象が発生いたしました。', ['occurred', 'detected']],
    ['2026年7月13日（月曜日）に、検索サイトにおいて本学を検索すると「このサイトはハッキングされている可能性があります。」という警告文が表示される事案が発生しました。', ['occurred', 'detected']],
    ['2025年4月16日(水曜日)本サイトにアクセスすると別のサイトに転送される事象が発生。', ['occurred', 'detected']],
    // Negative rows: a window opened by the date ("…より"), an investigation's finding, a month only.
    ['2025年1月10日(金)夕方頃より、当法人の公式ホームページが改ざんの影響を受け、アクセス時に外部サイトへ転送される事象が発生いたしました。', ['occurred']],
    ['調査の結果、2025年1月10日に、外部サイトへ転送される事象が発生していました。', ['occurred']],
    ['2025年1月に、外部サイトへ転送される事象が発生いたしました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('written variants of the tables\' verb forms read as those forms', () => {
  test.each([
    // The kanji 致し of いたし.
    ['2025年1月6日に不審な通信を確認致しました。', ['detected']],
    ['2025年1月6日、当社サーバーへの不正アクセスが発生致しました。', ['occurred']],
    // ございました, the polite ありました, after a subject: news received.
    ['不正アクセスの疑いを検出したと委託先より、2024年8月20日に報告がございました。', ['detected']],
    // An adverb of frequency or manner between a subject and its verb.
    ['2024年12月28日、当社従業員のアカウントに対し不正アクセスが複数回行われました。', ['occurred']],
    ['2024年12月28日、当社サーバーへの攻撃が断続的に行われました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // Our own report stays a report, in either form.
    ['2024年8月20日に個人情報保護委員会へ報告致しました。', ['reported']],
    // ございません denies: nothing was received.
    ['2024年8月20日時点で、委託先からの報告はございません。', []],
    // An adverb before a verb that is no event word leaves the date without one.
    ['2024年12月28日、説明会が複数回行われました。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('the matter of the release named by the day it was found', () => {
  test.each([
    ['2026年2月3日に当社グループにおいて被害を確認したランサムウェア攻撃によるシステム障害につきましては、現在も調査を継続しております。', ['detected']],
    ['2025年5月8日に検知した当社サーバーへの不正アクセスについて、調査結果をお知らせします。', ['detected']],
    // Named by the day it happened: the occurrence, as before.
    ['2025年10月3日、当社グループにおいて発生した情報セキュリティインシデントにつきまして、ご報告いたします。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // A finding that names what was found, not the incident: no event of the date.
    ['2026年2月3日、当社が確認した情報については、別途お知らせいたします。', []],
    // A date before what is named without a verb of finding.
    ['2026年2月3日に公表したお知らせについて、内容を更新しました。', ['published']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('an event word used as a noun naming the matter of another verb', () => {
  test.each([
    ['2026年5月7日： 本件の発生および初動対応の状況について、個人情報保護委員会への第一報、ならびに愛知県警への報告・相談を完了いたしました。', ['reported']],
    ['2026年5月7日、不正アクセスの発生について警察に相談しました。', ['reported']],
    ['2026年5月7日、本件の発生に関し、お客様へのご案内を開始しました。', ['notified']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // The noun as the object of a finding: the finding.
    ['2026年5月7日、不正アクセスの発生を確認しました。', ['detected']],
    // The verb itself, or bound to the matter named by the date: the occurrence.
    ['2026年5月7日、当社サーバーで不正アクセスが発生しました。', ['occurred']],
    ['2026年5月7日に発生した不正アクセスについて、ご報告いたします。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('news of a duty to report is no news of the incident', () => {
  test.each([
    ['2024年12月、個人情報保護委員会より顧客及び関係者への報告が必要である旨の連絡がありました。', ['other']],
    ['同年12月に個人情報保護委員会からの指摘により、ホームページ上での公表により報告義務を果たしたと誤認していたことを認識しました。', ['other']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // News of the incident itself stays detection.
    ['2024年12月10日、個人情報保護委員会より当社の情報が漏えいしている可能性がある旨の連絡がありました。', ['detected']],
    ['2024年12月10日、委託先から不正アクセスを受けたとの報告がありました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a finding bound to what followed it at once, and a stray bracket after the date', () => {
  test.each([
    // "…を認識した直後より": 直後 is a time after the finding, as 後 is, not a noun the verb only names.
    ['当社は、2024年5月7日（火）にランサムウェア被害の事実を認識した直後より、対策本部を設置しました。', ['detected']],
    ['2026年4月1日21時頃、事象を把握した直後に当該端末をネットワークから遮断しました。', ['detected']],
    // "12月16日「（火）、…": a bracket that never closes is no quote hiding the clause.
    ['2025 年 12 月 16 日「（火）、弊社四国支店内のシステムに対し不正アクセスを受けたことを確認いたしました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // A noun modified by the finding stays named only ("…確認された店舗の利用を再開").
    ['2025年3月9日に、不正アクセスが確認された店舗の利用を再開いたしました。', ['restored']],
    // A quote that closes still hides its words.
    ['2025年3月6日、「不正アクセスを検知」との件名のメールが届いていますが、当社からの送信ではありません。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a fake warning on the screen is the attack striking, and a light verb\'s object before a glossed date', () => {
  test.each([
    ['令和7年4月13日、当該教員が当該パソコンでＷｅｂサイトを閲覧中、突然、大音量の警告音が鳴り、画面上に「ウイルスを検出した」とする警告表示が現れました。', ['occurred']],
    ['2025 年 11 月 29 日、当社子会社の業務用パソコンにおいて、ウイルス感染を装う偽の警告画面が表示されました。', ['occurred']],
    // "…の報告を 過日２月２６日に 受けました": the date's time word and the spaces join nothing.
    ['株式会社イシクラより不正アクセスの報告を 過日２月２６日に 受けました 。', ['detected']],
    ['委託先より不正アクセスの報告を去る2月26日に受けました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // A warning the organization posts is no attack.
    ['2025年4月14日、当社ホームページに注意喚起の警告文を掲載しました。', []],
    // A light verb with no object of news before it stays without an event.
    ['2月26日に 受付を開始しました。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a period opened by the date and told as news is inside the news', () => {
  test.each([
    ['2025年4月11日(金)以降におきましては対策により安全な状態となっているとの報告を受けております。', ['other']],
    ['日本時間2025年9月4日午前5時30分以降、当ホテル名義でフィッシングサイトに誘導するURLリンクが付されたメッセージが送信されているとお客様より連絡がありました。', ['occurred']],
    ['2025年4月1日以降、不正アクセスが行われていたとの報告を受けました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // The day the news came: detection.
    ['2025年4月11日、委託先より不正アクセスがあったとの報告を受けました。', ['detected']],
    // A period opened by the date with no news in it keeps its own reading.
    ['2025年4月11日以降、当該サーバーへの不正アクセスが行われていました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a phishing mail received is the attack\'s first step', () => {
  test.each([
    ['2026年6月9日、当社社員が取引先を装ったフィッシングメールを受信し、当該メールに記載されたリンク先の偽サイトにおいて、メールアカウントの認証情報を入力いたしました。', ['occurred']],
    ['2026年5月13日、当社従業員がなりすましメールを受け取り、添付ファイルを開封しました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // Mail received that is no attack.
    ['2026年6月9日、お客様からのお問い合わせメールを受信しました。', []],
    // Our own warning about phishing mail: a notice, no attack dated.
    ['2026年6月9日、フィッシングメールを受信した場合の対応について、当社ホームページでお知らせしました。', ['published']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a municipality told, written as the bare 県 or 市', () => {
  test.each([
    ['令和 7 年 4 月 22 日株式会社松永建設から県に対して、次のとおり報告がありました。', ['detected']],
    ['令和7年4月22日、委託先から市に対し、不正アクセスがあった旨の報告がありました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // Another company told: no news received by the organization.
    ['令和 7 年 4 月 22 日株式会社松永建設から株式会社ABCに対して報告がありました。', []],
    ['令和7年4月22日、株式会社イシクラに、委員会より報告が必要である旨の連絡が入った。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a period opened by より and told as news, with a comma before its teller', () => {
  test.each([
    ['2025年10月23日午後8時頃より、予約の確認を求めるメッセージとともにフィッシングサイトに誘導するURLリンクが付されたメールが送信されていると、お客様よりご連絡がございました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // News that came that day, no period opened: detection.
    ['2025年10月23日午後8時頃、フィッシングサイトに誘導するメールが届いたと、お客様よりご連絡がございました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a date inside the news that came in: after the matter\'s place or subject, closed by "との発表/報告がありました" (issue #10)', () => {
  test.each([
    ['このたび、当行が利用するA社のメールシステムにおいて、2025年4月14日、第三者による不正アクセスが発生したとの発表がありました。', ['occurred']],
    ['A社のメールのセキュリティシステムについて、2025年4月14日に第三者による不正アクセスが発生したとの発表がありました。', ['occurred']],
    ['事業者から、個人情報が保存されていたウェブサーバーが令和6年5月に第三者による不正アクセスを受け、個人情報が漏えいしたおそれがあるとの報告がありました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // The date heads the sentence, or the teller stands between it and the matter: the news's day.
    ['2025年4月14日、IIJ社からメールシステムに不正アクセスを受けたとの報告がありました。', ['detected']],
    ['2025年4月14日、第三者による不正アクセスが発生したとの発表がありました。', ['detected']],
    ['当社は、2025年4月17日に、委託先において不正アクセスが発生したとの報告を受けました。', ['detected']],
    ['A社のメールシステムにおいて、2025年4月14日、同社から不正アクセスが発生したとの報告がありました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a report made to the schools or the board of education of the organization (issue #10)', () => {
  test.each([
    ['令和7年5月、株式会社イシクラから須坂東高等学校及び長野県教育委員会に対し、文書による報告がなされた。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    ['令和7年5月、株式会社イシクラから株式会社ABCに対し、文書による報告がなされた。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a date that opens an investigation ending in its finding is no day of the incident (issue #10)', () => {
  test.each([
    ['2025年10月31日より調査を進めた結果、ランサムウェアによるサイバー攻撃を受けたことを確認いたしました。', []],
    ['2025年9月29日から緊急事態対策本部を立ち上げ調査を進めた結果、当社のサーバーがランサムウェアによる攻撃を受けたことを確認しました。', []],
    ['2025年10月25日より社内で調査をしましたところ、外部第三者による不正なアクセスがなされた可能性を示す痕跡が確認されました。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // News that came in over the period set the investigation off: told.
    ['2026年1月18日以降、複数のお客様よりお問い合わせをいただき調査を行った結果、フィッシングサイトへ誘導するメッセージが送信されていることを確認いたしました。', ['detected']],
    // No period: the date heads the finding.
    ['2025年10月31日、調査を進めた結果、ランサムウェアによるサイバー攻撃を受けたことを確認いたしました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('after the place the matter happened in, a date bound by に to the incident verb of a finding dates both (issue #10)', () => {
  test.each([
    ['このたび、欧州の当社グループ会社において、2025年7月21日(日本時間)にネットワークへの第三者による不正アクセスを受けたことを確認しました。', ['occurred', 'detected']],
    ['この度、当社サーバーに対し 2025 年 12 月 19 日に第三者による不正アクセスを受けたことを確認しましたので、お知らせいたします。', ['occurred', 'detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // The organization as the topic: its finding.
    ['みずほリース株式会社は、2025 年 12 月 14 日に一部のシステムが不正なアクセスを受けたことを確認いたしました。', ['detected']],
    // The incident named by a noun: the date's verb is the finding.
    ['当サイトにおきまして、2026年6月22日に第三者による不正アクセスの発生が確認され、ユーザー登録情報が漏えいした可能性があることが発覚しました。', ['detected']],
    // A date set apart by a comma heads the finding.
    ['当社サーバーにおいて、2025年12月19日、第三者による不正アクセスを受けたことを確認しました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('what reached the customers over a period was not seen by the organization as it went on (issue #10)', () => {
  test.each([
    ['2025年2月2日から2月3日にかけて、AirBNB経由で宿泊をご予約されたお客様に対して、弊社アカウントよりフィッシングサイトへ誘導するURLリンクが貼付されたメッセージが配信されていることを確認いたしました。', ['occurred']],
    ['2024年12月25日0:40頃から、Booking.com社経由で宿泊を予約されたお客様に対して、フィッシングサイトへ誘導するURLリンクが貼付されたメッセージが配信されていることを確認いたしました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // The organization's own site, watched by it: seen as it went on.
    ['2025年8月14日(木)から16日(土)にかけて、当社お客さま向け「マイページ」に対し、複数のIPアドレスからログイン試行が断続的に発生していることを確認しました。', ['occurred', 'detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('an attack word that only modifies the noun found does not date the attack by the hour of the finding (issue #10)', () => {
  test.each([
    ['3月25日(水)の夜に、漏えいしている情報が当行のものであることを確認いたしました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // The attack found at the hour: seen as it went on.
    ['3月23日午前、当社サーバーから不審なメール送信が確認されました。', ['occurred', 'detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('the verb bound to the date decides: an attributive 実施した names a thing; 生じた/起きた name an attack (issue #10)', () => {
  test.each([
    ['先般お知らせいたしました、2025年4月10日に生じたランサムウエア攻撃につきまして、攻撃の対象データに公共工事に関する情報が含まれている可能性がございました。', ['occurred']],
    ['2025年4月10日に起きたサイバー攻撃について、調査を進めております。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // The day of the work that later let the attack in, and of the practice whose records were checked: no event.
    ['2025 年 8 月 24 日に実施した当社ネットワークにおけるファイアウォールの入替作業において、設定ミスにより、ファイアウォールの一部の機能が停止した状態のまま機器が設置された結果、サーバへの不正アクセスが発生したものと考えられます。', ['other']],
    ['このたび、令和7年8月に実施した看護学生の実習における電子カルテの使用状況を確認したところ、不正アクセスがあったことが判明いたしました。', ['other']],
    // The light verb closing its own clause keeps its object before the date.
    ['不正アクセスがあったとの連絡を同社より2025年5月8日に受けました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('verbs listed with ・ share their potential ending (issue #10)', () => {
  test.each([
    ['2026年7月22日18時30分頃より、ウェブサイトにおいて、一部文書を閲覧・ダウンロードできない状態が続いております。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // Not a list of the verbs: a noun before the potential.
    ['2026年7月22日、調査・ダウンロード数の確認ができない件について、お知らせしました。', ['published']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a verb in attributive form names the noun after it, a quoted name too; a day bound to it is no day of the incident (issue #10)', () => {
  test.each([
    // 公開する modifies the quoted page: the finding at the end of the sentence is the date's.
    ['2026年６月17日、本学ウェブサイトで公開する「バーチャルキャンパスツアー（※）」が悪用された結果、同ページが本学とは無関係の内容が表示される状態になっていたことが判明しました。', ['detected']],
    // Days of an exam held (or to be held), its doer between: the incident of the sentence is undated.
    ['このたび、1月18日（土）及び19日（日）に当センター兵庫県支部が実施する消防設備士試験に際し、受験者が受験票をダウンロードした際、第三者の受験票がダウンロードされる事態が発生しました。', ['other']],
    ['2025年6月7日に開催される説明会の参加者名簿を誤って送信しました。', ['other']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // The verb closing its own clause, or ending the sentence: the day's event stays.
    ['2026年６月17日、本学ウェブサイトで公開しました。', ['published']],
    ['2025年6月7日、当社が開催するイベントの会場で、参加者名簿を紛失しました。', ['occurred']],
    ['2025年6月7日、当社サーバーに不正アクセスが発生しました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a finding named by its verb stem and 後 ("…を認識後、直ちに…") is the date\'s event (issue #10)', () => {
  test.each([
    ['保険見直し本舗グループは、2025 年 2 月 16 日にランサムウェア被害を認識後、直ちに関連するサーバーをネットワークから遮断しました。', ['detected']],
    ['2025年2月16日に不正アクセスを確認後、警察に被害を相談しました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // A plan after a check is no finding.
    ['2025年2月16日以降、安全性確認後に稼働する予定です。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a failure of the systems, lived through as it happened, is dated both ways (issue #10)', () => {
  test.each([
    // 不具合 is a malfunction as 障害 is.
    ['2025年12月29日（月）17:30～21:00頃にサイト表示の不具合が発生いたしました。', ['occurred', 'detected']],
    // A symptom found to be a failure of the systems.
    ['2025年1月22日、当社のサーバー内データが暗号化され、システム障害の発生とデータ使用不可を確認しました。', ['occurred', 'detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // Damage found, not a failure lived through: the finding only.
    ['2025年1月22日、当社のサーバー内データが暗号化され、読み取れない状態となっていることを確認しました。', ['detected']],
    // An investigation's finding of a malfunction's cause: the finding only.
    ['調査の結果、2025年12月29日に不具合が発生していたことが判明しました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('an agent noun (侵入者, 攻撃者) names a person, not an attack (issue #10)', () => {
  test.each([
    ['8月21日 22:40 頃、不正侵入者が弊社から窃取した個人情報を含む情報が、ダークウェブ上において閲覧可能な状態となっていることを確認しました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // The attack itself, at the hour of its finding: seen as it went on.
    ['8月21日 22:40 頃、外部からの侵入を確認しました。', ['occurred', 'detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a stop or failure still in force named in attributive form began as an outage that day (issue #10)', () => {
  test.each([
    ['無印良品を展開する株式会社良品計画は、10月19日（日）21時より停止していた公式オンラインショップ「無印良品ネットストア」において、', ['occurred']],
    ['5月12日より続いている学内ネットワーク障害により、皆様方にはご不便とご迷惑をおかけしておりますことをお詫び申し上げます。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // A stop made to protect is a containment, not an outage.
    ['被害拡大の防止のため、10月19日より停止していたサーバーを再開しました。', ['restored']],
    // Something else that goes on since the date: no outage.
    ['5月12日より続いている調査の結果をお知らせします。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('an attack as the sentence\'s topic is what the date\'s verb of taking place dates (issue #10)', () => {
  test.each([
    ['現時点での調査では、改ざんは8月12日（水）午前3時頃から午前7時頃にかけて行われたものとみられています。', ['occurred']],
    ['本不正アクセスは、2025年12月5日（金）深夜より、不正アクセス対象のサーバに対して行われ、合計6台のサーバであると確認いたしました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // The topic is no attack: the finding decides.
    ['本件は、2025年12月5日に当社が検知し、調査が行われました。', ['detected']],
    // The attack is the topic, but the date's verb is the finding.
    ['不正アクセスは、2025年12月6日に当社が検知し、直ちに遮断が行われました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a member deceived, in the passive of the deceiver\'s act, is the attack striking (issue #10)', () => {
  test.each([
    ['令和6年11月26日、業務時間中にPCでウェブサイトを閲覧していた社員が、ブラウザに表示されたサポートの電話番号に架電するよう誘導・欺罔され、その結果PCに遠隔操作のソフトをインストールしてしまいました。', ['occurred']],
    ['2024年11月19日に弊社の取引先金融機関のオペレーターを騙る悪意の第三者から虚偽の指示を受け、当該手続きを実行した結果、資金が不正に流失しました。', ['occurred']],
    // (The chain to the attack reads as before.)
    ['本件は、2025年5月9日に当社従業員がサポート詐欺のサイトへ誘導され、遠隔操作ソフトをインストールしたことにより、不正なアクセスを受けたことが判明しております。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // A warning of what may happen, and a denial: no attack that day.
    ['2025年5月9日以降、当社を騙るメールにより偽サイトへ誘導されるおそれがありますので、ご注意ください。', []],
    ['2025年5月9日、当社を騙るメールが確認されましたが、お客様が偽サイトへ誘導されたことは確認されておりません。', ['detected']],
    // Customers led to a fake site, who tell of it: news received.
    ['2025年5月9日、お客様が偽サイトへ誘導されたとのご連絡を受けました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a span in an account marked as inferred (推測され, とみられ) is the incident\'s, not seen over it (issue #10)', () => {
  test.each([
    // Inside the news received: the span is of what was inferred, the news came on a day the text does not give.
    ['4月17日から4月21日までの期間、外部から侵入した第三者がお客様及び代理店に関する情報にアクセスできる状態になっていたと推測され、外部に漏えいした可能性が否定できないとの報告を受けております。', ['occurred']],
    ['2025年6月1日から6月3日にかけて、不正なプログラムが実行されていたものとみられるとの連絡を委託先より受けました。', ['occurred']],
    // Before a finding: found afterwards, not seen over the span.
    ['4月17日から4月21日までの期間、外部から侵入した第三者が同社のお客さまに関する情報にアクセスできる状態になっていたと推測され、外部に漏えいした可能性が否定できないことが判明しました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // No evidential: news over a span, or an attack seen over it, read as before.
    ['2025年6月1日から6月3日にかけて、複数のお客様から不審なメールが届いたとの連絡を受けました。', ['detected']],
    ['2025年6月1日から6月3日にかけて、外部からの不正アクセスを断続的に検知しました。', ['occurred', 'detected']],
    // A single day with the evidential inside the news: the date heads the sentence, the news's.
    ['2025年6月4日、不正なプログラムが実行されていたものとみられるとの連絡を委託先より受けました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a verb modifying the day the date gives ("…を確認した日　6月14日") is its event, as one modifying the date itself (issue #10)', () => {
  test.each([
    ['注１：POKKA PTE. LTD.にて不正アクセスを確認した日　６月１４日', ['detected']],
    ['不正アクセスが発生した日時は 2026年6月10日 です。', ['occurred']],
    ['当社が被害を公表した日は2026年6月20日です。', ['published']],
    ['不正アクセスを検知した8月9日以前に送信されたメール', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // A day named by no verb, or a verb that names no event: no event from the words before.
    ['確認日　６月１４日', []],
    ['お問い合わせいただいた日 6月14日', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a clause modifying the date gives it the events of all its verbs chained by て, whatever bound follows (issue #10)', () => {
  test.each([
    ['本件不正アクセスが行われた期間は、当社が当該サーバーにおける不審な挙動を把握してシステム停止とネットワーク遮断を行った同年12月25日夕刻までとなります。', ['detected', 'contained']],
    ['不審な挙動を把握してネットワーク遮断を行った2025年12月25日以降、不正なアクセスは確認されておりません。', ['detected', 'contained']],
    ['ネットワークの遮断を行った2025年12月25日をもって、すべての通信を停止しました。', ['contained']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // Not a chain: a progressive (ていた), a verb of a clause of its own before a comma, an object of the finding.
    ['不正アクセスが発生していたことを確認した2025年12月25日以降、調査を進めております。', ['detected']],
    ['攻撃を受けて、その後システムを停止した2025年12月25日以降、調査を進めております。', ['contained']],
    ['調査を行った2025年12月25日までの記録を確認しました。', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a period label names the incident by its misuse or the scope of its leak (issue #10)', () => {
  test.each([
    ['不正送信期間： 2026 年 3 月 5 日〜3 月 7 日', ['occurred']],
    ['- 漏えい対象期間: 2025年7月23日12時50分〜2025年8月8日', ['occurred']],
    ['- 不正利用期間：2025年7月1日～7月3日', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // Labels of no event: the bounds of the data or of a validity.
    ['対象期間：2025年8月1日~8月2日', []],
    ['有効期間：2025年8月1日~2026年7月31日', []],
    ['受信期間：2025年8月1日~8月2日', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('after an investigation, an attack named by its noun as what was found is bound to the date by に (issue #10)', () => {
  test.each([
    ['フォレンジック調査会社等による調査の結果、2025 年 4 月 13 日に弊社契約サーバーへの不正アクセスと情報流出が確認されました。', ['occurred']],
    ['調査の結果、2025年4月13日に当社サーバーへの不正アクセス等を確認しました。', ['occurred']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  test.each([
    // A date set apart heads the finding; no investigation before it; a state found, not an attack.
    ['調査の結果、2025年4月13日、当社サーバーへの不正アクセスが確認されました。', ['detected']],
    ['2025年4月13日に当社サーバーへの不正アクセスが確認されました。', ['detected']],
    ['調査の結果、2025年4月13日に当社サーバーに個人情報が保存されていたことが確認されました。', ['detected']],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('harm suffered, a suspicion arising, a finding made clear (session 28)', () => {
  test.each([
    // 被害に遭う is the harm itself, as 攻撃を受ける is: an hour dates both it and its finding, a date set apart the finding only.
    ['2025年3月2日、委託先のサーバーが不正アクセスの被害にあいました。', ['occurred']],
    ['2025年3月2日、当社従業員がサポート詐欺の被害に遭いました。', ['occurred']],
    ['2025年3月2日、事務用ファイルサーバーがランサムウェアによる感染被害に遭いました。', ['occurred']],
    ['2025年11月13日（木）午前、弊社従業員1名のメールアカウントが不正アクセスの被害に遭い、弊社従業員を装った不審なメールが送信されていることを確認いたしました。', ['occurred', 'detected']],
    ['2025年8月19日、当法人のメールアカウントが不正アクセスの被害に遭い、当該アカウントがスパムメール送信の踏み台とされていたことが判明いたしました。', ['detected']],
    // A suspicion that arose is the organization's first finding.
    ['2025年9月10日（水）、グループ企業が運用するサーバーから顧客情報漏えいの懸念が生じたため、即座に当該サーバーを外部と遮断し運用を停止しました。', ['detected']],
    ['2025年3月2日、不正アクセスの疑いが生じたため、サーバーを停止しました。', ['detected']],
    // Made clear: the finding, of the incident or of what was found of it.
    ['2025年3月2日、当社サーバーへの不正アクセスが明らかになりました。', ['detected']],
    ['2025年3月2日、調査の結果、個人情報が流出した可能性があることが明らかとなりました。', ['detected']],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });

  test.each([
    // Customers harmed (the honorific), a thing named by the harm, a case put: no event of the incident.
    ['2025年3月2日、お客様がフィッシング詐欺の被害に遭われたとのご連絡がありました。', ['detected']],
    ['2025年3月2日、不正アクセスの被害にあったシステムを停止しました。', ['contained']],
    ['2025年3月2日、被害にあったサーバーを再構築しました。', []],
    ['2025年3月2日より、漏えいの疑いが生じた場合の連絡窓口を設けております。', []],
    // What was made clear is no incident ("状況と必要な対応が明らかとなった"), and "as soon as it is clear" is a promise.
    ['11月7日（金）18時：調査の結果、状況と必要な対応が明らかとなったため、情報保護を最優先しサービスを一時停止', ['contained']],
    ['2025年3月2日現在調査中であり、詳細が明らかになり次第お知らせいたします。', []],
  ])('not the incident: %s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});
