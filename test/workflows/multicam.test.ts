import { afterAll, beforeAll, expect, test } from 'vitest';
import { ApiError, MoveUgc, type SourceInput } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';

let sandbox: Sandbox;
let ugc: MoveUgc;
beforeAll(async () => {
  sandbox = await createSandbox({ jobDurationMs: 500 });
  ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
});
afterAll(() => sandbox.close());

/** Uploads one small video per camera and describes them as sources with the first listed lens. */
async function cameraSources(prefix: string): Promise<SourceInput[]> {
  const { items: lenses } = await ugc.cameraSettings.list();
  const lens = lenses[0]!.lens;
  return Promise.all(
    ['left', 'right', 'top'].map(async (label) => {
      const file = await ugc.files.upload(new TextEncoder().encode(`${prefix} ${label}`), { type: 'mp4' });
      return { fileId: file.id, deviceLabel: label, format: 'MP4' as const, cameraSettings: { lens } };
    }),
  );
}

test('calibrate a volume, record a multi-camera take in it, process it with a rig', async () => {
  // Uploaded first: the volume must still be calibrating when the early take is refused.
  const sources = await cameraSources('performance');
  const volume = await ugc.volumes.createHuman({
    sources: await cameraSources('calibration'),
    humanHeight: 1.8,
    areaType: 'NORMAL',
    syncMethod: { clapWindow: { startTime: 0.5, endTime: 2 } },
    clipWindow: { startTime: 0, endTime: 10 },
    name: 'studio A',
  });
  expect(volume.state).toBe('NOT_STARTED');

  // A take needs a calibrated volume.
  await expect(ugc.takes.createMultiCam({ volumeId: volume.id, sources })).rejects.toBeInstanceOf(ApiError);

  let calibrated = await ugc.volumes.retrieve({ id: volume.id, expand: ['outputs', 'sources', 'clipWindow'] });
  while (calibrated.state !== 'FINISHED') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    calibrated = await ugc.volumes.retrieve({ id: volume.id, expand: ['outputs', 'sources', 'clipWindow'] });
  }
  expect(calibrated.outputs?.[0]?.file.presignedUrl).toBeTruthy();
  expect(calibrated.sources).toHaveLength(3);
  expect(calibrated.clipWindow).toEqual({ startTime: 0, endTime: 10 });

  const take = await ugc.takes.createMultiCam({
    volumeId: volume.id,
    sources,
    syncMethod: { timecodeSync: { useTimecode: true } },
    expand: ['volume', 'sources'],
  });
  expect(take.takeType).toBe('MULTI_CAM');
  expect(take.volume?.id).toBe(volume.id);
  expect(take.syncMethod).toEqual({ clapWindow: null, timecodeSync: { useTimecode: true } });
  expect(take.sources?.map((s) => s?.cameraSettings?.lens)).toEqual(sources.map((s) => s.cameraSettings?.lens));

  const { items: rigs } = await ugc.rigs.list();
  expect(rigs.map((r) => r.name)).toContain('move_mo');
  const job = await ugc.jobs.createMultiCam({ takeId: take.id, numberOfActors: 2, rig: 'move_mo', expand: ['rig', 'inputs'] });
  expect(job.rig).toEqual({ name: 'move_mo' });
  expect(job.inputs?.numberOfActors).toBe(2);

  const done = await ugc.jobs.wait({ id: job.id, intervalMs: 20 });
  expect(done.outputs?.map((o) => o?.key).sort()).toEqual(['main_blend', 'main_fbx', 'main_usdc', 'main_usdz', 'motion_data']);

  // Every listed volume and take is reachable by iterating.
  const volumeIds: string[] = [];
  for await (const v of ugc.volumes.list({ limit: 1 })) volumeIds.push(v.id);
  expect(volumeIds).toEqual([volume.id]);
  const takes: string[] = [];
  for await (const t of ugc.takes.list({ limit: 1 })) takes.push(t.id);
  expect(takes).toEqual([take.id]);
});

test('a volume created to fail ends FAILED', async () => {
  const volume = await ugc.volumes.createHuman({
    sources: await cameraSources('broken'),
    humanHeight: 1.7,
    areaType: 'LARGE',
    metadata: { sandbox: { fail: true } },
  });
  let state = volume.state;
  while (state !== 'FAILED' && state !== 'FINISHED') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    state = (await ugc.volumes.retrieve({ id: volume.id })).state;
  }
  expect(state).toBe('FAILED');
});
