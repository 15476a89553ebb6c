import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_PDF_LIMITS, type PdfLimits } from '../format/pdf/limitDefaults.js';

/** The PDF caps as options (`--pdf-max-pages`, `--pdf-max-inflated`, `--pdf-timeout`); see src/format/pdf/limits.ts. */
export interface PdfOptions {
  pdfMaxPages?: number;
  pdfMaxInflated?: number;
  pdfTimeout?: number;
}

function pagesArg(value: string): number {
  if (!/^[0-9]{1,7}$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('a whole number of pages (1 or more)');
  return Number(value);
}

const UNITS: Record<string, number> = { '': 1, k: 1024, kib: 1024, m: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gib: 1024 ** 3 };

/** Bytes: "134217728", "128MiB", "128M", "2G". */
function bytesArg(value: string): number {
  const m = /^([0-9]{1,15})\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) < 1) throw new InvalidArgumentError('a number of bytes, optionally with K, M or G (e.g. 128M)');
  return Number(m[1]) * unit;
}

/** Seconds: "60", "60s", "1.5", "2m". */
function secondsArg(value: string): number {
  const m = /^([0-9]{1,6}(?:\.[0-9]{1,3})?)\s*(s|m)?$/i.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new InvalidArgumentError('a time in seconds above 0 (e.g. 30, 30s, 2m)');
  return Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 60 : 1);
}

export function addPdfOptions(command: Command): Command {
  return command
    .addOption(new Option('--pdf-max-pages <n>', `refuse PDFs of more pages (default ${DEFAULT_PDF_LIMITS.maxPages})`).argParser(pagesArg))
    .addOption(new Option('--pdf-max-inflated <bytes>', `refuse PDFs whose streams (images aside) inflate past this (default ${DEFAULT_PDF_LIMITS.maxInflatedBytes / 1024 / 1024}M)`).argParser(bytesArg))
    .addOption(new Option('--pdf-timeout <seconds>', `stop reading a PDF after this long (default ${DEFAULT_PDF_LIMITS.timeoutSeconds}s)`).argParser(secondsArg));
}

export function pdfLimitsOf(opts: PdfOptions): Partial<PdfLimits> {
  const limits: Partial<PdfLimits> = {};
  if (opts.pdfMaxPages !== undefined) limits.maxPages = opts.pdfMaxPages;
  if (opts.pdfMaxInflated !== undefined) limits.maxInflatedBytes = opts.pdfMaxInflated;
  if (opts.pdfTimeout !== undefined) limits.timeoutSeconds = opts.pdfTimeout;
  return limits;
}
