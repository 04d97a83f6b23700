// Node's fetch keeps every chunk of a streamed request body alive until the request completes,
// which would hold a whole upload in memory. In Node, uploads use node:http(s) instead, where
// backpressure lets each chunk go once it is written to the socket.

import { nodeModule } from './node-modules.js';

/** PUTs a stream of exactly `size` bytes and resolves with the response status. */
export async function nodePut(url: string, body: ReadableStream<Uint8Array>, size: number, signal?: AbortSignal): Promise<number> {
  const [http, https, { Readable }, { pipeline }] = await Promise.all([
    nodeModule<typeof import('node:http')>('node:http'),
    nodeModule<typeof import('node:https')>('node:https'),
    nodeModule<typeof import('node:stream')>('node:stream'),
    nodeModule<typeof import('node:stream/promises')>('node:stream/promises'),
  ]);
  const send = url.startsWith('https:') ? https.request : http.request;
  return new Promise<number>((resolve, reject) => {
    const req = send(url, { method: 'PUT', headers: { 'content-length': size }, ...(signal ? { signal } : {}) }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    const source = Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>);
    pipeline(source, req).catch(reject);
  });
}
