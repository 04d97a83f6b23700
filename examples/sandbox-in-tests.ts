// Test your own code against the sandbox: a real local GraphQL server with the whole API in memory.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { JobFailedError, MoveUgc, verifyWebhook } from 'move-ugc';
import { createSandbox, type Sandbox } from 'move-ugc/sandbox';

let sandbox: Sandbox;
let ugc: MoveUgc;
beforeAll(async () => {
  // Jobs go NOT_STARTED -> RUNNING -> FINISHED over jobDurationMs.
  sandbox = await createSandbox({ jobDurationMs: 200 });
  ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
});
afterAll(() => sandbox.close());

async function singleCamTake(): Promise<string> {
  const file = await ugc.files.upload(new TextEncoder().encode('any bytes will do'), { type: 'mp4' });
  const take = await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'phone', format: 'MP4' }] });
  return take.id;
}

test('a job finishes with outputs', async () => {
  const job = await ugc.jobs.createSingleCam({ takeId: await singleCamTake(), outputs: ['MAIN_FBX'] });
  const done = await ugc.jobs.wait({ id: job.id, intervalMs: 50 });
  expect(done.outputs?.map((o) => o?.key)).toEqual(['main_fbx']);
});

test('a job created with metadata {"sandbox":{"fail":true}} fails', async () => {
  const job = await ugc.jobs.createSingleCam({ takeId: await singleCamTake(), metadata: { sandbox: { fail: true } } });
  await expect(ugc.jobs.wait({ id: job.id, intervalMs: 50 })).rejects.toBeInstanceOf(JobFailedError);
});

test('webhook endpoints receive signed deliveries', async () => {
  const received: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      verifyWebhook(Buffer.concat(chunks), req.headers, endpoint.secret!).then(
        (event) => (received.push(event.type), res.writeHead(204).end()),
        () => res.writeHead(400).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const endpoint = await ugc.webhooks.upsert({ uid: 'tests', url, events: ['ugc.job.state.completed'] });

  const job = await ugc.jobs.createSingleCam({ takeId: await singleCamTake() });
  await ugc.jobs.wait({ id: job.id, intervalMs: 50 });
  await expect.poll(() => sandbox.deliveries.filter((d) => d.jobId === job.id && d.status === 204).length).toBe(1);
  expect(received).toContain('ugc.job.state.completed');
  server.close();
});
