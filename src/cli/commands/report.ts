import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { EXIT_INPUT, EXIT_OK, InputError } from '../../errors.js';
import type { Release } from '../../incidents/group.js';
import { stripUnsafe } from '../../output/sanitize.js';
import { VERSION } from '../../version.js';
import type { CommandContext } from '../app.js';
import { dateBoundArg, jobsArg } from '../options.js';

export interface ReportCommandOptions {
  output: string;
  title?: string;
  since?: string;
  until?: string;
  tokenize?: boolean;
  jobs?: number;
  keepNonReleases?: boolean;
}

/** `disclose report INPUT... -o report.html`: one self-contained page of charts and incidents. */
export function reportCommand(ctx: CommandContext): Command {
  return new Command('report')
    .description('one self-contained HTML page: releases and incidents over time, leaked figures, largest incidents, data kinds, products, timelines, filters')
    .argument('<inputs...>', 'folders of releases (parsed first), batch -o OUTDIRs, incident NDJSON files, release files, or "-" for NDJSON on standard input')
    .requiredOption('-o, --output <file>', 'the HTML file to write ("-" for standard output)')
    .option('--title <text>', 'the page title', 'disclose report')
    .addOption(new Option('--since <date>', 'only releases published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)').argParser(dateBoundArg))
    .addOption(new Option('--until <date>', 'only releases published on or before this date').argParser(dateBoundArg))
    .option('--no-tokenize', 'never load kuromoji when parsing a folder')
    .option('--keep-non-releases', 'keep files that are not releases (a README, an app shell): by default they are reported and left out')
    .addOption(new Option('--jobs <n>', 'worker threads when parsing a folder (0: in this thread)').argParser(jobsArg))
    .addHelpText(
      'after',
      `
The page needs no server and fetches nothing (its Content-Security-Policy forbids it): the data is
embedded as JSON, the charts are SVG drawn by its inline script, and the filters (period, type,
organization kind, text) work offline. Figures are added up as \`disclose stats\` does: per incident
its latest stated figure, never a sum over its releases.

Examples:
  $ disclose report archive/ -o report.html
  $ disclose batch archive -o out && disclose report out -o report.html
  $ disclose report --since 2025-10 out -o q4.html`,
    )
    .action(async (inputs: string[], opts: ReportCommandOptions) => {
      const io = ctx.io;
      const onError = (path: string, message: string): void => void io.stderr.write(`disclose: ${stripUnsafe(path)}: ${stripUnsafe(message)}\n`);
      // one input at a time, so a missing or unreadable one is reported and the others still make the page
      // Loaded when the command runs, so start-up (--version, --help, other commands) stays light.
      const [{ notAReleaseReason }, { loadReleaseTexts }, { buildReportData }, { buildReportPage }, { releasesBetween }] = await Promise.all([
        import('../../incident/nonRelease.js'),
        import('../../incidents/load.js'),
        import('../../report/data.js'),
        import('../../report/page.js'),
        import('../../stats/aggregate.js'),
      ]);
      const releases: Release[] = [];
      let failed = 0;
      for (const input of inputs) {
        try {
          const loaded = await loadReleaseTexts([input], { tokenize: opts.tokenize, jobs: opts.jobs, onError });
          releases.push(...loaded.releases);
          failed += loaded.failed;
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          failed++;
          onError(input, e.message.startsWith(`${input}: `) ? e.message.slice(input.length + 2) : e.message);
        }
      }
      const kept = releases.filter((r) => {
        const reason = opts.keepNonReleases ? null : notAReleaseReason(r.incident);
        if (reason) io.stderr.write(`disclose: ${stripUnsafe(r.incident.source.path)}: not a release (${reason}); left out (--keep-non-releases keeps it)\n`);
        return !reason;
      });
      const selected = releasesBetween(kept, opts.since, opts.until);
      const data = buildReportData(selected, `disclose ${VERSION}`);
      const page = buildReportPage(data, { title: opts.title, subtitle: `From ${inputs.join(', ')}:` });
      if (opts.output === '-') io.stdout.write(page);
      else {
        // written whole under a fresh name, then renamed: a reader never sees half a page
        const temp = join(dirname(opts.output), `.${basename(opts.output)}.${randomBytes(6).toString('hex')}.tmp`);
        try {
          await writeFile(temp, page, { flag: 'wx' });
          await rename(temp, opts.output);
        } catch (e) {
          await rm(temp, { force: true });
          io.stderr.write(`disclose: ${stripUnsafe(opts.output)}: ${stripUnsafe((e as Error).message)}\n`);
          ctx.exitCode = EXIT_INPUT;
          return;
        }
        io.stderr.write(`disclose report: ${data.incidents.reduce((n, i) => n + i.releases.length, 0)} releases, ${data.incidents.length} incidents → ${stripUnsafe(opts.output)} (${(Buffer.byteLength(page) / 1024 / 1024).toFixed(1)} MB)\n`);
      }
      ctx.exitCode = failed > 0 ? EXIT_INPUT : EXIT_OK;
    });
}
