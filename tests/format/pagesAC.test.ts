import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-ac, made blind to the tool (first half ac01–ac20 only: ac21–ac40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: the entry <article> inside the page's sections <article>, which holds
 * the <h1>, is the body — the outer one's stats block (「244件 竣工実績」) is the site's (squarespace ac10, ac16, ac20); an entry
 * byline 「投稿者: … 日時: …」 or 「投稿者 : … 投稿日時 : … (N ヒット)」 dates the page (mtclassic ac02, ac08, ac14; xoopsbs ac01);
 * a platform's 「Powered by …」 badge names no one (mtclassic ac02, ac14); a heading's bracketed date that the <title> lacks is
 * the page's date, no word of the title (squarespace ac20); a feed titled 「name section」 names the site (docusaurus ac18).
 */
const SET = join(FIXTURES, 'pages-ac');
const manifest = readManifest(SET);

describe('fixtures/pages-ac ac01–ac20: the same facts as the Markdown, no decoy', () => {
  test.each(['ac01', 'ac02', 'ac08', 'ac10', 'ac14', 'ac16', 'ac18', 'ac20'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
