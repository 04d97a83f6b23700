import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MoveUgc, NotFoundError, ResponseError, TimeoutError } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { json, slowBody } from '../helpers/fault-server.js';
import { rejection, serve } from './harness.js';

// React Native's fetch and older polyfills hand back a Response without `body`: only text() and,
// mostly, arrayBuffer(). The server here is real; only the shape of the Response object differs.

type Reader = 'arrayBuffer' | 'text';

/** The real fetch, its Response passed on as an object with no `body` and only the readers named. */
function bodylessFetch(readers: readonly Reader[]): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    const shape: Record<string, unknown> = {
      status: res.status,
      statusText: res.statusText,
      ok: res.ok,
      headers: res.headers,
      type: res.type,
      url: res.url,
      body: undefined,
    };
    for (const reader of readers) shape[reader] = () => res[reader]();
    return shape as unknown as Response;
  };
}

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

describe.each([[['arrayBuffer', 'text'] as const], [['text'] as const]])('a Response without body, readers %j', (readers) => {
  const client = () => new MoveUgc({ apiKey: t.sandbox.apiKey, endpoint: t.sandbox.url, maxRetries: 0, fetch: bodylessFetch(readers) });

  test('against the sandbox: a job is created and read back, an unknown one is NotFoundError', async () => {
    const ugc = client();
    const takeId = await t.singleCamTake();
    const created = await ugc.jobs.createSingleCam({ takeId, metadata: { note: 'ü' } });
    const job = await ugc.jobs.retrieve({ id: created.id });
    expect(job).toMatchObject({ id: created.id, metadata: { note: 'ü' } });
    expect(job.created).toBeInstanceOf(Date);
    expect(await rejection(ugc.jobs.retrieve({ id: 'job-does-not-exist' }))).toBeInstanceOf(NotFoundError);
  });

  test('the size cap holds: a body over maxResponseBytes is a ResponseError', async () => {
    const big = { data: { getJob: { id: 'job-1', name: 'x'.repeat(5_000) } } };
    const { server } = await serve([json(200, big)]);
    const ugc = new MoveUgc({ apiKey: t.sandbox.apiKey, endpoint: server.url, maxResponseBytes: 1_000, fetch: bodylessFetch(readers) });
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err.message).toMatch(/larger than maxResponseBytes \(1000 bytes\)/);
  });

  test('the timeout holds: a body that stalls is a TimeoutError', async () => {
    const { server } = await serve([slowBody(20_000, { data: null })]);
    const ugc = new MoveUgc({
      apiKey: t.sandbox.apiKey,
      endpoint: server.url,
      timeoutMs: 300,
      maxRetries: 0,
      fetch: bodylessFetch(readers),
    });
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect(err).toBeInstanceOf(TimeoutError);
  });
});
