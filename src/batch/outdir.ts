import { createHash, randomBytes } from 'node:crypto';
import { close as closeCb, closeSync, constants, fstatSync, type BigIntStats, type Stats, lstatSync, mkdirSync, open as openCb, openSync, readdirSync, readFileSync, readSync, realpathSync, rename as renameCb, renameSync, unlink as unlinkCb, unlinkSync, write as writeCb, writeSync, type Dirent } from 'node:fs';
import { link, mkdir, open, readdir, readFile, realpath, rename, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { DiscloseError, EXIT_INPUT, UsageError } from '../errors.js';
import { describeFsError } from '../io/read.js';
import type { IncidentType } from '../types.js';
import type { IncidentSummary } from './worker.js';

/**
 * Everything `batch -o OUTDIR` does to OUTDIR: the safety rules, atomic writes, the lock, and the
 * index that makes re-runs incremental.
 *
 * Layout: OUTDIR/<relPath>.json per input, OUTDIR/index.ndjson (one IndexEntry per release, in
 * path order), OUTDIR/_errors.ndjson (one {path, message} per failure of the last run).
 * While a run is going, both are written as journals (`index.ndjson.<run>-<id>.tmp-disclose`, in
 * path order) and renamed into place at the end; beside them a write-ahead log
 * (`index.ndjson.<run>-<id>.wal.tmp-disclose`) gets each output's index line, with the output's
 * sha256, before the output is renamed into place. A killed run leaves its journals, which the next
 * run reads (oldest run first: <run> counts runs) so that what was already written is skipped —
 * and an output is skipped only when its content still has the sha256 its line records.
 */

export const INDEX_FILE = 'index.ndjson';
export const ERRORS_FILE = '_errors.ndjson';
const LOCK_FILE = '.disclose-lock';
/** Every temporary file ends so; nothing else in OUTDIR is ever deleted. */
const TEMP_SUFFIX = '.tmp-disclose';
/** An output's temporary file: `.<run id>-<n>.tmp-disclose` (older versions: `.<pid>-<n>`). */
const TEMP_NAME = /^\.([0-9a-z]+)-\d+\.tmp-disclose$/;
/** A lock's content written aside before it is linked into place: `.disclose-lock.<run id>.tmp-disclose`. */
const LOCK_ASIDE_NAME = /^\.disclose-lock\.[0-9a-z]+\.tmp-disclose$/;
/** A journal: `<name>.<run>-<id>[.wal].tmp-disclose` (older versions: `<name>.<pid>.tmp-disclose`). */
const JOURNAL_NAME = /^(index|_errors)\.ndjson\.(\d+)(?:-([0-9a-z]+))?(\.wal)?\.tmp-disclose$/;
/** Write errors that mean the disk (or a quota, or a file size limit) is full: the run stops. */
const FULL_CODES = new Set(['ENOSPC', 'EFBIG', 'EDQUOT']);
/** A takeover token older than this belongs to a run that died while taking a stale lock. */
const TOKEN_STALE_MS = 10_000;

/** A relative path that join() would change: empty, "." or ".." parts, doubled, leading or trailing slashes. */
const UNNORMAL_PATH = /^$|^\/|\/$|\/\/|(?:^|\/)\.{1,2}(?:\/|$)/;

/** A path as Node's fs takes it: bytes when a name is not valid UTF-8 (kept as it is on disk). */
export type FsPath = string | Buffer;

/** One line of index.ndjson: where a release's output is, what it was made from, its headline. */
export interface IndexEntry {
  /** The input's path relative to its input folder (the key; OUTDIR mirrors it). */
  path: string;
  /** The input path's bytes in base64, only when it is not valid UTF-8 (`path` then shows U+FFFD for the bad bytes). */
  pathBytes?: string;
  /** The input as it was read (input argument + path). */
  source: string;
  /** The output file, relative to OUTDIR. */
  output: string;
  /** The output path's bytes in base64, only when it is not valid UTF-8. */
  outputBytes?: string;
  /** sha256 of the input's bytes. */
  sha256: string;
  /** sha256 of the output file's bytes: an output that no longer has it is redone. */
  outputSha256?: string;
  /**
   * The input's and the output's file identity when last verified — `size:mtimeNs:ctimeNs:ino:dev`
   * (see fileStamp). A re-run skips without reading either file only when both still match exactly;
   * otherwise it falls back to the sha256 checks. Absent when not yet verified long enough after
   * the file's last change (a same-tick rewrite would keep the timestamps).
   */
  inputStat?: string;
  outputStat?: string;
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
export function indexEntryFor(summary: IncidentSummary, fields: Pick<IndexEntry, 'path' | 'pathBytes' | 'source' | 'output' | 'outputBytes' | 'sha256' | 'outputSha256' | 'version' | 'settings'>): IndexEntry {
  const entry: IndexEntry = {
    path: fields.path,
    ...(fields.pathBytes ? { pathBytes: fields.pathBytes } : {}),
    source: fields.source,
    output: fields.output,
    ...(fields.outputBytes ? { outputBytes: fields.outputBytes } : {}),
    sha256: fields.sha256,
    outputSha256: fields.outputSha256,
    version: fields.version,
    settings: fields.settings,
    organization: summary.organization,
    publishedAt: summary.publishedAt,
    incidentTypes: summary.incidentTypes,
    leakedPeople: summary.leakedPeople,
    leakedRecords: summary.leakedRecords,
    possiblePeople: summary.possiblePeople,
    possibleRecords: summary.possibleRecords,
  };
  return entry;
}

/**
 * A file's identity: size, change times to the nanosecond, inode and device. A rewrite changes the
 * times (and usually the size), a rename or a link put in its place changes the inode; ctime cannot
 * be set back by hand (utimes sets mtime, and changes ctime).
 */
export function fileStamp(info: BigIntStats): string {
  return `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}:${info.dev}`;
}

/**
 * Whether a file's stat (in numbers: no BigInt per field, a re-run makes two per input) is still the
 * one a stamp recorded. Size, inode and device must be equal; the times to within a microsecond
 * (a double holds milliseconds to a quarter of one). That is as strict as the nanoseconds: a stamp
 * is only taken of a file last changed RACY_MS before, so any later change moves its ctime (which
 * nothing can set back) by that much at least.
 */
export function stampMatches(info: Stats, stamp: string): boolean {
  // Five fields between four colons, cut with indexOf: a re-run checks two stamps per input.
  const a = stamp.indexOf(':');
  const b = a < 0 ? -1 : stamp.indexOf(':', a + 1);
  const c = b < 0 ? -1 : stamp.indexOf(':', b + 1);
  const d = c < 0 ? -1 : stamp.indexOf(':', c + 1);
  if (d < 0 || stamp.indexOf(':', d + 1) >= 0) return false;
  return (
    info.size === Number(stamp.slice(0, a)) &&
    info.ino === Number(stamp.slice(c + 1, d)) &&
    info.dev === Number(stamp.slice(d + 1)) &&
    Math.abs(info.mtimeMs - Number(stamp.slice(a + 1, b)) / 1e6) < 1e-3 &&
    Math.abs(info.ctimeMs - Number(stamp.slice(b + 1, c)) / 1e6) < 1e-3
  );
}

/** Timestamps tick coarsely (a few ms; whole seconds on some file systems): a stamp taken within this of the file's last change could miss a rewrite in the same tick. */
export const RACY_MS = 2000;

/**
 * The stamp to record for a file whose content was just verified (read and hashed) after `info` was
 * taken, or undefined when its last change is too recent to trust its timestamps (git's "racy clean").
 */
export function verifiedStamp(info: BigIntStats, afterMs: number = RACY_MS, nowMs: number = Date.now()): string | undefined {
  const changed = info.mtimeNs > info.ctimeNs ? info.mtimeNs : info.ctimeNs;
  return BigInt(nowMs) * 1_000_000n - changed >= BigInt(afterMs) * 1_000_000n ? fileStamp(info) : undefined;
}

/** The key of an index entry: its path, or its path's bytes when they are not UTF-8. */
export function entryKey(entry: Pick<IndexEntry, 'path' | 'pathBytes'>): string {
  return entry.pathBytes ? `\0${entry.pathBytes}` : entry.path;
}

export function isInside(child: string, parent: string): boolean {
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

/** A full disk (ENOSPC, EFBIG, EDQUOT) while writing OUTDIR: the run stops with this one line, exit 1. */
export class DiskFull extends DiscloseError {
  constructor(outDir: string, what: string, code: string) {
    const why = code === 'EFBIG' ? 'file too large for the file system' : code === 'EDQUOT' ? 'disk quota exceeded' : 'no space left on device';
    super(`-o ${outDir}: cannot write ${what}: ${why} (${code}); stopped, ${outDir} is consistent: free some space and run again`, EXIT_INPUT);
  }
}

/** DISCLOSE_FAULT_WRITE's count of output writes, shared by every thread of a run (workers write too). */
export interface FaultSeam {
  counter: Int32Array;
  code: string;
  at: number;
}

/**
 * A test seam: DISCLOSE_FAULT_WRITE=ENOSPC:3 makes the third output write fail with ENOSPC (the
 * reliability script and tests inject a full disk so). The count lives in shared memory, so the
 * Nth write of the run fails whichever thread makes it.
 */
function faultSeam(): FaultSeam | null {
  const spec = process.env.DISCLOSE_FAULT_WRITE;
  const m = spec ? /^([A-Z]+):(\d+)$/.exec(spec) : null;
  if (!m) return null;
  return { counter: new Int32Array(new SharedArrayBuffer(4)), code: m[1], at: Number(m[2]) };
}

function injectFault(fault: FaultSeam | null): void {
  if (fault && Atomics.add(fault.counter, 0, 1) + 1 >= fault.at) throw Object.assign(new Error(`${fault.code}: injected write fault`), { code: fault.code });
}

/**
 * Everything a thread needs to write one output file as writeAtomic does: workers write their own
 * outputs (OutDir.slotFor checked the target and made its folder in the main thread).
 */
export interface OutputSlot {
  target: FsPath;
  /** `<folder>/.<run id>-`: the writer adds a number of its own and TEMP_SUFFIX. */
  tempPrefix: FsPath;
  /**
   * The run's write-ahead log. Each thread opens it itself (O_APPEND: each write lands whole,
   * whichever thread makes it) and closes it again — per file, or per bundle (StagedOutputs): a
   * descriptor shared across threads could be written by a worker being stopped after the main
   * thread closed it, and its number reused meanwhile.
   */
  walPath: string;
  fault: FaultSeam | null;
}

const requireBuiltin = createRequire(import.meta.url);
let currentThread: number | undefined;
/** This thread's id: node:worker_threads loads when a first temporary file is named (a re-run with nothing changed names none). */
function threadId(): number {
  return (currentThread ??= (requireBuiltin('node:worker_threads') as typeof import('node:worker_threads')).threadId);
}

let tempCount = 0;
/** A temporary name no other thread of this run uses: the thread's id, then its own count. */
function tempName(prefix: FsPath): FsPath {
  return withSuffix(prefix, `${threadId()}${String(++tempCount).padStart(9, '0')}${TEMP_SUFFIX}`);
}

/**
 * writeAtomic's synchronous twin, for a worker thread (where blocking costs nobody else anything):
 * the content to an exclusively created temporary file (O_EXCL | O_NOFOLLOW), its index line to the
 * write-ahead log, then the rename. Throws the file system's error (the caller tells a full disk).
 */
export function writeOutputSync(slot: OutputSlot, content: Uint8Array, walLine: string): void {
  const staged = new StagedOutputs();
  try {
    staged.stage(0, slot, content, walLine);
    const failed = staged.commit().get(0);
    if (failed) throw failed;
  } finally {
    staged.close();
  }
}

/**
 * The outputs of one worker bundle, written as writeOutputSync writes one: each to its temporary
 * file as it is parsed (stage: one exclusive open, one write, one close), then at the end of the
 * bundle (commit) every index line to the write-ahead log in one write, and only then the renames.
 * An output is never renamed into place before its line is in the log, as for a single write; the
 * log is opened once per bundle and written once, not once per output. A worker stopped before the
 * commit leaves temporary files only (the run sweeps them) and nothing in the log: those inputs are
 * parsed again. The thread that opens the log closes it (see OutputSlot).
 */
export class StagedOutputs {
  private staged: { id: number; slot: OutputSlot; temp: FsPath; line: string }[] = [];
  private fd = -1;
  private path = '';

  /** Writes `content` to a temporary file beside the output; throws the file system's error (nothing is left then). */
  stage(id: number, slot: OutputSlot, content: Uint8Array, walLine: string): void {
    const temp = tempName(slot.tempPrefix);
    let created = false;
    try {
      injectFault(slot.fault);
      const fd = openSync(temp, O_NEW, 0o666);
      created = true;
      try {
        let done = 0;
        while (done < content.length) done += writeSync(fd, content, done, content.length - done);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      if (created) unlinkQuietly(temp);
      throw e;
    }
    this.staged.push({ id, slot, temp, line: walLine });
  }

  /**
   * The staged outputs' index lines to the write-ahead log (one write per log), then each file
   * renamed into place. Returns the ids that failed, with their error (their temporary files removed).
   */
  commit(): Map<number, Error> {
    const failed = new Map<number, Error>();
    const staged = this.staged;
    this.staged = [];
    // Lines grouped by log (one run has one log; a library caller could mix two OUTDIRs in a bundle).
    const logs = new Map<string, typeof staged>();
    for (const s of staged) {
      const group = logs.get(s.slot.walPath);
      if (group) group.push(s);
      else logs.set(s.slot.walPath, [s]);
    }
    for (const [walPath, group] of logs) {
      try {
        this.append(walPath, group.map((s) => s.line + '\n').join(''));
      } catch (e) {
        for (const s of group) {
          unlinkQuietly(s.temp);
          failed.set(s.id, e as Error);
        }
        continue;
      }
      for (const s of group) {
        try {
          renameSync(s.temp, s.slot.target);
        } catch (e) {
          unlinkQuietly(s.temp);
          failed.set(s.id, e as Error);
        }
      }
    }
    return failed;
  }

  /** Removes what was staged and not committed (the bundle failed), and closes the log. */
  close(): void {
    for (const s of this.staged) unlinkQuietly(s.temp);
    this.staged = [];
    if (this.fd < 0) return;
    const fd = this.fd;
    this.fd = -1;
    closeSync(fd);
  }

  private append(path: string, text: string): void {
    if (this.fd < 0 || this.path !== path) {
      if (this.fd >= 0) closeSync(this.fd);
      this.fd = -1;
      this.fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW);
      this.path = path;
    }
    // One write: O_APPEND keeps the lines whole whichever thread writes (a short write goes on).
    const bytes = Buffer.from(text);
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
  }
}

function unlinkQuietly(path: FsPath): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** Whether a write error means the disk (or a quota, or a file size limit) is full. */
export function isDiskFull(code: string | undefined): boolean {
  return code !== undefined && FULL_CODES.has(code);
}

const O_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** The same as `path` + `suffix`, for string or byte paths. */
function withSuffix(path: FsPath, suffix: string): FsPath {
  return typeof path === 'string' ? path + suffix : Buffer.concat([path, Buffer.from(suffix)]);
}

function dirOf(path: FsPath): FsPath {
  if (typeof path === 'string') return dirname(path);
  const slash = path.lastIndexOf(0x2f);
  return slash <= 0 ? Buffer.from('/') : path.subarray(0, slash);
}

function joinPath(dir: FsPath, name: FsPath): FsPath {
  if (typeof dir === 'string' && typeof name === 'string') return join(dir, name);
  return Buffer.concat([Buffer.from(dir), Buffer.from('/'), Buffer.from(name)]);
}

function shown(path: FsPath): string {
  return typeof path === 'string' ? path : path.toString('utf8');
}

/** An open OUTDIR for one run. */
export class OutDir {
  /** Entries of the previous runs, by entryKey (consumed as inputs are met). */
  readonly known = new Map<string, IndexEntry>();
  /** The index line each known entry was read from. */
  private readonly lines = new WeakMap<IndexEntry, string>();
  /** This run's id (random): its temporary files are `.<id>-<n>.tmp-disclose`, unguessable. */
  private readonly runId = randomBytes(6).toString('hex');
  /** This run's number: one more than any killed run's journal (journals are read in this order). */
  private generation = 1;
  private readonly checkedFolders = new Set<string>();
  private indexJournal!: FileHandle;
  private errorsJournal!: FileHandle;
  private wal!: FileHandle;
  private indexBuffer = '';
  private errorsBuffer = '';
  private errorsRecorded = false;
  /**
   * While every line recorded so far is the next line of the previous index.ndjson (a re-run with
   * nothing changed), that file's text and how far it was matched; nothing is written to the
   * journal then, and a run that ends so leaves index.ndjson as it is. A kill meanwhile leaves the
   * previous index, which already says all of it. The first line that differs writes out the
   * matched part, and the run goes on as any other.
   */
  private unchangedIndex: { text: string; offset: number } | null = null;
  private staleJournals: string[] = [];
  private sweeping: Promise<void> = Promise.resolve();
  private closed = false;
  private lockContent = '';
  private readonly fault = faultSeam();
  /** Output files read back to check their sha256 before a skip. */
  private readonly checkBuffer = { bytes: new Uint8Array(64 * 1024) };

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
      // Opened together: three round trips through the thread pool cost as one.
      [out.indexJournal, out.errorsJournal, out.wal] = await Promise.all([
        open(out.journalPath(INDEX_FILE), O_NEW, 0o666),
        open(out.journalPath(ERRORS_FILE), O_NEW, 0o666),
        open(out.journalPath(INDEX_FILE, '.wal'), O_NEW | constants.O_APPEND, 0o666),
      ]);
    } catch (e) {
      await out.unlock();
      const code = (e as NodeJS.ErrnoException).code;
      if (code && FULL_CODES.has(code)) throw new DiskFull(outDir, 'its journals', code);
      throw new UsageError(`-o ${outDir}: ${describeFsError(e)}`);
    }
    out.sweeping = out.sweepTemps(real).catch(() => {});
    return out;
  }

  private journalPath(name: string, kind = ''): string {
    return join(this.real, `${name}.${this.generation}-${this.runId}${kind}${TEMP_SUFFIX}`);
  }

  /**
   * One run per OUTDIR at a time. The lock file holds the owner's pid and start time; a lock whose
   * process is gone (or whose pid now belongs to another process, as after a container restart) is
   * taken over — atomically: only the run that creates the takeover token for that very lock file
   * (O_EXCL) may remove it, and everyone then races for a new lock, so of several runs started at
   * once exactly one gets it. The lock appears with its content (written aside, then hard-linked
   * into place): a lock created empty and written after would read as a dead holder's to a racer
   * that looked in between, and it would take that live lock over.
   */
  private async lock(): Promise<void> {
    const path = join(this.real, LOCK_FILE);
    this.lockContent = `${process.pid} ${processStart(process.pid) ?? '-'} ${this.runId}\n`;
    for (let attempt = 0; attempt < 50; attempt++) {
      if (await this.linkLock(path)) return;
      const held = await readLock(path);
      if (!held) continue; // removed meanwhile: try again
      if (holderAlive(held.content)) {
        const pid = held.content.trim().split(/\s+/)[0];
        throw new UsageError(`-o ${this.dir}: another disclose batch (pid ${pid}) is writing there; if it is not, remove ${join(this.dir, LOCK_FILE)}`);
      }
      // The takeover token is named after this lock file's identity: one taker per stale lock.
      const token = `${path}.takeover-${held.ino}-${held.mtimeNs}${TEMP_SUFFIX}`;
      try {
        await writeFile(token, this.lockContent, { flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`-o ${this.dir}: ${describeFsError(e)}`);
        const age = Date.now() - ((await stat(token).catch(() => null))?.mtimeMs ?? Date.now());
        if (age > TOKEN_STALE_MS) await unlink(token).catch(() => {});
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 30)); // another run is taking it over
        continue;
      }
      try {
        const again = await readLock(path);
        if (again && again.ino === held.ino && again.mtimeNs === held.mtimeNs && again.content === held.content) await unlink(path).catch(() => {});
      } finally {
        await unlink(token).catch(() => {});
      }
    }
    throw new UsageError(`-o ${this.dir}: cannot take the lock ${join(this.dir, LOCK_FILE)}`);
  }

  /** Puts this run's lock in place with its content, or false when a lock is there already. */
  private async linkLock(path: string): Promise<boolean> {
    const aside = `${path}.${this.runId}${TEMP_SUFFIX}`;
    try {
      await writeFile(aside, this.lockContent, { flag: 'wx' });
      try {
        await link(aside, path);
        return true;
      } finally {
        await unlink(aside).catch(() => {});
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // The content's file swept by a run that holds the lock: that run's lock is there now.
      if (code === 'ENOENT') return false;
      throw new UsageError(`-o ${this.dir}: ${describeFsError(e)}`);
    }
  }

  private async unlock(): Promise<void> {
    const path = join(this.real, LOCK_FILE);
    // Only our own lock: never one another run took over.
    if ((await readFile(path, 'utf8').catch(() => null)) === this.lockContent) await unlink(path).catch(() => {});
  }

  /**
   * index.ndjson, then the journals of killed runs on top, oldest run first (each run's number is
   * in its journals' names). Unreadable lines are ignored: the file is redone.
   */
  private async loadIndex(): Promise<void> {
    const take = (text: string) => {
      for (const line of text.split('\n')) {
        if (!line) continue;
        try {
          const e = JSON.parse(line) as IndexEntry;
          if (typeof e.path === 'string' && typeof e.sha256 === 'string') {
            this.known.set(entryKey(e), e);
            this.lines.set(e, line);
          }
        } catch {
          // A torn last line of a killed run's journal.
        }
      }
    };
    // Never through a link planted at these names.
    // Read synchronously: one file read whole costs less so than through the thread pool in chunks.
    const read = (path: string): string => {
      let fd: number;
      try {
        fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      } catch {
        return '';
      }
      try {
        return fstatSync(fd).isFile() ? readFileSync(fd, 'utf8') : '';
      } catch {
        return '';
      } finally {
        closeSync(fd);
      }
    };
    const previous = read(join(this.real, INDEX_FILE));
    take(previous);
    this.unchangedIndex = previous.length > 0 ? { text: previous, offset: 0 } : null;
    const journals: { name: string; run: number; wal: boolean }[] = [];
    for (const name of readdirSync(this.real)) {
      const m = JOURNAL_NAME.exec(name);
      if (!m) continue;
      const run = m[3] === undefined ? 0 : Number(m[2]); // an older version's <pid> journal: before any numbered run
      journals.push({ name, run, wal: m[4] !== undefined });
      this.staleJournals.push(join(this.real, name));
      if (m[1] === 'index') this.generation = Math.max(this.generation, run + 1);
    }
    // Journals of a killed run: this run's index is written out in full.
    if (journals.length > 0) this.unchangedIndex = null;
    journals.sort((a, b) => a.run - b.run || Number(a.wal) - Number(b.wal) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const j of journals) if (j.name.startsWith('index.')) take(read(join(this.real, j.name)));
  }

  /**
   * Removes temporary files that killed runs left behind: any output temp that is not this run's
   * (this run holds the lock, so no other run is writing; a reused pid changes nothing, the names
   * carry a random run id). Folders reached through links are not entered.
   */
  private async sweepTemps(dir: string, own = false): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) await this.sweepTemps(join(dir, e.name), own);
      else if (e.isFile() || e.isSymbolicLink()) {
        const m = TEMP_NAME.exec(e.name);
        if (m && (own || m[1] !== this.runId)) await unlink(join(dir, e.name)).catch(() => {});
        else if (dir === this.real && LOCK_ASIDE_NAME.test(e.name) && e.name !== `${LOCK_FILE}.${this.runId}${TEMP_SUFFIX}`) {
          await unlink(join(dir, e.name)).catch(() => {}); // a lock's content written aside by a run killed before it linked it
        } else if (dir === this.real && e.name.startsWith(`${LOCK_FILE}.takeover-`)) {
          const age = Date.now() - ((await stat(join(dir, e.name)).catch(() => null))?.mtimeMs ?? 0);
          if (age > TOKEN_STALE_MS) await unlink(join(dir, e.name)).catch(() => {});
        }
      }
    }
  }

  /** Where the output for an input goes: OUTDIR/<relPath><extension> (bytes when the path is not UTF-8). */
  outputPath(relPath: string, extension: string, relBytes?: Buffer): FsPath {
    if (relBytes) return Buffer.concat([Buffer.from(this.real + sep), relBytes, Buffer.from(extension)]);
    // The walk's relative paths are plain names joined by "/": nothing for join() to normalize (it is
    // called only for a path that has something to: "." or ".." parts, doubled or outer slashes).
    if (sep === '/' && this.real !== '/' && !UNNORMAL_PATH.test(relPath)) return `${this.real}/${relPath}${extension}`;
    return join(this.real, ...relPath.split('/')) + extension;
  }

  /**
   * True when the output is still there, a regular file (not a link), and has the sha256 its index
   * line records: an output changed since (by a killed run, or by hand) is redone.
   */
  outputMatches(path: FsPath, sha256: string | undefined): boolean {
    return this.verifyOutput(path, sha256) !== null;
  }

  /** Whether the file at `path` is still the one `stamp` recorded (never through a link: a link put in its place is not a file). */
  static unchanged(path: FsPath, stamp: string | undefined): boolean {
    if (!stamp) return false;
    const info = lstatSync(path, { throwIfNoEntry: false });
    return info !== undefined && info.isFile() && stampMatches(info, stamp);
  }

  /**
   * Whether the output still has the sha256 its index line records, as the stamp to record for it
   * (undefined when changed too recently to trust) — or null when it does not (or is not a file).
   */
  verifyOutput(path: FsPath, sha256: string | undefined, stampAfterMs?: number): { stamp: string | undefined } | null {
    if (!sha256) return null;
    let fd: number;
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
      return null;
    }
    try {
      const info = fstatSync(fd, { bigint: true });
      if (!info.isFile()) return null;
      const size = Number(info.size);
      if (size > this.checkBuffer.bytes.length) this.checkBuffer.bytes = new Uint8Array(Math.max(size, this.checkBuffer.bytes.length * 2));
      const hash = createHash('sha256');
      for (;;) {
        const n = readSync(fd, this.checkBuffer.bytes, 0, this.checkBuffer.bytes.length, null);
        if (n === 0) break;
        hash.update(this.checkBuffer.bytes.subarray(0, n));
      }
      return hash.digest('hex') === sha256 ? { stamp: verifiedStamp(info, stampAfterMs) } : null;
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Writes a file atomically: a temporary file beside it, then a rename, so a reader (or a killed
   * run) never sees half a file. The temporary file has a random name and is created exclusively,
   * never through a link (O_EXCL | O_NOFOLLOW): a link planted at its name cannot redirect the
   * write. The folders are created one by one below OUTDIR, and a link among them that leads out
   * is refused, so nothing is created outside OUTDIR (rename replaces a link at the target itself
   * rather than writing through it). `journal`, the output's index line, is appended to the
   * write-ahead log before the rename: a killed run never leaves an output its journals do not
   * know. The writing runs on libuv's threads (callback fs), so the main thread stays free to feed
   * the workers; a run that stops waits for the writes it started, so none is left half done.
   */
  async writeAtomic(target: FsPath, content: string, journal?: string): Promise<void> {
    if (typeof target === 'string' && (!isInside(target, this.real) || target === this.real)) throw new Error(`refusing to write outside OUTDIR: ${target}`);
    const folder = dirOf(target);
    this.folderInside(folder);
    // A short name of its own: the target's name plus a suffix could pass the 255-byte name limit.
    const temp = tempName(joinPath(folder, `.${this.runId}-`));
    let created = false;
    try {
      injectFault(this.fault);
      const fd = await new Promise<number>((resolve, reject) => openCb(temp, O_NEW, 0o666, (e, fd) => (e ? reject(e) : resolve(fd))));
      created = true;
      try {
        const bytes = Buffer.from(content);
        let done = 0;
        while (done < bytes.length) done += await new Promise<number>((resolve, reject) => writeCb(fd, bytes, done, bytes.length - done, null, (e, n) => (e ? reject(e) : resolve(n))));
      } finally {
        await new Promise<void>((resolve) => closeCb(fd, () => resolve()));
      }
      if (journal !== undefined) await this.wal.write(journal + '\n');
      await new Promise<void>((resolve, reject) => renameCb(temp, target, (e) => (e ? reject(e) : resolve())));
    } catch (e) {
      if (created) await new Promise<void>((resolve) => unlinkCb(temp, () => resolve()));
      const code = (e as NodeJS.ErrnoException).code;
      if (code && FULL_CODES.has(code)) throw new DiskFull(this.dir, shown(target), code);
      throw e;
    }
  }

  /** Checks an output's place and creates its folder (as writeAtomic does), for a thread to write it with writeOutputSync. */
  slotFor(target: FsPath): OutputSlot {
    if (typeof target === 'string' && (!isInside(target, this.real) || target === this.real)) throw new Error(`refusing to write outside OUTDIR: ${target}`);
    const folder = dirOf(target);
    this.folderInside(folder);
    return { target, tempPrefix: joinPath(folder, `.${this.runId}-`), walPath: this.journalPath(INDEX_FILE, '.wal'), fault: this.fault };
  }

  /** The run-stopping error for a write that failed with `code` on `target`, when the disk is full. */
  diskFull(target: FsPath, code: string | undefined): DiskFull | null {
    return isDiskFull(code) ? new DiskFull(this.dir, shown(target), code!) : null;
  }

  /** Creates `folder` below OUTDIR component by component; a link that leads outside OUTDIR is refused, not followed. */
  private folderInside(folder: FsPath): void {
    const key = typeof folder === 'string' ? folder : `\0${folder.toString('base64')}`;
    if (this.checkedFolders.has(key)) return;
    const root = typeof folder === 'string' ? this.real : Buffer.from(this.real);
    const rest = typeof folder === 'string' ? folder.slice(this.real.length) : folder.subarray(this.real.length);
    const parts = typeof rest === 'string' ? rest.split(sep).filter(Boolean) : splitBytes(rest);
    let current: FsPath = root;
    for (const part of parts) {
      current = joinPath(current, part);
      try {
        mkdirSync(current);
        continue;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const info = lstatSync(current);
      if (info.isDirectory()) continue;
      if (info.isSymbolicLink()) {
        const real = realpathSync(current).toString();
        if (isInside(real, this.real) && lstatSync(real).isDirectory()) continue;
        throw new Error(`refusing to write outside OUTDIR: ${shown(current).slice(this.real.length + 1)} leads to ${real}`);
      }
      throw new Error(`${shown(current).slice(this.real.length + 1)} is a file, not a folder`);
    }
    this.checkedFolders.add(key);
  }

  /**
   * After a stop: outputs that workers wrote (their lines are in this run's write-ahead log) but
   * whose replies never came back, as the worker was stopped. Each one still holding the content
   * its line records is recorded, so the index lists exactly what is on disk.
   */
  async recordLogged(pending: ReadonlyMap<string, FsPath>): Promise<void> {
    const text = await readFile(this.journalPath(INDEX_FILE, '.wal'), 'utf8').catch(() => '');
    const logged = new Map<string, { entry: IndexEntry; line: string }>();
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const entry = JSON.parse(line) as IndexEntry;
        if (pending.has(entryKey(entry))) logged.set(entryKey(entry), { entry, line });
      } catch {
        // a torn line
      }
    }
    for (const [key, { entry, line }] of logged) {
      if (!this.verifyOutput(pending.get(key)!, entry.outputSha256)) continue;
      this.lines.set(entry, line);
      await this.record(entry);
    }
  }

  /** An entry whose JSON line a worker made already (for the write-ahead log): recorded as that line. */
  adopt(entry: IndexEntry, line: string): void {
    this.lines.set(entry, line);
  }

  /**
   * Appends to this run's index journal (flushed in blocks; `flush` at the end). Returns a promise
   * only when it flushes: a re-run records thousands of unchanged lines without one.
   */
  record(entry: IndexEntry): Promise<void> | undefined {
    // An entry kept from the previous index is copied as it was read.
    const line = this.lines.get(entry) ?? JSON.stringify(entry);
    const same = this.unchangedIndex;
    if (same) {
      const end = same.offset + line.length;
      if (same.text.charCodeAt(end) === 0x0a && same.text.startsWith(line, same.offset)) {
        same.offset = end + 1;
        return undefined;
      }
      this.writeOutMatched();
    }
    this.indexBuffer += line + '\n';
    return this.indexBuffer.length > 64 * 1024 ? this.flush() : undefined;
  }

  /** The previous index's lines matched so far go to the journal after all: this run's index differs. */
  private writeOutMatched(): void {
    const same = this.unchangedIndex;
    if (!same) return;
    this.unchangedIndex = null;
    this.indexBuffer = same.text.slice(0, same.offset) + this.indexBuffer;
  }

  async recordError(path: string, message: string): Promise<void> {
    this.errorsRecorded = true;
    this.errorsBuffer += JSON.stringify({ path, message }) + '\n';
    if (this.errorsBuffer.length > 16 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    const index = this.indexBuffer;
    const errors = this.errorsBuffer;
    this.indexBuffer = '';
    this.errorsBuffer = '';
    try {
      if (index) await this.indexJournal.write(index);
      if (errors) await this.errorsJournal.write(errors);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code && FULL_CODES.has(code)) throw new DiskFull(this.dir, 'the index journal', code);
      throw e;
    }
  }

  /**
   * Ends the run: the journals become index.ndjson and _errors.ndjson. When the run stopped early,
   * the entries of the previous runs that this run did not reach are kept, so the next run still
   * skips their outputs. The killed runs' journals are removed before this run's index replaces
   * index.ndjson: a run killed in between leaves only newer journals beside the older index.
   */
  async close(options: { complete: boolean; sweepOwnTemps?: boolean }): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (!options.complete) for (const entry of this.known.values()) await this.record(entry);
      // Nothing changed (every line as before, no error now or last time): both files stay as they are.
      const same = this.unchangedIndex;
      const unchanged = same !== null && same.offset === same.text.length && !this.errorsRecorded && isEmptyFile(join(this.real, ERRORS_FILE));
      if (!unchanged) this.writeOutMatched();
      await this.flush();
      await this.indexJournal.close();
      await this.errorsJournal.close();
      for (const stale of this.staleJournals) await unlink(stale).catch(() => {});
      if (unchanged) {
        await unlink(this.journalPath(ERRORS_FILE)).catch(() => {});
        await unlink(this.journalPath(INDEX_FILE)).catch(() => {});
      } else {
        await rename(this.journalPath(ERRORS_FILE), join(this.real, ERRORS_FILE));
        await rename(this.journalPath(INDEX_FILE), join(this.real, INDEX_FILE));
      }
      await this.wal.close();
      await unlink(this.journalPath(INDEX_FILE, '.wal')).catch(() => {});
      await this.sweeping;
      // A worker stopped in the middle of a write (a timeout, Ctrl-C) may have left this run's own temporary file.
      if (options.sweepOwnTemps) await this.sweepTemps(this.real, true);
    } finally {
      await this.unlock();
    }
  }

  /** After a failure (a full disk): closes the files and leaves the journals for the next run, and the lock free. */
  async abandon(options: { sweepOwnTemps?: boolean } = {}): Promise<void> {
    this.closed = true;
    await this.indexJournal.close().catch(() => {});
    await this.errorsJournal.close().catch(() => {});
    await this.wal.close().catch(() => {});
    await this.sweeping;
    if (options.sweepOwnTemps) await this.sweepTemps(this.real, true);
    await this.unlock();
  }
}

/** A regular file of no bytes (not a link). */
function isEmptyFile(path: string): boolean {
  const info = lstatSync(path, { throwIfNoEntry: false });
  return info !== undefined && info.isFile() && info.size === 0;
}

function splitBytes(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x2f) {
      if (i > start) parts.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return parts;
}

async function readLock(path: string): Promise<{ content: string; ino: bigint; mtimeNs: bigint } | null> {
  try {
    const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const info = await handle.stat({ bigint: true });
      return { content: await handle.readFile('utf8'), ino: info.ino, mtimeNs: info.mtimeNs };
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/** A process's start time (in clock ticks since boot, from /proc), or null where /proc is not there. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Is the process that wrote this lock (`<pid> [<start time> <run id>]`) still running? A reused pid is not it. */
function holderAlive(content: string): boolean {
  const [pidText, start] = content.trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  // With /proc the start time tells the holder from a later process given the same pid.
  if (start && start !== '-' && existsProc()) return processStart(pid) === start;
  if (pid === process.pid) return false; // an older lock naming our pid: not ours, its process is gone
  return processAlive(pid);
}

let procChecked: boolean | null = null;
function existsProc(): boolean {
  return (procChecked ??= processStart(process.pid) !== null);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
