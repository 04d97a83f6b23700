import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A webhook endpoint on 127.0.0.1 that answers with `status(request)` and records what it got;
 * `headers` are sent with every answer (a `location` for redirects).
 */
export async function receiver(status: (r: Received, index: number) => number = () => 204, headers: Record<string, string> = {}) {
  const received: Received[] = [];
  const waiters: { until: (all: Received[]) => boolean; resolve: () => void }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      const r = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      received.push(r);
      res.writeHead(status(r, received.length - 1), headers).end();
      for (const w of [...waiters]) {
        if (!w.until(received)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    /** Resolves once `until` holds for what has arrived. */
    waitFor: (until: (all: Received[]) => boolean) =>
      new Promise<void>((resolve) => (until(received) ? resolve() : waiters.push({ until, resolve }))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
