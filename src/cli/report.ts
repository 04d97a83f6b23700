import { CommanderError, type Command } from 'commander';
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  MoveUgcError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  TransferError,
  ValidationError,
} from '../index.js';
import { CliError, interruptExitCode, interruptSignal, UsageError } from './context.js';
import { cliName } from './invocation.js';
import { colourEnabled } from './output.js';
import { safeText } from './safe-text.js';

// Exit codes: 0 success, 1 the API or the machine failed, 2 bad usage, 128 + the signal when
// stopped by one (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP), as a shell reports a process the signal killed.

/** Prints what went wrong, in the CLI's words, on stderr; returns the exit code. */
export function report(error: unknown, running: Command): number {
  if (error instanceof CommanderError) {
    // Commander has printed the problem and the usage already; --help and --version are not failures.
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  }
  const fail = (message: string, code: number, after = '') => {
    const red = (t: string) => (colourEnabled(process.stderr) ? `\x1b[31m${t}\x1b[39m` : t);
    process.stderr.write(`${red('error:')} ${message}\n${after}`);
    return code;
  };
  if (error instanceof CliError && error.exitCode === 130) {
    process.stderr.write(`${error.message}\n`);
    return interruptExitCode();
  }
  if (error instanceof CliError) return fail(error.message, error.exitCode);
  const local = localFileProblem(error, running);
  if (local) return fail(local, error instanceof ValidationError ? 2 : 1);
  if (error instanceof ValidationError) return fail(safeText(asFlag(error, running)), 2, usageHint(running));
  if (error instanceof UsageError) return fail(safeText(error.message), 2, usageHint(running));
  // Node's own abort errors too (a file read given the signal), once the interrupt has fired.
  if (error instanceof AbortError || (interruptSignal().aborted && error instanceof Error && error.name === 'AbortError')) {
    process.stderr.write('interrupted: in-flight work was cancelled and partial files removed\n');
    return interruptExitCode();
  }
  const message = safeText(oneLine(error instanceof Error ? error.message : String(error)));
  return fail(error instanceof MoveUgcError ? withHint(message, error, running) : message, 1);
}

// The SDK's names for what the CLI takes as a differently named flag.
const FLAG_OF: Record<string, string> = { sortBy: 'sort', clipWindow: 'clip', numberOfActors: 'actors' };

/** `expand[0] must be one of …` as the user typed it: `--expand: must be one of …`. */
function asFlag(error: ValidationError, running: Command): string {
  const root = /^[A-Za-z]+/.exec(error.field)?.[0] ?? '';
  const name = FLAG_OF[root] ?? root;
  const option = running.options.find((o) => o.attributeName() === name);
  return option?.long ? `${option.long}: ${error.problem}` : error.message;
}

/** The usage line and where the full help is, after a usage error (not the whole help). */
export function usageHint(command: Command): string {
  const name = commandPath(command);
  return `Usage: ${name} ${command.usage()}\nSee \`${runnable(command)} --help\`.\n`;
}

export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The command as the user's shell runs it: `npx move-ugc jobs` from a clone, `move-ugc jobs` once installed. */
function runnable(command: Command): string {
  return commandPath(command).replace(/^move-ugc/, cliName());
}

/** The message, and what to do about it, as one sentence. */
function withHint(message: string, error: MoveUgcError, running: Command): string {
  // The SDK's own advice (`… Check the API key.`) gives way to the CLI's, which names where the key came from.
  if (error instanceof AuthenticationError)
    return `${message.replace(/\.? Check the API key\.$/, '')}: check MOVE_UGC_API_KEY or --api-key`;
  return message + hint(error, running);
}

function hint(error: MoveUgcError, running: Command): string {
  if (error instanceof NotFoundError) {
    // Only a resource that has a `list` command can point at one.
    const lister = running.parent?.commands.find((c) => c.name() === 'list');
    return lister ? ` (check the id: \`${runnable(lister)}\` shows existing ones)` : ' (check the id)';
  }
  if (error instanceof RateLimitError) {
    const wait = error.retryAfterMs;
    return wait === undefined
      ? ' (wait a little and try again)'
      : ` (the API asks to wait ${Math.ceil(wait / 1000)} s before trying again)`;
  }
  if (error instanceof TimeoutError) return ' (the API did not answer in time: try again)';
  if (error instanceof ConnectionError) return ' (check the network and --endpoint)';
  return '';
}

const LOCAL_PROBLEMS: Record<string, string> = {
  ENOENT: 'cannot be found: it, or the folder it is in, does not exist',
  ENOTDIR: 'is not inside a folder (a part of the path is a file)',
  EISDIR: 'is a folder, not a file',
  EACCES: 'is not accessible (permission denied)',
  EPERM: 'is not accessible (operation not permitted)',
  EEXIST: 'already exists',
  ENOSPC: 'could not be written: the disk is full',
  EROFS: 'is on a read-only file system',
  ENAMETOOLONG: 'is too long a name for this file system',
};

/**
 * A problem with a local file, however it arrived: the CLI's own checks, Node's fs errors, or the
 * library's ValidationError / TransferError that carry a system `code` and the `path`. Never blamed
 * on the network.
 */
function localFileProblem(error: unknown, running: Command): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path, syscall } = error as { code?: unknown; path?: unknown; syscall?: unknown };
  // A port the CLI may not listen on (EACCES below 1024) is no file's problem: told as it is.
  if (typeof code !== 'string' || !LOCAL_PROBLEMS[code] || syscall === 'listen') return undefined;
  if (error instanceof MoveUgcError && !(error instanceof TransferError) && !(error instanceof ValidationError)) return undefined;
  const replace = code === 'EEXIST' && running.options.some((o) => o.long === '--overwrite') ? ' (pass --overwrite to replace it)' : '';
  return `${typeof path === 'string' ? safeText(path) : 'a local file'} ${LOCAL_PROBLEMS[code]}${replace}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
