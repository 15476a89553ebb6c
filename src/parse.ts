import { createHash } from 'node:crypto';
import { InputError } from './errors.js';
import { decodeBytes } from './io/decode.js';
import { readInput, DEFAULT_MAX_BYTES } from './io/read.js';
import { detectContainer } from './format/detect.js';
import { parseText } from './pipeline.js';
import type { Incident } from './types.js';

export interface ParseOptions {
  /** Shown as source.path (the path as given on the command line). */
  path?: string;
  /** Force a text encoding (shift_jis, euc-jp, utf-16le …). */
  encoding?: string | null;
  explain?: boolean;
  tokenize?: boolean;
  maxBytes?: number;
}

/**
 * The library entry point: a release's bytes (or already-decoded text) in, an incident out.
 * read+decode → detect format → normalize → segment → extract → refine → incident.
 */
export async function parse(input: string | Uint8Array, options: ParseOptions = {}): Promise<Incident> {
  const path = options.path ?? '-';
  if (typeof input === 'string') {
    if (input.trim().length === 0) throw new InputError(path, 'is empty');
    return parseText(input, { path, explain: options.explain, tokenize: options.tokenize });
  }
  const sha256 = createHash('sha256').update(input).digest('hex');
  if (input.length === 0) throw new InputError(path, 'is empty');
  const container = detectContainer(input);
  if (container === 'binary') throw new InputError(path, 'looks like a binary file, not a text, HTML or PDF release');
  if (container === 'pdf' || container === 'html') {
    const { extractContainer } = await import('./format/containers.js');
    const extracted = await extractContainer(container, input, options);
    if (extracted.text.trim().length === 0) throw new InputError(path, extracted.emptyMessage);
    return parseText(extracted.text, { path, format: extracted.format, encoding: extracted.encoding, sha256, explain: options.explain, tokenize: options.tokenize, warnings: extracted.warnings });
  }
  let decoded;
  try {
    decoded = decodeBytes(input, options.encoding);
  } catch (e) {
    throw new InputError(path, (e as Error).message);
  }
  if (decoded.text.trim().length === 0) throw new InputError(path, 'has no text (only white space)');
  return parseText(decoded.text, { path, encoding: decoded.encoding, sha256, explain: options.explain, tokenize: options.tokenize, warnings: decoded.warnings });
}

/** Reads and parses one file ("-" for standard input). */
export async function parseFile(path: string, options: Omit<ParseOptions, 'path'> = {}): Promise<Incident> {
  const bytes = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return parse(bytes, { ...options, path });
}
