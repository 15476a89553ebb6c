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
 * The PDFs of the blind set's tuning half (fixtures/pages-b, b01–b20; b21–b40 are never read
 * here): each printed page and document must take no count or date from the site's chrome and
 * read its body back intact; most give every fact their Markdown gives.
 */
const DIR = join(FIXTURES, 'pages-b');
interface Entry {
  id: string;
  source: string;
  pdf: string;
  doc: string | null;
  decoyValues: number[];
  decoyDates: string[];
}
const TUNING_HALF = (id: string) => Number(id.slice(1)) <= 20;
const manifest: Entry[] = (JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Entry[]).filter((e) => TUNING_HALF(e.id));
const cases = manifest.flatMap((e) => [[e.pdf, e, 'page'] as const, ...(e.doc ? [[e.doc, e, 'doc'] as const] : [])]);
const same = { page: 0, doc: 0 };

describe('PDFs of the blind set (b01–b20) against their Markdown', () => {
  test.each(cases)('%s', async (file, entry, kind) => {
    const md = readFileSync(join(DIR, entry.source));
    const source = await parse(md, { path: entry.source });
    const extracted = await extractText(readFileSync(join(DIR, file)), { path: file });
    const incident = await parseText(extracted.text, { path: file, format: extracted.format, encoding: extracted.encoding, warnings: extracted.warnings });
    const cmp = compareFacts(incident, source, entry);
    expect(cmp.decoyCounts).toEqual([]);
    expect(cmp.decoyDates).toEqual([]);
    expect(notIntact(md.toString('utf8'), extracted.text).share).toBeLessThanOrEqual(0.03);
    for (const e of evidenceOf(incident)) expect(extracted.text.slice(e.start, e.end)).toBe(e.text);
    if (cmp.differing.length === 0) same[kind]++;
  }, 120_000);

  // Runs after the files above. Printed pages: 0 of 20 when the set came, 16 since; documents 6 of 8, then 8.
  test('the half: at least 16 of the 20 printed pages and 8 of the 8 documents give every fact', () => {
    expect(same.page).toBeGreaterThanOrEqual(16);
    expect(same.doc).toBeGreaterThanOrEqual(8);
  });
});
