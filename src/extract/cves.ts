import type { Extractor, Finding } from './types.js';

const CVE = /CVE-[0-9]{4}-[0-9]{4,7}(?![0-9])/gi;

/** CVE identifiers, uppercased, once each. */
export const cveExtractor: Extractor = {
  id: 'cves',
  extract(doc) {
    const cves: Finding<string>[] = [];
    const seen = new Set<string>();
    for (const m of doc.text.matchAll(CVE)) {
      const id = m[0].toUpperCase();
      if (seen.has(id)) continue;
      seen.add(id);
      cves.push({ value: id, evidence: doc.evidence(m.index!, m.index! + m[0].length), ruleId: 'cve.id', at: m.index! });
    }
    return { cves };
  },
};
