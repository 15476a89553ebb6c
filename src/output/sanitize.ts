/**
 * Document text is untrusted: a release may carry terminal escape sequences ("\x1b]0;pwned\x07" sets
 * the window title, "\x1b[2J" clears the screen) or spreadsheet formulas. Every string a human format
 * prints goes through here first; JSON output keeps the text exact (JSON escaping is enough there).
 */

const ESC = 0x1b;
const BEL = 0x07;

/** ESC followed by one of these opens a string sequence that runs to BEL or ST (ESC \): OSC, DCS, SOS, PM, APC. */
const STRING_INTRODUCERS = new Set([0x5d /* ] */, 0x50 /* P */, 0x58 /* X */, 0x5e /* ^ */, 0x5f /* _ */]);

/**
 * Invisible direction controls — overrides, isolates (they reorder what the reader sees: "Trojan
 * Source") and the marks LRM, RLM, ALM — and zero-width characters that hide inside a name or a
 * number (ZERO WIDTH SPACE, WORD JOINER, invisible operators, ZERO WIDTH NO-BREAK SPACE / BOM).
 * ZWJ and ZWNJ are kept: they join emoji and some scripts' letters.
 */
function isInvisibleControl(c: number): boolean {
  return (
    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
    c === 0x200e || c === 0x200f || c === 0x061c ||
    c === 0x200b || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || c === 0x180e
  );
}

/**
 * Removes ANSI/VT escape sequences (CSI, OSC and the other string sequences, two-byte ESC forms),
 * C0 and C1 control characters, DEL, bidi controls and zero-width characters. Tabs, newlines and the Unicode line
 * separators become a space so a value stays on its line. A hand scanner: linear on any input.
 */
export function stripUnsafe(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  // Once a search for a string terminator has failed from some point, it fails from every later point.
  let noTerminatorAfter = n;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === ESC) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (next === 0x5b /* [ */) {
        i = skipCsi(text, i + 2);
      } else if (STRING_INTRODUCERS.has(next)) {
        const end = i + 2 < noTerminatorAfter ? findStringTerminator(text, i + 2) : -1;
        if (end < 0) {
          noTerminatorAfter = Math.min(noTerminatorAfter, i);
          i += 2; // an unterminated sequence: drop the introducer, keep the rest as plain text
        } else i = end;
      } else if (next >= 0x20 && next <= 0x7e) {
        i += 2; // ESC 7, ESC c, ESC ( B …: two-byte forms
      } else i += 1;
      continue;
    }
    if (c === 0x9b) {
      i = skipCsi(text, i + 1); // the 8-bit CSI
      continue;
    }
    if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      out += ' ';
      i++;
      continue;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isInvisibleControl(c)) {
      i++;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}

/** Past a CSI's parameter (0x30–0x3F) and intermediate (0x20–0x2F) bytes and its final byte. */
function skipCsi(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x3f) i++;
    else break;
  }
  if (i < n && text.charCodeAt(i) >= 0x40 && text.charCodeAt(i) <= 0x7e) i++;
  return i;
}

/** The index just past BEL or ST (ESC \) from `from`, or -1. */
function findStringTerminator(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BEL || c === 0x9c) return i + 1;
    if (c === ESC && text.charCodeAt(i + 1) === 0x5c /* \ */) return i + 2;
  }
  return -1;
}

/** A deep copy with every string passed through `stripUnsafe` (keys are ours; only values are cleaned). */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return stripUnsafe(value) as T;
  if (Array.isArray(value)) return value.map((v) => sanitizeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitizeDeep(v);
    return out as T;
  }
  return value;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, shift cells), with
 * their full-width forms, which Japanese spreadsheet software may fold to ASCII.
 */
const FORMULA_LEADS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/**
 * Neutralizes a CSV cell against formula injection (OWASP): a cell whose first character — or first
 * character after leading spaces — starts a formula gets a leading apostrophe.
 */
export function neutralizeFormula(cell: string): string {
  const first = cell.charAt(0);
  const firstVisible = cell.trimStart().charAt(0);
  if (FORMULA_LEADS.has(first) || FORMULA_LEADS.has(firstVisible)) return `'${cell}`;
  return cell;
}

/** Markdown table cell text: no pipes, no raw HTML, no emphasis/link/code markers from the document. */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '&') out += '&amp;';
    else if ('\\|*_`[]#~'.includes(ch)) out += '\\' + ch;
    else out += ch;
  }
  return out;
}
