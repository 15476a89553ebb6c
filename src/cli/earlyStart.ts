import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultJobs } from '../batch/jobs.js';

/**
 * How many worker threads to start before the CLI has loaded and read its options, for a
 * `disclose batch` that will parse every input it finds: to stdout, or into an OUTDIR with no
 * index yet (or with --force). 0 for anything else — another command, help, --jobs 0, an OUTDIR a
 * run has written before (a re-run with nothing changed starts no thread). A command line this
 * reads wrongly costs only a pool started for nothing (commander still checks every option, and
 * the pool is ended).
 */
export function workersToStartEarly(argv: readonly string[]): number {
  if (argv[0] !== 'batch') return 0;
  let jobs = defaultJobs();
  let outDir: string | undefined;
  let force = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '-h' || arg === '--help') return 0;
    if (arg === '--force') force = true;
    else if (arg === '--jobs' || arg === '--output' || arg === '-o') {
      const value = argv[++i];
      if (value === undefined) return 0;
      if (arg === '--jobs') jobs = Number(value);
      else outDir = value;
    } else if (arg.startsWith('--jobs=')) jobs = Number(arg.slice('--jobs='.length));
    else if (arg.startsWith('--output=')) outDir = arg.slice('--output='.length);
    else if (arg.startsWith('-o') && !arg.startsWith('--')) outDir = arg.slice(2);
  }
  if (!Number.isInteger(jobs) || jobs < 1) return 0;
  if (outDir !== undefined && !force && existsSync(join(outDir, 'index.ndjson'))) return 0;
  return jobs;
}
