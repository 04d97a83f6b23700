import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that reached the proxy. */
export interface ProxiedRequest {
  method: string;
  path: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/**
 * What to do with a matching request: `request` stops it before the server sees it, `response`
 * lets the server act and then withholds its answer. Either way `then` runs (a test kills the
 * client there) and the client never hears back: a crash at an exact point, with no timing.
 */
export interface Trap {
  at: 'request' | 'response';
  when: (r: ProxiedRequest, seen: readonly ProxiedRequest[]) => boolean;
  then: () => void;
}

export interface InterceptingProxy {
  /** The GraphQL endpoint through the proxy. */
  url: string;
  readonly requests: readonly ProxiedRequest[];
  trap: Trap | undefined;
  /** Rewrites a GraphQL request's variables before forwarding it. */
  rewrite: ((r: ProxiedRequest) => Record<string, unknown> | undefined) | undefined;
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 in front of a sandbox. It rewrites the sandbox's address in GraphQL
 * answers to its own, so presigned uploads and downloads pass through it as well as API calls.
 */
export async function startInterceptingProxy(target: string): Promise<InterceptingProxy> {
  const origin = new URL(target).origin;
  let self = '';
  const requests: ProxiedRequest[] = [];
  const held = new Set<ServerResponse>();
  const proxy: InterceptingProxy = { url: '', requests, trap: undefined, rewrite: undefined, close: async () => {} };

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    let body: Buffer = Buffer.concat(await req.toArray());
    const info: ProxiedRequest = { method: req.method ?? 'GET', path: req.url ?? '/' };
    if (info.path.startsWith('/graphql') && body.length) {
      const parsed = JSON.parse(body.toString('utf8')) as { operationName?: string; variables?: Record<string, unknown> };
      info.operationName = parsed.operationName;
      info.variables = parsed.variables ?? {};
      const variables = proxy.rewrite?.(info);
      if (variables) body = Buffer.from(JSON.stringify({ ...parsed, variables }));
    }
    requests.push(info);
    const trap = proxy.trap?.when(info, requests) ? proxy.trap : undefined;
    if (trap) proxy.trap = undefined;
    if (trap?.at === 'request') return hold(res, trap);
    const answer = await forward(req, body);
    if (trap) return hold(res, trap);
    let out = answer.body;
    if ((answer.headers['content-type'] ?? '').includes('json')) out = Buffer.from(out.toString('utf8').split(origin).join(self));
    const headers: Record<string, string> = { ...answer.headers, 'content-length': String(out.length) };
    delete headers['transfer-encoding'];
    res.writeHead(answer.status, headers).end(out);
  }

  function hold(res: ServerResponse, trap: Trap) {
    held.add(res);
    res.on('close', () => held.delete(res));
    trap.then();
  }

  function forward(req: IncomingMessage, body: Buffer) {
    return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
      const headers = { ...req.headers, host: new URL(origin).host, 'content-length': String(body.length) };
      const upstream = httpRequest(`${origin}${req.url}`, { method: req.method, headers }, (r) => {
        r.toArray()
          .then((chunks: Buffer[]) =>
            resolve({ status: r.statusCode ?? 502, headers: r.headers as Record<string, string>, body: Buffer.concat(chunks) }),
          )
          .catch(reject);
      });
      upstream.on('error', reject);
      upstream.end(body);
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.url = `${self}${new URL(target).pathname}`;
  proxy.close = async () => {
    for (const res of held) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return proxy;
}
