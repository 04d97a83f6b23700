import type { HttpCall } from './http-call.js';
import { MAX_TIMEOUT_MS } from './request-options.js';
import type { SlotWaiter } from './slots.js';

// The waits of a call outside its attempts: for a slot, and between attempts. Each ends at the
// caller's signal and at `call.abort()`.

// One 'abort' listener per caller signal, however many attempts and sleeps wait on it: a signal
// shared by many concurrent calls would otherwise pass Node's listener limit and print warnings.
export interface Abortable {
  abort(): void;
}
const waitingOn = new WeakMap<AbortSignal, Set<Abortable>>();

export function subscribe(signal: AbortSignal, target: Abortable): void {
  let waiting = waitingOn.get(signal);
  if (!waiting) waitingOn.set(signal, (waiting = new Set()));
  if (waiting.size === 0) signal.addEventListener('abort', abortWaiting);
  waiting.add(target);
}

export function unsubscribe(signal: AbortSignal, target: Abortable): void {
  const waiting = waitingOn.get(signal);
  if (!waiting?.delete(target) || waiting.size > 0) return;
  signal.removeEventListener('abort', abortWaiting);
}

function abortWaiting(event: Event): void {
  const waiting = waitingOn.get(event.target as AbortSignal);
  if (waiting) for (const target of [...waiting]) target.abort();
}

/**
 * Waits for a slot (src/core/slots.ts): true once granted, false at the call's deadline; rejects
 * with the `AbortError` at the caller's signal or `call.abort()`.
 */
export function queued(call: HttpCall, waiter: SlotWaiter, aborted: () => Error): Promise<boolean> {
  const { signal } = call;
  return new Promise((resolve, reject) => {
    const end = () => {
      waiter.live = false;
      clearTimeout(timer);
      if (signal) unsubscribe(signal, stopper);
      call.stopWait = undefined;
    };
    const stopper: Abortable = {
      abort() {
        end();
        reject(aborted());
      },
    };
    waiter.grant = () => {
      end();
      resolve(true);
    };
    const timer = setTimeout(
      () => {
        end();
        resolve(false);
      },
      Math.min(Math.max(0, call.endsAt - performance.now()), MAX_TIMEOUT_MS),
    );
    call.stopWait = () => stopper.abort();
    if (signal?.aborted || call.cancelled) return stopper.abort();
    if (signal) subscribe(signal, stopper);
  });
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
