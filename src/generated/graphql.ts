/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { AwsDateTimeString, AwsJsonString } from '../core/scalars.js';
import { typedDocument } from '../core/document.js';
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

export const ClientFieldsFragmentDoc = /* @__PURE__ */ typedDocument<ClientFieldsFragment, unknown>("fragment ClientFields on Client{id name created metadata portal}");
export const FileFieldsFragmentDoc = /* @__PURE__ */ typedDocument<FileFieldsFragment, unknown>("fragment FileFields on File{...FileSummaryFields client@include(if:$withClient){...ClientFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment ClientFields on Client{id name created metadata portal}");
export const FileSummaryFieldsFragmentDoc = /* @__PURE__ */ typedDocument<FileSummaryFieldsFragment, unknown>("fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}");
export const AdditionalFileFieldsFragmentDoc = /* @__PURE__ */ typedDocument<AdditionalFileFieldsFragment, unknown>("fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}");
export const JobFieldsFragmentDoc = /* @__PURE__ */ typedDocument<JobFieldsFragment, unknown>("fragment JobFields on Job{id name created metadata state progress{state percentageComplete}client@include(if:$withClient){...ClientFields}take@include(if:$withTake){...TakeSummaryFields}outputs@include(if:$withOutputs){...AdditionalFileFields}rig@include(if:$withRig){name}inputs@include(if:$withInputs){numberOfActors clipWindow{startTime endTime}options{floorPlane mocapModel trackBall trackFingers trackJerseyNumbers}}}fragment ClientFields on Client{id name created metadata portal}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}");
export const SourceFieldsFragmentDoc = /* @__PURE__ */ typedDocument<SourceFieldsFragment, unknown>("fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}");
export const TakeFieldsFragmentDoc = /* @__PURE__ */ typedDocument<TakeFieldsFragment, unknown>("fragment TakeFields on Take{...TakeSummaryFields syncMethod{clapWindow{startTime endTime}timecodeSync{useTimecode}}client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}videoFile@include(if:$withVideoFile){...FileSummaryFields}additionalFiles@include(if:$withAdditionalFiles){...AdditionalFileFields}volume@include(if:$withVolume){...on HumanVolume{...VolumeSummaryFields}}}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment ClientFields on Client{id name created metadata portal}fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}");
export const TakeSummaryFieldsFragmentDoc = /* @__PURE__ */ typedDocument<TakeSummaryFieldsFragment, unknown>("fragment TakeSummaryFields on Take{id name created metadata takeType}");
export const VolumeSummaryFieldsFragmentDoc = /* @__PURE__ */ typedDocument<VolumeSummaryFieldsFragment, unknown>("fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}");
export const VolumeFieldsFragmentDoc = /* @__PURE__ */ typedDocument<VolumeFieldsFragment, unknown>("fragment VolumeFields on HumanVolume{...VolumeSummaryFields client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}outputs@include(if:$withOutputs){...AdditionalFileFields}clipWindow@include(if:$withClipWindow){startTime endTime}}fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}fragment ClientFields on Client{id name created metadata portal}fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}");
export const ListCameraSettingsDocument = /* @__PURE__ */ typedDocument<ListCameraSettingsQuery, ListCameraSettingsQueryVariables>("query listCameraSettings{listCameraSettings{items{lens}}}");
export const GetClientDocument = /* @__PURE__ */ typedDocument<GetClientQuery, GetClientQueryVariables>("query getClient{client{...ClientFields}}fragment ClientFields on Client{id name created metadata portal}");
export const UpdateClientDocument = /* @__PURE__ */ typedDocument<UpdateClientMutation, UpdateClientMutationVariables>("mutation updateClient($metadata:AWSJSON!){updateClient(metadata:$metadata){...ClientFields}}fragment ClientFields on Client{id name created metadata portal}");
export const CreateFileDocument = /* @__PURE__ */ typedDocument<CreateFileMutation, CreateFileMutationVariables>("mutation createFile($type:String!$name:String$metadata:AWSJSON$withClient:Boolean!=false){createFile(type:$type name:$name metadata:$metadata){...FileFields}}fragment FileFields on File{...FileSummaryFields client@include(if:$withClient){...ClientFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment ClientFields on Client{id name created metadata portal}");
export const GenerateShareCodeDocument = /* @__PURE__ */ typedDocument<GenerateShareCodeMutation, GenerateShareCodeMutationVariables>("mutation generateShareCode($fileId:String!){generateShareCode(fileId:$fileId){code url created expires file{id}}}");
export const GetFileDocument = /* @__PURE__ */ typedDocument<GetFileQuery, GetFileQueryVariables>("query getFile($fileId:ID!$withClient:Boolean!=false){getFile(fileId:$fileId){...FileFields}}fragment FileFields on File{...FileSummaryFields client@include(if:$withClient){...ClientFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment ClientFields on Client{id name created metadata portal}");
export const UpdateFileDocument = /* @__PURE__ */ typedDocument<UpdateFileMutation, UpdateFileMutationVariables>("mutation updateFile($id:String!$name:String$metadata:AWSJSON$withClient:Boolean!=false){updateFile(id:$id name:$name metadata:$metadata){...FileFields}}fragment FileFields on File{...FileSummaryFields client@include(if:$withClient){...ClientFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment ClientFields on Client{id name created metadata portal}");
export const CreateMultiCamJobDocument = /* @__PURE__ */ typedDocument<CreateMultiCamJobMutation, CreateMultiCamJobMutationVariables>("mutation createMultiCamJob($takeId:String!$numberOfActors:Int!$rig:String$name:String$metadata:AWSJSON$options:OptionsInput$clipWindow:ClipWindowInput$outputs:[OutputType]$withClient:Boolean!=false$withTake:Boolean!=false$withOutputs:Boolean!=false$withRig:Boolean!=false$withInputs:Boolean!=false){createMultiCamJob(takeId:$takeId numberOfActors:$numberOfActors rig:$rig name:$name metadata:$metadata options:$options clipWindow:$clipWindow outputs:$outputs){...JobFields}}fragment JobFields on Job{id name created metadata state progress{state percentageComplete}client@include(if:$withClient){...ClientFields}take@include(if:$withTake){...TakeSummaryFields}outputs@include(if:$withOutputs){...AdditionalFileFields}rig@include(if:$withRig){name}inputs@include(if:$withInputs){numberOfActors clipWindow{startTime endTime}options{floorPlane mocapModel trackBall trackFingers trackJerseyNumbers}}}fragment ClientFields on Client{id name created metadata portal}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}");
export const CreateSingleCamJobDocument = /* @__PURE__ */ typedDocument<CreateSingleCamJobMutation, CreateSingleCamJobMutationVariables>("mutation createSingleCamJob($takeId:String!$name:String$metadata:AWSJSON$options:OptionsInput$clipWindow:ClipWindowInput$outputs:[OutputType]$withClient:Boolean!=false$withTake:Boolean!=false$withOutputs:Boolean!=false$withRig:Boolean!=false$withInputs:Boolean!=false){createSingleCamJob(takeId:$takeId name:$name metadata:$metadata options:$options clipWindow:$clipWindow outputs:$outputs){...JobFields}}fragment JobFields on Job{id name created metadata state progress{state percentageComplete}client@include(if:$withClient){...ClientFields}take@include(if:$withTake){...TakeSummaryFields}outputs@include(if:$withOutputs){...AdditionalFileFields}rig@include(if:$withRig){name}inputs@include(if:$withInputs){numberOfActors clipWindow{startTime endTime}options{floorPlane mocapModel trackBall trackFingers trackJerseyNumbers}}}fragment ClientFields on Client{id name created metadata portal}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}");
export const GetJobDocument = /* @__PURE__ */ typedDocument<GetJobQuery, GetJobQueryVariables>("query getJob($jobId:ID!$withClient:Boolean!=false$withTake:Boolean!=false$withOutputs:Boolean!=false$withRig:Boolean!=false$withInputs:Boolean!=false){getJob(jobId:$jobId){...JobFields}}fragment JobFields on Job{id name created metadata state progress{state percentageComplete}client@include(if:$withClient){...ClientFields}take@include(if:$withTake){...TakeSummaryFields}outputs@include(if:$withOutputs){...AdditionalFileFields}rig@include(if:$withRig){name}inputs@include(if:$withInputs){numberOfActors clipWindow{startTime endTime}options{floorPlane mocapModel trackBall trackFingers trackJerseyNumbers}}}fragment ClientFields on Client{id name created metadata portal}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}");
export const ListJobsDocument = /* @__PURE__ */ typedDocument<ListJobsQuery, ListJobsQueryVariables>("query listJobs($first:Int$after:AWSJSON$sortDirection:SortDirection$takeId:String$withClient:Boolean!=false$withTake:Boolean!=false$withOutputs:Boolean!=false$withRig:Boolean!=false$withInputs:Boolean!=false){listJobs(first:$first after:$after sortDirection:$sortDirection takeId:$takeId){first after items{...JobFields}}}fragment JobFields on Job{id name created metadata state progress{state percentageComplete}client@include(if:$withClient){...ClientFields}take@include(if:$withTake){...TakeSummaryFields}outputs@include(if:$withOutputs){...AdditionalFileFields}rig@include(if:$withRig){name}inputs@include(if:$withInputs){numberOfActors clipWindow{startTime endTime}options{floorPlane mocapModel trackBall trackFingers trackJerseyNumbers}}}fragment ClientFields on Client{id name created metadata portal}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}");
export const UpdateJobDocument = /* @__PURE__ */ typedDocument<UpdateJobMutation, UpdateJobMutationVariables>("mutation updateJob($id:String!$name:String$metadata:AWSJSON$withClient:Boolean!=false$withTake:Boolean!=false$withOutputs:Boolean!=false$withRig:Boolean!=false$withInputs:Boolean!=false){updateJob(id:$id name:$name metadata:$metadata){...JobFields}}fragment JobFields on Job{id name created metadata state progress{state percentageComplete}client@include(if:$withClient){...ClientFields}take@include(if:$withTake){...TakeSummaryFields}outputs@include(if:$withOutputs){...AdditionalFileFields}rig@include(if:$withRig){name}inputs@include(if:$withInputs){numberOfActors clipWindow{startTime endTime}options{floorPlane mocapModel trackBall trackFingers trackJerseyNumbers}}}fragment ClientFields on Client{id name created metadata portal}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}");
export const ListRigsDocument = /* @__PURE__ */ typedDocument<ListRigsQuery, ListRigsQueryVariables>("query listRigs{listRigs{items{name}}}");
export const CreateMultiCamTakeDocument = /* @__PURE__ */ typedDocument<CreateMultiCamTakeMutation, CreateMultiCamTakeMutationVariables>("mutation createMultiCamTake($volumeId:String!$sources:[SourceInput!]$syncMethod:SyncMethodInput$name:String$metadata:AWSJSON$withClient:Boolean!=false$withSources:Boolean!=false$withVideoFile:Boolean!=false$withAdditionalFiles:Boolean!=false$withVolume:Boolean!=false){createMultiCamTake(volumeId:$volumeId sources:$sources syncMethod:$syncMethod name:$name metadata:$metadata){...TakeFields}}fragment TakeFields on Take{...TakeSummaryFields syncMethod{clapWindow{startTime endTime}timecodeSync{useTimecode}}client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}videoFile@include(if:$withVideoFile){...FileSummaryFields}additionalFiles@include(if:$withAdditionalFiles){...AdditionalFileFields}volume@include(if:$withVolume){...on HumanVolume{...VolumeSummaryFields}}}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment ClientFields on Client{id name created metadata portal}fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}");
export const CreateSingleCamTakeDocument = /* @__PURE__ */ typedDocument<CreateSingleCamTakeMutation, CreateSingleCamTakeMutationVariables>("mutation createSingleCamTake($sources:[SourceInput!]$name:String$metadata:AWSJSON$withClient:Boolean!=false$withSources:Boolean!=false$withVideoFile:Boolean!=false$withAdditionalFiles:Boolean!=false$withVolume:Boolean!=false){createSingleCamTake(sources:$sources name:$name metadata:$metadata){...TakeFields}}fragment TakeFields on Take{...TakeSummaryFields syncMethod{clapWindow{startTime endTime}timecodeSync{useTimecode}}client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}videoFile@include(if:$withVideoFile){...FileSummaryFields}additionalFiles@include(if:$withAdditionalFiles){...AdditionalFileFields}volume@include(if:$withVolume){...on HumanVolume{...VolumeSummaryFields}}}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment ClientFields on Client{id name created metadata portal}fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}");
export const GetTakeDocument = /* @__PURE__ */ typedDocument<GetTakeQuery, GetTakeQueryVariables>("query getTake($takeId:ID!$withClient:Boolean!=false$withSources:Boolean!=false$withVideoFile:Boolean!=false$withAdditionalFiles:Boolean!=false$withVolume:Boolean!=false){getTake(takeId:$takeId){...TakeFields}}fragment TakeFields on Take{...TakeSummaryFields syncMethod{clapWindow{startTime endTime}timecodeSync{useTimecode}}client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}videoFile@include(if:$withVideoFile){...FileSummaryFields}additionalFiles@include(if:$withAdditionalFiles){...AdditionalFileFields}volume@include(if:$withVolume){...on HumanVolume{...VolumeSummaryFields}}}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment ClientFields on Client{id name created metadata portal}fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}");
export const ListTakesDocument = /* @__PURE__ */ typedDocument<ListTakesQuery, ListTakesQueryVariables>("query listTakes($first:Int$after:AWSJSON$sortDirection:SortDirection$withClient:Boolean!=false$withSources:Boolean!=false$withVideoFile:Boolean!=false$withAdditionalFiles:Boolean!=false$withVolume:Boolean!=false){listTakes(first:$first after:$after sortDirection:$sortDirection){first after items{...TakeFields}}}fragment TakeFields on Take{...TakeSummaryFields syncMethod{clapWindow{startTime endTime}timecodeSync{useTimecode}}client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}videoFile@include(if:$withVideoFile){...FileSummaryFields}additionalFiles@include(if:$withAdditionalFiles){...AdditionalFileFields}volume@include(if:$withVolume){...on HumanVolume{...VolumeSummaryFields}}}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment ClientFields on Client{id name created metadata portal}fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}");
export const UpdateTakeDocument = /* @__PURE__ */ typedDocument<UpdateTakeMutation, UpdateTakeMutationVariables>("mutation updateTake($id:String!$name:String$metadata:AWSJSON$withClient:Boolean!=false$withSources:Boolean!=false$withVideoFile:Boolean!=false$withAdditionalFiles:Boolean!=false$withVolume:Boolean!=false){updateTake(id:$id name:$name metadata:$metadata){...TakeFields}}fragment TakeFields on Take{...TakeSummaryFields syncMethod{clapWindow{startTime endTime}timecodeSync{useTimecode}}client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}videoFile@include(if:$withVideoFile){...FileSummaryFields}additionalFiles@include(if:$withAdditionalFiles){...AdditionalFileFields}volume@include(if:$withVolume){...on HumanVolume{...VolumeSummaryFields}}}fragment TakeSummaryFields on Take{id name created metadata takeType}fragment ClientFields on Client{id name created metadata portal}fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}");
export const CreateVolumeWithHumanDocument = /* @__PURE__ */ typedDocument<CreateVolumeWithHumanMutation, CreateVolumeWithHumanMutationVariables>("mutation createVolumeWithHuman($sources:[SourceInput!]$humanHeight:Float!$areaType:AreaType!$syncMethod:SyncMethodInput$clipWindow:ClipWindowInput$name:String$metadata:AWSJSON$withClient:Boolean!=false$withSources:Boolean!=false$withOutputs:Boolean!=false$withClipWindow:Boolean!=false){createVolumeWithHuman(sources:$sources humanHeight:$humanHeight areaType:$areaType syncMethod:$syncMethod clipWindow:$clipWindow name:$name metadata:$metadata){...VolumeFields}}fragment VolumeFields on HumanVolume{...VolumeSummaryFields client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}outputs@include(if:$withOutputs){...AdditionalFileFields}clipWindow@include(if:$withClipWindow){startTime endTime}}fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}fragment ClientFields on Client{id name created metadata portal}fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}");
export const GetVolumeDocument = /* @__PURE__ */ typedDocument<GetVolumeQuery, GetVolumeQueryVariables>("query getVolume($id:ID!$withClient:Boolean!=false$withSources:Boolean!=false$withOutputs:Boolean!=false$withClipWindow:Boolean!=false){getVolume(id:$id){...on HumanVolume{...VolumeFields}}}fragment VolumeFields on HumanVolume{...VolumeSummaryFields client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}outputs@include(if:$withOutputs){...AdditionalFileFields}clipWindow@include(if:$withClipWindow){startTime endTime}}fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}fragment ClientFields on Client{id name created metadata portal}fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}");
export const ListVolumesDocument = /* @__PURE__ */ typedDocument<ListVolumesQuery, ListVolumesQueryVariables>("query listVolumes($first:Int$after:AWSJSON$sortDirection:SortDirection$withClient:Boolean!=false$withSources:Boolean!=false$withOutputs:Boolean!=false$withClipWindow:Boolean!=false){listVolumes(first:$first after:$after sortDirection:$sortDirection){first after items{...on HumanVolume{...VolumeFields}}}}fragment VolumeFields on HumanVolume{...VolumeSummaryFields client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}outputs@include(if:$withOutputs){...AdditionalFileFields}clipWindow@include(if:$withClipWindow){startTime endTime}}fragment VolumeSummaryFields on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}fragment ClientFields on Client{id name created metadata portal}fragment SourceFields on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}fragment FileSummaryFields on File{id name type created metadata presignedUrl thumbnailUrl}fragment AdditionalFileFields on AdditionalFile{key format file{...FileSummaryFields}}");
export const UpsertWebhookEndpointDocument = /* @__PURE__ */ typedDocument<UpsertWebhookEndpointMutation, UpsertWebhookEndpointMutationVariables>("mutation upsertWebhookEndpoint($uid:String!$url:String!$events:[String!]$description:String$secret:String$metadata:AWSJSON){upsertWebhookEndpoint(uid:$uid url:$url events:$events description:$description secret:$secret metadata:$metadata){uid url events description secret metadata}}");