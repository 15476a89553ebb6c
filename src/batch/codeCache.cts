import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script, constants } from 'node:vm';

/**
 * A CommonJS bundle run through V8's code cache: every worker thread of a batch compiles the whole
 * pipeline again, function by function as it is first called (about 60 ms of CPU per thread).
 * `npm run build` runs the bundle over a few releases and stores the bytecode V8 compiled for it
 * beside the bundle (`BUNDLE.cache`); a thread that loads the bundle with it skips those compiles.
 * Node 20 has no compile cache for ES modules, hence a CommonJS bundle run as a vm.Script.
 *
 * The cache starts with the sha1 of the bundle it was made from (a cache of another bundle is never
 * used); V8 itself refuses one made by another V8 version or under other V8 flags (the batch's
 * --interrupt-budget is set before the cache is made and before workers start), and the bundle is
 * then compiled as usual.
 */
export interface LoadedBundle {
  /** The bundle's module.exports. */
  exports: Record<string, unknown>;
  /** The compiled script (its cache can be written once the bundle has run: writeCodeCache). */
  script: Script;
  /** Whether V8 took the cache (false: there was none, it was for another bundle, or V8 refused it). */
  cacheUsed: boolean;
}

const FINGERPRINT_BYTES = 20;

function cacheFileOf(bundle: string): string {
  return `${bundle}.cache`;
}

/** Runs a CommonJS bundle (as require would), with its code cache when there is a valid one. */
export function loadWithCodeCache(bundle: string, options: { useCache?: boolean } = {}): LoadedBundle {
  const source = readFileSync(bundle, 'utf8');
  let cachedData: Buffer | undefined;
  if (options.useCache !== false) {
    try {
      const file = readFileSync(cacheFileOf(bundle));
      if (file.length > FINGERPRINT_BYTES && file.subarray(0, FINGERPRINT_BYTES).equals(fingerprint(source))) cachedData = file.subarray(FINGERPRINT_BYTES);
    } catch {
      // no cache (a build without one): compiled as usual
    }
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapper, {
    filename: bundle,
    cachedData,
    // import() in the bundle (pdf.js, an ES module) goes through Node's own loader.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** Writes the bytecode compiled so far for a loaded bundle beside it (replacing any cache there). */
export function writeCodeCache(bundle: string, script: Script): void {
  const data = script.createCachedData();
  const target = cacheFileOf(bundle);
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, Buffer.concat([fingerprint(readFileSync(bundle, 'utf8')), data]));
  renameSync(temp, target);
}

/** Which bundle a cache was made from: a change detector, not a security check. */
function fingerprint(source: string): Buffer {
  return createHash('sha1').update(source).digest();
}
