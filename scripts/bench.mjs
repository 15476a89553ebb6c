#!/usr/bin/env node
// `npm run bench`: how fast `disclose batch` and `disclose parse` are on ../shared/archive.
// Prints figures against the targets of issue 4; asserts nothing (speed is not a test).
//
//   cold batch -o (empty OUTDIR) ≤ 4 s wall · warm re-run, nothing changed ≤ 0.5 s ·
//   one-file `disclose parse` ≤ 1.5 s · peak RSS of the whole process ≤ 1 GB
//   `disclose report ARCHIVE -o page.html` ≤ 1.5× the time of `disclose stats ARCHIVE`, page < 5 MB (issue 16)
//   scaling: 1×, 5× and 20× copies of the archive (hard links in a temp folder): time per file
//   stays level and peak RSS flat — results are streamed, never collected.
//
// Options: --runs N (default 3), --no-scale (skip the 5×/20× copies), --jobs N (passed to batch),
// --archive DIR (another folder of releases).
import { spawn } from 'node:child_process';
import { existsSync, linkSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'disclose.js');
const args = process.argv.slice(2);
const USAGE = 'usage: npm run bench -- [--runs N] [--jobs N] [--no-scale] [--archive DIR]';
/** A bad option is one line and exit 2, never a trace or a silently ignored value. */
function usage(message) {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--no-scale') continue;
  if (!['--runs', '--jobs', '--archive'].includes(args[i])) usage(`unknown option ${args[i]}`);
  if (args[i + 1] === undefined || args[i + 1].startsWith('--')) usage(`${args[i]} needs a value`);
  i++;
}
const flag = (name) => args.includes(name);
const value = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const ARCHIVE = value('--archive', join(ROOT, '..', 'shared', 'archive'));
const RUNS = Number(value('--runs', 3));
const JOBS = value('--jobs', null);
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 100) usage('--runs: a whole number from 1 to 100');
if (JOBS !== null && !/^\d{1,2}$/.test(JOBS)) usage('--jobs: a whole number from 0 to 64');

if (!existsSync(ARCHIVE)) {
  console.log(`bench: ${ARCHIVE} is absent; nothing to measure.`);
  process.exit(0);
}
if (!statSync(ARCHIVE).isDirectory()) usage(`--archive ${ARCHIVE}: not a folder`);
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.log('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

/** What batch reads by default (its --include): the archive's scripts/*.py are not releases. */
const RELEASE_FILE = /\.(?:md|txt|html?)$/i;

function listFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (RELEASE_FILE.test(e.name)) out.push(p);
  }
  return out;
}

const files = listFiles(ARCHIVE);
// The single-file run takes the middle file that is not empty (an empty file is refused: nothing measured).
const nonEmpty = [...files].sort().filter((f) => statSync(f).size > 0);
if (nonEmpty.length === 0) usage(`${ARCHIVE} holds no release files (*.md, *.txt, *.html, *.htm) that are not empty`);

const work = mkdtempSync(join(tmpdir(), 'disclose-bench-'));
// Peak RSS of the disclose process (worker threads included: they live in it), written at exit.
const probe = join(work, 'rss-probe.mjs');
// CPU seconds too: on a shared machine the wall time says as much about the neighbours as about us.
writeFileSync(probe, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.DISCLOSE_BENCH_RSS, JSON.stringify({ maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 })); });\n`);

/** Runs `disclose ARGS`; resolves wall seconds, exit code, peak RSS (MB) and stderr. */
function disclose(argv) {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', probe, BIN, ...argv], {
      env: { ...process.env, DISCLOSE_BENCH_RSS: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // RSS over the run (Linux /proc), so a peak can be told from growth: memory is flat when the
    // plateau stays level as the input grows.
    const samples = [];
    const sampler = setInterval(() => {
      try {
        const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) samples.push(Number(m[1]) / 1024);
      } catch {
        // gone, or not Linux
      }
    }, 200);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { maxRSS: NaN, cpu: NaN };
      // The second half of the run: the plateau, without the start-up ramp that short runs are mostly made of.
      const steady = samples.slice(Math.floor(samples.length / 2));
      const medianRssMb = steady.length > 0 ? median(steady) : NaN;
      resolve({ seconds, code, rssMb: usage.maxRSS / 1024, medianRssMb, cpu: usage.cpu, stderr, ok: code === 0 || code === 1 });
    });
  });
}

function timed(argv) {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => spawn(argv[0], argv.slice(1), { stdio: 'ignore' }).on('exit', () => resolve(Number(process.hrtime.bigint() - started) / 1e9)));
}


const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const MB = bytes / 1024 / 1024;
const jobsArgs = JOBS === null ? [] : ['--jobs', JOBS];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

function line(label, r, n = files.length, mb = MB) {
  console.log(`  ${label.padEnd(22)} ${fmt(r.seconds).padStart(6)} s wall ${fmt(r.cpu).padStart(6)} s CPU  ${fmt(n / r.seconds, 0).padStart(6)} files/s  ${fmt(mb / r.seconds).padStart(6)} MB/s  peak RSS ${fmt(r.rssMb, 0).padStart(5)} MB  exit ${r.code}`);
  if (!r.ok) console.log(`    (failed run, left out of the verdicts) ${r.stderr.trim().split('\n')[0]}`);
}

/** The median of the runs that worked. */
const medianOf = (runs, key) => median(runs.filter((r) => r.ok).map((r) => r[key]));

function verdict(label, value, target, unit) {
  const ok = value <= target;
  console.log(`  → ${label}: ${fmt(value)} ${unit} (target ≤ ${target} ${unit}) ${ok ? 'met' : 'SHORT'}`);
}

console.log(`disclose bench — ${files.length} files, ${fmt(MB, 1)} MB in ${ARCHIVE}`);
console.log(`node ${process.version}, ${availableParallelism()} cores${JOBS === null ? '' : `, --jobs ${JOBS}`}; load average ${readLoad()}`);

const out = join(work, 'out');
console.log('\ncold batch -o (empty OUTDIR):');
const cold = [];
for (let i = 0; i < RUNS; i++) {
  rmSync(out, { recursive: true, force: true });
  const r = await disclose(['batch', ARCHIVE, '-o', out, '--quiet', ...jobsArgs]);
  cold.push(r);
  line(`run ${i + 1}`, r);
}

console.log('\nwarm batch -o (nothing changed):');
const warm = [];
for (let i = 0; i < RUNS; i++) {
  const r = await disclose(['batch', ARCHIVE, '-o', out, ...jobsArgs]);
  warm.push(r);
  line(`run ${i + 1}`, r);
  if (i === 0) console.log(`    ${r.stderr.trim().split('\n').pop()}`);
}

console.log('\nbatch to stdout (NDJSON, no -o):');
const stdoutRuns = [];
for (let i = 0; i < RUNS; i++) {
  const r = await disclose(['batch', ARCHIVE, '--quiet', ...jobsArgs]);
  stdoutRuns.push(r);
  line(`run ${i + 1}`, r);
}

const one = nonEmpty[Math.floor(nonEmpty.length / 2)];
console.log(`\nsingle-file disclose parse (${one.slice(ARCHIVE.length + 1)}):`);
const single = [];
for (let i = 0; i < RUNS; i++) {
  const r = await disclose(['parse', one]);
  single.push(r);
  line(`run ${i + 1}`, r, 1, statSync(one).size / 1024 / 1024);
}

// References for reading the figures on a shared machine: what starting node costs here right now,
// and the parsing alone (the pipeline on one thread, no batch machinery).
console.log('\nreferences:');
const bare = [];
for (let i = 0; i < RUNS; i++) bare.push(await timed([process.execPath, '-e', '0']));
console.log(`  node -e 0 (startup alone)  ${fmt(median(bare))} s wall`);
const { parse } = await import(join(ROOT, 'dist', 'parse.js'));
const parseStart = process.resourceUsage();
const parseWall = performance.now();
// A file the parser refuses (empty, binary, not a release) is counted, as batch would report it.
let refused = 0;
for (const f of files) {
  try {
    JSON.stringify(await parse(readFileSync(f), { path: f }));
  } catch {
    refused++;
  }
}
const parseEnd = process.resourceUsage();
const parseCpu = (parseEnd.userCPUTime + parseEnd.systemCPUTime - parseStart.userCPUTime - parseStart.systemCPUTime) / 1e6;
console.log(`  parse() of every file, one thread, in this process: ${fmt((performance.now() - parseWall) / 1000)} s wall, ${fmt(parseCpu)} s CPU (the pipeline's own cost, batch machinery aside)${refused ? `; ${refused} files refused` : ''}`);

console.log('\nagainst the targets (median of runs):');
verdict('cold batch wall', medianOf(cold, 'seconds'), 4, 's');
console.log(`    (CPU ${fmt(medianOf(cold, 'cpu'))} s over ${availableParallelism()} cores: ${fmt(medianOf(cold, 'cpu') / availableParallelism())} s if the cores were ours alone)`);
verdict('warm re-run wall', medianOf(warm, 'seconds'), 0.5, 's');
verdict('single-file parse wall', medianOf(single, 'seconds'), 1.5, 's');
verdict('peak RSS (any run)', Math.max(...[...cold, ...warm, ...stdoutRuns, ...single].filter((r) => r.ok).map((r) => r.rssMb)), 1024, 'MB');

// The page against stats on the same folder, runs alternating so both see the same neighbours.
console.log('\nreport vs stats on the archive folder (both parse it first):');
const statsRuns = [];
const reportRuns = [];
const pagePath = join(work, 'report.html');
for (let i = 0; i < RUNS; i++) {
  const s = await disclose(['stats', '--format', 'json', ARCHIVE, ...jobsArgs]);
  statsRuns.push(s);
  line(`stats run ${i + 1}`, s);
  const r = await disclose(['report', ARCHIVE, '-o', pagePath, ...jobsArgs]);
  reportRuns.push(r);
  line(`report run ${i + 1}`, r);
}
const pageMb = existsSync(pagePath) ? statSync(pagePath).size / 1024 / 1024 : NaN;
verdict('report / stats wall', medianOf(reportRuns, 'seconds') / medianOf(statsRuns, 'seconds'), 1.5, '×');
console.log(`    (CPU: report ${fmt(medianOf(reportRuns, 'cpu'))} s, stats ${fmt(medianOf(statsRuns, 'cpu'))} s: ${fmt(medianOf(reportRuns, 'cpu') / medianOf(statsRuns, 'cpu'))}×)`);
verdict('report page size', pageMb, 5, 'MB');

if (!flag('--no-scale')) {
  console.log('\nscaling (cold batch -o over k hard-linked copies of the archive):');
  const per = [];
  for (const k of [1, 5, 20]) {
    const src = join(work, `x${k}`);
    for (let c = 0; c < k; c++) {
      for (const f of files) {
        const dest = join(src, `copy${String(c).padStart(2, '0')}`, f.slice(ARCHIVE.length + 1));
        mkdirSync(dirname(dest), { recursive: true });
        try {
          linkSync(f, dest);
        } catch {
          copyFileSync(f, dest);
        }
      }
    }
    const dest = join(work, `x${k}-out`);
    const r = await disclose(['batch', src, '-o', dest, '--quiet', ...jobsArgs]);
    const n = files.length * k;
    line(`${k}× (${n} files)`, r, n, MB * k);
    per.push({ k, msPerFile: (r.seconds * 1000) / n, cpuMsPerFile: (r.cpu * 1000) / n, rssMb: r.rssMb, medianRssMb: r.medianRssMb });
    rmSync(src, { recursive: true, force: true });
    rmSync(dest, { recursive: true, force: true });
  }
  for (const p of per) console.log(`  ${String(p.k).padStart(2)}×: ${fmt(p.msPerFile, 3)} ms wall and ${fmt(p.cpuMsPerFile, 3)} ms CPU per file; RSS over the second half (median) ${fmt(p.medianRssMb, 0)} MB, peak ${fmt(p.rssMb, 0)} MB`);
}

rmSync(work, { recursive: true, force: true });
console.log(`\nload average at the end: ${readLoad()} (other processes share these cores: compare CPU seconds too)`);

function readLoad() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}
