import { stringifyDocument, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { operationOf } from './document.js';
import {
  ApiError,
  AuthenticationError,
  type ErrorContext,
  type GraphQLErrorEntry,
  MoveUgcError,
  NotFoundError,
  ResponseError,
  ValidationError,
} from './errors.js';
import { checkRequestOptions, context, send, type HttpCall, type RequestOptions } from './http.js';
import { createLogger, type Logger } from './log.js';

/** @internal What `MoveUgc` configures its transport with. */
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

/** What the transport needs from a document, worked out once per document. */
interface OperationInfo {
  name: string;
  mutation: boolean;
  /** The request body up to the variables: `{"operationName":…,"query":…,"variables":`. */
  bodyStart: string;
}

const operations = new WeakMap<object, OperationInfo>();
const NO_OPTIONS: RequestOptions = {};
const ACCEPT = 'application/graphql-response+json, application/json';

/**
 * Sends GraphQL operations over fetch with the SDK's HTTP policy and turns failures into typed
 * errors. Each call is exactly one logical request (never merged with an identical concurrent
 * one, as a caching client would), and its body is serialised and its response parsed once.
 * A general GraphQL client (urql) cost about 1.5x a bare fetch per call for features this SDK
 * does not use (exchanges, streams, deduplication), so only its document printer is used.
 *
 * @internal
 */
export class Transport {
  readonly #config: TransportConfig;
  readonly #headers: Record<string, string>;
  readonly #redact: (text: string) => string;
  readonly #log: Logger | undefined;

  constructor(config: TransportConfig) {
    this.#config = config;
    const key = config.apiKey;
    this.#redact = (text) => (key && text.includes(key) ? text.split(key).join('[redacted]') : text);
    this.#log = config.log ? createLogger(config.log, this.#redact) : undefined;
    const headers: Record<string, string> = { accept: ACCEPT };
    for (const [name, value] of Object.entries(config.headers)) headers[name.toLowerCase()] = value;
    headers['content-type'] ??= 'application/json';
    headers.authorization = key;
    this.#headers = headers;
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
    // `redirect: 'error'`: the key is never replayed to wherever a redirect points, and fetch can
    // skip cloning the request body, which it must keep while a redirect might still come.
    const text = await send(call, config.endpoint, {
      method: 'POST',
      headers: this.#headers,
      body: `${info.bodyStart}${serialiseVariables(variables)}}`,
      redirect: 'error',
    });
    let body: { data?: Data | null; errors?: unknown } | null;
    try {
      body = JSON.parse(text) as typeof body;
    } catch (err) {
      throw notGraphQL(call, (err as Error).message);
    }
    if (body === null || typeof body !== 'object') throw notGraphQL(call, 'it is not a JSON object');
    const errors = body.errors;
    if (Array.isArray(errors) && errors.length > 0) {
      throw graphQLError(
        errors.map((e) => redactEntry(e, this.#redact)),
        context(call),
        body.data,
      );
    }
    if (body.data == null) throw notGraphQL(call, 'it holds neither data nor errors');
    return body.data;
  }
}

// The facade has validated its variables already; this catches what `request()` is handed raw.
function serialiseVariables(variables: unknown): string {
  try {
    return JSON.stringify(variables ?? {});
  } catch (err) {
    throw new ValidationError('variables', `must be JSON-serialisable: ${(err as Error).message}`);
  }
}

function notGraphQL(call: HttpCall, detail: string): ResponseError {
  const what = call.contentType ? `a ${call.contentType} body` : 'a body';
  const status = call.status === undefined ? '' : ` (HTTP ${call.status})`;
  const message = `${call.operation}: the API sent ${what}${status} that is not a GraphQL response: ${call.redact(detail).slice(0, 200)}`;
  return new ResponseError(message, context(call));
}

/** A plain-JSON copy of one error entry with the key removed from every string in it. */
function redactEntry(entry: unknown, redact: (text: string) => string): GraphQLErrorEntry {
  const copy = JSON.parse(redact(JSON.stringify(entry) ?? 'null')) as unknown;
  if (copy === null || typeof copy !== 'object') return { message: String(copy) };
  const result = copy as GraphQLErrorEntry;
  if (typeof result.message !== 'string') result.message = JSON.stringify(result.message) ?? 'Unknown error';
  return result;
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

function operationInfo(document: object): OperationInfo {
  let info = operations.get(document);
  if (!info) {
    const op = operationOf(document);
    const name = op.name?.value ?? 'anonymous';
    const query = compactQuery(stringifyDocument(document as TypedDocumentNode));
    const bodyStart = `{"operationName":${op.name ? JSON.stringify(name) : 'null'},"query":${JSON.stringify(query)},"variables":`;
    info = { name, mutation: op.operation === 'mutation', bodyStart };
    operations.set(document, info);
  }
  return info;
}

// String literals, block strings first, so whitespace inside them is left alone.
const STRING_LITERAL = /("""[\s\S]*?"""|"(?:\\.|[^"\\])*")/;
const SPACE = /\s+/g;
const SPACE_AROUND_PUNCTUATION = / ?([{}():[\]=!@$,|&]) ?/g;

/** The printed document without indentation and needless spaces: a quarter fewer bytes per request. */
export function compactQuery(query: string): string {
  return query
    .split(STRING_LITERAL)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(SPACE, ' ').replace(SPACE_AROUND_PUNCTUATION, '$1')))
    .join('')
    .trim();
}
