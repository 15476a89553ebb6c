import { readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFile } from '../src/parse.js';
import { FIXTURES, READ_ON } from './helpers.js';

/**
 * Whole-document golden JSON: each fixture with a `<name>.golden.json` beside it must parse to
 * exactly that JSON (source.path as the fixture's file name), read on READ_ON. UPDATE_GOLDEN=1 rewrites them after a
 * reviewed change.
 */
const fixtures = readdirSync(FIXTURES).filter((f) => existsSync(join(FIXTURES, f + '.golden.json')) || process.env.UPDATE_GOLDEN);
// Only release files: not folders (fixtures/src holds what made the fixtures), scripts or notes.
const inputs = fixtures.filter((f) => statSync(join(FIXTURES, f)).isFile() && !/\.(?:json|sh|py|mjs|fodt|md5)$/.test(f) && f !== 'README.md' && !f.startsWith('.'));

describe('golden fixtures', () => {
  test.each(inputs)('%s', async (name) => {
    // Read on a pinned day: a fixture with no publication date would otherwise be dated by the day the test runs.
    const incident = await parseFile(join(FIXTURES, name), { referenceDate: READ_ON });
    incident.source.path = name;
    const golden = join(FIXTURES, name + '.golden.json');
    const json = JSON.stringify(incident, null, 2) + '\n';
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, json);
    expect(json).toBe(readFileSync(golden, 'utf8'));
  });
});
