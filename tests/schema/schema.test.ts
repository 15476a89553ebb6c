import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/app.js';
import { memoryIO } from '../../src/cli/io.js';
import { parseFile } from '../../src/parse.js';
import { INCIDENT_SCHEMA } from '../../src/schema/incidentSchema.js';
import { SEED } from '../helpers.js';
import { schemaErrors } from './validate.js';

describe('disclose schema', () => {
  test('prints the draft 2020-12 schema', async () => {
    const io = memoryIO();
    expect(await runCli(['schema'], io)).toBe(0);
    const printed = JSON.parse(io.out());
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printed).toEqual(JSON.parse(JSON.stringify(INCIDENT_SCHEMA)));
  });

  test('the seed incident (with --explain) is valid', async () => {
    const incident = await parseFile(SEED, { explain: true });
    expect(schemaErrors(incident)).toEqual([]);
  });

  test.each([
    ['a wrong schemaVersion', (i: any) => (i.schemaVersion = 2)],
    ['an unknown incident type', (i: any) => i.incidentTypes.push('alien_attack')],
    ['a count status outside the list', (i: any) => (i.counts[0].status = 'maybe')],
    ['a count without evidence', (i: any) => delete i.counts[0].evidence],
    ['a date in another form', (i: any) => (i.publishedAt = '2026/01/23')],
    ['an extra top-level field', (i: any) => (i.extra = true)],
    ['a lowercase CVE', (i: any) => i.cves.push('cve-2025-1')],
  ])('rejects %s', async (_what, breakIt) => {
    const incident = JSON.parse(JSON.stringify(await parseFile(SEED)));
    breakIt(incident);
    expect(schemaErrors(incident).length).toBeGreaterThan(0);
  });
});
