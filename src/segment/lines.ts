/**
 * Splits normalized text into classified lines: headings (Markdown "#", ■/●/【】 markers, numbered
 * titles), bullets, table rows and prose. Each line knows the headings it stands under, which is
 * how a count finds the service its section names and a data kind finds "漏えいの可能性がある情報".
 */

export type LineKind = 'heading' | 'bullet' | 'table' | 'text' | 'blank';

export interface Line {
  index: number;
  /** Offsets in the normalized text, without the newline. */
  start: number;
  end: number;
  text: string;
  kind: LineKind;
  /** Heading depth: 1-6 for Markdown, 7 for marker headings; 0 otherwise (half a level more where numbering nests it: nestByNumbering). */
  level: number;
  /** Offset of the content after the heading/bullet marker. */
  contentStart: number;
  /** Indices of the heading lines this line stands under, outermost first. */
  headings: number[];
}

// CommonMark allows up to three spaces before the marker (" ## （１） 漏えいした可能性のある情報").
const MARKDOWN_HEADING = /^[ ]{0,3}(#{1,6})[ ]+/;
const BULLET = /^[ ]{0,8}(?:[-*+・•●○◦▪‣]|[0-9]{1,2}[.)][ ]|\([0-9]{1,2}\)|[①-⑳])[ ]*/;
/** A short line opened by a heading marker: ■概要, 【経緯】, 1. 事象の概要, 第2 原因. */
const MARKER_HEADING = /^[ ]{0,4}(?:[■□◆◇▼▽▶►◎]|【|\[|[0-9]{1,2}[.．][ ]?(?=[^0-9])|[0-9]{1,2}[ ](?=[^0-9 ])|第[0-9一二三四五六七八九十]{1,3}[ ]?(?![0-9一二三四五六七八九十]|報|回))[ ]*/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push(classifyLine(text.slice(start, end), start, lines.length));
    if (end === text.length) break;
    start = end + 1;
  }
  nestByNumbering(lines);
  const stack: Line[] = [];
  // Lines under the same headings share one (read-only) list: a new array per line was most of
  // the garbage segmentation made.
  let under: number[] = [];
  for (const line of lines) {
    line.headings = under;
    if (line.kind === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1]!.level >= line.level) stack.pop();
      line.headings = stack.map((h) => h.index);
      stack.push(line);
      under = stack.map((h) => h.index);
    }
  }
  return lines;
}

/** A section's number opening a heading's title: 「2．…」「１. …」「第3 …」 (digits ASCII or full-width). */
const SECTION_NUMBER = /^[ 　]*(?:第[ ]?)?([0-9０-９]{1,2})(?:[.．]|(?<=第[ ]?[0-9０-９]{1,2})[章節 　])/;

/** A heading's title set in brackets: 「【…のお客様】」. */
const BRACKETED_TITLE = /^[ 　]*[【［\[〔《≪]/;

/** A heading's title, its number or marker kept (a Markdown heading's marks dropped). */
const sectionTitle = (line: Line): string => (line.level <= 6 ? line.text.slice(line.contentStart - line.start) : line.text);

/** The section number a heading's title opens with, or null. */
function sectionNumber(line: Line): number | null {
  const m = SECTION_NUMBER.exec(sectionTitle(line));
  return m ? Number(m[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : null;
}

/**
 * Headings a page set at one level that its numbering nests: between a heading numbered as a section (「## 2．流出が確認された
 * 個人情報」) and the next numbered one after it (「## ３．今後の弊社の対応」), the headings at that level that carry no section
 * number (「## 情報種類 内容等」, a sub-heading a site's template set at its siblings' level — or a print left so) stand
 * inside section 2: set half a level deeper. After the last numbered section, or where the next number does not follow,
 * the numbering says nothing, and the headings stay (「## お問い合わせ先」 after 「## 3．…」 is a sibling).
 */
function nestByNumbering(lines: Line[]): void {
  const headings = lines.filter((l) => l.kind === 'heading');
  for (let i = 0; i < headings.length; i++) {
    const section = headings[i]!;
    const n = sectionNumber(section);
    if (n === null) continue;
    const between: Line[] = [];
    let next: Line | null = null;
    for (let j = i + 1; j < headings.length; j++) {
      const h = headings[j]!;
      if (h.level > section.level) continue;
      if (h.level < section.level || sectionNumber(h) !== null) {
        next = h;
        break;
      }
      between.push(h);
    }
    // (A title in brackets among them, 「## 【当サイトをご利用されたお客様】」, is left to its readers: the data kinds' tell by
    // the sub-items before it whether the section holds it — dataTypes.ts bracketedItemVerdict.)
    if (between.some((h) => BRACKETED_TITLE.test(sectionTitle(h)))) continue;
    if (between.length > 0 && next !== null && next.level === section.level && sectionNumber(next) === n + 1) for (const h of between) h.level += 0.5;
  }
}

/** Does the line hold only spaces (what String.prototype.trim removes)? Checked without a copy. */
const BLANK = /^\s*$/;
const ENDS_WITH_PERIOD_OR_COLON = /[。:]\s*$/;
const HAS_COUNT = /[0-9,]+[ ]?(?:件|名|人)/;

function classifyLine(raw: string, start: number, index: number): Line {
  const end = start + raw.length;
  if (BLANK.test(raw)) return { index, start, end, text: raw, headings: NO_HEADINGS, kind: 'blank', level: 0, contentStart: start };
  const md = MARKDOWN_HEADING.exec(raw);
  if (md) return { index, start, end, text: raw, headings: NO_HEADINGS, kind: 'heading', level: md[1]!.length, contentStart: start + md[0].length };
  const lead = raw.length - raw.trimStart().length;
  if (raw.charCodeAt(lead) === 0x7c /* | */ && raw.trimEnd().length - lead > 1) return { index, start, end, text: raw, headings: NO_HEADINGS, kind: 'table', level: 0, contentStart: start + raw.indexOf('|') + 1 };
  const marker = MARKER_HEADING.exec(raw);
  if (marker) {
    const trimmed = raw.trim();
    if (trimmed.length <= 40 && !ENDS_WITH_PERIOD_OR_COLON.test(trimmed) && !HAS_COUNT.test(trimmed)) {
      return { index, start, end, text: raw, headings: NO_HEADINGS, kind: 'heading', level: 7, contentStart: start + marker[0].length };
    }
  }
  const bullet = BULLET.exec(raw);
  if (bullet && bullet[0].trim().length > 0) return { index, start, end, text: raw, headings: NO_HEADINGS, kind: 'bullet', level: 0, contentStart: start + bullet[0].length };
  return { index, start, end, text: raw, headings: NO_HEADINGS, kind: 'text', level: 0, contentStart: start + lead };
}

const NO_HEADINGS: number[] = [];

/** A heading's text without its marker and brackets: "■情報漏洩の範囲" → "情報漏洩の範囲". */
export function headingText(line: Line, text: string): string {
  return text
    .slice(line.contentStart, line.end)
    .replace(/^[■□◆◇▼▽▶►◎【\[①-⑳ ]+/, '')
    .replace(/[】\] ]+$/, '')
    .trim();
}
