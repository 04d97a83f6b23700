import { guarded } from '../core/callbacks.js';
import type { Transport } from '../core/transport.js';
import type { RequestOptions } from '../core/http.js';
import { expandVariables } from '../core/expand.js';
import type { Job, JobExpand } from '../core/job.js';
import type { JsonValue } from '../core/scalars.js';
import { PagePromise } from '../core/pagination.js';
import { listPages, nameAndMetadata, UPDATE_KEYS, updateVariables, type ListParams } from './params.js';
import { pollParams, waitForJob, type JobWaitParams } from './job-wait.js';
import type { JobDownloadOutputsOptions, JobOutputDownload } from './job-outputs.js';
import { platform } from '../platform/runtime.js';
import { retrieveMany, waitAll, type JobRetrieveManyParams, type JobWaitAllParams } from './job-batch.js';
import { optionalClipWindow, optionalJobOptions, optionalOutputs } from '../core/inputs.js';
import { checkCall, checkOptions, optionalString, requireInt, requireString } from '../core/validate.js';
import type { ClipWindowInput, OptionsInput, OutputType } from '../generated/graphql.js';
import {
  CreateMultiCamJobDocument,
  CreateSingleCamJobDocument,
  GetJobDocument,
  ListJobsDocument,
  UpdateJobDocument,
} from '../generated/operations.js';

const JOB_EXPAND = {
  client: 'withClient',
  take: 'withTake',
  outputs: 'withOutputs',
  rig: 'withRig',
  inputs: 'withInputs',
} as const satisfies Record<JobExpand, string>;

// Defined in core, which `JobFailedError` and the platform's downloads share; exported from here.
export type { Job, JobExpand } from '../core/job.js';

interface JobWriteParams<E extends JobExpand> {
  name?: string | undefined;
  /** Any JSON value; stored as given and returned parsed. */
  metadata?: JsonValue | undefined;
  expand?: readonly E[] | undefined;
}

interface JobCreateParams<E extends JobExpand> extends JobWriteParams<E> {
  takeId: string;
  options?: OptionsInput | undefined;
  /** Process only this part of the take, in seconds. */
  clipWindow?: ClipWindowInput | undefined;
  /** Output types to produce; the API picks defaults when omitted. */
  outputs?: OutputType[] | undefined;
}

export type JobCreateSingleCamParams<E extends JobExpand = never> = JobCreateParams<E>;

export interface JobCreateMultiCamParams<E extends JobExpand = never> extends JobCreateParams<E> {
  numberOfActors: number;
  /** Rig name, as listed by `ugc.rigs.list()`. */
  rig?: string | undefined;
}

export interface JobRetrieveParams<E extends JobExpand = never> {
  id: string;
  expand?: readonly E[] | undefined;
}

export interface JobUpdateParams<E extends JobExpand = never> extends JobWriteParams<E> {
  id: string;
}

export interface JobListParams<E extends JobExpand = never> extends ListParams<E> {
  /** Only jobs of this take. */
  takeId?: string | undefined;
}

const CREATE_KEYS = ['takeId', 'name', 'metadata', 'options', 'clipWindow', 'outputs', 'expand'];

/** Jobs turn a take into animation and rendered video. */
export class Jobs {
  readonly #transport: Transport;
  readonly #transferTimeoutMs: number;

  /** API calls go through `transport`; `transferTimeoutMs` is the idle limit of `downloadOutputs`. @internal */
  constructor(transport: Transport, _fetchImpl?: typeof fetch, transferTimeoutMs = 60_000) {
    this.#transport = transport;
    this.#transferTimeoutMs = transferTimeoutMs;
  }

  /**
   * Starts processing a single-camera take.
   *
   * @example
   * ```ts
   * const job = await ugc.jobs.createSingleCam({ takeId: take.id, outputs: ['MAIN_FBX', 'RENDER_VIDEO'] });
   * console.log(job.id, job.state);
   * ```
   */
  async createSingleCam<const E extends JobExpand = never>(params: JobCreateSingleCamParams<E>, options?: RequestOptions): Promise<Job<E>> {
    const [p, o] = checkCall(params, CREATE_KEYS, options);
    const variables = { ...createVariables(p), ...expandVariables(p.expand, JOB_EXPAND) };
    const data = await this.#transport.execute(CreateSingleCamJobDocument, variables, o);
    return data.createSingleCamJob as unknown as Job<E>;
  }

  /**
   * Starts processing a multi-camera take (its volume must be calibrated).
   *
   * @example
   * ```ts
   * const job = await ugc.jobs.createMultiCam({ takeId: take.id, numberOfActors: 2, rig: 'move_mo' });
   * ```
   */
  async createMultiCam<const E extends JobExpand = never>(params: JobCreateMultiCamParams<E>, options?: RequestOptions): Promise<Job<E>> {
    const [p, o] = checkCall(params, [...CREATE_KEYS, 'numberOfActors', 'rig'], options);
    const variables = {
      ...createVariables(p),
      numberOfActors: requireInt(p.numberOfActors, 'numberOfActors', 1),
      rig: optionalString(p.rig, 'rig'),
      ...expandVariables(p.expand, JOB_EXPAND),
    };
    const data = await this.#transport.execute(CreateMultiCamJobDocument, variables, o);
    return data.createMultiCamJob as unknown as Job<E>;
  }

  /**
   * Fetches one job.
   *
   * @example
   * ```ts
   * const job = await ugc.jobs.retrieve({ id: 'job-…', expand: ['outputs'] });
   * for (const output of job.outputs ?? []) console.log(output?.key, output?.file.presignedUrl);
   * ```
   */
  async retrieve<const E extends JobExpand = never>(params: JobRetrieveParams<E>, options?: RequestOptions): Promise<Job<E>> {
    const [p, o] = checkCall(params, ['id', 'expand'], options);
    const variables = { jobId: requireString(p.id, 'id'), ...expandVariables(p.expand, JOB_EXPAND) };
    const data = await this.#transport.execute(GetJobDocument, variables, o);
    return data.getJob as unknown as Job<E>;
  }

  /**
   * Fetches many jobs, up to 50 per request (120 ids: 3 requests): an array in the order of
   * `ids`, `null` where a job does not exist. An unknown id costs a request more: the API answers
   * a batch holding one without the others' data, so they are asked again. Any other error rejects.
   *
   * @example
   * ```ts
   * const jobs = await ugc.jobs.retrieveMany({ ids: ['job-1', 'job-2'], expand: ['outputs'] });
   * for (const job of jobs) console.log(job ? `${job.id} ${job.state}` : 'no such job');
   * ```
   */
  async retrieveMany<const E extends JobExpand = never>(
    params: JobRetrieveManyParams<E>,
    options?: RequestOptions,
  ): Promise<(Job<E> | null)[]> {
    return retrieveMany(this.#transport, params, (expand) => expandVariables(expand, JOB_EXPAND), checkOptions(options));
  }

  /**
   * Renames a job or replaces its metadata; `metadata: {}` clears it.
   *
   * @example
   * ```ts
   * const job = await ugc.jobs.update({ id: job.id, metadata: { customer: 42 } });
   * ```
   */
  async update<const E extends JobExpand = never>(params: JobUpdateParams<E>, options?: RequestOptions): Promise<Job<E>> {
    const [p, o] = checkCall(params, UPDATE_KEYS, options);
    const variables = updateVariables(p, JOB_EXPAND);
    const data = await this.#transport.execute(UpdateJobDocument, variables, o);
    return data.updateJob as unknown as Job<E>;
  }

  /**
   * Lists jobs a page at a time; `for await` walks every page.
   *
   * @example
   * ```ts
   * const page = await ugc.jobs.list({ limit: 20 });
   * const next = await ugc.jobs.list({ limit: 20, nextToken: page.nextToken ?? undefined });
   * for await (const job of ugc.jobs.list({ limit: 50, sortBy: 'ASC' })) console.log(job.id);
   * ```
   */
  list<const E extends JobExpand = never>(params: JobListParams<E> = {}, options?: RequestOptions): PagePromise<Job<E>> {
    return listPages<Job<E>>(
      this.#transport,
      ListJobsDocument,
      'listJobs',
      params,
      options,
      (p) => ({ takeId: optionalString(p.takeId, 'takeId'), ...expandVariables(p.expand, JOB_EXPAND) }),
      ['takeId'],
    );
  }
  /**
   * Polls a job until it is FINISHED with every output downloadable, and returns it with its
   * outputs. Rejects with `JobFailedError` if it FAILED, `TimeoutError` after `timeoutMs`.
   *
   * @example
   * ```ts
   * const done = await ugc.jobs.wait({
   *   id: job.id,
   *   onProgress: ({ state, percentageComplete }) => console.log(state, percentageComplete),
   * });
   * for (const output of done.outputs ?? []) console.log(output?.key, output?.file.presignedUrl);
   * ```
   */
  async wait(params: JobWaitParams): Promise<Job<'outputs'>> {
    const { p, ...poll } = pollParams(params, 'id');
    const id = requireString(p.id, 'id');
    const onProgress = guarded(p.onProgress as JobWaitParams['onProgress'], 'onProgress', this.#transport.report);
    return waitForJob((options) => this.retrieve({ id, expand: ['outputs'] }, options), { ...params, ...poll, id, onProgress });
  }

  /**
   * Polls many jobs with one `retrieveMany` per interval until each is FINISHED with every output
   * downloadable, or FAILED, and returns them all in the order of `ids`, FAILED ones included.
   * Rejects with `NotFoundError` for an unknown id, `TimeoutError` after `timeoutMs`.
   *
   * @example
   * ```ts
   * const jobs = await ugc.jobs.waitAll({
   *   ids: jobIds,
   *   onProgress: ({ states, done, total }) => console.log(`${done}/${total} done, ${states.RUNNING} running`),
   * });
   * const failed = jobs.filter((job) => job.state === 'FAILED');
   * ```
   */
  async waitAll(params: JobWaitAllParams): Promise<Job<'outputs'>[]> {
    return waitAll((ids, options) => this.retrieveMany({ ids, expand: ['outputs'] }, options), params, this.#transport.report);
  }

  /**
   * Downloads every output of a FINISHED job into `directory` (Node only), each named
   * `<jobId>-<key>.<format>`, e.g. `job-…-main_fbx.fbx`. A name already taken in `directory` fails
   * the call before anything is downloaded, unless `overwrite: true`.
   *
   * @example
   * ```ts
   * await ugc.jobs.wait({ id: job.id });
   * const files = await ugc.jobs.downloadOutputs({ id: job.id }, './outputs');
   * console.log(files.map((f) => f.path));
   * ```
   */
  async downloadOutputs(params: { id: string }, directory: string, options: JobDownloadOutputsOptions = {}): Promise<JobOutputDownload[]> {
    return platform.downloadJobOutputs(
      params,
      directory,
      options,
      this.#transferTimeoutMs,
      (id, signal) => this.retrieve({ id, expand: ['outputs'] }, signal ? { signal } : {}),
      this.#transport.report,
    );
  }
}

function createVariables(p: Record<string, unknown>) {
  return {
    takeId: requireString(p.takeId, 'takeId'),
    ...nameAndMetadata(p),
    options: optionalJobOptions(p.options),
    clipWindow: optionalClipWindow(p.clipWindow),
    outputs: optionalOutputs(p.outputs),
  };
}
