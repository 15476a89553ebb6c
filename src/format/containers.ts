import type { ParseOptions } from '../parse.js';

export interface ExtractedText {
  text: string;
  format: string;
  encoding: string;
  warnings: string[];
  /** The message when the container held no text (a scanned PDF). */
  emptyMessage: string;
}

/**
 * HTML and PDF releases become text here (loaded only when such a file arrives).
 * TODO(issue 6): cheerio for HTML, pdfjs-dist for PDF. Until then they are refused clearly.
 */
export async function extractContainer(kind: 'pdf' | 'html', _bytes: Uint8Array, _options: ParseOptions): Promise<ExtractedText> {
  throw new Error(`${kind.toUpperCase()} input is not supported yet`);
}
