import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { DiscloseError, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { isClosedPipe, processIO, type CliIO } from './io.js';
import { parseCommand } from './commands/parse.js';
import { textCommand } from './commands/text.js';
import { schemaCommand } from './commands/schema.js';
import { summaryCommand } from './commands/summary.js';
import { statsCommand } from './commands/stats.js';
import { batchCommand } from './commands/batch.js';
import { completionCommand } from './commands/completion.js';
import { incidentsCommand } from './commands/incidents.js';
import { diffCommand } from './commands/diff.js';
import { reportCommand } from './commands/report.js';

/** What every subcommand gets: where to write, and where to leave its exit code. */
export interface CommandContext {
  io: CliIO;
  exitCode: number;
  /** The whole program, for commands that describe it (completion). */
  program?: Command;
}

/** Each subcommand's factory, in the order `--help` lists them. */
export const COMMANDS: ((ctx: CommandContext) => Command)[] = [parseCommand, batchCommand, summaryCommand, statsCommand, incidentsCommand, diffCommand, reportCommand, schemaCommand, textCommand, completionCommand];

/** Commander's messages as one line on stderr: `disclose parse: error: … (see disclose parse --help)`. */
function configureIO(command: Command, ctx: CommandContext, path: string): Command {
  return command.exitOverride().configureOutput({
    writeOut: (s) => ctx.io.stdout.write(s),
    writeErr: (s) => ctx.io.stderr.write(s),
    outputError: (s, write) => write(`${path}: ${s.trim().replace(/\s*\n\s*/g, ' ')} (see \`${path} --help\`)\n`),
  });
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('disclose')
    .description('Turn Japanese security-incident disclosures into structured incident JSON, with evidence for every fact.')
    .version(VERSION, '-v, --version', 'print the version number (also -V)')
    .helpCommand('help [command]', 'display help for a command');
  configureIO(program, ctx, 'disclose');
  ctx.program = program;
  for (const make of COMMANDS) {
    const command = make(ctx);
    program.addCommand(configureIO(command, ctx, `disclose ${command.name()}`));
  }
  return program;
}

/** The names `disclose help NAME` accepts: every command (with its aliases) and `help` itself. */
function commandNames(program: Command): Set<string> {
  return new Set([...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), 'help']);
}

/**
 * Runs the CLI in-process and returns the exit code (tests call this directly). Usage errors exit 2
 * with one line; no input or option ends in a stack trace (exit 70 is kept for real bugs).
 */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const ctx: CommandContext = { io, exitCode: 0 };
  const program = buildProgram(ctx);
  try {
    // `disclose` alone is a usage error: the help goes to stderr, so `disclose | …` reads nothing.
    if (argv.length === 0) {
      io.stderr.write(program.helpInformation());
      return EXIT_USAGE;
    }
    // -V, the old spelling of the version flag, still works.
    if (argv.length === 1 && argv[0] === '-V') argv = ['--version'];
    // Commander shows the top help for `help nope`; an unknown name is a usage error.
    if (argv[0] === 'help' && argv.length > 1 && (argv.length > 2 || !commandNames(program).has(argv[1]!))) {
      throw new UsageError(argv.length > 2 ? 'help takes one command name' : `help: unknown command '${argv[1]}' (commands: ${[...commandNames(program)].join(', ')})`);
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT_OK;
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (e instanceof DiscloseError) {
      io.stderr.write(`disclose: ${e.message}\n`);
      return e.exitCode;
    }
    // A reader that went away (`disclose … | head -1`) is not an error.
    if (isClosedPipe(e)) return EXIT_OK;
    io.stderr.write(`disclose: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT_INTERNAL;
  }
}
