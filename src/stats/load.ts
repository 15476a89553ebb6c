import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { realpathSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { runBatch } from '../batch/run.js';
import { InputError } from '../errors.js';
import { describeFsError } from '../io/read.js';
import { parseFile } from '../parse.js';
import type { Incident } from '../types.js';
import type { Release } from './group.js';

export interface Loaded {
  releases: Release[];
  failed: number;
}

export interface LoadOptions {
  /** Told about each input that failed (the CLI prints it on stderr). */
  onError?: (path: string, message: string) => void;
  tokenize?: boolean;
  /** Worker threads for a folder (batch's default: the number of cores; 0 parses in this thread). */
  jobs?: number;
  maxBytes?: number;
  /** Standard input, for "-". */
  stdin?: Readable;
}

/**
 * What `stats` reads: a folder of releases (parsed first), a `batch -o` OUTDIR (its index.ndjson and
 * JSON outputs), or incident NDJSON (`disclose parse --ndjson` / `batch` output; a file, or "-").
 */
export async function loadReleases(input: string, options: LoadOptions = {}): Promise<Loaded> {
  if (input === '-') return readNdjson(options.stdin ?? process.stdin, '-', options);
  let info;
  try {
    info = await stat(input);
  } catch (e) {
    throw new InputError(input, describeFsError(e));
  }
  if (info.isDirectory()) {
    const index = join(input, 'index.ndjson');
    return existsSync(index) ? readOutDir(input, index, options) : parseFolder(input, options);
  }
  return readNdjson(createReadStream(input), input, options);
}

/** Parses every release below a folder with batch's machinery (a worker pool, path order). */
async function parseFolder(dir: string, options: LoadOptions): Promise<Loaded> {
  const releases: Release[] = [];
  let failed = 0;
  for await (const r of runBatch({ inputs: [dir], jobs: options.jobs, tokenize: options.tokenize, maxBytes: options.maxBytes })) {
    if (r.incident) releases.push({ incident: r.incident, relPath: r.relPath });
    else if (r.error) {
      failed++;
      options.onError?.(r.path, r.error);
    }
  }
  return { releases, failed };
}

/**
 * A `batch -o` OUTDIR: its index names every release and its output file. JSON outputs are read as
 * they are (no parsing again); an OUTDIR written in another format has its sources parsed.
 */
async function readOutDir(dir: string, index: string, options: LoadOptions): Promise<Loaded> {
  const releases: Release[] = [];
  let failed = 0;
  const fail = (path: string, message: string): void => {
    failed++;
    options.onError?.(path, message);
  };
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(index), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let entry: { path?: unknown; source?: unknown; output?: unknown; outputBytes?: unknown };
    try {
      entry = JSON.parse(text);
    } catch {
      fail(`${index}:${line}`, 'not JSON');
      continue;
    }
    if (typeof entry.path !== 'string' || typeof entry.output !== 'string') {
      fail(`${index}:${line}`, 'not an index entry');
      continue;
    }
    const output = join(dir, entry.output);
    const where = outputInside(dir, entry.output, entry.outputBytes);
    if (where === null) {
      fail(`${index}:${line}`, `output ${JSON.stringify(entry.output)} is outside ${dir}; not read`);
      continue;
    }
    try {
      if (entry.output.endsWith('.json')) {
        const incident: unknown = JSON.parse(await readFile(where, 'utf8'));
        if (!looksLikeIncident(incident)) fail(output, 'not an incident (schemaVersion 1)');
        else releases.push({ incident, relPath: entry.path });
      } else if (typeof entry.source === 'string') {
        releases.push({ incident: await parseFile(entry.source, { tokenize: options.tokenize, maxBytes: options.maxBytes }), relPath: entry.path });
      } else fail(output, 'no JSON output and no source to parse');
    } catch (e) {
      fail(output, e instanceof SyntaxError ? 'not JSON' : describeFsError(e));
    }
  }
  return { releases, failed };
}

/**
 * The file an index line's `output` names, if it is inside OUTDIR: a hand-edited or planted
 * `../x.json`, an absolute path, or a link that leads out is not read (null). `outputBytes` (base64)
 * is the name as bytes when it is not valid UTF-8.
 */
function outputInside(dir: string, output: string, outputBytes: unknown): string | Buffer | null {
  const root = resolve(dir);
  const lexical = resolve(root, output);
  if (output.startsWith('/') || !lexical.startsWith(root + sep)) return null;
  const path: string | Buffer = typeof outputBytes === 'string' ? Buffer.concat([Buffer.from(root + sep), Buffer.from(outputBytes, 'base64')]) : lexical;
  if (typeof outputBytes === 'string' && Buffer.from(outputBytes, 'base64').toString('utf8').split('/').some((p) => p === '..' || p === '')) return null;
  try {
    const real = realpathSync(path).toString();
    const realRoot = realpathSync(root);
    if (!real.startsWith(realRoot + sep)) return null;
  } catch {
    // missing: the read says so
  }
  return path;
}

/** One incident per line; blank lines are skipped, a line that is not an incident counts as failed. */
async function readNdjson(stream: Readable, name: string, options: LoadOptions): Promise<Loaded> {
  const releases: Release[] = [];
  let failed = 0;
  let line = 0;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        failed++;
        options.onError?.(`${name}:${line}`, 'not JSON');
        continue;
      }
      if (!looksLikeIncident(value)) {
        failed++;
        options.onError?.(`${name}:${line}`, 'not an incident (schemaVersion 1)');
        continue;
      }
      releases.push({ incident: value });
    }
  } catch (e) {
    throw new InputError(name, describeFsError(e));
  }
  return { releases, failed };
}

/** Enough of the shape for the statistics not to trip over a hand-edited or foreign line. */
function looksLikeIncident(v: unknown): v is Incident {
  if (typeof v !== 'object' || v === null) return false;
  const i = v as Record<string, unknown>;
  const report = i.report as Record<string, unknown> | null;
  const source = i.source as Record<string, unknown> | null;
  return (
    i.schemaVersion === 1 &&
    typeof source === 'object' && source !== null && typeof source.path === 'string' &&
    typeof report === 'object' && report !== null && Array.isArray(report.previous) &&
    (i.publishedAt === null || typeof i.publishedAt === 'string') &&
    (i.organization === null || (typeof i.organization === 'object' && typeof (i.organization as Record<string, unknown>).normalizedName === 'string')) &&
    ['counts', 'incidentTypes', 'dataTypes', 'products', 'cves', 'timeline'].every((k) => Array.isArray(i[k])) &&
    (i.counts as unknown[]).every((c) => typeof c === 'object' && c !== null && typeof (c as Record<string, unknown>).value === 'number' && typeof (c as Record<string, unknown>).unit === 'string') &&
    (i.products as unknown[]).every((p) => typeof p === 'object' && p !== null && typeof (p as Record<string, unknown>).name === 'string') &&
    (i.cves as unknown[]).every((c) => typeof c === 'string') &&
    (i.incidentTypes as unknown[]).every((c) => typeof c === 'string') &&
    (i.dataTypes as unknown[]).every((c) => typeof c === 'string')
  );
}
