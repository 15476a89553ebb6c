import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { parseFile } from '../parse.js';
import { extractText } from '../format/containers.js';
import { loadReleases, type LoadOptions } from '../stats/load.js';
import type { Release } from './group.js';

export interface LoadedReleases {
  releases: Release[];
  failed: number;
}

/**
 * Releases from several inputs (folders, `batch -o` OUTDIRs, incident NDJSON, "-"), each with its
 * text when its source file is still there unchanged (same sha256): quoted titles and dates are read
 * from the text. A release whose source is gone is grouped on its JSON alone.
 */
export async function loadReleaseTexts(inputs: readonly string[], options: LoadOptions & { text?: boolean } = {}): Promise<LoadedReleases> {
  const releases: Release[] = [];
  let failed = 0;
  for (const input of inputs) {
    if (input !== '-' && (await isReleaseFile(input))) {
      try {
        releases.push({ incident: await parseFile(input, { tokenize: options.tokenize, maxBytes: options.maxBytes }) });
      } catch (e) {
        failed++;
        options.onError?.(input, (e as Error).message.replace(`${input}: `, ''));
      }
      continue;
    }
    const loaded = await loadReleases(input, options);
    releases.push(...loaded.releases);
    failed += loaded.failed;
  }
  if (options.text !== false) await attachTexts(releases);
  return { releases, failed };
}

/** Reads each release's source (a few at a time) and keeps its text when the bytes are the ones parsed. */
export async function attachTexts(releases: Release[], concurrency = 16): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < releases.length) {
      const r = releases[next++]!;
      if (r.text !== undefined) continue;
      const path = r.incident.source.path;
      if (!path || path === '-') continue;
      try {
        const bytes = await readFile(path);
        if (createHash('sha256').update(bytes).digest('hex') !== r.incident.source.sha256) continue;
        r.text = (await extractText(new Uint8Array(bytes), { path })).text;
      } catch {
        // gone, unreadable or no longer a release: grouped on its JSON alone
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, releases.length) }, worker));
}

/** A file that is one release (not incident NDJSON): anything whose first visible character is not "{". */
async function isReleaseFile(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false;
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
      const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
      return head !== '' && !head.startsWith('{');
    } finally {
      await handle.close();
    }
  } catch {
    return false; // let the NDJSON reader report it
  }
}
