#!/usr/bin/env node
// The `disclose` command: a shim over the compiled CLI (npm run build writes dist/).
import('../dist/cli/main.js').catch((e) => {
  process.stderr.write(`disclose: cannot start (${e.message}); run \`npm run build\` first\n`);
  process.exit(70);
});
