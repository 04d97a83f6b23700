import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createJob, singleCamTake } from './fixtures.js';
import { data } from './raw.js';
import { receiver } from './receiver.js';

// Issue 13 item 10: failing endpoints are retried with backoff under one svix-id, and every
// attempt is recorded. Retry waits are shortened; nothing here depends on how long they take.

let sandbox: Sandbox;
let takeId: string;
beforeAll(async () => {
  sandbox = await createSandbox({ jobDurationMs: 0, webhookRetryDelaysMs: [5, 10, 20], webhookTimeoutMs: 200 });
  ({ takeId } = await singleCamTake(sandbox));
});
afterAll(() => sandbox.close());

const UPSERT =
  'mutation($uid: String!, $url: String!) { upsertWebhookEndpoint(uid: $uid, url: $url, events: ["ugc.job.state.completed"]) { uid } }';

/** Creates a job, reads it once so it ends now, and returns its id. */
async function finishedJob(): Promise<string> {
  const id = await createJob(sandbox, takeId);
  await data(sandbox, 'query($id: ID!) { getJob(jobId: $id) { state } }', { id });
  return id;
}

test('an endpoint answering 503 twice gets the same message a third time, with the same svix-id', async () => {
  const endpoint = await receiver((_r, i) => (i < 2 ? 503 : 200));
  try {
    await data(sandbox, UPSERT, { uid: 'flaky', url: `${endpoint.url}/flaky` });
    const jobId = await finishedJob();
    await endpoint.waitFor((all) => all.length >= 3);
    const ids = endpoint.received.map((r) => r.headers['svix-id']);
    expect(new Set(ids).size).toBe(1);
    expect(new Set(endpoint.received.map((r) => r.body)).size).toBe(1);
    const attempts = sandbox.deliveries.filter((d) => d.jobId === jobId && d.url.endsWith('/flaky'));
    expect(attempts.map((d) => d.attempt)).toEqual([1, 2, 3]);
    expect(attempts.map((d) => d.messageId)).toEqual([ids[0], ids[0], ids[0]]);
    expect(attempts.slice(0, 2).map((d) => d.status)).toEqual([503, 503]);
  } finally {
    await endpoint.close();
  }
});

test('a refused connection is retried until the schedule runs out, each attempt recorded with its error', async () => {
  const fresh = await createSandbox({ jobDurationMs: 0, webhookRetryDelaysMs: [1, 1, 1] });
  try {
    // A port nothing listens on: bind one, note it, free it.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    await data(fresh, UPSERT, { uid: 'gone', url: `http://127.0.0.1:${port}/gone` });
    const id = await createJob(fresh, (await singleCamTake(fresh)).takeId);
    await data(fresh, 'query($id: ID!) { getJob(jobId: $id) { state } }', { id });
    // Four attempts in all (one plus three retries); wait for the last one's outcome.
    await until(() => fresh.deliveries.length === 4 && fresh.deliveries[3]!.error !== undefined);
    expect(fresh.deliveries.map((d) => d.attempt)).toEqual([1, 2, 3, 4]);
    expect(fresh.deliveries.every((d) => d.error && d.status === undefined && d.jobId === id)).toBe(true);
    expect(new Set(fresh.deliveries.map((d) => d.messageId)).size).toBe(1);
  } finally {
    await fresh.close();
  }
});

// Issue Q item 10: an endpoint that redirected to itself got 126 hits for 6 attempts, the POST
// turned into a GET without the message. As Svix, a redirect is a failed attempt, never followed.
test.each([301, 302, 307, 308])('an endpoint answering %i to itself gets exactly one POST per attempt, never a GET', async (status) => {
  const fresh = await createSandbox({ jobDurationMs: 0, webhookRetryDelaysMs: [1, 1] });
  const endpoint = await receiver(() => status, { location: '/loop' });
  try {
    await data(fresh, UPSERT, { uid: 'loop', url: `${endpoint.url}/loop` });
    const id = await createJob(fresh, (await singleCamTake(fresh)).takeId);
    await data(fresh, 'query($id: ID!) { getJob(jobId: $id) { state } }', { id });
    // Three attempts (one plus two retries); a followed redirect would arrive before its status.
    await until(() => fresh.deliveries.length === 3 && fresh.deliveries[2]!.status !== undefined);
    expect(fresh.deliveries.map((d) => [d.attempt, d.status])).toEqual([
      [1, status],
      [2, status],
      [3, status],
    ]);
    expect(fresh.deliveries.every((d) => d.error === 'redirect to /loop not followed')).toBe(true);
    expect(endpoint.received.map((r) => r.method)).toEqual(['POST', 'POST', 'POST']);
    expect(
      endpoint.received.every((r) => r.path === '/loop' && (JSON.parse(r.body) as { detail: { job_id: string } }).detail.job_id === id),
    ).toBe(true);
  } finally {
    await fresh.close();
    await endpoint.close();
  }
});

/** Yields to the event loop until `done()` holds (the test's own timeout bounds it). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
}
