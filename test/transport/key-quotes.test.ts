// Issue Q.2: server text is quoted no longer than a message needs, redacted before it is cut,
// and a cut never leaves the start of the key at the end of the quote.
import { describe, expect, test } from 'vitest';
import { ServerError } from '../../src/index.js';
import { jobData, json } from '../helpers/fault-server.js';
import { KEY, rejection, serve } from './harness.js';

const QUOTED = 300;

describe('what an error quotes of the server', () => {
  test('a 100 000-character message: the first 300 characters are quoted', async () => {
    const { ugc } = await serve([json(500, { message: 'y'.repeat(100_000) })], { maxRetries: 0 });
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect(err).toBeInstanceOf(ServerError);
    expect(err.message).toBe(`getJob: ${'y'.repeat(QUOTED)}… (HTTP 500)`);
  });

  test('the key across the cut: redacted first, so nothing of it is left', async () => {
    const message = `${'y'.repeat(QUOTED - 10)}${KEY} and more`;
    const { ugc } = await serve([json(500, { message })], { maxRetries: 0 });
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect(err.message).toBe(`getJob: ${'y'.repeat(QUOTED - 10)}[redacted]… (HTTP 500)`);
  });

  test.each([4, 12, KEY.length - 1])('the first %i characters of the key (cut short by the server) at the cut are dropped', async (n) => {
    const message = `${'y'.repeat(QUOTED - n)}${KEY.slice(0, n)}${'z'.repeat(50)}`;
    const { ugc } = await serve([json(500, { message })], { maxRetries: 0 });
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect(err.message).toBe(`getJob: ${'y'.repeat(QUOTED - n)}… (HTTP 500)`);
  });

  test('a 5 000-character request id: 100 characters are kept', async () => {
    const { ugc } = await serve([json(500, {}, { 'x-amzn-requestid': `req-${'i'.repeat(5000)}` })], { maxRetries: 0 });
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect((err as ServerError).requestId).toBe(`req-${'i'.repeat(96)}…`);
  });

  // The redactor's pattern takes each run of backslashes whole: backtracking into one made a
  // hostile run cost its square (hours for a few MB), blocking the event loop past every timeout.
  test.each([
    ['after the key', `${KEY}${'\\'.repeat(2_000_000)}`],
    ['before the key', `${'\\'.repeat(2_000_000)}u006${KEY}`],
  ])('a 4 MB run of backslashes %s is redacted in one pass, and the call settles', async (_where, name) => {
    const job = (jobData() as { data: { getJob: Record<string, unknown> } }).data.getJob;
    const { ugc } = await serve([json(200, { data: { getJob: { ...job, name } } })], { maxRetries: 0 });
    const got = await ugc.jobs.retrieve({ id: 'job-1' });
    expect(got.name).toContain('[redacted]');
    expect(got.name).not.toContain(KEY);
  });
});
