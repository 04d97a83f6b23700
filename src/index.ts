export { MoveUgc, DEFAULT_ENDPOINT, type MoveUgcOptions } from './client.js';
export * from './core/errors.js';
export type { RequestOptions } from './core/http.js';
export type { Page, PagePromise } from './core/pagination.js';
export type { JsonValue, Decoded, AwsJsonString, AwsDateTimeString } from './core/scalars.js';
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
export type { ClipWindowInput, OptionsInput, OutputType, SortDirection, MocapModelOptionsInput } from './generated/graphql.js';
