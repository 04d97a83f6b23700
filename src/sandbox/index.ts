import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen, type RecordedRequest, type ServerState } from './server.js';
import type { WebhookDelivery } from './resolvers/webhooks.js';
import { Store } from './store.js';

export type { RecordedRequest } from './server.js';
export type { WebhookDelivery } from './resolvers/webhooks.js';
export { JOB_EVENTS } from './resolvers/webhooks.js';
export { isSandboxStandIn, SANDBOX_REAL_OUTPUTS } from './outputs.js';

export interface SandboxOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** The key clients must send; a random one is made when omitted. */
  apiKey?: string;
  /**
   * How long a job (or volume) takes from creation to FINISHED. Default 3 000 ms. A job or volume
   * created with metadata `{"sandbox":{"fail":true}}` ends FAILED instead.
   */
  jobDurationMs?: number;
  /**
   * Browser origins allowed to call the sandbox (CORS), e.g. `['http://localhost:5173']`.
   * Default `'*'`: any page may; the sandbox holds no real data.
   */
  corsOrigins?: readonly string[] | '*';
  /** Serve file downloads at this many bytes per second, to test progress and interruptions. */
  downloadBytesPerSecond?: number;
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
  /** Webhook deliveries attempted so far, oldest first. */
  readonly deliveries: readonly WebhookDelivery[];
  /** Stops the server, cancels pending deliveries and deletes uploaded bytes. */
  close(): Promise<void>;
}

/**
 * Starts a sandbox on 127.0.0.1. It serves every root field of the schema: files (with presigned
 * upload and download URLs it serves itself), takes, volumes and jobs (which progress
 * NOT_STARTED -> RUNNING -> FINISHED over `jobDurationMs`, then list outputs whose URLs appear one
 * read later, as the API's can lag), rigs, camera settings, share codes, and webhook endpoints,
 * which receive a Svix-signed POST (`ugc.job.state.completed` / `ugc.job.state.failed`) when a job
 * ends. To exercise failures, create a job or volume with metadata `{"sandbox":{"fail":true}}`.
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
  const uploadDir = await mkdtemp(join(tmpdir(), 'move-ugc-sandbox-'));
  const runtime = { deliveries: [] as WebhookDelivery[], timers: new Set<NodeJS.Timeout>() };
  const state: ServerState = {
    store: new Store(),
    apiKey: options.apiKey ?? `sandbox-${randomBytes(16).toString('hex')}`,
    settings: {
      jobDurationMs: options.jobDurationMs ?? 3_000,
      corsOrigins: options.corsOrigins ?? '*',
      ...(options.downloadBytesPerSecond ? { downloadBytesPerSecond: options.downloadBytesPerSecond } : {}),
    },
    graphqlRequests: 0,
    log: [],
    uploadDir,
    runtime,
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
    get deliveries() {
      return runtime.deliveries;
    },
    close: async () => {
      for (const timer of runtime.timers) clearTimeout(timer);
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
      await rm(uploadDir, { recursive: true, force: true });
    },
  };
}
