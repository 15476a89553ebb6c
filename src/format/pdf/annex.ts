import { ANNEX_LABEL, ANNEX_REFERENCE } from '../../words/printedPage.js';
import type { PdfLine } from './types.js';

const lineText = (l: PdfLine) => l.cells.join(' ').normalize('NFKC').trim();

/** A list's item (a drawn bullet, a number or mark: 「1.」「①」) or a table's row: what an annex's block opens with. */
const opensBlock = (l: PdfLine) => !!l.bullet || !!l.table || ITEM_MARK.test(lineText(l));
const ITEM_MARK = /^(?:[-・•●○◆■□※①-⑳]|[0-9]{1,2}[.)]|[(][0-9]{1,2}[)])/;

/** The annex's title under its label takes this many lines at most. */
const ANNEX_TITLE_LINES = 3;

/** Lines of one block more than this many times the block's common line pitch apart: two blocks (two lists' margin). */
const BLOCK_GAP = 1.3;

/** The common distance between lines in a run (the median step down), or null for a run of one line. */
function pitchOf(lines: PdfLine[]): number | null {
  const steps: number[] = [];
  for (let k = 1; k < lines.length; k++) if (lines[k]!.page === lines[k - 1]!.page && lines[k]!.column === lines[k - 1]!.column && lines[k - 1]!.y > lines[k]!.y) steps.push(lines[k - 1]!.y - lines[k]!.y);
  if (steps.length === 0) return null;
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)]!;
}

/**
 * The annex's content split into its blocks (lists, tables): a new block where the table's rows begin or end, where the
 * annex's next column or page begins, or after a gap wider than its lines' common pitch (the margin between two lists).
 */
function annexBlocks(content: PdfLine[]): PdfLine[][] {
  const sides = sideBySide(content);
  const runs = sides ?? [content];
  const blocks: PdfLine[][] = [];
  for (const run of runs) {
    const pitch = pitchOf(run);
    for (let k = 0; k < run.length; k++) {
      const l = run[k]!;
      const before = run[k - 1];
      const apart = before === undefined || before.page !== l.page || before.column !== l.column || !!before.table !== !!l.table
        || (!l.table && pitch !== null && before.y - l.y > pitch * BLOCK_GAP);
      if (apart) blocks.push([]);
      blocks[blocks.length - 1]!.push(l);
    }
  }
  return blocks;
}

/**
 * An annex's lists set side by side on one page, that no tagged tree told apart (「弊社システムとのオンライン受注」 left,
 * 「WEB を使用した受発注」「FAX、e-mail による受発注」… right, their lines read by height, interleaved): the lines split where
 * every line left of the cut ends before any line right of it starts, both sides sharing the page's height — each side
 * a column, read left first. (An item indented under another starts within its line: no cut there.) Lines of one cell
 * and no table only; null when the lines stand in no such two columns.
 */
function sideBySide(content: PdfLine[]): [PdfLine[], PdfLine[]] | null {
  if (content.length < 2 || content.some((l) => l.table || l.cells.length !== 1 || l.page !== content[0]!.page)) return null;
  const starts = [...new Set(content.map((l) => l.x))].sort((a, b) => a - b);
  for (const cut of starts.slice(1)) {
    const left = content.filter((l) => l.x < cut);
    const right = content.filter((l) => l.x >= cut);
    if (Math.max(...left.map((l) => l.right)) >= cut) continue;
    // Side by side: each side's lines reach over the other's height (no list set under the other).
    const top = (ls: PdfLine[]) => Math.max(...ls.map((l) => l.y));
    const bottom = (ls: PdfLine[]) => Math.min(...ls.map((l) => l.y));
    if (top(left) < bottom(right) || top(right) < bottom(left)) return null;
    return [left, right];
  }
  return null;
}

/**
 * A document that sets its sections' lists and tables on an annex page at its end (「別紙」 opening the page, its title
 * under the label), leaving a pointer to it where each stood (「2．現在の対応状況」 over 「（別紙のとおり）」): each of the
 * annex's blocks read back under its pointer, in order — when the annex holds just as many blocks (lists, tables, set
 * one after another or in columns) as the text points to it; the label and title stay where they print. The sections'
 * headings then scope what they hold, and the text reads in the order it was written. Otherwise the lines as they are.
 */
export function annexPlaced(lines: PdfLine[]): PdfLine[] {
  const texts = lines.map(lineText);
  const pointers = texts.flatMap((t, i) => (lines[i]!.cells.length === 1 && ANNEX_REFERENCE.test(t) ? [i] : []));
  if (pointers.length === 0) return lines;
  // The annex opens a page after the last pointer: its label the page's first line.
  const label = texts.findIndex((t, i) => i > pointers[pointers.length - 1]! && ANNEX_LABEL.test(t) && lines[i - 1] !== undefined && lines[i - 1]!.page < lines[i]!.page);
  if (label < 0) return lines;
  // Its title under the label (「…について（別紙）」, maybe wrapped), in no list or table; then its content to the end.
  let start = label + 1;
  while (start < lines.length && start <= label + ANNEX_TITLE_LINES && !opensBlock(lines[start]!)) start++;
  const content = lines.slice(start);
  if (content.length === 0 || !opensBlock(content[0]!)) return lines;
  // Another label (「別紙2」) or a page of the document's own after the annex: not one annex of blocks alone.
  if (content.some((l, k) => k > 0 && ANNEX_LABEL.test(lineText(l)))) return lines;
  const blocks = annexBlocks(content);
  if (blocks.length !== pointers.length || blocks.some((b) => !opensBlock(b[0]!))) return lines;
  const out: PdfLine[] = [];
  for (let i = 0; i < start; i++) {
    out.push(lines[i]!);
    const k = pointers.indexOf(i);
    if (k >= 0) out.push(...blocks[k]!);
  }
  return out;
}
