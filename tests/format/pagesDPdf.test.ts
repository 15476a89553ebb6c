import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractText } from '../../src/format/containers.js';
import { parse } from '../../src/parse.js';
import { parseText } from '../../src/pipeline.js';
import { evidenceOf, FIXTURES } from '../helpers.js';
// @ts-expect-error -- a plain ES module shared with scripts/eval-blind-set.mjs
import { compareFacts, notIntact } from '../../scripts/pdfFacts.mjs';

/**
 * The printed pages of the fourth blind set's tuning half (fixtures/pages-d, d01–d20; d21–d40 are
 * never read here): a blog's banner as large as the entry's title, an old site's links to the
 * neighbouring articles 「≪ … ≫」, a fixed navbar's rule, a side bar wider than the article on a
 * narrow page give no title, count or date, and the body reads back intact.
 */
const DIR = join(FIXTURES, 'pages-d');
interface Entry {
  id: string;
  source: string;
  pdf: string;
  decoyValues: number[];
  decoyDates: string[];
}
const TUNING_HALF = (id: string) => Number(id.slice(1)) <= 20;
const manifest: Entry[] = (JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Entry[]).filter((e) => TUNING_HALF(e.id));
let same = 0;

describe('printed pages of the fourth blind set (d01–d20) against their Markdown', () => {
  test.each(manifest.map((e) => [e.pdf, e] as const))('%s', async (file, entry) => {
    const md = readFileSync(join(DIR, entry.source));
    const source = await parse(md, { path: entry.source });
    const extracted = await extractText(readFileSync(join(DIR, file)), { path: file });
    const incident = await parseText(extracted.text, { path: file, format: extracted.format, encoding: extracted.encoding, warnings: extracted.warnings });
    const cmp = compareFacts(incident, source, entry);
    expect(cmp.decoyCounts).toEqual([]);
    expect(cmp.decoyDates).toEqual([]);
    expect(incident.title).toBe(source.title);
    expect(incident.publishedAt).toBe(source.publishedAt);
    expect(notIntact(md.toString('utf8'), extracted.text).share).toBeLessThanOrEqual(0.02);
    for (const e of evidenceOf(incident)) expect(extracted.text.slice(e.start, e.end)).toBe(e.text);
    if (cmp.differing.length === 0) same++;
  }, 120_000);

  // Runs after the files above. 8 of 20 and 13 decoy dates when the set came (the rest differ in
  // the organization only).
  test('the half: at least 17 of the 20 give every fact', () => {
    expect(same).toBeGreaterThanOrEqual(17);
  });
});
