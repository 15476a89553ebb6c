import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parse.js';
import { FIXTURES } from '../helpers.js';
// The same comparison `npm run eval:blind` prints for HTML rows (scripts/pageFacts.mjs).
import { comparePage } from '../../scripts/pageFacts.mjs';

/**
 * fixtures/pages-b, made blind to the tool: its first half (b01–b20) only — the second half is the
 * untouched check and is never read here. Each HTML page takes no count or date from its chrome
 * (side bars, 会社データ boxes, access counters, 更新履歴, related releases, scripts' JSON).
 */
const SET = join(FIXTURES, 'pages-b');
const FIRST_HALF = new Set(Array.from({ length: 20 }, (_, i) => `b${String(i + 1).padStart(2, '0')}`));
const manifest: { id: string; html: string; source: string; style: string; decoyValues: number[]; decoyDates: string[] }[] = JSON.parse(
  readFileSync(join(SET, 'manifest.json'), 'utf8'),
).filter((e: { id: string }) => FIRST_HALF.has(e.id));

describe('fixtures/pages-b b01–b20: no decoy count or date taken from a page\'s chrome', () => {
  test('the half covers all six site styles', () => {
    expect(manifest).toHaveLength(20);
    expect(new Set(manifest.map((e) => e.style)).size).toBe(6);
  });

  test.each(manifest.map((e) => [e.html, e] as const))('%s', async (file, entry) => {
    const page = await parse(readFileSync(join(SET, file)), { path: file });
    const source = await parse(readFileSync(join(SET, entry.source)), { path: entry.source });
    const result = comparePage(page, source, entry);
    expect(result.decoyCounts.map((c: { evidence: { text: string } }) => c.evidence.text)).toEqual([]);
    expect(result.decoyDates).toEqual([]);
    expect(page.publishedAt).toBe(source.publishedAt);
  });
});
