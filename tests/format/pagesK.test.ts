import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parse.js';
import { extractText } from '../../src/format/containers.js';
import { FIXTURES } from '../helpers.js';

/**
 * fixtures/pages-k (k01–k20 only; k21–k40 are left untouched), made blind to the tool: a page builder's footer
 * whose copyright line ends in a builder's credit of several words (「© 株式会社Ａ Powered by page builder」), a
 * body-and-unit name there (「Ａ株式会社（Ｂホテル）」) where the text names the unit alone, a blog whose logo prints
 * as its alt text 「ロゴ」 in the largest type above the entry's title, an old layout whose header band opens with the
 * logo image in no link, a document setting sibling headings a level apart.
 */
const SET = join(FIXTURES, 'pages-k');
const read = async (file: string) => parse(readFileSync(join(SET, file)), { path: file });
const facts = (i: Awaited<ReturnType<typeof parse>>) => ({ organization: i.organization?.normalizedName ?? null, title: i.title, dataTypes: i.dataTypes.map((d) => d.type).sort() });

describe('fixtures/pages-k: the organization and title the page and its print give', () => {
  test.each([
    // the copyright line with a builder's credit of several words
    ['pdf/builder-soup-k03.pdf', 'sources/k03.md'],
    // … naming the body with its unit in brackets, where the text names the unit
    ['pdf/builder-soup-k04.pdf', 'sources/k04.md'],
    // the title in the document's Title, the logo's alt text printed in the largest type above it
    ['pdf/mt-classic-k10.pdf', 'sources/k10.md'],
    // the logo image first in the header band, in no link
    ['html/sjis-muni-k15.html', 'sources/k15.md'],
    // the print's first sentence naming the issuer as its subject, the contact section the parent's PR desk (og:site_name unprinted)
    ['pdf/sjis-muni-k16.pdf', 'sources/k16.md'],
    // a document's heading with no text of its own set a level above its sibling (the list's lead-in above both)
    ['doc/k20.pdf', 'sources/k20.md'],
  ])('%s gives what its Markdown gives', async (file, sourceFile) => {
    const [page, source] = await Promise.all([read(file), read(sourceFile)]);
    expect(facts(page)).toEqual(facts(source));
  }, 30_000);

  test('mt-classic-k08.pdf: the title from the document\'s Title, and no organization where the print names none', async () => {
    const [page, source] = await Promise.all([read('pdf/mt-classic-k08.pdf'), read('sources/k08.md')]);
    expect(page.title).toBe(source.title);
    // og:site_name only: the footer's 「Copyright © All Rights Reserved. Powered by Movable Type」 names no one.
    expect(page.organization).toBeNull();
  }, 30_000);

  test('builder-soup-k13.pdf: 「© Copyright Powered by page builder」 names no site', async () => {
    const file = 'pdf/builder-soup-k13.pdf';
    const { text } = await extractText(readFileSync(join(SET, file)), { path: file });
    expect(text.split('# 本文')[0]).not.toMatch(/Copyright|Powered/);
  }, 30_000);
});
