import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { ALL_FIELDS, allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-s, made blind to the tool (first half s01–s20 only: s21–s40 is the untouched check, never read here):
 * prints and documents each fixed by a mechanism, whatever the site. A recruiting banner holding figures between the
 * menu and the breadcrumb trail (nextpages); a carousel whose dated slides all print, stacked over the trail
 * (bs3carousel); an old table layout's left column under headings in brackets (「＜新着情報＞」, jaframe), beside a
 * table flattened to lines (「生徒数(人) 教職員数(人) 総数(人)」 over 「県立学校14校 2,077 974 3,051」); a letter dated in
 * kanji numerals (「二〇二五年七月十六日」). The fields listed are the same as the Markdown's; the print keeps no
 * date or organization the page gave only in its metadata (`<time>` without text, og:site_name), so those are left out.
 */
const SET = join(FIXTURES, 'pages-s');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-s s01–s20 prints and documents: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['s02', 'pdf', allFieldsBut('publishedAt')],
    ['s06', 'pdf', allFieldsBut('publishedAt')],
    ['s08', 'pdf', allFieldsBut('publishedAt')],
    ['s11', 'pdf', allFieldsBut('organization')],
    ['s04', 'pdf', allFieldsBut('organization', 'publishedAt')],
    ['s09', 'pdf', ALL_FIELDS],
    ['s10', 'pdf', ALL_FIELDS],
    ['s14', 'pdf', allFieldsBut('organization')],
    ['s07', 'doc', ALL_FIELDS],
  ] as const)('%s %s', async (id, kind, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, kind === 'pdf' ? e.pdf : e.doc!, fields);
  }, 120_000);
});
