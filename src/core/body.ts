import { ResponseError } from './errors.js';
import { context, type HttpCall } from './http.js';

/**
 * Reads the body through its reader, counting bytes: past `maxResponseBytes` it stops (a
 * `ResponseError`, not retried), and each read races the attempt's signal, so a body that stalls
 * at any byte settles when the timeout or the caller's signal fires, the stream cancelled.
 */
export async function readBody(res: Response, call: HttpCall, signal: AbortSignal): Promise<string> {
  const max = call.policy.maxResponseBytes;
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > max) {
    void res.body?.cancel().catch(ignore);
    throw tooLarge(call, max);
  }
  const body = res.body;
  if (!body) return '';
  let aborted: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    aborted = () => reject(new Error('aborted'));
    signal.addEventListener('abort', aborted);
  });
  stop.catch(ignore);
  // A declared length within the cap cannot be exceeded (fetch enforces the framing): read it in
  // one go, still racing the signal, which also aborts the fetch and so the body stream.
  if (declared >= 0) {
    try {
      return await Promise.race([res.text(), stop]);
    } finally {
      signal.removeEventListener('abort', aborted!);
    }
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      if (signal.aborted) throw new Error('aborted');
      const { done, value } = await Promise.race([reader.read(), stop]);
      if (done) break;
      size += value.byteLength;
      if (size > max) throw tooLarge(call, max);
      chunks.push(value);
    }
  } catch (err) {
    void reader.cancel().catch(ignore);
    throw err;
  } finally {
    signal.removeEventListener('abort', aborted!);
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
