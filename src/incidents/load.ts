import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extractText } from '../format/containers.js';
import { loadReleases, type LoadOptions } from '../stats/load.js';
import type { Release } from './group.js';

export interface LoadedReleases {
  releases: Release[];
  failed: number;
}

/**
 * Releases from several inputs (folders, `batch -o` OUTDIRs, incident JSON or NDJSON, release files,
 * "-"; each read by stats' loadReleases), each with its
 * text when its source file is still there unchanged (same sha256): quoted titles and dates are read
 * from the text. A release whose source is gone is grouped on its JSON alone.
 */
export async function loadReleaseTexts(inputs: readonly string[], options: LoadOptions & { text?: boolean } = {}): Promise<LoadedReleases> {
  const releases: Release[] = [];
  let failed = 0;
  for (const input of inputs) {
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
