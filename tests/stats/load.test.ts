import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { loadReleases } from '../../src/stats/load.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const seedLine = JSON.stringify(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'output', 'incidents', 'seed-tokai-3rd.json'), 'utf8')));

describe('loadReleases from NDJSON on standard input', () => {
  test('incidents are kept; blank lines skipped; non-JSON and foreign objects fail with their line number', async () => {
    const errors: string[] = [];
    const stdin = Readable.from([`${seedLine}\n\n{"schemaVersion":1,"counts":"many"}\n[1,2]\n{oops\n${seedLine}\n`]);
    const loaded = await loadReleases('-', { stdin, onError: (path, message) => errors.push(`${path}: ${message}`) });
    expect(loaded.releases).toHaveLength(2);
    expect(loaded.failed).toBe(3);
    expect(errors).toEqual(['-:3: not an incident (schemaVersion 1)', '-:4: not an incident (schemaVersion 1)', '-:5: not JSON']);
  });
});
