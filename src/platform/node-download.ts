import { randomBytes } from 'node:crypto';
import { promises as fs, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { TransferError, ValidationError } from '../core/errors.js';
import { transferFailure } from '../core/transfer.js';
import { storageGet, type StorageResponse } from './http-get.js';
import { guardedLookup, refuseRedirect } from './redirects.js';
import { codeOf } from './node-put.js';
import { contentRange, etagOf, lengthOf, metaPath, partPath, rangeHeaders, readPart, writeMeta, type KeptPart } from './resume.js';
import type { DownloadControl, DownloadResult } from './types.js';

// Downloads speak HTTP/1.1 on a socket of their own (http-get.ts) rather than through fetch or
// node:http: fetch's web-stream body reached about 0.6x curl's throughput on a 1 GiB file, and
// node:http about 0.65x, both holding tens of MB of per-read buffers until collected.

const MAX_REDIRECTS = 5;

/**
 * Streams a presigned URL into `destination`. Bytes go to a temporary file beside it that is
 * moved into place once complete, so an existing file is replaced only with `overwrite`. Without
 * `resume` the temporary file has a random name and an interrupted download leaves nothing; with
 * it, the name is fixed by the destination and the file is kept with what storage said of the
 * whole (ETag, size), so the next call asks only for the rest (`Range`, `If-Range`) and starts
 * over when storage ignores that or the file changed. The temporary name has a fixed, short
 * length: one derived from the final name could exceed the file system's limit where it fits.
 * Callers refuse a taken destination first (`checkDestination`), before any request; the final
 * move still refuses one that appeared meanwhile.
 */
export async function nodeDownload(url: string, destination: string, control: DownloadControl): Promise<DownloadResult> {
  const target = resolve(destination);
  const temp = control.resume ? partPath(target) : resolve(dirname(target), `.move-ugc-${randomBytes(8).toString('hex')}.part`);
  if (!control.resume) track(temp);
  const { signal } = control;
  const kept = control.resume ? await readPart(temp) : undefined;
  let bytes = 0;
  let res: StorageResponse | undefined;
  let file: fs.FileHandle | undefined;
  let resumable = false;
  try {
    res = await get(url, control, kept);
    let total = lengthOf(res.headers['content-length']);
    const range = res.status === 206 ? contentRange(res.headers['content-range']) : undefined;
    // A part answers only when it starts where the kept bytes end, of the same whole.
    const continues =
      kept !== undefined && range?.start === kept.bytes && range.total === kept.total && (!kept.etag || kept.etag === etagOf(res));
    if (res.status === 206 && !continues) {
      res.destroy();
      res = await get(url, control, undefined);
      total = lengthOf(res.headers['content-length']);
    }
    if (continues) {
      bytes = kept.bytes;
      total = range.total;
    } else if (control.resume) await writeMeta(temp, { etag: etagOf(res), total });
    resumable = total !== null;
    control.onProgress?.({ bytes, total });
    const handle = await fs
      .open(temp, continues ? 'r+' : control.resume ? 'w' : 'wx')
      .catch((err: unknown) => Promise.reject(diskError(err, target)));
    file = handle;
    const poured = res;
    await poured
      .pour(handle.fd, continues ? kept.bytes : 0, (n) => {
        bytes += n;
        control.onProgress?.({ bytes, total });
      })
      .catch((err: unknown) => {
        throw err === poured.diskFailed ? diskError(err, target) : err;
      });
    file = undefined;
    await handle.close();
    if (total !== null && bytes !== total) throw new TransferError(`Download incomplete: got ${bytes} of ${total} bytes`, { path: target });
    await place(temp, target, control.overwrite);
    if (control.resume) await fs.rm(metaPath(temp), { force: true });
    // A chunked body ends with its own terminator; only a body delimited by the connection closing is unverifiable.
    const complete = total !== null || res.chunked ? true : 'unknown';
    return { path: target, bytes, complete };
  } catch (err) {
    // A throw before the body was poured (the first onProgress) would otherwise leave the connection open until the idle timeout.
    res?.destroy();
    await file?.close().catch(() => {});
    // Kept to resume from, unless nothing tells a later answer is of the same whole.
    if (!control.resume || !resumable) {
      await fs.rm(temp, { force: true }).catch(() => {});
      if (control.resume) await fs.rm(metaPath(temp), { force: true }).catch(() => {});
    }
    throw transferFailure(err, signal, 'download');
  } finally {
    inProgress.delete(temp);
  }
}

// Temporary files of downloads in progress. A process that exits mid-download (process.exit, a
// second Ctrl-C in the CLI) skips the cleanup above; the 'exit' hook removes them instead.
const inProgress = new Set<string>();
let hooked = false;

function track(temp: string): void {
  inProgress.add(temp);
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const path of inProgress) {
      try {
        rmSync(path, { force: true });
      } catch {
        // Exiting: nothing left to tell.
      }
    }
  });
}

/**
 * Refuses a destination that is taken (without `overwrite`) or is a directory, before any request:
 * the final move would fail only once every byte had been fetched.
 */
export async function checkDestination(destination: string, overwrite: boolean): Promise<void> {
  const target = resolve(destination);
  const found = await fs.lstat(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw diskError(err, target);
  });
  if (found?.isDirectory()) throw new ValidationError('destination', `${target} is a directory: give the path of the file to write`);
  if (found && !overwrite) throw exists(target);
}

/** The error for a destination that is taken, raised before any request. */
function exists(target: string): TransferError {
  return new TransferError(`${target} already exists: pass { overwrite: true } to replace it`, { code: 'EEXIST', path: target });
}

/** Moves the finished temporary file into place; without `overwrite`, never over a file that appeared meanwhile. */
async function place(temp: string, target: string, overwrite: boolean): Promise<void> {
  try {
    if (overwrite) return await fs.rename(temp, target);
    // link() fails when the target exists, where rename() would replace it.
    await fs.link(temp, target);
    await fs.rm(temp, { force: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists(target);
    // Some file systems have no hard links: check, then rename.
    if (!overwrite && (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS')) {
      await checkDestination(target, false);
      return fs.rename(temp, target).catch((e: unknown) => Promise.reject(diskError(e, target)));
    }
    throw diskError(err, target);
  }
}

/** A local file system failure (ENOSPC, EACCES, ENOENT, ENAMETOOLONG, …) at `target`. */
export function diskError(err: unknown, target: string): TransferError {
  const { code } = codeOf(err);
  const why = code === 'ENAMETOOLONG' ? `the name ${basename(target)} is too long for this file system` : (err as Error).message;
  return new TransferError(`Could not write ${target}: ${why}`, { cause: err, path: target, ...codeOf(err) });
}

/**
 * GETs `url`, following up to five redirects that the redirect policy allows, to a response whose
 * body is not yet read: 200, or 206 when `kept` asked for the rest of a part. Storage that cannot
 * serve that rest (416) is asked again for the whole.
 */
async function get(url: string, control: DownloadControl, kept: KeptPart | undefined): Promise<StorageResponse> {
  const origin = new URL(url);
  let current = origin;
  for (let hop = 0; ; hop++) {
    const res = await storageGet(current, {
      headers: rangeHeaders(kept),
      timeoutMs: control.timeoutMs,
      signal: control.signal,
      // A redirect hop resolves its host through the redirect policy.
      lookup: hop === 0 ? undefined : guardedLookup(origin),
    });
    const { status } = res;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.destroy();
      if (hop >= MAX_REDIRECTS) throw new TransferError(`Download failed: more than ${MAX_REDIRECTS} redirects`, { status });
      const next = new URL(location, current);
      refuseRedirect(current, next, origin);
      current = next;
      continue;
    }
    if (status === 416 && kept) {
      res.destroy();
      return get(url, control, undefined);
    }
    // 200 is the whole file; 206 only what a kept part asked for (a 204 is neither).
    if (status !== 200 && !(status === 206 && kept)) {
      res.destroy();
      const what = status === 206 ? ': part of the file, which was not asked for' : '';
      throw new TransferError(`Download failed: storage answered HTTP ${status}${what}`, { status });
    }
    return res;
  }
}
