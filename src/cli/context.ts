import { InvalidArgumentError, type Command } from 'commander';
import { MoveUgc } from '../index.js';
import { createOutput, type Output } from './output.js';

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
}

const interrupt = new AbortController();
/** Aborts in-flight work on the first Ctrl-C; a second one exits at once. */
export function abortOnInterrupt(): AbortSignal {
  process.once('SIGINT', () => {
    interrupt.abort(new Error('interrupted'));
    process.once('SIGINT', () => process.exit(130));
  });
  return interrupt.signal;
}

/** The signal the first Ctrl-C fires. */
export function interruptSignal(): AbortSignal {
  return interrupt.signal;
}

export function outputFor(command: Command): Output {
  return createOutput(Boolean(command.optsWithGlobals<GlobalOptions>().json));
}

export function contextFor(command: Command): CliContext {
  const opts = command.optsWithGlobals<GlobalOptions>();
  const ugc = new MoveUgc({
    ...(opts.apiKey ? { apiKey: opts.apiKey } : {}),
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
  });
  return { ugc, out: createOutput(Boolean(opts.json)), signal: interrupt.signal };
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

export function positiveInt(option: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${option} must be a whole number >= 1, got ${value}`);
    return n;
  };
}

/** Bad command-line input: exit code 2 with the command's help. */
export class UsageError extends Error {}
