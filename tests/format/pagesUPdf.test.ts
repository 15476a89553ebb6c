import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { ALL_FIELDS, allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-u, made blind to the tool (first half u01–u20 only: u21–u40 is the untouched check, never read here):
 * prints whose issuer a company box stacked after the article names — a distribution site's 企業情報 (prwire u06, u16,
 * u18), a blog platform's プロフィール with the account's name as its image's alt (ameblog u19). The fields listed are
 * the same as the Markdown's; u06's date is in its markup only (an empty <time>), and u19's title bracket date is the
 * prints' date work's, not this mechanism's.
 */
const SET = join(FIXTURES, 'pages-u');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-u u01–u20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['u06', allFieldsBut('publishedAt')],
    ['u16', ALL_FIELDS],
    ['u18', ALL_FIELDS],
    ['u19', allFieldsBut('publishedAt')],
  ] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
