import { AbortError, JobFailedError, TimeoutError, type JobOutputDownload, type MoveUgc } from '../../index.js';
import { CliError } from '../context.js';
import { stat } from 'node:fs/promises';
import { basename, relative, sep } from 'node:path';
import { formatBytes, type Output } from '../output.js';
import { progress } from '../progress.js';
import { safeText } from '../safe-text.js';
import { cliName } from '../invocation.js';

// The library's default: 2 hours.
const DEFAULT_TIMEOUT_MS = 2 * 60 * 60 * 1000;

/**
 * jobs.wait with a live bar of state and percent. Its failures are told in CLI terms: a FAILED job,
 * the user's own --timeout-ms, and Ctrl-C, after which the job carries on on the server (when
 * `resumable`: the demo's in-process sandbox stops with the CLI).
 */
export async function waitForJob(
  ugc: MoveUgc,
  out: Output,
  params: { id: string; signal: AbortSignal; intervalMs?: number; timeoutMs?: number },
  resumable = true,
) {
  const bar = progress(out, 'Processing', 100, 'percent');
  const started = Date.now();
  let state = 'NOT_STARTED';
  try {
    return await ugc.jobs.wait({
      intervalMs: 1000,
      ...params,
      onProgress: (p) => {
        state = safeText(p.state ?? state);
        bar.update(p.percentageComplete ?? 0, state);
      },
    });
  } catch (error) {
    const id = safeText(params.id);
    const resume = `\`${cliName()} jobs wait ${id}\``;
    if (error instanceof JobFailedError) throw failed(error.job);
    const limit = params.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (error instanceof TimeoutError && Date.now() - started >= limit) {
      const whose = params.timeoutMs === undefined ? 'the default limit; raise it with --timeout-ms' : 'your --timeout-ms';
      const where = state === 'FINISHED' ? 'is FINISHED but its outputs were not ready yet' : `is still ${state} on the server`;
      throw new CliError(`stopped waiting after ${duration(limit)} (${whose}): job ${id} ${where}. Wait again with ${resume}`);
    }
    if (error instanceof AbortError && resumable) {
      throw new CliError(`interrupted: stopped waiting, but job ${id} continues on the server.\nResume with ${resume}`, 130);
    }
    throw error;
  } finally {
    bar.stop();
  }
}

/** A FAILED job: say so, and why when the API says more than the state. */
export function failed(job: { id: string; state?: string | null; progress?: { state?: string | null } | null }): CliError {
  const detail = job.progress?.state && job.progress.state !== job.state ? ` (${safeText(job.progress.state)})` : '';
  return new CliError(`job ${safeText(job.id)} FAILED on the server${detail}, so it has no outputs: start a new job on its take`);
}

function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${+(ms / 60_000).toFixed(1)} min`;
  return `${+(ms / 3_600_000).toFixed(1)} h`;
}

/** jobs.downloadOutputs with one bar per file, after checking the job has outputs to download. */
export async function downloadOutputs(
  ugc: MoveUgc,
  out: Output,
  id: string,
  dir: string,
  signal: AbortSignal,
  overwrite = false,
): Promise<JobOutputDownload[]> {
  await checkOutFolder(dir);
  const job = await ugc.jobs.retrieve({ id }, { signal });
  if (job.state === 'FAILED') throw failed(job);
  if (job.state !== 'FINISHED') {
    const done = job.progress?.percentageComplete;
    throw new CliError(
      `job ${safeText(id)} is ${safeText(job.state ?? 'in an unknown state')}${done == null ? '' : ` (${done}%)`}, not FINISHED yet: ` +
        `run \`${cliName()} jobs wait ${safeText(id)}\` first`,
    );
  }
  let current: { key: string; bar: ReturnType<typeof progress> } | undefined;
  try {
    return await ugc.jobs.downloadOutputs({ id }, dir, {
      signal,
      overwrite,
      // One progress bar at a time; an interrupted output goes on where it stopped next run.
      concurrency: 1,
      resume: true,
      onProgress: ({ key, bytes, total }) => {
        if (current?.key !== key) {
          current?.bar.stop();
          current = { key, bar: progress(out, safeText(key).toUpperCase(), total ?? 0, 'bytes') };
        }
        current.bar.update(bytes);
      },
    });
  } finally {
    current?.bar.stop();
  }
}

/**
 * The downloads: the folder once, then each file's name and size (a name says its output type), so
 * the table fits 80 columns.
 */
export function printDownloads(out: Output, files: JobOutputDownload[], folder: string): void {
  out.line(`${files.length} ${files.length === 1 ? 'file' : 'files'} in ${shortPath(folder)}${sep}`);
  out.table(
    files.map((f) => ({ file: basename(f.path), size: formatBytes(f.bytes) })),
    ['file', 'size'],
  );
}

/** `path` relative to the working directory, unless the absolute one is shorter (outside it). */
export function shortPath(path: string): string {
  const rel = relative(process.cwd(), path) || '.';
  return rel.length < path.length ? rel : path;
}

/** Refuses an `--out` that is a file, before any work (a demo would otherwise upload and wait first). */
export async function checkOutFolder(dir: string): Promise<void> {
  const folder = await stat(dir).catch(() => undefined);
  if (folder && !folder.isDirectory()) throw new CliError(`${shortPath(dir)} is a file, not a folder: choose another --out`, 2);
}
