import type { Incident } from '../types.js';

/** Pretty JSON for one release (what `disclose parse a.md` prints). */
export function formatJson(incident: Incident): string {
  return JSON.stringify(incident, null, 2) + '\n';
}

/** One compact JSON object per line. */
export function formatNdjsonLine(incident: Incident): string {
  return JSON.stringify(incident) + '\n';
}
