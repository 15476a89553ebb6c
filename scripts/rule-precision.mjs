#!/usr/bin/env node
// Per-rule precision over tune-half gold (issue #10): which rule decided each answer, and was it right?
//
//   node scripts/rule-precision.mjs [--sets dev,heldout2,... | --gold DIR] [--field occurredOn,detectedOn|incidentTypes|dataTypes]
//                                   [--mode full|body|both] [--min N] [--parts] [--list RULE]
//
// Read-only over the pipeline: each gold release is parsed once (bin/disclose.js parse --explain) and every answer of the
// field is traced to the findings behind it.
// - occurredOn / detectedOn: the scorer takes the earliest timeline date of the event; the entries of that date decide
//   (each distinct ruleId among them is credited). right = the gold starts with it; wrongNull = the gold is null;
//   wrongDate = the gold is another date. Answers of null are tallied under "(null)": right when the gold is null too,
//   "missed" when it is not. `ifDropped` is what dropping that rule's entries of the event would do: the answers that
//   become right minus those that become wrong (the next earliest date decides, or null) — a rule with a positive
//   ifDropped does worse than the fallback under it (a null against a gold date misses too, a wrong date is a wrong fact).
// - incidentTypes / dataTypes: each answered label is credited to every ruleId of the explain entries behind it (negated
//   and not-leaked findings aside); right = the label is in the gold. `sole` = the only rule behind the label (dropping it
//   drops the label); ifDropped = sole wrong − sole right. Gold labels not answered are tallied under "(missed)".
// Per tune set: "r/w" for each set the rule decided in, so a rule right only in the set it was written for shows.
// --parts also tallies each part of a composite date rule ("word+seen+knownSameDay" → "word", "+seen", "+knownSameDay").
// --list RULE prints that rule's decisions (path, gold, answer, evidence).
// --gold DIR reads a folder of gold files (a union such as /tmp/L-tune: the set is each file name's prefix before "_").
// Only the tune half: the check half (fresh120g…k) is scored, never listed (../shared/eval/score.mjs), and the untouched sets
// are never read; both are refused here, by set name and by gold file name.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CHECK_HALF, TUNING, checkTuning, parseGolds, readGolds } from './tallyGold.mjs';

const args = process.argv.slice(2);
const opt = { sets: TUNING, gold: null, fields: ['occurredOn', 'detectedOn'], modes: ['full'], min: 1, parts: false, list: null };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--sets') opt.sets = args[++i].split(',');
  else if (a === '--gold') opt.gold = args[++i];
  else if (a === '--field') opt.fields = args[++i].split(',');
  else if (a === '--mode') opt.modes = args[++i] === 'both' ? ['full', 'body'] : [args[i]];
  else if (a === '--min') opt.min = Number(args[++i]);
  else if (a === '--parts') opt.parts = true;
  else if (a === '--list') opt.list = args[++i];
  else { console.error(`unknown argument ${a}`); process.exit(2); }
}
const DATE_FIELDS = { occurredOn: 'occurred', detectedOn: 'detected' };
const LIST_FIELDS = ['incidentTypes', 'dataTypes'];
for (const f of opt.fields) if (!(f in DATE_FIELDS) && !LIST_FIELDS.includes(f)) { console.error(`--field: ${f} is none of ${[...Object.keys(DATE_FIELDS), ...LIST_FIELDS].join(', ')}`); process.exit(2); }

const FORBIDDEN = /^(?:heldout|test|final60|fresh124l)(?:_|$)/;
function setOfFile(file, dir) {
  const prefix = file.split('_')[0];
  if (prefix === 'devpart' || prefix === 'cdevpart') return 'dev';
  return TUNING.includes(prefix) || CHECK_HALF.includes(prefix) ? prefix : basename(dir);
}
function goldsOfDir(dir) {
  const out = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const set = setOfFile(f, dir);
    if (CHECK_HALF.includes(set) || FORBIDDEN.test(set) || FORBIDDEN.test(f)) { console.error(`${join(dir, f)}: ${set} is not of the tune half; not read`); process.exit(2); }
    out.push({ set, g: JSON.parse(readFileSync(join(dir, f), 'utf8')) });
  }
  return out;
}
let golds;
if (opt.gold) golds = goldsOfDir(opt.gold);
else { checkTuning(opt.sets); golds = readGolds(opt.sets); }
const setNames = [...new Set(golds.map((x) => x.set))];

const dateMatch = (gold, got) => (gold == null ? got == null : typeof got === 'string' && got.startsWith(gold));
const earliestOf = (entries) => entries.map((t) => t.date).sort()[0] ?? null;
/** A composite rule's parts: "label+recordContent" → ["label", "+recordContent"]. */
const partsOf = (rule) => { const [base, ...mods] = rule.split('+'); return [base, ...mods.map((m) => `+${m}`)]; };

for (const mode of opt.modes) {
  const outs = parseGolds(golds, mode, 'rule-precision');
  for (const field of opt.fields) {
    const rows = new Map();
    const listed = [];
    const row = (rule) => {
      if (!rows.has(rule)) rows.set(rule, { decided: 0, right: 0, wrongNull: 0, wrongDate: 0, sole: 0, ifDropped: 0, bySet: new Map() });
      return rows.get(rule);
    };
    const credit = (rule, set, right, kind, dropGain, sole = true) => {
      const r = row(rule);
      r.decided++;
      if (right) r.right++; else if (kind === 'null') r.wrongNull++; else r.wrongDate++;
      if (sole) r.sole++;
      r.ifDropped += dropGain;
      const s = r.bySet.get(set) ?? [0, 0];
      s[right ? 0 : 1]++;
      r.bySet.set(set, s);
    };
    let n = 0, rightTotal = 0;
    golds.forEach(({ set, g }, i) => {
      const o = outs[i];
      if (field in DATE_FIELDS) {
        const event = DATE_FIELDS[field];
        const entries = (o.timeline ?? []).filter((t) => t.event === event && typeof t.date === 'string');
        const want = g[field] ?? null;
        const got = earliestOf(entries);
        const right = dateMatch(want, got);
        n++;
        if (right) rightTotal++;
        if (got === null) {
          credit(want === null ? '(null)' : '(null) missed', set, right, 'date', 0);
          if (opt.list === '(null)' && !right) listed.push(`${set} ${g.path}  gold ${want}`);
          return;
        }
        const deciding = entries.filter((t) => t.date === got);
        const rules = [...new Set(deciding.map((t) => t.ruleId.replace(/^timeline\./, '')))];
        for (const rule of rules) {
          const alt = earliestOf(entries.filter((t) => t.ruleId.replace(/^timeline\./, '') !== rule));
          const gain = Number(dateMatch(want, alt)) - Number(right);
          const keys = opt.parts ? [rule, ...partsOf(rule).filter((p) => p !== rule).map((p) => `  ${p}`)] : [rule];
          for (const k of keys) credit(k, set, right, want === null ? 'null' : 'date', k === rule ? gain : 0, rules.length === 1);
          if (opt.list && (rule === opt.list || partsOf(rule).includes(opt.list))) {
            const ev = deciding.filter((t) => t.ruleId === `timeline.${rule}`).map((t) => `「${t.evidence?.text}」@${t.evidence?.line}`).join(' ');
            listed.push(`${right ? 'RIGHT' : 'WRONG'} ${set} ${g.path}  gold ${want} got ${got} next ${alt}  ${ev}`);
          }
        }
      } else {
        const got = o[field] ?? [];
        const want = g[field] ?? [];
        for (const label of got) {
          n++;
          const right = want.includes(label);
          if (right) rightTotal++;
          const behind = (o.explain ?? []).filter((e) => e.field === field && (e.value?.type ?? e.value) === label && !e.value?.negated && e.value?.leaked !== false);
          const rules = [...new Set(behind.map((e) => e.ruleId.replace(/^\w+\./, '')))];
          if (rules.length === 0) rules.push('(unexplained)');
          for (const rule of rules) {
            const sole = rules.length === 1;
            credit(rule, set, right, 'label', sole ? (right ? -1 : 1) : 0, sole);
            if (opt.list === rule) listed.push(`${right ? 'RIGHT' : 'WRONG'} ${set} ${g.path}  ${label}${sole ? ' (sole)' : ''}  ${behind.filter((e) => e.ruleId.endsWith(rule)).map((e) => `「${e.evidence?.text}」@${e.evidence?.line}`).slice(0, 3).join(' ')}`);
          }
        }
        for (const label of want) if (!got.includes(label)) {
          credit('(missed)', set, false, 'label', 0);
          if (opt.list === '(missed)') listed.push(`${set} ${g.path}  ${label}`);
        }
      }
    });
    const isDate = field in DATE_FIELDS;
    console.log(`== ${field} (${mode}), ${golds.length} releases of ${setNames.length} sets: ${isDate ? `accuracy ${(rightTotal / n).toFixed(3)} (${rightTotal}/${n})` : `labels answered right ${rightTotal}/${n}`}`);
    console.log(`${'rule'.padEnd(44)} decided right ${isDate ? 'wNull wDate' : 'wrong  sole'} ifDropped  sets right/wrong (* = right in one set only)`);
    const sorted = [...rows.entries()].filter(([, r]) => r.decided >= opt.min).sort((a, b) => b[1].decided - a[1].decided);
    for (const [rule, r] of sorted) {
      const sets = [...r.bySet.entries()].sort((a, b) => setNames.indexOf(a[0]) - setNames.indexOf(b[0])).map(([s, [ri, w]]) => `${s} ${ri}/${w}`).join(', ');
      const rightSets = [...r.bySet.values()].filter(([ri]) => ri > 0).length;
      const flag = r.wrongNull + r.wrongDate > r.right ? '!' : rightSets === 1 && r.decided >= 3 ? '*' : ' ';
      const wrongCols = isDate ? `${String(r.wrongNull).padStart(5)} ${String(r.wrongDate).padStart(5)}` : `${String(r.wrongNull + r.wrongDate).padStart(5)} ${String(r.sole).padStart(5)}`;
      console.log(`${flag}${rule.padEnd(43)} ${String(r.decided).padStart(7)} ${String(r.right).padStart(5)} ${wrongCols} ${String(r.ifDropped >= 0 && r.decided ? `+${r.ifDropped}` : r.ifDropped).padStart(9)}  ${sets}`);
    }
    console.log('(! = wrong more often than right; ifDropped > 0: the answers under it would do better without the rule)');
    if (opt.list) for (const l of listed) console.log(`  ${l}`);
  }
}
