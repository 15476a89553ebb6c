import { guardPipes } from './io.js';
import { workersToStartEarly } from './earlyStart.js';

// The process entry: a closed pipe ends quietly; run, then exit with the code once stdout has drained.
guardPipes();
const argv = process.argv.slice(2);
// A batch that will parse starts its workers first, while the CLI itself loads (earlyStart.ts).
const jobs = workersToStartEarly(argv);
const batch = jobs > 0 ? import('../batch/run.js').then((run) => (run.startPoolEarly(jobs), run)) : null;
const { runCli } = await import('./app.js');
await batch;
const code = await runCli(argv);
if (batch) await (await batch).dropEarlyPool();
process.exitCode = code;
