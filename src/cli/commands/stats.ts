import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT_INPUT, EXIT_OK } from '../../errors.js';
import { chalkFor } from '../../output/cliOptions.js';
import { colorOption, noColorOption } from '../../output/cliOptions.js';
import { stripUnsafe } from '../../output/sanitize.js';
import { computeStats, releasesBetween } from '../../stats/aggregate.js';
import { loadReleaseTexts } from '../../incidents/load.js';
import { formatStatsCsv, formatStatsJson, formatStatsText } from '../../stats/render.js';
import type { CommandContext } from '../app.js';

export interface StatsCommandOptions {
  format: 'text' | 'json' | 'csv';
  top: number;
  bom?: boolean;
  color?: boolean;
  tokenize?: boolean;
  jobs?: number;
  since?: string;
  until?: string;
}

function dateBound(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new InvalidArgumentError('a date: YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

/** `disclose stats DIR|FILE.ndjson`: what an archive adds up to. */
export function statsCommand(ctx: CommandContext): Command {
  return new Command('stats')
    .description('statistics over a folder of releases or incident NDJSON: months, types, leaked figures, data kinds, products, CVEs')
    .argument('<input>', 'a folder of releases (parsed first), a batch -o OUTDIR, an NDJSON file of incidents, or "-" for NDJSON on standard input')
    .addOption(new Option('--format <name>', 'text (a terminal view), json or csv').choices(['text', 'json', 'csv']).default('text'))
    .addOption(new Option('--top <n>', 'how many products, CVEs and largest incidents to list').default(10).argParser((v) => Math.max(1, Number.parseInt(v, 10) || 10)))
    .addOption(new Option('--since <date>', 'only releases published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)').argParser(dateBound))
    .addOption(new Option('--until <date>', 'only releases published on or before this date (--until 2025-12: all of December)').argParser(dateBound))
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for Excel)')
    .option('--no-tokenize', 'never load kuromoji when parsing a folder')
    .addOption(new Option('--jobs <n>', 'worker threads when parsing a folder (0: in this thread)').argParser((v) => Math.max(0, Number.parseInt(v, 10) || 0)))
    .addOption(colorOption())
    .addOption(noColorOption())
    .addHelpText(
      'after',
      `
An incident is one organization's series of releases: a follow-up (第2報, 続報, 最終報) joins the
organization's previous release, and a release linking to an earlier one joins it. Per incident the
LATEST stated figure counts, so follow-ups are not added twice; confirmed and possible stay apart.

Examples:
  $ disclose stats archive/
  $ disclose batch archive -o out && disclose stats out
  $ disclose parse --ndjson archive/2025/*/*.md > 2025.ndjson && disclose stats 2025.ndjson
  $ disclose stats --format json archive/ | jq '.figures.leakedPeople'
  $ disclose stats --format csv --bom archive/ > stats.csv
  $ disclose stats --since 2025-10 --until 2025-12 out            # one quarter (follow-ups of earlier
                                                                  # releases count as their own incidents)`,
    )
    .action(async (input: string, opts: StatsCommandOptions) => {
      const io = ctx.io;
      const { releases, failed } = await loadReleaseTexts([input], {
        tokenize: opts.tokenize,
        jobs: opts.jobs,
        onError: (path, message) => io.stderr.write(`disclose: ${stripUnsafe(path)}: ${stripUnsafe(message)}\n`),
      });
      const stats = computeStats(releasesBetween(releases, opts.since, opts.until), failed, { top: opts.top });
      if (opts.format === 'json') io.stdout.write(formatStatsJson(stats));
      else if (opts.format === 'csv') io.stdout.write(formatStatsCsv(stats, opts.bom));
      else io.stdout.write(formatStatsText(stats, { chalk: chalkFor(opts, io) }));
      ctx.exitCode = failed > 0 ? EXIT_INPUT : EXIT_OK;
    });
}
