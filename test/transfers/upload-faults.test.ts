import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AbortError, MoveUgc, TimeoutError, TransferError, type UploadSource } from '../../src/index.js';
import type { FaultServer } from '../helpers/fault-server.js';
import { expectRefused } from '../helpers/resources.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { apiFile, startApi, startStorage, type Storage } from './servers.js';

// Uploads of every source kind against storage that stops reading, drops the connection, or
// never answers: each settles with AbortError, TimeoutError or TransferError, and nothing escapes
// as an uncaught exception (vitest fails the run on one). Child processes prove the same for a
// whole process in test/transfers/upload-process.test.ts.

const SIZE = 16 * 1024 * 1024;
let mode: 'ok' | 'hold' | 'drop' = 'ok';
let storage: Storage;
let api: FaultServer;
let ugc: MoveUgc;
let dir: string;
let path: string;

beforeAll(async () => {
  storage = await startStorage({
    '/put': (req: IncomingMessage, res: ServerResponse) => {
      // hold: take one chunk, then stop reading and never answer; drop: take one chunk and hang up.
      if (mode === 'hold') return void req.once('data', () => req.pause());
      if (mode === 'drop') return void req.once('data', () => req.socket.destroy());
      req.on('end', () => res.writeHead(200).end());
    },
  });
  api = await startApi({ createFile: apiFile('file-up', `${storage.base}/put`) });
  ugc = new MoveUgc({ apiKey: 'test-key-for-uploads', endpoint: api.url, maxRetries: 0 });
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-upload-'));
  path = join(dir, 'video.mp4');
  await writeFile(path, Buffer.alloc(SIZE, 3));
});
afterAll(async () => {
  await storage.close();
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const sources: [string, () => UploadSource, number | undefined][] = [
  ['a file path', () => path, undefined],
  ['a Uint8Array', () => new Uint8Array(SIZE), undefined],
  ['a Blob', () => new Blob([new Uint8Array(SIZE)]), undefined],
  ['a ReadableStream', () => new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(64 * 1024)) }), 1024 ** 3],
];
const failure = (p: Promise<unknown>) =>
  p.then(
    () => new Error('expected a failure'),
    (e: unknown) => e as Error,
  );
const upload = (source: UploadSource, size: number | undefined, extra: { signal?: AbortSignal; timeoutMs?: number } = {}) =>
  ugc.files.upload(source, { type: 'mp4', ...(size === undefined ? {} : { size }), ...extra });

// An endless stream has no whole: the first three kinds only.
test.each(sources.slice(0, 3))('%s uploads whole', async (_, source, size) => {
  mode = 'ok';
  const before = storage.received.get('/put') ?? 0;
  await upload(source(), size);
  expect((storage.received.get('/put') ?? 0) - before).toBe(SIZE);
});

test.each(sources)('%s aborted while storage has stopped reading rejects with AbortError', async (_, source, size) => {
  mode = 'hold';
  storage.received.delete('/put');
  const controller = new AbortController();
  const pending = failure(upload(source(), size, { signal: controller.signal }));
  await storage.receivedAtLeast('/put', 1);
  controller.abort();
  expect(await pending).toBeInstanceOf(AbortError);
});

test.each(sources)('%s to storage that stops reading fails with TimeoutError', async (_, source, size) => {
  mode = 'hold';
  const error = await failure(upload(source(), size, { timeoutMs: 300 }));
  expect(error).toBeInstanceOf(TimeoutError);
  expect(error.message).toMatch(/upload stalled: no byte moved for 300 ms/);
});

test.each(sources)('%s to storage that drops the connection fails with TransferError', async (_, source, size) => {
  mode = 'drop';
  expect(await failure(upload(source(), size))).toBeInstanceOf(TransferError);
});

test('a path that turns out shorter than its size while uploading is a TransferError naming it', async () => {
  mode = 'ok';
  const shrinking = join(dir, 'shrinking.mp4');
  await writeFile(shrinking, Buffer.alloc(SIZE, 1));
  const error = await failure(
    ugc.files.upload(shrinking, {
      type: 'mp4',
      onProgress: ({ bytes }) => {
        if (bytes > 0 && bytes < SIZE) void writeFile(shrinking, 'short');
      },
    }),
  );
  expect(error).toBeInstanceOf(TransferError);
  expect(error.message).toContain(shrinking);
});

describe('unusable paths, against the sandbox', () => {
  let t: TestSandbox;
  beforeAll(async () => {
    t = await startSandbox();
  });
  afterAll(async () => t.sandbox.close());

  test('a missing path or a directory is a ValidationError naming it, before any request', async () => {
    const missing = join(dir, 'no-such-video.mp4');
    await expectRefused(t, () => t.ugc.files.upload(missing, { type: 'mp4' }), new RegExp(`source "${missing}" does not exist`));
    await expectRefused(t, () => t.ugc.files.upload(dir, { type: 'mp4' }), new RegExp(`source "${dir}" is a directory`));
    await expectRefused(t, () => t.ugc.files.upload('/dev/null', { type: 'mp4' }), /source "\/dev\/null" is not a regular file/);
  });

  test('a ReadableStream something else is reading (locked) is a ValidationError before any request', async () => {
    const stream = new Blob([new Uint8Array(16)]).stream();
    const reader = stream.getReader();
    await expectRefused(t, () => t.ugc.files.upload(stream, { type: 'mp4', size: 16 }), /source is a ReadableStream .* \(locked\)/);
    reader.releaseLock();
  });
});
