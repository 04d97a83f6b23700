import { AbortError, JobFailedError, TimeoutError } from '../core/errors.js';
import { enumLike } from '../core/decode.js';
import { sleep, type RequestOptions } from '../core/http.js';
import { knownKeys, optionalFunction, optionalInt, optionalSignal, readParams } from '../core/validate.js';
import type { Job } from '../core/job.js';

export interface JobWaitParams {
  id: string;
  /** Pause between polls. Default 5 000 ms. */
  intervalMs?: number | undefined;
  /** Give up after this long. Default 2 hours. */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Called after every poll with the job's state and percentage. */
  onProgress?: ((progress: JobWaitProgress) => void) | undefined;
}

export interface JobWaitProgress {
  state: string | null;
  percentageComplete: number | null;
}

export const DEFAULT_WAIT_INTERVAL_MS = 5_000;
export const DEFAULT_WAIT_TIMEOUT_MS = 2 * 60 * 60 * 1_000;

/** Checks the parameters `wait` and `waitAll` share besides `idKey` (`id` or `ids`), filling in defaults. */
export function pollParams(params: unknown, idKey: string) {
  const p = readParams(params, 'params');
  knownKeys(p, [idKey, 'intervalMs', 'timeoutMs', 'signal', 'onProgress'], 'params');
  optionalFunction(p.onProgress, 'onProgress');
  return {
    p,
    intervalMs: optionalInt(p.intervalMs, 'intervalMs', 1) ?? DEFAULT_WAIT_INTERVAL_MS,
    timeoutMs: optionalInt(p.timeoutMs, 'timeoutMs', 1) ?? DEFAULT_WAIT_TIMEOUT_MS,
    signal: optionalSignal(p.signal, 'signal'),
  };
}

type Fetch = (options: RequestOptions) => Promise<Job<'outputs'>>;

/**
 * Polls until the job is FINISHED with every output downloadable, or FAILED. Outputs can lag the
 * state change (a file without its presignedUrl yet), so a FINISHED job is polled again until
 * each output has one.
 */
export async function waitForJob(fetchJob: Fetch, p: Required<Pick<JobWaitParams, 'id' | 'intervalMs' | 'timeoutMs'>> & JobWaitParams) {
  const deadline = Date.now() + p.timeoutMs;
  let waiting = 'no answer yet';
  const late = () => new TimeoutError(`Job ${p.id} did not finish within ${p.timeoutMs} ms (${waiting})`);
  for (;;) {
    const job = await pollBy(deadline, p.signal, fetchJob, late);
    p.onProgress?.({ state: job.state ?? null, percentageComplete: job.progress?.percentageComplete ?? null });
    if (job.state === 'FAILED') throw new JobFailedError(job);
    if (job.state === 'FINISHED' && outputsReady(job)) return job;
    waiting = job.state === 'FINISHED' ? 'FINISHED, outputs not yet downloadable' : `last state ${stateOf(job)}`;
    const left = deadline - Date.now();
    if (left <= 0) throw late();
    await pause(Math.min(p.intervalMs, left), p.signal);
  }
}

const DEADLINE = new Error('the wait is over');

/**
 * One poll, cut off at the wait's deadline: a request that stalls runs under the client's
 * per-attempt timeout and retries, which may be longer than the whole wait was given.
 */
export async function pollBy<T>(
  deadline: number,
  signal: AbortSignal | undefined,
  poll: (options: RequestOptions) => Promise<T>,
  late: () => Error,
): Promise<T> {
  const controller = new AbortController();
  const follow = () => controller.abort(signal!.reason);
  if (signal?.aborted) follow();
  else signal?.addEventListener('abort', follow, { once: true });
  const timer = setTimeout(() => controller.abort(DEADLINE), Math.max(0, deadline - Date.now()));
  try {
    return await poll({ signal: controller.signal });
  } catch (err) {
    throw controller.signal.reason === DEADLINE ? late() : err;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', follow);
  }
}

/** The job's state for a message: server text is echoed only in an enum value's form (see `enumLike`). */
export function stateOf(job: Job<'outputs'> | undefined): string {
  const state = job?.state;
  return typeof state === 'string' && enumLike(state) ? state : state == null ? 'unknown' : 'not a known state';
}

export function outputsReady(job: Job<'outputs'>): boolean {
  const outputs = job.outputs;
  // An empty list right after FINISHED is the same lag as a missing URL.
  return !!outputs?.length && outputs.every((o) => !!o?.file.presignedUrl);
}

export function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return sleep(ms, signal, () => new AbortError('Waiting for the job was aborted', { cause: signal?.reason }, signal?.reason));
}
