// What the model experiments (scripts/date-model-experiment.mjs, scripts/type-model-experiment.mjs) share: the tuning
// sets they learn from, a gold release parsed the way the shared scorer feeds it, and the sets read in both modes.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractText } from '../dist/format/containers.js';
import { buildDocument } from '../dist/document.js';
import { EXTRACTORS } from '../dist/extract/registry.js';
import { emptyFindings } from '../dist/extract/types.js';
import { pushAll } from '../dist/util/arrays.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const archive = join(root, '..', 'shared', 'archive');

/** The tuning gold sets the model experiments learn from (never the untouched test sets), as paths from the repository. */
export const TRAINING_SETS = ['../shared/gold/dev', 'eval/extra-gold/heldout2', 'eval/extra-gold/heldout3', 'eval/extra-gold/heldout4',
  'eval/extra-gold/tune40', 'eval/extra-gold/tune60', 'eval/extra-gold/fresh60',
  ...['', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((x) => `eval/extra-gold/fresh120${x}`)];

/**
 * A gold release's archive file parsed in one mode — 'full': the whole file; 'body': its 本文 alone as a pasted .txt, as
 * ../shared/eval/score.mjs --mode body feeds it — with the extractors run in registry order up to `stopBefore` (not run)
 * or through `stopAfter`.
 */
export async function parseGoldRelease(gold, mode, { stopBefore = null, stopAfter = null } = {}) {
  const raw = readFileSync(join(archive, gold.path));
  let bytes = raw;
  let path = gold.path;
  if (mode === 'body') {
    const text = raw.toString('utf8');
    const at = text.indexOf('# 本文');
    bytes = Buffer.from(at >= 0 ? text.slice(at + '# 本文'.length).replace(/^\s*\n/, '') : text);
    path = 'body.txt';
  }
  const extracted = await extractText(bytes, { path });
  const doc = buildDocument(extracted.text, extracted.format);
  const found = emptyFindings();
  for (const extractor of EXTRACTORS) {
    if (extractor === stopBefore) break;
    const part = await extractor.extract(doc, found, { tokenize: true });
    for (const key of Object.keys(part)) pushAll(found[key], part[key]);
    if (extractor === stopAfter) break;
  }
  return { doc, found };
}

/** Every release of the sets, in set and file order, read by `readRelease(gold, mode)`. */
export async function readSets(sets, mode, readRelease) {
  const out = [];
  for (const set of sets) {
    const dir = join(root, set);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      out.push({ set, ...(await readRelease(gold, mode)) });
    }
  }
  return out;
}

/**
 * The sets read in both modes, kept in `cacheFile` between runs when `useCache` (the rules' answers change with the
 * build: a run without it reads afresh and rewrites the file).
 */
export async function cachedSets(sets, readRelease, { cacheFile, useCache }) {
  try {
    const byMode = JSON.parse(readFileSync(cacheFile, 'utf8'));
    if (useCache && byMode.sets === sets.join(',')) return byMode;
  } catch { /* read afresh */ }
  const byMode = { sets: sets.join(','), full: await readSets(sets, 'full', readRelease), body: await readSets(sets, 'body', readRelease) };
  writeFileSync(cacheFile, JSON.stringify(byMode));
  return byMode;
}
