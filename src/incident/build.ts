import { createHash } from 'node:crypto';
import type { DocumentContext } from '../document.js';
import type { Findings } from '../extract/types.js';
import { normalizeName } from '../normalize/normalize.js';
import { headlineOf, headlineRuleOf } from './headline.js';
import { DATA_TYPES, HEADLINE_KEYS, INCIDENT_TYPES, TIMELINE_EVENTS, type DataType, type ExplainEntry, type Incident, type IncidentType, type SourceInfo } from '../types.js';

export interface BuildOptions {
  source: Omit<SourceInfo, 'sha256'> & { sha256?: string };
  explain: boolean;
  warnings: string[];
}

/**
 * Assembles the incident from the refined findings: picks the best organization candidate, sorts
 * arrays into a stable order (so the same input gives byte-identical JSON) and, with --explain,
 * lists the rule and evidence behind each fact.
 */
export function buildIncident(doc: DocumentContext, found: Findings, options: BuildOptions): Incident {
  const explain: ExplainEntry[] = [];
  // The explain list is built only when asked for (an entry per fact was garbage otherwise).
  const note = (field: string, f: { value: unknown; ruleId: string; evidence: Incident['timeline'][number]['evidence'] | null }) => {
    if (options.explain) explain.push({ field, value: f.value, ruleId: f.ruleId, evidence: f.evidence });
  };

  const title = found.title[0] ?? null;
  const published = found.publishedAt[0] ?? null;
  const url = found.sourceUrl[0] ?? null;
  const org = found.organization[0] ?? null;
  for (const [field, f] of [['title', title], ['publishedAt', published], ['sourceUrl', url], ['organization', org]] as const) if (f) note(field, f);

  const reportNumber = found.reportNumber[0] ?? null;
  const followUp = found.followUp[0] ?? null;
  const final = found.finalReport[0] ?? null;
  if (reportNumber) note('report.number', reportNumber);
  if (followUp) note('report.followUp', followUp);

  const typeSet = new Set<IncidentType>();
  for (const f of found.incidentTypes) {
    note('incidentTypes', f);
    if (!f.value.negated) typeSet.add(f.value.type);
  }
  const leakedData = new Set<DataType>();
  const notLeaked = new Set<DataType>();
  for (const f of found.dataTypes) {
    note(f.value.leaked ? 'dataTypes' : 'notLeaked', f);
    (f.value.leaked ? leakedData : notLeaked).add(f.value.type);
  }
  for (const t of leakedData) notLeaked.delete(t);

  const timeline = found.timeline
    .map((f) => ({ ...f.value, evidence: f.evidence!, ruleId: f.ruleId }))
    .sort((a, b) => compareDates(a.date, b.date) || TIMELINE_EVENTS.indexOf(a.event) - TIMELINE_EVENTS.indexOf(b.event) || a.evidence.start - b.evidence.start);
  for (const f of found.timeline) note('timeline', f);
  const counts = found.counts.map((f) => ({ ...f.value, evidence: f.evidence!, ruleId: f.ruleId }));
  for (const f of found.counts) note('counts', f);
  const headline = headlineOf(counts);
  for (const key of options.explain ? HEADLINE_KEYS : []) {
    const h = headline[key];
    // Why this figure: the count it is (a total, the largest own figure, an increment) and what that count replaces.
    if (h) note(`headline.${key}`, { value: { value: h.value, unit: h.unit, count: h.count, replaces: counts[h.count]!.replaces.map((r) => r.value) }, ruleId: headlineRuleOf(counts[h.count]!, h.unit), evidence: h.evidence });
  }
  const products = found.products.map((f) => ({ name: f.value.name, vendor: f.value.vendor, evidence: f.evidence!, ruleId: f.ruleId }));
  for (const f of found.products) note('products', f);
  for (const f of found.cves) note('cves', f);

  const incident: Incident = {
    schemaVersion: 1,
    source: { ...options.source, sha256: options.source.sha256 ?? createHash('sha256').update(doc.source).digest('hex') },
    title: title?.value ?? null,
    sourceUrl: url?.value ?? null,
    publishedAt: published?.value ?? null,
    organization: org
      ? {
          // The name as written in the source (full-width and all); normalizedName is for matching.
          name: org.evidence?.text ?? org.value.name,
          normalizedName: normalizeName(org.value.name),
          kind: org.value.kind,
          headquarters: org.value.headquarters,
          representative: org.value.representative,
          evidence: org.evidence,
        }
      : null,
    report: {
      number: reportNumber?.value ?? null,
      followUp: Boolean(followUp?.value) || (reportNumber?.value ?? 0) >= 2,
      final: Boolean(final?.value),
      previous: found.previous.map((f) => f.value),
      evidence: reportNumber?.evidence ?? followUp?.evidence ?? null,
    },
    incidentTypes: INCIDENT_TYPES.filter((t) => typeSet.has(t)),
    timeline,
    counts,
    headline,
    dataTypes: DATA_TYPES.filter((t) => leakedData.has(t)),
    notLeaked: DATA_TYPES.filter((t) => notLeaked.has(t)),
    products,
    cves: found.cves.map((f) => f.value),
    warnings: options.warnings,
  };
  if (options.explain) incident.explain = explain;
  return incident;
}

/**
 * ISO dates ("2025-12-03", "2025-12") in calendar order, a month before its days: by code unit,
 * as localeCompare orders digits and hyphens, without a collator call per comparison.
 */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
