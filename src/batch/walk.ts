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
    yield* walkFolder(root, label, real, [real], { include, exclude, skip });
  }
}

interface Filters {
  include: Glob[];
  exclude: Glob[];
  skip: Set<string>;
}

/**
 * One folder. File-system calls are synchronous: each is microseconds on a local disk, cheaper than
 * a promise round trip, and the walk yields between entries anyway. `real` is the folder's real
 * path; only a folder reached through a symbolic link needs a realpath call to know its own.
 */
async function* walkFolder(dir: string, rel: string, real: string, ancestors: string[], f: Filters): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
  } catch (e) {
    yield { path: dir, relPath: rel || '.', error: `cannot list folder: ${describeFsError(e)}` };
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') yield { path, relPath, error: 'symbolic link loop' };
        else if (wanted(relPath, f)) yield { path, relPath, error: code === 'ENOENT' ? 'broken symbolic link' : describeFsError(e) };
        continue;
      }
    }
    if (isDirectory) {
      if (matchesAny(f.exclude, relPath) || matchesAny(f.exclude, relPath + '/')) continue;
      let childReal = join(real, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          childReal = realpathSync(path);
        } catch (e) {
          yield { path, relPath, error: describeFsError(e) };
          continue;
        }
      }
      if (f.skip.has(childReal)) continue;
      if (ancestors.includes(childReal)) {
        yield { path, relPath, error: `symbolic link loop: leads back to ${childReal}` };
        continue;
      }
      yield* walkFolder(path, relPath, childReal, [...ancestors, childReal], f);
      continue;
    }
    if (!wanted(relPath, f)) continue;
    if (!isFile) {
      yield { path, relPath, error: 'is not a regular file' };
      continue;
    }
    if (entry.isSymbolicLink() && f.skip.size > 0) {
      // A link into OUTDIR would read our own output as input.
      let target = path;
      try {
        target = realpathSync(path);
      } catch {
        // vanished: the read will say so
      }
      if ([...f.skip].some((s) => target === s || target.startsWith(s + sep))) continue;
    }
    yield { path, relPath };
  }
}

function wanted(relPath: string, f: Filters): boolean {
  return matchesAny(f.include, relPath) && !matchesAny(f.exclude, relPath);
}
