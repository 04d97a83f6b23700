import { Command } from 'commander';
import { jobsCommand } from './commands/jobs.js';

export function program(): Command {
  const root = new Command('move-ugc')
    .description('Drive the Move UGC API from a terminal: upload videos, create takes and jobs, download animation.')
    .option('--api-key <key>', 'API key (default: env MOVE_UGC_API_KEY)')
    .option('--endpoint <url>', 'GraphQL endpoint (default: env MOVE_UGC_ENDPOINT_URL, else the Move API)')
    .option('--json', 'print API objects as JSON, for scripts')
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  for (const command of [jobsCommand()]) root.addCommand(command);
  return root;
}
