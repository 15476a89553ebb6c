// The chrome fuzzer's own invariants (scripts/chrome-fuzz.mjs), not the tool's results: its decoys never
// occur in the release, a seed makes the same bytes, and the whole 本文 is on the page.
import { describe, expect, it, test } from 'vitest';
import Encoding from 'encoding-japanese';
// @ts-expect-error an untyped ES module script
import { makePage, monthDaysIn, numbersIn, sample } from '../../scripts/chrome-fuzz.mjs';

type Release = { md: string; body: string; file: string };
type Page = { bytes: Buffer; encoding: string; entry: { decoyValues: number[]; decoyDates: string[] } };

const SEEDS = [1, 7, 42];
const pages = SEEDS.map((seed) => {
  const releases: Release[] = sample(5, seed);
  return { seed, releases, made: releases.map((r, i) => makePage(r, seed, i) as Page) };
});

/** The page's text as a reader sees it: decoded, without scripts, styles and tags, entities resolved. */
function pageText(page: Page): string {
  const enc = page.encoding === 'UTF-8' ? 'UTF8' : page.encoding === 'Shift_JIS' ? 'SJIS' : 'EUCJP';
  const html = Encoding.codeToString(Encoding.convert(page.bytes, { from: enc, to: 'UNICODE' }));
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe('numbersIn / monthDaysIn: the forms a release writes a number or a day in', () => {
  test.each([
    ['1,234名の個人情報', 1234, true],
    ['最大3.2万人分', 32000, true],
    ['約二万五千件', 25000, true],
    ['１２３件（全角）', 123, true],
    ['12345件', 1234, false],
    ['第三者による不正アクセス', 3, true],
  ])('%s → %d: %s', (text, value, found) => {
    expect(numbersIn(text).has(value)).toBe(found);
  });
  test.each([
    ['令和８年１月２３日に判明', '1-23', true],
    ['2026.01.23 公開', '1-23', true],
    ['1/23（金）', '1-23', true],
    ['12月3日', '12-3', true],
    ['12345件', '1-23', false],
  ])('%s → %s: %s', (text, md, found) => {
    expect(monthDaysIn(text).has(md)).toBe(found);
  });
});

describe.each(pages)('seed $seed', ({ seed, releases, made }) => {
  it('makes byte-identical pages for a seed', () => {
    const again: Release[] = sample(5, seed);
    expect(again.map((r) => r.file)).toEqual(releases.map((r) => r.file));
    again.forEach((r, i) => expect((makePage(r, seed, i) as Page).bytes.equals(made[i].bytes)).toBe(true));
  });

  it('draws no decoy figure or date the release writes', () => {
    made.forEach((page, i) => {
      // read independently of the generator: digits as written (commas dropped), and M月D日 / M/D / Y.M.D days
      const text = releases[i].md.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1');
      expect(page.entry.decoyValues.length).toBeGreaterThan(0);
      for (const v of page.entry.decoyValues) {
        expect(new RegExp(`(?<!\\d)${v}(?!\\d)`).test(text), `${v} in ${releases[i].file}`).toBe(false);
        if (v >= 10000 && v % 1000 === 0) expect(text.includes(`${v / 10000}万`)).toBe(false);
      }
      const flat = text.replace(/\s+/g, '');
      for (const d of page.entry.decoyDates) {
        const [, m, day] = d.split('-').map(Number);
        for (const form of [`${m}月${day}日`, `${String(m).padStart(2, '0')}月${String(day).padStart(2, '0')}日`])
          expect(flat.includes(form), `${d} in ${releases[i].file}`).toBe(false);
        expect(new RegExp(`(?<!\\d)0?${m}[/.]0?${day}(?!\\d)`).test(flat), `${d} in ${releases[i].file}`).toBe(false);
      }
    });
  });

  it("puts every sentence of the whole 本文 in the page's text", () => {
    made.forEach((page, i) => {
      const text = squash(pageText(page));
      const sentences = releases[i].body
        .replace(/\*\*/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .split(/\n|。|\|/)
        .map((l) => squash(l.replace(/^\s*(?:#{1,6}|[-*+]|\d+[.)]|>)\s+/, '')))
        .filter((l) => l.length >= 8 && !/^[-:|]+$/.test(l));
      expect(sentences.length).toBeGreaterThan(0);
      const missing = sentences.filter((s) => !text.includes(s));
      expect(missing, releases[i].file).toEqual([]);
    });
  });
});
