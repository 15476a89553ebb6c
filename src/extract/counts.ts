import { parseJapaneseNumber } from '../numbers/japaneseNumber.js';
import { isNumeralChar } from '../words/numerals.js';
import { APPROX_PREFIX_WORDS, APPROX_PREFIXES, APPROX_SUFFIXES, NON_SCOPE_SUBJECTS, SCOPE_COUNTERS } from '../words/counters.js';
import type { DocumentContext } from '../document.js';
import type { CountStatus } from '../types.js';
import type { Extractor, Findings } from './types.js';
import { headingsOf, statusInContext } from './context.js';

/** A written quantity: number run + counter, in normalized offsets. */
export interface QuantityMention {
  start: number;
  end: number;
  /** Offsets of the number itself (without 約 / 件 / 以上). */
  numberStart: number;
  numberEnd: number;
  value: number;
  unit: string;
  approx: boolean;
}

/**
 * Finds "79,991件", "約1万2千人", "4万5千件以上", "三千件", "815 件分", "約7.4万件" with one pass
 * over the text (a hand-written scanner, so a megabyte of digits stays linear).
 */
export function findQuantities(text: string, from = 0, to = text.length): QuantityMention[] {
  const found: QuantityMention[] = [];
  let i = from;
  while (i < to) {
    if (!isNumeralChar(text[i]!) || text[i] === ',' || text[i] === '.') {
      i++;
      continue;
    }
    let j = i;
    while (j < to && isNumeralChar(text[j]!)) j++;
    const runStart = i;
    i = j;
    let numberEnd = j;
    while (numberEnd > runStart && /[,.]/.test(text[numberEnd - 1]!)) numberEnd--;
    const written = text.slice(runStart, numberEnd);
    // Kanji-only runs must look like a quantity (三千, 二十五), not a word part (一部, 一人ひとり).
    if (!/[0-9]/.test(written) && (written.length < 2 || !/[十百千万億]/.test(written))) continue;
    let k = numberEnd;
    while (k < to && text[k] === ' ' && k - numberEnd < 2) k++;
    const unit = SCOPE_COUNTERS.find((c) => text.startsWith(c, k));
    if (!unit) continue;
    let end = k + unit.length;
    if (text[end] === '分') end++;
    let approx = false;
    const suffix = APPROX_SUFFIXES.find((s) => text.startsWith(s, end));
    if (suffix) {
      approx = true;
      end += suffix.length;
    }
    let start = runStart;
    const before = text.slice(Math.max(from, runStart - 5), runStart).replace(/[ ]+$/, '');
    const prefix = APPROX_PREFIXES.find((p) => before.endsWith(p));
    if (prefix) {
      start = runStart - (text.slice(Math.max(from, runStart - 5), runStart).length - before.length) - prefix.length;
      if (APPROX_PREFIX_WORDS.includes(prefix)) approx = true;
    }
    const value = parseJapaneseNumber(written);
    if (value === null) continue;
    found.push({ start, end, numberStart: runStart, numberEnd, value, unit: unit === '通分' ? '通' : unit, approx });
  }
  return found;
}

/** Characters that end a subject phrase when reading back from a number. */
const SUBJECT_STOP = /[。、,()「」『』【】\[\]|:]/;

/**
 * What a count measures: the label before a colon on its line ("利用者のメールアドレス : 79,991件"),
 * the phrase before a parenthesis ("従業員ID(約31,500名)"), the first cell of its table row, or the
 * noun phrase before the number in prose.
 */
export function subjectOf(doc: DocumentContext, q: QuantityMention): { subject: string | null; start: number } {
  const line = doc.lineAt(q.start);
  const text = doc.text;
  const lineText = text.slice(line.contentStart, q.start);
  if (line.kind === 'table') {
    const cells = text.slice(line.contentStart, line.end).split('|').map((c) => c.trim()).filter(Boolean);
    if (cells.length >= 2 && !/[0-9]/.test(cells[0]!)) return { subject: cells[0]!, start: line.contentStart };
  }
  const colon = lineText.lastIndexOf(':');
  if (colon >= 0 && q.start - (line.contentStart + colon) <= 6) {
    let label = lineText.slice(0, colon).trim();
    const cut = Math.max(label.lastIndexOf('。'), label.lastIndexOf('、'));
    if (cut >= 0) label = label.slice(cut + 1).trim();
    if (label.length > 0) return { subject: label.slice(-40), start: line.contentStart };
    // "ホワイトリストに登録された\n\nメールアドレス : 892件" — the label is the previous line.
    for (let i = line.index - 1; i >= 0 && i >= line.index - 3; i--) {
      const prev = doc.lines[i]!;
      if (prev.kind === 'blank') continue;
      if (prev.kind === 'heading') break;
      return { subject: text.slice(prev.contentStart, prev.end).trim().slice(-40) || null, start: prev.contentStart };
    }
  }
  if (text[q.start - 1] === '(' || (text[q.start - 1] === ' ' && text[q.start - 2] === '(')) {
    const open = text.lastIndexOf('(', q.start);
    let s = open;
    while (s > line.contentStart && !SUBJECT_STOP.test(text[s - 1]!) && open - s < 40) s--;
    const subject = text.slice(s, open).trim().replace(/^[・\- ]+/, '');
    if (subject) return { subject, start: s };
  }
  // Prose: the noun phrase just before the number ("お客様の個人情報約1,200件").
  let s = q.start;
  while (s > line.contentStart && !SUBJECT_STOP.test(text[s - 1]!) && q.start - s < 30) s--;
  let phrase = text.slice(s, q.start).trim();
  const particle = Math.max(phrase.lastIndexOf('は'), phrase.lastIndexOf('が'), phrase.lastIndexOf('を'), phrase.lastIndexOf('で'), phrase.lastIndexOf('に'));
  if (particle >= 0 && particle < phrase.length - 1) phrase = phrase.slice(particle + 1);
  phrase = phrase.replace(/(?:計|合計|総計|延べ|全|うち)$/, '').replace(/^[・\- ]+/, '').trim();
  if (phrase.length >= 2) return { subject: phrase, start: q.start - phrase.length };
  // "3,000名分の個人情報": the noun after the counter.
  const after = /^(?:分)?の([^。、,()]{2,20}?)(?:が|を|は|に|について|[。、,(]|$)/.exec(text.slice(q.end, q.end + 30));
  if (after) return { subject: after[1]!, start: q.end };
  return { subject: null, start: q.start };
}

/**
 * Quantities that measure the incident's scope, each with its subject, status (from its sentence,
 * its list's lead-in or its headings), approx flag and the heading of its section.
 */
export const countsExtractor: Extractor = {
  id: 'counts',
  extract(doc) {
    const out: Findings['counts'] = [];
    for (const q of findQuantities(doc.text, doc.bodyStart)) {
      const before = doc.text.slice(Math.max(0, q.numberStart - 2), q.numberStart);
      if (/第[ ]?$/.test(before)) continue; // 第3報, 第2回
      const { subject, start: subjectStart } = subjectOf(doc, q);
      if (subject && NON_SCOPE_SUBJECTS.test(subject)) continue;
      const line = doc.lineAt(q.start);
      const headings = headingsOf(doc, line);
      const status: CountStatus = statusInContext(doc, q.start) ?? 'affected';
      out.push({
        value: { value: q.value, unit: q.unit, subject, section: headings.length ? headings[headings.length - 1]! : null, status, approx: q.approx },
        // The evidence runs from the subject (when it is on the same line) to the counter.
        evidence: doc.evidence(subjectStart >= line.start && subjectStart < q.start ? subjectStart : q.start, q.end),
        ruleId: `counts.${line.kind}`,
        at: q.start,
      });
    }
    return { counts: out };
  },
};
