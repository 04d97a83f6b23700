import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ApiError,
  MoveUgc,
  NotFoundError,
  TimeoutError,
  ValidationError,
  type JobWaitAllProgress,
  type JsonValue,
} from '../../src/index.js';
import { startFaultServer, type Fault } from '../helpers/fault-server.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

function json(body: object): Fault {
  return (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

let t: TestSandbox;
let takeId: string;
beforeAll(async () => {
  t = await startSandbox({ jobDurationMs: 300 });
  takeId = await t.singleCamTake();
});
afterAll(() => t.sandbox.close());

const FAIL: JsonValue = { sandbox: { fail: true } };

async function createJobs(count: number, metadata?: JsonValue): Promise<string[]> {
  const jobs = await Promise.all(
    Array.from({ length: count }, () => t.ugc.jobs.createSingleCam({ takeId, ...(metadata ? { metadata } : {}) })),
  );
  return jobs.map((j) => j.id);
}

/** A job without what changes as it runs, to compare two reads of it. */
function stable(job: object | null | undefined) {
  return { ...job, state: undefined, progress: undefined };
}

/** The GraphQL requests `fn` sent, as the sandbox recorded them. */
async function requestsDuring(fn: () => Promise<unknown>) {
  const before = t.sandbox.requestCount;
  const logged = t.sandbox.requests.length;
  await fn();
  return { count: t.sandbox.requestCount - before, requests: t.sandbox.requests.slice(logged) };
}

describe('retrieveMany', () => {
  test('results in the order of ids, repeats read once, in one request', async () => {
    const [a, b] = await createJobs(2, { n: 1 });
    let jobs!: Awaited<ReturnType<typeof t.ugc.jobs.retrieveMany>>;
    const { count, requests } = await requestsDuring(async () => {
      jobs = await t.ugc.jobs.retrieveMany({ ids: [b!, a!, b!] });
    });
    expect(count).toBe(1);
    expect(jobs.map((j) => j?.id)).toEqual([b, a, b]);
    // Decoded exactly as `retrieve` decodes: AWSJSON parsed, AWSDateTime as Date.
    expect(jobs[0]!.metadata).toEqual({ n: 1 });
    expect(jobs[0]!.created).toBeInstanceOf(Date);
    expect(stable(jobs[0])).toEqual(stable(await t.ugc.jobs.retrieve({ id: b! })));
    expect(requests[0]!.variables).toEqual({ id0: b, id1: a });
  });

  test('null for unknown ids: the sandbox drops the whole answer for one, so each costs a request more', async () => {
    const [a, b] = await createJobs(2);
    let jobs!: Awaited<ReturnType<typeof t.ugc.jobs.retrieveMany>>;
    const { count, requests } = await requestsDuring(async () => {
      jobs = await t.ugc.jobs.retrieveMany({ ids: ['job-gone-1', b!, 'job-gone-2', a!, 'job-gone-1'] });
    });
    expect(jobs.map((j) => j?.id ?? null)).toEqual([null, b, null, a, null]);
    expect(count).toBe(3);
    expect(requests.map((r) => Object.values(r.variables))).toEqual([
      ['job-gone-1', b, 'job-gone-2', a],
      [b, 'job-gone-2', a],
      [b, a],
    ]);
  });

  test('expand selects related objects like retrieve, from the generated selection', async () => {
    const [id] = await createJobs(1);
    const [job] = await t.ugc.jobs.retrieveMany({ ids: [id!], expand: ['take', 'outputs'] });
    const single = await t.ugc.jobs.retrieve({ id: id!, expand: ['take', 'outputs'] });
    expect(Object.keys(job!).sort()).toEqual(Object.keys(single).sort());
    expect(stable(job)).toEqual(stable(single));
    expect(job!.take?.id).toBe(takeId);
    const { requests } = await requestsDuring(() => t.ugc.jobs.retrieveMany({ ids: [id!, id!] }));
    expect(requests[0]!.query).toContain('fragment JobFields');
  });

  test('120 ids cost 3 requests of at most 50 jobs each', async () => {
    const ids = await createJobs(120);
    let jobs!: Awaited<ReturnType<typeof t.ugc.jobs.retrieveMany>>;
    const { count, requests } = await requestsDuring(async () => {
      jobs = await t.ugc.jobs.retrieveMany({ ids });
    });
    expect(count).toBe(3);
    expect(requests.map((r) => Object.keys(r.variables).length).sort()).toEqual([20, 50, 50]);
    expect(jobs.map((j) => j?.id)).toEqual(ids);
  });

  test('every id unknown: all null', async () => {
    expect(await t.ugc.jobs.retrieveMany({ ids: ['job-x', 'job-y'] })).toEqual([null, null]);
  });

  test('no ids: an empty array and no request', async () => {
    const { count } = await requestsDuring(async () => expect(await t.ugc.jobs.retrieveMany({ ids: [] })).toEqual([]));
    expect(count).toBe(0);
  });

  test('bad input is refused before any request, naming the field', async () => {
    const bad: [unknown, string][] = [
      [{ ids: 'job-1' }, 'ids'],
      [{ ids: ['job-1', ''] }, 'ids[1]'],
      [{ ids: ['job-1', 7] }, 'ids[1]'],
      [{ ids: ['job-1'], expand: ['nope'] }, 'expand[0]'],
      [{ ids: ['job-1'], id: 'x' }, 'params.id'],
      [null, 'params'],
    ];
    const { count } = await requestsDuring(async () => {
      for (const [params, field] of bad) {
        const err = await t.ugc.jobs.retrieveMany(params as never).catch((e: unknown) => e);
        expect(err, JSON.stringify(params)).toBeInstanceOf(ValidationError);
        expect((err as ValidationError).field).toBe(field);
      }
    });
    expect(count).toBe(0);
  });

  test('an error other than a top-level not-found rejects, with the partial data kept on the error', async () => {
    const job = await t.ugc.jobs.retrieve({ id: (await createJobs(1))[0]! });
    const wire = { ...job, created: job.created?.toISOString(), metadata: null };
    const answers: [object[], typeof ApiError][] = [
      [[{ message: 'boom', errorType: 'InternalFailure', path: ['r1'] }], ApiError],
      // A related object gone inside a job that exists is not "no such job".
      [[{ message: 'Take not found', errorType: 'MoveNotFoundError', path: ['r1', 'take'] }], NotFoundError],
      [[{ message: 'no path', errorType: 'MoveNotFoundError' }], NotFoundError],
    ];
    for (const [errors, type] of answers) {
      const server = await startFaultServer([json({ data: { r0: wire, r1: null }, errors })]);
      try {
        const ugc = new MoveUgc({ apiKey: 'test-key-0123456789', endpoint: server.url, maxRetries: 0 });
        const err = await ugc.jobs.retrieveMany({ ids: [job.id, 'job-2'] }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(type);
        expect((err as ApiError).partial).toBe(true);
        // Decoded as every result is: the error's data is the shape a call would have returned.
        expect((err as ApiError).data).toEqual({ r0: { ...wire, created: job.created }, r1: null });
      } finally {
        await server.close();
      }
    }
  });

  test('a not-found per alias from a server that is not the sandbox maps to null', async () => {
    const job = await t.ugc.jobs.retrieve({ id: (await createJobs(1))[0]! });
    const wire = { ...job, created: job.created?.toISOString(), metadata: '{"a":1}' };
    const errors = [{ message: 'Job not found', errorType: 'MoveNotFoundError', path: ['r0'] }];
    const server = await startFaultServer([json({ data: { r0: null, r1: wire }, errors })]);
    try {
      const ugc = new MoveUgc({ apiKey: 'test-key-0123456789', endpoint: server.url, maxRetries: 0 });
      const jobs = await ugc.jobs.retrieveMany({ ids: ['job-gone', job.id] });
      expect(jobs[0]).toBeNull();
      expect(jobs[1]!.metadata).toEqual({ a: 1 });
      expect(jobs[1]!.created).toEqual(job.created);
    } finally {
      await server.close();
    }
  });
});

describe('waitAll', () => {
  test('returns every job in the order of ids, FAILED ones included, with one request per poll', async () => {
    const ok = await createJobs(3);
    const failing = await createJobs(2, FAIL);
    const ids = [failing[0]!, ok[0]!, ok[1]!, failing[1]!, ok[2]!, ok[0]!];
    const polls: JobWaitAllProgress[] = [];
    let jobs!: Awaited<ReturnType<typeof t.ugc.jobs.waitAll>>;
    const { count, requests } = await requestsDuring(async () => {
      jobs = await t.ugc.jobs.waitAll({ ids, intervalMs: 50, onProgress: (p) => polls.push(p) });
    });
    expect(jobs.map((j) => j.id)).toEqual(ids);
    expect(jobs.map((j) => j.state)).toEqual(['FAILED', 'FINISHED', 'FINISHED', 'FAILED', 'FINISHED', 'FINISHED']);
    for (const job of jobs.filter((j) => j.state === 'FINISHED')) {
      expect(job.outputs?.length).toBeGreaterThan(0);
      expect(job.outputs?.every((o) => o?.file.presignedUrl)).toBe(true);
    }
    expect(count).toBe(polls.length);
    expect(requests.every((r) => r.operationName === 'getJobBatch')).toBe(true);
    const last = polls.at(-1)!;
    expect(last).toMatchObject({ states: { NOT_STARTED: 0, RUNNING: 0, FINISHED: 3, FAILED: 2 }, done: 5, total: 5 });
    expect(last.jobs.map((j) => j.id)).toEqual([...new Set(ids)]);
    for (const p of polls) expect(Object.values(p.states).reduce((a, b) => a + b, 0)).toBe(5);
    // A poll asks only for the jobs still unsettled.
    const sizes = requests.map((r) => Object.keys(r.variables).filter((k) => k.startsWith('id')).length);
    expect(sizes[0]).toBe(5);
    expect(sizes.every((n, i) => i === 0 || n <= sizes[i - 1]!)).toBe(true);
  });

  test('an unknown id rejects with NotFoundError naming it', async () => {
    const [id] = await createJobs(1);
    const err = await t.ugc.jobs.waitAll({ ids: [id!, 'job-gone'], intervalMs: 10 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as Error).message).toContain('job-gone');
  });

  test('times out naming the unfinished jobs; the signal aborts', async () => {
    const slow = await startSandbox({ jobDurationMs: 60_000 });
    try {
      const take = await slow.singleCamTake();
      const job = await slow.ugc.jobs.createSingleCam({ takeId: take });
      const err = await slow.ugc.jobs.waitAll({ ids: [job.id], intervalMs: 5, timeoutMs: 30 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TimeoutError);
      expect((err as Error).message).toContain(job.id);
      const controller = new AbortController();
      const waiting = slow.ugc.jobs.waitAll({
        ids: [job.id],
        intervalMs: 60_000,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      });
      await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      await slow.sandbox.close();
    }
  });

  test('bad input is refused before any request', async () => {
    const { count } = await requestsDuring(async () => {
      await expect(t.ugc.jobs.waitAll({ ids: ['j'], intervalMs: 0 })).rejects.toMatchObject({ field: 'intervalMs' });
      await expect(t.ugc.jobs.waitAll({ ids: ['j'], onProgress: 1 as never })).rejects.toMatchObject({ field: 'onProgress' });
      await expect(t.ugc.jobs.waitAll({ ids: [''] })).rejects.toMatchObject({ field: 'ids[0]' });
      await expect(t.ugc.jobs.waitAll({ ids: ['j'], signal: {} as never })).rejects.toMatchObject({ field: 'signal' });
    });
    expect(count).toBe(0);
  });
});
