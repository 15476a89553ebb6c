#!/usr/bin/env node
// Scores the headline figures of `disclose parse` against gold files' `headline` field
// (eval/extra-gold/GUIDE-headline.md).
//
//   node eval/score-headline.mjs --gold DIR [--archive DIR] [--cmd "node bin/disclose.js"]
//                                [--mode full|body] [--json] [--show-misses]
//
// Each of the four figures (confirmedPeople, confirmedRecords, possiblePeople, possibleRecords) is
// right when gold and output are both null, or both give the same value in the same unit class
// (people: 名 人 方 世帯; records: every other counter). Gold files without `headline` are skipped.
// Prints per-field accuracy, the releases with all four right, and the values right.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = { gold: null, archive: join(here, '..', '..', 'shared', 'archive'), cmd: 'node bin/disclose.js', mode: 'full', json: false, showMisses: false };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--gold') opt.gold = args[++i];
  else if (a === '--archive') opt.archive = args[++i];
  else if (a === '--cmd') opt.cmd = args[++i];
  else if (a === '--mode') opt.mode = args[++i];
  else if (a === '--json') opt.json = true;
  else if (a === '--show-misses') opt.showMisses = true;
  else { console.error(`score-headline: unknown argument ${a}`); process.exit(2); }
}
if (!opt.gold) { console.error('score-headline: --gold DIR is required'); process.exit(2); }
if (!['full', 'body'].includes(opt.mode)) { console.error('score-headline: --mode is full or body'); process.exit(2); }

const FIELDS = ['confirmedPeople', 'confirmedRecords', 'possiblePeople', 'possibleRecords'];
const PEOPLE = new Set(['名', '人', '方', '世帯']);
const unitClass = (u) => (PEOPLE.has(String(u ?? '').normalize('NFKC').trim().replace(/(?:様)?分$/, '')) ? 'people' : 'records');

const all = readdirSync(opt.gold).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ file: f, ...JSON.parse(readFileSync(join(opt.gold, f), 'utf8')) }));
const golds = all.filter((g) => g.headline && typeof g.headline === 'object');
if (golds.length === 0) { console.error(`score-headline: no gold file with a headline in ${opt.gold}`); process.exit(2); }

// The inputs: archive files, or their 本文 sections as .txt files (as ../shared/eval/score.mjs).
const tmp = mkdtempSync(join(tmpdir(), 'disclose-headline-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const inputs = golds.map((g, i) => {
  const src = resolve(opt.archive, g.path);
  if (opt.mode === 'full') return src;
  const text = readFileSync(src, 'utf8');
  const at = text.indexOf('# 本文');
  const file = join(tmp, `${String(i).padStart(3, '0')}.txt`);
  writeFileSync(file, at >= 0 ? text.slice(at + '# 本文'.length).replace(/^\s*\n/, '') : text);
  return file;
});

const [bin, ...binArgs] = opt.cmd.split(/\s+/);
let stdout;
try {
  stdout = execFileSync(bin, [...binArgs, 'parse', '--ndjson', ...new Set(inputs)], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
} catch (e) {
  stdout = e.stdout ?? '';
  if (!stdout) { console.error(`score-headline: the command failed: ${String(e.message).split('\n')[0]}`); process.exit(2); }
}
const outByPath = new Map();
for (const line of stdout.split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line);
  if (o?.source?.path) outByPath.set(resolve(o.source.path), o);
}

const right = Object.fromEntries(FIELDS.map((f) => [f, 0]));
let allFour = 0;
let values = 0;
const misses = [];
const show = (x) => (x ? `${x.value}${x.unit ?? ''}` : 'null');
golds.forEach((g, i) => {
  const out = outByPath.get(resolve(inputs[i]));
  const headline = out?.headline ?? {};
  let docRight = 0;
  for (const f of FIELDS) {
    const want = g.headline[f] ?? null;
    const got = headline[f] ?? null;
    const ok = want === null ? got === null : got !== null && got.value === want.value && unitClass(got.unit) === unitClass(want.unit);
    if (ok) { right[f]++; docRight++; values++; }
    else misses.push(`${g.file} ${g.path}: ${f} want ${show(want)} got ${show(got)}${got?.evidence ? ` (「${got.evidence.text}」)` : ''}`);
  }
  if (docRight === FIELDS.length) allFour++;
});

const n = golds.length;
if (opt.json) {
  console.log(JSON.stringify({ mode: opt.mode, documents: n, skipped: all.length - n, fields: Object.fromEntries(FIELDS.map((f) => [f, right[f] / n])), allFour, values, valuesTotal: n * FIELDS.length }, null, 2));
} else {
  console.log(`headline, mode ${opt.mode}, ${n} documents${all.length > n ? ` (${all.length - n} without headline gold skipped)` : ''}`);
  for (const f of FIELDS) console.log(`${f.padEnd(17)} ${(right[f] / n).toFixed(3)}  ${right[f]}/${n}`);
  console.log(`all four right    ${(allFour / n).toFixed(3)}  ${allFour}/${n}`);
  console.log(`values right      ${(values / (n * FIELDS.length)).toFixed(3)}  ${values}/${n * FIELDS.length}`);
  if (opt.showMisses) for (const m of misses) console.log(`  miss ${m}`);
}
