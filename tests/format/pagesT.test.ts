import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-t, made blind to the tool (first half t01–t20 only: t21–t40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: the publisher named only by <meta name="author"> (nuxtapp t06,
 * t19), by the company block around a copyright line naming no holder, in an old layout's last cell (hpbsjis t05, t16),
 * by a signature image's alt after the release's text (wpdivi t12), by the header's <h1> home link without a legal form
 * (mt3press t18).
 */
const SET = join(FIXTURES, 'pages-t');
const manifest = readManifest(SET);

describe('fixtures/pages-t t01–t20: the same facts as the Markdown, no decoy', () => {
  test.each(['t05', 't06', 't12', 't16', 't18', 't19'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
