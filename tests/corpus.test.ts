import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { notAReleaseReason } from '../src/incident/nonRelease.js';
import { parseFile } from '../src/parse.js';
import { ARCHIVE, evidenceOf, hasArchive, walk } from './helpers.js';
import { schemaErrors } from './schema/validate.js';

describe.runIf(hasArchive)('the archive corpus (../shared/archive)', () => {
  const files = hasArchive ? walk(ARCHIVE).filter((f) => f.endsWith('.md')) : [];
  test(`parses all ${files.length} releases: schema-valid, every evidence span round-trips, each one a release`, async () => {
    const problems: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      try {
        const incident = await parseFile(file, { tokenize: false });
        for (const e of evidenceOf(incident)) {
          if (source.slice(e.start, e.end) !== e.text || e.text.length === 0) problems.push(`${relative(ARCHIVE, file)}: evidence ${JSON.stringify(e)}`);
        }
        for (const c of incident.counts) if (!c.evidence) problems.push(`${relative(ARCHIVE, file)}: count without evidence`);
        for (const err of schemaErrors(incident)) problems.push(`${relative(ARCHIVE, file)}: schema ${err}`);
        const notRelease = notAReleaseReason(incident);
        if (notRelease) problems.push(`${relative(ARCHIVE, file)}: taken for a non-release (${notRelease})`);
      } catch (e) {
        problems.push(`${relative(ARCHIVE, file)}: ${(e as Error).message}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  }, 120_000);
});

test.skipIf(hasArchive)('the archive corpus is absent: corpus test skipped', () => {
  console.warn(`corpus test skipped: ${ARCHIVE} not found`);
});
