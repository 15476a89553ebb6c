import { join } from 'node:path';
import { loadWithCodeCache } from './codeCache.cjs';

/**
 * What each worker thread of the batch pool loads (piscina's `filename`, when the build made the
 * bundle): the batch worker bundled into one CommonJS file (dist/worker/worker.cjs,
 * scripts/bundle-worker.mjs), run through the code cache the build made for it (codeCache.cts).
 * Its exports are src/batch/worker.ts's: the default export parses a bundle of inputs.
 */
export = loadWithCodeCache(join(__dirname, '..', 'worker', 'worker.cjs')).exports;
