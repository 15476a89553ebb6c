import { headlineOf } from '../incident/headline.js';
import { buildIncidents } from '../incidents/build.js';
import { compareReleases, type Release } from '../incidents/group.js';
import { FIGURE_KEYS, type Figures } from '../output/headline.js';
import { productKey, releaseDate } from '../stats/aggregate.js';
import { INCIDENT_TYPES, type Evidence, type Headline, type Incident } from '../types.js';

/**
 * What the page embeds: one entry per incident with its releases, compact enough for the whole
 * archive to stay a few MB. The page adds everything up in the browser (so filters work without a
 * server) exactly as `stats` does: per incident, each figure is the one its LATEST release states.
 */
export interface ReportData {
  schema: 'disclose-report/1';
  generator: string;
  incidentTypes: readonly string[];
  figureKeys: readonly (keyof Figures)[];
  incidents: ReportIncident[];
}

export interface ReportIncident {
  id: string;
  organization: string | null;
  /** Organization kind (company, government, school, medical, association, other), or null. */
  kind: string | null;
  status: 'ongoing' | 'closed';
  incidentTypes: string[];
  /** In the order `stats` reads them (date, report number, path): the last one stating a figure gives it. */
  releases: ReportRelease[];
  timeline: { date: string; event: string; text: string; release: number }[];
  /** Per follow-up (index into releases), the headline figures it changed. */
  changes: { release: number; figures: { figure: string; from: number | null; to: number | null; unit: string; change: string }[] }[];
}

export interface ReportRelease {
  /** YYYY-MM-DD, YYYY-MM (the archive path knows only the month), or null. */
  date: string | null;
  title: string | null;
  url: string | null;
  path: string;
  role: string;
  incidentTypes: string[];
  dataTypes: string[];
  /** [grouping key, spelling] as stats counts products. */
  products: [string, string][];
  /** leakedPeople, leakedRecords, possiblePeople, possibleRecords: null or [value, unit, approx, evidence sentence]. */
  figures: (ReportFigure | null)[];
}

export type ReportFigure = [value: number, unit: string, approx: boolean, evidence: string];

const HEADLINE_OF: Record<keyof Figures, keyof Headline> = {
  leakedPeople: 'confirmedPeople',
  leakedRecords: 'confirmedRecords',
  possiblePeople: 'possiblePeople',
  possibleRecords: 'possibleRecords',
};

/** Longest evidence sentence kept per figure (the page shows it; the JSON output has the full span). */
const EVIDENCE_CHARS = 240;
/** A dated event's sentence is shorter: what happened that day, not the whole paragraph. */
const EVENT_CHARS = 80;

export function buildReportData(releases: readonly Release[], generator: string): ReportData {
  const records = buildIncidents(releases);
  const byPath = new Map<string, Release[]>();
  for (const r of releases) {
    const list = byPath.get(r.incident.source.path) ?? [];
    list.push(r);
    byPath.set(r.incident.source.path, list);
  }
  const incidents = records.map((record): ReportIncident => {
    const members = record.releases.map((ref) => byPath.get(ref.path)!.shift()!);
    const roleOf = new Map(members.map((m, k) => [m, record.releases[k]!.role]));
    // the order computeStats reads a group in, so "latest" means the same release here and there
    const ordered = [...members].sort((a, b) => compareReleases(a.incident, b.incident));
    const indexOfPath = new Map(ordered.map((m, k) => [m.incident.source.path, k]));
    return {
      id: record.id,
      organization: record.organization?.name ?? null,
      kind: record.organization?.kind ?? null,
      status: record.status,
      incidentTypes: [...record.incidentTypes].sort((a, b) => INCIDENT_TYPES.indexOf(a) - INCIDENT_TYPES.indexOf(b)),
      releases: ordered.map((m) => releaseOf(m, roleOf.get(m) ?? 'follow-up')),
      timeline: record.timeline.map((t) => {
        const k = indexOfPath.get(t.release) ?? 0;
        return { date: t.date, event: t.event, text: sentenceOf(t.evidence, ordered[k]?.text, EVENT_CHARS), release: k };
      }),
      changes: record.changes
        .filter((c) => c.figures.length > 0)
        .map((c) => ({
          release: indexOfPath.get(c.release) ?? 0,
          figures: c.figures.map((f) => ({ figure: f.figure, from: f.from, to: f.to, unit: f.unit, change: f.change })),
        })),
    };
  });
  return { schema: 'disclose-report/1', generator, incidentTypes: INCIDENT_TYPES, figureKeys: FIGURE_KEYS, incidents };
}

function releaseOf(r: Release, role: string): ReportRelease {
  const i: Incident = r.incident;
  return {
    date: releaseDate(r),
    title: i.title,
    url: i.sourceUrl,
    path: r.relPath ?? i.source.path,
    role,
    incidentTypes: i.incidentTypes,
    dataTypes: i.dataTypes,
    products: i.products.map((p) => [productKey(p.name), p.name]),
    figures: FIGURE_KEYS.map((key) => figureOf(r, key)),
  };
}

/** The release's headline figure for a stats key (the same value `figuresOf` gives), with its evidence sentence. */
function figureOf(r: Release, key: keyof Figures): ReportFigure | null {
  // incident JSON written before the headline existed: its counts give it (as figuresOf does)
  const f = (r.incident.headline ?? headlineOf(r.incident.counts ?? []))[HEADLINE_OF[key]];
  if (!f) return null;
  return [f.value, f.unit, f.approx, sentenceOf(f.evidence, r.text)];
}

/** Ends a sentence or a list item: the evidence is widened to the text between two of them. */
const SENTENCE_END = /[。！？\n]/;

/**
 * The sentence around an evidence span, when the release text is at hand and the span is where it
 * says (else the span itself), flattened and clipped to EVIDENCE_CHARS around the span.
 */
export function sentenceOf(evidence: Evidence, text: string | undefined, max = EVIDENCE_CHARS): string {
  if (text === undefined || text.slice(evidence.start, evidence.end) !== evidence.text) return clip(evidence.text, max);
  // at most EVIDENCE_CHARS / 2 either side, so a long run without a full stop never hides the span
  const reach = max / 2;
  let start = evidence.start;
  while (start > 0 && evidence.start - start < reach && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = evidence.end;
  while (end < text.length && end - evidence.end < reach && !SENTENCE_END.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n' && SENTENCE_END.test(text[end]!)) end++; // keep the 。
  return clip(text.slice(start, end), max + evidence.text.length + 1);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
