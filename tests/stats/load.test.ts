import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { makeChalk } from '../../src/output/color.js';
import { computeStats } from '../../src/stats/aggregate.js';
import { formatStatsCsv, formatStatsText } from '../../src/stats/render.js';
import { loadReleases } from '../../src/stats/load.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const seedLine = JSON.stringify(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'output', 'incidents', 'seed-tokai-3rd.json'), 'utf8')));

describe('loadReleases from NDJSON on standard input', () => {
  test('incidents are kept; blank lines skipped; non-JSON and foreign objects fail with their line number', async () => {
    const errors: string[] = [];
    const stdin = Readable.from([`${seedLine}\n\n{"schemaVersion":1,"counts":"many"}\n[1,2]\n{oops\n${seedLine}\n`]);
    const loaded = await loadReleases('-', { stdin, onError: (path, message) => errors.push(`${path}: ${message}`) });
    expect(loaded.releases).toHaveLength(2);
    expect(loaded.failed).toBe(3);
    expect(errors).toEqual(['-:3: not an incident (schemaVersion 1)', '-:4: not an incident (schemaVersion 1)', '-:5: not JSON']);
  });
});

describe('a hand-made NDJSON line with escapes in its dates and names', () => {
  test('the terminal view and the CSV stay clean', async () => {
    const hostile = JSON.parse(seedLine);
    hostile.publishedAt = '2026-01-23\x1b]0;pwned\x07';
    hostile.organization.name = '=cmd\x1b[2J';
    hostile.products[0].name = '@SUM(1)\x9b2J';
    hostile.counts[3].value = 10 ** 9; // the largest incident: its name and date are printed
    const loaded = await loadReleases('-', { stdin: Readable.from([JSON.stringify(hostile) + '\n']) });
    const stats = computeStats(loaded.releases);
    const text = formatStatsText(stats, { chalk: makeChalk(1) });
    expect(text.replace(/\x1b\[\d+m/g, '')).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(text).toContain('=cmd');
    const csv = formatStatsCsv(stats);
    expect(csv).toContain("'@SUM(1)");
    expect(csv).not.toMatch(/\x1b|\x9b/);
  });
});

describe('loadReleases from a batch OUTDIR', () => {
  test('an index output outside OUTDIR (../x.json, an absolute path, a link leading out) is not read', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const parent = mkdtempSync(join(tmpdir(), 'disclose-stats-'));
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(parent, 'x.json'), seedLine);
    writeFileSync(join(out, 'in.json'), seedLine);
    symlinkSync(join(parent, 'x.json'), join(out, 'link.json'));
    const lines = [{ path: 'a.md', output: '../x.json' }, { path: 'b.md', output: join(parent, 'x.json') }, { path: 'c.md', output: 'link.json' }, { path: 'd.md', output: 'in.json' }];
    writeFileSync(join(out, 'index.ndjson'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const errors: string[] = [];
    const loaded = await loadReleases(out, { onError: (path, message) => errors.push(`${path}: ${message}`) });
    expect(loaded.releases.map((r) => r.relPath)).toEqual(['d.md']);
    expect(loaded.failed).toBe(3);
    expect(errors).toEqual([1, 2, 3].map((n) => expect.stringMatching(new RegExp(`index\\.ndjson:${n}: output ".*" is outside .*: not read$`))));
  });
});
