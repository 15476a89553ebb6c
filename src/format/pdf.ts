import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { InputError } from '../errors.js';
import { dateOfDateLine } from './dateLine.js';

/**
 * PDF releases as text, with pdfjs-dist 4 (the last line that runs on Node 20), loaded only when a
 * PDF arrives. Text comes through the fonts' ToUnicode maps and the CMaps the package ships (read
 * from node_modules, never the network). Lines are rebuilt from text positions: items on one
 * baseline form a line, wide gaps split table cells ("| 利用者のメールアドレス | 79,991件 |"),
 * lines wrapped at the right margin are joined back into paragraphs, larger type becomes a
 * heading, and running headers, footers and page numbers are dropped.
 */
export interface PdfText {
  /** The release text, without the date line and title it opened with. */
  text: string;
  /** The title: the large type at the top. */
  title: string | null;
  /** "YYYY-MM-DD" from the date line at the top. */
  date: string | null;
  warnings: string[];
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface PdfLine {
  page: number;
  items: Item[];
  x: number;
  right: number;
  y: number;
  size: number;
  /** Table cells when the line has wide gaps, else one cell. */
  cells: string[];
  /** Where each cell starts. */
  cellX: number[];
  /** Position on the page, 0 = top, 1 = bottom. */
  position: number;
  /** The PDF wrote a space at the line's start or end (a wrap between words, not inside one). */
  spaceBefore: boolean;
  spaceAfter: boolean;
}

/** Gap (in font sizes) between two items that makes them separate table cells. */
const CELL_GAP = 2;
/** Gap that is a space between words. */
const SPACE_GAP = 0.25;
const PAGE_NUMBER = /^[-–—‐ ]*(?:p\.?|page|ページ)?[ ]*[0-9]{1,4}[ ]*(?:\/[ ]*[0-9]{1,4}|of[ ]*[0-9]{1,4})?[ ]*(?:ページ|頁)?[-–—‐ ]*$/i;

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

export async function extractPdf(bytes: Uint8Array, path = '-'): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = packageDir();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (and detaches) the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    cMapUrl: join(dir, 'cmaps') + sep,
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts') + sep,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === 'PasswordException') throw new InputError(path, 'is a password-protected PDF');
    throw new InputError(path, `is not a readable PDF (${((e as Error)?.message ?? String(e)).split('\n')[0]})`);
  }
  try {
    const lines: PdfLine[] = [];
    let characters = 0;
    let rotated = 0;
    const blankPages: number[] = [];
    const unreadable: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      let page;
      let content;
      try {
        page = await doc.getPage(p);
        content = await page.getTextContent();
      } catch (e) {
        // One broken page (a damaged content stream) costs that page, not the release.
        unreadable.push(`${p} (${((e as Error)?.message ?? String(e)).split('\n')[0]})`);
        continue;
      }
      const [, y0, , y1] = page.view as [number, number, number, number];
      const items: Item[] = [];
      let onPage = 0;
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.length === 0) continue;
        const [a, b, c, d, e, f] = raw.transform as number[];
        // Horizontal text only: rotated items (stamps) and vertical writing (縦書き notes) are not read.
        const vertical = (content.styles[raw.fontName] as { vertical?: boolean } | undefined)?.vertical === true;
        if (vertical || Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01 || a! <= 0) {
          rotated += raw.str.trim().length;
          continue;
        }
        onPage += raw.str.trim().length;
        items.push({ str: raw.str, x: e!, y: f!, width: raw.width, size: Math.abs(d!) || raw.height || 10 });
      }
      characters += onPage;
      if (onPage === 0 && (await drawsImages(page, pdfjs.OPS))) blankPages.push(p);
      for (const line of groupLines(items)) lines.push({ ...line, page: p, position: (y1 - line.y) / Math.max(1, y1 - y0) });
      page.cleanup();
    }
    if (characters === 0 && unreadable.length > 0) throw new InputError(path, `is not a readable PDF (page ${unreadable[0]})`);
    if (characters === 0 && rotated > 0) throw new InputError(path, 'is a PDF whose text is all rotated or set vertically, which is not supported');
    if (characters === 0) throw new InputError(path, 'is a PDF with no text layer (a scanned or image-only document); run OCR on it first (e.g. ocrmypdf) and parse the result');
    const warnings: string[] = unreadable.map((u) => `PDF page ${u} could not be read; its content is not in the incident`);
    // A page without text among pages with text: a scanned page (an attachment, a signed letter) whose facts are missing.
    if (blankPages.length > 0) warnings.push(`PDF page${blankPages.length > 1 ? 's' : ''} ${blankPages.slice(0, 10).join(', ')} ha${blankPages.length > 1 ? 've' : 's'} no text layer (scanned?); ${blankPages.length > 1 ? 'their' : 'its'} content is not in the incident`);
    const kept = dropRunningLines(lines, doc.numPages);
    const { text, title, date } = splitHeader(assemble(kept));
    const bad = [...text].filter((ch) => /[\ufffd\ue000-\uf8ff\u0000-\u0008]/.test(ch)).length;
    if (bad > text.length * 0.05) warnings.push(`${bad} characters of the PDF's text could not be mapped to Unicode (fonts without ToUnicode maps); facts may be missing`);
    return { text, title, date, warnings };
  } finally {
    await doc.destroy();
  }
}

/** Whether a page paints an image (a page without text that does is a scan; one that does not is blank). */
async function drawsImages(page: { getOperatorList(): Promise<{ fnArray: number[] }> }, ops: Record<string, number>): Promise<boolean> {
  const images = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat]);
  const list = await page.getOperatorList();
  return list.fnArray.some((fn) => images.has(fn));
}

/**
 * The head of a printed release — date line, issuer, title in large type — before its first
 * paragraph: the date line and the title move to the overview (so the date does not read as an
 * event); the issuer's lines stay in the text.
 */
function splitHeader(text: string): { text: string; title: string | null; date: string | null } {
  const lines = text.split('\n');
  const largest = lines.filter((l) => l.startsWith('## ')).length;
  let title: string | null = null;
  let date: string | null = null;
  const drop = new Set<number>();
  for (let i = 0, seen = 0; i < lines.length && seen < 8; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    seen++;
    const heading = /^#{2,4} (.+)$/.exec(line);
    // The title is the one line in the largest type; when section headings share that size there is none.
    if (heading && !title && line.startsWith('## ') && largest === 1) {
      title = heading[1]!.trim();
      drop.add(i);
      continue;
    }
    const d: string | null = date ? null : dateOfDateLine(line);
    if (d) {
      date = d;
      drop.add(i);
      continue;
    }
    // The first paragraph (a line ending a sentence) ends the head.
    if (/[。]$/.test(line) || heading) break;
  }
  const body = lines.filter((_, i) => !drop.has(i)).join('\n').replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n');
  return { text: body, title, date };
}

/**
 * Items on one baseline (within a third of the type size) form a line, read left to right. A line
 * splits into table cells at a gap of two type sizes, or at a smaller gap (half a size, more than
 * cell padding) where another line of the page also starts a piece of text: table columns line up.
 */
function groupLines(items: Item[]): Omit<PdfLine, 'page' | 'position'>[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(last[0]!.y - item.y) <= Math.max(last[0]!.size, item.size) * 0.35) last.push(item);
    else groups.push([item]);
  }
  const gapped = groups.map((group) => {
    group.sort((p, q) => p.x - q.x);
    let prevEnd: number | null = null;
    let prevSize = group[0]!.size;
    return group.map((item) => {
      const gap = prevEnd === null ? 0 : (item.x - prevEnd) / Math.max(prevSize, item.size);
      // pdfjs fills gaps with space items as wide as the gap: they do not move the text's end.
      if (item.str.trim().length > 0) {
        prevSize = item.size;
        prevEnd = Math.max(prevEnd ?? item.x, item.x + item.width);
      }
      return { item, gap };
    });
  });
  const columnKey = (x: number) => Math.round(x / 2);
  const starts = new Map<number, number>();
  for (const line of gapped) {
    for (const { item, gap } of line) if (gap >= 0.5 && item.str.trim()) starts.set(columnKey(item.x), (starts.get(columnKey(item.x)) ?? 0) + 1);
  }
  const isColumn = (x: number) => (starts.get(columnKey(x)) ?? 0) + (starts.get(columnKey(x) - 1) ?? 0) + (starts.get(columnKey(x) + 1) ?? 0) >= 2;
  const out: Omit<PdfLine, 'page' | 'position'>[] = [];
  for (const line of gapped) {
    const visible = line.map((g) => g.item).filter((i) => i.str.trim().length > 0);
    if (visible.length === 0) continue;
    const cells: string[] = [];
    const cellX: number[] = [];
    let cell = '';
    let cellStart = line[0]!.item.x;
    let pendingSpace = false;
    for (const { item, gap } of line) {
      if (item.str.trim().length === 0) {
        pendingSpace = cell.length > 0;
        continue;
      }
      if (cell.trim() && (gap > CELL_GAP || (gap >= 0.5 && isColumn(item.x)))) {
        cells.push(cell.trim());
        cellX.push(cellStart);
        cell = '';
      } else if (cell && !cell.endsWith(' ') && (pendingSpace || gap > SPACE_GAP)) {
        // Between two Japanese characters a small gap is letter-spacing (均等割り付け), not a space:
        // a space the PDF wrote counts from half a size (a full-width space is one), a bare gap from 1.5.
        const cjk = isWide(cell[cell.length - 1]) && isWide(item.str.trimStart()[0]);
        if (!cjk || (pendingSpace ? gap >= 0.5 : gap > 1.5)) cell += ' ';
      }
      pendingSpace = false;
      if (!cell) cellStart = item.x;
      cell += item.str;
    }
    if (cell.trim()) {
      cells.push(cell.trim());
      cellX.push(cellStart);
    }
    // A cell that is only a colon or a dot leader sits between a label and its value.
    const keep = cells.map((c) => !/^[:：…・.]+$/.test(c));
    const kept = keep.some(Boolean) ? cells.filter((_, i) => keep[i]) : cells;
    const keptX = keep.some(Boolean) ? cellX.filter((_, i) => keep[i]) : cellX;
    const first = line[0]!.item;
    const last = line[line.length - 1]!.item;
    out.push({
      spaceBefore: first.str.trim().length === 0 || /^\s/.test(first.str),
      spaceAfter: last.str.trim().length === 0 || /\s$/.test(last.str),
      items: visible,
      x: visible[0]!.x,
      right: Math.max(...visible.map((i) => i.x + i.width)),
      y: visible[0]!.y,
      size: Math.max(...visible.map((i) => i.size)),
      cells: kept,
      cellX: keptX,
    });
  }
  return out;
}

/**
 * Running headers and footers: a line in the top or bottom eighth of the page that recurs (digits
 * aside) on at least half of the pages, and any page-number line there.
 */
function dropRunningLines(lines: PdfLine[], pages: number): PdfLine[] {
  const margin = (l: PdfLine) => l.position < 0.125 || l.position > 0.875;
  // On a one-page release nothing recurs: a line in small type above or below everything else is a running head.
  const bodySize = dominantSize(lines);
  const topmost = Math.min(...lines.map((l) => l.position));
  const bottommost = Math.max(...lines.map((l) => l.position));
  const key = (l: PdfLine) => l.cells.join(' ').normalize('NFKC').replace(/[0-9]+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  for (const l of lines) {
    if (!margin(l)) continue;
    const k = key(l);
    if (!seen.has(k)) seen.set(k, new Set());
    seen.get(k)!.add(l.page);
  }
  return lines.filter((l) => {
    if (!margin(l)) return true;
    const text = l.cells.join(' ').normalize('NFKC').trim();
    if (text.length <= 24 && PAGE_NUMBER.test(text)) return false;
    if (l.size <= bodySize * 0.85 && (l.position === topmost || l.position === bottommost) && !dateOfDateLine(text)) return false;
    return !(pages >= 2 && seen.get(key(l))!.size >= Math.max(2, Math.ceil(pages / 2)));
  });
}

function isWide(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
}

/** A line that opens a new item whatever its position: bullets, markers, numbered points, notes. */
const OPENS_ITEM = /^(?:[-*・•●○◆◇■□▼▽▶►◎※＊①-⑳]|[0-9０-９]{1,2}[.．)）]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|第[0-9０-９一二三四五六七八九十]{1,3}|【)/;

/** Lines back into text: headings by type size, table rows, paragraphs joined across wrapped lines. */
function assemble(lines: PdfLine[]): string {
  if (lines.length === 0) return '';
  const bodySize = dominantSize(lines);
  const headingSizes = [...new Set(lines.filter((l) => isHeading(l, bodySize)).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  // The edges of the text block, per page: a line reaching the right one was wrapped, not ended.
  // The right edge is where most full lines end (hanging punctuation 。、 sticks out past it).
  const edges = new Map<number, { left: number; right: number }>();
  for (const page of new Set(lines.map((l) => l.page))) {
    const on = lines.filter((l) => l.page === page);
    const ends = new Map<number, number>();
    for (const l of on) ends.set(Math.round(l.right), (ends.get(Math.round(l.right)) ?? 0) + 1);
    const max = Math.max(...on.map((l) => l.right));
    const common = [...ends.entries()].filter(([r, n]) => n >= 2 && r >= max - bodySize * 3).sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    edges.set(page, { left: Math.min(...on.map((l) => l.x)), right: common ? common[0] : max });
  }
  const out: string[] = [];
  let prev: PdfLine | null = null;
  let lastHeading: PdfLine | null = null;
  for (const l of lines) {
    const text = l.cells.length > 1 ? `| ${l.cells.join(' | ')} |` : l.cells[0]!;
    if (isHeading(l, bodySize)) {
      // A title wrapped over two lines of the same large type is one heading.
      if (prev === null && lastHeading && lastHeading.page === l.page && Math.abs(lastHeading.size - l.size) < 0.5 && lastHeading.y - l.y <= l.size * 1.8) {
        out[out.length - 2] += text;
        lastHeading = l;
        continue;
      }
      const level = 2 + Math.min(2, headingSizes.indexOf(Math.round(l.size * 2) / 2));
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(`${'#'.repeat(level)} ${text}`);
      out.push('');
      prev = null;
      lastHeading = l;
      continue;
    }
    lastHeading = null;
    // A cell's text wrapped onto the next line: one piece, just below, starting where a cell (not the first) starts.
    if (prev && prev.cells.length > 1 && l.cells.length === 1 && prev.page === l.page && prev.y - l.y <= Math.max(prev.size, l.size) * 1.6) {
      const column = prev.cellX.findIndex((x, i) => i > 0 && Math.abs(x - l.x) <= 2);
      if (column > 0) {
        prev.cells[column] += (needsSpace(prev.cells[column]!, text, prev, l) ? ' ' : '') + text;
        out[out.length - 1] = `| ${prev.cells.join(' | ')} |`;
        continue;
      }
    }
    if (prev && l.cells.length === 1 && prev.cells.length === 1 && continues(prev, l, edges)) {
      const last = out[out.length - 1]!;
      out[out.length - 1] = last + (needsSpace(last, text, prev, l) ? ' ' : '') + text;
      prev = l;
      continue;
    }
    if (prev && prev.page === l.page && prev.y - l.y > Math.max(prev.size, l.size) * 2.2 && out[out.length - 1] !== '') out.push('');
    out.push(text);
    prev = l;
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/**
 * Whether a wrap stood for a space. Japanese layout breaks lines anywhere — inside a Latin word or
 * a URL too — and drops the space where it breaks between words; so: a space the PDF wrote, or two
 * Latin words in a paragraph that is mostly Latin.
 */
function needsSpace(before: string, after: string, prev: PdfLine, next: PdfLine): boolean {
  if (prev.spaceAfter || next.spaceBefore) return true;
  const a = before[before.length - 1];
  const b = after[0];
  if (isWide(a) || isWide(b)) return false;
  if (/(?:https?:\/\/|www\.)\S*$/.test(before.slice(-300))) return false;
  // The paragraph's recent text decides (a long paragraph is not rescanned at every join).
  const tail = [...before.slice(-200)];
  return tail.filter((ch) => isWide(ch)).length < tail.length / 2;
}

/** The body size: the type size that carries the most characters. */
function dominantSize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const s = Math.round(l.size * 2) / 2;
    weight.set(s, (weight.get(s) ?? 0) + l.cells.join('').length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
}

function isHeading(l: PdfLine, bodySize: number): boolean {
  const text = l.cells.join(' ');
  return l.cells.length === 1 && l.size >= bodySize * 1.08 && text.length <= 60 && !/[。、]$/.test(text);
}

/**
 * `next` carries on `prev`'s paragraph: prev ran to the right edge, next starts at or left of
 * prev's start (a new paragraph is indented, a new item has a marker), the type is the same size,
 * and next sits one line below (or at the top of the following page).
 */
function continues(prev: PdfLine, next: PdfLine, edges: Map<number, { left: number; right: number }>): boolean {
  const em = Math.max(prev.size, next.size);
  const edge = edges.get(prev.page)!;
  if (Math.abs(prev.size - next.size) > em * 0.1) return false;
  if (prev.right < edge.right - em * 1.5) return false;
  // A right-aligned line (a date, the issuer's name) is not part of a paragraph.
  if (prev.x > edge.left + em * 3) return false;
  if (OPENS_ITEM.test(next.cells[0]!.trim())) return false;
  if (next.x > prev.x + em * 0.5 && !OPENS_ITEM.test(prev.cells[0]!.trim())) return false;
  if (next.page === prev.page) return prev.y - next.y <= em * 2;
  return next.page === prev.page + 1;
}
