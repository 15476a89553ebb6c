import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { DiscloseError, EXIT_USAGE } from '../errors.js';
import { processIO, type CliIO } from './io.js';
import { parseCommand } from './commands/parse.js';
import { textCommand } from './commands/text.js';
import { schemaCommand } from './commands/schema.js';
import { summaryCommand } from './commands/summary.js';
import { statsCommand } from './commands/stats.js';
import { batchCommand } from './commands/batch.js';
import { incidentsCommand } from './commands/incidents.js';
import { diffCommand } from './commands/diff.js';

/** What every subcommand gets: where to write, and where to leave its exit code. */
export interface CommandContext {
  io: CliIO;
  exitCode: number;
}

/** Each subcommand's factory, in the order `--help` lists them. */
export const COMMANDS: ((ctx: CommandContext) => Command)[] = [parseCommand, batchCommand, summaryCommand, statsCommand, incidentsCommand, diffCommand, schemaCommand, textCommand];

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('disclose')
    .description('Turn Japanese security-incident disclosures into structured incident JSON, with evidence for every fact.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
    })
    .showHelpAfterError('(run `disclose --help` for usage)');
  for (const make of COMMANDS) program.addCommand(make(ctx).exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s) }));
  return program;
}

/** Runs the CLI in-process and returns the exit code (tests call this directly). */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const ctx: CommandContext = { io, exitCode: 0 };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return e.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (e instanceof DiscloseError) {
      io.stderr.write(`disclose: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr.write(`disclose: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 70;
  }
}
