import { AbortError, ConnectionError, MoveUgcError, TimeoutError, TransferError, ValidationError } from './errors.js';
import { guarded, type Report } from './callbacks.js';
import { checkTimeout } from './request-options.js';
import { readGuarded } from './read-input.js';
import { optionalFunction, optionalSignal } from './validate.js';

// Byte transfers to and from presigned URLs. These go straight to storage: they never carry the
// API key, and they stream, so a large file is never held in memory. How the bytes move (node:net
// in Node, fetch elsewhere) is the platform's business (src/platform/): the resources hand its
// functions in, so core never picks a runtime.

/** What `files.upload` accepts: a path (Node only), a Blob or File, bytes, or a stream of bytes. */
export type UploadSource = string | Blob | Uint8Array | ReadableStream<Uint8Array>;

/** Bytes moved so far and the total, when known. */
export interface TransferProgress {
  bytes: number;
  total: number | null;
}

/** How long a transfer may go without a byte moving, its caller's signal, and progress. */
export interface TransferControl {
  signal?: AbortSignal | undefined;
  /** Idle limit: no byte moved for this long fails the transfer with TimeoutError. */
  timeoutMs: number;
  onProgress?: ((progress: TransferProgress) => void) | undefined;
}

/** What an upload needs from the platform (src/platform/types.ts `Platform`). */
export interface Uploader {
  /** Checks that `path` is a readable regular file and returns its size; a ValidationError naming it otherwise. */
  uploadSize(path: string): Promise<number>;
  /** PUTs the first `size` bytes of the file at `path`; resolves with the HTTP status. */
  putFile(fetchImpl: typeof fetch, url: string, path: string, size: number, control: TransferControl): Promise<number>;
  /** PUTs exactly `size` bytes from `body`; resolves with the HTTP status. */
  putBody(
    fetchImpl: typeof fetch,
    url: string,
    body: Blob | ReadableStream<Uint8Array>,
    size: number,
    control: TransferControl,
  ): Promise<number>;
}

export interface TransferOptions {
  onProgress?: ((progress: TransferProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Fail with TimeoutError when no byte moves for this long (default: the client's `timeoutMs`). */
  timeoutMs?: number | undefined;
}

/** PUTs `source`, of `size` bytes, to a presigned URL with an exact Content-Length. */
export async function putToPresignedUrl(
  fetchImpl: typeof fetch,
  url: string,
  source: UploadSource,
  size: number,
  control: TransferControl,
  platform: Uploader,
): Promise<number> {
  control.onProgress?.({ bytes: 0, total: size });
  const status =
    typeof source === 'string'
      ? await platform.putFile(fetchImpl, url, source, size, control)
      : await platform.putBody(
          fetchImpl,
          url,
          source instanceof Uint8Array ? new Blob([source as Uint8Array<ArrayBuffer>]) : source,
          size,
          control,
        );
  if (status < 200 || status > 299) throw new TransferError(`Upload failed: storage answered HTTP ${status}`, { status });
  return size;
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

/** The error for a transfer stopped by its caller's signal. */
export function aborted(signal: AbortSignal, what: string): AbortError {
  return new AbortError(`The ${what} was aborted`, { cause: signal.reason }, signal.reason);
}

/** The error for a transfer during which no byte moved for `timeoutMs`. */
export function stalled(what: string, timeoutMs: number): TimeoutError {
  return new TimeoutError(`The ${what} stalled: no byte moved for ${timeoutMs} ms`);
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Turns a transfer failure into the SDK's error types: the caller's abort is AbortError, storage
 * that cannot be reached is ConnectionError, and a transfer that broke off once under way is TransferError.
 * Node's sockets report these codes; fetch elsewhere reports none, so web.ts uses `brokeOff` alone.
 */
export function transferFailure(err: unknown, signal: AbortSignal | undefined, what: string): MoveUgcError {
  const code = (err as { code?: unknown } | null)?.code;
  if (!(err instanceof MoveUgcError) && !signal?.aborted && typeof code === 'string' && UNREACHABLE.has(code))
    return new ConnectionError(`The ${what} could not reach storage: ${messageOf(err)}`, { cause: err });
  return brokeOff(err, signal, what);
}

/** `transferFailure` without telling unreachable storage apart: AbortError, else TransferError. */
export function brokeOff(err: unknown, signal: AbortSignal | undefined, what: string): MoveUgcError {
  if (err instanceof MoveUgcError) return err;
  if (signal?.aborted) return aborted(signal, what);
  const code = (err as { code?: unknown } | null)?.code;
  return new TransferError(`The ${what} broke off: ${messageOf(err)}`, { cause: err, ...(typeof code === 'string' ? { code } : {}) });
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Checks a transfer's options (errors name them after `prefix`) and fills in the client's idle
 * timeout. `onProgress` comes back guarded: what it throws is reported and the transfer goes on.
 */
export function transferControl(options: Record<string, unknown>, defaultTimeoutMs: number, report: Report, prefix = ''): TransferControl {
  const { onProgress, signal, timeoutMs } = options;
  optionalFunction(onProgress, `${prefix}onProgress`);
  return {
    signal: optionalSignal(signal, `${prefix}signal`),
    timeoutMs: timeoutMs === undefined ? defaultTimeoutMs : checkTimeout(timeoutMs, `${prefix}timeoutMs`),
    onProgress: guarded(onProgress as TransferControl['onProgress'], `${prefix}onProgress`, report),
  };
}

// Files from `create`/`upload` carry a PUT-only upload URL (as on S3): downloading one of them
// must ask for a fresh read URL instead of reusing that one.
export const uploadTargets = new WeakSet<object>();

/** Rejects a source that cannot be uploaded, before anything is sent. */
export function checkUploadSource(source: unknown, size: unknown): void {
  if (typeof source === 'string') {
    if (source === '') throw new ValidationError('source', 'must not be an empty path');
  } else if (source instanceof ReadableStream) {
    if (source.locked) throw new ValidationError('source', 'is a ReadableStream that something else is already reading (locked)');
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
      throw new ValidationError('size', 'is required for a ReadableStream source: storage needs the byte length up front');
    }
  } else if (!(source instanceof Blob) && !(source instanceof Uint8Array)) {
    throw new ValidationError('source', 'must be a file path, Blob, File, Uint8Array or ReadableStream');
  }
}

/** The byte length of an upload source; a path is checked to be a readable file (before any request). */
export async function sourceSize(source: UploadSource, size: number | undefined, platform: Pick<Uploader, 'uploadSize'>): Promise<number> {
  // `instanceof` runs a Proxy's getPrototypeOf trap, and a Proxy of a Blob throws at `size`.
  const known = readGuarded('source', () => {
    checkUploadSource(source, size);
    if (typeof source === 'string') return undefined;
    return source instanceof Blob ? source.size : source instanceof Uint8Array ? source.byteLength : size!;
  });
  const bytes = known ?? (await platform.uploadSize(source as string));
  if (bytes > MAX_PUT_BYTES) {
    const field = source instanceof ReadableStream ? 'size' : 'source';
    throw new ValidationError(
      field,
      `is ${bytes} bytes, over the 5 GiB (${MAX_PUT_BYTES} bytes) that storage takes in one PUT (S3's limit)`,
    );
  }
  return bytes;
}

/** S3's limit for one PUT: a larger body is refused by storage only after it has been sent. */
export const MAX_PUT_BYTES = 5 * 1024 ** 3;
