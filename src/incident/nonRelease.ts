import type { Incident } from '../types.js';

/**
 * Whether a parsed file is a release at all. Walking an archive root also reads its README.md,
 * docs/README.md and a dashboard's index.html; parsed as releases they would become incidents of
 * "株式会社Example" or "Dashboard" with an unknown month. A release states who speaks and what it
 * is about: it has a title or a publication date, and an organization, incident words or a date.
 * Every release of the archive has a title and an organization; a README has neither title nor
 * date, an HTML app shell or an English text has no fact at all.
 *
 * Returns why the incident is not a release (one short phrase), or null for a release.
 */
export function notAReleaseReason(incident: Incident): string | null {
  const incidentWords = incident.incidentTypes.length > 0 || incident.counts.length > 0 || incident.dataTypes.length > 0;
  const dated = incident.publishedAt !== null || incident.timeline.length > 0;
  if (!incident.organization && !incidentWords && !dated) return 'no organization, no date and no incident words';
  if (!incident.title && incident.publishedAt === null) return 'no title and no publication date';
  return null;
}

/** A text in which nothing at all was found (an English file, an empty web page): worth a warning. */
export function hasNoFacts(incident: Incident): boolean {
  return (
    !incident.organization && !incident.title && incident.publishedAt === null && incident.incidentTypes.length === 0 &&
    incident.counts.length === 0 && incident.dataTypes.length === 0 && incident.timeline.length === 0 &&
    incident.products.length === 0 && incident.cves.length === 0
  );
}
