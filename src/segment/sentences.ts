import type { Line } from './lines.js';

/** A sentence inside one line, in normalized offsets. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  line: number;
}

/**
 * Splits each non-blank line at 。！？ (the terminator stays with its sentence). Sentences never
 * cross lines: in these releases a line break ends a bullet, a table row or a paragraph.
 */
export function splitSentences(lines: Line[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    let start = line.start;
    for (let i = line.start; i < line.end; i++) {
      const ch = line.text[i - line.start]!;
      if (ch === '。' || ch === '!' || ch === '?') {
        sentences.push({ start, end: i + 1, text: line.text.slice(start - line.start, i + 1 - line.start), line: line.index });
        start = i + 1;
      }
    }
    if (start < line.end && line.text.slice(start - line.start).trim().length > 0) {
      sentences.push({ start, end: line.end, text: line.text.slice(start - line.start), line: line.index });
    }
  }
  return sentences;
}
