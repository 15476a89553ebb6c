import { formatDate, parseIsoDate } from '../dates/dateMentions.js';
import type { ResolvedDate } from '../dates/resolveDates.js';
import { classifyDate, eventsOfDate, type DateVerdict } from '../dates/dateEvents.js';
import {
  AS_OF_AFTER, DATE_LABEL_END, DISCOVERY_HEADING, OCCURRENCE_HEADING, MATTER_OF_NOTICE, OWN_GROUP, labelEventOf, LINE_LABEL_BEFORE, HEADING_LABEL, HEADING_LABEL_EVENTS, LABEL_EVENTS, NOTICE_DATE_AFTER, NOTICE_REFERENCE_AFTER, NOTICE_WORDS, PAREN_NOUN_EVENTS, RECORD_CONTENT_FIELD, PAREN_PERIOD_BEFORE, PLAN_AFTER, PLANNED_PHRASE_AFTER, TITLE_BEFORE_PAREN,
} from '../words/timelineEvents.js';
import type { DocumentContext } from '../document.js';
import { headingText } from '../segment/lines.js';
import { SELF_REFERENCES } from '../words/organizations.js';
import type { Extractor, Findings } from './types.js';
import { bodyDates } from './context.js';

/**
 * Each date in the release text with the event of its clause (検知 → detected, 発生 → occurred,
 * 遮断 → contained …; see src/dates/dateEvents.ts). Dates written without a year take it from
 * the publication date, or else from the years written nearby, or else from the reference day (marked certain: false,
 * the ruleId saying so: +yearOfReference, +yearOfWeekday); 同日,
 * 翌日, 同年, 同月 and a chronology's bare "14日" resolve against the date before them.
 */
export const timelineExtractor: Extractor = {
  id: 'timeline',
  extract(doc, found) {
    const out: Findings['timeline'] = [];
    for (const c of timelineCandidates(doc, found)) {
      if (c.verdict === null) continue;
      const d = c.date;
      for (const event of c.verdict.events) {
        out.push({
          value: { date: formatDate(d.year, d.month, d.day), event, certain: d.certain, qualifier: d.qualifier },
          evidence: doc.evidence(c.start, c.end),
          // A year neither the text nor its publication date gave says where it came from (--explain, the JSON's ruleId).
          ruleId: `timeline.${c.verdict.rule}${d.yearFrom === null ? '' : YEAR_FROM_RULE[d.yearFrom]}`,
          at: c.start,
        });
      }
    }
    return { timeline: withoutVagueDuplicates(out) };
  },
};

/** The ruleId's mark on a date whose year came from the reference day, or from a written weekday's year up to it. */
const YEAR_FROM_RULE: Record<NonNullable<ResolvedDate['yearFrom']>, string> = { reference: '+yearOfReference', weekday: '+yearOfWeekday' };

/** A date of the release text with the rules' verdict on it (null: a date that only says "as of"). Offsets in the text. */
export interface DateCandidate {
  date: ResolvedDate;
  start: number;
  end: number;
  verdict: DateVerdict | null;
}

/** Every date of the body with the rules' verdict: what the timeline lists, and what the date model reads. */
export function timelineCandidates(doc: DocumentContext, found: Findings): DateCandidate[] {
  const out: DateCandidate[] = [];
  // A pasted body without a publication date is read against the day it dates itself by (本日…, …現在), else the
  // reference day (the caller's, or today).
  const { published: reference, dates } = bodyDates(doc, found);
  // Headings of the occurrence, and of the finding's account, whose first date has been read.
  const headingsDated = new Set<number>();
  const discoveryDated = new Set<number>();
  // The first date under each heading of the finding's account: its index in the output, and the heading's line.
  const firstUnderDiscovery = new Map<number, number>();
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const start = doc.bodyStart + d.start;
    const end = doc.bodyStart + d.end;
    let verdict = pageDateLine(doc, d, start, end, reference) ? null : eventsAt(doc, dates, i);
    if (verdict !== null) {
      if (verdict.events.includes('occurred') && !verdict.events.includes('detected') && seenAsItHappened(doc, dates, i, reference, verdict.rule)) {
        verdict = { events: [...verdict.events, 'detected'], rule: `${verdict.rule}+seen` };
      }
      // A failure named by its date that set off an investigation ("…に発生したシステム障害の調査の過程で…を確認") was noticed
      // that day, whatever the investigation found of it later; one only named as the notice's matter ("…に発生したシステム障害
      // につきましては、…本日復旧") tells nothing of when it was noticed (the gold: both in all 4 releases of the first kind,
      // the finding undated in all 5 of the second, over 6 sets).
      if (verdict.events.length === 1 && (verdict.events[0] === 'occurred' || verdict.events[0] === 'detected') && failureInvestigated(doc.text.slice(end, end + 160))) {
        verdict = { events: ['occurred', 'detected'], rule: `${verdict.rule}+failure` };
      }
      // "発生日時: 2026年6月29日" / "事案内容: 弊社は、外部取引先より…との連絡を受けました": a record's date field dates what its
      // content field states; a finding stated there was made that day.
      if (verdict.events.length === 1 && verdict.events[0] === 'occurred' && (verdict.rule === 'label' || verdict.rule === 'heading') && !d.isRange) {
        const content = recordContent(doc, dates, i);
        if (content !== null && classifyDate({ before: '', clause: '、' + content, isRange: false, hasTime: d.hasTime }).events.includes('detected')) {
          verdict = { events: ['occurred', 'detected'], rule: `${verdict.rule}+recordContent` };
        }
      }
      const occurrenceHeading = occurrenceHeadingOf(doc, start);
      if (occurrenceHeading !== null && !headingsDated.has(occurrenceHeading)) {
        headingsDated.add(occurrenceHeading);
        // "## 1．発生日時" over "2026年4月22日に…不正アクセスがあったことを検知": the section gives the
        // date as the incident's, though its sentence tells of the finding.
        if (verdict.events.length === 1 && verdict.events[0] === 'detected' && !TOLD_RULE.test(verdict.rule)) verdict = { events: ['occurred', 'detected'], rule: `${verdict.rule}+occurrenceHeading` };
      }
      const discoveryHeading = headingOf(doc, start, DISCOVERY_HEADING);
      if (discoveryHeading !== null && !discoveryDated.has(discoveryHeading)) {
        discoveryDated.add(discoveryHeading);
        firstUnderDiscovery.set(out.length, discoveryHeading);
      }
    }
    out.push({ date: d, start, end, verdict });
  }
  return knownTheDayItHappened(foundBeforeDiscovery(doc, foundLaterInSentence(doc, discoverySectionDay(doc, out, firstUnderDiscovery))));
}

/** A field of a record ("対象: …", "### 原因:"): a short label closed by a colon. */
const RECORD_FIELD = /^[ ]{0,8}(?:#{1,6}[ ]?)?(?:[-*・■●◆□○◇▼]|[0-9]{1,2}[.)])?[ ]{0,2}[^ 、。:|]{1,14}[ ]?:/;
/** How many fields may stand between a record's date and its content field. */
const RECORD_FIELDS_BETWEEN = 3;
/** How many lines (blank ones too) after the date's a record's content field may stand. */
const RECORD_LINES = 10;

/**
 * The first sentence of the content field ("事案内容: …", "### 発生内容:" over its text) of the record whose date field holds
 * the date: the lines after the date's line are that record's fields up to it; null when a line of prose comes first, or
 * when another date stands before the sentence's end (a date of its own dates the content).
 */
function recordContent(doc: DocumentContext, dates: readonly ResolvedDate[], i: number): string | null {
  const line = doc.lineAt(doc.bodyStart + dates[i]!.start);
  const next = dates[i + 1];
  const nextStart = next ? doc.bodyStart + next.start : Infinity;
  let fields = 0;
  const last = Math.min(doc.lines.length - 1, line.index + RECORD_LINES);
  for (let k = line.index + 1; k <= last && fields <= RECORD_FIELDS_BETWEEN; k++) {
    const l = doc.lines[k]!;
    if (l.kind === 'blank') continue;
    const text = doc.text.slice(l.start, l.end);
    const field = RECORD_CONTENT_FIELD.exec(text);
    if (field) {
      let value = field.groups!.value?.trim() ?? '';
      let end = l.end;
      if (value === '') {
        let below: DocumentContext['lines'][number] | undefined;
        for (let b = k + 1; b <= Math.min(doc.lines.length - 1, k + 3) && below === undefined; b++) if (doc.lines[b]!.kind !== 'blank') below = doc.lines[b];
        if (!below || below.kind !== 'text') return null;
        value = doc.text.slice(below.start, below.end).trim();
        end = below.end;
      }
      const stop = value.indexOf('。');
      const sentence = stop < 0 ? value : value.slice(0, stop + 1);
      if (nextStart < end - (value.length - sentence.length)) return null;
      return sentence.length > 1 ? sentence : null;
    }
    if (!RECORD_FIELD.test(text)) return null;
    fields++;
  }
  return null;
}

/**
 * "## 3 事案発覚の経緯" over "4月14日(月)に市内業者が…文書を受理し、市内小中学校を訪問して…報告しました。": a section telling how
 * the incident came to light dates the finding by its first date, whatever that sentence's verb, when its clause names no event
 * of its own; an incident named there is the finding's too when no date of the section dates a finding ("## 発覚の経緯" over
 * "2025年5月27日に…不正アクセスが発生しており、…"). A notice's date ("…付で公表") is no finding.
 */
function discoverySectionDay(doc: DocumentContext, found: DateCandidate[], firstUnder: ReadonlyMap<number, number>): DateCandidate[] {
  if (firstUnder.size === 0) return found;
  const out = [...found];
  // The headings over a date that dates a finding (each date's heading chain once: no scan of every date per heading).
  const overFinding = new Set<number>();
  for (const o of found) if (o.verdict !== null && o.verdict.events.includes('detected')) for (const h of doc.lineAt(o.start).headings) overFinding.add(h);
  for (const [at, heading] of firstUnder) {
    const c = found[at]!;
    const v = c.verdict;
    if (v === null || v.events.includes('detected') || v.events.includes('published')) continue;
    const named = v.events.some((e) => e !== 'other');
    if (named) {
      if (!v.events.includes('occurred')) continue;
      // (This date dates no finding itself: such dates were passed over above.)
      if (overFinding.has(heading)) continue;
    }
    out[at] = { ...c, verdict: { events: [...v.events.filter((e) => e !== 'other'), 'detected'], rule: `${v.rule}+discoveryHeading` } };
  }
  return out;
}

/** Acts that presuppose the incident was known: stopping or blocking it, and announcing it. */
const KNOWING_ACTS: readonly string[] = ['contained', 'published'];

/**
 * "2025年12月27日20時…サイバー攻撃を受け…同日20時30分頃、サーバーを緊急停止", "9月25日、…不正アクセスの被害を受けました…9月25日に
 * …アクセスを即時に遮断", "2025年5月15日、…ランサムウェアによる…被害を受け" beside "2025年5月15日に公表しました…": an incident
 * blocked, stopped or announced on the day it happened was seen that day — nobody shuts off or announces what they have
 * not noticed. When the release dates no finding on or before the first day of such an act and an occurrence falls on
 * that day, the occurrence is also the finding (a later finding — traces of a leak found weeks on — stays, and comes after).
 */
function knownTheDayItHappened(found: DateCandidate[]): DateCandidate[] {
  const dayOf = (c: DateCandidate): string | null => (c.verdict === null || c.date.day === null ? null : formatDate(c.date.year, c.date.month, c.date.day));
  let acted: string | null = null;
  for (const c of found) {
    const day = dayOf(c);
    if (day !== null && c.verdict!.events.some((e) => KNOWING_ACTS.includes(e)) && (acted === null || day < acted)) acted = day;
  }
  if (acted === null) return found;
  if (found.some((c) => { const day = dayOf(c); return day !== null && day <= acted! && c.verdict!.events.includes('detected'); })) return found;
  const at = found.findIndex((c) => dayOf(c) === acted && c.verdict!.events.includes('occurred'));
  if (at < 0) return found;
  const c = found[at]!;
  const out = [...found];
  out[at] = { ...c, verdict: { events: [...c.verdict!.events, 'detected'], rule: `${c.verdict!.rule}+knownSameDay` } };
  return out;
}

/** Rules that add a finding to an occurrence by inference (seen as it happened, a failure lived through), not from a verb of finding. */
const SEEN_RULE = /seen|Seen|failure|ongoing|symptom/;

/**
 * "2025年3月30日に…システム障害が発生し、同年3月31日にサイバー攻撃による被害を受けた可能性があることを確認": when the
 * sentence itself dates the finding to a later day, an occurrence earlier in it was not seen as it happened (the
 * finding inferred for it goes).
 */
function foundLaterInSentence(doc: DocumentContext, found: DateCandidate[]): DateCandidate[] {
  return found.map((c, i) => {
    const v = c.verdict;
    if (v === null || c.date.day === null || !SEEN_RULE.test(v.rule) || !v.events.includes('occurred') || !v.events.includes('detected')) return c;
    const day = formatDate(c.date.year, c.date.month, c.date.day);
    for (let k = i + 1; k < found.length; k++) {
      const next = found[k]!;
      if (doc.text.slice(c.end, next.start).includes('。') || doc.lineAt(next.start).index !== doc.lineAt(c.start).index) break;
      const w = next.verdict;
      if (w === null || next.date.day === null || !w.events.includes('detected') || w.events.includes('occurred')) continue;
      if (formatDate(next.date.year, next.date.month, next.date.day) > day) {
        return { ...c, verdict: { events: v.events.filter((e) => e !== 'detected'), rule: `${v.rule}+foundLater` } };
      }
    }
    return c;
  });
}

/** Rules that read a label or heading naming the day of the finding ("判明日", "## 発覚日時", "|確認日|"). */
const DISCOVERY_LABEL_RULE = /^(?:heading|heading\.label|label|label\.line|label\.cell|label\.column)$/;
/**
 * After a date, the finding it dates naming the matter of the release ("2024年11月5日に判明した、当社ファイルサーバー内の
 * …ランサムウェア攻撃に関しまして", "12月23日（火）に確認されました本学情報システムへのランサムウェア攻撃につきまして").
 */
const DISCOVERY_NAMED_AFTER = /^[ ]?(?:\([^()]{1,4}\))?[ ]?に(?:判明|発覚|確認|検知|覚知)(?:いたし|し|され)(?:まし)?た[、 ]?[^。、]{0,50}?(?:につきまして|について|に関して|に関しまして|に関し)/;

/**
 * The day the release names as that of the finding (a label or heading of it, or the finding naming the matter), the
 * earliest of them; null when it names none. Only whole days.
 */
function discoveryDay(doc: DocumentContext, found: DateCandidate[]): string | null {
  let day: string | null = null;
  for (const [i, c] of found.entries()) {
    if (c.verdict === null || c.date.day === null || !c.verdict.events.includes('detected')) continue;
    const named = DISCOVERY_LABEL_RULE.test(c.verdict.rule) || DISCOVERY_NAMED_AFTER.test(doc.text.slice(c.end, c.end + 80)) || datesWhatItFound(doc, found, i);
    if (!named) continue;
    const iso = formatDate(c.date.year, c.date.month, c.date.day);
    if (day === null || iso < day) day = iso;
  }
  return day;
}

/** Rules that date an incident by what an investigation or a finding showed of it ("調査したところ、5月5日に…を受けていたことを確認"). */
const FOUND_OCCURRENCE_RULE = /^(?:investigated|insideFinding|trace|window\.found|record)$/;

/**
 * "5月7日、…とのお申し出があり、調査したところ、5月5日に当該サイトが…不正アクセスを受けていたことを確認しました": a finding whose
 * own sentence dates the incident it found to an earlier day names the day of the finding as surely as a label does.
 */
function datesWhatItFound(doc: DocumentContext, found: DateCandidate[], i: number): boolean {
  const c = found[i]!;
  const day = formatDate(c.date.year, c.date.month, c.date.day);
  for (let k = i + 1; k < found.length; k++) {
    const next = found[k]!;
    if (doc.text.slice(c.end, next.start).includes('。')) return false;
    const v = next.verdict;
    if (v === null || next.date.day === null || v.events.length !== 1 || v.events[0] !== 'occurred' || !FOUND_OCCURRENCE_RULE.test(v.rule)) continue;
    if (formatDate(next.date.year, next.date.month, next.date.day) < day) return true;
  }
  return false;
}

/**
 * "判明日 令和6年7月2日" / "令和6年6月18日 イセトーがインターネット上で…漏えいを確認": once the release names the day of
 * the finding, what the text says was found on an earlier day was found by the investigation (or by someone else) and
 * dates the incident, not the organization's finding. Such a date keeps its occurrence, and gains one when its words
 * name the incident.
 */
function foundBeforeDiscovery(doc: DocumentContext, found: DateCandidate[]): DateCandidate[] {
  const day = discoveryDay(doc, found);
  if (day === null) return found;
  return found.map((c) => {
    const v = c.verdict;
    if (v === null || c.date.day === null || !v.events.includes('detected') || TOLD_RULE.test(v.rule)) return c;
    if (formatDate(c.date.year, c.date.month, c.date.day) >= day) return c;
    const events = v.events.filter((e) => e !== 'detected');
    if (!events.includes('occurred')) events.unshift('occurred');
    return { ...c, verdict: { events, rule: `${v.rule}+beforeDiscovery` } };
  });
}

/** A day of the calendar: the publication's, which the body's dates are read against. */
type Day = NonNullable<ReturnType<typeof parseIsoDate>>;
/** Whether a date is that very day (a month-only date never is). */
const onDay = (d: ResolvedDate, day: Day | null): boolean => day !== null && d.year === day.year && d.month === day.month && d.day === day.day;

/**
 * The page's own date line heading the body (「2026.08.20」 over the first paragraph, as a page or a
 * letter sets it): the publication, no event. Only a line holding the publication date alone, before
 * any prose sentence and under no heading (a chronology's first entry has its heading).
 */
function pageDateLine(doc: DocumentContext, d: ResolvedDate, start: number, end: number, reference: Day | null): boolean {
  if (!onDay(d, reference)) return false;
  const line = doc.lineAt(start);
  if (line.kind !== 'text' || line.headings.some((h) => doc.lines[h]!.start >= doc.bodyStart) || !aloneOnItsLine(doc, start, end)) return false;
  for (const l of doc.bodyLines) {
    if (l === line) return true;
    if (l.kind !== 'blank' && l.text.includes('。')) return false;
  }
  return false;
}

/**
 * "2025年4月に判明…4月14日に委託先から報告": a month-only date of an event that the text also dates
 * to a day of that month says nothing more, and would stand before the day in a sorted timeline.
 */
function withoutVagueDuplicates(found: Findings['timeline']): Findings['timeline'] {
  const days = new Set(found.filter((f) => f.value.date.length === 10).map((f) => `${f.value.event} ${f.value.date.slice(0, 7)}`));
  return found.filter((f) => f.value.date.length !== 7 || f.value.event === 'other' || !days.has(`${f.value.event} ${f.value.date}`));
}

/** After a notice's date, an announcement made by someone unnamed ("…に発表されました", "付けで公表されています"). */
const ANNOUNCED_PASSIVE = /^[ ]?(?:に|付|付け|付で|付けで)[ ]?(?:発表|公表)され(?:まし)?(?:た|て(?:い|お))/;
/** After a notice's date, its announcement in the active voice ("…を6月11日付けで公表しています", "…発表しました"). */
const ANNOUNCED_ACTIVE = /(?:公表|発表)して(?:い|お)|(?:公表|発表)(?:いたし|し)?(?:まし)?た/;
/** The subject of a sentence that is another company ("損害保険ジャパン株式会社が、"), set apart from what follows. */
const COMPANY_SUBJECT = /(?<subject>[^ 、。()「」]{1,20}(?:株式会社|\(株\)|社)|株式会社[^ 、。()「」]{1,20})が[、 ]/;
/** The organization as a sentence's subject or source ("当社は", "当行が", "弊社より"). */
const SELF_SUBJECT = new RegExp(`(?:${SELF_REFERENCES.join('|')})(?:は|が|では|より|から|として)`);

/**
 * Whether a notice's date is of another company's announcement of the incident: the announcement is passive
 * ("…が発生したことが、4月14日に発表されました"), or the sentence's subject is another company and the text before
 * names no self reference ("X株式会社が、…を6月11日付けで公表しています").
 */
function theirAnnouncement(before: string, after: string): boolean {
  // (The organization tells of its own notices in the active voice: "当社は4月18日に公表しました".)
  if (ANNOUNCED_PASSIVE.test(after)) return true;
  if (SELF_SUBJECT.test(before)) return false;
  const subject = COMPANY_SUBJECT.exec(before)?.groups!.subject;
  return subject !== undefined && !OWN_GROUP.test(subject) && ANNOUNCED_ACTIVE.test(after);
}

/** Rules that read being told: news received is no sign of when the incident began. */
const TOLD_RULE = /told/;

/**
 * The line index of the innermost heading over an offset (or the date's own heading line) that
 * names the incident's occurrence: "発生日時", "発生の経緯と概要", "発生日時・経緯", "本件の発生経緯";
 * not its cause or what followed it ("発生原因", "事故発生後の対応"); null when there is none.
 */
function occurrenceHeadingOf(doc: DocumentContext, offset: number): number | null {
  return headingOf(doc, offset, OCCURRENCE_HEADING);
}

/** The line index of the innermost heading over an offset (or the offset's own heading line) whose text the pattern matches, or null. */
function headingOf(doc: DocumentContext, offset: number, pattern: RegExp): number | null {
  const line = doc.lineAt(offset);
  const candidates = line.kind === 'heading' ? [...line.headings, line.index] : line.headings;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const heading = doc.lines[candidates[k]!]!;
    const label = headingText(heading, doc.text).slice(0, 60);
    if (pattern.test(label)) return heading.index;
  }
  // "2.発生日時・経緯" / "【2026年1月6日】" / "…": a chronology's day headings marked at the level of the section's own heading (a
  // Word document's or a PDF's marks, all one level) stand under that section still: the nearest heading above the run of day
  // headings is theirs.
  const innermost = candidates[candidates.length - 1];
  if (innermost === undefined || !DAY_KEY_HEADING.test(headingText(doc.lines[innermost]!, doc.text))) return null;
  const level = doc.lines[innermost]!.level;
  for (let k = innermost - 1, seen = 0; k >= 0 && seen < DAY_RUN_REACH; k--, seen++) {
    const above = doc.lines[k]!;
    if (above.kind !== 'heading') continue;
    if (above.level < level) return null;
    const label = headingText(above, doc.text).slice(0, 60);
    if (DAY_KEY_HEADING.test(label)) continue;
    return above.level === level && pattern.test(label) ? above.index : null;
  }
  return null;
}

/** A heading that is a chronology's day alone ("○2025 年 4 月 5 日（土）", "2026年1月6日", "4月17日（木曜）"). */
const DAY_KEY_HEADING = /^[○〇◯●◆■①-⑳ ]{0,3}(?:(?:令和|平成)?[0-9元]{1,4}[ ]?年[ ]?)?[0-9]{1,2}[ ]?月[ ]?(?:[0-9]{1,2}[ ]?日)?[ ]?(?:\([^()]{1,8}\))?[ ]?(?:[0-9]{1,2}[:時][0-9]{0,2}分?(?:頃|ごろ)?)?$/;
/** How many lines above a day heading the section's own heading may stand (the run of days and their entries). */
const DAY_RUN_REACH = 60;

/** A predicate of something that has happened (or is under way): "…しました", "…を受け、", "…しております". */
const PAST_PREDICATE = /(?:ました|た)(?:[。、,)]|$|ため|ところ|ので|が|こと|旨)|(?:し|され|いたし|致し|受け|あり|なり)[、,]|ており|ています/;

/** Right after an occurrence: it was met at once ("…が発生しました。当該サーバについては、直ちに…"). */
const AT_ONCE = /直ちに|ただちに|即座に|即時に|すぐさま|すぐに/;
/** Before a date: what follows it was found afterwards ("調査の結果、…"). */
const LOOKED_BACK = /調査|結果|判明|遡|ところ/;
/** A date standing alone on its line (a list marker or a heading's marks before it, a weekday or a span of hours after it). */
function aloneOnItsLine(doc: DocumentContext, start: number, end: number): boolean {
  const line = doc.lineAt(start);
  return HEADED_ONLY.test(doc.text.slice(line.start, start)) && ALONE_AFTER.test(doc.text.slice(end, line.end));
}

/** Before "直ちに": the response came after a finding of its own ("事案判明後、直ちに"). */
const AFTER_FINDING = /(?:判明|発覚|確認|検知|覚知|認知)(?:した)?後/;
/** Rules that read an occurrence from the clause's own verb (not an investigation's or a contractor's finding). */
const PLAIN_OCCURRENCE = new Set(['word', 'adjacent']);
/**
 * "3月30日に発生したシステム障害", "4月27日に当社において発生したシステム障害につき調査を進めた結果", "11月17日、18日に
 * 起こりましたHPアクセス障害に関しまして": a failure of the systems named by its date was lived through that day.
 */
const FAILURE_NAMED = /^[ ]?(?:\([^()]{1,4}\))?(?:[、・][ ]?[0-9]{1,2}日(?:\([^()]{1,4}\))?){0,3}(?:頃|ごろ)?に[^。、]{0,12}?(?:発生(?:いたし|し)(?:まし)?た|起こ(?:りまし|っ)た|起き(?:まし)?た|生じ(?:まし)?た)[^。、]{0,10}?障害/;
/** After the failure named, in its sentence, an investigation it set off ("…の調査の過程で", "…につき調査を進めた結果", "…に関しまして、調査の結果"). */
const INVESTIGATION_AFTER_FAILURE = /^[^。]{0,40}?(?:調査|解析|原因究明)/;

/** Whether the text after a date names a failure of that day that set off an investigation (see FAILURE_NAMED). */
function failureInvestigated(after: string): boolean {
  const named = FAILURE_NAMED.exec(after);
  return named !== null && INVESTIGATION_AFTER_FAILURE.test(after.slice(named[0].length));
}

/**
 * An occurrence that was seen as it happened: on the day of publication (a release cannot tell of
 * an attack before knowing of it), or met at once by the next words ("…が発生し、直ちに遮断").
 */
function seenAsItHappened(doc: DocumentContext, dates: readonly ResolvedDate[], i: number, reference: Day | null, rule: string): boolean {
  const d = dates[i]!;
  if (onDay(d, reference)) return true;
  if (!PLAIN_OCCURRENCE.has(rule)) return false;
  const start = doc.bodyStart + d.start;
  const end = doc.bodyStart + d.end;
  const line = doc.lineAt(start);
  if (LOOKED_BACK.test(doc.text.slice(Math.max(line.start, start - 60), start).split('。').pop()!)) return false;
  // "令和7年9月7日 午後2時頃" over "…不正アクセスが発生しました。": a date alone on its line with its hour heads
  // an account of what the organization lived through, not of what an investigation found later (a span
  // of hours, "8時57分～翌6時44分", is read from logs afterwards).
  if (rule === 'word' && d.hasTime && !d.isRange && aloneOnItsLine(doc, start, end)) return true;
  const clauseEnd = endOfClause(doc, dates, i);
  const after = doc.text.slice(clauseEnd, clauseEnd + 40);
  const next = dates[i + 1];
  const nextStart = next ? doc.bodyStart + next.start : Infinity;
  const firstSentence = after.slice(0, after.indexOf('。') + 1 || after.length);
  const atOnce = AT_ONCE.exec(firstSentence);
  if (end >= clauseEnd || nextStart <= clauseEnd + firstSentence.length || atOnce === null) return false;
  const lead = firstSentence.slice(0, atOnce.index);
  // "INAC では直ちに…": someone else met it ("当社では直ちに" is the organization).
  const someoneElse = /(?:では|において|にて)[、 ]?$/.test(lead) && !SELF_REFERENCES.some((w) => lead.includes(w));
  return !AFTER_FINDING.test(lead) && !someoneElse;
}

/** Before 同日: "…の痕跡が確認されたため、同日中に遮断" — the finding was that day too. */
const FOUND_THEREFORE = /(?:確認|検知|判明|発覚|発見)(?:し|され)た(?:ため|ので|ことから)/;

/** Between two dates of one list ("11月25日、11月26日、および同日15:30頃に…"). */
const LIST_SEPARATOR = /^[ 、,・]*(?:および|及び|並びに|と|や|又は|または)?[ 、]*$/;

const OPEN = '(「『【[';
const CLOSE = ')」』】]';
/** Longest text read before a date (within its sentence). */
const BEFORE_REACH = 200;
/** Longest clause read after a date. */
const CLAUSE_REACH = 240;

/** Before a date in parentheses, the time word it glosses ("昨年夏(令和6年7月22日)、…", "本日(7月28日)より…"). */
const GLOSSED_BEFORE = /(?:昨年|本年|今年|先日|本日|昨日|同日|翌日|今月|先月|前日|当日|夏|冬|春|秋|上旬|中旬|下旬|未明|深夜|早朝|頃)[ ]?\($/;
/** The closing bracket of such a gloss. */
const GLOSS_CLOSE = /^[ ]?\)/;

/**
 * Where a date's clause starts: after the date, or after the closing bracket of a date that glosses the time
 * word before it ("昨年夏(令和6年7月22日)、…不正アクセスが発生いたしました": the sentence goes on past the bracket).
 */
function glossEnd(doc: DocumentContext, start: number, end: number): number {
  if (doc.text.charCodeAt(start - 1) !== 0x28 || !GLOSSED_BEFORE.test(doc.text.slice(Math.max(0, start - 6), start))) return end;
  const close = GLOSS_CLOSE.exec(doc.text.slice(end, end + 3));
  return close ? end + close[0].length : end;
}

/**
 * The bracket holding the k-th date when it closes right before `before` (the next date), nothing but punctuation
 * between: an aside glossing the words before it ("調査の結果（2025 年 7 月 28 日～9 月 16日）、2025 年 4 月 13 日に…が
 * 確認されました"), which does not part the next date from them. Null when the date stands in no such bracket.
 */
function asideOf(doc: DocumentContext, dates: readonly ResolvedDate[], k: number, before: number): { open: number; close: number } | null {
  const start = doc.bodyStart + dates[k]!.start;
  const end = doc.bodyStart + dates[k]!.end;
  // Both brackets sought within their reach only: a text of dates and no brackets is read in linear time.
  const from = Math.max(0, start - 12);
  const openAt = doc.text.slice(from, start).lastIndexOf('(');
  const open = openAt < 0 ? -1 : from + openAt;
  if (open < 0 || doc.text.slice(open + 1, start).includes(')')) return null;
  const closeAt = doc.text.slice(end, Math.min(before, end + 41)).indexOf(')');
  const close = closeAt < 0 ? -1 : end + closeAt;
  if (close < 0 || /[(。]/.test(doc.text.slice(end, close))) return null;
  return /^\)[、, ]*$/.test(doc.text.slice(close, before)) ? { open, close } : null;
}

/** The events of the i-th date (and the rule behind them), or null for a date that only says "as of". */
function eventsAt(doc: DocumentContext, dates: readonly ResolvedDate[], i: number): DateVerdict | null {
  const d = dates[i]!;
  const text = doc.text;
  const start = doc.bodyStart + d.start;
  const end = glossEnd(doc, start, doc.bodyStart + d.end);
  const after = text.slice(end, end + 30);
  if (AS_OF_AFTER.test(after)) return null;
  // "監視は11月5日を目途に終了予定である旨報告を受け": a plan, whatever the verbs around it.
  if (PLAN_AFTER.test(after) || PLANNED_PHRASE_AFTER.test(text.slice(end, end + 40))) return { events: ['other'], rule: 'plan' };
  const clauseEnd = endOfClause(doc, dates, i);
  const clause = text.slice(end, clauseEnd);
  // "本日、…についてお知らせいたします" dates the notice; "本日、…が発生いたしました" the event.
  if (d.bare && !PAST_PREDICATE.test(clause)) return null;
  const line = doc.lineAt(start);
  // A date in an aside right before ("調査の結果（2025 年 7 月 28 日～9 月 16日）、2025 年 4 月 13 日に…") parts nothing: the
  // words before the aside are read, the aside dropped.
  const aside = i > 0 ? asideOf(doc, dates, i - 1, start) : null;
  const previousEnd = i > 0 ? (aside ? (i > 1 ? doc.bodyStart + dates[i - 2]!.end : 0) : doc.bodyStart + dates[i - 1]!.end) : 0;
  const windowStart = Math.max(line.start, previousEnd, start - BEFORE_REACH);
  const before = (aside && aside.open > windowStart ? text.slice(windowStart, aside.open) + text.slice(aside.close + 1, start) : text.slice(windowStart, start)).split('。').pop()!;
  if (NOTICE_DATE_AFTER.test(after)) {
    // "2025年12月22日付「…（第二報）」において": the date of an earlier notice.
    const events = eventsOfDate({ before, clause, isRange: false, hasTime: false });
    if (events.includes('reported')) return { events: ['reported'], rule: 'notice.reported' };
    // "7月14日付で東京都より、…不正アクセスが確認された旨、報告がありました": a notice received is news of it.
    if (events.includes('detected') && /^[^。、]{0,8}(?:から|より)/.test(clause)) return { events: ['detected'], rule: 'notice.told' };
    // "損害保険ジャパン株式会社が、…不正アクセスが発生し…たことを令和7年6月11日付けで公表しています", "…が発生したことが、2025年4月14日に
    // 発表されました": a provider's announcement of its own incident is how the organization learned of it.
    if (theirAnnouncement(before, text.slice(end, end + 40).split('。')[0]!)) return { events: ['detected'], rule: 'notice.theirs' };
    return NOTICE_WORDS.test(clause.slice(0, 80)) ? { events: ['published'], rule: 'notice' } : { events: ['other'], rule: 'notice.other' };
  }
  if (TITLE_BEFORE_PAREN.test(before)) return { events: ['published'], rule: 'noticeTitle' };
  const headed = headingDateEvent(doc, dates, i);
  if (headed) return headed;
  // "…からの攻撃通知（2026年2月18日 23時40分）を踏まえ": the date of the noun before it.
  const parenNoun = PAREN_NOUN_EVENTS.find((e) => e.pattern.test(before));
  if (parenNoun) return { events: [parenNoun.event], rule: 'parenNoun' };
  const periodLabel = PAREN_PERIOD_BEFORE.exec(before)?.groups!.label;
  const periodEvent = periodLabel ? labelEventOf(periodLabel) : null;
  if (periodEvent) return { events: [periodEvent], rule: 'parenPeriod' };
  const heading = headingEvent(doc, start, end, d.isRange);
  if (heading) return { events: [heading], rule: 'heading' };
  const labelled = labelEvent(doc, start);
  if (labelled) return labelled;
  const section = sectionPeriodEvent(doc, line, before, d.isRange);
  if (section) return section;
  // "7月4日に当社ホームページにてご報告いたしましたとおり、…": the date of that notice.
  if (NOTICE_REFERENCE_AFTER.test(text.slice(end, end + 160)) && !MATTER_OF_NOTICE.test(clause)) return { events: ['published'], rule: 'noticeReference' };
  const outer = outerFinding(doc, dates, i, clause, clauseEnd);
  if (outer) return outer;
  const span = spansTo(doc, dates, i);
  let verdict = classifyDate({ before, clause, isRange: d.isRange || span, hasTime: d.hasTime, monthOnly: d.day === null, underDatedHeading: underDatedHeading(doc, dates, line) });
  // "### 【7月27日】" / "取引先を偽装したフィッシングメールのリンクを弊社社員がクリック。 表示された偽ログイン画面で…不正ログイン
  // されました。": a chronology's lone date heads its whole entry; when the entry's first sentence names no event, the next one does.
  if (verdict.events.length === 0 && clauseEnd > end && text[clauseEnd - 1] === '。' && aloneOnItsLine(doc, start, doc.bodyStart + d.end)) {
    const next = nextSentenceOfEntry(doc, dates, i, clauseEnd);
    if (next !== null) {
      const entry = classifyDate({ before: '', clause: '、' + next, isRange: d.isRange, hasTime: d.hasTime, monthOnly: d.day === null });
      if (entry.events.length > 0) verdict = { events: entry.events, rule: `entry.${entry.rule}` };
    }
  }
  // "6月1日昼頃から同日夜にかけ、…が表示される事象を確認": what was seen over a span took place over it.
  if (span && verdict.events.length === 1 && verdict.events[0] === 'detected') verdict = { events: ['occurred', 'detected'], rule: `${verdict.rule}.span` };
  // "2026年5月30日より6月1日にわたり、…不審な認証画面が表示される事象が確認されました": what was found went on over days; it was
  // found at their end or after, on a day the text does not give (the annotators date the occurrence only: 4 of 4 releases).
  // (A chronology's entry, "○4月17日～18日" over "…の状況を確認するとともに…", is what the organization did over those days.)
  else if (d.overDays && verdict.rule === 'word' && verdict.events.length === 1 && verdict.events[0] === 'detected' && !aloneOnItsLine(doc, start, doc.bodyStart + d.end)) verdict = { events: ['occurred'], rule: 'word.overDays' };
  // "…が発覚したため、2025年11月6日23時30分から緊急措置としてサービスを停止": a stop at the hour,
  // taken because of the finding, dates the finding too.
  if ((d.sameDay || (d.hasTime && verdict.events.includes('contained'))) && FOUND_THEREFORE.test(before) && !verdict.events.includes('detected')) {
    return { events: [...verdict.events, 'detected'], rule: `${verdict.rule}+sameDayFinding` };
  }
  // "#### 弊社ネットワークへの初回侵入日時" / "…2025年12月3日(水)のAM4:38にFirefoxの実行形跡が有りました。": the heading
  // says what the first date under it is, whatever its sentence's verbs say (which still add theirs).
  // (News received under it tells nothing of when the incident began.)
  // (With the sentence's own event, the other of the two: both, occurred first.)
  if (verdict.events.every((e) => e === 'occurred' || e === 'detected') && !TOLD_RULE.test(verdict.rule)) {
    const scoped = scopingHeadingEvent(doc, dates, i);
    if (scoped && !verdict.events.includes(scoped)) {
      return { events: verdict.events.length > 0 ? ['occurred', 'detected'] : [scoped], rule: `${verdict.events.length > 0 ? verdict.rule + '+' : ''}scopingHeading` };
    }
  }
  // "### 2026年7月4日（土）" / "- 08:56：開発環境端末へ不正アクセスが発生。" / "- 10:48：データ窃取および削除、ランサムメッセージの残置を確認。":
  // a chronology's lone date keys the rows listed under it; a finding in a later row was made that day.
  if (!verdict.events.includes('detected') && aloneOnItsLine(doc, start, doc.bodyStart + d.end) && rowsFinding(doc, dates, i)) {
    return { events: [...verdict.events.filter((e) => e !== 'other'), 'detected'], rule: `${verdict.events.length > 0 ? verdict.rule : 'entry'}+rowFinding` };
  }
  return verdict.events.length > 0 ? verdict : { events: ['other'], rule: verdict.rule === 'none' ? 'other' : verdict.rule };
}

/** A row of a chronology's entry: a list marker, then an hour of that day, if any ("- 10:48：", "・13時30分頃 "). */
const ENTRY_ROW = /^[ ]{0,8}[-*・][ ]{0,3}(?:(?:午前|午後)?[0-9]{1,2}(?::[0-9]{2}|時(?:[0-9]{1,2}分)?)(?:頃|ごろ)?[ ]?[:]?[ ]{0,3})?/;
/** How many rows of an entry are read. */
const ENTRY_ROWS = 8;

/**
 * Whether a row listed under a lone date (the rows right below it, each with a list marker, up to a blank line, a heading or
 * a line holding a date of its own) states a finding: its first sentence read as a clause of that day.
 */
function rowsFinding(doc: DocumentContext, dates: readonly ResolvedDate[], i: number): boolean {
  const line = doc.lineAt(doc.bodyStart + dates[i]!.start);
  const next = dates[i + 1];
  const nextStart = next ? doc.bodyStart + next.start : Infinity;
  let k = line.index + 1;
  while (k < doc.lines.length && k <= line.index + 2 && doc.lines[k]!.kind === 'blank') k++;
  for (const last = Math.min(doc.lines.length - 1, k + ENTRY_ROWS - 1); k <= last; k++) {
    const row = doc.lines[k]!;
    if (row.kind === 'blank' || row.kind === 'heading' || row.end > nextStart) return false;
    const text = doc.text.slice(row.start, row.end);
    const marker = ENTRY_ROW.exec(text);
    if (!marker) return false;
    const body = text.slice(marker[0].length);
    const sentence = body.slice(0, body.indexOf('。') + 1 || body.length);
    if (classifyDate({ before: '', clause: '、' + sentence, isRange: false, hasTime: false }).events.includes('detected')) return true;
  }
  return false;
}

/** The end of a label that names a day or a moment, not a period ("発生日時", "侵入日時", "発生時間"). */
const DAY_LABEL_END = /(?:日|日時|日付|年月日|時刻|発生時間)$/;

/**
 * The sentence after a lone date's first one, on the same line of its entry and holding no date of its own
 * (a date there heads an event of its own); null when the entry ends with the first sentence.
 */
function nextSentenceOfEntry(doc: DocumentContext, dates: readonly ResolvedDate[], i: number, from: number): string | null {
  const line = doc.lineAt(from - 1);
  const rest = doc.text.slice(from, Math.min(line.end, from + CLAUSE_REACH));
  const stop = rest.indexOf('。');
  if (stop < 0) return null;
  const sentence = rest.slice(0, stop + 1);
  const next = dates[i + 1];
  if (next && doc.bodyStart + next.start < from + sentence.length) return null;
  return sentence.trim().length > 1 ? sentence : null;
}

/**
 * The event of a heading that labels a day ("初回侵入日時", "確認日時", "発生日") for the first date of the line right
 * under it, when that line is prose rather than the date alone (which headingEvent reads): null when there is none.
 * (Not a heading of a period, "不正アクセスが発生した期間": one date in a sentence under it is no bound of the period.)
 */
function scopingHeadingEvent(doc: DocumentContext, dates: readonly ResolvedDate[], i: number): 'occurred' | 'detected' | null {
  const start = doc.bodyStart + dates[i]!.start;
  const line = doc.lineAt(start);
  if (line.kind !== 'text' || (i > 0 && doc.bodyStart + dates[i - 1]!.start >= line.start) || aloneOnItsLine(doc, start, doc.bodyStart + dates[i]!.end)) return null;
  // (A plain line standing apart as the key, "弊社ネットワークへの初回侵入日時" right above the sentence, heads it as a heading would.)
  const heading = headingAbove(doc, line.index) ?? (line.index > 0 && plainKeyLine(doc, line.index - 1, line.index) ? doc.lines[line.index - 1]! : null);
  const label = heading && labelOf(heading)?.replace(LABEL_BRACKETS, '');
  // ("ログ確認可能日": what could be checked, not when anything happened.)
  if (!label || !DAY_LABEL_END.test(label) || /可能(?!性)/.test(label)) return null;
  const event = labelEventOf(label);
  return event === 'occurred' || event === 'detected' ? event : null;
}

/** The innermost heading a line stands under, or null. */
function innermostHeading(doc: DocumentContext, line: DocumentContext['lines'][number]): DocumentContext['lines'][number] | null {
  const h = line.headings[line.headings.length - 1];
  return h === undefined ? null : doc.lines[h]!;
}

/** Whether the innermost heading over a line holds a date of its own ("### ■2025年4月17日（木）" over a chronology's entries). */
function underDatedHeading(doc: DocumentContext, dates: readonly ResolvedDate[], line: DocumentContext['lines'][number]): boolean {
  const heading = innermostHeading(doc, line);
  if (!heading || line.kind === 'heading') return false;
  return dates.some((x) => doc.bodyStart + x.start >= heading.start && doc.bodyStart + x.end <= heading.end);
}

/** Between the two ends of a span written as two dates ("6月1日昼頃から同日夜にかけ"). */
const SPAN_GAP = /^[ ]*(?:頃|ごろ)?から[ ]*$/;
/** After the second end of such a span. */
const SPAN_END_AFTER = /^[ ]*(?:頃|ごろ)?(?:にかけ|までの間)/;

/** Whether the i-th date opens a span that the next date closes ("…昼頃から同日夜にかけ、…を確認"). */
function spansTo(doc: DocumentContext, dates: readonly ResolvedDate[], i: number): boolean {
  const d = dates[i];
  const next = dates[i + 1];
  if (!d || !next || next.start - d.end > 12) return false;
  return SPAN_GAP.test(doc.text.slice(doc.bodyStart + d.end, doc.bodyStart + next.start)) && SPAN_END_AFTER.test(doc.text.slice(doc.bodyStart + next.end, doc.bodyStart + next.end + 8));
}

/** Before a date alone on its line: at most a list marker ("- 2025年12月31日 18:26 ~ …"). */
// ("日本時間 2024年12月10日 11:15頃", "日本時間：…": a time zone named before it.)
const BULLET_ONLY = /^[ ]{0,8}(?:[-*・][ ]{0,3})?(?:(?:日本時間|現地時間|JST|UTC)[ ]?:?[ ]{0,3})?$/;
/** A heading's closing aside ("…の期間（日本時間／UTC）"): not part of what it labels. */
const LABEL_ASIDE = /[ ]?\([^()]{0,20}\)$/;

/** Before a date that heads its own line: a heading's marks or a list marker ("### ■令和6年7月"). */
// ("- 〇令和7年1月16日(木曜日)17時30分頃": a list marker and a mark, 〇 the ideographic zero used as a circle.)
// ("### 【 4/18(金) 8:45 頃 】": a space inside the bracket.)
// ("### 同 9 月 26 日", "(2024年5月18日(土))": a chronology's later key with 同 for the year above, a key in brackets.)
// ("【○2025 年 4 月 5 日（土）】", "【①2024 年 7 月】": a Word document's bracketed heading round the mark and the number, as
// "### ○2025 年 4 月 5 日（土）" is the same key under a Markdown heading.)
const HEADED_ONLY = /^[#]{0,6}[ ]{0,3}(?:[・*-][ ]{0,3})?(?:【[ ]{0,2})?[■●◆□○〇◇・*-]?[ ]{0,3}(?:\([0-9]{1,2}\)|[0-9]{1,2}[.)]|[①-⑳])?[ ]{0,3}[【\[<〈(]?[ ]{0,2}(?:同[ ]?)?$/;

/** A heading label's enclosing brackets and trailing space ("＜改ざんされた期間＞ "). */
const LABEL_BRACKETS = /^[<【\[(]|[>】\])]?[ ]*$/g;

/** A sentence between a heading and its date: a remark on it, holding no date or figure of its own. */
const HEADING_REMARK = /^[^0-9|#]{4,120}。$/;
/** A sub-heading of a span whose kind the heading above says ("### ■ 対象期間"). */
const SUB_PERIOD_LABEL = /^(?:対象)?(?:期間|時期)$/;

/** The heading right above a line (blank lines between, up to 3 lines up), or null. */
function headingAbove(doc: DocumentContext, index: number): DocumentContext['lines'][number] | null {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const line = doc.lines[k]!;
    if (line.kind === 'blank') continue;
    return line.kind === 'heading' ? line : null;
  }
  return null;
}

/** A heading's or label line's label, its aside in parentheses dropped, or null when the line is no label. */
function labelOf(line: DocumentContext['lines'][number]): string | null {
  return HEADING_LABEL.exec(line.text.trim())?.groups!.label!.replace(LABEL_ASIDE, '') ?? null;
}

/** A line's label of a bare period ("期間：7月8～10日"), with no event word and no scope noun. */
const BARE_PERIOD_LABEL = /^[ ]{0,8}(?:[-*・■●◆□○◇▼][ ]{0,2})?(?:期間|時期)[ ]?:[ ]{0,3}$/;

/**
 * A period under a bare label, in a section whose heading names the incident ("## 1.不正ログインの状況" / …
 * "期間:7月8～10日"): the span of the incident, as "### ■ 対象期間" under such a heading is. Under a heading that
 * names no event (「対象となる個人情報」, 「詳細」) the label says nothing of what the span is.
 */
function sectionPeriodEvent(doc: DocumentContext, line: DocumentContext['lines'][number], before: string, isRange: boolean): DateVerdict | null {
  if (!isRange || line.kind !== 'text' || !BARE_PERIOD_LABEL.test(before)) return null;
  const heading = innermostHeading(doc, line);
  const label = heading && labelOf(heading);
  const event = label ? labelEventOf(label) : null;
  return event === 'occurred' || event === 'detected' ? { events: ['occurred'], rule: 'label.sectionPeriod' } : null;
}

/** A heading of a bare period ("＜期間＞", "【時期】"), with no event word and no scope noun. */
const PERIOD_ONLY_LABEL = /^[<【\[(]?(?:期間|時期|発生期間)[>】\])]?$/;

/**
 * After a date alone on its line: nothing but a time zone or a weekday in parentheses, or the end
 * of a span of hours that day ("10月15日(水)17時22分~20時42分の間").
 */
// ("### 5月30日:" over "当該看護師が…可能性を指摘される。": a chronology's day written as a key, its colon closing it.)
const ALONE_AFTER = /^[ ]*(?:\([^()]{0,12}\))?[ ]*(?:[~\-][ ]*[0-9]{1,2}(?:時|:)[0-9]{0,2}分?(?:頃|ごろ)?(?:の間|まで)?)?[ ]*[】\]>〉)]?[ ]*:?[ ]*$/;
/** After a period alone on its line under a heading, its own closing word ("2026年7月19日(日)16時頃から7月31日(金)19時まで", "…未明から11日(金曜日)昼にかけて"). */
const PERIOD_CLOSED_AFTER = /^[ ]*(?:\([^()]{0,12}\))?[ ]*(?:まで|までの間|の間|にかけて)[ ]*[】\]>〉]?[ ]*$/;

/**
 * A date alone on its line under a heading that labels it ("## 1. 影響が発生した可能性のある期間" /
 * "2025年12月20日 11:39 ~ 2025年12月23日 05:50"): the heading's words give the event.
 */
function headingEvent(doc: DocumentContext, start: number, end: number, isRange: boolean): DateVerdict['events'][number] | null {
  const line = doc.lineAt(start);
  const after = doc.text.slice(end, line.end);
  if (!BULLET_ONLY.test(doc.text.slice(line.start, start)) || !(ALONE_AFTER.test(after) || (isRange && PERIOD_CLOSED_AFTER.test(after)))) return null;
  let remarks = 0;
  for (let k = line.index - 1; k >= 0 && k >= line.index - 4; k--) {
    const previous = doc.lines[k]!;
    if (previous.kind === 'blank') continue;
    // "## 1. 影響が発生した可能性のある期間" / "前回のお知らせでは日本時間でご案内いたしました。" / "- 2025年…":
    // one remark on the period (a sentence without a date) may stand between the heading and its date.
    if (previous.kind === 'text' && remarks === 0 && HEADING_REMARK.test(previous.text.trim())) {
      remarks++;
      continue;
    }
    const label = labelOf(previous);
    if (label === null) return null;
    // "### ＜期間＞" over a period: the span of the incident the release is about.
    if (isRange && PERIOD_ONLY_LABEL.test(label)) return 'occurred';
    // "## 2．情報流出の可能性がある対象期間と情報項目" / "### ■ 対象期間" / "2026年5月1日 ～ 2026年8月5日": a sub-heading naming
    // only a span takes its kind from the heading it stands under.
    if (isRange && previous.kind === 'heading' && SUB_PERIOD_LABEL.test(label)) {
      const above = headingAbove(doc, k);
      const parent = above && labelOf(above);
      const event = parent === null ? undefined : HEADING_LABEL_EVENTS.find((e) => e.pattern.test(parent))?.event;
      if (event) return event;
    }
    const listed = HEADING_LABEL_EVENTS.find((e) => e.pattern.test(label))?.event;
    if (listed) return listed;
    // "## ＜改ざんされた期間＞", "## 2．発生時間": a bracketed label of a date or period, named by its event.
    // (Not a period named only by a finding, "ログ確認可能期間": what could be checked, not when anything happened.)
    // (Only under a heading proper: a plain line ending in a noun of time is too often a row of some list.)
    // (A plain line set apart as a record's key is a heading the page did not mark: a blank line or a heading above it, the date
    // right under it, and nothing more under the date before a blank line — "改ざんの影響が考えられる期間" / "2025 年 9 月 24 日 18:00 頃
    // ～ …" as a PDF or a pasted page leaves "## 改ざんの影響が考えられる期間".)
    const bare = label.replace(LABEL_BRACKETS, '');
    const event = (previous.kind === 'heading' || plainKeyOf(doc, k, line.index)) && DATE_LABEL_END.test(bare) ? labelEventOf(bare) : null;
    return event === 'occurred' && !LABEL_EVENTS.some((e) => e.event === 'occurred' && e.pattern.test(bare)) ? null : event;
  }
  return null;
}

/**
 * Whether the plain line k stands as the key of the date line right under it: a blank line, a heading or the body's start above
 * the key, and a blank line, a heading or the end below the date line (a record of two lines, not a row of some list or prose).
 */
function plainKeyOf(doc: DocumentContext, k: number, dateLine: number): boolean {
  const below = doc.lines[dateLine + 1];
  return plainKeyLine(doc, k, dateLine) && (!below || below.kind === 'blank' || below.kind === 'heading');
}

/**
 * Whether the plain line k, right above the line `under`, stands apart as a key: no punctuation of prose in it, and above it a blank
 * line, a heading, the body's start or a finished sentence ("フォレンジック調査の結果を以下に記載いたします。" / "弊社ネットワークへの初回侵入
 * 日時" / "…2025年12月3日（水）のAM4:38にFirefoxの実行形跡が有りました。").
 */
function plainKeyLine(doc: DocumentContext, k: number, under: number): boolean {
  const key = doc.lines[k]!;
  if (key.kind !== 'text' || under !== k + 1 || /[。、]/.test(key.text)) return false;
  const above = doc.lines[k - 1];
  return !above || above.end <= doc.bodyStart || above.kind === 'blank' || above.kind === 'heading' || /[。:]\s*$/.test(above.text);
}

/** How far into its line a date may stand and still be labelled by the line's start (a heading, a label, table cells). */
const LABEL_REACH = 120;

/** A heading that marks a revision ("追記（…）", "（… 続報）"): its date is the notice's. */
const REVISION_HEADING = /追記|続報|更新|追加/;
/** A heading of later findings ("新たに確認した事実"): not when the incident was first found. */
const LATER_FINDING_HEADING = /新たに|その後|追って/;

/**
 * A date in brackets closing a heading ("## 3. 経緯（2025年5月1日）", "## 新たに確認した事実（5月8日）"):
 * the heading's own words give the event (確認 → detected, 追記 → published); a heading that only
 * names a section (経緯, 概要) dates what the first paragraph under it says.
 */
function headingDateEvent(doc: DocumentContext, dates: readonly ResolvedDate[], i: number): DateVerdict | null {
  const d = dates[i]!;
  const start = doc.bodyStart + d.start;
  const end = doc.bodyStart + d.end;
  const line = doc.lineAt(start);
  if (line.kind !== 'heading' || start - line.contentStart > LABEL_REACH) return null;
  const label = doc.text.slice(line.contentStart, start);
  if (!/\([ ]?$/.test(label) || !/^[ ]?\)[ ]*$/.test(doc.text.slice(end, line.end))) return null;
  if (REVISION_HEADING.test(label)) return { events: ['published'], rule: 'heading.revision' };
  if (LATER_FINDING_HEADING.test(label)) return { events: ['other'], rule: 'heading.laterFinding' };
  const named = labelEventOf(label);
  if (named) return { events: [named], rule: 'heading.label' };
  const below = continuationLine(doc, line.end, true);
  if (!below) return null;
  const paragraph = doc.text.slice(below.start, below.end);
  const sentence = paragraph.slice(0, paragraph.indexOf('。') + 1 || paragraph.length);
  const verdict = classifyDate({ before: '', clause: '、' + sentence, isRange: d.isRange, hasTime: d.hasTime });
  return verdict.events.length > 0 ? { events: verdict.events, rule: `heading.below.${verdict.rule}` } : null;
}

/**
 * A label that names the date without a colon: the cell before it or its column's header in a table
 * ("|発生日時|2025年5月1日|", "|発生日|判明日|" over "|5月1日|5月3日|"), or a short label opening its line
 * ("被害期間 2025年5月1日~3日", "【発生日時】2025年5月1日"). Its words give the event.
 */
function labelEvent(doc: DocumentContext, start: number): DateVerdict | null {
  const line = doc.lineAt(start);
  // (A label stands within a few cells of the date: read a bounded stretch, whatever the line's length.)
  if (start - line.start > LABEL_REACH) return null;
  const before = doc.text.slice(line.start, start);
  let label: string | null = null;
  let rule = 'label.line';
  if (line.kind === 'table') {
    const cells = before.split('|');
    const own = cells[cells.length - 1]!;
    if (own.trim() !== '') return null;
    const previous = cells.length >= 3 ? cells[cells.length - 2]!.trim() : '';
    if (DATE_LABEL_END.test(previous) && !/[0-9]/.test(previous)) {
      label = previous;
      rule = 'label.cell';
    } else {
      label = columnHeader(doc, line.index, cells.length - 2);
      rule = 'label.column';
    }
  } else {
    label = LINE_LABEL_BEFORE.exec(before)?.groups!.label ?? null;
  }
  if (!label || !DATE_LABEL_END.test(label)) return null;
  const event = labelEventOf(label);
  return event ? { events: [event], rule } : null;
}

/** The header cell of a table column: the row above the "|---|" separator of the table the row stands in. */
function columnHeader(doc: DocumentContext, rowIndex: number, column: number): string | null {
  for (let k = rowIndex - 1; k >= 0 && k >= rowIndex - 200; k--) {
    const row = doc.lines[k]!;
    if (row.kind !== 'table') return null;
    if (/^[ ]*\|?[ ]*:?-{2,}/.test(row.text)) {
      const header = doc.lines[k - 1];
      if (!header || header.kind !== 'table') return null;
      const cells = header.text.trim().replace(/^\|/, '').split('|');
      return cells[column]?.trim() ?? null;
    }
  }
  return null;
}

/** Between a date and a date it heads: only a particle ("6月17日に、6月10日頃より…"). */
// (A short subject may stand between: "2025年8月29日、第三者が、8月26日から…したことが発覚".)
// ("1月14日 当該機器の状況を調査した結果、令和6年12月下旬に…痕跡があったことを確認": an investigation's
// result may stand between.)
const HEADS_NEXT_DATE = /^[ \n]{0,4}(?:に|には)?[、 ]{0,2}(?:[^。、]{1,12}(?:が|は)[、 ]{0,2})?(?:[^。、]{0,24}?(?:調査|解析|確認)(?:した|を行った|を実施した|の)?結果[、 ]{0,2})?$/;

/**
 * "6月17日に、6月10日頃より…攻撃を受けた可能性があることが判明": the first date heads the
 * sentence whose finding is at its end; the second is the incident's (and keeps its own verdict).
 */
function outerFinding(doc: DocumentContext, dates: readonly ResolvedDate[], i: number, clause: string, clauseEnd: number): DateVerdict | null {
  const next = dates[i + 1];
  if (!next || doc.bodyStart + next.start !== clauseEnd || !HEADS_NEXT_DATE.test(clause)) return null;
  const rest = doc.text.slice(doc.bodyStart + next.end, endOfClause(doc, dates, i + 1));
  const inner = classifyDate({ before: clause, clause: rest, isRange: next.isRange, hasTime: next.hasTime });
  if (!inner.events.includes('occurred')) return null;
  const finding = classifyDate({ before: '', clause: '、' + rest.replace(/^[ 、]*(?:頃|ごろ)?(?:から|より|以降|に)?(?:の期間|の間|までの間|までの期間)?(?:に|で)?/, ''), isRange: false, hasTime: false });
  return finding.events.includes('detected') ? { events: ['detected'], rule: 'outerFinding' } : null;
}

/**
 * The clause of a date ends at the first 。 outside brackets, at a bracket that closes one opened
 * before the date (a date inside "(…)" keeps to it), or at the next date standing at the same
 * level (dates inside brackets and "…付" dates of notices do not end it). A line that ends
 * without 。 continues on an indented line below (chronology tables laid out with spaces).
 */
function endOfClause(doc: DocumentContext, dates: readonly ResolvedDate[], i: number): number {
  const text = doc.text;
  const from = glossEnd(doc, doc.bodyStart + dates[i]!.start, doc.bodyStart + dates[i]!.end);
  const limit = Math.min(text.length, from + CLAUSE_REACH);
  let nextIndex = i + 1;
  let depth = 0;
  const dateLine = doc.lineAt(from);
  let lineEnd = dateLine.end;
  // "### ■令和6年7月" / "2025年9月7日 午後2時頃" alone on a line: the line below says what happened.
  const aloneOnLine = HEADED_ONLY.test(text.slice(dateLine.start, doc.bodyStart + dates[i]!.start)) && ALONE_AFTER.test(text.slice(from, dateLine.end));
  // (A lone date's closing bracket or weekday is no clause: go on from the line's end.)
  for (let p = aloneOnLine ? Math.max(from, Math.min(dateLine.end, limit)) : from; p < limit; p++) {
    while (nextIndex < dates.length && doc.bodyStart + dates[nextIndex]!.start < p) nextIndex++;
    const next = dates[nextIndex];
    if (next && doc.bodyStart + next.start === p && depth === 0 && !NOTICE_DATE_AFTER.test(text.slice(doc.bodyStart + next.end, doc.bodyStart + next.end + 4))) {
      // Dates in a list share the clause after the last of them, and so do the ends of a span.
      const gap = text.slice(doc.bodyStart + dates[nextIndex - 1]!.end, p);
      if (!LIST_SEPARATOR.test(gap) && !spansTo(doc, dates, nextIndex - 1)) return p;
      p = doc.bodyStart + next.end - 1;
      continue;
    }
    if (p >= lineEnd) {
      const continued = continuationLine(doc, p, aloneOnLine && lineEnd === dateLine.end);
      if (continued === null) return p;
      p = continued.start - 1;
      lineEnd = continued.end;
      continue;
    }
    const ch = text[p]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) {
      if (depth === 0) return p;
      depth--;
    } else if (ch === '。' && depth === 0) return p + 1;
    // "4月17日に…についてお知らせしましたが、その後IIJ社から…との追加報告がありました": その後 opens a later event of its own.
    else if (ch === '、' && depth === 0 && LATER_AFTER_COMMA.test(text.slice(p + 1, p + 6))) return p + 1;
  }
  return limit;
}

/**
 * After a comma, a word opening what came later ("、その後", "、後日"): the clause before it is the date's. (Not その後 modifying a
 * noun, "4月13日、その後の委託先の調査の結果、…": the date heads that clause.)
 */
const LATER_AFTER_COMMA = /^[ ]?(?:その後|後日|のちに|後に)(?!の)/;

/** A line opening with an inflection or particle (a word's end): it carries on the line above. */
const MID_WORD_BREAK = /^(?:た|て|で|ました|ます|れ|られ|し|さ|いた|いる|おり|こと|ことが|を|が|に|は|の)[^ ]/;

/** The indented line that carries on a line ending without 。, skipping blank lines. */
function continuationLine(doc: DocumentContext, lineEndOffset: number, afterLoneDate = false): { start: number; end: number } | null {
  const line = doc.lineAt(lineEndOffset);
  // (A lone date's own colon, "### 5月30日:", closes the date as a key, not a label whose value follows.)
  if (/。\s*$/.test(line.text) || (!afterLoneDate && /:\s*$/.test(line.text))) return null;
  for (let k = line.index + 1; k < doc.lines.length && k <= line.index + 3; k++) {
    const next = doc.lines[k]!;
    if (next.kind === 'blank') continue;
    // "…不正なアクセスが行われ" / "た痕跡が確認された旨の連絡を受領しました。": a sentence broken inside a word
    // (text taken from a PDF) goes on at a line that opens with kana ending the word.
    if (k === line.index + 1 && next.kind === 'text' && MID_WORD_BREAK.test(next.text) && /[一-龥ぁ-んァ-ヴー]$/.test(line.text)) return { start: next.start, end: next.end };
    if (afterLoneDate) {
      // Under a lone date any plain line carries its event, unless it heads or dates something of its own.
      // ("- 13時30分頃 ホームページへのアクセス不具合発覚": a time of that day opening the entry is no date of its own.)
      if (/^[ ]*(?:[#|>]|[-*・■●◆□○〇◇][ ]*(?:[■●◆□○〇◇][ ]*)?(?:令和|平成|[0-9](?![0-9]?(?:時|:[0-9])))|令和|平成|[0-9]{1,4}[年月日/])/.test(next.text)) return null;
      return { start: next.start, end: next.end };
    }
    if (!/^[ ]{4,}[^ 0-9・\-*]/.test(next.text) || /^[ ]*(?:令和|平成|[0-9]{1,4}[年月日/])/.test(next.text)) return null;
    return { start: next.start, end: next.end };
  }
  return null;
}
