import { describe, expect, test } from 'vitest';
import { normalizeText } from '../../src/normalize/normalize.js';
import { unwrapHardWraps } from '../../src/normalize/unwrap.js';
import { parseText } from '../../src/pipeline.js';

/** A text broken every `width` characters, lines that open a list or a heading left whole (as a PDF viewer's copy breaks prose). */
const wrapped = (text: string, width: number): string =>
  text.split('\n').map((l) => (l.length > width && !/^[#|\-*]/.test(l) ? l.replace(new RegExp(`(.{${width}})(?=.)`, 'g'), '$1\n') : l)).join('\n');

const unwrap = (source: string): string => unwrapHardWraps(normalizeText(source)).text;

// Release texts of the tuning sets (fresh120f, tune60, dev), one paragraph to a line as the archive keeps them.
const CAMPFIRE = [
  '2026年4月2日22時50分頃、株式会社CAMPFIRE(以下「弊社」)のシステム管理に使用しているGitHubアカウントに対して、第三者による不正なアクセスが発生し、一部のソースコードが閲覧された可能性があることが判明いたしました。ご利用中の皆様にご心配とご迷惑をおかけしましたこと、心よりお詫び申し上げます。',
  '',
  '現時点でユーザー、パートナー、お取引先の皆様の個人情報や機密情報が流出した事実、及び当社の運営するサービスやユーザの皆様への影響は確認されておりません。',
  '不正アクセスの検知後は直ちに対象アカウントのアクセスを遮断し、懸念されるリスクに対する調査を行い、喫緊の問題がないことの確認を行った上で、予防的観点からの対策を講じました。',
].join('\n');
const NARA = [
  '## 内容',
  '2025年7月10日未明～11日昼ごろに、LoGoフォーム利用者アカウントのログインページ（https://logoform.jp/login）に対して、特定のIPアドレスから複数の利用者アカウントへの不審なアクセスが検知され、その後の調査でマイページに登録されているLoGoフォーム利用者アカウント登録情報（メールアドレス、氏名、住所等）が閲覧された形跡があることが判明しました。',
  '※申請内容の閲覧は確認されていません。',
  '',
  'なお、不正アクセスは株式会社トラストバンクのサーバに対して行われたものであり、奈良市側への攻撃ではありません。',
].join('\n');
const MIYAGI = [
  '## １．経緯',
  '2025 年 5 月 12 日朝、サーバの１つがダウンし、ファイル拡張子、設定内容について書き換えられている事象を確認しました。これを受けて調査を行った結果、ランサムウェアに感染していることが判明しました。',
  '',
  '現在、学内のネットワークを遮断し、外部の専門家の協力を得ながら、被害の範囲や原因の調査を進めております。',
].join('\n');

const PINT = [
  '## １．経緯',
  '2025年8月14日（木）から16日（土）にかけて、当社お客さま向け「マイページ」に対し、複数のＩＰアドレスから通常のアクセスを大幅に上回るログイン試行が断続的に発生していることを確認し、「リスト型攻撃」による不正ログインを検知しました。今回検知した不正ログインの情報から、過去に遡って調査した結果、2025年4月1日から8月16日の期間にて不正ログインを確認しました。',
].join('\n');

describe('unwrapHardWraps', () => {
  test.each([
    ['a release wrapped at 38 characters', CAMPFIRE, 38],
    ['the same at 30', CAMPFIRE, 30],
    ['a text with a URL and a heading, at 38', NARA, 38],
    ['full-width digits and spaces in its date, at 34', MIYAGI, 34],
    // (At 38 a line ends "…調査した結果、20" over "25年4月1日から…": a number broken in two goes on, though a date opens the line.)
    ['a year broken in two, at 38', PINT, 38],
  ])('%s reads as the text it was wrapped from', (_name, text, width) => {
    expect(unwrap(wrapped(text, width))).toBe(normalizeText(text).text);
  });

  test.each([
    ['the archive\'s layout: a paragraph to a line', CAMPFIRE],
    ['headings, notes and short lines', NARA],
    ['a label over its text ("経緯" / a sentence)', '経緯\n2025年5月12日朝、サーバの１つがダウンしました。\n対応\n学内のネットワークを遮断しました。'],
    ['a list whose items end without 。', '- 氏名、住所、電話番号、メールアドレス、生年月日\n- 会員番号、購入履歴、お届け先の氏名と住所\n- クレジットカード番号の下4桁、有効期限'],
    ['a chronology whose entries end without 。, each line a date\'s', ['2025年4月1日 当社サーバーへの不正なアクセスを検知し調査を開始', '2025年4月2日 外部の専門家の協力を得て被害範囲の調査を開始', '2025年4月3日 個人情報保護委員会へ報告を行い警察にも相談した', '2025年4月4日 対象となるお客様へのご連絡とお詫びを順次開始'].join('\n')],
    ['two lines broken mid-sentence only (fewer than three at one width)', 'このたび、当社のサーバーが第三者による不正アクセスを受け\nたことが判明しました。\n詳細は調査中であり、判明し次第お知らせいたします。'],
    // (Lines at one width but others far wider: a text written a paragraph to a line, with some lines broken by hand.)
    ['some lines at one width among lines far wider', ['当社は、外部の専門家の協力を得ながら、被害の範囲の調査を', '進めております。', '当社は、外部の専門家の協力を得ながら、原因の調査を並行して', '進めております。', '当社は、外部の専門家の協力を得ながら、再発防止策の検討を', '進めております。', 'なお、現時点において、お客様の個人情報が外部に流出した事実は確認されておりませんが、引き続き調査を進め、新たな事実が判明した場合には速やかにお知らせいたします。', 'また、本件に関するお問い合わせにつきましては、下記の窓口までご連絡いただきますようお願い申し上げます。何卒ご理解とご協力を賜りますようお願い申し上げます。'].join('\n')],
  ])('%s is left as it is', (_name, text) => {
    expect(unwrap(text)).toBe(normalizeText(text).text);
  });

  test('a joined line maps back onto its source: evidence spans a wrap', () => {
    const source = wrapped(CAMPFIRE, 38);
    const norm = unwrapHardWraps(normalizeText(source));
    const at = norm.text.indexOf('不正なアクセス');
    const span = norm.toSource(at, at + '不正なアクセス'.length);
    expect(source.slice(span.start, span.end)).toBe('不正な\nアクセス');
  });

  test('two Latin words broken apart keep a space between them', () => {
    // (Broken at 38: right after "Microsoft".)
    const text = '本件は、当社が利用するクラウドサービスの設定の誤りにより、Microsoft 365のファイルが外部から閲覧可能な状態となっていたものです。同サービスの設定を見直し、外部からの閲覧ができない状態としたことを確認しております。引き続き、監視を継続してまいります。';
    expect(unwrap(wrapped(text.replace('Microsoft 365', 'Microsoft365'), 38))).toContain('Microsoft 365のファイル');
  });
});

describe('a hard-wrapped release reads as the release', () => {
  test.each([
    ['CAMPFIRE, 38', CAMPFIRE, 38],
    ['奈良市, 38', NARA, 38],
    ['宮城学院, 34', MIYAGI, 34],
    ['PinT, 38', PINT, 38],
  ])('%s: the same timeline', async (_name, text, width) => {
    const dates = async (t: string) => (await parseText(t, { tokenize: false, referenceDate: '2026-04-03' })).timeline.map((e) => `${e.date} ${e.event}`);
    const expected = await dates(text);
    expect(expected.length).toBeGreaterThan(0);
    expect(await dates(wrapped(text, width))).toEqual(expected);
  });
});
