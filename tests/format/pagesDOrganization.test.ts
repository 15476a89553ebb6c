import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parse.js';
import { FIXTURES } from '../helpers.js';

/**
 * fixtures/pages-d, made blind to the tool: its first half (d01–d20) only — the second half is the
 * lead's untouched check and is never read here. Each page, its print and its Word-style document
 * name the organization the release names: a joint release's page naming every issuer, a footer
 * whose logo wrapped after its legal form, a letter's sender with the unit it speaks for in
 * parentheses (「京都大学（京都大学文学研究科図書館）」), a desk named with the company that runs it.
 */
const SET = join(FIXTURES, 'pages-d');
const FIRST_HALF = new Set(Array.from({ length: 20 }, (_, i) => `sources/d${String(i + 1).padStart(2, '0')}.md`));
const manifest: { source: string; html: string; pdf: string; doc: string | null; style: string }[] = JSON.parse(
  readFileSync(join(SET, 'manifest.json'), 'utf8'),
).filter((e: { source: string }) => FIRST_HALF.has(e.source));
const files = manifest.flatMap((e) => [e.html, e.pdf, ...(e.doc ? [e.doc] : [])].map((file) => [file, e.source] as const));

describe('fixtures/pages-d d01–d20: the organization', () => {
  test('the half covers all six site styles', () => {
    expect(manifest).toHaveLength(20);
    expect(new Set(manifest.map((e) => e.style)).size).toBe(6);
  });

  const sources = new Map<string, Promise<string | null>>();
  const sourceOrganization = (source: string) => {
    if (!sources.has(source)) sources.set(source, parse(readFileSync(join(SET, source)), { path: source }).then((i) => i.organization?.normalizedName ?? null));
    return sources.get(source)!;
  };

  test.each(files)('%s names the organization its release names', async (file, source) => {
    const page = await parse(readFileSync(join(SET, file)), { path: file });
    expect(page.organization?.normalizedName ?? null).toBe(await sourceOrganization(source));
  }, 30_000);
});
