import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuthenticationError, MoveUgc, NotFoundError, type JobExpand } from '../../src/index.js';
import { GetJobDocument } from '../../src/documents.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

let t: TestSandbox;
let takeId: string;
beforeAll(async () => {
  t = await startSandbox();
  takeId = await t.singleCamTake();
});
afterAll(() => t.sandbox.close());

const BASE_KEYS = ['created', 'id', 'metadata', 'name', 'progress', 'state'];
const EXPANDS: JobExpand[] = ['client', 'take', 'outputs', 'rig', 'inputs'];

/** Runs `fn` and returns how many HTTP requests reached the sandbox meanwhile. */
async function requestsDuring(fn: () => Promise<unknown>): Promise<number> {
  const before = t.sandbox.requestCount;
  await fn();
  return t.sandbox.requestCount - before;
}

describe('createSingleCam', () => {
  test('without expand: only the base fields, decoded, in exactly one request', async () => {
    let job!: Awaited<ReturnType<typeof t.ugc.jobs.createSingleCam>>;
    const sent = await requestsDuring(async () => {
      job = await t.ugc.jobs.createSingleCam({ takeId, name: 'first', metadata: { user: 7, tags: ['a'] } });
    });
    expect(sent).toBe(1);
    expect(Object.keys(job).sort()).toEqual(BASE_KEYS);
    expect(job.id).toMatch(/^job-/);
    expect(job.name).toBe('first');
    expect(job.metadata).toEqual({ user: 7, tags: ['a'] });
    expect(job.created).toBeInstanceOf(Date);
    expect(Number.isNaN(job.created!.getTime())).toBe(false);
  });

  test('sends the wire format the API accepts: raw key, metadata as JSON text, enum names, camelCase options', async () => {
    await t.ugc.jobs.createSingleCam({
      takeId,
      metadata: { a: 1 },
      outputs: ['MAIN_FBX', 'RENDER_VIDEO'],
      options: { trackFingers: true, mocapModel: 'S2' },
      clipWindow: { startTime: 1, endTime: 4.5 },
    });
    const sent = t.sandbox.requests.at(-1)!;
    expect(sent.operationName).toBe('createSingleCamJob');
    expect(sent.headers.authorization).toBe(t.sandbox.apiKey);
    expect(sent.variables).toEqual({
      takeId,
      metadata: '{"a":1}',
      outputs: ['MAIN_FBX', 'RENDER_VIDEO'],
      options: { trackFingers: true, mocapModel: 'S2' },
      clipWindow: { startTime: 1, endTime: 4.5 },
    });
  });

  test.each(EXPANDS)('expand %s adds exactly that field', async (expand) => {
    const job = await t.ugc.jobs.createSingleCam({ takeId, expand: [expand] });
    expect(Object.keys(job).sort()).toEqual([...BASE_KEYS, expand].sort());
    expect(t.sandbox.requests.at(-1)!.variables).toMatchObject({ [`with${expand[0]!.toUpperCase()}${expand.slice(1)}`]: true });
  });
});

describe('createMultiCam', () => {
  let multiTake: string;
  beforeAll(async () => {
    const files = await Promise.all([1, 2].map(() => t.ugc.files.create({ type: 'mp4' })));
    const sources = files.map((f, i) => ({ fileId: f.id, deviceLabel: `cam-${i}`, format: 'MP4' as const }));
    const volume = await t.ugc.volumes.createHuman({ sources, humanHeight: 1.75, areaType: 'NORMAL' });
    multiTake = (await t.ugc.takes.createMultiCam({ sources, volumeId: volume.id, syncMethod: { timecodeSync: { useTimecode: true } } }))
      .id;
  });

  test('creates a job with actors, rig and options, decoded like every job', async () => {
    const job = await t.ugc.jobs.createMultiCam({
      takeId: multiTake,
      numberOfActors: 2,
      rig: 'move_mo',
      options: { trackFingers: true },
      metadata: { shoot: 3 },
      expand: ['rig', 'inputs'],
    });
    expect(job.rig).toEqual({ name: 'move_mo' });
    expect(job.inputs?.numberOfActors).toBe(2);
    expect(job.inputs?.options?.trackFingers).toBe(true);
    expect(job.metadata).toEqual({ shoot: 3 });
    expect(job.created).toBeInstanceOf(Date);
  });

  test.each(EXPANDS)('expand %s adds exactly that field', async (expand) => {
    const job = await t.ugc.jobs.createMultiCam({ takeId: multiTake, numberOfActors: 1, expand: [expand] });
    expect(Object.keys(job).sort()).toEqual([...BASE_KEYS, expand].sort());
  });

  test('validates before sending and reports the API error for a single-camera take', async () => {
    await expect(t.ugc.jobs.createMultiCam({ takeId, numberOfActors: 2, rig: 'move_mo' })).rejects.toMatchObject({
      name: 'ApiError',
      operation: 'createMultiCamJob',
    });
    expect(t.sandbox.requests.at(-1)!.variables).toMatchObject({ takeId, numberOfActors: 2, rig: 'move_mo' });
  });
});

describe('retrieve', () => {
  test('without expand and with every expand value', async () => {
    const created = await t.ugc.jobs.createSingleCam({ takeId, outputs: ['MAIN_FBX'], clipWindow: { startTime: 0, endTime: 2 } });
    const plain = await t.ugc.jobs.retrieve({ id: created.id });
    expect(Object.keys(plain).sort()).toEqual(BASE_KEYS);
    expect(plain.state).toBe('FINISHED');

    const full = await t.ugc.jobs.retrieve({ id: created.id, expand: EXPANDS });
    expect(Object.keys(full).sort()).toEqual([...BASE_KEYS, ...EXPANDS].sort());
    expect(full.take?.id).toBe(takeId);
    expect(full.take?.created).toBeInstanceOf(Date);
    expect(full.client.created).toBeInstanceOf(Date);
    expect(full.inputs?.clipWindow).toEqual({ startTime: 0, endTime: 2 });
    expect(full.rig).toBeNull();
    expect(full.outputs?.map((o) => o?.key)).toEqual(['main_fbx']);
  });

  test.each(EXPANDS)('expand %s alone', async (expand) => {
    const created = await t.ugc.jobs.createSingleCam({ takeId });
    const job = await t.ugc.jobs.retrieve({ id: created.id, expand: [expand] });
    expect(Object.keys(job).sort()).toEqual([...BASE_KEYS, expand].sort());
  });

  test('an unknown id raises NotFoundError with the AppSync errorType', async () => {
    const error = await t.ugc.jobs.retrieve({ id: 'job-does-not-exist' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ errorType: 'MoveNotFoundError', operation: 'getJob', path: ['getJob'], attempts: 1 });
  });

  test('ugc.request runs a typed document and decodes it the same way', async () => {
    const created = await t.ugc.jobs.createSingleCam({ takeId, metadata: [1, 2] });
    const { getJob } = await t.ugc.request(GetJobDocument, { jobId: created.id, withClient: true });
    expect(getJob.metadata).toEqual([1, 2]);
    expect(getJob.client?.created).toBeInstanceOf(Date);
    expect(getJob.take).toBeUndefined();
  });
});

describe('update', () => {
  test('metadata round trip, rename, and clearing with {}', async () => {
    const job = await t.ugc.jobs.createSingleCam({ takeId, metadata: { keep: true } });
    const renamed = await t.ugc.jobs.update({ id: job.id, name: 'renamed' });
    expect(renamed).toMatchObject({ name: 'renamed', metadata: { keep: true } });
    const replaced = await t.ugc.jobs.update({ id: job.id, metadata: { nested: { list: [1, 'two', null] }, unicode: 'é✓' } });
    expect(replaced.metadata).toEqual({ nested: { list: [1, 'two', null] }, unicode: 'é✓' });
    const cleared = await t.ugc.jobs.update({ id: job.id, metadata: {} });
    expect(cleared.metadata).toEqual({});
    expect((await t.ugc.jobs.retrieve({ id: job.id })).metadata).toEqual({});
    expect(t.sandbox.requests.at(-2)!.variables.metadata).toBe('{}');
  });

  test.each(EXPANDS)('expand %s', async (expand) => {
    const job = await t.ugc.jobs.createSingleCam({ takeId });
    const updated = await t.ugc.jobs.update({ id: job.id, name: 'x', expand: [expand] });
    expect(Object.keys(updated).sort()).toEqual([...BASE_KEYS, expand].sort());
  });
});

describe('list', () => {
  let listTake: string;
  let ids: string[];
  beforeAll(async () => {
    listTake = await t.singleCamTake();
    ids = [];
    for (let i = 0; i < 7; i++) ids.push((await t.ugc.jobs.createSingleCam({ takeId: listTake, name: `job ${i}` })).id);
  });

  test.each(['ASC', 'DESC'] as const)('three pages in %s order, cursors passed back byte for byte', async (sortBy) => {
    const expected = sortBy === 'ASC' ? ids : [...ids].reverse();
    const seen: string[] = [];
    let nextToken: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await t.ugc.jobs.list({ takeId: listTake, limit: 3, sortBy, ...(nextToken ? { nextToken } : {}) });
      if (nextToken) expect(t.sandbox.requests.at(-1)!.variables.after).toBe(nextToken);
      expect(page.limit).toBe(3);
      sizes.push(page.items.length);
      seen.push(...page.items.map((j) => j.id));
      nextToken = page.nextToken ?? undefined;
      if (nextToken) expect(typeof nextToken).toBe('string');
    } while (nextToken);
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(expected);
  });

  test('for await walks every page', async () => {
    const seen: string[] = [];
    const sent = await requestsDuring(async () => {
      for await (const job of t.ugc.jobs.list({ takeId: listTake, limit: 2, sortBy: 'ASC', expand: ['take'] })) {
        expect(job.take?.id).toBe(listTake);
        seen.push(job.id);
      }
    });
    expect(seen).toEqual(ids);
    expect(sent).toBe(4);
  });

  test('without takeId lists every job, newest first by default', async () => {
    const page = await t.ugc.jobs.list({ limit: 1 });
    expect(page.items[0]!.id).toBe(ids.at(-1));
    expect(page.nextToken).not.toBeNull();
  });
});

describe('validation: a clear error naming the field, and no request sent', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  const cases: [string, () => Promise<unknown>, string][] = [
    ['empty id', () => t.ugc.jobs.retrieve({ id: '' }), 'id'],
    ['blank id', () => t.ugc.jobs.update({ id: '   ' }), 'id'],
    ['empty takeId', () => t.ugc.jobs.createSingleCam({ takeId: '' }), 'takeId'],
    ['limit 0', () => t.ugc.jobs.list({ limit: 0 }), 'limit'],
    ['fractional limit', () => t.ugc.jobs.list({ limit: 2.5 }), 'limit'],
    ['numberOfActors 0', () => t.ugc.jobs.createMultiCam({ takeId: 'take-1', numberOfActors: 0 }), 'numberOfActors'],
    [
      'clipWindow end before start',
      () => t.ugc.jobs.createSingleCam({ takeId: 'take-1', clipWindow: { startTime: 5, endTime: 5 } }),
      'clipWindow.endTime',
    ],
    ['circular metadata', () => t.ugc.jobs.update({ id: 'job-1', metadata: circular as never }), 'metadata.self'],
    ['BigInt metadata', () => t.ugc.jobs.update({ id: 'job-1', metadata: { n: 1n } as never }), 'metadata.n'],
    ['function metadata', () => t.ugc.jobs.update({ id: 'job-1', metadata: { f: () => 1 } as never }), 'metadata.f'],
    ['unknown expand', () => t.ugc.jobs.retrieve({ id: 'job-1', expand: ['nope' as never] }), 'expand[0]'],
    ['unknown output', () => t.ugc.jobs.createSingleCam({ takeId: 'take-1', outputs: ['MAIN_PDF' as never] }), 'outputs[0]'],
    ['unknown option', () => t.ugc.jobs.createSingleCam({ takeId: 'take-1', options: { trackCats: true } as never }), 'options.trackCats'],
    ['bad sortBy', () => t.ugc.jobs.list({ sortBy: 'UP' as never }), 'sortBy'],
    ['misspelt parameter', () => t.ugc.jobs.retrieve({ id: 'job-1', expnad: ['take'] } as never), 'params.expnad'],
  ];
  test.each(cases)('%s', async (_name, call, field) => {
    const before = t.sandbox.requestCount;
    const error = await call().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError', field });
    expect((error as Error).message.startsWith(field)).toBe(true);
    expect(t.sandbox.requestCount).toBe(before);
  });
});

describe('client configuration', () => {
  test('a wrong key raises AuthenticationError (401) without echoing the key', async () => {
    const key = 'wrong-key-0123456789';
    const ugc = new MoveUgc({ apiKey: key, endpoint: t.sandbox.url });
    const error = await ugc.jobs.retrieve({ id: 'job-1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, operation: 'getJob' });
    expect(String((error as Error).stack)).not.toContain(key);
  });

  test('a missing or short key throws at construction, naming apiKey', () => {
    const saved = process.env.MOVE_UGC_API_KEY;
    delete process.env.MOVE_UGC_API_KEY;
    try {
      expect(() => new MoveUgc()).toThrow(/^apiKey is required/);
      expect(() => new MoveUgc({ apiKey: 'short' })).toThrow(/^apiKey must be .* at least 12/);
    } finally {
      if (saved !== undefined) process.env.MOVE_UGC_API_KEY = saved;
    }
  });

  test('key and endpoint come from the environment when not given', async () => {
    process.env.MOVE_UGC_API_KEY = t.sandbox.apiKey;
    process.env.MOVE_UGC_ENDPOINT_URL = t.sandbox.url;
    try {
      const ugc = new MoveUgc();
      expect(ugc.endpoint).toBe(t.sandbox.url);
      await expect(ugc.jobs.list({ limit: 1 })).resolves.toHaveProperty('items');
    } finally {
      delete process.env.MOVE_UGC_API_KEY;
      delete process.env.MOVE_UGC_ENDPOINT_URL;
    }
  });

  test('defaults to the production endpoint and refuses plain http off loopback', () => {
    expect(new MoveUgc({ apiKey: 'k'.repeat(20) }).endpoint).toBe('https://api.move.ai/ugc/graphql');
    expect(() => new MoveUgc({ apiKey: 'k'.repeat(20), endpoint: 'http://api.example.com/graphql' })).toThrow(/^endpoint must use https/);
  });
});
