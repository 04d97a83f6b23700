import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { previewPage } from './page.js';

export interface PreviewServerOptions {
  /** The GLB to play. */
  glb: Uint8Array;
  /** Shown in the page title: the file name or job id. */
  title: string;
  /** The bundled viewer script (dist/viewer/viewer.js). */
  script: Uint8Array;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port?: number;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

// Only the page in a browser on this machine needs it: the script allows nothing from elsewhere.
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/**
 * Serves the preview page, its script and the one GLB on 127.0.0.1, and nothing else. A Host
 * header other than this address is refused, so a web page cannot reach the server by rebinding
 * a DNS name to 127.0.0.1.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const page = new TextEncoder().encode(previewPage(options.title));
  const routes: Record<string, { type: string; body: Uint8Array }> = {
    '/': { type: 'text/html; charset=utf-8', body: page },
    '/viewer.js': { type: 'text/javascript; charset=utf-8', body: options.script },
    '/model.glb': { type: 'model/gltf-binary', body: options.glb },
  };
  let hosts: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, type: string, body: Uint8Array | string) => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...SECURITY_HEADERS });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (!hosts.includes(req.headers.host ?? '')) return send(403, 'text/plain', 'Forbidden: open the preview at its 127.0.0.1 address\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'Method not allowed\n');
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return send(400, 'text/plain', 'Bad request\n');
    }
    const route = routes[path];
    if (!route) return send(404, 'text/plain', 'Not found\n');
    send(200, route.type, route.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** True when the bytes start like a GLB (binary glTF) file. */
export function looksLikeGlb(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 12 && new TextDecoder().decode(bytes.subarray(0, 4)) === 'glTF';
}
