import { Client } from '@urql/core';
import { describe, expect, test } from 'vitest';
import { MoveUgc, moveUgcExchange, RateLimitError, ServerError, TimeoutError, ValidationError } from '../../src/index.js';
import { delayed, hang, jobData, json } from '../helpers/fault-server.js';
import { KEY, rejection, serve } from './harness.js';

// `timeoutMs` bounds one attempt, `deadlineMs` the whole call: attempts and the waits between
// them. No assertion here reads a clock: a call that waited past its deadline instead of failing
// at once shows as a test over its time limit, or as more requests than the rule allows.

const retrieve = (ugc: MoveUgc, options?: Parameters<MoveUgc['jobs']['retrieve']>[1]) => ugc.jobs.retrieve({ id: 'job-1' }, options);

describe('Retry-After against the time left', () => {
  test('429 with Retry-After 59 under timeoutMs 1000, maxRetries 2: RateLimitError at once, carrying retryAfterMs', async () => {
    const { server, ugc } = await serve([json(429, { message: 'slow down' }, { 'retry-after': '59' })], {
      timeoutMs: 1_000,
      maxRetries: 2,
    });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err).toMatchObject({ retryAfterMs: 59_000, attempts: 1, status: 429 });
    expect(server.requests).toHaveLength(1);
  });

  test('a Retry-After past a per-call deadlineMs is not waited either', async () => {
    const { server, ugc } = await serve([json(429, {}, { 'retry-after': '5' })], { maxRetries: 2 });
    const err = await rejection(retrieve(ugc, { deadlineMs: 2_000 }));
    expect(err).toMatchObject({ name: 'RateLimitError', retryAfterMs: 5_000, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  test('a Retry-After within the time left is waited, and the retry answers', async () => {
    const { server, ugc } = await serve([json(429, {}, { 'retry-after': '0.05' }), json(200, jobData())], { maxRetries: 2 });
    await expect(retrieve(ugc)).resolves.toMatchObject({ id: 'job-1' });
    expect(server.requests).toHaveLength(2);
  });
});

describe('deadlineMs bounds the call', () => {
  test('an attempt is cut at the deadline even when timeoutMs is longer, and not retried', async () => {
    const { server, ugc } = await serve([hang()], { timeoutMs: 60_000, maxRetries: 2, deadlineMs: 300 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toBe('getJob timed out: its deadline of 300 ms passed (1 attempt)');
    expect(server.requests).toHaveLength(1);
  });

  test('retries of fast failures stop at the deadline, long before maxRetries', async () => {
    const { server, ugc } = await serve([json(503, {})], { maxRetries: 100 });
    const err = await rejection(retrieve(ugc, { deadlineMs: 1_500 }));
    expect(err).toBeInstanceOf(ServerError);
    // Backoff waits of 250-500, 500-1 000, 1 000-2 000 ms: at most three fit in 1.5 s.
    expect(server.requests.length).toBeLessThanOrEqual(3);
    expect(err).toMatchObject({ attempts: server.requests.length });
  });

  test('a per-call deadlineMs overrides the client one, both ways', async () => {
    const { server, ugc } = await serve([delayed(1_500, json(200, jobData()))], { deadlineMs: 100 });
    expect(await rejection(retrieve(ugc))).toBeInstanceOf(TimeoutError);
    await expect(retrieve(ugc, { deadlineMs: 30_000 })).resolves.toMatchObject({ id: 'job-1' });
    const loose = new MoveUgc({ apiKey: KEY, endpoint: server.url, deadlineMs: 30_000 });
    expect(await rejection(retrieve(loose, { deadlineMs: 100 }))).toBeInstanceOf(TimeoutError);
  });

  test('the default is (maxRetries + 1) x timeoutMs: a hanging server gets every attempt, each its full timeout', async () => {
    const { server, ugc } = await serve([hang()], { timeoutMs: 200, maxRetries: 0 });
    const err = await rejection(retrieve(ugc));
    expect(err.message).toBe('getJob timed out after 200 ms');
    expect(server.requests).toHaveLength(1);
  });

  test('jobs.wait keeps its own timeout: each poll has the per-call deadline, the wait goes on past it', async () => {
    const running = { data: { getJob: { ...(jobData() as { data: { getJob: object } }).data.getJob, state: 'RUNNING', outputs: [] } } };
    const { server, ugc } = await serve([json(200, running)], { timeoutMs: 200, maxRetries: 0 });
    const err = await rejection(ugc.jobs.wait({ id: 'job-1', intervalMs: 20, timeoutMs: 1_000 }));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toMatch(/^Job job-1 did not finish within 1000 ms/);
    expect(server.requests.length).toBeGreaterThan(1);
  });
});

describe('deadlineMs is checked like timeoutMs', () => {
  const bad: unknown[] = [0, -1, Number.NaN, Infinity, '1000', 2 ** 31, null];
  test.each(bad)('client deadlineMs %s: ValidationError naming deadlineMs', (value) => {
    for (const make of [
      () => new MoveUgc({ apiKey: KEY, endpoint: 'http://127.0.0.1:1/graphql', deadlineMs: value as number }),
      () => moveUgcExchange({ apiKey: KEY, deadlineMs: value as number }),
    ]) {
      expect(make).toThrow(ValidationError);
      expect(make).toThrow(/deadlineMs/);
    }
  });

  test.each(bad)('per-call deadlineMs %s: ValidationError naming options.deadlineMs, nothing sent', async (value) => {
    const { server, ugc } = await serve([json(200, jobData())]);
    const err = await rejection(retrieve(ugc, { deadlineMs: value as number }));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toMatchObject({ field: 'options.deadlineMs' });
    expect(server.requests).toHaveLength(0);
  });

  test('with an app urql client, deadlineMs belongs to its exchange', () => {
    const urql = new Client({ url: 'http://127.0.0.1:1/graphql', exchanges: [] });
    expect(() => new MoveUgc({ urql, deadlineMs: 1_000 })).toThrow(/deadlineMs/);
  });
});
