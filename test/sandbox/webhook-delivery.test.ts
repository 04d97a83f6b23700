import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isWebhookEvent, JobFailedError, verifyWebhook } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const SECRET = `whsec_${Buffer.from('a test secret of thirty-two bytes').toString('base64')}`;
let t: TestSandbox;
let receiver: Server;
let url: string;
const received: Received[] = [];
let onReceive = () => {};

beforeAll(async () => {
  t = await startSandbox({ jobDurationMs: 50 });
  receiver = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(204).end();
      onReceive();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await t.sandbox.close();
  await new Promise((resolve) => receiver.close(resolve));
});

/** Resolves once `count` deliveries have arrived in all. */
function deliveries(count: number): Promise<Received[]> {
  return new Promise((resolve) => {
    onReceive = () => {
      if (received.length >= count) resolve(received);
    };
    onReceive();
  });
}

/** The Svix signature, computed here independently of the sandbox's signer. */
function expectedSignature(r: Received): string {
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
  const signed = `${String(r.headers['svix-id'])}.${String(r.headers['svix-timestamp'])}.${r.body}`;
  return `v1,${createHmac('sha256', key).update(signed).digest('base64')}`;
}

test('endpoints get a signed delivery for the events they subscribed to, when a job ends', async () => {
  const endpoint = await t.ugc.webhooks.upsert({
    uid: 'done',
    url: `${url}/done`,
    events: ['ugc.job.state.completed'],
    secret: SECRET,
    description: 'finished jobs',
    metadata: { team: 'pipeline' },
  });
  expect(endpoint).toMatchObject({ uid: 'done', secret: SECRET, metadata: { team: 'pipeline' }, events: ['ugc.job.state.completed'] });
  await t.ugc.webhooks.upsert({ uid: 'failures', url: `${url}/failed`, events: ['ugc.job.state.failed'], secret: SECRET });

  const takeId = await t.singleCamTake();
  const ok = await t.ugc.jobs.createSingleCam({ takeId, metadata: { order: 1 } });
  const bad = await t.ugc.jobs.createSingleCam({ takeId, metadata: { sandbox: { fail: true } } });
  await t.ugc.jobs.wait({ id: ok.id, intervalMs: 10 });
  await expect(t.ugc.jobs.wait({ id: bad.id, intervalMs: 10 })).rejects.toBeInstanceOf(JobFailedError);

  const all = await deliveries(2);
  expect(all.map((r) => r.path).sort()).toEqual(['/done', '/failed']);
  for (const r of all) {
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.headers['svix-signature']).toBe(expectedSignature(r));
    expect(Number(r.headers['svix-timestamp'])).toBeGreaterThan(0);
  }
  const done = JSON.parse(all.find((r) => r.path === '/done')!.body) as { event_name: string; detail: { job_id: string } };
  const failed = JSON.parse(all.find((r) => r.path === '/failed')!.body) as { event_name: string; detail: { job_id: string } };
  expect(done).toMatchObject({ event_name: 'ugc.job.state.completed', detail: { job_id: ok.id } });
  expect(failed).toMatchObject({ event_name: 'ugc.job.state.failed', detail: { job_id: bad.id } });
  // And the SDK's own verifier accepts them, typed.
  for (const r of all) {
    const event = await verifyWebhook(r.body, r.headers, SECRET);
    const jobId = r.path === '/done' ? ok.id : bad.id;
    if (isWebhookEvent(event, 'ugc.job.state.completed') || isWebhookEvent(event, 'ugc.job.state.failed')) {
      expect(event.data).toMatchObject({ jobId, takeId, state: r.path === '/done' ? 'FINISHED' : 'FAILED' });
    } else {
      expect.fail(`unexpected event ${event.type}`);
    }
  }
  const order = await verifyWebhook(all.find((r) => r.path === '/done')!.body, all.find((r) => r.path === '/done')!.headers, SECRET);
  expect((order.data as { metadata?: unknown }).metadata).toEqual({ order: 1 });
  await expect(verifyWebhook(`${all[0]!.body} `, all[0]!.headers, SECRET)).rejects.toThrow();
  expect(t.sandbox.deliveries.map((d) => `${d.event} ${d.jobId}`).sort()).toEqual(
    [`ugc.job.state.completed ${ok.id}`, `ugc.job.state.failed ${bad.id}`].sort(),
  );
});

test('an endpoint upserted without a secret gets one made for it', async () => {
  const endpoint = await t.ugc.webhooks.upsert({ uid: 'nosecret', url: `${url}/x`, events: ['ugc.job.state.completed'] });
  expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
});

test('bad parameters are refused before any request', async () => {
  const before = t.sandbox.requestCount;
  await expect(t.ugc.webhooks.upsert({ uid: 'x', url: 'not a url', events: ['a'] })).rejects.toThrow(/url must be an absolute URL/);
  await expect(t.ugc.webhooks.upsert({ uid: 'x', url: 'https://example.com', events: [] })).rejects.toThrow(/events/);
  expect(t.sandbox.requestCount).toBe(before);
});
