import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { countsExtractor, findQuantities } from '../../src/extract/counts.js';
import { documentStatus } from '../../src/extract/countStatus.js';
import { dedupeCountsRefiner } from '../../src/refine/counts.js';
import { emptyFindings, type CountDraft } from '../../src/extract/types.js';

/** The counts of a release text after extraction and the restatement refiner. */
function countsOf(text: string): CountDraft[] {
  const doc = buildDocument(text);
  const found = { ...emptyFindings(), ...(countsExtractor.extract(doc, emptyFindings(), { tokenize: false }) as { counts: never[] }) };
  return dedupeCountsRefiner.refine(found, doc).counts.map((c) => c.value);
}

function quantitiesOf(text: string) {
  const doc = buildDocument(text);
  return findQuantities(doc.text).map((q) => ({ value: q.value, unit: q.unit, approx: q.approx }));
}

describe('quantity forms', () => {
  test.each([
    ['登録者のメールアドレス：79,991件', 79991, '件', false],
    ['会員情報７９，９９１件', 79991, '件', false],
    ['隔離されたメール ： 1,931,902 件', 1931902, '件', false],
    ['卒業生約1万2千人の写真', 12000, '人', true],
    ['4万5千件以上の記録', 45000, '件', true],
    ['顧客情報三千件', 3000, '件', false],
    ['ログインID 815 件分', 815, '件', false],
    ['約7.4万件のデータ', 74000, '件', true],
    ['申込者500名分の情報', 500, '名', false],
    ['お客様情報の一部 約 13 万 2,000 件', 132000, '件', true],
    ['お取引情報で流出の可能性がある件数は、約 9 千件を数えました。', 9000, '件', true],
    ['最大で2,000件', 2000, '件', true],
    ['1万件超のファイル', 10000, '件', true],
    ['300名程度の学生', 300, '名', true],
    ['100件余りのメール', 100, '件', true],
    ['送信アドレス数：277アドレス', 277, 'アドレス', false],
    ['対象契約数 1,510契約', 1510, '契約', false],
    ['代理店数:約4万店', 40000, '店', true],
    ['不審なメール約7,000通', 7000, '通', true],
    ['参加者の件数:最大のべ15,535名', 15535, '名', true],
    ['対象者 合計 約1,200件', 1200, '件', true],
    ['登録者 延べ3,400名', 3400, '名', false],
    ['対象の市立学校及び幼稚園 42校園', 42, '校園', false],
    ['市立幼稚園3園の園児名簿', 3, '園', false],
    ['管理者のログインID数 2,345ID', 2345, 'ID', false],
    ['保存されていたメール数 12,000 メール', 12000, 'メール', false],
    // Numbers counted by their own word, data by its volume.
    ['対象となる情報の数：電話番号数：15万9850番号', 159850, '番号', false],
    ['ダークサイトにて当社のデータが約60GB程度公開されたことを確認しました', 60, 'GB', true],
    ['約2TBのファイルが外部に送信された', 2, 'TB', true],
    // Not one member named: a count of one, or of more.
    ['委託先の1社が不正アクセスを受けました', 1, '社', false],
    ['取引先の2社である', 2, '社', false],
    ['当社の1台のサーバー上に集約したファイル', 1, '台', false],
    // "につきまして" is "as for", not a rate (1名につき).
    ['決済をされたお客様690名につきまして、以下の情報が漏洩した可能性がございます', 690, '名', false],
    // An acronym standing alone before a device count is the noun counted, not a code's letters.
    ['当社で使用するPC30台においても電子データが暗号化されていることを確認しました。', 30, '台', false],
    ['なお、クライアントＰＣ334台につきましては痕跡は確認されませんでした。', 334, '台', false],
  ])('%s → %d %s', (text, value, unit, approx) => {
    expect(quantitiesOf(text)).toEqual([{ value, unit, approx }]);
  });

  test.each([
    ['2025年1月15日に公表しました。'],
    ['被害額は1,000円です。'],
    ['損失見込額：1,771 千米ドル（約 90,000 千円）'],
    ['第3報としてお知らせします。'],
    ['全国120店舗で販売しています。'],
    ['2件目の問い合わせ'],
    ['1人あたり500円の補償'],
    ['1名につき500円を補償します。'],
    ['10名体制で対応しています。'],
    ['2通りの方法があります。'],
    ['3社員が在籍'],
    ['(3)総選除）４０２１社資交付金（改築）工事'],
    ['代表電話 0120-123-456'],
    ['ID123件目'],
    // Letters glued to a number are a code unless an acronym stands alone before a device count (negative of PC30台).
    ['ID123件が登録されています。'],
    ['Windows10台が稼働しています。'],
    ['型番ABC-PC30台'],
    ['※2.1件の記載'],
    // A note mark, a word starting with GB, a number word without a number (negative).
    ['*² 番号には、委託元で管理している事案管理番号が含まれます'],
    ['容量は5GBPSの回線です'],
    ['電話番号の一部'],
    ['数千件の可能性'],
    ['一部のお客様'],
    ['## 6 台東区のコメント'],
    ['ファイルは5件以内で添付してください。'],
    ['ユーザーIDごとに1人の担当を置きます。'],
    ['当事務所のMicrosoft 365アカウント'],
    ['全体で100名規模の調査チームを組成しました。'],
    ['3園児が参加しました。'],
    ['市は情報流出対策本部を設置（専任職員12人）しました。'],
    ['専用コールセンターを開設し（オペレーター40名）、対応しています。'],
    ['登録された5 メールアドレス宛てに送りました。'],
    ['職員証2IDカードを再発行しました。'],
    ['社内の全端末（約800台）を対象にログを調査しましたが、痕跡は見つかりませんでした。'],
    ['保管文書300件を対象として点検を実施しました。'],
    // What the search covered may stand between, after one comma.
    ['サーバーに格納されていた全ファイル（約44万ファイル）を対象として、個人情報が記載されているファイルの調査を実施しました。'],
    // The organizations asked or checked, list siblings between.
    ['市教育委員会で市内全小中学校（13 校）に確認を開始しました。'],
    ['区教育委員会で区立小・中学校（72 校）、特別支援学校（１校）、幼稚園（１園）に卒業アルバムの発注状況を確認した。'],
    ['取引先20社に照会したところ、被害はありませんでした。'],
    // A figure in an example of how records are counted is hypothetical.
    ['件数は重複を含みます（例えば同姓同名で、一方に住所だけが登録されていた場合等は２件と数えています）。'],
    ['たとえば同じ方が2回注文された場合は2件となります。'],
    // One member of a group, named.
    ['委託会社の1社である株式会社審調社から報告がありました。'],
    ['侵入口となった特定の1社のクライアントアカウントを通じて送信されました。'],
    ['A社は当社が開発業務の一部を委託する事業者の1社で、同社の業務設備が侵害を受けました。'],
  ])('no scope quantity in %s', (text) => {
    expect(quantitiesOf(text)).toEqual([]);
  });

  test('a figure an earlier report gave, or one replaced by an arrow, is left out', () => {
    expect(quantitiesOf('お客様数:約440万人(第一報は約438万人)').map((q) => q.value)).toEqual([4400000]);
    expect(quantitiesOf('利用者のドメイン数 18ドメイン→69ドメインに変更').map((q) => q.value)).toEqual([69]);
    expect(quantitiesOf('対象件数を3,000件から3,500件に修正しました。').map((q) => q.value)).toEqual([3500]);
    expect(quantitiesOf('なお、前回の公表内容では 2 名としておりました。')).toEqual([]);
  });

  test.each([
    ['市内の全30校のうち、5校で名簿の流出を確認しました。', [5]],
    // A member of a group named "の1社で、"; without the comma the firm is where the leak happened.
    ['取引先の1社で個人情報の流出を確認しました。', [1]],
    ['町立中学校 全12校中、3校が対象です。', [3]],
    ['流出した全200名のうち、150名は退会済みの会員です。', [200, 150]],
    // Scope figures beside those forms stay (negative rows for the search and example rules).
    ['該当する中学校6校に対し、保護者への連絡を依頼しました。', [6]],
    ['取引先20社に不審なメールが送信されたことを確認しました。', [20]],
    ['卒業生120名に確認したところ、不審な連絡はありませんでした。', [120]],
    ['約44万ファイルが暗号化され、復旧のための調査を実施しました。', [440000]],
    ['300件を対象に不正アクセスが行われ、被害を確認しました。', [300]],
    ['例年どおり、会員1,200名の情報が流出した可能性があります。', [1200]],
    ['氏名等の例：山田太郎。流出した件数は52件です。', [52]],
  ])('a whole set the scope is picked out of: %s', (text, values) => {
    expect(quantitiesOf(text).map((q) => q.value)).toEqual(values);
  });

  test('the upper end of a range is approximate', () => {
    expect(quantitiesOf('影響を受けた端末は20～30台です。')).toEqual([{ value: 30, unit: '台', approx: true }]);
  });

  test('a table comparing reports keeps the later report\'s column', () => {
    const text = '|区分|第2報件数|第3報件数|\n|---|---|---|\n|会員情報|約1.2万件|約1.5万件|';
    expect(countsOf(text).map((c) => c.value)).toEqual([15000]);
  });
});

describe('status of a count', () => {
  test.each([
    ['個人情報1,000件が漏えいしました。', 'leaked'],
    ['お客様の個人情報（2,000件）が流出した可能性があります。', 'possible'],
    ['氏名等300件が外部に流出したおそれがあります。', 'possible'],
    ['約500名分のデータについて、漏えいの可能性を否定できません。', 'possible'],
    ['サーバ3台がランサムウェアにより暗号化されました。', 'affected'],
    ['漏洩した可能性があるのは、会員最大300名分の情報（氏名、暗号化されたパスワード）です。', 'possible'],
    ['不正ログインを受けたアカウントは120件です。', 'affected'],
    ['フィッシングメール800通が送信されました。', 'affected'],
    ['会員情報4,000件については漏えいしていないことを確認しました。', 'not_leaked'],
    ['調査の結果、1,200件の情報の流出は確認されておりません。', 'not_leaked'],
    ['顧客データ5,000件について、流出の痕跡は確認されていませんが、漏えいの可能性は否定できません。', 'possible'],
    ['社外へ送信された件数は合計640件であることを確認しました。', 'affected'],
    ['利用者のうち6名に対して、不正が疑われるログインが行われました。', 'affected'],
    ['当社社員1名がフィッシングメールにより認証情報を入力しました。', 'affected'],
    ['漏えいしたのは、申請者のメールアドレス2件です。', 'leaked'],
    ['職員1名のメールアカウントが不正にアクセスされ、不審なメールが外部に送信されました。', 'affected'],
    ['当社職員2名のアカウントから取引先への不審なメール送信が確認されました。一部の情報が閲覧された可能性があります。', 'affected'],
    ['不審なメールを受信された会員30名の個人情報が流出した可能性があります。', 'possible'],
    ['会員データ約 90 万件※が保存されており、ランサムウェアにより暗号化される被害を受けました。', 'affected'],
    ['この件により、82人の申込者の個人情報が第三者にダウンロードされました。', 'leaked'],
    ['個人情報の不正取得が確認された会員は計57名です。', 'leaked'],
    ['本学の教員1名のアカウントが，第三者に不正に利用され，多数の不審メールが外部に送信されました。', 'affected'],
    ['|取引先様 300 件|氏名、住所 ※口座番号などの情報は流出しておりません|漏えいの可能性あり|', 'possible'],
    // Confirmed NOT reached.
    ['調査の結果、会員1,500名の情報はアクセスされていないことを確認しました。', 'not_leaked'],
    ['顧客情報2,000件はダウンロードされなかったことを確認しています。', 'not_leaked'],
    // Whose mailboxes or accounts were reached: the holders, not leaked people.
    ['## 漏えいした可能性のある情報\n役職員14名のメールボックスに保管されていたメール情報', 'affected'],
    ['社員2名の業務用PCがマルウェアに感染しました。', 'affected'],
    ['## 漏えいした可能性のある情報\nお客様150名のアカウント情報', 'possible'],
    // An aside on what the records do not hold is no denial.
    ['## 漏えいした情報\n- 2024年3月卒業生 計820件（氏名やパスワードなどのデータは含まれていません）', 'leaked'],
    ['## 漏えいした情報\n- 卒業生 計820件（漏えいしていないことを確認しました）', 'not_leaked'],
  ])('%s → %s', (text, status) => {
    expect(countsOf(text).map((c) => c.status)).toEqual([status]);
  });

  test.each([
    ['a list lead-in', '以下の情報が漏えいした可能性があります。\n\n- 氏名：1,500件\n- 住所：1,400件', ['possible', 'possible']],
    ['a lead-in above category sub-headings', '流出した可能性のある情報の件数は以下のとおりです。\n\n## ■販売に関する情報\n顧客情報：4,100件\n## ■配送に関する情報\n配送先情報：2,200件', ['possible', 'possible']],
    ['the heading above', '## 漏えいが確認された情報\n- メールアドレス：820件', ['leaked']],
    ['a topic heading that reads like a leak, in a release that denies a confirmed leak', '## 卒業アルバムの個人情報の漏えいについて\n\n写真が漏えいした可能性があります。なお、現時点では情報の漏えいは確認されておりません。\n\n### 該当校\n- 東小学校 200名分', ['possible']],
    ['a topic heading that reads like a leak, with no denial', '## 卒業アルバムの個人情報の漏えいについて\n\n写真が漏えいした可能性があります。\n\n### 該当校\n- 東小学校 200名分', ['leaked']],
    ['a heading that states the leak, whatever else the release denies', '## 流出したレコードの件数\n\nその他の情報の流出の可能性は否定できませんが、配信先の流出は確認されておりません。\n\n### 件数\n- 一覧ファイルのレコード 9,500件', ['leaked']],
    ['a heading over a figure that only names the group (が対象となります)', '## 流出した可能性のある個人情報\n本学の学生の氏名、学籍番号等、12,040名分が対象となります。', ['possible']],
    ['a group named with no heading that says more', '## 対象者\n本学の学生の氏名、学籍番号等、12,040名分が対象となります。', ['affected']],
    ['a remark between a list and its lead-in', '漏えいの可能性のある情報の項目は次のとおりです。\n\nすべての情報が同一ファイルで閲覧可能な状態となっていたものはありません。\n\n・お客さま関連：氏名、口座情報（1,204 件）', ['possible']],
    ['a line opened by a list mark under a status label', '- 漏洩がほぼ確実なデータ：サーバー上の情報\n\n►現在サービスを利用しているユーザー（学生、教員、職員、その他）と卒業生、および退職したユーザーの計5,210件', ['leaked']],
    ['an outer heading over a heading that only names the group', '## 漏洩した個人情報\n### 対象者\n- 会員および元会員：約9,000名', ['leaked']],
    ['a label line over the figures', '- 流出が確認された個人情報\n社員に関する情報　該当人数：210人', ['leaked']],
    ['a heading naming what was done', '## 不正ログインされたアカウント数\n310件', ['affected']],
    ['not a note under the heading', '## 漏えいの可能性がある情報\n※パスワードは含まれておりません。\n\n利用者のログインID：640件', ['possible']],
    [
      'what the release announces, when the row says nothing',
      'この度、当社の個人情報が漏えいしたことが判明しました。\n\n## 経緯\n|日付|内容|\n|---|---|\n|5月1日|調査の結果、従業員約250名の情報であることを確認|',
      ['leaked'],
    ],
    [
      'a hedge anywhere in the release outweighs a statement of leak',
      '情報漏えいを示す痕跡は確認されておりませんが、その可能性を否定できません。\n\n## 格納されていた件数\n|情報|件数|\n|---|---|\n|認証ログのメールアドレス|7,100件|',
      ['possible'],
    ],
    [
      'a table cell, not the note in the next cell',
      '## 漏えいした可能性がある情報\n|対象|項目|\n|---|---|\n|お取引先様 4,100 件|氏名、住所 ※契約書は閲覧のおそれはありません。|',
      ['possible'],
    ],
    [
      'not a table row above it',
      '## 漏えいした可能性がある範囲\n|対象|情報と件数|\n|---|---|\n|利用者|アンケート回答データ ※特定個人情報は含まれておりません。|\n|その他の利用者|メールアドレスと氏名 361件|',
      ['possible'],
    ],
    ['a topic heading claims nothing', '不正アクセスについてお知らせします。\n\n## 漏えい状況について\n調査対象のファイル：3,300件', ['affected']],
    [
      'the heading, not a paragraph that points back (上記のとおり) above it',
      '## 2. 調査結果\n上記のとおり、情報が漏えいした事実は確認されておりませんが、調査を続けています。\n\n### 漏えいのおそれがある情報\n|区分|件数|\n|---|---|\n|会員情報|1,200件|',
      ['possible'],
    ],
    [
      'the heading, not a paragraph that points back to an earlier report (お知らせのとおり)',
      '## 経過\n第1報でお知らせのとおり、外部への流出が確認されました。\n\n### 流出したおそれのある情報\n|区分|件数|\n|---|---|\n|会員情報|900件|',
      ['possible'],
    ],
    [
      'a lead-in that points ahead (次のとおり) above a sub-heading',
      '流出した情報は次のとおりです。\n\n### 会員に関する情報\n|区分|件数|\n|---|---|\n|会員情報|1,200件|',
      ['leaked'],
    ],
  ])('from %s', (_what, text, statuses) => {
    expect(countsOf(text).map((c) => c.status)).toEqual(statuses);
  });

  test.each([
    // Schools are affected; their data ("5校の卒業アルバムの写真") takes what its clause says.
    ['市立中学校5校が対象で、卒業アルバムの写真が流出した可能性があります。', '校', 'affected'],
    ['市立中学校5校の卒業アルバムの写真が流出した可能性があります。', '校', 'possible'],
    ['取引先20社の情報が漏えいしました。', '社', 'leaked'],
    ['業務用パソコン1台がマルウェアに感染しました。', '台', 'affected'],
    ['「個人情報が閲覧された可能性がある」との報告を、委託先の2社から受けました。', '社', 'affected'],
    ['※監視用サーバー（8台）への不正侵入は確認されておりません。', '台', 'not_leaked'],
    ['他の端末20台への感染は認められていません。', '台', 'not_leaked'],
    ['- 情報が流出した可能性のある取引先数：320社', '社', 'possible'],
    ['## 漏えいした可能性のある情報\n- お取引先様に関する情報（約350社）', '社', 'possible'],
  ])('organizations and devices: %s', (text, unit, status) => {
    expect(countsOf(text).map((c) => [c.unit, c.status])).toEqual([[unit, status]]);
  });

  test('schools listed under a heading about data are affected; the data is what may have leaked', () => {
    const text = '## 漏えいした可能性のある情報\n対象の市立学校及び幼稚園 42校園\n\n（内訳）小学校30校、幼稚園12園\n\n- 上記の学校の卒業アルバム掲載データ 約3,100人分';
    expect(countsOf(text).map((c) => [c.value, c.unit, c.status])).toEqual([
      [42, '校園', 'affected'],
      [30, '校', 'affected'],
      [12, '園', 'affected'],
      [3100, '人', 'possible'],
    ]);
  });

  test('data stored without encryption is not a denial', () => {
    expect(countsOf('顧客データ500件は暗号化されていない状態で保存されていました。').map((c) => c.status)).not.toEqual(['not_leaked']);
  });

  test.each([
    ['現時点で個人情報の流出は確認されておりませんが、引き続き調査しています。', null],
    ['現時点で個人情報の流出の確認はしておりませんが、引き続き調査しています。', null],
    ['調査の結果、個人情報が流出した形跡なし。', null],
    ['流出の痕跡は確認されておりませんが、流出した可能性は否定できません。', 'possible'],
    ['顧客情報が外部に流出しました。', 'leaked'],
  ])('the release claim of "%s" is %s', (text, status) => {
    expect(documentStatus(buildDocument(`不正アクセスがありました。\n\n${text}`))).toBe(status);
  });

  test('a hedge in brackets is part of the statement, not an aside', () => {
    expect(countsOf('|データ漏えい（可能性）件数|児童 12名|').map((c) => c.status)).toEqual(['possible']);
    expect(countsOf('|データ漏えい（確定）件数|児童 12名|').map((c) => c.status)).toEqual(['leaked']);
  });

  test('the release claim comes from its own statements, not warnings or asides', () => {
    const warning = buildDocument('不正アクセスがありました。\n\n個人情報が悪用される可能性がありますので、ご注意ください。');
    expect(documentStatus(warning)).toBeNull();
    const aside = buildDocument('パスワードリスト攻撃（他社から流出した可能性のあるIDを用いる攻撃）を検知しました。');
    expect(documentStatus(aside)).toBeNull();
  });
});

describe('subject and approx', () => {
  test.each([
    ['利用者のメールアドレス ： 79,991件', '利用者のメールアドレス'],
    ['- 従業員ID（約31,500名）', '従業員ID'],
    ['|認証ログのメールアドレス|2019年3月~2026年4月|7,446件|', '認証ログのメールアドレス'],
    ['|　|国内グループ会社従業員：1448名|海外グループ会社従業員：45名|', '国内グループ会社従業員'],
    ['入力したことがあるお客様の個人情報2,466件が流出しました。', 'お客様の個人情報'],
    ['該当する24,166名のお客様にはご連絡します。', '該当するお客様'],
    // に opening a modifier of the noun does not cut the phrase; に as a clause's particle does.
    ['- 研究技術職関連の採用に関する個人情報　約5,000件', '研究技術職関連の採用に関する個人情報'],
    ['- 農地中間管理事業に係る全契約者 32,000人', '農地中間管理事業に係る全契約者'],
    ['システムに登録された会員 1,200名', '登録された会員'],
  ])('%s → %s', (text, subject) => {
    expect(countsOf(text)[0]?.subject).toBe(subject);
  });

  test('a prose subject starts after the figure before it, also after "・"', () => {
    expect(countsOf('対象の園児は年少5名・年中7名です。').map((c) => c.subject)).toEqual(['年少', '年中']);
    expect(countsOf('漏えいの可能性がある人数 生徒 120名 教職員 15名').map((c) => c.subject)).toEqual(['人数 生徒', '教職員']);
  });

  test.each([
    ['保管していた顧客情報 293 件', '保管していた顧客情報', '保管していた顧客情報 293 件'],
    ['登録者のドメイン数 18ドメイン→24ドメインに変更', '登録者のドメイン数', '登録者のドメイン数 18ドメイン→24ドメイン'],
    ['管理者 ID 数 12,345ID→678ID に変更', '管理者 ID 数', '管理者 ID 数 12,345ID→678ID'],
  ])('a prose subject and its evidence: %s', (text, subject, evidence) => {
    const doc = buildDocument(text);
    const found = countsExtractor.extract(doc, emptyFindings(), { tokenize: false }) as { counts: { value: CountDraft; evidence: { text: string } }[] };
    expect(found.counts.map((c) => [c.value.subject, c.evidence.text])).toEqual([[subject, evidence]]);
  });

  test.each([
    ['## 流出した可能性のある情報（最大数）\n\n会員のメールアドレス数 4,210 アドレス', true],
    ['## 流出した可能性のある情報\n\n会員のメールアドレス数 4,210 アドレス', false],
  ])('a heading that gives maxima makes its figures approximate: %s', (text, approx) => {
    expect(countsOf(text).map((c) => c.approx)).toEqual([approx]);
  });

  test('a lead-in that gives maxima makes its figures approximate', () => {
    const counts = countsOf('流出した可能性のある情報の最大件数は以下のとおりです。\n\n- 顧客情報：4,577件');
    expect(counts).toEqual([expect.objectContaining({ value: 4577, approx: true, status: 'possible' })]);
  });

  test.each([
    ['お問い合わせ窓口の対応人員：30名'],
    ['仕入先：45社'],
    ['卒業アルバム制作業者である上記2社に委託していました。'],
    ['社内エンジニア約60名とあわせて調査しています。'],
    ['処分の対象は次のとおり取締役 3 名です。'],
    ['不正ログイン試行回数は52,000件にのぼりました。'],
    ['本件に関するお問い合わせ件数：150件'],
    ['当社が運営する一部の店舗（12店）'],
    ['専用相談窓口の受付件数：40件'],
    ['配信中の視聴者数が5,000人を超えたため、配信を停止しました。'],
    ['攻撃期間中のサイトへのアクセス数：約3万件'],
    ['セミナー（定員200名）の開催をお知らせします。'],
    ['募集人数：50名'],
    ['会報誌の発行部数は3万部です。'],
    ['会員数約120万人の通販サイトを運営しています。'],
    ['光回線サービスの契約数が100万件を突破しました。'],
    ['会員100万人達成のキャンペーンを実施中です。'],
    ['調査では、300GB程度の不正な通信の容量を確認しております。'],
  ])('not scope: %s', (text) => {
    expect(countsOf(text)).toEqual([]);
  });

  test.each([
    ['お問い合わせフォームから送信された情報約120件が流出しました。', [120]],
    ['A支店の顧客情報 3,400件', [3400]],
    ['|相談者の氏名|80名分|', [80]],
    ['- 事業者電話番号（900件）', [900]],
    ['|お客様相談室にお問い合わせいただいた方|氏名、電話番号|2,000件|', [2000]],
    ['対象者 1,000人（内訳 児童数800人、教職員数200人）', [1000, 800, 200]],
    ['会員サイトを開設しており、延べ約3,000人の会員情報が流出しました。', [3000]],
    ['定員40名の講座の受講者名簿（32名分）を誤送信しました。', [32]],
    ['漏えいした会員数は1,234名です。', [1234]],
    ['対象となる契約数：567件', [567]],
    ['|契約数|385契約|', [385]],
    ['9月29日から10月1日にかけて300GB程度の情報が外部に送信された可能性があります。', [300]],
    ['会員数約120万人の通販サイトで、1,234名のお客様のメールアドレスが流出した可能性があります。', [1234]],
  ])('scope although the subject names a help desk, store or headcount: %s', (text, values) => {
    expect(countsOf(text).map((c) => c.value)).toEqual(values);
  });
});

describe('entries counted elsewhere already are no scope of their own', () => {
  test.each([
    ['### （２）入試合格者に係る情報 249 件（うち 6 件は（１）と重複）', [249]],
    ['会員情報1,200件(うち30件は前回公表分と重複)が流出しました。', [1200]],
    ['個人情報1,000件が流出しました（うち重複10件）。', [1000]],
    // A figure after which duplicates were taken out is the scope (negative).
    ['重複を除いた件数は8,200件です。', [8200]],
    ['会員情報1,200件のうち30件は氏名のみです。', [1200, 30]],
  ])('%s → %j', (text, values) => {
    expect(countsOf(text).map((c) => c.value)).toEqual(values);
  });
});

describe('figures under a heading of requests to readers are what they are asked to watch for, no scope', () => {
  test.each([
    ['お客様情報3,000件が流出した可能性があります。\n\n## 4．お客様へのお願い\n現時点でお客様へ送信されているフィッシングメールの内容としては\n\n- 予約確認と称してお客様情報の入力を求める\n- クレジットカード情報の入力を求める\n\n上記2件の情報の入力を求めるような不審なメールには\n\n一切対応されないようお願い申し上げます。', [3000]],
    ['お客様情報3,000件が流出した可能性があります。\n\n## 不審なメールにご注意ください\n当社を装ったメールが2件確認されています。', [3000]],
    // A heading of the incident's scope keeps its figures (negative).
    ['お客様情報が流出した可能性があります。\n\n## 4．流出した可能性のある情報\n上記2件の情報（氏名、メールアドレス）\n\n## 5．お客様へのお願い\n不審なメールにご注意ください。', [2]],
  ])('%j → %j', (text, values) => {
    expect(countsOf(text).map((c) => c.value)).toEqual(values);
  });
});

describe("a response's progress is no scope", () => {
  test.each([
    ['以下のとおり112名の情報が漏えいした可能性があります。現在、112名のうち、108名の方に対し連絡済みです。', [112]],
    ['対象の方には順次通知しており、本日までに約8,000名への通知を完了いたしました。', []],
    // Whom the release will contact, or the group it names and has served, is its scope (negative).
    ['対象となる1,200名のお客様には返金済みです。', [1200]],
    ['漏えいした可能性のあるお客様1,200名には、個別にご連絡いたします。', [1200]],
    ['対象となる1,200名の皆様に、お詫びのご連絡を差し上げました。', [1200]],
  ])('%s → %j', (text, values) => {
    expect(countsOf(text).map((c) => c.value)).toEqual(values);
  });
});

describe('a figure before 以外 is the scope set apart from the rest; the predicate after it is said of the rest', () => {
  test.each([
    ['原因の調査等を進めておりますが、感染したパソコン1台以外にランサムウェアへの感染の疑いは、現時点で確認されておりません。', [[1, '台', 'affected']]],
    ['なお、上記2台以外のサーバをご利用のお客さまには、本事案による影響はございません。', [[2, '台', 'affected']]],
    // Stated before, the figure set apart is the same count (negative: not two).
    ['サーバ2台が不正アクセスを受けました。なお、上記2台以外のサーバには影響はありません。', [[2, '台', 'affected']]],
    // 以内 bounds a figure: no scope (negative).
    ['回答は10件以内でお願いします。', []],
  ])('%s', (text, expected) => {
    expect(countsOf(text).map((c) => [c.value, c.unit, c.status])).toEqual(expected);
  });
});
