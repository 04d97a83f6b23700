import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWebhookSecret, isWebhookEvent, signWebhook, verifyWebhook } from '../../src/index.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('a webhook delivered over HTTP', () => {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  });
  let url = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/move-webhook`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('verifies from the headers and raw bytes the server received', async () => {
    const secret = generateWebhookSecret();
    // Non-ASCII and odd spacing: a re-serialised body would not match the signature.
    const body = '{"event_name":"ugc.job.state.failed",  "detail":{"event_attributes":{"job":{"id":"job-ß","metadata":{"note":"Ωmega"}}}}}';
    const headers = await signWebhook({ body, secret });
    const res = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
    expect(res.status).toBe(204);

    expect(received).toHaveLength(1);
    const delivery = received[0]!;
    expect(delivery.body.equals(Buffer.from(body))).toBe(true);
    const event = await verifyWebhook(delivery.body, delivery.headers, secret);
    expect(isWebhookEvent(event, 'ugc.job.state.failed') && event.data).toEqual({
      jobId: 'job-ß',
      state: 'FAILED',
      metadata: { note: 'Ωmega' },
    });
    await expect(verifyWebhook(delivery.body, delivery.headers, generateWebhookSecret())).rejects.toThrow(/No v1 signature/);
  });
});
