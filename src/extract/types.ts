import type { DocumentContext } from '../document.js';
import type { Count, CountMention, DataType, Evidence, IncidentType, OrganizationKind, PreviousReport, TimelineEntry } from '../types.js';

/** One fact an extractor found, with where it stands and which rule fired. */
export interface Finding<T> {
  value: T;
  evidence: Evidence | null;
  ruleId: string;
  /** Normalized offset of the fact, for ordering and context look-ups. */
  at: number;
}

export interface OrganizationCandidate {
  name: string;
  kind: OrganizationKind;
  headquarters: string | null;
  representative: string | null;
  /** Higher is more certain; the best candidate becomes the organization. */
  score: number;
}

/** A timeline entry before the builder adds its evidence and ruleId from the finding. */
export type TimelineDraft = Omit<TimelineEntry, 'evidence' | 'ruleId'>;

/** A count before the builder adds its evidence and ruleId from the finding. */
export type CountDraft = Omit<Count, 'evidence' | 'ruleId'>;

export interface Findings {
  title: Finding<string>[];
  publishedAt: Finding<string>[];
  sourceUrl: Finding<string>[];
  organization: Finding<OrganizationCandidate>[];
  reportNumber: Finding<number>[];
  followUp: Finding<boolean>[];
  finalReport: Finding<boolean>[];
  previous: Finding<PreviousReport>[];
  incidentTypes: Finding<{ type: IncidentType; negated: boolean }>[];
  timeline: Finding<TimelineDraft>[];
  counts: Finding<CountDraft>[];
  /** Figures the release corrects or updates (171名 → 168名): a refiner hands each to the count that replaces it. */
  replacedCounts: Finding<CountMention>[];
  dataTypes: Finding<{ type: DataType; leaked: boolean }>[];
  products: Finding<{ name: string; vendor: string | null }>[];
  cves: Finding<string>[];
}

export function emptyFindings(): Findings {
  return {
    title: [], publishedAt: [], sourceUrl: [], organization: [], reportNumber: [], followUp: [], finalReport: [],
    previous: [], incidentTypes: [], timeline: [], counts: [], replacedCounts: [], dataTypes: [], products: [], cves: [],
  };
}

export interface ExtractOptions {
  /** Allow kuromoji (loaded lazily). Off, extractors fall back to patterns alone. */
  tokenize: boolean;
}

/**
 * An extractor reads the document (and what earlier extractors found, e.g. the publication date
 * that resolves a year-less date) and returns its findings.
 */
export interface Extractor {
  id: string;
  extract(doc: DocumentContext, found: Readonly<Findings>, options: ExtractOptions): Partial<Findings> | Promise<Partial<Findings>>;
}

/** A refiner rewrites the findings once all extractors ran: merge, drop overlaps, resolve negation. */
export interface Refiner {
  id: string;
  refine(found: Findings, doc: DocumentContext): Findings;
}
