// Issue Q.7: an app's callback (onResponse, onProgress, a logger) never changes a call's outcome.
// A createSingleCam whose onResponse threw used to reject while the job existed: a caller that
// retried created a second job.
import { Client } from '@urql/core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { MoveUgc, moveUgcExchange } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

function logged(options: Record<string, unknown> = {}) {
  const lines: string[] = [];
  const ugc = new MoveUgc({
    apiKey: t.sandbox.apiKey,
    endpoint: t.sandbox.url,
    logLevel: 'warn',
    logger: (line) => lines.push(line),
    ...options,
  });
  return { ugc, lines };
}

/** The jobs of `takeId`, as the sandbox lists them. */
async function jobsOf(takeId: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const job of t.ugc.jobs.list({ takeId, limit: 50 })) ids.push(job.id);
  return ids;
}

/** Runs `work` with console.warn recorded (and silenced); restores it after. */
async function warnings<T>(work: () => Promise<T>): Promise<{ result: T; warned: string[] }> {
  const warned: string[] = [];
  const spy = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warned.push(args.map(String).join(' ')));
  try {
    return { result: await work(), warned };
  } finally {
    spy.mockRestore();
  }
}

describe('a callback that throws never changes the outcome', () => {
  test('createSingleCam with a throwing onResponse resolves with the job; exactly one job exists; the warning is logged', async () => {
    const takeId = await t.singleCamTake();
    const { ugc, lines } = logged();
    let called = 0;
    const job = await ugc.jobs.createSingleCam(
      { takeId, name: 'once' },
      {
        onResponse: () => {
          called++;
          throw new Error('the dashboard is down');
        },
      },
    );
    expect(job.id).toMatch(/^job-/);
    expect(job.name).toBe('once');
    expect(called).toBe(1);
    expect(await jobsOf(takeId)).toEqual([job.id]);
    expect(lines).toEqual(['move-ugc: onResponse threw, ignored: Error: the dashboard is down']);
  });

  test('without a logger: console.warn, once per client however many callbacks throw', async () => {
    const takeId = await t.singleCamTake();
    const ugc = new MoveUgc({ apiKey: t.sandbox.apiKey, endpoint: t.sandbox.url });
    const other = new MoveUgc({ apiKey: t.sandbox.apiKey, endpoint: t.sandbox.url });
    const boom = () => {
      throw new TypeError('boom');
    };
    const { result, warned } = await warnings(async () => {
      const first = await ugc.jobs.createSingleCam({ takeId }, { onResponse: boom });
      const second = await ugc.jobs.retrieve({ id: first.id }, { onResponse: boom });
      await other.jobs.retrieve({ id: first.id }, { onResponse: boom });
      return [first.id, second.id];
    });
    expect(result[0]).toBe(result[1]);
    expect(warned).toHaveLength(2);
    expect(warned[0]).toMatch(/^move-ugc: onResponse threw, ignored: TypeError: boom /);
  });

  test('an async onResponse that rejects: resolved all the same, the rejection logged (not unhandled)', async () => {
    const takeId = await t.singleCamTake();
    const { ugc, lines } = logged();
    // An app may pass an async function where a plain one is typed: its rejection must be caught too.
    const later = (async () => Promise.reject(new Error('later'))) as () => void;
    const job = await ugc.jobs.createSingleCam({ takeId }, { onResponse: later });
    expect(await jobsOf(takeId)).toEqual([job.id]);
    await vi.waitFor(() => expect(lines).toEqual(['move-ugc: onResponse threw, ignored: Error: later']));
  });

  test('a throw of anything (a string, null, an object whose message getter throws) is reported', async () => {
    const { ugc, lines } = logged();
    const takeId = await t.singleCamTake();
    const hostile = Object.defineProperty({}, 'message', {
      get() {
        throw new Error('getter');
      },
    });
    for (const thrown of ['plain string', null, hostile]) {
      const job = await ugc.jobs.createSingleCam(
        { takeId },
        {
          onResponse: () => {
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- what an app might throw
            throw thrown;
          },
        },
      );
      expect(job.id).toMatch(/^job-/);
    }
    expect(lines).toEqual([
      'move-ugc: onResponse threw, ignored: plain string',
      'move-ugc: onResponse threw, ignored: null',
      'move-ugc: onResponse threw, ignored: a value that cannot be read',
    ]);
  });

  test("through an app's urql client with moveUgcExchange: its logger gets the warning", async () => {
    const takeId = await t.singleCamTake();
    const lines: string[] = [];
    const exchange = moveUgcExchange({ apiKey: t.sandbox.apiKey, logLevel: 'warn', logger: (line) => lines.push(line) });
    const ugc = new MoveUgc({ urql: new Client({ url: t.sandbox.url, exchanges: [exchange], preferGetMethod: false }) });
    const job = await ugc.jobs.createSingleCam(
      { takeId },
      {
        onResponse: () => {
          throw new Error('app callback');
        },
      },
    );
    expect(await jobsOf(takeId)).toEqual([job.id]);
    expect(lines).toEqual(['move-ugc: onResponse threw, ignored: Error: app callback']);
  });

  test('jobs.wait and waitAll: an onProgress that throws is logged each time and polling goes on to the end', async () => {
    const takeId = await t.singleCamTake();
    const { ugc, lines } = logged();
    const job = await ugc.jobs.createSingleCam({ takeId });
    const boom = () => {
      throw new Error('progress bar');
    };
    const done = await ugc.jobs.wait({ id: job.id, intervalMs: 10, onProgress: boom });
    expect(done.state).toBe('FINISHED');
    const all = await ugc.jobs.waitAll({ ids: [job.id], intervalMs: 10, onProgress: boom });
    expect(all.map((j) => j.state)).toEqual(['FINISHED']);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(new Set(lines)).toEqual(new Set(['move-ugc: onProgress threw, ignored: Error: progress bar']));
  });

  test('a logger that throws: the call succeeds, and console.warn says so once', async () => {
    const takeId = await t.singleCamTake();
    const ugc = new MoveUgc({
      apiKey: t.sandbox.apiKey,
      endpoint: t.sandbox.url,
      logLevel: 'debug',
      logger: () => {
        throw new Error('disk full');
      },
    });
    const { result, warned } = await warnings(async () => {
      const job = await ugc.jobs.createSingleCam({ takeId });
      await ugc.jobs.retrieve({ id: job.id });
      return job;
    });
    expect(await jobsOf(takeId)).toEqual([result.id]);
    expect(warned).toEqual(['move-ugc: the logger threw, ignored: Error: disk full (later failures of this logger are not shown)']);
  });

  test('an onProgress that throws during an upload: the upload completes and the file is there', async () => {
    const { ugc, lines } = logged();
    const bytes = new TextEncoder().encode('uploaded despite the callback');
    const file = await ugc.files.upload(bytes, {
      type: 'mp4',
      onProgress: () => {
        throw new Error('bar');
      },
    });
    const back = await ugc.files.retrieve({ id: file.id });
    const res = await fetch(back.presignedUrl!);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    expect(lines[0]).toBe('move-ugc: onProgress threw, ignored: Error: bar');
  });
});
