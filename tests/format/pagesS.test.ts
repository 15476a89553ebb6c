import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-s, made blind to the tool (first half s01–s20 only: s21–s40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: a builder's CSS grid whose side track's boxes (figures, a dated
 * news list) and header band (a badge of figures) sit between the article's paragraphs in the source (wixgrid), a table
 * pasted one row a paragraph with its cells TAB-separated (jaframe), and a Bootstrap 3 page whose headings carry
 * 「page-header」 and whose date line is in kanji numerals (bs3carousel).
 */
const SET = join(FIXTURES, 'pages-s');
const manifest = readManifest(SET);

describe('fixtures/pages-s s01–s20: the same facts as the Markdown, no decoy', () => {
  test.each(['s01', 's04', 's13', 's14'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
