#!/usr/bin/env node
// Tallies counts misses over tuning gold sets: extra counts (FP) with their evidence, subject and
// role/scope/measure, missed counts (FN), and status disagreements (gold → ours) with both evidences.
// Matching is the scorer's (value and counter, 名分 = 名).
//
//   node scripts/count-tally.mjs [--mode full|body] [--sets dev,heldout2,...] [--only fp|fn|status]
//
// fresh120f (the newest set) is left out unless named in --sets (look at its misses only after forming hypotheses).
// Only the tune half (tallyGold.mjs): the untouched sets are never read here, the check half only scored elsewhere.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { TUNING, checkTuning } from './tallyGold.mjs';

const args = process.argv.slice(2);
const opt = { mode: 'full', sets: TUNING.filter((s) => s !== 'fresh120f'), only: null };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--mode') opt.mode = args[++i];
  else if (args[i] === '--sets') opt.sets = args[++i].split(',');
  else if (args[i] === '--only') opt.only = args[++i];
  else { console.error(`unknown argument ${args[i]}`); process.exit(2); }
}
checkTuning(opt.sets);
const dirOf = (s) => (s === 'dev' ? '../shared/gold/dev' : `eval/extra-gold/${s}`);
const archive = '../shared/archive';
const tmp = mkdtempSync(join(tmpdir(), 'count-tally-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const golds = [];
for (const s of opt.sets) {
  const dir = dirOf(s);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) golds.push({ set: s, g: JSON.parse(readFileSync(join(dir, f), 'utf8')) });
}
const inputs = golds.map(({ g }, i) => {
  const src = resolve(archive, g.path);
  if (opt.mode === 'full') return src;
  const text = readFileSync(src, 'utf8');
  const at = text.indexOf('# 本文');
  const file = join(tmp, `${String(i).padStart(4, '0')}.txt`);
  writeFileSync(file, at >= 0 ? text.slice(at + '# 本文'.length).replace(/^\s*\n/, '') : text);
  return file;
});
const stdout = execFileSync('node', ['bin/disclose.js', 'parse', '--ndjson', ...inputs], { encoding: 'utf8', maxBuffer: 1 << 30 });
const outOf = new Map();
for (const line of stdout.split('\n')) if (line.trim()) { const o = JSON.parse(line); outOf.set(resolve(o.source.path), o); }

const norm = (s) => String(s ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const unitOf = (u) => norm(u).replace(/分$/, '');
const same = (a, b) => a.value === b.value && unitOf(a.unit) === unitOf(b.unit);
const clip = (s, n = 90) => String(s ?? '').replace(/\s+/g, ' ').slice(0, n);
const perSet = new Map();
const fps = [], fns = [], statuses = [];
golds.forEach(({ set, g }, i) => {
  const o = outOf.get(resolve(inputs[i])) ?? {};
  const got = (o.counts ?? []).filter((c) => Number.isFinite(c?.value));
  const acc = perSet.get(set) ?? { tp: 0, fp: 0, fn: 0, right: 0, seen: 0 };
  perSet.set(set, acc);
  const left = [...got];
  for (const w of g.counts) {
    const k = left.findIndex((x) => same(w, x));
    if (k >= 0) { acc.tp++; left.splice(k, 1); } else { acc.fn++; fns.push(`${set} ${g.path} FN ${w.value}${w.unit} ${w.status} «${clip(w.evidence)}» (${clip(w.subject, 30)})`); }
    const hit = got.find((x) => same(w, x));
    if (hit) {
      acc.seen++;
      if (hit.status === w.status) acc.right++;
      else statuses.push({ key: `${w.status}→${hit.status}`, row: `${set} ${g.path} ${w.value}${w.unit} gold ${w.status} ours ${hit.status} [${hit.role}/${hit.scope}/${hit.measure}]\n      gold «${clip(w.evidence)}»\n      ours «${clip(hit.evidence?.text)}» line ${hit.evidence?.line} (${clip(hit.section, 40)})` });
    }
  }
  for (const x of left) {
    acc.fp++;
    fps.push(`${set} ${g.path} FP ${x.value}${x.unit} ${x.status} [${x.role}/${x.scope}/${x.measure}] «${clip(x.evidence?.text)}» line ${x.evidence?.line} subj ${clip(x.subject, 30)}`);
  }
});
if (!opt.only || opt.only === 'fp') { console.log(`## extra counts (${fps.length})`); for (const r of fps) console.log(r); }
if (!opt.only || opt.only === 'fn') { console.log(`## missed counts (${fns.length})`); for (const r of fns) console.log(r); }
if (!opt.only || opt.only === 'status') {
  const byKey = new Map();
  for (const s of statuses) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s.row]);
  console.log(`## status disagreements (${statuses.length})`);
  for (const [k, rows] of [...byKey].sort((a, b) => b[1].length - a[1].length)) { console.log(`### ${k} (${rows.length})`); for (const r of rows) console.log(`  ${r}`); }
}
console.log('## per set');
for (const [s, a] of perSet) {
  const p = a.tp / Math.max(1, a.tp + a.fp), r = a.tp / Math.max(1, a.tp + a.fn);
  console.log(`${s.padEnd(10)} counts F1 ${(2 * p * r / Math.max(1e-9, p + r)).toFixed(3)} P ${p.toFixed(3)} R ${r.toFixed(3)} (fp ${a.fp} fn ${a.fn})  status ${(a.right / Math.max(1, a.seen)).toFixed(3)} ${a.right}/${a.seen}`);
}
