import { describe, expect, test } from 'vitest';
import { parse } from '../../src/parse.js';

/** "value unit role/scope/measure" of every count of a release text, through the whole pipeline. */
async function described(text: string, organization?: string): Promise<string[]> {
  const body = organization ? `# 公表概要\n- お知らせ\n- 2025年1月10日\n- ${organization}\n\n# 本文\n${text}` : text;
  const incident = await parse(body, { path: 'release.txt', tokenize: false });
  return incident.counts.map((c) => `${c.value}${c.unit} ${c.role}/${c.scope}/${c.measure}`);
}

describe('counts.roles: totals and their parts', () => {
  test.each([
    ['a stated total (計) and the list before it', '令和4年卒業生49名 教職員14名 計63名分の写真が漏えいした可能性があります。', ['49名 part/own/extent', '14名 part/own/extent', '63名 total/own/extent']],
    ['a total and the 内訳 list under it', '卒業生及び教職員520人分が漏えいした可能性があります。\n\n（内訳）\n- 東小学校 200名分\n- 西中学校 320名分', ['520人 total/own/extent', '200名 part/own/extent', '320名 part/own/extent']],
    ['うち: a part of the figure before it', '会員情報3,000件が流出しました。うち、クレジットカード情報は250件です。', ['3000件 total/own/extent', '250件 part/own/extent']],
    ['a part of a total named again far from its first count (112 名のうち、108 名)', '判明したのは、以下のとおり 112 名となっている。\n\n' + 'この件について関係機関と協議を進めている。'.repeat(20) + '\n\n5 月 1 日現在、112 名のうち、108 名の方の情報が閲覧されたことを確認した。', ['112名 total/own/extent', '108名 part/own/extent']],
    // Negative: figures that do not add up stand alone.
    ['figures that do not add up', '会員120名と取引先45名の情報が漏えいした可能性があります。', ['120名 single/own/extent', '45名 single/own/extent']],
    ['a total word that is part of a subject (合計 in a heading is not before the number)', '顧客情報1,200件が漏えいしました。', ['1200件 single/own/extent']],
  ])('%s', async (_name, text, want) => {
    expect(await described(text)).toEqual(want);
  });
});

describe('counts.roles: scope', () => {
  test.each([
    ['another organization speaks (同社は)', '弊社は保険会社Ａの代理店です。同社は１，７５０万件の顧客情報漏えいの可能性があると発表しています。', undefined, ['17500000件 single/other/extent']],
    ['a system-wide figure beside the city\'s own', '漏えいの可能性のある利用者はシステム全体で399名とのことです。\n\nなお、本市に申請実績のある利用者については、3名が確認されております。', undefined, ['399名 total/other/extent', '3名 single/own/extent']],
    ['per organization, beside the issuer', 'PCが盗難されました。山田記念病院240名、川上病院1,310名の患者様の個人情報が保存されていました。', '山田記念病院', ['240名 single/own/extent', '1310名 single/other/extent']],
    ['a contractor\'s nationwide figure the school was told of', '卒業アルバム制作業者において、卒業アルバムの情報が全国約30都道府県の幼稚園や小中学校など約2千カ所分、最大約17万3千件が漏えいしたおそれがあると報告がありました。', undefined, ['173000件 single/other/extent']],
    // Negative: a figure a contractor reported about the release's own customers is its own.
    ['a contractor reports the release\'s own customers', '委託先から、当社のお客様情報1,234件が漏えいしたおそれがあると報告がありました。', undefined, ['1234件 single/own/extent']],
    // Negative: a system-wide figure is the operator's own when nothing narrower is its own.
    ['the operator\'s own system-wide figure', '影響範囲は、システム全体で399名であり、登録情報が閲覧された可能性があります。', undefined, ['399名 total/own/extent']],
    ['per organization, none of them the issuer', '東小学校の児童120名、西小学校の児童95名の情報が漏えいした可能性があります。', '東市教育委員会', ['120名 single/own/extent', '95名 single/own/extent']],
  ])('%s', async (_name, text, org, want) => {
    expect(await described(text, org)).toEqual(want);
  });
});

describe('counts: measure', () => {
  test.each([
    ['spam quarantined', '以下が流出しました。\n- スパムメール判定により隔離されたメール ： 1,931,902 件', ['1931902件 single/own/traffic']],
    ['a figure before duplicates were merged', '漏洩の可能性があるメールアドレス数: 最大1,613件（重複を除くと1,102件）', ['1613件 single/own/gross', '1102件 single/own/extent']],
    ['名寄せ前', '漏えいした可能性のある個人データの件数：約30,000件（名寄せ前：約124,000件）', ['30000件 single/own/extent', '124000件 single/own/gross']],
    ['what an investigation went through', '個人情報を含む可能性のあるレコードとして精査した件数は22,928件です。', ['22928件 single/own/examined']],
    ['mails an attacker sent', '乗っ取られたアカウントから3,000通の不審なメールが送信されました。', ['3000通 single/own/sent']],
    ['logins tried', '攻撃者は約12万件のログイン試行を行いました。', ['120000件 single/own/attempts']],
    ['attempts named in the subject are no count at all', '不正ログインの試行が約12万件確認されました。', []],
    ['accounts an attacker logged into', '第三者により不正ログインされたアカウントは1,234件です。', ['1234件 single/own/logins']],
    ['an account reached by a login (不正なログインにより)', '第三者による不正なログインにより、1アカウントに不審なメッセージが配信されました。', ['1アカウント single/own/logins']],
    ['accounts logged into, said after the figure', '会員52名のアカウントに不正ログインが行われました。', ['52名 single/own/logins']],
    ['an increment', '調査の結果、新たに12万件の顧客情報が流出した可能性が判明しました。', ['120000件 single/own/increment']],
    // Negative: mails sent to a wrong party are the leak itself; a deduplicated figure is the extent.
    ['mails sent by mistake', '担当者が誤って送信したメール52通に顧客の氏名が記載されていました。', ['52通 single/own/extent']],
    ['a deduplicated figure', '重複を除いた件数は8,200件です。', ['8200件 single/own/extent']],
  ])('%s', async (_name, text, want) => {
    expect(await described(text)).toEqual(want);
  });
});

describe('counts.replaced: a corrected figure goes to the count that replaces it', () => {
  test.each([
    ['とお伝えしておりましたが…正確には', '当院の患者様312名の情報が保存されていました。※ご連絡の際、315名とお伝えしておりましたが、重複していた方が3名いらっしゃり、正確には312名でした。', [312, [315]]],
    ['a maximum narrowed in a note', '- 対象データ数：2,104,880名様分（※第二報時点の「最大 2,300,100 名様分」から件数が特定・下方修正されました。）', [2104880, [2300100]]],
    ['an arrow', '対象となるアカウント数：1,800件→2,150件', [2150, [1800]]],
  ] as const)('%s', async (_name, text, [value, replaced]) => {
    const incident = await parse(text, { path: 'release.txt', tokenize: false });
    expect(incident.counts.map((c) => c.value)).toEqual([value]);
    expect(incident.counts[0]!.replaces.map((r) => r.value)).toEqual(replaced);
    for (const r of incident.counts[0]!.replaces) expect(r.evidence.text).toContain(r.value.toLocaleString('en-US').slice(0, 3));
  });

  test('a figure with no correction beside it keeps no replaces', async () => {
    const incident = await parse('お客様の個人情報1,234件が流出しました。', { path: 'release.txt', tokenize: false });
    expect(incident.counts[0]!.replaces).toEqual([]);
  });
});
