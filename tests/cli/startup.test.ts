import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

// Start-up cost is module loading: a command loads what it uses, nothing at definition time.
// A resolve hook lists every file the built CLI loads for one invocation; a file of the CLI's bundle
// (dist/bundle/, scripts/bundle-cli.mjs) stands for the modules its modules.json lists in it.
const hookDir = mkdtempSync(join(tmpdir(), 'disclose-startup-'));
writeFileSync(join(hookDir, 'hook.mjs'), `export async function resolve(s, c, next) { const r = await next(s, c); process._rawDebug('LOADED ' + r.url); return r; }\n`);
writeFileSync(join(hookDir, 'register.mjs'), `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(join(hookDir, 'hook.mjs')).href)});\n`);
afterAll(() => rmSync(hookDir, { recursive: true, force: true }));

const BUNDLE = join(ROOT, 'dist', 'bundle');
const bundled = existsSync(join(BUNDLE, 'main.js'));
const bundleModules: Record<string, string[]> = bundled ? JSON.parse(readFileSync(join(BUNDLE, 'modules.json'), 'utf8')) : {};

function modulesLoadedBy(args: string[]): string[] {
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(hookDir, 'register.mjs')).href, join(ROOT, 'bin', 'disclose.js'), ...args], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  const urls = run.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice('LOADED '.length));
  // The bundle, when there is one, is what runs.
  if (bundled) expect(urls).toContain(pathToFileURL(join(BUNDLE, 'main.js')).href);
  return urls.flatMap((url) => {
    const inBundle = url.startsWith(pathToFileURL(BUNDLE).href + '/') ? bundleModules[url.slice(url.lastIndexOf('/') + 1)] : undefined;
    return inBundle ? inBundle.map((module) => pathToFileURL(join(ROOT, module)).href) : [url];
  });
}

const HEAVY = ['/dist/pipeline.js', '/dist/batch/run.js', '/dist/format/containers.js', '/dist/stats/', '/dist/incidents/', '/node_modules/chalk/', '/node_modules/string-width/', '/node_modules/encoding-japanese/'];

describe.runIf(existsSync(join(ROOT, 'dist', 'cli', 'main.js')))('start-up loads only what the command needs', () => {
  test.each([[['--version']], [['--help']], [['parse', '--help']], [['batch', '--help']]])('`disclose %s` loads no pipeline, renderer, batch pool or decoder', (args) => {
    const loaded = modulesLoadedBy(args);
    expect(loaded.some((url) => url.endsWith('/dist/cli/app.js'))).toBe(true);
    expect(loaded.filter((url) => HEAVY.some((h) => url.includes(h)))).toEqual([]);
  });

  test('`disclose parse FILE` loads the pipeline but not the batch pool, stats or incidents', () => {
    const release = join(hookDir, 'release.md');
    writeFileSync(release, '# 不正アクセスによる個人情報漏えいのお知らせ\n\n2025年3月1日、当社サーバーへの不正アクセスを確認しました。\n');
    const loaded = modulesLoadedBy(['parse', release]);
    expect(loaded.some((url) => url.endsWith('/dist/pipeline.js'))).toBe(true);
    expect(loaded.filter((url) => ['/dist/batch/run.js', '/dist/stats/', '/dist/incidents/'].some((h) => url.includes(h)))).toEqual([]);
  });
});
