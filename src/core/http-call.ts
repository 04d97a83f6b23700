import type { ErrorContext } from './errors.js';
import { expireIfDue } from './deadlines.js';
import type { Log, Redact } from './log.js';

// The state of one call across its HTTP attempts, apart from src/core/http.ts, which runs the
// attempts, so that body.ts, which reads a response, can use it without importing http.ts back.

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
  slot = -1;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** When the whole call must have settled, attempts and waits together (`performance.now()` clock). */
  endsAt = Infinity;
  /** The current attempt was given less than `timeoutMs`: what is left before `endsAt`. */
  cut = false;

  constructor(
    readonly policy: HttpPolicy,
    readonly operation: string,
    readonly mutation: boolean,
    readonly timeoutMs: number,
    readonly maxRetries: number,
    readonly signal: AbortSignal | undefined,
    readonly deadlineMs: number,
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

/**
 * What `work()` gives, or a rejection the moment the attempt is aborted: every wait of an attempt
 * goes through here, so it settles even with a fetch that ignores its signal. (A race against one
 * stop promise per attempt cost about 0.6% of a call more, in its promises and reactions.)
 */
export function untilAborted<T>(call: HttpCall, work: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (call.controller?.signal.aborted || expireIfDue(call)) return reject(new Error('aborted'));
    call.stopWait = reject;
    Promise.resolve(work()).then(resolve, reject);
  });
}

/** What every error of this call carries. */
export function context(call: HttpCall): ErrorContext {
  const ctx: ErrorContext = { operation: call.operation, attempts: call.attempts };
  if (call.status !== undefined) ctx.status = call.status;
  if (call.requestId !== undefined) ctx.requestId = call.requestId;
  return ctx;
}
