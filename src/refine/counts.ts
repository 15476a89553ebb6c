import type { DocumentContext } from '../document.js';
import type { Finding, CountDraft, Refiner } from '../extract/types.js';
import { sentenceAt } from '../extract/context.js';
import { findQuantities } from '../extract/counts.js';
import { SCOPED_RULE_IDS } from '../extract/tableCounts.js';
import { ANAPHORIC_SUBJECT, POINTS_BACK_IN_SUBJECT, RECORD_COUNTERS, unitClassOf } from '../words/counters.js';

/** A subject reduced for comparison: width-folded, without spaces, list markers and brackets. */
export const subjectKey = (s: string | null): string =>
  (s ?? '')
    .replace(/^[\s①-⑳]+/, '')
    .normalize('NFKC')
    .replace(/[\s・()「」*※]/g, '')
    .replace(/^(?:[0-9]{1,2}[.)]|-)+/, '');

/** The length of the longest run two strings share (short strings only: subjects are ≤ 40 chars). */
export function longestCommonRun(a: string, b: string): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
      diag = up;
    }
  }
  return best;
}

/** How many characters two strings share at their ends. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** A subject that ends in a predicate, with no noun after it ("漏洩の可能性のある", "確認した"). */
const CLAUSE_ONLY_SUBJECT = /(?:ある|いる|した|された|れた|った|ない)$/;

/** A figure stated as an item of a list (bullet, table cell, heading, short label line), not in running prose. */
function isListItem(doc: DocumentContext, at: number): boolean {
  const line = doc.lineAt(at);
  if (line.kind === 'blank') return false;
  if (line.kind !== 'table' && line.end - line.start > 200) return false;
  const text = doc.text;
  const from = line.kind === 'table' ? text.lastIndexOf('|', at) + 1 : line.start;
  const next = line.kind === 'table' ? text.indexOf('|', at) : -1;
  const cell = text.slice(from, next >= 0 && next < line.end ? next : line.end);
  return !cell.includes('。') && cell.trim().length <= 80;
}

/** Same value and the same counter, or 件/名/人 for one population of ten or more (お客様 24,166名 = 個人情報 24,166件). */
function sameQuantity(a: CountDraft, b: CountDraft): boolean {
  if (a.value !== b.value) return false;
  if (a.unit === b.unit) return true;
  return a.value >= 10 && RECORD_COUNTERS.includes(a.unit) && RECORD_COUNTERS.includes(b.unit);
}

/** After a people or records figure: the accounts it counts ("4件のアカウント", "4名のメールアカウント"). */
const ACCOUNTS_AFTER = /^(?:分)?の(?:メール|Microsoft ?365|Google|学内)?(?:アカウント|ID)/;

/** A figure that counts accounts, by its counter (4アカウント) or the noun after it (4件のアカウント, 4名のアカウント). */
function countsAccounts(doc: DocumentContext, c: Finding<CountDraft>): boolean {
  if (c.value.unit === 'アカウント' || c.value.unit === 'ID') return true;
  if (!RECORD_COUNTERS.includes(c.value.unit)) return false;
  // `at` is the figure's start in the normalized text; its counter (件/名/人, whichever a merge left
  // on the count) follows within a few characters.
  const counter = /[件名人]/.exec(doc.text.slice(c.at, c.at + 24));
  if (!counter) return false;
  const after = c.at + counter.index + 1;
  return ACCOUNTS_AFTER.test(doc.text.slice(after, after + 20));
}

/**
 * "計4件のアカウント", "不正アクセスを受けた4アカウント", "侵害された4名のアカウント": one set of accounts
 * counted with three counters, unless both are list items naming different things.
 */
function sameAccounts(doc: DocumentContext, a: Finding<CountDraft>, b: Finding<CountDraft>): boolean {
  return a.value.value === b.value.value && a.value.unit !== b.value.unit && countsAccounts(doc, a) && countsAccounts(doc, b) && !(isListItem(doc, a.at) && isListItem(doc, b.at));
}

/** The values of the figures on a line (at most 400 characters of it: a record's line is short). */
function lineValues(doc: DocumentContext, at: number): number[] {
  const line = doc.lineAt(at);
  return findQuantities(doc.text, line.contentStart, Math.min(line.end, line.contentStart + 400)).map((q) => q.value);
}

/**
 * Two lines that each give several figures, not the same ones ("児童8名 教職員13名 計21名" under one
 * school, "児童8名 教職員14名 計22名" under the next): two records, so an equal figure in them is two counts.
 */
function inDifferentRecords(doc: DocumentContext, a: number, b: number): boolean {
  if (doc.lineAt(a) === doc.lineAt(b)) return false;
  const va = lineValues(doc, a);
  const vb = lineValues(doc, b);
  return va.length >= 2 && vb.length >= 2 && va.join(',') !== vb.join(',');
}

/** A phrase that opens with a particle: the tail of a longer one. */
const PARTICLE_FIRST = /^(?:の|に|を|が|は|と|で)/;

/**
 * Whether `later` restates `earlier` (summary and detail of one figure), given that both give the
 * same quantity and do not stand in one sentence (one sentence listing "個人情報(24,166件)、
 * クレジットカード情報(24,166件)" names two things).
 * - Two list items restate each other only when one subject ends the other, so both have the same
 *   head noun ("お取引先さま" in a heading, "営業部のお取引先さま" in its table): separate lists may
 *   give equal counts for different data items (会員 8,000名, 会員ID 8,000名, 氏名 8,000名).
 * - Otherwise (one is prose) a figure of ten or more is distinctive enough to be the same figure;
 *   a small one needs a shared subject (a common run of three characters, or one subject inside
 *   the other) or a subject that points back (該当する5名, 上記の中学校4校).
 */
export function restates(doc: DocumentContext, earlier: Finding<CountDraft>, later: Finding<CountDraft>): boolean {
  // Two rows of a table whose header scopes their bare figures (55 for one company, 55 for another) are two records,
  // however much their subjects share (both end in the header's noun, 対象者数).
  if (SCOPED_RULE_IDS.has(earlier.ruleId) && SCOPED_RULE_IDS.has(later.ruleId)) return false;
  if (sameAccounts(doc, earlier, later)) return true;
  const a = subjectKey(earlier.value.subject);
  const b = subjectKey(later.value.subject);
  // "### 【対象件数】7,237件" then "- 氏名・団地名…：7,237件": a heading's figure without a subject of its
  // own, restated by an item under it or in the next section.
  const heading = doc.lineAt(earlier.at);
  if (heading.kind === 'heading' && (doc.lineAt(later.at).headings.includes(heading.index) || (a.length === 0 && later.value.value >= 100 && later.at - earlier.at < 600))) return true;
  if (isListItem(doc, earlier.at) && isListItem(doc, later.at)) {
    if (inDifferentRecords(doc, earlier.at, later.at)) return false;
    // In another section, a subject ending in the same named group ("不正アクセス対象 多治見市立小中学校 5校"
    // in the summary, "不正アクセスが確認された多治見市立小中学校5校" under the response) is that group again.
    if (commonSuffixLength(a, b) >= 5 && doc.lineAt(earlier.at).headings.join() !== doc.lineAt(later.at).headings.join()) return true;
    // A subject that opens with a particle ("に関する個人情報" after "従業員(…)") is the tail of a phrase cut at a bracket:
    // its head noun alone does not make two items one.
    const tail = (x: string) => PARTICLE_FIRST.test(x);
    return (a.length > 0 && b.length > 0 && !tail(a) && !tail(b) && (a.endsWith(b) || b.endsWith(a))) || CLAUSE_ONLY_SUBJECT.test(b);
  }
  if (later.value.value >= 10) return true;
  // "漏洩の可能性のある9名に" — a clause with no noun of its own speaks of a group already counted.
  // "※本件は先述の特定の検証環境（1台）" — a pointer back inside the subject, after its topic, names a group already counted.
  if (!b || ANAPHORIC_SUBJECT.test(b) || POINTS_BACK_IN_SUBJECT.test(b) || CLAUSE_ONLY_SUBJECT.test(b)) return true;
  // "本学の在学生及び卒業生(計9名)" then "本学の計9名のアカウント": a shorter subject inside the longer one.
  if (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a))) return true;
  return longestCommonRun(a, b) >= 3;
}

/**
 * What a dropped restatement leaves on the count it restates: the figures it replaced, and the
 * figure itself when it is in the other unit class (お客様 5,610名 restating 個人情報 5,610件).
 */
function mergeInto(kept: Finding<CountDraft>, dropped: Finding<CountDraft>, twin: boolean, accounts: boolean): void {
  for (const r of dropped.value.replaces) if (!kept.value.replaces.some((x) => x.value === r.value)) kept.value.replaces.push(r);
  const cls = unitClassOf(dropped.value.unit);
  if (cls && cls !== unitClassOf(kept.value.unit) && dropped.evidence && kept.evidence && !kept.value.restatedAs.some((x) => unitClassOf(x.unit) === cls)) {
    // (Accounts counted as people, "侵害された4名のアカウント", stay accounts.)
    if (cls === 'people' && !twin && !accounts) {
      // "個人情報（5,610件）… お客様 5,610 名": the count is of people; the records figure is its
      // restatement. Not when its sentence gives the same figure twice (個人情報(24,166件)、カード情報(24,166件)):
      // those are records of two kinds.
      kept.value.restatedAs.push({ value: kept.value.value, unit: kept.value.unit, evidence: kept.evidence });
      kept.value.unit = dropped.value.unit;
      kept.evidence = dropped.evidence;
      kept.value.subject = dropped.value.subject ?? kept.value.subject;
    } else {
      kept.value.restatedAs.push({ value: dropped.value.value, unit: dropped.value.unit, evidence: dropped.evidence });
    }
  }
}

/**
 * The same number for the same thing is one count: a later mention that restates an earlier kept
 * one (see `restates`) is dropped, so the first statement — usually the summary, with its status —
 * stands.
 */
export const dedupeCountsRefiner: Refiner = {
  id: 'counts.dedupe',
  refine(found, doc) {
    const kept: typeof found.counts = [];
    // The latest few kept mentions of each value are enough to judge a restatement, and keep a
    // document of thousands of equal figures linear.
    const recent = new Map<number, typeof found.counts>();
    for (const original of found.counts) {
      const c = { ...original, value: { ...original.value, replaces: [...original.value.replaces], restatedAs: [...original.value.restatedAs] } };
      const same = (recent.get(c.value.value) ?? []).filter((k) => sameQuantity(k.value, c.value) || sameAccounts(doc, k, c));
      const sentence = sentenceAt(doc, c.at);
      const inOneSentence = sentence !== null && same.some((k) => k.at >= sentence.start && k.at < sentence.end);
      const restated = inOneSentence ? undefined : same.find((k) => restates(doc, k, c));
      if (restated) {
        const home = sentenceAt(doc, restated.at);
        const twin = home !== null && kept.some((k) => k !== restated && k.value.value === restated.value.value && k.value.unit === restated.value.unit && k.at >= home.start && k.at < home.end);
        mergeInto(restated, c, twin, sameAccounts(doc, restated, c));
        continue;
      }
      kept.push(c);
      const list = recent.get(c.value.value) ?? [];
      list.push(c);
      if (list.length > 8) list.shift();
      recent.set(c.value.value, list);
    }
    return { ...found, counts: kept };
  },
};
