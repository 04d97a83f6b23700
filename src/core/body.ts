import { ResponseError } from './errors.js';
import { context, untilAborted, type HttpCall } from './http-call.js';

/**
 * Reads the body, counting bytes: past `maxResponseBytes` it stops (a `ResponseError`, not
 * retried), and every read ends at the attempt's `abort()` (`untilAborted`), so a body that
 * stalls at any byte settles when the timeout or the caller's signal fires, whatever the fetch
 * implementation does with its signal. No 'abort' listener: listeners on an AbortSignal cost
 * more than the rest of this function on every call.
 */
export function readBody(res: Response, call: HttpCall): Promise<string> {
  const max = call.policy.maxResponseBytes;
  // Content-Length counts the bytes on the wire; fetch hands over the body decompressed, and a
  // gzip body a thousandth of the cap can inflate past it. Only an unencoded length is trusted.
  const encoding = res.headers.get('content-encoding');
  const declared = encoding && encoding !== 'identity' ? Number.NaN : Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > max) {
    void res.body?.cancel().catch(ignore);
    return Promise.reject(tooLarge(call, max));
  }
  if (!res.body) return readWhole(res, call, max);
  // A declared, unencoded length within the cap cannot be exceeded (fetch enforces the framing):
  // read it in one go, still ending at `abort()`, which also aborts the fetch and so the body stream.
  if (declared >= 0) return untilAborted(call, () => res.text());
  return readCounting(res.body.getReader(), call, max);
}

/**
 * A `Response` without a readable `body` (React Native's fetch, older polyfills): read whole with
 * `arrayBuffer()`, else `text()`, still ending at `abort()`. The cap is checked on what came back,
 * as such a response cannot be read in parts; a null body of a real `Response` reads as ''.
 */
async function readWhole(res: Response, call: HttpCall, max: number): Promise<string> {
  if (typeof res.arrayBuffer === 'function') {
    const bytes = await untilAborted(call, () => res.arrayBuffer());
    if (bytes.byteLength > max) throw tooLarge(call, max);
    return decoder.decode(bytes);
  }
  const text = String(await untilAborted(call, () => res.text()));
  // UTF-8 takes at least one byte per UTF-16 unit: past the cap in units is past it in bytes.
  if (text.length > max || encoder.encode(text).byteLength > max) throw tooLarge(call, max);
  return text;
}

async function readCounting(reader: ReadableStreamDefaultReader<Uint8Array>, call: HttpCall, max: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  // Small chunks are copied into one buffer: a body in 1-byte chunks would otherwise hold an
  // object per byte, a hundred times the cap in memory.
  let small: Uint8Array | undefined;
  let smallSize = 0;
  let size = 0;
  let yielded = performance.now();
  try {
    for (;;) {
      // `untilAborted` refuses to start once the attempt is aborted. A stream whose chunks are
      // always ready (a `fetch` option's own body) resolves every read as a microtask, and so
      // would starve the timers that abort it: every few ms the loop lets them run.
      if (performance.now() - yielded > YIELD_EVERY_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        yielded = performance.now();
      }
      const read = await untilAborted(call, () => reader.read());
      if (read.done) break;
      const chunk = read.value;
      size += chunk.byteLength;
      if (size > max) throw tooLarge(call, max);
      if (chunk.byteLength >= SMALL_CHUNK) {
        if (small) chunks.push(small.subarray(0, smallSize));
        small = undefined;
        chunks.push(chunk);
      } else if (chunk.byteLength > 0) {
        if (small && smallSize + chunk.byteLength > small.byteLength) {
          chunks.push(small.subarray(0, smallSize));
          small = undefined;
        }
        if (!small) [small, smallSize] = [new Uint8Array(SMALL_BUFFER), 0];
        small.set(chunk, smallSize);
        smallSize += chunk.byteLength;
      }
    }
  } catch (err) {
    void reader.cancel().catch(ignore);
    throw err;
  }
  if (small) chunks.push(small.subarray(0, smallSize));
  return decoder.decode(chunks.length === 1 ? chunks[0] : concat(chunks, size));
}

const SMALL_CHUNK = 4096;
const SMALL_BUFFER = 64 * 1024;
const YIELD_EVERY_MS = 5;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

function tooLarge(call: HttpCall, max: number): ResponseError {
  return new ResponseError(
    `${call.operation}: the response is larger than maxResponseBytes (${max} bytes); reading stopped`,
    context(call),
  );
}

export function ignore(): void {}
