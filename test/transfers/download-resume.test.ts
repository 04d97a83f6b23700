import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { MoveUgc, TransferError } from '../../src/index.js';
import { partPath } from '../../src/platform/resume.js';
import { startSandbox } from '../helpers/sandbox.js';

// An interrupted download keeps its part, and the next call with `resume` asks only for the rest:
// against storage that cuts the body midway (destroys the socket after CUT bytes), that ignores
// Range, and whose file changes between the two calls.

const SIZE = 3 * 1024 * 1024 + 17;
const CUT = 1024 * 1024 + 5;
let content = randomBytes(SIZE);
let etag = '"v1"';
/** How the next GET is answered: cut after CUT bytes, whole, or whole whatever Range it asks. */
let mode: 'cut' | 'serve' | 'ignore-range' = 'serve';
const log: IncomingHttpHeaders[] = [];
let server: Server;
let url: string;
let dir: string;
const ugc = new MoveUgc({ apiKey: 'test-key-not-used-here', endpoint: 'http://127.0.0.1:9/graphql', maxRetries: 0 });

beforeAll(async () => {
  server = createServer((req, res) => {
    log.push(req.headers);
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const honoured = range && mode !== 'ignore-range' && (req.headers['if-range'] ?? etag) === etag;
    const start = honoured ? Number(range[1]) : 0;
    const headers = { etag, 'content-length': SIZE - start, 'accept-ranges': 'bytes' };
    if (honoured) res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${SIZE - 1}/${SIZE}` });
    else res.writeHead(200, headers);
    if (mode !== 'cut') return void res.end(content.subarray(start));
    res.write(content.subarray(start, start + CUT), () => res.socket?.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/file`;
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-resume-'));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  log.length = 0;
  content = randomBytes(SIZE);
  etag = '"v1"';
});

const file = { id: 'file-resume', presignedUrl: '' };

/** A first call that storage cuts off midway: it fails and leaves its part. */
async function interrupted(target: string): Promise<number> {
  mode = 'cut';
  const error = await ugc.files.download({ ...file, presignedUrl: url }, target, { resume: true }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransferError);
  const kept = (await stat(partPath(target))).size;
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(SIZE);
  log.length = 0;
  return kept;
}

test('a download cut midway is finished by one Range request, byte for byte', async () => {
  const target = join(dir, 'cut.bin');
  const kept = await interrupted(target);
  mode = 'serve';
  const seen: number[] = [];
  const result = await ugc.files.download({ ...file, presignedUrl: url }, target, { resume: true, onProgress: (p) => seen.push(p.bytes) });
  expect(log.map((h) => [h.range, h['if-range']])).toEqual([[`bytes=${kept}-`, '"v1"']]);
  expect(seen[0]).toBe(kept);
  expect(result).toMatchObject({ bytes: SIZE, complete: true });
  expect((await readFile(target)).equals(content)).toBe(true);
  expect((await readdir(dir)).filter((n) => n.startsWith('.move-ugc-'))).toEqual([]);
});

test('storage that ignores Range (200) restarts the download cleanly', async () => {
  const target = join(dir, 'ignored.bin');
  await interrupted(target);
  mode = 'ignore-range';
  await ugc.files.download({ ...file, presignedUrl: url }, target, { resume: true });
  expect(log).toHaveLength(1);
  expect((await readFile(target)).equals(content)).toBe(true);
});

test('a file changed since the part began (new ETag) restarts the download', async () => {
  const target = join(dir, 'changed.bin');
  await interrupted(target);
  content = randomBytes(SIZE);
  etag = '"v2"';
  mode = 'serve';
  await ugc.files.download({ ...file, presignedUrl: url }, target, { resume: true });
  expect(log.map((h) => h['if-range'])).toEqual(['"v1"']);
  expect((await readFile(target)).equals(content)).toBe(true);
});

test('without resume, a cut download leaves nothing behind and the next one starts from zero', async () => {
  const target = join(dir, 'plain.bin');
  mode = 'cut';
  await expect(ugc.files.download({ ...file, presignedUrl: url }, target)).rejects.toBeInstanceOf(TransferError);
  expect((await readdir(dir)).filter((n) => n.startsWith('.move-ugc-'))).toEqual([]);
  mode = 'serve';
  log.length = 0;
  await ugc.files.download({ ...file, presignedUrl: url }, target);
  expect(log.map((h) => h.range)).toEqual([undefined]);
  expect((await readFile(target)).equals(content)).toBe(true);
});

test('against the sandbox: a kept part is continued from its storage with Range', async () => {
  const t = await startSandbox();
  try {
    const bytes = randomBytes(512 * 1024 + 3);
    const uploaded = await t.ugc.files.upload(bytes, { type: 'mp4' });
    const target = join(dir, 'sandbox.bin');
    // As a cut download leaves it: the first half, and the whole's size (the sandbox sends no ETag).
    await writeFile(partPath(target), bytes.subarray(0, 200_000));
    await writeFile(`${partPath(target)}.json`, JSON.stringify({ etag: null, total: bytes.length }));
    const seen: number[] = [];
    await t.ugc.files.download(uploaded.id, target, { resume: true, onProgress: (p) => seen.push(p.bytes) });
    expect(seen[0]).toBe(200_000);
    expect((await readFile(target)).equals(bytes)).toBe(true);
  } finally {
    await t.sandbox.close();
  }
});
