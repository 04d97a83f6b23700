import { ValidationError } from '../core/errors.js';
import { aborted, brokeOff, counting, stalled } from '../core/transfer.js';
import type { Platform, TransferControl } from './types.js';

// Browsers, workers and other runtimes without Node's file system: bytes move with fetch, and
// anything that names a local file path is refused before a request is made.

const needsNode = (field: string) =>
  new ValidationError(field, 'is a file path, and file paths need Node: pass a Blob or File, or fetch the presignedUrl yourself');

/** fetch-only: uploads of Blobs, bytes and streams; no file paths. */
export const platform: Platform = {
  uploadSize: () => Promise.reject(needsNode('source')),
  putFile: () => Promise.reject(needsNode('source')),
  putBody: (fetchImpl, url, body, size, control) =>
    body instanceof Blob && control.onProgress && typeof XMLHttpRequest === 'function'
      ? xhrPut(url, body, size, control)
      : webPut(fetchImpl, url, body, size, control),
  download: () => Promise.reject(needsNode('destination')),
  prepareDirectory: () => Promise.reject(needsNode('directory')),
  downloadFile: () => Promise.reject(needsNode('destination')),
  downloadJobOutputs: () => Promise.reject(needsNode('directory')),
};

/**
 * A Blob goes as itself (browsers set its Content-Length and stream it from disk); a stream goes
 * counted, with an idle timer that each chunk resets. fetch shows no progress for a Blob, so a
 * Blob upload here (one without onProgress, or where there is no XMLHttpRequest) ends on the
 * caller's signal rather than an idle timer.
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
  try {
    if (streamed) touch();
    const res = await fetchImpl(url, init);
    await res.body?.cancel();
    if (!streamed) control.onProgress?.({ bytes: size, total: size });
    return res.status;
  } catch (err) {
    throw idle.signal.aborted && !control.signal?.aborted ? (idle.signal.reason as Error) : brokeOff(err, control.signal, 'upload');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A Blob with onProgress goes through XMLHttpRequest, whose upload events report the bytes sent
 * (fetch reports none), and reset the idle timer. Its failures map to the SDK's errors as fetch's
 * do: the caller's abort is AbortError, no byte moving for `timeoutMs` is TimeoutError, and a
 * network failure is TransferError. (It bypasses the client's `fetch` option.)
 */
function xhrPut(url: string, body: Blob, size: number, control: TransferControl): Promise<number> {
  const { signal, timeoutMs } = control;
  if (signal?.aborted) return Promise.reject(aborted(signal, 'upload'));
  return new Promise<number>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const settle = (err: Error | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (err === undefined) return resolve(xhr.status);
      xhr.abort();
      reject(err);
    };
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => settle(stalled('upload', timeoutMs)), timeoutMs);
    };
    const onAbort = () => settle(aborted(signal!, 'upload'));
    xhr.open('PUT', url);
    xhr.upload.onprogress = (e) => {
      touch();
      control.onProgress?.({ bytes: Math.min(e.loaded, size), total: size });
    };
    xhr.onprogress = touch;
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) control.onProgress?.({ bytes: size, total: size });
      settle(undefined);
    };
    xhr.onerror = () => settle(brokeOff(new Error('the request failed (network error or CORS refusal)'), signal, 'upload'));
    xhr.onabort = () =>
      settle(signal?.aborted ? aborted(signal, 'upload') : brokeOff(new Error('the request was aborted'), signal, 'upload'));
    signal?.addEventListener('abort', onAbort, { once: true });
    touch();
    xhr.send(body);
  });
}
