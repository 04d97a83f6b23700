import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AbortError, MoveUgc, TransferError } from '../../src/index.js';

// Storage stand-in: /whole sends 1 MB in full; /cut promises 1 MB, sends half, then drops the
// connection; /slow sends a little and then waits; /missing answers 404.
const SIZE = 1024 * 1024;
let server: Server;
let base: string;
let dir: string;
const ugc = new MoveUgc({ apiKey: 'test-key-not-used-here', endpoint: 'http://127.0.0.1:9/graphql' });

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.headers.authorization !== undefined) return void res.writeHead(400).end('no auth header on storage URLs');
    if (req.url === '/missing') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-length': SIZE });
    if (req.url === '/whole') return void res.end(Buffer.alloc(SIZE, 7));
    res.write(Buffer.alloc(SIZE / 2, 7));
    if (req.url === '/cut') setTimeout(() => res.socket?.destroy(), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-download-'));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const file = (path: string) => ({ id: 'file-test', presignedUrl: `${base}${path}` });

test('a complete download lands at the destination, with progress up to the total', async () => {
  const seen: number[] = [];
  const result = await ugc.files.download(file('/whole'), join(dir, 'whole.bin'), { onProgress: (p) => seen.push(p.bytes) });
  expect(result.bytes).toBe(SIZE);
  expect((await readFile(join(dir, 'whole.bin'))).byteLength).toBe(SIZE);
  expect(seen.at(-1)).toBe(SIZE);
  await rm(join(dir, 'whole.bin'));
});

test('a connection dropped mid-body rejects with TransferError and leaves neither the file nor a temporary file', async () => {
  const error = await ugc.files.download(file('/cut'), join(dir, 'cut.bin')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransferError);
  expect(await readdir(dir)).toEqual([]);
});

test('an abort mid-body rejects with AbortError and leaves nothing behind', async () => {
  const controller = new AbortController();
  const download = ugc.files.download(file('/slow'), join(dir, 'slow.bin'), {
    signal: controller.signal,
    onProgress: (p) => {
      if (p.bytes > 0) controller.abort();
    },
  });
  await expect(download).rejects.toBeInstanceOf(AbortError);
  expect(await readdir(dir)).toEqual([]);
});

test('an error status rejects with TransferError and writes nothing', async () => {
  const error = await ugc.files.download(file('/missing'), join(dir, 'missing.bin')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransferError);
  expect((error as TransferError).status).toBe(404);
  expect(await readdir(dir)).toEqual([]);
});

test('an existing file at the destination survives a failed download untouched, even with overwrite', async () => {
  await (await import('node:fs/promises')).writeFile(join(dir, 'keep.bin'), 'previous');
  await expect(ugc.files.download(file('/cut'), join(dir, 'keep.bin'), { overwrite: true })).rejects.toBeInstanceOf(TransferError);
  expect(await readFile(join(dir, 'keep.bin'), 'utf8')).toBe('previous');
  expect(await readdir(dir)).toEqual(['keep.bin']);
  await rm(join(dir, 'keep.bin'));
});
