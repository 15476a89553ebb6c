#!/usr/bin/env node
// Tallies dataTypes and incidentTypes misses over tuning gold sets, by gold label: which kinds are
// missed (FN) or added (FP) most, with the evidence and rule of each added one.
//
//   node scripts/kinds-tally.mjs [--mode full|body] [--sets dev,heldout2,...] [--list] [--field dataTypes] [--words [N]]
//
// --words: per word a kind was read from (its evidence) and the verdict that made it count, in how many releases it counted
// and in how many of those the gold lists that kind — the words whose reading the annotators share least first (those
// counted in N releases or more, 3 by default). A word the gold reads as another kind, or as nothing, shows here before
// it shows as a class of misses.
//
// Only tuning sets: the untouched sets (heldout, test, final60) are never read here.
import { TUNING, checkTuning, parseGolds, readGolds } from './tallyGold.mjs';

const args = process.argv.slice(2);
const opt = { mode: 'full', sets: TUNING, list: false, fields: ['dataTypes', 'incidentTypes'], words: 0 };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--mode') opt.mode = args[++i];
  else if (args[i] === '--sets') opt.sets = args[++i].split(',');
  else if (args[i] === '--list') opt.list = true;
  else if (args[i] === '--field') opt.fields = [args[++i]];
  else if (args[i] === '--words') opt.words = /^\d+$/.test(args[i + 1] ?? '') ? Number(args[++i]) : 3;
  else { console.error(`unknown argument ${args[i]}`); process.exit(2); }
}
checkTuning(opt.sets);
const golds = readGolds(opt.sets);
const outs = parseGolds(golds, opt.mode, 'kinds-tally');

for (const field of opt.fields) {
  const perSet = new Map();
  const fn = new Map(), fp = new Map(), tp = new Map();
  const rows = [];
  golds.forEach(({ set, g }, i) => {
    const o = outs[i];
    const got = o[field] ?? [];
    const want = g[field] ?? [];
    const acc = perSet.get(set) ?? { tp: 0, fp: 0, fn: 0 };
    perSet.set(set, acc);
    for (const w of want) if (got.includes(w)) { acc.tp++; tp.set(w, (tp.get(w) ?? 0) + 1); } else { acc.fn++; fn.set(w, (fn.get(w) ?? 0) + 1); rows.push(`${set} ${g.path} FN ${w}`); }
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
  console.log('label            FN   FP    TP     P     R    F1');
  for (const l of labels) {
    const t = tp.get(l) ?? 0, n = fn.get(l) ?? 0, f = fp.get(l) ?? 0;
    const lp = t / (t + f || 1), lr = t / (t + n || 1);
    console.log(`${l.padEnd(16)} ${String(n).padStart(3)}  ${String(f).padStart(3)}  ${String(t).padStart(4)}  ${lp.toFixed(3)} ${lr.toFixed(3)} ${(lp + lr ? (2 * lp * lr) / (lp + lr) : 0).toFixed(3)}`);
  }
  if (opt.list) for (const r of rows) console.log(`  ${r}`);
}

if (opt.words) {
  // Per word, verdict and kind: the releases it counted in, and those whose gold lists the kind.
  const byWord = new Map();
  golds.forEach(({ g }, i) => {
    const seen = new Set();
    for (const e of outs[i].explain ?? []) {
      if (e.field !== 'dataTypes' || !e.value?.leaked || !e.evidence) continue;
      const key = `${e.value.type}\t${e.ruleId.replace(/^dataTypes\./, '')}\t${e.evidence.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const w = byWord.get(key) ?? { n: 0, agreed: 0 };
      w.n++;
      if ((g.dataTypes ?? []).includes(e.value.type)) w.agreed++;
      byWord.set(key, w);
    }
  });
  console.log(`== dataTypes words (${opt.mode}): counted in ${opt.words}+ releases, least agreed first`);
  console.log('agreed/releases  kind  rule  word');
  const rows = [...byWord].filter(([, w]) => w.n >= opt.words).sort((a, b) => a[1].agreed / a[1].n - b[1].agreed / b[1].n || b[1].n - a[1].n);
  for (const [key, w] of rows) console.log(`${`${w.agreed}/${w.n}`.padStart(7)}  ${key.replace(/\t/g, '  ')}`);
}
