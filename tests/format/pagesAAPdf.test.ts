import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-aa, made blind to the tool (first half aa01–aa20 only: aa21–aa40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site.
 * - The footer's name line over its row of links (「個人情報保護方針 サイトマップ」) over the copyright line naming no one names
 *   the site, a platform's credit line after it or not (notecom aa01, aa07; sjisgyokyo aa06); a row of links opening with the
 *   name (「Ａ株式会社 個人情報保護方針 サイトマップ」) gives the name before the links (goope aa10).
 * - A bracketed title after a section's sub-items is read in that section (goope aa02).
 * - A call-out box under the article in type smaller than the body's, its text over its button (a short link alone:
 *   「LINE公式アカウントで無料相談受付中（友だち 1,775人）」 over 「友だち追加」), stacked above the related posts' list, is a box,
 *   its figure no count (wpaffinger aa04, aa17).
 * - An era's dotted date under its name in the byline (「広報担当 令和7.5.15」) dates the page (notecom aa07).
 * - An old table layout's heading bars over each other (「■2.…の状況」 over 「■(1)原因」) are two headings, the right column
 *   printed beside the release read apart (sjisgyokyo aa06, aa11, aa16, aa18).
 */
const SET = join(FIXTURES, 'pages-aa');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-aa aa01–aa20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each(['aa01', 'aa02', 'aa04', 'aa06', 'aa07', 'aa10', 'aa11', 'aa16', 'aa17', 'aa18'])('%s', async (id) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, allFieldsBut());
  }, 120_000);
});
