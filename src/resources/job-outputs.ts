// The types of `ugc.jobs.downloadOutputs`. The work is Node-only (src/platform/node-downloads.ts),
// and the platform, a layer below, defines the shapes it reads and returns.
export type { FailedOutputDownload, JobDownloadOutputsOptions, JobOutputDownload } from '../platform/types.js';
