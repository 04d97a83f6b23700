import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  type ErrorContext,
  type GraphQLErrorEntry,
  MoveUgcError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from './errors.js';

/** Options every method takes as its second argument, apart from the API parameters. */
export interface RequestOptions {
  /** Cancels the request and any retry wait at once; the call rejects with `AbortError`. */
  signal?: AbortSignal;
  /** Limit for one attempt: connecting, headers and reading the body. Default 60 000. */
  timeoutMs?: number;
  /** Retries after the first attempt (queries only, and mutations that never left). Default 2. */
  maxRetries?: number;
}

/** What one call needs to make its HTTP attempts. */
export interface AttemptPolicy {
  fetch: typeof fetch;
  operation: string;
  mutation: boolean;
  timeoutMs: number;
  maxRetries: number;
  signal?: AbortSignal;
  redact: (text: string) => string;
  log?: (line: string) => void;
}

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;
export const RETRY_AFTER_CAP_MS = 60_000;
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
// Error codes that prove the request never reached a server: safe to resend even a mutation.
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Builds the fetch that urql calls for one operation. It owns timeouts, abort, retries and the
 * mapping of HTTP failures to typed errors; it reads the whole body under the timeout and hands
 * urql a complete response, so urql never waits on the network itself.
 */
export function attemptingFetch(policy: AttemptPolicy, counter: { attempts: number }): typeof fetch {
  return async (input, init) => {
    for (let attempt = 1; ; attempt++) {
      counter.attempts = attempt;
      const context = (status?: number, cause?: unknown): ErrorContext => ({
        operation: policy.operation,
        attempts: attempt,
        ...(status === undefined ? {} : { status }),
        ...(cause === undefined ? {} : { cause }),
      });
      throwIfAborted(policy.signal, context());
      const started = Date.now();
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), policy.timeoutMs);
      const signals = [timer.signal, init?.signal, policy.signal].filter((s): s is AbortSignal => !!s);
      let failure: MoveUgcError;
      let retryAfterMs: number | undefined;
      let sentNothing = false;
      try {
        const res = await policy.fetch(input, { ...init, signal: AbortSignal.any(signals) });
        const text = await res.text();
        policy.log?.(`move-ugc ${policy.operation} attempt=${attempt} status=${res.status} ${Date.now() - started}ms`);
        if (res.ok || !isFailureStatus(res.status)) {
          return new Response(text, { status: res.status, headers: { 'content-type': 'application/json' } });
        }
        retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
        failure = statusError(res.status, policy.redact(messageOf(text) ?? res.statusText), context(res.status), retryAfterMs);
      } catch (err) {
        throwIfAborted(policy.signal, context(undefined, err));
        policy.log?.(`move-ugc ${policy.operation} attempt=${attempt} failed ${Date.now() - started}ms`);
        failure = timer.signal.aborted
          ? new TimeoutError(`${policy.operation} timed out after ${policy.timeoutMs} ms`, context())
          : new ConnectionError(`${policy.operation} could not reach the API: ${policy.redact(describe(err))}`, context(undefined, err));
        sentNothing = !timer.signal.aborted && neverSent(err);
      } finally {
        clearTimeout(timeout);
      }
      // A mutation is resent only when its request provably never left this machine.
      const delay = policy.mutation && !sentNothing ? undefined : retryDelay(failure, attempt, retryAfterMs, policy.maxRetries);
      if (delay === undefined) throw failure;
      policy.log?.(`move-ugc ${policy.operation} retrying in ${delay}ms`);
      await sleep(delay, policy.signal, context());
    }
  };
}

function retryDelay(error: MoveUgcError, attempt: number, retryAfterMs: number | undefined, maxRetries: number) {
  if (attempt > maxRetries) return undefined;
  const transient = error.status === undefined || RETRYABLE_STATUS.has(error.status);
  if (!transient) return undefined;
  if (retryAfterMs !== undefined) return retryAfterMs > RETRY_AFTER_CAP_MS ? undefined : retryAfterMs;
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}

function isFailureStatus(status: number): boolean {
  return status === 401 || status === 403 || RETRYABLE_STATUS.has(status) || status >= 500;
}

function statusError(status: number, message: string, context: ErrorContext, retryAfterMs?: number): MoveUgcError {
  if (status === 401) return new AuthenticationError(`Authentication failed: ${message}. Check the API key.`, context);
  if (status === 403) return new PermissionError(`Permission denied: ${message}`, context);
  if (status === 429) return new RateLimitError(`Rate limited: ${message}`, context, retryAfterMs);
  if (status === 408) return new TimeoutError(`The server timed out the request: ${message}`, context);
  return new ServerError(`Server error ${status}: ${message}`, context);
}

function messageOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { errors?: GraphQLErrorEntry[]; message?: string };
    return body.errors?.[0]?.message ?? body.message;
  } catch {
    return undefined;
  }
}

/** Retry-After as milliseconds: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function neverSent(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NEVER_SENT.has(code)) return true;
  }
  return false;
}

function describe(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e && typeof e === 'object' && parts.length < 3; e = (e as { cause?: unknown }).cause) {
    const { message, code } = e as { message?: unknown; code?: unknown };
    parts.push(typeof code === 'string' ? `${String(message)} (${code})` : String(message));
  }
  return parts.join(': ') || String(err);
}

function throwIfAborted(signal: AbortSignal | undefined, context: ErrorContext): void {
  if (signal?.aborted) throw new AbortError('The request was aborted', { ...context, cause: signal.reason }, signal.reason);
}

function sleep(ms: number, signal: AbortSignal | undefined, context: ErrorContext): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError('The request was aborted', { ...context, cause: signal?.reason }, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
