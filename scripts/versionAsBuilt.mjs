// An esbuild plugin shared by the two bundles the build makes (bundle-worker.mjs, bundle-cli.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** src/version.ts reads ../package.json beside itself at run time: in a bundle it is the version as built. */
export function versionAsBuilt(root) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    name: 'version-as-built',
    setup(b) {
      b.onLoad({ filter: /[\\/]dist[\\/]version\.js$/ }, () => ({ contents: `export const VERSION = ${JSON.stringify(version)};\n`, loader: 'js' }));
    },
  };
}
