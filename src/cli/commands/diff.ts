import { Command, Option } from 'commander';
import { EXIT_OK } from '../../errors.js';
import { changesBetween } from '../../incidents/build.js';
import { loadReleaseTexts } from '../../incidents/load.js';
import { formatDiffText } from '../../incidents/render.js';
import { InputError } from '../../errors.js';
import { chalkFor, colorOption, noColorOption } from '../../output/cliOptions.js';
import type { CommandContext } from '../app.js';

/** `disclose diff OLD NEW`: what a follow-up changes against an earlier release. */
export function diffCommand(ctx: CommandContext): Command {
  return new Command('diff')
    .description('what a newer release changes against an older one: figures raised or lowered, data kinds added or ruled out, new dates, status')
    .argument('<old>', 'the earlier release (a release file, or incident JSON from parse)')
    .argument('<new>', 'the later release')
    .addOption(new Option('--format <name>', 'text (readable) or json').choices(['text', 'json']).default('text'))
    .option('--no-tokenize', 'never load kuromoji')
    .addOption(colorOption())
    .addOption(noColorOption())
    .addHelpText(
      'after',
      `
Examples:
  $ disclose diff archive/2025/12/22_x.md archive/2026/01/23_x.md
  $ disclose diff --format json old.md new.md | jq '.figures[] | {figure, from, to}'`,
    )
    .action(async (oldPath: string, newPath: string, opts: { format: 'text' | 'json'; tokenize?: boolean; color?: boolean }) => {
      const both = [];
      for (const path of [oldPath, newPath]) {
        let message = '';
        const { releases } = await loadReleaseTexts([path], { tokenize: opts.tokenize, onError: (_p, m) => (message ||= m) });
        if (releases.length !== 1) throw new InputError(path, message || `holds ${releases.length} releases, not one`);
        both.push(releases[0]!);
      }
      const changes = changesBetween(both[0]!.incident, both[1]!.incident, { older: both[0]!.text, newer: both[1]!.text });
      ctx.io.stdout.write(opts.format === 'json' ? JSON.stringify(changes, null, 2) + '\n' : formatDiffText(changes, chalkFor(opts, ctx.io)));
      ctx.exitCode = EXIT_OK;
    });
}
