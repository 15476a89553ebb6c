import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { bareHeadingOver, documentStatus, readStatus } from '../../src/extract/countStatus.js';
import { overviewExtractor } from '../../src/extract/overview.js';
import { bodyHeaderExtractor } from '../../src/extract/bodyHeader.js';
import { countsExtractor } from '../../src/extract/counts.js';
import { emptyFindings } from '../../src/extract/types.js';

const statusesOf = (text: string) =>
  (countsExtractor.extract(buildDocument(text), emptyFindings(), { tokenize: false }) as { counts: { value: { value: number; status: string } }[] }).counts.map((c) => [c.value.value, c.value.status]);

describe('readStatus: a hedge qualifies the verb right before it', () => {
  test.each([
    // A hedge on whom data identifies says what the data is, not whether it leaked.
    ['フリーコメント欄の中に特定の個人を識別できる可能性のある情報が約 40 件流出したことが判明しました', 'leaked'],
    ['個人が特定される可能性のある画像が流出しました', 'leaked'],
    ['個人を特定できる情報が流出した可能性があります', 'possible'],
    // The hedge is on misuse of data already out, or on the attack: the leak stands.
    ['流出した情報を悪用したメールが送付される可能性があります', 'leaked'],
    ['漏えいした情報を基に、フィッシングメールが送信される可能性が考えられます', 'leaked'],
    ['今回漏えいした情報が特殊詐欺等に悪用されるおそれがあります', 'leaked'],
    ['不正アクセスの疑いを検知し、調査の結果、以下の情報漏洩があったと判断いたしました', 'leaked'],
    ['恐れ入りますが、会員IDが漏えいしているため、パスワードの変更をお願いいたします', 'leaked'],
    // The hedge is on the leak itself.
    ['漏えいした可能性のある情報が悪用される可能性があります', 'possible'],
    ['個人情報が流出した可能性があります', 'possible'],
    ['メールが誤送信された可能性があります', 'possible'],
    // Mail already sent with data in it may have leaked it; mail yet to come is misuse.
    ['個人情報を含むメールが外部に送信された可能性があります', 'possible'],
    ['流出した情報を悪用したメールが送付される、不審な電話がかかってくる可能性も否定できません', 'leaked'],
    ['流出した情報を悪用したメールが送付される可能性を完全に否定することはできません', 'leaked'],
    ['個人情報が流出した可能性を完全に否定することはできません', 'possible'],
    ['流出のおそれは否定できません', 'possible'],
    // Denials in more forms.
    ['現在のところ外部へ持ち出された形跡はございません', 'not_leaked'],
    ['外部への情報持ち出しを直接示す痕跡は確認されませんでした', 'not_leaked'],
    ['お客さまの情報が外部に漏えいした事実やその不正利用などの二次被害は確認されておりません', 'not_leaked'],
    ['カード情報は今回の漏えいの対象にはなっていません', 'not_leaked'],
    ['本番環境からの情報漏えいによる被害は一切ございません', 'not_leaked'],
    // Data exposed is leaked; a leak site is no publication by design.
    ['第三者が加入者の情報を一時的に閲覧できる状態になっていました', 'leaked'],
    ['保存されていたファイルと同一のファイルがリークサイト上に公開されていることを確認しました', 'leaked'],
    ['弊社運営サービス内で公開されているID', null],
    // A leak denied as the cause of the attack; a hedge on what records hold is not on the leak.
    ['弊社のアカウント情報が流出したことによる不正アクセスではなく', 'not_leaked'],
    ['警察の調査の結果、外部への情報流出の痕跡は見当たりませんでした', 'not_leaked'],
    ['外部への情報漏洩の痕跡は見当たらず、不正利用による被害も確認されていません', 'not_leaked'],
    ['流出したことによるものではありません', 'not_leaked'],
    ['個人情報に該当し得る情報を含む可能性のあるレコードとして流出を確認した件数', 'leaked'],
    ['個人情報を含むファイルが流出した可能性があります', 'possible'],
    // A hedge on what happened to a device (infected, reached, run from afar) is not on a leak.
    ['パソコンの誤操作により、詐欺サイトに接触した可能性がある旨の報告がありました', null],
    ['端末がウイルスに感染した可能性があります', null],
    ['パソコンが遠隔操作された可能性があり、個人情報が流出した可能性も否定できません', 'possible'],
    ['感染した端末から個人情報が流出した可能性があります', 'possible'],
    // A denied leak in more forms: coordinated with another harm, as the topic, "確認できておりません",
    // nobody reported one, none found.
    ['情報漏えい及び二次被害の事実は確認されておりません', 'not_leaked'],
    ['個人情報、機微情報等の漏洩や改ざんは現在のところ確認されておりません', 'not_leaked'],
    ['当該個人情報の第三者への流出については、確認されておりません', 'not_leaked'],
    ['個人情報の漏洩につきましては、現在までの調査では確認されておりません', 'not_leaked'],
    ['本日までの調査で情報の漏えいは確認できておりません', 'not_leaked'],
    ['その結果、情報漏洩は確認されませんでした', 'not_leaked'],
    ['現時点において、当社のお客さま情報が流出したとの報告は受けておりません', 'not_leaked'],
    ['当社のメールデータについては情報漏洩がないことが確認できております', 'not_leaked'],
    ['お客様の個人情報の漏洩事実はございません', 'not_leaked'],
    ['調査の結果、漏えいの可能性はありません', 'not_leaked'],
    // A possibility judged unlikely is still a possibility, not a denial.
    ['情報が窃取された可能性は低いと推測するとのことでした', 'possible'],
    ['個人情報が流出した可能性は極めて低いと考えております', 'possible'],
    // The leak modifies the harm denied, or is itself stated: it stands (negative).
    ['漏えいした情報を用いた二次被害については確認されておりません', 'leaked'],
    ['流出した情報が不正に利用された事象は確認されておりません', 'leaked'],
    ['個人情報が漏えいし、二次被害は確認されておりません', 'leaked'],
    ['漏えいが確認されたとの報告を受けております', 'leaked'],
  ])('%s → %s', (text, status) => {
    expect(readStatus(text)?.status ?? null).toBe(status);
  });

  test.each([
    ['流出した情報を悪用したなりすましメールが送付される可能性がございます。', 'leaked'],
    ['個人情報が漏えいした可能性があります。', 'possible'],
    ['不正アクセスを受けた可能性があります。', null],
    // A request to the reader is advice, like a warning: its hedge is not the claim.
    ['個人情報の漏えいが確認されたお客様にはメールを送信しております。今回漏えいした可能性のある情報から推測されやすいパスワードを設定されている場合は、変更していただきますようお願い申し上げます。', 'leaked'],
    ['個人情報が漏えいした可能性があります。お客様にはパスワードの変更をお願いいたします。', 'possible'],
    // A condition is no claim.
    ['不正アクセスを受けました。今後、個人情報の流出が確認された場合には、速やかにお知らせします。', null],
    ['不正アクセスを受け、個人情報が流出しました。', 'leaked'],
    // No trace of outflow, yet data may have been reached: possible.
    ['外部への情報流出の痕跡は見当たりませんでした。しかし、データにアクセスした可能性を完全に否定することは困難です。', 'possible'],
    // The attack itself only possible says nothing of a leak (negative).
    ['外部への情報流出の痕跡は見当たりませんでした。不正アクセスを受けた可能性があります。', null],
    // A possibility kept open, then judged low: still possible.
    ['ファイル転送の明確な痕跡はなかったものの、情報が窃取された可能性があることを完全には否定できないが、その可能性は低いと推測するとのことでした。', 'possible'],
    // A leak denied as the cause; data only possibly viewed.
    ['アカウント情報が流出したことによる不正アクセスではありません。\n- マイリスト情報の閲覧の可能性', 'possible'],
    // Data only left open to view, under a release that says no leak is confirmed: a possible leak, not a leak.
    ['第三者がお客様の情報を閲覧できる状態になっていたとの報告がありました。現時点では、お客様の情報が外部に漏えいした事実は確認されていません。', 'possible'],
    ['個人情報が閲覧可能な状態となっておりました。なお、情報の流出は確認されておりません。', 'possible'],
    // Open to view, and nothing denied: the exposure is the leak (negative).
    ['第三者がお客様の情報を閲覧できる状態になっていたとの報告がありました。', 'leaked'],
    // Open to view, and a leak stated as an act: leaked, whatever else is not confirmed (negative).
    ['個人情報が閲覧可能な状態となり、外部に流出しました。二次被害は確認されておりません。', 'leaked'],
  ])('the release claim of "%s" is %s', (text, status) => {
    expect(documentStatus(buildDocument(text))).toBe(status);
  });
});

describe('a denial in its continuative form (…確認されておらず、) is a denial', () => {
  test.each([
    ['社外への流出は確認されておらず、', 'not_leaked'],
    ['情報漏えいの事実は確認されておらず、', 'not_leaked'],
    ['外部への漏えいが行われた明確な痕跡は確認されておらず、', 'not_leaked'],
    ['弊社システムからの個人情報漏えいや不正アクセスによる流出は確認されておらず、', 'not_leaked'],
    // Harm other than the leak denied: the leak stands (negative).
    ['情報の漏えい以外の被害は確認されておらず、', 'leaked'],
    // A continuative that is no denial (negative).
    ['個人情報が流出しており、', 'leaked'],
  ])('%s → %s', (text, status) => {
    expect(readStatus(text)?.status ?? null).toBe(status);
  });

  test.each([
    // The denial's clause ends at its comma: the figure after it is not what it denies, and takes the release's claim.
    ['会員情報がアクセスされた可能性があります。現在のところ、個人情報の流出は確認されておらず、1名のお客様に関して不正な注文を除き、二次被害は確認されていません。', 'possible'],
    // A denial in the figure's own clause still decides (negative).
    ['会員情報がアクセスされた可能性があります。現在のところ、1,000名の個人情報の流出は確認されておらず、調査を続けております。', 'not_leaked'],
    // An affirmative continuative leaves the clause whole (negative).
    ['当社サーバーが不正アクセスを受けました。個人情報が流出しており、1名のお客様に関して不正な注文が確認されました。', 'leaked'],
  ])('%j → %s', (text, status) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual([status]);
  });
});

describe('a heading that says the data was encrypted', () => {
  test.each([
    ['### <暗号化された情報>\n学生・教職員 ユーザーID 43,451件', 'affected'],
    ['### 暗号化されたデータ\n- 顧客情報 1,200件', 'affected'],
    // Headings that only name the data reached leave the figure to the release's claim.
    ['顧客情報が漏えいした可能性があります。\n\n### 不正アクセスされた情報\n- 顧客情報 1,200件', 'possible'],
    ['顧客情報が漏えいした可能性があります。\n\n### 暗号化されたパスワードを含む情報\n- 顧客情報 1,200件', 'possible'],
  ])('%j → %s', (text, status) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual([status]);
  });
});

describe('headings nearer the figure than the lead-in decide first', () => {
  test.each([
    // Data outsiders are confirmed to have reached is viewed: leaked.
    ['## 2. アクセスされた個人情報\n以下の情報について、外部から実際にアクセスされた、またはアクセスされた可能性があることを確認しています。\n### 外部からのアクセスが確認された個人情報\n- 問合せ実績の有無・・・115,674件', 'leaked'],
    ['## 2. アクセスされた個人情報\n以下の情報について、外部から実際にアクセスされた、またはアクセスされた可能性があることを確認しています。\n### 外部からアクセスされた可能性がある個人情報\n- 従業員の情報・・・111名分', 'possible'],
    // What the attack reached, leak undecided: the release's claim.
    ['流出した情報があるかは調査中です。\n## 不正アクセスされた情報\n- 顧客情報 1,200件', 'affected'],
    // A concessive heading is decided by its last clause; public-by-design data is no leak.
    ['## 3. アクセスされた可能性があったが、その後の調査によりアクセスが無いことが確認された個人情報\n- サービス内で公開されているID・・・2名分', 'not_leaked'],
    ['## 漏えいした個人情報\n- 公開されていたファイルの氏名・・・2名分', 'leaked'],
    // A lead-in nearer than any heading still decides.
    ['## 対象となる情報\n流出した可能性のある情報は以下のとおりです。\n- 顧客情報 1,200件', 'possible'],
  ])('%j → %s', (text, status) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual([status]);
  });
});

describe('people whose accounts, mailboxes or credentials were reached are their holders: affected', () => {
  test.each([
    ['当事務所内ユーザー1名のMicrosoft 365アカウントにおいて、第三者による不正なアクセスが疑われる痕跡を確認しました。個人情報が漏えいした可能性があります。', 'affected'],
    ['当団体職員 1 名の Microsoft365 の認証情報が不正に窃取され、このアカウント経由にて大量の不審なメールが送信されました。', 'affected'],
    ['当社従業員1名のメールアカウントが第三者による不正アクセス攻撃を受けました。', 'affected'],
    ['本学事務職員1名の Google アカウントが乗っ取られました。', 'affected'],
    // Their data itself, or data in the account, is not a holder (negative).
    ['社員2名のメールアドレスが流出したことが判明いたしました。', 'leaked'],
    ['職員1名のアカウント情報が流出しました。', 'leaked'],
    ['お客様1,200名の個人情報が漏えいした可能性があります。', 'possible'],
  ])('%s → %s', (text, status) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual([status]);
  });
});

describe('accounts with traces of an intrusion are affected', () => {
  test.each([
    ['計4件のアカウントにおいて不正アクセスの形跡を確認いたしました。', 'affected'],
    ['計4件のアカウントにおいて不正アクセスの痕跡を確認いたしました。', 'affected'],
    // A denial of traces is not.
    ['計4件のアカウントにおいて不正アクセスの形跡は確認されておりません。', 'not_leaked'],
  ])('%s → %s', (text, status) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual([status]);
  });
});

describe('a figure whose own clause says what was done', () => {
  test.each([
    // The release's title names its topic; the figure's own action stands.
    ['# 不正アクセス及び情報漏洩等に関するお知らせ\n\n現時点で確認されている不正送信の件数は280件です。', 'affected'],
    // A title that is no topic but a statement still speaks (negative).
    ['# 漏えいした情報\n\n現時点で確認されている不正送信の件数は280件です。', 'leaked'],
    // Accounts the attack reached are affected under a heading on the data in them.
    ['## 3. 漏えいの可能性がある個人情報\n不正アクセスが確認されたのは、社員1名のメールアカウントに加え、合計2アカウントとなりました。', 'affected'],
    // A device infected; the next clause, with its own subject after a noun like 該当端末, speaks of credentials.
    ['利用していたPC端末1台がマルウェアに感染し、該当端末で使用していた該当アカウントの認証情報が窃取されました。', 'affected'],
    ['PC端末1台が盗難に遭い、端末内の顧客情報が流出しました。', 'leaked'],
    // Records under the same heading take its hedge (negative).
    ['## 3. 漏えいの可能性がある個人情報\n不正アクセスを受けたサーバーに保存されていた顧客情報は1,200件です。', 'possible'],
  ])('%j → %s', (text, status) => {
    expect(statusesOf(text).map((s) => s[1]).slice(-1)).toEqual([status]);
  });
});

describe('a heading that names an attacked system says nothing of the data it stored', () => {
  test.each([
    // The release hedges; the system heading does not make its stored data "affected".
    ['個人情報等が漏洩した可能性を否定できません。\n\n## （不正アクセスを受けたシステム）\n### 対象従業員に関する情報\n登録者：24,288 件', 'possible'],
    ['個人情報等が漏洩した可能性を否定できません。\n\n## ランサムウェアに感染したサーバー\n- 顧客情報 1,200件', 'possible'],
    // Servers counted under it are what the attack reached (negative).
    ['個人情報等が漏洩した可能性を否定できません。\n\n## 不正アクセスを受けたシステム\n- サーバー 3台', 'affected'],
    // A heading over data (not a system) still speaks (negative).
    ['個人情報等が漏洩した可能性を否定できません。\n\n## 不正アクセスされたアカウント\n- 3アカウント', 'affected'],
  ])('%j → %s', (text, status) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual([status]);
  });
});

describe("an organization's figure counts data when its の-phrase ends in data", () => {
  test.each([
    ['業務委託先企業 4 社のメールアドレスが漏えいしていたことが判明いたしました。', 'leaked'],
    ['県立学校16校の令和5年度卒業生に係る卒業アルバムのデータ（氏名・写真）が漏えいした可能性があります。', 'possible'],
    // The figure in brackets after its noun, or the data said of the firms (について).
    ['同社サーバへの不正アクセスに伴う同社取引先（合計７２９社）の情報が漏えいした可能性が否定できないとの発表がありました。', 'possible'],
    ['会員企業（３０社）について、同社から保有情報が漏洩した可能性があるとの連絡が入りました。', 'possible'],
    // The data held at the organizations (において): "6校において個人情報が漏洩した可能性".
    ['区立小学校6校において個人情報が漏洩した可能性があるとの報告がありました。', 'possible'],
    ['市立小学校1校において、卒業アルバムに掲載された個人情報（写真及び氏名）が漏えいした恐れがあるとの報告がありました。', 'possible'],
    // A bracketed figure whose own clause goes on to something else (negative).
    ['取引先（3社）の担当者が不正アクセスを受け、情報が漏えいした可能性があります。', 'affected'],
    ['会員企業（３０社）について、サービスの利用を停止しましたが、情報が漏洩した可能性があります。', 'affected'],
    // A clause of its own (が) between them: the firms are only named (negative).
    ['委託先2社の担当者が不正アクセスを受け、情報が漏えいした可能性があります。', 'affected'],
    ['市内の小学校2校で卒業アルバムの情報が漏えいした可能性があります。', 'affected'],
    // A data word inside a bracketed name is no data (negative).
    ['市立小学校12校の卒業アルバム制作業者（株式会社写真のたなかや）から、写真が閲覧された可能性があるとの報告がありました。', 'affected'],
  ])('%s → %s', (text, status) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual([status]);
  });
});

describe('the predicate after a figure keeps its hedge, and an attributive 対象となる names a group', () => {
  test.each([
    // A 32-character window would cut "漏洩の" from its "おそれ".
    ['顧客情報1,200件に不正アクセスがあり、顧客の皆様に関係するとても重要な情報の漏洩のおそれがあります。', 'possible'],
    // A device reached; the next clause, with a topic of its own (…について), speaks of the data.
    ['緑丘会のパソコン１台に不正アクセスがあり、会員の皆様に関する個人情報について漏洩のおそれがある事案が発生しました。', 'affected'],
    // No trace found does not take back a possibility kept open.
    ['関係者の個人データ（合計約20,000件）を閲覧された可能性は否定できず、漏えいの可能性を否定できないものの、明確に情報が持ち出された痕跡は見つかっていません。', 'possible'],
    // A confirmation that nothing leaked does (negative).
    ['関係者の個人データ（合計約20,000件）は漏えいした可能性がありましたが、調査の結果、漏えいしていないことを確認しました。', 'not_leaked'],
    // "対象となるお客様には…ご連絡": whom the release contacts, not what happened to the figure.
    ['個人情報が漏えいした可能性があります。対象者の件数は最大225,846件で、対象となるお客様には個別にご連絡しております。', 'possible'],
    // "対象となりました" is said of the figure itself (negative).
    ['不審なログインがありました。会員1,200名が攻撃の対象となりました。', 'affected'],
  ])('%s → %s', (text, status) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual([status]);
  });
});

describe("a table's column header over its figures", () => {
  test.each([
    ['当社サーバーが不正アクセスを受けました。\n\n|項目|流出した可能性のある件数|\n|---|---|\n|氏名|1,234件|\n|住所|567件|', ['possible', 'possible']],
    ['当社サーバーが不正アクセスを受けました。\n\n|項目|流出が確認された件数|\n|---|---|\n|氏名|1,234件|', ['leaked']],
    // A column that only names a measure leaves the figure to the heading (negative).
    ['## 漏えいした可能性のある件数及び情報\n|報告|漏えい件数|\n|---|---|\n|今回報告|29,451件|', ['possible']],
    // A header with no status word says nothing (negative).
    ['当社サーバーが不正アクセスを受けました。\n\n|項目|件数|\n|---|---|\n|氏名|1,234件|', ['affected']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe("the investigation's conclusion that nothing leaked settles the release's claim", () => {
  test.each([
    ['PCが不正アクセスを受け、個人情報が流出したおそれがある事案につきまして、調査結果をお知らせします。\n調査の結果、情報の窃取を示す痕跡は無く、情報流出は発生しなかったと判断いたしました。', 'not_leaked'],
    ['個人情報が漏えいした可能性がありましたが、調査の結果、漏えいしていないことを確認しました。', 'not_leaked'],
    // Not yet confirmed is no conclusion: the possibility stands (negative).
    ['個人情報が漏えいした可能性があります。現時点で漏えいは確認されておりません。', 'possible'],
    ['漏えいの痕跡は確認されておりませんが、漏えいの可能性を否定できません。', 'possible'],
  ])('%j → %s', (text, status) => {
    expect(documentStatus(buildDocument(text))).toBe(status);
  });

  test.each([
    ['情報流出は発生しなかったと判断いたしました', 'not_leaked'],
    ['個人情報の漏えいは生じておりません', 'not_leaked'],
    // An event that did happen (negative).
    ['調査の結果、漏えいがないことが判明しました', 'not_leaked'],
    ['情報流出が発生しました', 'leaked'],
    // Publication said as a noun: "情報の公開が確認されている" is a leak, as "公開された" is.
    ['リークサイトへの情報の公開が確認されている方の数は、', 'leaked'],
    ['ダークウェブ上で当社データの公開を確認しました', 'leaked'],
    // Publication denied as a fact or trace: no leak read from "公開され".
    ['外部に流出したことを示す事実や、攻撃者によって情報が公開されている事実は確認されていません', 'not_leaked'],
    ['個人情報が公開されている形跡は認められておりません', 'not_leaked'],
    ['不正に使用された、または公開されたという事実は確認されておりません', 'not_leaked'],
    // Publication stated is a leak (negative).
    ['攻撃者によって情報が公開されている事実を確認しました', 'leaked'],
    // Publication not confirmed is no leak (negative).
    ['リークサイトへの情報の公開が確認されておりません', undefined],
    ['リークサイトへの情報の公開が確認されていません', undefined],
  ])('readStatus %s → %s', (text, status) => {
    expect(readStatus(text)?.status).toBe(status);
  });

  test.each([
    // The opening settles the possibility announced before: every figure feared for is not leaked.
    ['先日発表しました申請者の電子メールアドレス等の漏えいの可能性については、調査の結果、漏えいがないことが判明しました。\n\n## １　経緯\n不正アクセスを受けたことにより、申請者の電子メールアドレス１件が漏えいした可能性があるとの報告がありました。', ['not_leaked']],
    // A ruling on one kind of data settles nothing else (negative).
    ['会員約4,200名の個人情報が漏えいした可能性があります。クレジットカード情報につきましては外部決済会社に委託しておりますので、漏洩、流出の可能性はないものと判断しております。', ['possible']],
    // A ruling inside a section is about that section's data (negative).
    ['お客様の個人情報が流出した可能性がございます。\n\n## ２．対象者\n- 漏えいした可能性のあるお客様 2名\n\n## ３．外部からのアクセスがなかったことを確認している情報\n漏えいの可能性については、以下の情報は社外へ流出していないことを確認しております。', ['possible']],
  ])('a release that opens by settling its possibility: %j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });

  test('a figure whose clause is silent takes the conclusion', () => {
    expect(statusesOf('個人情報が流出したおそれがある事案につきまして、調査結果をお知らせします。\n\n## 1. 経緯\n- 児童名簿 対象児童 約700名分\n\n## 2. 調査結果\n調査の結果、情報流出は発生しなかったと判断いたしました。').map((s) => s[1])).toEqual(['not_leaked']);
  });
});

describe('a status label governs the sub-headings of its own section', () => {
  test.each([
    ['## ■漏洩した可能性のある情報\n漏洩した可能性が判明している情報は次のとおりです。\n\n- 漏洩がほぼ確実なデータ：サーバー上の情報\n\n►利用者の計6,447件\n\n### ◆ その他のデータ\n\n►卒業生 計1,025件', ['leaked', 'leaked']],
    // A label in a sibling section does not reach across (negative).
    ['## 1 漏洩したデータ\n- 漏洩がほぼ確実なデータ：サーバー上の情報\n\n## 2 その他\n漏洩した可能性がある情報は次のとおりです。\n\n### ◆ 卒業生のデータ\n\n►卒業生 計1,025件', ['possible']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('an aside on how a figure was counted says nothing of the leak', () => {
  test.each([
    ['### ＜漏えいしたお客さま情報の件数＞\n40件（件数には個人情報に係る本人が重複している可能性のあるものも含まれます）', 'leaked'],
    ['## 漏えいした個人情報\n- 顧客情報 合計77.2万件（※同一人物の重複計上の可能性があります）', 'leaked'],
    // A hedge on the figure itself stays (negative).
    ['## 対象となる情報\n- 顧客情報 1,200件（漏えいの可能性）', 'possible'],
    ['## 漏えいした個人情報\n- 顧客情報 1,200件（うち300件は漏えいした可能性があります）', 'possible'],
  ])('%j → %s', (text, status) => {
    expect(statusesOf(text).map((s) => s[1])[0]).toBe(status);
  });
});

describe('a device whose own clause hedges only on what happened to it is affected', () => {
  test.each([
    ['施設予約用パソコン（１台）の誤操作により、詐欺サイトに接触した可能性がある旨の報告がありました。', ['affected']],
    ['業務用パソコン2台がウイルスに感染した可能性があります。', ['affected']],
    // A hedge on the leak itself stays (negative).
    ['業務用パソコン2台から情報が流出した可能性があります。', ['possible']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe("a status word after a comma and a new topic is said of that topic, not of the figure's finished clause", () => {
  test.each([
    ['本件は、独立した1台の検証用サーバーにおいて発生したものであり、当社の全般的なサービスへの影響はございません。', ['affected']],
    ['サーバー2台がランサムウェアに感染し、当社の基幹システムへの影響はありません。', ['affected']],
    // A list joined by a conjunction is one clause (negative).
    ['お客様の個人情報（2,466件）および、クレジットカード情報（300件）が漏えいした可能性があります。', ['possible', 'possible']],
    // "…件あり、" continues one chain about the figure (negative).
    ['不正ログインされたものが194,307件あり、会員情報ページが閲覧されたおそれがございます。', ['possible']],
    // A comma after a noun, not a finished clause (negative).
    ['会員1,000名、氏名と住所が流出した可能性があります。', ['possible']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('a label line that names the measure with its status governs the figures below it', () => {
  test.each([
    ['当社は以下の報告を受けました。\n\n「漏えい事実が確認されたお客様契約数」 として、\n\nアカウント・パスワードの漏えい\n\n対象のお客様契約数： 132契約\n\nメール本文の漏えい\n\n対象のお客様契約数： 6契約\n\nそれ以外の情報についても、依然として漏えいの可能性は否定できません。', ['leaked', 'leaked']],
    // (An opening that hedges would stand for the release's claim, as a title does: see hedgedByRelease.)
    ['公式アカウントが第三者に乗っ取られました。\n\n‐第三者から閲覧可能となった個人情報及びその対象人数\n項目：氏名、メールアドレス\n人数：55名', ['leaked']],
    // A label that names a measure without a status leaves the figure to the release (negative).
    ['個人情報が流出した可能性があります。\n\n- 対象となるお客様の人数\n人数：55名', ['possible']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe("a leak read from a figure's own words under a release that calls the whole a possible leak", () => {
  const release = (title: string, body: string) => `# 公表概要\n- ${title}\n- 2025年4月22日\n- 三重県\n- https://www.pref.mie.lg.jp/release.html\n\n# 本文\n${body}`;
  // The title comes from the extractors before counts (the overview's, or a pasted text's title line).
  const titledStatusesOf = (text: string) => {
    const doc = buildDocument(text);
    let found = emptyFindings();
    for (const x of [overviewExtractor, bodyHeaderExtractor]) {
      const more = x.extract(doc, found, { tokenize: false }) as Partial<typeof found>;
      found = { ...found, title: [...found.title, ...(more.title ?? [])] };
    }
    return (countsExtractor.extract(doc, found, { tokenize: false }) as { counts: { value: { status: string } }[] }).counts.map((c) => c.value.status);
  };
  test.each([
    [release('電子メールアドレス等の漏えいの可能性について', 'メールアドレスが漏えいした可能性があることが判明しました。\n\n- 今回漏えいしたのは申請者のメールアドレス１件のみで、二次漏えい（メールアドレスに紐づいた個人情報等）の流出の可能性はありません。'), ['possible']],
    [release('個人情報漏えいのおそれに関するお詫び', '個人情報が漏えいしたおそれがあります。\n\n‐第三者から閲覧可能となった個人情報及びその対象人数\n人数：55名'), ['possible']],
    [release('情報漏えいのおそれについて', '加入者の情報が閲覧できる状態になっていたとの報告がありました。漏えいした事実は確認されていません。\n\n## 1.事故関連データ（400件）'), ['possible']],
    // A leak the figure's own words establish stays (negative).
    [release('個人情報漏えいの可能性に関するお詫び', '最大910,795名の情報が漏えいした可能性があります。\n\n本日時点で、実際に漏えいを確認できましたのは、52名のお客様情報となります。'), ['possible', 'leaked']],
    [release('個人情報漏洩の可能性についてのお知らせ', '個人情報が漏洩した可能性があります。\n\n- 漏洩がほぼ確実なデータ：サーバー上の情報\n\n►利用者の計6,447件'), ['leaked']],
    [release('IIJ社のサービス経由での情報漏洩の可能性について(続報)', 'この中では、以下の報告がされています。\n\n「漏えい事実が確認されたお客様契約数」 として、\n\nアカウント・パスワードの漏えい\n\n対象のお客様契約数： 132契約\n\n依然として漏えいの可能性は否定できません。'), ['leaked']],
    // A title that states the leak as a clause leaves the figure's reading (negative).
    [release('個人情報が漏えいしたことについて', '個人情報が漏えいした可能性があります。\n\n- 今回漏えいしたのは申請者のメールアドレス１件です。'), ['leaked']],
    // A title that only names the leak as its topic makes no claim: the opening paragraph states it.
    [release('個人情報の漏えいについて', '個人情報が漏えいした可能性があります。\n\n- 今回漏えいしたのは申請者のメールアドレス１件です。'), ['possible']],
    [release('個人情報漏洩に関するご報告とお詫び', '当該個人PCがランサムウェア攻撃を受け、個人情報が外部に漏洩した可能性のある事案が発生いたしました。\n\n## 2．漏洩した個人情報\n総件数：1,365件'), ['possible']],
    // Under a topic title, an opening that states the leak, or a heading that establishes it, leaves the figure's reading (negative).
    [release('個人情報漏洩に関するご報告とお詫び', '当該個人PCがランサムウェア攻撃を受け、個人情報が外部に漏洩しました。\n\n## 2．漏洩した個人情報\n総件数：1,365件'), ['leaked']],
    [release('個人情報漏洩に関するご報告とお詫び', '個人情報が外部に漏洩した可能性のある事案が発生いたしました。\n\n## 2．漏洩が確認された個人情報\n総件数：1,365件'), ['leaked']],
    // A pasted release: its title line heads the text.
    ['電子メールアドレス等の漏えいの可能性について\n\nメールアドレスが漏えいした可能性があることが判明しました。\n\n- 今回漏えいしたのは申請者のメールアドレス１件のみで、二次漏えい（メールアドレスに紐づいた個人情報等）の流出の可能性はありません。', ['possible']],
    // A pasted body without a title: its opening paragraph states the claim.
    ['2024年12月17日にお知らせいたしました、公式アカウントの乗っ取りにつきまして、アカウントが復旧いたしました。併せて、乗っ取りに伴い個人情報が漏えいした可能性がございます。\n\n## 影響を受けた範囲\n‐第三者から閲覧可能となった個人情報及びその対象人数\n人数：55名', ['possible']],
    // An opening that states the leak, or hedges nothing, leaves the figure's reading (negative).
    ['2024年12月17日にお知らせいたしました、公式アカウントの乗っ取りにつきまして、個人情報が漏えいしました。\n\n## 影響を受けた範囲\n‐第三者から閲覧可能となった個人情報及びその対象人数\n人数：55名', ['leaked']],
    ['公式アカウントが乗っ取られました。\n\n## 影響を受けた範囲\n‐第三者から閲覧可能となった個人情報及びその対象人数\n人数：55名\n\n## 今後\n漏えいした可能性がある方にはご連絡いたします。', ['leaked']],
  ])('%j → %j', (text, statuses) => {
    expect(titledStatusesOf(text)).toEqual(statuses);
  });
});

describe('people or records held where a leak is not confirmed yet, the release silent otherwise, may have leaked', () => {
  test.each([
    ['施設予約用パソコンの誤操作により、詐欺サイトに接触した可能性がある旨の報告がありました。\n\n当該パソコンには施設をご利用いただいている個人34人の登録情報が含まれております。\n\nなお、当該個人情報の第三者への流出については、確認されておりません。', ['possible']],
    // Organizations joined to a people figure count data too ("262団体と個人34人の登録情報").
    ['施設予約用パソコンの誤操作により、詐欺サイトに接触した可能性がある旨の報告がありました。\n\n当該パソコンには施設をご利用いただいている262団体と個人34人の登録情報が含まれております。\n\nなお、当該個人情報の第三者への流出については、確認されておりません。', ['possible', 'possible']],
    // Organizations that only use a service stay affected (negative).
    ['サーバーが不正アクセスを受けました。情報の漏えいは確認されておりません。\n\n## 利用状況\n\n- 利用団体 262団体', ['affected']],
    ['一部のPC端末に対して、第三者による不正アクセスがあった可能性があります。なお、これまでの調査では上記の各情報が漏えいしたという事実は確認されておりません。\n\n## 2. 当該 PC 端末内に保存されていた情報\n\n### （1）当社従業員情報 339 件', ['possible']],
    // A release that hedges nothing at all raises no possibility: held data stays affected (negative).
    ['一部のPC端末に対して、第三者による不正アクセスがありました。なお、これまでの調査では上記の各情報が漏えいしたという事実は確認されておりません。\n\n## 2. 当該 PC 端末内に保存されていた情報\n\n### （1）当社従業員情報 339 件', ['affected']],
    ['当該パソコンには施設をご利用いただいている個人34人の登録情報が含まれております。\n\nなお、当該個人情報の第三者への流出については、確認されておりません。', ['affected']],
    // A hedge in a warning to readers is no claim of the release (negative).
    ['当該パソコンには個人34人の登録情報が含まれております。なお、当該個人情報の流出については、確認されておりません。不審なメールが届く可能性がありますのでご注意ください。', ['affected']],
    // What the attack did, not held data (negative): messages sent, addresses written to.
    ['職員のメールアカウントが不正アクセスを受けました。情報の漏えいは確認されておりません。\n\n## 送信状況\n\n- 送信アドレス数 : 277アドレス', ['affected']],
    // Without the denial the release's silence leaves the data affected (negative).
    ['一部のPC端末に対して、第三者による不正アクセスがありました。\n\n## 2. 当該 PC 端末内に保存されていた情報\n\n### （1）当社従業員情報 339 件', ['affected']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('a line that ends pointing ahead to a list introduces it, full stop or not', () => {
  test.each([
    ['制作会社がランサムウェア攻撃を受けました。\n\n## 【対象校及び人数】\n情報の漏えいの可能性がある学校及び人数は以下のとおり\n\n計：中学校６校', ['possible']],
    ['制作会社がランサムウェア攻撃を受けました。\n\n## 対象\n情報が流出した取引先は下記の通りです\n\n- 取引先 3社', ['leaked']],
    // A short line that points nowhere is no lead-in: the schools stay affected (negative).
    ['制作会社がランサムウェア攻撃を受けました。\n\n## 【対象校及び人数】\n情報の漏えいの可能性がある学校の一覧を掲載しています\n\n計：中学校６校', ['affected']],
    // "上記のとおり" points back (negative).
    ['制作会社がランサムウェア攻撃を受けました。\n\n## 【対象校】\n情報の漏えいの可能性は上記のとおり\n\n計：中学校６校', ['affected']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('an action done to the place that held what a figure counts is not the figure’s status', () => {
  test.each([
    ['職員のアカウントが不正アクセスを受け、宛先情報を第三者に閲覧された可能性を否定できません。\n\n## 通知の対象となる方々\n不正アクセスされたアカウントの送信済みフォルダに保持されていたメールの宛先の方々（1,538 件）', ['possible']],
    ['当該端末の情報が流出した可能性があります。\n\n## 対象\n感染した端末に保存されていた名簿の方々（120 名）', ['possible']],
    // The action said of the figure itself stays (negative).
    ['職員のアカウントが不正アクセスを受け、宛先情報を第三者に閲覧された可能性を否定できません。\n\n## 送信状況\n不正に送信されたメール（7,921 件）', ['affected']],
    // A keeping verb before the action: the action is the figure's own (negative).
    ['情報が流出した可能性があります。\n\n## 被害状況\nサーバに保存されていたファイルのうち暗号化されたものは12件です。', ['affected']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe("an organization's figure that counts data, its own context silent, takes the release's claim as records do", () => {
  test.each([
    ['当社サーバーがランサムウェアの被害を受けました。\n\n## 流出した可能性がある情報\n### 個人情報（約35,650名）\n- 当社のお取引先様に関する情報\n\n## お取引先様に関する情報 (約950社)\n- 会社名、取引製品情報、取引数量等', ['possible', 'possible']],
    ['当社サーバーが不正アクセスを受けました。\n\n## 概要\n個人情報が流出したことを確認しました。\n\n## 一覧\n\nお取引先様に関する情報 (約950社)', ['leaked']],
    // Organizations only named, not their data, stay affected (negative).
    ['当社サーバーが不正アクセスを受け、個人情報が流出した可能性があります。\n\n## 利用状況\n\n- 利用団体 262団体', ['affected']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('data only said to have been open to view, under a release that says no leak is confirmed, may have leaked', () => {
  test.each([
    ['当社サーバーが不正アクセスを受けました。お客様の個人情報の外部への漏洩（流出）の事実は確認されておりません。\n\n## 2. 対象となる個人情報\n\n当社にお問い合わせをいただいたお客様の個人情報が、一時的に侵入者に閲覧可能な状態にありました。\n\n- 氏名、住所を含むデータ：77,619件\n\n- お名前のみのデータ：1,360件', ['possible', 'possible']],
    ['設定の誤りにより、会員情報が第三者から閲覧できる状態となっておりました。なお、情報が流出した事実は確認されておりません。\n\n## 対象\n閲覧できる状態にあった会員情報：1,200件', ['possible']],
    // Without the denial, data open to view is exposed: leaked (negative).
    ['当社サーバーが不正アクセスを受けました。\n\n## 2. 対象となる個人情報\n\n当社にお問い合わせをいただいたお客様の個人情報が、一時的に侵入者に閲覧可能な状態にありました。\n\n- 氏名、住所を含むデータ：77,619件', ['leaked']],
    // A context that states the leak as an act keeps it (negative): the denial is of something else.
    ['ランサムウェアの被害を受けました。なお、カルテ情報の漏洩は、現時点で確認されておりません。\n\n## 2．漏洩した個人情報\n### ①外来および入院中の患者様：約13万人', ['leaked']],
    ['設定の誤りにより、会員情報が第三者から閲覧できる状態となっておりました。なお、二次被害の事実は確認されておりません。\n\n## 対象\n第三者に閲覧されたことが確認された会員情報：1,200件', ['leaked']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('people under a heading that says their accounts were logged into take the release’s claim', () => {
  test.each([
    ['電子申請サービスが不正なアクセスを受け、一部の個人情報が外部に漏えいした可能性があるとの報告を受けました。\n\n## 1　不正ログインをされた対象数\n（1）利用者アカウントをお持ちの方のうち399名\n\n## 2　漏えいの可能性がある情報\n利用者アカウント登録情報の一部', ['possible']],
    // A release that states no possible leak leaves the login as the figure's status (negative).
    ['電子申請サービスが不正なアクセスを受けました。\n\n## 1　不正ログインをされた対象数\n（1）利用者アカウントをお持ちの方のうち399名', ['affected']],
    // Accounts are what the login reached (negative).
    ['電子申請サービスが不正なアクセスを受け、個人情報が漏えいした可能性があります。\n\n## 1　不正ログインをされた対象数\n- 399アカウント', ['affected']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe("a figure's own clause ends at its first finished clause that a new subject follows", () => {
  test.each([
    ['2025年12月2日、従業員の業務用携帯電話1台が初期化されている事象を確認し、直ちに調査を行った結果、当該携帯電話のアカウントが外部の何者かに乗っ取られたことで登録されていた個人情報等が流出した可能性があることが判明いたしました。', ['affected']],
    // A subject in kana points back to the figure (negative).
    ['お客様の個人情報1,000件を保存しており、これらが流出した可能性があります。', ['possible']],
    // The first status word stands before the comma: one chain about the figure (negative).
    ['個人情報1,000件が外部に送信され、流出した可能性があります。', ['possible']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('a figure that completes its topic ("Xの数は17通で、") takes what the topic says was done', () => {
  test.each([
    ['お客様よりお寄せいただいた情報により確認できた、無関係の第三者からお客様宛てに送信されたメールの数は17通で、現時点で流出の可能性が判明している情報は以下のとおりです。', ['affected']],
    // A topic that says nothing of the figure leaves it to the next clause (negative).
    ['期間中に「当社オンラインショップ」においてクレジットカード決済をされたお客様6,929名で、漏洩した可能性のある情報は以下のとおりです。', ['possible']],
    // A topic that names where the data was kept, not what befell it (negative).
    ['不正アクセスを受けたサーバーに保存されていた個人情報は1,000件であり、これらが流出した可能性があります。', ['possible']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('a figure in the locative (…において) counts the place of an event, not data: affected unless its own clause states a leak', () => {
  test.each([
    ['当社メールアカウント 1 件において、本人の意図しない自動転送設定がされていたことが判明いたしました。\n\n当社では、本件を個人情報漏洩の可能性と判断いたしました。', ['affected']],
    ['お客さまの情報の一部が漏えいした可能性があります。\n\n## 1.経緯および調査結果\n- 調査の結果、当該サーバーにおいて、第三者による不正アクセスの痕跡を確認しております\n- また、一部（7契約）のお客さま領域において不審なファイルが設置された痕跡を確認しております', ['affected']],
    // Its own clause states a leak (negative).
    ['顧客データ500件において、外部への流出が確認されました。', ['leaked']],
    // People are no place: they take the release's claim (negative).
    ['個人情報が漏えいした可能性があります。\n\nお客様3名において、同様の事象が確認されました。', ['possible']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('a device under a heading whose head noun is the device is affected, whatever befell the data it held', () => {
  test.each([
    ['## 1.情報漏洩の元となった端末\n当院の職員個人の所有するノートパソコン1台\n\n## 2.漏洩した個人情報\n患者情報 1,365件', ['affected', 'leaked']],
    // The same heading over records: the leak is theirs (negative).
    ['## 情報が流出した端末\n保存されていた顧客情報 200件', ['leaked']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('a denial of any attack covers a coordinated trace and any negative form of its verb', () => {
  test.each([
    ['なお、クライアントPC334台につきましては外部からの不正アクセスの痕跡およびマルウエアの痕跡は確認されませんでした。', ['not_leaked']],
    ['サーバー14台への不正侵入は確認されておりません。', ['not_leaked']],
    // An attack found (negative).
    ['サーバー2台に不正アクセスの痕跡が確認されました。', ['affected']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});

describe('bareHeadingOver: a heading with nothing under it right over the figure\'s own heading, set like it, opens its section', () => {
  test.each([
    // A page whose headings all print alike (pages-t shopsoup t07): the empty one opens the section under it.
    [['### 流出したと思われる情報', '', '### 旧カタリバ北海道カフェ関係', '氏名、ニックネーム、メールアドレス（517件）、その他投稿された内容など'], '### 流出したと思われる情報'],
    [['■漏えいした情報', '■顧客情報', '氏名 1,234件'], '■漏えいした情報'],
    // The heading above has text of its own: a sibling.
    [['### 確認されている被害', '改ざんされました。', '### メールの送信', 'メールアドレス（517件）宛に送信されました'], null],
    // Set otherwise: a shallower heading is a parent already, a deeper one no opener.
    [['## 流出した情報', '### 顧客情報', '氏名 1,234件'], null],
    [['#### 補足', '### 今後の対応', 'メールアドレス（517件）宛にご案内します'], null],
    // No heading over the figure.
    [['メールアドレス（517件）宛にご案内します'], null],
  ] as [string[], string | null][])('%j', (lines, opener) => {
    const doc = buildDocument(lines.join('\n'));
    const line = doc.lines[doc.lines.length - 1]!;
    expect(bareHeadingOver(doc, line)?.text ?? null).toBe(opener);
  });
});

// A heading a page, a PDF or a paste leaves unmarked (a plain line, a numbered item, or a 【…】 line set at the level of the
// sub-titles under it) scopes the figures under it as the heading did: the plain title found by titleLineAbove
// (src/extract/dataTypes.ts), read for a status, stands among the figure's headings in its place.
describe('a plain title line scopes its figures like a heading', () => {
  test.each([
    // Nested status sections flattened: each plain title speaks for its own table, not the label above it.
    ['(1)委託元から受けた調査に関する個人情報\n①漏えいした個人情報\n|区分|件数|\n|---|---|\n|番号及び氏名等のみ|約12,500件|\n\n②漏えいしたおそれのある個人情報*5\n|区分|件数|\n|---|---|\n|番号のみ|約1,000件|\n\n(2)漏えいまたはそのおそれのある業務委託者に関する個人情報\n|区分|件数|\n|---|---|\n|氏名のみ|約50件|', ['leaked', 'possible', 'possible']],
    // A numbered plain title that names the measure: the accounts were logged into, whatever the release fears for the data.
    ['不正ログインにより、第三者にお客さま情報が閲覧された可能性がございます。\n\n２．被害の状況\n（１）不正ログインされたアカウント数\n 713件', ['affected']],
    // A plain title nearer than the lead-in decides first.
    ['以下の情報について、外部から実際にアクセスされた、またはアクセスされた可能性があることを確認しています。\n外部からのアクセスが確認された個人情報\n- カテゴリー別問合せ実績の有無・・・115,674件\n外部からアクセスされた可能性がある個人情報\n- 当社従業員の以下情報・・・111名分\n3.外部からアクセスされた可能性があったが、その後の調査によりアクセスが無いことが確認された個人情報\n- ユーザーのメールアドレス・・・2名分', ['leaked', 'possible', 'not_leaked']],
    // 【…】 titles all at one level: the title over the numbered sub-titles speaks for them.
    ['該当するお客様には個別に連絡を差し上げております。\n【漏えいしたデータ】\n【①就職支援イベントに参加された方の情報】\n- 項目：氏名、生年月日\n- 件数：最大のべ15,535名\n【②出展した企業のご担当者様の情報】\n- 項目：氏名、メールアドレス\n- 件数：最大のべ252名\n【その他の情報】\nその他の情報が流出した可能性については調査を継続しております。', ['leaked', 'leaked']],
    // A line a page wrapped mid-clause between a title and its figures is prose, not a title that ends the search.
    ['サーバ機器の脆弱性が悪用されました。\n■情報漏洩の範囲\n【①OneOffice Mail Solution】\n利用者のメールアドレス ： 79,991件\n\nホワイトリスト・ブラックリストに登録された\n\nメールアドレスまたはドメイン名 ： 892 件\n【②OneOffice Mail Storage】\n利用者のログイン ID ： 84 件\n■今後の対応\n新たな情報が流出した可能性についても調査を継続しております。', ['leaked', 'leaked', 'leaked']],
    // A breakdown label under the title lets the title speak.
    ['漏えいの経緯については現在調査中です。\n２．漏えいが確認されたお客さま情報等\n漏えいが確認された情報は次の３種類です。\n【＜内訳＞】\n(１) 法人インターネットバンキングご契約先の情報：１０,８７２件\nお客さま情報等：氏名（会社名）\n３．今後の対応\nその他の情報が漏えいした可能性について調査を継続しております。', ['leaked']],
    // A title with an English gloss after a slash is still a title.
    ['流出した可能性のある個人情報 / Potentially leaked personal information\n過去にアカウントを有する教員にメールを送信された方の下記の情報 (最大流出件数 教員A: 692名)', ['possible']],
    // A plain title between a remark and the list ends the search for a lead-in as a heading does: the remark is no lead-in.
    ['本学のアカウントが不正アクセスを受けました。なお、今回の不正アクセス先は主にメール送信サーバーであり、情報漏洩はございません。\n\n迷惑メール情報\n- 送信メール件数: 426件\n- 送信アドレス数 : 277アドレス', ['affected', 'affected']],
    // A lead-in that points ahead still speaks over a plain title, and a row of kinds is no title (negatives).
    ['流出した可能性のある情報は次のとおりです。\n会員情報\n- 会員 1,200名', ['possible']],
    ['流出した可能性のある情報は次のとおりです。\n氏名、住所等\n- 会員 1,200名', ['possible']],
    // Negatives: a line that names the leak but is a sentence is prose, not a title; another section's plain title ends the
    // search; a 【】 line that titles something else is no title over the figures under it.
    ['この度の不正アクセスにより、個人情報が流出した可能性があります。\n流出が確認された個人情報はございません。\n\n対象のサーバーには顧客情報 1,200件が保存されていました。', ['possible']],
    ['この度の不正アクセスにより、個人情報が流出した可能性があります。\n\n流出が確認された個人情報\n- 氏名 1,200件\n\n原因\n不正アクセスされたサーバーには、顧客情報 300件が保存されていました。', ['leaked', 'affected']],
    ['該当するお客様には個別に連絡を差し上げております。\n【漏えいしたデータ】\n- 氏名 1,200件\n【再発防止策】\n当社が保有する顧客情報 300件について、保管方法を見直しました。\n【今後の対応】\nその他の情報が漏えいした可能性について調査を継続しております。', ['leaked', 'possible']],
  ])('%j → %j', (text, statuses) => {
    expect(statusesOf(text).map((s) => s[1])).toEqual(statuses);
  });
});
