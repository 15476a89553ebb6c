/**
 * Freezes the incidents the formatter snapshots are made from, so an extractor change does not move
 * the formatter tests (the golden fixtures test extraction). Rerun after a schema change:
 *   npx vite-node tests/output/freeze.ts
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFile } from '../../src/parse.js';
import { SEED } from '../helpers.js';

const HERE = join(import.meta.dirname, '.');
const sources = [SEED, join(HERE, 'fixtures', 'hostile.md'), join(HERE, 'fixtures', 'possible-people.txt')];
for (const path of sources) {
  const incident = await parseFile(path);
  incident.source.path = basename(path);
  writeFileSync(join(HERE, 'incidents', basename(path).replace(/\.[a-z]+$/, '') + '.json'), JSON.stringify(incident, null, 2) + '\n');
}
