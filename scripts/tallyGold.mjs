// Shared by the tally scripts (kinds-tally, products-tally, date-miss-tally): the tuning gold sets, their gold
// files, and the parse of their releases, whole or the body alone.
// Only the tune half of the tuning sets: the untouched sets (heldout, test, final60, fresh124l) are never read here, and
// the check half (CHECK_HALF) is scored only (../shared/eval/score.mjs), its misses and releases never listed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The check half of the tuning sets (issue #10): a fix is judged by its figures there, so no tally reads their misses.
 */
export const CHECK_HALF = ['fresh120g', 'fresh120h', 'fresh120i', 'fresh120j', 'fresh120k'];
/** The tune half: the tuning sets whose misses the tallies list. */
export const TUNING = ['dev', 'heldout2', 'heldout3', 'heldout4', 'tune40', 'tune60', 'fresh60', 'fresh120', 'fresh120b', 'fresh120c', 'fresh120d', 'fresh120e', 'fresh120f'];
const ARCHIVE = '../shared/archive';
const dirOf = (s) => (s === 'dev' ? '../shared/gold/dev' : `eval/extra-gold/${s}`);

/** Exits unless every set asked for is a tune-half set. */
export function checkTuning(sets) {
  for (const s of sets) {
    if (CHECK_HALF.includes(s)) { console.error(`${s} is in the check half: score it (../shared/eval/score.mjs), do not list its misses`); process.exit(2); }
    if (!TUNING.includes(s)) { console.error(`${s} is not a tuning set`); process.exit(2); }
  }
}

/** The gold files of the sets, set by set and by file name: { set, g }. */
export function readGolds(sets) {
  const golds = [];
  for (const s of sets) {
    const dir = dirOf(s);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) golds.push({ set: s, g: JSON.parse(readFileSync(join(dir, f), 'utf8')) });
  }
  return golds;
}

/**
 * Each gold's release parsed with --explain, in the golds' order ({} when it gave no output): mode 'full' reads the
 * archive file, 'body' only the text under its 「# 本文」 (written to a temporary folder named after `name`).
 */
export function parseGolds(golds, mode, name) {
  const tmp = mkdtempSync(join(tmpdir(), `${name}-`));
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  const inputs = golds.map(({ g }, i) => {
    const src = resolve(ARCHIVE, g.path);
    if (mode === 'full') return src;
    const text = readFileSync(src, 'utf8');
    const at = text.indexOf('# 本文');
    const file = join(tmp, `${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, at >= 0 ? text.slice(at + '# 本文'.length).replace(/^\s*\n/, '') : text);
    return file;
  });
  const stdout = execFileSync('node', ['bin/disclose.js', 'parse', '--ndjson', '--explain', ...inputs], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const outOf = new Map();
  for (const line of stdout.split('\n')) if (line.trim()) { const o = JSON.parse(line); outOf.set(resolve(o.source.path), o); }
  return inputs.map((input) => outOf.get(resolve(input)) ?? {});
}
