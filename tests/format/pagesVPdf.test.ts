import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { ALL_FIELDS, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-v, made blind to the tool (first half v01–v20 only: v21–v40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. An ASP.NET site's logo, an SVG whose <title> names the company,
 * in a link to 「/Default.aspx」 — the site root's index page as ASP.NET names it: the tagged print's figure in a home
 * link names the publisher (aspnetbs v13).
 */
const SET = join(FIXTURES, 'pages-v');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-v v01–v20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([['v13', ALL_FIELDS]] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
