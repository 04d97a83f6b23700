import { makeErrorResult, makeResult, type Client, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, makeSubject, merge, pipe } from 'wonka';
import { MoveUgcError, ResponseError, ValidationError } from './errors.js';
import { decodeData, markDecoding } from './decoding.js';
import { checkEndpoint, resolveHttpConfig, type HttpConfig } from './exchange-config.js';
import { cancel, context, defaultDeadline, describe, HttpCall, safeCause, send, type RequestOptions, type ResponseInfo } from './http.js';
import { operationInfo, type OperationInfo } from './operation.js';
import { redactHeaders } from './redact.js';

/** What `moveUgcExchange` takes: the SDK's HTTP policy for a urql Client. */
export interface MoveUgcExchangeOptions {
  /** Your Move UGC API key, sent as is in the `authorization` header. */
  apiKey: string;
  /** GraphQL endpoint. Default: the Client's `url`. */
  endpoint?: string | undefined;
  /** A fetch implementation to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Extra headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** Limit for one HTTP attempt, body included, in milliseconds. Default 60 000. */
  timeoutMs?: number | undefined;
  /**
   * Limit for a whole call, attempts and the waits between them, in milliseconds: past it no attempt
   * or wait begins, and a `Retry-After` beyond it fails the call at once. Default `(maxRetries + 1) * timeoutMs`.
   */
  deadlineMs?: number | undefined;
  /** Retries after a transient failure. Default 2. Mutations retry only if provably never sent. */
  maxRetries?: number | undefined;
  /** Largest response body read, in bytes; past it the call fails with `ResponseError`. Default 32 MiB. */
  maxResponseBytes?: number | undefined;
  /** `debug` logs each attempt, `warn` each retry, `error` each failed call. Default `off`. */
  logLevel?: import('./log.js').LogLevel | undefined;
  /** Where log lines go: a function, or an object logger such as `console` or pino. Default `console`. */
  logger?: import('./log.js').MoveUgcLogger | undefined;
}

/**
 * Per-call settings in an operation's context, under `moveUgc`: what `RequestOptions` carries
 * from a method call to the exchange. An app may set them on its own operations too.
 */
export type MoveUgcCallContext = Pick<RequestOptions, 'signal' | 'timeoutMs' | 'deadlineMs' | 'maxRetries' | 'headers'>;

/** @internal Where the exchange leaves what the response told it, on the result object. */
export const RESPONSE_INFO: unique symbol = Symbol('move-ugc.response');

const withOurExchange = new WeakMap<object, HttpConfig>();

/** @internal Whether `client` runs `moveUgcExchange` (it then owns timeouts and retries). */
export function usesMoveUgcExchange(client: Client): boolean {
  return withOurExchange.has(client);
}

/** @internal The log and redaction of the `moveUgcExchange` that `client` runs, if it runs one. */
export function exchangeConfigOf(client: Client): Pick<HttpConfig, 'log' | 'redact'> | undefined {
  return withOurExchange.get(client);
}

/**
 * The SDK's HTTP policy as a terminating urql exchange, in place of `fetchExchange`: the raw-key
 * `authorization` header, POST, a per-attempt timeout covering the whole body, an overall
 * deadline per call, the caller's `AbortSignal`, safe retries honouring Retry-After within the
 * deadline (a mutation is resent only if it provably never left), at most 256 attempts in flight,
 * a response size cap, typed errors (`result.error.networkError` is the `MoveUgcError`), the key
 * redacted everywhere, leveled logging, and decoded results (`AWSDateTime` as `Date`, `AWSJSON`
 * parsed, as the generated types say; data that does not fit its document is a `ResponseError`). Per call, `timeoutMs`, `deadlineMs`, `maxRetries`,
 * `signal` and `headers` travel in the operation context under `moveUgc`.
 *
 * @example
 * ```ts
 * import { Client } from '@urql/core';
 * import { MoveUgc, moveUgcExchange } from 'move-ugc';
 * const urql = new Client({
 *   url: 'https://api.move.ai/ugc/graphql',
 *   exchanges: [moveUgcExchange({ apiKey: process.env.MOVE_UGC_API_KEY! })],
 *   preferGetMethod: false,
 * });
 * const ugc = new MoveUgc({ urql });
 * ```
 */
export function moveUgcExchange(options: MoveUgcExchangeOptions): Exchange {
  const config = resolveHttpConfig(options, 'moveUgcExchange');
  const checkedUrls = new Map<string, string>();
  const urlOf = (op: Operation): string => {
    if (config.endpoint) return config.endpoint;
    const url = op.context.url;
    let checked = checkedUrls.get(url);
    if (checked === undefined) checkedUrls.set(url, (checked = checkEndpoint(url, 'url', config.redact)));
    return checked;
  };
  return ({ client, forward }) => {
    withOurExchange.set(client, config);
    markDecoding(client);
    return (ops$) => {
      const results = makeSubject<OperationResult>();
      // Queries in flight by key: a teardown (every subscriber gone) cancels the request, and a
      // late result must not reach a later operation with the same key.
      const inFlight = new Map<number, HttpCall>();
      const run = async (op: Operation) => {
        const info = operationInfo(op.query);
        const call = callFor(config, op, info);
        if (op.kind === 'query') inFlight.set(op.key, call);
        let result: OperationResult;
        try {
          result = await execute(config, op, info, urlOf(op), call);
        } catch (thrown) {
          // Past a response, a slip in reading it must not pass for "could not reach the API":
          // a caller could resend a mutation that reached the server.
          const err =
            thrown instanceof MoveUgcError || call.status === undefined
              ? (thrown as Error)
              : new ResponseError(
                  `${call.operation}: the response could not be read: ${describe(safeCause(thrown, config.redact))}`,
                  context(call),
                );
          if (!call.cancelled) config.log?.error(`${call.operation} failed: ${err.name}: ${err.message}`);
          result = makeErrorResult(op, err);
        }
        if (op.kind === 'query' && inFlight.get(op.key) === call) inFlight.delete(op.key);
        if (!call.cancelled) results.next(result);
      };
      const forward$ = forward(
        pipe(
          ops$,
          filter((op) => {
            if (op.kind === 'query' || op.kind === 'mutation') {
              void run(op);
              return false;
            }
            if (op.kind === 'teardown') {
              const call = inFlight.get(op.key);
              if (call) cancel(call);
            }
            return true;
          }),
        ),
      );
      return merge([results.source, forward$]);
    };
  };
}

function callFor(config: HttpConfig, op: Operation, info: OperationInfo): HttpCall {
  const ctx = op.context.moveUgc as MoveUgcCallContext | undefined;
  const timeoutMs = ctx?.timeoutMs ?? config.timeoutMs;
  const maxRetries = ctx?.maxRetries ?? config.maxRetries;
  const deadlineMs = ctx?.deadlineMs ?? config.deadlineMs ?? defaultDeadline(timeoutMs, maxRetries);
  return new HttpCall(config, info.name, info.mutation, timeoutMs, maxRetries, ctx?.signal, deadlineMs);
}

async function execute(config: HttpConfig, op: Operation, info: OperationInfo, url: string, call: HttpCall): Promise<OperationResult> {
  const text = await send(call, url, {
    method: 'POST',
    headers: headersFor(config, op, op.context.moveUgc as MoveUgcCallContext | undefined),
    body: `${info.bodyStart}${serialiseVariables(op.variables)}}`,
    redirect: 'manual',
  });
  let body: { data?: unknown; errors?: unknown } | null;
  try {
    // Redacted before parsing, in the escapings `redactor` knows; a parse error never quotes the
    // body, which could start with an echoed key.
    body = JSON.parse(config.redact(text)) as typeof body;
  } catch {
    throw notGraphQL(call, `it is not JSON (${text.length} characters)`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw notGraphQL(call, 'it is not a JSON object');
  const hasErrors = Array.isArray(body.errors) && body.errors.length > 0;
  if (!hasErrors && body.data == null) throw notGraphQL(call, 'it holds neither data nor errors');
  if (hasErrors && !(body.errors as unknown[]).every(isObject)) throw notGraphQL(call, 'an entry of its errors is not an object');
  // The wire text may spell the key with escapes (`\u0061`, `\/`) the redaction above cannot
  // recognise; such a body is redacted again in canonical JSON. Most bodies have neither escape.
  if (DISGUISING_ESCAPE.test(text)) body = JSON.parse(config.redact(JSON.stringify(body))) as typeof body;
  // The headers go to the caller (`onResponse`, urql's result): echoed request headers must not.
  const headers = call.headers && redactHeaders(call.headers, config.redact);
  const response: ResponseInfo = { requestId: call.requestId, status: call.status, headers, attempts: call.attempts };
  const errors = hasErrors ? (body.errors as unknown[]) : undefined;
  const data = body.data == null ? body.data : decodeData(op.query, body.data, errors, context(call));
  // Only data and errors: a `hasNext` or `payload` the server adds would make urql wait for more.
  const result = makeResult(op, (errors ? { data, errors } : { data }) as Parameters<typeof makeResult>[1], response);
  (result as OperationResult & { [RESPONSE_INFO]?: ResponseInfo })[RESPONSE_INFO] = response;
  return result;
}

function headersFor(config: HttpConfig, op: Operation, ctx: MoveUgcCallContext | undefined): Record<string, string> {
  const fetchOptions = op.context.fetchOptions;
  const fromClient = (typeof fetchOptions === 'function' ? fetchOptions() : fetchOptions)?.headers;
  if (!fromClient && !ctx?.headers) return config.headers;
  const headers: Record<string, string> = {};
  if (fromClient) new Headers(fromClient).forEach((value, name) => (headers[name] = value));
  Object.assign(headers, config.headers);
  if (ctx?.headers) for (const [name, value] of Object.entries(ctx.headers)) headers[name.toLowerCase()] = value;
  headers.authorization = config.headers.authorization!;
  return headers;
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
  // The media type alone, redacted: the rest of the header is the server's text, which may echo anything.
  const type = call.contentType?.split(';')[0]!.trim();
  const what = type ? `a ${call.policy.redact(type, 100)} body` : 'a body';
  const status = call.status === undefined ? '' : ` (HTTP ${call.status})`;
  return new ResponseError(`${call.operation}: the API sent ${what}${status} that is not a GraphQL response: ${detail}`, context(call));
}

const DISGUISING_ESCAPE = /\\[u/]/;

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
