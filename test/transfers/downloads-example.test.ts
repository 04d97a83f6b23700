import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { TransferError } from '../../src/index.js';
import { downloadResults } from '../../examples/downloads.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

// examples/downloads.ts (quoted in the README) against the sandbox: a second download into the
// same directory is refused until it asks to replace.

let t: TestSandbox;
let dir: string;
beforeAll(async () => {
  t = await startSandbox();
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-downloads-example-'));
});
afterAll(async () => {
  await t.sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

test('examples/downloads.ts downloads once, refuses to replace, then replaces when asked', async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const job = await t.ugc.jobs.createSingleCam({ takeId: await t.singleCamTake(), outputs: ['MAIN_FBX'] });
  await t.ugc.jobs.wait({ id: job.id, intervalMs: 10 });

  const first = await downloadResults(t.ugc, job.id, dir);
  expect(first.length).toBeGreaterThan(0);
  expect(first.every((f) => f.complete === true)).toBe(true);
  const names = (await readdir(dir)).sort();

  await writeFile(first[0]!.path, 'mine');
  const error = await downloadResults(t.ugc, job.id, dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransferError);
  expect(error).toMatchObject({ code: 'EEXIST', path: first[0]!.path });
  expect(errors).toHaveBeenCalledWith(expect.stringContaining(first[0]!.path));
  expect((await readdir(dir)).sort()).toEqual(names);

  const again = await downloadResults(t.ugc, job.id, dir, true);
  expect(again.map((f) => f.bytes)).toEqual(first.map((f) => f.bytes));
  expect((await readdir(dir)).sort()).toEqual(names);
});
