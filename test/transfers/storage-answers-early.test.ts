import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { AbortError, MoveUgc, TimeoutError, TransferError, ValidationError } from '../../src/index.js';
import type { FaultServer } from '../helpers/fault-server.js';
import { expectRefused } from '../helpers/resources.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { apiFile, startApi, startStorage, type Storage } from './servers.js';

// Transfers against storage that answers before it has the body, stops reading, or hands out
// URLs and replies no storage should: found by an adversarial pass, each once resolved as a
// success, hung the process, waited twice its timeout or threw a bare TypeError.

const SIZE = 8 * 1024 * 1024;
let storage: Storage;
let closed = 0;
let dir: string;
let path: string;
const apis: FaultServer[] = [];

beforeAll(async () => {
  const counted = (res: ServerResponse) => res.socket?.once('close', () => closed++);
  storage = await startStorage({
    // Answers at the first chunk, as S3 does to a bad signature, and leaves the socket open.
    '/early-403': (req: IncomingMessage, res: ServerResponse) => (counted(res), void req.once('data', () => res.writeHead(403).end())),
    '/early-200': (req: IncomingMessage, res: ServerResponse) => (counted(res), void req.once('data', () => res.writeHead(200).end())),
    // Takes one chunk, then reads no more and never answers.
    '/stop-reading': (req: IncomingMessage) => void req.once('data', () => req.pause()),
    '/ok': (req: IncomingMessage, res: ServerResponse) => void req.resume().on('end', () => res.writeHead(200).end()),
    '/partial': (_req: IncomingMessage, res: ServerResponse) =>
      void res.writeHead(206, { 'content-range': 'bytes 0-9/100', 'content-length': 10 }).end('0123456789'),
    '/slow-file': (_req: IncomingMessage, res: ServerResponse) => {
      counted(res);
      res.writeHead(200, { 'content-length': 1_000_000 });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(Buffer.alloc(1000))), 20);
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-early-'));
  path = join(dir, 'video.mp4');
  await writeFile(path, Buffer.alloc(SIZE, 7));
});
afterAll(async () => {
  await storage.close();
  await Promise.all(apis.map((a) => a.close()));
  await rm(dir, { recursive: true, force: true });
});

/** A client whose createFile hands out `presignedUrl`. */
async function clientUploadingTo(presignedUrl: string, timeoutMs = 10_000): Promise<MoveUgc> {
  const api = await startApi({ createFile: apiFile('file-early', presignedUrl) });
  apis.push(api);
  return new MoveUgc({ apiKey: 'test-key-for-early-answers', endpoint: api.url, maxRetries: 0, timeoutMs });
}

// No cap of its own: on a loaded machine the close may come late; a close that never comes fails
// at the test's timeout.
const until = async (done: () => boolean) => {
  while (!done()) await new Promise((r) => setTimeout(r, 10));
};

describe('uploads', () => {
  test.each([
    ['path', () => path],
    ['bytes', () => new Uint8Array(SIZE)],
  ])('storage answering 200 before it has the body (%s) is a TransferError, and the request is torn down', async (_, source) => {
    const ugc = await clientUploadingTo(`${storage.base}/early-200`);
    const before = closed;
    const error = await ugc.files.upload(source(), { type: 'mp4' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferError);
    expect((error as Error).message).toMatch(/answered HTTP 200 after \d+ of 8388608 bytes/);
    await until(() => closed > before);
    expect(closed).toBeGreaterThan(before);
  });

  test('storage refusing at once (403) fails the upload and closes the connection, so the process can exit', async () => {
    const ugc = await clientUploadingTo(`${storage.base}/early-403`);
    const before = closed;
    const error = await ugc.files.upload(path, { type: 'mp4' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferError);
    expect((error as TransferError).status).toBe(403);
    await until(() => closed > before);
    expect(closed).toBeGreaterThan(before);
  });

  test('an upload URL that is not http(s), or not a URL, is a TransferError; a capitalised scheme works', async () => {
    for (const url of ['ftp://127.0.0.1/x', 'file:///tmp/x', 'not a url']) {
      const ugc = await clientUploadingTo(url);
      const error = await ugc.files.upload(new Uint8Array(4), { type: 'mp4' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransferError);
      expect((error as Error).message).toMatch(/upload URL the API gave is not/);
    }
    const ugc = await clientUploadingTo(`${storage.base.replace('http:', 'HTTP:')}/ok`);
    expect((await ugc.files.upload(new Uint8Array(4), { type: 'mp4' })).id).toBe('file-early');
  });

  test('storage that stops reading times out after timeoutMs of no progress, not twice that', async () => {
    const ugc = await clientUploadingTo(`${storage.base}/stop-reading`, 2_000);
    const started = Date.now();
    const error = await ugc.files.upload(path, { type: 'mp4' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    // Node's socket timeout skipped its first expiry while a write was pending: 4 000 ms here. The
    // bound leaves a loaded machine 1.6 s for the API call and the connection.
    expect(Date.now() - started).toBeLessThan(3_600);
  });

  test('a stream source is cancelled when the upload times out, so whatever it reads from is let go', async () => {
    const ugc = await clientUploadingTo(`${storage.base}/stop-reading`, 500);
    let cancelled = false;
    let sent = 0;
    const source = new ReadableStream<Uint8Array>({
      // Yields 1 MiB, then never again: the pending read must not keep the stream locked.
      pull: (c) => (sent++ === 0 ? c.enqueue(new Uint8Array(1024 * 1024)) : new Promise(() => {})),
      cancel: () => void (cancelled = true),
    });
    const error = await ugc.files.upload(source, { type: 'mp4', size: SIZE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    await until(() => cancelled);
    expect(cancelled).toBe(true);
  });

  test('an onProgress that throws is reported (console.warn once, no logger) and the upload completes', async () => {
    const ugc = await clientUploadingTo(`${storage.base}/ok`);
    const warned: unknown[][] = [];
    const spy = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warned.push(args));
    let calls = 0;
    try {
      const file = await ugc.files.upload(path, {
        type: 'mp4',
        onProgress: () => {
          calls++;
          throw new RangeError('callback blew up');
        },
      });
      expect(file.id).toBe('file-early');
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBeGreaterThan(1);
    expect(warned).toHaveLength(1);
    expect(String(warned[0]![0])).toMatch(/^move-ugc: onProgress threw, ignored: RangeError: callback blew up/);
  });
});

describe('downloads', () => {
  const ugc = new MoveUgc({ apiKey: 'test-key-for-early-answers', endpoint: 'http://127.0.0.1:9/graphql', maxRetries: 0 });

  test('a 206 to a GET that asked for no range is a TransferError, and nothing is written', async () => {
    const target = join(dir, 'partial.bin');
    const error = await ugc.files.download(apiFile('file-p', `${storage.base}/partial`), target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferError);
    expect((error as TransferError).status).toBe(206);
    expect((await readdir(dir)).filter((n) => n.startsWith('partial') || n.endsWith('.part'))).toEqual([]);
  });

  test('an onProgress that throws does not end the download; the signal still does, closing the response', async () => {
    const before = closed;
    const controller = new AbortController();
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = await ugc.files
      .download(apiFile('file-s', `${storage.base}/slow-file`), join(dir, 'slow.bin'), {
        signal: controller.signal,
        onProgress: ({ bytes }) => {
          if (bytes >= 3000) controller.abort();
          throw new Error('no progress wanted');
        },
      })
      .catch((e: unknown) => e)
      .finally(() => spy.mockRestore());
    // Bytes kept coming after the callback's first throw, until the caller's abort.
    expect(error).toBeInstanceOf(AbortError);
    await until(() => closed > before);
    expect(closed).toBeGreaterThan(before);
  });

  test('a presignedUrl that is not http(s) is a ValidationError, before any request', async () => {
    const error = await ugc.files.download(apiFile('file-x', 'ftp://127.0.0.1/x'), join(dir, 'x.bin')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('file.presignedUrl');
  });
});

describe('against the sandbox', () => {
  let t: TestSandbox;
  beforeAll(async () => {
    t = await startSandbox();
  });
  afterAll(() => t.sandbox.close());

  test("a copy of upload()'s result (a spread, or JSON stored and read back) downloads: its URL is upload-only", async () => {
    const file = await t.ugc.files.upload(new TextEncoder().encode('copied bytes'), { type: 'mp4' });
    const copies = [{ ...file }, JSON.parse(JSON.stringify(file)) as typeof file];
    for (const [i, copy] of copies.entries()) {
      const target = join(dir, `copy-${i}.mp4`);
      await t.ugc.files.download(copy, target);
      expect(await readFile(target, 'utf8')).toBe('copied bytes');
    }
  });

  test('a ReadableStream size past 2^53 is refused before any request', async () => {
    await expectRefused(t, () => t.ugc.files.upload(new ReadableStream(), { type: 'mp4', size: 2 ** 60 }), /size/);
  });
});
