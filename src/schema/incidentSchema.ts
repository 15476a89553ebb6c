import { COUNT_MEASURES, COUNT_ROLES, COUNT_SCOPES, COUNT_STATUSES, DATA_TYPES, INCIDENT_TYPES, TIMELINE_EVENTS } from '../types.js';

/**
 * The JSON Schema (draft 2020-12) of the incident JSON, schemaVersion 1. `disclose schema` prints it;
 * tests validate every output of parse and batch against it with ajv. Kept beside src/types.ts:
 * change both together.
 */
const evidence = {
  type: 'object',
  required: ['text', 'start', 'end', 'line'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', description: 'exactly source.slice(start, end)' },
    start: { type: 'integer', minimum: 0, description: 'UTF-16 offset into the decoded source text' },
    end: { type: 'integer', minimum: 0 },
    line: { type: 'integer', minimum: 1, description: '1-based line of start' },
  },
} as const;

const headlineFigure = {
  type: 'object',
  required: ['value', 'unit', 'approx', 'count', 'evidence'],
  additionalProperties: false,
  properties: {
    value: { type: 'integer', minimum: 0 },
    unit: { type: 'string', minLength: 1 },
    approx: { type: 'boolean' },
    count: { type: 'integer', minimum: 0, description: 'index of the count in counts[] this figure is' },
    evidence: { $ref: '#/$defs/evidence' },
  },
} as const;

const countMention = {
  type: 'object',
  required: ['value', 'unit', 'evidence'],
  additionalProperties: false,
  properties: {
    value: { type: 'integer', minimum: 0 },
    unit: { type: 'string', minLength: 1 },
    evidence: { $ref: '#/$defs/evidence' },
  },
} as const;

export const nullable = <T extends object>(schema: T) => ({ anyOf: [schema, { type: 'null' }] });
const isoDate = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;
export const isoDateOrMonth = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$' } as const;

export const INCIDENT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/disclose/disclose/schema/incident-1.json',
  title: 'disclose incident',
  description: 'A Japanese security-incident disclosure as structured data; every fact carries its evidence.',
  type: 'object',
  required: ['schemaVersion', 'source', 'title', 'sourceUrl', 'publishedAt', 'organization', 'report', 'incidentTypes', 'timeline', 'counts', 'headline', 'dataTypes', 'notLeaked', 'products', 'cves', 'warnings'],
  additionalProperties: false,
  $defs: { evidence, headlineFigure, countMention },
  properties: {
    schemaVersion: { const: 1 },
    source: {
      type: 'object',
      required: ['path', 'format', 'encoding', 'sha256'],
      additionalProperties: false,
      properties: {
        path: { type: 'string' },
        format: { type: 'string', examples: ['archive-markdown', 'text', 'html', 'pdf'] },
        encoding: { type: 'string' },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      },
    },
    title: nullable({ type: 'string' }),
    sourceUrl: nullable({ type: 'string' }),
    publishedAt: nullable(isoDate),
    organization: nullable({
      type: 'object',
      required: ['name', 'normalizedName', 'kind', 'headquarters', 'representative', 'evidence'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1 },
        normalizedName: { type: 'string', minLength: 1 },
        kind: { enum: ['company', 'government', 'school', 'medical', 'association', 'other'] },
        headquarters: nullable({ type: 'string' }),
        representative: nullable({ type: 'string' }),
        evidence: nullable({ $ref: '#/$defs/evidence' }),
      },
    }),
    report: {
      type: 'object',
      required: ['number', 'followUp', 'final', 'previous', 'evidence'],
      additionalProperties: false,
      properties: {
        number: nullable({ type: 'integer', minimum: 1 }),
        followUp: { type: 'boolean' },
        final: { type: 'boolean' },
        previous: {
          type: 'array',
          items: {
            type: 'object',
            required: ['label', 'url', 'date'],
            additionalProperties: false,
            properties: { label: { type: 'string' }, url: nullable({ type: 'string' }), date: nullable(isoDateOrMonth) },
          },
        },
        evidence: nullable({ $ref: '#/$defs/evidence' }),
      },
    },
    incidentTypes: { type: 'array', uniqueItems: true, items: { enum: [...INCIDENT_TYPES] } },
    timeline: {
      type: 'array',
      items: {
        type: 'object',
        required: ['date', 'event', 'certain', 'qualifier', 'evidence', 'ruleId'],
        additionalProperties: false,
        properties: {
          date: isoDateOrMonth,
          event: { enum: [...TIMELINE_EVENTS] },
          certain: { type: 'boolean' },
          qualifier: nullable({ type: 'string' }),
          evidence: { $ref: '#/$defs/evidence' },
          ruleId: { type: 'string' },
        },
      },
    },
    counts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['value', 'unit', 'subject', 'section', 'status', 'approx', 'role', 'scope', 'measure', 'replaces', 'restatedAs', 'evidence', 'ruleId'],
        additionalProperties: false,
        properties: {
          value: { type: 'integer', minimum: 0 },
          unit: { type: 'string', minLength: 1 },
          subject: nullable({ type: 'string' }),
          section: nullable({ type: 'string' }),
          status: { enum: [...COUNT_STATUSES] },
          approx: { type: 'boolean' },
          role: { enum: [...COUNT_ROLES], description: 'total: a stated total; part: a breakdown line under a total; single: neither' },
          scope: { enum: [...COUNT_SCOPES], description: "own: the release's own incident; other: another organization's figure the release relays or sets beside its own" },
          measure: { enum: [...COUNT_MEASURES], description: 'extent: people or records affected; else logins (accounts an attacker logged into), attempts, sent (by an attacker), traffic, examined, gross (before duplicates were merged), increment' },
          replaces: { type: 'array', items: { $ref: '#/$defs/countMention' }, description: 'figures of this release that this count corrects or updates' },
          restatedAs: { type: 'array', items: { $ref: '#/$defs/countMention' }, description: 'the same figure stated again in another counter' },
          evidence: { $ref: '#/$defs/evidence' },
          ruleId: { type: 'string' },
        },
      },
    },
    headline: {
      type: 'object',
      required: ['confirmedPeople', 'confirmedRecords', 'possiblePeople', 'possibleRecords'],
      additionalProperties: false,
      properties: {
        confirmedPeople: nullable({ $ref: '#/$defs/headlineFigure' }),
        confirmedRecords: nullable({ $ref: '#/$defs/headlineFigure' }),
        possiblePeople: nullable({ $ref: '#/$defs/headlineFigure' }),
        possibleRecords: nullable({ $ref: '#/$defs/headlineFigure' }),
      },
    },
    dataTypes: { type: 'array', uniqueItems: true, items: { enum: [...DATA_TYPES] } },
    notLeaked: { type: 'array', uniqueItems: true, items: { enum: [...DATA_TYPES] } },
    products: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'vendor', 'evidence', 'ruleId'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          vendor: nullable({ type: 'string' }),
          evidence: { $ref: '#/$defs/evidence' },
          ruleId: { type: 'string' },
        },
      },
    },
    cves: { type: 'array', uniqueItems: true, items: { type: 'string', pattern: '^CVE-[0-9]{4}-[0-9]{4,}$' } },
    warnings: { type: 'array', items: { type: 'string' } },
    explain: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'value', 'ruleId', 'evidence'],
        additionalProperties: false,
        properties: {
          field: { type: 'string' },
          value: {},
          ruleId: { type: 'string' },
          evidence: nullable({ $ref: '#/$defs/evidence' }),
        },
      },
    },
  },
} as const;
