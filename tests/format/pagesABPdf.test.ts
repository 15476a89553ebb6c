import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-ab, made blind to the tool (first half ab01–ab20 only: ab21–ab40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site.
 * - A home link's words name the site, as the page's markup is read: the tagged print's Link elements whose annotation leads
 *   to the site's home (the root, or the index page in the folder the page was saved in) — a side box's link naming joint
 *   issuers, wrapped over two lines (mt26 ab09), the menu row's first item 「Ａ株式会社 トップ」 under a header whose TEL box
 *   wraps a character or two a line (sjisgolf ab13).
 * - An unnumbered heading between two numbered sections is read in the section before it (weebly ab07's counts; its date is
 *   pagesab2's).
 * (The organization of ab06, ab08, ab16 and ab17 is nowhere a print carries: a <meta> author, og:image:alt, og:site_name and
 * an image's title attribute.)
 */
const SET = join(FIXTURES, 'pages-ab');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-ab ab01–ab20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['ab07', allFieldsBut('publishedAt')],
    ['ab09', allFieldsBut()],
    ['ab13', allFieldsBut()],
  ] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
