import './dom-shim.js';
export { MoveUgc, DEFAULT_ENDPOINT, type MoveUgcOptions } from './client.js';
export * from './core/errors.js';
export type { RequestOptions, ResponseInfo } from './core/http.js';
export { moveUgcExchange, type MoveUgcExchangeOptions, type MoveUgcCallContext } from './core/exchange.js';
export { decodeResult, moveUgcDecodeExchange } from './core/decoding.js';
export type { LogLevel, MoveUgcLogger, LoggerObject } from './core/log.js';
export { VERSION } from './core/version.js';
export type { Page, PagePromise } from './core/pagination.js';
export type { JsonValue } from './core/scalars.js';
// The document type of the typed documents, for an app's own generated ones (move-ugc/codegen).
export type { TypedDocumentNode } from '@urql/core';
export type { WithExpand } from './core/expand.js';
export type {
  Job,
  JobExpand,
  JobCreateSingleCamParams,
  JobCreateMultiCamParams,
  JobRetrieveParams,
  JobUpdateParams,
  JobListParams,
} from './resources/jobs.js';
export type { JobWaitParams, JobWaitProgress } from './resources/job-wait.js';
export type { JobRetrieveManyParams, JobWaitAllParams, JobWaitAllProgress } from './resources/job-batch.js';
export type { JobDownloadOutputsOptions, JobOutputDownload, FailedOutputDownload } from './resources/job-outputs.js';
export type { Client, ClientUpdateParams } from './resources/client.js';
export type {
  UgcFile,
  UgcFileExpand,
  ShareCode,
  FileCreateParams,
  FileRetrieveParams,
  FileUpdateParams,
  FileCreateShareCodeParams,
  FileUploadParams,
  FileReference,
  FileDownloadOptions,
  FileDownloadResult,
} from './resources/files.js';
export type { UploadSource, TransferProgress, TransferOptions } from './core/transfer.js';
export type {
  Take,
  TakeExpand,
  TakeCreateSingleCamParams,
  TakeCreateMultiCamParams,
  TakeRetrieveParams,
  TakeUpdateParams,
  TakeListParams,
} from './resources/takes.js';
export type { Volume, VolumeExpand, VolumeCreateHumanParams, VolumeRetrieveParams, VolumeListParams } from './resources/volumes.js';
export type { ListParams } from './resources/params.js';
// The resource classes, as types: what `ugc.jobs`, `ugc.files`, … are, for apps that pass them around.
export type { Jobs } from './resources/jobs.js';
export type { Files } from './resources/files.js';
export type { Takes } from './resources/takes.js';
export type { Volumes } from './resources/volumes.js';
export type { Rigs } from './resources/rigs.js';
export type { CameraSettingsResource } from './resources/camera-settings.js';
export type { ClientResource } from './resources/client.js';
export type { Webhooks } from './resources/webhooks.js';
export type { Rig } from './resources/rigs.js';
export type { CameraSettings } from './resources/camera-settings.js';
export type { WebhookEndpoint, WebhookUpsertParams } from './resources/webhooks.js';
export * from './webhooks/index.js';
export type {
  SourceInput,
  SourceFormat,
  CameraSettingsInput,
  SyncMethodInput,
  ClapWindowInput,
  TimeCodeSyncInput,
  AreaType,
  JobState,
  TakeType,
} from './generated/graphql.js';
export type { ClipWindowInput, OptionsInput, OutputType, SortDirection, MocapModelOptionsInput } from './generated/graphql.js';
