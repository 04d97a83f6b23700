import { thrownText, warn } from './callbacks.js';
import { ValidationError } from './errors.js';
import type { Redact } from './redact.js';

/** How much the SDK logs: `debug` every attempt, `warn` retries, `error` calls that failed. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** A logger object such as `console` or a pino logger: one method per level. */
export interface LoggerObject {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Where log lines go: a function receiving each line and its level, or a logger object. */
export type MoveUgcLogger = ((line: string, level: Exclude<LogLevel, 'off'>) => void) | LoggerObject;

/** The SDK's leveled log: a method is undefined when its level is off, so a call costs nothing. @internal */
export interface Log {
  readonly debugging: boolean;
  debug(line: string): void;
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error', 'off'] as const;

// Header values that are safe to print; every other value (the key, and any secret a caller adds
// in `headers`) is replaced, so a debug log can be pasted into a bug report as it is.
const PRINTABLE_HEADERS = new Set(['accept', 'content-type', 'x-move-ugc-client', 'user-agent']);

export function checkLogLevel(value: unknown, field: string): LogLevel {
  if (!LEVELS.includes(value as LogLevel))
    throw new ValidationError(field, `must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(String(value))}`);
  return value as LogLevel;
}

/**
 * A leveled log writing to `logger` (default: console), every line prefixed and redacted first;
 * undefined when the level is `off`.
 */
export function createLog(level: LogLevel, logger: unknown, redact: Redact): Log | undefined {
  // Checked even when off: a bad logger would otherwise surface only once logging is turned on.
  const sink = sinkOf(logger);
  if (level === 'off') return undefined;
  const rank = LEVELS.indexOf(level);
  const failed = { warned: false, redact };
  const at = (name: Exclude<LogLevel, 'off'>) =>
    LEVELS.indexOf(name) >= rank ? (line: string) => write(sink, redact(`move-ugc: ${line}`), name, failed) : ignore;
  return { debugging: rank === 0, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function sinkOf(logger: unknown): (line: string, level: Exclude<LogLevel, 'off'>) => void {
  // stderr for every level: a CLI's stdout stays its own.
  if (logger === undefined) return (line, level) => (level === 'warn' ? console.warn(line) : console.error(line));
  if (typeof logger === 'function') return logger as (line: string, level: Exclude<LogLevel, 'off'>) => void;
  if (logger !== null && typeof logger === 'object') {
    const object = logger as Partial<LoggerObject>;
    for (const level of LEVELS.slice(0, 4)) {
      if (typeof object[level as Exclude<LogLevel, 'off'>] !== 'function')
        throw new ValidationError(`logger.${level}`, 'must be a function');
    }
    return (line, level) => object[level]!(line);
  }
  throw new ValidationError('logger', 'must be a function or an object with debug, info, warn and error methods');
}

function ignore(): void {}

// A logger is the app's code: one that throws must not fail the call it reports on, nor leave it
// unsettled (the exchange logs on its way to emitting the result). The logger being the place to
// report it, its first failure goes to console.warn instead.
function write(
  sink: (line: string, level: Exclude<LogLevel, 'off'>) => void,
  line: string,
  level: Exclude<LogLevel, 'off'>,
  failed: { warned: boolean; redact: Redact },
): void {
  try {
    sink(line, level);
  } catch (err) {
    if (failed.warned) return;
    failed.warned = true;
    warn(`move-ugc: the logger threw, ignored: ${thrownText(err, failed.redact)} (later failures of this logger are not shown)`);
  }
}

/** Request headers (a plain object) for a log line, values hidden except the harmless ones. */
export function describeHeaders(headers: unknown): string {
  if (!headers || typeof headers !== 'object') return '{}';
  const entries = Object.entries(headers as Record<string, unknown>);
  return `{${entries.map(([name, value]) => `${name}: ${PRINTABLE_HEADERS.has(name.toLowerCase()) ? String(value) : '[redacted]'}`).join(', ')}}`;
}

export { redactor, type Redact } from './redact.js';
