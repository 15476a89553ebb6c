import { Command, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../io/read.js';
import { fetchTimeoutOption } from '../fetchOption.js';
import { addOutputOptions, type OutputOptions } from '../../output/cliFlags.js';
import { stripUnsafe } from '../../output/sanitize.js';
import { EXIT_INPUT, EXIT_OK } from '../../errors.js';
import { hasNoFacts } from '../../incident/nonRelease.js';
import type { CliIO } from '../io.js';
import { addPdfOptions, pdfLimitsOf, type PdfOptions } from '../pdfOptions.js';
import type { CommandContext } from '../app.js';
import { encodingArg, maxBytesArg, referenceDateOption } from '../options.js';

export interface ParseCommandOptions extends OutputOptions, PdfOptions {
  ndjson?: boolean;
  explain?: boolean;
  encoding?: string;
  maxBytes?: number;
  tokenize?: boolean;
  fetchTimeout?: number;
  referenceDate?: string;
}

/** `disclose parse FILE...`: one incident per file; stdout carries JSON only, errors go to stderr. */
export function parseCommand(ctx: CommandContext): Command {
  const command = new Command('parse')
    .description('parse Japanese incident releases into incident JSON (or a summary, table, CSV, Markdown)')
    .argument('<files...>', 'release files (.md, .txt, .html, .pdf) or http(s) URLs; "-" reads standard input')
    .option('--ndjson', 'one JSON object per line (the default for several files)')
    .option('--explain', 'add an "explain" list: the rule and evidence behind each fact')
    .addOption(new Option('--encoding <name>', 'force the input encoding (utf-8, shift_jis, euc-jp, iso-2022-jp, utf-16le, utf-16be)').argParser(encodingArg))
    .addOption(new Option('--max-bytes <n>', 'refuse inputs larger than this').default(DEFAULT_MAX_BYTES).argParser(maxBytesArg))
    .option('--no-tokenize', 'never load kuromoji (patterns only; faster on a cold start)')
    .addOption(referenceDateOption())
    .addOption(fetchTimeoutOption());
  return addOutputOptions(addPdfOptions(command))
    .addHelpText(
      'after',
      `
Examples:
  $ disclose parse release.md | jq .counts
  $ disclose parse a.md b.md | jq -s length
  $ disclose parse https://example.jp/news/1.html | jq '{title, publishedAt, sourceUrl}'
  $ disclose parse release.pdf | jq .counts      # offsets index \`disclose text release.pdf\`
  $ disclose parse --ndjson archive/2025/12/*.md | jq -r '.organization.name'
  $ pbpaste | disclose parse - | jq '.timeline[] | select(.event == "detected")'
  $ pbpaste | disclose parse --reference-date 2025-12-10 - | jq '.timeline[] | {date, event}'   # a body pasted without its date
  $ disclose parse --format summary release.md
  $ disclose parse --format csv --bom archive/2025/12/*.md > december.csv`,
    )
    .action(async (files: string[], opts: ParseCommandOptions) => {
      ctx.exitCode = await runParse(files, opts, ctx.io);
    });
}

export async function runParse(files: string[], opts: ParseCommandOptions, io: CliIO): Promise<number> {
  const format = opts.format ?? (opts.ndjson || files.length > 1 ? 'ndjson' : 'json');
  // Loaded here, not at start-up: `disclose --help` or `--version` need neither the pipeline nor the renderers.
  const [{ parseFile }, { writerFor }] = await Promise.all([import('../../parse.js'), import('../../output/cliOptions.js')]);
  const writer = writerFor(format, opts, io);
  writer.begin();
  let failed = 0;
  for (const file of files) {
    try {
      const incident = await parseFile(file, { encoding: opts.encoding, explain: opts.explain, tokenize: opts.tokenize, maxBytes: opts.maxBytes, pdf: pdfLimitsOf(opts), fetchTimeoutMs: opts.fetchTimeout, referenceDate: opts.referenceDate });
      await writer.write(incident);
      for (const w of incident.warnings) io.stderr.write(`disclose: warning: ${stripUnsafe(file)}: ${stripUnsafe(w)}\n`);
      if (hasNoFacts(incident)) io.stderr.write(`disclose: warning: ${stripUnsafe(file)}: no facts found (no title, date, organization, counts or incident words): is it a Japanese incident release?\n`);
    } catch (e) {
      failed++;
      const message = (e as Error).message ?? String(e);
      io.stderr.write(`disclose: ${stripUnsafe(message.startsWith(file + ':') ? message : `${file}: ${message}`)}\n`);
    }
  }
  writer.end();
  return failed > 0 ? EXIT_INPUT : EXIT_OK;
}
