/**
 * Caps on what one PDF may cost. A release is a few pages of text: a file past a cap is a bomb
 * (a stream inflating to gigabytes, thousands of pages, a page that parses for minutes) and is
 * refused in one line instead of taking the process's memory or time.
 */
export interface PdfLimits {
  /** Pages; a longer PDF is refused before any page is read. */
  maxPages: number;
  /** Bytes all streams but images may inflate to, together (images are never decoded). */
  maxInflatedBytes: number;
  /** Seconds for reading the whole file. */
  timeoutSeconds: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxPages: 1000,
  maxInflatedBytes: 128 * 1024 * 1024,
  timeoutSeconds: 60,
};
