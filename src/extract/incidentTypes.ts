import { INCIDENT_KEYWORDS } from '../words/incidentTypes.js';
import { NEGATION_AFTER, WARNING_SENTENCE } from '../words/polarity.js';
import type { Extractor, Findings } from './types.js';
import { sentenceAt } from './context.js';

/**
 * Incident types from keyword tables over the title and the release text. Each hit is kept with its
 * polarity: a negated clause or a warning to readers marks it negated, and a type counts only when
 * some hit is not negated (see the incidentTypes refiner).
 */
export const incidentTypesExtractor: Extractor = {
  id: 'incidentTypes',
  extract(doc) {
    const out: Findings['incidentTypes'] = [];
    const zones: [number, number][] = [];
    const title = doc.overview?.title;
    if (title) zones.push([title.start, title.end]);
    zones.push([doc.bodyStart, doc.text.length]);
    for (const [from, to] of zones) {
      const zone = doc.text.slice(from, to);
      for (const { type, pattern, warnable } of INCIDENT_KEYWORDS) {
        const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
        for (const m of zone.matchAll(global)) {
          const start = from + m.index!;
          const end = start + m[0].length;
          const sentence = sentenceAt(doc, start);
          const rest = doc.text.slice(end, sentence ? sentence.end : end + 40);
          let negated = NEGATION_AFTER.test(rest);
          let ruleId = `incidentTypes.keyword.${type}`;
          if (negated) ruleId += '.negated';
          if (!negated && warnable && sentence && WARNING_SENTENCE.test(sentence.text + doc.text.slice(sentence.end, sentence.end + 30))) {
            negated = true;
            ruleId += '.warning';
          }
          out.push({ value: { type, negated }, evidence: doc.evidence(start, end), ruleId, at: start });
        }
      }
    }
    return { incidentTypes: out };
  },
};
