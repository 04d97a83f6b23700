import { downloadToFile } from '../core/download-file.js';
import { MoveUgcError } from '../core/errors.js';
import { nodeModule } from '../core/node-modules.js';
import type { TransferProgress } from '../core/transfer.js';
import type { Job } from './jobs.js';

export interface JobDownloadOutputsOptions {
  /** Called as each output file's bytes arrive. */
  onProgress?: ((progress: TransferProgress & { key: string; path: string }) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/** One downloaded output. */
export interface JobOutputDownload {
  key: string | null;
  format: string | null;
  fileId: string;
  path: string;
  bytes: number;
}

/**
 * Downloads every output of a finished job into `directory`, one after another, each named
 * `<jobId>-<key>.<format>` (file type when the output has no format).
 */
export async function downloadJobOutputs(
  fetchImpl: typeof fetch,
  job: Job<'outputs'>,
  directory: string,
  options: JobDownloadOutputsOptions,
): Promise<JobOutputDownload[]> {
  if (job.state !== 'FINISHED') {
    throw new MoveUgcError(`Job ${job.id} is ${job.state ?? 'in an unknown state'}, not FINISHED: wait for it with ugc.jobs.wait first`);
  }
  const [{ mkdir }, path] = await Promise.all([
    nodeModule<typeof import('node:fs/promises')>('node:fs/promises'),
    nodeModule<typeof import('node:path')>('node:path'),
  ]);
  await mkdir(directory, { recursive: true });
  const used = new Set<string>();
  const results: JobOutputDownload[] = [];
  for (const [i, output] of (job.outputs ?? []).entries()) {
    if (!output) continue;
    const url = output.file.presignedUrl;
    if (!url) throw new MoveUgcError(`Output ${output.key ?? i} of job ${job.id} has no presignedUrl yet`);
    const name = unique(outputFileName(job.id, output.key ?? `output-${i}`, output.format ?? output.file.type), used);
    const target = path.join(directory, name);
    const key = output.key ?? `output-${i}`;
    const { bytes } = await downloadToFile(fetchImpl, url, target, {
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (p) => options.onProgress?.({ ...p, key, path: target }),
    });
    results.push({ key: output.key, format: output.format, fileId: output.file.id, path: target, bytes });
  }
  return results;
}

/** `<jobId>-<key>.<ext>`, with anything that is not safe in a file name replaced. */
export function outputFileName(jobId: string, key: string, type: string | null): string {
  const safe = (s: string) => s.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_');
  const ext = safe((type ?? 'bin').replace(/^\./, '').toLowerCase());
  return `${safe(jobId)}-${safe(key)}.${ext}`;
}

function unique(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = name.replace(/(\.[^.]*)?$/, `-${n}$1`);
  used.add(candidate);
  return candidate;
}
