import type { Incident } from '../types.js';
import { findDateMentions, inferYear } from '../dates/dateMentions.js';
import { CORPORATE_FORMS } from '../words/organizations.js';
import { CLOSING_WORDS, CONTRACTOR_WORDS, EARLIER_NOTICE_WORDS, GROUP_NAME_ENDINGS, INVESTIGATION_RESULT_WORDS, ORGANIZATION_SECTIONS, RECALLING_WORDS, GENERIC_TITLE_WORDS, OCCURRENCE_WORDS, OUTAGE_WORDS, RECOVERY_WORDS } from '../words/incidentLinks.js';
import { alternation } from '../util/regex.js';

/**
 * Which releases report the same incident — the one grouping `incidents` and `stats` share.
 *
 * Releases are compared only within one organization (its name without legal form and spaces). A
 * later release joins an earlier one on what the release itself says, never on the organization
 * and the dates alone (an organization hit twice in a year has two incidents):
 *  - curatorId: the archive's `# 事案ID` (a curator's word: the same id joins, different ids part);
 *  - archiveLink: a `report.previous` link naming the earlier release's archive path;
 *  - quotedTitle: the earlier release's title quoted in the later one's text;
 *  - earlierNotice: the earlier release's date named as a notice (「7月2日付で公表」「第1報（6月11日）」);
 *  - occurrenceDate: the same day of occurrence in both (「本年3月11日に発生」);
 *  - reportNumber / followUp: a release calling itself 第N報 (N > 1), 続報 or 最終報 joins the
 *    organization's previous release of the last FOLLOW_UP_WINDOW_DAYS (or an older one whose
 *    title is clearly closer);
 *  - sharedName: a name quoted in both titles (「はいチーズ！フォト」), or titles that agree once
 *    the words every notice has are removed;
 *  - outageRecovery: 「X障害」 then 「X復旧／再開」 on one noun X;
 *  - sameUrl / urlSequence: the same page (query included), or the same folder with consecutive
 *    article ids within URL_SEQUENCE_DAYS — only beside another signal (one notices page may list
 *    several incidents).
 */
export const FOLLOW_UP_WINDOW_DAYS = 365;
/** How far back a release's own words (quoted title, dates, names) may reach. */
export const SIGNAL_WINDOW_DAYS = 550;
/** Titles that agree (after generic words are removed) or share a quoted name, within this many days. */
export const TITLE_WINDOW_DAYS = 120;
export const URL_SEQUENCE_DAYS = 60;
/** The same title again: the same notice or its sequel, within this many days (later, the same words may be a new incident). */
export const REPOST_WINDOW_DAYS = 90;
export const OUTAGE_RECOVERY_DAYS = 90;
/** A follow-up dating its incident this long after a release's publication, or before its days of occurrence, follows another incident. */
export const OCCURRED_AFTER_DAYS = 30;
export const OCCURRED_BEFORE_DAYS = 180;
/** How much closer (bigram Jaccard of the titles) an older release must be to win over the previous one. */
const TITLE_MARGIN = 0.15;
/** Bigram Jaccard of titles without generic words from which two titles name the same thing. */
const TITLE_SAME = 0.5;
/** Bigram Jaccard of whole titles from which two titles are the same words (one adds とお詫び or a date). */
const TITLE_ALMOST_SAME = 0.8;

export const LINK_KINDS = [
  'curatorId', 'archiveLink', 'quotedTitle', 'earlierNotice', 'occurrenceDate', 'reportNumber', 'followUp',
  'sharedName', 'outageRecovery', 'sameUrl', 'urlSequence',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Why a release joined an earlier one: the signal, what in the release says so, and which release. */
export interface LinkSignal {
  kind: LinkKind;
  /** The words of the later release that carry the signal (a quoted title, a date, 第2報, a URL). */
  text: string;
  /** Index (into the grouped releases) of the earlier release it points to. */
  to: number;
}

export interface Release {
  incident: Incident;
  /** The path as the archive names it (YYYY/MM/DD_name.md) when known: links point there. */
  relPath?: string;
  /** The release's text (as `disclose text` prints it), when it could be read: quoted titles and dates. */
  text?: string;
}

export interface Grouping {
  /** Each release's incident number (0, 1, 2 … in order of first release). */
  groupOf: number[];
  /** Per release, the signals that joined it to earlier releases (empty for a first release). */
  linkedBy: LinkSignal[][];
}

const DAY = 86_400_000;
/** How many of an organization's earlier releases a release is compared with (bounds hostile input). */
const MAX_CANDIDATES = 100;

/**
 * A release's date: its publishedAt when plausible, else the date in its path (…/2025/12/22_x.md),
 * else null. A publishedAt more than PATH_DATE_SLACK_DAYS from its path's date is taken for a typo
 * (2026-01-08 for a release filed under 2025/01/08) and the path's date is used.
 */
export function releaseDate(r: { incident: Incident; relPath?: string }): string | null {
  const d = r.incident.publishedAt;
  const fromPath = pathDate(r.relPath ?? r.incident.source.path);
  if (d && plausibleDate(d)) {
    const day = d.slice(0, 10);
    const gap = fromPath && fromPath.length === 10 && day.length === 10 ? Math.abs(dayNumber(day)! - dayNumber(fromPath)!) : 0;
    return gap > PATH_DATE_SLACK_DAYS ? fromPath : day;
  }
  if (fromPath) return fromPath;
  return d && plausibleDate(d.slice(0, 7)) ? d.slice(0, 7) : null;
}

const PATH_DATE_SLACK_DAYS = 60;

/** "…/2025/12/22_x.md" → "2025-12-22"; "…/2025/12/XX_x.md" → "2025-12"; else null. */
function pathDate(path: string): string | null {
  const p = path.replace(/\\/g, '/');
  const m = /(?:^|\/)((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?=[_\-./])/.exec(p) ?? /(?:^|\/)((?:19|20)\d{2})\/(\d{2})\//.exec(p);
  if (!m) return null;
  const date = m[3] !== undefined ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
  if (plausibleDate(date)) return date;
  return plausibleDate(`${m[1]}-${m[2]}`) ? `${m[1]}-${m[2]}` : null;
}

/** A real calendar date between 1990 and 2100 (a garbled 0202-… or 2025-13-40 is not). */
function plausibleDate(d: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(d);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || day < 1) return false;
  return new Date(Date.UTC(y, mo - 1, day)).getUTCMonth() === mo - 1;
}

function dayNumber(d: string | null): number | null {
  if (!d) return null;
  const t = Date.parse(d.length === 7 ? `${d}-01` : d.slice(0, 10));
  return Number.isNaN(t) ? null : t / DAY;
}

/** Release order: date (undated last), then report number, then path. */
export function compareReleases(a: Incident, b: Incident): number {
  return compareDated({ incident: a }, { incident: b });
}

function compareDated(a: { incident: Incident; relPath?: string }, b: { incident: Incident; relPath?: string }): number {
  const da = releaseDate(a) ?? '\uffff';
  const db = releaseDate(b) ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  const na = a.incident.report.number ?? 0;
  const nb = b.incident.report.number ?? 0;
  if (na !== nb) return na - nb;
  const pa = a.incident.source.path;
  const pb = b.incident.source.path;
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** "…/2025/12/22_株式会社X .md" (a URL or a path, encoded or not) → "2025/12/22_株式会社X.md", or null. */
export function archiveKey(pathOrUrl: string): string | null {
  let text = pathOrUrl;
  try {
    text = decodeURIComponent(pathOrUrl);
  } catch {
    // a malformed escape: match the raw text
  }
  const m = /(\d{4})\/(\d{2})\/(\d{2}_[^/]{1,300})$/.exec(text.replace(/\\/g, '/').replace(/#.*$/, '').trim());
  if (!m) return null;
  return `${m[1]}/${m[2]}/${m[3]!.normalize('NFKC').replace(/\s+/g, '')}`;
}

const CORPORATE_FORM = new RegExp(alternation([...CORPORATE_FORMS].map((f) => f.normalize('NFKC'))), 'g');

/** The organization as releases of one incident all name it: NFKC, no legal form, no spaces or brackets. */
export function organizationKey(i: Incident): string | null {
  const name = i.organization?.normalizedName ?? i.organization?.name;
  if (!name) return null;
  return nameKey(name);
}

function nameKey(name: string): string {
  const key = name
    .normalize('NFKC')
    .replace(/[\u2e80-\u2ef3]/g, (c) => CJK_RADICALS[c] ?? c)
    .trim()
    .replace(SECTION_AFTER_SPACE, '') // 「熊本県 農業技術課」 is 熊本県 speaking
    .replace(CORPORATE_FORM, '')
    .replace(CUT_CORPORATE_FORM, '') // 「アクサ生命保険株式会」: a legal form cut short
    .replace(/[\s()（）「」・,、]/g, '');
  return key === '' ? name : key;
}

const GROUP_NAME_END = new RegExp(`(?:${alternation([...GROUP_NAME_ENDINGS])})$`);

/**
 * The organizations a release speaks for, as keys: its own, each of several named together
 * (「株式会社トキハ、株式会社トキハインダストリー」), and a group's namesake (「保険見直し本舗グループ」 →
 * 保険見直し本舗). Releases of one family are compared as one organization's.
 */
export function organizationFamily(i: Incident): string[] {
  const name = i.organization?.normalizedName ?? i.organization?.name;
  const own = organizationKey(i);
  if (!name || own === null) return [];
  const keys = new Set<string>([own]);
  const parts = name.normalize('NFKC').split(/[、,]/);
  if (parts.length > 1 && parts.length <= 8) for (const part of parts) if (part.trim().length >= 2) keys.add(nameKey(part));
  for (const k of [...keys]) {
    const namesake = k.replace(GROUP_NAME_END, '');
    if (namesake !== k && namesake.length >= 2) keys.add(namesake);
  }
  return [...keys];
}

/** A section of a body written after its name and a space: it speaks for the body. */
const SECTION_AFTER_SPACE = new RegExp(`\\s+\\S{1,20}(?:${alternation([...ORGANIZATION_SECTIONS])})$`);
const CUT_CORPORATE_FORM = /(?:株式会|株式|有限会)$/;
/** CJK Radicals Supplement forms that NFKC leaves alone but PDFs and copy-paste produce (⻄濃運輸). */
const CJK_RADICALS: Record<string, string> = { '⺠': '民', '⻄': '西', '⻑': '長', '⻘': '青', '⻤': '鬼', '⻝': '食', '⻩': '黄', '⻲': '亀', '⻭': '歯', '⻯': '竜', '⻆': '角', '⻁': '虎', '⻨': '麦', '⻫': '斉', '⻌': '辶', '⺟': '母', '⺣': '灬', '⻖': '阝' };

/** The archive's `# 事案ID` section (the curator's incident id), or null. */
export function curatorId(text: string | undefined): string | null {
  if (!text) return null;
  const m = /^#[ \t]*事案ID[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*-?[ \t]*([^\n\r]{1,200})/m.exec(text);
  const id = m?.[1]?.trim();
  return id ? id : null;
}

/** 「(6月3日更新)」「追記」: a page that was updated, which says nothing about an earlier release. */
const UPDATED_PAGE = /^(?:更新|追記|[0-9０-９\/月日年.]*更新)$/;

const INVESTIGATION_RESULT = new RegExp(alternation([...INVESTIGATION_RESULT_WORDS]));

/** A release reporting what the investigation of an incident found: it follows that incident's notice. */
function reportsInvestigation(i: Incident): boolean {
  return !isFirstReport(i) && INVESTIGATION_RESULT.test(titleOf(i).normalize('NFKC'));
}

const CONTRACTOR = new RegExp(alternation([...CONTRACTOR_WORDS]));

/** Whether a title tells of an incident at a contractor (an agent's, a vendor's). */
function atContractor(i: Incident): boolean {
  return CONTRACTOR.test(titleOf(i).normalize('NFKC'));
}

function isFollowUp(i: Incident): boolean {
  if (i.report.number === null && !i.report.final && UPDATED_PAGE.test(i.report.evidence?.text ?? '')) return false;
  return i.report.followUp || i.report.final || (i.report.number !== null && i.report.number > 1);
}

/** A release that says it is the first (第1報, 初報): only its own words or the curator join it to an earlier one. */
function isFirstReport(i: Incident): boolean {
  return i.report.number === 1 && !i.report.followUp && !i.report.final;
}

export function isClosing(i: Incident, text?: string): boolean {
  if (i.report.final) return true;
  const title = i.title ?? '';
  return CLOSING_WORDS.some((w) => title.includes(w)) || (text !== undefined && /調査(?:が|は)?完了(?:しました|いたしました)/.test(bodyOf(text)));
}

const GENERIC = new RegExp(alternation([...GENERIC_TITLE_WORDS].sort((a, b) => b.length - a.length)), 'g');

/** Brackets, quotes and punctuation: not part of what a title says. */
const PUNCTUATION = /[\s【】「」『』()[\]〔〕<>＜＞"'“”・:：,、。!?！？~〜\-―—]+/g;

function normalizedTitle(title: string | null): string {
  return (title ?? '').normalize('NFKC').replace(PUNCTUATION, '');
}

/** A title as far as it is one (a 100,000-character "title" is text that lost its line breaks). */
const TITLE_MAX_CHARS = 300;
function titleOf(i: Incident): string {
  return (i.title ?? '').slice(0, TITLE_MAX_CHARS);
}

/** Bracketed tags in a title: 【重要】, （第2報）, (6月3日更新), [続報]. */
function withoutTags(title: string): string {
  return title.normalize('NFKC').replace(/【[^】]{0,20}】|\([^)]{0,20}\)|\[[^\]]{0,20}\]/g, '');
}
/** A title this long without its tags names its incident (「お知らせ」 alone names none). */
const BARE_TITLE_MIN = 10;

/** A title without bracketed tags (【重要】, （第2報）, (6月3日更新)) and the words every notice has. */
function titleCore(title: string | null): string {
  const t = withoutTags(title ?? '');
  // dates and times in a title (- 2025/04/30更新 -, _250906_18:39) say when, not what
  return normalizedTitle(t).replace(GENERIC, '').replace(/[0-9][0-9/.:年月日時分]*/g, '');
}

function bigrams(t: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The body of an archive-layout text (after `# 本文`), else the whole text. */
function bodyOf(text: string): string {
  const i = text.search(/^#[ \t]*本文[ \t]*$/m);
  return i >= 0 ? text.slice(i) : text;
}

/** Names quoted in a title: 「はいチーズ！フォト」, 『X』, “X” (two characters or more, not generic). */
function quotedNames(title: string | null): string[] {
  const out: string[] = [];
  for (const m of (title ?? '').normalize('NFKC').matchAll(/[「『“"]([^」』”"]{2,40})[」』”"]/g)) {
    const name = m[1]!.replace(/\s+/g, '');
    if (titleCore(name).length >= 2) out.push(name);
  }
  return out;
}

/** A product's name as two releases may spell it: NFKC, no spaces, lower case. */
function productKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** The products a release names, five characters or more (a bare 「VPN」 or 「メール」 names no one's service). */
function productNames(i: Incident): string[] {
  return [...new Set((i.products ?? []).map((p) => productKey(p.name)).filter((k) => k.length >= PRODUCT_MIN_CHARS))];
}
const PRODUCT_MIN_CHARS = 5;
/** Two releases naming one product join within this many days. */
export const PRODUCT_WINDOW_DAYS = 30;

const OUTAGE = new RegExp(`([^\\s、。をがのにでと「」【】]{2,12}?)(?:の|における)?(?:${alternation([...OUTAGE_WORDS])})`, 'g');
const RECOVERY = new RegExp(`([^\\s、。をがのにでと「」【】]{2,12}?)(?:の|における)?(?:${alternation([...RECOVERY_WORDS])})`, 'g');

function nounsBefore(title: string | null, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const m of (title ?? '').normalize('NFKC').matchAll(pattern)) {
    // 「サービス一時停止」「システムの全面復旧」: the extent is not part of what failed
    const noun = m[1]!.replace(/(?:一時|全面|一部|完全|順次|本格)$/, '');
    if (titleCore(noun).length >= 2) out.push(noun);
  }
  return out;
}

const EARLIER_NOTICE = new RegExp(`^(?:付|に|で|の)?(?:付け?で?|にて)?(?:${alternation([...EARLIER_NOTICE_WORDS])})`);
const OCCURRENCE = new RegExp(`^(?:頃|ごろ)?(?:(?:に|、)?[^。\\n]{0,12}?(?:${alternation([...OCCURRENCE_WORDS])})|(?:\\s*[0-9:：]{0,5}\\s*)?(?:より|から)(?!\\s*[0-9]))`);
/** A date given right after a notice's name: 「…に関するお知らせ（7月2日）」「第1報（2026年6月11日）」. */
const NOTICE_BEFORE = new RegExp(`(?:${alternation([...EARLIER_NOTICE_WORDS])}|第[0-9０-９一二三四五六七八九]報)[\\s]*[（(【\\[:：]?[\\s]*(?:令和\\d+年|\\d{4}年)?$`);

interface DatedMention {
  date: string;
  text: string;
}

/** Dates the text names as an earlier notice and as the day the incident happened (year from the release's date). */
function textDates(text: string | undefined, published: string | null, inBody = true): { notices: DatedMention[]; occurrences: DatedMention[]; all: string[] } {
  const notices: DatedMention[] = [];
  const occurrences: DatedMention[] = [];
  const all: string[] = [];
  if (!text) return { notices, occurrences, all };
  // NFKC: dates written in full-width digits (１２月２７日) read like any other; the texts are quoted, not offsets
  const body = (inBody ? bodyOf(text) : text).slice(0, 20_000).normalize('NFKC');
  const ref = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? { year: Number(published.slice(0, 4)), month: Number(published.slice(5, 7)), day: Number(published.slice(8, 10)) } : null;
  for (const m of findDateMentions(body)) {
    if (m.day === null) continue;
    const year = m.year ?? (ref ? inferYear(m.month, m.day, ref) : null);
    if (year === null) continue;
    const date = `${year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;
    all.push(date);
    const after = body.slice(m.end, m.end + 24);
    const span = body.slice(m.start, m.end);
    const before = NOTICE_BEFORE.exec(body.slice(Math.max(0, m.start - 16), m.start));
    if (EARLIER_NOTICE.test(after)) notices.push({ date, text: span + (EARLIER_NOTICE.exec(after)?.[0] ?? '') });
    else if (before) notices.push({ date, text: before[0] + span });
    else {
      const m = OCCURRENCE.exec(after);
      // a day after the release's own date, or a "from" day on it (「4月8日より…ご連絡」), is something
      // the release announces; an incident may happen on the day it is announced (本日発生)
      const since = m !== null && /(?:より|から)$/.test(m[0]);
      const dated = published !== null && published.length === 10;
      if (m && !(dated && (date > published || (since && date === published)))) occurrences.push({ date, text: span + m[0] });
    }
  }
  return { notices, occurrences, all };
}

/**
 * The days a release says its incident happened or was found (its timeline's and its text's), and
 * its own date: an incident is often announced the day it happens (「9月6日に発生した」 → the notice of 9月6日).
 */
function occurrenceDays(r: Release, mentions: DatedMention[]): Set<string> {
  const out = new Set<string>();
  const own = releaseDate(r);
  if (own !== null && own.length === 10) out.add(own);
  for (const t of r.incident.timeline) if ((t.event === 'occurred' || t.event === 'detected') && t.date.length === 10) out.add(t.date);
  for (const m of mentions) out.add(m.date);
  return out;
}

/** "https://x.jp/news/2026/0123.html" → { folder: "x.jp/news/2026", id: 123 } (the last number in the last segment or query). */
function urlParts(url: string | null): { page: string; folder: string; id: number | null } | null {
  if (!url) return null;
  const trimmed = url.trim();
  const scheme = /^https?:\/\//i.exec(trimmed);
  if (!scheme || /\s/.test(trimmed)) return null;
  const hash = trimmed.indexOf('#');
  // the query is part of the page (news/detail?id=12 and ?id=40 are two pages)
  const page = trimmed.slice(scheme[0].length, hash < 0 ? undefined : hash).replace(/\/$/, '').toLowerCase();
  if (page === '') return null;
  const path = page.replace(/\?.*$/, '');
  const slash = path.lastIndexOf('/');
  if (slash < 0) return { page, folder: path, id: null };
  const last = page.slice(slash + 1);
  const num = /(\d{1,9})(?!.*\d)/.exec(last);
  return { page, folder: path.slice(0, slash), id: num ? Number(num[1]) : null };
}

const RECOVERY_IN_TITLE = new RegExp(alternation([...RECOVERY_WORDS]));
const RECALLED = new RegExp(`(?:${alternation([...RECALLING_WORDS])})([^\\s、。をがのにでと「」【】]{4,16})`, 'g');

/** The incident a notice recalls as known: 「このたびのランサムウェア被害」「当社において発生したランサムウェア事案」. */
function recalledIncidents(body: string): string[] {
  return [...body.normalize('NFKC').matchAll(RECALLED)].map((m) => m[1]!);
}

interface Prepared {
  key: string | null;
  /** The title without punctuation; as a quotation would read (no 【tags】); NFKC as written. */
  title: string;
  quotable: string;
  /** The title without bracketed tags (（更新）（調査報告）【重要】): the same notice again, updated. */
  bare: string;
  nfkcTitle: string;
  day: number | null;
  curator: string | null;
  titleGrams: Set<string>;
  coreGrams: Set<string>;
  core: string;
  names: string[];
  /** Products and services the release names (spaces and case aside): a vendor's service both releases tell of. */
  products: string[];
  outages: string[];
  recoveries: string[];
  notices: DatedMention[];
  occurrences: Set<string>;
  occurrenceMentions: DatedMention[];
  url: ReturnType<typeof urlParts>;
  body: string;
  /** What a recovery notice names as the incident at hand: 「このたびのランサムウェア被害により」. */
  recalled: string[];
}

function prepare(r: Release): Prepared {
  const i = r.incident;
  const date = releaseDate(r);
  const { notices, occurrences } = textDates(r.text, date);
  return {
    key: organizationKey(i) ?? `(none)${r.relPath ?? i.source.path}`,
    day: dayNumber(date),
    curator: curatorId(r.text),
    title: normalizedTitle(titleOf(i)),
    quotable: normalizedTitle(titleOf(i).replace(/【[^】]{0,20}】/g, '')),
    bare: normalizedTitle(withoutTags(titleOf(i))),
    nfkcTitle: titleOf(i).normalize('NFKC'),
    titleGrams: bigrams(normalizedTitle(titleOf(i))),
    coreGrams: bigrams(titleCore(titleOf(i))),
    core: titleCore(titleOf(i)),
    names: quotedNames(titleOf(i)),
    products: productNames(i),
    outages: nounsBefore(titleOf(i), OUTAGE),
    recoveries: nounsBefore(titleOf(i), RECOVERY),
    notices,
    occurrences: occurrenceDays(r, occurrences),
    occurrenceMentions: occurrences,
    url: urlParts(i.sourceUrl),
    body: r.text ? bodyOf(r.text).normalize('NFKC').replace(/\s+/g, '').replace(PUNCTUATION, '') : '',
    recalled: RECOVERY_IN_TITLE.test(titleOf(i)) && r.text ? recalledIncidents(bodyOf(r.text).slice(0, 5000)) : [],
  };
}

/** Two titles in the same words: equal, one adding とお詫び or a date, or equal once their tags (（更新）（調査報告）) are removed. */
function sameWords(a: Prepared, b: Prepared): boolean {
  return a.title === b.title || jaccard(a.titleGrams, b.titleGrams) >= TITLE_ALMOST_SAME || (a.bare.length >= BARE_TITLE_MIN && a.bare === b.bare);
}

/** b repeats a's title within REPOST_WINDOW_DAYS: the same notice updated. */
function sameTitleAgain(b: Prepared, a: Prepared): boolean {
  const gap = a.day !== null && b.day !== null ? b.day - a.day : null;
  return a.title !== '' && (gap === null || gap <= REPOST_WINDOW_DAYS) && sameWords(a, b);
}

/** The signals by which release b (later) points to release a (earlier), strongest first. */
function signalsBetween(rb: Release, b: Prepared, ra: Release, a: Prepared, ai: number, byArchiveKey: Map<string, number>): LinkSignal[] {
  const out: LinkSignal[] = [];
  const gap = a.day !== null && b.day !== null ? b.day - a.day : null;
  const within = (days: number): boolean => gap === null || gap <= days;
  for (const prev of rb.incident.report.previous) {
    const k = typeof prev?.url === 'string' ? archiveKey(prev.url) : null;
    if (k !== null && byArchiveKey.get(k) === ai) out.push({ kind: 'archiveLink', text: prev.url!, to: ai });
    const prevDay = dayNumber(prev?.date ?? null);
    if (prevDay !== null && a.day !== null && prevDay === a.day) out.push({ kind: 'earlierNotice', text: `${prev.label} ${prev.date}`, to: ai });
  }
  if (!within(SIGNAL_WINDOW_DAYS)) return out;
  const aDate = releaseDate(ra);
  for (const n of b.notices) if (n.date === aDate) (out.push({ kind: 'earlierNotice', text: n.text, to: ai }), 0);
  const aTitle = a.title;
  if (a.core.length >= 6 && b.body.length > 0 && a.quotable.length >= 10 && a.quotable !== b.title && b.body.includes(a.quotable)) {
    out.push({ kind: 'quotedTitle', text: titleOf(ra.incident), to: ai });
  }
  const shared = b.occurrenceMentions.find((m) => a.occurrences.has(m.date));
  if (shared) out.push({ kind: 'occurrenceDate', text: shared.text, to: ai });
  else {
    // the day of occurrence as the later release's timeline reads it (「5月12日に…ダウンしていることが確認」)
    const t = rb.incident.timeline.find((e) => (e.event === 'occurred' || e.event === 'detected') && e.date.length === 10 && a.occurrences.has(e.date) && dayNumber(e.date)! < (b.day ?? Infinity));
    if (t) out.push({ kind: 'occurrenceDate', text: t.evidence.text, to: ai });
  }
  if (!within(TITLE_WINDOW_DAYS)) return out;
  if (aTitle !== '' && sameWords(a, b)) {
    // the same words again (「…お知らせ」, 「…お知らせとお詫び」) within a few months; later they may open a new incident
    if (within(REPOST_WINDOW_DAYS)) out.push({ kind: 'sharedName', text: titleOf(rb.incident) ?? '', to: ai });
  } else {
    const name = b.names.find((n) => a.names.includes(n) || a.nfkcTitle.includes(n));
    // a product both name: a contractor's service (「IIJセキュアMXサービス」) told of twice in a few weeks; later, or
    // for a vendor naming its own products, it may be another incident
    const product = within(PRODUCT_WINDOW_DAYS) ? b.products.find((n) => a.products.includes(n)) : undefined;
    if (name !== undefined) out.push({ kind: 'sharedName', text: name, to: ai });
    else if (product !== undefined) out.push({ kind: 'sharedName', text: rb.incident.products.find((x) => productKey(x.name) === product)?.name ?? product, to: ai });
    else if (a.core.length >= 4 && b.core.length >= 4 && jaccard(a.coreGrams, b.coreGrams) >= TITLE_SAME) out.push({ kind: 'sharedName', text: titleOf(rb.incident) ?? '', to: ai });
  }
  const sameNoun = (n: string, o: string): boolean => n.length >= 2 && o.length >= 2 && (n.startsWith(o) || o.startsWith(n) || n.endsWith(o) || o.endsWith(n));
  // 「X障害」→「X復旧」, or a recovery of a thing the earlier title named as attacked (「ホームページ不正アクセス」→「ホームページ再開」)
  const noun = b.recoveries.find((n) => a.outages.some((o) => sameNoun(n, o)) || (n.length >= 3 && aTitle.includes(n) && a.core.length > n.length));
  if (noun !== undefined && within(OUTAGE_RECOVERY_DAYS)) out.push({ kind: 'outageRecovery', text: noun, to: ai });
  else if (within(OUTAGE_RECOVERY_DAYS)) {
    // a recovery notice recalling 「このたびのX」 where X (its first four characters or more) is in the earlier title
    const aRaw = a.nfkcTitle;
    for (const x of b.recalled) {
      let n = x.length;
      while (n >= 4 && !aRaw.includes(x.slice(0, n))) n--;
      if (n >= 4) {
        out.push({ kind: 'outageRecovery', text: x, to: ai });
        break;
      }
    }
  }
  if (a.url && b.url) {
    if (a.url.page === b.url.page) out.push({ kind: 'sameUrl', text: rb.incident.sourceUrl!, to: ai });
    else if (a.url.folder === b.url.folder && a.url.id !== null && b.url.id !== null && b.url.id > a.url.id && b.url.id - a.url.id <= 2 && within(URL_SEQUENCE_DAYS))
      out.push({ kind: 'urlSequence', text: rb.incident.sourceUrl!, to: ai });
  }
  return out;
}

/**
 * A follow-up whose own words date the notice it follows (「4月23日に建築局が発表した」「9月30日に公表しました」)
 * to a day none of the organization's earlier releases has: it follows a notice not among them.
 */
function namesAnotherNotice(r: Release, p: Prepared, earlierDates: (string | null)[]): boolean {
  const evidence = r.incident.report.evidence?.text;
  const own = releaseDate(r);
  // a date on or after the release's own is its time stamp (【第二報:令和7年1月30日17時現在】), not a notice it follows
  const dates = [...(evidence ? textDates(evidence, own, false).all : []), ...p.notices.map((n) => n.date)].filter((d) => own === null || d < own);
  // a day or two off is the same notice (posted on the 26th, dated the 27th)
  const near = (d: string): boolean => earlierDates.some((e) => e !== null && Math.abs(dayNumber(e)! - dayNumber(d)!) <= 2);
  return dates.length > 0 && !dates.some(near);
}

/**
 * A follow-up that dates its incident where the candidate release's incident cannot be: a month or
 * more after that release was published (「7月20日に発生した」 after a notice of June), or half a
 * year before the days it says its incident happened (its publication when it says none). An investigation may find an earlier start,
 * so a date some weeks before is no sign of another incident.
 */
function occurredElsewhere(b: Prepared, a: Prepared): boolean {
  if (b.occurrenceMentions.length === 0 || a.day === null) return false;
  const occurred = [...a.occurrences].map(dayNumber).filter((d): d is number => d !== null);
  const earliest = occurred.length > 0 ? Math.min(...occurred) : a.day;
  return b.occurrenceMentions.every((m) => {
    const d = dayNumber(m.date);
    if (d === null) return false;
    return d > a.day! + OCCURRED_AFTER_DAYS || d < earliest - OCCURRED_BEFORE_DAYS;
  });
}

/** Signals strong enough alone: the release's own words about an earlier notice. */
const STRONG: ReadonlySet<LinkKind> = new Set<LinkKind>(['curatorId', 'archiveLink', 'quotedTitle', 'earlierNotice', 'occurrenceDate']);

/** Groups releases into incidents and says, per release, what joined it. */
export function groupReleases(releases: readonly Release[]): Grouping {
  const parent = releases.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const prepared = releases.map(prepare);
  const linkedBy: LinkSignal[][] = releases.map(() => []);

  const byArchiveKey = new Map<string, number>();
  releases.forEach((r, i) => {
    const key = archiveKey(r.relPath ?? r.incident.source.path);
    if (key !== null && !byArchiveKey.has(key)) byArchiveKey.set(key, i);
  });

  // one list per family of organizations: keys named together in one release are one organization
  const keyParent = new Map<string, string>();
  const findKey = (k: string): string => {
    let r = k;
    while (keyParent.has(r) && keyParent.get(r) !== r) r = keyParent.get(r)!;
    keyParent.set(k, r);
    return r;
  };
  const families = releases.map((r, i) => {
    const f = organizationFamily(r.incident);
    return f.length > 0 ? f : [prepared[i]!.key!];
  });
  for (const f of families) {
    for (const k of f.slice(1)) {
      const first = findKey(f[0]!);
      const other = findKey(k);
      // the smaller key roots the family: the same families whatever the input order
      if (other !== first) keyParent.set(other < first ? first : other, other < first ? other : first);
    }
  }
  const byOrg = new Map<string, number[]>();
  families.forEach((f, i) => {
    const root = findKey(f[0]!);
    const list = byOrg.get(root) ?? [];
    list.push(i);
    byOrg.set(root, list);
  });
  // release order, not input order: the same releases give the same links however they were listed
  const order = releases.map((_, i) => i).sort((x, y) => compareDated(releases[x]!, releases[y]!) || x - y);
  const curatorGroups = new Map<string, number>();
  order.forEach((i) => {
    const p = prepared[i]!;
    if (p.curator === null) return;
    const first = curatorGroups.get(p.curator);
    if (first === undefined) curatorGroups.set(p.curator, i);
    else {
      union(first, i);
      linkedBy[i]!.push({ kind: 'curatorId', text: p.curator, to: first });
    }
  });

  for (const list of byOrg.values()) {
    list.sort((x, y) => compareDated(releases[x]!, releases[y]!));
    for (let k = 1; k < list.length; k++) {
      const bi = list[k]!;
      const rb = releases[bi]!;
      const b = prepared[bi]!;
      if (b.curator !== null && curatorGroups.get(b.curator) !== bi) continue; // the curator has decided
      const candidates: { ai: number; signals: LinkSignal[] }[] = [];
      // the organization's latest MAX_CANDIDATES releases: an incident's releases are near each other
      for (let j = k - 1; j >= Math.max(0, k - MAX_CANDIDATES); j--) {
        const ai = list[j]!;
        const a = prepared[ai]!;
        if (a.curator !== null && b.curator !== null && a.curator !== b.curator) continue;
        let signals = signalsBetween(rb, b, releases[ai]!, a, ai, byArchiveKey);
        if (signals.length === 0 && a.day !== null && a.day === b.day) {
          // two releases of one day: which came first is unknown, so either may point to the other
          signals = signalsBetween(releases[ai]!, a, rb, b, bi, byArchiveKey).map((s) => ({ ...s, to: ai }));
        }
        // another organization of the family (a subsidiary, a group company) joins on the release's own words only:
        // two companies hit through one contractor tell of it in the same title, yet each of its own incident
        if (a.key !== b.key) signals = signals.filter((s) => STRONG.has(s.kind));
        if (signals.length > 0) candidates.push({ ai, signals });
      }
      // the curator's ids decide between releases that both carry one
      const compatible = (ai: number): boolean => prepared[ai]!.curator === null || b.curator === null || prepared[ai]!.curator === b.curator;
      const chosen: LinkSignal[] = [];
      const strong = candidates.filter((c) => c.signals.some((s) => STRONG.has(s.kind)));
      for (const c of strong) chosen.push(...c.signals);
      // the same title again (tags aside) is the same notice updated, whatever else the release points to
      if (strong.length > 0) for (const c of candidates) if (!strong.includes(c) && sameTitleAgain(b, prepared[c.ai]!)) chosen.push(...c.signals.filter((s) => s.kind === 'sharedName'));
      if (strong.length === 0 && (isFollowUp(rb.incident) || reportsInvestigation(rb.incident)) && !namesAnotherNotice(rb, b, list.slice(0, k).map((j) => releaseDate(releases[j]!)))) {
        // 第N報 / 続報 / 最終報: the previous release, unless an older one's title is clearly closer
        const gapOk = (j: number): boolean => {
          const d = prepared[list[j]!]!.day;
          return d === null || b.day === null || b.day - d <= FOLLOW_UP_WINDOW_DAYS;
        };
        // an investigation's report without 第N報 follows an incident of the same side: its own, or a contractor's
        const sameSide = (isFollowUp(rb.incident) || atContractor(rb.incident) === atContractor(releases[list[k - 1]!]!.incident)) && prepared[list[k - 1]!]!.key === b.key;
        if (gapOk(k - 1) && sameSide && compatible(list[k - 1]!) && !occurredElsewhere(b, prepared[list[k - 1]!]!)) {
          let best = k - 1;
          let bestScore = jaccard(b.titleGrams, prepared[list[k - 1]!]!.titleGrams) + TITLE_MARGIN;
          for (let j = k - 2; j >= 0 && gapOk(j); j--) {
            const score = jaccard(b.titleGrams, prepared[list[j]!]!.titleGrams);
            if (score > bestScore && compatible(list[j]!)) (best = j), (bestScore = score);
          }
          const ai = list[best]!;
          const ev = rb.incident.report.evidence?.text ?? (rb.incident.report.number !== null ? `第${rb.incident.report.number}報` : '続報');
          chosen.push({ kind: rb.incident.report.number !== null && rb.incident.report.number > 1 ? 'reportNumber' : 'followUp', text: ev, to: ai });
          const extra = candidates.find((c) => c.ai === ai);
          if (extra) chosen.push(...extra.signals);
        }
      }
      if (chosen.length === 0 && candidates.length > 0 && !isFirstReport(rb.incident)) {
        // weaker signals (a shared name, an outage and its recovery, the URL): the latest release that has one
        // one page or neighbouring article ids alone are an organization's news feed, not one incident
        // …nor titles alike when the release dates its incident where that release's cannot be
        const c = candidates.find((x) => x.signals.some((s) => s.kind !== 'urlSequence' && s.kind !== 'sameUrl') && !occurredElsewhere(b, prepared[x.ai]!));
        if (c) chosen.push(...c.signals);
      }
      for (const s of chosen) union(bi, s.to);
      linkedBy[bi]!.push(...dedupeSignals(chosen));
    }
  }

  const numbers = new Map<number, number>();
  for (const i of order) {
    const root = find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
  }
  return { groupOf: releases.map((_, i) => numbers.get(find(i))!), linkedBy };
}

function dedupeSignals(signals: LinkSignal[]): LinkSignal[] {
  const seen = new Set<string>();
  return signals.filter((s) => {
    // one entry per signal and wording: the latest earlier release it points to (candidates come latest first)
    const k = `${s.kind}\u0000${s.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Each release's incident number (0, 1, 2 … in order of first release). */
export function groupIncidents(releases: readonly Release[]): number[] {
  return groupReleases(releases).groupOf;
}
