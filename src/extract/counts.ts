import { parseJapaneseNumber } from '../numbers/japaneseNumber.js';
import { isNumeralUnit } from '../words/numerals.js';
import {
  APPROX_PREFIX_WORDS, APPROX_PREFIXES, DEVICE_COUNTERS, APPROX_SUFFIXES, NON_SCOPE_AFTER, NON_SCOPE_BEFORE, EXAMPLE_BEFORE, ASKED_AFTER, MILESTONE_AFTER, isWholeSizeSubject, NOT_A_COUNTER_AFTER, isNonScopeSubject, SCOPE_COUNTERS, STAFFING_BEFORE,
  SUPERSEDED_AFTER, SUPERSEDED_BEFORE, ANAPHORIC_SUBJECT, PRODUCT_BEFORE_NUMBER, INVESTIGATED_AFTER, POPULATION_AFTER, PROGRESS_AFTER, STATUS_WORD,
  CORRECTED_AFTER, DUPLICATE_AFTER, DUPLICATE_SUBJECT, MEASURE_AFTER, MEASURE_BEFORE, OTHER_SPEAKER_BEFORE, ORGANIZATION_COUNTERS, REQUEST_HEADING,
} from '../words/counters.js';
import type { DocumentContext } from '../document.js';
import type { CountMeasure, CountStatus } from '../types.js';
import { exposureOnlyUnderDenial, countStatusOf, openingHedgesLeak, titleNamesLeakAsTopic, documentStatus, hedgedByRelease, leadInSaysApprox, readStatus, settlesPossibility, titleHedgesLeak } from './countStatus.js';
import { headingsOf, tableHeaderAt } from './context.js';
import { scopedFigures } from './tableCounts.js';
import type { Extractor, Findings } from './types.js';

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

/** The number that opens a heading ("## 6 台東区のコメント", "■3 今後の対応") is its section number. */
function isSectionNumber(text: string, at: number): boolean {
  // Only the few characters before the number matter (a scan to the line start could be long).
  const window = text.slice(Math.max(0, at - 12), at);
  const nl = window.lastIndexOf('\n');
  if (nl < 0 && at > 12) return false;
  return /^[ ]*(?:#{1,6}[ ]+|[■□◆◇▼●【][ ]*)$/.test(window.slice(nl + 1)) && /^[0-9]{1,2}[ .]/.test(text.slice(at, at + 3));
}

/** Before a "1": "…の" (委託会社の1社, 特定の1社). */
const ONE_OF_BEFORE = /の[ ]?$/;
/** After that "1社": it names which one ("である審調社", "のアカウント"), not how many were hit. */
const ONE_OF_AFTER = /^(?:である|であり|であった|の|で[、,]|です)/;

/** 第3報 → 3, 第三報 → 3. */
function reportOrdinal(header: string): number | null {
  const m = /第[ ]?([0-9一二三四五六七八九十]{1,3})[ ]?報/.exec(header);
  return m ? parseJapaneseNumber(m[1]!) : null;
}

/**
 * In a table that compares reports ("|データ区分|…|第2報件数|第3報件数|"), a figure in a column
 * whose header names an earlier report (or 前回, 変更前) is replaced by the later column.
 */
function inSupersededColumn(doc: DocumentContext, at: number): boolean {
  const header = tableHeaderAt(doc, at);
  if (!header) return false;
  const mine = header.cells[header.column] ?? '';
  if (/前回|変更前|訂正前|修正前|当初/.test(mine)) return true;
  const n = reportOrdinal(mine);
  return n !== null && header.cells.some((c) => (reportOrdinal(c) ?? 0) > n);
}

/** An acronym of capitals standing alone right before a number ("デスクトップ PC1 台"): a noun, not a code's letters. */
const ACRONYM_BEFORE = /(?:^|[^A-Za-z0-9\-_/#.])[A-Z]{2,5}$/;

/** "市立小学校 全45校のうち、26校": the whole set the scope is taken from, unless its clause gives it a status. */
function isPopulationTotal(text: string, from: number, runStart: number, rest: string): boolean {
  if (!POPULATION_AFTER.test(rest)) return false;
  const before = text.slice(Math.max(from, runStart - 24), runStart).replace(/[ ]+$/, '');
  if (!before.endsWith('全')) return false;
  return !STATUS_WORD.test(before.split(/[。、\n(]/).pop()!);
}

/**
 * Finds "79,991件", "約1万2千人", "4万5千件以上", "三千件", "815 件分", "約7.4万件" with one pass
 * over the text (a hand-written scanner, so a megabyte of digits stays linear). Leaves out
 * ordinals and rates (2件目, 1人あたり), words that start with a counter character (2通り, 3社員)
 * and figures a later one replaces (第一報は約438万人, 18ドメイン→69ドメイン, 171名とお伝えしておりましたが);
 * those go to `replaced` when it is given.
 */
export function findQuantities(text: string, from = 0, to = text.length, replaced?: QuantityMention[]): QuantityMention[] {
  const found: QuantityMention[] = [];
  let i = from;
  while (i < to) {
    if (!isNumeralUnit(text.charCodeAt(i)) || text[i] === ',' || text[i] === '.') {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      while (j < to && isNumeralUnit(text.charCodeAt(j))) j++;
      // "約 13 万 2,000 件", "約 9 千件": one space may stand before 万/億/千 and after 万/億.
      if (text[j] === ' ' && j + 1 < to && (/[万億千]/.test(text[j + 1]!) || (/[万億]/.test(text[j - 1]!) && /[0-9]/.test(text[j + 1]!)))) {
        j++;
        continue;
      }
      break;
    }
    const read = readQuantity(text, from, to, i, j);
    i = j;
    if (read === null) continue;
    if (read.isReplaced) replaced?.push(read.mention);
    else found.push(read.mention);
  }
  return found;
}

/**
 * The quantity whose number runs from runStart to j, or null when it is none (an ordinal, a code, a
 * section number…). Apart from the scan above: one function of both took TurboFan ~38 ms to compile,
 * and was compiled anew after each deoptimization.
 */
function readQuantity(text: string, from: number, to: number, runStart: number, j: number): { mention: QuantityMention; isReplaced: boolean } | null {
  // A number glued to Latin letters or a hyphen is a code or a phone number (ID123, 03-1234);
  // after ※ or * it marks a note (※2, *²). An acronym before a device count ("PC30台", "PC1 台") is the noun
  // counted: a code takes no counter of devices (checked once the counter is read).
  const glued = runStart > from && /[A-Za-z\-_/#※*]/.test(text[runStart - 1]!);
  if (glued && !ACRONYM_BEFORE.test(text.slice(Math.max(from, runStart - 7), runStart))) return null;
  let numberEnd = j;
  while (numberEnd > runStart && /[,. ]/.test(text[numberEnd - 1]!)) numberEnd--;
  const written = text.slice(runStart, numberEnd).replace(/ /g, '');
  // Kanji-only runs must look like a quantity (三千, 二十五), not a word part (一部, 一人ひとり).
  if (!/[0-9]/.test(written) && (written.length < 2 || !/[十百千万億]/.test(written))) return null;
  let k = numberEnd;
  while (k < to && text[k] === ' ' && k - numberEnd < 2) k++;
  const unit = SCOPE_COUNTERS.find((c) => text.startsWith(c, k) && !NOT_A_COUNTER_AFTER[c]?.test(text.slice(k + c.length, k + c.length + 3)));
  if (!unit || (glued && !DEVICE_COUNTERS.includes(unit))) return null;
  let end = k + unit.length;
  if (text[end] === '分') end++;
  let approx = false;
  const suffix = APPROX_SUFFIXES.find((s) => text.startsWith(s, end));
  if (suffix) {
    approx = true;
    end += suffix.length;
  }
  const rest = text.slice(end, end + 12);
  if (NON_SCOPE_AFTER.test(rest) || MILESTONE_AFTER.test(rest)) return null;
  let isReplaced = SUPERSEDED_AFTER.test(rest) || CORRECTED_AFTER.test(text.slice(end, end + 40));
  if (INVESTIGATED_AFTER.test(text.slice(end, end + 64)) || PROGRESS_AFTER.test(text.slice(end, end + 40))) return null;
  if (isPopulationTotal(text, from, runStart, rest)) return null;
  if (ORGANIZATION_COUNTERS.includes(unit) && ASKED_AFTER.test(text.slice(end, end + 64))) return null;
  // Up to two words before the number: "最大のべ15,535名", "合計 約1,200件".
  let start = runStart;
  for (let k = 0; k < 2; k++) {
    const window = text.slice(Math.max(from, start - 6), start);
    const before = window.replace(/[ ]+$/, '');
    const prefix = APPROX_PREFIXES.filter((p) => before.endsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (!prefix) break;
    start = start - (window.length - before.length) - prefix.length;
    if (APPROX_PREFIX_WORDS.includes(prefix)) approx = true;
  }
  const clauseBefore = text.slice(Math.max(from, runStart - 24), runStart).split(/[。(\n]/).pop()!;
  if (/第[ ]?$/.test(clauseBefore) || NON_SCOPE_BEFORE.test(clauseBefore)) return null;
  if (SUPERSEDED_BEFORE.test(clauseBefore)) isReplaced = true;
  if (PRODUCT_BEFORE_NUMBER.test(clauseBefore)) return null;
  if (STAFFING_BEFORE.test(text.slice(Math.max(from, runStart - 32), runStart))) return null;
  // A literal prefilter: the example words are rare, the sentence scan is not.
  const sentenceBefore = text.slice(Math.max(from, runStart - 80), runStart);
  if ((sentenceBefore.includes('例') || sentenceBefore.includes('たとえば')) && EXAMPLE_BEFORE.test(sentenceBefore.split('\n').pop()!)) return null;
  // "20~30台": the upper end of a range is approximate.
  if (/[0-9][ ]?[~-][ ]?$/.test(text.slice(Math.max(from, start - 4), start))) approx = true;
  const value = parseJapaneseNumber(written);
  // Counts are whole: "2.1件" is a note number run into a count, "7.4万件" is whole once scaled.
  if (value === null || value === 0 || (written.includes('.') && !/[万億千]/.test(written))) return null;
  if (isSectionNumber(text, runStart)) return null;
  // "委託会社の1社である審調社", "特定の1社のアカウント": one member of a group named, not a scope.
  if (value === 1 && ORGANIZATION_COUNTERS.includes(unit) && ONE_OF_BEFORE.test(text.slice(Math.max(from, runStart - 3), runStart)) && ONE_OF_AFTER.test(text.slice(end, end + 4))) return null;
  const mention = { start, end, numberStart: runStart, numberEnd, value, unit, approx };
  return { mention, isReplaced };
}

/** に opening a modifier of the noun after it ("…に関する", "…に係る", "…における", "…に対する"). */
const MODIFIER_NI = /に(?=関する|関わる|係る|かかる|おける|対する|よる|ついての)/g;

/** Characters that end a subject phrase when reading back from a number. */
const SUBJECT_STOP = /[。、,()「」『』【】\[\]|:]/;

/** Attributive verb endings left at the front of a phrase cut after a particle ("あるお客様" → "お客様"). */
const LEADING_VERB = /^(?:ある|いる|おる|する|した|された|されている|されていた|なる|なった|おける|における|よる|による|にある|あった|いた)(?=.)/;

/** The text after the last 。 or 、 that stands outside brackets: "氏名、住所(A、B)" → "住所(A、B)". */
function lastPhrase(label: string): string {
  let depth = 0;
  let cut = -1;
  for (let i = 0; i < label.length; i++) {
    const ch = label[i]!;
    if (ch === '(' || ch === '「') depth++;
    else if ((ch === ')' || ch === '」') && depth > 0) depth--;
    else if (depth === 0 && (ch === '。' || ch === '、')) cut = i;
  }
  return label.slice(cut + 1).trim();
}

/** "3,000名分の個人情報", "24,166名のお客様": the noun after the counter. */
function nounAfter(text: string, q: QuantityMention): string | null {
  const after = /^(?:分)?の([^。、,()]{1,20}?)(?:が|を|は|に|で|について|[。、,(]|$)/.exec(text.slice(q.end, q.end + 30));
  return after ? after[1]! : null;
}

/**
 * What a count measures: the label in its table cell or the first cell of its row, the label
 * before a colon on its line ("利用者のメールアドレス : 79,991件"), the phrase before a
 * parenthesis ("従業員ID(約31,500名)"), or the noun phrase before the number in prose — and when
 * that phrase only points back ("該当する", "上記の"), the noun after the counter.
 */
export function subjectOf(doc: DocumentContext, q: QuantityMention): { subject: string | null; start: number } {
  const found = rawSubjectOf(doc, q);
  // HTML line breaks inside a table cell separate items: the subject is the last one.
  if (found.subject && /<br/i.test(found.subject)) {
    const parts = found.subject.split(/<br[ ]?\/?>/i);
    const last = parts[parts.length - 1]!.trim();
    return { subject: last || null, start: found.start };
  }
  return found;
}

function rawSubjectOf(doc: DocumentContext, q: QuantityMention): { subject: string | null; start: number } {
  const line = doc.lineAt(q.start);
  const text = doc.text;
  if (line.kind === 'table' && line.end - line.start <= 2000) {
    const cellStart = text.lastIndexOf('|', q.start - 1) + 1;
    const inCell = text.slice(Math.max(cellStart, line.contentStart), q.start).replace(/<br[ ]?\/?>/gi, '').trim();
    if (!inCell) {
      const cells = text.slice(line.contentStart, line.end).split('|').map((c) => c.trim()).filter(Boolean);
      if (cells.length >= 2 && !/[0-9]/.test(cells[0]!)) return { subject: cells[0]!, start: line.contentStart };
    }
  }
  // A label stands close before its figure: 200 characters keep a long line's figures linear.
  const lineStart = Math.max(line.contentStart, q.start - 200);
  const lineText = text.slice(lineStart, q.start);
  const colon = lineText.lastIndexOf(':');
  if (colon >= 0 && q.start - (lineStart + colon) <= 6) {
    const label = lastPhrase(lineText.slice(0, colon).replace(/^.*\|/, '')).replace(/^[#・\- ]+/, '');
    if (label.length > 0) return { subject: label.slice(-40), start: lineStart + Math.max(0, lineText.lastIndexOf(label)) };
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
  // A comma inside an earlier figure ("51,605ID→352ID") does not end the phrase.
  const inFigure = (i: number) => text[i] === ',' && /[0-9]/.test(text[i - 1] ?? '') && /[0-9]/.test(text[i + 1] ?? '');
  while (s > line.contentStart && (!SUBJECT_STOP.test(text[s - 1]!) || inFigure(s - 1)) && q.start - s < 30) s--;
  let phrase = text.slice(s, q.start).trim();
  // "XであるY": Y is X, so the phrase runs on through the copula; "採用に関する個人情報", "取引に係る情報": に opens a
  // modifier of the noun, not a clause of its own (cut there, two figures' subjects would both read "関する個人情報").
  const masked = phrase.replace(/である/g, '___').replace(MODIFIER_NI, '_');
  const particle = Math.max(...['は', 'が', 'を', 'で', 'に'].map((p) => masked.lastIndexOf(p)));
  if (particle >= 0 && particle < phrase.length - 1) phrase = phrase.slice(particle + 1);
  // "児童8名 教職員13名": the phrase starts after the figure before it.
  // "利用者数 18ID→69ID": the figure this one replaces is not part of the subject (phrases are ≤ 30 characters).
  phrase = phrase.replace(/[ ]?[0-9][0-9,.]*[ ]?(?:名|人|件|校|社|台|通|個|ID|メール|ドメイン|アドレス)分?[ ]?(?:→|⇒)[ ]?$/, '');
  phrase = phrase.replace(/^.*[0-9](?:名|人|件|校|社|台|通|個|ID|メール|ドメイン|アドレス)分?[ ・]+/, '');
  phrase = phrase.replace(LEADING_VERB, '').replace(/(?:計|合計|総計|延べ|全|うち|の)$/, '').replace(/^[・\- ]+/, '').trim();
  // Where the phrase stands: trimming may have cut a space or a word off its end ("利用者の数 465 件").
  const found = phrase ? text.lastIndexOf(phrase, q.start - phrase.length) : -1;
  const phraseStart = found >= s ? found : q.start - phrase.length;
  const pointsBack = phrase.length < 2 || ANAPHORIC_SUBJECT.test(phrase) || /^[ぁ-ん]+$/.test(phrase);
  if (!pointsBack) return { subject: phrase, start: phraseStart };
  const noun = nounAfter(text, q);
  if (noun) return { subject: phrase.length >= 2 ? `${phrase}${noun}` : noun, start: phraseStart };
  return { subject: phrase.length >= 2 ? phrase : null, start: phraseStart };
}

/**
 * A figure inside a breakdown ("1,254人(内訳 児童生徒数972人、教職員数282人)") is a part of the
 * total before it, so it is scope whatever its subject says (教職員数 is otherwise a headcount).
 */
function inBreakdown(doc: DocumentContext, q: QuantityMention): boolean {
  const line = doc.lineAt(q.start);
  return doc.text.slice(Math.max(line.contentStart, q.start - 40), q.start).includes('内訳');
}

/** A subject that says its things leaked ("情報が流出した可能性のある取引先数") counts the scope, whatever its head noun. */
function saysLeaked(subject: string): boolean {
  const r = readStatus(subject);
  return r !== null && (r.status === 'leaked' || r.status === 'possible');
}

/** The words of a count's clause before its number (within its sentence, at most 40 characters). */
function clauseBeforeNumber(doc: DocumentContext, q: QuantityMention): string {
  const line = doc.lineAt(q.start);
  return doc.text.slice(Math.max(line.contentStart, q.start - 40), q.start).split(/[。\n]/).pop()!;
}

/** What a count measures (see CountMeasure): its subject and clause before the number, then the words after the counter. */
export function measureOf(doc: DocumentContext, q: QuantityMention, subject: string | null): CountMeasure {
  const before = `${subject ?? ''} ${clauseBeforeNumber(doc, q)}`;
  for (const [measure, pattern] of MEASURE_BEFORE) if (pattern.test(before)) return measure;
  const after = doc.text.slice(q.end, q.end + 24);
  for (const [measure, pattern] of MEASURE_AFTER) if (pattern.test(after)) return measure;
  return 'extent';
}

/**
 * Quantities that measure the incident's scope, each with its subject, status (see
 * countStatusOf), approx flag and the heading of its section.
 */
export const countsExtractor: Extractor = {
  id: 'counts',
  extract(doc, found) {
    const out: Findings['counts'] = [];
    // The title found by the overview or body-header extractors (pasted and printed releases have no overview).
    // Without a title (a pasted body), its opening paragraph states the claim.
    const title = found.title[0]?.value ?? null;
    // A title that only names the leak as its topic ("個人情報漏洩に関するご報告とお詫び") makes no claim: the opening paragraph
    // states it, as it does for a pasted body.
    const titleHedges = title !== null ? titleHedgesLeak(title) || (titleNamesLeakAsTopic(title) && openingHedgesLeak(doc)) : openingHedgesLeak(doc);
    let docStatus: CountStatus | null | undefined;
    const releaseStatus = () => (docStatus === undefined ? (docStatus = documentStatus(doc)) : docStatus);
    const replaced: QuantityMention[] = [];
    const replacedCounts: Findings['replacedCounts'] = [];
    /** A count found: its status, section and measure read from where it stands. */
    const emit = (q: QuantityMention, subject: string | null, evidenceStart: number, evidenceEnd: number, ruleId: string) => {
      const line = doc.lineAt(q.start);
      const headings = headingsOf(doc, line);
      // Under a heading of requests to readers (お客様へのお願い), a figure is what they are asked to watch for.
      if (headings.some((h) => REQUEST_HEADING.test(h))) return;
      const read = countStatusOf(doc, q, releaseStatus, subject);
      const hedged = read === 'leaked' && (hedgedByRelease(doc, q, titleHedges, releaseStatus) || exposureOnlyUnderDenial(doc, q)) ? 'possible' : read;
      // The release opens by settling the possibility it had announced ("…漏えいの可能性については、調査の結果、漏えいがないことが
      // 判明しました"): every figure it had only feared for is not leaked.
      const status = hedged === 'possible' && settlesPossibility(doc) ? 'not_leaked' : hedged;
      const approx = q.approx || leadInSaysApprox(doc, q);
      const scope = OTHER_SPEAKER_BEFORE.test(clauseBeforeNumber(doc, q)) ? 'other' : 'own';
      out.push({
        value: {
          value: q.value, unit: q.unit, subject, section: headings.length ? headings[headings.length - 1]! : null, status, approx,
          role: 'single', scope, measure: measureOf(doc, q, subject), replaces: [], restatedAs: [],
        },
        evidence: doc.evidence(evidenceStart, evidenceEnd),
        ruleId,
        at: q.start,
      });
    };
    for (const q of findQuantities(doc.text, doc.bodyStart, doc.text.length, replaced)) {
      const { subject, start: subjectStart } = subjectOf(doc, q);
      if (inSupersededColumn(doc, q.start)) {
        replaced.push(q);
        continue;
      }
      if (subject && isNonScopeSubject(subject) && !inBreakdown(doc, q) && !saysLeaked(subject)) continue;
      if (subject && isWholeSizeSubject(subject, doc.text.slice(q.end, q.end + 6)) && !inBreakdown(doc, q)) continue;
      // Duplicates taken out of a total ("うち重複3名") are no one's scope.
      if ((subject && DUPLICATE_SUBJECT.test(subject)) || DUPLICATE_AFTER.test(doc.text.slice(q.end, q.end + 24))) continue;
      const line = doc.lineAt(q.start);
      // The evidence runs from the subject (when it is on the same line) to the counter.
      emit(q, subject, subjectStart >= line.contentStart && subjectStart < q.start ? subjectStart : q.start, q.end, `counts.${line.kind}`);
    }
    // Bare figures whose counter and subject a table header or a list's note gives (生徒数(人) over 2,077); the row is the evidence.
    for (const f of scopedFigures(doc)) {
      if (DUPLICATE_SUBJECT.test(f.subject) || inSupersededColumn(doc, f.q.start)) continue;
      emit(f.q, f.subject, f.rowStart, f.rowEnd, `counts.${f.layout}`);
    }
    out.sort((a, b) => a.at - b.at);
    for (const q of replaced) {
      replacedCounts.push({ value: { value: q.value, unit: q.unit, evidence: doc.evidence(q.start, q.end) }, evidence: doc.evidence(q.start, q.end), ruleId: 'counts.replaced', at: q.start });
    }
    return { counts: out, replacedCounts };
  },
};
