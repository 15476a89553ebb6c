import { describe, expect, test } from 'vitest';
import { extractHtml } from '../../src/format/html.js';
import { composeArchive } from '../../src/format/containers.js';
import { parse } from '../../src/parse.js';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const RELEASE = '<p>当社が運営する通販サイトにおいて、第三者による不正アクセスを受け、お客様の個人情報が流出したおそれがあることが判明いたしました。関係者の皆様には多大なるご迷惑をおかけし、深くお詫び申し上げます。</p>';

describe('extractHtml: finding the release body', () => {
  test('nav, header, footer, aside, scripts, forms and breadcrumbs do not reach the text', () => {
    const html = page(
      '<title>お知らせ</title><script>var x = "スクリプト";</script><style>p{color:red}</style>',
      `<header><nav><a href="/">ホームメニュー</a></nav></header>
       <div class="breadcrumb"><a href="/">トップ</a> &gt; ニュース</div>
       <main><article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}<form><input value="検索語"><button>送信ボタン</button></form></article></main>
       <aside><h2>関連記事</h2><ul><li><a href="/a">別記事 3,000名様プレゼント</a></li></ul></aside>
       <footer>Copyright フッター</footer>`,
    );
    const { body, title } = extractHtml(html);
    expect(title).toBe('不正アクセスに関するお知らせ');
    expect(body).toContain('流出したおそれがある');
    for (const furniture of ['ホームメニュー', 'トップ', 'スクリプト', 'color', '検索語', '送信ボタン', '関連記事', '3,000名様', 'フッター']) expect(body).not.toContain(furniture);
  });

  test('without any CMS container, the block with the most text wins over a menu of links', () => {
    const menu = '<div class="m">' + Array.from({ length: 30 }, (_, i) => `<a href="/${i}">メニュー項目その${i}</a>`).join('') + '</div>';
    const html = page('<title>t</title>', `${menu}<div class="x"><div class="y">${RELEASE}<p>調査の結果、顧客情報1,200件が流出したことを確認しました。</p></div></div>`);
    const { body } = extractHtml(html);
    expect(body).toContain('1,200件');
    expect(body).not.toContain('メニュー項目');
  });

  test('hidden elements are dropped', () => {
    const { body } = extractHtml(page('', `<article>${RELEASE}<p style="display: none">隠し文言</p><div hidden>隠し2</div></article>`));
    expect(body).not.toMatch(/隠し/);
  });
});

describe('extractHtml: heading levels are the page\'s own, the body\'s shallowest is 「## 」', () => {
  test.each([
    ['sections in <h3>, items in <h4>', '<h3>概要</h3><p>本文です。</p><h4>対象</h4><p>氏名</p>', ['## 概要', '### 対象']],
    ['sections in <h2> stay', '<h2>概要</h2><p>本文です。</p><h3>対象</h3><p>氏名</p>', ['## 概要', '### 対象']],
    ['one <h4> alone', '<h4>概要</h4><p>本文です。</p>', ['## 概要']],
    // Deeper than 「#### 」 is 「#### 」.
    ['<h2> over <h6>', '<h2>概要</h2><h6>注記</h6><p>本文です。</p>', ['## 概要', '#### 注記']],
    // A builder's div soup marks its headings by role, the level by aria-level (else 2).
    ['<div role=heading> by aria-level', '<div role="heading" aria-level="3">確認されている被害</div><div>本文です。</div><div role="heading" aria-level="4">メールの送信</div><div>本文です。</div>', ['## 確認されている被害', '### メールの送信']],
    ['<div role=heading> without a level', '<div role="heading">確認されている被害</div><div>本文です。</div>', ['## 確認されている被害']],
    ['a long block marked heading is no heading (negative)', `<div role="heading">${'本文です。'.repeat(30)}</div>`, []],
    ['a <div> of no role is no heading (negative)', '<div class="rte-heading">確認されている被害</div><div>本文です。</div>', []],
  ])('%s', (_label, inner, headings) => {
    const { body } = extractHtml(page('', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${inner}</article>`));
    expect(body.split('\n').filter((l) => l.startsWith('#'))).toEqual(headings);
  });
});

describe('extractHtml: a release signed with an image of its issuer\'s name', () => {
  test.each([
    ['a signature image after the last paragraph', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}<p class="signature" style="text-align:right"><img src="/img/signature.png" alt="サンプル県 保健医療局"></p></article>`, 'サンプル県 保健医療局'],
    ['text after the image (negative)', `<article><h1>不正アクセスに関するお知らせ</h1><p><img src="/p.png" alt="株式会社サンプル"></p>${RELEASE}</article>`, null],
    ['an image whose alt names no one (negative)', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}<p><img src="/s.png" alt="署名"></p></article>`, null],
    // Right after the text box, the first thing after it: the entry's signature, before its tags.
    ['a signature image right after the body box', `<article><h1>不正アクセスに関するお知らせ</h1><div class="entry-content">${RELEASE}${RELEASE}</div><p class="signature"><img src="/img/signature.png" alt="サンプルマホービン株式会社"></p><div class="entry-tags"><a href="/t/1">お知らせ（97）</a></div></article>`, 'サンプルマホービン株式会社'],
    ['tags between the body box and an image (negative)', `<article><h1>不正アクセスに関するお知らせ</h1><div class="entry-content">${RELEASE}${RELEASE}</div><div class="entry-tags">タグ：お知らせ</div><p><img src="/img/signature.png" alt="サンプルマホービン株式会社"></p></article>`, null],
    // Right after the text box inside the entry's box, the entry's booking box after that box (pages-z wpsnow): the body's
    // root is the entry, the text box inside it.
    ['a signature image after the text box, the entry\'s booking box after it', `<main><article class="post"><h1>不正アクセスに関するお知らせ</h1><div class="entry-body"><div class="p-entry-content">${RELEASE}${RELEASE}</div><p class="signature"><img src="/img/signature.png" alt="サンプルコミュニティー株式会社"></p></div><div class="reserve"><p>無料体験授業受付中 — 今月の残り <strong>15</strong> 枠</p><a href="/reserve/">ご予約はこちら</a></div></article></main>`, 'サンプルコミュニティー株式会社'],
    ['the booking box between the text box and an image (negative)', `<main><article class="post"><h1>不正アクセスに関するお知らせ</h1><div class="entry-body"><div class="p-entry-content">${RELEASE}${RELEASE}</div><div class="reserve"><p>無料体験授業受付中 — 今月の残り <strong>15</strong> 枠</p><a href="/reserve/">ご予約はこちら</a></div><p class="signature"><img src="/img/signature.png" alt="サンプルコミュニティー株式会社"></p></div><p>お問い合わせはこちらまでお願いいたします。</p></article></main>`, null],
    // Under the signature, only the entry's record a blog's template prints under every post (its byline and counts, the
    // trackback's head and URL): a few short lines, no sentence.
    ['a signature image over the entry\'s record', `<div id="content"><h2 class="date">2026年5月11日</h2><div class="blog"><h3 class="title">不正アクセスに関するお知らせ</h3><div class="blogbody">${RELEASE}${RELEASE}<p style="text-align:right"><img src="/images/sign.png" alt="有限会社サンプル・ルーフ"></p><span class="posted">Posted by 事務局 | <a href="/a/1.html#comments">コメント (68)</a> | <a href="/tb/1">トラックバック (19)</a></span></div><div class="comments-head">トラックバック</div><div class="comments-body"><p>このエントリーのトラックバックURL:<br>/mt/mt-tb.cgi/1673</p></div></div></div>`, '有限会社サンプル・ルーフ'],
    ['a signature image, then a sentence under the byline (negative)', `<div id="content"><div class="blog"><h3 class="title">不正アクセスに関するお知らせ</h3><div class="blogbody">${RELEASE}${RELEASE}<p><img src="/images/sign.png" alt="有限会社サンプル・ルーフ"></p><span class="posted">Posted by 事務局</span><p>なお、詳細は追ってお知らせいたします。</p></div></div></div>`, null],
    ['an image in a link over the entry\'s record (negative)', `<div id="content"><div class="blog"><h3 class="title">不正アクセスに関するお知らせ</h3><div class="blogbody">${RELEASE}${RELEASE}<p><a href="https://example.jp/"><img src="/b.png" alt="一般財団法人サンプル協会"></a></p><span class="posted">Posted by 事務局 | コメント (0)</span></div></div></div>`, null],
    ['a banner linking elsewhere right after the body box (negative)', `<article><h1>不正アクセスに関するお知らせ</h1><div class="entry-content">${RELEASE}${RELEASE}</div></article><p><a href="https://www.example.go.jp/"><img src="/b.png" alt="サンプル委員会"></a></p>`, null],
  ])('%s', (_label, body, signature) => {
    expect(extractHtml(page('<title>お知らせ</title>', body)).signature).toBe(signature);
  });

  test('the signature names the publisher before the site, even where the text names its offices', async () => {
    const html = page(
      '<meta property="og:site_name" content="サンプル県"><title>お知らせ</title>',
      `<article><h1>メールサーバの不正利用について</h1><p>保健医療局が運営するサンプル県保健医療情報センターのメールサーバが、外部から不正に利用されました。</p><p>サンプル県保健医療情報センターで、職員がメールの送受信ができないことを確認した。</p><p><img src="/sig.png" alt="サンプル県 保健医療局"></p></article>`,
    );
    expect((await parse(html, { path: 'page.html' })).organization?.name).toBe('サンプル県 保健医療局');
  });
});

describe('extractHtml: structure as text', () => {
  test('headings become "## ", list items "- ", nested items indented', () => {
    const { body } = extractHtml(page('', `<article>${RELEASE}<h2>流出した情報</h2><ul><li>氏名</li><li>連絡先<ul><li>電話番号</li></ul></li></ul><h3>補足</h3></article>`));
    expect(body).toContain('## 流出した情報\n\n- 氏名\n- 連絡先\n  - 電話番号');
    expect(body).toContain('### 補足');
  });

  test('a table row keeps its subject beside its count; a rowspan cell is repeated in each row', () => {
    const table = `<table><tr><th>対象</th><th>項目</th><th>件数</th></tr>
      <tr><td rowspan="2">会員</td><td>利用者のメールアドレス</td><td>79,991件</td></tr>
      <tr><td>ログインID</td><td>606件</td></tr></table>`;
    const { body } = extractHtml(page('', `<article>${RELEASE}${table}</article>`));
    expect(body).toContain('| 対象 | 項目 | 件数 |\n| 会員 | 利用者のメールアドレス | 79,991件 |\n| 会員 | ログインID | 606件 |');
  });

  test('a layout table (cells holding paragraphs) is read as blocks, not rows', () => {
    const cell = `<td>${RELEASE}<p>二段落目の本文です。調査を継続しております。以上の通りご報告申し上げます。今後とも宜しくお願い申し上げます。</p></td>`;
    const { body } = extractHtml(page('', `<table><tr><td><a href="/">メニュー</a></td>${cell}</tr></table>`));
    expect(body).not.toContain('|');
    expect(body).toContain('二段落目の本文です。');
  });

  test.each([
    // An old table layout's heading bar: a one-cell table holding a short bold line is the section's heading.
    ['a bold line in a one-cell table', '<table width="100%"><tr><td bgcolor="#336699"><font color="#FFFFFF"><b>2.情報漏えいの可能性について</b></font></td></tr></table>', '## 2.情報漏えいの可能性について'],
    ['a header cell alone', '<table><tr><th>発生の経緯</th></tr></table>', '## 発生の経緯'],
    // Any other one-cell box is read as its text, not a row.
    ['a one-cell box of plain text (negative)', '<table><tr><td>お問い合わせ窓口：0120-000-000</td></tr></table>', 'お問い合わせ窓口：0120-000-000'],
    ['a bold sentence in a box (negative)', '<table><tr><td><b>現時点で二次被害は確認されておりません。</b></td></tr></table>', '現時点で二次被害は確認されておりません。'],
    ['a line partly bold (negative)', '<table><tr><td><b>注意</b>：不審なメールにご注意ください</td></tr></table>', '注意：不審なメールにご注意ください'],
  ])('%s', (_label, box, line) => {
    const { body } = extractHtml(page('', `<article>${RELEASE}${box}<p>現在、調査を進めております。</p></article>`));
    expect(body.split('\n')).toContain(line);
    expect(body).not.toContain('|');
  });

  test('a table of two cells or more is still read as rows', () => {
    const { body } = extractHtml(page('', `<article>${RELEASE}<table><tr><td><b>対象件数</b></td><td><b>1,234件</b></td></tr></table></article>`));
    expect(body).toContain('| 対象件数 | 1,234件 |');
  });

  test('a definition list becomes "term: value" lines', () => {
    const { body } = extractHtml(page('', `<article>${RELEASE}<dl><dt>流出件数</dt><dd>1,234件</dd><dt>発生日</dt><dd>2025年5月1日</dd></dl></article>`));
    expect(body).toContain('流出件数: 1,234件\n発生日: 2025年5月1日');
  });

  test('a line break inside Japanese source text joins the characters; between Latin words it is a space', () => {
    const { body } = extractHtml(page('', `<article><p>個人情報が流出した\n    おそれがあります。Secure\n  Email Gateway の脆弱性。</p>${RELEASE}</article>`));
    expect(body).toContain('個人情報が流出したおそれがあります。Secure Email Gateway の脆弱性。');
  });

  test('<br> breaks the line', () => {
    const { body } = extractHtml(page('', `<article>${RELEASE}<p>お問い合わせ窓口<br>電話：0120-000-000</p></article>`));
    expect(body).toContain('お問い合わせ窓口\n電話：0120-000-000');
  });
});

describe('extractHtml: title, date and URL', () => {
  // A page titled just 「お知らせ」: the <title>'s part after the bar is the section, not the site's name that no title may be.
  test.each([
    ['a page titled お知らせ, its <title> the section\'s label twice', '<title>お知らせ | お知らせ</title>', '<div class="post"><p class="date">発表日：令和８年８月５日</p><h2 class="entry-title">お知らせ</h2><div class="entry-content">' + RELEASE + '</div></div>', 'お知らせ'],
    ['a page titled by its heading, お知らせ the <title>\'s site part', '<title>不正アクセスに関するお知らせ | お知らせ</title>', '<div><h2>不正アクセスに関するお知らせ</h2>' + RELEASE + '</div>', '不正アクセスに関するお知らせ'],
    ['the site\'s name as the <title>\'s part and the heading is no title (negative)', '<title>お知らせ | 見本株式会社</title>', '<div><h2>見本株式会社</h2>' + RELEASE + '</div>', null],
  ])('%s', (_label, head, body, title) => {
    expect(extractHtml(page(head, body)).title).toBe(title);
  });

  test.each([
    ['article:published_time beats a <time> tag', '<meta property="article:published_time" content="2025-11-05T15:00:00+09:00">', '<time datetime="2025-11-07">11月7日</time>', '2025-11-05'],
    ['<time datetime> when there is no meta', '', '<time datetime="2025-12-18T10:00">12.18</time>', '2025-12-18'],
    ['<time> text when it has no datetime', '', '<time>2025年12月18日</time>', '2025-12-18'],
    ['a labelled date line', '', '<p class="date">掲載日：2025年10月2日</p>', '2025-10-02'],
    ['a wareki date line', '', '<p align="right">令和7年10月14日</p>', '2025-10-14'],
    ['a dotted date line', '', '<span>2026.01.23</span>', '2026-01-23'],
    ['公開日 wins over 更新日', '', '<p>更新日：2025年10月3日</p><p>公開日：2025年10月2日</p>', '2025-10-02'],
    // A date line in the era's initial alone (municipal and builder pages), or in English under its label.
    ['an era-initial date line', '', '<div><span>R7.5.8</span></div>', '2025-05-08'],
    ['an era-initial date line in slashes', '', '<p>R7/1/30</p>', '2025-01-30'],
    ['an English date under 公開日, with 更新日 beside it', '', '<p>公開日：Nov 13, 2025　更新日：Nov 15, 2025</p>', '2025-11-13'],
    ['not a date: an era initial with a month only', '', '<p>R7.5</p>', null],
    ['not a date: a version number', '', '<p>v7.5.8</p>', null],
    ['更新日 when it is the only date', '', '<p>更新日：2025年10月3日</p>', '2025-10-03'],
    ['no date at all', '', '', null],
  ])('%s', (_label, meta, dateHtml, date) => {
    expect(extractHtml(page(meta, `<article>${dateHtml}<h1>お知らせ</h1>${RELEASE}</article>`)).date).toBe(date);
  });

  test.each([
    // A one-row strip of page facts beside the title: its labelled cell dates the page.
    ['a labelled cell of a one-row strip', '<table><tr><td>ページ番号 13052</td><td>掲載日：2025年07月11日　更新日：2025年07月23日</td></tr></table>', '2025-07-11'],
    ['a bare date in a one-row strip is no label', '<table><tr><td>ページ番号 13052</td><td>2025年07月11日</td></tr></table>', null],
    // A data table (a header row above its rows) keeps its dates as events, labelled or not.
    ['a data table\'s labelled cell', '<table><tr><th>項目</th><th>内容</th></tr><tr><td>公表</td><td>公表日：2025年8月9日</td></tr></table>', null],
  ])('%s', (_label, strip, date) => {
    expect(extractHtml(page('', `<article><h1>お知らせ</h1>${strip}${RELEASE}</article>`)).date).toBe(date);
  });

  test.each([
    // A page that prints no date dates itself in its <title> (or og:title): a bare date in brackets before the title.
    ['a bracketed date opening the <title>', '<title>【2026年6月24日】当社海外子会社におけるランサムウェア被害に関するお知らせ | ニデック株式会社</title>', '', '2026-06-24'],
    ['a dotted one in square brackets', '<title>［2025.09.30］不正メールへの注意喚起について | お知らせ</title>', '', '2025-09-30'],
    ['og:title', '<meta property="og:title" content="【2026/3/25】当社メールアカウントへの不正アクセス発生のお知らせ"><title>x</title>', '', '2026-03-25'],
    // …after the page's own date line, which wins.
    ['the date line before the title\'s', '<title>【2026年6月24日】お知らせ | Ａ株式会社</title>', '<p>掲載日：2026年6月25日</p>', '2026-06-25'],
    // Not a date the title speaks of (an event), nor a label with it.
    ['a date inside the title is an event', '<title>2026年6月22日に発生したシステム障害について | Ａ株式会社</title>', '', null],
    ['a labelled date in brackets', '<title>【2026年6月22日発生】システム障害について | Ａ株式会社</title>', '', null],
    ['a notice label in brackets', '<title>【重要】システム障害について | Ａ株式会社</title>', '', null],
  ])('%s', (_label, head, dateHtml, date) => {
    expect(extractHtml(page(head, `<article>${dateHtml}<h1>お知らせ</h1>${RELEASE}</article>`)).date).toBe(date);
  });

  test.each([
    // A date's label decides its role wherever it stands: an update's date (更新日) is never the publication date while the
    // page dates itself otherwise — its <title>, its trail's level, a publication label elsewhere on the page.
    ['the <title>\'s date over an update line', '<title>【R8.3.16】お知らせ | Ａ株式会社</title>', '<div>更新日：2026.05.07</div>', '', '2026-03-16'],
    ['a trail\'s level (a <nav> of no class) over an update line', '<title>お知らせ | Ａ株式会社</title>', '<div>更新日：2025.11.22</div>',
      '<nav><a href="/">ホーム</a> &gt; <a href="/news/">お知らせ</a> &gt; <a href="#">2025-09-26</a> &gt; <span>お知らせ</span></nav>', '2025-09-26'],
    ['a trail\'s level in the era\'s initial', '<title>お知らせ | Ａ株式会社</title>', '<div>更新日：2025/08/03</div>',
      '<div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="#">R7.6.6</a> &gt; <span>お知らせ</span></div>', '2025-06-06'],
    ['a publication label under the text over an update line above it', '', '<p>更新日：2025年7月27日</p>', '<p>掲載日：2025年7月11日</p>', '2025-07-11'],
    // negative: nothing else of the page's own dates it (a <title>'s event date, a <nav> that is no trail): the update's date
    ['an update line and an event in the <title>', '<title>【2026年6月22日発生】システム障害について | Ａ株式会社</title>', '<div>更新日：2026.07.01</div>', '', '2026-07-01'],
    ['an update line and a menu <nav> with a date', '<title>お知らせ | Ａ株式会社</title>', '<div>更新日：2026.07.01</div>', '<nav><a href="#">2026年6月22日</a></nav>', '2026-07-01'],
  ])('%s', (_label, head, dateHtml, elsewhere, date) => {
    const html = page(head, `${elsewhere.startsWith('<nav') || elsewhere.includes('breadcrumb') ? elsewhere : ''}<article>${dateHtml}<h1>お知らせ</h1>${RELEASE}</article>${elsewhere.startsWith('<p') ? elsewhere : ''}`);
    expect(extractHtml(html).date).toBe(date);
  });

  test.each([
    // A date opening one of a run of like items, each opening with its own date (a side bar's news in <div>s, no link, no
    // list markup), is an item's date, not the page's date line.
    ['three dated items in <div>s', [['2025.9.22', '導入企業4.0万社を突破しました'], ['2025.9.2', '導入企業3643社を突破しました'], ['2025.8.1', '新拠点を開設しました']], null],
    // negative: one date line and a line beside it (a page's date over its lead), or two items only: the page's date
    ['one date line beside a lead', [['2025.9.2', '導入企業3643社を突破しました']], '2025-09-02'],
    // (the one nearest the text, read first)
    ['two dated items', [['2025.9.22', '導入企業4.0万社を突破しました'], ['2025.9.2', '導入企業3643社を突破しました']], '2025-09-02'],
  ])('%s', (_label, items, date) => {
    const side = `<div>${items.map(([d, h]) => `<div><div>${d}</div><div>${h}</div></div>`).join('')}</div>`;
    expect(extractHtml(page('', `${side}<article><h1>お知らせ</h1>${RELEASE}</article>`)).date).toBe(date);
  });

  test.each([
    // Where the date line stands, a two-digit year (YY/MM/DD), or the month and day with a publication label, the year told
    // by the weekday among the years the page writes.
    ['a two-digit year', '<div class="meta-date">26/03/20</div>', '2026-03-20'],
    ['the month and day, its weekday, 掲載', '<div class="meta-date">10月30日（木）掲載</div>', '2025-10-30'],
    // negative: neither a label nor a weekday (a weekday alone dates it when nothing else does: yearlessDateLine); a weekday
    // no year near fits; a two-digit date with more on the line
    ['the month and day without a label or weekday', '<div class="meta-date">10月30日</div>', null],
    ['a weekday that fits no year near', '<div class="meta-date">10月30日（土）掲載</div>', null],
    ['a two-digit date and a headline', '<div>25/10/22 地域清掃活動に参加しました</div>', null],
  ])('%s', (_label, dateHtml, date) => {
    const text = '<p>2025年10月27日から当店が利用しているカートシステムに障害が発生し、ご注文を停止しております。お客様には大変ご迷惑をおかけし、心よりお詫び申し上げます。</p>';
    expect(extractHtml(page('', `<article><h1>システム障害発生のお詫び</h1>${dateHtml}${text}${RELEASE}</article>`)).date).toBe(date);
  });

  test('a date in a history table is an event, not the page date', () => {
    const html = page('', `<article><h1>お知らせ</h1>${RELEASE}<table><tr><td>2025年8月9日</td><td>検知</td></tr></table></article>`);
    expect(extractHtml(html).date).toBeNull();
  });

  test('the date element moves to the overview and leaves the body', () => {
    const { body } = extractHtml(page('', `<article><time datetime="2025-12-18">2025.12.18</time><h1>お知らせ</h1>${RELEASE}</article>`));
    expect(body).not.toContain('2025.12.18');
  });

  test('canonical link, else og:url; relative or odd URLs are ignored', () => {
    expect(extractHtml(page('<link rel="canonical" href="https://a.example.jp/n/1"><meta property="og:url" content="https://b.example.jp/">', RELEASE)).url).toBe('https://a.example.jp/n/1');
    expect(extractHtml(page('<meta property="og:url" content="https://b.example.jp/n">', RELEASE)).url).toBe('https://b.example.jp/n');
    expect(extractHtml(page('<link rel="canonical" href="/news/1">', RELEASE)).url).toBeNull();
    expect(extractHtml(page('<base href="https://c.example.jp/top/"><link rel="canonical" href="/news/1">', RELEASE)).url).toBe('https://c.example.jp/news/1');
  });

  test('title: the h1 in the body, else og:title, else <title> without the site name', () => {
    expect(extractHtml(page('<title>長いページタイトルです｜サイト</title>', `<header><h1><img alt="ロゴ">ロゴ社名</h1></header><article><h1>記事の見出しです</h1>${RELEASE}</article>`)).title).toBe('記事の見出しです');
    expect(extractHtml(page('<meta property="og:title" content="OGのタイトルです"><title>x | y</title>', RELEASE)).title).toBe('OGのタイトルです');
    expect(extractHtml(page('<title>不正アクセスに関するお知らせ | 株式会社サンプル</title>', RELEASE)).title).toBe('不正アクセスに関するお知らせ');
  });

  test('a page without h1: the title line the <title> holds, taken out of the body', () => {
    const html = page('<title>学校法人サンプル学園　本学サーバへの不正アクセスについて</title>', `<table><tr><td><p align="center"><b>本学サーバへの不正アクセスについて</b></p>${RELEASE}</td></tr></table>`);
    const { title, body } = extractHtml(html);
    expect(title).toBe('本学サーバへの不正アクセスについて');
    expect(body).not.toContain('本学サーバへの不正アクセスについて');
  });
});

describe('extractHtml: a heading dated in brackets that the <title> holds without its date', () => {
  const FIRST = '<p>当社は4月17日に以下のとおりお知らせしました。</p><p>メールシステム不正アクセスについてのお知らせ</p>';
  test.each([
    // The page's heading (outside the body) holds the title whole, the quoted earlier notice's title only part of it.
    ['a dated heading with the follow-up mark', 'メールシステム不正アクセスについてのお知らせ（続報）', '【2025/04/23】メールシステム不正アクセスについてのお知らせ（続報）', '【2025/04/23】メールシステム不正アクセスについてのお知らせ（続報）'],
    ['a heading with no date', 'メールシステム不正アクセスについてのお知らせ（続報）', 'メールシステム不正アクセスについてのお知らせ（続報）', 'メールシステム不正アクセスについてのお知らせ（続報）'],
    // negative: a dated heading that is another title than the <title>'s: the body's line holds the title
    ['a dated heading naming something else', 'メールシステム不正アクセスについてのお知らせ', '【2025/04/23】新着情報の一覧ページです', 'メールシステム不正アクセスについてのお知らせ'],
  ])('%s', (_label, documentTitle, heading, title) => {
    const html = page(`<title>${documentTitle} | 株式会社サンプル</title>`, `<div class="top"><h1>${heading}</h1></div><div class="post">${FIRST}${RELEASE}${RELEASE}</div>`);
    expect(extractHtml(html).title).toBe(title);
  });
});

describe("extractHtml: a blog entry dated by its byline under the text", () => {
  const entry = (footer: string, aside = '') =>
    page('<title>t</title>', `<div id="alpha"><div class="entry-asset"><div class="asset-header"><h1>不正アクセスに関するお知らせ（第2報）</h1></div>` +
      `<div class="asset-content entry-content"><div class="asset-body">${RELEASE}${RELEASE}</div></div><div class="asset-footer">${footer}</div></div></div>${aside}`);
  const BYLINE = '<p class="byline">投稿者: <span class="vcard author">小林 大輔</span> <time class="published" datetime="2025-06-18T10:00:00+09:00">2025年06月18日 10:00</time> | <a href="#">パーマリンク</a> | <a href="#">コメント (0)</a> | <a href="#">トラックバック (3)</a></p>';
  test.each([
    ['Movable Type\'s entry footer', BYLINE, '', '2025-06-18'],
    ['a byline with its label first', '<p>投稿日: <time datetime="2025-06-18">2025年6月18日</time></p>', '', '2025-06-18'],
    // not the entry's byline: a <time> without a byline's label (a date line alone right after the text box, it still dates
    // the page nothing else dates: dateAfterTextBox), one in a side bar beside the entry
    ['a <time> in the footer with no label', '<p><time datetime="2025-06-18">2025年6月18日</time></p>', '', '2025-06-18'],
    ['a byline in a side bar, outside the entry', '', `<div id="beta"><p>投稿者: 広報 <time datetime="2025-05-02">2025年5月2日</time></p></div>`, null],
  ])('%s', (_label, footer, aside, date) => {
    expect(extractHtml(entry(footer, aside)).date).toBe(date);
  });
});

describe("extractHtml: the page's date opening its <title> in round brackets", () => {
  test.each([
    ['(2025.04.22) 卒業アルバムに掲載された情報の漏えいの可能性について', '2025-04-22'],
    ['(2025.07.11) 【重要】不正アクセスによるメールアドレス変更について／お知らせ', '2025-07-11'],
    ['(第2報) 不正アクセスに関するお知らせ', null],
  ])('%s → %s', (title, date) => {
    expect(extractHtml(page(`<title>${title}</title>`, `<main><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${RELEASE}</main>`)).date).toBe(date);
  });
});

describe('extractHtml: a <title> whose parts a full-width slash sets apart', () => {
  test.each([
    // the site's name on one side: the release's title is the other part (the page prints it in bold)
    ['サンプル支援事業事務局（株式会社サンプル）／【重要なお知らせ】不審なメールに関する注意喚起', '【重要なお知らせ】不審なメールに関する注意喚起'],
    ['【重要】個人情報漏えいに関するお詫び／株式会社サンプル', '【重要】個人情報漏えいに関するお詫び'],
    // no name on either side: the slash belongs to the release's own title
    ['不正アクセスに関するお知らせ／第2報', '不正アクセスに関するお知らせ／第2報'],
    ['ランサムウェア被害の発生について／調査結果のご報告', 'ランサムウェア被害の発生について／調査結果のご報告'],
  ])('%s → %s', (documentTitle, title) => {
    // An old table layout: a breadcrumb that ends in the title, then the title in bold.
    const html = page(`<title>${documentTitle}</title>`, `<table><tr><td><font size="1"><a href="/">HOME</a> &gt; <a href="/news/">ニュース</a> &gt; ${title}</font></td></tr></table><table><tr><td><font size="3"><b>${title}</b></font></td></tr><tr><td>${RELEASE}</td></tr></table>`);
    expect(extractHtml(html).title).toBe(title);
  });
});

describe('composeArchive: page facts as the archive overview', () => {
  test('title, date and URL become overview bullets the parser reads back', async () => {
    const text = composeArchive({ title: '不正アクセスに関するお知らせ', date: '2025-06-02', url: 'https://example.jp/n/1' }, '当社は、顧客情報1,234件が流出したことを確認しました。');
    expect(text).toBe('# 公表概要\n- 不正アクセスに関するお知らせ\n- 2025年6月2日\n- https://example.jp/n/1\n\n# 本文\n当社は、顧客情報1,234件が流出したことを確認しました。\n');
    const incident = await parse(text, { tokenize: false });
    expect(incident).toMatchObject({ title: '不正アクセスに関するお知らせ', publishedAt: '2025-06-02', sourceUrl: 'https://example.jp/n/1' });
  });

  test('a short title the overview would take for an organization goes to the top of the body instead', () => {
    const text = composeArchive({ title: '株式会社サンプル', date: null, url: null }, '本文です。');
    expect(text).toContain('# 本文\n## 株式会社サンプル\n\n本文です。');
  });

  test('a date set before the title in brackets is the page\'s date, not the title\'s', () => {
    const text = composeArchive({ title: '【2025/04/21】不正アクセスに関するお知らせ', date: null, url: null }, '本文です。');
    expect(text).toBe('# 公表概要\n- 不正アクセスに関するお知らせ\n- 2025年4月21日\n\n# 本文\n本文です。\n');
    // The page's own date line wins over the title's.
    expect(composeArchive({ title: '【2025/04/21】不正アクセスに関するお知らせ', date: '2025-04-22', url: null }, '本文です。')).toContain('- 2025年4月22日\n');
  });

  test('no facts: the body alone', () => {
    expect(composeArchive({ title: null, date: null, url: null }, '本文')).toBe('本文');
  });

  // A lone mark (a wrapped logo's last character) is no organization's name; a short name of letters is.
  test.each([
    ['ー', false],
    ['、', false],
    ['・ー', false],
    ['々', false],
    ['ＡＢ', true],
    ['株式会社ジーユー', true],
  ])('an organization of 「%s」 is written: %s', (organization, written) => {
    const text = composeArchive({ title: '不正アクセスに関するお知らせ', date: '2025-06-02', organization, url: null }, '本文です。');
    expect(text.includes(`\n- ${organization}\n`)).toBe(written);
  });
});

test('in a definition list, 掲載日 is the page date and 発生日 is not', () => {
  const dl = (term: string) => page('', `<article><h1>お知らせ</h1>${RELEASE}<dl><dt>${term}</dt><dd>2025年5月1日</dd></dl></article>`);
  expect(extractHtml(dl('掲載日')).date).toBe('2025-05-01');
  expect(extractHtml(dl('発生日')).date).toBeNull();
});

test.each([
  ['the <dd> right after its <dt>', '<dt>掲載日</dt><dd>2025年5月1日</dd>', '2025-05-01'],
  ['a later <dd> answers the same <dt>', '<dt>掲載日</dt><dd>お知らせ</dd><dd>2025年5月1日</dd>', '2025-05-01'],
  ['a later <dd> under an event term', '<dt>掲載日</dt><dd>お知らせ</dd><dt>発生日</dt><dd>x</dd><dd>2025年5月1日</dd>', null],
  ['a <dd> with no <dt> before it', '<dd>2025年5月1日</dd>', null],
])('a <dd> takes the term of the nearest <dt> before it: %s', (_, items, date) => {
  const html = page('', `<article><h1>お知らせ</h1>${RELEASE}<dl>${items}</dl></article>`);
  expect(extractHtml(html).date).toBe(date);
});

test('a body written straight into a <div> with <br> line breaks (no <p>) is found', () => {
  const menu = '<div>' + Array.from({ length: 20 }, (_, i) => `<a href="/${i}">メニュー${i}</a><br>`).join('') + '</div>';
  const text = '当社サーバが不正アクセスを受けました。<br>調査の結果、会員情報5,210件が流出したおそれがあります。<br>関係者の皆様に深くお詫び申し上げます。<br>';
  const { body } = extractHtml(page('', `${menu}<div class="honbun">${text}</div><div>Copyright 株式会社サンプル</div>`));
  expect(body).toBe('当社サーバが不正アクセスを受けました。\n調査の結果、会員情報5,210件が流出したおそれがあります。\n関係者の皆様に深くお詫び申し上げます。');
});

test('markup nested thousands of levels deep is read, not a stack overflow', () => {
  const deep = page('', '<div>'.repeat(5000) + '<p>顧客情報1,234件が流出しました。</p>' + '</div>'.repeat(5000));
  expect(extractHtml(deep).body).toContain('顧客情報1,234件が流出しました。');
  const lists = page('', '<ul><li>項目'.repeat(3000) + '</li></ul>'.repeat(3000));
  expect(extractHtml(lists).body).toContain('項目');
});

test('a page saved by the browser: the "saved from url" comment gives the URL when there is no canonical link', () => {
  const html = '<!DOCTYPE html>\n<!-- saved from url=(0038)https://www.example.jp/news/2025/1.html -->\n<html><head><title>t</title></head><body><article><h1>お知らせ</h1>' + RELEASE + '</article></body></html>';
  expect(extractHtml(html).url).toBe('https://www.example.jp/news/2025/1.html');
});

test('a site-name <h1> (a logo) is not the title; an <h2> title bar the <title> holds is', () => {
  const html = page(
    '<title>個人情報の流出に関するお詫び | ニュース | 株式会社サンプル商事</title>',
    `<div class="logo"><h1>株式会社サンプル商事</h1></div><div class="ttl"><h2>個人情報の流出に関するお詫び</h2></div><div class="news-body">${RELEASE}</div>`,
  );
  expect(extractHtml(html).title).toBe('個人情報の流出に関するお詫び');
});

// The name of the site's section the page stands in, set as its <h1> over the release's own heading: not the title,
// nor a heading of the body. Taken only when nothing else titles the page (a release may be called 「重要なお知らせ」).
test.each([
  ['ニュースリリース over an <h2>', '<title>不正アクセスに関するお知らせ | 株式会社サンプル</title>', '<h1>ニュースリリース</h1><h2>不正アクセスに関するお知らせ</h2>', '不正アクセスに関するお知らせ'],
  ['NEWS over a date line and an <h2>', '<title>不正アクセスに関するお知らせ | 株式会社サンプル</title>', '<h1>NEWS</h1><div>2025.05.01</div><h2>不正アクセスに関するお知らせ</h2>', '不正アクセスに関するお知らせ'],
  ['重要なお知らせ as the only heading (negative)', '<title>株式会社サンプル</title>', '<h1>重要なお知らせ</h1>', '重要なお知らせ'],
  ['a release\'s own <h1> (negative)', '<title>お知らせ | 株式会社サンプル</title>', '<h1>不正アクセスに関するお知らせ</h1><h2>ニュース</h2>', '不正アクセスに関するお知らせ'],
])('a section-name <h1>: %s', (_label, head, headings, title) => {
  const release = extractHtml(page(head, `<div id="main">${headings}${RELEASE}${RELEASE}</div>`));
  expect(release.title).toBe(title);
  if (title !== '重要なお知らせ') expect(release.body).not.toMatch(/^#+ (?:ニュースリリース|NEWS)$/m);
});

// The site's name as the <h1> of the body's own block (a builder's page head; the title is an image's alt and a line
// below it): never the title, and not a heading of the release's. An <h1> of the release's own words stays the title.
test.each([
  ['the logo\'s alt', '<img class="logo" src="l.gif" alt="サンプル産業株式会社">', '<h1>サンプル産業株式会社</h1>', '個人情報の流出に関するお詫び（第3報）', false],
  ['og:site_name', '<meta property="og:site_name" content="サンプル産業株式会社">', '<h1>サンプル産業株式会社</h1>', '個人情報の流出に関するお詫び（第3報）', false],
  ['an <h1> that is the title (negative)', '<img class="logo" src="l.gif" alt="サンプル産業株式会社">', '<h1>個人情報の流出に関するお詫び（第3報）</h1>', '個人情報の流出に関するお詫び（第3報）', false],
  // A name the metadata does not give: who publishes, not what (no title's words in it).
  ['a name no metadata gives', '<img class="logo" src="l.gif" alt="サンプル医院">', '<h1>サンプル産業株式会社</h1>', '個人情報の流出に関するお詫び（第3報）', false],
  ['an <h1> with a title\'s words around a name (negative)', '<img class="logo" src="l.gif" alt="サンプル医院">', '<h1>見本物流株式会社からのお知らせ</h1>', '見本物流株式会社からのお知らせ', false],
  // The header's image named as the <h1> repeats (no logo class, not a name's shape): the site's, not the title.
  ['an image\'s name above, repeated as the <h1>', '<img src="h.gif" alt="green leaf">', '<h1>green leaf</h1>', '個人情報の流出に関するお詫び（第3報）', false],
  // …but not an image above that names the title itself (the <title> holds it), nor an <h1> no image above names.
  ['an image above named as the title (negative)', '<img src="h.gif" alt="個人情報の流出に関するお詫び（第3報）">', '<h1>個人情報の流出に関するお詫び（第3報）</h1>', '個人情報の流出に関するお詫び（第3報）', false],
  ['an <h1> no image above names (negative)', '<img src="h.gif" alt="green leaf">', '<h1>システム障害のお知らせ</h1>', 'システム障害のお知らせ', false],
])('a site-name <h1> in the body\'s block: %s', (_label, mark, h1, title, kept) => {
  const [head, logo] = mark.startsWith('<meta') ? [mark, ''] : ['', mark];
  const html = page(
    `<title>個人情報の流出に関するお詫び（第3報） | clinic site</title>${head}`,
    `<div class="header">${logo}</div><div id="article">${h1}<div class="title-img"><img src="t.gif" alt="個人情報の流出に関するお詫び（第3報）"></div><div style="font-size:18px">個人情報の流出に関するお詫び（第3報）</div>${RELEASE}${RELEASE}</div>`,
  );
  const release = extractHtml(html);
  expect(release.title).toBe(title);
  expect(release.body.includes('サンプル産業株式会社') || release.body.includes('見本物流株式会社')).toBe(kept);
});

describe('extractHtml: an HTML 4 table layout (columns as <td>s, side boxes as nested tables)', () => {
  const side = `<td width="170" valign="top"><table width="160"><tr><td><b>更新履歴</b></td></tr>
    <tr><td><table><tr><td nowrap>2025.06.25</td><td>累計納入実績45,227件を達成</td></tr><tr><td nowrap>2025.05.07</td><td>ホームページをリニューアル</td></tr></table></td></tr></table>
    <table width="160" border="1"><tr><td colspan="2"><b>会社データ</b></td></tr><tr><td>創業</td><td>1968年5月9日</td></tr><tr><td>従業員</td><td>34名</td></tr><tr><td>取引先</td><td>約900社</td></tr></table>
    <center><font size="1">あなたは<br><b>435,328</b><br>人目のお客様です。<br>(since 1968.05.09)</font></center></td>`;
  const layout = (dateHtml: string, extra = '') =>
    page(
      '<title>不正アクセスに関するお知らせ</title>',
      `<table width="780"><tr><td colspan="3"><img src="logo.gif" alt="株式会社サンプル"></td></tr><tr>${side}<td width="10"><img src="spacer.gif" width="10"></td>
       <td width="600" valign="top"><table width="100%"><tr><td><b>お知らせ</b></td></tr></table>${dateHtml}
       <font size="4"><b>不正アクセスに関するお知らせ</b></font><hr>${RELEASE}<p><font size="2">調査の結果、顧客情報1,200件が流出したことを確認しました。</font></p>${extra}${RELEASE.repeat(2)}</td></tr>
       <tr><td colspan="3"><font size="1">最終更新日 2025.08.05<br>Copyright(C) 1968-2025 株式会社サンプル</font></td></tr></table>`,
    );

  test('the body is the main column: the side boxes\' counts and dates stay out', () => {
    const { body } = extractHtml(layout('<font size="2">［2025.07.14］</font><br>'));
    expect(body).toContain('1,200件');
    for (const chrome of ['45,227件', '34名', '900社', '1968年5月9日', '435,328', '2025.06.25']) expect(body).not.toContain(chrome);
  });

  test.each([
    ['a bracketed date line above the title', '<font size="2">［2025.07.14］</font><br>', '', '2025-07-14'],
    ['a 【】 date line', '<p>【2025年7月14日】</p>', '', '2025-07-14'],
    ['a labelled date line in the column', '<p align="right">掲載日：2025年7月14日</p>', '', '2025-07-14'],
    // with no date above the title, the footer's 最終更新日 is the page's date
    ['no date line: the footer cell\'s 最終更新日', '', '', '2025-08-05'],
    // negatives: a date in a data table's row inside the column is an event, even when its cell wraps a <p>
    ['a dated row of a data table in the column', '', '<table border="1"><tr><td><p>2025年7月1日</p></td><td><p>不正アクセスを検知</p></td></tr></table>', null],
    // …and a signature's date line at the end of the body is the release's own: the footer's is not read
    ['a signature date in the column', '', '<p align="right">2025年7月14日</p>', null],
  ])('%s', (_label, dateHtml, extra, date) => {
    expect(extractHtml(layout(dateHtml, extra)).date).toBe(date);
  });

  test.each([
    ['最終更新日 2025.08.05', '2025-08-05'],
    ['掲載日：2025年8月5日', '2025-08-05'],
    // a news list's item and a data row are not the page's date
    ['<ul><li>掲載日：2025年8月5日</li></ul>', null],
    ['<table><tr><td>更新日</td><td>更新日：2025年8月5日</td></tr></table>', null],
    // a date without a label is not the page's
    ['2025.08.05', null],
  ])('outside the body, only a labelled date line dates the page: %s', (footer, date) => {
    const html = page('', `<div><div class="txt"><h2>不正アクセスに関するお知らせ</h2>${RELEASE.repeat(3)}</div><div class="ft">${footer}<br>Tel 03-0000-0000</div></div>`);
    expect(extractHtml(html).date).toBe(date);
  });
});

describe('block scoring across a layout table\'s columns (no nested tables to tell them by)', () => {
  const side = `<td width="170" valign="top"><font size="2"><b>会社データ</b><br>創業 1968年5月9日<br>従業員 34名<br>取引先 約900社<br>累計納入実績45,227件を達成しました<br>2025.06.25 夏季休業のお知らせを掲載しました<br>2025.05.07 ホームページをリニューアルしました<br>あなたは435,328人目のお客様です</font></td>`;
  const REL = RELEASE.replace(/<\/?p>/g, '');
  test.each([
    ['the column\'s text in <font> with <br> lines', `<font size="2">［2025.07.14］</font><br><font size="4"><b>不正アクセスに関するお知らせ</b></font><br><font size="2">${REL}<br>調査の結果、顧客情報1,200件が流出したことを確認しました。<br>${REL}</font>`],
    ['the column\'s text in <p>s', `<font size="2">［2025.07.14］</font><br><font size="4"><b>不正アクセスに関するお知らせ</b></font>${RELEASE.repeat(2)}<p>調査の結果、顧客情報1,200件が流出したことを確認しました。</p>`],
    ['the column\'s text straight in the cell with <br> lines', `2025年7月14日<br><b>不正アクセスに関するお知らせ</b><br>${REL}<br>調査の結果、顧客情報1,200件が流出したことを確認しました。<br>${REL}`],
    ['the column\'s text in <div>s of text alone', `<div>2025年7月14日</div><div><b>不正アクセスに関するお知らせ</b></div><div>${REL}</div><div>調査の結果、顧客情報1,200件が流出したことを確認しました。</div><div>${REL}</div>`],
  ])('%s: the body is the column, the date line above its title dates the page', (_label, main) => {
    const { body, date } = extractHtml(page('<title>不正アクセスに関するお知らせ</title>', `<table width="780" border="0"><tr>${side}<td width="600" valign="top">${main}</td></tr></table>`));
    expect(body).toContain('1,200件');
    for (const chrome of ['34名', '900社', '45,227件', '435,328']) expect(body).not.toContain(chrome);
    expect(date).toBe('2025-07-14');
  });

  test.each([
    // a data table of several rows: its cells are data, each row read as "| a | b |"
    ['a data table with long cells', `<table border="1"><tr><th>日付</th><th>内容</th></tr><tr><td>2025年7月1日</td><td><p>${'不正アクセスを検知し、直ちにサーバを停止しました。'.repeat(6)}</p></td></tr><tr><td>2025年7月2日</td><td>調査を開始</td></tr></table>`, '2025年7月2日'],
    // one row of two short cells is data too
    ['a single row of short cells', '<table border="1"><tr><td>流出件数</td><td>1,200件</td></tr></table>', '| 流出件数 | 1,200件 |'],
    // a timeline table's first cell is no date line of the page
    ['a timeline table', '<table border="1"><tr><td>2025年7月1日<br>午前</td><td>不正アクセスを検知</td></tr><tr><td>2025年7月2日</td><td>調査を開始</td></tr></table>', '2025年7月2日'],
  ])('not a layout: %s', (_label, table, row) => {
    const { body, date } = extractHtml(page('', `<article><h1>お知らせ</h1>${RELEASE}${table}</article>`));
    expect(body).toContain(row);
    expect(date).toBeNull();
  });
});

test.each([
  ['a bare date line above the text, as the body\'s own first line', '2025年7月14日<br>', '2025-07-14'],
  // a date starting a timeline table at the top of the body, or a sentence, is an event
  ['a timeline table first', '<table border="1"><tr><td>2025年7月1日<br>午前</td><td>不正アクセスを検知</td></tr><tr><td>2025年7月2日</td><td>調査を開始</td></tr></table>', null],
  ['a dated sentence first', '2025年7月1日、不正アクセスを検知しました。<br>', null],
])('the body\'s first lines written straight into it: %s', (_label, lead, date) => {
  expect(extractHtml(page('', `<div class="honbun">${lead}${RELEASE.replace(/<\/?p>/g, '')}<br>${RELEASE.replace(/<\/?p>/g, '')}</div>`)).date).toBe(date);
});

test.each([
  // Elementor wraps every element, the post's text too, in an elementor-widget
  ['an Elementor post-content widget', '<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">BODY</div></div>', true],
  ['a SiteOrigin editor panel', '<div class="so-panel widget widget_sow-editor panel-first-child">BODY</div>', true],
  // a WordPress side-bar widget is still one, and so are a builder's side bar and share buttons
  ['a WordPress side-bar widget', '<div>BODY</div><section class="widget widget_text"><p>サイドバー 2025年1月1日 見学会のお知らせ</p></section>', false],
  ['an Elementor side-bar widget', '<div>BODY</div><div class="elementor-widget elementor-widget-sidebar"><p>サイドバー 2025年1月1日 見学会のお知らせ</p></div>', false],
  ['Elementor share buttons', '<div>BODY</div><div class="elementor-widget elementor-widget-share-buttons"><p>サイドバー シェアする 42</p></div>', false],
  ['a WordPress widget Elementor hosts', '<div>BODY</div><div class="elementor-element elementor-widget elementor-widget-wp-widget-recent-posts"><p>サイドバー 2025年1月1日 見学会のお知らせ</p></div>', false],
  ['a WordPress widget in a SiteOrigin panel', '<div>BODY</div><div class="so-panel widget widget_recent_entries"><p>サイドバー 2025年1月1日 見学会のお知らせ</p></div>', false],
])('a page builder\'s "widget" class names no side bar: %s', (_label, markup, builder) => {
  const { body } = extractHtml(page('<title>t</title>', `<h1>不正アクセスに関するお知らせ</h1>${markup.replace('BODY', RELEASE)}`));
  expect(body).toContain('流出したおそれがある');
  if (!builder) expect(body).not.toContain('サイドバー');
});

test.each([
  // a news archive by day sets the date as a level of the trail
  ['a Bootstrap breadcrumb with a day level', '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">ホーム</a></li><li class="breadcrumb-item"><a href="/info/20250228/">2025年2月28日</a></li><li class="breadcrumb-item active">お知らせ</li></ol></nav>', '', '2025-02-28'],
  ['a topic path of links', '<div id="topic_path"><a href="/">トップ</a> &gt; <a href="/news/">ニュース</a> &gt; <a href="/news/2025/0228/">2025.02.28</a></div>', '', '2025-02-28'],
  // a date line of the page's own wins over the trail's
  ['a trail and a date line', '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/d/">2025年2月28日</a></li></ol></nav>', '<p>掲載日：2025年3月1日</p>', '2025-03-01'],
  // a year or a month is no date; two dates are no one date
  ['a year level', '<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/2025/">2025年</a></li></ol>', '', null],
  ['two dates', '<ol class="breadcrumb"><li><a href="/a/">2025年2月28日</a></li><li><a href="/b/">2025年3月1日</a></li></ol>', '', null],
  ['a side bar, no trail', '<aside><ul><li><a href="/a/">2025年2月28日</a></li></ul></aside>', '', null],
  // an old table layout prints the page's date in brackets after its title, the trail's last level as text
  ['the title\'s level with its date in brackets', '<table><tr><td class="pankuzu"><font size="2"><a href="/">トップページ</a> &gt; <a href="/news/">お知らせ</a> &gt; 不正アクセスに関するお知らせ（2026年2月16日掲載）</font></td></tr></table>', '', '2026-02-16'],
  ['the title\'s level with an update date in brackets', '<table><tr><td class="pankuzu"><a href="/">トップページ</a> &gt; 不正アクセスに関するお知らせ（2026年2月16日更新）</td></tr></table>', '', null],
  ['a bracketed date of the title\'s own words', '<table><tr><td class="pankuzu"><a href="/">トップページ</a> &gt; システム障害について（2026年2月16日発生分）</td></tr></table>', '', null],
])('a breadcrumb trail dates a page nothing else dates: %s', (_label, trail, line, date) => {
  const html = page('<title>t</title>', `${trail}<main><h1>不正アクセスに関するお知らせ</h1>${line}${RELEASE}</main>`);
  expect(extractHtml(html).date).toBe(date);
});

test.each([
  // a theme's post-info list of four items, the date one marked as microdata (no JSON-LD, no meta)
  ['an Elementor post-info item', '<ul class="elementor-post-info"><li itemprop="author">投稿者：広報部</li><li itemprop="datePublished"><span>投稿日：2025年2月27日</span></li><li>10:00</li><li itemprop="commentCount">コメントはまだありません</li></ul>', '2025-02-27'],
  ['a <time> with its datetime', '<p>公開：<time itemprop="datePublished" datetime="2025-02-27T10:00:00+09:00">2月27日</time></p>', '2025-02-27'],
  ['a <meta> in the body', '<meta itemprop="datePublished" content="2025-02-27">', '2025-02-27'],
  // a related post's microdata in a side bar is the side bar's; a bare text that is no date is none
  ['a side bar\'s related post', '<aside><article><span itemprop="datePublished">2025年1月10日</span><a href="/x">別のお知らせ</a></article></aside>', null],
  ['a text that is no date', '<span itemprop="datePublished">昨日</span>', null],
])('microdata datePublished in the page dates it: %s', (_label, markup, date) => {
  const html = page('<title>t</title>', `<main><h1>不正アクセスに関するお知らせ</h1>${markup}<div class="entry-content">${RELEASE}</div></main>`);
  expect(extractHtml(html).date).toBe(date);
});

describe("the link to the release's own document, its title and the file's note", () => {
  const TITLE = 'メール情報漏えいの可能性に関するお知らせ';
  test.each([
    ['a PDF link with its size at the top of the body', `<p><font size="2"><img alt="PDF"><a href="/a.pdf">${TITLE}（PDFファイル（681KB））</a></font></p>`, '681KB', false],
    ['a bracketed kind and size', `<p><a href="/a.pdf">${TITLE} [PDF 1.2MB]</a></p>`, '1.2MB', false],
    ['a Word document', `<div><a href="/a.docx">${TITLE}（Word形式）</a></div>`, 'Word形式', false],
    // another document's link, a link that is the title with no file's note, a sentence around the link stay
    ['another document of the release', `<p>関連資料：<a href="/b.pdf">別紙（PDFファイル（146KB））</a></p>`, '別紙', true],
    ['the title linked with no file note', `<p><a href="/a.html">${TITLE}（第2報）</a></p>`, '第2報', true],
    ['a sentence around the link', `<p>詳細は<a href="/a.pdf">${TITLE}（PDF：681KB）</a>をご覧ください。</p>`, '681KB', true],
  ])('%s', (_label, line, marker, kept) => {
    const { body } = extractHtml(page(`<title>${TITLE}</title>`, `<main><h1>${TITLE}</h1>${line}${RELEASE}</main>`));
    expect(body).toContain('深くお詫び申し上げます');
    expect(body.includes(marker)).toBe(kept);
  });
});

describe('what a page keeps once its tags and classes say nothing (robust:html mutants)', () => {
  test.each([
    ['a heading that is a button (an accordion)', '<h2><button type="button" data-bs-toggle="collapse">■影響範囲の情報</button></h2><div><p>以下の情報が漏えいした可能性がございます。</p></div>', '影響範囲の情報', true],
    // a page's control is no text: a button in a line, a button beside a heading's words
    ['a button in a form', '<form><button>送信する</button></form>', '送信する', false],
    ['a button beside a heading\'s words', '<h2>対象の情報 <button>開く</button></h2>', '開く', false],
  ])('%s', (_label, part, marker, kept) => {
    const { body } = extractHtml(page('<title>t</title>', `<main><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${part}</main>`));
    expect(body.includes(marker)).toBe(kept);
  });

  const sections = (between: string) =>
    `<div><h1>不正アクセスに関するお知らせ</h1><p>令和７年１０月１４日</p><section class="b1">${RELEASE}<ul><li>会員情報1,234件</li></ul></section>${between}<section class="b2"><p>https://example.jp/a</p><p>https://example.jp/b</p><p>https://example.jp/c</p><p>https://example.jp/d</p><p>https://example.jp/e</p><p>https://example.jp/f</p></section></div>`;
  test.each([
    ['a download box between the sections', '<div><b>PDFダウンロード</b><br><a href="#">資料（PDF：672KB）</a></div>', true],
    ['nothing between', '', true],
    // a side list in the same container is no part of the text: the body stays one section
    ['a box of figures', '<div><h2>会社概要</h2><dl><dt>人口</dt><dd>602,919人</dd><dt>世帯数</dt><dd>225,622世帯</dd><dt>職員数</dt><dd>2,169人</dd></dl></div>', false],
  ])('sections of a release under its <h1>, no <main> or <article>: %s', (_label, between, both) => {
    const { body } = extractHtml(page('<title>t</title>', `<div class="h"><a href="/">ホーム</a></div>${sections(between)}<div class="f">〒100-0001 東京都千代田区</div>`));
    expect(body).toContain('example.jp/f');
    expect(body.includes('1,234件')).toBe(both);
  });

  test.each([
    ['a <dl> of dates and headlines', '<dl><dt><time>2026年07月20日</time></dt><dd>夏季休業のお知らせ</dd><dt><time>2026年07月05日</time></dt><dd>新サービス提供開始のお知らせ</dd></dl>', '2026-05-21'],
    ['a table of dated rows', '<table><tr><th><time>2026年07月20日</time></th><td>夏季休業のお知らせ</td></tr><tr><th><time>2026年07月05日</time></th><td>新サービス提供開始のお知らせ</td></tr></table>', '2026-05-21'],
    // a table of one dated row is the page's date line in a cell
    ['one dated row', '<table><tr><th>公開日</th><td><time>2026年07月20日</time></td></tr></table>', '2026-07-20'],
  ])('a news list over the article as %s dates its entries, not the page', (_label, list, date) => {
    const { date: got } = extractHtml(page('<title>t</title>', `<section><h2>重要なお知らせ</h2>${list}</section><div class="a"><h1>不正アクセスに関するお知らせ</h1></div><div><time datetime="2026-05-21">令和8年5月21日</time></div><div class="b">${RELEASE}</div>`));
    expect(got).toBe(date);
  });
});

describe('extractHtml: a heading is the text\'s whatever its class calls it', () => {
  const body = (heading: string) =>
    `<div class="container"><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${heading}<p>現時点で、漏洩の可能性が否定できない個人情報は以下の通りです。お客様にはご迷惑をおかけしております。</p>${RELEASE}</div>`;
  test.each([
    // Bootstrap 3's page-header is a heading's rule, no site header.
    ['<h3 class="page-header">情報漏洩の恐れのある個人情報：４１５１名</h3>', true],
    ['<h2 id="page-header" class="title">情報漏洩の恐れのある個人情報：４１５１名</h2>', true],
    ['<h3 class="site-header">情報漏洩の恐れのある個人情報：４１５１名</h3>', true],
    // Negatives: a side bar's, a share row's or a trail's heading is furniture still; a header block by its class too.
    ['<h3 class="sidebar-title">情報漏洩の恐れのある個人情報：４１５１名</h3>', false],
    ['<h3 class="share-heading">情報漏洩の恐れのある個人情報：４１５１名</h3>', false],
    ['<div class="page-header"><p>情報漏洩の恐れのある個人情報：４１５１名</p></div>', false],
  ])('%s', (heading, kept) => {
    expect(extractHtml(page('<title>お知らせ</title>', body(heading))).body.includes('４１５１名')).toBe(kept);
  });
});

describe('extractHtml: paragraphs whose cells a TAB separates', () => {
  const body = (rows: string) => `<div class="entry"><h1>卒業アルバムの印刷業者に対するランサムウェア攻撃について</h1>${RELEASE}${rows}${RELEASE}</div>`;
  test.each([
    // A table pasted one row a paragraph: its rows, together.
    ['<p><font size="2">生徒数(人)\t教職員数(人)\t総数(人)</font></p><p><font size="2">県立学校14校\t2,077\t974\t3,051</font></p>',
      '| 生徒数(人) | 教職員数(人) | 総数(人) |\n| 県立学校14校 | 2,077 | 974 | 3,051 |'],
    ['<p>区分\t件数</p>\n<p>氏名\t1,024</p>\n<p>住所\t512</p>', '| 区分 | 件数 |\n| 氏名 | 1,024 |\n| 住所 | 512 |'],
    // Negatives: a lone row is a line as it was; the markup's indentation (a line break, then TABs) is no cell's edge.
    ['<p>対象件数\t1,024件</p>', '\n\n対象件数 1,024件\n\n'],
    ['<p>\n\t\t<span>対象となるお客様</span>\n\t\t<span>1,024件</span></p><p>\n\t\t<span>その他</span>\n\t\t<span>12件</span></p>', '\n\n対象となるお客様 1,024件\n\nその他 12件\n\n'],
  ])('%#', (rows, expected) => {
    expect(extractHtml(page('<title>お知らせ</title>', body(rows))).body).toContain(expected);
  });
});

describe('extractHtml: a block set bold and larger is a heading, whatever its tag', () => {
  const body = (line: string) => `<article><h1>不正ログインに関するお知らせ</h1>${RELEASE}${line}<div>713件</div></article>`;
  test.each([
    // A blog platform's editor: every line a <div>, a heading bold in a larger span.
    ['<div><span style="font-size:1.4em;"><b>（１）不正ログインされたアカウント数</b></span></div>', true],
    ['<p><font size="4"><strong>被害の状況</strong></font></p>', true],
    ['<div style="font-size: 120%"><b>被害の状況</b></div>', true],
    // Negatives: bold alone is emphasis (unless a section's number opens it: see the Word export's headings below),
    // larger alone a lead's type, a sentence is no heading, nor a line partly bold.
    ['<div><b>不正ログインされたアカウント数</b></div>', false],
    ['<div><span style="font-size:1.4em;">（１）不正ログインされたアカウント数</span></div>', false],
    ['<div><span style="font-size:1.4em;"><b>不正ログインが確認されました。</b></span></div>', false],
    ['<div><span style="font-size:1.4em;"><b>被害</b>の状況</span></div>', false],
    ['<div><span style="font-size:0.9em;"><b>被害の状況</b></span></div>', false],
  ])('%s', (line, heading) => {
    const text = extractHtml(page('<title>お知らせ</title>', body(line))).body;
    expect(/^## /m.test(text.split('\n').filter((l) => !l.includes('713件')).join('\n'))).toBe(heading);
  });
});

describe('extractHtml: a <footer> closing the text\'s paragraphs is the text\'s', () => {
  // An old layout's post in a table cell, no <article>: its date line in a footer after its paragraphs.
  const post = (footer: string, before = `${RELEASE}${RELEASE}`) =>
    `<table><tr><td><p>記事No：2041</p>${before}${footer}</td></tr></table><footer><p>Copyright © All Rights Reserved.</p></footer>`;
  const entry = (footer: string, paragraphs = `${RELEASE}${RELEASE}`) =>
    `<div id="alpha"><div class="entry-asset"><h1>不正アクセスに関するお知らせ</h1><div class="asset-content"><div class="asset-body">${paragraphs}</div></div>${footer}</div></div><footer><p>Copyright © All Rights Reserved.</p></footer>`;
  test.each([
    [post('<footer class="article-footer"><p>（2026/07/31掲載）</p></footer>'), '2026-07-31'],
    // Negatives: a footer after blocks that are no paragraphs of prose is the page's; so is a long one.
    [post('<footer><p>（2026/07/31掲載）</p></footer>', '<div>リンク</div><div>メニュー</div>'), null],
    [post(`<footer><p>（2026/07/31掲載）</p><p>${'サイトマップ　'.repeat(40)}</p></footer>`), null],
    [post('<footer class="entry-footer"><p>（2026/07/31掲載） カテゴリー：<a href="/c/news">お知らせ</a></p></footer>'), null],
    // A Movable Type entry's box (no <article>): the footer right after the box of its paragraphs, a date line alone (pages-y profweb).
    [entry('<footer class="article-footer"><p>（2026/01/13掲載）</p></footer>'), '2026-01-13'],
    [entry('<footer><p>2026年1月13日</p></footer>'), '2026-01-13'],
    // Negatives: a footer after a box of no prose, or holding more than a date line, is the page's.
    [entry('<footer><p>（2026/01/13掲載）</p></footer>', '<p>リンク</p><p>メニュー</p>'), null],
    [entry('<footer><p>（2026/01/13掲載） 〒100-0001 東京都千代田区</p></footer>'), null],
  ])('%#', (body, date) => {
    expect(extractHtml(page('<title>お知らせ</title>', body)).date).toBe(date);
  });
});

describe('extractHtml: a <form> around the page holds its text, a form on the page its controls', () => {
  const webForm = (inner: string) => `<form method="post" action="./NewsDetail.aspx?id=1" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="AAAA"></div><nav><a href="/Default.aspx">ホーム</a></nav><div class="container"><div class="col-lg-8">${inner}</div><div class="col-lg-4"><div class="card"><div class="card-header">株価情報</div><div class="card-body">現在値 786円</div></div></div></div><footer><p>資本金 5,298百万円</p></footer></form>`;
  test.each([
    ['an ASP.NET WebForms page inside one <form>, its <h1> in it', webForm(`<h1>不正アクセスに関するお知らせ</h1>${RELEASE}`)],
    ['a page form with no <h1>, its paragraphs of prose', webForm(`<h2>不正アクセスに関するお知らせ</h2>${RELEASE}${RELEASE}${RELEASE}`)],
    // Negatives: a form to fill goes, its question, labels and notes with it.
    ['a feedback form after the article', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}</article><form><p>このページの情報は役に立ちましたか？</p><label><input type="radio" name="q">役に立ったと回答する</label></form>`],
    ['a comment form with one note', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}</article><form id="commentform"><p>メールアドレスが公開されることはありません。</p><textarea></textarea><p>コメント欄への記入をお願いします。</p></form>`],
  ])('%s', (_label, body) => {
    const text = extractHtml(page('<title>不正アクセスに関するお知らせ</title>', body)).body;
    expect(text).toContain('流出したおそれがある');
    for (const chrome of ['役に立ったと回答する', 'メールアドレスが公開', 'コメント欄への記入', '株価情報', '__VIEWSTATE', 'AAAA']) expect(text).not.toContain(chrome);
  });
});

describe('extractHtml: a byline set as a list dates the page; a news list does not', () => {
  const head = (meta: string) => `<article><header><h1>不正アクセスに関するお知らせ</h1><div class="article-meta"><span class="author-name">サポートチーム</span>${meta}</div></header><div class="article-body">${RELEASE}</div></article>`;
  test.each([
    ['公開日 and 更新日 in one item, an update in another', head('<ul class="meta-group"><li class="meta-data">公開日：2026年1月29日　更新日：2026年3月21日</li><li class="meta-data">更新 2026年2月18日</li></ul>'), '2026-01-29'],
    ['an era initial date alone, an update after it', head('<ul class="meta-group"><li class="meta-data">R8.07.24</li><li class="meta-data">更新 2026年8月27日</li></ul>'), '2026-07-24'],
    ['a header table 発表日 | 区分 in an item', head('<ul class="meta-group"><li class="meta-data"><table><thead><tr><th>発表日</th><th>区分</th></tr></thead><tbody><tr><td>2026年3月30日</td><td>お知らせ</td></tr></tbody></table></li><li class="meta-data">更新 2026年4月20日</li></ul>'), '2026-03-30'],
    ['a list of dated links (negative)', head('<ul><li><a href="/a">2026年1月29日 お知らせ</a></li><li><a href="/b">2026年1月20日 お知らせ</a></li></ul>'), null],
    ['three dated items, no links: a list of news (negative)', head('<ul><li>2026年1月29日</li><li>2026年1月20日</li><li>2026年1月10日</li></ul>'), null],
    ['a dated line in a list longer than a byline (negative)', head(`<ul>${'<li>お知らせの項目</li>'.repeat(8)}<li>公開日：2026年1月29日</li></ul>`), null],
  ])('%s', (_label, body, date) => {
    expect(extractHtml(page('<title>お知らせ</title>', body)).date).toBe(date);
  });
});

describe('extractHtml: a <dt> captioning a row of fields labels none of them', () => {
  // Joomla's article info: one term over the date, the category and the hits (pages-z joomla).
  const info = (dl: string) => `<div class="item-page"><h1>不正アクセスに関するお知らせ</h1>${dl}<div class="article-body">${RELEASE}${RELEASE}</div></div>`;
  test.each([
    ['詳細 over the date, the category and the hits', info('<dl class="article-info"><dt>詳細</dt><dd class="published">令和7年（2025年）6月20日</dd><dd class="category-name">カテゴリ: <a href="/news">お知らせ</a></dd><dd class="hits">ヒット数: 10,069</dd></dl>'), '2025-06-20'],
    ['a term labelling the date alone', info('<dl><dt>公開日</dt><dd>2025年6月20日</dd><dt>カテゴリ</dt><dd>お知らせ</dd></dl>'), '2025-06-20'],
    // …not a term over one date, nor one naming an event's date over its dates and a note
    ['a term over one date that labels it no publication (negative)', info('<dl><dt>詳細</dt><dd>2025年6月20日</dd></dl>'), null],
    ['an event\'s date term over a date and a note (negative)', info('<dl><dt>発生日</dt><dd>2025年6月20日</dd><dd>（調査中）</dd></dl>'), null],
  ])('%s', (_label, body, date) => {
    expect(extractHtml(page('<title>お知らせ</title>', body)).date).toBe(date);
  });
});

describe('extractHtml: a record\'s creation stamp gives way to the publication it stands beside', () => {
  const props = (rows: string) => `<main><h1>不正アクセスに関するお知らせ</h1><div class="notion-collection-row">${rows}</div><div class="notion-page-content"><article>${RELEASE}</article></div></main>`;
  test.each([
    ['公開 above, 作成日時 nearest the text', props('<div><span>公開</span> <span>公開日：2025年4月17日　更新日：2025年5月25日</span></div><div><span>タグ</span> <span>お知らせ</span></div><div><span>作成日時</span> 2025/03/31 17:35</div>'), '2025-04-17'],
    ['a date in kanji numerals labelled 発表 above 作成日時', props('<div><span>公開</span> <span>二〇二五年十二月二十四日発表</span></div><div><span>作成日時</span> 2025/12/21 08:28</div>'), '2025-12-24'],
    ['作成日 alone dates the page', props('<div>作成日：2025年4月1日</div>'), '2025-04-01'],
    ['作成日時 over an unlabelled date further up', `<div>2025年12月1日</div>${props('<div><span>作成日時</span> 2025/03/31 17:35</div>')}`, '2025-03-31'],
  ])('%s', (_label, body, date) => {
    expect(extractHtml(page('<title>お知らせ</title>', body)).date).toBe(date);
  });
});

describe('extractHtml: bold numbered paragraphs are a Word export\'s section headings, levelled by their numbering', () => {
  const bold = (t: string) => `<p class=MsoNormal><b><span style='font-family:"ＭＳ ゴシック"'>${t}<o:p></o:p></span></b></p>`;
  const para = '<p class=MsoNormal><span>詳細な調査の結果、漏えいした可能性のある情報は以下のとおりです。</span></p>';
  test.each([
    ['1. → （１） → ア, each kind one level deeper', [bold('1. 不正アクセスの概要'), para, bold('2.漏えいの可能性のある個人情報の項目'), para, bold('（１）「サンプル投資」に会員登録いただいたお客様'), bold('ア　メールアドレスのみご登録いただいたお客様（約17万名）'), para, bold('（２）加盟店のお客様'), para, bold('3. 当社からのお願い'), para].join(''),
      ['## 1. 不正アクセスの概要', '## 2.漏えいの可能性のある個人情報の項目', '### （１）「サンプル投資」に会員登録いただいたお客様', '#### ア　メールアドレスのみご登録いただいたお客様（約17万名）', '### （２）加盟店のお客様', '## 3. 当社からのお願い']],
    ['under a real heading, one level below it', `<h2>漏えいした情報</h2>${para}${bold('（１）会員のお客様')}${para}`, ['## 漏えいした情報', '### （１）会員のお客様']],
    ['bold with no number is emphasis (negative)', `${bold('【下記各項目に共通する注記】')}${para}`, []],
    ['a bold numbered sentence is no heading (negative)', `${bold('1. パスワードを変更してください。')}${para}`, []],
    ['a numbered line not bold is no heading (negative)', `<p class=MsoNormal>（１）会員のお客様</p>${para}`, []],
    ['a line partly bold is no heading (negative)', `<p class=MsoNormal><b>（１）</b>会員のお客様</p>${para}`, []],
  ])('%s', (_label, inner, headings) => {
    const { body } = extractHtml(page('', `<div class=WordSection1><p class=MsoNormal align=center><b>不正アクセスに関するお知らせ</b></p>${RELEASE}${inner}</div>`));
    expect(body.split('\n').filter((l) => l.startsWith('#'))).toEqual(headings);
  });
});

describe('extractHtml: a flat document\'s list of other notices, as sibling paragraphs under a heading', () => {
  const doc = (tail: string) => `<div class="doc-content"><p class="title">不正アクセスに関するお知らせ</p><p>掲載日：2026年8月17日</p>${RELEASE}<p>以上</p>${tail}</div>`;
  test.each([
    // Newest first under any heading: the site's list, each entry's view count with it.
    ['dated entries newest first, a view count under each', doc('<h2>これまでのお知らせ</h2><p><b>2026年8月23日</b>　累計相談件数194,484件</p><p>（閲覧 3,170回）</p><p><b>2026年8月3日</b>　システムメンテナンスのお知らせ</p><p>（閲覧 2,754回）</p><p><b>2026年6月6日</b>　来場者数459,887人を記録</p><p>（閲覧 1,320回）</p>'), ['194,484', '459,887', '3,170'], []],
    // Under a list's own name two entries make it, in any order.
    ['two entries under a news list\'s name', doc('<h2>新着情報</h2><p>2026年7月1日　夏季休業のお知らせ</p><p>2026年7月20日　会員数735,658名を達成</p>'), ['735,658', '夏季休業'], []],
    // The release's own timeline under its heading runs oldest first, its rows sentences.
    ['the release\'s timeline, oldest first (negative)', doc('<h2>経緯</h2><p>2026年4月30日　不正アクセスの痕跡を確認</p><p>2026年5月1日　サーバーを停止</p><p>2026年5月8日　外部機関による調査を開始</p>'), [], ['不正アクセスの痕跡を確認', '外部機関による調査を開始']],
    ['two undated-heading entries, newest first (negative: three make a list)', doc('<h2>対応状況</h2><p>2026年5月8日　調査を開始</p><p>2026年5月1日　サーバーを停止</p>'), [], ['調査を開始', 'サーバーを停止']],
    // The page's revision line is the page's: its date and count no event.
    ['a line telling of the page\'s revisions', doc('<p>この掲示は 2026/08/19 に 355 回目の編集がされています。</p>'), ['355', '2026/08/19'], []],
    ['a sentence that edits something else (negative)', doc('<p>当社は 2026/08/19 に規程の改定を行いました。</p>'), [], ['規程の改定']],
    ['the release\'s own document updated, no date (negative)', doc('<p>この文書は、第2報の内容を更新するものです。</p>'), [], ['第2報の内容を更新']],
  ])('%s', (_label, body, gone, kept) => {
    const text = extractHtml(page('<title>不正アクセスに関するお知らせ</title>', body)).body;
    for (const s of gone) expect(text).not.toContain(s);
    for (const s of kept) expect(text).toContain(s);
  });
});

describe('extractHtml: a letterhead before the release\'s title in its own container', () => {
  const doc = (head: string) => `<div class="doc-content">${head}<p class="title">不正アクセスに関するお知らせ</p><p>掲載日：2026年8月17日</p>${RELEASE}${RELEASE}</div>`;
  test.each([
    ['a logo table with the site\'s figures', doc('<table><tr><td><img src="/l.png" alt="ロゴ"></td><td><p>受付時間 10:00～17:00</p><p>会員数 15,935名／スタッフ 82名</p><p><a href="/">ホームへ戻る</a></p></td></tr></table>'), ['15,935', 'スタッフ'], []],
    ['the publisher\'s name and code above the title (negative)', doc('<p>株式会社サンプル</p><p>（証券コード 1234）</p>'), [], ['株式会社サンプル']],
    ['a sentence above the title (negative)', doc('<p>会員の皆様へ、2件のお知らせがあります。</p>'), [], ['2件のお知らせ']],
    ['a small figure alone above the title (negative: a day, a number of the release)', doc('<p>第2報</p>'), [], ['第2報']],
  ])('%s', (_label, body, gone, kept) => {
    const text = extractHtml(page('<title>不正アクセスに関するお知らせ</title>', body)).body;
    for (const s of gone) expect(text).not.toContain(s);
    for (const s of kept) expect(text).toContain(s);
  });

  test('a topic head with its <time> over the <h1> dates the page (negative: no letterhead)', () => {
    const body = `<div class="topics"><div class="head"><span>お知らせ</span> <time datetime="2025-12-18">12.18</time></div><h1>不正アクセスに関するお知らせ</h1><div class="body">${RELEASE}${RELEASE}</div></div>`;
    expect(extractHtml(page('<title>不正アクセスに関するお知らせ</title>', body)).date).toBe('2025-12-18');
  });
});

describe('extractHtml: a letterhead before the release\'s title (a table of the logo and figures)', () => {
  const doc = (head: string) => `<div class="doc-content">${head}<p class="title">不正アクセスに関するお知らせ</p><p>掲載日：2026年8月17日</p>${RELEASE}${RELEASE}</div>`;
  test.each([
    ['its phone and opening hours', doc('<table><tr><td><img src="/l.png" alt="ロゴ"></td><td>受付 097-8555-5459</td></tr></table>'), ['8555'], []],
  ])('%s', (_label, body, gone, kept) => {
    const text = extractHtml(page('<title>不正アクセスに関するお知らせ</title>', body)).body;
    for (const s of gone) expect(text).not.toContain(s);
    for (const s of kept) expect(text).toContain(s);
  });
});

describe('extractHtml: a post\'s meta row under its title', () => {
  const post = (meta: string) => `<main><article class="post"><h1>不正アクセスに関するお知らせ</h1><p class="meta">${meta}</p>${RELEASE}${RELEASE}</article></main>`;
  test.each([
    ['a two-digit year, the reading time and a tag', post('26.06.19　・　14 min read　<span class="tag">#お知らせ</span>'), '2026-06-19', true],
    ['an ISO timestamp, the reading time and a tag', post('2026-08-03T14:00:00+09:00　・　6 min read　<span class="tag">#お知らせ</span>'), '2026-08-03', true],
    ['an empty <time> with its date in its attribute, then the reading time', post('<time datetime="2025-06-03"></time>7 min read　<span class="tag">#お知らせ</span>'), '2025-06-03', true],
    ['a reading time in Japanese', post('2025年6月3日 ・ 約3分で読めます'), '2025-06-03', true],
    ['a figure beside the reading time (negative: the row is no meta row)', post('7 min read　閲覧 1,234'), null, false],
  ])('%s', (_label, body, date, gone) => {
    const page1 = extractHtml(page('<title>お知らせ</title>', body));
    expect(page1.date).toBe(date);
    expect(page1.body.includes('min read') || page1.body.includes('分で読めます')).toBe(!gone);
  });
});

describe('extractHtml: the name a release signs with after its text box, in text or in its template\'s contact box', () => {
  const entry = (after: string) => `<article><h1>不正アクセスに関するお知らせ</h1><section class="entry-content">${RELEASE}${RELEASE}</section>${after}<div class="related"><h3>関連記事</h3><ul><li><a href="/n/1">夏季休業のお知らせ</a></li></ul></div></article>`;
  test.each([
    ['以上 and the name in a block after the text', entry('<div class="sign-block"><p>以　上</p><p>サンプル火災海上保険株式会社</p></div>'), 'サンプル火災海上保険株式会社'],
    ['a signature image, then a way back alone in its line', `<div class="news_detail"><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${RELEASE}<p class="signature"><img src="/s.png" alt="株式会社サンプル"></p><p><a href="/news">新着情報一覧へ戻る</a></p></div>`, '株式会社サンプル'],
    ['a block with a sentence after the text (negative)', entry('<div><p>以上</p><p>株式会社サンプルは、今後も対策を進めます。</p></div>'), null],
    ['a block with a link after the text (negative)', entry('<div><p><a href="/about">株式会社サンプル</a></p></div>'), null],
    ['tags after the text (negative)', entry('<div class="tags"><p>タグ</p><p>お知らせ</p></div>'), null],
  ])('%s', (_label, body, signature) => {
    expect(extractHtml(page('<title>お知らせ</title>', body)).signature).toBe(signature);
  });

  // (The template's contact box stands after a text box of most of the article's text: a release of some length.)
  const long = (after: string) => entry(after).replace(`${RELEASE}${RELEASE}`, RELEASE.repeat(5));
  test.each([
    ['the template\'s contact box names the publisher', long('<div class="contact-block"><h3>お問い合わせ先</h3><p>有限会社 サンプルプラン<br>広報室　電話：097-8555-5459</p></div>'), '<title>お知らせ</title>', '有限会社 サンプルプラン'],
    ['the metadata\'s name first', long('<div class="contact-block"><h3>お問い合わせ先</h3><p>有限会社 サンプルプラン<br>広報室　電話：097-8555-5459</p></div>'), '<meta property="og:site_name" content="株式会社サンプル本社"><title>お知らせ</title>', '株式会社サンプル本社'],
    ['a contact box naming no one (negative)', long('<div class="contact-block"><h3>お問い合わせ先</h3><p>広報室　電話：097-8555-5459</p></div>'), '<title>お知らせ</title>', null],
  ])('%s', (_label, body, head, organization) => {
    expect(extractHtml(page(head, body)).organization).toBe(organization);
  });
});

describe('extractHtml: the entry\'s date set as a heading of its own over the post', () => {
  const entry = (dateHeading: string, before = '') => `<div id="content">${before}<h2 class="date">${dateHeading}</h2><div class="blog"><h3 class="title">不正アクセスに関するお知らせ</h3><div class="blogbody">${RELEASE}${RELEASE}</div></div></div>`;
  test.each([
    // The era's initial alone, which no line reads as a date without its place (a bare 「R8.2.3」 may be a version).
    ['an era\'s dotted date heading over the post', entry('R8.05.11'), '2026-05-11'],
    ['a date heading in full over the post', entry('2026年5月11日'), '2026-05-11'],
    // A date heading below the release's own text is one of its headings (an event's day), not the page's date.
    ['a date heading after the text has begun (negative)', entry('R8.05.11', `<p>${'当社はこの件について調査を続けております。'.repeat(3)}</p>`), null],
  ])('%s', (_label, body, date) => {
    expect(extractHtml(page('<title>不正アクセスに関するお知らせ</title>', body)).date).toBe(date);
  });
});

describe('extractHtml: the entry <article> inside the page\'s sections <article> (Squarespace 7.1)', () => {
  const STATS = '<section class="page-section"><div class="stats-block"><div class="sqs-block html-block"><p><strong>244</strong>件<br>竣工実績</p></div><div class="sqs-block html-block"><p><strong>23</strong>名<br>一級建築士</p></div></div></section>';
  const entry = (inner: string) =>
    page('<title>不正アクセスに関するお知らせ</title>', `<main><article class="sections"><section class="page-section"><article class="blog-item">${inner}</article></section>${STATS}</article></main>`);
  test.each([
    // The inner article holds the <h1>: the outer's later sections (stats, summaries) are the site's.
    ['the entry holding the title heading', `<h1>不正アクセスに関するお知らせ</h1>${RELEASE}${RELEASE}`, false],
    // negative: an inner article without the title (a comment, a card) leaves the outer one the body
    ['an inner article without the <h1> (negative)', `<p>コメント</p>${RELEASE}`, true],
  ])('%s', (_label, inner, kept) => {
    const html = kept ? page('<title>不正アクセスに関するお知らせ</title>', `<main><article class="sections"><h1>不正アクセスに関するお知らせ</h1><article class="comment">${inner}</article>${RELEASE}<section><p>244件の対応を完了しました。</p></section></article></main>`) : entry(inner);
    const { body } = extractHtml(html);
    expect(body).toContain('流出したおそれがある');
    expect(body.includes('244件')).toBe(kept);
  });
});

describe('extractHtml: a heading dated in brackets after the title the <title> gives alone', () => {
  test.each([
    ['the <title> without the date', '不正アクセスに関するお知らせとお詫び', '不正アクセスに関するお知らせとお詫び（2026年1月22日）', '不正アクセスに関するお知らせとお詫び', '2026-01-22'],
    // negative: the <title> holds the date too (the release titles itself with it), or the bracket says what the day was
    // (the <title>'s bracketed date still dates the page: titleDate)
    ['the <title> with the date (negative)', '不正アクセスに関するお知らせ（2026年1月22日）', '不正アクセスに関するお知らせ（2026年1月22日）', '不正アクセスに関するお知らせ（2026年1月22日）', '2026-01-22'],
    ['an update\'s bracket (negative)', '不正アクセスに関するお知らせ', '不正アクセスに関するお知らせ（2026年1月22日更新）', '不正アクセスに関するお知らせ（2026年1月22日更新）', null],
  ])('%s', (_label, documentTitle, heading, title, date) => {
    const got = extractHtml(page(`<title>${documentTitle}</title>`, `<article><h1>${heading}</h1>${RELEASE}${RELEASE}</article>`));
    expect(got.title).toBe(title);
    expect(got.date).toBe(date);
    expect(got.body).not.toContain('2026年1月22日');
  });
});

describe('extractHtml: an entry byline 「投稿者: … 日時: …」 dates the page (Movable Type, XOOPS)', () => {
  test.each([
    ['Movable Type\'s 日時', '<div class="asset-meta"><span class="byline">投稿者: <span class="vcard author">webmaster</span> 日時: R8.06.24</span></div>', '2026-06-24'],
    ['XOOPS\'s 投稿日時 and hit count', '<div class="itemInfo">投稿者 : 事務局 投稿日時 : 2026.08.06 (644 ヒット)</div>', '2026-08-06'],
    // negative: no date field after the author
    ['an author alone (negative)', '<div class="asset-meta"><span class="byline">投稿者: webmaster</span></div>', null],
  ])('%s', (_label, byline, date) => {
    const got = extractHtml(page('<title>t</title>', `<div class="entry-asset"><h1>不正アクセスに関するお知らせ</h1>${byline}<div class="asset-body">${RELEASE}${RELEASE}</div></div>`));
    expect(got.date).toBe(date);
    // (The byline left the text with its date: no event of the release's.)
    expect(got.body.includes('投稿者')).toBe(date === null);
  });
});
