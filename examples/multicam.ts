// Several cameras: calibrate a volume once, then record multi-camera takes in it.
import { MoveUgc, type SourceInput } from 'move-ugc';

const ugc = new MoveUgc();

// Lenses and rigs the API supports.
const { items: lenses } = await ugc.cameraSettings.list();
const { items: rigs } = await ugc.rigs.list();
const lens = lenses[0]?.lens ?? 'goprohero10-medium';

async function sources(paths: Record<string, string>): Promise<SourceInput[]> {
  return Promise.all(
    Object.entries(paths).map(async ([deviceLabel, path]) => {
      const file = await ugc.files.upload(path, { type: 'mp4' });
      return { fileId: file.id, deviceLabel, format: 'MP4' as const, cameraSettings: { lens } };
    }),
  );
}

// 1. Calibrate: each camera films a person of known height walking the capture area.
let volume = await ugc.volumes.createHuman({
  sources: await sources({ left: './calib-left.mp4', right: './calib-right.mp4' }),
  humanHeight: 1.78,
  areaType: 'NORMAL',
  syncMethod: { clapWindow: { startTime: 0.5, endTime: 2 } },
});
while (volume.state !== 'FINISHED') {
  if (volume.state === 'FAILED') throw new Error(`calibration of ${volume.id} failed`);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  volume = await ugc.volumes.retrieve({ id: volume.id });
}

// 2. Record a take in the calibrated volume and process it.
const take = await ugc.takes.createMultiCam({
  volumeId: volume.id,
  sources: await sources({ left: './take-left.mp4', right: './take-right.mp4' }),
  syncMethod: { timecodeSync: { useTimecode: true } },
});
const job = await ugc.jobs.createMultiCam({ takeId: take.id, numberOfActors: 2, rig: rigs[0]?.name, outputs: ['ALL_FBX'] });
const done = await ugc.jobs.wait({ id: job.id });
await ugc.jobs.downloadOutputs({ id: done.id }, './move-ugc-output');
