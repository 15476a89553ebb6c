import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { structureOf, type StructNode } from '../../../src/format/pdf/docInfo.js';
import { PdfFile } from '../../../src/format/pdf/objects.js';
import { inSeparateLists, itemLists, structureChrome, type TaggedText } from '../../../src/format/pdf/structure.js';
import { readOwn } from '../../../src/format/pdf.js';

/** A structure element: its role and its kids (elements, or the text of its marked content). */
type Spec = [role: string, ...kids: (Spec | string)[]];

/** The nodes (in the tree's order) and the tagged text of a tree written as nested arrays. */
function build(spec: Spec): { nodes: StructNode[]; items: TaggedText[] } {
  const nodes: StructNode[] = [];
  const items: TaggedText[] = [];
  const walk = (s: Spec, parent: number) => {
    const index = nodes.push({ role: s[0], parent }) - 1;
    for (const kid of s.slice(1) as (Spec | string)[]) {
      if (typeof kid === 'string') items.push({ tag: index, str: kid });
      else walk(kid, index);
    }
  };
  walk(spec, -1);
  return { nodes, items };
}

/** Which of the texts the tree shows to be chrome. */
function chromeTexts(spec: Spec, extra: TaggedText[] = []): string[] {
  const { nodes, items } = build(spec);
  const { chrome } = structureChrome(nodes, [...items, ...extra]);
  return items.filter((i) => chrome[i.tag!]).map((i) => i.str);
}

const link = (text: string): Spec => ['Link', ['NonStruct', text]];
const nav: Spec = ['NonStruct', ['NonStruct', 'サンプル株式会社'], ['L', ['LI', link('企業情報')], ['LI', link('製品情報')], ['LI', link('ニュース')]]];
const body = (...more: Spec[]): Spec => [
  'Art',
  ['H1', '不正アクセスによる個人情報漏えいに関するお知らせ'],
  ['P', '当社サーバーが第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明しました。'],
  ['P', '対象となるお客様は約1,200名で、氏名、メールアドレス、電話番号が含まれます。関係者の皆様に深くお詫び申し上げます。'],
  ...more,
];
const newsList: Spec = ['Aside', ['H2', '最新のお知らせ'], ['L', ['LI', ['NonStruct', '2025.11.10'], link('光回線サービス契約数100万件突破')], ['LI', ['NonStruct', '2025.10.01'], link('セミナー定員200名のご案内')]]];
const footer: Spec = ['NonStruct', ['P', '従業員数 1,234名'], ['P', '© 2025 サンプル株式会社']];

describe('structureChrome: what a tagged page\'s tree shows to be chrome', () => {
  test.each<[string, Spec, string[]]>([
    // The menu's list of links goes; the header's site name beside it (no link's, before the release) stays.
    ['a menu before the release', ['Document', nav, body()], ['企業情報', '製品情報', 'ニュース']],
    // A side bar's news list after the release goes whole: its dates and its title with its links.
    ['a side bar of news after the release', ['Document', nav, body(), newsList], ['企業情報', '製品情報', 'ニュース', '最新のお知らせ', '2025.11.10', '光回線サービス契約数100万件突破', '2025.10.01', 'セミナー定員200名のご案内']],
    // What follows the release, little beside it: the site's footer with its company figures.
    ['the site footer after the release', ['Document', body(), footer], ['従業員数 1,234名', '© 2025 サンプル株式会社']],
    // A list of links inside the release (related links) goes; a list of plain items stays.
    ['a list of links in the release', ['Document', body(['L', ['LI', link('関連記事その一')], ['LI', link('関連記事その二')]])], ['関連記事その一', '関連記事その二']],
    ['a list of plain items in the release (negative)', ['Document', body(['L', ['LI', '氏名'], ['LI', 'メールアドレス'], ['LI', '電話番号']])], []],
    // One link in a sentence makes no block of links.
    ['a sentence with one link (negative)', ['Document', body(['P', ['NonStruct', 'お問い合わせは'], link('こちら'), ['NonStruct', 'までお願いします。']])], []],
    // A post's meta list before the title: the date (an entry without a link) stays, the category and tag links go.
    ['a date in a list of category links before the title', ['Document', ['L', ['LI', '2025.01.15'], ['LI', link('お知らせ')], ['LI', link('重要なお知らせ')]], body()], ['お知らせ', '重要なお知らせ']],
  ])('%s', (_label, spec, chrome) => {
    expect(chromeTexts(spec)).toEqual(chrome);
  });

  // Much text after the release's element: after a block the page does not mark (a <div>) it is more likely the
  // release's own, the element taken too small; after the page's own <article> (Art) it is not the release's, however long
  // (a FAQ box 「よくあるご質問」 and side boxes after it: 「駐車場は170台分ございます。」).
  const long = '調査の結果、漏えいした可能性のある情報は以下のとおりです。対象期間中にご登録いただいたお客様の情報が含まれます。';
  test.each<[string, Spec, string[]]>([
    ['after a <div> release: it stays (negative)', ['Document', ['NonStruct', ...body().slice(1) as Spec[]], ['NonStruct', ['P', long], ['P', long], ['P', long]]], []],
    ['after the page\'s <article>: it goes', ['Document', body(), ['NonStruct', ['H2', 'よくあるご質問'], ['P', long], ['P', long], ['P', long]]], ['よくあるご質問', long, long, long]],
    // Only what follows the <div> release inside its own container is weighed: a side column past the container's end
    // (a 商工会議所's boxes the print stacks under the main column: 会員事業所数, 景況調査 「調査対象 646社」, 検定試験's dates)
    // goes whatever its length, when little follows the release in its container (a blog's 「このブログ記事について」 box).
    ['past its container, a side column: it goes', ['Document', ['NonStruct', ['NonStruct', ['NonStruct', ...body(['P', long], ['P', long], ['P', long], ['P', long]).slice(1) as Spec[]], ['H3', 'このブログ記事について'], ['P', 'このページは、事務局が書いたブログ記事です。']], ['NonStruct', ['H3', '景況調査'], ['P', '全産業 業況DI ▲26 調査対象 646社／回答率 43％'], ['H3', '検定試験'], ['P', long], ['P', long], ['P', long]]]], ['このブログ記事について', 'このページは、事務局が書いたブログ記事です。', '景況調査', '全産業 業況DI ▲26 調査対象 646社／回答率 43％', '検定試験', long, long, long]],
    // Much text after it in its own container: the release may go on there, and what lies past the container stays too.
    ['much text in its container, a side column past it: all stays (negative)', ['Document', ['NonStruct', ['NonStruct', ['NonStruct', ...body(['P', long], ['P', long], ['P', long], ['P', long]).slice(1) as Spec[]], ['P', long], ['P', long], ['P', long]], ['NonStruct', ['H3', '景況調査'], ['P', '調査対象 646社']]]], []],
  ])('much text after the release\'s element %s', (_label, spec, chrome) => {
    expect(chromeTexts(spec)).toEqual(chrome);
  });

  test('no H1: no release element, and only lists of links go', () => {
    const spec: Spec = ['Document', nav, ['NonStruct', ['P', '本文です。'.repeat(10)]], footer];
    expect(chromeTexts(spec)).toEqual(['企業情報', '製品情報', 'ニュース']);
  });

  test('the title: the H1 the release was found over, with its kids', () => {
    const { nodes, items } = build(['Document', nav, ['Art', ['H1', ['NonStruct', '不正アクセスに関するお知らせ']], ['P', '本文の段落です。'.repeat(8)]]]);
    const { title } = structureChrome(nodes, items);
    expect(nodes[title[0]]!.role).toBe('H1');
    expect(title[1]).toBe(title[0] + 1);
    expect(structureChrome(nodes, [{ str: 'タグなし'.repeat(100) }]).title).toEqual([-1, -1]);
  });

  // The site's logo as the page's H1 — a link home around it, or the H1 around the link — and the post titled with an H2
  // (a Bootstrap CMS's <article>, a Movable Type theme's entry <div>): the logo does not settle the title's level; the H2
  // does, and the side column after the release goes (a 営業日カレンダー's 定休日 dates, a 社協's 会員世帯数).
  const logoInLink: Spec = ['NonStruct', ['Link', ['H1', ['NonStruct', '一般社団法人サンプル協会']]]];
  const logoH1: Spec = ['NonStruct', ['H1', link('サンプル社会福祉協議会')]];
  const post = (role: string, heading: string): Spec => [role, [heading, '弊社ホームページへの接続障害に関するお詫び'], ...(body().slice(2) as Spec[])];
  const calendar: Spec = ['Aside', ['NonStruct', '営業日カレンダー'], ['P', '定休日'], ['L', ['LI', '1月29日（木）'], ['LI', '2月11日（水）']], ['H3', '会員数'], ['P', '会員世帯数 351,366世帯']];
  const sideTexts = ['営業日カレンダー', '定休日', '1月29日（木）', '2月11日（水）', '会員数', '会員世帯数 351,366世帯'];
  test.each<[string, Spec, string[]]>([
    ['a logo in a link around the H1, the post\'s <article> under an H2', ['Document', logoInLink, post('Art', 'H2'), calendar], sideTexts],
    ['a logo H1 around its link, the post\'s <div> under an H2', ['Document', logoH1, ['NonStruct', post('NonStruct', 'H2'), calendar]], sideTexts],
    // No H1 at all (the title a <div>): an H3 of a related box inside the <article> heads no release; only lists of links go.
    ['no H1, a related box\'s H3 in the <article> (negative)', ['Document', ['Art', ['NonStruct', 'お詫び【第一報】'], ...(body().slice(2) as Spec[]), ['NonStruct', ['H3', '関連するお知らせ'], ['NonStruct', link('会員数が68579人を突破しました')]]], calendar], []],
    // Below a logo's H1, an H2 that a box's heading, after most of the release's text, is no title either (TITLE_LEAD).
    ['a logo H1, the only H2 a box\'s at the release\'s end (negative)', ['Document', logoInLink, ['NonStruct', ['NonStruct', 'お詫び【第一報】'], ...(body().slice(2) as Spec[]), ['H2', '関連するお知らせ'], ['P', '会員数が68579人を突破しました']], calendar], []],
    // An H1 of text of its own is the title, whatever the H2s below it: nothing changes there.
    ['the title an H1 of its own text, H2 side boxes after it (negative for the H2s)', ['Document', ['Art', ['H1', '不正アクセスに関するお知らせ'], ...(body().slice(2) as Spec[])], ['NonStruct', ['H2', '人気記事'], ['P', '閲覧数 1,234']]], ['人気記事', '閲覧数 1,234']],
  ])('%s', (_label, spec, chrome) => {
    expect(chromeTexts(spec)).toEqual(chrome);
  });

  test('with the logo as the H1, the title is the post\'s H2', () => {
    const { nodes, items } = build(['Document', logoH1, ['NonStruct', post('NonStruct', 'H2'), calendar]]);
    const { title, article } = structureChrome(nodes, items);
    expect(nodes[title[0]]!.role).toBe('H2');
    expect(nodes[article]!.role).toBe('NonStruct');
    expect(items.filter((i) => i.tag! >= article && i.tag! <= title[1]).map((i) => i.str)).toContain('弊社ホームページへの接続障害に関するお詫び');
  });

  test('a page mostly untagged is not judged by its tree (negative)', () => {
    const untagged: TaggedText[] = [{ str: 'タグのない本文'.repeat(40) }];
    expect(chromeTexts(['Document', nav, body(), newsList], untagged)).toEqual([]);
  });

  test('links standing loose in the release\'s own element stay: only a list of them goes there (negative)', () => {
    const spec: Spec = ['Document', ['NonStruct', link('リンク一'), link('リンク二'), ['H1', '題名'], ['P', '本文の段落です。']]];
    const { nodes, items } = build(spec);
    const { chrome, article } = structureChrome(nodes, items);
    expect(nodes[article]!.role).toBe('NonStruct');
    expect(items.filter((i) => chrome[i.tag!]).map((i) => i.str)).toEqual([]);
  });
});

const openFile = (path: string) => new PdfFile(new Uint8Array(readFileSync(path)), 64 * 1024 * 1024, () => new Error('bomb'));

describe('structureOf: a tagged PDF\'s tree as a table', () => {
  test.each([
    ['fixtures/pages-d/pdf/nextapp-d01.pdf', true],
    ['fixtures/pages-j/doc/j15.pdf', true],
    // negative: LibreOffice's PDF has no tree
    ['fixtures/seed-tokai-3rd.pdf', false],
  ])('%s', (path, tagged) => {
    const structure = structureOf(openFile(path));
    expect(structure !== null).toBe(tagged);
    if (structure) {
      // Parents come before their kids.
      expect(structure.nodes.every((node, i) => node.parent < i)).toBe(true);
      expect(structure.pages.size).toBeGreaterThan(0);
    }
  });
});

/** The lines of a PDF the tree shows to be chrome, and those it does not, as text. */
function taggedLines(path: string): { chrome: string[]; rest: string[] } {
  const own = readOwn(new Uint8Array(readFileSync(path)), path);
  const lines = own!.pages.lines.map((l) => ({ text: l.cells.join(' ').replace(/\s+/g, ''), chrome: l.tagChrome === true }));
  return { chrome: lines.filter((l) => l.chrome).map((l) => l.text), rest: lines.filter((l) => !l.chrome).map((l) => l.text) };
}

describe('printed pages: lines of chrome told by the tree (committed Chromium prints)', () => {
  test.each([
    // A Next.js page: side bar's news and event box, related news, neighbours' links, company footer go; the
    // menu above the title (before the release in the tree) is left to the header's reading.
    ['fixtures/pages-d/pdf/nextapp-d01.pdf', ['2025.05.01', 'ISMS認証を取得しまし', '定員203名', '従業員数', '7,197名', '関連ニュース', '(2025.09.17)'], ['企業情報', '当社サーバーへの不正アクセス及び個人情報漏え', '2025.08.22', '日本プラスト株式会社情']],
    // A Movable Type page: links to the neighbouring posts and the company footer go; the menu above the title stays.
    ['fixtures/pages-g/pdf/mt-g26.pdf', ['株主優待制度の変更に関するお知らせ', '従業員数（連結）8,130名'], ['IR情報', '【重要】「国際平和拠点ひろし', '掲載日：2025年1月15日', '１．対象者', '連絡先：']],
    // A Bootstrap page whose menu the page's code puts after the release: its row above the title goes, so do the side bar's news.
    ['fixtures/pages-j/pdf/bootstrap-j15.pdf', ['トップ概要トピックスよくある質問お問い合わせ', '2025/08/24個人情報保護方針の改定について', '見守りサービスの契約数が1,620,000件を突破しました'], ['2025.11.12', 'サービスの復旧状況について（ランサムウェア攻撃']],
  ])('%s', (path, chrome, release) => {
    const lines = taggedLines(path);
    for (const c of chrome) expect(lines.chrome.some((l) => l.includes(c)), c).toBe(true);
    for (const r of release) expect(lines.rest.some((l) => l.includes(r)), r).toBe(true);
    for (const r of release) expect(lines.chrome.some((l) => l.includes(r)), r).toBe(false);
  });

  test('a document without a tree: no line is judged by it (negative)', () => {
    expect(taggedLines('fixtures/seed-tokai-3rd.pdf').chrome).toEqual([]);
  });
});

describe('inSeparateLists: two sides\' text in lists of their own (a tagged print)', () => {
  // Document > [L > LI, LI] [L > LI] [Table > TR > TD > L > LI] [P]: each text's element is the last node of its kind.
  const { nodes } = build(['Document', ['L', ['LI', '不正アクセス検知後、遮断を行いました。'], ['LI', '専門機関と連携しました。']], ['L', ['LI', 'データ流出の有無を調査中です。']], ['Table', ['TR', ['TD', ['L', ['LI', '氏名']]], ['TD', ['L', ['LI', '住所']]]]], ['P', '現時点で情報漏洩は確認されておりません。']]);
  const lists = itemLists(nodes);
  const at = (role: string, k = 0) => nodes.map((n, i) => (n.role === role ? i : -1)).filter((i) => i >= 0)[k]!;
  const run = (tag: number, str = '本文') => ({ tag, str });
  test.each([
    ['items of two lists', [run(at('LI', 0)), run(at('LI', 1))], [run(at('LI', 2))], true],
    // Untagged runs (a page number, a drawn bullet) are not weighed.
    ['an untagged run beside them', [run(at('LI', 0)), { str: '- 2 -' }], [run(at('LI', 2))], true],
    ['items of one list on both sides (negative)', [run(at('LI', 0))], [run(at('LI', 1))], false],
    ['a paragraph on one side (negative)', [run(at('LI', 0))], [run(at('P'))], false],
    // Lists in a table's cells side by side are the table's rows.
    ['lists in two cells of a table (negative)', [run(at('LI', 3))], [run(at('LI', 4))], false],
    ['a side without tagged text (negative)', [{ str: '本文' }], [run(at('LI', 2))], false],
  ])('%s', (_label, left, right, separate) => {
    expect(inSeparateLists(lists, left, right)).toBe(separate);
  });
});
