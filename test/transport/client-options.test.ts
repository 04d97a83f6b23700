import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { MoveUgc, ValidationError, VERSION, type MoveUgcOptions, type ResponseInfo } from '../../src/index.js';
import { jobData, json } from '../helpers/fault-server.js';
import { KEY, rejection, serve } from './harness.js';

// The constructor checks every option before anything is sent, never echoing the key; the
// environment is read only for options not given; logging is leveled; request ids reach the caller.

function refused(options: unknown, field: RegExp): ValidationError {
  let error: unknown;
  try {
    new MoveUgc(options as MoveUgcOptions);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).field).toMatch(field);
  return error as ValidationError;
}

describe('constructor input checks', () => {
  test('options that are not an object', () => {
    refused(null, /^options$/);
    refused('key', /^options$/);
    refused([], /^options$/);
  });

  test.each(['\r', '\n', '\0', '\u0007', '\u007f'])('an API key with control character %j is refused without echoing the key', (c) => {
    const key = `mu-live-0123456789${c}abcdef`;
    const err = refused({ apiKey: key, endpoint: 'https://example.com/graphql' }, /^apiKey$/);
    expect(err.message).toContain('control characters');
    expect(inspect(err)).not.toContain('0123456789');
  });

  test('an endpoint with credentials in it is refused', () => {
    const err = refused({ apiKey: KEY, endpoint: 'https://user:hunter2@api.example.com/graphql' }, /^endpoint$/);
    expect(err.message).not.toContain('hunter2');
  });

  test('timeoutMs above 2^31-1 is refused (timers would fire at once), on the client and per call', async () => {
    refused({ apiKey: KEY, endpoint: 'https://example.com/graphql', timeoutMs: 2 ** 31 }, /^timeoutMs$/);
    refused({ apiKey: KEY, endpoint: 'https://example.com/graphql', timeoutMs: 0 }, /^timeoutMs$/);
    const { server, ugc } = await serve([json(200, jobData())]);
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }, { timeoutMs: 2 ** 31 }));
    expect(err).toMatchObject({ name: 'ValidationError', field: 'options.timeoutMs' });
    expect(server.requests).toHaveLength(0);
  });

  test('header values beyond Latin-1 and framing headers are refused before anything is sent, on the client and per call', async () => {
    const base = { apiKey: KEY, endpoint: 'https://example.com/graphql' };
    refused({ ...base, headers: { 'x-app': 'Café ™' } }, /^headers\.x-app$/);
    refused({ ...base, headers: { 'Transfer-Encoding': 'chunked' } }, /^headers\.Transfer-Encoding$/);
    refused({ ...base, headers: { 'content-length': '5' } }, /^headers\.content-length$/);
    const { server, ugc } = await serve([json(200, jobData())]);
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }, { headers: { 'x-app': '日本' } }));
    expect(err).toMatchObject({ name: 'ValidationError', field: 'options.headers.x-app' });
    // Latin-1 itself is fine: fetch sends it as bytes.
    await ugc.jobs.retrieve({ id: 'job-1' }, { headers: { 'x-app': 'café' } });
    expect(server.requests).toHaveLength(1);
  });

  test('every option is checked and named: unknown keys, bad types, bad values', () => {
    const base = { apiKey: KEY, endpoint: 'https://example.com/graphql' };
    refused({ ...base, retries: 2 }, /^retries$/);
    refused({ ...base, maxRetries: -1 }, /^maxRetries$/);
    refused({ ...base, maxResponseBytes: 0 }, /^maxResponseBytes$/);
    refused({ ...base, headers: { 'x-a': 'b\r\nx-injected: 1' } }, /^headers\.x-a$/);
    refused({ ...base, headers: 'x' }, /^headers$/);
    refused({ ...base, fetch: 'fetch' }, /^fetch$/);
    refused({ ...base, logLevel: 'verbose' }, /^logLevel$/);
    refused({ ...base, logLevel: 'debug', logger: { debug: () => undefined } }, /^logger\.info$/);
    refused({ ...base, logLevel: 'debug', logger: 42 }, /^logger$/);
    refused({ ...base, urql: {} }, /^urql$/);
  });
});

describe('the environment', () => {
  /**
   * Runs `fn` with process.env replaced by one whose reads throw, as Deno's without --allow-env.
   * NODE_ENV is let through: @urql/core reads it (bundlers replace it), which is not ours to change.
   */
  function withDeniedEnv<T>(fn: () => T): { value?: T; error?: unknown; reads: string[] } {
    const reads: string[] = [];
    const original = process.env;
    const denied = new Proxy(
      {},
      {
        get(_target, name) {
          if (name === 'NODE_ENV') return undefined;
          reads.push(String(name));
          throw new Error('Requires env access to "MOVE_UGC_LOG", run again with the --allow-env flag');
        },
      },
    );
    Object.defineProperty(process, 'env', { value: denied, configurable: true, writable: true });
    try {
      return { value: fn(), reads };
    } catch (error) {
      return { error, reads };
    } finally {
      Object.defineProperty(process, 'env', { value: original, configurable: true, writable: true });
    }
  }

  test('is not read when every option it could supply is given', () => {
    const result = withDeniedEnv(() => new MoveUgc({ apiKey: KEY, endpoint: 'https://example.com/graphql', logLevel: 'off' }));
    expect(result.error).toBeUndefined();
    expect(result.reads).toEqual([]);
  });

  test('denied access is tolerated: a missing key is the usual ValidationError', () => {
    const result = withDeniedEnv(() => new MoveUgc({ endpoint: 'https://example.com/graphql' }));
    expect(result.error).toBeInstanceOf(ValidationError);
    expect((result.error as ValidationError).field).toBe('apiKey');
  });

  test('MOVE_UGC_LOG is checked like logLevel', () => {
    const before = process.env.MOVE_UGC_LOG;
    process.env.MOVE_UGC_LOG = 'loud';
    try {
      refused({ apiKey: KEY, endpoint: 'https://example.com/graphql' }, /^MOVE_UGC_LOG$/);
    } finally {
      if (before === undefined) delete process.env.MOVE_UGC_LOG;
      else process.env.MOVE_UGC_LOG = before;
    }
  });
});

describe('logging', () => {
  test('an object logger (console-like) gets each line at its level; lower levels are dropped', async () => {
    const lines: [string, string][] = [];
    const logger = {
      debug: (l: string) => lines.push(['debug', l]),
      info: (l: string) => lines.push(['info', l]),
      warn: (l: string) => lines.push(['warn', l]),
      error: (l: string) => lines.push(['error', l]),
    };
    const { ugc } = await serve([json(503, { message: 'busy' }, { 'retry-after': '0' }), json(200, jobData())], {
      logLevel: 'warn',
      logger,
      maxRetries: 1,
    });
    await ugc.jobs.retrieve({ id: 'job-1' });
    expect(lines).toEqual([['warn', 'move-ugc: getJob retrying in 0 ms after ServerError']]);
  });

  test('a function logger gets the line and its level; debug lines show the client header, not the key', async () => {
    const lines: [string, string][] = [];
    const { ugc } = await serve([json(200, jobData())], { logLevel: 'debug', logger: (line, level) => lines.push([level, line]) });
    await ugc.jobs.retrieve({ id: 'job-1' });
    expect(lines).toHaveLength(1);
    expect(lines[0]![0]).toBe('debug');
    expect(lines[0]![1]).toContain(`x-move-ugc-client: move-ugc/${VERSION}`);
    expect(lines[0]![1]).toContain('authorization: [redacted]');
    expect(lines[0]![1]).not.toContain(KEY);
  });
});

describe('version, client header and request ids', () => {
  test('VERSION is package.json’s version and is sent as x-move-ugc-client and user-agent', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const { server, ugc } = await serve([json(200, jobData())]);
    await ugc.jobs.retrieve({ id: 'job-1' });
    const expected = `move-ugc/${pkg.version} node/${process.versions.node}`;
    expect(server.requests[0]!.headers['x-move-ugc-client']).toBe(expected);
    expect(server.requests[0]!.headers['user-agent']).toBe(expected);
  });

  test('a successful call reports its request id through onResponse; an error carries requestId', async () => {
    const { ugc } = await serve([
      json(200, jobData(), { 'x-amzn-requestid': 'req-ok-1' }),
      json(200, { errors: [{ message: 'nope', errorType: 'MoveNotFoundError' }] }, { 'x-amzn-requestid': 'req-404' }),
      json(200, jobData(), { 'x-request-id': 'req-generic' }),
    ]);
    const seen: ResponseInfo[] = [];
    const job = await ugc.jobs.retrieve({ id: 'job-1' }, { onResponse: (r) => seen.push(r) });
    expect(job.id).toBe('job-1');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ requestId: 'req-ok-1', status: 200, attempts: 1 });
    expect(seen[0]!.headers?.get('content-type')).toBe('application/json');
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-2' }));
    expect(err).toMatchObject({ name: 'NotFoundError', requestId: 'req-404', status: 200 });
    await ugc.jobs.retrieve({ id: 'job-1' }, { onResponse: (r) => seen.push(r) });
    expect(seen[1]!.requestId).toBe('req-generic');
  });

  test('util.inspect and JSON of the client show the endpoint only', async () => {
    const { ugc, server } = await serve([json(200, jobData())]);
    expect(inspect(ugc)).toBe(`MoveUgc { endpoint: '${server.url}' }`);
    expect(JSON.stringify(ugc)).toBe(JSON.stringify({ endpoint: server.url }));
  });
});
