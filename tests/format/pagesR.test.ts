import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-r, made blind to the tool (first half r01–r20 only: r21–r40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: a table layout's 「What's New」 table of date | headline rows
 * (sjisco), a no-code builder whose header boxes are set absolutely by a rule scoped to the header while the same class
 * wraps every paragraph of the article (studio), a date line left alone in the body after the article (「2025年4月4日
 * 更新」), and a date that is only the breadcrumb trail's last level (「トップ > ニュース > 2024年12月19日」).
 */
const SET = join(FIXTURES, 'pages-r');
const manifest = readManifest(SET);

describe('fixtures/pages-r r01–r20: the same facts as the Markdown, no decoy', () => {
  test.each(['r01', 'r02', 'r07', 'r08', 'r15', 'r19', 'r20'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
