import { nodeModule } from './node-modules.js';
import { MoveUgcError, TransferError } from './errors.js';
import { counting, getFromPresignedUrl, transferFailure, type TransferOptions } from './transfer.js';

/**
 * Streams a presigned URL into `destination` (Node only). Bytes go to a temporary file beside it
 * that is renamed into place once complete, so an interrupted download leaves nothing behind.
 */
export async function downloadToFile(
  fetchImpl: typeof fetch,
  url: string,
  destination: string,
  options: TransferOptions = {},
): Promise<{ path: string; bytes: number }> {
  const [fs, path, { Readable }, { pipeline }] = await Promise.all([
    nodeModule<typeof import('node:fs')>('node:fs'),
    nodeModule<typeof import('node:path')>('node:path'),
    nodeModule<typeof import('node:stream')>('node:stream'),
    nodeModule<typeof import('node:stream/promises')>('node:stream/promises'),
  ]);
  const target = path.resolve(destination);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomUUID()}.part`);
  let bytes = 0;
  try {
    const res = await getFromPresignedUrl(fetchImpl, url, options.signal);
    const length = res.headers.get('content-length');
    const total = length === null ? null : Number(length);
    const report = (n: number) => {
      bytes = n;
      options.onProgress?.({ bytes: n, total });
    };
    report(0);
    const body = Readable.fromWeb(counting(res.body!, report) as import('node:stream/web').ReadableStream<Uint8Array>);
    await pipeline(body, fs.createWriteStream(temp, { flags: 'wx' }), options.signal ? { signal: options.signal } : {});
    if (total !== null && bytes !== total) throw new TransferError(`Download incomplete: got ${bytes} of ${total} bytes`);
    await fs.promises.rename(temp, target);
    return { path: target, bytes };
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    throw err instanceof MoveUgcError ? err : transferFailure(err, options.signal, 'download');
  }
}
