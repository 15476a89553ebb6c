import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-z, made blind to the tool (first half z01–z20 only: z21–z40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. The footer logo's placeholder alt text printed for its broken
 * image (「フッターロゴ」) names no one, and the footer's copyright holder, a group's name with no legal form, names the site
 * where no other place of the print does (wpsnow z18).
 */
const SET = join(FIXTURES, 'pages-z');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-z z01–z20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([['z18', allFieldsBut()]] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
