import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { SandboxError } from './errors.js';
import { rootValue, type SandboxSettings } from './resolvers.js';
import { executableSchema } from './schema.js';
import type { Store } from './store.js';

/** One GraphQL request as the sandbox received it. */
export interface RecordedRequest {
  operationName: string | null;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

export interface ServerState {
  store: Store;
  apiKey: string;
  settings: Omit<SandboxSettings, 'baseUrl'>;
  /** HTTP requests that reached /graphql, accepted or not. */
  graphqlRequests: number;
  /** The most recent GraphQL requests that passed authentication (newest last, at most 1 000). */
  log: RecordedRequest[];
}

const LOG_LIMIT = 1_000;

export async function listen(state: ServerState, port: number, host: string): Promise<{ server: Server; url: string }> {
  let base = '';
  const handler = createHandler({
    schema: executableSchema(),
    rootValue: rootValue(state.store, { ...state.settings, baseUrl: () => base }),
    onSubscribe: (req, params) => {
      state.log.push({
        operationName: params.operationName ?? null,
        query: params.query,
        variables: params.variables ?? {},
        headers: (req.raw).headers,
      });
      if (state.log.length > LOG_LIMIT) state.log.shift();
    },
    onOperation: (_req, _args, result) => appSyncErrors(result),
  });

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/graphql') {
      state.graphqlRequests++;
      if (req.headers.authorization !== state.apiKey) return unauthorized(res);
      return void handler(req, res).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(err) }] }));
      });
    }
    const file = /^\/files\/([\w-]+)$/.exec(path);
    if (file) return fileRoute(state.store, file[1]!, req, res);
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

/** Presigned URLs: PUT stores the bytes, GET returns them. */
function fileRoute(store: Store, id: string, req: IncomingMessage, res: ServerResponse): void {
  const file = store.files.get(id);
  if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('No such file');
  if (req.method === 'PUT') {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      file.bytes = Buffer.concat(chunks);
      res.writeHead(200).end();
    });
    return;
  }
  if (req.method === 'GET') {
    if (!file.bytes) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Nothing uploaded yet');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.bytes.byteLength }).end(file.bytes);
    return;
  }
  res.writeHead(405, { allow: 'GET, PUT' }).end();
}

/** Reshapes errors the way AppSync reports them: `errorType` beside the message, no extensions. */
function appSyncErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const original = e.originalError;
    const errorType = original instanceof SandboxError ? original.errorType : original instanceof GraphQLError || !original ? undefined : 'InternalError';
    return { message: e.message, path: e.path, locations: e.locations, errorType, data: null, errorInfo: null };
  });
  return { ...result, errors: errors as unknown as ExecutionResult['errors'] };
}
