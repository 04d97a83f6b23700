import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFaultServer, type FaultServer } from '../helpers/fault-server.js';

/** How storage answers one path. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface Storage {
  base: string;
  /** Paths requested, in order. */
  readonly hits: string[];
  /** Request-body bytes received per path. */
  readonly received: Map<string, number>;
  /** Resolves once `path` has received at least `bytes` request-body bytes. */
  receivedAtLeast(path: string, bytes: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A storage stand-in on 127.0.0.1: each path is answered by its route (a prefix match, longest
 * first). Anything that carries an Authorization header is refused: storage URLs never get the key.
 */
export async function startStorage(routes: Record<string, Route>): Promise<Storage> {
  const hits: string[] = [];
  const received = new Map<string, number>();
  const waiters: { path: string; bytes: number; resolve: () => void }[] = [];
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    if (req.headers.authorization !== undefined) return void res.writeHead(400).end('no auth header on storage URLs');
    req.on('data', (chunk: Buffer) => {
      received.set(path, (received.get(path) ?? 0) + chunk.byteLength);
      for (const w of waiters) if (w.path === path && received.get(path)! >= w.bytes) w.resolve();
    });
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) return void res.writeHead(404).end();
    routes[prefix]!(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    received,
    receivedAtLeast: (path, bytes) =>
      (received.get(path) ?? 0) >= bytes ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ path, bytes, resolve })),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A File as the API returns it, its bytes at `presignedUrl`. */
export function apiFile(id: string, presignedUrl: string, type = 'mp4') {
  return { id, name: null, type, created: '2026-01-01T00:00:00.000Z', metadata: null, presignedUrl, thumbnailUrl: null };
}

/**
 * An API stand-in that answers every request with `data`: the one call a transfer makes first
 * (createFile for an upload, getJob for downloadOutputs). `requests` counts what reached it.
 */
export function startApi(data: Record<string, unknown>): Promise<FaultServer> {
  return startFaultServer([(res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }))]);
}

/** A FINISHED job whose outputs are `outputs` (key, format, file). */
export function finishedJob(id: string, outputs: { key: string; format: string; file: ReturnType<typeof apiFile> }[]) {
  return {
    getJob: {
      id,
      name: null,
      created: '2026-01-01T00:00:00.000Z',
      metadata: null,
      state: 'FINISHED',
      progress: { state: 'FINISHED', percentageComplete: 100 },
      outputs,
    },
  };
}
