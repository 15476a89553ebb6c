import type { Extractor, Finding } from './types.js';
import { matchesOf } from '../util/regex.js';
import { literalFilterOf } from './context.js';

/**
 * A CVE identifier as releases write it: CVE-2025-20393, and the forms that slip in from word
 * processors and Japanese input — lowercase, full-width letters and digits (folded by normalize),
 * a dash the normalizer leaves alone (— ― ー －), spaces around the dashes.
 */
const DASH = '[-\u2014\u2015\u30fc\uff0d\ufe63]';
const CVE = new RegExp(`(?<![A-Za-z0-9])CVE[ ]?(?:${DASH}[ ]?)?((?:19|20)[0-9]{2})[ ]?${DASH}[ ]?([0-9]{4,7})(?![0-9])`, 'gi');
const CANONICAL = /^CVE-[0-9]{4}-[0-9]{4,7}$/;

/** CVE identifiers, uppercased and in the standard CVE-YYYY-NNNN form, once each. */
export const cveExtractor: Extractor = {
  id: 'cves',
  extract(doc) {
    const cves: Finding<string>[] = [];
    const seen = new Set<string>();
    // Most releases name no CVE: the document's literal filter rules the scan out.
    if (!literalFilterOf(doc).mayMatch(CVE)) return { cves };
    for (const m of matchesOf(CVE, doc.text)) {
      const id = `CVE-${m[1]}-${m[2]}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const evidence = doc.evidence(m.index!, m.index! + m[0].length);
      // The rule says whether the source wrote the standard form or one folded into it.
      const ruleId = CANONICAL.test(evidence.text) ? 'cves.id' : 'cves.foldedId';
      cves.push({ value: id, evidence, ruleId, at: m.index! });
    }
    return { cves };
  },
};
