import { TransferError, type MoveUgcError } from '../core/errors.js';
import type { TransferOptions, TransferProgress } from '../core/transfer.js';

// The types of `ugc.jobs.downloadOutputs`. The work is Node-only (src/platform/node-downloads.ts):
// other runtimes have no directory to write to, so their bundles carry none of it.

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

/** One output that could not be downloaded, and why. */
export interface FailedOutputDownload {
  key: string | null;
  fileId: string;
  path: string;
  error: MoveUgcError;
}

/**
 * Some outputs of `jobs.downloadOutputs` failed. The others went on: `finished` lists the files
 * written (they are kept), `failed` the rest with their errors. Retry with `overwrite: true`
 * (and `resume: true` to continue what was cut off).
 */
export class DownloadOutputsError extends TransferError {
  readonly finished: JobOutputDownload[];
  readonly failed: FailedOutputDownload[];

  constructor(jobId: string, finished: JobOutputDownload[], failed: FailedOutputDownload[]) {
    const keys = failed.map((f) => f.key ?? f.fileId).join(', ');
    super(`${failed.length} of ${finished.length + failed.length} outputs of job ${jobId} failed (${keys}): ${failed[0]!.error.message}`, {
      cause: failed[0]!.error,
      ...(failed[0]!.error.status !== undefined ? { status: failed[0]!.error.status } : {}),
    });
    this.finished = finished;
    this.failed = failed;
  }
}

/** One downloaded output. `complete: 'unknown'` when storage sent no length to check the bytes against. */
export interface JobOutputDownload {
  key: string | null;
  format: string | null;
  fileId: string;
  path: string;
  bytes: number;
  complete: true | 'unknown';
}
