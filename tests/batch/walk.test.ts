import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { walkInputs, type WalkEntry } from '../../src/batch/walk.js';
import { UsageError } from '../../src/errors.js';
import { tempDir, writeTree } from './trees.js';

async function collect(roots: string[], options = {}): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  for await (const e of walkInputs(roots, options)) out.push(e);
  return out;
}
const rels = (entries: WalkEntry[]) => entries.map((e) => e.relPath);

describe('walkInputs', () => {
  const root = writeTree(tempDir(), {
    'b.md': 'b',
    'a-c.txt': 'x',
    'a/z.md': 'z',
    'a/b.HTML': 'h',
    'a/notes.pdf': '%PDF',
    'a/image.png': 'png',
    'Z.htm': 'Z',
    '2019/old.md': 'old',
  });

  test('default extensions, depth first, names in code-unit order at every level', async () => {
    // "2019" < "Z.htm" < "a" < "a-c.txt" < "b.md" (code units; a folder sorts by its own name)
    expect(rels(await collect([root]))).toEqual(['2019/old.md', 'Z.htm', 'a/b.HTML', 'a/z.md', 'a-c.txt', 'b.md']);
  });

  test('the same order on every run', async () => {
    expect(rels(await collect([root]))).toEqual(rels(await collect([root])));
  });

  test('--include replaces the defaults; --exclude drops files and whole folders', async () => {
    expect(rels(await collect([root], { include: ['*.pdf', '*.md'] }))).toEqual(['2019/old.md', 'a/notes.pdf', 'a/z.md', 'b.md']);
    expect(rels(await collect([root], { exclude: ['2019/**', '/b.*'] }))).toEqual(['Z.htm', 'a/b.HTML', 'a/z.md', 'a-c.txt']);
    expect(rels(await collect([root], { exclude: ['b.*'] }))).toEqual(['2019/old.md', 'Z.htm', 'a/z.md', 'a-c.txt']);
    expect(rels(await collect([root], { exclude: ['a'] }))).toEqual(['2019/old.md', 'Z.htm', 'a-c.txt', 'b.md']);
  });

  test('several inputs: each prefixed by its folder name; a file argument is read whatever its extension', async () => {
    const other = writeTree(tempDir(), { 'x.md': 'x' });
    const file = join(root, 'a', 'image.png');
    const entries = await collect([other, file]);
    expect(rels(entries)).toEqual([`${other.split('/').pop()}/x.md`, 'image.png']);
    expect(entries[1].path).toBe(file);
  });

  test('two inputs with the same folder name are refused (their mirrors would collide)', async () => {
    const one = join(tempDir(), 'archive');
    const two = join(tempDir(), 'archive');
    mkdirSync(one);
    mkdirSync(two);
    await expect(collect([one, two])).rejects.toThrow(UsageError);
  });

  test('a missing input is one error entry, not an exception', async () => {
    const entries = await collect([join(root, 'nope')]);
    expect(entries).toHaveLength(1);
    expect(entries[0].error).toBe('no such file');
  });

  test('a symbolic link loop is reported once and the walk ends', async () => {
    const dir = writeTree(tempDir(), { 'x/a.md': 'a', 'y.md': 'y' });
    symlinkSync('..', join(dir, 'x', 'up')); // x/up → dir: a loop
    symlinkSync('self.md', join(dir, 'self.md')); // a link to itself
    const entries = await collect([dir]);
    expect(rels(entries)).toEqual(['self.md', 'x/a.md', 'x/up', 'y.md']);
    expect(entries.find((e) => e.relPath === 'x/up')?.error).toMatch(/symbolic link loop/);
    expect(entries.find((e) => e.relPath === 'self.md')?.error).toMatch(/symbolic link loop/);
    expect(entries.filter((e) => e.error)).toHaveLength(2);
  });

  test('a link to a folder elsewhere is followed; a broken link is reported', async () => {
    const target = writeTree(tempDir(), { 'in.md': 'in' });
    const dir = writeTree(tempDir(), { 'a.md': 'a' });
    symlinkSync(target, join(dir, 'linked'));
    symlinkSync(join(dir, 'missing.md'), join(dir, 'broken.md'));
    const entries = await collect([dir]);
    expect(rels(entries)).toEqual(['a.md', 'broken.md', 'linked/in.md']);
    expect(entries[1].error).toBe('broken symbolic link');
  });

  test('a folder named like a file is walked as a folder', async () => {
    const dir = writeTree(tempDir(), { 'weird.md/inner.md': 'inner', 'plain.md': 'p' });
    expect(rels(await collect([dir]))).toEqual(['plain.md', 'weird.md/inner.md']);
  });

  test('a FIFO named like a release is an error entry (never opened)', async () => {
    const dir = tempDir();
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    } catch {
      return; // no mkfifo here
    }
    const entries = await collect([dir]);
    expect(entries).toEqual([{ path: join(dir, 'pipe.md'), relPath: 'pipe.md', error: 'is not a regular file' }]);
  });

  test('skipRealPaths leaves a folder out (OUTDIR inside an input)', async () => {
    const dir = writeTree(tempDir(), { 'a.md': 'a', 'out/a.md.json': '{}', 'out/x.md': 'x' });
    expect(rels(await collect([dir], { skipRealPaths: [join(dir, 'out')] }))).toEqual(['a.md']);
  });

  test('names that are not valid UTF-8 keep their bytes (to read and to mirror); valid names have none', async () => {
    const dir = writeTree(tempDir(), { 'ok.md': 'ok', 'bad\uFFFD.md': 'replacement' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(Buffer.concat([Buffer.from(dir + '/bad'), Buffer.from([0xff]), Buffer.from('.md')]), 'bytes');
    mkdirSync(Buffer.concat([Buffer.from(dir + '/x'), Buffer.from([0xc3])]));
    writeFileSync(Buffer.concat([Buffer.from(dir + '/x'), Buffer.from([0xc3]), Buffer.from('/y.md')]), 'below');
    const entries = await collect([dir]);
    expect(entries.map((e) => [e.relPath, e.relBytes?.toString('hex') ?? null, e.error ?? null])).toEqual([
      ['bad\uFFFD.md', null, null],
      ['bad\uFFFD.md', Buffer.from('bad\xff.md', 'latin1').toString('hex'), null],
      ['ok.md', null, null],
      ['x\uFFFD/y.md', Buffer.from('x\xc3/y.md', 'latin1').toString('hex'), null],
    ]);
    expect(entries[1].pathBytes!.subarray(-7)).toEqual(Buffer.from('bad\xff.md', 'latin1'));
  });
});
