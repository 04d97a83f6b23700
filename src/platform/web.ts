import { ValidationError } from '../core/errors.js';
import { brokeOff, counting, stalled } from '../core/transfer.js';
import type { Platform, TransferControl } from './types.js';

// Browsers, workers and other runtimes without Node's file system: bytes move with fetch, and
// anything that names a local file path is refused before a request is made.

const needsNode = (field: string) =>
  new ValidationError(field, 'is a file path, and file paths need Node: pass a Blob or File, or fetch the presignedUrl yourself');

/** fetch-only: uploads of Blobs, bytes and streams; no file paths. */
export const platform: Platform = {
  uploadSize: () => Promise.reject(needsNode('source')),
  putFile: () => Promise.reject(needsNode('source')),
  putBody: (fetchImpl, url, body, size, control) => webPut(fetchImpl, url, body, size, control),
  download: () => Promise.reject(needsNode('destination')),
  prepareDirectory: () => Promise.reject(needsNode('directory')),
  downloadFile: () => Promise.reject(needsNode('destination')),
  downloadJobOutputs: () => Promise.reject(needsNode('directory')),
};

/**
 * A Blob goes as itself (browsers set its Content-Length and stream it from disk); a stream goes
 * counted, with an idle timer that each chunk resets. fetch shows no progress for a Blob, so a
 * Blob with onProgress goes through XMLHttpRequest where there is one (bypassing the client's
 * `fetch` option), whose upload events report the bytes sent and reset the same idle timer. A
 * Blob upload through fetch ends on the caller's signal rather than an idle timer.
 */
async function webPut(
  fetchImpl: typeof fetch,
  url: string,
  body: Blob | ReadableStream<Uint8Array>,
  size: number,
  control: TransferControl,
) {
  const idle = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(stalled('upload', control.timeoutMs)), control.timeoutMs);
  };
  const signal = control.signal ? AbortSignal.any([control.signal, idle.signal]) : idle.signal;
  const streamed = !(body instanceof Blob);
  const report = (bytes: number) => {
    touch();
    control.onProgress?.({ bytes, total: size });
  };
  const init: RequestInit & { duplex?: 'half' } = {
    method: 'PUT',
    body: streamed ? counting(body, report, size) : body,
    ...(streamed ? { duplex: 'half' } : {}),
    signal,
  };
  const xhr = !streamed && control.onProgress && typeof XMLHttpRequest === 'function';
  try {
    if (streamed || xhr) touch();
    let status: number;
    if (xhr) status = await xhrPut(url, body, signal, report);
    else {
      const res = await fetchImpl(url, init);
      await res.body?.cancel();
      status = res.status;
    }
    if (!streamed) control.onProgress?.({ bytes: size, total: size });
    return status;
  } catch (err) {
    throw idle.signal.aborted && !control.signal?.aborted ? (idle.signal.reason as Error) : brokeOff(err, control.signal, 'upload');
  } finally {
    clearTimeout(timer);
  }
}

/** PUTs a Blob with XMLHttpRequest; its failures reject as fetch's would, the signal's reason first. */
function xhrPut(url: string, body: Blob, signal: AbortSignal, report: (bytes: number) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const xhr = new XMLHttpRequest();
    const stop = () => xhr.abort();
    signal.addEventListener('abort', stop);
    xhr.upload.onprogress = (e) => report(e.loaded);
    xhr.onloadend = () => {
      signal.removeEventListener('abort', stop);
      if (xhr.status) resolve(xhr.status);
      else reject(signal.aborted ? (signal.reason as Error) : new Error('the request failed (network error or CORS refusal)'));
    };
    xhr.open('PUT', url);
    xhr.send(body);
  });
}
