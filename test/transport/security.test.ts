import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ConnectionError, MoveUgc, ValidationError } from '../../src/index.js';
import { closedPort, jobData, json, resetMidBody, text } from '../helpers/fault-server.js';
import { KEY, expectNoKey, recordingLogger, rejection, serve } from './harness.js';

describe('the API key stays out of everything a user can print', () => {
  test('util.inspect and JSON.stringify of the client and its resources', () => {
    const ugc = new MoveUgc({ apiKey: KEY, endpoint: 'https://api.example.com/graphql' });
    expectNoKey(ugc);
    expect(JSON.stringify(ugc)).not.toContain(KEY);
    for (const resource of [ugc.jobs, ugc.files, ugc.takes, ugc.volumes, ugc.rigs, ugc.webhooks, ugc.client, ugc.cameraSettings]) {
      expect(inspect(resource, { depth: Infinity, showHidden: true })).not.toContain(KEY);
      expect(JSON.stringify(resource)).not.toContain(KEY);
    }
  });

  test('a fetch that attaches the request (headers and key) to its error: the cause chain is a clean copy', async () => {
    const port = await closedPort();
    // Some fetch wrappers put the whole request, headers included, on the errors they throw.
    const leakyFetch: typeof fetch = async (input, init) => {
      try {
        return await fetch(input, init);
      } catch (err) {
        throw Object.assign(new TypeError('request failed', { cause: err }), { request: init, key: KEY });
      }
    };
    const ugc = new MoveUgc({ apiKey: KEY, endpoint: `http://127.0.0.1:${port}/graphql`, fetch: leakyFetch, maxRetries: 0 });
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.message).toContain('ECONNREFUSED');
    const codes: unknown[] = [];
    for (let e: unknown = err.cause; e instanceof Error; e = e.cause) codes.push((e as { code?: string }).code);
    expect(codes).toContain('ECONNREFUSED');
    expect(err.cause).not.toHaveProperty('request');
  });

  test('a server that echoes the key in GraphQL errors: every entry is redacted', async () => {
    const body = { errors: [{ message: `bad key ${KEY}`, errorType: 'MoveError', errorInfo: { sent: KEY } }] };
    const { ugc } = await serve([json(200, body)]);
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect(err.message).toBe('bad key [redacted]');
  });

  test('debug log: operation, attempt, status, timing; authorization redacted', async () => {
    const log = recordingLogger();
    const { server, ugc } = await serve([resetMidBody(), json(200, jobData())], {
      logLevel: 'debug',
      logger: log.logger,
      headers: { 'x-tenant-secret': 'tenant-secret-value' },
    });
    await ugc.jobs.retrieve({ id: 'job-1' });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.headers.authorization).toBe(KEY);
    const text = log.lines.join('\n');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain('tenant-secret-value');
    expect(log.lines[0]).toMatch(/^move-ugc: getJob attempt 1 failed after \d+ ms: terminated/);
    expect(log.lines[1]).toMatch(/^move-ugc: getJob retrying in \d+ ms after ConnectionError$/);
    expect(log.lines[2]).toMatch(/^move-ugc: getJob attempt 2 status 200 in \d+ ms headers \{.*\}$/);
    expect(log.lines[2]).toContain('authorization: [redacted]');
    expect(log.lines[2]).toContain('x-tenant-secret: [redacted]');
    expect(log.lines[2]).toContain('content-type: application/json');
  });

  test('MOVE_UGC_LOG=debug turns logging on; logLevel off wins over it', async () => {
    const log = recordingLogger();
    process.env.MOVE_UGC_LOG = 'debug';
    try {
      const { ugc, server } = await serve([json(200, jobData())], { logger: log.logger });
      await ugc.jobs.retrieve({ id: 'job-1' });
      expect(log.lines).toHaveLength(1);
      const quiet = new MoveUgc({ apiKey: KEY, endpoint: server.url, logLevel: 'off', logger: log.logger });
      await quiet.jobs.retrieve({ id: 'job-1' });
      expect(log.lines).toHaveLength(1);
    } finally {
      delete process.env.MOVE_UGC_LOG;
    }
  });

  test('no logging by default: the logger is never called', async () => {
    const log = recordingLogger();
    const { ugc } = await serve([json(200, jobData())], { logger: log.logger });
    await ugc.jobs.retrieve({ id: 'job-1' });
    expect(log.lines).toEqual([]);
  });
});

describe('endpoints', () => {
  test('a redirect is not followed (the key would go with it): ConnectionError, the target never asked', async () => {
    const target = await serve([json(200, jobData())]);
    const { server, ugc } = await serve([text(307, '', { location: target.server.url })], { maxRetries: 2 });
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.message).toContain('redirect');
    expect(server.requests).toHaveLength(1);
    expect(target.server.requests).toHaveLength(0);
  });

  test.each(['http://api.example.com/graphql', 'http://10.0.0.5/graphql', 'ftp://127.0.0.1/graphql'])(
    '%s is refused: the key would travel in clear',
    (endpoint) => {
      const err = (() => {
        try {
          new MoveUgc({ apiKey: KEY, endpoint });
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).field).toBe('endpoint');
      expectNoKey(err);
    },
  );

  test.each([
    'http://localhost:4000/graphql',
    'http://127.0.0.1:4000/graphql',
    'http://[::1]:4000/graphql',
    'https://api.example.com/graphql',
  ])('%s is accepted', (endpoint) => {
    expect(new MoveUgc({ apiKey: KEY, endpoint }).endpoint).toBe(endpoint);
  });
});
