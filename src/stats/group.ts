/** The grouping `stats` counts incidents by is the one `incidents` shows: src/incidents/group.ts. */
export { FOLLOW_UP_WINDOW_DAYS, archiveKey, compareReleases, groupIncidents, groupReleases, type Release } from '../incidents/group.js';
