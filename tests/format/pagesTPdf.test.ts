import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { ALL_FIELDS, allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-t, made blind to the tool (first half t01–t20 only: t21–t40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. A Divi post printed narrow stacks its side column under the
 * article — a promotion (「特選車210台 8月23日まで」「詳しく見る」) and icon cards over its news list — which begins at the
 * column's margin (wpdivi t08, t12, t20); an old table layout's definition list of the page's dates under the text,
 * 「掲載日」 over 「2026年2月6日」 and 「更新日」 over its decoy (hpbsjis t11); a shop blog whose headings all print alike,
 * 「流出したと思われる情報」 right over the section whose figure it qualifies (shopsoup t07). The fields listed are the
 * same as the Markdown's; a print keeps no organization the page gave only as a signature image's alt.
 */
const SET = join(FIXTURES, 'pages-t');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-t t01–t20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['t08', ALL_FIELDS],
    ['t12', allFieldsBut('organization')],
    ['t20', ALL_FIELDS],
    ['t11', ALL_FIELDS],
    ['t07', ALL_FIELDS],
  ] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
