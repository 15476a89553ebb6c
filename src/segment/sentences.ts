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
  const push = (line: Line, start: number, end: number) => {
    while (end - start > MAX_SENTENCE_LENGTH) {
      const window = line.text.slice(start - line.start, start - line.start + MAX_SENTENCE_LENGTH);
      const cut = Math.max(window.lastIndexOf('、'), window.lastIndexOf(' '));
      const at = cut > MAX_SENTENCE_LENGTH / 2 ? start + cut + 1 : start + MAX_SENTENCE_LENGTH;
      sentences.push({ start, end: at, text: line.text.slice(start - line.start, at - line.start), line: line.index });
      start = at;
    }
    if (end > start) sentences.push({ start, end, text: line.text.slice(start - line.start, end - line.start), line: line.index });
  };
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    let start = line.start;
    for (let i = line.start; i < line.end; i++) {
      const ch = line.text[i - line.start]!;
      if (ch === '。' || ch === '!' || ch === '?') {
        push(line, start, i + 1);
        start = i + 1;
      }
    }
    if (start < line.end && line.text.slice(start - line.start).trim().length > 0) push(line, start, line.end);
  }
  return sentences;
}
