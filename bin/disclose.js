#!/usr/bin/env node
// The `disclose` command: a shim over the built CLI (npm run build writes dist/): its bundle
// (dist/bundle/, scripts/bundle-cli.mjs), or the compiled modules when there is no bundle.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/main.js', import.meta.url);
import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js').catch((e) => {
  process.stderr.write(`disclose: cannot start (${e.message}); run \`npm run build\` first\n`);
  process.exit(70);
});
