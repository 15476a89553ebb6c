import { describe, expect, test } from 'vitest';
import { extractHtml } from '../../src/format/html.js';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const RELEASE =
  '<p>当社サーバーが第三者による不正アクセスを受け、お客様の個人情報が流出したおそれがあることが判明いたしました。関係者の皆様に深くお詫び申し上げます。</p>' +
  '<p>調査の結果、会員情報1,234件が閲覧された可能性があります。引き続き調査を進めてまいります。</p>';
const items = [
  ['2025年11月10日', '光回線サービス契約数100万件突破'],
  ['2025年10月1日', '情報セキュリティセミナー（定員200名）開催'],
  ['2025年9月5日', '会員数30万人を達成'],
];

/** Side bars in the shapes sites write them, with class names that say nothing. */
const SHAPES: [string, string][] = [
  ['list items', `<ul class="x1">${items.map(([d, t]) => `<li><span>${d}</span><a href="/n">${t}</a></li>`).join('')}</ul>`],
  ['definition pairs', `<dl class="x1">${items.map(([d, t]) => `<dt>${d}</dt><dd><a href="/n">${t}</a></dd>`).join('')}</dl>`],
  ['lines broken by <br>', `<p class="x1">${items.map(([d, t]) => `${d}　<a href="/n">${t}</a>`).join('<br>')}</p>`],
  ['date and link on separate lines', `<font>${items.map(([d, t]) => `${d.replace(/年|月/g, '.').replace('日', '')}<br><a href="/n">${t}</a>`).join('<br><br>')}</font>`],
  ['table rows', `<table class="x1">${items.map(([d, t]) => `<tr><th>${d}</th><td><a href="/n">${t}</a></td></tr>`).join('')}</table>`],
  ['cards: one link holding date and title', `<div class="x1">${items.map(([d, t]) => `<a href="/n"><span>${d}</span><span>${t}</span></a>`).join('')}</div>`],
];

describe('site chrome told by its shape, whatever its class names', () => {
  test.each(SHAPES)('a dated news list as %s beside the release is dropped', (_, list) => {
    const { body } = extractHtml(page('<title>t</title>', `<div class="a9"><div class="b3"><h1>不正アクセスに関するお知らせ</h1>${RELEASE}</div><div class="c7"><div>最新のお知らせ</div>${list}</div></div>`));
    expect(body).toContain('1,234件');
    for (const decoy of ['100万件', '定員200名', '30万人', '2025年11月10日', '2025.11.10']) expect(body).not.toContain(decoy);
  });

  test.each(SHAPES)('a dated news list as %s inside the article (related news) is dropped', (_, list) => {
    const { body } = extractHtml(page('', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}<h4>関連するお知らせ</h4>${list}</article>`));
    expect(body).toContain('1,234件');
    expect(body).not.toContain('100万件');
    expect(body).not.toContain('関連するお知らせ');
  });

  test.each([
    ['a timeline table (dates without links)', '<table><tr><th>2025年5月1日</th><td>不正アクセスを検知</td></tr><tr><th>2025年5月2日</th><td>サーバーを隔離</td></tr><tr><th>2025年5月9日</th><td>個人情報保護委員会へ報告</td></tr></table>', '不正アクセスを検知'],
    ['a timeline list', '<ul><li>2025年5月1日 不正アクセスを検知</li><li>2025年5月2日 サーバーを隔離</li></ul>', 'サーバーを隔離'],
    ['one dated link (an earlier report)', '<p>2025年5月1日 <a href="/1">第1報</a>をご参照ください。</p>', '第1報'],
    // A sentence with a range of dates whose rest a link holds (an address linked past its end) is prose, not a news list.
    ['one sentence mostly a link', '<p>精査の結果、2025年5月19日〜2025年7月1日の間で<a href="https://a.example.jp/">https://a.example.jp/に対して不正アクセスが行われた可能性が高いと判断いたしました</a>。</p>', '2025年5月19日〜2025年7月1日'],
  ])('the release\'s own %s stays', (_, block, kept) => {
    const { body } = extractHtml(page('', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${block}</article>`));
    expect(body).toContain(kept);
  });

  // The article's container holds the release's paragraphs, the related news box and the links to the neighbouring
  // posts: two dated boxes among four children are no news list; the boxes are lists of their own.
  const related = '<div class="r"><h3>関連するお知らせ</h3><ul><li><a href="#">会員数が2.7万人を突破しました</a> <span>(2024/04/09)</span></li><li><a href="#">説明会（定員340名）を開催します</a> <span>(2025/02/15)</span></li></ul></div>';
  const neighbours = '<div class="n"><a href="#">« 前の記事：導入企業8503社を突破しました（2024年3月28日）</a> | <a href="#">次の記事：方針を改定しました（2024.02.14）»</a></div>';
  test.each([
    ['paragraphs in one <p> broken by <br>', `<p>${RELEASE.replace(/<\/?p>/g, '').replace('。関係者', '。<br>関係者')}</p>`, true],
    ['paragraphs in a box of their own', `<div class="t">${RELEASE}</div>`, true],
    // negative: the dated boxes beside a short teaser, no prose: the container is the list
    ['a teaser line (negative)', '<div class="t"><a href="/x">会員情報1,234件の閲覧について</a> 2025/01/08</div>', false],
  ])('an article container of the release and its dated boxes: %s', (_, text, kept) => {
    const { body } = extractHtml(page('', `<div class="a"><div class="b">不正アクセスに関するお知らせ</div>${text}${related}${neighbours}</div><div class="s"><div>最新のお知らせ</div>${SHAPES[0]![1]}</div>`));
    expect(body.includes('1,234件')).toBe(kept);
    for (const decoy of ['2.7万人', '8503社', '100万件']) expect(body).not.toContain(decoy);
  });

  test('dated links as lines of one paragraph, each ending in a full stop, are still a news list', () => {
    const list = `<p class="x1">${items.map(([d, t]) => `${d}　<a href="/n">${t}しました。</a>`).join('<br>')}</p>`;
    const { body } = extractHtml(page('', `<div class="a9"><div class="b3"><h1>不正アクセスに関するお知らせ</h1>${RELEASE}</div><div class="c7"><div>最新のお知らせ</div>${list}</div></div>`));
    expect(body).toContain('1,234件');
    expect(body).not.toContain('100万件');
  });

  test.each([
    ['a cookie banner', '<div class="q1"><p>当サイトではCookieを使用しています。閲覧を続けると同意したものとみなします（2025年4月1日改定）。</p><a href="#">OK</a></div>', '2025年4月1日'],
    ['a footer around the copyright line', '<div class="f"><div>株式会社サンプル</div><div>従業員数：3,456名　病床数：452床</div><div>Copyright © 2003-2026 株式会社サンプル All Rights Reserved.</div></div>', '3,456名'],
  ])('%s is dropped', (_, chrome, decoy) => {
    const { body } = extractHtml(page('', `<div class="m"><h1>不正アクセスに関するお知らせ</h1>${RELEASE}</div>${chrome}`));
    expect(body).toContain('1,234件');
    expect(body).not.toContain(decoy);
  });

  test('a release that speaks of cookies keeps its text', () => {
    const text = '<p>攻撃者は利用者のCookie情報を窃取し、セッションを乗っ取った可能性があります。対象の利用者には再ログインに同意いただくようお願いしております。</p>';
    const { body } = extractHtml(page('', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${text}</article>`));
    expect(body).toContain('Cookie情報を窃取');
  });
});

describe('the page\'s own date lines leave the body', () => {
  test.each([
    ['a last-updated line at the end', '<p>このページの最終更新日：2025年6月5日</p>', '2025年6月5日', false],
    ['an update line in a definition list', '<dl><dt>更新日</dt><dd>2025年6月5日</dd></dl>', '2025年6月5日', false],
    ['a publication line equal to the page date', '<p>掲載日：2025年6月1日</p>', '掲載日', false],
    // The page's number before its update date (a table layout's strip); a theme's update <time> beside the posted one.
    ['a page number and an update date', '<div class="date">ページ番号：81578　更新日：2025/06/05</div>', '2025/06/05', false],
    ['a theme\'s modified <time>', '<div class="metas"><time class="c-postTimes__modified" datetime="2025-06-05">2025.06.05</time></div>', '2025.06.05', false],
    ['a dateModified <time>', '<p><time itemprop="dateModified" datetime="2025-06-05">2025年6月5日</time></p>', '2025年6月5日', false],
    // kept: a signature's bare date, and a labelled event
    ['a signature date', '<p>2025年6月5日</p><p>株式会社サンプル</p>', '2025年6月5日', true],
    ['an event with a label', '<p>発生日：2025年5月20日</p>', '2025年5月20日', true],
    ['a page number before a bare date', '<p>ページ番号：81578　2025年6月5日</p>', '2025年6月5日', true],
    ['a <time> in a sentence, unmarked', '<p>調査は<time datetime="2025-06-05">2025年6月5日</time>に完了しました。</p>', '2025年6月5日', true],
    ['a modified <time> inside a sentence is no date line', '<p><time class="updated">2025年6月5日に更新した手順</time></p>', '2025年6月5日', true],
  ])('%s', (_, block, text, kept) => {
    const html = page('<meta property="article:published_time" content="2025-06-01">', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${block}</article>`);
    const { body, date } = extractHtml(html);
    expect(date).toBe('2025-06-01');
    if (kept) expect(body).toContain(text);
    else expect(body).not.toContain(text);
  });
});

describe('lists of the site\'s other pages under a heading that says so', () => {
  const links = '<ul><li><a href="/1">累計導入社数8,000社を達成</a></li><li><a href="/2">会員数30万人を突破</a></li></ul>';
  test.each([
    ['関連記事', `<h3>関連記事</h3>${links}`, false],
    ['よく読まれている記事 (a div label)', `<div class="t">よく読まれている記事</div>${links}`, false],
    ['【新着情報】', `<h4>【新着情報】</h4>${links}`, false],
    // kept: a heading of the release's own, and a related heading over prose
    ['a heading of the release', `<h3>対象となるサービス</h3>${links}`, true],
    ['関連情報 over prose', '<h3>関連情報</h3><p>当社は8,000社の取引先に個別に連絡いたしました。</p>', true],
  ])('%s', (_, block, kept) => {
    const { body } = extractHtml(page('', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${block}</article>`));
    expect(body).toContain('1,234件');
    if (kept) expect(body).toContain('8,000社');
    else expect(body).not.toContain('8,000社');
  });
});

describe('the page\'s date where only the trail or a line alone in the body gives it', () => {
  test.each([
    ['the trail\'s last level, bare text', '<div class="breadcrumbs"><a href="/">トップ</a> &gt; <a href="/news/">ニュース</a> &gt; 2024年12月19日</div>', '', '2024-12-19'],
    ['a trail level between home and the title, the title ending in 。', '<nav class="n4"><a href="/">ホーム</a> &gt; <a href="/news/">お知らせ</a> &gt; <a href="/d/">2025.5.1</a> &gt; <span>不審メールにご留意ください。</span></nav>', '', '2025-05-01'],
    ['a trail as a list, its separators the style sheet\'s', '<ol class="k5"><li><a href="/">ホーム</a></li><li><a href="/news/">新着情報</a></li><li><a href="/news/2026/">2026年3月23日</a></li><li>不正アクセスに関するお知らせ</li></ol>', '', '2026-03-23'],
    ['a list of the release opening with a home page\'s item (negative)', '', '<ol><li>ホームページの閲覧停止：2025年4月4日</li><li>サーバーの隔離</li></ol>', null],
    ['the trail\'s last level in a <span>', '<div class="breadcrumbs"><a href="/">ホーム</a> &gt; <a href="/news/">お知らせ</a> &gt; <span>2026年1月8日</span></div>', '', '2026-01-08'],
    ['a date line alone after the article', '', '<p class="u">2025年4月4日 更新</p>', '2025-04-04'],
    // Negatives: a year level, a title level, a sentence in the text that names a day and 更新.
    ['a year as the last level (negative)', '<div class="breadcrumbs"><a href="/">トップ</a> &gt; 2024年度</div>', '', null],
    ['the title as the last level (negative)', '<div class="breadcrumbs"><a href="/">トップ</a> &gt; <span>不正アクセスに関するお知らせ</span></div>', '', null],
    ['a sentence that names the day of an update (negative)', '', '<p>当社は2025年4月4日にシステムを更新し、不正アクセスの経路を遮断いたしました。</p>', null],
  ])('%s', (_, trail, after, date) => {
    const release = extractHtml(page('<title>不正アクセスに関するお知らせ</title>', `${trail}<div class="entry"><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${after}</div>`));
    expect(release.body).toContain('1,234件');
    expect(release.date).toBe(date);
  });
});

describe('a date line alone right after the release\'s text box, where nothing above dates the page', () => {
  const text = `<div class="c">${RELEASE}</div>`;
  const side = '<div class="s"><h3>イベント情報</h3><p>2025年11月26日(水) 13:30〜 セキュリティセミナー（定員228名・参加無料）</p></div>';
  test.each([
    ['a <div> after the text, in the article', `<article><div class="t">不正アクセスに関するお知らせ</div>${text}<div>2025.10.30</div><div><a href="#">いいね 291</a></div></article>${side}`, '2025-10-30'],
    ['a <time> after the entry\'s content', `<article><h1>不正アクセスに関するお知らせ</h1>${text}<p class="d"><time datetime="2025-04-15">2025-04-15</time></p></article>${side}`, '2025-04-15'],
    ['an era\'s date in full-width digits, after the content box', `<div class="p"><div class="t">不正アクセスに関するお知らせ</div><div class="e">${RELEASE}</div><div class="d"><span>令和７年１１月２１日</span></div></div>${side}`, '2025-11-21'],
    ['past an update\'s line', `<article><h1>不正アクセスに関するお知らせ</h1>${text}<p>更新日：2025.12.01</p><p>2025年10月30日</p></article>`, '2025-10-30'],
    // negatives: a longer block first (the side column), a line that says more than its date, an update's only
    ['a side column first (negative)', `<article><h1>不正アクセスに関するお知らせ</h1>${text}</article>${side}<div>2025.10.30</div>`, null],
    ['a line that says more (negative)', `<article><h1>不正アクセスに関するお知らせ</h1>${text}<p>2025年10月30日 説明会を開催します</p></article>`, null],
    ['an update\'s line only (negative: its date is the update\'s fallback)', `<article><h1>不正アクセスに関するお知らせ</h1>${text}<p>更新日：2025.12.01</p></article>`, '2025-12-01'],
  ])('%s', (_, html, date) => {
    const release = extractHtml(page('<title>不正アクセスに関するお知らせ</title>', html));
    expect(release.body).toContain('1,234件');
    expect(release.date).toBe(date);
    if (date) expect(release.body).not.toContain(date.slice(0, 4) + '.');
  });

  test.each([
    ['the same day as the metadata\'s: the line leaves the body', '2025-07-25', '2025/07/25', false],
    // negative: another day than the page's stays (the page is dated otherwise; the line is no date line of its)
    ['another day (negative)', '2025-07-24', '2025/07/25', true],
  ])('a page its metadata dates, a closing date line: %s', (_, meta, line, kept) => {
    const release = extractHtml(page(`<title>不正アクセスに関するお知らせ</title><meta property="article:published_time" content="${meta}T10:00:00+09:00">`, `<article><h2>不正アクセスに関するお知らせ</h2><div>${RELEASE}</div><div><span>${line}</span></div><div>NPO法人 サンプル協会</div></article>`));
    expect(release.date).toBe(meta);
    expect(release.body.includes(line)).toBe(kept);
  });
});

describe('a term that negates publication (非公開) labels an event, not the page\'s date', () => {
  test.each([
    ['サイト非公開時刻 in the text, the date line above the article', '<div class="k2"><p align="right">公開日 R8.4.15</p></div>', 'サイト非公開時刻', '2026-04-15'],
    ['未公開期間 in the text, the date line above the article', '<div class="k2"><p align="right">公開日 R8.4.15</p></div>', '未公開期間', '2026-04-15'],
    // kept: a term that labels the publication
    ['a term of the page\'s publication, no date line (negative)', '', '公開日', '2026-04-09'],
  ])('%s', (_, line, term, iso) => {
    const { date } = extractHtml(page('', `${line}<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}<h2>【経緯】</h2><dl><dt>${term}</dt><dd>2026年4月9日 13時10分</dd></dl></article>`));
    expect(date).toBe(iso);
  });
});

describe('a table layout\'s news table: a heading row, then rows of a date and a headline', () => {
  const rows = (cells: [string, string][]) => `<table><tbody>${cells.map(([d, t]) => `<tr><td nowrap><font size="2">${d}</font></td><td><font size="2">${t}</font></td></tr>`).join('')}</tbody></table>`;
  const news = rows([['2025.03.26', 'お客様アンケート結果（回答2,702件）'], ['2025.02.02', '年末年始の営業時間について'], ['2025.01.17', 'オンライン説明会（定員105名）を開催します']]);
  const framed = (heading: string, list: string) =>
    `<table width="100%"><tr><td><font size="2"><b>${heading}</b></font></td></tr><tr><td>${list}</td></tr></table>`;
  test.each([
    ["What's New in a framed table (its own heading row)", framed("What's New", news), false],
    ['新着情報 in a framed table', framed('新着情報', news), false],
    ['TOPICS over the rows, no frame', `<p><b>TOPICS</b></p>${news}`, false],
    // kept: the release's own chronology (its heading is the release's), rows that are sentences, rows with no date
    ['a chronology table under 経緯 (negative)', framed('経緯', news), true],
    ['rows that are sentences (negative)', framed("What's New", rows([['2025.03.26', '回答2,702件の調査を行いました。'], ['2025.02.02', '不正アクセスを確認しました。']])), true],
    ['rows without a date (negative)', framed("What's New", rows([['お客様', 'アンケート結果（回答2,702件）'], ['営業', '年末年始の営業時間について']])), true],
  ])('%s', (_, block, kept) => {
    const { body } = extractHtml(page('', `<table width="760"><tr><td><h1>不正アクセスに関するお知らせ</h1>${RELEASE}<p><a href="#top">▲このページの先頭へ</a></p>${block}</td></tr></table>`));
    expect(body).toContain('1,234件');
    expect(body.includes('2,702件')).toBe(kept);
  });
});

describe('a title set apart at the top when no <h1> or <title> gives it', () => {
  const shell = (top: string) => page('<title>株式会社サンプル｜お知らせ</title>', `<table><tr><td>${top}</td></tr><tr><td>${RELEASE}<h3>【漏えいした情報に関するお知らせ】</h3><p>氏名</p></td></tr></table>`);
  test.each([
    ['<font><b>', '<font size="4"><b>不正アクセスによる個人情報流出に関するお知らせ</b></font>', '不正アクセスによる個人情報流出に関するお知らせ'],
    ['a block whose class names a title', '<div class="news_ttl">不正アクセスによる個人情報流出に関するお知らせ</div>', '不正アクセスによる個人情報流出に関するお知らせ'],
  ])('%s', (_, top, title) => {
    expect(extractHtml(shell(top)).title).toBe(title);
  });

  test('a heading inside the release text is a section\'s, not the title; nor is the <title>\'s generic part', () => {
    // Nothing gives a title: none rather than a section heading, お知らせ or the site's name.
    expect(extractHtml(shell('<span>ニュース</span>')).title).toBeNull();
  });
});

describe('the title when <title> names only the site', () => {
  test.each([
    ['large type above the text, ending in 。', '<title>株式会社サンプル｜お知らせ</title>', '<font size="4"><b>弊社メールアドレスを装った不審メールにご注意ください。</b></font>', '弊社メールアドレスを装った不審メールにご注意ください。'],
    ['the title part ranked over a longer site part', '<title>不正アクセスに関するお知らせ - 株式会社サンプルホールディングス ニュースリリース</title>', '', '不正アクセスに関するお知らせ'],
    ['a date header above the title is not the title', '<title>株式会社サンプル</title>', '<h2 class="date-header">2025年06月01日</h2><h3 class="entry-title">不正アクセスに関するお知らせ</h3>', '不正アクセスに関するお知らせ'],
  ])('%s', (_, head, top, title) => {
    const html = page(head, `<table><tr><td>${top}</td></tr><tr><td>${RELEASE}<p>一般社団法人 日本サンプル学会</p></td></tr></table>`);
    const result = extractHtml(html);
    expect(result.title).toBe(title);
  });

  test('a signature line naming the publisher is not the title', () => {
    const html = page('<title>一般社団法人 日本発生サンプル学会｜お知らせ</title>', `<div>${RELEASE}<p>一般社団法人 日本発生サンプル学会</p></div>`);
    expect(extractHtml(html).title).toBeNull();
  });
});

describe('a page-feedback box set in the article after the release', () => {
  test.each([
    ['a card: heading, question and its tally', '<div class="c"><div class="h">このページに関するアンケート</div><div class="b">このページの情報は役に立ちましたか？（これまでに1627件の回答）</div></div>', false],
    ['a question split by markup, its tally beside it', '<div><p>この記事は<b>参考に</b>なりましたか？</p><p>回答数 1627件</p></div>', false],
    ['a heading over the form\'s question', '<section><h2>この記事についてのアンケート</h2><p>わかりやすさ：1627件の評価</p></section>', false],
    // The question as the box's heading, no question mark (its form dropped), its tally under it (a PowerCMS page's).
    ['the question as the box\'s heading, no question mark', '<div id="enq"><h2>このページの情報は役に立ちましたか</h2><form><label><input type="radio">役に立った</label></form><p>これまでに1627件のご回答をいただきました。</p></div>', false],
    // kept
    ['a paragraph that speaks of the page', '<p>このページは、1627件の不正アクセスの記録をまとめたものです。</p>', true],
    ['a question of the release\'s own, no page asked about', '<p>お客様の情報は役に立ちましたか？と尋ねる1627件のメールが送信されました。</p>', true],
    ['a heading of the release\'s that asks nothing of the page', '<div><h2>このページの内容について</h2><p>対象となった1627件のお客様には個別にご連絡いたします。</p></div>', true],
  ])('%s', (_, box, kept) => {
    const { body } = extractHtml(page('<title>t</title>', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}<p>以上</p>${box}</article>`));
    expect(body).toContain('1,234件');
    expect(body.includes('1627件')).toBe(kept);
  });
});

describe('a contact box set after the release\'s text block', () => {
  const TEXT_BLOCK = `<div class="rb">${RELEASE.repeat(3)}<h3>４．情報流出等への対応状況</h3><p>弊社が保有する情報の一部が外部に流出したことを確認しております。お問い合わせは以下の窓口で承っております。</p></div>`;
  const BOX = '<div class="cx"><p><strong>本リリースに関する報道関係者からのお問い合わせ先</strong><br>サンプル株式会社 広報部　TEL：03-0000-0000　受付時間 平日9:00〜17:30</p></div>';
  test.each([
    ['after the text block, the template\'s', `<main><h1>不正アクセスに関するお知らせ</h1>${TEXT_BLOCK}${BOX}</main>`, false],
    ['labelled 【お問合せ先】 with a mail address', `<main><h1>不正アクセスに関するお知らせ</h1>${TEXT_BLOCK}<div><b>【お問合せ先】</b><br>広報部 press@example.co.jp</div></main>`, false],
    // kept
    ['inside the text block, the release\'s own', `<main><h1>不正アクセスに関するお知らせ</h1>${TEXT_BLOCK.replace('</div>', `${BOX}</div>`)}</main>`, true],
    ['a box with a sentence', `<main><h1>不正アクセスに関するお知らせ</h1>${TEXT_BLOCK}<div><b>お問い合わせ先</b><br>ご不明な点は下記までご連絡ください。TEL：03-0000-0000</div></main>`, true],
    ['a box with no number or address', `<main><h1>不正アクセスに関するお知らせ</h1>${TEXT_BLOCK}<div><b>お問い合わせ先</b><br>サンプル株式会社 広報部</div></main>`, true],
    // A box headed as the page's own (「このページに関するお問い合わせ」): a CMS's template, wherever it stands.
    ['the page\'s inquiry box after a rule', `<main><h1>不正アクセスに関するお知らせ</h1>${TEXT_BLOCK}<hr><table border="1"><tr><td><b>このページに関するお問い合わせ</b><br>サンプル株式会社 広報部　TEL：03-0000-0000</td></tr></table></main>`, false],
    ['the page\'s inquiry box inside the text block', `<main><h1>不正アクセスに関するお知らせ</h1>${TEXT_BLOCK.replace('</div>', '<div><h2>このページに関するお問い合わせ</h2><p>サンプル株式会社 広報部</p><p>TEL：03-0000-0000</p></div></div>')}</main>`, false],
    ['the page\'s inquiry box with a sentence (negative)', `<main><h1>不正アクセスに関するお知らせ</h1>${TEXT_BLOCK}<hr><div><b>このページに関するお問い合わせ</b><br>ご不明な点はサンプル株式会社 広報部までご連絡ください。TEL：03-0000-0000</div></main>`, true],
  ])('%s', (_, html, kept) => {
    const { body } = extractHtml(page('<title>t</title>', html));
    expect(body).toContain('1,234件');
    expect(/TEL：03-0000-0000|press@example|サンプル株式会社 広報部/.test(body)).toBe(kept);
  });
});

describe('a page builder\'s boxes set after the release\'s text in the same container', () => {
  // Wix-like: every component a sibling box in one grid, inside <main>, with no class that names it and no link
  const grid = (after: string, before = '') =>
    page('<title>t</title>', `<main><section class="mesh"><div class="rt"><h2>不正アクセスに関するお知らせ</h2></div>${before}<div class="rt">${RELEASE}${RELEASE}</div>${after}</section></main>`);
  const lines = (...texts: string[]) => `<div class="box">${texts.map((t) => `<p>${t}</p>`).join('')}</div>`;
  test.each([
    ['a news list, newest first', lines('NEWS', '2026.03.08　電話回線メンテナンスのお知らせ', '2025.12.13　年末年始休業のお知らせ', '2025.11.23　見学会開催のお知らせ'), '電話回線', false],
    ['an event card', lines('オンラインセミナー開催のお知らせ', '開催日：2026年6月13日（土）　14:00〜15:30', '定員29名（先着順）'), '定員29名', false],
    ['an event card dated in 令和', lines('公開講座のご案内', '受付期間：令和8年1月5日〜1月20日'), '公開講座', false],
    // the release's own boxes stay: its timeline runs oldest first, its signature holds no event
    ['a timeline box, oldest first', lines('経緯', '2025年8月25日　不審な通信を検知', '2025年8月26日　サーバーを隔離'), '不審な通信を検知', true],
    ['a signature box', lines('2025年9月1日', '株式会社サンプル', '代表取締役社長　山田太郎'), '代表取締役社長', true],
    ['a box of sentences', lines('2025年9月1日に第2報、2025年8月25日に第1報を公表しました。'), '第2報', true],
    // under a news list's heading: one entry after the text, or entries in any order before it
    ['one news entry under its heading', lines('新着情報', '2025.11.23　見学会開催のお知らせ'), '見学会', false],
    ['a news list before the text', '', '夏季休業', false, lines('NEWS', '2025.06.12　価格改定のお知らせ', '2025.08.30　夏季休業期間のご案内')],
    ['a timeline box before the text', '', '不審な通信を検知', true, lines('経緯', '2025年8月26日　サーバーを隔離', '2025年8月25日　不審な通信を検知')],
  ])('%s', (_label, after, marker, kept, before = '') => {
    const { body } = extractHtml(grid(after, before));
    expect(body).toContain('1,234件');
    expect(body.includes(marker)).toBe(kept);
  });

  test('a guard paragraph holding only a zero-width space makes no line', () => {
    const { body } = extractHtml(page('', `<article><h1>お知らせ</h1>${RELEASE}<p><span>\u200b</span></p>${RELEASE}</article>`));
    expect(body).not.toContain('\u200b');
    expect(body).not.toMatch(/\n\n\n/);
  });
});

describe('a builder page that wraps each paragraph in widgets of its own, a strip of cards beside it', () => {
  // Elementor/Wix-like: every paragraph its own widget (no block holds a quarter of the page's text), the text
  // and a column of cards in one <main>, the cards unlinked and in the column's own box
  const widget = (p: string) => `<div class="w"><div class="wc"><p><span>${p.slice(0, 20)}</span><span>${p.slice(20)}</span></p></div></div>`;
  const PARAS = [
    '当社サーバーが第三者による不正アクセスを受け、お客様の個人情報が流出したおそれがあることが判明いたしました。',
    '関係者の皆様に多大なるご迷惑とご心配をおかけすることとなり、深くお詫び申し上げます。',
    '調査の結果、会員情報1,234件が閲覧された可能性があります。引き続き調査を進めてまいります。',
    '外部専門家による調査結果によれば、VPN機器を経由して不正アクセスが行われたものと推定されています。',
    '再発防止に向け、全社員一丸となり情報セキュリティ体制の強化徹底を図り、信頼の回復に努めてまいります。',
  ];
  const card = (...lines: string[]) => `<div class="c">${lines.map((l) => `<div class="i">${l.replace('|', '<br>')}</div>`).join('')}</div>`;
  const builder = (strip: string) =>
    page('<title>t</title>', `<main><div class="m"><div class="w"><h1>不正アクセスに関するお知らせ</h1></div><div class="wrap">${PARAS.map(widget).join('')}</div></div><div class="s">${strip}</div></main>`);
  test.each([
    ['a news card, newest first, then an event card', card('<span>最新のお知らせ</span>', '2025.01.02|価格改定のお知らせ（定員51,640名）', '2024.12.02|サービス停止のお知らせ（導入実績96,330社突破）') + card('セミナー定員139名', '開催日 2025/01/19'), ['51,640名', '96,330社', '139名'], false],
    ['an event card alone, dated under its label', card('セミナー定員139名', '開催日：2025年1月19日'), ['139名'], false],
    // the release's own column stays: its timeline runs oldest first, a box of sentences is text
    ['a timeline column, oldest first', card('経緯', '2024年11月21日|不審な通信を検知', '2024年11月22日|サーバーを隔離') + card('対象', '会員情報'), ['不審な通信を検知'], true],
    ['a column of sentences', card('2024年11月25日に第1報を公表しました。') + card('2024年12月19日に第2報を公表しました。'), ['第2報'], true],
  ])('%s', (_label, strip, markers, kept) => {
    const { body } = extractHtml(builder(strip));
    // the whole release stays, every paragraph of it
    for (const p of PARAS) expect(body).toContain(p);
    for (const marker of markers) expect(body.includes(marker)).toBe(kept);
  });
});

describe('lines that number or count the page itself', () => {
  test.each([
    ['a table layout\'s page number', '<p align="right"><font size="2">ページ番号：4258</font></p>', '4258', false],
    ['a card footer\'s view count', '<div class="card-footer">閲覧数 8,765</div>', '8,765', false],
    ['a view count in English', '<div class="meta">5,678 views</div>', '5,678', false],
    ['a post id', '<p>記事ID: 1024</p>', '1024', false],
    // the page's share or like buttons with their tallies, a block of their own
    ['a like counter in spans', '<div style="font-size:12px"><span>いいね！</span> <span>1795</span></div>', '1795', false],
    ['share buttons as list items', '<ul><li>シェア 75</li><li>ポスト</li><li>はてブ 35</li></ul>', 'はてブ 35', false],
    ['a lead and two buttons', '<p>この記事をシェア：X 385 Facebook 996</p>', '996', false],
    ['a release line naming the service (negative)', '<p>LINE 公式アカウント 2件</p>', 'LINE 公式アカウント 2件', true],
    ['a share button alone, no tally (negative)', '<p>Facebook</p>', 'Facebook', true],
    // a release's own figures and numbered lines stay
    ['a count of records', '<p>対象件数：8,765件</p>', '8,765件', true],
    ['a ticket number in a sentence', '<p>受付番号：4258 のお客様には個別にご連絡いたします。</p>', '4258', true],
  ])('%s', (_label, line, marker, kept) => {
    const { body } = extractHtml(page('<title>t</title>', `<article><h1>不正アクセスに関するお知らせ</h1>${line}${RELEASE}</article>`));
    expect(body).toContain('1,234件');
    expect(body.includes(marker)).toBe(kept);
  });
});

describe('a list of the site\'s dated entries with no link, under a news list\'s heading inside the article', () => {
  const entries = '<ul><li><font size="2">令和7年5月18日　夏季休業のお知らせ（契約数91,667件突破）</font></li><li><font size="2">令和7年3月17日　ホームページをリニューアルしました（来場者16,866人）</font></li></ul>';
  test.each([
    ['a table layout\'s <font><b> label', `<hr><font size="2"><b>最近のお知らせ</b></font>${entries}`, false],
    ['an <h3> label', `<h3>新着情報</h3>${entries}`, false],
    // kept: the release's own timeline under its heading, dated rows that are sentences, and a list under no news heading
    ['a timeline under 経緯', '<h3>経緯</h3><ul><li>令和7年3月17日　不正アクセスを検知（16,866人分）</li><li>令和7年5月18日　調査完了（91,667件）</li></ul>', true],
    ['dated sentences under 最近のお知らせ', '<h3>最近のお知らせ</h3><ul><li>令和7年3月17日、16,866人の情報を確認しました。</li><li>令和7年5月18日、91,667件を確認しました。</li></ul>', true],
  ])('%s', (_, block, kept) => {
    const { body } = extractHtml(page('', `<table><tr><td><h1>不正アクセスに関するお知らせ</h1>${RELEASE}${block}</td></tr></table>`));
    expect(body).toContain('1,234件');
    expect(body.includes('16,866人')).toBe(kept);
  });
});

describe('a page dated only by a line with its weekday and no year, or by its trail', () => {
  test.each([
    ['a year-less date line, the year from the release\'s own dates', 'https://www.example.jp/news/q.html', '<div align="right"><time class="posted">4月17日（木）掲載</time></div>', '<p>2025年4月14日、不正アクセスを確認しました。</p>', '2025-04-17'],
    ['a year-less date line, the year from the address\'s path', 'https://www.example.jp/news/2026/q.html', '<div align="right"><time class="posted">4月23日（木）掲載</time></div>', '', '2026-04-23'],
    ['a trail whose last level is the day\'s notice', 'https://www.example.jp/news/q.html', '<div class="c-x1 crumbs"><a href="/">ホーム</a> ＞ <a href="/news/">新着情報</a> ＞ <span>2025年9月10日のお知らせ</span></div>', '', '2025-09-10'],
    ['a trail whose last level is the day\'s notice in the era\'s initial', 'https://www.example.jp/news/q.html', '<div class="c-x1 crumbs"><a href="/">ホーム</a> ＞ <a href="/news/">新着情報</a> ＞ <span>R7.9.10のお知らせ</span></div>', '', '2025-09-10'],
    ['a trail ending in a version\'s notice (negative: no day of an era)', 'https://www.example.jp/news/q.html', '<div class="c-x1 crumbs"><a href="/">ホーム</a> ＞ <a href="/news/">新着情報</a> ＞ <span>V7.9.10のお知らせ</span></div>', '', null],
    ['a two-digit year, the century from the copyright line', 'https://www.example.jp/news/q.html', '<div class="meta-date">25/06/11</div>', '<small>© 2025 株式会社サンプル</small>', '2025-06-11'],
    // negatives: the weekday fits no year written; a two-digit date with more on its line; a trail ending in a title that names an event's day
    ['a two-digit date with more on its line', 'https://www.example.jp/news/2026/q.html', '<div class="meta-date">25/06/11 更新分</div>', '', null],
    ['a weekday no written year fits', 'https://www.example.jp/news/2026/q.html', '<div align="right"><time class="posted">4月17日（木）掲載</time></div>', '', null],
    ['a trail ending in an event\'s day', 'https://www.example.jp/news/q.html', '<div class="crumbs"><a href="/">ホーム</a> ＞ <a href="/news/">新着情報</a> ＞ <span>2025年9月10日に発生した障害について</span></div>', '', null],
  ])('%s', (_, url, line, text, iso) => {
    const { date } = extractHtml(page(`<meta property="og:url" content="${url}">`, `<main>${line}<h1>不正アクセスに関するお知らせ</h1>${text}${RELEASE}</main>`));
    expect(date).toBe(iso);
  });

  test('a news list\'s <time> over the article is not the page\'s date', () => {
    const { date } = extractHtml(page('', `<section><h2>重要なお知らせ</h2><ul><li><time>2026年07月20日</time> 夏季休業のお知らせ</li><li><time>2026年07月05日</time> 新サービスのお知らせ</li></ul></section><main><h1>不正アクセスに関するお知らせ</h1><div><time class="posted" datetime="2026-05-21">令和8年5月21日</time></div><div class="entry-content">${RELEASE}</div></main>`));
    expect(date).toBe('2026-05-21');
  });
});

describe('a breadcrumb trail written as a line of text, whatever its class', () => {
  test.each([
    ['a trail to the title', '<div class="crumbs">ホーム &gt; ニュース &gt; 不正アクセスに関するお知らせ</div>', 'ホーム', false],
    ['a trail of links with full-width marks', '<p><a href="/">トップページ</a> ＞ <a href="/city/">市政情報</a> ＞ お知らせ</p>', 'トップページ', false],
    ['a trail set apart by spaces', '<div><a href="/">ホーム</a> <a href="/news/">ニュースリリース</a> 不正アクセスに関するお知らせ</div>', 'ホーム', false],
    // negatives: a release line that starts with the word, a sentence
    ['a sentence about the home page (negative)', '<p>ホーム &gt; 設定の順に開き、パスワードを変更してください。</p>', '設定の順に開き', true],
    ['a line naming the home page (negative)', '<p>ホームページの閲覧を一時停止しております</p>', 'ホームページの閲覧', true],
    ['a trail as a list of links, no separators', '<ul class="k5"><li><a href="/">ホーム</a></li><li><a href="/news/">ニュース</a></li><li>不正アクセスに関するお知らせ</li></ul>', 'ホーム', false],
    ['a list of steps from the home page, sentences (negative)', '<ol><li>ホーム</li><li>設定を開きます。</li><li>パスワードを変更します。</li></ol>', '設定を開きます', true],
    // the last level, the page's title, may close with a full stop
    ['a trail of links to a title ending in 。', '<nav class="n4"><a href="/">ホーム</a> &gt; <a href="/news/">お知らせ</a> &gt; <span>不審メールにご留意ください。</span></nav>', 'ホーム', false],
    ['an instruction of levels ending in 。, no links (negative)', '<p>ホーム &gt; 設定 &gt; パスワード変更の順に開き、変更してください。</p>', 'パスワード変更の順', true],
    ['a trail whose stop is not at its end (negative)', '<p><a href="/">ホーム</a> &gt; <a href="/a">設定</a>を開いてください。次に &gt; 変更を押します</p>', '開いてください', true],
  ])('%s', (_label, line, marker, kept) => {
    const { body, title } = extractHtml(page('<title>不正アクセスに関するお知らせ</title>', `<main>${line}<h1>不正アクセスに関するお知らせ</h1><p class="date">2026年1月23日</p>${RELEASE}</main>`));
    expect(title).toBe('不正アクセスに関するお知らせ');
    expect(body).toContain('1,234件');
    expect(body.includes(marker)).toBe(kept);
  });
});

describe("the site's boxes about itself, headed so, under the release's text", () => {
  const faq = (heading: string, items: string) => `<div class="acc"><h2>${heading}</h2>${items}</div>`;
  const QA = '<h3><button>駐車場はありますか</button></h3><div>319台分の駐車場がございます。</div>';
  test.each([
    ['a CMS\'s FAQ accordion beside the text box', `<div class="body">${RELEASE}</div>${faq('よくある質問', QA)}`, '319台', false],
    ['a table layout\'s FAQ box in the body\'s cell', `${RELEASE}<table bgcolor="#f0f8f0"><tr><td><font size="2"><b>よくあるご質問</b><br>・粗大ごみの出し方について<br>・休日当番医について（97件）</font></td></tr></table>`, '97件', false],
    ['an access box', `<div class="body">${RELEASE}</div><div><h3>アクセス</h3><p>駐車場 120台（30分無料）</p></div>`, '120台', false],
    // the release's own FAQ names its subject, or stands in the release's flow under its heading
    ['the release\'s FAQ named for it', `<div class="body">${RELEASE}</div>${faq('本件に関するよくあるご質問', '<h3>Q. 対象は何件ですか</h3><p>A. 319台の端末です。</p>')}`, '319台', true],
    ['an FAQ heading in the release\'s own text', `<div class="body">${RELEASE}<h2>よくある質問</h2><p>Q. 対象の端末は何台ですか。</p><p>A. 319台です。</p>${RELEASE}</div>`, '319台', true],
  ])('%s', (_label, inner, marker, kept) => {
    const { body } = extractHtml(page('<title>t</title>', `<main><h1>不正アクセスに関するお知らせ</h1>${inner}</main>`));
    expect(body).toContain('1,234件');
    expect(body.includes(marker)).toBe(kept);
  });

  test.each([
    // news cards dated in the era's initial (R6.12.29) under a news list's heading
    ['era-initial dates newest first', ['R6.12.29', 'R6.12.27', 'R6.12.8'], false],
    ['Heisei initials', ['H31.4.20', 'H31.4.1', 'H31.3.9'], false],
  ])('a 新着情報 box of cards %s', (_label, dates, kept) => {
    const cards = dates.map((d, i) => `<div class="card"><small>${d}</small><p>価格改定のお知らせ（契約数${9830 + i}件突破）</p></div>`).join('');
    const { body } = extractHtml(page('<title>t</title>', `<main><h1>不正アクセスに関するお知らせ</h1><div class="body">${RELEASE}</div><section><h2>新着情報</h2><div>${cards}</div></section></main>`));
    expect(body).toContain('1,234件');
    expect(body.includes('9830件')).toBe(kept);
  });
});

describe("a blog theme's box about the entry's writer, after the release's text", () => {
  test.each([
    // pages-w wpswell: 「この記事を書いた人」 and the writer's tally beside the name
    ['a theme\'s author box', `<div class="body">${RELEASE}</div><div class="ab"><div><span>広報担当</span></div><div><p>この記事を書いた人　投稿記事数 961件</p></div></div>`, '961件', false],
    ['a labelled writer\'s profile', `<div class="body">${RELEASE}</div><section><h3>執筆者プロフィール</h3><p>総務部 山田（記事数 82件）</p></section>`, '82件', false],
    ['an English label', `<div class="body">${RELEASE}</div><div><p>Written by 広報チーム</p><p>投稿 412件</p></div>`, '412件', false],
    // negative: the text's own line, a byline that dates the entry, a label in the middle of a sentence
    ['a line of the release\'s own text', `<div class="body">${RELEASE}<p>執筆者プロフィール　対象 53件</p></div>`, '53件', true],
    ['a byline with the entry\'s date', `<div class="body">${RELEASE}</div><div><p>この記事を書いた人　2025年11月10日　投稿 74件</p></div>`, '74件', true],
    ['the words inside a sentence', `<div class="body">${RELEASE}</div><div><p>この記事の著者紹介は別ページにあります（全 66件）。</p></div>`, '66件', true],
  ])('%s', (_label, inner, marker, kept) => {
    const { body } = extractHtml(page('<title>t</title>', `<article><h1>不正アクセスに関するお知らせ</h1>${inner}</article>`));
    expect(body).toContain('1,234件');
    expect(body.includes(marker)).toBe(kept);
  });
});

describe('a shop\'s ranked list of priced items, whatever its heading or classes', () => {
  const item = (n: number, tag = 'div') => `<${tag} class="k${n}"><span>${n}位</span><span>有機ほうじ茶</span><span>¥1,${n}02（税込）</span><span>レビュー42${n}件</span></${tag}>`;
  const items = (tag = 'div', n = 5) => Array.from({ length: n }, (_, i) => item(i + 1, tag)).join('');
  test.each([
    ['cards of rank, price and reviews under 人気ランキング', `<h2>人気ランキング</h2><div class="x">${items()}</div>`, false],
    ['a list under a renamed heading', `<h2>よく見られている商品</h2><ul>${items('li')}</ul>`, false],
    // kept
    ['two items only', `<div class="x">${items('div', 2)}</div>`, true],
    ['ranked items without a price', `<div class="x">${items().replace(/¥1,[0-9]02（税込）/g, '')}</div>`, true],
    ['priced rows of a table (a release\'s product list)', `<table>${items('tr').replace(/<span>/g, '<td>').replace(/<\/span>/g, '</td>')}</table>`, true],
    ['ranked priced items that are sentences', `<div class="x">${items().replace(/<\/div>/g, '。</div>')}</div>`, true],
  ])('%s', (_, box, kept) => {
    const { body } = extractHtml(page('<title>t</title>', `<main><h1>不正アクセスに関するお知らせ</h1>${RELEASE}<p>以上</p>${box}</main>`));
    expect(body).toContain('1,234件');
    expect(body.includes('レビュー421件')).toBe(kept);
  });
});

describe('chrome a renamed or div-only page still shows by its shape (robust:html mutants)', () => {
  const PARAS = [
    '当社サーバーが第三者による不正アクセスを受け、お客様の個人情報が流出したおそれがあることが判明いたしました。',
    '関係者の皆様に多大なるご迷惑とご心配をおかけすることとなり、深くお詫び申し上げます。',
    '調査の結果、会員情報1,234件が閲覧された可能性があります。引き続き調査を進めてまいります。',
    '外部専門家による調査結果によれば、VPN機器を経由して不正アクセスが行われたものと推定されています。',
  ];
  const letters = (t: string) => t.split('').map((c) => `<span class="k1">${c}</span>`).join('');
  // STUDIO-like: every paragraph its own box, the side column among them inside the page's one container
  const studio = (side: string) =>
    page('<title>t</title>', `<div class="k0"><div class="k2"><div class="k3"><h1>${letters('不正アクセスに関するお知らせ')}</h1></div></div>${PARAS.map((p) => `<div class="k2"><div class="k3"><p>${p}</p></div></div>`).join('')}<div class="k2"><div class="k3"><h3>${letters('２、 今後の対応')}</h3></div></div><div class="k2"><div class="k3"><p>${PARAS[3]}</p></div></div><div class="k9">${side}</div></div>`);
  const news = (heading: string) => `<div class="k2"><div class="k3"><p>${heading}</p><p><span>2024.12.29</span><br><span>ご契約数3,864件達成のお知らせ</span></p><p><span>2024.12.10</span><br><span>会員数が97,780人を突破しました</span></p><p><span>2025.02.02</span><br><span>ホームページをリニューアルしました</span></p></div></div>`;
  const figures = '<div class="k2"><div class="k3"><p><span>人口</span> <span>130,318人</span><br><span>世帯数</span> <span>273,630世帯</span></p></div></div>';
  test.each([
    ['a NEWS heading set letter by letter', news(letters('NEWS')) + figures, false],
    ['a plain NEWS heading', news('NEWS') + figures, false],
    // kept: a column of the release's own, oldest first, no news heading
    ['a timeline card, oldest first', '<div class="k2"><div class="k3"><p>経緯</p><p>2024年11月21日 不審な通信を検知</p><p>2024年11月22日 サーバーを隔離</p><p>2024年11月30日 人口130,318人の市民へ通知</p></div></div>', true],
  ])('a side column beside a builder\'s paragraphs: %s', (_label, side, kept) => {
    const { body } = extractHtml(studio(side));
    for (const p of PARAS) expect(body).toContain(p);
    // a heading spelt by letter spans is a heading, no counter widget
    expect(body).toContain('今後の対応');
    expect(body.includes('130,318人')).toBe(kept);
    expect(body).not.toContain('3,864件');
  });

  const RELEASE_TEXT = PARAS.map((p) => `<p>${p}</p>`).join('');
  test.each([
    ['a status box with no news heading, dates in no order', '<div><h2>障害情報</h2><ul><li>2025/01/04 03:21<br>API応答の遅延（監視中）</li><li>2025/01/24 13:39<br>通知メールの送信遅延（調査中）</li><li>2024/12/09 16:44<br>ログインしづらい事象（復旧済み）</li></ul><p>ご利用ユーザー数 6,210人</p></div>', false],
    // kept: a release's timeline set beside its text runs oldest first
    ['a timeline, oldest first', '<div><h2>経緯</h2><ul><li>2024/12/09 16:44<br>不審な通信を検知</li><li>2025/01/04 03:21<br>サーバーを隔離</li><li>2025/01/24 13:39<br>利用者6,210人へ通知</li></ul></div>', true],
    ['oldest first, two on one day', '<div><h2>経緯</h2><ul><li>2025/01/04 03:21<br>不審な通信を検知</li><li>2025/01/04 09:00<br>サーバーを隔離</li><li>2025/01/24 13:39<br>対象者6,210人へ通知</li></ul></div>', true],
  ])('a box after the text, no <aside>: %s', (_label, box, kept) => {
    const { body } = extractHtml(studio(box));
    expect(body).toContain('1,234件');
    expect(body.includes('6,210人')).toBe(kept);
  });

  test.each([
    ['a dated notice band', '<div class="k5">休診のお知らせ：12月30日（月）は院内研修のため休診いたします</div>', '休診', false],
    // kept: the page's date line, an undated line, a sentence
    ['the date line', '<div class="k5">2024年12月25日</div>', '2024年12月25日', true],
    ['an undated line', '<div class="k5">お客様各位</div>', 'お客様各位', true],
    ['a sentence with a day', '<div class="k5">12月30日に第2報を公表しました。</div>', '第2報', true],
  ])('before the text box holding the <h1>: %s', (_label, band, marker, kept) => {
    const { body, date } = extractHtml(page('<title>t</title>', `<div class="k0">${band}<div class="k6"><div class="k7"><h1>不正アクセスに関するお知らせ</h1>${RELEASE_TEXT}</div></div></div>`));
    expect(body).toContain('1,234件');
    expect(body.includes(marker) || date === '2024-12-25').toBe(kept);
  });

  test.each([
    ['linked by rel', '<div class="k8"><div><a href="/p" rel="prev">お客様アンケート結果（回答5,290件）</a></div><div><a href="/n" rel="next">新サービスの提供開始（対応拠点14か所）</a></div></div>', false],
    ['two arrowed links', '<div class="k8"><div><a href="/p">← お客様アンケート結果（回答5,290件）</a></div><div><a href="/n">新サービスの提供開始 →</a></div></div>', false],
    ['a row between « and »', '<div class="k8">&laquo; <a href="/p">お客様アンケート結果（回答5,290件）</a> | <a href="/">メインページ</a> | <a href="/a">アーカイブ</a> | <a href="/n">新サービスの提供開始</a> &raquo;</div>', false],
    // kept: one arrowed link (a 「詳細はこちら →」), links in a sentence
    ['one arrowed link', '<p><a href="/d">回答5,290件の詳細はこちら →</a></p>', true],
    ['a sentence linking on', '<p>前回のお知らせ <a href="/p">お客様アンケート結果（回答5,290件）</a> もご覧ください。</p>', true],
  ])('a post\'s links to its neighbours: %s', (_label, box, kept) => {
    const { body } = extractHtml(page('<title>t</title>', `<div class="k0"><div class="k6"><h1>不正アクセスに関するお知らせ</h1>${RELEASE_TEXT}</div>${box}</div>`));
    expect(body).toContain('1,234件');
    expect(body.includes('5,290件')).toBe(kept);
  });
});
