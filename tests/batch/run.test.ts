import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BatchInterrupted, parseDuration, runBatch, type BatchOptions, type BatchResult } from '../../src/batch/run.js';
import { UsageError } from '../../src/errors.js';
import { loadReleases } from '../../src/stats/load.js';
import { goodTree, listing, release, tempDir, writeTree } from './trees.js';

/** Runs a batch in this thread (jobs 0: the worker code runs here, from source). */
async function run(options: Omit<BatchOptions, 'jobs'> & { jobs?: number }): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of runBatch({ jobs: 0, ...options })) out.push(r);
  return out;
}
const ndjson = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));


describe('runBatch', () => {
  test('without outDir: one incident per release, in path order, nothing written', async () => {
    const dir = goodTree(6);
    const before = listing(dir);
    const results = await run({ inputs: [dir] });
    expect(results.map((r) => r.relPath)).toEqual(before);
    for (const r of results) {
      expect(r.incident?.source.path).toBe(r.path);
      expect(r.incident?.counts[0]?.status).toBe('leaked');
    }
    expect(listing(dir)).toEqual(before);
  });

  test('a mixed folder: bad files are errors, every good file is written, _errors.ndjson lists the bad', async () => {
    const dir = writeTree(goodTree(3), {
      'bad/empty.md': '',
      'bad/blank.txt': ' \n\t\n',
      'bad/binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
    });
    const out = join(tempDir(), 'out');
    const results = await run({ inputs: [dir], outDir: out });
    const failed = results.filter((r) => r.error);
    expect(failed.map((r) => r.relPath)).toEqual(['bad/binary.md', 'bad/blank.txt', 'bad/empty.md']);
    expect(failed.map((r) => r.error)).toEqual([expect.stringMatching(/not a text/), expect.stringMatching(/white space|empty/), expect.stringMatching(/empty/)]);
    const good = results.filter((r) => r.incident);
    expect(good).toHaveLength(3);
    for (const r of good) {
      const written = JSON.parse(readFileSync(join(out, r.relPath + '.json'), 'utf8'));
      expect(written).toEqual(r.incident);
    }
    expect(ndjson(join(out, '_errors.ndjson'))).toEqual(failed.map((r) => ({ path: r.path, message: r.error })));
    const index = ndjson(join(out, 'index.ndjson'));
    expect(index.map((e) => e.path)).toEqual(good.map((r) => r.relPath));
    expect(index[0]).toMatchObject({ output: good[0].relPath + '.json', organization: '株式会社テスト0', publishedAt: '2025-03-01', incidentTypes: ['unauthorized_access'], leakedPeople: 100 });
    // Nothing but outputs, the index and the error list: no temporary file, no lock.
    expect(listing(out)).toEqual(['_errors.ndjson', 'index.ndjson', ...good.map((r) => r.relPath + '.json')].sort());
  });

  test('worker threads write their own outputs: the same files and index as in this thread; json and incident are read back from the output', async () => {
    const dir = writeTree(goodTree(12), { 'bad/empty.md': '' });
    const inThread = join(tempDir(), 'out');
    const viaWorkers = join(tempDir(), 'out');
    const here = await run({ inputs: [dir], outDir: inThread });
    const there = await run({ inputs: [dir], outDir: viaWorkers, jobs: 2 });
    expect(listing(viaWorkers)).toEqual(listing(inThread));
    for (const f of listing(inThread).filter((f) => f.endsWith('.json'))) expect(readFileSync(join(viaWorkers, f), 'utf8')).toBe(readFileSync(join(inThread, f), 'utf8'));
    const lines = (out: string) => ndjson(join(out, 'index.ndjson')).map(({ source: _s, ...rest }) => rest);
    expect(lines(viaWorkers)).toEqual(lines(inThread));
    expect(there.map((r) => r.error ?? null)).toEqual(here.map((r) => r.error ?? null));
    for (const r of there.filter((r) => !r.error)) {
      expect(r.json).toBe(readFileSync(r.output!, 'utf8'));
      expect(r.incident?.source.path).toBe(r.path);
      expect(r.notRelease).toBeNull();
    }
  });

  test('withText: each parsed release comes with the text its offsets refer to (without outDir)', async () => {
    const dir = goodTree(2);
    for (const jobs of [0, 1]) {
      const results = await run({ inputs: [dir], withText: true, jobs });
      for (const r of results) {
        const evidence = r.incident!.counts[0]!.evidence;
        expect(r.text!.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    }
    expect((await run({ inputs: [dir] })).every((r) => r.text === undefined)).toBe(true);
  });

  test('incremental: an unchanged input is skipped, a changed one redone, --force redoes all', async () => {
    const dir = goodTree(4);
    const out = join(tempDir(), 'out');
    expect((await run({ inputs: [dir], outDir: out })).every((r) => r.incident)).toBe(true);
    const again = await run({ inputs: [dir], outDir: out });
    expect(again.every((r) => r.skipped && !r.incident)).toBe(true);
    expect(ndjson(join(out, 'index.ndjson'))).toHaveLength(4); // the index still lists every release

    const changed = again[1].relPath;
    writeFileSync(join(dir, changed), release('株式会社変更後', 9, 555));
    rmSync(join(out, again[2].relPath + '.json')); // an output deleted by hand is redone too
    const third = await run({ inputs: [dir], outDir: out });
    expect(third.map((r) => (r.skipped ? 'skip' : 'parse'))).toEqual(['skip', 'parse', 'parse', 'skip']);
    expect(JSON.parse(readFileSync(join(out, changed + '.json'), 'utf8')).organization.name).toBe('株式会社変更後');

    expect((await run({ inputs: [dir], outDir: out, force: true })).every((r) => r.incident)).toBe(true);
    // Different settings (here --explain) make different outputs: not skipped.
    expect((await run({ inputs: [dir], outDir: out, explain: true })).every((r) => r.incident?.explain)).toBe(true);
  });

  test('a killed run resumes: leftover temporary files are removed, its journal spares the finished files', async () => {
    const dir = goodTree(4);
    const out = join(tempDir(), 'out');
    await run({ inputs: [dir], outDir: out });
    const index = readFileSync(join(out, 'index.ndjson'), 'utf8').split('\n');
    // What a run killed (SIGKILL) part-way leaves: two outputs renamed into place and in its journal
    // (the last line torn), a half-written temporary file, no final index, a lock of a dead process.
    rmSync(join(out, 'index.ndjson'));
    writeFileSync(join(out, 'index.ndjson.99999999.tmp-disclose'), `${index[0]}\n${index[1]}\n${index[2].slice(0, 20)}`);
    const firstTwo = [JSON.parse(index[0]).output, JSON.parse(index[1]).output];
    rmSync(join(out, JSON.parse(index[2]).output));
    rmSync(join(out, JSON.parse(index[3]).output));
    writeFileSync(join(out, '2024', '.99999999-7.tmp-disclose'), '{"schemaVersion": 1, "sou');
    writeFileSync(join(out, '.disclose-lock'), '99999999\n');

    const results = await run({ inputs: [dir], outDir: out });
    expect(results.map((r) => (r.skipped ? 'skip' : r.incident ? 'parse' : 'fail'))).toEqual(['skip', 'skip', 'parse', 'parse']);
    expect(results.filter((r) => r.skipped).map((r) => r.relPath + '.json')).toEqual(firstTwo);
    expect(listing(out).filter((f) => !f.endsWith('.md.json'))).toEqual(['_errors.ndjson', 'index.ndjson']);
    expect(ndjson(join(out, 'index.ndjson'))).toHaveLength(4);
  });

  test('--max-bytes: a larger input is refused with a clear error, the others are parsed', async () => {
    const dir = writeTree(tempDir(), { 'small.md': release('株式会社小', 1, 10), 'large.md': release('株式会社大', 2, 20) + 'あ'.repeat(400) });
    const results = await run({ inputs: [dir], maxBytes: 1000 });
    expect(results.map((r) => [r.relPath, r.error ?? 'ok'])).toEqual([['large.md', expect.stringMatching(/over the --max-bytes limit of 1000/)], ['small.md', 'ok']]);
  });

  test('a file that disappears between the walk and its read is one error; the batch goes on', async () => {
    const dir = goodTree(3);
    const results: BatchResult[] = [];
    // One input in flight at a time: the second file is read only after the first is yielded.
    for await (const r of runBatch({ inputs: [dir], jobs: 0, maxInFlight: 1 })) {
      if (results.length === 0) rmSync(join(dir, '2024/0002_株式会社テスト2.md'));
      results.push(r);
    }
    expect(results.map((r) => r.error ?? 'ok')).toEqual(['ok', 'no such file', 'ok']);
  });

  test('a file that becomes a folder before its read is one error', async () => {
    const dir = goodTree(2);
    const results: BatchResult[] = [];
    for await (const r of runBatch({ inputs: [dir], jobs: 0, maxInFlight: 1 })) {
      if (results.length === 0) {
        const victim = join(dir, '2025/0001_株式会社テスト1.md');
        rmSync(victim);
        mkdirSync(victim);
      }
      results.push(r);
    }
    expect(results.map((r) => r.error ?? 'ok')).toEqual(['ok', 'is a directory']);
  });

  test('a symbolic link loop in the input: one error, every release still parsed', async () => {
    const dir = goodTree(2);
    symlinkSync('..', join(dir, '2024', 'loop'));
    const out = join(tempDir(), 'out');
    const results = await run({ inputs: [dir], outDir: out });
    expect(results.filter((r) => r.incident)).toHaveLength(2);
    expect(results.filter((r) => r.error).map((r) => [r.relPath, r.error])).toEqual([['2024/loop', expect.stringMatching(/symbolic link loop/)]]);
    expect(ndjson(join(out, '_errors.ndjson'))).toHaveLength(1);
  });

  describe('OUTDIR safety', () => {
    test('OUTDIR inside an input folder is left out of the walk', async () => {
      const dir = goodTree(2);
      const out = join(dir, 'converted');
      await run({ inputs: [dir], outDir: out });
      const again = await run({ inputs: [dir], outDir: out, force: true });
      expect(again.map((r) => r.relPath)).toEqual(['2024/0000_株式会社テスト0.md', '2025/0001_株式会社テスト1.md']);
      expect(existsSync(join(out, 'converted'))).toBe(false);
    });

    test('OUTDIR that is an input, or contains one, is refused before anything is written', async () => {
      const parent = tempDir();
      const dir = goodTree(1, join(parent, 'in'));
      const before = listing(parent);
      await expect(run({ inputs: [dir], outDir: dir })).rejects.toThrow(UsageError);
      await expect(run({ inputs: [dir], outDir: parent })).rejects.toThrow(/contains the input/);
      await expect(run({ inputs: [join(dir, '2024/0000_株式会社テスト0.md')], outDir: parent })).rejects.toThrow(/contains the input/);
      expect(listing(parent)).toEqual(before);
    });

    test('OUTDIR that is a file is refused', async () => {
      const dir = goodTree(1);
      const file = join(tempDir(), 'out.txt');
      writeFileSync(file, 'keep me');
      await expect(run({ inputs: [dir], outDir: file })).rejects.toThrow(/not a folder/);
      expect(readFileSync(file, 'utf8')).toBe('keep me');
    });

    test('a symbolic link planted in OUTDIR cannot send output outside it', async () => {
      const dir = goodTree(2);
      const out = join(tempDir(), 'out');
      const elsewhere = tempDir();
      mkdirSync(out);
      symlinkSync(elsewhere, join(out, '2024'));
      const results = await run({ inputs: [dir], outDir: out });
      expect(results[0].error).toMatch(/outside OUTDIR/);
      expect(results[1].incident).toBeDefined();
      expect(readdirSync(elsewhere)).toEqual([]);
    });

    test('a second run on the same OUTDIR while one is going is refused', async () => {
      const dir = goodTree(1);
      const out = join(tempDir(), 'out');
      mkdirSync(out);
      writeFileSync(join(out, '.disclose-lock'), `${process.ppid}\n`); // a live process
      await expect(run({ inputs: [dir], outDir: out })).rejects.toThrow(/another disclose batch/);
    });
  });

  test('abort: the iteration throws BatchInterrupted, no temporary file is left, the index lists what was written', async () => {
    const dir = goodTree(12);
    const out = join(tempDir(), 'out');
    const controller = new AbortController();
    let seen = 0;
    const iterate = async () => {
      for await (const r of runBatch({ inputs: [dir], outDir: out, jobs: 0, signal: controller.signal })) {
        expect(r.incident).toBeDefined();
        if (++seen === 3) controller.abort();
      }
    };
    const error = await iterate().then(() => null, (e) => e);
    expect(error).toBeInstanceOf(BatchInterrupted);
    expect(error.exitCode).toBe(130);
    const written = listing(out).filter((f) => f.endsWith('.md.json'));
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(listing(out).filter((f) => !f.endsWith('.md.json'))).toEqual(['_errors.ndjson', 'index.ndjson']);
    expect(ndjson(join(out, 'index.ndjson')).map((e) => e.output).sort()).toEqual(written);
    // The next run finishes the job, redoing nothing already written.
    const rest = await run({ inputs: [dir], outDir: out });
    expect(rest.filter((r) => r.skipped)).toHaveLength(written.length);
    expect(rest.filter((r) => r.incident)).toHaveLength(12 - written.length);
  });
});

describe('faults in the inputs', () => {
  test('a file that never finishes fails after --timeout with one line; the files of its bundle and the rest are written', async () => {
    // Built worker (dist): DISCLOSE_TEST_HANG makes the worker spin on this file as a runaway parse would.
    const dir = writeTree(goodTree(9), { '2024/0004a_hang.md': release('株式会社遅延', 4, 44) });
    const out = join(tempDir(), 'out');
    process.env.DISCLOSE_TEST_HANG = '_hang';
    const started = Date.now();
    let results: BatchResult[];
    try {
      results = await run({ inputs: [dir], outDir: out, jobs: 1, tokenize: false, timeoutMs: 1000 });
    } finally {
      delete process.env.DISCLOSE_TEST_HANG;
    }
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(results.filter((r) => r.error).map((r) => [r.relPath, r.error])).toEqual([['2024/0004a_hang.md', 'took longer than the --timeout of 1 s; its worker was stopped']]);
    expect(results.filter((r) => r.incident)).toHaveLength(9);
    expect(ndjson(join(out, '_errors.ndjson'))).toHaveLength(1);
    expect(listing(out).filter((f) => f.endsWith('.md.json'))).toHaveLength(9);
  }, 60_000);

  test('--jobs far beyond the cores is a usage error, not an out-of-memory crash', async () => {
    await expect(run({ inputs: [goodTree(1)], jobs: 9999 })).rejects.toThrow(/--jobs must be a whole number from 0 to \d+/);
    await expect(run({ inputs: [goodTree(1)], timeoutMs: -1 })).rejects.toThrow(UsageError);
  });

  test('a file name that is not valid UTF-8 is read and mirrored as bytes, apart from the U+FFFD name beside it', async () => {
    const dir = tempDir();
    const bad = Buffer.concat([Buffer.from(dir + '/bad'), Buffer.from([0xff]), Buffer.from('.md')]);
    writeFileSync(bad, release('株式会社バイト', 1, 11));
    writeFileSync(join(dir, 'bad\uFFFD.md'), release('株式会社置換', 2, 22));
    const folder = Buffer.concat([Buffer.from(dir + '/d'), Buffer.from([0xfe])]);
    mkdirSync(folder);
    writeFileSync(Buffer.concat([folder, Buffer.from('/x.md')]), release('株式会社下位', 3, 33));
    const out = join(tempDir(), 'out');
    const results = await run({ inputs: [dir], outDir: out, tokenize: false });
    expect(results.map((r) => [r.relPath, r.error ?? r.incident!.organization!.name])).toEqual([
      // Same text: the bytes decide (EF BF BD before FF).
      ['bad\uFFFD.md', '株式会社置換'],
      ['bad\uFFFD.md', '株式会社バイト'],
      ['d\uFFFD/x.md', '株式会社下位'],
    ]);
    const index = ndjson(join(out, 'index.ndjson'));
    expect(index.map((e) => [e.path, e.pathBytes && Buffer.from(e.pathBytes, 'base64'), e.organization])).toEqual([
      ['bad\uFFFD.md', undefined, '株式会社置換'],
      ['bad\uFFFD.md', Buffer.from([0x62, 0x61, 0x64, 0xff, 0x2e, 0x6d, 0x64]), '株式会社バイト'],
      ['d\uFFFD/x.md', Buffer.concat([Buffer.from('d'), Buffer.from([0xfe]), Buffer.from('/x.md')]), '株式会社下位'],
    ]);
    const outBytes = Buffer.concat([Buffer.from(out + '/bad'), Buffer.from([0xff]), Buffer.from('.md.json')]);
    expect(JSON.parse(readFileSync(outBytes, 'utf8')).organization.name).toBe('株式会社バイト');
    expect(JSON.parse(readFileSync(join(out, 'bad\uFFFD.md.json'), 'utf8')).organization.name).toBe('株式会社置換');
    expect((await run({ inputs: [dir], outDir: out, tokenize: false })).every((r) => r.skipped)).toBe(true);
    // stats reads each output by its bytes, not the U+FFFD name of the other file.
    const loaded = await loadReleases(out);
    expect(loaded.releases.map((r) => r.incident.organization?.name)).toEqual(['株式会社置換', '株式会社バイト', '株式会社下位']);
  });
});

describe('--timeout durations', () => {
  test.each([
    ['30s', 30_000],
    ['2m', 120_000],
    ['2min', 120_000],
    ['500ms', 500],
    ['1.5s', 1500],
    ['45', 45_000],
    ['0', 0],
    ['', null],
    ['abc', null],
    ['-5s', null],
    ['10h', null],
    ['1e3', null],
    ['5 s', null],
  ])('%j → %j', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
});

describe('yieldSkipped: false counts up-to-date inputs without a result each', () => {
  test('only the changed input is yielded; the progress and the index are those of a run that yields all', async () => {
    const root = goodTree(6);
    const outA = join(tempDir(), 'a');
    const outB = join(tempDir(), 'b');
    for (const outDir of [outA, outB]) {
      await run({ inputs: [root], outDir, stampAfterMs: 0 });
      await run({ inputs: [root], outDir, stampAfterMs: 0 }); // verified by content: stamps recorded
    }
    writeFileSync(join(root, '2025/0003_株式会社テスト3.md'), release('株式会社テスト3', 9, 777));
    const drain = async (outDir: string, yieldSkipped: boolean) => {
      const results: BatchResult[] = [];
      const it = runBatch({ jobs: 0, inputs: [root], outDir, stampAfterMs: 0, yieldSkipped });
      for (;;) {
        const next = await it.next();
        if (next.done) return { results, progress: next.value };
        results.push(next.value);
      }
    };
    const all = await drain(outA, true);
    const counted = await drain(outB, false);
    expect(all.results.map((r) => r.relPath)).toHaveLength(6);
    expect(counted.results.map((r) => r.relPath)).toEqual(['2025/0003_株式会社テスト3.md']);
    expect(counted.results[0].skipped).toBeUndefined();
    expect(counted.progress).toEqual(all.progress);
    expect(counted.progress.skipped).toBe(5);
    const lines = (outDir: string) => ndjson(join(outDir, 'index.ndjson')).map(({ source: _s, inputStat: _i, outputStat: _o, ...rest }) => rest);
    expect(lines(outB)).toEqual(lines(outA));
  });
});
