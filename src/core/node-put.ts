// Node's fetch keeps every chunk of a streamed request body alive until the request completes,
// which would hold a whole upload in memory. In Node, uploads use node:http(s) instead, where
// backpressure lets each chunk go once it is written to the socket.

import { nodeModule } from './node-modules.js';
import { ValidationError } from './errors.js';

const FILE_CHUNK = 256 * 1024;

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

/**
 * PUTs the first `size` bytes of the file at `path`, reporting the bytes sent after each chunk.
 * It reads into two buffers it reuses, each refilled only once the socket has taken its previous
 * contents: a read stream allocates a fresh buffer per chunk, and a gigabyte of those, dead but
 * not yet collected, is what made an upload's memory grow by tens of megabytes.
 */
export async function nodePutFile(
  url: string,
  path: string,
  size: number,
  report: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  const [http, https, fs] = await Promise.all([
    nodeModule<typeof import('node:http')>('node:http'),
    nodeModule<typeof import('node:https')>('node:https'),
    nodeModule<typeof import('node:fs')>('node:fs'),
  ]);
  const file = await fs.promises.open(path, 'r');
  const send = url.startsWith('https:') ? https.request : http.request;
  try {
    return await new Promise<number>((resolve, reject) => {
      const req = send(url, { method: 'PUT', headers: { 'content-length': size }, ...(signal ? { signal } : {}) }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('error', reject);
      const write = (chunk: Buffer) => new Promise<void>((done, fail) => req.write(chunk, (err) => (err ? fail(err) : done())));
      const pump = async () => {
        const buffers = [Buffer.allocUnsafe(FILE_CHUNK), Buffer.allocUnsafe(FILE_CHUNK)];
        const written: Promise<void>[] = [Promise.resolve(), Promise.resolve()];
        for (let sent = 0, i = 0; sent < size; i ^= 1) {
          await written[i];
          if (req.destroyed) return;
          const { bytesRead } = await file.read(buffers[i]!, 0, Math.min(FILE_CHUNK, size - sent), sent);
          if (bytesRead === 0) throw new ValidationError('source', `shrank to ${sent} of ${size} bytes while it was uploaded`);
          written[i] = write(buffers[i]!.subarray(0, bytesRead));
          sent += bytesRead;
          report(sent);
        }
        await Promise.all(written);
        req.end();
      };
      pump().catch((err: Error) => {
        req.destroy();
        reject(err);
      });
    });
  } finally {
    await file.close();
  }
}
