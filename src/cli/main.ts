import { guardPipes } from './io.js';
import { runCli } from './app.js';

// The process entry: a closed pipe ends quietly; run, then exit with the code once stdout has drained.
guardPipes();
const code = await runCli(process.argv.slice(2));
process.exitCode = code;
