import { existsSync, readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { data } from './raw.js';

const REFERENCE = new URL('../../../shared/schema/introspection.json', import.meta.url);

type Directive = IntrospectionQuery['__schema']['directives'][number];

/** A directive as a client sees it: name, locations and arguments (descriptions are each side's own). */
function shape(d: Directive) {
  const type = (t: unknown): string => {
    const r = t as { kind: string; name?: string; ofType?: unknown };
    if (r.kind === 'NON_NULL') return `${type(r.ofType)}!`;
    if (r.kind === 'LIST') return `[${type(r.ofType)}]`;
    return r.name!;
  };
  return {
    name: d.name,
    locations: [...d.locations].sort(),
    repeatable: d.isRepeatable ?? false,
    args: d.args.map((a) => `${a.name}: ${type(a.type)}${a.defaultValue != null ? ` = ${a.defaultValue}` : ''}`),
  };
}

let sandbox: Sandbox;
let live: IntrospectionQuery;
beforeAll(async () => {
  sandbox = await createSandbox();
  // The query graphql-core 3.2 (gql) sends has no isRepeatable, specifiedByURL or oneOf; ours asks for all.
  live = await data<IntrospectionQuery>(sandbox, getIntrospectionQuery({ directiveIsRepeatable: true }));
});
afterAll(() => sandbox.close());

describe.skipIf(!existsSync(REFERENCE))(
  !existsSync(REFERENCE)
    ? 'SKIPPED (../shared absent): live introspection directives equal ../shared/schema/introspection.json'
    : 'live introspection directives equal ../shared/schema/introspection.json',
  () => {
    test('same directives, in the same order, with the same locations and arguments', () => {
      const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as { data: IntrospectionQuery };
      expect(live.__schema.directives.map(shape)).toEqual(reference.data.__schema.directives.map(shape));
    });
  },
);

test('@deprecated is declared as AppSync declares it, and graphql-js extras are gone', () => {
  const deprecated = live.__schema.directives.find((d) => d.name === 'deprecated')!;
  expect(shape(deprecated)).toEqual({
    name: 'deprecated',
    locations: ['ENUM_VALUE', 'FIELD_DEFINITION'],
    repeatable: false,
    args: ['reason: String = "No longer supported"'],
  });
  const names = live.__schema.directives.map((d) => d.name);
  expect(names).not.toContain('specifiedBy');
  expect(names).not.toContain('oneOf');
  expect(names).toEqual(expect.arrayContaining(['include', 'skip', 'defer', 'aws_api_key', 'aws_iam']));
});

test('a client can build a schema from the live introspection, and @include/@skip still work', async () => {
  const schema = buildClientSchema(live);
  expect(schema.getQueryType()?.getFields().getJob).toBeDefined();
  const reply = await data<{ client: { id?: string; name?: string } }>(
    sandbox,
    'query($yes: Boolean!) { client { id @include(if: $yes) name @skip(if: $yes) } }',
    {
      yes: true,
    },
  );
  expect(Object.keys(reply.client)).toEqual(['id']);
});
