import { guarded, type Report } from '../core/callbacks.js';
import type { Transport } from '../core/transport.js';
import type { RequestOptions } from '../core/http.js';
import { batchDocument } from '../core/batch-document.js';
import { NotFoundError, TimeoutError } from '../core/errors.js';
import { knownKeys, requireArray, readParams, requireString } from '../core/validate.js';
import type { JobState } from '../generated/graphql.js';
import { GetJobDocument } from '../generated/operations.js';
import { outputsReady, pause, pollBy, pollParams, stateOf } from './job-wait.js';
import type { Job, JobExpand } from '../core/job.js';

/** Jobs read per request by `retrieveMany`: one aliased query of this many `getJob` fields at most. */
export const JOBS_PER_REQUEST = 50;
// Requests of one `retrieveMany` in flight at once: 500 ids are 10 requests, 4 at a time.
const PARALLEL_REQUESTS = 4;

export interface JobRetrieveManyParams<E extends JobExpand = never> {
  /** Job ids, in the order the results come back; repeats are read once. */
  ids: readonly string[];
  expand?: readonly E[];
}

export interface JobWaitAllParams {
  /** Job ids, in the order the results come back; repeats are followed once. */
  ids: readonly string[];
  /** Pause between polls. Default 5 000 ms. */
  intervalMs?: number;
  /** Give up after this long (`TimeoutError`). Default 2 hours. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called after every poll with the jobs counted by state. */
  onProgress?: (progress: JobWaitAllProgress) => void;
}

export interface JobWaitAllProgress {
  /** Jobs (distinct ids) per state as of the last poll; a FINISHED job whose outputs are not yet downloadable counts as FINISHED. */
  states: Record<JobState, number>;
  /** Jobs settled: FAILED, or FINISHED with every output downloadable. */
  done: number;
  /** Distinct jobs followed. */
  total: number;
  /** Every followed job as last read, in the order of first appearance in `ids`. */
  jobs: readonly Job<'outputs'>[];
}

type JobExpandVariables = Record<string, true>;

/** @internal The work behind `ugc.jobs.retrieveMany`: checks, batching, not-found mapping. */
export async function retrieveMany<E extends JobExpand>(
  transport: Transport,
  params: JobRetrieveManyParams<E>,
  expandVariables: (expand: unknown) => JobExpandVariables,
  options?: RequestOptions,
): Promise<(Job<E> | null)[]> {
  const p = readParams(params, 'params');
  knownKeys(p, ['ids', 'expand'], 'params');
  const ids = requireArray(p.ids, 'ids', requireString);
  const found = await readJobs(transport, [...new Set(ids)], expandVariables(p.expand), options);
  return ids.map((id) => (found.get(id) ?? null) as Job<E> | null);
}

/** Reads distinct ids in batches; absent ids map to null. */
async function readJobs(transport: Transport, ids: string[], expand: JobExpandVariables, options?: RequestOptions) {
  const found = new Map<string, unknown>();
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += JOBS_PER_REQUEST) chunks.push(ids.slice(i, i + JOBS_PER_REQUEST));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      for (const [id, job] of await readChunk(transport, chunk, expand, options)) found.set(id, job);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, chunks.length) }, worker));
  return found;
}

async function readChunk(transport: Transport, chunk: string[], expand: JobExpandVariables, options?: RequestOptions) {
  const found = new Map<string, unknown>();
  let ids = chunk;
  while (ids.length > 0) {
    const batch = batchDocument(GetJobDocument, 'jobId', ids.length);
    const variables: Record<string, unknown> = { ...expand };
    ids.forEach((id, i) => (variables[batch.variable(i)] = id));
    let data: Record<string, unknown> | null;
    try {
      data = await transport.execute(batch.document, variables, options);
    } catch (err) {
      const missing = missingAliases(err, ids.length, batch.alias);
      data = (err as NotFoundError).data as Record<string, unknown> | null;
      if (data === null || typeof data !== 'object') {
        // `getJob` is non-null, so one unknown id nulls the whole response (the spec's null
        // propagation; the sandbox names only the first): those ids are null, the rest is read again.
        const rest: string[] = [];
        ids.forEach((id, i) => (missing.has(batch.alias(i)) ? found.set(id, null) : rest.push(id)));
        ids = rest;
        continue;
      }
      for (const key of missing) data[key] = null;
    }
    ids.forEach((id, i) => found.set(id, data[batch.alias(i)] ?? null));
    break;
  }
  return found;
}

/**
 * The aliases an error reports as unknown jobs: entries `{ errorType: 'MoveNotFoundError',
 * path: [alias] }`. Any other error (or a not-found deeper inside a job) is rethrown.
 */
function missingAliases(err: unknown, size: number, alias: (i: number) => string): Set<string> {
  if (!(err instanceof NotFoundError)) throw err;
  const aliases = new Set(Array.from({ length: size }, (_, i) => alias(i)));
  const missing = new Set<string>();
  for (const entry of err.errors) {
    const key = entry.path?.length === 1 ? entry.path[0] : undefined;
    if (entry.errorType !== 'MoveNotFoundError' || typeof key !== 'string' || !aliases.has(key)) throw err;
    missing.add(key);
  }
  return missing;
}

/** @internal The work behind `ugc.jobs.waitAll`. */
export async function waitAll(
  read: (ids: string[], options: RequestOptions) => Promise<(Job<'outputs'> | null)[]>,
  params: JobWaitAllParams,
  report: Report,
): Promise<Job<'outputs'>[]> {
  const { p, intervalMs, timeoutMs, signal } = pollParams(params, 'ids');
  const ids = requireArray(p.ids, 'ids', requireString);
  const onProgress = guarded(p.onProgress as JobWaitAllParams['onProgress'], 'onProgress', report);

  const deadline = Date.now() + timeoutMs;
  const latest = new Map<string, Job<'outputs'>>();
  const unique = [...new Set(ids)];
  let pending = unique;
  const late = () => {
    const sample = pending.slice(0, 5).map((id) => `${id} (${stateOf(latest.get(id))})`);
    const more = pending.length > 5 ? ` and ${pending.length - 5} more` : '';
    return new TimeoutError(
      `${pending.length} of ${unique.length} jobs did not finish within ${timeoutMs} ms: ${sample.join(', ')}${more}`,
    );
  };
  for (;;) {
    const jobs = await pollBy(deadline, signal, (options) => read(pending, options), late);
    pending.forEach((id, i) => {
      const job = jobs[i];
      if (!job) throw new NotFoundError([{ message: `Job ${id} not found`, errorType: 'MoveNotFoundError' }], { operation: 'getJob' });
      latest.set(id, job);
    });
    pending = pending.filter((id) => !settled(latest.get(id)!));
    onProgress?.(progressOf(latest, pending.length));
    if (pending.length === 0) return ids.map((id) => latest.get(id)!);
    const left = deadline - Date.now();
    if (left <= 0) throw late();
    await pause(Math.min(intervalMs, left), signal);
  }
}

function settled(job: Job<'outputs'>): boolean {
  return job.state === 'FAILED' || (job.state === 'FINISHED' && outputsReady(job));
}

function progressOf(latest: Map<string, Job<'outputs'>>, pending: number): JobWaitAllProgress {
  const states: Record<JobState, number> = { NOT_STARTED: 0, RUNNING: 0, FINISHED: 0, FAILED: 0 };
  for (const job of latest.values()) if (job.state) states[job.state as JobState] = (states[job.state as JobState] ?? 0) + 1;
  return { states, done: latest.size - pending, total: latest.size, jobs: [...latest.values()] };
}
