import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { VERSION } from '../src/version.js';
import { ROOT } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));

describe('the package', () => {
  test('package.json and package-lock.json agree, so `npm install` leaves the lock as it is', () => {
    const root = lock.packages[''];
    expect({ name: lock.name, version: lock.version }).toEqual({ name: pkg.name, version: pkg.version });
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
    expect(root.bin).toEqual(pkg.bin);
    expect(root.engines).toEqual(pkg.engines);
    expect(pkg.version).toBe(VERSION);
  });

  /**
   * `npm pack`, then the tarball installed into an empty folder and run from there, as a user would
   * (`npm install disclose-0.1.0.tgz`). Offline: the folder gets a lock naming our own resolved
   * dependencies, so `npm ci --offline` takes them from the npm cache. With no cache (a CI image
   * without one) the install cannot work offline: the test says so and skips.
   */
  test.runIf(existsSync(join(ROOT, 'dist', 'cli', 'main.js')))('the packed tarball installs into another folder and runs `disclose --version` there', (ctx) => {
    const work = mkdtempSync(join(tmpdir(), 'disclose-pack-'));
    try {
      const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
      expect(files).toContain('bin/disclose.js');
      expect(files).toContain('dist/cli/main.js');
      expect(files.filter((f) => f.startsWith('src/') || f.startsWith('tests/') || f.startsWith('fixtures/'))).toEqual([]);
      const tarball = join(work, packed[0].filename);
      const app = join(work, 'app');
      mkdirSync(app);
      const spec = `file:${tarball}`;
      const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
      const packages: Record<string, unknown> = {
        '': { name: 'app', version: '1.0.0', dependencies: { disclose: spec } },
        'node_modules/disclose': { version: pkg.version, resolved: spec, integrity, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
      };
      for (const [key, entry] of Object.entries(lock.packages as Record<string, { dev?: boolean }>)) if (key.startsWith('node_modules/') && !entry.dev) packages[key] = entry;
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, dependencies: { disclose: spec } }));
      writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }));
      const install = spawnSync('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: app, encoding: 'utf8' });
      if (install.status !== 0) {
        if (/ENOTCACHED|ENOTFOUND|EAI_AGAIN|only-if-cached/.test(install.stderr)) {
          console.warn('packed-tarball test skipped: the dependencies are not in the npm cache and the install is offline');
          ctx.skip();
        }
        throw new Error(`npm ci failed: ${install.stderr.trim().split('\n').slice(-3).join(' ')}`);
      }
      const version = execFileSync(join(app, 'node_modules', '.bin', 'disclose'), ['--version'], { cwd: app, encoding: 'utf8' });
      expect(version).toBe(`${VERSION}\n`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);
});
