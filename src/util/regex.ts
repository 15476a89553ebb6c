/** Regex building blocks for word tables. */

/** A literal string as a regex source ("(株)" → "\(株\)"). */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The /g form of a table pattern, compiled once (not once per document). */
const GLOBAL_FORMS = new WeakMap<RegExp, RegExp>();
export function globalForm(pattern: RegExp): RegExp {
  let global = GLOBAL_FORMS.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    GLOBAL_FORMS.set(pattern, global);
  }
  return global;
}

/**
 * The matches of a global (or sticky) regex in `text`, in order, like `text.matchAll(pattern)` —
 * without the copy of the regex matchAll makes on every call (re-reading its source: for the big
 * word tables a tenth of their scan). Each step sets `lastIndex` itself and puts it back to 0, so
 * a loop over one pattern may use the same pattern inside.
 */
export function matchesOf(pattern: RegExp, text: string): IterableIterator<RegExpExecArray> {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global regex: /${pattern.source}/${pattern.flags}`);
  return new Matches(pattern, text);
}

/**
 * matchesOf's iterator: a plain object stepping exec (a generator cost a suspend and a resume per
 * match, and an object per step; most of the pipeline runs unoptimized, where that shows).
 * A loop's early exit leaves nothing to undo: lastIndex is 0 between steps.
 */
class Matches implements IterableIterator<RegExpExecArray> {
  private at = 0;
  private readonly unicode: boolean;
  /** One result object, refilled at each step (for…of and spreads read it at once). */
  private readonly result: IteratorResult<RegExpExecArray, undefined> = { done: false, value: undefined as unknown as RegExpExecArray };
  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {
    this.unicode = pattern.unicode || (pattern as { unicodeSets?: boolean }).unicodeSets === true;
  }

  [Symbol.iterator](): IterableIterator<RegExpExecArray> {
    return this;
  }

  next(): IteratorResult<RegExpExecArray, undefined> {
    const { pattern, text, result } = this;
    const m = this.at <= text.length ? ((pattern.lastIndex = this.at), pattern.exec(text)) : null;
    if (m === null) {
      pattern.lastIndex = 0;
      // Past the end for good (a null match, or at > length), as a finished generator stays.
      this.at = text.length + 1;
      result.done = true;
      result.value = undefined;
      return result;
    }
    let at = pattern.lastIndex;
    // An empty match moves on by one character (a code point with the u flag), as matchAll does.
    if (m[0].length === 0) at += this.unicode && at + 1 < text.length && (text.charCodeAt(at) & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    this.at = at;
    pattern.lastIndex = 0;
    result.value = m;
    return result;
  }
}

/**
 * The same regex behind a lookahead for the characters a match can start with
 * (`(?=[0-9令平昭])(?:…)`); the pattern itself when they cannot be told. Irregexp then skips at
 * once to such a character, where a pattern whose alternatives open with lookbehinds is otherwise
 * tried whole at every position (the date pattern over the archive: 4× faster). Same matches, same
 * groups (the wrapper captures nothing). Only for such patterns: a plain word alternation
 * (`氏名|住所|…`) is scanned faster without it (irregexp's own skip table is lost behind a lookahead).
 */
export function withFirstCharGuard(pattern: RegExp): RegExp {
  const first = pattern.flags.includes('v') ? null : firstCharClass(pattern.source);
  if (first === null) return pattern;
  try {
    return new RegExp(`(?=[${first}])(?:${pattern.source})`, pattern.flags);
  } catch {
    // A class this reader joined wrongly: the pattern as it is.
    return pattern;
  }
}

/**
 * The characters a match of `source` can start with, as the inside of a character class; null when
 * that cannot be told: an alternative that may match the empty string, an anchor, `.`, a negated
 * class, a back-reference, or any syntax this reader does not know. Lookarounds are skipped (they
 * match nothing); an optional element adds its characters to those of what follows it.
 */
export function firstCharClass(source: string): string | null {
  const first = firstOfAlternation(source);
  return first === null || first.nullable || first.chars === '' ? null : first.chars;
}

interface FirstChars {
  /** Inside of a character class. */
  chars: string;
  /** Whether the text read may be empty (then what follows may start the match). */
  nullable: boolean;
}

function firstOfAlternation(source: string): FirstChars | null {
  let chars = '';
  let nullable = false;
  for (const alternative of topLevelAlternatives(source)) {
    const first = firstOfSequence(alternative);
    if (first === null) return null;
    chars += first.chars;
    nullable ||= first.nullable;
  }
  return { chars, nullable };
}

/** Escapes that stand for a class of characters or one character, copied into the class as written. */
const CLASS_ESCAPE = /^\\(?:[dDwWsSnrtfv0]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|[pP]\{[A-Za-z_=]{1,60}\})/;
/** Characters that need a backslash inside a class. */
const CLASS_SYNTAX = /[\\\]\[^-]/;

function firstOfSequence(alternative: string): FirstChars | null {
  let chars = '';
  for (let i = 0; i < alternative.length; ) {
    const c = alternative[i]!;
    let element: FirstChars;
    let next: number;
    if (c === '(') {
      const close = closingParen(alternative, i);
      if (close < 0) return null;
      const body = alternative.slice(i + 1, close);
      if (/^\?<?[=!]/.test(body)) {
        // A lookaround matches nothing; a quantifier on one is not read.
        if ('?*+{'.includes(alternative[close + 1] ?? '')) return null;
        i = close + 1;
        continue;
      }
      const inner = /^\?(?::|<[A-Za-z_$][A-Za-z0-9_$]*>)/.exec(body);
      if (body.startsWith('?') && inner === null) return null;
      const first = firstOfAlternation(inner === null ? body : body.slice(inner[0].length));
      if (first === null) return null;
      element = first;
      next = close + 1;
    } else if (c === '[') {
      if (alternative[i + 1] === '^') return null;
      let close = i + 1;
      while (close < alternative.length && alternative[close] !== ']') close += alternative[close] === '\\' ? 2 : 1;
      if (close >= alternative.length || close === i + 1) return null;
      // A hyphen at either end is literal there, not once the class is joined to others.
      let inside = alternative.slice(i + 1, close);
      if (inside.startsWith('-')) inside = `\\${inside}`;
      if (/(?:^|[^\\])(?:\\\\)*-$/.test(inside)) inside = `${inside.slice(0, -1)}\\-`;
      element = { chars: inside, nullable: false };
      next = close + 1;
    } else if (c === '\\') {
      const d = alternative[i + 1];
      if (d === undefined) return null;
      if (d === 'b' || d === 'B') {
        i += 2;
        continue;
      }
      const escape = CLASS_ESCAPE.exec(alternative.slice(i, i + 80));
      if (escape) element = { chars: escape[0], nullable: false };
      else if (ESCAPED_LITERAL.test(d)) element = { chars: `\\${d}`, nullable: false };
      else return null;
      next = i + element.chars.length;
    } else if (PLAIN.test(c)) {
      const unit = alternative.codePointAt(i)! > 0xffff ? alternative.slice(i, i + 2) : c;
      element = { chars: CLASS_SYNTAX.test(unit) ? `\\${unit}` : unit, nullable: false };
      next = i + unit.length;
    } else return null;
    // A quantifier that allows none makes the element optional.
    const quantifier = /^(?:[?*]|\{0(?:,[0-9]*)?\})/.test(alternative.slice(next, next + 12));
    if (quantifier || element.nullable) {
      chars += element.chars;
    } else return { chars: chars + element.chars, nullable: false };
    i = skipQuantifierAt(alternative, next);
  }
  return { chars, nullable: true };
}

/** The index after the quantifier (with its lazy `?`) that starts at `at`, or `at` when there is none. */
function skipQuantifierAt(source: string, at: number): number {
  const c = source[at];
  if (c === undefined || !'?*+{'.includes(c)) return at;
  return skipQuantifier(source, at) + 1;
}

/**
 * The positions from `from` on of a regex source's characters that are syntax: neither escaped
 * nor inside a character class (a class's own brackets are left out too).
 */
function* syntaxPositions(source: string, from = 0): Generator<number> {
  let inClass = false;
  for (let j = from; j < source.length; j++) {
    const d = source[j];
    if (d === '\\') {
      j++;
      continue;
    }
    if (inClass) {
      if (d === ']') inClass = false;
    } else if (d === '[') inClass = true;
    else yield j;
  }
}

/** The index of the `)` closing the group that opens at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (const j of syntaxPositions(source, open)) {
    if (source[j] === '(') depth++;
    else if (source[j] === ')' && --depth === 0) return j;
  }
  return -1;
}

/**
 * "Does any of these patterns match the text", as one test: their alternation compiled once (a test
 * per pattern cost a call and a scan each, on every sentence). Patterns with other flags than the
 * first, a g or y flag (a lastIndex to keep), back-references or named groups (an alternation would
 * renumber or repeat them) are tested one by one, as before.
 */
export function anyPatternTest(patterns: readonly RegExp[]): (text: string) => boolean {
  const flags = patterns[0]?.flags ?? '';
  const joinable = patterns.length > 1 && !/[gy]/.test(flags) && patterns.every((p) => p.flags === flags && !/\\[1-9k]|\(\?<[A-Za-z_$]/.test(p.source));
  if (!joinable) return (text) => patterns.some((p) => p.test(text));
  const combined = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
  return (text) => combined.test(text);
}

/** Words as one alternation, longest first so "株式会社" wins over a shorter overlap. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * Literal texts of which every match of `source` contains at least one, lower-cased: one per
 * top-level alternative (its longest run of plain characters outside groups, classes and
 * quantifiers). Null when some alternative has no such run: then nothing can be ruled out.
 * A cheap `includes` on these says when a pattern cannot match a text, so a table of patterns
 * need not scan every text with every pattern. Case-insensitive patterns are covered because the
 * literals and the text are compared lower-cased (on NFKC text, where ſ and K are folded away).
 */
export function requiredLiterals(source: string): string[] | null {
  const needles: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const read = literalRuns(alternative);
    if (read === null) return null;
    // Its longest run of its own, or the literals of a group every match goes through
    // (`(?<!x)(?:A|B)(?!y)`): whichever has the longest shortest literal, so that a run of one
    // common character (`(?:こと|旨)を…(?:公表|発表)`) does not stand for an alternative that requires words.
    let best: string[] | null = read.runs.length > 0 ? [read.runs.reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase()] : null;
    for (const group of read.groups) {
      if (best !== null && shortest(best) >= 2) break;
      const inner = requiredLiterals(group);
      if (inner !== null && (best === null || shortest(inner) > shortest(best))) best = inner;
    }
    if (best === null) return null;
    needles.push(...best);
  }
  return needles.length > 0 ? needles : null;
}

function shortest(literals: readonly string[]): number {
  let min = Infinity;
  for (const l of literals) min = Math.min(min, l.length);
  return min;
}

/**
 * Whether `pattern` may match in a short `text` (a sentence): false only when none of its required
 * literals is in it. A cheap guard before a costly pattern that most sentences cannot match.
 */
export function mayMatchText(pattern: RegExp, text: string): boolean {
  const literals = splitLiteralsOf(pattern);
  if (literals === null) return true;
  if (literals.anyPlain !== null) {
    if (literals.anyPlain.test(text)) return true;
  } else for (let i = 0; i < literals.plain.length; i++) if (text.includes(literals.plain[i]!)) return true;
  if (literals.cased.length === 0) return false;
  const lower = text.toLowerCase();
  for (let i = 0; i < literals.cased.length; i++) if (lower.includes(literals.cased[i]!)) return true;
  return false;
}

/**
 * A pattern's required literals split once into those found as written and those with case (found lower-cased);
 * more than a few plain ones are also compiled into one alternation (`anyPlain`): one scan of a sentence instead of
 * an includes per literal (EARLIER_NOTICE's 63 literals cost more than the pattern itself).
 */
interface SplitLiterals {
  plain: string[];
  cased: string[];
  anyPlain: RegExp | null;
}
const SPLIT_NEEDLES = new WeakMap<RegExp, SplitLiterals | null>();
/** From this many plain literals on, one alternation is faster than an includes each. */
const ALTERNATION_FROM = 4;
function splitLiteralsOf(pattern: RegExp): SplitLiterals | null {
  let split = SPLIT_NEEDLES.get(pattern);
  if (split === undefined) {
    const literals = literalsOf(pattern);
    if (literals === null) split = null;
    else {
      const plain = [...new Set(literals.filter((l) => !CASED.test(l)))];
      split = { plain, cased: literals.filter((l) => CASED.test(l)), anyPlain: plain.length >= ALTERNATION_FROM ? new RegExp(alternation(plain)) : null };
    }
    SPLIT_NEEDLES.set(pattern, split);
  }
  return split;
}

/**
 * A quick "cannot match" for table patterns over one text: the text lower-cased once, and which
 * pairs of adjacent characters it holds (hashed into 64K bits). A pattern may match only when one
 * of its required literals is in the text; a literal whose character pairs are not all there is
 * not, without a scan — so a table of patterns costs a few bit reads per pattern, and a text is
 * scanned only for the literals that pass. Never says no to a pattern that matches (hash
 * collisions only let more through).
 */
export class LiteralFilter {
  private readonly pairs = new Uint32Array(2048);
  private readonly text: string;
  private lower: string | null = null;
  constructor(text: string) {
    this.text = text;
    // Pairs of lower-cased units, folded one by one through a table (no lower-cased copy of the text).
    // (The bit set through a local, not a field read at each character.)
    const pairs = this.pairs;
    let previous = text.length > 0 ? lowerUnit(text.charCodeAt(0)) : 0;
    for (let i = 1; i < text.length; i++) {
      const unit = lowerUnit(text.charCodeAt(i));
      const h = pairHash(previous, unit);
      pairs[h >>> 5]! |= 1 << (h & 31);
      previous = unit;
    }
  }

  /** Whether the (lower-cased) literal may stand in the text; exact once its pairs are all there. */
  mayContain(literal: string): boolean {
    for (let i = 1; i < literal.length; i++) {
      const h = pairHash(literal.charCodeAt(i - 1), literal.charCodeAt(i));
      if ((this.pairs[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    }
    // A literal without cased letters (Japanese) is found as written; others in the lower-cased text.
    if (!CASED.test(literal)) return this.text.includes(literal);
    this.lower ??= this.text.toLowerCase();
    return this.lower.includes(literal);
  }

  /**
   * The matches of a table pattern in `text` (a part of this filter's text), the same as
   * matchesOf(globalForm(pattern), text) gives, or null when none of its required literals is in the
   * text. A big alternation is run as groups of its top-level alternatives, each compiled once, and
   * only the groups whose literals stand in the text: V8 tries every alternative at every position
   * a first character could open, and most of a 30-way table is absent from any one release.
   * The groups' matches are merged as the whole pattern finds them: the leftmost, on a tie the
   * earlier group (its alternatives come first), and the search goes on from the match's end.
   */
  matchesOf(pattern: RegExp, text: string): Iterable<RegExpExecArray> | null {
    const split = groupsOf(pattern);
    if (split === null) return this.mayMatch(pattern) ? matchesOf(globalForm(pattern), text) : null;
    const kept: RegExp[] = [];
    for (const group of split) if (this.mayContainOneOf(group.literals)) kept.push(group.pattern);
    if (kept.length === 0) return null;
    if (kept.length === split.length) return matchesOf(globalForm(pattern), text);
    if (kept.length === 1) return matchesOf(kept[0]!, text);
    return mergedMatches(kept, text);
  }

  /** Whether `pattern` may match somewhere in the text: false only when none of its required literals is in it. */
  mayMatch(pattern: RegExp): boolean {
    return this.mayContainOneOf(literalsOf(pattern));
  }

  /** Whether one of a pattern's required literals (from literalsOf; null: none known) may stand in the text. */
  mayContainOneOf(literals: readonly string[] | null): boolean {
    if (literals === null) return true;
    for (let i = 0; i < literals.length; i++) if (this.mayContain(literals[i]!)) return true;
    return false;
  }
}

/** A group of a table pattern's top-level alternatives, in order, and what one of its matches must contain. */
interface AlternativeGroup {
  pattern: RegExp;
  literals: string[] | null;
}

/** Patterns with fewer top-level alternatives are run whole: splitting them would save little. */
const MIN_ALTERNATIVES = 12;
/** Alternatives per group: few enough that most groups are left out of a release. */
const GROUP_SIZE = 6;
/** A back-reference, or (outside escapes and classes) a capture group: group numbers would change, so such a pattern is left whole. */
const BACK_REFERENCE = /\\[1-9k]/;
const CAPTURE_GROUP = /\((?!\?)|\(\?<(?![=!])/;
const ESCAPES_AND_CLASSES = /\\.|\[(?:\\.|[^\]\\])*\]/g;
function hasCaptures(source: string): boolean {
  return BACK_REFERENCE.test(source) || CAPTURE_GROUP.test(source.replace(ESCAPES_AND_CLASSES, ''));
}
const GROUPS = new WeakMap<RegExp, AlternativeGroup[] | null>();

function groupsOf(pattern: RegExp): AlternativeGroup[] | null {
  let groups = GROUPS.get(pattern);
  if (groups === undefined) {
    const alternatives = topLevelAlternatives(pattern.source);
    groups = null;
    if (alternatives.length >= MIN_ALTERNATIVES && !hasCaptures(pattern.source) && !pattern.sticky) {
      const flags = pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g';
      groups = [];
      for (let i = 0; i < alternatives.length; i += GROUP_SIZE) {
        const source = alternatives.slice(i, i + GROUP_SIZE).join('|');
        groups.push({ pattern: new RegExp(source, flags), literals: requiredLiterals(source) });
      }
    }
    GROUPS.set(pattern, groups);
  }
  return groups;
}

/** The matches of the alternation of `groups` (global patterns, in order) in `text`, from each group's own scan. */
function mergedMatches(groups: RegExp[], text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const next: (RegExpExecArray | null)[] = [];
  const find = (g: number, from: number) => {
    const pattern = groups[g]!;
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    pattern.lastIndex = 0;
    return m;
  };
  for (let g = 0; g < groups.length; g++) next.push(find(g, 0));
  for (;;) {
    let best = -1;
    for (let g = 0; g < groups.length; g++) {
      const m = next[g];
      if (m && (best < 0 || m.index < next[best]!.index)) best = g;
    }
    if (best < 0) return out;
    const m = next[best]!;
    out.push(m);
    const from = m.index + Math.max(1, m[0].length);
    for (let g = 0; g < groups.length; g++) if (next[g] && next[g]!.index < from) next[g] = find(g, from);
  }
}

/** A character with case: where a literal holds one, only the lower-cased text can tell. */
const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;

/** Per UTF-16 unit: the unit it lower-cases to (itself when lower-casing gives more or less than one unit); 0 not yet known. */
const LOWER_UNITS = new Uint16Array(0x10000);
function lowerUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  let lower = LOWER_UNITS[unit]!;
  if (lower === 0) {
    const folded = String.fromCharCode(unit).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : unit;
    LOWER_UNITS[unit] = lower;
  }
  return lower;
}

const NEEDLES = new WeakMap<RegExp, string[] | null>();
/** requiredLiterals of a pattern, read once per pattern (a table can keep them beside its patterns). */
export function literalsOf(pattern: RegExp): string[] | null {
  let needles = NEEDLES.get(pattern);
  if (needles === undefined) {
    needles = requiredLiterals(pattern.source);
    NEEDLES.set(pattern, needles);
  }
  return needles;
}

function pairHash(a: number, b: number): number {
  return ((a * 0x9e3) ^ b) & 0xffff;
}

/** Splits a regex source at its top-level `|` (not inside a group or a class). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (const i of syntaxPositions(source)) {
    const c = source[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Characters that stand for themselves in a regex source outside a class. */
const PLAIN = /[^\\^$.|?*+()[\]{}]/;
/** Escapes that stand for one literal character. */
const ESCAPED_LITERAL = /[\\^$.|?*+()[\]{}/\-]/;

/**
 * The runs of literal characters a match must contain, in one alternative without a top-level `|`;
 * null when the alternative is one this reader does not understand (anchors, back-references…).
 */
function literalRuns(alternative: string): { runs: string[]; groups: string[] } | null {
  const runs: string[] = [];
  /** Contents of the groups a match must go through (not lookarounds, not optional). */
  const groups: string[] = [];
  let run = '';
  const end = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    let literal: string | null = null;
    let width = 1;
    if (c === '\\') {
      const next = alternative[i + 1];
      if (next === undefined || !ESCAPED_LITERAL.test(next)) return null;
      literal = next;
      width = 2;
    } else if (c === '(') {
      // A group (lookaround or not) is skipped whole: what it requires is not counted.
      const close = closingParen(alternative, i);
      const j = close < 0 ? alternative.length : close;
      end();
      // (A group at the end has no quantifier after it; includes('') would have said it had one.)
      const quantified = j + 1 < alternative.length && '?*+{'.includes(alternative[j + 1]!);
      const body = alternative.slice(i + 1, j);
      if (!quantified && j < alternative.length && !/^\?(?:<?[=!])/.test(body)) groups.push(body.replace(/^\?(?::|<[A-Za-z0-9_]+>)/, ''));
      i = j;
      // A quantifier after the group applies to it, not to what follows.
      if (quantified) i = skipQuantifier(alternative, i + 1);
      continue;
    } else if (c === '[') {
      let close = i + 1;
      while (close < alternative.length && alternative[close] !== ']') close += alternative[close] === '\\' ? 2 : 1;
      if (close >= alternative.length) return null;
      end();
      i = close;
      if ('?*+{'.includes(alternative[i + 1] ?? '')) i = skipQuantifier(alternative, i + 1);
      continue;
    } else if (PLAIN.test(c)) literal = c;
    else if (c === '.') {
      end();
      if ('?*+{'.includes(alternative[i + 1] ?? '')) i = skipQuantifier(alternative, i + 1);
      continue;
    } else return null;
    const after = alternative[i + width];
    if (after !== undefined && '?*+{'.includes(after)) {
      // Optional or repeated: not part of a run (a + still requires one, but keeps runs simple).
      end();
      i = skipQuantifier(alternative, i + width);
      continue;
    }
    run += literal;
    i += width - 1;
  }
  end();
  return { runs, groups };
}

/** The index of the last character of the quantifier that starts at `at` (with a lazy `?`). */
function skipQuantifier(source: string, at: number): number {
  let i = at;
  if (source[i] === '{') {
    const close = source.indexOf('}', i);
    i = close < 0 ? i : close;
  }
  if (source[i + 1] === '?') i++;
  return i;
}

/**
 * The matches of `pattern` in `text`, the same as matchesOf(global form) gives, where every match holds a match of
 * `anchor` starting at most `reach` characters after the match's own start: only the positions up to `reach` before
 * each anchor are tried (`pattern` sticky), not every position of the text. For a pattern that opens with a long run
 * of a broad class (a name before its address or before をご利用), whose scan tries nearly every position of a
 * Japanese text. `anchor` is global, and its matches never overlap one another (a literal, or a run opening with a
 * character it cannot hold again).
 */
export function matchesAnchored(pattern: RegExp, text: string, anchor: RegExp, reach: number): RegExpExecArray[] {
  if (!pattern.sticky || pattern.global) throw new TypeError(`matchesAnchored needs a sticky regex: /${pattern.source}/${pattern.flags}`);
  const out: RegExpExecArray[] = [];
  /** Where the next match may start (the end of the last one), and the first position not yet tried. */
  let from = 0;
  let untried = 0;
  for (const a of matchesOf(anchor, text)) {
    const q = a.index;
    if (q < from) continue;
    for (let p = Math.max(from, untried, q - reach); p <= q; p++) {
      pattern.lastIndex = p;
      const m = pattern.exec(text);
      if (m !== null) {
        out.push(m);
        from = m.index + Math.max(1, m[0].length);
        break;
      }
    }
    untried = Math.max(from, q + 1);
  }
  pattern.lastIndex = 0;
  return out;
}
