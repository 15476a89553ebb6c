/**
 * Shell-style globs for `batch --include/--exclude`, matched without regexes: the pattern becomes a
 * token list and the path is run through it as a set of states (an NFA), so matching costs
 * O(path × pattern) on any input — no backtracking blow-up on `*a*a*a*b`.
 *
 * Syntax: `*` any run of characters except `/`; `?` one character except `/`; `[abc]`, `[a-z]`,
 * `[!x]` / `[^x]` one character of a class; `{a,b}` alternatives; `\` escapes the next character;
 * `**` as a whole path segment: any run of folders (a leading `**` then `/` may also match no folder,
 * so `**` + `/x.md` matches `x.md`). A pattern without `/` matches the file name at any depth; a
 * leading `/` anchors it to the top folder.
 * Node's own `path.matchesGlob` is still experimental in Node 20 and prints a warning, hence this.
 */

type Token =
  | { kind: 'lit'; ch: string }
  | { kind: 'any' }
  | { kind: 'class'; negate: boolean; items: [string, string][] }
  | { kind: 'star' }
  | { kind: 'globstar' }
  | { kind: 'segments' };

/** How many alternatives `{…}` may expand to; more is almost surely a mistake. */
const MAX_ALTERNATIVES = 256;

export interface GlobOptions {
  /** Compare case-insensitively (the default extensions: `X.MD` is Markdown too). */
  nocase?: boolean;
}

export interface Glob {
  source: string;
  /** A pattern without `/` matches a path's last name at any depth; one with `/` the whole relative path. */
  matchesBasename: boolean;
  test(path: string): boolean;
}

export function compileGlob(pattern: string, options: GlobOptions = {}): Glob {
  if (pattern.length === 0) throw new SyntaxError('empty glob pattern');
  const body = pattern.startsWith('./') ? pattern.slice(2) : pattern.startsWith('/') ? pattern.slice(1) : pattern;
  const nocase = options.nocase ?? false;
  const alternatives = expandBraces(nocase ? body.toLowerCase() : body);
  const programs = alternatives.map(tokenize);
  const matchesBasename = !pattern.startsWith('/') && !hasUnescapedSlash(body);
  const suffixes = matchesBasename ? programs.map(starSuffix) : [];
  if (suffixes.length > 0 && suffixes.every((x) => x !== null)) {
    // `*.md` and the like (every walk tests every file against them): a suffix test does.
    return {
      source: pattern,
      matchesBasename,
      test(path: string): boolean {
        const name = path.slice(path.lastIndexOf('/') + 1);
        const subject = nocase ? name.toLowerCase() : name;
        return suffixes.some((suffix) => subject.endsWith(suffix!) && !subject.slice(0, subject.length - suffix!.length).includes('/'));
      },
    };
  }
  return {
    source: pattern,
    matchesBasename,
    test(path: string): boolean {
      let subject = nocase ? path.toLowerCase() : path;
      if (matchesBasename) subject = subject.slice(subject.lastIndexOf('/') + 1);
      return programs.some((tokens) => run(tokens, subject));
    },
  };
}

/** For `*` followed by literal characters only (no `/`): those characters; otherwise null. */
function starSuffix(tokens: Token[]): string | null {
  if (tokens.length < 2 || tokens[0].kind !== 'star') return null;
  let suffix = '';
  for (const t of tokens.slice(1)) {
    if (t.kind !== 'lit' || t.ch === '/') return null;
    suffix += t.ch;
  }
  return suffix;
}

/** True when any of the globs matches. */
export function matchesAny(globs: readonly Glob[], path: string): boolean {
  return globs.some((g) => g.test(path));
}

function hasUnescapedSlash(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '/') return true;
  }
  return false;
}

/** `a{b,c}d` → [abd, acd], nested groups included; an unmatched `{` is a literal. */
export function expandBraces(pattern: string): string[] {
  const open = findUnescaped(pattern, '{', 0);
  if (open < 0) return [pattern];
  // Find the matching close brace and the top-level commas inside it.
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classEnd(pattern, i); continue; }
    if (c === '{') depth++;
    else if (c === '}') { depth--; if (depth === 0) { close = i; break; } }
    else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0) {
    // Not a group: keep `{` literally and expand what follows.
    const head = pattern.slice(0, open + 1).replace(/\{$/, '\\{');
    return expandBraces(pattern.slice(open + 1)).map((rest) => head + rest);
  }
  const prefix = pattern.slice(0, open);
  const suffixes = expandBraces(pattern.slice(close + 1));
  const cuts = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    for (const middle of expandBraces(pattern.slice(cuts[k] + 1, cuts[k + 1]))) {
      for (const suffix of suffixes) {
        out.push(prefix + middle + suffix);
        if (out.length > MAX_ALTERNATIVES) throw new SyntaxError(`glob ${JSON.stringify(pattern)} expands to more than ${MAX_ALTERNATIVES} alternatives`);
      }
    }
  }
  return out;
}

function findUnescaped(s: string, ch: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '[') i = classEnd(s, i);
    else if (s[i] === ch) return i;
  }
  return -1;
}

/** Index of the `]` closing the class opened at `start`, or `start` when it is not a class. */
function classEnd(s: string, start: number): number {
  let i = start + 1;
  if (s[i] === '!' || s[i] === '^') i++;
  if (s[i] === ']') i++; // `[]a]`: a leading `]` is a member
  for (; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i;
  }
  return start;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const chars = [...pattern]; // code points, so a kanji or emoji is one character
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\' && i + 1 < chars.length) { tokens.push({ kind: 'lit', ch: chars[++i] }); continue; }
    if (c === '?') { tokens.push({ kind: 'any' }); continue; }
    if (c === '*') {
      if (chars[i + 1] === '*') {
        let j = i;
        while (chars[j] === '*') j++;
        const atSegmentStart = i === 0 || chars[i - 1] === '/';
        if (atSegmentStart && chars[j] === '/') { tokens.push({ kind: 'segments' }); i = j; continue; }
        if (atSegmentStart && j === chars.length) { tokens.push({ kind: 'globstar' }); i = j - 1; continue; }
        // `a**b` is just a star.
        tokens.push({ kind: 'star' }); i = j - 1; continue;
      }
      tokens.push({ kind: 'star' });
      continue;
    }
    if (c === '[') {
      const end = classEndCp(chars, i);
      if (end > i) { tokens.push(parseClass(chars.slice(i + 1, end))); i = end; continue; }
    }
    tokens.push({ kind: 'lit', ch: c });
  }
  return tokens;
}

function classEndCp(chars: string[], start: number): number {
  let i = start + 1;
  if (chars[i] === '!' || chars[i] === '^') i++;
  if (chars[i] === ']') i++;
  for (; i < chars.length; i++) {
    if (chars[i] === '\\') i++;
    else if (chars[i] === ']') return i;
  }
  return start;
}

function parseClass(inner: string[]): Token {
  let i = 0;
  const negate = inner[0] === '!' || inner[0] === '^';
  if (negate) i++;
  const items: [string, string][] = [];
  while (i < inner.length) {
    let lo = inner[i];
    if (lo === '\\' && i + 1 < inner.length) lo = inner[++i];
    i++;
    if (inner[i] === '-' && i + 1 < inner.length) {
      let hi = inner[i + 1];
      i += 2;
      if (hi === '\\' && i < inner.length) hi = inner[i++];
      items.push([lo, hi]);
    } else items.push([lo, lo]);
  }
  return { kind: 'class', negate, items };
}

function step(t: Token, c: string): boolean {
  switch (t.kind) {
    case 'lit': return t.ch === c;
    case 'any': return c !== '/';
    case 'class': {
      if (c === '/') return false;
      const inClass = t.items.some(([lo, hi]) => c >= lo && c <= hi);
      return inClass !== t.negate;
    }
    default: return false;
  }
}

/**
 * Runs the path through the token list as a set of live positions (Thompson simulation).
 * `live[p]`: standing before token p. `inside[p]`: part-way through a `**` + `/` at p — it has eaten
 * characters since its last `/`, so it may only be left right after a `/`.
 */
function run(tokens: Token[], subject: string): boolean {
  const n = tokens.length;
  let live = new Uint8Array(n + 1);
  let inside = new Uint8Array(n + 1);
  let nextLive = new Uint8Array(n + 1);
  let nextInside = new Uint8Array(n + 1);
  const addClosure = (set: Uint8Array, pos: number) => {
    // Stars of every kind may match nothing: also stand past them.
    while (pos <= n && !set[pos]) {
      set[pos] = 1;
      const t = tokens[pos];
      if (t && (t.kind === 'star' || t.kind === 'globstar' || t.kind === 'segments')) pos++;
      else break;
    }
  };
  addClosure(live, 0);
  for (const c of subject) {
    nextLive.fill(0);
    nextInside.fill(0);
    let any = false;
    for (let p = 0; p < n; p++) {
      if (!live[p] && !inside[p]) continue;
      const t = tokens[p];
      if (t.kind === 'segments') {
        nextInside[p] = 1;
        if (c === '/') addClosure(nextLive, p + 1);
        any = true;
      } else if (!live[p]) continue;
      else if (t.kind === 'star') { if (c !== '/') { addClosure(nextLive, p); any = true; } }
      else if (t.kind === 'globstar') { addClosure(nextLive, p); any = true; }
      else if (step(t, c)) { addClosure(nextLive, p + 1); any = true; }
    }
    if (!any) return false;
    [live, nextLive] = [nextLive, live];
    [inside, nextInside] = [nextInside, inside];
  }
  return live[n] === 1;
}
