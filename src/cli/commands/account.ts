import { Command } from 'commander';
import { contextFor, json, list, UsageError } from '../context.js';
import { given } from './shared.js';

// Small resources: rigs, camera settings, the client account, webhook endpoints.

export function rigsCommand(): Command {
  const rigs = new Command('rigs').description('rigs available for multi-camera jobs');
  rigs
    .command('list')
    .description('list rigs')
    .action(async (_o: unknown, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      out.result((await ugc.rigs.list({ signal })).items, ['name']);
    });
  return rigs;
}

export function cameraSettingsCommand(): Command {
  const settings = new Command('camera-settings').description('known camera lenses');
  settings
    .command('list')
    .description('list camera settings')
    .action(async (_o: unknown, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      out.result((await ugc.cameraSettings.list({ signal })).items, ['lens']);
    });
  return settings;
}

export function clientCommand(): Command {
  const client = new Command('client').description('the account that owns the API key');
  client
    .command('get')
    .description('show the account')
    .action(async (_o: unknown, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      out.result(await ugc.client.retrieve({ signal }));
    });
  client
    .command('update')
    .description("replace the account's metadata")
    .requiredOption('--metadata <json>', 'any JSON; {} clears it', json('--metadata'))
    .action(async (o: { metadata: unknown }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      out.result(await ugc.client.update({ metadata: o.metadata as never }, { signal }));
    });
  return client;
}

export function webhooksCommand(): Command {
  const webhooks = new Command('webhooks').description('endpoints that receive job events');
  webhooks
    .command('upsert <uid> <url>')
    .description('create or replace a webhook endpoint')
    .requiredOption('--events <names>', 'comma list, e.g. ugc.job.state.completed,ugc.job.state.failed', list)
    .option('--description <text>', 'what the endpoint is for')
    .option('--secret <whsec>', 'signing secret (default: the API makes one)')
    .option('--metadata <json>', 'any JSON to store with the endpoint', json('--metadata'))
    .action(
      async (
        uid: string,
        url: string,
        o: { events: string[]; description?: string; secret?: string; metadata?: unknown },
        cmd: Command,
      ) => {
        const { ugc, out, signal } = contextFor(cmd);
        if (o.events.length === 0) throw new UsageError('--events must name at least one event');
        const endpoint = await ugc.webhooks.upsert(
          { uid, url, events: o.events, ...given({ description: o.description, secret: o.secret, metadata: o.metadata as never }) },
          { signal },
        );
        out.result(endpoint);
      },
    );
  return webhooks;
}
