import { mkdirSync, realpathSync, rename as renameCb, statSync, writeFile as writeFileCb, type Dirent } from 'node:fs';
import { mkdir, open, readdir, readFile, realpath, rename, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { describeFsError } from '../io/read.js';
import type { IncidentType } from '../types.js';
import type { IncidentSummary } from './worker.js';

/**
 * Everything `batch -o OUTDIR` does to OUTDIR: the safety rules, atomic writes, the lock, and the
 * index that makes re-runs incremental.
 *
 * Layout: OUTDIR/<relPath>.json per input, OUTDIR/index.ndjson (one IndexEntry per release, in
 * path order), OUTDIR/_errors.ndjson (one {path, message} per failure of the last run).
 * While a run is going, both are written as journals (`index.ndjson.<pid>.tmp-disclose`) and
 * renamed into place at the end; a killed run leaves its journal, which the next run reads so that
 * what was already written is skipped.
 */

export const INDEX_FILE = 'index.ndjson';
export const ERRORS_FILE = '_errors.ndjson';
const LOCK_FILE = '.disclose-lock';
/** Every temporary file ends so; nothing else in OUTDIR is ever deleted. */
const TEMP_SUFFIX = '.tmp-disclose';
const TEMP_NAME = /^\.(\d+)-\d+\.tmp-disclose$/;
const JOURNAL_NAME = /^(index|_errors)\.ndjson\.\d+\.tmp-disclose$/;

/** One line of index.ndjson: where a release's output is, what it was made from, its headline. */
export interface IndexEntry {
  /** The input's path relative to its input folder (the key; OUTDIR mirrors it). */
  path: string;
  /** The input as it was read (input argument + path). */
  source: string;
  /** The output file, relative to OUTDIR. */
  output: string;
  /** sha256 of the input's bytes. */
  sha256: string;
  /** The disclose version that wrote the output. */
  version: string;
  /** The options that shape the output (format, --explain, --encoding, --no-tokenize). */
  settings: string;
  organization: string | null;
  publishedAt: string | null;
  incidentTypes: IncidentType[];
  /** The headline figures: the largest leaked / possibly leaked count of people (名, 人) and of records (件, 通, アカウント). */
  leakedPeople: number | null;
  leakedRecords: number | null;
  possiblePeople: number | null;
  possibleRecords: number | null;
}

/** An index line for a parsed release; the figures are those `summary` and `stats` show (src/output/headline.ts). */
export function indexEntryFor(summary: IncidentSummary, fields: Pick<IndexEntry, 'path' | 'source' | 'output' | 'sha256' | 'version' | 'settings'>): IndexEntry {
  return {
    ...fields,
    organization: summary.organization,
    publishedAt: summary.publishedAt,
    incidentTypes: summary.incidentTypes,
    leakedPeople: summary.leakedPeople,
    leakedRecords: summary.leakedRecords,
    possiblePeople: summary.possiblePeople,
    possibleRecords: summary.possibleRecords,
  };
}

function isInside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

/** The real path of a path that may not exist yet: its deepest existing ancestor, resolved, plus the rest. */
export async function realPathOfNew(path: string): Promise<string> {
  const abs = resolve(path);
  let head = abs;
  const tail: string[] = [];
  for (;;) {
    try {
      return join(await realpath(head), ...tail);
    } catch {
      const parent = dirname(head);
      if (parent === head) return abs;
      tail.unshift(basename(head));
      head = parent;
    }
  }
}

/**
 * The OUTDIR rules, checked before anything is written: OUTDIR must not be an input, contain an
 * input, or be a file. OUTDIR inside an input folder is allowed: the walk leaves it out (its real
 * path is returned for that).
 */
export async function checkOutDir(outDir: string, inputs: readonly string[]): Promise<string> {
  const outReal = await realPathOfNew(outDir);
  const info = await stat(outReal).catch(() => null);
  if (info && !info.isDirectory()) throw new UsageError(`-o ${outDir}: exists and is not a folder`);
  for (const input of inputs) {
    const inReal = await realpath(input).catch(() => null);
    if (inReal === null) continue; // reported by the walk as a missing input
    if (isInside(inReal, outReal)) {
      throw new UsageError(inReal === outReal ? `-o ${outDir}: is the input ${input} itself; choose another output folder` : `-o ${outDir}: contains the input ${input}; choose an output folder outside the inputs`);
    }
  }
  return outReal;
}

/** An open OUTDIR for one run. */
export class OutDir {
  /** Entries of the previous runs, by relative path (consumed as inputs are met). */
  readonly known = new Map<string, IndexEntry>();
  /** The index line each known entry was read from. */
  private readonly lines = new WeakMap<IndexEntry, string>();
  private counter = 0;
  private readonly checkedFolders = new Set<string>();
  private indexJournal!: FileHandle;
  private errorsJournal!: FileHandle;
  private indexBuffer = '';
  private errorsBuffer = '';
  private staleJournals: string[] = [];
  private sweeping: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(readonly dir: string, readonly real: string) {}

  /** Checks the rules, takes the lock, reads what earlier runs left, and opens this run's journals. */
  static async open(outDir: string, inputs: readonly string[]): Promise<OutDir> {
    const real = await checkOutDir(outDir, inputs);
    try {
      await mkdir(real, { recursive: true });
    } catch (e) {
      throw new UsageError(`-o ${outDir}: cannot create: ${describeFsError(e)}`);
    }
    const out = new OutDir(outDir, real);
    await out.lock();
    try {
      await out.loadIndex();
      out.indexJournal = await open(out.journalPath(INDEX_FILE), 'w');
      out.errorsJournal = await open(out.journalPath(ERRORS_FILE), 'w');
    } catch (e) {
      await out.unlock();
      throw new UsageError(`-o ${outDir}: ${describeFsError(e)}`);
    }
    out.sweeping = out.sweepTemps(real).catch(() => {});
    return out;
  }

  private journalPath(name: string): string {
    return join(this.real, `${name}.${process.pid}${TEMP_SUFFIX}`);
  }

  /** One run per OUTDIR at a time; a lock left by a dead process is taken over. */
  private async lock(): Promise<void> {
    const path = join(this.real, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await writeFile(path, `${process.pid}\n`, { flag: 'wx' });
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`-o ${this.dir}: ${describeFsError(e)}`);
      }
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
        throw new UsageError(`-o ${this.dir}: another disclose batch (pid ${pid}) is writing there; if it is not, remove ${join(this.dir, LOCK_FILE)}`);
      }
      await unlink(path).catch(() => {});
    }
    throw new UsageError(`-o ${this.dir}: cannot take the lock ${join(this.dir, LOCK_FILE)}`);
  }

  private async unlock(): Promise<void> {
    await unlink(join(this.real, LOCK_FILE)).catch(() => {});
  }

  /** index.ndjson, then the journals of killed runs (newer) on top. Unreadable lines are ignored: the file is redone. */
  private async loadIndex(): Promise<void> {
    const take = (text: string) => {
      for (const line of text.split('\n')) {
        if (!line) continue;
        try {
          const e = JSON.parse(line) as IndexEntry;
          if (typeof e.path === 'string' && typeof e.sha256 === 'string') {
            this.known.set(e.path, e);
            this.lines.set(e, line);
          }
        } catch {
          // A torn last line of a killed run's journal.
        }
      }
    };
    take(await readFile(join(this.real, INDEX_FILE), 'utf8').catch(() => ''));
    const names = await readdir(this.real);
    for (const name of names.sort()) {
      const m = JOURNAL_NAME.exec(name);
      if (!m) continue;
      if (m[1] === 'index') take(await readFile(join(this.real, name), 'utf8').catch(() => ''));
      this.staleJournals.push(join(this.real, name));
    }
  }

  /** Removes temporary files that killed runs left behind (never this run's, never anything else). */
  private async sweepTemps(dir: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) await this.sweepTemps(join(dir, e.name));
      else if (e.isFile()) {
        const m = TEMP_NAME.exec(e.name);
        if (m && Number(m[1]) !== process.pid) await unlink(join(dir, e.name)).catch(() => {});
      }
    }
  }

  /** Where the output for an input goes: OUTDIR/<relPath><extension>. */
  outputPath(relPath: string, extension: string): string {
    return join(this.real, ...relPath.split('/')) + extension;
  }

  /** True when the previous output is still there (a user may have deleted it). */
  hasOutput(path: string): boolean {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  }

  /**
   * Writes a file atomically: a temporary file beside it, then a rename, so a reader (or a killed
   * run) never sees half a file. The folder is created and checked to be really inside OUTDIR — a
   * symbolic link planted in OUTDIR cannot send output elsewhere (and rename replaces a link at the
   * target itself rather than writing through it). The writing runs on libuv's threads (callback
   * fs: lighter than fs.promises), so the main thread stays free to feed the workers; a run that
   * stops waits for the writes it started, so none is left half done.
   */
  async writeAtomic(target: string, content: string): Promise<void> {
    if (!isInside(target, this.real) || target === this.real) throw new Error(`refusing to write outside OUTDIR: ${target}`);
    this.folderInside(dirname(target));
    // A short name of its own: the target's name plus a suffix could pass the 255-byte name limit.
    const temp = join(dirname(target), `.${process.pid}-${++this.counter}${TEMP_SUFFIX}`);
    try {
      await new Promise<void>((resolve, reject) => writeFileCb(temp, content, (e) => (e ? reject(e) : resolve())));
      await new Promise<void>((resolve, reject) => renameCb(temp, target, (e) => (e ? reject(e) : resolve())));
    } catch (e) {
      await unlink(temp).catch(() => {});
      throw e;
    }
  }

  private folderInside(folder: string): void {
    if (this.checkedFolders.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    const real = realpathSync(folder);
    if (!isInside(real, this.real)) throw new Error(`refusing to write outside OUTDIR: ${relative(this.real, folder)} leads to ${real}`);
    this.checkedFolders.add(folder);
  }

  /** Appends to this run's index journal (flushed in blocks; `flush` at the end). */
  async record(entry: IndexEntry): Promise<void> {
    // An entry kept from the previous index is copied as it was read.
    this.indexBuffer += (this.lines.get(entry) ?? JSON.stringify(entry)) + '\n';
    if (this.indexBuffer.length > 64 * 1024) await this.flush();
  }

  async recordError(path: string, message: string): Promise<void> {
    this.errorsBuffer += JSON.stringify({ path, message }) + '\n';
    if (this.errorsBuffer.length > 16 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    const index = this.indexBuffer;
    const errors = this.errorsBuffer;
    this.indexBuffer = '';
    this.errorsBuffer = '';
    if (index) await this.indexJournal.write(index);
    if (errors) await this.errorsJournal.write(errors);
  }

  /**
   * Ends the run: the journals become index.ndjson and _errors.ndjson. When the run stopped early,
   * the entries of the previous runs that this run did not reach are kept, so the next run still
   * skips their outputs.
   */
  async close(options: { complete: boolean }): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (!options.complete) for (const entry of this.known.values()) await this.record(entry);
      await this.flush();
      await this.indexJournal.close();
      await this.errorsJournal.close();
      await rename(this.journalPath(INDEX_FILE), join(this.real, INDEX_FILE));
      await rename(this.journalPath(ERRORS_FILE), join(this.real, ERRORS_FILE));
      for (const stale of this.staleJournals) await unlink(stale).catch(() => {});
      await this.sweeping;
    } finally {
      await this.unlock();
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
