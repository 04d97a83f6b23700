/** What a deadline stops: an HTTP attempt (`HttpCall`). */
export interface Deadlined {
  /** When it is due, on the `performance.now()` clock. */
  deadline: number;
  /** Its place in the shared heap, -1 when not in it. */
  slot: number;
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
// The attempts in flight sit in a binary heap by deadline, each knowing its slot: adding, ending
// and expiring one costs log(n), so 10 000 attempts at once cost no more per attempt than ten.
let shareable: boolean | undefined;
const heap: Deadlined[] = [];
// Typed as Node's timer; in browsers, Deno and workerd it is a number, with no ref() or unref().
let timer: ReturnType<typeof setTimeout> | undefined;
let firesAt = Infinity;
// Node arms a timer from the event loop's cached time, so it can fire up to a millisecond before
// the clock reads the deadline: a deadline that close counts as reached.
const EARLY_MS = 1;
/** Largest delay a timer honours (a longer one fires at once in Node). */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** Calls `target.abort()` `ms` from now, unless `endDeadline(target)` comes first. */
export function startDeadline(target: Deadlined, ms: number): void {
  target.deadline = performance.now() + ms;
  if (shareable === false) return void (target.timer = setTimeout(() => target.abort(), Math.min(ms, MAX_DELAY_MS)));
  target.slot = heap.length;
  heap.push(target);
  up(target.slot);
  if (target.deadline < firesAt) arm(ms);
  else if (heap.length === 1) timer?.ref();
}

export function endDeadline(target: Deadlined): void {
  clearTimeout(target.timer);
  target.deadline = 0;
  if (target.slot < 0) return;
  remove(target.slot);
  if (heap.length > 0) return;
  if (shareable) timer?.unref();
  else {
    clearTimeout(timer);
    firesAt = Infinity;
  }
}

/**
 * Whether `target`'s deadline has passed, by the clock rather than the timer: it aborts the target
 * if so. Behind an event loop kept busy the timer fires late; every step of an attempt asks this
 * first, so a late timer does not let a step begin after the deadline.
 */
export function expireIfDue(target: Deadlined): boolean {
  if (target.deadline === 0 || performance.now() + EARLY_MS < target.deadline) return false;
  endDeadline(target);
  target.abort();
  return true;
}

function arm(ms: number): void {
  clearTimeout(timer);
  firesAt = performance.now() + ms;
  timer = setTimeout(expire, Math.min(Math.ceil(ms), MAX_DELAY_MS));
  shareable ??= typeof (timer as { unref?: unknown }).unref === 'function';
}

function expire(): void {
  firesAt = Infinity;
  const now = performance.now() + EARLY_MS;
  // After a stalled event loop several may be due at once: the heap gives them earliest first, as
  // a timer each would.
  while (heap.length > 0 && heap[0]!.deadline <= now) {
    const target = heap[0]!;
    remove(0);
    target.abort();
  }
  if (heap.length > 0) arm(heap[0]!.deadline - now + EARLY_MS);
  else if (shareable) timer?.unref();
}

function remove(slot: number): void {
  const gone = heap[slot]!;
  gone.slot = -1;
  const last = heap.pop()!;
  if (last === gone) return;
  heap[slot] = last;
  last.slot = slot;
  down(slot);
  up(last.slot);
}

function up(slot: number): void {
  const target = heap[slot]!;
  while (slot > 0) {
    const parent = (slot - 1) >> 1;
    if (heap[parent]!.deadline <= target.deadline) break;
    place(heap[parent]!, slot);
    slot = parent;
  }
  place(target, slot);
}

function down(slot: number): void {
  const target = heap[slot]!;
  for (;;) {
    let child = 2 * slot + 1;
    if (child >= heap.length) break;
    if (child + 1 < heap.length && heap[child + 1]!.deadline < heap[child]!.deadline) child++;
    if (heap[child]!.deadline >= target.deadline) break;
    place(heap[child]!, slot);
    slot = child;
  }
  place(target, slot);
}

function place(target: Deadlined, slot: number): void {
  heap[slot] = target;
  target.slot = slot;
}
