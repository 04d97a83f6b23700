import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, afterEach, expect, test } from 'vitest';
import { AbortError, MoveUgc, TransferError } from '../../src/index.js';
import { partPath } from '../../src/platform/resume.js';
import { startStorage, type Storage } from './servers.js';

// Downloads read the socket into two reused halves of one buffer (src/platform/http-get.ts): bodies
// larger than a half, chunk framing split anywhere across reads, answers that are not HTTP, and
// TLS, which hands over bytes it already decrypted even after reading stopped.

const BIG = randomBytes(5 * 1024 * 1024 + 123);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const ugc = new MoveUgc({ apiKey: 'test-key-not-used-here', endpoint: 'http://127.0.0.1:9/graphql', timeoutMs: 60_000 });
let storage: Storage;
let dir: string;

/** Writes BIG as chunks of odd sizes (1 byte to 200 KiB), so chunk framing falls anywhere in a read. */
function chunked(res: ServerResponse) {
  res.writeHead(200, { 'transfer-encoding': 'chunked' });
  const sizes = [1, 2, 777, 65_536, 3, 200_000, 4095, 4097];
  let at = 0;
  const more = () => {
    for (let i = 0; at < BIG.byteLength; i++) {
      const piece = BIG.subarray(at, at + sizes[i % sizes.length]!);
      at += piece.byteLength;
      if (!res.write(piece)) return void res.once('drain', more);
    }
    res.end();
  };
  more();
}

const routes = {
  '/big': (_req: IncomingMessage, res: ServerResponse) => res.writeHead(200, { 'content-length': BIG.byteLength }).end(BIG),
  '/chunked': (_req: IncomingMessage, res: ServerResponse) => chunked(res),
};
let tls: Server;
let tlsBase: string;
const CERT = fileURLToPath(new URL('./fixtures/tls-cert.pem', import.meta.url));

beforeAll(async () => {
  storage = await startStorage({
    ...routes,
    '/garbled': (req) => void req.socket.end('HELLO THERE\r\n\r\n'),
    '/interim': (req) =>
      void req.socket.end('HTTP/1.1 103 Early Hints\r\nlink: </x>\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello'),
    '/bad-chunk': (req) => void req.socket.end('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n'),
    '/two-lengths': (req) => void req.socket.end('HTTP/1.1 200 OK\r\ncontent-length: 5\r\ncontent-length: 6\r\n\r\nhello!'),
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-length': BIG.byteLength });
      res.write(BIG.subarray(0, 100_000));
    },
  });
  const key = readFileSync(fileURLToPath(new URL('./fixtures/tls-key.pem', import.meta.url)));
  tls = createServer({ key, cert: readFileSync(CERT) }, (req, res) => routes[req.url as keyof typeof routes](req, res));
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  tlsBase = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await storage.close();
  tls.closeAllConnections();
  await new Promise((resolve) => tls.close(resolve));
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-socket-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = (path: string) => ({ id: 'file-test', presignedUrl: `${storage.base}${path}` });

test.each([
  ['with a length', '/big', true],
  ['chunked, its framing split anywhere', '/chunked', true],
])('a body larger than the read buffer arrives byte for byte, %s', async (_, path) => {
  let reported = 0;
  const result = await ugc.files.download(file(path), join(dir, 'b.bin'), { onProgress: (p) => (reported = p.bytes) });
  expect(result).toMatchObject({ bytes: BIG.byteLength, complete: true });
  expect(reported).toBe(BIG.byteLength);
  expect(sha(await readFile(join(dir, 'b.bin')))).toBe(sha(BIG));
});

test('interim answers (103) are skipped for the final one', async () => {
  expect(await ugc.files.download(file('/interim'), join(dir, 'i.bin'))).toMatchObject({ bytes: 5, complete: true });
  expect(await readFile(join(dir, 'i.bin'), 'utf8')).toBe('hello');
});

test.each([
  ['no status line', '/garbled'],
  ['a bad chunk size', '/bad-chunk'],
  ['two different lengths', '/two-lengths'],
])('an answer that is not HTTP/1.1 (%s) is a TransferError and leaves nothing', async (_, path) => {
  const error = await ugc.files.download(file(path), join(dir, 'g.bin')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransferError);
  expect((error as Error).message).toMatch(/not HTTP\/1\.1/);
  expect(await readdir(dir)).toEqual([]);
});

test('an abort mid-body is an AbortError and leaves nothing', async () => {
  const controller = new AbortController();
  const download = ugc.files.download(file('/slow'), join(dir, 's.bin'), {
    signal: controller.signal,
    onProgress: (p) => p.bytes > 0 && controller.abort(),
  });
  await expect(download).rejects.toBeInstanceOf(AbortError);
  expect(await readdir(dir)).toEqual([]);
});

test('over TLS, bodies with a length and chunked arrive byte for byte', async () => {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./fixtures/download-child.mjs', import.meta.url)), dir, `${tlsBase}/big`, `${tlsBase}/chunked`],
    {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: CERT },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(stdout.trim().split('\n')).toEqual([`${BIG.byteLength} true ${sha(BIG)}`, `${BIG.byteLength} true ${sha(BIG)}`]);
  expect(code).toBe(0);
});

test('a kept ETag holding a line break is never written into a request', async () => {
  const target = join(dir, 'r.bin');
  await writeFile(partPath(target), BIG.subarray(0, 1000));
  await writeFile(`${partPath(target)}.json`, JSON.stringify({ etag: '"a"\r\nx-injected: 1', total: BIG.byteLength }));
  const before = storage.hits.length;
  const error = await ugc.files.download(file('/big'), target, { resume: true }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransferError);
  expect((error as Error).message).toMatch(/line break/);
  expect(storage.hits.length).toBe(before);
});
