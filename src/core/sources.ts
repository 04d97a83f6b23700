import type { SourceInput, SyncMethodInput } from '../generated/graphql.js';
import { schemaEnums } from '../generated/schema-map.js';
import { ValidationError } from './errors.js';
import { knownKeys, oneOf, optionalBoolean, optionalTimeWindow, requireArray, requireObject, requireString } from './validate.js';

// Validators for the camera sources and sync settings that takes and volumes share.

export function requireSources(value: unknown, field = 'sources'): SourceInput[] {
  const sources = requireArray(value, field, requireSource);
  if (sources.length === 0) throw new ValidationError(field, 'must hold at least one source');
  return sources;
}

function requireSource(value: unknown, field: string): SourceInput {
  const s = requireObject(value, field);
  knownKeys(s, ['fileId', 'deviceLabel', 'format', 'cameraSettings'], field);
  const source: SourceInput = {
    fileId: requireString(s.fileId, `${field}.fileId`),
    deviceLabel: requireString(s.deviceLabel, `${field}.deviceLabel`),
    format: oneOf(s.format, `${field}.format`, schemaEnums.SourceFormat),
  };
  if (s.cameraSettings !== undefined) {
    const c = requireObject(s.cameraSettings, `${field}.cameraSettings`);
    knownKeys(c, ['lens'], `${field}.cameraSettings`);
    source.cameraSettings = { lens: requireString(c.lens, `${field}.cameraSettings.lens`) };
  }
  return source;
}

/** Exactly one way of syncing the cameras: a clap window, or timecode. */
export function optionalSyncMethod(value: unknown, field = 'syncMethod'): SyncMethodInput | undefined {
  if (value === undefined) return undefined;
  const m = requireObject(value, field);
  knownKeys(m, ['clapWindow', 'timecodeSync'], field);
  const clapWindow = optionalTimeWindow(m.clapWindow, `${field}.clapWindow`);
  let timecodeSync: SyncMethodInput['timecodeSync'];
  if (m.timecodeSync !== undefined) {
    const t = requireObject(m.timecodeSync, `${field}.timecodeSync`);
    knownKeys(t, ['useTimecode'], `${field}.timecodeSync`);
    timecodeSync = { useTimecode: optionalBoolean(t.useTimecode, `${field}.timecodeSync.useTimecode`) ?? true };
  }
  if (!clapWindow === !timecodeSync) throw new ValidationError(field, 'must set exactly one of clapWindow or timecodeSync');
  return clapWindow ? { clapWindow } : { timecodeSync };
}
