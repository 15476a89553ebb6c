import { DATA_TYPES, HEADLINE_KEYS, INCIDENT_TYPES, TIMELINE_EVENTS } from '../types.js';
import { INCIDENT_SCHEMA, isoDateOrMonth as isoDate, nullable } from '../schema/incidentSchema.js';
import { LINK_KINDS } from './group.js';

/**
 * The JSON Schema (draft 2020-12) of one `disclose incidents` record (src/incidents/build.ts): kept
 * beside IncidentRecord, change both together. Tests validate the command's output against it.
 */
const figureKey = { enum: [...HEADLINE_KEYS] } as const;
const status = { enum: ['ongoing', 'closed'] } as const;
const strings = { type: 'array', items: { type: 'string' } } as const;

const consolidatedFigure = {
  type: 'object',
  required: ['value', 'unit', 'approx', 'release', 'evidence'],
  additionalProperties: false,
  properties: {
    value: { type: 'integer', minimum: 0 },
    unit: { type: 'string', minLength: 1 },
    approx: { type: 'boolean' },
    release: { type: 'string', description: 'path of the release that states it' },
    evidence: { $ref: '#/$defs/evidence' },
  },
} as const;

const changes = {
  type: 'object',
  required: ['release', 'previous', 'figures', 'dataTypesAdded', 'dataTypesRuledOut', 'incidentTypesAdded', 'newDates', 'status'],
  additionalProperties: false,
  properties: {
    release: { type: 'string' },
    previous: { type: 'string' },
    figures: {
      type: 'array',
      items: {
        type: 'object',
        required: ['figure', 'from', 'to', 'unit', 'change', 'evidence'],
        additionalProperties: false,
        properties: {
          figure: figureKey,
          from: nullable({ type: 'integer', minimum: 0 }),
          to: nullable({ type: 'integer', minimum: 0 }),
          unit: { type: 'string' },
          change: { enum: ['raised', 'lowered', 'stated', 'notRestated'] },
          evidence: nullable({ $ref: '#/$defs/evidence' }),
        },
      },
    },
    dataTypesAdded: { type: 'array', items: { enum: [...DATA_TYPES] } },
    dataTypesRuledOut: { type: 'array', items: { enum: [...DATA_TYPES] } },
    incidentTypesAdded: { type: 'array', items: { enum: [...INCIDENT_TYPES] } },
    newDates: {
      type: 'array',
      items: {
        type: 'object',
        required: ['date', 'event', 'text'],
        additionalProperties: false,
        properties: { date: isoDate, event: { enum: [...TIMELINE_EVENTS] }, text: { type: 'string' } },
      },
    },
    status: nullable({ type: 'object', required: ['from', 'to'], additionalProperties: false, properties: { from: status, to: status } }),
  },
} as const;

const timelineEntry = INCIDENT_SCHEMA.properties.timeline.items;

export const INCIDENT_RECORD_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/disclose/disclose/schema/incident-record-1.json',
  title: 'disclose incident record',
  description: 'One incident across its releases: the releases and why each joined, the latest figures, merged facts, and what each follow-up changed.',
  type: 'object',
  $defs: { evidence: INCIDENT_SCHEMA.$defs.evidence, changes },
  required: ['id', 'organization', 'status', 'firstDate', 'lastDate', 'releases', 'headline', 'timeline', 'incidentTypes', 'dataTypes', 'notLeaked', 'products', 'cves', 'changes'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1 },
    organization: nullable({
      type: 'object',
      required: ['name', 'normalizedName', 'kind'],
      additionalProperties: false,
      properties: { name: { type: 'string' }, normalizedName: { type: 'string' }, kind: { type: 'string' } },
    }),
    status,
    firstDate: nullable(isoDate),
    lastDate: nullable(isoDate),
    releases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['path', 'publishedAt', 'title', 'sourceUrl', 'report', 'role', 'linkedBy'],
        additionalProperties: false,
        properties: {
          path: { type: 'string' },
          publishedAt: nullable({ type: 'string' }),
          title: nullable({ type: 'string' }),
          sourceUrl: nullable({ type: 'string' }),
          report: { type: 'object', required: ['number'], additionalProperties: false, properties: { number: nullable({ type: 'integer' }) } },
          role: { enum: ['first', 'follow-up', 'recovery', 'final'] },
          linkedBy: {
            type: 'array',
            items: {
              type: 'object',
              required: ['kind', 'text', 'release'],
              additionalProperties: false,
              properties: { kind: { enum: [...LINK_KINDS] }, text: { type: 'string' }, release: { type: 'string' } },
            },
          },
        },
      },
    },
    headline: {
      type: 'object',
      required: [...HEADLINE_KEYS],
      additionalProperties: false,
      properties: Object.fromEntries(HEADLINE_KEYS.map((k) => [k, nullable(consolidatedFigure)])),
    },
    timeline: {
      type: 'array',
      items: { ...timelineEntry, required: [...timelineEntry.required, 'release'], properties: { ...timelineEntry.properties, release: { type: 'string' } } },
    },
    incidentTypes: { type: 'array', uniqueItems: true, items: { enum: [...INCIDENT_TYPES] } },
    dataTypes: { type: 'array', uniqueItems: true, items: { enum: [...DATA_TYPES] } },
    notLeaked: { type: 'array', uniqueItems: true, items: { enum: [...DATA_TYPES] } },
    products: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'vendor', 'release'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, vendor: nullable({ type: 'string' }), release: { type: 'string' } },
      },
    },
    cves: { ...strings, uniqueItems: true },
    changes: { type: 'array', items: { $ref: '#/$defs/changes' } },
  },
} as const;

/** `disclose diff --format json`: one changes object. */
export const RELEASE_CHANGES_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/disclose/disclose/schema/release-changes-1.json',
  title: 'disclose diff',
  $defs: { evidence: INCIDENT_SCHEMA.$defs.evidence },
  ...changes,
} as const;
