import type { TransferOptions, TransferProgress } from '../core/transfer.js';

// The types of `ugc.jobs.downloadOutputs`. The work is Node-only (src/platform/node-downloads.ts):
// other runtimes have no directory to write to, so their bundles carry none of it.

export interface JobDownloadOutputsOptions extends Omit<TransferOptions, 'onProgress'> {
  /** Called as each output file's bytes arrive. */
  onProgress?: ((progress: TransferProgress & { key: string; path: string }) => void) | undefined;
  /**
   * Replace files already in the directory. Without it, any name already taken fails the call
   * before anything is downloaded, and a call that fails part-way removes the outputs it wrote.
   */
  overwrite?: boolean | undefined;
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
