#!/usr/bin/env node
// Tallies occurredOn / detectedOn misses on the tuning gold sets by class (issue #10):
//
//   node scripts/date-miss-tally.mjs [--sets dev,heldout2,...] [--mode full|body|both] [--list] [--json FILE] [--splits]
//
// --splits: the annotators' own ceiling (scripts/dateSplits.mjs). A dated entry's sentence (from its date to the 。, digits
// masked) that stands in two or more releases whose gold reads the day differently (one gives it as occurredOn or detectedOn,
// another gives that field null or a later day) is printed with each release's reading and ours; no rule can take both
// readings of the same words. (Session of 2026-12-06, tune half: 4 sentences, among
// them the same company's releases, オムニバス・ジャパン ×3 and 白梅豊岡病院 ×3, each read both ways.)
//
// The scorer (../shared/eval/score.mjs) takes the earliest timeline date of each event and compares it
// with the gold's; here each miss gets one class:
//   nullExpected   gold null, we give a date
//   unanchored     gold date, we give null, and the text writes no year at all (a body without its overview: nothing dates it)
//   undatable      (body mode) gold date, we give null, and the text's written years date no event of the timeline (years of
//                  data, "2017～2025年度の学生名簿", "令和5年度の卒業アルバム", or of a plan): left undated as unanchored is
//   missed         gold date, we give null and the timeline holds no date of that day at all
//   otherEvent.E   gold date, we give null, but the timeline holds that day under another event E
//   year           same month and day, another year
//   granularity    the same month, one side a month only
//   relative       the gold's day is not written as a date in the text (昨日, 前日, 同日 …)
//   rangeEnd       the gold is a range's start and we give its end, or the other way round
//   earlierWrong   we give an earlier day than the gold (a date wrongly read as the event)
//   laterPicked    the gold's day is in the text but we give a later one (the gold day read as another event or not at all)
// Never run it on the untouched sets (heldout, test, final60).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TUNING, checkTuning } from './tallyGold.mjs';
import { collectReadings, splitsOf, shownReading } from './dateSplits.mjs';

const args = process.argv.slice(2);
const opt = { sets: TUNING.join(','), mode: 'both', list: false, json: null, splits: false };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--sets') opt.sets = args[++i];
  else if (args[i] === '--mode') opt.mode = args[++i];
  else if (args[i] === '--list') opt.list = true;
  else if (args[i] === '--splits') opt.splits = true;
  else if (args[i] === '--json') opt.json = args[++i];
  else { console.error(`unknown argument ${args[i]}`); process.exit(2); }
}
const FORBIDDEN = new Set(['heldout', 'test', 'final60']);
const archive = resolve('../shared/archive');
const dirOf = (s) => (s === 'dev' ? '../shared/gold/dev' : `eval/extra-gold/${s}`);
const modes = opt.mode === 'both' ? ['full', 'body'] : [opt.mode];
const sets = opt.sets.split(',').filter((s) => !FORBIDDEN.has(s));
checkTuning(sets);

const earliest = (timeline, event) => (timeline ?? []).filter((t) => t.event === event && typeof t.date === 'string').map((t) => t.date).sort()[0] ?? null;
const dateMatch = (gold, got) => (gold == null ? got == null : typeof got === 'string' && got.startsWith(gold));
const nfkc = (s) => s.normalize('NFKC');

/** Whether the text writes month/day (with any year form, or none). */
function writesDay(text, iso) {
  const [, m, d] = iso.split('-').map(Number);
  if (!d) return new RegExp(`(?<![0-9])0?${m}月`).test(text);
  return new RegExp(`(?<![0-9])0?${m}[月/.]0?${d}(?![0-9])`).test(text);
}

/** A year written any way the date finders read one (2025, 令和7, 平成31). */
const WRITES_YEAR = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])|令和|平成/;

function classify(gold, got, timeline, text, mode) {
  if (gold == null) return 'nullExpected';
  const goldDay = gold.slice(0, 10);
  const sameDayAny = (timeline ?? []).some((t) => typeof t.date === 'string' && t.date.startsWith(goldDay));
  if (got == null) {
    // (A pasted body that writes no year anywhere has nothing to give its year-less dates a year: the publication date was the
    // only anchor, and --mode body drops it with the overview.)
    if (!sameDayAny && !WRITES_YEAR.test(text)) return writesDay(text, gold) ? 'unanchored' : 'unanchored.relative';
    // (A body whose years are all of data or plans: the timeline dates no event at all, so nothing anchors the year-less ones.)
    if (!sameDayAny && mode === 'body' && !(timeline ?? []).some((t) => typeof t.date === 'string' && t.event !== 'other')) return 'undatable';
    if (!sameDayAny) return writesDay(text, gold) ? 'missed' : 'missed.relative';
    const events = [...new Set(timeline.filter((t) => typeof t.date === 'string' && t.date.startsWith(goldDay)).map((t) => t.event))].sort();
    return `otherEvent.${events.join('+')}`;
  }
  if (gold.slice(5) === got.slice(5, 5 + gold.length - 5) && gold.slice(0, 4) !== got.slice(0, 4)) return 'year';
  if (gold.slice(0, 7) === got.slice(0, 7) && (gold.length === 7 || got.length === 7)) return 'granularity';
  if (!writesDay(text, gold)) return 'relative';
  // A range "gold～got" or "got～gold" written in the text.
  const [gy, gm, gd] = gold.split('-').map(Number);
  const [oy, om, od] = got.split('-').map(Number);
  const range = new RegExp(`0?${Math.min(gm, om) === gm && gold < got ? gm : om}月0?${gold < got ? gd : od}日[^。]{0,30}?[~～\\-ー－から]+[^。]{0,12}?(?:0?${gold < got ? om : gm}月)?0?${gold < got ? od : gd}日`);
  if (gd && od && range.test(text)) return 'rangeEnd';
  void gy; void oy;
  return got < gold ? 'earlierWrong' : 'laterPicked';
}

const tally = {};
const rows = [];
/** For --splits: sentence (digits masked) → one reading per release, path → { ours, gold }. */
const wordings = new Map();
const tmp = mkdtempSync(join(tmpdir(), 'date-tally-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
for (const mode of modes) {
  for (const set of sets) {
    const dir = dirOf(set);
    const golds = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
    const inputs = golds.map((g, i) => {
      const src = resolve(archive, g.path);
      if (mode === 'full') return src;
      const text = readFileSync(src, 'utf8');
      const at = text.indexOf('# 本文');
      const file = join(tmp, `${set}-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(file, at >= 0 ? text.slice(at + '# 本文'.length).replace(/^\s*\n/, '') : text);
      return file;
    });
    const out = execFileSync('node', ['bin/disclose.js', 'parse', '--ndjson', ...inputs], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const byPath = new Map(out.split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((o) => [resolve(o.source.path), o]));
    golds.forEach((g, i) => {
      const o = byPath.get(resolve(inputs[i])) ?? {};
      const raw = readFileSync(inputs[i], 'utf8');
      const text = nfkc(raw);
      if (opt.splits && mode === 'full') collectReadings(wordings, g, o.timeline ?? [], raw);
      for (const [field, event] of [['occurredOn', 'occurred'], ['detectedOn', 'detected']]) {
        const got = earliest(o.timeline, event);
        const want = g[field];
        const key = `${mode} ${field}`;
        tally[key] ??= { n: 0, right: 0, classes: {} };
        tally[key].n++;
        if (dateMatch(want, got)) { tally[key].right++; continue; }
        const cls = classify(want, got, o.timeline, text, mode);
        tally[key].classes[cls] = (tally[key].classes[cls] ?? 0) + 1;
        rows.push({ mode, set, path: g.path, field, want, got, cls });
      }
    });
  }
}
for (const [key, t] of Object.entries(tally)) {
  const classes = Object.entries(t.classes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(`${key.padEnd(16)} ${(t.right / t.n).toFixed(3)} (${t.n - t.right} misses of ${t.n}): ${classes}`);
}
if (opt.list) for (const r of rows) console.log(`  ${r.mode} ${r.set} ${r.field} ${r.cls}: want ${r.want} got ${r.got}  ${r.path}`);
if (opt.splits) printSplits();
if (opt.json) writeFileSync(opt.json, JSON.stringify(rows, null, 1));

function printSplits() {
  const splits = splitsOf(wordings);
  for (const [sentence, byPath] of splits) {
    console.log(`split: ${sentence.slice(0, 100)}`);
    for (const [path, r] of byPath) console.log(`    ours ${r.ours.padEnd(17)} gold ${shownReading(r.gold).padEnd(17)} ${path}`);
  }
  console.log(`sentences read differently by the gold of releases that share them: ${splits.length}`);
}
