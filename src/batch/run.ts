import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscloseError, EXIT_INTERRUPTED, UsageError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../io/read.js';
import { formatJson } from '../output/json.js';
import { VERSION } from '../version.js';
import type { Incident } from '../types.js';
import { DiskFull, OutDir, entryKey, indexEntryFor, stampMatches, verifiedStamp, type FsPath, type IndexEntry } from './outdir.js';
import { compileFilters, rootLabels, walkInputsSync, type WalkEntry } from './walk.js';
import { fetchInput, isUrl } from '../io/fetch.js';
import { errorMessage } from './message.js';
import { DEFAULT_TIMEOUT_MS, PARSER_V8_FLAGS, defaultJobs, formatDuration, maxJobs } from './jobs.js';
import { readBytesSync, Scratch } from './read.js';
// The light settings the CLI reads while it only defines its options (jobs.ts loads nothing heavy).
export { DEFAULT_TIMEOUT_MS, defaultJobs, formatDuration, maxJobs, parseDuration } from './jobs.js';
import type { IncidentSummary, ParseReply, ParseTask } from './worker.js';
import type { PdfLimits } from '../format/pdf/limits.js';
import { today } from '../dates/clock.js';
import { isoDay } from '../dates/dateMentions.js';

/**
 * The batch library API: `runBatch(options)` walks folders, parses every release on a pool of
 * worker threads and yields one BatchResult per input, in path order, as soon as it and every
 * input before it are done. Nothing is collected: memory stays flat however many files there are.
 * It never prints; the CLI (`disclose batch`), `disclose stats` and library users consume it.
 *
 *   for await (const r of runBatch({ inputs: ['archive'] })) {
 *     if (r.incident) console.log(r.relPath, r.incident.organization?.name);
 *     else if (r.error) console.error(r.path, r.error);
 *   }
 *
 * With `outDir`, each parsed input is also written to OUTDIR/<relPath><extension> atomically, the
 * run keeps OUTDIR/index.ndjson and OUTDIR/_errors.ndjson, and unchanged inputs are skipped.
 */

/** How -o output files are written: `batch --format` passes another one. */
export interface OutputWriter {
  /** Names the format; part of the settings stamp, so changing it redoes every file. "json" with ".json" is pretty incident JSON (formatJson), made in the worker. */
  id: string;
  /** Appended to the input's relative path: ".json". */
  extension: string;
  render(incident: Incident): string;
}

/** Pretty incident JSON, the same as `disclose parse FILE` prints. */
export const JSON_OUTPUT: OutputWriter = { id: 'json', extension: '.json', render: formatJson };

export interface BatchOptions {
  /** Folders (walked recursively) and files (read whatever their extension). */
  inputs: readonly string[];
  /** Mirror the inputs into this folder; without it nothing is written. */
  outDir?: string;
  /** Worker threads (default: the number of cores). 0 parses in the calling thread. */
  jobs?: number;
  /** Redo every input even when its output is up to date. */
  force?: boolean;
  /** Globs of files to read (default *.md, *.txt, *.html, *.htm). */
  include?: readonly string[];
  /** Globs of files or folders to leave out. */
  exclude?: readonly string[];
  maxBytes?: number;
  /** http(s) URLs among the inputs are downloaded within this time (milliseconds; default 30 s). */
  fetchTimeoutMs?: number;
  encoding?: string;
  explain?: boolean;
  tokenize?: boolean;
  /**
   * The day (YYYY-MM-DD) to read year-less and relative dates against in a text with no publication date
   * (ParseOptions.referenceDate); default: the day the run starts, the same for every input.
   */
  referenceDate?: string | null;
  /** Also give each parsed release's decoded text (BatchResult.text), as `disclose text` prints it. */
  withText?: boolean;
  /** Caps for PDF inputs (pages, inflated bytes, seconds; defaults in src/format/pdf/limits.ts). */
  pdf?: Partial<PdfLimits>;
  /** How output files are rendered (default JSON_OUTPUT). */
  output?: OutputWriter;
  /** Abort to stop: workers are terminated, no partial file is left, and the iteration throws BatchInterrupted. */
  signal?: AbortSignal;
  /** Called as inputs are found and finished (for a progress bar). */
  onProgress?: (progress: BatchProgress) => void;
  /** Inputs read or parsed ahead of the one being yielded (bounds memory; default 256 per job, 4096 at most). */
  maxInFlight?: number;
  /**
   * Yield inputs skipped as up to date (default true). false: they are only counted in the
   * progress — `batch -o`, which reads nothing of them, so re-runs without a result per file.
   */
  yieldSkipped?: boolean;
  /** How long after a file's last change its stamp is trusted, in ms (default: 2 s; tests set 0). */
  stampAfterMs?: number;
  /**
   * The time one input may take in its worker, in ms (default DEFAULT_TIMEOUT_MS; 0: no limit).
   * Past it the worker is stopped and replaced, the input fails with one line, and the other inputs
   * of its bundle are parsed again. Only with worker threads (jobs ≥ 1).
   */
  timeoutMs?: number;
}

/** The default time budget of one input (--timeout 30s). */

export interface BatchResult {
  /** The path read: the input argument joined with relPath. */
  path: string;
  /** Relative to its input folder, `/`-separated (prefixed by the folder's name when there are several inputs). */
  relPath: string;
  /** The parsed release; absent when skipped or failed. Parsed from `json` on first access. */
  incident?: Incident;
  /**
   * The incident as JSON text, as the worker wrote it: pretty with outDir (the output file's text),
   * one compact line without. Write it as it is to avoid a parse/stringify round trip.
   */
  json?: string;
  /** The decoded text the incident's offsets refer to (with `withText`, when parsed without outDir). */
  text?: string;
  /** The incident's warnings (readable without parsing it). */
  warnings?: string[];
  /** Why the parsed file is not a release, or null (readable without parsing it). */
  notRelease?: string | null;
  /** Why the input failed (one line, without the path). */
  error?: string;
  /** Up to date in OUTDIR: not parsed again. */
  skipped?: boolean;
  /** The output file written or kept (with outDir). */
  output?: string;
}

export interface BatchProgress {
  /** Inputs found so far; final once `walked`. */
  found: number;
  walked: boolean;
  done: number;
  parsed: number;
  skipped: number;
  failed: number;
}

/** Thrown by the iteration after an abort, once workers are stopped and OUTDIR is consistent. */
export class BatchInterrupted extends DiscloseError {
  constructor(readonly progress: BatchProgress) {
    super('interrupted', EXIT_INTERRUPTED);
  }
}

/** The settings that shape an output file: a change redoes the file even when its input did not change. */
export function settingsStamp(options: Pick<BatchOptions, 'output' | 'explain' | 'encoding' | 'tokenize' | 'referenceDate'>): string {
  const output = options.output ?? JSON_OUTPUT;
  const stamp = [`format=${output.id}${output.extension}`, `explain=${options.explain ? 1 : 0}`, `encoding=${options.encoding ?? 'auto'}`, `tokenize=${options.tokenize === false ? 0 : 1}`];
  // A reference day given redoes what was read against another; without one a file is kept from the day it was parsed.
  if (options.referenceDate) stamp.push(`reference=${options.referenceDate}`);
  return stamp.join(' ');
}



/** Input bytes read but not yet parsed, beyond which no new input is read (--max-bytes inputs add up). */
const BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** Paths the walk may list ahead of the parsing (about 100 bytes each). */
const WALK_AHEAD = 100_000;

/** Entries the walk lists before it lets the parsing (and the workers' replies) in. */
const WALK_STEP = 64;

interface Done {
  result: BatchResult;
  index?: IndexEntry;
}

export async function* runBatch(options: BatchOptions): AsyncGenerator<BatchResult, BatchProgress, undefined> {
  if (options.inputs.length === 0) throw new UsageError('no input folders given');
  const jobs = options.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 0 || jobs > maxJobs()) throw new UsageError(`--jobs must be a whole number from 0 to ${maxJobs()} (4 per core), not ${options.jobs}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) throw new UsageError(`--timeout must be a duration ≥ 0, not ${options.timeoutMs}`);
  compileFilters(options);
  rootLabels(options.inputs);
  const output = options.output ?? JSON_OUTPUT;
  // The "json" format is the worker's own pretty text: no parse/render round trip for it.
  const rendersAsWorker = output === JSON_OUTPUT || (output.id === JSON_OUTPUT.id && output.extension === JSON_OUTPUT.extension);
  const settings = settingsStamp(options);
  // Every input of a run is read against the same day (a run past midnight does not change its mind halfway).
  const referenceDate = options.referenceDate ?? isoDay(today());
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const window = Math.max(1, options.maxInFlight ?? Math.max(16, Math.min(MAX_WINDOW, 8 * BUNDLE_FILES * jobs)));
  const signal = options.signal;
  if (signal?.aborted) throw new BatchInterrupted({ found: 0, walked: false, done: 0, parsed: 0, skipped: 0, failed: 0 });

  const out = options.outDir !== undefined ? await OutDir.open(options.outDir, options.inputs) : null;
  const parser: Parser = jobs === 0 ? new InlineParser() : new PoolParser(jobs, timeoutMs);
  // Nothing known yet (a first run into OUTDIR, or no OUTDIR): every input will be parsed, so the
  // workers start loading the pipeline now, while this thread walks the folders. A re-run waits
  // for a first input that needs parsing (one with nothing changed starts no thread).
  if (!out || out.known.size === 0) parser.prepare();
  const progress: BatchProgress = { found: 0, walked: false, done: 0, parsed: 0, skipped: 0, failed: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const wake = new Wake();
  // A failure that stops the whole run (a full disk): thrown once OUTDIR is left consistent.
  let fatal: DiskFull | null = null;
  const onAbort = () => wake.notify();
  signal?.addEventListener('abort', onAbort);

  // The walk runs ahead on its own, holding only paths, so the total is known early (for the ETA)
  // while workers already parse the first files; it pauses WALK_AHEAD paths ahead, so even a
  // million-file tree holds a bounded list.
  const found = new Queue<WalkEntry>();
  const room = new Wake();
  let walkFailure: unknown = null;
  let stopWalk = false;
  const walking = (async () => {
    try {
      let batch = 0;
      for (const entry of walkInputsSync(options.inputs, { include: options.include, exclude: options.exclude, skipRealPaths: out ? [out.real] : [] })) {
        while (found.size >= WALK_AHEAD && !stopWalk) await room.wait();
        if (stopWalk) break;
        found.push(entry);
        progress.found++;
        // The walk is synchronous: every few dozen entries it lets the parsing go on (and replies in).
        if (++batch === WALK_STEP) {
          batch = 0;
          report();
          wake.notify();
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    } catch (e) {
      walkFailure = e;
    } finally {
      progress.walked = true;
      report();
      wake.notify();
    }
  })();

  /**
   * The fast path of a re-run, without a promise: input and output both still the very files the
   * index line stamped (two stats, no reads). Anything else — no stamps, a changed time, size or
   * inode — is checked by content in processEntry.
   */
  const skipUnchanged = (entry: WalkEntry): { index: IndexEntry; target: FsPath } | null => {
    if (!out || options.force || entry.error || isUrl(entry.path)) return null;
    const key = entry.relBytes ? entryKey({ path: entry.relPath, pathBytes: entry.relBytes.toString('base64') }) : entry.relPath;
    const known = out.known.get(key);
    if (!known?.inputStat || !known.outputStat || known.version !== VERSION || known.settings !== settings) return null;
    const target = out.outputPath(entry.relPath, output.extension, entry.relBytes);
    if (!inputUnchanged(entry.pathBytes ?? entry.path, known.inputStat, maxBytes) || !OutDir.unchanged(target, known.outputStat)) return null;
    out.known.delete(key);
    return { index: known.source === entry.path ? known : { ...known, source: entry.path }, target };
  };
  const yieldSkipped = options.yieldSkipped !== false;

  const processEntry = async (entry: WalkEntry): Promise<Done> => {
    const base = { path: entry.path, relPath: entry.relPath };
    if (entry.error) return { result: { ...base, error: entry.error } };
    // A URL among the inputs is downloaded (its charset and final address go to the parser).
    let fetched: { charset: string | null; url: string } | null = null;
    const key = out ? entryKey({ path: entry.relPath, pathBytes: entry.relBytes?.toString('base64') }) : '';
    // The main thread reads an input only to compare it with what the index says (or when it was
    // downloaded); any other input is read by the worker that parses it.
    const known = out ? out.known.get(key) : undefined;
    if (out) out.known.delete(key);
    const comparable = out !== null && !options.force && known !== undefined && known.version === VERSION && known.settings === settings;
    let bytes: Uint8Array | undefined;
    let sha256: string | undefined;
    if (isUrl(entry.path)) {
      try {
        const got = await fetchInput(entry.path, { maxBytes, timeoutMs: options.fetchTimeoutMs });
        if (got.bytes.length === 0) return { result: { ...base, error: 'is empty (the server sent no body)' } };
        bytes = got.bytes;
        fetched = { charset: got.charset, url: got.url };
      } catch (e) {
        return { result: { ...base, error: errorMessage(e, entry.path) } };
      }
    } else if (comparable) {
      const read = readBytesSync(entry.pathBytes ?? entry.path, maxBytes, scratch);
      if ('error' in read) return { result: { ...base, error: read.error } };
      sha256 = createHash('sha256').update(read.bytes).digest('hex');
      const target = out.outputPath(entry.relPath, output.extension, entry.relBytes);
      // What the index claims is checked: the output must still have the sha256 recorded with it.
      const verified = known.sha256 === sha256 ? out.verifyOutput(target, known.outputSha256, options.stampAfterMs) : null;
      if (verified) {
        // Both files verified by content: their stamps let the next run skip them without reading.
        const stamps = stampsOf(read.stat, verified.stamp, options.stampAfterMs);
        const same = known.source === entry.path && known.inputStat === stamps.inputStat && known.outputStat === stamps.outputStat;
        return { result: { ...base, skipped: true, output: target.toString() }, index: same ? known : withStamps({ ...known, source: entry.path }, stamps) };
      }
      bytes = read.bytes.slice(); // out of the scratch buffer, for the worker
    }
    if (bytes && out && sha256 === undefined) sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = out ? out.outputPath(entry.relPath, output.extension, entry.relBytes) : '';
    const shownTarget = typeof target === 'string' ? target : target.toString();
    const relBytes = entry.relBytes;
    const fields = {
      path: entry.relPath,
      pathBytes: relBytes?.toString('base64'),
      source: entry.path,
      output: entry.relPath + output.extension,
      outputBytes: relBytes ? Buffer.concat([relBytes, Buffer.from(output.extension)]).toString('base64') : undefined,
      version: VERSION,
      settings,
    };
    // With the default JSON output the worker writes the file itself (slotFor checks the place and
    // makes the folder here); another format is rendered and written here.
    let write: ParseTask['write'];
    if (out && rendersAsWorker) {
      try {
        write = { slot: out.slotFor(target), shown: shownTarget, fields };
      } catch (e) {
        return { result: { ...base, error: `cannot write ${shownTarget}: ${errorMessage(e, shownTarget)}` } };
      }
    }
    let reply: ParseReply;
    const size = bytes?.length ?? 0;
    bytesInFlight += size;
    if (write) writing.set(key, target);
    try {
      reply = await parser.parse({ bytes, readPath: bytes ? undefined : (entry.pathBytes ?? entry.path), maxBytes, path: entry.path, encoding: options.encoding, explain: options.explain, tokenize: options.tokenize, referenceDate, pdf: options.pdf, withText: options.withText && !out, sha256, pretty: out !== null, charset: fetched?.charset, pageUrl: fetched?.url, write });
      writing.delete(key);
    } catch (e) {
      // Stopping: not this input's fault (and its worker may have written it: `writing` keeps it).
      if (signal?.aborted || parser.stopped) throw e;
      writing.delete(key);
      return { result: { ...base, error: `worker failed: ${errorMessage(e, entry.path)}` } };
    } finally {
      bytesInFlight -= size;
    }
    if ('error' in reply) {
      const full = reply.writeFailed && out ? out.diskFull(target, reply.code) : null;
      if (full) {
        fatal ??= full;
        wake.notify();
        throw full;
      }
      return { result: { ...base, error: reply.error } };
    }
    if (!out) {
      const result = parsedResult(base, reply.json!, reply.summary);
      if (reply.text !== undefined) result.text = reply.text;
      return { result };
    }
    if (reply.index) {
      // Written by the worker: the result's JSON is the output file's text, read only if asked for.
      out.adopt(reply.index, reply.indexLine!);
      const result = writtenResult(base, target, reply.summary);
      return { result, index: reply.index };
    }
    const result = parsedResult(base, reply.json!, reply.summary);
    // The default output is the worker's text itself; another format renders the incident.
    const content = rendersAsWorker ? reply.json! : output.render(result.incident!);
    const index = indexEntryFor(reply.summary, { ...fields, sha256: reply.sha256, outputSha256: createHash('sha256').update(content).digest('hex') });
    // No stamps yet: the output was written just now (too recent to trust its timestamps); the next
    // run verifies it by content and records them.
    try {
      await out.writeAtomic(target, content, JSON.stringify(index));
    } catch (e) {
      if (e instanceof DiskFull) {
        fatal ??= e;
        wake.notify();
        throw e;
      }
      return { result: { ...base, error: `cannot write ${shownTarget}: ${errorMessage(e, shownTarget)}` } };
    }
    result.output = shownTarget;
    return { result, index };
  };

  const scratch = new Scratch();
  let bytesInFlight = 0;
  /** Inputs a worker may be writing the output of (by index key): a stopped worker may have written it. */
  const writing = new Map<string, string | Buffer>();
  const finished = new Map<number, Done>();
  const running = new Set<Promise<void>>();
  let started = 0;
  let yielded = 0;
  let complete = false;
  const settle = (seq: number, done: Done): void => {
    finished.set(seq, done);
    progress.done++;
    if (done.result.error) progress.failed++;
    else if (done.result.skipped) progress.skipped++;
    else progress.parsed++;
    report();
  };
  try {
    for (;;) {
      if (signal?.aborted || fatal) break;
      // Skipped inputs recorded in place (not yielded): progress is reported once for all of them.
      let skippedInPlace = false;
      // Once every input is found, the last ones go to the workers in smaller bundles.
      if (progress.walked) parser.remaining(found.size);
      // Bounded by count (results wait to be yielded in order) and by bytes (inputs can be large).
      while (started - yielded < window && found.size > 0 && bytesInFlight < BYTES_IN_FLIGHT) {
        const seq = started++;
        const entry = found.shift()!;
        room.notify();
        const unchanged = skipUnchanged(entry);
        if (unchanged) {
          if (!yieldSkipped && seq === yielded) {
            // Every input before it is recorded: so is this one, at once, without a result.
            yielded++;
            progress.done++;
            progress.skipped++;
            skippedInPlace = true;
            try {
              const flushing = out!.record(unchanged.index);
              if (flushing) await flushing;
            } catch (e) {
              if (!(e instanceof DiskFull)) throw e;
              fatal ??= e;
              break;
            }
            continue;
          }
          settle(seq, { result: { path: entry.path, relPath: entry.relPath, skipped: true, output: unchanged.target.toString() }, index: unchanged.index });
          continue;
        }
        const task = processEntry(entry).then(
          (done) => settle(seq, done),
          () => {
            // Only stopping gets here (abort, or the consumer left early): the input is simply not done.
          },
        ).finally(() => {
          running.delete(task);
          wake.notify();
        });
        running.add(task);
      }
      if (skippedInPlace) report();
      if (fatal) break;
      const done = finished.get(yielded);
      if (done) {
        finished.delete(yielded);
        yielded++;
        if (out) {
          try {
            if (done.index) {
              const flushing = out.record(done.index);
              if (flushing) await flushing;
            }
            if (done.result.error) await out.recordError(done.result.path, done.result.error);
          } catch (e) {
            if (!(e instanceof DiskFull)) throw e;
            fatal ??= e;
            break;
          }
        }
        if (done.result.skipped && !yieldSkipped) continue;
        yield done.result;
        continue;
      }
      if (progress.walked && found.size === 0 && yielded === started) {
        if (walkFailure) throw walkFailure;
        complete = true;
        break;
      }
      await wake.wait();
    }
  } finally {
    stopWalk = true;
    room.notify();
    signal?.removeEventListener('abort', onAbort);
    await parser.stop();
    await Promise.allSettled(running);
    await walking;
    if (out) {
      try {
        // Outputs finished but not yet yielded are on disk: record them so the next run skips them.
        if (!complete) for (const [, done] of [...finished].sort((a, b) => a[0] - b[0])) if (done.index) await out.record(done.index);
        // Workers stopped with their bundles: what they wrote before that is on disk, and in the log.
        if (writing.size > 0) await out.recordLogged(writing);
        await out.close({ complete, sweepOwnTemps: !complete || parser.lost > 0 });
      } catch (e) {
        // Disk still full: the journals and the write-ahead log stay for the next run.
        if (!(e instanceof DiskFull)) throw e;
        fatal ??= e;
        await out.abandon({ sweepOwnTemps: true });
      }
    }
  }
  if (fatal) throw fatal;
  if (!complete && signal?.aborted) throw new BatchInterrupted({ ...progress });
  return { ...progress };
}

/** A parsed input's result; `incident` is parsed from the JSON text only if someone reads it. */
function parsedResult(base: { path: string; relPath: string }, json: string, summary: IncidentSummary): BatchResult {
  const result: BatchResult = { ...base, json, warnings: summary.warnings, notRelease: summary.notRelease };
  let incident: Incident | undefined;
  Object.defineProperty(result, 'incident', {
    get: () => (incident ??= JSON.parse(json) as Incident),
    enumerable: true,
    configurable: true,
  });
  return result;
}

/** A result whose output the worker wrote: `json` is that file's text and `incident` its parse, both read only when asked for. */
function writtenResult(base: { path: string; relPath: string }, target: string | Buffer, summary: IncidentSummary): BatchResult {
  const output = target.toString();
  const result: BatchResult = { ...base, warnings: summary.warnings, notRelease: summary.notRelease, output };
  let json: string | undefined;
  let incident: Incident | undefined;
  Object.defineProperties(result, {
    json: { get: () => (json ??= readFileSync(target, 'utf8')), enumerable: true, configurable: true },
    incident: { get: () => (incident ??= JSON.parse(result.json!) as Incident), enumerable: true, configurable: true },
  });
  return result;
}

/**
 * V8 hands a function to its optimizing compiler (TurboFan) once the function has run a budget of
 * bytecode. With the default budget (132 KB) the extractors' large functions are compiled, and
 * compiled again after deoptimizations, early in every thread: TurboFan took a third of a batch's
 * CPU time, once per worker. With 1 MiB only code that stays hot is optimized: the same batch takes
 * about a fifth less CPU, and the output is the same (a V8 flag changes how fast, never what).
 * Flags are per process: set once, before the first parser thread starts.
 */
let budgetRaised: Promise<void> | null = null;
function raiseOptimizationBudget(): Promise<void> {
  // node:v8 loads only when something is parsed: a re-run with nothing changed never needs it.
  return (budgetRaised ??= import('node:v8').then(({ setFlagsFromString }) => setFlagsFromString(PARSER_V8_FLAGS)));
}

/**
 * The parser for this thread (`jobs: 0`): the worker bundle a pool thread loads (workerFile) when the
 * build beside this module made one, run through its code cache, so that the pipeline's functions
 * are not compiled again as they are first called (the same parse: one source, bundled); else the
 * module itself (from source, as the tests run it).
 */
async function loadParseTask(): Promise<typeof import('./worker.js').parseTask> {
  const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
  if (existsSync(at('worker/worker.cjs')) && existsSync(at('batch/workerThread.cjs'))) {
    return (createRequire(import.meta.url)(at('batch/workerThread.cjs')) as typeof import('./worker.js')).parseTask;
  }
  return (await import('./worker.js')).parseTask;
}

/** Parses a task somewhere: on the worker pool, or in this thread. */
interface Parser {
  readonly stopped: boolean;
  /** Bundles whose worker was stopped or died under them (it may have been writing an output). */
  readonly lost: number;
  parse(task: ParseTask): Promise<ParseReply>;
  /** How many inputs are still to be handed over, once the walk is done (sizes the last bundles). */
  remaining(inputs: number): void;
  /** Gets ready to parse before the first input comes (starts the workers). */
  prepare(): void;
  stop(): Promise<void>;
}

class InlineParser implements Parser {
  stopped = false;
  readonly lost = 0;
  /** Imported once: a dynamic import per input goes through the module loader's resolution each time. */
  private parseTask: typeof import('./worker.js').parseTask | null = null;
  async parse(task: ParseTask): Promise<ParseReply> {
    if (!this.parseTask) {
      await raiseOptimizationBudget();
      this.parseTask = await loadParseTask();
    }
    return this.parseTask(task);
  }
  remaining(): void {}
  prepare(): void {}
  async stop(): Promise<void> {
    this.stopped = true;
  }
}

/**
 * The piscina pool, created on the first input that needs parsing (a re-run with nothing changed
 * never starts a thread). Inputs go to the workers in bundles (up to BUNDLE_FILES files or
 * BUNDLE_BYTES bytes, sent as soon as the main thread is idle): one message and one wake-up per
 * bundle instead of per file. Each reply wakes the main thread, which on two cores takes the place
 * of a worker while it reads it, so bundles are large; once the walk is done the last inputs go in
 * smaller ones, so that the workers finish together rather than one waiting on the other's last bundle.
 * Bundles are made per output folder and handed over so that the workers write to different
 * folders at once (dispatch).
 *
 * Each input has a time budget: the worker writes which input of its bundle it is on, and since
 * when, into a small shared buffer; a timer per bundle reads it (a new worker's first input gets
 * twice the budget: it also loads the pipeline and kuromoji). An input past its budget has its
 * worker stopped (piscina replaces it), fails with one line, and the other inputs of its bundle
 * (and of any other bundle that worker held) are queued again — a few times at most, so an input
 * that kills its worker every time still ends.
 */
class PoolParser implements Parser {
  private creating: Promise<import('piscina').Piscina> | null = null;
  /** Bundles being filled, by output folder ('' without -o). */
  private filling = new Map<string, { items: Pending[]; bytes: number }>();
  /** Bundles full (or flushed) and waiting for room in the pool, oldest first. */
  private ready: { folder: string; items: Pending[] }[] = [];
  private flushing = false;
  /** Bundles in the pool, and how many of them write to each output folder. */
  private inPool = 0;
  private writing = new Map<string, number>();
  private bundleFiles = BUNDLE_FILES;
  stopped = false;
  lost = 0;

  constructor(private readonly jobs: number, private readonly timeoutMs: number) {}

  private getPool(): Promise<import('piscina').Piscina> {
    if (!this.creating) {
      // A pool the CLI started before it read the command line, if it has as many threads.
      if (earlyPool?.jobs === this.jobs) {
        this.creating = earlyPool.pool;
        earlyPool = null;
      } else this.creating = createPool(this.jobs);
      // A pool that cannot start fails the bundles sent to it; until one is, its failure is no crash.
      this.creating.catch(() => {});
    }
    return this.creating;
  }

  prepare(): void {
    void this.getPool();
  }

  remaining(inputs: number): void {
    // About two bundles per worker for what is left, down to TAIL_BUNDLE_FILES.
    this.bundleFiles = Math.max(TAIL_BUNDLE_FILES, Math.min(BUNDLE_FILES, Math.ceil(inputs / (2 * this.jobs))));
  }

  // No AbortSignal per task (one listener each would pile up): stop() destroys the pool, which
  // rejects every queued and running bundle at once.
  parse(task: ParseTask): Promise<ParseReply> {
    if (this.stopped) return Promise.reject(new Error('batch stopped'));
    return new Promise<ParseReply>((resolve, reject) => this.enqueue({ task, resolve, reject, attempts: 0 }));
  }

  private enqueue(item: Pending): void {
    void this.getPool();
    const folder = folderOf(item.task);
    // An input sent again goes alone: if it is the one that kills its worker, it takes no other down.
    if (item.attempts > 0) {
      this.ready.push({ folder, items: [item] });
      return this.dispatch();
    }
    let bundle = this.filling.get(folder);
    if (!bundle) {
      bundle = { items: [], bytes: 0 };
      this.filling.set(folder, bundle);
    }
    bundle.items.push(item);
    bundle.bytes += item.task.bytes?.length ?? 0;
    if (bundle.items.length >= this.bundleFiles || bundle.bytes >= BUNDLE_BYTES) {
      this.filling.delete(folder);
      this.ready.push({ folder, items: bundle.items });
      this.dispatch();
    } else if (!this.flushing) {
      // What this turn of the main thread added goes out once it is idle, full or not.
      this.flushing = true;
      setImmediate(() => {
        this.flushing = false;
        this.flush();
      });
    }
  }

  /** Every bundle being filled is ready (in the order they were begun). */
  private flush(): void {
    for (const [folder, bundle] of this.filling) this.ready.push({ folder, items: bundle.items });
    this.filling.clear();
    this.dispatch();
  }

  /**
   * Hands ready bundles to the pool, two per worker at most (one running, the next waiting in the
   * worker), each time the oldest whose output folder no bundle in the pool is writing to, if any:
   * two workers creating files in one folder take turns on its lock (and spin on it), in two
   * folders they do not. Inputs are still yielded in path order (they wait in the window).
   */
  private dispatch(): void {
    if (this.stopped) return this.failWaiting(new Error('batch stopped'));
    while (this.inPool < 2 * this.jobs && this.ready.length > 0) {
      let pick = this.ready.findIndex((b) => !this.writing.has(b.folder));
      if (pick < 0) pick = 0;
      const [bundle] = this.ready.splice(pick, 1);
      this.inPool++;
      this.writing.set(bundle.folder, (this.writing.get(bundle.folder) ?? 0) + 1);
      this.send(bundle.items, () => {
        this.inPool--;
        const left = this.writing.get(bundle.folder)! - 1;
        if (left === 0) this.writing.delete(bundle.folder);
        else this.writing.set(bundle.folder, left);
        this.dispatch();
      });
    }
  }

  /** Rejects every input not yet handed to the pool. */
  private failWaiting(e: unknown): void {
    const waiting = [...this.ready.flatMap((b) => b.items), ...[...this.filling.values()].flatMap((b) => b.items)];
    this.ready = [];
    this.filling.clear();
    waiting.forEach((r) => r.reject(e));
  }

  /** Runs one bundle on the pool; `settled` is called once it is done, whichever way. */
  private send(items: Pending[], settled: () => void): void {
    const failAll = (e: unknown) => items.forEach((r) => r.reject(e));
    // [0]: the input being parsed (-1 before the first); the float at byte 8: when it started (Date.now()).
    const progress = new SharedArrayBuffer(16);
    const current = new Int32Array(progress, 0, 1);
    const since = new Float64Array(progress, 8, 1);
    current[0] = -1;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let timedOut = -1;
    const watch = (delay: number) => {
      timer = setTimeout(() => {
        const i = Atomics.load(current, 0);
        if (i < 0) return watch(this.timeoutMs); // still queued behind the worker's other bundle
        const left = since[0] + this.timeoutMs - Date.now();
        if (left > 0) return watch(left + 5);
        timedOut = i;
        controller.abort();
      }, delay);
    };
    if (this.timeoutMs > 0) watch(this.timeoutMs);
    // The bytes are copied, not transferred: an input whose worker is stopped is sent again.
    this.getPool().then(
      (pool) =>
        pool.run({ tasks: items.map((r) => r.task), progress, warmUpMs: this.timeoutMs }, { signal: controller.signal }).then(
          (replies: ParseReply[]) => {
            clearTimeout(timer);
            settled();
            replies.forEach((reply, i) => items[i].resolve(reply));
          },
          (e: unknown) => {
            clearTimeout(timer);
            settled();
            this.lost++;
            if (this.stopped) return failAll(e);
            items.forEach((item, i) => {
              if (i === timedOut) item.resolve({ error: `took longer than the --timeout of ${formatDuration(this.timeoutMs)}; its worker was stopped` });
              else if (item.attempts < MAX_ATTEMPTS) this.enqueue({ ...item, attempts: item.attempts + 1 });
              else item.reject(e);
            });
          },
        ),
      (e: unknown) => {
        settled();
        failAll(e);
      },
    );
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.failWaiting(new Error('batch stopped'));
    if (this.creating) await (await this.creating).destroy();
  }
}

async function createPool(jobs: number): Promise<import('piscina').Piscina> {
  await raiseOptimizationBudget();
  const { Piscina } = await import('piscina');
  // Two bundles per worker: the next one is already waiting in the worker when it finishes
  // one, so a busy main thread (reading, writing) never leaves a worker idle.
  // One worker to start with; piscina adds more (up to jobs) while bundles wait, so a small
  // input does not pay for starting workers (each loads the pipeline) it never uses.
  const pool = new Piscina({ filename: workerFile(), minThreads: 1, maxThreads: jobs, idleTimeout: 1000, concurrentTasksPerWorker: 2 });
  // A reply that arrives after destroy() (Ctrl-C, a closed pipe) is an 'error' event, and an
  // unheard 'error' event kills the process. A worker that dies while running rejects its
  // bundle, whose inputs are queued again; nothing else needs doing here.
  pool.on('error', () => {});
  return pool;
}

/** A pool started before the command line was read (startPoolEarly), until a batch with as many threads takes it. */
let earlyPool: { jobs: number; pool: Promise<import('piscina').Piscina> } | null = null;

/**
 * Starts the worker pool of a batch about to run, before the CLI has loaded and read its options:
 * a worker takes ~0.1 s to load the pipeline, on a core the CLI's own start-up leaves idle. The
 * first batch run with `jobs` threads takes it; dropEarlyPool ends it if none did.
 */
export function startPoolEarly(jobs: number): void {
  if (earlyPool || !Number.isInteger(jobs) || jobs < 1 || jobs > maxJobs()) return;
  earlyPool = { jobs, pool: createPool(jobs) };
  earlyPool.pool.catch(() => {});
}

/** Ends a pool startPoolEarly started that no batch took (the options were wrong, nothing needed parsing). */
export async function dropEarlyPool(): Promise<void> {
  const early = earlyPool;
  earlyPool = null;
  if (early) await (await early.pool.catch(() => null))?.destroy();
}

/** The folder an input's output is written to (with -o), as a key; '' when the main thread writes. */
function folderOf(task: ParseTask): string {
  const target = task.write?.slot.target;
  if (target === undefined) return '';
  const key = typeof target === 'string' ? target : target.toString('latin1');
  return key.slice(0, key.lastIndexOf(sep));
}

interface Pending {
  task: ParseTask;
  resolve: (r: ParseReply) => void;
  reject: (e: unknown) => void;
  /** Times sent again after its worker was stopped (for another input's timeout, or a crash). */
  attempts: number;
}

/** How often an input whose worker died under it is sent again. */
const MAX_ATTEMPTS = 3;

/** 30000 → "30 s", 1500 → "1.5 s", 120000 → "2 min". */


/** The most files and bytes sent to a worker in one message. */
const BUNDLE_FILES = 32;
const BUNDLE_BYTES = 256 * 1024;
/** The fewest files a bundle is cut to near the end of a run. */
const TAIL_BUNDLE_FILES = 4;
/** The most inputs in flight by default, however many workers: results wait there to be yielded in order. */
const MAX_WINDOW = 4096;

/**
 * The worker each thread loads: the build's bundle of it (dist/worker/worker.cjs, one file instead of
 * ~90 modules, with its code cache: scripts/bundle-worker.mjs), through dist/batch/workerThread.cjs,
 * when it is there; else the compiled module dist/batch/worker.js. Found from dist/batch/ and from
 * the CLI's bundle in dist/bundle/ alike, or from src/batch/ when this module runs from source (tests).
 */
export function workerFile(): string {
  for (const dist of ['..', '../../dist']) {
    const at = (path: string) => fileURLToPath(new URL(`${dist}/${path}`, import.meta.url));
    if (existsSync(at('worker/worker.cjs')) && existsSync(at('batch/workerThread.cjs'))) return at('batch/workerThread.cjs');
    if (existsSync(at('batch/worker.js'))) return at('batch/worker.js');
  }
  throw new Error('the batch worker is not built: run `npm run build` (or use jobs: 0)');
}

/** A FIFO of walk entries that does not shift arrays element by element. */
class Queue<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined as T;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

/** Wakes the run loop when anything happens (an input found, a task done, an abort); never loses a wake-up. */
class Wake {
  private pending: (() => void) | null = null;
  private flagged = false;
  notify(): void {
    if (this.pending) {
      const resolve = this.pending;
      this.pending = null;
      resolve();
    } else this.flagged = true;
  }
  wait(): Promise<void> {
    if (this.flagged) {
      this.flagged = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => (this.pending = resolve));
  }
}

/** Whether the input at `path` is still the file `stamp` recorded (followed through links, as it is read). */
function inputUnchanged(path: string | Buffer, stamp: string, maxBytes: number): boolean {
  const info = statSync(path, { throwIfNoEntry: false });
  // Over a lowered --max-bytes, the input is read (and refused) as before.
  return info !== undefined && info.isFile() && info.size <= maxBytes && stampMatches(info, stamp);
}

function stampsOf(input: BigIntStats | undefined, outputStat: string | undefined, afterMs?: number): Pick<IndexEntry, 'inputStat' | 'outputStat'> {
  const inputStat = input ? verifiedStamp(input, afterMs) : undefined;
  // Only both together let a run skip without reading.
  return inputStat && outputStat ? { inputStat, outputStat } : {};
}

/** The entry with these stamps in place of any it had (the stamps sit before `version`, as indexEntryFor orders the fields). */
function withStamps(entry: IndexEntry, stamps: Pick<IndexEntry, 'inputStat' | 'outputStat'>): IndexEntry {
  const { inputStat: _i, outputStat: _o, ...rest } = entry;
  const ordered: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) {
    if (k === 'version' && stamps.inputStat) Object.assign(ordered, stamps);
    ordered[k] = v;
  }
  return ordered as unknown as IndexEntry;
}
