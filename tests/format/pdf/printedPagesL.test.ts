import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from '../../../src/parse.js';
import { FIXTURES } from '../../helpers.js';

/**
 * fixtures/pages-l's Chromium prints (made blind to the tool): what follows the page's own <article> in the
 * tagged tree is not the release (a FAQ box 「よくあるご質問」 with 「駐車場は170台分」), and the site's name
 * stands in a sticky header dropped from every page's text, or under a skip link 「本文へ」.
 */
const parsed = async (file: string) => parse(readFileSync(join(FIXTURES, 'pages-l', file)), { path: file });

describe('pages-l prints: the release\'s end and the site\'s name', () => {
  test.each([
    // after <article>: the FAQ box and side boxes go, with their decoy count
    ['pdf/bootstrap-l36.pdf', null, []],
    // the logo in the sticky header, beside its menu and after the cookie notice
    ['pdf/nextjs-l23.pdf', 'ゼネラル株式会社', []],
    // a logo wrapped inside its brackets under a bare skip link
    ['pdf/oldtable-l26.pdf', '株式会社ユニティー・ワン（ロイヤルツインホテル京都八条口）', []],
    // negative: the same sticky header naming a city, the menu run together after it, keeps the name alone
    ['pdf/nextjs-l05.pdf', '秋田県秋田市', null],
    ['pdf/nextjs-l29.pdf', '奈良県奈良市', null],
  ])('%s', async (file, organization, counts) => {
    const result = await parsed(file);
    if (organization !== null) expect(result.organization?.name ?? null).toBe(organization);
    if (counts !== null) expect(result.counts.map((c) => `${c.value}${c.unit}`)).toEqual(counts);
  }, 30_000);
});

/** fixtures/pages-k (made blind to the tool): a logo wrapped with its menu's labels in a narrow header; a header's image named with the office. */
describe('pages-k: the site\'s name', () => {
  test.each([
    ['pdf/wp-block-k23.pdf', '日立建機株式会社'],
    ['html/builder-soup-k31.html', '熊本県 農業技術課'],
    ['pdf/builder-soup-k31.pdf', '熊本県 農業技術課'],
  ])('%s', async (file, organization) => {
    const result = await parse(readFileSync(join(FIXTURES, 'pages-k', file)), { path: file });
    expect(result.organization?.name ?? null).toBe(organization);
  }, 30_000);
});

/**
 * Prints dated only in their page's metadata (no date line, none in the Title): the latest day the text states its
 * facts as of dates them — and a Title that carries its own date keeps it.
 */
describe('prints with no date line: the as-of date', () => {
  test.each([
    ['pages-j', 'pdf/bootstrap-j31.pdf', '2025-09-12'],
    ['pages-k', 'pdf/builder-soup-k19.pdf', '2025-12-12'],
    ['pages-l', 'pdf/movabletype-l34.pdf', '2025-09-26'],
    // negative: no as-of date in the text, the page dated only in its metadata: none
    ['pages-k', 'pdf/builder-soup-k03.pdf', null],
  ])('%s %s', async (set, file, date) => {
    const result = await parse(readFileSync(join(FIXTURES, set, file)), { path: file });
    expect(result.publishedAt).toBe(date);
  }, 30_000);
});
