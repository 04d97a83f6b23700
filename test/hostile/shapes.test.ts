import { Kind, parse, type DocumentNode } from 'graphql';
import { afterEach, describe, expect, test } from 'vitest';
import { MoveUgc, ResponseError } from '../../src/index.js';
import { GetJobDocument } from '../../src/generated/graphql.js';
import { json, startFaultServer, type FaultServer } from '../helpers/fault-server.js';

// A hostile API on 127.0.0.1 answers 200 with data that does not fit the document. Each call must
// fail at once with a ResponseError naming the operation and the path, never hand the data back.

const KEY = 'test-key-0123456789';
const CREATED = '2026-01-01T00:00:00.000Z';
const job = (extra: Record<string, unknown> = {}) => ({
  id: 'job-1',
  name: null,
  created: CREATED,
  metadata: null,
  state: 'RUNNING',
  progress: null,
  ...extra,
});
const output = (extra: Record<string, unknown> = {}) => ({
  key: 'MAIN_FBX',
  format: 'fbx',
  file: { id: 'file-1', name: null, type: 'fbx', created: CREATED, metadata: null, presignedUrl: null, thumbnailUrl: null },
  ...extra,
});
const volume = (extra: Record<string, unknown> = {}) => ({
  id: 'volume-1',
  name: null,
  created: CREATED,
  metadata: null,
  areaType: 'NORMAL',
  humanHeight: 1.8,
  state: 'RUNNING',
  progress: null,
  ...extra,
});

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function against(data: unknown): Promise<MoveUgc> {
  server = await startFaultServer([json(200, { data })]);
  return new MoveUgc({ apiKey: KEY, endpoint: server.url, maxRetries: 0, timeoutMs: 5_000 });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => new Error(`resolved with ${JSON.stringify(value)}`),
    (err: unknown) => err,
  );
}

const cases: { what: string; data: unknown; call: (ugc: MoveUgc) => Promise<unknown>; path: string; problem: RegExp }[] = [
  {
    what: 'getJob: null with no errors',
    data: { getJob: null },
    call: (u) => u.jobs.retrieve({ id: 'job-1' }),
    path: 'getJob',
    problem: /expected Job, got null/,
  },
  {
    what: 'listVolumes: null',
    data: { listVolumes: null },
    call: (u) => u.volumes.list(),
    path: 'listVolumes',
    problem: /expected VolumePage, got null/,
  },
  {
    what: 'an output key that is a number',
    data: { getJob: job({ outputs: [output({ key: 7 })] }) },
    call: (u) => u.jobs.retrieve({ id: 'job-1', expand: ['outputs'] }),
    path: 'getJob.outputs[0].key',
    problem: /expected String, got number/,
  },
  {
    what: 'file: null in an output (non-null in the schema)',
    data: { getJob: job({ outputs: [output(), output({ file: null })] }) },
    call: (u) => u.jobs.retrieve({ id: 'job-1', expand: ['outputs'] }),
    path: 'getJob.outputs[1].file',
    problem: /expected File, got null/,
  },
  {
    what: 'a list where an object is expected',
    data: { getJob: [job()] },
    call: (u) => u.jobs.retrieve({ id: 'job-1' }),
    path: 'getJob',
    problem: /expected Job, got a list/,
  },
  {
    what: 'an object where a list is expected',
    data: { getJob: job({ outputs: output() }) },
    call: (u) => u.jobs.retrieve({ id: 'job-1', expand: ['outputs'] }),
    path: 'getJob.outputs',
    problem: /expected a list of AdditionalFile, got object/,
  },
  {
    what: 'an enum value outside the schema',
    data: { getVolume: volume({ state: 'EXPLODED' }) },
    call: (u) => u.volumes.retrieve({ id: 'volume-1' }),
    path: 'getVolume.state',
    problem: /expected JobState \(one of FAILED, FINISHED, NOT_STARTED, RUNNING\), got a string outside them \(EXPLODED\)$/,
  },
  {
    what: 'a missing non-null field',
    data: { getJob: { name: null } },
    call: (u) => u.jobs.retrieve({ id: 'job-1' }),
    path: 'getJob.id',
    problem: /missing/,
  },
  {
    what: 'an id that is an object',
    data: { getJob: job({ id: { $oid: 1 } }) },
    call: (u) => u.jobs.retrieve({ id: 'job-1' }),
    path: 'getJob.id',
    problem: /expected ID, got object/,
  },
  {
    what: 'a date that is not one',
    data: { getJob: job({ created: 'yesterday' }) },
    call: (u) => u.jobs.retrieve({ id: 'job-1' }),
    path: 'getJob.created',
    problem: /expected AWSDateTime/,
  },
  {
    what: 'a fractional Int',
    data: { getJob: job({ progress: { state: 'RUNNING', percentageComplete: 12.5 } }) },
    call: (u) => u.jobs.retrieve({ id: 'job-1' }),
    path: 'getJob.progress.percentageComplete',
    problem: /expected Int, got number 12.5/,
  },
  {
    what: 'a cursor that is a number',
    data: { listJobs: { first: 1, after: 5, items: [] } },
    call: (u) => u.jobs.list(),
    path: 'listJobs.after',
    problem: /expected AWSJSON cursor, got number/,
  },
  {
    what: 'a list item of the wrong kind',
    data: { listRigs: { items: ['move_mo'] } },
    call: (u) => u.rigs.list(),
    path: 'listRigs.items[0]',
    problem: /expected Rig, got string/,
  },
  { what: 'data that is a list', data: [], call: (u) => u.client.retrieve(), path: 'data', problem: /expected Query, got a list/ },
];

describe.each(cases)('$what', ({ data, call, path, problem }) => {
  test('ResponseError naming the operation and the path', { timeout: 10_000 }, async () => {
    const ugc = await against(data);
    const err = await rejection(call(ugc));
    expect(err).toBeInstanceOf(ResponseError);
    const message = (err as Error).message;
    expect(message).toContain(`: ${path}: `);
    expect(message).toMatch(problem);
    const operation = (err as ResponseError).operation!;
    expect(operation).toMatch(/^(getJob|listVolumes|getVolume|listJobs|listRigs|getClient)$/);
    expect(message.startsWith(`${operation}: `)).toBe(true);
    expect(server!.requests).toHaveLength(1);
  });
});

test('data that fits is decoded, so the checks above are not vacuous', { timeout: 10_000 }, async () => {
  const ugc = await against({ getJob: job({ metadata: '{"a":[1]}', outputs: [output(), null] }) });
  const got = await ugc.jobs.retrieve({ id: 'job-1', expand: ['outputs'] });
  expect(got.created).toEqual(new Date(CREATED));
  expect(got.metadata).toEqual({ a: [1] });
  expect(got.outputs?.[0]?.file.created).toEqual(new Date(CREATED));
});

// A batch query built at run time aliases getJob and reuses the SDK's fragments.
function batchDocument(n: number): DocumentNode {
  const fields = Array.from({ length: n }, (_, i) => `j${i}: getJob(jobId: $id${i}) { ...JobFields }`).join('\n');
  const vars = Array.from({ length: n }, (_, i) => `$id${i}: ID!`).join(', ');
  const op = parse(
    `query getJobs(${vars}, $withClient: Boolean! = false, $withTake: Boolean! = false, $withOutputs: Boolean! = true, $withRig: Boolean! = false, $withInputs: Boolean! = false) { ${fields} }`,
  );
  const fragments = (GetJobDocument as unknown as DocumentNode).definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return { ...op, definitions: [...op.definitions, ...fragments] };
}

describe('aliases (a run-time batch of getJob)', () => {
  test('each alias is checked and decoded', { timeout: 10_000 }, async () => {
    const ugc = await against({ j0: job({ outputs: [output()] }), j1: job({ id: 'job-2', outputs: [] }) });
    const got: Record<string, { id: string; created: Date }> = await ugc.request(batchDocument(2), { id0: 'job-1', id1: 'job-2' });
    expect(got.j1!.id).toBe('job-2');
    expect(got.j0!.created).toBeInstanceOf(Date);
  });

  test('a bad value under an alias is named by the alias', { timeout: 10_000 }, async () => {
    const ugc = await against({ j0: job({ outputs: [] }), j1: job({ outputs: [output({ key: 7 })] }) });
    const err = await rejection(ugc.request(batchDocument(2), { id0: 'job-1', id1: 'job-2' }));
    expect(err).toBeInstanceOf(ResponseError);
    expect((err as Error).message).toMatch(/^getJobs: .*: j1\.outputs\[0\]\.key: expected String, got number$/);
  });

  test('a missing alias is an error', { timeout: 10_000 }, async () => {
    const ugc = await against({ j0: job({ outputs: [] }) });
    const err = await rejection(ugc.request(batchDocument(2), { id0: 'job-1', id1: 'job-2' }));
    expect(err).toBeInstanceOf(ResponseError);
    expect((err as Error).message).toContain(': j1: expected Job, but it is missing');
  });
});

test('server text in a bad value is never echoed when it could be the key', { timeout: 10_000 }, async () => {
  const key = 'ABCDEFGHIJKLMNOP_QRST';
  for (const data of [{ getVolume: volume({ state: key }) }, { getVolume: volume({ created: key }) }]) {
    server = await startFaultServer([json(200, { data })]);
    const ugc = new MoveUgc({ apiKey: key, endpoint: server.url, maxRetries: 0, timeoutMs: 5_000 });
    const err = await rejection(ugc.volumes.retrieve({ id: 'volume-1' }));
    expect(err).toBeInstanceOf(ResponseError);
    expect((err as Error).message).toMatch(/getVolume\.(state|created)/);
    expect((err as Error).message).not.toContain(key.slice(0, 8));
    await server.close();
    server = undefined;
  }
});
