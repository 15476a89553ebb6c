import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-u, made blind to the tool (first half u01–u20 only: u21–u40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: a feedback box whose question is its heading with no question
 * mark, its tally under it (powercms u01, u03, u17); a <footer> closing the post's paragraphs in a table layout, its
 * date line the post's (cgibbs u02); headings set bold and larger in a blog editor's <div>s, scoping their counts
 * (ameblog u07); the company box beside the article of a distribution site, the platform named everywhere else
 * (prwire u06, u16, u18); an old layout's home link 「./index.html」 naming a 事業団 (cgibbs u09); the name alone over a
 * copyright line of no holder (cgibbs u14).
 */
const SET = join(FIXTURES, 'pages-u');
const manifest = readManifest(SET);

describe('fixtures/pages-u u01–u20: the same facts as the Markdown, no decoy', () => {
  test.each(['u01', 'u02', 'u03', 'u06', 'u07', 'u09', 'u14', 'u16', 'u17', 'u18'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
