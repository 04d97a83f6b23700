import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { FaultServer } from '../helpers/fault-server.js';
import { apiFile, startApi, startStorage, type Storage } from '../transfers/servers.js';
import { runCli } from './run-cli.js';

// Ctrl-C while `files upload` is sending a file to storage that has stopped reading: the CLI
// cancels, says so, and exits 130, with no stack trace (it used to die of ERR_STREAM_DESTROYED).

let storage: Storage;
let api: FaultServer;
let dir: string;

beforeAll(async () => {
  storage = await startStorage({ '/hold': (req: IncomingMessage) => req.once('data', () => req.pause()) });
  api = await startApi({ createFile: apiFile('file-up', `${storage.base}/hold`) });
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-cli-upload-'));
  await writeFile(join(dir, 'take.mp4'), Buffer.alloc(32 * 1024 * 1024, 9));
});
afterAll(async () => {
  await storage.close();
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

test('Ctrl-C during files upload exits 130 without a stack trace', async () => {
  const run = runCli(['files', 'upload', join(dir, 'take.mp4')], {
    MOVE_UGC_API_KEY: 'test-key-for-uploads',
    MOVE_UGC_ENDPOINT_URL: api.url,
  });
  await storage.receivedAtLeast('/hold', 1);
  run.child.kill('SIGINT');
  const result = await run;
  expect(result.code).toBe(130);
  expect(result.stderr).toMatch(/interrupted/);
  expect(result.stderr).not.toMatch(/\n\s+at |ERR_STREAM_DESTROYED/);
});
