import {
  CONTACT_HEADING, CORPORATE_FORMS, DEPARTMENT_RUN, FORM_KINDS, GENERIC_NAMES, KIND_ONLY_ENDINGS, SUPPLIER_LABEL, ISSUER_PAREN_WORDS, NAME_ENDINGS, SELF_COORDINATION, SELF_REFERENCES, SIGNATURE_TAIL, THIRD_PARTY_AFTER, THIRD_PARTY_BEFORE,
} from '../words/organizations.js';
import { IMAGE_PLACEHOLDER, SITE_SECTION } from '../words/pageChrome.js';
import type { OrganizationKind } from '../types.js';
import type { DocumentContext } from '../document.js';
import { getTokenizer, tokenizeText } from '../tokenize/kuromoji.js';
import { isNameChar, scanNameBackward, scanNameForward } from './organizationNames.js';
import { LEGAL_FORM, legalFormsOf, literalFilterOf, sentenceAt } from './context.js';
import type { Extractor, Finding, OrganizationCandidate } from './types.js';
import { alternation, matchesOf } from '../util/regex.js';

const ENDING_WORD = new RegExp(alternation(NAME_ENDINGS.map((e) => e.ending)), 'g');
const ENDINGS_LONGEST_FIRST = [...NAME_ENDINGS].sort((a, b) => b.ending.length - a.ending.length);
const KIND_ENDINGS = [...NAME_ENDINGS, ...KIND_ONLY_ENDINGS].sort((a, b) => b.ending.length - a.ending.length);
const SELF = alternation(SELF_REFERENCES);
const FORMS_LONGEST_FIRST = [...CORPORATE_FORMS].sort((a, b) => b.length - a.length);
/** A short name that is a role, not a name: "(以下「委託事業者」)", "(以下「委託先」)". */
const THIRD_PARTY_WORD = new RegExp(`^(?:${alternation(THIRD_PARTY_BEFORE)})$|社$|様$`);

/** Words that open a name run but are not the name ("当社子会社ＸＸ", "弊社グループのＸＸ"). */
const LEADING_NOISE = new RegExp(`^(?:${SELF}|当該|同社|子会社|親会社|グループ会社|関連会社|連結子会社|[・&.\\-' ])+`);
const TRAILING_NOISE = /(?:[・&.\-' ])+$/;
const ENDING_AFTER_FORM = new RegExp(`^(?:${alternation(NAME_ENDINGS.map((e) => e.ending))})(?![\\p{Script=Han}])`, 'u');
/** "【お問い合わせ窓口】", "お問合せ先：" before a name on a contact line. */
const CONTACT_LABEL = /^(?:【[^】]{0,14}】|[^:。、]{0,14}:)$/;
const ADDRESS_LABEL = /(?:本社|本店|所在地|住所|所在|本部)[ ]?:?[ ]?$/;
/** An acronym opening a sentence as its subject ("NHKでは、", "QSTは、"). */
const ACRONYM_SUBJECT = /(^|[。、]|^[^。、]{0,24}、)([A-Z][A-Z0-9&]{1,9})(?=(?:は|では|におきましては)[、,])/g;
/** What every ACRONYM_SUBJECT match ends in: a release without it is not scanned for one line by line. */
const ACRONYM_BEFORE_TOPIC = /[A-Z0-9&](?:は|では|におきましては)[、,]/;

/** "(本社: …, 代表取締役社長: …, 以下「当社」)": the issuer's own introduction. */
const SELF_ALIAS = new RegExp(`^[ ]?\\([^()]{0,80}?以下[^()「」]{0,8}?「?(?:${SELF})」?`);
/** "(以下「ＩＩＪ社」)": how a release names someone else for short. */
const OTHER_ALIAS = /^[ ]?\([^()]{0,80}?以下[^()「」]{0,8}?[「『]([^」』]{1,20}?社)[」』]/;
/** "(以下「ＦＵＪＩ」)": a short name whose later uses count for the full name. */
const SHORT_ALIAS = /^[ ]?\([^()]{0,80}?以下[^()「」]{0,8}?[「『]([^」』]{2,20})[」』]/;
/** "当社 株式会社ＸＸ", "弊社、ＸＸは": the name set beside the release's own word for itself. */
const APPOSITIVE_SELF = new RegExp(`(?:${SELF})(?:[ 、,:]|である|こと)[ ]?$`);
/** "当社および中国電力ネットワーク株式会社", "弊社と株式会社Ａ": a name set beside the release's own word for itself, another party. */
const COORDINATED_WITH_SELF = new RegExp(`(?:${SELF})(?:${alternation(SELF_COORDINATION)})[ ]?$`);
/** The name as the subject of its sentence: "ＸＸは、", "ＸＸでは、", "ＸＸにおきましては". */
const SUBJECT = /^[ ]?(?:は|では|におきましては|において(?:は)?|として(?:は)?)[、,]/;
const SUBJECT_LOOSE = /^[ ]?(?:は|では|が)/;
/** What may stand between the start of a sentence and its subject: one adverbial clause. */
const SENTENCE_OPENING = /^(?:[^、。]{0,24}[、,][ ]?)?$/;
const THIRD_PARTY_BEFORE_RE = new RegExp(`(?:${alternation(THIRD_PARTY_BEFORE)})(?:である|であった|であり|の|:|、|,|\\(|として|です)?[ ]?$`);
const HQ = /(?:本社|本店|本部|所在地)(?:所在地)?[ ]?[:・]?[ ]?([^、,()・:\s][^、,():]{1,40}?)(?=[、,()]|[ ](?:代表|社長|会長|理事長)|$)/;
/** The head's title (代表取締役社長, 頭取, 理事長 兼 CEO …), then the name. */
const REP = /(?:代表(?:取締役|理事|執行役)?|頭取|理事長|学長|総長|社長|市長|知事|院長|会長|CEO|執行役社長)(?:[ ]?[兼・/]?[ ]?(?:社長|会長|CEO|COO|執行役員|社長執行役員|最高経営責任者|グループCEO|取締役|理事長))*[ ]?[:・/]?[ ]?([^、,()\s:・/][^、,():〔]{0,18}[^、,():〔\s])/;

export function organizationKind(name: string): OrganizationKind {
  for (const { form, kind } of FORM_KINDS) if (name.includes(form)) return kind;
  // "…教育委員会（…ホール）": the kind is the body's, before what the parenthesis adds.
  const bare = name.replace(/[ ]*[(（][^()（）]*[)）][ ]*$/, '').trim();
  // "熊本県 農業技術課", "作新学院大学、作新学院大学女子短期大学部": the first name says the kind.
  for (const part of [bare, ...bare.split(/[ 、,]/).slice(0, 1)]) {
    for (const { ending, kind } of KIND_ENDINGS) if (part.endsWith(ending)) return kind;
  }
  return 'other';
}

interface Mention {
  start: number;
  end: number;
  ruleId: string;
  /** What the name was found by: a legal form is a stronger sign of a name than an ending. */
  base: number;
}

/**
 * The issuing organization: the overview bullet when there is one; otherwise, from the prose, the
 * name that stands where 当社/弊社 is meant. Every name found by a corporate form (株式会社ＸＸ,
 * ＸＸ株式会社) or an ending (…県, …大学, …協会) is scored by where it stands: introduced as
 * 「ＸＸ（本社…、以下「当社」）は」, the subject of an opening sentence, alone on a signature line, in a
 * heading — and marked down where it is a contractor or vendor (委託先である…, …様, …から報告).
 * kuromoji's organization tags add names no pattern finds, on the few sentences that need them.
 */
export const organizationExtractor: Extractor = {
  id: 'organization',
  async extract(doc, _found, options) {
    const o = doc.overview?.organization;
    if (o) {
      const value = candidate(doc, o.text, o.end, 100);
      // 本社 and 代表 are stated where the text introduces the issuer: "ＸＸ株式会社（本社：…、代表取締役：…）".
      const key = keyOf(o.text);
      // Read lazily: the introduction usually stands in the first lines, and the scan of the rest is then spared.
      lines: for (const mentions of patternMentionsByLine(doc)) {
        for (const m of mentions) {
          if (value.headquarters && value.representative) break lines;
          const k = keyOf(doc.text.slice(m.start, m.end));
          if (k !== key && coreOf(k) !== coreOf(key)) continue;
          const intro = candidate(doc, o.text, m.end, 0);
          value.headquarters ??= intro.headquarters;
          value.representative ??= intro.representative;
        }
      }
      return { organization: [{ value, evidence: doc.evidence(o.start, o.end), ruleId: 'organization.overview', at: o.start }] };
    }
    const groups = new Map<string, Group>();
    const addMention = (m: Mention) => {
      const name = doc.text.slice(m.start, m.end);
      if (!acceptable(name)) return;
      const key = keyOf(name);
      const score = m.base + scoreMention(doc, m);
      const g = groups.get(key) ?? { key, mentions: [], score: 0 };
      g.mentions.push({ ...m, score });
      g.score += score;
      groups.set(key, g);
    };
    for (const m of patternMentions(doc)) addMention(m);
    const best = () => Math.max(-Infinity, ...[...groups.values()].map((g) => g.score));
    if (options.tokenize && best() < STRONG) {
      for (const name of await tokenizerNames(doc)) {
        const key = keyOf(name);
        if (groups.has(key) || [...groups.keys()].some((k) => coreOf(k) === key)) continue; // counted with its long form
        // A desk or service of a contractor ("ＸＸサポートセンター" of 委託先ＸＸ株式会社) is not the issuer.
        if ([...groups.values()].some((g) => g.mentions[0]!.score < 0 && coreOf(g.key).length >= 2 && key.startsWith(coreOf(g.key)))) continue;
        const ms = mentionsOf(doc, name).map((m) => ({ ...m, score: m.base + scoreMention(doc, m) }));
        // A tagged word becomes a candidate only where it stands as the issuer somewhere.
        if (!ms.some((m) => m.score >= 2)) continue;
        for (const m of ms) addMention(m);
      }
    }
    for (const g of groups.values()) g.score += aliasAndShortScore(doc, g);
    mergeShortForms(groups);
    const ranked = [...groups.values()].filter((g) => g.score > 0).sort((a, b) => b.score - a.score || a.mentions[0]!.start - b.mentions[0]!.start);
    return { organization: ranked.slice(0, 5).map((g) => findingOf(doc, g)) };
  },
};

interface ScoredMention extends Mention {
  score: number;
}

/** Every mention of one name (by its folded key) and their summed score. */
interface Group {
  key: string;
  mentions: ScoredMention[];
  score: number;
}

/** The candidate as its best mention writes it (the self-introduction, usually), with 本社 and 代表 from there. */
function findingOf(doc: DocumentContext, g: Group): Finding<OrganizationCandidate> {
  let top = g.mentions.reduce((a, b) => (b.score > a.score ? b : a));
  // "斎藤コロタイプ印刷(株)" and "斎藤コロタイプ印刷株式会社": give the name spelled out.
  if (/\((?:株|有)\)|[㈱㈲]/.test(doc.text.slice(top.start, top.end))) {
    const full = g.mentions.find((m) => !/\((?:株|有)\)|[㈱㈲]/.test(doc.text.slice(m.start, m.end)) && keyOf(doc.text.slice(m.start, m.end)) === g.key);
    if (full) top = full;
  }
  const value = candidate(doc, doc.text.slice(top.start, top.end), top.end, g.score);
  for (const m of g.mentions) {
    if (value.headquarters && value.representative) break;
    const other = candidate(doc, value.name, m.end, 0);
    value.headquarters ??= other.headquarters;
    value.representative ??= other.representative;
  }
  return { value, evidence: doc.evidence(top.start, top.end), ruleId: top.ruleId, at: top.start };
}

/**
 * "筑波大学" and "国立大学法人 筑波大学", "大垣共立銀行" and "株式会社大垣共立銀行" are one issuer: the
 * name without its legal form counts for the name with it, which is the one given.
 */
function mergeShortForms(groups: Map<string, Group>): void {
  for (const g of [...groups.values()]) {
    const core = coreOf(g.key);
    if (core === g.key) continue;
    const short = groups.get(core);
    if (!short || short === g) continue;
    g.mentions.push(...short.mentions.map((m) => ({ ...m, score: Math.min(m.score, 0) })));
    g.score += g.mentions[0]!.score < 0 ? Math.min(short.score, 0) : short.score;
    groups.delete(core);
  }
}

/** The name less its legal form, before or after ("株式会社ＸＸ" → "ＸＸ"). */
function coreOf(key: string): string {
  for (const f of FORMS_LONGEST_FIRST) {
    const k = keyOf(f);
    if (key.startsWith(k) && key.length > k.length) return key.slice(k.length);
    if (key.endsWith(k) && key.length > k.length) return key.slice(0, -k.length);
  }
  return key;
}

/**
 * What a name gains from the words that stand for it later: a short name it is introduced with
 * ("株式会社ＦＵＪＩ（…、以下「ＦＵＪＩ」）"), or the name less its legal form ("オーエム製作所は").
 * A name introduced as a contractor gains nothing from its short name.
 */
function aliasAndShortScore(doc: DocumentContext, g: Group): number {
  let sum = 0;
  const first = g.mentions[0]!;
  if (first.score < 0) return 0;
  const seen = new Set<number>();
  const count = (word: string, from: number) => {
    for (let i = doc.text.indexOf(word, from), n = 0; i >= 0 && n < 30; i = doc.text.indexOf(word, i + word.length), n++) {
      if (seen.has(i) || g.mentions.some((m) => i >= m.start && i < m.end)) continue;
      const next = doc.text[i + word.length] ?? '';
      if (/[\p{Script=Katakana}ーA-Za-z0-9]/u.test(next) && /[\p{Script=Katakana}ーA-Za-z0-9]$/u.test(word)) continue; // イトーキ in イトーキエンジニアリング
      if (isNameChar(doc.text[i - 1])) continue;
      seen.add(i);
      sum += Math.max(0, scoreMention(doc, { start: i, end: i + word.length, ruleId: 'organization.alias', base: 0 }));
    }
  };
  for (const m of g.mentions) {
    const a = SHORT_ALIAS.exec(doc.text.slice(m.end, m.end + 100));
    if (a && !OTHER_ALIAS.test(doc.text.slice(m.end, m.end + 100)) && !THIRD_PARTY_WORD.test(a[1]!)) count(a[1]!, m.end + a[0].length);
  }
  const core = coreOf(g.key);
  if (core !== g.key && core.length >= 2 && !GENERIC_NAMES.includes(core)) count(core, doc.bodyStart);
  return Math.min(sum, 8);
}

/** A score that only a real self-introduction, subject or signature reaches. */
const STRONG = 5;

/** Folded for comparison: width, spaces, and (株) written out. */
const KEYS = new Map<string, string>();
function keyOf(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = name.normalize('NFKC').replace(/\s+/g, '').replace(/\(株\)/g, '株式会社').replace(/\(有\)/g, '有限会社');
    // Memoized: the same candidates come back many times per release (bounded across releases).
    if (KEYS.size > 50000) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

function acceptable(name: string): boolean {
  const key = keyOf(name);
  if (key.length < 2 || key.length > 50) return false;
  if ((CORPORATE_FORMS as readonly string[]).includes(key)) return false;
  if (GENERIC_NAMES.includes(key)) return false;
  // A site's own section or its generic name (「オフィシャルサイト」「ニュースリリース」, a printed page's banner) names no body.
  if (SITE_SECTION.test(name.trim())) return false;
  // Nor an image's placeholder alt text a print shows for its broken image (「フッターロゴ」 under the footer).
  if (IMAGE_PLACEHOLDER.test(name.trim())) return false;
  if (SELF_REFERENCES.some((w) => key.startsWith(w))) return false;
  return true;
}

/** Trims words that open or close a scanned run without being the name. */
function trimRun(text: string, start: number, end: number): [number, number] {
  const run = text.slice(start, end);
  const lead = LEADING_NOISE.exec(run);
  const trail = TRAILING_NOISE.exec(run);
  return [start + (lead ? lead[0].length : 0), end - (trail ? trail[0].length : 0)];
}

/** Names found by a legal form (either side of it) or by an ending followed by a word boundary. */
function patternMentions(doc: DocumentContext): Mention[] {
  const out: Mention[] = [];
  for (const found of patternMentionsByLine(doc)) out.push(...found);
  return out;
}

/** patternMentions line by line (each line's mentions in order, as they are found), for a reader that may stop early. */
function* patternMentionsByLine(doc: DocumentContext): Generator<Mention[], void, undefined> {
  const text = doc.text;
  const taken: [number, number][] = [];
  // A release without any name ending (市, 大学, 病院 …) is not scanned for one line by line.
  const endings = literalFilterOf(doc).mayMatch(ENDING_WORD);
  const acronyms = ACRONYM_BEFORE_TOPIC.test(text);
  const forms = legalFormsOf(doc);
  for (const line of doc.bodyLines) {
    if (line.kind === 'blank') continue;
    const out: Mention[] = [];
    const from = line.contentStart;
    const content = text.slice(from, line.end);
    const onLine = formsOnLine(forms, text, from, line.end);
    for (let f = 0; f < onLine.length; f += 2) {
      const fs = onLine[f]!;
      const fe = onLine[f + 1]!;
      const [bs] = trimRun(text, scanNameBackward(text, fs, from), fs);
      const boundaryBefore = bs === from || !isNameChar(text[bs - 1]) && !/[\p{Script=Hiragana}]/u.test(text[bs - 1] ?? '');
      if ((fs - bs >= 2 || (fs - bs === 1 && boundaryBefore)) && /[^\s]/.test(text.slice(bs, fs))) {
        // "全国生活協同組合連合会": a name ending right after the form belongs to the name.
        const more = ENDING_AFTER_FORM.exec(text.slice(fe, line.end));
        const end = fe + (more ? more[0].length : 0);
        out.push({ start: bs, end, ruleId: 'organization.formLast', base: 1 });
        taken.push([bs, end]);
        continue;
      }
      const ne = Math.min(scanNameForward(text, fe), line.end);
      const [, e] = trimRun(text, fe, ne);
      if (e - fe >= 1 && /[^\s]/.test(text.slice(fe, e))) {
        out.push({ start: fs, end: e, ruleId: 'organization.formFirst', base: 1 });
        taken.push([fs, e]);
      }
    }
    if (endings) for (const m of matchesOf(ENDING_WORD, content)) {
      const es = from + m.index!;
      const ee = es + m[0].length;
      // 市場, 都合: the ending is inside a word; but "広島県ホームページ" and, at a line start,
      // "広島県地域政策局…" (the office, then its unit) hold the name.
      const next = text[ee];
      const unit = ee < line.end && DEPARTMENT_RUN.exec(text.slice(ee, line.end));
      if (next !== undefined && /[\p{Script=Han}々]/u.test(next) && !unit) continue;
      if (covered(taken, es, ee)) continue;
      const [bs] = trimRun(text, scanNameBackward(text, es, from), es);
      if (es - bs < (m[0].length === 1 ? 2 : 1)) continue; // "報道", "港区" alone: too short to tell
      if (unit && bs !== from) continue;
      if (ADDRESS_LABEL.test(text.slice(Math.max(from, bs - 8), bs))) continue; // (本社:東京都千代田区…) is a place
      out.push({ start: bs, end: ee, ruleId: unit ? 'organization.departmentLine' : 'organization.nameEnding', base: unit ? 1 : 0 });
    }
    // "NHKでは、": an acronym as the subject of a sentence.
    if (acronyms) for (const m of matchesOf(ACRONYM_SUBJECT, content)) {
      const s = from + m.index! + m[1]!.length;
      out.push({ start: s, end: s + m[2]!.length, ruleId: 'organization.acronymSubject', base: 0 });
    }
    if (out.length > 0) yield out;
  }
}

const NO_FORMS: readonly number[] = [];

/**
 * The legal forms within [from, end) of a line, as start and end pairs: the document's forms found
 * once (legalFormsOf), the same as a scan of the line alone finds unless a form of the whole text
 * runs over the line's edge, when the line is scanned by itself.
 */
function formsOnLine(forms: readonly number[], text: string, from: number, end: number): readonly number[] {
  let lo = 0;
  let hi = forms.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (forms[mid * 2 + 1]! <= from) lo = mid + 1;
    else hi = mid;
  }
  let f = lo * 2;
  if (f >= forms.length || forms[f]! >= end) return NO_FORMS;
  const first = f;
  for (; f < forms.length && forms[f]! < end; f += 2) {
    if (forms[f]! < from || forms[f + 1]! > end) {
      const own: number[] = [];
      for (const m of matchesOf(LEGAL_FORM, text.slice(from, end))) own.push(from + m.index!, from + m.index! + m[0].length);
      return own;
    }
  }
  return forms.slice(first, f);
}

/** Whether [start, end) lies inside one of the spans (sorted by start, as found). */
function covered(spans: [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  // A few spans back are enough: names do not nest deeper than that.
  for (let i = hi; i >= 0 && i > hi - 4; i--) if (start >= spans[i]![0] && end <= spans[i]![1]) return true;
  return false;
}

/** Every place a name (found by the tokenizer) stands in the release text. */
function mentionsOf(doc: DocumentContext, name: string): Mention[] {
  const out: Mention[] = [];
  const body = doc.text;
  for (let i = body.indexOf(name, doc.bodyStart); i >= 0 && out.length < 50; i = body.indexOf(name, i + name.length)) {
    if (isNameChar(body[i - 1]) || isNameChar(body[i + name.length])) continue; // part of a longer word
    out.push({ start: i, end: i + name.length, ruleId: 'organization.kuromoji', base: 0.5 });
  }
  return out;
}

/** How strongly one mention says "this is the issuer" (positive) or "this is someone else" (negative). */
function scoreMention(doc: DocumentContext, m: Mention): number {
  const text = doc.text;
  const line = doc.lineAt(m.start);
  const after = text.slice(m.end, Math.min(m.end + 100, line.end));
  const before = text.slice(Math.max(line.contentStart, m.start - 24), m.start);
  const sentence = sentenceAt(doc, m.start);
  const opening = text.slice(sentence ? sentence.start : line.contentStart, m.start);
  let score = 0;
  const alias = SHORT_ALIAS.exec(after);
  if (SELF_ALIAS.test(after)) score += 10;
  else if (OTHER_ALIAS.test(after) || (alias && THIRD_PARTY_WORD.test(alias[1]!))) score -= 6;
  else if (alias) score += 1;
  else if (ISSUER_PAREN_WORDS.test(after)) score += 6;
  if (SUBJECT.test(after)) score += SENTENCE_OPENING.test(opening) ? 3 : 1;
  else if (SUBJECT_LOOSE.test(after) && SENTENCE_OPENING.test(opening)) score += 1;
  // Signature lines are short; a long line is prose.
  const content = line.end - line.contentStart <= 80 ? text.slice(line.contentStart, line.end).trim() : '';
  const name = text.slice(m.start, m.end);
  const lead = text.slice(line.contentStart, m.start).trim();
  if (content === name) score += 4;
  else if (content !== '' && (lead === '' || CONTACT_LABEL.test(lead)) && (SIGNATURE_TAIL.test(after) || m.ruleId === 'organization.departmentLine') && !/[。]/.test(content)) score += 3;
  if (line.kind === 'heading' && score >= 0) score += 1;
  // The contact section gives the issuer's own name (and desk) at the start of a line.
  if ((lead === '' || CONTACT_LABEL.test(lead)) && line.headings.some((h) => CONTACT_HEADING.test(doc.lines[h]!.text))) score += 2;
  if (APPOSITIVE_SELF.test(before)) score += 6;
  // A name set in quotes (「受託者である「Ａ株式会社」から」): the quotes stand between it and the words that say whose it is.
  const quoted = /[「『]$/.test(before) && /^[」』]/.test(after);
  const outside = quoted ? before.slice(0, -1) : before;
  if (THIRD_PARTY_BEFORE_RE.test(outside) || SUPPLIER_LABEL.test(outside) || COORDINATED_WITH_SELF.test(outside)) score -= 5;
  if (THIRD_PARTY_AFTER.test(quoted ? after.slice(1) : after)) score -= 4;
  const bodyLength = Math.max(1, text.length - doc.bodyStart);
  if (doc.bodySentences[0] && m.start < doc.bodySentences[0].end) score += SUBJECT.test(after) && SENTENCE_OPENING.test(opening) ? 3 : 1;
  else if ((m.start - doc.bodyStart) / bodyLength < 0.15) score += 0.5;
  return score;
}

function candidate(doc: DocumentContext, name: string, after: number, score: number): OrganizationCandidate {
  const near = doc.text.slice(after, after + 160);
  const paren = /^[ ]?\(([^()]{0,150})\)/.exec(near);
  const hq = paren ? HQ.exec(paren[1]!) : null;
  const rep = paren ? REP.exec(paren[1]!) : null;
  return {
    name,
    kind: organizationKind(name.normalize('NFKC')),
    headquarters: hq ? hq[1]!.trim() : null,
    representative: rep && !/^以下/.test(rep[1]!) ? rep[1]!.trim() : null,
    score,
  };
}

/** Sentences worth a tokenizer pass: the opening, those naming the issuer by 当社/弊社, the last short lines. */
function sentencesToTokenize(doc: DocumentContext): { start: number; text: string }[] {
  const picked = new Map<number, { start: number; text: string }>();
  doc.bodySentences.slice(0, 3).forEach((s) => picked.set(s.start, s));
  doc.bodySentences.filter((s) => SELF_REFERENCES.some((w) => s.text.includes(w))).slice(0, 4).forEach((s) => picked.set(s.start, s));
  const last = doc.bodyLines.filter((l) => l.kind !== 'blank').slice(-6);
  for (const l of last) {
    const text = doc.text.slice(l.contentStart, l.end);
    if (text.trim().length > 0 && text.length <= 40) picked.set(l.contentStart, { start: l.contentStart, text });
  }
  return [...picked.values()].filter((s) => s.text.length <= 400);
}

/**
 * Names kuromoji tags as organizations (名詞-固有名詞-組織), widened to the run of nouns they stand
 * in ("国立国会図書館", "日本神経科学学会"), or a place name followed by a name ending.
 */
async function tokenizerNames(doc: DocumentContext): Promise<string[]> {
  const sentences = sentencesToTokenize(doc);
  if (sentences.length === 0) return [];
  const tokenizer = await getTokenizer();
  const names = new Set<string>();
  for (const s of sentences) {
    const tokens = tokenizeText(tokenizer, s.text);
    let run: typeof tokens = [];
    const flush = () => {
      const hasOrg = run.some((t) => t.pos_detail_1 === '固有名詞' && t.pos_detail_2 === '組織');
      const text = run.map((t) => t.surface_form).join('');
      const place = run.some((t) => t.pos_detail_2 === '地域') && ENDINGS_LONGEST_FIRST.some((e) => text.endsWith(e.ending));
      if ((hasOrg || place) && acceptable(text) && !/^[0-9]+$/.test(text)) names.add(text);
      run = [];
    };
    for (const t of tokens) {
      // Symbols kuromoji files as nouns (≪, ※) break a run: a name is made of name characters.
      const noun = t.pos === '名詞' && !['非自立', '代名詞', '数', '副詞可能'].includes(t.pos_detail_1) && [...t.surface_form].every((c) => isNameChar(c) || /\p{Script=Hiragana}/u.test(c));
      if (noun) run.push(t);
      else flush();
    }
    flush();
  }
  return [...names];
}
