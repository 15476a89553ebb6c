import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { Evidence, Incident } from '../src/types.js';
import { ARCHIVE, hasArchive, walk } from './helpers.js';

/** Every evidence object anywhere in an incident. */
export function evidenceOf(incident: Incident): Evidence[] {
  const out: Evidence[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.line === 'number') out.push(o as unknown as Evidence);
      else Object.values(o).forEach(visit);
    }
  };
  visit({ ...incident, explain: undefined });
  return out;
}

describe.runIf(hasArchive)('the archive corpus (../shared/archive)', () => {
  const files = hasArchive ? walk(ARCHIVE).filter((f) => f.endsWith('.md')) : [];
  test(`parses all ${files.length} releases; every evidence span round-trips`, async () => {
    const problems: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      try {
        const incident = await parseFile(file, { tokenize: false });
        for (const e of evidenceOf(incident)) {
          if (source.slice(e.start, e.end) !== e.text || e.text.length === 0) problems.push(`${relative(ARCHIVE, file)}: evidence ${JSON.stringify(e)}`);
        }
        for (const c of incident.counts) if (!c.evidence) problems.push(`${relative(ARCHIVE, file)}: count without evidence`);
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
