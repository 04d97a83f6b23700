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
import { terminalWidth } from './table.js';
import { version } from './version.js';
import { cliName } from './invocation.js';

export function program(): Command {
  const root = new Command('move-ugc')
    .description('Drive the Move UGC API from a terminal: upload videos, create takes and jobs, download animation.')
    .option('--api-key <key>', 'API key (default: env MOVE_UGC_API_KEY; prefer that: `ps` shows this to other users)')
    .option('--endpoint <url>', 'GraphQL endpoint (default: env MOVE_UGC_ENDPOINT_URL, else the Move API)')
    .option('--json', 'print API objects as JSON, for scripts')
    .option('--wide', 'print tables in full, not cut to the terminal width')
    .version(version, '-V, --version', 'print the version of move-ugc')
    .addHelpText('after', () => `\nStart here: \`${cliName()} demo\` runs the whole flow on a local sandbox, no key.`);
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
  fitHelp(root);
  return root;
}

/**
 * Help that fits the terminal (80 columns when it is not one): descriptions wrap beside their
 * options even when the option column is wide. Every subcommand's help shows --json, --api-key,
 * --endpoint and --wide, which work after any command, except where a command says they do not
 * apply (the sandbox serves the API rather than calling it).
 */
function fitHelp(command: Command, width = terminalWidth() ?? 80): void {
  const own = GLOBALS_DO_NOT_APPLY.has(command.name());
  command.configureHelp({ showGlobalOptions: !own, helpWidth: width, minWidthToWrap: 20 });
  for (const sub of command.commands) fitHelp(sub, width);
}

const GLOBALS_DO_NOT_APPLY = new Set(['sandbox']);
