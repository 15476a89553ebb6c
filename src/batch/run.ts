import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DiscloseError, EXIT_INTERRUPTED, UsageError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../io/read.js';
import { formatJson } from '../output/json.js';
import { VERSION } from '../version.js';
import type { Incident } from '../types.js';
import { OutDir, indexEntryFor, type IndexEntry } from './outdir.js';
import { compileFilters, rootLabels, walkInputs, type WalkEntry } from './walk.js';
import { fetchInput, isUrl } from '../io/fetch.js';
import { errorMessage } from './message.js';
import { readBytesSync, Scratch } from './read.js';
import type { IncidentSummary, ParseReply, ParseTask } from './worker.js';

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
  /** How output files are rendered (default JSON_OUTPUT). */
  output?: OutputWriter;
  /** Abort to stop: workers are terminated, no partial file is left, and the iteration throws BatchInterrupted. */
  signal?: AbortSignal;
  /** Called as inputs are found and finished (for a progress bar). */
  onProgress?: (progress: BatchProgress) => void;
  /** Inputs read or parsed ahead of the one being yielded (bounds memory; default 32 per job). */
  maxInFlight?: number;
}

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
  /** The incident's warnings (readable without parsing it). */
  warnings?: string[];
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
export function settingsStamp(options: Pick<BatchOptions, 'output' | 'explain' | 'encoding' | 'tokenize'>): string {
  const output = options.output ?? JSON_OUTPUT;
  return [`format=${output.id}${output.extension}`, `explain=${options.explain ? 1 : 0}`, `encoding=${options.encoding ?? 'auto'}`, `tokenize=${options.tokenize === false ? 0 : 1}`].join(' ');
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** Input bytes read but not yet parsed, beyond which no new input is read (--max-bytes inputs add up). */
const BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** Paths the walk may list ahead of the parsing (about 100 bytes each). */
const WALK_AHEAD = 100_000;

interface Done {
  result: BatchResult;
  index?: IndexEntry;
}

export async function* runBatch(options: BatchOptions): AsyncGenerator<BatchResult, BatchProgress, undefined> {
  if (options.inputs.length === 0) throw new UsageError('no input folders given');
  const jobs = options.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs must be a whole number ≥ 0, not ${options.jobs}`);
  compileFilters(options);
  rootLabels(options.inputs);
  const output = options.output ?? JSON_OUTPUT;
  // The "json" format is the worker's own pretty text: no parse/render round trip for it.
  const rendersAsWorker = output === JSON_OUTPUT || (output.id === JSON_OUTPUT.id && output.extension === JSON_OUTPUT.extension);
  const settings = settingsStamp(options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const window = Math.max(1, options.maxInFlight ?? Math.max(16, 32 * jobs));
  const signal = options.signal;
  if (signal?.aborted) throw new BatchInterrupted({ found: 0, walked: false, done: 0, parsed: 0, skipped: 0, failed: 0 });

  const out = options.outDir !== undefined ? await OutDir.open(options.outDir, options.inputs) : null;
  const parser: Parser = jobs === 0 ? new InlineParser() : new PoolParser(jobs);
  const progress: BatchProgress = { found: 0, walked: false, done: 0, parsed: 0, skipped: 0, failed: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const wake = new Wake();
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
      for await (const entry of walkInputs(options.inputs, { include: options.include, exclude: options.exclude, skipRealPaths: out ? [out.real] : [] })) {
        while (found.size >= WALK_AHEAD && !stopWalk) await room.wait();
        if (stopWalk) break;
        found.push(entry);
        progress.found++;
        report();
        wake.notify();
      }
    } catch (e) {
      walkFailure = e;
    } finally {
      progress.walked = true;
      report();
      wake.notify();
    }
  })();

  const processEntry = async (entry: WalkEntry): Promise<Done> => {
    const base = { path: entry.path, relPath: entry.relPath };
    if (entry.error) return { result: { ...base, error: entry.error } };
    // With outDir, read into the scratch buffer: an unchanged input is only hashed. The bytes are
    // copied out (into a buffer of their own, for the worker) only when the input is parsed.
    // A URL among the inputs is downloaded (its charset and final address go to the parser).
    let fetched: { charset: string | null; url: string } | null = null;
    let read: { bytes: Uint8Array } | { error: string };
    if (isUrl(entry.path)) {
      try {
        const got = await fetchInput(entry.path, { maxBytes, timeoutMs: options.fetchTimeoutMs });
        read = got.bytes.length > 0 ? { bytes: got.bytes } : { error: 'is empty (the server sent no body)' };
        fetched = { charset: got.charset, url: got.url };
      } catch (e) {
        read = { error: errorMessage(e, entry.path) };
      }
    } else read = readBytesSync(entry.path, maxBytes, out ? scratch : undefined);
    if ('error' in read) return { result: { ...base, error: read.error } };
    let bytes = read.bytes;
    let sha256 = '';
    let target = '';
    if (out) {
      sha256 = createHash('sha256').update(bytes).digest('hex');
      target = out.outputPath(entry.relPath, output.extension);
      const known = out.known.get(entry.relPath);
      out.known.delete(entry.relPath);
      if (!options.force && known && known.sha256 === sha256 && known.version === VERSION && known.settings === settings && out.hasOutput(target)) {
        return { result: { ...base, skipped: true, output: target }, index: known.source === entry.path ? known : { ...known, source: entry.path } };
      }
    }
    if (out) bytes = bytes.slice();
    let reply: ParseReply;
    const size = bytes.length;
    bytesInFlight += size;
    try {
      reply = await parser.parse({ bytes, path: entry.path, encoding: options.encoding, explain: options.explain, tokenize: options.tokenize, sha256: sha256 || undefined, pretty: out !== null, charset: fetched?.charset, pageUrl: fetched?.url });
    } catch (e) {
      if (signal?.aborted || parser.stopped) throw e; // stopping: not this input's fault
      return { result: { ...base, error: `worker failed: ${errorMessage(e, entry.path)}` } };
    } finally {
      bytesInFlight -= size;
    }
    if ('error' in reply) return { result: { ...base, error: reply.error } };
    const result = parsedResult(base, reply.json, reply.summary);
    if (!out) return { result };
    try {
      // The default output is the worker's text itself; another format renders the incident.
      await out.writeAtomic(target, rendersAsWorker ? reply.json : output.render(result.incident!));
    } catch (e) {
      return { result: { ...base, error: `cannot write ${target}: ${errorMessage(e, target)}` } };
    }
    result.output = target;
    const outputRel = entry.relPath + output.extension;
    return { result, index: indexEntryFor(reply.summary, { path: entry.relPath, source: entry.path, output: outputRel, sha256, version: VERSION, settings }) };
  };

  const scratch = new Scratch();
  let bytesInFlight = 0;
  const finished = new Map<number, Done>();
  const running = new Set<Promise<void>>();
  let started = 0;
  let yielded = 0;
  let complete = false;
  try {
    for (;;) {
      if (signal?.aborted) break;
      // Bounded by count (results wait to be yielded in order) and by bytes (inputs can be large).
      while (started - yielded < window && found.size > 0 && bytesInFlight < BYTES_IN_FLIGHT) {
        const seq = started++;
        const entry = found.shift()!;
        room.notify();
        const task = processEntry(entry).then(
          (done) => {
            finished.set(seq, done);
            progress.done++;
            if (done.result.error) progress.failed++;
            else if (done.result.skipped) progress.skipped++;
            else progress.parsed++;
            report();
          },
          () => {
            // Only stopping gets here (abort, or the consumer left early): the input is simply not done.
          },
        ).finally(() => {
          running.delete(task);
          wake.notify();
        });
        running.add(task);
      }
      const done = finished.get(yielded);
      if (done) {
        finished.delete(yielded);
        yielded++;
        if (out) {
          if (done.index) await out.record(done.index);
          if (done.result.error) await out.recordError(done.result.path, done.result.error);
        }
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
      // Outputs finished but not yet yielded are on disk: record them so the next run skips them.
      if (!complete) for (const [, done] of [...finished].sort((a, b) => a[0] - b[0])) if (done.index) await out.record(done.index);
      await out.close({ complete });
    }
  }
  if (!complete && signal?.aborted) throw new BatchInterrupted({ ...progress });
  return { ...progress };
}

/** A parsed input's result; `incident` is parsed from the JSON text only if someone reads it. */
function parsedResult(base: { path: string; relPath: string }, json: string, summary: IncidentSummary): BatchResult {
  const result: BatchResult = { ...base, json, warnings: summary.warnings };
  let incident: Incident | undefined;
  Object.defineProperty(result, 'incident', {
    get: () => (incident ??= JSON.parse(json) as Incident),
    enumerable: true,
    configurable: true,
  });
  return result;
}

/** Parses a task somewhere: on the worker pool, or in this thread. */
interface Parser {
  readonly stopped: boolean;
  parse(task: ParseTask): Promise<ParseReply>;
  stop(): Promise<void>;
}

class InlineParser implements Parser {
  stopped = false;
  async parse(task: ParseTask): Promise<ParseReply> {
    const { parseTask } = await import('./worker.js');
    return parseTask(task);
  }
  async stop(): Promise<void> {
    this.stopped = true;
  }
}

/**
 * The piscina pool, created on the first input that needs parsing (a re-run with nothing changed
 * never starts a thread). Inputs go to the workers in small bundles (up to BUNDLE_FILES files or
 * BUNDLE_BYTES bytes, sent as soon as the main thread is idle): one message and one wake-up per
 * bundle instead of per file, which matters on a busy machine. Bytes are transferred, not copied.
 */
class PoolParser implements Parser {
  private creating: Promise<import('piscina').Piscina> | null = null;
  private bundle: { tasks: ParseTask[]; bytes: number; replies: { resolve: (r: ParseReply) => void; reject: (e: unknown) => void }[] } | null = null;
  stopped = false;

  constructor(private readonly jobs: number) {}

  private getPool(): Promise<import('piscina').Piscina> {
    if (!this.creating) {
      this.creating = (async () => {
        const { Piscina } = await import('piscina');
        // Two bundles per worker: the next one is already waiting in the worker when it finishes
        // one, so a busy main thread (reading, writing) never leaves a worker idle.
        const pool = new Piscina({ filename: workerFile(), minThreads: this.jobs, maxThreads: this.jobs, idleTimeout: 1000, concurrentTasksPerWorker: 2 });
        // A reply that arrives after destroy() (Ctrl-C, a closed pipe) is an 'error' event, and an
        // unheard 'error' event kills the process. A worker that dies while running rejects its
        // bundle, which the batch reports as those inputs' failure; nothing else needs doing here.
        pool.on('error', () => {});
        return pool;
      })();
    }
    return this.creating;
  }

  // No AbortSignal per task (one listener each would pile up): stop() destroys the pool, which
  // rejects every queued and running bundle at once.
  parse(task: ParseTask): Promise<ParseReply> {
    if (this.stopped) return Promise.reject(new Error('batch stopped'));
    void this.getPool();
    const buffer = task.bytes.buffer as ArrayBuffer;
    const own = task.bytes.byteOffset === 0 && task.bytes.byteLength === buffer.byteLength;
    const bytes = own ? task.bytes : task.bytes.slice(); // a view of a shared buffer cannot be moved
    return new Promise<ParseReply>((resolve, reject) => {
      if (!this.bundle) {
        this.bundle = { tasks: [], bytes: 0, replies: [] };
        setImmediate(() => this.send());
      }
      this.bundle.tasks.push({ ...task, bytes });
      this.bundle.bytes += bytes.length;
      this.bundle.replies.push({ resolve, reject });
      if (this.bundle.tasks.length >= BUNDLE_FILES || this.bundle.bytes >= BUNDLE_BYTES) this.send();
    });
  }

  private send(): void {
    const bundle = this.bundle;
    if (!bundle) return;
    this.bundle = null;
    const failAll = (e: unknown) => bundle.replies.forEach((r) => r.reject(e));
    if (this.stopped) return failAll(new Error('batch stopped'));
    this.getPool().then(
      (pool) =>
        pool.run({ tasks: bundle.tasks }, { transferList: bundle.tasks.map((t) => t.bytes.buffer as ArrayBuffer) }).then(
          (replies: ParseReply[]) => replies.forEach((reply, i) => bundle.replies[i].resolve(reply)),
          failAll,
        ),
      failAll,
    );
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.send(); // rejects what waits to be bundled
    if (this.creating) await (await this.creating).destroy();
  }
}

/** The most files and bytes sent to a worker in one message. */
const BUNDLE_FILES = 8;
const BUNDLE_BYTES = 256 * 1024;

/** The compiled worker beside this module, or dist's when this module runs from source (tests). */
export function workerFile(): string {
  const beside = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));
  if (existsSync(built)) return built;
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
