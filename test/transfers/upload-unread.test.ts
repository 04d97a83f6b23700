import { Readable } from 'node:stream';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MoveUgc, TransferError } from '../../src/index.js';
import type { FaultServer } from '../helpers/fault-server.js';
import { apiFile, startApi, startStorage, type Storage } from './servers.js';

// Storage that reads 64 KiB, answers 200 at once and drops the connection: a body this small can
// sit whole in the sockets' buffers before the answer comes, so every byte looks sent. The SDK
// counts a 2xx only once storage has answered a request sent after the PUT, which it reads only
// after the PUT's whole body (or has closed the connection after saying it would).

const KiB = 1024;
const SIZES = [256 * KiB, 1024 * KiB, 3 * 1024 * KiB];
let storage: Storage;
let dir: string;
const apis: FaultServer[] = [];
/** Body bytes each route read before answering, by request path. */
const read = new Map<string, number>();

type After = 'keep' | 'close' | 'reset' | 'announced-close';
const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n';
const OK_CLOSING = 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n';

/**
 * Reads up to `limit` body bytes (all of them when undefined), answers 200, then keeps the
 * connection, closes it or resets it. The answer goes straight to the socket: node:http would
 * close a connection whose request it did not read in full on its own.
 */
const route = (limit: number | undefined, after: After) => (req: IncomingMessage) => {
  let bytes = 0;
  let answered = false;
  const answer = () => {
    answered = true;
    if (req.method === 'PUT') read.set(req.url!, bytes);
    const socket = req.socket;
    const closing = after === 'close' || after === 'announced-close';
    socket.write(after === 'announced-close' ? OK_CLOSING : OK, () =>
      closing ? socket.end() : after === 'reset' ? socket.resetAndDestroy() : undefined,
    );
  };
  req.on('data', (chunk: Buffer) => {
    bytes += chunk.byteLength;
    if (limit !== undefined && bytes >= limit && !answered) {
      req.pause();
      answer();
    }
  });
  req.on('end', () => !answered && answer());
};

beforeAll(async () => {
  storage = await startStorage({
    '/unread-reset/': route(64 * KiB, 'reset'),
    '/unread-keep/': route(64 * KiB, 'keep'),
    '/whole-keep/': route(undefined, 'keep'),
    '/unread-close/': route(64 * KiB, 'close'),
    '/whole-close/': route(undefined, 'announced-close'),
  });
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-unread-'));
});
afterAll(async () => {
  await storage.close();
  await Promise.all(apis.map((a) => a.close()));
  await rm(dir, { recursive: true, force: true });
});

async function clientUploadingTo(presignedUrl: string, timeoutMs = 10_000): Promise<MoveUgc> {
  const api = await startApi({ createFile: apiFile('file-unread', presignedUrl) });
  apis.push(api);
  return new MoveUgc({ apiKey: 'test-key-for-unread-uploads', endpoint: api.url, maxRetries: 0, timeoutMs });
}

type Kind = 'Buffer' | 'Blob' | 'stream' | 'path';
const KINDS: Kind[] = ['Buffer', 'Blob', 'stream', 'path'];

async function source(kind: Kind, size: number): Promise<[Buffer | Blob | ReadableStream<Uint8Array> | string, { size?: number }]> {
  const bytes = Buffer.alloc(size, kind.length);
  if (kind === 'Buffer') return [bytes, {}];
  if (kind === 'Blob') return [new Blob([bytes]), {}];
  if (kind === 'stream')
    return [Readable.toWeb(Readable.from([bytes.subarray(0, size / 2), bytes.subarray(size / 2)])) as ReadableStream<Uint8Array>, { size }];
  const path = join(dir, `${size}.mp4`);
  await writeFile(path, bytes);
  return [path, {}];
}

const cases = KINDS.flatMap((kind) => SIZES.map((size) => [kind, size] as const));

const hostile = (['reset', 'close', 'keep'] as const).flatMap((after) => cases.map(([kind, size]) => [after, kind, size] as const));

describe('storage that reads 64 KiB and answers 200', () => {
  test.each(hostile)('then %s the connection: %s of %i bytes is a TransferError', async (after, kind, size) => {
    const path = `/unread-${after}/${kind}-${size}`;
    const ugc = await clientUploadingTo(`${storage.base}${path}`, after === 'keep' ? 300 : 10_000);
    const [body, extra] = await source(kind, size);
    const error = await ugc.files.upload(body, { type: 'mp4', ...extra }).catch((e: unknown) => e);
    expect(read.get(path)).toBeLessThan(size);
    expect(error).toBeInstanceOf(TransferError);
    expect((error as Error).message).toMatch(/it may not have read every byte|after \d+ of \d+ bytes|broke off/);
  });
});

describe('storage that reads every byte before answering', () => {
  test.each(cases)('%s of %i bytes uploads, whether storage keeps the connection or says it closes it', async (kind, size) => {
    for (const route of ['whole-keep', 'whole-close']) {
      const path = `/${route}/${kind}-${size}`;
      const ugc = await clientUploadingTo(`${storage.base}${path}`);
      const [body, extra] = await source(kind, size);
      expect((await ugc.files.upload(body, { type: 'mp4', ...extra })).id).toBe('file-unread');
      expect(read.get(path)).toBe(size);
    }
  });
});
