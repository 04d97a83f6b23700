import { afterEach, expect, test } from 'vitest';
import { ValidationError } from '../../src/index.js';
import { createSandbox, parseFault, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';
import { createJob, singleCamTake } from './fixtures.js';
import { data, post } from './raw.js';

// Issue 13 item 13: opt-in faults, so apps can test their own retry handling.

const open: Sandbox[] = [];
async function sandboxWith(options: SandboxOptions): Promise<Sandbox> {
  const s = await createSandbox({ jobDurationMs: 0, ...options });
  open.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const GET_JOB = 'query getJob($id: ID!) { getJob(jobId: $id) { id } }';

test('unavailable: the Nth matching call answers 503; others, and other operations, are untouched', async () => {
  const s = await sandboxWith({ faults: [{ kind: 'unavailable', operations: ['getJob'], nth: 2 }] });
  const id = await createJob(s, (await singleCamTake(s)).takeId);
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++) statuses.push((await post(s, GET_JOB, { id })).status);
  expect(statuses).toEqual([200, 503, 200]);
  expect((await post(s, '{ client { id } }')).status).toBe(200);
});

test('rate-limited: 429 with Retry-After', async () => {
  const s = await sandboxWith({ faults: [{ kind: 'rate-limited', operations: ['client'], retryAfterSeconds: 7 }] });
  const reply = await post(s, '{ client { id } }');
  expect(reply.status).toBe(429);
  expect(reply.headers.get('retry-after')).toBe('7');
  expect(reply.body.errors?.[0]?.errorType).toBe('TooManyRequestsException');
});

test('reset: the connection is reset with no answer, and the next call is served', async () => {
  const s = await sandboxWith({ faults: [{ kind: 'reset', nth: 1 }] });
  const error = await post(s, '{ client { id } }').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TypeError);
  expect(((error as TypeError).cause as { code?: string }).code).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
  expect((await post(s, '{ client { id } }')).status).toBe(200);
});

test('slow-body: the full answer arrives, a few bytes at a time', async () => {
  const s = await sandboxWith({ faults: [{ kind: 'slow-body', operations: ['listRigs'], bytesPerSecond: 100 }] });
  const res = await fetch(s.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: s.apiKey },
    body: JSON.stringify({ query: '{ listRigs { items { name } } }' }),
  });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const chunks: Uint8Array[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  const text = Buffer.concat(chunks).toString();
  expect(JSON.parse(text)).toEqual((await post(s, '{ listRigs { items { name } } }')).body);
  // About 100 bytes at 10 bytes a tenth of a second: many reads, unless this process stalled for a second.
  expect(chunks.length).toBeGreaterThan(1);
});

test('lagging-output-urls: only the jobs it hits list outputs without URLs on the first read', async () => {
  const s = await sandboxWith({ faults: [{ kind: 'lagging-output-urls', nth: 2 }] });
  const { takeId } = await singleCamTake(s);
  const firstRead = async () => {
    const id = await createJob(s, takeId);
    type Reply = { getJob: { outputs: { file: { presignedUrl: string | null } }[] } };
    const reply = await data<Reply>(s, 'query($id: ID!) { getJob(jobId: $id) { outputs { file { presignedUrl } } } }', { id });
    return reply.getJob.outputs[0]!.file.presignedUrl !== null;
  };
  expect([await firstRead(), await firstRead(), await firstRead()]).toEqual([true, false, true]);
});

test('a rate draws from a seed: the same seed hits the same calls', async () => {
  const pattern = async (seed: number) => {
    const s = await sandboxWith({ faults: [{ kind: 'unavailable', rate: 0.5 }], faultSeed: seed });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await post(s, '{ client { id } }')).status);
    return statuses;
  };
  const a = await pattern(42);
  expect(await pattern(42)).toEqual(a);
  expect(a).toContain(200);
  expect(a).toContain(503);
});

test('bad fault options are refused, naming the field', async () => {
  await expect(createSandbox({ faults: [{ kind: 'explode' as never }] })).rejects.toThrow(ValidationError);
  await expect(createSandbox({ faults: [{ kind: 'unavailable', rate: 2 }] })).rejects.toThrow(/faults\[0\]\.rate/);
  await expect(createSandbox({ faults: [{ kind: 'unavailable', nth: 0 }] })).rejects.toThrow(/faults\[0\]\.nth/);
});

test('CLI fault specs parse to the same faults', () => {
  expect(parseFault('unavailable:getJob,listJobs#2,3')).toEqual({ kind: 'unavailable', operations: ['getJob', 'listJobs'], nth: [2, 3] });
  expect(parseFault('rate-limited@0.25')).toEqual({ kind: 'rate-limited', rate: 0.25 });
  expect(parseFault('lagging-output-urls')).toEqual({ kind: 'lagging-output-urls' });
  expect(() => parseFault('unavailable@')).toThrow(ValidationError);
  expect(() => parseFault('nope')).toThrow(/kind/);
});
