import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/app.js';
import { memoryIO } from '../../src/cli/io.js';
import { SEED } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'disclose-cli-'));
const empty = join(tmp, 'empty.txt');
writeFileSync(empty, '');
const binary = join(tmp, 'image.png');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
const folder = join(tmp, 'folder.md');
mkdirSync(folder);

describe('disclose parse', () => {
  // A body pasted without its overview: its dates write no year, and nothing in it says when it was published.
  const pasted = join(tmp, 'pasted.txt');
  writeFileSync(pasted, '第三者による不正アクセスを受けたことが判明しましたので、お知らせいたします。\n12月3日、当社システムの監視において不審な通信を検知しました。調査の結果、12月1日に不正アクセスを受けていたことを確認しました。\n');
  // The same text dating itself (本日…): its own day wins over the caller's.
  const selfDated = join(tmp, 'self-dated.txt');
  writeFileSync(selfDated, '本日2024年12月10日、当社は以下のとおりお知らせいたします。\n12月3日、当社システムの監視において不審な通信を検知しました。\n');
  const timelineOf = async (args: string[]): Promise<string[]> => {
    const io = memoryIO();
    expect(await runCli(['parse', ...args], io)).toBe(0);
    return JSON.parse(io.out())
      .timeline.filter((t: { event: string }) => t.event === 'occurred' || t.event === 'detected')
      .map((t: { date: string; event: string; certain: boolean }) => `${t.date} ${t.event} ${t.certain}`);
  };

  test.each<[string, string[], string[]]>([
    ['--reference-date: year-less dates read against it, not certain', ['--reference-date', '2025-12-10', pasted], ['2025-12-01 occurred false', '2025-12-03 detected false']],
    ['a January day dates December to the year before', ['--reference-date', '2026-01-05', pasted], ['2025-12-01 occurred false', '2025-12-03 detected false']],
    ['the text dates itself: its day wins', ['--reference-date', '2025-12-10', selfDated], ['2024-12-03 detected false']],
  ])('%s', async (_name, args, timeline) => {
    expect(await timelineOf(args)).toEqual(timeline);
  });

  test.each<[string, string[]]>([
    // No day given: today's (the clock, moved here by the test hook), as chrono reads "Dec 3" against now.
    ['2026-01-05', ['2025-12-01 occurred false', '2025-12-03 detected false']],
    ['2026-12-07', ['2026-12-01 occurred false', '2026-12-03 detected false']],
  ])('no day given: read against today (%s)', async (today, timeline) => {
    const before = process.env.DISCLOSE_TEST_TODAY;
    process.env.DISCLOSE_TEST_TODAY = today;
    try {
      expect(await timelineOf([pasted])).toEqual(timeline);
    } finally {
      if (before === undefined) delete process.env.DISCLOSE_TEST_TODAY;
      else process.env.DISCLOSE_TEST_TODAY = before;
    }
  });

  test('--explain and the ruleId say the year came from the reference day', async () => {
    const io = memoryIO();
    expect(await runCli(['parse', '--explain', '--reference-date', '2025-12-10', pasted], io)).toBe(0);
    const incident = JSON.parse(io.out());
    const detected = incident.timeline.find((t: { event: string }) => t.event === 'detected');
    expect(detected.ruleId).toMatch(/^timeline\..*\+yearOfReference$/);
    expect(incident.explain.some((e: { field: string; ruleId: string }) => e.field.startsWith('timeline') && e.ruleId === detected.ruleId)).toBe(true);
    // The text's own year (its publication date) carries no such mark.
    const io2 = memoryIO();
    expect(await runCli(['parse', SEED], io2)).toBe(0);
    expect(JSON.parse(io2.out()).timeline.some((t: { ruleId: string }) => /yearOf/.test(t.ruleId))).toBe(false);
  });

  test.each(['2025-02-30', '2025-12', 'yesterday'])('--reference-date %j is a usage error (exit 2)', async (day) => {
    const io = memoryIO();
    expect(await runCli(['parse', '--reference-date', day, pasted], io)).toBe(2);
    expect(io.err()).toMatch(/--reference-date/);
  });

  test('one file: pretty JSON on stdout, nothing on stderr', async () => {
    const io = memoryIO();
    expect(await runCli(['parse', SEED], io)).toBe(0);
    expect(io.out()).toMatch(/^\{\n {2}"schemaVersion": 1,/);
    expect(JSON.parse(io.out()).source.path).toBe(SEED);
    expect(io.err()).toBe('');
  });

  test('several files: one JSON object per line', async () => {
    const io = memoryIO();
    expect(await runCli(['parse', SEED, SEED], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(JSON.parse(l).report.number).toBe(3);
  });

  test.each([
    ['missing', join(tmp, 'nope.md'), /nope\.md: no such file/],
    ['directory', folder, /folder\.md: is a directory/],
    ['empty', empty, /empty\.txt: is empty/],
    ['binary', binary, /image\.png: looks like a binary file/],
  ])('a %s file: one line on stderr, exit 1, the good file still printed', async (_kind, bad, message) => {
    const io = memoryIO();
    expect(await runCli(['parse', bad, SEED], io)).toBe(1);
    expect(io.err()).toMatch(message);
    expect(io.err().trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(io.out().trim()).report.number).toBe(3);
  });

  test('--version and --help', async () => {
    const io = memoryIO();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+/);
    const help = memoryIO();
    expect(await runCli(['parse', '--help'], help)).toBe(0);
    expect(help.out()).toContain('jq .counts');
  });

  test('an unknown option is a usage error (exit 2)', async () => {
    const io = memoryIO();
    expect(await runCli(['parse', '--bogus', SEED], io)).toBe(2);
  });

  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only (old Mac)', '\r'],
  ])('line ends %s: the same facts, evidence lines and spans on the source', async (_name, eol) => {
    const text = readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n').replace(/\n/g, eol);
    const file = join(tmp, `seed-${_name.split(' ')[0]}.txt`);
    writeFileSync(file, text);
    const io = memoryIO();
    expect(await runCli(['parse', file], io)).toBe(0);
    const incident = JSON.parse(io.out());
    expect(incident.title).toMatch(/個人情報漏洩についてのお知らせとお詫び/);
    expect(incident.publishedAt).toBe('2026-01-23');
    expect(incident.sourceUrl).toBe('https://www.kisnet.co.jp/2026/01/23/3909/');
    // The quarantined mails (「スパムメール判定により隔離されたメール ： 1,931,902 件」) leaked: message content is leaked, and only the
    // passwords are ruled out (the mail headers ruled out are content already counted as leaked).
    expect(incident.dataTypes).toContain('message_content');
    expect(incident.notLeaked).toEqual(['password']);
    expect(incident.counts[0].evidence.line).toBe(19);
    for (const c of incident.counts) expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });
});
