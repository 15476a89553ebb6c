#!/usr/bin/env node
// Tallies dataTypes and incidentTypes misses over tuning gold sets, by gold label: which kinds are
// missed (FN) or added (FP) most, with the evidence and rule of each added one.
//
//   node scripts/kinds-tally.mjs [--mode full|body] [--sets dev,heldout2,...] [--list] [--field dataTypes]
//
// Only tuning sets: the untouched sets (heldout, test, final60) are never read here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TUNING = ['dev', 'heldout2', 'heldout3', 'heldout4', 'tune40', 'tune60', 'fresh60', 'fresh120', 'fresh120b', 'fresh120c', 'fresh120d'];
const args = process.argv.slice(2);
const opt = { mode: 'full', sets: TUNING, list: false, fields: ['dataTypes', 'incidentTypes'] };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--mode') opt.mode = args[++i];
  else if (args[i] === '--sets') opt.sets = args[++i].split(',');
  else if (args[i] === '--list') opt.list = true;
  else if (args[i] === '--field') opt.fields = [args[++i]];
  else { console.error(`unknown argument ${args[i]}`); process.exit(2); }
}
for (const s of opt.sets) if (!TUNING.includes(s)) { console.error(`${s} is not a tuning set`); process.exit(2); }
const dirOf = (s) => (s === 'dev' ? '../shared/gold/dev' : `eval/extra-gold/${s}`);
const archive = '../shared/archive';
const tmp = mkdtempSync(join(tmpdir(), 'kinds-tally-'));
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
const stdout = execFileSync('node', ['bin/disclose.js', 'parse', '--ndjson', '--explain', ...inputs], { encoding: 'utf8', maxBuffer: 1 << 30 });
const outOf = new Map();
for (const line of stdout.split('\n')) if (line.trim()) { const o = JSON.parse(line); outOf.set(resolve(o.source.path), o); }

for (const field of opt.fields) {
  const perSet = new Map();
  const fn = new Map(), fp = new Map();
  const rows = [];
  golds.forEach(({ set, g }, i) => {
    const o = outOf.get(resolve(inputs[i])) ?? {};
    const got = o[field] ?? [];
    const want = g[field] ?? [];
    const acc = perSet.get(set) ?? { tp: 0, fp: 0, fn: 0 };
    perSet.set(set, acc);
    for (const w of want) if (got.includes(w)) acc.tp++; else { acc.fn++; fn.set(w, (fn.get(w) ?? 0) + 1); rows.push(`${set} ${g.path} FN ${w}`); }
    for (const x of got) if (!want.includes(x)) {
      acc.fp++;
      fp.set(x, (fp.get(x) ?? 0) + 1);
      const ev = (o.explain ?? []).filter((e) => e.field === field && (e.value?.type ?? e.value) === x && !e.value?.negated && e.value?.leaked !== false)
        .map((e) => `${e.ruleId.replace(/^\w+\./, '')}「${e.evidence?.text}」`).slice(0, 3).join(' ');
      rows.push(`${set} ${g.path} FP ${x}  ${ev}`);
    }
  });
  console.log(`== ${field} (${opt.mode})`);
  let T = { tp: 0, fp: 0, fn: 0 };
  for (const [s, a] of perSet) {
    const p = a.tp / (a.tp + a.fp || 1), r = a.tp / (a.tp + a.fn || 1);
    console.log(`${s.padEnd(10)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} P ${p.toFixed(3)} R ${r.toFixed(3)} (tp ${a.tp} fp ${a.fp} fn ${a.fn})`);
    T = { tp: T.tp + a.tp, fp: T.fp + a.fp, fn: T.fn + a.fn };
  }
  const p = T.tp / (T.tp + T.fp || 1), r = T.tp / (T.tp + T.fn || 1);
  console.log(`${'all'.padEnd(10)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} P ${p.toFixed(3)} R ${r.toFixed(3)} (tp ${T.tp} fp ${T.fp} fn ${T.fn})`);
  const labels = [...new Set([...fn.keys(), ...fp.keys()])].sort((a, b) => (fn.get(b) ?? 0) + (fp.get(b) ?? 0) - (fn.get(a) ?? 0) - (fp.get(a) ?? 0));
  console.log('label            FN   FP');
  for (const l of labels) console.log(`${l.padEnd(16)} ${String(fn.get(l) ?? 0).padStart(3)}  ${String(fp.get(l) ?? 0).padStart(3)}`);
  if (opt.list) for (const r of rows) console.log(`  ${r}`);
}
