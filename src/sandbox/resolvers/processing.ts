import { badInput } from '../errors.js';
import { MULTI_CAM_DEFAULT_OUTPUTS, SINGLE_CAM_DEFAULT_OUTPUTS } from '../outputs.js';
import { paginate, type JobRecord, type Store, type TakeRecord, type VolumeRecord } from '../store.js';
import { nameAndMetadata, sourcesOf, updateRecord } from './records.js';
import { asksToFail, type Args, type Views } from './views.js';

type Window = { startTime: number; endTime: number } | null | undefined;

/** Jobs and volumes: work that progresses over `jobDurationMs` and then has outputs. */
export interface JobHooks {
  /** Called once a job is stored, to watch for its end. */
  created(job: JobRecord): void;
  /** Whether the new job's output URLs lag one read. */
  lagsOutputs(): boolean;
}

export function processingResolvers(store: Store, v: Views, hooks: JobHooks) {
  const createJob = (args: Args, takeType: TakeRecord['takeType']) => {
    const take = store.take(String(args.takeId));
    if (take.takeType !== takeType) throw badInput(`take ${take.id} is ${take.takeType}, this job needs ${takeType}`);
    const window = checkWindow(args.clipWindow as Window);
    const numberOfActors = (args.numberOfActors as number | null | undefined) ?? null;
    if (numberOfActors !== null && numberOfActors < 1) throw badInput('numberOfActors must be at least 1');
    const requested = (args.outputs as string[] | null | undefined)?.filter(Boolean) ?? [];
    const defaults = takeType === 'SINGLE_CAM' ? SINGLE_CAM_DEFAULT_OUTPUTS : MULTI_CAM_DEFAULT_OUTPUTS;
    const { ms, iso } = store.stamp();
    const named = nameAndMetadata(args);
    const job: JobRecord = {
      id: store.newId('job'),
      takeId: take.id,
      ...named,
      created: iso,
      createdMs: ms,
      rig: (args.rig as string | null | undefined) || null,
      inputs: { numberOfActors, clipWindow: window ?? null, options: (args.options as Record<string, unknown>) ?? null },
      outputTypes: requested.length ? [...new Set(requested)] : defaults,
      fail: asksToFail(named.metadata),
      lagsOutputs: hooks.lagsOutputs(),
    };
    store.jobs.set(job.id, job);
    hooks.created(job);
    return v.jobView(job);
  };

  return {
    getJob: (args: Args) => v.jobView(store.job(String(args.jobId))),
    createSingleCamJob: (args: Args) => createJob(args, 'SINGLE_CAM'),
    createMultiCamJob: (args: Args) => createJob(args, 'MULTI_CAM'),
    updateJob: (args: Args) => v.jobView(updateRecord(store.job(String(args.id)), args)),
    listJobs: (args: Args) => {
      const takeId = args.takeId as string | null | undefined;
      const jobs = [...store.jobs.values()].filter((j) => !takeId || j.takeId === takeId);
      const page = paginate(jobs, args);
      return { ...page, items: page.items.map(v.jobView) };
    },
    createVolumeWithHuman: (args: Args) => {
      const humanHeight = Number(args.humanHeight);
      if (!(humanHeight > 0)) throw badInput('humanHeight must be greater than 0');
      const { ms, iso } = store.stamp();
      const named = nameAndMetadata(args);
      const volume: VolumeRecord = {
        id: store.newId('volume'),
        ...named,
        created: iso,
        createdMs: ms,
        areaType: String(args.areaType),
        humanHeight,
        clipWindow: checkWindow(args.clipWindow as Window) ?? null,
        syncMethod: args.syncMethod ?? null,
        sources: sourcesOf(store, args),
        fail: asksToFail(named.metadata),
      };
      store.volumes.set(volume.id, volume);
      return v.volumeView(volume);
    },
    getVolume: (args: Args) => v.volumeView(store.volume(String(args.id))),
    listVolumes: (args: Args) => {
      const page = paginate(store.volumes.values(), args);
      return { ...page, items: page.items.map(v.volumeView) };
    },
  };
}

function checkWindow(window: Window): Window {
  if (window && window.endTime <= window.startTime) throw badInput('clipWindow.endTime must be after startTime');
  return window;
}
