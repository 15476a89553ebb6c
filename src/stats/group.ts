import type { Incident } from '../types.js';

/**
 * Which releases report the same incident. A follow-up (第2報, 続報, 最終報) repeats or revises the
 * figures of the releases before it, so summing every release would count the same people twice.
 *
 * An incident is a series of releases of ONE organization (its normalizedName), joined by:
 *  1. links: a release whose `report.previous` URL names another release's archive path
 *     (…/YYYY/MM/DD_name.md) belongs with that release;
 *  2. follow-ups (without such a link): a release that calls itself a follow-up, a numbered report after the first, or a
 *     final report joins one of the organization's earlier releases at most FOLLOW_UP_WINDOW_DAYS
 *     older (or undated): the previous one, unless another's title is clearly closer (an
 *     organization reporting two incidents at once: 委託先のランサムウェア vs 自社システム);
 *  3. re-posts: a release with the same title as one of the organization's releases at most
 *     REPOST_WINDOW_DAYS older is the same notice again.
 * A first notice without links starts a new incident, so an organization hit twice in a year has
 * two incidents. Releases without an organization are incidents of their own.
 */
export const FOLLOW_UP_WINDOW_DAYS = 365;
export const REPOST_WINDOW_DAYS = 30;
/** How much closer (bigram Jaccard of the titles) an older release must be to win over the previous one. */
const TITLE_MARGIN = 0.15;

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
  const linked = new Set<number>();
  releases.forEach((r, i) => {
    for (const prev of r.incident.report.previous) {
      const key = typeof prev?.url === 'string' ? archiveKey(prev.url) : null;
      const j = key === null ? undefined : byKey.get(key);
      if (j !== undefined && j !== i && orgOf(releases[j]!) === orgOf(r)) {
        union(i, j);
        linked.add(i);
      }
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
    const titles = list.map((i) => titleBigrams(releases[i]!.incident.title));
    for (let k = 1; k < list.length; k++) {
      const cur = releases[list[k]!]!.incident;
      const within = (j: number, days: number): boolean => {
        const gap = daysBetween(releases[list[j]!]!.incident.publishedAt, cur.publishedAt);
        return gap === null || gap <= days;
      };
      if (linked.has(list[k]!)) continue; // its own link says which release it follows
      if (isFollowUp(cur)) {
        if (!within(k - 1, FOLLOW_UP_WINDOW_DAYS)) continue;
        let best = k - 1;
        let bestScore = jaccard(titles[k]!, titles[k - 1]!) + TITLE_MARGIN;
        for (let j = k - 2; j >= 0 && within(j, FOLLOW_UP_WINDOW_DAYS); j--) {
          const score = jaccard(titles[k]!, titles[j]!);
          if (score > bestScore) (best = j), (bestScore = score);
        }
        union(list[k]!, list[best]!);
      } else {
        const title = normalizedTitle(cur.title);
        for (let j = k - 1; j >= 0 && within(j, REPOST_WINDOW_DAYS); j--) {
          if (title !== '' && normalizedTitle(releases[list[j]!]!.incident.title) === title) {
            union(list[k]!, list[j]!);
            break;
          }
        }
      }
    }
  }

  const numbers = new Map<number, number>();
  return releases.map((_, i) => {
    const root = find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}

function normalizedTitle(title: string | null): string {
  return (title ?? '').normalize('NFKC').replace(/[\s【】「」『』()[\]]+/g, '');
}

/** Character bigrams of a title (Japanese has no spaces to split words at). */
function titleBigrams(title: string | null): Set<string> {
  const t = normalizedTitle(title);
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
