import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fault server answers one request. `timers` lets a step schedule work that close() cancels. */
export type Fault = (res: ServerResponse, timers: Set<NodeJS.Timeout>) => void;

export interface SeenRequest {
  operationName: string | undefined;
  headers: IncomingMessage['headers'];
}

export interface FaultServer {
  /** The GraphQL endpoint, `http://127.0.0.1:<port>/graphql`. */
  url: string;
  port: number;
  /** Requests that arrived, in order (counted when the body has been read). */
  readonly requests: readonly SeenRequest[];
  /** Resolves when the n-th request (1-based) has arrived. */
  requestArrived(n: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A node:http server on 127.0.0.1 that answers the n-th request with `script[n]`, or with the last
 * step once the script runs out, so each test states exactly what the API does to it.
 */
export async function startFaultServer(script: readonly Fault[], port = 0): Promise<FaultServer> {
  const requests: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const waiters: { n: number; resolve: () => void }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let operationName: string | undefined;
      try {
        operationName = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName?: string }).operationName;
      } catch {
        operationName = undefined;
      }
      requests.push({ operationName, headers: req.headers });
      for (const w of waiters) if (requests.length >= w.n) w.resolve();
      script[Math.min(requests.length, script.length) - 1]!(res, timers);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/graphql`,
    port: actual,
    requests,
    requestArrived: (n) => (requests.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve }))),
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port on 127.0.0.1 that was listening a moment ago and is now closed: connecting is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Fault {
  return text(status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Fault {
  return (res) => res.writeHead(status, headers).end(body);
}

/** Sends the headers and half the body, then cuts the connection. */
export function resetMidBody(): Fault {
  return (res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
    res.write('{"data":{"getJob":{"id":');
    setImmediate(() => res.socket?.destroy());
  };
}

/** Answers with `fault` after `ms`: the headers themselves are late. */
export function delayed(ms: number, fault: Fault): Fault {
  return (res, timers) => {
    timers.add(setTimeout(() => fault(res, timers), ms));
  };
}

/** Sends the headers and the start of the body at once, the rest after `ms`. */
export function slowBody(ms: number, body: unknown): Fault {
  return (res, timers) => {
    const full = JSON.stringify(body);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(full.slice(0, 5));
    timers.add(setTimeout(() => res.end(full.slice(5)), ms));
  };
}

/** Never answers (until close). */
export function hang(): Fault {
  return () => undefined;
}

/** A GraphQL response with data for `getJob`, enough for `jobs.retrieve`. */
export function jobData(id = 'job-1'): unknown {
  return { data: { getJob: { id, name: null, metadata: null, created: '2026-01-01T00:00:00.000Z', state: 'FINISHED', progress: null } } };
}

/** Collects unhandled rejections while a test file runs; `list` must stay empty. */
export function trackUnhandledRejections(): { list: unknown[]; stop(): void; settle(): Promise<void> } {
  const list: unknown[] = [];
  const onRejection = (reason: unknown) => list.push(reason);
  process.on('unhandledRejection', onRejection);
  return {
    list,
    stop: () => process.off('unhandledRejection', onRejection),
    // Unhandled rejections are reported after the microtask queue drains; give them a turn.
    settle: () => new Promise((resolve) => setTimeout(resolve, 20)),
  };
}
