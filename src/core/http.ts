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
import { describeHeaders, type Redact } from './log.js';
import { context, untilAborted, type HttpCall } from './http-call.js';
import { ignore, readBody } from './body.js';
import { endDeadline, startDeadline } from './deadlines.js';
import { releaseSlot, takeSlot, type SlotWaiter } from './slots.js';
import { queued, sleep, subscribe, unsubscribe } from './waits.js';

export { sleep } from './waits.js';

export type { RequestOptions, ResponseInfo } from './request-options.js';
export { cancel, context, HttpCall, untilAborted, type HttpPolicy } from './http-call.js';
export { checkHeaders, checkRetries, checkTimeout, defaultDeadline, MAX_TIMEOUT_MS } from './request-options.js';

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;
/** A longer Retry-After is surfaced as the error instead of slept through. */
export const RETRY_AFTER_CAP_MS = 60_000;
/** The most of a server's text, and of a request id, an error quotes. */
export const QUOTED_TEXT = 300;
const QUOTED_ID = 100;
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
// Error codes that prove the request never reached a server: safe to resend even a mutation.
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

interface Failure {
  error: MoveUgcError;
  /** Worth another attempt: a connection failure, a timeout or a transient status. */
  retryable: boolean;
  retryAfterMs?: number | undefined;
  /** The request provably never left this machine. */
  neverSent?: boolean;
}

/**
 * Sends one call's request, retrying as its policy allows, and returns the body text of the
 * final response. It owns timeouts, abort, retries, the size cap and the mapping of HTTP failures
 * to typed errors; the whole body is read under the timeout, so a stalled body cannot hang the call.
 */
export async function send(call: HttpCall, url: string, init: RequestInit): Promise<string> {
  call.endsAt = performance.now() + call.deadlineMs;
  for (;;) {
    const waiter: SlotWaiter = { live: true, grant: ignore };
    if (!takeSlot(call.policy, waiter) && !(await queued(call, waiter, () => abortError(call)))) throw deadlineError(call);
    let outcome: string | Failure;
    try {
      outcome = await attempt(call, url, init);
    } finally {
      releaseSlot(call.policy);
    }
    if (typeof outcome === 'string') return outcome;
    const delay = retryDelay(call, outcome);
    if (delay === undefined) throw outcome.error;
    call.policy.log?.warn(`${call.operation} retrying in ${delay} ms after ${outcome.error.name}`);
    // The wait ends at `call.abort()` too: a call nobody waits for must not hold the process open.
    await sleep(delay, call.signal, () => abortError(call), call);
  }
}

async function attempt(call: HttpCall, url: string, init: RequestInit): Promise<string | Failure> {
  const attempt = ++call.attempts;
  call.status = undefined;
  const { signal, policy } = call;
  const log = policy.log;
  if (signal?.aborted || call.cancelled) throw abortError(call);
  // Checked by the clock, not left to a timer: behind a busy event loop the timer would fire late
  // and the request would go out after the call's deadline.
  const left = call.endsAt - performance.now();
  if (left <= 0) {
    call.attempts--;
    return { error: deadlineError(call), retryable: false };
  }
  // One controller per attempt, aborted through `call.abort()` by our timer, the caller's signal
  // or a teardown. (AbortSignal.any would do the same at a higher price per call, and some Node
  // releases leak the signals it combines with a long-lived one, such as a signal shared by every
  // call of a job runner.)
  const controller = (call.controller = new AbortController());
  // Within a millisecond the attempt keeps its whole timeout (and its message): the deadline is
  // (maxRetries + 1) x timeoutMs by default, and the clock moved a little since the call began.
  call.cut = left < call.timeoutMs - 1;
  startDeadline(call, call.cut ? left : call.timeoutMs);
  if (signal) subscribe(signal, call);
  init.signal = controller.signal;
  const started = log?.debugging ? Date.now() : 0;
  try {
    const res = await untilAborted(call, () => policy.fetch(url, init));
    call.status = res.status;
    call.headers = res.headers;
    call.requestId = requestIdOf(res.headers, policy.redact);
    // `redirect: 'manual'`: the key must go nowhere else, so any redirect ends the call.
    if (res.type === 'opaqueredirect' || res.status === 0 || (res.status >= 300 && res.status < 400)) {
      void res.body?.cancel().catch(ignore);
      const message = `${call.operation}: the endpoint answered with a redirect (HTTP ${res.status}), which is not followed so the key goes nowhere else; use the final URL as endpoint`;
      return { error: new ConnectionError(message, context(call)), retryable: false };
    }
    const text = await readBody(res, call);
    if (log?.debugging) {
      log.debug(
        `${call.operation} attempt ${attempt} status ${res.status} in ${Date.now() - started} ms headers ${describeHeaders(init.headers)}`,
      );
    }
    if (!isFailureStatus(res.status)) return text;
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
    const error = statusError(call, res.status, messageOf(text) ?? res.statusText, retryAfterMs);
    return { error, retryable: RETRYABLE_STATUS.has(res.status), retryAfterMs };
  } catch (err) {
    if (signal?.aborted || call.cancelled) throw abortError(call);
    if (err instanceof MoveUgcError) return { error: err, retryable: false };
    const elapsed = log?.debugging ? ` after ${Date.now() - started} ms` : '';
    if (controller.signal.aborted) {
      log?.debug(`${call.operation} attempt ${attempt} timed out${elapsed}`);
      if (call.cut) return { error: deadlineError(call), retryable: false };
      return { error: new TimeoutError(`${call.operation} timed out after ${call.timeoutMs} ms`, context(call)), retryable: true };
    }
    const cause = safeCause(err, policy.redact);
    const detail = describe(cause);
    log?.debug(`${call.operation} attempt ${attempt} failed${elapsed}: ${detail}`);
    const message = `${call.operation} could not reach the API: ${detail}`;
    return { error: new ConnectionError(message, { ...context(call), cause }), retryable: true, neverSent: neverSent(err) };
  } finally {
    endDeadline(call);
    call.stopWait = undefined;
    if (signal) unsubscribe(signal, call);
  }
}

/** The response's request id, redacted: a server or proxy may echo request headers into it. */
export function requestIdOf(headers: Headers, redact: Redact): string | undefined {
  const id = headers.get('x-amzn-requestid') ?? headers.get('x-request-id');
  return id === null ? undefined : redact(id, QUOTED_ID);
}

/** Milliseconds to wait before the next attempt, or undefined when the failure is final. */
function retryDelay(call: HttpCall, failure: Failure): number | undefined {
  if (call.attempts > call.maxRetries) return undefined;
  // createSingleCamJob is not idempotent: a mutation is resent only if it never left this machine.
  if (call.mutation && !failure.neverSent) return undefined;
  if (!failure.retryable) return undefined;
  const delay = failure.retryAfterMs ?? backoffDelay(call.attempts);
  if (delay > RETRY_AFTER_CAP_MS) return undefined;
  // A wait the deadline would cut short is not begun: the failure (a RateLimitError with its
  // `retryAfterMs`, say) is the answer now rather than at the deadline.
  return delay < call.endsAt - performance.now() ? delay : undefined;
}

/** Exponential backoff with jitter: the n-th wait is between half and all of min(cap, base * 2^(n-1)). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export function isFailureStatus(status: number): boolean {
  return status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;
}

function statusError(call: HttpCall, status: number, detail: string, retryAfterMs: number | undefined): MoveUgcError {
  // Redacted, then cut: the server's text is quoted no longer than a message needs.
  return errorForStatus(context(call), status, call.policy.redact(detail, QUOTED_TEXT), retryAfterMs);
}

/** The typed error of a failure status (401, 403, 408, 429, 5xx). */
export function errorForStatus(ctx: ErrorContext, status: number, detail: string, retryAfterMs?: number): MoveUgcError {
  const message = `${ctx.operation}: ${detail}`;
  if (status === 401) return new AuthenticationError(`${message} (HTTP 401). Check the API key.`, ctx);
  if (status === 403) return new PermissionError(`${message} (HTTP 403)`, ctx);
  if (status === 429) return new RateLimitError(`${message} (HTTP 429)`, ctx, retryAfterMs);
  if (status === 408) return new TimeoutError(`${message} (HTTP 408)`, ctx);
  return new ServerError(`${message} (HTTP ${status})`, ctx);
}

function messageOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { errors?: GraphQLErrorEntry[]; message?: string } | null;
    const message = body?.errors?.[0]?.message ?? body?.message;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

/** Retry-After as milliseconds: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date always names the weekday and month; this keeps "-5" from parsing as a year.
  const at = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function neverSent(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NEVER_SENT.has(code)) return true;
  }
  return false;
}

/**
 * A copy of a network error's cause chain holding only messages (redacted) and codes. The
 * original may hold anything: some fetch implementations attach the request, headers and key
 * included, to the errors they throw.
 */
export function safeCause(err: unknown, redact: (text: string) => string, depth = 0): Error {
  // Whatever was thrown may have getters that throw, or be a Symbol, which String() refuses.
  const read = (key: 'name' | 'message' | 'code' | 'cause'): unknown => {
    try {
      return err !== null && typeof err === 'object' ? (err as Record<string, unknown>)[key] : key === 'message' ? String(err) : undefined;
    } catch {
      return undefined;
    }
  };
  const [name, message, code, cause] = [read('name'), read('message'), read('code'), read('cause')];
  const nested = cause !== undefined && depth < 3 ? safeCause(cause, redact, depth + 1) : undefined;
  const copy = new Error(redact(typeof message === 'string' ? message : ''), nested ? { cause: nested } : undefined);
  if (typeof name === 'string') copy.name = redact(name);
  if (typeof code === 'string') (copy as Error & { code?: string }).code = redact(code);
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}

export function describe(err: Error): string {
  const parts: string[] = [];
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const { code } = e as { code?: string };
    parts.push(code ? `${e.message} (${code})` : e.message);
  }
  return parts.join(': ');
}

/** The call's overall deadline passed: no attempt or wait may begin. */
function deadlineError(call: HttpCall): TimeoutError {
  const tries = call.attempts === 1 ? '1 attempt' : `${call.attempts} attempts`;
  return new TimeoutError(`${call.operation} timed out: its deadline of ${call.deadlineMs} ms passed (${tries})`, context(call));
}

function abortError(call: HttpCall): AbortError {
  const reason: unknown = call.signal?.reason;
  return new AbortError(`${call.operation} was aborted`, { ...context(call), cause: reason }, reason);
}
