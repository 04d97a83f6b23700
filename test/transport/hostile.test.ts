import { inspect } from 'node:util';
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { Client, fetchExchange } from '@urql/core';
import { describe, expect, test } from 'vitest';
import { AbortError, ApiError, ConnectionError, MoveUgc, ResponseError, TimeoutError } from '../../src/index.js';
import { hang, json, startFaultServer, text, type Fault } from '../helpers/fault-server.js';
import { rejection, serve } from './harness.js';

// Servers that misbehave on purpose: bodies that stall at any byte, endless or huge bodies,
// redirects, and a key with JSON-special characters echoed back. Every call must settle with a
// typed error, within the test's own timeout, holding a bounded amount of memory.

const MiB = 1024 * 1024;
const retrieve = (ugc: MoveUgc, options = {}) => ugc.jobs.retrieve({ id: 'job-1' }, options);

interface Streamed {
  fault: Fault;
  /** Bytes the server managed to write before the client went away or the body ended. */
  readonly sent: number;
}

/**
 * A 200 whose body starts as a getJob response and then pads: it writes `total` bytes (honouring
 * backpressure) and then either ends or, with `stall`, holds the connection open without a byte more.
 */
function streamed(total: number, { stall = false, contentLength = false } = {}): Streamed {
  let sent = 0;
  const fault: Fault = (res: ServerResponse) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (contentLength) headers['content-length'] = String(total);
    res.writeHead(200, headers);
    const prefix = Buffer.from('{"data":{"getJob":{"id":"');
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    let closed = false;
    res.on('close', () => (closed = true));
    const pump = () => {
      while (!closed && sent < total) {
        const next = sent === 0 ? prefix.subarray(0, total) : chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += next.length;
        if (!res.write(next)) return void res.once('drain', pump);
      }
      if (!closed && !stall) res.end();
    };
    pump();
  };
  return {
    fault,
    get sent() {
      return sent;
    },
  };
}

function rssGrowthWhile<T>(work: () => Promise<T>): Promise<{ value: T; growth: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  return work().then(
    (value) => {
      clearInterval(sampler);
      return { value, growth: Math.max(peak, process.memoryUsage().rss) - before };
    },
    (err: unknown) => {
      clearInterval(sampler);
      throw err;
    },
  );
}

describe('a body that stalls at any byte settles with the attempt timeout (item 7)', () => {
  test.each([1, 25, 64 * 1024, 1 * MiB, 25 * MiB])(
    'stalls after %i bytes: TimeoutError, one request, bounded memory',
    { timeout: 60_000 },
    async (n) => {
      const body = streamed(n, { stall: true });
      const { server, ugc } = await serve([body.fault], { timeoutMs: 1_500, maxRetries: 0 });
      const { value: err, growth } = await rssGrowthWhile(() => rejection(retrieve(ugc)));
      expect(err).toBeInstanceOf(TimeoutError);
      expect(err).toMatchObject({ operation: 'getJob', attempts: 1, status: 200 });
      expect(server.requests).toHaveLength(1);
      expect(growth).toBeLessThan(n + 200 * MiB);
    },
  );

  test.each([1, 25 * MiB])(
    'declares a longer Content-Length, stalls after %i bytes: TimeoutError, one request',
    { timeout: 60_000 },
    async (n) => {
      const declared = streamed(n + 1000, { stall: true, contentLength: true });
      const body = {
        fault: ((res, timers) => {
          // Send only n of the declared bytes, then hold the connection.
          const write = res.write.bind(res);
          let left = n;
          res.write = ((chunk: Buffer) => {
            if (left <= 0) return true;
            const part = chunk.subarray(0, left);
            left -= part.length;
            return write(part);
          }) as typeof res.write;
          declared.fault(res, timers);
        }) as Fault,
      };
      const { server, ugc } = await serve([body.fault], { timeoutMs: 1_500, maxRetries: 0 });
      const err = await rejection(retrieve(ugc));
      expect(err).toBeInstanceOf(TimeoutError);
      expect(err).toMatchObject({ attempts: 1, status: 200 });
      expect(server.requests).toHaveLength(1);
    },
  );

  test.each([true, false])(
    'a fetch that ignores its signal (Content-Length declared: %s): the stalled body still ends in TimeoutError',
    async (declared) => {
      const stall: Fault = (res) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (declared) headers['content-length'] = '5000';
        res.writeHead(200, headers);
        res.write('{"data":{"getJob":{"id":"');
      };
      // A polyfill or wrapper that drops the signal: only the SDK's own race can end the read.
      const ignoring: typeof fetch = (input, init) => fetch(input, { ...init, signal: null });
      const { server, ugc } = await serve([stall], { timeoutMs: 300, maxRetries: 0, fetch: ignoring });
      const err = await rejection(retrieve(ugc));
      expect(err).toBeInstanceOf(TimeoutError);
      expect(err).toMatchObject({ attempts: 1, status: 200 });
      expect(server.requests).toHaveLength(1);
    },
  );

  test('a fetch that ignores its signal, to a server that never answers: TimeoutError, and the signal ends it too', async () => {
    const ignoring: typeof fetch = (input, init) => fetch(input, { ...init, signal: null });
    const { server, ugc } = await serve([hang()], { timeoutMs: 300, maxRetries: 0, fetch: ignoring });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ attempts: 1 });
    const controller = new AbortController();
    const call = rejection(ugc.jobs.retrieve({ id: 'job-1' }, { signal: controller.signal, timeoutMs: 600_000 }));
    await server.requestArrived(2);
    controller.abort('enough');
    expect(await call).toBeInstanceOf(AbortError);
  });

  test('stalls after 25 MB: the caller’s signal ends the call at once, long before the timeout', { timeout: 60_000 }, async () => {
    const body = streamed(25 * MiB, { stall: true });
    const { ugc } = await serve([body.fault], { timeoutMs: 600_000, maxRetries: 2 });
    const controller = new AbortController();
    const call = rejection(retrieve(ugc, { signal: controller.signal }));
    while (body.sent < 25 * MiB) await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort('enough');
    const err = await call;
    expect(err).toBeInstanceOf(AbortError);
    expect((err as AbortError).reason).toBe('enough');
  });
});

describe('response size cap (item 8)', () => {
  test.each([100 * MiB, 600 * MiB])(
    'a %i-byte body stops at maxResponseBytes (32 MiB): ResponseError, not retried, memory bounded',
    { timeout: 60_000 },
    async (size) => {
      const body = streamed(size);
      const { server, ugc } = await serve([body.fault], { maxRetries: 3 });
      const { value: err, growth } = await rssGrowthWhile(() => rejection(retrieve(ugc)));
      expect(err).toBeInstanceOf(ResponseError);
      expect(err.message).toContain('maxResponseBytes');
      expect(server.requests).toHaveLength(1);
      // The server got to write the cap plus what the socket buffers hold, never the whole body.
      expect(body.sent).toBeLessThan(48 * MiB);
      expect(growth).toBeLessThan(250 * MiB);
    },
  );

  test('a declared Content-Length above the cap fails before reading; a smaller cap is honoured', async () => {
    const body = streamed(600 * MiB, { contentLength: true });
    const { server, ugc } = await serve([body.fault], { maxResponseBytes: 1024 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(ResponseError);
    expect(server.requests).toHaveLength(1);
    expect(body.sent).toBeLessThan(48 * MiB);
  });

  test('a gzip body whose Content-Length is far under the cap but inflates past it stops at the cap', { timeout: 60_000 }, async () => {
    // 128 MiB of JSON whitespace gzips to about 130 kB: the declared length says nothing of the body.
    const inflated = Buffer.concat([Buffer.from('{"data":{"getJob":null}'), Buffer.alloc(128 * MiB, 0x20), Buffer.from('}')]);
    const gzipped = gzipSync(inflated, { level: 1 });
    const bomb: Fault = (res) =>
      res
        .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(gzipped.length) })
        .end(gzipped);
    const { server, ugc } = await serve([bomb], { maxResponseBytes: MiB, maxRetries: 3 });
    const { value: err, growth } = await rssGrowthWhile(() => rejection(retrieve(ugc)));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err.message).toContain('maxResponseBytes (1048576 bytes)');
    expect(server.requests).toHaveLength(1);
    expect(growth).toBeLessThan(100 * MiB);
  });

  test('a body under the cap is read whole', async () => {
    const { ugc } = await serve(
      [
        json(200, {
          data: { getJob: { id: 'job-1', name: 'x'.repeat(4000), metadata: null, created: null, state: 'FINISHED', progress: null } },
        }),
      ],
      {
        maxResponseBytes: 8 * 1024,
      },
    );
    expect((await retrieve(ugc)).name).toHaveLength(4000);
  });
});

describe('redirects are errors, never followed nor retried (item 6)', () => {
  test.each([301, 302, 307, 308])('%i: ConnectionError naming the redirect; the target is never asked', async (status) => {
    const target = await startFaultServer([json(200, { data: { getJob: null } })]);
    try {
      const { server, ugc } = await serve([text(status, '', { location: target.url })], { maxRetries: 3 });
      const err = await rejection(retrieve(ugc));
      expect(err).toBeInstanceOf(ConnectionError);
      expect(err.message).toContain(`redirect (HTTP ${status})`);
      expect(err).toMatchObject({ status, attempts: 1 });
      expect(server.requests).toHaveLength(1);
      expect(target.requests).toHaveLength(0);
    } finally {
      await target.close();
    }
  });

  test('an ordinary connection failure is not reported as a redirect', async () => {
    const { ugc } = await serve([(res) => res.socket?.destroy()], { maxRetries: 0 });
    const err = await rejection(retrieve(ugc));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.message).not.toContain('redirect');
  });
});

describe('the key is redacted in every escaping (item 12)', () => {
  const KEY = 'mu-test-"quo\\ted"-SECRET-0123456789';
  const forms = [KEY, JSON.stringify(KEY).slice(1, -1), KEY.slice(0, 10)];
  const expectNoForm = (value: unknown) => {
    const shown = `${inspect(value, { depth: Infinity, showHidden: true })}\n${JSON.stringify(value)}\n${String((value as Error).stack)}`;
    for (const form of forms) expect(shown).not.toContain(form);
  };
  const echoInError: Fault = (res) =>
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errors: [{ message: `bad key ${KEY}`, errorType: 'BadRequest' }] }));
  const keyFirst: Fault = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`${KEY} is not JSON`);
  // Valid JSON that spells the key's first character as \u006d: text redaction cannot see it.
  const echoUnicodeEscaped: Fault = (res) =>
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(`{"errors":[{"message":${JSON.stringify(`bad key ${KEY}`).replace('bad key m', 'bad key \\u006d')}}]}`);
  // A proxy that echoes request headers into the id the SDK reports on every error.
  const echoInRequestId: Fault = (res) =>
    res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-requestid': `req-${KEY}` }).end('{}');
  const keyFirstEscaped: Fault = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`${JSON.stringify(KEY)} trailing`);

  test.each([
    ['echoed JSON-escaped in a GraphQL error', echoInError, 'ApiError'],
    ['at the start of an invalid JSON body', keyFirst, 'ResponseError'],
    ['JSON-escaped at the start of an invalid JSON body', keyFirstEscaped, 'ResponseError'],
    ['echoed into the x-amzn-requestid header', echoInRequestId, 'ServerError'],
    ['echoed with a \\u escape in a GraphQL error', echoUnicodeEscaped, 'ApiError'],
  ])('through moveUgcExchange: %s', async (_what, fault, name) => {
    const server = await startFaultServer([fault]);
    try {
      const ugc = new MoveUgc({ apiKey: KEY, endpoint: server.url, maxRetries: 0 });
      const err = await retrieve(ugc).catch((e: unknown) => e);
      expect((err as Error).name).toBe(name);
      expectNoForm(err);
    } finally {
      await server.close();
    }
  });

  test('echoed with a \\u escape in data: redacted there too, as every other spelling of it is', async () => {
    const job = { id: 'job-1', name: `echo ${KEY}`, metadata: null, created: null, state: 'FINISHED', progress: null };
    const body = JSON.stringify({ data: { getJob: job } }).replace('echo m', 'echo \\u006d');
    const server = await startFaultServer([(res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body)]);
    try {
      const got = await retrieve(new MoveUgc({ apiKey: KEY, endpoint: server.url }));
      expect(got.name).toBe('echo [redacted]');
    } finally {
      await server.close();
    }
  });

  test.each([
    ['jobs.wait', (ugc: MoveUgc) => ugc.jobs.wait({ id: 'job-1', timeoutMs: 1_500, intervalMs: 10 })],
    ['jobs.waitAll', (ugc: MoveUgc) => ugc.jobs.waitAll({ ids: ['job-1'], timeoutMs: 1_500, intervalMs: 10 })],
  ])('%s: a job state that echoes the key (\\u-escaped) stays out of the TimeoutError', async (_name, wait) => {
    const job = { id: 'job-1', name: null, metadata: null, created: null, state: `PENDING ${KEY}`, progress: null, outputs: [] };
    const answer = (data: unknown) => JSON.stringify({ data }).replace('PENDING m', 'PENDING \\u006d');
    const server = await startFaultServer([
      (res) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(answer(_name === 'jobs.wait' ? { getJob: job } : { r0: job })),
    ]);
    try {
      const err = await wait(new MoveUgc({ apiKey: KEY, endpoint: server.url })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TimeoutError);
      expect((err as Error).message).toContain('not a known state');
      expectNoForm(err);
    } finally {
      await server.close();
    }
  });

  test.each([
    ['echoed JSON-escaped in a GraphQL error', echoInError, 'ApiError'],
    ['at the start of an invalid JSON body', keyFirst, 'ResponseError'],
    ['echoed into the x-amzn-requestid header', echoInRequestId, 'ServerError'],
    ['echoed with a \\u escape in a GraphQL error', echoUnicodeEscaped, 'ApiError'],
  ])('through stock fetchExchange: %s', async (_what, fault, name) => {
    const server = await startFaultServer([fault]);
    try {
      const urql = new Client({
        url: server.url,
        exchanges: [fetchExchange],
        preferGetMethod: false,
        fetchOptions: { headers: { authorization: KEY } },
      });
      const err = await retrieve(new MoveUgc({ urql })).catch((e: unknown) => e);
      expect((err as Error).name).toBe(name);
      expectNoForm(err);
    } finally {
      await server.close();
    }
  });
});

describe('a wait settles by its own timeoutMs, even while a poll stalls', () => {
  test.each([
    [
      'jobs.wait',
      (ugc: MoveUgc) => ugc.jobs.wait({ id: 'job-1', timeoutMs: 300, intervalMs: 50 }),
      'Job job-1 did not finish within 300 ms',
    ],
    [
      'jobs.waitAll',
      (ugc: MoveUgc) => ugc.jobs.waitAll({ ids: ['job-1', 'job-2'], timeoutMs: 300 }),
      '2 of 2 jobs did not finish within 300 ms',
    ],
  ])('%s: TimeoutError of the wait, not of the stalled request (client timeout 20 s)', async (_name, wait, message) => {
    // The poll's own attempt would run 20 s: the wait must not inherit it.
    const { server, ugc } = await serve([hang()], { timeoutMs: 20_000, maxRetries: 0 });
    const err = await rejection(wait(ugc));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toContain(message);
    // One poll at most: on a busy machine the deadline may pass before the server has read it.
    expect(server.requests.length).toBeLessThanOrEqual(1);
  });
});

describe('a response that arrived is never reported as unreachable, nor left waiting', () => {
  test.each([
    ['errors: [null]', { errors: [null] }],
    ['errors: [5, "x"]', { errors: [5, 'x'] }],
  ])('%s on a mutation: ResponseError, one request', async (_what, body) => {
    const { server, ugc } = await serve([json(200, body)]);
    const err = await rejection(ugc.client.update({ metadata: { a: 1 } }));
    expect(err).toBeInstanceOf(ResponseError);
    expect(err).toMatchObject({ status: 200 });
    expect(server.requests).toHaveLength(1);
  });

  test('errors with hasNext: true (an incremental-delivery marker) end the call with ApiError', async () => {
    const { ugc } = await serve([json(200, { data: null, errors: [{ message: 'boom' }], hasNext: true })]);
    const err = await rejection(retrieve(ugc, { timeoutMs: 600_000 }));
    expect(err).toBeInstanceOf(ApiError);
    expect(err.message).toContain('boom');
  });

  test('data nested 200 000 deep through a stock fetchExchange client: ResponseError, not a RangeError', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const job = JSON.stringify({ id: 'job-1', name: null, metadata: null, created: null, state: 'FINISHED', progress: null });
    const server = await startFaultServer([
      text(200, `{"data":{"getJob":${job.slice(0, -1)},"extra":${deep}}}}`, { 'content-type': 'application/json' }),
    ]);
    try {
      const urql = new Client({ url: server.url, exchanges: [fetchExchange], preferGetMethod: false });
      const err = await retrieve(new MoveUgc({ urql })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ResponseError);
    } finally {
      await server.close();
    }
  });
});
