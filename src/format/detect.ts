/**
 * What a file holds, judged by its bytes and markup rather than its name: pdf, html, binary or text.
 * (The archive layout is told from text later, by its `# 公表概要` heading.)
 */
import { utf16WithoutBom } from '../io/decode.js';

export type ContainerFormat = 'pdf' | 'html' | 'text' | 'binary';

/** Magic numbers of files people save by mistake, with what to call them in the error. */
const MAGIC: { bytes: number[]; offset?: number; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], name: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], name: 'a TIFF image' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, name: 'a WebP image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP container (a .docx/.xlsx file or an archive; save it as PDF or text first)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Office file (.doc/.xls; save it as PDF or text first)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an executable' },
];

export interface DetectOptions {
  /** A forced encoding: a UTF-16 file without a BOM is full of NUL bytes and is still text. */
  encoding?: string | null;
}

export function detectContainer(bytes: Uint8Array, options: DetectOptions = {}): ContainerFormat {
  if (isPdf(bytes)) return 'pdf';
  if (MAGIC.some((m) => startsWith(bytes, m.bytes, m.offset ?? 0))) return 'binary';
  const head = bytes.subarray(0, 8192);
  const forced16 = /^utf-?16|^unicode$|^ucs-?2$/i.test(options.encoding ?? '');
  // Try UTF-16 before calling bytes binary: a page saved as UTF-16 without a BOM is full of NULs.
  const sniffed = options.encoding ? null : utf16WithoutBom(bytes);
  const le = (head[0] === 0xff && head[1] === 0xfe) || (forced16 && !/be$/i.test(options.encoding ?? '')) || sniffed === 'utf-16le';
  const be = (head[0] === 0xfe && head[1] === 0xff) || (forced16 && /be$/i.test(options.encoding ?? '')) || sniffed === 'utf-16be';
  // The bytes as Latin-1 (no copy of them first): the binary check's scan and the markup sample.
  const latin1 = le || be ? null : Buffer.from(head.buffer, head.byteOffset, head.length).toString('latin1');
  if (latin1 !== null && looksBinary(head, latin1)) return 'binary';
  const sample = latin1 ?? new TextDecoder(be ? 'utf-16be' : 'utf-16le').decode(head.subarray(0, head.length & ~1));
  return looksLikeHtml(sample) ? 'html' : 'text';
}

/** What a binary file is, for the one-line error ("looks like a PNG image"). */
export function describeBinary(bytes: Uint8Array): string {
  return MAGIC.find((m) => startsWith(bytes, m.bytes, m.offset ?? 0))?.name ?? 'a binary file';
}

/**
 * A PDF: "%PDF-" at the start, or (as readers tolerate junk before the header) within the first
 * kilobyte of a file that ends with "%%EOF". A text release that mentions "%PDF-" near its top is
 * no PDF.
 */
export function isPdf(bytes: Uint8Array): boolean {
  const at = findPdfHeader(bytes);
  if (at === 0) return true;
  if (at < 0) return false;
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return tail.includes('%%EOF');
}

/** Where "%PDF-" stands within the first kilobyte; -1 if nowhere. */
export function findPdfHeader(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return i;
  }
  return -1;
}

/**
 * Markup, not a mention of it: the text opens with a doctype, <html>, <head>, <meta>, <body> or a
 * block tag (a saved fragment), or an <html>/<body> tag stands among other tags in the first kilobytes.
 */
export function looksLikeHtml(sample: string): boolean {
  // Every sign of markup below is a tag: no "<", no markup (most releases; the folding is costly).
  if (!sample.includes('<')) return false;
  const s = sample.replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').replace(/\0/g, '').slice(0, 4096).toLowerCase();
  const start = s.replace(/^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*/, '');
  if (/^<(?:!doctype html|html|head|meta|body|title|div|article|section|main|table|p|h[1-6])[\s>]/.test(start)) return true;
  // Markup further in (after a banner line a save tool wrote): an <html>/<body> tag among others.
  if (!/<(?:html|body)[\s>]/.test(s)) return false;
  return (s.match(/<\/?(?:html|head|body|meta|title|link|script|div|p|span|a|table|tr|td|ul|li|h[1-6])[\s>]/g) ?? []).length >= 5;
}

/** The bytes looksBinary counts as control characters, NUL aside. */
const CONTROL_BYTE = /[\x01-\x08\x0e-\x1a\x1c-\x1f]/;

function startsWith(bytes: Uint8Array, magic: number[], offset: number): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

/** NUL bytes or many control characters in the first bytes (`text`: the same bytes as Latin-1): not a text release. */
function looksBinary(head: Uint8Array, text: string): boolean {
  if (head.length === 0) return false;
  // Native scans first: a NUL anywhere, then any control at all (a text release has none).
  if (head.indexOf(0) >= 0) return true;
  if (!CONTROL_BYTE.test(text)) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / head.length > 0.1;
}
