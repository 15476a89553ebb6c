/**
 * Hostile markup made harmless before the HTML parser sees it, in one linear pass: an HTML parser
 * keeps every open element on a stack it searches (2,000,000 unclosed <div>, 50,000 nested tables
 * never finish), and builds an object per attribute and node (one element with 1,000,000
 * attributes, 1,500,000 <br> take gigabytes). So:
 *
 * - nesting deeper than MAX_DEPTH drops the extra start tags (and their end tags); their text stays;
 * - a tag with more than MAX_ATTRIBUTES attributes keeps the first ones;
 * - runs of <br> collapse to two;
 * - past MAX_ELEMENTS elements the rest of the page is read as text without tags.
 *
 * Each cut adds one warning. A page within the bounds is returned unchanged (the same string).
 */
export const MAX_DEPTH = 256;
export const MAX_ATTRIBUTES = 256;
export const MAX_ELEMENTS = 50_000;

export interface BoundedMarkup {
  html: string;
  warnings: string[];
}

/** Elements that never have content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']);
/**
 * Elements whose end tag the next of their kind implies (src/format/pageTree.ts): not counted as
 * nesting. Others (<caption>, <rb>) nest in htmlparser2 and count.
 */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'rt', 'rp']);
/** The page's frame: the first of each is not nesting; a repeated one nests in htmlparser2 and counts. */
const FRAME = new Set(['html', 'head', 'body']);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isNameStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** White space, ">" or "/": where a tag or attribute name ends. */
const endsName = (c: number) => isSpace(c) || c === 0x3e || c === 0x2f;

export function boundMarkup(html: string): BoundedMarkup {
  const out: string[] = [];
  let copiedTo = 0;
  let changed = false;
  const stack: string[] = [];
  const dropped = new Map<string, number>();
  const framed = new Set<string>();
  let elements = 0;
  let deepCuts = 0;
  let attributeCuts = 0;
  let brCollapsed = 0;
  let overElements = false;
  let brRun = 0;
  let lastTagEnd = -1;

  const cut = (from: number, to: number, replacement = '') => {
    out.push(html.slice(copiedTo, from), replacement);
    copiedTo = to;
    changed = true;
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    // Text between tags ends a run of <br> unless it is only white space.
    if (brRun > 0 && lt > lastTagEnd && lastTagEnd >= 0 && html.slice(lastTagEnd, lt).trim() !== '') brRun = 0;
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === 0x21 || next === 0x3f) {
      // <!DOCTYPE …>, <![CDATA[ … ]]>, <?xml …?>
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = next === 0x2f;
    const nameStart = lt + (closing ? 2 : 1);
    if (!isNameStart(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let p = nameStart;
    while (p < n && !endsName(html.charCodeAt(p))) p++;
    const name = html.slice(nameStart, p).toLowerCase();
    // Attributes, quote-aware, counting where each one starts.
    let attributes = 0;
    let keepUntil = -1;
    while (p < n) {
      const c = html.charCodeAt(p);
      if (isSpace(c) || c === 0x2f) {
        p++;
        continue;
      }
      if (c === 0x3e) break;
      attributes++;
      if (attributes === MAX_ATTRIBUTES + 1) keepUntil = p;
      while (p < n && !endsName(html.charCodeAt(p)) && html.charCodeAt(p) !== 0x3d) p++;
      while (p < n && isSpace(html.charCodeAt(p))) p++;
      if (html.charCodeAt(p) !== 0x3d) continue;
      p++;
      while (p < n && isSpace(html.charCodeAt(p))) p++;
      const q = html.charCodeAt(p);
      if (q === 0x22 || q === 0x27) {
        const end = html.indexOf(q === 0x22 ? '"' : "'", p + 1);
        p = end < 0 ? n : end + 1;
      } else {
        while (p < n && !isSpace(html.charCodeAt(p)) && html.charCodeAt(p) !== 0x3e) p++;
      }
    }
    const tagEnd = Math.min(n, p + 1);
    i = tagEnd;
    lastTagEnd = tagEnd;

    if (overElements) {
      // Past the bound even a script's content goes, not just its tags.
      const end = !closing && RAW_TEXT.has(name) ? indexOfEndTag(html, name, tagEnd) : -1;
      i = end < 0 ? tagEnd : end;
      lastTagEnd = i;
      cut(lt, i);
      continue;
    }
    if (closing) {
      const left = dropped.get(name) ?? 0;
      if (left > 0) {
        dropped.set(name, left - 1);
        cut(lt, tagEnd);
        continue;
      }
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (name === 'br') {
      brRun++;
      if (brRun > 2) {
        brCollapsed++;
        cut(lt, tagEnd);
        continue;
      }
    } else brRun = 0;
    elements++;
    if (elements > MAX_ELEMENTS) {
      overElements = true;
      const end = RAW_TEXT.has(name) ? indexOfEndTag(html, name, tagEnd) : -1;
      i = end < 0 ? tagEnd : end;
      lastTagEnd = i;
      cut(lt, i);
      continue;
    }
    if (keepUntil >= 0) {
      attributeCuts++;
      cut(lt, tagEnd, `${html.slice(lt, keepUntil)}>`);
    }
    if (RAW_TEXT.has(name)) {
      const end = indexOfEndTag(html, name, tagEnd);
      i = end < 0 ? n : end;
      lastTagEnd = i;
      continue;
    }
    if (VOID.has(name) || IMPLIED_END.has(name) || html.charCodeAt(p - 1) === 0x2f) continue;
    if (FRAME.has(name) && !framed.has(name)) {
      framed.add(name);
      continue;
    }
    if (stack.length >= MAX_DEPTH) {
      deepCuts++;
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      if (keepUntil < 0) cut(lt, tagEnd);
      else out.pop();
      continue;
    }
    stack.push(name);
  }
  if (!changed) return { html, warnings: [] };
  out.push(html.slice(copiedTo));
  const warnings: string[] = [];
  if (deepCuts > 0) warnings.push(`markup nested deeper than ${MAX_DEPTH} levels: ${deepCuts} inner tags ignored (their text is kept)`);
  if (attributeCuts > 0) warnings.push(`${attributeCuts} element${attributeCuts > 1 ? 's' : ''} with more than ${MAX_ATTRIBUTES} attributes: the rest ignored`);
  if (brCollapsed > 0) warnings.push(`${brCollapsed} repeated <br> ignored`);
  if (overElements) warnings.push(`more than ${MAX_ELEMENTS} elements: the rest of the page read as text without markup`);
  return { html: out.join(''), warnings };
}

/** Where `</name` starts (case-insensitive), from `from`; -1 if never. */
function indexOfEndTag(html: string, name: string, from: number): number {
  const needle = `</${name}`;
  let at = from;
  for (;;) {
    const lt = html.indexOf('</', at);
    if (lt < 0) return -1;
    if (html.slice(lt, lt + needle.length).toLowerCase() === needle) return lt;
    at = lt + 2;
  }
}
