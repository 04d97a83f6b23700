import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectRefused } from '../helpers/resources.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

// S3 takes at most 5 GiB in one PUT and refuses more only once it has been sent: an upload over
// it is refused before the file record is made or a byte moves.

const LIMIT = 5 * 1024 ** 3;
let t: TestSandbox;
let dir: string;
beforeAll(async () => {
  t = await startSandbox();
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-limit-'));
});
afterAll(async () => {
  await t.sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

/** A sparse file of `size` bytes: no disk is used. */
async function sparse(name: string, size: number): Promise<string> {
  const path = join(dir, name);
  const handle = await open(path, 'w');
  await handle.truncate(size);
  await handle.close();
  return path;
}

test('a file over 5 GiB is a ValidationError naming the limit, before any request', async () => {
  const path = await sparse('huge.mp4', LIMIT + 1);
  await expectRefused(t, () => t.ugc.files.upload(path, { type: 'mp4' }), /source.*5368709121 bytes.*5 GiB \(5368709120 bytes\)/);
});

test('a stream declared over 5 GiB is a ValidationError on size, before any request, and is not read', async () => {
  let pulled = false;
  const stream = new ReadableStream<Uint8Array>({ pull: () => void (pulled = true) }, { highWaterMark: 0 });
  await expectRefused(t, () => t.ugc.files.upload(stream, { type: 'mp4', size: LIMIT + 1 }), /size.*5 GiB/);
  expect(pulled).toBe(false);
  expect(stream.locked).toBe(false);
});

test('a file of exactly 5 GiB passes the check: its record is made and its bytes start moving', async () => {
  const path = await sparse('limit.mp4', LIMIT);
  // Aborted at its first bytes: 5 GiB need not move to show the check let it through.
  const controller = new AbortController();
  const before = t.sandbox.requestCount;
  const error = await t.ugc.files
    .upload(path, { type: 'mp4', onProgress: ({ bytes }) => bytes > 0 && controller.abort(), signal: controller.signal })
    .catch((e: unknown) => e);
  expect((error as Error).name).not.toBe('ValidationError');
  expect(t.sandbox.requestCount).toBeGreaterThan(before);
});
