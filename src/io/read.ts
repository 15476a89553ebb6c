import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { fetchInput, isUrl } from './fetch.js';

/** Default --max-bytes: larger inputs are refused rather than parsed for minutes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Reads a file (or standard input for "-") as bytes, with one clear error for each way it can fail. */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  if (path === '-') return readStdin(maxBytes);
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new InputError(path, describeFsError(e));
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory (use `disclose batch` for folders)');
  if (!info.isFile()) throw new InputError(path, 'is not a regular file');
  if (info.size > maxBytes) throw new InputError(path, `is ${info.size} bytes, over the --max-bytes limit of ${maxBytes}`);
  try {
    return await readFile(path);
  } catch (e) {
    throw new InputError(path, describeFsError(e));
  }
}

/** An input's bytes with what its transport says about them (a downloaded page's charset and final URL). */
export interface SourceBytes {
  bytes: Uint8Array;
  charset: string | null;
  url: string | null;
}

/** A file, standard input ("-") or an http(s) URL (downloaded within --max-bytes and the timeout). */
export async function readSource(path: string, options: { maxBytes?: number; timeoutMs?: number } = {}): Promise<SourceBytes> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (isUrl(path)) {
    const fetched = await fetchInput(path, { maxBytes, timeoutMs: options.timeoutMs });
    if (fetched.bytes.length === 0) throw new InputError(path, 'is empty (the server sent no body)');
    return { bytes: fetched.bytes, charset: fetched.charset, url: fetched.url };
  }
  return { bytes: await readInput(path, maxBytes), charset: null, url: null };
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new InputError('-', `standard input is over the --max-bytes limit of ${maxBytes}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return (e as Error)?.message ?? String(e);
  }
}
