import { FIGURE_KEYS, figuresOf, type Figures } from '../output/headline.js';
import { INCIDENT_TYPES, type Incident } from '../types.js';
import { archiveKey, compareReleases, groupIncidents, type Release } from './group.js';

/** A total over incidents: each incident contributes its LATEST figure (see group.ts for "incident"). */
export interface FigureTotal {
  total: number;
  /** Incidents that state this figure. */
  incidents: number;
  /** What summing every release would give (follow-ups counted again); shown for comparison. */
  releaseSum: number;
}

export interface Tally {
  name: string;
  releases: number;
  incidents: number;
}

export interface IncidentSummary {
  organization: string;
  releases: number;
  first: string | null;
  last: string | null;
  figures: Figures;
}

export interface Stats {
  releases: number;
  /** Inputs that could not be parsed (reported on stderr). */
  failed: number;
  /** Files left out as not releases (a README, an app shell; see src/incident/nonRelease.ts). */
  nonReleases: number;
  incidents: number;
  followUps: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Releases per publication month (else the archive path's month), every month from the first to the last (gaps as 0), then "unknown". */
  byMonth: { month: string; releases: number }[];
  byIncidentType: Tally[];
  figures: Record<keyof Figures, FigureTotal>;
  /** The incidents with the largest leaked / possibly leaked figures. */
  largest: IncidentSummary[];
  dataTypes: Tally[];
  products: Tally[];
  cves: Tally[];
}

export interface StatsOptions {
  /** How many products, CVEs and largest incidents to list. */
  top?: number;
  /** Files left out as not releases, reported with the figures. */
  nonReleases?: number;
}

/** Releases in, statistics out: months, types, de-duplicated figures, top data kinds, products, CVEs. */
export function computeStats(releases: readonly Release[], failed = 0, options: StatsOptions = {}): Stats {
  const top = options.top ?? 10;
  const groupOf = groupIncidents(releases);
  const groups: Incident[][] = [];
  releases.forEach((r, i) => (groups[groupOf[i]!] ??= []).push(r.incident));
  for (const g of groups) g.sort(compareReleases);

  const dates = releases.map((r) => r.incident.publishedAt).filter((d): d is string => !!d).sort();

  const figures = {} as Record<keyof Figures, FigureTotal>;
  for (const key of FIGURE_KEYS) figures[key] = { total: 0, incidents: 0, releaseSum: 0 };
  for (const r of releases) {
    const f = figuresOf(r.incident);
    for (const key of FIGURE_KEYS) figures[key].releaseSum += f[key] ?? 0;
  }
  const summaries: IncidentSummary[] = groups.map((g) => {
    const latest = latestFigures(g);
    for (const key of FIGURE_KEYS) {
      if (latest[key] === null) continue;
      figures[key].total += latest[key]!;
      figures[key].incidents++;
    }
    const last = g[g.length - 1]!;
    return {
      organization: last.organization?.name ?? '(unknown)',
      releases: g.length,
      first: g[0]!.publishedAt,
      last: last.publishedAt,
      figures: latest,
    };
  });
  const weight = (s: IncidentSummary): number => Math.max(...FIGURE_KEYS.map((k) => s.figures[k] ?? 0));
  const largest = summaries.filter((s) => weight(s) > 0).sort((a, b) => weight(b) - weight(a)).slice(0, top);

  return {
    releases: releases.length,
    failed,
    nonReleases: options.nonReleases ?? 0,
    incidents: groups.length,
    followUps: releases.filter((r) => r.incident.report.followUp).length,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    byMonth: byMonth(releases),
    byIncidentType: tally(groups, (i) => i.incidentTypes, (a, b) => INCIDENT_TYPES.indexOf(a as never) - INCIDENT_TYPES.indexOf(b as never)),
    figures,
    largest,
    dataTypes: tally(groups, (i) => i.dataTypes),
    products: tally(groups, (i) => i.products.map((p) => p.name), undefined, productKey).slice(0, top),
    cves: tally(groups, (i) => i.cves.map((c) => c.toUpperCase())).slice(0, top),
  };
}

/**
 * Per figure, the value of the latest release of the incident that states it: a follow-up's figure
 * replaces the earlier one, never adds to it. An earlier figure a later release says it corrects
 * (a final report's 3,179,454名 narrowed from the 第2報's 「最大 3,455,754 名」, in its count's
 * `replaces`) is gone even when the later release gives none of that status.
 */
export function latestFigures(releasesInOrder: readonly Incident[]): Figures {
  const out: Figures = { leakedPeople: null, leakedRecords: null, possiblePeople: null, possibleRecords: null };
  for (const incident of releasesInOrder) {
    const corrected = new Set((incident.counts ?? []).flatMap((c) => (c.replaces ?? []).map((r) => r.value)));
    for (const key of FIGURE_KEYS) if (out[key] !== null && corrected.has(out[key]!)) out[key] = null;
    const f = figuresOf(incident);
    for (const key of FIGURE_KEYS) if (f[key] !== null) out[key] = f[key];
  }
  return out;
}

/** The publication date (YYYY-MM-DD or YYYY-MM); when the release gives none, its archive path's (YYYY/MM/DD_name.md, YYYY/MM/XX_name.md). */
export function releaseDate(r: Release): string | null {
  const d = r.incident.publishedAt;
  if (d && /^\d{4}-\d{2}(-\d{2})?/.test(d)) return d.slice(0, 10);
  const path = (r.relPath ?? r.incident.source.path).replace(/\\/g, '/');
  const key = archiveKey(path);
  if (key) return key.slice(0, 10).replace(/\//g, '-');
  // "2025/12/XX_name.md": the archive knows the month, not the day.
  const month = /(?:^|\/)(\d{4})\/(\d{2})\/[^/]{1,300}$/.exec(path);
  return month ? `${month[1]}-${month[2]}` : null;
}

function monthOf(r: Release): string | null {
  return releaseDate(r)?.slice(0, 7) ?? null;
}

/**
 * Releases published within [since, until], both inclusive, each YYYY, YYYY-MM or YYYY-MM-DD
 * ("--until 2025-12" takes all of December). Undated releases are left out when a bound is given.
 */
export function releasesBetween(releases: readonly Release[], since?: string, until?: string): Release[] {
  if (!since && !until) return [...releases];
  return releases.filter((r) => {
    const d = releaseDate(r);
    if (d === null) return false;
    if (since && d < since) return false;
    if (until && d.slice(0, until.length) > until) return false;
    return true;
  });
}

function byMonth(releases: readonly Release[]): { month: string; releases: number }[] {
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const r of releases) {
    const month = monthOf(r);
    if (month === null) unknown++;
    else counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  const out: { month: string; releases: number }[] = [];
  if (months.length > 0) {
    let [y, m] = months[0]!.split('-').map(Number) as [number, number];
    const last = months[months.length - 1]!;
    for (;;) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      out.push({ month: key, releases: counts.get(key) ?? 0 });
      if (key >= last) break;
      m++;
      if (m > 12) (m = 1), y++;
    }
  }
  if (unknown > 0) out.push({ month: 'unknown', releases: unknown });
  return out;
}

/** Same product however it is spaced or cased: "Microsoft365" = "Microsoft 365" = "ＭＩＣＲＯＳＯＦＴ 365". */
export function productKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\u3000]+/g, '');
}

/**
 * How many releases and incidents mention each value, most releases first. Values are grouped by
 * `keyOf`; the spelling shown is the one used most.
 */
function tally(
  groups: readonly Incident[][],
  valuesOf: (i: Incident) => readonly string[],
  order?: (a: string, b: string) => number,
  keyOf: (v: string) => string = (v) => v,
): Tally[] {
  const rows = new Map<string, { releases: number; incidents: number; spellings: Map<string, number> }>();
  for (const g of groups) {
    const inIncident = new Set<string>();
    for (const incident of g) {
      const inRelease = new Set<string>();
      for (const value of valuesOf(incident)) {
        const key = keyOf(value);
        const row = rows.get(key) ?? { releases: 0, incidents: 0, spellings: new Map<string, number>() };
        rows.set(key, row);
        row.spellings.set(value, (row.spellings.get(value) ?? 0) + 1);
        if (!inRelease.has(key)) (inRelease.add(key), row.releases++);
        if (!inIncident.has(key)) (inIncident.add(key), row.incidents++);
      }
    }
  }
  const out = [...rows.values()].map((r) => ({
    name: [...r.spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
    releases: r.releases,
    incidents: r.incidents,
  }));
  return out.sort((a, b) => b.releases - a.releases || b.incidents - a.incidents || (order ? order(a.name, b.name) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
