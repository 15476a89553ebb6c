import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runBatch, type BatchOptions, type BatchResult } from '../../src/batch/run.js';
import { DiskFull, fileStamp, stampMatches } from '../../src/batch/outdir.js';
import { goodTree, listing, tempDir } from './trees.js';

async function run(options: Omit<BatchOptions, 'jobs'> & { jobs?: number }): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of runBatch({ jobs: 0, tokenize: false, ...options })) out.push(r);
  return out;
}
const ndjson = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const outputs = (out: string) => listing(out).filter((f) => f.endsWith('.md.json'));

afterEach(() => {
  delete process.env.DISCLOSE_FAULT_WRITE;
});

describe('the OUTDIR lock', () => {
  test('four runs started at once on a dead run\'s lock: exactly one takes it, the others are refused', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const dir = goodTree(2);
      const out = join(tempDir(), 'out');
      mkdirSync(out);
      writeFileSync(join(out, '.disclose-lock'), '99999999 1 deadbeef\n');
      // Each run takes the lock before its first result; the winner holds it until it is closed.
      const runs = Array.from({ length: 4 }, () => runBatch({ inputs: [dir], outDir: out, jobs: 0, tokenize: false }));
      const firsts = await Promise.allSettled(runs.map((r) => r.next()));
      const took = firsts.filter((f) => f.status === 'fulfilled');
      const refused = firsts.filter((f) => f.status === 'rejected').map((f) => String((f as PromiseRejectedResult).reason.message));
      expect(took).toHaveLength(1);
      expect(refused).toEqual(Array(3).fill(expect.stringMatching(/another disclose batch/)));
      for (const r of runs) await r.return(undefined as never);
      expect(existsSync(join(out, '.disclose-lock'))).toBe(false);
    }
  }, 60_000);

  test('a lock naming our own pid but another process start (a reused pid in a container) is taken over', async () => {
    const dir = goodTree(1);
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.disclose-lock'), `${process.pid} 1 deadbeef\n`);
    expect((await run({ inputs: [dir], outDir: out }))[0].incident).toBeDefined();
  });

  test('a lock appears with its content, and a killed run\'s lock content left aside is swept', async () => {
    const dir = goodTree(1);
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.disclose-lock.0a1b2c3d4e5f.tmp-disclose'), `99999999 1 0a1b2c3d4e5f\n`);
    const batch = runBatch({ inputs: [dir], outDir: out, jobs: 0, tokenize: false });
    await batch.next();
    // While the run holds it: pid, process start, run id — never an empty file a racer could read as dead.
    expect(readFileSync(join(out, '.disclose-lock'), 'utf8')).toMatch(new RegExp(`^${process.pid} \\S+ [0-9a-f]{12}\n$`));
    for await (const _ of batch);
    expect(listing(out).filter((f) => /disclose-lock|tmp-disclose/.test(f))).toEqual([]);
  });
});

describe('temporary files', () => {
  test('temporary files left by a killed run with our pid (a reused pid) are removed', async () => {
    const dir = goodTree(2);
    const out = join(tempDir(), 'out');
    await run({ inputs: [dir], outDir: out });
    writeFileSync(join(out, '2024', `.${process.pid}-3.tmp-disclose`), '{"half');
    writeFileSync(join(out, '2024', '.a1b2c3d4e5f6-9.tmp-disclose'), '{"half');
    await run({ inputs: [dir], outDir: out, force: true });
    expect(listing(out).filter((f) => f.includes('tmp-disclose'))).toEqual([]);
  });

  test('links planted at the predictable temporary names cannot redirect a write outside OUTDIR', async () => {
    const dir = goodTree(4);
    const out = join(tempDir(), 'out');
    const outside = tempDir();
    for (const name of ['a', 'b', 'c']) writeFileSync(join(outside, name), `keep ${name}`);
    mkdirSync(join(out, '2024'), { recursive: true });
    mkdirSync(join(out, '2025'), { recursive: true });
    // The names older versions used: .<pid>-<n>.tmp-disclose and index.ndjson.<pid>.tmp-disclose.
    for (let n = 1; n <= 4; n++) {
      symlinkSync(join(outside, 'a'), join(out, '2024', `.${process.pid}-${n}.tmp-disclose`));
      symlinkSync(join(outside, 'b'), join(out, '2025', `.${process.pid}-${n}.tmp-disclose`));
    }
    symlinkSync(join(outside, 'c'), join(out, `index.ndjson.${process.pid}.tmp-disclose`));
    const results = await run({ inputs: [dir], outDir: out });
    expect(results.every((r) => r.incident)).toBe(true);
    expect(['a', 'b', 'c'].map((n) => readFileSync(join(outside, n), 'utf8'))).toEqual(['keep a', 'keep b', 'keep c']);
    for (const f of outputs(out)) expect(lstatSync(join(out, f)).isFile()).toBe(true);
    expect(listing(out).filter((f) => f.includes('tmp-disclose'))).toEqual([]);
  });

  test('a folder link inside OUTDIR that leads out: no folder is created outside, the files below it fail', async () => {
    const dir = goodTree(2);
    writeFileSync(join(dir, '2024', 'x.md'), readFileSync(join(dir, '2024/0000_株式会社テスト0.md')));
    mkdirSync(join(dir, '2024', 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, '2024', 'sub', 'deeper', 'y.md'), readFileSync(join(dir, '2024/0000_株式会社テスト0.md')));
    const out = join(tempDir(), 'out');
    const elsewhere = tempDir();
    mkdirSync(out);
    symlinkSync(elsewhere, join(out, '2024'));
    const results = await run({ inputs: [dir], outDir: out });
    expect(results.filter((r) => r.error).map((r) => r.relPath)).toEqual(['2024/0000_株式会社テスト0.md', '2024/sub/deeper/y.md', '2024/x.md']);
    expect(results.filter((r) => r.error).every((r) => /outside OUTDIR/.test(r.error!))).toBe(true);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('what the index claims is checked before a skip', () => {
  test('an output changed since it was indexed (another setting, edited, a link) is redone', async () => {
    const dir = goodTree(3);
    const out = join(tempDir(), 'out');
    await run({ inputs: [dir], outDir: out });
    const [a, b, c] = outputs(out);
    const plain = readFileSync(join(out, a), 'utf8');
    // What a killed --explain run left: an explain output the index does not know about.
    const explained = (await run({ inputs: [join(dir, a.replace(/\.json$/, ''))], explain: true }))[0].json!;
    writeFileSync(join(out, a), explained.replace(/\n$/, '') + '\n');
    writeFileSync(join(out, b), readFileSync(join(out, b), 'utf8').replace('テスト', 'テスㇳ'));
    rmSync(join(out, c));
    symlinkSync(join(out, a), join(out, c));
    const again = await run({ inputs: [dir], outDir: out });
    expect(again.map((r) => (r.skipped ? 'skip' : 'parse'))).toEqual(['parse', 'parse', 'parse']);
    expect(readFileSync(join(out, a), 'utf8')).toBe(plain);
    expect(lstatSync(join(out, c)).isFile()).toBe(true);
    expect((await run({ inputs: [dir], outDir: out })).every((r) => r.skipped)).toBe(true);
  });

  test('journals of killed runs are read in run order, not name order', async () => {
    const dir = goodTree(1);
    const out = join(tempDir(), 'out');
    await run({ inputs: [dir], outDir: out });
    const [entry] = ndjson(join(out, 'index.ndjson'));
    // Run 9 (older) wrote an --explain output; run 10 (newer) put the plain one back. By name,
    // "10-…" sorts before "9-…": run 9's line would win and the good output would be redone.
    const stale = { ...entry, settings: entry.settings.replace('explain=0', 'explain=1'), outputSha256: '0'.repeat(64) };
    writeFileSync(join(out, 'index.ndjson.9-zzzzzz.wal.tmp-disclose'), JSON.stringify(stale) + '\n');
    writeFileSync(join(out, 'index.ndjson.10-aaaaaa.wal.tmp-disclose'), JSON.stringify(entry) + '\n');
    const again = await run({ inputs: [dir], outDir: out });
    expect(again[0].skipped).toBe(true);
    expect(listing(out).filter((f) => f.includes('tmp-disclose'))).toEqual([]);
  });

  test('each output\'s index line reaches the write-ahead log before the output is renamed into place', async () => {
    const dir = goodTree(3);
    const out = join(tempDir(), 'out');
    const seen: string[] = [];
    for await (const r of runBatch({ inputs: [dir], outDir: out, jobs: 0, tokenize: false, maxInFlight: 1 })) {
      const wal = readdirSync(out).find((f) => f.endsWith('.wal.tmp-disclose'))!;
      seen.push(...ndjson(join(out, wal)).map((e) => e.path));
      expect(seen).toContain(r.relPath);
    }
    const index = ndjson(join(out, 'index.ndjson'));
    expect(index.every((e) => /^[0-9a-f]{64}$/.test(e.outputSha256))).toBe(true);
  });
});

describe('a full disk', () => {
  test('ENOSPC stops the run with one line (exit 1): no temporary file, no lock, and the next run finishes', async () => {
    const dir = goodTree(6);
    const out = join(tempDir(), 'out');
    process.env.DISCLOSE_FAULT_WRITE = 'ENOSPC:3';
    const error = await run({ inputs: [dir], outDir: out }).then(() => null, (e) => e);
    expect(error).toBeInstanceOf(DiskFull);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/^-o .*: cannot write .*: no space left on device \(ENOSPC\); stopped, .* is consistent: free some space and run again$/);
    expect(listing(out).filter((f) => /^\.|\/\.|disclose-lock/.test(f))).toEqual([]);
    delete process.env.DISCLOSE_FAULT_WRITE;
    const rest = await run({ inputs: [dir], outDir: out });
    expect(rest.filter((r) => r.skipped)).toHaveLength(2);
    expect(outputs(out)).toHaveLength(6);
    expect(listing(out).filter((f) => f.includes('tmp-disclose'))).toEqual([]);
  });

  test('EFBIG is named as such', async () => {
    const dir = goodTree(1);
    process.env.DISCLOSE_FAULT_WRITE = 'EFBIG:1';
    await expect(run({ inputs: [dir], outDir: join(tempDir(), 'out') })).rejects.toThrow(/file too large for the file system \(EFBIG\)/);
  });
});

describe('the stat fast path of a re-run', () => {
  /** A tree run three times with stamps trusted at once: cold, verified by content (stamped), then skipped on stamps alone. */
  async function stamped(n = 2) {
    const dir = goodTree(n);
    const out = join(tempDir(), 'out');
    for (let i = 0; i < 2; i++) await run({ inputs: [dir], outDir: out, stampAfterMs: 0 });
    const index = ndjson(join(out, 'index.ndjson'));
    const files = index.map((e) => ({ input: join(dir, e.path), output: join(out, e.output) }));
    return { dir, out, index, files };
  }
  const parsedPaths = (results: BatchResult[]) => results.filter((r) => !r.skipped && !r.error).map((r) => r.relPath);

  test('an output just written gets no stamps (its timestamps are too recent to trust); one verified by content does', async () => {
    const dir = goodTree(2);
    const out = join(tempDir(), 'out');
    await run({ inputs: [dir], outDir: out });
    await run({ inputs: [dir], outDir: out });
    expect(ndjson(join(out, 'index.ndjson')).map((e) => e.inputStat ?? e.outputStat ?? null)).toEqual([null, null]);
    const { index } = await stamped();
    expect(index.every((e) => /^\d+:\d+:\d+:\d+:\d+$/.test(e.inputStat) && /^\d+:\d+:\d+:\d+:\d+$/.test(e.outputStat))).toBe(true);
  });

  test('with both stamps matching, neither file is read: a wrong sha256 in the index goes unnoticed', async () => {
    const { dir, out, index } = await stamped();
    writeFileSync(join(out, 'index.ndjson'), index.map((e) => JSON.stringify({ ...e, sha256: '0'.repeat(64), outputSha256: '0'.repeat(64) }) + '\n').join(''));
    const results = await run({ inputs: [dir], outDir: out, stampAfterMs: 0 });
    expect(parsedPaths(results)).toEqual([]);
  });

  test.each([
    ['the output rewritten in place, same size', ({ output }: { output: string }) => writeFileSync(output, readFileSync(output, 'utf8').replace(/"/, "'"))],
    ['the output replaced by a renamed copy (a new inode)', ({ output }: { output: string }) => {
      writeFileSync(output + '.copy', readFileSync(output, 'utf8').replace('テスト', 'テヌト'));
      renameSync(output + '.copy', output);
    }],
    ['the output replaced by a link to a copy', ({ output }: { output: string }) => {
      writeFileSync(output + '.real', readFileSync(output));
      rmSync(output);
      symlinkSync(output + '.real', output);
    }],
    ['the input rewritten, same size', ({ input }: { input: string }) => writeFileSync(input, readFileSync(input, 'utf8').replace('100', '900'))],
  ])('%s: the release is parsed again and its output is a clean run\'s', async (_name, change) => {
    const { dir, out, files } = await stamped();
    const before = readFileSync(files[0].output, 'utf8');
    change(files[0]);
    const results = await run({ inputs: [dir], outDir: out, stampAfterMs: 0 });
    expect(parsedPaths(results)).toEqual([results[0].relPath]);
    expect(lstatSync(files[0].output).isFile()).toBe(true);
    const clean = join(tempDir(), 'clean');
    await run({ inputs: [dir], outDir: clean });
    expect(readFileSync(files[0].output, 'utf8')).toBe(readFileSync(join(clean, ndjson(join(out, 'index.ndjson'))[0].output), 'utf8'));
    if (!_name.startsWith('the input')) expect(readFileSync(files[0].output, 'utf8')).toBe(before);
  });

  test('an input rewritten with the same bytes is checked by content, not parsed, and stamped afresh', async () => {
    const { dir, out, files, index } = await stamped();
    writeFileSync(files[0].input, readFileSync(files[0].input));
    const results = await run({ inputs: [dir], outDir: out, stampAfterMs: 0 });
    expect(parsedPaths(results)).toEqual([]);
    const after = ndjson(join(out, 'index.ndjson'));
    expect(after[0].inputStat).not.toBe(index[0].inputStat);
    expect(after[1].inputStat).toBe(index[1].inputStat);
  });

  test('a re-run with nothing changed leaves index.ndjson and _errors.ndjson as they were (not rewritten)', async () => {
    const { dir, out } = await stamped(3);
    const before = { index: statSync(join(out, 'index.ndjson'), { bigint: true }), errors: statSync(join(out, '_errors.ndjson'), { bigint: true }) };
    const results = await run({ inputs: [dir], outDir: out, stampAfterMs: 0 });
    expect(results.every((r) => r.skipped)).toBe(true);
    const after = { index: statSync(join(out, 'index.ndjson'), { bigint: true }), errors: statSync(join(out, '_errors.ndjson'), { bigint: true }) };
    expect([after.index.ino, after.index.mtimeNs, after.errors.ino]).toEqual([before.index.ino, before.index.mtimeNs, before.errors.ino]);
    expect(listing(out).filter((f) => f.includes('tmp-disclose'))).toEqual([]);
  });

  test('a re-run where one release changed rewrites the whole index, every line in path order', async () => {
    const { dir, out, files, index } = await stamped(3);
    writeFileSync(files[1].input, readFileSync(files[1].input, 'utf8') + '\n');
    await run({ inputs: [dir], outDir: out, stampAfterMs: 0 });
    const after = ndjson(join(out, 'index.ndjson'));
    expect(after.map((e) => e.path)).toEqual(index.map((e) => e.path));
    expect([after[0], after[2]]).toEqual([index[0], index[2]]);
    expect(after[1].sha256).not.toBe(index[1].sha256);
  });
});

describe('stampMatches: a stat against the stamp a run recorded', () => {
  const file = join(tempDir(), 'f.md');
  writeFileSync(file, 'x');
  utimesSync(file, new Date('2025-01-02T03:04:05.678Z'), new Date('2025-01-02T03:04:05.678Z'));
  const stamp = fileStamp(statSync(file, { bigint: true }));
  const [size, mtime, ctime, ino, dev] = stamp.split(':');
  test.each([
    ['the stamp itself', stamp, true],
    ['another size', [Number(size) + 1, mtime, ctime, ino, dev].join(':'), false],
    ['another inode', [size, mtime, ctime, BigInt(ino) + 1n, dev].join(':'), false],
    ['another device', [size, mtime, ctime, ino, BigInt(dev) + 1n].join(':'), false],
    ['mtime a millisecond later', [size, BigInt(mtime) + 1_000_000n, ctime, ino, dev].join(':'), false],
    ['ctime 2 s later', [size, mtime, BigInt(ctime) + 2_000_000_000n, ino, dev].join(':'), false],
    ['a stamp with a field missing', [size, mtime, ctime, ino].join(':'), false],
    ['not a stamp', 'x', false],
  ])('%s → %s', (_name, recorded, expected) => {
    expect(stampMatches(statSync(file), recorded)).toBe(expected);
  });
});
