#!/usr/bin/env node
// Tallies reportNumber / isFollowUp misses on the tuning gold sets (issue #10), body mode beside full mode:
//
//   node scripts/report-miss-tally.mjs [--sets dev,heldout2,...] [--list] [--all]
//
// For each release: the gold, the full parse and the body parse of both fields, with the rule that decided
// (from --explain). Each body miss is classed by what the full parse had that the body lacks:
//   titleOnly       full right, body wrong: the title (or overview) carried it
//   bothWrong       full wrong too
//   bodyOnly        full right, body wrong, and full's evidence stands in the body (a body rule changed)
// --list prints every body miss with the first sentence of the body; --all lists full misses too.
// --rules prints, per mode, field and deciding rule, how often the value it gave was the gold's (a rule's precision:
// measure an inference this way before turning it on).
// Never run it on the untouched sets (heldout, test, final60).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TUNING, checkTuning, readGolds, parseGolds } from './tallyGold.mjs';

const args = process.argv.slice(2);
const valueOf = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
// fresh120f is looked at only when named (its misses are read after hypotheses are formed on the others).
const sets = valueOf('--sets', TUNING.filter((s) => s !== 'fresh120f').join(',')).split(',');
checkTuning(sets);
const list = args.includes('--list');
const all = args.includes('--all');
const byRule = args.includes('--rules');
const rules = {};

const golds = readGolds(sets);
const full = parseGolds(golds, 'full', 'report-tally-full');
const body = parseGolds(golds, 'body', 'report-tally-body');

const ruleOf = (o, field) => (o.explain ?? []).find((e) => e.field === field)?.ruleId ?? '-';
const fields = {
  reportNumber: { gold: (g) => g.reportNumber ?? null, got: (o) => o.report?.number ?? null, rule: 'report.number' },
  followUp: { gold: (g) => g.isFollowUp ?? false, got: (o) => o.report?.followUp ?? false, rule: 'report.followUp' },
};
const tally = {};
const rows = [];
golds.forEach(({ set, g }, i) => {
  const text = readFileSync(resolve('../shared/archive', g.path), 'utf8');
  const at = text.indexOf('# 本文');
  const bodyText = at >= 0 ? text.slice(at + '# 本文'.length).replace(/^\s*\n/, '') : text;
  for (const [field, f] of Object.entries(fields)) {
    const want = f.gold(g);
    for (const [mode, o] of [['full', full[i]], ['body', body[i]]]) {
      const got = f.got(o);
      const key = `${mode} ${field}`;
      const rk = `${key} ${ruleOf(o, f.rule)}`;
      rules[rk] ??= { n: 0, right: 0 };
      rules[rk].n++;
      if (got === want) rules[rk].right++;
      tally[key] ??= { n: 0, right: 0, classes: {} };
      tally[key].n++;
      if (got === want) { tally[key].right++; continue; }
      let cls = `${want === null || want === false ? 'extra' : got === null || got === false ? 'missed' : 'wrong'}`;
      if (mode === 'body') cls += f.got(full[i]) === want ? '.titleOnly' : '.bothWrong';
      tally[key].classes[cls] = (tally[key].classes[cls] ?? 0) + 1;
      if (mode === 'body' || all) rows.push({ mode, set, field, want, got, cls, rule: ruleOf(o, f.rule), fullRule: ruleOf(full[i], f.rule), title: g.title ?? '', path: g.path, opening: bodyText.replace(/\s+/g, ' ').slice(0, 160) });
    }
  }
});
for (const [key, t] of Object.entries(tally).sort()) {
  const classes = Object.entries(t.classes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(`${key.padEnd(20)} ${(t.right / t.n).toFixed(3)} (${t.n - t.right} misses of ${t.n}): ${classes}`);
}
if (byRule) {
  console.log('\nprecision by deciding rule (right / given):');
  for (const [k, r] of Object.entries(rules).sort()) console.log(`  ${k.padEnd(60)} ${r.right}/${r.n}`);
}
if (list) {
  for (const r of rows.sort((a, b) => (a.field + a.cls).localeCompare(b.field + b.cls))) {
    console.log(`\n${r.mode} ${r.field} ${r.cls} [${r.set}] want ${r.want} got ${r.got} (rule ${r.rule}; full ${r.fullRule})  ${r.path}`);
    console.log(`   ${r.opening}`);
  }
}
