import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { parse, parseFile } from '../../src/parse.js';
import { headlineOf } from '../../src/incident/headline.js';
import type { Headline, Incident } from '../../src/types.js';
import { ARCHIVE, hasArchive } from '../helpers.js';

type Figures = Record<keyof Headline, number | null>;
const NONE: Figures = { confirmedPeople: null, confirmedRecords: null, possiblePeople: null, possibleRecords: null };

const figures = (incident: Incident): Figures => ({
  confirmedPeople: incident.headline.confirmedPeople?.value ?? null,
  confirmedRecords: incident.headline.confirmedRecords?.value ?? null,
  possiblePeople: incident.headline.possiblePeople?.value ?? null,
  possibleRecords: incident.headline.possibleRecords?.value ?? null,
});

async function headlineOfText(text: string): Promise<Figures> {
  return figures(await parse(text, { path: 'release.txt', tokenize: false }));
}

/** Short releases written for each trap the headline must not fall into. */
describe('headline: the single figure a release stands behind', () => {
  test.each<[string, string, Partial<Figures>]>([
    [
      'a corrected figure (とお伝えしておりましたが…正確には) gives way to the correction; duplicates are no one',
      '当院医師のパソコンが盗難に遭いました。当院の患者様312名の個人情報が保存されていました。\n※ご連絡の際、315名とお伝えしておりましたが、重複していた方が3名いらっしゃり、正確には312名でした。',
      { confirmedPeople: 312 },
    ],
    [
      'a maximum of an earlier report narrowed in a note ("から下方修正")',
      '調査の結果、以下の会員データが取得されたことが特定されました。\n- 対象データ数：2,104,880名様分（※第二報時点の「最大 2,300,100 名様分」から件数が特定・下方修正されました。）',
      { confirmedPeople: 2104880 },
    ],
    [
      'an agent relays its insurer\'s nationwide figure: not the agent\'s own',
      '弊社は保険会社Ａと代理店契約を締結しています。同社は３，２００万件の顧客情報漏えいの可能性があると発表しています。',
      NONE,
    ],
    [
      'a system-wide figure beside the city\'s own (本市に…)',
      '漏えいの可能性のある利用者アカウントについては、システム全体で512名とのことです。\n\nなお、本市に申請実績のある利用者については、7名が漏えいの可能性があります。',
      { possiblePeople: 7 },
    ],
    [
      'figures per organization: the issuer\'s own, not the other hospital\'s',
      '# 公表概要\n- 医師のPC盗難について\n- 2024年12月10日\n- 山田記念病院\n\n# 本文\nPCが盗難されました。山田記念病院240名、川上病院1,310名の患者様の個人情報が保存されていました。',
      { confirmedPeople: 240 },
    ],
    [
      'a total and its breakdown lines: the total, and the lines share its status',
      '## 卒業アルバム制作業者における個人情報の漏えいについて\n\n委託先のサーバが攻撃を受け、卒業生及び教職員520人分の写真が漏えいした可能性があることが判明しました。\n\n### 該当校等\n\n市立小中学校 2校 520名分\n\n（内訳）\n- 東小学校 令和4年度 200名分\n- 西中学校 令和5年度 320名分',
      { possiblePeople: 520, confirmedPeople: null },
    ],
    [
      'a breakdown by data kind in prose shares its total\'s status',
      '## 2. 判明した項目\n\n当社が保有するお客様情報のうち漏洩が確認された件数　41,250名分\n\n対象データの内訳は、氏名（41,200件）、メールアドレス（41,250件）、電話番号（310件）です。',
      { confirmedPeople: 41250, confirmedRecords: 41250, possibleRecords: null },
    ],
    [
      'a whole release of 漏えいの可能性 whose detail line merely lists a figure',
      '外部に漏えいした可能性が否定できないことが判明いたしました。\n\n漏えいの可能性のある情報の項目は次のとおりです。\n\nすべての情報が同一ファイルで閲覧可能な状態となっていたものはありません。\n\n・お客さま関連：氏名、住所、口座情報（2,345 件）',
      { possibleRecords: 2345, confirmedRecords: null },
    ],
    [
      'spam quarantined on a server is traffic, not records reached',
      '以下の情報が外部に流出しました。\n- 利用者のメールアドレス ： 52,310件\n- スパムメール判定により隔離されたメール ： 2,400,118 件',
      { confirmedRecords: 52310 },
    ],
    [
      'a figure before duplicates were taken out (重複を除くと)',
      '漏洩の可能性があるデータ：\n- メールアドレス数: 最大2,210件（重複を除くと1,804件）',
      { possibleRecords: 1804 },
    ],
    [
      'a figure before name matching (名寄せ前)',
      '漏えいした可能性のある個人データの件数：約41,000件（名寄せ前：約150,000件）',
      { possibleRecords: 41000 },
    ],
    [
      'records an investigation went through are not records reached',
      '流出したデータの総レコード数は80,512件です。このうち個人情報を含む可能性のあるレコードとして精査した件数は19,004件です。',
      { confirmedRecords: 80512, possibleRecords: null },
    ],
    [
      'the same customers counted as people and as records fill both',
      '不正アクセスにより、お客様 4,120 名の個人情報（4,120 件）が流出した可能性があります。',
      { possiblePeople: 4120, possibleRecords: 4120 },
    ],
    [
      'a cooperation team of outside engineers is no one affected',
      '外部セキュリティ企業のエンジニア等を含め外部から約 40 名の協力体制を構築しました。現時点で個人情報の流出は確認されておりません。',
      NONE,
    ],
    // Negative cases: plain figures keep their headline.
    ['a plain leak', '不正アクセスにより、お客様の個人情報1,234件が流出しました。', { confirmedRecords: 1234 }],
    ['a deduplicated figure is itself the scope', '重複を除いた件数は8,200件で、これらが漏えいした可能性があります。', { possibleRecords: 8200 }],
    ['mails sent to a wrong party are the leak', '担当者が誤ってメール送信し、顧客52名のメールアドレスが流出しました。', { confirmedPeople: 52 }],
    ['a city\'s own figure without a wider one', '本市の利用者45名の情報が漏えいした可能性があります。', { possiblePeople: 45 }],
  ])('%s', async (_name, text, want) => {
    const got = await headlineOfText(text);
    for (const [key, value] of Object.entries(want)) expect(got[key as keyof Figures], key).toBe(value);
  });

  test('an increment does not head records when the release counts the same leak in people', async () => {
    expect(await headlineOfText('漏洩した情報は以下のとおりです。\n- 外来および入院中の患者様：約13万人\n\n|2月18日|精査の結果、新たに12万件の個人情報の漏洩を確認。|')).toMatchObject({ confirmedPeople: 130000, confirmedRecords: null });
  });

  test('a legal threshold quoted (報告義務が生じる「1,000件以上」) is no figure', async () => {
    expect(await headlineOfText('仮に全件漏洩していた場合は報告義務が生じる「1,000件以上」に該当することから、個人情報保護委員会へ届け出を行いました。')).toEqual(NONE);
  });

  test('a follow-up increment heads only when nothing else does', async () => {
    expect(await headlineOfText('調査の結果、新たに12万件の顧客情報が流出した可能性が判明しました。')).toMatchObject({ possibleRecords: 120000 });
    expect(await headlineOfText('調査の結果、新たに12万件が判明し、流出した可能性のある顧客情報は合計55万件となりました。')).toMatchObject({ possibleRecords: 550000 });
  });

  test('each figure points at the count it came from, with that count\'s evidence', async () => {
    const incident = await parse('お客様の個人情報2,000件が流出しました。うち重複3名を除く。', { path: 'x.txt', tokenize: false });
    const h = incident.headline.confirmedRecords!;
    expect(incident.counts[h.count]!.value).toBe(h.value);
    expect(h.evidence.text).toContain('2,000件');
  });

  test('counts written before role, scope and measure existed are read as the own extent', () => {
    const old = [{ value: 10, unit: '名', subject: null, section: null, status: 'leaked', approx: false, evidence: { text: '10名', start: 0, end: 3, line: 1 }, ruleId: 'x' }];
    expect(headlineOf(old as never).confirmedPeople?.value).toBe(10);
  });
});

/** The releases issue 11 names, when ../shared/archive is there. */
describe.skipIf(!hasArchive)('headline of archived releases (skipped: ../shared/archive is absent)', () => {
  test.each<[string, Figures]>([
    ['2026/06/19_株式会社2りんかんイエローハット.md', { ...NONE, confirmedPeople: 3179454 }],
    ['2024/12/10_慶應義塾大学病院.md', { ...NONE, confirmedPeople: 168 }],
    ['2025/06/11_損害保険ジャパン株式会社.md', { ...NONE, possibleRecords: 8440000 }],
    ['2025/06/12_株式会社ISEKIトータルライフサービス.md', NONE],
  ])('%s', async (path, want) => {
    expect(figures(await parseFile(join(ARCHIVE, path), { tokenize: false }))).toEqual(want);
  });
});
