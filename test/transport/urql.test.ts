import { Client, fetchExchange, makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, map, merge, pipe, share, tap } from 'wonka';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConnectionError,
  MoveUgc,
  moveUgcExchange,
  NotFoundError,
  ResponseError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../../src/index.js';
import { GetJobDocument } from '../../src/documents.js';
import { closedPort, delayed, jobData, json, startFaultServer, text, type FaultServer } from '../helpers/fault-server.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { uploadedSource } from '../helpers/resources.js';

// The facade runs on urql: an app's own Client (with its own exchanges in front) sees every call,
// and both our exchange and urql's stock fetchExchange give the same typed errors and values.

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

/** A real exchange that records every operation and forwards it unchanged. */
function spyExchange(seen: Operation[]): Exchange {
  return ({ forward }) =>
    (ops$) =>
      forward(
        pipe(
          ops$,
          tap((op) => {
            if (op.kind !== 'teardown') seen.push(op);
          }),
        ),
      );
}

function stockClient(url: string, key: string, exchanges: Exchange[] = [fetchExchange]) {
  return new Client({
    url,
    exchanges,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { headers: { authorization: key } },
  });
}

function ourClient(exchanges: Exchange[]) {
  return new Client({ url: t.sandbox.url, exchanges, preferGetMethod: false, requestPolicy: 'network-only' });
}

const names = (seen: Operation[]) => seen.map((op) => (op.query.definitions[0] as { name?: { value: string } }).name?.value);

describe('an app’s own urql Client', () => {
  test.each(['moveUgcExchange', 'fetchExchange'] as const)('with %s, a spy exchange sees every facade operation', async (terminal) => {
    const seen: Operation[] = [];
    const last = terminal === 'moveUgcExchange' ? moveUgcExchange({ apiKey: t.sandbox.apiKey, maxRetries: 0 }) : fetchExchange;
    const urql =
      terminal === 'moveUgcExchange'
        ? ourClient([spyExchange(seen), last])
        : stockClient(t.sandbox.url, t.sandbox.apiKey, [spyExchange(seen), last]);
    const ugc = new MoveUgc({ urql });
    expect(ugc.urql).toBe(urql);
    expect(ugc.endpoint).toBe(t.sandbox.url);

    const file = await ugc.files.create({ type: 'mp4', name: 'spied', metadata: { a: 1 } });
    expect(file.metadata).toEqual({ a: 1 });
    expect(file.created).toBeInstanceOf(Date);
    await ugc.files.retrieve({ id: file.id });
    await ugc.files.update({ id: file.id, name: 'renamed' });
    await ugc.files.createShareCode({ fileId: file.id });
    const take = await ugc.takes.createSingleCam({ sources: [{ deviceLabel: 'cam', fileId: file.id, format: 'MP4' }] });
    await ugc.takes.retrieve({ id: take.id });
    await ugc.takes.update({ id: take.id, name: 'take' });
    await ugc.takes.list({ limit: 1 });
    const job = await ugc.jobs.createSingleCam({ takeId: take.id, metadata: { n: 2 } });
    const got = await ugc.jobs.retrieve({ id: job.id });
    expect(got.metadata).toEqual({ n: 2 });
    expect(got.created).toBeInstanceOf(Date);
    await ugc.jobs.update({ id: job.id, name: 'job' });
    await ugc.jobs.list({ limit: 1 });
    const source = await uploadedSource({ ...t, ugc }, 'spy-cam');
    const volume = await ugc.volumes.createHuman({ sources: [source], humanHeight: 1.7, areaType: 'NORMAL' });
    await ugc.volumes.retrieve({ id: volume.id });
    await ugc.volumes.list({ limit: 1 });
    await ugc.takes.createMultiCam({ sources: [source], volumeId: volume.id, syncMethod: { timecodeSync: { useTimecode: true } } });
    await ugc.rigs.list();
    await ugc.cameraSettings.list();
    const client = await ugc.client.retrieve();
    await ugc.client.update({ metadata: client.metadata ?? {} });
    await ugc.webhooks.upsert({ uid: 'spy', url: 'http://127.0.0.1:9/hook', events: ['ugc.job.state.completed'] });
    const { getJob } = await ugc.request(GetJobDocument, { jobId: job.id });
    expect(getJob?.created).toBeInstanceOf(Date);

    expect(new Set(names(seen))).toEqual(
      new Set([
        'createFile',
        'getFile',
        'updateFile',
        'generateShareCode',
        'createSingleCamTake',
        'getTake',
        'updateTake',
        'listTakes',
        'createSingleCamJob',
        'getJob',
        'updateJob',
        'listJobs',
        'createVolumeWithHuman',
        'getVolume',
        'listVolumes',
        'createMultiCamTake',
        'listRigs',
        'listCameraSettings',
        'getClient',
        'updateClient',
        'upsertWebhookEndpoint',
      ]),
    );
    expect(seen.every((op) => op.kind === 'query' || op.kind === 'mutation')).toBe(true);
  });

  test.each(['moveUgcExchange', 'fetchExchange'] as const)(
    'with %s: NotFoundError, AuthenticationError, ApiError as from the SDK’s own client',
    async (terminal) => {
      const make = (key: string) =>
        new MoveUgc({
          urql:
            terminal === 'moveUgcExchange' ? ourClient([moveUgcExchange({ apiKey: key, maxRetries: 0 })]) : stockClient(t.sandbox.url, key),
        });
      const ugc = make(t.sandbox.apiKey);
      const missing = await ugc.jobs.retrieve({ id: 'job-missing' }).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(NotFoundError);
      expect(missing).toMatchObject({ operation: 'getJob', errorType: 'MoveNotFoundError' });
      const wrongKey = await make('wrong-key-0123456789')
        .jobs.retrieve({ id: 'job-1' })
        .catch((e: unknown) => e);
      expect(wrongKey).toBeInstanceOf(AuthenticationError);
      expect((wrongKey as Error).message).not.toContain('wrong-key-0123456789');
      const multi = await ugc.jobs
        .createMultiCam({ takeId: await t.singleCamTake(), numberOfActors: 2, rig: 'move_mo' })
        .catch((e: unknown) => e);
      expect(multi).toBeInstanceOf(ApiError);
    },
  );

  test('with fetchExchange: status, connection and non-GraphQL failures map to the same classes', async () => {
    const server = await startFaultServer([
      json(503, { message: 'down' }),
      text(200, '<html>hi</html>', { 'content-type': 'text/html' }),
      json(200, jobData()),
    ]);
    try {
      const ugc = new MoveUgc({ urql: stockClient(server.url, 'any-key-0123456789') });
      await expect(ugc.jobs.retrieve({ id: 'job-1' })).rejects.toMatchObject({ name: 'ServerError', status: 503 });
      await expect(ugc.jobs.retrieve({ id: 'job-1' })).rejects.toBeInstanceOf(ResponseError);
      const job = await ugc.jobs.retrieve({ id: 'job-1' });
      expect(job.created).toEqual(new Date('2026-01-01T00:00:00.000Z'));
      const port = await closedPort();
      const gone = new MoveUgc({ urql: stockClient(`http://127.0.0.1:${port}/graphql`, 'any-key-0123456789') });
      await expect(gone.jobs.retrieve({ id: 'job-1' })).rejects.toBeInstanceOf(ConnectionError);
    } finally {
      await server.close();
    }
  });

  test('with fetchExchange: the caller’s signal and timeoutMs end the call', async () => {
    const server = await startFaultServer([delayed(30_000, json(200, jobData()))]);
    try {
      const ugc = new MoveUgc({ urql: stockClient(server.url, 'any-key-0123456789'), timeoutMs: 50 });
      await expect(ugc.jobs.retrieve({ id: 'job-1' })).rejects.toBeInstanceOf(TimeoutError);
      const controller = new AbortController();
      const call = ugc.jobs.retrieve({ id: 'job-2' }, { signal: controller.signal, timeoutMs: 60_000 });
      await server.requestArrived(2);
      controller.abort('stop');
      await expect(call).rejects.toMatchObject({ name: 'AbortError', reason: 'stop' });
    } finally {
      await server.close();
    }
  });

  test('an exchange that answers synchronously (offline fixtures in front of fetchExchange) works for every caller', async () => {
    // Some exchanges answer inside dispatch, before `subscribe` returns: a fixture or SSR cache.
    const fixtures: Exchange =
      ({ forward }) =>
      (ops$) => {
        const shared = pipe(ops$, share);
        const isFixture = (op: Operation) => op.kind === 'query' && op.variables?.jobId === 'job-fixture';
        const answered = pipe(
          shared,
          filter(isFixture),
          map((op): OperationResult => makeResult(op, jobData('job-fixture') as Parameters<typeof makeResult>[1])),
        );
        return merge([
          answered,
          forward(
            pipe(
              shared,
              filter((op) => !isFixture(op)),
            ),
          ),
        ]);
      };
    const ugc = new MoveUgc({ urql: stockClient(t.sandbox.url, t.sandbox.apiKey, [fixtures, fetchExchange]) });
    const fixture = await ugc.jobs.retrieve({ id: 'job-fixture' });
    expect(fixture).toMatchObject({ id: 'job-fixture', state: 'FINISHED' });
    expect(fixture.created).toEqual(new Date('2026-01-01T00:00:00.000Z'));
    const job = await ugc.jobs.createSingleCam({ takeId: await t.singleCamTake() });
    await expect(ugc.jobs.retrieve({ id: job.id })).resolves.toMatchObject({ id: job.id });
  });

  test('options that belong to the exchange are refused next to `urql`, naming the field', () => {
    const urql = stockClient(t.sandbox.url, t.sandbox.apiKey);
    expect(() => new MoveUgc({ urql, apiKey: 'abcdefghijklmnop' })).toThrow(ValidationError);
    expect(() => new MoveUgc({ urql, maxRetries: 1 })).toThrow(/maxRetries/);
    expect(() => new MoveUgc({ urql: {} as Client })).toThrow(/urql must be a urql Client/);
  });
});

describe('the SDK’s own client', () => {
  test('ugc.urql is a urql Client the app can run its own queries through, with the SDK’s key and policy', async () => {
    const result = await t.ugc.urql.query(GetJobDocument, { jobId: 'job-missing' }).toPromise();
    expect(result.error?.graphQLErrors[0]?.message).toMatch(/not found|No job/i);
    expect(t.ugc.urql).toBeInstanceOf(Client);
  });

  test('per-call signal, timeoutMs, maxRetries and headers travel through the exchange', async () => {
    let server: FaultServer | undefined;
    try {
      server = await startFaultServer([
        json(500, { message: 'boom' }),
        json(500, { message: 'boom' }),
        json(200, jobData()),
        delayed(30_000, json(200, jobData())),
      ]);
      const ugc = new MoveUgc({ apiKey: 'a-key-0123456789abcdef', endpoint: server.url, maxRetries: 0 });
      // maxRetries: the client allows none; this call allows 2 and succeeds on the third attempt.
      const job = await ugc.jobs.retrieve({ id: 'job-1' }, { maxRetries: 2, headers: { 'x-trace': 'abc' } });
      expect(job.id).toBe('job-1');
      expect(server.requests).toHaveLength(3);
      expect(server.requests[2]!.headers['x-trace']).toBe('abc');
      expect(server.requests[2]!.headers['x-move-ugc-client']).toMatch(/^move-ugc\/\d+\.\d+\.\d+\S* node\/\d+/);
      await expect(ugc.jobs.retrieve({ id: 'job-1' }, { timeoutMs: 50 })).rejects.toBeInstanceOf(TimeoutError);
      const controller = new AbortController();
      const call = ugc.jobs.retrieve({ id: 'job-1' }, { signal: controller.signal });
      await server.requestArrived(5);
      controller.abort('user left');
      await expect(call).rejects.toMatchObject({ name: 'AbortError', reason: 'user left' });
      expect(AbortError).toBeDefined();
    } finally {
      await server?.close();
    }
  });

  test('N identical concurrent mutations are N requests at the server, each answered once', async () => {
    const takeId = await t.singleCamTake();
    const before = t.sandbox.requestCount;
    const jobs = await Promise.all(Array.from({ length: 8 }, () => t.ugc.jobs.createSingleCam({ takeId, name: 'same' })));
    expect(t.sandbox.requestCount - before).toBe(8);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(8);
  });

  test('N identical concurrent mutations through an app’s stock client are N requests too', async () => {
    const takeId = await t.singleCamTake();
    const ugc = new MoveUgc({ urql: stockClient(t.sandbox.url, t.sandbox.apiKey) });
    const before = t.sandbox.requestCount;
    const jobs = await Promise.all(Array.from({ length: 8 }, () => ugc.jobs.createSingleCam({ takeId, name: 'same' })));
    expect(t.sandbox.requestCount - before).toBe(8);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(8);
  });

  test('identical concurrent queries through an app’s client may share a request; each caller gets its own decoded copy', async () => {
    const takeId = await t.singleCamTake();
    const { id } = await t.ugc.jobs.createSingleCam({ takeId, metadata: { k: 'v' } });
    const ugc = new MoveUgc({ urql: ourClient([moveUgcExchange({ apiKey: t.sandbox.apiKey })]) });
    const before = t.sandbox.requestCount;
    const jobs = await Promise.all(Array.from({ length: 5 }, () => ugc.jobs.retrieve({ id })));
    expect(t.sandbox.requestCount - before).toBeLessThanOrEqual(5);
    for (const job of jobs) expect(job.metadata).toEqual({ k: 'v' });
    expect(new Set(jobs).size).toBe(5);
  });

  test('a ServerError through our exchange in an app’s client is the exact MoveUgcError', async () => {
    const server = await startFaultServer([json(502, { message: 'bad gateway' }, { 'x-amzn-requestid': 'req-502' })]);
    try {
      const ugc = new MoveUgc({
        urql: new Client({ url: server.url, exchanges: [moveUgcExchange({ apiKey: 'a-key-0123456789abcdef', maxRetries: 0 })] }),
      });
      const err = await ugc.jobs.retrieve({ id: 'job-1' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ServerError);
      expect(err).toMatchObject({ status: 502, requestId: 'req-502', attempts: 1 });
    } finally {
      await server.close();
    }
  });
});
