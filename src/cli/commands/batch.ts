import { Command, InvalidArgumentError, Option } from 'commander';
import { fetchTimeoutOption } from '../fetchOption.js';
import type cliProgress from 'cli-progress';
import { DEFAULT_MAX_BYTES } from '../../io/read.js';
import { EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK } from '../../errors.js';
import { BatchInterrupted, defaultJobs, runBatch, type BatchProgress, type OutputWriter } from '../../batch/run.js';
import type { Incident } from '../../types.js';
import { stripUnsafe } from '../../output/sanitize.js';
import { batchWritersFor, bomOption, colorOption, formatOption, noColorOption, type OutputOptions } from '../../output/cliOptions.js';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../app.js';

export interface BatchCommandOptions extends OutputOptions {
  output?: string;
  jobs?: number;
  force?: boolean;
  quiet?: boolean;
  include?: string[];
  exclude?: string[];
  maxBytes?: number;
  fetchTimeout?: number;
  encoding?: string;
  explain?: boolean;
  tokenize?: boolean;
}

/**
 * What `batch` writes, for `--format`: `file` renders each -o output file (default pretty JSON);
 * `stdout` takes each release in path order without -o (default: one JSON object per line, written
 * with back-pressure). An IncidentWriter from src/output/formats.ts fits `stdout`.
 */
export interface BatchWriters {
  file?: OutputWriter;
  stdout?: { begin?(): void; write(incident: Incident): void | Promise<void>; end?(): void };
  /** Stops the run (tests); by default Ctrl-C does. */
  signal?: AbortSignal;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function jobsArg(value: string): number {
  const n = Number(value);
  if (!/^\d{1,4}$/.test(value) || !Number.isInteger(n)) throw new InvalidArgumentError('a whole number (0 parses in the main thread)');
  return n;
}

function maxBytesArg(value: string): number {
  const n = Number(value);
  if (!/^\d{1,15}$/.test(value) || n < 1) throw new InvalidArgumentError('a number of bytes (1 or more)');
  return n;
}

/** `disclose batch DIR...`: a folder tree in, one incident per release out (a mirror folder, or NDJSON). */
export function batchCommand(ctx: CommandContext): Command {
  return new Command('batch')
    .description('parse every release below folders, in parallel: into a mirror folder (-o) or as NDJSON on stdout')
    .argument('<dirs...>', 'folders to walk (files are read as they are; http(s) URLs are downloaded)')
    .option('-o, --output <outdir>', 'write OUTDIR/<path>.json per release, OUTDIR/index.ndjson and OUTDIR/_errors.ndjson; unchanged inputs are skipped')
    .addOption(new Option('--jobs <n>', 'worker threads (0: parse in the main thread)').default(defaultJobs(), 'the number of cores').argParser(jobsArg))
    .option('--force', 'with -o: redo every file, even unchanged ones')
    .option('--quiet', 'no progress bar and no summary line (errors are still printed)')
    .option('--include <glob>', 'read only files matching (repeatable; default *.md *.txt *.html *.htm)', collect)
    .option('--exclude <glob>', 'leave out files or folders matching (repeatable)', collect)
    .option('--explain', 'add an "explain" list to each incident')
    .option('--encoding <name>', 'force the input encoding')
    .addOption(new Option('--max-bytes <n>', 'refuse inputs larger than this').default(DEFAULT_MAX_BYTES).argParser(maxBytesArg))
    .addOption(fetchTimeoutOption())
    .option('--no-tokenize', 'never load kuromoji (patterns only)')
    .addOption(formatOption())
    .addOption(bomOption())
    .addOption(colorOption())
    .addOption(noColorOption())
    .addHelpText(
      'after',
      `
A glob without "/" matches file names at any depth ("*.md", "2025-*"); with "/" it matches the
path below the folder ("2024/**", "**/drafts/**"). Output is in path order.

Exit status: 0 all parsed (or up to date); 1 some inputs failed (listed on stderr and in
OUTDIR/_errors.ndjson); 2 usage error (a bad option; an OUTDIR that is or contains an input); 130 interrupted.

Examples:
  $ disclose batch archive -o out            # out/2025/12/03_x.md.json, out/index.ndjson
  $ disclose batch archive -o out            # again: only new or changed files are parsed
  $ disclose batch archive | jq -r 'select(.counts != []) | .source.path'
  $ disclose batch archive --include '*.md' --exclude '2019/**' --jobs 4 -o out`,
    )
    .action(async (dirs: string[], opts: BatchCommandOptions) => {
      ctx.exitCode = await runBatchCommand(dirs, opts, ctx.io, batchWritersFor(opts, ctx.io));
    });
}

export async function runBatchCommand(dirs: string[], opts: BatchCommandOptions, io: CliIO, writers: BatchWriters = {}): Promise<number> {
  const started = performance.now();
  const stdoutWriter = opts.output === undefined ? writers.stdout : undefined;
  stdoutWriter?.begin?.();
  // cli-progress is loaded only when there is a terminal to draw on.
  const bars = !opts.quiet && io.stderr.isTTY === true ? (await import('cli-progress')).default : null;
  const progress = new ProgressDisplay(io, bars);
  const controller = new AbortController();
  const signal = writers.signal ? AbortSignal.any([writers.signal, controller.signal]) : controller.signal;
  // Ctrl-C: stop the workers and finish OUTDIR cleanly; a second Ctrl-C leaves at once.
  let interrupts = 0;
  const onSigint = () => {
    if (++interrupts > 1) process.exit(EXIT_INTERRUPTED);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  // `disclose batch DIR | head`: a closed pipe ends the run quietly.
  let pipeClosed = false;
  const stdoutStream = io.stdout as Partial<NodeJS.WritableStream>;
  const onStdoutError = () => {
    pipeClosed = true;
    controller.abort();
  };
  stdoutStream.on?.('error', onStdoutError);

  let last: BatchProgress = { found: 0, walked: false, done: 0, parsed: 0, skipped: 0, failed: 0 };
  // What reached the caller: without -o, an interrupted run has printed only these.
  const printed = { done: 0, parsed: 0, skipped: 0, failed: 0 };
  let code: number = EXIT_OK;
  try {
    const run = runBatch({
      inputs: dirs,
      outDir: opts.output,
      jobs: opts.jobs,
      force: opts.force,
      include: opts.include,
      exclude: opts.exclude,
      maxBytes: opts.maxBytes,
      fetchTimeoutMs: opts.fetchTimeout,
      encoding: opts.encoding,
      explain: opts.explain,
      tokenize: opts.tokenize,
      output: writers.file,
      signal,
      onProgress: (p) => {
        last = p;
        progress.update(p);
      },
    });
    for await (const r of run) {
      printed.done++;
      if (r.error) printed.failed++;
      else if (r.skipped) printed.skipped++;
      else printed.parsed++;
      if (r.error) progress.message(`disclose: ${stripUnsafe(r.path)}: ${stripUnsafe(r.error)}\n`);
      else if (r.json !== undefined) {
        if (!opts.quiet) for (const w of r.warnings ?? []) progress.message(`disclose: warning: ${stripUnsafe(r.path)}: ${stripUnsafe(w)}\n`);
        // The worker's compact JSON is already the NDJSON line.
        if (opts.output === undefined && !pipeClosed) await (stdoutWriter ? stdoutWriter.write(r.incident!) : writeOut(io, r.json));
      }
    }
    if (opts.output === undefined && !pipeClosed) stdoutWriter?.end?.();
    code = last.failed > 0 ? EXIT_INPUT : EXIT_OK;
  } catch (e) {
    if (!(e instanceof BatchInterrupted)) {
      progress.stop();
      throw e;
    }
    // With -o every finished file is on disk and indexed; without, only what was printed counts.
    last = opts.output !== undefined ? e.progress : { ...e.progress, ...printed };
    code = pipeClosed ? EXIT_OK : EXIT_INTERRUPTED;
  } finally {
    process.off('SIGINT', onSigint);
    stdoutStream.off?.('error', onStdoutError);
  }
  progress.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = `${last.parsed} parsed, ${last.skipped} skipped, ${last.failed} failed`;
  if (code === EXIT_INTERRUPTED) {
    io.stderr.write(`disclose batch: interrupted after ${last.done} of ${last.found}${last.walked ? '' : '+'} files: ${counts} in ${seconds} s${opts.output ? `; ${opts.output} is consistent, run again to finish` : ''}\n`);
  } else if (!opts.quiet && !pipeClosed) {
    io.stderr.write(`disclose batch: ${counts} in ${seconds} s${opts.output ? ` → ${opts.output}` : ''}\n`);
  }
  return code;
}

/** Writes to stdout, waiting when a pipe is full so that memory stays flat. */
function writeOut(io: CliIO, text: string): Promise<void> | void {
  const stream = io.stdout as Partial<NodeJS.WritableStream> & CliIO['stdout'];
  if (stream.write(text) === false && stream.once) {
    return new Promise((resolve) => {
      const done = () => {
        stream.off?.('drain', done);
        stream.off?.('error', done);
        resolve();
      };
      stream.once!('drain', done);
      stream.once!('error', done);
    });
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** The progress bar on a TTY stderr; message lines are written above it. */
class ProgressDisplay {
  private bar: cliProgress.SingleBar | null = null;
  private readonly started = performance.now();

  constructor(private readonly io: CliIO, private readonly bars: typeof cliProgress | null) {}

  update(p: BatchProgress): void {
    if (!this.bars) return;
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? p.done / seconds : 0;
    // Our own ETA: cli-progress prints "NFs" before the first file is done.
    const eta = rate > 0 && p.done > 0 ? formatSeconds((p.found - p.done) / rate) + (p.walked ? '' : '+') : '…';
    const payload = { rate: Math.round(rate), failed: p.failed, more: p.walked ? '' : '+', etaText: eta };
    if (!this.bar) {
      this.bar = new this.bars.SingleBar(
        {
          stream: this.io.stderr as unknown as NodeJS.WritableStream,
          format: ' {bar} {value}/{total}{more} | {rate} files/s | ETA {etaText} | {failed} failed',
          hideCursor: true,
          clearOnComplete: true,
          fps: 10,
        },
        this.bars.Presets.shades_classic,
      );
      this.bar.start(Math.max(p.found, 1), p.done, payload);
    }
    this.bar.setTotal(Math.max(p.found, 1));
    this.bar.update(p.done, payload);
  }

  /** An error or warning line: clear the bar's line, write, and let the bar redraw below. */
  message(text: string): void {
    this.io.stderr.write(this.bar ? `\r\x1b[2K${text}` : text);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
