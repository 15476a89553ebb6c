import type { Incident } from '../types.js';

/**
 * Which releases report the same incident. A follow-up (第2報, 続報, 最終報) repeats or revises the
 * figures of the releases before it, so summing every release would count the same people twice.
 *
 * An incident is a series of releases of ONE organization (its normalizedName), joined by:
 *  1. links: a release whose `report.previous` URL names another release's archive path
 *     (…/YYYY/MM/DD_name.md) belongs with that release;
 *  2. follow-ups: a release that calls itself a follow-up, a numbered report after the first, or a
 *     final report joins the organization's previous release if that one is at most
 *     FOLLOW_UP_WINDOW_DAYS older (or either date is unknown).
 * A first notice without links starts a new incident, so an organization hit twice in a year has
 * two incidents. Releases without an organization are incidents of their own.
 */
export const FOLLOW_UP_WINDOW_DAYS = 365;

export interface Release {
  incident: Incident;
  /** The path as the archive names it (YYYY/MM/DD_name.md) when known: links point there. */
  relPath?: string;
}

/** Release order within an organization: date, then report number, then path. */
export function compareReleases(a: Incident, b: Incident): number {
  const da = a.publishedAt ?? '';
  const db = b.publishedAt ?? '';
  if (da !== db) return da < db ? -1 : 1;
  const na = a.report.number ?? 0;
  const nb = b.report.number ?? 0;
  if (na !== nb) return na - nb;
  return a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0;
}

/** "…/2025/12/22_株式会社X .md" (a URL or a path, encoded or not) → "2025/12/22_株式会社X.md", or null. */
export function archiveKey(pathOrUrl: string): string | null {
  let text = pathOrUrl;
  try {
    text = decodeURIComponent(pathOrUrl);
  } catch {
    // a malformed escape: match the raw text
  }
  const m = /(\d{4})\/(\d{2})\/(\d{2}_[^/]{1,300})$/.exec(text.replace(/\\/g, '/').trim());
  if (!m) return null;
  return `${m[1]}/${m[2]}/${m[3]!.normalize('NFKC').replace(/\s+/g, '')}`;
}

function isFollowUp(i: Incident): boolean {
  return i.report.followUp || i.report.final || (i.report.number !== null && i.report.number > 1);
}

function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(a.length === 7 ? `${a}-01` : a);
  const tb = Date.parse(b.length === 7 ? `${b}-01` : b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.abs(tb - ta) / 86_400_000;
}

/** Each release's incident number (0, 1, 2 … in order of first release). */
export function groupIncidents(releases: readonly Release[]): number[] {
  const parent = releases.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const orgOf = (r: Release): string | null => r.incident.organization?.normalizedName || null;

  // 1. Links to earlier releases by archive path, within the same organization.
  const byKey = new Map<string, number>();
  releases.forEach((r, i) => {
    const key = archiveKey(r.relPath ?? r.incident.source.path);
    if (key !== null && !byKey.has(key)) byKey.set(key, i);
  });
  releases.forEach((r, i) => {
    for (const prev of r.incident.report.previous) {
      const key = typeof prev?.url === 'string' ? archiveKey(prev.url) : null;
      const j = key === null ? undefined : byKey.get(key);
      if (j !== undefined && j !== i && orgOf(releases[j]!) === orgOf(r)) union(i, j);
    }
  });

  // 2. Follow-ups join the organization's previous release.
  const byOrg = new Map<string, number[]>();
  releases.forEach((r, i) => {
    const org = orgOf(r);
    if (org === null) return;
    const list = byOrg.get(org) ?? [];
    list.push(i);
    byOrg.set(org, list);
  });
  for (const list of byOrg.values()) {
    list.sort((a, b) => compareReleases(releases[a]!.incident, releases[b]!.incident));
    for (let k = 1; k < list.length; k++) {
      const cur = releases[list[k]!]!.incident;
      const prev = releases[list[k - 1]!]!.incident;
      if (!isFollowUp(cur)) continue;
      const gap = daysBetween(prev.publishedAt, cur.publishedAt);
      if (gap === null || gap <= FOLLOW_UP_WINDOW_DAYS) union(list[k]!, list[k - 1]!);
    }
  }

  const numbers = new Map<number, number>();
  return releases.map((_, i) => {
    const root = find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}
