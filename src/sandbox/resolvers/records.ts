import { randomBytes } from 'node:crypto';
import { badInput } from '../errors.js';
import { paginate, type FileRecord, type SourceRecord, type Store, type TakeRecord } from '../store.js';
import { progressOf, type Args, type SandboxSettings, type Views } from './views.js';

/** Client, files, share codes and takes: records that are stored as written. */
export function recordResolvers(store: Store, settings: SandboxSettings, v: Views) {
  const newTake = (args: Args, takeType: TakeRecord['takeType'], volumeId: string | null): TakeRecord => {
    const take: TakeRecord = {
      id: store.newId('take'),
      ...nameAndMetadata(args),
      created: store.stamp().iso,
      takeType,
      sources: sourcesOf(store, args),
      volumeId,
      syncMethod: args.syncMethod ?? null,
    };
    store.takes.set(take.id, take);
    return take;
  };

  return {
    client: v.client,
    updateClient: (args: Args) => (updateRecord(store.client, args), v.client()),
    getFile: (args: Args) => v.fileView(store.file(String(args.fileId))),
    createFile: (args: Args) => {
      const file: FileRecord = { id: store.newId('file'), type: String(args.type), ...nameAndMetadata(args), created: store.stamp().iso };
      store.files.set(file.id, file);
      return v.fileView(file, 'PUT');
    },
    updateFile: (args: Args) => v.fileView(updateRecord(store.file(String(args.id)), args)),
    generateShareCode: (args: Args) => {
      const file = store.file(String(args.fileId));
      const code = randomBytes(6).toString('base64url').toUpperCase();
      const record = {
        code,
        fileId: file.id,
        created: store.stamp().iso,
        expires: new Date(store.now() + settings.shareCodeTtlSeconds * 1000).toISOString(),
      };
      store.shareCodes.set(code, record);
      return { ...record, url: `${settings.baseUrl()}/share/${code}`, file: () => v.fileView(file) };
    },
    getTake: (args: Args) => v.takeView(store.take(String(args.takeId))),
    createSingleCamTake: (args: Args) => v.takeView(newTake(args, 'SINGLE_CAM', null)),
    createMultiCamTake: (args: Args) => {
      const volume = store.volume(String(args.volumeId));
      const state = progressOf(volume, store, settings.jobDurationMs).state;
      if (state !== 'FINISHED') throw badInput(`volume ${volume.id} is ${state}; record multi-camera takes once it is FINISHED`);
      return v.takeView(newTake(args, 'MULTI_CAM', volume.id));
    },
    updateTake: (args: Args) => v.takeView(updateRecord(store.take(String(args.id)), args)),
    listTakes: (args: Args) => {
      const page = paginate(store.takes.values(), args);
      return { ...page, items: page.items.map(v.takeView) };
    },
  };
}

export function nameAndMetadata(args: Args): { name: string | null; metadata: string | null } {
  return { name: (args.name as string | null | undefined) ?? null, metadata: (args.metadata as string | null | undefined) ?? null };
}

/**
 * Applies `name` and `metadata` when given. Null or absent leaves a field as it was, as the API
 * does: the Python SDK sends the one it does not change as null. `"{}"` clears metadata.
 */
export function updateRecord<T extends { name?: string | null; metadata: string | null }>(record: T, args: Args): T {
  if (args.name != null) record.name = args.name as string;
  if (args.metadata != null) record.metadata = args.metadata as string;
  return record;
}

export function sourcesOf(store: Store, args: Args): SourceRecord[] {
  const list = (args.sources as SourceRecord[] | null | undefined) ?? [];
  if (list.length === 0) throw badInput('sources must hold at least one source');
  return list.map((s) => {
    store.file(s.fileId);
    return { deviceLabel: s.deviceLabel, fileId: s.fileId, format: s.format, cameraSettings: s.cameraSettings ?? null };
  });
}
