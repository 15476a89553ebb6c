// Fact-by-fact comparison of a page's incident with the incident of its Markdown source, shared by
// scripts/eval-pages.mjs and tests/format/pages.test.ts, and (through scripts/pdfFacts.mjs) by the PDF ones.

/**
 * The facts a reader compares: what the Markdown says must come out of the page, nothing more.
 * `titleSpaces`: a page's title keeps its word breaks (`collapse`); a PDF's title may be wrapped
 * anywhere, so its white space is dropped (`drop`).
 */
export function factsOf(incident, { titleSpaces = 'collapse' } = {}) {
  const sorted = (xs) => [...xs].sort();
  const title = incident.title?.normalize('NFKC');
  return {
    organization: incident.organization?.normalizedName ?? null,
    publishedAt: incident.publishedAt,
    title: title === undefined ? null : titleSpaces === 'drop' ? title.replace(/\s+/g, '') : title.replace(/\s+/g, ' ').trim(),
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
 * Compares an extracted incident (a page's, a PDF's) with its Markdown source's: the fields that
 * differ, and the counts and dates taken from the chrome (a decoy of `entry` the source never states).
 */
export function compareIncidents(got, sourceIncident, entry = { decoyValues: [], decoyDates: [] }, options = {}) {
  const facts = factsOf(got, options);
  const source = factsOf(sourceIncident, options);
  const differing = FACT_FIELDS.filter((f) => JSON.stringify(facts[f]) !== JSON.stringify(source[f]));
  const sourceValues = new Set(sourceIncident.counts.map((c) => c.value));
  const sourceDates = new Set([...sourceIncident.timeline.map((t) => t.date), sourceIncident.publishedAt]);
  const decoyValues = new Set(entry.decoyValues);
  const decoyDates = new Set(entry.decoyDates);
  const decoyCounts = got.counts.filter((c) => decoyValues.has(c.value) && !sourceValues.has(c.value));
  const decoyDatesTaken = [...got.timeline.map((t) => t.date), got.publishedAt].filter((d) => d && decoyDates.has(d) && !sourceDates.has(d));
  return { facts, source, differing, decoyCounts, decoyDates: decoyDatesTaken };
}

/** A web page against its Markdown source (decoy counts as the page's count objects). */
export function comparePage(pageIncident, sourceIncident, entry) {
  const { facts, ...rest } = compareIncidents(pageIncident, sourceIncident, entry);
  return { page: facts, ...rest };
}
