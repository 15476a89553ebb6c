import { createReadStream, existsSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
 * JSON outputs) or a folder inside one, incident JSON (`disclose parse` output: NDJSON, one pretty
 * object, or an array; a file, or "-"), or a single release file (parsed).
 */
export async function loadReleases(input: string, options: LoadOptions = {}): Promise<Loaded> {
  if (input === '-') return readIncidentJson(options.stdin ?? process.stdin, '-', options);
  let info;
  try {
    info = await stat(input);
  } catch (e) {
    throw new InputError(input, describeFsError(e));
  }
  if (info.isDirectory()) {
    const index = join(input, 'index.ndjson');
    if (existsSync(index)) return readOutDir(input, index, options);
    // A folder inside an OUTDIR (out/2025): the OUTDIR's index, kept to the entries below it.
    const outDir = enclosingOutDir(input);
    if (outDir) return readOutDir(outDir, join(outDir, 'index.ndjson'), options, relative(outDir, resolve(input)).split(sep).join('/') + '/');
    return parseFolder(input, options);
  }
  if (await startsLikeJson(input)) return readIncidentJson(createReadStream(input), input, options);
  // Not JSON: a release file of its own (stats over one release).
  const loaded: Loaded = { releases: [], failed: 0 };
  try {
    loaded.releases.push({ incident: await parseFile(input, { tokenize: options.tokenize, maxBytes: options.maxBytes }) });
  } catch (e) {
    loaded.failed++;
    options.onError?.(input, e instanceof InputError ? e.message.slice(input.length + 2) : (e as Error).message);
  }
  return loaded;
}

/** The nearest folder above `dir` holding an index.ndjson (a batch OUTDIR), if any. */
function enclosingOutDir(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    const parent = dirname(current);
    if (parent === current) return null;
    if (existsSync(join(parent, 'index.ndjson'))) return parent;
    current = parent;
  }
}

/** Whether a file's first visible character (after a BOM) opens JSON: `{` or `[`. */
async function startsLikeJson(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    return head.startsWith('{') || head.startsWith('[') || head === '';
  } catch (e) {
    throw new InputError(path, describeFsError(e));
  } finally {
    await handle?.close();
  }
}

/** Parses every release below a folder with batch's machinery (a worker pool, path order). */
async function parseFolder(dir: string, options: LoadOptions): Promise<Loaded> {
  const releases: Release[] = [];
  let failed = 0;
  // The workers send each release's text too: grouping reads quoted titles and dates from it, and
  // the sources need not be read and decoded a second time (src/incidents/load.ts attachTexts).
  for await (const r of runBatch({ inputs: [dir], jobs: options.jobs, tokenize: options.tokenize, maxBytes: options.maxBytes, withText: true })) {
    if (r.incident) releases.push({ incident: r.incident, relPath: r.relPath, ...(r.text !== undefined ? { text: r.text } : {}) });
    else if (r.error) {
      failed++;
      options.onError?.(r.path, r.error);
    }
  }
  return { releases, failed };
}

/**
 * A `batch -o` OUTDIR: its index names every release and its output file. JSON outputs are read as
 * they are (no parsing again); an OUTDIR written in another format has its sources parsed. With
 * `under`, only the entries whose output lies below that folder of the OUTDIR.
 */
async function readOutDir(dir: string, index: string, options: LoadOptions, under?: string): Promise<Loaded> {
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
    if (under !== undefined && !entry.output.startsWith(under)) continue;
    const output = join(dir, entry.output);
    const where = outputInside(dir, entry.output, entry.outputBytes);
    if (where === null) {
      fail(`${index}:${line}`, `output ${JSON.stringify(entry.output)} is outside ${dir}: not read`);
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

/**
 * Incident JSON as `parse` prints it: NDJSON (one incident per line; blank lines skipped, a line that
 * is not an incident counts as failed), or one JSON document — an incident, or an array of them —
 * spread over lines (`disclose parse one.md` pretty-prints). Which one is decided by the first line:
 * a line that is a JSON object of its own starts NDJSON; anything else is read as one document.
 */
async function readIncidentJson(stream: Readable, name: string, options: LoadOptions): Promise<Loaded> {
  const loaded: Loaded = { releases: [], failed: 0 };
  const take = (value: unknown, where: string): void => {
    if (looksLikeIncident(value)) loaded.releases.push({ incident: value });
    else {
      loaded.failed++;
      options.onError?.(where, 'not an incident (schemaVersion 1)');
    }
  };
  let mode: 'undecided' | 'ndjson' | 'document' = 'undecided';
  const documentLines: string[] = [];
  let line = 0;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (mode === 'document') {
        documentLines.push(text);
        continue;
      }
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        if (mode === 'undecided') {
          mode = 'document';
          documentLines.push(text);
          continue;
        }
        loaded.failed++;
        options.onError?.(`${name}:${line}`, 'not JSON');
        continue;
      }
      if (mode === 'undecided' && Array.isArray(value)) {
        value.forEach((v, k) => take(v, `${name}[${k}]`));
        mode = 'ndjson';
        continue;
      }
      mode = 'ndjson';
      take(value, `${name}:${line}`);
    }
  } catch (e) {
    throw new InputError(name, describeFsError(e));
  }
  if (mode === 'document') {
    let value: unknown;
    try {
      value = JSON.parse(documentLines.join('\n'));
    } catch {
      throw new InputError(name, 'not incident JSON: neither one incident per line (NDJSON) nor one JSON document (an incident or an array of them)');
    }
    if (Array.isArray(value)) value.forEach((v, k) => take(v, `${name}[${k}]`));
    else take(value, name);
  }
  return loaded;
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
