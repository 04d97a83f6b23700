import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { gql } from '@urql/core';
import { MoveUgc, ServerError, TimeoutError, ValidationError } from '../../src/index.js';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay, parseRetryAfter } from '../../src/core/http.js';
import { delayed, jobData, json } from '../helpers/fault-server.js';
import { KEY, rejection, serve } from './harness.js';

describe('per-call options override the client', () => {
  test('maxRetries: the call allows 2 where the client allows none', async () => {
    const { server, ugc } = await serve([json(503, {}, { 'retry-after': '0' })], { maxRetries: 0 });
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }, { maxRetries: 2 }));
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ attempts: 3 });
    expect(server.requests).toHaveLength(3);
  });

  test('timeoutMs: a generous call limit beats a tight client limit, and the other way round', async () => {
    const { server, ugc } = await serve([delayed(300, json(200, jobData()))], { timeoutMs: 50, maxRetries: 0 });
    await expect(ugc.jobs.retrieve({ id: 'job-1' }, { timeoutMs: 10_000 })).resolves.toMatchObject({ id: 'job-1' });
    const strict = new MoveUgc({ apiKey: KEY, endpoint: server.url, timeoutMs: 10_000, maxRetries: 0 });
    await expect(rejection(strict.jobs.retrieve({ id: 'job-1' }, { timeoutMs: 50 }))).resolves.toBeInstanceOf(TimeoutError);
    // On a loaded machine 50 ms can pass before the second request reaches the server: it may not
    // count, but no call was retried.
    expect(server.requests.length).toBeGreaterThanOrEqual(1);
    expect(server.requests.length).toBeLessThanOrEqual(2);
  });

  test.each([
    [{ timeoutMs: 0 }, 'options.timeoutMs'],
    [{ timeoutMs: Number.NaN }, 'options.timeoutMs'],
    [{ maxRetries: 1.5 }, 'options.maxRetries'],
    [{ maxRetries: -1 }, 'options.maxRetries'],
    [{ signal: 'stop' }, 'options.signal'],
  ])('bad options %o: ValidationError naming %s, no request', async (options, field) => {
    const { server, ugc } = await serve([json(200, jobData())]);
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }, options as never));
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).field).toBe(field);
    expect(server.requests).toHaveLength(0);
  });
});

test('request() with variables JSON cannot hold: ValidationError naming variables, no request', async () => {
  const { server, ugc } = await serve([json(200, jobData())]);
  // A scalar our schema does not know is not type-checked, but must still serialise.
  const document = gql<unknown, { at: unknown }>('query later($at: NewerScalar) { getClient { id } }');
  const err = await rejection(ugc.request(document, { at: 1n }));
  expect(err).toBeInstanceOf(ValidationError);
  expect((err as ValidationError).field).toBe('variables');
  expect(server.requests).toHaveLength(0);
});

test('N identical concurrent calls are N requests: two SDK calls are never merged', async () => {
  const { server, ugc } = await serve([delayed(50, json(200, jobData()))]);
  const jobs = await Promise.all(Array.from({ length: 8 }, () => ugc.jobs.retrieve({ id: 'job-1' })));
  expect(jobs.map((j) => j.id)).toEqual(Array(8).fill('job-1'));
  expect(server.requests).toHaveLength(8);
  // Each call gets its own object, so changing one result cannot change another.
  expect(new Set(jobs).size).toBe(8);
});

describe('retry timing', () => {
  test('backoff doubles from 0.5 s, is capped at 8 s, and jitters within the upper half', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
        const delay = backoffDelay(attempt, () => r);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(delay).toBeLessThanOrEqual(ceiling);
      }),
    );
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, () => 0.999999))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });

  test('Retry-After: delta-seconds, HTTP dates, and garbage', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
