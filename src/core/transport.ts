import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { operationOf } from './document.js';
import { ApiError, AuthenticationError, type GraphQLErrorEntry, MoveUgcError, NotFoundError, ResponseError } from './errors.js';
import { attemptingFetch, type RequestOptions } from './http.js';

export interface TransportConfig {
  apiKey: string;
  endpoint: string;
  fetch: typeof fetch;
  headers: Record<string, string>;
  timeoutMs: number;
  maxRetries: number;
  log?: (line: string) => void;
}

interface OperationInfo {
  name: string;
  mutation: boolean;
}

const operations = new WeakMap<object, OperationInfo>();
// urql shares one fetch between identical concurrent queries; every SDK call must be its own request.
let nextKey = 2 ** 32;

/** Sends operations through urql with the SDK's HTTP policy and turns failures into typed errors. */
export class Transport {
  readonly #config: TransportConfig;
  readonly #client: Client;

  constructor(config: TransportConfig) {
    this.#config = config;
    const headers = { ...config.headers, authorization: config.apiKey };
    this.#client = new Client({
      url: config.endpoint,
      exchanges: [fetchExchange],
      preferGetMethod: false,
      requestPolicy: 'network-only',
      fetchOptions: () => ({ headers }),
    });
  }

  /** Runs one operation and returns its raw data (scalars still as on the wire). */
  async execute<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    options: RequestOptions = {},
  ): Promise<Data> {
    const info = operationInfo(document);
    const config = this.#config;
    const counter = { attempts: 0 };
    const fetch = attemptingFetch(
      {
        fetch: config.fetch,
        operation: info.name,
        mutation: info.mutation,
        timeoutMs: options.timeoutMs ?? config.timeoutMs,
        maxRetries: options.maxRetries ?? config.maxRetries,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(config.log ? { log: config.log } : {}),
        redact: (text) => this.redact(text),
      },
      counter,
    );
    const client = this.#client;
    const operation = client.createRequestOperation(
      info.mutation ? 'mutation' : 'query',
      { key: nextKey++, query: document, variables },
      { fetch },
    );
    const result = await client.executeRequestOperation(operation).toPromise();
    const context = { operation: info.name, attempts: counter.attempts };
    const error = result.error;
    if (error?.networkError) {
      if (error.networkError instanceof MoveUgcError) throw error.networkError;
      throw new ResponseError(`${info.name}: the response is not valid GraphQL JSON (${this.redact(error.networkError.message).slice(0, 200)})`, context);
    }
    if (error?.graphQLErrors.length) {
      const entries = error.graphQLErrors.map((e) => redactEntry((e.originalError ?? e) as unknown as GraphQLErrorEntry, this));
      throw graphQLError(entries, context);
    }
    if (result.data == null) throw new ResponseError(`${info.name}: the response holds neither data nor errors`, context);
    return result.data;
  }

  /** Removes the API key from text that may echo it (server messages, network errors). */
  redact(text: string): string {
    const key = this.#config.apiKey;
    return key ? text.split(key).join('[redacted]') : text;
  }
}

function redactEntry(entry: GraphQLErrorEntry, transport: Transport): GraphQLErrorEntry {
  return { ...entry, message: transport.redact(String(entry.message)) };
}

function graphQLError(entries: GraphQLErrorEntry[], context: { operation: string; attempts: number }): MoveUgcError {
  const types = entries.map((e) => e.errorType);
  if (types.includes('UnauthorizedException')) {
    return new AuthenticationError(`Authentication failed: ${entries[0]!.message}. Check the API key.`, context);
  }
  if (types.includes('MoveNotFoundError')) return new NotFoundError(entries, context);
  return new ApiError(entries, context);
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
