#!/usr/bin/env node
// Prints the products a `batch -o BATCH_DIR` run gives for archive releases outside every gold set in this worktree
// (the check half's releases are in its gold sets, so never printed), each with its rule and the text around its
// evidence, for judging by hand against ../shared/gold/GUIDE.md: a precision estimate on releases no rule was tuned for.
//
//   node scripts/products-sample.mjs BATCH_DIR [--n 60] [--seed 9] [--rule products.quoted]
//
// --n 0 prints every release of the pool that has a product; --rule keeps one rule's findings.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './seededRandom.mjs';

const args = process.argv.slice(2);
const batch = args[0];
const opt = { n: 60, seed: 9, rule: null };
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--n') opt.n = Number(args[++i]);
  else if (args[i] === '--seed') opt.seed = Number(args[++i]);
  else if (args[i] === '--rule') opt.rule = args[++i];
  else { console.error(`unknown argument ${args[i]}`); process.exit(2); }
}
if (!batch || !existsSync(batch)) { console.error('usage: products-sample.mjs BATCH_DIR [--n 60] [--seed 9] [--rule RULE]'); process.exit(2); }
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
const found = (p) => (JSON.parse(readFileSync(join(batch, `${p}.json`), 'utf8')).products ?? []).filter((x) => !opt.rule || x.ruleId === opt.rule);
const withProducts = pool.filter((p) => found(p).length > 0);
const rnd = mulberry32(opt.seed);
for (let i = withProducts.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [withProducts[i], withProducts[j]] = [withProducts[j], withProducts[i]]; }
const pick = (opt.n > 0 ? withProducts.slice(0, opt.n) : withProducts).sort();
console.log(`# ${pick.length} of ${withProducts.length} releases with products, of ${pool.length} outside the gold (${all.length} in the archive), seed ${opt.seed}`);
let total = 0;
for (const p of pick) {
  const text = readFileSync(join(archive, p), 'utf8');
  console.log(`\n## ${p}`);
  for (const x of found(p)) {
    total++;
    const s = x.evidence?.start ?? 0;
    const around = text.slice(Math.max(0, s - 60), s + 80).replace(/\s*\n\s*/g, ' ');
    console.log(`  ${x.name} [${x.ruleId}] L${x.evidence?.line} «${around}»`);
  }
}
console.log(`\n# ${total} products`);
