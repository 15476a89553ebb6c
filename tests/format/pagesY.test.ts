import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-y, made blind to the tool (first half y01–y20 only: y21–y40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: ISO 8601's stamp printed as the post's date line,
 * 「2026-03-02T18:00:00+09:00」 (wpthor y08); a <footer> holding a date line alone right after the box of the release's
 * paragraphs, in an entry's box with no <article> to scope it (profweb y14).
 */
const SET = join(FIXTURES, 'pages-y');
const manifest = readManifest(SET);

describe('fixtures/pages-y y01–y20: the same facts as the Markdown, no decoy', () => {
  test.each(['y08', 'y14'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
