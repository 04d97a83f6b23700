import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError, Kind } from 'graphql';
import { createHandler } from 'graphql-http';
import { SandboxError } from './errors.js';
import { limitedExecute } from './execution-limit.js';
import { boundedParse, boundedResult, costRules, MAX_RESPONSE_BYTES, tooLargeBody } from './request-cost.js';
import type { FaultPlan } from './faults.js';
import { executableSchema } from './schema.js';

/** The header AppSync names each request by; the server sets it on every /graphql answer. */
export const REQUEST_ID_HEADER = 'x-amzn-requestid';

/** One GraphQL request as the sandbox received it. */
export interface RecordedRequest {
  /** The `x-amzn-requestid` the sandbox answered with. */
  requestId: string;
  operationName: string | null;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

export interface GraphqlRouteOptions {
  rootValue: Record<string, unknown>;
  faults: FaultPlan;
  maxBodyBytes: number;
  /** `bytes`: the size of the request's body. */
  record: (request: RecordedRequest, bytes: number) => void;
}

/**
 * The GraphQL endpoint as AppSync serves it: any GraphQL error comes with HTTP 200 and
 * `application/json`, whatever the client's Accept header asks for (graphql-http alone would answer
 * 400 to clients that accept `application/graphql-response+json`); errors carry `errorType`,
 * `data`, `errorInfo` and `sourceName`; bodies over `maxBodyBytes` get 413.
 */
export function graphqlRoute(options: GraphqlRouteOptions): (req: IncomingMessage, res: ServerResponse) => void {
  // The request's context: its body's size, for the log's byte budget, and its id.
  const handler = createHandler<IncomingMessage, { bytes: number; requestId: string }>({
    schema: executableSchema(),
    rootValue: options.rootValue,
    // Limits before anything runs: tokens as it parses, fields (introspection's too) before
    // validation; then the response's size before it is serialised.
    parse: boundedParse,
    validationRules: (_req, args, rules) => costRules(args.schema, args.document, args.variableValues, rules),
    execute: limitedExecute(),
    onOperation: (_req, _args, result) => (Symbol.asyncIterator in result ? undefined : boundedResult(result)),
    onSubscribe: (req, params) => {
      options.record(
        {
          requestId: req.context.requestId,
          operationName: params.operationName ?? null,
          query: params.query,
          variables: params.variables ?? {},
          headers: req.raw.headers,
        },
        req.context.bytes,
      );
    },
    formatError: appSyncError as never,
  });

  return (req, res) => {
    void readBody(req, res, options.maxBodyBytes)
      .then(async (body) => {
        if (body === undefined) return;
        const fault = options.faults.affectsCalls ? options.faults.forCall(operationNames(req, body)) : undefined;
        if (fault?.kind === 'reset') return void req.socket.resetAndDestroy();
        if (fault?.kind === 'unavailable')
          return json(res, 503, { errors: [{ errorType: 'ServiceUnavailable', message: 'Service unavailable (sandbox fault)' }] });
        if (fault?.kind === 'rate-limited') {
          const retryAfter = String(fault.retryAfterSeconds ?? 1);
          return json(
            res,
            429,
            { errors: [{ errorType: 'TooManyRequestsException', message: 'Rate exceeded (sandbox fault)' }] },
            { 'retry-after': retryAfter },
          );
        }
        const [reply, init] = await handler({
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers: { get: (key: string) => (key.toLowerCase() === 'accept' ? 'application/json' : header(req, key)) },
          body,
          raw: req,
          context: {
            bytes: req.method === 'GET' ? (req.url ?? '').length : body.length,
            requestId: String(res.getHeader(REQUEST_ID_HEADER) ?? ''),
          },
        });
        if (init.status >= 400) return json(res, init.status, malformed(reply, init.statusText), allowOf(init.headers));
        const answer = Buffer.byteLength(reply ?? '') > MAX_RESPONSE_BYTES ? tooLargeBody() : reply;
        const headers = { ...init.headers, 'content-length': Buffer.byteLength(answer ?? '') };
        res.writeHead(init.status, init.statusText, headers);
        if (fault?.kind === 'slow-body') return trickle(res, answer ?? '', fault.bytesPerSecond ?? 64);
        res.end(answer);
      })
      .catch((err: unknown) => {
        if (!res.headersSent) json(res, 500, { errors: [{ errorType: 'InternalFailure', message: String(err) }] });
        else res.destroy();
      });
  };
}

function header(req: IncomingMessage, key: string): string | null {
  const value = req.headers[key.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers })
    .end(text);
}

/** The request body, or undefined once a 413 has been sent; Node drains what is left of the request. */
function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<string | undefined> {
  const tooLarge = () =>
    json(res, 413, { errors: [{ errorType: 'PayloadTooLargeException', message: `Request body is larger than ${limit} bytes` }] });
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    tooLarge();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume();
      tooLarge();
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

/** Names a fault can select a call by: its operation name and the root fields it selects. */
function operationNames(req: IncomingMessage, body: string): string[] {
  try {
    const params = (
      req.method === 'GET' ? Object.fromEntries(new URL(req.url ?? '/', 'http://sandbox').searchParams) : JSON.parse(body)
    ) as { query?: unknown; operationName?: unknown };
    const names = typeof params.operationName === 'string' ? [params.operationName] : [];
    if (typeof params.query !== 'string') return names;
    for (const def of boundedParse(params.query).definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      if (def.name) names.push(def.name.value);
      for (const sel of def.selectionSet.selections) if (sel.kind === Kind.FIELD) names.push(sel.name.value);
    }
    return names;
  } catch {
    return [];
  }
}

/** Sends a body a few bytes at a time, for apps testing their read timeouts. */
function trickle(res: ServerResponse, text: string, bytesPerSecond: number): void {
  const bytes = Buffer.from(text);
  const step = Math.max(1, Math.ceil(bytesPerSecond / 10));
  let at = 0;
  const next = () => {
    if (res.destroyed) return;
    if (at >= bytes.length) return void res.end();
    res.write(bytes.subarray(at, at + step));
    at += step;
    setTimeout(next, (step / bytesPerSecond) * 1000).unref();
  };
  next();
}

/**
 * graphql-http's own refusals (a bad method, content type or body, a query it cannot parse) in
 * AppSync's shape: an `errors` list whose entries carry `errorType`, never an empty body.
 */
function malformed(answer: string | null, statusText: string | undefined): { errors: { errorType: string; message: string }[] } {
  let messages: string[] = [];
  try {
    const parsed = JSON.parse(answer ?? 'null') as { errors?: { message?: unknown }[] } | null;
    messages = (parsed?.errors ?? []).map((e) => String(e?.message));
  } catch {
    // Not JSON: the status text says it.
  }
  if (messages.length === 0) messages = [statusText || 'Malformed request'];
  const say = (m: string) => (/call stack/i.test(m) ? 'The query is nested too deeply to parse' : m);
  return { errors: messages.map((m) => ({ errorType: 'MalformedHttpRequestException', message: say(m) })) };
}

function allowOf(headers: Record<string, string> | undefined): Record<string, string> {
  const allow = headers?.allow ?? headers?.Allow;
  return allow ? { allow } : {};
}

/** An error the way AppSync reports one. */
function appSyncError(error: GraphQLError | Error) {
  const e = error instanceof GraphQLError ? error : new GraphQLError(error.message);
  const original = e.originalError;
  const errorType =
    original instanceof SandboxError ? original.errorType : original instanceof GraphQLError || !original ? undefined : 'InternalFailure';
  return {
    path: e.path ?? null,
    data: null,
    errorType,
    errorInfo: null,
    locations: e.locations?.map((l) => ({ ...l, sourceName: null })) ?? null,
    message: e.message,
  };
}
