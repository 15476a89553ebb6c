import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-z, made blind to the tool (first half z01–z20 only: z21–z40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: Dublin Core's DC.publisher the one place naming the publisher
 * (remix z01); a signature image right after the text box, the entry's booking box after it (wpsnow z12); a <dt> that
 * captions a row of fields (「詳細」 over the date, the category, the hits) labelling none of them (joomla z13); a blog's
 * entry titled by an <h3> on a page of no <h1>, its widget wrapper kept (blogger z15); an English weekday after the date
 * line's date, 「2025.08.29 FRI」 (remix z19).
 */
const SET = join(FIXTURES, 'pages-z');
const manifest = readManifest(SET);

describe('fixtures/pages-z z01–z20: the same facts as the Markdown, no decoy', () => {
  test.each(['z01', 'z12', 'z13', 'z15', 'z19'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
