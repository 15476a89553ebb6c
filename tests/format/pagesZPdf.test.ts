import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-z, made blind to the tool (first half z01–z20 only: z21–z40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. The footer logo's placeholder alt text printed for its broken
 * image (「フッターロゴ」) names no one, and the footer's copyright holder, a group's name with no legal form, names the site
 * where no other place of the print does (wpsnow z18; joomla z20's footer line). A CMS's article info printed without its
 * hidden terms (掲載開始日, 最終更新日): the publication date in the byline row, the update's date alone on the line under it — the page's, gone with
 * the head, no event of the release (joomla z20: no decoy date). The byline row wrapped twice in a narrow print is one
 * row, its date whole (joomla z03). A short <title> (「2025年5月22日　表題記載なし」) printed as the entry's heading under a
 * logo's placeholder in the largest type is the title, not the site's description above it (mtpico z14).
 */
const SET = join(FIXTURES, 'pages-z');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-z z01–z20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['z18', allFieldsBut()],
    ['z20', allFieldsBut()],
    // (The print names the publisher only in the page's metadata — JSON-LD, application-name — or only in its address.)
    ['z03', allFieldsBut('organization')],
    ['z14', allFieldsBut('organization')],
    // (The date only in the page's metadata: the print holds none, and the text's 「4月18日」 no year.)
    ['z04', allFieldsBut('organization', 'publishedAt', 'timeline')],
    // The table site's left column printed beside the release: none of its figures or dates read.
    ['z08', allFieldsBut()],
    ['z17', allFieldsBut()],
  ] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
