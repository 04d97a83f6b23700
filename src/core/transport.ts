import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { operationOf } from './document.js';
import { ApiError, AuthenticationError, type ErrorContext, type GraphQLErrorEntry, MoveUgcError, NotFoundError, ResponseError } from './errors.js';
import { attemptingFetch, checkRequestOptions, context, type HttpCall, type RequestOptions } from './http.js';
import { createLogger, type Logger } from './log.js';

export interface TransportConfig {
  apiKey: string;
  endpoint: string;
  fetch: typeof fetch;
  headers: Record<string, string>;
  timeoutMs: number;
  maxRetries: number;
  /** Where debug lines go; undefined turns logging off. Lines are redacted before they get here. */
  log?: Logger | undefined;
}

interface OperationInfo {
  name: string;
  mutation: boolean;
}

const operations = new WeakMap<object, OperationInfo>();
const NO_OPTIONS: RequestOptions = {};
// urql shares one fetch between identical concurrent queries; every SDK call must be its own request.
let nextKey = 2 ** 32;

/** Sends operations through urql with the SDK's HTTP policy and turns failures into typed errors. */
export class Transport {
  readonly #config: TransportConfig;
  readonly #client: Client;
  readonly #redact: (text: string) => string;
  readonly #log: Logger | undefined;

  constructor(config: TransportConfig) {
    this.#config = config;
    const key = config.apiKey;
    this.#redact = (text) => (key && text.includes(key) ? text.split(key).join('[redacted]') : text);
    this.#log = config.log ? createLogger(config.log, this.#redact) : undefined;
    const fetchOptions = { headers: { ...config.headers, authorization: key } };
    this.#client = new Client({
      url: config.endpoint,
      exchanges: [fetchExchange],
      preferGetMethod: false,
      requestPolicy: 'network-only',
      fetchOptions,
    });
  }

  /** Runs one operation and returns its raw data (scalars still as on the wire). */
  async execute<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    options: RequestOptions = NO_OPTIONS,
  ): Promise<Data> {
    if (options !== NO_OPTIONS) checkRequestOptions(options);
    const info = operationInfo(document);
    const config = this.#config;
    const call: HttpCall = {
      fetch: config.fetch,
      operation: info.name,
      mutation: info.mutation,
      timeoutMs: options.timeoutMs ?? config.timeoutMs,
      maxRetries: options.maxRetries ?? config.maxRetries,
      signal: options.signal,
      redact: this.#redact,
      log: this.#log,
      attempts: 0,
      status: undefined,
      contentType: null,
    };
    const client = this.#client;
    const operation = client.createRequestOperation(
      info.mutation ? 'mutation' : 'query',
      { key: nextKey++, query: document, variables },
      { fetch: attemptingFetch(call) },
    );
    const result = await client.executeRequestOperation(operation).toPromise();
    const error = result.error;
    if (error?.networkError) {
      if (error.networkError instanceof MoveUgcError) throw error.networkError;
      throw notGraphQL(call, error.networkError.message);
    }
    if (error?.graphQLErrors.length) {
      const entries = error.graphQLErrors.map((e) => redactEntry((e.originalError ?? e) as unknown as GraphQLErrorEntry, this.#redact));
      throw graphQLError(entries, context(call), result.data != null);
    }
    if (result.data == null) throw notGraphQL(call, 'it holds neither data nor errors');
    return result.data;
  }
}

function notGraphQL(call: HttpCall, detail: string): ResponseError {
  const what = call.contentType ? `a ${call.contentType} body` : 'a body';
  const reason = detail === 'No Content' ? 'it holds neither data nor errors' : detail;
  return new ResponseError(`${call.operation}: the API sent ${what} that is not a GraphQL response: ${call.redact(reason).slice(0, 200)}`, context(call));
}

/** A plain-JSON copy of one error entry with the key removed from every string in it. */
function redactEntry(entry: GraphQLErrorEntry, redact: (text: string) => string): GraphQLErrorEntry {
  const copy = JSON.parse(redact(JSON.stringify(entry))) as GraphQLErrorEntry;
  if (typeof copy.message !== 'string') copy.message = String(copy.message);
  return copy;
}

// `partial`: the response also held data; it raises all the same, as half an object is not a result.
function graphQLError(entries: GraphQLErrorEntry[], ctx: ErrorContext, partial: boolean): MoveUgcError {
  const types = entries.map((e) => e.errorType);
  if (types.includes('UnauthorizedException')) {
    return new AuthenticationError(`${ctx.operation}: ${entries[0]!.message}. Check the API key.`, ctx);
  }
  if (types.includes('MoveNotFoundError')) return new NotFoundError(entries, ctx, partial);
  return new ApiError(entries, ctx, partial);
}

function operationInfo(document: object): OperationInfo {
  let info = operations.get(document);
  if (!info) {
    const op = operationOf(document);
    info = { name: op.name?.value ?? 'anonymous', mutation: op.operation === 'mutation' };
    operations.set(document, info);
  }
  return info;
}
