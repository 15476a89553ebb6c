import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../src/parse.js';
import { extractHtml } from '../../../src/format/html.js';
import { FIXTURES } from '../../helpers.js';

/**
 * fixtures/pages-l: four pages of the twelfth blind set's first half (l01–l20, tuned on; issue #12), made blind to
 * the tool, with their Markdown. A page builder's counter widget after the text (「累計導入実績」「6,314」「件」, each an element of its
 * own), a logo's alt text the only name of the publisher, a Next.js page whose 「Latest」 cards under the article
 * carry <time>s of other news while the article's own line says 更新日.
 */
const SET = join(FIXTURES, 'pages-l');
const read = async (file: string) => parse(readFileSync(join(SET, file)), { path: file });
const facts = (i: Awaited<ReturnType<typeof parse>>) => ({
  organization: i.organization?.normalizedName ?? null,
  publishedAt: i.publishedAt,
  counts: i.counts.map((c) => `${c.value}${c.unit}`).sort(),
  timeline: i.timeline.map((e) => e.date).sort(),
});

describe('fixtures/pages-l (first half): the page gives what its Markdown gives', () => {
  test.each([
    // the counter widget after the text; the publisher named by the logo's alt text alone
    ['html/divsoup-l03.html', 'sources/l03.md'],
    // the counter widget after a text box widened over it (title, date line and widget add little)
    ['html/divsoup-l09.html', 'sources/l09.md'],
    ['html/divsoup-l15.html', 'sources/l15.md'],
    // <time>s of other news after the article; the article's date line says 更新日
    ['html/nextjs-l11.html', 'sources/l11.md'],
  ])('%s', async (file, sourceFile) => {
    const [page, source] = await Promise.all([read(file), read(sourceFile)]);
    expect(facts(page)).toEqual(facts(source));
  }, 30_000);

  test.each([
    ['html/divsoup-l03.html', '6,314'],
    ['html/divsoup-l09.html', '3,676'],
    ['html/divsoup-l15.html', '8,601'],
  ])('%s: the counter widget\'s figure %s is not the release\'s text', (file, figure) => {
    const { body } = extractHtml(readFileSync(join(SET, file), 'utf8'));
    expect(body).not.toContain(figure);
    expect(body).not.toContain('累計導入実績');
  });
});
