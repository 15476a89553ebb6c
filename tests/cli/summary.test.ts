import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runCli } from '../../src/cli/app.js';
import { memoryIO } from '../../src/cli/io.js';
import { SEED } from '../helpers.js';

const HOSTILE = join(import.meta.dirname, '..', 'output', 'fixtures', 'hostile.md');
const tmp = mkdtempSync(join(tmpdir(), 'disclose-summary-'));
const missing = join(tmp, 'missing.md');

/** Only SGR color codes (ESC [ n ; n m) may reach the terminal: no OSC, no cursor or screen control, no BEL. */
function assertTerminalSafe(out: string): void {
  const withoutColor = out.replace(/\x1b\[[0-9;]*m/g, '');
  expect(withoutColor).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/);
  expect(out).not.toContain('\x1b]');
  expect(out).not.toContain('\x1b[2J');
  expect(out).not.toContain('\x07');
  expect(out).not.toContain('pwned\x07');
}

function ttyIO() {
  const io = memoryIO();
  io.stdout.isTTY = true;
  return io;
}

afterEach(() => vi.unstubAllEnvs());

describe('disclose summary', () => {
  test('the seed at a glance: organization, date, report, the headline figure first (not the quarantined spam)', async () => {
    const io = memoryIO();
    expect(await runCli(['summary', '--no-color', SEED], io)).toBe(0);
    const lines = io.out().split('\n');
    expect(lines[0]).toBe('株式会社ＴＯＫＡＩコミュニケーションズ  2026-01-23  第3報 follow-up');
    expect(lines.find((l) => l.startsWith('  headline'))).toMatch(/^ {2}headline +79,991 件 confirmed$/);
    const leaked = lines.find((l) => l.includes('leaked ') && /\d/.test(l))!;
    expect(leaked).toMatch(/^ {2}leaked +79,991 件 {2}利用者のメールアドレス/);
    expect(io.out()).toMatch(/1,931,902 件 {2}\(traffic\) スパムメール判定により隔離されたメール/);
    expect(io.out()).toMatch(/timeline +2025-12-03 +[a-z]+/);
    expect(io.out()).not.toMatch(/\x1b/);
    expect(io.err()).toBe('');
  });

  test('= parse --format summary', async () => {
    const a = memoryIO();
    const b = memoryIO();
    await runCli(['summary', '--no-color', SEED, SEED], a);
    await runCli(['parse', '--format', 'summary', '--no-color', SEED, SEED], b);
    expect(a.out()).toBe(b.out());
    expect(a.out().split('株式会社ＴＯＫＡＩコミュニケーションズ  2026-01-23')).toHaveLength(3);
  });

  test('a bad file: one line on stderr, exit 1, the good one still summarized', async () => {
    const io = memoryIO();
    expect(await runCli(['summary', '--no-color', missing, SEED], io)).toBe(1);
    expect(io.err()).toMatch(/missing\.md: no such file/);
    expect(io.out()).toContain('1,931,902 件');
  });
});

describe('color decision', () => {
  test('a pipe gets no color; a terminal does; --color forces it; --no-color and NO_COLOR stop it', async () => {
    vi.stubEnv('FORCE_COLOR', undefined as unknown as string);
    vi.stubEnv('NO_COLOR', undefined as unknown as string);
    vi.stubEnv('TERM', 'xterm');
    const pipe = memoryIO();
    await runCli(['summary', SEED], pipe);
    expect(pipe.out()).not.toMatch(/\x1b/);

    const tty = ttyIO();
    await runCli(['summary', SEED], tty);
    expect(tty.out()).toMatch(/\x1b\[1m株式会社ＴＯＫＡＩ/);

    const forced = memoryIO();
    await runCli(['summary', '--color', SEED], forced);
    expect(forced.out()).toMatch(/\x1b\[/);

    const off = ttyIO();
    await runCli(['summary', '--no-color', SEED], off);
    expect(off.out()).not.toMatch(/\x1b/);

    vi.stubEnv('NO_COLOR', '1');
    const noColor = ttyIO();
    await runCli(['summary', SEED], noColor);
    expect(noColor.out()).not.toMatch(/\x1b/);
    expect(noColor.out()).toBe(pipe.out());
  });

  test('FORCE_COLOR colors a pipe', async () => {
    vi.stubEnv('FORCE_COLOR', '1');
    const io = memoryIO();
    await runCli(['parse', '--format', 'table', SEED], io);
    expect(io.out()).toMatch(/\x1b\[/);
  });
});

describe('untrusted text never reaches the terminal raw', () => {
  test.each(['summary', 'table', 'csv', 'markdown'])('--format %s, with and without color', async (format) => {
    for (const color of ['--color', '--no-color']) {
      const io = memoryIO();
      expect(await runCli(['parse', '--format', format, color, HOSTILE, SEED], io)).toBe(0);
      assertTerminalSafe(io.out());
      expect(io.out()).toContain('エスケープ商事'); // the text around the escapes is kept
      if (color === '--no-color') expect(io.out()).not.toMatch(/\x1b/);
    }
  });

  test('JSON keeps the text exact, escaped as JSON does', async () => {
    const io = memoryIO();
    await runCli(['parse', HOSTILE], io);
    expect(io.out()).not.toMatch(/\x1b/);
    expect(io.out()).toContain('\\u001b]0;pwned\\u0007');
    expect(JSON.parse(io.out()).organization.name).toBe('株式会社エスケープ\x1b[2J商事');
  });
});

describe('parse --format', () => {
  test('table: a header, a rule, one row per release', async () => {
    const io = memoryIO();
    expect(await runCli(['parse', '--format', 'table', SEED, HOSTILE], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^date +organization +report +types +leaked +possible +data$/);
    expect(lines[1]).toMatch(/^-+( +-+)+$/);
    expect(lines[2]).toMatch(/^2026-01-23 {2}株式会社ＴＯＫＡＩコミュニ\.\.\. /);
  });

  test('csv --bom: BOM, header, one row per release; markdown: a GFM table', async () => {
    const csv = memoryIO();
    await runCli(['parse', '--format', 'csv', '--bom', SEED, HOSTILE], csv);
    expect(csv.out().startsWith('\uFEFFpath,published_at,organization,')).toBe(true);
    expect(csv.out().split('\r\n').filter(Boolean)).toHaveLength(3);
    const md = memoryIO();
    await runCli(['parse', '--format', 'markdown', SEED], md);
    expect(md.out().split('\n')[1]).toBe('| --- | --- | --- | --- | --: | --: | --- | --- |');
    expect(md.out()).toContain('[株式会社ＴＯＫＡＩコミュニケーションズ](https://www.kisnet.co.jp/2026/01/23/3909/)');
  });

  test('ndjson and json; the default is unchanged (pretty for one file, NDJSON for several)', async () => {
    const nd = memoryIO();
    await runCli(['parse', '--format', 'ndjson', SEED], nd);
    expect(nd.out().trimEnd().split('\n')).toHaveLength(1);
    const def = memoryIO();
    await runCli(['parse', SEED], def);
    const json = memoryIO();
    await runCli(['parse', '--format', 'json', SEED], json);
    expect(json.out()).toBe(def.out());
    expect(JSON.parse(nd.out())).toEqual(JSON.parse(def.out()));
  });

  test('an unknown format is a usage error', async () => {
    const io = memoryIO();
    expect(await runCli(['parse', '--format', 'xml', SEED], io)).toBe(2);
    expect(io.err()).toMatch(/xml/);
  });
});

describe('batch --format', () => {
  const folder = join(import.meta.dirname, '..', 'output', 'fixtures');

  test.each(['summary', 'table', 'csv', 'markdown'])('%s on stdout: every release, in path order, escapes stripped', async (format) => {
    const io = memoryIO();
    expect(await runCli(['batch', '--jobs', '0', '--quiet', '--format', format, '--color', folder], io)).toBe(0);
    assertTerminalSafe(io.out());
    const out = io.out();
    expect(out.indexOf('エスケープ商事')).toBeGreaterThanOrEqual(0);
    expect(out.indexOf('エスケープ商事')).toBeLessThan(out.indexOf('みなと学園')); // hostile.md before possible-people.txt
  });

  test('without --format, batch still writes NDJSON', async () => {
    const io = memoryIO();
    await runCli(['batch', '--jobs', '0', '--quiet', folder], io);
    expect(io.out().trimEnd().split('\n').map((l) => JSON.parse(l).source.path.split('/').pop())).toEqual(['hostile.md', 'possible-people.txt']);
  });

  test('-o with --format summary writes one uncolored summary file per release', async () => {
    const out = join(tmp, 'out');
    const io = memoryIO();
    expect(await runCli(['batch', '--jobs', '0', '--quiet', '--format', 'summary', '--color', folder, '-o', out], io)).toBe(0);
    const text = readFileSync(join(out, 'hostile.md.summary.txt'), 'utf8');
    expect(text).toMatch(/^株式会社エスケープ商事 {2}2026-02-10/);
    expect(text).not.toMatch(/\x1b/);
  });
});
