import { describe, expect, test } from 'vitest';
import { curatorId, groupReleases, organizationKey, releaseDate, type LinkKind, type Release } from '../../src/incidents/group.js';
import { parse } from '../../src/parse.js';

/** A release in the archive layout, parsed for real (no tokenizer: the patterns suffice). */
async function release(path: string, title: string, date: string, org: string, body: string, extra = ''): Promise<Release> {
  const text = `# 公表概要\n- ${title}\n- ${date}\n- ${org}\n${extra}\n# 本文\n${body}\n`;
  return { incident: await parse(text, { path, tokenize: false }), relPath: path, text };
}

const ORG = '株式会社サンプル商事';

interface Row {
  why: string;
  first: [title: string, date: string, body: string, extra?: string];
  later: [title: string, date: string, body: string, extra?: string];
  joined: boolean;
  /** The signal expected among the later release's linkedBy (when joined). */
  kind?: LinkKind;
  laterOrg?: string;
  firstOrg?: string;
}

const ROWS: Row[] = [
  {
    why: 'the earlier title quoted in the later release',
    first: ['当社オンラインストアへの不正アクセスによる個人情報漏えいの可能性について', '2026年3月2日', '当社オンラインストアが第三者による不正アクセスを受けました。'],
    later: ['お客様へのご案内', '2026年4月20日', '「当社オンラインストアへの不正アクセスによる個人情報漏えいの可能性について」でお知らせしたとおり、調査を進めてまいりました。'],
    joined: true,
    kind: 'quotedTitle',
  },
  {
    why: 'the date of the first notice: 7月2日付で公表',
    first: ['不正アクセスによるシステム障害発生に関するお知らせ', '2026年7月2日', '当社サーバーに対する不審なアクセスを検知しました。'],
    later: ['個人情報漏えいのおそれに関するお詫びとお知らせ', '2026年8月4日', '7月2日付で公表をしております弊社サーバーに対する不正アクセスにつきまして、調査の過程でお客様情報が外部に漏えいしたおそれがあることが判明しました。'],
    joined: true,
    kind: 'earlierNotice',
  },
  {
    why: 'the date after a notice name: …に関するお知らせ（7月2日）',
    first: ['不正アクセスによるシステム障害発生に関するお知らせ', '2026年7月2日', '当社サーバーに対する不審なアクセスを検知しました。'],
    later: ['お客様情報漏洩のおそれに関するお知らせ', '2026年7月28日', '複数サーバーに対する攻撃が確認されました。\n\n不正アクセスによるシステム障害に関するお知らせ（7月2日）'],
    joined: true,
    kind: 'earlierNotice',
  },
  {
    why: 'the day of occurrence: 本年3月11日に発生',
    first: ['ランサムウェア被害の発生について', '2026年3月13日', '2026年3月11日に当社サーバーがランサムウェアに感染したことを確認しました。'],
    later: ['進捗状況のご報告', '2026年4月6日', '本年3月11日に発生いたしましたシステム障害につきましては、現在も復旧作業を続けております。'],
    joined: true,
    kind: 'occurrenceDate',
  },
  {
    why: 'the day of occurrence is the day of the first notice (9月6日に発生 → the notice of 9月6日)',
    first: ['メールアドレスの不正アクセスの可能性につきまして', '2025年9月6日', '社内メールアドレスから不審なメールが送信されています。'],
    later: ['調査結果についてのお知らせ', '2025年9月9日', '2025年9月6日に発生した社内メールアドレスへの不正アクセスについて、調査結果をお知らせします。'],
    joined: true,
    kind: 'occurrenceDate',
  },
  {
    why: 'the day of occurrence a few words before 発生 (10月3日、当社グループにおいて発生した)',
    first: ['情報セキュリティインシデント発生に関するお詫びとお知らせ', '2025年10月9日', '2025年10月3日に当社グループにおいて情報セキュリティインシデントが発生しました。'],
    later: ['再発防止策の実施状況について', '2026年6月22日', '2025年10月3日、当社グループにおいて発生した情報セキュリティインシデントにつきまして、再発防止策の実施状況をご報告します。'],
    joined: true,
    kind: 'occurrenceDate',
  },
  {
    why: 'two releases of one day: the one listed first may be the one pointing to the other',
    first: ['システム障害の経過および店舗営業再開について', '2025年3月31日', '3月31日に発生したランサムウェア被害によるシステム障害について、経過をお知らせします。'],
    later: ['当社におけるサーバー攻撃被害について', '2025年3月31日', '当社のサーバーが外部から攻撃を受けました。'],
    joined: true,
    kind: 'occurrenceDate',
  },
  {
    why: '第2報 with no other signal joins the previous release',
    first: ['弊社サーバーへの不正アクセスについて', '2026年1月10日', '弊社サーバーが不正アクセスを受けました。'],
    later: ['調査状況について（第2報）', '2026年2月10日', '調査を継続しております。'],
    joined: true,
    kind: 'reportNumber',
  },
  {
    why: 'a service name quoted in both titles',
    first: ['「はいチーズ！フォト」における不正ログインについて', '2026年5月1日', '一部アカウントで不正ログインを確認しました。'],
    later: ['「はいチーズ！フォト」のパスワード再設定のお願い', '2026年5月9日', 'お客様にパスワードの再設定をお願いしております。'],
    joined: true,
    kind: 'sharedName',
  },
  {
    why: '障害 → 復旧 on one noun',
    first: ['メール障害発生のお知らせ', '2026年7月27日', '現在、当社のメールが送受信できない状況です。'],
    later: ['メールサーバー復旧のお知らせ', '2026年7月30日', '当社のメールは正常に送受信できるようになりました。'],
    joined: true,
    kind: 'outageRecovery',
  },
  {
    why: 'a recovery notice recalling the incident named in the earlier title (このたびのランサムウェア被害)',
    first: ['ランサムウェア被害に伴う個人情報漏えいの可能性に関するお知らせ', '2026年7月29日', '当社サーバーが第三者による不正アクセスを受けました。'],
    later: ['電子メール発信再開のお知らせ', '2026年8月6日', 'このたびのランサムウェア被害により、皆様には多大なるご迷惑をおかけしました。'],
    joined: true,
    kind: 'outageRecovery',
  },
  {
    why: 'a same-incident follow-up across the new year (第3報 a year later)',
    first: ['当社システムへの不正アクセスについて', '2025年12月20日', '2025年12月18日に不正アクセスを検知しました。'],
    later: ['当社システムへの不正アクセスについて（第3報）', '2026年11月30日', '2025年12月18日に検知した不正アクセスについて、調査が完了しました。'],
    joined: true,
    kind: 'occurrenceDate',
  },
  // Never on organization and dates alone:
  {
    why: 'a new first notice of the same organization a few weeks later, on another system',
    first: ['当社メールサーバーへの不正アクセスについて', '2026年2月1日', '当社メールサーバーが不正アクセスを受けました。'],
    later: ['当社ウェブサイトの改ざんについて', '2026年2月20日', '当社ウェブサイトが改ざんされていることを確認しました。'],
    joined: false,
  },
  {
    why: 'the same title six months later is a new incident, not a re-post',
    first: ['【重要】事業サイトの不正アクセス被害について', '2026年1月21日', '事業サイトが不正アクセスを受けました。'],
    later: ['【重要】事業サイトの不正アクセス被害について', '2026年7月31日', '別の事業サイトが不正アクセスを受けました。'],
    joined: false,
  },
  {
    why: 'a page updated in its title (6月3日更新) is not a follow-up of an unrelated series',
    first: ['ランサムウェア感染による受注停止に関するお知らせ（第一報）', '2025年10月20日', 'ランサムウェア感染により受注を停止しています。'],
    later: ['不審な認証画面の表示について（6月3日更新）', '2026年6月2日', '当社ウェブサイトで不審な認証画面が表示される事象を確認しました。'],
    joined: false,
  },
  {
    why: 'neighbouring article ids alone are a news feed',
    first: ['当社の業務委託先におけるランサムウェア被害について', '2025年4月25日', '委託先がランサムウェアに感染しました。', '- https://example.jp/news/2025042501.html'],
    later: ['当社システムに対する不正アクセスの発生について', '2025年5月1日', '当社システムが不正アクセスを受けました。', '- https://example.jp/news/2025042502.html'],
    joined: false,
  },
  {
    why: 'a 第1報 of a new incident does not follow the older one',
    first: ['弊社サーバーへの不正アクセスについて', '2026年1月10日', '弊社サーバーが不正アクセスを受けました。'],
    later: ['弊社アカウントへの不正ログインについて（第1報）', '2026年3月10日', '弊社アカウントへの不正ログインを確認しました。'],
    joined: false,
  },
  {
    why: 'a follow-up dating the notice it follows (4月23日に建築局が発表した) to a day the organization did not publish',
    first: ['「ロボット産業クラスター」Webサイトへの不正アクセスの確認について', '2025年4月17日', 'Webサイトへの不正アクセスを確認しました。'],
    later: ['工事等の請負者における個人情報の漏えいの可能性について', '2025年5月2日', '当社の請負者が不正アクセスを受けました（※１）。\n\n※１ 2025 年 4 月 23 日（水）に建築局が発表した不正アクセスを受けた会社と同一'],
    joined: false,
  },
  {
    why: 'a follow-up dating the notice it follows to the earlier release (１２月２７日に公表いたしました)',
    first: ['不正アクセスによるサイバー攻撃の被害について', '2024年12月27日', '当社サーバーが不正アクセスを受けました。'],
    later: ['不正アクセスによるサイバー攻撃の被害について（2）', '2025年1月24日', '１２月２７日に公表いたしました不正アクセスについて、調査の結果をご報告いたします。'],
    joined: true,
    kind: 'earlierNotice',
  },
  {
    why: 'a time range on a day the earlier release also names is no shared occurrence (11月6日8時30分~10時30分)',
    first: ['受託業者サーバーへの不正アクセスについて', '2025年11月10日', '11月6日（木）に受託業者のサーバーで不審な通信を検知しました。'],
    // (The range's line is introduced by a sentence, not keyed by a plain label line of its own: such a key, "不正に送信されたメールの
    // 送信日時" alone over it, dates the sending as the incident's in the timeline, and the timeline's days are shared occurrences.)
    later: ['学校メールアカウントへの不正アクセスについて', '2025年11月12日', '不正に送信されたメールの送信日時は次のとおりです\n- 11月6日(木)8時30分~10時30分'],
    joined: false,
  },
  {
    why: 'a 最終報 dating its incident half a year before the previous release follows another incident',
    first: ['【重要】事業サイトの不正アクセス被害について', '2026年7月31日', '事業サイトが不正アクセスを受けました。'],
    later: ['【重要】1月16日に発生した事業サイトの不正アクセスに関する調査結果とお詫び（最終報）', '2026年8月19日', '2026年1月16日に発生した事業サイトへの不正アクセスについて、調査が完了しました。'],
    joined: false,
  },
  {
    why: 'a 最終報 announcing what it does from its own date on (本日4月8日より…ご連絡) still follows its series',
    first: ['ランサムウェア感染によるシステム障害発生のお知らせ', '2025年10月31日', '当社システムがランサムウェアに感染しました。'],
    later: ['ランサムウェア感染に関するお知らせ（最終報）', '2026年4月8日', '関係者の皆様には、2026年4月8日(水)より、電子メールまたは書面にてご連絡申し上げます。'],
    joined: true,
    kind: 'followUp',
  },
  {
    why: 'another organization with the same title and 第2報 stays apart',
    first: ['不正アクセスに関するお知らせ', '2026年1月10日', '当社サーバーが不正アクセスを受けました。'],
    later: ['不正アクセスに関するお知らせ（第2報）', '2026年1月20日', '調査を継続しております。'],
    laterOrg: '株式会社ベツモノ',
    joined: false,
  },
  {
    why: 'the same title but for its tags: （更新） then （調査報告） within three months',
    first: ['サイバー攻撃による個人情報流出について（更新）', '2025年6月2日', '弊社のホームページが外部からのサイバー攻撃を受けました。'],
    later: ['サイバー攻撃による個人情報流出について（調査報告）', '2025年7月1日', 'セキュリティ専門会社の調査が完了いたしましたので、ご報告申し上げます。'],
    joined: true,
    kind: 'sharedName',
  },
  {
    why: 'the same title but for its tags half a year later, not a follow-up, stays apart',
    first: ['サイバー攻撃による個人情報流出について', '2025年1月10日', '弊社のホームページが外部からのサイバー攻撃を受けました。'],
    later: ['サイバー攻撃による個人情報流出について【重要】', '2025年8月20日', '弊社の通販サイトが外部からのサイバー攻撃を受けました。'],
    joined: false,
  },
  {
    why: "an investigation's report (調査結果について（報告）) follows the organization's notice",
    first: ['業務用パソコンへの不正アクセス（被害）に関するお知らせ', '2026年3月16日', '当センターの業務用パソコン１台が外部から不正にアクセスされる事案が発生いたしました。'],
    later: ['専門調査機関による調査結果について（報告）', '2026年4月8日', '外部から不正アクセス被害を受けたパソコンを可能な限り調査して頂きました。'],
    joined: true,
    kind: 'followUp',
  },
  {
    why: "an investigation's report of a contractor's incident does not follow the organization's own",
    first: ['弊社の社内ネットワークへの不正アクセスによる社員等の情報流出について', '2025年6月20日', '弊社の特定サーバーが第三者によって不正アクセスを受けました。'],
    later: ['当社の委託先保険代理店におけるランサムウェア被害の調査結果について', '2025年9月3日', '当社の委託先保険代理店において、ランサムウェア被害が発生しました。'],
    joined: false,
  },
  {
    why: "a group's namesake: 株式会社サンプル then 株式会社サンプルグループ naming the first notice's date",
    first: ['当社グループにおけるランサムウェア被害に関しまして', '2025年2月25日', '当社グループのサーバーがランサムウェアに感染しました。'],
    later: ['ランサムウェア被害についての調査と再発防止策のご報告', '2025年8月28日', '2025年2月25日に公表いたしました、当社グループにおけるランサムウェア被害につきまして、調査が完了いたしました。'],
    firstOrg: '株式会社サンプル',
    laterOrg: '株式会社サンプルグループ',
    joined: true,
    kind: 'earlierNotice',
  },
  {
    why: 'organizations named together (株式会社サンプル、株式会社サンプル物流) and one of them on the same day of occurrence',
    first: ['当社システムに対するサイバー攻撃被害について', '2025年4月2日', '2025年3月30日に当社グループのサーバーがランサムウェアに感染しました。'],
    later: ['システム障害に関するお詫び', '2025年6月25日', '2025年3月30日に発生しましたサイバー攻撃被害に伴うシステム障害が続いております。'],
    firstOrg: '株式会社サンプル、株式会社サンプル物流',
    laterOrg: '株式会社サンプル物流',
    joined: true,
    kind: 'occurrenceDate',
  },
  {
    why: "a group company telling of one contractor's incident in the same title on the same day stays apart (each its own incident)",
    first: ['当社の業務委託先におけるランサムウェア被害について', '2025年7月11日', '当社の業務委託先がランサムウェア被害を受けました。'],
    later: ['当社の業務委託先におけるランサムウェア被害について', '2025年7月11日', '当社の業務委託先がランサムウェア被害を受けました。'],
    firstOrg: '株式会社サンプル',
    laterOrg: '株式会社サンプルグループ',
    joined: false,
  },
  {
    why: "a contractor's service named in both (IIJ セキュア MX サービス → IIJセキュアMXサービス) a week later",
    first: ['メール情報漏えいの可能性に関するお知らせ', '2025年4月18日', '当社が利用しているメールセキュリティサービスである「IIJ セキュア MX サービス」が第三者によるサイバー攻撃を受けました。'],
    later: ['弊社が利用していたメールサービスへの不正アクセスについて', '2025年4月25日', '漏えい対象に当社は含まれていないとの報告を受けました。\n\n「IIJセキュアMXサービス」におけるお客様情報の漏えいについて'],
    joined: true,
    kind: 'sharedName',
  },
  {
    why: 'the same service named again two months later stays apart',
    first: ['メール情報漏えいの可能性に関するお知らせ', '2025年1月10日', '当社が利用しているメールセキュリティサービスである「IIJ セキュア MX サービス」が第三者によるサイバー攻撃を受けました。'],
    later: ['弊社が利用していたメールサービスへの不正アクセスについて', '2025年3月14日', '不審なログインを確認しました。\n\n「IIJセキュアMXサービス」におけるお客様情報の漏えいについて'],
    joined: false,
  },
];

describe('groupReleases: linking signals', () => {
  test.each(ROWS)('$why', async (row) => {
    const a = await release('releases/a.md', row.first[0], row.first[1], row.firstOrg ?? ORG, row.first[2], row.first[3] ?? '');
    const b = await release('releases/b.md', row.later[0], row.later[1], row.laterOrg ?? ORG, row.later[2], row.later[3] ?? '');
    const { groupOf, linkedBy } = groupReleases([a, b]);
    expect(groupOf[0] === groupOf[1]).toBe(row.joined);
    if (row.joined) {
      expect(linkedBy[1]!.map((s) => s.kind)).toContain(row.kind);
      expect(linkedBy[1]!.every((s) => s.to === 0)).toBe(true);
    } else expect(linkedBy[1]).toEqual([]);
  });
});

describe("the curator's # 事案ID", () => {
  test('the same id joins releases without any other signal; different ids part a 第2報', async () => {
    const id = (x: string) => `\n# 事案ID\n- ${x}\n`;
    const a = await release('2026/01/01_a.md', 'お知らせ', '2026年1月1日', ORG, '当社サーバーが不正アクセスを受けました。', id('2026-01-01-サンプル'));
    const b = await release('2026/05/01_b.md', '別件のご案内', '2026年5月1日', ORG, 'ご案内します。', id('2026-01-01-サンプル'));
    const c = await release('2026/05/02_c.md', 'お知らせ（第2報）', '2026年5月2日', ORG, '調査中です。', id('2026-05-02-サンプル'));
    expect(curatorId(a.text)).toBe('2026-01-01-サンプル');
    const { groupOf, linkedBy } = groupReleases([a, b, c]);
    expect(groupOf).toEqual([0, 0, 1]);
    expect(linkedBy[1]!.map((s) => s.kind)).toEqual(['curatorId']);
  });

  test.each([
    ['# 事案ID\n- 2026-03-23-X\n', '2026-03-23-X'],
    ['# 事案ID\n\n2026-03-23-X\n', '2026-03-23-X'],
    ['# 公表種別\n- 初報\n', null],
    ['本文に事案IDとだけ書いてある\n', null],
  ])('curatorId(%j) = %j', (text, id) => {
    expect(curatorId(text)).toBe(id);
  });
});

describe('dates and organizations', () => {
  test('a release with no date falls back to its path; a garbled date does not sort first', async () => {
    const undated = await release('2026/02/05_a.md', 'ウェブサイト改ざんのお知らせ', '近日', ORG, '本文');
    expect(undated.incident.publishedAt).toBeNull();
    expect(releaseDate(undated)).toBe('2026-02-05');
    const garbled = structuredClone(undated);
    garbled.incident.publishedAt = '0202-01-01';
    expect(releaseDate(garbled)).toBe('2026-02-05');
    const typo = structuredClone(undated);
    typo.incident.publishedAt = '2027-02-05'; // a year off the path it is filed under
    expect(releaseDate(typo)).toBe('2026-02-05');
    const late = structuredClone(undated);
    late.incident.publishedAt = '2026-02-16'; // filed some days late: the release's own date stands
    expect(releaseDate(late)).toBe('2026-02-16');
    const first = await release('2026/01/10_b.md', 'メールアカウントへの不正ログインについて', '2026年1月10日', ORG, '本文');
    const { groupOf } = groupReleases([garbled, first]);
    expect(groupOf).toEqual([1, 0]); // numbered in release order: January first
  });

  test.each([
    ['株式会社サンプル商事', 'サンプル商事'],
    ['サンプル商事株式会社', 'サンプル商事'],
    ['株式会社 サンプル商事', 'サンプル商事'],
    ['学校法人 中村学園（中村学園大学）', '中村学園中村学園大学'],
    ['熊本県 農業技術課', '熊本県'],
    ['アクサ生命保険株式会', 'アクサ生命保険'],
    ['学校法人日本大学 文理学部', '日本大学文理学部'],
    ['日本電気協会新聞部', '日本電気協会新聞部'],
  ])('organizationKey(%j) = %j', async (name, key) => {
    const r = await release('2026/01/01_a.md', 'お知らせ', '2026年1月1日', ORG, '本文');
    r.incident.organization = { ...r.incident.organization!, name, normalizedName: name.normalize('NFKC') };
    expect(organizationKey(r.incident)).toBe(key);
  });
});
