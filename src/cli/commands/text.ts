import { Command, Option } from 'commander';
import { readSource, DEFAULT_MAX_BYTES } from '../../io/read.js';
import { fetchTimeoutOption } from '../fetchOption.js';
import { extractText } from '../../format/containers.js';
import { EXIT_INPUT, EXIT_OK } from '../../errors.js';
import type { CommandContext } from '../app.js';
import { encodingArg } from '../options.js';
import { addPdfOptions, pdfLimitsOf, type PdfOptions } from '../pdfOptions.js';

/**
 * `disclose text FILE`: the text the parser reads — decoded, and for HTML/PDF extracted into the
 * archive layout. Evidence offsets (start/end, line) index exactly this text.
 */
export function textCommand(ctx: CommandContext): Command {
  return addPdfOptions(new Command('text'))
    .description('print the text a release is parsed from (decoded; HTML/PDF extracted) — evidence offsets index it')
    .argument('<file>', 'a release file (.md, .txt, .html, .pdf) or an http(s) URL; "-" reads standard input')
    .addOption(new Option('--encoding <name>', 'force the input encoding (utf-8, shift_jis, euc-jp, iso-2022-jp, utf-16le, utf-16be)').argParser(encodingArg))
    .addOption(fetchTimeoutOption())
    .addHelpText(
      'after',
      `
Examples:
  $ disclose text release.pdf | less
  $ disclose text page.html > page.txt     # evidence {start,end} index page.txt (as JS string offsets)
  $ disclose text --encoding shift_jis old-page.html | grep 件`,
    )
    .action(async (file: string, opts: { encoding?: string; fetchTimeout?: number } & PdfOptions) => {
      try {
        const source = await readSource(file, { maxBytes: DEFAULT_MAX_BYTES, timeoutMs: opts.fetchTimeout });
        const extracted = await extractText(source.bytes, { path: file, encoding: opts.encoding, charset: source.charset, pageUrl: source.url, pdf: pdfLimitsOf(opts) });
        ctx.io.stdout.write(extracted.text);
        for (const w of extracted.warnings) ctx.io.stderr.write(`disclose: warning: ${file}: ${w}\n`);
        ctx.exitCode = EXIT_OK;
      } catch (e) {
        const message = (e as Error).message ?? String(e);
        ctx.io.stderr.write(`disclose: ${message.startsWith(file + ':') ? message : `${file}: ${message}`}\n`);
        ctx.exitCode = EXIT_INPUT;
      }
    });
}
