import { afterAll, beforeAll, expect, test } from 'vitest';
import { MoveUgc, NotFoundError, type ResponseInfo } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { post } from './raw.js';

// Issue N item 8: AppSync names every answer with `x-amzn-requestid`; the sandbox does too, so an
// app can try its request-id handling (support quotes, logs) locally.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let sandbox: Sandbox;
let ugc: MoveUgc;
beforeAll(async () => {
  sandbox = await createSandbox();
  ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url, maxRetries: 0 });
});
afterAll(() => sandbox.close());

test('a NotFoundError from the sandbox carries the id the sandbox answered with', async () => {
  const err = (await ugc.jobs.retrieve({ id: 'job-missing' }).catch((e: unknown) => e)) as NotFoundError;
  expect(err).toBeInstanceOf(NotFoundError);
  expect(err.requestId).toMatch(UUID);
  expect(err.requestId).toBe(sandbox.requests.at(-1)!.requestId);
});

test('onResponse sees the request id of a successful call, a new one per request', async () => {
  const seen: ResponseInfo[] = [];
  await ugc.client.retrieve({ onResponse: (r) => seen.push(r) });
  await ugc.client.retrieve({ onResponse: (r) => seen.push(r) });
  expect(seen.map((r) => r.requestId)).toEqual(sandbox.requests.slice(-2).map((r) => r.requestId));
  expect(seen[0]!.requestId).toMatch(UUID);
  expect(seen[0]!.requestId).not.toBe(seen[1]!.requestId);
});

test('refusals carry one too: a wrong key (401), a parse error, a body over the limit (413)', async () => {
  const unauthorized = await fetch(sandbox.url, { method: 'POST', headers: { authorization: 'wrong' }, body: '{}' });
  const malformed = await post(sandbox, '{ broken');
  const small = await createSandbox({ maxBodyBytes: 10 });
  try {
    const tooLarge = await fetch(small.url, { method: 'POST', headers: { authorization: small.apiKey }, body: 'x'.repeat(100) });
    expect([unauthorized.status, malformed.status, tooLarge.status]).toEqual([401, 200, 413]);
    for (const res of [unauthorized, malformed, tooLarge]) expect(res.headers.get('x-amzn-requestid')).toMatch(UUID);
  } finally {
    await small.close();
  }
});
