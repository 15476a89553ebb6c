import { availableParallelism } from 'node:os';

// Batch settings the CLI needs while it only defines its options: kept apart from run.ts so that
// `disclose --help` or `parse` load neither the pool nor the output folder's code.

/**
 * The V8 flags a batch sets before it parses: a larger optimization budget (raiseOptimizationBudget
 * in run.ts says why), a young generation that starts at 16 MB rather than growing from 1 MB —
 * parsing a release makes a few MB of short-lived objects, and each scavenge copies what is still
 * alive: a worker scavenges about 20 times over the archive instead of about 35 (peak RSS the same) —
 * and regexes compiled to machine code at their first run. By default V8 first compiles a regex to
 * bytecode for its interpreter and compiles it again to machine code at its second run: the
 * pipeline's ~1,150 regexes nearly all run twice in the first releases, so each was compiled twice,
 * and the bytecode pass (3.7 MB of bytecode, then its peephole optimizer) was about a tenth of the
 * instructions of a 193-release batch and 6–8 % of the CPU of a `--jobs 0` batch over the archive.
 * (Only the tick count is lowered: switching tier-up off under regexes compiled already crashes V8.)
 * The worker's code cache is made under the same flags (scripts/bundle-worker.mjs): V8 refuses a
 * cache made under others. A flag changes how fast, never what is matched.
 */
export const PARSER_V8_FLAGS = '--interrupt-budget=1048576 --min-semi-space-size=16 --regexp-tier-up-ticks=0';

/** The time one input may take in its worker by default. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export function defaultJobs(): number {
  return availableParallelism();
}

/** The most worker threads a run may start: each loads the pipeline (and kuromoji), so more than a few per core only exhausts memory. */
export function maxJobs(): number {
  return Math.max(8, 4 * availableParallelism());
}

export function formatDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000) return `${+(ms / 1000).toFixed(3)} s`;
  return `${ms} ms`;
}

/** "30s", "2m", "500ms", "1.5s" or a bare number of seconds → ms; null when it is none of those. */
export function parseDuration(text: string): number | null {
  const m = /^(\d{1,9}(?:\.\d{1,3})?)(ms|s|m|min)?$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  return Math.round(unit === 'ms' ? n : unit === 's' ? n * 1000 : n * 60_000);
}
