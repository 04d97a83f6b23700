import { ValidationError } from './errors.js';
import { readInput } from './read-input.js';

/** Largest timer delay every runtime honours (a longer one fires at once in Node). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** The keys of `RequestOptions`, the last argument of every API method. */
export const REQUEST_OPTION_KEYS = ['signal', 'timeoutMs', 'deadlineMs', 'maxRetries', 'headers', 'onResponse'] as const;

/** What one response told the SDK besides its body: see `RequestOptions.onResponse`. */
export interface ResponseInfo {
  /** The API's request id (`x-amzn-requestid`, else `x-request-id`): quote it to support. */
  requestId: string | undefined;
  /** HTTP status of the final response; undefined when the client's exchange did not report it. */
  status: number | undefined;
  /** Response headers of the final attempt, when known. */
  headers: Headers | undefined;
  /** HTTP attempts made, retries included, when known. */
  attempts: number | undefined;
}

/** Options every method takes as its second argument, apart from the API parameters. */
export interface RequestOptions {
  /** Cancels the request and any retry wait at once; the call rejects with `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Limit for one attempt: connecting, headers and reading the body. Default 60 000. */
  timeoutMs?: number | undefined;
  /**
   * Limit for the whole call, every attempt and every wait between them: past it no attempt or
   * wait begins, and a `Retry-After` longer than the time left fails the call at once. Default
   * `(maxRetries + 1) * timeoutMs`.
   */
  deadlineMs?: number | undefined;
  /** Retries after the first attempt (queries only, and mutations that never left). Default 2. */
  maxRetries?: number | undefined;
  /** Extra headers for this call only, over the client's. */
  headers?: Record<string, string> | undefined;
  /**
   * Called when a GraphQL response arrived (data, or GraphQL errors), before the method settles:
   * the request id, status and headers. How to get the request id of a successful call; every
   * `MoveUgcError` carries `requestId` itself. Through a client on urql's stock `fetchExchange`
   * only the status and headers of failed responses are known. What it throws is logged and never
   * changes the call's outcome.
   *
   * @example
   * ```ts
   * const job = await ugc.jobs.retrieve({ id }, { onResponse: (r) => console.log(r.requestId) });
   * ```
   */
  onResponse?: ((response: ResponseInfo) => void) | undefined;
}

export function checkTimeout(value: unknown, field: string): number {
  if (typeof value !== 'number' || !(value > 0) || value > MAX_TIMEOUT_MS) {
    throw new ValidationError(field, `must be a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, got ${String(value)}`);
  }
  return value;
}

/** A call's overall deadline when none is given: every attempt may use its whole timeout. */
export function defaultDeadline(timeoutMs: number, maxRetries: number): number {
  return (maxRetries + 1) * timeoutMs;
}

export function checkRetries(value: unknown, field: string): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 100) {
    throw new ValidationError(field, `must be a whole number from 0 to 100, got ${String(value)}`);
  }
  return value as number;
}

// Control characters would split or smuggle headers; names must be HTTP tokens.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// A value must also stay within Latin-1: fetch refuses anything beyond (not a ByteString) with a
// TypeError on every attempt.
// eslint-disable-next-line no-control-regex
const NOT_A_VALUE = /[\u0000-\u001f\u007f\u0100-\uffff]/;
// Headers that frame the message or the connection: fetch refuses some and a wrong one stalls the call.
const FRAMING = new Set(['connection', 'content-length', 'expect', 'host', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** Checks a headers object and returns it read once; the values are never echoed (they may be secrets). */
export function checkHeaders(given: unknown, field: string): Record<string, string> {
  const headers = readInput(given, field, 1);
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers))
    throw new ValidationError(field, 'must be an object of strings');
  // A Headers or a Map holds its entries where Object.entries does not look: they would be dropped.
  const proto: unknown = Object.getPrototypeOf(headers);
  if (proto !== null && proto !== Object.prototype) {
    throw new ValidationError(field, 'must be a plain object of strings (for a Headers or a Map: Object.fromEntries(headers))');
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name)) throw new ValidationError(field, `has an invalid header name ${JSON.stringify(name)}`);
    if (FRAMING.has(name.toLowerCase())) throw new ValidationError(`${field}.${name}`, 'is set by the HTTP layer, not by the caller');
    if (typeof value !== 'string' || NOT_A_VALUE.test(value)) {
      throw new ValidationError(`${field}.${name}`, 'must be a string of Latin-1 characters without control characters');
    }
  }
  return headers as Record<string, string>;
}
