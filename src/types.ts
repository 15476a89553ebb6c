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
  /** What the count is among the release's figures: a stated total, a breakdown line under one, or neither. */
  role: CountRole;
  /** `own`: the release's own incident; `other`: another organization's figure it only relays or sets beside its own. */
  scope: CountScope;
  /** What is counted: the people or records the incident reached (`extent`), or something else (see COUNT_MEASURES). */
  measure: CountMeasure;
  /** Figures of this release that this count corrects or updates (171名 → 168名); they are not counts of their own. */
  replaces: CountMention[];
  /** The same figure stated again in another counter (お客様 5,610名 = 個人情報 5,610件). */
  restatedAs: CountMention[];
  evidence: Evidence;
  ruleId: string;
}

export const COUNT_ROLES = ['total', 'part', 'single'] as const;
export type CountRole = (typeof COUNT_ROLES)[number];
export const COUNT_SCOPES = ['own', 'other'] as const;
export type CountScope = (typeof COUNT_SCOPES)[number];
/**
 * extent: people or records affected; logins: accounts an attacker logged into; attempts: attacks or logins tried; sent: mails or messages an
 * attacker sent; traffic: mails received or quarantined, accesses; examined: what an investigation
 * went through; gross: a figure before duplicates were merged; increment: what a report adds to an
 * earlier figure (新たに12万件).
 */
export const COUNT_MEASURES = ['extent', 'logins', 'attempts', 'sent', 'traffic', 'examined', 'gross', 'increment'] as const;
export type CountMeasure = (typeof COUNT_MEASURES)[number];

/** A figure mentioned beside a count: one it replaces, or the same one in another counter. */
export interface CountMention {
  value: number;
  unit: string;
  evidence: Evidence;
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
