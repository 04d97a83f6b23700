import { badInput, SandboxError } from './errors.js';
import { MULTI_CAM_DEFAULT_OUTPUTS, outputBytes, outputFormat, SINGLE_CAM_DEFAULT_OUTPUTS } from './outputs.js';
import { paginate, type FileRecord, type JobRecord, type SourceRecord, type Store, type TakeRecord } from './store.js';

export interface SandboxSettings {
  /** How long a job takes from creation to FINISHED. */
  jobDurationMs: number;
  /** Base URL of the server, for presigned file URLs. */
  baseUrl: () => string;
}

type Args = Record<string, unknown>;

/** Root fields of the schema, over the store. Views compute derived fields when read. */
export function rootValue(store: Store, settings: SandboxSettings): Record<string, (args: Args) => unknown> {
  const client = () => ({ ...store.client });

  const fileView = (f: FileRecord) => ({
    id: f.id,
    type: f.type,
    name: f.name,
    metadata: f.metadata,
    created: f.created,
    presignedUrl: `${settings.baseUrl()}/files/${f.id}`,
    thumbnailUrl: null,
    client,
  });

  const sourceView = (s: SourceRecord) => ({
    deviceLabel: s.deviceLabel,
    format: s.format,
    cameraSettings: s.cameraSettings,
    file: () => fileView(store.file(s.fileId)),
  });

  const takeView = (t: TakeRecord) => ({
    id: t.id,
    name: t.name,
    metadata: t.metadata,
    created: t.created,
    takeType: t.takeType,
    syncMethod: t.syncMethod ?? null,
    sources: () => t.sources.map(sourceView),
    videoFile: () => (t.sources[0] ? fileView(store.file(t.sources[0].fileId)) : null),
    additionalFiles: [],
    volume: () => notInSandbox('Take.volume'),
    client,
  });

  const progress = (j: JobRecord) => {
    const elapsed = store.now() - j.createdMs;
    const d = settings.jobDurationMs;
    if (elapsed >= d) return { state: 'FINISHED', percentageComplete: 100 };
    if (elapsed < d * 0.1) return { state: 'NOT_STARTED', percentageComplete: 0 };
    return { state: 'RUNNING', percentageComplete: Math.min(99, Math.max(1, Math.floor((elapsed / d) * 100))) };
  };

  const jobOutputs = (j: JobRecord) => {
    if (progress(j).state !== 'FINISHED') return [];
    j.outputs ??= j.outputTypes.map((type) => {
      const format = outputFormat(type);
      const file: FileRecord = {
        id: store.newId('file'),
        type: format,
        name: `${j.id}-${type.toLowerCase()}.${format}`,
        metadata: null,
        created: store.stamp().iso,
        bytes: outputBytes(j.id, type),
      };
      store.files.set(file.id, file);
      return { key: type.toLowerCase(), format, fileId: file.id };
    });
    return j.outputs.map((o) => ({ key: o.key, format: o.format, file: () => fileView(store.file(o.fileId)) }));
  };

  const jobView = (j: JobRecord) => ({
    id: j.id,
    name: j.name,
    metadata: j.metadata,
    created: j.created,
    state: () => progress(j).state,
    progress: () => progress(j),
    take: () => takeView(store.take(j.takeId)),
    rig: j.rig ? { name: j.rig } : null,
    inputs: j.inputs,
    outputs: () => jobOutputs(j),
    client,
  });

  const createJob = (args: Args, takeType: TakeRecord['takeType']) => {
    const take = store.take(String(args.takeId));
    if (take.takeType !== takeType) throw badInput(`take ${take.id} is ${take.takeType}, this job needs ${takeType}`);
    const window = args.clipWindow as { startTime: number; endTime: number } | null | undefined;
    if (window && window.endTime <= window.startTime) throw badInput('clipWindow.endTime must be after startTime');
    const numberOfActors = (args.numberOfActors as number | null | undefined) ?? null;
    if (numberOfActors !== null && numberOfActors < 1) throw badInput('numberOfActors must be at least 1');
    const requested = (args.outputs as string[] | null | undefined)?.filter(Boolean) ?? [];
    const defaults = takeType === 'SINGLE_CAM' ? SINGLE_CAM_DEFAULT_OUTPUTS : MULTI_CAM_DEFAULT_OUTPUTS;
    const { ms, iso } = store.stamp();
    const job: JobRecord = {
      id: store.newId('job'),
      takeId: take.id,
      name: (args.name as string | null | undefined) ?? null,
      metadata: (args.metadata as string | null | undefined) ?? null,
      created: iso,
      createdMs: ms,
      rig: (args.rig as string | null | undefined) || null,
      inputs: { numberOfActors, clipWindow: window ?? null, options: (args.options as Record<string, unknown>) ?? null },
      outputTypes: requested.length ? [...new Set(requested)] : defaults,
    };
    store.jobs.set(job.id, job);
    return jobView(job);
  };

  const update = <T extends { name: string | null; metadata: string | null }>(record: T, args: Args): T => {
    if ('name' in args) record.name = (args.name as string | null) ?? null;
    if ('metadata' in args) record.metadata = (args.metadata as string | null) ?? null;
    return record;
  };

  const sources = (args: Args): SourceRecord[] => {
    const list = (args.sources as SourceRecord[] | null | undefined) ?? [];
    if (list.length === 0) throw badInput('sources must hold at least one source');
    return list.map((s) => {
      store.file(s.fileId);
      return { deviceLabel: s.deviceLabel, fileId: s.fileId, format: s.format, cameraSettings: s.cameraSettings ?? null };
    });
  };

  return {
    client,
    updateClient: (args) => update(store.client, args),
    getFile: (args) => fileView(store.file(String(args.fileId))),
    createFile: (args) => {
      const file: FileRecord = {
        id: store.newId('file'),
        type: String(args.type),
        name: (args.name as string | null | undefined) ?? null,
        metadata: (args.metadata as string | null | undefined) ?? null,
        created: store.stamp().iso,
      };
      store.files.set(file.id, file);
      return fileView(file);
    },
    updateFile: (args) => fileView(update(store.file(String(args.id)), args)),
    getTake: (args) => takeView(store.take(String(args.takeId))),
    createSingleCamTake: (args) => {
      const take: TakeRecord = {
        id: store.newId('take'),
        name: (args.name as string | null | undefined) ?? null,
        metadata: (args.metadata as string | null | undefined) ?? null,
        created: store.stamp().iso,
        takeType: 'SINGLE_CAM',
        sources: sources(args),
        volumeId: null,
        syncMethod: null,
      };
      store.takes.set(take.id, take);
      return takeView(take);
    },
    updateTake: (args) => takeView(update(store.take(String(args.id)), args)),
    listTakes: (args) => {
      const page = paginate(store.takes.values(), args);
      return { ...page, items: page.items.map(takeView) };
    },
    getJob: (args) => jobView(store.job(String(args.jobId))),
    createSingleCamJob: (args) => createJob(args, 'SINGLE_CAM'),
    createMultiCamJob: (args) => createJob(args, 'MULTI_CAM'),
    updateJob: (args) => jobView(update(store.job(String(args.id)), args)),
    listJobs: (args) => {
      const takeId = args.takeId as string | null | undefined;
      const jobs = [...store.jobs.values()].filter((j) => !takeId || j.takeId === takeId);
      const page = paginate(jobs, args);
      return { ...page, items: page.items.map(jobView) };
    },
    createMultiCamTake: () => notInSandbox('createMultiCamTake'),
    getVolume: () => notInSandbox('getVolume'),
    listVolumes: () => notInSandbox('listVolumes'),
    createVolumeWithHuman: () => notInSandbox('createVolumeWithHuman'),
    listRigs: () => notInSandbox('listRigs'),
    listCameraSettings: () => notInSandbox('listCameraSettings'),
    generateShareCode: () => notInSandbox('generateShareCode'),
    upsertWebhookEndpoint: () => notInSandbox('upsertWebhookEndpoint'),
  };
}

function notInSandbox(field: string): never {
  throw new SandboxError('NotImplementedError', `${field} is not in the sandbox yet`);
}
