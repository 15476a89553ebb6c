/** A run of text from pdf.js, in page space (y upwards, at the baseline). */
export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Drawn in a bold font, where the file says so. */
  bold?: boolean;
  /** The structure element of a tagged PDF the run belongs to (an index into its Structure's nodes). */
  tag?: number;
}

export interface PdfLine {
  page: number;
  items: Item[];
  x: number;
  right: number;
  y: number;
  size: number;
  /** Every character drawn in a bold font (a heading set at body size or smaller stands apart by it). */
  bold?: boolean;
  /** Table cells when the line has wide gaps or is a ruled table's row, else one cell. */
  cells: string[];
  /** Where each cell starts. */
  cellX: number[];
  /** Position on the page, 0 = top, 1 = bottom. */
  position: number;
  /** The PDF wrote a space at the line's start or end (a wrap between words, not inside one). */
  spaceBefore: boolean;
  spaceAfter: boolean;
  /** A list item: a bullet drawn just left of the line's text (read as 「- 」). */
  bullet?: boolean;
  /** Most of its characters are a link's (the page's Link annotations): a list's entry or a menu's, hardly ever a sentence. */
  linked?: boolean;
  /** Its text belongs to elements the structure tree of a tagged PDF shows to be chrome (pdf/structure.ts). */
  tagChrome?: boolean;
  /** Printed above the release's title, its text all before the release in a tagged PDF's tree: the page's head (its header, a side column stacked over the article). */
  treeHead?: boolean;
  /** A row of a ruled table (its cells are whole: nothing below joins them). */
  table?: boolean;
  /** A ruled table's first row on a page with no rule above it: the rest of a row broken by the page break. */
  continued?: boolean;
  /** A ruled table's last row on a page with no rule below it: a row the page break cut, going on on the next page. */
  openBottom?: boolean;
  /** The layout block (XY-cut leaf) the line belongs to, numbered in reading order over the document. */
  block?: number;
  /** The column (a side of an XY-cut gutter) the line was read in, unique over the document. */
  column?: number;
}

/** A line's text as one string: its cells joined by a space, runs of white space folded. */
export function lineTextOf(line: PdfLine): string {
  return line.cells.join(' ').replace(/\s+/g, ' ').trim();
}

export function isWide(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
}

/** The largest of many numbers (Math.max(...xs) overflows the stack on a long array). */
export function maxOf(xs: Iterable<number>, empty = -Infinity): number {
  let m = empty;
  for (const x of xs) if (x > m) m = x;
  return m;
}

export function minOf(xs: Iterable<number>, empty = Infinity): number {
  let m = empty;
  for (const x of xs) if (x < m) m = x;
  return m;
}
