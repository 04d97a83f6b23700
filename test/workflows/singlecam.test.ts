import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';

let sandbox: Sandbox;
let ugc: MoveUgc;
let dir: string;
beforeAll(async () => {
  sandbox = await createSandbox({ jobDurationMs: 150 });
  ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-singlecam-'));
});
afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

test('upload a video, make a take, run a job, wait, download every output', async () => {
  const video = new TextEncoder().encode('not really an mp4, but bytes all the same');
  const progress: number[] = [];
  const file = await ugc.files.upload(video, { type: 'mp4', name: 'dance', onProgress: (p) => progress.push(p.bytes) });
  expect(file.id).toMatch(/^file-/);
  expect(progress.at(-1)).toBe(video.byteLength);

  // The upload reached storage: downloading the file gives the same bytes back.
  const roundTrip = join(dir, 'roundtrip.mp4');
  await ugc.files.download(file.id, roundTrip);
  expect(new Uint8Array(await readFile(roundTrip))).toEqual(video);

  const take = await ugc.takes.createSingleCam({
    sources: [{ fileId: file.id, deviceLabel: 'phone', format: 'MP4' }],
    expand: ['sources'],
  });
  expect(take.takeType).toBe('SINGLE_CAM');
  expect(take.sources?.[0]?.file?.id).toBe(file.id);

  const job = await ugc.jobs.createSingleCam({ takeId: take.id, outputs: ['MAIN_FBX', 'RENDER_VIDEO'] });
  const states: string[] = [];
  const done = await ugc.jobs.wait({ id: job.id, intervalMs: 20, onProgress: (p) => states.push(p.state ?? '') });
  expect(done.state).toBe('FINISHED');
  expect(states.at(-1)).toBe('FINISHED');
  expect(done.outputs?.map((o) => o?.key).sort()).toEqual(['main_fbx', 'render_video']);
  expect(done.outputs?.every((o) => o?.file.presignedUrl)).toBe(true);

  const outDir = join(dir, 'outputs');
  const downloaded = await ugc.jobs.downloadOutputs({ id: job.id }, outDir);
  expect(downloaded.map((d) => d.path.slice(outDir.length + 1)).sort()).toEqual([`${job.id}-main_fbx.fbx`, `${job.id}-render_video.mp4`]);
  expect((await readdir(outDir)).sort()).toEqual([`${job.id}-main_fbx.fbx`, `${job.id}-render_video.mp4`]);
  const fbx = await readFile(join(outDir, `${job.id}-main_fbx.fbx`), 'utf8');
  expect(fbx).toContain(job.id);
});
