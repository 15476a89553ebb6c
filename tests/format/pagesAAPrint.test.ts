import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-aa, made blind to the tool (first half aa01–aa20 only: aa21–aa40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. A call-out box under the article in type smaller than the body's,
 * its text over its button (a short link alone: 「LINE公式アカウントで無料相談受付中（友だち 1,775人）」 over 「友だち追加」),
 * stacked above the related posts' list, is a box, its figure no count (wpaffinger aa04, aa17). An era's dotted date under
 * its name in the byline (「広報担当 令和7.5.15」) dates the page (notecom aa07). An old table layout's heading bars over each
 * other (「■2.…の状況」 over 「■(1)原因」) are two headings, the right column printed beside the release read apart
 * (sjisgyokyo aa06, aa11, aa16, aa18).
 */
const SET = join(FIXTURES, 'pages-aa');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-aa aa01–aa20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['aa04', allFieldsBut()],
    ['aa17', allFieldsBut()],
    ['aa16', allFieldsBut()],
    ['aa18', allFieldsBut()],
    ['aa11', allFieldsBut()],
    // (The organization: not read from these prints yet — the shop's name 「サンテフラン」 is taken on aa06.)
    ['aa06', allFieldsBut('organization')],
    ['aa07', allFieldsBut('organization')],
  ] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
