import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-x, made blind to the tool (first half x01–x20 only: x21–x40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: a Google Docs page published to the web, a flat document whose
 * list of other notices is sibling paragraphs under a heading, dated entries newest first, a view count under each
 * (gdocs x06, x16, x17, x19), its revision line 「この掲示は … に N 回目の編集がされています。」, its letterhead before
 * the title in the release's own container (logo, 受付時間, 会員数), its calendar badge 「2025 / OCT / 03」 (x06); a
 * category word that is itself a date's label, 「更新：… 掲載：…」 (eccube x11); a post's meta row 「26.06.19 ・ 14 min
 * read #お知らせ」, an ISO timestamp in it (sveltekit x04, x20); a signature image followed only by a way back (eccube
 * x10, sjisryokan x12); 以上 and the name in a block after the text box (wpsango x02); the template's contact box after
 * the text (wpsango x14); schema.org Organization microdata (wpsango x13).
 */
const SET = join(FIXTURES, 'pages-x');
const manifest = readManifest(SET);

describe('fixtures/pages-x x01–x20: the same facts as the Markdown, no decoy', () => {
  test.each(['x02', 'x04', 'x06', 'x10', 'x11', 'x12', 'x13', 'x14', 'x16', 'x17', 'x19', 'x20'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
