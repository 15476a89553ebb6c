import type { Evidence } from './types.js';
import { normalizeText, type NormalizedText } from './normalize/normalize.js';
import { unwrapHardWraps } from './normalize/unwrap.js';
import { splitLines, type Line } from './segment/lines.js';
import { splitSentences, type Sentence } from './segment/sentences.js';
import { isArchiveMarkdown, readArchiveSections, type Overview } from './archive/overview.js';

/**
 * A release ready for the extractors: the decoded source, its normalized form with the offset map,
 * lines, sentences and (for the archive layout) the overview. All offsets held here are normalized
 * offsets; `evidence()` turns them into source spans.
 */
export interface DocumentContext {
  readonly source: string;
  readonly norm: NormalizedText;
  /** The normalized text (alias of norm.text). */
  readonly text: string;
  readonly format: string;
  readonly lines: Line[];
  readonly sentences: Sentence[];
  readonly overview: Overview | null;
  /** Normalized offset where the release text proper starts (after the overview). */
  readonly bodyStart: number;
  /** Lines of the release text proper. */
  readonly bodyLines: Line[];
  /** Sentences of the release text proper. */
  readonly bodySentences: Sentence[];
  /** The caller's day for what a text with no publication date leaves undated (YYYY-MM-DD), or null: today (src/dates/clock.ts). */
  readonly referenceDate: string | null;
  evidence(start: number, end: number): Evidence;
  lineAt(offset: number): Line;
}

export function buildDocument(source: string, format?: string, referenceDate: string | null = null): DocumentContext {
  // A text broken at a fixed width (pasted from a PDF viewer or an e-mail) is read in its lines (src/normalize/unwrap.ts).
  const norm = unwrapHardWraps(normalizeText(source));
  const text = norm.text;
  const lines = splitLines(text);
  const sentences = splitSentences(lines);
  const archive = isArchiveMarkdown(text);
  const { overview, bodyStart } = archive ? readArchiveSections(lines, text) : { overview: null, bodyStart: 0 };
  const bodyLines = lines.filter((l) => l.start >= bodyStart);
  const bodySentences = sentences.filter((s) => s.start >= bodyStart);
  // Source line starts, for 1-based line numbers in evidence.
  const sourceLineStarts = lineStartsOf(source);
  const lineLookup = (offset: number): number => {
    let lo = 0;
    let hi = sourceLineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sourceLineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const lineStarts = lines.map((l) => l.start);
  return {
    source,
    norm,
    text,
    format: format ?? (archive ? 'archive-markdown' : 'text'),
    lines,
    sentences,
    overview,
    bodyStart,
    bodyLines,
    bodySentences,
    referenceDate,
    evidence(start: number, end: number): Evidence {
      // Trim white space at both ends so the span is the fact, not its padding.
      while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
      while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
      const span = norm.toSource(start, end);
      return { text: source.slice(span.start, span.end), start: span.start, end: span.end, line: lineLookup(span.start) };
    },
    lineAt(offset: number): Line {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lines[lo]!;
    },
  };
}

/**
 * Offsets where the source's lines start: a line ends at LF, CRLF or a lone CR (as normalizeText
 * reads them). A function of its own: this loop inside buildDocument had TurboFan compile all of
 * buildDocument (with what it inlines) on-stack, anew after each deoptimization.
 */
function lineStartsOf(source: string): number[] {
  const starts: number[] = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/**
 * What /\s/ matches, by UTF-16 unit (ECMAScript's white space and line terminators), without a one-character string and
 * a regex test per character (evidence trims every finding's span).
 */
function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
