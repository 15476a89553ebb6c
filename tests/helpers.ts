import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Evidence, Incident } from '../src/types.js';

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


/**
 * The reference day every test that reads year-less text without a publication date pins (ParseOptions.referenceDate):
 * no test depends on the day it runs (DISCLOSE_TEST_TODAY=2031-06-15 npx vitest run shows it).
 */
export const READ_ON = '2026-12-07';
