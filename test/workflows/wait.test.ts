import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AbortError, JobFailedError, TimeoutError, ValidationError } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

let t: TestSandbox;
let takeId: string;
beforeAll(async () => {
  t = await startSandbox({ jobDurationMs: 0, faults: [{ kind: 'lagging-output-urls' }] });
  takeId = await t.singleCamTake();
});
afterAll(() => t.sandbox.close());

function getJobPolls(jobId: string): number {
  return t.sandbox.requests.filter((r) => r.operationName === 'getJob' && r.variables.jobId === jobId).length;
}

describe('jobs.wait', () => {
  test('polls again while outputs have no presignedUrl yet, and resolves once they all do', async () => {
    const job = await t.ugc.jobs.createSingleCam({ takeId, outputs: ['MAIN_FBX'] });
    const done = await t.ugc.jobs.wait({ id: job.id, intervalMs: 1 });
    // The sandbox finishes at once but (the lagging-output-urls fault) hides the URLs on the first read: exactly two polls.
    expect(getJobPolls(job.id)).toBe(2);
    expect(done.outputs?.[0]?.file.presignedUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/file-/);
  });

  test('a FAILED job rejects with JobFailedError carrying the job', async () => {
    const job = await t.ugc.jobs.createSingleCam({ takeId, metadata: { sandbox: { fail: true } } });
    const error = await t.ugc.jobs.wait({ id: job.id, intervalMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect((error as JobFailedError).job.id).toBe(job.id);
    expect((error as JobFailedError).job.state).toBe('FAILED');
    expect((error as JobFailedError).message).toContain(job.id);
  });

  test('gives up with a TimeoutError naming the job', async () => {
    const slow = await startSandbox({ jobDurationMs: 60_000 });
    try {
      const job = await slow.ugc.jobs.createSingleCam({ takeId: await slow.singleCamTake() });
      const error = await slow.ugc.jobs.wait({ id: job.id, intervalMs: 5, timeoutMs: 30 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as Error).message).toContain(job.id);
    } finally {
      await slow.sandbox.close();
    }
  });

  test('an aborted signal stops the wait with AbortError', async () => {
    const slow = await startSandbox({ jobDurationMs: 60_000 });
    try {
      const job = await slow.ugc.jobs.createSingleCam({ takeId: await slow.singleCamTake() });
      const controller = new AbortController();
      const states: Array<string | null> = [];
      const waiting = slow.ugc.jobs.wait({
        id: job.id,
        intervalMs: 10_000,
        signal: controller.signal,
        onProgress: (p) => {
          states.push(p.state);
          controller.abort();
        },
      });
      await expect(waiting).rejects.toBeInstanceOf(AbortError);
      expect(states).toHaveLength(1);
    } finally {
      await slow.sandbox.close();
    }
  });

  test('rejects bad parameters before any request', async () => {
    const before = t.sandbox.requestCount;
    await expect(t.ugc.jobs.wait({ id: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(t.ugc.jobs.wait({ id: 'job-x', intervalMs: 0 })).rejects.toThrow(/intervalMs/);
    await expect(t.ugc.jobs.wait({ id: 'job-x', timeoutMs: 1.5 })).rejects.toThrow(/timeoutMs/);
    expect(t.sandbox.requestCount).toBe(before);
  });
});

describe('jobs.downloadOutputs', () => {
  test('refuses a job that has not finished', async () => {
    const slow = await startSandbox({ jobDurationMs: 60_000 });
    try {
      const job = await slow.ugc.jobs.createSingleCam({ takeId: await slow.singleCamTake() });
      await expect(slow.ugc.jobs.downloadOutputs({ id: job.id }, '/nonexistent-dir')).rejects.toThrow(/not FINISHED/);
    } finally {
      await slow.sandbox.close();
    }
  });
});
