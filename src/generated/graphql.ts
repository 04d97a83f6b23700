/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { AwsDateTimeString, AwsJsonString } from '../core/scalars.js';
import type { TypedDocumentNode as DocumentNode } from '@urql/core';
import { astDefinition } from '../core/document.js';
export type AreaType =
  | 'LARGE'
  | 'NORMAL';

export type CameraSettingsInput = {
  lens: string;
};

export type ClapWindowInput = {
  endTime: number;
  startTime: number;
};

export type ClipWindowInput = {
  endTime: number;
  startTime: number;
};

/** Where processing stands. */
export type JobState =
  | 'FAILED'
  | 'FINISHED'
  | 'NOT_STARTED'
  | 'RUNNING';

export type MocapModelOptionsInput =
  | 'M1'
  | 'M2'
  | 'S1'
  | 'S2';

export type OptionsInput = {
  floorPlane?: boolean | null | undefined;
  mocapModel?: MocapModelOptionsInput | null | undefined;
  trackBall?: boolean | null | undefined;
  trackFingers?: boolean | null | undefined;
  trackJerseyNumbers?: boolean | null | undefined;
};

/** What a job produces. MAIN_x is the main actor in format x; ALL_x is every actor. */
export type OutputType =
  | 'ALL_BLEND'
  | 'ALL_BVH'
  | 'ALL_C3D'
  | 'ALL_FBX'
  | 'ALL_GLB'
  | 'ALL_USDC'
  | 'ALL_USDZ'
  | 'MAIN_BLEND'
  | 'MAIN_FBX'
  | 'MAIN_GLB'
  | 'MAIN_USDC'
  | 'MAIN_USDZ'
  | 'MOTION_DATA'
  | 'RENDER_OVERLAY_VIDEO'
  | 'RENDER_VIDEO'
  | 'SYNC_DATA';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SourceFormat =
  | 'AVI'
  | 'MOV'
  | 'MOVE'
  | 'MP4';

export type SourceInput = {
  cameraSettings?: CameraSettingsInput | null | undefined;
  deviceLabel: string;
  fileId: string;
  format: SourceFormat;
};

export type SyncMethodInput = {
  clapWindow?: ClapWindowInput | null | undefined;
  timecodeSync?: TimeCodeSyncInput | null | undefined;
};

export type TakeType =
  | 'MULTI_CAM'
  | 'SINGLE_CAM';

export type TimeCodeSyncInput = {
  useTimecode: boolean;
};

export type ListCameraSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListCameraSettingsQuery = { listCameraSettings: { items: Array<{ lens: string } | null> | null } | null };

export type GetClientQueryVariables = Exact<{ [key: string]: never; }>;


export type GetClientQuery = { client: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null } };

export type UpdateClientMutationVariables = Exact<{
  metadata: string;
}>;


export type UpdateClientMutation = { updateClient: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null } };

export type CreateFileMutationVariables = Exact<{
  type: string;
  name?: string | null | undefined;
  metadata?: string | null | undefined;
  withClient?: boolean;
}>;


export type CreateFileMutation = { createFile: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null } | null } };

export type GenerateShareCodeMutationVariables = Exact<{
  fileId: string;
}>;


export type GenerateShareCodeMutation = { generateShareCode: { code: string, url: string | null, created: AwsDateTimeString | null, expires: AwsDateTimeString | null, file: { id: string } | null } };

export type GetFileQueryVariables = Exact<{
  fileId: string | number;
  withClient?: boolean;
}>;


export type GetFileQuery = { getFile: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null } | null } };

export type UpdateFileMutationVariables = Exact<{
  id: string;
  name?: string | null | undefined;
  metadata?: string | null | undefined;
  withClient?: boolean;
}>;


export type UpdateFileMutation = { updateFile: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null } | null } };

export type ClientFieldsFragment = { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null };

export type FileFieldsFragment = { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null } | null };

export type FileSummaryFieldsFragment = { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null };

export type AdditionalFileFieldsFragment = { key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } };

export type JobFieldsFragment = { id: string, name: string | null, created: AwsDateTimeString | null, metadata: AwsJsonString | null, state: string | null, progress: { state: string | null, percentageComplete: number | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, take?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null } | null, outputs?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, rig?: { name: string } | null, inputs?: { numberOfActors: number | null, clipWindow: { startTime: number, endTime: number } | null, options: { floorPlane: boolean | null, mocapModel: MocapModelOptionsInput | null, trackBall: boolean | null, trackFingers: boolean | null, trackJerseyNumbers: boolean | null } | null } | null };

export type SourceFieldsFragment = { deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null };

export type TakeFieldsFragment = { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null, syncMethod: { clapWindow: { startTime: number, endTime: number } | null, timecodeSync: { useTimecode: boolean } | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, sources?: Array<{ deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null } | null> | null, videoFile?: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null, additionalFiles?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, volume?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, progress: { state: string | null, percentageComplete: number | null } | null } | null };

export type TakeSummaryFieldsFragment = { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null };

export type VolumeSummaryFieldsFragment = { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, progress: { state: string | null, percentageComplete: number | null } | null };

export type VolumeFieldsFragment = { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, sources?: Array<{ deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null }> | null, outputs?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, clipWindow?: { startTime: number, endTime: number } | null, progress: { state: string | null, percentageComplete: number | null } | null };

export type CreateMultiCamJobMutationVariables = Exact<{
  takeId: string;
  numberOfActors: number;
  rig?: string | null | undefined;
  name?: string | null | undefined;
  metadata?: string | null | undefined;
  options?: OptionsInput | null | undefined;
  clipWindow?: ClipWindowInput | null | undefined;
  outputs?: Array<OutputType | null | undefined> | OutputType | null | undefined;
  withClient?: boolean;
  withTake?: boolean;
  withOutputs?: boolean;
  withRig?: boolean;
  withInputs?: boolean;
}>;


export type CreateMultiCamJobMutation = { createMultiCamJob: { id: string, name: string | null, created: AwsDateTimeString | null, metadata: AwsJsonString | null, state: string | null, progress: { state: string | null, percentageComplete: number | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, take?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null } | null, outputs?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, rig?: { name: string } | null, inputs?: { numberOfActors: number | null, clipWindow: { startTime: number, endTime: number } | null, options: { floorPlane: boolean | null, mocapModel: MocapModelOptionsInput | null, trackBall: boolean | null, trackFingers: boolean | null, trackJerseyNumbers: boolean | null } | null } | null } };

export type CreateSingleCamJobMutationVariables = Exact<{
  takeId: string;
  name?: string | null | undefined;
  metadata?: string | null | undefined;
  options?: OptionsInput | null | undefined;
  clipWindow?: ClipWindowInput | null | undefined;
  outputs?: Array<OutputType | null | undefined> | OutputType | null | undefined;
  withClient?: boolean;
  withTake?: boolean;
  withOutputs?: boolean;
  withRig?: boolean;
  withInputs?: boolean;
}>;


export type CreateSingleCamJobMutation = { createSingleCamJob: { id: string, name: string | null, created: AwsDateTimeString | null, metadata: AwsJsonString | null, state: string | null, progress: { state: string | null, percentageComplete: number | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, take?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null } | null, outputs?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, rig?: { name: string } | null, inputs?: { numberOfActors: number | null, clipWindow: { startTime: number, endTime: number } | null, options: { floorPlane: boolean | null, mocapModel: MocapModelOptionsInput | null, trackBall: boolean | null, trackFingers: boolean | null, trackJerseyNumbers: boolean | null } | null } | null } };

export type GetJobQueryVariables = Exact<{
  jobId: string | number;
  withClient?: boolean;
  withTake?: boolean;
  withOutputs?: boolean;
  withRig?: boolean;
  withInputs?: boolean;
}>;


export type GetJobQuery = { getJob: { id: string, name: string | null, created: AwsDateTimeString | null, metadata: AwsJsonString | null, state: string | null, progress: { state: string | null, percentageComplete: number | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, take?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null } | null, outputs?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, rig?: { name: string } | null, inputs?: { numberOfActors: number | null, clipWindow: { startTime: number, endTime: number } | null, options: { floorPlane: boolean | null, mocapModel: MocapModelOptionsInput | null, trackBall: boolean | null, trackFingers: boolean | null, trackJerseyNumbers: boolean | null } | null } | null } };

export type ListJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sortDirection?: SortDirection | null | undefined;
  takeId?: string | null | undefined;
  withClient?: boolean;
  withTake?: boolean;
  withOutputs?: boolean;
  withRig?: boolean;
  withInputs?: boolean;
}>;


export type ListJobsQuery = { listJobs: { first: number | null, after: AwsJsonString | null, items: Array<{ id: string, name: string | null, created: AwsDateTimeString | null, metadata: AwsJsonString | null, state: string | null, progress: { state: string | null, percentageComplete: number | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, take?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null } | null, outputs?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, rig?: { name: string } | null, inputs?: { numberOfActors: number | null, clipWindow: { startTime: number, endTime: number } | null, options: { floorPlane: boolean | null, mocapModel: MocapModelOptionsInput | null, trackBall: boolean | null, trackFingers: boolean | null, trackJerseyNumbers: boolean | null } | null } | null } | null> | null } | null };

export type UpdateJobMutationVariables = Exact<{
  id: string;
  name?: string | null | undefined;
  metadata?: string | null | undefined;
  withClient?: boolean;
  withTake?: boolean;
  withOutputs?: boolean;
  withRig?: boolean;
  withInputs?: boolean;
}>;


export type UpdateJobMutation = { updateJob: { id: string, name: string | null, created: AwsDateTimeString | null, metadata: AwsJsonString | null, state: string | null, progress: { state: string | null, percentageComplete: number | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, take?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null } | null, outputs?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, rig?: { name: string } | null, inputs?: { numberOfActors: number | null, clipWindow: { startTime: number, endTime: number } | null, options: { floorPlane: boolean | null, mocapModel: MocapModelOptionsInput | null, trackBall: boolean | null, trackFingers: boolean | null, trackJerseyNumbers: boolean | null } | null } | null } };

export type ListRigsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListRigsQuery = { listRigs: { items: Array<{ name: string } | null> | null } | null };

export type CreateMultiCamTakeMutationVariables = Exact<{
  volumeId: string;
  sources?: Array<SourceInput> | SourceInput | null | undefined;
  syncMethod?: SyncMethodInput | null | undefined;
  name?: string | null | undefined;
  metadata?: string | null | undefined;
  withClient?: boolean;
  withSources?: boolean;
  withVideoFile?: boolean;
  withAdditionalFiles?: boolean;
  withVolume?: boolean;
}>;


export type CreateMultiCamTakeMutation = { createMultiCamTake: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null, syncMethod: { clapWindow: { startTime: number, endTime: number } | null, timecodeSync: { useTimecode: boolean } | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, sources?: Array<{ deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null } | null> | null, videoFile?: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null, additionalFiles?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, volume?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, progress: { state: string | null, percentageComplete: number | null } | null } | null } };

export type CreateSingleCamTakeMutationVariables = Exact<{
  sources?: Array<SourceInput> | SourceInput | null | undefined;
  name?: string | null | undefined;
  metadata?: string | null | undefined;
  withClient?: boolean;
  withSources?: boolean;
  withVideoFile?: boolean;
  withAdditionalFiles?: boolean;
  withVolume?: boolean;
}>;


export type CreateSingleCamTakeMutation = { createSingleCamTake: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null, syncMethod: { clapWindow: { startTime: number, endTime: number } | null, timecodeSync: { useTimecode: boolean } | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, sources?: Array<{ deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null } | null> | null, videoFile?: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null, additionalFiles?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, volume?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, progress: { state: string | null, percentageComplete: number | null } | null } | null } };

export type GetTakeQueryVariables = Exact<{
  takeId: string | number;
  withClient?: boolean;
  withSources?: boolean;
  withVideoFile?: boolean;
  withAdditionalFiles?: boolean;
  withVolume?: boolean;
}>;


export type GetTakeQuery = { getTake: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null, syncMethod: { clapWindow: { startTime: number, endTime: number } | null, timecodeSync: { useTimecode: boolean } | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, sources?: Array<{ deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null } | null> | null, videoFile?: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null, additionalFiles?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, volume?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, progress: { state: string | null, percentageComplete: number | null } | null } | null } };

export type ListTakesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sortDirection?: SortDirection | null | undefined;
  withClient?: boolean;
  withSources?: boolean;
  withVideoFile?: boolean;
  withAdditionalFiles?: boolean;
  withVolume?: boolean;
}>;


export type ListTakesQuery = { listTakes: { first: number | null, after: AwsJsonString | null, items: Array<{ id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null, syncMethod: { clapWindow: { startTime: number, endTime: number } | null, timecodeSync: { useTimecode: boolean } | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, sources?: Array<{ deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null } | null> | null, videoFile?: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null, additionalFiles?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, volume?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, progress: { state: string | null, percentageComplete: number | null } | null } | null } | null> | null } | null };

export type UpdateTakeMutationVariables = Exact<{
  id: string;
  name?: string | null | undefined;
  metadata?: string | null | undefined;
  withClient?: boolean;
  withSources?: boolean;
  withVideoFile?: boolean;
  withAdditionalFiles?: boolean;
  withVolume?: boolean;
}>;


export type UpdateTakeMutation = { updateTake: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, takeType: TakeType | null, syncMethod: { clapWindow: { startTime: number, endTime: number } | null, timecodeSync: { useTimecode: boolean } | null } | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, sources?: Array<{ deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null } | null> | null, videoFile?: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null, additionalFiles?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, volume?: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, progress: { state: string | null, percentageComplete: number | null } | null } | null } };

export type CreateVolumeWithHumanMutationVariables = Exact<{
  sources?: Array<SourceInput> | SourceInput | null | undefined;
  humanHeight: number;
  areaType: AreaType;
  syncMethod?: SyncMethodInput | null | undefined;
  clipWindow?: ClipWindowInput | null | undefined;
  name?: string | null | undefined;
  metadata?: string | null | undefined;
  withClient?: boolean;
  withSources?: boolean;
  withOutputs?: boolean;
  withClipWindow?: boolean;
}>;


export type CreateVolumeWithHumanMutation = { createVolumeWithHuman: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, sources?: Array<{ deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null }> | null, outputs?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, clipWindow?: { startTime: number, endTime: number } | null, progress: { state: string | null, percentageComplete: number | null } | null } };

export type GetVolumeQueryVariables = Exact<{
  id: string | number;
  withClient?: boolean;
  withSources?: boolean;
  withOutputs?: boolean;
  withClipWindow?: boolean;
}>;


export type GetVolumeQuery = { getVolume: { id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, sources?: Array<{ deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null }> | null, outputs?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, clipWindow?: { startTime: number, endTime: number } | null, progress: { state: string | null, percentageComplete: number | null } | null } };

export type ListVolumesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sortDirection?: SortDirection | null | undefined;
  withClient?: boolean;
  withSources?: boolean;
  withOutputs?: boolean;
  withClipWindow?: boolean;
}>;


export type ListVolumesQuery = { listVolumes: { first: number | null, after: AwsJsonString | null, items: Array<{ id: string, name: string | null, created: AwsDateTimeString, metadata: AwsJsonString | null, areaType: AreaType | null, humanHeight: number | null, state: JobState | null, client?: { id: string, name: string, created: AwsDateTimeString, metadata: AwsJsonString | null, portal: string | null }, sources?: Array<{ deviceLabel: string, format: SourceFormat | null, cameraSettings: { lens: string } | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } | null }> | null, outputs?: Array<{ key: string | null, format: string | null, file: { id: string, name: string | null, type: string, created: AwsDateTimeString | null, metadata: AwsJsonString | null, presignedUrl: string | null, thumbnailUrl: string | null } } | null> | null, clipWindow?: { startTime: number, endTime: number } | null, progress: { state: string | null, percentageComplete: number | null } | null } | null> | null } };

export type UpsertWebhookEndpointMutationVariables = Exact<{
  uid: string;
  url: string;
  events?: Array<string> | string | null | undefined;
  description?: string | null | undefined;
  secret?: string | null | undefined;
  metadata?: string | null | undefined;
}>;


export type UpsertWebhookEndpointMutation = { upsertWebhookEndpoint: { uid: string, url: string, events: Array<string> | null, description: string | null, secret: string | null, metadata: AwsJsonString | null } };

const ClientFieldsDefinition = /* @__PURE__ */ astDefinition({"kind":"FragmentDefinition","name":"ClientFields","typeCondition":{"kind":"NamedType","name":"Client"},"selectionSet":["id","name","created","metadata","portal"]});
const FileFieldsDefinition = /* @__PURE__ */ astDefinition({"kind":"FragmentDefinition","name":"FileFields","typeCondition":{"kind":"NamedType","name":"File"},"selectionSet":[{"kind":"FragmentSpread","name":"FileSummaryFields"},{"name":"client","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withClient"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"ClientFields"}]}]});
const FileSummaryFieldsDefinition = /* @__PURE__ */ astDefinition({"kind":"FragmentDefinition","name":"FileSummaryFields","typeCondition":{"kind":"NamedType","name":"File"},"selectionSet":["id","name","type","created","metadata","presignedUrl","thumbnailUrl"]});
const AdditionalFileFieldsDefinition = /* @__PURE__ */ astDefinition({"kind":"FragmentDefinition","name":"AdditionalFileFields","typeCondition":{"kind":"NamedType","name":"AdditionalFile"},"selectionSet":["key","format",{"name":"file","selectionSet":[{"kind":"FragmentSpread","name":"FileSummaryFields"}]}]});
const JobFieldsDefinition = /* @__PURE__ */ astDefinition({"kind":"FragmentDefinition","name":"JobFields","typeCondition":{"kind":"NamedType","name":"Job"},"selectionSet":["id","name","created","metadata","state",{"name":"progress","selectionSet":["state","percentageComplete"]},{"name":"client","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withClient"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"ClientFields"}]},{"name":"take","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withTake"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"TakeSummaryFields"}]},{"name":"outputs","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withOutputs"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"AdditionalFileFields"}]},{"name":"rig","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withRig"}}]}],"selectionSet":["name"]},{"name":"inputs","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withInputs"}}]}],"selectionSet":["numberOfActors",{"name":"clipWindow","selectionSet":["startTime","endTime"]},{"name":"options","selectionSet":["floorPlane","mocapModel","trackBall","trackFingers","trackJerseyNumbers"]}]}]});
const SourceFieldsDefinition = /* @__PURE__ */ astDefinition({"kind":"FragmentDefinition","name":"SourceFields","typeCondition":{"kind":"NamedType","name":"Source"},"selectionSet":["deviceLabel","format",{"name":"cameraSettings","selectionSet":["lens"]},{"name":"file","selectionSet":[{"kind":"FragmentSpread","name":"FileSummaryFields"}]}]});
const TakeFieldsDefinition = /* @__PURE__ */ astDefinition({"kind":"FragmentDefinition","name":"TakeFields","typeCondition":{"kind":"NamedType","name":"Take"},"selectionSet":[{"kind":"FragmentSpread","name":"TakeSummaryFields"},{"name":"syncMethod","selectionSet":[{"name":"clapWindow","selectionSet":["startTime","endTime"]},{"name":"timecodeSync","selectionSet":["useTimecode"]}]},{"name":"client","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withClient"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"ClientFields"}]},{"name":"sources","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withSources"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"SourceFields"}]},{"name":"videoFile","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withVideoFile"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"FileSummaryFields"}]},{"name":"additionalFiles","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withAdditionalFiles"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"AdditionalFileFields"}]},{"name":"volume","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withVolume"}}]}],"selectionSet":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":"HumanVolume"},"selectionSet":[{"kind":"FragmentSpread","name":"VolumeSummaryFields"}]}]}]});
const TakeSummaryFieldsDefinition = /* @__PURE__ */ astDefinition({"kind":"FragmentDefinition","name":"TakeSummaryFields","typeCondition":{"kind":"NamedType","name":"Take"},"selectionSet":["id","name","created","metadata","takeType"]});
const VolumeSummaryFieldsDefinition = /* @__PURE__ */ astDefinition({"kind":"FragmentDefinition","name":"VolumeSummaryFields","typeCondition":{"kind":"NamedType","name":"HumanVolume"},"selectionSet":["id","name","created","metadata","areaType","humanHeight","state",{"name":"progress","selectionSet":["state","percentageComplete"]}]});
const VolumeFieldsDefinition = /* @__PURE__ */ astDefinition({"kind":"FragmentDefinition","name":"VolumeFields","typeCondition":{"kind":"NamedType","name":"HumanVolume"},"selectionSet":[{"kind":"FragmentSpread","name":"VolumeSummaryFields"},{"name":"client","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withClient"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"ClientFields"}]},{"name":"sources","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withSources"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"SourceFields"}]},{"name":"outputs","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withOutputs"}}]}],"selectionSet":[{"kind":"FragmentSpread","name":"AdditionalFileFields"}]},{"name":"clipWindow","directives":[{"kind":"Directive","name":"include","arguments":[{"kind":"Argument","name":"if","value":{"kind":"Variable","name":"withClipWindow"}}]}],"selectionSet":["startTime","endTime"]}]});
export const ClientFieldsFragmentDoc = { kind: 'Document', definitions: [ClientFieldsDefinition] } as unknown as DocumentNode<ClientFieldsFragment, unknown>;
export const FileFieldsFragmentDoc = { kind: 'Document', definitions: [FileFieldsDefinition,FileSummaryFieldsDefinition,ClientFieldsDefinition] } as unknown as DocumentNode<FileFieldsFragment, unknown>;
export const FileSummaryFieldsFragmentDoc = { kind: 'Document', definitions: [FileSummaryFieldsDefinition] } as unknown as DocumentNode<FileSummaryFieldsFragment, unknown>;
export const AdditionalFileFieldsFragmentDoc = { kind: 'Document', definitions: [AdditionalFileFieldsDefinition,FileSummaryFieldsDefinition] } as unknown as DocumentNode<AdditionalFileFieldsFragment, unknown>;
export const JobFieldsFragmentDoc = { kind: 'Document', definitions: [JobFieldsDefinition,ClientFieldsDefinition,TakeSummaryFieldsDefinition,AdditionalFileFieldsDefinition,FileSummaryFieldsDefinition] } as unknown as DocumentNode<JobFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = { kind: 'Document', definitions: [SourceFieldsDefinition,FileSummaryFieldsDefinition] } as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const TakeFieldsFragmentDoc = { kind: 'Document', definitions: [TakeFieldsDefinition,TakeSummaryFieldsDefinition,ClientFieldsDefinition,SourceFieldsDefinition,FileSummaryFieldsDefinition,AdditionalFileFieldsDefinition,VolumeSummaryFieldsDefinition] } as unknown as DocumentNode<TakeFieldsFragment, unknown>;
export const TakeSummaryFieldsFragmentDoc = { kind: 'Document', definitions: [TakeSummaryFieldsDefinition] } as unknown as DocumentNode<TakeSummaryFieldsFragment, unknown>;
export const VolumeSummaryFieldsFragmentDoc = { kind: 'Document', definitions: [VolumeSummaryFieldsDefinition] } as unknown as DocumentNode<VolumeSummaryFieldsFragment, unknown>;
export const VolumeFieldsFragmentDoc = { kind: 'Document', definitions: [VolumeFieldsDefinition,VolumeSummaryFieldsDefinition,ClientFieldsDefinition,SourceFieldsDefinition,FileSummaryFieldsDefinition,AdditionalFileFieldsDefinition] } as unknown as DocumentNode<VolumeFieldsFragment, unknown>;
export const ListCameraSettingsDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"query","name":"listCameraSettings","selectionSet":[{"name":"listCameraSettings","selectionSet":[{"name":"items","selectionSet":["lens"]}]}]})] } as unknown as DocumentNode<ListCameraSettingsQuery, ListCameraSettingsQueryVariables>;
export const GetClientDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"query","name":"getClient","selectionSet":[{"name":"client","selectionSet":[{"kind":"FragmentSpread","name":"ClientFields"}]}]}),ClientFieldsDefinition] } as unknown as DocumentNode<GetClientQuery, GetClientQueryVariables>;
export const UpdateClientDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"updateClient","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"AWSJSON"}}}],"selectionSet":[{"name":"updateClient","arguments":[{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}}],"selectionSet":[{"kind":"FragmentSpread","name":"ClientFields"}]}]}),ClientFieldsDefinition] } as unknown as DocumentNode<UpdateClientMutation, UpdateClientMutationVariables>;
export const CreateFileDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"createFile","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"type"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"name"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"createFile","arguments":[{"kind":"Argument","name":"type","value":{"kind":"Variable","name":"type"}},{"kind":"Argument","name":"name","value":{"kind":"Variable","name":"name"}},{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}}],"selectionSet":[{"kind":"FragmentSpread","name":"FileFields"}]}]}),FileFieldsDefinition,FileSummaryFieldsDefinition,ClientFieldsDefinition] } as unknown as DocumentNode<CreateFileMutation, CreateFileMutationVariables>;
export const GenerateShareCodeDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"generateShareCode","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"fileId"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}}],"selectionSet":[{"name":"generateShareCode","arguments":[{"kind":"Argument","name":"fileId","value":{"kind":"Variable","name":"fileId"}}],"selectionSet":["code","url","created","expires",{"name":"file","selectionSet":["id"]}]}]})] } as unknown as DocumentNode<GenerateShareCodeMutation, GenerateShareCodeMutationVariables>;
export const GetFileDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"query","name":"getFile","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"fileId"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"getFile","arguments":[{"kind":"Argument","name":"fileId","value":{"kind":"Variable","name":"fileId"}}],"selectionSet":[{"kind":"FragmentSpread","name":"FileFields"}]}]}),FileFieldsDefinition,FileSummaryFieldsDefinition,ClientFieldsDefinition] } as unknown as DocumentNode<GetFileQuery, GetFileQueryVariables>;
export const UpdateFileDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"updateFile","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"id"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"name"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"updateFile","arguments":[{"kind":"Argument","name":"id","value":{"kind":"Variable","name":"id"}},{"kind":"Argument","name":"name","value":{"kind":"Variable","name":"name"}},{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}}],"selectionSet":[{"kind":"FragmentSpread","name":"FileFields"}]}]}),FileFieldsDefinition,FileSummaryFieldsDefinition,ClientFieldsDefinition] } as unknown as DocumentNode<UpdateFileMutation, UpdateFileMutationVariables>;
export const CreateMultiCamJobDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"createMultiCamJob","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"takeId"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"numberOfActors"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"rig"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"name"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"options"},"type":{"kind":"NamedType","name":"OptionsInput"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"clipWindow"},"type":{"kind":"NamedType","name":"ClipWindowInput"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"outputs"},"type":{"kind":"ListType","type":{"kind":"NamedType","name":"OutputType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withTake"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withOutputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withRig"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withInputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"createMultiCamJob","arguments":[{"kind":"Argument","name":"takeId","value":{"kind":"Variable","name":"takeId"}},{"kind":"Argument","name":"numberOfActors","value":{"kind":"Variable","name":"numberOfActors"}},{"kind":"Argument","name":"rig","value":{"kind":"Variable","name":"rig"}},{"kind":"Argument","name":"name","value":{"kind":"Variable","name":"name"}},{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}},{"kind":"Argument","name":"options","value":{"kind":"Variable","name":"options"}},{"kind":"Argument","name":"clipWindow","value":{"kind":"Variable","name":"clipWindow"}},{"kind":"Argument","name":"outputs","value":{"kind":"Variable","name":"outputs"}}],"selectionSet":[{"kind":"FragmentSpread","name":"JobFields"}]}]}),JobFieldsDefinition,ClientFieldsDefinition,TakeSummaryFieldsDefinition,AdditionalFileFieldsDefinition,FileSummaryFieldsDefinition] } as unknown as DocumentNode<CreateMultiCamJobMutation, CreateMultiCamJobMutationVariables>;
export const CreateSingleCamJobDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"createSingleCamJob","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"takeId"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"name"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"options"},"type":{"kind":"NamedType","name":"OptionsInput"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"clipWindow"},"type":{"kind":"NamedType","name":"ClipWindowInput"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"outputs"},"type":{"kind":"ListType","type":{"kind":"NamedType","name":"OutputType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withTake"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withOutputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withRig"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withInputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"createSingleCamJob","arguments":[{"kind":"Argument","name":"takeId","value":{"kind":"Variable","name":"takeId"}},{"kind":"Argument","name":"name","value":{"kind":"Variable","name":"name"}},{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}},{"kind":"Argument","name":"options","value":{"kind":"Variable","name":"options"}},{"kind":"Argument","name":"clipWindow","value":{"kind":"Variable","name":"clipWindow"}},{"kind":"Argument","name":"outputs","value":{"kind":"Variable","name":"outputs"}}],"selectionSet":[{"kind":"FragmentSpread","name":"JobFields"}]}]}),JobFieldsDefinition,ClientFieldsDefinition,TakeSummaryFieldsDefinition,AdditionalFileFieldsDefinition,FileSummaryFieldsDefinition] } as unknown as DocumentNode<CreateSingleCamJobMutation, CreateSingleCamJobMutationVariables>;
export const GetJobDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"query","name":"getJob","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"jobId"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withTake"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withOutputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withRig"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withInputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"getJob","arguments":[{"kind":"Argument","name":"jobId","value":{"kind":"Variable","name":"jobId"}}],"selectionSet":[{"kind":"FragmentSpread","name":"JobFields"}]}]}),JobFieldsDefinition,ClientFieldsDefinition,TakeSummaryFieldsDefinition,AdditionalFileFieldsDefinition,FileSummaryFieldsDefinition] } as unknown as DocumentNode<GetJobQuery, GetJobQueryVariables>;
export const ListJobsDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"query","name":"listJobs","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"first"},"type":{"kind":"NamedType","name":"Int"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"after"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"sortDirection"},"type":{"kind":"NamedType","name":"SortDirection"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"takeId"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withTake"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withOutputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withRig"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withInputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"listJobs","arguments":[{"kind":"Argument","name":"first","value":{"kind":"Variable","name":"first"}},{"kind":"Argument","name":"after","value":{"kind":"Variable","name":"after"}},{"kind":"Argument","name":"sortDirection","value":{"kind":"Variable","name":"sortDirection"}},{"kind":"Argument","name":"takeId","value":{"kind":"Variable","name":"takeId"}}],"selectionSet":["first","after",{"name":"items","selectionSet":[{"kind":"FragmentSpread","name":"JobFields"}]}]}]}),JobFieldsDefinition,ClientFieldsDefinition,TakeSummaryFieldsDefinition,AdditionalFileFieldsDefinition,FileSummaryFieldsDefinition] } as unknown as DocumentNode<ListJobsQuery, ListJobsQueryVariables>;
export const UpdateJobDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"updateJob","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"id"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"name"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withTake"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withOutputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withRig"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withInputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"updateJob","arguments":[{"kind":"Argument","name":"id","value":{"kind":"Variable","name":"id"}},{"kind":"Argument","name":"name","value":{"kind":"Variable","name":"name"}},{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}}],"selectionSet":[{"kind":"FragmentSpread","name":"JobFields"}]}]}),JobFieldsDefinition,ClientFieldsDefinition,TakeSummaryFieldsDefinition,AdditionalFileFieldsDefinition,FileSummaryFieldsDefinition] } as unknown as DocumentNode<UpdateJobMutation, UpdateJobMutationVariables>;
export const ListRigsDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"query","name":"listRigs","selectionSet":[{"name":"listRigs","selectionSet":[{"name":"items","selectionSet":["name"]}]}]})] } as unknown as DocumentNode<ListRigsQuery, ListRigsQueryVariables>;
export const CreateMultiCamTakeDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"createMultiCamTake","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"volumeId"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"sources"},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"SourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"syncMethod"},"type":{"kind":"NamedType","name":"SyncMethodInput"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"name"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withSources"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withVideoFile"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withAdditionalFiles"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withVolume"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"createMultiCamTake","arguments":[{"kind":"Argument","name":"volumeId","value":{"kind":"Variable","name":"volumeId"}},{"kind":"Argument","name":"sources","value":{"kind":"Variable","name":"sources"}},{"kind":"Argument","name":"syncMethod","value":{"kind":"Variable","name":"syncMethod"}},{"kind":"Argument","name":"name","value":{"kind":"Variable","name":"name"}},{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}}],"selectionSet":[{"kind":"FragmentSpread","name":"TakeFields"}]}]}),TakeFieldsDefinition,TakeSummaryFieldsDefinition,ClientFieldsDefinition,SourceFieldsDefinition,FileSummaryFieldsDefinition,AdditionalFileFieldsDefinition,VolumeSummaryFieldsDefinition] } as unknown as DocumentNode<CreateMultiCamTakeMutation, CreateMultiCamTakeMutationVariables>;
export const CreateSingleCamTakeDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"createSingleCamTake","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"sources"},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"SourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"name"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withSources"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withVideoFile"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withAdditionalFiles"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withVolume"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"createSingleCamTake","arguments":[{"kind":"Argument","name":"sources","value":{"kind":"Variable","name":"sources"}},{"kind":"Argument","name":"name","value":{"kind":"Variable","name":"name"}},{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}}],"selectionSet":[{"kind":"FragmentSpread","name":"TakeFields"}]}]}),TakeFieldsDefinition,TakeSummaryFieldsDefinition,ClientFieldsDefinition,SourceFieldsDefinition,FileSummaryFieldsDefinition,AdditionalFileFieldsDefinition,VolumeSummaryFieldsDefinition] } as unknown as DocumentNode<CreateSingleCamTakeMutation, CreateSingleCamTakeMutationVariables>;
export const GetTakeDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"query","name":"getTake","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"takeId"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withSources"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withVideoFile"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withAdditionalFiles"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withVolume"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"getTake","arguments":[{"kind":"Argument","name":"takeId","value":{"kind":"Variable","name":"takeId"}}],"selectionSet":[{"kind":"FragmentSpread","name":"TakeFields"}]}]}),TakeFieldsDefinition,TakeSummaryFieldsDefinition,ClientFieldsDefinition,SourceFieldsDefinition,FileSummaryFieldsDefinition,AdditionalFileFieldsDefinition,VolumeSummaryFieldsDefinition] } as unknown as DocumentNode<GetTakeQuery, GetTakeQueryVariables>;
export const ListTakesDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"query","name":"listTakes","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"first"},"type":{"kind":"NamedType","name":"Int"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"after"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"sortDirection"},"type":{"kind":"NamedType","name":"SortDirection"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withSources"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withVideoFile"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withAdditionalFiles"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withVolume"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"listTakes","arguments":[{"kind":"Argument","name":"first","value":{"kind":"Variable","name":"first"}},{"kind":"Argument","name":"after","value":{"kind":"Variable","name":"after"}},{"kind":"Argument","name":"sortDirection","value":{"kind":"Variable","name":"sortDirection"}}],"selectionSet":["first","after",{"name":"items","selectionSet":[{"kind":"FragmentSpread","name":"TakeFields"}]}]}]}),TakeFieldsDefinition,TakeSummaryFieldsDefinition,ClientFieldsDefinition,SourceFieldsDefinition,FileSummaryFieldsDefinition,AdditionalFileFieldsDefinition,VolumeSummaryFieldsDefinition] } as unknown as DocumentNode<ListTakesQuery, ListTakesQueryVariables>;
export const UpdateTakeDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"updateTake","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"id"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"name"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withSources"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withVideoFile"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withAdditionalFiles"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withVolume"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"updateTake","arguments":[{"kind":"Argument","name":"id","value":{"kind":"Variable","name":"id"}},{"kind":"Argument","name":"name","value":{"kind":"Variable","name":"name"}},{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}}],"selectionSet":[{"kind":"FragmentSpread","name":"TakeFields"}]}]}),TakeFieldsDefinition,TakeSummaryFieldsDefinition,ClientFieldsDefinition,SourceFieldsDefinition,FileSummaryFieldsDefinition,AdditionalFileFieldsDefinition,VolumeSummaryFieldsDefinition] } as unknown as DocumentNode<UpdateTakeMutation, UpdateTakeMutationVariables>;
export const CreateVolumeWithHumanDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"createVolumeWithHuman","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"sources"},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"SourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"humanHeight"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"areaType"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"AreaType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"syncMethod"},"type":{"kind":"NamedType","name":"SyncMethodInput"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"clipWindow"},"type":{"kind":"NamedType","name":"ClipWindowInput"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"name"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withSources"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withOutputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClipWindow"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"createVolumeWithHuman","arguments":[{"kind":"Argument","name":"sources","value":{"kind":"Variable","name":"sources"}},{"kind":"Argument","name":"humanHeight","value":{"kind":"Variable","name":"humanHeight"}},{"kind":"Argument","name":"areaType","value":{"kind":"Variable","name":"areaType"}},{"kind":"Argument","name":"syncMethod","value":{"kind":"Variable","name":"syncMethod"}},{"kind":"Argument","name":"clipWindow","value":{"kind":"Variable","name":"clipWindow"}},{"kind":"Argument","name":"name","value":{"kind":"Variable","name":"name"}},{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}}],"selectionSet":[{"kind":"FragmentSpread","name":"VolumeFields"}]}]}),VolumeFieldsDefinition,VolumeSummaryFieldsDefinition,ClientFieldsDefinition,SourceFieldsDefinition,FileSummaryFieldsDefinition,AdditionalFileFieldsDefinition] } as unknown as DocumentNode<CreateVolumeWithHumanMutation, CreateVolumeWithHumanMutationVariables>;
export const GetVolumeDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"query","name":"getVolume","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"id"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withSources"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withOutputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClipWindow"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"getVolume","arguments":[{"kind":"Argument","name":"id","value":{"kind":"Variable","name":"id"}}],"selectionSet":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":"HumanVolume"},"selectionSet":[{"kind":"FragmentSpread","name":"VolumeFields"}]}]}]}),VolumeFieldsDefinition,VolumeSummaryFieldsDefinition,ClientFieldsDefinition,SourceFieldsDefinition,FileSummaryFieldsDefinition,AdditionalFileFieldsDefinition] } as unknown as DocumentNode<GetVolumeQuery, GetVolumeQueryVariables>;
export const ListVolumesDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"query","name":"listVolumes","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"first"},"type":{"kind":"NamedType","name":"Int"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"after"},"type":{"kind":"NamedType","name":"AWSJSON"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"sortDirection"},"type":{"kind":"NamedType","name":"SortDirection"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClient"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withSources"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withOutputs"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"withClipWindow"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":[{"name":"listVolumes","arguments":[{"kind":"Argument","name":"first","value":{"kind":"Variable","name":"first"}},{"kind":"Argument","name":"after","value":{"kind":"Variable","name":"after"}},{"kind":"Argument","name":"sortDirection","value":{"kind":"Variable","name":"sortDirection"}}],"selectionSet":["first","after",{"name":"items","selectionSet":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":"HumanVolume"},"selectionSet":[{"kind":"FragmentSpread","name":"VolumeFields"}]}]}]}]}),VolumeFieldsDefinition,VolumeSummaryFieldsDefinition,ClientFieldsDefinition,SourceFieldsDefinition,FileSummaryFieldsDefinition,AdditionalFileFieldsDefinition] } as unknown as DocumentNode<ListVolumesQuery, ListVolumesQueryVariables>;
export const UpsertWebhookEndpointDocument = { kind: 'Document', definitions: [/* @__PURE__ */ astDefinition({"kind":"OperationDefinition","operation":"mutation","name":"upsertWebhookEndpoint","variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"uid"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"url"},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"events"},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"description"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"secret"},"type":{"kind":"NamedType","name":"String"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":"metadata"},"type":{"kind":"NamedType","name":"AWSJSON"}}],"selectionSet":[{"name":"upsertWebhookEndpoint","arguments":[{"kind":"Argument","name":"uid","value":{"kind":"Variable","name":"uid"}},{"kind":"Argument","name":"url","value":{"kind":"Variable","name":"url"}},{"kind":"Argument","name":"events","value":{"kind":"Variable","name":"events"}},{"kind":"Argument","name":"description","value":{"kind":"Variable","name":"description"}},{"kind":"Argument","name":"secret","value":{"kind":"Variable","name":"secret"}},{"kind":"Argument","name":"metadata","value":{"kind":"Variable","name":"metadata"}}],"selectionSet":["uid","url","events","description","secret","metadata"]}]})] } as unknown as DocumentNode<UpsertWebhookEndpointMutation, UpsertWebhookEndpointMutationVariables>;