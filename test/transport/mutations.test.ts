import { describe, expect, test } from 'vitest';
import { ConnectionError, MoveUgc, ServerError, TimeoutError } from '../../src/index.js';
import { closedPort, delayed, json, resetMidBody, type Fault } from '../helpers/fault-server.js';
import { KEY, recordingLogger, rejection, serve } from './harness.js';

// createSingleCamJob is not idempotent: a second copy would start a second (billed) job. These
// tests pin down that a mutation is resent only when it provably never reached a server.

const created: Fault = json(200, {
  data: {
    createSingleCamJob: {
      id: 'job-new',
      name: null,
      metadata: null,
      created: '2026-01-01T00:00:00.000Z',
      state: 'NOT_STARTED',
      progress: null,
    },
  },
});
const create = (ugc: MoveUgc) => ugc.jobs.createSingleCam({ takeId: 'take-1' });

describe('a mutation is sent exactly once when it may have reached the server', () => {
  test('timeout: TimeoutError after one request, though retries were allowed', async () => {
    const { server, ugc } = await serve([delayed(10_000, created)], { timeoutMs: 1_000, maxRetries: 3 });
    const err = await rejection(create(ugc));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ operation: 'createSingleCamJob', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  test('reset mid-body: ConnectionError after one request', async () => {
    const { server, ugc } = await serve([resetMidBody(), created], { maxRetries: 3 });
    const err = await rejection(create(ugc));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).toMatchObject({ operation: 'createSingleCamJob', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  test('503 with Retry-After: ServerError after one request (the server may have acted on it)', async () => {
    const { server, ugc } = await serve([json(503, {}, { 'retry-after': '0' }), created], { maxRetries: 3 });
    const err = await rejection(create(ugc));
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ attempts: 1, status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('a mutation that never left is retried', () => {
  test('connection refused, then the server comes up: the retry creates the job, sent once', async () => {
    const port = await closedPort();
    let started: Promise<unknown> | undefined;
    // The first attempt is refused; while the client backs off, a server starts on that port.
    const log = recordingLogger((line) => {
      if (line.includes('retrying in') && !started) started = serve([created], {}, port);
    });
    const ugc = new MoveUgc({
      apiKey: KEY,
      endpoint: `http://127.0.0.1:${port}/graphql`,
      maxRetries: 2,
      logLevel: 'debug',
      logger: log.logger,
    });
    const job = await create(ugc);
    const { server } = (await started) as Awaited<ReturnType<typeof serve>>;
    expect(job.id).toBe('job-new');
    expect(server.requests.map((r) => r.operationName)).toEqual(['createSingleCamJob']);
    expect(log.lines.some((l) => /createSingleCamJob attempt 1 failed after \d+ ms: .*ECONNREFUSED/.test(l))).toBe(true);
  });

  test('connection refused throughout: ConnectionError after 1 + maxRetries attempts', async () => {
    const port = await closedPort();
    const ugc = new MoveUgc({ apiKey: KEY, endpoint: `http://127.0.0.1:${port}/graphql`, maxRetries: 1 });
    const err = await rejection(create(ugc));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).toMatchObject({ operation: 'createSingleCamJob', attempts: 2 });
  });
});
