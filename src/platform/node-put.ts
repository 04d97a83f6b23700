import http from 'node:http';
import https from 'node:https';
import { promises as fs } from 'node:fs';
import { TransferError } from '../core/errors.js';
import { aborted, counting, stalled, transferFailure } from '../core/transfer.js';
import type { TransferControl } from './types.js';

// Node's fetch keeps every chunk of a streamed request body alive until the request completes,
// which would hold a whole upload in memory. In Node, uploads use node:http(s) instead, where
// backpressure lets each chunk go once it is written to the socket.

const FILE_CHUNK = 256 * 1024;

/** Writes one chunk; resolves once the socket has taken it, rejects once the request is over. */
type Write = (chunk: Uint8Array) => Promise<void>;
/** What a body's producer is handed: `write`, and a way to hear, once, that the request is over early. */
type Produce = (write: Write, onOver: (hook: (err: unknown) => void) => void) => Promise<void>;

/**
 * PUTs `size` bytes that `produce` writes, and resolves with the response status. The request
 * settles exactly once, whatever happens first: the response, the caller's abort, no byte moving
 * for `timeoutMs`, a dropped connection, or `produce` failing. Every write made after that
 * rejects instead of reaching a destroyed stream, so nothing escapes as an uncaught error. An
 * answer that comes before the whole body was handed over ends the request there: a success
 * then is no success (storage cannot hold bytes it never read), and the socket must not linger.
 */
export function nodePut(url: string, size: number, produce: Produce, control: TransferControl): Promise<number> {
  const { signal, timeoutMs } = control;
  if (signal?.aborted) return Promise.reject(aborted(signal, 'upload'));
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.reject(new TransferError('The upload URL the API gave is not a URL'));
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    return Promise.reject(new TransferError(`The upload URL the API gave is not http(s) but ${target.protocol.slice(0, 20)}`));
  }
  return new Promise<number>((resolve, reject) => {
    let stop!: (err: unknown) => void;
    const over = new Promise<never>((_, fail) => (stop = fail));
    over.catch(() => {});
    let settled = false;
    let flushed = 0;
    let hook: ((err: unknown) => void) | undefined;
    let req: http.ClientRequest | undefined;
    // Node's own socket timeout skips its first expiry while a write is pending, which doubled the wait.
    const idle = setTimeout(() => settle(stalled('upload', timeoutMs)), timeoutMs);
    const settle = (err: unknown, status?: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      signal?.removeEventListener('abort', onAbort);
      stop(err ?? new Error('request over'));
      // Bytes the socket has sent: storage that read them all cannot answer before the last is out.
      const early = flushed < size;
      if (err === undefined && early && status! >= 200 && status! < 300) {
        err = new TransferError(`The upload failed: storage answered HTTP ${status} after ${flushed} of ${size} bytes`, { status });
      }
      if (err !== undefined || early) {
        req?.destroy();
        hook?.(err ?? new Error(`storage answered HTTP ${status} before the whole body`));
      }
      if (err === undefined) return resolve(status!);
      reject(transferFailure(err, signal, 'upload'));
    };
    const onAbort = () => settle(aborted(signal!, 'upload'));
    const send = target.protocol === 'https:' ? https.request : http.request;
    try {
      req = send(target, { method: 'PUT', headers: { 'content-length': size } }, (res) => {
        idle.refresh();
        res.on('data', () => idle.refresh());
        res.on('end', () => settle(undefined, res.statusCode ?? 0));
        res.on('error', settle);
        res.on('close', () => settle(new TransferError('The upload broke off: storage closed the connection before it answered in full')));
      });
    } catch (err) {
      settle(err);
      return;
    }
    req.on('error', settle);
    signal?.addEventListener('abort', onAbort, { once: true });
    const write: Write = (chunk) => {
      if (settled) return over;
      const written = new Promise<void>((done, fail) =>
        req.write(chunk, (err) => {
          if (err) return fail(err);
          flushed += chunk.byteLength;
          idle.refresh();
          done();
        }),
      );
      return Promise.race([written, over]);
    };
    produce(write, (h) => (hook = h)).then(() => {
      if (!settled) req.end();
    }, settle);
  });
}

/**
 * PUTs the first `size` bytes of the file at `path`, reporting the bytes sent after each chunk.
 * It reads into two buffers it reuses, each refilled only once the socket has taken its previous
 * contents: a read stream allocates a fresh buffer per chunk, and a gigabyte of those, dead but
 * not yet collected, is what made an upload's memory grow by tens of megabytes.
 */
export function nodePutFile(url: string, path: string, size: number, control: TransferControl): Promise<number> {
  const report = (bytes: number) => control.onProgress?.({ bytes, total: size });
  return nodePut(
    url,
    size,
    async (write) => {
      const file = await fs.open(path, 'r').catch((err: NodeJS.ErrnoException) => {
        throw new TransferError(`The upload could not read ${path}: ${err.message}`, { cause: err, path, ...codeOf(err) });
      });
      try {
        const buffers = [Buffer.allocUnsafe(FILE_CHUNK), Buffer.allocUnsafe(FILE_CHUNK)];
        const written: Promise<void>[] = [Promise.resolve(), Promise.resolve()];
        for (let sent = 0, i = 0; sent < size; i ^= 1) {
          await written[i];
          const { bytesRead } = await file.read(buffers[i]!, 0, Math.min(FILE_CHUNK, size - sent), sent);
          if (bytesRead === 0) throw new TransferError(`${path} shrank to ${sent} of ${size} bytes while it was uploaded`, { path });
          const sending = write(buffers[i]!.subarray(0, bytesRead));
          // Awaited on the next turn for this buffer; until then a failure must not count as unhandled.
          sending.catch(() => {});
          written[i] = sending;
          sent += bytesRead;
          report(sent);
        }
        await Promise.all(written);
      } finally {
        await file.close();
      }
    },
    control,
  );
}

/** PUTs a Blob or a stream of exactly `size` bytes, chunk by chunk with backpressure. */
export function nodePutBody(url: string, body: Blob | ReadableStream<Uint8Array>, size: number, control: TransferControl): Promise<number> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = counting(body instanceof Blob ? body.stream() : body, (bytes) => control.onProgress?.({ bytes, total: size }), size);
  } catch (err) {
    // A stream something else started reading since it was checked: pipeThrough throws at once.
    return Promise.reject(transferFailure(err, control.signal, 'upload'));
  }
  return nodePut(
    url,
    size,
    async (write, onOver) => {
      const reader = stream.getReader();
      // Cancelled when the request ends early: a source whose read never settles must still be let go.
      // (Racing each read against the request's end instead kept every chunk alive until the end.)
      onOver((err) => void reader.cancel(err).catch(() => {}));
      try {
        for (let next = await reader.read(); !next.done; next = await reader.read()) await write(next.value);
      } catch (err) {
        await reader.cancel(err).catch(() => {});
        throw err;
      } finally {
        reader.releaseLock();
      }
    },
    control,
  );
}

/** The system error code of a Node error, as TransferError context. */
export function codeOf(err: unknown): { code?: string } {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { code } : {};
}
