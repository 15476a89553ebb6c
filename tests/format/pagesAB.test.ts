import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-ab, made blind to the tool (first half ab01–ab20 only: ab21–ab40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: a signature image over the entry's record a blog template prints under
 * every post (「Posted by … | コメント (68) | トラックバック (19)」, the trackback URL), and the entry's date set as a heading of
 * its own over the post, 「R8.05.11」 (mt26 ab05); the share image's alt text naming a body, the only place that names it
 * (netcommons ab08); a home link naming the site's joint issuers (mt26 ab09); an unnumbered heading between two numbered
 * sections, every heading set at one level, read in the section before it (weebly ab07: 「38 人分」 under 「2．流出が確認された
 * 個人情報」).
 */
const SET = join(FIXTURES, 'pages-ab');
const manifest = readManifest(SET);

describe('fixtures/pages-ab ab01–ab20: the same facts as the Markdown, no decoy', () => {
  test.each(['ab05', 'ab07', 'ab08', 'ab09'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
