import { createRequire } from 'node:module';
import type { buildSchema as BuildSchema } from 'graphql';
import { expect, test } from 'vitest';

// The codegen plugin behind src/generated/schema-map.ts, run on schemas the API's does not (yet)
// have. Both come through `require`: the plugin's graphql-js must be the one that built the schema.
const require = createRequire(import.meta.url);
const { buildSchema } = require('graphql') as { buildSchema: typeof BuildSchema };
const { plugin } = require('../../scripts/codegen-schema-map.cjs') as { plugin: (schema: ReturnType<typeof BuildSchema>) => string };

function inputsOf(sdl: string): unknown {
  const line = plugin(buildSchema(sdl))
    .split('\n')
    .find((l) => l.startsWith('export const schemaInputs'));
  return JSON.parse(line!.slice(line!.indexOf('= ') + 2, -1));
}

test('input fields keep their type references; a non-null field with a default may be left out', () => {
  const sdl = 'input Window { start: Float! end: Float! = 10 tags: [String!]! } type Query { clip(window: Window!): Int }';
  expect(inputsOf(sdl)).toEqual({ Window: { end: 'Float', start: 'Float!', tags: '[String!]!' } });
});

test('recursive input types are written by name, not expanded', () => {
  expect(inputsOf('input Node { next: Node value: Int! } type Query { walk(node: Node): Int }')).toEqual({
    Node: { next: 'Node', value: 'Int!' },
  });
});
