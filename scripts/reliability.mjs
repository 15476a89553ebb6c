#!/usr/bin/env node
// Fault injection against `disclose batch -o`: kills at seeded random moments, a race for a dead
// run's lock, a file that never finishes, links planted in OUTDIR, a full disk, SIGTERM. Each case
// runs the built CLI (bin/disclose.js) on a small synthetic tree and prints one line: pass/fail,
// what was checked, seconds. Exits 1 when a case fails. tests/batch/reliability.test.ts runs the
// same cases (quick sizes).
//
//   node scripts/reliability.mjs [--quick] [--seed N] [--only NAME]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from './seededRandom.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'disclose.js');

/** A release in the archive's layout (synthetic, not copied from the archive). */
export function release(org, day, people) {
  return `# 公表概要\n- 不正アクセスによる個人情報漏えいのお知らせ\n- 2025年3月${day}日\n- ${org}\n\n# 本文\nこのたび、${org}のサーバーが第三者による不正アクセスを受け、お客様${people.toLocaleString('en-US')}名の氏名およびメールアドレスが漏えいしたことを確認いたしました。\n`;
}

const made = [];
export function tempDir(prefix = 'disclose-rel-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder the cases made. */
export function cleanup() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** `n` releases in three year folders (plus `extra` files: relative path → content). */
export function tree(n, extra = {}) {
  const root = tempDir();
  const files = { ...extra };
  for (let i = 0; i < n; i++) files[`${2023 + (i % 3)}/${String(i).padStart(4, '0')}_株式会社試験${i}.md`] = release(`株式会社試験${i}`, 1 + (i % 28), 100 + i);
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, ...rel.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

/**
 * Every file below a folder (not following links): relative path → content; links as "→ target".
 * A folder a run is still writing may lose a name between listing and reading it (a temporary
 * file renamed into place): such a name is left out, as if listed a moment later.
 */
export function snapshot(dir, rel = '', out = {}) {
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    try {
      const info = lstatSync(join(dir, r));
      if (info.isDirectory()) snapshot(dir, r, out);
      else if (info.isSymbolicLink()) out[r] = '→ link';
      else out[r] = readFileSync(join(dir, r), 'utf8');
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
  }
  return out;
}

/** Runs the CLI to its end: { code, stdout, stderr, seconds }. */
export function runCli(args, env = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status ?? 128 + (r.signal === 'SIGKILL' ? 9 : 15), stdout: r.stdout, stderr: r.stderr, seconds: (performance.now() - t0) / 1000 };
}

/** Starts the CLI; `done` resolves to { code, signal, stderr }. */
export function startCli(args, env = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

export const random = mulberry32;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const BATCH = ['--quiet', '--no-tokenize', '--jobs', '2'];
const leftovers = (out) => Object.keys(snapshot(out)).filter((f) => /tmp-disclose|disclose-lock/.test(f));

/**
 * Starts a batch and SIGKILLs it at a moment of the run: `after.ms` after it took the OUTDIR lock
 * (not in Node's start-up), or as soon as `after.outputs` outputs were written by it (renamed into
 * place). Resolves once the process is gone.
 */
async function killDuring(args, out, after) {
  const started = Date.now() - 1;
  const { child, done } = startCli(args);
  let ended = false;
  void done.then(() => (ended = true));
  while (!ended && !existsSync(join(out, '.disclose-lock'))) await sleep(2);
  if (after.ms !== undefined) await sleep(after.ms);
  else while (!ended && outputsSince(out, started) < after.outputs) await sleep(2);
  child.kill('SIGKILL');
  return done;
}

/** Outputs (*.md.json) below `dir` modified since `since` (ms). */
function outputsSince(dir, since) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) n += outputsSince(path, since);
    else if (e.name.endsWith('.md.json')) {
      try {
        if (lstatSync(path).mtimeMs >= since) n++;
      } catch {
        // renamed meanwhile
      }
    }
  }
  return n;
}

/**
 * A snapshot with the index's file stamps (inputStat, outputStat) left out: a run records them for
 * outputs verified 2 s or more after they were written, so whether a line has them depends on how
 * long the runs took, not on what they wrote.
 */
function withoutStamps(files) {
  const index = files['index.ndjson'];
  return index === undefined ? files : { ...files, 'index.ndjson': index.replace(/"(?:inputStat|outputStat)":"[^"]*",/g, '') };
}

/**
 * Crash consistency: chains of SIGKILLs at seeded random moments, then a run to the end; the tree
 * must equal a clean run's, byte for byte (outputs, index.ndjson, _errors.ndjson), with no
 * temporary file, journal or lock left.
 */
export async function crashCase({ files = 60, trials = 3, killsPerTrial = 2, seed = 1 } = {}) {
  const src = tree(files);
  const clean = join(tempDir(), 'out');
  const first = runCli(['batch', src, '-o', clean, ...BATCH]);
  if (first.code !== 0) return { ok: false, detail: `clean run exit ${first.code}: ${first.stderr.trim()}` };
  const want = withoutStamps(snapshot(clean));
  const rand = random(seed);
  let kills = 0;
  let midRun = 0;
  for (let t = 0; t < trials; t++) {
    const out = join(tempDir(), 'out');
    for (let k = 0; k < killsPerTrial; k++) {
      // Every other kill at a random moment of the run, the others after a random number of outputs.
      const at = k % 2 ? { ms: Math.round(rand() * first.seconds * 1000 * 0.8) } : { outputs: 1 + Math.floor(rand() * (files / 3)) };
      await killDuring(['batch', src, '-o', out, ...BATCH], out, at);
      kills++;
      // A kill that left journals hit a run mid-way (not before its start or after its end).
      if (existsSync(out) && readdirSync(out).some((f) => f.endsWith('.tmp-disclose'))) midRun++;
    }
    const finish = runCli(['batch', src, '-o', out, ...BATCH]);
    if (finish.code !== 0) return { ok: false, detail: `trial ${t}: the run after the kills exited ${finish.code}: ${finish.stderr.trim()}` };
    const got = withoutStamps(snapshot(out));
    const differ = [...new Set([...Object.keys(want), ...Object.keys(got)])].filter((f) => want[f] !== got[f]);
    if (differ.length) return { ok: false, detail: `trial ${t}: ${differ.length} files differ from a clean run (${differ.slice(0, 3).join(', ')})` };
  }
  return { ok: true, detail: `${kills} kills (${midRun} mid-run) in ${trials} chains over ${files} files: every tree identical to a clean run's` };
}

/**
 * The --explain run killed after a complete plain run, then a plain run: no output may keep
 * "explain" (outputs used to be renamed into place before the journal knew them).
 */
export async function explainKillCase({ files = 60, trials = 3, seed = 2 } = {}) {
  const src = tree(files);
  const rand = random(seed);
  let kept = 0;
  let midRun = 0;
  for (let t = 0; t < trials; t++) {
    const out = join(tempDir(), 'out');
    const plain = runCli(['batch', src, '-o', out, ...BATCH]);
    if (plain.code !== 0) return { ok: false, detail: `trial ${t}: the plain run exited ${plain.code}` };
    await killDuring(['batch', src, '-o', out, '--explain', ...BATCH], out, { outputs: 1 + Math.floor(rand() * (files - 10)) });
    const withExplain = Object.entries(snapshot(out)).filter(([f, text]) => f.endsWith('.md.json') && text.includes('"explain"')).length;
    if (withExplain > 0 && withExplain < files) midRun++;
    const again = runCli(['batch', src, '-o', out, ...BATCH]);
    if (again.code !== 0) return { ok: false, detail: `trial ${t}: exit ${again.code}: ${again.stderr.trim()}` };
    kept += Object.entries(snapshot(out)).filter(([f, text]) => f.endsWith('.md.json') && text.includes('"explain"')).length;
  }
  return { ok: kept === 0, detail: `${trials} killed --explain runs (${midRun} left some outputs with "explain"), then a plain run: ${kept} outputs keep "explain"` };
}

/**
 * Four runs started at once on an OUTDIR holding a dead process's lock: exactly one may take it.
 * The winner holds it for 3 s at least (one input hangs until its --timeout), so the others meet it
 * even when their start is slow.
 */
export async function lockRaceCase({ trials = 3, runners = 4 } = {}) {
  const src = tree(6, { 'zz-slow.md': release('株式会社遅延', 5, 50) });
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  let doubles = 0;
  const outcomes = [];
  for (let t = 0; t < trials; t++) {
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.disclose-lock'), `${dead} 1 deadbeef\n`);
    // The slow file hangs the run that takes the lock until it is stopped here, once every other run
    // has ended (or after 30 s): a run that started late on a loaded machine must not find the lock
    // already given back and take it as a second, rightful, owner.
    const runs = Array.from({ length: runners }, () => startCli(['batch', src, '-o', out, ...BATCH, '--timeout', '60s'], { DISCLOSE_TEST_HANG: 'zz-slow' }));
    const ended = new Set();
    runs.forEach((r, i) => void r.done.then(() => ended.add(i)));
    const deadline = Date.now() + 30_000;
    while (ended.size < runners - 1 && Date.now() < deadline) await sleep(20);
    runs.forEach((r, i) => ended.has(i) || r.child.kill('SIGTERM'));
    const results = await Promise.all(runs.map((r) => r.done));
    const took = results.filter((r) => r.code !== 2).length;
    const refused = results.filter((r) => r.code === 2 && /another disclose batch/.test(r.stderr)).length;
    outcomes.push(`${took}/${refused}`);
    if (took !== 1 || refused !== runners - 1) doubles++;
  }
  return { ok: doubles === 0, detail: `${trials} races of ${runners} runs for a dead run's lock: runs that took it / refused per race ${outcomes.join(' ')}` };
}

/** A file that never finishes: it fails after --timeout with one line, every other file is written. */
export async function timeoutCase({ files = 12 } = {}) {
  const src = tree(files, { '2024/0003a_slow.md': release('株式会社遅延', 5, 50) });
  const out = join(tempDir(), 'out');
  const r = runCli(['batch', src, '-o', out, '--no-tokenize', '--jobs', '1', '--timeout', '1s'], { DISCLOSE_TEST_HANG: '_slow' });
  const errors = readFileSync(join(out, '_errors.ndjson'), 'utf8').trim().split('\n').filter(Boolean);
  const written = Object.keys(snapshot(out)).filter((f) => f.endsWith('.md.json')).length;
  const ok = r.code === 1 && errors.length === 1 && /took longer than the --timeout of 1 s/.test(errors[0]) && written === files && r.seconds < 20;
  return { ok, detail: `one hanging file among ${files + 1}, --timeout 1s: exit ${r.code}, ${errors.length} error line, ${written}/${files} others written in ${r.seconds.toFixed(1)} s` };
}

/**
 * Links planted in OUTDIR: at the temporary names older versions used, a folder link leading out,
 * and an index line pointing outside OUTDIR for stats. Nothing outside may change or be read.
 */
export async function symlinkCase() {
  const src = tree(4, { '2024/sub/deep.md': release('株式会社深層', 6, 60) });
  const out = join(tempDir(), 'out');
  const outside = tempDir('disclose-outside-');
  const victims = ['a.txt', 'b.txt', 'c.txt'];
  for (const v of victims) writeFileSync(join(outside, v), `keep ${v}\n`);
  mkdirSync(join(out, '2023'), { recursive: true });
  // What older versions' predictable names would be for the next few pids (the run's pid is unknown).
  const pid = process.pid;
  for (let p = pid; p < pid + 200; p++) {
    try {
      symlinkSync(join(outside, 'a.txt'), join(out, `index.ndjson.${p}.tmp-disclose`));
      symlinkSync(join(outside, 'b.txt'), join(out, '2023', `.${p}-1.tmp-disclose`));
    } catch {
      // exists
    }
  }
  const elsewhere = join(outside, 'dir');
  mkdirSync(elsewhere);
  symlinkSync(elsewhere, join(out, '2024'));
  const r = runCli(['batch', src, '-o', out, ...BATCH]);
  const victimsKept = victims.every((v) => readFileSync(join(outside, v), 'utf8') === `keep ${v}\n`);
  const nothingMade = readdirSync(elsewhere).length === 0;
  const outputs = Object.entries(snapshot(out)).filter(([f]) => f.endsWith('.md.json'));
  const noLinks = outputs.every(([, text]) => text !== '→ link');
  // stats on an index that points out of OUTDIR
  const statsDir = join(tempDir(), 'out');
  mkdirSync(statsDir);
  writeFileSync(join(dirname(statsDir), 'x.json'), readFileSync(join(out, outputs[0][0]), 'utf8'));
  writeFileSync(join(statsDir, 'index.ndjson'), JSON.stringify({ path: 'x.md', output: '../x.json' }) + '\n');
  const stats = runCli(['stats', statsDir, '--format', 'json']);
  const statsRefused = /outside/.test(stats.stderr) && !/"releases":\s*1\b/.test(stats.stdout);
  const ok = victimsKept && nothingMade && noLinks && statsRefused && r.code === 1;
  return { ok, detail: `links at old temp names: outside files ${victimsKept ? 'kept' : 'CHANGED'}; folder link leading out: ${nothingMade ? 'nothing created outside' : 'FOLDERS CREATED OUTSIDE'} (exit ${r.code}); outputs are ${noLinks ? 'regular files' : 'LINKS'}; stats on output "../x.json": ${statsRefused ? 'refused' : 'READ'}` };
}

/** SIGTERM is handled as Ctrl-C: exit 143, no lock, journal or temporary file left, the index lists what was written. */
export async function sigtermCase({ files = 120 } = {}) {
  const src = tree(files);
  const out = join(tempDir(), 'out');
  const { child, done } = startCli(['batch', src, '-o', out, ...BATCH]);
  // Once the first outputs are there.
  for (let i = 0; i < 400 && !Object.keys(existsSync(out) ? snapshot(out) : {}).some((f) => f.endsWith('.md.json')); i++) await sleep(10);
  child.kill('SIGTERM');
  const r = await done;
  const left = leftovers(out);
  const indexed = existsSync(join(out, 'index.ndjson')) ? readFileSync(join(out, 'index.ndjson'), 'utf8').split('\n').filter(Boolean).length : -1;
  const ok = r.code === 143 && left.length === 0 && indexed > 0 && /terminated after/.test(r.stderr);
  return { ok, detail: `SIGTERM mid-run: exit ${r.code ?? r.signal}, ${left.length} leftover files, ${indexed} releases indexed` };
}

/** A full disk (injected ENOSPC) ends in one clear line and exit 1; the next run finishes. */
export async function diskFullCase({ files = 20 } = {}) {
  const src = tree(files);
  const out = join(tempDir(), 'out');
  const r = runCli(['batch', src, '-o', out, ...BATCH], { DISCLOSE_FAULT_WRITE: 'ENOSPC:5' });
  const lines = r.stderr.trim().split('\n');
  const left = leftovers(out).filter((f) => !/\.(?:wal\.)?tmp-disclose$/.test(f) || !/ndjson/.test(f)); // journals may stay for the next run
  const again = runCli(['batch', src, '-o', out, ...BATCH]);
  const ok = r.code === 1 && lines.length === 1 && /no space left on device \(ENOSPC\)/.test(lines[0]) && left.length === 0 && again.code === 0 && leftovers(out).length === 0;
  return { ok, detail: `ENOSPC at the 5th write: exit ${r.code}, ${lines.length} stderr line (${lines[0].slice(0, 60)}…), ${left.length} temporary files left; next run exit ${again.code}` };
}

/** --jobs far beyond the cores is a usage error, not an out-of-memory crash. */
export async function jobsCase() {
  const src = tree(2);
  const r = runCli(['batch', src, '--jobs', '9999', '--quiet']);
  const lines = r.stderr.trim().split('\n');
  return { ok: r.code === 2 && lines.length === 1, detail: `--jobs 9999: exit ${r.code}: ${lines[0]}` };
}

export const CASES = {
  crash: crashCase,
  'explain-kill': explainKillCase,
  'lock-race': lockRaceCase,
  timeout: timeoutCase,
  symlinks: symlinkCase,
  sigterm: sigtermCase,
  'disk-full': diskFullCase,
  jobs: jobsCase,
};

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
  if (!existsSync(join(ROOT, 'dist', 'batch', 'worker.js'))) {
    console.error('reliability: run `npm run build` first');
    process.exit(2);
  }
  const sizes = quick
    ? { crash: { trials: 2, killsPerTrial: 2, seed }, 'explain-kill': { trials: 2, seed: seed + 1 }, 'lock-race': { trials: 2 } }
    : { crash: { files: 200, trials: 6, killsPerTrial: 3, seed }, 'explain-kill': { files: 200, trials: 5, seed: seed + 1 }, 'lock-race': { trials: 10 } };
  let failed = 0;
  for (const [name, run] of Object.entries(CASES)) {
    if (only && name !== only) continue;
    const t0 = performance.now();
    let result;
    try {
      result = await run(sizes[name] ?? {});
    } catch (e) {
      result = { ok: false, detail: `threw: ${e?.stack ?? e}` };
    }
    if (!result.ok) failed++;
    console.log(`${result.ok ? 'pass' : 'FAIL'}  ${name.padEnd(13)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${result.detail}`);
  }
  cleanup();
  console.log(`reliability${quick ? ' (quick)' : ''}: ${Object.keys(CASES).filter((n) => !only || n === only).length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
