#!/usr/bin/env node
// Lists products misses over tuning gold sets: each gold name the output lacks (FN) and each name it adds (FP),
// with the rule and evidence of an added one. Matching is the scorer's (NFKC, no spaces, lowercase, either contains).
//
//   node scripts/products-tally.mjs [--mode full|body] [--sets dev,heldout2,...]
//
// Only tuning sets: the untouched sets (heldout, test, final60) are never read here.
import { TUNING, checkTuning, parseGolds, readGolds } from './tallyGold.mjs';

const args = process.argv.slice(2);
const opt = { mode: 'full', sets: TUNING.filter((s) => s !== 'fresh120f') };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--mode') opt.mode = args[++i];
  else if (args[i] === '--sets') opt.sets = args[++i].split(',');
  else { console.error(`unknown argument ${args[i]}`); process.exit(2); }
}
checkTuning(opt.sets);
const golds = readGolds(opt.sets);
const outs = parseGolds(golds, opt.mode, 'products-tally');

const norm = (s) => String(s ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const total = { tp: 0, fp: 0, fn: 0 };
golds.forEach(({ set, g }, i) => {
  const o = outs[i];
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
