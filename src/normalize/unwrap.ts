import type { NormalizedText } from './normalize.js';

/**
 * Hard-wrapped text back into its lines: a release pasted from a PDF viewer or an e-mail comes broken at a fixed width
 * ("2026年4月2日22時50分頃、株式会社CAMPFIRE(以下「弊社」)の" / "システム管理に使用しているGitHubアカウントに対して、第三者による不正な" /
 * "アクセスが発生し、…"), and every reader of a line or a clause — a date's event, a count's subject, a word split in two
 * ("不正な" / "アクセス") — reads half a sentence. Extractors work line by line, so the wraps go before segmentation.
 *
 * The width is the text's own: the width (in columns, a full-width character two) that most lines broken off mid-sentence
 * share. Only a text laid out at one width is unwrapped — three or more such lines, and hardly any plain line wider —
 * so a release written one paragraph to a line (the archive's Markdown, a page's text) is left as it is. A line is joined
 * to the next when it fills that width, ends no sentence or label, and the next line is prose (no heading, list item,
 * table row or blank line: those start lines of their own).
 */

/** Narrowest line counted as filling a width: 12 full-width characters (24 columns). */
const MIN_WIDTH = 24;
/** Lines a text needs at one width, broken off mid-sentence, before it is read as hard-wrapped. */
const MIN_WRAPPED_LINES = 3;
/**
 * How far a wrapped line may fall short of the width (a word or a bracket kept whole) or run past it (a mark hung at the
 * edge): in characters, for a text wrapped at a count of characters; in columns, for one wrapped at a width on screen.
 */
const CHARS_SHORT = 2;
const CHARS_PAST = 1;
const COLUMNS_SHORT = 4;
const COLUMNS_PAST = 2;
/** Longest line joining makes (characters): a paragraph is shorter; a run of lines without end is no paragraph, and stays lines. */
const MAX_JOINED = 1200;
/** Share of plain lines at least as wide as a wrapped one that may run past the width (a URL, a long address). */
const WIDER_SHARE = 0.1;

/** The end of a line that ends a sentence, a label or a bracket: the next line is one of its own. */
const LINE_ENDED = /[。．.!?！？」』)）】\]〉>:：]\s*$/;
/** The start of a line that opens one of its own: a heading, a list item, a table row, a quote, a note, a date of a chronology. */
const LINE_OPENS = /^[ ]{0,8}(?:#|\||>|[-*+・•●○◦▪‣■□◆◇▼▽▶►◎※【\[〈<]|[0-9]{1,2}[.)．][ ]?|\([0-9]{1,2}\)|[①-⑳]|第[0-9一二三四五六七八九十]{1,3}[ ]|(?:令和|平成)?[0-9]{1,4}[年/]|[0-9]{1,2}月[0-9]{1,2}日)/;

/** A source line's characters and display columns (a full-width or CJK character two, ASCII and half-width kana one), trailing spaces not counted. */
function measure(line: string): { chars: number; cols: number } {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x3000 || line.charCodeAt(end - 1) === 0x09)) end--;
  let cols = 0;
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i);
    cols += c < 0x1100 || (c >= 0xff61 && c <= 0xff9f) ? 1 : 2;
  }
  return { chars: end, cols };
}

/** The value most of a list falls just short of: the v with the most values in [v - short, v] (the larger of a tie), and that many. */
function modeWidth(values: number[], short: number): { width: number; count: number } {
  const sorted = [...values].sort((a, b) => a - b);
  let width = 0;
  let count = 0;
  for (let hi = 0, lo = 0; hi < sorted.length; hi++) {
    while (sorted[lo]! < sorted[hi]! - short) lo++;
    if (hi - lo + 1 >= count) {
      count = hi - lo + 1;
      width = sorted[hi]!;
    }
  }
  return { width, count };
}

interface TextLine {
  /** Offsets in the normalized text, without the newline. */
  start: number;
  end: number;
  /** Characters and columns of the line as the source laid it out. */
  chars: number;
  cols: number;
  blank: boolean;
  /** Opens a line of its own (heading, list item, table row…). */
  opens: boolean;
  /** Ends a sentence, label or bracket. */
  ended: boolean;
}

export function unwrapHardWraps(norm: NormalizedText): NormalizedText {
  const { text } = norm;
  if (text.indexOf('\n') < 0) return norm;
  const lines: TextLine[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const span = norm.toSource(start, end);
    const blank = line.trim() === '';
    const { chars, cols } = blank ? { chars: 0, cols: 0 } : measure(norm.source.slice(span.start, span.end));
    lines.push({ start, end, chars, cols, blank, opens: !blank && LINE_OPENS.test(line), ended: blank || LINE_ENDED.test(line) });
    if (end === text.length) break;
    start = end + 1;
  }
  // Lines broken off mid-sentence with prose below: the candidates, by width.
  // (A number broken in two, "…調査した結果、20" / "25年4月1日から…", goes on whatever the next line opens with.)
  const splitsNumber = (l: TextLine, next: TextLine): boolean => isDigit(text.charCodeAt(l.end - 1)) && isDigit(text.charCodeAt(next.start));
  const broken = (k: number): boolean => {
    const l = lines[k]!;
    const next = lines[k + 1];
    return !l.blank && !l.ended && l.cols >= MIN_WIDTH && next !== undefined && !next.blank && (!next.opens || splitsNumber(l, next));
  };
  const candidates: TextLine[] = [];
  for (let k = 0; k + 1 < lines.length; k++) if (broken(k)) candidates.push(lines[k]!);
  if (candidates.length < MIN_WRAPPED_LINES) return norm;
  // The width most of them fill, counted in characters and in columns (a measure that gathers too few is not the text's).
  const byChars = modeWidth(candidates.map((l) => l.chars), CHARS_SHORT);
  const byCols = modeWidth(candidates.map((l) => l.cols), COLUMNS_SHORT);
  const charsWidth = byChars.count >= MIN_WRAPPED_LINES ? byChars.width : null;
  const colsWidth = byCols.count >= MIN_WRAPPED_LINES ? byCols.width : null;
  if (charsWidth === null && colsWidth === null) return norm;
  const fills = (l: TextLine): boolean =>
    (charsWidth !== null && l.chars >= charsWidth - CHARS_SHORT && l.chars <= charsWidth + CHARS_PAST) ||
    (colsWidth !== null && l.cols >= colsWidth - COLUMNS_SHORT && l.cols <= colsWidth + COLUMNS_PAST);
  const reaches = (l: TextLine): boolean => (charsWidth !== null && l.chars >= charsWidth - CHARS_SHORT) || (colsWidth !== null && l.cols >= colsWidth - COLUMNS_SHORT);
  // A text laid out at that width has hardly a plain line wider (a text written a paragraph to a line has many).
  let wide = 0;
  let wider = 0;
  for (const l of lines) {
    if (l.blank || l.opens || !reaches(l)) continue;
    wide++;
    if (!fills(l)) wider++;
  }
  if (wider > WIDER_SHARE * wide) return norm;
  // Join: drop each wrapped line's newline and the next line's indent (a space between two Latin letters or digits).
  const pieces: string[] = [];
  const origin: number[] = [];
  let from = 0;
  let joined = 0;
  // Where the line being joined began.
  let lineStart = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k]!;
    const next = lines[k + 1]!;
    if (!broken(k) || !fills(l) || next.end - lineStart > MAX_JOINED) {
      lineStart = next.start;
      continue;
    }
    let contentEnd = l.end;
    while (contentEnd > l.start && text.charCodeAt(contentEnd - 1) === 0x20) contentEnd--;
    let nextStart = next.start;
    while (nextStart < next.end && text.charCodeAt(nextStart) === 0x20) nextStart++;
    pieces.push(text.slice(from, contentEnd));
    origin.push(from);
    // (Two Latin words keep a space between them, "Microsoft" / "365"; the two halves of a number do not.)
    const a = text.charCodeAt(contentEnd - 1);
    const b = text.charCodeAt(nextStart);
    if (isLatin(a) && isLatin(b) && !(isDigit(a) && isDigit(b))) {
      pieces.push(' ');
      origin.push(l.end);
    }
    from = nextStart;
    joined++;
  }
  if (joined === 0) return norm;
  pieces.push(text.slice(from));
  origin.push(from);
  return remapped(norm, pieces, origin);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLatin(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A text made of pieces of the normalized text (piece k starting at origin[k]; a piece of one space stands for a newline). */
function remapped(norm: NormalizedText, pieces: string[], origin: number[]): NormalizedText {
  const out = pieces.join('');
  const map = new Uint32Array(out.length + 1);
  let at = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const single = piece === ' ' && norm.text[origin[k]!] === '\n';
    for (let i = 0; i < piece.length; i++) map[at + i] = single ? origin[k]! : origin[k]! + i;
    at += piece.length;
  }
  map[out.length] = norm.text.length;
  return {
    text: out,
    source: norm.source,
    toSource(start: number, end: number) {
      if (end <= start) return norm.toSource(map[Math.min(start, out.length)]!, map[Math.min(start, out.length)]!);
      return norm.toSource(map[start]!, map[end - 1]! + 1);
    },
  };
}
