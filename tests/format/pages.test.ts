import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parse.js';
import { FIXTURES, evidenceOf } from '../helpers.js';
// The same comparison `npm run eval:pages` prints (scripts/pageFacts.mjs).
import { comparePage } from '../../scripts/pageFacts.mjs';

/**
 * fixtures/pages: releases rendered by scripts/make-pages.mjs as news pages in six site styles
 * (UTF-8, Shift_JIS, EUC-JP) wrapped in decoy chrome. Each page must give the facts its Markdown
 * source gives, and no count or date from the chrome.
 */
const PAGES = join(FIXTURES, 'pages');
const manifest: { file: string; style: string; encoding: string; source: string; decoyValues: number[]; decoyDates: string[] }[] = JSON.parse(
  readFileSync(join(PAGES, 'manifest.json'), 'utf8'),
);
const sources = new Map<string, Promise<Awaited<ReturnType<typeof parse>>>>();
const sourceIncident = (file: string) => {
  if (!sources.has(file)) sources.set(file, parse(readFileSync(join(PAGES, file), 'utf8'), { path: file }));
  return sources.get(file)!;
};

describe('fixtures/pages: a page gives the same facts as its Markdown', () => {
  test('the set covers six styles and three encodings', () => {
    expect(new Set(manifest.map((e) => e.style)).size).toBe(6);
    expect(new Set(manifest.map((e) => e.encoding))).toEqual(new Set(['utf-8', 'shift_jis', 'euc-jp']));
  });

  test.each(manifest.map((e) => [e.file, e] as const))('%s', async (file, entry) => {
    const bytes = readFileSync(join(PAGES, file));
    const page = await parse(bytes, { path: file });
    expect(page.source.format).toBe('html');
    expect(page.source.encoding).toBe(entry.encoding);
    const result = comparePage(page, await sourceIncident(entry.source), entry);
    expect(result.decoyCounts.map((c: { evidence: { text: string } }) => c.evidence.text)).toEqual([]);
    expect(result.decoyDates).toEqual([]);
    for (const field of result.differing) expect({ field, page: result.page[field] }).toEqual({ field, page: result.source[field] });
    for (const ev of evidenceOf(page)) expect(ev.text.length).toBeGreaterThan(0);
  });
});
