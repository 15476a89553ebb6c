import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-y, made blind to the tool (first half y01–y20 only: y21–y40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. A site that sets its logo as the page's H1 (a link home around it,
 * or the H1 around the link) titles its posts with an H2: in the tagged print's tree the logo's heading does not settle
 * the title's level, the post's H2 does, and what follows the release's element — the side column the print stacks after
 * it (a 営業日カレンダー's 定休日 dates, a 社協's 会員世帯数 and 相談会開催日) — goes (basercms y03, profweb y20). A theme's meta
 * row under the title, the bare date with the post's category and its view count (「令和八年二月四日 お知らせ 52,637view」),
 * or an ISO timestamp as the date (「2026-03-02T18:00:00+09:00 お知らせ 31,044view」), is the page's date line (wpthor
 * y08, y11, y19).
 */
const SET = join(FIXTURES, 'pages-y');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-y y01–y20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['y03', allFieldsBut()],
    ['y08', allFieldsBut()],
    // (The print names the publisher only in the page's metadata: the author's meta tag.)
    ['y11', allFieldsBut('organization')],
    ['y19', allFieldsBut()],
    ['y20', allFieldsBut()],
  ] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});
