import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { runSingleCam } from '../../examples/singlecam.js';

let sandbox: Sandbox;
let dir: string;
beforeAll(async () => {
  sandbox = await createSandbox({ jobDurationMs: 100 });
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-example-'));
});
afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

test('examples/singlecam.ts runs end to end against the sandbox and leaves every output on disk', async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
  const video = new Uint8Array(64 * 1024).fill(7);
  const outDir = join(dir, 'out');

  const { jobId, outputs } = await runSingleCam(ugc, video, outDir);

  expect(outputs.map((o) => o.key).sort()).toEqual(['main_fbx', 'main_glb', 'render_video']);
  expect((await readdir(outDir)).sort()).toEqual(outputs.map((o) => o.path.slice(outDir.length + 1)).sort());
  for (const output of outputs) {
    expect(output.path.startsWith(join(outDir, jobId))).toBe(true);
    const { size } = await stat(output.path);
    expect(size).toBeGreaterThan(0);
    expect(size).toBe(output.bytes);
  }
  const job = await ugc.jobs.retrieve({ id: jobId });
  expect(job.state).toBe('FINISHED');
  expect(job.metadata).toEqual({ source: 'examples/singlecam.ts' });
});
