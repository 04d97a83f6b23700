import { inspect } from 'node:util';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { afterEach, describe, expect, test } from 'vitest';
import { AbortError, ApiError, MoveUgc, ResponseError, ServerError } from '../../src/index.js';
import { GetJobDocument } from '../../src/documents.js';
import { jobData, json, startFaultServer, type Fault, type FaultServer } from '../helpers/fault-server.js';
import { COUNT_TIMEOUTS, isolated } from '../helpers/isolated.js';
import { KEY, rejection, serve } from './harness.js';

// What a second adversarial pass found: the app's own code (logger, fetch, urql client) and
// servers misbehaving in ways the first pass did not try. Each case against a real server.

/** A key with a quote and a backslash: JSON escapes it, and escapes it again when quoted twice. */
const QUOTED_KEY = 'mu-test-"quo\\ted"-SECRET-0123456789';
const escaped = (text: string) => JSON.stringify(text).slice(1, -1);
const job = (id = 'job-1') => (jobData(id) as { data: { getJob: object } }).data.getJob;

let servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function start(script: readonly Fault[]) {
  const server = await startFaultServer(script);
  servers.push(server);
  return server;
}
const appClient = (url: string, key: string, exchanges = [fetchExchange]) =>
  new Client({ url, exchanges, preferGetMethod: false, fetchOptions: { headers: { authorization: key } } });

function expectNoForm(value: unknown, key: string) {
  const shown = `${inspect(value, { depth: Infinity, showHidden: true })}\n${JSON.stringify(value)}\n${String((value as Error).stack)}`;
  for (const form of [key, escaped(key), escaped(escaped(key)), encodeURIComponent(key), encodeURIComponent(key).toLowerCase()]) {
    expect(shown).not.toContain(form);
  }
  expect(shown).not.toContain('SECRET');
}

describe('a logger that throws', () => {
  test.each(['debug', 'warn', 'error'] as const)(
    'at %s: the call still settles with its own outcome, nothing unhandled',
    async (logLevel) => {
      const { server, ugc } = await serve([json(503, {}, { 'retry-after': '0' }), json(200, jobData())], {
        logLevel,
        logger: () => {
          throw new Error('log sink down');
        },
      });
      await expect(ugc.jobs.retrieve({ id: 'job-1' })).resolves.toMatchObject({ id: 'job-1' });
      expect(server.requests).toHaveLength(2);
      const failing = await serve([json(500, {})], {
        logLevel,
        maxRetries: 0,
        logger: { debug: boom, info: boom, warn: boom, error: boom },
      });
      expect(await rejection(failing.ugc.jobs.retrieve({ id: 'job-1' }))).toBeInstanceOf(ServerError);
    },
  );
});
function boom(): never {
  throw new Error('log sink down');
}

describe('the key, echoed back in escapings the first redaction missed', () => {
  test('in the content type of a body that is not GraphQL: the error shows the media type only', async () => {
    const server = await start([(res) => res.writeHead(200, { 'content-type': `text/plain; echo=${KEY}` }).end('oops')]);
    const ugc = new MoveUgc({ apiKey: KEY, endpoint: server.url, maxRetries: 0 });
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err.message).toContain('a text/plain body (HTTP 200)');
  });

  test.each(['own exchange', 'stock fetchExchange'])('JSON-escaped inside an error message (twice on the wire), %s', async (path) => {
    const message = `bad header {"authorization":"${escaped(QUOTED_KEY)}"}`;
    const server = await start([
      json(200, { errors: [{ message, errorType: 'MoveError' }], data: { getJob: { name: escaped(QUOTED_KEY) } } }),
    ]);
    const ugc =
      path === 'own exchange'
        ? new MoveUgc({ apiKey: QUOTED_KEY, endpoint: server.url, maxRetries: 0 })
        : new MoveUgc({ urql: appClient(server.url, QUOTED_KEY) });
    const err = await ugc.jobs.retrieve({ id: 'job-1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe('bad header {"authorization":"[redacted]"}');
    expectNoForm(err, QUOTED_KEY);
  });

  test('percent-encoded with lower-case hex in the request id', async () => {
    const lower = encodeURIComponent(QUOTED_KEY).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
    const server = await start([json(500, {}, { 'x-amzn-requestid': `req-${lower}` })]);
    const ugc = new MoveUgc({ apiKey: QUOTED_KEY, endpoint: server.url, maxRetries: 0 });
    const err = await ugc.jobs.retrieve({ id: 'job-1' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ requestId: 'req-[redacted]' });
    expectNoForm(err, QUOTED_KEY);
  });
});

describe("an app's urql client", () => {
  const partial = {
    data: { r0: job('job-1'), r1: null },
    errors: [{ message: 'Job not found', errorType: 'MoveNotFoundError', path: ['r1'] }],
  };

  test('shares one partial result between two retrieveMany calls, and caches it: each decodes its own copy', async () => {
    const server = await start([
      (res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(partial)), 50),
    ]);
    const ugc = new MoveUgc({ urql: appClient(server.url, KEY, [cacheExchange, fetchExchange]) });
    const call = () => ugc.jobs.retrieveMany({ ids: ['job-1', 'job-2'] });
    const [a, b] = await Promise.all([call(), call()]);
    const c = await call();
    for (const jobs of [a, b, c]) {
      expect(jobs.map((j) => j?.id ?? null)).toEqual(['job-1', null]);
      expect(jobs[0]!.created).toBeInstanceOf(Date);
    }
  });

  test('the data on an ApiError is redacted, as through our own exchange', async () => {
    const server = await start([json(200, { data: { getJob: { ...job(), name: `echo ${KEY}` } }, errors: [{ message: 'partial' }] })]);
    const err = await rejection(new MoveUgc({ urql: appClient(server.url, KEY) }).jobs.retrieve({ id: 'job-1' }));
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).data).toMatchObject({ getJob: { name: 'echo [redacted]' } });
  });

  test('a whole response marked hasNext (no @defer in the document) settles at once, not at the timeout', async () => {
    const client = { id: 'c1', name: 'n', created: '2026-01-01T00:00:00.000Z', metadata: null, portal: null };
    const server = await start([json(200, { data: { updateClient: client }, hasNext: true })]);
    // Waiting for more would end in a TimeoutError, or in this test's own timeout: no clock is read.
    const ugc = new MoveUgc({ urql: appClient(server.url, KEY), timeoutMs: 60_000 });
    await expect(ugc.client.update({ metadata: { a: 1 } })).resolves.toMatchObject({ id: 'c1' });
    expect(server.requests).toHaveLength(1);
  });

  test('with our exchange: a query torn down during a Retry-After wait leaves no timer holding the process', async () => {
    const server = await start([json(503, {}, { 'retry-after': '30' })]);
    // A process of its own (the built package), so that what keeps it alive is the SDK's alone:
    // its ref'd timers once the call is torn down, and its exit. The abort comes once the wait has
    // begun (the retry's log line), not after a fixed time that a loaded machine may outrun.
    const { code, stdout, stderr } = await isolated(`
      import { Client } from '@urql/core';
      import { MoveUgc, moveUgcExchange } from './dist/index.js';
      ${COUNT_TIMEOUTS}
      const controller = new AbortController();
      const logger = (line) => { if (line.includes('retrying')) setImmediate(() => controller.abort()); };
      const urql = new Client({ url: ${JSON.stringify(server.url)}, exchanges: [moveUgcExchange({ apiKey: ${JSON.stringify(KEY)}, maxRetries: 2, logLevel: 'warn', logger })], preferGetMethod: false });
      const err = await new MoveUgc({ urql }).jobs.retrieve({ id: 'job-1' }, { signal: controller.signal }).catch((e) => e);
      setImmediate(() => console.log(err.name, timeouts()));`).exit;
    expect({ code, stderr, stdout: stdout.trim() }).toEqual({ code: 0, stderr: '', stdout: 'AbortError 0' });
    expect(server.requests).toHaveLength(1);
  });
});

describe("the app's fetch", () => {
  test.each([
    ['empty chunks', 0],
    ['1-byte chunks', 1],
  ])('a body of endless %s, every one ready at once, still ends at the timeout and the signal', async (_, size) => {
    const fetchImpl: typeof fetch = () =>
      Promise.resolve(
        new Response(new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(size)) }), {
          headers: { 'content-type': 'application/json' },
        }),
      );
    const ugc = new MoveUgc({ apiKey: KEY, endpoint: 'http://127.0.0.1:9/graphql', maxRetries: 0, timeoutMs: 300, fetch: fetchImpl });
    const heapBefore = process.memoryUsage().heapUsed;
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('caller gave up')), 200);
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }, { signal: controller.signal }));
    expect(err).toBeInstanceOf(AbortError);
    // Small chunks are packed: 200 ms of 1-byte chunks is not an object per byte.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  test('a rejection whose getters throw is still a typed error', async () => {
    const hostile = {
      get message(): string {
        throw new Error('getter');
      },
      get name(): string {
        throw new Error('getter');
      },
    };
    const ugc = new MoveUgc({
      apiKey: KEY,
      endpoint: 'http://127.0.0.1:9/graphql',
      maxRetries: 0, // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what a hostile fetch rejects with
      fetch: () => Promise.reject(hostile),
    });
    const err = await rejection(ugc.request(GetJobDocument, { jobId: 'job-1' }));
    expect(err.name).toBe('ConnectionError');
    expect(err).toMatchObject({ attempts: 1 });
  });
});

describe('options that looked right and were not', () => {
  test.each([
    ['a signal-like object without removeEventListener', { signal: { aborted: false, addEventListener() {} } }, 'options.signal'],
    ['headers as a Headers (Object.entries sees none: they were dropped)', { headers: new Headers({ 'x-trace': '1' }) }, 'options.headers'],
    ['headers as a Map', { headers: new Map([['x-trace', '1']]) }, 'options.headers'],
  ])('%s: ValidationError, nothing sent', async (_, options, field) => {
    const { server, ugc } = await serve([json(200, jobData())]);
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }, options as never));
    expect(err).toMatchObject({ field });
    expect(server.requests).toHaveLength(0);
  });

  test.each([
    ['a key fetch cannot put in a header (non-Latin-1)', { apiKey: 'abcdefghijklmnop\u20ac' }, 'apiKey'],
    ['the key inside the endpoint', { apiKey: KEY, endpoint: `https://api.example.com/graphql?key=${KEY}` }, 'endpoint'],
    ['a logger that is not one, with logging off', { apiKey: KEY, logger: 5 }, 'logger'],
    ['headers as a Headers', { apiKey: KEY, headers: new Headers({ 'x-trace': '1' }) }, 'headers'],
  ])('the client refuses %s at construction', (_, options, field) => {
    let err: unknown;
    try {
      new MoveUgc(options as never);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ field });
    expectNoForm(err, KEY);
  });

  test('a form-encoded key (space as +, every other character as %XX) echoed in an error is redacted', async () => {
    const key = "mu test 'key' (0123456789)!";
    const formEncoded = new URLSearchParams({ k: key }).toString().slice(2);
    const server = await start([json(500, { message: `rejected ${formEncoded}` })]);
    const err = await new MoveUgc({ apiKey: key, endpoint: server.url, maxRetries: 0 }).jobs
      .retrieve({ id: 'job-1' })
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe('getJob: rejected [redacted] (HTTP 500)');
  });

  test('files.download with a presignedUrl that is not a string is refused before any request', async () => {
    const { server, ugc } = await serve([json(200, jobData())]);
    const err = await rejection(ugc.files.download({ id: 'file-1', presignedUrl: 42 } as never, '/tmp/never-written.bin'));
    expect(err).toMatchObject({ field: 'file.presignedUrl' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('values the schema forbids', () => {
  test.each([
    [
      'an Int past 32 bits',
      { progress: { state: 'RUNNING', percentageComplete: 2 ** 40 } },
      'getJob.progress.percentageComplete: expected Int',
    ],
    ['an AWSDateTime that only `new Date` reads', { created: '12' }, 'getJob.created: expected AWSDateTime'],
    ['an AWSDateTime in words', { created: 'March 7, 2001' }, 'getJob.created: expected AWSDateTime'],
  ])('%s is a ResponseError', async (_, change, problem) => {
    const { ugc } = await serve([json(200, { data: { getJob: { ...job(), ...change } } })]);
    const err = await rejection(ugc.jobs.retrieve({ id: 'job-1' }));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err.message).toContain(problem);
  });

  test.each(['2026-01-01T00:00:00.000Z', '2026-01-01T00:00Z', '2026-01-01T00:00:00.123456789Z', '2026-01-01T01:00:00+01:00'])(
    'AppSync forms of AWSDateTime are read: %s',
    async (created) => {
      const { ugc } = await serve([json(200, { data: { getJob: { ...job(), created } } })]);
      const retrieved = await ugc.jobs.retrieve({ id: 'job-1' });
      expect(retrieved.created?.getTime()).toBe(Date.parse('2026-01-01T00:00:00.000Z') + (created.includes('.123') ? 123 : 0));
    },
  );
});
