import { Command, InvalidArgumentError, Option } from 'commander';
import { fetchTimeoutOption } from '../fetchOption.js';
import type cliProgress from 'cli-progress';
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_MAX_BYTES, describeFsError } from '../../io/read.js';
import { DiscloseError, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK } from '../../errors.js';
import { notAReleaseReason } from '../../incident/nonRelease.js';
import type { FormatName } from '../../output/formatNames.js';
import type { BatchProgress, OutputWriter } from '../../batch/run.js';
import { DEFAULT_TIMEOUT_MS, defaultJobs, formatDuration, parseDuration } from '../../batch/jobs.js';
import type { Incident } from '../../types.js';
import { stripUnsafe } from '../../output/sanitize.js';
import { bomOption, colorOption, formatOption, noColorOption, type OutputOptions } from '../../output/cliFlags.js';
import type { CliIO } from '../io.js';
import type { CommandContext } from '../app.js';
import { encodingArg, jobsArg, maxBytesArg, referenceDateOption } from '../options.js';
import { addPdfOptions, pdfLimitsOf, type PdfOptions } from '../pdfOptions.js';

export interface BatchCommandOptions extends OutputOptions, PdfOptions {
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
  keepNonReleases?: boolean;
  timeout?: number;
  referenceDate?: string;
}

/** Exit status after SIGTERM (128 + 15), as after SIGINT 130. */
const EXIT_TERMINATED = 143;

/**
 * What `batch` writes, for `--format`: `file` renders each -o output file (default pretty JSON);
 * `stdout` takes each release in path order without -o (default: one JSON object per line, written
 * with back-pressure). An IncidentWriter from src/output/formats.ts fits `stdout`.
 */
export interface BatchWriters {
  file?: OutputWriter;
  stdout?: { begin?(): void; write(incident: Incident): void | Promise<void>; end?(): void };
  /** With -o: one table of every release, written to OUTDIR/<name> at the end (csv, markdown). */
  combined?: { name: string; format: FormatName };
  /** Stops the run (tests); by default Ctrl-C does. */
  signal?: AbortSignal;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function timeoutArg(value: string): number {
  const ms = parseDuration(value);
  if (ms === null) throw new InvalidArgumentError('a duration: 30s, 2m, 500ms (0: no limit)');
  return ms;
}

/** `disclose batch DIR...`: a folder tree in, one incident per release out (a mirror folder, or NDJSON). */
export function batchCommand(ctx: CommandContext): Command {
  return addPdfOptions(new Command('batch'))
    .description('parse every release below folders, in parallel: into a mirror folder (-o) or as NDJSON on stdout')
    .argument('<dirs...>', 'folders to walk (files are read as they are; http(s) URLs are downloaded)')
    .option('-o, --output <outdir>', 'write OUTDIR/<path>.json per release, OUTDIR/index.ndjson and OUTDIR/_errors.ndjson; unchanged inputs are skipped')
    .addOption(new Option('--jobs <n>', 'worker threads (0: parse in the main thread; at most 4 per core)').default(defaultJobs(), 'the number of cores').argParser(jobsArg))
    .option('--force', 'with -o: redo every file, even unchanged ones')
    .option('--quiet', 'no progress bar and no summary line (errors are still printed)')
    .option('--include <glob>', 'read only files matching (repeatable; default *.md *.txt *.html *.htm)', collect)
    .option('--exclude <glob>', 'leave out files or folders matching (repeatable)', collect)
    .option('--explain', 'add an "explain" list to each incident')
    .addOption(new Option('--encoding <name>', 'force the input encoding (utf-8, shift_jis, euc-jp, iso-2022-jp, utf-16le, utf-16be)').argParser(encodingArg))
    .addOption(new Option('--max-bytes <n>', 'refuse inputs larger than this').default(DEFAULT_MAX_BYTES).argParser(maxBytesArg))
    .addOption(fetchTimeoutOption())
    .option('--no-tokenize', 'never load kuromoji (patterns only)')
    .addOption(referenceDateOption())
    .option('--keep-non-releases', 'print files that are not releases too (a README, an app shell): by default they are reported and left out')
    .addOption(new Option('--timeout <duration>', 'time one file may take in its worker (30s, 2m, 500ms; 0: no limit); past it the file fails and the batch goes on').default(DEFAULT_TIMEOUT_MS, formatDuration(DEFAULT_TIMEOUT_MS)).argParser(timeoutArg))
    .addOption(formatOption())
    .addOption(bomOption())
    .addOption(colorOption())
    .addOption(noColorOption())
    .addHelpText(
      'after',
      `
A file that is not a release (a README, docs, a web app's index.html: no title and no date, or no
fact at all) is reported in one line and left out of stdout and of the combined CSV/Markdown; with
-o its JSON is still written, and \`disclose stats\` leaves it out. --keep-non-releases keeps it.
With -o, --format csv and --format markdown write one table of all releases, OUTDIR/releases.csv or
OUTDIR/releases.md, beside the per-release JSON.

A glob without "/" matches file names at any depth ("*.md", "2025-*"); with "/" it matches the
path below the folder ("2024/**", "**/drafts/**"). Output is in path order.

Exit status: 0 all parsed (or up to date); 1 some inputs failed (listed on stderr and in
OUTDIR/_errors.ndjson), or the disk is full; 2 usage error (a bad option; an OUTDIR that is or
contains an input); 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).

Examples:
  $ disclose batch archive -o out            # out/2025/12/03_x.md.json, out/index.ndjson
  $ disclose batch archive -o out            # again: only new or changed files are parsed
  $ disclose batch archive | jq -r 'select(.counts != []) | .source.path'
  $ disclose batch archive --include '*.md' --exclude '2019/**' --jobs 4 -o out
  $ disclose batch archive --format csv --bom -o out   # out/releases.csv for Excel, out/**/*.json`,
    )
    .action(async (dirs: string[], opts: BatchCommandOptions) => {
      // Without --format, batch's own defaults: the renderers (chalk, string-width) are not loaded.
      const writers = opts.format === undefined ? {} : (await import('../../output/cliOptions.js')).batchWritersFor(opts, ctx.io);
      ctx.exitCode = await runBatchCommand(dirs, opts, ctx.io, writers);
    });
}

export async function runBatchCommand(dirs: string[], opts: BatchCommandOptions, io: CliIO, writers: BatchWriters = {}): Promise<number> {
  const started = performance.now();
  // The pool and OUTDIR's code load when a batch runs, not at every `disclose` start.
  const { BatchInterrupted, runBatch } = await import('../../batch/run.js');
  const stdoutWriter = opts.output === undefined ? writers.stdout : undefined;
  stdoutWriter?.begin?.();
  // cli-progress is loaded only when there is a terminal to draw on.
  const bars = !opts.quiet && io.stderr.isTTY === true ? (await import('cli-progress')).default : null;
  const progress = new ProgressDisplay(io, bars);
  const controller = new AbortController();
  const signal = writers.signal ? AbortSignal.any([writers.signal, controller.signal]) : controller.signal;
  // Ctrl-C or SIGTERM: stop the workers and finish OUTDIR cleanly (lock, journals, temporary
  // files); a second signal leaves at once.
  let interrupts = 0;
  let stopCode: number = EXIT_INTERRUPTED;
  const onSignal = (code: number) => () => {
    if (++interrupts > 1) process.exit(code);
    stopCode = code;
    controller.abort();
  };
  const onSigint = onSignal(EXIT_INTERRUPTED);
  const onSigterm = onSignal(EXIT_TERMINATED);
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
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
  let nonReleases = 0;
  const combined = writers.combined && opts.output !== undefined ? { ...writers.combined, rows: [] as Incident[] } : undefined;
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
      referenceDate: opts.referenceDate,
      pdf: pdfLimitsOf(opts),
      timeoutMs: opts.timeout,
      output: writers.file,
      // A skipped file is read back only for the combined table; otherwise it is only counted.
      yieldSkipped: combined !== undefined,
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
      if (r.error) {
        progress.message(`disclose: ${stripUnsafe(r.path)}: ${stripUnsafe(r.error)}\n`);
        continue;
      }
      // A skipped file (up to date in OUTDIR) is read back only when the combined table needs it.
      // The worker's JSON is parsed here only when a table or a writer needs the incident itself.
      // (`r.skipped`, not `r.json`, tells a parsed file: with -o, reading `r.json` reads the output back.)
      const needsIncident = combined !== undefined || stdoutWriter !== undefined || r.notRelease === undefined;
      const incident = !r.skipped ? (needsIncident ? r.incident! : null) : combined && r.output ? await readIncident(r.output) : undefined;
      if (incident === undefined) continue;
      const notRelease = opts.keepNonReleases ? null : incident ? notAReleaseReason(incident) : r.notRelease!;
      if (notRelease) {
        nonReleases++;
        if (!opts.quiet && !r.skipped) progress.message(`disclose: ${stripUnsafe(r.path)}: not a release (${notRelease}); ${opts.output ? 'its JSON is written, `disclose stats` leaves it out' : 'left out (--keep-non-releases keeps it)'}\n`);
        continue;
      }
      if (r.skipped) {
        if (incident) combined?.rows.push(incident);
        continue;
      }
      if (!opts.quiet) for (const w of r.warnings ?? []) progress.message(`disclose: warning: ${stripUnsafe(r.path)}: ${stripUnsafe(w)}\n`);
      if (incident) combined?.rows.push(incident);
      // The worker's compact JSON is already the NDJSON line.
      if (opts.output === undefined && !pipeClosed) await (stdoutWriter && incident ? stdoutWriter.write(incident) : writeOut(io, r.json!));
    }
    if (opts.output === undefined && !pipeClosed) stdoutWriter?.end?.();
    if (combined && opts.output !== undefined) await writeCombined(join(opts.output, combined.name), combined.format, combined.rows, opts);
    code = last.failed > 0 ? EXIT_INPUT : EXIT_OK;
  } catch (e) {
    if (!(e instanceof BatchInterrupted)) {
      progress.stop();
      throw e;
    }
    // With -o every finished file is on disk and indexed; without, only what was printed counts.
    last = opts.output !== undefined ? e.progress : { ...e.progress, ...printed };
    code = pipeClosed ? EXIT_OK : stopCode;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    stdoutStream.off?.('error', onStdoutError);
  }
  progress.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = `${last.parsed} parsed, ${last.skipped} skipped, ${last.failed} failed${nonReleases ? `, ${nonReleases} not releases` : ''}`;
  if (code === EXIT_INTERRUPTED || code === EXIT_TERMINATED) {
    io.stderr.write(`disclose batch: ${code === EXIT_TERMINATED ? 'terminated' : 'interrupted'} after ${last.done} of ${last.found}${last.walked ? '' : '+'} files: ${counts} in ${seconds} s${opts.output ? `; ${opts.output} is consistent, run again to finish` : ''}\n`);
  } else if (!opts.quiet && !pipeClosed) {
    io.stderr.write(`disclose batch: ${counts} in ${seconds} s${opts.output ? ` → ${opts.output}` : ''}${combined && opts.output ? `, ${join(opts.output, combined.name)}` : ''}\n`);
  }
  return code;
}

/** An output JSON file of an earlier run, read back for the combined table. */
async function readIncident(path: string): Promise<Incident | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Incident;
  } catch {
    return undefined;
  }
}

/** The combined table, written whole to a fresh temporary name and renamed into place. */
async function writeCombined(target: string, format: FormatName, rows: Incident[], opts: OutputOptions): Promise<void> {
  let text = '';
  const { createWriter } = await import('../../output/formats.js');
  const writer = createWriter(format, (s) => void (text += s), { bom: opts.bom });
  writer.begin();
  for (const incident of rows) writer.write(incident);
  writer.end();
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp-disclose`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw new DiscloseError(`${target}: cannot write: ${describeFsError(e)}`);
  }
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
