import type { DocumentContext } from '../document.js';
import type { Line } from '../segment/lines.js';
import { headingText } from '../segment/lines.js';
import type { Sentence } from '../segment/sentences.js';
import { LiteralFilter } from '../util/regex.js';

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
