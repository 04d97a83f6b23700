// What `jobs.downloadOutputs` returns, here in core because `DownloadOutputsError` carries it too.

/** One downloaded output. `complete: 'unknown'` when storage sent no length to check the bytes against. */
export interface JobOutputDownload {
  key: string | null;
  format: string | null;
  fileId: string;
  path: string;
  bytes: number;
  complete: true | 'unknown';
}
