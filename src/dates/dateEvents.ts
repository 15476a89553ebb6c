import type { TimelineEvent } from '../types.js';
import {
  ADJACENT_GAP, ADJACENT_FINDING_GAP, ATTACK_NOUNS, ATTRIBUTIVE_BEFORE, CLEFT_BEFORE, COMPLEMENT_AFTER, EVENT_WORDS, INVESTIGATION_BEFORE,
  INVESTIGATION_DONE, INVESTIGATION_WINDOW_AFTER, COMPLEMENT_ANNOUNCED, INSIDE_TOLD, INSIDE_TOLD_QUOTED, INFERRED_ACCOUNT, MATTER_PLACE_BEFORE, TELLER_IN_MATTER, LABEL_BEFORE, DATED_ATTACK_AFTER, DATED_RECORD_AFTER, SCOPE_BEFORE, UNTIL_AFTER, FOUND_AFTERWARDS, WHEN_LABEL, labelEventOf, LIGHT_VERB_CLAUSE, MODIFIER_AFTER, NOUN_AFTER, OCCURRENCE_STATED,
  FOUND_STATE_BETWEEN, FOUND_STATE_AFTER, TOLD_RECEIVED, DATA_BOUND_AFTER, TRANSACTION_BOUND_AFTER, RECORDS_BOUND_AFTER, CARD_DATA, STOPPED_SINCE_AFTER, STOPPED_SINCE_ATTRIBUTIVE, PROTECTIVE_STOP, OUTAGE_OCCURRED, UNAVAILABLE_SEEN, OTHER_RECIPIENT, OTHER_RECIPIENT_FIRST, ATTRIBUTIVE_OTHER, NAMED_MATTER_AFTER, COMPLEMENT_FINDING, SUBJECT_BEFORE_DATE, OWN_GROUP, POSSIBILITY_AFTER, RANGE_OF_NOUN, SCOPE_STATEMENT, THIRD_PARTY_SUBJECT, TRACE_WORDS,
  WINDOW_AFTER, RECORD_OF_EVENT_AFTER, TOLD_NO_LEAK, TOLD_DUTY, SINCE_TOLD, CLAUSE_VARIANTS, type EventWord,
} from '../words/timelineEvents.js';
import { SELF_REFERENCES } from '../words/organizations.js';
import { globalForm } from '../util/regex.js';

/**
 * The events a date stands for, from the words around it (word tables: src/words/timelineEvents.ts).
 *
 * Japanese puts the date first and the verbs after it, so the clause after the date decides, and
 * the first event word in it wins ("3月7日、不審なアクセスを検知し、サーバを隔離" → detected).
 * A word that only modifies a noun ("不正アクセスが確認された店舗の利用を再開") does not decide.
 * An incident word followed by a detection word needs the structure between them:
 * - "…を受けたことを確認" (the incident is the object of the finding): detected;
 * - "…が発生し、…を確認", "…深夜、…を受け、…が判明" (clauses in a row): both that day;
 *   "12月6日（土）、…を受け、…が判明" (a date heading the sentence): the finding;
 * - a date that opens a period ("4月21日から…", "10日未明~11日", "…の期間に") or a date an
 *   investigation found ("調査の結果、6月30日に…") dates the incident, not its discovery.
 * Being told ("…から連絡を受け", "報告がありました") is detection whatever else the clause says;
 * a contractor's finding ("委託業者が…を検知") is the first finding of the incident (at an hour, of an attack going on).
 * Words before the date decide when they are a label ("発生日時："), a cleft ("発生したのは"),
 * a verb modifying the date ("検知した8月9日"), or the object of a light verb after it
 * ("…との報告を同社より4月14日に受けました").
 */
export interface DateContext {
  /** The text of the sentence before the date (after any earlier date in it). */
  before: string;
  /** The clause after the date: up to the end of its sentence, or the next date of the same level. */
  clause: string;
  /** The date opens a range (12月1日~3日). */
  isRange: boolean;
  /** A time of day is written with the date (未明, 22時50分頃): the writer knows when it happened. */
  hasTime: boolean;
  /** Only a month is written (2024年5月): a date reconstructed afterwards, not the day anyone saw it. */
  monthOnly?: boolean;
  /** The date stands under a heading that is itself a date (a chronology's day): that heading, not this date, is the entry's day. */
  underDatedHeading?: boolean;
}

interface Hit {
  word: EventWord;
  index: number;
  end: number;
}

/** The events of a date and the name of the rule that gave them (for `--explain` and rule ids). */
export interface DateVerdict {
  events: TimelineEvent[];
  rule: string;
}

const verdict = (events: TimelineEvent[], rule: string): DateVerdict => ({ events, rule });
const NONE = verdict([], 'none');

export function eventsOfDate(ctx: DateContext): TimelineEvent[] {
  return classifyDate(ctx).events;
}

export function classifyDate(context: DateContext): DateVerdict {
  const ctx = { ...context, before: commonForms(context.before) };
  const clause = plainClause(commonForms(ctx.clause));
  if (ctx.isRange && RANGE_OF_NOUN.test(clause)) return verdict([], 'scope');
  // "2000年4月以降にご登録のお客様の情報が流出": the date selects the data, it is no event.
  if (DATA_BOUND_AFTER.test(clause) || RECORDS_BOUND_AFTER.test(clause) || (TRANSACTION_BOUND_AFTER.test(clause) && !CARD_DATA.test(clause))) return verdict([], 'dataScope');
  // "対象期間を2021年10月から…": the bounds of a scope.
  if (SCOPE_BEFORE.test(ctx.before)) return verdict([], 'scope');
  const label = LABEL_BEFORE.exec(ctx.before);
  if (label) {
    const l = labelEventOf(label.groups!.label!);
    if (l) return verdict([l], 'label');
    // "時期:2025年12月下旬頃より": when the incident began.
    if (WHEN_LABEL.test(label.groups!.label!) && (ctx.isRange || WINDOW_AFTER.test(clause))) return verdict(['occurred'], 'label.when');
    // "対応：本年4月23日、…流出した可能性がある…関係者に対し、…変更を依頼": under a label of the response, the date is one
    // of what was done; the incident's words in its clause only name what it answers.
    if (RESPONSE_LABEL.test(label.groups!.label!)) {
      const v = classifyClause(clause, ctx, true);
      return verdict(v.events.filter((e) => RESPONSE_EVENTS.has(e)), 'label.response');
    }
  }
  // "同日より調査を進めた結果、…を受けたことを確認": the date opens the investigation, whose finding came at its end.
  // (Not news that came in over the period and set it off: "1月18日以降、複数のお客様よりお問い合わせをいただき調査を行った結果" is told.)
  const investigation = INVESTIGATION_WINDOW_AFTER.exec(clause);
  if (investigation && !NEWS_WORDS.test(investigation[0])) return verdict([], 'investigationWindow');
  // "6月3日夜からサービスを停止しております": a stop still in force began as an outage that day.
  if ((STOPPED_SINCE_AFTER.test(clause) || STOPPED_SINCE_ATTRIBUTIVE.test(clause)) && !PROTECTIVE_STOP.test(ctx.before) && !PROTECTIVE_STOP.test(clause)) return verdict(['occurred'], 'stoppedSince');
  // "改ざんは8月12日（水）午前3時頃から午前7時頃にかけて行われたものとみられています", "本不正アクセスは、2025年12月5日（金）深夜より、
  // …にかけて行われ": the attack is the sentence's topic and the date's verb only says it took place; whatever the sentence finds after
  // it is found of the attack, not on that day.
  const topicPredicate = TOPIC_ATTACK_BEFORE.test(ctx.before) ? TAKES_PLACE_AFTER.exec(clause) : null;
  if (topicPredicate && !hitsOf(topicPredicate[0]).some((h) => h.word.role === 'detect' || h.word.role === 'told')) return verdict(['occurred'], 'topicAttack');
  // "10月8日の不正アクセスから…": the date names the attack.
  if (DATED_ATTACK_AFTER.test(clause)) return verdict(['occurred'], 'datedAttack');
  // "サーバー上では、…17時59分頃に不審なファイル更新が行われた記録を確認": inside the sentence, the record
  // dates the event, not its finding. (A date opening a chronology's entry, "- 4月15日に…形跡を確認。",
  // is the day of that entry's finding.)
  // (Under a day's heading, "### ■4月17日" / "- 4月15日にマルウェアが実行された形跡を確認。", the entry is that day's
  // finding and its own date the event's.)
  if (RECORD_OF_EVENT_AFTER.test(clause) && (/[^ \-・*、]{2}/.test(ctx.before) || ctx.underDatedHeading)) return verdict(['occurred'], 'record');
  // "最古で2020年7月31日の記録が確認": the record shows what happened that day.
  if (DATED_RECORD_AFTER.test(clause)) {
    const v = classifyClause(clause, ctx, true);
    if (v.events.length === 1 && v.events[0] === 'detected') return verdict(['occurred'], 'record');
  }
  const tail = ctx.before.slice(-40);
  if (ATTRIBUTIVE_BEFORE.test(ctx.before)) {
    // "…を検知した8月9日以前に": the verb right before the date is its event, whatever bound follows the date ("…を行った同年12月25日
    // 夕刻まで").
    const hits = hitsOf(tail);
    const last = hits.pop();
    if (last) {
      // "…不審な挙動を把握してシステム停止とネットワーク遮断を行った同年12月25日": verbs chained by て in the clause that
      // modifies the date are that day's too (not a progressive, "…が発生していた", nor a verb of another clause).
      const chained = hits.filter((h) => /^て(?![いお])/.test(tail.slice(h.end)) && !/[、。]/.test(tail.slice(h.end, last.index)));
      if (chained.length === 0) return verdict([last.word.event], 'attributive');
      return verdict([...new Set([...chained.map((h) => h.word.event), last.word.event])], 'attributive.chained');
    }
  }
  // "2023年12月11日までに…ご利用のお客様の情報が漏洩していたことを確認": the end of a period.
  if (!ctx.isRange && UNTIL_AFTER.test(clause)) {
    const v = classifyClause(clause, ctx, true);
    return v.events.some((e) => e === 'detected' || e === 'occurred') ? verdict([], 'until') : v;
  }
  if (CLEFT_BEFORE.test(ctx.before)) {
    // "…が最初に発生したのは6月10日であることが判明": the event stands before the date.
    const v = classifyClause(tail.replace(CLEFT_BEFORE, ''), ctx, false);
    if (v.events.length > 0) return verdict(v.events, 'cleft');
  }
  if (LIGHT_VERB_CLAUSE.test(clause)) {
    // "…との報告を同社より2025年4月14日に受けました": the object stands before the date.
    // (The date's own time word and spaces around it join nothing: "…の報告を 過日２月２６日に 受けました".)
    const joined = tailAfterComma(tail).replace(DATE_TIME_WORD_BEFORE, '') + clause.replace(/^[ 、]*(?:に|、)[ ]*/, '');
    const v = classifyClause(joined, ctx, false);
    if (v.events.length > 0) return verdict(v.events, `lightVerb.${v.rule}`);
  }
  const v = classifyClause(clause, ctx, true);
  // "他自治体での当該事案に関する新聞報道を受け、令和7年4月14日、…に確認を開始": a date right after the news that
  // set off checks of its own (no event word of its clause) is when the news had come. (A stop taken on the news,
  // "…連絡を受け、2024年5月28日…カード決済を停止", keeps its event: the news is dated in a sentence of its own.)
  if (v.events.length === 0 && NEWS_RECEIVED_BEFORE.test(ctx.before)) return verdict(['detected'], 'newsBefore');
  return v;
}

/** Right before a finding, an attack's noun as what was found ("…への不正アクセスと情報流出が", "不正アクセス等を"). */
const ATTACK_NOUN_FOUND_BEFORE = new RegExp(`(?:${ATTACK_NOUNS.source})(?:等)?(?:が|を)[ ]?$`);

/** Right before the date, an attack as the topic or subject of the sentence ("改ざんは", "本不正アクセスは、"). */
const TOPIC_ATTACK_BEFORE = new RegExp(`(?:${ATTACK_NOUNS.source})(?:は|が)[、 ]?$`);
/** After the date, a verb that only says the event took place ("…にかけて行われ", "…に発生し"). */
const TAKES_PLACE_AFTER = /^[^。]{0,50}?(?:行われ|実行され|なされ|発生し|始まっ|開始され)/;

/** Words of news received ("問い合わせ", "連絡", "報告"). */
const NEWS_WORDS = /問い合わせ|問合せ|問い合せ|連絡|報告|通知|通報|指摘|申し出|申出|情報提供|一報/;

/** Right before a date, the place or target of the matter ("…において、", "…におきまして、", "当社サーバーに対し "). */
const PLACE_BEFORE = /(?:において|におきまして|にて|に対し(?:て)?)[、 ]?$/;

/** Right before a date, a time word glossing it ("過日", "去る", "先般") and spaces. */
const DATE_TIME_WORD_BEFORE = /[ ]*(?:過日|去る|先般|先日)?[ ]*$/;

/** Right before the date, news received that set off what follows ("…新聞報道を受け、", "…との連絡を受け、"). */
const NEWS_RECEIVED_BEFORE = /(?:報道|連絡|報告|通知|通報|情報提供|指摘|一報)を(?:受け|うけ)(?:て)?[、,][ ]?$/;

function classifyClause(clause: string, ctx: DateContext, isAfterDate: boolean): DateVerdict {
  const hits = hitsOf(clause);
  if (hits.length === 0) return NONE;
  // "昨年11月に発生した当社への不正アクセスと今回の事案については、…": an earlier incident set beside this one.
  if (isAfterDate && OTHER_INCIDENT.test(clause)) return verdict(['other'], 'otherIncident');
  // "令和6年10月に発生した本事案について…報告を受けました": an incident verb bound to the date that names the
  // sentence's matter dates the incident; the news came on another day.
  const boundIncident = isAfterDate ? hits.find((h) => h.word.role === 'incident' && BOUND_GAP.test(clause.slice(0, h.index))) : undefined;
  if (boundIncident && hits.some((h) => h.word.role === 'told' && h.index > boundIncident.end) && NAMES_MATTER_AFTER.test(clause.slice(boundIncident.end))) return verdict(['occurred'], 'adjacent.beforeTold');
  const quoted = isAfterDate ? INSIDE_TOLD_QUOTED.exec(clause) : null;
  // (A subject right before the date that is not the organization is the matter's: "…ウェブサーバーが令和6年5月に…を受け、…おそれがあるとの報告".)
  // (A date set apart by a comma is inside the matter only after the matter's place: "…システムにおいて、4月14日、…との発表がありました".)
  const quotedMatter = quoted && (/^[ ]?(?:頃|ごろ)?に/.test(quoted.groups!.matter!) || MATTER_PLACE_BEFORE.test(ctx.before)) ? quoted : null;
  const insideTold = isAfterDate ? INSIDE_TOLD.exec(clause) ?? (quotedMatter && !TELLER_IN_MATTER.test(quotedMatter.groups!.matter!) && !(TOPIC_BEFORE.test(ctx.before) && !subjectOfFinding(ctx.before)) ? quotedMatter : null) : null;
  if (insideTold && hits.some((h) => h.word.role === 'incident' && h.index < insideTold.groups!.matter!.length)) return verdict(['occurred'], 'insideTold');
  const sinceTold = isAfterDate ? SINCE_TOLD.exec(clause) : null;
  if (sinceTold) {
    const { head, bound, matter } = sinceTold.groups!;
    const incident = hits.some((h) => h.word.role === 'incident' && h.index >= head!.length && h.index < head!.length + matter!.length);
    // (A period opened by より or から without the incident in it may be the news itself coming in since then:
    // "5月8日早朝より、偽サイトに誘導されたとのご連絡が宿泊者様から…寄せられ".)
    if (incident || bound === '以降' || bound === '以後') return verdict(incident ? ['occurred'] : ['other'], 'sinceTold');
  }
  // "4月17日から4月21日までの期間、外部から侵入した第三者が…アクセスできる状態になっていたと推測され、…との報告を受けております": a span
  // inside the news, marked as inferred, is the incident's; news comes on a day, and when is not said.
  const told = hits.find((h) => h.word.role === 'told');
  if (told && isAfterDate && ctx.isRange && INFERRED_ACCOUNT.test(clause.slice(0, told.index))) return verdict(['occurred'], 'inferredSpan');
  if (told && !toldSomeoneElse(clause)) {
    if (TOLD_NO_LEAK.test(clause)) return verdict(['other'], 'toldNoLeak');
    return TOLD_DUTY.test(clause) ? verdict(['other'], 'toldDuty') : verdict(['detected'], 'told');
  }
  const first = firstDeciding(clause, hits);
  if (!first) {
    // "2025年10月3日、当社グループにおいて発生した情報セキュリティインシデントにつきまして": the matter the
    // sentence is about happened that day, though its verb only names it.
    const named = hits.find((h) => h.word.role === 'incident' && NAMED_MATTER_AFTER.test(clause.slice(h.end)));
    if (named && isAfterDate) return verdict(['occurred'], 'namedMatter');
    // "2026年2月3日に当社グループにおいて被害を確認したランサムウェア攻撃によるシステム障害につきましては": the matter is named by
    // the day it was found.
    // (The matter must be the incident: "10月31日、当社が確認した情報については" names what was found.)
    const found = hits.find((h) => h.word.role === 'detect' && INCIDENT_MATTER.test(NAMED_MATTER_AFTER.exec(clause.slice(h.end))?.[0] ?? ''));
    return found && isAfterDate ? verdict(['detected'], 'namedMatter.found') : NONE;
  }
  if (first.word.role === 'incident' && ADJACENT_GAP.test(clause.slice(0, first.index))) {
    // "6月17日午後1時15分頃に閲覧できない状態であることが判明": a state found, as foundState below reads it.
    if (/でき|出来|不能/.test(clause.slice(first.index, first.end)) && FOUND_STATE_AFTER.test(clause.slice(first.end))) return ctx.hasTime ? verdict(['occurred', 'detected'], 'foundState.ongoing') : verdict(['detected'], 'foundState');
    return verdict(['occurred'], 'adjacent');
  }
  if (isAfterDate) {
    // "…アカウントは2025年4月10日に作成された当社正規VPNアカウント": the date is a verb's that only names a thing.
    const named = ATTRIBUTIVE_OTHER.exec(clause);
    if (named && named[0].length <= first.index) return verdict(['other'], 'attributive.other');
    // "不正なプログラムが7月16日に設置されたことが判明": a date after the subject of what was found is inside it.
    // (A date set apart by a comma heads the whole sentence: "当社は4月21日、…を確認".)
    if (!/^[ ]?、/.test(clause) && subjectOfFinding(ctx.before) && COMPLEMENT_FINDING.test(clause)) return verdict(['occurred'], 'insideFinding');
  }
  const window = isAfterDate && (ctx.isRange || WINDOW_AFTER.test(clause));
  const investigated = INVESTIGATION_BEFORE.test(ctx.before);
  const detection = hits.find((h) => h.word.role === 'detect' && h.index > first.index);
  const traced = (upTo: number) => TRACE_WORDS.test(clause.slice(0, upTo));
  if (first.word.role === 'incident') {
    if (SCOPE_STATEMENT.test(clause)) return verdict([], 'scope');
    // "12月20日、調査が完了し、…漏洩し…を確認": the date is the investigation's, not the incident's.
    if (INVESTIGATION_DONE.test(clause.slice(0, first.index))) return verdict([], 'investigationDone');
    // "…に不具合が生じたことから、調査を行ったところ", "障害が発生し、調査を行った結果": a symptom that set off
    // an investigation was noticed that day (what the investigation found came later).
    // (Not a symptom at another company that it investigated: "本印刷会社の工場において…異常が発生したことから、本印刷会社が調査".)
    const symptom = investigated ? null : SYMPTOM_INVESTIGATED.exec(clause.slice(first.end));
    if (symptom && !byThirdParty(clause.slice(0, first.end + symptom[0].length))) return verdict(['occurred', 'detected'], 'symptomInvestigated');
    if (!detection) {
      // "9月30日早朝、…でシステム障害が発生", "2025年2月17日に当社システムにおいて障害が発生し、…停止": a failure of
      // the systems is seen as it happens (annotators date both; the guide's own example does).
      if (!ctx.monthOnly && !investigated && OUTAGE_OCCURRED.test(clause.slice(Math.max(0, first.index - 8), first.end))) return verdict(['occurred', 'detected'], 'outageSeen');
      // "2026年5月6日(水)に、弊社コーポレートサイトが…不適切なウェブページへ誘導される事象が発生": what the site or screen showed
      // on a day was seen that day (the annotators date both: 3 of 3 releases; not a window, "1月10日夕方頃より…転送される事象").
      if (!ctx.monthOnly && !investigated && !window && SHOWN_OCCURRED.test(clause)) return verdict(['occurred', 'detected'], 'shownSeen');
      // "…感染し、各種システムが閲覧できなくなる障害が生じました": systems that stop working date the incident;
      // the annotators mostly leave its finding undated ("閲覧ができない状況となりました": 7 of 10 releases in the
      // tuning sets and fresh120d; reading the hour as the finding, "6月30日午前4時頃", lost as many as it won).
      if (!investigated && UNAVAILABLE_SEEN.test(clause)) return verdict(['occurred'], 'unavailableSeen');
      // "4月29日深夜より…攻撃と思われる通信が発生し、…アクセスを遮断": blocking it as it began means it was seen then.
      // (Not the incident's own word read again: "送信機能が停止し" holds "停止し", which is no response.)
      const blocked = hits.find((h) => h.index >= first.end && h.word.event === 'contained');
      const chained = blocked !== undefined && !clause.slice(first.end, blocked.index).includes('。') && /^(?:し|が発生し|され)?[^、]{0,6}、/.test(clause.slice(first.end));
      // (A date set apart heads the whole sentence, the stop too: "2026年5月10日 …通信が断続的に発生したため、…アクセスを遮断し"; one
      // bound by に to the attack's verb is the attack's alone, "5月27日に…不正アクセスを受け、一時的に運用を停止し", as coordinate.dated reads it.)
      return chained && !investigated && (window || ctx.hasTime || !/^[ ]?(?:頃|ごろ)?に/.test(clause)) ? verdict(['occurred', 'detected'], 'blockedAsItBegan') : verdict(['occurred'], 'word');
    }
    // "調査の結果、5月11日に…流出した可能性があることが判明": a possibility is a finding, not an event.
    if (investigated && !window && POSSIBILITY_AFTER.test(clause.slice(first.end))) return verdict(['detected'], 'possibility');
    // "…の間、…改ざんされ、…表示されていたことが判明": the period is the incident's; it was found later.
    // ("同日から調査を進めた結果、…受けたことを確認": the period is the investigation's; it ends in the finding.)
    // ("…の期間、…アクセスできる状態になっていたと推測され、…が判明": an account inferred afterwards was not seen over the period.)
    const foundLater = (FOUND_AFTERWARDS.test(clause.slice(0, detection.index)) || INFERRED_ACCOUNT.test(clause.slice(0, detection.index))) && !/調査/.test(clause.slice(0, first.index));
    // "2025年2月2日から2月3日にかけて、…ご予約されたお客様に対して、…フィッシングサイトへ誘導する…メッセージが配信されていることを確認":
    // what reached the customers over the period was not before the organization's eyes; it learned of it on a day the text does not give
    // (the gold of 3 releases in fresh120c and fresh120g leaves the finding undated).
    if (window && TO_OTHERS_BEFORE.test(clause.slice(0, first.index))) return verdict(['occurred'], 'window.toOthers');
    if (window) return !investigated && !traced(detection.end) && !foundLater ? verdict(['occurred', 'detected'], 'window') : verdict(['occurred'], 'window.found');
    // "調査の結果、2月12日、…漏えいしていたことが判明": a date set apart heads the finding.
    // (With a time to the minute, the date is the incident's, found by the investigation.)
    if (investigated && !ctx.hasTime && /^[ ]?、/.test(clause) && COMPLEMENT_AFTER.test(clause.slice(first.end))) return verdict(['detected'], 'complement');
    if (investigated) return verdict(['occurred'], 'investigated');
    // "5月9日に当社従業員がサポート詐欺のサイトへ誘導され、…をインストールしたことにより、不正なアクセスを受けた
    // ことが判明": "DATEに" binds the date to the first event of the chain that led to the incident.
    if (CHAIN_BEFORE_INCIDENT.test(clause.slice(0, first.index))) return verdict(['occurred'], 'chain');
    // "同月25日にランサムウェア攻撃を受けたことを当社ホームページで公表": the notice names the incident and its date.
    if (COMPLEMENT_ANNOUNCED.test(clause.slice(first.end))) return verdict(['occurred'], 'complement.announced');
    if (COMPLEMENT_AFTER.test(clause.slice(first.end)) || occurrenceFound(clause, first)) {
      // "欧州の当社グループ会社において、2025年7月21日に…不正アクセスを受けたことを確認", "当社サーバーに対し 12月19日に…を受けたことを
      // 確認": after the place the matter happened in, a date bound by に to the incident's verb is the incident's, and the text's only
      // day of its finding too (the gold of 4 releases: occurred in 4, detected in 3). With the organization as the topic, "当社は、
      // 12月14日に…を受けたことを確認", the date is the organization's, of the finding.
      // (The incident named by a noun, "…に不正アクセスの発生が確認され", leaves the finding the date's only verb.)
      if (isAfterDate && !occurrenceFound(clause, first) && PLACE_BEFORE.test(ctx.before) && /^[ ]?(?:\([^()]{1,8}\))?[ ]?(?:頃|ごろ)?に/.test(clause) && !investigated && !TRACE_WORDS.test(clause.slice(0, detection.end))) return verdict(['occurred', 'detected'], 'complement.placed');
      // "11時ごろ、…障害が発生していることを検知", "6月20日(金)未明、当社システムに対し…不正アクセスを受けたことを確認": an hour
      // dates the finding, not the attack found; when the attack struck the sentence does not say (the gold of the same wording is
      // read both ways: occurred and detected in 3 tune-half releases, the finding only in 2; on the check half reading the
      // occurrence too lost 4 releases more than it won, scripts/rule-precision.mjs). The rule id stays for the tallies.
      if (ctx.hasTime) return verdict(['detected'], 'complement.atHour');
      return verdict(['detected'], 'complement');
    }
    const between = clause.slice(first.end, detection.index);
    // "…が暗号化されアクセスができない状況を確認": the incident is part of the state that was found.
    if (FOUND_STATE_BETWEEN.test(between)) return ctx.hasTime ? verdict(['occurred', 'detected'], 'foundState.ongoing') : verdict(['detected'], 'foundState');
    // "…があり、…こと、…いませんが、…確認しております": too far apart to share the date.
    if (/が、/.test(between) || (between.match(/、/g)?.length ?? 0) > 2) return verdict(['occurred'], 'apart');
    // "2026年2月3日、当社の一部サーバー内のファイルが暗号化され、ランサムウェアの被害であることが判明": a symptom the
    // organization lived through, then what it turned out to be: the symptom was that day, and so was its finding (not a
    // state found, "…暗号化され、読み取れない状態となっていることを確認", which dates the finding only).
    // ("2025年1月22日、当社のサーバー内データが暗号化され、システム障害の発生とデータ使用不可を確認": what it turned out to be is a
    // failure of the systems, lived through as it happened, as outageSeen reads "障害が発生".)
    if (SYMPTOM_WORD.test(clause.slice(first.index, first.end)) && /^[、,]/.test(clause.slice(first.end)) && (CAUSE_NAMED_BEFORE_FINDING.test(between) || OUTAGE_FOUND_BEFORE_FINDING.test(between))) return verdict(['occurred', 'detected'], 'symptomIdentified');
    // "…を受け、…が判明": a time of day or "DATEに" ties the date to the attack too; a date set
    // apart ("12月6日（土）、…") heads the whole sentence, whose point is the finding.
    // "…が発生し、…を確認" states the occurrence itself, so it is dated too.
    const statesOccurrence = OCCURRENCE_STATED.test(clause.slice(Math.max(0, first.index - 4), first.end + 2));
    // (A month alone dates the incident only: whoever saw it would give the day.)
    if (ctx.monthOnly && (statesOccurrence || /^[ ]?に/.test(clause))) return verdict(['occurred'], 'coordinate.month');
    // "9月22日に第三者による不正アクセスを受け、…が判明": "DATEに" binds the date to the first verb, the
    // attack; when the finding came is not said.
    // ("…暗号化され、同日中にその事実を確認": the finding is dated after all.)
    // (Only where the attack's verb ends a clause of its own, "…を受け、…"; a state found under way,
    // "…障害を発生していることを確認", or "…同日中にその事実を確認" dates the finding too.)
    // (Only where what was found is more than that day could show: a possibility ("…流出した可能性があることが判明": an
    // investigation's reading, made later), or a later event the dated one led to ("…誘導され、…をインストールしたことにより、
    // 不正なアクセスを受けたことが判明"). A plain fact of the attack, "…攻撃を受け、ランサムウェアへの感染が確認されました",
    // "…を受け、一部サーバーが暗号化されたことを確認しました", was seen with it: the gold dates both in 4 of 6 tuning releases.)
    if (!statesOccurrence && /^[ ]?(?:頃|ごろ)?に/.test(clause) && /^(?:て|で)?[、,]/.test(clause.slice(first.end)) && !/同日/.test(between) && !ONGOING_FOUND.test(clause.slice(detection.index - 12, detection.index))
      && (HEDGED_BETWEEN.test(between) || LED_TO_BETWEEN.test(between))) {
      return verdict(['occurred'], 'coordinate.dated');
    }
    // "委託先のウェブサーバーが、昨年７月、不正アクセスを受け、…が判明": a date inside the clause of a subject
    // other than the organization is the attack's.
    // (A system, not a company: "株式会社潤工社は、2025年1月22日、…を確認" is the organization's finding.)
    if (!ctx.hasTime && !statesOccurrence && /^[ ]?、/.test(clause) && SYSTEM_SUBJECT_BEFORE.test(ctx.before)) return verdict(['occurred'], 'coordinate.subject');
    return ctx.hasTime || statesOccurrence || /^[ ]?に/.test(clause) ? verdict(['occurred', 'detected'], 'coordinate') : verdict(['detected'], 'coordinate.finding');
  }
  if (first.word.role === 'detect') {
    const lead = clause.slice(0, first.index);
    // "11月26日夕刻、…不正アクセスの兆候を検知": signs of an attack seen that day date the finding only.
    if (SIGNS_BEFORE.test(lead)) return verdict(['detected'], 'signs');
    // (Not an attack word that only modifies the noun found: "3月25日(水)の夜に、漏えいしている情報が当行のものであることを確認".)
    if ((window || ctx.hasTime) && ATTACK_NOUNS.test(lead) && !attackOnlyModifies(lead)) {
      // "6月24日から、…攻撃と思われる不正なリクエストを断続的に検出": the attack began that day;
      // "3月23日午前、…不審なメール送信が確認": a time of day dates what was seen.
      // ("11月7日（金） 22：30 委託先サーバにおいて不正アクセスの形跡を確認": traces found at an hour date their finding; the attack
      // that left them came before, on a day the clause does not give.)
      if (!window && !investigated && traced(first.end)) return verdict(['detected'], 'trace.atHour');
      return investigated || traced(first.end) ? verdict(['occurred'], 'window.found') : verdict(['occurred', 'detected'], 'window.seen');
    }
    // ("令和7年3月にランサムウェア感染の痕跡を確認": traces dated to a month only were read afterwards; the month is the attack's.)
    // ("継続調査の結果、2025年12月21日、…に不正アクセスの形跡が確認され": a date set apart after the investigation heads its
    // finding, as the complement rule reads it.)
    const headsFinding = investigated && !window && /^[ ]?、/.test(clause);
    if ((window || investigated || ctx.monthOnly) && !headsFinding && traced(first.end) && ATTACK_NOUNS.test(clause)) return verdict(['occurred'], 'trace');
    // "調査したところ、…2024年4月6日に不審なアクセス元から通信が繰り返されていたことが判明": a date bound
    // to the verb of what an investigation found dates that, not the finding.
    // (Not a state found, "…に…保存されていたことが判明": the data was there long before.)
    // ("フォレンジック調査会社等による調査の結果、2025 年 4 月 13 日に…サーバーへの不正アクセスと情報流出が確認されました": the attack
    // named by its noun as what was found is bound to the date as its verb would be.)
    if (investigated && isAfterDate && /^[ ]?(?:頃|ごろ)?に/.test(clause) && (FOUND_AFTERWARDS.test(lead) || ATTACK_NOUN_FOUND_BEFORE.test(lead)) && !STORED_STATE.test(lead)) return verdict(['occurred'], 'insideFinding');
    // "委託業者が…不審なアクセスを検知", "委託先において…不正アクセスの痕跡が確認": a contractor's finding is the first
    // finding of the incident (the annotators date it as detectedOn, the organization being told later or not at all;
    // 4 of the 6 tuning releases, among them 2 of fresh120e); it says nothing of when the attack began.
    // (At an hour with no traces, "2025年4月22日8時53分にシステム管理会社が異常を検知": the attack was seen as it went on, as
    // window.seen reads the organization's own finding.)
    if (byThirdParty(lead) || (isAfterDate && byThirdPartyRightBefore(ctx.before.slice(-40)))) {
      return ctx.hasTime && !ctx.monthOnly && !/痕跡|形跡/.test(lead) ? verdict(['occurred', 'detected'], 'thirdParty.atHour') : verdict(['detected'], 'thirdParty');
    }
    // "11月11日に…攻撃検知の事実を公表し": the finding is the object of another verb.
    const later = hits.find((h) => h.index > first.index && h.word.role === 'response');
    if (later && /^(?:し|され)?(?:た)?(?:の)?(?:事実|こと|旨)を/.test(clause.slice(first.end))) return verdict([later.word.event], 'object');
  }
  return verdict([first.word.event], 'word');
}

/** Around 発生 as a noun, what was found: "不正アクセスの発生が確認され", "暗号化される被害の発生を確認" (as 「…が発生したことを確認」). */
const OCCURRENCE_NOUN_FOUND_AFTER = /^(?:が|を)[ ]?(?:確認|検知|判明|発覚|覚知|把握|認知)/;
function occurrenceFound(clause: string, hit: Hit): boolean {
  return clause.slice(hit.index, hit.end) === '発生' && clause[hit.index - 1] === 'の' && OCCURRENCE_NOUN_FOUND_AFTER.test(clause.slice(hit.end));
}

/** A thing shown on a site or screen took place ("…へ誘導される事象が発生", "…という警告文が表示される事案が発生"). */
const SHOWN_OCCURRED = /(?:表示|誘導|転送)される(?:事案|事象|現象|不具合)が(?:発生|生じ)/;

/** Before the incident word, its recipients are the customers ("…ご予約されたお客様に対して、", "一部のお客様に対し、"). */
const TO_OTHERS_BEFORE = /(?:お客様|お客さま|宿泊者|利用者|会員|ご予約者|予約者)(?:様|各位|の皆様)?(?:に対し(?:て)?|宛て?に|あてに)[、 ]/;

/** An incident word that is a symptom the organization sees itself: files encrypted, systems down. */
const SYMPTOM_WORD = /暗号化|停止|ダウン|でき|出来|不能/;
/** Right before a finding, what a symptom turned out to be ("…、ランサムウェアの被害であることが", "…、調査の結果、マルウェアによるものと"). */
const CAUSE_NAMED_BEFORE_FINDING = /(?:ランサムウェア|マルウェア|ウイルス|ウィルス|サイバー攻撃|不正アクセス)[^。、]{0,20}?(?:であること|によるもの(?:と)?|(?<!こ)と)(?:が|を)?[ ]?$/;

/** Right before a finding, a failure of the systems found to have taken place ("…、システム障害の発生とデータ使用不可を"). */
const OUTAGE_FOUND_BEFORE_FINDING = /障害の発生(?:(?:と|および|及び|並びに|や)[^。、]{0,16}?)?(?:が|を)[ ]?$/;

/** Between a date and the verb it is bound to: only に (a comma sets the date apart, heading the whole sentence). */
const BOUND_GAP = /^[ ]?(?:頃|ごろ)?(?:に)?[ ]?$/;
/** After an incident verb, the noun it names ("発生した本事案", "発生いたしました不正アクセス"): an attributive form. */
const NAMES_MATTER_AFTER = /^(?:し|され|いたし|致し)?(?:まし)?た[一-龥ァ-ヴ]/;

/** A label of what was done about the incident ("対応:", "対応状況:", "対策:"). */
const RESPONSE_LABEL = /^(?:今後の|初動)?(?:対応|対策|措置|対処)(?:状況|内容)?$/;
/** What was done about the incident: the events of the response words. */
const RESPONSE_EVENTS = new Set<TimelineEvent>(EVENT_WORDS.filter((w) => w.role === 'response').map((w) => w.event));

/** Right before the date, the sentence's topic ("当社グループは、2025年4月17日に…と同社から報告を受けた"): the date heads the whole sentence, the news's. */
const TOPIC_BEFORE = /(?:は|では|が)[、 ]?$/;

/** Between an incident word and its finding, only its possibility ("攻撃を受けた可能性のある事象を確認"). */
const HEDGED_BETWEEN = /可能性|おそれ|恐れ|疑い|懸念/;
/** Between a dated event and a finding, the later event it led to ("…をインストールしたことにより、", "…したため、"). */
const LED_TO_BETWEEN = /(?:ことにより|ことによって|ことで|ため)[、]?/;


/** Whether every attack word before a finding is a verb modifying the noun after it ("漏えいしている情報が…であることを確認"). */
function attackOnlyModifies(lead: string): boolean {
  const matches = [...lead.matchAll(globalForm(ATTACK_NOUNS))];
  return matches.length > 0 && matches.every((m) => MODIFIER_AFTER.test(lead.slice(m.index! + m[0].length)));
}

/** Right before a detection word: signs or a suspicion of the attack were what was seen ("…の兆候を検知", "改ざんの疑いを確認"). */
const SIGNS_BEFORE = /(?:兆候|疑い)(?:を|が)[ ]?$/;

/** Right before a date set apart, a system as the subject ("委託先のウェブサーバーが、", "ウェブサイト<…>が、"). */
const SYSTEM_SUBJECT_BEFORE = /(?:サーバー?|システム|サイト|アカウント|端末|パソコン|PC|機器|ネットワーク|ページ|メールアドレス)[^、。]{0,24}(?:が|は)[、 ]{1,2}(?:昨年|本年|今年|同年|前年)?[ ]?$/;

/** The clause sets what it dates beside the incident of the release ("…と今回の事案については", "今回の件とは別"). */
const OTHER_INCIDENT = /(?:と|は)今回の(?:事案|件|事象|インシデント|不正アクセス|攻撃)(?:と)?(?:は|について|に関して|では)|今回の(?:事案|件|事象)とは(?:別|異な)/;

/** From a date bound by に, events in a row that led to the incident word ("…に…誘導され、…したことにより、"). */
const CHAIN_BEFORE_INCIDENT = /^[ ]?(?:頃|ごろ)?に[、]?[^。、]{2,40}?(?:され|し|して)[、][^。]{0,40}?(?:ことにより|ことによって|ことで|ため)[、]?[^。、]{0,20}$/;

/** After an incident word, an investigation it set off ("…が生じたことから、機構内で調査を行ったところ"). */
const SYMPTOM_INVESTIGATED = /^(?:た|し|した|いたし|いたした|しました)?(?:こと(?:から|を受け)|ため|ので|、)[、 ]?[^。、]{0,20}?調査(?:を)?(?:行|実施|開始|進め|依頼|し)/;

/** Before a finding, a state under way at it ("…が発生していることを確認", "…となっていることが確認"). */
const ONGOING_FOUND = /て(?:い|お)る(?:の)?(?:こと|旨)(?:が|を)[ ]?$/;

/** Data found stored ("…が含まれていたこと", "保存されていた"): a state, not an event of the date. */
const STORED_STATE = /(?:含まれ|保存され|保管され|格納され|存在し|登録され|記載され|残され)(?:て(?:い|お))?(?:た|り)/;

/** The subject right before the date, when it is not the organization ("不正なプログラムが7月16日に…"). */
function subjectOfFinding(before: string): boolean {
  const m = SUBJECT_BEFORE_DATE.exec(before);
  return m !== null && !SELF_REFERENCES.some((s) => m.groups!.subject!.includes(s)) && !/調査|結果|確認|当社|弊社/.test(m.groups!.subject!);
}

/** "委託業者が…を検知": someone else found it, which dates the incident for the organization. */
function byThirdParty(lead: string, pattern: RegExp = THIRD_PARTY_SUBJECT): boolean {
  const m = pattern.exec(lead);
  return m !== null && !SELF_REFERENCES.some((s) => m.groups!.subject!.endsWith(s)) && !OWN_GROUP.test(m.groups!.subject!);
}

/** After an event word used as a noun, the particle that makes it the matter of another verb ("の発生について", "の発生及び対応状況に関し"). */
const MATTER_NOUN_AFTER = /^(?:(?:および|及び|並びに|と|や)[^。、]{0,16}?)?(?:について|に関して|に関し|に関する|につき)/;

/** The first word that decides: not a told word, not one that only modifies a noun after it. */
function firstDeciding(clause: string, hits: Hit[]): Hit | undefined {
  const candidates = hits.filter((h) => h.word.role !== 'told');
  const modifies = (h: Hit) => MODIFIER_AFTER.test(clause.slice(h.end)) || (/[たる]$/.test(clause.slice(h.index, h.end)) && NOUN_AFTER.test(clause.slice(h.end)))
    // "本件の発生および初動対応の状況について、…へ報告": a noun that names the matter of another verb is no predicate.
    || (h.word.role === 'incident' && /の$/.test(clause.slice(Math.max(0, h.index - 1), h.index)) && MATTER_NOUN_AFTER.test(clause.slice(h.end)));
  // A word right after the date ("5月16日に発生した攻撃", "3月6日に確認した攻撃") is its event even
  // when it modifies a noun; other modifiers ("…に登録された、暗号化されたパスワード") are not.
  const adjacent = candidates[0];
  if (adjacent && adjacent.word.role !== 'response' && ADJACENT_GAP.test(clause.slice(0, adjacent.index))) return adjacent;
  // "10月31日に流出が確認された以下の情報": a finding bound to the date by に, with only the noun found between, is
  // the date's even when it modifies a noun.
  if (adjacent && adjacent.word.role === 'detect' && ADJACENT_FINDING_GAP.test(clause.slice(0, adjacent.index))) return adjacent;
  return candidates.find((h) => !modifies(h));
}

/** Right after an event word, its predicate denied ("検知しておりません", "発生していない", "判明せず"). */
const NEGATED_AFTER = /^(?:し|され|いたし|致し|でき|せ)?(?:て(?:い|お))?(?:ません|ない|なかっ|ず|らず|りません)/;

function hitsOf(clause: string): Hit[] {
  const hits: Hit[] = [];
  for (const word of EVENT_WORDS) {
    // (A denied use of the word does not hide a later one: "…認知しない変更が加えられていたことが判明".)
    // Its /g form searches on from a position (lookbehinds still see the text before it).
    const pattern = globalForm(word.pattern);
    for (let from = 0; from < clause.length;) {
      pattern.lastIndex = from;
      const m = pattern.exec(clause);
      if (!m) break;
      const index = m.index;
      const end = index + m[0].length;
      if (word.unless?.test(clause.slice(Math.max(0, index - 30), index))) break;
      // "12月8日以降、追加の不正アクセスは検知しておりません": a denied event did not take place that day.
      if (NEGATED_AFTER.test(clause.slice(end, end + 12))) {
        from = Math.max(end, index + 1);
        continue;
      }
      hits.push({ word, index, end });
      break;
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** "X から Y に対し…連絡があった" where Y is not the organization itself. */
function toldSomeoneElse(clause: string): boolean {
  // "…より同社のシステムに対して不正アクセスがあったとの報告を受け": whoever is named, the news was received.
  if (TOLD_RECEIVED.test(clause)) return false;
  const first = OTHER_RECIPIENT_FIRST.exec(clause);
  // ("株式会社松永建設から県に対して": the company named first is the teller, and the one told comes after から.)
  const firstRecipient = first?.groups!.recipient!.split(/から|より/).pop();
  if (firstRecipient !== undefined && !SELF_REFERENCES.some((s) => firstRecipient.includes(s)) && !BARE_MUNICIPALITY.test(firstRecipient)) return true;
  const m = OTHER_RECIPIENT.exec(clause);
  if (!m) return false;
  const recipient = m.groups!.recipient!;
  // ("…から県に対して、次のとおり報告がありました": a municipality writes of itself as the bare 県, 市, 町.)
  // ("…から須坂東高等学校及び長野県教育委員会に対し、文書による報告がなされた": schools and a board of education are the units of
  // the municipality or school that writes, as the told words read them.)
  return !SELF_REFERENCES.some((s) => recipient.includes(s)) && !/担当|職員|社員|学校|教育委員会|幼稚園|保育園/.test(recipient) && !BARE_MUNICIPALITY.test(recipient);
}

/** A municipality named by its kind alone ("県", "市", "町"): the writing one, as 本県 is. */
const BARE_MUNICIPALITY = /^[ ]?(?:都|道|府|県|市|町|村|区)[ ]?$/;

/**
 * Words inside 「」『』 are somebody else's (a title, a quoted report), not this clause's verbs;
 * a short aside right after a word ("攻撃（不正アクセス）を受け") is dropped so the word meets its verb.
 */
/** The incident as a matter named: an attack noun, or a noun of the incident itself ("…システム障害につきまして"). */
const INCIDENT_MATTER = new RegExp(`${ATTACK_NOUNS.source}|障害|事案|事象|インシデント|被害`);

/** A text with the written variants of the tables' words in the tables' forms ("確認致しました" → "確認いたしました"). */
function commonForms(text: string): string {
  return CLAUSE_VARIANTS.reduce((t, [pattern, form]) => t.replace(pattern, form), text);
}

function plainClause(text: string): string {
  return text
    // "2025年12月16日「(火)、…不正アクセスを受けたことを確認": a bracket right after the date that never closes is a stray mark, no quote.
    .replace(/^([ ]?)「(?![^「」]*」)/, '$1')
    .replace(/「[^「」]{0,400}」|『[^『』]{0,400}』/g, '「」')
    .replace(/「[^「」]{0,400}$/, '「')
    .replace(/\((?!株|有)[^()]{0,30}\)(?=[をがはにのへ])/g, '')
    // "…についてお知らせ(※)しましたが", "調査完了の報告※1を受け": a footnote's marker inside a word or before its particle is no word.
    .replace(FOOTNOTE_MARKER, '');
}

/** A footnote's marker right after a word: "(※)", "(※1)", "※1", "(注2)", "*1". */
const FOOTNOTE_MARKER = /(?<=[一-龥ァ-ヴーぁ-ん])(?:\(※[0-9]{0,2}\)|※[0-9]{1,2}|\(注[0-9]{0,2}\)|\*[0-9]{1,2})(?=[ぁ-ん一-龥ァ-ヴ])/g;

const THIRD_PARTY_RIGHT_BEFORE = new RegExp(`${THIRD_PARTY_SUBJECT.source}[、 ]{0,2}$`);

/** "損害保険株式会社において、2025年4月、…": the subject stands right before the date. */
function byThirdPartyRightBefore(before: string): boolean {
  return byThirdParty(before, THIRD_PARTY_RIGHT_BEFORE);
}

function tailAfterComma(tail: string): string {
  const i = Math.max(tail.lastIndexOf('。'), tail.lastIndexOf('、', tail.length - 2));
  return i >= 0 && tail.length - i > 6 ? tail.slice(i + 1) : tail;
}
