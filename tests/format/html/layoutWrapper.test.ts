import { describe, expect, test } from 'vitest';
import { extractHtml } from '../../../src/format/html.js';

// A box that reads as furniture by its tag or class but wraps the release (src/format/html.ts releaseWrapperTest).
const page = (body: string, title = '不正アクセスによる個人情報漏えいに関するお知らせ') =>
  `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${title}｜株式会社サンプル</title></head><body>${body}</body></html>`;
const H1 = '<h1>不正アクセスによる個人情報漏えいに関するお知らせ</h1>';
const RELEASE =
  '<p>このたび、当社が運営する通販サイトにおいて、第三者による不正アクセスを受け、お客様の個人情報が流出したおそれがあることが判明いたしました。</p>' +
  '<p>調査の結果、お客様の氏名、住所、電話番号を含む個人情報1,234件が外部から閲覧可能な状態にあったことを確認いたしました。関係者の皆様には多大なるご迷惑をおかけし、深くお詫び申し上げます。</p>';
const SIDE = '<div class="sidebar"><h2>最新のお知らせ</h2><ul><li><a href="/n1">2025年11月10日 会員数50万人突破</a></li><li><a href="/n2">セミナー定員200名</a></li></ul></div>';
const SEARCH = '<form class="search" action="/s"><input name="q" value="サイト内検索語"><button>検索</button></form>';

describe('a layout wrapper that reads as furniture keeps the release, and drops its own furniture inside', () => {
  test.each([
    ['ASP.NET WebForms: the whole page in one <form>', `<form id="form1" method="post" action="./news.aspx"><input type="hidden" name="__VIEWSTATE" value="abc"><div class="container"><main>${H1}${RELEASE}</main>${SIDE}${SEARCH}</div></form>`],
    ['a theme naming its layout on the content box (has a side bar)', `<header><a href="/">ロゴ</a></header><div id="content" class="l-content -sidebar-on">${'<div class="l-main">' + H1 + RELEASE + '</div>'}${SIDE}</div>`],
    ['a CMS page template class naming the side bar', `<div class="ccm-page page-template-right-sidebar"><div class="row"><div class="col-md-8">${H1}${RELEASE}</div><div class="col-md-4">${SIDE}</div></div></div>`],
    // A blog theme's entry in its widget, titled by an <h3> under the date's <h2>, no <h1> on the page, a long side bar
    // (pages-z blogger): the title's heading names the page, and the widget around it holds the release.
    ['a blog\'s widget holding the entry, its title an <h3>', `<div class="main-outer"><div class="widget Blog"><h2 class="date-header">投稿日時：2025/04/30(水) 19:15</h2><h3 class="post-title">不正アクセスによる個人情報漏えいに関するお知らせ</h3><div class="post-body">${RELEASE}</div></div></div><div class="sidebar-container">${SIDE}${'<div class="widget"><h2>人気の投稿</h2><p>会員数50万人を突破した記念のキャンペーンを実施しております。詳しくは特設ページをご覧ください。</p></div>'.repeat(2)}${SEARCH}</div>`],
    ['a wrapper form with no h1 on the page, the release its text', `<form id="aspnetForm"><div class="main"><h2>不正アクセスによる個人情報漏えいに関するお知らせ</h2>${RELEASE}</div></form>`],
  ])('%s', (_name, body) => {
    const { body: text } = extractHtml(page(body));
    expect(text).toContain('1,234件');
    expect(text).toContain('流出したおそれがある');
    for (const chrome of ['会員数50万人', '定員200名', 'サイト内検索語', 'abc']) expect(text).not.toContain(chrome);
  });

  test.each([
    // The release stands outside the box: a side bar named so is furniture however long.
    ['a long side bar beside the release', `<main>${H1}${RELEASE}</main><div class="sidebar"><h2>関連情報</h2>${'<p>別の記事の本文がここに入り、会員数50万人を突破した記念のキャンペーンを実施しております。</p>'.repeat(6)}</div>`],
    // A form that holds the title heading but little of the page's prose: an inquiry form under the release.
    ['a contact form holding a heading but not the prose', `<main>${RELEASE}</main><form class="contact"><h2>不正アクセスによる個人情報漏えいに関するお知らせ</h2><p>会員数50万人</p><input value="お名前"></form>`],
    // An <h3> of the title in a side widget does not name the page where an <h1> does.
    ['a side widget with the title in its <h3>, the page\'s <h1> elsewhere', `<main>${H1}${RELEASE}</main><div class="widget"><h3>不正アクセスによる個人情報漏えいに関するお知らせ</h3>${'<p>別の記事の本文がここに入り、会員数50万人を突破した記念のキャンペーンを実施しております。</p>'.repeat(2)}</div>`],
    // Hidden boxes stay dropped whatever they hold.
    ['a hidden copy of the page', `<main>${H1}${RELEASE}</main><div class="sidebar" hidden>${H1}<p>会員数50万人を突破しました。</p>${RELEASE}${RELEASE}${RELEASE}</div>`],
  ])('not a wrapper: %s', (_name, body) => {
    const { body: text } = extractHtml(page(body));
    expect(text).toContain('1,234件');
    expect(text).not.toContain('会員数50万人');
  });
});
