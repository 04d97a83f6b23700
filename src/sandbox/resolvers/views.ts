import { outputBytes, outputFormat } from '../outputs.js';
import type { Signer, UrlMethod } from '../storage.js';
import type { FileRecord, JobRecord, OutputRecord, SourceRecord, Store, TakeRecord, VolumeRecord } from '../store.js';

export interface SandboxSettings {
  /** How long a job or volume takes from creation to FINISHED (or FAILED). */
  jobDurationMs: number;
  /** How long a share code works. */
  shareCodeTtlSeconds: number;
  /** Base URL of the server, for presigned file URLs. */
  baseUrl: () => string;
  signer: Signer;
}

export type Args = Record<string, unknown>;

/** Progress of anything processed over time (jobs, volumes), derived from the clock when read. */
export function progressOf(record: { createdMs: number; fail: boolean }, store: Store, durationMs: number) {
  const elapsed = store.now() - record.createdMs;
  if (elapsed >= durationMs) return { state: record.fail ? 'FAILED' : 'FINISHED', percentageComplete: record.fail ? 0 : 100 };
  if (elapsed < durationMs * 0.1) return { state: 'NOT_STARTED', percentageComplete: 0 };
  return { state: 'RUNNING', percentageComplete: Math.min(99, Math.max(1, Math.floor((elapsed / durationMs) * 100))) };
}

/** Whether metadata (AWSJSON text) asks the sandbox to fail the work: `{"sandbox":{"fail":true}}`. */
export function asksToFail(metadata: string | null): boolean {
  if (!metadata) return false;
  try {
    const parsed = JSON.parse(metadata) as { sandbox?: { fail?: unknown } } | null;
    return parsed?.sandbox?.fail === true;
  } catch {
    return false;
  }
}

/**
 * A job's progress. The first observation of its end (by a read or by its timer, whichever comes
 * first) fixes the end state and reports it once, so what readers see and what webhooks say agree.
 */
export function jobProgress(job: JobRecord, store: Store, durationMs: number, onEnded: (job: JobRecord) => void) {
  if (job.ended) return { state: job.ended, percentageComplete: job.ended === 'FINISHED' ? 100 : 0 };
  const progress = progressOf(job, store, durationMs);
  if (progress.state === 'FINISHED' || progress.state === 'FAILED') {
    job.ended = progress.state;
    onEnded(job);
  }
  return progress;
}

/** Read-only shapes of the records, as the schema returns them; nested objects resolve lazily. */
export function views(store: Store, settings: SandboxSettings, onJobEnded: (job: JobRecord) => void) {
  const client = () => ({ ...store.client, portal: `${settings.baseUrl()}/portal` });

  /** A file; its URL reads the bytes, or (`PUT`, as createFile hands out) writes them. */
  const fileView = (f: FileRecord, method: UrlMethod = 'GET') => ({
    id: f.id,
    type: f.type,
    name: f.name,
    metadata: f.metadata,
    created: f.created,
    presignedUrl: settings.signer.url(settings.baseUrl(), f.id, method),
    thumbnailUrl: null,
    client,
  });

  const sourceView = (s: SourceRecord) => ({
    deviceLabel: s.deviceLabel,
    format: s.format,
    cameraSettings: s.cameraSettings,
    file: () => fileView(store.file(s.fileId)),
  });

  /** Output files are made the first time they are read after the work finished. */
  const outputsOf = (owner: { id: string; outputs?: OutputRecord[] }, types: string[]) => {
    owner.outputs ??= types.map((type) => {
      const format = outputFormat(type);
      const file: FileRecord = {
        id: store.newId('file'),
        type: format,
        name: `${owner.id}-${type.toLowerCase()}.${format}`,
        metadata: '{}',
        created: store.stamp().iso,
        bytes: outputBytes(owner.id, type),
      };
      store.files.set(file.id, file);
      return { key: type.toLowerCase(), format, fileId: file.id };
    });
    return owner.outputs;
  };

  const volumeView = (v: VolumeRecord) => {
    const progress = () => progressOf(v, store, settings.jobDurationMs);
    return {
      __typename: 'HumanVolume',
      id: v.id,
      name: v.name,
      metadata: v.metadata,
      created: v.created,
      areaType: v.areaType,
      humanHeight: v.humanHeight,
      clipWindow: v.clipWindow,
      state: () => progress().state,
      progress,
      sources: () => v.sources.map(sourceView),
      outputs: () => (progress().state === 'FINISHED' ? outputsOf(v, ['CALIBRATION']).map((o) => outputView(o)) : []),
      client,
    };
  };

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
    volume: () => (t.volumeId ? volumeView(store.volume(t.volumeId)) : null),
    client,
  });

  const outputView = (o: OutputRecord, withUrl = true) => ({
    key: o.key,
    format: o.format,
    file: () => ({ ...fileView(store.file(o.fileId)), ...(withUrl ? {} : { presignedUrl: null }) }),
  });

  const progressOfJob = (j: JobRecord) => jobProgress(j, store, settings.jobDurationMs, onJobEnded);

  const jobOutputs = (j: JobRecord) => {
    if (progressOfJob(j).state !== 'FINISHED') return [];
    // With the lagging-output-urls fault, the first read after FINISHED lists outputs without URLs.
    const hidden = j.lagsOutputs && !j.outputs;
    return outputsOf(j, j.outputTypes).map((o) => outputView(o, !hidden));
  };

  const jobView = (j: JobRecord) => {
    const progress = () => progressOfJob(j);
    return {
      id: j.id,
      name: j.name,
      metadata: j.metadata,
      created: j.created,
      state: () => progress().state,
      progress,
      take: () => takeView(store.take(j.takeId)),
      rig: j.rig ? { name: j.rig } : null,
      inputs: j.inputs,
      outputs: () => jobOutputs(j),
      client,
    };
  };

  return { client, fileView, sourceView, takeView, jobView, volumeView, progressOfJob };
}

export type Views = ReturnType<typeof views>;
