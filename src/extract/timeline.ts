import { findDateMentions, formatDate, inferYear, parseIsoDate } from '../dates/dateMentions.js';
import { EVENT_KEYWORDS } from '../words/timelineEvents.js';
import type { TimelineEvent } from '../types.js';
import type { Extractor, Findings } from './types.js';
import { sentenceAt } from './context.js';

/** Dates that belong to the document frame, not the incident: "(2025年12月22日付)" on a prior notice. */
const FRAME_AFTER = /^[ ]?(?:付|現在|時点|更新|掲載|公開|に公表|に発表|に掲載|付け|発行|作成)/;

/**
 * Each date in the release text with the event of its clause (検知 → detected, 発生 → occurred,
 * 遮断 → contained …). The clause is the text from the date to the next date or the sentence end.
 * A year-less date takes its year from the publication date (marked certain: false).
 */
export const timelineExtractor: Extractor = {
  id: 'timeline',
  extract(doc, found) {
    const out: Findings['timeline'] = [];
    const reference = parseIsoDate(found.publishedAt[0]?.value ?? null);
    const body = doc.text.slice(doc.bodyStart);
    const mentions = findDateMentions(body);
    let lastYear: number | null = null;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      const start = doc.bodyStart + m.start;
      const end = doc.bodyStart + m.end;
      let year = m.year;
      let certain = true;
      if (year === null) {
        certain = false;
        year = reference ? inferYear(m.month, m.day, reference) : lastYear;
        if (year === null) continue;
      } else lastYear = year;
      const sentence = sentenceAt(doc, start);
      const nextDate = mentions[i + 1] ? doc.bodyStart + mentions[i + 1]!.start : Infinity;
      const clauseEnd = Math.min(sentence ? sentence.end : end + 60, nextDate);
      const clause = doc.text.slice(end, clauseEnd);
      if (FRAME_AFTER.test(clause)) continue;
      const before = sentence ? doc.text.slice(sentence.start, start) : '';
      const event = eventOf(clause) ?? eventOf(before) ?? 'other';
      const ruleId = `timeline.${event}`;
      out.push({
        value: { date: formatDate(year, m.month, m.day), event, certain, qualifier: m.qualifier },
        evidence: doc.evidence(start, end),
        ruleId,
        at: start,
      });
    }
    return { timeline: out };
  },
};

export function eventOf(clause: string): TimelineEvent | null {
  for (const { event, pattern } of EVENT_KEYWORDS) if (pattern.test(clause)) return event;
  return null;
}
