import {
  createRequest,
  type AnyVariables,
  type Client,
  type CombinedError,
  type Operation,
  type OperationContext,
  type OperationResult,
  type TypedDocumentNode,
} from '@urql/core';
import { pipe, subscribe } from 'wonka';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConnectionError,
  type ErrorContext,
  type GraphQLErrorEntry,
  MoveUgcError,
  NotFoundError,
  ResponseError,
  TimeoutError,
  ValidationError,
} from './errors.js';
import { callSafely, reporter, type Report } from './callbacks.js';
import { ClientPool } from './client-pool.js';
import { decodeData, decodesResults } from './decoding.js';
import { exchangeConfigOf, RESPONSE_INFO, usesMoveUgcExchange, type MoveUgcCallContext } from './exchange.js';
import {
  describe,
  errorForStatus,
  isFailureStatus,
  QUOTED_TEXT,
  requestIdOf,
  safeCause,
  type RequestOptions,
  type ResponseInfo,
} from './http.js';
import { redactor, type Redact } from './log.js';
import { operationInfo, type OperationInfo } from './operation.js';
import { redactedCopy, redactHeaders } from './redact.js';

export { compactQuery } from './operation.js';

const NO_OPTIONS: RequestOptions = {};
// Keys for the SDK's own operations: above every 32-bit document hash urql computes, so each
// call is its own operation (never shared, its result decoded by its caller alone).
let nextKey = 2 ** 32;

/**
 * Runs the facade's operations through a urql Client and turns what comes back into decoded data or
 * a typed error. With the SDK's own client (`moveUgcExchange`, no cache) each call is its own
 * operation, run on a pool of alike Clients when many are in flight (see `ClientPool`); with an
 * app's client, every call runs on it, identical concurrent queries may share one request, and the
 * errors of a stock `fetchExchange` are mapped to the same `MoveUgcError` classes.
 *
 * @internal
 */
export class Transport {
  readonly #client: Client;
  readonly #pool: ClientPool;
  readonly #own: boolean;
  readonly #policy: boolean;
  /** Whether results arrive decoded (the client runs one of the SDK's exchanges). */
  readonly #decoded: boolean;
  readonly #redact: Redact;
  readonly #timeoutMs: number;
  /** Where the errors of the app's callbacks go: the exchange's log, else console.warn once. */
  readonly report: Report;
  /** The context every operation of the SDK's own client starts from (see `execute`). */
  readonly #context: OperationContext | undefined;

  /**
   * `own`: the client was built by `MoveUgc` (nothing else uses its operation keys); `more`, with
   * `own` only, builds another Client alike for the pool.
   */
  constructor(client: Client, own: boolean, timeoutMs: number, more?: () => Client) {
    this.#client = client;
    this.#pool = new ClientPool(client, own ? more : undefined);
    this.#own = own;
    this.#policy = usesMoveUgcExchange(client);
    this.#decoded = decodesResults(client);
    this.#timeoutMs = timeoutMs;
    // Our exchange has redacted what reaches here already; an app's may not have.
    this.#redact = redactor(own ? undefined : authorizationOf(client));
    this.#context = own ? probe(client).context : undefined;
    const config = exchangeConfigOf(client);
    this.report = reporter(config?.log, config?.redact ?? this.#redact);
  }

  /** Runs one operation and returns its decoded data (`Date`s, parsed AWSJSON), or throws its typed error. */
  async execute<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    options: RequestOptions = NO_OPTIONS,
  ): Promise<Data> {
    const info = operationInfo(document);
    if (info.kind === 'subscription') throw new ValidationError('document', 'must be a query or a mutation');
    const client = this.#client;
    const own = this.#own;
    // A shared query must not be aborted by one of its callers: the facade watches the signal.
    const watchSignal = !own && !info.mutation;
    const moveUgc: MoveUgcCallContext | undefined =
      options === NO_OPTIONS ? undefined : watchSignal ? { ...options, signal: undefined, onResponse: undefined } : options;
    // The SDK's own client: its operations share one context instead of spreading the client's
    // settings into a new one per call (a third of the SDK's CPU per call, bench/analysis.md).
    // Keys are unique, so urql's `_instance` tag, which tells identical mutations apart, is not needed.
    // The operation is written out rather than built by urql's makeOperation: Node 20's V8 takes a
    // slow path for a spread followed by more properties (`{ ...request, kind }`), which made
    // makeOperation 4% of the SDK's CPU per call (bench/analysis.md).
    const base = this.#context;
    const operation: Operation = base
      ? {
          key: nextKey++,
          query: document,
          variables: variables ?? {},
          kind: info.kind,
          context: moveUgc ? Object.assign({}, base, { moveUgc }) : base,
        }
      : client.createRequestOperation(info.kind, createRequest(document, variables), moveUgc && { moveUgc });
    const pool = this.#pool;
    const slot = pool.take();
    let result: OperationResult;
    try {
      result = await settle(
        pool.clients[slot]!.executeRequestOperation(operation),
        info,
        watchSignal || !this.#policy ? options.signal : undefined,
        this.#policy ? undefined : (options.deadlineMs ?? options.timeoutMs ?? this.#timeoutMs),
      );
    } finally {
      // settle() has unsubscribed whichever way it ended: the operation is torn down.
      pool.release(slot);
    }
    const response = responseOf(result, this.#redact);
    // The call's outcome is the response's, whatever the callback does (a created job is returned).
    if (response && options.onResponse) callSafely(options.onResponse, response, 'onResponse', this.report);
    // An app's client may hand the same data to several callers (and keep it cached), and its
    // exchange may not have redacted it: every caller gets a redacted copy, decoded here unless
    // one of the SDK's exchanges decoded it already.
    let data: unknown = own || result.data == null ? result.data : copyOf(result.data, info, response, this.#redact);
    if (data != null && !this.#decoded) data = decodeData(document, data, result.error?.graphQLErrors, contextOf(info, response));
    if (result.error) throw this.#typed(result.error, info, response, data);
    if (data == null) throw new ResponseError(`${info.name}: the response holds no data`, contextOf(info, response));
    return data as Data;
  }

  /**
   * The typed error of a result this client's urql `Client` gave (a `useQuery` state, a
   * `toPromise()` result), as a method call would have thrown it; undefined when it has none.
   */
  errorOf(result: { error?: CombinedError | undefined; operation?: Operation | undefined; data?: unknown }): MoveUgcError | undefined {
    const error = result.error;
    if (!error) return undefined;
    const query = result.operation?.query;
    const info: Pick<OperationInfo, 'name'> = { name: query ? operationInfo(query).name : 'operation' };
    const response = responseOf(result as OperationResult, this.#redact);
    const data = result.data == null ? result.data : copyOf(result.data, info as OperationInfo, response, this.#redact);
    return this.#typed(error, info as OperationInfo, response, data);
  }

  #typed(error: CombinedError, info: OperationInfo, response: ResponseInfo | undefined, data: unknown): MoveUgcError {
    const network = error.networkError;
    if (network instanceof MoveUgcError) return network;
    const ctx = contextOf(info, response);
    const status = response?.status;
    const redact = this.#redact;
    if (error.graphQLErrors.length > 0) {
      const entries = error.graphQLErrors.map((e) => redactEntry(e, redact));
      if (status !== undefined && isFailureStatus(status)) return errorForStatus(ctx, status, redact(entries[0]!.message, QUOTED_TEXT));
      return graphQLError(entries, ctx, data);
    }
    if (status !== undefined && isFailureStatus(status)) return errorForStatus(ctx, status, `HTTP ${status}`);
    // Never the network error's own message here: a JSON parse error quotes the body's first bytes.
    if (status !== undefined)
      return new ResponseError(`${info.name}: the API sent a body (HTTP ${status}) that is not a GraphQL response`, ctx);
    const cause = safeCause(network, redact);
    return new ConnectionError(`${info.name} could not reach the API: ${describe(cause)}`, { ...ctx, cause });
  }
}

/** The first settled result; rejects at the caller's signal or the facade's timeout, unsubscribing. */
function settle(
  source: ReturnType<Client['executeRequestOperation']>,
  info: OperationInfo,
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): Promise<OperationResult> {
  if (signal?.aborted) return Promise.reject(abortError(info, signal));
  return new Promise((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Assigned once `subscribe` returns: an app's exchange may answer synchronously, inside it.
    let subscription: { unsubscribe(): void } | undefined = undefined;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      subscription?.unsubscribe();
    };
    const onAbort = () => {
      finish();
      reject(abortError(info, signal!));
    };
    subscription = pipe(
      source,
      subscribe((result: OperationResult) => {
        // `hasNext` promises more only to a document that defers or streams; elsewhere (a server
        // that sets it on a whole response) waiting for more would wait out the timeout.
        if (done || result.stale || (result.hasNext && info.incremental)) return;
        finish();
        resolve(result);
      }),
    );
    if (done) return subscription.unsubscribe();
    signal?.addEventListener('abort', onAbort);
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => {
        finish();
        reject(new TimeoutError(`${info.name} timed out after ${timeoutMs} ms`, { operation: info.name }));
      }, timeoutMs);
    }
  });
}

function abortError(info: OperationInfo, signal: AbortSignal): AbortError {
  const reason: unknown = signal.reason;
  return new AbortError(`${info.name} was aborted`, { operation: info.name, cause: reason }, reason);
}

function copyOf(data: unknown, info: OperationInfo, response: ResponseInfo | undefined, redact: Redact): unknown {
  try {
    return redactedCopy(data, redact);
  } catch (err) {
    // Data nested past the stack's depth.
    throw new ResponseError(`${info.name}: the response data cannot be copied: ${(err as Error).name}`, contextOf(info, response));
  }
}

/** What the exchange reported (ours), or what a stock fetchExchange left on its error. */
function responseOf(result: OperationResult, redact: Redact): ResponseInfo | undefined {
  const ours = (result as OperationResult & { [RESPONSE_INFO]?: ResponseInfo })[RESPONSE_INFO];
  if (ours) return ours;
  const response = result.error?.response as Partial<Response> | undefined;
  const headers = response?.headers;
  if (typeof response?.status !== 'number' || !(headers instanceof Headers)) return undefined;
  return { requestId: requestIdOf(headers, redact), status: response.status, headers: redactHeaders(headers, redact), attempts: 1 };
}

function contextOf(info: OperationInfo, response: ResponseInfo | undefined): ErrorContext {
  const ctx: ErrorContext = { operation: info.name };
  if (response?.status !== undefined) ctx.status = response.status;
  if (response?.attempts !== undefined) ctx.attempts = response.attempts;
  if (response?.requestId !== undefined) ctx.requestId = response.requestId;
  return ctx;
}

/** An operation that is never sent, to read the context the client gives its operations. */
function probe(client: Client): Operation {
  return client.createRequestOperation('teardown', { key: 0, query: { kind: 'Document', definitions: [] } as never, variables: {} });
}

/** The key an app's client sends, so errors coming through it can be redacted too. */
function authorizationOf(client: Client): string | undefined {
  try {
    const options = probe(client).context.fetchOptions;
    const headers = (typeof options === 'function' ? options() : options)?.headers;
    return headers ? (new Headers(headers).get('authorization') ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

/** A plain-JSON copy of one error entry (AppSync's `errorType` kept) with the key removed. */
function redactEntry(error: CombinedError['graphQLErrors'][number], redact: Redact): GraphQLErrorEntry {
  const original = error.originalError as unknown;
  const raw: unknown =
    original && typeof original === 'object' && !(original instanceof Error)
      ? original
      : { ...(error as object), message: error.message, path: error.path, extensions: error.extensions };
  let copy: unknown;
  try {
    copy = JSON.parse(redact(JSON.stringify(raw) ?? 'null'));
  } catch {
    copy = { message: redact(String(error.message)) };
  }
  if (copy === null || typeof copy !== 'object') return { message: String(copy) };
  const entry = copy as GraphQLErrorEntry;
  if (typeof entry.message !== 'string') entry.message = JSON.stringify(entry.message) ?? 'Unknown error';
  return entry;
}

// `partial`: the response also held data; it raises all the same, as half an object is not a result.
function graphQLError(entries: GraphQLErrorEntry[], ctx: ErrorContext, data: unknown): MoveUgcError {
  const partial = data != null;
  const types = entries.map((e) => e.errorType);
  if (types.includes('UnauthorizedException')) {
    return new AuthenticationError(`${ctx.operation}: ${entries[0]!.message}. Check the API key.`, ctx);
  }
  if (types.includes('MoveNotFoundError')) return new NotFoundError(entries, ctx, partial, data);
  return new ApiError(entries, ctx, partial, data);
}
