import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, type Exchange, type Operation } from '@urql/core';
import { pipe, subscribe, tap } from 'wonka';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AbortError, MoveUgc, moveUgcExchange } from '../../src/index.js';
import { GetJobDocument } from '../../src/generated/operations.js';
import { PER_CLIENT } from '../../src/core/client-pool.js';
import { Transport } from '../../src/core/transport.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { KEY } from './harness.js';

// Many calls at once on the SDK's own client run on a pool of urql Clients (src/core/client-pool.ts),
// so that urql's per-operation filters stay few. Every call still goes through a urql Client:
// its operation in, its result out, its teardown after; each result reaches its own caller.

/** Answers getJob with the id asked for, after 0 to 4 ms, so that answers come back out of order. */
async function echoServer(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      count++;
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { jobId: string } };
      const body = JSON.stringify({
        data: {
          getJob: {
            id: variables.jobId,
            name: null,
            metadata: null,
            created: '2026-01-01T00:00:00.000Z',
            state: 'FINISHED',
            progress: null,
          },
        },
      });
      if (variables.jobId === 'hang') return;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(body), count % 5);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', 1024, resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    count: () => count,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let echo: Awaited<ReturnType<typeof echoServer>>;
beforeAll(async () => {
  echo = await echoServer();
});
afterAll(() => echo.close());

/** What a spy exchange in front of moveUgcExchange saw on one Client, by operation key. */
interface Seen {
  queries: Set<number>;
  results: Map<number, string>;
  teardowns: Set<number>;
  inFlight: number;
  peak: number;
}

/** A real exchange that records each operation, result and teardown passing through its Client. */
function spyExchange(seen: Seen): Exchange {
  return ({ forward }) =>
    (ops$) =>
      pipe(
        forward(
          pipe(
            ops$,
            tap((op: Operation) => {
              if (op.kind === 'query') {
                seen.queries.add(op.key);
                seen.peak = Math.max(seen.peak, ++seen.inFlight);
              } else if (op.kind === 'teardown' && seen.queries.has(op.key) && !seen.teardowns.has(op.key)) {
                seen.teardowns.add(op.key);
                seen.inFlight--;
              }
            }),
          ),
        ),
        tap((result) =>
          seen.results.set(result.operation.key, (result.data as { getJob: { id: string } } | undefined)?.getJob.id ?? 'error'),
        ),
      );
}

/** The Transport of the SDK's own client, its Clients built like MoveUgc's but with a spy in front. */
function spiedTransport() {
  const exchange = moveUgcExchange({ apiKey: KEY, endpoint: echo.url, maxRetries: 0 });
  const seen: Seen[] = [];
  const build = () => {
    const s: Seen = { queries: new Set(), results: new Map(), teardowns: new Set(), inFlight: 0, peak: 0 };
    seen.push(s);
    return new Client({ url: echo.url, exchanges: [spyExchange(s), exchange], preferGetMethod: false, requestPolicy: 'network-only' });
  };
  return { transport: new Transport(build(), true, 60_000, build), seen };
}

let t: TestSandbox | undefined;
afterAll(() => t?.sandbox.close());

test('every call goes through a urql Client: its operation, its result and its teardown, on one Client of the pool', async () => {
  const { transport, seen } = spiedTransport();
  const calls = 600;
  const ids = Array.from({ length: calls }, (_, i) => `job-${i}`);
  const data = await Promise.all(ids.map((jobId) => transport.execute(GetJobDocument, { jobId })));
  expect(data.map((d) => d.getJob?.id)).toEqual(ids);

  // More than one Client took part, none past its share, and each saw whole calls only.
  expect(seen.length).toBeGreaterThanOrEqual(calls / PER_CLIENT);
  const all = { queries: 0, results: 0, teardowns: 0 };
  const answered = new Set<string>();
  for (const s of seen) {
    expect(s.peak).toBeLessThanOrEqual(PER_CLIENT);
    expect([...s.results.keys()].every((key) => s.queries.has(key) && s.teardowns.has(key))).toBe(true);
    expect(s.teardowns.size).toBe(s.queries.size);
    expect(s.inFlight).toBe(0);
    all.queries += s.queries.size;
    all.results += s.results.size;
    all.teardowns += s.teardowns.size;
    for (const id of s.results.values()) answered.add(id);
  }
  expect(all).toEqual({ queries: calls, results: calls, teardowns: calls });
  expect(answered).toEqual(new Set(ids));
});

test('calls aborted while many are in flight are torn down on their Client and free its share', async () => {
  const { transport, seen } = spiedTransport();
  const controller = new AbortController();
  const hanging = Array.from({ length: 100 }, () =>
    transport.execute(GetJobDocument, { jobId: 'hang' }, { signal: controller.signal }).catch((err: unknown) => err),
  );
  expect(seen.reduce((n, s) => n + s.inFlight, 0)).toBe(100);
  controller.abort('user left');
  for (const err of await Promise.all(hanging)) expect(err).toBeInstanceOf(AbortError);
  for (const s of seen) expect([s.inFlight, s.teardowns.size]).toEqual([0, s.queries.size]);

  // Their shares are free again: the next calls go to the first Client, and nothing new is built.
  const clients = seen.length;
  const next = await Promise.all(Array.from({ length: PER_CLIENT }, (_, i) => transport.execute(GetJobDocument, { jobId: `after-${i}` })));
  expect(next.map((d) => d.getJob?.id)).toEqual(Array.from({ length: PER_CLIENT }, (_, i) => `after-${i}`));
  expect(seen.length).toBe(clients);
  expect(seen[0]!.queries.size).toBe(PER_CLIENT * 2);
});

test('1000 concurrent facade calls all settle, each with its own result; the first calls run on ugc.urql', async () => {
  const ugc = new MoveUgc({ apiKey: KEY, endpoint: echo.url });
  const onPrimary = new Set<number>();
  const subscription = pipe(
    ugc.urql.operations$,
    subscribe((op: Operation) => op.kind === 'query' && onPrimary.add(op.key)),
  );
  const before = echo.count();
  const ids = Array.from({ length: 1000 }, (_, i) => `job-${i.toString(36)}`);
  const jobs = await Promise.allSettled(ids.map((id) => ugc.jobs.retrieve({ id })));
  subscription.unsubscribe();
  expect(jobs.filter((r) => r.status === 'rejected')).toEqual([]);
  expect(jobs.map((r) => (r.status === 'fulfilled' ? r.value.id : undefined))).toEqual(ids);
  expect(echo.count() - before).toBe(ids.length);
  expect(onPrimary.size).toBe(PER_CLIENT);
});

test('identical mutations at once past the first Client are each sent once, never shared', async () => {
  t = await startSandbox();
  const takeId = await t.singleCamTake();
  const before = t.sandbox.requestCount;
  const calls = PER_CLIENT * 3;
  const jobs = await Promise.all(Array.from({ length: calls }, () => t!.ugc.jobs.createSingleCam({ takeId, name: 'same' })));
  expect(t.sandbox.requestCount - before).toBe(calls);
  expect(new Set(jobs.map((j) => j.id)).size).toBe(calls);
});
