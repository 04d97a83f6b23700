import { promises as fs } from 'node:fs';
import { TransferError } from '../core/errors.js';
import { aborted, counting, stalled, transferFailure } from '../core/transfer.js';
import { connectTo } from './http-head.js';
import { PutAnswers } from './put-answers.js';
import type { TransferControl } from './types.js';

// Uploads speak HTTP/1.1 over a socket of their own rather than through node:http or fetch. fetch
// keeps every chunk of a streamed body alive until the request completes, and neither shows
// whether storage read the body: a small one sits whole in the sockets' buffers before storage
// answers, so storage can answer 200 after reading 64 KiB and drop the rest unseen. On its own
// connection an upload can ask: after a 2xx it sends a second request, which storage reads only
// once it has read every byte of the PUT, and counts the 2xx once that is answered (or once
// storage closes after saying it would). Content-MD5 would prove more against S3, but costs a
// second read of a file, cannot be had for a stream before it is sent, and breaks a presigned
// URL signed the V2 way (as Move's storage signs), which covers that header.

// 1 MiB rather than 256 KiB: a quarter of the reads, promises and socket writes per byte, which
// took a 256 MiB upload's CPU from 1.5-2.2x curl -T's to 1.1-1.5x.
const FILE_CHUNK = 1024 * 1024;

/** Writes one chunk; resolves once the socket has taken it, rejects once the request is over. */
type Write = (chunk: Uint8Array) => Promise<void>;
/** What a body's producer is handed: `write`, and a way to hear, once, that the request is over early. */
type Produce = (write: Write, onOver: (hook: (err: unknown) => void) => void) => Promise<void>;

/**
 * PUTs `size` bytes that `produce` writes, and resolves with the response status. The request
 * settles exactly once, whatever happens first: the answer, the caller's abort, no byte moving
 * for `timeoutMs`, a dropped connection, or `produce` failing. Every write made after that
 * rejects instead of reaching a destroyed socket, so nothing escapes as an uncaught error.
 * A 2xx counts only when it came after the whole body was handed over and storage then closed
 * the connection cleanly; any other answer settles at once and ends the request there.
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
    let produced = false;
    let flushed = 0;
    let status: number | undefined;
    let closes = false;
    let hook: ((err: unknown) => void) | undefined;
    // Node's own socket timeout skips its first expiry while a write is pending, which doubled the wait.
    const idle = setTimeout(() => settle(status === undefined ? stalled('upload', timeoutMs) : unread(status, 'went quiet')), timeoutMs);
    const settle = (err: unknown, result?: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      signal?.removeEventListener('abort', onAbort);
      stop(err ?? new Error('request over'));
      socket.destroy();
      if (!produced) hook?.(err ?? new Error(`storage answered HTTP ${result} before the whole body`));
      if (err === undefined) return resolve(result!);
      reject(transferFailure(err, signal, 'upload'));
    };
    const onAbort = () => settle(aborted(signal!, 'upload'));
    const ok = () => status! >= 200 && status! < 300;
    const path = `${target.pathname}${target.search}`;
    const answers = new PutAnswers({
      answered(answer, closing) {
        status = answer;
        closes = closing;
        // Storage that read the whole body cannot answer before its last byte was sent.
        if (flushed < size && ok()) {
          return settle(
            new TransferError(`The upload failed: storage answered HTTP ${status} after ${flushed} of ${size} bytes`, { status }),
          );
        }
        if (!ok()) return settle(undefined, status);
        // Storage reads a request sent after the PUT only once it has read the PUT's whole body:
        // its answer, whatever its status, is the proof. Storage that closes says so, and is taken at its word.
        if (!closing) socket.write(`OPTIONS ${path} HTTP/1.1\r\nHost: ${target.host}\r\nConnection: close\r\n\r\n`);
      },
      next: () => settle(undefined, status),
      garbled: () => settle(new TransferError('The upload failed: storage answered something that is not HTTP/1.1')),
    });
    const socket = connectTo(target);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      idle.refresh();
      answers.push(chunk);
    });
    socket.on('end', () => {
      if (status === undefined) return settle(new TransferError('The upload broke off: storage closed the connection before it answered'));
      settle(closes ? undefined : unread(status, 'closed the connection without reading on'), status);
    });
    socket.on('error', (err: NodeJS.ErrnoException) =>
      settle(status !== undefined && ok() ? unread(status, 'reset the connection', err) : err),
    );
    socket.on('close', () => settle(new TransferError('The upload broke off: the connection closed before storage answered')));
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.write(`PUT ${path} HTTP/1.1\r\nHost: ${target.host}\r\nContent-Length: ${size}\r\n\r\n`);
    const write: Write = (chunk) => {
      if (settled) return over;
      const written = new Promise<void>((done, fail) =>
        socket.write(chunk, (err) => {
          if (err) return fail(err);
          flushed += chunk.byteLength;
          idle.refresh();
          done();
        }),
      );
      return Promise.race([written, over]);
    };
    produce(write, (h) => (hook = h)).then(() => void (produced = true), settle);
  });
}

/** A 2xx that storage did not stand by: it did not go on to read the request after the PUT. */
function unread(status: number, how: string, err?: unknown): TransferError {
  const why = `storage answered HTTP ${status}, then ${how} before it read the request after it: it may not have read every byte`;
  return new TransferError(`The upload failed: ${why}`, { status, ...codeOf(err) });
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
        const length = Math.max(1, Math.min(FILE_CHUNK, size));
        const buffers = [Buffer.allocUnsafe(length), Buffer.allocUnsafe(length)];
        const written: Promise<void>[] = [Promise.resolve(), Promise.resolve()];
        for (let sent = 0, i = 0; sent < size; i ^= 1) {
          await written[i];
          const { bytesRead } = await file.read(buffers[i]!, 0, Math.min(length, size - sent), sent);
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
