import type { Report } from '../core/callbacks.js';
import type { TransferProgress } from '../core/transfer.js';
import type { FileReference } from '../resources/files.js';
import type { JobOutputDownload } from '../resources/job-outputs.js';
import type { Job } from '../resources/jobs.js';

// What the resources need from the runtime to move bytes between storage and local files. Node
// gets node.ts (node:http, node:fs); browsers and workers get web.ts (fetch, no file paths). Which
// one a build holds is decided by package.json export conditions, never by a runtime import().

/** How long a transfer may go without a byte moving, its caller's signal, and progress. */
export interface TransferControl {
  signal?: AbortSignal | undefined;
  /** Idle limit: no byte moved for this long fails the transfer with TimeoutError. */
  timeoutMs: number;
  onProgress?: ((progress: TransferProgress) => void) | undefined;
}

/** What a download wrote. `complete` is 'unknown' when storage sent no length to check against. */
export interface DownloadResult {
  path: string;
  bytes: number;
  complete: true | 'unknown';
}

export interface DownloadControl extends TransferControl {
  /** Replace an existing file at the destination (otherwise it is an error, raised before any request). */
  overwrite: boolean;
}

export interface Platform {
  /** Checks that `path` is a readable regular file and returns its size; a ValidationError naming it otherwise. */
  uploadSize(path: string): Promise<number>;
  /** PUTs the first `size` bytes of the file at `path`; resolves with the HTTP status. */
  putFile(fetchImpl: typeof fetch, url: string, path: string, size: number, control: TransferControl): Promise<number>;
  /** PUTs exactly `size` bytes from `body`; resolves with the HTTP status. */
  putBody(
    fetchImpl: typeof fetch,
    url: string,
    body: Blob | ReadableStream<Uint8Array>,
    size: number,
    control: TransferControl,
  ): Promise<number>;
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
