import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parse.js';
import { FIXTURES } from '../helpers.js';

/**
 * fixtures/pages-j (j01–j20 only; j21–j40 are left untouched), made blind to the tool: pages that date
 * themselves only in <title> (「【2026年6月24日】…」), prints whose organization only the logo's alt text
 * (kept in the tagged PDF), the PDF's Title (the page's <title>) or nothing names, a category badge run
 * into the date's label (「お知らせ公開日：…」), an old layout's heading bars, an FAQ printed as lines.
 */
const SET = join(FIXTURES, 'pages-j');
const read = async (file: string) => parse(readFileSync(join(SET, file)), { path: file });
const facts = (i: Awaited<ReturnType<typeof parse>>) => ({ organization: i.organization?.normalizedName ?? null, publishedAt: i.publishedAt, dataTypes: [...i.dataTypes].sort() });

describe('fixtures/pages-j: the organization and date the page\'s metadata and print give', () => {
  test.each([
    // <title> only
    ['html/table-j03.html', 'sources/j03.md'],
    ['html/next-j05.html', 'sources/j05.md'],
    ['html/mt-j07.html', 'sources/j07.md'],
    ['html/table-j18.html', 'sources/j18.md'],
    ['pdf/table-j03.pdf', 'sources/j03.md'],
    ['pdf/next-j05.pdf', 'sources/j05.md'],
    ['pdf/table-j18.pdf', 'sources/j18.md'],
    // the logo's alt text (a navigation word, a section label or nothing before)
    ['pdf/divs-j01.pdf', 'sources/j01.md'],
    ['pdf/divs-j02.pdf', 'sources/j02.md'],
    ['pdf/mt-j08.pdf', 'sources/j08.md'],
    ['pdf/mt-j10.pdf', 'sources/j10.md'],
    ['pdf/mt-j12.pdf', 'sources/j12.md'],
    // 「お知らせ公開日：…」 and an FAQ's questions as lines
    ['pdf/next-j13.pdf', 'sources/j13.md'],
    ['doc/j13.pdf', 'sources/j13.md'],
    // a body and its unit in brackets in <title> (「奈良県奈良市（市立奈良病院）」), in the page and in the PDF's Title
    ['html/table-j28.html', 'sources/j28.md'],
    // the footer's copyright holder with no legal form, which the PDF's Title names as the site too
    ['pdf/divs-j33.pdf', 'sources/j33.md'],
  ])('%s gives what its Markdown gives', async (file, sourceFile) => {
    const [page, source] = await Promise.all([read(file), read(sourceFile)]);
    expect(facts(page)).toEqual(facts(source));
  }, 30_000);

  test.each([
    // Nothing printed names the publisher (og:site_name only; the logo's alt is 「ホーム」, the footer 「© お知らせ」).
    ['pdf/mt-j07.pdf', 'organization'],
    // The date is only in the page's JSON-LD: the print shows none, and its CreationDate is the print's.
    ['pdf/next-j16.pdf', 'publishedAt'],
  ] as const)('%s: no %s where the print shows none', async (file, field) => {
    expect(facts(await read(file))[field]).toBeNull();
  }, 30_000);
});
