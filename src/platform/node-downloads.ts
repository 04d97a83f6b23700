import type { Report } from '../core/callbacks.js';
import { DownloadOutputsError, MoveUgcError, ValidationError } from '../core/errors.js';
import { transferControl, uploadTargets } from '../core/transfer.js';
import {
  knownKeys,
  optionalBoolean,
  optionalInt,
  readOptions,
  readParams,
  requireObject,
  requireString,
  typeName,
} from '../core/validate.js';
import { checkDestination } from './node-download.js';
import type {
  DownloadControl,
  DownloadResult,
  FailedOutputDownload,
  FileReference,
  JobDownloadOutputsOptions,
  JobOutputDownload,
  Platform,
} from './types.js';

// Downloads to local files, Node only (src/platform/node.ts): a browser or worker has no file
// system to write to, so its platform refuses them and its bundle carries none of this.

/** Checks a download's `options` (`{ onProgress?, signal?, timeoutMs?, overwrite?, resume? }` and `keys`) into its control. */
export function downloadControl(options: unknown, defaultTimeoutMs: number, report: Report, keys: string[] = []): DownloadControl {
  const o = readOptions(options, 'options');
  knownKeys(o, [...keys, 'onProgress', 'signal', 'timeoutMs', 'overwrite', 'resume'], 'options', 'option');
  return {
    ...transferControl(o, defaultTimeoutMs, report, 'options.'),
    overwrite: optionalBoolean(o.overwrite, 'options.overwrite') ?? false,
    resume: optionalBoolean(o.resume, 'options.resume') ?? false,
  };
}

/** `ugc.files.download`: `retrieve` fetches a file record (with a fresh read URL) by id. */
export async function downloadFile(
  platform: Pick<Platform, 'download'>,
  ...[file, destination, options, timeoutMs, retrieve, report]: Parameters<Platform['downloadFile']>
): Promise<DownloadResult> {
  requireString(destination, 'destination');
  const control = downloadControl(options, timeoutMs, report);
  await checkDestination(destination, control.overwrite);
  const record = typeof file === 'object' && file !== null ? readOptions(file, 'file') : undefined;
  const given = record && !uploadTargets.has(file as object) ? record.presignedUrl : undefined;
  if (given !== undefined && given !== null && typeof given !== 'string') {
    throw new ValidationError('file.presignedUrl', `must be a URL string, got ${typeName(given)}`);
  }
  if (given && !isHttpUrl(given)) throw new ValidationError('file.presignedUrl', 'must be an http(s) URL');
  if (!given)
    return platform.download(await freshUrl((record as FileReference | undefined) ?? file, control.signal, retrieve), destination, control);
  try {
    return await platform.download(given, destination, control);
  } catch (err) {
    // The URL a record carries expires, and a copy of an upload's record carries its PUT-only
    // URL: storage refuses either before any byte is written, and a fresh read URL settles it.
    const status = err instanceof MoveUgcError ? err.status : undefined;
    if ((status !== 401 && status !== 403) || typeof record?.id !== 'string') throw err;
    return platform.download(await freshUrl(record.id, control.signal, retrieve), destination, control);
  }
}

function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

async function freshUrl(file: FileReference, signal: AbortSignal | undefined, retrieve: Parameters<Platform['downloadFile']>[4]) {
  const id = typeof file === 'string' ? file : requireObject(file, 'file').id;
  const fresh = await retrieve(requireString(id, 'file.id'), signal);
  if (!fresh.presignedUrl) throw new ValidationError('file', `${fresh.id} has no presignedUrl: nothing to download yet`);
  return fresh.presignedUrl;
}

const MAX_CONCURRENCY = 16;

/**
 * `ugc.jobs.downloadOutputs`: downloads every output of a finished job into `directory`, up to
 * `concurrency` at once, each named `<jobId>-<key>.<format>` (file type when the output has no
 * format). The names come from the API, so they are reduced to safe characters and length, and
 * always land inside `directory`. When some fail the others go on, and a DownloadOutputsError
 * lists both; the caller's abort is its AbortError. `retrieve` fetches the job with its outputs.
 */
export async function downloadJobOutputs(
  platform: Pick<Platform, 'prepareDirectory' | 'download'>,
  ...[params, directory, options, timeoutMs, retrieve, report]: Parameters<Platform['downloadJobOutputs']>
): Promise<JobOutputDownload[]> {
  const o = readOptions(options, 'options');
  const { onProgress, ...control } = downloadControl(o, timeoutMs, report, ['concurrency']);
  const concurrency = optionalInt(o.concurrency, 'options.concurrency', 1) ?? 4;
  if (concurrency > MAX_CONCURRENCY)
    throw new ValidationError('options.concurrency', `must be at most ${MAX_CONCURRENCY}, got ${concurrency}`);
  const p = readParams(params, 'params');
  knownKeys(p, ['id'], 'params');
  const id = requireString(p.id, 'id');
  requireString(directory, 'directory');
  const job = await retrieve(id, control.signal);
  if (job.state !== 'FINISHED') {
    throw new MoveUgcError(`Job ${job.id} is ${job.state ?? 'in an unknown state'}, not FINISHED: wait for it with ugc.jobs.wait first`);
  }
  const used = new Set<string>();
  const planned = (job.outputs ?? []).flatMap((output, i) => {
    if (!output) return [];
    const url = output.file.presignedUrl;
    if (!url) throw new MoveUgcError(`Output ${output.key ?? i} of job ${job.id} has no presignedUrl yet`);
    const key = output.key ?? `output-${i}`;
    return [{ output, url, key, name: unique(outputFileName(job.id, key, output.format ?? output.file.type), used) }];
  });
  // Every name is checked before the first byte is fetched: a clash fails the call with nothing written.
  const paths = await platform.prepareDirectory(
    directory,
    planned.map((p) => p.name),
    control.overwrite,
  );
  const results: (JobOutputDownload | undefined)[] = [];
  const failed: FailedOutputDownload[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < planned.length; i = next++) {
      const { output, url, key } = planned[i]!;
      const path = paths[i]!;
      try {
        const { bytes, complete } = await platform.download(url, path, {
          ...control,
          onProgress: (p) => (onProgress as JobDownloadOutputsOptions['onProgress'])?.({ ...p, key, path }),
        });
        results[i] = { key: output.key, format: output.format, fileId: output.file.id, path, bytes, complete };
      } catch (err) {
        failed.push({ key: output.key, fileId: output.file.id, path, error: err as MoveUgcError });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, planned.length) }, worker));
  const finished = results.filter((r): r is JobOutputDownload => r !== undefined);
  if (failed.length > 0 && control.signal?.aborted) throw (failed.find((f) => f.error.name === 'AbortError') ?? failed[0]!).error;
  if (failed.length > 0) throw new DownloadOutputsError(job.id, finished, failed);
  return finished;
}

const MAX_NAME = 200;

/**
 * `<jobId>-<key>.<ext>`, with anything but letters, digits, `.`, `_` and `-` replaced (so no
 * path separator, control character or leading dot survives), and cut to 200 bytes, well inside
 * the 255 that file systems allow.
 */
export function outputFileName(jobId: string, key: string, type: string | null): string {
  const safe = (s: string) => s.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_');
  const ext = safe((type ?? 'bin').replace(/^\./, '').toLowerCase()).slice(0, 16) || 'bin';
  // The job id is cut first, so that a long one still leaves room for the key that tells outputs apart.
  const stem = `${safe(jobId).slice(0, 96)}-${safe(key)}`.slice(0, MAX_NAME - ext.length - 1);
  return `${stem}.${ext}`;
}

function unique(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = name.replace(/(\.[^.]*)?$/, `-${n}$1`);
  used.add(candidate);
  return candidate;
}
