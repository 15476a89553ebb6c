#!/usr/bin/env node
// Counts a class across the tuning gold sets: the releases whose body has a sentence matching a pattern, by what the gold
// and the extractor say of one label (gold has it / we have it).
//
//   node scripts/class-count.mjs --field incidentTypes --label outage --re '復旧に向け' [--mode full|body] [--show]
//
// Only tuning sets: the untouched sets (heldout, test, final60) are never read here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TUNING, readGolds, parseGolds } from './tallyGold.mjs';

const args = process.argv.slice(2);
const opt = { field: 'incidentTypes', label: 'outage', re: null, mode: 'full', show: false, unless: null };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--field') opt.field = args[++i];
  else if (a === '--label') opt.label = args[++i];
  else if (a === '--re') opt.re = new RegExp(args[++i]);
  else if (a === '--unless') opt.unless = new RegExp(args[++i]);
  else if (a === '--mode') opt.mode = args[++i];
  else if (a === '--show') opt.show = true;
  else { console.error(`unknown argument ${a}`); process.exit(2); }
}
const golds = readGolds(TUNING);
const outs = parseGolds(golds, opt.mode, 'class-count');
const cells = { 'gold+ ours+': 0, 'gold+ ours-': 0, 'gold- ours+': 0, 'gold- ours-': 0 };
golds.forEach(({ set, g }, i) => {
  const text = readFileSync(resolve('../shared/archive', g.path), 'utf8');
  const body = text.slice(Math.max(0, text.indexOf('# 本文')));
  const hit = body.split(/(?<=。)|\n/).find((s) => opt.re.test(s) && !(opt.unless && opt.unless.test(s)));
  if (!hit) return;
  const want = (g[opt.field] ?? []).includes(opt.label);
  const got = (outs[i][opt.field] ?? []).includes(opt.label);
  const key = `gold${want ? '+' : '-'} ours${got ? '+' : '-'}`;
  cells[key]++;
  if (opt.show) console.log(`${key} ${set} ${g.path}\n      ${hit.trim().slice(0, 160)}`);
});
console.log(cells);
