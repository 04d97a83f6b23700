import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ValidationError, type MoveUgc } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { badMetadata } from './arbitraries.js';

// For every parameter of every facade method: arbitrary bad values are refused with a
// ValidationError naming that parameter, and nothing is sent to the (real) sandbox.

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

const notString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.string(), fc.integer()),
  fc.array(fc.string()),
  fc.bigInt(),
  fc.func(fc.string()),
);
const badRequiredString = fc.oneof(notString, fc.stringMatching(/^\s*$/));
const badPositiveInt = fc.oneof(
  fc.integer({ max: 0 }),
  fc.double({ noNaN: true }).filter((n) => !Number.isInteger(n)),
  fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, null, '5', true),
);
const badEnum = (allowed: readonly string[]) =>
  fc.oneof(
    fc.string().filter((s) => !allowed.includes(s)),
    notString,
  );
const badExpand = (allowed: readonly string[]) =>
  fc.oneof(
    fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.string())),
    fc.array(badEnum(allowed), { minLength: 1, maxLength: 3 }),
  );
const badUnknownKey = fc.string({ minLength: 1 });
const badClipWindow = fc.oneof(
  notString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
  fc.record({ startTime: fc.double({ max: -Number.MIN_VALUE, noNaN: true }), endTime: fc.constant(10) }),
  fc
    .double({ min: 0, max: 1e6, noNaN: true })
    .chain((start) => fc.record({ startTime: fc.constant(start), endTime: fc.double({ max: start, noNaN: true }) })),
  fc.record({ startTime: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '1', null), endTime: fc.constant(10) }),
);

type Method = (ugc: MoveUgc, params: Record<string, unknown>) => Promise<unknown>;
interface Case {
  method: string;
  call: Method;
  base: Record<string, unknown>;
  field: string;
  bad: fc.Arbitrary<unknown>;
}

const JOB_EXPAND = ['client', 'take', 'outputs', 'rig', 'inputs'];
const jobs: Record<string, [Method, Record<string, unknown>]> = {
  'jobs.createSingleCam': [(u, p) => u.jobs.createSingleCam(p as never), { takeId: 'take-1' }],
  'jobs.createMultiCam': [(u, p) => u.jobs.createMultiCam(p as never), { takeId: 'take-1', numberOfActors: 1 }],
  'jobs.retrieve': [(u, p) => u.jobs.retrieve(p as never), { id: 'job-1' }],
  'jobs.update': [(u, p) => u.jobs.update(p as never), { id: 'job-1' }],
  'jobs.list': [async (u, p) => u.jobs.list(p), {}],
};

const cases: Case[] = [];
const add = (method: string, field: string, bad: fc.Arbitrary<unknown>, table = jobs) => {
  const [call, base] = table[method]!;
  cases.push({ method, call, base, field, bad });
};
for (const m of ['jobs.createSingleCam', 'jobs.createMultiCam']) {
  add(m, 'takeId', badRequiredString);
  add(m, 'name', notString);
  add(m, 'metadata', badMetadata);
  add(
    m,
    'outputs',
    fc.oneof(
      fc.string(),
      fc.array(
        badEnum(['MAIN_FBX', 'RENDER_VIDEO']).filter((v) => v !== 'MAIN_FBX'),
        { minLength: 1 },
      ),
    ),
  );
  add(m, 'clipWindow', badClipWindow);
  add(
    m,
    'options',
    fc.oneof(
      fc.constant('fast'),
      fc.record({ trackFingers: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }),
      fc.record({ mocapModel: badEnum(['S1', 'S2', 'M1', 'M2']) }),
    ),
  );
  add(m, 'expand', badExpand(JOB_EXPAND));
}
add('jobs.createMultiCam', 'numberOfActors', badPositiveInt);
add('jobs.createMultiCam', 'rig', notString);
add('jobs.retrieve', 'id', badRequiredString);
add('jobs.retrieve', 'expand', badExpand(JOB_EXPAND));
add('jobs.update', 'id', badRequiredString);
add('jobs.update', 'name', notString);
add('jobs.update', 'metadata', badMetadata);
add('jobs.list', 'limit', badPositiveInt);
add('jobs.list', 'nextToken', notString);
add('jobs.list', 'sortBy', badEnum(['ASC', 'DESC']));
add('jobs.list', 'takeId', notString);
add('jobs.list', 'expand', badExpand(JOB_EXPAND));

const others: Record<string, [Method, Record<string, unknown>]> = {
  'files.create': [(u, p) => u.files.create(p as never), { type: 'mp4' }],
  'files.retrieve': [(u, p) => u.files.retrieve(p as never), { id: 'file-1' }],
  'files.update': [(u, p) => u.files.update(p as never), { id: 'file-1' }],
  'files.createShareCode': [(u, p) => u.files.createShareCode(p as never), { fileId: 'file-1' }],
  'takes.retrieve': [(u, p) => u.takes.retrieve(p as never), { id: 'take-1' }],
  'takes.update': [(u, p) => u.takes.update(p as never), { id: 'take-1' }],
  'takes.list': [async (u, p) => u.takes.list(p), {}],
  'volumes.retrieve': [(u, p) => u.volumes.retrieve(p as never), { id: 'volume-1' }],
  'volumes.list': [async (u, p) => u.volumes.list(p), {}],
  'webhooks.upsert': [
    (u, p) => u.webhooks.upsert(p as never),
    { uid: 'hook-1', url: 'https://example.com/hook', events: ['ugc.job.state.completed'] },
  ],
  'client.update': [(u, p) => u.client.update(p as never), {}],
};
add('files.create', 'type', badRequiredString, others);
add('files.create', 'metadata', badMetadata, others);
add('files.create', 'expand', badExpand(['client']), others);
add('files.retrieve', 'id', badRequiredString, others);
add('files.update', 'id', badRequiredString, others);
add('files.update', 'metadata', badMetadata, others);
add('files.createShareCode', 'fileId', badRequiredString, others);
add('takes.retrieve', 'id', badRequiredString, others);
add('takes.retrieve', 'expand', badExpand(['client', 'sources', 'videoFile', 'additionalFiles', 'volume']), others);
add('takes.update', 'metadata', badMetadata, others);
add('takes.list', 'limit', badPositiveInt, others);
add('takes.list', 'sortBy', badEnum(['ASC', 'DESC']), others);
add('volumes.retrieve', 'id', badRequiredString, others);
add('volumes.list', 'limit', badPositiveInt, others);
add('webhooks.upsert', 'uid', badRequiredString, others);
add('webhooks.upsert', 'events', fc.oneof(fc.string(), fc.array(badRequiredString, { minLength: 1 })), others);
add('webhooks.upsert', 'metadata', badMetadata, others);
add('client.update', 'metadata', badMetadata, others);

describe.each(cases)('$method: bad $field', ({ call, base, field, bad }) => {
  test('ValidationError naming the field, zero requests', async () => {
    await fc.assert(
      fc.asyncProperty(bad, async (value) => {
        const before = t.sandbox.requestCount;
        const err = await call(t.ugc, { ...base, [field]: value }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(ValidationError);
        const named = (err as ValidationError).field;
        expect(named === field || named.startsWith(`${field}.`) || named.startsWith(`${field}[`)).toBe(true);
        expect(t.sandbox.requestCount).toBe(before);
      }),
      { numRuns: 40 },
    );
  });
});

// Every parameter name any method knows, so a generated "unknown" key is really unknown.
const KNOWN_KEYS = new Set(
  'takeId name metadata options clipWindow outputs expand numberOfActors rig id limit nextToken sortBy type fileId sources volumeId syncMethod humanHeight areaType uid url events description secret'.split(
    ' ',
  ),
);

test.each(Object.entries({ ...jobs, ...others }))('%s: an unknown parameter is named, zero requests', async (_, [call, base]) => {
  await fc.assert(
    fc.asyncProperty(
      badUnknownKey.filter((k) => !KNOWN_KEYS.has(k) && k !== '__proto__'),
      async (key) => {
        const before = t.sandbox.requestCount;
        const err = await call(t.ugc, { ...base, [key]: 1 }).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (!(err instanceof ValidationError)) throw new Error(`accepted unknown key ${JSON.stringify(key)}`);
        expect(err.field).toBe(`params.${key}`);
        expect(t.sandbox.requestCount).toBe(before);
      },
    ),
    { numRuns: 25 },
  );
});

test('the arbitraries are not vacuous: a valid call does reach the sandbox', async () => {
  const before = t.sandbox.requestCount;
  await t.ugc.jobs.list({ limit: 1 });
  expect(t.sandbox.requestCount).toBe(before + 1);
});
