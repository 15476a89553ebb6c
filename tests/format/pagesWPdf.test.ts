import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { ALL_FIELDS, allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-w, made blind to the tool (first half w01–w20 only: w21–w40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. A site builder's footer names its publisher alone over a
 * copyright line that names no one, a cookie notice printed after the footer (a box fixed to the window's bottom,
 * wrapped or not) being no sentence of the page's (jimdo w06, w20), the name a list of joint issuers (jimdo w02,
 * sjisshop w11); a publisher's labelled line 「発行：Ａ株式会社」 under the copyright line names the site (sjisshop w07,
 * rainier w13). A meta row set apart by spaces alone, the reading time and the post's tags after the date (「2025/2/7（金）
 * この記事は約12分で読めます #お知らせ」, in kanji numerals too) dates the page (astro w01, w12). A bold heading wrapped in a
 * narrow column, a wide space inside one of its lines, stays one heading over its list (its counts possible, astro w12).
 * An author box whose heading carries the author's post count on its line (「この記事を書いた人　投稿記事数 548件」) closes
 * the article (wpswell w05, w15, w16). The fields listed are the same as the Markdown's; a print keeps no date or
 * publisher the page gave only in its metadata (w07's date, w12's publisher, w15, w16's date).
 */
const SET = join(FIXTURES, 'pages-w');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-w w01–w20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['w01', ALL_FIELDS],
    ['w02', ALL_FIELDS],
    ['w05', ALL_FIELDS],
    ['w06', ALL_FIELDS],
    ['w07', allFieldsBut('publishedAt')],
    ['w11', ALL_FIELDS],
    ['w12', allFieldsBut('organization')],
    ['w13', ALL_FIELDS],
    ['w15', allFieldsBut('organization', 'publishedAt')],
    ['w16', allFieldsBut('publishedAt')],
    ['w20', ALL_FIELDS],
  ] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
