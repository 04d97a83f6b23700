import { Client, type AnyVariables, type CombinedError, type Exchange, type Operation, type TypedDocumentNode } from '@urql/core';
import { ValidationError, type MoveUgcError } from './core/errors.js';
import { checkTimeout, type RequestOptions } from './core/http.js';
import { moveUgcExchange, type MoveUgcExchangeOptions } from './core/exchange.js';
import { checkEndpoint, DEFAULT_TIMEOUT_MS } from './core/exchange-config.js';
import { checkLogLevel, type LogLevel } from './core/log.js';
import { readGuarded } from './core/read-input.js';
import { mustBe, optionalFunction, readOptions, requireObject } from './core/validate.js';
import { checkRequest } from './core/variables.js';
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

/** The exchange's options (headers, timeouts, retries, logging, …) plus what the client itself adds. */
export interface MoveUgcOptions extends Omit<MoveUgcExchangeOptions, 'apiKey' | 'endpoint' | 'fetch' | 'logLevel'> {
  /** Your Move UGC API key. Defaults to env `MOVE_UGC_API_KEY`. Not with `urql` (its exchange holds the key). */
  apiKey?: string | undefined;
  /** GraphQL endpoint. Defaults to env `MOVE_UGC_ENDPOINT_URL`, else the production API. Not with `urql`. */
  endpoint?: string | undefined;
  /**
   * An app's own urql Client to run every call through (shared with its hooks, devtools, auth):
   * one with `moveUgcExchange` gets the SDK's full HTTP policy; one with urql's `fetchExchange`
   * (`preferGetMethod: false`, an `authorization` header) gets typed errors and decoded results,
   * and `timeoutMs` as an overall limit per call, without retries.
   */
  urql?: Client | undefined;
  /** A fetch implementation to use instead of the global one (API calls and file transfers). */
  fetch?: typeof fetch | undefined;
  /**
   * `debug` logs each attempt (operation, status, timing, header names), `warn` each retry, `error`
   * each failed call. Defaults to env `MOVE_UGC_LOG`, else `off`.
   */
  logLevel?: LogLevel | undefined;
}

// With an app's client these belong to its exchange; the facade refuses rather than ignores them.
const EXCHANGE_ONLY = ['apiKey', 'endpoint', 'headers', 'deadlineMs', 'maxRetries', 'maxResponseBytes', 'logLevel', 'logger'] as const;
const OPTIONS = [...EXCHANGE_ONLY, 'urql', 'fetch', 'timeoutMs'];

/**
 * The Move UGC API client. Every call runs through a urql `Client` (`ugc.urql`): its own, built
 * with `moveUgcExchange`, or the one passed as `urql`.
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
  /**
   * The urql Client every call runs through: use it for your own queries and hooks too. Built by
   * `MoveUgc`, it takes the first 32 calls in flight at once; calls past those run on more Clients
   * built alike, with the same exchange, in-flight cap and log (urql's Client costs each result a
   * check per operation in flight). A Client passed as `urql` runs every call.
   */
  readonly urql: Client;
  readonly #transport: Transport;

  constructor(given: MoveUgcOptions = {}) {
    const options = readOptions(given, 'options') as MoveUgcOptions;
    for (const name of Object.keys(options)) {
      if (!OPTIONS.includes(name)) throw new ValidationError(name, `is not an option of MoveUgc (known: ${OPTIONS.join(', ')})`);
    }
    optionalFunction(options.fetch, 'fetch');
    const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : checkTimeout(options.timeoutMs, 'timeoutMs');
    if (options.urql !== undefined) {
      const client = options.urql as unknown;
      if (!client || typeof (client as Client).executeRequestOperation !== 'function')
        throw new ValidationError('urql', 'must be a urql Client');
      for (const name of EXCHANGE_ONLY) {
        if (options[name] !== undefined)
          throw new ValidationError(name, 'is set on the exchange of the urql client given as `urql`, not here');
      }
      this.urql = client as Client;
      this.endpoint = urlOf(this.urql);
      this.#transport = new Transport(this.urql, false, timeoutMs);
    } else {
      const config: MoveUgcExchangeOptions = {
        apiKey: options.apiKey ?? (env('MOVE_UGC_API_KEY') as string),
        endpoint: options.endpoint ?? env('MOVE_UGC_ENDPOINT_URL') ?? DEFAULT_ENDPOINT,
        fetch: options.fetch,
        headers: options.headers,
        timeoutMs,
        deadlineMs: options.deadlineMs,
        maxRetries: options.maxRetries,
        maxResponseBytes: options.maxResponseBytes,
        logLevel: options.logLevel ?? (env('MOVE_UGC_LOG') as LogLevel | undefined),
        logger: options.logger,
      };
      if (options.logLevel === undefined && config.logLevel !== undefined) checkLogLevel(config.logLevel, 'MOVE_UGC_LOG');
      const exchange = moveUgcExchange(config);
      this.endpoint = checkEndpoint(config.endpoint, 'endpoint');
      this.urql = ownClient(this.endpoint, exchange);
      // More Clients alike, sharing the exchange (its in-flight cap and log), for many calls at once.
      const endpoint = this.endpoint;
      this.#transport = new Transport(this.urql, true, timeoutMs, () => ownClient(endpoint, exchange));
    }
    // The key lives only in closures; util.inspect shows the endpoint alone. Defined here, not as
    // a computed class member, so a bundle that never constructs MoveUgc can drop the class.
    Object.defineProperty(this, Symbol.for('nodejs.util.inspect.custom'), { value: inspect });
    this.jobs = new Jobs(this.#transport, fetchImpl, timeoutMs);
    this.client = new ClientResource(this.#transport);
    this.files = new Files(this.#transport, fetchImpl, timeoutMs);
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
  ): Promise<Data> {
    const [checked, o] = checkRequest(document, variables, options);
    return this.#transport.execute(document, checked, o);
  }

  /**
   * The typed error (`NotFoundError`, `AuthenticationError`, …) of a result from `ugc.urql` or
   * your own client, as the facade would have thrown it: for urql's hooks and `toPromise()`,
   * whose errors come as a `CombinedError`. Undefined when the result has no error.
   *
   * @example
   * ```ts
   * const [result] = useQuery({ query: GetJobDocument, variables: { jobId } });
   * const error = ugc.errorOf(result);
   * if (error instanceof NotFoundError) console.log('no such job');
   * ```
   */
  errorOf(result: { error?: CombinedError | undefined; operation?: Operation | undefined; data?: unknown }): MoveUgcError | undefined {
    const given = readGuarded('result', () => {
      const r = requireObject(result, 'result');
      const error = r.error as { graphQLErrors?: unknown } | null | undefined;
      if (error != null && !Array.isArray(error.graphQLErrors)) mustBe('result.error', "urql's CombinedError", error);
      return r;
    });
    return this.#transport.errorOf(given);
  }

  // Logs and JSON show the endpoint only: never the key, nor the client holding it.
  toJSON(): { endpoint: string } {
    return { endpoint: this.endpoint };
  }
}

function inspect(this: MoveUgc): string {
  return `MoveUgc { endpoint: '${this.endpoint}' }`;
}

/** An environment variable, or undefined where there is none or reading it is denied (Deno without --allow-env). */
function env(name: string): string | undefined {
  try {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

function urlOf(client: Client): string {
  const probe = client.createRequestOperation('teardown', { key: 0, query: { kind: 'Document', definitions: [] } as never, variables: {} });
  return String(probe.context.url);
}

function ownClient(url: string, exchange: Exchange): Client {
  try {
    return new Client({ url, exchanges: [exchange], preferGetMethod: false, requestPolicy: 'network-only' });
  } catch (error) {
    // @urql/core reads process.env.NODE_ENV; Deno without that permission throws NotCapable here.
    if ((error as { name?: unknown } | null)?.name === 'NotCapable') {
      throw new ValidationError('environment', 'must let @urql/core read NODE_ENV: run Deno with --allow-env=NODE_ENV');
    }
    throw error;
  }
}
