import type { Extractor, Findings } from './types.js';

/** Title, publication date, source URL and earlier-report links from the archive overview. */
export const overviewExtractor: Extractor = {
  id: 'overview',
  extract(doc) {
    const o = doc.overview;
    if (!o) return {};
    const out: Partial<Findings> = { title: [], publishedAt: [], sourceUrl: [], previous: [] };
    if (o.title) out.title!.push({ value: o.title.text, evidence: doc.evidence(o.title.start, o.title.end), ruleId: 'overview.title', at: o.title.start });
    if (o.date) out.publishedAt!.push({ value: o.date.iso, evidence: doc.evidence(o.date.start, o.date.end), ruleId: 'overview.date', at: o.date.start });
    if (o.url) out.sourceUrl!.push({ value: o.url.text, evidence: doc.evidence(o.url.start, o.url.end), ruleId: 'overview.url', at: o.url.start });
    for (const p of o.previous) {
      out.previous!.push({ value: { label: p.label, url: p.url, date: null }, evidence: doc.evidence(p.start, p.end), ruleId: 'overview.previousLink', at: p.start });
    }
    return out;
  },
};
