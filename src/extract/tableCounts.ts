import type { DocumentContext } from '../document.js';
import type { Line } from '../segment/lines.js';
import { BRACKET_NOTE, CAPACITY_HEADS, MEASURE_HEADER, NO_MEASURE_NOUN, SCOPE_COUNTERS, TOTAL_HEADER, isNonScopeSubject } from '../words/counters.js';
import { findQuantities, type QuantityMention } from './counts.js';

/**
 * Figures that carry no counter of their own: the bare numbers of a table column or of a bracketed list, whose unit and
 * what they count come from the header above them ("|No. 会社名 期間 対象者数|" over "|1 株式会社A 2025/02 ~ 2025/10 55|",
 * "生徒数(人)" over "2,077") or from the note that says what the brackets hold ("1,198人(カッコ内は卒業生数)" over
 * "中部小学校(18)"). Each figure's evidence is its row (or list item) as printed.
 */
export interface ScopedFigure {
  /** The figure, with the counter its header or note gives. */
  q: QuantityMention;
  /** The row's name and the header's noun ("県立学校14校 生徒数"). */
  subject: string;
  /** The row or list item the figure stands in. */
  rowStart: number;
  rowEnd: number;
  layout: 'grid' | 'flat' | 'tab' | 'bracket';
}

/** The rules of such figures: two of them stand in two rows (or list items), so they are two records, never one restated. */
export const SCOPED_RULE_IDS: ReadonlySet<string> = new Set(['counts.grid', 'counts.tab', 'counts.flat', 'counts.bracket']);

/** A bare count: digits with thousands separators, no leading zero, no counter (a code, a date or 0 is none). */
const BARE_NUMBER = /^(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]{0,7})$/;

/** A row of a table's separator ("|---|:---:|"). */
const SEPARATOR_ROW = /^[\s|:\-]*$/;

/** Rows, list lines and header lines are short; longer lines are prose (and keep the scan linear). */
const MAX_ROW = 600;

interface Cell {
  start: number;
  end: number;
  text: string;
}

interface Measure {
  noun: string;
  unit: string;
}

/** Splits [from, to) at the given separator offsets into trimmed cells (offsets in the normalized text). */
function cellsBetween(text: string, from: number, to: number, cuts: readonly number[]): Cell[] {
  const cells: Cell[] = [];
  let s = from;
  for (const cut of [...cuts, to]) {
    let a = s;
    let b = cut;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    cells.push({ start: a, end: b, text: text.slice(a, b) });
    s = cut + 1;
  }
  return cells;
}

/** A Markdown row's cells, between its pipes (the empty cell after a closing pipe dropped). */
function pipeCells(doc: DocumentContext, line: Line): Cell[] {
  const text = doc.text;
  const cuts: number[] = [];
  for (let i = line.contentStart; i < line.end; i++) if (text[i] === '|') cuts.push(i);
  const cells = cellsBetween(text, line.contentStart, line.end, cuts);
  if (cells.length > 1 && cells[cells.length - 1]!.text === '') cells.pop();
  return cells;
}

/** A line's cells between the TABs of its source (a TAB is folded to a space in the normalized text); null without any. */
function tabCells(doc: DocumentContext, line: Line): Cell[] | null {
  const span = doc.norm.toSource(line.start, line.end);
  if (!doc.source.slice(span.start, span.end).includes('\t')) return null;
  const cuts: number[] = [];
  for (let i = line.start; i < line.end; i++) if (doc.text[i] === ' ' && doc.source[doc.norm.toSource(i, i + 1).start] === '\t') cuts.push(i);
  return cellsBetween(doc.text, line.start, line.end, cuts);
}

const statedCounters = new WeakMap<DocumentContext, Map<string, string | null>>();

/** The counter the release writes for a noun's figure elsewhere ("対象者数：14,638 名" → 名), or null; once per noun. */
function counterStatedFor(doc: DocumentContext, noun: string): string | null {
  let cache = statedCounters.get(doc);
  if (!cache) statedCounters.set(doc, (cache = new Map()));
  let unit = cache.get(noun);
  if (unit === undefined) cache.set(noun, (unit = findCounterStatedFor(doc, noun)));
  return unit;
}

function findCounterStatedFor(doc: DocumentContext, noun: string): string | null {
  const text = doc.text;
  for (let i = text.indexOf(noun, doc.bodyStart), n = 0; i >= 0 && n < 20; i = text.indexOf(noun, i + noun.length), n++) {
    const from = i + noun.length;
    const line = doc.lineAt(i);
    const q = findQuantities(text, from, Math.min(line.end, from + 24))[0];
    if (q && /^[ :は]{0,4}$/.test(text.slice(from, q.start))) return q.unit;
  }
  return null;
}

/**
 * What a header or note names: a noun of a counted quantity and its counter — the one in its brackets ("生徒数(人)"), the
 * one the noun is made of (件数, 人数, 校数, アカウント数), or the one the release writes for that noun's figure elsewhere.
 * Null for no count's header (期間, 会社名, 金額(円)) and for a quantity that is never an incident's scope (定員, 店舗数,
 * 従業員数) unless it is a part of a breakdown beside its total.
 */
function measureOf(doc: DocumentContext, cell: string, inBreakdown: boolean, fallbackUnit: string | null = null): Measure | null {
  if (cell.length > 40) return null;
  const m = MEASURE_HEADER.exec(cell.replace(/\s/g, ''));
  if (!m) return null;
  const noun = m[1]!;
  if (NO_MEASURE_NOUN.test(noun)) return null;
  if (m[2] !== undefined && !SCOPE_COUNTERS.includes(m[2])) return null;
  if (CAPACITY_HEADS.test(noun) || (isNonScopeSubject(noun) && !inBreakdown)) return null;
  const stem = noun.slice(0, -1);
  const unit = m[2] ?? SCOPE_COUNTERS.find((c) => stem.endsWith(c)) ?? fallbackUnit ?? counterStatedFor(doc, noun);
  return unit ? { noun, unit } : null;
}

/** A row's name: its first cell, other than the figures' columns, that is not a number. */
function rowName(cells: readonly Cell[], skip: ReadonlySet<number>): string | null {
  for (let k = 0; k < cells.length; k++) {
    if (skip.has(k)) continue;
    const t = cells[k]!.text;
    if (t && /[^0-9,.\s]/.test(t)) return t.slice(0, 40);
  }
  return null;
}

function figure(cell: Cell, unit: string): QuantityMention {
  const value = Number(cell.text.replace(/,/g, ''));
  return { start: cell.start, end: cell.end, numberStart: cell.start, numberEnd: cell.end, value, unit, approx: false };
}

/**
 * A table whose header cells name counted quantities: each row's bare number in such a column is that quantity for the
 * row. Columns are matched from the right (a row may merge the header's empty corner with its name).
 */
function gridFigures(doc: DocumentContext, header: Cell[], rows: { line: Line; cells: Cell[] }[], layout: 'grid' | 'tab', out: ScopedFigure[]): void {
  const hasTotal = header.some((c) => TOTAL_HEADER.test(c.text));
  const measures = header.map((c) => measureOf(doc, c.text, hasTotal && !TOTAL_HEADER.test(c.text)));
  if (!measures.some(Boolean)) return;
  for (const { cells } of rows) {
    const columns = new Map<number, Measure>();
    measures.forEach((m, k) => {
      const at = cells.length - (header.length - k);
      if (m && at >= 0) columns.set(at, m);
    });
    const name = rowName(cells, new Set(columns.keys()));
    const row = { start: cells[0]!.start, end: cells[cells.length - 1]!.end };
    for (const [at, m] of columns) {
      const cell = cells[at]!;
      if (!BARE_NUMBER.test(cell.text)) continue;
      out.push({ q: figure(cell, m.unit), subject: name ? `${name} ${m.noun}` : m.noun, rowStart: row.start, rowEnd: row.end, layout });
    }
  }
}

/** A row's name holds a word (not only a page number's "/" or a dash). */
const NAMED = /[A-Za-zぁ-んァ-ヶ一-龠]/;

/** A line's words, without its Markdown marks (pipes, heading marks), and where its text runs. */
function wordsOf(doc: DocumentContext, line: Line): { words: string[]; start: number; end: number } {
  const text = doc.text;
  // (A short line opened by a number reads as a marker heading: that number is the row's, kept.)
  let start = line.kind === 'heading' && line.level > 6 ? line.start : line.contentStart;
  let end = line.end;
  while (start < end && /[\s|]/.test(text[start]!)) start++;
  while (end > start && /[\s|]/.test(text[end - 1]!)) end--;
  return { words: text.slice(start, end).split(/[ |]+/).filter(Boolean), start, end };
}

/**
 * A table read line by line — printed one cell per row ("|No. 会社名 期間 対象者数|" over "|1 株式会社A 2025/02 ~ 2025/10
 * 55|"), or as a PDF or a page gives it back, rows in lines of their own: the words of a row cannot be matched to the
 * header's one by one (names and dates hold spaces), but its last words are the last columns'. When a header line's last
 * words name counted quantities (each one word: "生徒数(人) 教職員数(人) 総数(人)"), each line under it that ends in bare
 * numbers is a row with those quantities, matched from the right ("県立学校14校 2,077 974 3,051"); the rows run to the
 * first line that is none. Returns the index of the line after the last row (the header's own index + 1 when it is none).
 */
function lineFigures(doc: DocumentContext, i: number, out: ScopedFigure[]): number {
  const lines = doc.lines;
  const header = lines[i]!;
  if (header.end - header.start > 80) return i + 1;
  const { words } = wordsOf(doc, header);
  const last = words[words.length - 1];
  if (words.length < 2 || !last || !/数(?:\([^()]{1,6}\))?$/.test(last) || doc.text.slice(header.start, header.end).includes('。')) return i + 1;
  // The header's last words that each name a counted quantity, right to left (a part beside its total is scope).
  const hasTotal = words.some((w) => TOTAL_HEADER.test(w));
  const measures: Measure[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    const m = measureOf(doc, words[k]!, hasTotal && !TOTAL_HEADER.test(words[k]!));
    if (!m) break;
    measures.push(m);
  }
  if (measures.length === 0) return i + 1;
  const text = doc.text;
  let next = i + 1;
  for (let k = i + 1, seen = 0; k < lines.length && seen < 400; k++, seen++) {
    const l = lines[k]!;
    if (l.kind === 'blank' || (l.kind === 'table' && SEPARATOR_ROW.test(text.slice(l.start, l.end)))) continue;
    if ((l.kind === 'heading' && l.level <= 6) || l.end - l.start > MAX_ROW) break;
    const row = wordsOf(doc, l);
    // The row's last words that are bare numbers, one for each measured column at most.
    let figures = 0;
    while (figures < measures.length && figures < row.words.length - 1 && BARE_NUMBER.test(row.words[row.words.length - 1 - figures]!)) figures++;
    if (row.words.length < 2 || figures === 0) break;
    // Its name: the words after a row number, up to the first that opens with a digit (a date, a figure).
    const named = row.words.slice(0, -figures).join(' ').replace(/^[0-9]{1,4}[.)]?[ ]+/, '').split(/[ ]+(?=[0-9])/)[0]!.trim();
    if (!NAMED.test(named)) break;
    // Each figure's place in the row, found from the row's end.
    let end = row.end;
    for (let f = 0; f < figures; f++) {
      const figureText = row.words[row.words.length - 1 - f]!;
      const start = text.lastIndexOf(figureText, end - figureText.length);
      const cell: Cell = { start, end: start + figureText.length, text: figureText };
      out.push({ q: figure(cell, measures[f]!.unit), subject: `${named.slice(0, 40)} ${measures[f]!.noun}`, rowStart: row.start, rowEnd: row.end, layout: 'flat' });
      end = start;
    }
    next = k + 1;
  }
  return next;
}

/** One item of a bracketed list: a name and its bare figure in brackets ("中部小学校(18)"). */
const BRACKET_ITEM = /([^()、,。:\s][^()、,。:]{0,40}?)[ ]?\(([0-9][0-9,]*)\)/g;
/** A line that is nothing but such items, separated by 、 or spaces. */
// (A name runs to its bracket, spaces included: one way to read a line, so a line that is no list fails at once.)
const BRACKET_LIST_LINE = /^(?:[・\-][ ]?)?(?:[^()、,。:\s][^()、,。:]{0,40}\([0-9][0-9,]*\)[ 、,]*)+$/;

/**
 * A note that says what the brackets hold ("計17校,1,198人(カッコ内は卒業生数)") scopes the bracketed bare figures of the
 * list under it ("中部小学校(18)"): their counter is the one of the figure the note is written on (1,198人), else the
 * noun's. The list runs to the next heading or the first line that is not such items.
 */
function bracketFigures(doc: DocumentContext, out: ScopedFigure[]): void {
  const text = doc.text;
  for (const line of doc.lines) {
    if (line.start < doc.bodyStart || line.kind === 'blank' || line.end - line.start > MAX_ROW) continue;
    const lineText = text.slice(line.start, line.end);
    if (!/カッコ|括弧|かっこ|\(\)/.test(lineText)) continue;
    const note = BRACKET_NOTE.exec(lineText);
    if (!note) continue;
    const open = line.start + lineText.lastIndexOf('(', note.index + 1);
    const written = findQuantities(text, line.contentStart, open).filter((q) => text.slice(q.end, open).trim() === '').pop();
    const m = measureOf(doc, note[1]!, false, written?.unit ?? null);
    if (!m) continue;
    for (let i = line.index + 1, seen = 0; i < doc.lines.length && seen < 400; i++, seen++) {
      const l = doc.lines[i]!;
      if (l.kind === 'blank') continue;
      if (l.kind === 'heading' || l.end - l.start > MAX_ROW) break;
      const item = text.slice(l.contentStart, l.end).trim();
      if (!BRACKET_LIST_LINE.test(item)) break;
      const from = l.contentStart + text.slice(l.contentStart, l.end).indexOf(item);
      for (const it of item.matchAll(BRACKET_ITEM)) {
        const number = it[2]!;
        if (!BARE_NUMBER.test(number)) continue;
        const itemStart = from + it.index!;
        const itemEnd = itemStart + it[0].length;
        const numberStart = itemEnd - 1 - number.length;
        const cell: Cell = { start: numberStart, end: numberStart + number.length, text: number };
        const name = it[1]!.replace(/^[・\-][ ]?/, '').trim();
        out.push({ q: figure(cell, m.unit), subject: `${name} ${m.noun}`, rowStart: itemStart, rowEnd: itemEnd, layout: 'bracket' });
      }
    }
  }
}

/** The bare figures a header or a note scopes, in text order (see ScopedFigure). */
export function scopedFigures(doc: DocumentContext): ScopedFigure[] {
  const out: ScopedFigure[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start < doc.bodyStart || line.kind === 'blank' || line.end - line.start > MAX_ROW) continue;
    if (line.kind === 'table' && pipeCells(doc, line).length > 1) {
      // A block of Markdown rows: its first row is the header.
      let j = i + 1;
      const rows: { line: Line; cells: Cell[] }[] = [];
      while (j < lines.length && lines[j]!.kind === 'table' && j - i <= 400) {
        const l = lines[j]!;
        if (l.end - l.start <= MAX_ROW && !SEPARATOR_ROW.test(doc.text.slice(l.start, l.end))) rows.push({ line: l, cells: pipeCells(doc, l) });
        j++;
      }
      gridFigures(doc, pipeCells(doc, line), rows, 'grid', out);
      i = j - 1;
      continue;
    }
    // Lines whose cells are TAB-separated: the first of them is the header.
    const header = line.kind === 'text' || line.kind === 'bullet' ? tabCells(doc, line) : null;
    if (header && header.length >= 2) {
      let j = i + 1;
      const rows: { line: Line; cells: Cell[] }[] = [];
      while (j < lines.length && j - i <= 400) {
        const l = lines[j]!;
        const cells = l.kind === 'text' || l.kind === 'bullet' ? (l.end - l.start <= MAX_ROW ? tabCells(doc, l) : null) : null;
        if (!cells || cells.length < 2) break;
        rows.push({ line: l, cells });
        j++;
      }
      gridFigures(doc, header, rows, 'tab', out);
      i = j - 1;
      continue;
    }
    i = lineFigures(doc, i, out) - 1;
  }
  bracketFigures(doc, out);
  return out.sort((a, b) => a.q.start - b.q.start);
}
