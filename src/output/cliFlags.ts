import { Option, type Command } from 'commander';
import { FORMATS, type FormatName } from './formatNames.js';

/** The output options `parse`, `summary` and `batch` share. */
export interface OutputOptions {
  format?: FormatName;
  bom?: boolean;
  /** true for --color, false for --no-color, undefined for neither. */
  color?: boolean;
}

export function addOutputOptions(command: Command, formats: readonly string[] = FORMATS): Command {
  return command.addOption(formatOption(formats)).addOption(bomOption()).addOption(colorOption()).addOption(noColorOption());
}

export function formatOption(formats: readonly string[] = FORMATS): Option {
  return new Option('--format <name>', 'output format (JSON stays exact; the human formats strip escape sequences)').choices(formats);
}

export function bomOption(): Option {
  return new Option('--bom', 'start CSV output with a UTF-8 byte order mark (for Excel)');
}

export function colorOption(): Option {
  return new Option('--color', 'color human formats even when stdout is not a terminal');
}

export function noColorOption(): Option {
  return new Option('--no-color', 'never color (also: NO_COLOR=1)');
}

