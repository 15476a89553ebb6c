/**
 * The incident JSON (schemaVersion 1) and the internal finding types the pipeline passes along.
 * Field names here are a public contract: users' jq scripts read them.
 */

/** A span of the decoded source text: `text === source.slice(start, end)`; `line` is 1-based. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  line: number;
}

export type OrganizationKind = 'company' | 'government' | 'school' | 'medical' | 'association' | 'other';

export interface Organization {
  name: string;
  normalizedName: string;
  kind: OrganizationKind;
  headquarters: string | null;
  representative: string | null;
  evidence: Evidence | null;
}

export interface PreviousReport {
  label: string;
  url: string | null;
  date: string | null;
}

export interface ReportInfo {
  number: number | null;
  followUp: boolean;
  final: boolean;
  previous: PreviousReport[];
  evidence: Evidence | null;
}

export const INCIDENT_TYPES = [
  'unauthorized_access', 'ransomware', 'malware', 'account_compromise', 'phishing', 'web_tampering',
  'misdelivery', 'misconfiguration', 'loss_theft', 'insider', 'outage', 'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const TIMELINE_EVENTS = [
  'occurred', 'detected', 'contained', 'reported', 'notified', 'published', 'patched', 'restored', 'other',
] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

export interface TimelineEntry {
  /** "YYYY-MM-DD", or "YYYY-MM" when only the month is known. */
  date: string;
  event: TimelineEvent;
  /** false when the year (or more) was inferred rather than written. */
  certain: boolean;
  /** 上旬 / 中旬 / 下旬 / 頃 / 末 when the text qualifies the date. */
  qualifier: string | null;
  evidence: Evidence;
  ruleId: string;
}

export const COUNT_STATUSES = ['leaked', 'possible', 'affected', 'not_leaked'] as const;
export type CountStatus = (typeof COUNT_STATUSES)[number];

export interface Count {
  value: number;
  unit: string;
  subject: string | null;
  /** The heading of the section the count stands in (e.g. the service it belongs to). */
  section: string | null;
  status: CountStatus;
  approx: boolean;
  evidence: Evidence;
  ruleId: string;
}

export const DATA_TYPES = [
  'name', 'address', 'phone', 'email', 'birthdate', 'gender', 'credit_card', 'bank_account', 'login_id',
  'password', 'id_number', 'health', 'employment', 'order_history', 'message_content', 'other',
] as const;
export type DataType = (typeof DATA_TYPES)[number];

/**
 * One headline figure: the single count the release stands behind for its own incident, and
 * where it came from (`count` indexes `Incident.counts`).
 */
export interface HeadlineFigure {
  value: number;
  unit: string;
  approx: boolean;
  /** Index of the count in `Incident.counts` this figure is. */
  count: number;
  evidence: Evidence;
}

/** The figures a reader quotes first: confirmed and possibly leaked, people and records. */
export interface Headline {
  confirmedPeople: HeadlineFigure | null;
  confirmedRecords: HeadlineFigure | null;
  possiblePeople: HeadlineFigure | null;
  possibleRecords: HeadlineFigure | null;
}

export const HEADLINE_KEYS = ['confirmedPeople', 'confirmedRecords', 'possiblePeople', 'possibleRecords'] as const;

export interface Product {
  name: string;
  vendor: string | null;
  evidence: Evidence;
  ruleId: string;
}

/** Why a fact is in the incident: one entry per fact when `--explain` is on. */
export interface ExplainEntry {
  field: string;
  value: unknown;
  ruleId: string;
  evidence: Evidence | null;
}

export interface SourceInfo {
  path: string;
  format: string;
  encoding: string;
  sha256: string;
}

export interface Incident {
  schemaVersion: 1;
  source: SourceInfo;
  title: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  organization: Organization | null;
  report: ReportInfo;
  incidentTypes: IncidentType[];
  timeline: TimelineEntry[];
  counts: Count[];
  headline: Headline;
  dataTypes: DataType[];
  notLeaked: DataType[];
  products: Product[];
  cves: string[];
  warnings: string[];
  explain?: ExplainEntry[];
}
