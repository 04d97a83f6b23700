import type { Report } from '../core/callbacks.js';
import type { FailedOutputDownload } from '../core/errors.js';
import type { Job } from '../core/job.js';
import type { JobOutputDownload } from '../core/outputs.js';
import type { TransferControl, TransferOptions, TransferProgress, Uploader } from '../core/transfer.js';

export type { FailedOutputDownload, JobOutputDownload, TransferControl };

// What the resources need from the runtime to move bytes between storage and local files. Node
// gets node.ts (node:net, node:fs); browsers and workers get web.ts (fetch, no file paths). Which
// one a build holds is decided by package.json export conditions, never by a runtime import().

/** What a download wrote. `complete` is 'unknown' when storage sent no length to check against. */
export interface DownloadResult {
  path: string;
  bytes: number;
  complete: true | 'unknown';
}

// The shapes of `files.download` and `jobs.downloadOutputs`, which the platform carries out;
// src/resources/files.ts and job-outputs.ts export them to users.

/** A file to download: its id, or a file object (its `presignedUrl` is used when present). */
export type FileReference = string | { id: string; presignedUrl?: string | null };

export interface JobDownloadOutputsOptions extends Omit<TransferOptions, 'onProgress'> {
  /** Called as each output file's bytes arrive. */
  onProgress?: ((progress: TransferProgress & { key: string; path: string }) => void) | undefined;
  /**
   * Replace files already in the directory. Without it, any name already taken fails the call
   * before anything is downloaded.
   */
  overwrite?: boolean | undefined;
  /** Outputs downloaded at once (default 4, at most 16). */
  concurrency?: number | undefined;
  /** Keep an interrupted output's part and continue it next time (see `files.download`). */
  resume?: boolean | undefined;
}

export interface DownloadControl extends TransferControl {
  /** Replace an existing file at the destination (otherwise it is an error, raised before any request). */
  overwrite: boolean;
  /** Keep an interrupted download's part and continue it next time, where storage allows. */
  resume: boolean;
}

export interface Platform extends Uploader {
  /** Streams `url` into the file `destination` through a temporary file renamed into place. */
  download(url: string, destination: string, control: DownloadControl): Promise<DownloadResult>;
  /**
   * Creates `directory` and returns the absolute path of each name inside it, failing before
   * anything is downloaded if one exists and `overwrite` is false.
   */
  prepareDirectory(directory: string, names: readonly string[], overwrite: boolean): Promise<string[]>;
  /**
   * `ugc.files.download`, checks included; `timeoutMs` is the client's idle limit, `retrieve`
   * reads a file record, with a fresh read URL, by id, and `report` takes what `onProgress` throws.
   */
  downloadFile(
    file: FileReference,
    destination: string,
    options: unknown,
    timeoutMs: number,
    retrieve: (id: string, signal: AbortSignal | undefined) => Promise<{ id: string; presignedUrl?: string | null }>,
    report: Report,
  ): Promise<DownloadResult>;
  /**
   * `ugc.jobs.downloadOutputs`, checks included: every output of a FINISHED job into `directory`,
   * named from the API's answer; `retrieve` reads the job with its outputs.
   */
  downloadJobOutputs(
    params: unknown,
    directory: string,
    options: unknown,
    timeoutMs: number,
    retrieve: (id: string, signal: AbortSignal | undefined) => Promise<Job<'outputs'>>,
    report: Report,
  ): Promise<JobOutputDownload[]>;
}
