import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { ValidationError } from './core/errors.js';
import type { RequestOptions } from './core/http.js';
import { decodeResult, type Decoded } from './core/scalars.js';
import { checkRequest } from './core/validate.js';
import { Transport } from './core/transport.js';
import { Jobs } from './resources/jobs.js';
import { ClientResource } from './resources/client.js';
import { Files } from './resources/files.js';
import { Takes } from './resources/takes.js';
import { Volumes } from './resources/volumes.js';
import { Rigs } from './resources/rigs.js';
import { CameraSettingsResource } from './resources/camera-settings.js';
import { Webhooks } from './resources/webhooks.js';

export const DEFAULT_ENDPOINT = 'https://api.move.ai/ugc/graphql';
const MIN_KEY_LENGTH = 12;

export interface MoveUgcOptions {
  /** Your Move UGC API key. Defaults to env `MOVE_UGC_API_KEY`. */
  apiKey?: string | undefined;
  /** GraphQL endpoint. Defaults to env `MOVE_UGC_ENDPOINT_URL`, else the production API. */
  endpoint?: string | undefined;
  /** A fetch implementation to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Extra headers sent with every API request. */
  headers?: Record<string, string> | undefined;
  /** Limit for one HTTP attempt, body included, in milliseconds. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Retries after a transient failure. Default 2. Mutations retry only if never sent. */
  maxRetries?: number | undefined;
  /**
   * `debug` logs each attempt: operation, attempt, status, timing, header names (values other than
   * content type redacted). Defaults to env `MOVE_UGC_LOG`.
   */
  logLevel?: 'debug' | 'off' | undefined;
  /** Where debug lines go. Default `console.error`. The key is removed from every line first. */
  logger?: ((line: string) => void) | undefined;
}

/**
 * The Move UGC API client.
 *
 * @example
 * ```ts
 * import { MoveUgc } from 'move-ugc';
 * const ugc = new MoveUgc(); // reads MOVE_UGC_API_KEY
 * const job = await ugc.jobs.retrieve({ id: 'job-…', expand: ['outputs'] });
 * ```
 */
export class MoveUgc {
  readonly jobs: Jobs;
  readonly client: ClientResource;
  readonly files: Files;
  readonly takes: Takes;
  readonly volumes: Volumes;
  readonly rigs: Rigs;
  readonly cameraSettings: CameraSettingsResource;
  readonly webhooks: Webhooks;
  /** The GraphQL endpoint this client talks to. */
  readonly endpoint: string;
  readonly #transport: Transport;

  constructor(options: MoveUgcOptions = {}) {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
    const apiKey = options.apiKey ?? env.MOVE_UGC_API_KEY;
    if (apiKey === undefined || apiKey === '') {
      throw new ValidationError('apiKey', 'is required: pass { apiKey } or set MOVE_UGC_API_KEY');
    }
    if (typeof apiKey !== 'string' || apiKey.trim().length < MIN_KEY_LENGTH) {
      throw new ValidationError('apiKey', `must be a string of at least ${MIN_KEY_LENGTH} characters`);
    }
    this.endpoint = checkEndpoint(options.endpoint ?? env.MOVE_UGC_ENDPOINT_URL ?? DEFAULT_ENDPOINT);
    if (options.fetch === undefined && typeof globalThis.fetch !== 'function') {
      throw new ValidationError('fetch', 'must be given: this runtime has no global fetch');
    }
    // Browsers refuse a fetch called with any `this` but the window ("Illegal invocation").
    const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    if (typeof fetchImpl !== 'function') throw new ValidationError('fetch', 'must be a function');
    const debug = (options.logLevel ?? env.MOVE_UGC_LOG) === 'debug';
    this.#transport = new Transport({
      apiKey: apiKey.trim(),
      endpoint: this.endpoint,
      fetch: fetchImpl,
      headers: { ...options.headers },
      timeoutMs: positive(options.timeoutMs, 'timeoutMs') ?? 60_000,
      maxRetries: options.maxRetries === undefined ? 2 : nonNegativeInt(options.maxRetries, 'maxRetries'),
      log: debug ? logSink(options.logger) : undefined,
    });
    this.jobs = new Jobs(this.#transport, fetchImpl, options.timeoutMs);
    this.client = new ClientResource(this.#transport);
    this.files = new Files(this.#transport, fetchImpl, options.timeoutMs);
    this.takes = new Takes(this.#transport);
    this.volumes = new Volumes(this.#transport);
    this.rigs = new Rigs(this.#transport);
    this.cameraSettings = new CameraSettingsResource(this.#transport);
    this.webhooks = new Webhooks(this.#transport);
  }

  /**
   * Runs any typed document (ours from `move-ugc/documents`, or your own against the same schema)
   * with this client's key, retries and error handling. The result is decoded like every method's.
   *
   * @example
   * ```ts
   * import { GetJobDocument } from 'move-ugc/documents';
   * const { getJob } = await ugc.request(GetJobDocument, { jobId: 'job-…', withOutputs: true });
   * ```
   */
  async request<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    options?: RequestOptions,
  ): Promise<Decoded<Data>> {
    checkRequest(document, variables, options);
    const data = await this.#transport.execute(document, variables, options);
    return decodeResult(document, data) as Decoded<Data>;
  }

  // The key lives only in private fields; these keep logs and JSON free of any trace of it.
  toJSON(): { endpoint: string } {
    return { endpoint: this.endpoint };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `MoveUgc { endpoint: '${this.endpoint}' }`;
  }
}

function checkEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ValidationError('endpoint', `must be an absolute URL, got ${JSON.stringify(endpoint)}`);
  }
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return url.href;
  throw new ValidationError(
    'endpoint',
    `must use https (http is allowed only for localhost, where the key does not cross a network), got ${url.protocol}//${url.host}`,
  );
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function logSink(logger: unknown): (line: string) => void {
  if (logger === undefined) return (line) => console.error(line);
  if (typeof logger !== 'function') throw new ValidationError('logger', 'must be a function');
  return logger as (line: string) => void;
}

function positive(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ValidationError(field, `must be a positive number of milliseconds, got ${String(value)}`);
  }
  return value;
}

function nonNegativeInt(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) throw new ValidationError(field, `must be a whole number >= 0, got ${String(value)}`);
  return value;
}
