import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse } from '../../src/parse.js';
// The same comparison `npm run eval:blind` prints for HTML rows (scripts/pageFacts.mjs).
import { comparePage } from '../../scripts/pageFacts.mjs';

/** A blind set's manifest entry, as far as a page's comparison reads it. */
export interface PageEntry {
  id: string;
  html: string;
  source: string;
  decoyValues: number[];
  decoyDates: string[];
}

/** A blind set's manifest (fixtures/pages-X/manifest.json). */
export function readManifest(set: string): PageEntry[] {
  return JSON.parse(readFileSync(join(set, 'manifest.json'), 'utf8'));
}

/** The page read as its Markdown source is: no count or date taken from the site's chrome, no fact that differs. */
export async function expectPageAsSource(set: string, entry: PageEntry): Promise<void> {
  const page = await parse(readFileSync(join(set, entry.html)), { path: entry.html });
  const source = await parse(readFileSync(join(set, entry.source)), { path: entry.source });
  const result = comparePage(page, source, entry);
  expect(result.decoyCounts.map((c: { evidence: { text: string } }) => c.evidence.text)).toEqual([]);
  expect(result.decoyDates).toEqual([]);
  expect(result.differing).toEqual([]);
}
