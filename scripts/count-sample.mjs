#!/usr/bin/env node
// Draws a fixed-seed sample of archive releases outside every gold set in this worktree and prints the counts
// the tool gives for each (from a batch output folder), for judging by hand against ../shared/gold/GUIDE.md:
// a precision estimate on releases no rule was tuned for.
//
//   node scripts/count-sample.mjs BATCH_DIR [--n 40] [--seed 9] [--all]
//
// --all prints releases without counts too (they are part of the sample; their recall is not judged here).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './seededRandom.mjs';

const args = process.argv.slice(2);
const batch = args[0];
const opt = { n: 40, seed: 9, all: false };
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--n') opt.n = Number(args[++i]);
  else if (args[i] === '--seed') opt.seed = Number(args[++i]);
  else if (args[i] === '--all') opt.all = true;
}
const archive = '../shared/archive';
const goldDirs = ['../shared/gold/dev', ...readdirSync('eval/extra-gold', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join('eval/extra-gold', d.name))];
const inGold = new Set();
for (const d of goldDirs) {
  if (!existsSync(d)) continue;
  for (const f of readdirSync(d).filter((f) => f.endsWith('.json'))) inGold.add(JSON.parse(readFileSync(join(d, f), 'utf8')).path);
}
const all = [];
for (const y of readdirSync(archive).filter((y) => /^\d{4}$/.test(y)).sort())
  for (const m of readdirSync(join(archive, y)).sort())
    for (const f of readdirSync(join(archive, y, m)).sort()) if (f.endsWith('.md')) all.push(`${y}/${m}/${f}`);
const pool = all.filter((p) => !inGold.has(p));
const rnd = mulberry32(opt.seed);
for (let i = pool.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [pool[i], pool[j]] = [pool[j], pool[i]]; }
const pick = pool.slice(0, opt.n).sort();
console.log(`# ${pick.length} of ${pool.length} releases outside the gold (${all.length} in the archive), seed ${opt.seed}`);
let total = 0;
for (const p of pick) {
  const o = JSON.parse(readFileSync(join(batch, `${p}.json`), 'utf8'));
  const counts = o.counts ?? [];
  total += counts.length;
  if (!counts.length && !opt.all) continue;
  console.log(`\n## ${p} (${counts.length})`);
  for (const c of counts) console.log(`  ${c.value}${c.unit} ${c.status}${c.approx ? ' ~' : ''} [${c.role}/${c.scope}/${c.measure}] L${c.evidence?.line} «${c.evidence?.text}» subj ${c.subject}`);
}
console.log(`\n# ${total} counts`);
