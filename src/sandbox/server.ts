import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultPlan } from './faults.js';
import { graphqlRoute, REQUEST_ID_HEADER, type RecordedRequest } from './graphql-route.js';
import { rootValue, type SandboxRuntime, type SandboxSettings } from './resolvers.js';
import { fileRoute, s3Error, serveFile, type Signer } from './storage.js';
import type { Store } from './store.js';

export type { RecordedRequest } from './graphql-route.js';

/** How the server treats browsers, request bodies and file transfers. */
export interface HttpSettings {
  corsOrigins: readonly string[] | '*';
  downloadBytesPerSecond?: number;
  maxBodyBytes: number;
}

export interface ServerState {
  store: Store;
  apiKey: string;
  settings: Omit<SandboxSettings, 'baseUrl' | 'signer'> & HttpSettings;
  signer: Signer;
  faults: FaultPlan;
  /** HTTP requests that reached /graphql, accepted or not. */
  graphqlRequests: number;
  /** The most recent GraphQL requests that passed authentication, newest last (see `record`). */
  log: RecordedRequest[];
  /** Where uploaded bytes are kept. */
  uploadDir: string;
  runtime: SandboxRuntime;
}

// The log is bounded in bytes as well as entries: a client may send the largest bodies allowed,
// and parsed variables take many times their text's size (a 10 MiB list of `{}` took 210 MB).
const LOG_LIMIT = 1_000;
const LOG_BYTES = 4 * 1024 * 1024;

export async function listen(state: ServerState, port: number, host: string): Promise<{ server: Server; url: string }> {
  let base = '';
  const sizes: number[] = [];
  let logged = 0;
  const graphql = graphqlRoute({
    rootValue: rootValue(state.store, { ...state.settings, baseUrl: () => base, signer: state.signer }, state.runtime),
    faults: state.faults,
    maxBodyBytes: state.settings.maxBodyBytes,
    // The newest request is always kept, however large; older ones go first.
    record: (request, bytes) => {
      state.log.push(request);
      sizes.push(bytes);
      logged += bytes;
      while (state.log.length > LOG_LIMIT || (state.log.length > 1 && logged > LOG_BYTES)) {
        state.log.shift();
        logged -= sizes.shift()!;
      }
    },
  });
  const storage = { uploadDir: state.uploadDir, signer: state.signer, downloadBytesPerSecond: state.settings.downloadBytesPerSecond };

  const server = createServer((req, res) => {
    if (allowCors(state.settings.corsOrigins, req, res)) return;
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/graphql') {
      state.graphqlRequests++;
      // As AppSync: every answer of the API, errors included, names its request for support.
      res.setHeader(REQUEST_ID_HEADER, randomUUID());
      if (req.headers.authorization !== state.apiKey) return unauthorized(res);
      return graphql(req, res);
    }
    const file = /^\/files\/([\w-]+)$/.exec(path);
    if (file) return fileRoute(state.store, storage, file[1]!, req, res);
    const share = /^\/share\/([\w-]+)$/.exec(path);
    if (share) return shareRoute(state, share[1]!, req, res);
    // The client's `portal` URL: the sandbox has no web portal, so it says what it is.
    if (path === '/portal')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('Move UGC sandbox: a local stand-in for the API; no portal.\n');
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  base = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return { server, url: `${base}/graphql` };
}

function unauthorized(res: ServerResponse): void {
  const body = JSON.stringify({ errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] });
  res.writeHead(401, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
}

/** A share code reads its file until it expires. */
function shareRoute(state: ServerState, code: string, req: IncomingMessage, res: ServerResponse): void {
  const resource = `/share/${code}`;
  const shared = state.store.shareCodes.get(code);
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return s3Error(res, 405, 'MethodNotAllowed', `${req.method} is not allowed here`, resource);
  if (!shared) return s3Error(res, 404, 'NoSuchKey', 'No such share code.', resource);
  if (state.store.now() >= Date.parse(shared.expires)) return s3Error(res, 403, 'AccessDenied', 'This share code has expired', resource);
  serveFile(state.store.file(shared.fileId), state.settings.downloadBytesPerSecond, req, res, resource);
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
  res.setHeader('access-control-expose-headers', `retry-after, content-length, ${REQUEST_ID_HEADER}`);
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, PUT, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, accept, x-move-ugc-client',
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
