#!/usr/bin/env node
// Lists products misses over tuning gold sets: each gold name the output lacks (FN) and each name it adds (FP),
// with the rule and evidence of an added one. Matching is the scorer's (NFKC, no spaces, lowercase, either contains).
//
//   node scripts/products-tally.mjs [--mode full|body] [--sets dev,heldout2,...]
//
// Only tuning sets: the untouched sets (heldout, test, final60) are never read here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TUNING = ['dev', 'heldout2', 'heldout3', 'heldout4', 'tune40', 'tune60', 'fresh60', 'fresh120', 'fresh120b', 'fresh120c', 'fresh120d'];
const args = process.argv.slice(2);
const opt = { mode: 'full', sets: TUNING.filter((s) => s !== 'fresh120d') };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--mode') opt.mode = args[++i];
  else if (args[i] === '--sets') opt.sets = args[++i].split(',');
  else { console.error(`unknown argument ${args[i]}`); process.exit(2); }
}
for (const s of opt.sets) if (!TUNING.includes(s)) { console.error(`${s} is not a tuning set`); process.exit(2); }
const dirOf = (s) => (s === 'dev' ? '../shared/gold/dev' : `eval/extra-gold/${s}`);
const archive = '../shared/archive';
const tmp = mkdtempSync(join(tmpdir(), 'products-tally-'));
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

const norm = (s) => String(s ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const total = { tp: 0, fp: 0, fn: 0 };
golds.forEach(({ set, g }, i) => {
  const o = outOf.get(resolve(inputs[i])) ?? {};
  const got = (o.products ?? []).map((p) => ({ key: norm(p.name), p }));
  for (const w of g.products ?? []) {
    const k = got.findIndex((x) => x.key.includes(norm(w)) || norm(w).includes(x.key));
    if (k >= 0) { total.tp++; got.splice(k, 1); } else { total.fn++; console.log(`${set}\t${g.path}\tFN\t${w}`); }
  }
  for (const x of got) {
    total.fp++;
    const ev = x.p.evidence?.[0] ?? x.p.evidence ?? {};
    console.log(`${set}\t${g.path}\tFP\t${x.p.name}\t${x.p.ruleId ?? ev.ruleId ?? ''}\t${String(ev.text ?? '').slice(0, 60)}`);
  }
});
console.error(`tp ${total.tp} fp ${total.fp} fn ${total.fn}`);
