import { createHash } from 'node:crypto';
import { parse } from '../parse.js';
import { figuresOf, type Figures } from '../output/headline.js';
import { errorMessage } from './message.js';
import { notAReleaseReason } from '../incident/nonRelease.js';
import type { Incident, IncidentType } from '../types.js';
import type { PdfLimits } from '../format/pdf/limits.js';
import { indexEntryFor, StagedOutputs, writeOutputSync, type IndexEntry, type OutputSlot } from './outdir.js';
import { readBytesSync } from './read.js';

/**
 * The worker-thread side of `batch`: a path in (or bytes, for a download or an input the main thread
 * had to read to compare with the index), and with -o the worker reads the input, parses it, writes
 * the output file (temporary file, write-ahead log, rename: src/batch/outdir.ts writeOutputSync)
 * and sends back only the output's index line (the outputs of a bundle are renamed into place together
 * at its end, after one write of their lines to the log: StagedOutputs). Without -o it sends the incident as JSON text: a
 * string crosses threads as one copy, where a structured clone of the incident cost more than a
 * tenth of each worker's time, and the main thread writes the text as it is (an NDJSON line).
 * Each worker thread imports the pipeline once; kuromoji, when an extractor asks for it, is loaded
 * once per thread by the module singleton in src/tokenize/kuromoji.ts.
 */
export interface ParseTask {
  /** The input's bytes; without them the worker reads `readPath` itself (within maxBytes). */
  bytes?: Uint8Array;
  /** The path to read (bytes when a name is not valid UTF-8). */
  readPath?: string | Uint8Array;
  maxBytes?: number;
  /** Shown as the incident's source.path. */
  path: string;
  encoding?: string;
  explain?: boolean;
  tokenize?: boolean;
  /** The day a text with no publication date is read against (ParseOptions.referenceDate). */
  referenceDate?: string | null;
  pdf?: Partial<PdfLimits>;
  /** sha256 of the bytes when the main thread hashed them already, so it is not hashed twice. */
  sha256?: string;
  /** Pretty (`disclose parse FILE`, the -o files) or compact (one NDJSON line) JSON. */
  pretty: boolean;
  /** A downloaded input's Content-Type charset and final URL. */
  charset?: string | null;
  pageUrl?: string | null;
  /** Send the decoded text back too (`stats` and `incidents` read quoted titles and dates from it). */
  withText?: boolean;
  /** With -o and the default JSON output: where to write it, and its index line's fields. */
  write?: { slot: OutputSlot; shown: string; fields: Omit<Parameters<typeof indexEntryFor>[1], 'sha256' | 'outputSha256'> };
}

/** What the index and the progress need to know about an incident without parsing its JSON. */
export interface IncidentSummary extends Figures {
  organization: string | null;
  publishedAt: string | null;
  incidentTypes: IncidentType[];
  warnings: string[];
  /** Why the file is not a release (src/incident/nonRelease.ts), or null: the main thread need not parse the JSON to know. */
  notRelease: string | null;
}

/**
 * A parsed input: its JSON text (`json`, unless the worker wrote it to its output file), what the
 * index needs, the input's sha256, and with `write` the output's index entry and its JSON line.
 * An input that failed has `error`; one whose output could not be written also has `writeFailed`
 * and the file system's `code` (a full disk stops the run).
 */
export type ParseReply =
  | { json?: string; summary: IncidentSummary; sha256: string; index?: IndexEntry; indexLine?: string; text?: string }
  | { error: string; writeFailed?: boolean; code?: string };

/**
 * What the pool runs: a bundle of inputs (one message for several files), replies in the same
 * order. `progress` (shared with the main thread) says which input is being parsed and since when,
 * so the main thread can stop a worker whose input is past its time budget. Bundles given to one
 * worker run one after the other, so each one's clock starts only when its first input does.
 */
export default async function parseBundle(bundle: Bundle): Promise<ParseReply[]> {
  const run = queue.then(() => parseAll(bundle));
  queue = run.catch(() => {});
  return run;
}

interface Bundle {
  tasks: ParseTask[];
  progress?: SharedArrayBuffer;
  /** Added to the first input's clock in a new worker: it also loads the pipeline (and kuromoji). */
  warmUpMs?: number;
}

let queue: Promise<unknown> = Promise.resolve();
let warm = false;

async function parseAll(bundle: Bundle): Promise<ParseReply[]> {
  const current = bundle.progress ? new Int32Array(bundle.progress, 0, 1) : null;
  const since = bundle.progress ? new Float64Array(bundle.progress, 8, 1) : null;
  const replies: ParseReply[] = [];
  // The bundle's outputs: written as they are parsed, logged and renamed into place at its end.
  const staged = new StagedOutputs();
  try {
    for (let i = 0; i < bundle.tasks.length; i++) {
      if (since && current) {
        since[0] = Date.now() + (warm ? 0 : bundle.warmUpMs ?? 0);
        Atomics.store(current, 0, i);
        warm = true;
      }
      hangForTests(bundle.tasks[i].path);
      replies.push(await parseTask(bundle.tasks[i], { staged, id: i }));
    }
    for (const [i, e] of staged.commit()) replies[i] = writeFailure(bundle.tasks[i], e);
  } finally {
    staged.close();
  }
  return replies;
}

/**
 * A test seam for the time budget: with DISCLOSE_TEST_HANG=<text>, an input whose path contains
 * <text> keeps its worker busy for an hour, as a pathological page would (worker threads only).
 */
const hangNeedle = process.env.DISCLOSE_TEST_HANG;
function hangForTests(path: string): void {
  if (!hangNeedle || !path.includes(hangNeedle)) return;
  const until = Date.now() + 3_600_000;
  while (Date.now() < until) {
    // busy, as a runaway parse is
  }
}

/** One input (also what `jobs: 0` calls in the main thread, which writes each output at once); with `bundle` its output is staged there. */
export async function parseTask(task: ParseTask, bundle?: { staged: StagedOutputs; id: number }): Promise<ParseReply> {
  let bytes = task.bytes;
  if (!bytes) {
    const readPath = typeof task.readPath === 'string' || task.readPath === undefined ? (task.readPath ?? task.path) : Buffer.from(task.readPath.buffer, task.readPath.byteOffset, task.readPath.byteLength);
    const read = readBytesSync(readPath, task.maxBytes ?? Number.MAX_SAFE_INTEGER);
    if ('error' in read) return { error: read.error };
    bytes = read.bytes;
  }
  const sha256 = task.sha256 ?? createHash('sha256').update(bytes).digest('hex');
  let incident: Incident;
  let text: string | undefined;
  const onText = task.withText ? (t: string) => void (text = t) : undefined;
  try {
    incident = await parse(bytes, { path: task.path, encoding: task.encoding, explain: task.explain, tokenize: task.tokenize, referenceDate: task.referenceDate, pdf: task.pdf, sha256, charset: task.charset, pageUrl: task.pageUrl, onText });
  } catch (e) {
    return { error: errorMessage(e, task.path) };
  }
  // The same text as formatJson / formatNdjsonLine (src/output/json.ts).
  const json = task.pretty ? JSON.stringify(incident, null, 2) + '\n' : JSON.stringify(incident) + '\n';
  const summary = summaryOf(incident);
  if (!task.write) return { json, summary, sha256, ...(text !== undefined ? { text } : {}) };
  const content = Buffer.from(json);
  const index = indexEntryFor(summary, { ...task.write.fields, sha256, outputSha256: createHash('sha256').update(content).digest('hex') });
  const indexLine = JSON.stringify(index);
  try {
    if (bundle) bundle.staged.stage(bundle.id, task.write.slot, content, indexLine);
    else writeOutputSync(task.write.slot, content, indexLine);
  } catch (e) {
    return writeFailure(task, e);
  }
  return { summary, sha256, index, indexLine };
}

/** An output that could not be written: one line, and the file system's code (a full disk stops the run). */
function writeFailure(task: ParseTask, e: unknown): ParseReply {
  const shown = task.write!.shown;
  return { error: `cannot write ${shown}: ${errorMessage(e, shown)}`, writeFailed: true, code: (e as NodeJS.ErrnoException).code };
}

export function summaryOf(incident: Incident): IncidentSummary {
  return {
    organization: incident.organization?.name ?? null,
    publishedAt: incident.publishedAt,
    incidentTypes: incident.incidentTypes,
    ...figuresOf(incident),
    warnings: incident.warnings,
    notRelease: notAReleaseReason(incident),
  };
}
