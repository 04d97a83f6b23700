import { constants } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { MoveUgc, ValidationError } from '../index.js';
import { createOutput, type Output } from './output.js';
import { hideInText } from './safe-text.js';
import { cliName } from './invocation.js';

/** What every command gets: a configured client, the output, and a signal that Ctrl-C fires. */
export interface CliContext {
  ugc: MoveUgc;
  out: Output;
  signal: AbortSignal;
}

export interface GlobalOptions {
  apiKey?: string;
  endpoint?: string;
  json?: boolean;
  wide?: boolean;
}

const interrupt = new AbortController();
let received: NodeJS.Signals = 'SIGINT';
/**
 * Aborts in-flight work on the first Ctrl-C; a second one exits at once (the library's 'exit' hook
 * still removes partial downloads). One handler for both: between removing a `once` handler and
 * adding the next, Node restores SIGINT's default, and a second Ctrl-C landing then killed the
 * process with no cleanup at all.
 */
export function abortOnInterrupt(): AbortSignal {
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    received = signal;
    if (++interrupts === 1) interrupt.abort(new Error('interrupted'));
    else process.exit(interruptExitCode());
  };
  // SIGTERM and SIGHUP too: `kill`, `timeout`, docker and systemd stop a process with them, and by
  // default they kill it before the cleanup runs.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  return interrupt.signal;
}

/** The shell's code for death by the signal received: 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP. */
export function interruptExitCode(): number {
  return 128 + constants.signals[received];
}

/** The signal the first Ctrl-C (or SIGTERM, SIGHUP) fires. */
export function interruptSignal(): AbortSignal {
  return interrupt.signal;
}

export function outputFor(command: Command): Output {
  const opts = command.optsWithGlobals<GlobalOptions>();
  return createOutput(Boolean(opts.json), Boolean(opts.wide));
}

export function contextFor(command: Command): CliContext {
  const opts = command.optsWithGlobals<GlobalOptions>();
  return { ugc: clientFor(opts), out: createOutput(Boolean(opts.json), Boolean(opts.wide)), signal: interrupt.signal };
}

/** The configured client; a missing or malformed key is told as the setup step it is, not as bad usage. */
export function clientFor(opts: GlobalOptions): MoveUgc {
  if (!opts.apiKey && !process.env.MOVE_UGC_API_KEY) {
    throw new CliError(
      'no API key: run `export MOVE_UGC_API_KEY=<your key>` (or pass --api-key <key>) and try again.\n' +
        `\`${cliName()} demo\` needs no key: it runs on a local sandbox.`,
      2,
    );
  }
  hideInText(opts.apiKey ?? process.env.MOVE_UGC_API_KEY);
  try {
    return new MoveUgc({ ...(opts.apiKey ? { apiKey: opts.apiKey } : {}), ...(opts.endpoint ? { endpoint: opts.endpoint } : {}) });
  } catch (error) {
    if (error instanceof ValidationError && error.field === 'apiKey') {
      const from = opts.apiKey ? '--api-key' : 'MOVE_UGC_API_KEY';
      throw new CliError(`the API key in ${from} ${error.problem.replace(/:.*/, '')}: check it and try again`, 2);
    }
    throw error;
  }
}

/** Parses a comma-separated list option: `--expand take,outputs`. */
export function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Parses a JSON option such as --metadata, naming the option when it is not JSON. */
export function json(option: string) {
  return (value: string): unknown => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw new InvalidArgumentError(`${option} must be JSON, e.g. '{"key":"value"}'`);
    }
  };
}

export function positiveInt(option: string, max = 2 ** 31 - 1) {
  return (value: string): number => {
    // Digits only: Number() would also read "0x10", " 5" and "1e3".
    const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`${option} must be a whole number from 1 to ${max}, got ${value}`);
    return n;
  };
}

/** Bad command-line input: exit code 2 with the command's usage line. */
export class UsageError extends Error {}

/** A failure the CLI has already put into words: printed as is (no usage), with this exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
