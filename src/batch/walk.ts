import { isUrl, urlFileName } from '../io/fetch.js';
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { describeFsError } from '../io/read.js';
import { compileGlob, matchesAny, type Glob } from './glob.js';

/** What `batch` reads when no `--include` is given (case-insensitive: `X.HTML` counts). */
export const DEFAULT_INCLUDE = ['*.md', '*.txt', '*.html', '*.htm'];

/**
 * One thing the walk found: a file to parse, or a reason it cannot be walked (a symbolic link loop,
 * a broken link, a folder that cannot be listed, a FIFO or socket named like a release).
 */
export interface WalkEntry {
  /** The path to read: the input argument joined with the relative path. */
  path: string;
  /** Relative to its input folder, with `/` separators; what OUTDIR mirrors and what orders the run. */
  relPath: string;
  /** Set when the entry cannot be read; the batch reports it as a failure and goes on. */
  error?: string;
  /**
   * Only when a name on the way is not valid UTF-8 (`bad\xff.md`): the path to read and the relative
   * path as the bytes they are on disk. `path` and `relPath` then show U+FFFD for the bad bytes, so
   * they are for display; these keep `bad\xff.md` apart from a real `bad\uFFFD.md` beside it.
   */
  pathBytes?: Buffer;
  relBytes?: Buffer;
}

export interface WalkOptions {
  /** Globs a file must match (default DEFAULT_INCLUDE); a glob without `/` matches the file name. */
  include?: readonly string[];
  /** Globs that drop a file, or a whole folder when they match the folder. */
  exclude?: readonly string[];
  /** Real paths never walked into (the batch's OUTDIR when it lies inside an input folder). */
  skipRealPaths?: readonly string[];
}

/** Compiles --include/--exclude, turning a malformed glob into a usage error. */
export function compileFilters(options: WalkOptions): { include: Glob[]; exclude: Glob[] } {
  const compile = (patterns: readonly string[], nocase: boolean) =>
    patterns.map((p) => {
      try {
        return compileGlob(p, { nocase });
      } catch (e) {
        throw new UsageError(`bad glob ${JSON.stringify(p)}: ${(e as Error).message}`);
      }
    });
  const custom = options.include !== undefined && options.include.length > 0;
  return {
    include: compile(custom ? options.include! : DEFAULT_INCLUDE, !custom),
    exclude: compile(options.exclude ?? [], false),
  };
}

/** Byte-wise (code unit) order: the same on every machine and locale, unlike localeCompare. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Labels for the input arguments: with one folder, relative paths start inside it; with several,
 * each is prefixed by its folder's name so the mirrors cannot collide. A file argument is its name.
 */
export function rootLabels(roots: readonly string[]): string[] {
  if (roots.length === 1) return [''];
  const labels = roots.map((r) => (isUrl(r) ? urlFileName(r) : basename(resolve(r)) || 'root'));
  const seen = new Map<string, string>();
  labels.forEach((label, i) => {
    const other = seen.get(label);
    if (other !== undefined) throw new UsageError(`inputs ${other} and ${roots[i]} have the same name "${label}": their outputs would collide`);
    seen.set(label, roots[i]);
  });
  return labels;
}

/**
 * Walks the inputs depth-first with every folder's names in code-unit order, so the order is
 * stable across runs and machines ("sorted by path", comparing name by name). Folders reached
 * through symbolic links are followed, but one that leads back to a folder above it (a loop) is
 * reported, not entered: each folder's real path is checked against the real paths above it.
 * Entries are produced as they are found, so callers can start work before the walk ends.
 */
export async function* walkInputs(roots: readonly string[], options: WalkOptions = {}): AsyncGenerator<WalkEntry> {
  yield* walkInputsSync(roots, options);
}

/**
 * walkInputs without a promise per entry (each level of an async generator adds one): the batch
 * takes the entries a few dozen at a time and lets the workers' replies in between.
 */
export function* walkInputsSync(roots: readonly string[], options: WalkOptions = {}): Generator<WalkEntry> {
  const { include, exclude } = compileFilters(options);
  const labels = rootLabels(roots);
  const skip = new Set(options.skipRealPaths ?? []);
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i];
    const label = labels[i];
    // An http(s) URL is one input, downloaded when its turn comes; its output is named after it.
    if (isUrl(root)) {
      yield { path: root, relPath: label || urlFileName(root) };
      continue;
    }
    let info;
    try {
      info = statSync(root);
    } catch (e) {
      yield { path: root, relPath: label || basename(root), error: describeFsError(e) };
      continue;
    }
    if (!info.isDirectory()) {
      // A file named on the command line is read whatever its extension.
      yield info.isFile()
        ? { path: root, relPath: label || basename(root) }
        : { path: root, relPath: label || basename(root), error: 'is not a regular file' };
      continue;
    }
    const real = realpathSync(root);
    yield* walkFolder({ dir: root, rel: label, relBytes: undefined }, real, [real], { include, exclude, skip });
  }
}

interface Filters {
  include: Glob[];
  exclude: Glob[];
  skip: Set<string>;
}

/** A folder being walked: its path, and its relative path (as bytes too once a name was not UTF-8). */
interface Place {
  dir: string | Buffer;
  rel: string;
  relBytes: Buffer | undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A name read as bytes: its text, and the bytes themselves when they are not valid UTF-8. */
function nameOf(raw: Buffer): { text: string; bytes?: Buffer } {
  try {
    return { text: strictUtf8.decode(raw) };
  } catch {
    return { text: raw.toString('utf8'), bytes: raw };
  }
}

function joinBytes(a: string | Buffer, b: Buffer): Buffer {
  return Buffer.concat([typeof a === 'string' ? Buffer.from(a) : a, Buffer.from(sep), b]);
}

/**
 * One folder. File-system calls are synchronous: each is microseconds on a local disk, cheaper than
 * a promise round trip, and the walk yields between entries anyway. `real` is the folder's real
 * path; only a folder reached through a symbolic link needs a realpath call to know its own. Names
 * are read as bytes, so one that is not valid UTF-8 is still found and read as it is.
 */
function* walkFolder(place: Place, real: string, ancestors: string[], f: Filters): Generator<WalkEntry> {
  const { dir, rel, relBytes: folderBytes } = place;
  let entries: { dirent: Dirent<string> | Dirent<Buffer>; text: string; bytes?: Buffer }[];
  try {
    entries = listFolder(dir, folderBytes !== undefined);
  } catch (e) {
    yield { path: shown(dir), relPath: rel || '.', error: `cannot list folder: ${describeFsError(e)}` };
    return;
  }
  // Children of a text path: the folder's path as join() gives it, then the name (what join does, without normalizing again per entry).
  const prefix = typeof dir === 'string' ? folderPrefix(dir) : '';
  for (const { dirent: entry, text, bytes } of entries) {
    // Bytes from the first name that is not UTF-8 down: every path below it keeps them.
    const asBytes = bytes !== undefined || folderBytes !== undefined || typeof dir !== 'string';
    // (Names are bytes whenever asBytes is: listFolder read the folder as bytes.)
    const raw = asBytes ? (bytes ?? (entry.name as Buffer)) : undefined;
    const path: string | Buffer = raw ? joinBytes(dir, raw) : prefix + text;
    const relPath = rel ? `${rel}/${text}` : text;
    const relBytes = raw ? (rel ? Buffer.concat([folderBytes ?? Buffer.from(rel), Buffer.from('/'), raw]) : raw) : undefined;
    const shownPath = asBytes ? shown(path) : (path as string);
    const named = (e: Omit<WalkEntry, 'path' | 'relPath'> = {}): WalkEntry => namedEntry(shownPath, relPath, asBytes ? path : undefined, relBytes, e);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') yield named({ error: 'symbolic link loop' });
        else if (wanted(relPath, f)) yield named({ error: code === 'ENOENT' ? 'broken symbolic link' : describeFsError(e) });
        continue;
      }
    }
    if (isDirectory) {
      if (matchesAny(f.exclude, relPath) || matchesAny(f.exclude, relPath + '/')) continue;
      let childReal = join(real, text);
      if (entry.isSymbolicLink()) {
        try {
          childReal = realpathSync(path).toString();
        } catch (e) {
          yield named({ error: describeFsError(e) });
          continue;
        }
      }
      if (f.skip.has(childReal)) continue;
      if (ancestors.includes(childReal)) {
        yield named({ error: `symbolic link loop: leads back to ${childReal}` });
        continue;
      }
      yield* walkFolder({ dir: path, rel: relPath, relBytes }, childReal, [...ancestors, childReal], f);
      continue;
    }
    if (!wanted(relPath, f)) continue;
    if (!isFile) {
      yield named({ error: 'is not a regular file' });
      continue;
    }
    if (entry.isSymbolicLink() && f.skip.size > 0) {
      // A link into OUTDIR would read our own output as input.
      let target = shownPath;
      try {
        target = realpathSync(path).toString();
      } catch {
        // vanished: the read will say so
      }
      if ([...f.skip].some((s) => target === s || target.startsWith(s + sep))) continue;
    }
    // The common case, a plain file with a UTF-8 path: one small object, no spreads.
    yield asBytes ? named() : { path: shownPath, relPath };
  }
}

function namedEntry(path: string, relPath: string, pathBytes: string | Buffer | undefined, relBytes: Buffer | undefined, e: Omit<WalkEntry, 'path' | 'relPath'>): WalkEntry {
  return { path, relPath, ...(pathBytes !== undefined ? { pathBytes: pathBytes as Buffer, relBytes } : {}), ...e };
}

/**
 * A folder's entries in code-unit order of their names. Names are read as text; only a folder
 * holding a name that did not decode (U+FFFD in it) is read again as bytes, so that a name that is
 * not valid UTF-8 is found and read as it is, apart from a real U+FFFD name beside it.
 */
function listFolder(dir: string | Buffer, asBytes: boolean): { dirent: Dirent<string> | Dirent<Buffer>; text: string; bytes?: Buffer }[] {
  if (!asBytes && typeof dir === 'string') {
    const dirents = readdirSync(dir, { withFileTypes: true });
    if (!dirents.some((d) => d.name.includes('\uFFFD'))) {
      return dirents.map((dirent) => ({ dirent, text: dirent.name })).sort((a, b) => compareNames(a.text, b.text));
    }
  }
  return readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })
    .map((dirent) => {
      const { text, bytes } = nameOf(dirent.name);
      return { dirent, text, ...(bytes || asBytes || typeof dir !== 'string' ? { bytes: dirent.name } : {}) };
    })
    .sort((a, b) => compareNames(a.text, b.text) || Buffer.compare(a.dirent.name as Buffer, b.dirent.name as Buffer));
}

/** What join(dir, name) starts with for a plain name: the normalized folder and a separator ("" for "."). */
function folderPrefix(dir: string): string {
  const normal = join(dir, '.');
  return normal === '.' ? '' : normal.endsWith(sep) ? normal : normal + sep;
}

function shown(path: string | Buffer): string {
  return typeof path === 'string' ? path : path.toString('utf8');
}

function wanted(relPath: string, f: Filters): boolean {
  return matchesAny(f.include, relPath) && !matchesAny(f.exclude, relPath);
}
