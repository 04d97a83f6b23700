import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ValidationError, type MoveUgc } from '../../src/index.js';
import { GetJobDocument } from '../../src/documents.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { badMetadata } from './arbitraries.js';
import { outcome, publicMethods, signatures, type AnyMethod, type Role } from './public-methods.js';

// For every parameter of every facade method: arbitrary bad values are refused with a
// ValidationError naming that parameter, and nothing is sent to the (real) sandbox.
// Runs are bounded and reproducible: one fixed seed for the whole file.
fc.configureGlobal({ seed: 0x6d6f7665 });

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
  'volumes.createHuman': [
    (u, p) => u.volumes.createHuman(p as never),
    { sources: [{ fileId: 'file-1', deviceLabel: 'cam', format: 'MP4' }], humanHeight: 1.8, areaType: 'NORMAL' },
  ],
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
add(
  'volumes.createHuman',
  'humanHeight',
  fc.oneof(
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, '1.8', null),
    fc.double({ max: 0, noNaN: true }),
  ),
  others,
);
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

// ---------------------------------------------------------------------------------------------
// Every public method, found on the instance (so a method added later is covered without an
// edit here), thrown arbitrary arguments: only a ValidationError with zero requests is accepted.

async function expectRefused(call: () => unknown, describeArgs: () => string): Promise<ValidationError> {
  const before = t.sandbox.requestCount;
  const err = await outcome(call);
  if (!(err instanceof ValidationError)) {
    throw new Error(
      `${describeArgs()}: expected a ValidationError, got ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`,
    );
  }
  expect(err.field.length).toBeGreaterThan(0);
  expect(err.problem.length).toBeGreaterThan(0);
  expect(t.sandbox.requestCount).toBe(before);
  return err;
}

class Thing {
  id = 'job-1';
}
/** Values no argument of any method accepts, whatever its position. */
const neverValid: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.boolean(),
  fc.bigInt(),
  fc.string().map((s) => Symbol(s)),
  fc.func(fc.anything()),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.stringMatching(/^\s*$/),
  fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\0${b}`),
  fc.constantFrom(new Map(), new Date(0), new Thing(), new URL('http://127.0.0.1/')),
  fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }).chain((d) => fc.constant({ ...d, zzNotAParameter: 1 })),
);

test('every public method is found on the instance', () => {
  const names = publicMethods(t.ugc).map(([name]) => name);
  for (const expected of [
    'request',
    'jobs.createSingleCam',
    'jobs.list',
    'jobs.wait',
    'files.upload',
    'files.download',
    'rigs.list',
    'client.retrieve',
    'webhooks.upsert',
  ]) {
    expect(names).toContain(expected);
  }
});

test('every public method refuses arguments no method accepts, before sending anything', async () => {
  for (const [name, method] of publicMethods(t.ugc)) {
    await fc.assert(
      fc.asyncProperty(fc.array(neverValid, { minLength: 1, maxLength: 3 }), async (args) => {
        await expectRefused(
          () => method(...args),
          () => `${name}(${fc.stringify(args)})`,
        );
      }),
      { numRuns: 30 },
    );
  }
});

// Each argument in turn made bad while the others are valid: the bad one alone must be caught.

const notPlainObject = neverValid.filter(
  (v) => v === null || typeof v !== 'object' || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype,
);
const badTimeout = fc.oneof(
  fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '100', null),
  fc.double({ min: 2 ** 31, noNaN: true }),
  fc.integer({ max: 0 }),
);
const badRetries = fc.oneof(fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null), fc.integer({ max: -1 }));
const notSignal = fc.oneof(fc.constantFrom(null, 'abort', 1, {}, { aborted: false }, new AbortController()), fc.func(fc.anything()));
const deep = (depth: number) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

const BAD: Record<Role, (valid: unknown) => fc.Arbitrary<unknown>> = {
  params: (valid) => fc.oneof(neverValid, fc.constant({ ...(valid as object), zzNotAParameter: true })),
  options: () =>
    fc.oneof(
      neverValid,
      fc.record({ timeoutMs: badTimeout }),
      fc.record({ maxRetries: badRetries }),
      fc.record({ signal: notSignal }),
      fc.record({ headers: fc.oneof(fc.string(), fc.integer(), fc.constant({ 'bad name': 'x' }), fc.constant({ ok: 'a\r\nb' })) }),
      fc.record({ onResponse: fc.oneof(fc.string(), fc.integer(), fc.constant({})) }),
      fc.constantFrom({ limit: 5 }, { timeout: 100 }, { header: {} }),
    ),
  transfer: () =>
    fc.oneof(
      neverValid,
      fc.record({ onProgress: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }),
      fc.record({ signal: notSignal }),
    ),
  document: () =>
    fc.oneof(
      neverValid,
      fc.constantFrom({}, { definitions: [] }, { definitions: 'query { client { id } }' }, 'query { client { id } }', { kind: 'Document' }),
      fc.constant({
        definitions: (GetJobDocument as { definitions: readonly { kind: string }[] }).definitions.filter(
          (d) => d.kind !== 'OperationDefinition',
        ),
      }),
    ),
  variables: () =>
    fc.oneof(
      notPlainObject,
      fc.constantFrom({ jobId: 1n }, { jobId: deep(100_000) }, {}, { jobId: null }, { jobId: 1.5 }, { jobId: 'job-1', withOutput: true }),
      fc.record({ jobId: fc.constant('job-1'), withOutputs: fc.oneof(fc.string(), fc.integer(), fc.constant({})) }),
    ),
  // Strings are left out: a path that cannot be read is found only after createFile (see the report).
  source: () => neverValid.filter((v) => typeof v !== 'string'),
  path: () => neverValid,
  file: () => neverValid,
};

test('each argument of each known method, made bad alone, is caught before sending', async () => {
  const table = signatures(t.sandbox.url);
  for (const [name, method] of publicMethods(t.ugc)) {
    const entry = table[name];
    if (!entry) continue; // Covered by the property above; add it here for argument-by-argument cover.
    const [valid, roles] = entry;
    for (const [i, role] of roles.entries()) {
      await fc.assert(
        fc.asyncProperty(BAD[role](valid[i]), async (bad) => {
          const args = valid.map((v, j) => (j === i ? bad : v));
          await expectRefused(
            () => method(...args),
            () => `${name} argument ${i} (${role}) = ${fc.stringify(bad)}`,
          );
        }),
        { numRuns: 20 },
      );
    }
  }
});

test('the table of valid arguments is valid: each call with them does reach the sandbox', async () => {
  // Only the reads: they change nothing in the sandbox and fail there with NotFoundError at most.
  for (const name of ['jobs.retrieve', 'jobs.list', 'client.retrieve', 'rigs.list', 'request']) {
    const [args] = signatures(t.sandbox.url)[name]!;
    const method = publicMethods(t.ugc).find(([n]) => n === name)![1];
    const before = t.sandbox.requestCount;
    const err = await outcome(() => method(...args));
    expect(err instanceof ValidationError).toBe(false);
    expect(t.sandbox.requestCount).toBe(before + 1);
  }
});

const META_DEPTH = 100_000;
test.each([
  ['jobs.createSingleCam', { takeId: 'take-1' }],
  ['jobs.update', { id: 'job-1' }],
  ['files.create', { type: 'mp4' }],
  ['takes.update', { id: 'take-1' }],
  ['client.update', {}],
  ['webhooks.upsert', { uid: 'hook-1', url: 'https://example.com/hook', events: ['ugc.job.state.completed'] }],
])(`%s: metadata nested ${META_DEPTH} deep is a ValidationError naming metadata`, async (name, params) => {
  const method = publicMethods(t.ugc).find(([n]) => n === name)![1];
  const err = await expectRefused(
    () => method({ ...params, metadata: deep(META_DEPTH) }),
    () => name,
  );
  expect(err.field).toBe('metadata');
  expect(err.problem).toMatch(/nested more than \d+ levels deep/);
});

test('ugc.request: null, {}, a string and a fragment-only document are refused naming the document', async () => {
  for (const doc of [null, {}, 'query { client { id } }', { definitions: [] }]) {
    const err = await expectRefused(
      () => (t.ugc.request as AnyMethod)(doc, {}),
      () => `request(${fc.stringify(doc)})`,
    );
    expect(err.field).toBe('document');
  }
});

test('rigs.list({ limit: 5 }) names the unknown option', async () => {
  const err = await expectRefused(
    () => t.ugc.rigs.list({ limit: 5 } as never),
    () => 'rigs.list',
  );
  expect(err.field).toBe('options.limit');
});

test('a hole in an array ([, x]) is refused like an undefined item, naming its index', async () => {
  const source = { fileId: 'file-1', deviceLabel: 'phone', format: 'MP4' as const };
  // eslint-disable-next-line no-sparse-arrays
  const holes = { ids: [, 'job-1'], outputs: [, 'MAIN_FBX'], sources: [, source] } as never as Record<string, never>;
  const calls: [string, () => unknown][] = [
    ['ids[0]', () => t.ugc.jobs.retrieveMany({ ids: holes.ids! })],
    ['outputs[0]', () => t.ugc.jobs.createSingleCam({ takeId: 'take-1', outputs: holes.outputs! })],
    ['sources[0]', () => t.ugc.takes.createSingleCam({ sources: holes.sources! })],
  ];
  for (const [field, call] of calls) expect((await expectRefused(call, () => field)).field).toBe(field);
});
