import { Command } from 'commander';
import type { CommandContext } from '../app.js';

/** `disclose schema`: the JSON Schema (draft 2020-12) every incident validates against. */
export function schemaCommand(ctx: CommandContext): Command {
  return new Command('schema')
    .description('print the JSON Schema (draft 2020-12) of the incident JSON')
    .addHelpText('after', `
Examples:
  $ disclose schema > incident.schema.json
  $ disclose schema | jq '.properties.counts.items.properties.status'`)
    .action(async () => {
      const { INCIDENT_SCHEMA } = await import('../../schema/incidentSchema.js');
      ctx.io.stdout.write(JSON.stringify(INCIDENT_SCHEMA, null, 2) + '\n');
    });
}
