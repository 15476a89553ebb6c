import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractText } from '../../src/format/containers.js';
import { parse } from '../../src/parse.js';
import { parseText } from '../../src/pipeline.js';
import { evidenceOf, FIXTURES } from '../helpers.js';
// @ts-expect-error -- a plain ES module shared with scripts/eval-blind-set.mjs
import { compareFacts } from '../../scripts/pdfFacts.mjs';

/**
 * fixtures/pages-t, made blind to the tool (first half t01–t20 only: t21–t40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. A Divi post printed narrow stacks its side column under the
 * article — a promotion (「特選車210台 8月23日まで」「詳しく見る」) and icon cards over its news list — which begins at the
 * column's margin (wpdivi t08, t12, t20); an old table layout's definition list of the page's dates under the text,
 * 「掲載日」 over 「2026年2月6日」 and 「更新日」 over its decoy (hpbsjis t11); a shop blog whose headings all print alike,
 * 「流出したと思われる情報」 right over the section whose figure it qualifies (shopsoup t07). The fields listed are the
 * same as the Markdown's; a print keeps no organization the page gave only as a signature image's alt.
 */
const SET = join(FIXTURES, 'pages-t');
interface Entry {
  id: string;
  source: string;
  pdf: string;
  doc: string | null;
  decoyValues: number[];
  decoyDates: string[];
}
const manifest: Entry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));
const entry = (id: string) => manifest.find((e) => e.id === id)!;

const ALL = ['organization', 'publishedAt', 'title', 'counts', 'timeline', 'incidentTypes', 'dataTypes', 'products', 'report'];
const BUT = (...left: string[]) => ALL.filter((f) => !left.includes(f));

describe('fixtures/pages-t t01–t20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['t08', ALL],
    ['t12', BUT('organization')],
    ['t20', ALL],
    ['t11', ALL],
    ['t07', ALL],
  ] as const)('%s', async (id, fields) => {
    const e = entry(id);
    const source = await parse(readFileSync(join(SET, e.source)), { path: e.source });
    const extracted = await extractText(readFileSync(join(SET, e.pdf)), { path: e.pdf });
    const incident = await parseText(extracted.text, { path: e.pdf, format: extracted.format, encoding: extracted.encoding, warnings: extracted.warnings });
    const cmp = compareFacts(incident, source, e);
    expect(cmp.decoyCounts).toEqual([]);
    expect(cmp.decoyDates).toEqual([]);
    expect(cmp.differing.filter((f: string) => fields.includes(f))).toEqual([]);
    for (const ev of evidenceOf(incident)) expect(extracted.text.slice(ev.start, ev.end)).toBe(ev.text);
  }, 120_000);
});
