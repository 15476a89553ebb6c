import type { DocumentContext } from '../document.js';
import type { Line } from '../segment/lines.js';
import { headingText } from '../segment/lines.js';
import type { DataType } from '../types.js';
import {
  DATA_CLAUSE_END,
  DATA_CONDITION,
  DATA_EARLIER_NOTICE,
  DATA_EXPOSED,
  DATA_KEYWORDS,
  DATA_LEAKED,
  DATA_NOT_CONFIRMED,
  DATA_NOT_HELD,
  DATA_NOT_LEAKED,
  DATA_OTHER_RISK,
  DATA_POSSIBLE,
  DATA_REQUEST,
  DATA_SCOPE,
  DATA_SUPPOSED,
  DATA_UNLIKELY,
  ENCRYPTED_NOTE_AFTER,
  LEAK_AVOIDED,
  EXCEPT_AFTER,
  EXCLUDED_AFTER,
  NOT_DATA_AFTER,
  PART_OF_DATA,
  QUOTED_TITLE_AFTER,
  PROFILE_FIELD_AFTER,
  CONTACT_NUMBER_AFTER,
  RESET_SOON_AFTER,
  CHANGED_SOON_AFTER,
  LIST_HEADER_AFTER,
  SUBJECT_COMMA_AFTER,
  UMBRELLA_DATA,
  BARE_DATA,
  LEAK_POSSIBILITY_AS_ITEM_AFTER,
  LEAK_SUBJECT_DATA,
  CREDENTIALS_AS_MEANS,
  LEAK_LEFT_OPEN,
  LINKED_TITLE_LINE,
  NO_LEAK_CONCLUSION,
  TYPED_INTO_SCREEN,
  LIST_ITEM,
  LIST_ITEM_CONJUNCTION,
  NOT_A_DATA_ITEM,
  WHETHER_UNKNOWN_AFTER,
  LEAK_POSSIBILITY_CONSIDERED,
  POSSIBILITY_TOLD,
  WH_WORD_BEFORE,
} from '../words/dataTypes.js';
import type { Extractor, Findings } from './types.js';
import { literalFilterOf, nextHeading, sentenceAt } from './context.js';
import { anyPatternTest, globalForm, matchesOf } from '../util/regex.js';
import { DEFINITION } from '../words/incidentTypes.js';

/** What a text says about the data it names; `unsure` ("漏えいは確認されておりません") says nothing. */
export type DataVerdict = 'not_leaked' | 'possible' | 'unsure' | 'leaked' | 'exposed';

const anyDataNotLeaked = anyPatternTest(DATA_NOT_LEAKED);

/** The verdict of one clause, sentence, lead-in or heading; null when it says nothing about data. */
export function judgeData(text: string): DataVerdict | null {
  if (text.includes('ないよう')) text = text.replace(LEAK_AVOIDED, '');
  // "…メール情報が漏えいした可能性について、IIJ社の調査において…事実は確認されなかったとの報告を受けました": a possibility
  // taken up as the topic of an investigation's result; what the result says decides.
  const topic = text.includes('について') || text.includes('につきまして') ? POSSIBILITY_AS_TOPIC.exec(text) : null;
  if (topic) {
    const rest = text.slice(topic.index + topic[0].length);
    if (INVESTIGATION_RESULT.test(rest)) return judgeData(rest) ?? 'unsure';
  }
  if (anyDataNotLeaked(text)) return 'not_leaked';
  if (DATA_UNLIKELY.test(text)) return 'unsure';
  if (LEAK_POSSIBILITY_CONSIDERED.test(text) && !POSSIBILITY_TOLD.test(text)) return 'unsure';
  if (DATA_EARLIER_NOTICE.test(text)) return 'unsure';
  if (DATA_POSSIBLE.test(text.replace(DATA_OTHER_RISK, ''))) return 'possible';
  if (DATA_NOT_CONFIRMED.test(text)) return 'unsure';
  if (DATA_CONDITION.test(text)) return 'unsure';
  if (DATA_LEAKED.test(text)) return 'leaked';
  if (DATA_EXPOSED.test(text)) return 'exposed';
  return null;
}

/**
 * A possibility named as a topic: "…漏えいした可能性について、", "…流出した可能性につきましては、"; marked by は the comma may go
 * ("…確認されておりませんが、その可能性につきましては現在調査中です": the possibility itself is what is still looked into).
 */
const POSSIBILITY_AS_TOPIC = /(?:可能性|おそれ|恐れ)(?:について|につきまして)(?:は、?|、)/;
/**
 * An investigation taken up after the topic, found or under way: "調査の結果報告が有りました", "…との最終報告を受けました",
 * "引き続き外部の専門家へ詳細な調査を依頼し" (not a report of the possibility itself: "…流出した可能性について、IIJから報告を
 * 受けましたのでお知らせいたします").
 */
const INVESTIGATION_RESULT = /(?:調査|精査)[^。]{0,20}?(?:結果|完了)|最終報告|(?:調査|検証)(?:を(?:依頼|進め|継続|行)|中)/;

/** Lines a lead-in may stand above: list rows ("氏名:1,000件") and sibling headings, not prose. */
const LEAD_IN = /(?:以下|下記|次)(?:の|に|のとおり|の通り|と(?:なり|な)|です)/;
const LEAD_IN_REACH = 40;
/** A note line: "※…", "(注)…", "*…". */
const NOTE_LINE = /^\s*(?:[※*]|\(?注[0-9]*[):])/;
/** A paragraph that asks something of readers ("…不審な連絡等にご注意いただくとともに、…お願いいたします。"): a remark beside a list. */
const READER_REQUEST_PARAGRAPH = /(?:お願い(?:いた)?します|お願い申し上げます|ください)。\s*$/;
/** A paragraph that opens as a remark: "なお、…". */
const ASIDE_PARAGRAPH = /^\s*(?:なお|また)、/;
/** A numbered item that reads as a title: "(4) …", "4. …", "④ …". */
const NUMBERED_TITLE = /^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[①-⑳])/;
/** How long a line without a full stop may be to read as a title over a list. */
const TITLE_LINE_MAX = 60;

/**
 * The line that introduces the list a line belongs to ("漏えいした可能性のある情報は以下のとおり
 * です。"), looking back across list rows and sibling headings but not out of the parent section.
 */
export function listLeadIn(doc: DocumentContext, line: Line): Line | null {
  let known = leadInMemo.get(doc);
  if (!known) leadInMemo.set(doc, (known = new Map()));
  if (known.has(line.index)) return known.get(line.index)!;
  const found = findLeadIn(doc, line);
  known.set(line.index, found);
  return found;
}

/** Lead-ins found so far, by document and line index: many data words share one list. */
const leadInMemo = new WeakMap<DocumentContext, Map<number, Line | null>>();

function findLeadIn(doc: DocumentContext, line: Line): Line | null {
  if (line.kind === 'heading') return null;
  let innermost = line.headings.length ? doc.lines[line.headings[line.headings.length - 1]!]!.level : 0;
  // Whether prose or a heading stands between the line and the line looked at: a title must head the list directly.
  let passedText = false;
  // Whether a line with text stands between the line and the line looked at.
  let seenRow = false;
  // Whether a remark paragraph ("なお、…") was passed.
  let skippedAside = false;
  // A line that is only a list in brackets ("（患者番号、氏名、生年月日）") spells out the sentence right above it.
  const bracketed = line.kind === 'text' && BRACKETED_LINE.test(line.text);
  for (let i = line.index - 1, seen = 0; i >= 0 && seen < LEAD_IN_REACH; i--, seen++) {
    const l = doc.lines[i]!;
    if (l.start < doc.bodyStart) return null;
    if (l.kind === 'blank' || l.kind === 'table') continue;
    // "- 暗号化されたデータには、以下の情報が含まれています:" heads the rows below it.
    if (l.kind === 'bullet') {
      if (LEAD_IN.test(l.text) && /[:。]\s*$/.test(l.text)) return l;
      // A numbered title ("(4) 漏えいのおそれがある個人情報について") heads the rows right below it.
      if (!passedText && NUMBERED_TITLE.test(l.text) && !/。\s*$/.test(l.text) && l.text.trim().length <= TITLE_LINE_MAX && judgeData(l.text)) return l;
      // "- 閲覧可能となった情報" over an indented "  項目:氏名、…": a titled bullet heads the text written under it.
      if (!seenRow && line.kind === 'text' && !/。\s*$/.test(l.text) && l.text.trim().length <= TITLE_LINE_MAX && judgeData(l.text)) return l;
      seenRow = true;
      continue;
    }
    if (l.kind === 'heading') {
      passedText = true;
      seenRow = true;
      // A parent heading with no text of its own before its first sub-heading (「### 【対象件数】474件」 straight over
      // 「#### 【個人情報の種別】」, a print's type sizes setting siblings a level apart) is one more title of the list:
      // a lead-in above it still heads the list.
      if (l.level < innermost) {
        if (!nextHeading(doc, l, true)) return null;
        innermost = l.level;
      }
      // "## 漏洩の可能性のある情報" right above "## ⑴ 社外の情報": an empty section heads its siblings.
      if (l.level === innermost && nextHeading(doc, l) && judgeData(headingText(l, doc.text))) return l;
      continue;
    }
    seenRow = true;
    // Across a remark, only a lead-in that says what happened to the data ("流出またはその可能性のある情報は
    // 以下のとおりです。") reaches the list, not one over the whole release ("下記のとおり、影響範囲の分析…").
    if (LEAD_IN.test(l.text) && /[:。]\s*$/.test(l.text)) return !skippedAside || isDataVerdict(judgeData(l.text)) ? l : null;
    // A note inside the list ("※氏名は漢字のみです。") interrupts it without ending it.
    if (NOTE_LINE.test(l.text) && !passedText) continue;
    // A paragraph right above a table that speaks of the scope at risk ("漏えい可能性のある範囲の詳細が分かりました
    // ので、ご報告いたします。") introduces the table even without 以下.
    if (line.kind === 'table' && !passedText && /。\s*$/.test(l.text) && firstTableRowBelow(doc, l) && TABLE_SCOPE.test(l.text)) {
      const v = judgeData(l.text);
      if (v === 'possible' || v === 'leaked') return l;
    }
    // A paragraph of remarks ("なお、現時点において二次被害は確認されておりません。") between a lead-in and
    // its list comments on the list without ending it.
    if (ASIDE_PARAGRAPH.test(l.text) || (/。\s*$/.test(l.text) && READER_REQUEST_PARAGRAPH.test(l.text) && !LEAD_IN.test(l.text))) {
      skippedAside = true;
      continue;
    }
    // Prose that is not a lead-in ends the search; a short row without a full stop does not.
    if (/。\s*$/.test(l.text)) return bracketed && !passedText && !seenRowBefore(doc, l, line) && isDataVerdict(judgeData(lastSentence(l.text))) ? l : null;
    // A title written as plain text ("(4) 漏えいのおそれがある個人情報について") heads the list like a heading; a reader's question
    // ("SMS配信先の情報は流出しましたか？") claims nothing.
    if (!passedText && l.text.trim().length <= TITLE_LINE_MAX && !QUESTION_HEADING.test(l.text.trim()) && judgeData(l.text)) return l;
    // A sub-title that says nothing ("(1) 取引先様から受託している個人データ", "Ø 保険契約者に関する項目") lets the title above it speak.
    if (l.text.trim().length <= TITLE_LINE_MAX && /^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[①-⑳]|[Ø■□◆◇●○・])/.test(l.text)) continue;
    passedText = true;
  }
  return null;
}

/**
 * A bracketed remark that opens on a topic of its own, bare nouns before は/も: "（暗証番号は含みません）", "（フリガナ、会社名は含みません）".
 * Not a remark on the word itself: "（弊社では保有しておらず…）", "（本件の漏えい対象ではございません）", "（漏えいは確認されておりません）".
 */
const OWN_TOPIC_GLOSS = /[(（](?!漏え?い|漏洩|流出|被害|影響|不正|可能性|おそれ|恐れ|事実|痕跡|形跡|いずれ|すべて|全て)[^()（）。、をにがでのとへやは]{1,12}(?:、[^()（）。、をにがでのとへやは]{1,12}){0,4}(?:は|も)[^()（）。]{1,30}[)）]/g;

/** A line that is only a list in brackets: "（氏名、住所、電話番号等）". */
const BRACKETED_LINE = /^\s*\([^()]{2,120}\)\s*$/;

/** Whether a line with text stands between two lines. */
function seenRowBefore(doc: DocumentContext, above: Line, below: Line): boolean {
  for (let i = above.index + 1; i < below.index; i++) if (doc.lines[i]!.kind !== 'blank') return true;
  return false;
}

/** The last sentence of a paragraph: the one a list below it spells out. */
function lastSentence(text: string): string {
  const parts = text.split(/(?<=。)/).filter((t) => t.trim());
  return parts[parts.length - 1] ?? text;
}

/** A verdict on whether data leaked: possibly, confirmed or exposed. */
function isDataVerdict(v: DataVerdict | null): boolean {
  return v === 'possible' || v === 'leaked' || v === 'exposed';
}

/** A table's separator row: |---|:---:|. */
const TABLE_SEPARATOR = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;
/** How many rows above a cell its header row may stand. */
const HEADER_REACH = 60;

/**
 * The header cell above the cell at `at` in a table: the row right above the table's separator row
 * (Markdown), or the table's first row where it has none (a web page's table), in the same column.
 * Null in the header row itself, or where the columns do not line up.
 */
export function columnHeader(doc: DocumentContext, row: Line, at: number): string | null {
  let headerIndex = -1;
  for (let i = row.index - 1, seen = 0; i >= 0 && seen < HEADER_REACH; i--, seen++) {
    const l = doc.lines[i]!;
    if (l.kind !== 'table') break;
    if (TABLE_SEPARATOR.test(l.text)) {
      headerIndex = i - 1;
      break;
    }
    headerIndex = i;
  }
  if (headerIndex < 0) return null;
  const header = doc.lines[headerIndex]!;
  if (header.kind !== 'table' || TABLE_SEPARATOR.test(header.text)) return null;
  const column = cellsBefore(doc.text.slice(row.start, at));
  const cells = header.text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return column < cells.length ? cells[column]!.trim() : null;
}

/** The column index of a position, from the row's text before it: the | it passed, less the opening one. */
function cellsBefore(rowText: string): number {
  const pipes = rowText.split('|').length - 1;
  return /^\s*\|/.test(rowText) ? pipes - 1 : pipes;
}

/** A paragraph that names what the table below it holds: 範囲, 対象, 項目, 内容. */
const TABLE_SCOPE = /範囲|対象|項目|内容|情報/;

/** The next line with text below a paragraph is a table row. */
function firstTableRowBelow(doc: DocumentContext, paragraph: Line): boolean {
  for (let i = paragraph.index + 1; i < doc.lines.length; i++) {
    const l = doc.lines[i]!;
    if (l.kind === 'blank') continue;
    return l.kind === 'table';
  }
  return false;
}

/** A lead-in clause that only announces what follows: "以下の通りお知らせいたします。", "下記のとおりご報告申し上げます。". */
const ANNOUNCING_LEAD_IN = /^\s*(?:以下|下記|次)(?:の)?(?:とおり|通り|ように)、?(?:お知らせ|ご報告|ご案内|報告|公表)(?:いた|申し上げ|し)/;

/** A verb that closes a clause ("…受け止めており、以下の役員が…", "以下の通りであり、なお…"). */
const LEAD_IN_CLAUSE_BREAK = /(?:ており|ため|ので|ましたが|ですが|ますが|ものの|であり)、/g;

/** The clause of a lead-in sentence that holds "以下の…": what comes before or after it speaks of something else. */
export function leadInClause(sentence: string): string {
  const at = sentence.search(LEAD_IN);
  let from = 0;
  let to = sentence.length;
  for (const m of matchesOf(LEAD_IN_CLAUSE_BREAK, sentence)) {
    if (m.index! + m[0].length <= at) from = m.index! + m[0].length;
    else if (m.index! > at) {
      to = m.index!;
      break;
    }
  }
  return sentence.slice(from, to);
}


/** Verdicts of lead-in and heading lines, by line index. */
export type ContextMemo = Map<number, { verdict: DataVerdict | null; scope: boolean }>;

function contextVerdict(doc: DocumentContext, line: Line, memo: ContextMemo): { verdict: DataVerdict | null; scope: boolean } {
  const known = memo.get(line.index);
  if (known) return known;
  // Only the lead-in sentence itself: "…は以下のとおりです。なお、カード情報はございません。"
  const text = line.kind === 'heading' ? headingText(line, doc.text) : leadInClause(line.text.split(/(?<=。)/).find((t) => LEAD_IN.test(t)) ?? line.text);
  // "### Q2. SMS配信先（エンドユーザー）の情報は流出しましたか？": a reader's yes-no question over its answer claims nothing; the answer
  // says what became of the data ("いいえ。…"). A question of which or what ("今回流出した情報には何が含まれていますか？") takes the leak
  // as given.
  let verdict = YES_NO_QUESTION.test(text) && !WH_QUESTION.test(text) ? null : judgeData(text);
  // "…漏洩の可能性がある方には個別にご連絡をしておりますが、以下に該当する方につきましては、ご連絡ができておりません。": the
  // lead-in's own clause names only whom it lists; the sentence says what became of their data.
  if (verdict === null && line.kind !== 'heading') {
    const whole = line.text.split(/(?<=。)/).find((t) => LEAD_IN.test(t));
    if (whole && whole !== text && /(?:以下|下記)に該当する/.test(text)) verdict = judgeData(whole);
    // "…お客様の情報について、閲覧できる状態になっていたとの報告がありましたので、以下の通りお知らせいたします。": a lead-in whose own
    // clause only announces; the reason it gives says what became of the data listed.
    else if (whole && whole !== text && ANNOUNCING_LEAD_IN.test(text)) verdict = judgeData(whole);
  }
  const result = { verdict, scope: DATA_SCOPE.test(text) };
  memo.set(line.index, result);
  return result;
}

/**
 * The verdict for a data word at [start,end): its own clause first, then its sentence, the lead-in
 * of its list (or its table column's header cell) and its headings from the innermost out. A request to readers ("パスワードの変更を
 * お願いします") says nothing; a kind named only to be set apart ("…以外の") is left out.
 */
export function dataVerdictAt(doc: DocumentContext, start: number, end: number, memo: ContextMemo = new Map()): DataVerdict | null {
  const line = doc.lineAt(start);
  const sentence = sentenceAt(doc, start);
  const sentenceStart = sentence ? sentence.start : line.start;
  // "「ご予約がキャンセルされる可能性があります」というタイトルで…メッセージ": a quoted clause is someone else's words (a mail's
  // title, a notice's name), not what the release says of its data; the word's own quotation stays.
  const sentenceText = maskQuotations(sentence ? sentence.text : line.text, start - sentenceStart, end - sentenceStart);
  const sentenceEnd = sentence ? sentence.end : line.end;
  const after = sentenceText.slice(end - sentenceStart, sentenceEnd - sentenceStart);
  // "氏名、IPアドレス以外に漏えいした事実はない": the listed kinds are the ones that leaked.
  const except = EXCEPT_AFTER.exec(after);
  if (except) {
    const rest = judgeData(after.slice(except[0].length));
    return rest === 'not_leaked' || rest === 'unsure' ? 'leaked' : null;
  }
  if (EXCLUDED_AFTER.test(after) || NOT_DATA_AFTER.test(after) || PROFILE_FIELD_AFTER.test(after) || CONTACT_NUMBER_AFTER.test(after)) return null;
  // "リスト型攻撃とは、…IDとパスワードの組み合わせを用いて…攻撃をいいます": a term explained, not data at risk.
  if (DEFINITION.test(sentenceText)) return null;
  const reset = RESET_SOON_AFTER.exec(after);
  if (reset && !DATA_LEAKED.test(reset[1]!)) return null;
  const changed = CHANGED_SOON_AFTER.exec(after);
  if (changed && !DATA_LEAKED.test(changed[1]!) && !DATA_LEAKED.test(sentence ? doc.text.slice(sentence.start, start) : '')) return null;
  // "### Q：ECサイトに登録している名前や住所は漏洩していますか？": a reader's question names a topic; the answer below says what
  // became of it.
  // So is an FAQ's question set as a line of its own (a printed page's 「Q：…漏洩している可能性はありますか？」).
  if ((line.kind === 'heading' || QUESTION_LINE.test(line.text)) && QUESTION_HEADING.test(line.text)) return null;
  // "|クレジットカードの情報は含まれますか?|クレジットカード情報は含まれておりません。|": the same question in a table's cell or as a
  // sentence of its own.
  if (QUESTION.test(line.kind === 'table' ? cellRest(doc.text.slice(end, line.end)) : after)) return null;
  // "銀行口座番号（暗証番号は含みません）等も一部含まれて", "お名前（フリガナ、会社名は含みません）", "人事関連情報、…（暗証番号は含みません）等も":
  // a bracketed remark with a topic of its own speaks of what it names, not of the words before it; their clause goes on past it.
  const tail = after.includes('は') || after.includes('も') ? after.replace(OWN_TOPIC_GLOSS, '') : after;
  const clause = clauseAfter(tail);
  if (DATA_NOT_HELD.test(clause)) return 'not_leaked';
  // "弊社のお客様の情報が含まれていたかは判明しておりません": whether the data was reached is the open question; nothing is told of it.
  if (WHETHER_UNKNOWN_AFTER.test(clause) && !WH_WORD_BEFORE.test(sentenceText.slice(Math.max(0, start - sentenceStart - WH_REACH), start - sentenceStart))) return null;
  if (ENCRYPTED_NOTE_AFTER.test(clause) && !DATA_LEAKED.test(after) && !DATA_POSSIBLE.test(after)) return null;
  const own = judgeData(clause);
  // "万一…届いた場合は、本文中に記載されたURLを…お願いします": a hypothetical in a request, not data that
  // stood exposed. Credentials typed into a fake screen ("…を入力された場合") count as at risk.
  if (own === 'exposed' && !/入力され/.test(clause) && DATA_REQUEST.test(sentenceText) && !DATA_LEAKED.test(sentenceText)) return null;
  // "万が一、この画面でユーザー名やパスワードを入力された場合は、…変更をお願いします": what the fake screen on the organization's
  // pages took is possibly at risk, though put to readers as a case.
  if (own !== 'not_leaked' && /^[^。、]{0,30}?入力(?:され|して|した)/.test(clause) && TYPED_INTO_SCREEN.test(sentenceText)) return 'possible';
  // "万が一…パスワードを入力された場合は、変更をお願いします": a supposed case put to readers, not data at risk.
  if (DATA_SUPPOSED.test(sentenceText) && DATA_REQUEST.test(sentenceText)) return null;
  if (own && own !== 'unsure') return own;
  // "…情報の一部が滅失または毀損した可能性があります": the clause hedges another event; a heading on a leak above
  // it does not make the data leaked.
  if (!own && clause.search(DATA_OTHER_RISK) >= 0) return null;
  // "漏えいの事実は確認されていないが、漏えいしたおそれがある": the next clause decides.
  if (own === 'unsure') {
    const next = judgeData(tail.slice(clause.length));
    // Only "not confirmed" about this very word: its list's heading does not overrule that.
    return next === 'possible' || next === 'leaked' ? next : null;
  }
  if (DATA_REQUEST.test(sentenceText) && !DATA_LEAKED.test(sentenceText)) return null;
  const at = sentence ? start - sentence.start : 0;
  // "閲覧された可能性があるお客さま情報の項目は、氏名、住所等であり、銀行口座に関わる情報は含まれていない": the topic names what
  // became of the kinds listed as its predicate; a denial later in the sentence speaks of other kinds.
  const topic = LEAK_TOPIC.exec(sentenceText.slice(0, at));
  if (topic) {
    const t = judgeData(sentenceText.slice(0, topic.index + topic[0].length));
    if (t === 'possible' || t === 'leaked' || t === 'exposed') return t;
  }
  const cut = contrastedDenialEnd(sentenceText, at);
  const v = judgeData(ownPart(sentenceText.slice(cut), at - cut));
  if (v && v !== 'unsure') return v;
  // "### クレジットカード情報・銀行口座情報について": a kind a heading names as its topic; the text beneath says what
  // became of it, not the heading above. ("### （２）購入履歴" under a lead-in is an item of the list.)
  if (line.kind === 'heading' && TOPIC_HEADING.test(sentenceText)) return null;
  // "対象となる個人情報　氏名・メールアドレス": a label on the word's own line scopes the words after it.
  if (!v && start >= scopeLabelEnd(doc, line)) return 'exposed';
  // "… (3)対象となる個人情報 会員の氏名、…": the same label opening the word's own part of a run-together line.
  if (!v && ownPartLabelled(sentenceText, at)) return 'exposed';
  // "対象データの内訳は、氏名(100件)、メールアドレス(24件)です": a scope named as the sentence's topic, the kinds its predicate.
  if (!v && SCOPE_TOPIC.test(sentenceText.slice(0, sentence ? start - sentence.start : start - line.start))) return 'exposed';
  // "|対象者|漏えいの可能性がある個人情報|": a table's header cell speaks for the cells below it.
  let scopedByHeader = false;
  if (line.kind === 'table') {
    const header = columnHeader(doc, line, start);
    if (header) {
      const c = judgeData(header);
      if (c && c !== 'unsure') return c;
      scopedByHeader = DATA_SCOPE.test(header);
    }
  }
  // The list's lead-in and headings are judged once per line, however many data words stand below.
  const lead = listLeadIn(doc, line);
  // (Built by a loop: spreads of sometimes-empty arrays made this function bail out when optimized.)
  const contexts: Line[] = lead ? [lead] : [];
  // "漏えいのおそれがあるお客様情報" set as a plain line over its section (a heading a page or a paste left unmarked): it scopes
  // the lines under it as a heading would, prose between them or not.
  const title = titleLineAbove(doc, line);
  if (title && title !== lead) contexts.push(title);
  for (let k = line.headings.length - 1; k >= 0; k--) contexts.push(doc.lines[line.headings[k]!]!);
  let scoped = scopedByHeader;
  for (const l of contexts) {
    const c = contextVerdict(doc, l, memo);
    if (c.verdict && c.verdict !== 'unsure') return c.verdict;
    scoped ||= c.scope;
  }
  // "## ２．漏えいの可能性のある個人情報の項目" … "## （２）通販サイトでの購入履歴": a heading numbered one tier down is an item of
  // the section its number nests it in, though Markdown set both at one level; that section's title or lead-in speaks for it.
  // Lines under such a heading read it the same way.
  const sub = line.kind === 'heading' ? line : line.headings.length ? doc.lines[line.headings[line.headings.length - 1]!]! : null;
  if (sub && !scoped) {
    const c = tieredParentVerdict(doc, sub, memo);
    if (c) return c;
  }
  // "影響範囲" / "対象となる情報": what the attack reached, leakage not established.
  return scoped ? 'exposed' : null;
}

/** How far above a line its section's plain title may stand. */
const TITLE_REACH = 60;
/** A plain line numbered as a section ("２、不正アクセスされた情報", "3. 原因", "第2 …", "＜…＞"): it opens a section of its own. */
const SECTION_PLAIN_TITLE = /^\s*(?:[0-9]{1,2}[、.,]|第[0-9一二三四五六七八九十]{1,2}[\s、]|[<＜〈《])/;
/** A plain line numbered as an item of a section ("(1) …", "①…", "【②OneOffice SPAM Filtering】"): a sub-title under the section's own title. */
const SUB_PLAIN_TITLE = /^\s*[【\[]?(?:\([0-9]{1,2}\)|[①-⑳])/;
/** A title that only says a breakdown follows ("＜内訳＞", "【内訳】"): a sub-title, its section's title is above it. */
const BREAKDOWN_TITLE = /^[<＜〈《【\[(]?(?:内訳|明細)[>＞〉》】\])]?$/;
/** A line that ends as a question ("…流出しましたか?") or announces a notice ("…に関するお知らせ"): no title over a section's data. */
const NOT_A_SECTION_TITLE = /[?？]\s*$|(?:ですか|ますか|でしょうか|お知らせ|お詫び|おわび|ご報告|ご案内|のお願い)\s*[)）>＞]?\s*$/;
/** How a title ends: a noun of data or scope, a topic, or a closing bracket (not a particle or a verb a wrapped line breaks off at). */
const TITLE_END = /(?:情報|データ|項目|範囲|内容|内訳|種類|等|など|について|に関して)\s*$|[)）】\]>＞〉》]\s*$/;

/**
 * Whether a short line stands as a title, not a line of prose a page wrapped ("…お客様の個人情報が漏えいした可能性が" over "あります。"):
 * marked or numbered, ended as a title ends, or standing alone between blank lines, headings and rows.
 */
function standsAsTitle(doc: DocumentContext, l: Line, numbered: string): boolean {
  if (l.kind === 'heading' || titleShaped(numbered)) return true;
  // Alone on its line, a title is still a noun phrase: a line that ends in a predicate ("…の一覧を掲載しています", "…は上記のとおり")
  // is a sentence without its full stop.
  if (PREDICATE_END.test(numbered)) return false;
  const next = doc.lines[l.index + 1];
  return !next || next.kind !== 'text';
}

/** How a sentence ends without its full stop: a polite or plain predicate, or "…のとおり". */
const PREDICATE_END = /(?:ます|ません|です|でした|ている|ていた|てある|ない|[たる]|とおり|通り)\s*$/;

/** A title's English gloss after a slash: "流出した可能性のある個人情報 / Potentially leaked personal information". */
const ENGLISH_GLOSS = /\s*[/／]\s*[A-Za-z][A-Za-z ,.'()-]*$/;
/** How a line a page wrapped mid-clause ends: a particle or a verb's ending ("ホワイトリスト・ブラックリストに登録された"), no title's. */
const WRAPPED_END = /(?:[たるがをにはでとてへや]|から|まで|より)$/;

/**
 * A plain line set as a section's title (not a heading by its marks): short, no full stop or colon, no figure, not a note or a
 * lead-in, not a row of kinds, and marked, numbered or ended as a title ends ("迷惑メール情報", "(2)漏えいしたおそれのある個人情報").
 * A list's lead-in above it speaks for the section only when it points ahead to it.
 */
export function isPlainTitle(doc: DocumentContext, l: Line): boolean {
  if (l.kind !== 'text' && !(l.kind === 'bullet' && SUB_PLAIN_TITLE.test(l.text))) return false;
  const text = l.text.trim();
  if (isProseOrRow(text) || /[0-9][ ]?(?:件|名|人|社|通|台|校)/.test(text) || NOT_A_SECTION_TITLE.test(text) || DATA_KEYWORDS.some((k) => k.pattern.test(text))) return false;
  return titleShaped(text);
}

/** A line too long for a title, ended or broken by a sentence's or a label's mark, a note, a list's lead-in or a figure's row. */
function isProseOrRow(text: string): boolean {
  return text.length > TITLE_LINE_MAX || /[。:]\s*$/.test(text) || text.includes('。') || NOTE_LINE.test(text) || LEAD_IN.test(text) || COUNT_ROW.test(text);
}

/** A line shaped as a title: marked (【…】, ■), numbered as a section or its item, or ended as a title ends (an English gloss aside). */
function titleShaped(numbered: string): boolean {
  return MARKED_TITLE.test(numbered) || SECTION_PLAIN_TITLE.test(numbered) || SUB_PLAIN_TITLE.test(numbered) || TITLE_END.test(numbered.replace(ENGLISH_GLOSS, ''));
}

/** The next line that is not blank (a page may set a blank line between the halves of a wrapped one). */
function nextNonBlank(doc: DocumentContext, l: Line): Line | undefined {
  for (let i = l.index + 1; i < doc.lines.length && i <= l.index + 2; i++) if (doc.lines[i]!.kind !== 'blank') return doc.lines[i];
  return undefined;
}

/** A row that gives a figure: "うち、個人情報が閲覧された可能性のある件数:1件". */
const COUNT_ROW = /^(?:うち|合計|計)|:\s*(?:約|最大|計)?[0-9]/;
/** A title set off by a mark: "【学生情報】", "■…", "◆…". */
const MARKED_TITLE = /^\s*(?:#{1,6}\s*)?[【\[■□◆◇▼▽▶►◎●○]/;
/** A sub-title naming whose data follows: "【2025年7月14日までに当サイトをご利用されたお客様】", "会員の皆様". */
const PARTY_TITLE = /(?:様|さま|方|者|会員|皆様)[)）】\]]?$/;
/**
 * What a plain title must speak of to scope the lines under it, for one reader: data kinds here, a figure's status in
 * countStatus (src/extract/countStatus.ts). The structure — how far up, which lines are sub-titles, prose or rows, which
 * short line ends the search — is the same for both.
 */
export interface TitleReading {
  /** The title this reader wants ("漏えいのおそれがあるお客様情報"): the search ends there. */
  speaks(text: string): boolean;
}

/** The title of data kinds: a line that says what became of data, or names a scope of data ("対象となる情報"). */
export const DATA_TITLE: TitleReading = {
  speaks: (text) => {
    const v = judgeData(text);
    return (v !== null && v !== 'unsure') || DATA_SCOPE.test(text);
  },
};

const titleMemo = new WeakMap<TitleReading, WeakMap<DocumentContext, Map<number, Line | null>>>();

/**
 * The plain line that titles the section a line stands in, within its innermost Markdown heading: a short line with no full stop
 * that speaks of data ("漏えいのおそれがあるお客様情報", "２、不正アクセスされた情報", "【外部流出が確認された個人情報】") — a heading
 * the page did not mark, or marked all at one level. Prose, rows of kinds ("氏名、住所") and sub-titles that say nothing ("(1) 学生
 * 情報", "【教職員等情報】", "項目", "【…をご利用されたお客様】") are passed over; any other short line ("今後の対応", "３、原因") titles a section of its own and ends the
 * search.
 */
export function titleLineAbove(doc: DocumentContext, line: Line, reading: TitleReading = DATA_TITLE): Line | null {
  let byDoc = titleMemo.get(reading);
  if (!byDoc) titleMemo.set(reading, (byDoc = new WeakMap()));
  let known = byDoc.get(doc);
  if (!known) byDoc.set(doc, (known = new Map()));
  if (known.has(line.index)) return known.get(line.index)!;
  let found: Line | null = null;
  // A section's own title ("5．現在の診療状況") is under no title of its own.
  const own = line.kind === 'heading' && SECTION_PLAIN_TITLE.test(line.text.trim());
  // Whether a sub-title was passed: a title found above it must head the sub-items, not be one of them ("(1) 漏えいした情報" over
  // "(3) 経緯及び対応").
  let passedSub = false;
  for (let i = own ? -1 : line.index - 1, seen = 0; i >= 0 && seen < TITLE_REACH; i--, seen++) {
    const l = doc.lines[i]!;
    if (l.start < doc.bodyStart || (l.kind === 'heading' && l.level < 7)) break;
    // (An item number opens a bullet too: "(2) 閲覧された可能性のあるお客様の個人情報" is a sub-title.)
    if (l.kind !== 'text' && l.kind !== 'heading' && !(l.kind === 'bullet' && SUB_PLAIN_TITLE.test(l.text))) continue;
    const text = l.kind === 'heading' ? headingText(l, doc.text) : l.text.trim();
    if (isProseOrRow(text)) continue;
    const numbered = l.kind === 'heading' ? l.text.trim() : text;
    if (NOT_A_SECTION_TITLE.test(text)) {
      if (SECTION_PLAIN_TITLE.test(numbered)) break;
      continue;
    }
    const section = SECTION_PLAIN_TITLE.test(numbered) && !SUB_PLAIN_TITLE.test(numbered);
    // A row that names kinds ("氏名、住所", "クレジットカード情報は含まれておりません") is an item of a list or a remark, not its title.
    if (DATA_KEYWORDS.some((k) => k.pattern.test(text))) {
      if (section) break;
      continue;
    }
    const sub = SUB_PLAIN_TITLE.test(numbered) || BREAKDOWN_TITLE.test(text);
    if (reading.speaks(text) && standsAsTitle(doc, l, numbered)) {
      if (!(sub && passedSub)) found = l;
      break;
    }
    // A sub-title ("(1) 学生情報", "【教職員等情報】") lets the title above it speak; any other short line ("今後の対応", "３、原因")
    // titles a section of its own.
    if (sub) {
      passedSub = true;
      continue;
    }
    if (ITEM_LABEL.test(text) || (!section && (/情報|データ/.test(text) || (MARKED_TITLE.test(numbered) && PARTY_TITLE.test(text))))) continue;
    // A line a page wrapped mid-clause ("ホワイトリスト・ブラックリストに登録された" over "メールアドレスまたはドメイン名 : 892 件")
    // is prose, not a title of its own.
    if (l.kind === 'text' && !section && WRAPPED_END.test(text) && nextNonBlank(doc, l)?.kind === 'text') continue;
    break;
  }
  known.set(line.index, found);
  return found;
}

/** How far before a data word a question word ("どの…") may open its clause. */
const WH_REACH = 40;

/** A quoted clause: 「…」 or 『…』 of some length on one line. */
const QUOTATION = /「[^「」\n]{6,120}」|『[^『』\n]{6,120}』/g;

/** The text with each quotation that does not hold [from, to) blanked inside its brackets, its length kept. */
export function maskQuotations(text: string, from: number, to: number): string {
  if (!text.includes('「') && !text.includes('『')) return text;
  return text.replace(QUOTATION, (q: string, i: number) => (i < to && i + q.length > from ? q : q[0] + '＿'.repeat(q.length - 2) + q[q.length - 1]));
}

/** A heading numbered as a sub-item: "（２）…", "(2)…", "②…". */
const SUB_NUMBERED_HEADING = /^\s*(?:\(\d{1,2}\)|[①-⑳])/;
/** A heading numbered as a section: "２．…", "2. …", "第2 …". */
const SECTION_NUMBERED_HEADING = /^\s*(?:\d{1,2}[.．]|第\d{1,2}[章節\s])/;

/** A heading's title with its number kept (headingText drops a leading ① or ■ marker): "### ②従業員" → "②従業員". */
function numberedTitle(heading: Line): string {
  return heading.text.replace(/^\s*#{1,6}\s*/, '');
}

/** The number of a sub-numbered heading with its style: "(2)" → ( and 2, "②" → ① and 2. */
function subItemKey(title: string): { style: string; n: number } | null {
  const m = /^\s*(?:\((\d{1,2})\)|([①-⑳]))/.exec(title);
  if (!m) return null;
  return m[1] ? { style: '(', n: Number(m[1]) } : { style: '①', n: m[2]!.charCodeAt(0) - 0x2460 + 1 };
}

/**
 * The verdict of the section a sub-numbered heading nests in by its number: the nearest heading above at the same level
 * numbered as a section, through sibling sub-items only (its title, or a lead-in under it before the first sub-item); or,
 * where the item before it ("#### ①…" above "### ②…") was set one level deeper, the heading that item stands under.
 */
function tieredParentVerdict(doc: DocumentContext, heading: Line, memo: ContextMemo): DataVerdict | null {
  const text = numberedTitle(heading);
  const key = subItemKey(text);
  if (!key) return BRACKETED_TITLE.test(text) ? bracketedItemVerdict(doc, heading, memo) : null;
  let lead: Line | null = null;
  for (let i = heading.index - 1, seen = 0; i >= 0 && seen < LEAD_IN_REACH; i--, seen++) {
    const l = doc.lines[i]!;
    if (l.start < doc.bodyStart) return null;
    if (l.kind === 'text' && LEAD_IN.test(l.text) && /[:。]\s*$/.test(l.text)) lead = l;
    if (l.kind !== 'heading') continue;
    if (l.level < heading.level) return null;
    const title = numberedTitle(l);
    if (l.level > heading.level) {
      const before = subItemKey(title);
      if (before && before.style === key.style && before.n === key.n - 1 && l.headings.length) {
        const parent = doc.lines[l.headings[l.headings.length - 1]!]!;
        if (parent.level !== heading.level) return null;
        const v = contextVerdict(doc, parent, memo).verdict;
        return v === 'possible' || v === 'leaked' || v === 'exposed' ? v : null;
      }
      continue;
    }
    if (SUB_NUMBERED_HEADING.test(title)) {
      lead = null;
      continue;
    }
    if (!SECTION_NUMBERED_HEADING.test(title)) return null;
    for (const c of lead ? [l, lead] : [l]) {
      const v = contextVerdict(doc, c, memo).verdict;
      if (v === 'possible' || v === 'leaked' || v === 'exposed') return v;
    }
    return null;
  }
  return null;
}

/** A heading's title set in brackets, no number of its own: 「【2025年7月14日までに当サイトをご利用されたお客様】」「≪対象≫」. */
const BRACKETED_TITLE = /^\s*[【［\[〔《≪]/;
/** A section's number: "2. …" → 2. */
const SECTION_NUMBER = /^\s*(\d{1,2})[.．]/;

/**
 * The verdict over a bracketed title that numbering nests, though Markdown set it at its siblings' level (a page that sets
 * every heading alike: 「2. 個人情報漏洩状況」「(1)原因」「(2)…漏洩の可能性があるお客様」「【…のお客様】」「3. お客様へのお願い」):
 * after the section's sub-items and before the section numbered next, it stands in that section, under its last item —
 * that item's verdict, else the section's. Null when no sub-item stands between it and its section's title, or the next
 * section's number does not follow it (the numbering says nothing then).
 */
function bracketedItemVerdict(doc: DocumentContext, heading: Line, memo: ContextMemo): DataVerdict | null {
  let item: Line | null = null;
  let section: Line | null = null;
  for (let i = heading.index - 1, seen = 0; i >= 0 && seen < LEAD_IN_REACH && section === null; i--, seen++) {
    const l = doc.lines[i]!;
    if (l.start < doc.bodyStart || (l.kind === 'heading' && l.level < heading.level)) return null;
    if (l.kind !== 'heading' || l.level > heading.level) continue;
    const title = numberedTitle(l);
    if (SUB_NUMBERED_HEADING.test(title)) item ??= l;
    else if (SECTION_NUMBER.test(title)) section = l;
    else if (!BRACKETED_TITLE.test(title)) return null;
  }
  if (item === null || section === null) return null;
  const n = Number(SECTION_NUMBER.exec(numberedTitle(section))![1]);
  // The section numbered next, after the bracketed titles and items that follow this one: the numbering closes around it.
  let closed = false;
  for (let i = heading.index + 1, seen = 0; i < doc.lines.length && seen < LEAD_IN_REACH * 2; i++, seen++) {
    const l = doc.lines[i]!;
    if (l.kind !== 'heading' || l.level > heading.level) continue;
    const title = numberedTitle(l);
    if (l.level === heading.level && (BRACKETED_TITLE.test(title) || SUB_NUMBERED_HEADING.test(title))) continue;
    closed = l.level === heading.level && Number(SECTION_NUMBER.exec(title)?.[1]) === n + 1;
    break;
  }
  if (!closed) return null;
  for (const c of [item, section]) {
    const v = contextVerdict(doc, c, memo).verdict;
    if (v === 'possible' || v === 'leaked' || v === 'exposed') return v;
  }
  return null;
}

/**
 * The rest of a data word's clause: up to a conjunction or a full stop. A subject marker with a comma right after the word
 * ("…氏名が、第三者に取得された可能性") is no conjunction: the clause runs on to its predicate.
 */
function clauseAfter(after: string): string {
  const subject = SUBJECT_COMMA_AFTER.exec(after);
  const from = subject ? subject[0].length : 0;
  const end = DATA_CLAUSE_END.exec(from ? after.slice(from) : after);
  return end ? after.slice(0, from + end.index + end[0].length) : after;
}

/** The topic of a sentence whose predicate lists kinds: "…情報の項目は、", "…データは" (the kinds follow without a full stop or clause break). */
const LEAK_TOPIC = /(?:情報|データ|項目|内容|内訳)(?:は|としては)、?(?=[^。]{0,80}$)(?![^。]*(?:ましたが|ですが|ものの|が、))/;
/** A question asked to be answered yes or no: "…流出しましたか？", "…含まれますか". (Not a request: "…を教えてください".) */
const YES_NO_QUESTION = /(?:ますか|ですか|でしょうか|ましたか|たか)\s*[?？]?\s*$/;
/** A question word: "何", "どの", "どこ", "どのような", "いつ", "誰", "どれ". */
const WH_QUESTION = /何|どの|どこ|どんな|いつ|誰|どれ|いずれ/;
/** A heading that asks a reader's question: "…は漏洩していますか？", "…を確認したい", "…を教えてください". */
const QUESTION_HEADING = /(?:[?？]|ですか|ますか|でしょうか|したい|ください)\s*$/;
/** A sentence or cell that ends as a question: "…は含まれますか?", "…漏洩している可能性はありますか?". */
const QUESTION = /(?:ですか|ますか|でしょうか)\s*[?？]?\s*$/;

/** The rest of a table cell after a position: up to the next "|". */
function cellRest(rowRest: string): string {
  const at = rowRest.indexOf('|');
  return at < 0 ? rowRest : rowRest.slice(0, at);
}

/** A section number in brackets opening a line: 「(4)」「（４）」 (folded). */
const BRACKET_NUMBER = /^\s*\([0-9]{1,2}\)\s*/;

/**
 * A line that titles a numbered section, as a page printed to PDF leaves it (no heading mark): 「(4)個人情報・取引先等
 * 情報の外部流出」 — a bracketed number, a short phrase with no sentence in it, standing alone (no item of a list
 * beside it) over text.
 */
function isSectionTitleLine(doc: DocumentContext, line: Line): boolean {
  if (line.kind !== 'bullet') return false;
  const text = line.text.trim();
  if (!BRACKET_NUMBER.test(text) || text.length > 40 || /[。:：]/.test(text)) return false;
  const neighbour = (step: number) => {
    for (let i = line.index + step; i >= 0 && i < doc.lines.length; i += step) if (doc.lines[i]!.kind !== 'blank') return doc.lines[i]!;
    return null;
  };
  const before = neighbour(-1);
  const after = neighbour(1);
  return after !== null && after.kind === 'text' && (before === null || before.kind !== 'bullet');
}

/** An FAQ's question line: 「Q：…」「Q1. …」「質問：…」. */
const QUESTION_LINE = /^\s*(?:[-・]\s*)?(?:Q|Ｑ|質問|問)[0-9０-９]{0,3}\s*[:：.．)）]/;
/** A heading that names its section's topic: "…について", "…に関して". */
const TOPIC_HEADING = /(?:について|につきまして|に関して)\s*[)）】]?\s*$/;

/** A label at the start of a line, up to its colon, space or bracket: "対象となる情報:", "対象となる個人情報　", "【対象となる情報】". */
const LINE_LABEL = /^(?:[-・*]\s?)?([^。:\n]{2,30}?)(?::|　|[ \t]|】)/;
/** A scope as the topic of a sentence, right before its items: "対象となる情報は、", "対象データの内訳は". */
const SCOPE_TOPIC = new RegExp(`(?:${DATA_SCOPE.source})(?:の(?:内訳|内容|詳細|項目))?(?:は|としては)、?[^。]{0,80}$`);

/** A label that is only "items" ("【項目】", "対象項目:"): in a release on an incident, the items of the data it concerns. */
const ITEM_LABEL = /^[【\[(]?(?:対象|データ|情報の?)?項目$/;
const scopeLabelMemo = new WeakMap<DocumentContext, Map<number, number>>();

/** Where a scope label on the line ends (the words after it are what the attack reached); Infinity when there is none. */
function scopeLabelEnd(doc: DocumentContext, line: Line): number {
  let known = scopeLabelMemo.get(doc);
  if (!known) scopeLabelMemo.set(doc, (known = new Map()));
  let end = known.get(line.index);
  if (end === undefined) {
    const m = LINE_LABEL.exec(doc.text.slice(line.start, line.start + 40));
    end = m && (DATA_SCOPE.test(m[1]!) || ITEM_LABEL.test(m[1]!)) ? line.start + m[0].length : Infinity;
    known.set(line.index, end);
  }
  return end;
}

/** Whether the word at `at` stands after a scope label that opens its own part of the sentence ("(3)対象となる個人情報 会員の氏名"). */
function ownPartLabelled(sentence: string, at: number): boolean {
  if (!sentence.includes('(')) return false;
  const part = ownPart(sentence, at);
  const from = sentence.indexOf(part);
  const m = LINE_LABEL.exec(part.replace(/^\s*\(\d{1,2}\)/, (x) => ' '.repeat(x.length)).trimStart());
  if (!m || !DATA_SCOPE.test(m[1]!)) return false;
  const labelEnd = part.length - part.replace(/^\s*\(\d{1,2}\)\s*/, '').length + m[0].length;
  return at >= from + labelEnd;
}

/** A new statement inside one sentence ("…電話番号等なお、マイナンバーは含まれておりません", "…有効期限※セキュリティコードは保持しておりません"). */
// An item number inside a line (" (3)対象となる個人情報 …", a list run together when the page was flattened) starts a new statement too.
const ASIDE = /なお、|また、|※|\s\(\d{1,2}\)(?=\S)/g;

/** The part of a sentence that speaks of the word at `at`: not an aside begun before or after it. */
export function ownPart(sentence: string, at: number): string {
  let from = 0;
  let to = sentence.length;
  for (const m of matchesOf(ASIDE, sentence)) {
    if (m.index! + m[0].length <= at) from = m.index! + m[0].length;
    else if (m.index! >= at) {
      to = m.index!;
      break;
    }
  }
  const part = sentence.slice(from, to);
  return part.includes(')') ? withoutBracketedAsides(part, at - from) : part;
}

/**
 * A clause that denies data of its own topic and turns on a contrast ("基本的に氏名・住所等の情報は含まれておりませんが、", "クレジット
 * カード情報は保持しておりませんので…ものの、"): its topic marked by は or も, its predicate a denial, its end a contrastive conjunction.
 */
const CONTRASTED_DENIAL = /(?:は|も)[^。]{0,40}?(?:ません|ない|ず)(?:が|けれども|ものの)、/g;
/** The topic of such a denial is data: a kind's word or information named as a whole ("…住所等の情報", "クレジットカード情報"). */
const DENIED_DATA_TOPIC = /(?:情報|データ|等|など)$/;
const KIND_AT_END = DATA_KEYWORDS.map(({ pattern }) => new RegExp(`(?:${pattern.source})$`, pattern.flags.replace('g', '')));

/**
 * Where the clause of the word at `at` begins after a denial of another topic turned by a contrast ("…住所等の情報は含まれておりません
 * が、ごく一部フリーコメントに氏名等をご記入されているお客さまがいらっしゃいました"): the word's clause is no longer under that denial —
 * its own words and the scope above it decide. 0 when no such denial stands before the word.
 */
function contrastedDenialEnd(sentence: string, at: number): number {
  if (!sentence.includes('、')) return 0;
  let cut = 0;
  for (const m of matchesOf(CONTRASTED_DENIAL, sentence)) {
    const end = m.index! + m[0].length;
    if (end > at) break;
    const topic = sentence.slice(Math.max(cut, m.index! - 24), m.index);
    if (!DENIED_DATA_TOPIC.test(topic) && !KIND_AT_END.some((p) => p.test(topic))) continue;
    if (judgeData(sentence.slice(cut, end)) === 'not_leaked') cut = end;
  }
  return cut;
}

/** A bracketed remark with no bracket inside: "(クレジットカード情報は含まれません)". */
const BRACKETED_ASIDE = /\([^()]*\)/g;
/** The tail of a bracket opened in the sentence before (split at its full stop): "…クレジットカード情報は含まれません)、". */
const OPEN_TAIL = /^[^()]*\)/;

/**
 * A sentence without the bracketed remarks that do not hold the word at `at` ("支払方法(…クレジットカード情報は含まれません)、
 * …メッセージ履歴"): a denial in brackets speaks of what it names, not of the items listed around it.
 */
function withoutBracketedAsides(text: string, at: number): string {
  let out = text;
  const tail = OPEN_TAIL.exec(text);
  let cut = 0;
  if (tail && at >= tail[0].length) {
    out = text.slice(tail[0].length);
    cut = tail[0].length;
  }
  const own = at - cut;
  return out.replace(BRACKETED_ASIDE, (m, offset: number) => (own >= offset && own < offset + m.length ? m : ''));
}

/**
 * Data kinds said to be leaked, possibly leaked or exposed, and those confirmed not leaked
 * (notLeaked). Information named only as a whole ("個人情報の一部") makes the kind "other" when
 * no specific kind is at risk.
 */
export const dataTypesExtractor: Extractor = {
  id: 'dataTypes',
  extract(doc) {
    const out: Findings['dataTypes'] = [];
    const body = doc.text.slice(doc.bodyStart);
    // Spans already read as a specific kind: an "other" word inside one is not a second kind
    // (marked per character once a kind is read: most releases name few, and some none).
    let taken: Uint8Array | null = null;
    const memo: ContextMemo = new Map();
    // Per line, whether it is only a linked notice's title (a line naming many kinds is judged once, not once a kind).
    const titleLines = new Map<number, boolean>();
    // Most kinds are not named in any one release: their patterns are not run over it.
    const literals = literalFilterOf(doc);
    // "氏　名", "ロ グイン ID": a word spaced out letter by letter (a form's table cell, a PDF's letter-spacing) read as written.
    const spaced = letterSpacedWords(body);
    for (const { type, pattern } of DATA_KEYWORDS) {
      const found = literals.matchesOf(pattern, body);
      const words: { index: number; word: string; length: number }[] = [];
      if (found !== null) for (const m of found) words.push({ index: m.index!, word: m[0], length: m[0].length });
      if (spaced !== null) for (const w of spaced.matches(pattern)) words.push(w);
      for (const m of words) {
        const start = doc.bodyStart + m.index;
        const end = start + m.length;
        // "登録情報（氏名、住所）": the header of a list is not itself a kind; "その他の情報：応援対象タレントの選択情報" is, where no
        // listed kind follows it on its line (its items are of no kind of their own).
        if (type === 'other' && LIST_HEADER_AFTER.test(doc.text.slice(end, end + 4)) && !otherKindsHeader(doc, m.word, end)) continue;
        if (type === 'other' && taken !== null && anyMarked(taken, m.index, m.index + m.length)) continue;
        // "「メール情報漏えいの可能性に関するお知らせ」につきまして": a notice's title, not what it says.
        if (QUOTED_TITLE_AFTER.test(doc.text.slice(end, end + 48))) continue;
        // "メール情報漏えいの可能性に関するお知らせ" alone on a text line: the title of a linked notice, someone else's release or an
        // earlier one, not what this one says (as for information named as a whole below).
        if (linkedTitleLine(doc, start, titleLines)) continue;
        // "外部アプリ「書類上手/見積・請求書＋invoice」", "ウェブサイト『「映像のまち・かわさき」推進フォーラム』": a name, not data.
        if (insideQuotedName(doc, start, end)) continue;
        // "「個人情報が流出した」という内容のメール": the words of a message someone sent (a scam's, a fake notice's), not the release's.
        if (insideQuotedMessage(doc, start, end)) continue;
        // "…ID・パスワードが窃取され、アカウントが乗っ取られたことが原因": the organization's credentials were the way in.
        if ((type === 'password' || type === 'login_id') && CREDENTIALS_AS_MEANS.test(sentenceAt(doc, start)?.text ?? '')) continue;
        const verdict = dataVerdictAt(doc, start, end, memo);
        if (!verdict || verdict === 'unsure') continue;
        (taken ??= new Uint8Array(body.length)).fill(1, m.index, m.index + m.length);
        push(out, doc, cardMember(doc, type, m.word, start) ? 'credit_card' : type, verdict, start, end, 'keyword');
      }
    }
    // "氏名、メールアドレス、年収・資産情報": an item of a list whose other items are kinds at risk is data too, of no named kind.
    if (out.some((f) => f.value.leaked) && !out.some((f) => f.value.leaked && f.value.type === 'other')) {
      const item = otherListItem(doc, out, memo);
      if (item) push(out, doc, 'other', item.verdict, item.start, item.end, 'listItem');
    }
    if (!out.some((f) => f.value.leaked)) {
      // One list built by plain loops (spreads of arrays that are sometimes empty made the
      // optimized extractor bail out and be compiled again).
      const wholes: { m: RegExpExecArray; part: boolean; bare: boolean; subject?: boolean }[] = [];
      // Data as the subject of a leak is read like a part of what a system held (said to have leaked, or possibly) and, like
      // bare 情報, not in advice to readers.
      for (const m of matchesOf(globalForm(LEAK_SUBJECT_DATA), body)) wholes.push({ m, part: true, bare: false, subject: true });
      for (const m of matchesOf(globalForm(UMBRELLA_DATA), body)) wholes.push({ m, part: false, bare: false });
      for (const m of matchesOf(globalForm(PART_OF_DATA), body)) wholes.push({ m, part: true, bare: false });
      for (const m of matchesOf(globalForm(BARE_DATA), body)) wholes.push({ m, part: false, bare: true });
      wholes.sort((a, b) => a.m.index! - b.m.index!);
      for (const { m, part, bare, subject } of wholes) {
        const start = doc.bodyStart + m.index!;
        const end = start + m[0].length;
        if (LIST_HEADER_AFTER.test(doc.text.slice(end, end + 4))) continue;
        // A heading ("## 個人情報の流出") names the topic of its section, not what leaked; so does a numbered section's
        // title printed as a line of its own (a PDF keeps no heading: 「（４）個人情報・取引先等情報の外部流出」 over its text).
        if (doc.lineAt(start).kind === 'heading' || isSectionTitleLine(doc, doc.lineAt(start))) continue;
        // The title of a linked notice ("…お客様情報の漏えいについて") reports someone else's release.
        const sentence = sentenceAt(doc, start);
        const line = doc.lineAt(start);
        if (sentence && sentence.end >= line.end - 2 && /について\s*$/.test(sentence.text)) continue;
        if (!line.text.includes('。') && LINKED_TITLE_LINE.test(line.text)) continue;
        if (QUOTED_TITLE_AFTER.test(doc.text.slice(end, end + 48))) continue;
        if (insideQuotedMessage(doc, start, end)) continue;
        let verdict = dataVerdictAt(doc, start, end, memo);
        // "流出情報が悪用される可能性を踏まえ": the noun itself says the data leaked, whatever the clause hedges after it.
        if (!verdict && LEAKED_DATA_NOUN.test(m[0])) {
          const said = judgeData(doc.text.slice(end, sentence ? sentence.end : line.end));
          if (said !== 'not_leaked' && said !== 'unsure') verdict = m[0].includes('可能性') ? 'possible' : 'leaked';
        }
        if (!verdict || verdict === 'unsure' || verdict === 'not_leaked') continue;
        // "…当社に関連するとみられる情報が掲載されていることを確認": data posted where a leak is published (a leak site, the internet) leaked.
        if (subject && verdict === 'exposed' && LEAK_SITE.test(sentence?.text ?? '')) verdict = 'leaked';
        if (part && verdict === 'exposed') continue;
        if (subject && DATA_REQUEST.test(sentence?.text ?? '')) continue;
        // "…企業情報及び個人情報の一部が暗号化されていることを認識": encrypted by ransomware, not said to be seen or taken.
        if (verdict === 'exposed' && /暗号化/.test(sentence?.text ?? '')) continue;
        // Bare "情報" is loose: only a possible leak said outright, not a heading, advice to readers or an item still to be found out.
        if (bare && (verdict !== 'possible' || doc.lineAt(start).kind === 'heading' || DATA_REQUEST.test(sentence?.text ?? '') || LEAK_POSSIBILITY_AS_ITEM_AFTER.test(doc.text.slice(end, end + 40)))) continue;
        push(out, doc, 'other', verdict, start, end, bare ? 'bare' : part ? 'part' : 'umbrella');
        break;
      }
    }
    // "クレジットカードでお支払いされたお客様におかれましては、ご利用明細をご確認ください": readers asked to check their card
    // statements, so card data is possibly at risk (the gold agrees in every release that asks) — unless the release already
    // says what became of card data.
    if (body.includes('クレジットカード') && !out.some((f) => f.value.type === 'credit_card')) {
      for (const s of doc.bodySentences) {
        const m = s.text.includes('確認') ? CARD_STATEMENT_CHECK.exec(s.text) : null;
        if (!m) continue;
        push(out, doc, 'credit_card', 'possible', s.start + m.index, s.start + m.index + 'クレジットカード'.length, 'statement');
        break;
      }
    }
    // "【続報】…西友従業員の個人情報漏洩について" over a body that names no kind at risk and says nothing of a leak (a closing notice, a
    // hotline's hours): the title heads the whole release, so the personal information it says leaked, or may have, is of no named
    // kind. A kind the body only denies ("クレジットカード番号やパスワードをお聞きすることは一切ございません") says nothing of it.
    if (!out.some((f) => f.value.leaked)) {
      const title = doc.overview?.title;
      const m = title ? TITLE_PERSONAL_LEAK.exec(doc.text.slice(title.start, title.end)) : null;
      if (title && m && !doc.bodySentences.some((s) => LEAK_WORD.test(s.text))) {
        const verdict = judgeData(doc.text.slice(title.start + m.index, title.end));
        if (verdict === 'possible' || verdict === 'leaked') push(out, doc, 'other', verdict, title.start + m.index, title.start + m.index + '個人情報'.length, 'title');
      }
    }
    // "調査の結果、情報流出は発生しなかったと判断いたしました": the kinds feared or stored are no longer at risk; a leak said
    // outright still stands. (Not a denial of named kinds: "住所、メールアドレスについては、漏えいがなかった".)
    // (Not a denial scoped to what lies outside the incident: "…以外のシステムにおいては、…情報漏えいはないことを確認しています".)
    if (doc.bodySentences.some((s) => NO_LEAK_CONCLUSION.test(s.text) && !LEAK_LEFT_OPEN.test(s.text) && !s.text.includes('以外') && !DATA_KEYWORDS.some((k) => k.pattern.test(s.text)))) {
      return { dataTypes: out.filter((f) => !/\.(?:possible|exposed)$/.test(f.ruleId)).sort((a, b) => a.at - b.at) };
    }
    return { dataTypes: out.sort((a, b) => a.at - b.at) };
  },
};

/** A figure closing a list row: ":488件", "・・・101名分", "(692件)". */
const ROW_FIGURE = /(?:\s*[:・…]+\s*|\s*\(\s*)(?:約|最大|計)?[0-9][0-9,]*\s*(?:件|名|人|社)(?:分)?\s*\)?\s*$/;
/** The mark opening a list row: a bullet or an item number. */
const ROW_MARKER = /^\s*(?:[-*+・•●○◦▪‣■□◆◇Ø]|\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳])\s*/;
/** A note opened inside a row: ※ followed by words, not a footnote's marker ("(※)", "※1"). */
const NOTE_IN_ROW = /(?<!\()※\s?(?=[^\s0-9)])/;
/** A bracketed gloss or a quotation mark inside a row: kept inside the item it glosses. */
const ROW_GLOSS = /\([^()\n]*\)|[「」『』\[\]]/g;
const GLOSS_MARK = '\ue000';
/** How long a list item may be, and an item of a list parted by spaces only. */
const ITEM_MAX = 24;
/** An item shorter names too little to stand alone ("口座番号及び名義": the account's name). */
const ITEM_MIN = 3;
const SPACED_ITEM_MAX = 12;
/** The marks that part items (a space only where no other mark does). */
const ITEM_MARK = /[、,・/]/;
/** A particle that ties an item into a clause ("学園ネットワークへ不正に侵入", "解読は困難"): prose, not an item ("同意の有無" is one). */
const CLAUSE_PARTICLE = /[をがはにへでともや](?!の)/;

/**
 * The first item of a list at risk that names no kind ("年収・資産情報", "- 生活保護受給の有無:488件"): a list is a line without a
 * full stop that holds a kind at risk, or a run of bullet rows one of which does. Each item is judged like a kind at its place; an
 * item inside a kind's words ("回答者 ID"), a party ("当社従業員"), a scope word or a prose fragment is none.
 */
function otherListItem(doc: DocumentContext, out: Findings['dataTypes'], memo: ContextMemo): { start: number; end: number; verdict: DataVerdict } | null {
  const rows = new Set<number>();
  for (const f of out) {
    if (!f.value.leaked || !f.ruleId.startsWith('dataTypes.keyword.')) continue;
    const line = doc.lineAt(f.at);
    if (line.kind !== 'bullet' && line.kind !== 'text') continue;
    rows.add(line.index);
    if (line.kind !== 'bullet') continue;
    for (const step of [-1, 1]) {
      for (let j = line.index + step; j >= 0 && j < doc.lines.length; j += step) {
        const l = doc.lines[j]!;
        if (l.kind === 'blank') continue;
        if (l.kind !== 'bullet') break;
        rows.add(j);
      }
    }
  }
  for (const i of [...rows].sort((a, b) => a - b)) {
    const line = doc.lines[i]!;
    if (line.start < doc.bodyStart || line.text.includes('。') || NOTE_LINE.test(line.text)) continue;
    const item = otherItemOfRow(doc, line, memo);
    if (item) return item;
  }
  // "|従業員情報|氏名、住所、年齢、最終学歴|591件|": a table's cell that holds a kind at risk is a list of its own, its items parted by
  // marks or by line breaks ("・差出人メールアドレス<br/>・メールサイズ"); a cell of prose (a sentence) is not.
  for (const cell of tableCells(doc, out)) {
    const item = otherItemOfList(doc, cell.text, cell.start, false, memo);
    if (item) return item;
  }
  // "…個人情報(氏名、住所、郵便番号、電話番号、メールアドレス、領収書の宛名、但し書き)です。": a list set inside a sentence is a list
  // too — the run of items from its first kind at risk, through the items that follow its last one.
  for (const run of sentenceLists(doc, out)) {
    const item = otherItemOfList(doc, run.text, run.start, true, memo);
    if (item) return item;
  }
  return null;
}

/** A line break inside a table's cell ("<br/>"): it parts items as a mark does. */
const CELL_BREAK = /<br\s?\/?>/gi;

/** The cells of table rows that hold a kind at risk and no sentence, each once, line breaks read as marks. */
function tableCells(doc: DocumentContext, out: Findings['dataTypes']): { start: number; text: string }[] {
  const cells = new Map<number, string>();
  for (const f of out) {
    if (!f.value.leaked || !f.ruleId.startsWith('dataTypes.keyword.')) continue;
    const line = doc.lineAt(f.at);
    if (line.kind !== 'table' || line.start < doc.bodyStart || TABLE_SEPARATOR.test(line.text)) continue;
    const from = doc.text.lastIndexOf('|', f.at - 1) + 1;
    const close = doc.text.indexOf('|', f.at);
    const to = close < 0 || close > line.end ? line.end : close;
    if (from <= line.start || cells.has(from)) continue;
    const text = doc.text.slice(from, to);
    if (text.includes('。')) continue;
    cells.set(from, text.replace(CELL_BREAK, (m) => '、' + ' '.repeat(m.length - 1)));
  }
  return [...cells].sort((a, b) => a[0] - b[0]).map(([start, text]) => ({ start, text }));
}

/** After a sentence's last kind: the items that go on its list, each parted by a mark. */
const RUN_TAIL = /^(?:[、,・/][^、,・/。()\n]{1,24})*/;

/** The runs of items inside sentences (of lines with a full stop) that name two kinds at risk or more. */
function sentenceLists(doc: DocumentContext, out: Findings['dataTypes']): { start: number; text: string }[] {
  const bySentence = new Map<number, { start: number; end: number; n: number; sentenceEnd: number }>();
  for (const f of [...out].sort((a, b) => a.at - b.at)) {
    if (!f.value.leaked || !f.ruleId.startsWith('dataTypes.keyword.') || !f.evidence) continue;
    const line = doc.lineAt(f.at);
    if ((line.kind !== 'bullet' && line.kind !== 'text') || !line.text.includes('。') || line.start < doc.bodyStart) continue;
    const sentence = sentenceAt(doc, f.at);
    if (!sentence) continue;
    const end = normalizedEnds.get(f);
    if (end === undefined) continue;
    const run = bySentence.get(sentence.start);
    if (!run) bySentence.set(sentence.start, { start: f.at, end, n: 1, sentenceEnd: sentence.end });
    else if (f.at >= run.end) {
      run.end = end;
      run.n++;
    }
  }
  const runs: { start: number; text: string }[] = [];
  for (const run of bySentence.values()) {
    if (run.n < 2) continue;
    const tail = RUN_TAIL.exec(doc.text.slice(run.end, run.sentenceEnd))![0];
    runs.push({ start: run.start, text: doc.text.slice(run.start, run.end + tail.length) });
  }
  return runs.sort((a, b) => a.start - b.start);
}

/** The first item of a list row that names no kind and is at risk where it stands. */
function otherItemOfRow(doc: DocumentContext, line: Line, memo: ContextMemo): { start: number; end: number; verdict: DataVerdict } | null {
  return otherItemOfList(doc, line.text, line.start, line.kind === 'text', memo);
}

/**
 * The first item of a list that names no kind and is at risk where it stands: a row's text (`text` at `base`), or the run of
 * items inside a sentence (`prose`: a text line must part two items at least).
 */
function otherItemOfList(doc: DocumentContext, text: string, base: number, prose: boolean, memo: ContextMemo): { start: number; end: number; verdict: DataVerdict } | null {
  let from = ROW_MARKER.exec(text)?.[0].length ?? 0;
  let row = text.slice(from);
  // "…氏名、連絡先情報(1先)※ 個別の事務手続き対応における作業を起因とするもの": a note mark followed by words opens a note; the list
  // ends before it. A footnote's marker ("カテゴリー別問合せ実績の有無(※)", "氏名※1") ties the item to its note and stays.
  const note = NOTE_IN_ROW.exec(row);
  if (note) row = row.slice(0, note.index);
  const figure = ROW_FIGURE.exec(row);
  if (figure) row = row.slice(0, figure.index);
  // "対象項目: 氏名、…", "個人情報の範囲: …": a label says what its items are; any other label ("原因: …") is no list of data.
  const colon = row.indexOf(':');
  if (colon >= 0) {
    const label = row.slice(0, colon).trim();
    if (!DATA_SCOPE.test(label) && !ITEM_LABEL.test(label) && !isDataVerdict(judgeData(label))) return null;
    from += colon + 1;
    row = row.slice(colon + 1);
  }
  // A row that is one item, or items parted by marks, is a list; prose is not (a text line must part two items at least).
  const spaced = !ITEM_MARK.test(row);
  if (spaced && prose && !/\s\S/.test(row.trim())) return null;
  // Kinds are read on the whole line: "- ID" is a kind by its bullet.
  const marked = new Uint8Array(text.length);
  for (const { pattern } of DATA_KEYWORDS) for (const m of matchesOf(globalForm(pattern), text)) marked.fill(1, m.index!, m.index! + m[0].length);
  for (const p of [UMBRELLA_DATA, PART_OF_DATA]) for (const m of matchesOf(globalForm(p), text)) marked.fill(1, m.index!, m.index! + m[0].length);
  // A gloss is kept inside the item it glosses; one that is itself a list ("看護キャリア開発システム(研修履歴、教材、ラダー情報等)")
  // makes that item its head, no item of its own.
  const heads = new Set<number>();
  const plain = row
    .replace(ROW_GLOSS, (m, i: number) => {
      if (m[0] === '(' && ITEM_MARK.test(m)) heads.add(i + m.length);
      return GLOSS_MARK.repeat(m.length);
    })
    .replace(LIST_ITEM_CONJUNCTION, (m) => ' '.repeat(m.length));
  const items = [...matchesOf(spaced ? LIST_ITEM : LIST_ITEM_MARKED, plain)];
  // "…当施設への予約、予約変更、予約取消をされたお客様": a row whose last part is a clause ending in a party describes people —
  // its 、 part a relative clause's objects, no list of their data (a page may set the label "対象者" apart from it).
  const last = items.at(-1)?.[0].trim() ?? '';
  if (!spaced && PARTY_END.test(last) && CLAUSE_IN_PART.test(last)) return null;
  // "氏名 住所 電話番号" is spaced items; "システム ID", "FAX 番号", "ロ グイン ID" (a print's spacing) is one.
  if (spaced && items.length > 1 && items.some((m) => m[0].length > SPACED_ITEM_MAX || m[0].length < 2 || /^[\x21-\x7e]+$/.test(m[0]))) return null;
  for (const m of items) {
    const lead = m[0].length - m[0].trimStart().length;
    const word = m[0].trim().replace(/\ue000+$/, '').replace(/(?:等|など|の一部)+$/, '');
    const at = from + m.index! + lead;
    if (anyMarked(marked, at, at + word.length) || heads.has(m.index! + m[0].trimEnd().length)) continue;
    if (word.replace(/^[おご]/, '').length < ITEM_MIN || word.length > ITEM_MAX || word.includes(GLOSS_MARK) || /[0-9\s]/.test(word) || !/[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]$/.test(word)) continue;
    if (NOT_A_DATA_ITEM.test(word) || CLAUSE_PARTICLE.test(word.replace(/^[おご]/, ''))) continue;
    // "氏名、団体名、所属機関": a word of the kinds table that its context kept from counting (団体名 beside an affiliation) is
    // that table's call, not an item of no kind.
    if (prose && DATA_KEYWORDS.some((k) => k.pattern.test(word))) continue;
    // "企業情報(企業名、…)": an item whose gloss holds kinds heads them. "製品の交換・修理などを希望されたお客様の氏名": a part
    // of a clause that ・ joins to the rest of it is no item.
    const after = at + m[0].trim().length;
    if (plain[after - from - 1] === GLOSS_MARK && anyMarked(marked, at + word.length, after)) continue;
    if (!spaced && CLAUSE_IN_PART.test(partAround(plain, m.index!))) continue;
    const start = base + at;
    const end = start + word.length;
    const verdict = dataVerdictAt(doc, start, end, memo);
    if (verdict === 'leaked' || verdict === 'possible' || verdict === 'exposed') return { start, end, verdict };
  }
  return null;
}

/** The part of a row between 、 marks around a position: items joined by ・ inside it share its clause. */
function partAround(row: string, at: number): string {
  const from = Math.max(row.lastIndexOf('、', at), row.lastIndexOf(',', at)) + 1;
  const stops = [row.indexOf('、', at), row.indexOf(',', at)].filter((i) => i >= 0);
  return row.slice(from, stops.length ? Math.min(...stops) : row.length);
}
/** A verb or a case particle in a part: a clause ("…を希望されたお客様の氏名"), not a run of nouns. */
const CLAUSE_IN_PART = /する|した|され|して|ます|です|ない|いる|れる|[をがは](?!の)/;

/** A row's last part naming a party: "…をされたお客様", "…に登録した会員", "…の皆様". */
const PARTY_END = /(?:者|様|さま|方|会員|皆様)$/;

/** Items parted by marks only: a space inside an item ("FAX 番号", "ログイン ID") belongs to it. */
const LIST_ITEM_MARKED = /[^、,・/①-⑳]+/g;

/** A bracketed gloss right after a word, closed on its line: "(決算作業用データ)". */
const GLOSS_AFTER = /^\([^()\n]{1,40}\)/;

/** "その他の情報：…" over items that name no listed kind, or a word glossed by no kind: the header says what they are. */
function otherKindsHeader(doc: DocumentContext, word: string, end: number): boolean {
  // (A heading "### その他の情報(採用応募者など)" names whose data its section lists.)
  if (doc.lineAt(end).kind === 'heading') return false;
  // "財務情報(決算作業用データ)": a gloss that lists no kind says what the word's own data is, it heads no list.
  const gloss = GLOSS_AFTER.exec(doc.text.slice(end, doc.lineAt(end).end));
  if (!word.startsWith('その他') && !gloss) return false;
  const rest = gloss ? gloss[0] : doc.text.slice(end, doc.lineAt(end).end);
  return !DATA_KEYWORDS.some((k) => k.type !== 'other' && k.pattern.test(rest));
}

/** Whether the text line at `at` is only the title of a linked notice: no full stop, a title's ending, no list or table around it. */
function linkedTitleLine(doc: DocumentContext, at: number, judged: Map<number, boolean>): boolean {
  const line = doc.lineAt(at);
  let title = judged.get(line.index);
  if (title === undefined) {
    title = line.kind === 'text' && !line.text.includes('。') && LINKED_TITLE_LINE.test(line.text) && judgeData(line.text) !== null;
    judged.set(line.index, title);
  }
  return title;
}

/** A request to check one's card statements: "クレジットカードによるお支払いをされたお客様におかれましては、…利用履歴がないかご確認". */
const CARD_STATEMENT_CHECK = /クレジットカード[^。]{0,60}?(?:ご利用明細|利用明細|請求明細|ご利用履歴|利用履歴)[^。]{0,40}?確認/;

/** How far a quoted name may reach on either side of a data word. */
const QUOTE_REACH = 40;

/**
 * Whether the word at [start,end) stands inside a quoted name: 『…』, or 「…」 right after a product or menu word
 * (QUOTED_NAME_BEFORE). A quoted list of items ("「氏名」「住所」", "契約者にかかる「氏名、住所」") is no name.
 */
function insideQuotedName(doc: DocumentContext, start: number, end: number): boolean {
  const before = doc.text.slice(Math.max(0, start - QUOTE_REACH), start);
  const open = Math.max(before.lastIndexOf('「'), before.lastIndexOf('『'));
  if (open < 0) return false;
  const inside = before.slice(open + 1);
  if (/[」』\n]/.test(inside)) return false;
  const bracket = before[open]!;
  const close = doc.text.slice(end, end + QUOTE_REACH).search(bracket === '「' ? /[」\n]/ : /[』\n]/);
  if (close < 0 || doc.text[end + close] === '\n') return false;
  return bracket === '『' || before.lastIndexOf('『', open) > before.lastIndexOf('』') || QUOTED_NAME_BEFORE.test(before.slice(0, open));
}

/**
 * Whether the word at [start,end) stands inside a quotation that a message carried: 「…」 followed by "という内容のメール", "などの
 * メッセージ", "という電話" — what a mail or a caller said (a scam's claim of a leak), not what the release says. (Not "「…」との連絡を受け":
 * a report to the organization is its own finding relayed.)
 */
function insideQuotedMessage(doc: DocumentContext, start: number, end: number): boolean {
  const line = doc.lineAt(start);
  const before = doc.text.slice(Math.max(line.start, start - QUOTED_MESSAGE_REACH), start);
  const open = before.lastIndexOf('「');
  if (open < 0 || before.indexOf('」', open) >= 0) return false;
  const after = doc.text.slice(end, Math.min(line.end, end + QUOTED_MESSAGE_REACH));
  const close = after.indexOf('」');
  return close >= 0 && QUOTED_MESSAGE_AFTER.test(after.slice(close, close + 24));
}

/** How far a quoted message may reach on either side of a data word (a mail's subject line or one sentence of it). */
const QUOTED_MESSAGE_REACH = 80;

/** After a quotation's close: the message it came in ("」という内容のメール", "」などのメッセージ", "」との文面のSMS"). */
const QUOTED_MESSAGE_AFTER = /^」(?:という|などの|等の|との(?=内容|文面|件名))(?:内容|旨|文面|件名|タイトル)?(?:の)?(?:電子)?(?:メール|メッセージ|SMS|ショートメッセージ|電話|はがき|ハガキ|手紙|書き込み|投稿|DM)/;

/** Right before a quote: a product, site or menu word, so the quote is a name ("外部アプリ「…」", "「マイページ」>「…」"). */
const QUOTED_NAME_BEFORE = /(?:アプリ|サービス|サイト|システム|ツール|ソフト(?:ウェア)?|ページ|>)\s?$/;

/** A title that says personal information leaked, or may have: "個人情報漏洩について", "個人情報の流出の可能性". */
const TITLE_PERSONAL_LEAK = /個人情報(?:の)?(?:漏え?い|漏洩|流出)/;
/** A word of a leak: a body that uses one says itself what leaked, or that nothing did. */
const LEAK_WORD = /漏え?い|漏洩|流出|漏れ/;

/** Where leaked data is published: a leak site, the dark web, the internet. */
const LEAK_SITE = /リークサイト|ダークウェブ|ダークサイト|インターネット上/;

/** Information named by what became of it: "流出情報", "漏えいした情報", "流出した可能性のある情報". */
const LEAKED_DATA_NOUN = /^(?:流出|漏えい|漏洩)/;

/** Whether a character in [from, to) is marked. */
function anyMarked(marks: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to && i < marks.length; i++) if (marks[i] === 1) return true;
  return false;
}

/** "会員番号" in a list of card data is the card's member number. */
function cardMember(doc: DocumentContext, type: DataType, word: string, at: number): boolean {
  if (type !== 'id_number' || word !== '会員番号') return false;
  const line = doc.lineAt(at);
  const lead = listLeadIn(doc, line);
  const around = [line.text, lead?.text ?? '', ...line.headings.map((h) => headingText(doc.lines[h]!, doc.text))];
  return around.some((t) => /クレジットカード|カード情報/.test(t));
}

/** Each finding's end in the normalized text (a finding keeps its start, `at`; its evidence is in the source's offsets). */
const normalizedEnds = new WeakMap<object, number>();

function push(out: Findings['dataTypes'], doc: DocumentContext, type: DataType, verdict: DataVerdict, start: number, end: number, rule: string): void {
  const finding = { value: { type, leaked: verdict !== 'not_leaked' }, evidence: doc.evidence(start, end), ruleId: `dataTypes.${rule}.${verdict}`, at: start };
  normalizedEnds.set(finding, end);
  out.push(finding);
}

/**
 * A space between two Japanese letters where the letter on one side of it stands alone: "氏 名", "ロ グイン", "電 話 番 号" (not
 * "株式会社 名古屋": two words side by side).
 */
const SPACE_BY_LONE_LETTER = /(?<=(?:^|[^\u3040-\u30ff\u3400-\u9fff\uf900-\ufaffー々])[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaffー々]) (?=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaffー々])|(?<=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaffー々]) (?=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaffー々](?:[^\u3040-\u30ff\u3400-\u9fff\uf900-\ufaffー々]|$))/g;

/** A letter-spaced word's match: its offset and length in the body, and the word without its spaces. */
interface SpacedMatch {
  index: number;
  word: string;
  length: number;
}

/**
 * The body with the spaces of letter-spaced words taken out ("| 氏 名 | 住 所 |" from a form's table, "ロ グイン ID" from a PDF's
 * letter-spacing; a full-width space is a space after NFKC). `matches` gives a pattern's matches that span a space taken out (the
 * others are found in the body itself), at the body's offsets. Null when the body has no such space.
 */
function letterSpacedWords(body: string): { matches(pattern: RegExp): SpacedMatch[] } | null {
  if (!body.includes(' ')) return null;
  const cuts: number[] = [];
  for (const m of matchesOf(SPACE_BY_LONE_LETTER, body)) cuts.push(m.index!);
  if (cuts.length === 0) return null;
  // The squeezed text and, for each of its characters, its offset in the body.
  const parts: string[] = [];
  const at: number[] = [];
  let from = 0;
  for (const cut of [...cuts, body.length]) {
    parts.push(body.slice(from, cut));
    for (let i = from; i < cut; i++) at.push(i);
    from = cut + 1;
  }
  const text = parts.join('');
  return {
    matches(pattern) {
      const out: SpacedMatch[] = [];
      for (const m of matchesOf(globalForm(pattern), text)) {
        const first = at[m.index!]!;
        const last = at[m.index! + m[0].length - 1]!;
        if (last - first + 1 !== m[0].length) out.push({ index: first, word: m[0], length: last - first + 1 });
      }
      return out;
    },
  };
}
