import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/format/pageTree.js';
import { copyrightHolderOf, isBareKind, isJointIssuers, isLinkRow, isSectionLabel, looksLikeName, nameBeforeLinks, readPageMeta, titleSiteName } from '../../src/format/pageMeta.js';
import { readHead } from '../../src/format/pageHead.js';
import { parse } from '../../src/parse.js';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const RELEASE =
  '<p>当社サーバーが第三者による不正アクセスを受け、お客様の個人情報が流出したおそれがあることが判明いたしました。関係者の皆様に深くお詫び申し上げます。</p>';

describe('readPageMeta: who publishes the page', () => {
  test.each([
    ['JSON-LD publisher', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"株式会社サンプル"}}</script>', '', '株式会社サンプル'],
    ['JSON-LD @graph WebSite name', '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"サンプル市"}]}</script>', '', 'サンプル市'],
    ['og:site_name', '<meta property="og:site_name" content="サンプル大学">', '', 'サンプル大学'],
    // Dublin Core's publisher, the page's only place naming it (pages-z remix: the logos say 「ロゴ」「フッターロゴ」)
    ['Dublin Core\'s DC.publisher', '<meta name="DC.publisher" content="サンプルエンジニアリング株式会社">', '<a href="/"><img src="/logo.svg" alt="ロゴ"></a><footer><img src="/f.svg" alt="フッターロゴ"><p>Copyright © All Rights Reserved.</p></footer>', 'サンプルエンジニアリング株式会社'],
    ['DCTERMS.publisher without a legal form', '<meta name="DCTERMS.publisher" content="サンプルクラブ Green Field">', '', 'サンプルクラブ Green Field'],
    ['a DC.publisher naming a section (negative)', '<meta name="DC.publisher" content="ニュースリリース">', '', null],
    ['DC.creator is no publisher (negative)', '<meta name="DC.creator" content="サンプルエンジニアリング株式会社">', '', null],
    ['og:site_name with 公式サイト', '<meta property="og:site_name" content="株式会社サンプル 公式サイト">', '', '株式会社サンプル'],
    ['the copyright line', '', '<div>Copyright(C) 2003-2026 サンプル株式会社. All Rights Reserved.</div>', 'サンプル株式会社'],
    ['© and a year', '', '<small>© 2026 医療法人サンプル会</small>', '医療法人サンプル会'],
    ['the logo in the home link', '', '<a href="/"><img src="/logo.png" alt="一般社団法人サンプル協会"></a>', '一般社団法人サンプル協会'],
    ['the site part of <title>', '<title>不正アクセスに関するお知らせ｜サンプル県</title>', '', 'サンプル県'],
    ['the site part of <title> after a full-width slash', '<title>不正アクセスに関するお知らせ／サンプル株式会社</title>', '', 'サンプル株式会社'],
    ['a blog name with ニュースリリース', '<title>お知らせ - サンプル株式会社 ニュースリリース</title>', '', 'サンプル株式会社'],
    // not names
    ['og:site_name without a legal form, when nothing else names the publisher', '<meta property="og:site_name" content="サンプルクラブ Green Field">', '', 'サンプルクラブ Green Field'],
    ['a copyright holder with a legal form over a brand-like og:site_name', '<meta property="og:site_name" content="SAMPLE STORE">', '<small>© 2026 株式会社サンプル</small>', '株式会社サンプル'],
    // A logo set as text: the home link's or the logo box's own words, when they read as a name.
    ['a logo set as text in the home link', '', '<header><a href="/" class="site-title">株式会社サンプル雑貨</a><nav><a href="/about">会社案内</a></nav></header><footer>© 2025 Sample Zakka Co., Ltd.</footer>', '株式会社サンプル雑貨'],
    ['a logo box\'s text link', '', '<div id="logo"><a href="/top/">サンプル市</a></div>', 'サンプル市'],
    ['a logo image before a text home link', '', '<a href="/"><img src="/logo.png" alt="株式会社サンプル"></a><a href="/">株式会社見本</a>', '株式会社サンプル'],
    ['a home link saying ホーム', '', '<nav><a href="/">ホーム</a><a href="/about">会社案内</a></nav>', null],
    ['a brand set as text in the home link', '', '<a href="/">SAMPLE ZAKKA</a>', null],
    ['a logo alt that names no organization', '', '<a href="/"><img src="/logo.png" alt="ホーム"></a>', null],
    // The site root's index page by any server's name for it is the home: an ASP.NET site's logo links 「/Default.aspx」.
    ['an SVG logo in a link to /Default.aspx', '', '<nav><a class="navbar-brand" href="/Default.aspx"><svg role="img"><title>株式会社サンプル新聞社</title></svg><img src="/Images/logo.png" alt="ロゴ"></a></nav>', '株式会社サンプル新聞社'],
    ['a logo in a link to ./index.php', '', '<a href="./index.php"><img src="/img/top.png" alt="サンプル工業株式会社"></a>', 'サンプル工業株式会社'],
    ['an SVG in a link to a page that is no index (negative)', '', '<p><a href="/Default2.aspx"><svg role="img"><title>株式会社サンプル新聞社</title></svg></a></p>', null],
    ['the copyright line among a footer\'s <br> lines', '', '<font>最終更新日 2025.06.19<br>〒980-0000 サンプル県サンプル市青葉区旭町8丁目13番15号　TEL 000-000-0000　FAX 000-000-0000<br>Copyright(C) 1993-2025 サンプル株式会社 All rights reserved.</font>', 'サンプル株式会社'],
    ['a name written short, on the logo and the copyright line alike', '', '<a href="index.html"><img src="img/logo.gif" alt="サンプル生命保険株式会"></a><p>本文</p><font>Copyright(C) 1993-2025 サンプル生命保険株式会 All rights reserved.</font>', 'サンプル生命保険株式会'],
    // The one place that names the site, named by nothing else: its name as the site writes it.
    ['a name written short, on the logo alone', '', '<a href="index.html"><img src="img/logo.gif" alt="サンプル生命保険株式会"></a>', 'サンプル生命保険株式会'],
    ['a name written short, the copyright line naming another', '', '<a href="index.html"><img src="img/logo.gif" alt="サンプル生命"></a><font>Copyright(C) 2025 SAMPLE LIFE All rights reserved.</font>', null],
    // A joint release's site names every issuer: the list is longer than one name may be.
    ['a joint release\'s og:site_name listing four issuers', '<meta property="og:site_name" content="サンプル生命保険相互会社、見本生命保険株式会社、ニッセイ・サンプル生命保険株式会社、はなさく見本生命保険株式会社">', '', 'サンプル生命保険相互会社、見本生命保険株式会社、ニッセイ・サンプル生命保険株式会社、はなさく見本生命保険株式会社'],
    ['a long og:site_name that is no list of names', '<meta property="og:site_name" content="サンプル生命保険相互会社の公式ウェブサイトへようこそ、こちらは見本生命保険株式会社と共同で運営しています">', '', null],
    ['a title with no site part', '<title>不正アクセスに関するお知らせ</title>', '', null],
    // A body and its unit in brackets: both names, as one.
    ['a city and its hospital in brackets in the <title>', '<title>サイバー攻撃の疑いについて（第2報） | サンプル県サンプル市（市立サンプル病院）</title>', '', 'サンプル県サンプル市（市立サンプル病院）'],
    ['a name and a report number in brackets in the <title>', '<title>システム障害について | サンプル市（第2報）</title>', '', null],
    ['a bracketed unit after words that name no one', '<title>システム障害について | 新着情報（市立サンプル病院）</title>', '', null],
    // The copyright line and the <title>'s site part naming the same site: its name, without a legal form.
    ['the copyright holder the <title> names too', '<title>アクセス障害に関しまして | 寺崎サンプル外科</title>', '<div>Copyright © 2013-2025 寺崎サンプル外科 All Rights Reserved.</div>', '寺崎サンプル外科'],
    ['a copyright holder the <title> does not name', '<title>アクセス障害に関しまして | サンプル外科</title>', '<div>Copyright © 2013-2025 寺崎サンプル外科 All Rights Reserved.</div>', null],
    ['a copyright holder only the <title>\'s own part names', '<title>寺崎サンプル外科</title>', '<div>Copyright © 2025 寺崎サンプル外科</div>', '寺崎サンプル外科'],
    ['a copyright holder the logo does not name', '', '<a href="/"><img class="logo" src="l.gif" alt="サンプル外科"></a><div>Copyright © 2025 寺崎サンプル外科</div>', null],
    ['a section label as copyright holder and title part', '<title>アクセス障害に関しまして | 新着情報</title>', '<div>Copyright © 2025 新着情報</div>', null],
    ['broken JSON-LD', '<script type="application/ld+json">{"publisher": </script>', '', null],
    // The page's first image, in no link, named as a name: an old layout's header band opens with its logo.
    ['the first image of a header band, in no link', '', '<table><tr><td><img src="data:," alt="株式会社サンプル"><font>文字サイズ <a href="#">小</a></font></td></tr></table>', '株式会社サンプル'],
    ['the first image, in a link to elsewhere (a banner)', '', '<a href="https://www.example.go.jp/guide/"><img src="banner.png" alt="サンプル委員会"></a>', null],
    ['the first image, its alt no name', '', '<img src="top.jpg" alt="本社ビルの外観"><img src="x.png" alt="株式会社サンプル">', null],
    // The name an <address> block opens with, on its own line.
    ['an <address> opening with the name', '', '<footer><address>公益財団法人サンプル財団<br>〒100-0000 東京都千代田区1丁目2番3号<br>TEL 03-0000-0000</address><p>© 2026 All Rights Reserved.</p></footer>', '公益財団法人サンプル財団'],
    ['an <address> opening with a prefecture', '', '<address>サンプル県<br>〒100-0000 サンプル県サンプル市1丁目</address>', 'サンプル県'],
    ['an <address> opening with the postcode', '', '<address>〒100-0000 東京都千代田区1丁目2番3号<br>TEL 03-0000-0000</address>', null],
    ['an <address> opening with a sentence', '', '<address>お問い合わせは株式会社サンプルまで<br>TEL 03-0000-0000</address>', null],
    // A footer's one line that opens with the name, the address after it, the copyright naming no holder.
    ['a footer line opening with the name before its postcode', '', '<footer class="ftr">サンプル県見本市　〒750-7328 新潟県新潟市中央区万代一丁目2-28　TEL 047-7476-8406　© 2025 All Rights Reserved.</footer>', 'サンプル県見本市'],
    ['a footer line opening with the name before its telephone number', '', '<footer>株式会社サンプル TEL 03-0000-0000</footer>', '株式会社サンプル'],
    ['an <address> line opening with an office before its postcode (negative)', '', '<address>さくら川市役所　〒000-0000　○○県さくら川市中央1丁目1番1号</address>', null],
    ['a footer line opening with a label before the postcode (negative)', '', '<footer>所在地 〒750-7328 新潟県新潟市中央区万代一丁目2-28</footer>', null],
    ['a footer opening with a name alone on its line is left to the <address> rule (negative)', '', '<footer>株式会社サンプル<br>本日のお知らせ</footer>', null],
    // A blog engine's <title>: the entry's title, a colon and a space, the site's name.
    ['the site part of a Movable Type <title>', '<title>【2026年3月6日】不正アクセスに関するご報告（第３報）: 医療法人社団サンプル会 サンプル病院</title>', '', '医療法人社団サンプル会 サンプル病院'],
    ['a colon without a space inside the title', '<title>お客様へ:不正アクセスに関するご報告</title>', '', null],
    // Several places naming different ones: the one the page's own title speaks of.
    ['the <title>\'s site part the headline names, over a logo naming a department', '<title>見本豊岡病院へのサイバー攻撃について: 医療法人社団白見本会 見本豊岡病院</title><meta property="og:title" content="見本豊岡病院へのサイバー攻撃について">', '<a href="/"><img class="logo" src="l.gif" alt="経営情報科"></a>', '医療法人社団白見本会 見本豊岡病院'],
    ['the <title>\'s own part holding a legal form is no name the headline speaks of', '<title>株式会社見本グループにおけるランサムウェア被害について | 見本損害保険株式会社</title><meta property="og:title" content="株式会社見本グループにおけるランサムウェア被害について">', '', '見本損害保険株式会社'],
    // The header's logo by its place, whatever its classes: the page's first image beside the menu's labels.
    ['the first image beside the menu, no logo class', '', '<div><div><img alt="見本フットサルクラブ Green Field" src="x.gif"></div><div><span>HOME</span> <span>ABOUT</span> <span>SERVICE</span> <span>NEWS</span> <span>CONTACT</span></div></div><div>© 2012-2025 Official Site All Rights Reserved.</div>', '見本フットサルクラブ Green Field'],
    ['the first image beside no menu (negative)', '', '<div><div><img alt="見本フットサルクラブ Green Field" src="x.gif"></div><div><span>見本の森へようこそ</span></div></div>', null],
    ['the first image beside the menu, its alt a sentence\'s words (negative)', '', '<div><img alt="春のキャンペーン実施中！" src="x.gif"><span>ホーム</span> <span>ニュース</span> <span>採用情報</span></div>', null],
    ['the first image beside the menu, in a link to elsewhere (negative)', '', '<div><a href="https://example.jp/fair/"><img alt="見本フェア 2025" src="x.gif"></a><span>ホーム</span> <span>ニュース</span> <span>採用情報</span></div>', null],
    // A logo in a link that goes nowhere (<a> without href) is the logo's own, not a banner.
    ['the first image in a link without href', '', '<nav><a><img alt="見本伸銅工業株式会社" src="x.gif"></a> <span>受診案内</span> <span>採用情報</span></nav>', '見本伸銅工業株式会社'],
    // What the link does is no name: 「トップページへ戻る」 as the home link's logo alt.
    ['a logo alt saying where the link goes (negative)', '', '<div><a href="/"><img src="/img/logo.png" alt="トップページへ戻る"></a></div>', null],
    // The <title>'s site part alone, ending as a body's name loosely, when no other place names anyone.
    ['the <title>\'s site part ending in 保険会社', '<title>当社委託先に対する不正アクセスについて | 見本保険会社</title>', '<div>Copyright © 2025 All Rights Reserved.</div>', '見本保険会社'],
    ['the <title>\'s site part ending in 事業団', '<title>不正アクセス防止のための注意とお願い | 日本見本学校振興・共済事業団</title>', '', '日本見本学校振興・共済事業団'],
    ['the <title>\'s site part a blog\'s name (negative)', '<title>不正アクセスについて | 見本スタッフブログ</title>', '', null],
    ['the <title>\'s site part with the copyright line naming another (negative)', '<title>不正アクセスについて | 見本保険会社</title>', '<div>Copyright © 2025 SAMPLE LIFE All Rights Reserved.</div>', null],
    // The block holding the copyright line is the footer, whatever its tag: the name before its address opens it.
    ['a <div> footer opening with the name before its postcode, its copyright line in it', '', '<div>見本県見本市　〒750-7328 新潟県新潟市中央区万代一丁目2-28　TEL 047-7476-8406　© 2025 All Rights Reserved.</div>', '見本県見本市'],
    ['a <div> opening with the name before its postcode, no copyright line (negative)', '', '<div>見本県見本市　〒750-7328 新潟県新潟市中央区万代一丁目2-28　TEL 047-7476-8406</div>', null],
    // The page's author as its <meta> names it: a body's name, last of the places (a person or a role names no one).
    ['<meta name=author> naming a company, the only place', '<meta name="author" content="株式会社サンプル保険">', '<header><a href="/"><img src="logo.svg" alt="ロゴ"></a></header><footer>Copyright © All Rights Reserved.</footer>', '株式会社サンプル保険'],
    ['<meta name=author> naming a person (negative)', '<meta name="author" content="山田 太郎">', '', null],
    ['<meta name=author> naming a role (negative)', '<meta name="author" content="広報担当">', '', null],
    ['<meta name=author> naming a web agency, the copyright line naming the site (negative)', '<meta name="author" content="株式会社見本デザイン">', '<footer>© 2026 サンプル株式会社</footer>', 'サンプル株式会社'],
    // The site's name set as the header's <h1>, all of it the home link: the name without a legal form, when nothing else names it.
    ['the header <h1> home link, no legal form', '', '<div id="banner"><h1 class="site-logo"><a href="/" accesskey="1">サンプル松愛会　中部支部</a></h1><h2>ニュースリリース</h2></div><div id="footer">Copyright &#169; All Rights Reserved.</div>', 'サンプル松愛会 中部支部'],
    ['the header <h1> home link, a copyright line naming another (negative)', '', '<h1><a href="/">サンプル松愛会</a></h1><div>© 2026 見本株式会社</div>', '見本株式会社'],
    ['an <h1> linking elsewhere (negative)', '', '<h1><a href="/news/123.html">サーバー攻撃に関するお知らせ</a></h1>', null],
    ['an <h1> holding more than the home link (negative)', '', '<h1><a href="/">サンプル松愛会</a> からのお知らせ</h1>', null],
    // The company block around the copyright line, whatever holds it: a name alone over its 〒 / TEL line.
    ['a table layout\'s last cell: name, address, copyright', '', '<table><tr><td><font size="1"><font color="#ffffff">株式会社サンプル<br>〒423-2084 東京都千代田区内神田二丁目3-17　TEL 016-9871-4950<br>Copyright &#169; All Rights Reserved.</font></font></td></tr></table>', '株式会社サンプル'],
    ['a <div> footer: name in a <p> over its address', '', '<div class="f"><p>サンプル県見本町</p><p>〒100-0000 サンプル県見本町1-2</p><p>Copyright © All Rights Reserved.</p></div>', 'サンプル県見本町'],
    ['the copyright block\'s name not over an address (negative)', '', '<td>株式会社サンプル<br>お問い合わせ<br>Copyright © All Rights Reserved.</td>', null],
    // A name opening the address's own line is read by the footer's opening name (as 見本県見本市 above), not as the
    // block's name over its address; a body that names its city still wins (golden html-municipal-eucjp).
    ['the copyright block\'s office opening its address line: the footer\'s opening name', '', '<div>さくら川市役所　〒000-0000　○○県さくら川市中央1丁目1番1号<br>Copyright © All Rights Reserved.</div>', 'さくら川市役所'],
    ['the copyright block opening with the address (negative)', '', '<td>〒186-5432 広島県広島市中区紙屋町一丁目26-4　TEL 081-846-3708<br>Copyright © All Rights Reserved.</td>', null],
    // The share image's alt text (og:image:alt), where it names a body: the site's logo shared with its pages.
    ['og:image:alt naming a company, the only place', '<meta property="og:image" content="/ogp.png"><meta property="og:image:alt" content="サンプルホールディングス株式会社">', '<header><a href="/"><img src="logo.png" alt="ロゴ"></a></header><footer>Copyright © All Rights Reserved.</footer>', 'サンプルホールディングス株式会社'],
    ['og:image:alt describing a scene (negative)', '<meta property="og:image:alt" content="説明会の様子">', '<footer>Copyright © All Rights Reserved.</footer>', null],
    ['og:image:alt after the copyright line\'s holder (negative)', '<meta property="og:image:alt" content="見本株式会社">', '<footer>© 2026 サンプル株式会社</footer>', 'サンプル株式会社'],
    // A home link naming the site's joint issuers, the word for home after them (a side box's 「リンク」).
    ['a home link naming joint issuers', '', '<div class="side"><a href="/">サンプル生命保険相互会社、見本生命保険株式会社 トップ</a><br><a href="/blog/">weblog トップ</a></div>', 'サンプル生命保険相互会社、見本生命保険株式会社'],
    ['a home link of a name and a sentence (negative)', '', '<div class="side"><a href="/">サンプル生命保険相互会社、見本生命保険株式会社のご案内です。</a></div>', null],
    ['a logo the headline does not name keeps its place first', '<title>サイバー攻撃について: 医療法人社団白見本会 見本豊岡病院</title><meta property="og:title" content="サイバー攻撃について">', '<a href="/"><img class="logo" src="l.gif" alt="株式会社見本ホールディングス"></a>', '株式会社見本ホールディングス'],
  ])('%s', (_, head, body, name) => {
    expect(readPageMeta(readHead(parsePage(page(head, body)))).organization).toBe(name);
  });

  test.each([
    ['{"@type":"NewsArticle","datePublished":"2026-01-23T09:00:00+09:00","dateModified":"2026-01-30"}', '2026-01-23'],
    ['{"@graph":[{"@type":"WebPage","datePublished":"2025-12-01"}]}', '2025-12-01'],
    ['{"@type":"Organization","foundingDate":"1987-04-01"}', null],
  ])('JSON-LD %s → published %s', (json, iso) => {
    expect(readPageMeta(readHead(parsePage(page(`<script type="application/ld+json">${json}</script>`, '')))).published).toBe(iso);
  });
});

describe('the page metadata fills what the text does not state', () => {
  test('the organization comes from og:site_name when the text never signs', async () => {
    const html = page('<meta property="og:site_name" content="株式会社サンプル"><title>お知らせ</title>', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}</article>`);
    const incident = await parse(html, { path: 'page.html' });
    expect(incident.organization?.name).toBe('株式会社サンプル');
    expect(incident.organization?.evidence.text).toBe('株式会社サンプル');
  });

  test('a release signed with its name keeps the name its text gives', async () => {
    const html = page('<meta property="og:site_name" content="学校法人サンプル学園 サンプル短期大学">', `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}<p>サンプル短期大学　学長　山田 太郎</p></article>`);
    const incident = await parse(html, { path: 'page.html' });
    expect(incident.organization?.name).toBe('サンプル短期大学');
  });

  test('JSON-LD datePublished dates a page without a date line, and wins over dateModified', async () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-23","dateModified":"2026-01-30"}</script>';
    const incident = await parse(page(ld, `<article><h1>不正アクセスに関するお知らせ</h1>${RELEASE}</article>`), { path: 'page.html' });
    expect(incident.publishedAt).toBe('2026-01-23');
  });
});

test.each([
  ['Copyright(C) 1993-2025 サンプル株式会社 All rights reserved.', 'サンプル株式会社'],
  ['© 2026 サンプル市', 'サンプル市'],
  // A printed footer wrapped before "Reserved.": the holder is the name, not "… All Rights".
  ['© 2025 サンプル相互会社、見本株式会社 All Rights', 'サンプル相互会社、見本株式会社'],
  ['Copyright © 2026 サンプル株式会社 All', 'サンプル株式会社 All'],
  // A site builder's footer: 「by」 before the holder, the builder's credit after it.
  ['©2026 by 特定非営利活動法人サンプル会. Proudly created with Wix.com', '特定非営利活動法人サンプル会'],
  ['© 2026 by サンプル株式会社. Powered and secured by Wix', 'サンプル株式会社'],
  ['© 2026 Byサンプル株式会社', 'Byサンプル株式会社'],
  // A builder's credit of a few words after the holder (「Powered by page builder」「Powered by Movable Type」).
  ['© 株式会社サンプル Powered by page builder', '株式会社サンプル'],
  ['© サンプル株式会社（見本ホテル） Powered by page builder', 'サンプル株式会社（見本ホテル）'],
  ['Copyright © 2025 サンプル市 Powered by Movable Type', 'サンプル市'],
  // … or after 「All Rights Reserved.」, set apart by a bar, with a version number.
  ['Copyright © 株式会社サンプル All Rights Reserved. Powered by Movable Type', '株式会社サンプル'],
  ['Copyright © 2025 株式会社サンプル. All rights reserved. Powered by Movable Type 7', '株式会社サンプル'],
  ['Copyright © 2024 サンプル市 All Rights Reserved. | Powered by WordPress', 'サンプル市'],
  // A line naming no holder: the line's own words are none.
  ['© Copyright Powered by page builder', null],
  ['Copyright © All Rights Reserved. Powered by Movable Type', null],
  ['Copyright (C) All rights reserved.', null],
  ['サンプル株式会社', null],
])('copyrightHolderOf: %s', (line, holder) => {
  expect(copyrightHolderOf(line)).toBe(holder);
});

test.each([
  ['株式会社トキハ、株式会社トキハインダストリー', true],
  ['日本ゼオン株式会社・株式会社トウペ', true],
  ['株式会社サンプル・株式会社見本', true],
  ['東京都・千葉市', true],
  // a name that holds a ・ itself is one of the list
  ['サンプル生命保険相互会社、ニッセイ・サンプル生命保険株式会社', true],
  ['株式会社トキハ', false],
  ['ニッセイ・サンプル生命保険株式会社', false],
  ['株式会社トキハ、お客様各位', false],
  ['当社、株式会社トウペ（子会社）', false],
  ['氏名・住所、電話番号', false],
  // A name may hold a space between its words; a name and a head's title after it, or a sentence, is no list.
  ['サンプル グローバル株式会社、見本アセットマネジメント株式会社、FGI サンプル・パートナーズ株式会社', true],
  ['株式会社サンプル 代表取締役、株式会社見本 代表取締役', false],
  ['株式会社サンプルと 見本の 皆様 向けに株式会社、株式会社見本', false],
])('isJointIssuers: %s', (line, expected) => {
  expect(isJointIssuers(line)).toBe(expected);
});

describe('titleSiteName: the site a document title names after its own (a printed page\'s PDF Title)', () => {
  test.each([
    ['【2026年3月25日】【重要】当社メールアカウントへの不正アクセス発生のお知らせ | 株式会社 ティ・アイ・ディ', '株式会社 ティ・アイ・ディ'],
    ['不正アクセスに関するお知らせ｜サンプル県', 'サンプル県'],
    ['不正アクセスに関するお知らせ - 株式会社サンプル ニュースリリース', '株式会社サンプル'],
    // The site's name after a full-width slash when no other mark sets it off, cut at the first slash only.
    ['【2025年12月29日】弊社にて発生したセキュリティインシデントについて (第一報)／サンプルシステム株式会社', 'サンプルシステム株式会社'],
    ['不正アクセスに関するお知らせ／エヌ・サンプル／キャット株式会社', 'エヌ・サンプル／キャット株式会社'],
    // A blog's 「Entry: Blog」, the colon right after the entry's last word; not a colon with no space after (a time, a ratio).
    ['見本病院へのサイバー攻撃に関するご報告とお詫び（第３報）: 医療法人社団見本会 見本病院', '医療法人社団見本会 見本病院'],
    ['当社業務委託先への不正アクセスについて: 情報工学専攻 ニュース', null],
    ['不正アクセスについて（10:00更新）｜お知らせ', null],
    // A help site's name is its kind: it names no one.
    ['弊社サーバへのランサムウェア攻撃に関する調査結果と今後の対応について | ヘルプセンター', null],
    ['パスワード再設定のお願い – サポート', null],
    ['パスワード再設定のお願い | サンプル消費生活センター', 'サンプル消費生活センター'],
    // …not a slash inside the title's own part, nor one beside another mark.
    ['お詫び／ご報告', null],
    // A body with the house it runs in brackets, named with the body's own name; not a bracket without it.
    ['利用者の個人情報漏えいのおそれについて - 見本県見本市教育委員会（見本市芸術文化ホール）', '見本県見本市教育委員会（見本市芸術文化ホール）'],
    ['利用者の個人情報漏えいのおそれについて - 見本市教育委員会（文化ホール）', null],
    ['利用者の個人情報漏えいのおそれについて - 見本市教育委員会（第2報）', null],
    ['お詫び／ご報告 | お知らせ', null],
    // No part after the title's own names anyone: a section, a label, or nothing.
    ['不正メールへの注意喚起について | お知らせ', null],
    ['当社システムへの不正アクセスに関するお知らせ | 新着情報', null],
    ['情報セキュリティインシデント発生に関するお詫びとお知らせ', null],
    // The title's own part never stands for the site, even when it holds a legal form.
    ['株式会社サンプルへの不正アクセスについて | ニュース', null],
    // A help center's generic name reads like a body's (…センター) but names none (pages-v helpdesk); a named one does.
    ['弊社サーバへのランサムウェア攻撃に関する調査結果と今後の対応について | ヘルプセンター', null],
    ['弊社サーバへの不正アクセスについて | 見本市市民サポートセンター', '見本市市民サポートセンター'],
  ])('%s', (title, name) => {
    expect(titleSiteName(title)).toBe(name);
  });
});

describe('a section\'s label where a name would be names no one', () => {
  test.each([
    ['og:site_name 「NEWS」', '<meta property="og:site_name" content="NEWS">', null],
    ['og:site_name 「新着情報」', '<meta property="og:site_name" content="新着情報">', null],
    ['JSON-LD publisher 「ニュースリリース」', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"ニュースリリース"}}</script>', null],
    // A publisher without a legal form is still its name (negative).
    ['og:site_name without a legal form', '<meta property="og:site_name" content="吉田フットサルクラブ Green Field">', '吉田フットサルクラブ Green Field'],
  ])('%s', (_label, head, name) => {
    expect(readPageMeta(readHead(parsePage(page(head, RELEASE)))).organization).toBe(name);
  });

  // A section named by the body's kind (「学園ニュース」「病院からのお知らせ」 trimmed to 「学園」): no one's name — the
  // copyright line's holder names the publisher.
  test.each([
    ['og:site_name 「学園ニュース」', '<meta property="og:site_name" content="学園ニュース">', '<small>© 2026 サンプル江守株式会社</small>', 'サンプル江守株式会社'],
    ['og:site_name 「病院 お知らせ」', '<meta property="og:site_name" content="病院 お知らせ">', '<small>© 2026 医療法人サンプル会</small>', '医療法人サンプル会'],
    ['JSON-LD publisher 「大学病院」', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"大学病院"}}</script>', '', null],
    // negative: a name before the kind's word is a name
    ['og:site_name 「サンプル学園ニュース」', '<meta property="og:site_name" content="サンプル学園ニュース">', '<small>© 2026 サンプル江守株式会社</small>', 'サンプル学園'],
    ['og:site_name 「サンプル市」', '<meta property="og:site_name" content="サンプル市">', '', 'サンプル市'],
  ])('%s', (_label, head, body, name) => {
    expect(readPageMeta(readHead(parsePage(page(head, RELEASE + body)))).organization).toBe(name);
  });

  // The footer's labelled publisher line, and the joint issuers over the copyright line (pages-w rainier, sjisshop, jimdo).
  test.each([
    ['a 発行 line in the footer', '<main><article>RELEASE</article></main><footer><p>事務局　電話：034-0000-0000</p><p>Copyright &#169; All Rights Reserved.</p><p>発行：サンプル産業株式会社</p></footer>', 'サンプル産業株式会社'],
    ['a 運営会社 line beside a table layout\'s copyright line', '<table><tr><td>RELEASE</td></tr><tr><td><font><p>Copyright &#169; All Rights Reserved.</p><p>運営会社：株式会社サンプル商事</p></font></td></tr></table>', '株式会社サンプル商事'],
    ['joint issuers right over the copyright line', '<div>RELEASE</div><div><a href="/about/">概要</a> | <a href="/sitemap/">サイトマップ</a><p>株式会社サンプル、株式会社サンプルインダストリー</p><p>Copyright © All Rights Reserved.</p></div>', '株式会社サンプル、株式会社サンプルインダストリー'],
    // negative: a 発行 line in the release's own text, a desk alone, a 発行 line naming a date
    ['a 発行 line in the article', '<main><article>RELEASE<p>発行：株式会社サンプル証明</p></article></main><footer><p>Copyright &#169; All Rights Reserved.</p></footer>', null],
    ['a desk alone on the footer\'s contact line', '<main><article>RELEASE</article></main><footer><p>事務局　電話：034-0000-0000</p></footer>', null],
    ['a 発行 line giving a day', '<main><article>RELEASE</article></main><footer><p>発行：2025年12月3日</p></footer>', null],
  ])('%s', (_label, body, name) => {
    expect(readPageMeta(readHead(parsePage(page('<title>お知らせ</title>', body.replace('RELEASE', RELEASE))))).organization).toBe(name);
  });

  test.each<[string, boolean]>([
    ['学園', true],
    ['病院', true],
    ['大学病院', true],
    ['株式会社', true],
    ['本学園', true],
    // negative: a name holds more than its kind
    ['サンプル学園', false],
    ['東京都', false],
    ['株式会社サンプル', false],
    ['NEWS', false],
    // a desk named for its work alone: whose desk, no word says (pages-w rainier's footer 「事務局　電話：…」)
    ['事務局', true],
    ['お客様センター', true],
    ['学会事務局', true],
    // negative: a body's name before the desk, and a ministry named for its work (省 is a body's kind, no desk's office)
    ['サンプル学会事務局', false],
    ['東京都総務局', false],
    ['総務省', false],
  ])('isBareKind(%s) → %s', (text, bare) => {
    expect(isBareKind(text)).toBe(bare);
  });

  // A section's label where a printed page's site name would be (「病院からのお知らせ」 trimmed to 「病院から」).
  test.each<[string, boolean]>([
    ['病院から', true],
    ['学園より', true],
    ['学園', true],
    ['新着情報', true],
    // negative: a name, or a name with its particle
    ['サンプル病院から', false],
    ['サンプル学園', false],
    ['株式会社サンプル', false],
  ])('isSectionLabel(%s) → %s', (text, label) => {
    expect(isSectionLabel(text)).toBe(label);
  });
});

describe('looksLikeName: a body\'s name and its office after it, a space apart', () => {
  test.each<[string, boolean]>([
    ['熊本県 農業技術課', true],
    ['サンプル市 情報政策室', true],
    ['株式会社サンプル 広報部', true],
    // negative: the first word names no body, the second is no office, or more words follow
    ['くまもと 農業技術課', false],
    ['熊本県 お知らせ', false],
    ['熊本県 農業技術課 お問い合わせ', false],
    ['熊本県 農業技術課のお知らせ', false],
  ])('%s → %s', (text, name) => {
    expect(looksLikeName(text)).toBe(name);
  });

  test('a header\'s first image, named by its alt text with the office: the page\'s publisher', () => {
    const html = '<html><head><title>ホームページへの不正アクセスについて</title></head><body><div id="comp-header"><img src="data:," alt="サンプル県 農業技術課"></div><main><h1>ホームページへの不正アクセスについて</h1><p>県が運用しているホームページが外部からの攻撃を受けました。</p></main><footer>© Copyright</footer></body></html>';
    expect(readPageMeta(readHead(parsePage(html))).organization).toBe('サンプル県 農業技術課');
  });
});

describe('readPageMeta: a logo drawn as SVG, and the trail\'s home link, name the site', () => {
  const R = '<article><h1>不正アクセスに関するお知らせ</h1><p>当社サーバーが第三者による不正アクセスを受けました。</p></article>';
  test.each([
    // The SVG logo's <title> (or aria-label), beside an image whose alt only says 「ロゴ」.
    ['<header><svg role="img"><title>株式会社ソーゴー</title><circle r="18"/></svg><img src="logo.png" alt="ロゴ"></header>', '株式会社ソーゴー'],
    ['<header><a href="/"><svg aria-label="東京都青梅市" role="img"><path d="M0 0"/></svg></a></header>', '東京都青梅市'],
    // The breadcrumb trail's first level: the site's name and the word for home.
    ['<header><img src="logo.png" alt="ロゴ"></header><nav class="breadcrumb"><a href="/">株式会社ソーゴー トップ</a> ＞ <a href="/news/">ニュース</a></nav>', '株式会社ソーゴー'],
    ['<nav><ol><li><a href="/">東京都青梅市ホーム</a></li><li>お知らせ</li></ol></nav>', '東京都青梅市'],
    // Negatives: an icon's title that names no one, an SVG in a link to elsewhere, a home link that only says home,
    // and a logo image named by its alt (the alt wins over an SVG after it).
    ['<header><svg role="img"><title>ロゴマーク</title></svg><a href="/">ホーム</a></header>', null],
    ['<footer><a href="https://www.ppc.go.jp/personalinfo/legal/"><svg role="img"><title>個人情報保護委員会</title></svg></a></footer>', null],
    ['<header><img src="logo.png" alt="株式会社ファースト"><svg role="img"><title>株式会社ソーゴー</title></svg></header>', '株式会社ファースト'],
  ])('%s', (body, name) => {
    expect(readPageMeta(readHead(parsePage(page('<title>不正アクセスに関するお知らせ</title>', body + R)))).organization).toBe(name);
  });
});

describe('readPageMeta: the company box beside the article names the issuer', () => {
  const R = '<main><article><h1>不正アクセスに関するお知らせ</h1><p>当社サーバーが第三者による不正アクセスを受けました。</p></article></main>';
  const box = (name: string, fields = '<dt>代表者名</dt><dd>中村 由美</dd><dt>所在地</dt><dd>宮城県仙台市青葉区本町三丁目26-2</dd><dt>資本金</dt><dd>76,728万円</dd>') =>
    `<section class="company"><h2>企業情報</h2><p><b>${name}</b></p><dl>${fields}</dl></section>`;
  test.each([
    // A distribution site: the platform in the copyright line and the logo, the issuer in the side bar's box.
    [`<header><a href="/"><img src="/logo.svg" alt="PRワイヤ"></a></header>${R}<aside>${box('株式会社インテリックス')}</aside><footer>Copyright © PR WIRE株式会社 All Rights Reserved.</footer>`, '株式会社インテリックス'],
    // Outside <main> with no <aside>; the name as a field's value.
    [`${R}<div class="side"><section><h3>会社概要</h3><table><tr><th>会社名</th><td>株式会社ソーゴー</td></tr><tr><th>設立</th><td>1961年</td></tr><tr><th>従業員数</th><td>512名</td></tr></table></section></div>`, '株式会社ソーゴー'],
    // Negatives: the release's own 会社概要 of a contractor in its article; a box of one field; a menu's link 「企業情報」.
    [`<main><article><h1>不正アクセスに関するお知らせ</h1><p>当社の委託先が不正アクセスを受けました。</p>${box('株式会社委託先')}</article></main>`, null],
    [`${R}<aside>${box('株式会社インテリックス', '<dt>所在地</dt><dd>宮城県仙台市</dd>')}</aside>`, null],
    [`<nav><a href="/company/">企業情報</a> <a href="/news/">ニュース</a></nav>${R}`, null],
  ])('%#', (body, name) => {
    expect(readPageMeta(readHead(parsePage(page('<title>不正アクセスに関するお知らせ</title>', body)))).organization).toBe(name);
  });
});

describe('readPageMeta: an old layout\'s home link and last lines name the site', () => {
  const R = '<p>当社サーバーが第三者による不正アクセスを受けました。</p>';
  test.each([
    // The home link as 「./index.html」, a 事業団's name with the word for home after it.
    ['<img src="./img/title.gif" alt="ロゴ">[<a href="./index.html">日本私立学校振興・共済事業団 トップ</a>] [<a href="./joyful.cgi">お知らせ一覧</a>]', '日本私立学校振興・共済事業団'],
    // The name alone in the block right over a copyright line of no holder, the page long.
    [`<div>${R.repeat(4)}<p><small>累計 205681</small></p><p><small>M&amp;Sフードサービス株式会社</small></p><p><small>Copyright &#169; All Rights Reserved.</small></p></div>`, 'M&Sフードサービス株式会社'],
    // Negatives: a link to a page of the board, not home; a sentence over the copyright line.
    ['[<a href="./joyful.cgi">日本私立学校振興・共済事業団 お知らせ</a>]', null],
    [`<div>${R.repeat(4)}<p><small>株式会社Ａのサイトです。</small></p><p><small>Copyright &#169; All Rights Reserved.</small></p></div>`, null],
  ])('%#', (body, name) => {
    expect(readPageMeta(readHead(parsePage(page('<title>お知らせ</title>', body + R)))).organization).toBe(name);
  });
});

describe('readPageMeta: schema.org Organization microdata, and a logo\'s title, name the site', () => {
  const R = '<article><h1>不正アクセスに関するお知らせ</h1><p>当社サーバーが第三者による不正アクセスを受けました。</p></article>';
  test.each([
    // A hidden microdata block after the article: its own name property.
    [`${R}<div itemscope itemtype="https://schema.org/Organization" hidden><meta itemprop="name" content="株式会社サンプル中央銀行"></div>`, '株式会社サンプル中央銀行'],
    [`${R}<div itemscope itemtype="http://schema.org/Corporation"><span itemprop="name">サンプル工業株式会社</span></div>`, 'サンプル工業株式会社'],
    // Negatives: a nested item's name (its address's), another item's name (a breadcrumb's), a name that reads as none.
    [`${R}<div itemscope itemtype="https://schema.org/Organization"><div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><meta itemprop="name" content="サンプルビル株式会社"></div></div>`, null],
    [`<ul itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">株式会社サンプル</span></li></ul>${R}`, null],
    [`${R}<div itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="お知らせ"></div>`, null],
    // The logo's title where its alt only says 「ロゴ」; not where the alt names the site, nor an image elsewhere's title.
    [`<header><a href="/"><img src="/logo.png" alt="ロゴ" title="有限会社サンプルプラン"></a></header>${R}`, '有限会社サンプルプラン'],
    [`<header><a href="/"><img src="/logo.png" alt="株式会社ファースト" title="有限会社サンプルプラン"></a></header>${R}`, '株式会社ファースト'],
    [`${R}<p><img src="/photo.jpg" alt="写真" title="有限会社サンプルプラン"></p>`, null],
  ])('%s', (body, name) => {
    expect(readPageMeta(readHead(parsePage(page('<title>不正アクセスに関するお知らせ</title>', body)))).organization).toBe(name);
  });
});

describe('readPageMeta: the footer\'s name line over its own copyright line, a header\'s publisher line, the feed\'s title (pages-aa)', () => {
  const R = '<h1>不正アクセスに関するお知らせ</h1><p>当社サーバーが第三者による不正アクセスを受けました。</p>';
  const LINKS = '<p class="privacy"><a href="/privacy/">個人情報保護方針</a>　<a href="/sitemap/">サイトマップ</a></p>';
  const OWN = '<p class="copyright">Copyright © All Rights Reserved.</p>';
  test.each([
    // The footer's name line over its row of links over the copyright line naming no one (notecom, sjisgyokyo).
    ['a name over the link row over a holderless copyright line', '', `${R}<footer><img src="/f.png" alt="フッターロゴ"><p>有限会社サンプルアトリエ</p>${LINKS}${OWN}</footer>`, '有限会社サンプルアトリエ'],
    ['…in an old layout\'s last cell', '', `${R}<table><tr><td><font>〒100-0000 サンプル県サンプル市1丁目</font><div><p>株式会社サンプル</p>${LINKS}${OWN}</div></td></tr></table>`, '株式会社サンプル'],
    ['…right over it', '', `${R}<footer><p>株式会社サンプル</p>${OWN}</footer>`, '株式会社サンプル'],
    // A second copyright line after the site's own credits another (the platform's 「© note inc.」): the name line is the site's.
    ['a credit line after the site\'s own copyright line', '', `${R}<footer><p>有限会社サンプルアトリエ</p>${LINKS}${OWN}<p>© sample inc.</p></footer>`, '有限会社サンプルアトリエ'],
    ['a copyright line naming its holder, no own line before it (negative: the holder)', '', `${R}<footer><p>株式会社見本</p>${LINKS}<p>© 2026 サンプル株式会社</p></footer>`, 'サンプル株式会社'],
    // The link row opening with the name: the policy named as whose it is (goope privacyLink).
    ['a link row opening with the name', '', `${R}<div id="footer"><p><a href="/privacy/">サンプル株式会社 個人情報保護方針</a>　<a href="/sitemap/">サイトマップ</a></p>${OWN}<div>Powered by Sample</div></div>`, 'サンプル株式会社'],
    ['a link row of labels alone (negative)', '', `${R}<div id="footer">${LINKS}${OWN}</div>`, null],
    ['a sentence over the holderless copyright line (negative)', '', `${R}<footer><p>お問い合わせは株式会社サンプルまで</p>${OWN}</footer>`, null],
    // A publisher's labelled line before the page's <h1>: the header band over the title (goope unneiLine).
    ['a 運営 line in the header before the <h1>', '', `<div id="header"><p>運営：サンプル株式会社</p><a href="/"><img src="/l.png" alt="ロゴ"></a></div>${R}`, 'サンプル株式会社'],
    ['a 運営 line after the <h1>, in the release\'s text (negative)', '', `${R}<p>運営：サンプル株式会社</p>`, null],
    ['a 運営 line on a page with no <h1> (negative)', '', '<div><p>運営：サンプル株式会社</p><p>当社サーバーが第三者による不正アクセスを受けました。</p></div>', null],
    // The feed link's title, the site's name before the feed's word (ablogcms rssTitle).
    ['a feed titled 「site » フィード」', '<link rel="alternate" type="application/rss+xml" title="サンプル県（サンプル県立図書館） » フィード" href="/feed/">', R, 'サンプル県（サンプル県立図書館）'],
    ['a category feed', '<link rel="alternate" type="application/rss+xml" title="一般社団法人サンプル協会 » お知らせ カテゴリーのフィード" href="/feed/">', R, '一般社団法人サンプル協会'],
    ['an Atom feed', '<link rel="alternate" type="application/atom+xml" title="サンプル市 - Atom" href="/atom.xml">', R, 'サンプル市'],
    ['a feed titled by its format alone (negative)', '<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/feed/">', R, null],
    ['a feed naming no body (negative)', '<link rel="alternate" type="application/rss+xml" title="スタッフブログ » フィード" href="/feed/">', R, null],
    ['a link of no feed\'s type (negative)', '<link rel="alternate" hreflang="en" title="サンプル市 » English" href="/en/">', R, null],
    // A feed titled with the site's name and the section it carries, a space apart (docusaurus ac18: 「株式会社Ａ 新着情報」).
    ['a feed titled 「site section」', '<link rel="alternate" type="application/rss+xml" title="株式会社サンプルケーブル 新着情報" href="/rss.xml">', R, '株式会社サンプルケーブル'],
    ['…a blog\'s feed', '<link rel="alternate" type="application/rss+xml" title="一般社団法人サンプル協会 Blog" href="/blog/rss.xml">', R, '一般社団法人サンプル協会'],
    ['…a section naming no body (negative)', '<link rel="alternate" type="application/rss+xml" title="スタッフ 新着情報" href="/rss.xml">', R, null],
    ['…a last word that is no section (negative)', '<link rel="alternate" type="application/rss+xml" title="株式会社サンプル 採用情報" href="/rss.xml">', R, null],
    // A platform's credit badge in a link to the engine's home is no logo (mtclassic ac02: 「Powered by Movable Type Pro」).
    ['a credit badge linking to the engine\'s home (negative)', '', `${R}<div class="widget-powered"><a href="http://www.movabletype.jp/"><img src="/mt-static/bug.png" alt="Powered by Movable Type Pro"></a></div>`, null],
    ['…the site\'s logo in a home link still names it', '', `<div id="header-name"><a href="/"><img src="/l.png" alt="サンプル法律事務所"></a></div>${R}`, 'サンプル法律事務所'],
  ])('%s', (_, head, body, name) => {
    expect(readPageMeta(readHead(parsePage(page(`<title>不正アクセスに関するお知らせ</title>${head}`, body)))).organization).toBe(name);
  });
});

describe('isLinkRow, nameBeforeLinks: a footer\'s row of links, and the name it opens with', () => {
  test.each([
    ['個人情報保護方針　サイトマップ', true],
    ['プライバシーポリシー | 利用規約 | お問い合わせ', true],
    ['株式会社サンプル 個人情報保護方針', false],
    ['Copyright © All Rights Reserved.', false],
    ['', false],
  ])('isLinkRow(%j) → %s', (line, row) => {
    expect(isLinkRow(line)).toBe(row);
  });
  test.each([
    ['サンプル株式会社 個人情報保護方針 サイトマップ', 'サンプル株式会社'],
    ['一般社団法人サンプル協会の個人情報保護方針', '一般社団法人サンプル協会'],
    ['サンプル株式会社 プライバシーポリシー', 'サンプル株式会社'],
    ['個人情報保護方針 サイトマップ', null],
    ['お知らせ 個人情報保護方針', null],
    ['株式会社サンプル', null],
  ])('nameBeforeLinks(%j) → %j', (line, name) => {
    expect(nameBeforeLinks(line)).toBe(name);
  });
});
