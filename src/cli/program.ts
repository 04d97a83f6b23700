import { Command } from 'commander';
import { cameraSettingsCommand, clientCommand, rigsCommand, webhooksCommand } from './commands/account.js';
import { demoCommand } from './commands/demo.js';
import { filesCommand } from './commands/files.js';
import { jobsCommand } from './commands/jobs.js';
import { processCommand } from './commands/process.js';
import { previewCommand } from './commands/preview.js';
import { sandboxCommand } from './commands/sandbox.js';
import { takesCommand } from './commands/takes.js';
import { volumesCommand } from './commands/volumes.js';
import { version } from './version.js';

export function program(): Command {
  const root = new Command('move-ugc')
    .description('Drive the Move UGC API from a terminal: upload videos, create takes and jobs, download animation.')
    .option('--api-key <key>', 'API key (default: env MOVE_UGC_API_KEY, which other users cannot see in `ps` as they can this)')
    .option('--endpoint <url>', 'GraphQL endpoint (default: env MOVE_UGC_ENDPOINT_URL, else the Move API)')
    .option('--json', 'print API objects as JSON, for scripts')
    .version(version, '-V, --version', 'print the version of move-ugc')
    .addHelpText('after', '\nStart with `move-ugc demo`: the whole flow on a local sandbox, no key needed.');
  const commands = [
    demoCommand(),
    processCommand(),
    jobsCommand(),
    takesCommand(),
    filesCommand(),
    volumesCommand(),
    rigsCommand(),
    cameraSettingsCommand(),
    clientCommand(),
    webhooksCommand(),
    sandboxCommand(),
    previewCommand(),
  ];
  for (const command of commands) root.addCommand(command);
  return root;
}
