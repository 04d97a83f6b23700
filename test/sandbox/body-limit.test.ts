import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { data } from './raw.js';

// Issue 13 item 12: an oversized GraphQL body gets 413 and the sandbox keeps serving.

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(() => sandbox.close());

const LIMIT = 10 * 1024 * 1024;

function bodyOf(size: number): string {
  const head = '{"query":"{ client { id } }","variables":{"pad":"';
  const tail = '"}}';
  return head + 'x'.repeat(size - head.length - tail.length) + tail;
}

test('a body of 10 MiB and one byte gets 413, and the next request is served', async () => {
  const res = await fetch(sandbox.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: sandbox.apiKey },
    body: bodyOf(LIMIT + 1),
  });
  expect(res.status).toBe(413);
  const body = (await res.json()) as { errors: { errorType: string }[] };
  expect(body.errors[0]!.errorType).toBe('PayloadTooLargeException');
  expect(await data(sandbox, '{ client { id } }')).toHaveProperty('client.id');
});

test('a body of exactly 10 MiB is executed', async () => {
  const res = await fetch(sandbox.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: sandbox.apiKey },
    body: bodyOf(LIMIT),
  });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { data: { client: { id: string } } }).data.client.id).toMatch(/^client-/);
});

test('a streamed body with no Content-Length is cut off at the limit too', async () => {
  const small = await createSandbox({ maxBodyBytes: 1024 });
  try {
    const chunk = new TextEncoder().encode('x'.repeat(1000));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 50) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(small.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: small.apiKey },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    await res.body?.cancel();
    expect(await data(small, '{ client { id } }')).toHaveProperty('client.id');
  } finally {
    await small.close();
  }
});
