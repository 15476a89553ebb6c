import { parseJapaneseNumber } from '../numbers/japaneseNumber.js';
import type { DocumentContext } from '../document.js';
import type { Line } from '../segment/lines.js';
import {
  ANNOUNCED_CONTENT, APOLOGY_AGAIN, ANAPHOR_TOPIC, CHRONOLOGY_NOT_OWN, GREETING_SENTENCE, NEWS_MARKER, KNOWN_TOPIC_NOT_GIVEN, KNOWN_TOPIC_OPENING, KNOWN_TOPIC_DETERMINED, CHRONOLOGY_NOTICE, CHRONOLOGY_PLAN, CHRONOLOGY_PUBLISHER, CHRONOLOGY_SUBJECT, FIRST_REPORT_SELF, FOLLOW_UP_LABEL, TITLE_SERIES_NUMBER, DATED_NOTICES, LISTED_DATE_EACH, EARLIER_AFTER, EARLIER_BEFORE, EARLIER_NOTICE, FINAL_REPORT, FOLLOWS_NTH, FOLLOW_UP_BODY_OPENINGS, FOLLOW_UP_OPENING, FOLLOW_UP_TITLE, INVESTIGATION_DONE, NOT_PUBLIC_NTH_AFTER, NOT_PUBLIC_NTH_BEFORE, NOT_PUBLIC_REPORT, OTHER_MATTER_AFTER, OTHER_PUBLISHER, HISTORY_PRINTED, FUTURE_AFTER, REFERENCE_HEADING, FUTURE_BEFORE, NTH_REPORT, NOTICES_SO_FAR, OTHER_SUBJECT, SELF_AFTER, SELF_BEFORE, THIS_RELEASE, UPDATED_SECTION,
} from '../words/reports.js';
import type { Extractor, Findings } from './types.js';
import { matchesOf, mayMatchText } from '../util/regex.js';
import { titleHeadsText } from './bodyHeader.js';
import { SELF_REFERENCES } from '../words/organizations.js';
import { bodyDates } from './context.js';

/** The writer named as the topic of its sentence: "当社は、", "弊社では". */
const SELF_TOPIC = new RegExp(`(?:${SELF_REFERENCES.join('|')})(?:グループ)?(?:は|では|としては)`);

/** How far into the release text its opening reaches, in sentences. */
const OPENING_SENTENCES = 12;
/** How far into the text an apology "again" still opens the release. */
const APOLOGY_SENTENCES = 5;
/** How far into the text a release says its investigation is over. */
const CLOSING_SENTENCES = 6;
/** How far a 第N報 in the text is looked for. */
const SERIES_SENTENCES = 40;

type Role = 'self' | 'earlier' | 'unknown';

interface NthMention {
  n: number;
  start: number;
  end: number;
  role: Role;
  /** "第N報に続き": the release is the next one. */
  follows: boolean;
  /** Index of the body sentence it stands in; -1 in the title. */
  sentence: number;
  /** A public release of the organization (not a 第一報 to the regulator, nor a first word received from someone). */
  published: boolean;
  ruleId: string;
}

/**
 * The release's place in its series: N from 第N報 where the release names itself — its title (or
 * 公表種別), a heading, or a sentence such as "第二報としてご連絡申し上げます" — and whether it follows
 * up an earlier public notice. A 第N報 that points back (第5報でお知らせした, 第一報時点では,
 * 12月17日付けの第一報) is not this release's number, but says there was an earlier one.
 */
export const reportNumberExtractor: Extractor = {
  id: 'reportNumber',
  extract(doc, found) {
    const out: Partial<Findings> = { reportNumber: [], followUp: [], finalReport: [] };
    const header: { text: string; start: number; ruleId: string }[] = [];
    const titleSpan = doc.overview?.title;
    const title = found.title[0];
    if (titleSpan) header.push({ text: titleSpan.text, start: titleSpan.start, ruleId: 'report.title' });
    // A title line of pasted text counts only where it heads the text (not a section heading taken for the title).
    else if (title && titleHeadsText(doc, title.at)) header.push({ text: doc.text.slice(title.at, title.at + title.value.length), start: title.at, ruleId: 'report.title' });
    const kind = doc.overview?.kind;
    if (kind) header.push({ text: kind.text, start: kind.start, ruleId: 'report.kind' });

    const mentions: NthMention[] = [];
    for (const h of header) mentions.push(...nthMentions(doc, h.text, h.start, h.ruleId, true));
    const seen = new Set(mentions.map((m) => m.start));
    doc.bodySentences.forEach((s, i) => {
      // Every 第N報 holds 報: most sentences are ruled out by one search.
      if (!s.text.includes('報')) return;
      for (const m of nthMentions(doc, s.text, s.start, 'report.body', false, i)) {
        // Far into the text only an explicit "第N報として/となります/です" counts.
        if (!seen.has(m.start) && (i < SERIES_SENTENCES || m.role === 'self')) mentions.push(m);
      }
    });
    const self = mentions.find((m) => m.role === 'self') ?? titleSeriesNumber(header) ?? firstReportSelf(doc);
    if (self) {
      const ev = doc.evidence(self.start, self.end);
      out.reportNumber!.push({ value: self.n, evidence: ev, ruleId: self.ruleId + '.nth', at: self.start });
      if (self.n >= 2) out.followUp!.push({ value: true, evidence: ev, ruleId: self.ruleId + '.nth', at: self.start });
    }
    // A 第一報 filed with the regulator or received from someone is no earlier public notice.
    const earlier = mentions.find((m) => m.role === 'earlier' && m.published);
    const followed = mentions.find((m) => m.follows);
    if (!self && followed) {
      out.reportNumber!.push({ value: followed.n + 1, evidence: doc.evidence(followed.start, followed.end), ruleId: 'report.followsNth', at: followed.start });
    } else if (!self && !doc.overview?.title && !closesInvestigation(doc)) {
      // A pasted release that points back to its earlier 第N報 continues that series: the latest earlier
      // report it names is the one just before it (第一報・第二報の内容はこちら → this is the third).
      const latest = latestPublished(mentions.filter((m) => m.role === 'earlier' && m.published && m.sentence < OPENING_SENTENCES));
      const listed = latest ? null : datedNotices(doc);
      if (latest) out.reportNumber!.push({ value: latest.n + 1, evidence: doc.evidence(latest.start, latest.end), ruleId: 'report.afterNth', at: latest.start });
      // "9月29日付・10月3日付・10月8日付で…公表しています": three earlier notices, so this release is the fourth.
      else if (listed) {
        const ev = doc.evidence(listed.start, listed.end);
        out.reportNumber!.push({ value: listed.count + 1, evidence: ev, ruleId: 'report.afterDatedNotices', at: listed.start });
        out.followUp!.push({ value: true, evidence: ev, ruleId: 'report.afterDatedNotices', at: listed.start });
      }
    }
    if (earlier) out.followUp!.push({ value: true, evidence: doc.evidence(earlier.start, earlier.end), ruleId: 'report.earlierReport', at: earlier.start });

    for (const h of header) {
      const w = FOLLOW_UP_TITLE.exec(h.text);
      if (w) out.followUp!.push({ value: true, evidence: doc.evidence(h.start + w.index, h.start + w.index + w[0].length), ruleId: h.ruleId + '.followUpWord', at: h.start + w.index });
      const f = FINAL_REPORT.exec(h.text);
      if (f) out.finalReport!.push({ value: true, evidence: doc.evidence(h.start + f.index, h.start + f.index + f[0].length), ruleId: h.ruleId + '.final', at: h.start + f.index });
    }
    for (const prev of found.previous) out.followUp!.push({ value: true, evidence: prev.evidence, ruleId: 'report.previousLink', at: prev.at });
    for (const s of doc.bodySentences.slice(0, OPENING_SENTENCES)) {
      const m = execWhereMay(EARLIER_NOTICE, s.text);
      // An earlier report to the regulator, the police or by letter is not an earlier public notice
      // (the addressee may stand before the date: "委員会に10月16日に報告しております").
      // "この度…ことを公表いたしました" announces this very release.
      const thisRelease = /^(?:こと|旨)/.test(m?.[0] ?? '') && THIS_RELEASE.test(s.text.slice(0, m!.index));
      // "…と同社から報告を受けた旨お知らせしていましたが": a report received is what was announced, and the verb is public.
      if (m && !thisRelease && (ANNOUNCED_CONTENT.test(m[0]) || !NOT_PUBLIC_REPORT.test(clauseBefore(s.text, m.index) + m[0])) && !OTHER_PUBLISHER.test(m[0]) && !otherSubject(s.text.slice(0, m.index)) && !HISTORY_PRINTED.test(m[0]) && !OTHER_MATTER_AFTER.test(s.text.slice(m.index + m[0].length))) {
        const start = s.start + m.index;
        out.followUp!.push({ value: true, evidence: doc.evidence(start, start + m[0].length), ruleId: 'report.earlierNotice', at: start });
        break;
      }
      const o = execWhereMay(FOLLOW_UP_OPENING, s.text);
      if (o) {
        const start = s.start + o.index;
        out.followUp!.push({ value: true, evidence: doc.evidence(start, start + o[0].length), ruleId: 'report.followUpOpening', at: start });
        if (FINAL_REPORT.test(o[0])) out.finalReport!.push({ value: true, evidence: doc.evidence(start, start + o[0].length), ruleId: 'report.followUpOpening.final', at: start });
        break;
      }
    }
    for (const rule of FOLLOW_UP_BODY_OPENINGS) {
      if (rule.untitledOnly && doc.overview?.title) continue;
      const opening = doc.bodySentences.slice(0, APOLOGY_SENTENCES);
      for (const [i, s] of opening.entries()) {
        const m = execWhereMay(rule.re, s.text);
        if (!m) continue;
        // "本件につきましては、…進めてまいりました" after "このたび、…が発生いたしました。": the anaphor's matter is the
        // one the release itself has just brought in as news, not one known from before.
        if (ANAPHOR_TOPIC.test(s.text.slice(0, m.index + m[0].length)) && opening.slice(0, i).some((x) => NEWS_MARKER.test(x.text))) continue;
        const start = s.start + m.index;
        out.followUp!.push({ value: true, evidence: doc.evidence(start, start + m[0].length), ruleId: rule.ruleId, at: start });
        break;
      }
    }
    // Notices given as things went, up to now: the aspect of the verb, not its place in the text, says they came before.
    for (const rule of NOTICES_SO_FAR) {
      const s = doc.bodySentences.find((x) => mayMatchText(rule.re, x.text) && rule.re.test(x.text));
      if (!s) continue;
      const m = rule.re.exec(s.text)!;
      const start = s.start + m.index;
      out.followUp!.push({ value: true, evidence: doc.evidence(start, start + m[0].length), ruleId: rule.ruleId, at: start });
      break;
    }
    const opening = openingSentence(doc);
    const topic = opening && !KNOWN_TOPIC_NOT_GIVEN.test(opening.text) ? KNOWN_TOPIC_OPENING.exec(opening.text) : null;
    if (opening && topic) out.followUp!.push({ value: true, evidence: doc.evidence(opening.start, opening.start + topic[0].length - 1), ruleId: 'report.knownTopic', at: opening.start });
    // "このたびのシステム障害に関し、…お詫び申し上げます": the determiner presupposes the matter, even before an apology.
    const determined = opening && !topic ? KNOWN_TOPIC_DETERMINED.exec(opening.text) : null;
    if (opening && determined) out.followUp!.push({ value: true, evidence: doc.evidence(opening.start, opening.start + determined[0].length - 1), ruleId: 'report.knownTopicDetermined', at: opening.start });
    const chronicled = noticeInChronology(doc, found);
    if (chronicled) out.followUp!.push({ value: true, evidence: doc.evidence(chronicled.start, chronicled.end), ruleId: 'report.chronologyNotice', at: chronicled.start });
    // "■2025年4月25日　続報" standing as a line of its own at the top of the text labels the release a follow-up.
    for (const line of topLines(doc)) {
      const text = doc.text.slice(line.contentStart, line.end);
      const m = FOLLOW_UP_LABEL.exec(text);
      if (!m) continue;
      const word = /続報|追加報告|最終報告?/.exec(text)!;
      const at = line.contentStart + word.index;
      out.followUp!.push({ value: true, evidence: doc.evidence(at, at + word[0].length), ruleId: 'report.followUpLabel', at });
      break;
    }
    // Only a heading marks a section as revised; in a sentence "強化（更新）" may mean an upgrade.
    for (const line of doc.bodyLines) {
      if (line.kind !== 'heading') continue;
      const m = UPDATED_SECTION.exec(doc.text.slice(line.contentStart, line.end));
      if (!m) continue;
      const start = line.contentStart + m.index;
      out.followUp!.push({ value: true, evidence: doc.evidence(start, start + m[0].length), ruleId: 'report.updatedSection', at: start });
      break;
    }
    // An apology made "again" at the very start refers back to the first notice; at the end of a
    // first notice "改めて" only repeats the opening apology, so only the opening counts.
    for (const s of doc.bodySentences.slice(0, APOLOGY_SENTENCES)) {
      const a = execWhereMay(APOLOGY_AGAIN, s.text);
      if (a) {
        const start = s.start + a.index;
        out.followUp!.push({ value: true, evidence: doc.evidence(start, start + a[0].length), ruleId: 'report.apologyAgain', at: start });
        break;
      }
    }
    // A release that calls itself the 第1報 is a first notice, whatever its opening sounds like.
    if (self?.n === 1) out.followUp = [];
    return out;
  },
};

/**
 * Every 第N報 in a piece of text, with what it refers to. In a title every 第N報 is the release's own
 * unless it points back; in the text it is the release's own only where the words say so
 * ("…として", "…となります", "…をお知らせいたします") or where it closes a heading ("…について（第3報）").
 */
export function nthMentions(doc: DocumentContext, text: string, offset: number, ruleId: string, inTitle: boolean, sentence = -1): NthMention[] {
  const out: NthMention[] = [];
  for (const m of matchesOf(NTH_REPORT, text)) {
    const n = parseJapaneseNumber(m[1]!.replace(/ニ/g, '二'));
    if (n === null || n <= 0 || n >= 1000) continue;
    const start = offset + m.index!;
    const end = start + m[0].length;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    let role: Role;
    const pastSelf = /^[)）】\]」』]?として(?:お知らせ|公表|公開|ご報告|報告|発表|掲載|ご案内)(?:いたしました|しました|した|済)/.test(after);
    if (SELF_BEFORE.test(before)) role = 'self';
    else if (FUTURE_AFTER.test(after) || FUTURE_BEFORE.test(before)) role = 'unknown';
    else if (EARLIER_BEFORE.test(before) || EARLIER_AFTER.test(after) || pastSelf) role = 'earlier';
    else if ((inTitle && !/^[」』]/.test(after.replace(/^[)）】\]]/, ''))) || SELF_AFTER.test(after)) role = 'self';
    // A pasted release carries its title in the text; under an overview a bracketed 第N報 there is a quote.
    else if (!inTitle && !doc.overview?.title && closesHeading(doc, start, end)) role = 'self';
    else role = 'unknown';
    const clause = clauseBefore(before, before.length);
    const published = !NOT_PUBLIC_NTH_BEFORE.test(clause) && !NOT_PUBLIC_NTH_AFTER.test(after);
    out.push({ n, start, end, role, follows: role === 'earlier' && FOLLOWS_NTH.test(after), published, sentence, ruleId });
  }
  return out;
}

/** "…について（２）", "…ご報告 その２", "…のお知らせ（初報）": a title that numbers itself without 第…報. */
function titleSeriesNumber(header: { text: string; start: number; ruleId: string }[]): NthMention | undefined {
  const title = header.find((h) => h.ruleId === 'report.title');
  if (!title) return undefined;
  const m = TITLE_SERIES_NUMBER.exec(title.text.trimEnd());
  if (!m) return undefined;
  const g = m.groups!;
  const n = g.first !== undefined ? 1 : parseJapaneseNumber((g.paren ?? g.sono)!);
  if (n === null || n < 1) return undefined;
  const start = title.start + m.index;
  const end = title.start + m.index + m[0].trimEnd().length;
  return { n, start, end, role: 'self', follows: false, sentence: -1, published: true, ruleId: 'report.title.series' };
}

/** "…時点における初報としてお知らせいたします" in the opening sentences: the release is report number 1. */
function firstReportSelf(doc: DocumentContext): NthMention | undefined {
  for (const [i, s] of doc.bodySentences.slice(0, OPENING_SENTENCES).entries()) {
    const m = execWhereMay(FIRST_REPORT_SELF, s.text);
    if (!m) continue;
    const start = s.start + m.index;
    return { n: 1, start, end: start + 2, role: 'self', follows: false, sentence: i, published: true, ruleId: 'report.body.firstReport' };
  }
  return undefined;
}

/**
 * A release opening with "調査が完了いたしましたので" or its 再発防止策 closes the series; such closing reports are as often
 * titled 最終報 or 調査結果のご報告 as numbered, so no number is guessed for them.
 */
function closesInvestigation(doc: DocumentContext): boolean {
  return doc.bodySentences.slice(0, CLOSING_SENTENCES).some((s) => INVESTIGATION_DONE.test(s.text));
}

/**
 * The sentence before an earlier notice names another organization as its subject ("…損害保険ジャパン株式会社が、…"),
 * and not the writer as its topic ("当社は、委託先のＸ株式会社が、…ことを公表しました": the writer published it).
 */
function otherSubject(before: string): boolean {
  return OTHER_SUBJECT.test(before) && !SELF_TOPIC.test(before);
}

/** The part of a sentence's clause before a position: back to the last 、 or 。. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 30), at);
  return before.slice(Math.max(before.lastIndexOf('、'), before.lastIndexOf('。'), before.lastIndexOf(',')) + 1);
}

/** How far into a sentence (or list entry) the date that dates it may stand: "2024年12月12日、…", "- 1月21日(火) …". */
const ENTRY_DATE_REACH = 25;

/**
 * A publishing act of the writer dated in the release's own chronology, with events dated after it: the release is
 * published after everything it narrates, so a notice followed by later events is an earlier one, not this release
 * ("2024年12月12日、…「…のお知らせ」を掲載させていただきました。" … "2025年1月28日、調査機関による調査が完了し…").
 * Each sentence or list entry is dated by the date that opens it; a plan or a bound ("…までに", "予定") is no event.
 */
function noticeInChronology(doc: DocumentContext, found: Findings): { start: number; end: number } | null {
  const body = doc.text.slice(doc.bodyStart);
  if (!mayMatchText(CHRONOLOGY_NOTICE, body)) return null;
  const dates = bodyDates(doc, found).dates.filter((d) => d.day !== null && !d.isRange);
  if (dates.length < 2) return null;
  const entries: { ordinal: number; start: number; end: number; notice: boolean; plan: boolean }[] = [];
  let next = 0;
  for (const s of doc.bodySentences) {
    const from = s.start - doc.bodyStart;
    while (next < dates.length && dates[next]!.start < from) next++;
    const d = dates[next];
    if (!d || d.start >= from + ENTRY_DATE_REACH || d.start >= s.end - doc.bodyStart) continue;
    const act = CHRONOLOGY_NOTICE.exec(s.text);
    const verb = act && !CHRONOLOGY_NOT_OWN.test(s.text) && !otherPublisher(s.text) ? act : null;
    // The evidence: from the entry's date to its publishing verb.
    const start = doc.bodyStart + d.start;
    const end = verb ? s.start + verb.index + verb[0].replace(/[ ]?(?:。|[(（]第)$/, '').length : s.end;
    entries.push({ ordinal: d.year * 512 + d.month * 32 + d.day!, start, end, notice: verb !== null, plan: CHRONOLOGY_PLAN.test(s.text) });
  }
  // The latest day an event (no notice, no plan) is dated: a notice dated before it came before the release.
  let latestEvent = -1;
  for (const x of entries) if (!x.notice && !x.plan && x.ordinal > latestEvent) latestEvent = x.ordinal;
  const earlier = entries.find((e) => e.notice && e.ordinal < latestEvent);
  return earlier ? { start: earlier.start, end: earlier.end } : null;
}

/** The first sentence of the prose: not a heading, a table row or a greeting. */
function openingSentence(doc: DocumentContext): { text: string; start: number } | null {
  for (const s of doc.bodySentences.slice(0, OPENING_SENTENCES)) {
    const kind = doc.lines[s.line]?.kind;
    if (kind === 'heading' || kind === 'table') continue;
    const text = s.text.trim();
    if (GREETING_SENTENCE.test(text)) continue;
    return { text, start: s.start + s.text.indexOf(text) };
  }
  return null;
}

/**
 * An entry whose publishing verb has a subject other than the writer ("委託先のＸ社が自社のホームページ上で…を公表"), or
 * whose notice is named after another organization ("ＩＩＪ社ニュースリリース").
 */
function otherPublisher(text: string): boolean {
  return [CHRONOLOGY_SUBJECT, CHRONOLOGY_PUBLISHER].some((re) => {
    const m = re.exec(text);
    return m !== null && !SELF_REFERENCES.some((w) => m.groups!.subject!.endsWith(w));
  });
}

/**
 * Earlier notices of the writer listed by their dates in the opening, all governed by one past publishing verb
 * ("5月12日および5月15日付で公表しております通り"): how many, and the span from the first date to the verb. Not
 * reports to the regulator or the police, nor notices of another publisher ("…に委託先が公表した").
 */
function datedNotices(doc: DocumentContext): { count: number; start: number; end: number } | null {
  for (const s of doc.bodySentences.slice(0, OPENING_SENTENCES)) {
    const m = execWhereMay(DATED_NOTICES, s.text);
    if (!m) continue;
    if (NOT_PUBLIC_REPORT.test(m.groups!.what!) || otherPublisher(m[0])) continue;
    const count = [...matchesOf(LISTED_DATE_EACH, m.groups!.list!)].length;
    const start = s.start + m.index;
    return { count, start, end: start + m[0].length };
  }
  return null;
}

/** The highest-numbered of the earlier reports a release names, or null. */
function latestPublished(earlier: NthMention[]): NthMention | null {
  let best: NthMention | null = null;
  for (const m of earlier) if (!best || m.n > best.n) best = m;
  return best;
}

/** The first five non-blank lines of the body, computed once per document (a text may hold thousands of 第N報). */
const TOP_LINES = new WeakMap<DocumentContext, Line[]>();
function topLines(doc: DocumentContext): Line[] {
  let top = TOP_LINES.get(doc);
  if (!top) {
    top = [];
    for (const l of doc.bodyLines) {
      if (l.kind === 'blank') continue;
      top.push(l);
      if (top.length === 5) break;
    }
    TOP_LINES.set(doc, top);
  }
  return top;
}

/** What may follow a bracketed 第N報 label before its bracket closes: nothing, or the release's date ("：2025年8月20日"). */
const LABEL_TAIL = /^(?:[ ]?[：:][ ]?(?:[0-9]{4}[ ]?年[ ]?)?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日(?:[ ]?[(（][^)）]{1,3}[)）])?[ ]?)?[)）】\]〉>]/;

/** A 第N報 in brackets at the end of a heading-like line (no sentence end in it): the release's title. */
function closesHeading(doc: DocumentContext, start: number, end: number): boolean {
  const line = doc.lineAt(start);
  // The release's own title stands at the top of its text or as a heading.
  const top = topLines(doc);
  if (line.kind !== 'heading' && !top.includes(line)) return false;
  const content = doc.text.slice(line.contentStart, line.end).trim();
  if (content.length > 120 || /。/.test(content) || /参考|前回|既報|過去|これまで/.test(content)) return false;
  // Under a heading such as "前回のお知らせ" or "【ご参考】" a 第N報 is a quote of another release.
  if (line.headings.some((i) => REFERENCE_HEADING.test(doc.lines[i]!.text))) return false;
  const tail = doc.text.slice(end, line.end).trim();
  // The opening bracket may be the heading's own marker ("【第3報】" alone on a line).
  const opener = doc.text.slice(Math.max(line.start, start - 2), start);
  // The label may carry the release's date: "【第一報：2025年8月20日】".
  if (/[(（【\[〈<]\s*$/.test(opener) && LABEL_TAIL.test(tail) && tail.length <= 20) return true;
  // "第3報" standing alone on one of the first lines.
  return top.slice(0, 3).includes(line) && doc.text.slice(line.start, line.end).trim() === doc.text.slice(start, end);
}

/** The first match of a pattern in a sentence, sought only where one of its words stands (most sentences hold none). */
function execWhereMay(pattern: RegExp, text: string): RegExpExecArray | null {
  return mayMatchText(pattern, text) ? pattern.exec(text) : null;
}
