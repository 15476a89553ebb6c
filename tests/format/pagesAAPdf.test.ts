import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-aa, made blind to the tool (first half aa01–aa20 only: aa21–aa40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. The footer's name line over its row of links (「個人情報保護方針
 * サイトマップ」) over the copyright line naming no one names the site, a platform's credit line after it or not (notecom
 * aa01, aa07; sjisgyokyo aa06); a row of links opening with the name (「Ａ株式会社 個人情報保護方針 サイトマップ」) gives the
 * name before the links (goope aa10); a bracketed title after a section's sub-items is read in that section (goope aa02).
 */
const SET = join(FIXTURES, 'pages-aa');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-aa aa01–aa20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['aa01', allFieldsBut()],
    ['aa02', allFieldsBut()],
    ['aa06', allFieldsBut()],
    ['aa10', allFieldsBut()],
    // (The byline's 「広報担当 令和7.5.15」 is not read as the page's date yet.)
    ['aa07', allFieldsBut('publishedAt', 'timeline')],
  ] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
