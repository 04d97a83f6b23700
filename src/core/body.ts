import { ResponseError } from './errors.js';
import { context, untilAborted, type HttpCall } from './http.js';

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
  if (!res.body) return Promise.resolve('');
  // A declared, unencoded length within the cap cannot be exceeded (fetch enforces the framing):
  // read it in one go, still ending at `abort()`, which also aborts the fetch and so the body stream.
  if (declared >= 0) return untilAborted(call, () => res.text());
  return readCounting(res.body.getReader(), call, max);
}

async function readCounting(reader: ReadableStreamDefaultReader<Uint8Array>, call: HttpCall, max: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      // `untilAborted` refuses to start once the attempt is aborted: a stream with data always
      // ready cannot outrun the timeout.
      const read = await untilAborted(call, () => reader.read());
      if (read.done) break;
      size += read.value.byteLength;
      if (size > max) throw tooLarge(call, max);
      chunks.push(read.value);
    }
  } catch (err) {
    void reader.cancel().catch(ignore);
    throw err;
  }
  return decoder.decode(chunks.length === 1 ? chunks[0] : concat(chunks, size));
}

const decoder = new TextDecoder();

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
