import { Option, type Command } from 'commander';
import type { CliIO } from '../cli/io.js';
import { makeChalk, resolveColorLevel } from './color.js';
import { createWriter, FORMATS, type FormatName, type IncidentWriter } from './formats.js';

/** The output options `parse`, `summary` and `batch` share. */
export interface OutputOptions {
  format?: FormatName;
  bom?: boolean;
  /** true for --color, false for --no-color, undefined for neither. */
  color?: boolean;
}

export function addOutputOptions(command: Command, formats: readonly string[] = FORMATS): Command {
  return command
    .addOption(new Option('--format <name>', `output format: ${formats.join(', ')}`).choices(formats))
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for Excel)')
    .addOption(colorOption())
    .addOption(noColorOption());
}

export function colorOption(): Option {
  return new Option('--color', 'color human formats even when stdout is not a terminal');
}

export function noColorOption(): Option {
  return new Option('--no-color', 'never color (also: NO_COLOR=1)');
}

/** The chalk level for this run, decided once: flags, then FORCE_COLOR / NO_COLOR, then whether stdout is a terminal. */
export function chalkFor(opts: { color?: boolean }, io: CliIO, env: Record<string, string | undefined> = process.env) {
  return makeChalk(resolveColorLevel({ flag: opts.color, env, isTTY: io.stdout.isTTY === true }));
}

/** The writer for a command's options, writing to the CLI's stdout. */
export function writerFor(format: FormatName, opts: OutputOptions, io: CliIO): IncidentWriter {
  const columns = (io.stdout as { columns?: number }).columns;
  return createWriter(format, (s) => io.stdout.write(s), {
    chalk: chalkFor(opts, io),
    width: io.stdout.isTTY && columns ? columns : undefined,
    bom: opts.bom,
  });
}
