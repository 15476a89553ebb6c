import { parse } from '../parse.js';
import { figuresOf, type Figures } from '../output/headline.js';
import { errorMessage } from './message.js';
import { notAReleaseReason } from '../incident/nonRelease.js';
import type { Incident, IncidentType } from '../types.js';

/**
 * The worker-thread side of `batch`: bytes in (read, size-checked and hashed by the main thread,
 * transferred without a copy), the incident as JSON text out, plus the few fields the index needs.
 * Text, not the object: a string crosses threads as one copy, where a structured clone of the
 * incident cost more than a tenth of each worker's time, and the main thread writes the text as it
 * is (an output file, an NDJSON line) without a parse/stringify round trip.
 * Each worker thread imports the pipeline once; kuromoji, when an extractor asks for it, is loaded
 * once per thread by the module singleton in src/tokenize/kuromoji.ts.
 */
export interface ParseTask {
  bytes: Uint8Array;
  path: string;
  encoding?: string;
  explain?: boolean;
  tokenize?: boolean;
  /** sha256 of the bytes when the main thread hashed them already (with -o), so it is not hashed twice. */
  sha256?: string;
  /** Pretty (`disclose parse FILE`, the -o files) or compact (one NDJSON line) JSON. */
  pretty: boolean;
  /** A downloaded input's Content-Type charset and final URL. */
  charset?: string | null;
  pageUrl?: string | null;
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

export type ParseReply = { json: string; summary: IncidentSummary } | { error: string };

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
  for (let i = 0; i < bundle.tasks.length; i++) {
    if (since && current) {
      since[0] = Date.now() + (warm ? 0 : bundle.warmUpMs ?? 0);
      Atomics.store(current, 0, i);
      warm = true;
    }
    hangForTests(bundle.tasks[i].path);
    replies.push(await parseTask(bundle.tasks[i]));
  }
  return replies;
}

/**
 * A test seam for the time budget: with DISCLOSE_TEST_HANG=<text>, an input whose path contains
 * <text> keeps its worker busy for an hour, as a pathological page would (worker threads only).
 */
function hangForTests(path: string): void {
  const needle = process.env.DISCLOSE_TEST_HANG;
  if (!needle || !path.includes(needle)) return;
  const until = Date.now() + 3_600_000;
  while (Date.now() < until) {
    // busy, as a runaway parse is
  }
}

/** One input (also what `jobs: 0` calls in the main thread). */
export async function parseTask(task: ParseTask): Promise<ParseReply> {
  let incident: Incident;
  try {
    incident = await parse(task.bytes, { path: task.path, encoding: task.encoding, explain: task.explain, tokenize: task.tokenize, sha256: task.sha256, charset: task.charset, pageUrl: task.pageUrl });
  } catch (e) {
    return { error: errorMessage(e, task.path) };
  }
  // The same text as formatJson / formatNdjsonLine (src/output/json.ts).
  const json = task.pretty ? JSON.stringify(incident, null, 2) + '\n' : JSON.stringify(incident) + '\n';
  return { json, summary: summaryOf(incident) };
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
