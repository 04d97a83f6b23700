#!/usr/bin/env node
import { CommanderError, type Command } from 'commander';
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  MoveUgcError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from '../index.js';
import { abortOnInterrupt, UsageError } from './context.js';
import { colourEnabled } from './output.js';
import { program } from './program.js';

// Exit codes: 0 success, 1 the API or the machine failed, 2 bad usage, 130 interrupted.
abortOnInterrupt();
const root = program();
applyToAll(root, (c) => c.exitOverride().showHelpAfterError());
let running: Command = root;
root.hook('preAction', (_root, action) => {
  running = action;
});
try {
  await root.parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error);
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has printed the problem and the help already; --help and --version are not failures.
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  }
  const red = (t: string) => (colourEnabled(process.stderr) ? `\x1b[31m${t}\x1b[39m` : t);
  if (error instanceof UsageError || error instanceof ValidationError) {
    process.stderr.write(`${red('error:')} ${error.message}\n\n${running.helpInformation()}`);
    return 2;
  }
  if (error instanceof AbortError) {
    process.stderr.write('interrupted: in-flight work was cancelled and partial files removed\n');
    return 130;
  }
  if (error instanceof MoveUgcError) {
    process.stderr.write(`${red('error:')} ${oneLine(error.message)}${hint(error)}\n`);
    return 1;
  }
  process.stderr.write(`${red('error:')} ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
  return 1;
}

function hint(error: MoveUgcError): string {
  if (error instanceof AuthenticationError) return ' (set MOVE_UGC_API_KEY or pass --api-key)';
  if (error instanceof NotFoundError) return ' (check the id: `list` commands show existing ones)';
  if (error instanceof RateLimitError) return ' (wait a little and try again)';
  if (error instanceof TimeoutError) return ' (the API was slow: try again)';
  if (error instanceof ConnectionError) return ' (check the network and --endpoint)';
  return '';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function applyToAll(command: Command, fn: (c: Command) => void): void {
  fn(command);
  for (const sub of command.commands) applyToAll(sub, fn);
}
