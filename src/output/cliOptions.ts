import type { CliIO } from '../cli/io.js';
import { makeChalk, resolveColorLevel } from './color.js';
import { createWriter, fileOutputFor, type FileOutput, type FormatName, type IncidentWriter } from './formats.js';

// The option definitions live in cliFlags.ts (light: commands define their options without loading renderers).
export { addOutputOptions, bomOption, colorOption, formatOption, noColorOption, type OutputOptions } from './cliFlags.js';
import type { OutputOptions } from './cliFlags.js';

/** The chalk level for this run, decided once: flags, then FORCE_COLOR / NO_COLOR, then whether stdout is a terminal. */
export function chalkFor(opts: { color?: boolean }, io: CliIO, env: Record<string, string | undefined> = process.env) {
  return makeChalk(resolveColorLevel({ flag: opts.color, env, isTTY: io.stdout.isTTY === true }));
}

/** The writer for a command's options, writing to the CLI's stdout. */
export function writerFor(format: FormatName, opts: OutputOptions, io: CliIO): IncidentWriter {
  const columns = (io.stdout as { columns?: number }).columns;
  return createWriter(format, (s) => writeWithBackPressure(io, s), {
    chalk: chalkFor(opts, io),
    width: io.stdout.isTTY && columns ? columns : undefined,
    bom: opts.bom,
  });
}

/** Formats that `batch -o` writes as ONE table of every release (OUTDIR/releases.csv, releases.md), beside the JSON. */
export const COMBINED_FILES: Partial<Record<FormatName, string>> = { csv: 'releases.csv', markdown: 'releases.md' };

/**
 * `batch --format`: the stdout writer (releases in path order) and, with -o, each file's renderer.
 * Without --format, batch keeps its defaults (NDJSON on stdout, pretty JSON files). With -o, CSV and
 * Markdown are tables: one combined file (`combined`), each release still written as JSON.
 */
export function batchWritersFor(opts: OutputOptions & { output?: string }, io: CliIO): { stdout?: IncidentWriter; file?: FileOutput; combined?: { name: string; format: FormatName } } {
  if (opts.format === undefined) return {};
  const combined = opts.output !== undefined ? COMBINED_FILES[opts.format] : undefined;
  if (combined) return { stdout: writerFor(opts.format, opts, io), combined: { name: combined, format: opts.format } };
  return { stdout: writerFor(opts.format, opts, io), file: fileOutputFor(opts.format, opts) };
}

/** Writes to stdout; when a pipe is full, resolves once it drains (or fails: a closed pipe ends the wait). */
function writeWithBackPressure(io: CliIO, text: string): void | Promise<void> {
  const stream = io.stdout as CliIO['stdout'] & Partial<Pick<NodeJS.WritableStream, 'once' | 'off'>>;
  if (stream.write(text) !== false || !stream.once) return;
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off?.('drain', done);
      stream.off?.('error', done);
      resolve();
    };
    stream.once!('drain', done);
    stream.once!('error', done);
  });
}
