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
import { describeHeaders, type Log, type Redact } from './log.js';
import { ignore, readBody } from './body.js';
import { endDeadline, startDeadline } from './deadlines.js';

export type { RequestOptions, ResponseInfo } from './request-options.js';
export { checkHeaders, checkRetries, checkTimeout, MAX_TIMEOUT_MS } from './request-options.js';

/** The HTTP policy shared by every call of one exchange. */
export interface HttpPolicy {
  readonly fetch: typeof fetch;
  readonly redact: Redact;
  readonly log: Log | undefined;
  readonly maxResponseBytes: number;
}

/**
 * One SDK call across its HTTP attempts: the policy it runs under and what happened so far. One
 * object per call; errors read `attempts`, `status` and `requestId` back from it. Its `abort()` is
 * the one way an attempt stops early, whether the timer fired, the caller's signal or a teardown.
 */
export class HttpCall {
  attempts = 0;
  /** Status of the last response, undefined while none arrived. */
  status: number | undefined;
  requestId: string | undefined;
  headers: Headers | undefined;
  /** Set when nobody waits for the call any more (a urql teardown): it stops as if aborted. */
  cancelled = false;
  /** The current attempt's controller, and what ends its current wait (`untilAborted`). */
  controller: AbortController | undefined;
  stopWait: ((reason: Error) => void) | undefined;
  /** When the current attempt times out, and its own timer where it has one (src/core/deadlines.ts). */
  deadline = 0;
  timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly policy: HttpPolicy,
    readonly operation: string,
    readonly mutation: boolean,
    readonly timeoutMs: number,
    readonly maxRetries: number,
    readonly signal: AbortSignal | undefined,
  ) {}

  abort(): void {
    this.controller?.abort();
    this.stopWait?.(new Error('aborted'));
  }

  /** Content type of the last response, for error messages. */
  get contentType(): string | null {
    return this.headers?.get('content-type') ?? null;
  }
}

/** Stops a call nobody waits for: the current attempt is aborted and no other begins. */
export function cancel(call: HttpCall): void {
  call.cancelled = true;
  call.abort();
}

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
  for (;;) {
    const outcome = await attempt(call, url, init);
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
  // One controller per attempt, aborted through `call.abort()` by our timer, the caller's signal
  // or a teardown. (AbortSignal.any would do the same at a higher price per call, and some Node
  // releases leak the signals it combines with a long-lived one, such as a signal shared by every
  // call of a job runner.)
  const controller = (call.controller = new AbortController());
  startDeadline(call, call.timeoutMs);
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

/**
 * What `work()` gives, or a rejection the moment the attempt is aborted: every wait of an attempt
 * goes through here, so it settles even with a fetch that ignores its signal. (A race against one
 * stop promise per attempt cost about 0.6% of a call more, in its promises and reactions.)
 */
export function untilAborted<T>(call: HttpCall, work: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (call.controller?.signal.aborted) return reject(new Error('aborted'));
    call.stopWait = reject;
    Promise.resolve(work()).then(resolve, reject);
  });
}

// One 'abort' listener per caller signal, however many attempts and sleeps wait on it: a signal
// shared by many concurrent calls would otherwise pass Node's listener limit and print warnings.
interface Abortable {
  abort(): void;
}
const waitingOn = new WeakMap<AbortSignal, Set<Abortable>>();

function subscribe(signal: AbortSignal, target: Abortable): void {
  let waiting = waitingOn.get(signal);
  if (!waiting) waitingOn.set(signal, (waiting = new Set()));
  if (waiting.size === 0) signal.addEventListener('abort', abortWaiting);
  waiting.add(target);
}

function unsubscribe(signal: AbortSignal, target: Abortable): void {
  const waiting = waitingOn.get(signal);
  if (!waiting?.delete(target) || waiting.size > 0) return;
  signal.removeEventListener('abort', abortWaiting);
}

function abortWaiting(event: Event): void {
  const waiting = waitingOn.get(event.target as AbortSignal);
  if (waiting) for (const target of [...waiting]) target.abort();
}

/** Milliseconds to wait before the next attempt, or undefined when the failure is final. */
function retryDelay(call: HttpCall, failure: Failure): number | undefined {
  if (call.attempts > call.maxRetries) return undefined;
  // createSingleCamJob is not idempotent: a mutation is resent only if it never left this machine.
  if (call.mutation && !failure.neverSent) return undefined;
  if (!failure.retryable) return undefined;
  const hint = failure.retryAfterMs;
  if (hint !== undefined) return hint > RETRY_AFTER_CAP_MS ? undefined : hint;
  return backoffDelay(call.attempts);
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

/** What every error of this call carries. */
export function context(call: HttpCall): ErrorContext {
  const ctx: ErrorContext = { operation: call.operation, attempts: call.attempts };
  if (call.status !== undefined) ctx.status = call.status;
  if (call.requestId !== undefined) ctx.requestId = call.requestId;
  return ctx;
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

function abortError(call: HttpCall): AbortError {
  const reason: unknown = call.signal?.reason;
  return new AbortError(`${call.operation} was aborted`, { ...context(call), cause: reason }, reason);
}

/**
 * Waits `ms`, or rejects with `aborted()` the moment `signal` fires (one listener per signal, see
 * `subscribe`) or, given `call`, the moment `call.abort()` runs.
 */
export function sleep(ms: number, signal: AbortSignal | undefined, aborted: () => Error, call?: HttpCall): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted || call?.cancelled) return reject(aborted());
    const end = () => {
      clearTimeout(timer);
      if (signal) unsubscribe(signal, waiter);
      if (call) call.stopWait = undefined;
    };
    const waiter: Abortable = {
      abort() {
        end();
        reject(aborted());
      },
    };
    const timer = setTimeout(() => {
      end();
      resolve();
    }, ms);
    if (signal) subscribe(signal, waiter);
    if (call) call.stopWait = () => waiter.abort();
  });
}
