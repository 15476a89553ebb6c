import { DATA_KEYWORDS } from '../words/dataTypes.js';
import type { Extractor, Findings } from './types.js';
import { headingsOf, leadInOf, sentenceAt, statusOf } from './context.js';

/** Where data kinds are listed: a sentence or heading about information at risk. */
const DATA_CONTEXT = /情報|項目|内容|データ|個人情報|範囲|漏えい|漏洩|流出|可能性|おそれ|含まれ|閲覧|記載|送信/;

/**
 * Data kinds said to be leaked or possibly leaked, and those confirmed not leaked (notLeaked).
 * A keyword counts only in a data context: its own sentence, the lead-in of its list, or a heading
 * ("漏えいの可能性がある情報"). The polarity comes from the nearest of those that has one.
 */
export const dataTypesExtractor: Extractor = {
  id: 'dataTypes',
  extract(doc) {
    const out: Findings['dataTypes'] = [];
    const body = doc.text.slice(doc.bodyStart);
    for (const { type, pattern } of DATA_KEYWORDS) {
      const global = new RegExp(pattern.source, pattern.flags + 'g');
      for (const m of body.matchAll(global)) {
        const start = doc.bodyStart + m.index!;
        const end = start + m[0].length;
        const line = doc.lineAt(start);
        const sentence = sentenceAt(doc, start);
        const own = sentence ? sentence.text : line.text;
        const lead = leadInOf(doc, line);
        const headings = headingsOf(doc, line);
        const contexts = [own, lead?.text ?? '', ...headings.reverse()];
        if (!contexts.some((c) => DATA_CONTEXT.test(c))) continue;
        let status = null;
        for (const c of contexts) {
          status = statusOf(c);
          if (status) break;
        }
        if (status === null || status === 'affected') continue;
        out.push({ value: { type, leaked: status !== 'not_leaked' }, evidence: doc.evidence(start, end), ruleId: `dataTypes.keyword.${status}`, at: start });
      }
    }
    return { dataTypes: out };
  },
};
