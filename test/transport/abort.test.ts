import { getEventListeners } from 'node:events';
import { describe, expect, test } from 'vitest';
import { AbortError } from '../../src/index.js';
import { hang, jobData, json } from '../helpers/fault-server.js';
import { recordingLogger, rejection, serve } from './harness.js';

// Aborting must end the call at once wherever it is: before sending, waiting on the server, or
// sleeping before a retry. These would hang until the test timeout if abort were ignored.

describe('abort', () => {
  test('mid-request: AbortError carrying the reason, one request', async () => {
    const { server, ugc } = await serve([hang()], { timeoutMs: 60_000 });
    const controller = new AbortController();
    const call = ugc.jobs.retrieve({ id: 'job-1' }, { signal: controller.signal });
    await server.requestArrived(1);
    const reason = new Error('user left the page');
    controller.abort(reason);
    const err = (await rejection(call)) as AbortError;
    expect(err).toBeInstanceOf(AbortError);
    expect(err.reason).toBe(reason);
    expect(err.cause).toBe(reason);
    expect(err).toMatchObject({ operation: 'getJob', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  test('during the backoff sleep (Retry-After 30 s): AbortError at once, no second request', async () => {
    const controller = new AbortController();
    // Abort from a timer once the client announces its wait, so the sleep itself must notice.
    const log = recordingLogger((line) => {
      if (line.includes('retrying in')) setTimeout(() => controller.abort('stop'), 10);
    });
    const { server, ugc } = await serve([json(503, {}, { 'retry-after': '30' }), json(200, jobData())], {
      maxRetries: 2,
      logLevel: 'debug',
      logger: log.logger,
    });
    const err = (await rejection(ugc.jobs.retrieve({ id: 'job-1' }, { signal: controller.signal }))) as AbortError;
    expect(err).toBeInstanceOf(AbortError);
    expect(err.reason).toBe('stop');
    expect(err).toMatchObject({ operation: 'getJob', attempts: 1 });
    expect(log.lines).toContain('move-ugc: getJob retrying in 30000 ms after ServerError');
    expect(server.requests).toHaveLength(1);
  });

  test('already aborted: AbortError and no request at all', async () => {
    const { server, ugc } = await serve([json(200, jobData())]);
    const err = (await rejection(ugc.jobs.retrieve({ id: 'job-1' }, { signal: AbortSignal.abort('early') }))) as AbortError;
    expect(err).toBeInstanceOf(AbortError);
    expect(err.reason).toBe('early');
    expect(server.requests).toHaveLength(0);
  });

  test('one signal shared by 20 concurrent calls: one listener on it while they run, none after', async () => {
    const { server, ugc } = await serve([hang()]);
    const controller = new AbortController();
    const calls = Array.from({ length: 20 }, () => rejection(ugc.jobs.retrieve({ id: 'job-1' }, { signal: controller.signal })));
    await server.requestArrived(20);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort();
    for (const err of await Promise.all(calls)) expect(err).toBeInstanceOf(AbortError);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(server.requests).toHaveLength(20);
  });

  test('calls that finish normally leave no listener on the shared signal', async () => {
    const { server, ugc } = await serve([json(200, jobData())]);
    const controller = new AbortController();
    await Promise.all(Array.from({ length: 5 }, () => ugc.jobs.retrieve({ id: 'job-1' }, { signal: controller.signal })));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(server.requests).toHaveLength(5);
  });
});
