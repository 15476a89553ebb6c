import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parse.js';
import { FIXTURES } from '../helpers.js';

/**
 * fixtures/pages-g, made blind to the tool: prints and documents whose organization or title a
 * printed page's layout hid — a title broken by the page break beside a side bar's search box and
 * a copyright line of joint issuers wrapped before its last 「ー」 (wp-g07), a logo wrapped over three
 * lines beside the menu (divsoup-g14), a name with a digit in a Latin word (「メディア４ｕ」, bs-g35),
 * a letterhead set with letter-spacing above the title (doc-g17). Each names what its Markdown names.
 */
const SET = join(FIXTURES, 'pages-g');

describe('fixtures/pages-g: organization and title of prints and documents', () => {
  test.each([
    ['pdf/wp-g07.pdf', 'sources/g07.md'],
    ['pdf/divsoup-g14.pdf', 'sources/g14.md'],
    ['pdf/bs-g35.pdf', 'sources/g35.md'],
    ['doc/doc-g17.pdf', 'sources/g17.md'],
  ])('%s', async (file, sourceFile) => {
    const page = await parse(readFileSync(join(SET, file)), { path: file });
    const source = await parse(readFileSync(join(SET, sourceFile)), { path: sourceFile });
    expect(source.organization).not.toBeNull();
    expect(page.organization?.normalizedName ?? null).toBe(source.organization?.normalizedName);
    expect(page.title?.normalize('NFKC').replace(/\s+/g, '')).toBe(source.title?.normalize('NFKC').replace(/\s+/g, ''));
  }, 30_000);
});
