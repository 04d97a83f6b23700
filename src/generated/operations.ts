// The facade's documents (scripts/codegen-operations.cjs); apps get the ASTs of graphql.ts.
import { lazyDocuments } from '../core/lazy-document.js';
import type * as T from './graphql.js';

const document = /*#__PURE__*/ lazyDocuments({
  ClientFields: "on Client{id name created metadata portal}",
  FileFields: "on File{...FileSummaryFields client@include(if:$withClient){...ClientFields}}",
  FileSummaryFields: "on File{id name type created metadata presignedUrl thumbnailUrl}",
  AdditionalFileFields: "on AdditionalFile{key format file{...FileSummaryFields}}",
  JobFields: "on Job{id name created metadata state progress{state percentageComplete}client@include(if:$withClient){...ClientFields}take@include(if:$withTake){...TakeSummaryFields}outputs@include(if:$withOutputs){...AdditionalFileFields}rig@include(if:$withRig){name}inputs@include(if:$withInputs){numberOfActors clipWindow{startTime endTime}options{floorPlane mocapModel trackBall trackFingers trackJerseyNumbers}}}",
  SourceFields: "on Source{deviceLabel format cameraSettings{lens}file{...FileSummaryFields}}",
  TakeFields: "on Take{...TakeSummaryFields syncMethod{clapWindow{startTime endTime}timecodeSync{useTimecode}}client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}videoFile@include(if:$withVideoFile){...FileSummaryFields}additionalFiles@include(if:$withAdditionalFiles){...AdditionalFileFields}volume@include(if:$withVolume){...on HumanVolume{...VolumeSummaryFields}}}",
  TakeSummaryFields: "on Take{id name created metadata takeType}",
  VolumeSummaryFields: "on HumanVolume{id name created metadata areaType humanHeight state progress{state percentageComplete}}",
  VolumeFields: "on HumanVolume{...VolumeSummaryFields client@include(if:$withClient){...ClientFields}sources@include(if:$withSources){...SourceFields}outputs@include(if:$withOutputs){...AdditionalFileFields}clipWindow@include(if:$withClipWindow){startTime endTime}}",
});

export const ListCameraSettingsDocument = /*#__PURE__*/ document<T.ListCameraSettingsQuery, T.ListCameraSettingsQueryVariables>("query listCameraSettings{listCameraSettings{items{lens}}}");
export const GetClientDocument = /*#__PURE__*/ document<T.GetClientQuery, T.GetClientQueryVariables>("query getClient{client{...ClientFields}}");
export const UpdateClientDocument = /*#__PURE__*/ document<T.UpdateClientMutation, T.UpdateClientMutationVariables>("mutation updateClient($metadata:AWSJSON!){updateClient(){...ClientFields}}");
export const CreateFileDocument = /*#__PURE__*/ document<T.CreateFileMutation, T.CreateFileMutationVariables>("mutation createFile($type:String!$name:String$metadata:AWSJSON){createFile(){...FileFields}}");
export const GenerateShareCodeDocument = /*#__PURE__*/ document<T.GenerateShareCodeMutation, T.GenerateShareCodeMutationVariables>("mutation generateShareCode($fileId:String!){generateShareCode(){code url created expires file{id}}}");
export const GetFileDocument = /*#__PURE__*/ document<T.GetFileQuery, T.GetFileQueryVariables>("query getFile($fileId:ID!){getFile(){...FileFields}}");
export const UpdateFileDocument = /*#__PURE__*/ document<T.UpdateFileMutation, T.UpdateFileMutationVariables>("mutation updateFile($id:String!$name:String$metadata:AWSJSON){updateFile(){...FileFields}}");
export const CreateMultiCamJobDocument = /*#__PURE__*/ document<T.CreateMultiCamJobMutation, T.CreateMultiCamJobMutationVariables>("mutation createMultiCamJob($takeId:String!$numberOfActors:Int!$rig:String$name:String$metadata:AWSJSON$options:OptionsInput$clipWindow:ClipWindowInput$outputs:[OutputType]){createMultiCamJob(){...JobFields}}");
export const CreateSingleCamJobDocument = /*#__PURE__*/ document<T.CreateSingleCamJobMutation, T.CreateSingleCamJobMutationVariables>("mutation createSingleCamJob($takeId:String!$name:String$metadata:AWSJSON$options:OptionsInput$clipWindow:ClipWindowInput$outputs:[OutputType]){createSingleCamJob(){...JobFields}}");
export const GetJobDocument = /*#__PURE__*/ document<T.GetJobQuery, T.GetJobQueryVariables>("query getJob($jobId:ID!){getJob(){...JobFields}}");
export const ListJobsDocument = /*#__PURE__*/ document<T.ListJobsQuery, T.ListJobsQueryVariables>("query listJobs($first:Int$after:AWSJSON$sortDirection:SortDirection$takeId:String){listJobs(){first after items{...JobFields}}}");
export const UpdateJobDocument = /*#__PURE__*/ document<T.UpdateJobMutation, T.UpdateJobMutationVariables>("mutation updateJob($id:String!$name:String$metadata:AWSJSON){updateJob(){...JobFields}}");
export const ListRigsDocument = /*#__PURE__*/ document<T.ListRigsQuery, T.ListRigsQueryVariables>("query listRigs{listRigs{items{name}}}");
export const CreateMultiCamTakeDocument = /*#__PURE__*/ document<T.CreateMultiCamTakeMutation, T.CreateMultiCamTakeMutationVariables>("mutation createMultiCamTake($volumeId:String!$sources:[SourceInput!]$syncMethod:SyncMethodInput$name:String$metadata:AWSJSON){createMultiCamTake(){...TakeFields}}");
export const CreateSingleCamTakeDocument = /*#__PURE__*/ document<T.CreateSingleCamTakeMutation, T.CreateSingleCamTakeMutationVariables>("mutation createSingleCamTake($sources:[SourceInput!]$name:String$metadata:AWSJSON){createSingleCamTake(){...TakeFields}}");
export const GetTakeDocument = /*#__PURE__*/ document<T.GetTakeQuery, T.GetTakeQueryVariables>("query getTake($takeId:ID!){getTake(){...TakeFields}}");
export const ListTakesDocument = /*#__PURE__*/ document<T.ListTakesQuery, T.ListTakesQueryVariables>("query listTakes($first:Int$after:AWSJSON$sortDirection:SortDirection){listTakes(){first after items{...TakeFields}}}");
export const UpdateTakeDocument = /*#__PURE__*/ document<T.UpdateTakeMutation, T.UpdateTakeMutationVariables>("mutation updateTake($id:String!$name:String$metadata:AWSJSON){updateTake(){...TakeFields}}");
export const CreateVolumeWithHumanDocument = /*#__PURE__*/ document<T.CreateVolumeWithHumanMutation, T.CreateVolumeWithHumanMutationVariables>("mutation createVolumeWithHuman($sources:[SourceInput!]$humanHeight:Float!$areaType:AreaType!$syncMethod:SyncMethodInput$clipWindow:ClipWindowInput$name:String$metadata:AWSJSON){createVolumeWithHuman(){...VolumeFields}}");
export const GetVolumeDocument = /*#__PURE__*/ document<T.GetVolumeQuery, T.GetVolumeQueryVariables>("query getVolume($id:ID!){getVolume(){...on HumanVolume{...VolumeFields}}}");
export const ListVolumesDocument = /*#__PURE__*/ document<T.ListVolumesQuery, T.ListVolumesQueryVariables>("query listVolumes($first:Int$after:AWSJSON$sortDirection:SortDirection){listVolumes(){first after items{...on HumanVolume{...VolumeFields}}}}");
export const UpsertWebhookEndpointDocument = /*#__PURE__*/ document<T.UpsertWebhookEndpointMutation, T.UpsertWebhookEndpointMutationVariables>("mutation upsertWebhookEndpoint($uid:String!$url:String!$events:[String!]$description:String$secret:String$metadata:AWSJSON){upsertWebhookEndpoint(){uid url events description secret metadata}}");
