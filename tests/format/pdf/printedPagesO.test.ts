import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from '../../../src/parse.js';
import { FIXTURES } from '../../helpers.js';

/**
 * fixtures/pages-o's Chromium prints (made blind to the tool, first half): the site's name a footer's copyright line and
 * the Title's site part agree on reads as no organization's (「© 市民ポータル」, 「Copyright スタッフブログ」, 「© 2026
 * 病院からのお知らせ」) and gives way to the logo's alt text that does — in the home link, or the page's first figure
 * in no link (an old layout's header band, a logo box).
 */
describe('prints: the logo, or the Title\'s site part, before a footer\'s holder that names no one', () => {
  test.each([
    ['pages-o', 'pdf/bscms-o07.pdf', '宮城県白石市'],
    ['pages-o', 'pdf/sjistable-o08.pdf', '三重県'],
    ['pages-o', 'pdf/wpblock-o10.pdf', '株式会社オフィスバスターズ'],
    ['pages-o', 'pdf/sjistable-o12.pdf', '日本カーソリューションズ株式会社'],
    ['pages-o', 'pdf/mtblog-o20.pdf', '美濃工業株式会社'],
    // or to the Title's site part that reads as a name (a footer's 「© 2025」 giving a year for a holder)
    ['pages-m', 'pdf/next-m21.pdf', '一般社団法人日本リウマチ学会'],
    // negative: with no logo, the holder the Title agrees with names the site though it has no legal form
    ['pages-j', 'pdf/divs-j33.pdf', '寺崎脳神経外科'],
    // negative: a footer's holder that reads as a name stands
    ['pages-b', 'pdf/pressrelease-b03.pdf', '信和株式会社'],
  ])('%s %s', async (set, file, organization) => {
    const result = await parse(readFileSync(join(FIXTURES, set, file)), { path: file });
    expect(result.organization?.name ?? null).toBe(organization);
  }, 30_000);
});
