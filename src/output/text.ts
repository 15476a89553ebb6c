import stringWidth from 'string-width';

/**
 * Alignment by display width (string-width): a full-width character takes two columns, so
 * "株式会社" is 8 columns wide while its `.length` is 4. Widths are measured before coloring.
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

export function padEndDisplay(text: string, width: number): string {
  const w = stringWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

export function padStartDisplay(text: string, width: number): string {
  const w = stringWidth(text);
  return w >= width ? text : ' '.repeat(width - w) + text;
}

/** Cuts text to at most `width` columns, marking the cut with "..." (ASCII: its width is the same in every terminal). */
export function truncateDisplay(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  const mark = '...';
  const room = Math.max(0, width - mark.length);
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = stringWidth(ch);
    if (used + w > room) break;
    out += ch;
    used += w;
  }
  return out + mark;
}

/**
 * Lays items out on lines of at most `width` columns, joined by `separator`; lines after the first
 * leave room for an `indent` the caller adds. An item wider than a line is cut; `style` colors items, not commas.
 */
export function wrapItems(items: string[], width: number, indent: number, style: (s: string) => string = (s) => s): string[] {
  const separator = ',';
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const room = Math.max(10, width - indent);
  for (let i = 0; i < items.length; i++) {
    const item = truncateDisplay(items[i]!, room);
    const tail = i < items.length - 1 ? separator : '';
    const w = stringWidth(item + tail);
    const piece = style(item) + tail;
    if (line !== '' && used + 1 + w > room) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += (line === '' ? '' : ' ') + piece;
    used += (used === 0 ? 0 : 1) + w;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** 1931902 → "1,931,902". */
export function groupDigits(value: number): string {
  return value.toLocaleString('en-US');
}

/** Breaks text into lines of at most `width` columns (at any character: Japanese has no spaces), at most `maxLines`. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = stringWidth(ch);
    if (used + w > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateDisplay(kept[maxLines - 1]! + lines[maxLines]!, width);
  return kept;
}
