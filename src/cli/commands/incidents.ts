import { Command, Option } from 'commander';
import { EXIT_INPUT, EXIT_OK } from '../../errors.js';
import { buildIncidents } from '../../incidents/build.js';
import { loadReleaseTexts } from '../../incidents/load.js';
import { INCIDENT_FORMATS, renderIncidents, type IncidentFormat } from '../../incidents/render.js';
import { bomOption, chalkFor, colorOption, noColorOption } from '../../output/cliOptions.js';
import { stripUnsafe } from '../../output/sanitize.js';
import type { CommandContext } from '../app.js';

export interface IncidentsCommandOptions {
  format?: IncidentFormat;
  bom?: boolean;
  color?: boolean;
  tokenize?: boolean;
  jobs?: number;
}

/** `disclose incidents INPUT...`: one record per incident, across all its releases. */
export function incidentsCommand(ctx: CommandContext): Command {
  return new Command('incidents')
    .description('group releases into incidents: one record per incident with its releases, latest figures, merged timeline and changes')
    .argument('<inputs...>', 'folders of releases (parsed first), batch -o OUTDIRs, incident NDJSON files, release files, or "-" for NDJSON on standard input')
    .addOption(new Option('--format <name>', 'output format (default: summary on a terminal, else ndjson)').choices(INCIDENT_FORMATS))
    .option('--no-tokenize', 'never load kuromoji when parsing a folder')
    .addOption(new Option('--jobs <n>', 'worker threads when parsing a folder (0: in this thread)').argParser((v) => Math.max(0, Number.parseInt(v, 10) || 0)))
    .addOption(bomOption())
    .addOption(colorOption())
    .addOption(noColorOption())
    .addHelpText(
      'after',
      `
An incident is one organization's series of releases joined by what the releases say: a quoted
earlier title, the date of the first report (「本年3月11日に発生」「7月2日付で公表」), 第N報 / 続報,
a service name in the titles, an outage and its recovery, the URL. Each release says why it joined
(linkedBy). Figures are the latest release's, never a sum; changes[] lists what each follow-up changed.

Examples:
  $ disclose incidents archive/ | jq -c 'select(.releases | length > 1) | {id, n: (.releases | length)}'
  $ disclose batch archive -o out && disclose incidents out --format table
  $ disclose incidents out | jq '.changes[].figures[] | select(.change == "raised")'`,
    )
    .action(async (inputs: string[], opts: IncidentsCommandOptions) => {
      const io = ctx.io;
      const { releases, failed } = await loadReleaseTexts(inputs, {
        tokenize: opts.tokenize,
        jobs: opts.jobs,
        onError: (path, message) => io.stderr.write(`disclose: ${stripUnsafe(path)}: ${stripUnsafe(message)}\n`),
      });
      const format = opts.format ?? (io.stdout.isTTY ? 'summary' : 'ndjson');
      io.stdout.write(renderIncidents(buildIncidents(releases), format, { chalk: chalkFor(opts, io), bom: opts.bom }));
      ctx.exitCode = failed > 0 ? EXIT_INPUT : EXIT_OK;
    });
}
