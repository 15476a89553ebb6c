import { inflateSync, constants } from 'node:zlib';
import { InputError } from '../../errors.js';

// The caps and their defaults live apart from the checks, so the CLI's option parsing can read
// them at start-up without loading zlib.
export { DEFAULT_PDF_LIMITS, type PdfLimits } from './limitDefaults.js';
import type { PdfLimits } from './limitDefaults.js';

const MIB = 1024 * 1024;
const mib = (n: number) => (n >= MIB ? `${Math.round(n / MIB)} MiB` : `${n} bytes`);

/**
 * Inflates every Flate stream of the file but images, counting, and refuses the file when they
 * add up past the cap — before pdf.js, which would hold a stream's whole inflated bytes in memory.
 * Stream dictionaries are always plain text in the file (streams cannot sit in object streams), so
 * a scan for `stream` keywords finds them all. Streams that do not inflate (encrypted, damaged)
 * are left to pdf.js.
 */
export function checkInflatedSize(bytes: Uint8Array, limit: number, path: string): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let budget = limit;
  const keyword = /stream\r?\n/g;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    const start = m.index + m[0].length;
    if (m.index >= 3 && text.slice(m.index - 3, m.index) === 'end') continue;
    const dictStart = text.lastIndexOf('obj', m.index);
    const dict = text.slice(Math.max(dictStart, m.index - 4096), m.index);
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    keyword.lastIndex = end + 9;
    if (!/\/FlateDecode\b|\/Fl\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    let inflated: number;
    try {
      inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: budget + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') inflated = budget + 1;
      else continue;
    }
    budget -= inflated;
    if (budget < 0) {
      throw new InputError(path, `is a PDF whose streams inflate past the ${mib(limit)} limit (a compression bomb?); raise --pdf-max-inflated to read it`);
    }
  }
}

/** Whether the file holds image XObjects at all (their dictionaries, like every stream's, are plain text). */
export function holdsImages(bytes: Uint8Array, latin = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')): boolean {
  return /\/Subtype\s*\/Image\b/.test(latin);
}
