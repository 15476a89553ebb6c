import { parseJapaneseNumber } from '../numbers/japaneseNumber.js';
import { EARLIER_NOTICE, FINAL_REPORT_WORDS, FOLLOW_UP_WORDS, NTH_REPORT } from '../words/reports.js';
import type { Extractor, Findings } from './types.js';

/**
 * The release's place in its series: N from 第N報 in the title (or 公表種別, or the opening
 * sentence "第二報としてお知らせ"), and whether it follows up an earlier notice. A mention of an
 * earlier report inside the text (第5報でお知らせした) is not this release's number.
 */
export const reportNumberExtractor: Extractor = {
  id: 'reportNumber',
  extract(doc, found) {
    const out: Partial<Findings> = { reportNumber: [], followUp: [], finalReport: [] };
    const places: { text: string; start: number; ruleId: string }[] = [];
    const title = found.title[0];
    const titleSpan = doc.overview?.title;
    if (title && titleSpan) places.push({ text: titleSpan.text, start: titleSpan.start, ruleId: 'report.title' });
    else if (title) places.push({ text: doc.text.slice(title.at, title.at + title.value.length), start: title.at, ruleId: 'report.title' });
    const kind = doc.overview?.kind;
    if (kind) places.push({ text: kind.text, start: kind.start, ruleId: 'report.kind' });
    // The opening sentences: "第二報としてご連絡申し上げます".
    for (const s of doc.bodySentences.slice(0, 3)) {
      if (/報として|報となります|報をお知らせ|報を公表/.test(s.text)) places.push({ text: s.text, start: s.start, ruleId: 'report.opening' });
    }
    for (const p of places) {
      const m = NTH_REPORT.exec(p.text);
      if (m) {
        const n = parseJapaneseNumber(m[1]!);
        if (n !== null && n > 0 && n < 1000) {
          const start = p.start + m.index;
          out.reportNumber!.push({ value: n, evidence: doc.evidence(start, start + m[0].length), ruleId: p.ruleId + '.nth', at: start });
          if (n >= 2) out.followUp!.push({ value: true, evidence: doc.evidence(start, start + m[0].length), ruleId: p.ruleId + '.nth', at: start });
        }
      }
      for (const w of FOLLOW_UP_WORDS) {
        const i = p.text.indexOf(w);
        if (i >= 0 && p.ruleId !== 'report.opening') {
          out.followUp!.push({ value: true, evidence: doc.evidence(p.start + i, p.start + i + w.length), ruleId: p.ruleId + '.followUpWord', at: p.start + i });
          break;
        }
      }
      for (const w of FINAL_REPORT_WORDS) {
        const i = p.text.indexOf(w);
        if (i >= 0) out.finalReport!.push({ value: true, evidence: doc.evidence(p.start + i, p.start + i + w.length), ruleId: p.ruleId + '.final', at: p.start + i });
      }
    }
    for (const prev of found.previous) out.followUp!.push({ value: true, evidence: prev.evidence, ruleId: 'report.previousLink', at: prev.at });
    for (const s of doc.bodySentences.slice(0, 12)) {
      const m = EARLIER_NOTICE.exec(s.text);
      if (m) {
        const start = s.start + m.index;
        out.followUp!.push({ value: true, evidence: doc.evidence(start, start + m[0].length), ruleId: 'report.earlierNotice', at: start });
        break;
      }
    }
    return out;
  },
};
