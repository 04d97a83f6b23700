import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { FaultServer } from '../helpers/fault-server.js';
import { apiFile, startApi, startStorage, type Storage } from './servers.js';

// A whole process uploading a file path (the built package, as an app runs it): an abort or a
// dropped storage connection is an error it catches, never an uncaught exception that kills it.

const CHILD = fileURLToPath(new URL('./fixtures/upload-child.mjs', import.meta.url));
let storage: Storage;
let api: FaultServer;
let dir: string;
let path: string;

beforeAll(async () => {
  storage = await startStorage({
    '/hold': (req: IncomingMessage) => req.once('data', () => req.pause()),
    '/drop': (req: IncomingMessage) => req.once('data', () => req.socket.destroy()),
  });
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-child-'));
  path = join(dir, 'video.mp4');
  await writeFile(path, Buffer.alloc(32 * 1024 * 1024, 5));
});
afterAll(async () => {
  await storage.close();
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

function run(expected: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CHILD, api.url, path, expected], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

test.each([
  ['aborted mid-upload', '/hold', 'AbortError'],
  ['whose storage connection drops mid-upload', '/drop', 'TransferError'],
])('a process %s catches the error and exits 0', async (_, storagePath, expected) => {
  await api?.close();
  api = await startApi({ createFile: apiFile('file-up', `${storage.base}${storagePath}`) });
  // Three processes, side by side: each an upload of its own to the same servers.
  for (const result of await Promise.all([run(expected), run(expected), run(expected)])) {
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(expected);
    expect(result.code).toBe(0);
  }
});
