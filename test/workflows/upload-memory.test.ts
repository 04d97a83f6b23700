import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';

const SIZE = 50 * 1024 * 1024;
const CHUNK = 256 * 1024;

let sandbox: Sandbox;
let ugc: MoveUgc;
let dir: string;
beforeAll(async () => {
  sandbox = await createSandbox();
  ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-upload-'));
});
afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

/** Deterministic pseudo-random chunks, made one at a time so the test itself holds little. */
function* chunks(): Generator<Uint8Array> {
  let seed = 1;
  for (let sent = 0; sent < SIZE; sent += CHUNK) {
    const chunk = new Uint8Array(Math.min(CHUNK, SIZE - sent));
    for (let i = 0; i < chunk.length; i += 4) chunk[i] = seed = (seed * 1103515245 + 12345) & 0xff;
    yield chunk;
  }
}

// Chunks already sent are garbage, not held memory. Node releases dead buffers' memory only after
// a collection *and* a turn of the event loop (weak callbacks run as tasks), so each sample
// collects, yields, and collects again: what remains is what the transfer keeps alive.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
async function liveMemory(): Promise<NodeJS.MemoryUsage> {
  gc();
  await delay(0);
  gc();
  return process.memoryUsage();
}

/** Samples live memory every 50 ms while `fn` runs; returns the largest growth over the start. */
async function peakGrowth(fn: () => Promise<unknown>): Promise<{ rss: number; arrayBuffers: number }> {
  const start = await liveMemory();
  const peak = { rss: 0, arrayBuffers: 0 };
  let running = true;
  const sampler = (async () => {
    while (running) {
      const now = await liveMemory();
      peak.rss = Math.max(peak.rss, now.rss - start.rss);
      peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers - start.arrayBuffers);
      await delay(50);
    }
  })();
  try {
    await fn();
  } finally {
    running = false;
    await sampler;
  }
  return peak;
}

test('a 50 MB file streams from disk to storage without being held in memory', async () => {
  const path = join(dir, 'big.bin');
  const hash = createHash('sha256');
  await pipeline(
    (function* () {
      for (const c of chunks()) {
        hash.update(c);
        yield c;
      }
    })(),
    createWriteStream(path),
  );
  const expected = hash.digest('hex');

  let reported = 0;
  let file!: Awaited<ReturnType<typeof ugc.files.upload>>;
  const growth = await peakGrowth(async () => {
    file = await ugc.files.upload(path, { type: 'bin', onProgress: (p) => (reported = p.bytes) });
  });
  console.log(`50 MB upload: peak live growth rss ${mb(growth.rss)}, arrayBuffers ${mb(growth.arrayBuffers)}`);
  expect(reported).toBe(SIZE);
  // Sender and sandbox share this process; between them they keep well under a tenth of the file
  // alive. (RSS is reported, not asserted: the allocator keeps freed pages, so it measures churn.)
  expect(growth.arrayBuffers).toBeLessThan(SIZE / 10);

  const back = join(dir, 'back.bin');
  await ugc.files.download(file.id, back); // by id: the upload's own URL only takes a PUT, as S3's does
  expect((await stat(back)).size).toBe(SIZE);
  const got = createHash('sha256');
  for await (const c of (await import('node:fs')).createReadStream(back)) got.update(c as Buffer);
  expect(got.digest('hex')).toBe(expected);
});

test('a ReadableStream with its size uploads exactly those bytes', async () => {
  const source = chunks();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = source.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  const growth = await peakGrowth(() => ugc.files.upload(stream, { type: 'bin', size: SIZE }));
  console.log(`50 MB stream upload: peak live growth rss ${mb(growth.rss)}, arrayBuffers ${mb(growth.arrayBuffers)}`);
  expect(growth.arrayBuffers).toBeLessThan(SIZE / 10);
});

test('a ReadableStream without a size is refused before anything is sent', async () => {
  const before = sandbox.requestCount;
  await expect(ugc.files.upload(new ReadableStream(), { type: 'bin' })).rejects.toThrow(/size is required/);
  expect(sandbox.requestCount).toBe(before);
});

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
