import { describe, expect, test } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  ConnectionError,
  MoveUgc,
  PermissionError,
  RateLimitError,
  ResponseError,
  ServerError,
  TimeoutError,
} from '../../src/index.js';
import { closedPort, delayed, jobData, json, resetMidBody, slowBody, text } from '../helpers/fault-server.js';
import { KEY, recordingLogger, rejection, serve } from './harness.js';

// One test per fault a query can meet. Each checks the error class, what it carries, and the
// exact number of requests the server saw; the harness checks for unhandled rejections.

const retrieve = (ugc: MoveUgc, options = {}) => ugc.jobs.retrieve({ id: 'job-1' }, options);

describe('connection faults', () => {
  test('connection refused: ConnectionError after every attempt, nothing reached a server', async () => {
    const port = await closedPort();
    const ugc = new MoveUgc({ apiKey: KEY, endpoint: `http://127.0.0.1:${port}/graphql`, maxRetries: 1 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).toMatchObject({ operation: 'getJob', attempts: 2, status: undefined });
    expect(err.message).toContain('ECONNREFUSED');
  });

  test('reset mid-body: ConnectionError, the query retried until maxRetries', async () => {
    const { server, ugc } = await serve([resetMidBody()], { maxRetries: 1 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).toMatchObject({ operation: 'getJob', attempts: 2, status: 200 });
    expect(server.requests).toHaveLength(2);
  });

  test('slow headers: TimeoutError once timeoutMs passes, the query retried', async () => {
    const { server, ugc } = await serve([delayed(2_000, json(200, jobData()))], {
      timeoutMs: 100,
      maxRetries: 1,
      // Room for the backoff between the attempts: the default, 2 x 100 ms, leaves none.
      deadlineMs: 10_000,
    });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ operation: 'getJob', attempts: 2, status: undefined });
    expect(server.requests).toHaveLength(2);
  });

  test('slow body: the timeout covers reading the body, not only the headers', async () => {
    const { server, ugc } = await serve([slowBody(2_000, jobData())], { timeoutMs: 100, maxRetries: 0 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ operation: 'getJob', attempts: 1, status: 200 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('HTTP status faults', () => {
  test.each([500, 502])('%i: ServerError after backoff and one retry', async (status) => {
    const { server, ugc } = await serve([json(status, { message: 'boom' })], { maxRetries: 1 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ operation: 'getJob', attempts: 2, status });
    expect(err.message).toContain('boom');
    expect(server.requests).toHaveLength(2);
  });

  test('503: retried maxRetries times, then ServerError', async () => {
    const { server, ugc } = await serve([json(503, { message: 'busy' }, { 'retry-after': '0' })], { maxRetries: 2 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ operation: 'getJob', attempts: 3, status: 503 });
    expect(server.requests).toHaveLength(3);
  });

  test('503 then 200: the retry succeeds and the caller sees only the data', async () => {
    const { server, ugc } = await serve([json(503, {}, { 'retry-after': '0' }), json(200, jobData('job-9'))]);
    await expect(retrieve(ugc)).resolves.toMatchObject({ id: 'job-9' });
    expect(server.requests).toHaveLength(2);
  });

  test('429 with Retry-After in seconds: waits exactly that long, then succeeds', async () => {
    const log = recordingLogger();
    const { server, ugc } = await serve([json(429, {}, { 'retry-after': '1' }), json(200, jobData())], {
      logLevel: 'debug',
      logger: log.logger,
    });
    await expect(retrieve(ugc)).resolves.toMatchObject({ id: 'job-1' });
    expect(server.requests).toHaveLength(2);
    expect(log.lines).toContain('move-ugc: getJob retrying in 1000 ms after RateLimitError');
  });

  test('429 with Retry-After in seconds, no retries left: RateLimitError carries retryAfterMs', async () => {
    const { server, ugc } = await serve([json(429, { message: 'slow down' }, { 'retry-after': '7' })], { maxRetries: 0 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err).toMatchObject({ operation: 'getJob', attempts: 1, status: 429, retryAfterMs: 7_000 });
    expect(server.requests).toHaveLength(1);
  });

  test('429 with Retry-After as an HTTP date: honoured, then succeeds', async () => {
    const log = recordingLogger();
    const soon = new Date(Date.now() + 1_000).toUTCString();
    const { server, ugc } = await serve([json(429, {}, { 'retry-after': soon }), json(200, jobData())], {
      logLevel: 'debug',
      logger: log.logger,
    });
    await expect(retrieve(ugc)).resolves.toMatchObject({ id: 'job-1' });
    expect(server.requests).toHaveLength(2);
    const waited = log.lines.map((l) => /retrying in (\d+) ms/.exec(l)?.[1]).find(Boolean);
    expect(Number(waited)).toBeLessThanOrEqual(1_000);
  });

  test('429 with an HTTP date, no retries left: retryAfterMs counts down to that date', async () => {
    const later = new Date(Date.now() + 30_000).toUTCString();
    const { server, ugc } = await serve([json(429, {}, { 'retry-after': later })], { maxRetries: 0 });
    const err = (await rejection(retrieve(ugc))) as RateLimitError;
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.retryAfterMs).toBeGreaterThan(25_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(30_000);
    expect(server.requests).toHaveLength(1);
  });

  test('Retry-After above the 60 s cap: surfaced at once, with retries left and no sleep', async () => {
    const { server, ugc } = await serve([json(429, {}, { 'retry-after': '120' })], { maxRetries: 2 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err).toMatchObject({ attempts: 1, status: 429, retryAfterMs: 120_000 });
    expect(server.requests).toHaveLength(1);
  });

  test('401: AuthenticationError at once, the echoed key redacted', async () => {
    const body = { errors: [{ errorType: 'UnauthorizedException', message: `Invalid key ${KEY}` }] };
    const { server, ugc } = await serve([json(401, body)], { maxRetries: 2 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ operation: 'getJob', attempts: 1, status: 401 });
    expect(err.message).toContain('Invalid key [redacted]');
    expect(server.requests).toHaveLength(1);
  });

  test('403: PermissionError at once', async () => {
    const { server, ugc } = await serve([json(403, { message: 'Forbidden' })], { maxRetries: 2 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(PermissionError);
    expect(err).toMatchObject({ attempts: 1, status: 403 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('bodies that are not a usable GraphQL response', () => {
  test('malformed JSON: ResponseError, not retried', async () => {
    const { server, ugc } = await serve([text(200, '{"data": {"getJob": ', { 'content-type': 'application/json' })]);
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err).toMatchObject({ operation: 'getJob', attempts: 1, status: 200 });
    expect(server.requests).toHaveLength(1);
  });

  test('HTML body with 200 (a proxy page): ResponseError naming the content type', async () => {
    const { server, ugc } = await serve([text(200, '<html><body>Sign in</body></html>', { 'content-type': 'text/html' })]);
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err).toMatchObject({ attempts: 1, status: 200 });
    expect(err.message).toContain('text/html');
    expect(server.requests).toHaveLength(1);
  });

  test('HTML body with 502 (a gateway page): ServerError, retried like any 502', async () => {
    const { server, ugc } = await serve([text(502, '<html>Bad Gateway</html>', { 'content-type': 'text/html', 'retry-after': '0' })]);
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ attempts: 3, status: 502 });
    expect(server.requests).toHaveLength(3);
  });

  test('partial data with errors: ApiError, the half object never returned', async () => {
    const body = {
      ...(jobData() as object),
      errors: [{ message: 'outputs unavailable', errorType: 'MoveError', path: ['getJob', 'outputs'] }],
    };
    const { server, ugc } = await serve([json(200, body)]);
    const err = (await rejection(retrieve(ugc))) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      operation: 'getJob',
      attempts: 1,
      status: 200,
      partial: true,
      errorType: 'MoveError',
      path: ['getJob', 'outputs'],
    });
    expect(server.requests).toHaveLength(1);
  });

  test.each([
    ['an empty object', {}],
    ['null data', { data: null }],
  ])('a body with neither data nor errors (%s): ResponseError', async (_, body) => {
    const { server, ugc } = await serve([json(200, body)]);
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err.message).toContain('neither data nor errors');
    expect(server.requests).toHaveLength(1);
  });
});
