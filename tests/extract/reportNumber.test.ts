import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { bodyHeaderExtractor } from '../../src/extract/bodyHeader.js';
import { overviewExtractor } from '../../src/extract/overview.js';
import { reportNumberExtractor } from '../../src/extract/reportNumber.js';
import { emptyFindings, type Findings } from '../../src/extract/types.js';

/** The report number and follow-up flag of a release, the way the incident builder reads them. */
async function seriesOf(text: string) {
  const doc = buildDocument(text);
  const found: Findings = emptyFindings();
  for (const e of [overviewExtractor, bodyHeaderExtractor]) {
    const part = await e.extract(doc, found, { tokenize: false });
    for (const k of Object.keys(part) as (keyof Findings)[]) (found[k] as unknown[]).push(...(part[k] as unknown[]));
  }
  const part = await reportNumberExtractor.extract(doc, found, { tokenize: false });
  for (const f of [...(part.reportNumber ?? []), ...(part.followUp ?? [])]) {
    if (f.evidence) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  }
  const number = part.reportNumber?.[0]?.value ?? null;
  return { number, followUp: (part.followUp?.length ?? 0) > 0 || (number ?? 0) >= 2, final: (part.finalReport?.length ?? 0) > 0 };
}

const archive = (title: string, body: string, extra = '') => `# 公表概要\n- ${title}\n- 2025年6月2日\n- 架空物産株式会社\n- https://example.jp/news/1\n${extra}\n# 本文\n${body}\n`;

describe('the release names its own place in the series', () => {
  test.each<[string, string, number | null, boolean]>([
    ['第N報 in the overview title', archive('不正アクセスに関するお知らせ（第3報）', '調査の状況をお知らせします。'), 3, true],
    ['kanji numeral in the title', archive('システム障害について（第三報）', '本日の状況です。'), 3, true],
    ['full-width digits with spaces', archive('ランサムウェア被害について（第 １２ 報）', '復旧の状況です。'), 12, true],
    ['第1報 is a first notice', archive('不正アクセスの発生について（第１報）', '不正アクセスを確認しました。'), 1, false],
    ['a bare bracketed number closing the title', archive('不正アクセスによるサイバー攻撃の被害について（２）', '調査の状況をお知らせします。'), 2, true],
    ['その２ closing the title', archive('不正アクセスに関するご報告　その２', '調査の状況をお知らせします。'), 2, true],
    ['（その３） closing the title', archive('情報漏えいのおそれについて（その３）', '調査の状況をお知らせします。'), 3, true],
    ['初報 in the title is the first', archive('ランサムウェア被害発生についてのお知らせ（初報）', 'ランサムウェア被害を確認しました。'), 1, false],
    ['a number joined to 最終報 in the title', archive('メールサーバーへの不正アクセスについて（第二報・最終報）', '調査が完了しました。'), 2, true],
    ['katakana ニ written for 二', archive('セキュリティインシデントについて(第ニ報)', '続いてご報告します。'), 2, true],
    ['title heading of a pasted release', '## サーバーへの不正アクセスについて（第4報）\n\n調査の進捗をお知らせいたします。', 4, true],
    ['a bracketed 第N報 alone on the top line of a pasted release', '【第3報】\n不正アクセスについて\n\n調査の状況をお知らせします。', 3, true],
    ['a quoted earlier 第一報 with its link in brackets, pasted', '「ランサムウェア感染に関する第一報（https://example.jp/news/36995/）」につきまして、現時点での状況をご報告いたします。', 2, true],
    ['a quoted 第一報 with a link, announced now, pasted', '「ランサムウェア感染に関する第一報（https://example.jp/news/36995/）」をお知らせいたします。', null, false],
    ['a bare 第N報 line at the top of a pasted release', '第4報\n\nシステム障害について\n\n復旧の状況をお知らせします。', 4, true],
    ['a pasted title with the number in angle brackets', '〈第２報〉システム障害について\n\n状況です。', 2, true],
    ['a pasted title ending in the number, with a dateline', '2025年6月2日\n架空物産株式会社\n\n不正アクセスに関するお知らせ（第二報）\n\n調査の状況をお知らせします。', 2, true],
    ['opening sentence: 第二報として', '調査により被害の概要が判明しましたので、第二報としてお知らせいたします。', 2, true],
    ['opening sentence: 第3報となります', '本お知らせは、先月からのサーバー障害に関するご報告の第3報となります。', 3, true],
    ['self-description: 第一報です', '本リリースは、現時点で把握している内容をお知らせする第一報です。', 1, false],
    ['bracketed self: 【第2報】として', '7月1日に第一報として公開いたしました件について、その後の状況を【第2報】としてご報告申し上げます。', 2, true],
    [
      'a timeline of releases marking this one',
      '## これまでの経緯\n- 10月19日：障害を確認、お知らせ（第 1 報）を発表\n- 10月22日：調査状況（第 2 報）を発表\n- 10月24日：情報流出に関するお知らせ（第 3 報・本リリース）を発表',
      3,
      true,
    ],
    ['self-description in brackets: 本お知らせ（第2報）', '本お知らせ（第2報）では、その後の対応状況をご報告いたします。', 2, true],
    ['second report announced now, not promised', '調査の結果、被害の範囲が確定したため第二報としてお知らせいたします。', 2, true],
    // A pasted release (no title) that points back to its earlier 第N報 continues that series.
    ['pasted: points back to the Nth, so it is the next', '第5報でお知らせしたとおり、復旧作業を進めております。本日の状況は以下のとおりです。', 6, true],
    ['pasted: the time of the first report', '第一報時点では、発生日を6月1日としておりました。その後の調査で5月30日と判明しました。', 2, true],
    ['pasted: dated earlier reports listed', '2025年5月1日付けの第一報、同月9日付けの第二報の内容はこちらです。', 3, true],
    ['pasted: a quoted earlier title', '5月1日付「不正アクセスについて（第2報）」の通り、調査を継続しております。', 3, true],
    ['pasted: the earlier one named 第一報 by this release', '当社は6月2日に本件を公表いたしました（以下「第一報」）。その後の状況をお知らせします。', 2, true],
    ['self: 調査の第3報を申し上げます', '先月ご案内した障害について、本日は調査の第3報を申し上げます。', 3, true],
    ['pasted: an earlier 第1報 the release is about', '6月1日にお知らせいたしました当社サイトの障害（第1報）につきまして、その後の状況をご報告します。', 2, true],
    ['pasted: a quoted earlier 第2報 the release is about', '「会員サイトへの不正アクセスについて（第2報）」に関して、新たな事実をお知らせします。', 3, true],
    ['a number inside the title, not closing it', archive('当社サーバ（2台）への不正アクセスについて', '調査の状況をお知らせします。'), null, false],
    ['a dated update closing the title', archive('不審な認証画面の表示について（6/5更新）', '対策は完了しました。'), null, true],
    ['under a title, an earlier 第1報 it is about gives no number', archive('調査状況のご報告', '当社サイトの障害（第1報）に関して、その後の状況をお知らせします。'), null, true],
    ['pasted: an earlier report far down is no guide', '本日の状況をお知らせします。\n' + '対応を続けております。\n'.repeat(14) + '第3報でお知らせしたとおりです。', null, true],
    ['pasted: a closing report after the investigation is not numbered', '第一報でお知らせした件につき、調査が完了いたしましたので結果をご報告します。', null, true],
    ['pasted: a report of recurrence measures is not numbered', '第二報でお知らせした件について、再発防止策をご報告いたします。', null, true],
    ['pasted: an earlier 第一報 published on the website', '当社は、6月1日付で「サーバー障害について（第一報）」を当社ウェブサイトにおいて公表いたしました件につき、その後の状況をお知らせします。', 2, true],
    ['pasted: an earlier 第三報 filed as a timely disclosure', '当社は、5月9日付で「不正アクセスについて（第三報）」を適時開示いたしましたが、その後の状況をお知らせします。', 4, true],
    ['pasted: a 第N報 closing a title inside brackets', '前回の当社からの発表（システム障害に関するお知らせ（第二報））以降、新たな被害は確認しておりません。', 3, true],
    ['pasted: the investigation and the response completed is a closing report', '6月1日付で「不正アクセスについて（第一報）」を公表した件につきまして、全ての調査と対応を完了し、安全性を確認しました。', null, true],
    ['pasted: since the 第2報 report', '第2報のご報告以降、新たな被害は確認されておりません。', 3, true],
    ['pasted: found since the 第一報', '第一報以降に判明した事項について、下記のとおりお知らせいたします。', 2, true],
    ['pasted: an investigation toward prevention still under way does not close the series', '第一報でお知らせした件につき、原因の究明と再発防止に向けた調査を進めております。', 2, true],
    ['follows the Nth: 第一報・第二報に続き', 'サイバー攻撃について、第一報（5月2日）第二報（5月9日）に続き、判明した内容をお知らせいたします。', 3, true],
    ['the first report named in the opening of pasted text', 'お客様およびお取引先関係者のみなさまへ、2025年4月4日時点の初報をお知らせいたします。', 1, false],
    ['the first report as which the release is published', '関係者の皆様へ、本日時点における初報としてお知らせいたします。', 1, false],
  ])('%s', async (_name, text, number, followUp) => {
    expect(await seriesOf(text)).toMatchObject({ number, followUp });
  });

  test.each<[string, string]>([
    ['a first report published before', '「個人情報の流出に関するお詫びとお知らせ」にて初報をご報告いたしました。'],
    ['a first report filed with the regulator', '個人情報保護委員会へ報告(初報)を行いました。'],
    ['an earlier report it points back to', archive('復旧状況のお知らせ', '第5報でお知らせしたとおり、復旧作業を進めております。')],
    ['the time of an earlier report', archive('発生日の訂正について', '第一報時点では、発生日を6月1日としておりました。')],
    ['a dated earlier report', archive('不正アクセスについて（調査結果）', '2025年5月1日付けの第一報の内容はこちらをご覧ください。')],
    ['a quoted title of an earlier release in a sentence', archive('調査状況について', '5月1日付「不正アクセスについて（第2報）」の通り、調査を継続しております。')],
    ['two earlier reports joined by ・', archive('記載内容の訂正', '第1報・第2報でお知らせした内容の一部を訂正いたします。')],
    ['a 第N報 still to come', '調査の進捗につきましては、第2報以降として速やかに公表いたします。'],
    ['a 第N報 still to come, published from then on', '新たな事実は、第3報以降にて順次お知らせいたします。'],
    ['a 第N報 promised once the facts are known', '詳細が判明次第、第二報としてお知らせいたします。'],
    ['a first word received from a partner', '取引先から、不審なメールを受信したとの第一報がありました。'],
    ['a 第一報 filed with the regulator', '6月3日、監督官庁へ第一報を提出しております。'],
    ['a 第二報 sent to the regulator within the clause', '同日、個人情報保護委員会へ調査状況に関する第二報を報告しました。'],
    ['a bracketed 第N報 in the text under an overview is a quote', archive('不正アクセスに関するお知らせ', '親会社の発表は次のとおりです。\n親会社のIT環境への不正アクセスについて（第三報）\n詳細は親会社の発表をご覧ください。')],
    ['a list of earlier reports', '① 第1報：2025年5月1日\n② 第2報：2025年5月9日\n以上の経過を経て、本日ご報告いたします。'],
    ['a reference heading quoting an earlier title', '本件の状況をお知らせします。\n\n### 【ご参考】不正アクセスに関するお知らせ（第一報）\n\n詳細は上記をご覧ください。'],
    ['a report to the regulator', '5月2日、個人情報保護委員会へ第一報を報告しました。'],
    ['a bracketed 第N報 under a heading of earlier notices', '## 前回のお知らせ\n\n【第2報】\n\n本日の状況です。'],
    ['a bare 第N報 line far from the top', '本日の状況です。\n\n対応中です。\n\n復旧作業中です。\n\n第2報\n\n以上'],
    ['bare 第N報 items under a timeline heading', '## 本件の経緯\n- 第1報\n- 第2報\n\n以上'],
  ])('not its own number: %s', async (_name, text) => {
    expect((await seriesOf(text)).number).toBeNull();
  });
});

describe('follow-up of an earlier public notice', () => {
  test.each<[string, string, boolean]>([
    ['続報 in the title', archive('【続報】サービス停止に関するお知らせ', '現在の状況をお知らせします。'), true],
    ['最終ご報告 in the title', archive('サーバーへの不正アクセスについて（最終ご報告）', '調査が完了しました。'), true],
    ['更新 in the title', archive('不審なログイン画面の表示について（6/5更新）', '対策は完了しました。'), true],
    ['a link to an earlier report', archive('不正アクセスについて', '状況をお知らせします。', '- 第1報：https://example.jp/news/0\n'), true],
    ['a dated earlier announcement', '11月25日付にて公表いたしました当社サーバーへの不正アクセスについて、調査結果をお知らせします。', true],
    ['a dated 続報 label on the first line of pasted text', '■2025年4月25日　続報\n\nメールサービスへの不正アクセス事案につきまして、当社は対象に含まれていないとの報告を受けました。', true],
    ['a bracketed 続報 label alone on a line', '【続報】\n\n不正アクセスの調査状況をお知らせします。', true],
    ['a 続報 promised is no label', '不正アクセスを確認しました。\n\n詳細は判明次第、続報をお知らせします。', false],
    ['announced before and standing (お知らせしておりました。)', '4月16日、委託先が攻撃を受け、当センターのメールデータが漏洩した可能性があるとお知らせしておりました。その後の調査により、漏洩の恐れがないことが判明しました。', true],
    ['announcing now (お知らせいたします。)', '当社サーバーが不正アクセスを受けたことをお知らせいたします。', false],
    ['an earlier announcement in a continuative form', '当社は11月11日、14日にサイバー攻撃を受けた事実を公表し、調査を進めてまいりました。', true],
    ['前回のお知らせ', '前回のお知らせ：不審メールに関するご注意\n本件につき、現在の状況をご報告いたします。', true],
    ['final report announced in the opening', '外部機関による調査が完了しましたので、下記のとおり最終のご報告をいたします。', true],
    ['a report of the current state of an ongoing outage', '6月8日より発生しております障害につきまして、現在の状況と今後の対応をご報告いたします。', true],
    ['an earlier report mentioned in passing', '第2報から変更はありません。', true],
    ['an apology made again at the start', 'このたびの件につきまして、皆様にご心配をおかけしておりますことを改めてお詫び申し上げます。\n今般の件に関し、以下の対策を実施いたしました。', true],
    ['a section heading of pasted text is no title: its 現在の状況 says nothing of a series', '当社のシステムが外部から不正アクセスを受けたことが判明いたしました。\n\n## １．発生日時\n２０２６年８月１日\n\n## ２．現在の状況と対応について\n- 社内全システムの遮断を行いました。', false],
    ['an apology made again in its polite form: 改めまして', 'このたびのランサムウェア被害により、皆様にはご心配をおかけしましたことを、改めまして深くお詫び申し上げます。', true],
    ['an apology made again in kana: あらためて', '皆様には多大なるご迷惑をおかけしており、あらためて深くお詫び申し上げます。', true],
    ['"改めまして" that resets a plan is no apology again', '当社サーバーが攻撃を受けました。日程は改めましてご案内いたします。', false],
    [
      'an apology made again only at the end of a first notice',
      '当社サーバーが不正アクセスを受けました。\n1. 発生日 6月1日。\n2. 対象 顧客情報。\n3. 対応 遮断しました。\n4. 今後 調査します。\n5. 連絡先 総務部。\n皆様にご迷惑をおかけしたことを改めてお詫び申し上げます。',
      false,
    ],
    ['an earlier notice cited with its title in brackets', '既報（「サーバー障害について（続報）」、下記リンク）のとおり、情報の流出は確認されておりません。', true],
    ['newly found damage reported', '本件につきまして、新たに判明した被害の状況をご報告いたします。', true],
    ['the progress of the investigation reported', 'このたび当社において確認されたランサムウェア攻撃事案につきまして、調査の進捗状況および現時点で判明している事項について、以下のとおりご報告申し上げます。', true],
    ['the progress of the investigation promised', '当社サーバーが攻撃を受けました。調査の進捗状況については、判明次第、お知らせいたします。', false],
    ['progress of the work under way reported', '当社は外部機関の支援を受けて復旧作業を進めており、その状況についてご報告申し上げます。', true],
    ['investigation carried on and its result reported now', '先月より進めてまいりました調査の結果と今後の対応についてお知らせいたします。', true],
    ['a known matter, then the investigation result', '先日発生いたしました「不審メール送信事案」に関しまして、調査の結果、原因が判明いたしました。', true],
    ['a known matter, then the work carried on since', '6月1日に発生したシステム障害につきまして、外部機関と連携して調査と復旧を進めてまいりました。', true],
    ['work carried on, on a matter not yet named as known', '当社は外部機関と連携して調査を進めてまいりました。', false],
    ['a dated incident named as the known matter', '２０２５年５月２４日に発生しましたランサムウェア被害につきまして、現在の調査及び応対状況を以下の通りご報告致します。', true],
    ['a dated finding named as the known matter, after a comma', '2026年2月3日に確認した、ランサムウェアによるシステム障害につきまして、原因の調査を続けております。', true],
    ['the case named, then the apology for it: a first notice', 'このたび、当社が予約を受けたお客様にフィッシングメッセージが配信された件につきまして、お客様には多大なご迷惑をおかけしておりますことを深くお詫び申し上げます。', false],
    ['the case named, then what was found: a first notice', 'このたび、弊社のファイルサーバが攻撃を受けた件につきまして、弊社で保有している情報が暗号化されていることが発覚しました。', false],
    ['the case named, the apology looking back to its start', '7月29日に当社の米国子会社において被害が確認された件につきましては、発生直後より、皆さまにご心配をおかけし、深くお詫び申し上げます。', true],
    ['the matter named as the case', '令和6年12月30日、当県のウェブサイトが不正アクセスを受けた件について、現在の調査結果を報告させていただきます。', true],
    ['a stopped service back in use', 'このたび、2026年1月30日より稼働停止していたサーバーが復旧し、一時利用停止しておりました「お申込み」を再開いたしました。', true],
    ['a matter dated by its month, named as known', '当社は、2025年8月に発生した第三者による不正アクセスに関して、外部の専門機関と連携して調査を実施いたしました。', true],
    ['a month and year that only bound the data', '2025年8月に登録されたお客様の情報が閲覧可能な状態でした。', false],
    ['a dated matter worked on since, in one sentence', '当社は、2025年9月29日に発生したサイバー攻撃によるシステム障害の経緯について調査を進めてまいりました。', true],
    ['a dated matter told now, no work since', '2025年9月29日に発生したシステム障害の状況をお知らせいたします。', false],
    ['a dated matter named as the cause of the trouble already had', '２０２５年５月１５日に発覚しました弊社ネットワークへの不正アクセスによる被害の発生により、多大なるご心配とご迷惑をおかけしていることを深くお詫び申し上げます。', true],
    ['a dated attack named as the cause of a lasting restriction', '2025年3月30日に発生しましたミドリグループへのサイバー攻撃被害に伴うシステム障害により、お客様には多大なご不便をおかけしております。', true],
    ['a dated outage that stops the service now, no trouble named', '12月3日に発生したシステム障害により、現在サービスを停止しております。', false],
    ['the trouble of today\'s news, undated', '不正アクセスによる被害の発生により、多大なるご心配とご迷惑をおかけしております。', false],
    ['under a title the cause named with the trouble is left to the title', archive('社内サーバ障害に関するお知らせ', '3月9日に発生しました社内サーバの障害により、ご不便ご迷惑をおかけしております。'), false],
    ['a date set apart by a comma, then the matter that happened there', '2025年10月3日、当社グループにおいて発生した情報セキュリティインシデントにつきまして、深くお詫び申し上げます。', true],
    ['a date set apart by a comma, then news of the day', '2025年10月3日、当社サーバーが不正アクセスを受けました。', false],
    ['what an earlier dated notice said', '6月8日の告知では再開までの目安を約1ヶ月とお伝えしておりましたが、想定を超える時間を要しております。', true],
    ['a notice dated today, read now', '本日6月8日、サービス停止について告知いたします。', false],
    ['a dated incident told as news, not as a known matter', '2025年5月24日、当社サーバーがランサムウェアに感染しました。被害の状況について調査しております。', false],
    ['a date of something else, then the matter', '10月28日にシステムの安全性を確認した上で営業を再開いたしましたが、お客様の個人情報が流出した可能性につきまして、お知らせします。', false],
    ['an earlier notice named by its quoted title', '2025年3月2日に「当社サーバーへの不正アクセスに関するお知らせ（速報）」を公表いたしましたが、その後の調査結果をご報告します。', true],
    ['an earlier notice with 致しました', '先日ご報告致しましたとおり、当社は不正アクセスを受けました。', true],
    ['an earlier notice that was being given', '先般より、メールの遅延についてお知らせしておりましたが、本日復旧いたしました。', true],
    ['an earlier notice as a news release', '4月15日に「メールシステムへの不正アクセスについて」をニュースリリースしましたが、調査の結果をお知らせします。', true],
    ['an earlier disclosure to the exchange', '2026年1月8日に適時開示しました「不正アクセスについて」につき、現在の状況をお知らせいたします。', true],
    ['a date written with dots', '2025.04.18付でお知らせしました件について、調査の結果が届きましたのでお知らせします。', true],
    ['a date followed by 公表の', '当社は、2月28日公表の「委託先における情報流出の可能性について」に関し、調査結果を受領しました。', true],
    ['an earlier notice with a link inside', '1月16日に公表（https://example.jp/news/1）しておりますとおり、委託先が攻撃を受けました。', true],
    ['already reported: 既にご報告のとおり', '当社では、既にご報告いたしましたとおり、4月16日に不正アクセスを受けました。', true],
    ['reported on a date: 日にご報告いたしました', '2026年4月24日にご報告いたしました漏えいの可能性に関しまして、範囲が確定しました。', true],
    ['an earlier notice cited by date and title', '2025年4月18日付「メールシステムへの不正アクセスに関するお知らせ」のとおり、委託先が攻撃を受けました。', true],
    ['the fact was made public before', '当社は、8月9日に当社サーバーがランサムウェア被害を受けたことを公表いたしました。', true],
    ['the history printed on the back of this notice', '現時点で把握した情報に基づいてお知らせいたします。(裏面にこれまでの経緯を掲載しています。)', false],
    ['another bureau\'s announcement on a date', '※1 2025年4月23日(水)に建築局が発表した不正アクセスを受けた会社と同一です。', false],
    ['a contractor\'s announcement quoted on a date', '7月17日に、ミドリエンジが「ネットワークに外部から不正アクセスを受け、お客様情報が閲覧できる可能性があった」ことを公表しました。', false],
    ['the writer\'s own earlier announcement on a date', '7月17日に、当社が「ネットワークに外部から不正アクセスを受けた」ことを公表しました。その後の調査結果をお知らせします。', true],
    ['a date, the company running a service, then the earlier notice', '7月11日付でミドリ新聞社が運営するミドリ新聞デジタルでの不正ログインの発生をお知らせいたしました。', true],
    ['the fact was reported to the police, not the public', '当社は、所轄の警察署へ不正アクセスを受けたことをご報告いたしました。', false],
    ['"この度…ことを公表いたしました" is this release', 'この度、当社は、サーバーが不正アクセスを受けたことを公表いたしました。', false],
    ['new findings promised, not given', '当社サーバーが不正アクセスを受けました。今後、新たに判明した事項につきましては、速やかにお知らせいたします。', false],
    ['new findings to be reported if any', '調査中です。新たに判明した場合はお知らせします。', false],
    ['the state of things now, reported', 'このたび発生したシステム障害に関しまして、現時点での状況を以下の通りご報告いたします。', true],
    ['the state of the investigation now, reported', '先月発生いたしましたサイトへの不正アクセスにつきまして、現時点での調査状況と今後の対応をご報告いたします。', true],
    ['the state of the response now is no follow-up by itself', '当社サーバーへの不正アクセスを確認しました。本件の経緯および現時点での対応状況について、以下のとおりご報告いたします。', false],
    ['an earlier notice named only by its quoted title', '「会員サイトへの不正ログインについて」にてお知らせいたしましたとおり、一部の会員情報が閲覧された可能性があります。', true],
    ['an earlier notice named by its quoted title with で', '「メール誤送信のお詫び」でご報告しました件について、対象者が確定しました。', true],
    ['a quoted page that gives notice now is no earlier notice', '対象となるお客様は「お客様へのお願い」にてお知らせしております手順で、パスワードを変更してください。', false],
    ['a quoted title announced now is no earlier notice', '当社は本日、「不正アクセスに関するお知らせ」を公表いたします。', false],
    ['an earlier notice that the matter happened, then news', '当社は、5月8日に委託先のサーバーが攻撃を受けたとお知らせしましたが、今般、調査結果の報告を受けました。', true],
    ['an earlier notice of the fact with 旨を…ておりますが', '当社サイトが不正アクセスを受けた旨を公表しておりますが、その後の調査で被害の範囲が確定しました。', true],
    ['an earlier notice that a report was received: 報告を受けた旨お知らせしていましたが', '当社が利用するメールシステムが不正アクセスを受けたと同社から報告を受けた旨お知らせしていましたが、今般、調査結果の報告がありました。', true],
    ['a report received and passed to the regulator is no public notice', '同社から報告を受けた旨を個人情報保護委員会に報告しております。', false],
    ['word received from a customer with と…が is no public notice', 'お客様から不審なメールが届いたとお知らせいただきましたが、現在調査中です。', false],
    ['an earlier notice on a date: 付お知らせにて', '2025年5月9日付お知らせにて、メールサーバーへの不正アクセスについて掲載いたしましたが、調査が進みました。', true],
    ['an earlier news release followed: 付のニュースリリースに続き', '発生しておりますシステム障害について、5月9日付のニュースリリースに続き、最新の状況をお知らせします。', true],
    ['an earlier notice cited by date and title: 付「…」に関しまして', '2025年3月1日付「サービス停止に関するお知らせ」に関しまして、以下のとおりお知らせいたします。', true],
    ['an earlier notice on the website: ホームページにてご報告いたしましたとおり', '当社ホームページにてご報告いたしましたとおり、当社サーバーがランサムウェアに感染いたしました。', true],
    ['the fact made public on the website: ことを当社ホームページで公表いたしましたが', '当社は、6月1日に不正アクセスを受けたことを当社ホームページで公表いたしましたが、その後の調査で漏えいが判明しました。', true],
    ['a notice to be posted on the website is no earlier notice', '対象の皆様への対応は、当社ホームページにてお知らせいたします。', false],
    ['notice given for some time: かねてよりご案内しておりました', 'かねてよりご案内しておりました対象者へのメール送信を、本日完了いたしました。', true],
    ['the release calls itself the final one: 最終報です', '6月1日から発生したメールサービスへの攻撃に関する最終報です。', true],
    ['a final report received is not this release', '調査会社から最終報告書を受け取りました。', false],
    ['the fact made public in a continuative form: ことを公表し、', '当社は、6月3日付で、サーバーが攻撃を受けたことを公表し、現在も調査を続けております。', true],
    ['"この度…ことを公表し、" is this release', 'この度、当社サーバーが攻撃を受けたことを公表し、皆様にお詫び申し上げます。', false],
    ['notices given so far: これまでにお知らせしている内容', 'これまでにお知らせしている内容以降、新たな被害は確認されておりません。', true],
    ['reports made so far: これまで…ご報告を行ってまいりました', 'これまでに当社ウェブサイトにて経過のご報告を行ってまいりました。本日、調査が完了しました。', true],
    ['a report to a client made once is no public notice', '6月2日、当社から委託元に対し、漏えいの可能性がある旨の報告を行いました。', false],
    ['since the last report: 前回の報告以降', '前回の報告以降に実施した対応について、ご報告いたします。', true],
    ['an earlier notice about the matter: についてお知らせいたしましたが', '5月9日付にて、当社の海外子会社における不正アクセスの発生についてお知らせいたしましたが、調査結果を受領しました。', true],
    ['a notice about the matter given now: についてお知らせいたします', '当社の海外子会社における不正アクセスの発生についてお知らせいたします。', false],
    ['an earlier notice cited with a link in brackets', '当社は2025年5月1日に「会員情報の流出について」（https://example.jp/news/2025/0501-security-incident-notice.pdf）をお知らせしました。', true],
    ['a vendor announcement dated in brackets is no notice of ours', '当社が利用するメールサービスの提供元が攻撃を受けた旨の発表がありました（2025年4月15日公表）。', false],
    ['work carried on, then the result and what follows reported', '発生以降、外部機関と進めてまいりました調査が完了しましたので、その結果ならびに再発防止に向けた今後の取り組みにつきましてご報告申し上げます。', true],
    ['the last notice named by its quoted title: 前回の「…」', '前回の「会員サイトの停止について」は下記のリンクからご覧いただけます。', true],
    ['update information given: 更新情報をお知らせいたします', '現在発生しております配送システムの障害について、更新情報をお知らせいたします。', true],
    ['software updates are no update of a notice', '現在発生しております配送システムの障害について、ソフトウェアの更新を実施しております。', false],
    ['a 第一報 announced now on the website is no earlier notice', '本件の第一報を当社ウェブサイトにおいて公表いたします。', false],
    ['an outage still going on, then the investigation result, is a first notice', '本日未明より発生しております会員サイトの障害につきまして、調査の結果、外部からの攻撃が原因と判明しました。', false],
    ['an outage still going on, reported in a plain form', '昨日から続いている配送システムの停止に関しまして、調査の結果をお知らせします。', false],
    ['a report to the regulator with the addressee before the date', 'なお、この事象について個人情報保護委員会に10月16日に報告しております。', false],
    ['a heading marked as updated', '本件の状況をお知らせします。\n\n## 2. 流出した情報（更新）\n氏名、住所。', true],
    ['a heading marked as added on a date', '本件の状況をお知らせします。\n\n## 3. 対象となる方（6月3日追加）\n会員の方。', true],
    ['"更新" in a sentence is an upgrade, not a revision', '当社サーバーへの不正アクセスを確認しました。\n\n対策として、ファイアウォールの機能強化（更新）を行いました。', false],
    ['an investigation result from the vendor is new, not a follow-up', '当社が利用するメールサービスにつきまして、提供元から調査の結果が通知されました。', false],
    ['an investigation still to be reported', '現在調査を進めており、結果が判明次第ご報告いたします。', false],
    ['a 第一報 whose opening names an earlier outage is still a first notice', archive('不正アクセスによるネットワーク障害について（第一報）', '先週より発生しております障害につきまして、調査の結果、不正アクセスが原因と判明しました。'), false],
    ['a first notice', archive('不正アクセスの発生に関するお詫びとお知らせ', '当社サーバーへの不正アクセスを確認しました。'), false],
    ['an investigation result alone is not a follow-up', archive('不正アクセスに関する調査結果のご報告', '当社サイトへの不正アクセスについて、調査結果をご報告します。'), false],
    ['a restoration alone is not a follow-up', archive('システムの復旧について', 'システムは復旧しました。'), false],
    ['a 第一報 filed with the regulator is not a public notice', '5月2日、所轄の警察署へ第一報をご報告いたしました。現在調査中です。', false],
    ['a first word received from a customer is not a public notice', '6月3日、お客様から不審なメールを受信したとの第一報がありました。', false],
    ['a report to the regulator is not a public notice', '5月2日に個人情報保護委員会へ報告しております。現在調査中です。', false],
    ['a future follow-up is promised, not given', '詳細が判明次第、続報としてお知らせいたします。', false],
    ['a final report received from an investigator', '調査会社より情報漏えいはないとの最終報告を受領しましたのでお知らせします。', false],
    ['a site reopened on a date', '5月14日にサイトを再公開いたしました。ご不便をおかけしました。', false],
  ])('%s', async (_name, text, followUp) => {
    expect((await seriesOf(text)).followUp).toBe(followUp);
  });

  test('最終報 marks the last of a series', async () => {
    expect((await seriesOf(archive('不正アクセスについて（最終報）', '調査が完了しました。'))).final).toBe(true);
  });
});
