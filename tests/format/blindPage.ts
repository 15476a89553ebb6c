import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { extractText } from '../../src/format/containers.js';
import { parse } from '../../src/parse.js';
import { parseText } from '../../src/pipeline.js';
import { evidenceOf } from '../helpers.js';
// The same comparisons `npm run eval:blind` prints for HTML rows (scripts/pageFacts.mjs) and PDF rows (scripts/pdfFacts.mjs).
import { comparePage } from '../../scripts/pageFacts.mjs';
// @ts-expect-error -- a plain ES module shared with scripts/eval-blind-set.mjs
import { compareFacts } from '../../scripts/pdfFacts.mjs';

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

/** The facts a blind set's comparison reads (scripts/pdfFacts.mjs compareFacts). */
export const ALL_FIELDS = ['organization', 'publishedAt', 'title', 'counts', 'timeline', 'incidentTypes', 'dataTypes', 'products', 'report'];
/** Every fact but those a print cannot hold (a date or publisher the page gave only in its metadata). */
export const allFieldsBut = (...left: string[]): string[] => ALL_FIELDS.filter((f) => !left.includes(f));

/**
 * A printed page or document of a blind set read as its Markdown source is, on the fields given: no count or date
 * taken from the site's chrome, and every evidence span the text it points at.
 */
export async function expectPrintAsSource(set: string, entry: PrintEntry, file: string, fields: readonly string[]): Promise<void> {
  const source = await parse(readFileSync(join(set, entry.source)), { path: entry.source });
  const extracted = await extractText(readFileSync(join(set, file)), { path: file });
  const incident = await parseText(extracted.text, { path: file, format: extracted.format, encoding: extracted.encoding, warnings: extracted.warnings });
  const cmp = compareFacts(incident, source, entry);
  expect(cmp.decoyCounts).toEqual([]);
  expect(cmp.decoyDates).toEqual([]);
  expect(cmp.differing.filter((f: string) => fields.includes(f))).toEqual([]);
  for (const ev of evidenceOf(incident)) expect(extracted.text.slice(ev.start, ev.end)).toBe(ev.text);
}

/** A blind set's manifest entry, as far as a print's comparison reads it. */
export interface PrintEntry {
  id: string;
  source: string;
  pdf: string;
  doc: string | null;
  decoyValues: number[];
  decoyDates: string[];
}
