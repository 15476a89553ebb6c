import { createHash } from 'node:crypto';
import { InputError } from './errors.js';
import { readSource, DEFAULT_MAX_BYTES } from './io/read.js';
import { extractText, htmlExtract } from './format/containers.js';
import { looksLikeHtml } from './format/detect.js';
import { parseText } from './pipeline.js';
import type { Incident } from './types.js';
import type { PdfLimits } from './format/pdf/limits.js';

export interface ParseOptions {
  /** Shown as source.path (the path as given on the command line). */
  path?: string;
  /** Force a text encoding (shift_jis, euc-jp, utf-16le …). */
  encoding?: string | null;
  explain?: boolean;
  tokenize?: boolean;
  maxBytes?: number;
  /** sha256 of the bytes, when the caller already hashed them (batch does, to skip unchanged inputs). */
  sha256?: string;
  /** Caps for PDF input: pages, inflated bytes, seconds (defaults in src/format/pdf/limits.ts). */
  pdf?: Partial<PdfLimits>;
  /** The charset a server named in its Content-Type header (tried before the page's own <meta>). */
  charset?: string | null;
  /** The address the bytes were downloaded from (after redirects): the page's URL when it names none. */
  pageUrl?: string | null;
  /** For a URL given as the path: the whole download's time limit in milliseconds. */
  fetchTimeoutMs?: number;
  /**
   * The day (YYYY-MM-DD) a text with no publication date (a pasted body) is read as published on: what it leaves undated
   * (12月3日 with no year the text gives, 本年, 昨日) is read against it (src/dates/resolveDates.ts). Default: today. The
   * text's own publication date, or a day it dates itself by, wins.
   */
  referenceDate?: string | null;
  /** Told the decoded text the incident's offsets refer to (`disclose text`): grouping reads quoted titles from it. */
  onText?: (text: string) => void;
}

/**
 * The library entry point: a release's bytes (or already-decoded text) in, an incident out.
 * read+decode → detect format → normalize → segment → extract → refine → incident.
 */
export async function parse(input: string | Uint8Array, options: ParseOptions = {}): Promise<Incident> {
  const path = options.path ?? '-';
  if (typeof input === 'string') {
    if (input.trim().length === 0) throw new InputError(path, 'is empty');
    // A page's markup passed as a string is extracted like an .html file.
    if (looksLikeHtml(input)) {
      const page = await htmlExtract(input, path);
      return parseText(page.text, { path, format: 'html', explain: options.explain, tokenize: options.tokenize, warnings: page.warnings, referenceDate: options.referenceDate });
    }
    return parseText(input, { path, explain: options.explain, tokenize: options.tokenize, referenceDate: options.referenceDate });
  }
  const sha256 = options.sha256 ?? createHash('sha256').update(input).digest('hex');
  // Detect by content, decode, extract HTML/PDF (src/format/containers.ts); errors are one-line InputErrors.
  const extracted = await extractText(input, { path, encoding: options.encoding, pdf: options.pdf, charset: options.charset, pageUrl: options.pageUrl });
  options.onText?.(extracted.text);
  return parseText(extracted.text, { path, format: extracted.format, encoding: extracted.encoding, sha256, explain: options.explain, tokenize: options.tokenize, warnings: extracted.warnings, referenceDate: options.referenceDate });
}

/** Reads and parses one file ("-" for standard input, or an http(s) URL, downloaded). */
export async function parseFile(path: string, options: Omit<ParseOptions, 'path'> = {}): Promise<Incident> {
  const source = await readSource(path, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, timeoutMs: options.fetchTimeoutMs });
  return parse(source.bytes, { ...options, path, charset: source.charset, pageUrl: source.url });
}
