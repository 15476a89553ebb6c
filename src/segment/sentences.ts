import type { Line } from './lines.js';

/** A sentence inside one line, in normalized offsets. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  line: number;
}

/**
 * Longer "sentences" are cut (at a 、 or space when there is one): real sentences are far shorter,
 * and extractors look at a fact's whole sentence, so an unbounded one would make them quadratic
 * on hostile input (a megabyte with no 。).
 */
export const MAX_SENTENCE_LENGTH = 400;

/**
 * Splits each non-blank line at 。！？ (the terminator stays with its sentence). Sentences never
 * cross lines: in these releases a line break ends a bullet, a table row or a paragraph.
 */
export function splitSentences(lines: Line[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of lines) if (line.kind !== 'blank') splitLine(line, sentences);
  return sentences;
}

/**
 * The sentences of one line. Functions of their own (the scan, the push, the cut of a long one):
 * as one closure-holding function TurboFan compiled it three times in a batch, ~7 ms each.
 */
function splitLine(line: Line, sentences: Sentence[]): void {
  const text = line.text;
  let start = line.start;
  const quoted = quotedSpans(text);
  let q = 0;
  for (let i = 0; i < text.length; i++) {
    while (q < quoted.length && quoted[q]![1] <= i) q++;
    if (q < quoted.length && quoted[q]![0] < i) continue;
    const ch = text.charCodeAt(i);
    if (ch === 0x3002 || ch === 0x21 || ch === 0x3f) {
      pushSentence(sentences, line, start, line.start + i + 1);
      start = line.start + i + 1;
    }
  }
  if (start < line.end && text.slice(start - line.start).trim().length > 0) pushSentence(sentences, line, start, line.end);
}

/**
 * The spans of a line quoted in 「」 (or 『』) that close on the same line, outermost only, in order: a 。 inside one ends a sentence
 * of the quoted text ("「…完了してください。この期間内に…可能性があります。」という文章…が配信されている"), not of the line's own,
 * which runs on past the 」. A 「 that never closes on its line quotes nothing here.
 */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x300c || ch === 0x300e) {
      if (depth === 0) from = i;
      depth++;
    } else if ((ch === 0x300d || ch === 0x300f) && depth > 0) {
      depth--;
      if (depth === 0) spans.push([from, i]);
    }
  }
  return spans;
}

function pushSentence(sentences: Sentence[], line: Line, start: number, end: number): void {
  if (end - start > MAX_SENTENCE_LENGTH) start = pushCuts(sentences, line, start, end);
  if (end > start) sentences.push({ start, end, text: line.text.slice(start - line.start, end - line.start), line: line.index });
}

/** Cuts a long sentence's leading pieces (at a 、 or space when there is one); returns where the rest starts. */
function pushCuts(sentences: Sentence[], line: Line, start: number, end: number): number {
  while (end - start > MAX_SENTENCE_LENGTH) {
    const window = line.text.slice(start - line.start, start - line.start + MAX_SENTENCE_LENGTH);
    const cut = Math.max(window.lastIndexOf('、'), window.lastIndexOf(' '));
    const at = cut > MAX_SENTENCE_LENGTH / 2 ? start + cut + 1 : start + MAX_SENTENCE_LENGTH;
    sentences.push({ start, end: at, text: line.text.slice(start - line.start, at - line.start), line: line.index });
    start = at;
  }
  return start;
}
