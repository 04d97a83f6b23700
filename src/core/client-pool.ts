import type { Client } from '@urql/core';

/**
 * How many of the facade's operations one urql Client carries before a call goes to another.
 * urql's Client hands every result it gets, and every operation and teardown it dispatches, to a
 * filter per operation in flight on it (`makeResultSource` in @urql/core's client), so n calls in
 * flight on one Client cost n squared filter calls: at 2048 in flight urql and wonka took 43% of
 * the process's CPU (bench/profile-in-flight.mjs). Spread over Clients of `PER_CLIENT` operations each, every event passes at most
 * `PER_CLIENT` filters.
 */
export const PER_CLIENT = 32;

/** Past this many Clients (4096 calls in flight) the calls are dealt round the pool instead. */
export const MAX_CLIENTS = 128;

/**
 * The urql Clients the SDK's own client runs its calls through: `primary` (`ugc.urql`) first, then
 * Clients built by `more` alike (same exchange, so one in-flight cap and one log) as more calls
 * are in flight at once than `PER_CLIENT` each. Idle Clients stay for the next burst: one holds
 * 8 kB of heap and no timer or socket, and there are at most `MAX_CLIENTS`. An app's own Client
 * is never pooled (see `Transport`).
 *
 * @internal
 */
export class ClientPool {
  readonly clients: Client[];
  readonly #load: number[] = [0];
  readonly #more: (() => Client) | undefined;
  #turn = 0;

  constructor(primary: Client, more?: () => Client) {
    this.clients = [primary];
    this.#more = more;
  }

  /** The index of the Client for the next operation: the first with room, else a new one. */
  take(): number {
    const load = this.#load;
    let i = 0;
    while (i < load.length && load[i]! >= PER_CLIENT) i++;
    if (i === load.length) {
      if (this.#more && load.length < MAX_CLIENTS) {
        this.clients.push(this.#more());
        load.push(0);
      } else {
        i = this.#turn = (this.#turn + 1) % load.length;
      }
    }
    load[i]!++;
    return i;
  }

  /** The operation taken on Client `i` has ended (settled, aborted or timed out, and torn down). */
  release(i: number): void {
    this.#load[i]!--;
  }
}
