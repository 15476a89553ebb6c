import { parseIsoDate } from '../dates/dateMentions.js';
import { bodyReferenceDate, resolveDates, type Day, type ResolvedDate } from '../dates/resolveDates.js';
import { today } from '../dates/clock.js';
import type { DocumentContext } from '../document.js';
import type { Line } from '../segment/lines.js';
import { headingText } from '../segment/lines.js';
import type { Sentence } from '../segment/sentences.js';
import { LiteralFilter, alternation, matchesOf } from '../util/regex.js';
import { CORPORATE_FORMS } from '../words/organizations.js';
import type { Findings } from './types.js';

/** Shared look-ups for the extractors: the sentence around an offset, headings, lead-in lines. */

export function sentenceAt(doc: DocumentContext, offset: number): Sentence | null {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

interface BodyDates {
  /** The publication's day (else the day the text dates itself by), or null. */
  reference: Day | null;
  /** The day the text is read as published on: `reference`, else the caller's reference day, else today. */
  published: Day;
  dates: readonly ResolvedDate[];
}

const bodyDatesCache = new WeakMap<DocumentContext, BodyDates & { publishedAt: string | null }>();

/**
 * The body's dates resolved against the publication date (a pasted body without one: the day it dates itself by, 本日…,
 * …現在), read once per document for the extractors that read them (the timeline, the follow-up's chronology). What the
 * text leaves undated with neither (a pasted body that writes no year) is read against the reference day: the caller's
 * (ParseOptions.referenceDate), else today.
 */
export function bodyDates(doc: DocumentContext, found: Findings): BodyDates {
  const publishedAt = found.publishedAt[0]?.value ?? null;
  const cached = bodyDatesCache.get(doc);
  if (cached && cached.publishedAt === publishedAt) return cached;
  const body = doc.text.slice(doc.bodyStart);
  const reference = parseIsoDate(publishedAt) ?? bodyReferenceDate(body);
  const anchor = parseIsoDate(doc.referenceDate) ?? today();
  const entry = { publishedAt, reference, published: reference ?? anchor, dates: resolveDates(body, reference, anchor) };
  bodyDatesCache.set(doc, entry);
  return entry;
}

const headingCache = new WeakMap<DocumentContext, Map<number, string>>();

/**
 * The texts of the headings a line stands under, innermost last, each cut to 200 characters and
 * read once per document (a long heading over many facts would otherwise be re-read for each).
 */
export function headingsOf(doc: DocumentContext, line: Line): string[] {
  let cache = headingCache.get(doc);
  if (!cache) headingCache.set(doc, (cache = new Map()));
  return line.headings.map((i) => {
    let text = cache!.get(i);
    if (text === undefined) {
      const h = doc.lines[i]!;
      text = headingText({ ...h, end: Math.min(h.end, h.contentStart + 220) }, doc.text).slice(0, 200);
      cache!.set(i, text);
    }
    return text;
  });
}

/**
 * For an offset in a table row below the table's first row: the cells of that first row and the
 * offset's column in them ("|項目|流出した可能性のある件数|" over "|氏名|1,234件|" → column 2), or
 * null. Bounded: a row is read only within 2,000 characters and a table block up to 200 rows back.
 */
export function tableHeaderAt(doc: DocumentContext, at: number): { cells: string[]; column: number } | null {
  const line = doc.lineAt(at);
  if (line.kind !== 'table' || at - line.start > 2000) return null;
  let first = line.index;
  while (first > 0 && line.index - first < 200 && doc.lines[first - 1]!.kind === 'table') first--;
  const header = doc.lines[first]!;
  if (header === line || header.text.length > 2000) return null;
  return { cells: header.text.split('|'), column: doc.text.slice(line.start, at).split('|').length - 1 };
}

/**
 * For a bullet or table row, the prose line that introduces the list it belongs to
 * ("以下の情報については、漏洩していないことを確認いたしました。"); null for prose.
 */
export function leadInOf(doc: DocumentContext, line: Line): Line | null {
  if (line.kind !== 'bullet' && line.kind !== 'table' && line.kind !== 'text') return null;
  for (let i = line.index - 1, seen = 0; i >= 0 && seen < 30; i--, seen++) {
    const l = doc.lines[i]!;
    if (l.kind === 'heading') return null;
    if (l.kind === 'text' && l !== line && /(?:以下|下記|次の|次のとおり|とおり|通り)|[:。]$/.test(l.text.trim())) return l;
    if (l.kind === 'text' && line.kind === 'text') return null;
  }
  return null;
}

const literalFilters = new WeakMap<DocumentContext, LiteralFilter>();

/**
 * The document's literal filter (src/util/regex.ts), built once and shared by the extractors: a
 * table pattern none of whose literals is in the text is not run over it (most of a keyword table
 * is absent from any one release).
 */
export function literalFilterOf(doc: DocumentContext): LiteralFilter {
  let filter = literalFilters.get(doc);
  if (!filter) literalFilters.set(doc, (filter = new LiteralFilter(doc.text)));
  return filter;
}

/** The legal forms as one alternation (global; matchesOf resets lastIndex, so extractors share it). */
export const LEGAL_FORM = new RegExp(alternation(CORPORATE_FORMS), 'g');
const legalForms = new WeakMap<DocumentContext, number[]>();

/**
 * Where the document's legal forms (株式会社, 有限会社, ㈱ …) stand in doc.text, as start and end
 * offsets one after the other: found once, for organization (line by line) and products (the whole
 * text), which scanned the 40-way alternation each on its own.
 */
export function legalFormsOf(doc: DocumentContext): readonly number[] {
  let spans = legalForms.get(doc);
  if (!spans) {
    spans = [];
    for (const m of matchesOf(LEGAL_FORM, doc.text)) spans.push(m.index!, m.index! + m[0].length);
    legalForms.set(doc, spans);
  }
  return spans;
}

/**
 * Whether the next line with text after a heading is another heading of the same level (or, with `deeper`, of a deeper
 * one): a heading with nothing under it, which opens the section below it.
 */
export function nextHeading(doc: DocumentContext, heading: Line, deeper = false): boolean {
  for (let i = heading.index + 1; i < doc.lines.length; i++) {
    const l = doc.lines[i]!;
    if (l.kind === 'blank') continue;
    return l.kind === 'heading' && (l.level === heading.level || (deeper && l.level > heading.level));
  }
  return false;
}
