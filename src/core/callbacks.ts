import type { Redact } from './redact.js';

// An app's callbacks (onResponse, onProgress, a logger) are its code, run in the middle of ours.
// What one throws must not change the call's outcome: a job created is a job returned, however
// the callback that was told about it failed; a caller that saw an error would retry and create a
// second one. The error is reported instead.

/** Where a callback's error goes. */
export type Report = (what: string, err: unknown) => void;

const ONCE = "(a callback's error never changes a call's outcome; set logLevel: 'warn' and a logger to see each one)";

/** Reports to `log` at `warn`; without a log, once per client with `console.warn`. */
export function reporter(log: { warn(line: string): void } | undefined, redact: Redact): Report {
  let warned = false;
  return (what, err) => {
    const line = `${what} threw, ignored: ${thrownText(err, redact)}`;
    if (log) return log.warn(line);
    if (warned) return;
    warned = true;
    warn(`move-ugc: ${line} ${ONCE}`);
  };
}

/** Calls `fn(arg)`; what it throws, or the promise it returns rejects with, is reported instead. */
export function callSafely<A>(fn: (arg: A) => unknown, arg: A, what: string, report: Report): void {
  try {
    const result = fn(arg);
    // An async callback: its rejection would otherwise be unhandled, and end a Node process.
    if (result !== null && typeof result === 'object' && typeof (result as PromiseLike<unknown>).then === 'function')
      (result as PromiseLike<unknown>).then(undefined, (err: unknown) => report(what, err));
  } catch (err) {
    report(what, err);
  }
}

/** `fn` wrapped with `callSafely`; anything but a function is returned as is, for its check to refuse. */
export function guarded<T>(fn: T, what: string, report: Report): T {
  if (typeof fn !== 'function') return fn;
  return ((arg: unknown) => callSafely(fn as (arg: unknown) => unknown, arg, what, report)) as T;
}

/** `console.warn`, which may itself be replaced by something that throws. */
export function warn(line: string): void {
  try {
    console.warn(line);
  } catch {
    // Nowhere left to say it.
  }
}

/** The thrown value's name and message, read defensively (getters may throw), redacted and short. */
export function thrownText(err: unknown, redact: Redact): string {
  try {
    if (err === null || typeof err !== 'object') return redact(String(err), 300);
    const { name, message } = err as { name?: unknown; message?: unknown };
    return redact(`${typeof name === 'string' ? name : 'Error'}: ${typeof message === 'string' ? message : ''}`, 300);
  } catch {
    return 'a value that cannot be read';
  }
}
