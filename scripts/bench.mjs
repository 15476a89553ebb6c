#!/usr/bin/env node
// `npm run bench`: how fast `disclose batch`, `stats` and `parse` are on ../shared/archive.
// Prints figures against the targets of issues 4 and 15; asserts nothing (speed is not a test).
//
// Issue 15's table compares with the archive's own Python dashboard builder
// (DIR/scripts/build_dashboard_data.py), measured in the same run when it and python3 are at hand:
//   cold batch -o ≤ 3× the builder, peak RSS ≤ 400 MB · warm re-run ≤ 0.35× the builder ·
//   stats over the folder ≤ 1.3× the cold batch, ≤ 400 MB · parse CPU per release
//   (`batch --jobs 0`, one thread) ≤ 1.2 ms.
//
//   cold batch -o (empty OUTDIR) ≤ 4 s wall · warm re-run, nothing changed ≤ 0.5 s ·
//   one-file `disclose parse` ≤ 1.5 s · peak RSS of the whole process ≤ 1 GB
//   `disclose report ARCHIVE -o page.html` ≤ 1.5× the time of `disclose stats ARCHIVE`, page < 5 MB (issue 16)
//   scaling: 1×, 5× and 20× copies of the archive (hard links in a temp folder): time per file
//   stays level and peak RSS flat — results are streamed, never collected.
//
// Options: --runs N (default 3), --no-scale (skip the 5×/20× copies), --jobs N (passed to batch),
// --archive DIR (another folder of releases), --no-pdf (skip PDF against Markdown on fixtures/pdf-dev).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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
/** Why the Python builder was not measured (set before the table prints it). */
let builderAbsence = '';
// Absolute, because the Python builder runs on symlinks to the archive's folders from a temp folder.
const ARCHIVE = resolve(value('--archive', join(ROOT, '..', 'shared', 'archive')));
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

/** How long after a file's last change batch trusts its stamp. */
const { RACY_MS: STAMP_AFTER_MS } = await import(join(ROOT, 'dist', 'batch', 'outdir.js'));

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
/** When the last bench removed its files (written at its end), to tell whether this run's file creation pays for it. */
const CLEANUP_STAMP = join(tmpdir(), 'disclose-bench-cleanup.json');
/**
 * How long ext4 without a journal keeps a freed inode from reuse (fs/ext4/ialloc.c recently_deleted:
 * 60 s, 360 s while its inode-table block is still dirty): a new file scans past each such inode.
 */
const RECENT_DELETE_S = 360;

/** Removes the bench's files once every measurement is done, and notes when for the next bench. */
function removeWork() {
  let count = 0;
  const countFiles = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      count++;
      if (e.isDirectory()) countFiles(join(dir, e.name));
    }
  };
  countFiles(work);
  rmSync(work, { recursive: true, force: true });
  writeFileSync(CLEANUP_STAMP, JSON.stringify({ at: Date.now(), entries: count }));
  console.log(`removed the bench's ${count} temporary files and folders after the last measurement (on ext4 without a journal, files created in the next ${RECENT_DELETE_S / 60} minutes are placed more slowly)`);
}
// Peak RSS of the disclose process (worker threads included: they live in it), written at exit.
const probe = join(work, 'rss-probe.mjs');
// CPU seconds too: on a shared machine the wall time says as much about the neighbours as about us.
writeFileSync(probe, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.DISCLOSE_BENCH_RSS, JSON.stringify({ maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, sys: u.systemCPUTime / 1e6 })); });\n`);

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
      const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { maxRSS: NaN, cpu: NaN, sys: NaN };
      // The second half of the run: the plateau, without the start-up ramp that short runs are mostly made of.
      const steady = samples.slice(Math.floor(samples.length / 2));
      const medianRssMb = steady.length > 0 ? median(steady) : NaN;
      resolve({ seconds, code, rssMb: usage.maxRSS / 1024, medianRssMb, cpu: usage.cpu, sys: usage.sys, stderr, ok: code === 0 || code === 1 });
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
  // The kernel's share of the CPU (sys) is printed apart: on ext4 without a journal, creating files
  // soon after many were deleted in the same block group scans past every recently freed inode.
  const sys = Number.isFinite(r.sys) ? ` (${fmt(r.sys)} sys)` : '';
  console.log(`  ${label.padEnd(22)} ${fmt(r.seconds).padStart(6)} s wall ${fmt(r.cpu).padStart(6)} s CPU${sys}  ${fmt(n / r.seconds, 0).padStart(6)} files/s  ${fmt(mb / r.seconds).padStart(6)} MB/s  peak RSS ${fmt(r.rssMb, 0).padStart(5)} MB  exit ${r.code}`);
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
{
  // A bench that follows another's clean-up within minutes times the kernel skipping the freed inodes.
  let last = null;
  try {
    last = JSON.parse(readFileSync(CLEANUP_STAMP, 'utf8'));
  } catch {
    // no earlier bench here
  }
  const ago = last ? (Date.now() - last.at) / 1000 : Infinity;
  if (ago < RECENT_DELETE_S) console.log(`note: the last bench removed ${last.entries} files ${ago.toFixed(0)} s ago; on ext4 without a journal, new files are placed slowly for up to ${RECENT_DELETE_S / 60} minutes after a bulk delete, so the cold runs (which create ${files.length} files each) may read high — wait ${Math.ceil(RECENT_DELETE_S - ago)} s for clean figures`);
}
console.log(`cold runs write fresh OUTDIRs; the bench deletes its files only after the last measurement, so no clean-up of its own slows a measured run`);

// Each cold run is the job a user runs: `batch -o` into a fresh OUTDIR of its own. The bench deletes
// nothing until every measurement is done (then all at once, at the end): on ext4 without a journal,
// files created within a few minutes of as many being deleted nearby take the kernel up to ~0.5 ms
// each to place (it skips every recently freed inode one by one) — the clean-up's cost, not batch's.
let out = '';
console.log('\ncold batch -o (a fresh OUTDIR each run; nothing deleted before the last measurement):');
const cold = [];
for (let i = 0; i < RUNS; i++) {
  out = join(work, `out-${i + 1}`);
  const r = await disclose(['batch', ARCHIVE, '-o', out, '--quiet', ...jobsArgs]);
  cold.push(r);
  line(`run ${i + 1}`, r);
}
const coldEnded = Date.now();

// The re-run a user makes (the next day's cron job): nothing changed since a run that verified
// every output and stamped it, so each input is skipped on two stats. Outputs are stamped only by a
// run that starts more than 2 s after they were written (batch's "racy clean" rule, README's
// Incremental): a re-run right after the cold run reads and hashes every input and output instead —
// once, on the first re-run. Timing re-runs that start within 2 s of the cold run (as this bench did)
// measured that one-off verification, a part of the files at a time, not the daily re-run.
await new Promise((r) => setTimeout(r, Math.max(0, coldEnded + STAMP_AFTER_MS + 500 - Date.now())));
console.log('\nfirst re-run after the cold run (verifies every output by content, then stamps it):');
line('run 1', await disclose(['batch', ARCHIVE, '-o', out, '--quiet', ...jobsArgs]));

console.log('\nwarm batch -o (nothing changed since a run that stamped the outputs):');
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

console.log('\nstats over the folder (parsed, as batch parses it):');
const statsRuns = [];
for (let i = 0; i < RUNS; i++) {
  const r = await disclose(['stats', ARCHIVE, '--format', 'json', ...jobsArgs]);
  statsRuns.push(r);
  line(`run ${i + 1}`, r);
}

console.log('\nparse on the main thread (batch --jobs 0, NDJSON):');
const mainThread = [];
for (let i = 0; i < RUNS; i++) {
  const r = await disclose(['batch', ARCHIVE, '--quiet', '--jobs', '0']);
  mainThread.push(r);
  line(`run ${i + 1}`, r);
}

const builder = await measurePythonBuilder();

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

/** One pass of parse() over `paths` in this process: CPU and wall milliseconds per file (CPU is the work done, whatever the neighbours take of the cores). */
async function passPerFile(paths) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const f of paths) JSON.stringify(await parse(readFileSync(f), { path: f }));
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000 / paths.length, wall: (performance.now() - t0) / paths.length };
}

/**
 * Per-file time of a list at the steady state a batch of many files runs at: three warm-up passes
 * (modules, kuromoji and V8's optimized code for this path — one pass does not reach it for the HTML
 * and PDF paths), then the median of --runs passes. The first pass is returned too, for the record.
 */
async function steadyPerFile(paths) {
  const first = await passPerFile(paths);
  for (let pass = 1; pass < 3; pass++) await passPerFile(paths);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await passPerFile(paths));
  return { first, cpu: median(runs.map((r) => r.cpu)), wall: median(runs.map((r) => r.wall)) };
}
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

// PDF against Markdown, per file (issue 12: PDF within 10× the per-file time of Markdown): the
// development set's releases (fixtures/pdf-dev) as Markdown, as printed pages and as documents,
// parsed in this process (pdf.js loaded once, as in a batch), then one-file `disclose parse` of each.
let pdfRatio = null;
let pdfCliRatio = null;
const DEV = join(ROOT, 'fixtures', 'pdf-dev');
if (!flag('--no-pdf') && existsSync(join(DEV, 'manifest.json'))) {
  const manifest = JSON.parse(readFileSync(join(DEV, 'manifest.json'), 'utf8'));
  // Kuromoji loaded first: the organization extractor loads it at the first text that needs it —
  // a one-time second that would fall on whichever file came first.
  const { getTokenizer } = await import(join(ROOT, 'dist', 'tokenize', 'kuromoji.js'));
  await getTokenizer();
  const listOf = (key) => manifest.map((e) => join(DEV, e[key]));
  const md = await steadyPerFile(listOf('source'));
  const pages = await steadyPerFile(listOf('page'));
  const docs = await steadyPerFile(listOf('doc'));
  pdfRatio = (pages.cpu + docs.cpu) / 2 / md.cpu;
  console.log(`\nPDF against Markdown (${manifest.length} releases of fixtures/pdf-dev, parse() in this process; CPU ms per file, wall in brackets):`);
  console.log(`  first pass: Markdown ${fmt(md.first.cpu, 1)} · printed-page PDF ${fmt(pages.first.cpu, 1)} · document PDF ${fmt(docs.first.cpu, 1)} → ${fmt((pages.first.cpu + docs.first.cpu) / 2 / md.first.cpu, 1)}×`);
  console.log(`  steady:     Markdown ${fmt(md.cpu, 1)} (${fmt(md.wall, 1)}) · printed-page PDF ${fmt(pages.cpu, 1)} (${fmt(pages.wall, 1)}) · document PDF ${fmt(docs.cpu, 1)} (${fmt(docs.wall, 1)}) → PDF ${fmt(pdfRatio, 1)}× Markdown`);
  console.log('  (the printed pages carry a hundred Chromium Type 3 fonts each, read from their dictionaries and ToUnicode maps without pdf.js)');
  const cli = async (file) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await disclose(['parse', join(DEV, file)]));
    return medianOf(runs, 'seconds');
  };
  const mdCli = await cli(manifest[0].source);
  const pdfCli = await cli(manifest[0].doc);
  pdfCliRatio = pdfCli / mdCli;
  console.log(`  one-file disclose parse: ${manifest[0].source} ${fmt(mdCli)} s, ${manifest[0].doc} ${fmt(pdfCli)} s wall → ${fmt(pdfCliRatio, 1)}×`);
}

// Web pages against their Markdown (fixtures/pages, issue 12): the same releases, parsed in this
// process, CPU per file; the HTML target is at most twice the Markdown's time per file.
const pagesDir = join(ROOT, 'fixtures', 'pages');
let htmlRatio = null;
if (existsSync(join(pagesDir, 'manifest.json'))) {
  const manifest = JSON.parse(readFileSync(join(pagesDir, 'manifest.json'), 'utf8'));
  const pageFiles = manifest.map((e) => join(pagesDir, e.file));
  const sourceFiles = [...new Set(manifest.map((e) => join(pagesDir, e.source)))];
  // The two lists' passes alternate, so both are timed in the same state of V8 (compiled code, heap):
  // timed one list after the other, the first paid for background compiles and GC the second did not
  // (the ratio swung 1.2–2.6× between runs). CPU counts V8's helper threads too, wall only the main
  // thread; the verdict takes the larger of the two ratios.
  for (let i = 0; i < 3; i++) {
    await passPerFile(sourceFiles);
    await passPerFile(pageFiles);
  }
  const mdRuns = [];
  const htmlRuns = [];
  for (let i = 0; i < Math.max(5, RUNS); i++) {
    mdRuns.push(await passPerFile(sourceFiles));
    htmlRuns.push(await passPerFile(pageFiles));
  }
  const mdMs = median(mdRuns.map((r) => r.cpu));
  const htmlMs = median(htmlRuns.map((r) => r.cpu));
  const mdWall = median(mdRuns.map((r) => r.wall));
  const htmlWall = median(htmlRuns.map((r) => r.wall));
  htmlRatio = Math.max(htmlMs / mdMs, htmlWall / mdWall);
  console.log(`  web pages (fixtures/pages, passes alternating with their Markdown sources): ${fmt(htmlMs, 2)} ms CPU (${fmt(htmlWall, 2)} wall) per HTML page, ${fmt(mdMs, 2)} ms CPU (${fmt(mdWall, 2)} wall) per Markdown source (×${fmt(htmlMs / mdMs, 2)} CPU, ×${fmt(htmlWall / mdWall, 2)} wall)`);
}

console.log('\nagainst the targets (median of runs):');
verdict('cold batch wall', medianOf(cold, 'seconds'), 4, 's');
console.log(`    (CPU ${fmt(medianOf(cold, 'cpu'))} s over ${availableParallelism()} cores: ${fmt(medianOf(cold, 'cpu') / availableParallelism())} s if the cores were ours alone)`);
verdict('warm re-run wall', medianOf(warm, 'seconds'), 0.5, 's');
verdict('single-file parse wall', medianOf(single, 'seconds'), 1.5, 's');
if (pdfRatio !== null) verdict('PDF per-file CPU time against Markdown (in process)', pdfRatio, 10, '×');
if (pdfCliRatio !== null) verdict('PDF one-file parse against Markdown (wall)', pdfCliRatio, 10, '×');
if (htmlRatio !== null) verdict('HTML page time / Markdown time (the larger of CPU and wall)', htmlRatio, 2, '×');
verdict('peak RSS (any run)', Math.max(...[...cold, ...warm, ...stdoutRuns, ...single].filter((r) => r.ok).map((r) => r.rssMb)), 1024, 'MB');

// Issue 15's table: each job against the archive's Python builder, measured above in this run.
{
  const coldWall = medianOf(cold, 'seconds');
  const coldCpu = medianOf(cold, 'cpu');
  const warmWall = medianOf(warm, 'seconds');
  const warmCpu = medianOf(warm, 'cpu');
  const statsWall = medianOf(statsRuns, 'seconds');
  const statsCpu = medianOf(statsRuns, 'cpu');
  const peak = (runs) => Math.max(...runs.filter((r) => r.ok).map((r) => r.rssMb));
  const perRelease = (medianOf(mainThread, 'cpu') * 1000) / files.length;
  const py = builder ? builder.seconds : NaN;
  const pyCpu = builder ? builder.cpu : NaN;
  const ratio = (x, of) => (Number.isFinite(x) && Number.isFinite(of) && of > 0 ? `${fmt(x / of)}×` : 'n/a');
  const mark = (ok) => (ok === null ? '' : ok ? ' met' : ' SHORT');
  const rows = [
    ['`batch -o` cold', `${fmt(coldWall)} s wall (${fmt(coldCpu)} s CPU); ${fmt(peak(cold), 0)} MB peak`, `${ratio(coldWall, py)} (CPU ${ratio(coldCpu, pyCpu)})`, '≤ 3×; ≤ 400 MB',
      builder ? coldWall <= 3 * py && peak(cold) <= 400 : null],
    ['`batch -o` warm (nothing changed)', `${fmt(warmWall)} s wall (${fmt(warmCpu)} s CPU)`, `${ratio(warmWall, py)} (CPU ${ratio(warmCpu, pyCpu)})`, '≤ 0.35×', builder ? warmWall <= 0.35 * py : null],
    ['`stats` over the folder', `${fmt(statsWall)} s wall (${fmt(statsCpu)} s CPU); ${fmt(peak(statsRuns), 0)} MB peak`, `${ratio(statsWall, coldWall)} the cold batch (CPU ${ratio(statsCpu, coldCpu)})`, '≤ 1.3× cold batch; ≤ 400 MB',
      statsWall <= 1.3 * coldWall && peak(statsRuns) <= 400],
    ['parse CPU per release (main thread, `--jobs 0`)', `${fmt(perRelease)} ms`, '', '≤ 1.2 ms', perRelease <= 1.2],
  ];
  console.log(`\nissue 15 (median of ${RUNS} runs; the Python builder ${builder ? `${fmt(py)} s wall, ${fmt(pyCpu)} s CPU, measured in this run` : `not measured: ${builderAbsence}`}):`);
  console.log('| job | now | ratio | goal |\n|---|---|---|---|');
  for (const [job, now, r, goal, ok] of rows) console.log(`| ${job} | ${now} | ${r} | ${goal}${mark(ok)} |`);
  console.log('(wall ratios are the goals; on a loaded machine the CPU ratios say more)');
}

// The page against stats on the same folder, runs alternating so both see the same neighbours.
console.log('\nreport vs stats on the archive folder (both parse it first):');
const pageStatsRuns = [];
const reportRuns = [];
const pagePath = join(work, 'report.html');
for (let i = 0; i < RUNS; i++) {
  const s = await disclose(['stats', '--format', 'json', ARCHIVE, ...jobsArgs]);
  pageStatsRuns.push(s);
  line(`stats run ${i + 1}`, s);
  const r = await disclose(['report', ARCHIVE, '-o', pagePath, ...jobsArgs]);
  reportRuns.push(r);
  line(`report run ${i + 1}`, r);
}
const pageMb = existsSync(pagePath) ? statSync(pagePath).size / 1024 / 1024 : NaN;
verdict('report / stats wall', medianOf(reportRuns, 'seconds') / medianOf(pageStatsRuns, 'seconds'), 1.5, '×');
console.log(`    (CPU: report ${fmt(medianOf(reportRuns, 'cpu'))} s, stats ${fmt(medianOf(pageStatsRuns, 'cpu'))} s: ${fmt(medianOf(reportRuns, 'cpu') / medianOf(pageStatsRuns, 'cpu'))}×)`);
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
    // Kept until the end: removed now, they would slow the next copy's file creation (see the cold runs).
  }
  for (const p of per) console.log(`  ${String(p.k).padStart(2)}×: ${fmt(p.msPerFile, 3)} ms wall and ${fmt(p.cpuMsPerFile, 3)} ms CPU per file; RSS over the second half (median) ${fmt(p.medianRssMb, 0)} MB, peak ${fmt(p.rssMb, 0)} MB`);
}

console.log(`\nload average at the end: ${readLoad()} (other processes share these cores: compare CPU seconds too)`);
removeWork();

/**
 * The archive's Python dashboard builder, timed as it is (RUNS times, median). It writes
 * docs/data under its own root, so it runs from a copy of the script beside links to the archive's
 * folders in the bench's temp folder, never in the archive. Null when the script or python3 is absent.
 */
async function measurePythonBuilder() {
  const script = join(ARCHIVE, 'scripts', 'build_dashboard_data.py');
  if (!existsSync(script)) {
    builderAbsence = `${script} is absent`;
    return null;
  }
  if (spawnSync('python3', ['--version'], { stdio: 'ignore' }).status !== 0) {
    builderAbsence = 'python3 is not installed';
    return null;
  }
  const root = join(work, 'python-builder');
  mkdirSync(join(root, 'scripts'), { recursive: true });
  copyFileSync(script, join(root, 'scripts', 'build_dashboard_data.py'));
  for (const e of readdirSync(ARCHIVE, { withFileTypes: true })) {
    if (e.name !== 'scripts' && e.name !== 'docs') symlinkSync(join(ARCHIVE, e.name), join(root, e.name));
  }
  // CPU seconds from the builder's own rusage, written at exit.
  const usageFile = join(root, 'usage.json');
  const wrapper = `import atexit, json, resource, runpy, sys\ndef _w():\n    u = resource.getrusage(resource.RUSAGE_SELF)\n    open(${JSON.stringify(usageFile)}, 'w').write(json.dumps({'cpu': u.ru_utime + u.ru_stime, 'maxRSS': u.ru_maxrss}))\natexit.register(_w)\nsys.argv = [sys.argv[1]]\nrunpy.run_path(sys.argv[0], run_name='__main__')\n`;
  console.log('\nthe archive\'s Python dashboard builder (scripts/build_dashboard_data.py, on links in a temp folder):');
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(usageFile, { force: true });
    const started = process.hrtime.bigint();
    let said = '';
    const code = await new Promise((resolve) => {
      const child = spawn('python3', ['-c', wrapper, join(root, 'scripts', 'build_dashboard_data.py')], { stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.on('data', (chunk) => (said += chunk));
      child.on('exit', resolve).on('error', () => resolve(-1));
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : { cpu: NaN, maxRSS: NaN };
    // A run that found no releases (a broken link, an empty folder) is no yardstick.
    const releases = Number(/with (\d+) releases/.exec(said)?.[1] ?? NaN);
    const r = { seconds, code, cpu: usage.cpu, rssMb: usage.maxRSS / 1024, stderr: said, ok: code === 0 && releases > 0 };
    runs.push(r);
    line(`run ${i + 1}`, r);
  }
  if (!runs.some((r) => r.ok)) {
    builderAbsence = 'it failed';
    return null;
  }
  return { seconds: medianOf(runs, 'seconds'), cpu: medianOf(runs, 'cpu') };
}

function readLoad() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}
