import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AbortError, NotFoundError } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { checkExpansions, expectRefused } from '../helpers/resources.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

const BASE = ['created', 'id', 'metadata', 'name', 'presignedUrl', 'thumbnailUrl', 'type'];
const EXPANDS = ['client'] as const;

test('create, retrieve and update, with and without the client', async () => {
  const file = await t.ugc.files.create({ type: 'mov', name: 'clip', metadata: { take: 3 } });
  expect(file).toMatchObject({ type: 'mov', name: 'clip', metadata: { take: 3 } });
  expect(file.created).toBeInstanceOf(Date);
  expect(file.presignedUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\//);
  await checkExpansions(BASE, EXPANDS, (expand) => t.ugc.files.create({ type: 'mp4', ...(expand && { expand }) }));
  await checkExpansions(BASE, EXPANDS, (expand) => t.ugc.files.retrieve({ id: file.id, ...(expand && { expand }) }));
  await checkExpansions(BASE, EXPANDS, (expand) => t.ugc.files.update({ id: file.id, name: 'new', ...(expand && { expand }) }));
  const updated = await t.ugc.files.update({ id: file.id, metadata: { take: 4 } });
  expect(updated).toMatchObject({ name: 'new', metadata: { take: 4 } });
});

test('upload sends no API key to storage and returns the created file, with the client when asked', async () => {
  const file = await t.ugc.files.upload(new Blob(['blob bytes']), { type: 'mp4', name: 'from blob', expand: ['client'] });
  expect(file.name).toBe('from blob');
  expect(file.client?.id).toMatch(/^client-/);
  // The sandbox refuses a PUT that carries an Authorization header, so a fetch of the bytes proves the upload went without one.
  // Like S3's, the upload URL only takes a PUT: read the bytes through a fresh download URL.
  const res = await fetch((await t.ugc.files.retrieve({ id: file.id })).presignedUrl!);
  expect(await res.text()).toBe('blob bytes');
});

test('download of the object upload returned fetches a read URL: its own URL only takes a PUT', async () => {
  const file = await t.ugc.files.upload(new TextEncoder().encode('round trip'), { type: 'mp4' });
  const dir = await mkdtemp(join(tmpdir(), 'move-ugc-files-'));
  try {
    const result = await t.ugc.files.download(file, join(dir, 'back.mp4'));
    expect(result.bytes).toBe(10);
    expect(await readFile(join(dir, 'back.mp4'), 'utf8')).toBe('round trip');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('createShareCode: a code, a URL serving the file, and its validity', async () => {
  const file = await t.ugc.files.upload(new TextEncoder().encode('shared'), { type: 'mp4' });
  const share = await t.ugc.files.createShareCode({ fileId: file.id });
  expect(share.code).toMatch(/^[A-Z0-9_-]{6,}$/);
  expect(share.created).toBeInstanceOf(Date);
  expect(share.expires!.getTime()).toBeGreaterThan(share.created!.getTime());
  expect(share.file?.id).toBe(file.id);
  expect(await (await fetch(share.url!)).text()).toBe('shared');
  await expect(t.ugc.files.createShareCode({ fileId: 'file-missing' })).rejects.toBeInstanceOf(NotFoundError);
});

test('bad parameters are refused before any request', async () => {
  await expectRefused(t, () => t.ugc.files.create({ type: '' }), /type must not be empty/);
  await expectRefused(t, () => t.ugc.files.create({ type: 'mp4', metadata: { n: Number.NaN } }), /metadata\.n/);
  await expectRefused(t, () => t.ugc.files.upload(42 as unknown as Blob, { type: 'mp4' }), /source must be/);
  await expectRefused(
    t,
    () => t.ugc.files.upload(new Uint8Array(1), { type: 'mp4', onProgress: 'x' as unknown as () => void }),
    /onProgress/,
  );
  await expectRefused(t, () => t.ugc.files.createShareCode({ fileId: '' }), /fileId/);
  await expectRefused(t, () => t.ugc.files.download('', '/tmp/x'), /file\.id/);
});

test('an upload aborted mid-stream rejects with AbortError', async () => {
  const controller = new AbortController();
  let sent = 0;
  const endless = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(64 * 1024)) });
  const upload = t.ugc.files.upload(endless, {
    type: 'mp4',
    size: 1024 ** 3,
    signal: controller.signal,
    onProgress: (p) => {
      sent = p.bytes;
      if (p.bytes >= 1024 * 1024) controller.abort();
    },
  });
  await expect(upload).rejects.toBeInstanceOf(AbortError);
  expect(sent).toBeGreaterThanOrEqual(1024 * 1024);
  expect(sent).toBeLessThan(1024 ** 3);
});

test('a stream shorter or longer than its stated size fails instead of hanging', async () => {
  const bytes = (n: number) => new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array(n)), c.close()) });
  await expect(t.ugc.files.upload(bytes(10), { type: 'mp4', size: 20 })).rejects.toThrow(/size is 20, but the source holds 10 bytes/);
  await expect(t.ugc.files.upload(bytes(30), { type: 'mp4', size: 20 })).rejects.toThrow(/size is 20, but the source holds more bytes/);
});
