import { runCli } from './app.js';

// The process entry: run, then exit with the code once stdout has drained.
const code = await runCli(process.argv.slice(2));
process.exitCode = code;
