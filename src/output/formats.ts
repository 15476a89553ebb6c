import type { ChalkInstance } from 'chalk';
import type { Incident } from '../types.js';
import { makeChalk } from './color.js';
import { csvHeader, csvRow, UTF8_BOM } from './csv.js';
import { formatJson, formatNdjsonLine } from './json.js';
import { markdownHeader, markdownRow } from './markdown.js';
import { formatSummary } from './summary.js';
import { formatTable } from './table.js';

import { FORMATS, type FormatName } from './formatNames.js';

export { FORMATS, type FormatName };

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/** Formats a person reads: their text is sanitized (JSON keeps the document's text exact). */
export const HUMAN_FORMATS: ReadonlySet<FormatName> = new Set(['summary', 'table', 'csv', 'markdown']);

export interface WriterOptions {
  /** Decided once by the CLI; no color when absent. */
  chalk?: ChalkInstance;
  /** The terminal's width: `summary` wraps to it, `table` narrows to it. */
  width?: number;
  /** Start CSV with a UTF-8 byte order mark (for Excel). */
  bom?: boolean;
}

/**
 * A streaming writer: `begin()` once, `write()` per release as it is parsed, `end()` once. Output
 * goes to the sink as soon as it is known; only `table` waits for `end()` (its column widths come
 * from every row).
 */
export interface IncidentWriter {
  begin(): void;
  /** Resolves when the sink can take more (a full pipe makes the caller wait). */
  write(incident: Incident): void | Promise<void>;
  end(): void;
}

/** Where output goes; a promise means "wait before writing more". */
export type Sink = (chunk: string) => void | Promise<void>;

export function createWriter(format: FormatName, sink: Sink, options: WriterOptions = {}): IncidentWriter {
  const chalk = options.chalk ?? makeChalk(0);
  const noop = (): void => {};
  switch (format) {
    case 'json':
      return { begin: noop, write: (i) => sink(formatJson(i)), end: noop };
    case 'ndjson':
      return { begin: noop, write: (i) => sink(formatNdjsonLine(i)), end: noop };
    case 'summary': {
      let first = true;
      return {
        begin: noop,
        write: (i) => {
          const text = (first ? '' : '\n') + formatSummary(i, { chalk, width: options.width });
          first = false;
          return sink(text);
        },
        end: noop,
      };
    }
    case 'table': {
      const rows: Incident[] = [];
      return { begin: noop, write: (i) => void rows.push(i), end: () => void sink(formatTable(rows, { chalk, width: options.width })) };
    }
    case 'csv':
      return { begin: () => void sink((options.bom ? UTF8_BOM : '') + csvHeader()), write: (i) => sink(csvRow(i)), end: noop };
    case 'markdown':
      return { begin: () => void sink(markdownHeader()), write: (i) => sink(markdownRow(i)), end: noop };
  }
}

/** Each release's own output file, for `batch -o` (files are never colored). */
export interface FileOutput {
  /** Part of batch's settings stamp: changing the format redoes every file. */
  id: string;
  /** Appended to the input's relative path. */
  extension: string;
  render(incident: Incident): string;
}

const FILE_EXTENSIONS: Record<FormatName, string> = {
  json: '.json',
  ndjson: '.ndjson',
  summary: '.summary.txt',
  table: '.table.txt',
  csv: '.csv',
  markdown: '.summary.md',
};

export function fileOutputFor(format: FormatName, options: Pick<WriterOptions, 'bom'> = {}): FileOutput {
  return {
    id: format + (format === 'csv' && options.bom ? '+bom' : ''),
    extension: FILE_EXTENSIONS[format],
    render(incident) {
      let out = '';
      const writer = createWriter(format, (s) => void (out += s), { bom: options.bom });
      writer.begin();
      writer.write(incident);
      writer.end();
      return out;
    },
  };
}
