import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FaultPlan, type SandboxFault } from './faults.js';
import { listen, type RecordedRequest, type ServerState } from './server.js';
import type { WebhookDelivery } from './resolvers/webhooks.js';
import { Signer } from './storage.js';
import { Store } from './store.js';

export type { RecordedRequest } from './server.js';
export type { WebhookDelivery } from './resolvers/webhooks.js';
export type { SandboxFault, SandboxFaultKind } from './faults.js';
export { JOB_EVENTS } from './resolvers/webhooks.js';
export { FAULT_KINDS, parseFault } from './faults.js';
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
  /** How long a presigned file URL works. Default 3 600 s; 0 hands out URLs that have already expired. */
  urlExpiresInSeconds?: number;
  /** How long a share code works. Default 7 days; 0 hands out codes that have already expired. */
  shareCodeExpiresInSeconds?: number;
  /** Largest GraphQL request body accepted; larger ones get 413. Default 10 MiB. */
  maxBodyBytes?: number;
  /** Waits before each webhook retry. Default 500, 1 000, 2 000, 4 000, 8 000 ms (Svix's schedule, compressed). */
  webhookRetryDelaysMs?: readonly number[];
  /** How long an endpoint may take to answer a delivery before the attempt counts as failed. Default 10 000 ms. */
  webhookTimeoutMs?: number;
  /**
   * Faults to inject, so apps can test their own retry handling, e.g.
   * `[{ kind: 'unavailable', operations: ['getJob'], nth: 2 }, { kind: 'rate-limited', rate: 0.1 }]`.
   */
  faults?: readonly SandboxFault[];
  /** Seed for faults given a `rate`, so a run repeats. Default 1. */
  faultSeed?: number;
}

/** A running sandbox: a stateful, local stand-in for the Move UGC API. */
export interface Sandbox {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:43121/graphql`. */
  url: string;
  apiKey: string;
  /** HTTP requests that reached the GraphQL endpoint so far, rejected ones included. */
  readonly requestCount: number;
  /**
   * The most recent authenticated GraphQL requests, newest last: at most 1 000, and older ones are
   * dropped once the bodies kept pass 4 MiB (the newest is always kept).
   */
  readonly requests: readonly RecordedRequest[];
  /** Webhook delivery attempts so far, retries included, oldest first. */
  readonly deliveries: readonly WebhookDelivery[];
  /** Stops the server, cancels pending deliveries and deletes uploaded bytes. */
  close(): Promise<void>;
}

/**
 * Starts a sandbox on 127.0.0.1. It serves every root field of the schema as the API does (as
 * AppSync answers, the official Python SDK included): files (with presigned S3-style upload and
 * download URLs it serves itself), takes, volumes and jobs (which progress NOT_STARTED -> RUNNING
 * -> FINISHED over `jobDurationMs`), rigs, camera settings, share codes, and webhook endpoints,
 * which receive one Svix-signed message (`ugc.job.state.completed` / `ugc.job.state.failed`) per
 * job end, retried with backoff until they answer 2xx. To exercise failures, create a job or volume
 * with metadata `{"sandbox":{"fail":true}}`, or inject `faults`.
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
  const faults = new FaultPlan(options.faults, options.faultSeed);
  const store = new Store();
  const uploadDir = await mkdtemp(join(tmpdir(), 'move-ugc-sandbox-'));
  const runtime = {
    deliveries: [] as WebhookDelivery[],
    timers: new Set<NodeJS.Timeout>(),
    closing: new AbortController(),
    faults,
    delivery: {
      retryDelaysMs: options.webhookRetryDelaysMs ?? [500, 1_000, 2_000, 4_000, 8_000],
      timeoutMs: options.webhookTimeoutMs ?? 10_000,
    },
  };
  const state: ServerState = {
    store,
    apiKey: options.apiKey ?? `sandbox-${randomBytes(16).toString('hex')}`,
    settings: {
      jobDurationMs: options.jobDurationMs ?? 3_000,
      shareCodeTtlSeconds: options.shareCodeExpiresInSeconds ?? 7 * 86_400,
      corsOrigins: options.corsOrigins ?? '*',
      maxBodyBytes: options.maxBodyBytes ?? 10 * 1024 * 1024,
      ...(options.downloadBytesPerSecond ? { downloadBytesPerSecond: options.downloadBytesPerSecond } : {}),
    },
    signer: new Signer(() => store.now(), options.urlExpiresInSeconds ?? 3_600),
    faults,
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
      runtime.closing.abort();
      for (const timer of runtime.timers) clearTimeout(timer);
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
      await rm(uploadDir, { recursive: true, force: true });
    },
  };
}
