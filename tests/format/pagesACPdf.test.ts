import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-ac, made blind to the tool (first half ac01–ac20 only: ac21–ac40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site.
 * - An entry's byline dated after 「投稿日時 :」 or 「日時:」, its view count after it (XOOPS news's 「投稿者 : 事務局 投稿日時 :
 *   2026.08.06 (644 ヒット)」, Movable Type's 「投稿者: webmaster 日時: R8.06.24」): the page's date line, the head found with it
 *   and the side column the print stacked above the title gone with the head (xoopsbs ac01, mtclassic ac02).
 * - In a tagged print, what the header's reading leaves of the page's head (printed above the title, before the release in the
 *   tree: a side column's 「オンライン状況」 and 「登録サークル 29団体」 boxes over an undated title) is no text of the release's
 *   (xoopsbs ac13); an entry's byline with no date opening the text (「投稿者: webmaster」「by 院長」) is the head's, no publisher
 *   (mtclassic ac09, wpgenerate ac19).
 * - A title carrying the page's date in brackets is dated by it, over an announcement bar's event beside it: before it
 *   (「【2025年12月4日】…」, squarespace ac16) or after it where the document's Title leaves it out (「…お詫び（2026年1月22日）」,
 *   squarespace ac20: the title the words before it, the bar's 「2月14日まで早割」 gone with the head).
 * - A print header's site name beside its web address (「Ａグループ（Ａ株式会社）　https://www.example.jp/」, a print
 *   stylesheet's) names the site (docusaurus ac07).
 * Fields a print cannot hold are left aside: a date only in the page's metadata (ac09, ac13, ac19), an organization only in
 * og:site_name or <meta name=author> (ac01, ac13, ac16).
 */
const SET = join(FIXTURES, 'pages-ac');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-ac ac01–ac20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['ac01', allFieldsBut('organization')],
    ['ac02', allFieldsBut()],
    ['ac07', allFieldsBut()],
    ['ac09', allFieldsBut('publishedAt')],
    ['ac13', allFieldsBut('organization', 'publishedAt')],
    ['ac16', allFieldsBut('organization')],
    ['ac19', allFieldsBut('publishedAt')],
    ['ac20', allFieldsBut()],
  ] as [string, string[]][])('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
