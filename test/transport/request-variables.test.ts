import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import {
  getNamedType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { gql } from '@urql/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/index.js';
import { checkRequest } from '../../src/core/variables.js';
import * as documents from '../../src/documents.js';
import { executableSchema } from '../../src/sandbox/schema.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { rejection } from './harness.js';

// `ugc.request` checks variables against the document before sending (the table: through
// `request`, counting the sandbox's requests). The judge of what a server accepts is graphql-js's
// own variable coercion (getVariableValues) on the sandbox's schema; the property runs the check
// `request` starts with, `checkRequest`, on its own, so thousands of cases need no network.
fc.configureGlobal({ seed: 0x76617273 });

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

const { CreateSingleCamJobDocument, CreateSingleCamTakeDocument, GetJobDocument, ListJobsDocument, UpdateClientDocument } = documents;
const SOURCE = { fileId: 'file-1', deviceLabel: 'cam', format: 'MP4' };

describe('bad variables are named before anything is sent', () => {
  test.each([
    ['a required variable missing', GetJobDocument, {}, 'variables.jobId', 'is required (ID!)'],
    ['no variables at all', GetJobDocument, undefined, 'variables.jobId', 'is required (ID!)'],
    ['null for a non-null variable', GetJobDocument, { jobId: null }, 'variables.jobId', 'must not be null (ID!)'],
    ['a float for an ID', GetJobDocument, { jobId: 1.5 }, 'variables.jobId', 'must be a string or an integer, got 1.5'],
    [
      'a typo in a flag',
      GetJobDocument,
      { jobId: 'j', withOutput: true },
      'variables.withOutput',
      'is not a known variable of getJob (known: jobId, withClient',
    ],
    [
      'a string for a Boolean',
      GetJobDocument,
      { jobId: 'j', withOutputs: 'yes' },
      'variables.withOutputs',
      'must be a boolean, got string',
    ],
    ['Int past 32 bits', ListJobsDocument, { first: 2 ** 31 }, 'variables.first', `must be a 32-bit integer, got ${2 ** 31}`],
    ['NaN for an Int (JSON would send null)', ListJobsDocument, { first: Number.NaN }, 'variables.first', 'got NaN'],
    ['an enum value the schema lacks', ListJobsDocument, { sortDirection: 'UP' }, 'variables.sortDirection', 'must be one of ASC, DESC'],
    ['AWSJSON given as an object', UpdateClientDocument, { metadata: { a: 1 } }, 'variables.metadata', 'a string holding JSON'],
    ['AWSJSON that is not JSON', UpdateClientDocument, { metadata: '{a:1}' }, 'variables.metadata', 'a string holding JSON'],
    [
      'a field an input lacks',
      CreateSingleCamTakeDocument,
      { sources: [{ ...SOURCE, lens: 'x' }] },
      'variables.sources[0].lens',
      'is not a known field of SourceInput',
    ],
    [
      'an input field missing',
      CreateSingleCamTakeDocument,
      { sources: [{ fileId: 'f', format: 'MP4' }] },
      'variables.sources[0].deviceLabel',
      'is required (String!)',
    ],
    [
      'a null list item where items are non-null',
      CreateSingleCamTakeDocument,
      { sources: [SOURCE, null] },
      'variables.sources[1]',
      'must not be null (SourceInput!)',
    ],
    [
      'a nested enum',
      CreateSingleCamJobDocument,
      { takeId: 't', options: { mocapModel: 'M9' } },
      'variables.options.mocapModel',
      'must be one of M1, M2, S1, S2',
    ],
    [
      'a class instance for an input',
      CreateSingleCamJobDocument,
      { takeId: 't', clipWindow: new Map() },
      'variables.clipWindow',
      'must be a plain object, got Map',
    ],
  ])('%s', async (_, document, variables, field, problem) => {
    const before = t.sandbox.requestCount;
    const err = await rejection(t.ugc.request(document as typeof GetJobDocument, variables as never));
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).field).toBe(field);
    expect((err as ValidationError).problem).toContain(problem);
    expect(t.sandbox.requestCount).toBe(before);
  });
});

describe('hand-built documents are refused as the document, before anything is sent', () => {
  const op = (GetJobDocument as unknown as { definitions: { kind: string }[] }).definitions.find((d) => d.kind === 'OperationDefinition')!;
  const named = (name: string) => ({ kind: 'NamedType', name: { kind: 'Name', value: name } });
  const cyclic: Record<string, unknown> = { kind: 'NonNullType' };
  cyclic.type = cyclic;
  let deep: unknown = named('String');
  for (let i = 0; i < 20_000; i++) deep = { kind: 'ListType', type: deep };
  const withVariable = (type: unknown) => ({
    kind: 'Document',
    definitions: [
      {
        ...op,
        variableDefinitions: [{ kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'jobId' } }, type }],
      },
    ],
  });
  test.each([
    ['null among the definitions', { kind: 'Document', definitions: [null, op] }],
    ['a selection set of null', { kind: 'Document', definitions: [{ ...op, selectionSet: null }] }],
    ['an operation that is neither query nor mutation', { kind: 'Document', definitions: [{ ...op, operation: 'banana' }] }],
    ['a subscription', { kind: 'Document', definitions: [{ ...op, operation: 'subscription' }] }],
    ['a variable without a type', withVariable(undefined)],
    ['a type node that is its own child', withVariable(cyclic)],
    ['a type 20 000 lists deep', withVariable(deep)],
  ])('%s', async (_, document) => {
    const before = t.sandbox.requestCount;
    const err = await rejection(t.ugc.request(document as never, { jobId: 'job-1' } as never));
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).field).toBe('document');
    expect(t.sandbox.requestCount).toBe(before);
  });
});

test("variables named like Object.prototype's members are the caller's own, or absent", async () => {
  const document = gql<{ client: { id?: string } }, Record<string, boolean>>(
    'query q($toString: Boolean! = false, $constructor: Boolean! = false, $hasOwnProperty: Boolean!) { client { id @include(if: $hasOwnProperty) name @skip(if: $toString) portal @include(if: $constructor) } }',
  );
  const { client } = await t.ugc.request(document, { hasOwnProperty: true });
  expect(typeof client.id).toBe('string');
  const err = await rejection(t.ugc.request(document, {}));
  expect((err as ValidationError).field).toBe('variables.hasOwnProperty');
});

test('a list past 100 000 items is refused before JSON.stringify (which can abort the process on Node 20)', async () => {
  const before = t.sandbox.requestCount;
  const err = await rejection(t.ugc.request(CreateSingleCamJobDocument, { takeId: 't', outputs: Array(100_001).fill('MAIN_FBX') }));
  expect(err).toMatchObject({ field: 'variables.outputs', problem: 'must hold at most 100000 items, holds 100001' });
  expect(t.sandbox.requestCount).toBe(before);
});

test('what a server coerces is sent: a single source stands for a list of one, defaults fill flags', async () => {
  const file = await t.ugc.files.create({ type: 'mp4' });
  const { createSingleCamTake } = await t.ugc.request(CreateSingleCamTakeDocument, {
    sources: { fileId: file.id, deviceLabel: 'phone', format: 'MP4' } as never,
    withSources: true,
  });
  expect(createSingleCamTake.sources?.map((s) => s?.file?.id)).toEqual([file.id]);
  // An integer is an ID as the spec coerces it: sent, and the sandbox looks the job up.
  const before = t.sandbox.requestCount;
  await expect(t.ugc.request(GetJobDocument, { jobId: 42 as never })).rejects.toBeInstanceOf(NotFoundError);
  expect(t.sandbox.requestCount).toBe(before + 1);
});

// A value for each input type: valid ones in their own forms, near misses, and junk.
const junk = fc.oneof(
  fc.constantFrom(null, undefined, Number.NaN, -0, 2 ** 31, 1.5, '', 'x', true, [], {}),
  fc.integer(),
  fc.string(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);
const SCALAR_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  String: fc.string(),
  ID: fc.oneof(fc.string(), fc.integer()),
  Int: fc.oneof(fc.integer(), fc.integer({ min: 2 ** 31 - 2, max: 2 ** 31 + 2 }), fc.integer({ min: -(2 ** 31) - 2, max: -(2 ** 31) + 2 })),
  Float: fc.double(),
  Boolean: fc.boolean(),
  AWSJSON: fc.oneof(fc.json(), fc.string()),
  AWSDateTime: fc.oneof(
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.string(),
  ),
  AWSURL: fc.webUrl(),
};

function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, depth);
  let arbitrary: fc.Arbitrary<unknown>;
  if (isListType(type)) {
    const item = valueFor(type.ofType, depth + 1);
    arbitrary = fc.oneof(fc.array(item, { maxLength: 3 }), item);
  } else if (isEnumType(type)) {
    arbitrary = fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.string({ maxLength: 3 }));
  } else if (isInputObjectType(type)) {
    const fields = Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valueFor(f.type, depth + 1)]));
    arbitrary = fc.oneof(
      fc.record(fields, { requiredKeys: [] }),
      fc.record(fields).map((v) => ({ ...v, extra: 1 })),
    );
  } else {
    arbitrary = SCALAR_VALUES[getNamedType(type).name] ?? fc.anything();
  }
  return fc.oneof({ weight: 9, arbitrary }, { weight: 1, arbitrary: junk });
}

test('for every exported document, the check passes exactly what graphql-js coerces', () => {
  const schema = executableSchema();
  const operations = Object.entries(documents).filter(([name]) => name.endsWith('Document'));
  expect(operations.length).toBeGreaterThan(20);
  let passed = 0;
  let refused = 0;
  for (const [name, document] of operations) {
    const op = parse(print(document as DocumentNode)).definitions.find(
      (d) => d.kind === Kind.OPERATION_DEFINITION,
    ) as OperationDefinitionNode;
    const definitions = op.variableDefinitions ?? [];
    const model = Object.fromEntries(definitions.map((d) => [d.variable.name.value, valueForNode(d.type)]));
    function valueForNode(node: (typeof definitions)[number]['type']): fc.Arbitrary<unknown> {
      if (node.kind === Kind.NON_NULL_TYPE) return valueForNode(node.type);
      if (node.kind === Kind.LIST_TYPE) return fc.oneof(fc.array(valueForNode(node.type), { maxLength: 3 }), valueForNode(node.type));
      return valueFor(schema.getType(node.name.value) as GraphQLInputType);
    }
    fc.assert(
      fc.property(fc.record(model, { requiredKeys: [] }), (variables) => {
        const ours = thrown(() => checkRequest(document, variables, undefined));
        const wire = JSON.parse(JSON.stringify(variables)) as Record<string, unknown>;
        const { errors } = getVariableValues(schema, definitions, wire);
        if (ours === undefined) {
          passed++;
          expect(errors ?? [], `${name} ${fc.stringify(variables)}`).toEqual([]);
        } else {
          refused++;
          expect(ours, `${name} ${fc.stringify(variables)}`).toBeInstanceOf(ValidationError);
          expect((ours as ValidationError).field).toMatch(/^variables(\.|$)/);
          // Where nothing is lost on the way to JSON, ours refuses only what a server refuses.
          if (isDeepStrictEqual(variables, wire)) expect(errors?.length, `${name} ${fc.stringify(variables)}`).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  }
  // Both sides of the line were reached.
  expect(passed).toBeGreaterThan(400);
  expect(refused).toBeGreaterThan(400);
});

/** What `check` throws; undefined when it passes. */
function thrown(check: () => void): unknown {
  try {
    check();
    return undefined;
  } catch (err) {
    return err;
  }
}
