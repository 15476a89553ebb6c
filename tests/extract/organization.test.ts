import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { organizationExtractor, organizationKind } from '../../src/extract/organization.js';
import { scanNameBackward, scanNameForward } from '../../src/extract/organizationNames.js';
import { emptyFindings } from '../../src/extract/types.js';

/** The best organization candidate of a pasted release (no overview), as the incident gives it. */
async function issuerOf(text: string, tokenize = false) {
  const doc = buildDocument(text);
  const part = await organizationExtractor.extract(doc, emptyFindings(), { tokenize });
  const best = part.organization?.[0];
  if (!best) return null;
  expect(text.slice(best.evidence!.start, best.evidence!.end)).toBe(best.evidence!.text);
  return { name: best.evidence!.text, kind: best.value.kind, headquarters: best.value.headquarters, representative: best.value.representative, ruleId: best.ruleId };
}

describe('the issuer named in the prose', () => {
  test.each<[string, string, string | null]>([
    [
      'self-introduction with 本社, 代表 and 以下「当社」',
      '株式会社サンプル商事（本社：東京都千代田区、代表取締役社長：山田 太郎、以下「当社」）は、当社サーバーへの不正アクセスを確認しました。',
      '株式会社サンプル商事',
    ],
    [
      'a contractor named first, the issuer on the signature line',
      '当社が利用している株式会社クラウド計算（以下「クラウド社」）のメールサービスにおいて、不正アクセスが発生しました。\nクラウド社からの報告によれば、影響は調査中です。\n\n架空物産株式会社\n総務部',
      '架空物産株式会社',
    ],
    // A name in quotes with no words saying it is another's is the issuer (a contractor in quotes: see 'no issuer').
    [
      'the issuer in quotes as its subject',
      '「株式会社サンプル商事」は、当社サーバーへの不正アクセスを確認しました。',
      '株式会社サンプル商事',
    ],
    [
      'a hiragana name after a particle (グループのみどり…)',
      'ABCホールディングスのみどり損害保険株式会社（代表取締役社長：佐藤 花子）は、お客様情報の漏えいのおそれを確認しました。',
      'みどり損害保険株式会社',
    ],
    [
      'a hiragana name right after the legal form, particle left out',
      '株式会社ひまわり書房では、通販サイトへの不正アクセスを確認いたしました。',
      '株式会社ひまわり書房',
    ],
    [
      'a city as subject and on its contact line',
      '東山市では、市ホームページの一部が改ざんされたことを確認しました。\n現在、原因を調査しています。\n\n東山市総務部情報政策課\n電話 000-000-0000',
      '東山市',
    ],
    ['an acronym as the subject', 'XYZでは、外部から不正アクセスを受けたことを確認しました。詳細は調査中です。', 'XYZ'],
    [
      'the name set beside 当社',
      'このたび、当社 株式会社みなみ製作所のファイルサーバーが第三者による不正アクセスを受けました。',
      '株式会社みなみ製作所',
    ],
    [
      'a short name introduced for itself (以下「ＮＫ」) carries on as the subject',
      '株式会社ノースケミカル（以下「ＮＫ」）の海外子会社において不正アクセスが発生しました。\nＮＫは、直ちに対策本部を設置しました。\nＮＫは、関係機関と連携して調査を進めております。',
      '株式会社ノースケミカル',
    ],
    [
      'a verb before the name is not part of it (手がける株式会社…)',
      '出版事業を手がける株式会社ひかり出版（本社：大阪市北区）におきまして、システム障害が発生しました。',
      '株式会社ひかり出版',
    ],
    [
      'a union name that runs past its legal form (…協同組合連合会)',
      '北東生活協同組合連合会は、会員向けサイトで不正ログインが発生したことをお知らせします。',
      '北東生活協同組合連合会',
    ],
    [
      '(株) and 株式会社 are one name; the spelled-out one is given',
      '青葉印刷(株)は、受託データの一部が閲覧可能な状態であったことを確認しました。\n\n青葉印刷株式会社',
      '青葉印刷株式会社',
    ],
    [
      'a contractor the issuer heard from, the issuer under the contact heading',
      '今般、弊社が業務の一部を委託していた 株式会社 調査計算 から、同社サーバーが不正アクセスを受けたとの報告がありました。\n株式会社 調査計算によりますと、影響は調査中とのことです。\n\n■本件に関するお問い合わせ先\n株式会社 みどり共済会\n電話 000-000-0000',
      '株式会社 みどり共済会',
    ],
    [
      'a supplier named in a label, the issuer on a labelled contact line',
      '通販サイトで使用しているカートシステム（提供：カート計算株式会社）において、不正アクセスが確認されました。\n\n【お問い合わせ窓口】架空物産株式会社 総務部',
      '架空物産株式会社',
    ],
    [
      'the parent, not the subsidiary it names',
      'サンプルホールディングス株式会社の連結子会社である株式会社サンプル通販が運営するサイトで、不正アクセスが確認されました。\nサンプルホールディングス株式会社は、対策本部を設置しました。',
      'サンプルホールディングス株式会社',
    ],
  ])('%s', async (_name, text, want) => {
    expect((await issuerOf(text))?.name ?? null).toBe(want);
  });

  test('a contractor that runs the service and its desk do not outweigh the issuer', async () => {
    const text =
      'この度、国立大学法人 東西大学が設置する保育所の運営業務を受託しているキッズケア株式会社(以下「キッズケア」)のサーバーがランサムウェアに感染しました。\n' +
      'キッズケアでは、外部専門家の支援を受けて調査を進めております。\nキッズケアは、関係者に個別に連絡いたします。\n\n' +
      '■本件に関するお問い合わせ先\nキッズケアサポートセンター\n電話 000-000-0000\n';
    expect((await issuerOf(text, true))?.name).toBe('国立大学法人 東西大学');
  }, 30_000);

  test.each<[string, string]>([
    ['only a contractor is named', '委託先である株式会社データ保守において、不正アクセスが発生しました。'],
    ['only someone addressed with 様', '株式会社取引太郎様から連絡を受け、本件が判明しました。'],
    // A contractor set in quotes: the words around the quotes still say whose it is.
    ['only a contractor, in quotes before から', '標記の件について、見本ホールの貸館業務受託者である「サンプルディライト株式会社」から、パソコンの誤操作により詐欺サイトに接触した可能性がある旨の報告がありました。'],
    ['only a contractor, in quotes after its role', '委託先である「株式会社データ保守」において、不正アクセスが発生しました。'],
    ['no name at all', '当社サーバーがランサムウェアに感染しました。現在調査を進めております。'],
    ['a place in an address is not an issuer', '所在地：東京都千代田区丸の内1-1-1\n本件について調査中です。'],
    // A name joined to the release's own word for itself (当社および, 弊社と, 当社・) is another party beside the speaker.
    ['only a company set beside 当社 by および', '当社は、社内ネットワークの一部が不正アクセスを受けたことにより、当社およびサンプル電力ネットワーク株式会社（以下「サンプル電力NW」）の社員等の個人情報等が外部に流出した可能性があることを確認しました。'],
    ['only a company set beside 弊社 by と', '弊社と株式会社サンプル物流の共用サーバーが不正アクセスを受けました。'],
  ])('no issuer: %s', async (_name, text) => {
    expect(await issuerOf(text)).toBeNull();
  });

  // The release's first sentence opening with its subject (「この度、Ｘにおいて、」「Ｘ教育委員会は，」) names the issuer more
  // surely than the contact section's desk of another (a parent company's PR team); a subject further down does not.
  const CONTACT = '\n\n## 5. お問い合わせ先\n\n本件に関するお問い合わせは、下記までご連絡ください。\n\n見本ホールディングス株式会社 経営企画ユニット広報チーム\n';
  test.each<[string, string, string]>([
    ['the first sentence\'s subject', 'この度、サンプルAI株式会社において、その管理するシステムが外部の第三者による不正アクセスを受けました。\n\nお客様にはご迷惑をおかけしております。' + CONTACT, 'サンプルAI株式会社'],
    ['a subject in a later sentence', 'この度、弊社の管理するシステムが外部の第三者による不正アクセスを受けました。\n\nなお、サンプルAI株式会社において、その影響を調査しております。' + CONTACT, '見本ホールディングス株式会社'],
    // (Not a name set after 弊社 and a comma: the speaker named.)
    ['the speaker named after 弊社 and a comma', 'この度、弊社、サンプルAI株式会社は、その管理するシステムが外部の第三者による不正アクセスを受けました。' + CONTACT, 'サンプルAI株式会社'],
    ['a company set beside 当社 by および', 'この度、当社およびサンプルAI株式会社が共同で利用するシステムが外部の第三者による不正アクセスを受けました。' + CONTACT, '見本ホールディングス株式会社'],
    ['a subsidiary the first sentence names as such', 'この度、当社の子会社であるサンプルAI株式会社において、システムが外部の第三者による不正アクセスを受けました。' + CONTACT, '見本ホールディングス株式会社'],
  ])('the first sentence\'s subject against the contact section: %s', async (_name, text, name) => {
    expect((await issuerOf(text))?.name).toBe(name);
  });

  test('headquarters and representative come from the introduction', async () => {
    const got = await issuerOf('株式会社サンプル商事（本社：東京都千代田区、代表取締役社長：山田 太郎、以下「当社」）は、不正アクセスを確認しました。');
    expect(got).toMatchObject({ kind: 'company', headquarters: '東京都千代田区', representative: '山田 太郎' });
  });

  test.each<[string, string, string]>([
    ['title with 兼 CEO', 'サンプル生命保険株式会社（代表取締役社長兼CEO：田中 一郎、以下「当社」）は、', '田中 一郎'],
    ['a bank head (頭取) without a colon', '株式会社サンプル銀行（頭取 佐藤 次郎）は、', '佐藤 次郎'],
    ['a reading in brackets is left out', '学校法人サンプル学園（理事長：山本 三郎〔やまもと さぶろう〕）では、', '山本 三郎'],
  ])('representative: %s', async (_name, text, rep) => {
    expect((await issuerOf(text + '不正アクセスを確認しました。'))?.representative).toBe(rep);
  });

  test('an address is cut before the title that follows it without a comma', async () => {
    const got = await issuerOf('サンプル工業株式会社（本社：沼津市 代表取締役社長：赤井 四郎）は、不正アクセスを確認しました。');
    expect(got).toMatchObject({ headquarters: '沼津市', representative: '赤井 四郎' });
  });

  test('under an overview, 本社 and 代表 come from the body introduction', async () => {
    const text = '# 公表概要\n- 不正アクセスに関するお知らせ\n- 2025年6月2日\n- 架空物産株式会社\n- https://example.jp/a\n\n# 本文\n架空物産株式会社（本社：大阪市北区、代表取締役社長：中村 五郎）は、不正アクセスを確認しました。\n';
    const doc = buildDocument(text);
    const part = await organizationExtractor.extract(doc, emptyFindings(), { tokenize: false });
    expect(part.organization?.[0]?.value).toMatchObject({ name: '架空物産株式会社', headquarters: '大阪市北区', representative: '中村 五郎' });
    expect(part.organization?.[0]?.ruleId).toBe('organization.overview');
  });

  test('the name is given as written in the source (full width kept)', async () => {
    const got = await issuerOf('ＸＹＺ株式会社（代表取締役：鈴木 一郎）は、お客様情報の流出の可能性を確認しました。');
    expect(got?.name).toBe('ＸＹＺ株式会社');
  });
});

describe('kuromoji fills in names no pattern finds', () => {
  // 東京電力 has neither a legal form nor a name ending; IPADIC tags it 名詞-固有名詞-組織.
  const text = '東京電力では、お客さま向けサイトに不正アクセスがあったことを確認しました。\n当社をご利用の皆様にはご迷惑をおかけしております。';
  test('a company tagged as an organization, standing as the subject', async () => {
    expect((await issuerOf(text, true))?.name).toBe('東京電力');
  }, 30_000);

  test('without the tokenizer the same text gives no issuer', async () => {
    expect(await issuerOf(text, false)).toBeNull();
  });

  test('a tagged word that never stands as the issuer is not taken', async () => {
    expect(await issuerOf('当社が利用しているクラウドサービスで障害が発生し、朝日新聞社の記事で報じられました。', true)).toBeNull();
  }, 30_000);

  // A print's broken footer logo leaves its alt text as the text's last line (pages-z wpsnow): no name on any site.
  const RELEASE = '当社システムへのランサムウェア攻撃につきまして、調査結果をご報告いたします。\n何卒ご理解を賜りますようお願い申し上げます。\n令和8年8月21日\n';
  test.each([
    ['a footer logo\'s placeholder alt text', `${RELEASE}フッターロゴ`, null],
    ['a logo image\'s placeholder alt text', `${RELEASE}サイトロゴ`, null],
    ['an English placeholder alt text', `${RELEASE}Company Logo`, null],
    // …while a name on that line is the issuer's signature
    ['a signature line naming the issuer', `${RELEASE}東京電力`, '東京電力'],
  ])('the last line: %s', async (_label, text, name) => {
    expect((await issuerOf(text, true))?.name ?? null).toBe(name);
  }, 30_000);

  test('tokenize:false still finds the pattern names', async () => {
    expect((await issuerOf('株式会社ひまわり書房では、不正アクセスを確認いたしました。', false))?.name).toBe('株式会社ひまわり書房');
  });
});

describe('name edges', () => {
  test.each<[string, string, string]>([
    ['particle after the name', '株式会社オーエム製作所のサーバー', '株式会社オーエム製作所'],
    ['katakana name with 製 inside', '株式会社アルファ製作所は', '株式会社アルファ製作所'],
    ['honorific 社 after a Latin name', '株式会社ABC社からの報告', '株式会社ABC'],
    ['Latin words with spaces', '株式会社 TCC Japan は', '株式会社 TCC Japan'],
    ['および after the name', '株式会社メディアリンクおよび子会社', '株式会社メディアリンク'],
    ['a desk after the name', '株式会社かねまつ相談窓口', '株式会社かねまつ'],
    ['hiragana run closing with では', '株式会社ほぼ日では、', '株式会社ほぼ日'],
    ['a name whose hiragana ends in と', '株式会社みなと雑貨（本社', '株式会社みなと雑貨'],
    ['と as a particle before a legal form', '株式会社ひろばと株式会社そら', '株式会社ひろば'],
  ])('form first: %s', (_name, text, want) => {
    const form = text.indexOf('株式会社') + 4;
    expect(text.slice(text.indexOf('株式会社'), scanNameForward(text, form))).toBe(want);
  });

  test.each<[string, string, string]>([
    ['a verb before the name', '利用している株式会社', ''],
    ['である before the name', '委託先である東京データ株式会社', '東京データ'],
    ['の before a hiragana name', 'グループのあいおい保険株式会社', 'あいおい保険'],
    ['日頃より before the name', '日頃よりシンク工業株式会社', 'シンク工業'],
    ['katakana words with a space', 'ユニ・チャーム メンリッケ株式会社', 'ユニ・チャーム メンリッケ'],
    ['hiragana inside a katakana name', '、フコクしんらい生命株式会社', 'フコクしんらい生命'],
    ['a Latin word between kanji words', '農中 JAML 投資顧問株式会社', '農中 JAML 投資顧問'],
    ['a Latin word between kanji and katakana', '、三井不動産 TG スマートエナジー株式会社', '三井不動産 TG スマートエナジー'],
    ['a Latin word before kanji', 'JAML 投資顧問株式会社', 'JAML 投資顧問'],
    ['a Latin word before katakana', 'SBI ホールディングス株式会社', 'SBI ホールディングス'],
    ['a Latin name after 当社 and a space', '。当社 tripla 株式会社', 'tripla '],
    ['a kanji word before a Latin name alone', '本日 ABC 株式会社', 'ABC '],
    ['digits alone are no word of the name', '2025 年度投資株式会社', '年度投資'],
  ])('form last: %s', (_name, text, want) => {
    const form = text.lastIndexOf('株式会社');
    expect(text.slice(scanNameBackward(text, form), form)).toBe(want);
  });
});

describe('kind from the legal form or the name ending', () => {
  test.each<[string, string]>([
    ['学校法人東西学園', 'school'],
    ['医療法人社団青空会', 'medical'],
    ['東山市', 'government'],
    ['北東生活協同組合連合会', 'association'],
    ['みなと大学', 'school'],
    ['中央ふるさと図書館', 'government'],
    ['高専カンファレンス実行委員会', 'association'],
    ['サンプル商事株式会社', 'company'],
    ['東山市教育委員会（東山市文化ホール）', 'government'],
    ['NHK', 'other'],
    ['東山県 農業技術課', 'government'],
    ['国土交通省北東地方整備局', 'government'],
    ['サンプル脳神経外科', 'medical'],
    ['サンプルグループ', 'company'],
  ])('%s → %s', (name, kind) => {
    expect(organizationKind(name)).toBe(kind);
  });
});
