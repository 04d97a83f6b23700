import { nodeModule } from './node-modules.js';
import { nodePut, nodePutFile } from './node-put.js';
import { AbortError, ConnectionError, MoveUgcError, TransferError, ValidationError } from './errors.js';

// Byte transfers to and from presigned URLs. These go straight to storage: they never carry the
// API key, and they stream, so a large file is never held in memory. In Node, uploads go through
// node:http(s) rather than the client's `fetch` (see node-put.ts), and so do downloads (download-file.ts).

/** What `files.upload` accepts: a path (Node only), a Blob or File, bytes, or a stream of bytes. */
export type UploadSource = string | Blob | Uint8Array | ReadableStream<Uint8Array>;

/** Bytes moved so far and the total, when known. */
export interface TransferProgress {
  bytes: number;
  total: number | null;
}

export interface TransferOptions {
  onProgress?: ((progress: TransferProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

const isNode = typeof process !== 'undefined' && !!(process as { versions?: { node?: string } }).versions?.node;

/** PUTs `source` to a presigned URL with an exact Content-Length. `size` is required for a stream. */
export async function putToPresignedUrl(
  fetchImpl: typeof fetch,
  url: string,
  source: UploadSource,
  options: TransferOptions & { size?: number | undefined },
): Promise<number> {
  const body = await openSource(source, options.size);
  const report = (bytes: number) => options.onProgress?.({ bytes, total: body.size });
  report(0);
  if (isNode) {
    const put = body.path
      ? nodePutFile(url, body.path, body.size, report, options.signal)
      : nodePut(url, counting(body.stream ?? body.blob!.stream(), report, body.size), body.size, options.signal);
    const status = await put.catch((err: unknown) => {
      throw transferFailure(err, options.signal, 'upload');
    });
    if (status < 200 || status > 299) throw new TransferError(`Upload failed: storage answered HTTP ${status}`, { status });
    return body.size;
  }
  // Browsers get the Blob itself: they set Content-Length and stream a Blob from disk on their own.
  const counted = !!body.stream;
  const init: RequestInit & { duplex?: 'half' } = {
    method: 'PUT',
    body: counted ? counting(body.stream!, report, body.size) : body.blob!,
    ...(counted ? { duplex: 'half' } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const res = await send(fetchImpl, url, init, options.signal, 'upload');
  await res.body?.cancel();
  if (!res.ok) throw new TransferError(`Upload failed: storage answered HTTP ${res.status}`, { status: res.status });
  if (!counted) report(body.size);
  return body.size;
}

/**
 * Passes chunks through, reporting the running byte count after each. With `exactly`, a stream
 * that turns out longer or shorter fails instead of leaving storage waiting for missing bytes.
 */
export function counting(
  stream: ReadableStream<Uint8Array>,
  report: (bytes: number) => void,
  exactly?: number,
): ReadableStream<Uint8Array> {
  let bytes = 0;
  const wrongSize = () => new ValidationError('size', `is ${exactly}, but the source holds ${bytes > exactly! ? 'more' : bytes} bytes`);
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      flush(controller) {
        if (exactly !== undefined && bytes !== exactly) controller.error(wrongSize());
      },
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (exactly !== undefined && bytes > exactly) return controller.error(wrongSize());
        controller.enqueue(chunk);
        report(bytes);
      },
    }),
  );
}

/** Turns a transfer failure into the SDK's error types. */
export function transferFailure(err: unknown, signal: AbortSignal | undefined, what: string): MoveUgcError {
  if (err instanceof MoveUgcError) return err;
  if (signal?.aborted) return new AbortError(`The ${what} was aborted`, { cause: signal.reason }, signal.reason);
  const message = err instanceof Error ? err.message : String(err);
  return new ConnectionError(`The ${what} broke off: ${message}`, { cause: err });
}

async function send(fetchImpl: typeof fetch, url: string, init: RequestInit, signal: AbortSignal | undefined, what: string) {
  try {
    return await fetchImpl(url, init);
  } catch (err) {
    throw transferFailure(err, signal, what);
  }
}

interface OpenedSource {
  size: number;
  /** A file to read in Node (see nodePutFile). */
  path?: string;
  blob?: Blob;
  stream?: ReadableStream<Uint8Array>;
}

/** Rejects a source that cannot be uploaded, before anything is sent. */
export function checkUploadSource(source: unknown, size: unknown): void {
  if (typeof source === 'string') {
    if (!isNode) throw new ValidationError('source', 'a file path works only in Node; pass a Blob or File in the browser');
    if (source === '') throw new ValidationError('source', 'must not be an empty path');
  } else if (source instanceof ReadableStream) {
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) {
      throw new ValidationError('size', 'is required for a ReadableStream source: storage needs the byte length up front');
    }
  } else if (!(source instanceof Blob) && !(source instanceof Uint8Array)) {
    throw new ValidationError('source', 'must be a file path, Blob, File, Uint8Array or ReadableStream');
  }
}

async function openSource(source: UploadSource, size: number | undefined): Promise<OpenedSource> {
  checkUploadSource(source, size);
  if (typeof source === 'string') return openPath(source);
  if (source instanceof Blob) return { size: source.size, blob: source };
  if (source instanceof Uint8Array) return { size: source.byteLength, blob: new Blob([source as Uint8Array<ArrayBuffer>]) };
  return { size: size!, stream: source };
}

/** A file path, checked to be readable; its bytes are read as they are sent. */
async function openPath(path: string): Promise<OpenedSource> {
  const fs = await nodeModule<typeof import('node:fs')>('node:fs');
  const size = await fs.promises.stat(path).then(
    (s) => s.size,
    (err: unknown) => {
      throw new ValidationError('source', `cannot be read: ${err instanceof Error ? err.message : String(err)}`);
    },
  );
  return { size, path };
}
