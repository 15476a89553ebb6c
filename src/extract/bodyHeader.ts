import { findDateMentions, formatDate } from '../dates/dateMentions.js';
import type { DocumentContext } from '../document.js';
import type { Extractor, Findings } from './types.js';

/** A line that is a date and nothing else ("2025年12月3日", "令和7年12月3日 (水)"), standing outside any section. */
const DATE_LINE_REST = /^[ ]*(?:\([月火水木金土日]\))?[ ]*(?:更新|公開|掲載|発表|付)?[ ]*$/;
/** Words of a heading that quotes another release rather than titling this one (【ご参考】, 前回のお知らせ). */
const REFERENCE_HINT = /参考|前回|既報|過去の|これまでの/;
/** A section number opening a heading: "２．", "1.", "（1）", "①", "第2章", "Ⅲ.". */
const SECTION_NUMBER = /^[ \u3000]*(?:[0-9０-９]{1,2}[.．、)）]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|[①-⑳]|第[0-9０-９一二三四五六七八九十]{1,2}[章節条]|[IVXⅠ-Ⅹ]{1,4}[.．])/;
/** Words a release title carries. */
const TITLE_HINT = /お知らせ|お詫び|ご報告|について|に関する|ご案内/;

/**
 * Whether a title line found in pasted text heads the text, so that its words speak of this release: not a line
 * after the first sentence of prose (a quoted title of another release, a section heading) nor a heading numbered
 * as a section ("２．現在の状況について"). (Such a line still serves as the title that makes the text a release.)
 */
export function titleHeadsText(doc: DocumentContext, at: number): boolean {
  const line = doc.lineAt(at);
  if (SECTION_NUMBER.test(doc.text.slice(line.contentStart, line.end))) return false;
  for (const l of doc.bodyLines) {
    if (l === line || l.start >= line.start) return true;
    if (l.kind === 'text' && l.text.includes('。')) return false;
  }
  return true;
}

/** Longest line of a signature block below the date that closes a text (an organization, its head's name, a contact). */
const SIGNATURE_LINE_MAX = 40;

/**
 * Whether a date line closes the text as a letter's date does (「以上」 or the last sentence, then 「令和7年12月17日」, then
 * only the signature: the organization, its head's name, a contact heading): no heading right above it (「## 発生日時」 over
 * a date dates an event), and below it only short lines of no sentence, no date and no list (a chronology's last entry
 * goes on with what happened that day).
 */
function signsText(doc: DocumentContext, lines: readonly DocumentContext['lines'][number][], line: DocumentContext['lines'][number]): boolean {
  const at = lines.indexOf(line);
  if (at <= 0 || lines[at - 1]!.kind === 'heading') return false;
  for (const l of lines.slice(at + 1)) {
    const text = doc.text.slice(l.contentStart, l.end).trim();
    if (l.kind === 'bullet' || l.kind === 'table' || text.length > SIGNATURE_LINE_MAX || text.includes('。') || findDateMentions(text).length > 0) return false;
  }
  return true;
}

/**
 * Whether a line stands under the text's title alone (「# 不正アクセスに関するお知らせ」 heading a pasted page, then 「2025年6月2日」):
 * its one heading is the text's first line and reads as a title (a title word, no section number, no quoted earlier release),
 * and no other line stands between them but blank ones and lines of no sentence (the organization's name).
 */
function underTitleOnly(doc: DocumentContext, lines: readonly DocumentContext['lines'][number][], line: DocumentContext['lines'][number]): boolean {
  const title = lines[0];
  if (!title || title.kind !== 'heading' || line.headings.length !== 1 || line.headings[0] !== title.index) return false;
  const text = doc.text.slice(title.contentStart, title.end);
  if (!TITLE_HINT.test(text) || REFERENCE_HINT.test(text) || SECTION_NUMBER.test(text)) return false;
  for (const l of lines.slice(1, lines.indexOf(line))) if (l.kind !== 'text' || l.text.includes('。')) return false;
  return true;
}

/**
 * For a pasted release (no overview): the title from the first heading-like line and the
 * publication date from a line holding only a date, near the top or the bottom.
 */
export const bodyHeaderExtractor: Extractor = {
  id: 'bodyHeader',
  extract(doc, found) {
    const out: Partial<Findings> = { title: [], publishedAt: [] };
    const lines = doc.bodyLines.filter((l) => l.kind !== 'blank');
    if (found.publishedAt.length === 0) {
      const near = [...lines.slice(0, 8), ...lines.slice(-8)];
      for (const [k, line] of near.entries()) {
        // A date in a list or under a heading (経緯, 経過) is an event of the timeline, not the release's date; a date line that
        // closes the text signs it, whatever section the text ended in.
        if (line.kind !== 'text' || (line.headings.length > 0 && !underTitleOnly(doc, lines, line) && !(k >= near.length - 8 && signsText(doc, lines, line)))) continue;
        const content = doc.text.slice(line.contentStart, line.end);
        const d = findDateMentions(content)[0];
        if (!d || d.year === null || d.day === null) continue;
        const before = content.slice(0, d.start).trim();
        if (before.length > 0 && !/^(?:公開日|掲載日|発表日|更新日|日付)[ ]*:?$/.test(before)) continue;
        if (!DATE_LINE_REST.test(content.slice(d.end))) continue;
        out.publishedAt!.push({
          value: formatDate(d.year, d.month, d.day),
          evidence: doc.evidence(line.contentStart + d.start, line.contentStart + d.end),
          ruleId: 'body.dateLine',
          at: line.start,
        });
        break;
      }
    }
    if (found.title.length === 0) {
      // A title is a heading or a line of its own, never an item of a list or a table row.
      const titleLine = lines.slice(0, 6).find((l) => (l.kind === 'heading' || l.kind === 'text') && TITLE_HINT.test(l.text) && !REFERENCE_HINT.test(l.text) && l.text.length <= 120 && !/。$/.test(l.text.trim()));
      if (titleLine) {
        const raw = doc.text.slice(titleLine.contentStart, titleLine.end);
        const start = titleLine.contentStart + (raw.length - raw.trimStart().length);
        out.title!.push({ value: raw.trim(), evidence: doc.evidence(start, titleLine.end), ruleId: 'body.titleLine', at: start });
      }
    }
    return out;
  },
};
