import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-aa, made blind to the tool (first half aa01–aa20 only: aa21–aa40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: the footer's name line over the row of links over its own copyright
 * line that names no one, a second copyright line after it crediting the platform (notecom aa01, aa07; the old table
 * layout's footer cell, sjisgyokyo aa06); a publisher's labelled line in the header band before the page's <h1> (goope aa12);
 * the feed link's title naming the site before 「» フィード」 (ablogcms aa20); a date line in the era's name with dots,
 * 「令和7.5.15」 (notecom aa07); a bracketed title after a section's sub-items, every heading set at one level, read in
 * that section (goope aa02: the data kinds under 「【…お客様】」).
 */
const SET = join(FIXTURES, 'pages-aa');
const manifest = readManifest(SET);

describe('fixtures/pages-aa aa01–aa20: the same facts as the Markdown, no decoy', () => {
  test.each(['aa01', 'aa02', 'aa06', 'aa07', 'aa12', 'aa20'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
