import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-w, made blind to the tool (first half w01–w20 only: w21–w40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: a blog theme's author box after the entry's text, 「この記事を書いた人
 * 投稿記事数 961件」 — the writer's tally, never a count of the release (wpswell w05, w15, w16); a desk named for its work
 * alone, the footer's 「事務局　電話：…」, names no body (rainier w03, w14, w19); the footer's labelled publisher line
 * 「発行：…」 beside the copyright line (rainier w13, sjisshop w07); joint issuers, each with its legal form, right over the
 * copyright line (jimdo w02 — the <title> writes them short —, sjisshop w11); 「更新：」 run into its date is an update's
 * label, not a category's badge (rainier w14); a date line's trailing reading time and #tag (astro w12).
 */
const SET = join(FIXTURES, 'pages-w');
const manifest = readManifest(SET);

describe('fixtures/pages-w w01–w20: the same facts as the Markdown, no decoy', () => {
  test.each(['w02', 'w03', 'w05', 'w07', 'w11', 'w12', 'w13', 'w14', 'w15', 'w16', 'w19'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
