import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createJob, singleCamTake } from './fixtures.js';
import { data } from './raw.js';
import { receiver } from './receiver.js';

// Issue 13 item 9: one delivery per job per subscribed endpoint, driven by the job's end, however
// late timers fire. No timing is asserted: the test waits for deliveries, then counts them.

const JOBS = 200;
let sandbox: Sandbox;
let endpoint: Awaited<ReturnType<typeof receiver>>;
const spinners: Worker[] = [];

beforeAll(async () => {
  // Keep the CPU busy, so timers fire late and out of step with the clock.
  spinners.push(new Worker('for (;;) {}', { eval: true }));
  sandbox = await createSandbox({ jobDurationMs: 5 });
  endpoint = await receiver();
});
afterAll(async () => {
  await Promise.all(spinners.map((w) => w.terminate()));
  await sandbox.close();
  await endpoint.close();
});

test(`${JOBS} short jobs: each endpoint gets exactly one message per job, with the job's end state`, { timeout: 120_000 }, async () => {
  const upsert =
    'mutation($uid: String!, $url: String!, $events: [String!]) { upsertWebhookEndpoint(uid: $uid, url: $url, events: $events) { uid } }';
  await data(sandbox, upsert, { uid: 'ends', url: `${endpoint.url}/ends`, events: ['ugc.job.state.completed', 'ugc.job.state.failed'] });
  await data(sandbox, upsert, { uid: 'done', url: `${endpoint.url}/done`, events: ['ugc.job.state.completed'] });
  const { takeId } = await singleCamTake(sandbox);
  const failing = new Set<string>();
  const ids: string[] = [];
  for (let i = 0; i < JOBS; i++) {
    const fail = i % 10 === 0;
    const id = await createJob(sandbox, takeId, fail ? { sandbox: { fail: true } } : { i });
    ids.push(id);
    if (fail) failing.add(id);
    // Some jobs are also read while they end, racing the sandbox's own timer.
    if (i % 3 === 0) await data(sandbox, 'query($id: ID!) { getJob(jobId: $id) { state } }', { id });
  }
  const expected = JOBS + (JOBS - failing.size);
  await endpoint.waitFor((all) => all.length >= expected);
  // Read every job once more after the end: a read must not send anything again.
  for (const id of ids) await data(sandbox, 'query($id: ID!) { getJob(jobId: $id) { state } }', { id });

  const perEndpoint = (path: string) => endpoint.received.filter((r) => r.path === path).map((r) => JSON.parse(r.body) as Event);
  type Event = { event_name: string; detail: { job_id: string; event_attributes: { job: { state: string } } } };
  const ends = perEndpoint('/ends');
  const done = perEndpoint('/done');
  expect(ends.map((e) => e.detail.job_id).sort()).toEqual([...ids].sort());
  expect(done.map((e) => e.detail.job_id).sort()).toEqual(ids.filter((id) => !failing.has(id)).sort());
  for (const e of ends) {
    const failed = failing.has(e.detail.job_id);
    expect(e.event_name).toBe(failed ? 'ugc.job.state.failed' : 'ugc.job.state.completed');
    expect(e.detail.event_attributes.job.state).toBe(failed ? 'FAILED' : 'FINISHED');
  }
  expect(new Set(endpoint.received.map((r) => r.headers['svix-id'])).size).toBe(expected);
  expect(sandbox.deliveries).toHaveLength(expected);
  // (An attempt's status is recorded once the sandbox has read the answer, which may be after the
  // endpoint saw the request, so only the attempt numbers are checked here.)
  expect(sandbox.deliveries.every((d) => d.attempt === 1)).toBe(true);
  expect(endpoint.received).toHaveLength(expected);
});
