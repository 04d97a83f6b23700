import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { SandboxError } from './errors.js';
import { rootValue, type SandboxRuntime, type SandboxSettings } from './resolvers.js';
import { executableSchema } from './schema.js';
import type { FileRecord, Store } from './store.js';

/** One GraphQL request as the sandbox received it. */
export interface RecordedRequest {
  operationName: string | null;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

/** How the server treats browsers and file transfers. */
export interface HttpSettings {
  corsOrigins: readonly string[] | '*';
  downloadBytesPerSecond?: number;
}

export interface ServerState {
  store: Store;
  apiKey: string;
  settings: Omit<SandboxSettings, 'baseUrl'> & HttpSettings;
  /** HTTP requests that reached /graphql, accepted or not. */
  graphqlRequests: number;
  /** The most recent GraphQL requests that passed authentication (newest last, at most 1 000). */
  log: RecordedRequest[];
  /** Where uploaded bytes are kept. */
  uploadDir: string;
  runtime: SandboxRuntime;
}

const LOG_LIMIT = 1_000;

export async function listen(state: ServerState, port: number, host: string): Promise<{ server: Server; url: string }> {
  let base = '';
  const handler = createHandler({
    schema: executableSchema(),
    rootValue: rootValue(state.store, { ...state.settings, baseUrl: () => base }, state.runtime),
    onSubscribe: (req, params) => {
      state.log.push({
        operationName: params.operationName ?? null,
        query: params.query,
        variables: params.variables ?? {},
        headers: req.raw.headers,
      });
      if (state.log.length > LOG_LIMIT) state.log.shift();
    },
    onOperation: (_req, _args, result) => appSyncErrors(result),
  });

  const server = createServer((req, res) => {
    if (allowCors(state.settings.corsOrigins, req, res)) return;
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/graphql') {
      state.graphqlRequests++;
      if (req.headers.authorization !== state.apiKey) return unauthorized(res);
      return void handler(req, res).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(err) }] }));
      });
    }
    const file = /^\/files\/([\w-]+)$/.exec(path);
    if (file) return fileRoute(state, file[1]!, req, res);
    const share = /^\/share\/([\w-]+)$/.exec(path);
    const shared = share ? state.store.shareCodes.get(share[1]!) : undefined;
    if (shared && req.method === 'GET') return fileRoute(state, shared.fileId, req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  base = `http://${host}:${address.port}`;
  return { server, url: `${base}/graphql` };
}

function unauthorized(res: ServerResponse): void {
  const body = { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] };
  res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * Presigned URLs: PUT stores the bytes, GET returns them. Like S3, a PUT must state its
 * Content-Length and must not carry an Authorization header (the URL is the credential).
 */
function fileRoute(state: ServerState, id: string, req: IncomingMessage, res: ServerResponse): void {
  const file = state.store.files.get(id);
  const text = (status: number, message: string) => void res.writeHead(status, { 'content-type': 'text/plain' }).end(message);
  if (!file) return text(404, 'No such file');
  if (req.headers.authorization !== undefined) return text(400, 'Only one auth mechanism allowed: the URL is already signed');
  if (req.method === 'PUT') {
    if (req.headers['content-length'] === undefined) return text(411, 'Content-Length required');
    return void storeUpload(state.uploadDir, file, req).then(
      () => res.writeHead(200).end(),
      () => text(400, 'Upload broke off'),
    );
  }
  if (req.method !== 'GET') return void res.writeHead(405, { allow: 'GET, PUT' }).end();
  if (file.path) {
    const size = file.size ?? 0;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
    const bytes = createReadStream(file.path, { highWaterMark: 64 * 1024 });
    const rate = state.settings.downloadBytesPerSecond;
    return void (rate ? pipeline(bytes, throttle(rate), res) : pipeline(bytes, res)).catch(() => res.destroy());
  }
  if (!file.bytes) return text(404, 'Nothing uploaded yet');
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.bytes.byteLength }).end(file.bytes);
}

/** Paces a stream to `bytesPerSecond`, so tests can interrupt a download half way. */
function throttle(bytesPerSecond: number) {
  return async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      yield chunk;
      await new Promise((resolve) => setTimeout(resolve, (chunk.byteLength / bytesPerSecond) * 1000));
    }
  };
}

/**
 * Lets browser pages call the sandbox: answers preflights and marks responses for the allowed
 * origins. Returns true when the request was a preflight and has been answered.
 */
function allowCors(origins: readonly string[] | '*', req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (!origin || (origins !== '*' && !origins.includes(origin))) return false;
  res.setHeader('access-control-allow-origin', origins === '*' ? '*' : origin);
  res.setHeader('vary', 'origin');
  res.setHeader('access-control-expose-headers', 'retry-after, content-length');
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, PUT, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, accept, x-move-ugc-client',
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}

/** Streams an upload to disk; the file's content changes only once the whole body has arrived. */
async function storeUpload(dir: string, file: FileRecord, req: IncomingMessage): Promise<void> {
  const target = join(dir, file.id);
  const temp = `${target}.${Date.now()}.part`;
  let size = 0;
  req.on('data', (chunk: Buffer) => (size += chunk.byteLength));
  try {
    await pipeline(req, createWriteStream(temp));
    if (size !== Number(req.headers['content-length'])) throw new Error('length mismatch');
    await rename(temp, target);
    Object.assign(file, { path: target, size, bytes: undefined });
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Reshapes errors the way AppSync reports them: `errorType` beside the message, no extensions. */
function appSyncErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const original = e.originalError;
    const errorType =
      original instanceof SandboxError ? original.errorType : original instanceof GraphQLError || !original ? undefined : 'InternalError';
    return { message: e.message, path: e.path, locations: e.locations, errorType, data: null, errorInfo: null };
  });
  return { ...result, errors: errors as unknown as ExecutionResult['errors'] };
}
