import type { DocumentContext } from '../document.js';
import { headingText, type Line } from '../segment/lines.js';
import type { CountStatus } from '../types.js';
import { LOGIN_ON_ACCOUNTS, PEOPLE_COUNTERS, NAMES_SYSTEM, ORGANIZATION_DATA_AFTER, AFFECTED_ACTIONS, AFFECTED_NOUNS, APPROX_LEAD_IN, ATTACK_DENIED, CLAUSE_BREAK, HEDGE_ASIDE, DEVICE_COUNTERS, LEAK_TOPIC, LEAK_WORD, ORGANIZATION_COUNTERS, STATUS_PREDICATE, STATUS_WORD } from '../words/counters.js';
import { DATA_ACCESSED, EXPOSURE_STATE, HEDGE_ON_OTHER_EVENT, LEAK_RULED_OUT, LEAKED_PATTERNS, NOT_LEAKED_PATTERNS, POSSIBLE_PATTERNS, PUBLIC_BY_DESIGN, TRACE_WORD, WARNING_SENTENCE } from '../words/polarity.js';
import { headingsOf, nextHeading, sentenceAt, tableHeaderAt } from './context.js';
import type { QuantityMention } from './counts.js';
import { anyPatternTest, globalForm, matchesOf } from '../util/regex.js';
import { isPlainTitle, titleLineAbove, type TitleReading } from './dataTypes.js';

/** A status and whether it was said outright (a leak, a possibility, a denial, an action) or only implied by a noun (対象者). */
export interface StatusReading {
  status: CountStatus;
  strong: boolean;
}

const anyNotLeaked = anyPatternTest(NOT_LEAKED_PATTERNS);
const anyPossible = anyPatternTest(POSSIBLE_PATTERNS);

/** How sure a piece of text is about what happened to what it counts. */
export function readStatus(said: string): StatusReading | null {
  const text = said.replace(LEAK_TOPIC, '').replace(HEDGE_ON_OTHER_EVENT, '').replace(PUBLIC_BY_DESIGN, '');
  if (anyNotLeaked(text) || ATTACK_DENIED.test(text)) return { status: 'not_leaked', strong: true };
  if (anyPossible(text)) return { status: 'possible', strong: true };
  if (LEAKED_PATTERNS.some((p) => p.test(text))) return { status: 'leaked', strong: true };
  if (AFFECTED_ACTIONS.test(text)) return { status: 'affected', strong: true };
  if (AFFECTED_NOUNS.test(text)) return { status: 'affected', strong: false };
  return null;
}

/**
 * The text without 「…」 quotations and (…) asides: what others said, or a definition, not this
 * statement. A hedge in brackets ("漏えい(可能性)") stays: it qualifies the word before it.
 */
export function withoutAsides(text: string): string {
  const plain = text.replace(HEDGE_ASIDE, '$1');
  // Runs outside the brackets are copied whole (a string per character cost an allocation each); the brackets
  // themselves are dropped, but a closing one with nothing open is text.
  let out = '';
  let depth = 0;
  let from = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    const opens = c === 0x300c || c === 0x28 || c === 0x300e; // 「 ( 『
    const closes = !opens && (c === 0x300d || c === 0x29 || c === 0x300f) && depth > 0; // 」 ) 』
    if (!opens && !closes) continue;
    if (depth === 0) out += plain.slice(from, i);
    depth += opens ? 1 : -1;
    from = i + 1;
  }
  return depth === 0 ? (from === 0 ? plain : out + plain.slice(from)) : out;
}

/**
 * The status of the predicate that follows a number in its sentence: in "個人情報(1,000件)が漏えいした
 * 可能性があります" the words after the number, cut 32 characters past the first status word so a
 * later statement about something else does not count. A concessive chain without another figure
 * ("…確認されていないが、漏えいしたおそれがある") is decided by its last clause.
 */
export function statusAfter(text: string, from: number, to: number): StatusReading | null {
  // A note ("… ※契約書は閲覧のおそれはありません。") annotates one detail, not the figure.
  let seg = text.slice(from, to).replace(NOTE_IN_TEXT, '');
  // "計1,025件(氏名やパスワードなどのデータは含まれていません)": an aside on what the records hold,
  // not on whether they leaked.
  const aside = CONTENTS_ASIDE.exec(seg) ?? COUNTING_NOTE_ASIDE.exec(seg);
  if (aside) seg = seg.slice(aside[0].length);
  const cut = CLAUSE_BREAK.exec(seg);
  let first = cut ? seg.slice(0, cut.index + cut[0].length) : seg;
  let word = STATUS_WORD.exec(first);
  // "独立した1台の検証用サーバーにおいて発生したものであり、当社の全般的なサービスへの影響はございません": the figure's
  // clause ends in its own predicate; a status word after a comma and a new subject or topic is said of that one.
  // The clause may end before a later comma ("業務用携帯電話1台が初期化されている事象を確認し、直ちに調査を行った結果、
  // 当該携帯電話のアカウントが…乗っ取られ…流出した可能性"): the first finished clause followed by a new subject ends the figure's.
  if (word) {
    const comma = clauseEndBefore(first, word.index + word[0].length + 1);
    if (comma > 0) {
      first = first.slice(0, comma);
      word = STATUS_WORD.exec(first);
    }
  }
  if (word) {
    // The window ends where its phrase ends: a hedge right after the verb ("漏洩のおそれ") belongs to it.
    const tail = PHRASE_TAIL.exec(first.slice(word.index + 32))![0];
    first = first.slice(0, word.index + 32 + tail.length);
    // "…が不正にアクセスされ、不審なメールが外部に送信され": a clause with its own subject (…が)
    // before its status word speaks of something else.
    let comma = first.slice(word.index).search(JAPANESE_COMMA);
    if (comma >= 0) {
      comma += word.index;
      const next = STATUS_PREDICATE.exec(first.slice(comma + 1));
      // A harm named as the topic ("…感染し、当社の基幹システムへの影響はありません") has its own subject too.
      const harm = next ? null : HARM_TOPIC.exec(first.slice(comma + 1));
      if (next && OWN_TOPIC.test(first.slice(comma + 1, comma + 1 + next.index))) first = first.slice(0, comma);
      else if (harm) first = first.slice(0, comma);
    }
  }
  const reading = readStatus(first);
  if (cut && ADVERSATIVE.test(cut[0])) {
    const rest = seg.slice(cut.index + cut[0].length);
    const next = clausesOf(rest)[0]!;
    if (!/[0-9]/.test(next)) {
      const r = readStatus(withoutAsides(next));
      // "…可能性を否定できないものの、情報が持ち出された痕跡は見つかっていない": no trace found does not
      // take back a possibility the release keeps open.
      if (r?.strong && !(r.status === 'not_leaked' && reading?.status === 'possible' && TRACE_WORD.test(next))) return r;
    }
  }
  return reading;
}

/**
 * The clauses of a sentence, each keeping its own clause break: "流出は確認されておりませんが、" stays
 * whole, so its negation is still read (a split on the break would leave "流出は確認されており").
 */
export function clausesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of matchesOf(globalForm(CLAUSE_BREAK), text)) {
    out.push(text.slice(from, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/** A verb of keeping ("保存されていた", "保持している", "格納された") after the clause's last action: the action was done to a container. */
function heldAfterAction(clause: string): boolean {
  const held = HELD_IN.exec(clause);
  if (!held) return false;
  return readStatus(clause.slice(held.index + held[0].length))?.strong !== true;
}

/** Keeping data in a place: "保存されていた", "保持している", "格納された", "保管されている". */
const HELD_IN = /(?:保存|保持|保管|格納|蓄積)(?:され|し)(?:て(?:い|お))?(?:た|る)/;

/** A harm noun as a clause's topic or subject ("…への影響は", "被害が"): the clause speaks of its own harm. */
const HARM_TOPIC = /(?:影響|被害)(?:は|が|も)/;

/**
 * Where the figure's own clause ends before a status word at `end`: the first comma after a finished clause (see
 * CONTINUATIVE_END) with a new subject or topic between it and the word (see OWN_TOPIC), or -1. A subject in kana
 * (これらが, それは) points back to the figure and opens no clause of its own.
 */
function clauseEndBefore(text: string, end: number): number {
  for (let i = 1; i < end; i++) {
    const c = text[i];
    if (c !== '、' && !(c === ',' && !/[0-9]/.test(text[i - 1] ?? '') && !/[0-9]/.test(text[i + 1] ?? ''))) continue;
    if (CONTINUATIVE_END.test(text.slice(Math.max(0, i - 8), i)) && OWN_TOPIC.test(text.slice(i + 1, end))) return i;
  }
  return -1;
}

/**
 * A clause that ends in its own predicate, continued ("発生したものであり", "感染し", "盗まれ"), not in a particle or
 * a conjunction ("会員1,000名、", "(73,213件)および、") nor in "あり" ("194,307件あり、…閲覧されたおそれ": one chain).
 */
const CONTINUATIVE_END = /(?:であり|であって|ており|でおり|てあり|し|れ)$/;

/** An aside right after a figure that says what its records do not contain. */
const CONTENTS_ASIDE = /^[ ]?\([^()]{0,60}含まれ(?:て(?:い|お)(?:ません|ない|りません)|ない|ず)[^()]{0,10}\)/;

/**
 * An aside right after a figure on how it was counted ("40件（件数には…本人が重複している可能性のあるものも
 * 含まれます）", "合計77.2万件（※同一人物の重複計上の可能性があります）"): its hedge is on the counting, not on a leak.
 */
const COUNTING_NOTE_ASIDE = /^[ ]?\([^()]{0,60}?(?:件数|人数|数値|重複)[^()]{0,60}\)/;

/** A note inside a line, up to the end of its cell or sentence; not a reference mark ("約136万件※が", "※1"). */
const NOTE_IN_TEXT = /※(?![0-9がはをにのでと])[^|。]*/g;

/** "、", or "," between words (not inside 1,000). */
const JAPANESE_COMMA = /、|(?<![0-9]),(?![0-9])/;

/** The words of the clause before a number ("漏えいしたのは、氏名 …"), without quotations and notes. */
export function clauseBefore(text: string, from: number, to: number): string {
  let seg = text.slice(from, to).replace(NOTE_IN_TEXT, '');
  for (;;) {
    const cut = CLAUSE_BREAK.exec(seg) ?? NEGATED_CONTINUATIVE.exec(seg);
    if (!cut) break;
    seg = seg.slice(cut.index + cut[0].length);
  }
  return withoutAsides(seg);
}

/**
 * A predicate negated in its continuative form and a comma ("流出は確認されておらず、", "発生せず、", "確認できず、"): its clause,
 * with its own subject, ends there; a figure after it is the next clause's ("…流出は確認されておらず、1名のお客様に関して発生した
 * 不正な注文を除き…").
 */
const NEGATED_CONTINUATIVE = /(?:おら|せ|でき|され|られ|め)ず[、,]/;

const NOTE_LINE = /^[ \t]*(?:[-・][ ]*)?(?:※|\*|注[0-9 :)]|\(注)/;

/**
 * A label line over the figures that states their status like a heading: "- 流出が確認された個人情報",
 * "漏洩の可能性のある情報: メールのヘッダ情報".
 */
function isStatusLabel(l: Line): boolean {
  if (l.kind === 'blank' || l.kind === 'table' || l.text.length > 120 || /[0-9]/.test(l.text)) return false;
  const text = l.text.trim();
  const colon = text.indexOf(':');
  // A label may name the measure ("「漏えい事実が確認されたお客様契約数」として、", "流出した可能性のある件数は").
  const label = colon > 0 ? text.slice(0, colon) : /(?:情報|データ|項目|内容|もの|者|方|等)[)】\]]*$|[件人名契約]数[)】\]」]*[ ]*(?:として|は)?[、,]?$/.test(text) ? text : '';
  return label !== '' && readStatus(label)?.strong === true;
}

/** Marks that open a list item written as a plain line. */
const LIST_MARK = /^[ \t]*[►▶▸◆◇●○■□▪・]/;

/** Lines that belong to a list of figures: bullets, table rows, short lines without a full stop. */
function isListLike(line: Line): boolean {
  if (line.kind === 'bullet' || line.kind === 'table' || line.kind === 'blank') return true;
  // A line opened by a list mark (►, ◆, ●) is an item however long, unless it is a sentence.
  if (line.kind === 'text' && LIST_MARK.test(line.text) && !line.text.includes('。')) return true;
  return line.kind === 'text' && line.text.length <= 120 && !line.text.includes('。') && line.text.trim().length <= 80;
}

/** After a figure: the rest, set apart from it ("1台以外に", "上記2台以外の"). */
const SET_APART_AFTER = /^(?:分)?[ ]?以外/;

/** After a figure: the copula's continuative form ("17通で、", "399名であり、"): the figure completes its topic's statement. */
const COPULA_AFTER = /^(?:分)?[)]?[ ]?(?:で|であり|であって)[、,]/;

/**
 * After a figure: the place of its clause's event ("アカウント 1 件において、…転送設定がされていた", "一部（7契約）のお客さま領域において
 * 不審なファイルが設置された"): the figure counts where something happened (an account, an area), not data.
 */
const LOCATIVE_AFTER = /^(?:分)?[)]?[ ]?(?:の[^、。,がはをにでも]{1,20})?[ ]?(?:において|に於いて|におきまして)/;

/** After a figure: it only names the group concerned ("…名分が対象となります", "は対象です"). */
const TARGET_ONLY_AFTER = /^(?:分)?[ ]?(?:が|は)?[ ]?(?:対象|該当)(?:と(?:なり|なる|なっ)|です|になり|者です)/;

/** After a people figure: whose mailboxes, accounts or devices were reached ("12名のメールボックス"), not whose data. */
const HOLDER_AFTER = /^(?:分)?の[ ]?(?:[A-Za-z][A-Za-z0-9]{0,15}(?:[ ][A-Za-z0-9]{1,15})?[ ]?の?)?(?:メールボックス|メールアカウント|アカウント|認証情報|端末|パソコン|PC|業務用PC)(?!情報|の情報|データ|内の(?:情報|データ))/;

/** Counters of accounts and mailboxes: holders of data, reached by the attack. */
const HOLDER_COUNTERS = ['アカウント', 'メールアカウント', 'ID'];

/** Before a later clause's status word: its own subject or topic ("…が", "…は", "個人情報について"). */
const OWN_TOPIC = /[^ぁ-ん](?:が|は)|について|に関して/;

/** The rest of a phrase, up to its comma or full stop (at most 16 characters). */
const PHRASE_TAIL = /^[^、。,]{0,16}/;

/** A leak stated as a clause ("流出した", "漏えいが確認された"), not a measure's name ("漏えい件数"). */
const LEAK_CLAUSE = /(?:した|された|れた|確認|判明)/;

/** A clause break that concedes: what follows it is the main assertion. */
const ADVERSATIVE = /が、|ものの|けれど/;

/**
 * A heading or lead-in that names the group concerned (対象となる児童) or data reached by the attack
 * (不正アクセスされた情報) says who or what, not whether it leaked: the release's claim decides.
 */
const NAMES_GROUP_OR_DATA = /対象と|該当|情報|データ/;
/** A heading over data that says what the attack did to it ("＜暗号化された情報＞"): encrypted, leakage not established. */
const ENCRYPTED_DATA = /暗号化され(?:た|ている)(?:[^。、]{0,8}?)(?:情報|データ|ファイル)/;
/**
 * Text whose head noun is data: "漏洩した可能性のある情報", "顧客データ(一部)", "流出した情報は以下のとおりです"
 * — not "情報流出した可能性のあるお客さま数", which counts customers.
 */
const NAMES_DATA = /(?:情報|データ)(?:等|など)?(?:\([^()]{0,40}\))?[ :。]*$|(?:情報|データ)(?:等|など)?(?:は|が)(?:以下|下記|次)/;

/** Words that point ahead to a list; "上記のとおり", "第1報でお知らせのとおり" point back and introduce nothing. */
const INTRODUCES = /以下|下記|次の|(?<!(?:上記|前記|前述|先述|お知らせ|公表|報告|既報)の?)(?:とおり|通り)|:$/;

/** A line that ends pointing ahead to a list ("…は以下のとおり", "下記の通りです"), with or without a full stop. */
const POINTS_AHEAD_AT_END = /(?:以下|下記|次)の?(?:とおり|通り)(?:です|となります|となっております)?$/;

/**
 * The prose line that introduces the list a figure stands in: "流出した可能性のある情報の件数は以下のとおりです。"
 * A lead-in may stand above category sub-headings (■輸出管理に関する情報) when it says 以下/下記; an
 * adjacent line ending in 。 or ':' introduces the list right below it.
 */
export function listLeadIn(doc: DocumentContext, line: Line): string | null {
  return listLeadInAt(doc, line)?.text ?? null;
}

/** The lead-in (see listLeadIn) and the index of the line it stands on. */
export function listLeadInAt(doc: DocumentContext, line: Line): { text: string; index: number } | null {
  if (line.kind !== 'bullet' && line.kind !== 'table' && line.kind !== 'heading' && !isListLike(line)) return null;
  let passedHeading = line.kind === 'heading';
  for (let i = line.index - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
    const l = doc.lines[i]!;
    if (l.start < doc.bodyStart) return null;
    if (l.kind === 'heading') {
      passedHeading = true;
      continue;
    }
    // Notes (※…, 注…) comment on an item and table rows are items; neither introduces a list.
    if (NOTE_LINE.test(l.text) || l.kind === 'table') continue;
    // A plain line set as a section's title ("迷惑メール情報" as a page leaves "## 迷惑メール情報") is passed as a heading is.
    if (!isStatusLabel(l) && isPlainTitle(doc, l)) {
      passedHeading = true;
      continue;
    }
    // "…学校及び人数は以下のとおり" without a full stop still introduces the list below it.
    if (isListLike(l) && !/[:。]$/.test(l.text.trim()) && !POINTS_AHEAD_AT_END.test(l.text.trim())) {
      // Past a heading, a label still governs when the heading stands inside the label's own section
      // ("- 漏洩がほぼ確実なデータ：…" over "◆ その他のデータ" sub-headings and their figures).
      if ((!passedHeading || l.headings.every((h, k) => line.headings[k] === h)) && isStatusLabel(l)) return { text: l.text.trim(), index: i };
      continue;
    }
    // A prose line: the lead-in if it introduces what follows (its last sentences do).
    const text = l.text.slice(-400).trim();
    // It must stand in the figure's own section or one around it, not in a sibling section.
    if (!l.headings.every((h, k) => line.headings[k] === h)) return null;
    if (INTRODUCES.test(text)) {
      const sentences = text.split(/(?<=。)/);
      return { text: sentences.find((s) => INTRODUCES.test(s)) ?? text, index: i };
    }
    if (passedHeading) return null;
    // A remark between a list and its lead-in ("項目は次のとおりです。 / すべての情報が…ものはありません。")
    // comments on the list; the line that introduces it, just above, says what the items are.
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const above = doc.lines[k]!;
      if (above.kind === 'blank') continue;
      if (above.kind === 'heading' || above.kind === 'table' || above.start < doc.bodyStart) break;
      const said = above.text.slice(-400).trim();
      if (INTRODUCES.test(said) && said.endsWith('。')) return { text: said.split(/(?<=。)/).find((s) => INTRODUCES.test(s)) ?? said, index: k };
    }
    return { text, index: i };
  }
  return null;
}

/** Approximate because the list's lead-in, or a heading over it ("漏洩した可能性のある情報（最大数）"), says its figures are maxima or estimates. */
export function leadInSaysApprox(doc: DocumentContext, q: QuantityMention): boolean {
  const line = doc.lineAt(q.start);
  const lead = listLeadIn(doc, line);
  if (lead !== null && APPROX_LEAD_IN.test(lead)) return true;
  return headingsOf(doc, line).some((h) => APPROX_LEAD_IN.test(h));
}

const denialCache = new WeakMap<DocumentContext, boolean>();

/** Whether the release states, in its own words, that no leak has been confirmed ("情報の漏えいは確認されておりません"). */
export function deniesConfirmedLeak(doc: DocumentContext): boolean {
  let found = denialCache.get(doc);
  if (found !== undefined) return found;
  found = false;
  for (const line of doc.bodyLines) {
    if (line.kind === 'blank' || line.kind === 'table' || line.text.length > 2000) continue;
    for (const part of line.text.split(/(?<=。)/)) {
      if (WARNING_SENTENCE.test(part)) continue;
      const own = withoutAsides(part);
      if (CONFIRMED_LEAK_DENIED.test(own)) found = true;
    }
    if (found) break;
  }
  denialCache.set(doc, found);
  return found;
}

const hedgeCache = new WeakMap<DocumentContext, boolean>();

/**
 * Whether any of the release's own statements (not a warning, quotation or aside) hedges anything: "可能性", "おそれ",
 * "否定できない" said of a leak, an attack or a contact ("詐欺サイトに接触した可能性がある旨の報告").
 */
export function hedgesAnything(doc: DocumentContext): boolean {
  let found = hedgeCache.get(doc);
  if (found !== undefined) return found;
  found = false;
  for (const line of doc.bodyLines) {
    if (line.kind === 'blank' || line.text.length > 2000) continue;
    for (const part of line.text.split(/(?<=。)/)) {
      if (WARNING_SENTENCE.test(part)) continue;
      if (anyPossible(withoutAsides(part))) found = true;
    }
    if (found) break;
  }
  hedgeCache.set(doc, found);
  return found;
}

/** A heading that names a topic ("…の漏えいについて", "…に関するお知らせ"), not a statement about the figures under it. */
const TOPIC_HEADING = /(?:について|に関する[^。]{0,30}|のお知らせ|お詫び|おわび)[)】\]]*[ ]*$/;

/** "情報の漏えい及び二次被害は確認されておりません", "外部に流出した事実は確認されていません", "流出については、確認されておりません". */
const CONFIRMED_LEAK_DENIED = /(?:漏えい|漏洩|流出)[^。、]{0,16}?(?:(?:について|につきまして|に関して)?(?:は|も)[、,]?)(?:現時点で|現在)?(?:確認|認め)(?:されて|られて)(?:(?:い|お)(?:ない|りません|ません)|おらず)/;

/**
 * What the release as a whole claims about its data: "not_leaked" when it concludes that nothing
 * leaked (情報流出は発生しなかったと判断), else "possible" when any of its own statements (not a
 * warning, quotation or aside) hedges a leak (漏えいした可能性, 痕跡はないが否定できない), else
 * "leaked" when one states a leak, else null. The fallback for a figure whose own context
 * says nothing ("報告にあります399名のうち1名は…").
 */
export function documentStatus(doc: DocumentContext): CountStatus | null {
  let leaked = false;
  let possible = false;
  let exposed = false;
  for (const line of doc.bodyLines) {
    if (line.kind === 'blank') continue;
    const parts = line.kind === 'heading' ? [doc.text.slice(line.contentStart, line.end)] : line.text.split(/(?<=。)/);
    for (const part of parts) {
      if (WARNING_SENTENCE.test(part)) continue;
      const own = withoutAsides(part);
      if (!LEAK_WORD.test(own)) continue;
      // A concessive sentence is decided by its last clause ("痕跡はないが、可能性は否定できない").
      const clauses = clausesOf(own);
      const r = [...clauses].reverse().map(readStatus).find((x) => x?.strong);
      // The investigation's conclusion that nothing leaked ("情報流出は発生しなかったと判断いたしました")
      // settles what the release had only feared.
      if (r?.status === 'not_leaked' && LEAK_RULED_OUT.test(clauses[clauses.length - 1]!)) return 'not_leaked';
      if (r?.status === 'possible') possible = true;
      // Data only left open to view ("…閲覧できる状態になっていたとの報告") is a state, not an act: a leak only until the release
      // says none is confirmed (see exposureOnlyUnderDenial).
      else if (r?.status === 'leaked') {
        if (readStatus(own.replace(EXPOSURE_STATE, ''))?.status === 'leaked') leaked = true;
        else exposed = true;
      }
    }
  }
  if (possible) return 'possible';
  if (leaked) return 'leaked';
  if (exposed) return deniesConfirmedLeak(doc) ? 'possible' : 'leaked';
  return null;
}

const settledCache = new WeakMap<DocumentContext, boolean>();

/**
 * Whether the release opens by settling the possibility it had announced: a sentence before its first heading that takes
 * that possibility as its topic and concludes that nothing leaked ("…漏えいの可能性については、調査の結果、漏えいがないことが
 * 判明しました"). Not a ruling on one kind of data ("クレジットカード情報につきましては…漏洩の可能性はないものと判断"), nor one
 * inside a section ("## ３．外部からのアクセスがなかったことを確認している情報").
 */
export function settlesPossibility(doc: DocumentContext): boolean {
  let found = settledCache.get(doc);
  if (found !== undefined) return found;
  found = false;
  for (const line of doc.bodyLines) {
    if (line.kind === 'heading') break;
    if (line.kind !== 'text' || line.text.length > 2000) continue;
    for (const part of line.text.split(/(?<=。)/)) {
      const own = withoutAsides(part);
      if (WARNING_SENTENCE.test(own) || !POSSIBILITY_AS_TOPIC.test(own)) continue;
      const clauses = clausesOf(own);
      const last = clauses[clauses.length - 1]!;
      if (LEAK_RULED_OUT.test(last) && readStatus(last)?.status === 'not_leaked') found = true;
    }
    if (found) break;
  }
  settledCache.set(doc, found);
  return found;
}

/** The possibility of a leak as a sentence's topic: "漏えいの可能性については", "流出のおそれにつきましては". */
const POSSIBILITY_AS_TOPIC = /(?:漏えい|漏洩|流出)(?:等)?の(?:可能性|おそれ|恐れ)(?:について|につきまして|に関して)/;

/** Words that say a leak was established or an act done, not only read into the text ("実際に漏えいを確認", "漏洩がほぼ確実"). */
const ESTABLISHED = /確認|確実|事実|判明|特定|実際|認められ|誤送|誤配|誤って|送信|送付/;

/** Quotation marks around a label ("「漏えい事実が確認されたお客様契約数」として"): the words inside are the label's own. */
const QUOTE_MARKS = /[「」『』]/g;

/** Whether a release title hedges a leak ("…漏えいの可能性について", "個人情報漏えいのおそれに関するお詫び"). */
export function titleHedgesLeak(title: string | null): boolean {
  return title !== null && LEAK_WORD.test(title) && readStatus(withoutAsides(title))?.status === 'possible';
}

/**
 * Whether a release title names a leak only as its topic, a noun with no verb of its own ("個人情報漏洩に関するご報告とお詫び",
 * "不正アクセスによる情報流出についてのお知らせ"), not a clause that states one ("個人情報が流出したことについて") or hedges one.
 */
export function titleNamesLeakAsTopic(title: string): boolean {
  const own = withoutAsides(title);
  return LEAK_WORD.test(own) && TOPIC_HEADING.test(own) && !LEAK_CLAUSE.test(own) && readStatus(own)?.status === 'leaked';
}

/**
 * Without a title (a pasted body), the release's opening paragraph — its first lines before any heading — states its claim
 * instead ("…乗っ取りに伴い個人情報が漏えいした可能性がございます"): whether one of its own sentences hedges a leak.
 */
export function openingHedgesLeak(doc: DocumentContext): boolean {
  for (const line of doc.bodyLines) {
    if (line.kind === 'heading') return false;
    if (line.kind === 'blank') continue;
    if (line.kind !== 'text' || line.text.length > 2000) return false;
    for (const part of line.text.split(/(?<=。)/)) {
      if (WARNING_SENTENCE.test(part)) continue;
      const own = withoutAsides(part);
      if (LEAK_WORD.test(own) && readStatus(own)?.status === 'possible') return true;
    }
    return false;
  }
  return false;
}

/** The places that may say what a figure's data went through: its sentence (else its line), its list's lead-in, its table header, its headings. */
function figureContexts(doc: DocumentContext, q: QuantityMention): string[] {
  const line = doc.lineAt(q.start);
  const sentence = sentenceAt(doc, q.start);
  const own = sentence ? doc.text.slice(sentence.start, sentence.end) : doc.text.slice(line.contentStart, line.end);
  const lead = listLeadIn(doc, line);
  const header = tableHeaderAt(doc, q.start);
  return [own, ...(lead === null ? [] : [lead]), ...(header ? header.cells : []), ...headingsOf(doc, line)];
}

/**
 * A leak read from a figure's own words, under a release that calls the whole a possible leak (its title hedges, see
 * titleHedgesLeak, and its text does not conclude that nothing leaked): "今回漏えいしたのは…1件のみで" or a label "第三者から閲覧可能となった個人情報及びその対象人数" under
 * "…漏えいの可能性について" are the possible leak the release announces. Not when the figure's sentence, its list's
 * lead-in or its headings say the leak was established ("実際に漏えいを確認できましたのは", "漏洩がほぼ確実なデータ") or
 * an act done (誤送信).
 */
export function hedgedByRelease(doc: DocumentContext, q: QuantityMention, titleHedges: boolean, docStatus: () => CountStatus | null): boolean {
  if (!titleHedges || docStatus() === 'not_leaked') return false;
  // A context establishes the leak when it says one and how it is known ("…漏えいした可能性があることが判明" does not).
  return !figureContexts(doc, q).some((c) => ESTABLISHED.test(c) && readStatus(c.replace(QUOTE_MARKS, ''))?.status === 'leaked');
}

/**
 * Data only said to have been open to view ("お客様の個人情報が、一時的に侵入者に閲覧可能な状態にありました") under a release
 * that says, in its own words, that no leak has been confirmed ("外部への漏洩（流出）の事実は確認されておりません"): the
 * release claims a possible leak, not a leak. Not when any of the figure's contexts (its sentence, its list's lead-in, its
 * table header, its headings) states the leak as an act ("流出した個人情報", "閲覧されたことを確認").
 */
export function exposureOnlyUnderDenial(doc: DocumentContext, q: QuantityMention): boolean {
  if (!deniesConfirmedLeak(doc)) return false;
  let exposed = false;
  for (const c of figureContexts(doc, q)) {
    if (readStatus(c)?.status !== 'leaked') continue;
    if (!c.includes('閲覧') && !c.includes('状態')) return false;
    if (readStatus(c.replace(EXPOSURE_STATE, ''))?.status === 'leaked') return false;
    exposed = true;
  }
  return exposed;
}

/**
 * The status of a figure, from the nearest place that says one:
 * 1. the predicate after it in its clause ("1,000件が流出した可能性があります");
 * 2. the clause before it ("漏えいしたのは、…1件");
 * 3. the lead-in of its list, then its headings from the innermost out ("不正ログインされたアカウント数");
 * 4. an action named before it in its clause ("社外へ送信された件数は223件");
 * 5. organizations, places and devices (12校, 2社, 1台) are affected; people and records take the
 *    status the release announces, else affected.
 * An organization's figure reads its own sentence and headings over data only when it counts data
 * (取引先20社の情報); otherwise only its own label ("流出した可能性のある取引先数") and headings that do
 * not name data, so schools listed under "漏洩した可能性のある情報" stay affected.
 */
export function countStatusOf(doc: DocumentContext, q: QuantityMention, docStatus: () => CountStatus | null, subject: string | null = null): CountStatus {
  const line = doc.lineAt(q.start);
  const sentence = sentenceAt(doc, q.start);
  const sStart = sentence ? sentence.start : line.contentStart;
  const sEnd = sentence ? sentence.end : line.end;
  const isOrganization = ORGANIZATION_COUNTERS.includes(q.unit);
  // An organization's figure counts data when it names its data (2社の情報が, 取引先に関する情報(350社)):
  // only then does its own sentence, or a heading over data, say what happened to it.
  const countsData = ORGANIZATION_DATA_AFTER.test(doc.text.slice(q.end, q.end + 40)) || (subject !== null && NAMES_DATA.test(subject));
  const ownCounts = !isOrganization || countsData;
  let ownAction = false;
  if (ownCounts) {
    const afterWords = doc.text.slice(q.end, Math.min(sEnd, q.end + 24));
    // "感染したパソコン1台以外に…感染の疑いは確認されておりません": the predicate after 以外 is said of the rest, not of the figure.
    const after = SET_APART_AFTER.test(afterWords) ? null : statusAfter(doc.text, q.end, sEnd);
    // "17,276名分が対象となります" only names the group: a heading or lead-in over it may say more.
    // "役職員12名のメールボックス", "職員1名のMicrosoft 365アカウント", "職員 1 名の Microsoft365 の認証情報が窃取され": the
    // holders of the mailboxes, accounts, credentials or devices reached, not data, whatever the clause says was done.
    if (PEOPLE_COUNTERS.includes(q.unit) && HOLDER_AFTER.test(afterWords)) return 'affected';
    // "…送信されたメールの数は17通で、現時点で流出の可能性が判明している情報は以下のとおり": a figure that is the complement of
    // its topic ("Xの数は17通で、") ends its statement at the copula; the topic says what was done to what it counts, and the next
    // clause is another statement (negative: "…決済をされたお客様6,929名で、漏洩した可能性のある情報は…", a topic that says nothing).
    if (COPULA_AFTER.test(afterWords)) {
      const clause = clauseBefore(doc.text, sStart, q.start);
      const topic = readStatus(clause);
      if (topic?.strong && !(topic.status === 'affected' && heldAfterAction(clause))) return topic.status;
    }
    if (after?.strong && after.status === 'affected' && TARGET_ONLY_AFTER.test(afterWords)) ownAction = true;
    else if (after?.strong) return after.status;
    const clause = ownAction ? '' : clauseBefore(doc.text, sStart, q.start);
    const before = ownAction ? null : readStatus(clause);
    if (before?.strong && before.status !== 'affected') return before.status;
    // "不正アクセスされたアカウントの送信済みフォルダに保持されていたメールの宛先の方々(1,538件)": the action reached
    // the place that held what the figure counts, not the figure: its status is said elsewhere (or by the release).
    if (before?.strong && !heldAfterAction(clause)) ownAction = true;
  } else if (subject !== null) {
    // Its own label may still say what happened to the organizations ("情報が流出した可能性のある取引先数: 320社").
    const own = readStatus(withoutAsides(subject));
    if (own?.strong) return own.status;
  }
  const lead = listLeadInAt(doc, line);
  const headings = headingsOf(doc, line).reverse();
  const at = [...line.headings].reverse();
  // A heading with nothing under it right over the figure's own, set like it, opens that one's section (below).
  const bare = bareHeadingOver(doc, line);
  if (bare !== null) {
    headings.splice(1, 0, headingText({ ...bare, end: Math.min(bare.end, bare.contentStart + 220) }, doc.text).slice(0, 200));
    at.splice(1, 0, bare.index);
  }
  // A plain title over the figure that says what befell what it counts ("②漏えいしたおそれのある個人情報" or "外部からの
  // アクセスが確認された個人情報" as a page or a PDF leaves them, "【漏えいしたデータ】" over "【③…】" sub-titles set at its
  // level): it scopes the lines under it as a heading would, in its place among the headings.
  const title = titleLineAbove(doc, line, STATUS_TITLE);
  if (title !== null && !at.includes(title.index)) {
    const k = at.filter((h) => h > title.index).length;
    headings.splice(k, 0, plainTitleText(doc, title));
    at.splice(k, 0, title.index);
  }
  // Headings between the lead-in and the figure ("以下の情報について…" then "### 外部からのアクセスが
  // 確認された個人情報") are nearer to it: they are read first.
  const nearer = lead === null ? 0 : at.filter((h) => h > lead.index).length;
  const outer = lead === null ? headings : [...headings.slice(0, nearer), lead.text, ...headings.slice(nearer)];
  // A table's column header that says something of its figures ("|項目|流出した可能性のある件数|") stands nearest
  // of all over them; one that only names a measure ("漏えい件数") leaves them to the heading.
  const header = tableHeaderAt(doc, q.start);
  const column = header?.cells[header.column]?.trim();
  const says = column ? readStatus(column) : null;
  const contexts = says?.strong && (says.status !== 'leaked' || LEAK_CLAUSE.test(column!)) ? [column!, ...outer] : outer;
  for (const context of contexts) {
    // The release's title ("…情報漏洩等に関するお知らせ") names its topic: a figure whose own clause says what was
    // done ("不正送信の件数は280件") keeps that action.
    if (ownAction && TOPIC_HEADING.test(context)) continue;
    // Accounts whose own clause says the attack reached them ("不正アクセスが確認されたのは…合計2アカウント")
    // are affected, whatever a heading says of the data in them.
    if (ownAction && HOLDER_COUNTERS.includes(q.unit)) return 'affected';
    // Schools or firms listed under "漏洩した可能性のある情報" hold that data; its status is the data's.
    if (isOrganization && !countsData && NAMES_DATA.test(context)) continue;
    // A concessive heading is decided by its last clause ("…アクセスされた可能性があったが、…アクセスが無いことが確認された個人情報").
    const r = clausesOf(context).reverse().map(readStatus).find((x) => x?.strong) ?? readStatus(context);
    if ((r === null || r.status === 'affected') && DATA_ACCESSED.test(context)) return 'leaked';
    // A heading or lead-in that reads like a leak ("個人情報の漏えいについて") under a release that says no
    // leak is confirmed and one is only possible: the figure is possible, as the release claims.
    if (r?.strong && r.status === 'leaked' && TOPIC_HEADING.test(context) && !/確認|判明|特定/.test(context) && docStatus() === 'possible' && deniesConfirmedLeak(doc)) return 'possible';
    // "（不正アクセスを受けたシステム）" over the data the system stored: the action is the system's; the data's status
    // is said elsewhere (or by the release). Servers and accounts counted under it are what the action reached.
    if (r?.strong && r.status === 'affected' && NAMES_SYSTEM.test(context) && !DEVICE_COUNTERS.includes(q.unit) && !HOLDER_COUNTERS.includes(q.unit)) continue;
    // "## 1.情報漏洩の元となった端末" over "ノートパソコン1台": a heading whose head noun is the device names it by what befell the data
    // it held; the device itself was reached (affected).
    if (r?.strong && r.status !== 'not_leaked' && DEVICE_COUNTERS.includes(q.unit) && NAMES_SYSTEM.test(context)) return 'affected';
    // "## 不正ログインをされた対象数" over "利用者のうち399名" in a release that calls its leak possible: the login was done to
    // their accounts; what may have happened to their data is the release's claim.
    if (r?.strong && r.status === 'affected' && PEOPLE_COUNTERS.includes(q.unit) && LOGIN_ON_ACCOUNTS.test(context) && docStatus() === 'possible') continue;
    if (r?.strong && (r.status !== 'affected' || !NAMES_GROUP_OR_DATA.test(context) || ENCRYPTED_DATA.test(context))) return r.status;
  }
  if (ownAction || (isOrganization && !countsData) || DEVICE_COUNTERS.includes(q.unit)) return 'affected';
  // A place where the event happened (see LOCATIVE_AFTER), its own clause silent on a leak: what the release claims is said of
  // the data, not of the place. People are no place.
  if (!PEOPLE_COUNTERS.includes(q.unit) && LOCATIVE_AFTER.test(doc.text.slice(q.end, Math.min(sEnd, q.end + 40)))) return 'affected';
  // People or records the release says nothing of but that no leak of them is confirmed yet ("当該パソコンには…個人34人の
  // 登録情報が含まれております" / "当該個人情報の第三者への流出については、確認されておりません"): a leak not ruled out
  // is possible.
  // (Organizations reach here only when they count data: "取引先20社の情報".)
  // A release that hedges nothing at all (no 可能性, おそれ, 否定できない in its own words) and only says no leak is confirmed
  // ("上記の各情報が漏えいしたという事実は確認されておりません") leaves its data affected: it raises no possibility.
  const unconfirmed = () => deniesConfirmedLeak(doc) && hedgesAnything(doc);
  if (isOrganization) return docStatus() ?? (unconfirmed() ? 'possible' : 'affected');
  const heldData = PEOPLE_COUNTERS.includes(q.unit) || (q.unit === '件' && subject !== null && NAMES_DATA.test(subject));
  return docStatus() ?? (heldData && unconfirmed() ? 'possible' : 'affected');
}

/**
 * A plain title that speaks of a figure's status: what its lines count was leaked, possibly leaked, reached or not leaked
 * ("①漏えいした個人情報", "■流出が確認された件数", "(1)不正ログインされたアカウント数", "外部からのアクセスが確認された個人情報").
 */
const STATUS_TITLE: TitleReading = {
  speaks: (text) => readStatus(withoutAsides(text))?.strong === true || DATA_ACCESSED.test(text),
};

/** A title line's words: a heading's without its marks, a plain line's trimmed, cut to 200 characters. */
function plainTitleText(doc: DocumentContext, l: Line): string {
  return (l.kind === 'heading' ? headingText({ ...l, end: Math.min(l.end, l.contentStart + 220) }, doc.text) : l.text.trim()).slice(0, 200);
}

/**
 * The heading with nothing under it right over the figure's own heading, set like it (a page whose headings all print
 * alike: 「流出したと思われる情報」 straight over 「旧カタリバ北海道カフェ関係」): it opens the section under it, so
 * it speaks of the figure as a parent heading would. Null when the heading above has text of its own, is set otherwise,
 * or the figure stands under no heading.
 */
export function bareHeadingOver(doc: DocumentContext, line: Line): Line | null {
  const own = line.headings[line.headings.length - 1];
  if (own === undefined) return null;
  for (let i = own - 1; i >= 0; i--) {
    const l = doc.lines[i]!;
    if (l.start < doc.bodyStart) return null;
    if (l.kind === 'blank') continue;
    return l.kind === 'heading' && nextHeading(doc, l) ? l : null;
  }
  return null;
}
