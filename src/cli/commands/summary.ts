import { Command, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../io/read.js';
import { fetchTimeoutOption } from '../fetchOption.js';
import { colorOption, noColorOption } from '../../output/cliOptions.js';
import type { CommandContext } from '../app.js';
import { encodingArg, maxBytesArg } from '../options.js';
import { runParse, type ParseCommandOptions } from './parse.js';
import { addPdfOptions } from '../pdfOptions.js';

/** `disclose summary FILE...`: the same as `disclose parse --format summary FILE...`. */
export function summaryCommand(ctx: CommandContext): Command {
  return addPdfOptions(new Command('summary'))
    .description('print a compact, human summary of each release (= parse --format summary)')
    .argument('<files...>', 'release files (.md, .txt, .html, .pdf); "-" reads standard input')
    .addOption(new Option('--encoding <name>', 'force the input encoding (utf-8, shift_jis, euc-jp, iso-2022-jp, utf-16le, utf-16be)').argParser(encodingArg))
    .addOption(new Option('--max-bytes <n>', 'refuse inputs larger than this').default(DEFAULT_MAX_BYTES).argParser(maxBytesArg))
    .option('--no-tokenize', 'never load kuromoji (patterns only; faster on a cold start)')
    .addOption(fetchTimeoutOption())
    .addOption(colorOption())
    .addOption(noColorOption())
    .addHelpText(
      'after',
      `
Color only on a terminal; NO_COLOR=1 or --no-color turn it off, FORCE_COLOR=1 or --color force it.

Examples:
  $ disclose summary release.md
  $ disclose summary archive/2025/12/*.md | less -R`,
    )
    .action(async (files: string[], opts: ParseCommandOptions) => {
      ctx.exitCode = await runParse(files, { ...opts, format: 'summary' }, ctx.io);
    });
}
