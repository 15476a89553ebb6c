// Fact-by-fact comparison of a page's incident with the incident of its Markdown source, shared by
// scripts/eval-pages.mjs and tests/format/pages.test.ts.

/** The facts a reader compares: what the Markdown says must come out of the page, nothing more. */
export function factsOf(incident) {
  const sorted = (xs) => [...xs].sort();
  return {
    organization: incident.organization?.normalizedName ?? null,
    publishedAt: incident.publishedAt,
    title: incident.title?.normalize('NFKC').replace(/\s+/g, ' ').trim() ?? null,
    counts: sorted(incident.counts.map((c) => `${c.value}${c.unit}:${c.status}`)),
    timeline: sorted(new Set(incident.timeline.map((t) => t.date))),
    incidentTypes: sorted(incident.incidentTypes),
    dataTypes: sorted(incident.dataTypes),
    products: sorted(new Set(incident.products.map((p) => p.name))),
    report: incident.report?.number ?? null,
  };
}

export const FACT_FIELDS = ['organization', 'publishedAt', 'title', 'counts', 'timeline', 'incidentTypes', 'dataTypes', 'products', 'report'];

/**
 * Compares a page's incident with its source's: the fields that differ, and the counts and dates
 * the page took from its chrome (a decoy value or date the source never states).
 */
export function comparePage(pageIncident, sourceIncident, entry) {
  const page = factsOf(pageIncident);
  const source = factsOf(sourceIncident);
  const differing = FACT_FIELDS.filter((f) => JSON.stringify(page[f]) !== JSON.stringify(source[f]));
  const sourceValues = new Set(sourceIncident.counts.map((c) => c.value));
  const sourceDates = new Set([...sourceIncident.timeline.map((t) => t.date), sourceIncident.publishedAt]);
  const decoyValues = new Set(entry.decoyValues);
  const decoyDates = new Set(entry.decoyDates);
  const decoyCounts = pageIncident.counts.filter((c) => decoyValues.has(c.value) && !sourceValues.has(c.value));
  const decoyDatesTaken = [...pageIncident.timeline.map((t) => t.date), pageIncident.publishedAt].filter((d) => d && decoyDates.has(d) && !sourceDates.has(d));
  return { page, source, differing, decoyCounts, decoyDates: decoyDatesTaken };
}
