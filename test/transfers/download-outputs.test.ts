import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { DownloadOutputsError, MoveUgc, TimeoutError, TransferError } from '../../src/index.js';
import type { FaultServer } from '../helpers/fault-server.js';
import { apiFile, finishedJob, startApi, startStorage, type Storage } from './servers.js';

// jobs.downloadOutputs names files from the API's answer (`<jobId>-<key>.<format>`): an API that
// chooses names to clobber or escape must get neither. Each test serves a job whose outputs are
// hostile and checks what lands in the target directory.

let storage: Storage;
/** Holds each /gate/ request until `size` are waiting at once, then answers them all; `max` is the most seen at once. */
const gate = { size: 4, max: 0, released: false, held: [] as (() => void)[] };
let api: FaultServer | undefined;
let root: string;
let out: string;

beforeAll(async () => {
  storage = await startStorage({
    '/bytes/': (req, res) => res.writeHead(200, { 'content-length': 3 }).end(req.url!.slice(-3)),
    '/stall': (_req, res) => res.writeHead(200, { 'content-length': 10 }).write('12345'),
    '/gate/': (_req, res) => {
      gate.held.push(() => res.writeHead(200, { 'content-length': 2 }).end('ok'));
      gate.max = Math.max(gate.max, gate.held.length);
      // The last ones of a job come fewer than `size`: each is answered as it arrives once the first batch went.
      if (gate.held.length >= gate.size || gate.released) for (const answer of gate.held.splice(0)) answer();
      if (gate.max >= gate.size) gate.released = true;
    },
  });
});
afterAll(async () => {
  await storage.close();
  await api?.close();
});
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'move-ugc-outputs-'));
  out = join(root, 'out');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A client whose API serves job `jobId` with these (key, format, storage path) outputs. */
async function serving(jobId: string, outputs: [key: string, format: string, path: string][]): Promise<MoveUgc> {
  await api?.close();
  const files = outputs.map(([key, format, path], i) => ({ key, format, file: apiFile(`file-${i}`, `${storage.base}${path}`, format) }));
  api = await startApi(finishedJob(jobId, files));
  return new MoveUgc({ apiKey: 'test-key-for-outputs', endpoint: api.url, maxRetries: 0 });
}
const failure = (p: Promise<unknown>) =>
  p.then(
    () => new Error('expected a failure'),
    (e: unknown) => e as Error,
  );

test('a name that matches an existing file fails before anything is downloaded, naming it; overwrite: true replaces it', async () => {
  const ugc = await serving('package', [
    ['a', 'mp4', '/bytes/AAA'],
    ['lock', 'json', '/bytes/BBB'],
  ]);
  await (await import('node:fs/promises')).mkdir(out);
  await writeFile(join(out, 'package-lock.json'), '{"keep":true}');
  const hits = storage.hits.length;
  const error = await failure(ugc.jobs.downloadOutputs({ id: 'package' }, out));
  expect(error).toBeInstanceOf(TransferError);
  expect(error).toMatchObject({ code: 'EEXIST', path: join(out, 'package-lock.json') });
  expect(error.message).toContain(join(out, 'package-lock.json'));
  expect(storage.hits.length).toBe(hits);
  expect(await readdir(out)).toEqual(['package-lock.json']);
  expect(await readFile(join(out, 'package-lock.json'), 'utf8')).toBe('{"keep":true}');

  const done = await ugc.jobs.downloadOutputs({ id: 'package' }, out, { overwrite: true });
  expect(done.map((d) => d.path)).toEqual([join(out, 'package-a.mp4'), join(out, 'package-lock.json')]);
  expect(await readFile(join(out, 'package-lock.json'), 'utf8')).toBe('BBB');
});

test.each([
  ['path separators and ..', '../../escape', '../x', 'mp4'],
  ['absolute paths', '/etc/passwd', '/root/.ssh/authorized_keys', 'json'],
  ['backslashes', '..\\..\\win', 'a\\b', 'fbx'],
  // No NUL in the id: callers' ids are refused with one before any request (the validation tests).
  ['control characters and a newline', 'job\u0007\t\n', 'key\r\u001b[31m', 'glb'],
  ['dots only', '..', '.', '..'],
  ['a format with a separator', 'job', 'main', '/../../x'],
])('hostile names (%s) land inside the target directory', async (_, jobId, key, format) => {
  const ugc = await serving(jobId, [[key, format, '/bytes/CCC']]);
  const [result] = await ugc.jobs.downloadOutputs({ id: jobId }, out);
  expect(dirname(result!.path)).toBe(out);
  expect([...result!.path].some((c) => c < ' ' || c === '\\')).toBe(false);
  expect(await readdir(out)).toEqual([result!.path.slice(out.length + 1)]);
  expect(await readdir(root)).toEqual(['out']);
  expect(await readFile(result!.path, 'utf8')).toBe('CCC');
});

test.each([212, 255, 400])('a job id and key adding up to %i bytes give a name short enough to write', async (length) => {
  const ugc = await serving('j'.repeat(length / 2), [['k'.repeat(length / 2), 'fbx', '/bytes/DDD']]);
  const [result] = await ugc.jobs.downloadOutputs({ id: 'j'.repeat(length / 2) }, out);
  const name = result!.path.slice(out.length + 1);
  expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
  expect(name).toMatch(/^j+-k+\.fbx$/);
  expect(await readFile(result!.path, 'utf8')).toBe('DDD');
});

test('outputs whose names collide after sanitising get distinct names', async () => {
  const ugc = await serving('job', [
    ['a/b', 'mp4', '/bytes/EEE'],
    ['a\\b', 'mp4', '/bytes/FFF'],
  ]);
  const results = await ugc.jobs.downloadOutputs({ id: 'job' }, out);
  expect(new Set(results.map((r) => r.path)).size).toBe(2);
  expect((await readdir(out)).sort()).toEqual(['job-a_b-2.mp4', 'job-a_b.mp4']);
});

test('when one output fails the others go on and are kept; DownloadOutputsError lists the finished and the failed', async () => {
  const ugc = await serving('job', [
    ['a', 'fbx', '/bytes/AAA'],
    ['b', 'fbx', '/missing'],
    ['c', 'fbx', '/bytes/CCC'],
  ]);
  const error = await failure(ugc.jobs.downloadOutputs({ id: 'job' }, out, { concurrency: 1 }));
  expect(error).toBeInstanceOf(DownloadOutputsError);
  expect(error).toBeInstanceOf(TransferError);
  const { finished, failed } = error as DownloadOutputsError;
  expect(finished.map((f) => f.key)).toEqual(['a', 'c']);
  expect(failed.map((f) => [f.key, f.path, f.error.status])).toEqual([['b', join(out, 'job-b.fbx'), 404]]);
  expect(error.message).toMatch(/1 of 3 outputs of job job failed \(b\)/);
  expect((await readdir(out)).sort()).toEqual(['job-a.fbx', 'job-c.fbx']);
  expect(await readFile(join(out, 'job-c.fbx'), 'utf8')).toBe('CCC');
});

test('up to `concurrency` outputs download at once (default 4)', async () => {
  for (const [given, expected] of [
    [undefined, 4],
    [2, 2],
  ] as const) {
    gate.max = 0;
    gate.released = false;
    gate.size = expected;
    const ugc = await serving(
      'job',
      Array.from({ length: 6 }, (_, i) => [`k${i}`, 'fbx', `/gate/${i}`] as [string, string, string]),
    );
    const results = await ugc.jobs.downloadOutputs({ id: 'job' }, join(out, String(expected)), { concurrency: given, timeoutMs: 10_000 });
    expect(results.map((r) => r.key)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
    expect(gate.max).toBe(expected);
  }
});

test('a bad concurrency is a ValidationError naming it, before any request', async () => {
  const ugc = await serving('job', [['a', 'fbx', '/bytes/AAA']]);
  for (const concurrency of [0, 17, 1.5, '4', Number.NaN]) {
    const error = await failure(ugc.jobs.downloadOutputs({ id: 'job' }, out, { concurrency: concurrency as number }));
    expect(error).toMatchObject({ name: 'ValidationError', field: 'options.concurrency' });
  }
  expect(api!.requests).toHaveLength(0);
});

test('a stalled output fails with TimeoutError (per-call timeoutMs) and leaves no partial file', async () => {
  const ugc = await serving('job', [['main', 'fbx', '/stall']]);
  const error = await failure(ugc.jobs.downloadOutputs({ id: 'job' }, out, { timeoutMs: 300 }));
  expect((error as DownloadOutputsError).failed[0]!.error).toBeInstanceOf(TimeoutError);
  expect(await readdir(out)).toEqual([]);
});
