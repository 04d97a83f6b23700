import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { MoveUgc, TimeoutError, TransferError } from '../../src/index.js';
import type { FaultServer } from '../helpers/fault-server.js';
import { apiFile, finishedJob, startApi, startStorage, type Storage } from './servers.js';

// jobs.downloadOutputs names files from the API's answer (`<jobId>-<key>.<format>`): an API that
// chooses names to clobber or escape must get neither. Each test serves a job whose outputs are
// hostile and checks what lands in the target directory.

let storage: Storage;
let api: FaultServer | undefined;
let root: string;
let out: string;

beforeAll(async () => {
  storage = await startStorage({
    '/bytes/': (req, res) => res.writeHead(200, { 'content-length': 3 }).end(req.url!.slice(-3)),
    '/stall': (_req, res) => res.writeHead(200, { 'content-length': 10 }).write('12345'),
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

test('all or nothing: when a later output fails, the ones this call wrote are removed, so the same call can be retried', async () => {
  const ugc = await serving('job', [
    ['a', 'fbx', '/bytes/AAA'],
    ['b', 'fbx', '/missing'],
  ]);
  expect(await failure(ugc.jobs.downloadOutputs({ id: 'job' }, out))).toMatchObject({ name: 'TransferError', status: 404 });
  expect(await readdir(out)).toEqual([]);
});

test('with overwrite, a file already replaced is not removed when a later output fails', async () => {
  const ugc = await serving('job', [
    ['a', 'fbx', '/bytes/AAA'],
    ['b', 'fbx', '/missing'],
  ]);
  expect(await failure(ugc.jobs.downloadOutputs({ id: 'job' }, out, { overwrite: true }))).toMatchObject({
    name: 'TransferError',
    status: 404,
  });
  expect(await readdir(out)).toEqual(['job-a.fbx']);
});

test('a stalled output fails with TimeoutError (per-call timeoutMs) and leaves no partial file', async () => {
  const ugc = await serving('job', [['main', 'fbx', '/stall']]);
  expect(await failure(ugc.jobs.downloadOutputs({ id: 'job' }, out, { timeoutMs: 300 }))).toBeInstanceOf(TimeoutError);
  expect(await readdir(out)).toEqual([]);
});
