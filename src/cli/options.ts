import { InvalidArgumentError, Option } from 'commander';
import { maxJobs } from '../batch/jobs.js';
import { canonicalEncoding, ENCODING_NAMES } from '../io/encodingNames.js';

/**
 * Every option value is checked once, here, when the command line is read: a bad value is a usage
 * error (exit 2, one line naming the allowed values), never silently replaced by a default.
 */

/** More worker threads than this only costs memory (each holds a parser and, often, kuromoji). */
export const MAX_JOBS = maxJobs();

/** A whole number written in plain decimal digits, within [min, max]. */
function wholeNumber(value: string, min: number, max: number, what: string): number {
  const text = value.trim();
  if (!/^\d{1,16}$/.test(text)) throw new InvalidArgumentError(`${what}`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${what}`);
  return n;
}

/** `--jobs N`: 0 (parse in the main thread) to MAX_JOBS. */
export function jobsArg(value: string): number {
  return wholeNumber(value, 0, MAX_JOBS, `expected a whole number from 0 (parse in the main thread) to ${MAX_JOBS}`);
}

const BYTE_UNITS: Record<string, number> = { '': 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** `--max-bytes N`: a positive number of bytes, optionally with K, M or G (binary units: 20M = 20 MiB). */
export function maxBytesArg(value: string): number {
  const what = 'expected a number of bytes of 1 or more, optionally with K, M or G (e.g. 20M)';
  const m = /^(\d{1,15})\s?([a-zA-Z]{0,3})$/.exec(value.trim());
  const unit = m ? BYTE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new InvalidArgumentError(what);
  const n = Number(m[1]) * unit;
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(what);
  return n;
}

/** `--top N`: 1 to 10,000. */
export function topArg(value: string): number {
  return wholeNumber(value, 1, 10_000, 'expected a whole number from 1 to 10000');
}

/** `--encoding NAME`: one of the supported encodings (or a common alias of one: sjis, cp932, utf8 …). */
export function encodingArg(value: string): string {
  const name = canonicalEncoding(value);
  if (!name) throw new InvalidArgumentError(`expected one of ${ENCODING_NAMES.join(', ')}`);
  return name;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `--since` / `--until`: YYYY, YYYY-MM or YYYY-MM-DD, a date that exists (no 2025-13, no 2025-02-30). */
export function dateBoundArg(value: string): string {
  const what = 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD (one that exists)';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError(what);
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new InvalidArgumentError(what);
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const last = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
      if (day < 1 || day > last) throw new InvalidArgumentError(what);
    }
  }
  return value.trim();
}

/** `--reference-date`: a whole day, YYYY-MM-DD, that exists. */
export function dayArg(value: string): string {
  const day = dateBoundArg(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new InvalidArgumentError('expected a day: YYYY-MM-DD (one that exists)');
  return day;
}

/**
 * `--reference-date YYYY-MM-DD` (parse, batch): the day a text with no publication date (a pasted body) is read as
 * published on — its year-less dates take the most recent such year up to it, 本日 / 昨日 count from it. Default: today.
 */
export function referenceDateOption(): Option {
  return new Option('--reference-date <YYYY-MM-DD>', 'the day a text with no publication date (a pasted body) was published: its year-less and relative dates (12月3日, 昨日) are read against it (default: today)').argParser(dayArg);
}
