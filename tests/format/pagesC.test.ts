import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parse.js';
import { FIXTURES } from '../helpers.js';
// The same comparison `node scripts/eval-blind-set.mjs fixtures/pages-c` prints for HTML rows (scripts/pageFacts.mjs).
import { comparePage } from '../../scripts/pageFacts.mjs';

/**
 * fixtures/pages-c, made blind to the tool: its first half (c01–c20) only — the second half is the
 * lead's untouched check and is never read here. Each HTML page takes no count or date from its
 * chrome (a page-feedback box's tally among them), and each page printed to PDF names the
 * organization and the publication date as the release does (the banner's section dropped, a
 * blog byline's date, the footer's copyright holder).
 */
const SET = join(FIXTURES, 'pages-c');
const FIRST_HALF = new Set(Array.from({ length: 20 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`));
const manifest: { id: string; html: string; pdf: string; source: string; style: string; decoyValues: number[]; decoyDates: string[] }[] = JSON.parse(
  readFileSync(join(SET, 'manifest.json'), 'utf8'),
).filter((e: { id: string }) => FIRST_HALF.has(e.id));

describe('fixtures/pages-c c01–c20', () => {
  test('the half covers all six site styles', () => {
    expect(manifest).toHaveLength(20);
    expect(new Set(manifest.map((e) => e.style)).size).toBe(6);
  });

  test.each(manifest.map((e) => [e.html, e] as const))('%s: no decoy count or date taken from the page\'s chrome', async (file, entry) => {
    const page = await parse(readFileSync(join(SET, file)), { path: file });
    const source = await parse(readFileSync(join(SET, entry.source)), { path: entry.source });
    const result = comparePage(page, source, entry);
    expect(result.decoyCounts.map((c: { evidence: { text: string } }) => c.evidence.text)).toEqual([]);
    expect(result.decoyDates).toEqual([]);
    expect(page.publishedAt).toBe(source.publishedAt);
  });

  // The Bootstrap pages' PDFs are still read through pdf.js (seconds each): left to the eval script.
  test.each(manifest.filter((e) => e.style !== 'bootstrap').map((e) => [e.pdf, e] as const))('%s: the organization and the publication date of the release', async (file, entry) => {
    const page = await parse(readFileSync(join(SET, file)), { path: file });
    const source = await parse(readFileSync(join(SET, entry.source)), { path: entry.source });
    expect(page.publishedAt).toBe(source.publishedAt);
    expect(page.organization?.name ?? null).toBe(source.organization?.name ?? null);
  }, 30_000);
});
