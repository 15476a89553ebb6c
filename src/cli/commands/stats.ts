import { statSync } from 'node:fs';
import { Command, Option } from 'commander';
import { EXIT_INPUT, EXIT_OK } from '../../errors.js';
import { chalkFor } from '../../output/cliOptions.js';
import { colorOption, noColorOption } from '../../output/cliOptions.js';
import { stripUnsafe } from '../../output/sanitize.js';
import { notAReleaseReason } from '../../incident/nonRelease.js';
import { computeStats, releasesBetween } from '../../stats/aggregate.js';
import { loadReleaseTexts } from '../../incidents/load.js';
import { formatStatsCsv, formatStatsJson, formatStatsText } from '../../stats/render.js';
import type { CommandContext } from '../app.js';
import { dateBoundArg, jobsArg, topArg } from '../options.js';

export interface StatsCommandOptions {
  format: 'text' | 'json' | 'csv';
  top: number;
  bom?: boolean;
  color?: boolean;
  tokenize?: boolean;
  jobs?: number;
  since?: string;
  until?: string;
  keepNonReleases?: boolean;
}

/** `disclose stats DIR|FILE.ndjson`: what an archive adds up to. */
export function statsCommand(ctx: CommandContext): Command {
  return new Command('stats')
    .description('statistics over a folder of releases or incident NDJSON: months, types, leaked figures, data kinds, products, CVEs')
    .argument('<input>', 'a folder of releases (parsed first), a batch -o OUTDIR, an NDJSON file of incidents, or "-" for NDJSON on standard input')
    .addOption(new Option('--format <name>', 'text (a terminal view), json or csv').choices(['text', 'json', 'csv']).default('text'))
    .addOption(new Option('--top <n>', 'how many products, CVEs and largest incidents to list').default(10).argParser(topArg))
    .addOption(new Option('--since <date>', 'only releases published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)').argParser(dateBoundArg))
    .addOption(new Option('--until <date>', 'only releases published on or before this date (--until 2025-12: all of December)').argParser(dateBoundArg))
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for Excel)')
    .option('--no-tokenize', 'never load kuromoji when parsing a folder')
    .option('--keep-non-releases', 'count files that are not releases too (a README, an app shell): by default they are reported and left out')
    .addOption(new Option('--jobs <n>', 'worker threads when parsing a folder (0: in this thread)').argParser(jobsArg))
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
      // A README or a dashboard page beside the releases is not an incident: told, and left out.
      let nonReleases = 0;
      const kept = releases.filter((r) => {
        const reason = opts.keepNonReleases ? null : notAReleaseReason(r.incident);
        if (reason) {
          nonReleases++;
          io.stderr.write(`disclose: ${stripUnsafe(r.incident.source.path)}: not a release (${reason}); left out (--keep-non-releases counts it)\n`);
        }
        return !reason;
      });
      const selected = releasesBetween(kept, opts.since, opts.until);
      const stats = computeStats(selected, failed, { top: opts.top, nonReleases });
      if (opts.format === 'json') io.stdout.write(formatStatsJson(stats));
      else if (opts.format === 'csv') io.stdout.write(formatStatsCsv(stats, opts.bom));
      else io.stdout.write(formatStatsText(stats, { chalk: chalkFor(opts, io), emptyReason: whyEmpty(input, kept.length, opts) }));
      ctx.exitCode = failed > 0 ? EXIT_INPUT : EXIT_OK;
    });
}

/** Why a selection came out empty, for the terminal view. */
function whyEmpty(input: string, loaded: number, opts: StatsCommandOptions): string {
  if (loaded > 0) {
    if (opts.since && opts.until && opts.since.slice(0, opts.until.length) > opts.until) return `--since ${opts.since} is after --until ${opts.until}`;
    const range = [opts.since && `on or after ${opts.since}`, opts.until && `on or before ${opts.until}`].filter(Boolean).join(' and ');
    return `none of the ${loaded} releases in ${input} was published ${range}`;
  }
  if (input === '-') return 'standard input holds no incident';
  if (!statSync(input, { throwIfNoEntry: false })?.isDirectory()) return `${input} holds no incident`;
  return `no release found in ${input} (a folder is searched for *.md, *.txt, *.html and *.htm files; a batch OUTDIR is read from its index.ndjson)`;
}
