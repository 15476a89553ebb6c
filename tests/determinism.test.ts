import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runCli } from '../src/cli/app.js';
import { memoryIO } from '../src/cli/io.js';
import { ARCHIVE, SEED, hasArchive, walk } from './helpers.js';

/** The same input gives byte-identical JSON: no timestamps, stable key and array order. */
test('parse output is byte-identical across runs and independent of file order', async () => {
  const files = [SEED, ...(hasArchive ? walk(ARCHIVE).filter((f) => f.endsWith('.md')).slice(0, 40) : [])];
  const run = async (list: string[]) => {
    const io = memoryIO();
    expect(await runCli(['parse', '--ndjson', ...list], io)).toBe(0);
    return io.out().trimEnd().split('\n');
  };
  const first = await run(files);
  const second = await run(files);
  expect(second).toEqual(first);
  const reversed = await run([...files].reverse());
  expect([...reversed].reverse()).toEqual(first);
  expect(first[0]).not.toMatch(/"(?:generatedAt|timestamp|parsedAt)"/);
  expect(readFileSync(SEED, 'utf8').length).toBeGreaterThan(0);
});
