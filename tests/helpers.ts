import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const SHARED = join(ROOT, '..', 'shared');
export const ARCHIVE = join(SHARED, 'archive');
export const SEED = join(FIXTURES, 'seed-tokai-3rd.txt');
export const hasArchive = existsSync(ARCHIVE);

/** Every file below a folder, sorted. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}
