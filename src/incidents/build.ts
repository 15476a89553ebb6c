import { HEADLINE_KEYS, type DataType, type Evidence, type Headline, type Incident, type IncidentType, type TimelineEntry } from '../types.js';
import { RECOVERY_WORDS } from '../words/incidentLinks.js';
import { groupReleases, isClosing, organizationKey, releaseDate, type LinkKind, type Release } from './group.js';

/** One incident across its releases: what `disclose incidents` prints per line. */
export interface IncidentRecord {
  /** Stable across runs: the first release's date and the organization ("2025-12-19-TOKAIコミュニケーションズ"). */
  id: string;
  organization: { name: string; normalizedName: string; kind: string } | null;
  /** closed when the last release is a 最終報 or says the investigation is done / gives 再発防止策. */
  status: 'ongoing' | 'closed';
  firstDate: string | null;
  lastDate: string | null;
  releases: ReleaseRef[];
  /** The figures of the latest release that states any (each with its release and evidence) — never a sum over releases. */
  headline: Record<(typeof HEADLINE_KEYS)[number], ConsolidatedFigure | null>;
  timeline: (TimelineEntry & { release: string })[];
  incidentTypes: IncidentType[];
  /** Data kinds leaked or possibly leaked as the latest release on each says (a kind later ruled out is in notLeaked). */
  dataTypes: DataType[];
  notLeaked: DataType[];
  products: { name: string; vendor: string | null; release: string }[];
  cves: string[];
  /** Per follow-up, what changed against the release before it. */
  changes: ReleaseChanges[];
}

export type ReleaseRole = 'first' | 'follow-up' | 'recovery' | 'final';

export interface ReleaseRef {
  path: string;
  publishedAt: string | null;
  title: string | null;
  sourceUrl: string | null;
  report: { number: number | null };
  role: ReleaseRole;
  linkedBy: { kind: LinkKind; text: string; release: string }[];
}

export interface ConsolidatedFigure {
  value: number;
  unit: string;
  approx: boolean;
  release: string;
  evidence: Evidence;
}

export interface FigureChange {
  figure: (typeof HEADLINE_KEYS)[number];
  from: number | null;
  to: number | null;
  unit: string;
  /** raised / lowered: both releases state it; stated: only the newer one; notRestated: only the older one. */
  change: 'raised' | 'lowered' | 'stated' | 'notRestated';
  evidence: Evidence | null;
}

export interface ReleaseChanges {
  release: string;
  previous: string;
  figures: FigureChange[];
  dataTypesAdded: DataType[];
  dataTypesRuledOut: DataType[];
  incidentTypesAdded: IncidentType[];
  newDates: { date: string; event: string; text: string }[];
  status: { from: 'ongoing' | 'closed'; to: 'ongoing' | 'closed' } | null;
}

function statusOf(i: Incident, text?: string): 'ongoing' | 'closed' {
  return isClosing(i, text) ? 'closed' : 'ongoing';
}

/** What changed from one release to the next: figures, data kinds, dates, status. */
export function changesBetween(older: Incident, newer: Incident, texts: { older?: string; newer?: string } = {}): ReleaseChanges {
  const figures: FigureChange[] = [];
  const ho: Partial<Headline> = older.headline ?? {};
  const hn: Partial<Headline> = newer.headline ?? {};
  for (const key of HEADLINE_KEYS) {
    const a = ho[key] ?? null;
    const b = hn[key] ?? null;
    if (a === null && b === null) continue;
    if (a !== null && b !== null) {
      if (a.value === b.value && a.unit === b.unit) continue;
      figures.push({ figure: key, from: a.value, to: b.value, unit: b.unit, change: b.value >= a.value ? 'raised' : 'lowered', evidence: b.evidence });
    } else if (b !== null) figures.push({ figure: key, from: null, to: b.value, unit: b.unit, change: 'stated', evidence: b.evidence });
    else figures.push({ figure: key, from: a!.value, to: null, unit: a!.unit, change: 'notRestated', evidence: null });
  }
  const seen = new Set(older.timeline.map((t) => `${t.date}|${t.event}`));
  const newDates: ReleaseChanges['newDates'] = [];
  for (const t of newer.timeline) {
    const key = `${t.date}|${t.event}`;
    if (seen.has(key)) continue;
    seen.add(key); // one line per date and event, however often the release repeats it
    newDates.push({ date: t.date, event: t.event, text: t.evidence.text });
  }
  const from = statusOf(older, texts.older);
  const to = statusOf(newer, texts.newer);
  return {
    release: newer.source.path,
    previous: older.source.path,
    figures,
    dataTypesAdded: newer.dataTypes.filter((d) => !older.dataTypes.includes(d)),
    dataTypesRuledOut: newer.notLeaked.filter((d) => !older.notLeaked.includes(d)),
    incidentTypesAdded: newer.incidentTypes.filter((d) => !older.incidentTypes.includes(d)),
    newDates,
    status: from === to ? null : { from, to },
  };
}

function roleOf(i: Incident, index: number, text?: string): ReleaseRole {
  if (index === 0) return 'first';
  if (isClosing(i, text)) return 'final';
  const title = i.title ?? '';
  if (RECOVERY_WORDS.some((w) => title.includes(w))) return 'recovery';
  return 'follow-up';
}

function union<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const l of lists) for (const x of l) if (!out.includes(x)) out.push(x);
  return out;
}

/**
 * Data kinds over the series, the later release deciding: a kind ruled out (notLeaked) after it was
 * feared leaked leaves dataTypes, and one found leaked after it was ruled out leaves notLeaked.
 */
function dataKinds(incidents: readonly Incident[]): { dataTypes: DataType[]; notLeaked: DataType[] } {
  const state = new Map<DataType, 'leaked' | 'not'>();
  for (const i of incidents) {
    for (const d of i.dataTypes) state.set(d, 'leaked');
    for (const d of i.notLeaked ?? []) if (!i.dataTypes.includes(d)) state.set(d, 'not');
  }
  const inOrder = union(incidents.map((i) => [...i.dataTypes, ...(i.notLeaked ?? [])]));
  return { dataTypes: inOrder.filter((d) => state.get(d) === 'leaked'), notLeaked: inOrder.filter((d) => state.get(d) === 'not') };
}

/** One record per incident, in order of first release (then id). */
export function buildIncidents(releases: readonly Release[]): IncidentRecord[] {
  const { groupOf, linkedBy } = groupReleases(releases);
  const members: number[][] = [];
  groupOf.forEach((g, i) => (members[g] ??= []).push(i));
  const usedIds = new Map<string, number>();
  return members.map((list) => {
    const ordered = [...list]; // groupReleases numbers groups in release order; order members the same way
    ordered.sort((x, y) => {
      const dx = releaseDate(releases[x]!) ?? '\uffff';
      const dy = releaseDate(releases[y]!) ?? '\uffff';
      if (dx !== dy) return dx < dy ? -1 : 1;
      const nx = releases[x]!.incident.report.number ?? 0;
      const ny = releases[y]!.incident.report.number ?? 0;
      return nx - ny || (releases[x]!.incident.source.path < releases[y]!.incident.source.path ? -1 : 1);
    });
    const incidents = ordered.map((i) => releases[i]!.incident);
    const first = releases[ordered[0]!]!;
    const last = releases[ordered[ordered.length - 1]!]!;
    const pathOf = (i: number): string => releases[i]!.incident.source.path;
    const org = incidents.find((i) => i.organization)?.organization ?? null;
    const firstDate = releaseDate(first);
    const baseId = `${firstDate ?? 'undated'}-${(org ? organizationKey(first.incident) ?? org.normalizedName : null) ?? 'unknown'}`;
    const n = (usedIds.get(baseId) ?? 0) + 1;
    usedIds.set(baseId, n);
    // the latest release that states any figure speaks for all four (a possible count it no longer
    // gives was superseded, e.g. confirmed); a later notice with no figures (a recovery) changes nothing
    const headline = {} as IncidentRecord['headline'];
    const stating = [...incidents].reverse().find((i) => HEADLINE_KEYS.some((k) => i.headline?.[k]));
    for (const key of HEADLINE_KEYS) {
      const f = stating?.headline?.[key];
      headline[key] = f ? { value: f.value, unit: f.unit, approx: f.approx, release: stating!.source.path, evidence: f.evidence } : null;
    }
    const timeline: IncidentRecord['timeline'] = [];
    const seenDates = new Set<string>();
    for (const i of incidents)
      for (const t of i.timeline) {
        const k = `${t.date}|${t.event}`;
        if (seenDates.has(k)) continue;
        seenDates.add(k);
        timeline.push({ ...t, release: i.source.path });
      }
    timeline.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const products: IncidentRecord['products'] = [];
    for (const i of incidents) for (const p of i.products) if (!products.some((q) => q.name === p.name)) products.push({ name: p.name, vendor: p.vendor, release: i.source.path });
    const changes: ReleaseChanges[] = [];
    for (let k = 1; k < ordered.length; k++) changes.push(changesBetween(incidents[k - 1]!, incidents[k]!, { older: releases[ordered[k - 1]!]!.text, newer: releases[ordered[k]!]!.text }));
    return {
      id: n === 1 ? baseId : `${baseId}-${n}`,
      organization: org ? { name: org.name, normalizedName: org.normalizedName, kind: org.kind } : null,
      status: statusOf(last.incident, last.text),
      firstDate,
      lastDate: releaseDate(last),
      releases: ordered.map((i, k) => ({
        path: pathOf(i),
        publishedAt: releases[i]!.incident.publishedAt,
        title: releases[i]!.incident.title,
        sourceUrl: releases[i]!.incident.sourceUrl,
        report: { number: releases[i]!.incident.report.number },
        role: roleOf(releases[i]!.incident, k, releases[i]!.text),
        linkedBy: linkedBy[i]!.map((s) => ({ kind: s.kind, text: s.text, release: pathOf(s.to) })),
      })),
      headline,
      timeline,
      incidentTypes: union(incidents.map((i) => i.incidentTypes)),
      ...dataKinds(incidents),
      products,
      cves: union(incidents.map((i) => i.cves.map((c) => c.toUpperCase()))),
      changes,
    };
  });
}
