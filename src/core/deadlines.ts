/** What a deadline stops: an HTTP attempt (`HttpCall`). */
export interface Deadlined {
  /** When it is due, on the `performance.now()` clock. */
  deadline: number;
  /** Its own timer, where timers cannot be shared (see below). */
  timer: ReturnType<typeof setTimeout> | undefined;
  abort(): void;
}

// Where timers can be unref'd (Node, Bun), one timer serves the deadlines of every attempt in
// flight: a timer armed and cleared per attempt cost Node 1 to 2% of a call on loopback, as
// each built and tore down the timer list of its duration. The shared timer moves only when a
// new deadline comes before the one it waits for, and is unref'd while no attempt is in flight,
// so it never holds a process open. Elsewhere each attempt has its own timer: in workerd a timer
// belongs to the request that set it, so it must not serve another request's attempts.
let shareable: boolean | undefined;
const inFlight = new Set<Deadlined>();
// Typed as Node's timer; in browsers, Deno and workerd it is a number, with no ref() or unref().
let timer: ReturnType<typeof setTimeout> | undefined;
let firesAt = Infinity;
// Node arms a timer from the event loop's cached time, so it can fire up to a millisecond before
// the clock reads the deadline: a deadline that close counts as reached.
const EARLY_MS = 1;

/** Calls `target.abort()` `ms` from now, unless `endDeadline(target)` comes first. */
export function startDeadline(target: Deadlined, ms: number): void {
  if (shareable === false) return void (target.timer = setTimeout(() => target.abort(), ms));
  target.deadline = performance.now() + ms;
  inFlight.add(target);
  if (target.deadline < firesAt) arm(ms);
  else if (inFlight.size === 1) timer?.ref();
}

export function endDeadline(target: Deadlined): void {
  clearTimeout(target.timer);
  if (!inFlight.delete(target) || inFlight.size > 0) return;
  if (shareable) timer?.unref();
  else {
    clearTimeout(timer);
    firesAt = Infinity;
  }
}

function arm(ms: number): void {
  clearTimeout(timer);
  firesAt = performance.now() + ms;
  timer = setTimeout(expire, Math.ceil(ms));
  shareable ??= typeof (timer as { unref?: unknown }).unref === 'function';
}

function expire(): void {
  firesAt = Infinity;
  const now = performance.now() + EARLY_MS;
  let next = Infinity;
  const due: Deadlined[] = [];
  for (const target of inFlight) {
    if (target.deadline > now) next = Math.min(next, target.deadline);
    else {
      inFlight.delete(target);
      due.push(target);
    }
  }
  // After a stalled event loop several may be due at once: the earliest stops first, as with a timer each.
  for (const target of due.sort((a, b) => a.deadline - b.deadline)) target.abort();
  if (next < Infinity) arm(next - now + EARLY_MS);
}
