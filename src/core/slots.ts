/**
 * How many HTTP attempts of one exchange are in flight at most; the calls past it wait their turn
 * in order. Each attempt costs its fetch a connection and some CPU before a byte is sent: 10 000
 * begun at once kept a busy machine's event loop for half a minute, past every timeout, and none
 * reached the server. A browser caps a host's connections likewise (6 for HTTP/1.1).
 */
export const MAX_IN_FLIGHT = 256;

/** A call waiting for a slot: `grant` hands it one; `live` false once it stopped waiting. */
export interface SlotWaiter {
  live: boolean;
  grant(): void;
}

interface Slots {
  active: number;
  queue: (SlotWaiter | undefined)[];
  head: number;
}

const byOwner = new WeakMap<object, Slots>();

/** Takes a slot of `owner` at once (true), or queues `waiter` for the next one free (false). */
export function takeSlot(owner: object, waiter: SlotWaiter): boolean {
  let slots = byOwner.get(owner);
  if (!slots) byOwner.set(owner, (slots = { active: 0, queue: [], head: 0 }));
  if (slots.active < MAX_IN_FLIGHT) {
    slots.active++;
    return true;
  }
  slots.queue.push(waiter);
  return false;
}

/** Frees a slot of `owner`: it passes to the first waiter still waiting. */
export function releaseSlot(owner: object): void {
  const slots = byOwner.get(owner);
  if (!slots) return;
  const { queue } = slots;
  while (slots.head < queue.length) {
    const waiter = queue[slots.head]!;
    queue[slots.head++] = undefined;
    if (!waiter.live) continue;
    waiter.live = false;
    compact(slots);
    return waiter.grant();
  }
  slots.active--;
  compact(slots);
}

// Waiters that stopped waiting (deadline, abort) stay in the queue until reached: O(1) each.
function compact(slots: Slots): void {
  if (slots.head === slots.queue.length) {
    slots.queue.length = 0;
    slots.head = 0;
  } else if (slots.head > 1024 && slots.head * 2 > slots.queue.length) {
    slots.queue = slots.queue.slice(slots.head);
    slots.head = 0;
  }
}
