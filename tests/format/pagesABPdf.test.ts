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
 * - An unnumbered heading between two numbered sections is read in the section before it (weebly ab07's counts).
 * - A reader's reaction row under the article (「♥ いいね 538 | ブックマーク 120 バッジを贈る（32）」) is a share row: it closes
 *   the article, and the cards after it (the publication's 「メンバー 48人」, the author's followers) go with it (zenn ab01,
 *   ab04, ab10).
 * - A side column's schedule printed above the article's title (「行事予定」 over 「8月4日（月）避難訓練」 …), days without their
 *   year, is a head's box of dated entries, under a logo set larger than the title too (netcommons ab03, ab08, ab19).
 * - A logo's placeholder alt text printed larger than the title ranks below the headings: the title and its two-digit date
 *   under it (「25.01.09」) are the head's (weebly ab07).
 * Fields a print cannot hold are left aside: a date only in the page's metadata (zenn ab04's empty <time>, netcommons ab19's
 * meta), an organization only in a <meta> author, og:image:alt, og:site_name or an image's title attribute (ab06, ab08,
 * ab16, ab17).
 */
const SET = join(FIXTURES, 'pages-ab');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-ab ab01–ab20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['ab01', allFieldsBut()],
    ['ab03', allFieldsBut()],
    ['ab04', allFieldsBut('publishedAt')],
    ['ab07', allFieldsBut()],
    ['ab08', allFieldsBut('organization')],
    ['ab09', allFieldsBut()],
    ['ab10', allFieldsBut()],
    ['ab13', allFieldsBut()],
    ['ab19', allFieldsBut('publishedAt')],
  ] as [string, string[]][])('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
