import { randomBytes } from 'node:crypto';
import { listen, type RecordedRequest, type ServerState } from './server.js';
import { Store } from './store.js';

export type { RecordedRequest } from './server.js';

export interface SandboxOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** The key clients must send; a random one is made when omitted. */
  apiKey?: string;
  /** How long a job takes from creation to FINISHED. Default 3 000 ms. */
  jobDurationMs?: number;
}

/** A running sandbox: a stateful, local stand-in for the Move UGC API. */
export interface Sandbox {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:43121/graphql`. */
  url: string;
  apiKey: string;
  /** HTTP requests that reached the GraphQL endpoint so far, rejected ones included. */
  readonly requestCount: number;
  /** The most recent authenticated GraphQL requests, newest last. */
  readonly requests: readonly RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a sandbox on 127.0.0.1.
 *
 * @example
 * ```ts
 * import { createSandbox } from 'move-ugc/sandbox';
 * import { MoveUgc } from 'move-ugc';
 * const sandbox = await createSandbox({ jobDurationMs: 500 });
 * const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
 * // ...
 * await sandbox.close();
 * ```
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const state: ServerState = {
    store: new Store(),
    apiKey: options.apiKey ?? `sandbox-${randomBytes(16).toString('hex')}`,
    settings: { jobDurationMs: options.jobDurationMs ?? 3_000 },
    graphqlRequests: 0,
    log: [],
  };
  const { server, url } = await listen(state, options.port ?? 0, options.host ?? '127.0.0.1');
  return {
    url,
    apiKey: state.apiKey,
    get requestCount() {
      return state.graphqlRequests;
    },
    get requests() {
      return state.log;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
